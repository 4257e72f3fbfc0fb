"""Claim records (records.py) from what the stages found: pieces, cue, sources and chain."""

from __future__ import annotations

from ..records import Claim, Cue, Link, Span
from ..words import ASKING_VERBS, REFUSING_VERBS, RESEARCH_NOUNS
from .choose import Chosen
from .cues import Frame
from .confidence import Calibration, score
from .context import Context
from .facets import Facets
from .ranges import whole_characters
from .resolve import Sources


def to_claim(ctx: Context, facets: Facets, chosen: Chosen, sources: Sources, chain: tuple[Link, ...],
             calibration: Calibration | None = None, feats: dict[str, float] | None = None) -> Claim:
    text, doc = ctx.text, ctx.doc
    f = chosen.candidate.frame
    pieces = [whole_characters(text, a, b) for a, b in chosen.pieces]
    start, end = pieces[0][0], pieces[-1][1]
    cue_toks = sorted(set(f.cue) | {ch.i for i in f.cue for ch in doc[i].children if ch.dep_ == "prt"})
    if f.kind in ("verb", "adjective") and cue_toks:
        cue_toks = _with_negation(doc, cue_toks, adjective=f.kind == "adjective")
    cue = None
    if cue_toks:
        cue_start, cue_end = whole_characters(text, doc[cue_toks[0]].idx, ctx.end_char(cue_toks[-1]))
        cue = Cue(text=text[cue_start:cue_end], start=cue_start, end=cue_end, lemma=f.lemma)
    sents = [s for s in (ctx.sent_of_char(ch) for ch in (start, end - 1) + ((cue.start,) if cue else ())) if s is not None]
    sent_lo = min(s.start_char for s in sents) if sents else 0
    sent_hi = max(_trimmed_end(text, s.end_char) for s in sents) if sents else _trimmed_end(text, len(text))
    return Claim(
        type=chosen.type,
        content=Span.of(text, start, end),
        cue=cue,
        speaker=sources.speaker,
        attribution=chain,
        sentence=(sent_lo, max(sent_lo, sent_hi)),
        confidence=score(ctx.lexicon, chosen, sources.speaker, calibration, feats),
        fragments=tuple(Span.of(text, a, b) for a, b in pieces) if len(pieces) > 1 else (),
        facets=facets.within(chosen.pieces),
        # (a quotation narration introduces has no cue and is the speaker's own words)
        claim_class=_claim_class(ctx, f, sources) if cue_toks else ("speech" if f.kind == "introduced" else "other"),
    )


def _claim_class(ctx: Context, f: Frame, sources: Sources) -> str:
    """The lexicon's class of the cue; but a cue with a finding sense ("suggests", "confirms",
    "reveals"), or "according to", whose speaker is a study, a poll or data reports a finding,
    not words."""
    if f.kind == "signed" and f.lemma == "—":
        return "speech"  # a quotation signed with a dash: someone's words (a post's lemma is "tweet")
    cls = ctx.lexicon.claim_class(f.lemma, noun=f.kind == "noun")
    spk = sources.speaker
    if cls in ("speech", "writing") and (_nothing_said(ctx, f) or (spk is None and f.lemma in ASKING_VERBS)):
        # (nor is a question no one is named as asking: "Houston, asked about the
        # investigation, said ...": the claim is his answer)
        return "other"
    if f.lemma in REFUSING_VERBS and f.kind == "verb" and f.content_head is not None and ctx.doc[f.content_head].pos_ in ("VERB", "AUX") and (
            ctx.lexicon.claim_class(ctx.doc[f.content_head].lemma_.lower()) in ("speech", "writing")):
        # "Mills declined to comment", "refused to say whether ...": no intention to tell, nothing said
        return "other"
    # ("according to a large study published Wednesday": what the study found, as "a study shows")
    reads = f.kind == "according" or (f.kind == "verb" and f.lemma in ctx.lexicon.finding_verbs)
    if cls == "finding" or not reads or spk is None or spk.kind not in ("unknown", "organization", "group"):
        return cls
    span = ctx.doc.char_span(spk.start, spk.end, alignment_mode="expand")
    return "finding" if span is not None and span.root.lemma_.lower() in RESEARCH_NOUNS else cls


def _with_negation(doc, toks: list[int], adjective: bool = False) -> list[int]:
    """The cue's tokens with the negation right before its verb and that negation's auxiliary:
    "did not say", "won't say", "never said" (a desk reads "say" as a report that it was said);
    for an adjective, with its linking verb: "was not convinced", "are not worried"."""
    verb, i = doc[toks[0]], toks[0] - 1
    link = verb.head if adjective else verb
    if i < 0 or doc[i].dep_ != "neg" or doc[i].head.i not in (verb.i, link.i):
        return toks
    if i > 0 and ((doc[i - 1].dep_ in ("aux", "auxpass") and doc[i - 1].head.i == verb.i) or (adjective and doc[i - 1].i == link.i)):
        i -= 1
    return list(range(i, toks[0])) + toks


def _nothing_said(ctx: Context, f: Frame) -> bool:
    """Whether a verb of saying is negated and its content a noun phrase or a question: "did
    not respond to a request for comment", "did not mention him by name", "did not say how it
    would be paid for", "would not say whether she will run" report that nothing was said (not
    "did not say that ...": a clause is still what the report is about)."""
    if f.kind != "verb" or f.content_head is None or not f.cue:
        return False
    verb, head = ctx.doc[f.cue[0]], ctx.doc[f.content_head]
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if head.pos_ == "ADP":  # "respond [to] a request": the frame's content hangs from the preposition
        head = next((c for c in head.children if c.dep_ == "pobj"), head)
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        return True
    first = ctx.doc[min(f.content)] if f.content else head
    return head.pos_ in ("VERB", "AUX") and first.lower_ in _QUESTION_WORDS and first.i < head.i


# words that open an indirect question: "did not say [how] it would be paid for"
_QUESTION_WORDS = frozenset({"how", "when", "where", "why", "what", "who", "whom", "which", "whether", "if"})


def _trimmed_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
