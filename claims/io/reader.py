"""Reading input documents: text files, directories, JSONL files and stdin.

Problems with one document are values (DocumentError), not exceptions, so that a batch run
reports them and goes on with the rest.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any, Iterator

import attrs


@attrs.frozen
class Document:
    doc_id: str
    text: str
    meta: dict[str, Any] = attrs.Factory(dict)


@attrs.frozen
class DocumentError:
    doc_id: str
    reason: str


Item = Document | DocumentError


def _check_text(doc_id: str, text: str, meta: dict[str, Any] | None = None) -> Item:
    if not text.strip():
        return DocumentError(doc_id, "empty document (no text)")
    return Document(doc_id, text, meta or {})


def decode(doc_id: str, data: bytes) -> Item:
    """UTF-8 text of a file's bytes, or an error saying why it is not text."""
    if b"\x00" in data[:8192]:
        return DocumentError(doc_id, "binary file (contains NUL bytes), not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return DocumentError(doc_id, f"not UTF-8 text: invalid byte 0x{data[exc.start]:02x} at byte offset {exc.start}")
    return _check_text(doc_id, text)


def _jsonl_documents(name: str, lines: IO[str] | list[str]) -> Iterator[Item]:
    """One document per line: {"id": ..., "text": ..., other keys -> meta}."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(where, f"line {number} is not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield DocumentError(where, f"line {number} is a JSON {type(obj).__name__}, not an object with id and text")
            continue
        doc_id = str(obj["id"]) if obj.get("id") not in (None, "") else where
        if "text" not in obj:
            yield DocumentError(doc_id, f"document on line {number} of {name} has no 'text' key")
            continue
        if not isinstance(obj["text"], str):
            yield DocumentError(doc_id, f"'text' on line {number} of {name} is a {type(obj['text']).__name__}, not a string")
            continue
        meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
        yield _check_text(doc_id, obj["text"], meta)


def _file_documents(path: Path) -> Iterator[Item]:
    if path.suffix == ".jsonl":
        try:
            with path.open(encoding="utf-8", newline="") as fh:
                yield from _jsonl_documents(str(path), fh)
        except UnicodeDecodeError as exc:
            yield DocumentError(str(path), f"not UTF-8 text: {exc.reason}")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield DocumentError(path.stem, f"cannot read {path}: {exc.strerror}")
        return
    yield decode(path.stem, data)


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
        yield from _jsonl_documents("stdin", text.splitlines())
    else:
        yield _check_text("stdin", text)
