"""The extraction core: from a parsed Doc to claims, one stage per module, data flowing one way.

    Context.of(doc)                 context.py      text, sentences, paragraphs, quotations
      -> find_frames                cues/           cue frames (verbs, nouns, fixed phrases)
      -> repair_speakers, coordinate, fold_relays   repairs.py
      -> build_candidates           candidates.py   a frame's content as character pieces
      -> attach_quotations          attach.py       quotations to the frames they belong to
      -> choose                     choose.py       type, content; one claim per stretch
      -> combine                    combine.py      with the learned tagger's (claims.learned)
      -> resolve_sources            resolve.py      speakers and outer sources resolved
      -> build_chains               chains.py       attribution chains, innermost first
      -> to_claim                   assemble.py     Claim records, scored (confidence.py), with
                                                    checkable facets (facets.py)

Each stage returns new immutable values; none changes what an earlier stage made.
"""

from __future__ import annotations

from typing import Protocol, Sequence

import attrs
from spacy.tokens import Doc

from ..lexicon import LEXICON, Lexicon
from ..records import Claim
from .assemble import to_claim
from .attach import attach_quotations
from .candidates import build_candidates
from .chains import build_chains
from .choose import Chosen, choose, past_reflexive
from .combine import Attribution, combine
from .confidence import Calibration
from .confidence import features as confidence_features
from .context import Context
from .continued import continued_quotes
from .interview import Interview, interview_answers, interview_of, outside_questions
from .introduced import introduced_quotes
from .furniture import without_furniture
from .cues import Frame, find_frames
from .facets import Facets
from .mentions import Mentions
from .repairs import coordinate, fold_relays, repair_speakers, set_apart
from .signed import signed_quotes
from .resolve import Discourse, Wanted, resolve_in_piece, resolve_sources

__all__ = ["explained_claims", "by_rules", "by_rules_of", "finish", "Ruled", "Finder", "Attribution", "Calibration", "Context", "Discourse"]


def explained_claims(doc: Doc, tagger: "Finder | None" = None, calibration: Calibration | None = None) -> list[tuple[Claim, dict]]:
    """All claims in a parsed document, in text order, each with the features its confidence
    was computed from (training/calibrate.py); with a tagger, the rule engine's claims and the
    tagger's combined. The component runs the same stages (``by_rules_of``, then ``finish``)."""
    ruled = by_rules_of(doc)
    return finish(ruled, tagger.attributions(ruled) if tagger is not None else None, calibration, None)[0]


@attrs.frozen
class Ruled:
    """A document as the rules left it, before the tagger: what the tagger reads, and what
    ``finish`` goes on from."""

    ctx: Context
    mentions: Mentions
    frames: list[Frame]
    chosen: list[Chosen]
    interview: Interview = Interview()  # its question-and-answer turns (interview.py), read once


class Finder(Protocol):
    """A finder of attributions beside the rules: it reads what the rules left of a document
    and gives attributions ``combine`` merges with the rules' claims. ``claims.learned.Tagger``
    is one; the core never imports it, so data runs one way: rules -> finder -> combine."""

    def attributions(self, ruled: Ruled) -> Sequence[Attribution]: ...


def by_rules_of(doc: Doc, lexicon: Lexicon = LEXICON) -> Ruled:
    """What the rules make of a parsed document, reading cues from the lexicon given. The
    mends of the parse (mends.py) work on a copy: the caller's Doc keeps the parse, lemmas and
    entities it came with (token indices and offsets are the same in both)."""
    ctx = Context.of(doc.copy(), lexicon)
    mentions = Mentions(ctx)
    interview = interview_of(ctx)
    frames, chosen = by_rules(ctx, mentions, interview)
    return Ruled(ctx, mentions, frames, chosen, interview)


def finish(ruled: Ruled, learned: Sequence[Attribution] | None, calibration: Calibration | None,
           before: Discourse | None) -> tuple[list[tuple[Claim, dict]], Discourse | None]:
    """The claims of a document from what the rules chose and what the tagger found (None
    without a tagger): combined, speakers resolved, chains, confidence, records."""
    ctx, mentions, chosen = ruled.ctx, ruled.mentions, ruled.chosen
    if learned is not None:
        chosen = combine(ctx, chosen, learned)
    chosen = [c for c in (past_reflexive(ctx, ch) for ch in chosen) if c is not None]
    wanted = [_wanted(ctx, ch) for ch in chosen]
    after = None
    if before is None:
        sources = resolve_sources(ctx, mentions, wanted)
    else:
        sources, after = resolve_in_piece(ctx, mentions, wanted, before)
    chains = build_chains(sources)
    facets = Facets(ctx)
    out = []
    for ch, s, chain in zip(chosen, sources, chains):
        feats = confidence_features(ctx.lexicon, ch, s.speaker)
        out.append((to_claim(ctx, facets, ch, s, chain, calibration, feats), feats))
    keep = [a and b for a, b in zip(without_furniture(ctx, [c for c, _ in out]), outside_questions(ctx, [c for c, _ in out], ruled.interview))]
    out = [pair for pair, kept in zip(out, keep) if kept]
    grown = continued_quotes(ctx, facets, [c for c, _ in out])
    return [(c, f) for c, (_, f) in zip(grown, out) if c is not None], after


def by_rules(ctx: Context, mentions: Mentions, interview: Interview | None = None) -> tuple[list[Frame], list[Chosen]]:
    """The rule engine's frames (every cue found) and the claims it chooses from them (interview:
    the document's question-and-answer turns, read here if not given)."""
    frames = repair_speakers(ctx, list(find_frames(ctx)))
    frames, coordinated = coordinate(ctx, frames)
    for k, cut in set_apart(ctx, frames).items():
        coordinated = {**coordinated, k: coordinated.get(k, set()) | cut}
    relays, folded = fold_relays(ctx, frames)
    candidates = attach_quotations(ctx, build_candidates(ctx, mentions, frames, relays, folded, coordinated))
    chosen = introduced_quotes(ctx, mentions, signed_quotes(ctx, choose(ctx, candidates)))
    return frames, interview_answers(ctx, chosen, interview if interview is not None else interview_of(ctx))


def _wanted(ctx: Context, ch: Chosen) -> Wanted:
    f = ch.candidate.frame
    span = ctx.doc.char_span(*ch.extent, alignment_mode="expand")
    return Wanted(speaker=f.speaker, addressee=f.addressee, content=(span.start, span.end) if span is not None else None,
                  links=ch.candidate.links, cue=(f.cue[0], f.cue[-1] + 1) if f.cue else None)
