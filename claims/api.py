"""The Python API: ``claims.extract(text, doc_id=...)`` returns the records for one text."""

from __future__ import annotations

import functools
from typing import Any

from spacy.language import Language

from . import pipeline
from .records import to_json
from .schema import check


@functools.cache
def _default_nlp(model: str | None) -> Language:
    return pipeline.load(model)


def extract(text: str, doc_id: str = "doc", *, model: str | None = None, nlp: Language | None = None,
            meta: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Validated claim records (dicts, as written to JSONL) for one text, in text order."""
    nlp = nlp or _default_nlp(model)
    if "claims" not in nlp.pipe_names:
        nlp = pipeline.with_component(nlp)
    return [check(to_json(c, doc_id, meta), text) for c in pipeline.claims_of(nlp, text)]
