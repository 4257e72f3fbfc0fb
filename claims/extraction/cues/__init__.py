"""Cue frames read off the parse: a cue, who it belongs to, and what it reports.

One module per kind of cue: ``verbs`` ("X said that ...", "X is expected to ..."), ``nouns``
("expressed concerns that ..."), ``phrases`` ("according to X", "as X reported", "Name: ..."),
``sources`` (the sources named around a cue: "told Reuters", "citing an official").
Which words count as cues, and how each behaves, is in the lexicon (``ctx.lexicon``, from
claims/lexicon.json). Frames are plain data (token indices); later stages make them claims.
"""

from __future__ import annotations

from typing import Iterator

from ...lexicon import Lexicon
from ..context import Context
from .frame import Frame
from .nouns import noun_frame
from .phrases import according_frame, as_reported_frame, colon_frame
from .sources import SourceLink, cited_sources, citing_cues, frame_links, quoted_by
from .verbs import impersonal_frame, make_clear_frame, object_may_speak, verb_frame

# tried in this order on each token; the first that finds a frame wins
FINDERS = (according_frame, as_reported_frame, make_clear_frame, impersonal_frame, verb_frame, noun_frame, colon_frame)

__all__ = ["Frame", "SourceLink", "cited_sources", "citing_cues", "find_frames", "frame_links", "object_may_speak", "quoted_by"]


def find_frames(ctx: Context) -> Iterator[Frame]:
    """Every cue frame in the document, in text order, except cues inside quotations and the
    words of set phrases ("That said, ...")."""
    triggers = trigger_lemmas(ctx.lexicon)
    for tok in ctx.doc:
        # the word first: the finders run on every token
        if (tok.lemma_.lower() not in triggers and tok.lower_ != "according" and tok.text != ":") or tok.i in ctx.set_phrases:
            continue
        for finder in FINDERS:
            frame = finder(ctx, tok)
            if frame is not None:
                if frame.cue[0] not in ctx.inside:
                    yield frame
                break


_TRIGGERS: dict[str, frozenset[str]] = {}  # by lexicon fingerprint (what the finders read of it)


def trigger_lemmas(lex: Lexicon) -> frozenset[str]:
    """Every lemma some finder starts from ("according" and ":" are tested by their text; "make"
    is the light verb of "make clear"; "per" is a phrase of one word)."""
    found = _TRIGGERS.get(lex.fingerprint)
    if found is None:
        found = _TRIGGERS[lex.fingerprint] = (
            lex.cue_verbs | lex.cue_nouns | lex.flag("as_reported") | lex.flag("hearsay_passive") | lex.flag("impersonal")
            | {p.split()[0] for p, e in lex.entries.items() if e.phrase and p != ":"})
    return found
