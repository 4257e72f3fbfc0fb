"""Find quotations in raw text: pairs of quote marks and the material between them.

Works on characters, not tokens, so that offsets are exact and an unbalanced mark never stops
a document (textacy's ``direct_quotations`` raises on an odd number of marks). Rules:

- curly marks say which way they face; a straight ``"`` opens after a space or an opening
  bracket and closes before one, otherwise it toggles;
- ``'`` and ``’`` are apostrophes inside words (Satterfield's, don’t) and only count as single
  quotes at a word edge, when opened by a mark at a word start ('humanitarian pauses');
- single quotes inside a double quotation are part of its content, and double quotes inside a
  single quotation (British style) part of its;
- a quotation never crosses a paragraph break unless the next paragraph reopens the quote
  mark (the newspaper convention for multi-paragraph quotes); an opening mark left unclosed
  at the end of a paragraph quotes to the end of that paragraph.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator

import attrs

from ..breaks import lines
from ..words import (
    DOUBLE_AMBIGUOUS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    OPENING_CONTEXT,
    SINGLE_AMBIGUOUS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
)
from .ranges import strip

QUOTE_MARKS = frozenset(DOUBLE_OPEN | DOUBLE_AMBIGUOUS | {"'", "`"})
_NEXT_PARAGRAPH = re.compile(r"\s*(\S)")  # from a paragraph's end: the next character that is not a space
# markup left in scraped text: <tweet author="JebBush" ...> holds quote marks that quote nothing
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")


@attrs.frozen
class Quotation:
    """A quotation: ``content`` pieces lie between the marks; ``start``/``end`` include them."""

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    double: bool
    closed: bool
    follows: bool = False  # the paragraph part of a quotation reopened from the paragraph before

    def paragraph_parts(self, text: str) -> list["Quotation"]:
        """The quotation cut at its paragraph breaks, one part per paragraph.

        'Obama said: "A.\n\n"B," Obama said.': each paragraph may carry its own cue; a part
        with none goes on with the part before (``follows``).
        """
        if len(self.pieces) == 1:
            return [self]
        parts = []
        for k, (a, b) in enumerate(self.pieces):
            start = a
            while k > 0 and start > a - 2 and text[start - 1] in QUOTE_MARKS:
                start -= 1  # the reopening mark
            end = self.end if k == len(self.pieces) - 1 else b
            parts.append(Quotation(start, end, ((a, b),), self.double, self.closed or k < len(self.pieces) - 1, follows=k > 0))
        return parts

    @property
    def content_start(self) -> int:
        return self.pieces[0][0]

    @property
    def content_end(self) -> int:
        return self.pieces[-1][1]


def _is_space(ch: str) -> bool:
    return ch.isspace()


def _faces_open(text: str, i: int, lo: int, hi: int) -> bool | None:
    """True if the mark at i faces right (opens), False if left (closes), None if unclear."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before in OPENING_CONTEXT and not _is_space(after):
        return True
    if not _is_space(before) and (_is_space(after) or not after.isalnum()):
        return False
    return None


def _single_quotes(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """Pairs of single quote marks (open index, close index, closed) in text[lo:hi].

    A mark left open at the end of the paragraph quotes to its end when it follows a colon or
    a comma ("He said: 'We will rebuild" — British style, the quote running on); elsewhere
    an unpaired mark is an apostrophe ('Tis, 'im, the '90s).
    """
    pairs = []
    open_at = None
    for i in range(lo, hi):
        ch = text[i]
        if ch not in SINGLE_OPEN and ch not in SINGLE_CLOSE and ch not in SINGLE_AMBIGUOUS:
            continue
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        if before.isalnum() and after.isalnum():
            continue  # apostrophe inside a word: Satterfield's, don’t
        if open_at is None:
            if ch in SINGLE_OPEN or (ch in SINGLE_AMBIGUOUS and before in OPENING_CONTEXT and after.isalnum()):
                open_at = i
        elif ch in SINGLE_CLOSE or (ch in SINGLE_AMBIGUOUS and not _is_space(before) and not after.isalnum()):
            if i - open_at > 1:
                pairs.append((open_at, i, True))
            open_at = None
    if open_at is not None:
        j = open_at - 1
        while j >= lo and text[j].isspace():
            j -= 1
        if j >= lo and text[j] in ":,":
            pairs.append((open_at, hi, False))
    return pairs


def _double_marks(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, bool, bool]]:
    """(index, width, faces_open, certain) for each double quote mark in text[lo:hi].

    Two apostrophes ('') or backticks (``) stand for a double mark, as in some wire copy:
    ''It felt like he and I had patched it up,'' Mr. Rogan said.
    """
    i = lo
    while i < hi:
        ch = text[i]
        pair = text[i : i + 2]
        if pair in ("''", "``") and i + 1 < hi:
            if pair == "``":
                yield i, 2, True, True
            else:
                faces = _faces_open(text, i, lo, hi) if i + 2 >= hi or text[i + 2] != "'" else None
                if faces is None:
                    faces = _faces_open(text, i + 1, lo, hi) if i > lo and text[i - 1].isspace() else False
                yield i, 2, bool(faces), faces is not None
            i += 2
            continue
        if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE:
            faces = ch in DOUBLE_OPEN
            # a curly mark set the wrong way round ('“Apparently not,“ he said') faces as its context says
            context = _faces_open(text, i, lo, hi)
            if context is not None and context != faces and not (text[i - 1:i].isalnum() and text[i + 1:i + 2].isalnum()):
                faces = context
            yield i, 1, faces, True
        elif ch in DOUBLE_AMBIGUOUS:
            faces = _faces_open(text, i, lo, hi)
            yield i, 1, bool(faces), faces is not None
        i += 1


def _style(text: str, i: int) -> str:
    """A double mark's style: curly, or straight ('"', two apostrophes, two backticks)."""
    return "curly" if text[i] in DOUBLE_OPEN or text[i] in DOUBLE_CLOSE else "straight"


class _Later:
    """For each mark of a paragraph, whether a mark of each style comes after it, and whether one
    that closes does: computed once a paragraph, so nested quotes cost no rescans."""

    def __init__(self, text: str, marks: list[tuple[int, int, bool, bool]]):
        n = len(marks)
        self.any = {"curly": [False] * (n + 1), "straight": [False] * (n + 1)}
        self.closing = {"curly": [False] * (n + 1), "straight": [False] * (n + 1)}
        for j in range(n - 1, -1, -1):
            for style in ("curly", "straight"):
                self.any[style][j] = self.any[style][j + 1]
                self.closing[style][j] = self.closing[style][j + 1]
            i, _, faces, certain = marks[j]
            style = _style(text, i)
            self.any[style][j] = True
            self.closing[style][j] = self.closing[style][j] or not faces or not certain


def _nested_pair(text: str, marks: list[tuple[int, int, bool, bool]], k: int, open_at: int, reopened: bool,
                 later: _Later) -> int | None:
    """The index of the mark closing a quotation nested inside an open one of the other style
    ('"It is not about “Equal Justice Under Law” anymore."'), when the k-th mark opens it, its
    closing mark comes before any mark of the outer style, and the outer quotation is closed
    later in the paragraph or goes on in the next one (``reopened``); None otherwise: a mark
    left open before a pair of the other style ('"CNN's Setmayer called it “a syndrome” and
    said ...') was never a quotation."""
    inner = _style(text, marks[k][0])
    outer = _style(text, open_at)
    if inner == outer:
        return None
    for j in range(k + 1, len(marks)):
        i, _, faces, certain = marks[j]
        if _style(text, i) != inner:
            return None
        if not faces:
            return j if later.closing[outer][j + 1] or (not later.any[outer][j + 1] and reopened) else None
    return None


def _inside(q: Quotation, singles: list[Quotation], starts: list[int]) -> bool:
    """Whether q lies within one of the (ordered, disjoint) single-quote quotations."""
    k = bisect.bisect_right(starts, q.start) - 1
    return k >= 0 and singles[k].start < q.start and q.end <= singles[k].end


def find_quotations(text: str) -> list[Quotation]:
    """All top-level quotations in text, in order. Never raises on unbalanced marks."""
    # same length, so every offset found in the masked text is an offset into text
    text = _TAG.sub(lambda m: " " * len(m.group()), text)
    found: list[Quotation] = []
    pieces: list[tuple[int, int]] = []  # pieces of a quotation still open from earlier paragraphs
    qstart = None

    def finish(end: int, closed: bool) -> None:
        nonlocal pieces, qstart
        kept = [p for p in pieces if p[0] < p[1]]
        if kept:
            found.append(Quotation(qstart, end, tuple(kept), True, closed))
        pieces, qstart = [], None

    def reopened(hi: int) -> bool:
        """Whether the next paragraph with any text opens with a double mark ('"A.\n\n"B."')."""
        m = _NEXT_PARAGRAPH.match(text, hi)
        return m is not None and m.group(1) in QUOTE_MARKS | DOUBLE_OPEN

    for lo, hi in lines(text):
        if not text[lo:hi].strip():
            continue  # blank line between paragraphs
        marks = list(_double_marks(text, lo, hi))
        open_at = None
        width = 1
        if pieces:
            first = strip(text, lo, hi)[0]
            if marks and marks[0][0] == first and marks[0][2]:
                open_at, width = first, marks[0][1]  # the paragraph reopens the quotation
                marks = marks[1:]
            else:
                finish(pieces[-1][1], closed=False)
        closed_here = len(found)  # quotations found from here on end in this paragraph
        later = _Later(text, marks)
        k = -1
        while k + 1 < len(marks):
            k += 1
            i, w, faces, certain = marks[k]
            if open_at is not None and faces and certain and i > open_at + width:
                inner_end = _nested_pair(text, marks, k, open_at, reopened(hi), later)
                if inner_end is not None:
                    k = inner_end  # '"... about “Equal Justice Under Law” anymore."': a quote inside
                    continue
            if open_at is None:
                if faces or not certain:
                    open_at, width = i, w
                    if qstart is None:
                        qstart = i
                # a closing mark with nothing open is a stray: ignore it
            elif not faces or not certain:
                pieces.append(strip(text, open_at + width, i))
                finish(i + w, closed=True)
                open_at = None
            else:
                # a second opening mark: the first was never closed; start again from here
                pieces, qstart, open_at, width = [], i, i, w
        if open_at is not None:
            pieces.append(strip(text, open_at + width, hi))
        # single-quote quotations outside the double ones (those are in order and disjoint)
        taken = [(q.start, q.end) for q in found[closed_here:]]
        if pieces:
            taken.append((qstart, hi))
        starts = [s for s, _ in taken]
        singles: list[Quotation] = []
        for a, b, closed in _single_quotes(text, lo, hi):
            k = bisect.bisect_right(starts, a) - 1
            if k >= 0 and a < taken[k][1]:
                continue
            piece = strip(text, a + 1, b)
            if piece[0] < piece[1]:
                singles.append(Quotation(a, b + 1 if closed else piece[1], (piece,), False, closed))
        if singles:
            # British style, double inside single ('She called it "a disaster",' he said): the
            # double quotation is part of the single one's content, not a quotation of its own
            single_starts = [s.start for s in singles]
            found[closed_here:] = [q for q in found[closed_here:] if not _inside(q, singles, single_starts)]
            found.extend(singles)
    if pieces:
        finish(pieces[-1][1], closed=False)
    found.sort(key=lambda q: q.start)
    return found
