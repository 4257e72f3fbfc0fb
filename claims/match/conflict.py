"""What similarity hides: "the water is safe" and "the water is not safe" share every word but
one. A match or a cluster member whose text differs from the other in negation, in a number,
or in a comparison's direction is flagged, never dropped.

- ``negation``: one text negates and the other not, counting negators ("not", "n't", "never",
  "no", "without", ...) and negating prefixes ("unsafe" beside "safe"); "not safe" and
  "unsafe" agree, and so do two negations and none.
- ``number``: each text holds a number the other lacks ("122 detainees" / "12 detainees"); a
  number only one text mentions is not a conflict (a paraphrase may leave a figure out).
- ``direction``: one text says up ("rose", "more than", "higher") and the other down ("fell",
  "less than", "lower"), and neither says both.
"""

from __future__ import annotations

import re

from . import normal

CONFLICTS = ("negation", "number", "direction")

NEGATORS = frozenset({"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere"})
UP = frozenset({"more", "most", "higher", "highest", "increase", "increased", "increases", "increasing", "rise", "rises", "rose",
                "risen", "rising", "grow", "grew", "grown", "grows", "growing", "gain", "gained", "above", "exceed",
                "exceeded", "larger", "bigger", "greater", "doubled", "tripled", "surge", "surged", "soared", "jumped", "raise", "raised"})
DOWN = frozenset({"less", "least", "fewer", "lower", "lowest", "decrease", "decreased", "decreases", "decreasing", "fall", "falls",
                  "fell", "fallen", "falling", "drop", "dropped", "drops", "decline", "declined", "declining", "below",
                  "smaller", "cut", "cuts", "shrank", "shrunk", "halved", "plunged", "slumped", "reduce", "reduced"})
# "up", "down", "over", "under" and "lost" are left out: "shut down", "over the weekend"
NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "hundred": 100, "dozen": 12, "half": 0.5}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn|k|m)\b)?")
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def numbers(compared: str) -> frozenset[float]:
    """The numbers a compared text states: digits ("1,200", "3.5 million", "40%") and number
    words ("two", "a dozen"), as values, so "1,000" and "1000" are one number."""
    found = set()
    for digits, scale in _NUMBER.findall(compared):
        value = float(digits.replace(",", "")) * SCALES.get(scale, 1)
        found.add(round(value, 6))
    for word in _TOKEN.findall(compared):
        if word in NUMBER_WORDS and word != "one":  # "one" is as often a pronoun ("no one", "the one")
            found.add(float(NUMBER_WORDS[word]))
    return frozenset(found)


# "in-" and "dis-" are left out: "inform" / "form", "discover" / "cover"
NEGATING_PREFIXES = ("un", "non-", "non", "il", "ir")


def _negations(tokens: list[str], other: set[str]) -> int:
    """How many times a text negates: negators ("not", "n't", "never", ...) and words the other
    text holds without a negating prefix ("unsafe" beside "safe", "illegal" beside "legal")."""
    count = 0
    for t in tokens:
        if t in NEGATORS or t.endswith("n't"):
            count += 1
        elif t not in other and any(t.startswith(p) and len(t) - len(p) >= 4 and t[len(p):] in other for p in NEGATING_PREFIXES):
            count += 1
    return count


def _direction(compared: str) -> frozenset[str]:
    tokens = set(_TOKEN.findall(compared))
    return frozenset(({"up"} if tokens & UP else set()) | ({"down"} if tokens & DOWN else set()))


def negates(a: str, b: str) -> bool:
    """Whether one of two compared texts (normal.text) negates and the other not."""
    ta, tb = _TOKEN.findall(a), _TOKEN.findall(b)
    return _negations(ta, set(tb)) % 2 != _negations(tb, set(ta)) % 2


def conflicts(a: str, b: str) -> list[str]:
    """The ways two claim texts (raw or compared) disagree, in CONFLICTS order."""
    a, b = normal.text(a), normal.text(b)
    found = []
    if negates(a, b):  # "not safe" and "unsafe" agree
        found.append("negation")
    na, nb = numbers(a), numbers(b)
    if na - nb and nb - na:
        found.append("number")
    da, db = _direction(a), _direction(b)
    if len(da) == 1 and len(db) == 1 and da != db:
        found.append("direction")
    return found
