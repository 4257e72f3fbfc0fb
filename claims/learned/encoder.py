"""Contextual token vectors from all-MiniLM-L6-v2 (the ``[match]`` extra), for the opt-in
accurate tagger: each spaCy token gets the mean of its WordPiece pieces' hidden states after the
model's second layer of six (``LAYER``; the model cut there at load, a third of its cost: the
tagger trained on them scores as it did on the last layer's, docs/accuracy.md, session 43).

The document is cut into windows of whole sentences of at most ``WINDOW`` pieces (a sentence
longer than that is cut at a token start), each window run as one sequence of the model, so a
piece sees its own sentence and its neighbours, never another document. Tokens with no piece
(whitespace) get zeros. Nothing is fetched: the model file and vocabulary are the match extra's.
"""

from __future__ import annotations

import functools
from typing import Sequence

import numpy

WIDTH = 384  # the model's hidden size
WINDOW = 254  # pieces a window, [CLS] and [SEP] aside (the model was trained on 256)
BATCH = 16  # windows a forward pass
LAYER = 2  # the layers the tagger reads through
# the tensor after that layer in the model file (match.encoder.MODEL_SHA256): each layer ends in
# two layer norms, after the embeddings' own ("layer_norm")
LAYER_OUTPUT = f"layer_norm_{2 * LAYER}"


@functools.cache
def _tokenizer():
    """A WordPiece tokenizer of the match model's vocabulary with no truncation or padding: one
    pass over a whole document, cut into windows here."""
    from tokenizers import BertWordPieceTokenizer

    from ..match.encoder import VOCAB

    return BertWordPieceTokenizer(str(VOCAB), lowercase=True, clean_text=True, handle_chinese_chars=True, strip_accents=None)


@functools.cache
def _session():
    """The match extra's model cut after LAYER layers, on onnxruntime (``onnx`` cuts it in memory)."""
    from ..match.encoder import Unavailable, model_path, session_options

    path = model_path()
    try:
        import onnx
        from onnx.utils import Extractor
    except ImportError as exc:
        raise Unavailable(f"extract --accurate needs the match extra: pip install 'news-claims[match]' ({exc.name} is missing)") from None
    import onnxruntime

    cut = Extractor(onnx.load(str(path))).extract_model(["input_ids", "attention_mask", "token_type_ids"], [LAYER_OUTPUT])
    return onnxruntime.InferenceSession(cut.SerializeToString(), sess_options=session_options(), providers=["CPUExecutionProvider"])


def require() -> None:
    """Raise claims.match.encoder.Unavailable, saying what to install, when the extra is missing."""
    _session()


def windows(piece_starts: numpy.ndarray, token_starts: set[int], sent_starts: Sequence[int]) -> list[tuple[int, int]]:
    """(first, end) piece ranges of at most WINDOW pieces, cut at the start of a sentence where
    one falls in the window's second half, else at the start of a token, else anywhere."""
    n = len(piece_starts)
    sent = set(sent_starts)
    out = []
    a = 0
    while a < n:
        b = min(n, a + WINDOW)
        if b < n:
            cut = next((k for k in range(b, a + WINDOW // 2, -1) if piece_starts[k] in sent), None)
            if cut is None:
                cut = next((k for k in range(b, a, -1) if piece_starts[k] in token_starts), b)
            b = cut
        out.append((a, b))
        a = b
    return out


def token_vectors(doc) -> numpy.ndarray:
    """An (n_tokens, WIDTH) float32 array: each token's mean piece vector."""
    n = len(doc)
    out = numpy.zeros((n, WIDTH), dtype="float32")
    if n == 0:
        return out
    enc = _tokenizer().encode(doc.text, add_special_tokens=False)
    if not enc.ids:
        return out
    ids = numpy.array(enc.ids, dtype="int64")
    offsets = numpy.array(enc.offsets, dtype="int64").reshape(-1, 2)
    # the token each piece belongs to: the token whose characters hold the piece's first one
    starts = numpy.array([t.idx for t in doc], dtype="int64")
    owner = numpy.searchsorted(starts, offsets[:, 0], side="right") - 1
    token_starts = {int(offsets[k, 0]) for k in range(len(ids)) if k == 0 or owner[k] != owner[k - 1]}
    spans = windows(offsets[:, 0], token_starts, [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0])
    hidden = numpy.zeros((len(ids), WIDTH), dtype="float32")
    session = _session()
    cls, sep = _tokenizer().token_to_id("[CLS]"), _tokenizer().token_to_id("[SEP]")
    order = sorted(range(len(spans)), key=lambda k: spans[k][1] - spans[k][0])
    for g in range(0, len(order), BATCH):
        group = [spans[k] for k in order[g:g + BATCH]]
        width = max(b - a for a, b in group) + 2
        batch = numpy.zeros((len(group), width), dtype="int64")
        mask = numpy.zeros_like(batch)
        for r, (a, b) in enumerate(group):
            batch[r, 0], batch[r, 1:b - a + 1], batch[r, b - a + 1] = cls, ids[a:b], sep
            mask[r, :b - a + 2] = 1
        states = session.run(None, {"input_ids": batch, "attention_mask": mask, "token_type_ids": numpy.zeros_like(batch)})[0]
        for r, (a, b) in enumerate(group):
            hidden[a:b] = states[r, 1:b - a + 1]
    sums = numpy.zeros((n, WIDTH), dtype="float32")
    numpy.add.at(sums, owner, hidden)
    counts = numpy.bincount(owner, minlength=n).astype("float32")
    nonzero = counts > 0
    out[nonzero] = sums[nonzero] / counts[nonzero, None]
    return out
