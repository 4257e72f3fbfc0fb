"""Speech-only accuracy: a development set built from PolNeAR (read from ../shared/eval, never
copied here) the way a quote benchmark counts quotes.

usage: python bench/speech.py [--part test|calib|train|all] [--scope speech|all|...] [--no-model | --accurate]

Gold: every PolNeAR attribution whose cue is speech or writing (the lexicon's class of any word
of the cue, lemmatized by the model, or of the cue's words as written: "according to") and every
direct or mixed one; each of its content fragments
is a quote of its own (quote benchmarks split a quote at an inserted cue and at paragraph
breaks). Predicted: each content fragment of each record (with --scope, as `claims extract
--scope` keeps them). A gold quote is found when one predicted fragment covers more than 30% of
its characters; each fragment finds at most one gold quote (the largest overlap first).
Speaker right: the record's speaker mention shares a character with the gold source (quotes
whose gold source is missing are left out of speaker accuracy).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "polnear-train"
COVER = 0.30


def gold_quotes(nlp, gold: list[dict], lexicon) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """(fragment, source span or None) for every fragment of every speech or quoted attribution."""
    out = []
    cues = list(nlp.pipe((g["cue_text"] or "" for g in gold), disable=["parser", "ner", "claims", "claims_paragraphs"]))
    for g, cue in zip(gold, cues):
        lemmas = [t.lemma_.lower() for t in cue]
        # a phrase cue is keyed by its words as written ("according to", whose lemmas are
        # "accord to"), a verb by its lemma
        words = " ".join(t.lower_ for t in cue)
        classes = {lexicon.claim_class(lemma) for lemma in lemmas} | {lexicon.claim_class(" ".join(lemmas)), lexicon.claim_class(words)}
        if g["type"] in ("direct", "mixed") or classes & {"speech", "writing"}:
            source = (g["source_start"], g["source_end"]) if not g["source_missing"] and g["source_start"] is not None else None
            for a, b in g["content_fragments"] or [[g["content_start"], g["content_end"]]]:
                if b > a:
                    out.append(((a, b), source))
    return out


def match(gold, predicted) -> tuple[int, int, int]:
    """(found, with a gold source, speaker right) for one article; predicted: (fragment,
    speaker span or None) pairs."""
    pairs = []
    for gi, ((ga, gb), _) in enumerate(gold):
        for pi, ((pa, pb), _) in enumerate(predicted):
            overlap = min(gb, pb) - max(ga, pa)
            if overlap > 0 and overlap / (gb - ga) > COVER:
                pairs.append((overlap, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, matched = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
    with_source = [(gi, pi) for gi, pi in matched if gold[gi][1] is not None]
    right = sum(1 for gi, pi in with_source if predicted[pi][1] is not None
                and min(gold[gi][1][1], predicted[pi][1][1]) > max(gold[gi][1][0], predicted[pi][1][0]))
    return len(matched), len(with_source), right


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="test", choices=("test", "calib", "train", "all"))
    ap.add_argument("--scope", action="append", help="scopes to score (repeatable); default: all and speech")
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--accurate", action="store_true", help="the accurate tagger (MiniLM token vectors; the [match] extra)")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}; nothing to measure", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT))
    from claims import pipeline, scope as scopes
    from claims.lexicon import LEXICON
    from training.polnear import articles, gold_by_article, read

    nlp = pipeline.load(learned=not args.no_model, accurate=args.accurate)
    files = articles(None if args.part == "all" else args.part)
    by_article = gold_by_article()
    texts = [read(p) for p in files]
    found = pipeline.pipe_claims(nlp, texts)
    gold_all = {p.stem: gold_quotes(nlp, by_article.get(p.stem, []), LEXICON) for p in files}
    setting = "rules alone" if args.no_model else ("rules and accurate tagger" if args.accurate else "rules and tagger")
    print(f"articles: {args.part} ({len(files)}); {setting}")
    for name in args.scope or ["all", "speech"]:
        kept = scopes.parse(name)
        n_gold = n_pred = n_found = n_source = n_right = 0
        for p, claims in zip(files, found):
            gold = gold_all[p.stem]
            predicted = [((f.start, f.end), (c.speaker.start, c.speaker.end) if c.speaker is not None else None)
                         for c in claims if scopes.keeps(kept, c.type, c.claim_class) for f in (c.fragments or (c.content,))]
            hit, source, right = match(gold, predicted)
            n_gold, n_pred, n_found, n_source, n_right = n_gold + len(gold), n_pred + len(predicted), n_found + hit, n_source + source, n_right + right
        prec, rec = n_found / max(1, n_pred), n_found / max(1, n_gold)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"scope {name:8s} gold {n_gold:5d} predicted {n_pred:5d} found {n_found:5d}  "
              f"P {100 * prec:.1f}  R {100 * rec:.1f}  F1 {100 * f1:.1f}  speaker {100 * n_right / max(1, n_source):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
