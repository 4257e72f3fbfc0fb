"""Batch runs: documents in, validated records out, in input order, on one or many processes.

    read_documents -> batches -> parse + extract + build records (here or in worker processes)
        -> write in input order, flushed per document -> checkpoint (for --resume)

A document's records are held as JSON lines in a spool (spool.py) that goes to a temporary file
past a few MB, so a 40 MB document costs the memory of one parsed piece, not of its records.

Workers are forked from the parent after the model is loaded, so each starts with the model
already in memory. At most ``2 x workers`` batches are in flight, so memory stays flat however
long the input is.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections import deque
import tempfile
from typing import Iterable, Iterator

import attrs
from spacy.language import Language

from .. import pipeline
from . import spool
from .reader import Document, DocumentError, Item
from .spool import Lines
from ..records import to_json
from ..schema import check

BATCH = 16
# Documents longer than this are parsed alone, with their own time budget, never in a batch: a
# slow one then costs its own --doc-timeout once, not the batch's and then its own again.
TOGETHER = 20_000
DOC_TIMEOUT = 600.0  # seconds one document may take (--doc-timeout); 0 or None: no limit


class DocTimeout(Exception):
    """A document took longer than its budget."""


class _budget:
    """A time budget for the code inside, on the main thread of a process (SIGALRM): past it,
    DocTimeout is raised there. Elsewhere (threads, no budget) it does nothing."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds if seconds and seconds > 0 else None
        self.armed = False

    def __enter__(self):
        if self.seconds is None:
            return self
        try:
            self.previous = signal.signal(signal.SIGALRM, self._expired)
        except ValueError:  # not the main thread (a Dask worker thread): no budget
            return self
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        self.armed = True
        return self

    def _expired(self, signum, frame):
        raise DocTimeout()

    def __exit__(self, *exc):
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


@attrs.frozen
class Outcome:
    """What became of one input document: its records, or the reason it failed."""

    doc_id: str
    lines: Lines = attrs.field(factory=Lines)  # the document's records, as JSON lines
    error: str | None = None


def records_for(nlp: Language, docs: list[Document], timeout: float | None = DOC_TIMEOUT, spill: bool = True) -> list[Outcome]:
    """Validated records for each document, in order; one failure never sinks the batch.

    Documents of up to TOGETHER characters are parsed together, with one document's time budget
    for the lot; past it (or on a crash) they are done one by one, each with its own budget, and
    only the one that overruns fails. A longer document is parsed alone from the start (one past
    the parser's piece size, piece by piece), its records spooled as they come. spill=False
    keeps every record in memory (a Dask worker's outcomes travel to another machine, where no
    spool file would be).
    """
    whole = [i for i, d in enumerate(docs) if len(d.text) <= TOGETHER]  # TOGETHER < pipeline.PIECE: one piece each
    try:
        with _budget(timeout):
            found = dict(zip(whole, pipeline.pipe_claims(nlp, [docs[i].text for i in whole])))
    except Exception:  # a crash or an overrun on the batch: go one by one to find the culprit
        found = {}
    out = []
    for i, doc in enumerate(docs):
        lines = Lines(spill=spill)
        try:
            with _budget(timeout):
                claims = found[i] if i in found else pipeline.iter_claims(nlp, doc.text)
                for c in claims:
                    lines.add(check(to_json(c, doc.doc_id, doc.meta or None, doc.source or None), doc.text))
            out.append(Outcome(doc.doc_id, lines.closed()))
        except DocTimeout:
            lines.discard()
            out.append(Outcome(doc.doc_id, error=f"took longer than {timeout:g} s ({len(doc.text):,} characters); skipped (--doc-timeout)"))
        except Exception as exc:
            lines.discard()
            out.append(Outcome(doc.doc_id, error=f"extraction failed: {type(exc).__name__}: {exc}"))
    return out


# --- worker processes ------------------------------------------------------------------------

_WORKER_NLP: Language | None = None
_WORKER_TIMEOUT: float | None = DOC_TIMEOUT


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the parent process dies (kill -9, SIGTERM), so that
    no orphan goes on and none prints a BrokenPipe traceback into the user's terminal."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def _share_cores(workers: int) -> None:
    """Each of workers processes multiplies matrices (numpy's BLAS: the parse and the tagger) on
    its share of the cores: a BLAS that starts a thread a core in every worker makes the workers
    fight over the cores (on 2 cores, 2 workers ran about 1.2x slower)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(max(1, (os.cpu_count() or 1) // workers), user_api="blas")


def _worker_init(settings: pipeline.Settings, timeout: float | None = DOC_TIMEOUT, spool_directory: str | None = None,
                 workers: int = 1) -> None:
    # Ctrl-C goes to the whole process group: the parent alone answers it (one line, exit 130)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler (end the run cleanly) is not a worker's
    _die_with_parent()
    _share_cores(workers)
    global _WORKER_NLP, _WORKER_TIMEOUT
    _WORKER_TIMEOUT = timeout
    spool.DIRECTORY = spool_directory
    if _WORKER_NLP is None:  # forked children inherit the parent's model; spawned ones load it
        _WORKER_NLP = settings.load()


def _worker_run(docs: list[Document]) -> list[Outcome]:
    assert _WORKER_NLP is not None
    return records_for(_WORKER_NLP, docs, _WORKER_TIMEOUT)


def batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def in_order(batch: list[Item], outcomes: list[Outcome]) -> Iterator[Outcome]:
    """Outcomes for a batch in input order, read errors in their places."""
    done = iter(outcomes)
    for item in batch:
        if isinstance(item, DocumentError):
            yield Outcome(item.doc_id, error=item.reason)
        else:
            yield next(done)


def run(items: Iterable[Item], nlp: Language, workers: int = 1, settings: pipeline.Settings = pipeline.Settings(),
        batch_size: int = BATCH, timeout: float | None = DOC_TIMEOUT) -> Iterator[Outcome]:
    """One Outcome per input item, in input order. Spooled records go into a temporary
    directory of the run's own, removed when the run ends (finished, failed or interrupted)."""
    with tempfile.TemporaryDirectory(prefix="claims-run-") as directory:
        spool.DIRECTORY = directory
        try:
            yield from _run(items, nlp, workers, settings, batch_size, timeout)
        finally:
            spool.DIRECTORY = None


def _run(items: Iterable[Item], nlp: Language, workers: int, settings: pipeline.Settings, batch_size: int,
         timeout: float | None) -> Iterator[Outcome]:
    batches = batched(items, batch_size)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if workers <= 1 or second is None:  # one process, or too little input to pay for more
        for batch in (b for b in (first, second) if b is not None):
            yield from in_order(batch, records_for(nlp, [d for d in batch if isinstance(d, Document)], timeout))
        for batch in batches:
            yield from in_order(batch, records_for(nlp, [d for d in batch if isinstance(d, Document)], timeout))
        return
    global _WORKER_NLP
    _WORKER_NLP = nlp
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(workers, initializer=_worker_init, initargs=(settings, timeout, spool.DIRECTORY, workers)) as pool:
        pending: deque = deque()

        def submit(batch: list[Item]) -> None:
            pending.append((batch, pool.apply_async(_worker_run, ([d for d in batch if isinstance(d, Document)],))))

        submit(first)
        submit(second)
        for batch in batches:
            while len(pending) >= 2 * workers:
                done_batch, result = pending.popleft()
                yield from in_order(done_batch, result.get())
            submit(batch)
        while pending:
            done_batch, result = pending.popleft()
            yield from in_order(done_batch, result.get())
