"""Quote paragraphs a paragraph of narration introduces: news writing names a person in one
paragraph and gives their words, with no cue, in the next::

    Grain farmer Tom Wiebe has watched the sky over his land for 40 years.

    "I've never seen it this dry in May."

The quotation is the person's: a direct claim with no cue, its speaker the subject of the
narration's last sentence (a person's name, or "he"/"she" that resolution points back). Only
when nothing else claims the quotation, the paragraph before holds no claim and no quotation
and does not end in a colon, and its last sentence's subject is such a person; a claim after a
quote's cue carries on that quote instead (continued.py). Its confidence is at most 0.75
(confidence.AT_MOST): too few such quotes for the fitted model to learn from (2 on PolNeAR's
840 articles), and no cue vouches for the speaker.
"""

from __future__ import annotations

from ..words import CLAUSE_SUBJECT_DEPS
from .candidates import Candidate
from .choose import Chosen
from .context import Context
from .cues import Frame
from .ranges import overlap, strip

_PERSONAL = frozenset({"he", "she"})
_MIN_WORDS = 5  # fewer, or no verb: a heading set in quotation marks


def introduced_quotes(ctx: Context, chosen: list[Chosen]) -> list[Chosen]:
    """The chosen claims with the quotations narration introduces added, in text order."""
    text = ctx.text
    taken = [ch.extent for ch in chosen]
    quoted = [(q.start, q.end) for q in ctx.quotations]
    added = []
    for q in ctx.quotations:
        if not q.closed:
            continue
        first = ctx.paragraph(q.start)
        if strip(text, first[0], ctx.paragraph(q.end - 1)[1]) != (q.start, q.end) or any(overlap(r, (q.start, q.end)) for r in taken):
            continue  # not paragraphs of their own, or a claim holds it already
        previous = ctx.previous_paragraph(first[0])
        previous = strip(text, *previous) if previous is not None else None
        if previous is None or any(overlap(r, previous) for r in taken + quoted):
            continue
        if text[previous[1] - 1] == ":" or not any(ch.islower() for ch in text[q.content_start : q.content_end]):
            continue
        span = ctx.doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
        words = [t for t in span if t.is_alpha] if span is not None else []
        if len(words) < _MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue  # a heading in quotation marks ("'A change warrior.'"), not someone's words
        who = _person_subject(ctx, previous)
        if who is None:
            continue
        content = tuple(t.i for t in span if not t.is_quote)
        frame = Frame(cue=(), lemma="", kind="introduced", speaker=who, content=content)
        added.append(Chosen(Candidate(frame, tuple(q.pieces)), "direct", tuple(q.pieces)))
    return sorted(chosen + added, key=lambda ch: ch.extent) if added else chosen


def _person_subject(ctx: Context, para: tuple[int, int]) -> int | None:
    """The token of a person's name or of "he"/"she" that is the subject of the main verb of
    the paragraph's last sentence; None if that subject is anything else."""
    span = ctx.doc.char_span(*para, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent = ctx.sent_of_token(span[-1].i)
    root = next((t for t in ctx.doc[sent.start : sent.end] if t.head.i == t.i), None)
    if root is None:
        return None
    subj = next((c for c in root.children if c.dep_ in CLAUSE_SUBJECT_DEPS and c.dep_ != "csubj"), None)
    if subj is None or subj.i < span.start:
        return None
    if subj.lower_ in _PERSONAL or (subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON"):
        return subj.i
    return None
