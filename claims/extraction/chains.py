"""Attribution chains: through whom a claim reached the reader, innermost first.

    "Ashkenazi told Blinken ..., Axios reports, citing an Israeli official"
        -> [Ashkenazi (speaker), an Israeli official (citing), Axios (reported_by)]

A chain is the speaker, then the sources named around the cue ("a spokesperson for X", "told
Reuters", "citing ..."), then the sources folded in from relay frames ("..., CNN reported",
"according to CNN"); where a source points back to one introduced earlier ("the source" ->
"an Israeli official"), the rest of the chain that earlier source came with.
"""

from __future__ import annotations

from typing import Iterable

from ..records import Link, Speaker
from .resolve import Sources


def build_chains(sources: Iterable[Sources]) -> list[tuple[Link, ...]]:
    """Each claim's chain, claims in text order; a source's onward chain is remembered for
    later claims whose anonymous source points back to it."""
    onward: dict[tuple[int, int], list[Link]] = {}  # source span -> links after it
    chains = []
    for s in sources:
        pairs: list[tuple[Speaker, str]] = [(s.speaker, "speaker")] if s.speaker is not None else []
        pairs += s.links
        out: list[Link] = []
        names: set[str] = set()
        for src, relation in pairs:
            _add(out, names, _link(src, relation))
            # "the source said" after "..., citing an Israeli official": the unnamed source
            # reached us the same way as before. Named people carry no such history.
            if src.antecedent is not None and src.kind == "anonymous":
                for later in onward.get((src.antecedent.start, src.antecedent.end), []):
                    _add(out, names, later)
        for i, link in enumerate(out):
            onward.setdefault((link.start, link.end), out[i + 1 :])
        chains.append(tuple(out))
    return chains


def _link(speaker: Speaker, relation: str) -> Link:
    return Link(text=speaker.text, start=speaker.start, end=speaker.end, name=speaker.name, relation=relation, kind=speaker.kind)


def _add(out: list[Link], names: set[str], link: Link) -> None:
    key = link.name.lower()
    if key not in names:
        names.add(key)
        out.append(link)
