"""Find attribution frames in a parsed document: a cue, who it belongs to, and what it reports.

A frame is read off spaCy's dependency parse around one cue:

- a reporting verb:  "Blinken noted that the US is blocking ..."  (nsubj + ccomp)
                     "..., Satterfield said."                      (ROOT whose ccomp precedes it)
                     "The plan, he said, would fail."              (parataxis: content is the host)
- a cue noun:        "Blinken expressed concerns that ..."         (light verb + noun + clause)
                     "his country's stance against ..."            (possessive + noun + prep)
- "according to X":  the clause it attaches to is the content.
- no speaker named:  "X is expected to ...", "X seems to ...", "it appears that ..."
                     (impersonal: the subject belongs to the content); passives of verbs
                     whose object is the claim ("the plan was condemned as ..."); bare
                     participles ("Asked whether ..., X said").

Frames are plain data (token indices); turning them into claims happens downstream.
"""

from __future__ import annotations

from typing import Iterable, Iterator

import attrs
from spacy.tokens import Doc, Token

from .sentences import sentences, text_of
from .constants import (
    BELIEF_VERBS,
    CUE_NOUNS,
    LEAD_LABELS,
    CUE_VERBS,
    FINDING_VERBS,
    LIGHT_VERBS,
    NEEDS_CLAUSE,
    NON_SPEAKERS,
    RAISING_FRAMES,
    RELATIVE_PRONOUNS,
    RELAY_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
)

SUBJECT_DEPS = {"nsubj", "csubj"}
CLAUSE_DEPS = {"ccomp"}
# verbs whose infinitive complement is the claim: "vowed to fight", "urged Israel to pause"
XCOMP_VERBS = frozenset({"promise", "vow", "pledge", "threaten", "urge", "refuse", "want", "plan", "seek", "intend", "call", "ask", "demand", "agree", "decline", "wish", "hope", "expect", "warn", "tell", "encourage", "propose", "prefer", "offer", "claim", "appear", "seem", "decide", "order", "advise"})
# verbs whose direct object is the claim: "acknowledged the shared interests", "backs Clinton"
DOBJ_VERBS = STANCE_VERBS | FINDING_VERBS | frozenset({"announce", "deny", "confirm", "acknowledge", "admit", "predict", "estimate", "reveal", "describe", "dispute", "question", "propose", "defend", "reiterate", "repeat", "echo", "cite", "highlight", "stress", "emphasise", "emphasize", "underscore", "mention", "note", "recall", "report", "want", "fear", "expect", "prefer", "claim", "tweet", "post", "write", "blame", "accuse", "know"})
# verbs whose object is the person addressed, not the claim: "told Blinken that ..."
ADDRESSEE_VERBS = frozenset({"tell", "ask", "inform", "remind", "assure", "warn", "urge", "brief", "advise", "promise", "email", "text", "caution", "encourage", "order", "thank", "accuse", "blame", "call"})
# prepositions that carry the claim: "warned of", "complained about", "stance against"
CONTENT_PREPS = {
    "warn": {"of", "about", "against"}, "complain": {"about", "of"}, "worry": {"about"},
    "speak": {"about", "of"}, "argue": {"for", "against"}, "caution": {"against"},
    "call": {"for", "on"}, "accuse": {"of"}, "blame": {"for"}, "criticize": {"for"}, "criticise": {"for"},
    "praise": {"for"}, "agree": {"on", "with"}, "comment": {"on"}, "insist": {"on"}, "push": {"for"},
    "vote": {"for", "against"}, "testify": {"about", "that"}, "boast": {"about", "of"}, "thank": {"for"},
    "stance": {"on", "against", "toward", "towards"}, "position": {"on", "against"},
    "concern": {"about", "over"}, "confidence": {"in", "that"}, "doubt": {"about", "over"},
    "skepticism": {"about", "of", "toward"}, "optimism": {"about"}, "opposition_n": {"to"}, "praise_n": {"for"}, "criticism": {"of"}, "support": {"for"}, "call_n": {"for"},
    "view": {"on", "of"}, "warning": {"about", "of", "against"}, "opposition": {"to"},
    "fear": {"of", "about", "over"}, "complaint": {"about"}, "comment_n": {"on"}, "demand": {"for"},
    "talk": {"about", "of"}, "write": {"about", "of"}, "refer": {"to"}, "respond": {"to"}, "rail": {"against"}, "advocate": {"for"},
    "lobby": {"for", "against"}, "campaign": {"for", "against"}, "point": {"to"}, "ask": {"about", "for"},
    "say": {"of", "about"}, "think": {"about", "of"}, "question_n": {"about", "of", "over"},
    "attack_n": {"on", "against"}, "endorsement": {"of"}, "reference": {"to"}, "mention": {"of"},
    "critique": {"of"}, "defense": {"of"}, "defence": {"of"}, "case": {"for", "against"}, "attention": {"to"},
    "response": {"to"}, "push_n": {"for"}, "objection": {"to"}, "appeal": {"for", "to"}, "support_n": {"for", "of", "to", "behind"},
    "doubt_n": {"about", "over"},
}
# "Trump seems to be ...", "it appears that ...": the subject is the topic, nobody speaks
IMPERSONAL_VERBS = frozenset({"seem", "appear"})
# cues that stand inverted between commas: "The plan, said Mr. Lee, is dead"
INSERTED_CUES = frozenset({"say", "add", "write", "note", "argue", "explain", "insist", "contend", "warn", "predict", "suggest", "believe", "think", "tell", "report"})
# verbs whose passive subject is the claim ("the plan was endorsed by ...", "X is considered Y")
JUDGING_VERBS = frozenset({"consider", "describe", "call", "label", "view", "regard", "see", "brand", "dub", "deem", "portray"})
PASSIVE_OBJECT_VERBS = DOBJ_VERBS | JUDGING_VERBS
FUTURE_AUX = {"will", "shall", "'ll", "wo", "might", "may", "could", "would", "should", "must", "can", "ca"}
_RAISING = RAISING_FRAMES | {"expect"}
_POSSESSOR = {"his": "he", "her": "she", "their": "they", "my": "i", "our": "we", "your": "you"}


@attrs.define
class Frame:
    """One cue with its speaker and content, as token indices into the Doc."""

    cue: list[int]
    lemma: str
    kind: str  # "verb" | "noun" | "according" | "as_reported" | "colon"
    speaker: int | None = None
    content: list[int] = attrs.Factory(list)  # token indices, sorted
    addressee: int | None = None
    content_head: int | None = None
    negated: bool = False
    future: bool = False
    question: bool = False
    passive: bool = False  # "it was announced that ...", "he was asked whether ..."
    host: int | None = None  # for parataxis/according: the clause head the cue hangs on

    @property
    def cue_head(self) -> int:
        return self.cue[0] if self.kind == "according" else self.cue[-1] if self.kind == "noun" else self.cue[0]

    @property
    def is_relay(self) -> bool:
        return self.kind in ("according", "as_reported") or self.lemma in RELAY_VERBS


def relative_antecedent(word: Token) -> Token | None:
    """The noun a relative pronoun stands for: "Adler" in "Adler, who said ...", else None."""
    if word.lower_ in RELATIVE_PRONOUNS and word.head.dep_ == "relcl":
        return word.head.head
    return None


def _subtree_minus(tok: Token, exclude: Iterable[Token]) -> list[int]:
    """Indices of tok's subtree, leaving out the subtrees of the tokens in exclude."""
    cut = set()
    for ex in exclude:
        cut.update(t.i for t in ex.subtree)
    return [t.i for t in tok.subtree if t.i not in cut]


def _subject(verb: Token) -> Token | None:
    """The grammatical subject of a cue verb, following conj/participle chains."""
    seen = 0
    tok = verb
    while tok is not None and seen < 4:
        seen += 1
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                # "Mr. Sanders, who said he ...": the relative pronoun is the mention; the
                # speaker resolution points it at the noun the clause hangs on
                return child
        for child in tok.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        # "a draft resolution calling for a cease-fire": the noun it modifies is the source
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        # "Satterfield said but reiterated that ..."; "..., Satterfield said, noting ...";
        # "he seemed to indicate ...", "voters want to see ...": the subject of the verb above
        if tok.dep_ in ("conj", "xcomp") or (tok.dep_ in ("advcl", "dep") and tok.tag_ == "VBG"):
            conj = tok.dep_ == "conj"
            tok = tok.head
            # 'called it "shameful" and called on ...': a conjunct hung on a predicate word
            while conj and not _verb_like(tok) and tok.dep_ in ("oprd", "acomp", "dobj", "attr") and tok.head is not tok:
                tok = tok.head
            continue
        return None
    return None


def _verb_like(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _is_raising(tok: Token) -> bool:
    """ "He is said to be ill", "Israel is expected to ...": hearsay, not a claim of the subject."""
    # the word first: this runs on every token
    return tok.lemma_ in _RAISING and any(c.dep_ == "nsubjpass" for c in tok.children) and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)


def _content_heads(tok: Token, lemma: str) -> tuple[list[Token], Token | None]:
    """Tokens heading the reported content of cue verb tok, and its addressee if any."""
    addressee = None
    heads = [c for c in tok.children if c.dep_ in CLAUSE_DEPS]
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    # "noting United Nations warehouses had been broken into": the parser made the clause's
    # subject the cue's object; a subjectless clause right after it takes it back
    for h in list(heads):
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in h.children):
            before = [o for o in objs if o.i < h.i and o.right_edge.i + 1 >= h.left_edge.i]
            if before and before[-1].pos_ in ("NOUN", "PROPN"):
                heads.insert(0, before[-1])
                objs.remove(before[-1])
    if lemma in ADDRESSEE_VERBS:
        for c in objs:
            if c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.dep_ == "dative":
                addressee = c
        objs = [c for c in objs if c is not addressee]
        # "told reporters" / "told CNN": an object of tell that is a person is never the claim
        if lemma in ("tell", "inform", "remind", "brief", "assure", "email", "text", "thank"):
            objs = []
        if addressee is None and objs and lemma in ("warn", "urge", "ask", "order", "encourage", "advise", "caution"):
            addressee, objs = objs[0], objs[1:]
    if not heads and lemma in XCOMP_VERBS:
        heads = [c for c in tok.children if c.dep_ == "xcomp"]
        # "called on both sides to show restraint": who is called on belongs to the claim
        if heads and lemma == "call":
            heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"] + heads
        if not heads and addressee is not None:
            heads = [c for c in addressee.children if c.dep_ in ("xcomp", "acl", "relcl") and c.tag_ == "VB"]
    if not heads and lemma in DOBJ_VERBS:
        heads = [c for c in objs if c.lower_ not in NON_SPEAKERS]
        # "praised his players for their discipline", "accused the government of hiding ...":
        # the reason or the charge is part of the claim
        if heads:
            preps = CONTENT_PREPS.get(lemma, set()) | ({"for", "as", "over"} if lemma in STANCE_VERBS else set())
            heads += [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
    # "called the deal a disaster", "described him as reckless": object plus its predicate
    if lemma in ("call", "describe", "label", "brand", "dub", "deem", "consider", "portray") and objs:
        preds = [c for c in tok.children if c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")]
        if preds:
            heads = [objs[0], *preds]
    if not heads:
        preps = CONTENT_PREPS.get(lemma, ())
        heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
        # "called for the minimum wage to be raised": the parser makes "for" a clause's marker
        heads += [c for c in tok.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children)]
    if not heads:
        # "told Blinken during a telephone conversation that Israel needs ...": the parser may
        # hang the that-clause on a nearby noun; take a that-clause inside the verb's own phrase.
        for c in tok.rights:
            if c.dep_ in ("prep", "npadvmod", "dobj"):
                for t in c.subtree:
                    if t.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children):
                        heads = [t]
                        break
            if heads:
                break
    return heads, addressee


def _after_colon(tok: Token) -> list[int]:
    """ "One activist tweeted: She should resign.": unquoted words after a colon the cue ends on.

    The colon may follow the cue's own small words ("said Tuesday:", "told reporters:"); the
    content runs to the end of the line. Quoted material is left to the quotation finder.
    """
    doc = tok.doc
    own = {t.i for c in tok.children if c.i > tok.i and c.dep_ in ("npadvmod", "dative", "dobj", "prep", "advmod", "prt") for t in c.subtree}
    i = tok.i + 1
    while i < len(doc) and i in own and doc[i].text != ":":
        i += 1
    if i >= len(doc) or doc[i].text != ":" or i + 1 >= len(doc) or doc[i + 1].is_quote:
        return []
    out = []
    for t in doc[i + 1 :]:
        if "\n" in t.text or t.is_quote:
            break
        if not t.is_space:
            out.append(t.i)
        if "\n" in t.whitespace_:
            break
    return out if len(out) >= 3 else []


def _passive_object(tok: Token) -> list[Token]:
    """The claim of a passive cue is its subject: "His rhetoric has been condemned as
    fearmongering", "Pigs are considered unclean", "The plan, which was endorsed by the mayor"."""
    subj = [c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ not in NON_SPEAKERS - RELATIVE_PRONOUNS]
    if not subj:
        return []
    if subj[0].lower_ in RELATIVE_PRONOUNS:
        antecedent = relative_antecedent(subj[0])
        if antecedent is None:
            return []
        subj = [antecedent]
    preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")]
    if not preds and tok.lemma_.lower() in JUDGING_VERBS:
        return []  # "he was seen at the game": no judgement without its predicate
    return subj + preds


def _agent_on_predicate(heads: list[Token]) -> Token | None:
    """ "Cyclists are considered a nuisance by some drivers": the parser hung the agent on the
    predicate. The object of the "by" phrase closing a predicate, if it names someone (not
    "by the end of the year"); the first closing "by" decides."""
    for h in heads:
        if h.dep_ not in ("oprd", "xcomp", "prep"):
            continue
        last = max(x.i for x in h.subtree if not x.is_punct)
        for t in h.subtree:
            if t.lower_ == "by" and t.dep_ == "prep" and t.i + len(list(t.subtree)) - 1 == last:
                return next((c for c in t.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")
                             and c.lemma_.lower() not in ("end", "time", "day", "week", "month", "year", "way", "far")), None)
    return None


def _make_clear_frame(tok: Token) -> Frame | None:
    """ "He made clear that ...", "made it clear that ...": a light verb and its adjective."""
    if tok.lemma_.lower() != "make" or not _verb_like(tok):
        return None
    adj = next((c for c in tok.children if c.lower_ in ("clear", "plain") and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod")), None)
    if adj is None:
        return None
    heads = [c for c in list(adj.children) + list(tok.children) if c.dep_ == "ccomp"]
    subject = _subject(tok)
    if not heads or subject is None:
        return None
    frame = Frame(cue=[tok.i, adj.i], lemma="make clear", kind="verb", speaker=subject.i)
    frame.content = sorted({t.i for h in heads for t in h.subtree})
    frame.content_head = heads[0].i
    return frame


def _impersonal_frame(tok: Token) -> Frame | None:
    """Claims with nobody behind them: "Israel is expected to respond", "Trump seems to be ...".

    The subject is what the claim is about, not who makes it, so it belongs to the content and
    the frame has no speaker. "It seems that ...": the expletive is neither.
    """
    lemma = tok.lemma_.lower()
    if lemma not in _RAISING and lemma not in IMPERSONAL_VERBS:
        return None
    if _is_raising(tok):
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    elif lemma in IMPERSONAL_VERBS and _verb_like(tok) and tok.dep_ not in ("amod", "compound", "aux", "auxpass"):
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "expl")]
    else:
        return None
    heads = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if not heads:
        return None
    if lemma in IMPERSONAL_VERBS and any(h.dep_ == "xcomp" and h.lemma_.lower() in CUE_VERBS for h in heads) and subjects:
        return None  # "he seemed to indicate that ...": the subject speaks
    verb_words = {tok.i} | {c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")}
    content: set[int] = set()
    for h in subjects + heads:
        if h.dep_ == "expl" or (h.lower_ == "it" and h.dep_ == "nsubj" and heads[0].dep_ == "ccomp"):
            continue
        h = relative_antecedent(h) or h  # "the event, which is expected to draw 50,000 people"
        content.update(t.i for t in h.subtree if t.i not in verb_words)
    frame = Frame(cue=[tok.i], lemma=lemma, kind="verb", passive=True)
    frame.content = sorted(content)
    frame.content_head = heads[0].i
    frame.negated = any(c.dep_ == "neg" for c in tok.children)
    return frame


def _verb_frame(tok: Token) -> Frame | None:
    lemma = tok.lemma_.lower()
    if lemma not in CUE_VERBS or not _verb_like(tok) or lemma in IMPERSONAL_VERBS or _is_raising(tok):
        return None
    if tok.dep_ in ("amod", "compound", "aux", "auxpass"):
        return None
    heads, addressee = _content_heads(tok, lemma)
    if lemma in NEEDS_CLAUSE and not any(h.dep_ in CLAUSE_DEPS for h in heads):
        heads = [h for h in heads if h.dep_ == "prep" or (lemma == "call" and h.dep_ in ("xcomp", "prep", "oprd", "dobj", "advcl"))]
        if lemma in ("see", "know", "feel", "find", "read", "understand", "learn", "view", "regard", "judge", "calculate", "recognize", "recognise", "realize", "realise"):
            heads = []
    if not heads and lemma in PASSIVE_OBJECT_VERBS:
        heads = _passive_object(tok)
    colon_content = _after_colon(tok) if not heads and lemma in SPEECH_VERBS else []
    subject = _subject(tok)
    frame = Frame(cue=[tok.i], lemma=lemma, kind="verb", addressee=addressee.i if addressee is not None else None)
    frame.speaker = subject.i if subject is not None else None
    frame.negated = any(c.dep_ == "neg" for c in tok.children)
    frame.future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children)
    sent = sentences(tok.doc).of_token(tok.i)
    frame.question = text_of(tok.doc)[sent.start_char : sent.end_char].rstrip().endswith("?")
    # "it was announced that ...", and bare participles: "Asked whether he would run, Reid said ..."
    frame.passive = subject is None and (any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
                                         or (tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBD") and lemma in SPEECH_VERBS))
    exclude = [c for c in (subject, addressee) if c is not None]
    exclude += [c for c in tok.children if c.dep_ == "agent"]
    agent = _agent_on_predicate(heads) if frame.passive else None
    if agent is not None:
        frame.speaker, frame.passive = agent.i, False
        exclude.append(agent.head)  # the "by"
    if heads:
        content: list[int] = []
        for h in heads:
            # a head above the cue ("the plan, which was endorsed"): without the cue's clause
            content.extend(_subtree_minus(h, exclude + ([tok] if h.is_ancestor(tok) else [])))
        frame.content = sorted(set(content))
        frame.content_head = heads[0].i
    elif colon_content:
        frame.content = colon_content
        frame.content_head = colon_content[0]
    elif lemma in SPEECH_VERBS and tok.head is not tok and (
        (tok.dep_ in ("parataxis", "ccomp", "advcl", "conj") and tok.head.i < tok.i) or tok.dep_ == "parataxis"
    ):
        # "The plan, he said, would fail." / "..., Axios reports": the host clause is the content
        host = tok.head
        frame.host = host.i
        frame.content = _subtree_minus(host, [tok])
        frame.content_head = host.i
        frame.kind = "verb"
    _inverted_parenthetical(tok, frame)
    return frame


def _inverted_parenthetical(tok: Token, frame: Frame) -> None:
    """ "The contrast, said Doyle and others, would be clear": the name after the cue speaks.

    The parser may read the words before the comma as the cue's subject and the name after it
    as the subject of the content. A cue between commas, right before a name that a comma
    closes, is such an inserted "said X"; the frame is rebuilt around it.
    """
    doc = tok.doc
    if frame.lemma not in INSERTED_CUES or frame.speaker is None or frame.speaker > tok.i or tok.i < 2 or doc[tok.i - 1].text != ",":
        return
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ not in ("PROPN", "DET", "NOUN", "ADJ"):
        return
    head = doc[tok.i + 1]
    while head.head.i > head.i and head.head.i < tok.i + 6 and head.head.pos_ in ("PROPN", "NOUN") and head.dep_ in ("compound", "det", "amod", "nmod"):
        head = head.head
    if head.pos_ not in ("PROPN", "NOUN") or head.dep_ not in ("nsubj", "nsubjpass"):
        return  # "..., telling reporters, ...": an object, not an inserted speaker
    end = max(t.i for t in head.subtree) + 1
    if end >= len(doc) - 1 or (doc[end].text != "," and doc[end - 1].text != ","):
        return
    after = end + 1 if doc[end].text == "," else end
    sent = sentences(doc).of_token(tok.i)
    if after >= sent.end or not any(_verb_like(t) for t in doc[after : sent.end]):
        return
    frame.speaker = head.i
    frame.addressee = None
    start = sent.start + 1 if doc[sent.start].pos_ == "CCONJ" else sent.start
    frame.content = [i for i in range(start, tok.i - 1)] + [i for i in range(after, sent.end)]
    frame.content_head = frame.content[0] if frame.content else None


def _noun_frame(tok: Token) -> Frame | None:
    lemma = tok.lemma_.lower()
    if lemma not in CUE_NOUNS or tok.pos_ != "NOUN":
        return None
    heads = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if not heads:
        # noun senses have their own entry where the verb's differs ("call for" / "calls for")
        preps = CONTENT_PREPS.get(f"{lemma}_n", CONTENT_PREPS.get(lemma, ()))
        heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
    if not heads:
        return None
    cue = [tok.i]
    speaker = next((c for c in tok.children if c.dep_ == "poss"), None)
    # "Trump laid out his concerns that ...": the one who voices them is the verb's subject
    if (speaker is None or speaker.pos_ == "PRON") and tok.dep_ in ("dobj", "attr") and _verb_like(tok.head):
        verb = tok.head
        subject = _subject(verb)
        if subject is not None or speaker is None and verb.lemma_.lower() in LIGHT_VERBS | CUE_VERBS:
            speaker = subject
            cue = [verb.i, tok.i]
    elif speaker is not None and speaker.pos_ == "PRON" and speaker.lower_ != "its" and tok.dep_ == "pobj":
        # "Trump is doubling down on his support for ...", "Republicans were unsparing in their
        # criticism of ...": the possessive points back at the subject of the clause
        up = tok.head
        while up.dep_ in ("prep", "acomp", "pobj") and up.head is not up and not _verb_like(up):
            up = up.head
        subject = _subject(up) if _verb_like(up) else None
        if subject is not None and (subject.pos_ != "PRON" or subject.lower_ == _POSSESSOR.get(speaker.lower_)):
            speaker = subject
    if speaker is None:
        return None
    frame = Frame(cue=cue, lemma=lemma, kind="noun", speaker=speaker.i)
    content: list[int] = []
    for h in heads:
        content.extend(t.i for t in h.subtree)
    frame.content = sorted(set(content))
    frame.content_head = heads[0].i
    return frame


def _according_frame(tok: Token) -> Frame | None:
    """ "According to CNN, ..." / "..., according to US State Department spokesperson Miller." """
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
    host = tok.head if tok.head is not tok else None
    frame = Frame(cue=[tok.i, to.i], lemma="according to", kind="according", speaker=source.i)
    if host is not None and host.i != tok.i:
        # the host clause, without the according-to phrase
        host_root = host
        while host_root.dep_ in ("prep", "pobj", "dobj", "npadvmod", "advmod") and host_root.head is not host_root:
            host_root = host_root.head
        frame.host = host_root.i
        frame.content = _subtree_minus(host_root, [tok])
        frame.content_head = host_root.i
    return frame


def _as_reported_frame(tok: Token) -> Frame | None:
    """ "..., as reported by CNN." / "..., as CNN reported." """
    if tok.lemma_.lower() not in ("report", "say", "write", "note", "tell") or not _verb_like(tok):
        return None
    if not any(c.lower_ == "as" and c.dep_ in ("mark", "advmod", "prep") for c in tok.children):
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    source = None
    if agent is not None:
        source = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if source is None:
        source = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
    if source is None:
        return None
    cue = [tok.i] + ([agent.i] if agent is not None else [])
    frame = Frame(cue=sorted(cue), lemma=tok.lemma_.lower(), kind="as_reported", speaker=source.i)
    host = tok.head
    while host.dep_ in ("appos", "acl", "relcl", "pobj", "prep", "dobj", "npadvmod") and host.head is not host:
        host = host.head
    if host is not tok:
        frame.host = host.i
        frame.content = _subtree_minus(host, [tok])
        frame.content_head = host.i
    return frame


def _line_start(tok: Token) -> int:
    """Index of the first token on tok's line."""
    i = tok.i
    while i > 0 and "\n" not in tok.doc[i - 1].text and "\n" not in tok.doc[i - 1].whitespace_ and not tok.doc[i - 1].text.endswith("\r"):
        i -= 1
    return i


def _colon_frame(tok: Token) -> Frame | None:
    """Transcripts and headlines: "Sanders: Endorsements prove Clinton ..." (a name, a colon)."""
    if tok.text != ":":
        return None
    doc = tok.doc
    start = _line_start(tok)
    lead = doc[start : tok.i]
    if not 1 <= len(lead) <= 8 or any(t.pos_ in ("VERB", "AUX") for t in lead):
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ or t.is_title for t in lead) or lead.text.lower() in LEAD_LABELS:
        return None
    if lead[0].is_quote or any(t.like_num or t.is_quote for t in lead):
        return None
    head = next((t for t in lead if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")), None) or lead.root
    end = tok.i + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    content = [i for i in range(tok.i + 1, end) if not doc[i].is_space]
    if len(content) < 3:
        return None
    frame = Frame(cue=[tok.i], lemma=":", kind="colon", speaker=head.i, content=content, content_head=content[0])
    return frame


def find_frames(doc: Doc) -> Iterator[Frame]:
    """Every cue frame in doc, in text order."""
    for tok in doc:
        frame = (_according_frame(tok) or _as_reported_frame(tok) or _make_clear_frame(tok) or _impersonal_frame(tok)
                 or _verb_frame(tok) or _noun_frame(tok) or _colon_frame(tok))
        if frame is not None:
            yield frame
