"""From a parsed Doc to claims: join cue frames with quotations, pick one claim per content.

    quotations (quotes.py) + frames (cues.py)
        -> relay frames folded into the frame they relay ("..., Axios said")
        -> quotations attached to frames (direct / mixed) or to a nearby cue
        -> overlapping candidates resolved (one claim per stretch of content)
        -> speakers resolved (speakers.py), chains built (attribution.py)
        -> Claim records (records.py)
"""

from __future__ import annotations

import attrs
from spacy.tokens import Doc

from . import attribution
from .confidence import score
from .constants import BELIEF_VERBS, SPEECH_VERBS
from .cues import Frame, find_frames
from .quotes import Quotation, find_quotations
from .records import Claim, Cue, Named, Span
from .sentences import sentences, text_of
from .speakers import Resolver

# "Axios reports that ...", "the newspaper writes": media verbs that relay what they report
MEDIA_RELAY = frozenset({"report", "write", "quote", "publish", "cite"})


@attrs.define
class Candidate:
    """A frame on its way to becoming a claim."""

    frame: Frame
    pieces: list[tuple[int, int]]  # content, as character ranges
    quotes: list[Quotation] = attrs.Factory(list)
    links: list[tuple[int, str]] = attrs.Factory(list)  # (token of outer source, relation)
    final: tuple[str, list[tuple[int, int]]] = ("indirect", [])  # type and content, once chosen

    def all_pieces(self) -> list[tuple[int, int]]:
        return self.pieces + [p for q in self.quotes for p in q.pieces]


def _merge(ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Merge ranges that overlap or are separated only by spaces and punctuation."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and (a <= out[-1][1] or not any(ch.isalnum() for ch in text[out[-1][1] : a])):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _token_pieces(doc: Doc, indices: list[int], exclude: set[int]) -> list[tuple[int, int]]:
    """Character ranges covered by the tokens, without excluded ones and edge punctuation."""
    kept = [i for i in indices if i not in exclude]
    # a leading complementizer or punctuation is not part of the reported material
    while kept and (doc[kept[0]].is_punct or doc[kept[0]].is_space or (doc[kept[0]].dep_ == "mark" and doc[kept[0]].lower_ in ("that", "whether", "if"))):
        kept.pop(0)
    while kept and (doc[kept[-1]].is_space or (doc[kept[-1]].is_punct and not doc[kept[-1]].is_quote)):
        kept.pop()
    runs: list[tuple[int, int]] = []
    for i in kept:
        tok = doc[i]
        a, b = tok.idx, tok.idx + len(tok.text)
        if runs and (i - 1 in kept or all(doc[j].is_space or doc[j].is_punct for j in range(prev + 1, i))):
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
        prev = i
    return runs


def _speaker_tokens(resolver: Resolver, frame: Frame) -> set[int]:
    out: set[int] = set()
    cue = frame.cue[0]
    for tok_i in (frame.speaker, frame.addressee):
        if tok_i is not None:
            start, end = resolver.np_bounds(resolver.doc[tok_i])
            out.update(range(start, end))
            # the mention's own clauses, on its side of the cue only: in 'One activist
            # tweeted: She should resign' the parser may hang the content on the subject
            out.update(t.i for t in resolver.doc[tok_i].subtree if (t.i < cue) == (tok_i < cue))
    return out


def _relay_target(outer: Frame, frames: list[Frame], by_cue: dict[int, Frame], doc: Doc) -> Frame | None:
    """The frame a relay frame passes on, or None if it reports something of its own."""
    head = outer.content_head
    inner = by_cue.get(head) if head is not None else None
    if inner is not None:
        return inner
    if outer.kind not in ("according", "as_reported"):
        return None
    # "He updated ..., where he said he '...', according to CNN": the nearest cue before
    # the relay in its own sentence takes it, and only that claim's chain grows.
    sent = sentences(doc).of_token(outer.cue[0])
    before = [f for f in frames if f.kind in ("verb", "noun") and f.speaker is not None and sent.start <= f.cue[0] < outer.cue[0] and (f.content or f.kind == "verb")]
    return before[-1] if before else None


def _reports_speech(frame: Frame) -> bool:
    """Whether a trailing "..., X said" passes this frame on rather than claiming it.

    "Blinken noted that ..., Axios said": Axios relays Blinken's words. But in "The
    government has agreed to host 200 people, officials said" the officials make the claim.
    """
    return frame.kind == "noun" or frame.lemma in SPEECH_VERBS - BELIEF_VERBS


def _fold_relays(doc: Doc, frames: list[Frame]) -> tuple[dict[int, list[tuple[int, str]]], dict[int, set[int]]]:
    """Frames that only pass another frame on ("..., Axios said", "according to CNN").

    Returns the outer sources per inner frame's cue token (innermost first), and per inner
    frame the tokens of the relays folded into it (to keep out of its content).
    """
    by_cue = {f.cue[0]: f for f in frames if f.kind in ("verb", "noun")}
    links: dict[int, list[tuple[int, str]]] = {}
    folded: dict[int, set[int]] = {}
    for outer in frames:
        inner = _relay_target(outer, frames, by_cue, doc)
        if inner is None or inner is outer or inner.speaker is None or outer.speaker is None or not inner.content:
            continue  # "According to Reuters, the companies have agreed to merge": nothing to pass on
        if _paragraph(text_of(doc), doc[inner.cue[0]].idx) != _paragraph(text_of(doc), doc[outer.cue[0]].idx):
            continue  # a relay never reaches into another paragraph
        trailing = outer.cue[0] > inner.cue[0]
        if outer.kind == "according":
            relation = "according_to"
        elif outer.kind == "as_reported" or outer.lemma in MEDIA_RELAY or (
            trailing and outer.lemma in SPEECH_VERBS and outer.content_head == inner.cue[0] and _reports_speech(inner)
        ):
            relation = "reported_by"
        else:
            continue
        chain = links.setdefault(inner.cue[0], [])
        # "Axios reports, citing an Israeli official": the cited source sits in between
        for tok_i in attribution.cited_sources(outer, doc):
            chain.append((tok_i, "citing"))
        chain.append((outer.speaker, relation))
        cut = folded.setdefault(inner.cue[0], set())
        for i in outer.cue:
            if outer.kind == "according":
                cut.update(t.i for t in doc[i].subtree)
            else:
                cut.update(t.i for t in doc[i].subtree if t.i not in outer.content)
    return links, folded


def _coordinated(doc: Doc, frames: list[Frame]) -> dict[int, set[int]]:
    """Second cues the parser hung inside the first one's content.

    "He said that he was focused on the platform and noted that Sanders ...": "noted" is the
    speaker's second claim, coordinated with "said", not part of what he said. It takes the
    first frame's speaker, and its words leave the first frame's content. Returns, per cue
    token of a first frame, the tokens to keep out of its content.
    """
    cut: dict[int, set[int]] = {}
    for b in frames:
        tok = doc[b.cue[0]]
        if b.kind != "verb" or tok.dep_ != "conj" or b.lemma not in SPEECH_VERBS - BELIEF_VERBS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux") for c in tok.children):
            continue  # a clause with its own subject or modal: "... and officials noted that ...", "but can no longer continue to"
        if b.content_head is None or doc[b.content_head].dep_ != "ccomp":
            continue  # only a second cue with a clause of its own
        for a in frames:
            if a is b or a.kind != "verb" or a.speaker is None or b.cue[0] not in a.content or a.lemma not in SPEECH_VERBS:
                continue
            b.speaker = a.speaker
            words = cut.setdefault(a.cue[0], set())
            words.update(t.i for t in tok.subtree)
            words.update(c.i for c in tok.head.children if c.dep_ in ("cc", "punct") and c.i < tok.i and c.i > tok.head.i)
            break
    return cut


def extract_claims(doc: Doc) -> list[Claim]:
    """All claims in a parsed document, in text order, none overlapping another."""
    text = text_of(doc)
    quotations = find_quotations(text)
    quoted: set[int] = set()
    for q in quotations:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            quoted.update(range(span.start, span.end))
    inside = set()
    for q in quotations:
        span = doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    resolver = Resolver(doc, quoted)
    frames = [f for f in find_frames(doc) if f.cue[0] not in inside]
    for f in frames:
        f.speaker = _repair_speaker(doc, f, inside)
    coordinated = _coordinated(doc, frames)
    relays, folded = _fold_relays(doc, frames)
    gone = {i for cut in folded.values() for i in cut}
    gone |= {t.i for f in frames for t in attribution.citing_cues(f, doc)}  # "citing X" is a link, not a claim

    candidates = [_candidate(doc, resolver, f, relays.get(f.cue[0], []), folded.get(f.cue[0], set()) | coordinated.get(f.cue[0], set()))
                  for f in frames if f.cue[0] not in gone]
    _attach_quotations(doc, quotations, candidates, inside)
    chosen = _choose(doc, candidates)
    chains = attribution.ChainBuilder(resolver)
    claims = [_to_claim(doc, resolver, chains, c) for c in chosen]
    return [c for c in claims if c is not None]


def _candidate(doc: Doc, resolver: Resolver, f: Frame, relays: list[tuple[int, str]], folded: set[int]) -> Candidate:
    """A frame's content as character pieces, without cue, speaker and folded relays."""
    exclude = set(f.cue) | _speaker_tokens(resolver, f) | folded
    exclude |= {t.i for cite in attribution.citing_cues(f, doc) for t in cite.subtree}
    # "called on both sides to ...", "warned of ...": the preposition belongs to the cue
    for i in f.content[:1]:
        if (doc[i].dep_ == "prep" and doc[i].head.i in f.cue) or (doc[i].dep_ == "mark" and doc[i].lower_ == "for" and doc[i].head.head.i in f.cue):
            exclude.add(i)
            if i == max(f.cue) + 1:
                f.cue.append(i)
    lo, hi = _paragraph(text_of(doc), doc[f.cue[0]].idx)
    # the parser may run a sentence across a line break; unquoted content never does
    content = [i for i in f.content if lo <= doc[i].idx < hi]
    pieces = _token_pieces(doc, content, exclude) if content else []
    return Candidate(f, pieces, links=attribution.frame_links(doc, f, resolver) + relays)


def _repair_speaker(doc: Doc, frame: Frame, inside: set[int]) -> int | None:
    """Undo parser slips that put the speaker where none can be.

    '"The future we want ...," Mr. Obama added': a subject inside the quotation;
    'Gov. John Kasich (R-OH) said': a subject inside brackets; 'Of Carson, Levine said':
    a subject that is no noun. The speaker is then the nearest name or pronoun before the cue
    (outside quotes and brackets), or right after it ('said Mr. Obama').
    """
    s = frame.speaker
    if frame.kind not in ("verb",):
        return s
    if s is None:
        # 'Clinton, exasperated, famously responded:': the subject hung on another verb
        cue_tok = doc[frame.cue[0]]
        if frame.passive or cue_tok.tag_ not in ("VBD", "VBZ", "VBP") or cue_tok.dep_ in ("relcl", "acl", "advcl", "xcomp", "ccomp", "conj"):
            return None
        if any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in cue_tok.children):
            return None
    else:
        tok = doc[s]
        bracketed = tok.i > 0 and any(t.text == "(" for t in doc[max(0, tok.i - 3) : tok.i]) and any(
            t.text == ")" for t in doc[tok.i + 1 : tok.i + 3])
        # the tagger may call an outlet's name ADV ("Axios reported"); the subject relation decides
        if s not in inside and not bracketed and tok.pos_ not in ("ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ", "PART", "SPACE"):
            return s
    cue = frame.cue[0]

    def ok(t) -> bool:
        # not a name tucked into a relative clause or a prepositional phrase ("who has given money to Rubio")
        return (t.i not in inside and t.pos_ in ("PROPN", "PRON", "NOUN") and t.dep_ not in ("pobj", "dobj", "compound", "poss", "amod")
                and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors))

    for t in reversed(doc[max(0, cue - 12) : cue]):
        if t.text in (")",):
            continue
        if t.is_quote or t.text in ".!?":
            break
        if ok(t) and not (t.i > 0 and doc[t.i - 1].text == "(") and (s is not None or t.dep_ == "nsubj"):
            return t.i
    if s is None:
        return None
    for t in doc[cue + 1 : cue + 6]:
        if t.is_punct:
            break
        if ok(t):
            return t.i
    return None


def _paragraph(text: str, char: int) -> tuple[int, int]:
    """Bounds of the line holding char."""
    lo = max(text.rfind("\n", 0, char), text.rfind("\r", 0, char)) + 1
    ends = [i for i in (text.find("\n", char), text.find("\r", char)) if i >= 0]
    return lo, min(ends) if ends else len(text)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _attach_quotations(doc: Doc, quotations: list[Quotation], candidates: list[Candidate], inside: set[int]) -> None:
    """Give each quotation to the frame it belongs to.

    A quotation running over several paragraphs is taken paragraph by paragraph: a part with
    a cue of its own goes to that cue, a part without goes with the part before it (or, at the
    start, with the part after it: '"A.\n\n"B," she said.').
    """
    parts = [p for q in quotations for p in q.paragraph_parts(text_of(doc))]
    owners: list[Candidate | None] = []
    for q in parts:
        owners.append(_attach(doc, q, candidates, inside, owners[-1] if owners and q.follows else None))
    for k in range(len(parts) - 2, -1, -1):
        if owners[k] is None and parts[k + 1].follows and owners[k + 1] is not None:
            owners[k] = owners[k + 1]
            owners[k].quotes.insert(0, parts[k])
    # a quotation belongs to one claim: others give it up ("Although the US believes ...,
    # 'it's challenged ...', Satterfield said": the quote is Satterfield's, not the US's belief)
    for c in candidates:
        for other in candidates:
            if other is not c:
                for q in other.quotes:
                    c.pieces = _cut(c.pieces, q.start, q.end)


def _attach(doc: Doc, q: Quotation, candidates: list[Candidate], inside: set[int], before: Candidate | None) -> Candidate | None:
    """The frame a quotation (one paragraph's part) goes to, now holding it; None if none."""
    best = _adjacent_cue(doc, q, candidates) or _continued(doc, q, candidates) or before
    if best is None:
        region = (q.start, q.end)
        best_ov = 0
        par = _paragraph(text_of(doc), q.start)
        for c in candidates:
            if c.frame.cue[0] in inside or not par[0] <= doc[c.frame.cue[0]].idx <= par[1]:
                continue
            ov = sum(_overlap(p, region) for p in c.pieces)
            if ov > best_ov:
                best, best_ov = c, ov
        if best is None:
            best = _nearby_cue(doc, q, candidates)
    if best is not None:
        best.quotes.append(q)
    return best


def _only_between(doc: Doc, a: int, b: int, allowed: set[int], across_sentences: bool = False) -> bool:
    """True if text[a:b] holds nothing but punctuation, spaces and the allowed tokens.

    Unless across_sentences, never across a sentence end: 'Shelter is a problem, he added. "..."'.
    """
    span = doc.char_span(a, b, alignment_mode="contract") if a < b else None
    if span is None:
        return not any(ch.isalnum() for ch in text_of(doc)[a:b])
    if not across_sentences and any(t.text in (".", "!", "?") for t in span):
        return False
    return all(t.is_punct or t.is_space or t.i in allowed for t in span) and not any(
        ch.isalnum() for ch in text_of(doc)[a : span.start_char] + text_of(doc)[span.end_char : b])


def _adjacent_cue(doc: Doc, q: Quotation, candidates: list[Candidate]) -> Candidate | None:
    """A speech cue right after the closing mark or right before the opening one.

    '"...," Blinken said at a news conference' / '..., Satterfield said' / 'He said: "..."'
    """
    for c in candidates:
        f = c.frame
        if f.kind != "verb" or f.speaker is None or f.lemma not in SPEECH_VERBS:
            continue
        cue = doc[f.cue[0]]
        if cue.idx > q.end + 200 or cue.idx < q.start - 200:
            continue  # too far to be adjacent, whatever lies between
        words = {f.cue[0]} | {t.i for t in doc[f.speaker].subtree} | {t.i for t in cue.children if t.dep_ in ("aux", "neg", "advmod", "prt")}
        # 'asks at a high school, "..."', 'telling her, "..."', 'said Tuesday: "..."'
        words |= {t.i for ch in cue.children if ch.dep_ in ("prep", "dative", "npadvmod") and ch.i < cue.i + 8 for t in ch.subtree}
        if cue.i < len(doc) - 1 and doc[cue.i + 1].dep_ == "dobj" and doc[cue.i + 1].pos_ == "PRON":
            words.add(cue.i + 1)
        if cue.idx >= q.end and _only_between(doc, q.end, cue.idx, words) and not _breaks(doc, q.end, cue.idx):
            if any(a >= cue.idx for a, _ in c.pieces):
                continue  # '"...!" She replied that ...': the cue has content of its own
            return c
        if cue.idx < q.start and _only_between(doc, cue.idx, q.start, words) and not c.quotes:
            # across a paragraph break only as a lead-in: 'He said:\n"..."'
            if not _breaks(doc, cue.idx, q.start) or text_of(doc)[cue.idx : q.start].rstrip().endswith(":"):
                return c
    return None


def _breaks(doc: Doc, a: int, b: int) -> bool:
    """Whether text[a:b] crosses a paragraph break."""
    between = text_of(doc)[a:b]
    return "\n" in between or "\r" in between


def _continued(doc: Doc, q: Quotation, candidates: list[Candidate]) -> Candidate | None:
    """The claim a quotation goes on with: '"A," he said. "B."' and '"A," he said, "B."'.

    The quotation follows one of the claim's quotations in the same paragraph with nothing
    between but the cue's own words (speaker, cue, "in an interview") and punctuation.
    """
    for c in candidates:
        if not c.quotes or c.frame.speaker is None:
            continue
        last = c.quotes[-1]
        if last.end > q.start or _breaks(doc, last.end, q.start):
            continue
        # the cue's own words, not a second verb coordinated with it ('called it "shameful" and
        # called on leaders "not to ..."': the second quotation is the second cue's)
        words = {t.i for i in c.frame.cue for t in doc[i].subtree}
        words -= {t.i for o in candidates if o is not c and o.frame.cue[0] in words for t in doc[o.frame.cue[0]].subtree}
        if _only_between(doc, last.end, q.start, words, across_sentences=True):
            return c
    return None


def _tidy(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces without spaces or separating punctuation at their edges; empty ones dropped."""
    out = []
    for a, b in pieces:
        while a < b and (text[a].isspace() or text[a] in ",;:-–—"):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:-–—"):
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _cut(pieces: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """pieces with the range [a, b) taken out."""
    out = []
    for x, y in pieces:
        if y <= a or x >= b:
            out.append((x, y))
            continue
        if x < a:
            out.append((x, a))
        if y > b:
            out.append((b, y))
    return out


def _sent_of(doc: Doc, char: int):
    return sentences(doc).of_char(char) if len(doc) else None


def _nearby_cue(doc: Doc, q: Quotation, candidates: list[Candidate]) -> Candidate | None:
    """A cue for a quotation that no frame's content reaches.

    '"A," he said, "B."' (the second part), '"A." He said.' (cue in the next sentence),
    'He said:' + quotation (cue in the sentence before).
    """
    first = _sent_of(doc, q.start)
    last = _sent_of(doc, max(q.start, q.end - 1))
    if first is None or last is None:
        return None
    lo, hi = first.start_char, last.end_char
    options = []
    for c in candidates:
        f = c.frame
        if f.speaker is None or f.kind not in ("verb",) or f.lemma not in SPEECH_VERBS:
            continue
        cue_char = doc[f.cue[0]].idx
        if q.start <= cue_char < q.end:
            continue
        gap_text = None
        if cue_char >= q.end:
            gap_text = text_of(doc)[q.end : cue_char]
        elif cue_char < q.start:
            gap_text = text_of(doc)[doc[f.cue[0]].idx : q.start]
        near = lo <= cue_char < hi
        # the sentence right before, ending in a colon: 'He said:\n"..."'
        lead_in = cue_char < q.start and (gap_text or "").rstrip().endswith(":") and len(gap_text) < 80
        # the sentence right after, when it is only a cue: '"..." He said.'
        nxt = last.end_char <= cue_char and not c.pieces and not c.quotes and len(gap_text or "x") < 40
        if _breaks(doc, min(cue_char, q.end), max(cue_char, q.start)) and not (lead_in or nxt):
            continue  # a cue speaks for a quotation in another paragraph only as a lead-in or alone
        if not (near or nxt or lead_in):
            continue
        if c.pieces and not c.quotes:
            continue  # a frame that has its own, unquoted content is another claim
        options.append((abs((cue_char - q.end) if cue_char >= q.end else (q.start - cue_char)), c))
    if not options:
        return None
    options.sort(key=lambda x: x[0])
    return options[0][1]


def _passive(frame: Frame) -> bool:
    return frame.kind == "verb" and frame.passive


def _choose(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """One claim per stretch of content: quoted material first, then the widest frame."""
    # a cue with nobody behind it ("Instead of endorsing a ceasefire, ...") is no claim
    usable = [c for c in candidates if c.all_pieces() and (c.frame.speaker is not None or c.quotes or _passive(c.frame))]

    extent = {}
    for c in usable:
        c.final = _final(doc, c)
        pieces = c.final[1]
        if pieces:
            extent[id(c)] = (pieces[0][0], pieces[-1][1])

    def rank(c: Candidate):
        a, b = extent[id(c)]
        return (0 if c.quotes else 1, c.frame.speaker is None, -(b - a))

    kept: list[Candidate] = []
    for c in sorted((c for c in usable if id(c) in extent), key=rank):
        if any(_overlap(extent[id(c)], extent[id(k)]) for k in kept):
            continue
        kept.append(c)
    return sorted(kept, key=lambda c: extent[id(c)][0])


def _content_chars(text: str, ranges: list[tuple[int, int]]) -> set[int]:
    return {i for a, b in ranges for i in range(a, b) if text[i].isalnum()}


def _final(doc: Doc, c: Candidate) -> tuple[str, list[tuple[int, int]]]:
    """The claim's type and content pieces, from its own content and its quotations."""
    text = text_of(doc)
    quote_pieces = [p for q in c.quotes for p in q.pieces]
    quote_regions = [(q.start, q.end) for q in c.quotes]
    if not c.quotes:
        return "indirect", _tidy(text, _merge(c.pieces, text))
    outside = _content_chars(text, c.pieces) - _content_chars(text, quote_regions)
    # stray adverbs of the host clause ('Later, "This is a disgrace," he said') keep it direct;
    # a subject or any other word outside the marks ('he 'underscored that ...'') makes it mixed
    words = {doc.char_span(i, i + 1, alignment_mode="expand")[0] for i in outside}
    if all(t.pos_ in ("ADV", "CCONJ", "SCONJ", "INTJ") for t in words):
        return "direct", sorted(quote_pieces)
    # the paraphrase with the quoted fragment, marks and all
    return "mixed", _tidy(text, _merge(c.pieces + quote_regions, text))


def _to_claim(doc: Doc, resolver: Resolver, chains: attribution.ChainBuilder, c: Candidate) -> Claim | None:
    text = text_of(doc)
    f = c.frame
    kind, pieces = c.final
    if not pieces:
        return None
    start, end = pieces[0][0], pieces[-1][1]
    content = Span.of(text, start, end)
    fragments = tuple(Span.of(text, a, b) for a, b in pieces) if len(pieces) > 1 else ()
    cue_toks = sorted(set(f.cue) | {ch.i for i in f.cue for ch in doc[i].children if ch.dep_ == "prt"})
    cue = Cue(text=text[doc[cue_toks[0]].idx : doc[cue_toks[-1]].idx + len(doc[cue_toks[-1]].text)],
              start=doc[cue_toks[0]].idx, end=doc[cue_toks[-1]].idx + len(doc[cue_toks[-1]].text), lemma=f.lemma)
    skip = None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        skip = (span.start, span.end)
    speaker = resolver.speaker(f.speaker, skip) if f.speaker is not None else None
    if speaker is not None and f.addressee is not None:
        addressee = resolver.mention(f.addressee)
        speaker = attrs.evolve(speaker, addressee=Named(**attrs.asdict(resolver.span(addressee)), name=addressee.name))
    chain = chains.chain(speaker, c.links)
    sent_lo = min(s.start_char for s in _sents(doc, [start, end - 1, cue.start]))
    sent_hi = max(_trimmed_end(text, s.end_char) for s in _sents(doc, [start, end - 1, cue.start]))
    return Claim(
        type=kind,
        content=content,
        cue=cue,
        speaker=speaker,
        attribution=tuple(chain),
        sentence=(sent_lo, max(sent_lo, sent_hi)),
        confidence=score(kind, f, speaker, c),
        fragments=fragments,
    )


def _sents(doc: Doc, chars: list[int]):
    out = []
    for ch in chars:
        s = _sent_of(doc, ch)
        if s is not None:
            out.append(s)
    return out or [doc[:]]


def _trimmed_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
