"""The cue frame, and the small readings of the parse that every kind of cue shares."""

from __future__ import annotations

from typing import Iterable

import attrs
from spacy.tokens import Token

from ...words import (ACTIVE_SUBJECT_DEPS, BEARING_VERBS, CHANNEL_NOUNS, CLAUSE_SUBJECT_DEPS, CONTROL_PASSIVES, DASHES, DOCUMENT_NOUNS, EVENT_NOUNS, KIN_NOUNS, ONE_PERSON_NOUNS, PERSONAL_OBJECTS, RELATIVE_PRONOUNS, ROLE_WORDS, SOURCE_NOUNS, SPEAKER_ENTITIES,
                      SUBJECT_CONTROL_VERBS, SUBJECT_DEPS)


@attrs.frozen
class Frame:
    """One cue with its speaker and content, as token indices into the Doc. Plain data:
    later stages make changed copies (``attrs.evolve``), never change a frame in place."""

    cue: tuple[int, ...]
    lemma: str
    kind: str  # "verb" | "noun" | "adjective" | "according" | "as_reported" | "colon" | "transcript" | "learned" (combine.py) | "introduced" (introduced.py) | "interview" (interview.py) | "signed" (signed.py)
    speaker: int | None = None
    content: tuple[int, ...] = attrs.field(default=(), converter=lambda c: tuple(sorted(set(c))))  # token indices, sorted
    addressee: int | None = None
    content_head: int | None = None
    negated: bool = False
    future: bool = False
    question: bool = False
    passive: bool = False  # "it was announced that ...", "he was asked whether ..."


def relative_antecedent(word: Token) -> Token | None:
    """The noun a relative pronoun stands for: "Adler" in "Adler, who said ...", else None. A
    common noun that only says what a name is, in apposition or after "be", stands for that
    name: "Trump is a businessman and a bully who has pledged ..." (the parser may hang the
    clause on any noun of the list), "Ruth Amsel, a roofing magnate who backed ..."."""
    if word.lower_ not in RELATIVE_PRONOUNS or word.head.dep_ != "relcl":
        return None
    noun = word.head.head
    if word.lower_ in ("who", "whom") and _place_of_person(noun):
        noun = noun.head.head  # "Howard Rubel, a senior analyst at Jefferies, who notes ...": the analyst
    elif word.lower_ in ("who", "whom"):
        noun = _person_above(noun) or noun
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "appos" and top.tag_ == "NN" and top.head.pos_ == "PROPN":
        return top.head  # "Ruth Amsel, a roofing magnate who backed ..."
    if top.dep_ == "attr" and top.pos_ == "NOUN" and top.head.lemma_ == "be":
        # only a name as the subject: not "The main barrier is black voters, who ..."
        who = next((c for c in top.head.children if c.dep_ == "nsubj" and c.i < top.i), None)
        if who is not None and who.pos_ == "PROPN":
            return who
    return noun


def partitive_antecedent(word: Token) -> Token | None:
    """The noun a partitive relative stands for: "residents" in "dozens of residents, many of
    whom said ...", for word "many" (with "of whom" or "of which" hanging on it), else None."""
    if not any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in ("whom", "which") for o in p.children)
               for p in word.children):
        return None
    i = word.left_edge.i - 1
    doc = word.doc
    if i < 1 or doc[i].text != ",":
        return None
    noun = doc[i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _person_above(noun: Token) -> Token | None:
    """The person a clause on "who" is about when the parser hung it on the last word of a body's
    name in a phrase after that person: "Beverly Bain, an organizer with the group No Pride in
    Policing, who argued ..." (on "Policing"). Up through prepositions and appositions, a few
    steps, to a name tagged a person or a role noun set beside a name; None if there is none."""
    if noun.ent_type_ == "PERSON" or noun.pos_ != "PROPN":
        return None
    tok = noun
    for _ in range(6):
        if tok.dep_ not in ("pobj", "prep", "appos", "compound") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
            return tok
        if tok.pos_ == "NOUN" and tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
            return tok.head
    return None


def _place_of_person(noun: Token) -> bool:
    """Whether noun names where a person noun before it works or lives ("an analyst at
    Jefferies", "a firefighter in Roanoke, Va.", "Name, a gynecologist from Englewood"): a
    clause on "who" the parser hung on the place is the person's."""
    if noun.ent_type_ not in ("GPE", "LOC", "FAC", "ORG") or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    person = noun.head.head
    while person.dep_ == "conj" and person.head.i != person.i:
        person = person.head
    return person.pos_ == "NOUN" and ((person.dep_ == "appos" and person.head.pos_ == "PROPN")
                                      or person.lemma_.lower() in ROLE_WORDS)


def subtree_minus(tok: Token, exclude: Iterable[Token]) -> list[int]:
    """Indices of tok's subtree, leaving out the subtrees of the tokens in exclude."""
    cut = set()
    for ex in exclude:
        cut.update(t.i for t in ex.subtree)
    return [t.i for t in tok.subtree if t.i not in cut]


def verb_like(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


# Verbs whose subject is sent or dealt a document, not its author: "the company faces lawsuits
# accusing it of ...", "the mayor received a letter warning that ..."
_RECEIVING_VERBS = frozenset({"face", "receive", "get", "field", "draw", "attract", "obtain", "see", "read", "ignore", "dismiss"})


def _publisher(verb: Token, pronoun: Token) -> Token | None:
    """Who put out the document a restrictive relative clause's cue speaks through: "The senator
    released an ad that urges voters to ...", "she issued a statement that sought to ..." (the
    document's own author first: "a letter from 40 senators that urges ..."); not who only
    received or kept it ("faces a lawsuit that accuses it ...", "withheld an email that would
    have revealed ..."). None for any other subject."""
    if verb.dep_ != "relcl" or pronoun.lower_ not in ("that", "which") or pronoun.doc[pronoun.i - 1].text == ",":
        return None
    noun = verb.head
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.pos_ != "NOUN":
        return None
    author = document_author(noun)
    if author is not None:
        return author
    return _issuer(noun) if noun.head.lemma_.lower() in _PUBLISHING_VERBS else None


def _issuer(noun: Token) -> Token | None:
    """The subject of the verb whose object noun is ("The group issued [a statement]"), if that
    is a name, a noun or a personal pronoun (not "it")."""
    if noun.dep_ != "dobj":
        return None
    verb = noun.head
    for _ in range(4):
        for child in verb.children:
            if child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN", "PRON") and child.lower_ not in ("it", "that", "which"):
                return child
        if verb.dep_ != "conj" or any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in verb.children):
            return None
        verb = verb.head  # "had sent letters, hired lawyers and placed ads calling ...": the first verb's subject
    return None


# nouns for what someone does or aims at, whose owner acts ("her first moves", "Obama's challenge")
_DOINGS = frozenset({"move", "plan", "challenge", "goal", "strategy", "aim", "job", "task", "idea", "account", "message",
                     "approach", "response", "effort", "attempt", "bid", "push", "pitch", "focus", "answer", "argument"})
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship")
# ... and nouns of such endings that are people ("Her delegation, saying ...")
_PEOPLE_ALIKE = frozenset({"community", "audience", "opposition", "majority", "minority", "nation", "population",
                           "generation", "delegation", "constituency", "congregation", "entourage"})


def _owner_of_thing(noun: Token) -> Token | None:
    """The person whose thing a participle's subject is, where that subject is a thing that
    believes or says nothing: "One of her first power moves was an attempt to buy ..., believing
    the takeover would ...": she believed it. None for a subject that may speak or has no owner."""
    head = noun
    if head.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        head = next(c for c in head.children if c.dep_ == "prep" and c.lower_ == "of")
        head = next((c for c in head.children if c.dep_ == "pobj"), head)
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or may_speak(head) or lemma in _PEOPLE_ALIKE or not (lemma in _DOINGS or lemma.endswith(_ABSTRACT_ENDINGS)):
        return None  # (not people, whose owner is someone else: "his critics", "his staff")
    return next((c for c in head.children if c.dep_ == "poss" and (
        c.pos_ == "PROPN" or c.lower_ in ("his", "her", "their") or (c.pos_ == "NOUN" and may_speak(c)))), None)


def _holder(display: Token) -> Token | None:
    """Who holds or wears a sign or a shirt: the subject of the verb whose object it is ("the men
    were wearing shirts", "was identified as the protester, wearing a shirt"), or the person it
    is on ("a man in a shirt"); None if that is no one."""
    if display.dep_ == "dobj":
        who = subject(display.head)
    elif display.dep_ == "pobj" and display.head.lower_ in ("in", "with") and display.head.head.pos_ in ("NOUN", "PROPN"):
        who = display.head.head
    else:
        return None
    return who if who is not None and who.lower_ not in ("it", "that", "which") and (may_speak(who) or someone(who)) else None


# what people carry or wear to say something: "held signs calling ...", "wore T-shirts saying ..."
_DISPLAYS = frozenset({"sign", "banner", "placard", "poster", "shirt", "t-shirt", "tee", "button", "sticker", "flag"})


# participles whose agent made the document ("signed by", "conducted by"), not one who got it
_AUTHORING_VERBS = frozenset({"sign", "write", "send", "issue", "author", "file", "prepare", "commission",
                              "conduct", "draft", "pen", "submit", "cosign", "co-sign", "compile", "produce", "post", "deliver", "sponsor"})


# verbs whose subject put a document out ("released an ad", "issued a statement")
_PUBLISHING_VERBS = _AUTHORING_VERBS | frozenset({"release", "launch", "publish", "air", "run", "unveil", "put", "share", "tweet", "retweet",
                                                  "distribute", "circulate", "broadcast", "make", "give", "unleash", "roll"})


def document_author(noun: Token) -> Token | None:
    """Who a document is from, where its own phrase says it: "lawsuits from dozens of states",
    "a report by the inspector general", "a letter signed by 40 senators"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            prep = child  # "lawsuits from dozens of states"
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _AUTHORING_VERBS:
            # "a letter signed by 40 senators" (not "an email obtained by Judicial Watch")
            prep = next((a for a in child.children if a.dep_ == "agent"), None)
        else:
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
        if obj is not None and obj.i > noun.i and may_speak(obj):
            return obj
    return None


def _document_before(verb: Token) -> Token | None:
    """The document right before a participle the parser hung on the verb above instead of on
    it ("supporters point to research suggesting heavy use is linked to anxiety": the research
    suggests it, not the supporters)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.head.head != verb.head:
        return None
    if noun.lower_ == "record" and noun.head.lower_ in ("on", "off"):
        return None  # "went on the record endorsing Trump": he endorses him
    return noun


def _addressed_document(noun: Token) -> Token | None:
    """The document sent to noun: "an email" in "blasted out an email to supporters stating",
    where the parser hung the participle on the addressees."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in ("prep", "dative"):
        return None
    if prep.head.lemma_.lower() in DOCUMENT_NOUNS:
        return prep.head
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS and c.i < noun.i), None)


# subjects that name no one: a passive verb with one of these keeps its agent for a conjunct
_EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that", "which", "what"})

# Prepositions before a participle the verb's subject does: "by warning", "after saying"
_DOING_PREPS = frozenset({"by", "after", "before", "upon", "on", "in", "while", "since", "through", "when"})
# nouns whose "of" + gerund is done by whoever makes or has them ("made a point of saying")
_HABIT_NOUNS = frozenset({"point", "habit", "practice", "show", "history", "pattern", "mistake"})


def name_read_as_verb(tok: Token) -> bool:
    """Whether a subject the tagger called a verb is a name the recogniser found ("Walking to
    the next address, Ebeling reminisced ...": "Ebeling" tagged VBG)."""
    return tok.pos_ == "VERB" and tok.is_title and tok.dep_ in ("nsubj", "nsubjpass") and tok.ent_type_ in SPEAKER_ENTITIES


def age_noun(tok: Token) -> bool:
    """Whether a word is the "old" of an age used as a noun for a person: "the 31-year-old",
    "a 67-year-old" (the parser reads it as an adjective)."""
    return tok.lower_ == "old" and tok.i > 0 and tok.doc[tok.i - 1].text == "-" and any(
        c.lemma_.lower() == "year" and c.i < tok.i for c in tok.children)


def may_speak(tok: Token) -> bool:
    """A name, a personal pronoun, or a noun for people or a body ("the board", "aides"): not
    "The timing of Sanders' surge" nor "Giant screens"."""
    if tok.pos_ in ("PROPN", "PRON") or age_noun(tok):
        return True
    if name_read_as_verb(tok):
        return True
    return tok.pos_ == "NOUN" and (tok.ent_type_ in SPEAKER_ENTITIES or tok.lemma_.lower() in SOURCE_NOUNS)


def _controller(infinitive: Token) -> Token | None:
    """The object of the verb above that does what a to-infinitive says: "Parliament" in "The
    proposal prompted Parliament to call a debate", "him" in "urged him to explain"; None where
    the verb above keeps its own subject ("promised voters to cut", "used the term to describe").
    A common noun ("voters") takes it only from a subject that cannot speak ("The results forced
    voters to ..."), not from one that can ("who crossed party lines to support ...")."""
    verb = infinitive.head
    if infinitive.dep_ != "xcomp" or infinitive.tag_ != "VB" or verb.lemma_.lower() in SUBJECT_CONTROL_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.i < infinitive.i and child.lower_ not in ("it", "that", "which", "this", "what"):
            if (may_speak(child) and child.pos_ != "PRON") or child.lower_ in PERSONAL_OBJECTS:
                return child
            own = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if child.pos_ == "NOUN" and child.tag_ == "NNS" and own is not None and not may_speak(own):
                return child
    return None


def between_dashes(tok: Token) -> bool:
    """Whether tok's phrase stands between two dashes (each in it or right beside it)."""
    doc = tok.doc
    a, b = tok.left_edge.i, tok.right_edge.i
    opens = doc[a].text in DASHES or (a > 0 and doc[a - 1].text in DASHES)
    closes = doc[b].text in DASHES or (b + 1 < len(doc) and doc[b + 1].text in DASHES)
    return opens and closes and a < b


def writer_judgement(verb: Token) -> bool:
    """Whether verb is the infinitive of an impersonal judgement, "It is fair to say that ...",
    "it's hard to imagine ...": nobody in the text says or imagines it (its "it" is no speaker)."""
    if verb.dep_ != "xcomp":
        return False
    be = verb.head.head if verb.head.dep_ == "acomp" and verb.head.pos_ == "ADJ" else verb.head
    return be.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children) and any(
        c.dep_ in ("acomp", "attr") for c in be.children)


# quantifiers that stand for people as a subject of their own ("many argue", "some say")
_QUANTIFIER_SUBJECTS = frozenset({"many", "some", "most", "few", "several", "others"})


def _person_of_body(subj: Token) -> Token | None:
    """The person the sentence opens with, "Name of <body>", where the parser lost the person in
    a long foreign name of the body and made its last word the verb's subject: "Martin Blanchard
    of the Regroupement des comites logement et associations de locataires du Quebec said" (the
    subject "Quebec"). None unless the subject is no person's name, and the name, followed by
    "of", opens the sentence and hangs below the verb."""
    if subj.ent_type_ == "PERSON" or subj.pos_ != "PROPN" or subj.head.i == subj.i:
        return None
    doc = subj.doc
    first = doc[subj.sent.start]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B" or not subj.head.is_ancestor(first):
        return None
    end = first.i
    while end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
        end += 1
    if end + 1 >= subj.i or doc[end + 1].lower_ != "of":
        return None
    name = doc[end]
    return name if name.head.i != name.i and name.dep_ in ("nsubj", "compound", "nmod") else None


def _received_document(verb: Token) -> Token | None:
    """The document a participle is of that the parser hung on the verb of receiving it: "Gagnon
    received a notice in June saying she had to leave" (the notice says it; not one set off by a
    comma, "received the letter, saying she was glad", which is the receiver's)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.lemma_.lower() not in _RECEIVING_VERBS or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text == ",":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.lemma_.lower() in DOCUMENT_NOUNS), None)


def subject(verb: Token) -> Token | None:
    """The grammatical subject of a cue verb, following conj/participle chains."""
    if writer_judgement(verb):
        return None
    document = _document_before(verb) or _received_document(verb)
    if document is not None:
        return document
    seen = 0
    tok, below = verb, None
    while tok is not None and seen < 4:
        seen += 1
        # "Mr. Sanders, who said he ...": the relative pronoun is the mention; the speaker
        # resolution points it at the noun the clause hangs on. Of two subjects the nearer:
        # "Housing crisis: 'We cannot build our way out,' says planning expert"
        own = [child for child in tok.children if child.dep_ in SUBJECT_DEPS]
        if not own and tok.tag_ in ("VBZ", "VBD", "VBP"):
            # "Axios reports, citing ...": a name the tagger read as an adjective of the verb (no
            # finite verb takes one) is its subject; so is a quantifier standing for people
            # ("That attitude, many argue, could ...")
            own = [child for child in tok.children if child.dep_ == "amod" and child.i == tok.i - 1
                   and (child.text[:1].isupper() or child.lower_ in _QUANTIFIER_SUBJECTS)]
            if not own and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
                # "Ministers 'must act now' on river pollution, say MPs": an inverted subject the
                # parser left unlabelled ("dep") right after the verb
                own = [child for child in tok.children if child.dep_ == "dep" and child.pos_ in ("NOUN", "PROPN") and child.left_edge.i == tok.i + 1]
        if len(own) > 1:
            # "Dr. Anne Kang — no relation to the MLA of the same name — said": an aside between
            # dashes is no subject beside a name
            # (a name between dashes is the subject: "A former candidate -- John McCain, who lost in 2008 -- said")
            own = [child for child in own if child.pos_ == "PROPN" or not between_dashes(child)] or own
        if (own and below is None and tok.dep_ == "relcl" and tok.lemma_.lower() in BEARING_VERBS
                and own[0].tag_ in ("WDT", "WP") and tok.head.lemma_.lower() in _DISPLAYS):
            # "hoisted a sign that read '15%!'": who holds the sign says it
            holder = _holder(tok.head)
            if holder is not None:
                return holder
        if own:
            best = min(own, key=lambda child: abs(child.i - tok.i))
            best = _person_of_body(best) or best
            if (below is not None and below.tag_ == "VBG" and tok.dep_ == "advcl" and best.lemma_.lower() in EVENT_NOUNS
                    and not may_speak(best)):
                # "He sent out an email as the committee meeting began, vowing to ...": the parser
                # hung the participle on the clause of time; a meeting vows nothing
                tok, below = tok.head, tok
                continue
            publisher = _publisher(tok, best)
            if publisher is not None:
                return publisher
            # (not across a relative clause, whose noun the participle may be on: "Her comments
            # are in response to a letter the campaign sent, alleging ...": the letter alleges)
            owner = _owner_of_thing(best) if below is not None and below.tag_ == "VBG" and not any(
                t.dep_ == "relcl" for t in best.doc[best.i : below.i]) else None
            return owner if owner is not None else best
        set_off = name_set_off_before(tok) if below is None and tok.dep_ == "conj" and tok.tag_ in ("VBZ", "VBD", "VBP") else None
        if set_off is not None:
            return set_off
        if below is not None and (below.dep_ != "xcomp" or tok.lemma_.lower() in CONTROL_PASSIVES):
            # "FBI officials were angered by the deal and predicted ...": a conjunct or participle
            # shares the passive verb's grammatical subject, not its agent (an infinitive's
            # "Some advisers are said to be urging ..." is left as it was: the report is the passive's;
            # but "Trump was prompted to say ...": whoever is prompted, asked or forced says it)
            shared = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ not in _EMPTY_SUBJECTS), None)
            if shared is not None:
                return shared
        for child in tok.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        # "a draft resolution calling for a cease-fire": the noun it modifies is the source;
        # but "The group issued a statement saying ...": who issued the document;
        # and "Carson rejected the notion that ..., saying ...": a participle set off by a comma
        # that the parser hung on the object speaks for the subject of the verb above
        # "Two analysts, A and B, found in 2014 that ...": the parser made the verb a participle
        # on its subject; no participle of a passive takes a that-clause
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "ccomp" and marked_that(c) for c in tok.children):
            return tok.head
        # "Jane Porter, the state treasurer, tweeted in response: '...'": no participle of a
        # passive on a person's name opens a quotation
        if (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "PROPN" and tok.head.ent_type_ == "PERSON"
                and tok.right_edge.i + 1 < len(tok.doc) and tok.doc[tok.right_edge.i + 1].text == ":"):
            return tok.head
        # '"Too much anger," she said, blaming it on X': the parser hung the participle on the
        # quotation's noun; it goes with the cue inserted between them
        inserted = next((c for c in tok.head.children if c.dep_ == "parataxis" and c.pos_ == "VERB"
                         and tok.head.i < c.i < tok.i), None) if tok.dep_ == "acl" and tok.tag_ == "VBG" else None
        speaks = subject(inserted) if inserted is not None else None
        if speaks is not None:
            return speaks
        if (below is None and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.dep_ in ACTIVE_SUBJECT_DEPS and tok.head.i < tok.i
                and tok.doc[tok.left_edge.i - 1].text == "," and (tok.head.pos_ in ("NOUN", "PROPN", "PRON") or tok.head.text[:1].isupper())):
            # "Trump, later alleging that ..., said ...": a participle set off on the subject (the
            # parser hung it on the name, which it read as an adjective) is the subject's
            return tok.head
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
            noun = _addressed_document(tok.head) or tok.head
            set_off = tok.i > 0 and tok.doc[tok.i - 1].text == ","
            issuer = _issuer(noun)
            if not set_off and noun.lemma_.lower() in DOCUMENT_NOUNS:
                # "lawsuits from dozens of states accusing it of ...": the document's own author,
                # where its phrase names one; not who only received it ("the company faces
                # lawsuits accusing it"; but "faces lawsuits, calling them baseless" is the company)
                author = document_author(noun)
                if author is not None:
                    return author
                if issuer is not None and noun.head.lemma_.lower() in _RECEIVING_VERBS:
                    issuer = None
            if issuer is not None and (noun.lemma_.lower() in DOCUMENT_NOUNS or noun.lemma_.lower() in _DISPLAYS or set_off):
                return issuer
            if issuer is None and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
                # "Bush went after Trump at the debate refusing to ...": who was at the event
                # (or the verb's own subject further up: "who helped launch the movement with a
                # speech denouncing ...")
                issuer = next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None) or (
                    subject(noun.head.head) if noun.lemma_.lower() in EVENT_NOUNS else None)
            if issuer is not None and may_speak(issuer) and not may_speak(noun) and noun.ent_type_ == "" and noun.lemma_.lower() in EVENT_NOUNS:
                # "the senator opened a rally blasting Clinton": an event says nothing; who held it does
                return issuer
            return noun
        doer = _infinitive_doer(tok) if below is None else None
        if doer is not None:
            return doer
        # "The meeting closed with the mayor warning that ...": who does the participle is the
        # object of the "with" right before it, not the subject of the verb above
        absolute = _with_subject(tok)
        if absolute is not None:
            return absolute
        # "The Times quoted Smith as saying ...": the object of the verb above says it
        quoted = _quoted_object(tok) or _object_left_doing(tok)
        if quoted is not None:
            return quoted
        # "prompted Parliament to call": the object; else the subject of the verb above
        controller = _controller(tok)
        if controller is not None:
            return controller
        tok, below = verb_above(tok), tok
    return None


def _infinitive_doer(tok: Token) -> Token | None:
    """Who does an infinitive that the parser hung on a noun as a relative clause, where the
    noun is its subject ("the first Democrat to endorse Sanders": the infinitive has an object
    of its own, so the noun is not what it acts on, as in "the man to beat"); the copula's
    subject if the noun is what it says someone is ("Grijalva was the first Democrat in
    Congress to endorse Sanders": Grijalva)."""
    if tok.dep_ != "relcl" or tok.tag_ != "VB" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children) or not may_speak(tok.head):
        return None  # (a thing does nothing: "a quick trip to Flint to highlight the crisis")
    noun = tok.head
    if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain"):
        own = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if own is not None:
            return own
    return noun


# The form a verb takes after each kind of auxiliary (a conjunct shares its host's auxiliaries)
_BASE, _S, _PAST, _ING = "base", "s", "past", "ing"
_FORM_OF_TAG = {"VB": _BASE, "VBP": _BASE, "VBZ": _S, "VBD": _PAST, "VBN": _PAST, "VBG": _ING}
# verbs of telling a conjunct joins to the clause a verb of saying reports ("said the route
# remained open, but warned drivers to ..."), and the verbs of saying they go with
_SECOND_REPORTS = frozenset({"warn", "urge", "add", "caution", "insist", "stress", "acknowledge", "concede", "admit",
                             "vow", "promise", "predict", "argue", "say", "tell", "ask", "call", "note"})
# what else a speaker does in the same breath ("said the claim was false and pointed to a report")
_SPEAKERS_ACTS = _SECOND_REPORTS | frozenset({"point", "cite", "accuse", "blame", "criticize", "criticise", "demand", "dismiss",
                                              "reject", "deny", "challenge", "defend", "praise", "describe", "suggest", "propose",
                                              "recommend", "pledge", "refer", "highlight", "welcome", "announce", "question",
                                              "apologize", "apologise", "thank", "express", "offer", "blast", "slam", "attack"})
_SECOND_REPORT_HOSTS = frozenset({"say", "tell", "add", "announce", "confirm", "report", "write", "state", "explain"})
# past forms that are base forms of other verbs ("lay" of "lie" and "lay", "found" of "find" and "found")
_PAST_OR_BASE = frozenset({"lay", "found", "saw", "wound", "ground"})


def _form_after(verb: Token) -> str | None:
    """The form a bare conjunct of verb must take: what verb's first auxiliary governs ("could
    penetrate" -> base, "has called" -> past, "was warning" -> ing), else verb's own form (a
    conjunct of "did not recognize" takes the form of "did")."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    if aux is None:
        return _FORM_OF_TAG.get(verb.tag_)
    if aux.lemma_ == "do":
        # "did not recognize themselves and found it offensive": "did" does not carry over
        return _FORM_OF_TAG.get(aux.tag_)
    if aux.tag_ in ("MD", "TO"):
        return _BASE
    if aux.lemma_ == "have" or aux.dep_ == "auxpass":
        return _PAST
    if aux.lemma_ == "be":
        return _ING
    return None


def stray_conjunct(tok: Token) -> Token | None:
    """The verb a subjectless conjunct really goes with, where the parser hung it on a verb
    inside a reported clause whose form it cannot share: in "She said she admires his
    determination and highlighted ...", "highlighted" cannot share "admires"; in "warning that
    the group could penetrate the country and implying that ...", "implying" cannot follow
    "could". The nearest verb above whose form it does share is its host ("said", "warning");
    None where it has a subject, or a quotation holds one of the two and not the other, or it
    shares its own head's form (but for a verb of telling after ", but": _second_report)."""
    if tok.dep_ != "conj" or not verb_like(tok) or tok.tag_ not in _FORM_OF_TAG:
        return None
    if _has_subject(tok) or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    form = _FORM_OF_TAG[tok.tag_]
    head = tok.head
    head_form = _form_after(head) if verb_like(head) else None
    if head_form is None:
        return None
    if head_form == form:
        return _second_report(tok)
    if form == _PAST and tok.lower_ in _PAST_OR_BASE and head_form == _BASE:
        return None  # "to cut programs and lay off staff": the tagger's past of "lie" is "lay"
    # one of them in a quotation, the other not (a closed quotation between them is no bar), but
    # for a conjunct right after the quotation closes, whose host comes before it
    closed = False
    if sum(t.is_quote for t in tok.doc[head.i : tok.i]) % 2:
        if not _quotation_closed_before(tok):
            return None
        closed = True
    # "to run on issues rather than continuing to attack ...": "than" takes any form
    if any(c.dep_ == "cc" and c.lower_ not in ("and", "but") for c in head.children if head.i < c.i < tok.i):
        return None
    # up through the clauses the conjunct sits in ("to attack the oil that funds ..."), not
    # across a coordination: "X contends ..., and Y said he was preparing models and plans"
    up = head
    for _ in range(4):
        if up.head.i == up.i or (up is not head and up.dep_ == "conj"):
            return None
        up = up.head
        if verb_like(up) and _form_after(up) == form:
            return up if not closed or up.i < tok.i else None
    return None


def _second_report(tok: Token) -> Token | None:
    """The verb of saying a conjunct of the same form goes with, where it is itself a verb of
    telling after ", but" or ", and" with a clause of its own: in "Officials said the route
    remained open, but warned drivers to expect heavy smoke" the parser joined "warned" to
    "remained"; the officials warned. Not without the comma ("She said her husband called and
    warned her to leave": his warning, as she tells it)."""
    head = tok.head
    host = head.head
    doc = tok.doc
    first = tok.left_edge.i
    lemma = tok.lemma_.lower()
    if (lemma not in _SPEAKERS_ACTS or head.dep_ != "ccomp" or host.i >= head.i
            or host.lemma_.lower() not in _SECOND_REPORT_HOSTS or host.tag_ != tok.tag_ or first < 2
            or doc[first - 1].lower_ not in ("but", "and")):
        return None
    if lemma in _SECOND_REPORTS and doc[first - 2].text == "," and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return host
    # "Vinje said fines alone had failed to change ... and called for a break-up": the clause's
    # subject is nothing that could call for anything; the one who said it did
    theirs = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ours = next((c for c in host.children if c.dep_ == "nsubj"), None)
    if theirs is not None and ours is not None and not someone(theirs):
        return host
    return None


# nouns for people that are no source, role or kin word ("her husband called and warned her")
_PEOPLE_NOUNS = frozenset({"man", "woman", "people", "person", "boy", "girl", "crowd", "guest", "neighbour", "neighbor", "everyone",
                           "everybody"}) | ONE_PERSON_NOUNS
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def someone(noun: Token) -> bool:
    """Whether a subject may be a person or a body (may_speak, kin, people, a noun for one who
    does something: "residents", "voters"): not "fines", "prices", "the route"."""
    lemma = noun.lemma_.lower()
    return may_speak(noun) or lemma in KIN_NOUNS or lemma in _PEOPLE_NOUNS or lemma.endswith(_AGENT_ENDINGS)


def _quotation_closed_before(tok: Token) -> bool:
    """Whether a conjunct comes right after a closing quotation mark and the comma or "and"
    after it ('the measure "will make disruptions longer," and urged the government to ...'):
    the quoted words ended; the conjunct is the writer's again."""
    doc = tok.doc
    j = tok.left_edge.i - 1
    while j > 0 and doc[j].lower_ in ("and", "but", ","):
        j -= 1
    return j >= 0 and doc[j].is_quote and doc[j].tag_ == "''"


def as_host(participle: Token) -> Token | None:
    """The verb a participle after "as" hangs from ("quoted" in "The Herald quoted the mayor as
    saying", "was quoted as saying"), else None. Who speaks (_quoted_object, verb_above) and who
    quotes (sources) are read off it."""
    prep = participle.head
    if participle.dep_ == "pcomp" and participle.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ == "as":
        return prep.head
    return None


def _quoted_object(participle: Token) -> Token | None:
    """Who says what a participle after "as" reports, where the verb above has an object:
    "Smith" in "The Times quoted Smith as saying", "the letter" in "read the letter as saying"."""
    host = as_host(participle)
    if host is None or participle.lemma_ in ("have", "be"):
        return None  # not "knocked Rubio as having no stance": a charge against him, nothing he says
    return next((c for c in host.children if c.dep_ == "dobj" and c.i < participle.i and c.lower_ not in ("it", "that", "which", "this", "what")), None)


# verbs that leave their object doing something: "The killings have left most voters saying ..."
_LEAVING_VERBS = frozenset({"leave", "keep", "have", "get", "set"})


def _object_left_doing(participle: Token) -> Token | None:
    """Who does what a participle right after the object of a verb of leaving says: "voters" in
    "have left 62 percent of voters saying ...", where the object is people or a body (not "left
    the room saying": the one who left says it; nor after a comma: "left the hall, saying")."""
    host = participle.head
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp", "ccomp") or host.lemma_.lower() not in _LEAVING_VERBS:
        return None
    obj = next((c for c in host.children if c.dep_ == "dobj" and c.i < participle.i), None)
    if obj is None or obj.right_edge.i + 1 != participle.left_edge.i or obj.lower_ in ("it", "this", "that") or obj.lemma_.lower() in DOCUMENT_NOUNS:
        return None  # (not "leave it thinking"; a document is its sender's: "sent an email saying")
    # (a share of people: "62 percent of voters", "many of them")
    people = next((c for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), obj)
    return obj if someone(people) or someone(obj) else None


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in verb.children)


def marked_that(clause: Token) -> bool:
    """Whether a clause opens with the complementizer "that" ("said [that the plan failed]")."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def comma_that(clause: Token) -> Token | None:
    """The "that" that opens a clause right after a comma, or None: "reported, citing unnamed
    sources, [that] the bank is weighing a sale" -- a reported clause set off from its verb by
    a phrase in between (not "so that", "now that": a word of its own stands before them)."""
    for m in clause.children:
        if m.dep_ == "mark" and m.lower_ == "that" and m.i > 0 and clause.doc[m.i - 1].text == ",":
            return m
    return None


def _with_subject(participle: Token) -> Token | None:
    """The subject of a participle in "with X doing": the object of a "with" (or "without")
    that ends right before it, a sibling of the participle or its head."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "pcomp", "dep", "acl"):
        return None
    preps = [participle.head] if participle.dep_ == "pcomp" else [c for c in participle.head.children if c.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ not in ("with", "without") or prep.i > participle.i:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.right_edge.i + 1 == participle.i and pobj.pos_ in ("NOUN", "PROPN", "PRON"):
            return pobj
    return None


_SET_OFF_BEFORE = DASHES | {",", ";"}


def name_set_off_before(verb: Token) -> Token | None:
    """ "And it wasn't an accident — Brendan Buck, a spokesman for Ryan, told POLITICO that ...":
    the parser made the cue a conjunct of the clause before it (whose subject is "it") and hung
    the name on that clause's noun. A name set off by a dash or a comma, with its apposition,
    right before a conjunct no "and" joins is the conjunct's subject."""
    doc = verb.doc
    end = verb.i - 1
    if end >= 0 and doc[end].text == ",":
        end -= 1
    if end < 1 or doc[end].dep_ == "cc" or any(c.dep_ == "cc" and c.i < verb.i for c in verb.children):
        return None
    t, name = doc[end], None
    while t.head.i != t.i and t.i < verb.i and t.pos_ not in ("VERB", "AUX"):
        if (t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG") and t.dep_ in ("appos", "npadvmod", "dep")
                and t.right_edge.i < verb.i and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text in _SET_OFF_BEFORE):
            name = t
        t = t.head
    return name


def _perfect_participle(tok: Token) -> bool:
    """Whether a verb is a perfect participle: "Having announced that ..., Judge Berman ..."."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in tok.children)


# prepositions of a gerund that the subject goes on to do ("turned to attacking", "focused on winning")
_TURNING_PREPS = frozenset({"to", "toward", "towards", "on", "into"})


def verb_above(tok: Token) -> Token | None:
    """The verb whose subject tok shares, or None: the host of a conjunct ("said but reiterated"),
    of a participle ("..., noting"; "by warning that"), of an infinitive ("seemed to indicate",
    "interrupted me to announce"). Not "instead of endorsing" nor "without saying": no claim
    the subject makes."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.lower_ in _DOING_PREPS and verb_like(tok.head.head):
        return tok.head.head  # "by warning that"
    if (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj"
            and tok.head.head.lemma_.lower() in _HABIT_NOUNS and verb_like(tok.head.head.head)):
        return tok.head.head.head  # "made a point of saying", "has a habit of calling"
    if (tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.dep_ == "pcomp" and tok.head.head.dep_ == "prep"
            and tok.head.head.lower_ in _TURNING_PREPS and verb_like(tok.head.head.head)):
        # "shifting his focus to defeating Trump and admitting that ...": the parser joined the
        # second participle to the gerund; whoever shifts the focus admits it
        return tok.head.head.head
    host = as_host(tok)
    if host is not None and verb_like(host) and not _has_object(host):
        return host  # "Smith was quoted as saying", "went on record as saying" (not "read the letter as saying": the letter says it)
    host = stray_conjunct(tok)
    if host is not None:
        return host
    if tok.dep_ in ("conj", "xcomp") or (tok.dep_ in ("advcl", "dep") and (tok.tag_ == "VBG" or _perfect_participle(tok))) or (
            tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        conj = tok.dep_ == "conj"
        if tok.dep_ == "xcomp" and tok.head.dep_ == "acomp" and tok.head.pos_ == "ADJ" and verb_like(tok.head.head) and not any(
                c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "there") for c in tok.head.head.children):
            # "were able to talk their way out by saying", "was quick to add", "the firm, which
            # was quick to add" (not "it is hard to avoid saying": no one is)
            return tok.head.head
        tok = tok.head
        # 'called it "shameful" and called on ...': a conjunct hung on a predicate word
        while conj and not verb_like(tok) and tok.dep_ in ("oprd", "acomp", "dobj", "attr") and tok.head.i != tok.i:
            tok = tok.head
        return tok
    return None


_DEMONSTRATIVES = frozenset({"that", "this", "those", "these", "such"})


def points_back(cue: Token) -> bool:
    """ '"It was like nothing I had ever seen." That is how Ana Ruiz describes the night.': a cue
    under "how" in a sentence whose subject points back ("That is how", "This was how"): what it
    reports is the quotation before its sentence, not its own clause."""
    head = cue.head
    return (cue.dep_ == "ccomp" and head.lemma_ == "be" and head.i < cue.i
            and any(c.dep_ == "advmod" and c.lower_ == "how" and c.i < cue.i for c in cue.children)
            and any(c.dep_ == "nsubj" and c.lower_ in _DEMONSTRATIVES and c.i < head.i for c in head.children))


# what words were said in or at: "in remarks carried by IRNA", "at a rally in Ohio", "during the debate"
_SAID_IN = frozenset(CHANNEL_NOUNS) | EVENT_NOUNS | DOCUMENT_NOUNS | frozenset({"remark", "comment", "post", "video", "broadcast"})


def where_said(prep: Token) -> bool:
    """Whether a phrase says where words were said: "in a statement", "at a news conference",
    "during the debate", "in remarks carried by IRNA" (not "perhaps by insisting that ...")."""
    return prep.dep_ == "prep" and prep.lower_ in ("in", "at", "during", "on", "via", "through") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _SAID_IN for o in prep.children)


def said_where_before(clause: Token) -> list[Token]:
    """A phrase of where the words were said that opens the sentence and that the parser hung on
    the reported clause: 'In an interview with TMZ Sports, Walker said, "I've had ..."', 'In a
    statement, "We will appeal," the company said' (not 'In cases of abortion, it said, "..."':
    that phrase is part of the claim)."""
    doc = clause.doc
    return [c for c in clause.children if c.i < clause.i and where_said(c) and c.left_edge.i == clause.sent.start
            and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ","]


def said_where_after(cue: Token, clause: Token) -> list[Token]:
    """A phrase of where the words were said that the parser hung on the reported clause,
    set off by a comma at its end: in "Musk said Tesla would unveil a new model, in a post on X",
    the post is where he said it, not where the model is unveiled (without the comma, "said the
    vote would be held at a meeting on Friday", it is the claim's)."""
    if clause.dep_ != "ccomp" or clause.i < cue.i:
        return []
    doc = cue.doc
    return [c for c in clause.children if c.i > clause.i and c.lower_ != "on" and where_said(c)
            and doc[c.i - 1].text == "," and c.right_edge.i == clause.right_edge.i - (doc[clause.right_edge.i].is_punct)]
