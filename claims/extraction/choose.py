"""The choice between candidates: each one's final type and content, then one claim per
stretch of content (quoted material first, then the widest frame)."""

from __future__ import annotations

import attrs

from ..words import DIRECT_STRAY_POS
from .candidates import Candidate
from .context import Context
from .cues import Frame
from .ranges import Range, Taken, alnum_chars, merge, tidy


@attrs.frozen
class Chosen:
    """A candidate kept as a claim, with its type and final content pieces (never empty)."""

    candidate: Candidate
    type: str
    pieces: tuple[Range, ...]
    found_by: str = "rules"  # "rules" | "model" | "both"
    probability: float | None = None  # the tagger's, when it found the claim

    @property
    def extent(self) -> Range:
        return self.pieces[0][0], self.pieces[-1][1]


def choose(ctx: Context, candidates: list[Candidate]) -> list[Chosen]:
    """One claim per stretch of content, in text order, none sharing a character of content with
    another ("Trump said Clinton, whom he called "crooked," should be jailed": the direct claim
    lies in the gap of the indirect one)."""
    # a cue with nobody behind it ("Instead of endorsing a ceasefire, ...") is no claim
    usable = [c for c in candidates if c.all_pieces() and (c.frame.speaker is not None or c.quotes or _passive(c))]
    finals = [Chosen(c, *final) for c in usable for final in [_final(ctx, c)] if final[1]]

    def rank(ch: Chosen):
        a, b = ch.extent
        return (0 if ch.candidate.quotes else 1, ch.candidate.frame.speaker is None and not _hearsay(ctx, ch.candidate.frame), -(b - a))

    kept: list[Chosen] = []
    taken = Taken()  # no two claims share a character of content; one may nest in another's gap
    for ch in sorted(finals, key=rank):
        if not taken.hits(ch.pieces):
            kept.append(ch)
            taken.add(ch.pieces)
    return sorted(kept, key=lambda ch: ch.extent)


_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves"})


def past_reflexive(ctx: Context, ch: Chosen) -> Chosen | None:
    """A claim whose content is only the cue's reflexive object says its content after it: "Dalton
    distanced himself from the protest movement" is about the movement, not "himself"; with no
    such phrase after it there is no content, and no claim."""
    if len(ch.pieces) != 1:
        return ch
    doc = ctx.doc
    span = doc.char_span(*ch.pieces[0], alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in _REFLEXIVE:
        return ch
    word = span[0]
    objects = [o for p in word.head.children if p.dep_ == "prep" and p.i > word.i
               for o in p.children if o.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    o = objects[0]
    return attrs.evolve(ch, pieces=((doc[o.left_edge.i].idx, doc[o.right_edge.i].idx + len(doc[o.right_edge.i])),))


def _hearsay(ctx: Context, f: Frame) -> bool:
    """Whether a frame is a passive on "it" that reports a clause, with no speaker by nature: "It
    is widely believed in Ottawa that the government would prefer to ..." is the claim, not the
    preference inside it."""
    if not (f.passive and f.cue):
        return False
    cue = ctx.doc[f.cue[0]]
    return (any(c.lower_ == "it" and c.dep_ in ("nsubjpass", "expl") for c in cue.children)
            and any(c.dep_ == "ccomp" for c in cue.children))


def _passive(c: Candidate) -> bool:
    return c.frame.kind == "verb" and c.frame.passive


def _final(ctx: Context, c: Candidate) -> tuple[str, tuple[Range, ...]]:
    """The claim's type and content pieces, from its own content and its quotations."""
    text = ctx.text
    if c.frame.kind == "transcript" and not c.quotes:
        # "HOLT: Good evening ...": a transcript gives the speaker's own words
        return "direct", tuple(tidy(text, merge(list(c.pieces), text)))
    if not c.quotes:
        return "indirect", tuple(tidy(text, merge(list(c.pieces), text)))
    quote_pieces = [p for q in c.quotes for p in q.pieces]
    quote_regions = [(q.start, q.end) for q in c.quotes]
    if content_type(ctx, list(c.pieces) + quote_pieces, quote_regions) == "direct":
        return "direct", tuple(sorted(quote_pieces))
    # the paraphrase with the quoted fragment, marks and all
    return "mixed", tuple(tidy(text, merge(list(c.pieces) + quote_regions, text)))


def content_type(ctx: Context, pieces: list[Range], quoted: list[Range]) -> str:
    """The one rule for a claim's type, whichever finder found it: "direct" when every word of
    the content lies inside the quotations but stray adverbs of the host clause ('Later, "This
    is a disgrace," he said'), "mixed" when some do and a subject or any other word lies outside
    ('he "underscored" that ...'), else "indirect"."""
    words = alnum_chars(ctx.text, pieces)
    inside = words & alnum_chars(ctx.text, quoted)
    if not inside:
        return "indirect"
    outside = {ctx.doc.char_span(i, i + 1, alignment_mode="expand")[0] for i in words - inside}
    return "direct" if all(t.pos_ in DIRECT_STRAY_POS for t in outside) else "mixed"
