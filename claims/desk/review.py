"""A static review of a run: an index of every claim, a page per document, nothing fetched.

    review/index.html        the claims table: sort, filter by speaker, kind, type,
                             confidence, document and facet; a row opens the claim in its text
    review/docs/NNNN.html    one document: its text with content, cue and speaker highlighted
                             in place; a claim selected shows type, speaker, role, kind, the
                             chain with relations, confidence, facets and the record id

Texts and records are untrusted. They reach the page only as JSON inside a non-executed
<script type="application/json"> block (with <, >, & and line separators escaped) and are
put into the page by the script with textContent; nothing is parsed as HTML. A Content
Security Policy allows only the page's own inline script and style (by hash): an injected
<script>, an onerror= attribute or a javascript: URL cannot run. Links from meta are made only
for http(s) URLs. Offsets are turned into text segments here, in Python, where they are
string indices; a span whose text does not match its slice is not drawn.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from .runs import Record, chain_text, document_fields, sentence_text

ASSETS = Path(__file__).parent / "assets"
MAX_LISTED = 300  # characters of content shown in the table


def _script_json(obj: Any) -> str:
    """JSON that cannot end its <script> element or start a comment."""
    text = json.dumps(obj, ensure_ascii=False)
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


class Page:
    """The shared frame of every page (policy, style, script) and the two page bodies."""

    def __init__(self) -> None:
        self.css = (ASSETS / "review.css").read_text(encoding="utf-8")
        self.js = (ASSETS / "review.js").read_text(encoding="utf-8")
        self.index_body = (ASSETS / "index-body.html").read_text(encoding="utf-8")
        self.document_body = (ASSETS / "document-body.html").read_text(encoding="utf-8")
        self.policy = (f"default-src 'none'; script-src {_hash(self.js)}; style-src {_hash(self.css)}; "
                       "img-src 'none'; base-uri 'none'; form-action 'none'")

    def render(self, title: str, body: str, data: dict[str, Any]) -> str:
        return (
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{self.policy}\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            f"<title>{html.escape(title)}</title>\n<style>{self.css}</style></head>\n<body>\n{body}\n"
            f"<script type=\"application/json\" id=\"claims-data\">{_script_json(data)}</script>\n"
            f"<script>{self.js}</script>\n</body></html>\n"
        )


def segments(text: str, records: list[Record]) -> list[list[Any]]:
    """The text cut where any highlighted span starts or ends: [[text, [refs]], ...].

    A ref is "c3" (content of claim 3), "q3" (its cue) or "s3" (its speaker mention).
    """
    spans: list[tuple[Any, Any, str, Any]] = []
    for k, r in enumerate(records):
        content = r.get("content") or {}
        for piece in content.get("fragments") or [content]:
            spans.append((piece.get("start"), piece.get("end"), f"c{k}", piece.get("text")))
        for prefix, key in (("q", "cue"), ("s", "speaker")):
            s = r.get(key)
            if isinstance(s, dict):
                spans.append((s.get("start"), s.get("end"), f"{prefix}{k}", s.get("text")))
    starts: dict[int, list[str]] = defaultdict(list)
    ends: dict[int, list[str]] = defaultdict(list)
    for a, b, ref, t in spans:
        if isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text) and text[a:b] == t:
            starts[a].append(ref)
            ends[b].append(ref)
    cuts = sorted({0, len(text)} | set(starts) | set(ends))
    active: list[str] = []
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        active = [ref for ref in active if ref not in ends.get(lo, ())] + starts.get(lo, [])
        out.append([text[lo:hi], list(active)])
    return out


def _header(title: str, meta: dict[str, Any], back: str | None) -> str:
    parts = [f"<header><strong>{html.escape(title)}</strong>"]
    url = meta.get("url")
    if isinstance(url, str):
        if url.lower().startswith(("http://", "https://")):
            parts.append(f' &middot; <a rel="noopener noreferrer" href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        else:
            parts.append(f" &middot; <span>{html.escape(url)}</span>")
    if back:
        parts.append(f' &middot; <a id="to-index" href="{back}">all claims</a>')
    return "".join(parts) + "</header>"


def _site_key(ids: Iterable[str]) -> str:
    """The key this review's decisions are kept under in the browser, shared by its pages: the
    same run gives the same key, so a review rebuilt from it keeps its decisions, and another
    run's review does not see them."""
    digest = hashlib.sha256("\n".join(sorted(ids)).encode("utf-8")).hexdigest()[:16]
    return f"claims-review-{digest}"


def _page_name(number: int) -> str:
    return f"docs/{number:05d}.html"


def corpus_of(claim_id: str, corpus: Any, href: dict[str, str]) -> dict[str, Any] | None:
    """What match and cluster found of one claim, as its document page shows it: the
    fact-checks (best ranked first) and the other appearances (oldest first), each appearance
    linked to its place in the review when the run holds it."""
    if not corpus:
        return None
    found: dict[str, Any] = {}
    matches = corpus.matches.get(claim_id)
    if matches:
        found["matches"] = [{"text": m["item_text"], "score": m["score"], "conflict": m["conflict"], "method": m["method"],
                             **{k: v for k, v in (m.get("item") or {}).items() if k != "url"},
                             **({"url": m["item"]["url"]} if str((m.get("item") or {}).get("url", "")).lower().startswith(("http://", "https://")) else {})}
                            for m in matches]
    cluster = corpus.clusters.get(claim_id)
    if cluster:
        found["cluster"] = {"id": cluster["cluster_id"], "order": cluster["order"], "outlets": cluster["outlets"],
                            "members": [{**{k: v for k, v in m.items() if k != "url"}, "self": m["claim_id"] == claim_id,
                                         "href": href.get(m["claim_id"], "")} for m in cluster["members"]]}
    return found or None


def build(records: Iterable[Record], documents: Iterable[Any], out_dir: str | Path, corpus: Any = None) -> tuple[int, int]:
    """Write the review into out_dir; returns (documents, claims). Documents are
    claims.io.reader items; records whose document is missing are shown without text. With a
    corpus (desk.corpus: what match and cluster found), each claim shows its fact-checks and
    its other appearances."""
    out = Path(out_dir)
    (out / "docs").mkdir(parents=True, exist_ok=True)
    by_doc: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        by_doc[str(r.get("doc_id"))].append(r)
    page = Page()
    site = _site_key(str(r.get("id")) for recs in by_doc.values() for r in recs)
    rows: list[dict[str, Any]] = []
    # pages are numbered in the run's order, before any is written, so a page can link to another
    numbers: dict[str, int] = {doc_id: n for n, doc_id in enumerate(by_doc, 1)}
    from_page = {str(r.get("id")): f"../{_page_name(numbers[doc_id])}#{r.get('id')}" for doc_id, recs in by_doc.items() for r in recs} if corpus else {}

    def write_doc(doc_id: str, text: str | None) -> None:
        recs = sorted(by_doc.pop(doc_id), key=lambda r: (r["content"].get("start", 0)))
        name = _page_name(numbers[doc_id])
        found = {str(r.get("id")): corpus_of(str(r.get("id")), corpus, from_page) for r in recs}
        meta = next((r["meta"] for r in recs if isinstance(r.get("meta"), dict)), {})
        title = meta.get("headline") or meta.get("title") or doc_id
        title = title if isinstance(title, str) else doc_id
        data = {"page": "document", "index": "../index.html", "site": site, "doc_id": doc_id, "claims": recs,
                "segments": segments(text, recs) if text is not None else [],
                "corpus": {k: v for k, v in found.items() if v}}
        missing = "" if text is not None else " &middot; <strong>document text not given: run review with the documents</strong>"
        body = _header(title, meta, "../index.html") + page.document_body.format(missing=missing)
        (out / name).write_text(page.render(f"claims: {title}", body, data), encoding="utf-8")
        fields = document_fields(meta)
        for r in recs:
            speaker = r.get("speaker") or {}
            text_of_claim = str(r["content"].get("text", ""))
            rows.append({"id": r.get("id"), "doc_id": doc_id, "type": r.get("type"), "class": r.get("class") or "",
                         "speaker": speaker.get("name"), "kind": speaker.get("kind"), "role": speaker.get("role") or "",
                         "cue": (r.get("cue") or {}).get("text") or "", "chain": chain_text(r),
                         "content": text_of_claim[:MAX_LISTED], "text": text_of_claim,
                         "sentence": sentence_text(r, text)[:MAX_LISTED],
                         "confidence": float(r.get("confidence") or 0), "facets": sorted({f.get("kind") for f in r.get("facets") or []}),
                         "url": fields.get("url", ""), "headline": fields.get("headline", ""), "date": fields.get("date", ""),
                         "href": f"{name}#{r.get('id')}", **_corpus_columns(found.get(str(r.get("id"))))})

    for item in documents:
        text = getattr(item, "text", None)
        if item.doc_id in by_doc and text is not None:
            write_doc(item.doc_id, text)
    for doc_id in list(by_doc):
        write_doc(doc_id, None)
    body = _header(f"claims review: {len(rows)} claims in {len(numbers)} documents", {}, None) + page.index_body
    data = {"page": "index", "site": site, "claims": rows, "corpus": bool(corpus)}
    (out / "index.html").write_text(page.render("claims review", body, data), encoding="utf-8")
    return len(numbers), len(rows)


def _corpus_columns(found: dict[str, Any] | None) -> dict[str, Any]:
    """The index table's corpus columns: the best fact-check's verdict (or "match" without
    one) and how many appearances the claim's cluster has."""
    found = found or {}
    best = (found.get("matches") or [None])[0]
    return {"fact_check": (best.get("verdict") or "match") + f" ({best['score']:.2f})" if best else "",
            "appearances": len(found["cluster"]["members"]) if found.get("cluster") else 0}
