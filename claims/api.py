"""The Python API: ``claims.extract(text, doc_id=...)`` returns the records for one text;
``claims.extract_many(texts)`` runs many, on worker processes if asked, as ``claims extract``."""

from __future__ import annotations

import functools
import weakref
from typing import Any, Iterable, Iterator

from spacy.language import Language

from . import pipeline, scope as scopes
from .records import to_json
from .schema import check


@functools.cache
def _default_nlp(settings: pipeline.Settings) -> Language:
    """The pipeline for these settings (scope left to the caller's filter), loaded once."""
    return settings.load()


_WRAPPED: "weakref.WeakKeyDictionary[Language, dict[tuple, Language]]" = weakref.WeakKeyDictionary()


def _with_claims(nlp: Language, learned: bool, min_confidence: float | None, accurate: bool = False) -> Language:
    """nlp if it has the claims component; else a pipeline of its own components (shared, not
    copied) with the claims component added, kept while nlp lives. The caller's nlp is never
    changed: no pipe is added to it behind its back."""
    if "claims" in nlp.pipe_names:
        return nlp
    wrapped = _WRAPPED.setdefault(nlp, {})
    key = (learned, min_confidence, accurate)
    if key not in wrapped:
        own = nlp.__class__(vocab=nlp.vocab, meta=dict(nlp.meta))
        own.tokenizer = nlp.tokenizer
        for name in nlp.pipe_names:
            own.add_pipe(name, source=nlp)
        wrapped[key] = pipeline.with_component(own, learned, min_confidence, accurate=accurate)
    return wrapped[key]


def extract(text: str, doc_id: str = "doc", *, model: str | None = None, nlp: Language | None = None,
            meta: dict[str, Any] | None = None, learned: bool = True, min_confidence: float | None = None,
            scope: str | None = None, accurate: bool = False) -> list[dict[str, Any]]:
    """Validated claim records (dicts, as written to JSONL) for one text, in text order;
    learned=False runs the rules alone; min_confidence None is the fitted default, 0 keeps all;
    scope None or "all" keeps every claim, "speech" what was said or written (scope.py);
    accurate=True runs the accurate tagger (MiniLM token vectors; the [match] extra)."""
    kept = scopes.parse(scope)
    nlp = (_with_claims(nlp, learned, min_confidence, accurate) if nlp is not None
           else _default_nlp(pipeline.Settings(model, learned, min_confidence, accurate=accurate)))
    return [check(to_json(c, doc_id, meta), text) for c in pipeline.claims_of(nlp, text) if scopes.keeps(kept, c.type, c.claim_class)]


def extract_many(texts: Iterable[str | tuple[str, str]], *, workers: int = 1, model: str | None = None, learned: bool = True,
                 min_confidence: float | None = None, scope: str | None = None,
                 timeout: float | None = None, accurate: bool = False) -> Iterator[tuple[str, list[dict[str, Any]] | None, str | None]]:
    """(doc_id, records, None) for each text in order, or (doc_id, None, reason) for one that
    failed; texts are strings (ids "1", "2", ...) or (id, text) pairs. The same batch path as
    ``claims extract`` (workers, a time budget per document, validated records); ids are made
    unique as there ("a", "a~2")."""
    from .io import batch
    from .io.reader import Document, DocumentError, unique_ids

    def items() -> Iterator[Document | DocumentError]:
        for n, item in enumerate(texts, 1):
            doc_id, text = item if isinstance(item, tuple) else (str(n), item)
            if not isinstance(text, str) or not text.strip():
                yield DocumentError(str(doc_id), "empty document (no text)" if isinstance(text, str) else "text is not a string")
            else:
                yield Document(str(doc_id), text)

    kept = scopes.parse(scope)
    settings = pipeline.Settings(model=model, learned=learned, min_confidence=min_confidence, accurate=accurate)  # scope: filtered here
    runs = batch.run(unique_ids(items(), lambda message: None), _default_nlp(settings), workers=workers, settings=settings, timeout=timeout)
    try:
        for outcome in runs:
            if outcome.error:
                yield outcome.doc_id, None, outcome.error
            else:
                yield outcome.doc_id, [r for r in outcome.lines.records() if scopes.keeps_record(kept, r)], None
    finally:
        runs.close()
