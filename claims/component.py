"""The spaCy pipeline component: ``nlp.add_pipe("claims")``, with its paragraph step
``nlp.add_pipe("claims_paragraphs", before="parser")``.

Results go to ``doc._.claims`` (``claims.records.Claim`` objects, the same as ``claims.extract``
turns into JSON) and, so that displaCy, ``DocBin`` and spaCy's ``Scorer`` see them, to the span
group ``doc.spans["claims"]``: one span per content piece (label ``CONTENT``), cue (``CUE``) and
speaker mention (``SPEAKER``), each span's ``id_`` the claim's position in ``doc._.claims``.

Config (``nlp.add_pipe("claims", config={...})``):

- ``min_confidence`` (float or null, default null): claims scored lower are left out; null is the
  threshold fitted with the confidence model (the one that measured best on held-out
  articles; ``claims/learned/weights/confidence.json``); 0 keeps every claim.
- ``paragraphs`` (bool, default true): the component expects its helper ``claims_paragraphs``
  before the parser (``nlp.add_pipe("claims_paragraphs", before="parser")``: every line break
  starts a sentence, since news text puts one paragraph on a line and the parser, left alone,
  may join the last sentence of one paragraph to the first of the next and hang a quote on the
  wrong cue), and warns (``MissingParagraphs``) when the pipeline lacks it. Like spaCy's own
  components it adds no pipe of its own; ``claims.pipeline.load`` adds both. False: no warning.
- ``spans_key`` (str, default "claims"): the ``doc.spans`` key; empty for no span group.
- ``learned`` (bool, default true): run the learned tagger (``claims.learned``, weights shipped
  in the package) beside the rules; false runs the rules alone (the CLI's ``--no-model``).
- ``model``: the tagger's architecture and shape; the default is ``claims.Tagger.v1`` with the
  shipped weights. ``claims.learned.model.accurate_model_config()`` (``claims.Tagger.v2``,
  ``vectors = "minilm"``) is the accurate tagger (the CLI's ``--accurate``): it also reads
  all-MiniLM-L6-v2's contextual token vectors (after its second layer) and needs the ``[match]``
  extra.
- ``scope`` (str or null, default null: every claim): "speech" keeps what was said or written
  (speech and writing cues, every direct or mixed quote); "speech,finding" or any list of the
  claim classes keeps those (claims/scope.py, docs/record.md).

With ``learned`` on, the tagger's weights are saved and loaded with the pipeline
(``nlp.to_disk``/``spacy.load``: the component's ``tagger.bin``).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

import numpy
import srsly
import spacy
from spacy.attrs import IS_ALPHA, IS_LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import minibatch
from thinc.api import Model

from . import scope as scopes
from .extraction import Calibration, by_rules_of, finish
from .extraction.arrays import tokens_where
from .extraction.confidence import FITS, read_fits
from .lexicon import LEXICON, PATH as LEXICON_PATH, Lexicon
from .learned import Tagger
from .learned.model import default_model_config
from .records import Claim, from_json, to_json
from .breaks import has_break
from .words import TITLE_ABBREVIATIONS

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
# a long document is parsed in pieces (claims.pipeline): what the earlier pieces left for this
# one to point back to (set before the pipeline runs), and what this one leaves for the next
for _name in ("claims_before", "claims_after"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
# the claims as JSON records (doc_id "doc"), for doc.to_json(underscore=["claim_records"])
if not Doc.has_extension("claim_records"):
    Doc.set_extension("claim_records", getter=lambda doc: [to_json(c, "doc") for c in doc._.claims or []])

CLAIM_KEY = "__claims.Claim__"


@srsly.msgpack_encoders("claims.Claim")
def _encode_claim(obj, chain=None):
    """doc._.claims in a DocBin with user data: each Claim as its record, read back as a Claim."""
    if isinstance(obj, Claim):
        return {CLAIM_KEY: to_json(obj, "")}
    return obj if chain is None else chain(obj)


@srsly.msgpack_decoders("claims.Claim")
def _decode_claim(obj, chain=None):
    if isinstance(obj, dict) and CLAIM_KEY in obj:
        return from_json(obj[CLAIM_KEY])
    return obj if chain is None else chain(obj)

PARAGRAPHS = "claims_paragraphs"
DEFAULT_CONFIG = {"min_confidence": None, "paragraphs": True, "spans_key": "claims", "learned": True, "scope": None,
                  "model": default_model_config(), "scorer": {"@scorers": "claims.scorer.v1"}}
TAGGER_FILE = "tagger.bin"


class ClaimsComponent:
    """Finds claims in a parsed Doc. Needs a tagger, parser, lemmatizer and NER upstream."""

    def __init__(self, nlp: Language, name: str = "claims", *, min_confidence: float | None = None, paragraphs: bool = True,
                 spans_key: str = "claims", learned: bool = True, scope: str | None = None, scorer: Callable | None = None,
                 model=None):
        self.name = name
        self.scorer = scorer or score_claims
        self.scope = scopes.parse(scope)
        self.spans_key = spans_key
        # the tagger's shape comes from the config's [model] block (claims.Tagger.v1, or claims.Tagger.v2 with
        # vectors "minilm": the accurate tagger); its weights are the shipped ones of that kind
        self.tagger = (Tagger.of(model) if model is not None else Tagger.from_path()) if learned else None
        self.fits = read_fits()  # the confidence fits in use: saved with the pipeline as they were loaded
        self.calibration = Calibration.of(self.fits, self._fit_name)
        self.lexicon = LEXICON  # the cue lexicon the rules read: saved with the pipeline, read back from it
        _check_lexicon(self.fits.get("lexicon"), self.lexicon, "the shipped tagger and confidence fits")
        fitted = self.calibration.threshold if self.calibration is not None else 0.0
        self.min_confidence = fitted if min_confidence is None else min_confidence
        if paragraphs and PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
            warnings.warn(f'the claims component reads paragraphs from line breaks: add nlp.add_pipe("{PARAGRAPHS}", '
                          'before="parser") as well (or set paragraphs=False)', MissingParagraphs, stacklevel=2)

    @property
    def _fit_name(self) -> str:
        """The confidence fit of what runs: "rules", "learned" or "accurate"."""
        return self.tagger.fit if self.tagger is not None else "rules"

    def __call__(self, doc: Doc) -> Doc:
        return self._batch([doc])[0]

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """The claims of each Doc, in order; the learned tagger runs once a batch, not once a Doc."""
        for docs in minibatch(stream, size=batch_size):
            yield from self._batch(docs)

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        ruled = [by_rules_of(doc, self.lexicon) for doc in docs]
        learned = (self.tagger.attributions_of(ruled)
                   if self.tagger is not None else [None] * len(docs))
        for doc, r, found_by_tagger in zip(docs, ruled, learned):
            explained, after = finish(r, found_by_tagger, self.calibration, doc._.claims_before)
            if doc._.claims_before is not None:
                doc._.claims_after = after
            found = [c for c, _ in explained]
            found = [c for c in found if c.confidence >= self.min_confidence and scopes.keeps(self.scope, c.type, c.claim_class)]
            doc._.claims = found
            if self.spans_key:
                doc.spans[self.spans_key] = list(_spans(doc, found))
        return docs

    # the tagger's weights go with a saved pipeline; the rules have none
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.tagger.to_bytes() if self.tagger is not None else b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "ClaimsComponent":
        if self.tagger is not None and data:
            self.tagger.from_bytes(data)
        return self

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        """The tagger's weights, the confidence fits and the cue lexicon they go with, beside
        the component's config (as spaCy's EntityRuler saves its patterns)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.tagger is not None:
            (path / TAGGER_FILE).write_bytes(self.tagger.to_bytes())
        if self.fits:
            (path / FITS.name).write_text(json.dumps(self.fits, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        (path / LEXICON_PATH.name).write_bytes(self.lexicon.source)

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "ClaimsComponent":
        path = Path(path)
        weights = path / TAGGER_FILE
        if self.tagger is not None and weights.is_file():
            self.tagger.from_bytes(weights.read_bytes())
        lexicon = path / LEXICON_PATH.name
        if lexicon.is_file():
            self.lexicon = Lexicon.from_bytes(lexicon.read_bytes())  # the rules read the folder's own lexicon
        fits = read_fits(path / FITS.name)
        if fits:
            self.fits = fits
            self.calibration = Calibration.of(fits, self._fit_name) or self.calibration
        _check_lexicon(self.fits.get("lexicon"), self.lexicon, f"the model saved at {path}")
        return self

    def score(self, examples: Iterable[Example], **kwargs) -> dict:
        """The configured scorer (default ``claims.scorer.v1``) on this component's span group."""
        return self.scorer(examples, spans_key=self.spans_key, **kwargs)


def score_claims(examples: Iterable[Example], spans_key: str = "claims", **kwargs) -> dict:
    """Precision, recall and F1 of the span group, labels included (spaCy's Scorer), as
    ``spans_{key}_p/r/f`` and ``spans_{key}_per_type``, like spaCy's span categorizer."""
    kwargs.setdefault("getter", lambda doc, attr: doc.spans.get(attr.removeprefix("spans_"), []))
    kwargs.setdefault("allow_overlap", True)
    return Scorer.score_spans(examples, f"spans_{spans_key}", **kwargs)


@spacy.registry.scorers("claims.scorer.v1")
def make_claims_scorer():
    return score_claims


def _spans(doc: Doc, found: list[Claim]) -> Iterable[Span]:
    """Token-aligned spans for each claim's content pieces, cue and speaker mention."""
    for k, claim in enumerate(found):
        parts = [("CONTENT", f) for f in claim.fragments or (claim.content,)]
        parts.append(("CUE", claim.cue) if claim.cue else None)
        parts.append(("SPEAKER", claim.speaker) if claim.speaker else None)
        for label, s in filter(None, parts):
            span = doc.char_span(s.start, s.end, label=label, alignment_mode="expand")
            if span is not None:
                span.id_ = str(k)
                yield span


def _check_lexicon(trained_with: str | None, running: Lexicon, what: str) -> None:
    """Warn when a model was trained with another cue lexicon than the one running: its
    features would not mean what they meant in training."""
    if trained_with is not None and trained_with != running.fingerprint:
        warnings.warn(f"{what} went with cue lexicon {trained_with}, but this one is {running.fingerprint}: "
                      "claims may differ from what was measured; retrain with `python -m training`", LexiconMismatch, stacklevel=3)


class LexiconMismatch(UserWarning):
    """A trained part and the running cue lexicon do not match."""


class MissingParagraphs(UserWarning):
    """The pipeline has no claims_paragraphs step before its parser."""


@Language.factory("claims", default_config=DEFAULT_CONFIG, requires=["token.dep", "token.lemma", "doc.ents"],
                  assigns=["doc._.claims", "doc.spans"],
                  default_score_weights={"spans_claims_f": 1.0, "spans_claims_p": 0.0, "spans_claims_r": 0.0})
def make_claims_component(nlp: Language, name: str, min_confidence: Optional[float], paragraphs: bool, spans_key: str,
                          learned: bool, scope: Optional[str], model: Model, scorer: Optional[Callable] = None) -> ClaimsComponent:
    return ClaimsComponent(nlp, name, min_confidence=min_confidence, paragraphs=paragraphs, spans_key=spans_key, learned=learned,
                           scope=scope, scorer=scorer, model=model)


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs; and in a stretch of
    more than MAX_SENTENCE tokens with no sentence end (no ".", "!", "?" nor line break), one
    after a punctuation mark every MAX_SENTENCE tokens or so. Start none right after a title
    written short, nor at a lower-case word that no sentence end, closing mark, bracket, colon
    or semicolon comes right before.

    The second bounds every parse tree, so no cue's clause can hold the whole document: in
    '"He said, ' written 2,000 times each "said" would take all the rest as its content, and
    the stages after the parser would be quadratic in the document (20,000 characters: 5 min).
    Set in one array: setting ``Token.is_sent_start`` one token at a time scans the whole
    document each time (quadratic in its lines: 6,000 lines cost 2 s).
    """
    starts = [tok.i for tok in doc[1:] if not tok.is_space and doc[tok.i - 1].is_space and has_break(doc[tok.i - 1].text)]
    if len(doc) > MAX_SENTENCE:
        starts = sorted(set(starts) | set(_long_sentence_cuts(doc, starts)))
    # ... and none right after a title written short: "Coun. Paula Fletcher says" is one sentence
    # (the parser may end one at the title's stop)
    named = [i + 1 for i in tokens_where(doc, ORTH, _TITLES) if i + 1 < len(doc) and doc[i + 1].is_title]
    # ... nor at a lower-case word that no sentence end or mark comes right before: "People who eat ..."
    # after a headline is one sentence (the parser may end one at "People")
    words = doc.to_array([IS_LOWER, IS_ALPHA, ORTH])
    glued = numpy.zeros(len(doc), dtype=bool)
    if len(doc) > 1:
        glued[1:] = (words[1:, 0] == 1) & (words[1:, 1] == 1) & ~numpy.isin(words[:-1, 2], _OPEN_AFTER)
    if starts or named or glued.any():
        values = doc.to_array([SENT_START])
        values[named] = numpy.uint64(2**64 - 1)  # -1, "not a start", as the array holds it
        values[glued] = numpy.uint64(2**64 - 1)
        values[starts] = 1
        doc.from_array([SENT_START], values)
    return doc


_TITLES = frozenset(get_string_id(title) for title in TITLE_ABBREVIATIONS)  # as hashes
MAX_SENTENCE = 200  # tokens; a longer stretch without a sentence end is cut (a news sentence is rarely 100)
_ENDS = frozenset(get_string_id(end) for end in (".", "!", "?", "...", "\u2026"))  # sentence-end tokens, as hashes
# what a sentence may start right after: a sentence end, a closing mark or bracket, a colon or semicolon
_OPEN_AFTER = numpy.asarray(sorted(_ENDS | {get_string_id(m) for m in ('"', "\u201d", "\u2019", "'", "''", ")", ":", ";")}), dtype=numpy.uint64)


def _long_sentence_cuts(doc: Doc, starts: list[int]) -> list[int]:
    """Sentence starts that cut every stretch longer than MAX_SENTENCE tokens between
    sentence ends: after a comma, semicolon, colon or other mark once past MAX_SENTENCE, and
    anywhere once past 1.5 times it."""
    ends = numpy.asarray(tokens_where(doc, ORTH, _ENDS), dtype=numpy.int64) + 1
    bounds = numpy.unique(numpy.concatenate([[0, len(doc)], starts, ends]).astype(numpy.int64))
    if int(numpy.diff(bounds).max(initial=0)) <= MAX_SENTENCE:
        return []
    bounds = bounds.tolist()
    cuts: list[int] = []
    for lo, hi in zip(bounds, bounds[1:]):
        last = lo
        for i in range(lo + MAX_SENTENCE, hi):
            if i - last >= MAX_SENTENCE and (doc[i - 1].is_punct or i - last >= MAX_SENTENCE * 3 // 2):
                cuts.append(i)
                last = i
    return cuts
