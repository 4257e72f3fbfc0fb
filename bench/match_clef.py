"""Claim matching on CLEF CheckThat! 2020 task 2 (verified claim retrieval: tweets against
10,375 Snopes fact-checks; Shaar et al. 2020, github.com/sshaar/clef2020-factchecking-task2,
"free for general research use"). Nothing of it is in this repository: fetch the repository,
unzip data/v3.zip and test-input/test-input.zip into one folder, and name it:

    python bench/match_clef.py --data /tmp/clef [--part test|traindev] [--methods lexical,bm25,...]

MAP@k as the task's scorer computes it (trectools: the precision at each relevant item found in
the top k, summed, over the number of relevant items). The archive is shuffled (seed 0) before
indexing: in the file the fact-checks with tweets come first, so ties broken by position
would leak the answer.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time

import numpy
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.match import lexical, normal, search  # noqa: E402
from claims.match.commands import build_index  # noqa: E402

csv.field_size_limit(1 << 24)


def _tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [row for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)][1:]


def load(root: Path, part: str):
    vclaims = _tsv(root / "v3.0" / "verified_claims.docs.tsv")
    # The file lists the fact-checks that have tweets first (v1 and v2 of the data): shuffled
    # with a fixed seed, so that a tie broken by position tells a method nothing.
    random.Random(0).shuffle(vclaims)
    ids = [r[0] for r in vclaims]
    texts = [(r[1], r[2] if len(r) > 2 else None) for r in vclaims]  # (claim, title)
    parts = {"test": [(root / "tweets.queries.tsv", root / "tweet-vclaim-pairs.qrels")],
             "traindev": [(root / "v3.0" / p / "tweets.queries.tsv", root / "v3.0" / p / "tweet-vclaim-pairs.qrels") for p in ("train", "dev")]}[part]
    queries, qrels = [], defaultdict(set)
    for qpath, rpath in parts:
        queries += [(r[0], r[1]) for r in _tsv(qpath)]
        with open(rpath, encoding="utf-8") as fh:
            for line in fh:
                cols = line.split()
                if len(cols) >= 4 and cols[3] == "1":
                    qrels[cols[0]].add(cols[2])
    return ids, texts, queries, qrels


def map_at(ranked: dict[str, list[str]], qrels: dict[str, set[str]], k: int) -> float:
    total = 0.0
    for qid, gold in qrels.items():
        hits, ap = 0, 0.0
        for rank, doc in enumerate(ranked.get(qid, [])[:k], 1):
            if doc in gold:
                hits += 1
                ap += hits / rank
        total += ap / len(gold)
    return total / len(qrels)


def _plain_words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


class _Overlap:
    """Normalised word overlap: Jaccard of the stemmed content-word sets (measured beside the
    others; not a method of claims match)."""

    name = "overlap"

    def __init__(self, texts):
        from sklearn.feature_extraction.text import CountVectorizer

        self.counter = CountVectorizer(analyzer=normal.words, binary=True)
        self.matrix = self.counter.fit_transform(texts).tocsr()
        self.sizes = numpy.asarray(self.matrix.sum(axis=1)).ravel()

    def scores(self, texts):
        q = self.counter.transform(texts).tocsr()
        inter = numpy.asarray((q @ self.matrix.T).todense())
        union = numpy.asarray(q.sum(axis=1)).reshape(-1, 1) + self.sizes.reshape(1, -1) - inter
        return inter / numpy.maximum(union, 1)


def lsh_recall(claims, titles, queries, qrels, ids) -> float:
    """The share of (tweet, right fact-check) pairs that share a MinHash band (claims cluster's
    blocking: 24 bands of 3): what LSH would keep if it blocked matching too."""
    from claims.match.cluster import blocking_keys
    from claims.match.items import Item

    keys = {i: set(blocking_keys(Item(i, t), t)) for i, t in zip(ids, lexical.with_titles(claims, titles))}
    hit = total = 0
    for qid, text in queries:
        mine = set(blocking_keys(Item(qid, text), normal.text(text)))
        for gold in qrels.get(qid, ()):
            total += 1
            hit += bool(mine & keys.get(gold, set()))
    return hit / max(total, 1)


def build(method: str, claims: list[str], titles: list[str | None]):
    """The index claims match builds (claims.match.commands.build_index), or plain BM25."""
    if method == "overlap":
        return _Overlap(lexical.with_titles(claims, titles))
    if method == "bm25-plain":  # the lab's Elasticsearch baseline: lower-cased words, no stemming, no stop list
        return lexical.Bm25Index.build(lexical.with_titles(claims, titles), _plain_words)
    return build_index(method, claims, titles)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--part", choices=("test", "traindev"), default="traindev")
    ap.add_argument("--methods", default="overlap,bm25-plain,bm25,tfidf-char,lexical")
    ap.add_argument("--lsh", action="store_true", help="also: how many right pairs MinHash blocking would keep")
    args = ap.parse_args()
    ids, texts, queries, qrels = load(args.data, args.part)
    claims = [normal.text(c) for c, _ in texts]
    titles = [normal.text(t) if t else None for _, t in texts]
    compared = [normal.text(q) for _, q in queries]
    print(f"CLEF 2020 task 2, {args.part}: {len(queries)} tweets, {len(claims)} fact-checks")
    print("| method | MAP@1 | MAP@3 | MAP@5 | index s | search s |")
    print("|---|---|---|---|---|---|")
    if args.lsh:
        print(f"MinHash blocking (24 bands of 3) keeps {lsh_recall(claims, titles, queries, qrels, ids):.3f} of the right pairs")
    for method in args.methods.split(","):
        t0 = time.perf_counter()
        index = build(method, claims, titles)
        t1 = time.perf_counter()
        ranked = {qid: [ids[j] for j, _ in hits] for (qid, _), hits in zip(queries, search.top_k(index, compared, 5))}
        t2 = time.perf_counter()
        print(f"| {method} | {map_at(ranked, qrels, 1):.3f} | {map_at(ranked, qrels, 3):.3f} | {map_at(ranked, qrels, 5):.3f} | {t1 - t0:.1f} | {t2 - t1:.1f} |", flush=True)


if __name__ == "__main__":
    main()
