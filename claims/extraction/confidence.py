"""How sure we are of a claim: a score in [0, 1] that ranks claims by how often they are right.

The weights come from precision measured per feature on the annotated evaluation data
(docs/accuracy.md shows precision at confidence thresholds); they are plain numbers here so
that a reader can see why one claim outranks another.
"""

from __future__ import annotations

from ..records import Speaker
from ..words import BELIEF_VERBS, CORE_SPEECH, SPEECH_VERBS, STANCE_VERBS
from .cues import Frame

BASE = {"direct": 0.85, "mixed": 0.8, "indirect": 0.6}


def score(kind: str, frame: Frame, speaker: Speaker | None) -> float:
    s = BASE[kind]
    lemma = frame.lemma
    if lemma in CORE_SPEECH:
        s += 0.1
    elif lemma in SPEECH_VERBS:
        s += 0.02
    elif lemma in BELIEF_VERBS or lemma in STANCE_VERBS:
        s -= 0.1
    if speaker is None:
        s -= 0.3
    elif speaker.kind == "unknown":
        s -= 0.1
    if frame.negated or frame.future or frame.question:
        s -= 0.2
    return max(0.05, min(0.99, s))
