"""Tokens picked from a Doc's attribute arrays: a stage that runs on every document and wants
only a few of its tokens (the verbs, the gerunds, the words of a list) reads one column with
``Doc.to_array`` instead of visiting each token, which would make a Token object per token."""

from __future__ import annotations

from typing import Iterable

import numpy
from spacy.tokens import Doc


def tokens_where(doc: Doc, attr: int, values: Iterable[int]) -> list[int]:
    """Indices of the tokens whose attribute (a spaCy attribute id: ORTH, TAG, POS, ...) is one of
    values (string hashes or symbols), in text order."""
    if not len(doc):
        return []
    return numpy.isin(doc.to_array(attr), numpy.fromiter(values, dtype="uint64")).nonzero()[0].tolist()
