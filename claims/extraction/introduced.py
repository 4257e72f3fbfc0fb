"""Quote paragraphs a paragraph of narration introduces: news writing names a person in one
paragraph and gives their words, with no cue, in the next::

    Grain farmer Tom Wiebe has watched the sky over his land for 40 years.

    "I've never seen it this dry in May."

The same inside a paragraph: a quotation that opens a sentence and runs to the paragraph's end,
right after a sentence of narration about a person (a gesture, an act), is that person's::

    Asked about the rookie, Tocchet shook his head. "He's the best player in the world."

The quotation is the person's: a direct claim with no cue, its speaker the subject of the
narration's last sentence (a person's name, or "he"/"she" that resolution points back). Only
when nothing else claims the quotation, the narration holds no quotation and no claim with a
speaker of its own ("Asked about ..." has none: the asker is not named) and does not end in a
colon, and its last sentence's subject is such a person; a claim after a quote's cue carries on
that quote instead (continued.py). Its confidence is at most 0.75 (confidence.AT_MOST): too few
such quotes for the fitted model to learn from, and no cue vouches for the speaker.
"""

from __future__ import annotations

from ..words import CLAUSE_SUBJECT_DEPS
from .candidates import Candidate
from .choose import Chosen
from .context import Context
from .cues import Frame
from .mentions import Mentions
from .ranges import overlap, strip

_PERSONAL = frozenset({"he", "she", "his", "her"})
_POSSESSIVE = frozenset({"his", "her"})
# what of a person may be the subject of narration that is really the person's ("Her voice
# broke", "His hands shook"; not "Her daughter smiled", whose words would be the daughter's)
_OWN_PARTS = frozenset({"voice", "eye", "hand", "face", "lip", "shoulder", "head", "expression", "tone"})
# all a cue verb has when it is a bare gesture, narration ("she laughed.", "Bystrom simply
# agreed."), not a report the next quotation belongs to ("Lau said in a statement."); a clause
# before it may open the sentence ("Asked if she was tired, she laughed.")
_BARE_DEPS = frozenset({"nsubj", "punct", "advmod", "aux", "neg"})
_MIN_WORDS = 5  # fewer, or no verb: a heading set in quotation marks


def introduced_quotes(ctx: Context, mentions: Mentions, chosen: list[Chosen]) -> list[Chosen]:
    """The chosen claims with the quotations narration introduces added, in text order."""
    text = ctx.text
    taken = [ch.extent for ch in chosen]
    # (narration may hold a claim of no one's: "Asked for the secret to her long life, Olsen
    # didn't hesitate.")
    spoken = [ch.extent for ch in chosen if ch.candidate.frame.speaker is not None]
    quoted = [(q.start, q.end) for q in ctx.quotations]
    added = []
    for q in ctx.quotations:
        if not q.closed:
            continue
        first = ctx.paragraph(q.start)
        if strip(text, q.start, ctx.paragraph(q.end - 1)[1]) != (q.start, q.end) or any(overlap(r, (q.start, q.end)) for r in taken):
            continue  # text after it in its paragraph, or a claim holds it already
        if strip(text, first[0], q.start)[0] < q.start:
            previous = _sentence_before(ctx, q.start, first[0])  # narration before it in its paragraph
        else:
            previous = ctx.previous_paragraph(first[0])
            previous = strip(text, *previous) if previous is not None else None
        if previous is None or any(overlap(r, previous) for r in spoken + quoted):
            continue
        if text[previous[1] - 1] == ":" or not any(ch.islower() for ch in text[q.content_start : q.content_end]):
            continue
        span = ctx.doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
        words = [t for t in span if t.is_alpha] if span is not None else []
        if len(words) < _MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue  # a heading in quotation marks ("'A change warrior.'"), not someone's words
        who = _person_subject(ctx, mentions, previous)
        if who is None:
            continue
        content = tuple(t.i for t in span if not t.is_quote)
        frame = Frame(cue=(), lemma="", kind="introduced", speaker=who, content=content)
        added.append(Chosen(Candidate(frame, tuple(q.pieces)), "direct", tuple(q.pieces)))
    return sorted(chosen + added, key=lambda ch: ch.extent) if added else chosen


def _sentence_before(ctx: Context, start: int, lo: int) -> tuple[int, int] | None:
    """The sentence that ends right before a quotation opening at ``start`` (not before ``lo``,
    its paragraph's start), white space stripped; None if the quotation does not open a sentence."""
    at = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if at is None or len(at) == 0:
        return None
    i = at[0].i
    sent = ctx.sent_of_token(i)
    if sent.start == i and i == 0:
        return None
    before = ctx.doc[sent.start if sent.start != i else ctx.sent_of_token(i - 1).start].idx
    a, b = strip(ctx.text, max(before, lo), start)
    if b <= a or ctx.text[b - 1] not in ".!?":
        return None  # the quotation goes on a sentence ('He called it "a disgrace."')
    return a, b


def _person_subject(ctx: Context, mentions: Mentions, para: tuple[int, int]) -> int | None:
    """The token of a person's name or of "he"/"she" that is the subject of the main verb of
    the paragraph's last sentence; None if that subject is anything else, or if that verb is a
    cue of the lexicon with a clause or an object (its claim, if any, is the cue's; a bare "she
    laughed." is narration)."""
    span = ctx.doc.char_span(*para, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent = ctx.sent_of_token(span[-1].i)
    root = next((t for t in ctx.doc[sent.start : sent.end] if t.head.i == t.i), None)
    if root is None:
        return None
    if root.lemma_.lower() in ctx.lexicon.cue_verbs and not all(
            c.dep_ in _BARE_DEPS or (c.dep_ in ("advcl", "ccomp") and c.i < root.i) for c in root.children):
        # "Lau said in a statement.", "Ruiz spoke at length about the money.": a cue's own, for
        # the cue to take (not a bare gesture, "she laughed.", "Bystrom agreed.")
        return None
    subj = next((c for c in root.children if c.dep_ in CLAUSE_SUBJECT_DEPS and c.dep_ != "csubj"), None)
    if subj is None or subj.i < span.start:
        return None
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in _OWN_PARTS:
        # "Her voice broke as she read a statement.": the one whose voice it is
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is None or not (owner.lower_ in _POSSESSIVE or owner.pos_ == "PROPN"):
            return None
        subj = owner
    if subj.lower_ in _PERSONAL or (subj.pos_ == "PROPN" and mentions.at(subj).kind == "person"):
        return subj.i
    return None
