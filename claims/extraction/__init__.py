"""The extraction core: from a parsed Doc to claims, one stage per module, data flowing one way.

    Context.of(doc)                 context.py      text, sentences, paragraphs, quotations
      -> find_frames                cues/           cue frames (verbs, nouns, fixed phrases)
      -> repair_speakers, coordinate, fold_relays   repairs.py
      -> build_candidates           candidates.py   a frame's content as character pieces
      -> attach_quotations          attach.py       quotations to the frames they belong to
      -> choose                     choose.py       type, content; one claim per stretch
      -> resolve_sources            resolve.py      speakers and outer sources resolved
      -> build_chains               chains.py       attribution chains, innermost first
      -> to_claim                   assemble.py     Claim records, scored (confidence.py), with
                                                    checkable facets (facets.py)

Each stage returns new immutable values; none changes what an earlier stage made.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Claim
from .assemble import to_claim
from .attach import attach_quotations
from .candidates import build_candidates
from .chains import build_chains
from .choose import Chosen, choose
from .context import Context
from .cues import find_frames
from .facets import Facets
from .mentions import Mentions
from .repairs import coordinate, fold_relays, repair_speakers
from .resolve import Wanted, resolve_sources

__all__ = ["extract_claims", "Context"]


def extract_claims(doc: Doc) -> list[Claim]:
    """All claims in a parsed document, in text order, none overlapping another."""
    ctx = Context.of(doc)
    mentions = Mentions(ctx)
    frames = repair_speakers(ctx, list(find_frames(ctx)))
    frames, coordinated = coordinate(ctx, frames)
    relays, folded = fold_relays(ctx, frames)
    candidates = attach_quotations(ctx, build_candidates(ctx, mentions, frames, relays, folded, coordinated))
    chosen = choose(ctx, candidates)
    sources = resolve_sources(ctx, mentions, [_wanted(ctx, ch) for ch in chosen])
    chains = build_chains(sources)
    facets = Facets(ctx)
    return [to_claim(ctx, facets, ch, s, chain) for ch, s, chain in zip(chosen, sources, chains)]


def _wanted(ctx: Context, ch: Chosen) -> Wanted:
    f = ch.candidate.frame
    span = ctx.doc.char_span(*ch.extent, alignment_mode="expand")
    return Wanted(speaker=f.speaker, addressee=f.addressee, content=(span.start, span.end) if span is not None else None,
                  links=ch.candidate.links)
