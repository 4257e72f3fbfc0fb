"""Reading input documents: text files, directories, JSONL files and stdin.

Problems with one document are values (DocumentError), not exceptions, so that a batch run
reports them and goes on with the rest.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

import attrs
import numpy

JSONL_SUFFIXES = (".jsonl", ".ndjson")  # any case
# byte order marks of the Unicode encodings other than UTF-8 that a text file may use
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
JSON_TYPES = {"NoneType": "null", "bool": "boolean", "int": "number", "float": "number", "str": "string", "list": "array", "dict": "object"}


@attrs.frozen
class Document:
    doc_id: str
    text: str
    meta: dict[str, Any] = attrs.Factory(dict)
    source: str = ""  # where it came from: a path, "FILE.jsonl:LINE" or "stdin"


@attrs.frozen
class DocumentError:
    doc_id: str
    reason: str


Item = Document | DocumentError


def _json_type(value: Any) -> str:
    name = JSON_TYPES.get(type(value).__name__, type(value).__name__)
    if name == "null":
        return "null"
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


def _check_text(doc_id: str, text: str, meta: dict[str, Any] | None = None, source: str = "") -> Item:
    if not text.strip():
        return DocumentError(doc_id, "empty document (no text)")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # only a lone surrogate ("\ud800" in JSON) cannot be encoded
        return DocumentError(doc_id, f"text holds a lone surrogate (U+{ord(text[exc.start]):04X}) at character {exc.start}: not Unicode text")
    return Document(doc_id, text, meta or {}, source)


def decode(doc_id: str, data: bytes, source: str = "") -> Item:
    """The text of a file's bytes (UTF-8, or UTF-16/32 with a byte order mark), or an error
    saying why it is not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _check_text(doc_id, data.decode(encoding), source=source)
            except UnicodeDecodeError as exc:
                return DocumentError(doc_id, f"not {encoding.upper()} text: {exc.reason} at byte offset {exc.start}")
    if b"\x00" in data[:8192]:
        return DocumentError(doc_id, "binary file (contains NUL bytes), not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return DocumentError(doc_id, f"not UTF-8 text: invalid byte 0x{data[exc.start]:02x} at byte offset {exc.start}")
    return _check_text(doc_id, text, source=source)


def _jsonl_documents(name: str, lines: Iterable[str]) -> Iterator[Item]:
    """One document per line: {"id": ..., "text": ..., other keys -> meta}."""
    found = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(where, f"line {number} is not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        found = True
        if not isinstance(obj, dict):
            yield DocumentError(where, f"line {number} is {_json_type(obj)}, not an object with id and text")
            continue
        doc_id = str(obj["id"]) if obj.get("id") not in (None, "") else where
        if "text" not in obj:
            yield DocumentError(doc_id, f"document on line {number} of {name} has no 'text' key")
            continue
        if not isinstance(obj["text"], str):
            yield DocumentError(doc_id, f"'text' on line {number} of {name} is {_json_type(obj['text'])}, not a string")
            continue
        meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
        yield _check_text(doc_id, obj["text"], meta, where)
    if not found:
        yield DocumentError(name, f"no documents in {name} (an empty JSONL file)")


def _file_documents(path: Path) -> Iterator[Item]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            with path.open(encoding="utf-8", newline="") as fh:
                # lines end at \n only: U+2028, U+0085 or a form feed inside a string is text
                yield from _jsonl_documents(str(path), _lines(fh))
        except UnicodeDecodeError as exc:
            yield DocumentError(str(path), f"not UTF-8 text: {exc.reason}")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield DocumentError(path.stem, f"cannot read {path}: {exc.strerror}")
        return
    yield decode(path.stem, data, str(path))


def read_documents(paths: list[str], stdin: IO[str] | None = None) -> Iterator[Item]:
    """Documents from each path in order; '-' reads stdin (JSONL if it starts with '{')."""
    for raw in paths:
        if raw == "-":
            yield from _stdin_documents(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield DocumentError(raw, f"directory {raw} holds no .txt files")
            for p in files:
                yield from _file_documents(p)
        elif path.is_file():
            yield from _file_documents(path)
        elif path.exists():
            yield DocumentError(raw, f"{raw} is neither a file nor a directory")
        else:
            yield DocumentError(raw, f"no such file or directory: {raw}")


def _stdin_documents(stream: IO[str]) -> Iterator[Item]:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read()
        item = decode("stdin", data)
        if isinstance(item, DocumentError):
            yield item
            return
        text = item.text
    else:
        text = stream.read()
    if text.lstrip().startswith("{"):
        yield from _jsonl_documents("stdin", text.split("\n"))
    else:
        yield _check_text("stdin", text, source="stdin")


def _lines(fh: IO[str]) -> Iterator[str]:
    """The lines of a file opened with newline="", split at \n only (not at \r, U+2028 ...)."""
    pending: list[str] = []  # pieces of a line not yet ended; joined once, when it ends
    while True:
        chunk = fh.read(1 << 16)
        if not chunk:
            break
        parts = chunk.split("\n")
        if len(parts) > 1:
            yield "".join(pending) + parts[0]
            yield from parts[1:-1]
            pending = []
        pending.append(parts[-1])
    rest = "".join(pending)
    if rest:
        yield rest


class SeenIds:
    """The ids a run has seen, in 8 bytes each (a 64-bit digest) whatever their length: sorted
    numpy arrays of growing size, merged as they fill (log-structured), so that a run over
    millions of documents keeps a few tens of MB, not a Python string per document. Two
    different ids share a digest with odds of about n^2 / 2^65 (10 million ids: 3 in a
    million); the later one would then be renumbered like a repeated id, with a warning."""

    def __init__(self, batch: int = 4096):
        self.batch = batch
        self._recent: set[int] = set()
        self._levels: list[numpy.ndarray] = []

    @staticmethod
    def _digest(doc_id: str) -> int:
        return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")

    def __contains__(self, doc_id: str) -> bool:
        d = self._digest(doc_id)
        if d in self._recent:
            return True
        key = numpy.uint64(d)
        for level in self._levels:
            k = int(numpy.searchsorted(level, key))
            if k < len(level) and level[k] == key:
                return True
        return False

    def add(self, doc_id: str) -> None:
        self._recent.add(self._digest(doc_id))
        if len(self._recent) >= self.batch:
            merged = numpy.sort(numpy.fromiter(self._recent, dtype=numpy.uint64, count=len(self._recent)))
            self._recent = set()
            # merge with every level no larger than what is being merged: O(log n) levels
            while self._levels and len(self._levels[-1]) <= len(merged):
                merged = numpy.sort(numpy.concatenate([self._levels.pop(), merged]), kind="mergesort")
            self._levels.append(merged)


def unique_ids(items: Iterable[Item], warn) -> Iterator[Item]:
    """Items with every document id made unique within the run: a repeated id gets "~2",
    "~3", ... and ``warn`` is told (a/story.txt and b/story.txt are both "story")."""
    seen = SeenIds()
    for item in items:
        if item.doc_id in seen:
            n = 2
            while f"{item.doc_id}~{n}" in seen:
                n += 1
            new = f"{item.doc_id}~{n}"
            seen.add(new)
            where = getattr(item, "source", "") or "the input"
            warn(f"{item.doc_id}: the id is used more than once; the one from {where} is {new}")
            item = attrs.evolve(item, doc_id=new)
        else:
            seen.add(item.doc_id)
        yield item
