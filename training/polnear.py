"""PolNeAR (Newell, Margolin & Ruths, LREC 2018), read from ../shared/eval only: never copied.

The articles are split by article, deterministically, from a hash of the file name:
"train" (70%) fits the tagger, "calib" (10%) fits the confidence model and picks the tagger's
best epoch, "test" (20%) is held out from both and gives every figure in docs/accuracy.md.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SPLIT = EVAL / "polnear-train"
PARTS = ("train", "calib", "test")


def part(stem: str) -> str:
    """Which part an article belongs to: the same answer on every machine and every run."""
    k = int(hashlib.sha1(stem.encode("utf-8")).hexdigest(), 16) % 10
    return "train" if k < 7 else ("calib" if k == 7 else "test")


def articles(which: str | None = None) -> list[Path]:
    files = sorted((SPLIT / "text").glob("*.txt"))
    return [p for p in files if which is None or part(p.stem) == which]


def read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def gold_by_article() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for g in json.loads((SPLIT / "gold.json").read_text()):
        out[Path(g["file"]).stem].append(g)
    return out
