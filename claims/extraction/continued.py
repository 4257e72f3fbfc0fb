"""Quote paragraphs that carry on a quote: news writing gives a paragraph that is nothing but a
quotation to the speaker of the quote just before it::

    "We had nothing left," she said.

    "I can't believe that this is our life now."

The second paragraph has no cue of its own; it is the same speaker going on. It becomes one
more fragment of the claim before it (``content.fragments``), as a quote broken by "she said"
is one claim in pieces, and as annotators of attribution mark it (PolNeAR gives such a
paragraph to the same attribution as a further piece of its content). Only when the paragraph
right before ends with a claim that has a speaker: a direct or mixed one, or an indirect one
made with a plain verb of saying in that paragraph's last sentence ("Ruiz said the river rose
again.\n\n"We had nothing left.""), which then becomes mixed: a paraphrase, then the speaker's
own words. Narration in between, a quote with no speaker, a label opening the quotation
('"Related:"', '"Matthews: ..."') or a line in capitals, and the paragraph stays unattributed.
"""

from __future__ import annotations

import re

import attrs

from ..records import Claim, Span
from .context import Context
from .facets import Facets
from .ranges import strip, whole_characters

# a label opening a quotation: "Related:", "Chris Matthews:" (a few words, then a colon)
_LABEL = re.compile(r"\s*(?:[\w.'’-]+\s+){0,3}[\w.'’-]+:(?!\S)")


def _plainly_said(ctx: Context, claim: Claim, para: tuple[int, int]) -> bool:
    """An indirect claim that a quotation paragraph after it carries on: one made with one of the
    plainest verbs of saying, in the last sentence of its paragraph ("She said the clinic was
    full.\n\n"We turn people away.""). Other cues ("referring to", "spoke", "asked for") are too
    often followed by someone else's words, and so is narration after the claim."""
    if claim.cue is None or claim.cue.lemma not in ctx.lexicon.core or " " in claim.cue.lemma:
        return False
    return not any(ch.isalnum() for ch in ctx.text[claim.sentence[1] : para[1]])


def continued_quotes(ctx: Context, facets: Facets, claims: list[Claim]) -> list[Claim]:
    """The claims, each quote that a following quotation paragraph carries on grown by that
    paragraph as a further fragment; in text order, as given."""
    if not ctx.quotations or not claims:
        return claims
    text = ctx.text
    taken = sorted((c.content.start, c.content.end) for c in claims)
    out = list(claims)
    last_in: dict[tuple[int, int], int] = {}  # paragraph -> index in out of its last claim
    for k, c in enumerate(out):
        para = ctx.paragraph(c.content.end - 1 if c.content.end > c.content.start else c.content.start)
        if para not in last_in or c.content.start > out[last_in[para]].content.start:
            last_in[para] = k
    for q in ctx.quotations:
        if not q.closed:
            continue
        # a quotation of one paragraph or several (each paragraph opening with a mark, only the
        # last closing: '"For ten years ...\n\n"Tonight we ..."'), nothing else on its lines
        para = ctx.paragraph(q.start)
        if strip(text, para[0], ctx.paragraph(q.end - 1)[1]) != (q.start, q.end) or any(a < q.end and q.start < b for a, b in taken):
            continue  # not paragraphs of their own, or some claim already holds it
        previous = _previous_paragraph(ctx, para[0])
        k = last_in.get(previous) if previous is not None else None
        if k is None or out[k].speaker is None or not (out[k].type in ("direct", "mixed") or _plainly_said(ctx, out[k], previous)):
            continue
        if _LABEL.match(text, q.content_start, q.content_end) or not any(ch.islower() for ch in text[q.content_start:q.content_end]):
            continue  # '"Related:"', '"Chris Matthews: Seriously ..."', a heading in capitals: not the speaker going on
        last = ctx.paragraph(q.end - 1)
        grown = _grown(ctx, facets, out[k], [whole_characters(text, a, b) for a, b in q.pieces], last)
        if grown is not None:
            out[k] = grown
            last_in[last] = k
    return out


def _grown(ctx: Context, facets: Facets, claim: Claim, contents: list[tuple[int, int]], para: tuple[int, int]) -> Claim | None:
    """The claim with the quotation's content as further fragments, one a paragraph (para: the
    last of them)."""
    added = [(a, b) for a, b in (strip(ctx.text, *c) for c in contents) if b > a and any(ch.isalnum() for ch in ctx.text[a:b])]
    if not added:
        return None
    pieces = (*(claim.fragments or (claim.content,)), *(Span.of(ctx.text, a, b) for a, b in added))
    return attrs.evolve(
        claim,
        type="mixed" if claim.type == "indirect" else claim.type,  # a paraphrase, then its quotation
        content=Span.of(ctx.text, pieces[0].start, added[-1][1]),
        fragments=pieces,
        sentence=(claim.sentence[0], max(claim.sentence[1], strip(ctx.text, *para)[1])),
        facets=(*claim.facets, *facets.within(tuple(added))),
    )


def _previous_paragraph(ctx: Context, start: int) -> tuple[int, int] | None:
    """The nearest line before the one starting at start that holds more than white space."""
    i = start - 1
    while i >= 0:
        lo, hi = ctx.paragraph(i)
        a, b = strip(ctx.text, lo, hi)
        if b > a:
            return lo, hi
        if lo == 0:
            return None
        i = lo - 1
    return None
