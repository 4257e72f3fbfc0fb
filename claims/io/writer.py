"""Writing records as JSON Lines, flushed per document, with a checkpoint for --resume.

The checkpoint (``OUT.jsonl.progress``) gets one line per finished document, holding the
output's size after that document; a run's first line also holds its settings (the model,
tagger, threshold and scope), and a resume with other settings is refused. A run killed at any
point (Ctrl-C, SIGTERM, kill -9) is resumed by cutting the output back to the last checkpointed
size and skipping the documents the checkpoint lists: no record is lost and none is written twice.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

import attrs

from .batch import Outcome


class ResumeError(RuntimeError):
    """The output and its checkpoint do not allow a resume."""


def checkpoint_path(output: str | Path) -> Path:
    return Path(f"{output}.progress")


@attrs.frozen
class Progress:
    """What an interrupted run finished: (doc_id, failed) for input positions 0, 1, ... in order."""

    entries: tuple[tuple[str, bool], ...] = ()


def _entry(raw: bytes, number: int, ckpt: Path) -> tuple[int | None, str, int, bool, dict | None]:
    """(position, doc_id, offset, failed, settings) of one checkpoint line; ResumeError if it is
    not one that claims wrote (an edited checkpoint cannot say where the run stopped)."""
    try:
        entry = json.loads(raw)
        doc_id, offset, position, settings = entry["doc_id"], entry["offset"], entry.get("n"), entry.get("settings")
        if not (isinstance(doc_id, str) and isinstance(offset, int) and offset >= 0 and (position is None or isinstance(position, int))
                and (settings is None or isinstance(settings, dict))):
            raise TypeError
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise ResumeError(f"{ckpt}: line {number} is not a checkpoint line that claims wrote; cannot tell where the run stopped "
                          "(remove the output and its .progress file to start again)") from None
    return position, doc_id, offset, "error" in entry, settings


def resume_point(output: str | Path, settings: dict | None = None) -> Progress:
    """The documents an interrupted run finished, after cutting the output back to match.

    The checkpoint holds one line per finished document: its position in the input, its id,
    whether it failed, and the output's size after it; settings given and other than those the
    run was started with are a ResumeError, before anything is cut. Records past the last complete
    checkpoint line (a half-written line, or a document killed mid-write) are cut off, so the
    resumed run writes them again exactly once. A document tried again on a resume gets a
    second line with the same position; the last line for a position says how it went.
    """
    out, ckpt = Path(output), checkpoint_path(output)
    if not ckpt.exists():
        if out.exists() and out.stat().st_size:
            raise ResumeError(f"{out} has records but no checkpoint {ckpt}; cannot tell where the run stopped")
        return Progress()
    done: dict[int, tuple[str, bool]] = {}
    offset = keep = 0
    started_with = None
    with ckpt.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.endswith(b"\n"):
                break  # half-written checkpoint line: that document is not done
            position, doc_id, after, failed, kept = _entry(raw, number, ckpt)
            started_with = started_with if started_with is not None else kept
            if after < offset:
                raise ResumeError(f"{ckpt}: line {number} goes back in the output; was it edited?")
            done[len(done) if position is None else position] = (doc_id, failed)
            offset, keep = after, keep + len(raw)
    if settings is not None and started_with is not None and started_with != settings:
        differ = ", ".join(f"{k} {started_with.get(k)!r} (now {v!r})" for k, v in settings.items() if started_with.get(k) != v)
        raise ResumeError(f"{out} was started with other settings: {differ}; resume with the same settings, "
                          "or remove the output and its .progress file to start again")
    if sorted(done) != list(range(len(done))):
        raise ResumeError(f"{ckpt}: the documents it lists are not the first {len(done)} of the input; was it edited?")
    size = out.stat().st_size if out.exists() else 0
    if size < offset:
        raise ResumeError(f"{out} is shorter ({size} bytes) than its checkpoint says ({offset}); was it edited?")
    with out.open("ab") as fh:
        fh.truncate(offset)
    with ckpt.open("r+b") as fh:  # drop a half-written last checkpoint line too
        fh.truncate(keep)
    return Progress(tuple(done[n] for n in range(len(done))))


class Writer:
    """Writes each document's records, flushes them, then checkpoints the document as done.

    Flushing hands the bytes to the operating system, which keeps them even if the process is
    killed; there is no fsync per document (that would only guard against power loss).
    """

    def __init__(self, stream: IO[bytes], checkpoint: IO[bytes] | None = None, settings: dict | None = None):
        self.stream = stream
        self.checkpoint = checkpoint
        self.records = 0
        self.settings = settings  # written on the first checkpoint line of this run

    def write(self, outcome: Outcome, position: int | None = None) -> None:
        """Write one document's records; position is its place in the input (from 0), which
        the checkpoint keeps so that a resume can try a failed document again."""
        count = outcome.lines.move_to(self.stream)
        self.stream.flush()
        self.records += count
        if self.checkpoint is not None:
            entry = {"doc_id": outcome.doc_id, "offset": self.stream.tell(), "claims": count}
            if position is not None:
                entry["n"] = position
            if outcome.error:
                entry["error"] = outcome.error
            if self.settings is not None:
                entry["settings"], self.settings = self.settings, None
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

    def write(self, outcome: Outcome, position: int | None = None) -> None:
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
