"""Reading input documents: text files, directories, JSONL files and stdin.

Problems with one document are values (DocumentError), not exceptions, so that a batch run
reports them and goes on with the rest.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

import attrs
import numpy

from . import jsonl

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
    bad = _surrogate(text)  # only a lone surrogate ("\ud800" in JSON) cannot be encoded
    if bad is not None:
        return DocumentError(doc_id, f"text holds a lone surrogate (U+{ord(text[bad]):04X}) at character {bad}: not Unicode text")
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


def _surrogate(value: str) -> int | None:
    """The index of the first lone surrogate in value (not Unicode: UTF-8 cannot hold it), or None."""
    try:
        value.encode("utf-8")
        return None
    except UnicodeEncodeError as exc:
        return exc.start


def _meta_problem(meta: dict[str, Any]) -> str | None:
    """Why meta cannot be written back out as UTF-8 JSON, or None."""
    try:
        json.dumps(meta, ensure_ascii=False, allow_nan=False).encode("utf-8")
        return None
    except UnicodeEncodeError:
        return "holds a lone surrogate (not Unicode text)"
    except (ValueError, RecursionError) as exc:
        return str(exc)


def _jsonl_document(name: str, line: jsonl.Line) -> Item:
    """The document on one line: {"id": ..., "text": ..., other keys -> meta}."""
    number, obj = line.number, line.value
    where = f"{name}:{number}"
    if line.error is not None:
        return DocumentError(where, f"line {number} is {line.error}")
    if not isinstance(obj, dict):
        return DocumentError(where, f"line {number} is {_json_type(obj)}, not an object with id and text")
    raw_id = obj.get("id")
    if raw_id in (None, ""):
        doc_id = where
    elif isinstance(raw_id, str):
        bad = _surrogate(raw_id)
        if bad is not None:
            return DocumentError(printable_id(raw_id), f"'id' on line {number} of {name} holds a lone surrogate "
                                                       f"(U+{ord(raw_id[bad]):04X}): not Unicode text")
        doc_id = raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    else:
        return DocumentError(where, f"'id' on line {number} of {name} is {_json_type(raw_id)}; give a string or a whole number")
    if "text" not in obj:
        return DocumentError(doc_id, f"document on line {number} of {name} has no 'text' key")
    if not isinstance(obj["text"], str):
        return DocumentError(doc_id, f"'text' on line {number} of {name} is {_json_type(obj['text'])}, not a string")
    meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
    problem = _meta_problem(meta)
    if problem is not None:
        return DocumentError(doc_id, f"the other keys on line {number} of {name} cannot be written back: {problem}")
    return _check_text(doc_id, obj["text"], meta, where)


def _jsonl_documents(name: str, lines: Iterable[jsonl.Line]) -> Iterator[Item]:
    found = False
    for line in lines:
        found = True
        yield _jsonl_document(name, line)
    if not found:
        yield DocumentError(name, f"no documents in {name} (an empty JSONL file)")


def printable_id(name: str) -> str:
    """A name that can be written as UTF-8: a byte of a file name that is not UTF-8 (held by
    Python as a lone surrogate) or a lone surrogate becomes a visible escape (\\xe9, \\udc00)."""
    if _surrogate(name) is None:
        return name
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def is_document_file(path: Path) -> bool:
    """Whether a file inside an input directory is read as a document (every *.txt below it)."""
    return path.name.endswith(".txt")


def directory_files(root: Path, problems: list[DocumentError] | None = None) -> list[Path]:
    """The document files below a directory, sorted; a subdirectory that cannot be read is a
    problem (when a list is given), never skipped in silence."""
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        if problems is not None:
            where = printable_id(str(exc.filename or root))
            problems.append(DocumentError(where, f"cannot read the directory {where}: {exc.strerror}"))

    for folder, _dirs, names in os.walk(root, onerror=unreadable):
        for name in names:
            p = Path(folder, name)
            if is_document_file(p) and p.is_file():
                found.append(p)
    return sorted(found)


def _file_documents(path: Path) -> Iterator[Item]:
    name = printable_id(str(path))
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            with path.open("rb") as fh:
                yield from _jsonl_documents(name, jsonl.read(fh))
        except OSError as exc:
            yield DocumentError(name, f"cannot read {name}: {exc.strerror}")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield DocumentError(printable_id(path.stem), f"cannot read {name}: {exc.strerror}")
        return
    yield decode(printable_id(path.stem), data, name)


def _path_documents(raw: str) -> Iterator[Item]:
    name = printable_id(raw)
    path = Path(raw)
    try:
        is_dir, is_file, exists = path.is_dir(), path.is_file(), path.exists()
    except OSError as exc:  # a name too long, a loop of links ...
        yield DocumentError(name, f"cannot read {name}: {exc.strerror}")
        return
    if is_dir:
        problems: list[DocumentError] = []
        files = directory_files(path, problems)
        yield from problems
        if not files and not problems:
            yield DocumentError(name, f"directory {name} holds no .txt files")
        for p in files:
            yield from _file_documents(p)
    elif is_file:
        yield from _file_documents(path)
    elif exists:
        yield DocumentError(name, f"{name} is neither a file nor a directory")
    else:
        yield DocumentError(name, f"no such file or directory: {name}")


def read_documents(paths: list[str], stdin: IO[str] | None = None) -> Iterator[Item]:
    """Documents from each path in order; '-' reads stdin (JSONL if it starts with '{')."""
    for raw in paths:
        if raw == "-":
            yield from _stdin_documents(stdin if stdin is not None else sys.stdin)
        else:
            yield from _path_documents(raw)


def _stdin_documents(stream: IO[str]) -> Iterator[Item]:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        try:
            data = buffer.read()
        except OSError as exc:
            yield DocumentError("stdin", f"cannot read stdin: {exc.strerror}")
            return
        item = decode("stdin", data)
        if isinstance(item, DocumentError):
            yield item
            return
        text = item.text
    else:
        text = stream.read()
    if text.removeprefix(jsonl.BOM).lstrip().startswith("{"):
        yield from _jsonl_documents("stdin", jsonl.read_text(text))
    else:
        yield _check_text("stdin", text, source="stdin")


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


def texts_by_id(paths: list[str], report) -> dict[str, str]:
    """The documents' texts by id, ids made unique as ``claims extract`` makes them (so that
    "story~2" is the second "story"); each document that cannot be read goes to ``report``."""
    texts: dict[str, str] = {}
    for item in unique_ids(read_documents(paths), lambda message: None):
        if isinstance(item, Document):
            texts[item.doc_id] = item.text
        else:
            report(item)
    return texts
