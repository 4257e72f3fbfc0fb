"""Where a command may write: never onto one of its own inputs, never into a folder that holds
them, never where its output would be read back as an input, and never where another run is
writing at the same time.

Every check is made before anything is opened for writing, through symlinks, ``..``, hard links
and a file given as standard input, so that no spelling of a path can destroy data.
"""

from __future__ import annotations

import fcntl
import os
import stat
import sys
from pathlib import Path
from typing import IO, Iterable

import attrs

from .reader import directory_files, is_document_file, printable_id


class Refused(Exception):
    """An output that would destroy or re-read an input, or that another run holds."""


Identity = tuple[int, int]  # (device, inode): the same file whatever the path


def _identity(path: Path | str) -> Identity | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _resolved(path: Path | str) -> Path | None:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def stdin_identity() -> Identity | None:
    """The file behind standard input when it is a regular file (``< in.txt``), else None."""
    try:
        st = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


@attrs.frozen
class Inputs:
    """What a command reads: every file (directories expanded as the reader reads them) by
    identity, and the input directories and files by resolved path."""

    files: dict[Identity, str]
    directories: tuple[tuple[Path, str], ...]  # resolved, and as named
    places: tuple[tuple[Path, str], ...]  # resolved path of every named input, and its name

    @classmethod
    def of(cls, paths: Iterable[str], stdin: bool = False) -> "Inputs":
        files: dict[Identity, str] = {}
        directories: list[tuple[Path, str]] = []
        places: list[tuple[Path, str]] = []
        for raw in paths:
            if raw == "-":
                ident = stdin_identity() if stdin else None
                if ident is not None:
                    files[ident] = "standard input"
                continue
            where = _resolved(raw)
            if where is None:
                continue
            places.append((where, raw))
            try:
                is_dir = os.path.isdir(raw)
            except (OSError, ValueError):
                continue
            if is_dir:
                directories.append((where, raw))
                for p in directory_files(Path(raw)):
                    ident = _identity(p)
                    if ident is not None:
                        files.setdefault(ident, str(p))
            else:
                ident = _identity(raw)
                if ident is not None:
                    files.setdefault(ident, raw)
        return cls(files, tuple(directories), tuple(places))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_file(output: str, inputs: Inputs, companions: Iterable[Path] = ()) -> None:
    """Refuse an output file (and the files written beside it, such as its checkpoint) that is
    an input, or that lies in an input directory where it would be read back as a document."""
    for target in (Path(output), *companions):
        ident = _identity(target)
        if ident is not None and ident in inputs.files:
            raise Refused(f"{printable_id(output)}: the output would overwrite the input {printable_id(inputs.files[ident])}; choose another -o")
        where = _resolved(target)
        if where is None:
            continue
        for folder, name in inputs.directories:
            if folder in where.parents and is_document_file(where):
                raise Refused(f"{printable_id(output)}: the output lies in the input directory {printable_id(name)} "
                              "and would be read back as a document; choose another -o")


def check_directory(output: str, inputs: Inputs, written: Iterable[Path] = ()) -> None:
    """Refuse an output directory that holds an input (at any depth) or is one, or whose files
    that would be overwritten (``written``, those already there) are inputs."""
    where = _resolved(output)
    if where is not None:
        for place, name in inputs.places:
            if _inside(place, where):
                raise Refused(f"{printable_id(output)}: the output directory holds the input {printable_id(name)}; choose another -o")
    for p in written:
        ident = _identity(p)
        if ident is not None and ident in inputs.files:
            raise Refused(f"{printable_id(output)}: writing {printable_id(str(p))} would overwrite the input "
                          f"{printable_id(inputs.files[ident])}; choose another -o")


class Lock:
    """An exclusive lock on an output (a file or a directory) for as long as a command writes
    it: a second run onto the same output is refused with one line instead of interleaving.
    The lock goes with the process (flock), so a killed run never leaves it behind."""

    def __init__(self, path: str, directory: bool = False):
        self.path = path
        self.created = False
        if directory:
            os.makedirs(path, exist_ok=True)
            self.fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        else:
            self.created = not os.path.lexists(path)
            self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NONBLOCK, 0o666)  # (a pipe with no reader: refused, not a hang)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            raise Refused(f"{printable_id(path)}: another claims run is writing there; wait for it to finish or choose another -o") from None

    def release(self, unused: bool = False) -> None:
        """Let go; with unused, remove the file this lock created if nothing was written."""
        if unused and self.created:
            try:
                if os.fstat(self.fd).st_size == 0:
                    os.unlink(self.path)
            except OSError:
                pass
        try:
            os.close(self.fd)
        except OSError:
            pass


def open_locked(path: str, binary: bool = False, newline: str | None = None) -> tuple[IO, Lock]:
    """A file opened for writing from empty, locked against another run writing it."""
    lock = Lock(path)
    try:
        fh = open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": newline}))
    except OSError:
        lock.release(unused=True)
        raise
    return fh, lock
