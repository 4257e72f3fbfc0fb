"""Character ranges (start, end): merged, tidied, cut, compared. Plain functions on tuples."""

from __future__ import annotations

import bisect
import unicodedata

Range = tuple[int, int]
SEPARATORS = ",;:-–—"  # punctuation that separates a piece from its neighbours


def merge(ranges: list[Range], text: str) -> list[Range]:
    """Merge ranges that overlap or are separated only by spaces and punctuation."""
    out: list[Range] = []
    for a, b in sorted(ranges):
        if out and (a <= out[-1][1] or not any(ch.isalnum() for ch in text[out[-1][1] : a])):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class Taken:
    """Disjoint ranges held so far, in order: whether new pieces would reach into any of them.
    Claims may nest (a claim's content around another's quotation) but never share a character."""

    def __init__(self) -> None:
        self.ranges: list[Range] = []

    def hits(self, pieces: tuple[Range, ...] | list[Range]) -> bool:
        for a, b in pieces:
            k = bisect.bisect_right(self.ranges, (a, a))
            if (k and self.ranges[k - 1][1] > a) or (k < len(self.ranges) and self.ranges[k][0] < b):
                return True
        return False

    def add(self, pieces: tuple[Range, ...] | list[Range]) -> None:
        for piece in pieces:
            bisect.insort(self.ranges, piece)


def tidy(text: str, pieces: list[Range]) -> list[Range]:
    """Pieces without spaces or separating punctuation at their edges; empty ones dropped."""
    out = []
    for a, b in pieces:
        while a < b and (text[a].isspace() or text[a] in SEPARATORS):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in SEPARATORS):
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def cut(pieces: tuple[Range, ...], a: int, b: int) -> tuple[Range, ...]:
    """pieces with the range [a, b) taken out."""
    out: list[Range] = []
    for x, y in pieces:
        if y <= a or x >= b:
            out.append((x, y))
            continue
        if x < a:
            out.append((x, a))
        if y > b:
            out.append((b, y))
    return tuple(out)


def _joins_previous(text: str, i: int) -> bool:
    """Whether text[i] belongs to the same user-perceived character as text[i - 1]: a combining
    mark, a zero-width joiner or what follows one, a variation selector, a skin tone, the
    second regional indicator of a flag (a simplification of Unicode's grapheme clusters)."""
    if i <= 0 or i >= len(text):
        return False
    ch, prev = text[i], text[i - 1]
    if unicodedata.category(ch) in ("Mn", "Me") or ch in "\u200d\ufe0e\ufe0f" or prev == "\u200d" or "\U0001f3fb" <= ch <= "\U0001f3ff":
        return True
    if "\U0001f1e6" <= ch <= "\U0001f1ff":
        n = 0
        while i - n - 1 >= 0 and "\U0001f1e6" <= text[i - n - 1] <= "\U0001f1ff":
            n += 1
        return n % 2 == 1
    return False


def whole_characters(text: str, a: int, b: int) -> Range:
    """The range moved in to the nearest boundaries of user-perceived characters, so that no
    span splits a flag, an emoji sequence or a letter from its accent ('Ana Ruiz 🇺' -> 'Ana
    Ruiz'); out to them instead if moving in would leave nothing."""
    if text.isascii():
        return a, b
    a2, b2 = a, b
    while a2 < b2 and _joins_previous(text, a2):
        a2 += 1
    while b2 > a2 and _joins_previous(text, b2):
        b2 -= 1
    while b2 > a2 and text[b2 - 1].isspace():
        b2 -= 1
    if a2 < b2:
        return a2, b2
    while a > 0 and _joins_previous(text, a):
        a -= 1
    while b < len(text) and _joins_previous(text, b):
        b += 1
    return a, b


def overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def alnum_chars(text: str, ranges: list[Range]) -> set[int]:
    """Offsets of the letters and digits inside the ranges."""
    return {i for a, b in ranges for i in range(a, b) if text[i].isalnum()}


def strip(text: str, a: int, b: int) -> Range:
    """text[a:b] without the white space at either end, as a range."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
