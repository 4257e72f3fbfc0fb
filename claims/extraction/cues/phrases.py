"""Frames around fixed phrases: "according to X", "as X reported", and "Name:" lines."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...words import HEADLINE_KICKERS, HEADLINE_TAILS, SOURCE_NOUNS, SPEAKER_ENTITIES, SUBJECT_DEPS, is_lead_label
from ...breaks import has_break
from ..mends import headline_sentences
from ..context import Context
from ..ranges import strip
from .frame import Frame, subtree_minus, verb_like


def according_frame(ctx: Context, tok: Token) -> Frame | None:
    """ "According to CNN, ..." / "..., according to US State Department spokesperson Miller." /
    "..., per CTV News." """
    if tok.lower_ == "per":
        source = _per_source(tok)
        if source is None:
            return None
        frame = Frame(cue=(tok.i,), lemma="per", kind="according", speaker=source.i)
        return _with_host(ctx, frame, tok)
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        to = nxt if nxt is not None and nxt.lower_ == "to" else None
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    back = _pointed_back(ctx, tok)
    frame = Frame(cue=(tok.i, to.i), lemma="according to", kind="according", speaker=source.i,
                  content=back, content_head=back[0] if back else None)
    return frame if back else _with_host(ctx, frame, tok)


def _pointed_back(ctx: Context, tok: Token) -> tuple[int, ...]:
    """ "Food bank visits reached a record 2 million in March.\n\nThat's according to Food Banks
    Canada's annual report.": a sentence that is only "that is according to X" vouches for what
    was said before it, the paragraph before where it opens its own, else the sentence before.
    The tokens of that content, or () where the sentence is not such a pointer."""
    # "That['s according to X]": the parser makes "according" the verb, or a phrase on "'s"
    be = tok if any(c.dep_ == "nsubj" for c in tok.children) else tok.head
    if be.i != tok.i and (be.lemma_ != "be" or tok.dep_ != "prep"):
        return ()
    subject = [c for c in be.children if c.dep_ == "nsubj"]
    if len(subject) != 1 or subject[0].lower_ not in ("that", "this") or subject[0].i != be.sent.start:
        return ()
    # nothing else but the phrase, and a participle after it ("..., released Tuesday")
    if any(c.i != tok.i and c.dep_ not in ("nsubj", "punct", "aux", "advmod", "prep") and not (c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > tok.i)
           for c in be.children) or any(c.dep_ == "prep" and c.lower_ != "to" and c.i != tok.i for c in be.children):
        return ()  # ("That is, according to X, the worst case": a sentence of its own)
    doc = ctx.doc
    start = doc[be.sent.start].idx
    lo, _ = ctx.paragraph(start)
    a, b = strip(ctx.text, lo, start)
    if b > a:
        if be.sent.start == 0:
            return ()
        before = ctx.sent_of_token(be.sent.start - 1)  # the sentence before, in the same paragraph
        return tuple(t.i for t in doc[before.start : before.end] if not t.is_space)
    previous = ctx.previous_paragraph(lo)
    if previous is None:
        return ()
    span = doc.char_span(*strip(ctx.text, *previous), alignment_mode="expand")
    return tuple(t.i for t in span if not t.is_space) if span is not None else ()


def _per_source(tok: Token) -> Token | None:
    """The source of "per" as "according to": a phrase on a verb whose object names who or what
    tells ("per CTV News", "per a statement from the ministry", "per sources familiar with ...").
    Not a rate ("$4 per gallon", "$20 per share, per a company statement": that "per" hangs on a
    number) nor one of something ("a $10,000 donation per person": no determiner, one of many)."""
    if tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    if source.ent_type_ in SPEAKER_ENTITIES and source.pos_ == "PROPN":
        return source
    if source.lemma_.lower() not in SOURCE_NOUNS:
        return None
    determined = any(c.dep_ in ("det", "poss") for c in source.children)
    return source if determined or source.tag_ in ("NNS", "NNPS") else None


def _with_host(ctx: Context, frame: Frame, tok: Token) -> Frame:
    """The frame with the clause its phrase hangs on as content (without the phrase)."""
    host = tok.head if tok.head.i != tok.i else None
    if host is None or host.i == tok.i:
        return frame
    # the host clause, without the according-to phrase
    while host.dep_ in ("prep", "pobj", "dobj", "npadvmod", "advmod") and host.head.i != host.i:
        host = host.head
    # "A has raised $2.7 million, while B has raised $6 million, according to filings": a phrase
    # that closes the sentence vouches for all of it, though the parser hung it on the last clause
    # and so for a predicate joined to the one before with the same subject ("Construction is
    # scheduled to begin in the spring and will cost $4.3 million, according to city staff")
    if _closes_sentence(tok):
        while host.head.i < host.i and (host.dep_ == "advcl" or (host.dep_ == "conj" and not any(
                c.dep_ in SUBJECT_DEPS for c in host.children) and host.head.lemma_.lower() not in ctx.lexicon.verb_lemmas)):
            host = host.head
    return Frame(cue=frame.cue, lemma=frame.lemma, kind=frame.kind, speaker=frame.speaker,
                 content=tuple(subtree_minus(host, [tok])), content_head=host.i)


def _closes_sentence(tok: Token) -> bool:
    """Whether nothing but punctuation (and the line's end) follows tok's phrase in its sentence."""
    end = tok.sent.end
    return all(t.is_punct or t.is_space for t in tok.doc[tok.right_edge.i + 1 : end])


def as_reported_frame(ctx: Context, tok: Token) -> Frame | None:
    """ "..., as reported by CNN." / "..., as CNN reported." / "As one resident put it, ..." (a
    light verb with its word: the phrase entry "put it")."""
    if not verb_like(tok):
        return None
    lemma = tok.lemma_.lower()
    word = None
    if lemma not in ctx.lexicon.flag("as_reported"):
        words = ctx.lexicon.light_phrases(lemma)
        word = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in words and c.i > tok.i), None) if words else None
        if word is None or any(_places(c) for c in tok.children):
            return None  # "as she put it on the shelf", "as he put it away": a thing put somewhere
    # a bare "as": "As of press time, Suncor said ..." is a time, not "as Suncor said"
    if not any(c.lower_ == "as" and c.dep_ in ("mark", "advmod", "prep") and not any(True for _ in c.children) for c in tok.children):
        return None
    # a verb with a clause of its own is no "as reported": "Even as Obama has said that he opposes
    # ..., his administration continues ..." (the verb's own claim, while something else happens)
    if any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    source = None
    if agent is not None:
        source = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if source is None:
        source = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
    if source is None:
        return None
    cue = tuple(sorted([tok.i] + [c.i for c in (agent, word) if c is not None]))
    host = tok.head
    # (up to the clause: "What we need, as the rapporteur wrote, is to treat housing ..." hangs on
    # the clausal subject)
    while host.dep_ in ("appos", "acl", "relcl", "pobj", "prep", "dobj", "npadvmod", "csubj", "csubjpass") and host.head.i != host.i:
        host = host.head
    content, content_head = ((), None) if host is None or host.i == tok.i else (tuple(subtree_minus(host, [tok])), host.i)
    return Frame(cue=cue, lemma=lemma if word is None else f"{lemma} {word.lower_}", kind="as_reported", speaker=source.i,
                 content=content, content_head=content_head)


# adverbs of where a thing is put ("put it away"), never of how something was said ("put it bluntly")
_PLACING_ADVERBS = frozenset({"away", "back", "down", "aside", "up", "out", "off", "together", "there", "here", "forward", "in", "on"})


def _places(child: Token) -> bool:
    """Whether a verb's child says where something is put: a particle ("away") or a phrase that is
    no time ("on the shelf"; not "in 2022", "last week")."""
    if child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in _PLACING_ADVERBS):
        return True
    return child.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in child.children if o.dep_ == "pobj")


def _line_start(tok: Token) -> int:
    """Index of the first token on tok's line."""
    i = tok.i
    doc = tok.doc
    while i > 0 and not has_break(doc[i - 1].text) and not has_break(doc[i - 1].whitespace_):
        i -= 1
    return i


def _named_in_label(lead):
    """The name a transcript's label gives in brackets after a role in capitals, as a span ("HOST
    (Rosemary Barton)" -> "Rosemary Barton"), else None."""
    if len(lead) < 4 or lead[-1].text != ")":
        return None
    opening = next((t.i for t in lead if t.text == "("), None)
    if opening is None:
        return None
    role = [t for t in lead.doc[lead.start : opening] if not t.is_space]
    name = lead.doc[opening + 1 : lead.end - 1]
    if not 1 <= len(role) <= 3 or not all(t.text.isupper() and t.is_alpha for t in role):
        return None
    if not 1 <= len(name) <= 4 or not all(t.is_alpha and t.text[0].isupper() and not t.text.isupper() for t in name):
        return None
    return name


def is_speaker_label(ctx: Context, lead) -> bool:
    """A transcript's speaker label: a name in capitals, perhaps with a title or honorific
    ("HOLT", "SEN. SANDERS", "LESTER HOLT"). Not a kicker ("BREAKING:", "FIX IS IN:", "BYLINE:"):
    no small words, and one word alone only if it opens other lines too or the text names it
    ("Holt") elsewhere."""
    words = [t for t in lead if not t.is_punct]
    if not 1 <= len(words) <= 4 or not all(t.text.isupper() and t.text.strip(".").isalpha() for t in words) or len(words[-1].text) < 2:
        return False
    if any(t.is_stop for t in words) or is_lead_label(lead.text):
        return False
    if len(words) > 1:
        return True
    word = words[0].text
    # (or a longer label ends in it: "FRANÇOIS-PHILIPPE CHAMPAGNE:" then "CHAMPAGNE:")
    return (ctx.labels[lead.text] >= 2 or re.search(rf"\b{re.escape(word.title())}\b", ctx.text) is not None
            or any(label.endswith(" " + word) or label.endswith("-" + word) for label in ctx.labels))


# adverbs a headline sets between its subject and verb ("Trump Finally Endorses Ryan")
_HEADLINE_ADVERBS = frozenset({"finally", "also", "just", "now", "again", "still", "reportedly", "quietly", "publicly", "officially"})
# words that follow a plural subject, never a verb ("Tax Plans Would ...", "Reports Are ...")
_AFTER_A_NOUN = frozenset({"would", "will", "could", "can", "may", "might", "should", "must", "is", "are", "was", "were", "have", "has"})
# forms of cue verbs that a headline uses as plural nouns far more often ("United States",
# "Media Reports Reveal ...", "Polls Show ...")
_HEADLINE_NOUNS = frozenset({"states", "reports", "polls", "emails", "records"})
# where a headline's clause ends
_HEADLINE_BREAKS = frozenset({":", ";", "\u2014", "\u2013", "-", "--", "|"})


def _headline_break(tok: Token) -> bool:
    """Whether tok ends a headline's clause: a colon, a semicolon, a dash set off by spaces
    (not the hyphen of "Anti-Trump")."""
    if tok.text not in _HEADLINE_BREAKS:
        return False
    return tok.text not in ("-", "--") or bool(tok.doc[tok.i - 1].whitespace_)


def _joined_to(doc, lex, i: int) -> int | None:
    """The headline verb that "And" (or a comma) at token i joins to a verb after it, else
    None: "And Denounces" in "Le Pen Backs Trump And Denounces Clinton"."""
    if i < 0 or i + 1 >= len(doc) or doc[i].lower_ not in ("and", ",", "&"):
        return None
    k = i - 1
    while k >= 0 and not lex.headline_present(doc[k].text) and doc[k].lower_ not in ("and", ","):
        k -= 1
    return k if k >= 0 and lex.headline_present(doc[i + 1].text) else None


def headline_frames(ctx: Context) -> dict[int, Frame]:
    """Frames of a headline in title case, by cue token (a verb in the present tense): "Donald
    Trump Finally Endorses House Speaker Paul Ryan", "Ted Cruz Is A Natural Born Citizen, Board
    Of Election Finds". The parser reads such a line as one long name ("Endorses" a plural
    proper noun), so the frame is read off the words' order: the capitalised words before the
    verb speak (its last one the speaker), the words after it to the end of the clause are the
    content; a verb that ends the line reports the clause before the comma that opens its
    subject. Only on a title-case line of its own (mends.headline_sentences)."""
    doc, lex = ctx.doc, ctx.lexicon
    out: dict[int, Frame] = {}
    for sent in headline_sentences(doc):
        for k in range(sent.start + 1, sent.end):
            lemma = lex.headline_present(doc[k].text)
            if lemma is None or k in out or any(k in f.content for f in out.values()):
                continue
            if doc[k].lower_ in _HEADLINE_NOUNS or (doc[k].ent_iob_ == "I" and doc[k].ent_type_ not in ("PERSON", "")):
                continue  # a plural noun far more often than a verb ("United States Backs ..."), a word inside a name
            if k + 1 < sent.end and (doc[k + 1].lower_ in _AFTER_A_NOUN or doc[k + 1].lower_ in lex.cue_verbs):
                continue  # "Tax Plans Would ...", "Swing States Show ...": a plural noun before a verb of its own
            j = k - 1
            while j > sent.start and doc[j].lower_ in _HEADLINE_ADVERBS:
                j -= 1
            before = out.get(_joined_to(doc, lex, j))
            if before is not None:
                j = before.speaker  # "... Backs Trump And Denounces Clinton": the same subject
            who = doc[j]
            if not (who.is_alpha and who.text[:1].isupper() and not who.is_stop) or j < sent.start:
                continue
            end = k + 1
            while end < sent.end and not _headline_break(doc[end]) and not (
                    doc[end].text == "," and end + 1 < sent.end and doc[end + 1].lower_ in ("but", "and")) and (
                    _joined_to(doc, lex, end) is None):
                end += 1
            while end > k + 1 and doc[end - 1].is_punct and not doc[end - 1].is_quote:
                end -= 1
            if end > k + 1:
                out[k] = Frame(cue=(k,), lemma=lemma, kind="verb", speaker=j, content=tuple(range(k + 1, end)), content_head=k + 1)
                continue
            # the verb ends the line: "Ted Cruz Is A ..., Board Of Election Finds."
            first = j
            while first > sent.start and doc[first - 1].text != "," and doc[first - 1].text[:1].isupper():
                first -= 1
            if first - 1 > sent.start and doc[first - 1].text == ",":
                content = tuple(range(sent.start, first - 1))
                out[k] = Frame(cue=(k,), lemma=lemma, kind="verb", speaker=j, content=content, content_head=content[0])
    return out


_INVERTED_LEAD = 24  # tokens at most of "Said one passenger at ...:" before the colon


def _inverted_lead(ctx: Context, lead) -> Frame | None:
    """ "Stated Stone: "..."", "Added the mayor: "..."": a line opening with a verb of saying and
    its speaker, then a colon (the parser reads "Stated Stone" as a name). The quotation after
    the colon, here or in the next paragraph, is attached to it as to any cue before a quote;
    unquoted words on the line after the colon are its content."""
    if not 2 <= len(lead) <= _INVERTED_LEAD or not lead[0].is_title:
        return None
    lemma = ctx.lexicon.past_speech_lemma(lead[0].text)
    rest = [t for t in lead[1:] if not t.is_punct]
    if lemma is None or not rest:
        return None
    if len(lead) <= 6 and all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") or t.is_title for t in rest):
        speaker = next((t for t in reversed(rest) if t.pos_ in ("PROPN", "NOUN")), None)
    else:
        # "Said one passenger at Toronto Pearson, who gave only her first name, Priya:": the
        # parser's object of the verb, a whole noun phrase up to the colon
        speaker = next((c for c in lead[0].children if c.dep_ in ("dobj", "nsubj") and c.pos_ in ("NOUN", "PROPN")
                        and c.right_edge.i == lead.end - 1), None)
    if speaker is None:
        return None
    doc = lead.doc
    end = lead.end + 1
    while end < len(doc) and not has_break(doc[end].text) and not doc[end].is_quote:
        end += 1
    content = tuple(i for i in range(lead.end + 1, end) if not doc[i].is_space and not doc[i].is_punct)
    content = content if len(content) >= 3 else ()
    return Frame(cue=(lead[0].i,), lemma=lemma, kind="verb", speaker=speaker.i, content=tuple(range(content[0], content[-1] + 1)) if content else (),
                 content_head=content[0] if content else None)


def _sentences(doc, content: tuple[int, ...]) -> int:
    """How many sentences the tokens run over: a full stop, question or exclamation mark
    before a capitalised word starts another."""
    n = 1
    for i in content[1:]:
        prev = doc[i - 1]
        if doc[i].is_title and prev.text in (".", "?", "!") and prev.whitespace_:
            n += 1
    return n


# a heading in capitals on a line of its own ("TAKEAWAYS", "UP NEXT", "ASIA'S DAY"), and a line
# opening with a label and a colon ("Oilers: ...")
_SECTION_HEADING = re.compile(r"[A-Z][A-Z'\u2019 ]{2,40}")
_LABELLED_LINE = re.compile(r"[A-Z][\w.'\u2019 ]{0,40}:")


def _section_item(ctx: Context, line_start: int) -> bool:
    """Whether the line starting at character line_start is an item under a heading in capitals:
    "TAKEAWAYS", then "Oilers: Hyman's goal was his 10th ..." and "Flames: ..." (a wire sports
    story's sections): the label names what the item is about, not who speaks."""
    before = ctx.previous_paragraph(line_start)
    for _ in range(8):
        if before is None:
            return False
        a, b = strip(ctx.text, *before)
        line = ctx.text[a:b]
        if _SECTION_HEADING.fullmatch(line):
            return True
        if not _LABELLED_LINE.match(line):
            return False
        before = ctx.previous_paragraph(before[0])
    return False


def _behind_preposition(tok: Token, root: Token) -> bool:
    """Whether a preposition stands between tok and root, its head in the parse."""
    for _ in range(8):
        if tok.i == root.i or tok.head.i == tok.i:
            return False
        if tok.dep_ in ("pobj", "prep", "agent"):
            return True
        tok = tok.head
    return False


def _topic(head: Token) -> bool:
    """Whether a line's lead before a colon, by its head, names a topic, not a source: a common
    noun in the singular that is no entity and no word for a source ("strike", "shortage")."""
    return head.tag_ == "NN" and not head.ent_type_ and head.lemma_.lower() not in SOURCE_NOUNS


def colon_frame(ctx: Context, tok: Token) -> Frame | None:
    """Transcripts and headlines: "HOLT: Good evening ..." (a speaker label: the line is what
    they said, word for word) and "Sanders: Endorsements prove Clinton ..." (a name, a colon)."""
    if tok.text != ":":
        return None
    doc = tok.doc
    start = _line_start(tok)
    lead = doc[start : tok.i]
    inverted = _inverted_lead(ctx, doc[max(start, ctx.sent_of_token(tok.i).start) : tok.i])
    if inverted is not None:
        return inverted
    named = _named_in_label(lead)
    if named is not None:  # "HOST (Rosemary Barton): ..."
        label, lead = True, named
    else:
        label = is_speaker_label(ctx, lead)
    if not label and (not 1 <= len(lead) <= 8 or any(t.pos_ in ("VERB", "AUX") for t in lead)):
        return None
    if not label and (not any(t.pos_ == "PROPN" or t.ent_type_ or t.is_title for t in lead) or is_lead_label(lead.text)
                      or lead.text.lower() in HEADLINE_KICKERS):
        return None
    if lead[0].is_quote or any(t.like_num or t.is_quote for t in lead):
        return None
    if not label and _section_item(ctx, doc[start].idx):
        return None
    if label:  # the surname speaks: "SEN. SANDERS" -> SANDERS
        head = [t for t in lead if not t.is_punct][-1]
    else:
        # a name the lead's head governs, not one a preposition brings ("Strike at Canada Post:
        # What you need to know": the strike's)
        head = next((t for t in lead if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and not _behind_preposition(t, lead.root)),
                    None) or lead.root
        if head.i != lead.root.i and head.dep_ == "compound" and _topic(lead.root):
            return None  # "Nova Scotia family doctor shortage: '...'": a name in the topic, no one speaking
        if head.pos_ not in ("PROPN", "NOUN", "PRON") and not (head.ent_type_ and head.pos_ not in ("PART", "PUNCT", "ADP", "DET")):
            return None  # "At issue: a proposal ...": a phrase that opens the line, no one speaking
        if _topic(head):
            # "Rail strike: Union rejects ...", "Spotlight: ...": the story's topic, no one
            # speaking ("Poll:", "Report:" do)
            return None
    end = tok.i + 1
    while end < len(doc) and not has_break(doc[end].text):
        end += 1
    content = tuple(i for i in range(tok.i + 1, end) if not doc[i].is_space)
    if len(content) < 3:
        return None
    if not label and doc[content[0] : content[-1] + 1].text.lower().strip(" .?!") in HEADLINE_TAILS:
        return None  # "Calgary water main break: what we know": an explainer's headline, no one speaking
    if not label and head.ent_type_ != "PERSON" and _sentences(doc, content) > 1:
        # "Voter participation: Sanders ... said .... On CNN ...": a section's label, not a
        # headline's speaker nor a panel's ("Matthews: Here's the irony ... .")
        return None
    return Frame(cue=(tok.i,), lemma=":", kind="transcript" if label else "colon", speaker=head.i, content=content, content_head=content[0])
