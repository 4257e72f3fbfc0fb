"""What the English pipeline gets wrong on a cue of the lexicon, put right on the Doc before any
stage reads it: the rules' own copy of the Doc (``by_rules_of``), never the one a caller passed
(a user's pipeline keeps the parse its parser made).

Lemmas: en_core_web_sm lemmatizes "hoping", "hoped" and "hopes" as "hop": a stem that had dropped its "e"
before "-ing", "-ed" or "-es" is read as a word of its own. Where the stem is no cue of the lexicon but
the stem with its "e" is a cue verb, the lemma is that verb ("hopes" -> "hope"; "hopping" and
"hops" keep "hop", which the doubled consonant or the bare "s" already tells apart). The other
way round, "texted" is read as a form of "texte": the lemma is "text".

Names read as modals: "Will wrote" (George Will) has "Will" as a modal and no subject; a modal
never stands before a past or third-person form, so there it is the subject.

"Has" contracted: en_core_web_sm reads "He's said he will run" as a passive ("he is said"), so the
speaker was lost (nsubjpass) and "'s" taken for "is". Where the participle is a cue verb with a
clause of its own after it (not "to": "he's said to be ill" is a passive) and no "been"
("he's been told" is one), the "'s" is "has" and the subject the speaker; "It's said that" stays
impersonal.
"""

from __future__ import annotations

from spacy.attrs import DEP, LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, NORP, NUM, PERSON, PRON, PROPN, VERB, acl as ACL, amod as AMOD
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..breaks import has_break
from ..words import CLAUSE_SUBJECT_DEPS, DASH_CHARS, DOCUMENT_NOUNS, ROLE_WORDS
from .arrays import tokens_where
from .names import is_given_name

_CONTRACTED = frozenset({"'s", "’s"})
_IMPERSONAL = frozenset({"it", "there", "this", "that"})
_PARTICIPLES = frozenset(get_string_id(tag) for tag in ("VBN", "VBD"))
_PAST = get_string_id("VBD")
_VBN = get_string_id("VBN")
_VBG = get_string_id("VBG")
_APPOS = get_string_id("appos")
_RB = get_string_id("RB")
_THAT = get_string_id("that")
_VBZ = get_string_id("VBZ")
_NNS = get_string_id("NNS")
_FINITE = frozenset(get_string_id(tag) for tag in ("VBD", "VBZ", "VBP"))


def _subjectless_cue(verb: Token, verbs: frozenset[str]) -> bool:
    """Whether a token is a cue verb (its lemma one of verbs) with no subject of its own: what
    the mends of misread subjects start from."""
    return verb.lemma_.lower() in verbs and not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in verb.children)


def mend_lemmas(doc: Doc, lexicon: Lexicon) -> None:
    """Set the lemma of each verb whose "e" the lemmatizer dropped, and of each verb that is a
    cue only with its particle ("shot back" -> "shoot back", its particle a "prt"), in place, as
    a spaCy component sets attributes; idempotent."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, POS, (VERB,)):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        word = tok.lower_
        if lemma in verbs:
            continue
        if lemma + "e" in verbs and word in (lemma + "ing", lemma + "ed", lemma + "es"):
            tok.lemma_ = lemma + "e"
        elif lemma.endswith("e") and lemma[:-1] in verbs and word in (lemma[:-1] + "ing", lemma[:-1] + "ed"):
            tok.lemma_ = lemma[:-1]  # "texted" read as a form of "texte"
        elif i + 1 < len(doc) and f"{lemma} {doc[i + 1].lower_}" in verbs and doc[i + 1].head.i == i and doc[i + 1].dep_ in ("prt", "advmod"):
            # a verb that is a cue with its particle only: "Ford shot back that ...", "weighed in"
            tok.lemma_ = f"{lemma} {doc[i + 1].lower_}"
            doc[i + 1].dep_ = "prt"


def mend_contracted_has(doc: Doc, lexicon: Lexicon) -> None:
    """Relabel "He's said he ..." from a passive to "has said" (in place; idempotent)."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, _PARTICIPLES):
        tok = doc[i]
        if tok.lemma_.lower() not in verbs:
            continue
        aux = [c for c in tok.children if c.dep_ == "auxpass"]
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if len(aux) != 1 or aux[0].text not in _CONTRACTED or len(subj) != 1 or subj[0].lower_ in _IMPERSONAL:
            continue
        clause = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        if len(clause) != 1 or clause[0].dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in clause[0].children):
            continue
        aux[0].dep_, aux[0].lemma_ = "aux", "have"
        subj[0].dep_ = "nsubj"


def mend_noun_roots(doc: Doc, lexicon: Lexicon) -> None:
    """Make a cue verb in the past tense that the parser hung on its sentence's root noun the root
    (or a participle with a clause of its own: "Energy analysts at Wood Mackenzie estimated in a
    note to clients that ..."), and the noun its subject (in place; idempotent): what the noun
    had after the verb (the reported clause, the final stop) goes with the verb, a clause of its
    own as the verb's complement."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, _PARTICIPLES):
        verb = doc[i]
        noun = verb.head
        if (verb.dep != ACL or noun.pos not in (NOUN, PROPN) or noun.head.i != noun.i or noun.i > verb.i
                or not _subjectless_cue(verb, verbs)):
            continue
        if verb.tag == _VBN and not _reports_clause(verb) and not _after_aside(noun, verb):
            continue  # ("Documents released Tuesday": a participle; not "Analysts estimated in a note that ...")
        after = [c for c in noun.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        for child in after:
            child.head = verb
            if child.dep_ in ("acl", "relcl") and any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in child.children):
                child.dep_ = "ccomp"


_CLOCK = frozenset(get_string_id(w) for w in ("a.m.", "p.m.", "A.M.", "P.M."))


def mend_clock_times(doc: Doc, lexicon: Lexicon) -> None:
    """Make "a.m." or "p.m." that ends a sentence, which the parser took for its final stop, the
    object of the preposition before its number (in place; idempotent): "called to the home
    just after 2 a.m." had the time hung on the cue, out of the reported clause."""
    for i in tokens_where(doc, ORTH, _CLOCK):
        tok = doc[i]
        if tok.dep_ != "punct" or i < 2:
            continue
        k = i - 1
        while k > 0 and doc[k].head.i == i and doc[k].dep_ in ("nummod", "compound"):
            k -= 1
        if k == i - 1 or doc[k].dep_ != "prep" or any(c.dep_ == "pobj" for c in doc[k].children):
            continue
        tok.head, tok.dep_, tok.pos_, tok.tag_ = doc[k], "pobj", "NOUN", "NN"


# verbs of having or being given something, whose participle object is a noun's modifier
# ("held admitting privileges", "gave speaking fees", "got voting rights")
_HAVING_VERBS = frozenset({"have", "hold", "get", "give", "grant", "receive", "gain", "lose", "earn", "pay", "win", "offer", "deny"})


def mend_participle_modifiers(doc: Doc, lexicon: Lexicon) -> None:
    """Make a cue's participle that the parser read as the complement of a verb of having, right
    before its noun, that noun's modifier (in place; idempotent): in "where she held admitting
    privileges" "admitting" was a report of "privileges"; it is the kind of privileges."""
    for i in tokens_where(doc, TAG, (_VBG,)):
        part = doc[i]
        if part.dep_ != "xcomp" or part.head.lemma_.lower() not in _HAVING_VERBS or part.head.i != i - 1 or i + 1 >= len(doc):
            continue
        noun = doc[i + 1]
        if noun.head.i != i or noun.dep_ != "dobj" or noun.tag_ not in ("NNS", "NN") or part.lemma_.lower() not in lexicon.verb_lemmas:
            continue
        verb = part.head
        noun.head, noun.dep_ = verb, "dobj"
        for child in [c for c in part.children if c.i > noun.i]:
            child.head = verb
        part.head, part.dep_, part.pos_, part.tag_ = noun, "amod", "ADJ", "JJ"


_READ = frozenset(get_string_id(w) for w in ("read", "reads"))


def mend_noun_reads(doc: Doc, lexicon: Lexicon) -> None:
    """Make "read" the parser took for a noun at the end of a document's phrase the verb of its
    sentence, the document its subject (in place; idempotent): "The statement from the
    territorial government read, in part: "..."" had "government read" as the object of
    "from". Only where a comma or colon follows it and a quotation opens within a few words."""
    for i in tokens_where(doc, ORTH, _READ):
        read = doc[i]
        if read.pos != NOUN or i == 0 or i + 2 >= len(doc) or doc[i + 1].text not in (",", ":") or read.dep_ != "pobj":
            continue
        if not any(t.is_quote for t in doc[i + 1 : min(len(doc), i + 8)]):
            continue
        prep = read.head
        root = prep.head
        if root.head.i != root.i or root.pos not in (NOUN, PROPN) or root.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        left = [c for c in read.children if c.i < i]
        inner = next((c for c in reversed(left) if c.dep_ == "compound" and c.pos in (NOUN, PROPN) and c.i == i - 1), None)
        if inner is None:
            continue  # "a good read": a noun, the words before it no noun of their own
        inner.head, inner.dep_ = prep, "pobj"  # "from the territorial government"
        for c in left:
            if c.i != inner.i:
                c.head = inner
        after = [c for c in root.children if c.i > i]
        read.pos_, read.tag_, read.lemma_ = "VERB", "VBD", "read"
        read.head, read.dep_ = read, "ROOT"
        root.head, root.dep_ = read, "nsubj"
        for child in after:
            child.head = read


def _after_aside(noun: Token, verb: Token) -> bool:
    """Whether a participle stands right after the comma that closes a relative clause or an
    apposition on its noun, the sentence's root: "Trump, who is running, tweeted on Friday to
    say ..." has no other verb; a participle that is itself the aside ("The plan, drafted in
    May, ...") follows none."""
    doc = noun.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ in ("relcl", "appos") and noun.i < c.i < verb.i and c.right_edge.i == verb.i - 2 for c in noun.children)


def mend_age_subjects(doc: Doc, lexicon: Lexicon) -> None:
    """Make a verb of saying the parser read as a word of the noun after an age ("A 67-year-old
    told reporters she had waited ...", "The 31-year-old said nurses were kind") the verb of
    its sentence and the age its subject (in place; idempotent): the noun after it is what was
    told ("reporters", a clause on it the reported one) or the subject of the reported clause."""
    from .cues.frame import age_noun  # (the cues package reads this module)

    speech = lexicon.speech_verbs
    for i in tokens_where(doc, TAG, {_PAST}):
        verb, noun = doc[i], doc[i].head
        age = doc[i - 1] if i > 0 else None
        if (verb.dep_ not in ("amod", "compound") or verb.lemma_.lower() not in speech or noun.i != i + 1 or age is None
                or not age_noun(age) or age.head.i != noun.i):
            continue
        root = verb.sent.root
        first = age.left_edge.i
        dets = [c for c in noun.children if c.i < first]  # "A", "The"
        verb.head, verb.dep_ = verb, "ROOT"
        age.head, age.dep_ = verb, "nsubj"
        for d in dets:
            d.head = age
        if root.i == noun.i:  # "told reporters she had waited ..."
            noun.head, noun.dep_ = verb, "dobj"
            for c in [c for c in noun.children if c.i > noun.i]:
                c.head = verb
                if c.dep_ in ("relcl", "acl") and any(s.dep_ in CLAUSE_SUBJECT_DEPS for s in c.children):
                    c.dep_ = "ccomp"
        else:  # "said nurses were kind"
            root.head, root.dep_ = verb, "ccomp"
            for c in [c for c in root.children if c.is_punct and c.i == root.right_edge.i]:
                c.head = verb  # the final stop


def _reports_clause(verb: Token) -> bool:
    """Whether a participle has a clause of its own after it, opened by "that" or with its own
    subject, and is no passive (no agent, no auxiliary)."""
    return not any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children) and any(
        c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ in CLAUSE_SUBJECT_DEPS or g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
        for c in verb.children)


def mend_doubled_subjects(doc: Doc, lexicon: Lexicon) -> None:
    """Make a cue verb the parser hung on a subject as a reduced relative clause the verb of that
    subject, where the clause the subject stood in has a second subject after the cue (in place;
    idempotent): in "Multiple outlets reported on Wednesday the Secret Service had ..." the parser
    reads "outlets reported" as "outlets that were reported" and gives "had" two subjects. That
    clause is what the cue reports."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, _PARTICIPLES):
        verb = doc[i]
        noun = verb.head
        clause = noun.head
        if (verb.dep != ACL or noun.dep_ != "nsubj" or noun.i > i or clause.i < i or not _subjectless_cue(verb, verbs)
                or clause.lemma_.lower() in lexicon.speech_verbs  # ("A statement posted on the site X said ...": said's)
                or any(c.dep_ in ("agent", "dobj", "ccomp", "xcomp", "auxpass") for c in verb.children)):
            continue
        second = [c for c in clause.children if c.dep_ == "nsubj" and i < c.i < clause.i]
        if len(second) != 1 or any(doc[j].text in (",", ";", ":") for j in range(verb.right_edge.i + 1, second[0].left_edge.i)):
            continue
        root = clause.head.i == clause.i
        verb.head, verb.dep_ = (verb if root else clause.head), ("ROOT" if root else clause.dep_)
        noun.head, noun.dep_ = verb, "nsubj"
        clause.head, clause.dep_ = verb, "ccomp"
        for child in [c for c in clause.children if c.dep_ == "punct" and c.i == clause.right_edge.i and c.i > clause.i]:
            child.head = verb  # the final stop


def mend_adjective_verbs(doc: Doc, lexicon: Lexicon) -> None:
    """Make a past verb the parser read as an adjective the verb of the clause a cue reports,
    where it stands after a name and a phrase set off by commas (in place; idempotent): in
    "Prosecutor Danielle Arsenault said Gerald Thibodeau, 61, forged signatures on 43 slips and
    moved the money" the parser reads "forged signatures" as an apposition to the name and gives
    "said" two subjects, so the claim was lost (or cut to "the money" by the verb it joined to
    "said"). The name is the new clause's subject, the noun its object, and a verb joined to the
    cue after it its conjunct."""
    verbs = lexicon.speech_verbs
    for i in tokens_where(doc, TAG, _PARTICIPLES):
        verb = doc[i]
        noun = verb.head
        name = noun.head
        cue = name.head
        if _quoted_verb_read_as_adjective(verb, noun, name, cue, verbs):
            # 'The agency says its new system "failed riders" during the outage': the object of
            # "says" is the subject of the quoted verb, the quoted noun its object
            verb.head, verb.dep_ = cue, "ccomp"
            name.head, name.dep_ = verb, "nsubj"
            noun.head, noun.dep_ = verb, "dobj"
            for child in [c for c in name.children if c.i > noun.i and c.dep_ in ("prep", "punct", "npadvmod", "cc", "conj")]:
                child.head = verb
            continue
        if (verb.dep != AMOD or verb.pos != VERB or noun.dep_ != "appos" or name.dep_ != "nsubj" or noun.left_edge.i != i
                or doc[i - 1].text != "," or not cue.i < name.i < i or cue.lemma_.lower() not in verbs
                or not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children)):
            continue
        verb.head, verb.dep_ = cue, "ccomp"
        name.head = verb
        noun.head, noun.dep_ = verb, "dobj"
        doc[i - 1].head = name  # the comma that closes the set-off phrase
        for child in [c for c in cue.children if c.i > noun.i and c.dep_ in ("cc", "conj")]:
            child.head = verb  # "and moved the money": the same subject's


def _quoted_verb_read_as_adjective(verb: Token, noun: Token, obj: Token, cue: Token, verbs: frozenset[str]) -> bool:
    """Whether a past verb that opens a quotation is read as an adjective of a quoted noun set in
    apposition to the object of a cue verb ('says its new system "failed riders"')."""
    return (verb.dep == AMOD and verb.pos == VERB and noun.dep_ == "appos" and obj.dep_ == "dobj" and cue.i < obj.i == verb.i - 2
            and cue.lemma_.lower() in verbs and noun.left_edge.i in (verb.i - 1, verb.i) and verb.doc[verb.i - 1].is_quote
            and any(c.dep_ == "nsubj" for c in cue.children))


# what a cue that closes its sentence may have besides its subject: "..., the report has found
# [this week]."
_TRAILING_CUE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "advmod", "npadvmod", "neg", "punct"})


def mend_trailing_cues(doc: Doc, lexicon: Lexicon) -> None:
    """Make a cue verb that closes its sentence after a comma, with a subject of its own and
    nothing after it, the verb the sentence's clause hangs on, where the parser hung it inside
    that clause (in place; idempotent): in "Nearly a third of homes have mould, an internal report
    has found." the parser reads "has found" as a second verb joined to "have", and in "Ministers
    were warned that homes faced closure, leaked documents seen by the BBC suggest." it reads
    "leaked" as a verb and "suggest" as a clause of it; the claim was lost. The clause before is
    what the cue reports, as in "..., the report said"; a participle the parser took from the
    subject's phrase ("leaked") goes back to it."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, _FINITE | {_VBN}):
        verb = doc[i]
        if verb.dep_ in ("ROOT", "relcl", "acl") or verb.lemma_.lower() not in verbs:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        root = verb.sent.root
        if len(subjects) != 1 or subjects[0].i > i or root.i > i or not root.is_ancestor(verb):
            continue
        first = subjects[0].left_edge.i
        lead = first
        while lead - 1 > root.i and first - lead < 2 and doc[lead - 1].tag_ in ("VBN", "VBD", "JJ"):
            lead -= 1  # "leaked documents", the parser's verb
        # the cue with nothing of its own after it but when it was said (not "an opponent he
        # deemed unfit to ...": a clause on the noun before) or a participle set off by a comma
        # ('..., Lewandowski added, saying it should be ...'), right after a comma that closes
        # the sentence's own clause (not "..., and the jury agreed"), or after a quotation that
        # ends on one ('Comey cannot say that "from his perspective," Lewandowski added')
        quoted = lead >= 3 and doc[lead - 1].is_quote and doc[lead - 2].text == ","
        comma = lead - 2 if quoted else lead - 1
        # (after a quotation, what the parser hung on the cue before it is the quotation's clause)
        stray = [c for c in verb.children if quoted and c.i < comma]
        if (lead < 2 or doc[comma].text != "," or comma <= root.i
                or any(c.dep_ not in _TRAILING_CUE_DEPS and not _participle_after(c, verb) for c in verb.children if c not in stray)
                or any(c.dep_ == "cc" and verb.head.i < c.i < i for c in verb.head.children)
                or not _nothing_after(verb, verb.right_edge.i + 1)
                or any(doc[j].is_quote for j in range(lead, i))):
            continue
        noun = subjects[0]
        for j in range(lead, first):
            doc[j].head, doc[j].dep_ = noun, "amod"
            if doc[j].pos == VERB:
                doc[j].tag_ = "VBN"
        for c in stray:
            c.head = root
        _report_root(verb, root, i)
        doc[comma].head = verb  # the comma before the cue


def mend_verbless_reports(doc: Doc, lexicon: Lexicon) -> None:
    """Make the first of two subjects of a cue verb that closes its sentence the clause it
    reports, where a comma sets the second off right before the verb (in place; idempotent): a
    headline leaves the verb out of what is reported ("Canada, U.S. near deal on softwood lumber,
    sources say"), and the parser read "Canada" as a second subject of "say"; the claim was lost."""
    speech = lexicon.speech_verbs
    for i in tokens_where(doc, TAG, _FINITE):
        verb = doc[i]
        if verb.dep_ != "ROOT" or verb.lemma_.lower() not in speech or not _nothing_after(verb, i + 1):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or subjects[1].i > i:
            continue
        first, last = subjects
        comma = last.left_edge.i - 1
        if comma <= first.right_edge.i or doc[comma].text != "," or first.left_edge.i != verb.sent.start:
            continue
        if any(t.pos in (VERB, AUX) for t in doc[first.left_edge.i : comma]):
            continue  # (a clause of its own: the parser's other misreadings, mend_trailing_cues)
        first.dep_ = "ccomp"
        doc[comma].head = verb


def _participle_after(child: Token, verb: Token) -> bool:
    """Whether a child of a trailing cue is a participle after it, set off by a comma
    ('..., Lewandowski added, saying ...')."""
    return child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i + 1 and verb.doc[child.i - 1].text == ","


def _nothing_after(verb: Token, i: int) -> bool:
    """Whether only punctuation and spaces stand from token i to the end of verb's sentence."""
    return all(t.is_punct or t.is_space for t in verb.doc[i : verb.sent.end])


def _report_root(verb: Token, root: Token, after: int) -> None:
    """Make a cue that closes its sentence the sentence's root and the old root the clause it
    reports, the punctuation the old root had after token ``after`` (the final stop) the cue's."""
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "ccomp"
    for child in [c for c in root.children if c.is_punct and c.i > after]:
        child.head = verb


def mend_adverb_names(doc: Doc, lexicon: Lexicon) -> None:
    """Make a surname the tagger read as an adverb or adjective right before a cue verb with no
    subject that verb's subject, where the document names that person in full elsewhere (in
    place; idempotent): in "Reilly promised to cut the GST; Kovacs said ..." the tagger reads
    "Reilly" as an adverb ("really"), "promised" has no subject, and the claim went to Kovacs."""
    verbs = lexicon.verb_lemmas
    surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    if not surnames:
        return
    for i in tokens_where(doc, TAG, _FINITE):
        verb = doc[i]
        if i < 1 or not _subjectless_cue(verb, verbs):
            continue
        name = doc[i - 1]
        opens = name.i == 0 or name.is_sent_start or doc[name.i - 1].is_punct or doc[name.i - 1].lower_ in ("and", "but")
        if (not opens or name.head.i != i or name.pos in (PROPN, NOUN, PRON) or not name.is_title or name.lower_ not in surnames
                or name.dep_ not in ("advmod", "npadvmod", "amod", "dep", "compound")):
            continue
        name.pos_, name.tag_, name.dep_ = "PROPN", "NNP", "nsubj"


# cue verbs that are as often a word for someone before a name ("Tenant advocate Wendy Pedersen")
_ROLE_VERBS = frozenset({"advocate", "witness"})


def mend_verb_given_names(doc: Doc, lexicon: Lexicon) -> None:
    """Make a given name or a title the tagger read as a verb, with the name after it as its
    object, part of that name, the name the subject of the cue verb it hangs on (in place;
    idempotent): in "Sylvain Charlebois of Dalhousie University predicted beef prices would
    rise", "Sylvain" was a verb whose object was "Charlebois", and the speaker "Sylvain" alone;
    in "Patients' advocate Kathleen Finlay, founder of ..., said", "advocate" was a verb (no verb
    has a possessive) and the speaker its object's apposition, "founder of ...". A capitalised
    word alone read as a verb and subject of a cue is a name ('"...," Trump shot back')."""
    verbs = lexicon.verb_lemmas
    names: list[tuple[int, int]] = []
    for i in tokens_where(doc, POS, (VERB,)):
        word = doc[i]
        cue = word.head
        if word.pos != VERB or word.dep_ != "nsubj" or cue.i <= word.i or cue.lemma_.lower() not in verbs:
            continue
        if word.is_title and word.i > 0 and not word.n_lefts and not word.n_rights and word.tag_ != "VBG":
            # '"...," Trump shot back': a name alone before its cue, read as a verb
            word.pos_, word.tag_ = "PROPN", "NNP"
            continue
        given = word.is_title and is_given_name(word.text)
        if not given and not (word.lower_ in ROLE_WORDS or word.lower_ in _ROLE_VERBS or any(c.dep_ == "poss" for c in word.children)):
            continue
        name = next((c for c in word.children if c.dep_ == "dobj" and c.left_edge.i == word.i + 1 and c.pos == PROPN and c.is_title), None)
        if name is None or (given and name.i != word.i + 1) or (not given and name.ent_type_ != "PERSON"):
            continue
        word.pos_, word.tag_, word.dep_, word.head = ("PROPN", "NNP", "compound", name) if given else ("NOUN", "NN", "compound", name)
        name.dep_, name.head = "nsubj", cue
        for c in word.children:
            if c.dep_ == "nsubj" and c.i < word.i:
                c.dep_ = "compound"  # "Parent advocate Jennifer Stewart": no one's subject
        if given:
            names.append((word.i, name.i + 1))
    if names:
        # the recogniser's entity over the name ("[Sylvain Charlebois of Dalhousie University]"
        # ORG) becomes the person's name, and what it ran on into after "of" a body of its own
        out: list[Span] = []
        for ent in doc.ents:
            name = next(((a, b) for a, b in names if ent.start <= a < ent.end and b <= ent.end), None)
            if name is None:
                out.append(ent)
                continue
            if ent.start < name[0]:
                out.append(Span(doc, ent.start, name[0], label=ent.label))
            out.append(Span(doc, name[0], name[1], label=PERSON))
            rest = name[1] + 1 if name[1] < ent.end and doc[name[1]].lower_ == "of" else name[1]
            if rest < ent.end:
                out.append(Span(doc, rest, ent.end, label=ent.label))
        for a, b in names:
            if not any(e.start <= a < e.end for e in doc.ents) and not any(doc[i].ent_type_ for i in range(a, b)):
                out.append(Span(doc, a, b, label=PERSON))
        doc.set_ents(sorted(out, key=lambda e: e.start))


def mend_relative_cues(doc: Doc, lexicon: Lexicon) -> None:
    """Make a cue verb that closes its sentence, which the parser read as a relative clause on
    the noun before its subject, the verb the sentence's clause hangs on (in place; idempotent):
    in '... would "only hurt those who impose them," the state news agency TASS reported.' the
    parser makes "the state news agency" an object of "told" and "TASS reported" a clause on it,
    so the report held nothing. The noun goes with the name, and the clause is what it reports."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, _FINITE):
        verb = doc[i]
        noun = verb.head
        root = noun.head
        if verb.dep_ != "relcl" or noun.i >= i or verb.lemma_.lower() not in verbs or root.dep_ != "ROOT" or root.i > noun.i:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if (len(subjects) != 1 or subjects[0].i != noun.i + 1 or subjects[0].pos != PROPN
                or any(c.dep_ not in _TRAILING_CUE_DEPS for c in verb.children)
                or not _nothing_after(verb, i + 1)):
            continue
        start = noun.left_edge.i
        if start < 2 or not (doc[start - 1].text == "," or doc[start - 1].is_quote and doc[start - 2].text in (",", "?", "!")):
            continue
        name = subjects[0]
        _report_root(verb, root, noun.i)
        noun.head, noun.dep_ = name, "nmod"  # "the state news agency TASS"
        for j in range(start - 2, start):
            if doc[j].is_punct and doc[j].head.i == root.i:
                doc[j].head = verb  # the comma (and closing mark) before the name


def mend_quoted_subjects(doc: Doc, lexicon: Lexicon) -> None:
    """Make the name right after a closing quotation mark the subject of the cue verb after it,
    which has none, where only a phrase set off by commas stands between (in place; idempotent):
    in '"We've had better conventions," Texas delegate Bill Eastland, wearing a cowboy hat, said'
    the parser hangs the name and the participle on the quoted clause and leaves "said" without a
    subject. The set-off phrase goes with the name."""
    speech = lexicon.speech_verbs
    for i in tokens_where(doc, TAG, _FINITE):
        verb = doc[i]
        if i < 6 or doc[i - 1].text != "," or not _subjectless_cue(verb, speech):
            continue
        # the mark that closes the quoted words ('...,"'), not one inside the set-off phrase
        close = next((j for j in range(i - 2, max(i - 30, 0), -1) if doc[j].tag_ == "''" and doc[j - 1].text in (",", "?", "!")), None)
        if close is None or close + 1 >= i:
            continue
        noun = doc[close + 1]
        while noun.dep_ in ("compound", "amod", "det", "nummod", "poss") and close < noun.head.i < i:
            noun = noun.head
        comma = noun.i + 1
        if (noun.pos not in (PROPN, NOUN) or noun.ent_type != PERSON and noun.pos != NOUN or noun.head.i > noun.i
                or noun.head.i >= i or comma >= i - 1 or doc[comma].text != ","
                or any(doc[j].text in (";", ":") or doc[j].is_sent_start for j in range(comma, i))
                or sum(doc[j].tag_ in ("``", "''") for j in range(comma, i)) % 2):
            continue
        phrase = [doc[j] for j in range(comma + 1, i - 1) if not (comma < doc[j].head.i < i - 1)]
        if not phrase or any(t.head.i == i for t in phrase):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        for t in phrase:
            t.head, t.dep_ = noun, ("acl" if t.pos == VERB else "appos")
        for j in (comma, i - 1):
            doc[j].head = noun


def mend_asked_subjects(doc: Doc, lexicon: Lexicon) -> None:
    """Make the cue after a participle of asking set off by commas the main verb (in place;
    idempotent): in "Anita Anand, asked about the reports on Thursday, would only say that ..."
    the parser reads "Anand asked about the reports" as the main clause and "say" as what she
    asked. The participle becomes a clause of the cue, as the parser reads "Trump, asked about the
    wall, said ..." (verbs._set_off_participle: the participle's noun speaks, asked by no one)."""
    asking = lexicon.flag("addressee")
    speech = lexicon.speech_verbs
    for i in tokens_where(doc, TAG, _PARTICIPLES):
        asked = doc[i]
        if asked.lemma_.lower() not in asking or asked.dep_ == "relcl":
            continue
        noun = next((c for c in asked.children if c.dep_ == "nsubj" and c.right_edge.i in (i - 2, i - 1) and doc[i - 1].text == ","), None)
        verb = next((c for c in asked.children if c.dep_ == "ccomp" and c.i > i and _subjectless_cue(c, speech)), None)
        if verb is None and asked.head.i != i:
            # or hung beside it: "after Mr. Trump, asked about ..., had said, ..." ("said" a dep of the root)
            verb = next((c for c in asked.head.children if c.dep_ == "dep" and c.i > i and _subjectless_cue(c, speech)), None)
        if noun is None or verb is None or any(c.dep_ in ("aux", "auxpass") for c in asked.children):
            continue
        start = verb.left_edge.i
        if start < 1 or doc[start - 1].text != "," or doc[start - 1].head.i != i:
            continue
        root = asked.head.i == asked.i
        verb.head, verb.dep_ = (verb if root else asked.head), ("ROOT" if root else asked.dep_)
        asked.head, asked.dep_ = verb, "ccomp"
        for child in [c for c in asked.children if c.i > verb.right_edge.i or c.i == start - 1 or c.dep_ == "mark"]:
            child.head = verb  # the final stop, the comma before the cue, "after"


def mend_compound_subjects(doc: Doc, lexicon: Lexicon) -> None:
    """Make a plural the parser read as a verb (or a noun) compounded with the cue verb after it
    that verb's subject (in place; idempotent): in "..., Federal Election Commission records
    show." the tagger calls "records" a verb and the parser a compound of "show", which has no
    subject; in "He was charged with fraud, court records show." it is a plural noun, compounded
    all the same."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, (_VBZ, _NNS)):
        tok = doc[i]
        verb = tok.head
        if (tok.dep_ != "compound" or verb.i != tok.i + 1 or verb.pos != VERB or not tok.lower_.endswith("s")
                or not _subjectless_cue(verb, verbs)):
            continue
        first = min([tok.left_edge.i] + [c.left_edge.i for c in verb.children if c.dep_ == "compound" and c.i < tok.i])
        if tok.tag == _NNS and (verb.dep_ != "ROOT" or first < 1 or doc[first - 1].text != ","):
            continue  # a noun only in a report closing its sentence after a comma (not a headline's "Union rejects offer")
        if tok.tag == _VBZ:
            tok.tag_, tok.pos_, tok.lemma_ = "NNS", "NOUN", tok.lower_[:-1]
        tok.dep_ = "nsubj"
        j = tok.i - 1
        while j >= 0 and doc[j].dep_ == "compound" and doc[j].head.i == verb.i:
            doc[j].head = tok  # "Federal Election Commission" with it
            j -= 1


def mend_stranded_subjects(doc: Doc, lexicon: Lexicon) -> None:
    """Make a name set off by a comma right before a cue verb that has no subject that verb's
    subject (in place; idempotent): in "Alarmed by the unrest in Nevada, Senator Harry Reid, the
    minority leader, said that ..." the parser joins "Reid" to "Nevada" as a conjunct, and in
    "Campaigning for Hillary Clinton, former president Bill Clinton said ..." or "In a statement
    to the Observer, her adviser, Jake Sullivan, said: ..." it hangs the speaker on the name
    before it as an apposition; "said" has no subject. Only a name or a noun joined so to a word
    inside a phrase before it that hangs on the verb (a participle's or a preposition's object:
    a list of subjects, "Ruiz, Lee and Park said", is no conjunct of a word in another phrase)."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, _FINITE | {_VBN}):
        verb = doc[i]
        if not _subjectless_cue(verb, verbs):
            continue
        # a perfect's auxiliary stands between ("..., 67 percent, have said")
        aux = [c for c in verb.children if c.dep_ == "aux" and c.i < i]
        if verb.tag == _VBN and not (aux and aux[0].lower_ in ("have", "has", "had") and aux[0].i == i - 1):
            continue
        first = _before_asides(verb, aux[0].i if aux else i)
        last = first - 2 if first > 0 and doc[first - 1].text == "," else first - 1
        if last < 3:
            continue
        noun = doc[last]
        # from the phrase's last word ("leader") up to its head ("Reid"), through an apposition
        # to a name ("Jake Sullivan" -> "her adviser"), not past one to an object ("the Observer")
        while (noun.head.i != noun.i and noun.head.right_edge.i == last and noun.dep_ != "conj"
               and not (noun.dep_ == "appos" and noun.head.dep_ in ("pobj", "dobj"))
               and not (noun.dep_ == "appos" and noun.ent_type == PERSON and noun.head.ent_type == PERSON)):
            # (a name in apposition to a name is a second person: "for his wife, Hillary
            # Clinton, former president Bill Clinton said")
            noun = noun.head
        first = noun
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first is not noun and noun.pos == PROPN and first.dep_ == "appos" and first.pos == NOUN:
            # "In addition to Mr. Ruiz, two members of the council, Ana Lee and Tom Park, have said":
            # the names after the description are its apposition, the parser's conjuncts of it
            noun = first
        if (noun.dep_ not in ("conj", "appos") or noun.pos not in (PROPN, NOUN) or noun.ent_type != PERSON and noun.pos != NOUN
                or noun.left_edge.i < 1 or doc[noun.left_edge.i - 1].text != ","
                or any(c.dep_ == "cc" for c in noun.head.children if c.i < noun.i)):
            continue
        phrase = next((a for a in noun.ancestors if a.head.i == verb.i), None)
        if phrase is None or phrase.i > verb.i or phrase.dep_ not in ("advcl", "prep", "npadvmod"):
            continue
        noun.head, noun.dep_ = verb, "nsubj"


def _before_asides(verb: Token, first: int) -> int:
    """The first token of what stands between a cue verb (or its auxiliary, token first) and
    its stranded subject: an adverb right before it and an aside between commas before that
    ("Speaking in Harlem, Clinton, without naming him, also accused ...": "without"); first
    itself where there is neither."""
    doc = verb.doc
    j = first
    while j > 0 and doc[j - 1].dep_ == "advmod" and doc[j - 1].head.i == verb.i:
        j -= 1
    if j > 2 and doc[j - 1].text == ",":
        # (the parser may hang it on the phrase before: "without" on "Speaking")
        aside = next((t for t in doc[verb.sent.start : j - 1] if t.dep_ in ("prep", "advcl") and t.right_edge.i == j - 2
                      and t.left_edge.i > 1 and doc[t.left_edge.i - 1].text == ","), None)
        if aside is not None:
            return aside.left_edge.i
    return j


def mend_opening_names(doc: Doc, lexicon: Lexicon) -> None:
    """Make a person's name that opens a sentence, set off by a comma, the subject of the cue
    verb it hangs on, where that verb has none (in place; idempotent): in "Kowalski, again
    claiming that the vote was rigged, said he would not concede" the parser reads "Kowalski"
    as a clause of "said" ("advcl") and "said" has no subject."""
    verbs = lexicon.verb_lemmas
    for ent in doc.ents:
        if ent.label != PERSON or ent.end >= len(doc) or doc[ent.end].text != ",":
            continue
        name = ent.root
        verb = name.head
        if (name.dep_ not in ("advcl", "npadvmod", "dep", "intj") or verb.i < ent.end or verb.tag not in _FINITE
                or not _subjectless_cue(verb, verbs) or ent.start != verb.sent.start):
            continue
        name.dep_ = "nsubj"


def _subjectless_clause_after(verb: Token) -> Token | None:
    """The clause a verb reports after it ("ccomp"), where it has no subject and no "that" of its
    own ("Ruiz said - would cost billions"); None otherwise."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(c.dep_ in CLAUSE_SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children):
        return None
    return clause


def _subject_holding(verb: Token, name: Token, verbs: frozenset[str]) -> bool:
    """Whether a cue verb's one subject holds the name right before the verb in its phrase, and
    the clause the verb reports has no subject: in "The plan, unveiled in Toronto - Ruiz said -
    would cost billions" the parser reads "Toronto - Ruiz" as the place the plan was unveiled in
    and "plan" as the subject of "said" (mend_inserted_cues gives the plan to its clause)."""
    subjects = [c for c in verb.children if c.dep_ in CLAUSE_SUBJECT_DEPS]
    return (verb.lemma_.lower() in verbs and len(subjects) == 1 and subjects[0].i < name.i <= subjects[0].right_edge.i
            and _subjectless_clause_after(verb) is not None)


def mend_dash_names(doc: Doc, lexicon: Lexicon) -> None:
    """Make a name right after the dash that closes an aside the subject of the cue verb right
    after it, which has none, or one whose phrase the parser ran on into the name
    (_subject_holding) (in place; idempotent): in "In the interview - recorded at his home
    in Palm Beach - Lewandowski said he never touched her" the parser reads "Palm Beach -
    Lewandowski" as one name, the object of "in", and "said" has no subject. The words before
    the dash take the name's place in the phrase; the name, and what it holds after the dash,
    become the verb's subject."""
    verbs = lexicon.verb_lemmas
    split = []
    for i in tokens_where(doc, TAG, _FINITE):
        verb = doc[i]
        if i < 3 or not (_subjectless_cue(verb, verbs) or _subject_holding(verb, doc[i - 1], verbs)):
            continue
        name = doc[i - 1]
        if name.pos != PROPN or name.head.i == verb.i or name.dep_ in CLAUSE_SUBJECT_DEPS or name.is_ancestor(verb) or name.head.i == name.i:
            continue  # (no cycle: not a name the verb hangs on)
        # the dash between the name's words, a word of the name right after it
        dash = next((t for t in doc[name.left_edge.i : name.i] if t.text in DASH_CHARS and t.whitespace_
                     and t.i > 0 and doc[t.i - 1].whitespace_), None)
        if dash is None or not all(doc[k].pos == PROPN and doc[k].head.i in range(dash.i + 1, i) for k in range(dash.i + 1, i - 1)):
            continue
        before = [c for c in name.children if c.i < dash.i]
        if len(before) != 1 or before[0].pos not in (PROPN, NOUN):
            continue
        place = before[0]  # "Beach": the last word before the dash, the phrase's own
        place.head, place.dep_ = name.head, name.dep_
        dash.head, dash.dep_ = verb, "punct"
        name.head, name.dep_ = verb, "nsubj"
        split.append(dash.i)
    if split:
        # the recogniser's one entity over both ("Palm Beach - Lewandowski", a place): the place,
        # and the name after the dash (a person's, unless it was a body's)
        out = []
        for ent in doc.ents:
            at = next((k for k in split if ent.start < k < ent.end - 1), None)
            if at is None:
                out.append(ent)
                continue
            out.append(Span(doc, ent.start, at, label=ent.label))
            out.append(Span(doc, at + 1, ent.end, label=ent.label if ent.label_ in ("PERSON", "ORG") else PERSON))
        doc.set_ents(out)


def mend_inserted_cues(doc: Doc, lexicon: Lexicon) -> None:
    """Make the first of a cue verb's two subjects the subject of the clause the verb reports,
    where that clause has none and a dash or a comma sets the cue's own subject off from the
    first (in place; idempotent): in "The plan - Ruiz said - would cost billions" and "The deal
    - which was signed in Ottawa - Ruiz said would create jobs" the parser gives "said" both
    "plan" and "Ruiz", and what Ruiz said loses its subject. (With commas the parser reads the
    cue as an aside of the clause, as it should: "The plan, Ruiz said, would cost billions".)"""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, _FINITE):
        verb = doc[i]
        if verb.lemma_.lower() not in verbs:
            continue
        # (the first may be read as a loose dependent: "That money - the mayor told reporters - has ...")
        subjects = [c for c in verb.children if c.i < i and c.dep_ in ("nsubj", "nsubjpass", "dep") and c.pos in (NOUN, PROPN, PRON)]
        if len(subjects) != 2 or subjects[1].dep_ != "nsubj":
            continue
        first, second = subjects
        mark = doc[second.left_edge.i - 1]
        clause = _subjectless_clause_after(verb)
        if clause is None or not (mark.text == "," or mark.text in DASH_CHARS) or first.right_edge.i > mark.i:
            continue
        first.head = clause
        first.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"


# verbs that say what someone or something is taken for: "X remembered as Y" with no object
# is a passive ("identify as" is not: "She identifies as Métis")
_TAKEN_AS = frozenset({"remember", "hail", "praise", "tout"})
_AS_PHRASES = frozenset({"of", "well", "soon", "long", "part", "far", "much", "many", "if", "though"})


def mend_reduced_passives(doc: Doc, lexicon: Lexicon) -> None:
    """Make the subject of a cue verb of judging that has no auxiliary and no object but "as"
    right after it the subject of a passive (in place; idempotent): a headline leaves the "is"
    out, and in "Longtime Sudbury teacher remembered as 'the heart of the school'" the parser
    reads the teacher as the one remembering. Whoever remembers is named by "by" or no one. (Not
    "as of", "as well", nor "identify as": "She identifies as Métis".)"""
    verbs = ((lexicon.flag("judging") | _TAKEN_AS) & lexicon.verb_lemmas) - {"identify"}
    for i in tokens_where(doc, TAG, _PARTICIPLES):
        verb = doc[i]
        if verb.lemma_.lower() not in verbs or i + 2 >= len(doc):
            continue
        after, nxt = doc[i + 1], doc[i + 2]
        if after.lower_ != "as" or after.head.i != i or nxt.lower_ in _AS_PHRASES:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < i]
        if len(subjects) != 1 or any(c.dep_ in _HAS_OBJECT_OR_AUX for c in verb.children):
            continue
        subjects[0].dep_ = "nsubjpass"
        verb.tag_ = "VBN"
    # "B.C. mine ordered to stop discharging into creek", "Residents told to leave": one is
    # ordered or told, by someone the headline does not name (not "asked to", which may be active:
    # "She asked to speak")
    directives = (lexicon.flag("directive") | lexicon.flag("telling")) - {"ask"}
    for i in tokens_where(doc, TAG, _PARTICIPLES):
        verb = doc[i]
        if verb.lemma_.lower() not in directives or i + 2 >= len(doc) or doc[i + 1].lower_ != "to":
            continue
        infinitive = doc[i + 1].head
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < i]
        if (infinitive.dep_ != "xcomp" or infinitive.head.i != i or len(subjects) != 1
                or any(c.dep_ in _HAS_OBJECT_OR_AUX - {"xcomp"} for c in verb.children)):
            continue
        subjects[0].dep_ = "nsubjpass"
        verb.tag_ = "VBN"


_HAS_OBJECT_OR_AUX = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "aux", "auxpass", "advcl", "csubj"})


def mend_compound_cues(doc: Doc, lexicon: Lexicon) -> None:
    """Make a cue verb the parser read as a word of a name the verb of the sentence (in place;
    idempotent): in "Lethbridge police allege Carla Binns issued herself extra paycheques" the
    parser reads "Lethbridge police allege Carla Binns" as one name, the subject of "issued".
    The words before the cue become its subject; the clause after it what it reports. Only a
    cue in lower case (not a headline's "Police Allege") between a noun and a name, and no word for
    someone ("Tenant advocate Wendy Pedersen said")."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, POS, (NOUN,)):
        tok = doc[i]
        name = tok.head
        clause = name.head
        if (tok.dep_ != "compound" or not tok.is_lower or tok.lower_ not in verbs or tok.lower_ in ROLE_WORDS or tok.lower_ in _ROLE_VERBS
                or i == 0 or name.pos != PROPN or name.dep_ not in ("nsubj", "nsubjpass") or clause.i < name.i or clause.pos not in (VERB, AUX)):
            continue
        before = doc[i - 1]
        if before.dep_ != "compound" or before.head.i not in (i, name.i) or before.pos not in (NOUN, PROPN):
            continue
        if not all(doc[k].pos == PROPN and doc[k].dep_ == "compound" for k in range(i + 1, name.i)):
            continue
        start = i - 1
        while start > 0 and doc[start - 1].dep_ in ("compound", "det", "amod") and doc[start - 1].head.i in (i, name.i, i - 1):
            start -= 1
        root = clause.head.i == clause.i
        tok.head, tok.dep_, tok.pos_, tok.tag_ = (tok if root else clause.head), ("ROOT" if root else clause.dep_), "VERB", "VBP"
        for k in range(start, i - 1):
            doc[k].head = before
        before.head, before.dep_ = tok, "nsubj"
        clause.head, clause.dep_ = tok, "ccomp"
        for child in [c for c in clause.children if c.dep_ == "punct" and c.i == clause.right_edge.i and c.i > clause.i]:
            child.head = tok  # the final stop


def mend_dash_relatives(doc: Doc, lexicon: Lexicon) -> None:
    """Make a name before a relative clause set off by dashes the subject of the cue verb after
    the clause, which has none (in place; idempotent): in "Premier Wab Kinew - who announced the
    plan on Monday - said the tax would end" the parser makes "who announced ..." what was said
    and "Kinew" a loose phrase of "said". The clause goes back on the name."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, _FINITE):
        verb = doc[i]
        if not _subjectless_cue(verb, verbs):
            continue
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < i), None)
        if clause is None:
            continue
        who = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which") and c.i < clause.i), None)
        if who is None or who.i < 2:
            continue
        dash, noun = doc[who.i - 1], doc[who.i - 2]
        if dash.text not in DASH_CHARS or doc[i - 1].text not in DASH_CHARS or noun.pos not in (PROPN, NOUN) or noun.head.i not in (i, clause.i):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        clause.head, clause.dep_ = noun, "relcl"
        dash.head = noun


# subordinators the parser may read as prepositions ("as Patti Davis, ..., attacked Trump")
_SUBORDINATORS = frozenset({"as", "while", "after", "before", "since", "until", "because"})


def mend_subordinate_subjects(doc: Doc, lexicon: Lexicon) -> None:
    """Make the object of a subordinator the parser read as a preposition the subject of the
    cue verb right after it, which has none (in place; idempotent): in "... grew louder as Patti
    Davis, Ronald Reagan's daughter, attacked Trump" the parser makes "as" a preposition, "Davis"
    its object and "attacked" a clause with no subject."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, _FINITE):
        verb = doc[i]
        if i < 2 or not _subjectless_cue(verb, verbs):
            continue
        last = i - 2 if doc[i - 1].text == "," else i - 1
        noun = doc[last]
        # up to the object, its apposition's closing comma aside ("Patti Davis, Reagan's daughter,")
        while noun.head.i != noun.i and last <= noun.head.right_edge.i < i and noun.dep_ != "pobj":
            noun = noun.head
        prep = noun.head
        if (noun.dep_ != "pobj" or noun.pos not in (NOUN, PROPN, PRON) or prep.lower_ not in _SUBORDINATORS
                or prep.dep_ != "prep" or prep.i != noun.left_edge.i - 1 or prep.head.i != verb.head.i or verb.dep_ != "advcl"):
            # (not a conjunct: in "defended Sanders as a mainstream candidate, mocked ..." "as" is a preposition)
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        prep.head, prep.dep_ = verb, "mark"


def mend_second_reports(doc: Doc, lexicon: Lexicon) -> None:
    """Make the noun phrase after "and" or "but" right before a cue verb with no subject that
    verb's subject, and the verb a conjunct of the cue it hung on (in place; idempotent): in
    "One in three said the party does not care about them and one in four said it was hostile"
    the parser joins "one in four" to "them" and makes the second "said" a clause of the first,
    so the first claim held the second. So for a person's name before any verb the parser joined
    to the clause before ("Prosecutors charged the officer with murder and Emanuel fired his
    police chief, acknowledging ...": the participle is Emanuel's, not the prosecutors')."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, _FINITE):
        verb = doc[i]
        host = verb.head
        if verb.dep_ not in ("ccomp", "conj") or host.i >= i or any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in verb.children):
            continue
        noun = doc[i - 1]
        while noun.head.i != noun.i and noun.head.right_edge.i == i - 1 and noun.dep_ != "conj":
            noun = noun.head
        # two cues ("one in four said"), or a person's name before any verb joined to the
        # clause before ("charged the officer with murder and Emanuel fired his police chief,
        # acknowledging ...": the participle is Emanuel's)
        cues = host.lemma_.lower() in verbs and verb.lemma_.lower() in verbs
        named = verb.dep_ == "conj" and noun.pos == PROPN and noun.ent_type == PERSON
        if not (cues or named):
            continue
        joint = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        if (noun.dep_ != "conj" or noun.pos not in (NOUN, PROPN, NUM, PRON) or noun.head.i < host.i or joint is None
                or joint.dep_ != "cc" or joint.lower_ not in ("and", "but") or joint.head.i != noun.head.i):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        joint.head = verb
        verb.dep_ = "conj"


# a headline's length in words, at most (a longer line in title case is a list of names, or worse)
_HEADLINE_WORDS = 40


def headline_sentences(doc: Doc) -> list[Span]:
    """The sentences that are lines of their own in title case, four to _HEADLINE_WORDS words,
    nearly all of them capitalised: "Donald Trump Finally Endorses House Speaker Paul Ryan"."""
    out = []
    for sent in doc.sents:
        i = sent.start
        if i > 0 and not (has_break(doc[i - 1].text) or has_break(doc[i - 1].whitespace_)):
            continue
        words = [t for t in sent if t.is_alpha]
        if 4 <= len(words) <= _HEADLINE_WORDS and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words):
            out.append(sent)
    return out


def mend_headline_names(doc: Doc, lexicon: Lexicon) -> None:
    """End a person's or an organisation's name the recogniser ran on into a headline's cue verb
    before the verb (in place; idempotent; not a place's: "[United States]"): "[Ben Carson
    Defends] Himself ...", "[Ted Cruz Refuses] to ..."; the words after the verb keep a name of
    their own ("[Le Pen Backs Trump]" -> "[Le Pen]", "[Trump]")."""
    heads = headline_sentences(doc)
    if not heads:
        return
    out: list[Span] = []
    changed = False
    for ent in doc.ents:
        cut = None
        if ent.label_ in ("PERSON", "ORG") and any(s.start <= ent.start < s.end for s in heads):
            cut = next((t.i for t in ent[1:] if lexicon.headline_lemma(t.text)), None)
        if cut is None:
            out.append(ent)
            continue
        changed = True
        out.append(Span(doc, ent.start, cut, label=ent.label))
        if cut + 1 < ent.end:
            out.append(Span(doc, cut + 1, ent.end, label=ent.label))
    if changed:
        doc.set_ents(out)


def mend_that_conjuncts(doc: Doc, lexicon: Lexicon) -> None:
    """Hang a that-clause conjoined to a verb on the that-clause before it (in place;
    idempotent): in "said that he had little time, and that he would try ...", the parser may
    join "would try" to "said", leaving it out of what was said; a clause opened by "that" is
    never a conjunct of a main verb, so it goes with the reported clause before it, with the
    "and" and comma between them. A "that" read as a determiner of a subject it cannot go with
    ("but that staff are encouraged to ...": no "that staff are") is that clause's "that"."""
    for i in tokens_where(doc, ORTH, (_THAT,)):
        mark = doc[i]
        if _plural_after_that(mark):
            mark.head, mark.dep_ = mark.head.head, "mark"
        verb = mark.head
        if mark.dep_ != "mark" or verb.dep_ != "conj" or verb.head.pos not in (VERB, AUX):
            continue
        host = verb.head
        if host.dep_ == "ccomp" or any(c.dep_ == "mark" for c in host.children):
            continue  # joined to a reported clause already (as this mend leaves it)
        before = [c for c in host.subtree if c.dep_ == "ccomp" and c.i < verb.i and c.right_edge.i < verb.left_edge.i]
        if not before:
            continue
        # the outermost ("said that he thinks A is bad, and that B": B goes with "thinks", not "is")
        clause = min(before, key=lambda c: (sum(1 for _ in c.ancestors), -c.i))
        between = [c for c in host.children if clause.right_edge.i < c.i < verb.left_edge.i and c.dep_ in ("cc", "punct")]
        for tok in [*between, verb]:
            tok.head = clause


def _plural_after_that(that) -> bool:
    """Whether a "that" the parser made a determiner opens a conjoined clause: one whose subject
    is plural, by its tag or its verb's ("that staff are"; a demonstrative "that" takes neither),
    or one after ", but" or ", and" that pairs with a clause opened by "that" before it."""
    noun = that.head
    if that.dep_ != "det" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.left_edge.i != that.i or noun.head.dep_ != "conj":
        return False
    verb = noun.head
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i)]
    if noun.tag_ in ("NNS", "NNPS") or any(t.tag_ == "VBP" or t.lower_ == "were" for t in finite):
        return True
    # ", but that deterrence must be ..." after a clause opened by "that": the second of a pair
    doc = that.doc
    return (that.i > 2 and doc[that.i - 1].lower_ in ("but", "and") and doc[that.i - 2].text == ","
            and any(t.dep_ == "mark" and t.lower_ == "that" and t.i < that.i for t in verb.head.subtree))


# Modals that are also names: "Will" (George Will), "May" (Theresa May)
_MODAL_NAMES = frozenset({"Will", "May"})
_MODAL_NAME_IDS = frozenset(get_string_id(name) for name in _MODAL_NAMES)


def mend_modal_names(doc: Doc, lexicon: Lexicon) -> None:
    """Relabel a name read as a modal before a cue verb in a finite form no modal takes: in '...,"
    Will wrote' or "Will urged the voters to ...", "Will" is the subject (in place; idempotent)."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, ORTH, _MODAL_NAME_IDS):
        tok = doc[i]
        if tok.tag_ != "MD" or tok.dep_ != "aux":
            continue
        verb = tok.head
        # (a past participle right after a modal too: the tagger's "Will described")
        if verb.i != tok.i + 1 or verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = "nsubj", "PROPN", "NNP", tok.text


def _entity_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token bounds of the entity token i is in (by its IOB tags)."""
    start, end = i, i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def mend_person_nouns(doc: Doc, lexicon: Lexicon) -> None:
    """Tag a capitalised common noun that is a person's name in the document as a proper noun
    ("Sanders" read as NNS, a plural of "sander"; in place; idempotent): a word the document
    gives as a name somewhere (the last word of a person's name whose other words are names, a
    word after a name's first word or title, a word tagged as a person's proper name) is one
    wherever it stands alone. A headline the recogniser took for a name ("Trump Says He Never
    ...") keeps its tags, and so does a word the document never gives as a name ("Aides said")."""
    # the word first: this runs on every document, and few words are capitalised nouns
    candidates = [t for t in (doc[i] for i in tokens_where(doc, POS, (NOUN,))) if t.is_title]
    if not candidates:
        return
    wanted = {t.orth for t in candidates}
    names = set()
    for i in tokens_where(doc, ORTH, wanted):
        t = doc[i]
        before = doc[t.i - 1] if t.i > 0 else None
        if t.ent_type == PERSON:
            start, end = _entity_bounds(doc, t.i)
            if (t.pos == PROPN or (end - start > 1 and end == t.i + 1)) and all(doc[k].pos == PROPN for k in range(start, t.i)):
                names.add(t.orth)
        if before is not None and before.pos == PROPN and before.dep_ == "compound" and before.head.i == t.i:
            names.add(t.orth)
    verbs = lexicon.verb_lemmas
    for tok in candidates:
        low = tok.lower_
        if tok.orth not in names or {low, low[:-1], low[:-2]} & verbs:
            continue  # not a cue verb of a headline ("Trump Says ...", "Clinton Calls ...")
        if tok.ent_type and tok.ent_type != PERSON and (tok.ent_type == NORP or _entity_bounds(doc, tok.i) != (tok.i, tok.i + 1)):
            continue  # a word of another kind of name ("the Sanders Institute") or a group ("Senate
            # Republicans"); alone, the recogniser may call a surname anything ('"...," Mendes wrote': PRODUCT)
        if tok.ent_type == PERSON:
            start, end = _entity_bounds(doc, tok.i)
            if any(doc[k].pos not in (PROPN, NOUN) for k in range(start, end)):
                continue  # a name the recogniser ran on into other words ("Trump Says He Never")
        tok.pos_, tok.tag_ = "PROPN", "NNP"


# prepositions of place the parser may read as adjectives of the noun after them at a sentence's
# start ("Outside court, ...": "Outside" amod of "court", and "court" the subject)
_PLACE_PREPOSITIONS = frozenset({"outside", "inside"})


def mend_fronted_places(doc: Doc, lexicon: Lexicon) -> None:
    """Make the apposition after a fronted place the subject of its cue verb, where the parser
    read the place as the subject (in place; idempotent): in "Outside court, one of the victims,
    81-year-old Therese Bouchard, said she was relieved" "Outside" is an adjective of "court",
    "court" the subject of "said" and the victim its apposition, so "Outside court" spoke. The
    place becomes a modifier of the verb, the apposition its subject."""
    verbs = lexicon.verb_lemmas
    for sent in doc.sents:
        first = sent[0]
        noun = first.head
        if first.lower_ not in _PLACE_PREPOSITIONS or first.dep_ not in ("amod", "advmod") or noun.i <= first.i:
            continue
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_.lower() not in verbs or noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
            continue
        appos = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i + 1), None)
        if appos is None or verb.i < appos.i:
            continue
        appos.head, appos.dep_ = verb, "nsubj"
        noun.dep_ = "npadvmod"


def mend_place_pairs(doc: Doc, lexicon: Lexicon) -> None:
    """Make the person after a place of two names the subject (in place; idempotent): in
    "Newfoundland and Labrador Premier Tony Wakeham defended ..." the parser may make
    "Newfoundland" the subject and the premier its conjunct, and the two were read as two
    speakers ("Newfoundland and Tony Wakeham"). Where the word after the "and" is a place too and
    a role stands between it and a person's name, the place is a word of the name's title."""
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC") or len(ent) != 1:
            continue
        place = ent.root
        if place.dep_ not in ("nsubj", "nsubjpass") or place.i + 2 >= len(doc) or doc[place.i + 1].lower_ != "and":
            continue
        other = doc[place.i + 2]
        # the person: the place's conjunct, or a second subject of its verb (the recogniser may
        # take the second place for a person's name: "Labrador")
        person = next((c for c in (*place.children, *place.head.children) if c.ent_type_ == "PERSON" and c.i > other.i and (
            (c.dep_ == "conj" and c.head.i == place.i) or (c.dep_ == place.dep_ and c.head.i == place.head.i))), None)
        if (person is None or not other.is_title or other.ent_type_ in ("ORG", "NORP")
                or not any(t.lower_ in ROLE_WORDS for t in doc[other.i + 1 : person.i])
                or not all(t.dep_ == "compound" and t.pos_ == "PROPN" for t in doc[other.i : person.i])):
            continue
        _compound_of(place, person, moved=())
        doc[place.i + 1].head = place


def mend_place_nouns(doc: Doc, lexicon: Lexicon) -> None:
    """Make the plural noun right after a subject's name the subject (in place; idempotent): in
    "Ontario nurses say hospital staffing ..." the parser may read "Ontario" as the subject and
    "nurses" as its apposition, so "Ontario" spoke, with the role "nurses". No comma sets the noun
    off, so it is no apposition: the name is a word of the noun's phrase ("Alberta farmers",
    "Trump supporters")."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, DEP, (_APPOS,)):
        noun = doc[i]
        name = noun.head
        if (noun.tag_ != "NNS" or name.i != noun.i - 1 or name.pos_ != "PROPN" or not name.is_title
                or name.dep_ not in ("nsubj", "nsubjpass") or name.head.lemma_.lower() not in verbs or name.head.i < noun.i):
            continue
        _compound_of(name, noun)  # ("The Alberta farmers": the article goes with the noun)


def mend_hyphen_words(doc: Doc, lexicon: Lexicon) -> None:
    """Make the pieces of a word the tokenizer split at its hyphen one word (in place;
    idempotent), where the parser hung them on one head with one relation, as three words: in
    "Ex-employee alleges toxic culture" it read "Ex", "-" and "employee" as three subjects, and
    "Ex" spoke; in 'said in a statement that the company would "co-operate fully" with the
    review' "co" took the clause's subject and "operate" its object, so that only a piece of
    what was said was kept. The last piece becomes the word's head and takes the first one's
    words."""
    for i in tokens_where(doc, LOWER, (get_string_id("-"),)):
        if i == 0 or i + 1 >= len(doc) or doc[i - 1].whitespace_ or doc[i].whitespace_:
            continue
        left, hyphen, right = doc[i - 1], doc[i], doc[i + 1]
        if left.dep_ != right.dep_ or left.head.i != right.head.i or left.head.i in (left.i, right.i):
            continue
        subject = right.dep_ in ("nsubj", "nsubjpass") and hyphen.dep_ == right.dep_ and hyphen.head.i == right.head.i
        # (a verb: two lower-case words, the first with words of its own)
        verb = (right.pos in (VERB, AUX) and left.is_alpha and right.is_alpha and left.is_lower and right.is_lower
                and any(c.i != hyphen.i for c in left.children))
        if not (subject or verb):
            continue
        for c in list(left.children):
            c.head = right
        left.head, left.dep_ = right, "compound"
        hyphen.head, hyphen.dep_ = right, "punct"


def mend_initialism_subjects(doc: Doc, lexicon: Lexicon) -> None:
    """Make an initialism the parser read as the sentence's verb the first of two joined
    subjects (in place; idempotent): in "CN and CPKC said they had no choice" it read "CN" as a
    verb, the root, and "said" as its conjunct, so CPKC spoke alone. The initialism becomes a
    name, the subject of the cue verb, and the name after "and" its conjunct."""
    verbs = lexicon.verb_lemmas
    for sent in doc.sents:
        name = sent.root
        if not (2 <= len(name.text) <= 5 and name.text.isupper() and name.is_alpha) or name.pos not in (VERB, AUX) or name.i + 2 >= len(doc):
            continue
        cc, other = doc[name.i + 1], doc[name.i + 2]
        verb = other.head
        if (cc.lower_ != "and" or cc.head.i != name.i or other.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i != name.i
                or verb.lemma_.lower() not in verbs or other.pos != PROPN):
            continue
        for child in list(name.children):
            if child.i > verb.i or (child.is_punct and child.i > name.i):
                child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        name.head, name.dep_, name.tag_, name.pos = verb, "nsubj", "NNP", PROPN
        other.head, other.dep_ = name, "conj"
        cc.head = name


def mend_relative_participles(doc: Doc, lexicon: Lexicon) -> None:
    """Hang a participle of saying that a comma sets off at the end of its sentence on the
    sentence's main verb, where the parser hung it on a verb of a relative clause (in place;
    idempotent): in "Police released video of a shooting in which an officer shot and wounded a
    man, saying they wanted to be transparent" the parser made "saying" a clause of "wounded",
    and the officer spoke. The one who says is the main clause's subject."""
    speech = lexicon.speech_verbs
    for i in tokens_where(doc, TAG, (_VBG,)):
        tok = doc[i]
        if tok.dep_ != "advcl" or tok.lemma_.lower() not in speech or doc[i - 1].text != ",":
            continue
        root = tok.sent.root
        if root.pos != VERB or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            continue
        host = tok.head
        while host.dep_ == "conj" and host.head.i != host.i:
            host = host.head
        if host.dep_ != "relcl" or not _nothing_after(tok, tok.right_edge.i + 1) or not root.is_ancestor(host):
            continue
        tok.head = root
        doc[i - 1].head = root


def mend_role_adverbs(doc: Doc, lexicon: Lexicon) -> None:
    """Make a role word the tagger read as an adverb right after a subject the subject's head (in
    place; idempotent): in '"...," the former Chicago Blackhawks forward said' it read "forward"
    as an adverb of "said", and the Blackhawks spoke. The role is the noun, the team's name and
    the words before it its modifiers."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, TAG, (_RB,)):
        role, subject = doc[i], doc[i - 1] if i > 0 else None
        verb = role.head
        if (subject is None or role.lower_ not in ROLE_WORDS or role.dep_ != "advmod" or verb.i != i + 1
                or verb.lemma_.lower() not in verbs or subject.dep_ != "nsubj" or subject.head.i != verb.i
                or subject.pos not in (PROPN, NOUN)):
            continue
        _compound_of(subject, role, moved=("det", "amod", "poss"))
        role.tag_, role.pos = "NN", NOUN


def _compound_of(word: Token, noun: Token, moved: tuple[str, ...] | None = None) -> None:
    """Put noun in word's place in the parse (word's head and relation) and make word a compound
    of it, as a name before the noun it qualifies ("Ontario nurses", "Chicago Blackhawks
    forward"); word's children before it go with the phrase to noun, those of the relations in
    moved only, where moved is given."""
    for child in list(word.children):
        if child.i < word.i and (moved is None or child.dep_ in moved):
            child.head = noun
    noun.head, noun.dep_ = word.head, word.dep_
    word.head, word.dep_ = noun, "compound"


def mend_directive_infinitives(doc: Doc, lexicon: Lexicon) -> None:
    """Hang an infinitive that ends a relative clause on the one addressed back on the verb of
    urging (in place; idempotent): in "police urged anyone who believes they were a victim to
    come forward" the parser made "to come forward" part of what "anyone" believes; it is what
    police urged. Only for a verb that takes the one addressed and an infinitive (lexicon
    flags ``directive`` and ``infinitive``) with no infinitive of its own."""
    verbs = lexicon.flag("directive") & lexicon.flag("infinitive")
    for i in tokens_where(doc, TAG, _FINITE | _PARTICIPLES | {_VBG}):
        verb = doc[i]
        if verb.lemma_.lower() not in verbs or any(c.dep_ == "xcomp" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        clause = next((c for c in obj.children if c.dep_ == "relcl"), None) if obj is not None else None
        if clause is None or not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children):
            continue
        last = max(clause.children, key=lambda c: c.i, default=None)
        if (last is None or last.dep_ not in ("ccomp", "xcomp", "advcl") or last.tag_ != "VB" or last.i < clause.i
                or not any(a.dep_ == "aux" and a.lower_ == "to" and a.i == last.left_edge.i for a in last.children)
                or last.right_edge.i != obj.right_edge.i):
            continue
        last.head, last.dep_ = verb, "xcomp"


def mend_then_sequences(doc: Doc, lexicon: Lexicon) -> None:
    """Make a cue verb after ", then" the conjunct of the verb of its subject before it (in place;
    idempotent): in 'She paused, then added, "..."' the parser makes "paused" a clause the cue
    reports (its ccomp), in 'She laughed, then said, "..."' the cue a parataxis of "laughed", and
    "paused" or "laughed" was read as part of what was said. As in 'He smiled and added: "..."',
    the first verb leads and the cue, its conjunct, shares its subject."""
    verbs = lexicon.verb_lemmas
    for i in tokens_where(doc, LOWER, (get_string_id("then"),)):
        then = doc[i]
        cue = then.head
        if then.dep_ != "advmod" or cue.i != i + 1 or i < 2 or doc[i - 1].text != "," or cue.lemma_.lower() not in verbs:
            continue
        first = doc[i - 2]
        if (first.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.i < first.i for c in first.children)
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
                or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in first.children)):
            continue  # ("She said the talks failed, then left": the first verb reports; "paused" has no object)
        if first.dep_ == "ccomp" and first.head.i == cue.i:
            root = cue.head.i == cue.i
            first.head, first.dep_ = (first if root else cue.head), ("ROOT" if root else cue.dep_)
            cue.head, cue.dep_ = first, "conj"
        elif cue.dep_ in ("parataxis", "advcl") and cue.head.i == first.i:
            cue.dep_ = "conj"


def mend_stranded_clauses(doc: Doc, lexicon: Lexicon) -> None:
    """Make a clause with its own subject right after a participle of speech that has nothing
    after it that participle's report (in place; idempotent): in "..., with more than 40 Labour
    MPs signalling they could vote against the government" the parser hung "vote" on the main
    verb, so "signalling" reported nothing and "disability benefits" were read as voting."""
    speech = lexicon.speech_verbs
    for i in tokens_where(doc, TAG, (_VBG,)):
        tok = doc[i]
        if tok.dep_ not in ("acl", "advcl") or tok.lemma_.lower() not in speech or tok.right_edge.i != i or i + 2 >= len(doc):
            continue
        subject = doc[i + 1]
        verb = subject.head
        if (subject.dep_ not in ("nsubj", "nsubjpass") or subject.left_edge.i != i + 1 or verb.i <= i
                or verb.dep_ not in ("advcl", "ccomp", "conj", "parataxis") or verb.head.i >= i or verb.sent != tok.sent):
            continue
        verb.head, verb.dep_ = tok, "ccomp"

