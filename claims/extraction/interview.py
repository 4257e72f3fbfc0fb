"""An interview set out as questions and answers: the answers are the words of the person the
narration before the first question names::

    We asked economist Rebecca Oakes what is going on.

    Q: Why are builders pulling back?

    A: Financing is the big one. Developers need presales to get construction loans.

The questions may also stand on lines of their own with no label ("Are grocers making it
worse?", then the answer's paragraphs), at least two of them, when the introduction asks the
person by name ("We asked Sylvain Charlebois, director of ..., what's behind it"); the cue of
such an answer is its question's mark.

Each answer is a direct claim of that person (of the people the headline and the few
paragraphs before the first question name, the one the text names most: ``_interviewee``), its
cue the answer label's colon, its content the answer line and each line after it up to the next
turn label (a fragment each; the last answer of the text is its own line). Claims the rules
found inside an answer whose speaker is the interviewee speaking of themselves ("I think prices
will stay flat"), or that say what someone else thinks or has seen, give way to the whole
answer; an answer that reports someone else's words ("The engineers told me ...") keeps its
claims as they are. No claim stands inside a question (the interviewer's words, "What should
buyers expect?": ``outside_questions``, for the tagger's claims too). Only with at least one
question line and one answer line, and a name to give the answers to. Confidence at most 0.85
(confidence.AT_MOST): the speaker is named paragraphs away, and the fitted model has seen no
such claims.
"""

from __future__ import annotations

import re

import attrs
from spacy.tokens import Token

from ..breaks import LINE_START
from .candidates import Candidate
from .choose import Chosen
from .context import Context
from .cues import Frame
from .quotes import QUOTE_MARKS
from .ranges import strip

_TURN = re.compile(LINE_START + r"[ \t]*(Q|A|Question|Answer)[ \t]*([:.])[ \t]*(?=\S)")
_SELF = frozenset({"i", "we", "me", "us", "my", "our", "you"})  # "you": the generic one ("if you tell people, ...")
_PARAGRAPHS_BACK = 3  # how far before the first question the interviewee is looked for
_INTERVIEW_VERBS = frozenset({"ask", "interview", "speak", "talk", "sit", "put", "question", "reach", "chat"})
_MIN_WORDS = 3  # fewer, or no verb ("Yes.", "Not yet."): an answer that claims nothing
_QUESTION_WORDS = 20  # a question line of no label is short


@attrs.frozen
class Interview:
    """A document's question-and-answer turns, read once: each turn ("Q" or "A", where its label
    starts, where its words start, the character of its cue), whether they carry labels, and
    the token of the person interviewed (None if the text names no one to give answers to)."""

    turns: tuple[tuple[str, int, int, int], ...] = ()
    labelled: bool = False
    who: int | None = None

    @property
    def first_question(self) -> int | None:
        return next((start for kind, start, _, _ in self.turns if kind == "Q"), None)

    @property
    def has_answers(self) -> bool:
        return any(kind == "A" for kind, _, _, _ in self.turns)


def interview_of(ctx: Context) -> Interview:
    """The document's interview turns and the one they are with (no turns: an empty Interview)."""
    turns, labelled = _turns(ctx)
    out = Interview(tuple(turns), labelled)
    first = out.first_question
    if first is None or not out.has_answers:
        return out
    return attrs.evolve(out, who=_interviewee(ctx, first, asked=not labelled))


def interview_answers(ctx: Context, chosen: list[Chosen], interview: Interview) -> list[Chosen]:
    """The chosen claims with each answer of a question-and-answer interview (``interview_of``)
    as a claim of the person interviewed, in text order."""
    turns, first_question, who = interview.turns, interview.first_question, interview.who
    if who is None or first_question is None:
        return chosen
    dropped: set[int] = set()
    added = []
    for n, (kind, label, lo, mark) in enumerate(turns):
        if kind != "A" or label < first_question:
            continue
        pieces = _answer(ctx, lo, turns[n + 1][1] if n + 1 < len(turns) else None)
        if not pieces:
            continue
        touching = own_claims_within(ctx, chosen, pieces[0][0], pieces[-1][1])
        if touching is None:
            continue  # an answer that reports someone else's words keeps its claims as they are
        at = ctx.doc.char_span(mark, mark + 1, alignment_mode="expand")
        # (the label's colon, the question's mark, or the label "A." the tokenizer keeps whole)
        cue = at[0].i if at is not None and len(at) == 1 and (at[0].text in (":", "?") or at[0].text.endswith(".")) else None
        spans = [ctx.doc.char_span(x, y, alignment_mode="expand") for x, y in pieces]
        if cue is None or any(span is None for span in spans):
            continue
        words = [t for span in spans for t in span if t.is_alpha]
        if len(words) < _MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        dropped.update(touching)  # "I think prices will stay flat": the whole answer is the claim
        frame = Frame(cue=(cue,), lemma=":", kind="interview", speaker=who, content=tuple(t.i for span in spans for t in span))
        added.append(Chosen(Candidate(frame, pieces), "direct", pieces))
    if not added:
        return chosen
    kept = [ch for k, ch in enumerate(chosen) if k not in dropped]
    return sorted(kept + added, key=lambda ch: ch.extent)


def _answer(ctx: Context, lo: int, next_turn: int | None) -> tuple[tuple[int, int], ...]:
    """An answer's words from lo, where its label ends: the rest of its line, and each line
    after it up to the next turn label (an answer of several paragraphs; the last answer of
    the text is its own line only, for nothing marks where the interview ends)."""
    text = ctx.text
    pieces = []
    a, b = lo, strip(text, *ctx.paragraph(lo))[1]
    while b > a:
        pieces.append((a, b))
        if next_turn is None:
            break
        line = ctx.next_paragraph(b)
        if line is None or line[0] >= next_turn:
            break
        a, b = strip(text, *line)
    return tuple(pieces)


def question_lines(ctx: Context, interview: Interview) -> list[tuple[int, int]]:
    """The question lines of a question-and-answer interview (one with answer lines too), as
    character ranges: the interviewer's words, which hold no claim of anyone's."""
    if not interview.has_answers or interview.first_question is None:
        return []
    if not interview.labelled and interview.who is None:
        return []  # questions with no label and no one asked: an explainer's headings, which hold claims
    return [strip(ctx.text, *ctx.paragraph(start)) for kind, start, _, _ in interview.turns if kind == "Q"]


def _turns(ctx: Context) -> tuple[list[tuple[str, int, int, int]], bool]:
    """Each turn: ("Q" or "A", where its label starts, where its words start, the character of
    its cue), and whether they are labelled. Labelled turns ("Q:", "Answer:" at a line start, or
    "Q." and "A." where both open lines; the cue the label's colon or stop), else unlabelled ones
    (``_unlabelled_turns``)."""
    found = list(_TURN.finditer(ctx.text))
    # ("Q." and "A." count only as a pair: "A. Smith said ..." opens no answer)
    stops = {m.group(1)[0] for m in found if m.group(2) == "."}
    found = [m for m in found if m.group(2) == ":" or stops == {"Q", "A"}]
    labelled = [(m.group(1)[0], m.start(1), m.end(), m.start(2)) for m in found]
    return (labelled, True) if labelled else (_unlabelled_turns(ctx), False)


def _unlabelled_turns(ctx: Context) -> list[tuple[str, int, int, int]]:
    """An interview whose questions are lines of their own with no label: a line of one short
    question ("Are grocers making it worse?"), then the answer's lines up to the next such
    line. At least two questions, each with an answer after it; the answer's cue is its
    question's mark."""
    text = ctx.text
    out: list[tuple[str, int, int, int]] = []
    para = ctx.paragraph(0)
    while para is not None:
        a, b = strip(text, *para)
        line = text[a:b]
        if (b > a and line.endswith("?") and line.count("?") == 1 and len(line.split()) <= _QUESTION_WORDS
                and line[0] not in QUOTE_MARKS and not any(ch in line for ch in ".!\n")):
            following = ctx.next_paragraph(para[1])
            if following is not None:
                c, d = strip(text, *following)
                if d > c and not text[c:d].endswith("?"):
                    out += [("Q", a, a, b - 1), ("A", c, c, b - 1)]
        para = ctx.next_paragraph(para[1])
    return out if sum(kind == "Q" for kind, _, _, _ in out) >= 2 else []


def outside_questions(ctx: Context, claims: list, interview: Interview) -> list[bool]:
    """For each claim (anything with .content), whether it stands outside the question lines."""
    questions = question_lines(ctx, interview)
    return [not any(lo <= c.content.start < hi for lo, hi in questions) for c in claims]


def _interviewee(ctx: Context, first_question: int, asked: bool = False) -> int | None:
    """The root token of the person the interview is with: of the people named (outside
    quotation marks) in the first paragraph and the few before the first question, the one
    whose surname the whole text uses most (the subject of the introduction, not the
    interviewers or the people they talk about); of those tied, the one asked or talked to, then
    the first named; None if no one is named there."""
    lo = ctx.paragraph(first_question)[0]
    for _ in range(_PARAGRAPHS_BACK):
        before = ctx.previous_paragraph(lo)
        if before is None:
            break
        lo = before[0]
    first = ctx.paragraph(0)[1]
    # (not a name after "the": "sat down with the Herald", a paper the recogniser took for a person)
    # (asked: a name the recogniser called a body counts too, "We asked Sylvain Charlebois, director of ...")
    labels = ("PERSON", "ORG") if asked else ("PERSON",)
    names = [e for e in ctx.doc.ents if e.label_ in labels and (lo <= e.start_char or e.end_char <= first)
             and e.end_char <= first_question and e.start not in ctx.quoted and (e.start == 0 or ctx.doc[e.start - 1].lower_ != "the")]
    if asked:  # questions with no label: only an introduction that asks someone makes them an interview
        names = [e for e in names if _interviewed(e.root)]
    if not names:
        return None
    uses = {e.start: len(re.findall(rf"\b{re.escape(e[-1].text)}\b", ctx.text)) for e in names}
    return max(names, key=lambda e: (uses[e.start], _interviewed(e.root), -e.start)).root.i


def _interviewed(name: Token) -> bool:
    """Whether a name is the one asked or talked to ("asked economist Rebecca Oakes", "spoke
    with Ana Ruiz"), not the one asking."""
    tok = name
    while tok.dep_ in ("appos", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "to"):
        tok = tok.head
    return tok.dep_ in ("dobj", "dative", "prep") and tok.head.lemma_.lower() in _INTERVIEW_VERBS


def own_claims_within(ctx: Context, chosen: list[Chosen], a: int, b: int) -> list[int] | None:
    """The positions of the chosen claims that touch the words from a to b (an answer, a signed
    quotation) where each lies inside them and is part of them (``_own_words``), to give way to
    the whole; None where one reaches out of them or reports someone else's words."""
    touching = [k for k, ch in enumerate(chosen) if ch.extent[0] < b and a < ch.extent[1]]
    if any(not (a <= chosen[k].extent[0] and chosen[k].extent[1] <= b) or not _own_words(ctx, chosen[k]) for k in touching):
        return None
    return touching


def _own_words(ctx: Context, ch: Chosen) -> bool:
    """Whether a claim inside someone's words (an interview answer, a signed quotation) is part
    of them rather than someone else's words they report: its speaker "I", "we", a generic
    "you" or none, its cue under a modal ("patients should call ahead"), or its cue no verb of
    saying ("every place that has tried it has seen investment dry up")."""
    speaker = ch.candidate.frame.speaker
    if speaker is None or ctx.doc[speaker].lower_ in _SELF:
        return True
    cue = ctx.doc[ch.candidate.frame.cue[0]] if ch.candidate.frame.cue else None
    if cue is not None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children):
        # what someone should or could say is advice, not words they said: "so patients should
        # call ahead and ask"
        return True
    # what someone else thinks, feels or has seen is the account's ("A lot of us were worried about
    # the paperwork"); what they said or wrote is theirs
    return ch.candidate.frame.kind in ("verb", "adjective") and ch.candidate.frame.lemma not in ctx.lexicon.speech_verbs
