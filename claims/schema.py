"""The published JSON Schema, and record validation against it.

``jsonschema`` is the reference validator and gives every error message. When the compiled
``jsonschema_rs`` is installed it answers the hot path, "is this record valid?", about ten
times faster; only a record it rejects goes on to the reference for the reasons. The tests
hold the two to the same answer on every record they make and on every rejection case.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from jsonschema import Draft202012Validator

_PACKAGED = Path(__file__).parent / "_schema" / "claim.schema.json"  # inside an installed wheel
_SOURCE = Path(__file__).parent.parent / "schema" / "claim.schema.json"  # in a source checkout


def schema_path(name: str = "claim") -> Path:
    """The schema file of a claim record, or of a "match" or "cluster" record."""
    for folder in (_PACKAGED.parent, _SOURCE.parent):
        path = folder / f"{name}.schema.json"
        if path.is_file():
            return path
    raise FileNotFoundError(f"{name}.schema.json not found in {_PACKAGED.parent} or {_SOURCE.parent}")


@functools.cache
def named_validator(name: str) -> Draft202012Validator:
    """The reference validator of the "match" or "cluster" schema."""
    schema = json.loads(schema_path(name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _described(errors: Iterable[Any]) -> list[str]:
    """Each validation error as "path: message" (the record itself is "record")."""
    return [f"{'.'.join(str(p) for p in e.absolute_path) or 'record'}: {e.message}" for e in errors]


def named_errors(name: str, record: Any) -> list[str]:
    """What the "match" or "cluster" schema says is wrong with a record (empty: nothing)."""
    return _described(named_validator(name).iter_errors(record))


def check_named(name: str, record: dict[str, Any]) -> dict[str, Any]:
    """Return a match or cluster record if its schema accepts it, else raise InvalidRecord."""
    errors = named_errors(name, record)
    if errors:
        raise InvalidRecord(f"{name} record: " + "; ".join(errors))
    return record


@functools.cache
def load_schema() -> dict[str, Any]:
    return json.loads(schema_path().read_text(encoding="utf-8"))


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with each local "#/$defs/x" reference replaced by its definition.

    Same meaning, but the validator no longer resolves a reference at every span of every
    record, which halves the time validation takes.
    """
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        branches = node.get("anyOf")
        if set(node) <= {"anyOf", "description"} and isinstance(branches, list) and len(branches) == 2 and {"type": "null"} in branches:
            # {"anyOf": [null, {object}]} is the object schema with null allowed: one pass, not two
            other = _inline_refs(next(b for b in branches if b != {"type": "null"}), defs)
            if other.get("type") == "object":
                return {**other, "type": ["object", "null"]}
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


@functools.cache
def _compiled() -> Any:
    """A compiled 2020-12 validator of the same schema, or None when jsonschema_rs is missing."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    schema = load_schema()
    return jsonschema_rs.Draft202012Validator(_inline_refs(schema, schema.get("$defs", {})))


@functools.cache
def _validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(_inline_refs(schema, schema.get("$defs", {})))


def _spans(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object in a record that carries start/end, with a path naming it."""
    content = record.get("content")
    if isinstance(content, dict):
        yield "content", content
        for i, frag in enumerate(content.get("fragments") or []):
            yield f"content.fragments[{i}]", frag
    for key in ("cue", "speaker", "sentence"):
        if isinstance(record.get(key), dict):
            yield key, record[key]
    speaker = record.get("speaker")
    if isinstance(speaker, dict):
        for key in ("antecedent", "addressee"):
            if isinstance(speaker.get(key), dict):
                yield f"speaker.{key}", speaker[key]
    for i, link in enumerate(record.get("attribution") or []):
        if isinstance(link, dict):
            yield f"attribution[{i}]", link
    for i, facet in enumerate(record.get("facets") or []):
        if isinstance(facet, dict):
            yield f"facets[{i}]", facet


def schema_errors(record: Any, compiled: bool = True) -> list[str]:
    """What the schema says is wrong with a record; the compiled validator answers first."""
    fast = _compiled() if compiled else None
    try:
        if fast is not None and fast.is_valid(record):
            return []
    except UnicodeEncodeError as exc:  # a "\ud800" escape read from JSON: no record claims wrote holds one
        return [f"record: holds a lone surrogate (U+{ord(exc.object[exc.start]):04X}): not Unicode text"]
    return _described(sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path)))


def record_errors(record: Any, text: str | None = None) -> list[str]:
    """Everything wrong with one record; empty when it is valid.

    With the document ``text`` given, each span's ``text`` must also equal its slice.
    """
    errors = schema_errors(record)
    if errors or not isinstance(record, dict):
        return errors
    for where, span in _spans(record):
        start, end = span.get("start"), span.get("end")
        if isinstance(start, int) and isinstance(end, int):
            if start > end:
                errors.append(f"{where}: start {start} is after end {end}")
            elif text is not None and end > len(text):
                errors.append(f"{where}: end {end} is past the end of the text ({len(text)} characters)")
            elif text is not None and "text" in span and text[start:end] != span["text"]:
                errors.append(f"{where}: text {span['text']!r} is not text[{start}:{end}] {text[start:end]!r}")
    return errors


class InvalidRecord(ValueError):
    """A record the extractor built does not satisfy the schema: a bug in claims."""


def check(record: dict[str, Any], text: str | None = None) -> dict[str, Any]:
    """Return record if valid, else raise InvalidRecord listing every problem."""
    errors = record_errors(record, text)
    if errors:
        raise InvalidRecord(f"record {record.get('id')} of {record.get('doc_id')!r}: " + "; ".join(errors))
    return record


def file_problems(fh: IO[bytes], texts: dict[str, str] | None = None) -> Iterator[tuple[int, list[str]]]:
    """(line number, what is wrong) for every record line of a binary JSONL stream; with the
    documents' texts by id, every span is also checked against its text."""
    from .io import jsonl

    for line in jsonl.read(fh):
        if line.error is not None:
            yield line.number, [line.error]
            continue
        record, text = line.value, None
        if texts is not None and isinstance(record, dict):
            text = texts.get(str(record.get("doc_id")))
            if text is None:
                yield line.number, [f"document {record.get('doc_id')!r} is not among the --docs inputs"]
                continue
        yield line.number, record_errors(record, text)
