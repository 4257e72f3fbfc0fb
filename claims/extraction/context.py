"""The per-document context every stage reads: the parse, the text, and what is found once.

Built once per Doc (``Context.of(doc)``) and passed into each stage, so that no stage fetches
the text back from the Doc (``Doc.text`` joins every token on each call) or walks
``Doc.sents`` again. It holds bounds and indexes, never Spans of its own: it goes when the
Doc goes.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import NamedTuple

import attrs
from spacy.attrs import LOWER, ORTH, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .arrays import tokens_where
from .mends import (
    mend_adjective_verbs,
    mend_adverb_names,
    mend_verb_given_names,
    mend_age_subjects,
    mend_asked_subjects,
    mend_compound_cues,
    mend_compound_subjects,
    mend_contracted_has,
    mend_doubled_subjects,
    mend_headline_names,
    mend_inserted_cues,
    mend_lemmas,
    mend_modal_names,
    mend_clock_times,
    mend_noun_reads,
    mend_participle_modifiers,
    mend_noun_roots,
    mend_person_nouns,
    mend_reduced_passives,
    mend_quoted_subjects,
    mend_relative_cues,
    mend_second_reports,
    mend_dash_names,
    mend_dash_relatives,
    mend_directive_infinitives,
    mend_stranded_clauses,
    mend_then_sequences,
    mend_fronted_places,
    mend_place_pairs,
    mend_place_nouns,
    mend_verbless_reports,
    mend_hyphen_words,
    mend_initialism_subjects,
    mend_relative_participles,
    mend_role_adverbs,
    mend_opening_names,
    mend_stranded_subjects,
    mend_subordinate_subjects,
    mend_that_conjuncts,
    mend_trailing_cues,
)
from ..lexicon import LEXICON, Lexicon
from ..words import CONNECTIVES, SET_PHRASES
from ..breaks import LINE_START, SENTENCE_ENDS, line_breaks
from .quotes import Quotation, find_quotations
from .ranges import strip

# a line that starts with words in capitals and a colon: "HOLT:", "SEN. SANDERS:"
_LINE_LABEL = re.compile(LINE_START + r"[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{0,40}[A-ZÀ-ÖØ-Þ.]):")  # capitals with accents too (FRANÇOIS)


class Sent(NamedTuple):
    """A sentence's token and character bounds."""

    start: int
    end: int
    start_char: int
    end_char: int


@attrs.frozen
class Context:
    """One parsed document and the indexes built over it."""

    doc: Doc
    text: str
    lexicon: Lexicon  # the cue lexicon every stage reads (the component's own, saved beside its weights)
    sents: tuple[Sent, ...]
    quotations: tuple[Quotation, ...]  # in text order, disjoint
    quotation_ends: tuple[int, ...]  # their end offsets, for bisecting
    quoted: frozenset[int]  # tokens of quotations, marks included
    inside: frozenset[int]  # tokens between the marks
    citing: frozenset[int]  # "citing" participles ("Axios reports, citing an official")
    set_phrases: frozenset[int]  # tokens of set phrases that report nothing ("That said, ...": words.SET_PHRASES)
    labels: Counter  # how often each line-initial label in capitals ("HOLT:") opens a line
    _stops: tuple[int, ...]  # offsets of ".", "!" and "?" tokens, in order
    _sent_starts: tuple[int, ...]
    _sent_start_chars: tuple[int, ...]
    _breaks: tuple[int, ...]  # where each line break starts, in order ("\r\n" is one break)
    _break_ends: tuple[int, ...]  # ... and where it ends

    @classmethod
    def of(cls, doc: Doc, lexicon: Lexicon = LEXICON) -> "Context":
        mend_lemmas(doc, lexicon)  # before any stage reads a lemma ("hoping" -> "hope")
        mend_contracted_has(doc, lexicon)  # "He's said he ..." is no passive
        mend_modal_names(doc, lexicon)  # '"...," Will wrote': a name, not a modal
        mend_adverb_names(doc, lexicon)  # "Reilly promised ...": a surname, not an adverb
        mend_verb_given_names(doc, lexicon)  # "Sylvain Charlebois ... predicted": a name, not a verb
        mend_person_nouns(doc, lexicon)  # "Sanders says": a name, not a plural noun
        mend_headline_names(doc, lexicon)  # "[Ben Carson Defends] Himself": the verb is no name
        mend_noun_roots(doc, lexicon)  # "The president posted on X that ...": no noun phrase
        mend_noun_reads(doc, lexicon)  # "The statement from the government read, in part: ...": no noun
        mend_clock_times(doc, lexicon)  # "... just after 2 a.m.": the time, not the final stop
        mend_participle_modifiers(doc, lexicon)  # "held admitting privileges": a kind of privileges
        mend_compound_cues(doc, lexicon)  # "Lethbridge police allege Carla Binns issued ...": no name
        mend_reduced_passives(doc, lexicon)  # "Teacher remembered as 'the heart of the school'": she is remembered
        mend_directive_infinitives(doc, lexicon)  # "urged anyone who believes they were a victim to come forward"
        mend_place_pairs(doc, lexicon)  # "Newfoundland and Labrador Premier Tony Wakeham said": no two speakers
        mend_place_nouns(doc, lexicon)  # "Ontario nurses say ...": nurses say, not Ontario
        mend_verbless_reports(doc, lexicon)  # "Canada, U.S. near deal, sources say": what the sources say
        mend_hyphen_words(doc, lexicon)  # "Ex-employee alleges ...", 'would "co-operate fully" with ...': one word
        mend_initialism_subjects(doc, lexicon)  # "CN and CPKC said ...": both speak, "CN" no verb
        mend_relative_participles(doc, lexicon)  # "... in which an officer shot a man, saying they ...": police say
        mend_role_adverbs(doc, lexicon)  # '"...," the former Chicago Blackhawks forward said': the forward, not the team
        mend_fronted_places(doc, lexicon)  # "Outside court, one of the victims, ..., said": no word of court
        mend_stranded_clauses(doc, lexicon)  # "with 40 MPs signalling they could vote ...": what they signal
        mend_then_sequences(doc, lexicon)  # 'She paused, then added, "..."': she did not say "paused"
        mend_age_subjects(doc, lexicon)  # "A 67-year-old told reporters ...": no word of "reporters"
        mend_asked_subjects(doc, lexicon)  # "Anand, asked about it, would only say ...": she says
        mend_quoted_subjects(doc, lexicon)  # '"...," Bill Eastland, wearing a hat, said': his words
        mend_adjective_verbs(doc, lexicon)  # "said Gerald Thibodeau, 61, forged signatures": no apposition
        mend_relative_cues(doc, lexicon)  # '..., the state news agency TASS reported.': no relative clause
        mend_trailing_cues(doc, lexicon)  # "..., an internal report has found.": no verb inside the clause
        mend_doubled_subjects(doc, lexicon)  # "Outlets reported Wednesday the Service had ...": no relative clause
        mend_that_conjuncts(doc, lexicon)  # "said that A, and that B": B is said too
        mend_compound_subjects(doc, lexicon)  # "..., FEC records show.": "records" no verb
        mend_stranded_subjects(doc, lexicon)  # "Alarmed by X in Nevada, Harry Reid, ..., said": no conjunct of "Nevada"
        mend_opening_names(doc, lexicon)  # "Kowalski, again claiming ..., said": a name, no clause
        mend_dash_names(doc, lexicon)  # "... in Palm Beach - Lewandowski said": no part of the place
        mend_inserted_cues(doc, lexicon)  # "The plan - Ruiz said - would cost billions": the plan is the clause's
        mend_dash_relatives(doc, lexicon)  # "Wab Kinew - who announced the plan - said": Kinew said it
        mend_second_reports(doc, lexicon)  # "One in three said A and one in four said B": two reports
        mend_subordinate_subjects(doc, lexicon)  # "... as Patti Davis attacked Trump": "as" no preposition
        mend_asked_subjects(doc, lexicon)  # again, for a subject that mend gave: "after Mr. Trump, asked about it, had said"
        text = doc.text
        sents = tuple(Sent(s.start, s.end, s.start_char, s.end_char) for s in doc.sents)
        quotations = tuple(sorted(find_quotations(text), key=lambda q: q.start))
        spans = tuple(line_breaks(text))
        return cls(
            doc=doc,
            text=text,
            lexicon=lexicon,
            sents=sents,
            quotations=quotations,
            quotation_ends=tuple(q.end for q in quotations),
            quoted=frozenset(_tokens(doc, [(q.start, q.end) for q in quotations])),
            inside=frozenset(_tokens(doc, [(q.content_start, q.content_end) for q in quotations])),
            citing=frozenset(i for i in tokens_where(doc, TAG, _GERUND) if doc[i].lemma_.lower() in lexicon.flag("citing")),
            set_phrases=_set_phrases(doc),
            labels=Counter(m.group(1) for m in _LINE_LABEL.finditer(text)),
            stops=tuple(doc[i].idx for i in tokens_where(doc, ORTH, _STOPS)),
            sent_starts=tuple(s.start for s in sents),
            sent_start_chars=tuple(s.start_char for s in sents),
            breaks=tuple(a for a, _ in spans),
            break_ends=tuple(b for _, b in spans),
        )

    # --- sentences -------------------------------------------------------------------------

    def sent_of_token(self, i: int) -> Sent:
        return self.sents[self.sent_index(i)]

    def sent_index(self, i: int) -> int:
        """Position in sents of the sentence holding token i."""
        return bisect.bisect_right(self._sent_starts, i) - 1

    def sent_of_char(self, char: int) -> Sent | None:
        if not self.sents:
            return None
        return self.sents[max(0, bisect.bisect_right(self._sent_start_chars, char) - 1)]

    # --- quotations --------------------------------------------------------------------------

    def quotation_at(self, char: int) -> Quotation | None:
        """The quotation whose span (marks included) holds character char."""
        k = bisect.bisect_right(self.quotation_ends, char)
        return self.quotations[k] if k < len(self.quotations) and self.quotations[k].start <= char else None

    # --- paragraphs (one a line) -----------------------------------------------------------

    def paragraph(self, char: int) -> tuple[int, int]:
        """Bounds of the line holding char, line breaks excluded."""
        k = bisect.bisect_left(self._breaks, char)
        if k and char < self._break_ends[k - 1]:
            k -= 1  # inside a two-character break ("\r\n"): the line it ends, as for its first character
        lo = self._break_ends[k - 1] if k else 0
        hi = self._breaks[k] if k < len(self._breaks) else len(self.text)
        return lo, hi

    def next_paragraph(self, end: int) -> tuple[int, int] | None:
        """Bounds of the nearest line after the one holding end that holds more than white
        space (as ``paragraph`` gives them), or None."""
        hi = self.paragraph(end)[1]
        while hi < len(self.text):
            k = bisect.bisect_left(self._breaks, hi)  # the break that ends the line: the next starts after it
            lo, hi = self.paragraph(self._break_ends[k])
            a, b = strip(self.text, lo, hi)
            if b > a:
                return lo, hi
        return None

    def previous_paragraph(self, start: int) -> tuple[int, int] | None:
        """Bounds of the nearest line before the one starting at start that holds more than
        white space (as ``paragraph`` gives them), or None."""
        i = start - 1
        while i >= 0:
            lo, hi = self.paragraph(i)
            a, b = strip(self.text, lo, hi)
            if b > a:
                return lo, hi
            if lo == 0:
                return None
            i = lo - 1
        return None

    def breaks(self, a: int, b: int) -> bool:
        """Whether text[a:b] crosses a line break."""
        k = bisect.bisect_left(self._breaks, a)
        return k < len(self._breaks) and self._breaks[k] < b

    def ends_with_question(self, sent: Sent) -> bool:
        """Whether the sentence's last character other than a space is "?" (no slicing: a
        frame asks this of its sentence, and one sentence may be the whole document)."""
        i = sent.end_char
        while i > sent.start_char and self.text[i - 1].isspace():
            i -= 1
        return i > sent.start_char and self.text[i - 1] == "?"

    def sentence_end_within(self, a: int, b: int) -> bool:
        """Whether a ".", "!" or "?" token lies wholly inside text[a:b]."""
        k = bisect.bisect_left(self._stops, a)
        return k < len(self._stops) and self._stops[k] + 1 <= b

    # --- tokens ----------------------------------------------------------------------------

    def end_char(self, i: int) -> int:
        """Offset just past token i."""
        tok = self.doc[i]
        return tok.idx + len(tok.text)


_SET_PHRASE_FIRSTS = frozenset(get_string_id(words[0]) for words, _ in SET_PHRASES)
_GERUND = (get_string_id("VBG"),)
_STOPS = frozenset(get_string_id(mark) for mark in SENTENCE_ENDS)  # tokens that end a sentence


def _set_phrases(doc: Doc) -> frozenset[int]:
    """Indices of the tokens of set phrases built on a cue word that report nothing ("That
    said, ...", "..., not to mention X"; words.SET_PHRASES), where one opens a clause."""
    out: set[int] = set()
    for i in tokens_where(doc, LOWER, _SET_PHRASE_FIRSTS):
        tok = doc[i]
        if tok.i in out or not _opens_clause(doc, tok.i):
            continue
        for words, comma in SET_PHRASES:
            end = tok.i + len(words)
            if end <= len(doc) and tuple(t.lower_ for t in doc[tok.i:end]) == words and (not comma or (end < len(doc) and doc[end].text == ",")):
                out.update(range(tok.i, end))
                break
    return frozenset(out)


def _opens_clause(doc: Doc, i: int) -> bool:
    """Whether token i stands at a sentence start, after punctuation, or after a connective that
    does ("But that said, ...")."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[i].is_sent_start or doc[j].is_punct:
        return True
    return doc[j].lower_ in CONNECTIVES and _opens_clause(doc, j) and doc[j].lower_ != "so"


def _tokens(doc: Doc, ranges: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens touching any of the character ranges."""
    out: set[int] = set()
    for a, b in ranges:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out
