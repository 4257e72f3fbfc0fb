"""Character ranges (start, end): merged, tidied, cut, compared. Plain functions on tuples."""

from __future__ import annotations

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


def overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def alnum_chars(text: str, ranges: list[Range]) -> set[int]:
    """Offsets of the letters and digits inside the ranges."""
    return {i for a, b in ranges for i in range(a, b) if text[i].isalnum()}
