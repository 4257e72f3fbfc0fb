"""The learned tagger: hashed token features -> a convolutional encoder -> one BIO label a token.

A thinc model of the kind spaCy's own tok2vec is built from (HashEmbed, Maxout, the
MaxoutWindowEncoder), sized to run beside the parse on a CPU. Its weights ship in
``claims/learned/weights/`` and are made by ``python training/train.py``.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import spacy
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from thinc.api import Dropout, HashEmbed, Maxout, Model, NumpyOps, Softmax, chain, concatenate, with_array

from .features import NAMES, TENSOR, VECTOR_WIDTHS
from .labels import LABELS

WEIGHTS = Path(__file__).resolve().parent / "weights" / "tagger.bin"
# rows of each feature's hash table, in features.NAMES order
ROWS = {"norm": 5000, "prefix": 1000, "suffix": 2500, "shape": 1000, "tag": 200, "dep": 200, "head": 5000,
        "governor": 2000, "cue_class": 20, "quote": 8, "rule": 64, "frame": 64, "position": 8, "cue_path": 3000,
        "cue_side": 32}
# the shape the shipped weights were trained with: the default of the component's [model] block
SHAPE = {"embed": 32, "width": 64, "depth": 4, "window": 1, "pieces": 2, "dropout": 0.2, "vectors": False}
ARCHITECTURE = "claims.Tagger.v1"
# the opt-in accurate tagger (--accurate): the same tagger reading MiniLM's contextual token
# vectors beside the hashed features; its weights ship beside the default's
ACCURATE_ARCHITECTURE = "claims.Tagger.v2"
ACCURATE_SHAPE = {**SHAPE, "width": 96, "window": 3, "vectors": "minilm"}
ACCURATE_WEIGHTS = WEIGHTS.with_name("tagger-accurate.bin")


def default_model_config() -> dict:
    """The component's default ``model`` config: the registered architecture and the shape the
    shipped weights were trained with (``claims.learned.model.SHAPE``)."""
    return {"@architectures": ARCHITECTURE, **SHAPE}


def accurate_model_config() -> dict:
    """The ``model`` config of the accurate tagger (``ACCURATE_WEIGHTS``)."""
    return {"@architectures": ACCURATE_ARCHITECTURE, **ACCURATE_SHAPE}


@spacy.registry.architectures(ARCHITECTURE)
def build_model(embed: int, width: int, depth: int, window: int, pieces: int, dropout: float, vectors: bool) -> Model:
    """List of (features, vectors) pairs -- (n_tokens, len(NAMES)) uint64 hashes and the parser's
    (n_tokens, TENSOR) vectors -- -> list of (n_tokens, len(LABELS)) probabilities."""
    return _build(embed, width, depth, window, pieces, dropout, TENSOR if vectors else 0)


@spacy.registry.architectures(ACCURATE_ARCHITECTURE)
def build_model_v2(embed: int, width: int, depth: int, window: int, pieces: int, dropout: float, vectors: str) -> Model:
    """As claims.Tagger.v1, with the token vectors named: "none", "parser" (doc.tensor) or
    "minilm" (claims.learned.encoder, the [match] extra). The name is kept in the model's attrs."""
    if vectors not in ("none", *VECTOR_WIDTHS):
        raise ValueError(f"vectors must be 'none', {', '.join(repr(v) for v in VECTOR_WIDTHS)}; not {vectors!r}")
    model = _build(embed, width, depth, window, pieces, dropout, VECTOR_WIDTHS.get(vectors, 0))
    model.attrs["vectors"] = vectors
    return model


def _build(embed: int, width: int, depth: int, window: int, pieces: int, dropout: float, vector_width: int) -> Model:
    tables = with_array(concatenate(*[HashEmbed(embed, ROWS[name], column=k, seed=k + 1, dropout=0.0) for k, name in enumerate(NAMES)]))
    embedding = chain(with_vectors(tables, bool(vector_width)), with_array(chain(
        Dropout(dropout), Maxout(width, embed * len(NAMES) + vector_width, nP=pieces, normalize=True, dropout=0.0))))
    encoder = MaxoutWindowEncoder(width=width, window_size=window, maxout_pieces=pieces, depth=depth)
    return chain(embedding, encoder, with_array(Softmax(len(LABELS), width)))


def vector_source(model: Model) -> str | None:
    """Which token vectors a model reads: "parser", "minilm" or None."""
    named = model.attrs.get("vectors")
    if named is not None:
        return None if named == "none" else named
    return "parser" if reads_vectors(model) else None


def reads_vectors(model: Model) -> bool:
    """Whether an initialised model was built to read the parser's vectors: its first Maxout
    takes more than the hashed features. Read from the model, not stored in its attrs, which
    are serialised: the weights' bytes stay as trained."""
    embed = next(layer for layer in model.walk() if layer.name == "hashembed").get_dim("nO")
    maxout = next(layer for layer in model.walk() if layer.name == "maxout")
    return maxout.get_dim("nI") > embed * len(NAMES)


def shape_of(model: Model) -> dict:
    """What can be read of an initialised model's shape, for messages."""
    dims = {}
    for layer in model.walk():
        if layer.name == "hashembed" and "embed" not in dims:
            dims["embed"] = layer.get_dim("nO") if layer.has_dim("nO") else None
        if layer.name == "maxout" and "width" not in dims:
            dims["width"] = layer.get_dim("nO") if layer.has_dim("nO") else None
    return dims


def with_vectors(tables: Model, vectors: bool) -> Model:
    """Embed the hashed features and, if vectors, put the parser's vectors beside them (no
    gradient goes back into the parser: its vectors are read, not tuned)."""

    def forward(model: Model, X, is_train: bool):
        embedded, backprop_tables = tables([x for x, _ in X], is_train)
        out = [model.ops.xp.hstack((e, v)) for e, (_, v) in zip(embedded, X)] if vectors else embedded

        def backprop(dY):
            backprop_tables([d[:, : e.shape[1]] for d, e in zip(dY, embedded)])
            return X

        return out, backprop

    def init(model: Model, X=None, Y=None) -> None:
        tables.initialize(X=[x for x, _ in X] if X is not None else None)

    return Model("with_vectors", forward, init=init, layers=[tables])


def new_model(**shape) -> Model:
    """An untrained model of the given shape (SHAPE's values where none is given); vectors
    named by a string ("minilm") make a claims.Tagger.v2 model."""
    shape = {**SHAPE, **shape}
    return build_model_v2(**shape) if isinstance(shape["vectors"], str) else build_model(**shape)


class ShapeMismatch(ValueError):
    """Weights trained for another shape than the model's config."""


def load_weights(model: Model, data: bytes, where: str = "the tagger's weights") -> Model:
    """The model initialised and given the weights; weights of another shape are one clear error."""
    width = VECTOR_WIDTHS.get(model.attrs.get("vectors"), TENSOR)
    model.initialize(X=[(numpy.zeros((2, len(NAMES)), dtype="uint64"), numpy.zeros((2, width), dtype="float32"))])
    try:
        return model.from_bytes(data)
    except (ValueError, KeyError) as exc:
        raise ShapeMismatch(f"{where} do not fit the model's shape {shape_of(model)}: the [components.claims.model] "
                            f"block must name the shape they were trained with ({type(exc).__name__}: {exc})") from None


def with_numpy_matmul(model: Model) -> Model:
    """model, its layers multiplying matrices with numpy's BLAS instead of BLIS (thinc's default
    on the CPU): the same results, about three times faster on this project's machine for the
    shapes of the tagger and of en_core_web_sm's layers (bench/throughput.py). Models on other ops
    (a GPU's, Apple's) are left as they are."""
    if type(model.ops) is not NumpyOps or not model.ops.use_blis:
        return model
    ops = NumpyOps(use_blis=False)
    for layer in model.walk():
        if type(layer.ops) is NumpyOps:
            layer.ops = ops
    return model


def load_model(path: Path = WEIGHTS, **shape) -> Model:
    return load_weights(new_model(**shape), path.read_bytes(), str(path))


# --- decoding ----------------------------------------------------------------------------------

# an I-X may follow only its B-X or another I-X; anything else may follow anything
_INSIDE = {k: LABELS.index("B-" + label[2:]) for k, label in enumerate(LABELS) if label.startswith("I-")}
_NEG = -1e9


def viterbi(probs: numpy.ndarray) -> list[int]:
    """The most probable label sequence in which every I-X follows a B-X or an I-X.

    Plain Python over lists: with seven labels and these constraints a step is one max and a
    comparison per I- label, several times faster than numpy on 7x7 arrays."""
    n = len(probs)
    if n == 0:
        return []
    logp = numpy.log(numpy.clip(probs, 1e-9, 1.0)).tolist()
    labels = range(len(LABELS))
    score = [_NEG if k in _INSIDE else logp[0][k] for k in labels]
    back: list[list[int]] = [[0] * len(LABELS)]
    for i in range(1, n):
        best = max(labels, key=score.__getitem__)
        row = [best] * len(LABELS)
        nxt = [score[best] + x for x in logp[i]]
        for k, b in _INSIDE.items():
            prev = b if score[b] >= score[k] else k
            row[k] = prev
            nxt[k] = score[prev] + logp[i][k]
        back.append(row)
        score = nxt
    out = [max(labels, key=score.__getitem__)]
    for i in range(n - 1, 0, -1):
        out.append(back[i][out[-1]])
    return out[::-1]


def spans(labels: list[int]) -> list[tuple[str, int, int]]:
    """(role, start, end) token runs: a B-X and the I-X after it."""
    out: list[tuple[str, int, int]] = []
    for i, k in enumerate(labels):
        label = LABELS[k]
        if label == "O":
            continue
        role = label[2:]
        if label.startswith("I-") and out and out[-1][0] == role and out[-1][2] == i:
            out[-1] = (role, out[-1][1], i + 1)
        else:
            out.append((role, i, i + 1))
    return out
