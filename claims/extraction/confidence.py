"""How sure we are of a claim: a score in [0, 1] that says how often such claims are right.

A logistic regression over a few plain features of the claim (which finder found it, its type,
the kind of cue and speaker, the tagger's own probability, the rules' hand-set score), fitted on
held-out PolNeAR articles by ``training/calibrate.py``: a claim scored 0.8 is right about 8
times in 10 (docs/accuracy.md shows precision at thresholds and the calibration error). Two
fits ship, one for the rules with the tagger and one for the rules alone. Without a fit, the
hand-set score is the confidence.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import attrs

from ..records import Speaker
from ..lexicon import Lexicon
from .choose import Chosen
from .cues import Frame

FITS = Path(__file__).resolve().parent.parent / "learned" / "weights" / "confidence.json"
BASE = {"direct": 0.85, "mixed": 0.8, "indirect": 0.6}


def cue_class(lex: Lexicon, lemma: str) -> str:
    """What the confidence fit and the tagger read of a cue lemma: the first of core, speech,
    belief, stance, finding, noun it is ("-" for none)."""
    for name, words in (("core", lex.core), ("speech", lex.speech_verbs), ("belief", lex.belief_verbs),
                        ("stance", lex.stance_verbs), ("finding", lex.finding_verbs), ("noun", lex.cue_nouns)):
        if lemma in words:
            return name
    return "-"


def hand_score(lex: Lexicon, kind: str, frame: Frame, speaker: Speaker | None) -> float:
    """The rules' own judgement, set by hand from precision measured per feature."""
    s = BASE[kind]
    lemma = frame.lemma
    if lemma in lex.core:
        s += 0.1
    elif lemma in lex.speech_verbs:
        s += 0.02
    elif lemma in lex.belief_verbs or lemma in lex.stance_verbs:
        s -= 0.1
    if speaker is None:
        s -= 0.3
    elif speaker.kind == "unknown":
        s -= 0.1
    if frame.negated or frame.future or frame.question:
        s -= 0.2
    return max(0.05, min(0.99, s))


def features(lex: Lexicon, chosen: Chosen, speaker: Speaker | None) -> dict[str, float]:
    """The claim as the confidence model reads it: named indicators and two numbers."""
    f = chosen.candidate.frame
    out = {
        f"found={chosen.found_by}": 1.0,
        f"type={chosen.type}": 1.0,
        f"frame={f.kind}": 1.0,
        f"cue={cue_class(lex, f.lemma)}": 1.0,
        f"speaker={speaker.kind if speaker else 'none'}": 1.0,
        "hand": hand_score(lex, chosen.type, f, speaker),
        "probability": chosen.probability if chosen.probability is not None else 0.0,
    }
    for flag in ("negated", "future", "question", "passive"):
        if getattr(f, flag):
            out[flag] = 1.0
    if speaker is not None and speaker.antecedent is not None:
        out["resolved"] = 1.0
    if f.addressee is not None:
        out["addressee"] = 1.0
    return out


@attrs.frozen
class Calibration:
    """A fitted logistic regression: weights by feature name, and an intercept."""

    weights: dict[str, float]
    intercept: float
    threshold: float = 0.0  # the default minimum: the one that gave the best F1 on held-out articles

    def __call__(self, feats: dict[str, float]) -> float:
        """The probability that a claim with these features is right."""
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def of(cls, fits: dict, which: str) -> "Calibration | None":
        """The fit for "learned" (rules and tagger) or "rules" (rules alone) in the fits file's
        content (confidence.json); None if absent."""
        fit = fits.get(which)
        return cls(dict(fit["weights"]), float(fit["intercept"]), float(fit.get("threshold", 0.0))) if fit else None

    @classmethod
    def shipped(cls, which: str, path: Path = FITS) -> "Calibration | None":
        """The fit for "learned" or "rules" in a fits file (the shipped one by default)."""
        return cls.of(read_fits(path), which)


def read_fits(path: Path = FITS) -> dict:
    """The content of a fits file (both fits and the fingerprint of the lexicon they went
    with), or {} if there is none."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def score(lex: Lexicon, chosen: Chosen, speaker: Speaker | None, calibration: Calibration | None = None,
          feats: dict[str, float] | None = None) -> float:
    """The claim's confidence, rounded to 3 places (feats: its features, if already made), at
    most AT_MOST for its kind of frame."""
    if calibration is None:
        value = hand_score(lex, chosen.type, chosen.candidate.frame, speaker)
    else:
        value = round(calibration(feats if feats is not None else features(lex, chosen, speaker)), 3)
    return min(value, AT_MOST.get(chosen.candidate.frame.kind, 1.0))


# Frames too rare for the fitted model to learn from, with a ceiling of their own: a quotation
# narration introduces has no cue to vouch for its speaker (introduced.py)
AT_MOST = {"introduced": 0.75, "interview": 0.85, "signed": 0.85}
