"""Sentence lookup by token or character, and the document text, computed once per Doc.

``Token.sent`` walks the document's sentences and ``Doc.text`` joins every token on each call;
extraction asks thousands of times per article, so both are computed once per Doc.
"""

from __future__ import annotations

import bisect
import weakref
from typing import NamedTuple

from spacy.tokens import Doc

# per-Doc caches; a WeakKeyDictionary is faster to reach than doc.user_data and lets go with the Doc
_SENTENCES: "weakref.WeakKeyDictionary[Doc, Sentences]" = weakref.WeakKeyDictionary()
_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


class Sent(NamedTuple):
    """A sentence's token and character bounds (no reference back to the Doc)."""

    start: int
    end: int
    start_char: int
    end_char: int


class Sentences:
    # Holds bounds, not Spans: a Span keeps its Doc alive, and a cached value that keeps its
    # weak key alive is never let go (every parsed Doc would stay in memory).
    def __init__(self, doc: Doc):
        self.spans = [Sent(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
        self.starts = [s.start for s in self.spans]
        self.start_chars = [s.start_char for s in self.spans]

    def of_token(self, i: int) -> Sent:
        return self.spans[bisect.bisect_right(self.starts, i) - 1]

    def of_char(self, char: int) -> Sent:
        return self.spans[max(0, bisect.bisect_right(self.start_chars, char) - 1)]


def sentences(doc: Doc) -> Sentences:
    found = _SENTENCES.get(doc)
    if found is None:
        found = _SENTENCES[doc] = Sentences(doc)
    return found


def text_of(doc: Doc) -> str:
    """doc.text, built once: the property joins every token on each call."""
    found = _TEXTS.get(doc)
    if found is None:
        found = _TEXTS[doc] = doc.text
    return found
