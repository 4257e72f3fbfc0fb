"""Benchmark corpora, built at run time: real news-like text and variations of it.

Sources: the two seed articles, the annotated passages under tests/data, and the PolNeAR
articles from ../shared/eval when present (read there, never copied). Variations shuffle
an article's paragraphs and join paragraphs of two articles, so that no two documents are
the same text.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-train" / "text"


def articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if POLNEAR.is_dir():
        texts += [open(p, encoding="utf-8", newline="").read() for p in sorted(POLNEAR.glob("*.txt"))]
    return texts


def passages() -> list[str]:
    lines = (ROOT / "tests" / "data" / "passages.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def variations(base: list[str], n: int, seed: int = 0) -> list[str]:
    """n documents: the base texts first, then paragraph shuffles and splices of them."""
    rng = random.Random(seed)
    out = list(base[:n])
    while len(out) < n:
        a, b = rng.choice(base), rng.choice(base)
        paras = [p for p in a.split("\n") if p.strip()]
        rng.shuffle(paras)
        more = [p for p in b.split("\n") if p.strip()][: max(1, len(paras) // 3)]
        out.append("\n".join(paras + more))
    return out


def write_jsonl(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            fh.write(json.dumps({"id": f"d{i:06d}", "text": t}) + "\n")
    return path
