"""A reviewer's table of the attribution chains in a run: which, and how often."""

from __future__ import annotations

from collections import Counter
from typing import IO, Iterable

from ..io.messages import printable
from .runs import Record, chain_text


def summarize(records: Iterable[Record]) -> tuple[int, Counter, Counter]:
    """(claims, chain shapes counted, sources counted by (name, kind))."""
    chains: Counter = Counter()
    sources: Counter = Counter()
    n = 0
    for record in records:
        n += 1
        chains[chain_text(record)] += 1
        for link in record.get("attribution") or []:
            sources[(str(link.get("name")), str(link.get("kind")))] += 1
    return n, chains, sources


def print_table(name: str, records: Iterable[Record], out: IO[str], top: int = 40) -> None:
    n, chains, sources = summarize(records)
    multi = sum(c for shape, c in chains.items() if " <- " in shape)
    name = printable(name)  # names and sources come from the text: no terminal control reaches the screen
    print(f"{name}: {n} claims, {len(chains)} distinct chains, {multi} claims with a chain of 2 or more sources", file=out)
    print("\n count  chain (innermost first)", file=out)
    for shape, count in chains.most_common(top):
        print(f"{count:6d}  {printable(shape)}", file=out)
    print("\n count  kind          source", file=out)
    for (source, kind), count in sources.most_common(top):
        print(f"{count:6d}  {printable(kind):12s}  {printable(source)}", file=out)
