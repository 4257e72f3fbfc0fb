"""The cue lexicon: one entry per lemma (``lexicon.json`` beside this module), loaded once into
a frozen value.

An entry says what a cue word does, so that the rules never infer it from which lists a word
belongs to::

    "tell": {"class": "speech", "verb": {"families": ["speech"], "infinitive": true,
             "addressee": true, "telling": true, "inserted": true}, "core": true}

- ``class``: the claim class a record gets from this cue (CLASSES; docs/record.md).
- ``verb``: the verb sense. ``families``: how the rules treat it (a speech verb, a belief verb,
  a stance verb whose object is the claim, a finding verb); ``object``: its direct object is the
  claim ("admitted the mistake"); ``infinitive``: its infinitive is ("vowed to fight");
  ``preps``: prepositions whose phrase is the claim ("warned of"); ``addressee``: its object is
  the person addressed ("told him that"); ``telling``: that object is never the claim ("told
  reporters"); ``directive``: its first object is addressed even without a name ("urged the
  public to"); ``needs_clause``: a cue only with a clause ("saw that ..."), ``clause_only``: not
  even with a preposition; ``judging``: object and predicate are the claim ("called it a
  disaster"); ``inserted``: stands between commas inside the claim ("The plan, said Lee, is
  dead"); ``relay``: a medium relaying ("Axios reports"); ``as_reported``: "..., as CNN
  reported"; ``raising``: "is said to be" is hearsay; ``hearsay_passive``: its passive with an
  infinitive is hearsay ("is expected to"); ``impersonal``: "it seems that" has no speaker;
  ``light``: a light verb that makes a cue noun its cue ("expressed concern that");
  ``on_phrase``: its "on" phrase belongs to an infinitive claim ("called on both sides to show
  restraint"); ``clause_or_object``: where ``needs_clause`` keeps only a preposition's phrase,
  it keeps its object, predicate and infinitive too ("called it a disaster", "called for ...");
  ``citing``: its participle names a source of the claim it hangs on ("..., citing an official");
  ``needs_predicate``: its object alone, with nothing said of it, is no claim ("called her
  lawyer" is a telephone call; "called the plan reckless" is one); ``thing_object``: with a noun
  as its object it is no cue at all, the object a thing done ("added a goal", "added operating
  room time"; "added that ..." and '"...," he added' are cues).
- ``noun``: the noun sense ("his claim that"), with its own ``preps`` and, where it differs from
  the lemma's, its own ``class``.
- ``adjective``: the sense of a predicate adjective ("are confident that", "were wary of"),
  under the adjective's own form ("worried", not "worry"), with the ``preps`` whose phrase is
  what the attitude is about.
- ``phrase``: a fixed phrase ("according to", "make clear", the ":" of a transcript line); a
  phrase of a light verb and a word ("make clear", "make plain") is found with the words between
  ("made it plain that ...").
- ``core``: one of the plainest cues of reporting (a confidence feature).

To add a cue or change how one behaves, edit its entry (and add a test); nothing else.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import attrs

PATH = Path(__file__).with_name("lexicon.json")
CLASSES = ("speech", "writing", "belief", "intention", "finding", "stance", "perception", "other")
FAMILIES = ("speech", "belief", "stance", "finding")
VERB_FLAGS = ("object", "infinitive", "addressee", "telling", "directive", "needs_clause", "clause_only", "judging", "inserted",
              "relay", "as_reported", "raising", "hearsay_passive", "impersonal", "light", "on_phrase", "clause_or_object", "citing",
              "needs_predicate", "thing_object")


@attrs.frozen
class Verb:
    families: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()


@attrs.frozen
class Noun:
    preps: frozenset[str] = frozenset()
    claim_class: str | None = None


@attrs.frozen
class Adjective:
    preps: frozenset[str] = frozenset()


@attrs.frozen
class Entry:
    lemma: str
    claim_class: str | None
    verb: Verb | None = None
    noun: Noun | None = None
    phrase: bool = False
    core: bool = False
    adjective: Adjective | None = None


class LexiconError(ValueError):
    """lexicon.json holds an entry the rules cannot read."""


def _entry(lemma: str, raw: dict[str, Any]) -> Entry:
    unknown = set(raw) - {"class", "verb", "noun", "phrase", "core", "adjective"}
    cls = raw.get("class")
    if unknown or (cls is not None and cls not in CLASSES):
        raise LexiconError(f"lexicon entry {lemma!r}: unknown {sorted(unknown) or cls!r}")
    verb = noun = None
    if "verb" in raw:
        v = dict(raw["verb"])
        families = frozenset(v.pop("families", ()))
        preps = frozenset(v.pop("preps", ()))
        flags = frozenset(k for k, on in v.items() if on)
        if not families <= set(FAMILIES) or not flags <= set(VERB_FLAGS):
            raise LexiconError(f"lexicon entry {lemma!r}: unknown verb field in {sorted(families | flags)}")
        verb = Verb(families, flags, preps)
    if "noun" in raw:
        n = raw["noun"]
        if n.get("class") is not None and n["class"] not in CLASSES:
            raise LexiconError(f"lexicon entry {lemma!r}: unknown noun class {n['class']!r}")
        noun = Noun(frozenset(n.get("preps", ())), n.get("class"))
    adjective = None
    if "adjective" in raw:
        a = dict(raw["adjective"])
        if set(a) - {"preps"}:
            raise LexiconError(f"lexicon entry {lemma!r}: unknown adjective field in {sorted(set(a) - {'preps'})}")
        adjective = Adjective(frozenset(a.get("preps", ())))
    return Entry(lemma, cls, verb, noun, "phrase" in raw, bool(raw.get("core")), adjective)


_IRREGULAR_PAST = {"said": "say", "wrote": "write", "told": "tell", "spoke": "speak", "thought": "think"}


@attrs.frozen
class Lexicon:
    """Every cue entry by lemma, and the sets of lemmas the rules ask of them (each computed
    once, from the entries: ``speech_verbs`` is every verb of the speech family, ``addressee``
    every verb with that flag, and so on)."""

    entries: dict[str, Entry]
    fingerprint: str  # of the file's content: what a trained model records it was trained with
    speech_verbs: frozenset[str] = attrs.field(init=False)
    belief_verbs: frozenset[str] = attrs.field(init=False)
    stance_verbs: frozenset[str] = attrs.field(init=False)
    finding_verbs: frozenset[str] = attrs.field(init=False)
    cue_verbs: frozenset[str] = attrs.field(init=False)  # every verb of a family
    verb_lemmas: frozenset[str] = attrs.field(init=False)  # every entry with a verb sense
    cue_nouns: frozenset[str] = attrs.field(init=False)
    cue_adjectives: frozenset[str] = attrs.field(init=False)  # by the adjective's own form ("worried")
    core: frozenset[str] = attrs.field(init=False)  # the plainest cues of reporting
    flagged: dict[str, frozenset[str]] = attrs.field(init=False)  # verb flag -> lemmas
    light: dict[str, frozenset[str]] = attrs.field(init=False)  # light verb -> the words of its phrases
    source: bytes = attrs.field(init=False, default=b"", eq=False, repr=False)  # the JSON it was read from

    def __attrs_post_init__(self) -> None:
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        for family in FAMILIES:
            put(f"{family}_verbs", self.verbs(family))
        put("cue_verbs", frozenset().union(*(self.verbs(family) for family in FAMILIES)))
        put("verb_lemmas", self.verbs())
        put("cue_nouns", frozenset(lemma for lemma, e in self.entries.items() if e.noun is not None))
        put("cue_adjectives", frozenset(lemma for lemma, e in self.entries.items() if e.adjective is not None))
        put("core", frozenset(lemma for lemma, e in self.entries.items() if e.core))
        put("flagged", {flag: self.verbs(flag=flag) for flag in VERB_FLAGS})
        light: dict[str, set[str]] = {}
        for phrase, e in self.entries.items():
            words = phrase.split()
            if e.phrase and len(words) == 2 and words[0] in self.flagged["light"]:
                light.setdefault(words[0], set()).add(words[1])
        put("light", {verb: frozenset(words) for verb, words in light.items()})

    def flag(self, name: str) -> frozenset[str]:
        """Verbs carrying a verb flag: ``lexicon.flag("addressee")`` -> {"tell", "inform", ...}."""
        return self.flagged[name]

    @classmethod
    def load(cls, path: Path = PATH) -> "Lexicon":
        return cls.from_bytes(path.read_bytes())

    @classmethod
    def from_bytes(cls, data: bytes) -> "Lexicon":
        raw = json.loads(data)
        lexicon = cls({lemma: _entry(lemma, e) for lemma, e in raw.items()}, behaviour_fingerprint(raw))
        object.__setattr__(lexicon, "source", data)
        return lexicon

    def verbs(self, family: str | None = None, flag: str | None = None) -> frozenset[str]:
        """Lemmas whose verb sense is of the family and carries the flag (either may be None)."""
        return frozenset(lemma for lemma, e in self.entries.items() if e.verb is not None
                         and (family is None or family in e.verb.families) and (flag is None or flag in e.verb.flags))

    def light_phrases(self, verb: str) -> frozenset[str]:
        """The words a light verb makes a cue with, from the phrase entries that start with it:
        "make" -> {"clear", "plain"} ("made it clear that ...")."""
        return self.light.get(verb, frozenset())

    def verb_preps(self, lemma: str) -> frozenset[str]:
        e = self.entries.get(lemma)
        return e.verb.preps if e is not None and e.verb is not None else frozenset()

    def adjective_preps(self, lemma: str) -> frozenset[str]:
        e = self.entries.get(lemma)
        return e.adjective.preps if e is not None and e.adjective is not None else frozenset()

    def noun_preps(self, lemma: str) -> frozenset[str]:
        e = self.entries.get(lemma)
        return e.noun.preps if e is not None and e.noun is not None else frozenset()

    def past_speech_lemma(self, word: str) -> str | None:
        """The speech verb whose past tense word is ("stated" -> "state", "quipped" -> "quip")."""
        w = word.lower()
        if w in _IRREGULAR_PAST:
            return _IRREGULAR_PAST[w]
        if not w.endswith("ed"):
            return None
        for lemma in (w[:-1], w[:-2], w[:-3], w[:-3] + "y" if w.endswith("ied") else None):
            if lemma and lemma in self.speech_verbs:
                return lemma
        return None

    def headline_present(self, word: str) -> str | None:
        """The cue verb a capitalised word is the present tense of, as a headline writes it
        ("Says" -> "say", "Endorses" -> "endorse", "Denies" -> "deny"): no part of a name the
        recogniser runs it into ("[Denounces Clinton]" in "Le Pen Backs Trump And Denounces
        Clinton")."""
        if not (word[:1].isupper() and word[1:].islower() and word.endswith("s")):
            return None
        w = word.lower()
        return next((lemma for lemma in (w[:-1], w[:-2] if w.endswith("es") else None, w[:-3] + "y" if w.endswith("ies") else None)
                     if lemma and lemma in self.cue_verbs), None)

    def headline_lemma(self, word: str) -> str | None:
        """The cue verb of a capitalised headline word: a present tense of any cue verb
        ("Endorses") or a past tense of a verb of saying ("Stated")."""
        if not (word[:1].isupper() and word[1:].islower()):
            return None
        return self.headline_present(word) or self.past_speech_lemma(word)

    def claim_class(self, lemma: str | None, noun: bool = False) -> str:
        """The class of a claim whose cue has this lemma; "other" for a cue with no entry (a
        cue only the learned tagger knows)."""
        e = self.entries.get(lemma or "")
        if e is None:
            return "other"
        if noun and e.noun is not None and e.noun.claim_class:
            return e.noun.claim_class
        return e.claim_class or "other"


def behaviour_fingerprint(raw: dict[str, Any]) -> str:
    """A digest of what the rules and the trained tagger read from the lexicon: every field but
    the classes (a class only labels the record, so changing one asks for no retraining)."""
    def strip(entry: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in entry.items() if k != "class"}
        if isinstance(out.get("noun"), dict):
            out["noun"] = {k: v for k, v in out["noun"].items() if k != "class"}
        return out

    canonical = json.dumps({lemma: strip(e) for lemma, e in raw.items()}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


LEXICON = Lexicon.load()
