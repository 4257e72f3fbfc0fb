"""Noun-phrase bounds: which tokens make up the mention a head token stands for."""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..words import (CLAUSE_SUBJECT_DEPS, DOCUMENT_NOUNS, HONORIFICS, MENTION_DEPS, NAME_SUFFIXES, NP_LEFT_DEPS, NP_RIGHT_PREPS, ROLE_WORDS,
                     SPEAKER_ENTITIES)


def strip_possessive(doc: Doc, start: int, end: int) -> int:
    """end, moved back over a closing possessive ("Axios's" -> "Axios")."""
    while end > start + 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    return end


def _authored(noun: Token, participle: Token) -> bool:
    """Whether "by X" after a participle on the noun belongs to a document's phrase: who made,
    released or obtained it ("data released by Ontario Health", "documents obtained by CBC
    News"), not who passed a person's words on ("an official quoted by Axios": a link of the
    chain)."""
    return (noun.lemma_.lower() in DOCUMENT_NOUNS or noun.lower_ in DOCUMENT_NOUNS) and participle.lemma_.lower() not in _PASSING_ON


_PASSING_ON = frozenset({"quote", "cite", "report", "poll", "survey", "interview"})
# words a "not" before them negates with them: "Not everyone thinks ..."
_QUANTIFIERS = frozenset({"everyone", "everybody", "all", "every", "each", "many", "most", "much", "both", "any", "anyone"})


def _end_before_clause(child: Token) -> int:
    """The end of a modifier's words, short of a relative clause on a noun inside it: "two people
    familiar with the matter[, who declined to be identified ...]"."""
    end = child.right_edge.i + 1
    for t in child.subtree:
        if t.dep_ == "relcl" and t.i > child.i:
            end = min(end, t.left_edge.i)
    return end


def _whole_word_start(doc: Doc, start: int) -> int:
    """start, moved back to the beginning of a hyphenated word the tokenizer split and the parser
    took apart ("The ex-president": "ex", "-" and "president" each a subject of the verb), with
    that word's own article: a mention never starts inside a word."""
    moved = start
    while (moved >= 2 and doc[moved - 1].text in ("-", "–") and not doc[moved - 1].whitespace_
           and not doc[moved - 2].whitespace_ and doc[moved - 2].is_alpha):
        moved -= 2
    if moved == start:
        return start
    return min([moved] + [c.i for c in doc[moved].lefts if c.dep_ in ("det", "poss") and c.i >= moved - 2])


class NounPhrases:
    """Per-document: the named entity of each token, and noun-phrase bounds around a head."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.ent_of: dict[int, SpacySpan] = {t.i: ent for ent in doc.ents for t in ent}

    def joined_name(self, tok: Token) -> tuple[int, int] | None:
        """Token bounds of one body's name that the recogniser cut at a comma or an "and", headed
        by tok: "Immigration, Refugees and Citizenship Canada", "Colleges and Institutes Canada"
        (words in title case, joined by the parser as a list whose last part it knows as an
        organisation, "and" or "&" before that part); None for any other tok."""
        doc = self.doc
        if tok.ent_type_ or not tok.is_title or tok.dep_ not in MENTION_DEPS:
            return None
        last = tok
        while (nxt := next((c for c in last.children if c.dep_ == "conj" and c.i > last.i), None)) is not None:
            last = nxt
        ent = self.ent_of.get(last.i)
        if last is tok or ent is None or ent.label_ != "ORG" or ent.end != last.i + 1 or ent.start < tok.i + 2:
            return None
        if doc[ent.start - 1].lower_ not in ("and", "&") or not all(
                t.is_title or t.text in (",", "&") or t.lower_ == "and" for t in doc[tok.i + 1 : ent.start]):
            return None
        return tok.i, ent.end

    def bounds(self, tok: Token) -> tuple[int, int]:
        """Token bounds of the noun phrase headed by tok: modifiers, and of/for phrases."""
        doc = self.doc
        ent = self.ent_of.get(tok.i)
        if ent is not None and ent.label_ in SPEAKER_ENTITIES and tok.pos_ == "PROPN" and not self.counted_group(tok):
            start, end = ent.start, strip_possessive(doc, ent.start, ent.end)
            # a name the recogniser ran over a comma ("formerly known as Twitter, Lütke said") or a
            # headline's colon ("[Judicial Watch: State Department] Hid ..."): the part on tok's side
            # (not "Acme, Inc." nor "the University of California, Berkeley": its words hang on each
            # other; nor a list inside one name, "Immigration, Refugees and Citizenship Canada")
            for i in range(start, end):
                if i > start and (doc[i].text == ":" or doc[i].text == "," and not start <= doc[i - 1].head.i < end and not (
                        i + 1 < end and doc[i + 1].lower_.rstrip(".") in NAME_SUFFIXES) and not (
                        any(doc[j].dep_ == "conj" and doc[j].head.i == i - 1 for j in range(i + 1, end))
                        and any(doc[j].lower_ in ("and", "&") for j in range(i + 1, end)))):
                    if i < tok.i:
                        start = i + 1
                    else:
                        end = i
                        break
            if doc[start].lower_ == "the" and ent.label_ != "ORG":
                start += 1
            if ent.label_ != "PERSON":
                # "Water UK", "Senate Republicans": a name the recogniser cut to the place or group
                # inside it; not a title before a name it mislabelled ("Councillor Aisha Rahman")
                while (start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and start <= doc[start - 1].head.i < end
                       and (ent.label_ == "NORP" or (doc[start - 1].lower_ not in ROLE_WORDS and doc[start - 1].lower_ not in HONORIFICS))):
                    start -= 1
            if ent.label_ == "ORG":
                start = self._name_before(tok, start)
                if doc[start].is_lower:
                    # "Russia's defence ministry": a body the recogniser named by its common words
                    # keeps whose it is
                    start = min([start] + [c.left_edge.i for c in tok.lefts if c.dep_ == "poss" and c.i < start])
            if start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].head.i == tok.i:
                start -= 1  # "The Post"
            if ent.label_ == "ORG" and end == ent.end and doc[end - 1].lower_ in ("and", "&", "of") and end < len(doc) and doc[end].is_title:
                # a body's name the recogniser cut after its "and": "The Organisation for Economic
                # Co-operation and [Development]"
                while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
                    end += 1
            return start, end
        start = tok.i
        for child in tok.lefts:
            if child.dep_ in NP_LEFT_DEPS and not child.is_punct:
                start = min(start, child.left_edge.i)
        end = tok.i + 1
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in NP_RIGHT_PREPS and not (child.lower_ in ("on", "in", "at") and any(
                    o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in child.children)):
                # (not when, which the parser hung on the noun: "Winnipeg police on Tuesday released
                # ...", "a CNN poll in February found"; "a veteran of 22 years" keeps its years)
                end = max(end, _end_before_clause(child))
            elif child.dep_ == "amod" and child.i == end:
                end = max(end, _end_before_clause(child))  # "three people familiar with the decision"
            elif (child.dep_ == "acl" and child.i == end and child.tag_ == "VBN" and any(
                    c.dep_ == "prep" or c.dep_ == "agent" and _authored(tok, child) for c in child.children)
                  and not any(c.dep_ == "ccomp" for c in child.children)):
                # "a person briefed on the plan", "data released Thursday by Ontario Health"; not
                # a verb with a clause of its own, which the parser hung on a noun ("Analysts at
                # X estimated in a note that ...")
                end = max(end, _end_before_clause(child))
            elif child.dep_ in ("compound", "nummod", "quantmod") or child.tag_ == "POS":
                end = max(end, child.i + 1)  # ("Nearly two-thirds of riders": "thirds" a quantmod of "two")
            else:
                break
        while end > max(start, tok.i) + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1  # (never the head: "42%" is no "42")
        while start < end - 1 and doc[start].is_space:  # a text opening with a space: the parser hangs it on "The"
            start += 1
        if (doc[start].lower_ in ("a", "an") and tok.dep_ == "nsubj" and start + 2 <= tok.i
                and doc[start + 1].tag_ == "NN" and doc[start + 1].dep_ == "compound"
                and (tok.tag_ in ("NNS", "NNPS") or (start > 0 and doc[start - 1].text == "," and _gap_below(tok.head)))):
            # "..., a move housing advocates say does not go far enough": no "a" goes with a
            # plural; the article and its noun are a phrase of their own the parser ran into it
            # (nor with a singular whose verb reports a clause with no subject, the gap the
            # phrase fills: "..., a move staff said would have brought in $400,000")
            start += 2
        if (start > 0 and doc[start].lower_ in _QUANTIFIERS and doc[start - 1].lower_ == "not" and doc[start - 1].dep_ == "neg"
                and doc[start - 1].head.i in (tok.i, tok.head.i)):
            start -= 1  # "Not everyone thinks ...", "Not all economists agree ...": the quantifier's negation goes with it
        return _whole_word_start(doc, start), strip_possessive(doc, start, end)

    def _name_before(self, tok: Token, start: int) -> int:
        """The start of a body's name the recogniser cut at an "and" or "of" inside it: "Mid and
        West Wales Fire and Rescue Service", "Fisheries and Oceans Canada" (title-case words of
        tok's own phrase only: not "Smith and Acme Corp. said")."""
        doc, i = self.doc, start
        while i - 1 >= tok.left_edge.i and (
                (doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title and doc[i - 1].lower_ not in ROLE_WORDS and doc[i - 1].lower_ not in HONORIFICS)
                or (doc[i - 1].lower_ in ("and", "&", "of") and doc[i].is_title)):
            i -= 1
        while i < start and doc[i].pos_ != "PROPN":
            i += 1
        return i

    def counted_group(self, tok: Token) -> bool:
        """Whether tok is a group's name used as a noun for its members, with an article or a
        number: "one Republican involved in the planning", "two Democrats" (the phrase is
        the whole noun phrase, not the name)."""
        ent = self.ent_of.get(tok.i)
        if ent is None or ent.label_ != "NORP" or ent.end != tok.i + 1:
            return False
        first = next((c for c in tok.lefts if c.dep_ in ("det", "nummod") and c.i < ent.start), None)
        if first is None or (tok.tag_ == "NNPS" and first.lower_ in ("a", "an", "another")):
            return False  # "a tactic Democrats hope ...": the article is another noun's
        # only modifiers between ("one kind-hearted Canadian", "the Kentucky Republican")
        return not any(t.pos_ in ("NOUN", "VERB", "PRON") for t in self.doc[first.i + 1 : ent.start])

    def text(self, tok: Token, drop_det: bool = False) -> str:
        """The noun phrase's text, without its own article if drop_det."""
        return self.doc[slice(*self.text_bounds(tok, drop_det))].text

    def text_bounds(self, tok: Token, drop_det: bool = False) -> tuple[int, int]:
        """The bounds of ``text``: the noun phrase's, past its own article if drop_det."""
        start, end = self.bounds(tok)
        while drop_det and start < end - 1 and self.doc[start].dep_ == "det" and self.doc[start].head == tok:
            start += 1
        return start, end


def _gap_below(verb: Token) -> bool:
    """Whether a verb reports a clause after it that has no subject of its own ("staff said
    would have brought in ...")."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and not any(s.dep_ in CLAUSE_SUBJECT_DEPS for s in c.children)
               for c in verb.children)
