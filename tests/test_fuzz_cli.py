"""Fuzzing the commands: random bytes, random JSON values (deep, huge, NaN, lone surrogates) and
random file names go to ``extract``, ``validate`` and every desk command. No traceback, no input
or run file changed, and every good document's records written."""

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from claims import cli

pytestmark = pytest.mark.slow

GOOD = ["Transport Minister Karl Weber said the new rail line would open in March.",
        '"The bridge is safe," said Ana Ruiz.', "According to Reuters, the talks failed."]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(st.characters(codec=None), max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12)


def _document_like(value) -> str:
    """A value as a JSONL line, often shaped like a document (id, text, meta) to reach deeper."""
    return json.dumps(value)  # NaN and Infinity come out as Python writes them: not JSON


hostile_lines = st.one_of(
    json_values.map(_document_like),
    st.fixed_dictionaries({"id": json_values, "text": json_values}, optional={"meta": json_values}).map(_document_like),
    st.binary(max_size=60).map(lambda b: b.decode("utf-8", "surrogateescape")),
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
    st.integers(4000, 6000).map(lambda n: '{"id": "n", "text": "x", "n": ' + "9" * n + "}"),
    st.sampled_from(['{"id": "s\\ud800", "text": "x"}', '{"id": "x", "text": "y", "v": NaN}', "\ufeff{", "{", '{"text": ""}']),
)
file_names = st.one_of(  # what a POSIX file name can be: text without lone surrogates, or any bytes
    st.text(st.characters(codec=None, exclude_characters="/\x00", exclude_categories=("Cs",)), min_size=1, max_size=20),
    st.binary(min_size=1, max_size=20).filter(lambda b: b"/" not in b and b"\x00" not in b).map(os.fsdecode),
).filter(lambda n: n not in (".", ".."))


@pytest.fixture(scope="module")
def loaded(nlp):
    return nlp


def _call(capsys, *argv) -> tuple[int, str]:
    code = cli.main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    return code, err


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lines=st.lists(hostile_lines, min_size=1, max_size=6), name=file_names, raw=st.binary(max_size=300),
       good_at=st.integers(0, 6))
def test_commands_survive_anything(loaded, monkeypatch, capsys, lines, name, raw, good_at):
    monkeypatch.setattr("claims.pipeline.load", lambda *a, **k: loaded)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        good = [json.dumps({"id": f"good-{k}", "text": text}) for k, text in enumerate(GOOD)]
        body = lines[:good_at] + good + lines[good_at:]
        docs = tmp / "docs.jsonl"
        docs.write_bytes("\n".join(body).encode("utf-8", "surrogateescape") + b"\n")
        named = tmp / "in" / f"{name}.txt"  # (a folder of its own: no output below is named like it)
        named.parent.mkdir()
        named.write_bytes(raw)
        inputs = {p: p.read_bytes() for p in (docs, named)}
        out = tmp / "out.jsonl"

        code, err = _call(capsys, "extract", docs, named, "-o", out, "--workers", 1)
        assert code in (0, 1), err
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert {f"good-{k}" for k in range(len(GOOD))} <= {r["doc_id"] for r in records}
        assert _call(capsys, "validate", out, "--docs", docs, named)[0] == 0

        run = tmp / "run.jsonl"
        run.write_bytes(out.read_bytes() + "\n".join(lines).encode("utf-8", "surrogateescape") + b"\n")
        inputs[run] = run.read_bytes()
        assert _call(capsys, "validate", run)[0] in (0, 1)
        for command in (["export", "-o", tmp / "x.csv"], ["export", "--format", "jsonld", "-o", tmp / "x.json"],
                        ["speakers", "-o", tmp / "s.txt"], ["speakers", "--format", "csv", "-o", tmp / "s.csv"],
                        ["review", "--docs", docs, named, "-o", tmp / "site"]):
            code, err = _call(capsys, command[0], run, *command[1:])
            assert code in (0, 1), err
        code, err = _call(capsys, "chains", run)
        assert code in (0, 1), err
        assert {p: p.read_bytes() for p in inputs} == inputs  # no input or run changed
