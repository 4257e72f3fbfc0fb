"""What ``claims match`` and ``claims cluster`` found, joined back to a run's claims for the
desk: the fact-checks beside each claim and the claim's other appearances.

Both files are read whole (they are small beside the run: a few lines a claim at most), each
line checked against its own schema; a bad line is a Problem like a run's.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import Any, Iterable

import attrs

from .runs import Problem, read_records

Record = dict[str, Any]


@attrs.frozen
class Corpus:
    """By claim id: its matches (best ranked first) and its cluster."""

    matches: dict[str, list[Record]] = attrs.field(factory=dict)
    clusters: dict[str, Record] = attrs.field(factory=dict)

    def __bool__(self) -> bool:
        return bool(self.matches or self.clusters)


def _read(paths: Iterable[str], name: str, problems: list[Problem]) -> Iterable[Record]:
    from ..schema import named_errors

    return read_records(paths, problems, functools.partial(named_errors, name), f"{name} record")


def read(match_paths: Iterable[str] | None, cluster_paths: Iterable[str] | None, problems: list[Problem]) -> Corpus:
    matches: dict[str, list[Record]] = defaultdict(list)
    for m in _read(match_paths or [], "match", problems):
        matches[m["claim_id"]].append(m)
    for found in matches.values():
        found.sort(key=lambda m: m["rank"])
    clusters: dict[str, Record] = {}
    for c in _read(cluster_paths or [], "cluster", problems):
        for member in c["members"]:
            clusters.setdefault(member["claim_id"], c)
    return Corpus(dict(matches), clusters)


CSV_COLUMNS = ("fact_check", "fact_check_verdict", "fact_check_url", "fact_check_score", "fact_check_conflict",
               "cluster_id", "cluster_size", "first_appearance", "first_date")


def csv_cells(corpus: Corpus, claim_id: str) -> list[Any]:
    """The corpus columns of a claim's CSV row: its best match and its cluster."""
    best = (corpus.matches.get(claim_id) or [None])[0]
    item = (best or {}).get("item") or {}
    cluster = corpus.clusters.get(claim_id)
    first = (cluster or {}).get("first") or {}
    return [best and best["item_text"], item.get("verdict"), item.get("url"), best and best["score"],
            best and ";".join(best["conflict"]), cluster and cluster["cluster_id"], cluster and cluster["size"],
            first.get("doc_id"), first.get("date")]
