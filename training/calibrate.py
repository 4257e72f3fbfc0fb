"""Fit the confidence model: a logistic regression on each claim's features (which finder found
it, type, cue and speaker kind, the tagger's probability, the rules' hand-set score), on
PolNeAR's "calib" articles (never seen by the tagger): for the rules with the tagger ("learned"),
the rules with the accurate tagger ("accurate", when its weights exist) and the rules alone
("rules"). Writes claims/learned/weights/confidence.json.

A claim counts as right when its content overlaps a gold content of its article.

usage: python training/calibrate.py [--fit learned|accurate|rules ...]
       (--fit refits only those; the others stay as they are in the file)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from training.polnear import articles, gold_by_article, read  # noqa: E402


def rows(nlp, tagger, files, gold) -> tuple[list[dict], list[int]]:
    from claims.extraction import explained_claims

    xs, ys = [], []
    with nlp.select_pipes(disable=["claims"]):
        for path, doc in zip(files, nlp.pipe((read(p) for p in files), batch_size=16)):
            spans = [f for g in gold.get(path.stem, []) for f in g["content_fragments"]]
            for claim, feats in explained_claims(doc, tagger):
                a, b = claim.content.start, claim.content.end
                xs.append(feats)
                ys.append(int(any(a < gb and ga < b for ga, gb in spans)))
    return xs, ys


def fit(xs: list[dict], ys: list[int], n_gold: int) -> dict:
    """The logistic regression, and the default threshold: the one with the best F1 on these
    articles (F1 = 2 right / (kept + gold), right counted as above)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform(xs)
    model = LogisticRegression(C=1.0, max_iter=2000).fit(X, ys)
    p = model.predict_proba(X)[:, 1]
    f1 = {t / 100: 2 * sum(y for y, q in zip(ys, p) if q >= t / 100) / (sum(p >= t / 100) + n_gold) for t in range(0, 65, 5)}
    threshold = max(f1, key=lambda t: (round(f1[t], 3), -t))  # the lowest of the best
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])}
    print("  F1 by threshold: " + ", ".join(f"{t:.2f} {v:.3f}" for t, v in f1.items()), flush=True)
    return {"weights": weights, "intercept": round(float(model.intercept_[0]), 5), "threshold": threshold,
            "claims": len(ys), "right": sum(ys)}


def main() -> int:
    import argparse

    from claims import pipeline
    from claims.extraction.confidence import FITS, read_fits
    from claims.learned import Tagger
    from claims.learned.model import ACCURATE_SHAPE, ACCURATE_WEIGHTS, new_model

    ap = argparse.ArgumentParser()
    ap.add_argument("--fit", choices=("learned", "accurate", "rules"), action="append", help="refit only this (again for more)")
    args = ap.parse_args()
    taggers = {"learned": Tagger.from_path, "rules": lambda: None}
    if ACCURATE_WEIGHTS.is_file():
        taggers["accurate"] = lambda: Tagger.of(new_model(**ACCURATE_SHAPE))
    nlp = pipeline.load(learned=False)
    files = articles("calib")
    gold = gold_by_article()
    fits = read_fits() if args.fit else {}
    for which in args.fit or taggers:
        xs, ys = rows(nlp, taggers[which](), files, gold)
        fits[which] = fit(xs, ys, sum(len(gold.get(p.stem, [])) for p in files))
        print(f"{which}: {len(ys)} claims on {len(files)} calib articles, {sum(ys)} right; "
              f"default threshold {fits[which]['threshold']}", flush=True)
    from claims.lexicon import LEXICON

    fits["lexicon"] = LEXICON.fingerprint  # what the tagger and these fits were trained with (component.py checks it)
    FITS.write_text(json.dumps(fits, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {FITS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
