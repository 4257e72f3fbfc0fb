"""Throughput, measured in one run and reported as ratios.

usage: python bench/throughput.py [--docs 2000] [--workers N]

On the same corpus (bench/corpus.py: seeds, PolNeAR articles when present, variations):
  bare      nlp.pipe with the same model and components, nothing else (spaCy as loaded: BLIS)
  bare/np   the same, its layers multiplying with numpy's BLAS as claims loads them
            (pipeline.numpy_matmul): the same parse, the like-for-like base of the component's cost
  textacy   the same parse plus textacy's direct_quotations
  claims/1  claims' batch path on one process (parse, rules and the learned tagger, validate,
            serialise): the default
  rules/1   the same with --no-model: the rules alone
  accurate/1  the same with --accurate (MiniLM token vectors; only with the [match] extra)
  claims/N  the default on N worker processes (default: all cores)
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--model")
    args = ap.parse_args()

    import spacy
    from threadpoolctl import threadpool_limits
    from textacy.extract.triples import direct_quotations

    from claims import pipeline
    from claims.io import batch, writer as output
    from claims.io.reader import Document

    texts = corpus.variations(corpus.articles(), args.docs)
    chars = sum(map(len, texts))
    from claims.match.encoder import available

    settings = {"claims": pipeline.Settings(model=args.model), "rules": pipeline.Settings(model=args.model, learned=False)}
    if available():
        settings["accurate"] = pipeline.Settings(model=args.model, accurate=True)
    models = {name: s.load() for name, s in settings.items()}
    nlp = models["claims"]
    bare = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"]) if not args.model else spacy.load(args.model)
    bare_np = pipeline.numpy_matmul(spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"]) if not args.model else spacy.load(args.model))
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, spaCy {spacy.__version__}")
    print(f"corpus: {len(texts)} documents, {chars / len(texts):.0f} characters each on average")
    print(f"model: {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}; bare components {bare.pipe_names}")

    def run_bare(part):
        for _ in bare.pipe(part, batch_size=batch.BATCH):
            pass

    def run_bare_np(part):
        for _ in bare_np.pipe(part, batch_size=batch.BATCH):
            pass

    def run_textacy(part):
        for doc in bare.pipe(part, batch_size=batch.BATCH):
            try:
                list(direct_quotations(doc))
            except ValueError:
                pass  # unbalanced quote marks: textacy gives up on the document

    def run_claims(part, workers: int, which: str = "claims"):
        docs = (Document(f"d{i}", t) for i, t in enumerate(part))
        writer = output.Writer(io.BytesIO())
        for outcome in batch.run(docs, models[which], workers=workers, settings=settings[which]):
            writer.write(outcome)

    # The one-process runs take turns on slices of the corpus, each going first once, so that
    # a drift in the machine's speed during the run (heat, other load) falls on all of them alike.
    runs = {"bare": run_bare, "bare/np": run_bare_np, "textacy": run_textacy, "claims/1": lambda part: run_claims(part, 1),
            "rules/1": lambda part: run_claims(part, 1, "rules")}
    if "accurate" in models:
        runs["accurate/1"] = lambda part: run_claims(part, 1, "accurate")
    totals = dict.fromkeys(runs, 0.0)
    slices = [texts[i::4] for i in range(4)]
    order = list(runs)
    # each pipeline once on a few documents before any timing: the first call of a freshly loaded
    # pipeline loads tables and warms caches, and would be charged to whichever run goes first
    for name in order:
        runs[name](texts[:8])
    # a one-process run is one core: numpy's BLAS would otherwise start a thread on each
    with threadpool_limits(1, user_api="blas"):
        for k, part in enumerate(slices):
            for name in order[k:] + order[:k]:
                totals[name] += timed(lambda: runs[name](part))
    t_bare, t_textacy, t_one, t_rules = totals["bare"], totals["textacy"], totals["claims/1"], totals["rules/1"]
    t_all = timed(lambda: run_claims(texts, args.workers))
    n = len(texts)
    print(f"\n{'run':12s} {'seconds':>8s} {'docs/s':>8s}")
    for label, t in (*totals.items(), (f"claims/{args.workers}", t_all)):
        print(f"{label:12s} {t:8.1f} {n / t:8.2f}")
    print("\nratios (docs/s over docs/s):")
    print(f"  claims/1 vs bare parse:      {t_bare / t_one:.3f}   (rules and tagger; target >= 0.75)")
    print(f"  claims/1 vs bare/np parse:   {totals['bare/np'] / t_one:.3f}   (the same matrix products: the component's own cost)")
    print(f"  bare/np vs bare parse:       {t_bare / totals['bare/np']:.3f}   (numpy's BLAS for BLIS: the same parse)")
    print(f"  rules/1 vs bare parse:       {t_bare / t_rules:.3f}   (--no-model; target >= 0.93)")
    if "accurate/1" in totals:
        print(f"  accurate/1 vs bare parse:    {t_bare / totals['accurate/1']:.3f}   (--accurate, opt-in: no target)")
    print(f"  textacy vs bare parse:       {t_bare / t_textacy:.3f}")
    print(f"  claims/{args.workers} vs claims/1:         {t_one / t_all:.3f}   (target >= 1.7 on 2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
