"""Reading what is matched: claims (a run, a JSONL of ``id`` and ``text``, or one claim a line)
and fact-check archives (CSV or TSV, JSONL, or schema.org ``ClaimReview`` JSON-LD as
fact-checkers publish it).

Each reader yields ``Item`` values and sends every line it cannot use to ``problems`` (file and
line, as the desk commands do); the lines after it are still read.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import attrs

from ..desk.runs import Problem, document_fields, read_run
from ..io.reader import printable_id

MAX_TEXT = 20_000  # characters of a claim or an archive item compared; the rest is cut


@attrs.frozen
class Item:
    """One text to compare: a claim of a run, a claim typed by hand, or a fact-check.

    ``fields`` keeps what a desk reads beside a match: for a fact-check its ``verdict``, ``url``,
    ``date``, ``claimant`` and ``title``; for a run's claim its ``doc_id``, ``speaker`` and the
    document's ``date``, ``url`` and ``outlet``.
    """

    id: str
    text: str
    fields: dict[str, Any] = attrs.field(factory=dict)
    position: int = 0  # order of reading, the tie-breaker everywhere


# Column and key names a desk's archive uses for each field, first found wins (any case).
ARCHIVE_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id", "claim_id", "vclaim_id", "identifier", "@id"),
    "text": ("claimreviewed", "claim", "claim_text", "vclaim", "text", "statement"),
    "verdict": ("verdict", "rating", "textualrating", "ruling", "label"),
    "url": ("url", "link", "review_url"),
    "date": ("datepublished", "date", "review_date", "published"),
    "claimant": ("claimant", "author", "speaker", "source"),
    "title": ("title", "headline"),
}
QUERY_KEYS: dict[str, tuple[str, ...]] = {"id": ("id",), "text": ("text", "claim", "content")}


def _pick(row: dict[str, Any], names: tuple[str, ...]) -> Any:
    lowered = {str(k).strip().casefold(): v for k, v in row.items() if k is not None}
    for name in names:
        value = lowered.get(name)
        if value not in (None, ""):
            return value
    return None


def _name(value: Any) -> str | None:
    """A person or organisation as JSON-LD gives it: a string, {"name": ...} or a list of them."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    return value.strip() if isinstance(value, str) and value.strip() else None


def _verdict(value: Any) -> str | None:
    if isinstance(value, dict):  # reviewRating: {"alternateName": "False", "ratingValue": 1, ...}
        for key in ("alternateName", "name", "ratingExplanation", "ratingValue"):
            if value.get(key) not in (None, ""):
                return str(value[key])
        return None
    return _name(value) if not isinstance(value, (int, float)) else str(value)


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value[:MAX_TEXT]
    return None


def claim_review(obj: dict[str, Any]) -> dict[str, Any] | None:
    """The archive fields of one schema.org ClaimReview (or Claim) object; None for another type."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "ClaimReview" in kinds:
        reviewed = obj.get("itemReviewed") if isinstance(obj.get("itemReviewed"), dict) else {}
        text = obj.get("claimReviewed") or reviewed.get("text") or reviewed.get("name")
        return {"id": obj.get("@id") or obj.get("identifier") or obj.get("url"), "text": text,
                "verdict": _verdict(obj.get("reviewRating")), "url": obj.get("url"),
                "date": obj.get("datePublished"), "claimant": _name(reviewed.get("author")),
                "title": obj.get("headline") or obj.get("name")}
    if "Claim" in kinds:
        return {"id": obj.get("@id") or obj.get("identifier"), "text": obj.get("text"), "verdict": None,
                "url": obj.get("url"), "date": obj.get("datePublished"), "claimant": _name(obj.get("author")),
                "title": None}
    return None


def _json_ld_objects(value: Any) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD document: one, a list, or an {"@graph": [...]}."""
    if isinstance(value, list):
        for v in value:
            yield from _json_ld_objects(v)
    elif isinstance(value, dict):
        if isinstance(value.get("@graph"), list):
            yield from _json_ld_objects(value["@graph"])
        else:
            yield value


def _archive_row(row: dict[str, Any]) -> dict[str, Any]:
    review = claim_review(row) if "@type" in row else None
    if review is not None:
        return review
    return {field: (_name(v) if field == "claimant" else _verdict(v) if field == "verdict" else v)
            for field, v in ((f, _pick(row, keys)) for f, keys in ARCHIVE_KEYS.items())}


def _item(fields: dict[str, Any], fallback_id: str, position: int, problems: list[Problem], where: tuple[str, int | None]) -> Item | None:
    text = _text(fields.get("text"))
    if text is None:
        problems.append(Problem(where[0], where[1], "no claim text (a column or key named claim, claimReviewed or text)"))
        return None
    raw_id = fields.get("id")
    item_id = str(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id).strip() else fallback_id
    kept = {k: str(v) for k, v in fields.items() if k not in ("id", "text") and isinstance(v, (str, int, float)) and not isinstance(v, bool) and str(v).strip()}
    return Item(item_id, text, kept, position)


def _open_text(path: str, problems: list[Problem]) -> tuple[str, str] | None:
    """(the file's name as printed, its text); "-" is standard input. A BOM is dropped. A file
    that cannot be read is a problem, and None."""
    try:
        if path == "-":
            return "<stdin>", sys.stdin.buffer.read().decode("utf-8-sig")
        return printable_id(path), Path(path).read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(printable_id(path), None, f"cannot read: {getattr(exc, 'strerror', None) or exc}"))
        return None


def _jsonl_values(name: str, text: str, problems: list[Problem]) -> Iterator[tuple[int, Any]]:
    from ..io import jsonl

    for line in jsonl.read_text(text):
        if line.error is not None:
            problems.append(Problem(name, line.number, line.error))
        else:
            yield line.number, line.value


def read_archive(paths: Iterable[str], problems: list[Problem]) -> Iterator[Item]:
    """Every fact-check of the archive files, in order. The format goes by the file's suffix:
    .csv and .tsv (a header row naming the columns), .jsonl (one object a line: the CSV's keys
    or a ClaimReview), .json and .jsonld (ClaimReview objects, a list, or an @graph)."""
    position = 0
    for path in paths:
        opened = _open_text(path, problems)
        if opened is None:
            continue
        name, text = opened
        suffix = Path(path).suffix.lower()
        rows: Iterable[tuple[int | None, Any]]
        if suffix in (".csv", ".tsv", ".txt"):
            dialect = "excel-tab" if suffix == ".tsv" or (suffix == ".txt" and "\t" in text.partition("\n")[0]) else "excel"
            reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
            rows = ((reader.line_num, row) for row in reader)
        elif suffix in (".json", ".jsonld"):
            try:
                value = json.loads(text)
            except ValueError as exc:
                problems.append(Problem(name, None, f"not JSON: {exc}"))
                continue
            # a page's JSON-LD holds other things too (WebPage, Organization): only reviews and claims are read
            rows = ((None, obj) for obj in _json_ld_objects(value) if not isinstance(obj, dict) or claim_review(obj) is not None)
        else:
            rows = _jsonl_values(name, text, problems)
        for number, row in rows:
            if not isinstance(row, dict):
                problems.append(Problem(name, number, "not an object"))
                continue
            item = _item(_archive_row(row), f"{name}:{number if number is not None else position + 1}", position, problems, (name, number))
            if item is not None:
                position += 1
                yield item


def _run_item(record: dict[str, Any], position: int) -> Item:
    speaker = record.get("speaker") or {}
    fields = {"doc_id": record.get("doc_id"), "speaker": speaker.get("name"), "type": record.get("type"),
              "class": record.get("class")}
    doc = document_fields(record.get("meta") or {})
    fields.update(doc)
    outlet = outlet_of(record.get("meta") or {}, doc.get("url"))
    if outlet:
        fields["outlet"] = outlet
    chain = [link.get("name") for link in record.get("attribution") or [] if isinstance(link.get("name"), str)]
    if chain:
        fields["chain"] = " <- ".join(chain)
    text = (record.get("content") or {}).get("text") or ""
    return Item(str(record["id"]), text[:MAX_TEXT], {k: v for k, v in fields.items() if isinstance(v, str) and v}, position)


OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "site")


def outlet_of(meta: dict[str, Any], url: str | None) -> str | None:
    """Who published a document: the meta's outlet (or source, publisher), else the url's host."""
    for key in OUTLET_KEYS:
        value = _name(meta.get(key))
        if value:
            return value
    if url:
        from urllib.parse import urlsplit

        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def _looks_like_run(path: str) -> bool:
    """A .jsonl whose first object has content and doc_id: a run of claims records."""
    if path == "-":
        return False
    try:
        with open(path, "rb") as fh:
            first = fh.readline(1 << 20).decode("utf-8-sig", "replace")
        value = json.loads(first)
    except (OSError, ValueError):
        return False
    return isinstance(value, dict) and "content" in value and "doc_id" in value


def read_claims(paths: Iterable[str], problems: list[Problem], keep: Callable[[dict], bool] | None = None) -> Iterator[Item]:
    """The claims to match: from a run (records that ``claims extract`` wrote, schema-checked,
    those ``keep`` keeps), a JSONL of objects with ``id`` and ``text``, or a text file with one
    claim a line."""
    position = 0
    for path in paths:
        if _looks_like_run(path):
            for record in read_run([path], problems):
                if keep is None or keep(record):
                    yield _run_item(record, position)
                    position += 1
            continue
        opened = _open_text(path, problems)
        if opened is None:
            continue
        name, text = opened
        if Path(path).suffix.lower() in (".jsonl", ".ndjson", ".json") or (path == "-" and text.lstrip().startswith("{")):
            for number, value in _jsonl_values(name, text, problems):
                if not isinstance(value, dict):
                    problems.append(Problem(name, number, "not an object with id and text"))
                    continue
                if isinstance(value.get("content"), dict) and "doc_id" in value:  # a run's record, piped in
                    from ..schema import schema_errors

                    errors = schema_errors(value)
                    if errors:
                        problems.append(Problem(name, number, f"not a claims record: {errors[0]}"))
                    elif keep is None or keep(value):
                        yield _run_item(value, position)
                        position += 1
                    continue
                fields = {"id": _pick(value, QUERY_KEYS["id"]), "text": _pick(value, QUERY_KEYS["text"])}
                item = _item(fields, f"{name}:{number}", position, problems, (name, number))
                if item is not None:
                    position += 1
                    yield item
        else:
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    yield Item(f"{name}:{number}", line.strip()[:MAX_TEXT], {}, position)
                    position += 1
