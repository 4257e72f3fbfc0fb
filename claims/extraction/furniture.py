"""Page furniture: the lines of a web page that are not the article's own reporting, so hold no
claim of it. A line opening with a kicker label ("READ MORE: Ottawa to raise carbon tax, Finance
Department says", "WATCH: ...", "WATCH | ...", "RELATED: ...", "Transcript: Evening News ...") links to another
story; a photo credit at a line's end ("(Ana Ruiz/Eastport Herald)") names a photographer, not a
speaker."""

from __future__ import annotations

import re

from ..breaks import LINE_END, LINE_START, NOT_A_BREAK
from ..records import Claim
from ..words import is_lead_label
from .context import Context
from .ranges import strip

_LABEL = re.compile(LINE_START + r"[ \t]*([A-Za-z][A-Za-z'\u2019 ]{0,20}?)[ \t]*[:|]")  # "WATCH:", "WATCH | ..."
_CREDIT = re.compile(rf"\(([^()/{NOT_A_BREAK}]{{2,60}})/([^()/{NOT_A_BREAK}]{{2,60}})\)[ \t]*" + LINE_END)


def furniture(ctx: Context) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(lines that open with a kicker label, photo credits) as character ranges."""
    lines = []
    for m in _LABEL.finditer(ctx.text):
        if is_lead_label(m.group(1), notes=False):
            line = ctx.paragraph(m.start(1))
            lines.append(line)
            title = _title_repeated(ctx, line)
            if title is not None:
                lines.append(title)
    return lines, [(m.start(), m.end()) for m in _CREDIT.finditer(ctx.text)]


def _title_repeated(ctx: Context, line: tuple[int, int]) -> tuple[int, int] | None:
    """The line after a kicker line when it repeats the title the kicker line gives ("Click to
    play video: 'Ontario renters face record high prices, report finds'", then that title as a
    line of its own), else None."""
    i = line[1]
    while i < len(ctx.text) and ctx.text[i].isspace():
        i += 1
    if i >= len(ctx.text):
        return None
    lo, hi = ctx.paragraph(i)
    a, b = strip(ctx.text, lo, hi)
    title = ctx.text[a:b]
    return (lo, hi) if len(title) >= 10 and title in ctx.text[line[0] : line[1]] else None


def without_furniture(ctx: Context, claims: list[Claim]) -> list[bool]:
    """For each claim, whether it stands: not in a kicker line, its speaker not a photo credit."""
    lines, credits = furniture(ctx)
    if not lines and not credits:
        return [True] * len(claims)

    def inside(ranges: list[tuple[int, int]], a: int) -> bool:
        return any(lo <= a < hi for lo, hi in ranges)

    return [not (inside(lines, c.content.start) or (c.cue is not None and inside(lines, c.cue.start))
                 or (c.speaker is not None and inside(credits, c.speaker.start))) for c in claims]
