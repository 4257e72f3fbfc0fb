"""Frames corrected where the parser slipped, and relay frames folded into what they relay.

Each function takes frames and returns new ones (or what to cut from them); none changes a
frame in place.
"""

from __future__ import annotations

import bisect

import attrs
from spacy.tokens import Token

from ..breaks import ends_sentence
from ..lexicon import Lexicon
from ..words import CLAUSE_SUBJECT_DEPS, DASH_CHARS, DASHES, NOT_A_SPEAKER_POS, WRITTEN_NOUNS
from .context import Context
from .cues import Frame, SourceLink, cited_sources, object_may_speak, quoted_by
from .cues.verbs import takes_object
from .cues.frame import age_noun, may_speak, name_read_as_verb, name_set_off_before, someone, verb_above

Relays = dict[int, list[SourceLink]]  # inner frame's cue token -> outer sources, innermost first
Cuts = dict[int, set[int]]  # a frame's cue token -> tokens to keep out of its content


def repair_speakers(ctx: Context, frames: list[Frame]) -> list[Frame]:
    out = [attrs.evolve(f, speaker=_repaired_speaker(ctx, f)) for f in frames]
    out = _speakers_out_of_content(ctx, frames, out)
    # '"...?" asked Mr. Ruiz, referring to ...': a participle hung on a cue takes the speaker
    # the cue got back above (its subject was read from the cue, which had none in the parse)
    spoken = {f.cue[0]: f.speaker for f in out if f.kind == "verb" and f.speaker is not None}
    for k, f in enumerate(out):
        tok = ctx.doc[f.cue[0]]
        above = verb_above(tok) if f.kind == "verb" and f.speaker is None and not f.passive else None
        if above is not None and above.i in spoken:
            out[k] = attrs.evolve(f, speaker=spoken[above.i])
    return out


def _speakers_out_of_content(ctx: Context, before: list[Frame], after: list[Frame]) -> list[Frame]:
    """A speaker found where the parse gave none ("Asked whether the province would step in, a
    spokesperson said ...") is no part of another frame's content that the parser ran into it
    (what was asked ends at "step in"), unless the cue it speaks with is in that content too."""
    doc = ctx.doc
    found = [(f.cue[0], g.speaker, {t.i for t in doc[g.speaker].subtree})
             for f, g in zip(before, after) if f.speaker is None and g.speaker is not None]
    if not found:
        return after
    out = []
    for g in after:
        content = set(g.content)
        for cue, speaker, phrase in found:
            if cue not in content and phrase & content and speaker not in g.cue:
                content -= phrase
                first = min(phrase)
                if first - 1 in content and doc[first - 1].text == ",":
                    content.discard(first - 1)
        out.append(g if len(content) == len(g.content) else attrs.evolve(g, content=tuple(sorted(content))))
    return out


def _repaired_speaker(ctx: Context, frame: Frame) -> int | None:
    """Undo parser slips that put the speaker where none can be.

    '"The future we want ...," Mr. Obama added': a subject inside the quotation;
    'Gov. John Kasich (R-OH) said': a subject inside brackets; 'Of Carson, Levine said':
    a subject that is no noun. The speaker is then the nearest name or pronoun before the cue
    (outside quotes and brackets), or right after it ('said Mr. Obama').
    """
    doc, inside = ctx.doc, ctx.inside
    s = frame.speaker
    if frame.kind != "verb":
        return s
    if s is None and frame.lemma == "read":
        return _inverted_after_quote(ctx, frame)  # '"...," read the statement' (the tagger's "read" may be VB)
    if s is None:
        # 'Clinton, exasperated, famously responded:': the subject hung on another verb
        cue_tok = doc[frame.cue[0]]
        if frame.passive or cue_tok.tag_ not in ("VBD", "VBZ", "VBP") or cue_tok.dep_ in ("relcl", "acl", "advcl", "xcomp", "ccomp", "conj"):
            return None
        if any(t.dep_ in CLAUSE_SUBJECT_DEPS for t in cue_tok.children):
            return None
        age = next((c for c in cue_tok.children if c.i < cue_tok.i and age_noun(c)), None)
        if age is not None:
            return age.i  # '"He was limp," the 31-year-old said': the parser hung the age on the verb
        before = _phrase_before(ctx, cue_tok)
        if before is not None:
            return before
    else:
        tok = doc[s]
        bracketed = tok.i > 0 and any(t.text == "(" for t in doc[max(0, tok.i - 3) : tok.i]) and any(
            t.text == ")" for t in doc[tok.i + 1 : tok.i + 3])
        # the tagger may call an outlet's name ADV ("Axios reported"); the subject relation decides
        if s not in inside and not bracketed and (tok.pos_ not in NOT_A_SPEAKER_POS or name_read_as_verb(tok)):
            return s
    cue = frame.cue[0]

    def ok(t: Token) -> bool:
        # not a name tucked into a relative clause or a prepositional phrase ("who has given money to Rubio")
        return (t.i not in inside and t.pos_ in ("PROPN", "PRON", "NOUN") and t.dep_ not in ("pobj", "dobj", "compound", "poss", "amod")
                and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors))

    for t in reversed(doc[max(0, cue - 12) : cue]):
        if t.text == ")":
            continue
        if t.is_quote and s is None and t.i in ctx.quoted:
            # '"...," Gene Sperling, a top adviser, said': the parser hung the name inside the
            # quotation; between the closing mark and the cue there is only the name
            named = _name_between(ctx, t.i + 1, cue)
            if named is not None:
                return named
            break
        if t.is_quote or ends_sentence(t.text):
            break
        if ok(t) and not (t.i > 0 and doc[t.i - 1].text == "(") and (s is not None or t.dep_ == "nsubj"):
            # '"...," Mr. Conant, the Republican consultant, said': the name the apposition
            # describes, whose phrase holds both
            if t.dep_ == "appos" and t.head.i < t.i and ok(t.head):
                return t.head.i
            return t.i
    if s is None:
        return _inverted_after_quote(ctx, frame)
    for t in doc[cue + 1 : cue + 6]:
        if t.is_punct:
            break
        if ok(t):
            return t.i
    # '"...," said Union des producteurs agricoles president Martin Caron': the parser took a
    # word of the title for the subject
    return _inverted_after_quote(ctx, frame) if s > cue else None


def _phrase_before(ctx: Context, cue: Token) -> int | None:
    """ "Asked whether the province would step in, a spokesperson for the minister said ...": the
    parser hung the noun phrase right before a subjectless cue inside the clause before it (the
    subject it would take is "province", another clause's). A phrase that ends right before the
    cue (or its auxiliaries), opens after a comma and can speak is the cue's subject."""
    doc = ctx.doc
    end = min((c.i for c in cue.children if c.dep_ in ("aux", "neg") and c.i < cue.i), default=cue.i)
    if end >= 2 and doc[end - 1].text == ",":
        named = _role_named_before(ctx, doc[end - 2])
        if named is None and end == cue.i:
            # "It was no slip — Tom Reyes, a spokesman, told CBC that ...": a name set off before it
            name = name_set_off_before(cue)
            named = name.i if name is not None and name.i not in ctx.inside else None
        return named
    if end == 0 or doc[end - 1].is_punct:
        return None
    t, phrase = doc[end - 1], None
    while t.head.i != t.i and t.head.i < cue.i:
        if t.pos_ in ("NOUN", "PROPN", "PRON") and t.right_edge.i == end - 1:
            phrase = t
        t = t.head
    if phrase is None or phrase.i in ctx.inside or not may_speak(phrase) or phrase.ent_type_ in ("DATE", "TIME"):
        return None
    first = phrase.left_edge.i
    return phrase.i if first > 0 and doc[first - 1].text == "," else None


def _role_named_before(ctx: Context, name: Token) -> int | None:
    """ "The city built the shelter, a spokeswoman, Ana Ruiz, said": the parser hung the role and
    the name after it on the object before them, and the cue has no subject. A name in apposition
    to a noun that can speak, the two set off by commas right before the cue: the noun (whose
    mention is the name) is the cue's subject."""
    doc = ctx.doc
    role = name.head
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i in ctx.inside or not role.i < name.i or role.pos_ != "NOUN":
        return None
    if role.dep_ not in ("appos", "conj") or not may_speak(role) or name.right_edge.i != name.i:
        return None
    first = role.left_edge.i
    return role.i if first > 0 and doc[first - 1].text == "," else None


def _name_between(ctx: Context, a: int, b: int) -> int | None:
    """The last word of the name that opens tokens a..b-1 when they hold only a noun phrase (with
    commas and an apposition: "Gene Sperling, a top outside Clinton adviser,"); None if a verb,
    a sentence end or a colon stands there, or no name does."""
    doc = ctx.doc
    words = [t for t in doc[a:b] if not t.is_punct and not t.is_space]
    if not words or any(t.pos_ in ("VERB", "AUX") or t.i in ctx.inside for t in words) or any(t.text in (";", ":") or ends_sentence(t.text) for t in doc[a:b]):
        return None
    first = next((t for t in words if (t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")) and t.dep_ != "poss"), None)
    if first is None:
        return None
    end = first.i
    while end + 1 < b and doc[end + 1].pos_ == "PROPN" and not doc[end + 1].is_punct:
        end += 1  # the last word of the name ("Gene Sperling")
    return end


_TITLE_AFTER_CUE = 11  # tokens a name may stand after an inverted cue, past a long title of names


def _inverted_after_quote(ctx: Context, frame: Frame) -> int | None:
    """'"...," added a local organizer.': right after a closing quote, the speaker the parser
    made the cue's object. Not for a cue whose object is its own: the one addressed ('"...,"
    told reporters') or the claim."""
    doc, cue = ctx.doc, frame.cue[0]
    lex = ctx.lexicon
    # a cue that takes an object of its own turned round after a quotation names a person there
    # ('"...," recalled Mr. Rhodes'), never a thing ('"...," noted the report')
    may = object_may_speak(lex, frame.lemma, after_quote=True)
    read = frame.lemma == "read"  # '"...," read the statement': the document says it
    if not read and (frame.lemma not in lex.speech_verbs or not (may or takes_object(lex, frame.lemma))):
        return None
    before = cue - 1
    while before >= 0 and doc[before].is_punct and not doc[before].is_quote:
        before -= 1
    if before < 0 or not doc[before].is_quote or before not in ctx.quoted:
        return None
    if read:
        return next((c.i for c in doc[cue].children if c.dep_ == "dobj" and c.i > cue and c.lemma_.lower() in WRITTEN_NOUNS), None)
    for t in doc[cue + 1 : cue + _TITLE_AFTER_CUE]:
        if t.is_punct:
            break
        if t.i >= cue + 6 and (t.ent_type_ != "PERSON" or any(u.is_stop for u in doc[cue + 1 : t.i])):
            continue  # a longer title holds only names and title words: 'said Union des producteurs agricoles president Martin Caron'
        if t.ent_type_ == "PERSON" and t.i not in ctx.inside:
            # 'said Oversight ranking Democrat Elijah Cummings': however the title was parsed
            end = t.i
            while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                end += 1
            if may or doc[end].head.i == cue:
                return end  # (a cue with an object of its own: the name is that object)
        if not may:
            if t.pos_ not in ("PROPN", "PUNCT") and t.dep_ not in ("compound", "det"):
                return None  # '"...," wrote a man calling himself Paul Paul': no name right after the cue
            continue
        if t.head.i == cue and t.tag_ == "RB" and t.text[:1].isupper() and t.i == cue + 1 and not t.is_sent_start:
            return t.i  # 'said Skelly': a name in "-ly" read as an adverb
        if t.head.i == cue and t.dep_ in ("dobj", "attr", "npadvmod") and t.pos_ in ("PROPN", "NOUN") and t.i not in ctx.inside:
            if t.ent_type_ != "PERSON" and any(u.ent_type_ == "PERSON" for u in doc[t.i + 1 : cue + 6]):
                continue
            return t.i
    return None


def _after_quotation(doc, tok) -> bool:
    """Whether tok comes right after a closing quotation mark and a comma ('...," referring')."""
    if tok.i < 2:
        return False
    prev, before = doc[tok.i - 1], doc[tok.i - 2]
    return (prev.text == "," and before.is_quote) or (prev.is_quote and before.text == ",")


def coordinate(ctx: Context, frames: list[Frame]) -> tuple[list[Frame], Cuts]:
    """Second cues the parser hung inside the first one's content.

    "He said that he was focused on the platform and noted that Sanders ...": "noted" is the
    speaker's second claim, coordinated with "said", not part of what he said. It takes the
    first frame's speaker, and its words leave the first frame's content. Returns the frames,
    and per cue token of a first frame, the tokens to keep out of its content.
    """
    doc = ctx.doc
    out = list(frames)
    cuts: Cuts = {}
    for bi, b in enumerate(out):
        tok = doc[b.cue[0]]
        if b.kind != "verb" or tok.dep_ != "conj" or not _saying(ctx.lexicon, b.lemma):
            continue
        if any(c.dep_ in CLAUSE_SUBJECT_DEPS | {"aux"} for c in tok.children):
            continue  # a clause with its own subject or modal: "... and officials noted that ...", "but can no longer continue to"
        if b.content_head is None or doc[b.content_head].dep_ != "ccomp":
            continue  # only a second cue with a clause of its own
        for ai, a in enumerate(out):
            if ai == bi or a.kind != "verb" or a.speaker is None or b.cue[0] not in a.content or a.lemma not in ctx.lexicon.speech_verbs:
                continue
            out[bi] = attrs.evolve(b, speaker=a.speaker)
            _cut_clause(cuts, a, tok, after=tok.head.i)
            break
    # 'X said the count could be "slow," adding, "..."': a participle of saying the parser hung
    # at the end of a's content is X's next report, not part of the first
    # (the first frame is found among the participle's ancestors: linear in the frames)
    verb_at = {f.cue[0]: f for f in out if f.kind == "verb" and f.speaker is not None and f.lemma in ctx.lexicon.speech_verbs}
    for bi, b in enumerate(out):
        tok = doc[b.cue[0]]
        if (b.kind != "verb" or tok.tag_ != "VBG" or tok.dep_ != "advcl" or not _reporting_participle(ctx.lexicon, b, tok)
                or b.lemma in ctx.lexicon.flag("citing") or not _set_off(tok)):
            continue  # "closed the road, citing safety concerns": a reason, no report
        for anc in tok.ancestors:
            a = verb_at.get(anc.i)
            if a is not None and a is not b and tok.i in a.content and tok.head.i in a.content:
                out[bi] = attrs.evolve(b, speaker=a.speaker)
                words = cuts.setdefault(a.cue[0], set())
                words.update(t.i for t in tok.subtree)
                if doc[tok.i - 1].text == ",":
                    words.add(tok.i - 1)
                break
            if (a is not None and a is not b and not a.content and (may_speak(doc[a.speaker]) or doc[a.speaker].tag_ == "NNS")
                    and _after_quotation(doc, tok) and a.cue[0] < tok.i):
                # ('fans chanted, "Build a wall," referring to ..., the Tribune reports': the
                # participle after the quotation goes with the report whose words it is; not
                # one whose speaker is no one, "the situation reminds him of the book titled
                # "...," explaining ...")
                break
    # a trailing report of another speaker: only frames whose cue lies inside a's content are
    # tried (found by position, so a long document's many frames stay linear)
    by_cue = sorted(out, key=lambda f: f.cue[0])
    cue_at = [f.cue[0] for f in by_cue]
    for a in out:
        if not a.content:
            continue
        inside = frozenset(a.content)
        for b in by_cue[bisect.bisect_left(cue_at, a.content[0]) : bisect.bisect_right(cue_at, a.content[-1])]:
            clause = _trailing_report(ctx, a, inside, b)
            if clause is not None:
                _cut_clause(cuts, a, clause, after=a.content_head)
    return out, cuts


def _reporting_participle(lex: Lexicon, frame: Frame, tok: Token) -> bool:
    """A participle that reports: a verb of saying ("adding"), or one of thinking with a "that"
    clause of its own ("believing that ...", "arguing that ..."; not "considering the party is
    ...", which gives a reason)."""
    if _saying(lex, frame.lemma):
        return True
    head = tok.doc[frame.content_head] if frame.content_head is not None else None
    return (frame.lemma in lex.belief_verbs and head is not None and head.dep_ == "ccomp"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children))


def _set_off(tok: Token) -> bool:
    """Whether a comma stands right before tok, past closing quotation marks ('"slow," adding')
    and a subordinating "while" ('..., while emphasizing')."""
    for t in reversed(tok.doc[max(0, tok.i - 4) : tok.i]):
        if t.text == ",":
            return True
        if not t.is_quote and not (t.lower_ == "while" and t.head.i == tok.i):
            return False
    return False


def _cut_clause(cuts: Cuts, frame: Frame, clause: Token, after: int) -> None:
    """Keep a clause out of frame's content: its subtree, and the "and"s and commas joining it to
    its head that stand after token ``after``."""
    words = cuts.setdefault(frame.cue[0], set())
    words.update(t.i for t in clause.subtree)
    words.update(c.i for c in clause.head.children if c.dep_ in ("cc", "punct") and after < c.i < clause.i)


# Conjunctions of a trailing clause that sets one report against another
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
# the classes of a contrasting clause's cue that make it a report of its own ("..., though
# public records indicate ..."), not a stance the first report holds ("while 23 percent favored")
_REPORT_CLASSES = frozenset({"speech", "belief", "finding"})


def _trailing_report(ctx: Context, a: Frame, a_content: frozenset[int], b: Frame) -> Token | None:
    """The clause of frame b, a verb of saying, when the parser hung it at the end of frame a's
    content (a_content, its tokens) although it is a report of its own, by a speaker it names:
    "Rubio suggested that X, while Cruz said that Y"; "..., and officials said that ...". A
    coordinated or contrasting clause with a subject of its own is no part of what a reports."""
    if a is b or a.content_head is None or b.kind != "verb" or b.speaker is None or b.cue[0] not in a_content:
        return None
    doc = ctx.doc
    tok = doc[b.cue[0]]
    if tok.i in ctx.inside or tok.i < a.content_head or tok.head.i not in a_content or b.speaker not in a_content:
        return None
    if not any(c.i == b.speaker and c.dep_ in CLAUSE_SUBJECT_DEPS for c in tok.children):
        return None  # only when the speaker is the clause's own subject
    marks = [c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod") and c.i < tok.i]
    if (tok.dep_ == "advcl" and any(m in _CONTRAST_MARKS for m in marks) and "as" not in marks
            and ctx.lexicon.claim_class(b.lemma) in _REPORT_CLASSES):
        return tok  # not "as though he were screaming": a manner, no contrast
    if not _saying(ctx.lexicon, b.lemma):
        return None
    if (tok.dep_ == "conj" and tok.head.i == a.content_head and any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children)
            and not any(c.dep_ == "mark" for c in tok.children)):
        return tok  # "... and that she wanted to move on" is a second thing a reports
    return None


def _relay_target(ctx: Context, outer: Frame, frames: list[Frame], by_cue: dict[int, Frame]) -> Frame | None:
    """The frame a relay frame passes on, or None if it reports something of its own."""
    head = outer.content_head
    inner = by_cue.get(head) if head is not None else None
    if inner is not None:
        return inner
    inner = _quoted_as(ctx, outer, by_cue)
    if inner is not None:
        return inner
    if outer.kind not in ("according", "as_reported"):
        return None
    # "He updated ..., where he said he '...', according to CNN": the nearest cue of saying
    # before the relay in its own sentence takes it, and only that claim's chain grows. Any
    # other cue deep in the clause reports nothing the relay passes on: in "They are nearing
    # an agreement that would see him endorse her, according to aides" the aides' claim is
    # the whole clause, not what "an agreement" would "see"; nor an infinitive ("met with X to
    # discuss Y, according to a spokesman": the spokesman's claim is the meeting).
    sent = ctx.sent_of_token(outer.cue[0])
    before = [f for f in frames if f.kind in ("verb", "noun") and f.speaker is not None and sent.start <= f.cue[0] < outer.cue[0]
              and (f.content or f.kind == "verb") and (f.kind == "noun" or ((_saying(ctx.lexicon, f.lemma) or (outer.kind == "according" and _found(ctx, f)))
                                                                            and ctx.doc[f.cue[0]].tag_ != "VB"))]
    return before[-1] if before else None


def _quoted_as(ctx: Context, outer: Frame, by_cue: dict[int, Frame]) -> Frame | None:
    """ "The Herald quoted the mayor as saying ...": the cue of the participle after "as", whose
    speaker is the verb's object (frame.subject), is what the verb passes on."""
    for prep in ctx.doc[outer.cue[0]].children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            inner = next((by_cue[c.i] for c in prep.children if c.dep_ == "pcomp" and c.i in by_cue), None)
            if inner is not None:
                return inner
    return None


def _passes_on_quotation(ctx: Context, outer: Frame, inner: Frame) -> bool:
    """Whether a verb of saying reports nothing but someone else's quoted words, set off after
    their cue: 'She said a social worker once told her, "..."' (not 'Trump said Fox executives
    were calling "every 15 minutes"', nor a report that says more than the quotation's frame:
    'If he could go back ..., prosecutors say that he told one FBI agent, "..."')."""
    doc = ctx.doc
    lex = ctx.lexicon
    if not (_saying(lex, outer.lemma) and _saying(lex, inner.lemma) and inner.lemma not in lex.flag("judging")
            and outer.content_head == inner.cue[0] and inner.content and all(i in ctx.quoted for i in inner.content)):
        return False
    first = min(inner.content)
    if first < 2 or not doc[first - 1].is_quote or doc[first - 2].text not in (",", ":"):
        return False
    own = {t.i for t in doc[inner.cue[0]].subtree}
    if not all(i in own or doc[i].is_punct or doc[i].lower_ == "that" for i in outer.content):
        return False
    # the sentence opens on the one passing it on: nothing fronted that would be left to them
    return doc[outer.speaker].left_edge.i == ctx.sent_of_token(outer.cue[0]).start


def _saying(lex: Lexicon, lemma: str) -> bool:
    """A verb of saying that is no verb of thinking ("said", not "agreed")."""
    return lemma in lex.speech_verbs and lemma not in lex.belief_verbs


def _may_be_relayed(speaker: Token) -> bool:
    """Whether an inner frame's speaker can have said what a relay passes on: someone ("officials",
    "Ashkenazi", "he", "the developer"), a share of people ("51 percent of respondents", "the
    majority of Americans") or a document ("the letter", "a report"); not a thing ("the test",
    "the drug")."""
    if someone(speaker) or speaker.lemma_.lower() in WRITTEN_NOUNS or speaker.tag_ in ("NNS", "NNPS"):
        return True
    return any(o.dep_ == "pobj" and (someone(o) or o.tag_ in ("NNS", "NNPS"))
               for p in speaker.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _reports_speech(lex: Lexicon, frame: Frame) -> bool:
    """Whether a trailing "..., X said" passes this frame on rather than claiming it.

    "Blinken noted that ..., Axios said": Axios relays Blinken's words. But in "The
    government has agreed to host 200 people, officials said" the officials make the claim.
    """
    return frame.kind == "noun" or _saying(lex, frame.lemma)


_SELF = frozenset({"he", "she", "i", "we"})


def _own_act(doc, outer: Frame, inner: Frame) -> bool:
    """Whether a person's report tells of their own saying ("Freeland wrote that she had asked
    her officials to ..."): the inner speaker a pronoun after the outer one, who is a person, with
    no other person named between them (not "The Post wrote that he said", nor "Ruiz wrote that
    Lee had asked")."""
    if outer.kind != "verb" or outer.speaker is None or inner.speaker is None or inner.speaker < outer.speaker:
        return False
    who, said = doc[outer.speaker], doc[inner.speaker]
    person = who.ent_type_ == "PERSON" or who.lower_ in _SELF
    return said.lower_ in _SELF and person and not any(t.ent_type_ == "PERSON" for t in doc[outer.speaker + 1 : inner.speaker])


def set_apart(ctx: Context, frames: list[Frame]) -> Cuts:
    """Per frame, the words of a claim the parser hung on it that are no part of its content:
    in 'Clinton suggested that the plan was unserious - "We need to get into the details," she
    said - and ...' the parser made "Clinton suggested ..." the clause "she said" reports; "she
    said" speaks the quotation before it, and Clinton's claim is one of its own."""
    doc = ctx.doc
    by_cue = {f.cue[0]: f for f in frames if f.kind == "verb"}
    cuts: Cuts = {}
    for outer in frames:
        if outer.kind != "verb" or outer.content_head is None or outer.lemma not in ctx.lexicon.speech_verbs:
            continue
        inner = by_cue.get(outer.content_head)
        if inner is None or inner is outer or not inner.content or outer.cue[0] < inner.cue[0] or not _quotation_between(ctx, inner, outer):
            dash = _dash_before_quotation(ctx, outer)
            before = [i for i in outer.content if i < dash] if dash is not None else []
            opening = next((i for i in before if not doc[i].is_punct), None)
            if opening is not None and opening not in ctx.quoted:  # (not '"I don't think ..." -- that ... -- "is going to last," he says')
                # 'Trump has also railed against plans ... - "I love Oreos," he said, "..." - and
                # vowed ...': the parser hung the narration around the dashes on the quotation's verb
                closing = next((i for i in range(outer.cue[-1] + 1, ctx.sents[ctx.sent_index(outer.cue[0])].end)
                                if doc[i].text in _DASHES and i not in ctx.quoted), None)
                after = [i for i in outer.content if closing is not None and i >= closing]
                cuts.setdefault(outer.cue[0], set()).update(before + [dash] + after)
            continue
        own = set(inner.content) | set(inner.cue) | ({t.i for t in doc[inner.speaker].subtree} if inner.speaker is not None else set())
        lo, hi = min(own), max(own)
        cut = cuts.setdefault(outer.cue[0], set())
        cut.update(i for i in range(lo, hi + 1))
        j = hi + 1  # and the dash or comma that closed it
        while j < len(doc) and doc[j].is_punct and not doc[j].is_quote:
            cut.add(j)
            j += 1
    return cuts


def _quotation_between(ctx: Context, inner: Frame, outer: Frame) -> bool:
    """Whether a quotation set off by a dash after the inner frame's content ends right before
    the outer cue (its subject between): '... was unserious - "We need to get into the
    details," she said - and ...'. The trailing cue speaks that quotation and passes nothing on.
    (Not a quotation that goes on the inner claim: 'They want to "create an economy ...,"
    Sanders said'.)"""
    doc = ctx.doc
    start = doc[outer.speaker].left_edge.i if outer.speaker is not None and outer.speaker < outer.cue[0] else outer.cue[0]
    j = start - 1
    while j >= 0 and (doc[j].is_space or doc[j].text == ","):
        j -= 1
    if j < 0 or not doc[j].is_quote or j not in ctx.quoted or not inner.content or j <= max(inner.content):
        return False
    opening = next((q.start for q in ctx.quotations if q.start <= doc[j].idx < q.end), None)
    if opening is None:
        return False
    between = ctx.text[ctx.end_char(max(inner.content)) : opening]
    return any(d in between for d in DASH_CHARS) and not any(c.isalnum() for c in between)


def _next_report(doc, relay: Frame, f: Frame) -> list:
    """The tokens of frame f when its cue is a participle or a verb joined after the relay's cue
    ("recalled, adding that ...", "reported and added that ..."): a report of its own; else none."""
    cue = doc[f.cue[0]]
    if f.kind != "verb" or cue.head.i not in relay.cue or cue.i < relay.cue[-1] or cue.dep_ not in ("advcl", "conj"):
        return []
    return list(cue.subtree)


def _dash_before_quotation(ctx: Context, outer: Frame) -> int | None:
    """The dash (or colon) that sets off the quotation ending right before a trailing cue and its
    subject ('... to Mexico - "I love Oreos," he said', '... had lost its identity: "France is
    no longer France," he claimed'), or None."""
    doc = ctx.doc
    if outer.speaker is None or outer.speaker > outer.cue[0]:
        return None
    j = doc[outer.speaker].left_edge.i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text == ","):
        j -= 1
    if j < 0 or not doc[j].is_quote or j not in ctx.quoted:
        return None
    opening = next((q.start for q in ctx.quotations if q.start <= doc[j].idx < q.end), None)
    if opening is None:
        return None
    k = j
    while k >= 0 and doc[k].idx > opening:
        k -= 1
    k -= 1  # the token before the opening mark
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k if k >= 0 and (doc[k].text in _DASHES or doc[k].text == ":") else None


_DASHES = DASHES | {"-"}  # (a hyphen set off by spaces is a dash: "... to Mexico - \"...\"")


def _found(ctx: Context, frame: Frame) -> bool:
    """Whether a frame is someone's finding of a clause ("The auditor general found that ..."):
    "according to" after it passes it on, as it does words (but "X said polls show ..." is X's
    claim, and "records show the $204,202 ..." with no clause is the relay's own)."""
    return (frame.kind == "verb" and frame.speaker is not None and ctx.lexicon.claim_class(frame.lemma) == "finding"
            and frame.content_head is not None and ctx.doc[frame.content_head].dep_ == "ccomp"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in ctx.doc[frame.content_head].children))


def fold_relays(ctx: Context, frames: list[Frame]) -> tuple[Relays, Cuts]:
    """Frames that only pass another frame on ("..., Axios said", "according to CNN").

    Returns the outer sources per inner frame's cue token (innermost first), and per inner
    frame the tokens of the relays folded into it (to keep out of its content).
    """
    doc = ctx.doc
    by_cue = {f.cue[0]: f for f in frames if f.kind in ("verb", "noun")}
    links: Relays = {}
    folded: Cuts = {}
    for outer in frames:
        inner = _relay_target(ctx, outer, frames, by_cue)
        if inner is None or inner is outer or inner.speaker is None or outer.speaker is None or not inner.content:
            continue  # "According to Reuters, the companies have agreed to merge": nothing to pass on
        if ctx.paragraph(doc[inner.cue[0]].idx) != ctx.paragraph(doc[outer.cue[0]].idx):
            continue  # a relay never reaches into another paragraph
        if inner.content_head is not None and doc[inner.content_head].pos_ == "ADP":
            # "Trudeau wrote that he had spoken with Legault about the impact on smelters": a
            # talk about a topic passes no words on; the writing is the claim
            continue
        trailing = outer.cue[0] > inner.cue[0]
        if _own_act(doc, outer, inner):
            continue  # "Freeland wrote on social media that she had asked her officials to ...": her own report
        if trailing and _quotation_between(ctx, inner, outer):
            continue  # 'Clinton suggested that ... - "We need to get into the details," she said': the cue is the quotation's (set_apart)
        if not _may_be_relayed(doc[inner.speaker]):
            continue  # "The team reported that the test correctly identified the disease": a thing's act, reported
        if outer.kind == "as_reported":
            relation = "reported_by"
        elif not (_reports_speech(ctx.lexicon, inner) or (outer.kind == "according" and _found(ctx, inner))) or (
                inner.future and not all(i in ctx.quoted for i in inner.content)):
            # a medium or a source passes words on ("Axios reports that Ashkenazi told Blinken
            # ..."); what no one said is its own claim: "The Globe reported that Ottawa had
            # rejected the offer", "The mayor wants a new stadium, according to Reuters", and
            # so are words not yet or never said ("according to Trump, the media would call him
            # a chicken"; but words quoted exist: '"...," the president will say, according to
            # excerpts of his speech')
            continue
        elif outer.kind == "according":
            relation = "according_to"
        elif outer.lemma in ctx.lexicon.flag("relay") or (trailing and outer.lemma in ctx.lexicon.speech_verbs and outer.content_head == inner.cue[0]):
            relation = "reported_by"
        elif _passes_on_quotation(ctx, outer, inner):
            # 'She said a social worker once told her, "Honestly, you'd be better off moving."':
            # the worker's own words, which we have through her
            relation = "reported_by"
        else:
            continue
        chain = links.setdefault(inner.cue[0], [])
        # "Axios reports, citing an Israeli official": the cited source sits in between
        for tok_i in cited_sources(ctx, outer):
            chain.append(SourceLink(tok_i, "citing"))
        chain.append(SourceLink(outer.speaker, relation))
        # "according to an Israeli official quoted by Axios"
        chain.extend(SourceLink(i, "reported_by") for i in quoted_by(ctx, outer.speaker))
        cut = folded.setdefault(inner.cue[0], set())
        # the relayed claim hangs below the relay's cue ("quoted the mayor as saying ..."): its
        # own words are not cut
        below = doc[outer.cue[0]].is_ancestor(doc[inner.cue[0]])
        keep = {t.i for t in doc[inner.cue[0]].subtree} if below else set()
        # nor is a report of the relay's own that follows it ('..., the source recalled, adding that
        # Grayson said of his fiancee: "..."')
        keep |= {t.i for f in frames if f is not outer and f is not inner for t in _next_report(doc, outer, f)}
        for i in outer.cue:
            if outer.kind == "according":
                cut.update(t.i for t in doc[i].subtree)
            else:
                cut.update(t.i for t in doc[i].subtree if t.i not in outer.content and t.i not in keep)
    return links, folded
