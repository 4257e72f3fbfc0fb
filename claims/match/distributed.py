"""Clustering past one machine: the pair search partitioned on Dask by blocking key.

Every claim goes to the partitions of its blocking keys (``cluster.blocking_keys``: MinHash
bands and its speaker); each partition proposes the pairs of its buckets and keeps those whose
similarity reaches the threshold; the joined pairs (few: near-linear in the claims) come back
and the groups are made on the client as on one machine. The vectors are fitted once on the
client and shared with the workers (scattered), so a pair scores the same either way.
"""

from __future__ import annotations

from typing import Sequence

from .cluster import Vectors, blocking_keys, compared_texts, joined, pairs_in
from .items import Item


def _bucket_pairs(grouped: list[tuple[str, list[int]]], vectors: Vectors, threshold: float) -> list[tuple[int, int, float]]:
    proposed = set()
    for _, positions in grouped:
        if len(positions) > 1:
            proposed.update(pairs_in(positions))
    return list(joined(vectors, sorted(proposed), threshold))


def joined_pairs_on_dask(items: Sequence[Item], vectors: Vectors, threshold: float, address: str, workers: int = 2,
                         partitions: int | None = None) -> list[tuple[int, int, float]]:
    """The joined pairs of the items, found on a Dask cluster ("local" starts a LocalCluster);
    vectors: the items' (``Vectors.build``), built once on the client."""
    from ..io.dask import client_for

    client = client_for(address, workers)
    try:
        return joined_pairs_bag(items, vectors, threshold, client, partitions or max(2, 2 * workers))
    finally:
        client.close()


def joined_pairs_bag(items: Sequence[Item], vectors: Vectors, threshold: float, client, partitions: int) -> list[tuple[int, int, float]]:
    import dask.bag as db

    compared = compared_texts(items)
    shared = client.scatter(vectors, broadcast=True)
    keyed = db.from_sequence([(key, position) for position, (item, c) in enumerate(zip(items, compared))
                              for key in blocking_keys(item, c)], npartitions=partitions)
    grouped = keyed.groupby(lambda kv: kv[0], npartitions=partitions).map(lambda kv: (kv[0], [p for _, p in kv[1]]))
    found = grouped.map_partitions(_bucket_pairs, shared, threshold).compute()
    best: dict[tuple[int, int], float] = {}
    for a, b, s in found:  # a pair two buckets proposed comes back twice
        best[(a, b)] = s
    return [(a, b, s) for (a, b), s in sorted(best.items())]
