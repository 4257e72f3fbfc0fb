"""Who is quoted how often across a run: one row per speaker, merged across documents.

Merging is conservative: the same full name (any case) is one speaker; a surname alone
("Clinton") joins a full name only when exactly one full name of that kind ends with it, and,
where the text gave the bare surname a role, only a full name holding that role. Anonymous
and unnamed sources ("an Israeli official", "the report") are never merged across documents:
two officials are not one person.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from typing import IO, Any, Iterable

import attrs

from ..io.messages import printable
from .export import safe_cell
from .runs import Record

LOCAL_KINDS = ("anonymous", "unknown")  # sources that mean something only inside their document


@attrs.define
class Entry:
    name: str
    kind: str
    roles: Counter = attrs.Factory(Counter)
    claims: int = 0
    documents: set = attrs.Factory(set)
    types: Counter = attrs.Factory(Counter)
    outlets: Counter = attrs.Factory(Counter)
    names: Counter = attrs.Factory(Counter)  # the forms merged into this entry

    def add(self, other: "Entry") -> None:
        self.roles += other.roles
        self.claims += other.claims
        self.documents |= other.documents
        self.types += other.types
        self.outlets += other.outlets
        self.names += other.names

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "roles": [r for r, _ in self.roles.most_common()],
                "claims": self.claims, "documents": len(self.documents), "types": dict(self.types),
                "outlets": dict(self.outlets.most_common()), "names": sorted(self.names)}


def _key(r: Record, speaker: dict[str, Any]) -> tuple:
    name, kind = str(speaker.get("name") or ""), str(speaker.get("kind") or "unknown")
    # "the US" and "The US" are one name; "the mayor" is no name at all
    bare = name[4:] if name[:4].lower() == "the " else name
    if kind in LOCAL_KINDS or not bare[:1].isupper():
        return ("local", r.get("doc_id"), name.casefold(), kind)
    return ("named", bare.casefold(), kind)


def index(records: Iterable[Record]) -> list[Entry]:
    """Speaker entries, most-quoted first."""
    entries: dict[tuple, Entry] = {}
    for r in records:
        speaker = r.get("speaker")
        if not isinstance(speaker, dict):
            continue
        key = _key(r, speaker)
        entry = entries.setdefault(key, Entry(str(speaker.get("name")), str(speaker.get("kind"))))
        entry.claims += 1
        entry.documents.add(r.get("doc_id"))
        entry.types[r.get("type")] += 1
        entry.names[str(speaker.get("name"))] += 1
        if speaker.get("role"):
            entry.roles[speaker["role"]] += 1
        for link in (r.get("attribution") or [])[1:]:
            if link.get("kind") == "media":
                entry.outlets[str(link.get("name"))] += 1
    return sorted(_merge_surnames(entries), key=lambda e: (-e.claims, e.name.casefold()))


def _merge_surnames(entries: dict[tuple, Entry]) -> list[Entry]:
    """Fold each bare surname into the one full name it can only mean."""
    full: dict[tuple[str, str], list[tuple]] = {}
    for key, e in entries.items():
        words = e.name.split()
        if key[0] == "named" and len(words) > 1:
            full.setdefault((words[-1].casefold(), e.kind), []).append(key)
    gone = set()
    for key, e in entries.items():
        if key[0] != "named" or len(e.name.split()) != 1:
            continue
        options = full.get((e.name.casefold(), e.kind), [])
        if e.roles:
            options = [k for k in options if set(entries[k].roles) & set(e.roles)]
        if len(options) == 1:
            entries[options[0]].add(e)
            gone.add(key)
    return [e for k, e in entries.items() if k not in gone]


COLUMNS = ("name", "kind", "roles", "claims", "documents", "types", "outlets")


def _cells(e: Entry) -> list[str]:
    j = e.as_json()
    return [j["name"], j["kind"], "; ".join(j["roles"]), str(j["claims"]), str(j["documents"]),
            ", ".join(f"{t} {n}" for t, n in sorted(j["types"].items())), ", ".join(f"{o} {n}" for o, n in j["outlets"].items())]


def write(entries: list[Entry], out: IO[str], fmt: str = "table", top: int | None = None) -> None:
    shown = entries[:top] if top else entries
    if fmt == "json":
        for e in shown:
            out.write(json.dumps(e.as_json(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for e in shown:
            writer.writerow([safe_cell(c) for c in _cells(e)])
    else:
        out.write(f"{'claims':>6}  {'docs':>4}  {'kind':12s}  name (roles) — types — outlets\n")
        for e in shown:
            c = [printable(cell) for cell in _cells(e)]  # from the text: no ESC, BEL, bidi control or newline reaches the terminal
            roles = f" ({c[2]})" if c[2] else ""
            outlets = f" — via {c[6]}" if c[6] else ""
            out.write(f"{e.claims:6d}  {len(e.documents):4d}  {c[1]:12s}  {c[0]}{roles} — {c[5]}{outlets}\n")
