"""Quotations attached to the candidate they belong to (direct and mixed claims).

A quotation goes, in this order of preference, to a speech cue right beside it ('"...," she
said'), to the claim whose earlier quotation it continues ('"A," he said. "B."'), to the part
of the same quotation in the paragraph before, to the frame whose content it overlaps most, or
to a cue in the sentence around it. A quotation over several paragraphs is attached paragraph
by paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

import attrs

from ..words import BEARING_VERBS, CLAUSE_SUBJECT_DEPS, DASH_CHARS, NON_SPEAKERS, REFUSING_VERBS
from .candidates import Candidate
from .cues import Frame
from .cues.frame import may_speak, points_back, subject
from .context import Context
from .quotes import Quotation
from .ranges import cut, overlap

Held = list[list[Quotation]]  # per candidate (by position), the quotations it holds so far


class _Index:
    """Where the candidates are, so that each quotation looks only at those near it: speech
    cues by position, every cue by paragraph, and the holders of quotations by paragraph."""

    def __init__(self, ctx: Context, cands: list[Candidate]):
        self.speech = [k for k, c in enumerate(cands) if c.frame.kind == "verb" and c.frame.speaker is not None and c.frame.lemma in ctx.lexicon.speech_verbs]
        self.speech_at = [ctx.doc[cands[k].frame.cue[0]].idx for k in self.speech]  # ascending: verb cues come in token order
        self.by_paragraph: dict[tuple[int, int], list[int]] = defaultdict(list)
        for k, c in enumerate(cands):
            self.by_paragraph[ctx.paragraph(ctx.doc[c.frame.cue[0]].idx)].append(k)
        self.holders: dict[tuple[int, int], list[int]] = defaultdict(list)  # paragraph of the last quotation held
        self.by_cue: dict[int, list[int]] = defaultdict(list)  # first cue token -> candidates
        for k, c in enumerate(cands):
            self.by_cue[c.frame.cue[0]].append(k)

    def speech_between(self, lo: int, hi: int) -> list[int]:
        """Speech-cue candidates whose cue starts in [lo, hi), in candidate order."""
        return self.speech[bisect.bisect_left(self.speech_at, lo) : bisect.bisect_left(self.speech_at, hi)]

    def hold(self, ctx: Context, k: int, q: Quotation, held: Held) -> None:
        if held[k]:
            old = self.holders[ctx.paragraph(held[k][-1].start)]
            old.remove(k)
        held[k].append(q)
        bisect.insort(self.holders[ctx.paragraph(q.start)], k)


def attach_quotations(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with their quotations; a quotation belongs to one claim only.

    A part with a cue of its own goes to that cue, a part without goes with the part before it
    (or, at the start, with the part after it: '"A.\\n\\n"B," she said.').
    """
    candidates = list(candidates)
    held: Held = [[] for _ in candidates]
    index = _Index(ctx, candidates)
    parts = [p for q in ctx.quotations for p in q.paragraph_parts(ctx.text) if not _title(ctx.text, p)]
    owners: list[int | None] = []
    for q in parts:
        owner = _attach(ctx, q, candidates, held, index, owners[-1] if owners and q.follows else None)
        if owner is None:
            owner = _lead_in_owner(ctx, q, candidates, held)
        if owner is not None:
            index.hold(ctx, owner, q, held)
        owners.append(owner)
    for k in range(len(parts) - 2, -1, -1):
        if owners[k] is None and parts[k + 1].follows and owners[k + 1] is not None:
            owners[k] = owners[k + 1]
            held[owners[k]].insert(0, parts[k])
    for k, quotes in enumerate(held):
        outer = _reported_with(ctx, candidates, k, quotes) if quotes else None
        if outer is not None:
            # (only what follows the outer cue: a title before it, "In his book, ''Doomed to
            # Succeed,'' Ross said ...", is none of its report)
            after = ctx.doc[candidates[outer].frame.cue[-1]].idx
            held[outer] = sorted(held[outer] + [q for q in quotes if q.start > after], key=lambda q: q.start)
            held[k] = [q for q in quotes if q.start <= after]
    # others give the quotation up ("Although the US believes ..., 'it's challenged ...',
    # Satterfield said": the quote is Satterfield's, not the US's belief)
    taken = sorted((q.start, q.end, j) for j, quotes in enumerate(held) for q in quotes)
    starts = [a for a, _, _ in taken]
    ends = sorted(b for _, b, _ in taken)  # quotation parts never overlap: in the same order
    out = []
    for k, c in enumerate(candidates):
        pieces = c.pieces
        others: set[int] = set()  # the cue and speaker words of the claims that took its quotations
        for x, y in c.pieces:
            for a, b, j in taken[bisect.bisect_right(ends, x) : bisect.bisect_left(starts, y)]:
                if j != k:
                    pieces = cut(pieces, a, b)
                    phrase = _set_off_frame(ctx, candidates[j].frame, c)
                    if phrase is not None:
                        pieces = cut(pieces, *phrase)
                    f = candidates[j].frame
                    others.update(f.cue)
                    if f.speaker is not None:
                        others.update(t.i for t in ctx.doc[f.speaker].subtree)
        if others and pieces != c.pieces and _only_words_of(ctx, pieces, others):
            pieces = ()  # 'Mills argued: "A," he wrote, "B."': nothing of its own is left but "he wrote"
        out.append(attrs.evolve(c, pieces=pieces, quotes=tuple(held[k])))
    return out


def _only_words_of(ctx: Context, pieces, words: set[int]) -> bool:
    """Whether every word in pieces (character ranges) is one of words (token indices)."""
    for a, b in pieces:
        span = ctx.doc.char_span(a, b, alignment_mode="expand")
        if span is None or any(not (t.is_punct or t.is_space) and t.i not in words for t in span):
            return False
    return True


def _reported_with(ctx: Context, cands: list[Candidate], k: int, quotes: list[Quotation]) -> int | None:
    """The candidate that candidate k's quotations belong to where k's cue is no report of its
    own but part of another's: an infinitive of what is declined or refused to be said
    ('declined to comment on "internal deliberations"'); a saying yet to come that is the
    reported clause itself ('said Canada would respond "with purpose and with force"'); a
    participle of the reported clause's own verb ('told the inquiry that she had sent a report
    describing "serious and worsening" cracks'); the reported clause's own verb of naming or
    judging when what it quotes is only a phrase, no clause ('said the agency had identified "a
    software fault"': a word of the report, not a second one; not 'said he shouted "No more"');
    a cue in an adverbial clause of the reported clause whose quotation holds that clause's own
    verb ('said that when Warren railed against Wall Street, "she is speaking for all of us."').
    None where k's cue is a report of its own
    ('said the governor told him "..."'), or its speaker's own act ('She said the mayor had
    lied, calling him "a fraud."': she calls him that)."""
    f = cands[k].frame
    if f.kind != "verb":
        return None
    tok = ctx.doc[f.cue[0]]
    speech = ctx.lexicon.speech_verbs

    def other(test) -> int | None:
        """The first other verb frame that passes test."""
        return next((j for j, c in enumerate(cands) if j != k and c.frame.kind == "verb" and test(c.frame)), None)

    if tok.dep_ == "xcomp":
        # 'declined to comment on "internal deliberations"': what is declined, promised or refused
        # to be said belongs to that cue ("comment on" says nothing)
        return other(lambda g: tok.head.i in g.cue and tok.i in g.content and (g.lemma in speech or g.lemma in REFUSING_VERBS))
    if f.future and tok.dep_ == "ccomp":
        # 'said that Canada would respond "with purpose and with force"': a saying yet to come,
        # the reported clause itself; its quotation is the report's
        return other(lambda g: g.speaker is not None and g.lemma in speech and g.content_head == tok.i)
    if tok.dep_ == "ccomp" and f.lemma in ctx.lexicon.flag("judging") and not any(_clause_in(ctx, q) for q in quotes):
        return other(lambda g: g.speaker is not None and g.lemma in speech and g.content_head == tok.i and g.cue[0] < tok.i)
    if tok.dep_ == "advcl" and tok.tag_ != "VBG":
        # 'said that when Ms. Warren railed against Wall Street, "she is speaking for all of us."':
        # a cue in an adverbial clause of the reported clause; a quotation that holds that
        # clause's own verb is the report's
        def holds_head(g) -> bool:
            head = ctx.doc[g.content_head].idx if g.content_head is not None else -1
            return any(q.start <= head < q.end for q in quotes)

        return other(lambda g: g.speaker is not None and g.lemma in speech and g.cue[0] < tok.i and tok.head.i == g.content_head
                     and holds_head(g))
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl"):
        return None
    return other(lambda g: g.speaker is not None and g.lemma in speech and g.cue[0] < tok.i and tok.head.i == g.content_head
                 and (f.speaker is None or f.speaker in g.content))


def _clause_in(ctx: Context, q: Quotation) -> bool:
    """Whether a quotation holds a clause of its own: a finite verb or a subject ("we will not
    back down"; not "a software fault", "serious gaps")."""
    doc = ctx.doc
    span = doc.char_span(q.content_start, q.pieces[-1][1], alignment_mode="expand")
    return span is None or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ in ("nsubj", "nsubjpass") for t in span)


_SET_OFF = frozenset({",", "—", "–", "--", "("})


def _set_off_frame(ctx: Context, other: Frame, c: Candidate) -> tuple[int, int] | None:
    """The phrase set off by a comma or dash inside c's content that holds the frame of another
    claim whose quotation c gave up: "the province will cap classes at 24 students[, a move the
    union calls] "too little"" -- without it the content would end on "calls"."""
    if not c.pieces:
        return None
    doc = ctx.doc
    lo, hi = c.pieces[0][0], c.pieces[-1][1]
    tok = doc[other.cue[0]]
    own = set(c.frame.cue)
    for _ in range(6):
        if not (lo <= tok.idx < hi) or tok.i in own or any(t.i in own for t in tok.subtree):
            return None
        left = tok.left_edge.i
        if left > 0 and doc[left - 1].text in _SET_OFF and lo <= doc[left - 1].idx:
            return doc[left - 1].idx, ctx.end_char(tok.right_edge.i)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _attach(ctx: Context, q: Quotation, cands: list[Candidate], held: Held, index: _Index, before: int | None) -> int | None:
    """The candidate (by position) a quotation's paragraph part goes to; None if none."""
    best = _adjacent_cue(ctx, q, cands, held, index)
    if best is None:
        best = _object_of_cue(ctx, q, cands, held, index)
    if best is None:
        best = _continued(ctx, q, cands, held, index)
    if best is None:
        best = before
    if best is not None:
        return best
    best_ov = 0
    par = ctx.paragraph(q.start)
    for k in index.by_paragraph.get(par, ()):
        c = cands[k]
        if c.frame.cue[0] in ctx.inside:
            continue
        ov = sum(overlap(p, (q.start, q.end)) for p in c.pieces)
        if ov > best_ov:
            best, best_ov = k, ov
    return best if best is not None else _nearby_cue(ctx, q, cands, held, index)


def _borne(cue, frame: Frame) -> bool:
    """Whether a cue is what a thing does with the words it bears ("a sign that read", "One
    message said"): its own subject, or the noun its relative clause hangs on, cannot speak."""
    bearer = next((c for c in cue.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    if bearer is not None and bearer.tag_ in ("WDT", "WP"):
        bearer = cue.head
    return bearer is not None and frame.lemma in BEARING_VERBS and not may_speak(bearer)


def _object_of_cue(ctx: Context, q: Quotation, cands: list[Candidate], held: Held, index: _Index) -> int | None:
    """The cue right before a quotation that takes it as its object: 'He held up a sign that
    read "Farmers 4 Ruiz," and waved it, shouting "Thank you"': the sign's words are what it
    read, not the first half of what he shouted (a cue of speech right before is
    _adjacent_cue's)."""
    doc = ctx.doc
    words = doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
    if words is None or not len(words):
        return None
    # (only the words a thing bears: a sign, a shirt, a message; a person's verb inside a report,
    # 'says he voted "uncommitted"', quotes for the report)
    heads = {t.head.i for t in words if not words.start <= t.head.i < words.end and t.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd")}
    for i in heads:
        cue = doc[i]
        for k in index.by_cue.get(i, ()):
            if (cue.i < words.start and _borne(cue, cands[k].frame)
                    and not held[k] and not cands[k].pieces and _only_between(ctx, cue.idx + len(cue), q.start, set())
                    # (not inside what another reports: "According to X, the men wore shirts that
                    # read '...'" is X's, slogan and all, as a nested report is)
                    and not any(a <= cue.idx < b for j, other in enumerate(cands) if j != k for a, b in other.pieces)):
                return k
    return None


def _lead_in_owner(ctx: Context, q: Quotation, cands: list[Candidate], held: Held) -> int | None:
    """For a quotation no cue claims, right after a sentence ending in a colon whose verb is no
    cue of saying: 'He then listed the qualities he wants in a running mate:' / 'Trump leaned in
    and boomed:' / 'The board was conclusive in its findings:'. The verb the colon closes is the
    cue and its subject (else the sentence's) the speaker, not "it", "there" ('Wait, it gets
    better:'). A candidate for that verb takes it; else a new one with no content of its own."""
    doc = ctx.doc
    lo = max(0, q.start - 300)
    at = _colon_ending(ctx.text[lo : q.start])
    if at is None:
        return None
    colon = doc.char_span(lo + at, q.start, alignment_mode="expand")
    if colon is None or colon[0].text != ":":
        return None
    before = doc[ctx.sent_of_token(colon[0].i).start : colon[0].i]
    if not len(before):
        return None
    # the verb the colon closes (the parser may run the sentence on into the quote)
    root = colon[0].head if colon[0].head.i < colon[0].i and colon[0].head.pos_ in ("VERB", "AUX") else before.root
    if subject(root) is None and colon[0].head.i > colon[0].i:
        # the parser ran the sentence on into the quote and hung what stands before the colon on
        # the quote's verb ("Asked about the power play, which went 0-for-4, Huska was blunt:"
        # has "Asked" and "was" on it): the last of them with a subject
        root = next((t for t in reversed(before) if t.head.i >= colon[0].i and t.pos_ in ("VERB", "AUX") and subject(t) is not None),
                    root)
    if root.pos_ not in ("VERB", "AUX") or root.i in ctx.inside or root.i < before.start:
        return None
    who = subject(root) or subject(before.root)  # "Trump gestured ..., then leaned in and boomed:"
    if who is None or who.lower_ in NON_SPEAKERS | {"it", "here"} or who.i in ctx.inside or not may_speak(who):
        return None
    for k, c in enumerate(cands):
        if c.frame.cue[0] == root.i:
            return k if c.frame.speaker is not None and not held[k] else None
    # a copula is no cue ("was conclusive in its findings:"): the colon is
    cue, lemma = ((colon[0].i,), ":") if root.pos_ == "AUX" else ((root.i,), root.lemma_.lower())
    cands.append(Candidate(Frame(cue=cue, lemma=lemma, kind="verb", speaker=who.i), ()))
    held.append([])
    return len(cands) - 1


def _only_between(ctx: Context, a: int, b: int, allowed: set[int], across_sentences: bool = False) -> bool:
    """True if text[a:b] holds nothing but punctuation, spaces and the allowed tokens.

    Unless across_sentences, never across a sentence end: 'Shelter is a problem, he added. "..."'.
    """
    span = ctx.doc.char_span(a, b, alignment_mode="contract") if a < b else None
    if span is None:
        return not any(ch.isalnum() for ch in ctx.text[a:b])
    if not across_sentences and ctx.sentence_end_within(span.start_char, span.end_char):
        return False
    return all(t.is_punct or t.is_space or t.i in allowed for t in span) and not any(
        ch.isalnum() for ch in ctx.text[a : span.start_char] + ctx.text[span.end_char : b])


def _adjacent_cue(ctx: Context, q: Quotation, cands: list[Candidate], held: Held, index: _Index) -> int | None:
    """A speech cue right after the closing mark or right before the opening one.

    '"...," Blinken said at a news conference' / '..., Satterfield said' / 'He said: "..."'
    """
    doc = ctx.doc
    for k in index.speech_between(q.start - 200, q.end + 201):  # farther is never adjacent
        c = cands[k]
        f = c.frame
        cue = doc[f.cue[0]]
        # the cheap tests first: a cue never reaches over a sentence end, nor after the
        # quotation over a line break, nor before it once it holds a quotation
        if cue.idx >= q.end:
            if ctx.breaks(q.end, cue.idx) or ctx.sentence_end_within(q.end, cue.idx):
                continue
        elif held[k] or ctx.sentence_end_within(cue.idx, q.start):
            continue
        if _in_speaker_phrase(ctx, f, q):
            continue
        words = {f.cue[0]} | {t.i for t in doc[f.speaker].subtree} | {t.i for t in cue.children if t.dep_ in ("aux", "neg", "advmod", "prt")}
        # 'asks at a high school, "..."', 'telling her, "..."', 'said Tuesday: "..."'
        # (not a preposition whose own verb is another cue: 'responded to that tweet by calling him
        # "dopey"' quotes what the calling called him)
        words |= {t.i for ch in cue.children if ch.dep_ in ("prep", "dative", "npadvmod") and ch.i < cue.i + 8
                  and not any(c.dep_ == "pcomp" and c.i in index.by_cue for c in ch.children) for t in ch.subtree}
        if cue.i < len(doc) - 1 and doc[cue.i + 1].dep_ == "dobj" and doc[cue.i + 1].pos_ == "PRON":
            words.add(cue.i + 1)
        if f.lemma in ctx.lexicon.flag("telling"):  # 'telling a radio host in Ohio: "..."': who is told
            words |= {t.i for ch in cue.children if ch.dep_ == "dobj" and ch.i < cue.i + 8 for t in ch.subtree}
        if cue.idx >= q.end and _only_between(ctx, q.end, cue.idx, words) and not ctx.breaks(q.end, cue.idx):
            if _closes_sentence(ctx, q) and _reports_beside(ctx, cands, k, index):
                continue  # '... as "another photo op." Speaking to reporters, he said ...': a sentence of its own
            after = [a for a, _ in c.pieces if a >= cue.idx]
            if after and not (_interrupted(ctx, q) and _reopens(ctx, cue.idx + len(cue), min(after), words)):
                continue  # '"...!" She replied that ...': the cue has content of its own
            return k
        if cue.idx < q.start and _only_between(ctx, cue.idx, q.start, words) and not held[k] and not _manner(ctx, q, cue):
            if ctx.text[cue.idx : q.start].rstrip()[-1:] in DASH_CHARS and _interrupted(ctx, q):
                continue  # '... railed against plans - "I love Oreos," he said, "..."': set off, for the cue after it
            if ctx.text[cue.idx : q.start].rstrip()[-1:] == ":" and _interrupted(ctx, q) and _cue_before_next_part(ctx, q, cands, index):
                continue  # 'Mills shot back: "A," he wrote, "B."': what he wrote, the cue inside it
            # across a paragraph break only as a lead-in: 'He said:\n"..."'
            if not ctx.breaks(cue.idx, q.start) or _lead_in(ctx.text[cue.idx : q.start]):
                return k
    return None


def _in_speaker_phrase(ctx: Context, f: Frame, q: Quotation) -> bool:
    """Whether a quotation stands inside the speaker's own phrase ('Bill Eastland, wearing
    "Ted Cruz" pins, said'): a name or a title, none of what was said."""
    if f.speaker is None:
        return False
    speaker = ctx.doc[f.speaker]
    last = ctx.doc[speaker.right_edge.i]
    return ctx.doc[speaker.left_edge.i].idx < q.start and q.end <= last.idx + len(last)


def _manner(ctx: Context, q: Quotation, cue) -> bool:
    """Whether the quoted words only say how the cue's act was done: 'warned that Moscow would
    respond "decisively"' (a fragment of the warning), not what was responded."""
    span = ctx.doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 2 or not all(t.tag_ in ("RB", "RBR", "RBS") for t in words):
        return False  # 'calls "too little, too late"' is what the union calls it, however parsed
    roots = [t for t in words if not (span.start <= t.head.i < span.end)]
    return all(t.head.i == cue.i and t.dep_ in ("advmod", "npadvmod") for t in roots)


def _interrupted(ctx: Context, q: Quotation) -> bool:
    """A quotation broken off in mid-sentence: its words end on a comma or a dash ('"A," he
    said, "B."'), not on a full stop ('"A." He said: "B."')."""
    if ctx.text[q.content_start : q.content_end].rstrip()[-1:] not in DASH_CHARS | {","}:
        return False
    # and it opens its sentence: not a quoted fragment of a paraphrase ('could be "messy,"
    # adding, "..."', whose words before the quotation are a claim of their own), or is set
    # off by a dash or a colon ('... to Mexico - "I love Oreos," he said, "I will ..."')
    for j in range(q.start - 1, max(-1, q.start - 400), -1):
        ch = ctx.text[j]
        if ch in ".!?\n—–-:":
            return True
        if ch.isalnum():
            return False
    return True


def _reopens(ctx: Context, a: int, b: int, words: set[int]) -> bool:
    """Whether the cue's own content, from b, is the rest of an interrupted quotation: only the
    cue's words, punctuation and an opening quotation mark between ('"A," he said, "B."')."""
    k = bisect.bisect_left(ctx.quotations, a, key=lambda q: q.start)
    return (k < len(ctx.quotations) and ctx.quotations[k].start <= b and ":" not in ctx.text[a : ctx.quotations[k].start]
            and _only_between(ctx, a, ctx.quotations[k].start, words))


# At most this many characters between a claim's quotation and the one that goes on with it (the
# cue's words: '"A," he said in an interview with ... on Tuesday, "B."'); a bound, so that a
# paragraph with hundreds of quotations costs no pass over every earlier one's cue words
_CONTINUED_GAP = 500


def _continued(ctx: Context, q: Quotation, cands: list[Candidate], held: Held, index: _Index) -> int | None:
    """The claim a quotation goes on with: '"A," he said. "B."' and '"A," he said, "B."'.

    The quotation follows one of the claim's quotations in the same paragraph with nothing
    between but the cue's own words (speaker, cue, "in an interview") and punctuation.
    """
    doc = ctx.doc
    for k in index.holders.get(ctx.paragraph(q.start), ()):  # a quotation in another paragraph never continues
        c = cands[k]
        if c.frame.speaker is None or _in_speaker_phrase(ctx, c.frame, q) or _borne(doc[c.frame.cue[0]], c.frame):
            continue  # (a sign's words go on with nothing said after them)
        last = held[k][-1]
        if last.end > q.start or q.start - last.end > _CONTINUED_GAP or ctx.breaks(last.end, q.start):
            continue
        # the cue's own words, not a second verb coordinated with it ('called it "shameful" and
        # called on leaders "not to ..."': the second quotation is the second cue's); a relative
        # clause on the speaker stays one of its words ('said Ana Ruiz, a mother of three who
        # spoke to CBC News. "B."': B is still hers)
        words = {t.i for i in c.frame.cue for t in doc[i].subtree}
        words -= {t.i for i in list(words) for j in index.by_cue.get(i, ()) if j != k and doc[i].dep_ != "relcl" for t in doc[i].subtree}
        # nor a clause joined to the cue with a subject of its own ('"A," Ebeling said, and her
        # husband cut in. "B."': B may be his)
        words -= {t.i for i in c.frame.cue for j in doc[i].children if j.dep_ == "conj" and any(
            s.dep_ in CLAUSE_SUBJECT_DEPS for s in j.children) for t in j.subtree}
        if _only_between(ctx, last.end, q.start, words, across_sentences=True):
            return k
    return None


def _nearby_cue(ctx: Context, q: Quotation, cands: list[Candidate], held: Held, index: _Index) -> int | None:
    """A cue for a quotation that no frame's content reaches.

    '"A," he said, "B."' (the second part), '"A." He said.' (cue in the next sentence),
    'He said:' + quotation (cue in the sentence before).
    """
    first = ctx.sent_of_char(q.start)
    last = ctx.sent_of_char(max(q.start, q.end - 1))
    if first is None or last is None:
        return None
    lo, hi = first.start_char, last.end_char
    options = []
    # near (in the quotation's sentences), a lead-in (< 80 characters before) or a cue-only
    # sentence right after (< 40 characters after, < 120 when it points back: "That is how
    # ... describes it"): nothing outside this window qualifies
    for k in index.speech_between(min(lo, q.start - 80), max(hi, q.end + 120)):
        c = cands[k]
        f = c.frame
        cue_char = ctx.doc[f.cue[0]].idx
        if q.start <= cue_char < q.end or _in_speaker_phrase(ctx, f, q):
            continue
        gap_text = ctx.text[q.end : cue_char] if cue_char >= q.end else ctx.text[cue_char : q.start]
        near = lo <= cue_char < hi
        # the sentence right before, ending in a colon: 'He said:\n"..."'
        # (not across a sentence of its own: '"A," Ruiz wrote. Lee was less forgiving: "B."')
        lead_in = cue_char < q.start and _lead_in(gap_text) and len(gap_text) < 80 and not ctx.sentence_end_within(cue_char, q.start)
        # the sentence right after, when it is only a cue: '"..." He said.'
        # (or one that points back to it: '"..." That is how Ana Ruiz, a nurse, describes it.')
        nxt = last.end_char <= cue_char and not c.pieces and not held[k] and (
            len(gap_text) < 40 or (len(gap_text) < 120 and points_back(ctx.doc[f.cue[0]]))) and not (
                _closes_sentence(ctx, q) and _reports_beside(ctx, cands, k, index))
        if ctx.breaks(min(cue_char, q.end), max(cue_char, q.start)) and not (lead_in or (nxt and _bare_saying(ctx, f))):
            # a cue speaks for a quotation in another paragraph only as a lead-in or as a bare
            # "He said." (not '"..."\n\nOthers disagreed.', nor 'The mayor said nothing.')
            continue
        if not (near or nxt or lead_in):
            continue
        if c.pieces and not held[k]:
            continue  # a frame that has its own, unquoted content is another claim
        options.append((cue_char - q.end if cue_char >= q.end else q.start - cue_char, k))
    if not options:
        return None
    options.sort(key=lambda x: x[0])
    return options[0][1]


def _cue_before_next_part(ctx: Context, q: Quotation, cands: list[Candidate], index: _Index) -> bool:
    """Whether a speech cue and its own subject stand between a quotation and the next one of
    its paragraph, close after it ('"A," he wrote, "B."'; not '"A," adding, "B."')."""
    k = bisect.bisect_right(ctx.quotations, q.start, key=lambda x: x.start)
    if k >= len(ctx.quotations):
        return False
    nxt = ctx.quotations[k]
    if nxt.start - q.end >= 80 or ctx.breaks(q.end, nxt.start):
        return False
    return any(cands[j].frame.speaker is not None and q.end <= ctx.doc[cands[j].frame.speaker].idx < nxt.start
               for j in index.speech_between(q.end, nxt.start))


def _closes_sentence(ctx: Context, q: Quotation) -> bool:
    """Whether a quotation's words end a sentence inside its marks and a new sentence starts
    right after it ('... as "another photo op." Speaking to ...'; not '"... alright?" he urged')."""
    words = ctx.text[q.content_start : q.pieces[-1][1]].rstrip()
    after = ctx.text[q.end : q.end + 40].lstrip()
    return words[-1:] in (".", "!", "?") and after[:1].isupper()


def _reports_beside(ctx: Context, cands: list[Candidate], k: int, index: _Index) -> bool:
    """Whether candidate k's cue is a participle on another cue that reports words of its own:
    in 'dismissed the plan as "another photo op." Speaking to reporters, he said programs had
    failed.' the second sentence is no "He said." that a quotation before it could go to."""
    cue = ctx.doc[cands[k].frame.cue[0]]
    return not cands[k].pieces and cue.dep_ in ("advcl", "xcomp") and any(
        j != k and cands[j].pieces for j in index.by_cue.get(cue.head.i, ()))


def _bare_saying(ctx: Context, f) -> bool:
    """Whether a cue's sentence is nothing but its speaker and a plain verb of saying ("He said.")."""
    doc = ctx.doc
    cue = doc[f.cue[0]]
    if f.speaker is None or f.lemma not in ctx.lexicon.core:
        return False
    words = {f.cue[0]} | {t.i for t in doc[f.speaker].subtree}
    sent = cue.sent
    return all(t.i in words or t.is_punct or t.is_space for t in sent)


# words a quoted title follows: 'on "Fox & Friends,"', 'for the "Off Message" podcast', 'the
# program "Inside Edition"' (not "a"/"an": 'called him an "Aunt Tom"' quotes a word he used); and
# right after a verb of telling, whom it was told: 'told "Power and Politics"'
_TITLE_AFTER = frozenset({"of", "on", "in", "with", "to", "for", "from", "at", "by", "the", "program", "show", "podcast", "series"})
_TOLD = frozenset({"told", "tells", "telling"})
# nouns of a work a quoted title stands beside: 'In his memoir, "A Long Road Home," ...' (not a
# statement, letter or post: their quotations are words)
_WORKS = frozenset({"book", "books", "memoir", "memoirs", "autobiography", "biography", "novel", "film", "movie",
                    "documentary", "album", "song", "play", "poem", "podcast", "column", "essay", "op-ed", "blog",
                    "newsletter", "study", "report", "paper", "thesis", "series", "programme", "exhibition"})
_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "with", "by", "from", "&"})
_WORD = re.compile(r"[\w&'’.-]+")


def _title(text: str, q: Quotation) -> bool:
    """A quotation that is a title, not someone's words: a few capitalised words, no ! or ?,
    right after a preposition, "the" or a name's possessive ('appeared on "Fox News Sunday."',
    'on CNN's "State of the Union,"')."""
    inside = text[q.content_start : q.content_end]
    words = _WORD.findall(inside)
    if not 1 <= len(words) <= 6 or "!" in inside or "?" in inside or not words[0][0].isupper():
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL for w in words):
        return False
    before = _WORD.findall(text[max(0, q.start - 20) : q.start])
    if not before:
        return False
    # 'on CNN's "State of the Union,"', 'Trump's "Make America Great Again" cry': a name's own title
    possessive = before[-1][0].isupper() and before[-1][-2:].lower() in ("'s", "’s") and not _headline(text, q)
    if before[-1].lower() in _TOLD:
        # 'told "Fox and Friends,"': right after the verb (not 'he told, "We Will Win."')
        return text[max(0, q.start - 20) : q.start].rstrip().lower().endswith(before[-1].lower())
    # 'a "Make America Great Again" hat': a name that goes before its noun
    after = re.match(r"[ \u00a0]([a-z]+)\b", text[q.end : q.end + 30])
    named = before[-1].lower() in ("a", "an", "and") and after is not None and after.group(1) not in _SMALL
    # 'In his memoir, "A Long Road Home," published ...': a title beside the noun of its work
    work = before[-1].lower() in _WORKS and re.fullmatch(r"[ \u00a0]*,?[ \u00a0]*", text[max(0, q.start - 20) : q.start].rsplit(before[-1], 1)[-1]) is not None
    return before[-1].lower() in _TITLE_AFTER or possessive or named or work


def _headline(text: str, q: Quotation) -> bool:
    """Whether q stands in a line in title case ('Issa: Hillary Clinton’s ‘Honesty Is In
    Question’'), where capitals tell no title from words."""
    lo, hi = max(0, q.start - 200), min(len(text), q.end + 200)  # a headline is short: bounded
    a = text.rfind("\n", lo, q.start) + 1 or lo
    b = text.find("\n", q.end, hi)
    line = text[a : q.start] + " " + text[q.end : b if b >= 0 else hi]
    words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _lead_in(between: str) -> bool:
    """Whether the text from a cue to a quotation ends in a colon: 'He said:\n"..."' (the
    quotation's first part of several paragraphs starts after its opening mark)."""
    return _colon_ending(between) is not None


def _colon_ending(between: str) -> int | None:
    """Where the colon is that between ends in, but for white space and opening marks; None if
    it ends in no colon."""
    end = len(between.rstrip().rstrip("\"“'‘`").rstrip())
    return end - 1 if end and between[end - 1] == ":" else None
