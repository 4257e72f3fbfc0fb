"""Frames around cue adjectives: "Democrats are confident that ...", "Aides were wary of ...",
"She is eager to ...". The adjective is the predicate of a linking verb ("be", "remain",
"seem", ...), whose subject holds the attitude; what it is about is the adjective's clause,
infinitive or preposition's phrase (the lexicon's ``adjective`` sense names the prepositions)."""

from __future__ import annotations

from spacy.tokens import Token

from ...words import FUTURE_AUX, NON_SPEAKERS
from ..context import Context
from .frame import Frame, subject

# verbs that link a subject to its predicate adjective ("are confident", "remain wary")
LINKING = frozenset({"be", "remain", "seem", "appear", "become", "feel", "grow", "stay", "sound", "look", "get"})


def participle_holder(tok: Token) -> Token | None:
    """The subject of a participle read as a passive ("Experts were convinced ...", the parser
    hanging "Everyone" on "is" at times), or None."""
    return next((c for t in (tok, *(c for c in tok.children if c.dep_ == "auxpass")) for c in t.children
                 if c.dep_ in ("nsubjpass", "nsubj") and c.i < tok.i), None)


def adjective_frame(ctx: Context, tok: Token) -> Frame | None:
    lex = ctx.lexicon
    key = tok.lower_  # an entry is under the adjective's own form ("worried": a participle's lemma is the verb's)
    if key not in lex.cue_adjectives or tok.tag_ not in ("JJ", "VBN"):
        return None
    pred = tok
    while pred.dep_ == "conj" and pred.head.i != pred.i:
        pred = pred.head  # "are ambivalent and wary of ...": the first predicate's verb
    link = pred.head
    # "Not all experts were convinced the numbers ...": a participle read as a passive with no
    # agent is the adjective; its passive subject holds the attitude
    passive = next((c for c in tok.children if c.dep_ == "auxpass" and c.lemma_.lower() == "be"), None) if tok.tag_ == "VBN" else None
    if passive is not None and pred is tok and not any(c.dep_ == "agent" for c in tok.children):
        link = passive
        who = participle_holder(tok)
    elif pred.dep_ not in ("acomp", "oprd") or link.lemma_.lower() not in LINKING:
        return None
    else:
        who = subject(link)
    if who is None or who.lower_ in NON_SPEAKERS or who.lower_ in ("it", "there"):
        return None  # "It is certain that ...": no one holds it
    preps = lex.adjective_preps(key)
    # a clause ("confident that ..."), an infinitive ("eager to ..."; not of a belief: "is
    # certain to win" says what will likely happen, not what she believes), a preposition's phrase
    deps = ("ccomp",) if lex.claim_class(key) == "belief" else ("ccomp", "xcomp")
    heads = [c for c in tok.children if c.dep_ in deps or (c.dep_ == "prep" and c.lower_ in preps)]
    if not heads and pred is tok and passive is None:
        # "are confident that ...": the parser may hang the clause on the linking verb
        heads = [c for c in link.children if c.dep_ in deps and c.i > tok.i]
    if not heads:
        return None
    return Frame(cue=(tok.i,), lemma=key, kind="adjective", speaker=who.i,
                 content=tuple(sorted({t.i for h in heads for t in h.subtree})), content_head=heads[0].i,
                 negated=any(c.dep_ == "neg" for c in (*link.children, *tok.children)),
                 future=any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in (*link.children, *tok.children)),
                 question=ctx.ends_with_question(ctx.sent_of_token(tok.i)))
