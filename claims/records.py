"""Record classes for claims, and the one function that turns a claim into its JSON dict."""

from __future__ import annotations

import hashlib
from typing import Any

import attrs

from .lexicon import CLASSES

SCHEMA_VERSION = "1.3"
TYPES = ("direct", "indirect", "mixed")
KINDS = ("person", "organization", "media", "group", "anonymous", "unknown")
FACET_KINDS = ("quantity", "percent", "money", "date", "entity", "comparative", "superlative")
RELATIONS = ("speaker", "according_to", "citing", "reported_by", "via", "on_behalf_of", "interview_with", "statement_to")


def _ordered(instance: Any, attribute: Any, value: int) -> None:
    if value < instance.start:
        raise ValueError(f"{attribute.name}={value} is before start={instance.start}")


@attrs.frozen
class Span:
    """A stretch of the document: ``text == document[start:end]``."""

    text: str
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field(validator=_ordered)

    @classmethod
    def of(cls, document: str, start: int, end: int) -> "Span":
        return cls(document[start:end], start, end)

    def shifted(self, offset: int) -> "Span":
        return attrs.evolve(self, start=self.start + offset, end=self.end + offset)


@attrs.frozen
class Earlier(Span):
    """A span in an earlier piece of the same text (a long document is parsed in pieces): its
    offsets count from the start of the piece being read, so they are negative until that
    piece's claims are shifted into the offsets of the whole text."""

    start: int = 0
    end: int = attrs.field(default=0, validator=_ordered)


@attrs.frozen
class Cue(Span):
    lemma: str = ""


def one_line(value: str) -> str:
    """A name or role as one line of text: each run of spaces, no-break spaces and line breaks
    made one space, none at the ends ("Yellen  " and "the\xa0Daily News" are "Yellen" and
    "the Daily News"). Spans keep the text as it is."""
    return " ".join(value.split())


def _role(value: str | None) -> str | None:
    """A role as one line; a role of nothing but spaces is no role."""
    return (one_line(value) or None) if value is not None else None


@attrs.frozen
class Named(Span):
    """A mention with the name it resolves to (an addressee: 'told Blinken')."""

    name: str = attrs.field(default="", converter=one_line)


@attrs.frozen
class Speaker(Span):
    """A speaker mention and what it resolves to."""

    name: str = attrs.field(default="", converter=one_line)
    kind: str = attrs.field(default="unknown", validator=attrs.validators.in_(KINDS))
    role: str | None = attrs.field(default=None, converter=_role)
    antecedent: Span | None = None
    addressee: Named | None = None

    def shifted(self, offset: int) -> "Speaker":
        ante = self.antecedent.shifted(offset) if self.antecedent else None
        addr = self.addressee.shifted(offset) if self.addressee else None
        return attrs.evolve(self, start=self.start + offset, end=self.end + offset, antecedent=ante, addressee=addr)


@attrs.frozen
class Link(Span):
    """One source in an attribution chain and how it attaches to the claim."""

    name: str = attrs.field(default="", converter=one_line)
    relation: str = attrs.field(default="speaker", validator=attrs.validators.in_(RELATIONS))
    kind: str = attrs.field(default="unknown", validator=attrs.validators.in_(KINDS))


@attrs.frozen
class Facet(Span):
    """A checkable fact spaCy sees inside the content: a number, a date, a name, a comparison."""

    kind: str = attrs.field(default="entity", validator=attrs.validators.in_(FACET_KINDS))
    label: str = ""  # spaCy's entity label (PERCENT, GPE, ...) or tag (JJR, RBS, ...)


@attrs.frozen
class Claim:
    """One reported claim. Offsets are into the text the claim was found in."""

    type: str = attrs.field(validator=attrs.validators.in_(TYPES))
    content: Span
    cue: Cue | None
    speaker: Speaker | None
    attribution: tuple[Link, ...]
    sentence: tuple[int, int]
    confidence: float = attrs.field(validator=[attrs.validators.ge(0.0), attrs.validators.le(1.0)])
    fragments: tuple[Span, ...] = ()
    facets: tuple[Facet, ...] = ()
    claim_class: str = attrs.field(default="other", validator=attrs.validators.in_(CLASSES))  # lexicon.py: speech, belief ...

    def to_dict(self, doc_id: str = "doc", meta: dict[str, Any] | None = None) -> dict[str, Any]:
        """The record as written to JSON Lines (``to_json``); validate it with ``schema.check``."""
        return to_json(self, doc_id, meta)

    def resliced(self, text: str) -> "Claim":
        return resliced_claim(self, text)

    def shifted(self, offset: int) -> "Claim":
        """The same claim with every offset moved by ``offset`` (for documents parsed in pieces)."""
        return Claim(
            type=self.type,
            content=self.content.shifted(offset),
            cue=self.cue.shifted(offset) if self.cue else None,
            speaker=self.speaker.shifted(offset) if self.speaker else None,
            attribution=tuple(link.shifted(offset) for link in self.attribution),
            sentence=(self.sentence[0] + offset, self.sentence[1] + offset),
            confidence=self.confidence,
            fragments=tuple(f.shifted(offset) for f in self.fragments),
            facets=tuple(f.shifted(offset) for f in self.facets),
            claim_class=self.claim_class,
        )


def _resliced(span, text: str):
    return attrs.evolve(span, text=text[span.start : span.end]) if span is not None else None


def resliced_claim(claim: "Claim", text: str) -> "Claim":
    """The claim with every span's text taken again from text (same offsets): for a parse that
    read a copy of the text with a few characters changed (pipeline.parse_copy)."""
    speaker = claim.speaker
    if speaker is not None:
        speaker = attrs.evolve(_resliced(speaker, text), antecedent=_resliced(speaker.antecedent, text),
                               addressee=_resliced(speaker.addressee, text))
    return attrs.evolve(
        claim,
        content=_resliced(claim.content, text),
        cue=_resliced(claim.cue, text),
        speaker=speaker,
        attribution=tuple(_resliced(link, text) for link in claim.attribution),
        fragments=tuple(_resliced(f, text) for f in claim.fragments),
        facets=tuple(_resliced(f, text) for f in claim.facets),
    )


def claim_id(doc_id: str, claim: Claim) -> str:
    """Stable id: the same document id, type and content span always give the same id."""
    key = f"{doc_id}\x1f{claim.type}\x1f{claim.content.start}\x1f{claim.content.end}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _span(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def to_json(claim: Claim, doc_id: str, meta: dict[str, Any] | None = None, source: str | None = None) -> dict[str, Any]:
    """The JSON dict of a claim, exactly as ``schema/claim.schema.json`` describes it."""
    content = _span(claim.content)
    if claim.fragments:
        content["fragments"] = [_span(f) for f in claim.fragments]
    speaker = None
    if claim.speaker is not None:
        s = claim.speaker
        speaker = {
            **_span(s),
            "name": s.name,
            "kind": s.kind,
            "role": s.role,
            "antecedent": _span(s.antecedent) if s.antecedent else None,
            "addressee": {**_span(s.addressee), "name": s.addressee.name} if s.addressee else None,
        }
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": claim_id(doc_id, claim),
        "doc_id": doc_id,
        "type": claim.type,
        "class": claim.claim_class,
        "content": content,
        "cue": {**_span(claim.cue), "lemma": claim.cue.lemma} if claim.cue else None,
        "speaker": speaker,
        "attribution": [
            {"name": link.name, **_span(link), "relation": link.relation, "kind": link.kind}
            for link in claim.attribution
        ],
        "sentence": {"start": claim.sentence[0], "end": claim.sentence[1]},
        "confidence": round(claim.confidence, 3),
        "facets": [{**_span(f), "kind": f.kind, "label": f.label} for f in claim.facets],
    }
    if source:
        record["source"] = source
    if meta:
        record["meta"] = meta
    return record


def _span_of(d: dict[str, Any] | None, cls: type = Span, **extra: Any) -> Any:
    if d is None:
        return None
    if d["start"] < 0 and cls is Span:  # a span in an earlier piece of a long document
        cls = Earlier
    return cls(d["text"], d["start"], d["end"], **extra)


def from_json(record: dict[str, Any]) -> Claim:
    """The Claim a record (to_json's dict) was made from: what a Doc saved with its claims
    (DocBin with user data) is read back as."""
    content = record["content"]
    s = record.get("speaker")
    speaker = None
    if s is not None:
        addr = s.get("addressee")
        speaker = Speaker(s["text"], s["start"], s["end"], name=s["name"], kind=s["kind"], role=s.get("role"),
                          antecedent=_span_of(s.get("antecedent")), addressee=_span_of(addr, Named, name=addr["name"]) if addr else None)
    cue = record.get("cue")
    return Claim(
        type=record["type"],
        content=_span_of(content),
        cue=_span_of(cue, Cue, lemma=cue["lemma"]) if cue else None,
        speaker=speaker,
        attribution=tuple(Link(x["text"], x["start"], x["end"], name=x["name"], relation=x["relation"], kind=x["kind"])
                          for x in record.get("attribution") or []),
        sentence=(record["sentence"]["start"], record["sentence"]["end"]),
        confidence=record["confidence"],
        fragments=tuple(_span_of(f) for f in content.get("fragments") or []),
        facets=tuple(Facet(f["text"], f["start"], f["end"], kind=f["kind"], label=f.get("label", "")) for f in record.get("facets") or []),
        claim_class=record.get("class", "other"),
    )
