"""Speaker mentions: their span, kind and role, and what they resolve to within the document.

Resolution is deliberately simple and explainable: a pronoun or description points back to the
nearest earlier compatible mention outside quoted material; surnames point to the fullest
form of the name the document uses ("Satterfield" -> "David Satterfield"); descriptions of a
person ("the top US diplomat") match the role the document gave someone earlier.
"""

from __future__ import annotations

import bisect
from typing import Iterator

import attrs
from spacy.tokens import Doc, Span as SpacySpan, Token

from .constants import (
    ANONYMOUS_NOUNS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    MEDIA_NOUNS,
    MEDIA_OUTLETS,
    PERSONAL_PRONOUNS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
)
from .cues import relative_antecedent
from .records import Span, Speaker
from .sentences import sentences, text_of

ORG_NOUNS = frozenset({"government", "administration", "ministry", "department", "mission", "campaign", "company", "committee", "court", "council", "party", "agency", "office", "army", "military", "police", "commission", "organization", "organisation", "group", "movement", "embassy", "parliament", "congress", "senate", "house", "team", "board", "union", "firm", "bank", "university", "institute", "foundation", "network", "coalition", "alliance", "cabinet", "regime", "authority", "authorities", "service", "corporation"})
_NP_LEFT_DEPS = {"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "advmod", "case", "predet", "npadvmod"}
_NP_RIGHT_PREPS = {"of", "for", "from", "at", "with", "in", "to", "on"}
_ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "organization", "NORP": "group", "FAC": "organization"}


@attrs.define
class Mention:
    """A noun phrase that can speak or be pointed back to."""

    start: int  # token indices, end exclusive
    end: int
    head: int
    kind: str
    name: str
    plural: bool = False
    definite: bool = False
    role: str | None = None
    antecedent: "Mention | None" = None


def _strip_possessive(doc: Doc, start: int, end: int) -> int:
    while end > start + 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    return end


def _outlet_name(text: str) -> str | None:
    low = text.lower().strip()
    low = low.removesuffix("'s").removesuffix("’s")
    if low in MEDIA_OUTLETS:
        return text
    if low.startswith("the ") and low[4:] in MEDIA_OUTLETS or f"the {low}" in MEDIA_OUTLETS:
        return text
    return None


def _title_words(doc: Doc, start: int, end: int) -> int:
    """How many tokens at the start of doc[start:end] are a title: "Mayor", "Transport Minister"."""
    i = start
    while i < end - 1 and (doc[i].lower_ in ROLE_WORDS or doc[i].lower_ in HONORIFICS) and doc[i].is_title:
        i += 1
    return i - start


class Resolver:
    """Per-document index of mentions; resolves speaker tokens to Speaker records."""

    def __init__(self, doc: Doc, quoted: set[int]):
        self.doc = doc
        self.text = text_of(doc)
        self.quoted = quoted  # token indices inside quotations
        self.ent_of: dict[int, SpacySpan] = {}
        for ent in doc.ents:
            for t in ent:
                self.ent_of[t.i] = ent
        self.full_names = self._full_names()
        self.roles: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent.start not in quoted:
                role = self._role_of(ent)
                name = self._person_name(ent.start, ent.end)
                if role and name not in self.roles:
                    self.roles[name] = role
        self.candidates: list[Mention] = sorted(self._candidates(), key=lambda m: m.start)
        self._starts = [c.start for c in self.candidates]
        self._resolved: dict[int, Mention] = {}

    # --- names and roles -----------------------------------------------------------------

    def _full_names(self) -> dict[str, tuple[str, int, int]]:
        """surname -> (fullest name, token start, token end) over the PERSON entities."""
        best: dict[str, tuple[str, int, int]] = {}
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or _outlet_name(ent.text):
                continue
            start, end = ent.start, _strip_possessive(self.doc, ent.start, ent.end)
            start += _title_words(self.doc, start, end)
            # the tagger sometimes stops short of the surname: "[Mayor Ana] Ruiz"
            while end < len(self.doc) and self.doc[end].pos_ == "PROPN" and self.doc[end].dep_ in ("nsubj", "compound", "appos", "dobj", "pobj") and self.doc[end - 1].dep_ == "compound" and self.doc[end - 1].head.i == end:
                end += 1
            name = self.doc[start:end].text
            key = self.doc[end - 1].lower_
            cur = best.get(key)
            in_quote = ent.start in self.quoted
            if cur is None or (len(name.split()) > len(cur[0].split()) and not (in_quote and cur[1] not in self.quoted)):
                best[key] = (name, start, end)
        return best

    def _person_name(self, start: int, end: int) -> str:
        end = _strip_possessive(self.doc, start, end)
        while start < end - 1 and self.doc[start].lower_ in HONORIFICS:
            start += 1
        full = self.full_names.get(self.doc[end - 1].lower_)
        return full[0] if full else self.doc[start:end].text

    def _role_of(self, ent: SpacySpan) -> str | None:
        """The title before a name or the apposition beside it, as the text gives it."""
        doc = self.doc
        root = ent.root
        # "Israeli Foreign Minister Gabi Ashkenazi", "US Secretary of State Anthony Blinken"
        i = ent.start - 1
        subtree = {t.i for t in root.subtree}
        while i >= 0 and i in subtree and not doc[i].is_punct and doc[i].dep_ not in ("det", "poss", "case") and doc[i].ent_type_ != "PERSON":
            i -= 1
        first = i + 1
        while first < ent.start and doc[first].lower_ in HONORIFICS:
            first += 1  # "Dr." is part of the name's form, not a role
        if first < ent.start:
            role = doc[first : ent.start]
            if any(t.lower_ in ROLE_WORDS or t.pos_ == "NOUN" for t in role):
                return role.text
        # "Mayor Ana Ruiz": the tagger put the title inside the name
        titles = _title_words(doc, ent.start, ent.end)
        if titles and not all(t.lower_ in HONORIFICS for t in doc[ent.start : ent.start + titles]):
            return doc[ent.start : ent.start + titles].text
        # "Musa Abu Marzouk, a member of the political bureau ..."
        for child in root.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON":
                return self._np_text(child, drop_det=True)
        # "US special envoy for Middle East humanitarian issues, David Satterfield, ..."
        if root.dep_ == "appos" and root.head.ent_type_ != "PERSON" and root.head.pos_ in ("NOUN", "PROPN"):
            head = root.head
            toks = [t for t in head.subtree if t.i not in subtree and not (t.is_punct and t.i > head.i)]
            toks = [t for t in toks if t.i < root.i]
            if toks:
                # "The company's chief executive": the article belongs to "company", so it stays
                while toks and (toks[0].is_punct or (toks[0].dep_ == "det" and toks[0].head == head)):
                    toks = toks[1:]
                while toks and toks[-1].is_punct:
                    toks = toks[:-1]
                if toks:
                    return doc[toks[0].i : toks[-1].i + 1].text
        return None

    def _appos_role(self, tok: Token) -> str | None:
        """ "Lopez, the city's mayor, said": the apposition of an unrecognised name."""
        for child in tok.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON" and child.pos_ == "NOUN":
                return self._np_text(child, drop_det=True)
        return None

    def _np_text(self, tok: Token, drop_det: bool = False) -> str:
        start, end = self.np_bounds(tok)
        while drop_det and start < end - 1 and self.doc[start].dep_ == "det" and self.doc[start].head == tok:
            start += 1
        return self.doc[start:end].text

    # --- mention spans -------------------------------------------------------------------

    def np_bounds(self, tok: Token) -> tuple[int, int]:
        """Token bounds of the noun phrase headed by tok: modifiers, and of/for phrases."""
        ent = self.ent_of.get(tok.i)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP") and tok.pos_ == "PROPN":
            start, end = ent.start, _strip_possessive(self.doc, ent.start, ent.end)
            if self.doc[start].lower_ == "the" and ent.label_ != "ORG":
                start += 1
            if start > 0 and self.doc[start - 1].lower_ == "the" and self.doc[start - 1].head.i == tok.i:
                start -= 1  # "The Post"
            return start, end
        start = tok.i
        for child in tok.lefts:
            if child.dep_ in _NP_LEFT_DEPS and not child.is_punct:
                start = min(start, child.left_edge.i)
        end = tok.i + 1
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in _NP_RIGHT_PREPS:
                end = max(end, child.right_edge.i + 1)
            elif child.dep_ == "amod" and child.i == end:
                end = max(end, child.right_edge.i + 1)  # "three people familiar with the decision"
            elif child.dep_ in ("compound", "nummod") or child.tag_ == "POS":
                end = max(end, child.i + 1)
            else:
                break
        while end > start + 1 and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        end = _strip_possessive(self.doc, start, end)
        return start, end

    def _known_person(self, start: int, end: int) -> bool:
        """A name the document also uses for a person ("Blinken" after "Antony Blinken")."""
        full = self.full_names.get(self.doc[end - 1].lower_)
        return full is not None and self.doc[start:end].text in full[0]

    def _mention_at(self, tok: Token) -> Mention:
        """Classify the mention headed by tok, before resolution."""
        doc = self.doc
        # "US special envoy ..., David Satterfield, estimated": the named appositive speaks
        if self.ent_of.get(tok.i) is None or self.ent_of[tok.i].label_ != "PERSON":
            named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if named is not None:
                tok = named
        if relative_antecedent(tok) is not None:
            return Mention(tok.i, tok.i + 1, tok.i, "unknown", tok.text)
        start, end = self.np_bounds(tok)
        text = doc[start:end].text
        low = tok.lower_
        plural = tok.tag_ in ("NNS", "NNPS")
        definite = doc[start].lower_ in ("the", "this", "that", "these", "those")
        if low in PERSONAL_PRONOUNS and tok.pos_ == "PRON":
            gender, number = PERSONAL_PRONOUNS[low]
            kind = "person" if gender in ("m", "f") or low == "i" else "unknown"
            return Mention(start, end, tok.i, kind, text, plural=number == "pl")
        outlet = _outlet_name(text)
        if outlet is not None:
            return Mention(start, end, tok.i, "media", outlet)
        if tok.pos_ == "PROPN" and self._known_person(start, end):
            return Mention(start, end, tok.i, "person", self._person_name(start, end))
        if tok.pos_ == "PROPN":
            # "Mayor Ana Ruiz of Eastport": a title, then a name; the mention is the name
            titles = _title_words(doc, start, tok.i + 1)
            if titles and (self.ent_of.get(tok.i) is None or self.ent_of[tok.i].label_ == "PERSON" or any(doc[i].ent_type_ == "PERSON" for i in range(start, tok.i + 1))):
                name_start = start + titles
                return Mention(name_start, tok.i + 1, tok.i, "person", self._person_name(name_start, tok.i + 1),
                               role=doc[start:name_start].text if doc[start].lower_ not in HONORIFICS else None)
        ent = self.ent_of.get(tok.i)
        if ent is not None and tok.pos_ == "PROPN" and ent.label_ in _ENTITY_KINDS:
            kind = _ENTITY_KINDS[ent.label_]
            if kind == "person":
                return Mention(start, end, tok.i, "person", self._person_name(start, end), role=None)
            return Mention(start, end, tok.i, kind, text, plural=plural, definite=definite)
        lemma = tok.lemma_.lower()
        if tok.pos_ == "PROPN":
            return Mention(start, end, tok.i, "unknown", text)
        if lemma in MEDIA_NOUNS:
            return Mention(start, end, tok.i, "media", text, plural=plural, definite=definite)
        if lemma in ANONYMOUS_NOUNS and not plural:
            return Mention(start, end, tok.i, "anonymous", text, definite=definite)
        if lemma in ANONYMOUS_NOUNS and plural and lemma in ("source", "person", "people", "insider"):
            return Mention(start, end, tok.i, "anonymous", text, plural=True, definite=definite)
        if lemma in ORG_NOUNS:
            return Mention(start, end, tok.i, "group" if plural else "organization", text, plural=plural, definite=definite)
        if lemma in DOCUMENT_NOUNS:
            return Mention(start, end, tok.i, "unknown", text, plural=plural, definite=definite)
        if plural:
            return Mention(start, end, tok.i, "group", text, plural=True, definite=definite)
        if lemma in ROLE_WORDS or any(t.lower_ in ROLE_WORDS for t in doc[start:end]):
            return Mention(start, end, tok.i, "person", text, definite=definite)
        return Mention(start, end, tok.i, "unknown", text, plural=plural, definite=definite)

    def _candidates(self) -> Iterator[Mention]:
        """Mentions a later pronoun or description may point back to: entities and subjects."""
        seen: set[int] = set()
        for ent in self.doc.ents:
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP") and ent.start not in self.quoted:
                m = self._mention_at(ent.root)
                if m.head not in seen:
                    seen.add(m.head)
                    yield m
        for tok in self.doc:
            if tok.i in seen or tok.i in self.quoted:
                continue
            # the tagger calls an outlet's name anything ("Axios" as ADJ): the name decides
            if (tok.pos_ in ("NOUN", "PROPN") or _outlet_name(tok.text)) and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "appos"):
                m = self._mention_at(tok)
                named = tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass")  # "The Daily Ledger obtained ..."
                if (m.kind in ("media", "anonymous", "group", "person", "organization") or named) and (m.kind != "person" or tok.dep_ in ("nsubj", "nsubjpass")):
                    seen.add(tok.i)
                    yield m

    # --- resolution ----------------------------------------------------------------------

    def _compatible(self, mention: Mention, cand: Mention) -> bool:
        low = self.doc[mention.head].lower_
        if mention.kind == "person" and low in PERSONAL_PRONOUNS:
            return self.resolved(cand).kind == "person" and not cand.plural
        if low in ("they", "them"):
            return cand.plural or cand.kind in ("group", "organization", "media")
        if low == "it":
            return cand.kind in ("organization", "media") and not cand.plural
        return False

    def _by_role(self, mention: Mention, synonyms_only: bool = False) -> Mention | None:
        """ "the top US diplomat" -> the person whose stated role is Secretary of State."""
        text = self.doc[mention.start : mention.end].text.lower()
        wanted: tuple[str, ...] = ()
        for words, roles in ROLE_SYNONYMS.items():
            if all(w in text for w in words):
                wanted = roles
                break
        if synonyms_only and not wanted:
            return None
        head = self.doc[mention.head].lower_
        for cand in reversed([c for c in self.candidates if c.start < mention.start]):
            target = self.resolved(cand)
            if target.kind != "person":
                continue
            role = (self.roles.get(target.name) or "").lower()
            if not role:
                continue
            if wanted and any(w in role for w in wanted):
                return cand
            if not wanted and head in role.split():
                return cand
        return None

    def resolved(self, mention: Mention, skip: tuple[int, int] | None = None) -> Mention:
        """The mention with name, kind and antecedent filled in from what it refers to.

        Mentions inside ``skip`` (token range: the claim's own content) are never antecedents:
        in "Shelter is also a problem, he added", he is not Shelter.
        """
        cached = self._resolved.get(mention.head)
        if cached is not None:
            return cached
        self._resolved[mention.head] = mention  # guards against cycles
        result = mention
        low = self.doc[mention.head].lower_
        upto = bisect.bisect_left(self._starts, mention.start)
        before = [c for c in self.candidates[:upto] if c.end <= mention.start and c.head != mention.head
                  and not (skip and skip[0] <= c.head < skip[1])]
        target = None
        tok = self.doc[mention.head]
        antecedent = relative_antecedent(tok)
        if antecedent is not None:
            # "Mr. Sanders, who said ...": the noun the relative clause hangs on
            target = self._mention_at(antecedent)
        elif low in PERSONAL_PRONOUNS and tok.pos_ == "PRON":
            if low in ("i", "we", "you"):
                target = None
            else:
                target = self._nearest(before, mention)
        elif mention.definite and mention.kind == "media" and self._is_description(mention):
            target = next((c for c in reversed(before) if self.resolved(c).kind == "media" and not self._is_description(c)), None)
            if target is None:  # an outlet the word list does not know: the last organisation named
                target = next((c for c in reversed(before) if c.kind in ("organization", "unknown") and self.doc[c.head].pos_ == "PROPN"), None)
        elif mention.definite and mention.kind in ("anonymous", "person"):
            # "the top US diplomat" names a role; "the source" an earlier unnamed source
            target = self._by_role(mention, synonyms_only=True)
            if target is None and mention.kind == "anonymous":
                target = next((c for c in reversed(before) if c.kind == "anonymous" and not c.definite), None)
            if target is None:
                target = self._by_role(mention)
        if target is not None:
            t = self.resolved(target)
            # "the newspaper" is an outlet whatever the tagger made of the name it points to
            kind = "media" if mention.kind == "media" else t.kind
            result = attrs.evolve(mention, name=t.name, kind=kind, plural=t.plural, antecedent=target)
        elif mention.kind == "person":
            full = self.full_names.get(self.doc[mention.end - 1].lower_)
            if full and (full[1], full[2]) != (mention.start, mention.end) and full[1] < mention.start:
                ante = Mention(full[1], full[2], full[2] - 1, "person", full[0])
                result = attrs.evolve(mention, antecedent=ante)
        if result.kind in ("person", "unknown"):
            role = self.roles.get(result.name) or mention.role or self._appos_role(self.doc[mention.head])
            result = attrs.evolve(result, role=role)
        self._resolved[mention.head] = result
        return result

    def _is_description(self, mention: Mention) -> bool:
        return self.doc[mention.head].lemma_.lower() in MEDIA_NOUNS and _outlet_name(self.doc[mention.start : mention.end].text) is None

    def _nearest(self, before: list[Mention], mention: Mention) -> Mention | None:
        """Nearest compatible earlier mention, preferring a subject in that mention's sentence.

        In the pronoun's own sentence or the closest one before it that has a compatible
        mention, the last subject wins, else the last compatible mention.
        """
        sents = sentences(self.doc)
        nearest = None
        sent_start = None
        subject = None
        for c in reversed(before):
            if nearest is not None and c.start < sent_start:
                break
            if not self._compatible(mention, c):
                continue
            if nearest is None:
                nearest = c
                sent_start = sents.of_token(c.head).start
            if self._is_subject(c):
                subject = c
                break
        return subject or nearest

    def _is_subject(self, m: Mention) -> bool:
        tok = self.doc[m.head]
        if tok.dep_ == "appos":
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass")

    # --- public --------------------------------------------------------------------------

    def mention(self, tok_i: int, skip: tuple[int, int] | None = None) -> Mention:
        return self.resolved(self._mention_at(self.doc[tok_i]), skip)

    def speaker(self, tok_i: int, skip: tuple[int, int] | None = None) -> Speaker:
        """The Speaker record for the mention headed by token tok_i.

        A resolved pronoun speaker becomes a candidate for later pronouns: in
        'Shelter is also a problem, he added. "You've got ...," he added', the second he
        follows the first, not the subject Shelter.
        """
        m = self.mention(tok_i, skip)
        if m.antecedent is not None and all(c.head != m.head for c in self.candidates):
            self.candidates.append(m)
            self.candidates.sort(key=lambda c: c.start)
            self._starts = [c.start for c in self.candidates]
        return self.to_speaker(m)

    def span(self, m: Mention) -> Span:
        return Span.of(self.text, self.doc[m.start].idx, self._end_char(m.end))

    def _end_char(self, end_tok: int) -> int:
        last = self.doc[end_tok - 1]
        return last.idx + len(last.text)

    def to_speaker(self, m: Mention) -> Speaker:
        s = self.span(m)
        ante = None
        if m.antecedent is not None:
            ante = self.span(m.antecedent)
        return Speaker(text=s.text, start=s.start, end=s.end, name=m.name, kind=m.kind, role=m.role, antecedent=ante)
