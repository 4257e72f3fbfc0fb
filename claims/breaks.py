"""Where a text breaks, defined once: line breaks (which are paragraph breaks) and sentence ends.

News text puts a paragraph on a line, so a line break is a paragraph break for every stage. A
line break is any character ``str.splitlines()`` breaks at, and "\\r\\n" is one break, not two.
A sentence ends at ".", "!" or "?" (as a token, or in raw text followed by closing marks and
a space).
"""

from __future__ import annotations

import re
from typing import Iterator

LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
LINE_BREAK = re.compile("\r\n|[" + re.escape("".join(sorted(LINE_BREAKS))) + "]")
# for patterns: a line starts at the text's start or after a break; it ends at a break or the end
_CLASS = "[" + re.escape("".join(sorted(LINE_BREAKS))) + "]"
LINE_START = rf"(?:\A|(?<={_CLASS}))"
LINE_END = rf"(?={_CLASS}|\Z)"
NOT_A_BREAK = re.escape("".join(sorted(LINE_BREAKS)))  # for a negated class: [^...{NOT_A_BREAK}]
SENTENCE_ENDS = frozenset(".!?")
# in raw text (before any parse): a sentence-end mark, any closing marks, then a space
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def has_break(s: str) -> bool:
    """Whether s holds a line break."""
    return any(ch in LINE_BREAKS for ch in s)


def line_breaks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line break in text, in order."""
    for m in LINE_BREAK.finditer(text):
        yield m.start(), m.end()


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line (paragraph) of text, line breaks excluded."""
    pos = 0
    for a, b in line_breaks(text):
        yield pos, a
        pos = b
    yield pos, len(text)


def ends_sentence(token_text: str) -> bool:
    """Whether a token is a sentence-end mark."""
    return token_text in SENTENCE_ENDS
