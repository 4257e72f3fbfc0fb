"""Peak memory of `claims extract` on a small and a large JSONL input (flat memory check).

usage: python bench/memory.py [--small 1000] [--large 20000] [--workers 1]

Each run is a fresh process; its peak resident set size comes from the kernel (ru_maxrss of
the finished child, and of its worker processes when there are any).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def peak_rss_mib(jsonl: Path, workers: int) -> tuple[float, float]:
    """(peak RSS in MiB, seconds) of one claims run; children counted from a fresh parent."""
    code = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        f"subprocess.run([sys.executable, '-m', 'claims', 'extract', {str(jsonl)!r}, '-o', '/dev/null', '--quiet', '--workers', '{workers}'], check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout.split()
    return float(out[0]), float(out[1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    base = corpus.passages() + [p for a in corpus.articles()[:50] for p in a.split("\n") if len(p) > 200]
    tmp = Path(tempfile.mkdtemp())
    rows = []
    for n in (args.small, args.large):
        path = corpus.write_jsonl(tmp / f"docs-{n}.jsonl", corpus.variations(base, n, seed=n))
        mib, secs = peak_rss_mib(path, args.workers)
        rows.append((n, path.stat().st_size / 2**20, mib, secs))
    print(f"{'documents':>10s} {'input MiB':>10s} {'peak RSS MiB':>13s} {'seconds':>8s}")
    for n, size, mib, secs in rows:
        print(f"{n:10d} {size:10.1f} {mib:13.0f} {secs:8.1f}")
    print(f"peak RSS ratio large/small: {rows[1][2] / rows[0][2]:.2f}  (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
