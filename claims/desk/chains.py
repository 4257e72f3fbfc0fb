"""A reviewer's table of the attribution chains in a JSONL file: which, and how often."""

from __future__ import annotations

import json
from collections import Counter
from typing import IO, Iterable


def _render(chain: list[dict]) -> str:
    parts = []
    for link in chain:
        parts.append(link["name"] if link["relation"] == "speaker" else f"{link['name']} ({link['relation']})")
    return " <- ".join(parts) if parts else "(no source)"


def summarize(lines: Iterable[str]) -> tuple[int, Counter, Counter]:
    """(claims, chain shapes counted, sources counted by (name, kind))."""
    chains: Counter = Counter()
    sources: Counter = Counter()
    n = 0
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        n += 1
        chain = record.get("attribution") or []
        chains[_render(chain)] += 1
        for link in chain:
            sources[(link["name"], link["kind"])] += 1
    return n, chains, sources


def print_table(name: str, lines: Iterable[str], out: IO[str], top: int = 40) -> None:
    n, chains, sources = summarize(lines)
    multi = sum(c for shape, c in chains.items() if " <- " in shape)
    print(f"{name}: {n} claims, {len(chains)} distinct chains, {multi} claims with a chain of 2 or more sources", file=out)
    print("\n count  chain (innermost first)", file=out)
    for shape, count in chains.most_common(top):
        print(f"{count:6d}  {shape}", file=out)
    print("\n count  kind          source", file=out)
    for (source, kind), count in sources.most_common(top):
        print(f"{count:6d}  {kind:12s}  {source}", file=out)
