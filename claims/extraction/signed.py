"""Words signed with a dash and a name, as fact-checks, vox pops and embedded posts set them::

    "Almost all new income and wealth is going to the top 1 percent."

    - Bernie Sanders, in the debate

    "We will always stand up for our workers." — Justin Trudeau, on X

    We will always stand up for Canadian workers. pic.twitter.com/x1 — Justin Trudeau (@JustinTrudeau) December 1, 2026

A paragraph that is one quotation, signed at its end or by the line after it, is a direct claim
of the name the dash gives (cue: the dash; class speech). A post signed with a name, an @handle
and a date (an embedded post, on its own line or after the post's text) is a direct claim of
that name, class writing, its content the post's words: the paragraph before the dash (after
any markup tag), or the paragraph before a signature line, without a trailing link. Only where
no claim holds the words already but claims of the signer's own inside them ("I think ...",
which give way to the whole); confidence at most 0.85 (confidence.AT_MOST): the fitted model has
seen too few such claims.
"""

from __future__ import annotations

import re

from .candidates import Candidate
from .choose import Chosen
from .context import Context
from .cues import Frame
from .interview import own_claims_within
from .ranges import overlap, strip

_DASH = r"(?:—|–|--|-)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# "— Justin Trudeau (@JustinTrudeau) December 1, 2026", at a paragraph's end (markup aside)
_POST = re.compile(rf"[ \t]*(?P<dash>{_DASH})[ \t]*(?P<name>[^\s@()<>—–][^\n@()<>—–]{{0,60}}?)[ \t]*\(@\w{{1,30}}\)"
                   rf"(?:[ \t]+{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})?[ \t]*(?:</\w+>)?[ \t]*\.?[ \t]*$", re.M)
# "- Bernie Sanders." / "— Michelle Marks, Philadelphia" after a quotation: a name first, a few words after
_SIGNATURE = re.compile(rf"[ \t]*(?P<dash>{_DASH})[ \t]*(?P<name>[A-Z][^\n,.;:()]{{1,60}}?)[ \t]*(?:[,(][^\n]{{0,80}})?\.?[ \t]*$")
_TRAILING = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|SIGN UP FOR OUR NEWSLETTER))+\s*$")
_TAG = re.compile(r"<[^<>\n]{0,200}>")
# words a dash signs: (content pieces, where the dash is, the name's range, the cue's lemma)
Signed = tuple[tuple[tuple[int, int], ...], int, tuple[int, int], str]
_MAX_NAME_WORDS = 6
_MIN_WORDS = 3


def signed_quotes(ctx: Context, chosen: list[Chosen]) -> list[Chosen]:
    """The chosen claims with the words a dash signs added, in text order."""
    text = ctx.text
    if "-" not in text and "—" not in text and "–" not in text:
        return chosen
    added: list[Chosen] = []
    dropped: set[int] = set()
    for signed in _posts(ctx) + _quotations(ctx):
        pieces, dash, name, lemma = signed
        a, b = pieces[0][0], pieces[-1][1]
        if any(overlap((a, b), ch.extent) for ch in added):
            continue
        touching = own_claims_within(ctx, chosen, a, b)
        if touching is None:
            continue  # someone else's words, or a claim reaching out of them: left as they are
        who = _name_root(ctx, name, strict=lemma != "tweet")
        cue = ctx.doc.char_span(dash, dash + 1, alignment_mode="expand")
        span = ctx.doc.char_span(a, b, alignment_mode="expand")
        if who is None or cue is None or span is None or not re.fullmatch(_DASH, cue.text):
            continue  # (a dash the tokenizer kept on the name, "-President Obama", is no cue of its own)
        words = [t for t in span if t.is_alpha]
        if len(words) < _MIN_WORDS:
            continue
        dropped.update(touching)
        frame = Frame(cue=(cue[0].i,), lemma=lemma, kind="signed", speaker=who, content=tuple(t.i for t in span if not t.is_quote))
        added.append(Chosen(Candidate(frame, pieces), "direct", pieces))
    if not added:
        return chosen
    return sorted([ch for k, ch in enumerate(chosen) if k not in dropped] + added, key=lambda ch: ch.extent)


def _posts(ctx: Context) -> list[Signed]:
    """Embedded posts (lemma "tweet")."""
    text = ctx.text
    out = []
    for m in _POST.finditer(text):
        lo, _ = ctx.paragraph(m.start())
        a = lo
        for tag in _TAG.finditer(text, lo, m.start()):
            a = tag.end()  # '<tweet id="..." author="@x">Words ...': the words after the markup
        a, b = strip(text, a, m.start())
        if b <= a:  # the signature on a line of its own: the post is the paragraph before
            before = ctx.previous_paragraph(lo)
            if before is None:
                continue
            a, b = strip(text, *before)
        trailing = _TRAILING.search(text, a, b)
        if trailing is not None:
            b = strip(text, a, trailing.start())[1]
        pieces = _unquoted(ctx, a, b)
        if pieces:
            out.append((pieces, m.start("dash"), (m.start("name"), m.end("name")), "tweet"))
    return out


def _quotations(ctx: Context) -> list[Signed]:
    """Quotations that are a paragraph of their own, signed with a dash and a name after them
    in the same paragraph or on the line after (lemma "—")."""
    text = ctx.text
    out = []
    for q in ctx.quotations:
        if not q.closed:
            continue
        lo, hi = strip(text, ctx.paragraph(q.start)[0], ctx.paragraph(q.end - 1)[1])
        if lo != q.start:
            continue
        if hi > q.end:
            sign = (q.end, hi)
        else:
            after = ctx.next_paragraph(q.end)
            if after is None:
                continue
            sign = strip(text, *after)
        m = _SIGNATURE.match(text, *sign)
        if m is None or m.end() != sign[1] or _POST.match(text, *sign):
            continue
        name = strip(text, m.start("name"), m.end("name"))
        if len(text[name[0]:name[1]].split()) > _MAX_NAME_WORDS:
            continue
        out.append((tuple(q.pieces), m.start("dash"), name, "—"))
    return out


def _unquoted(ctx: Context, a: int, b: int) -> tuple[tuple[int, int], ...]:
    """A post's words as content pieces: inside its quotation marks where the whole is quoted."""
    q = next((q for q in ctx.quotations if q.start == a and q.end == b and q.closed), None)
    if q is not None:
        return tuple(q.pieces)
    return ((a, b),) if b > a else ()


def _name_root(ctx: Context, name: tuple[int, int], strict: bool) -> int | None:
    """The token that stands for the name the dash gives: the last word of its first run of
    proper nouns ("Sen. Bernie Sanders" -> "Sanders"); None where it has none, or, strict,
    where its first word is none ("- With files from The Canadian Press"; a post's signer may
    be "The Daily Beast")."""
    span = ctx.doc.char_span(*name, alignment_mode="expand")
    if span is None:
        return None
    first = next((t for t in span if t.pos_ == "PROPN"), None)
    if first is None or (strict and first.i != span.start):
        return None
    last = first
    while last.i + 1 < span.end and last.nbor().pos_ == "PROPN":
        last = last.nbor()
    return last.i
