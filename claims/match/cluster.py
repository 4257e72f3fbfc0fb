"""Groups of a run's claims that carry the same claim: the same quote in many outlets, a
speaker's claim reworded, a claim relayed ("X told Reuters" here, "according to Reuters"
there).

Near-linear in the number of claims: pairs are only compared when a blocking key puts them
together (``candidates``): a MinHash band of their content words (LSH; Broder 1997), or the
same speaker. A candidate pair joins when its similarity (``similarity``: the mean of the
character n-gram and word TF-IDF cosines, or the MiniLM cosine) reaches the threshold and one
text does not negate the other; clusters are the connected groups (single linkage,
union-find). A member whose number or direction differs from the first appearance's is kept
and flagged: that is how a claim changes as it travels. The same functions run on one
machine and, partitioned by blocking key, on Dask (``distributed.cluster_pairs_bag``).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import datetime
from typing import Any, Iterable, Iterator, Sequence

import attrs
import numpy as np

from . import conflict, normal
from .items import Item

BANDS = 24
ROWS = 3  # a pair sharing 40% of its content words is a candidate 0.8 of the time, at 10% 1 in 40
MAX_BUCKET = 50  # a bucket larger than this is a common phrase, not a claim: each member is compared with its next 50 only
THRESHOLD = 0.5
CHUNK = 20_000  # candidate pairs scored at a time
_PRIME = (1 << 61) - 1


def _seeds(n: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(20261202)
    return rng.integers(1, _PRIME, n, dtype=np.int64), rng.integers(0, _PRIME, n, dtype=np.int64)


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=7).digest(), "little")


def signature(words: Iterable[str]) -> np.ndarray | None:
    """The MinHash signature (BANDS x ROWS values) of a set of words; None for no words."""
    hashes = np.fromiter({_word_hash(w) for w in words}, dtype=np.uint64)
    if not hashes.size:
        return None
    a, b = _seeds(BANDS * ROWS)
    # (a*x + b) mod p over uint64, with x below 2^56: the products wrap, which keeps them random
    values = (a.astype(np.uint64)[:, None] * hashes[None, :] + b.astype(np.uint64)[:, None]) % np.uint64(_PRIME)
    return values.min(axis=1)


SPEAKER_ROWS = 2  # a speaker's own bands are looser: a reworded claim of the same speaker shares fewer words


def blocking_keys(item: Item, compared: str) -> list[str]:
    """The keys under which an item is compared with others: one a MinHash band (ROWS values),
    and, when it has a speaker, one a looser band (SPEAKER_ROWS values) within that speaker's
    claims: two claims of one speaker sharing a fifth of their words meet 6 times in 10, and a
    speaker quoted 5,000 times is not compared 5,000 x 5,000 times."""
    keys = []
    sig = signature(normal.words(compared))
    if sig is None:
        return keys
    for band in range(BANDS):
        keys.append(f"b{band}:" + hashlib.blake2b(sig[band * ROWS:(band + 1) * ROWS].tobytes(), digest_size=8).hexdigest())
    speaker = item.fields.get("speaker")
    if speaker:
        who = normal.text(speaker)
        for band in range(len(sig) // SPEAKER_ROWS // 3):
            chunk = sig[band * SPEAKER_ROWS:(band + 1) * SPEAKER_ROWS]
            keys.append(f"s{band}:" + hashlib.blake2b(who.encode() + chunk.tobytes(), digest_size=8).hexdigest())
    return keys


def pairs_in(bucket: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The pairs a bucket of positions proposes (each pair low position first). A bucket past
    MAX_BUCKET proposes each member's MAX_BUCKET neighbours in order only, so a boilerplate
    sentence in 10,000 articles costs 10,000 x MAX_BUCKET, not 10,000 squared."""
    members = sorted(set(bucket))
    for i, a in enumerate(members):
        for b in members[i + 1:i + 1 + MAX_BUCKET]:
            yield a, b


def candidates(keys: Sequence[Sequence[str]]) -> set[tuple[int, int]]:
    buckets: dict[str, list[int]] = defaultdict(list)
    for position, item_keys in enumerate(keys):
        for key in item_keys:
            buckets[key].append(position)
    pairs: set[tuple[int, int]] = set()
    for bucket in buckets.values():
        if len(bucket) > 1:
            pairs.update(pairs_in(bucket))
    return pairs


@attrs.frozen
class Vectors:
    """The rows a pair's similarity is read from: sparse TF-IDF rows (lexical) or dense MiniLM
    rows, each L2-normalised."""

    parts: tuple  # one matrix a part; the similarity is the mean of the parts' cosines
    method: str

    @classmethod
    def build(cls, compared: Sequence[str], method: str = "lexical") -> "Vectors":
        if method == "minilm":
            from . import encoder

            return cls((encoder.encode(compared),), method)
        from sklearn.feature_extraction.text import TfidfVectorizer

        from .lexical import _char_vectorizer, fit

        chars = fit(_char_vectorizer(), compared)
        words = fit(TfidfVectorizer(analyzer=normal.words, sublinear_tf=True, dtype=np.float32), compared)
        return cls((chars, words), method)

    def similarity(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """The similarity of each pair (left[i], right[i]), 0..1."""
        total = np.zeros(len(left), dtype=np.float32)
        for m in self.parts:
            if isinstance(m, np.ndarray):
                total += np.einsum("ij,ij->i", m[left], m[right])
            else:
                total += np.asarray(m[left].multiply(m[right]).sum(axis=1)).ravel()
        return np.clip(total / len(self.parts), 0.0, 1.0)


def joined(vectors: Vectors, pairs: Iterable[tuple[int, int]], threshold: float, chunk: int = 50_000) -> Iterator[tuple[int, int, float]]:
    """The candidate pairs whose similarity reaches the threshold, with it."""
    pairs = list(pairs)
    for start in range(0, len(pairs), chunk):
        block = np.array(pairs[start:start + chunk], dtype=np.int64).reshape(-1, 2)
        sims = vectors.similarity(block[:, 0], block[:, 1])
        for (a, b), s in zip(block.tolist(), sims.tolist()):
            if s >= threshold:
                yield a, b, s


def dense_neighbours(vectors: Vectors, threshold: float, k: int = 10, block: int = 1024) -> set[tuple[int, int]]:
    """For dense vectors, each item's k nearest others above the threshold (exact, in blocks):
    what a reworded claim with few shared words needs, at n squared / block matrix products."""
    matrix = vectors.parts[0]
    pairs: set[tuple[int, int]] = set()
    n = len(matrix)
    for start in range(0, n, block):
        sims = matrix[start:start + block] @ matrix.T
        for row, i in zip(sims, range(start, start + block)):
            row[i] = -1
            top = np.argpartition(-row, min(k, n - 1) - 1)[:k] if n > k else np.arange(n)
            pairs.update((min(i, int(j)), max(i, int(j))) for j in top if row[j] >= threshold)
    return pairs


class _Groups:
    """Union-find over positions."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return [g for g in out.values() if len(g) > 1]


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else parsed.astimezone().replace(tzinfo=None)


def oldest_first(items: Sequence[Item], group: Sequence[int]) -> tuple[list[int], bool]:
    """The group's positions oldest first (by the documents' dates when every member has one,
    else in input order), and whether dates decided."""
    dates = {i: _date(items[i].fields.get("date")) for i in group}
    by_date = all(d is not None for d in dates.values())
    return sorted(group, key=lambda i: (dates[i], items[i].position) if by_date else items[i].position), by_date


def cluster_record(items: Sequence[Item], ordered: Sequence[int], by_date: bool, sims: Sequence[float], method: str, threshold: float) -> dict[str, Any]:
    """One cluster as its schema describes it: members oldest first, each with its similarity
    to the first appearance (sims, in the same order)."""
    group = list(ordered)
    order = list(range(len(group)))
    first = group[0]

    def member(i: int, sim: float) -> dict[str, Any]:
        item = items[group[i]]
        m = {"claim_id": item.id, "doc_id": item.fields.get("doc_id", ""), "text": item.text}
        for key in ("speaker", "chain", "outlet", "date", "url"):
            if item.fields.get(key):
                m[key] = item.fields[key]
        m["score"] = 1.0 if group[i] == first else round(float(sim), 4)
        m["conflict"] = [] if group[i] == first else conflict.conflicts(items[first].text, item.text)
        return m

    listed = [member(i, s) for i, s in zip(order, sims)]
    outlets = list(dict.fromkeys(m["outlet"] for m in listed if m.get("outlet")))
    said: dict[str, str] = {}  # one spelling a speaker: "The health ministry" is "the health ministry"
    for m in listed:
        for name in ([m["speaker"]] if m.get("speaker") else []) + [n for n in (m.get("chain") or "").split(" <- ") if n]:
            said.setdefault(name.casefold(), name)
    speakers = list(said.values())
    ids = sorted(m["claim_id"] for m in listed)
    return {"schema_version": "1.0", "cluster_id": "c-" + hashlib.sha256("\n".join(ids).encode()).hexdigest()[:12],
            "size": len(listed), "method": method, "threshold": threshold, "order": "date" if by_date else "input order",
            "first": listed[0], "members": listed, "documents": len({m["doc_id"] for m in listed}),
            "outlets": outlets, "speakers": speakers}


def compared_texts(items: Sequence[Item]) -> list[str]:
    return [normal.text(i.text) for i in items]


def cluster(items: Sequence[Item], method: str = "lexical", threshold: float = THRESHOLD,
            pairs: Iterable[tuple[int, int, float]] | None = None, vectors: Vectors | None = None) -> Iterator[dict[str, Any]]:
    """The clusters of the items (two members or more), largest first, then by first
    appearance. ``pairs`` (joined pairs computed elsewhere, e.g. on Dask) skips the search;
    ``vectors``, the items' vectors built already (for that search), are not built again."""
    compared = compared_texts(items)
    if vectors is None and items:
        vectors = Vectors.build(compared, method)
    groups = _Groups(len(items))

    def join(a: int, b: int) -> None:
        # "the water is safe" / "the water is not safe": a denial is another claim, not the same
        # one travelling; a changed number or direction is the same claim changed, joined and flagged
        if groups.find(a) != groups.find(b) and not conflict.negates(compared[a], compared[b]):
            groups.join(a, b)

    if pairs is not None:
        for a, b, _ in pairs:
            join(a, b)
    else:
        proposed = candidates([blocking_keys(item, c) for item, c in zip(items, compared)])
        if method == "minilm":
            proposed |= dense_neighbours(vectors, threshold)
        proposed_in_order = sorted(proposed)
        for start in range(0, len(proposed_in_order), CHUNK):
            # a pair already in one group is not scored: the groups are the same, and a claim
            # repeated by many outlets proposes every pair of its copies
            chunk = [(a, b) for a, b in proposed_in_order[start:start + CHUNK] if groups.find(a) != groups.find(b)]
            for a, b, _ in joined(vectors, chunk, threshold):
                join(a, b)
    ordered = [oldest_first(items, g) for g in groups.groups()]
    ordered.sort(key=lambda o: (-len(o[0]), items[o[0][0]].position))  # largest first, then by first appearance
    firsts = np.array([o[0] for o, _ in ordered for _ in o], dtype=np.int64)
    members = np.array([i for o, _ in ordered for i in o], dtype=np.int64)
    sims = vectors.similarity(firsts, members).tolist() if len(members) else []  # one pass for every cluster
    at = 0
    for o, by_date in ordered:
        yield cluster_record(items, o, by_date, sims[at:at + len(o)], method, threshold)
        at += len(o)
