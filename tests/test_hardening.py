"""What a batch meets that nobody planned for: every case ends in records or one clear line."""

import codecs
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).parent.parent
GOOD = "Transport Minister Karl Weber said the new rail line would open in March."


def claims_cmd(*args):
    return [sys.executable, "-m", "claims", *map(str, args)]


def run(*args, **kw):
    kw.setdefault("capture_output", True)
    kw.setdefault("text", True)
    return subprocess.run(claims_cmd(*args), cwd=ROOT, **kw)


def one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("claims: error: ")]
    assert len(errors) == 1, stderr
    return errors[0]


def jsonl(path, *docs):
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_output_that_is_an_input_is_refused_before_anything_is_written(tmp_path):
    src = jsonl(tmp_path / "docs.jsonl", {"id": "a", "text": GOOD})
    before = src.read_bytes()
    link = tmp_path / "link.jsonl"
    link.symlink_to(src)
    for out in (src, link, tmp_path / "." / "docs.jsonl"):
        proc = run("extract", src, "-o", out)
        assert proc.returncode == 2
        assert one_line_error(proc.stderr) == f"claims: error: {out}: the output would overwrite the input {src}; choose another -o"
        assert src.read_bytes() == before
    story = tmp_path / "texts" / "story.txt"
    story.parent.mkdir()
    story.write_text(GOOD, encoding="utf-8")
    proc = run("extract", story.parent, "-o", story)  # a file inside an input directory counts too
    assert proc.returncode == 2 and story.read_text(encoding="utf-8") == GOOD


def test_ids_with_control_characters_cannot_forge_lines(tmp_path):
    evil = "x\nclaims: error: forged\x1b[2J\u202e"
    src = jsonl(tmp_path / "docs.jsonl", {"id": evil, "text": ""}, {"id": "ok", "text": GOOD})
    proc = run("extract", src, "-o", tmp_path / "out.jsonl")
    assert proc.returncode == 1
    line = one_line_error(proc.stderr)
    assert line == "claims: error: x\\nclaims: error: forged\\x1b[2J\\u202e: empty document (no text)"
    assert "\x1b" not in proc.stderr and "\u202e" not in proc.stderr


@pytest.mark.parametrize("setup, expected", [
    (lambda t: (t / "out.jsonl.progress").mkdir(), "out.jsonl.progress: cannot write there: Is a directory"),
    (lambda t: (t / "file").write_text("x"), "file/out.jsonl: cannot write there: Not a directory"),
])
def test_unwritable_outputs_are_one_line(tmp_path, setup, expected):
    setup(tmp_path)
    out = tmp_path / ("file/out.jsonl" if "file/" in expected else "out.jsonl")
    proc = run("extract", ROOT / "seeds", "-o", out)
    assert proc.returncode == 2
    assert one_line_error(proc.stderr).endswith(expected)
    assert not (tmp_path / "out.jsonl").exists()  # the output is not truncated or created first


def test_full_disk_keeps_what_was_written_and_the_checkpoint(tmp_path):
    src = jsonl(tmp_path / "docs.jsonl", *({"id": f"d{i}", "text": GOOD} for i in range(40)))
    out = tmp_path / "out.jsonl"

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (6000, 6000))

    proc = subprocess.run(claims_cmd("extract", src, "-o", out, "--workers", "1"), cwd=ROOT, capture_output=True, text=True, preexec_fn=small_disk)
    assert proc.returncode == 1
    assert "writing failed after" in one_line_error(proc.stderr) and "File too large" in proc.stderr
    resumed = run("extract", src, "-o", out, "--resume", "--workers", "1")
    assert resumed.returncode == 0, resumed.stderr
    ids = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"d{i}" for i in range(40)]


def test_closed_stdout_is_one_line(tmp_path):
    src = jsonl(tmp_path / "docs.jsonl", *({"id": f"d{i}", "text": GOOD} for i in range(60)))
    proc = subprocess.Popen(claims_cmd("extract", src, "--workers", "1"), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert proc.returncode == 1
    assert "stdout was closed after" in one_line_error(err)


def test_ctrl_c_with_workers_is_one_line_and_resumable(tmp_path):
    src = jsonl(tmp_path / "docs.jsonl", *({"id": f"d{i}", "text": GOOD + f" Item {i}."} for i in range(400)))
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(claims_cmd("extract", src, "-o", out, "--workers", "2"), cwd=ROOT, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    ckpt = Path(f"{out}.progress")
    deadline = time.time() + 120
    while time.time() < deadline and not (ckpt.exists() and ckpt.read_bytes().count(b"\n") >= 20):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "ForkPoolWorker" not in err and "Traceback" not in err
    assert one_line_error(err).endswith(f"run again with --resume -o {out} to finish")
    resumed = run("extract", src, "-o", out, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 400


def test_workers_go_with_a_killed_parent(tmp_path):
    src = jsonl(tmp_path / "docs.jsonl", *({"id": f"d{i}", "text": GOOD} for i in range(400)))
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(claims_cmd("extract", src, "-o", out, "--workers", "2"), cwd=ROOT, stderr=subprocess.PIPE, text=True)
    ckpt = Path(f"{out}.progress")
    deadline = time.time() + 120
    while time.time() < deadline and not (ckpt.exists() and ckpt.read_bytes().count(b"\n") >= 20):
        time.sleep(0.05)
    proc.kill()
    _, err = proc.communicate(timeout=30)  # returns only once the workers, holding stderr too, are gone
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_resume_remembers_failures(tmp_path):
    src = jsonl(tmp_path / "docs.jsonl", {"id": "a", "text": GOOD}, {"id": "empty", "text": " "})
    out = tmp_path / "out.jsonl"
    assert run("extract", src, "-o", out).returncode == 1
    again = run("extract", src, "-o", out, "--resume")  # the failed one is tried again, and fails again
    assert again.returncode == 1
    assert one_line_error(again.stderr) == "claims: error: empty: empty document (no text)"
    assert again.stderr.splitlines()[-1] == "claims: 0 documents, 0 claims, 1 failed (resumed after 1 done before)"


def test_stdin_jsonl_keeps_unicode_line_separators_inside_strings():
    text = GOOD + "\u2028Second line.\x85\x0c"
    doc = json.dumps({"id": "u", "text": text}, ensure_ascii=False)
    proc = run("extract", "-", input=doc + "\n")
    assert proc.returncode == 0, proc.stderr
    [record] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["doc_id"] == "u" and record["source"] == "stdin:1"


def test_piped_stdin_without_dash_is_read():
    proc = run("extract", input=GOOD)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["doc_id"] for line in proc.stdout.splitlines()] == ["stdin"]


def test_jsonl_suffixes_any_case(tmp_path):
    for name in ("a.JSONL", "b.ndjson"):
        jsonl(tmp_path / name, {"id": name, "text": GOOD})
    proc = run("extract", tmp_path / "a.JSONL", tmp_path / "b.ndjson")
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["doc_id"] for line in proc.stdout.splitlines()] == ["a.JSONL", "b.ndjson"]


@pytest.mark.parametrize("n", ["0", "-3", "two"])
def test_workers_must_be_positive(n):
    proc = run("extract", "--workers", n)
    assert proc.returncode == 2 and "--workers" in proc.stderr and "Traceback" not in proc.stderr


def test_empty_jsonl_is_an_error(tmp_path):
    (tmp_path / "e.jsonl").write_text("\n\n")
    proc = run("extract", tmp_path / "e.jsonl")
    assert proc.returncode == 1
    assert one_line_error(proc.stderr) == f"claims: error: {tmp_path / 'e.jsonl'}: no documents in {tmp_path / 'e.jsonl'} (an empty JSONL file)"


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    proc = run("extract", path)
    assert proc.returncode == 0, proc.stderr
    [record] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["content"]["text"] == "the new rail line would open in March"


def test_messages_name_json_types_plainly(tmp_path):
    src = tmp_path / "d.jsonl"
    src.write_text('null\n{"id": "n", "text": 5}\n', encoding="utf-8")
    err = run("extract", src).stderr
    assert "line 1 is null, not an object with id and text" in err
    assert "'text' on line 2 of" in err and "is a number, not a string" in err
    assert "1 documents" not in run("extract", ROOT / "seeds" / "ashkenazi-axios.txt").stderr


def test_duplicate_ids_are_made_unique_and_sources_kept(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "story.txt").write_text(GOOD, encoding="utf-8")
    proc = run("extract", tmp_path / "a", tmp_path / "b")
    assert proc.returncode == 0
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["doc_id"], r["source"]) for r in records] == [("story", str(tmp_path / "a" / "story.txt")), ("story~2", str(tmp_path / "b" / "story.txt"))]
    assert len({r["id"] for r in records}) == 2
    assert f"claims: warning: story: the id is used more than once; the one from {tmp_path / 'b' / 'story.txt'} is story~2" in proc.stderr


def test_lone_surrogate_is_named(tmp_path):
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": "s", "text": "He said \\ud800 it."}\n', encoding="utf-8")
    proc = run("extract", src)
    assert one_line_error(proc.stderr) == "claims: error: s: text holds a lone surrogate (U+D800) at character 8: not Unicode text"


def test_validate_checks_offsets_and_survives_bad_bytes(tmp_path):
    out = tmp_path / "out.jsonl"
    assert run("extract", ROOT / "seeds", "-o", out).returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["content"]["start"] += 1
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes((json.dumps(record) + "\n").encode() + b"\xff\xfe not utf-8\n" + (lines[1] + "\n").encode())
    plain = run("validate", broken)
    assert plain.returncode == 1 and "Traceback" not in plain.stderr
    assert f"{broken}:2: not UTF-8" in plain.stdout and f"{broken}:1" not in plain.stdout  # no text given: offsets unchecked
    checked = run("validate", broken, "--docs", ROOT / "seeds")
    assert f"{broken}:1: content: text" in checked.stdout and f"{broken}:3" not in checked.stdout
    assert checked.stderr.strip() == "claims: 3 records and their offsets checked, 2 invalid"
    assert run("validate", out, "--docs", ROOT / "seeds").returncode == 0


def test_ids_stay_unique_across_many_documents_in_8_bytes_each():
    from claims.io.reader import Document, SeenIds, unique_ids

    seen = SeenIds(batch=16)  # small batches: many merges of the sorted levels
    ids = [f"wire-{k}" for k in range(5000)]
    for doc_id in ids:
        seen.add(doc_id)
    assert all(doc_id in seen for doc_id in ids) and "wire-5000" not in seen and "wire-" not in seen
    assert sum(len(level) for level in seen._levels) + len(seen._recent) == 5000
    assert all(level.dtype.itemsize == 8 for level in seen._levels) and len(seen._levels) < 12

    warnings = []
    docs = [Document(doc_id, "x") for doc_id in ["a", "b", "a", "a~2", "a", "b"] + ids]
    out = [d.doc_id for d in unique_ids(docs, warnings.append)]
    assert out[:6] == ["a", "b", "a~2", "a~2~2", "a~3", "b~2"] and len(set(out)) == len(out) == len(docs)
    assert warnings[0] == "a: the id is used more than once; the one from the input is a~2" and len(warnings) == 4
