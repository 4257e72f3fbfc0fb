"""Nothing a user types loses data: every case a hostile but fair user met, at the command line
where they met it. Outputs that are inputs are refused before anything is opened; one bad line
is one bad document; every message is one line naming the document or line."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).parent.parent
GOOD = "Transport Minister Karl Weber said the new rail line would open in March."
OTHER = "The mayor said the bridge would close for repairs."


def run(*args, **kw):
    kw.setdefault("capture_output", True)
    kw.setdefault("text", True)
    kw.setdefault("cwd", ROOT)
    return subprocess.run([sys.executable, "-m", "claims", *map(str, args)], **kw)


def errors(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return [line for line in stderr.splitlines() if line.startswith("claims: error: ")]


def jsonl(path, *docs):
    path.write_text("".join((d if isinstance(d, str) else json.dumps(d)) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def run_file(tmp_path_factory):
    """A real run of two documents (rules alone), made once."""
    tmp = tmp_path_factory.mktemp("run")
    src = jsonl(tmp / "docs.jsonl", {"id": "a", "text": GOOD}, {"id": "b", "text": OTHER})
    out = tmp / "run.jsonl"
    proc = run("extract", src, "-o", out, "--no-model", "--workers", 1)
    assert proc.returncode == 0, proc.stderr
    return out, src


# --- data destroyed --------------------------------------------------------------------------

def test_extract_into_the_folder_holding_its_input_part_is_refused(tmp_path, run_file):
    parts = tmp_path / "parts"
    parts.mkdir()
    part = parts / "part-00000.jsonl"
    part.write_bytes(run_file[1].read_bytes())
    before = part.read_bytes()
    proc = run("extract", part, "-o", f"{parts}/")
    assert proc.returncode == 2
    assert errors(proc.stderr) == [f"claims: error: {parts}/: the output directory holds the input {part}; choose another -o"]
    assert part.read_bytes() == before and sorted(p.name for p in parts.iterdir()) == ["part-00000.jsonl"]


def test_stdin_that_is_the_output_file_is_refused(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(GOOD, encoding="utf-8")
    with src.open("rb") as stdin:
        proc = run("extract", "-o", src, stdin=stdin)
    assert proc.returncode == 2
    assert errors(proc.stderr) == [f"claims: error: {src}: the output would overwrite the input standard input; choose another -o"]
    assert src.read_text(encoding="utf-8") == GOOD


@pytest.mark.parametrize("command", [["export"], ["export", "--format", "jsonld"], ["speakers"], ["speakers", "--format", "json"]])
def test_desk_output_onto_the_run_is_refused(tmp_path, run_file, command):
    run_path = tmp_path / "run.jsonl"
    run_path.write_bytes(run_file[0].read_bytes())
    before = run_path.read_bytes()
    (tmp_path / "link.jsonl").symlink_to(run_path)
    (tmp_path / "sub").mkdir()
    for out in (run_path, tmp_path / "link.jsonl", tmp_path / "sub" / ".." / "run.jsonl"):
        proc = run(command[0], run_path, *command[1:], "-o", out)
        assert proc.returncode == 2
        assert errors(proc.stderr) == [f"claims: error: {out}: the output would overwrite the input {run_path}; choose another -o"]
        assert run_path.read_bytes() == before


def test_review_into_a_folder_holding_its_inputs_is_refused(tmp_path, run_file):
    site = tmp_path / "site"
    site.mkdir()
    run_path = site / "run.jsonl"
    run_path.write_bytes(run_file[0].read_bytes())
    proc = run("review", run_path, "-o", site)
    assert proc.returncode == 2
    assert errors(proc.stderr) == [f"claims: error: {site}: the output directory holds the input {run_path}; choose another -o"]
    docs = tmp_path / "texts"
    docs.mkdir()
    (docs / "a.txt").write_text(GOOD, encoding="utf-8")
    proc = run("review", run_file[0], "--docs", docs, "-o", tmp_path)  # holds --docs
    assert proc.returncode == 2 and "holds the input" in errors(proc.stderr)[0]
    assert sorted(p.name for p in site.iterdir()) == ["run.jsonl"] and not (tmp_path / "index.html").exists()


def test_output_that_would_be_read_back_from_an_input_directory_is_refused(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(GOOD, encoding="utf-8")
    proc = run("extract", docs, "-o", docs / "out.txt")
    assert proc.returncode == 2
    assert errors(proc.stderr) == [f"claims: error: {docs / 'out.txt'}: the output lies in the input directory {docs} "
                                   "and would be read back as a document; choose another -o"]
    assert sorted(p.name for p in docs.iterdir()) == ["a.txt"]


def test_a_second_run_onto_the_same_output_is_refused(tmp_path):
    from claims.io.outputs import Lock

    src = jsonl(tmp_path / "docs.jsonl", {"id": "a", "text": GOOD})
    out = tmp_path / "out.jsonl"
    out.write_text("records of the first run\n", encoding="utf-8")
    lock = Lock(str(out))  # what the first run holds while it writes
    try:
        for args in (["extract", src, "-o", out], ["extract", src, "-o", out, "--resume"]):
            proc = run(*args)
            assert proc.returncode == 2
            assert errors(proc.stderr) == [f"claims: error: {out}: another claims run is writing there; wait for it to finish or choose another -o"]
        assert out.read_text(encoding="utf-8") == "records of the first run\n"
        assert not Path(f"{out}.progress").exists()
    finally:
        lock.release()
    with pytest.raises(Exception, match="another claims run"):  # a desk export onto a file being written
        Lock(str(out)), Lock(str(out))


# --- one bad line never stops a run -----------------------------------------------------------

HOSTILE_LINES = [
    '{"id": "huge", "text": "x", "n": ' + "9" * 5000 + "}",
    '{"id": "deep", "text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}",
    '{"id": "a\\udc00", "text": "The mayor said the bridge would open."}',
    '{"id": "nan", "text": "The mayor said the bridge would open.", "score": NaN}',
    '{"id": "inf", "text": "The mayor said the bridge would open.", "score": 1e999}',
    '{"id": [1, 2], "text": "The mayor said the bridge would open."}',
    '{"id": 7, "text": "' + GOOD + '"}',
]


def test_hostile_json_lines_are_one_bad_document_each(tmp_path):
    src = jsonl(tmp_path / "docs.jsonl", *HOSTILE_LINES, {"id": "ok", "text": OTHER})
    out = tmp_path / "out.jsonl"
    proc = run("extract", src, "-o", out, "--no-model", "--workers", 1)
    assert proc.returncode == 1
    assert errors(proc.stderr) == [
        f"claims: error: {src}:1: line 1 is not JSON we read: a number has more than 4300 digits",
        f"claims: error: {src}:2: line 2 is not JSON we read: arrays or objects nested more than 200 deep",
        f"claims: error: a\\udc00: 'id' on line 3 of {src} holds a lone surrogate (U+DC00): not Unicode text",
        f"claims: error: {src}:4: line 4 is not JSON we read: NaN is not a JSON value",
        f"claims: error: {src}:5: line 5 is not JSON we read: the number 1e999 is too large for a 64-bit float",
        f"claims: error: {src}:6: 'id' on line 6 of {src} is an array; give a string or a whole number",
    ]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["speaker"]["name"]) for r in records] == [("7", "Karl Weber"), ("ok", "The mayor")]
    assert proc.stderr.splitlines()[-1] == "claims: 2 documents, 2 claims, 6 failed"
    # the same lines as a run: validate and every desk command name each line and go on
    bad_run = tmp_path / "bad-run.jsonl"
    bad_run.write_text("\n".join(HOSTILE_LINES[:2] + [HOSTILE_LINES[3]] + out.read_text(encoding="utf-8").splitlines()) + "\n", encoding="utf-8")
    proc = run("validate", bad_run)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stdout.splitlines() == [f"{bad_run}:1: not JSON we read: a number has more than 4300 digits",
                                        f"{bad_run}:2: not JSON we read: arrays or objects nested more than 200 deep",
                                        f"{bad_run}:3: not JSON we read: NaN is not a JSON value"]
    for command in (["export"], ["speakers", "--format", "json"], ["chains"]):
        proc = run(*command, bad_run)
        assert proc.returncode == 1
        assert [e.split(": ", 3)[2] for e in errors(proc.stderr)] == [f"{bad_run}:1", f"{bad_run}:2", f"{bad_run}:3"]
        assert proc.stderr.splitlines()[-1] == "claims: 2 records used; 3 bad lines skipped"
        assert "Karl Weber" in proc.stdout or command == ["export"] and "Karl Weber" in proc.stdout


def test_file_names_that_are_not_utf8_become_escaped_ids(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run("extract", tmp_path / name, "-o", out, "--no-model", "--workers", 1)
    assert proc.returncode == 0, proc.stderr
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["doc_id"] == "caf\\xe9" and record["source"] == f"{tmp_path}/caf\\xe9.txt"
    assert run("validate", out).returncode == 0


def test_unreadable_paths_are_one_line_each_and_the_rest_is_run(tmp_path, monkeypatch):
    too_long = tmp_path / ("x" * 300 + ".txt")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run("extract", too_long, good, "-o", out, "--no-model", "--workers", 1)
    assert proc.returncode == 1
    assert errors(proc.stderr) == [f"claims: error: {too_long}: cannot read {too_long}: File name too long"]
    assert [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["good"]
    # a subdirectory that cannot be listed is named, never skipped in silence (as root nothing
    # is unreadable, so the listing is made to fail the way a permission would)
    from claims.io import reader

    locked = tmp_path / "tree" / "locked"
    locked.mkdir(parents=True)
    (tmp_path / "tree" / "a.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(reader.read_documents([str(tmp_path / "tree")]))
    assert [(type(i).__name__, i.doc_id) for i in items] == [("DocumentError", str(locked)), ("Document", "a")]
    assert items[0].reason == f"cannot read the directory {locked}: Permission denied"


def test_validate_range_checks_offsets_and_refuses_nan(tmp_path, run_file):
    out, src = run_file
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    past = dict(record, sentence={"start": 0, "end": 10_000})
    lines = [json.dumps(past), json.dumps(record).replace(f'"confidence": {record["confidence"]}', '"confidence": NaN')]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("validate", bad, "--docs", src)
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [f"{bad}:1: sentence: end 10000 is past the end of the text ({len(GOOD)} characters)",
                                        f"{bad}:2: not JSON we read: NaN is not a JSON value"]


def test_desk_commands_read_hand_edited_runs_line_by_line(tmp_path, run_file):
    good = out_lines = run_file[0].read_text(encoding="utf-8").splitlines()
    record = json.loads(good[0])
    edited = [json.dumps(dict(record, confidence="high")), json.dumps(dict(record, speaker="Karl Weber")),
              json.dumps(dict(record, facets=[{"kind": "number"}]))]
    lines = [good[k % 2] for k in range(400)]
    lines[10:13] = edited
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    at = raw.index(b"\n", sum(len(line) + 1 for line in lines[:200]))  # one bad byte in line 201
    raw = raw[: at - 5] + b"\xff" + raw[at - 4:]
    run_path = tmp_path / "edited.jsonl"
    run_path.write_bytes(raw)
    expected = [f"claims: error: {run_path}:11: not a claims record: confidence: 'high' is not of type 'number'",
                f"claims: error: {run_path}:12: not a claims record: speaker: 'Karl Weber' is not of type 'object', 'null'",
                f"claims: error: {run_path}:13: not a claims record: facets.0: 'text' is a required property (and 4 more)",
                f"claims: error: {run_path}:201: not UTF-8: invalid byte 0xff at byte {len(lines[200]) - 5} of the line"]
    for command in (["export"], ["speakers"], ["chains"], ["review", "-o", tmp_path / "site"]):
        proc = run(*command, run_path)
        assert proc.returncode == 1, proc.stderr
        assert errors(proc.stderr) == expected
        assert "claims: 396 records used; 4 bad lines skipped" in proc.stderr.splitlines()
    assert run("export", run_path, "--quiet").stdout.count("\n") == 397  # header and the 396 records


# --- the rest ---------------------------------------------------------------------------------

def test_byte_order_marks_stay_out_of_spans_and_ids(tmp_path, extract):
    text = "\ufeffThe mayor said the bridge would open in May."
    (record,) = extract(text)
    assert record["speaker"]["text"] == "The mayor" and record["speaker"]["start"] == 1  # offsets into the raw text
    assert text[record["speaker"]["start"]:record["speaker"]["end"]] == "The mayor"
    (spaced,) = extract(" The mayor said the bridge would open in May.")  # the same mechanism: a leading space
    assert spaced["speaker"]["text"] == spaced["speaker"]["name"] == "The mayor"
    src = tmp_path / "bom.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "first", "text": GOOD}).encode() + b"\n")
    proc = run("extract", src, "--no-model", "--workers", 1)
    assert proc.returncode == 0 and [json.loads(x)["doc_id"] for x in proc.stdout.splitlines()] == ["first"]
    proc = run("extract", "--no-model", "--workers", 1, input=src.read_text(encoding="utf-8"))  # on stdin too
    assert proc.returncode == 0 and [json.loads(x)["doc_id"] for x in proc.stdout.splitlines()] == ["first"]


def test_resume_tries_again_the_documents_that_failed(tmp_path):
    src = tmp_path / "docs.jsonl"
    jsonl(src, {"id": "a", "text": GOOD}, '{"id": "b", "text": "The mayor said', {"id": "c", "text": OTHER})
    out = tmp_path / "out.jsonl"
    proc = run("extract", src, "-o", out, "--no-model", "--workers", 1)
    assert proc.returncode == 1
    jsonl(src, {"id": "a", "text": GOOD}, {"id": "b", "text": "The governor said taxes would fall."}, {"id": "c", "text": OTHER},
          {"id": "d", "text": "The senator said the vote was over."})
    proc = run("extract", src, "-o", out, "--resume", "--no-model", "--workers", 1)
    assert proc.returncode == 0, proc.stderr
    assert "claims: warning: trying again 1 document that failed before: 'b'" in proc.stderr.splitlines()
    assert [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a", "c", "b", "d"]
    proc = run("extract", src, "-o", out, "--resume", "--no-model", "--workers", 1)  # nothing left to do
    assert proc.returncode == 0 and proc.stderr.splitlines()[-1] == "claims: 0 documents, 0 claims, 0 failed (resumed after 4 done before)"
    progress = Path(f"{out}.progress")
    progress.write_text(progress.read_text(encoding="utf-8") + '{"doc_id": 5, "offset": "x"}\n', encoding="utf-8")
    proc = run("extract", src, "-o", out, "--resume", "--no-model", "--workers", 1)
    assert proc.returncode == 2
    assert errors(proc.stderr) == [f"claims: error: {progress}: line 6 is not a checkpoint line that claims wrote; cannot tell where the "
                                   "run stopped (remove the output and its .progress file to start again)"]


def test_review_finds_the_text_of_a_renamed_duplicate_id(tmp_path):
    src = jsonl(tmp_path / "docs.jsonl", {"id": "story", "text": GOOD}, {"id": "story", "text": OTHER})
    out = tmp_path / "run.jsonl"
    assert run("extract", src, "-o", out, "--no-model", "--workers", 1).returncode == 0
    assert [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["story", "story~2"]
    proc = run("review", out, "--docs", src, "-o", tmp_path / "site")
    assert proc.returncode == 0, proc.stderr
    pages = sorted((tmp_path / "site" / "docs").glob("*.html"))
    assert len(pages) == 2
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "document text not given" not in html
    assert "bridge would close" in pages[1].read_text(encoding="utf-8")


def test_tables_escape_terminal_controls(tmp_path):
    text = "Jane Doe\x1b]0;pwned\x07 said that the plan\u202e was fine.\nJohn\nSmith said the dam held."
    src = jsonl(tmp_path / "docs.jsonl", {"id": "t", "text": text})
    out = tmp_path / "run.jsonl"
    assert run("extract", src, "-o", out, "--no-model", "--workers", 1).returncode in (0, 1)
    names = [(json.loads(x)["speaker"] or {}).get("name", "") for x in out.read_text(encoding="utf-8").splitlines()]
    assert any("\x1b" in n for n in names), names  # the hostile name is really in the run
    for command in (["speakers"], ["chains"]):
        proc = run(*command, out)
        assert proc.returncode == 0, proc.stderr
        assert not any(ch in proc.stdout for ch in "\x1b\x07\u202e"), proc.stdout
        assert "\\x1b]0;pwned\\x07" in proc.stdout
    table = run("speakers", out).stdout.splitlines()
    assert len(table) == 1 + len(set(names))  # a header and one row a speaker: no newline split a row


def test_rough_edges_are_one_line(tmp_path, run_file):
    src = jsonl(tmp_path / "docs.jsonl", {"id": "a", "text": GOOD})
    proc = run("extract", src, "--doc-timeout", "inf", "--no-model", "--workers", 1)
    assert proc.returncode == 0 and "Karl Weber" in proc.stdout  # inf: no limit (was an OverflowError per document)
    for bad in ("nan", "-1", "soon"):
        proc = run("extract", src, "--doc-timeout", bad)
        assert proc.returncode == 2 and "argument --doc-timeout" in proc.stderr and "Traceback" not in proc.stderr
    proc = run("extract", src, "--dask", "bogus")
    assert proc.returncode == 2 and "'bogus' is not 'local' nor a scheduler address" in proc.stderr
    # a non-string id: a whole number is its digits; anything else is refused by name
    ids = jsonl(tmp_path / "ids.jsonl", {"id": 12, "text": GOOD}, {"id": True, "text": GOOD}, {"id": 1.5, "text": GOOD})
    proc = run("extract", ids, "--no-model", "--workers", 1)
    assert [json.loads(x)["doc_id"] for x in proc.stdout.splitlines()] == ["12"]
    assert errors(proc.stderr) == [f"claims: error: {ids}:2: 'id' on line 2 of {ids} is a boolean; give a string or a whole number",
                                   f"claims: error: {ids}:3: 'id' on line 3 of {ids} is a number; give a string or a whole number"]


def test_dask_missing_is_one_line(tmp_path, monkeypatch, capsys):
    from claims import cli
    from claims.io import dask as claims_dask

    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if the extra were not installed
    src = jsonl(tmp_path / "docs.jsonl", {"id": "a", "text": GOOD})
    monkeypatch.setattr("claims.pipeline.load", lambda *a, **k: None)
    assert cli.main(["extract", str(src), "-o", str(tmp_path / "out.jsonl"), "--dask", "local"]) == 2
    assert capsys.readouterr().err == "claims: error: --dask needs the dask extra: pip install 'news-claims[dask]'\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl"]  # nothing written, not even an empty file
    assert claims_dask.DaskUnavailable.__name__ == "DaskUnavailable"


@pytest.mark.parametrize("command", [["extract", "--no-model", "--workers", "1"], ["export"], ["speakers"], ["chains", "--top", "9999"],
                                     ["validate"]])
def test_closed_stdout_is_exit_status_1_for_every_command(tmp_path, run_file, command):
    out, src = run_file
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    many = tmp_path / "many.jsonl"  # more than a pipe holds: 3,000 speakers, chains and (for validate) bad lines
    with many.open("w", encoding="utf-8") as fh:
        for k in range(3000):
            speaker = dict(record["speaker"], name=f"Person {k}")
            bad = {"confidence": 2.0} if command[0] == "validate" else {}
            fh.write(json.dumps(dict(record, speaker=speaker, attribution=[dict(record["attribution"][0], name=f"Person {k}")], **bad)) + "\n")
    inputs = [src] * 200 if command[0] == "extract" else [many]
    proc = subprocess.Popen([sys.executable, "-m", "claims", command[0], *map(str, inputs), *command[1:]], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.read(10)
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait() == 1, stderr
    assert [e for e in errors(stderr) if "stdout was closed" in e], stderr


def test_sigterm_removes_the_runs_temporary_directory(tmp_path):
    docs = jsonl(tmp_path / "docs.jsonl", *({"id": f"d{i}", "text": GOOD} for i in range(3000)))
    env = dict(os.environ, TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "claims", "extract", str(docs), "-o", str(tmp_path / "out.jsonl"), "--no-model",
                             "--workers", "2"], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    progress = tmp_path / "out.jsonl.progress"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (progress.exists() and progress.stat().st_size):
        time.sleep(0.2)
    assert list((tmp_path / "tmp").glob("claims-run-*")), "the run had not started"
    proc.send_signal(signal.SIGTERM)
    stderr = proc.stderr.read()
    assert proc.wait() == 143
    assert errors(stderr)[-1].startswith("claims: error: terminated after ")
    assert not list((tmp_path / "tmp").iterdir())
    proc = subprocess.run([sys.executable, "-m", "claims", "extract", str(docs), "-o", str(tmp_path / "out.jsonl"), "--no-model",
                           "--workers", "2", "--resume"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 3000


def test_a_long_document_is_never_in_a_batch(nlp, monkeypatch):
    # a document past TOGETHER is parsed alone, with its own budget: were it slow, it would
    # overrun its own --doc-timeout once, not the batch's first and then its own again
    from claims import pipeline
    from claims.io import batch
    from claims.io.reader import Document

    parsed_together = []
    real = pipeline.pipe_claims
    monkeypatch.setattr(pipeline, "pipe_claims", lambda nlp, texts, **kw: parsed_together.append(len(texts)) or real(nlp, texts, **kw))
    long_text = " ".join([GOOD] * (batch.TOGETHER // len(GOOD) + 2))
    docs = [Document("a", GOOD), Document("long", long_text), Document("b", OTHER)]
    outcomes = batch.records_for(nlp, docs, timeout=None)
    assert parsed_together == [2]
    assert [(o.doc_id, o.error, o.lines.count) for o in outcomes] == [("a", None, 1), ("long", None, long_text.count("said")), ("b", None, 1)]


def test_a_wire_story_parsed_as_a_copy_is_batched_with_the_others_and_keeps_its_own_text(nlp, monkeypatch):
    # the parser reads a copy of a text with a dateline blanked and a byte order mark made a
    # space; such a text still goes in the batch, and its records quote the text itself
    from claims import pipeline
    from claims.io import batch
    from claims.io.reader import Document

    parsed_together = []
    real = pipeline.pipe_claims
    monkeypatch.setattr(pipeline, "pipe_claims", lambda nlp, texts, **kw: parsed_together.append(len(texts)) or real(nlp, texts, **kw))
    wire = "\ufeffGENEVA (Reuters) - The health minister, Ana Costa, said on Monday that cases were falling."
    docs = [Document("a", GOOD), Document("wire", wire), Document("b", OTHER)]
    outcomes = batch.records_for(nlp, docs, timeout=None)
    assert parsed_together == [3]
    [record] = list(outcomes[1].lines.records())
    for key in ("content", "cue", "speaker"):
        span = record[key]
        assert wire[span["start"] : span["end"]] == span["text"]
    assert (record["speaker"]["text"], record["cue"]["text"], record["content"]["text"]) == ("Ana Costa", "said", "cases were falling")


def test_output_dash_is_standard_output_not_a_file_named_dash(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(GOOD, encoding="utf-8")
    proc = run("extract", src, "-o", "-", "--no-model", "--workers", 1, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["speaker"]["name"] for x in proc.stdout.splitlines()] == ["Karl Weber"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]  # no "-" nor "-.progress"


def test_an_output_that_is_a_device_or_a_pipe_is_a_stream(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(GOOD, encoding="utf-8")
    proc = run("extract", src, "-o", "/dev/stdout", "--no-model", "--workers", 1)  # stdout a pipe here
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["doc_id"] for x in proc.stdout.splitlines()] == ["in"]
    assert not Path("/dev/stdout.progress").exists()  # no checkpoint beside a device
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    proc = run("extract", src, "-o", fifo, "--no-model", "--workers", 1, timeout=60)  # nobody reads it: one line, no hang
    assert proc.returncode == 2
    assert errors(proc.stderr) == [f"claims: error: {fifo}: cannot write there: No such device or address"]
    proc = run("extract", src, "-o", "/dev/stdout", "--resume")
    assert errors(proc.stderr) == ["claims: error: /dev/stdout: --resume needs a regular file (a device or a pipe keeps no checkpoint)"]


def test_a_run_that_finds_nothing_still_leaves_its_empty_output(tmp_path):
    src = tmp_path / "none.txt"
    src.write_text("Nothing to see here.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run("extract", src, "-o", out, "--no-model", "--workers", 1)
    assert proc.returncode == 0, proc.stderr
    assert out.exists() and out.read_bytes() == b"" and Path(f"{out}.progress").exists()


def test_a_dask_scheduler_that_does_not_answer_is_one_line_and_writes_nothing(tmp_path, monkeypatch, capsys):
    from claims import cli
    from claims.io import dask as claims_dask

    monkeypatch.setattr(claims_dask, "CONNECT_TIMEOUT", "2s")
    monkeypatch.setattr("claims.pipeline.load", lambda *a, **k: None)
    src = jsonl(tmp_path / "docs.jsonl", {"id": "a", "text": GOOD})
    assert cli.main(["extract", str(src), "-o", str(tmp_path / "out.jsonl"), "--dask", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("claims: error: no dask scheduler answers at tcp://127.0.0.1:9 (") and err.count("\n") == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl"]
