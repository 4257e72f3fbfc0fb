"""The desk's commands: ``claims review``, ``claims export``, ``claims speakers``, ``claims chains``.

Each reads one run (JSONL files that ``claims extract`` wrote), streams it through the shared
filters, and reports unreadable lines as ``claims: error: FILE:LINE: reason`` without stopping.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, Callable

from ..io.messages import error as _error
from .runs import Problem, add_filter_arguments, read_run, record_filter


def _records(args: argparse.Namespace, problems: list[Problem]):
    keep = record_filter(args)
    return (r for r in read_run(args.run, problems) if keep(r))


def _finish(problems: list[Problem]) -> int:
    for p in problems:
        _error(str(p))
    return 1 if problems else 0


def _write(args: argparse.Namespace, write: Callable[[IO[str]], None]) -> int:
    """Run write on -o FILE (or stdout); an output that cannot be opened or written is one
    line, exit status 2."""
    try:
        if not args.output or args.output == "-":
            write(sys.stdout)
        else:
            with open(args.output, "w", encoding="utf-8", newline="" if args.format == "csv" else None) as out:
                write(out)
    except OSError as exc:
        _error(f"{args.output or 'stdout'}: {exc.strerror}")
        return 2
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import write_csv, write_jsonld

    problems: list[Problem] = []
    counted: list[int] = []
    status = _write(args, lambda out: counted.append((write_csv if args.format == "csv" else write_jsonld)(_records(args, problems), out)))
    if not status and not args.quiet:
        print(f"claims: {counted[0]} claims exported as {args.format}", file=sys.stderr)
    return status or _finish(problems)


def cmd_speakers(args: argparse.Namespace) -> int:
    from .speakers import index, write

    problems: list[Problem] = []
    entries = index(_records(args, problems))
    return _write(args, lambda out: write(entries, out, args.format, top=args.top)) or _finish(problems)


def cmd_review(args: argparse.Namespace) -> int:
    from ..io.reader import read_documents
    from .review import build

    problems: list[Problem] = []
    documents = read_documents(args.docs) if args.docs else []
    try:
        docs, claims = build(_records(args, problems), documents, args.output)
    except OSError as exc:
        _error(f"{args.output}: {exc.strerror or exc}")
        return 2
    if not args.quiet:
        print(f"claims: review of {claims} claims in {docs} documents: open {args.output.rstrip('/')}/index.html", file=sys.stderr)
    return _finish(problems)


def cmd_chains(args: argparse.Namespace) -> int:
    from .chains import print_table

    problems: list[Problem] = []
    print_table(", ".join(args.run), _records(args, problems), sys.stdout, top=args.top)
    return _finish(problems)


def register(sub) -> None:
    """Add the desk's subcommands to the `claims` parser."""
    def command(name: str, func: Callable, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
        p.add_argument("run", nargs="+", help="JSONL files written by claims extract")
        add_filter_arguments(p)
        p.set_defaults(func=func)
        return p

    rv = command("review", cmd_review, "write a static review site of a run: claims table and each document with its claims highlighted")
    rv.add_argument("--docs", nargs="+", metavar="INPUT", help="the documents the run came from (files, directories, JSONL), to show each claim in its text")
    rv.add_argument("-o", "--output", default="review", help="directory to write (default: review/); open index.html from disk")
    rv.add_argument("--quiet", action="store_true")

    ex = command("export", cmd_export, "export a run as CSV (spreadsheets) or schema.org Claim JSON-LD")
    ex.add_argument("--format", choices=("csv", "jsonld"), default="csv")
    ex.add_argument("-o", "--output", help="file to write (default: stdout)")
    ex.add_argument("--quiet", action="store_true")

    sp = command("speakers", cmd_speakers, "who is quoted how often across a run")
    sp.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sp.add_argument("-o", "--output", help="file to write (default: stdout)")
    sp.add_argument("--top", type=int, help="only the N most quoted")

    ch = command("chains", cmd_chains, "table of the attribution chains in a run, for review")
    ch.add_argument("--top", type=int, default=40, help="rows per table (default 40)")
