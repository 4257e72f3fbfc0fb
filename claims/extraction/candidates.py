"""Candidates: a frame's content as character pieces, before quotations are attached.

The content leaves out the cue, the speaker's own words, relays folded into the frame ("...,
Axios reported") and second cues coordinated with it; unquoted content never crosses a line.
"""

from __future__ import annotations

import attrs
from spacy.tokens import Doc

from ..words import COMPLEMENTIZERS, CONNECTIVES, DASHES
from .context import Context
from .cues import Frame, SourceLink, citing_cues, frame_links
from .mentions import Mentions
from .quotes import Quotation
from .ranges import Range
from .repairs import Cuts, Relays


@attrs.frozen
class Candidate:
    """A frame on its way to becoming a claim."""

    frame: Frame
    pieces: tuple[Range, ...]  # content, as character ranges
    quotes: tuple[Quotation, ...] = ()
    links: tuple[SourceLink, ...] = ()  # outer sources, innermost first

    def all_pieces(self) -> list[Range]:
        return list(self.pieces) + [p for q in self.quotes for p in q.pieces]


def build_candidates(ctx: Context, mentions: Mentions, frames: list[Frame], relays: Relays, folded: Cuts, coordinated: Cuts) -> list[Candidate]:
    """One candidate per frame that is a claim of its own: a relay folded into another frame
    is not, nor is "citing X" (a link in a chain)."""
    gone = {i for cut in folded.values() for i in cut}
    gone |= {t.i for f in frames for t in citing_cues(ctx, f)}
    return [candidate(ctx, mentions, f, relays.get(f.cue[0], []), folded.get(f.cue[0], set()) | coordinated.get(f.cue[0], set()))
            for f in frames if f.cue[0] not in gone]


def candidate(ctx: Context, mentions: Mentions, f: Frame, relays: list[SourceLink], folded: set[int]) -> Candidate:
    """A frame's content as character pieces, without cue, speaker and folded relays."""
    doc = ctx.doc
    exclude = set(f.cue) | _speaker_tokens(mentions, doc, f) | folded | _line_label(ctx, f)
    exclude |= {t.i for cite in citing_cues(ctx, f) for t in cite.subtree}
    # "called on both sides to ...", "warned of ...": the preposition belongs to the cue
    for i in f.content[:1]:
        if (doc[i].dep_ == "prep" and doc[i].head.i in f.cue) or (doc[i].dep_ == "mark" and doc[i].lower_ == "for" and doc[i].head.head.i in f.cue):
            exclude.add(i)
            if i == max(f.cue) + 1:
                f = attrs.evolve(f, cue=f.cue + (i,))
    lo, hi = ctx.paragraph(doc[f.cue[0]].idx)
    # the parser may run a sentence across a line break; unquoted content never does (but
    # "That's according to X" opening a paragraph vouches for the one before)
    if f.kind == "according" and f.content and doc[f.content[-1]].idx < lo:
        lo, hi = ctx.paragraph(doc[f.content[0]].idx)
    content = [i for i in f.content if lo <= doc[i].idx < hi]
    if f.kind == "transcript" and content:  # "HOLT: Good evening.": the words as spoken, to the end of the line
        pieces = [(doc[content[0]].idx, ctx.end_char(content[-1]))]
    else:
        exclude |= _trailing_gloss(doc, content) | _gloss_after_cue(ctx, f, content)
        pieces = token_pieces(doc, content, exclude, ctx.set_phrases) if content else []
    return Candidate(f, tuple(pieces), links=tuple(frame_links(ctx, f) + relays))


_GLOSS_OPENERS = frozenset({"which", "who", "whom", "whose"})


def _trailing_gloss(doc: Doc, content: list[int]) -> set[int]:
    """The relative clause a comma sets off at the end of a content, with its comma: the
    writer's gloss on a name the report mentions, not what was reported ("he plans to repeal
    the Dodd-Frank Act[, which was passed in 2010]", "Clinton faces Trump[, who has insulted
    women]"). Not one that holds a quotation (the speaker's words may be in it)."""
    words = [i for i in content if not doc[i].is_punct]
    if not words:
        return set()
    last = words[-1]
    inside = set(content)
    for i in content:
        t = doc[i]
        first = t.left_edge
        if (t.dep_ == "relcl" and t.head.i in inside and first.lower_ in _GLOSS_OPENERS and first.i > 0
                and doc[first.i - 1].text == "," and t.right_edge.i >= last and first.i > words[0]
                and not any(x.is_quote for x in doc[first.i : t.right_edge.i + 1])):
            return set(range(first.i - 1, t.right_edge.i + 1))
    return set()


def _gloss_after_cue(ctx: Context, f: Frame, content: list[int]) -> set[int]:
    """The words a dash sets off after a trailing cue, the writer's own ("A six-year trend of
    declining deficits will end this year, the budget office reported on Tuesday -- a development
    that injects new questions into the race"), where the parser hung them on the reported clause;
    not quoted words."""
    doc = ctx.doc
    if f.kind != "verb" or f.content_head is None or f.content_head > f.cue[0]:
        return set()
    after = [i for i in content if i > f.cue[-1]]
    if not after or doc[after[0] - 1].text not in DASHES or any(i in ctx.quoted for i in after):
        return set()
    return set(after)


def _line_label(ctx: Context, f: Frame) -> set[int]:
    """The tokens of a label in capitals that opens the cue's line ("HOLT:" in "HOLT: Critics
    say the plan will fail."): the transcript's speaker, never part of what the cue reports."""
    doc = ctx.doc
    cue = f.cue[0]
    lo = ctx.paragraph(doc[cue].idx)[0]
    first = next((i for i in range(max(0, cue - 8), cue) if doc[i].idx >= lo and not doc[i].is_space), None)
    if first is None:
        return set()
    colon = next((i for i in range(first, min(cue, first + 5)) if doc[i].text == ":"), None)
    if colon is None or colon == first or not all(t.is_punct or (t.text.isupper() and t.text.strip(".").isalpha()) for t in doc[first:colon]):
        return set()
    return set(range(first, colon + 1))


def _speaker_tokens(mentions: Mentions, doc: Doc, frame: Frame) -> set[int]:
    out: set[int] = set()
    cue = frame.cue[0]
    for tok_i in (frame.speaker, frame.addressee):
        if tok_i is not None:
            start, end = mentions.nps.bounds(doc[tok_i])
            out.update(range(start, end))
            # the mention's own clauses, on its side of the cue only: in 'One activist
            # tweeted: She should resign' the parser may hang the content on the subject
            out.update(t.i for t in doc[tok_i].subtree if (t.i < cue) == (tok_i < cue))
    return out


def _elision(doc: Doc, i: int) -> bool:
    """An apostrophe written onto the word after it: "'Tis", "'im", "'90s"."""
    return doc[i].text in ("'", "’") and not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].text[:1].isalnum()


def _misread_that(tok) -> bool:
    """A "that" the parser took for a pronoun of the clause it opens, which has a subject of its
    own after it: "posted on X [that] the company would appeal" ("that" read as the object of
    "appeal"). Not the pronoun of "said that was wrong", the subject itself."""
    verb = tok.head.head if tok.head.dep_ == "xcomp" and tok.head.head.i > tok.i else tok.head  # "that the company expects to meet"
    return tok.lower_ == "that" and tok.dep_ != "mark" and tok.head.i > tok.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i for c in verb.children)


def token_pieces(doc: Doc, indices: list[int], exclude: set[int], set_phrases: frozenset[int]) -> list[Range]:
    """Character ranges covered by the tokens, without excluded ones, edge punctuation and a
    leading set phrase ("That said, ..."; the tokens in set_phrases)."""
    kept = [i for i in indices if i not in exclude]
    # a leading complementizer, set phrase or punctuation is not part of the reported material;
    # an apostrophe that starts a word ("'Tis", "'90s") is
    while kept and (doc[kept[0]].is_space or kept[0] in set_phrases or (doc[kept[0]].is_punct and not _elision(doc, kept[0]))
                    or (doc[kept[0]].dep_ == "mark" and doc[kept[0]].lower_ in COMPLEMENTIZERS) or _misread_that(doc[kept[0]])
                    or (doc[kept[0]].dep_ in ("cc", "advmod", "discourse", "preconj") and doc[kept[0]].lower_ in CONNECTIVES
                        and len(kept) > 1)):  # (but the answer of "half said so")
        kept.pop(0)
    if kept and kept[0] > 0 and _elision(doc, kept[0] - 1) and kept[0] - 1 not in exclude:
        kept.insert(0, kept[0] - 1)  # the parser may hang the apostrophe of "'Tis" elsewhere
    # ... nor a trailing one, but for a closing quote mark and a percent sign ("by 5%."), nor a
    # conjunction left dangling where the cue's own clause was cut off ("Prices will rise, and
    # economists said so")
    while kept and (doc[kept[-1]].is_space or (doc[kept[-1]].is_punct and not doc[kept[-1]].is_quote and doc[kept[-1]].text != "%")
                    or (doc[kept[-1]].dep_ == "cc" and doc[kept[-1]].lower_ in CONNECTIVES)):
        kept.pop()
    kept_set = set(kept)
    runs: list[Range] = []
    prev = -1
    for i in kept:
        tok = doc[i]
        a, b = tok.idx, tok.idx + len(tok.text)
        if runs and (i - 1 in kept_set or all(doc[j].is_space or doc[j].is_punct for j in range(prev + 1, i))):
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
        prev = i
    return runs
