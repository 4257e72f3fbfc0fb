"""What the English pipeline gets wrong on a cue of the lexicon, put right on the Doc before any
stage reads it.

Lemmas: en_core_web_sm lemmatizes "hoping" and "hoped" as "hop": a stem that had dropped its "e" before
"-ing" or "-ed" is read as a word of its own. Where the stem is no cue of the lexicon but the
stem with its "e" is a cue verb, the lemma is that verb ("hoping" -> "hope"; "hopping" keeps
"hop", which its doubled consonant already tells apart).

Names read as modals: "Will wrote" (George Will) has "Will" as a modal and no subject; a modal
never stands before a past or third-person form, so there it is the subject.

"Has" contracted: en_core_web_sm reads "He's said he will run" as a passive ("he is said"), so the
speaker was lost (nsubjpass) and "'s" taken for "is". Where the participle is a cue verb with a
clause of its own after it (not "to": "he's said to be ill" is a passive) and no "been"
("he's been told" is one), the "'s" is "has" and the subject the speaker; "It's said that" stays
impersonal.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon

_CONTRACTED = frozenset({"'s", "’s"})
_IMPERSONAL = frozenset({"it", "there", "this", "that"})


def mend_lemmas(doc: Doc, lexicon: Lexicon) -> None:
    """Set the lemma of each verb whose "e" the lemmatizer dropped (in place, as a spaCy
    component sets attributes; idempotent)."""
    verbs = lexicon.verb_lemmas
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        word = tok.lower_
        if lemma in verbs or lemma + "e" not in verbs:
            continue
        if word in (lemma + "ing", lemma + "ed"):
            tok.lemma_ = lemma + "e"


def mend_contracted_has(doc: Doc, lexicon: Lexicon) -> None:
    """Relabel "He's said he ..." from a passive to "has said" (in place; idempotent)."""
    verbs = lexicon.verb_lemmas
    for tok in doc:
        if tok.tag_ not in ("VBN", "VBD") or tok.lemma_.lower() not in verbs:
            continue
        aux = [c for c in tok.children if c.dep_ == "auxpass"]
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if len(aux) != 1 or aux[0].text not in _CONTRACTED or len(subj) != 1 or subj[0].lower_ in _IMPERSONAL:
            continue
        clause = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        if len(clause) != 1 or clause[0].dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in clause[0].children):
            continue
        aux[0].dep_, aux[0].lemma_ = "aux", "have"
        subj[0].dep_ = "nsubj"


# Modals that are also names: "Will" (George Will), "May" (Theresa May)
_MODAL_NAMES = frozenset({"Will", "May"})


def mend_modal_names(doc: Doc, lexicon: Lexicon) -> None:
    """Relabel a name read as a modal before a cue verb in a finite form no modal takes: in '...,"
    Will wrote' or "Will urged the voters to ...", "Will" is the subject (in place; idempotent)."""
    verbs = lexicon.verb_lemmas
    for tok in doc:
        if tok.text not in _MODAL_NAMES or tok.tag_ != "MD" or tok.dep_ != "aux":
            continue
        verb = tok.head
        if verb.i != tok.i + 1 or verb.tag_ not in ("VBD", "VBZ") or verb.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = "nsubj", "PROPN", "NNP", tok.text


def mend_person_nouns(doc: Doc, lexicon: Lexicon) -> None:
    """Tag a capitalised common noun that is a person's name in the document as a proper noun
    ("Sanders" read as NNS, a plural of "sander"; in place; idempotent): the last word of a
    person's name whose other words are names, and the same word wherever else it stands
    alone. A headline the recogniser took for a name ("Trump Says He Never ...") keeps its tags,
    and so does a word the document never gives as a name ("Aides said")."""
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    # names: the last word of a longer name ("Bernie Sanders", "Sen. Sanders")
    names = {ent[-1].text for ent in people if len(ent) > 1 and all(t.pos_ == "PROPN" for t in ent[:-1])} | {
        t.text for t in doc if t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].dep_ == "compound" and doc[t.i - 1].head.i == t.i} | {
        t.text for t in doc if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"}  # or a person's name the tagger got right once
    verbs = lexicon.verb_lemmas
    # a name the recogniser ran on into other words ("Trump Says He Never"): none of its words
    misread = {t.i for ent in people if any(t.pos_ not in ("PROPN", "NOUN") for t in ent) for t in ent}
    for tok in doc:
        low = tok.lower_
        if (tok.pos_ == "NOUN" and tok.is_title and tok.text in names and tok.ent_type_ in ("", "PERSON") and tok.i not in misread
                and not {low, low[:-1], low[:-2]} & verbs):  # not a cue verb of a headline ("Trump Says ...", "Clinton Calls ...")
            tok.pos_, tok.tag_ = "PROPN", "NNP"
