"""Lemmas the English pipeline gets wrong on a cue of the lexicon, put right on the Doc before
any stage reads them.

en_core_web_sm lemmatizes "hoping" and "hoped" as "hop": a stem that had dropped its "e" before
"-ing" or "-ed" is read as a word of its own. Where the stem is no cue of the lexicon but the
stem with its "e" is a cue verb, the lemma is that verb ("hoping" -> "hope"; "hopping" keeps
"hop", which its doubled consonant already tells apart).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon


def mend_lemmas(doc: Doc, lexicon: Lexicon) -> None:
    """Set the lemma of each verb whose "e" the lemmatizer dropped (in place, as a spaCy
    component sets attributes; idempotent)."""
    verbs = lexicon.verbs()
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        word = tok.lower_
        if lemma in verbs or lemma + "e" not in verbs:
            continue
        if word in (lemma + "ing", lemma + "ed"):
            tok.lemma_ = lemma + "e"
