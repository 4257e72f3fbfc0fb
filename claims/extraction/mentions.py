"""Mentions that can speak or be pointed back to: their token span, kind and stated role.

A mention is classified here from the parse and the word lists, before any resolution:
"he" is a person pronoun, "the newspaper" a media description, "an Israeli official" an
anonymous source, "Mayor Ana Ruiz" a person with the role "Mayor".
"""

from __future__ import annotations

import re
from typing import Iterator

import attrs
from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Token

from ..records import Span
from ..words import (
    ACTIVE_SUBJECT_DEPS,
    ANONYMOUS_NOUNS,
    ANONYMOUS_PLURALS,
    ASKED_VERBS,
    COLLECTIVE_NOUNS,
    COMPANY_ENDINGS,
    DEFINITE_DETERMINERS,
    DOCUMENT_NOUNS,
    ENTITY_KINDS,
    GENDERED_NOUNS,
    HONORIFICS,
    KIN_NOUNS,
    MEDIA_NOUNS,
    MENTION_DEPS,
    ONE_PERSON_NOUNS,
    ORG_NOUNS,
    PERSONAL_PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SEATS_OF_GOVERNMENT,
    SOURCE_NOUNS,
    SPEAKER_ENTITIES,
    WH_TAGS,
    is_lead_label,
)
from .arrays import tokens_where
from .context import Context
from .cues.frame import age_noun, between_dashes, relative_antecedent
from .names import (PERSON_NOUNS, Names, as_name, given_name_gender, is_given_name, name_cased, outlet_name, title_words, unrecognised_name, within,
                    written_as_name)
from .nounphrases import NounPhrases

KIN_PERSONS = KIN_NOUNS - {"family"}  # a kin noun for one person
_MENTION_DEP_IDS = frozenset(get_string_id(dep) for dep in MENTION_DEPS)  # where a mention may stand, as hashes
_BODY_WORDS = COLLECTIVE_NOUNS | ORG_NOUNS  # common nouns the tagger may take for a name at a sentence's start
_SHARES = frozenset({"%", "percent"})
_CHAINED_PRONOUNS = frozenset({"he", "she", "they"})  # subject pronouns that are antecedents of later ones


@attrs.frozen
class Mention:
    """A noun phrase that can speak or be pointed back to (token indices, end exclusive)."""

    start: int
    end: int
    head: int
    kind: str
    name: str
    plural: bool = False
    definite: bool = False
    role: str | None = None
    antecedent: "Mention | None" = None
    # a mention in an earlier piece of a long document (start, end, head are -1): its span
    earlier: Span | None = None
    # speakers joined by "and" as one group ("Tom and Ann Hill"), each part named already
    joined: bool = False


# nouns a place of origin goes before ("A Surrey man", "a Regina teen")
_LOCALS = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "resident", "couple", "family", "senior", "youth"})
_PRONOUNS_OF = {"f": frozenset({"she", "her", "hers", "herself"}), "m": frozenset({"he", "him", "his", "himself"})}
_FIRM = 0.95  # the share of a given name's people of one gender that makes it a person's name


class Mentions:
    """Per-document, read-only: classifies mentions and lists those later ones may point to."""

    def __init__(self, ctx: Context):
        self.doc = ctx.doc
        self.quoted = ctx.quoted
        self.labels = ctx.labels
        self.nps = NounPhrases(ctx.doc)
        lex = ctx.lexicon
        self.names = Names(ctx.doc, self.nps, ctx.quoted, lambda word: lex.past_speech_lemma(word) is not None, ctx.labels,
                           lambda word: lex.headline_present(word) is not None)
        # the given names of the people the recogniser names in full ("Leo Grant"), for a given
        # name alone it takes for a body ("Leo, 70, still opens the doors")
        self.given = frozenset(e[0].lower_ for e in ctx.doc.ents if e.label_ == "PERSON" and len(e) >= 2 and e[0].is_title)
        self.verbs = lex.verb_lemmas
        # mentions a later pronoun or description may point back to, in text order
        self.antecedents: tuple[Mention, ...] = tuple(sorted(self._antecedents(), key=lambda m: m.start))

    def at(self, tok: Token) -> Mention:
        """Classify the mention headed by tok, before resolution."""
        doc = self.doc
        ent_of = self.nps.ent_of
        # "US special envoy ..., David Satterfield, estimated": the named appositive speaks; so does
        # a body's name after the noun for it ("The company building the line, Coastal Link Ltd., said")
        if ent_of.get(tok.i) is None or ent_of[tok.i].label_ != "PERSON":
            # (never a name inside a quotation: 'Reid: "Never underestimate Trump."')
            named = next((c for c in tok.children if c.dep_ == "appos" and c.i not in self.quoted and (
                c.ent_type_ == "PERSON" or self.names.is_role_named(c)
                or (tok.pos_ == "NOUN" and c.pos_ == "PROPN" and c.ent_type_ == "ORG") or unrecognised_name(tok, c))), None)
            if named is None and tok.pos_ == "NOUN":
                named = _named_after_place(tok) or _named_in_title(tok, self.quoted) or _named_in_apposition(tok, self.quoted)
            if named is None and tok.pos_ in ("PROPN", "NOUN"):
                named = _titled_name_at_end(tok, ent_of)
            if named is not None:
                tok = named
        if relative_antecedent(tok) is not None:
            return Mention(tok.i, tok.i + 1, tok.i, "unknown", tok.text)
        joined = self.nps.joined_name(tok)
        if joined is not None:  # "Immigration, Refugees and Citizenship Canada said"
            return Mention(joined[0], joined[1], tok.i, "organization", doc[joined[0] : joined[1]].text)
        start, end = self.nps.bounds(tok)
        age = next((c for c in tok.children if c.lower_ == "old" and c.dep_ == "amod" and start <= c.i < tok.i), None)
        if age is not None and all(t.pos_ == "PROPN" for t in doc[age.i + 1 : tok.i + 1]):
            start = age.i + 1  # "81-year-old Therese Bouchard" (tagged a date and a nationality): the name
        whole = self.names.name_start(tok)
        if whole is not None and whole < start:
            start = whole  # "Ana Costa", where the recogniser's name was "Costa"
        if start < tok.i:
            start = self.names.after_inverted_cue(start, end)  # "Stated Stone:": the verb is the cue
        text = doc[start:end].text
        low = tok.lower_
        plural = tok.tag_ in ("NNS", "NNPS")
        definite = doc[start].lower_ in DEFINITE_DETERMINERS
        if low in PERSONAL_PRONOUNS and tok.pos_ == "PRON":
            gender, number = PERSONAL_PRONOUNS[low]
            kind = "person" if gender in ("m", "f") or low == "i" else "unknown"
            return Mention(start, end, tok.i, kind, text, plural=number == "pl")
        if (tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and not is_given_name(doc[start].text) and any(
                c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _BODY_APPOSITIONS and c.i > tok.i
                and doc[c.left_edge.i - 1].text == "," for c in tok.children)):
            # "Inuit Tapiriit Kanatami, the national organization representing Inuit, said": a
            # body's name the recogniser took for a person's, and cut off the words before it
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
                start -= 1
            return Mention(start, end, tok.i, "organization", doc[start:end].text, definite=definite)
        outlet = outlet_name(text)
        if outlet is not None:
            return Mention(start, end, tok.i, "media", outlet)
        seat = _seat_of_government(doc, start, end)
        if seat is not None:
            # "Downing Street said", "Queen's Park said": the government or legislature there
            return Mention(seat, end, tok.i, "organization", doc[seat:end].text, definite=doc[seat].lower_ == "the")
        # a transcript's speaker label ("HOLT:", "SEN. SANDERS:"), whatever the tagger made of it
        label = tok.text.isupper() and len(tok.text) > 1 and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"
        ent = ent_of.get(tok.i)
        if ent is not None and ent.label_ == "PERSON" and (
                (tok.lower_ in ORG_NOUNS and doc[ent.start].lower_ == "the") or _company_name(doc, ent.start, ent.end)):
            # "The Art Gallery of Ontario said", "The developer, Northline Homes, says" (tagged a person)
            return Mention(start, end, tok.i, "organization", text)
        if tok.pos_ == "PROPN" or label or (tok.is_title and tok.lower_ in self.names.labelled):
            named = self._named(tok, start, end)
            # a label's surname, or a surname alone that a transcript's label named in full
            longer = self.names.capitalised.get(tok.lower_) if label else (self.names.labelled.get(tok.lower_) if end - start == 1 else None)
            if named is not None and not (longer and len(longer.split()) > len(named.name.split())):
                return named
            if longer:
                return Mention(start, end, tok.i, "person", longer)
            if label and end - start == 1 and self.labels[tok.text] >= 2 and tok.lower_ not in PERSON_NOUNS | ORG_NOUNS | MEDIA_NOUNS | COLLECTIVE_NOUNS and not is_lead_label(tok.text):
                # "KAPELOS:" opening two turns of a transcript or more: a person's surname
                return Mention(start, end, tok.i, "person", as_name(tok.text))
        if not plural and (ent is None or ent.label_ != "PERSON") and _bare_name(doc, start, end) and (
                _who_clause(tok) or (tok.i == end - 1 and tok.lower_ in self.names.aged)):
            # "Kadri, who has five goals in his last six games, said": a bare name a clause on
            # "who" opens after is a person's, whatever the recogniser tagged it (here a place);
            # not a description ("a Democrat, who") nor a body's long name; and a surname the text
            # gives an age ("said MacLeod, 71,", tagged a body; "81-year-old Therese Bouchard")
            full = self.names.capitalised.get(tok.lower_)
            return Mention(start, end, tok.i, "person", full if full and within(text, full) else text)
        if self.nps.counted_group(tok) and not plural:
            # "one Republican involved in ...": unnamed; "the Kentucky Republican": a description of someone named
            # ("One woman, whose name is protected, told the court": a person "she" may point back to)
            person = definite or tok.lemma_.lower() in GENDERED_NOUNS
            return Mention(start, end, tok.i, "person" if person else "anonymous", text, definite=definite)
        owned = _name_after_owner(doc, tok, start, end)
        if owned is not None and (ent is None or ent.label_ != "PERSON"):
            # "The Oilers' Zach Hyman", "Arsenal's Mikel Arteta" (the recogniser's ORG runs over
            # both, or takes the name for a body): a team's or a place's person, a given name first
            return Mention(start, end, tok.i, "person", self.names.person_name(owned, end))
        if ent is not None and tok.pos_ == "PROPN" and ent.label_ in ENTITY_KINDS:
            kind = ENTITY_KINDS[ent.label_]
            if kind == "organization" and end - start == 1 and tok.lower_ in self.given and tok.dep_ in ("nsubj", "nsubjpass"):
                # (a subject: not the city of "in Orlando, Florida" in a story that names an Orlando;
                # the one person named in full with it: "Tyler" -> "Tyler Bergen")
                return Mention(start, end, tok.i, "person", self.names.person_name(start, end))
            if kind == "person" or self._misread_person(tok, ent, start, end):
                return Mention(start, end, tok.i, "person", self.names.person_name(start, end), role=None)
            return Mention(start, end, tok.i, kind, text, plural=plural, definite=definite)
        if tok.pos_ == "PROPN" and ent is None and start == tok.i and tok.is_sent_start and tok.lower_ in _BODY_WORDS:
            # "Staff said ...", "Police said ...": a common noun the tagger took for a name, for
            # its capital at a sentence's start
            return _common_noun(tok, start, end, text, plural, definite)
        if tok.pos_ == "PROPN":
            if tok.lower_ in ROLE_WORDS and doc[start].pos_ == "DET" and (ent is None or ent.label_ not in ("ORG", "GPE", "NORP")):
                # "the Toronto MP": a role the tagger wrote as a name, for someone named before
                return Mention(start, end, tok.i, "person", text, definite=definite)
            if ent is None and _named_with_role_beside(doc, tok, start, end):
                # "Abba Isa Tijani, the commission's director general, welcomed ...": a name the
                # recogniser missed, a person's role in apposition
                return Mention(start, end, tok.i, "person", self.names.person_name(start, end))
            role = _role_before_name(doc, start, end) if ent is None else None
            if role is not None:
                # "Parti Québécois MNA Joël Arseneau accused ...": a role, then a name the
                # recogniser missed; the mention is the name
                return Mention(role, end, tok.i, "person", self.names.person_name(role, end), role=doc[start:role].text)
            if ent is None and (_company_name(doc, start, end) or (end - start >= 2 and tok.lower_ in ORG_NOUNS)) and all(
                    t.text[:1].isupper() for t in doc[start:end] if t.is_alpha and not t.is_stop):
                # "Enbridge Gas said ...", "The Art Gallery of Ontario said ...": a body's name the
                # recogniser missed
                return Mention(start, end, tok.i, "organization", text)
            if ent is None and _given_then_surname(doc, start, end) and not _thing_named(doc, tok, start, end):
                # "Mikel Arteta admitted ...": a name the recogniser missed, a given name first
                return Mention(start, end, tok.i, "person", self.names.person_name(start, end))
            return Mention(start, end, tok.i, "unknown", text)
        many = _one_of_many(tok) if low == "one" else None
        if many is not None:
            # "One of the hikers, who asked not to be named, told CBC News": a person, unnamed, whom
            # a later "she" may point back to (as "One woman, whose name is protected, told the
            # court"); "one of the companies" is a body, "one of the networks" an outlet
            lemma = many.lemma_.lower()
            kind = "media" if lemma in MEDIA_NOUNS else "organization" if lemma in ORG_NOUNS else "person"
            return Mention(start, end, tok.i, kind, text)
        return _common_noun(tok, start, end, text, plural, definite)

    def _named(self, tok: Token, start: int, end: int) -> Mention | None:
        """A person's name the document knows, or a title then a name ("Mayor Ana Ruiz of Eastport")."""
        doc = self.doc
        # "Mayor Ana Ruiz of Eastport": a title, then a name; the mention is the name (also where
        # the recogniser took the title into the name: "Retiree Frank Delgado")
        titles = title_words(doc, start, tok.i + 1)
        ent = self.nps.ent_of.get(tok.i)
        name_start = start + titles
        if self.names.known_person(start, end) and not (titles and self.names.known_person(name_start, end)):
            return Mention(start, end, tok.i, "person", self.names.person_name(start, end))
        # (a title before a name the document gives a person is one too, whatever the recogniser
        # tagged it: "Mr Albanese" after "Anthony Albanese", tagged NORP)
        if titles and (ent is None or ent.label_ == "PERSON" or any(doc[i].ent_type_ == "PERSON" for i in range(start, tok.i + 1))
                       or self.names.known_person(name_start, tok.i + 1)):
            return Mention(name_start, tok.i + 1, tok.i, "person", self.names.person_name(name_start, tok.i + 1),
                           role=doc[start:name_start].text if doc[start].lower_ not in HONORIFICS else None)
        return None

    def _misread_person(self, tok: Token, ent, start: int, end: int) -> bool:
        """Whether a name the recogniser called a body or a place is a person's: a given name that
        nearly always goes with one gender and a surname, the subject of a cue verb or the one a
        claim is "according to", with a person's role in apposition, a pronoun of that gender in
        its sentence or the next, or "I" quoted there ("In a statement read in court, Amanda Reyes
        described the night she learned ..." tagged ORG); no outlet's or company's name ("Fox
        Business", "Ford Motor", "Edison Research said turnout rose") and no "the" before it."""
        doc = self.doc
        gender = given_name_gender(doc[start:end].text, _FIRM) if _given_then_surname(doc, start, end) else None
        source = (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.verbs) or (
            tok.dep_ == "pobj" and tok.head.head.lower_ == "according")  # "..., according to Sylvain Charlebois, director of ..."
        if (gender is None or not source or outlet_name(doc[start:end].text)
                or doc[end - 1].lower_.rstrip(".") in COMPANY_ENDINGS or (start > 0 and doc[start - 1].lower_ in ("the", "a", "an"))):
            return False
        if _named_with_role_beside(doc, tok, start, end):
            return True  # "Rosette Pambakian, a Tinder spokeswoman, said" (tagged ORG)
        sent = tok.sent
        after = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        pronouns = _PRONOUNS_OF[gender]
        # (or "I" in the words quoted beside it: '"I signed hundreds of documents," Marc Demers
        # told the court' is a person's, where a body says "we")
        return any((t.lower_ in pronouns and t.i not in self.quoted) or (t.lower_ in ("i", "my", "me") and t.i in self.quoted)
                   for t in doc[sent.start:after] if not start <= t.i < end)

    def _antecedents(self) -> Iterator[Mention]:
        """Mentions a later pronoun or description may point back to: entities and subjects."""
        seen: set[int] = set()
        spans: set[tuple[int, int]] = set()  # an entity's: no second mention of it by an inner word ("Canada" of "The Bank of Canada")
        for ent in self.doc.ents:
            if ent.label_ in SPEAKER_ENTITIES and ent.start not in self.quoted:
                head = ent.root.head
                if ent.label_ == "PERSON" and ent.root.dep_ == "conj" and head.ent_type_ == "ORG":
                    continue  # "the National Commission for Museums and Monuments": no person "Monuments"
                if ent.label_ == "PERSON" and ent.root.dep_ == "compound" and head.lemma_.lower() in _LOCALS and any(
                        c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < ent.start for c in head.children):
                    # "A Surrey man", "a Halifax woman": a place the recogniser took for a name, no
                    # one a pronoun points back to (but "most Clinton allies ... she can use": Clinton)
                    continue
                m = self.at(ent.root)
                if m.head not in seen:
                    seen.add(m.head)
                    spans.add((m.start, m.end))
                    yield m
        for i in tokens_where(self.doc, DEP, _MENTION_DEP_IDS):
            if i in seen or i in self.quoted:
                continue
            tok = self.doc[i]
            if tok.lower_ in _CHAINED_PRONOUNS and tok.pos_ == "PRON":
                # "Lee said she was elated. She remembers when ... her sister ... She fears ...": the
                # subject pronoun of a clause is a link a later one may point back to through it (not
                # one in a relative clause: "One of the decisions they have made" resolves to nothing
                # of its own sentence)
                if tok.dep_ in ACTIVE_SUBJECT_DEPS and tok.head.dep_ not in ("relcl", "acl"):
                    seen.add(i)
                    yield self.at(tok)
                continue
            if tok.pos_ != "PROPN" and between_dashes(tok) and any(c.dep_ == tok.dep_ and c.i < tok.i for c in tok.head.children):
                continue  # "Dr. Anne Kang — no relation to the MLA — said": an aside, not a second subject
            # the tagger calls an outlet's name anything ("Axios" as ADJ): the name decides
            if tok.pos_ in ("NOUN", "PROPN") or outlet_name(tok.text) or (tok.lower_ == "one" and _one_of_many(tok) is not None):
                m = self.at(tok)
                named = tok.pos_ == "PROPN" and tok.dep_ in ACTIVE_SUBJECT_DEPS  # "The Daily Ledger obtained ..."
                # "The report, obtained by CBC News, was completed in March. It estimated ...": a
                # document that is a clause's subject is what a later "it" may be
                noun_subject = tok.pos_ == "NOUN" and tok.dep_ in ACTIVE_SUBJECT_DEPS and tok.tag_ == "NN"
                document = noun_subject and tok.lemma_.lower() in DOCUMENT_NOUNS
                # "The protester, a 22-year-old student, told CBC she ... She said ...": one person
                # the subject describes is whom a later "she" may be
                # (introduced there, an apposition saying who: not "The actress" of one named before)
                described = (noun_subject and m.definite and tok.lemma_.lower() in ONE_PERSON_NOUNS
                             and any(c.dep_ == "appos" for c in tok.children))
                if m.head in seen or (m.start, m.end) in spans:
                    continue  # "The newspaper, Haaretz,": the name it stands for, listed already
                asked = _asked_one(tok)
                if (m.kind in ("media", "anonymous", "group", "person", "organization") or named or document or described) and (
                        m.kind != "person" or tok.dep_ in ACTIVE_SUBJECT_DEPS or asked):
                    seen.update((tok.i, m.head))
                    yield m


# media nouns that are as often another trade's ("the transit agency", "the rail network")
_SHARED_MEDIA_NOUNS = frozenset({"agency", "network", "station", "site", "service", "portal", "channel"})
# the words that make them a news outlet's ("the news agency", "the state broadcaster's network")
_NEWS_WORDS = frozenset({"news", "wire", "press", "media", "television", "tv", "radio", "broadcast", "broadcasting", "cable", "state", "web", "online"})


def _of_another_trade(tok: Token) -> bool:
    """Whether a shared media noun says by a noun before it what trade it is in, and that is not
    news ("the region's transit agency", "the federal health agency"; not "the state news
    agency", nor "a conservative-leaning network")."""
    if tok.lemma_.lower() not in _SHARED_MEDIA_NOUNS:
        return False
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_alpha]
    return bool(words) and not any(w.lower_ in _NEWS_WORDS for w in words)


def _company_name(doc, start: int, end: int) -> bool:
    """Whether two words or more end as a company's name does (words.COMPANY_ENDINGS: "Enbridge
    Gas", "Northline Homes"), no given name first ("Samantha Power" is a person)."""
    return end - start >= 2 and doc[end - 1].lower_.rstrip(".") in COMPANY_ENDINGS and not is_given_name(doc[start].text)


def _named_with_role_beside(doc, tok: Token, start: int, end: int) -> bool:
    """Whether two or three capitalised proper nouns have a person's role in apposition, set off
    by a comma ("Abba Isa Tijani, the commission's director general,")."""
    if not 2 <= end - start <= 3 or not all(t.pos_ == "PROPN" and written_as_name(t.text) for t in doc[start:end]):
        return False
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and doc[c.left_edge.i - 1].text == ","
               and (c.lower_ in ROLE_WORDS or any(t.dep_ == "compound" and t.lower_ in ROLE_WORDS for t in c.lefts))
               for c in tok.children)


def _role_before_name(doc, start: int, end: int) -> int | None:
    """Where the name starts in proper nouns that end in a role word then a given name and a
    surname ("Parti Québécois MNA Joël Arseneau" -> "Joël"); None for no such role."""
    for j in range(end - 3, start - 1, -1):
        if doc[j].lower_ in ROLE_WORDS:
            return j + 1 if _given_then_surname(doc, j + 1, end) else None
    return None


def _given_then_surname(doc, start: int, end: int, owned: bool = False) -> bool:
    """Whether tokens start..end are two or three capitalised proper nouns, a given name first
    and no word of a body's or outlet's name among them ("Mikel Arteta"; not "Jordan Valley
    Authority"). The last may be a given name too where an owner's possessive says a person
    follows (owned: "The Oilers' Zach Hyman")."""
    words = doc[start:end]
    return (2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and written_as_name(t.text) for t in words) and is_given_name(words[0].text)
            and (owned or not is_given_name(words[-1].text))
            and not any(t.lower_ in ORG_NOUNS or t.lower_ in MEDIA_NOUNS or t.lower_ in ROLE_WORDS for t in words))


def _seat_of_government(doc, start: int, end: int) -> int | None:
    """Where a mention that names a seat of government starts ("Downing Street", "Queen's Park",
    "the Kremlin"; words.SEATS_OF_GOVERNMENT), with what opens it in the text; None if it names none.
    The parser may leave an owner's possessive out of the phrase: "Queen's" before "Park"."""
    for begin in (start, start - 2):
        if begin < 0 or begin >= end:
            continue
        words = doc[begin:end].text.lower()
        if words in SEATS_OF_GOVERNMENT or ("the " + words) in SEATS_OF_GOVERNMENT:
            return begin
    return None


def _name_after_owner(doc, tok: Token, start: int, end: int) -> int | None:
    """Where the name starts in a proper noun's phrase that opens with an owner's possessive
    ("The Oilers' Zach Hyman", "Toronto's Mitch Marner"), if the words after it are a given
    name then a surname (``_given_then_surname``); None otherwise."""
    if tok.pos_ != "PROPN":
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    case = next((c for c in owner.children if c.dep_ == "case"), None)
    begin = max(start, (case.i if case is not None else owner.i) + 1)
    return begin if _given_then_surname(doc, begin, end, owned=True) else None


def _asked_one(tok: Token) -> bool:
    """Whether a singular common noun is the one a verb of asking asks and names someone: a
    word for what one does ("a city forester", "the pharmacist"), not a thing."""
    lemma = tok.lemma_.lower()
    return (tok.dep_ == "dobj" and tok.head.lemma_.lower() in ASKED_VERBS and tok.tag_ == "NN"
            and (lemma in ROLE_WORDS or lemma in GENDERED_NOUNS or (len(lemma) > 4 and _AGENT_ENDING.search(lemma) is not None
                                                                    and lemma not in _THINGS)))


def _one_of_many(tok: Token) -> Token | None:
    """The plural of people or bodies "one" is one of ("one of the hikers", "one of the
    companies"; not "one of the reports", "one of the jobs"), or None. "One of them" is taken for
    one of the people named before: news writes "one of the companies" for a body."""
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and ((o.tag_ in ("NNS", "NNPS") and _people(o.lemma_.lower())) or o.lower_ in ("them", "us"))), None)


_AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|ee)$")
# words of those endings that name no one
_THINGS = frozenset({"matter", "number", "order", "letter", "paper", "center", "centre", "water", "power", "border", "corner", "chapter",
                     "quarter", "answer", "other", "offer", "manner", "layer", "meter", "poster", "register", "shelter", "tower",
                     "weather", "factor", "sector", "error", "color", "colour", "floor", "door", "motor", "mirror", "honor", "favor",
                     "labor", "rumor", "terror", "dollar", "pillar", "fee", "committee", "guarantee", "degree", "tree",
                     "computer", "printer", "sensor", "monitor", "calculator", "server", "browser", "container", "trailer", "tractor",
                     "elevator", "refrigerator", "indicator", "counter", "filter", "scanner", "charger", "helicopter"})


def _titled_name_at_end(tok: Token, ent_of) -> Token | None:
    """The person's name that ends a body's name and a title right before the verb the body's
    name is the subject of: in "Court of King's Bench Justice Lisa Marchand said" the parser
    made "Court" the subject and the judge the object of "of" ("Court of Appeal Justice Mary Lo
    said" it reads right)."""
    last = tok.right_edge
    ent = ent_of.get(last.i)
    if (last.i == tok.i or ent is None or ent.label_ != "PERSON" or ent.end != last.i + 1 or tok.dep_ not in ("nsubj", "nsubjpass")
            or tok.head.i != last.i + 1 or ent.start < 1 or tok.doc[ent.start - 1].lower_ not in ROLE_WORDS):
        return None
    # one name in title case up to the title ("The lawyer for Justice Lisa Marchand said" is the lawyer)
    if not all(t.is_title or t.lower_ in ("of", "'s", "’s", "and", "&") for t in tok.doc[tok.i : ent.start]):
        return None
    return last


def _people(lemma: str) -> bool:
    """Whether a plural's lemma names people or bodies: a noun of the word lists, or one ending
    like one who does something ("hikers", "protesters", "passengers", "economists")."""
    if lemma in DOCUMENT_NOUNS or lemma in _THINGS:
        return False
    return (lemma in SOURCE_NOUNS or lemma in GENDERED_NOUNS or lemma in KIN_NOUNS or lemma in ORG_NOUNS or lemma in MEDIA_NOUNS
            or (len(lemma) > 4 and _AGENT_ENDING.search(lemma) is not None))


def _common_noun(tok: Token, start: int, end: int, text: str, plural: bool, definite: bool) -> Mention:
    """A mention headed by a common noun: its kind from the noun's word list."""
    lemma = tok.lemma_.lower()
    if age_noun(tok):
        # "the 31-year-old", "a 67-year-old": someone named before, or someone new
        doc = tok.doc
        if start > 0 and doc[start - 1].dep_ == "det" and doc[start - 1].head.i == tok.head.i:
            start = start - 1  # ("the" hung on the verb beside it: '"...," the 31-year-old said')
        definite = doc[start].lower_ in DEFINITE_DETERMINERS
        return Mention(start, end, tok.i, "person", doc[start:end].text, definite=definite)
    if lemma in MEDIA_NOUNS and not _of_another_trade(tok):
        return Mention(start, end, tok.i, "media", text, plural=plural, definite=definite)
    if lemma in ANONYMOUS_NOUNS and not plural:
        return Mention(start, end, tok.i, "anonymous", text, definite=definite)
    if lemma in ANONYMOUS_NOUNS and plural and lemma in ANONYMOUS_PLURALS:
        return Mention(start, end, tok.i, "anonymous", text, plural=True, definite=definite)
    if lemma in ORG_NOUNS:
        return Mention(start, end, tok.i, "group" if plural else "organization", text, plural=plural, definite=definite)
    if lemma in DOCUMENT_NOUNS:
        return Mention(start, end, tok.i, "unknown", text, plural=plural, definite=definite)
    if plural or lemma in COLLECTIVE_NOUNS or lemma in _SHARES:
        # (a share of those asked are people: "42% say", "60 percent of voters said")
        return Mention(start, end, tok.i, "group", text, plural=True, definite=definite)
    if lemma in GENDERED_NOUNS and not definite:
        # "A woman who has accused ... said": someone new, whom a later "she" may point back
        # to ("the woman", "the businessman" point back to someone named, as before)
        return Mention(start, end, tok.i, "person", text)
    if lemma in ROLE_WORDS or (lemma in KIN_PERSONS and tok.doc[start].tag_ not in WH_TAGS) or any(
            t.lower_ in ROLE_WORDS and t.lower_ not in ROLE_MODIFIERS and t.pos_ in ("NOUN", "PROPN") for t in tok.doc[start:end]):
        # (and one named by whom they belong to: "The victim's sister", "her lawyer"; not "a man
        # whose mother", "What grandfather of seven"; nor a phrase whose only role word is one
        # that goes before another, "continuing political risk", "press time")
        return Mention(start, end, tok.i, "person", text, definite=definite)
    if _asked_one(tok):
        return Mention(start, end, tok.i, "person", text, definite=definite)  # "I asked a city forester how ...": someone who answers
    return Mention(start, end, tok.i, "unknown", text, plural=plural, definite=definite)


# a surname's particle glued to it ("d'Entremont", "O'Neill" is in title case already)
_PARTICLES = frozenset({"d'", "d’"})


# words for a body set beside its name that no person is called ("..., the national organization
# representing Inuit,"; not "company", "carrier", "committee", which the parser may make the head
# of a person's description: "a retired Postal Service letter carrier"; nor "agency", "network",
# which may be a news outlet's: "Xinhua, the official news agency")
_BODY_APPOSITIONS = frozenset({"organization", "organisation", "association", "federation", "society", "coalition", "alliance",
                               "charity", "nonprofit", "foundation", "institute", "movement"})


def _bare_name(doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is a surname alone, or two or three capitalised proper nouns opening
    with a given name ("Planned Parenthood, who said ..." is a body's name)."""
    words = doc[start:end]
    return (end - start <= 3
            and all(t.pos_ == "PROPN" and (name_cased(t.text) or t.text[2:3].isupper() and t.lower_[:2] in _PARTICLES) for t in words)
            and (end - start == 1 or given_name_gender(words.text) is not None))


def _thing_named(doc, tok: Token, start: int, end: int) -> bool:
    """Whether a name that opens with a given name is a body's or a place's: a relative clause on
    "which" hangs on it, or its first words are a place the recogniser names elsewhere ("Nova
    Scotia Health, which runs the hospital, said": no Nova)."""
    if any(c.dep_ == "relcl" and c.left_edge.lower_ == "which" for c in tok.children):
        return True
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
    return any(doc[start:k].text in places for k in range(start + 1, end))


def _who_clause(tok: Token) -> bool:
    """Whether a relative clause on "who", "whom" or "whose" hangs on tok, its verb in the
    singular ("Kadri, who has ..."; not "such as Planned Parenthood, who are backing ...")."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom", "whose") and not _plural_verb(c) for c in tok.children)


def _plural_verb(verb: Token) -> bool:
    """Whether a clause's verb, or its first auxiliary, agrees with a plural subject."""
    first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), verb)
    return first.tag_ == "VBP" or first.lower_ == "were"


def _named_after_place(noun: Token) -> Token | None:
    """ "The premier of Alberta, Danielle Smith, said": the parser hung the name on the place or
    body the role is of; the name speaks. So where the role is of a person ("A spokesperson for
    Health Minister Adriana LaGrange, Andrea Smith, said": one name set off after another's is
    no description of it)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ == "PERSON" and any(
                        t.text == "," and t.i < pobj.i and not t.ent_type_ for t in pobj.subtree) and noun.i + 1 == prep.i:
                    # "The owner of the bakery, 54-year-old Luc Gagnon, said": the parser made the
                    # name set off after the place the preposition's object
                    return pobj
                if pobj.dep_ == "pobj" and pobj.ent_type_ != "":
                    name = next((c for c in pobj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
                    if name is not None:
                        return name
    return None


def _named_in_apposition(tok: Token, quoted) -> Token | None:
    """The name a description in apposition gives by "named" or "called": "The lead plaintiff, a
    Hamilton retiree named Doug Kerr, said" -> "Kerr"."""
    for c in tok.children:
        if c.dep_ != "appos" or c.pos_ != "NOUN" or c.i in quoted:
            continue
        for v in c.children:
            if v.dep_ == "acl" and v.lower_ in ("named", "called"):
                name = next((o for o in v.children if o.dep_ in ("oprd", "dobj", "attr") and o.ent_type_ == "PERSON" and o.i not in quoted), None)
                if name is not None:
                    return name
    return None


def _named_in_title(tok: Token, quoted) -> Token | None:
    """The name that a title in apposition to tok carries: "Its author, the historian Allan
    Lichtman, said" (the parser hangs the name on "historian", and "historian" on "author")."""
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i not in quoted:
            name = next((n for n in c.children if n.dep_ == "appos" and n.ent_type_ == "PERSON" and n.i not in quoted), None)
            if name is not None:
                return name
    return None
