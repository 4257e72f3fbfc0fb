"""Exports of a run for the desk: CSV for spreadsheets, schema.org ``Claim`` as JSON-LD.

Both stream: one record in, one row or object out.

CSV: RFC 4180 (comma, double quotes doubled, CRLF line ends), UTF-8. A cell a spreadsheet
would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
gets a leading apostrophe, so it shows as text and runs nothing.

JSON-LD: one ``Claim`` a line. schema.org has no property for a chain of sources or for
character offsets, so those live under the extension prefix ``claims:`` (docs/record.md).
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from ..words import DOCUMENT_NOUNS
from .runs import Record, chain_text, document_fields, sentence_text

CSV_COLUMNS = ("doc_id", "type", "class", "speaker", "role", "kind", "chain", "content", "cue", "confidence",
               "content_start", "content_end", "facets", "id", "url", "headline", "date", "sentence")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CLAIMS_NS = "urn:news-claims:"  # the extension namespace for what schema.org cannot say
CONTEXT = {"@vocab": "https://schema.org/", "claims": CLAIMS_NS}


def safe_cell(value: Any) -> str:
    """The cell's text, with a formula-looking start neutralised by a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_row(r: Record, text: str | None = None) -> list[str]:
    """One row; with the document's text, the sentence the claim stands in (else empty)."""
    speaker = r.get("speaker") or {}
    content = r.get("content") or {}
    cue = r.get("cue") or {}
    facets = "; ".join(f"{f.get('kind')}: {f.get('text')}" for f in r.get("facets") or [])
    doc = document_fields(r.get("meta") or {})
    values = (r.get("doc_id"), r.get("type"), r.get("class"), speaker.get("name"), speaker.get("role"), speaker.get("kind"), chain_text(r),
              content.get("text"), cue.get("text"), r.get("confidence"), content.get("start"), content.get("end"), facets, r.get("id"),
              doc.get("url"), doc.get("headline"), doc.get("date"), sentence_text(r, text))
    return [safe_cell(v) for v in values]


def write_csv(records: Iterable[Record], out: IO[str], bom: bool = False, texts: dict[str, str] | None = None, corpus=None) -> int:
    """Write a header and one row per record; returns the number of rows. With bom, a UTF-8
    byte order mark first: what makes Excel read the file as UTF-8; with the documents' texts
    by id, the sentence column is filled; with a corpus (desk.corpus: what match and cluster
    found), its columns follow: the best fact-check and the cluster."""
    from . import corpus as joined

    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS + (joined.CSV_COLUMNS if corpus else ()))
    n = 0
    for r in records:
        row = csv_row(r, texts.get(str(r.get("doc_id"))) if texts else None)
        if corpus:
            row += [safe_cell(v) for v in joined.csv_cells(corpus, str(r.get("id")))]
        writer.writerow(row)
        n += 1
    return n


def _author_type(speaker: dict[str, Any]) -> str:
    """Person (people and anonymous sources), NewsMediaOrganization (outlets), CreativeWork (a
    report, a poll, a study: what speaks as a document), else Organization (groups, bodies)."""
    kind = speaker.get("kind")
    if kind in ("person", "anonymous"):
        return "Person"
    if kind == "media":
        return "NewsMediaOrganization"
    words = str(speaker.get("name") or "").lower().split()
    head = words[-1] if words else ""
    if head in DOCUMENT_NOUNS or head.removesuffix("s") in DOCUMENT_NOUNS:
        return "CreativeWork"
    return "Organization"


def _author(speaker: dict[str, Any]) -> dict[str, Any]:
    """The claim's author as schema.org types it (_author_type)."""
    kind = speaker.get("kind")
    author: dict[str, Any] = {"@type": _author_type(speaker), "name": speaker.get("name")}
    if speaker.get("role") and author["@type"] == "Person":
        author["jobTitle"] = speaker["role"]
    author["claims:kind"] = kind
    author["claims:mention"] = {"text": speaker.get("text"), "start": speaker.get("start"), "end": speaker.get("end")}
    return author


def _appearance(r: Record) -> dict[str, Any]:
    """The document as a CreativeWork, with url, headline and date from the input's meta."""
    doc = document_fields(r.get("meta") or {})
    work: dict[str, Any] = {"@type": "CreativeWork", "identifier": r.get("doc_id")}
    for key, prop in (("url", "url"), ("headline", "headline"), ("date", "datePublished")):
        if key in doc:
            work[prop] = doc[key]
    return work


def jsonld(r: Record) -> dict[str, Any]:
    """One schema.org Claim for a record."""
    content = r.get("content") or {}
    claim: dict[str, Any] = {"@context": CONTEXT, "@type": "Claim", "@id": f"{CLAIMS_NS}claim:{r.get('id')}", "text": content.get("text")}
    if r.get("speaker"):
        claim["author"] = _author(r["speaker"])
    claim["appearance"] = _appearance(r)
    if "datePublished" in claim["appearance"]:
        claim["datePublished"] = claim["appearance"]["datePublished"]
    claim["claims:type"] = r.get("type")
    if r.get("class"):
        claim["claims:class"] = r["class"]
    claim["claims:confidence"] = r.get("confidence")
    claim["claims:content"] = {k: content.get(k) for k in ("start", "end")} | ({"fragments": content["fragments"]} if content.get("fragments") else {})
    if r.get("cue"):
        claim["claims:cue"] = r["cue"]
    claim["claims:attribution"] = [
        {"name": link.get("name"), "relation": link.get("relation"), "kind": link.get("kind"), "start": link.get("start"), "end": link.get("end")}
        for link in r.get("attribution") or []]
    claim["claims:facets"] = r.get("facets") or []
    return claim


def write_jsonld(records: Iterable[Record], out: IO[str]) -> int:
    """One JSON-LD Claim a line; returns how many."""
    n = 0
    for r in records:
        out.write(json.dumps(jsonld(r), ensure_ascii=False) + "\n")
        n += 1
    return n
