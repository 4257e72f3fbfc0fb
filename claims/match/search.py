"""The k best archive items for each claim, by brute force over blocks of claims: one block's
scores against the whole archive are one sparse (or dense) matrix product, so memory stays at
BLOCK x archive size whatever the number of claims.
"""

from __future__ import annotations

from typing import Iterator, Protocol, Sequence

import numpy as np

BLOCK = 256


class Index(Protocol):
    """What search needs of a method: a similarity (0..1) of each query of a block to every
    item; a method whose ranking differs from its similarity (a fusion) also has ``ranked``,
    giving (ranking scores, similarities)."""

    name: str

    def scores(self, compared: Sequence[str]) -> np.ndarray: ...


def _ranked(index: Index, block: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    ranked = getattr(index, "ranked", None)
    if ranked is not None:
        return ranked(block)
    scores = index.scores(block)
    return scores, scores


def top_k(index: Index, compared: Sequence[str], k: int, threshold: float = 0.0) -> Iterator[list[tuple[int, float]]]:
    """For each compared claim, in order, up to k (archive position, similarity) pairs, best
    ranked first, each with a similarity of at least threshold (and above 0). Ties go to the
    earlier archive item."""
    for start in range(0, len(compared), BLOCK):
        ranking, similarity = _ranked(index, compared[start:start + BLOCK])
        n = ranking.shape[1]
        for row, sim in zip(ranking, similarity):
            if n > k:
                part = np.argpartition(-row, k - 1)[:k]
                cut = row[part].min()
                part = np.flatnonzero(row >= cut)  # every item tied at the cut, so ties break by position
            else:
                part = np.arange(n)
            order = part[np.lexsort((part, -row[part]))][:k]
            yield [(int(j), round(float(sim[j]), 4)) for j in order if sim[j] > 0 and sim[j] >= threshold]
