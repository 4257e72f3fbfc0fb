"""Frames around cue verbs: "Blinken noted that ...", "..., Satterfield said", "X is expected to".

- a reporting verb:  "Blinken noted that the US is blocking ..."  (nsubj + ccomp)
                     "..., Satterfield said."                      (ROOT whose ccomp precedes it)
                     "The plan, he said, would fail."              (parataxis: content is the host)
- no speaker named:  "X is expected to ...", "X seems to ...", "it appears that ..."
                     (impersonal: the subject belongs to the content); passives of verbs
                     whose object is the claim ("the plan was condemned as ..."); bare
                     participles ("Asked whether ..., X said").
"""

from __future__ import annotations

import attrs
from spacy.tokens import Token

from ...lexicon import Lexicon
from ...words import (
    ACTIVE_SUBJECT_DEPS,
    AGENT_NOUNS,
    ANONYMITY_WORDS,
    ANONYMOUS_NOUNS,
    ASKING_VERBS,
    CHANNEL_NOUNS,
    CLAUSE_DEPS,
    CLAUSE_SUBJECT_DEPS,
    CLOSING_MARKS,
    DASHES,
    DOCUMENT_NOUNS,
    EVENT_NOUNS,
    FUTURE_AUX,
    KIN_NOUNS,
    NON_SPEAKERS,
    NOT_AGENTS,
    NAMING_VERBS,
    ONE_PERSON_NOUNS,
    ORG_NOUNS,
    PERMISSION_VERBS,
    PERSONAL_OBJECTS,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
    STANCE_PREPS,
    WH_TAGS,
)
from ...breaks import has_break
from ..context import Context
from .adjectives import participle_holder
from .frame import Frame, comma_that, marked_that, someone, partitive_antecedent, points_back, relative_antecedent, said_where_after, said_where_before, stray_conjunct, subject, subtree_minus, verb_like, where_said, writer_judgement


def is_raising(lex: Lexicon, tok: Token) -> bool:
    """ "He is said to be ill", "Israel is expected to ...": hearsay, not a claim of the subject."""
    # the word first: this runs on every token
    return tok.lemma_ in lex.flag("hearsay_passive") and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) and bool(raised_subjects(tok))


def raised_subjects(tok: Token) -> list[Token]:
    """The subjects of a passive of hearsay: its own ("Israel is expected to ..."), the first
    conjunct's where it shares it ("Cardin is not on board and is not expected to sign on"), or
    the subject of a bare participle after "with" ("with Rubio and Murphy expected to win")."""
    own = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if own:
        return own
    if tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in tok.children):
        # (not a relative pronoun's: "the member, who has gained stature and is expected to ...")
        return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")]
    if tok.dep_ == "pcomp" and tok.tag_ in ("VBN", "VBD") and tok.head.lower_ == "with" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return [c for c in tok.children if c.dep_ == "nsubj"]
    return []


_PRO_CLAUSE = frozenset({"so", "it", "this", "that", "as", "much"})  # "said so", "said as much"


def _semicolon_between(clause: Token, tok: Token) -> bool:
    """Whether a semicolon stands between a clause before cue tok and the cue, which has a
    complement of its own after it ("The plan is dead; the mayor said so": "so" stands for the
    clause before, which stays the content)."""
    return clause.i < tok.i and any(t.text == ";" for t in tok.doc[clause.right_edge.i + 1 : tok.i]) and _own_complement(tok)


def _own_complement(tok: Token) -> bool:
    """Whether cue tok has a complement after it that is more than a word standing for a clause."""
    return any(c.i > tok.i and c.lower_ not in _PRO_CLAUSE and (c.dep_ in (*CLAUSE_DEPS, "xcomp", "dobj") or (
        c.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children))) for c in tok.children)


def _contact_clause(clause: Token) -> bool:
    """Whether a relative clause has no relative pronoun before its verb and a subject of its
    own ("commissioners he had lived with", not "commissioners who had ...")."""
    if any(t.lower_ in RELATIVE_PRONOUNS or t.tag_ in WH_TAGS for t in clause.doc[clause.left_edge.i : clause.i]):
        return False  # ("a clip in which Trump called himself ...")
    return any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS and c.tag_ not in WH_TAGS for c in clause.children)


def _without_fronted(tok: Token, heads: list[Token], judging: bool) -> list[Token]:
    """heads but a clause before the cue's subject, where the cue reports a clause right after
    it (or, for a verb of judging, an object and its predicate): "In a statement released
    shortly after the senator suspended his campaign, Cruz said he is certain ...": the parser
    read the time clause as a second thing said (not "The plan, he said, would fail", whose cue
    is set off by commas, nor "The plan will fail, he said", nor a quotation before the cue)."""
    doc = tok.doc
    # (or what it calls something: '42% say they're liberal, 32% call themselves conservative')
    called = judging and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)
    after = [c for c in tok.children if c.i > tok.i and (c in heads or (called and c.dep_ in ("oprd", "xcomp")))]
    who = next((c for c in tok.children if c.dep_ in CLAUSE_SUBJECT_DEPS and c.i < tok.i), None)
    if not after or who is None or any(t.is_punct for t in doc[tok.i + 1 : after[0].left_edge.i]):
        return heads  # (nor "..., she said: \"...\"")
    first = who.left_edge.i
    return [c for c in heads if c.i > first or any(t.is_quote for t in doc[max(0, c.left_edge.i - 1) : first])]


def _content_heads(lex: Lexicon, tok: Token, lemma: str) -> tuple[list[Token], Token | None]:
    """Tokens heading the reported content of cue verb tok, and its addressee if any."""
    addressee = None
    # (never a clause a semicolon closes before the cue: "Some experts believe A; others think B",
    # "He calls for $1 trillion ...; she calls for $275 billion", "...; Trump just wants to ...")
    heads = [c for c in tok.children if c.dep_ in CLAUSE_DEPS and not _semicolon_between(c, tok) and not _bare_verb(c)]
    heads = _without_fronted(tok, heads, lemma in lex.flag("judging"))
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    # "noting United Nations warehouses had been broken into": the parser made the clause's
    # subject the cue's object; a subjectless clause right after it takes it back
    for h in list(heads):
        if not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in h.children):
            # (across the dash that closes an aside on it: "said closed primaries -- those open
            # only to Democrats -- deny many ...")
            before = [o for o in objs if o.i < h.i and all(t.is_punct for t in tok.doc[o.right_edge.i + 1 : h.left_edge.i])]
            if before and before[-1].pos_ in ("NOUN", "PROPN"):
                heads.insert(0, before[-1])
                objs.remove(before[-1])
    # (not the one a verb of judging calls something: "call themselves conservative")
    called = lemma in lex.flag("judging") and any(c.dep_ == "oprd" and c.i > tok.i for c in tok.children)
    if lemma in lex.flag("addressee"):
        for c in objs:
            if (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.dep_ == "dative") and (
                    not called or c.tag_ in WH_TAGS):  # ("what he calls ...": the clause's own "what", no part of it)
                addressee = c
        objs = [c for c in objs if c is not addressee]
        # "told reporters" / "told CNN": an object of tell that is a person is never the claim
        if lemma in lex.flag("telling"):
            if not heads:
                # 'told commissioners he had "lived with that decision"': the parser read the
                # reported clause as a relative clause with no pronoun on the one told
                heads = [r for o in (*objs, *([addressee] if addressee is not None else [])) for r in o.children
                         if r.dep_ == "relcl" and r.i > o.i and _contact_clause(r)]
            objs = []
        if addressee is None and objs and lemma in lex.flag("directive"):
            addressee, objs = objs[0], objs[1:]
    if any(h.dep_ in CLAUSE_DEPS for h in heads):
        # "said it was too early to say ..., but that weather was not a factor": a second clause
        # on "that", which the parser joined to the cue, is reported too
        # (not "that" as the clause's own subject: "finds states shifting ..., but that doesn't ...")
        heads += [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i and c.left_edge.lower_ == "that"
                  and any(s.dep_ in ("nsubj", "nsubjpass") and s.i != c.left_edge.i for s in c.children) and not _semicolon_between(c, tok)]
    if not any(h.dep_ in CLAUSE_DEPS for h in heads):
        # "Bloomberg reported, citing unnamed sources, that the bank is weighing a sale": the
        # parser may make the set-off that-clause an adverbial one
        # (or a conjunct: "The Globe and Mail reported Sunday, citing a senior official, that
        # negotiators had agreed ...")
        heads += [c for c in tok.children if c.dep_ in ("advcl", "conj") and c.i > tok.i and comma_that(c) is not None]
    if not heads and lemma in ASKING_VERBS:
        # "asked workers if they planned to attend": the parser makes the question adverbial
        heads = [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and asked_about(c)]
    if not heads and lemma in lex.flag("infinitive"):
        heads = [c for c in tok.children if c.dep_ == "xcomp"]
        # "called on both sides to show restraint": who is called on belongs to the claim
        if heads and lemma in lex.flag("on_phrase"):
            heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"] + heads
        if not heads and addressee is not None:
            heads = [c for c in addressee.children if c.dep_ in ("xcomp", "acl", "relcl") and c.tag_ == "VB"]
    if not heads and takes_object(lex, lemma):
        # (not a second object set off after the first, the writer's remark on the claim: "...
        # by 8 per cent, a claim she denied")
        heads = [c for c in objs if c.lower_ not in NON_SPEAKERS and not (c is not objs[0] and _remark_on_claim(c))]
        # "praised his players for their discipline", "accused the government of hiding ...":
        # the reason or the charge is part of the claim
        if heads:
            preps = lex.verb_preps(lemma) | (STANCE_PREPS if lemma in lex.stance_verbs else set())
            charges = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i and not _when(c)]
            # (and the infinitive right after it the parser hung on the verb: "accused Petrov of
            # planning to raise taxes")
            heads += charges + [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i
                                and any(p.right_edge.i + 1 == c.left_edge.i and p.right_edge.lower_.endswith("ing") for p in charges)
                                and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.left_edge.i for a in c.children)]
    # "called the deal a disaster", "described him as reckless": object plus its predicate
    # (not for "see", "view", "regard", which carry a claim only with a clause of their own)
    if lemma in lex.flag("judging") and lemma not in lex.flag("clause_only") and objs:
        preds = [c for c in tok.children if (c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")) and c.i > tok.i]
        if preds and objs[0].lower_ == "what" and objs[0].i < tok.i and any(t.is_quote for p in preds for t in p.subtree):
            # 'said ... to crack down on what she described as "bad actors"': the clause's own
            # "what" belongs to the claim around it; her word for it, quoted, is a quote of its
            # own in that claim's gap (attach.py), as in 'whom he called "crooked"' (unquoted,
            # "what they described as a liberal media" stays the claim it is)
            heads = []
        elif preds:
            heads = [objs[0], *preds]
    if lemma in lex.flag("judging") and lemma not in lex.flag("clause_only") and not objs and not heads:
        # 'called Florida's standards "strong."': the parser may make the object the predicate
        # and hang the adjective after it on the verb
        named = [c for c in tok.children if c.dep_ == "oprd" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
        adjectives = [c for c in tok.children if c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ" and named and c.i > named[0].i]
        if named and adjectives:
            heads = [named[0], adjectives[0]]
    if lemma in lex.flag("judging") and lemma not in lex.flag("clause_only") and len(heads) == 1 and heads[0].dep_ == "ccomp" and not any(
            c.dep_ in CLAUSE_SUBJECT_DEPS for c in heads[0].children):
        # 'called the survey results "sobering."': the parser read the object as a clause (no
        # subject of its own) and hung the predicate right after it on the verb
        last = heads[0].right_edge.i
        heads += [c for c in tok.children if c.dep_ == "oprd" and c.i > last and c not in heads
                  and all(t.is_punct for t in tok.doc[last + 1 : c.left_edge.i])]
    if not heads:
        preps = lex.verb_preps(lemma)
        # after the verb: "On CNN Tuesday, Jane called for ..." is where, not what
        heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i and not _when(c)]
        # "called for the minimum wage to be raised": the parser makes "for" a clause's marker
        heads += [c for c in tok.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children)]
    if not heads:
        # "told Blinken during a telephone conversation that Israel needs ...": the parser may
        # hang the that-clause on a nearby noun; take a that-clause inside the verb's own phrase.
        heads = _that_clause_below(tok)
    if not heads and lemma in _ANSWERING:
        heads = _answer(tok)
    return heads, addressee


def _bare_verb(clause: Token) -> bool:
    """A finite verb with no word of its own after a comma, the narration after a set-off
    participle the parser hung on it ("Leon Draisaitl, asked about his slump, shrugged."): no
    clause reported (not "Says Trump's Bigotry Doesn't ...", whose subject the parser made the
    cue's object)."""
    return (clause.tag_ in ("VBD", "VBZ", "VBP") and all(c.is_punct for c in clause.children) and clause.i > 0
            and clause.doc[clause.i - 1].text == ",")


def _remark_on_claim(obj: Token) -> bool:
    """Whether an object of a cue set off after another is the writer's remark on the claim, a
    noun with a clause on it: "accused Petrov of planning to raise taxes, a claim she denied",
    "dismissed ideological labels, a sentiment endorsed by the crowd" (not a list, "the
    economy, women's health, the environment", nor "Mar-a-Lago, Mr. Trump's private club")."""
    return (obj.doc[obj.left_edge.i - 1].text == "," and obj.left_edge.lower_ in ("a", "an")
            and any(c.dep_ in ("relcl", "acl") for c in obj.children))


# verbs whose answer may be one word: "46 percent said yes", "I think so", "26 percent said the same"
_ANSWERING = frozenset({"say", "answer", "reply", "respond", "think", "believe", "hope"})
_ANSWERS = frozenset({"yes", "no", "so", "otherwise"})


def _answer(tok: Token) -> list[Token]:
    """The one-word answer right after a verb of saying or thinking ("said yes", "said no to the
    war", "thought so", "said the same"), as the head of its content; none else."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return []
    nxt = doc[tok.i + 1]
    if nxt.lower_ == "so" and tok.dep_ == "conj":
        return []  # "Prices will rise, and economists said so": what they said is the clause before
    if nxt.lower_ in _ANSWERS and nxt.head.i == tok.i:
        # and what the yes or no is to ("said no to the war")
        return [nxt, *(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == nxt.i + 1)]
    if nxt.lower_ == "the" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "same" and doc[tok.i + 2].head.i == tok.i:
        return [doc[tok.i + 2]]
    return []


def _participle_of_noun(head: Token) -> bool:
    """ "said in a statement issued an hour before the rally": the parser made the participle
    on "statement" the cue's clause. A participle with no subject of its own, right after the
    noun of the cue's own preposition, describes that noun."""
    if head.dep_ != "ccomp" or head.tag_ not in ("VBN", "VBD") or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return (before.pos_ in ("NOUN", "PROPN") and before.dep_ == "pobj" and before.head.head.i == head.head.i
            and not any(c.dep_ in CLAUSE_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in head.children))


def _reports_onward(lex: Lexicon, clause: Token, verb: Token) -> bool:
    """ "Axios reported, citing an Israeli official, that Ashkenazi said the talks failed": the
    parser made the reporting clause ("Axios reported") a fronted clause of the verb its
    that-clause heads. Whether clause is such a cue, with a subject of its own, ending before
    the comma and "that" of verb's clause."""
    if clause.dep_ != "ccomp" or clause.head.i != verb.i or clause.i > verb.i or clause.lemma_.lower() not in lex.cue_verbs:
        return False
    that = comma_that(verb)
    if that is None or clause.right_edge.i >= that.i:
        return False
    who = subject(clause)
    return who is not None and who.i < clause.i


def _report_after_inserted(lex: Lexicon, cue: Token, clause: Token) -> bool:
    """ "Ontario will cap rents, the province announced Thursday, a move housing advocates say
    does not go far enough": the parser made the report after the comma a second clause of the
    cue whose claim came before it. Whether clause is such a report: a speech verb after the
    cue and a comma, unmarked, with a subject of its own."""
    if clause.dep_ != "ccomp" or clause.i < cue.i or marked_that(clause) or clause.lemma_.lower() not in lex.speech_verbs:
        return False
    who = subject(clause)
    first = clause.left_edge.i
    while first < clause.i and clause.doc[first].is_punct:
        first += 1  # (the parser may hang the comma itself on the clause)
    if any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.dep_ == "mark" for t in clause.doc[first : clause.i]):
        return False  # a relative or adverbial clause: ", in which he could tell stories"
    return who is not None and who.i < clause.i and first > cue.i + 1 and clause.doc[first - 1].text == ","


def _set_off_participle(tok: Token, who: Token | None) -> bool:
    """A past participle set off by a comma right after the noun it follows, or after the verb of
    that noun, no auxiliary of its own: "said Ben Carson, asked about his claims", "McCain said,
    asked about the delay" (the parser may make that noun the participle's subject)."""
    if who is None or tok.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    # the noun itself right before the comma: after "Graham, a former candidate," the comma
    # closes an apposition and "told" is the finite verb of the sentence; so it does after a
    # name the parser made a second subject ("An engineer who inspected it, Dr Ruth Okafor,
    # told the inquiry that ...": the name is the engineer's)
    if any(c.dep_ in ACTIVE_SUBJECT_DEPS and c.i < who.i for c in tok.children):
        return False
    if tok.doc[tok.i - 1].text != ",":
        return False
    # (or right after the verb it hangs on: '"...," McCain said, asked about the delay')
    if who.i == tok.i - 2:
        return True
    verb = tok.head
    between = tok.doc[verb.i + 1 : tok.i - 1]  # only when: "McCain said Monday, asked ..."
    return (tok.dep_ in ("advcl", "xcomp") and verb.i < tok.i and verb.pos_ in ("VERB", "AUX") and len(between) <= 4
            and all(t.dep_ in _WHEN_DEPS for t in between))


_WHEN_DEPS = frozenset({"npadvmod", "advmod", "prep", "pobj", "det", "amod", "compound", "nummod"})


def _before_turned_cue(tok: Token, heads: list[Token]) -> list[Token]:
    """ '"We never saw it coming," said Ben Carson, asked about his claims': a cue turned round
    after the clause it reports has that clause as its content, not a clause the parser hung on
    it after its speaker ("asked about his claims" is narration: what Carson was asked)."""
    if any(c.dep_ in ACTIVE_SUBJECT_DEPS and c.i < tok.i for c in tok.children):
        return heads
    doc = tok.doc
    if not (tok.i >= 1 and doc[tok.i - 1].is_quote) and not (tok.i >= 2 and doc[tok.i - 1].text == "," and doc[tok.i - 2].is_quote):
        return heads  # (not '... "Women Who Work" - noted that ...': a quoted phrase inside the subject)
    before = [h for h in heads if h.dep_ in CLAUSE_DEPS and h.i < tok.i]
    return before if before and len(before) < len(heads) else heads


def _quotation_before_cue(ctx: Context, tok: Token, heads: list[Token]) -> tuple[list[Token], tuple[int, int] | None]:
    """ 'The mayor weighed in, telling a radio station, "They are both qualified," he said': the
    parser made the narration before the quotation the clause of "said" and hung the quotation
    on it. A cue right after a closing mark (and its own subject) reports a quotation that is a
    whole clause: its clause is the quotation's own words, not the sentence they sit in. Returns
    the heads, and the quotation's characters where its clause is the one head (the words of
    the narration hung on it stay out: '..., but despite the tone, "I think ...," said Kunin')."""
    if not heads or any(h.i > tok.i for h in heads):
        return heads, None
    doc = tok.doc
    subject = next((c for c in tok.children if c.dep_ in CLAUSE_SUBJECT_DEPS and c.i < tok.i), None)
    quotation = _quotation_closing_before(ctx, subject.left_edge.i if subject is not None else tok.i)
    if quotation is None or (len(heads) == 1 and heads[0].idx >= quotation.start):
        return heads, None  # the clause is the quotation's own (with any words before it: 'In the past, "we ...," he said')
    # ('"A," she said, but ..., "B," said Kunin': the parser hung both clauses on the last cue)
    words = [t for h in heads for t in h.subtree if quotation.content_start <= t.idx < quotation.content_end]
    roots = [t for t in words if not quotation.content_start <= t.head.idx < quotation.content_end and not t.is_punct]
    opening = doc.char_span(quotation.start, quotation.start + 1, alignment_mode="expand")
    set_off = opening is not None and opening.start > 0 and doc[opening.start - 1].text in (",", ":")
    if len(roots) != 1 or not set_off or not _whole_clause(roots[0], quotation):
        return heads, None  # words the writer's own clause quotes ('Trump is a "change agent," Cole said')
    return roots, (quotation.start, quotation.end)


def _quotation_above(ctx: Context, tok: Token) -> tuple[list[Token], tuple[int, int] | None]:
    """ '"You see it on the news, but it's different," he said, his voice breaking.': the parser
    hung the cue on the absolute phrase after it, and that phrase on the quotation. A quotation
    that opens the sentence and closes right before the cue's subject, a whole clause whose root
    governs the cue, is what the cue reports: that root and the quotation's characters; else
    nothing."""
    subject = next((c for c in tok.children if c.dep_ in CLAUSE_SUBJECT_DEPS and c.i < tok.i), None)
    quotation = _quotation_closing_before(ctx, subject.left_edge.i) if subject is not None else None
    if quotation is None:
        return [], None
    words = [t for t in tok.sent if quotation.content_start <= t.idx < quotation.content_end]
    roots = [t for t in words if (t.head.i == t.i or not quotation.content_start <= t.head.idx < quotation.content_end) and not t.is_punct]
    opening = tok.doc.char_span(quotation.start, quotation.start + 1, alignment_mode="expand")
    if len(roots) != 1 or not roots[0].is_ancestor(tok) or opening is None or opening.start != tok.sent.start or not _whole_clause(roots[0], quotation):
        return [], None
    return roots, (quotation.start, quotation.end)


def _quotation_closing_before(ctx: Context, i: int):
    """The quotation whose closing mark comes right before token i, commas aside, or None."""
    doc = ctx.doc
    j = i - 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 1 or not doc[j].is_quote or j not in ctx.quoted:
        return None
    quotation = ctx.quotation_at(doc[j].idx)
    return quotation if quotation is not None and quotation.end == ctx.end_char(j) else None


def _after_quotation(ctx: Context, tok: Token) -> bool:
    """Whether speech verb tok is the cue of a quotation that opens its sentence and closes right
    before it, its subject between ('"Absolutely not," he said') or after it ('"No," said Reid'),
    commas aside. (Not a participle after a quotation, '..., "a disaster," referring to ...', nor a
    clause after a quoted phrase of the writer's: 'he says he "loves China," he also accuses'.)"""
    doc = tok.doc
    if tok.lemma_.lower() not in ctx.lexicon.speech_verbs or tok.tag_ == "VBG":
        return False
    who = next((c for c in tok.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    if who is None or who.tag_ in ("WDT", "WP"):
        return False  # ('"...," that would respond to requests': a relative clause of the writer's)
    quotation = _quotation_closing_before(ctx, who.left_edge.i if who.i < tok.i else tok.i)
    if quotation is None:
        return False
    opening = doc.char_span(quotation.start, quotation.start + 1, alignment_mode="expand")
    if opening is None:
        return False
    k = opening.start
    # (after a sentence's end, its closing mark too: '..., "would fail." "Too much," she said')
    return (k == 0 or doc[k].is_sent_start or doc[k - 1].is_space or doc[k - 1].text in _ENDS
            or (k >= 2 and doc[k - 1].is_quote and doc[k - 2].text in _ENDS))


_ENDS = frozenset({".", "?", "!", ":"})


def _narration_after(ctx: Context, tok: Token) -> list[Token]:
    """ '"Too much hate," she said, blaming some of it on Trump': after a quotation the host
    clause of an inserted cue is the quotation's; an unquoted phrase hung on it after the cue is
    the writer's narration (what she blamed is a claim of its own), not a part of the quote."""
    if not _after_quotation(ctx, tok):
        return []
    return [c for c in tok.head.children if c.i > tok.i and not c.is_punct and c.i not in ctx.quoted]


def _whole_clause(tok: Token, quotation) -> bool:
    """A verb with a subject of its own inside the quotation, no subordinator and no relative
    pronoun: a sentence of the speaker's own words."""
    subjects = [c for c in tok.children if c.dep_ in CLAUSE_SUBJECT_DEPS]
    return (tok.pos_ in ("VERB", "AUX") and tok.dep_ != "relcl" and len(subjects) == 1
            and quotation.content_start <= subjects[0].idx < quotation.content_end and subjects[0].tag_ not in ("WDT", "WP")
            and not any(c.dep_ == "mark" for c in tok.children))


_CUE_ADVERBS = frozenset({"advmod", "npadvmod", "det", "amod", "nummod", "aux", "neg"})


def _misread_subject(tok: Token, before: Token, after: Token) -> bool:
    """Whether the clause before a subjectless cue is its subject misread, where the clause after
    it is unmarked ("One attendee, who like others spoke on condition of anonymity, said the
    message was ..."): the clause after has a subject of its own, the clause before ends in a
    comma right before the cue (or its adverbs: "..., also said") and its first subject is a
    noun or a name, and no object after the cue is its speaker turned round ("..., said a
    former spokesman, ...")."""
    if not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in after.children):
        return False
    doc = tok.doc
    j = tok.i - 1  # back over the cue's own adverbs ("..., also said", "..., last week said")
    while j > before.i and doc[j].dep_ in _CUE_ADVERBS and (doc[j].head.i == tok.i or doc[j].head.head.i == tok.i):
        j -= 1
    if doc[j].text != ",":
        return False
    if any(c.dep_ in ("dobj", "attr", "nsubj") and c.i > tok.i and c.i < after.i for c in tok.children):
        return False
    first = min((c for c in before.children if c.dep_ in ACTIVE_SUBJECT_DEPS), key=lambda c: c.i, default=None)
    return first is not None and first.pos_ in ("NOUN", "PROPN") and first.lower_ not in NON_SPEAKERS


def _when(phrase: Token) -> bool:
    """A phrase that says when, not what: "reported the plans [on Thursday]", "rebuked Trump [in
    December]", "endorsed Trump [last week]"; not a year or a stretch of time, which may be what
    was said ("a similar effort in 2007", "$275 billion over five years")."""
    if phrase.dep_ == "npadvmod":
        return phrase.ent_type_ in ("DATE", "TIME") and not phrase.like_num
    if phrase.dep_ != "prep" or phrase.lower_ not in ("on", "in", "at", "during"):
        return False
    objs = [c for c in phrase.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") and not o.like_num and not any(c.dep_ in ("nummod", "poss") for c in o.children)
                              for o in objs)  # (not "focused on [his years] in the House")


def _that_clause_below(tok: Token) -> list[Token]:
    """The first that-clause inside a phrase to the right of verb tok, as a one-head list. A
    relative clause marked by "that" is one too ("said in an interview with a radio station that
    the plan was dead": a relative clause has no marker, its "that" is its subject or object).
    Not the clause of a noun that says what it is: in "adding to signs that the country may be
    heading for a recession" nothing is added that the signs do not say (but "said in a statement
    that ..." is what was said)."""
    for c in tok.rights:
        if c.dep_ in ("prep", "npadvmod", "dobj"):
            for t in c.subtree:
                if t.dep_ in ("acl", "ccomp", "relcl") and (marked_that(t) or _that_read_as_object(t)):
                    return [] if t.head.lemma_.lower() in _CLAUSE_NOUNS else [t]
    return []


def _that_read_as_object(clause: Token) -> bool:
    """ "said in a social media post that he had spoken with Brenner": the parser read the
    reported clause as a relative one on the post, its "that" the object (or the adverb of "at
    the time that"); a clause with a subject of its own whose verb does nothing to a document
    ("spoken", not "a post that he wrote") is the report."""
    first = clause.doc[clause.left_edge.i]
    # (its "that" the object of the clause's verb, or of a verb that verb takes: "on a
    # conference call that the company still expects to meet its dividend")
    if clause.dep_ not in ("relcl", "acl") or first.lower_ != "that" or first.dep_ not in ("dobj", "advmod") or not (
            first.head == clause or (first.head.dep_ == "xcomp" and first.head.head == clause)):
        return False
    # on the document, the channel or the occasion the report was made in, right on the cue's
    # phrase ("in a post", "at the debate"; not "the debt that the island has amassed"), or "at
    # the time" ("said at the time that crews had covered ...": "that" read as "when")
    noun = clause.head
    then = noun.lower_ == "time" and noun.head.lower_ == "at" and noun.left_edge.lower_ == "the" and noun.left_edge.i == noun.i - 1
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or (noun.lemma_.lower() not in DOCUMENT_NOUNS | EVENT_NOUNS | CHANNEL_NOUNS.keys() | _OUTLETS
                                                         and not then):
        return False
    if clause.lemma_.lower() in _DOCUMENT_VERBS:
        return False
    return any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.i > first.i for c in clause.children)


# where words are put out: "wrote on social media that ...", "said on his podcast that ..."
_OUTLETS = frozenset({"media", "platform", "site", "website", "blog", "podcast", "show", "program", "programme", "radio", "television",
                      "feed", "account", "page", "channel", "video", "broadcast"})
# what one does to a statement or a post: "a statement that she released Monday" is relative
_DOCUMENT_VERBS = frozenset({"write", "release", "post", "publish", "issue", "send", "share", "deliver", "make", "give", "read",
                             "sign", "file", "put", "tweet", "upload", "pen", "draft", "prepare", "circulate", "distribute",
                             "submit", "record", "tape", "film", "broadcast", "air", "delete", "remove", "see",
                             "watch", "hear", "obtain", "receive", "get", "review", "have", "do", "conduct", "hold", "grant"})


# nouns whose own that-clause says what they are: "signs that", "the risk that" (not "evidence" nor
# "the fact": "claiming without any evidence that ...", "remarked upon the fact that ..." report it)
_CLAUSE_NOUNS = frozenset({"sign", "indication", "possibility", "risk", "chance", "likelihood", "speculation", "news", "prospect",
                           "rumor", "rumour", "perception", "impression", "sense"})


def _after_colon(tok: Token) -> list[int]:
    """ "One activist tweeted: She should resign.": unquoted words after a colon the cue ends on.

    The colon may follow the cue's own small words ("said Tuesday:", "told reporters:"); the
    content runs to the end of the line. Quoted material is left to the quotation finder.
    """
    doc = tok.doc
    own = {t.i for c in tok.children if c.i > tok.i and c.dep_ in ("npadvmod", "dative", "dobj", "prep", "advmod", "prt") for t in c.subtree}
    i = tok.i + 1
    while i < len(doc) and i in own and doc[i].text != ":":
        i += 1
    if i >= len(doc) or doc[i].text != ":" or i + 1 >= len(doc) or doc[i + 1].is_quote:
        return []
    out = []
    for t in doc[i + 1 :]:
        if has_break(t.text) or t.is_quote:
            break
        if not t.is_space:
            out.append(t.i)
        if has_break(t.whitespace_):
            break
    return out if len(out) >= 3 else []


def _host_before_that(tok: Token, heads: list[Token]) -> bool:
    """Whether a cue set off by commas inside its host clause reports a that-clause right after
    it, the host clause opening the sentence: "It's a reminder, Rogers said, that ..."."""
    doc = tok.doc
    host = tok.head
    if tok.dep_ != "parataxis" or host.i > tok.i or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    first = next(t.i for t in tok.subtree if not t.is_punct)  # (the parser may hang the comma before on the cue)
    if first < 1 or doc[first - 1].text != "," or host.left_edge.i != tok.sent.start:
        return False
    return bool(heads) and all(h.i > tok.i for h in heads) and marked_that(heads[0]) and heads[0].left_edge.i == tok.i + 2


def _passive_object(lex: Lexicon, tok: Token) -> list[Token]:
    """The claim of a passive cue is its subject: "His rhetoric has been condemned as
    fearmongering", "Pigs are considered unclean", "The plan, which was endorsed by the mayor"."""
    subj = [c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ not in NON_SPEAKERS - RELATIVE_PRONOUNS]
    if not subj:
        return []
    if subj[0].lower_ in RELATIVE_PRONOUNS:
        antecedent = relative_antecedent(subj[0])
        if antecedent is None:
            return []
        subj = [antecedent]
    preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")]
    lemma = tok.lemma_.lower()
    if not preds and (lemma in lex.flag("judging") or (lemma in lex.flag("clause_only") and lemma not in lex.flag("hearsay_passive"))):
        # "he was seen at the game": no judgement without its predicate; "whose body was found
        # in a storage unit": a verb that reports only a clause reports nothing of a thing (but
        # "Ginsburg is known for ...", a verb of hearsay)
        return []
    return subj + preds


def _agent_on_predicate(heads: list[Token]) -> Token | None:
    """ "Cyclists are considered a nuisance by some drivers": the parser hung the agent on the
    predicate. The object of the "by" phrase closing a predicate, if it names someone (not
    "by the end of the year"); the first closing "by" decides."""
    for h in heads:
        if h.dep_ not in ("oprd", "xcomp", "prep"):
            continue
        last = max(x.i for x in h.subtree if not x.is_punct)
        for t in h.subtree:
            if t.lower_ == "by" and t.dep_ == "prep" and t.i + len(list(t.subtree)) - 1 == last:
                return next((c for c in t.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")
                             and c.lemma_.lower() not in NOT_AGENTS), None)
    return None


def _thing_done(ctx: Context, tok: Token, lemma: str) -> bool:
    """Whether a verb that says nothing of a thing (lexicon flag ``thing_object``) has a subject
    and a noun as its object: "it had added operating room time" is no cue, and no quotation
    after it is its own (but '"...," added a New Hampshire Democrat' has no subject: the parser's
    object is the speaker)."""
    if lemma not in ctx.lexicon.flag("thing_object") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    doc = tok.doc
    # (not words added: "added a note of caution", "I'd add a reason for the split: ...")
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM") and c.i not in ctx.inside
               and c.lemma_.lower() not in ctx.lexicon.cue_nouns
               and not (c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ":") for c in tok.children)


def object_not_judged(lex: Lexicon, tok, lemma: str, heads) -> bool:
    """Whether a verb whose object alone is no claim (lexicon flag ``needs_predicate``: "She
    called her lawyer" is a telephone call) has only that object after it: nothing said of it
    ("called the plan reckless", "called that wishful thinking"), no particle ("called out"),
    no phrase ("called for", "on"), no quotation."""
    if lemma not in lex.flag("needs_predicate") or len(heads) != 1 or heads[0].dep_ != "dobj":
        return False
    obj = heads[0]
    if not _callee(obj) or any(c.i > tok.i and c.i != obj.i and not c.is_punct and c.dep_ not in ("cc", "conj") for c in tok.children):
        return False
    after = obj.right_edge.i + 1
    if after < len(tok.doc) and (tok.doc[after].is_quote or tok.doc[after].is_alpha and tok.doc[after].pos_ != "CCONJ"):
        return False  # 'calling Mike Pence "my partner ..."': what he was called, hung elsewhere
    return not any(t.is_quote or t.dep_ in ("appos", "oprd", "acl", "relcl") for t in obj.subtree if t.i != obj.i)


_CALLEE_NOUNS = ROLE_WORDS | KIN_NOUNS | AGENT_NOUNS | ANONYMOUS_NOUNS | ONE_PERSON_NOUNS | ORG_NOUNS
_CALLEE_PRONOUNS = PERSONAL_OBJECTS | frozenset({"each", "everyone", "anyone", "someone", "everybody", "anybody", "somebody"})


def _callee(obj) -> bool:
    """Whether an object is someone one telephones: a person, a body ("police"), a name or a
    personal pronoun; not "that" ("call that wishful thinking") nor a thing."""
    if obj.pos_ == "PRON":
        return obj.lower_ in _CALLEE_PRONOUNS
    return obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lemma_.lower() in _CALLEE_NOUNS


def takes_object(lex: Lexicon, lemma: str) -> bool:
    """Whether a verb's direct object is the claim: stances, findings and verbs so flagged."""
    return lemma in lex.stance_verbs or lemma in lex.finding_verbs or lemma in lex.flag("object")


def object_may_speak(lex: Lexicon, lemma: str, after_quote: bool = False) -> bool:
    """Whether a cue's object can be its speaker put after it ('"...," added a local organizer';
    "The deal, insisted Mayor Ana Lee, ..."): not when the cue takes an object of its own, the
    one addressed ("told reporters") or the claim ("noted the dichotomy"). Right after a closing
    quote, with no subject before it, a cue of addressing may ('"Why now?" asked Mr. Ruiz';
    '"Stay home," urged the mayor'), but for "tell", which is never turned round so."""
    if takes_object(lex, lemma):
        return False
    return lemma not in lex.flag("addressee") or (after_quote and lemma not in lex.flag("telling"))


def make_clear_frame(ctx: Context, tok: Token) -> Frame | None:
    """ "He made clear that ...", "made it clear that ...": a light verb and its adjective."""
    verb = tok.lemma_.lower()
    words = ctx.lexicon.light_phrases(verb)
    if not words or not verb_like(tok):
        return None
    adj = next((c for c in tok.children if c.lower_ in words and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod")), None)
    if adj is None:
        return None
    # the clause the adjective takes ("made it plain [that ...]"); never the adjective's own
    # clause with its dummy "it" when the parser made that the verb's ccomp
    heads = [c for c in adj.children if c.dep_ in ("ccomp", "advcl")] or [c for c in tok.children if c.dep_ == "ccomp" and c.i != adj.i]
    who = subject(tok)
    if not heads or who is None:
        return None
    return Frame(cue=(tok.i, adj.i), lemma=f"{verb} {adj.lower_}", kind="verb", speaker=who.i,
                 content=tuple(sorted({t.i for h in heads for t in h.subtree})), content_head=heads[0].i)


def impersonal_frame(ctx: Context, tok: Token) -> Frame | None:
    """Claims with nobody behind them: "Israel is expected to respond", "Trump seems to be ...".

    The subject is what the claim is about, not who makes it, so it belongs to the content and
    the frame has no speaker. "It seems that ...": the expletive is neither.
    """
    lex = ctx.lexicon
    lemma = tok.lemma_.lower()
    if lemma not in lex.flag("hearsay_passive") and lemma not in lex.flag("impersonal"):
        return None
    if is_raising(lex, tok):
        subjects = raised_subjects(tok)
    elif lemma in lex.flag("impersonal") and verb_like(tok) and tok.dep_ not in ("amod", "compound", "aux", "auxpass"):
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "expl")]
    else:
        return None
    heads = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    cue = (tok.i,)
    if not heads and lemma in lex.flag("impersonal") and subjects:
        # "Clinton seemed irritated", "the event seemed an insult", "this seems like a fair idea":
        # how something looks to the writer, with nobody behind it either
        heads = [c for c in tok.children if c.dep_ in ("acomp", "attr", "oprd")
                 and not any(x.dep_ == "xcomp" and x.lemma_.lower() in lex.cue_verbs for x in c.children)]  # "appeared more likely to describe"
        like = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "like" and c.i == tok.i + 1), None)
        if not heads and like is not None:
            heads, cue = [c for c in like.children if c.dep_ == "pobj"], (tok.i, like.i)
        if heads:  # and what the parse hung on the verb after it: "irritated [by the question]", "accurate [until March]"
            heads += [c for c in tok.children if c.i > heads[0].i and c.dep_ in ("prep", "agent", "npadvmod", "advmod")]
    if not heads:
        return None
    if lemma in lex.flag("impersonal") and any(h.dep_ == "xcomp" and h.lemma_.lower() in lex.cue_verbs for h in heads) and subjects:
        return None  # "he seemed to indicate that ...": the subject speaks
    verb_words = {tok.i} | {c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")}
    content: set[int] = set()
    for h in subjects + heads:
        if h.dep_ == "expl" or (h.lower_ == "it" and h.dep_ in ("nsubj", "nsubjpass") and heads[0].dep_ == "ccomp"):
            continue
        h = relative_antecedent(h) or h  # "the event, which is expected to draw 50,000 people"
        content.update(t.i for t in h.subtree if t.i not in verb_words)
    return Frame(cue=cue, lemma=lemma, kind="verb", passive=True, content=tuple(sorted(content)),
                 content_head=heads[0].i, negated=any(c.dep_ == "neg" for c in tok.children))


def asked_about(tok: Token) -> bool:
    """Whether verb tok heads a question that a verb of asking asks: "asked if she believed
    Putin wanted ...", "wondered whether the plan would work", "asked what he thought of ...".
    What such a clause says is asked, not claimed: it is the asking's content, no claim of its own."""
    if tok.dep_ not in ("ccomp", "advcl") or tok.head.lemma_.lower() not in ASKING_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children):
        return True
    # "asked what he thought of ...", not a time ("asked ... when he claimed that") nor a bare
    # "why" ("Asked why, Sembler responded: ...")
    first = tok.left_edge
    return tok.dep_ == "ccomp" and first.i < tok.i and first.tag_ in WH_TAGS and not first.nbor().is_punct


def naming(tok: Token) -> bool:
    """ "a PAC called Stop Hillary", "a blog, called the "Feed,"": a participle that gives a
    noun its name (a proper name, no one who calls it so) says nothing of it; "the deal,
    called a disaster by critics" does."""
    if tok.lemma_.lower() in ("call", "name", "dub", "title") and _name_set_off(tok):
        return True
    # on a common noun only: "Donald Trump named Sen. Ted Cruz" read as a participle on "Trump" is the parse slipping
    if (tok.lemma_.lower() not in ("call", "name", "dub", "title") or tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD")
            or tok.head.pos_ != "NOUN"):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    names = [c for c in tok.children if c.dep_ in ("oprd", "dobj", "attr")]
    return bool(names) and all(c.pos_ == "PROPN" for c in names)


# adverbs of a name given at some time ("the resort, now called ...")
_NAMED_SINCE = frozenset({"now", "formerly", "once", "officially", "later", "since", "then", "also", "aptly"})


def _name_set_off(tok: Token) -> bool:
    """ "the resort, now called Trump National Doral, ...": a participle between commas that gives
    the noun before it a name, however the parser hung it (it may make it the sentence's verb,
    the noun its subject): a proper name as its only complement, no object, no agent."""
    first = min([tok.i] + [c.i for c in tok.children if c.dep_ == "advmod" and c.i < tok.i])
    if tok.tag_ not in ("VBN", "VBD") or first == 0 or tok.doc[first - 1].text != ",":
        return False
    if tok.dep_ == "acl" and tok.head.pos_ == "PROPN":
        return False  # (the parse slipping: "Clinton, for example, named X as ..." read as a participle on her)
    if tok.tag_ != "VBN" and not any(c.dep_ == "advmod" and c.lower_ in _NAMED_SINCE for c in tok.children):
        return False  # (a finite verb after an aside names someone: "Clinton, for example, named X as ...")
    if any(c.dep_ in ("dobj", "agent", "ccomp", "xcomp") for c in tok.children):
        return False
    # (no subject of its own but the noun right before the comma: "De Blasio, ..., called
    # Trump a blowhard" calls someone something)
    own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.pos_ != "NOUN" or c.i != first - 2 for c in own):
        return False
    names = [c for c in tok.children if c.dep_ in ("oprd", "attr")]
    return bool(names) and all(c.pos_ == "PROPN" for c in names)


def in_question(tok: Token) -> bool:
    """Whether verb tok lies in a question a verb of asking asks, as its head or in a clause
    it reports ("asked if she believed Putin [wanted] Trump to win")."""
    for t in (tok, *tok.ancestors):
        if asked_about(t):
            return True
        # only up through reported clauses: an adverbial clause in the question tells what did
        # happen ("asked what he meant when he claimed that ..."), and a participle the parser
        # hung in it is the asker's own ("questioned why ..., implying that ...")
        if t.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
    return False


# verbs of asking for the terms one speaks on ("asked that his name not be used")
_REQUESTING = frozenset({"ask", "request"})


def terms_of_speaking(tok: Token) -> bool:
    """Whether cue word tok tells the terms a source speaks on, not what it says: "they were not
    authorized to discuss the matter" (a cue infinitive under a negated verb of permission),
    "spoke on condition of anonymity to discuss the talks" (an infinitive of the anonymity),
    "requested anonymity", "asked not to be named", "declined to be identified", "asked that his
    name not be used"."""
    host = tok.head
    infinitive = tok.tag_ == "VB" and tok.dep_ in ("xcomp", "advcl", "acl")
    if infinitive and tok.dep_ == "xcomp" and host.lemma_.lower() in PERMISSION_VERBS and any(c.dep_ == "neg" for c in host.children):
        return True
    if infinitive and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # the host's own words before it, not its subject's ("The aide, who requested anonymity,
        # flew to Ottawa to discuss trade" reports a trip)
        subject = {t.i for c in host.children if c.dep_ in CLAUSE_SUBJECT_DEPS for t in c.subtree}
        if any(t.lemma_.lower() in ANONYMITY_WORDS for t in host.subtree if t.i < tok.i and t.i not in subject):
            return True
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ANONYMITY_WORDS:
            return True
        if c.dep_ == "xcomp" and (
                (c.lemma_.lower() in NAMING_VERBS and any(a.dep_ == "auxpass" for a in c.children))
                or any(t.lemma_.lower() in ANONYMITY_WORDS for t in c.subtree)):
            return True
        if c.dep_ == "ccomp" and tok.lemma_.lower() in _REQUESTING and any(a.dep_ == "auxpass" for a in c.children) and any(
                a.dep_ == "neg" for a in c.children) and (
                c.lemma_.lower() in NAMING_VERBS or any(s.dep_ == "nsubjpass" and s.lemma_.lower() == "name" for s in c.children)):
            return True  # "asked that his name not be used", "asked that she not be identified" (not "wrote he'd been named ...")
    return False


def _prepositional_clause(head: Token, cue: Token, heads: list[Token]) -> bool:
    """Whether a clause the parser hung before the cue is a phrase opened by a preposition
    around a participle, where the cue has its clause after it: in "In a statement read aloud
    in court, her sister said the family ..." the parser made "read" a clause of "said"."""
    return (head.i < cue.i and head.dep_ == "ccomp" and head.tag_ in ("VBN", "VBD")
            and head.doc[head.left_edge.i].pos_ == "ADP" and head.left_edge.head.i == head.i
            and not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in head.children)
            and any(h.i > cue.i and h.dep_ == "ccomp" for h in heads))


def verb_frame(ctx: Context, tok: Token) -> Frame | None:
    lex = ctx.lexicon
    lemma = tok.lemma_.lower()
    if lemma not in lex.cue_verbs or not verb_like(tok) or lemma in lex.flag("impersonal") or is_raising(lex, tok):
        return None
    if tok.dep_ in ("amod", "compound", "aux", "auxpass"):
        return None
    if tok.tag_ == "VBN" and tok.lower_ in lex.cue_adjectives and any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ == "agent" for c in tok.children) and participle_holder(tok) is not None:
        return None  # "Experts were convinced the numbers ...": the adjective's (adjectives.py), not a passive with no speaker
    if terms_of_speaking(tok) or in_question(tok) or naming(tok) or _thing_done(ctx, tok, lemma):
        return None
    heads, addressee = _content_heads(lex, tok, lemma)
    if heads and all(h.dep_ == "prep" and h.i > tok.i for h in heads) and _after_quotation(ctx, tok):
        # '"Absolutely not," he said of the plan': the quotation is what was said, the phrase
        # only what it was said of
        heads = []
    if lemma in lex.flag("needs_clause") and not any(h.dep_ in CLAUSE_DEPS for h in heads):
        heads = [h for h in heads if h.dep_ == "prep" or (lemma in lex.flag("clause_or_object") and h.dep_ in ("xcomp", "prep", "oprd", "dobj", "advcl", "amod", "acomp"))]
        if lemma in lex.flag("clause_only"):
            heads = []
    if not heads and (takes_object(lex, lemma) or lemma in lex.flag("judging")):
        heads = _passive_object(lex, tok)
    if object_not_judged(lex, tok, lemma, heads):
        heads = []  # "She called her lawyer", "asked to call police": a telephone call, nothing said
    heads = _before_turned_cue(tok, heads)
    heads = [h for h in heads if not _manner_after(tok, h, heads)]
    heads, quoted_clause = _quotation_before_cue(ctx, tok, heads)
    heads = [h for h in heads if not _reports_onward(lex, h, tok) and not _participle_of_noun(h) and not _prepositional_clause(h, tok, heads)]
    # "Trump, asked about the wall, said ...": the parser made the participle the cue's clause
    # and its noun the participle's subject; that noun is the cue's speaker, the participle no
    # part of what was said
    set_off = [h for h in heads if h.i < tok.i and h.dep_ == "ccomp" and _set_off_participle(h, subject(h))]
    # 'A representative for the brand - a business pitched as "..." - noted that ...': with a
    # that-clause (or a clause with a subject of its own) after a cue that has no subject, a
    # clause the parser hung before it is its subject misread ("One attendee, who like others
    # spoke on condition of anonymity, said the message was ..."; with a subject, "It makes a
    # difference, she said, that ..." has both)
    if not any(c.dep_ in ACTIVE_SUBJECT_DEPS for c in tok.children):
        before = [h for h in heads if h.i < tok.i and h.dep_ == "ccomp" and h not in set_off]
        after = [h for h in heads if h.i > tok.i and h.dep_ == "ccomp"]
        if any(marked_that(h) for h in after) or (before and any(_misread_subject(tok, before[0], h) for h in after)):
            set_off += before
    else:
        # "It wasn't an accident — Dana Kim, an aide, told reporters that ...": a clause the dash
        # closes before the subject is the writer's, where the cue has a that-clause of its own;
        # one a semicolon closes always is ("There was no reference to X; he called his
        # opponent Y"; and a clause that ends before a semicolon: _content_heads)
        own = min((c for c in tok.children if c.dep_ in ACTIVE_SUBJECT_DEPS), key=lambda c: c.i)
        first = own.left_edge.i
        closed = tok.doc[first - 1].text if first > 0 else ""
        if (closed in DASHES and any(h.i > tok.i and h.dep_ == "ccomp" and marked_that(h) for h in heads)) or (
                closed == ";" and _own_complement(tok)):
            set_off += [h for h in heads if h.i < first and h.dep_ == "ccomp" and h not in set_off]
    partitive = next((c for c in tok.children if c.dep_ in ACTIVE_SUBJECT_DEPS and partitive_antecedent(c) is not None), None)
    if partitive is not None:
        # "The council heard from dozens of residents, many of whom said ...": the cue's clause
        # is a relative one; the clause before it is the writer's
        set_off += [h for h in heads if h.i < partitive.i and h not in set_off]
    heads = [h for h in heads if h not in set_off]
    if any(h.i < tok.i and h.dep_ == "ccomp" for h in heads):
        heads = [h for h in heads if not _report_after_inserted(lex, tok, h)]
    if not heads and tok.dep_ == "parataxis" and tok.head.i > tok.i:
        heads, quoted_clause = _quotation_above(ctx, tok)
    colon_content = _after_colon(tok) if not heads and lemma in lex.speech_verbs else []
    who = subject(tok)
    if who is None and set_off:
        # the first of its subjects: "A representative ... - a business pitched as ..."
        who = min((c for c in set_off[0].children if c.dep_ in ACTIVE_SUBJECT_DEPS), key=lambda c: c.i, default=None)
        if who is not None and (who.lower_ in NON_SPEAKERS or who.lower_ == "it"):
            who = None
    if (who is None or (who.i < tok.i and who.i in ctx.quoted)) and lemma in lex.speech_verbs:
        inverted = _named_after_quotation(ctx, tok)
        if inverted is not None:
            # '"Is it over?" asked Mr. Manafort, referring to ...': the parser hung the question's
            # words on the cue and read the name after it as its object
            who = inverted
            heads = [h for h in heads if h.i != who.i and not (h.i < tok.i and h.i in ctx.quoted)]
    # "Ben Carson, asked about his claims, ...": Carson was asked, by no one named
    asked = who is not None and lemma in lex.flag("addressee") and _set_off_participle(tok, who)
    if asked:
        who = None
    speaker = who.i if who is not None else None
    sent = ctx.sent_of_token(tok.i)
    # "it was announced that ...", and bare participles: "Asked whether he would run, Reid said ..."
    passive = who is None and (any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
                               or (tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBD") and lemma in lex.speech_verbs)
                               or asked or writer_judgement(tok))
    # (not a speaker a participle hangs on, "analysts ..., found in 2014 that ...", "hackers
    # backing President Assad": its subtree is everything)
    # (not the speaker a participle hangs on: its subtree holds the cue and what it reports)
    exclude = [c for c in (who, addressee) if c is not None and not (tok.tag_ in ("VBN", "VBG") and (
        (c.is_ancestor(tok) and tok.dep_ == "acl") or (tok.head.i == c.i and tok.dep_ == "advcl")))]
    exclude += [c for c in tok.children if c.dep_ == "agent"]
    agent = _agent_on_predicate(heads) if passive else None
    if agent is not None:
        speaker, passive = agent.i, False
        exclude.append(agent.head)  # the "by"
    content: tuple[int, ...] = ()
    content_head = None
    if heads:
        found: list[int] = []
        for h in heads:
            # a head above the cue ("the plan, which was endorsed"): without the cue's clause;
            # nor a conjunct that goes with the cue ("said she admires ... and highlighted ...")
            found.extend(subtree_minus(h, exclude + ([tok] if h.is_ancestor(tok) else []) + _strays(h, tok) + _reported_after(lex, h)
                                       + _when_said(tok, h) + said_where_after(tok, h) + said_where_before(h)))
        if quoted_clause is not None:
            found = [i for i in found if quoted_clause[0] <= ctx.doc[i].idx < quoted_clause[1]]
        if _host_before_that(tok, heads):
            # "It's a reminder, Rogers said, that ...": the words before the inserted cue begin
            # what was said, the that-clause after it ends it
            found.extend(subtree_minus(tok.head, [tok]))
        elif all(h.dep_ == "dobj" and h.i > tok.i for h in heads):
            found.extend(_after_object(tok, heads, exclude))
        content, content_head = _without_label(lex, tok.doc, tuple(sorted(set(found)))), heads[0].i
    elif colon_content:
        content, content_head = tuple(colon_content), colon_content[0]
    elif _reports_onward(lex, tok, tok.head):
        content, content_head = tuple(subtree_minus(tok.head, [tok])), tok.head.i
    elif lemma in lex.speech_verbs and tok.head.i != tok.i and (
        (tok.dep_ in ("parataxis", "ccomp", "advcl", "conj") and tok.head.i < tok.i) or tok.dep_ == "parataxis"
    ) and not (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lex.cue_verbs) and not (tok.dep_ == "advcl" and tok.tag_ == "VBG") and not (
        tok.dep_ == "ccomp" and tok.head.i < tok.i and not tok.doc[tok.left_edge.i - 1].is_punct and lemma not in lex.flag("judging")
    ) and not (
        any(c.dep_ == "xcomp" for c in tok.children)
    ) and not (
        tok.dep_ == "conj" and (not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in tok.children)
                                or (any(c.dep_ == "cc" and c.i == tok.left_edge.i - 1 for c in tok.head.children)
                                    and not any(c.lower_ == "so" and c.i > tok.i for c in tok.children)))
    ) and not any(c.dep_ == "mark" for c in tok.children) and not (
        tok.left_edge.tag_ in WH_TAGS and tok.left_edge.i < tok.i
    ) and not (
        tok.head.i > tok.i and tok.head.i not in ctx.quoted and (tok.head.pos_ not in ("VERB", "AUX") or tok.head.tag_ == "VBG")
        and _after_quotation(ctx, tok)
    ):
        # (not when the host is the writer's phrase after a quotation's cue, no clause: in '"... He
        # wanted to build bridges," she said, her voice breaking.' the parser hung "said" on
        # "breaking" ('"Only you," she said, would use ...' goes on with her words); not
        # when the host is a cue whose reported clause this verb heads: in "Suncor said
        # risk continues to weigh", "continues" is what Suncor said, not a cue over "Suncor said";
        # nor for a participle: in "X was critical of the ruling, telling reporters: ..." the
        # host clause is narration and what follows the participle is the claim; nor for a
        # conjunct that shares its host's subject: "he kept his temper in check and responded
        # calmly" reports nothing of "kept his temper in check", nor a conjunct with a subject
        # of its own right after "but" or "and", unless it says "so": "She joined the Fed in
        # 2014, but she said little about ..." reports nothing of her joining ("Prices will rise,
        # and economists said so" and "It is hanging on, but it is under pressure, said the chief
        # executive" still do); nor for a verb with a
        # complement of its own: in "..., as Sanders continues to pick up support" he says nothing;
        # nor for a clause of its own: "He agreed because the media would call him a chicken";
        # nor for the complement of the verb before it, not set off: "I forgot she had said it";
        # nor for a clause a wh-word opens: "promised to end what he called "the rebate
        # rip-off"", "The White House does the tweeting when President Obama speaks")
        # "The plan, he said, would fail." / "..., Axios reports": the host clause is the content
        narration = _narration_after(ctx, tok)
        content, content_head = tuple(subtree_minus(tok.head, [tok, *narration, *said_where_before(tok.head)])), tok.head.i
        if narration and not any(ctx.doc[i].is_alpha for i in content if i > tok.i):
            content = tuple(i for i in content if i < tok.i)  # (the marks and stop the narration ends on)
    if points_back(tok):
        content, content_head = (), None  # the quotation before its sentence is the claim (attach)
    frame = Frame(
        cue=(tok.i,), lemma=lemma, kind="verb", speaker=speaker, content=content, content_head=content_head,
        addressee=addressee.i if addressee is not None else None,
        negated=any(c.dep_ == "neg" for c in tok.children),
        future=any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children),
        question=ctx.ends_with_question(sent),
        passive=passive,
    )
    return _two_reports(ctx, tok, _inserted(ctx, tok, _inverted_parenthetical(ctx, tok, frame)))


# Entity labels of a phrase that says when
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _when_said(cue: Token, clause: Token) -> list[Token]:
    """A phrase of time, or of where the words were said, the parser hung on the reported clause
    although it stands between the cue and that clause's subject, with no "that" before it: in
    "Starmer said on Friday he met the families", "on Friday" is when he said it, not when he met
    them; in "Telus said in a statement it would review ..." the statement is where ("said that
    on Friday he met them" keeps it; so does a clause with no subject of its own after the phrase)."""
    if clause.dep_ != "ccomp" or clause.i < cue.i:
        return []
    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if own is None:
        return []
    out = []
    for c in clause.children:
        if (c.dep_ in ("prep", "npadvmod") and cue.i < c.left_edge.i and c.right_edge.i < own.left_edge.i
                and (any(t.ent_type_ in _TIME_ENTITIES for t in c.subtree) or (c.lower_ != "on" and where_said(c)))
                and all(not clause.is_ancestor(t) and t.i != clause.i for t in cue.doc[cue.i + 1 : c.left_edge.i])):
            out.append(c)
    return out


# Subordinators of an adverbial clause that tells what happened around the claim
_ADVERBIAL_MARKS = frozenset({"after", "before", "when", "since", "until", "once"})


def _reported_after(lex: Lexicon, head: Token) -> list[Token]:
    """Adverbial clauses closing the content that report someone else's claim: in "says the
    manager will not be prosecuted after prosecutors determined there was not enough evidence",
    what the prosecutors determined is their own claim, not part of what the document says."""
    out = []
    for t in head.subtree:
        if (t.dep_ == "advcl" and t.i > t.head.i and t.lemma_.lower() in lex.cue_verbs
                and any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in t.children)
                and any(c.dep_ == "nsubj" and c.lower_ not in NON_SPEAKERS and c.lower_ != "it" and someone(c) for c in t.children)
                # (not a thing's: "can detect the disease years before symptoms appear")
                # (one that reports only with a clause has one: "after officers first learned
                # about it" is when, and stays)
                and (t.lemma_.lower() not in lex.flag("needs_clause") or t.lemma_.lower() in lex.flag("clause_or_object")
                     or any(c.dep_ in CLAUSE_DEPS for c in t.children))):
            out.append(t)
    return out


def _strays(head: Token, cue: Token) -> list[Token]:
    """The conjuncts inside head's subtree that go with cue or a verb above it, not with the
    reported clause (frame.stray_conjunct), each with the "and" or comma before it."""
    out = []
    doc = head.doc
    for t in head.subtree:
        host = stray_conjunct(t) if t.dep_ == "conj" else None
        if host is not None and (host.i == cue.i or host.is_ancestor(cue)):
            out.append(t)
            j = t.left_edge.i - 1
            while j > t.head.i and doc[j].head.i == t.head.i and doc[j].dep_ in ("cc", "punct"):
                out.append(doc[j])
                j -= 1
    return out


_CLAUSE_BREAKS = frozenset({"-", "--", "\u2013", "\u2014", ";", ":"})


def _without_label(lex: Lexicon, doc, content: tuple[int, ...]) -> tuple[int, ...]:
    """The content without a label or an appositive the writer sets after it: "..., a claim the
    hospital rejects", "..., a charge his lawyer denies", "..., a move that could trigger new
    border checks", "... over Donald Trump, the Republican frontrunner who ..." (the words are the
    writer's, not the speaker's; PolNeAR leaves them out too)."""
    if not content:
        return content
    # only a comma in the stretch of contiguous tokens that ends the content can open one
    tail = len(content) - 1
    while tail > 0 and content[tail - 1] == content[tail] - 1:
        tail -= 1
    # (and not the items of a list: "differ on Israel, the Iranian nuclear deal and the Supreme
    # Court", "wants a $4 trillion tax cut, a war with Iran, a balanced budget")
    listed = sum(doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("a", "an", "the") for j in content) > 1
    for k in range(max(tail, 1), len(content)):
        i = content[k]
        if doc[i].text != "," or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("a", "an", "the"):
            continue
        if not listed and _appended_appositive(doc, content, k):
            return content[:k]
        if doc[i + 1].lower_ == "the":
            continue
        noun = next((doc[j] for j in range(i + 2, min(i + 5, len(doc))) if doc[j].pos_ == "NOUN"), None)
        rest = [doc[j] for j in content[k + 1 :] if noun is not None and j > noun.i]
        # (a clause on it: "rejects" at times tagged a noun, the parser hanging it anywhere)
        if noun is not None and noun.lemma_.lower() in lex.cue_nouns and any(
                t.pos_ in ("VERB", "AUX") or t.lemma_.lower() in lex.cue_verbs for t in rest):
            return content[:k]
    return content


def _appended_appositive(doc, content: tuple[int, ...], k: int) -> bool:
    """Whether the content from its k-th token (a comma) to its end, one phrase, is an appositive
    on a word before the comma (not a list's next item: "... the deal and the Supreme Court")."""
    i = content[k]
    roots = [doc[j] for j in content[k + 1 :] if not (i < doc[j].head.i <= content[-1]) and not doc[j].is_punct]
    return (len(roots) == 1 and roots[0].dep_ in ("appos", "npadvmod") and roots[0].head.i < i and roots[0].pos_ == "NOUN"
            and not any(c.dep_ == "conj" and any(d.dep_ == "det" for d in c.children) for c in roots[0].children))


def _named_after_quotation(ctx: Context, cue: Token) -> Token | None:
    """The name right after a cue that follows a closing quotation mark, up to a comma or the
    sentence's end ('"Is it over?" asked Mr. Manafort, referring to ...'): the speaker the parser
    lost."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text not in CLOSING_MARKS or doc[cue.i - 2].text not in (",", "?", "!"):
        return None
    j = cue.i + 1
    if j + 1 < len(doc) and doc[j].lower_ in _ONE_MORE and doc[j + 1].text in (",", ".", "!", "?"):
        return doc[j]  # '"...," tweeted another.': one more of those quoted before
    # (a participle inside a title, "ranking Democrat", "acting director", read as a verb; a
    # party and state after the name, "Elijah Cummings (D-Md.)")
    while j < len(doc) and (doc[j].pos_ in ("PROPN", "NOUN") or doc[j].text in ("-", ".") and j + 1 < len(doc) and not doc[j + 1].is_punct
                            or doc[j].tag_ in ("VBG", "VBN") and j > cue.i + 1 and j + 1 < len(doc) and doc[j + 1].pos_ in ("PROPN", "NOUN")):
        j += 1
    if j == cue.i + 1 or (j < len(doc) and doc[j].text not in (",", ".", "!", "?", "(") and not doc[j].is_space):
        return None
    name = doc[j - 1]
    return name if name.pos_ == "PROPN" or name.ent_type_ == "PERSON" else None


# words for one more of the people quoted before, alone after an inverted cue
_ONE_MORE = frozenset({"another", "others", "one"})


def _manner_after(cue: Token, head: Token, heads: list[Token]) -> bool:
    """Whether a clause the parser hung on the cue after it is only how the words were said,
    set off by a comma, with no finite verb, where the reported clause comes before the cue:
    "The plan is dead, the mayor said Monday, his voice rising" ("his voice rising" is no
    second piece of what he said)."""
    doc = cue.doc
    return (head.i > cue.i and head.tag_ == "VBG" and head.dep_ in ("ccomp", "advcl") and doc[head.left_edge.i - 1].text == ","
            and any(h.i < cue.i for h in heads) and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in head.subtree))


def _inserted(ctx: Context, tok: Token, frame: Frame) -> Frame:
    """ "Kody made the choice ..., she says, and lost his life ...": a cue and its speaker set
    between commas inside the sentence they report. The parser hangs half of the sentence on the
    cue ("and lost ..." as the cue's conjunct, "while some couples collapse ..." as its adverbial
    clause), so the content is rebuilt as everything before the first comma and after the
    second: two pieces of one claim. Not inside quotation marks (a quote's pieces are the
    quotation's own)."""
    lex = ctx.lexicon
    doc = tok.doc
    if frame.lemma not in lex.flag("inserted") or frame.speaker is None or frame.speaker > tok.i:
        return frame
    speaker = doc[frame.speaker]
    first = min(t.i for t in speaker.subtree)
    if max(t.i for t in speaker.subtree) != tok.i - 1 or first < 2 or doc[first - 1].text != ",":
        return frame  # the speaker's words right before the cue, a comma right before them
    comma = _cue_phrase_end(tok)  # past the cue's own phrases: ", she said on Saturday, and ..."
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return frame
    sent = ctx.sent_of_token(tok.i)
    start = _clause_start(ctx, sent, first)
    before, after = range(start, first - 1), range(comma + 1, sent.end)
    if not before or not after or any(i in ctx.quoted for i in range(min(start, sent.start), sent.end)):
        return frame
    if not any(verb_like(doc[i]) for i in after) or not any(doc[i].is_alpha for i in before):
        return frame
    if doc[after[0]].lower_ != "with" and not any(doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD") for i in after) and any(
            doc[i].tag_ == "VBG" and any(c.dep_ == "nsubj" and c.i in after for c in doc[i].children) for i in after):
        return frame  # "..., she said Monday, her voice breaking": how she said it, no second piece
    if all(doc[i].is_punct or any(c.left_edge.i <= i <= c.right_edge.i for c in _where_said(tok, comma)) for i in after):
        return frame  # "..., the minister said Sunday, in remarks carried by IRNA.": the cue's own phrase
    opener = doc[after[0]]
    if opener.tag_ == "VBG" and opener.head.i == tok.i and opener.lemma_.lower() in lex.cue_verbs:
        return frame  # "..., the mayor said, adding that ...": the participle is a report of its own
    if any(_own_report(lex, doc[i], after) for i in after):
        return frame  # "..., the province announced, a move advocates say does not go far enough"
    if any(doc[i].head.i == tok.i and doc[i].dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in doc[i].children)
           for i in after):
        return frame  # "..., the Associated Press declared on Thursday, two days after voters went to the polls"
    content = tuple(before) + tuple(after)
    if set(content) <= set(frame.content):
        return frame  # the parse already gave both halves ("The plan, he said, would fail")
    return attrs.evolve(frame, content=content, content_head=frame.content_head if frame.content_head is not None else content[0])




def _where_said(tok: Token, after: int) -> list[Token]:
    """The cue's own phrases after token after that say where its words were said: "in remarks
    carried by ...", "at a news conference" (not "perhaps by insisting that ...", "including
    ...": what was said goes on there)."""
    return [c for c in tok.children if c.i > after and where_said(c)]


def _own_report(lex: Lexicon, verb: Token, span: range) -> bool:
    """Whether verb is a finite speech verb whose own subject comes before it within span: a
    report of its own there ("advocates say"; not "supporters plan to leave", which may be the
    claim's own clause; nor a clause below another, "in which he could tell stories", "when he
    speaks")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in lex.speech_verbs or verb.dep_ not in ("ccomp", "conj", "parataxis", "ROOT"):
        return False
    who = subject(verb)
    return who is not None and who.i in span and who.i < verb.i


def _clause_start(ctx: Context, sent, first: int) -> int:
    """Where the claim before an inserted cue starts: its sentence's start (past an opening
    "But"), or past the last dash, semicolon or colon before token first that opens its clause:
    "She compared her staff to the entrepreneurs of New Delhi - all of whom, she explained,
    needed a boost" (a dash with a space each side: not the hyphen of "work-related")."""
    doc = ctx.doc
    start = sent.start + 1 if doc[sent.start].pos_ == "CCONJ" else sent.start
    breaks = [i for i in range(start, first - 1) if doc[i].text in _CLAUSE_BREAKS
              and (doc[i].text in (";", ":") or (doc[i].whitespace_ and i > 0 and doc[i - 1].whitespace_))]
    return breaks[-1] + 1 if breaks else start


def _two_reports(ctx: Context, tok: Token, frame: Frame) -> Frame:
    """ "The bridge will close in May, the mayor said, and the repairs will take a year, an
    engineer added.": two reports in one sentence, each cue after its claim with its speaker
    between commas. However the parser hangs the two clauses (one under the other cue, the
    second report as the first's reported clause), the first claim is what comes before the
    first speaker and the second what lies between the first cue's comma and the second
    speaker ("and", "while" that join them left out). Not inside quotation marks."""
    doc = tok.doc
    shape = _set_off_report(ctx.lexicon, tok)
    if shape is None:
        return frame
    sent = ctx.sent_of_token(tok.i)
    if any(i in ctx.quoted for i in range(sent.start, sent.end)):
        return frame
    others = [(t, _set_off_report(ctx.lexicon, doc[t])) for t in range(sent.start, sent.end) if t != tok.i]
    others = [(t, o) for t, o in others if o is not None]
    later = [(t, o) for t, o in others if t > tok.i]
    earlier = [(t, o) for t, o in others if t < tok.i and o[1] is not None]  # an earlier one closed by a comma
    if (not others and tok.dep_ == "conj" and tok.head.i < shape[0] and _ends_sentence(ctx, tok.i)
            and any(c.dep_ == "ccomp" and c.i < shape[0] for c in tok.children)):
        # "A sale is not certain, and the firm could keep the unit, one of the people cautioned.":
        # the parser made the report (with the second clause as its own) the second conjunct
        # of the sentence it closes; it reports the whole sentence before its speaker (not
        # "..., and though they speak no English, their smiles said a lot")
        content = tuple(range(_clause_start(ctx, sent, shape[0]), shape[0] - 1))
        if set(frame.content) < set(content) and any(verb_like(doc[i]) for i in content):
            return attrs.evolve(frame, content=content)
        return frame
    if not ((shape[1] is not None and later and _ends_sentence(ctx, later[-1][0])) or (earlier and _ends_sentence(ctx, tok.i))):
        return frame
    if earlier:  # a second (or third): its claim lies between the report before and its own speaker
        content = tuple(range(earlier[-1][1][1] + 1, shape[0] - 1))
        while content and doc[content[0]].dep_ in ("cc", "mark", "punct"):
            content = content[1:]
    else:  # the first: its claim is before it
        content = tuple(range(_clause_start(ctx, sent, shape[0]), shape[0] - 1))
    if not any(doc[i].is_alpha for i in content) or not any(verb_like(doc[i]) for i in content):
        return frame
    return attrs.evolve(frame, content=content, content_head=content[0] if frame.content_head not in content else frame.content_head)


def _set_off_report(lex: Lexicon, tok: Token) -> tuple[int, int | None] | None:
    """(the subject's first token, the comma closing the report or None) when tok is a finite
    cue verb after a comma and its own subject: ", an engineer added", ", the board warned on
    Monday," (None otherwise)."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.lemma_.lower() not in lex.flag("inserted"):
        return None
    subj = next((c for c in tok.children if c.dep_ in ACTIVE_SUBJECT_DEPS and c.i < tok.i), None)
    if subj is None or subj.right_edge.i != tok.i - 1 or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return None
    j = _cue_phrase_end(tok)
    return subj.left_edge.i, j if j < len(doc) and doc[j].text == "," else None


def _cue_phrase_end(tok: Token) -> int:
    """The token after tok and the phrases of its own that follow it ("said [on Monday]", "said
    [in a statement]"), up to punctuation or a clause."""
    j = tok.i + 1
    while j < len(tok.doc) and not tok.doc[j].is_punct and _of_the_cue(tok.doc[j], tok):
        j += 1
    return j


# what may stand between a cue and a phrase of its own: "said [on Monday]", "said [in a statement
# to the Herald]", "said [late] [Tuesday]" (not its object nor a clause under a preposition)
_CUE_PHRASE_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "det", "amod", "compound", "nummod", "poss", "case", "nmod", "quantmod"})


def _of_the_cue(t: Token, cue: Token) -> bool:
    """Whether t belongs to a time, place or manner phrase of cue's own."""
    while t.i != cue.i:
        if t.dep_ not in _CUE_PHRASE_DEPS or t.head.i == t.i:
            return False
        t = t.head
    return True


def _ends_sentence(ctx: Context, i: int) -> bool:
    """Whether nothing but the cue's own words and punctuation follow token i in its sentence."""
    doc = ctx.doc
    tok = doc[i]
    sent = ctx.sent_of_token(i)
    return all(doc[j].is_punct or tok.is_ancestor(doc[j]) for j in range(i + 1, sent.end))


def _inverted_parenthetical(ctx: Context, tok: Token, frame: Frame) -> Frame:
    """ "The contrast, said Doyle and others, would be clear": the name after the cue speaks.

    The parser may read the words before the comma as the cue's subject and the name after it
    as the subject of the content. A cue between commas, right before a name that a comma
    closes, is such an inserted "said X"; the frame is rebuilt around it.
    """
    lex = ctx.lexicon
    doc = tok.doc
    if frame.lemma not in lex.flag("inserted") or tok.i < 2 or doc[tok.i - 1].text != ",":
        return frame
    if frame.speaker is not None and frame.speaker > tok.i:
        return frame
    if frame.speaker is not None and any(c.dep_ == "appos" and c.right_edge.i == tok.i - 2 for c in doc[frame.speaker].children):
        return frame  # "Dr. Eileen de Villa, the city's former medical officer, said older adults, ... are": her words
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ not in ("PROPN", "DET", "NOUN", "ADJ"):
        return frame
    head = doc[tok.i + 1]
    while head.head.i > head.i and head.head.i < tok.i + 6 and head.head.pos_ in ("PROPN", "NOUN") and head.dep_ in ("compound", "det", "amod", "nmod"):
        head = head.head
    # the parser may read the inverted speaker as the cue's object ("The plan, muttered the
    # mayor, is dead"): the object of a finite cue between commas still speaks, unless the cue
    # takes an object of its own: the one addressed ("Bennett, 57, told a voter ...") or the
    # claim ("Breitbart, for one, noted the dichotomy ..."); a participle's never does
    # ("..., telling reporters, ...")
    inverted_object = head.dep_ == "dobj" and tok.tag_ in ("VBD", "VBZ", "VBP") and object_may_speak(lex, frame.lemma)
    if head.pos_ not in ("PROPN", "NOUN") or (head.dep_ not in ACTIVE_SUBJECT_DEPS and not inverted_object):
        return frame
    end = max(t.i for t in head.subtree) + 1
    if end >= len(doc) - 1 or (doc[end].text != "," and doc[end - 1].text != ","):
        return frame
    after = end + 1 if doc[end].text == "," else end
    sent = ctx.sent_of_token(tok.i)
    if after >= sent.end or not any(verb_like(t) for t in doc[after : sent.end]):
        return frame
    start = sent.start + 1 if doc[sent.start].pos_ == "CCONJ" else sent.start
    content = tuple(range(start, tok.i - 1)) + tuple(range(after, sent.end))
    return attrs.evolve(frame, speaker=head.i, addressee=None, content=content, content_head=content[0] if content else None)


# a phrase after the cue's object that holds another event or a source is no part of what was said
_NOT_OF_THE_OBJECT = frozenset({"before", "after", "since", "until", "while", "upon", "during", "despite", "amid", "according", "as", "per"})
_OBJECT_PHRASES = frozenset({"prep", "dative", "npadvmod", "oprd"})
_CLAUSES = frozenset({"relcl", "ccomp", "advcl"})


def _after_object(tok: Token, objects: list[Token], exclude: list[Token]) -> list[int]:
    """The phrases the parser hung on the cue right after its object, which say what was said of
    it: "attacked the governor [by accusing him of ...]", "showed Trump leading [with 40 percent
    ...]". Not a later event ("endorsed Sanders [before backing Clinton]"), a source ("[according
    to Reuters]"), a quotation or a clause of its own (a claim of its own may sit there); each
    phrase follows the one before, with nothing but punctuation between; one that says when it
    was said ("reported the plans [on Thursday]") ends them."""
    doc = tok.doc
    end = max(o.right_edge.i for o in objects)
    out: list[int] = []
    for c in tok.children:
        if c.i <= end or c.dep_ not in _OBJECT_PHRASES or c in exclude or c.lower_ in _NOT_OF_THE_OBJECT:
            continue
        if any(t.is_quote or t.dep_ in _CLAUSES for t in c.subtree):
            continue
        if not all(doc[k].is_punct for k in range(end + 1, c.left_edge.i)):
            break
        if _when(c):
            break  # when it was said: "reported the plans [on Thursday]"
        out.extend(t.i for t in c.subtree)
        end = c.right_edge.i
    return out
