"""The claims of both finders as one list: the rule engine's and the learned tagger's.

Where both found a claim, one claim is kept with the boundaries that measure better on held-out
articles (BOUNDARIES: the rules', unless the parse cut a rule content short and the tagger's
runs on to the end of the phrase); where only the tagger found one, its content, cue and source become a
frame like any rule frame, and the later stages resolve its speaker, chain and confidence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Protocol, Sequence

import attrs

from ..words import (
    AGENT_NOUNS,
    ANONYMOUS_NOUNS,
    ASKING_VERBS,
    CLAUSE_SUBJECT_DEPS,
    CLOSING_MARKS,
    CONTENT_POS,
    KIN_NOUNS,
    MENTION_DEPS,
    NOT_A_SPEAKER_POS,
    ORG_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
    SPEAKER_ENTITIES,
)
from .candidates import Candidate, token_pieces
from .choose import Chosen, content_type
from .context import Context
from .cues import Frame
from .cues.frame import subject
from .cues.verbs import naming, object_not_judged, terms_of_speaking
from .ranges import Range, Taken, cut, overlap, tidy

# where both found a claim, whose boundaries: "rules"; "model"; "model-indirect" (the tagger's for
# indirect claims); "wider" (the rules', but the tagger's where it holds a short indirect rule
# content and more, ends a phrase and stays off the cue and speaker: measured best on calib)
BOUNDARIES = "wider"
LEARNED_ONLY_NEEDS_CUE = True
LEARNED_ONLY_MIN = 0.0  # the tagger's mean label probability a claim of its own needs
MODEL_BOUNDARIES_MIN = 0.0  # ... and the one its boundaries need to replace the rules' ones
SHORT_RULE_CONTENT = 40  # characters: a rule content shorter than this may give way to a wider tagger one
PHRASE_OPENERS = frozenset({"det", "predet", "amod", "compound", "poss", "nummod", "quantmod", "advmod", "case"})
WHOLE_PHRASES = True  # a claim only the tagger found: its content ranges grown to the phrase's end


class Attribution(Protocol):
    """What combine reads of an attribution another finder made (claims.learned.Learned):
    token ranges, end exclusive."""

    content: tuple[tuple[int, int], ...]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    probability: float


def combine(ctx: Context, rules: list[Chosen], learned: Sequence[Attribution]) -> list[Chosen]:
    """One list in text order, no two sharing a character of content: each rule claim (its boundaries or
    the tagger's), then each learned attribution that overlaps no rule claim."""
    starts = _Starts(rules)
    speakers = {ch.candidate.frame.speaker for ch in rules} - {None}
    relayed = {link.token for ch in rules for link in ch.candidate.links}  # outer sources of rule claims
    matched: dict[int, list] = {}
    alone = []
    for att in learned:
        att = _in_cue_sentence(ctx, att)
        att, pieces, hits = _finished_or_not(ctx, rules, starts, att)
        if not pieces:
            continue
        if hits:
            for k in hits:
                matched.setdefault(k, []).append((att, pieces))
        else:
            att = _preposition_to_cue(ctx, att)
            pieces = _pieces(ctx, att.content) or pieces
            grown = attrs.evolve(att, content=whole_phrases(ctx, att)) if WHOLE_PHRASES else att
            grown_pieces = _pieces(ctx, grown.content) or pieces
            if _overlapping(rules, starts, grown_pieces[0][0], grown_pieces[-1][1]):
                continue  # its phrase runs into a rule claim: the rule claim has it
            if len(grown_pieces) == 1 and _root(ctx.doc, att.content[0]) in speakers:
                continue  # "The Herald quoted [the mayor] as saying ...": who speaks is no content
            if (att.source is not None and any(i in relayed for i in range(*att.source)) and _relaying(ctx, att)
                    and _type(ctx, grown_pieces) != "direct"):
                # '"...," the pope told reporters, according to Reuters, during an answer aboard
                # the plane ...': Reuters passes the quotation on (its chain); it says nothing else
                # (a quotation after it is still a claim: '... reports USA Today. "This has been ..."')
                continue
            if _may_stand_alone(ctx, grown):
                alone.append(_claim(ctx, grown, grown_pieces))
    out = []
    for k, ch in enumerate(rules):
        found = matched.get(k)
        if not found:
            out.append(ch)
            continue
        att, pieces = found[0]
        use_model = len(found) == 1 and att.probability >= MODEL_BOUNDARIES_MIN and (
            BOUNDARIES == "model" or (BOUNDARIES == "model-indirect" and ch.type == "indirect")
            or (BOUNDARIES == "wider" and ch.type == "indirect" and _wider(ctx, ch, pieces)))
        if use_model and not _crosses(rules, starts, k, pieces):
            out.append(Chosen(ch.candidate, _type(ctx, pieces), tuple(pieces), "both", att.probability))
        else:
            out.append(Chosen(ch.candidate, ch.type, ch.pieces, "both", att.probability))
    kept: list[Chosen] = []
    taken = Taken()
    for ch in sorted(out + alone, key=lambda ch: ch.extent):
        if not taken.hits(ch.pieces):
            kept.append(ch)
            taken.add(ch.pieces)
    return kept


def _in_cue_sentence(ctx: Context, att):
    """The tagger's content without unquoted pieces in another sentence than its cue's: in "He
    needs to keep sharing the message of X. He needs to keep bringing Y", what the second
    sentence says is no part of the first cue's claim (a quotation may run on; the rules'
    continued quotes carry paragraphs on); none at all where every piece is elsewhere."""
    if att.cue is None:
        return att
    sent = ctx.sent_of_token(att.cue[0])
    # words of its own, unquoted, in the cue's sentence (a quote there may go on into the next)
    own = any(sent.start <= a < sent.end and any(i not in ctx.quoted for i in range(a, b)) for a, b in att.content)
    kept = tuple((a, b) for a, b in att.content
                 if sent.start <= a < sent.end or (_runs_on(ctx, sent, a, b) if own else any(i in ctx.quoted for i in range(a, b))))
    if not kept and ctx.doc[att.cue[0]].text != ":":
        # all of it in another sentence, unquoted: "... trade deals that have hurt jobs. Tuesday,
        # the senator opened a rally ...": what the sentence before says is not what "opened" did
        # (a label's colon may end a sentence of its own: "AP: Trump chair routed ...")
        return attrs.evolve(att, content=())
    return attrs.evolve(att, content=kept) if kept and len(kept) < len(att.content) else att


def _runs_on(ctx: Context, sent, a: int, b: int) -> bool:
    """Whether tokens a..b lie in a quotation that opens in sentence sent and runs on past it,
    for a content that has words of its own in that sentence (not one that opens a sentence of
    its own after it: '"...," Clinton said, referencing a super PAC. "So they think ..."' goes
    on Clinton's quote, not on what she referenced; a cue whose content is only the quotation
    after it, '... Bystrom agreed. "Mainstream Republicans ..."', keeps it)."""
    if not any(i in ctx.quoted for i in range(a, b)):
        return False
    quotation = ctx.quotation_at(ctx.doc[a].idx)
    if quotation is None:
        return True  # a mark the quotation finder paired otherwise: as before
    return quotation.start < ctx.end_char(sent.end - 1)


def _finished_or_not(ctx: Context, rules: list[Chosen], starts: "_Starts", att):
    """(att, its pieces, the rule claims they overlap), with the phrase its content ends in
    finished, unless finishing it would run into a rule claim the content did not reach ("compared
    the senator to [former Gov.] Pete Wilson, who backed the measure": Wilson's claim is another)."""
    pieces = _pieces(ctx, att.content)
    hits = _overlapping(rules, starts, pieces[0][0], pieces[-1][1]) if pieces else []
    finished = _phrase_finished(ctx, att)
    if finished is att:
        return att, pieces, hits
    grown = _pieces(ctx, finished.content)
    grown_hits = _overlapping(rules, starts, grown[0][0], grown[-1][1]) if grown else []
    if not grown or not set(grown_hits) <= set(hits):
        return att, pieces, hits
    return finished, grown, grown_hits


# a last content token that opens a phrase running on to its right: a preposition, an
# infinitive's "to", a determiner or modifier of a noun still to come
_OPEN_ENDS = frozenset({"prep", "agent", "aux", "det", "predet", "poss", "amod", "compound", "nummod", "quantmod"})


def _phrase_finished(ctx: Context, att):
    """The tagger's last content range run on to the end of the phrase its last token opens:
    the tagger may stop on a word whose phrase goes on ("a cleaner form [of] fuel", "the state
    would send [a] "strong message"", "aimed [to] protect"), which leaves the claim cut in
    mid-phrase. Within the cue's sentence and short of the cue and the source; a preposition left
    at the end of its clause ("refers to") has nothing after it, and one the content does not
    hold is dropped ("said almost nothing about monetary policy [until]": the cue's "until")."""
    if not att.content:
        return att
    doc = ctx.doc
    a, b = att.content[-1]
    last = doc[b - 1]
    if last.dep_ not in _OPEN_ENDS:
        return att
    if last.dep_ in ("prep", "agent"):
        if not a <= last.head.i < b:
            # a preposition the content does not hold ("said little about pay [until] March":
            # "until" is the cue's): the claim ends before it
            return attrs.evolve(att, content=att.content[:-1] + ((a, b - 1),)) if b - 1 > a else att
        phrase = last
    elif last.head.i < b or (last.dep_ == "aux" and last.tag_ != "TO"):
        return att
    else:
        phrase = last.head  # the noun a determiner or modifier opens, the verb of a "to"
    right = min(phrase.right_edge.i + 1, ctx.sent_of_token(b - 1).end)
    avoid = set(range(*att.cue)) if att.cue is not None else set()
    if att.source is not None:
        avoid |= set(range(*att.source))
    if right <= b or avoid.intersection(range(b, right)):
        return att
    return attrs.evolve(att, content=att.content[:-1] + ((a, right),))


def _wider(ctx: Context, ch: Chosen, model: list[Range]) -> bool:
    """Whether the tagger's content holds a short rule content and more, and ends where a
    phrase ends: the parse cut the rule's short ("posted [comments on Facebook] about an
    alleged rape ..."), while a tagger content ending on "on" in "for governor on Sunday" or on
    the "and" of "on defence and noted that" is the tagger's own slip."""
    a, b = model[0][0], model[-1][1]
    rule = ch.extent
    if not (a <= rule[0] and b >= rule[1] and (a, b) != rule and rule[1] - rule[0] < SHORT_RULE_CONTENT):
        return False
    if re.match(r"[,\u2014\u2013] (?:a|an|the) ", ctx.text[rule[1] : rule[1] + 6]):
        return False  # nor over an appositive the writer appends (verbs._without_label): "..., a move that could ..."
    f = ch.candidate.frame
    # never over the claim's own cue or speaker ("[her] support for [the port expansion]"), nor over
    # a programme it was told to ('told ["Power and Politics" on Tuesday that] the plan was dead';
    # an addressee otherwise belongs to the claim, as in "urged [women to vote]")
    told = f.addressee if f.addressee is not None and f.addressee in ctx.quoted else None
    # nor over a source of its chain ("reported, citing [three people familiar with the talks], that ...")
    links = [link.token for link in ch.candidate.links if not link.media_only]
    if any(a <= ctx.doc[i].idx < b for i in (*f.cue, f.speaker, told, *links) if i is not None):
        return False
    # nor over the verb the cue hangs on, which the rule content leaves out ("hackers backing
    # [President Assad hijacked the account]": what the hackers did, not what they back)
    if f.cue and any(a <= t.idx < b and not rule[0] <= t.idx < rule[1] for t in ctx.doc[f.cue[0]].ancestors):
        return False
    if a < rule[0]:
        own = ctx.doc.char_span(rule[0], rule[1], alignment_mode="expand")
        # nor back over the cue's own phrase: 'claimed [on social media that] the election was rigged'
        first = ctx.doc.char_span(a, a + 1, alignment_mode="expand")
        if own is not None and first is not None and _in_cue_adjunct(ctx.doc, first[0], set(f.cue), (own.start, own.end)):
            return False
        # nor back over the one told, a clause on them and all, when the rule's content is a
        # clause of its own ('told [the officers who had arrested him] that he was innocent',
        # "assured [him] it was done"; not "thanked [him] for that"), nor over the one asked when
        # it is the question ('asked [Sylvain Charlebois, director of ...,] what's behind it')
        told_clause = own is not None and f.lemma in ctx.lexicon.flag("telling") and any(
            c.dep_ in CLAUSE_SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in own.root.children)
        question = own is not None and own[0].is_lower and (own[0].tag_ in _WH_TAGS or own[0].lower_ in ("if", "whether"))
        if f.cue and (told_clause or question):
            objects = [o for o in ctx.doc[f.cue[0]].children if o.dep_ in ("dobj", "dative")]
            if any(a <= t.idx < rule[0] for o in objects for t in o.subtree):
                return False
    # nor a word that belongs to a phrase after it ("supporting [Clinton who] is trying to win":
    # "who" opens a clause on the noun before the cue)
    span = ctx.doc.char_span(a, b, alignment_mode="expand")
    if span is not None and any(t.head.i >= span.end for t in span):
        return False
    last = ctx.doc.char_span(b - 1, b, alignment_mode="expand")
    return last is not None and last[-1].right_edge.i <= last[-1].i and last[-1].pos_ not in ("CCONJ", "SCONJ", "ADP", "DET", "AUX", "PART")


def _in_cue_adjunct(doc, tok, cue: set[int], content: tuple[int, int]) -> bool:
    """Whether tok lies in a phrase of a cue word that does not hold the content (token range): a
    preposition's or an adverb's ("on social media" of "claimed on social media"; not the
    object of "accused [Trump] of lying", which PolNeAR keeps, nor the content's own "that")."""
    for _ in range(8):
        if tok.head.i in cue:
            # (a preposition that heads the content is the content's: "accused Trump [of] lying")
            return tok.dep_ in _CUE_ADJUNCTS and not tok.is_ancestor(doc[content[0]])
        if content[0] <= tok.i < content[1] or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_CUE_ADJUNCTS = frozenset({"prep", "agent", "npadvmod", "advmod"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _preposition_to_cue(ctx: Context, att):
    """A content that opens with a preposition right after its cue, governed by the cue's last
    word, gives the preposition to the cue: "is an outspoken supporter [of] the trade deal",
    "spoke [about]", as PolNeAR marks such cues ("is an outspoken supporter of"); not a
    preposition of time ("proposed [in March] a flat rate")."""
    if att.cue is None or not att.content:
        return att
    a, b = att.content[0]
    first = ctx.doc[a]
    if a != att.cue[1] or b - a < 2 or first.pos_ != "ADP" or first.head.i != att.cue[1] - 1:
        return att
    if any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in first.children):
        return att
    return attrs.evolve(att, cue=(att.cue[0], a + 1), content=((a + 1, b), *att.content[1:]))


def _imperative(ctx: Context, att) -> bool:
    """Whether a learned attribution's cue is a verb in the imperative that opens its sentence
    ("Don't believe them.", "Remember that ..."): the writer's advice to the reader, no one's
    claim."""
    doc = ctx.doc
    verb = next((doc[i] for i in range(*att.cue) if doc[i].pos_ == "VERB"), None)
    if verb is None or verb.tag_ != "VB" or verb.dep_ != "ROOT" or any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in verb.children):
        return False
    sent = ctx.sent_of_token(verb.i)
    before = [t for t in doc[sent.start : verb.i] if not t.is_punct and not t.is_space]
    return all(t.dep_ in ("aux", "neg", "advmod", "intj") and t.head.i == verb.i for t in before)


def _relaying(ctx: Context, att) -> bool:
    """Whether a learned attribution's cue only passes words on: "according to", "per", or a
    verb of relaying ("reported", "quoted")."""
    if att.cue is None:
        return False
    lemma = _cue_lemma(ctx.doc, att.cue)
    return lemma in ("according to", "per") or lemma in ctx.lexicon.flag("relay")


def _cue_lemma(doc, cue: tuple[int, int]) -> str:
    """The lemma a learned cue (a token range) goes by: "according to" for that phrase, else its
    root's."""
    return "according to" if doc[cue[0]].lower_ == "according" else doc[_root(doc, cue)].lemma_.lower()


def _may_stand_alone(ctx: Context, att) -> bool:
    """Whether a learned attribution no rule claim overlaps may be a claim of its own: it has a
    cue (if LEARNED_ONLY_NEEDS_CUE), the cue is not "citing" (a link in a chain, not a claim of
    its own), a word of a set phrase ("That said, ..."), one of the terms a source speaks on
    ("not authorized to discuss", "requested anonymity"), a name given ("a PAC called Stop
    Hillary") nor a word of the sentence after a finished quotation, the content lies in no
    relative clause on the source that the cue is outside of, and it holds a word that says
    something (not "The" alone, nor a relative pronoun)."""
    if att.probability < LEARNED_ONLY_MIN:
        return False
    if att.cue is None:
        return not LEARNED_ONLY_NEEDS_CUE
    if any(i in ctx.citing or i in ctx.set_phrases or terms_of_speaking(ctx.doc[i]) or naming(ctx.doc[i]) for i in range(*att.cue)):
        return False
    if _cue_opens_next_sentence(ctx, att) or _imperative(ctx, att):
        return False
    cue, root = ctx.doc[_root(ctx.doc, att.cue)], ctx.doc[_root(ctx.doc, att.content[0])]
    if root.dep_ == "dobj" and root.head.i == cue.i and object_not_judged(ctx.lexicon, cue, cue.lemma_.lower(), [root]):
        return False  # "She called her lawyer": a call, as the rules read it (cues/verbs.py)
    if (root.dep_ == "dobj" and root.head.i == cue.i and root.pos_ in ("NOUN", "PROPN")
            and cue.lemma_.lower() in ctx.lexicon.flag("thing_object")):
        return False  # "Leon Draisaitl added a goal and two assists": a thing added, not words
    if _holds_cue_subject(ctx, att) or _outside_own_clause(ctx, att):
        return False
    if root.dep_ == "acl" and root.tag_ == "VBN" and att.cue[0] <= root.head.i < att.cue[1] and cue.pos_ == "NOUN":
        return False  # "In a statement of claim filed in court, ...": how the document was filed, not what it says
    if att.source is not None:
        # "according to a campaign official [who was not] authorized to ...": words of the
        # source's own relative clause are no content of a cue outside it
        source = ctx.doc[_root(ctx.doc, att.source)]
        for clause in (c for c in source.children if c.dep_ == "relcl"):
            own = {t.i for t in clause.subtree}
            if all(i in own for a, b in att.content for i in range(a, b)) and not any(i in own for i in range(*att.cue)):
                return False  # (but "Crawford, who recalled ...": its cue in the clause, the claim is the clause's)
    # (a relative pronoun alone says nothing: 'issued a statement [that] sought ...')
    return any(ctx.doc[i].pos_ in CONTENT_POS and ctx.doc[i].tag_ not in ("WDT", "WP") for a, b in att.content for i in range(a, b))


def _holds_cue_subject(ctx: Context, att) -> bool:
    """Whether a content piece holds the subject before its own cue's verb: "[The federal justice
    minister] later ordered [a new trial]" is narration the tagger read as a claim whose
    content runs over its speaker, not a report. (A subject after the cue, '"Meh," wrote a
    Trump supporter', is the tagger's slip over a real quote's speaker: that claim stays.)"""
    doc = ctx.doc
    for i in range(*att.cue):
        if doc[i].pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in doc[i].children if c.dep_ in ("nsubj", "nsubjpass") and c.i < att.cue[0]]
        # (one subject only: in "A visit to Florida, her aides have discussed" the parser made the
        # fronted content a second subject; "aides" is the one)
        if len(subjects) == 1 and any(a <= subjects[0].i < b for a, b in att.content):
            return True
    return False


def _outside_own_clause(ctx: Context, att) -> bool:
    """Whether a cue in a clause on a noun ("charges that his employer ... have called
    fabricated") has a content outside that noun's phrase ("sentenced [a U.S. journalist] ... on
    espionage charges that ..."): what such a clause says is of its noun, not of another phrase.
    A quotation is left to its marks."""
    doc = ctx.doc
    verb = next((doc[i] for i in range(*att.cue) if doc[i].pos_ == "VERB"), None)  # ("have called": the verb, not its auxiliary)
    if verb is None or verb.dep_ != "acl":
        return False  # (a relative clause's own reports reach past its noun in a slipped parse: "the resolve she argues is needed")
    if any(i in ctx.quoted for a, b in att.content for i in range(a, b)):
        return False  # (a quotation goes where its marks say: '"Is he going to ...?" ..., who tweeted')
    lo, hi = verb.head.left_edge.i, verb.head.right_edge.i + 1
    return all(not (lo <= i < hi) for a, b in att.content for i in range(a, b))


def _cue_opens_next_sentence(ctx: Context, att) -> bool:
    """Whether the cue lies in a new sentence after a finished quotation: '"... it will hold."
    The council will vote on Monday.' (a stop, the closing mark, then a capital that is no
    name: a cue after a quotation in its own sentence reads '"...," the mayor said').
    '"Why now?" Smith asked' keeps its cue."""
    last = ctx.doc[att.content[-1][1] - 1]
    cue = ctx.doc[att.cue[0]]
    i = last.idx + len(last)
    if cue.idx < i:
        return False
    while i > 0 and ctx.text[i - 1] in CLOSING_MARKS:
        i -= 1  # the content's own closing mark
    between = ctx.text[i : cue.idx]
    after = between.lstrip(CLOSING_MARKS)
    if ctx.text[i - 1 : i] not in (".", "!", "?") or len(after) == len(between) or not after[:1].isspace():
        return False  # no finished quotation before the cue: '"... hold," the council said'
    first = ctx.doc.char_span(cue.idx - len(after.lstrip()), cue.idx + len(cue), alignment_mode="expand")
    if first is None or not len(first):
        return False
    word = first[0]
    return word.text[:1].isupper() and word.pos_ != "PROPN" and word.lower_ != "i" and word.ent_type_ not in SPEAKER_ENTITIES


def whole_phrases(ctx: Context, att) -> tuple[tuple[int, int], ...]:
    """The tagger's content ranges of a claim only it found, each grown to the end of the
    phrase its head heads, in its sentence and short of the cue and source: the tagger often
    stops a phrase short ("his comments [about Curiel]", "a platform like Black [Girls Rock]").
    Measured on held-out articles: growing the start as well did no better."""
    doc = ctx.doc
    avoid = set(range(*att.cue)) if att.cue is not None else set()
    if att.source is not None:
        avoid |= set(range(*att.source))
    out = []
    for a, b in att.content:
        root = doc[_root(doc, (a, b))]
        # "the [impact of ...]": a determiner or modifier alone stands for the phrase it opens
        while root.dep_ in PHRASE_OPENERS and root.head.i >= b:
            root = root.head
        right = min(root.right_edge.i + 1, ctx.sent_of_token(a).end)
        out.append((a, right) if right > b and not avoid.intersection(range(b, right)) else (a, b))
    return tuple(out)


class _Starts:
    """The rule claims' extents by start, with how far right any claim up to each one reaches
    (a claim may hold another in a gap of its content)."""

    def __init__(self, rules: list[Chosen]):
        self.starts = [ch.extent[0] for ch in rules]
        self.reach = list(itertools.accumulate((ch.extent[1] for ch in rules), max))


def _overlapping(rules: list[Chosen], starts: _Starts, a: int, b: int) -> list[int]:
    k = max(0, bisect.bisect_right(starts.starts, a) - 1)
    while k > 0 and starts.reach[k - 1] > a:
        k -= 1
    out = []
    while k < len(rules) and rules[k].extent[0] < b:
        if overlap(rules[k].extent, (a, b)):
            out.append(k)
        k += 1
    return out


def _crosses(rules: list[Chosen], starts: _Starts, k: int, pieces: list[Range]) -> bool:
    """Whether pieces would reach into a rule claim other than the k-th."""
    return any(j != k for j in _overlapping(rules, starts, pieces[0][0], pieces[-1][1]))


def _pieces(ctx: Context, content: tuple[tuple[int, int], ...]) -> list[Range]:
    """The tagger's content token ranges as character pieces, edged as the rules edge theirs
    (no leading "that" or connective, no edge punctuation but closing quote marks)."""
    tokens = [i for a, b in content for i in range(a, b)]
    return [(x, y) for x, y in token_pieces(ctx.doc, tokens, set(), ctx.set_phrases) if any(c.isalnum() for c in ctx.text[x:y])]


def _quoted_near(ctx: Context, pieces: list[Range]) -> list[Range]:
    """The contents of the quotations that overlap the stretch of pieces."""
    a, b = pieces[0][0], pieces[-1][1]
    k = bisect.bisect_left(ctx.quotation_ends, a + 1)
    near = []
    while k < len(ctx.quotations) and ctx.quotations[k].start < b:
        near.append((ctx.quotations[k].content_start, ctx.quotations[k].content_end))
        k += 1
    return near


def _type(ctx: Context, pieces: list[Range]) -> str:
    return content_type(ctx, pieces, _quoted_near(ctx, pieces))


def _within_quotes(ctx: Context, pieces: list[Range]) -> list[Range]:
    """A direct claim's pieces cut to what lies inside its quotation marks, as the rules cut a
    direct quote: the tagger's span of '"We will not back down," the mayor fumed' ends on the
    closing mark, which is the writer's, not the speaker's."""
    cut = [(max(a, qa), min(b, qb)) for a, b in pieces for qa, qb in _quoted_near(ctx, pieces) if max(a, qa) < min(b, qb)]
    return cut or pieces


def _claim(ctx: Context, att, pieces: list[Range]) -> Chosen:
    doc = ctx.doc
    content = tuple(i for a, b in att.content for i in range(a, b))
    span = _through_verb(doc, att.cue, content) if att.cue is not None else None
    cue = tuple(range(*span)) if span is not None else ()
    head = _root(doc, span) if span is not None else None
    lemma = _cue_lemma(doc, span) if span is not None else ""
    if head is not None and (_asked_set_off(ctx, doc[head]) or _patient_participle(ctx, doc[head])):
        # "A White House spokesperson, asked about the report, said ...": the spokesperson was
        # asked, by no one named (or by the agent: "asked by reporters"); "A former nurse accused
        # of ..." was accused, by no one named
        agent = next((a for a in doc[head].children if a.dep_ == "agent"), None)
        speaker = next((o.i for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
        if speaker is not None:
            # ("a plan criticized by economists as too costly": the agent's phrase is no content)
            rest = list(cut(tuple(pieces), doc[agent.left_edge.i].idx, ctx.end_char(agent.right_edge.i)))
            if any(ctx.text[a:b].strip(" ,") for a, b in rest):
                pieces = tidy(ctx.text, rest)
    else:
        speaker = _speaker(doc, att.source, head, ctx.inside)
    frame = Frame(cue=cue, lemma=lemma, kind="learned", speaker=speaker, content=content)
    kind = _type(ctx, pieces)
    if kind == "direct":
        pieces = _within_quotes(ctx, pieces)
    return Chosen(Candidate(frame, tuple(pieces)), kind, tuple(pieces), "model", att.probability)


def _patient_participle(ctx: Context, verb) -> bool:
    """A passive participle on a noun, which is the one it is done to: "A former nurse accused
    of harming patients ... testified", "the hacker known as Guccifer", "a plan criticized by
    economists" (the agent, if any, speaks). Only with what a passive takes after it, a
    preposition or an infinitive (with an object or a clause, "one lawmaker called Trump ...",
    the parser misread a verb of the sentence), and not a verb that reports on its own ("the
    candidate boasted of ...", "Tweeted on Friday": the tagger's VBN for a past tense)."""
    deps = {c.dep_ for c in verb.children}
    return (verb.tag_ == "VBN" and verb.dep_ == "acl" and bool(deps) and deps <= _PASSIVE_PARTICIPLE_DEPS
            and verb.lemma_.lower() not in ctx.lexicon.flag("inserted"))


def _asked_set_off(ctx: Context, verb) -> bool:
    """A participle of asking set off by a comma right after the noun it hangs on (not "called":
    "De Blasio, ..., called Trump a blowhard" is his), or opening its sentence ("Asked whether he
    had regrets, he paused": the one asked is the sentence's subject, who asks nothing)."""
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in ASKING_VERBS or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ in ("advcl", "ccomp") and verb.i == verb.sent.start and verb.head.i > verb.i:
        return True
    return verb.dep_ == "acl" and verb.i >= 2 and verb.doc[verb.i - 1].text == "," and verb.head.i < verb.i


def _speaker(doc, source: tuple[int, int] | None, head: int | None, inside: frozenset[int] = frozenset()) -> int | None:
    """The tagger's source (its root token), else the cue's own subject. Not a source that is
    the subject of another verb when the cue has a subject of its own: in "Juanita Ortiz, who
    said ..., recounted the incident" the nearest source to "recounted" is "who" (of "said").
    A source whose verb governs the cue stays; one cut short to a determiner or modifier ("The"
    of "The governor") is its noun; a source that is no noun phrase (a verb, a preposition) gives
    way to a noun of its span or the cue's subject. Neither is a word inside a quotation the cue
    is outside of: 'opposes "arbitrary pay freezes" and recalled ...' (the parser's subject of
    "recalled" is "pay")."""
    deps = {c.dep_ for c in doc[head].children} if head is not None else set()
    if head is not None and doc[head].tag_ == "VBN" and doc[head].dep_ == "advcl" and ("auxpass" in deps or not deps & {"aux", "nsubj"}):
        # "Asked if the bill would pass, he said ...": he was asked; the asker is no one named
        # (or the agent: "asked by reporters"); not a clause of its own ("Though Grassley hasn't
        # expressed ...")
        return next((o.i for a in doc[head].children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    quoted = frozenset() if head is not None and head in inside else inside
    own = _subject(doc, head) if head is not None else None
    if own in quoted:
        own = None
    if source is None or all(i in quoted for i in range(*source)):
        return own
    root = _root(doc, source)
    tok = doc[root]
    while (tok.dep_ in ("det", "predet", "amod", "compound", "nummod", "poss") and _nominal(tok.head) and tok.head.i != tok.i
           and (head is None or (tok.i < head) == (tok.head.i < head))
           and (tok.dep_ != "poss" or tok.head.lemma_.lower() in _PEOPLE_BY_OWNER)):
        # the tagger cut the noun phrase short: "The" of "The governor", "Her" of "Her brother"
        # (not across the cue; not "his" of "his speech", who speaks through it)
        tok = tok.head
    root = tok.i
    if not _nominal(tok) or tok.lower_ in ("the", "a", "an"):
        # a source reaching over a verb ("Trump shot" of "Trump shot back") is its noun; one with
        # none is no source ("met" in "whose members met to discuss"; nor is a date: "met last week")
        nouns = [i for i in range(*source) if doc[i].ent_type_ not in _NO_SOURCE_ENTITIES and (
            doc[i].pos_ in ("NOUN", "PROPN", "PRON") or doc[i].dep_ in MENTION_DEPS or doc[i].ent_type_ in SPEAKER_ENTITIES)]
        if not nouns:
            return own
        root = next((i for i in nouns if not source[0] <= doc[i].head.i < source[1]), nouns[0])
        tok = doc[root]
    if (own is not None and own != root and tok.dep_ in CLAUSE_SUBJECT_DEPS and tok.head.i != head
            and (not tok.head.is_ancestor(doc[head]) or doc[own].head.i == head) and not (source[0] <= own < source[1])):
        return own  # (not a source whose verb governs the cue: '"...," added Weaver, speaking after the senator spoke')
    return root


_PASSIVE_PARTICIPLE_DEPS = frozenset({"prep", "agent", "xcomp", "advmod", "neg", "punct"})
_PEOPLE_BY_OWNER = KIN_NOUNS | AGENT_NOUNS | ANONYMOUS_NOUNS | ORG_NOUNS | ROLE_WORDS
_NO_SOURCE_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def _nominal(tok) -> bool:
    """Whether a token may head a speaker: a noun or pronoun by its tag or by its function (a
    name in a title-case line is often tagged a verb, and is still a name)."""
    return tok.pos_ not in NOT_A_SPEAKER_POS or tok.dep_ in MENTION_DEPS or bool(tok.ent_type_)


def _subject(doc, head: int) -> int | None:
    """The cue's own subject by the rule every cue uses (cues/frame.subject), where the tagger
    marked no source: "..., added a New Hampshire Democrat" (the subject after the verb too);
    "the report found"; never a pronoun's "it" ("it was unclear" has no speaker)."""
    tok = subject(doc[head])
    if tok is None or tok.lower_ == "it":
        return None
    if tok.pos_ not in ("NOUN", "PROPN", "PRON") and not (tok.pos_ in ("INTJ", "X", "ADJ") and tok.text[:1].isupper() and tok.dep_ in ("nsubj", "nsubjpass")):
        return None  # (a name the tagger read as an interjection or an adjective: "Trump, however, paints herself as ...")
    return tok.i


def _through_verb(doc, cue: tuple[int, int], content: tuple[int, ...]) -> tuple[int, int]:
    """The tagger's cue, run on to the verb when it stopped at the verb's auxiliaries ("might"
    of "might be asking", "did n't" of "didn't back away from"): the verb is the cue (its
    lemma, its subject), as a cue the rules find is. Not over a word of the content."""
    a, b = cue
    if not all(doc[i].dep_ in ("aux", "auxpass", "neg") for i in range(a, b)):
        return cue
    verb = doc[b - 1].head
    if verb.i < b or verb.is_punct or any(b <= i <= verb.i for i in content):
        return cue
    return a, verb.i + 1


def _root(doc, span: tuple[int, int]) -> int:
    """The token of span whose head lies outside it (the first such)."""
    a, b = span
    for i in range(a, b):
        h = doc[i].head.i
        if h < a or h >= b or h == i:
            return i
    return a
