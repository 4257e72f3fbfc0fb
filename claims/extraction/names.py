"""People's names and roles as the document gives them: "Satterfield" -> "David Satterfield",
"Israeli Foreign Minister Gabi Ashkenazi" -> role "Israeli Foreign Minister"."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Iterable

from spacy.attrs import DEP, LOWER, POS
from spacy.symbols import PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..words import (AGENT_NOUNS, ANONYMOUS_NOUNS, COMPANY_ENDINGS, GENERATIONS, HONORIFIC_GENDER, HONORIFICS, KIN_NOUNS, MEDIA_OUTLETS, ORG_NOUNS, PARTY_WORDS,
                     ONE_PERSON_NOUNS, ROLE_ABBREVIATIONS, ROLE_MODIFIERS, ROLE_WORDS, TITLE_ABBREVIATIONS)
from .arrays import tokens_where
from .nounphrases import NounPhrases, strip_possessive

GIVEN_NAMES = Path(__file__).resolve().parent.parent / "given_names.tsv"


@cache
def _given_names() -> dict[str, tuple[str, float]]:
    """given name -> (gender, share of its people of that gender), from claims/given_names.tsv."""
    with GIVEN_NAMES.open(encoding="utf-8") as f:
        rows = (line.rstrip("\n").split("\t") for line in f if not line.startswith("#"))
        return {name: (gender, float(share)) for name, gender, share in rows}


def surname_key(doc: Doc, start: int, end: int) -> str:
    """The word a person's name is known by alone, in lower case: its last, or the one before a
    generation ("Vladimir Guerrero Jr." is "Guerrero")."""
    if end - start > 2 and doc[end - 1].lower_.rstrip(".") in GENERATIONS:
        return doc[end - 2].lower_
    return doc[end - 1].lower_


def is_given_name(word: str) -> bool:
    """Whether a word is a given name of claims/given_names.tsv ("Sylvain", "Maria")."""
    return _given_key(word) in _given_names()


def _given_key(word: str) -> str:
    """A given name as the list writes it: lower case, accents dropped ("Joël" -> "joel"), and
    a hyphenated one by its first part where the list lacks the whole ("Jean-Yves" -> "jean")."""
    low = word.lower()
    names = _given_names()
    if low in names or (low.isascii() and "-" not in low):
        return low
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", low) if not unicodedata.combining(ch))
    if plain in names:
        return plain
    first = plain.split("-")[0]
    return first if "-" in plain and first in names else low


def given_name_gender(name: str, min_share: float = 0.0) -> str | None:
    """ "f" or "m" for a person's full name whose first word is a given name that nearly always
    goes with one gender ("Maria Lopez" -> "f"; claims/given_names.tsv, training/given_names.py:
    at least 85% of its people), and at least min_share of them ("Lindsey" is 0.90, "Maria" 0.95);
    None for one word ("Grant" may be a surname), a name that goes either way ("Kim", "Jean") or
    one that opens with a title ("Judge Ana Ruiz", "Governor ...": a title is no given name)."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in ROLE_WORDS or first in HONORIFICS:
        return None
    gender, share = _given_names().get(_given_key(first.rstrip(".")), (None, 0.0))
    return gender if share >= min_share else None


def outlet_name(text: str) -> str | None:
    """text, if it names a news outlet the word list knows ("Axios", "the Post's")."""
    low = text.lower().strip()
    low = low.removesuffix("'s").removesuffix("’s")
    if low in MEDIA_OUTLETS:
        return text
    if low.startswith("the ") and low[4:] in MEDIA_OUTLETS or f"the {low}" in MEDIA_OUTLETS:
        return text
    # a known outlet's radio, television or web arm: "CBC Radio", "BBC Radio 4", "CTV Television"
    words = low.split()
    for k in range(1, min(3, len(words) - 1) + 1):
        if " ".join(words[:k]) in MEDIA_OUTLETS and words[k] in _MEDIUM_WORDS:
            return text
    # a newspaper by its masthead word: "the Herald", "the Eastport Herald", "the Houston Chronicle"
    # (in title case; a word as common as "Post" or "Star" only after "the" or a place's name)
    # (not a person's name: "Don Guardian", "Emily Post")
    name = text.strip().removesuffix("'s").removesuffix("’s").split()
    the = bool(name) and name[0].lower() == "the"
    if the:
        name = name[1:]
    if (1 <= len(name) <= 4 and name[-1].lower() in _MASTHEAD_WORDS and all(w[:1].isupper() for w in name)
            and (the or len(name) > 1 and name[0].lower() not in _given_names()) and " ".join(name).lower() not in _NOT_MASTHEADS):
        return text
    return None


# bodies whose name ends in a masthead word and that print no news: the postal services
_NOT_MASTHEADS = frozenset({"canada post", "royal mail", "australia post", "new zealand post", "swiss post", "deutsche post"})


_MEDIUM_WORDS = frozenset({"radio", "television", "tv", "online", "newsworld", "world"})
_MASTHEAD_WORDS = frozenset({"herald", "gazette", "tribune", "chronicle", "journal", "telegraph", "guardian", "observer",
                             "examiner", "courier", "inquirer", "enquirer", "dispatch", "sentinel", "times", "post", "star",
                             "globe", "sun", "mirror", "express", "citizen", "advocate", "bulletin", "register", "leader-post",
                             "star-phoenix", "star-tribune", "courant", "picayune"})


def _aged_names(doc: Doc) -> frozenset[str]:
    """The names in title case the text gives an age, between commas ("Faulk, 42, pleaded", "said
    MacLeod, 71.") or before the name ("34-year-old Darnell Price"): a person's, whatever the
    recogniser tagged them."""
    out = set()
    for tok in doc[:-3]:
        nxt, num, after = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
        if (tok.pos_ == "PROPN" and name_cased(tok.text) and nxt.text == "," and after.text in (",", ".", ";") and num.text.isdigit()
                and len(num.text) <= 3 and 0 < int(num.text) < 120):
            out.add(tok.lower_)
    for tok in (doc[i] for i in tokens_where(doc, LOWER, (_OLD,))):
        # "34-year-old Darnell Price" (tagged a building): the age the name's head is given
        name = tok.head
        if (tok.dep_ == "amod" and name.pos_ == "PROPN" and name_cased(name.text) and name.i > tok.i
                and tok.i >= 2 and doc[tok.i - 2].lower_ in ("year", "years")):
            out.add(name.lower_)
    return frozenset(out)


def _name_words(doc: Doc, ent) -> SpacySpan | None:
    """An entity's words (its possessive left out) where they may be a given name and a
    surname: two or three proper nouns in title case; None otherwise."""
    words = doc[ent.start : strip_possessive(doc, ent.start, ent.end)]
    return words if 2 <= len(words) <= 3 and all(name_cased(t.text) and t.pos_ == "PROPN" for t in words) else None


def _aged_full_name(doc: Doc, ent, aged: frozenset[str]) -> bool:
    """Whether an entity is a given name and surname in title case whose surname has an age."""
    words = _name_words(doc, ent)
    return words is not None and words[-1].lower_ in aged


def _surnamed_full_name(doc: Doc, ent, surnames: frozenset[str]) -> bool:
    """Whether an entity is a given name and a surname in title case whose surname alone the
    recogniser tags a person elsewhere ("challenger Nadia Petrov" tagged ORG, then "Petrov" a
    person): a person's full name ("Morgan Stanley" has no "Stanley" who is a person)."""
    words = _name_words(doc, ent)
    return words is not None and is_given_name(words[0].text) and words[-1].text in surnames


# how words for what a person does end ("lifeguard", "assemblywoman", "billionaire", "organizer")
_TRADE_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "guard", "aire", "eer", "ant", "ent")


def title_words(doc: Doc, start: int, end: int) -> int:
    """How many tokens at the start of doc[start:end] are a title: "Mayor", "Transport Minister"."""
    i = start
    while i < end - 1 and (doc[i].is_title and (doc[i].lower_ in ROLE_WORDS or doc[i].lower_ in HONORIFICS or (
            (doc[i].lower_ in PARTY_WORDS or doc[i].lower_ in ONE_PERSON_NOUNS) and i < end - 2))
            or doc[i].is_upper and len(doc[i]) > 1 and doc[i].lower_ in ROLE_WORDS and i < end - 2):
        # ("Conservative Tom Reilly", "Retiree Frank Delgado", "MLA Greg Ottenbreit"; not "Tom
        # Green", "Baker Mayfield")
        i += 1
    if (i == start and end - start == 3 and doc[i].is_title and doc[i].is_alpha and not doc[i].is_stop and not is_given_name(doc[i].text)
            and doc[i].lower_.endswith(_TRADE_ENDINGS) and given_name_gender(doc[i + 1 : end].text) is not None):
        i += 1  # a word for what one does before a given name and a surname: "Lifeguard Jordan Mills"
    elif (i == start and end - start >= 3 and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ == "NOUN"
          and given_name_gender(doc[i + 1 : end].text) is not None):
        i += 1  # one in lower case, which no name has for a word: "said lifeguard Tyler Fung"
    if i == start:
        # a role after the place, body or portfolio it is of, in lower case ("Borough mayor
        # Marie-Andree Mauger") or in title case after words that are no given name ("Education
        # Minister Demetrios Nicolaides", which the recogniser left untagged)
        role = next((j for j in range(min(end - 2, start + 3), start, -1) if doc[j].lower_ in ROLE_WORDS
                     and (doc[j].is_lower or (doc[j].is_title and doc[j].lower_ not in ROLE_MODIFIERS and end - j > 2
                                              and not any(is_given_name(t.text) for t in doc[start:j])))
                     and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN" and all(t.is_alpha and t.is_title for t in doc[start:j])), None)
        if role is not None:
            i = role + 1
    return i - start


def _label_names(labels: Iterable[str]) -> list[list[str]]:
    """The name words (titles left out) of each transcript label in capitals (Context.labels:
    the labels that open lines before a colon): "DR. AMARA OKONKWO" -> [AMARA, OKONKWO]."""
    out = []
    for label in labels:
        words = label.split()
        if len(words) > 5 or not all(w.strip(".").replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words):
            continue
        names = [w for w in words if w.lower() not in ROLE_WORDS and w.lower() not in HONORIFICS and not w.endswith(".")]
        if names:
            out.append(names)
    return out


def _title_right_before(doc: Doc, start: int) -> str | None:
    """The words of a title right before a name, ending in a role word, where the parse hung
    them elsewhere: "Alberta Premier Danielle Smith and federal Environment Minister Julie
    Dabrusin clashed" (the parser made "Minister" a conjunct of "Smith")."""
    j = start - 1
    if j < 0 or doc[j].lower_ not in ROLE_WORDS or doc[j].lower_ in HONORIFICS or doc[j].pos_ not in ("PROPN", "NOUN"):
        return None
    k = j
    while k > 0 and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[k - 1].is_alpha and not doc[k - 1].ent_type_ == "PERSON":
        k -= 1
    if k > 0 and doc[k - 1].pos_ == "DET":
        return None  # "the federal judge Trump attacked": a description, no title
    return doc[k : j + 1].text


def as_name(word: str) -> str:
    """A word in capitals written as a name: "OKONKWO" -> "Okonkwo", "O'BRIEN" -> "O'Brien"."""
    return "-".join("'".join(p[:1].upper() + p[1:].lower() for p in part.split("'")) for part in word.split("-"))


PERSON_NOUNS = ROLE_WORDS | ANONYMOUS_NOUNS | AGENT_NOUNS  # nouns for a person
_APPOS = (get_string_id("appos"),)
_OLD = get_string_id("old")


def unrecognised_name(noun: Token, appos: Token) -> bool:
    """ "a spokeswoman, Ana Ruiz,": a name of two or more capitalised words the recogniser missed,
    in apposition to a noun for a person."""
    if (noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERSON_NOUNS or appos.pos_ != "PROPN" or appos.ent_type_
            or not name_cased(appos.text)):
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and name_cased(c.text) and c.i == appos.i - 1 for c in appos.children)


def _name_start(doc: Doc, root: int, first: int) -> int:
    """first, or the earliest of the capitalised proper nouns right before it that the parser
    joined to token root as compounds ("Ana" before "Costa")."""
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == root and doc[first - 1].pos_ == "PROPN" \
            and doc[first - 1].is_title:
        first -= 1
    return first


def _keep_form(forms: dict, best: dict, key: str, name: str, start: int, end: int) -> None:
    """Add a form of the surname key; keep it as the fullest where it has more words."""
    forms.setdefault(key, []).append((name, start, end))
    cur = best.get(key)
    if cur is None or len(name.split()) > len(cur[0].split()):
        best[key] = (name, start, end)


def _in_prose(tok: Token) -> bool:
    """Whether tok's sentence is prose, not a headline in title case: most of its words lower case."""
    words = [t for t in tok.sent if t.is_alpha]
    return sum(t.is_lower for t in words) * 2 > len(words)


def _alone_in_quotes(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is all a quotation holds, but for punctuation."""
    i, j = start - 1, end
    while j < len(doc) and doc[j].is_punct and not doc[j].is_quote:
        j += 1
    return i >= 0 and doc[i].is_quote and j < len(doc) and doc[j].is_quote


class Names:
    """Per-document, read-only: the fullest form of each surname, and each person's stated role."""

    def __init__(self, doc: Doc, nps: NounPhrases, quoted: frozenset[int], inverted_cue=None, labels: Iterable[str] = (),
                 headline_verb=None):
        self.doc = doc
        self.nps = nps
        # whether a word opening a name is a verb of saying the parser read into it ("Stated Stone:")
        self._inverted_cue = inverted_cue or (lambda word: False)
        # ... or a headline's cue verb the recogniser ran into it ("[Denounces Clinton]")
        self._headline_verb = headline_verb or (lambda word: False)
        self.forms: dict[str, list[tuple[str, int, int]]] = {}  # surname -> every full form, in text order
        self.full: dict[str, tuple[str, int, int]] = self._full_names(quoted)  # surname -> (fullest name, start, end)
        # each token of a name read as a person's by its role -> where the whole name starts ("Ana" of "Ana Costa")
        self._role_named_tokens = {i: self._first_name_token(ent) for ent in doc.ents if ent.start in self.role_named
                                   for i in range(ent.start, ent.end)}
        # every name of two or more capitalised words, whatever its entity label: a transcript's
        # "HOLT:" is the "Lester Holt" the small model tagged ORG
        self.capitalised: dict[str, str] = {}
        for ent in doc.ents:
            end = strip_possessive(doc, ent.start, ent.end)
            words = [t for t in doc[ent.start + title_words(doc, ent.start, end) : end] if not t.is_punct]
            while len(words) > 1 and self._headline_verb(words[0].text):
                words = words[1:]
            if ent.label_ in ("PERSON", "ORG") and len(words) >= 2 and all(name_cased(t.text) for t in words) and ent.start not in quoted:
                self.capitalised.setdefault(words[-1].lower_, " ".join(t.text for t in words))
        # ... and names the recogniser missed: "the mayor, Ana Ruiz," (proper nouns in a compound)
        for t in doc:
            if t.pos_ == "PROPN" and name_cased(t.text) and t.i not in quoted and t.lower_ not in self.capitalised:
                first = _name_start(doc, t.i, t.i)
                first += title_words(doc, first, t.i + 1)
                if first < t.i:
                    self.capitalised[t.lower_] = doc[first : t.i + 1].text
        # ... and a transcript's labels in capitals ("DR. AMARA OKONKWO:"): the surname's name,
        # written as a name is ("Amara Okonkwo"), for "OKONKWO:" and a later "Okonkwo"
        self.labelled: dict[str, str] = {}
        for words in _label_names(labels):
            if len(words) >= 2:
                self.labelled.setdefault(words[-1].lower(), " ".join(as_name(w) for w in words))
        for surname, name in self.labelled.items():
            self.capitalised.setdefault(surname, name)
        self.roles: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent.start not in quoted:
                role = self._role_of(ent)
                name = self.person_name(ent.start, ent.end)
                if role and name not in self.roles:
                    self.roles[name] = role
                titles = title_words(doc, ent.start, ent.end)
                if role and titles:
                    # (and under the name its mentions give, without the title the recogniser
                    # took into it: "Ian Ross" of "Sergeant Ian Ross")
                    self.roles.setdefault(self.person_name(ent.start + titles, ent.end), role)
        for name, role in [*self.role_named.values(), *self.appos_named.items(), *self.titled_named.items()]:
            self.roles.setdefault(name, role)

    def _person_by_role(self, ent: SpacySpan) -> tuple[int, str] | None:
        """(the name's first token, the role) when a name the recogniser did not call a person
        has a person's role in apposition: "Ana Costa, the health minister of Freedonia, said"
        (the small model tags "Costa" alone as ORG), or the other way round: "The health minister
        of Freedonia, Ana Costa, said" (and "Costa" as GPE)."""
        root = ent.root
        # (a product's, a place's or a work's too: "His sister, Crystal Sinclair," tagged a product)
        if ent.label_ not in _MISREAD_LABELS or root.pos_ != "PROPN" or not name_cased(root.text) or outlet_name(ent.text):
            return None
        if ent[-1].lower_.rstrip(".") in COMPANY_ENDINGS:
            return None  # "The building's owner, Harbourview Holdings Ltd., did not respond": a company
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in ROLE_WORDS:
            return self._named_after_role(ent)
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in KIN_NOUNS:
            if is_given_name(ent.text):
                return self._named_after_role(ent, given_only=True)  # "Lam's wife, Grace, said" (Grace tagged ORG)
            if 2 <= ent.end - ent.start <= 3 and is_given_name(ent[0].text) and all(name_cased(t.text) for t in ent):
                return self._named_after_role(ent)  # "his sister, Amanda Spence, said" (tagged ORG)
        if ent.label_ == "ORG":
            titled = self._titled_given_name(ent)
            if titled is not None:
                return titled
        appos = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in ROLE_WORDS), None)
        after = appos.right_edge.i + 1 if appos is not None else len(self.doc)
        # a closed apposition only: in "At Trump National Doral, the candidate boasted" the parser
        # hangs the next clause's subject on the name
        # (or the sentence's end, after its cue: "..., said Marketa Evans, the group's president and CEO.")
        closed = after < len(self.doc) and (self.doc[after].text in (",", ")", "\u2014", "\u2013", ";") or (
            self.doc[after].text in (".", "!", "?") and root.dep_ == "nsubj" and root.head.i < ent.start and self._inverted_cue(root.head.text)))
        if appos is None or not closed:
            return None
        first = self._first_name_token(ent)
        if first == ent.start and ent.end - ent.start < 2 and not self._given_name_before_elsewhere(root):
            # one word and nothing before it: "Reuters, the news agency" is not a person (but
            # "Nefzi, a chemistry professor, said", tagged a place, after "Adel Nefzi said" is)
            return None
        return first, self.nps.text(appos, drop_det=True)

    def _given_name_before_elsewhere(self, tok: Token) -> bool:
        """Whether the word tok is stands elsewhere in the text after a capitalised word the
        parser joined to it, as a surname after a given name ("Adel Nefzi said")."""
        return any(t.i != tok.i and t.text == tok.text and t.i > 0 and self.doc[t.i - 1].dep_ == "compound"
                   and self.doc[t.i - 1].head.i == t.i and self.doc[t.i - 1].pos_ == "PROPN" and name_cased(self.doc[t.i - 1].text)
                   and self.doc[t.i - 1].lower_ not in ROLE_WORDS and self.doc[t.i - 1].lower_ not in HONORIFICS for t in self.doc)

    def _titled_given_name(self, ent: SpacySpan) -> tuple[int, str] | None:
        """ "Fire information officer Karley Desrosiers said": a name the small model tagged ORG,
        of two or three capitalised words opening with a given name, right after a role noun
        that is a compound of it. (Not any ORG opening with a given name: "Fox News", "Clinton
        Foundation" and "Edison Research" do; the role before it decides.)"""
        doc = self.doc
        first = self._first_name_token(ent)  # ("Harjit" the recogniser left out of "Sandhu")
        while first < ent.start and doc[first].lower_ in ROLE_WORDS and not doc[first].text.endswith("."):
            first += 1  # (the role itself the parser joined to the name: "Defenceman Morgan Rielly")
        short = first if doc[first].lower_ in ROLE_ABBREVIATIONS and first + 1 < ent.end else None
        if short is not None:
            first += 1  # a title written short: "Montreal police Cmdr. Jean-Francois Lavoie" (tagged a body)
        words = doc[first : ent.end]
        parts = [t for t in words if not _inner_hyphen(t)]  # ("Jean-Pierre Tremblay": two words)
        if not 2 <= len(parts) <= 3 or not all(name_cased(t.text) and t.pos_ == "PROPN" for t in parts) or first == 0:
            return None
        if short is not None:
            return first, doc[short].text
        role = doc[first - 1]
        # (the tagger's proper noun for a role opening its sentence: "Defenceman Morgan Rielly said")
        if (role.pos_ not in ("NOUN", "PROPN") or role.lower_ not in ROLE_WORDS or role.dep_ != "compound" or not first <= role.head.i < ent.end
                or (given_name_gender(words.text) is None and not role.is_lower and not role.is_sent_start)):
            return None  # (a role in lower case will do: "Defence lawyer Harjit Sandhu" tagged ORG; or
            # capitalised only to open its sentence: "Defenceman Morgan Rielly said")
        return first, doc[role.left_edge.i : first].text

    def _named_after_role(self, ent: SpacySpan, given_only: bool = False) -> tuple[int, str] | None:
        """ "The health minister of Freedonia, Ana Costa, said": a name of two or more words set
        between commas after the role noun it stands in apposition to (given_only: a given name
        alone will do, after a kin noun)."""
        doc, root = self.doc, ent.root
        first = self._first_name_token(ent)
        after = root.right_edge.i + 1
        if first == ent.start and ent.end - ent.start < 2 and not given_only:
            return None
        if first < 1 or doc[first - 1].text != "," or after >= len(doc) or doc[after].text not in (",", ")", "\u2014", "\u2013", ";"):
            return None
        head = root.head
        start = head.left_edge.i
        while start < head.i and (doc[start].dep_ in ("det", "poss") or (doc[start].dep_ == "case" and doc[start].head.dep_ == "poss")):
            start += 1
        end = first - 1  # the comma before the name
        if start >= end or any(t.is_punct and t.text != "." for t in doc[start:end]):
            return None  # a role with a comma of its own inside is not read here
        return first, doc[start:end].text

    def _first_name_token(self, ent: SpacySpan) -> int:
        """The first token of a name: the entity's, or earlier capitalised proper nouns the
        parser joined to it ("Ana" before "Costa")."""
        return _name_start(self.doc, ent.root.i, ent.start)

    def is_role_named(self, tok: Token) -> bool:
        """Whether tok heads a name read as a person's by the role beside it (_person_by_role)."""
        return tok.i in self._role_named_tokens

    def name_start(self, tok: Token) -> int | None:
        """Where the whole name starts, for a token of a name read as a person's by its role."""
        return self._role_named_tokens.get(tok.i)

    def _full_names(self, quoted: frozenset[int]) -> dict[str, tuple[str, int, int]]:
        """surname -> (fullest name, token start, token end) over the PERSON entities, and over
        names given a person's role in apposition (``_person_by_role``)."""
        doc = self.doc
        best: dict[str, tuple[str, int, int]] = {}
        self.role_named: dict[int, tuple[str, str]] = {}  # entity start -> (name, role)
        aged = _aged_names(doc)
        surnames = frozenset(ent.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 1)
        roles = {ent.start: self._person_by_role(ent) for ent in doc.ents if ent.start not in quoted}
        # (a one-word name a person's role makes a person's, "Nefzi, a chemistry professor,
        # said", is as good as an age: "Adel Nefzi" tagged a body is his full name)
        one_word = {ent.start for ent in doc.ents if len(ent) == 1}
        aged |= {doc[k].lower_ for k, by_role in roles.items() if by_role is not None and k in one_word}
        self.aged = aged  # surnames the text gives an age or a person's role: a person's, whatever they were tagged
        for ent in doc.ents:
            by_role = roles.get(ent.start)
            # (a name the recogniser called a place or a body, whose surname the text gives an
            # age, "Darren Faulk's actions" tagged ORG, "Faulk, 42, pleaded guilty", or tags a
            # person alone elsewhere)
            aged_name = ent.label_ != "PERSON" and (_aged_full_name(doc, ent, aged) or _surnamed_full_name(doc, ent, surnames))
            if (ent.label_ != "PERSON" and by_role is None and not aged_name) or outlet_name(ent.text):
                continue
            start, end = ent.start, strip_possessive(doc, ent.start, ent.end)
            while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and not doc[start - 1].ent_type_
                   and start <= doc[start - 1].head.i < end and _may_be_given(doc[start - 1], end - start == 1)):
                start -= 1  # the recogniser left out the given name: "Const. Mandeep [Gill]"
            if by_role is not None:
                start = by_role[0]
                self.role_named[ent.start] = (doc[start:end].text, by_role[1])
            start = self.after_inverted_cue(start + title_words(doc, start, end), end)
            while start < end - 1 and self._headline_verb(doc[start].text):
                start += 1
            # the tagger sometimes stops short of the surname: "[Mayor Ana] Ruiz"
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].dep_ in ("nsubj", "compound", "appos", "dobj", "pobj") and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
                end += 1
            name = doc[start:end].text
            key = surname_key(doc, start, end)
            last = doc[end - 1].text
            if last.isupper() and last.isalpha() and len(last) >= 2 and not name.isupper() and last.lower() not in GENERATIONS:
                continue  # an initialism after capitalised words is a body's: "the Prince Albert RCMP" (tagged a person)
            in_quote = ent.start in quoted
            if not _alone_in_quotes(doc, ent.start, ent.end):  # a slogan: "a shirt that read ''Fascist Trump,''" names no one
                self.forms.setdefault(key, []).append((name, start, end))
            cur = best.get(key)
            if cur is None or (len(name.split()) > len(cur[0].split()) and not (in_quote and cur[1] not in quoted)):
                best[key] = (name, start, end)
        self.titled_named: dict[str, str] = {}  # name -> the title before it
        # names the recogniser missed: two or three capitalised words after a title ("Const.
        # Mandeep Mann urged ...", then "Mann said"), or whose last word the recogniser tags a
        # person alone elsewhere ("Nkechi Okafor, a former member of the board, said ...", then
        # "Ms. Okafor wrote"), or that open with a given name ("Jayson Tatum led ...")
        for i in tokens_where(doc, POS, (PROPN,)):
            tok = doc[i]
            if (i in quoted or tok.ent_type or not name_cased(tok.text) or tok.dep_ == "compound"
                    or i + 1 < len(doc) and doc[i + 1].pos == PROPN):
                continue
            start = _name_start(doc, i, i)
            if start == i and i > 0 and _given_read_as_other(doc[i - 1]) and not self._inverted_cue(doc[i - 1].text):
                start = i - 1  # "Syed Hussan, executive director of ..., said": the parser took "Syed" for a verb
            named_from = start
            start += title_words(doc, start, i + 1)
            title = doc[start - 1].lower_ if start > 0 else ""
            titled = title in ROLE_WORDS or title in ROLE_ABBREVIATIONS or title in HONORIFICS
            # (a surname the text names no one else by, in a sentence, not a headline's words in
            # title case, "Hints Trump"; the name a subject or set beside a description, not
            # "Outside Carrier's plant")
            subject = tok.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "appos" for c in tok.children)
            alone = tok.text in surnames and len((best.get(tok.lower_) or ("",))[0].split()) < 2 and _in_prose(tok) and subject
            # (or a given name before it, neither tagged: "Jayson Tatum led Boston ...", then "Tatum said")
            given = (start == i - 1 and is_given_name(doc[start].text) and not doc[start].ent_type and tok.lower_ not in best
                     and _in_prose(tok) and subject)
            if not i - 3 < start < i or not (titled or alone or given):
                continue  # (not a party's word before a headline's words: "Republican Donor Adelson")
            _keep_form(self.forms, best, tok.lower_, doc[start : i + 1].text, start, i + 1)
            if start > named_from and doc[named_from].lower_ not in HONORIFICS:
                self.titled_named.setdefault(doc[start : i + 1].text, doc[named_from:start].text)  # "Police Chief" of Ana Ruiz
        # names the recogniser missed, in apposition to a noun for a person: "a spokeswoman, Ana Ruiz,"
        self.appos_named: dict[str, str] = {}  # name -> role
        for i in tokens_where(doc, DEP, _APPOS):
            tok = doc[i]
            noun = tok.head
            while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head  # "The mayor of Eastport, Ana Ruiz,": the parser hung the name on the place
            if i in quoted or not unrecognised_name(noun, tok):
                continue
            start = _name_start(doc, i, i)
            name = doc[start : i + 1].text
            _keep_form(self.forms, best, tok.lower_, name, start, i + 1)
            self.appos_named.setdefault(name, self.nps.text(noun, drop_det=True))
        return best

    def after_inverted_cue(self, start: int, end: int) -> int:
        """start, past a verb of saying that opens the name doc[start:end] before a colon: the
        parser reads "Stated Stone:" as a name, and "Stated" is the cue."""
        doc = self.doc
        if start < end - 1 and end < len(doc) and doc[end].text == ":" and self._inverted_cue(doc[start].text):
            return start + 1
        return start

    def person_name(self, start: int, end: int) -> str:
        """The fullest name the document gives the person named by doc[start:end].

        "Clinton" -> "Hillary Clinton" when she is the Clinton the document names most fully;
        "Bill Clinton" stays himself: a name the full form does not contain is someone else.
        """
        end = strip_possessive(self.doc, start, end)
        gender = None
        if start > 0:  # ("Mrs." left out of the mention)
            gender = HONORIFIC_GENDER.get(self.doc[start - 1].lower_.rstrip("."))
        while start < end - 1 and self.doc[start].lower_ in HONORIFICS:
            gender = HONORIFIC_GENDER.get(self.doc[start].lower_.rstrip("."), gender)
            start += 1
        own = self.doc[start:end].text
        key = surname_key(self.doc, start, end)
        full = self.full.get(key)
        if end - start == 1 and (not full or full[0] == own) and key in _given_names():
            # "Margaret Doucette's daughter, Linda, said ... Linda Doucette said": a given name
            # alone is the one person the document names in full with it
            named = {name for forms in self.forms.values() for name, _, _ in forms if name.split()[0] == own and len(name.split()) > 1}
            if len(named) == 1:
                return named.pop()
        if not full or not within(own, full[0]):
            return own
        # two people share the surname ("Hillary Clinton", "Bill Clinton"): the one named last before
        others = {name for name, _, _ in self.forms.get(key, ()) if name != full[0] and within(own, name) and len(name.split()) > 1}
        if others:
            # (one the honorific fits: "Mrs. Clinton" is no "Bill Clinton" named in between)
            before = [name for name, s, _ in self.forms[key] if s < start and within(own, name) and len(name.split()) > 1
                      and given_name_gender(name) in (None, gender or given_name_gender(name))]
            return before[-1] if before else own
        return full[0]

    def known_person(self, start: int, end: int) -> bool:
        """A name the document also uses for a person ("Blinken" after "Antony Blinken";
        "HOLT" in a transcript after "Lester Holt")."""
        full = self.full.get(surname_key(self.doc, start, end))
        return full is not None and within(self.doc[start:end].text, full[0])

    def _role_of(self, ent: SpacySpan) -> str | None:
        """The title before a name or the apposition beside it, as the text gives it."""
        doc = self.doc
        root = ent.root
        # "Israeli Foreign Minister Gabi Ashkenazi", "US Secretary of State Anthony Blinken"
        i = ent.start - 1
        subtree = {t.i for t in root.subtree}
        while (i >= 0 and i in subtree and (not doc[i].is_punct or _inner_hyphen(doc[i])) and not doc[i].is_space
               and (doc[i].dep_ not in ("det", "poss", "case") or _inside_title(doc, i))
               # not a blanked dateline's spaces the parser hung on the title; a person's name
               # only where the title goes on after it ("Nova Scotia Premier", "Nova" tagged a person)
               and (doc[i].ent_type_ != "PERSON" or (doc[i].dep_ == "compound" and not doc[i + 1].ent_type_))):
            i -= 1
        first, last = i + 1, ent.start
        while first < last and doc[first].lower_ in HONORIFICS:
            first += 1  # "Dr." is part of the name's form, not a role
        while last > first and doc[last - 1].lower_ in HONORIFICS:
            last -= 1  # nor after the role: "provincial health officer Dr. Bonnie Henry"
        short = None  # a title written short ("Col.", "Fr."): an apposition says more, when there is one
        if first == last == ent.start and ent.start > 0 and doc[ent.start - 1].lower_ in ROLE_ABBREVIATIONS:
            short = doc[ent.start - 1].text  # "Const. Amy Gagnon": the parser hung the title on the verb
        if first < last:
            role = doc[first:last]
            if any(t.lower_ in ROLE_WORDS or t.pos_ == "NOUN" for t in role):
                if not all(t.text in TITLE_ABBREVIATIONS for t in role):
                    # (with the title words the recogniser put inside the name: "Detective
                    # Sergeant Ian Ross", of which it took "Sergeant Ian Ross" for the name)
                    titles = title_words(doc, ent.start, ent.end) if last == ent.start else 0
                    if titles and all(t.lower_ not in HONORIFICS for t in doc[ent.start : ent.start + titles]):
                        return doc[first : ent.start + titles].text
                    return role.text
                short = role.text
        # "Mayor Ana Ruiz": the tagger put the title inside the name
        titles = title_words(doc, ent.start, ent.end)
        if titles and not all(t.lower_ in HONORIFICS for t in doc[ent.start : ent.start + titles]):
            return doc[ent.start : ent.start + titles].text
        # "Musa Abu Marzouk, a member of the political bureau ..." (not an age: "Helen Davies, 61,")
        for child in root.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON" and child.pos_ != "NUM" and not child.like_num and not _absolute(child):
                return self._appos_text(child)
        # "US special envoy for Middle East humanitarian issues, David Satterfield, ..."
        if root.dep_ == "appos" and root.head.ent_type_ != "PERSON" and root.head.pos_ in ("NOUN", "PROPN"):
            return _title_before(root, subtree) or short
        return short or (_title_right_before(doc, ent.start) if root.dep_ in ("appos", "conj") else None)

    def appos_role(self, tok: Token) -> str | None:
        """ "Lopez, the city's mayor, said": the apposition of an unrecognised name."""
        for child in tok.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON" and child.pos_ == "NOUN" and not _absolute(child):
                return self._appos_text(child)
        return None

    def _appos_text(self, child: Token) -> str:
        """An apposition's noun phrase, its own article left out, over a word the tokenizer split
        at its hyphen ("Steve Roberts, vice-president of operations at ...": the parser made
        "vice", "-" and "president" three appositions)."""
        doc = self.doc
        start, end = self.nps.text_bounds(child, drop_det=True)
        while end + 1 < len(doc) and _inner_hyphen(doc[end]) and doc[end + 1].head == child.head:
            end = max(end + 2, self.nps.bounds(doc[end + 1])[1])
        return doc[start:end].text


# the recogniser's labels a person's name may wrongly carry, read by the role beside it
_MISREAD_LABELS = frozenset({"ORG", "GPE", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"})


def _inside_title(doc, i: int) -> bool:
    """Whether the possessive at token i is inside a capitalised title before a name ("Court of
    King's Bench Justice Allison Kuntz"), not one of whom the name is ("Ontario's Premier")."""
    if i + 1 < len(doc) and doc[i + 1].tag_ == "POS":
        return _inside_title(doc, i + 1)  # the owner's word ("King") as its mark
    return (doc[i].tag_ == "POS" and 0 < i < len(doc) - 1 and doc[i - 1].is_title and doc[i + 1].is_title
            and doc[i - 1].ent_type_ not in ("GPE", "PERSON", "NORP") and i >= 2 and doc[i - 2].lower_ == "of")


def _absolute(appos: Token) -> bool:
    """An absolute phrase the parser took for an apposition, how the one named looked, not who
    they are: "Ross, his voice breaking, apologized", "Jones, his eyes welling with tears, said"."""
    doc = appos.doc
    first = doc[appos.left_edge.i]
    after = doc[appos.i + 1] if appos.i + 1 < len(doc) else None
    return first.tag_ == "PRP$" and first.i < appos.i and (
        (appos.lower_.endswith("ing") and appos.lower_ not in ROLE_WORDS) or (after is not None and after.tag_ in ("VBG", "VBN")))


def _may_be_given(tok: Token, surname_alone: bool) -> bool:
    """Whether a capitalised word right before a name may be its given name: a given name
    ("Billie [Jean King]"), or, before a surname alone, a word in a name's case in the singular
    that is no title, role, honorific, party word or word for a body ("Mandeep [Gill]"; not
    "Senators [Rubio]", "Team [Trump]")."""
    low = tok.lower_
    if not (name_cased(tok.text) and tok.is_alpha and not tok.is_stop):
        return False
    if is_given_name(tok.text):
        return True
    return surname_alone and tok.tag_ == "NNP" and not low.endswith("s") and not (
        low in ROLE_WORDS or low in HONORIFICS or low in PARTY_WORDS or low in ONE_PERSON_NOUNS or low in ORG_NOUNS
        or low in ROLE_ABBREVIATIONS or low in AGENT_NOUNS)


def name_cased(word: str) -> bool:
    """A word in a name's case: title case ("Ruiz", "O'Brien", "Marie-Claude") or a capital and
    small letters with a capital inside ("MacLeod", "McDavid", "LeBel"), which str.istitle and
    Token.is_title do not count."""
    return word.istitle() or written_as_name(word)


def written_as_name(word: str) -> bool:
    """A word written as a name: a capital, then small letters ("Arteta", "McDavid", "DeSantis")."""
    return word.isalpha() and word[0].isupper() and word[1:2].islower()


def _given_read_as_other(tok: Token) -> bool:
    """A given name opening its sentence that the tagger read as a verb, a noun or an adjective
    ("Syed", "Will", "Grant"), before a surname."""
    return tok.is_sent_start and tok.pos_ in ("VERB", "NOUN", "ADJ") and written_as_name(tok.text) and is_given_name(tok.text)


def _inner_hyphen(tok: Token) -> bool:
    """A hyphen inside a word the tokenizer split ("Long-Term Care Minister")."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def within(own: str, name: str) -> bool:
    """Whether a mention's text is part of a full name; a name in capitals ("HOLT", a
    transcript's label) matches in any case."""
    return own in name or (own.isupper() and own.casefold() in name.casefold())


def _title_before(root: Token, subtree: set[int]) -> str | None:
    """The noun phrase a name stands in apposition to, up to the name: "US special envoy ..."."""
    head = root.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "The premier of Alberta, Danielle Smith": the role is the premier's
    toks = [t for t in head.subtree if t.i not in subtree and not (t.is_punct and t.i > head.i)]
    toks = [t for t in toks if t.i < root.i]
    # "The company's chief executive": the article belongs to "company", so it stays
    while toks and (toks[0].is_punct or toks[0].is_space or (toks[0].dep_ == "det" and toks[0].head == head)):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return root.doc[toks[0].i : toks[-1].i + 1].text if toks else None
