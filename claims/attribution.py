"""Attribution chains: through whom a claim reached the reader, innermost first.

    "Ashkenazi told Blinken ..., Axios reports, citing an Israeli official"
        -> [Ashkenazi (speaker), an Israeli official (citing), Axios (reported_by)]

A chain is the speaker, then the sources folded in from relay frames ("..., CNN reported",
"according to CNN"), then, where a source points back to one introduced earlier ("the
source" -> "an Israeli official"), the rest of the chain that earlier source came with.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from .cues import Frame
from .records import Link, Speaker
from .speakers import Resolver


def citing_cues(frame: Frame, doc_tokens) -> Iterator[Token]:
    """ "Axios reports, citing an Israeli official": the citing verbs on a cue or its content.

    The parser hangs "citing ..." on the cue or on the reported clause ("The newspaper
    reported that the minister had resigned, citing two government sources").
    """
    for i in list(frame.cue) + list(frame.content):
        for child in doc_tokens[i].children:
            if child.lemma_.lower() == "cite" and child.tag_ == "VBG" and child.dep_ in ("advcl", "xcomp", "conj", "dep", "acl"):
                yield child


def cited_sources(frame: Frame, doc_tokens) -> Iterator[int]:
    """Token heads of the sources a relay cue cites."""
    for cite in citing_cues(frame, doc_tokens):
        for obj in cite.children:
            if obj.dep_ in ("dobj", "pobj", "attr"):
                yield obj.i


# "said in a statement to Reuters" / "said in an interview with Fox News"
_CHANNEL_NOUNS = {"statement": "statement_to", "interview": "interview_with", "email": "statement_to", "letter": "statement_to",
                  "conversation": "interview_with", "call": "interview_with", "appearance": "interview_with", "remarks": "statement_to"}
# "a spokesperson for X said": X speaks through them
_AGENT_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "aide", "lawyer", "attorney", "adviser", "advisor", "official", "source"})


def frame_links(doc, frame: Frame, resolver: Resolver) -> list[tuple[int, str]]:
    """Sources named around one cue, innermost first, before any relay folds in.

    "a spokesperson for the ministry said" -> the ministry (on_behalf_of);
    "X, via spokesperson Y, said" -> Y (via); "told Reuters" -> Reuters (reported_by);
    "said in an interview with Fox News" -> Fox News (interview_with).
    """
    out: list[tuple[int, str]] = []
    if frame.speaker is not None:
        spk = doc[frame.speaker]
        if spk.lemma_.lower() in _AGENT_NOUNS:
            for prep in spk.children:
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    out.extend((o.i, "on_behalf_of") for o in prep.children if o.dep_ == "pobj")
        for holder in (spk, doc[frame.cue[0]]):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "via":
                    out.extend((o.i, "via") for o in prep.children if o.dep_ == "pobj")
    if frame.addressee is not None and resolver.mention(frame.addressee).kind == "media":
        out.append((frame.addressee, "reported_by"))
    if frame.kind == "verb":
        for prep in doc[frame.cue[0]].children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for noun in prep.children:
                relation = _CHANNEL_NOUNS.get(noun.lemma_.lower())
                if noun.dep_ != "pobj" or relation is None:
                    continue
                for inner in noun.children:
                    if inner.dep_ == "prep" and inner.lower_ in ("to", "with", "on"):
                        # "in a letter to shareholders" names an audience, not a channel
                        out.extend((o.i, relation) for o in inner.children if o.dep_ == "pobj" and resolver.mention(o.i).kind == "media")
    # "The newspaper reported that ..., citing two government sources"
    out.extend((i, "citing") for i in cited_sources(frame, doc))
    return out


def _link(speaker: Speaker, relation: str) -> Link:
    return Link(text=speaker.text, start=speaker.start, end=speaker.end, name=speaker.name, relation=relation, kind=speaker.kind)


class ChainBuilder:
    """Builds chains claim by claim, in text order, remembering each source's onward chain."""

    def __init__(self, resolver: Resolver):
        self.resolver = resolver
        self.onward: dict[tuple[int, int], list[Link]] = {}  # source span -> links after it

    def chain(self, speaker: Speaker | None, links: list[tuple[int, str]]) -> list[Link]:
        sources: list[tuple[Speaker, str]] = []
        if speaker is not None:
            sources.append((speaker, "speaker"))
        for tok_i, relation in links:
            sources.append((self.resolver.speaker(tok_i), relation))
        out: list[Link] = []
        names: set[str] = set()
        for src, relation in sources:
            self._add(out, names, _link(src, relation))
            # "the source said" after "..., citing an Israeli official": the unnamed source
            # reached us the same way as before. Named people carry no such history.
            if src.antecedent is not None and src.kind == "anonymous":
                for later in self.onward.get((src.antecedent.start, src.antecedent.end), []):
                    self._add(out, names, later)
        for i, link in enumerate(out):
            self.onward.setdefault((link.start, link.end), out[i + 1 :])
        return out

    @staticmethod
    def _add(out: list[Link], names: set[str], link: Link) -> None:
        key = link.name.lower()
        if key not in names:
            names.add(key)
            out.append(link)
