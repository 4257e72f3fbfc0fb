"""The record contract: every record validates, the schema rejects what it must."""

import copy
import json

import pytest

from claims.schema import load_schema, record_errors
from conftest import all_spans, span_ok


@pytest.fixture(scope="module")
def seed_records(extract):
    out = []
    for name in ("ashkenazi-axios", "blinken-amman-cnn"):
        text = open(f"seeds/{name}.txt", encoding="utf-8", newline="").read()
        out.append((text, extract(text, name)))
    return out


def test_schema_is_2020_12_and_strict():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False


def test_every_seed_record_is_valid_with_exact_offsets(seed_records):
    for text, records in seed_records:
        assert records
        for r in records:
            assert record_errors(r, text) == []
            for span in all_spans(r):
                assert span_ok(text, span), span


def test_ids_are_stable_and_unique(extract, seed_records):
    text, first = seed_records[0]
    again = extract(text, "ashkenazi-axios")
    assert [r["id"] for r in first] == [r["id"] for r in again]
    assert len({r["id"] for r in first}) == len(first)
    assert extract(text, "other-doc")[0]["id"] != first[0]["id"]


def test_claims_in_text_order(seed_records):
    for _, records in seed_records:
        starts = [r["content"]["start"] for r in records]
        assert starts == sorted(starts)


@pytest.fixture
def good(seed_records):
    return copy.deepcopy(seed_records[0][1][0])


def test_unknown_key_rejected(good):
    good["extra"] = 1
    assert any("extra" in e for e in record_errors(good))


def test_meta_may_hold_anything(good):
    good["meta"] = {"source": "wire", "tags": [1, 2]}
    assert record_errors(good) == []


@pytest.mark.parametrize("mutate, expected", [
    (lambda r: r.pop("doc_id"), "'doc_id' is a required property"),
    (lambda r: r.update(type="quote"), "type: 'quote' is not one of"),
    (lambda r: r["speaker"].update(kind="robot"), "speaker"),
    (lambda r: r.update(confidence=1.5), "confidence: 1.5 is greater than the maximum"),
    (lambda r: r["content"].update(start=-1), "content.start: -1 is less than the minimum"),
    (lambda r: r.update(schema_version="0.9"), "schema_version"),
])
def test_schema_rejects(good, mutate, expected):
    mutate(good)
    errors = record_errors(good)
    assert any(expected in e for e in errors), errors


def test_start_after_end_rejected(good):
    good["content"]["start"], good["content"]["end"] = good["content"]["end"], good["content"]["start"]
    assert any("is after end" in e for e in record_errors(good))


def test_text_must_equal_slice(good, seed_records):
    text = seed_records[0][0]
    good["content"]["text"] = "something else"
    assert any("is not text[" in e for e in record_errors(good, text))


def test_records_are_json_round_trippable(seed_records):
    for _, records in seed_records:
        for r in records:
            assert json.loads(json.dumps(r)) == r


def _reference_and_compiled_agree(record):
    from claims.schema import _compiled, schema_errors

    assert _compiled() is not None, "jsonschema_rs is a dependency"
    return _compiled().is_valid(record) == (schema_errors(record, compiled=False) == [])


def test_compiled_validator_agrees_on_every_record(extract, seed_records):
    records = [r for _, rs in seed_records for r in rs]
    for line in open("tests/data/passages.jsonl", encoding="utf-8"):
        p = json.loads(line)
        records += extract(p["text"], p["id"])
    assert len(records) > 100
    for r in records:
        assert _reference_and_compiled_agree(r)


@pytest.mark.parametrize("mutate", [
    lambda r: r.pop("doc_id"),
    lambda r: r.update(type="quote"),
    lambda r: r["speaker"].update(kind="robot"),
    lambda r: r.update(confidence=1.5),
    lambda r: r["content"].update(start=-1),
    lambda r: r.update(schema_version="0.9"),
    lambda r: r.update(extra=1),
    lambda r: r["attribution"][0].update(relation="heard_from"),
    lambda r: r.update(speaker=None),
])
def test_compiled_validator_agrees_on_rejections(good, mutate):
    mutate(good)
    assert _reference_and_compiled_agree(good)


def test_docs_schema_and_records_name_one_version():
    import re
    from pathlib import Path

    from claims.records import SCHEMA_VERSION
    from claims.schema import load_schema

    record_md = (Path(__file__).parent.parent / "docs" / "record.md").read_text(encoding="utf-8")
    assert re.search(r"^# The claim record \(schema ([0-9.]+)\)", record_md, re.M).group(1) == SCHEMA_VERSION
    assert load_schema()["properties"]["schema_version"]["enum"][-1] == SCHEMA_VERSION
