"""How long the review of a 1,000-article batch takes to build and to load in headless Chromium.

usage: python bench/review_load.py [--docs 1000]

The batch: article-sized documents made of a seed article and one of the passages of
tests/data, repeated under other ids until there are --docs documents. Prints the time to extract, to build the site, and, in
Chromium (Debian's chromium + chromedriver), the time from navigation to a usable index
(table drawn, filters filled), to a filter applied, and to a document page.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    args = ap.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    passages = [json.loads(line)["text"] for line in (ROOT / "tests/data/passages.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    # article-sized documents: a seed article with one of our passages added as a paragraph
    texts = [seeds[i % len(seeds)].rstrip("\n") + "\n" + passages[i % len(passages)] for i in range(len(seeds) * len(passages))]
    work = Path(tempfile.mkdtemp())
    batch = work / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as fh:
        for i in range(args.docs):
            fh.write(json.dumps({"id": f"doc-{i:05d}", "text": texts[i % len(texts)], "headline": f"Article {i}"}) + "\n")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "claims", "extract", str(batch), "-o", str(work / "run.jsonl"), "--quiet"], check=True)
    t1 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "claims", "review", str(work / "run.jsonl"), "--docs", str(batch), "-o", str(work / "site"), "--quiet"], check=True)
    t2 = time.perf_counter()
    claims = sum(1 for _ in (work / "run.jsonl").open(encoding="utf-8"))
    size = sum(p.stat().st_size for p in (work / "site").rglob("*.html"))
    print(f"batch: {args.docs} documents, {claims} claims; extract {t1 - t0:.1f} s, review build {t2 - t1:.1f} s, site {size / 1e6:.1f} MB")

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", f"--user-data-dir={work / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    ready = "return document.body.dataset.ready === '1'"
    try:
        loads = []
        for _ in range(3):
            start = time.perf_counter()
            driver.get((work / "site" / "index.html").as_uri())
            WebDriverWait(driver, 60).until(lambda d: d.execute_script(ready))
            loads.append(time.perf_counter() - start)
        box = driver.find_element(By.ID, "f-speaker")
        start = time.perf_counter()
        box.send_keys("Ruiz")
        WebDriverWait(driver, 60).until(lambda d: "of" in d.find_element(By.ID, "count").text)
        filtered = time.perf_counter() - start
        start = time.perf_counter()
        driver.get((work / "site" / "docs" / "00001.html").as_uri())
        WebDriverWait(driver, 60).until(lambda d: d.execute_script(ready))
        page = time.perf_counter() - start
    finally:
        driver.quit()
    print(f"index load (navigation to usable table), 3 loads: {', '.join(f'{t:.2f}' for t in loads)} s; median {sorted(loads)[1]:.2f} s")
    print(f"typing a speaker filter (4 keystrokes, 4 refilters): {filtered:.2f} s; a document page: {page:.2f} s")
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
