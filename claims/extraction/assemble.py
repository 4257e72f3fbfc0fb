"""Claim records (records.py) from what the stages found: pieces, cue, sources and chain."""

from __future__ import annotations

from ..records import Claim, Cue, Link, Span
from .choose import Chosen
from .confidence import Calibration, score
from .context import Context
from .facets import Facets
from .ranges import whole_characters
from .resolve import Sources


def to_claim(ctx: Context, facets: Facets, chosen: Chosen, sources: Sources, chain: tuple[Link, ...],
             calibration: Calibration | None = None, feats: dict[str, float] | None = None) -> Claim:
    text, doc = ctx.text, ctx.doc
    f = chosen.candidate.frame
    pieces = [whole_characters(text, a, b) for a, b in chosen.pieces]
    start, end = pieces[0][0], pieces[-1][1]
    cue_toks = sorted(set(f.cue) | {ch.i for i in f.cue for ch in doc[i].children if ch.dep_ == "prt"})
    cue = None
    if cue_toks:
        cue_start, cue_end = whole_characters(text, doc[cue_toks[0]].idx, ctx.end_char(cue_toks[-1]))
        cue = Cue(text=text[cue_start:cue_end], start=cue_start, end=cue_end, lemma=f.lemma)
    sents = [s for s in (ctx.sent_of_char(ch) for ch in (start, end - 1) + ((cue.start,) if cue else ())) if s is not None]
    sent_lo = min(s.start_char for s in sents) if sents else 0
    sent_hi = max(_trimmed_end(text, s.end_char) for s in sents) if sents else _trimmed_end(text, len(text))
    return Claim(
        type=chosen.type,
        content=Span.of(text, start, end),
        cue=cue,
        speaker=sources.speaker,
        attribution=chain,
        sentence=(sent_lo, max(sent_lo, sent_hi)),
        confidence=score(ctx.lexicon, chosen, sources.speaker, calibration, feats),
        fragments=tuple(Span.of(text, a, b) for a, b in pieces) if len(pieces) > 1 else (),
        facets=facets.within(chosen.pieces),
        claim_class=ctx.lexicon.claim_class(f.lemma, noun=f.kind == "noun") if cue_toks else "other",
    )


def _trimmed_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
