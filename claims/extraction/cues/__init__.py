"""Cue frames read off the parse: a cue, who it belongs to, and what it reports.

One module per kind of cue: ``verbs`` ("X said that ...", "X is expected to ..."), ``nouns``
("expressed concerns that ..."), ``adjectives`` ("X is confident that ..."), ``phrases``
("according to X", "as X reported", "Name: ..."), ``sources`` (the sources named around a cue:
"told Reuters", "citing an official").
Which words count as cues, and how each behaves, is in the lexicon (``ctx.lexicon``, from
claims/lexicon.json). Frames are plain data (token indices); later stages make them claims.
"""

from __future__ import annotations

from typing import Iterator

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import get_string_id

from ...lexicon import Lexicon
from ..context import Context
from .adjectives import adjective_frame
from .frame import Frame
from .nouns import noun_frame
from .phrases import according_frame, as_reported_frame, colon_frame, headline_frames
from .sources import SourceLink, cited_sources, citing_cues, frame_links, quoted_by
from .verbs import impersonal_frame, make_clear_frame, object_may_speak, verb_frame

# tried in this order on each token; the first that finds a frame wins
FINDERS = (according_frame, as_reported_frame, make_clear_frame, impersonal_frame, verb_frame, noun_frame, adjective_frame,
           colon_frame)

__all__ = ["Frame", "SourceLink", "cited_sources", "citing_cues", "find_frames", "frame_links", "object_may_speak", "quoted_by"]


def find_frames(ctx: Context) -> Iterator[Frame]:
    """Every cue frame in the document, in text order, except cues inside quotations and the
    words of set phrases ("That said, ...")."""
    headlines = headline_frames(ctx)
    for i in sorted(set(_trigger_tokens(ctx.doc, trigger_lemmas(ctx.lexicon))) | headlines.keys()):
        if i in ctx.set_phrases:
            continue
        tok = ctx.doc[i]
        for finder in FINDERS:
            frame = finder(ctx, tok)
            if frame is not None:
                if i in headlines and not any(ctx.doc[c].is_alpha for c in frame.content):
                    frame = headlines[i]  # the parse found the verb, but nothing it reports
                if frame.cue[0] not in ctx.inside:
                    yield frame
                break
        else:
            if i in headlines and i not in ctx.inside:
                yield headlines[i]  # "Trump Finally Endorses Ryan": a headline the parser read as a name


_ACCORDING = get_string_id("according")
_COLON = get_string_id(":")


def _trigger_tokens(doc, triggers: frozenset[str]) -> list[int]:
    """The tokens some finder may start from: a lemma of the triggers (in lower case), "according"
    or ":". Read from the lemma and word arrays, each distinct word asked once: the finders run
    on every document, and a visit of each token would make a Token object."""
    strings = doc.vocab.strings
    asked: dict[int, bool] = {}
    out = []
    for i, (lemma, lower, orth) in enumerate(doc.to_array([LEMMA, LOWER, ORTH]).tolist()):
        hit = asked.get(lemma)
        if hit is None:
            hit = asked[lemma] = strings[lemma].lower() in triggers
        if hit or lower == _ACCORDING or orth == _COLON:
            out.append(i)
    return out


_TRIGGERS: dict[str, frozenset[str]] = {}  # by lexicon fingerprint (what the finders read of it)


def trigger_lemmas(lex: Lexicon) -> frozenset[str]:
    """Every lemma some finder starts from ("according" and ":" are tested by their text; "make"
    is the light verb of "make clear"; "per" is a phrase of one word)."""
    found = _TRIGGERS.get(lex.fingerprint)
    if found is None:
        found = _TRIGGERS[lex.fingerprint] = (
            lex.cue_verbs | lex.cue_nouns | lex.cue_adjectives | lex.flag("as_reported") | lex.flag("hearsay_passive") | lex.flag("impersonal")
            | {p.split()[0] for p, e in lex.entries.items() if e.phrase and p != ":"})
    return found
