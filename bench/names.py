"""Speaker names: how often a claim's `speaker.name` is the person or body the text means.

usage: python bench/names.py [--no-model | --accurate] [--show] [--set PATH]

PolNeAR scores a speaker by its mention's offsets ("he" is right where the annotators marked
"he"), so no corpus scorer here sees whether "he" was resolved to the right name. This set is
our own: `tests/data/names.jsonl`, short passages written for the project (none from a corpus),
each with the claims whose speaker is a pronoun, a description ("the newspaper", "the former
president", "the 45-year-old"), a surname or a name set off from its cue, and the name a reader
gives that speaker. A claim is looked up by a piece of its content; it is "found" when a
record's content holds that piece, and "named" when that record's `speaker.name` is the name
expected (exactly, as written in the passage). Printed: found and named out of expected, and
with --show each miss.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "data" / "names.jsonl"


def contents(record: dict) -> list[str]:
    return [record["content"]["text"], *(f["text"] for f in record["content"].get("fragments", []))]


def judge(passages: list[dict], found: list[list[dict]]) -> list[tuple[str, dict, dict | None]]:
    """(id, expected, the record holding its content or None) for every expected claim."""
    out = []
    for p, records in zip(passages, found):
        for want in p["expect"]:
            record = next((r for r in records if any(want["content"] in c for c in contents(r))), None)
            out.append((p["id"], want, record))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-model", action="store_true", help="the rules alone")
    ap.add_argument("--accurate", action="store_true", help="the accurate tagger (the [match] extra)")
    ap.add_argument("--show", action="store_true", help="print each claim not found or named otherwise")
    ap.add_argument("--set", type=Path, default=SET, help="passages of the same form (default: tests/data/names.jsonl); "
                    "write a new batch here and measure it before changing the resolver")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from claims import pipeline
    from claims.records import to_json

    passages = [json.loads(line) for line in args.set.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = pipeline.load(learned=not args.no_model, accurate=args.accurate)
    found = [[to_json(c, p["id"]) for c in claims] for p, claims in zip(passages, pipeline.pipe_claims(nlp, [p["text"] for p in passages]))]
    rows = judge(passages, found)
    n_found = sum(r is not None for _, _, r in rows)
    named = [(pid, want, r) for pid, want, r in rows if r is not None and (r["speaker"] or {}).get("name") == want["name"]]
    print(f"names: {len(rows)} expected claims in {len(passages)} passages; found {n_found}; "
          f"named right {len(named)} ({len(named) / len(rows):.1%} of expected, {len(named) / max(1, n_found):.1%} of found)")
    if args.show:
        for pid, want, r in rows:
            if r is None:
                print(f"  {pid} not found: {want['content']!r} (want {want['name']!r})")
            elif (r["speaker"] or {}).get("name") != want["name"]:
                s = r["speaker"] or {}
                print(f"  {pid} {want['content']!r}: {s.get('text')!r} -> {s.get('name')!r}, want {want['name']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
