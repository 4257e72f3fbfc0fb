"""The learned part: a token tagger trained on PolNeAR (LREC 2018) that reads each token's word,
its parse and what the rules made of it, and labels content, source and cue (BIO).

``Tagger.attributions`` turns its labels into attributions (content pieces with the cue and
source nearest them) that ``claims.extraction.combine`` merges with the rule engine's claims.
The weights (``weights/tagger.bin``) and the confidence model (``weights/confidence.json``) are
made by ``python training/train.py`` and ``python training/calibrate.py``.
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import Sequence

import attrs
import numpy
from thinc.api import Model

from ..extraction import Ruled
from ..extraction.context import Context
from .features import token_features, token_vectors
from .model import ACCURATE_WEIGHTS, WEIGHTS, load_model, load_weights, spans, vector_source, viterbi, with_numpy_matmul

__all__ = ["Learned", "Tagger"]


@attrs.frozen
class Learned:
    """One attribution as the tagger labelled it: token ranges, end exclusive."""

    content: tuple[tuple[int, int], ...]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    probability: float  # mean probability of the content tokens' labels


class Tagger:
    """The trained model and how its labels become attributions."""

    def __init__(self, model: Model):
        self.model = with_numpy_matmul(model)
        self.vectors = vector_source(model)  # None, "parser" or "minilm"
        if self.vectors == "minilm":
            from . import encoder

            encoder.require()

    @property
    def fit(self) -> str:
        """The name of its confidence fit in weights/confidence.json."""
        return "accurate" if self.vectors == "minilm" else "learned"

    @classmethod
    def from_path(cls, path: Path = WEIGHTS) -> "Tagger":
        return cls(load_model(path))

    @classmethod
    def of(cls, model: Model, path: Path | None = None) -> "Tagger":
        """The tagger on a model built from config (``claims.Tagger.v1``, or v2), with the weights
        at path (by default the shipped ones of its kind: the accurate tagger's for MiniLM vectors)."""
        if path is None:
            path = ACCURATE_WEIGHTS if model.attrs.get("vectors") == "minilm" else WEIGHTS
        return cls(load_weights(model, path.read_bytes(), str(path)))

    def to_bytes(self) -> bytes:
        return self.model.to_bytes()

    def from_bytes(self, data: bytes) -> "Tagger":
        self.model.from_bytes(data)
        return self

    def attributions(self, ruled: Ruled) -> list[Learned]:
        """The attributions of one document, read from what the rules left of it."""
        return self.attributions_of([ruled])[0]

    def attributions_of(self, docs: Sequence[Ruled]) -> list[list[Learned]]:
        """attributions for several documents, the model run once over all of them (what the
        component's pipe() does with a batch)."""
        inputs, at = [], []
        for k, r in enumerate(docs):
            if len(r.ctx.doc):
                # vectors only for a model trained to read them (train.py --vectors yes|minilm)
                vectors = self._vectors(r.ctx.doc)
                inputs.append((token_features(r.ctx, r.mentions, r.frames, r.chosen), vectors))
                at.append(k)
        out: list[list[Learned]] = [[] for _ in docs]
        for k, probs in zip(at, self.model.predict(inputs) if inputs else []):
            out[k] = self._decode(docs[k].ctx, probs)
        return out

    def _vectors(self, doc) -> numpy.ndarray | None:
        if self.vectors == "minilm":
            from . import encoder

            return encoder.token_vectors(doc)
        return token_vectors(doc) if self.vectors else None

    def _decode(self, ctx: Context, probs: numpy.ndarray) -> list[Learned]:
        labels = viterbi(probs)
        found = spans(labels)
        chosen_p = probs[numpy.arange(len(labels)), labels]
        return group(ctx, found, chosen_p)


def group(ctx: Context, found: list[tuple[str, int, int]], label_p: numpy.ndarray) -> list[Learned]:
    """Each content span with the nearest cue in its sentences (and the source nearest that
    cue); contents on either side of one cue in one paragraph ("X," he said, "Y.") are one."""
    contents = [(a, b) for r, a, b in found if r == "CONTENT"]
    cues = _Spans([(a, b) for r, a, b in found if r == "CUE"])
    sources = _Spans([(a, b) for r, a, b in found if r == "SOURCE"])
    groups: list[tuple[tuple[int, int] | None, list[tuple[int, int]]]] = []  # (cue, contents)
    last_of: dict[tuple[int, int], int] = {}  # a cue's latest group
    for a, b in contents:
        cue = _nearest(ctx, (a, b), cues)
        k = last_of.get(cue) if cue is not None else None
        if k is not None and _same_paragraph(ctx, groups[k][1][-1], (a, b)):
            groups[k][1].append((a, b))
            continue
        groups.append((cue, [(a, b)]))
        if cue is not None:
            last_of[cue] = len(groups) - 1
    out = []
    for cue, pieces in groups:
        source = _nearest(ctx, cue if cue is not None else pieces[0], sources)
        if source is not None and cue is not None and _owned_elsewhere(ctx, cue, source, cues):
            source = None
        p = float(numpy.mean(numpy.concatenate([label_p[a:b] for a, b in pieces])))
        out.append(Learned(tuple(pieces), cue, source, p))
    return out


def _owned_elsewhere(ctx: Context, cue: tuple[int, int], source: tuple[int, int], cues: "_Spans") -> bool:
    """Whether a source the tagger marked in a sentence next to its cue's goes with a cue of its
    own sentence instead: in "Among liberals there are concerns about his record. There would be
    concerns about the cost, states said." the states speak for "said", not for the concerns
    before."""
    k_cue, k_src = ctx.sent_index(cue[0]), ctx.sent_index(source[0])
    if k_cue == k_src:
        return False
    return any(ctx.sent_index(a) == k_src for a, _ in cues.beside(source))


class _Spans:
    """Disjoint token spans in text order, with their starts for bisecting."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [a for a, _ in spans]

    def beside(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """The nearest span on each side of span (labels are one a token: none overlaps it)."""
        k = bisect.bisect_left(self.starts, span[0])
        return self.spans[max(0, k - 1):k + 1]


def _nearest(ctx: Context, span: tuple[int, int], others: _Spans) -> tuple[int, int] | None:
    """The span of others nearest span within the sentences span touches and the one on each
    side of them, in the same paragraph, one in span's own sentences first; None if there is
    none. Only the nearest on each side can be it: a further one is further from both."""
    k_lo = ctx.sent_index(span[0])
    k_hi = ctx.sent_index(span[1] - 1)
    lo_sent, hi_sent = ctx.sents[k_lo], ctx.sents[k_hi]
    lo = ctx.sents[max(0, k_lo - 1)].start
    hi = ctx.sents[min(len(ctx.sents) - 1, k_hi + 1)].end
    best, best_d = None, None
    for a, b in others.beside(span):
        if b <= lo or a >= hi or not _same_paragraph(ctx, span, (a, b)):
            continue
        d = a - span[1] if a >= span[1] else (span[0] - b if b <= span[0] else 0)
        # a cue inside its own sentence beats one in the next
        d += 0 if lo_sent.start <= a < hi_sent.end else 1000
        if best_d is None or d < best_d:
            best, best_d = (a, b), d
    return best


def _same_paragraph(ctx: Context, x: tuple[int, int], y: tuple[int, int]) -> bool:
    doc = ctx.doc
    a = min(x[0], y[0])
    b = max(x[1], y[1])
    return not ctx.breaks(doc[a].idx, doc[b - 1].idx)
