"""Annotated news-style passages (tests/data/passages.jsonl, written for this project).

Each passage lists every claim a careful reader would mark, with its exact content, cue,
speaker mention, resolved name, kind, role and the chain beyond the speaker. A passage with a
``known_gap`` is a known failure, kept visible (strict xfail) until the mechanism is fixed.
"""

import json
from pathlib import Path

import pytest

from claims.schema import record_errors

DATA = Path(__file__).parent / "data" / "passages.jsonl"
PASSAGES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _params():
    for p in PASSAGES:
        marks = [pytest.mark.xfail(reason=p["known_gap"], strict=True)] if "known_gap" in p else []
        yield pytest.param(p, id=p["id"], marks=marks)


def test_there_are_at_least_40_passages():
    assert len(PASSAGES) >= 40


def observed(record):
    s = record["speaker"] or {}
    return {
        "type": record["type"],
        "content": record["content"]["text"],
        "cue": record["cue"]["text"] if record["cue"] else None,
        "speaker": s.get("text"),
        "name": s.get("name"),
        "kind": s.get("kind"),
        "role": s.get("role"),
        "chain": [[link["name"], link["relation"]] for link in record["attribution"][1:]],
    }


@pytest.mark.parametrize("passage", list(_params()))
def test_passage(extract, passage):
    text = passage["text"]
    records = extract(text, passage["id"])
    for r in records:
        assert record_errors(r, text) == []
    assert [observed(r) for r in records] == passage["claims"]
