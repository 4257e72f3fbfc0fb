"""Writing records as JSON Lines: each record validated, each document flushed as a whole."""

from __future__ import annotations

import json
import os
from typing import IO, Any

from .records import Claim, to_json
from .schema import check


class JsonlWriter:
    """Writes one document's records at a time; what is written is flushed to disk at once."""

    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.records = 0

    def write_document(self, doc_id: str, text: str, claims: list[Claim], meta: dict[str, Any] | None = None) -> int:
        """Validate every record of a document, then write them all; returns how many."""
        lines = [json.dumps(check(to_json(c, doc_id, meta), text), ensure_ascii=False) for c in claims]
        if lines:
            self.stream.write("\n".join(lines) + "\n")
        self.stream.flush()
        if hasattr(self.stream, "fileno"):
            try:
                os.fsync(self.stream.fileno())
            except (OSError, ValueError):
                pass  # a pipe or terminal: flushing is all we can do
        self.records += len(lines)
        return len(lines)
