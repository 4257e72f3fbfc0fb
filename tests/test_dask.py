"""Dask: a LocalCluster of 2 workers gives the same records as one machine."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
PASSAGES = [json.loads(line) for line in (ROOT / "tests" / "data" / "passages.jsonl").read_text().splitlines()]
DOCS = [{"id": p["id"], "text": p["text"], "source": "passages"} for p in PASSAGES]


@pytest.fixture(scope="module")
def single_machine(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("single")
    src = tmp / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS))
    out = tmp / "out.jsonl"
    subprocess.run([sys.executable, "-m", "claims", "extract", str(src), "-o", str(out), "--workers", "1"], check=True, capture_output=True, cwd=ROOT)
    return src, [json.loads(line) for line in out.read_text().splitlines()]


def _key(r):
    return (r["doc_id"], r["content"]["start"], r["id"])


def test_cli_on_local_cluster_matches_single_machine(tmp_path, single_machine):
    src, expected = single_machine
    out = tmp_path / "dask.jsonl"
    proc = subprocess.run([sys.executable, "-m", "claims", "extract", str(src), "-o", str(out), "--dask", "local", "--workers", "2"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    # the cluster's own start-up and shutdown chatter never reaches the user: only our lines
    assert [line for line in proc.stderr.splitlines() if not line.startswith("claims: ")] == [], proc.stderr
    got = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(got, key=_key) == sorted(expected, key=_key)
    parts = tmp_path / "parts"
    proc = subprocess.run([sys.executable, "-m", "claims", "extract", str(src), "-o", f"{parts}/", "--dask", "local", "--workers", "2"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in sorted(parts.iterdir())] == ["part-00000.jsonl"]
    got = [json.loads(line) for p in sorted(parts.iterdir()) for line in p.read_text().splitlines()]
    assert sorted(got, key=_key) == sorted(expected, key=_key)


def test_bag_api(single_machine):
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from claims.io.dask import extract_bag

    _, expected = single_machine
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster):
        records = extract_bag(db.from_sequence(DOCS, npartitions=4)).compute()
    # documents handed over as dicts come from no file: their records name no source
    expected = [{k: v for k, v in r.items() if k != "source"} for r in expected]
    assert sorted(records, key=_key) == sorted(expected, key=_key)
    assert all(r["meta"] == {"source": "passages"} for r in records)
