"""Frames around cue nouns: "Blinken expressed concerns that ...", "his country's stance against"."""

from __future__ import annotations

from spacy.tokens import Token

from ..context import Context
from .frame import Frame, marked_that, subject, verb_like
from .verbs import in_question


def noun_frame(ctx: Context, tok: Token) -> Frame | None:
    lex = ctx.lexicon
    lemma = tok.lemma_.lower()
    if lemma not in lex.cue_nouns or tok.pos_ != "NOUN":
        return None
    heads = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and marked_that(c)]
    clause = bool(heads)
    if not heads:
        # noun senses have their own entry where the verb's differs ("call for" / "calls for")
        preps = lex.noun_preps(lemma)
        heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
    if not heads:
        return None
    if tok.dep_ in ("dobj", "attr") and verb_like(tok.head) and in_question(tok.head):
        return None  # "Asked whether the city had ignored warnings about the pipe, Mackay said ...": the asker's question
    cue = (tok.i,)
    speaker = next((c for c in tok.children if c.dep_ == "poss"), None)
    if speaker is None and tok.dep_ == "dobj":
        # "The mayor has faced criticism from rivals that ...": whom the verb's object comes
        # from voices it, not the verb's subject, who only received it
        speaker = _source_after(tok, ("from",))
    # "Trump laid out his concerns that ...": the one who voices them is the verb's subject
    if (speaker is None or speaker.pos_ == "PRON") and tok.dep_ in ("dobj", "attr") and verb_like(tok.head):
        verb = tok.head
        who = subject(verb)
        if who is not None or speaker is None and (verb.lemma_.lower() in lex.flag("light") or verb.lemma_.lower() in lex.cue_verbs):
            speaker = who
            cue = (verb.i, tok.i)
    elif speaker is not None and speaker.pos_ == "PRON" and speaker.lower_ != "its" and tok.dep_ == "pobj":
        # "Trump is doubling down on his support for ...", "Republicans were unsparing in their
        # criticism of ...": the possessive points back at the subject of the clause, which
        # names them; a pronoun subject names no one the possessive does not ("He earned no
        # reprieve with his complaints": "his" is the mention beside the cue)
        up, top = tok.head, tok
        while up.dep_ in ("prep", "acomp", "pobj") and up.head.i != up.i and not verb_like(up):
            up, top = up.head, up
        who = subject(up) if verb_like(up) else None
        # (not where a name's possessive came first in the same phrase: "From Donald Trump's
        # effusion in Iowa to his call for ..., Will described": "his" is Trump's)
        named_before = any(t.dep_ == "poss" and t.ent_type_ == "PERSON" for t in tok.doc[top.left_edge.i : speaker.i])
        if who is not None and who.pos_ != "PRON" and not named_before:
            speaker = who
    if speaker is None and clause:
        # "warnings from economists that ...", "claims by the company that ...": the noun's own
        # source, named after it (not "the attack on X by a gunman": a that-clause only)
        speaker = _source_after(tok, ("from", "by"))
    if speaker is None:
        return None
    return Frame(cue=cue, lemma=lemma, kind="noun", speaker=speaker.i,
                 content=tuple(sorted({t.i for h in heads for t in h.subtree})), content_head=heads[0].i)


def _source_after(noun: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of a noun's own "from" (or "by") phrase, if a noun, a name or a pronoun:
    "warnings [from economists]", "criticism [from rivals]"."""
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
    return next((o for o in by.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON")), None) if by is not None else None
