"""Train the learned tagger on PolNeAR's "train" part; keep the epoch that scores best on
"calib"; write claims/learned/weights/tagger.bin. Then fit the confidence model
(training/calibrate.py). Reproducible: fixed seeds, fixed split (training/polnear.py).

usage: python training/train.py [--epochs N] [--out PATH] [--vectors yes|no|minilm] [--width N] ...
       (python training/prepare.py first: it parses the articles once; --vectors minilm trains
       the accurate tagger, model.ACCURATE_SHAPE, from prepare.py --minilm's vectors)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy
from thinc.api import Adam, fix_random_seed

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from claims.learned.labels import LABELS  # noqa: E402
from claims.learned.model import (ACCURATE_SHAPE, ACCURATE_WEIGHTS, SHAPE, WEIGHTS, accurate_model_config, default_model_config,  # noqa: E402
                                  new_model, spans, viterbi)
from training.prepare import BUILD  # noqa: E402

CHUNK = 256  # tokens a training example (the encoder sees 8 tokens either side)


def load(which: str, vectors: str | None = "parser") -> tuple[list[numpy.ndarray], list[numpy.ndarray]]:
    data = numpy.load(BUILD / f"polnear-{which}.npz")
    all_feats, all_labels = data["feats"], data["labels"]  # each access decompresses anew: once
    if vectors == "minilm":
        all_vectors = numpy.load(BUILD / f"polnear-{which}-minilm.npy").astype("float32")
    else:
        all_vectors = data["vectors"].astype("float32")
    bounds = numpy.cumsum(numpy.concatenate([[0], data["lengths"]]))
    feats = [(all_feats[a:b], all_vectors[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
    labels = [all_labels[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
    return feats, labels


def chunks(feats, labels):
    for f, y in zip(feats, labels):
        for a in range(0, len(y), CHUNK):
            if len(y[a:a + CHUNK]):
                yield (f[0][a:a + CHUNK], f[1][a:a + CHUNK]), y[a:a + CHUNK]


def content_f1(model, feats, labels) -> dict:
    """Content spans decoded from the model against those of the gold labels: overlap and
    exact F1 (one-to-one, greedy, as the corpus scorer matches)."""
    tp_o = tp_e = n_pred = n_gold = 0
    probs = model.predict(feats)
    for p, y in zip(probs, labels):
        pred = [(a, b) for r, a, b in spans(viterbi(p)) if r == "CONTENT"]
        gold = [(a, b) for r, a, b in spans(list(y)) if r == "CONTENT"]
        n_pred += len(pred)
        n_gold += len(gold)
        used = set()
        for a, b in pred:
            k = next((k for k, (c, d) in enumerate(gold) if k not in used and a < d and c < b), None)
            if k is not None:
                used.add(k)
                tp_o += 1
                tp_e += gold[k] == (a, b)
    f = lambda tp: 2 * tp / max(1, n_pred + n_gold)  # noqa: E731
    return {"overlap": f(tp_o), "exact": f(tp_e), "pred": n_pred, "gold": n_gold}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=0.001)
    ap.add_argument("--patience", type=int, default=3, help="stop after this many epochs without a better calib score")
    ap.add_argument("--out", type=Path, help="default: the shipped weights of its kind (model.WEIGHTS or model.ACCURATE_WEIGHTS)")
    ap.add_argument("--vectors", choices=("yes", "no", "minilm"),
                    help="read the parser's vectors (yes) or MiniLM's (minilm: the accurate tagger; prepare.py --minilm first); "
                         "default: as model.SHAPE says")
    ap.add_argument("--window", type=int, help="tokens each side a convolution reads (default: as model.SHAPE says)")
    ap.add_argument("--width", type=int, help="hidden width (default: as model.SHAPE says)")
    ap.add_argument("--depth", type=int, help="convolution layers (default: as model.SHAPE says)")
    ap.add_argument("--dropout", type=float, help="dropout of the embedded input (default: as model.SHAPE says)")
    args = ap.parse_args()
    # a shape other than SHAPE (or ACCURATE_SHAPE) goes in the component's config: [components.claims.model]
    shape = dict(ACCURATE_SHAPE if args.vectors == "minilm" else SHAPE)
    for key in ("width", "depth", "window", "dropout"):
        if getattr(args, key):
            shape[key] = getattr(args, key)
    if args.vectors == "minilm":
        shape["vectors"] = "minilm"
    elif args.vectors:
        shape["vectors"] = args.vectors == "yes"
    if shape != SHAPE and shape != ACCURATE_SHAPE:
        config = (accurate_model_config() if isinstance(shape["vectors"], str) else default_model_config()) | shape
        print(f"a shape of its own: load it with nlp.add_pipe('claims', config={{'model': {config}}})")
    if args.out is None:
        args.out = ACCURATE_WEIGHTS if shape["vectors"] == "minilm" else WEIGHTS
    fix_random_seed(0)
    rng = random.Random(0)
    source = "minilm" if shape["vectors"] == "minilm" else "parser"
    train_x, train_y = load("train", source)
    dev_x, dev_y = load("calib", source)
    data = list(chunks(train_x, train_y))
    model = new_model(**shape)
    model.initialize(X=[x for x, _ in data[:8]])
    # spaCy's defaults, and weights averaged over the updates (what is evaluated and saved)
    optimizer = Adam(args.lr, L2=0.01, L2_is_weight_decay=True, grad_clip=1.0, use_averages=True)
    eye = numpy.eye(len(LABELS), dtype="float32")
    best, best_epoch = -1.0, 0
    for epoch in range(args.epochs):
        t0 = time.time()
        rng.shuffle(data)
        loss = 0.0
        for k in range(0, len(data), args.batch):
            batch = data[k:k + args.batch]
            xs = [x for x, _ in batch]
            ys = [eye[y] for _, y in batch]
            guesses, backprop = model.begin_update(xs)
            n = sum(len(y) for y in ys)
            grads = [(g - y) / n for g, y in zip(guesses, ys)]
            loss += float(sum(((g - y) ** 2).sum() for g, y in zip(guesses, ys)))
            backprop(grads)
            model.finish_update(optimizer)
        with model.use_params(optimizer.averages):
            scores = content_f1(model, dev_x, dev_y)
            saved = model.to_bytes()
        metric = scores["overlap"] + scores["exact"]
        print(f"epoch {epoch + 1}: loss {loss:.0f}, calib content overlap F1 {scores['overlap']:.3f}, "
              f"exact {scores['exact']:.3f} ({scores['pred']} predicted, {scores['gold']} gold), {time.time() - t0:.0f} s", flush=True)
        if metric > best:
            best, best_epoch = metric, epoch
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_bytes(saved)
            print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)", flush=True)
        elif epoch - best_epoch >= args.patience:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
