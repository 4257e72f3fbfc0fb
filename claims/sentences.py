"""Sentence lookup by token or character, and the document text, computed once per Doc.

``Token.sent`` walks the document's sentences on every call; extraction asks thousands of
times per article, so the answer is indexed once and kept in ``doc.user_data``.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

_KEY = "claims.sentences"


class Sentences:
    def __init__(self, doc: Doc):
        self.spans: list[Span] = list(doc.sents)
        self.starts = [s.start for s in self.spans]
        self.start_chars = [s.start_char for s in self.spans]

    def of_token(self, i: int) -> Span:
        return self.spans[bisect.bisect_right(self.starts, i) - 1]

    def of_char(self, char: int) -> Span:
        return self.spans[max(0, bisect.bisect_right(self.start_chars, char) - 1)]


def sentences(doc: Doc) -> Sentences:
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = Sentences(doc)
    return found


def text_of(doc: Doc) -> str:
    """doc.text, built once: the property joins every token on each call."""
    found = doc.user_data.get("claims.text")
    if found is None:
        found = doc.user_data["claims.text"] = doc.text
    return found
