"""The cue lexicon: one entry per lemma, as data. The old word sets are views of it and equal
what they were before the lexicon (tests/data/cue_sets_before_lexicon.json, written from the
sets as they stood), so the move changed no behaviour; each entry's class reaches the record."""

import json
from pathlib import Path

import pytest

from claims import words
from claims.lexicon import CLASSES, LEXICON, Lexicon, LexiconError

BEFORE = json.loads((Path(__file__).parent / "data" / "cue_sets_before_lexicon.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(k for k in BEFORE if k.isupper()))
def test_every_view_equals_the_set_it_replaces(name):
    assert sorted(getattr(words, name)) == BEFORE[name]


def test_prepositions_as_before():
    lemmas = set(BEFORE["verb_preps"]) | set(BEFORE["noun_preps"]) | set(LEXICON.entries)
    assert {lemma: sorted(LEXICON.verb_preps(lemma)) for lemma in lemmas if LEXICON.verb_preps(lemma)} == BEFORE["verb_preps"]
    assert {lemma: sorted(LEXICON.noun_preps(lemma)) for lemma in lemmas if LEXICON.noun_preps(lemma)} == BEFORE["noun_preps"]


def test_every_cue_has_a_class():
    for lemma, entry in LEXICON.entries.items():
        light_only = entry.verb is not None and entry.verb.flags == {"light"} and not entry.verb.families and entry.noun is None
        assert entry.claim_class in CLASSES or light_only, lemma
    assert LEXICON.claim_class("say") == "speech" and LEXICON.claim_class("tweet") == "writing"
    assert LEXICON.claim_class("believe") == "belief" and LEXICON.claim_class("vow") == "intention"
    assert LEXICON.claim_class("show") == "finding" and LEXICON.claim_class("endorse") == "stance"
    assert LEXICON.claim_class("know") == "perception" and LEXICON.claim_class("according to") == "speech"
    assert LEXICON.claim_class("report") == "writing" and LEXICON.claim_class("report", noun=True) == "finding"
    assert LEXICON.claim_class("tout") == "other"  # a cue only the tagger knows


def test_a_bad_entry_is_refused_by_name(tmp_path):
    bad = tmp_path / "lexicon.json"
    bad.write_text(json.dumps({"mutter": {"class": "speech", "verb": {"families": ["speech"], "whispered": True}}}), encoding="utf-8")
    with pytest.raises(LexiconError, match="lexicon entry 'mutter': unknown verb field"):
        Lexicon.load(bad)
    bad.write_text(json.dumps({"opine": {"class": "opinion"}}), encoding="utf-8")
    with pytest.raises(LexiconError, match="lexicon entry 'opine': unknown 'opinion'"):
        Lexicon.load(bad)
