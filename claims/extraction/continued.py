"""Quote paragraphs that carry on a quote: news writing gives a paragraph that is nothing but a
quotation to the speaker of the quote just before it::

    "We had nothing left," she said.

    "I can't believe that this is our life now."

The second paragraph has no cue of its own; it is the same speaker going on. It becomes one
more fragment of the claim before it (``content.fragments``), as a quote broken by "she said"
is one claim in pieces, and as annotators of attribution mark it (PolNeAR gives such a
paragraph to the same attribution as a further piece of its content). Only when the paragraph
right before ends with a claim that has a speaker: a direct or mixed one, or an indirect one
made with a plain verb of saying in that paragraph's last sentence ("Ruiz said the river rose
again.\n\n"We had nothing left.""), which then becomes mixed: a paraphrase, then the speaker's
own words. Narration in between, a quote with no speaker, a label opening the quotation
('"Related:"', '"Matthews: ..."') or a line in capitals, and the paragraph stays unattributed.

The same holds inside a paragraph: a quotation that is a sentence of its own right after the
sentence of a quote's cue goes on with that quote::

    "It is true we got close," Clinton said in Los Angeles, recalling the 2007 bill. "Obama and I voted for it."

A claim the parse or the tagger made inside that quotation (a cue in the speaker's own words,
"Most Democrats agree that ...") or of it (the "recalling" of the cue's sentence) gives way:
one claim to a stretch, and the stretch is the speaker's.
"""

from __future__ import annotations

import bisect
import re

import attrs

from ..records import Claim, Span
from ..words import CLAUSE_SUBJECT_DEPS, CLOSING_MARKS
from .context import Context
from .facets import Facets
from .ranges import strip, whole_characters

# a label opening a quotation: "Related:", "Chris Matthews:" (a few words, then a colon)
_LABEL = re.compile(r"\s*(?:[\w.'’-]+\s+){0,3}[\w.'’-]+:(?!\S)")
# a word that may open the quotation's sentence before its mark: '"...," he said. Then, "..."'
_LEAD = re.compile(r"\s(?:Then|Later|And|But|Still|Again|Now|Also),?$")


def _plain_cue(ctx: Context, claim: Claim) -> bool:
    """Whether the claim is made with one of the plainest verbs of saying (said, added, told,
    wrote ...: the lexicon's core, one word). Other cues ("referring to", "spoke", "asked for")
    are too often followed by someone else's words."""
    return claim.cue is not None and claim.cue.lemma in ctx.lexicon.core and " " not in claim.cue.lemma


def _spoken_cue(ctx: Context, claim: Claim) -> bool:
    """Whether the claim is made with a finite verb of speech of one word ("urged", "warned", "argued"):
    a quotation sentence right after it in its paragraph goes on with what was said ("Bennett urged
    residents to check their alarms. "They cost $20. They save lives.""); not after a paragraph's
    end, where ``_plain_cue`` alone holds."""
    if claim.cue is None or " " in claim.cue.lemma or claim.cue.lemma not in ctx.lexicon.speech_verbs:
        return False
    cue = ctx.doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    # a finite verb: not a participle on another's sentence ("asked Mr. Manafort, referring to the
    # 'crooked' process. 'The answer is he is not.'": the quotation is no part of what he referred to)
    return ctx.lexicon.claim_class(claim.cue.lemma) == "speech" and cue is not None and cue[0].tag_ in ("VBD", "VBZ", "VBP")


def _plainly_said(ctx: Context, claim: Claim, para: tuple[int, int]) -> bool:
    """An indirect claim that a quotation paragraph after it carries on: one made with a plain
    cue (``_plain_cue``), in the last sentence of its paragraph ("She said the clinic was
    full.\n\n"We turn people away.""); narration after the claim is too often followed by
    someone else's words."""
    return _plain_cue(ctx, claim) and not any(ch.isalnum() for ch in ctx.text[claim.sentence[1] : para[1]])


def continued_quotes(ctx: Context, facets: Facets, claims: list[Claim]) -> list[Claim | None]:
    """The claims, each quote that a following quotation carries on grown by it as a further
    fragment (a quotation sentence after the cue's sentence, then quotation paragraphs); in
    text order, as given, with None for a claim the quotation took over from."""
    if not ctx.quotations or not claims:
        return list(claims)
    grown = _sentences_after(ctx, facets, claims)
    kept = [c for c in grown if c is not None]
    more = iter(_paragraphs_after(ctx, facets, kept))
    return [None if c is None else next(more) for c in grown]


def _sentences_after(ctx: Context, facets: Facets, claims: list[Claim]) -> list[Claim | None]:
    """Each quote grown by the quotation sentences that follow its cue's sentence in its
    paragraph; the claims a cue inside those quotations made, None."""
    text = ctx.text
    out: list[Claim | None] = list(claims)
    order = sorted(range(len(out)), key=lambda j: claims[j].content.start)  # the same as claims grow
    starts = [claims[j].content.start for j in order]
    for k in order:
        claim = out[k]
        if claim is None or claim.speaker is None or claim.cue is None:
            continue
        for m in range(bisect.bisect_left(ctx.quotation_ends, claim.content.end), len(ctx.quotations)):
            q = ctx.quotations[m]
            if q.start < claim.content.end or not q.closed:
                continue
            if not _sentence_follows(ctx, claim, q, ctx.quotations[m - 1] if m else None):
                break
            # the claims that begin between this one and the end of the quotation, and any that
            # holds the quotation ('"...," said Alvarez, who said she saw the dog. "..."': the
            # quote before the relative clause's report has it)
            near = [(j, d) for j in order[bisect.bisect_right(starts, claim.content.start) : bisect.bisect_left(starts, q.end)]
                    if j != k and (d := out[j]) is not None]
            holders = [(j, d) for j, d in enumerate(out) if j != k and d is not None and any(a < q.end and q.start < b for a, b in _pieces(d))]
            if not all(_gives_way(ctx, d, claim, q) for _, d in holders):
                break  # the quotation is someone else's, or a report of the sentence between has it
            if any(d.cue is not None and claim.cue.end <= d.cue.start < q.start and _plain_cue(ctx, d) for _, d in near):
                break  # '"...," she said, adding that .... "...."': the quotation goes on with what she added
            grown = _grown(ctx, facets, claim, [whole_characters(text, a, b) for a, b in q.pieces], ctx.paragraph(q.end - 1))
            if grown is None:
                break
            out[k] = claim = grown
            for j, _ in holders:
                out[j] = None
    return out


def _gives_way(ctx: Context, other: Claim, claim: Claim, q) -> bool:
    """Whether a claim holding quotation q yields it to the quote before (claim): a claim made
    by a cue inside the quotation (the speaker's own "Most engineers agree ..."), or one the
    sentence between made of the quotation alone with a cue that is not a plain verb of saying
    ("..., recalling the flood of 2009. "..."": the quotation is not what she recalled)."""
    if other.cue is None:
        return False
    if q.start <= other.cue.start < q.end:
        return True
    assert claim.cue is not None
    return (claim.cue.end <= other.cue.start < q.start and not _plain_cue(ctx, other)
            and all(q.start <= a and b <= q.end for a, b in _pieces(other)))


def _sentence_follows(ctx: Context, claim: Claim, q, before) -> bool:
    """Whether quotation q is a sentence of its own right after the sentence of the claim's
    cue, in its paragraph: between them only the rest of that sentence (after a quote,
    '"...," Clinton said in Los Angeles, recalling the bill.'; after a cue and its content,
    nothing), and after q the paragraph's end or a new sentence; the claim a quote, a mixed
    claim with its cue after it, or a claim said plainly. before: the quotation before q."""
    text = ctx.text
    assert claim.cue is not None and claim.speaker is not None
    anchor = max(claim.content.end, claim.cue.end, claim.speaker.end)
    if ctx.breaks(anchor, q.start):
        return False  # (a quotation that opens here may run on over paragraphs: '"...," Bird said, her
        # hands folded. "I took him ... home.\n\n"The last time ..."')
    if not (claim.type == "direct" or (claim.type == "mixed" and anchor > claim.content.end) or _plain_cue(ctx, claim)
            or _spoken_cue(ctx, claim)):
        return False  # after a report of another kind ("referring to the ''crooked'' process."), not its words
    gap = text[anchor:q.start].rstrip()
    lead = _LEAD.search(gap)
    if lead is not None:
        gap = gap[: lead.start()]
    stop = len(gap.rstrip(CLOSING_MARKS))
    if stop == 0 or gap[stop - 1] not in ".!?":
        return False  # the cue's sentence goes on into the quotation
    if anchor == claim.content.end and any(ch.isalnum() for ch in gap):
        return False  # narration between the claim and the quotation
    if ctx.sentence_end_within(anchor, anchor + stop - 1) or (before is not None and before.start >= anchor):
        return False  # another sentence, or another quotation, comes between
    if _another_speaks(ctx, claim, anchor, anchor + stop):
        return False  # '"...," Ruiz said, and her husband cut in. "..."': the next quotation may be his
    if _LABEL.match(text, q.content_start, q.content_end) or not any(ch.islower() for ch in text[q.content_start:q.content_end]):
        return False
    rest = text[q.end : ctx.paragraph(q.end - 1)[1]]
    after = q.end + len(rest) - len(rest.lstrip())
    return not rest.strip() or (ctx.sent_of_char(after) or ctx.sents[0]).start_char == after


def _another_speaks(ctx: Context, claim: Claim, a: int, b: int) -> bool:
    """Whether the rest of the cue's sentence (characters a..b) joins to it, with "and" or
    "but", a clause whose subject is someone other than the speaker ("..., and her husband cut
    in."); as attach._continued keeps such a clause out of the cue's words."""
    assert claim.speaker is not None
    span = ctx.doc.char_span(a, b, alignment_mode="contract")
    for tok in span if span is not None else ():
        if tok.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i < tok.i for c in tok.head.children):
            continue
        if any(c.dep_ in CLAUSE_SUBJECT_DEPS and not claim.speaker.start <= c.idx < claim.speaker.end for c in tok.children):
            return True
    return False


def _pieces(claim: Claim) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in (claim.fragments or (claim.content,))]


def _paragraphs_after(ctx: Context, facets: Facets, claims: list[Claim]) -> list[Claim]:
    """Each quote a following quotation paragraph carries on grown by that paragraph."""
    text = ctx.text
    taken = sorted((c.content.start, c.content.end) for c in claims)
    out = list(claims)
    last_in: dict[tuple[int, int], int] = {}  # paragraph -> index in out of its last claim
    for k, c in enumerate(out):
        para = ctx.paragraph(c.content.end - 1 if c.content.end > c.content.start else c.content.start)
        if para not in last_in or c.content.start > out[last_in[para]].content.start:
            last_in[para] = k
    for q in ctx.quotations:
        if not q.closed:
            continue
        # a quotation of one paragraph or several (each paragraph opening with a mark, only the
        # last closing: '"For ten years ...\n\n"Tonight we ..."'), nothing else on its lines
        para = ctx.paragraph(q.start)
        if strip(text, para[0], ctx.paragraph(q.end - 1)[1]) != (q.start, q.end) or any(a < q.end and q.start < b for a, b in taken):
            continue  # not paragraphs of their own, or some claim already holds it
        previous = ctx.previous_paragraph(para[0])
        k = last_in.get(previous) if previous is not None else None
        if k is not None and (out[k].speaker is None or (out[k].type == "indirect" and not _plainly_said(ctx, out[k], previous))):
            k = _quote_of_sentence(out, k)
        if k is None or out[k].speaker is None or not (out[k].type in ("direct", "mixed") or _plainly_said(ctx, out[k], previous)):
            continue
        if _LABEL.match(text, q.content_start, q.content_end) or not any(ch.islower() for ch in text[q.content_start:q.content_end]):
            continue  # '"Related:"', '"Chris Matthews: Seriously ..."', a heading in capitals: not the speaker going on
        last = ctx.paragraph(q.end - 1)
        grown = _grown(ctx, facets, out[k], [whole_characters(text, a, b) for a, b in q.pieces], last)
        if grown is not None:
            out[k] = grown
            last_in[last] = k
    return out


def _quote_of_sentence(claims: list[Claim], k: int) -> int:
    """The quote whose sentence claim k closes, when k is a claim of a phrase tacked on to it
    ('"...," Ramos said, referring to the city's growth.'; '..., Le Pen told CNN when asked
    which candidate she would back.'; 'said Murphy, who thinks often about ...'): the last
    direct or mixed claim with a speaker in the same sentence, before it; else k itself."""
    same = [j for j, c in enumerate(claims) if j != k and c.sentence == claims[k].sentence and c.speaker is not None
            and c.type in ("direct", "mixed") and c.content.start < claims[k].content.start]
    return max(same, key=lambda j: claims[j].content.start) if same else k


def _grown(ctx: Context, facets: Facets, claim: Claim, contents: list[tuple[int, int]], para: tuple[int, int]) -> Claim | None:
    """The claim with the quotation's content as further fragments, one a paragraph (para: the
    last of them)."""
    added = [(a, b) for a, b in (strip(ctx.text, *c) for c in contents) if b > a and any(ch.isalnum() for ch in ctx.text[a:b])]
    if not added:
        return None
    pieces = (*(claim.fragments or (claim.content,)), *(Span.of(ctx.text, a, b) for a, b in added))
    return attrs.evolve(
        claim,
        type="mixed" if claim.type == "indirect" else claim.type,  # a paraphrase, then its quotation
        content=Span.of(ctx.text, pieces[0].start, added[-1][1]),
        fragments=pieces,
        sentence=(claim.sentence[0], max(claim.sentence[1], strip(ctx.text, *para)[1])),
        facets=(*claim.facets, *facets.within(tuple(added))),
    )

