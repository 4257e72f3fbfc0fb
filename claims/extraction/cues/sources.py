"""Sources named around a cue, read off the parse: "told Reuters", "a spokesperson for the
ministry", "in an interview with Fox News", "citing an Israeli official".

Each is a ``SourceLink``: the source's token, its relation to the claim, and whether it holds
only when the source turns out to be a news outlet ("told it": the newspaper, not a person
addressed). Resolving the token to a speaker and building the chain are later stages
(resolve.py, chains.py).
"""

from __future__ import annotations

from typing import Iterator

import attrs
from spacy.tokens import Token

from ...words import AGENT_NOUNS, CHANNEL_NOUNS, SEEING_VERBS, SOURCE_NOUNS, SPEAKER_ENTITIES, SPEAKING_TO_VERBS, SURVEYING_VERBS
from ..context import Context
from .frame import Frame, as_host, said_where_after


@attrs.frozen
class SourceLink:
    """An outer source of a claim as the parse names it: its token and relation."""

    token: int
    relation: str  # one of records.RELATIONS but "speaker"
    media_only: bool = False  # holds only if the source resolves to a news outlet ("told it")


def citing_cues(ctx: Context, frame: Frame) -> Iterator[Token]:
    """ "Axios reports, citing an Israeli official": the citing verbs on a cue or its content
    that cite a source (not a reason: "closed the road, citing safety concerns").

    The parser hangs "citing ..." on the cue or on the reported clause ("The newspaper
    reported that the minister had resigned, citing two government sources").
    """
    if not ctx.citing:
        return
    for i in frame.cue + frame.content:
        for child in ctx.doc[i].children:
            if child.i in ctx.citing and child.dep_ in ("advcl", "xcomp", "conj", "dep", "acl") and any(True for _ in _cited(child)):
                yield child


def cited_sources(ctx: Context, frame: Frame) -> Iterator[int]:
    """Token heads of the sources a relay cue cites."""
    for cite in citing_cues(ctx, frame):
        yield from _cited(cite)


def _cited(cite: Token) -> Iterator[int]:
    """The objects of "citing" that can be a source: a name, a pronoun, or a noun for a person,
    a body, an outlet or a document ("two government sources", "a report", "data"); a reason
    ("falling case numbers", "safety concerns") is not a source."""
    for obj in cite.children:
        if obj.dep_ in ("dobj", "pobj", "attr") and _source_like(obj):
            yield obj.i


def _source_like(tok: Token) -> bool:
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in SPEAKER_ENTITIES:
        return True
    return tok.lemma_.lower() in SOURCE_NOUNS


def quoted_by(ctx: Context, mention: int) -> list[int]:
    """Who quotes a mention: "Axios" in "an Israeli official quoted by Axios", "Ashkenazi, cited
    by Axios, ..." and "Most economists polled by Reuters": the agent of a relaying or surveying
    participle on the mention."""
    return _agents_of(ctx.doc[mention], ctx.lexicon.flag("relay") | SURVEYING_VERBS)


def _agents_of(noun: Token, lemmas: frozenset[str]) -> list[int]:
    """The agents of a participle of one of lemmas on a noun: "Axios" in "an official quoted by
    Axios", "IRNA" in "remarks carried by IRNA", "Reuters" in "a memo seen by Reuters"."""
    return [o.i for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in lemmas
            for agent in acl.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"]


def frame_links(ctx: Context, frame: Frame) -> list[SourceLink]:
    """Sources named around one cue, innermost first, before any relay folds in.

    "a spokesperson for the ministry said" -> the ministry (on_behalf_of);
    "X, via spokesperson Y, said" -> Y (via); "told Reuters" -> Reuters (reported_by);
    "said in an interview with Fox News" -> Fox News (interview_with). The addressee and a
    channel's audience are sources only if they resolve to a news outlet (``media_only``).
    """
    doc = ctx.doc
    out: list[SourceLink] = []
    if frame.speaker is not None:
        spk = doc[frame.speaker]
        if spk.lemma_.lower() in AGENT_NOUNS:
            for prep in spk.children:
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    out.extend(SourceLink(o.i, "on_behalf_of") for o in prep.children if o.dep_ == "pobj")
        for holder in (spk, doc[frame.cue[0]]):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "via":
                    out.extend(SourceLink(o.i, "via") for o in prep.children if o.dep_ == "pobj")
        out.extend(SourceLink(i, "reported_by") for i in quoted_by(ctx, frame.speaker))
        # "according to a memo seen by Reuters": the newsroom shown it (a news outlet only)
        out.extend(SourceLink(i, "reported_by", media_only=True) for i in _agents_of(spk, SEEING_VERBS))
        # "The sources, who spoke to CBC News on condition they not be named, said": whom the
        # speaker spoke to, in a clause on the speaker
        for rel in spk.children:
            if rel.dep_ == "relcl" and rel.lemma_.lower() in SPEAKING_TO_VERBS:
                for prep in rel.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                        out.extend(SourceLink(i, "interview_with", media_only=True) for o in prep.children if o.dep_ == "pobj" for i in _outlet_of(o))
    if frame.addressee is not None:
        out.append(SourceLink(frame.addressee, "reported_by", media_only=True))
    if frame.kind == "verb" and frame.lemma in ctx.lexicon.flag("telling"):
        # "told the BBC's Today programme", "told CTV's Question Period": the outlet whose programme it is
        for obj in doc[frame.cue[0]].children:
            if obj.dep_ in ("dobj", "dative"):
                out.extend(SourceLink(o.i, "reported_by", media_only=True) for o in obj.lefts if o.dep_ == "poss")
                out.extend(SourceLink(o.i, "reported_by", media_only=True) for c in obj.lefts if c.dep_ == "compound" for o in c.lefts if o.dep_ == "poss")
    if frame.kind == "verb":
        # "Speaking to CBC News on Tuesday, the premier said ...": whom the speaker spoke to
        for part in doc[frame.cue[0]].children:
            if part.dep_ == "advcl" and part.tag_ == "VBG" and part.lemma_.lower() in SPEAKING_TO_VERBS and part.i < frame.cue[0]:
                for prep in part.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                        out.extend(SourceLink(i, "interview_with", media_only=True) for o in prep.children if o.dep_ == "pobj" for i in _outlet_of(o))
        # "said in an interview with Fox News": the channel's other side (also where the parser hung
        # it on the reported clause: "said the plan would go ahead, in an interview with CBC")
        cue = doc[frame.cue[0]]
        for prep in list(cue.children) + (said_where_after(cue, doc[frame.content_head]) if frame.content_head is not None else []):
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    # "said Sunday, in remarks carried by the state-run IRNA news agency": who
                    # carried the words passes them on
                    out.extend(SourceLink(i, "reported_by") for i in _agents_of(noun, _CARRYING_VERBS))
                    # "In a memo to staff seen by The Globe and Mail, Lutke wrote": the outlet shown it
                    # (the parser may hang the participle on the memo's audience)
                    shown = [noun, *(o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
                    out.extend(SourceLink(i, "reported_by", media_only=True) for n in shown for i in _agents_of(n, SEEING_VERBS))
                relation = CHANNEL_NOUNS.get(noun.lemma_.lower())
                if noun.dep_ != "pobj" or relation is None:
                    continue
                for inner in noun.children:
                    if inner.dep_ == "prep" and inner.lower_ in ("to", "with", "on"):
                        # "in a letter to shareholders" names an audience, not a channel
                        out.extend(SourceLink(i, relation, media_only=True) for o in inner.children if o.dep_ == "pobj" for i in _outlet_of(o))
    # "The newspaper reported that ..., citing two government sources"
    out.extend(SourceLink(i, "citing") for i in cited_sources(ctx, frame))
    reporter = _quoted_by(ctx, frame)
    if reporter is not None:
        out.append(SourceLink(reporter, "reported_by"))
    return out


# Participles of passing someone's words on: "remarks carried by IRNA", "comments broadcast by RUV"
_CARRYING_VERBS = frozenset({"carry", "broadcast", "air", "publish", "run", "post", "report", "quote", "relay", "televise", "stream"})


def _outlet_of(noun: Token) -> list[int]:
    """The noun, and the outlet whose programme it is ("CBC" in "CBC's Information Morning",
    "CBC Radio's The Current"): links that must name a news outlet keep whichever does."""
    return [noun.i] + [o.i for o in noun.lefts if o.dep_ == "poss"] + [
        o.i for c in noun.lefts if c.dep_ == "compound" for o in c.lefts if o.dep_ == "poss"]


def _quoted_by(ctx: Context, frame: Frame) -> int | None:
    """Who quotes the speaker of "as saying": "The Herald" in "The Herald quoted the mayor as
    saying ..." and in "The mayor was quoted by the Herald as saying ..."."""
    verb = as_host(ctx.doc[frame.cue[0]])
    if verb is None or verb.lemma_.lower() not in ctx.lexicon.flag("relay"):
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i != frame.speaker:
            return child.i
        if child.dep_ == "agent":
            return next((o.i for o in child.children if o.dep_ == "pobj"), None)
    return None
