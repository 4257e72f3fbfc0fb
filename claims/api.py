"""The Python API: ``claims.extract(text, doc_id=...)`` returns the records for one text."""

from __future__ import annotations

import functools
from typing import Any

from spacy.language import Language

from . import pipeline, scope as scopes
from .records import to_json
from .schema import check


@functools.cache
def _default_nlp(model: str | None, learned: bool, min_confidence: float | None) -> Language:
    return pipeline.load(model, learned, min_confidence)


def extract(text: str, doc_id: str = "doc", *, model: str | None = None, nlp: Language | None = None,
            meta: dict[str, Any] | None = None, learned: bool = True, min_confidence: float | None = None,
            scope: str | None = None) -> list[dict[str, Any]]:
    """Validated claim records (dicts, as written to JSONL) for one text, in text order;
    learned=False runs the rules alone; min_confidence None is the fitted default, 0 keeps all;
    scope None or "all" keeps every claim, "speech" what was said or written (scope.py)."""
    kept = scopes.parse(scope)
    nlp = nlp or _default_nlp(model, learned, min_confidence)
    if "claims" not in nlp.pipe_names:
        nlp = pipeline.with_component(nlp, learned, min_confidence)
    return [check(to_json(c, doc_id, meta), text) for c in pipeline.claims_of(nlp, text) if scopes.keeps(kept, c.type, c.claim_class)]
