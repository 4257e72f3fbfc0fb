"""Batch runs: worker processes keep input order; killed runs resume with nothing lost or doubled."""

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PASSAGES = [json.loads(line) for line in (ROOT / "tests" / "data" / "passages.jsonl").read_text().splitlines()]


def corpus(path, copies):
    """A JSONL corpus of the annotated passages, repeated under new ids."""
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(copies):
            for p in PASSAGES:
                fh.write(json.dumps({"id": f"{p['id']}-{n}", "text": p["text"], "copy": n}) + "\n")
    return path


def claims_cmd(*args):
    return [sys.executable, "-m", "claims", "extract", *map(str, args)]


def test_workers_keep_input_order(tmp_path):
    src = corpus(tmp_path / "in.jsonl", 1)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    subprocess.run(claims_cmd(src, "-o", one, "--workers", "1"), check=True, capture_output=True, cwd=ROOT)
    subprocess.run(claims_cmd(src, "-o", two, "--workers", "2"), check=True, capture_output=True, cwd=ROOT)
    assert one.read_bytes() == two.read_bytes()
    ids = [json.loads(line)["doc_id"] for line in one.read_text().splitlines()]
    assert ids == sorted(ids, key=lambda d: int(d[1:3]))
    assert json.loads(one.read_text().splitlines()[0])["meta"] == {"copy": 0}


def _wait_for_progress(ckpt, lines, proc, timeout=120):
    start = time.time()
    while time.time() - start < timeout:
        if ckpt.exists() and ckpt.read_bytes().count(b"\n") >= lines:
            return
        if proc.poll() is not None:
            pytest.fail(f"run ended before it could be interrupted: {proc.stderr.read()}")
        time.sleep(0.05)
    pytest.fail("no progress")


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ref")
    src = corpus(tmp / "in.jsonl", 3)
    out = tmp / "full.jsonl"
    subprocess.run(claims_cmd(src, "-o", out, "--workers", "1"), check=True, capture_output=True, cwd=ROOT)
    return src, out.read_bytes()


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_resume_after_kill(tmp_path, reference, sig):
    src, full = reference
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(claims_cmd(src, "-o", out, "--workers", "1"), cwd=ROOT, stderr=subprocess.PIPE, text=True)
    ckpt = Path(f"{out}.progress")
    _wait_for_progress(ckpt, 20, proc)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert proc.returncode != 0
    done_before = ckpt.read_bytes().count(b"\n")
    assert 20 <= done_before < 3 * len(PASSAGES)
    # what a kill mid-write leaves: half a record line at the end of the output
    with open(out, "ab") as fh:
        fh.write(b'{"schema_version": "1.1", "id": "0123')
    resumed = subprocess.run(claims_cmd(src, "-o", out, "--resume", "--workers", "1"), cwd=ROOT, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == full
    assert f"(resumed after {done_before} done before)" in resumed.stderr.splitlines()[-1]


def test_interrupt_message_says_how_to_resume(tmp_path, reference):
    src, _ = reference
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(claims_cmd(src, "-o", out, "--workers", "1"), cwd=ROOT, stderr=subprocess.PIPE, text=True)
    _wait_for_progress(Path(f"{out}.progress"), 5, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert f"run again with --resume -o {out} to finish" in err


def test_resume_refuses_output_without_checkpoint(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"x": 1}\n')
    proc = subprocess.run(claims_cmd(ROOT / "seeds", "-o", out, "--resume"), cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"claims: error: {out} has records but no checkpoint {out}.progress; cannot tell where the run stopped"


def test_resume_refuses_changed_input(tmp_path, reference):
    src, _ = reference
    out = tmp_path / "out.jsonl"
    subprocess.run(claims_cmd(ROOT / "seeds", "-o", out), cwd=ROOT, check=True, capture_output=True)
    proc = subprocess.run(claims_cmd(src, "-o", out, "--resume"), cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2
    assert "input differs from the interrupted run at document 1 ('ashkenazi-axios'); not resuming" in proc.stderr


def test_resume_refuses_other_settings(tmp_path):
    # a run with the rules alone, resumed with the tagger (or another scope) would mix two kinds
    # of records in one output: refused before anything is cut, and nothing written is touched
    src = tmp_path / "a.txt"
    src.write_text("Officials said the bridge would reopen in May.")
    out = tmp_path / "out.jsonl"
    subprocess.run(claims_cmd(src, "-o", out, "--no-model", "--scope", "speech", "--workers", "1"), cwd=ROOT, check=True, capture_output=True)
    complete = out.read_bytes()
    with out.open("ab") as fh:
        fh.write(b'{"schema_version": "1.')  # as if killed while writing a record past the last checkpoint
    before = out.read_bytes(), (tmp_path / "out.jsonl.progress").read_bytes()
    assert json.loads(before[1].splitlines()[0])["settings"] == {"model": None, "tagger": "none", "min_confidence": None, "scope": "speech"}
    proc = subprocess.run(claims_cmd(src, "-o", out, "--resume", "--scope", "speech"), cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"claims: error: {out} was started with other settings: tagger 'none' (now 'default'); resume with "
                                   "the same settings, or remove the output and its .progress file to start again")
    assert (out.read_bytes(), (tmp_path / "out.jsonl.progress").read_bytes()) == before
    same = subprocess.run(claims_cmd(src, "-o", out, "--resume", "--no-model", "--scope", "speech"), cwd=ROOT, capture_output=True, text=True)
    assert same.returncode == 0, same.stderr
    assert out.read_bytes() == complete  # the unfinished tail cut, nothing left to do: the one document was done


def test_progress_and_quiet(tmp_path):
    src = corpus(tmp_path / "in.jsonl", 1)
    shown = subprocess.run(claims_cmd(src, "-o", tmp_path / "a.jsonl", "--progress", "--workers", "1"), cwd=ROOT, capture_output=True, text=True)
    assert "doc/s" in shown.stderr and "claims=" in shown.stderr
    assert re.fullmatch(rf"claims: {len(PASSAGES)} documents, \d+ claims, 0 failed", shown.stderr.splitlines()[-1])
    quiet = subprocess.run(claims_cmd(src, "-o", tmp_path / "b.jsonl", "--quiet"), cwd=ROOT, capture_output=True, text=True)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_loaded_pipeline_multiplies_with_numpy_and_parses_as_spacy(nlp):
    """pipeline.load gives every trained layer (the parse's and the tagger's) numpy's BLAS in
    place of BLIS; the parse is the one spaCy's own load of the same package gives."""
    import spacy
    from thinc.api import NumpyOps

    layers = [layer for _, pipe in nlp.pipeline if getattr(pipe, "model", None) is not None for layer in pipe.model.walk()]
    layers += list(nlp.get_pipe("claims").tagger.model.walk())
    assert layers and all(type(layer.ops) is NumpyOps and not layer.ops.use_blis for layer in layers)
    stock = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    assert all(layer.ops.use_blis for _, pipe in stock.pipeline if getattr(pipe, "model", None) is not None
               for layer in pipe.model.walk())
    text = ("The mayor of Springfield, Ana Lee, told reporters on Tuesday that the bridge would reopen in May, "
            "although engineers from Halden & Co. warned that the repairs could take longer.")
    ours = nlp(text)
    theirs = stock(text)
    assert [(t.text, t.tag_, t.dep_, t.head.i) for t in ours] == [(t.text, t.tag_, t.dep_, t.head.i) for t in theirs]
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]


@pytest.mark.parametrize("workers", [1, 2, 64])
def test_each_worker_gets_its_share_of_the_cores(workers):
    """A worker process's BLAS runs on cores // workers threads, at least one."""
    import os

    code = ("from threadpoolctl import threadpool_info; from claims.io import batch; "
            f"batch._share_cores({workers}); "
            "print(sorted({i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'}))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT).stdout
    assert json.loads(out) == [max(1, (os.cpu_count() or 1) // workers)]
