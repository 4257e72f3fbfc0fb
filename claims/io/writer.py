"""Writing records as JSON Lines, flushed per document, with a checkpoint for --resume.

The checkpoint (``OUT.jsonl.progress``) gets one line per finished document, holding the
output's size after that document. A run killed at any point (Ctrl-C, SIGTERM, kill -9) is
resumed by cutting the output back to the last checkpointed size and skipping the documents
the checkpoint lists: no record is lost and none is written twice.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from .batch import Outcome


class ResumeError(RuntimeError):
    """The output and its checkpoint do not allow a resume."""


def checkpoint_path(output: str | Path) -> Path:
    return Path(f"{output}.progress")


def resume_point(output: str | Path) -> tuple[list[str], int]:
    """Doc ids already done by an interrupted run, after cutting the output back to match.

    The checkpoint holds one line per finished document with the output's size after it.
    Records past the last complete checkpoint line (a half-written line, or a document killed
    mid-write) are cut off, so the resumed run writes them again exactly once. Returns the ids
    done and how many of those failed.
    """
    out, ckpt = Path(output), checkpoint_path(output)
    if not ckpt.exists():
        if out.exists() and out.stat().st_size:
            raise ResumeError(f"{out} has records but no checkpoint {ckpt}; cannot tell where the run stopped")
        return [], 0
    done: list[str] = []
    failed = 0
    offset = 0
    with ckpt.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break  # half-written checkpoint line: that document is not done
            try:
                entry = json.loads(raw)
            except json.JSONDecodeError:
                break
            done.append(entry["doc_id"])
            offset = entry["offset"]
            failed += "error" in entry
    size = out.stat().st_size if out.exists() else 0
    if size < offset:
        raise ResumeError(f"{out} is shorter ({size} bytes) than its checkpoint says ({offset}); was it edited?")
    with out.open("ab") as fh:
        fh.truncate(offset)
    with ckpt.open("r+b") as fh:  # drop a half-written last checkpoint line too
        keep = sum(len(line) for line in list(fh.readlines())[: len(done)])
        fh.truncate(keep)
    return done, failed


class Writer:
    """Writes each document's records, flushes them, then checkpoints the document as done.

    Flushing hands the bytes to the operating system, which keeps them even if the process is
    killed; there is no fsync per document (that would only guard against power loss).
    """

    def __init__(self, stream: IO[bytes], checkpoint: IO[bytes] | None = None):
        self.stream = stream
        self.checkpoint = checkpoint
        self.records = 0

    def write(self, outcome: Outcome) -> None:
        count = outcome.lines.move_to(self.stream)
        self.stream.flush()
        self.records += count
        if self.checkpoint is not None:
            entry = {"doc_id": outcome.doc_id, "offset": self.stream.tell(), "claims": count}
            if outcome.error:
                entry["error"] = outcome.error
            self.checkpoint.write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
            self.checkpoint.flush()


class PartWriter:
    """Writes records into numbered part files in a directory, a new part every N documents."""

    def __init__(self, directory: str | Path, docs_per_part: int = 1000):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.docs_per_part = docs_per_part
        self.records = 0
        self._docs = 0
        self._stream: IO[bytes] | None = None

    def write(self, outcome: Outcome) -> None:
        if self._docs % self.docs_per_part == 0:
            self.close()
            self._stream = open(self.directory / f"part-{self._docs // self.docs_per_part:05d}.jsonl", "wb")
        self._docs += 1
        assert self._stream is not None
        count = outcome.lines.move_to(self._stream)
        self._stream.flush()
        self.records += count

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None
