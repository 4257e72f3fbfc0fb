"""Decisions a reviewer recorded in the review page, read back: the page exports them as CSV
("decisions as CSV") or as schema.org ClaimReview JSON-LD, and ``claims decisions FILE`` turns
either into JSON Lines, so that a desk's "wrong extraction" marks can become test passages or
training data."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterator

STATUSES = ("to check", "checking", "checked", "not checkable", "wrong extraction")


class NotDecisions(ValueError):
    """A file that is neither export of the review page."""


def read(data: bytes) -> Iterator[dict[str, Any]]:
    """The decisions in an exported file: {id, doc_id, status, rating, note, updated, ...}."""
    text = data.decode("utf-8-sig")
    head = text.lstrip()[:1]
    if head == "{":
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                review = json.loads(line)
                item = review["itemReviewed"]
                yield {"id": str(item["@id"]).rsplit(":", 1)[-1], "doc_id": item.get("appearance", {}).get("identifier"), "status": "checked",
                       "rating": review.get("reviewRating", {}).get("alternateName", ""), "note": review.get("reviewBody", ""),
                       "updated": review.get("dateModified"), "content": review.get("claimReviewed")}
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise NotDecisions(f"line {number} is not a ClaimReview the review page wrote ({type(exc).__name__})") from None
        return
    rows = csv.DictReader(io.StringIO(text, newline=""))
    if not rows.fieldnames or not {"id", "status", "note"} <= set(rows.fieldnames):
        raise NotDecisions("not a decisions CSV from the review page (it has id, status and note columns)")
    for row in rows:
        # cells that began with =, +, - or @ were written with a leading ' (never a formula): undo it
        yield {k: (v[1:] if isinstance(v, str) and v[:2] in ("'=", "'+", "'-", "'@") else v) for k, v in row.items()}
