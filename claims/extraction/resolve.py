"""Speaker resolution: what each speaker mention refers to within the document.

Deliberately simple and explainable: a pronoun or description points back to the nearest
earlier compatible mention outside quoted material; surnames point to the fullest form of the
name the document uses ("Satterfield" -> "David Satterfield"); descriptions of a person ("the
top US diplomat") match the role the document gave someone earlier; "the newspaper" is the
last outlet named.

Claims are resolved in text order, and a resolved pronoun speaker becomes a mention that later
pronouns may point back to: in 'Shelter is also a problem, he added. "...," he added', the
second "he" follows the first, not the subject "Shelter". That discourse state lives inside one
call of ``resolve_sources`` and nowhere else, but for what one piece of a long document leaves
to the next (``Discourse``: its last mentions, resolved, and the full names and roles it gave),
so that a pronoun or a bare surname at the start of a piece still finds who it names.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator
import attrs

from ..records import Earlier, Named, Span, Speaker
from ..words import (ACTIVE_SUBJECT_DEPS, ASKED_VERBS, COMPANY_ENDINGS, DOCUMENT_NOUNS, HONORIFIC_GENDER, MEDIA_NOUNS, ORG_NOUNS, PERSON_GENDER, ONE_PERSON_NOUNS, PERSONAL_PRONOUNS, ROLE_ABBREVIATIONS, ROLE_HEAD_SYNONYMS, ROLE_SYNONYMS,
                     PARTY_WORDS, ROLE_WORDS, TRADE_NOUNS)
from .context import Context
from .cues import SourceLink
from .cues.frame import age_noun, document_author, partitive_antecedent, relative_antecedent
from .mentions import Mention, Mentions
from .names import given_name_gender, outlet_name, surname_key, within
from .ranges import whole_characters

Skip = tuple[tuple[int, int], ...]  # the content a speaker speaks, as token ranges: never its antecedent
KEEP_REFERENTS = 32  # mentions one piece leaves to the next
KEEP_NAMES = 512  # full names (and roles) one piece leaves to the next, the latest named

# words for a news outlet that as often name a public body ("the agency")
_EITHER_TRADE = frozenset({"agency"})
_AUTHOR_PRONOUNS = frozenset({"he", "she", "they", "it"})
# entity labels of a time or an amount, which no pronoun of a speaker stands for (not a share or
# a count: "42% said", "the two said")
_TIMES_AND_AMOUNTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY"})
# what opens a clause of time or cause whose subject a later "the company" may be
_TIME_MARKS = frozenset({"after", "when", "because", "since", "as", "before", "once"})


@attrs.frozen
class Referent:
    """A mention in an earlier piece that a later one may point back to, resolved there."""

    span: Earlier
    name: str
    kind: str
    plural: bool
    role: str | None
    subject: bool
    sentence: int  # where its sentence starts, in the same offsets as span

    def moved(self, by: int) -> "Referent":
        return attrs.evolve(self, span=self.span.shifted(by), sentence=self.sentence + by)


@attrs.frozen
class Discourse:
    """What earlier pieces of a document leave for the next: the last mentions, in text order,
    and the fullest name of each surname and each person's role, as named there. Offsets count
    from the start of the piece about to be read."""

    referents: tuple[Referent, ...] = ()
    names: tuple[tuple[str, str, Earlier], ...] = ()  # (surname, fullest name, where it is named)
    roles: tuple[tuple[str, str], ...] = ()  # (name, role)

    def moved(self, by: int) -> "Discourse":
        """The same, its offsets counted from ``by`` characters later (the next piece's start)."""
        return Discourse(tuple(r.moved(by) for r in self.referents),
                         tuple((key, name, span.shifted(by)) for key, name, span in self.names), self.roles)


@attrs.frozen
class Sources:
    """Who a claim's cue names, resolved: the speaker and the outer sources, innermost first."""

    speaker: Speaker | None
    links: tuple[tuple[Speaker, str], ...] = ()


@attrs.frozen
class Wanted:
    """What the speakers stage is asked to resolve for one claim (token indices)."""

    speaker: int | None
    addressee: int | None
    content: tuple[int, int] | None  # the claim's content as a token range
    links: tuple[SourceLink, ...]
    cue: tuple[int, int] | None = None  # the claim's cue as a token range


def resolve_sources(ctx: Context, mentions: Mentions, wanted: list[Wanted]) -> list[Sources]:
    """Resolve each claim's speaker, addressee and outer sources, claims in text order.

    A speaker token has one referent, whichever of its claims asks: none of the content it
    speaks is its antecedent ('While saying that he does respect Mrs. Clinton, he continued to
    express doubts ...': "he" is not Clinton, for either claim).
    """
    return _resolve(_Coreference(ctx, mentions), wanted)


def resolve_in_piece(ctx: Context, mentions: Mentions, wanted: list[Wanted], before: Discourse) -> tuple[list[Sources], Discourse]:
    """resolve_sources for one piece of a long document: what the earlier pieces left may be
    pointed back to; returns, beside the sources, what this piece leaves for the next (offsets
    still this piece's)."""
    coref = _Coreference(ctx, mentions, before)
    return _resolve(coref, wanted), coref.after()


def _resolve(coref: "_Coreference", wanted: list[Wanted]) -> list[Sources]:
    spoken: dict[int, set[tuple[int, int]]] = {}
    for w in wanted:
        if w.speaker is not None and w.content is not None:
            spoken.setdefault(w.speaker, set()).add(w.content)
    skips = {tok: tuple(sorted(ranges)) for tok, ranges in spoken.items()}
    coref.spoken = skips
    out = []
    for w in wanted:
        own = skips.get(w.speaker, ()) + ((w.cue,) if w.cue is not None else ())
        speaker = coref.speaker(w.speaker, own) if w.speaker is not None else None
        if speaker is not None and w.addressee is not None:
            # "he told him": the one addressed is not the one speaking
            addressee = coref.mention(w.addressee, avoid=speaker.name)
            speaker = attrs.evolve(speaker, addressee=Named(**attrs.asdict(coref.span(addressee)), name=addressee.name))
        links = []
        body = coref.spoken_for(w.speaker, wanted) if w.speaker is not None and not w.links else None
        if body is not None:
            # "Health Canada says it is working on ... A spokesperson said ...": the body's spokesperson
            links.append((coref.speaker(body, skips.get(body, ())), "on_behalf_of"))
        for link in w.links:
            skip = skips.get(link.token, ())
            if link.media_only and (coref.mention(link.token, skip).kind != "media" or _no_outlet_in_particular(coref.doc[link.token])):
                continue
            links.append((coref.speaker(link.token, skip), link.relation))
        out.append(Sources(speaker, tuple(links)))
    return out


_LOOSE_ENDS = frozenset({"ADP", "DET", "CCONJ", "PART", "PUNCT", "SPACE"})


def _subject_joined_before(tok):
    """The subject before tok of the same verb that holds the "and" joining them, where the
    parser gave the verb two subjects and no conjunct ("[Latour] and editor [Tucker] said")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i > tok.head.i:
        return None  # (not one after its verb: '..., said Christine Link')
    # (a word of a hyphenated noun the parser made a subject of its own is none: "her co - authors")
    before = [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i < tok.i and c.is_alpha and c.i < tok.left_edge.i]
    if len(before) != 1 or not any(c.dep_ == "cc" and c.lower_ == "and" and c.i > before[0].i for c in before[0].children):
        return None
    return before[0]


def _where_based(tok) -> bool:
    """Whether a word is of "<Place>-based" ("Ottawa", "-", "based" in "The Ottawa-based company")."""
    doc = tok.doc
    based = next((doc[k] for k in range(tok.i, tok.i + 4) if k < len(doc) and doc[k].lower_ == "based"), None)
    return based is not None and based.i >= 2 and doc[based.i - 1].text == "-" and (doc[based.i - 2].is_title or doc[based.i - 2].is_upper)


def _holds_office(role_words: list[str], noun: str) -> bool:
    """Whether a role (its words) names the office a description's noun does ("senator" for "the
    senator", "Crown attorney" for "a Crown prosecutor")."""
    role = " ".join(role_words)
    return noun in role_words or any(re.search(rf"\b{re.escape(phrase)}\b", role) for phrase in ROLE_HEAD_SYNONYMS.get(noun, ()))


def _in_relative_clause(verb, nouns) -> bool:
    """Whether a verb is in a relative clause or a participle phrase on one of the nouns
    ("VandeHei, who stepped down last week, and Roy Schwartz"; "Groups representing colleges
    and universities, local governments and ..."; not "a group of rabbis called for a boycott,
    and the league")."""
    return any(c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBG") for n in nouns for c in n.children
               if c.pos_ in ("VERB", "AUX") and (c.i == verb.i or c.is_ancestor(verb)))


def _one_of_titles(tok) -> bool:
    """Whether a word joined by "and" is a bare title or description, with no determiner (or,
    after the first, "a") and no name ("GOP presidential contender and former neurosurgeon Ben
    Carson", "The delegate and conservative activist"): one person's, not a second speaker."""
    if tok.tag_ not in ("NN", "NNP") or tok.ent_type_ in ("PERSON", "ORG"):
        return False
    if tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return True  # after a name, "a" says who that is: "Steve Bell, senior director ..., and a Republican"
    return (tok.tag_ == "NN" or tok.lower_ in ROLE_WORDS) and tok.ent_type_ not in ("GPE", "NORP") and not any(
        c.dep_ in ("det", "poss") for c in tok.children)


def _no_outlet_in_particular(noun) -> bool:
    """A bare plural of a media noun, none named: "Speaking to broadcasters, Starmer said" spoke
    to no outlet one could name in a chain (not "told the newspaper", not "told CBC")."""
    return noun.tag_ == "NNS" and not noun.ent_type_ and not any(c.dep_ in ("det", "poss", "compound") for c in noun.lefts)


class _Coreference:
    """One document's resolution state: the antecedent list (growing as pronoun speakers are
    resolved) and a memo of resolved mentions keyed by head, skipped ranges and avoided name."""

    def __init__(self, ctx: Context, mentions: Mentions, before: Discourse | None = None):
        self.ctx = ctx
        self.doc = ctx.doc
        self.mentions = mentions
        self.names = mentions.names
        self.candidates: list[Mention] = list(mentions.antecedents)
        self._starts = [c.start for c in self.candidates]
        self._resolved: dict[tuple[int, Skip, str | None], Mention] = {}
        self.before = before or Discourse()
        self._earlier_names = {key: (name, span) for key, name, span in self.before.names}
        self._earlier_roles = dict(self.before.roles)
        self._gender = _genders(ctx.text)
        self.spoken: dict[int, Skip] = {}  # a speaker's head -> the content it speaks (set by _resolve)

    def _compatible(self, mention: Mention, cand: Mention, min_share: float = 0.0) -> bool:
        if cand.head >= 0 and self.doc[cand.head].ent_type_ in _TIMES_AND_AMOUNTS:
            return False  # "Over the last seven years, ... they said": no time nor amount speaks
        pronoun = self.doc[mention.head].lower_
        person = mention.kind == "person" and pronoun in PERSONAL_PRONOUNS
        if person and self._is_document(cand):
            return False  # "Sanders's latest plan" speaks for Sanders, but "she" is not the plan
        target = self.resolved(cand) if person else cand
        gender = PERSONAL_PRONOUNS[pronoun][0] if person else None
        other = self.doc[cand.head].lower_ if cand.head >= 0 and not cand.joined and self.doc[cand.head].pos_ == "PRON" else None
        if other in PERSONAL_PRONOUNS and PERSONAL_PRONOUNS[other] != PERSONAL_PRONOUNS[pronoun]:
            return False  # "He was joined by IIyse Hogue. She said": she is not he, whoever he is
        if gender in ("m", "f"):
            # "Mr. Trump ... Ms. Nwanguma ... she": not Trump; "Maria Lopez interviewed Donald
            # Trump. He ...": not Maria Lopez (an honorific first, then the given name, a prior
            # the caller may weaken to names more of one gender than min_share)
            words = target.name.split()
            known = (self._gender.get(words[-1].lower()) or PERSON_GENDER.get(words[-1].lower())) if words else None  # ("her husband")
            if known is None and target.head >= 0 and self.doc[target.head].pos_ == "NOUN":
                known = PERSON_GENDER.get(self.doc[target.head].lemma_.lower())  # "a man in the gallery"
            if known is None and target.head >= 0:
                # "whose husband, Luc, was ...": the noun the name stands beside
                tok = self.doc[target.head]
                beside = [tok.head] if tok.dep_ == "appos" else [c for c in tok.children if c.dep_ == "appos"]
                known = next((PERSON_GENDER[b.lemma_.lower()] for b in beside if b.pos_ == "NOUN" and b.lemma_.lower() in PERSON_GENDER), None)
            if (known or given_name_gender(target.name, min_share) or gender) != gender:
                return False
        if pronoun == "it" and target.kind == "unknown" and not cand.plural and self._is_document(cand):
            return True  # "The report ... It estimated ..."
        if person and self._one_person(target):
            return True  # "The protester ... told CBC she suffered a concussion. She said ...": no one named is her
        return _agrees(pronoun, person, target.kind, cand.plural)

    def _one_person(self, m: Mention) -> bool:
        """Whether a mention is a description of one person no name was found for ("the
        protester", "the teen"; words.ONE_PERSON_NOUNS)."""
        return (m.definite and m.kind == "unknown" and not m.plural and m.head >= 0
                and self.doc[m.head].lemma_.lower() in ONE_PERSON_NOUNS)

    def _is_document(self, m: Mention) -> bool:
        return m.head >= 0 and self.doc[m.head].pos_ == "NOUN" and self.doc[m.head].lemma_.lower() in DOCUMENT_NOUNS

    def _role(self, name: str) -> str | None:
        return self.names.roles.get(name) or self._earlier_roles.get(name)

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
        # the words that tell which one ("the prime minister" is not the foreign minister)
        # (not a party or a nationality, "the Republican senator", which a role seldom states)
        which = {t.lower_ for t in self.doc[mention.start : mention.head]
                 if t.dep_ in ("amod", "compound") and t.head.i == mention.head and t.is_alpha and t.ent_type_ != "NORP"
                 and "-" not in (self.doc[t.i - 1].text, self.doc[min(t.i + 1, len(self.doc) - 1)].text)} - _ANY_ROLE
        # and the place after it: "the senator from Massachusetts" is no senator from Vermont
        which |= {t.lower_ for p in self.doc[mention.head].rights if p.dep_ == "prep" and p.lower_ == "from"
                  for t in p.subtree if t.i != p.i and t.is_alpha and t.pos_ == "PROPN"}
        for cand in reversed([c for c in self.candidates if c.start < mention.start]):
            target = self.resolved(cand)
            if target.kind != "person":
                continue
            role = self._stated_role(target)
            if not role:
                continue
            if wanted and any(w in role for w in wanted):
                return cand
            if not wanted and _holds_office(role.split(), head) and which <= set(_ROLE_WORD.findall(role)):
                return cand
        return None

    def _stated_role(self, m: Mention) -> str:
        """The role the text gives a person's mention, in lower case, abbreviated titles written
        out ("Gov. Greg Abbott" is the governor, "Coun. Priya Raman" the councillor); the mention's
        own title where the recogniser left it out of the name; "" for none."""
        role = (self._role(m.name) or m.role or "").lower()
        return " ".join(ROLE_ABBREVIATIONS.get(w, w) for w in role.split())

    def resolved(self, mention: Mention, skip: Skip = (), avoid: str | None = None) -> Mention:
        """The mention with name, kind and antecedent filled in from what it refers to.

        Mentions inside ``skip`` (token ranges: the content the mention speaks) are never
        antecedents: in "Shelter is also a problem, he added", he is not Shelter. A pronoun
        never resolves to the name ``avoid`` (the speaker, for the one it addresses).
        """
        if mention.antecedent is not None or mention.earlier is not None or mention.joined:
            return mention  # resolved already: a pronoun speaker later ones may point back to, or an earlier piece's
        # a speaker is never what it speaks of, also where it is reached as a later pronoun's
        # antecedent: in '... the 17 million Kazakh population ..., he says. "...," he said' the
        # first "he" is not "Kazakh"
        skip = skip or self.spoken.get(mention.head, ())
        key = (mention.head, skip, avoid)
        cached = self._resolved.get(key)
        if cached is not None:
            return cached
        self._resolved[key] = mention  # guards against cycles
        target = self._target(mention, skip, avoid)
        result = mention
        if target is not None:
            t = self.resolved(target)
            # "the newspaper" is an outlet whatever the tagger made of the name it points to (not
            # "the agency" that is "the region's transit agency";
            # nor "the agency" that is "Alberta Health Services": a word for a news agency or a
            # public one takes the kind of the name it points to)
            lemma = self.doc[mention.head].lemma_.lower() if mention.head >= 0 else ""
            same_trade = target.kind != "media" and target.head >= 0 and self.doc[target.head].lemma_.lower() == lemma
            kind = "media" if mention.kind == "media" and not same_trade and lemma not in _EITHER_TRADE else t.kind
            # a pronoun reached through another ("She said ... She fears") has that one's antecedent:
            # the mention that names whom both mean
            through = t.antecedent is not None and target.head >= 0 and self.doc[target.head].pos_ == "PRON"
            result = attrs.evolve(mention, name=t.name, kind=kind, plural=t.plural, antecedent=t.antecedent if through else target)
        elif mention.kind == "person":
            surname = surname_key(self.doc, mention.start, mention.end)
            full = self.names.full.get(surname)
            earlier = self._earlier_names.get(surname)
            if earlier is not None and within(mention.name, earlier[0]) and (full is None or len(earlier[0].split()) > len(full[0].split())):
                # "Satterfield" in a later piece of the document that named "David Satterfield"
                ante = Mention(-1, -1, -1, "person", earlier[0], earlier=earlier[1])
                result = attrs.evolve(mention, name=earlier[0], antecedent=ante)
            elif full and (full[1], full[2]) != (mention.start, mention.end) and full[1] < mention.start:
                ante = Mention(full[1], full[2], full[2] - 1, "person", full[0])
                result = attrs.evolve(mention, antecedent=ante)
        if result.kind in ("person", "unknown"):
            role = self._role(result.name) or mention.role or self.names.appos_role(self.doc[mention.head])
            result = attrs.evolve(result, role=role)
        self._resolved[key] = result
        return result

    def _target(self, mention: Mention, skip: Skip, avoid: str | None) -> Mention | None:
        """The earlier mention this one points back to, if it is a pronoun or a description."""
        low = self.doc[mention.head].lower_
        tok = self.doc[mention.head]
        antecedent = relative_antecedent(tok) or partitive_antecedent(tok)
        if antecedent is not None:
            # "Mr. Sanders, who said ...": the noun the relative clause hangs on
            return self.mentions.at(antecedent)
        partitive = tok.lower_ in _PARTITIVES and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        if partitive or (mention.kind in ("organization", "unknown") and tok.pos_ == "NOUN"):
            # "One of them, the David Suzuki Foundation, said", "Quebec's language watchdog, the
            # Office quebecois de la langue francaise, says": the one named beside it
            # (a name the parser read as common words, "the Office quebecois de la langue francaise")
            named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ != "NORP" and c.lower_ not in PARTY_WORDS
                          and (c.pos_ == "PROPN" or any(t.ent_type_ == "ORG" for t in c.subtree))), None)
            if (named is not None and self.doc[named.left_edge.i - 1].text == ","
                    and not any(c.dep_ == "conj" for c in named.children)):  # (one name, not a list: "(Sanders, Clinton or Trump)")
                return self.mentions.at(named)
        if mention.kind in ("organization", "unknown") and (tok.pos_ == "PROPN" or tok.text.isupper()) and mention.end - mention.start <= 2:
            short = self._shortened(mention, skip)
            if short is not None:
                return short  # "CUPE" -> "the Canadian Union of Public Employees"; "The Fed"
        if mention.kind == "person" and mention.end - mention.start <= 2 and tok.pos_ == "PROPN":
            company = self._company_by_first_words(mention, skip)
            if company is not None:
                return company  # "Rogers Communications Inc. reported ... Rogers said": the company, no Mr. Rogers
        if low in PERSONAL_PRONOUNS and tok.pos_ == "PRON":
            if low == "i" and mention.head not in self.ctx.quoted:
                return self._byline()  # "I've learned that supply alone ...": the column's author
            if low in ("i", "we", "you"):
                return None
            found = self._nearest(self._before(mention, skip), mention, avoid) or self._nearest_earlier(mention, avoid)
            if found is None:
                # "Lindsey Graham ... He said": a given name is a prior, not the document's word; with
                # no one else to point to, the pronoun tells what a name that goes either way at
                # times did not ("Lindsey" 0.90 of its people women, "Kelly" 0.89; "Maria" 0.95 holds)
                found = self._nearest(self._before(mention, skip), mention, avoid, min_share=_FIRM_GIVEN_NAME)
            if found is None or found.head < 0 or not self._is_subject(found) or self._sentences_between(found, mention):
                # (found.head < 0: a mention of an earlier piece of a long document)
                # "In Louisville, Ms. Nwanguma was shocked by the reaction, she said": with no one
                # of the sentence before to be her, she is the one her own words name first
                found = self._subject_spoken(mention, skip, avoid) or found
            return found
        if mention.definite and mention.kind == "media" and self._is_description(mention):
            # "The region's transit agency says ... the agency had identified": the one of its trade
            # the text named before, not a newspaper
            same = next((c for c in self._before(mention, skip) if c.kind != "media" and c.end - c.start > mention.end - mention.start
                         and self.doc[c.head].lemma_.lower() == tok.lemma_.lower()), None)
            if same is not None:
                return same
            target = next((c for c in self._before(mention, skip) if self.resolved(c).kind == "media" and not self._is_description(c)), None)
            if target is None:  # an outlet the word list does not know: the last organisation named
                target = next((c for c in self._before(mention, skip) if c.kind in ("organization", "unknown") and self.doc[c.head].pos_ == "PROPN"
                               and self.doc[c.head].ent_type_ not in ("GPE", "LOC", "NORP")), None)  # (not a country)
            if target is None:  # the outlet named in an earlier piece
                target = next((_earlier(r) for r in reversed(self.before.referents) if r.kind == "media"), None)
            return target
        if mention.definite and mention.kind in ("organization", "unknown") and self.doc[mention.start].lower_ == "the":
            # "the health authority" -> "the Saskatchewan Health Authority": a name that ends in
            # the description's words (whatever the noun: "The regional district" -> "the Central
            # Okanagan Regional District")
            ending = self._name_ending_in(mention, skip)
            if ending is not None:
                return ending
        if mention.definite and mention.kind == "organization" and self.doc[mention.start].lower_ == "the":
            # ("the health authority" too: a description's common words before its noun)
            if low in _ORG_DESCRIPTIONS and mention.end == mention.head + 1 and all(
                    (t.pos_ in ("NOUN", "ADJ", "PROPN") and t.is_lower) or _where_based(t) or t.lower_ == "crown" or t.text == "-"
                    for t in self.doc[mention.start + 1 : mention.head]):
                # (a place it is based in too: "The Ottawa-based company"; "The Crown
                # corporation", a body the state owns; a word in pieces, "the e-commerce company")
                named = self._named_organization(mention, skip)
                if named is not None or mention.end - mention.start == 2:
                    return named
            if tok.lemma_.lower() in MEDIA_NOUNS and self._is_description(mention):
                # (a description, not a name: "The Saskatchewan Public Safety Agency said" is its own)
                # "the FBI's investigation - a probe the law enforcement agency said was ongoing": an
                # agency of another trade than news (mentions._of_another_trade), the last body
                # named in its sentence or the one before
                return next((c for c in self._close_before(mention, skip) if self._named_body(c)), None)
        if self._is_document(mention) and not mention.plural:
            # "Auditor General Bonnie Lysyk's report said": the document of someone the text names
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")), None)
            if owner is not None and self.mentions.at(owner).kind in ("person", "organization", "media"):
                return self.mentions.at(owner)
        if mention.definite and mention.end - mention.start == 2 and self._is_document(mention) and not mention.plural:
            # "the statement said" -> whoever an earlier statement was from ("In a statement, Nova
            # Scotia Health said ...")
            # (or whoever its own phrase says it is from: "The letter, signed by X, says")
            own = document_author(self.doc[mention.head])
            author = own.i if own is not None else _author_of_earlier(self.doc, mention.head, self.ctx.lexicon.speech_verbs)
            return self.mentions.at(self.doc[author]) if author is not None else None
        if self._one_person(mention):
            # "the teen", "the singer": the person just named, as for an age; no role looked up
            # across the story (in a list of actors, "The actress" is the one of her paragraph);
            # where none is named, such a description stays no person a pronoun may point back to
            return self._named_person_before(mention, skip) or self._named_person_after(mention, skip)
        if mention.definite and mention.kind in ("anonymous", "person"):
            # "the top US diplomat" names a role; "the source" an earlier unnamed source
            target = self._by_role(mention, synonyms_only=True)
            if target is None and mention.kind == "anonymous":
                target = next((c for c in self._before(mention, skip) if c.kind == "anonymous" and not c.definite), None)
            if target is None:
                target = self._by_role(mention)
            if target is None and mention.kind == "person":
                target = self._named_person_before(mention, skip) or self._named_person_after(mention, skip)
            return target
        if (not mention.definite and mention.kind in ("unknown", "person") and tok.lower_ in ROLE_WORDS and mention.end - mention.start <= 2
                and self.ctx.sent_index(mention.head) == 0 and not self._ends_sentence(mention)):
            return self._named_below_headline(mention)  # "Steelworks closure 'a hammer blow' for town, says MP"
        if (self.doc[mention.start].lower_ in ("a", "an") and tok.ent_type_ != "PERSON"
                and ((mention.kind == "person" and tok.pos_ == "NOUN") or tok.lower_ in ROLE_WORDS)):
            return self._named_person_after(mention, skip)  # "A former chief executive told the court ..."
        if self.doc[mention.start].lower_ in ("its", "their") and tok.lower_ in ROLE_WORDS and mention.kind == "person":
            # "... the most in its 40-year history, its executive director says." then "Laurie
            # O'Connor said ...": the one the next paragraph names (no one named before)
            return self._named_person_after(mention, skip)
        first = self.doc[mention.start]
        if (first.dep_ == "poss" and first.head.i == tok.i and first.pos_ == "PROPN" and first.ent_type_ != "PERSON"
                and tok.lower_ in ROLE_WORDS and mention.kind == "person"):
            # "Winnipeg's police chief is defending ..." then "Chief Gene Bowers said": the one of
            # that role named before it, or else after it (a place's or a body's role: not
            # "Trump's campaign manager", who is not Trump)
            return self._named_person_before(mention, skip) or self._named_person_after(mention, skip)
        return None

    def _shortened(self, mention: Mention, skip: Skip) -> Mention | None:
        """The body named before whose name a one-word name shortens: its initials ("CUPE", "the
        RCMP": "the Canadian Union of Public Employees", "Royal Canadian Mounted Police"; the
        words "of", "and", "the", "for" left out), the short name the text gives it in brackets, or,
        three letters or more in title case, the start of its first word ("The Fed": "The Federal
        Reserve"), the nearest such one."""
        word = self.doc[mention.head].text
        if self.doc[mention.head].ent_type_ in ("PERSON", "GPE", "NORP") or not word.isalpha():
            return None
        acronym = word.isupper() and 2 <= len(word) <= 6
        clipped = word.istitle() and len(word) >= 3
        if not (acronym or clipped):
            return None
        for c in self._before(mention, skip):
            if not self._named_body(c) or c.end - c.start < 2:
                continue
            tok = self.doc[c.head]
            bracket = next((a.i - 1 for a in tok.children if a.dep_ == "appos" and a.text == word and self.doc[a.i - 1].text == "("), None)
            if bracket is not None:
                # the short name given in brackets after it: "... Co-operation and Development (OECD)"
                # (the name without them: "a California Department of Transportation (Caltrans) sign")
                if c.start < bracket < c.end:
                    first = c.start + (self.doc[c.start].lower_ in ("a", "an"))
                    c = attrs.evolve(c, start=first, end=bracket, name=self.doc[first:bracket].text)
                return c
            words = [t.text for t in self.doc[c.start : c.end] if t.is_alpha and t.lower_ not in _NOT_INITIALS]
            if len(words) < 2 or not all(w[0].isupper() for w in words):
                continue
            if (acronym and "".join(w[0] for w in words) == word) or (
                    clipped and words[0] != word and words[0].startswith(word) and len(words) == 2):
                return c
        return None

    def _named_body(self, c: Mention) -> bool:
        """Whether a mention is a body the recogniser names (an ORG proper noun, an organisation's),
        or one it missed that ends as a company's name does ("Enbridge Gas", words.COMPANY_ENDINGS)."""
        tok = self.doc[c.head]
        return tok.pos_ == "PROPN" and c.kind == "organization" and (
            tok.ent_type_ == "ORG" or (not tok.ent_type_ and tok.lower_.rstrip(".") in COMPANY_ENDINGS))

    def _company_by_first_words(self, mention: Mention, skip: Skip) -> Mention | None:
        """The company named before whose name opens with this name of one or two words, the
        recogniser's person ("Rogers Communications Inc." ... "Rogers said"; "Nebula Forge Studios"
        ... "Nebula Forge said"), where the text names no person of that surname in full ("Ford
        Motor Co." and "Premier Doug Ford": he is Ford) and the name ends as a company's does
        (words.COMPANY_ENDINGS: "Inc.", "Ltd.", "Studios"; not "the Trump Train", "Obama Education")."""
        words = [t.text for t in self.doc[mention.start : mention.end]]
        person = self.names.full.get(surname_key(self.doc, mention.start, mention.end))
        if (person is not None and len(person[0].split()) > len(words)) or not all(w.istitle() for w in words):
            return None
        for c in self._before(mention, skip):
            if not self._named_body(c):
                continue
            name = [t for t in self.doc[c.start : c.end] if not t.is_punct and t.lower_ != "the"]
            if (len(name) > len(words) and [t.text for t in name[: len(words)]] == words and name[0].ent_type_ == "ORG"
                    and all(t.text[0].isupper() for t in name) and name[-1].lower_.rstrip(".") in COMPANY_ENDINGS):
                return c
        return None

    def spoken_for(self, tok_i: int, wanted: list[Wanted]) -> int | None:
        """The body an unnamed spokesperson speaks for, where the text does not say ("A
        spokesperson said the department expects ..."): the one body that speaks in the sentence
        right before (a paragraph break between, as news writes it, or not); None where a phrase
        says whose ("a spokesperson for the city"), or no body spoke there."""
        tok = self.doc[tok_i]
        # (nothing on the noun but its article: "A Treasury spokesman", "a company spokeswoman" say whose)
        if tok.lemma_.lower() not in _SPOKES or [c.lower_ for c in tok.children if not c.is_punct] not in (["a"], ["an"]):
            return None
        k = self.ctx.sent_index(tok_i)
        if k == 0:
            return None
        before = self.ctx.sents[k - 1]
        bodies = {w.speaker for w in wanted if w.speaker is not None and before.start <= w.speaker < before.end
                  and self.mention(w.speaker).kind == "organization"}
        return bodies.pop() if len(bodies) == 1 else None

    def _named_below_headline(self, mention: Mention) -> Mention | None:
        """The one person the story below a headline gives the office the headline names without
        a name ("..., says MP" -> "Local MP Sarah Whitfield called the closure ..."); none where
        the story gives it to two people or to none."""
        head = self.doc[mention.head].lower_
        found: dict[str, Mention] = {}
        for c in self.candidates:
            if c.start < mention.end or c.kind != "person" or self.doc[c.head].ent_type_ != "PERSON":
                continue
            role = self._stated_role(c)
            if role and _holds_office(role.split(), head):
                found.setdefault(c.name, c)
        return next(iter(found.values())) if len(found) == 1 else None

    def _byline(self) -> Mention | None:
        """The author a byline near the top names ("By Leilani Farha", "By Priya Sharma, Staff
        Reporter": a line of its own in the first _BYLINE_REACH characters, "By" then a person's
        name), whom "I" outside quotation marks is; None without one."""
        m = _BYLINE.search(self.ctx.text[: _BYLINE_REACH])
        if m is None:
            return None
        span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is None or not any(t.ent_type_ == "PERSON" for t in span):
            return None
        return next((c for c in self.candidates if span.start <= c.head < span.end and c.kind == "person"), None)

    def _named_person_after(self, mention: Mention, skip: Skip) -> Mention | None:
        """A description that brings a person into a story before the story names them: "The former
        chief executive of Voyager told a court on Monday ..." then, opening the next paragraph,
        "Stephen Ehrlich, 57, is accused ...". Only where no person is named before the
        description, the name is the subject of the next paragraph's first sentence, and no role
        or gender the text gives that person says otherwise."""
        if any(e.label_ == "PERSON" and e.start < mention.start for e in self.doc.ents):
            return None
        para = self.ctx.next_paragraph(self.doc[mention.head].idx)
        if para is None:
            return None
        first = self.ctx.sent_of_char(para[0])
        if first is None:
            return None
        head = self.doc[mention.head]
        for c in self.candidates:
            if c.start < first.start or any(a <= c.head < b for a, b in skip):
                continue
            if c.start >= first.end:
                return None
            tok = self.doc[c.head]
            # (a person's name, whatever the recogniser tagged it: '"...," Marc Demers told the
            # court', "Marc Demers" tagged ORG)
            if tok.pos_ != "PROPN" or c.kind != "person" or tok.ent_type_ not in ("PERSON", "ORG", ""):
                continue
            if not self._is_subject(c) or len(c.name.split()) < 2:
                return None
            role = (self._role(c.name) or "").lower()
            # (and the names in the description are in the role: "a U.S. District Court judge" is no
            # "Circuit Court Judge David McKeague")
            named = {t.lower_ for t in self.doc[mention.start : mention.head]
                     if (t.pos_ == "PROPN" or t.dep_ == "compound") and t.is_alpha and t.ent_type_ not in ("GPE", "NORP", "LOC")}
            role_words = _ROLE_WORD.findall(role)
            # (a role that is a title alone, "Justice", names no court the description could contradict)
            of_what = {w for w in role_words if w not in ROLE_WORDS and w not in ("of", "the", "for", "and")}
            if role and (not _holds_office(role_words, head.lower_) or (of_what and not named <= set(role_words))):
                return None
            if not role and self._someone_else_brought_in(mention):
                return None  # (a name with the role of the description is that one: "Justice Karen Lee")
            return c if self._gender_fits(head, c.name) else None
        return None

    def _someone_else_brought_in(self, mention: Mention) -> bool:
        """Whether the description's sentence brings in another person the next name may be: "A
        34-year-old man accused of killing his partner planned the attack, a Crown prosecutor
        told a jury" (then "Derek Hollis has pleaded not guilty", the man, not the prosecutor)."""
        sent = self.ctx.sent_of_token(mention.head)
        for tok in self.doc[sent.start : sent.end]:
            if tok.i == mention.head or tok.pos_ != "NOUN" or tok.tag_ != "NN":
                continue
            if not (age_noun(tok) or tok.lemma_.lower() in PERSON_GENDER):
                continue
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            if det is not None and det.lower_ in ("a", "an"):
                return True
        return False

    def _gender_fits(self, noun, name: str) -> bool:
        """Whether a person's name may be the one a description's noun names: no gender the noun
        gives ("the woman", "her mother") that the name's given name says otherwise."""
        gender = PERSON_GENDER.get(noun.lemma_.lower())
        return gender is None or (given_name_gender(name) or gender) == gender

    def _close_before(self, mention: Mention, skip: Skip) -> Iterator[Mention]:
        """The mentions before this one in its sentence or the one before, nearest first (what a
        description may mean: _named_organization, _named_person_before). For an age ('Cote ...
        "He was limp. He wasn't eating," the 31-year-old said'), a quotation's sentences count as
        one with the cue's: the sentence before is Cote's. For a role, only where no quotation
        nor verb of speech stands in the sentence before ('Craig Berube didn't mince words. "We're
        not good enough. That's it," the coach said.'; in '"That would be you?" Borger asked.
        "That would be me. I think so," the senator said.' the one asking is no senator.)"""
        k = own = self.ctx.sent_index(mention.head)
        sents, quoted = self.ctx.sents, self.ctx.quoted
        while k > 0 and sents[k].start in quoted and sents[k].start - 1 in quoted:
            k -= 1  # a sentence that opens inside a quotation: back to the one the quotation opens
        if not age_noun(self.doc[mention.head]) and k > 0 and any(
                i in quoted or (self.doc[i].pos_ == "VERB" and self.doc[i].lemma_.lower() in self.ctx.lexicon.speech_verbs)
                for i in range(sents[k - 1].start, sents[k - 1].end)):
            k = own  # (for a role, only where no one speaks in the sentence before it)
        floor = sents[max(0, k - 1)].start
        for c in self._before(mention, skip):
            if c.start < floor:
                return
            yield c

    def _named_person_before(self, mention: Mention, skip: Skip) -> Mention | None:
        """ "the former secretary of State" -> the person named as the subject of its sentence or
        the one before ("Hillary Clinton went on offense ... The former secretary of State began
        her speech"), one the text gives no role (with a role, _by_role decides: "the mayor" is no
        "Police Chief Ana Ruiz") and no other gender; none where no person named there is such a
        subject (the ones named in passing are not looked at), where a name stands right after
        the description, or after a turn to someone else ("Meanwhile, ...")."""
        sent = self.ctx.sent_of_token(mention.head)
        head = self.doc[mention.head]
        if any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in head.subtree) or any(
                t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and self.doc[t.i - 1].text == "," for t in self.doc[mention.end : sent.end]):
            return None  # "the American ambassador at the time, John E. Herbst": named right there
        if self.doc[sent.start].lower_ in _SHIFTS:
            return None  # "Meanwhile, the current GOP nominee ...": someone else's turn
        if head.lemma_.lower() in _PARTIES_TO_AN_EVENT:
            return None  # "John Smith shot Mary Jones. The victim told police ...": not the subject
        for c in self._close_before(mention, skip):
            tok = self.doc[c.head]
            if tok.pos_ != "PROPN" or (tok.ent_type_ != "PERSON" and c.kind != "person"):
                continue  # (a person's name the recogniser missed, "Mikel Arteta admitted", is one too)
            target = self.resolved(c)
            if target.kind != "person" or not (self._is_subject(c) and self._main_clause(c)) or len(target.name.split()) < 2:
                if c.start >= sent.start:
                    return None  # "In Sen. Jeff Sessions' column, the Republican from Alabama ...": the one just named
                continue
            role = self._role(target.name) or self._role_of_surname(target.name)
            words = _ROLE_WORD.findall(role.lower())
            if not age_noun(head) and role and not (head.lemma_.lower() in ONE_PERSON_NOUNS and (
                    _holds_office(words, head.lower_) or words[-1:] and words[-1] in _ACCOLADES)):
                # (an honour says no trade: "Olympic champion Penny Oleksiak ... The swimmer said")
                # (a trade the role names is theirs: "actress Ana Lima ... The actress said"; an
                # office is _by_role's: "The prime minister" is no "Foreign Affairs Minister")
                # (an age names no office: "Olympic swimmer Tara Nolan ... The 29-year-old said")
                return None  # a role the text gives (_by_role found it no match): "the prime minister" is no foreign minister
            return c if self._gender_fits(head, target.name) else None
        return None

    def _role_of_surname(self, name: str) -> str:
        """The role the text gives a person whose full name ends in name, case aside ("De Blasio":
        "Mayor Bill de Blasio"), or ""."""
        low = name.lower()
        return next((role for full, role in self.names.roles.items() if full.lower() == low or full.lower().endswith(" " + low)), "")

    def _name_ending_in(self, mention: Mention, skip: Skip) -> Mention | None:
        """The organisation named last whose name ends in the words of a description after its
        "the" ("the health authority": "the Saskatchewan Health Authority", "the budget office":
        "the Congressional Budget Office"), a longer name than the description's; not a headline's
        words in title case ("... Named By Police")."""
        words = [t.text for t in self.doc[mention.start + 1 : mention.end]]
        if len(words) < 2 or not all(w.isalpha() and w.islower() for w in words):
            return None  # (one word, "the party", "the court", names too many; a name is no description)
        for c in self._before(mention, skip):
            if not self._named_body(c) or not self._ends_sentence(c):
                continue
            name = [t.lower_ for t in self.doc[c.start : c.end] if not t.is_punct]
            if name[-len(words):] == words and len(name) > len(words) + (name[0] == "the"):
                return c
        return None

    def _named_organization(self, mention: Mention, skip: Skip) -> Mention | None:
        """ "the company" -> the organisation named last in its sentence or the one before,
        where that name is the subject of a main clause ("Aldridge Semiconductor cut its forecast
        ... The company also said"); none where the last one named is not (an analyst's firm named
        in passing, "an analyst at Harmon Securities"), nor one named further back ("Forbes put his
        net worth at $45 billion. But he is not on Bloomberg's own list. The company says ...":
        which one the story means is not sure). A body whose own name ends in the description's
        noun is that one wherever it stands there ("The Rail Workers Union and Northern Rail
        reached a deal", "a nurse at St. Paul's Hospital ... The hospital said"), and further back
        where none is named close ("... The railway said ... The union said")."""
        noun = self.doc[mention.head].lower_
        described = {t.lower_ for t in self.doc[mention.start : mention.head] if t.pos_ == "NOUN"}

        def ends_in_noun(c: Mention) -> bool:
            # (or whose head is that noun: "the Mohawk Council of Akwesasne" for "the council")
            return ((self.doc[c.end - 1].lower_ == noun or self.doc[c.head].lower_ == noun) and self._ends_sentence(c)
                    and self.resolved(c).kind == "organization")

        def of_another_kind(c: Mention) -> bool:
            # "The Air Line Pilots Association ... The airline said": a body its own name calls
            # something else is not the one the description means
            # (a word for any body, "the group", "the charity", may be any)
            # (but one whose name holds the description's own words is it: "Horizon Health
            # Network ... the health authority said")
            last = self.doc[c.end - 1].lower_
            return (noun not in _ANY_BODY and last != noun and (last in _ORG_DESCRIPTIONS or last in ORG_NOUNS)
                    and not (described and described <= {t.lower_ for t in self.doc[c.start : c.end]}))

        close = [c for c in self._close_before(mention, skip) if self._named_body(c) and not of_another_kind(c)]
        same = next((c for c in close if ends_in_noun(c)), None)
        if same is not None:
            return same
        if not close or noun in _NAMED_BY_NOUN:
            # (a department, a ministry, a court: a body its own name calls so, even with another
            # named close by: "the Department of Natural Resources ... Efficiency Nova Scotia,
            # which runs a separate program, said ... The department said")
            for c in self._before(mention, skip):
                if self._named_body(c) and ends_in_noun(c):
                    return c
                if self.doc[c.head].pos_ == "NOUN" and self.doc[c.head].lower_ == noun:
                    # "the trade group for the Blue Cross plans ... the group wrote": that one, and
                    # the body it names if it names one ("the department said ... The department")
                    named = self.resolved(c) if noun in _NAMED_BY_NOUN else c
                    return named.antecedent if named.antecedent is not None and named.kind == "organization" else None
            if not close:
                return None
        c = close[0]
        tok = self.doc[c.head]
        # (or the subject's owner: "Harlow Pharmaceuticals shares fell 12 percent", "Shares of
        # Shopify Inc. rose ... after the e-commerce company reported ..."; or a subject's
        # conjunct: "Northern Rail and its union reached a deal")
        of = tok.dep_ == "pobj" and tok.head.lower_ == "of"
        whose = tok.head.head if of else tok.head
        owner = (of or tok.dep_ in ("compound", "poss")) and whose.dep_ in ACTIVE_SUBJECT_DEPS and whose.head.dep_ == "ROOT"
        lead = attrs.evolve(c, head=tok.head.i) if tok.dep_ == "conj" and tok.head.dep_ in ACTIVE_SUBJECT_DEPS else c
        named = ((self._is_subject(lead) and (self._main_clause(lead) or self._time_clause(lead))) or owner) and self._ends_sentence(c)
        return c if named and self.resolved(c).kind == "organization" else None

    def _time_clause(self, m: Mention) -> bool:
        """Whether the mention is the subject of a clause of time or cause on the main verb: "Hundreds
        of travellers were stranded after BC Ferries cancelled sailings" (the company that did it)."""
        verb = self.doc[m.head].head
        return verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children)

    def _ends_sentence(self, c: Mention) -> bool:
        """Whether the sentence of a mention ends as a sentence does (a headline has no stop:
        "Chipmaker warns of weaker demand, shares slide")."""
        sent = self.ctx.sent_of_token(c.head)
        last = next((t for t in reversed(self.doc[sent.start : sent.end]) if not t.is_space), None)
        return last is not None and last.text in _SENTENCE_ENDS

    def _before(self, mention: Mention, skip: Skip) -> Iterator[Mention]:
        """The mentions before this one that it may point back to, nearest first."""
        for k in range(bisect.bisect_left(self._starts, mention.start) - 1, -1, -1):
            c = self.candidates[k]
            if c.end <= mention.start and c.head != mention.head and not any(a <= c.head < b for a, b in skip):
                yield c

    def _is_description(self, mention: Mention) -> bool:
        """Whether an outlet's mention only describes it ("the newspaper"), naming none ("the
        IRNA news agency" names one: a proper noun before the head that is no nationality)."""
        doc = self.doc
        return (doc[mention.head].lemma_.lower() in MEDIA_NOUNS and outlet_name(doc[mention.start : mention.end].text) is None
                and not any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") for t in doc[mention.start : mention.head]))

    def _nearest(self, before: Iterator[Mention], mention: Mention, avoid: str | None, min_share: float = 0.0) -> Mention | None:
        """Nearest compatible earlier mention, preferring a subject in that mention's sentence.

        In the pronoun's own sentence or the closest one before it that has a compatible
        mention, the last subject wins, else the last compatible mention; the object of a
        preposition on a verb in the pronoun's own sentence only where the sentence before has
        no compatible mention.
        """
        nearest = None
        sent_start = None
        subject = None
        k = self.ctx.sent_index(mention.head)
        own_sentence, sentence_before = self.ctx.sents[k].start, self.ctx.sents[max(0, k - 1)].start
        oblique = None  # "In a statement posted on Telegram, it called ...": the embassy before, not Telegram
        asked = None  # "Conroy asked Sanders whether ... "Sure it is," he said.": the one asked answers
        for c in before:
            if nearest is not None and c.start < sent_start:
                break
            if oblique is not None and c.start < sentence_before:
                break
            if not self._compatible(mention, c, min_share) or (avoid is not None and self.resolved(c).name == avoid):
                continue
            if c.start >= own_sentence and self._in_fronted_participle(c, mention):
                continue
            if nearest is None and c.start >= own_sentence and self._adjunct(c):
                oblique = oblique or c
                continue
            if nearest is None:
                nearest = c
                sent_start = self.ctx.sent_of_token(c.head).start
            if asked is None and c.start < own_sentence and self._asked(c):
                asked = c
            if self._is_subject(c):
                # the subject of the sentence itself before one of a clause inside it: in
                # "Jean-Pierre told reporters that Biden stands ready. ..., she declined", she
                # is Jean-Pierre
                subject = subject or c
                if self._main_clause(c):
                    subject = c
                    break
        if asked is not None and (subject is None or self.doc[asked.head].head.i == self.doc[subject.head].head.i):
            return asked  # (also where the one asking cannot be it: "She asked Sanders about ... He started")
        return subject or nearest or oblique

    def _sentences_between(self, c: Mention, mention: Mention) -> bool:
        """Whether a sentence of the writer's own lies between two mentions (not one that opens
        inside a quotation: the quotation's speaker is as near as the sentence before it)."""
        sents, quoted = self.ctx.sents, self.ctx.quoted
        return any(sents[k].start not in quoted for k in range(self.ctx.sent_index(c.head) + 1, self.ctx.sent_index(mention.head)))

    def _subject_spoken(self, mention: Mention, skip: Skip, avoid: str | None) -> Mention | None:
        """The subject of the main clause of what a pronoun speaker says before it in its own
        sentence, where that is someone the pronoun may be (a person, not inside quotation marks)."""
        k = self.ctx.sent_index(mention.head)
        for a, b in skip:
            if b > mention.start or self.ctx.sent_index(a) != k:
                continue
            for c in self.candidates:
                tok = self.doc[c.head]
                if not a <= c.head < b or tok.dep_ not in ACTIVE_SUBJECT_DEPS or c.head in self.ctx.quoted:
                    continue
                verb = tok.head
                if a <= verb.head.i < b and verb.head.i != verb.i:
                    continue  # the subject of a clause inside what is said, not of what is said
                target = self.resolved(c)
                if target.kind == "person" and self._compatible(mention, c) and (avoid is None or target.name != avoid):
                    return c
        return None

    def _asked(self, m: Mention) -> bool:
        """Whether the mention is the one a verb of asking asks ("asked Sanders whether ...")."""
        tok = self.doc[m.head]
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ASKED_VERBS

    def _nearest_earlier(self, mention: Mention, avoid: str | None) -> Mention | None:
        """_nearest over what earlier pieces left: for a pronoun with nothing to point back to in
        its own piece (it opens the piece)."""
        low = self.doc[mention.head].lower_
        person = mention.kind == "person"
        nearest = None
        for r in reversed(self.before.referents):
            if nearest is not None and r.sentence != nearest.sentence:
                break
            if not _agrees(low, person, r.kind, r.plural) or (avoid is not None and r.name == avoid):
                continue
            nearest = nearest or r
            if r.subject:
                return _earlier(r)
        return _earlier(nearest) if nearest is not None else None

    def after(self) -> Discourse:
        """What this piece leaves for the next: its last mentions, resolved, after the earlier
        pieces' ones; full names and roles, this piece's over the earlier ones."""
        mine = []
        for c in self.candidates[-KEEP_REFERENTS:]:
            r = self.resolved(c)
            span = self.span(c)
            mine.append(Referent(Earlier(span.text, span.start, span.end), r.name, r.kind, r.plural, r.role, self._is_subject(c),
                                 self.ctx.sent_of_token(c.head).start_char))
        names = dict(self._earlier_names)
        for key, (name, start, end) in self.names.full.items():
            span = self.span(Mention(start, end, end - 1, "person", name))
            names.pop(key, None)
            names[key] = (name, Earlier(span.text, span.start, span.end))
        roles = {**self._earlier_roles, **self.names.roles}
        return Discourse((*self.before.referents, *mine)[-KEEP_REFERENTS:],
                         tuple((key, name, span) for key, (name, span) in names.items())[-KEEP_NAMES:],
                         tuple(roles.items())[-KEEP_NAMES:])

    def _adjunct(self, m: Mention) -> bool:
        """Whether the mention is the object of a preposition that modifies a verb ("posted on
        Telegram", "after meeting with Mr. Trump"), not a noun ("the challenge for Mrs. Clinton")."""
        tok = self.doc[m.head]
        return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX")

    def _in_fronted_participle(self, c: Mention, mention: Mention) -> bool:
        """Whether c lies in a participle clause that opens the sentence and whose subject is
        the pronoun: "Pressed on whether Biden would act, she declined to say" (she was pressed;
        Biden is whom she was asked about), "Asked about Trump, he said ..."."""
        pronoun = self.doc[mention.head]
        for a in self.doc[c.head].ancestors:
            if a.dep_ == "advcl" and a.tag_ == "VBN" and a.head.i == pronoun.head.i and pronoun.dep_ in ACTIVE_SUBJECT_DEPS:
                return a.left_edge.i == self.ctx.sent_of_token(a.i).start and not any(x.dep_ in ACTIVE_SUBJECT_DEPS for x in a.children)
        return False

    def _main_clause(self, m: Mention) -> bool:
        """Whether the mention is the subject of its sentence's main verb (or a verb joined to it)."""
        verb = self.doc[m.head]
        verb = verb.head.head if verb.dep_ == "appos" else verb.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def _is_subject(self, m: Mention) -> bool:
        tok = self.doc[m.head]
        if tok.dep_ == "appos":
            tok = tok.head
        return tok.dep_ in ACTIVE_SUBJECT_DEPS

    def mention(self, tok_i: int, skip: Skip = (), avoid: str | None = None) -> Mention:
        return self.resolved(self.mentions.at(self.doc[tok_i]), skip, avoid)

    def speaker(self, tok_i: int, skip: Skip = ()) -> Speaker:
        """The Speaker record for the mention headed by token tok_i; a resolved one becomes a
        mention later pronouns may point back to."""
        m = self.mention(tok_i, skip)
        # a phrase that runs on into the claim's own cue or content ends before it: "the candidate
        # [boasted of] his negotiating skills" (the tagger's cue in a clause on the speaker's noun)
        cut = min((a for a, b in skip if m.head < a < m.end), default=None)
        if cut is not None:
            while cut - 1 > m.head and self.doc[cut - 1].pos_ in _LOOSE_ENDS:
                cut -= 1  # (nor a word that only led into it: "Some of", "those in")
            whole = self.doc[m.start : m.end].text
            m = attrs.evolve(m, end=cut, name=self.doc[m.start : cut].text if m.name == whole else m.name)
        # ... and starts after one before it: '"...," Said Comey' (an inverted cue the tagger ran in)
        begin = max((b for a, b in skip if m.start < b <= m.head and a <= m.start), default=None)
        if begin is not None:
            while begin < m.head and self.doc[begin].pos_ in ("PUNCT", "SPACE", "CCONJ"):
                begin += 1
            whole = self.doc[m.start : m.end].text
            m = attrs.evolve(m, start=begin, name=self.doc[begin : m.end].text if m.name == whole else m.name)
        if m.antecedent is not None and all(c.head != m.head for c in self.candidates):
            k = bisect.bisect_right(self._starts, m.start)  # after mentions starting at the same token, as a stable sort puts it
            self.candidates.insert(k, m)
            self._starts.insert(k, m.start)
        joined = self._joined(self.doc[tok_i], m, skip)
        if joined is not None and all(not c.joined or c.head != m.head for c in self.candidates):
            # "Tom and Ann Hill said ... They added": what a later "they" may point back to
            k = bisect.bisect_right(self._starts, joined.start)
            self.candidates.insert(k, joined)
            self._starts.insert(k, joined.start)
        return self.to_speaker(joined or m)

    def _joined(self, tok, m: Mention, skip: Skip) -> Mention | None:
        """The speakers joined to tok by "and", with m (tok's own mention), as one group mention:
        "Residents Tom and Ann Hill said" (not "Tom"), "Ruiz, Lee and Park said", "She and her
        aides said" -> "Hillary Clinton and her aides" (each named as it resolves); None where
        nothing is joined, or where the joining is inside one name ("Smith & Wesson said")."""
        parts = []
        cur = tok
        while (nxt := next((c for c in cur.children if c.dep_ == "conj" and c.i > cur.i), None)) is not None:
            parts.append(nxt)
            cur = nxt
        if not parts:
            first = _subject_joined_before(tok)
            if first is None or any(a <= first.i < b for a, b in skip):
                return None
            # "Publisher Almar Latour and editor Emma Tucker said": the parser made both subjects
            # of the verb, the "and" on the first; the group is the first's and this one's
            m0 = self.mention(first.i, skip)
            if m0.kind not in ("person", "organization") or m.kind not in ("person", "organization", "group") or m0.end > m.start:
                return None
            gap = self.doc[m0.end : m.start]
            if len(gap) > 4 or any(t.lower_ in ("of", ",", "from", "at") or t.pos_ in ("VERB", "AUX") for t in gap):
                return None  # ("Stephen S. Cohen and J. Bradford DeLong of the University ..."): only "and" between, a party in brackets
            return Mention(m0.start, m.end, m.head, "group", f"{m0.name} and {m.name}", plural=True, joined=True)
        joiners = {c.lower_ for p in (tok, *parts) for c in p.children if c.dep_ == "cc"}
        if not joiners or not joiners <= {"and", "&"} or any(p.pos_ not in ("NOUN", "PROPN", "PRON") or p.i in self.ctx.quoted
                                                              or any(a <= p.i < b for a, b in skip) for p in parts):
            return None
        joined = [self.mention(p.i, skip) for p in parts]
        end = joined[-1].end
        if (joined[0].start < m.end or any(j.kind == "unknown" and self.doc[j.head].pos_ != "PROPN" for j in joined)
                or tok.i < tok.head.i < end or any(_one_of_titles(p) for p in (tok, *parts))
                or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and not _in_relative_clause(t, (tok, *parts))
                       for t in self.doc[m.end : joined[0].start])):
            # (not one person's titles, "GOP contender and former neurosurgeon Ben Carson", nor
            # words the parser joined across a clause: "Tension flared ..., with ... and Sanders")
            return None
        first = m.name
        if m.end - m.start == 1 and m.name.split()[0] == self.doc[m.start].text and len(joined[-1].name.split()) > 1:
            first = self.doc[m.start].text  # "David and Jeanne Heidler": a given name before a full name is that family's
        names = [first]
        for j in joined:
            # (a description joined to a name is someone else: "Ana Ruiz and the mayor of Ottawa",
            # not "Ana Ruiz and Ana Ruiz")
            names.append(j.name if j.name not in names else self.doc[j.start : j.end].text)
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return Mention(m.start, joined[-1].end, m.head, "group", name, plural=True, joined=True)

    def span(self, m: Mention) -> Span:
        return Span.of(self.ctx.text, *whole_characters(self.ctx.text, self.doc[m.start].idx, self.ctx.end_char(m.end - 1)))

    def to_speaker(self, m: Mention) -> Speaker:
        s = self.span(m)
        ante = m.antecedent and (m.antecedent.earlier or self.span(m.antecedent))
        return Speaker(text=s.text, start=s.start, end=s.end, name=m.name, kind=m.kind, role=m.role, antecedent=ante)


_FIRM_GIVEN_NAME = 0.95  # a given name this much of one gender holds against a pronoun of the other
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)")


_ROLE_WORD = re.compile(r"[a-z]+")
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "'", "’"})
# Words a story calls an organisation it has named by: "the company said", "the ministry added"
_ORG_DESCRIPTIONS = frozenset({"company", "firm", "corporation", "bank", "agency", "ministry", "department", "union", "authority", "regulator",
                               "utility", "association", "federation", "airline", "carrier", "retailer", "insurer", "manufacturer", "automaker",
                               "organization", "organisation", "university", "institute", "foundation", "commission",
                               "group", "lender", "charity", "nonprofit", "watchdog", "society", "hospital", "clinic", "school",
                               "college", "museum", "library", "club", "league", "team", "council", "board", "committee"}) | TRADE_NOUNS
# words before a role that tell no one from another holding it ("the longtime senator")
# (a hyphenated word, "two-term", is none of the words compared)
_ANY_ROLE = frozenset({"former", "new", "longtime", "veteran", "top", "senior", "outgoing", "incoming", "current", "then",
                       "late", "embattled", "retired", "powerful"})


_ISSUING_VERBS = frozenset({"issue", "release", "send", "post", "publish", "file", "write", "sign", "put"})


def _author_of_earlier(doc, head: int, speech_verbs) -> int | None:
    """The author of the nearest earlier document of the same word as doc[head] ("statement"), as
    the text gives it: "X said in a statement", "a statement from X" (cues.frame.document_author),
    "X's statement", "X issued a statement"; None when that one names none (the nearest decides:
    not one further back)."""
    lemma = doc[head].lemma_.lower()
    for i in range(head - 1, max(-1, head - _DOCUMENT_REACH), -1):
        t = doc[i]
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        if t.tag_ != "NN":
            return None  # "Hillary Clinton's emails": documents of many hands
        # (not a time: "Monday's poll")
        by = next((c for c in t.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and c.ent_type_ not in ("DATE", "TIME")), None)
        if by is None:
            by = document_author(t)  # "a statement from X", "a letter signed by X"
        if t.dep_ == "pobj" and t.head.lower_ == "in":  # "X said in a statement" (not "slipped in Monday's poll")
            verb = t.head.head if t.head.head.lemma_.lower() in speech_verbs else None
        else:  # "X issued a statement"
            verb = t.head if t.dep_ == "dobj" and t.head.lemma_.lower() in _ISSUING_VERBS else None
        if by is None and verb is not None and verb.pos_ in ("VERB", "AUX"):
            # ("he issued a statement": whoever "he" is)
            by = next((c for c in verb.children if c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in _AUTHOR_PRONOUNS)),
                      None)
        return by.i if by is not None else None
    return None


# a byline: a line of its own near the top, "By" and a name of two or three words (and a comma, a title)
_BYLINE = re.compile(r"(?m)^[ \t]*By[ \t]+([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2})[ \t]*(?:,[^\n]*)?$")
_BYLINE_REACH = 600  # characters from the top a byline is looked for in
# an organisation's voice ("A spokesperson said")
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# words for one or some of a group, which a name set beside them says who is
_PARTITIVES = frozenset({"one", "another", "two", "three", "some", "several"})
# roles that are an honour, not a trade: they fit any word for what a person does ("the swimmer")
_ACCOLADES = frozenset({"champion", "legend", "medallist", "medalist", "winner", "great", "icon", "laureate", "hopeful", "veteran"})
# descriptions a body of that kind carries in its own name (a company's name need not say "company")
_NAMED_BY_NOUN = frozenset({"department", "ministry", "commission", "committee", "council", "board", "court", "tribunal", "university", "hospital"})
# descriptions that fit a body of any kind ("The Canadian Cancer Society ... The charity said")
_ANY_BODY = frozenset({"group", "organization", "organisation", "charity", "nonprofit", "body", "watchdog", "society", "association"})
# words an organisation's initials leave out ("CUPE": the Canadian Union of Public Employees)
_NOT_INITIALS = frozenset({"of", "and", "the", "for", "on", "in", "&"})
# descriptions by one's part in what happened, as often the object's as the subject's
_PARTIES_TO_AN_EVENT = frozenset({"victim", "suspect", "accused", "defendant", "plaintiff", "complainant", "witness", "survivor",
                                  "patient", "driver", "passenger", "shooter", "attacker", "gunman", "assailant", "winner", "loser",
                                  "challenger", "opponent", "rival", "incumbent", "target", "customer", "client", "employee", "tenant"})
# sentence openers that turn to someone else
_SHIFTS = frozenset({"meanwhile", "separately", "elsewhere", "however", "but", "yet", "still"})
_DOCUMENT_REACH = 400  # tokens back an earlier mention of the document is looked for


def _genders(text: str) -> dict[str, str]:
    """Surname -> "m" or "f" where the document gives it an honorific ("Mr. Trump", "Ms.
    Nwanguma"); a surname with both ("Mr. Clinton", "Mrs. Clinton") has none."""
    seen: dict[str, set[str]] = {}
    for m in _HONORIFIC.finditer(text):
        seen.setdefault(m.group(2).lower().removesuffix("'s").removesuffix("’s"), set()).add(HONORIFIC_GENDER[m.group(1).lower()])
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


def _agrees(pronoun: str, person: bool, kind: str, plural: bool) -> bool:
    """Whether a pronoun ("he", "they", "it") may point back to a mention of this kind and number."""
    if person:
        return kind == "person" and not plural
    if pronoun in ("they", "them"):
        return plural or kind in ("group", "organization", "media")
    if pronoun == "it":
        return kind in ("organization", "media") and not plural
    return False


def _earlier(r: Referent) -> Mention:
    return Mention(-1, -1, -1, r.kind, r.name, plural=r.plural, role=r.role, earlier=r.span)
