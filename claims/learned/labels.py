"""The tagger's labels: one a token, BIO over content, source and cue (CofeNet's "univocal"
scheme). Where an attribution sits inside another's content, its cue and source win."""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

ROLES = ("CONTENT", "SOURCE", "CUE")
LABELS = ("O",) + tuple(f"{p}-{r}" for r in ROLES for p in "BI")
INDEX = {label: k for k, label in enumerate(LABELS)}
_PRIORITY = {"CONTENT": 1, "SOURCE": 2, "CUE": 3}


def gold_labels(doc: Doc, attributions: Iterable[dict]) -> list[int]:
    """Label indices for doc's tokens from PolNeAR attributions (character offsets)."""
    role = [None] * len(doc)
    owner = [-1] * len(doc)
    for k, g in enumerate(attributions):
        parts = [("CONTENT", g["content_fragments"] or [[g["content_start"], g["content_end"]]])]
        if g.get("source_start") is not None:
            parts.append(("SOURCE", g.get("source_fragments") or [[g["source_start"], g["source_end"]]]))
        if g.get("cue_start") is not None:
            parts.append(("CUE", g.get("cue_fragments") or [[g["cue_start"], g["cue_end"]]]))
        for r, frags in parts:
            for a, b in frags:
                span = doc.char_span(a, b, alignment_mode="contract")
                if span is None:
                    continue
                for t in span:
                    if t.is_space:
                        continue
                    if role[t.i] is None or _PRIORITY[r] > _PRIORITY[role[t.i]]:
                        role[t.i], owner[t.i] = r, (k, r, a)
    out = []
    for i in range(len(doc)):
        r = role[i]
        if r is None:
            out.append(INDEX["O"])
        else:
            begins = i == 0 or role[i - 1] != r or owner[i - 1] != owner[i]
            out.append(INDEX[f"{'B' if begins else 'I'}-{r}"])
    return out
