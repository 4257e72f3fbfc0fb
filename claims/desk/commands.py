"""The desk's commands: ``claims review``, ``claims export``, ``claims speakers``, ``claims chains``.

Each reads one run (JSONL files that ``claims extract`` wrote), streams it through the shared
filters, and reports unreadable lines as ``claims: error: FILE:LINE: reason`` without stopping.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import IO, Callable

from .. import arguments
from ..io.messages import error as _error
from ..io.reader import printable_id, texts_by_id
from .runs import Problem, add_filter_arguments, read_run, record_filter


class Reading:
    """One command's reading of a run: the records that pass the filters, the lines that could
    not be used (named by file and line), and how many records were read."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.problems: list[Problem] = []
        self.used = 0

    def records(self):
        keep = record_filter(self.args)
        for r in read_run(self.args.run, self.problems):
            self.used += 1
            if keep(r):
                yield r

    def finish(self) -> int:
        """Report each unusable line and what was used; exit status 1 if any line was bad."""
        for p in self.problems:
            _error(str(p))
        if self.problems and not getattr(self.args, "quiet", False):
            lines = sum(p.line is not None for p in self.problems)
            files = len(self.problems) - lines
            skipped = ", ".join(x for x in (f"{lines} bad line{'s' * (lines != 1)} skipped" if lines else "",
                                            f"{files} file{'s' * (files != 1)} not read" if files else "") if x)
            print(f"claims: {self.used} records used; {skipped}", file=sys.stderr)
        return 1 if self.problems else 0


def _guard(args: argparse.Namespace, directory: bool = False, inputs: list[str] | None = None, stdin: bool = False):
    """Refuse an output that is one of the command's inputs (by default the run, --docs,
    --matches, --clusters; with stdin, a "-" among them is standard input, and the file it
    is redirected from counts) or, for a directory, holds one; then lock it against a second
    command writing there. Returns the lock, or None for stdout; raises outputs.Refused."""
    from ..io import outputs

    if inputs is None:
        inputs = [*args.run, *(getattr(args, "docs", None) or []), *(getattr(args, "matches", None) or []),
                  *(getattr(args, "clusters", None) or [])]
    given = outputs.Inputs.of(inputs, stdin=stdin)
    if directory:
        outputs.check_directory(args.output, given)
        return outputs.Lock(args.output, directory=True)
    if not args.output or args.output == "-":
        return None
    outputs.check_file(args.output, given)
    return outputs.Lock(args.output)


def _guarded(args: argparse.Namespace, directory: bool = False, inputs: list[str] | None = None, stdin: bool = False):
    """(the output's lock or None, 0), or (None, 2) after one line saying why it is refused."""
    from ..io import outputs

    try:
        return _guard(args, directory, inputs, stdin), 0
    except outputs.Refused as exc:
        _error(str(exc))
    except OSError as exc:
        _error(f"{args.output}: cannot write there: {exc.strerror}")
    return None, 2


def write_output(args: argparse.Namespace, write: Callable[[IO[str]], None], inputs: list[str] | None = None,
                 stdin: bool = False) -> int:
    """Run write on -o FILE (or stdout); an output that is an input (``inputs``, by default
    the run's and _guard's; ``stdin``: "-" among them reads standard input), or that cannot
    be opened or written, is one line, exit status 2."""
    lock, status = _guarded(args, inputs=inputs, stdin=stdin)
    if status:
        return status
    try:
        if lock is None:
            write(sys.stdout)
            sys.stdout.flush()
        else:
            with open(args.output, "w", encoding="utf-8", newline="" if getattr(args, "format", None) == "csv" else None) as out:
                write(out)
    except BrokenPipeError:
        raise  # main says it, the same way for every command
    except OSError as exc:
        _error(f"{args.output or 'stdout'}: {exc.strerror}")
        return 2
    finally:
        if lock is not None:
            lock.release()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import write_csv, write_jsonld

    from . import corpus

    reading = Reading(args)
    counted: list[int] = []
    texts = texts_by_id(args.docs, lambda item: _error(f"{item.doc_id}: {item.reason}")) if args.docs else None
    joined = corpus.read(args.matches, args.clusters, reading.problems)
    if (args.matches or args.clusters) and args.format != "csv":
        _error("--matches and --clusters join into the CSV; JSON-LD has no place for them")
        return 2

    def write(out) -> None:
        counted.append(write_csv(reading.records(), out, bom=args.bom, texts=texts, corpus=joined) if args.format == "csv"
                       else write_jsonld(reading.records(), out))

    status = write_output(args, write)
    if not status and not args.quiet:
        print(f"claims: {counted[0]} claims exported as {args.format}", file=sys.stderr)
    return status or reading.finish()


def cmd_speakers(args: argparse.Namespace) -> int:
    from .speakers import index, write

    reading = Reading(args)
    entries = index(reading.records())
    return write_output(args, lambda out: write(entries, out, args.format, top=args.top)) or reading.finish()


def cmd_review(args: argparse.Namespace) -> int:
    from ..io.reader import read_documents, unique_ids
    from .review import build

    unreadable = next((p for p in args.run if not os.path.isfile(p) or not os.access(p, os.R_OK)), None)
    if unreadable is not None:  # before a site is written: an empty review helps nobody
        _error(f"{printable_id(unreadable)}: {'not a file' if os.path.exists(unreadable) else 'no such file'}; give the JSONL of a run")
        return 2
    lock, status = _guarded(args, directory=True)
    if status:
        return status
    from . import corpus

    reading = Reading(args)
    joined = corpus.read(args.matches, args.clusters, reading.problems)
    # ids made unique as extract made them, so that "story~2" finds the second "story"
    documents = unique_ids(read_documents(args.docs), lambda message: None) if args.docs else []
    try:
        docs, claims = build(reading.records(), documents, args.output, joined)
    except OSError as exc:
        _error(f"{args.output}: {exc.strerror or exc}")
        return 2
    finally:
        lock.release()
    if not args.quiet:
        print(f"claims: review of {claims} claims in {docs} documents: open {args.output.rstrip('/')}/index.html", file=sys.stderr)
    return reading.finish()


def cmd_chains(args: argparse.Namespace) -> int:
    from .chains import print_table

    reading = Reading(args)
    print_table(", ".join(args.run), reading.records(), sys.stdout, top=args.top)
    sys.stdout.flush()
    return reading.finish()


def cmd_decisions(args: argparse.Namespace) -> int:
    """The decisions exported from a review page, as JSON Lines (filtered by --status)."""
    import json

    from .decisions import NotDecisions, read

    try:
        with open(args.file, "rb") as fh:
            found = [d for d in read(fh.read()) if not args.status or d.get("status") in args.status]
    except OSError as exc:
        _error(f"{printable_id(args.file)}: cannot read: {exc.strerror or exc}")
        return 2
    except (NotDecisions, UnicodeDecodeError) as exc:
        _error(f"{printable_id(args.file)}: {exc}")
        return 2
    for d in found:
        sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    return 0


EXAMPLES = {
    "review": "example:\n  claims review run.jsonl --docs articles/ -o review/ --scope speech   # then open review/index.html",
    "export": "examples:\n  claims export run.jsonl -o claims.csv --bom          # for Excel\n"
              "  claims export run.jsonl --format jsonld --min-confidence 0.7 -o claims.jsonld",
    "speakers": "example:\n  claims speakers run.jsonl --top 20 --scope speech",
    "chains": "example:\n  claims chains run.jsonl --kind anonymous",
}


def _corpus_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--matches", nargs="+", metavar="FILE", help="what claims match wrote: each claim's fact-checks beside it")
    p.add_argument("--clusters", nargs="+", metavar="FILE", help="what claims cluster wrote: each claim's other appearances")


def register(sub) -> None:
    """Add the desk's subcommands to the `claims` parser."""
    def command(name: str, func: Callable, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, epilog=EXAMPLES[name], formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("run", nargs="+", help="JSONL files written by claims extract")
        add_filter_arguments(p)
        p.set_defaults(func=func)
        return p

    rv = command("review", cmd_review, "write a static review site of a run: claims table and each document with its claims highlighted")
    rv.add_argument("--docs", nargs="+", metavar="INPUT", help="the documents the run came from (files, directories, JSONL), to show each claim in its text")
    rv.add_argument("-o", "--output", default="review", help="directory to write (default: review/); open index.html from disk")
    _corpus_arguments(rv)
    rv.add_argument("--quiet", action="store_true", help="print nothing but errors")

    ex = command("export", cmd_export, "export a run as CSV (spreadsheets) or schema.org Claim JSON-LD")
    ex.add_argument("--format", choices=("csv", "jsonld"), default="csv", help="csv (default) or jsonld (one schema.org Claim a line)")
    ex.add_argument("-o", "--output", help="file to write (default: stdout)")
    ex.add_argument("--docs", nargs="+", metavar="INPUT", help="CSV: the documents the run came from, to fill the sentence column")
    ex.add_argument("--bom", action="store_true", help="CSV: start with a UTF-8 byte order mark, so that Excel reads accents right")
    _corpus_arguments(ex)
    ex.add_argument("--quiet", action="store_true", help="print nothing but errors")

    sp = command("speakers", cmd_speakers, "who is quoted how often across a run")
    sp.add_argument("--format", choices=("table", "csv", "json"), default="table", help="table (default), csv or json (one speaker a line)")
    sp.add_argument("-o", "--output", help="file to write (default: stdout)")
    sp.add_argument("--top", type=arguments.whole, help="only the N most quoted")

    from .decisions import STATUSES

    de = sub.add_parser("decisions", help="the decisions exported from a review page, as JSON Lines",
                        description="Read the decisions a reviewer exported from the review page (decisions.csv or "
                                    "claimreview.jsonld) and print one JSON line each.",
                        epilog="example:\n  claims decisions decisions.csv --status 'wrong extraction'   # extraction errors, to fix",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    de.add_argument("file", help="decisions.csv or claimreview.jsonld, as the review page exported it")
    de.add_argument("--status", action="append", choices=STATUSES, help="only decisions with this status (repeatable)")
    de.set_defaults(func=cmd_decisions)

    ch = command("chains", cmd_chains, "table of the attribution chains in a run, for review")
    ch.add_argument("--top", type=arguments.whole, default=40, help="rows per table (default 40)")
