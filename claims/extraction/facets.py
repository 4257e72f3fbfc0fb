"""Checkable facets: numbers, percentages, money, dates, named entities, comparatives and
superlatives that spaCy sees inside a claim's content. Facts about the text, not a verdict."""

from __future__ import annotations

import bisect

from ..records import Facet
from ..words import FACET_OF_ENTITY, FACET_OF_TAG
from .context import Context
from .ranges import Range, whole_characters


class Facets:
    """Every facet of the document, in text order, and those inside given content pieces."""

    def __init__(self, ctx: Context):
        text = ctx.text
        found = [Facet(ent.text, ent.start_char, ent.end_char, kind=FACET_OF_ENTITY[ent.label_], label=ent.label_)
                 for ent in ctx.doc.ents if ent.label_ in FACET_OF_ENTITY]
        found += [Facet(t.text, t.idx, t.idx + len(t.text), kind=FACET_OF_TAG[t.tag_], label=t.tag_)
                  for t in ctx.doc if t.tag_ in FACET_OF_TAG and t.ent_type_ == ""]
        self.all = sorted((f for f in found if text[f.start : f.end] == f.text and whole_characters(text, f.start, f.end) == (f.start, f.end)),
                          key=lambda f: (f.start, f.end))
        self._starts = [f.start for f in self.all]

    def within(self, pieces: tuple[Range, ...]) -> tuple[Facet, ...]:
        """The facets lying wholly inside one of the pieces, in text order."""
        out: list[Facet] = []
        for a, b in pieces:
            k = bisect.bisect_left(self._starts, a)
            while k < len(self.all) and self.all[k].start < b:
                if self.all[k].end <= b:
                    out.append(self.all[k])
                k += 1
        return tuple(out)
