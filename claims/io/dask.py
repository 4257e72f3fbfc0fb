"""Scale out on a dask.distributed cluster; every worker loads the model once.

Two ways in:

- ``extract_bag(bag)``: a Dask bag of documents ({"id", "text", ...} dicts) -> a bag of
  record dicts, for pipelines already on Dask;
- ``run_on_dask(items, address)``: what ``claims extract --dask ADDRESS`` uses; batches go
  to the cluster, at most a few per worker at a time, and outcomes come back in input order.

Both run the same ``batch.records_for`` as a single machine, so the records are the same.
Needs the ``dask`` extra: ``pip install 'claims[dask]'``.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Iterable, Iterator

from ..pipeline import Settings
from .batch import BATCH, Outcome, batched, in_order, records_for
from .reader import Document, DocumentError, Item

_MODELS: dict[Settings, Any] = {}


def _nlp(settings: Settings):
    """The worker process's model for these settings, loaded on first use and kept."""
    if settings not in _MODELS:
        _MODELS[settings] = settings.load()
    return _MODELS[settings]


def _as_document(obj: Any) -> Item:
    if isinstance(obj, (Document, DocumentError)):
        return obj
    if isinstance(obj, dict) and isinstance(obj.get("text"), str) and obj["text"].strip():
        doc_id = str(obj.get("id", ""))
        return Document(doc_id, obj["text"], {k: v for k, v in obj.items() if k not in ("id", "text")})
    return DocumentError(str(obj.get("id", "?")) if isinstance(obj, dict) else "?", "not a document with a non-empty 'text'")


def _partition(objs: Iterable[Any], settings: Settings) -> list[dict[str, Any]]:
    items = [_as_document(o) for o in objs]
    docs = [d for d in items if isinstance(d, Document)]
    return [r for outcome in records_for(_nlp(settings), docs, spill=False) for r in outcome.lines.records()]


def extract_bag(bag, settings: Settings | None = None, model: str | None = None):
    """A Dask bag of documents -> a Dask bag of validated record dicts (documents in order);
    settings (model, learned, min_confidence, scope) as for ``claims extract``."""
    return bag.map_partitions(_partition, settings or Settings(model=model))


def _run_batch(docs: list[Document], settings: Settings) -> list[Outcome]:
    return records_for(_nlp(settings), docs, spill=False)


class DaskUnavailable(RuntimeError):
    """No cluster to run on: the dask extra is not installed, or no scheduler answers."""


CONNECT_TIMEOUT = "20s"


def client_for(address: str, workers: int):
    """A Client on the scheduler at address, or on a new LocalCluster for 'local'."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailable("--dask needs the dask extra: pip install 'news-claims[dask]'") from None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=50)
            return Client(cluster)
        return Client(address, timeout=CONNECT_TIMEOUT)
    except Exception as exc:  # OSError, TimeoutError, ValueError for an address dask cannot read ...
        raise DaskUnavailable(f"no dask scheduler answers at {address} ({type(exc).__name__}: {exc})") from None


def run_on_dask(items: Iterable[Item], address: str, settings: Settings = Settings(), workers: int = 2,
                batch_size: int = BATCH, client=None) -> Iterator[Outcome]:
    """One Outcome per input item, in input order, computed on the cluster (on ``client`` when
    one is given, already connected to address); the client is closed at the end."""
    client = client if client is not None else client_for(address, workers)
    try:
        slots = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque = deque()
        for batch in batched(items, batch_size):
            docs = [d for d in batch if isinstance(d, Document)]
            pending.append((batch, client.submit(_run_batch, docs, settings, pure=False)))
            while len(pending) >= slots:
                done, future = pending.popleft()
                yield from in_order(done, future.result())
        while pending:
            done, future = pending.popleft()
            yield from in_order(done, future.result())
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and address == "local":
            cluster.close()
