"""Which claims a run keeps, by claim class (lexicon.py): ``all`` (PolNeAR's broad sense: beliefs,
findings, intentions and stances too), ``speech`` (what was said or written: speech and writing
cues, and every direct or mixed quote, whatever its cue), or a list of classes ("speech,finding":
there, "speech" is the speech scope as above).

A desk that asks "who said what" takes ``speech``; one that asks "who holds what" takes ``all``.
"""

from __future__ import annotations

from typing import Any

from .lexicon import CLASSES

SPEECH = frozenset({"speech", "writing"})
QUOTED = frozenset({"direct", "mixed"})


class ScopeError(ValueError):
    """A scope that names no class."""


def parse(value: str | None) -> frozenset[str] | None:
    """The classes a scope keeps, or None for every claim. Raises ScopeError for a word that is
    neither "all" nor a class."""
    if value is None or value.strip() in ("", "all"):
        return None
    words = [w.strip() for w in value.split(",") if w.strip()]
    unknown = [w for w in words if w not in CLASSES and w != "all"]
    if unknown:
        raise ScopeError(f"scope {value!r}: {', '.join(map(repr, unknown))} is not 'all' nor a class ({', '.join(CLASSES)})")
    if "all" in words:
        return None
    return frozenset(words) | (SPEECH if "speech" in words else frozenset())


def keeps(scope: frozenset[str] | None, claim_type: str, claim_class: str | None) -> bool:
    """Whether a claim of this type and class is in scope. A record from before classes (schema
    1.2 and older) has no class: only its type can put it in a speech scope."""
    if scope is None:
        return True
    if "speech" in scope and claim_type in QUOTED:
        return True
    return claim_class in scope


def keeps_record(scope: frozenset[str] | None, record: dict[str, Any]) -> bool:
    return keeps(scope, str(record.get("type")), record.get("class"))

