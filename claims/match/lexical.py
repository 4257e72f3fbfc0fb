"""Lexical similarity, on the base install: TF-IDF over character n-grams, Okapi BM25 over
words, and the two fused (the default). Each ``index`` turns the archive into a value whose
``scores`` gives, for a block of queries, one row of scores over every archive item.

Character n-grams (3 to 5, inside word boundaries) see "vaccine" in "vaccines" and survive a
typo; BM25 weighs a rare name ("Guantanamo") above a common word. On CLEF CheckThat! 2020
task 2 their fused ranking beats either alone (docs/accuracy.md).
"""

from __future__ import annotations

from typing import Callable, Sequence

import attrs
import numpy as np

from . import normal

NGRAMS = (3, 5)
BM25_K1 = 1.2
BM25_B = 0.75
FUSED_CHARS = 0.5  # the character ranking's weight in the fused ranking, BM25's being 1


SENTINEL = "zzclaimsemptyvocabularyzz"


def with_titles(claims: Sequence[str], titles: Sequence[str | None] | None) -> list[str]:
    """What the lexical methods index of each archive item: its claim, and its title (a
    fact-check's headline often restates the claim in the words people use) when it has one
    the claim does not already hold."""
    return [f"{c} {t}" if t and t not in c else c for c, t in zip(claims, titles or [None] * len(claims))]


def fit(vectorizer, texts: Sequence[str]):
    """vectorizer.fit_transform(texts) as CSR; texts with no word to count at all (an archive
    of "It is." only) get one sentinel document added for the fit and taken off after, so that
    every score is 0 instead of an error."""
    try:
        return vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # "empty vocabulary"
        return vectorizer.fit_transform([*texts, SENTINEL]).tocsr()[: len(texts)]


def _char_vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=True, lowercase=False, dtype=np.float32)


@attrs.frozen
class CharIndex:
    """Cosine of TF-IDF character n-gram vectors (idf from the archive)."""

    vectorizer: object
    matrix: object  # scipy CSR, one L2-normalised row an item

    name = "tfidf-char"

    @classmethod
    def build(cls, compared: Sequence[str]) -> "CharIndex":
        v = _char_vectorizer()
        return cls(v, fit(v, compared))

    def vectors(self, compared: Sequence[str]):
        return self.vectorizer.transform(compared)

    def scores(self, compared: Sequence[str]) -> np.ndarray:
        return np.asarray((self.vectors(compared) @ self.matrix.T).todense(), dtype=np.float32)


@attrs.frozen
class Bm25Index:
    """Okapi BM25 (k1 1.2, b 0.75; idf log(1 + (N - n + 0.5) / (n + 0.5))) over content words."""

    vocabulary: dict
    weights: object  # scipy CSR: items x words, each entry its BM25 term weight
    idf: np.ndarray
    analyzer: Callable[[str], list[str]] = normal.words

    name = "bm25"

    @classmethod
    def build(cls, compared: Sequence[str], analyzer: Callable[[str], list[str]] = normal.words) -> "Bm25Index":
        from sklearn.feature_extraction.text import CountVectorizer

        counter = CountVectorizer(analyzer=analyzer, dtype=np.float32)
        tf = fit(counter, compared)
        n_items = tf.shape[0]
        df = np.bincount(tf.indices, minlength=tf.shape[1])
        idf = np.log1p((n_items - df + 0.5) / (df + 0.5)).astype(np.float32)
        lengths = np.asarray(tf.sum(axis=1)).ravel()
        norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths / max(lengths.mean(), 1e-9))
        rows = np.repeat(np.arange(n_items), np.diff(tf.indptr))
        data = tf.data * (BM25_K1 + 1) / (tf.data + norm[rows]) * idf[tf.indices]
        weights = tf.copy()
        weights.data = data.astype(np.float32)
        return cls(counter.vocabulary_, weights, idf, analyzer)

    def _queries(self, compared: Sequence[str]) -> tuple[object, np.ndarray]:
        """Each query, analysed once: its words the vocabulary holds (a 0/1 CSR row) and how
        many of its words no item holds."""
        from scipy.sparse import csr_matrix

        rows, cols, missing = [], [], []
        for i, text in enumerate(compared):
            words = set(self.analyzer(text))
            known = {self.vocabulary[w] for w in words if w in self.vocabulary}
            rows.extend([i] * len(known))
            cols.extend(known)
            missing.append(len(words) - len(known))
        matrix = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(compared), len(self.vocabulary)))
        return matrix, np.array(missing, dtype=np.float32)

    def _scores(self, queries) -> np.ndarray:
        return np.asarray((queries @ self.weights.T).todense(), dtype=np.float32)

    def scores(self, compared: Sequence[str]) -> np.ndarray:
        return self._scores(self._queries(compared)[0])

    def ranked(self, compared: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(BM25 scores, to rank by; BM25 over the query's idf mass, at most 1: the share of
        what is rare in the query that an item holds, comparable across queries, and the
        similarity a match record reports). The idf mass of a query is its score against an
        average-length item holding each of its words once; a word no item holds counts as
        the rarest word: it is part of what the query says, and no item says it."""
        queries, missing = self._queries(compared)
        scores = self._scores(queries)
        unseen = self.idf.max(initial=1.0) if len(self.idf) else 1.0
        mass = (np.asarray(queries @ self.idf).reshape(-1) + unseen * missing).reshape(-1, 1)
        return scores, np.minimum(scores / np.maximum(mass, 1e-9), 1.0)


def fused_ranking(parts: Sequence[tuple[np.ndarray, float]], k: int = 60) -> np.ndarray:
    """Reciprocal rank fusion (Cormack et al. 2009): the sum of weight / (k + rank) over the
    parts, each ranked over every item. Ranks, not scores, are fused: a character cosine and a
    BM25 score are not on one scale. (Counting only each part's top 100 loses 0.04 MAP@5 on
    CLEF: a relevant fact-check is often far down the character ranking but not last.)"""
    rows, n = parts[0][0].shape
    fused = np.zeros((rows, n), dtype=np.float32)
    ranks = np.empty((rows, n), dtype=np.float32)
    positions = np.broadcast_to(np.arange(1, n + 1, dtype=np.float32), (rows, n))
    for scores, weight in parts:
        np.put_along_axis(ranks, np.argsort(-scores, axis=1, kind="stable"), positions, axis=1)
        fused += weight / (k + ranks)
    return fused


@attrs.frozen
class FusedIndex:
    """The default: ranked by reciprocal rank fusion of BM25 (weight 1) and the character
    cosine (weight FUSED_CHARS); scored by the mean of the character cosine and BM25 as the
    share of the query's idf mass an item covers (``Bm25Index.ranked``), both in 0..1, so one
    threshold means the same for every query."""

    chars: CharIndex
    bm25: Bm25Index

    name = "lexical"

    @classmethod
    def build(cls, compared: Sequence[str]) -> "FusedIndex":
        return cls(CharIndex.build(compared), Bm25Index.build(compared))

    def ranked(self, compared: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(the ranking scores, the similarities) of a block of queries against every item."""
        chars = self.chars.scores(compared)
        bm25, covered = self.bm25.ranked(compared)
        similarity = 0.5 * chars + 0.5 * covered
        return fused_ranking([(bm25, 1.0), (chars, FUSED_CHARS)]), similarity

    def scores(self, compared: Sequence[str]) -> np.ndarray:
        return self.ranked(compared)[1]
