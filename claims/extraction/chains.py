"""Attribution chains: through whom a claim reached the reader, innermost first.

    "Ashkenazi told Blinken ..., Axios reports, citing an Israeli official"
        -> [Ashkenazi (speaker), an Israeli official (citing), Axios (reported_by)]

A chain is the speaker, then the sources named around the cue ("a spokesperson for X", "told
Reuters", "citing ..."), then the sources folded in from relay frames ("..., CNN reported",
"according to CNN"); where a source points back to one introduced earlier ("the source" ->
"an Israeli official"), the rest of the chain that earlier source came with.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.tokens import Token

from ..records import Link, Speaker
from ..words import AGENT_NOUNS, CHANNEL_NOUNS, SOURCE_NOUNS, SPEAKER_ENTITIES
from .context import Context
from .cues import Frame
from .resolve import MEDIA_ONLY, Sources


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


def frame_links(ctx: Context, frame: Frame) -> list[tuple[int, str]]:
    """Sources named around one cue, innermost first, before any relay folds in.

    "a spokesperson for the ministry said" -> the ministry (on_behalf_of);
    "X, via spokesperson Y, said" -> Y (via); "told Reuters" -> Reuters (reported_by);
    "said in an interview with Fox News" -> Fox News (interview_with). A relation ending in
    MEDIA_ONLY holds only if the source resolves to a news outlet ("told it": the newspaper).
    """
    doc = ctx.doc
    out: list[tuple[int, str]] = []
    if frame.speaker is not None:
        spk = doc[frame.speaker]
        if spk.lemma_.lower() in AGENT_NOUNS:
            for prep in spk.children:
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    out.extend((o.i, "on_behalf_of") for o in prep.children if o.dep_ == "pobj")
        for holder in (spk, doc[frame.cue[0]]):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "via":
                    out.extend((o.i, "via") for o in prep.children if o.dep_ == "pobj")
    if frame.addressee is not None:
        out.append((frame.addressee, "reported_by" + MEDIA_ONLY))
    if frame.kind == "verb":
        for prep in doc[frame.cue[0]].children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for noun in prep.children:
                relation = CHANNEL_NOUNS.get(noun.lemma_.lower())
                if noun.dep_ != "pobj" or relation is None:
                    continue
                for inner in noun.children:
                    if inner.dep_ == "prep" and inner.lower_ in ("to", "with", "on"):
                        # "in a letter to shareholders" names an audience, not a channel
                        out.extend((o.i, relation + MEDIA_ONLY) for o in inner.children if o.dep_ == "pobj")
    # "The newspaper reported that ..., citing two government sources"
    out.extend((i, "citing") for i in cited_sources(ctx, frame))
    return out


def build_chains(sources: Iterable[Sources]) -> list[tuple[Link, ...]]:
    """Each claim's chain, claims in text order; a source's onward chain is remembered for
    later claims whose anonymous source points back to it."""
    onward: dict[tuple[int, int], list[Link]] = {}  # source span -> links after it
    chains = []
    for s in sources:
        pairs: list[tuple[Speaker, str]] = [(s.speaker, "speaker")] if s.speaker is not None else []
        pairs += s.links
        out: list[Link] = []
        names: set[str] = set()
        for src, relation in pairs:
            _add(out, names, _link(src, relation))
            # "the source said" after "..., citing an Israeli official": the unnamed source
            # reached us the same way as before. Named people carry no such history.
            if src.antecedent is not None and src.kind == "anonymous":
                for later in onward.get((src.antecedent.start, src.antecedent.end), []):
                    _add(out, names, later)
        for i, link in enumerate(out):
            onward.setdefault((link.start, link.end), out[i + 1 :])
        chains.append(tuple(out))
    return chains


def _link(speaker: Speaker, relation: str) -> Link:
    return Link(text=speaker.text, start=speaker.start, end=speaker.end, name=speaker.name, relation=relation, kind=speaker.kind)


def _add(out: list[Link], names: set[str], link: Link) -> None:
    key = link.name.lower()
    if key not in names:
        names.add(key)
        out.append(link)
