"""One document's records as JSON lines, held in memory up to SPILL bytes and in a temporary
file past that: the records of a 40 MB document never sit in memory whole.

A spool crosses from a worker process to the parent (pickled): a small one as its bytes, a
spilled one as the path of its file, which the parent copies into the output and deletes.
Spilled files go into ``DIRECTORY`` when it is set (a batch run's temporary directory, removed
when the run ends however it ends), else into the system's temporary directory.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from typing import IO, Any, Iterator

SPILL = 8 << 20  # bytes of JSON lines kept in memory before they go to a file
DIRECTORY: str | None = None


class Lines:
    """JSON lines appended one record at a time; then copied out once, or read back."""

    def __init__(self, spill: bool = True) -> None:
        self.spill = spill
        self.count = 0
        self._chunks: list[bytes] = []
        self._size = 0
        self._path: str | None = None
        self._file: IO[bytes] | None = None

    def add(self, record: dict[str, Any]) -> None:
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        self.count += 1
        if self.spill and self._file is None and self._size + len(data) > SPILL:
            fd, self._path = tempfile.mkstemp(prefix="claims-", suffix=".jsonl", dir=DIRECTORY)
            self._file = os.fdopen(fd, "wb")
            self._file.write(b"".join(self._chunks))
            self._chunks = []
        if self._file is not None:
            self._file.write(data)
        else:
            self._chunks.append(data)
            self._size += len(data)

    def closed(self) -> "Lines":
        """This spool, its file (if any) closed: ready to be copied out or sent to the parent."""
        if self._file is not None:
            self._file.close()
            self._file = None
        return self

    @property
    def spilled(self) -> bool:
        return self._path is not None

    def copy_to(self, stream: IO[bytes]) -> None:
        if self._path is None:
            stream.write(b"".join(self._chunks))
            return
        self.closed()
        with open(self._path, "rb") as fh:
            shutil.copyfileobj(fh, stream, 1 << 20)

    def move_to(self, stream: IO[bytes]) -> int:
        """Copy the lines out and forget them (the file removed, even if writing fails);
        returns how many records there were."""
        count = self.count
        try:
            self.copy_to(stream)
        finally:
            self.discard()
        return count

    def records(self) -> Iterator[dict[str, Any]]:
        """The records back as dicts (for callers that want values, not bytes)."""
        if self._path is None:
            for chunk in self._chunks:
                yield json.loads(chunk)
            return
        self.closed()
        with open(self._path, "rb") as fh:
            for line in fh:
                yield json.loads(line)

    def discard(self) -> None:
        """Forget the lines and remove the file, if any."""
        self.closed()
        if self._path is not None:
            try:
                os.unlink(self._path)
            except FileNotFoundError:
                pass
        self._chunks, self._size, self._path, self.count = [], 0, None, 0

    def __getstate__(self) -> dict[str, Any]:
        self.closed()
        return {"spill": self.spill, "count": self.count, "chunks": self._chunks, "path": self._path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.spill = state["spill"]
        self.count = state["count"]
        self._chunks = state["chunks"]
        self._size = sum(len(c) for c in self._chunks)
        self._path = state["path"]
        self._file = None
