"""The spaCy pipeline component: ``nlp.add_pipe("claims")`` puts the claims on ``doc._.claims``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extract import extract_claims

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


class ClaimsComponent:
    """Finds claims in a parsed Doc. Needs a tagger, parser, lemmatizer and NER upstream."""

    def __init__(self, nlp: Language, name: str = "claims"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = extract_claims(doc)
        return doc


@Language.factory("claims", requires=["token.dep", "token.lemma", "doc.ents"], assigns=["doc._.claims"])
def make_claims_component(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp, name)


@Language.component("claims_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    News text puts one paragraph on a line; left alone, the parser may join the last sentence
    of one paragraph to the first of the next and hang a quote on the wrong cue.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)) and not tok.is_space:
            tok.is_sent_start = True
    return doc
