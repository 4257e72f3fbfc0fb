"""What the learned tagger sees of each token: its own word and parse, and what the rules made
of it.

One row per token, one column per feature, each a 64-bit hash (spaCy's string hashes) that the
model's hash embeddings read. The rule columns let the model learn where the rules are right
and where PolNeAR's annotators draw other boundaries or see claims the rules miss.
"""

from __future__ import annotations

from typing import Sequence

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, NORM, ORTH, POS, PREFIX, SHAPE, SUFFIX, TAG
from spacy.symbols import AUX, VERB
from spacy.strings import get_string_id

from ..breaks import has_break
from ..extraction.choose import Chosen
from ..extraction.confidence import cue_class
from ..extraction.context import Context
from ..extraction.cues import Frame
from ..extraction.mentions import Mentions

LEXICAL = (NORM, PREFIX, SUFFIX, SHAPE, TAG, DEP)
_PARSE = (LEMMA, DEP, POS, HEAD, ORTH)  # what token_features reads of the parse, as one array
_VERBAL = frozenset({VERB, AUX})
NAMES = ("norm", "prefix", "suffix", "shape", "tag", "dep", "head", "governor", "cue_class", "quote", "rule", "frame", "position",
         "cue_path", "cue_side")
_BUCKETS = (1, 2, 3, 5, 8, 13, 21)
WIDTH = len(NAMES)

TENSOR = 96  # the width of en_core_web_sm's shared tok2vec output (doc.tensor)
VECTOR_WIDTHS = {"parser": TENSOR, "minilm": 384}  # what a tagger may read beside the features (encoder.WIDTH)


def token_vectors(doc) -> numpy.ndarray:
    """The parser's own contextual vectors (doc.tensor, set by the pipeline's tok2vec), or
    zeros when the pipeline leaves none of that width (another --model)."""
    t = doc.tensor
    if getattr(t, "shape", None) == (len(doc), TENSOR):
        return numpy.asarray(t, dtype="float32")
    return numpy.zeros((len(doc), TENSOR), dtype="float32")


def token_features(ctx: Context, mentions: Mentions, frames: Sequence[Frame], chosen: Sequence[Chosen]) -> numpy.ndarray:
    """An (n_tokens, WIDTH) uint64 array: the features of every token of ctx.doc."""
    doc = ctx.doc
    n = len(doc)
    out = numpy.zeros((n, WIDTH), dtype="uint64")
    if n == 0:
        return out
    out[:, : len(LEXICAL)] = doc.to_array(LEXICAL).reshape(n, len(LEXICAL))
    rule = ["O"] * n
    for ch in chosen:
        _mark_rule(ctx, mentions, ch, rule)
    frame = ["-"] * n
    for f in frames:
        for k, i in enumerate(f.cue):
            frame[i] = f"{'B' if k == 0 else 'I'}-{f.kind}"
        if f.speaker is not None:
            frame[f.speaker] = frame[f.speaker] if frame[f.speaker] != "-" else "speaker"
    starts = set(s.start for s in ctx.sents)
    # the parse as plain lists, read from arrays: a visit of each token would make a Token object
    strings = doc.vocab.strings
    parse = doc.to_array(_PARSE)
    text_of: dict[int, str] = {}
    lemma = [text_of.get(x) or text_of.setdefault(x, strings[x]) for x in parse[:, 0].tolist()]
    dep = [text_of.get(x) or text_of.setdefault(x, strings[x]) for x in parse[:, 1].tolist()]
    verbal = [x in _VERBAL for x in parse[:, 2].tolist()]
    head = (parse[:, 3].astype("int64") + numpy.arange(n)).tolist()
    broken: dict[int, bool] = {}
    line_before = [False] + [broken[x] if x in broken else broken.setdefault(x, has_break(strings[x]))
                             for x in parse[:-1, 4].tolist()]
    class_of: dict[str, str] = {}
    classes = [class_of.get(x) or class_of.setdefault(x, cue_class(ctx.lexicon, x)) for x in lemma]
    side = _cue_sides(ctx, classes)
    ids: dict[str, int] = {}
    extra = out[:, len(LEXICAL):]
    for i in range(n):
        g, hops = i, 0
        while not verbal[g] and head[g] != g and hops < 6:
            g = head[g]
            hops += 1
        quote = "in" if i in ctx.inside else ("mark" if i in ctx.quoted else "out")
        position = "start" if i in starts else ("line" if line_before[i] else "-")
        h = head[i]
        row = (f"{lemma[h]}|{dep[h]}", lemma[g], classes[i], quote, rule[i], frame[i], position,
               _cue_path(i, head, dep, lemma, classes), side[i])
        extra[i] = [ids.get(v) or ids.setdefault(v, get_string_id(v)) for v in row]
    return out


def _cue_path(i: int, head: list[int], dep: list[str], lemma: list[str], classes: list[str]) -> str:
    """The nearest ancestor that is a cue word, with the branch the token hangs from:
    "say|ccomp" for a word of the reported clause, "say|nsubj" for one of its subject."""
    branch = "self"
    node = i
    for _ in range(12):
        if classes[node] != "-":
            return f"{lemma[node]}|{branch}"
        if head[node] == node:
            return f"root|{branch}"
        branch = dep[node]
        node = head[node]
    return "far"


def _cue_sides(ctx: Context, classes: list[str]) -> list[str]:
    """For each token, where the nearest cue word of its sentence lies: side and distance."""
    out = ["none"] * len(classes)
    for s in ctx.sents:
        cues = [i for i in range(s.start, s.end) if classes[i] != "-"]
        if not cues:
            continue
        k = 0
        for i in range(s.start, s.end):
            while k + 1 < len(cues) and abs(cues[k + 1] - i) <= abs(cues[k] - i):
                k += 1
            d = cues[k] - i
            bucket = next((b for b in _BUCKETS if abs(d) <= b), "far")
            out[i] = f"{'R' if d > 0 else ('L' if d < 0 else 'at')}{bucket}"
    return out


def _mark_rule(ctx: Context, mentions: Mentions, ch: Chosen, rule: list[str]) -> None:
    """The rule claim's content, cue and speaker on its tokens (labels carry its type)."""
    doc = ctx.doc
    first = True
    for a, b in ch.pieces:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            rule[t.i] = f"{'B' if first else 'I'}-content-{ch.type}"
            first = False
    f = ch.candidate.frame
    for k, i in enumerate(f.cue):
        rule[i] = f"{'B' if k == 0 else 'I'}-cue-{f.kind}"
    if f.speaker is not None:
        lo, hi = mentions.nps.bounds(doc[f.speaker])
        for i in range(lo, hi):
            if rule[i] == "O":
                rule[i] = f"{'B' if i == lo else 'I'}-speaker"
