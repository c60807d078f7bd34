"""Command line:

    khulasa digest PATH... [--format md|json|html] [--out FILE]
    khulasa ingest PATH... --db news.db [--engine local|dask --scheduler ADDRESS]
    khulasa watch FOLDER... --db news.db [--every SECONDS] [--rounds N]
    khulasa stories --db news.db [--since DAY] [--until DAY] [--query WORDS] [--format json]
    khulasa digest --db news.db [--story ID]... [--format html] [--out FILE]
    khulasa serve --db news.db [--host 127.0.0.1] [--port 8000]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

EXIT_OK = 0
EXIT_OUTPUT = 1  # the output could not be written
EXIT_UNUSABLE = 2  # unusable input, store or arguments


def _parser() -> argparse.ArgumentParser:
    from khulasa.version import __version__

    p = argparse.ArgumentParser(
        prog="khulasa", description="Arabic news articles in, one sourced digest per story out.",
        epilog="exit status: 0 done; 1 the output could not be written; 2 unusable input, store or arguments",
    )
    p.add_argument("--version", action="version", version=f"khulasa {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="{digest,ingest,watch,stories,serve}")
    _digest_command(sub.add_parser("digest", help="group articles into stories and write a digest of each"))
    _ingest_command(sub.add_parser("ingest", help="add articles to a corpus store (safe to repeat)"))
    _watch_command(sub.add_parser(
        "watch", help="keep a store up to date: ingest what is new in folders every few seconds, until stopped"
    ))
    _stories_command(sub.add_parser("stories", help="list the stories of a corpus store"))
    _serve_command(sub.add_parser("serve", help="browse a corpus store in a web browser (read only)"))
    return p


def _digest_command(d: argparse.ArgumentParser) -> None:
    d.add_argument(
        "paths", nargs="*", help="files or folders (.txt, .jsonl[.gz], .html; UTF-8, UTF-16/32 or Windows-1256)"
    )
    d.add_argument("--db", help="digest stories of this store (made by `khulasa ingest`) instead of reading files")
    d.add_argument(
        "--story",
        action="append",
        type=_story_id,
        metavar="ID",
        help="with --db: this story (repeatable; an id merged into another gives that one)",
    )
    _filters(d)
    d.add_argument("--format", "-f", choices=["md", "markdown", "json", "html"], default="md",
                   help="md: Markdown (default); json: schema khulasa/2; html: one right-to-left page")
    d.add_argument("--out", "-o", metavar="FILE", help="write here instead of standard output (the folder must exist)")
    length = d.add_mutually_exclusive_group()
    length.add_argument("--words", type=_at_least(1), metavar="N", help="digest length in words (default 120)")
    length.add_argument(
        "--sentences", type=_at_least(1), metavar="N", help="digest length in sentences instead of words"
    )
    d.add_argument("--include-text", action="store_true", help="with --format json: include each article's text")
    d.add_argument("--no-figures", action="store_true", help="skip figures and claims (digests only)")
    _quiet(d)


def _ingest_command(i: argparse.ArgumentParser) -> None:
    i.add_argument("paths", nargs="+", help="files or folders, as for digest")
    i.add_argument("--db", required=True, help="the store (an SQLite file; created if missing)")
    i.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="where the analysis runs (default: every local core)",
    )
    i.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler's address (tcp://host:8786); "
        "default: a local cluster, one worker per core",
    )
    i.add_argument(
        "--batch", type=_at_least(1), default=2000, metavar="N", help="articles per transaction (default 2000)"
    )
    i.add_argument(
        "--no-figures", action="store_true", help="do not extract figures (digests over the store will have none)"
    )
    _quiet(i)


def _watch_command(w: argparse.ArgumentParser) -> None:
    w.add_argument("paths", nargs="+", help="folders (or files) to watch, as for digest")
    w.add_argument("--db", required=True, help="the store (an SQLite file; created if missing)")
    w.add_argument("--every", type=_seconds, default=5.0, metavar="SECONDS",
                   help="seconds between two looks (default 5)")
    w.add_argument("--rounds", type=_at_least(1), metavar="N", help="stop after N looks (default: run until stopped)")
    w.add_argument("--no-figures", action="store_true", help="do not extract figures")
    _quiet(w)


def _stories_command(s: argparse.ArgumentParser) -> None:
    s.add_argument("--db", required=True, help="the store (made by `khulasa ingest`)")
    _filters(s)
    s.add_argument("--sort", choices=["first", "last", "size"], default="first",
                   help="first: earliest first (default); last: most recently active first; size: largest first")
    s.add_argument("--limit", type=_at_least(1), metavar="N", help="list at most N stories (after sorting)")
    s.add_argument("--storylines", action="store_true",
                   help="list the storylines of the stories the filters keep (each with its events) instead")
    s.add_argument(
        "--format",
        "-f",
        choices=["table", "json"],
        default="table",
        help="table: one line per story (default); json: schema khulasa/2",
    )
    s.add_argument("--out", "-o", metavar="FILE", help="write here instead of standard output (the folder must exist)")


def _serve_command(s: argparse.ArgumentParser) -> None:
    s.add_argument("--db", required=True, help="the store (made by `khulasa ingest`), opened read only")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; use an SSH tunnel to reach it)")
    s.add_argument("--port", type=_port, default=8000, help="port to listen on (default 8000)")
    _quiet(s)


def _port(text: str) -> int:
    n = _at_least(0)(text)
    if n > 65535:
        raise argparse.ArgumentTypeError(f"{n} is not a port (0 to 65535)")
    return n


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--since",
        type=_day,
        metavar="DAY",
        help="only stories with an article published on or after this day (2018-03-01)",
    )
    p.add_argument(
        "--until", type=_day, metavar="DAY", help="only stories with an article published on or before this day"
    )
    p.add_argument(
        "--query",
        metavar="WORDS",
        help="only stories with an article holding these words as a phrase, matched on stems (الغوطة finds وبالغوطة)",
    )
    p.add_argument(
        "--min-articles", type=_at_least(1), default=1, metavar="N", help="only stories with at least N articles"
    )


def _quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--quiet", "-q", action="store_true", help="no progress bar and no report of skipped inputs on stderr"
    )


def _seconds(text: str) -> float:
    """A number of seconds between two looks: positive, at most a day."""
    try:
        n = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < n <= 86400:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 86400 seconds")
    return n


def _at_least(low: int):
    def parse(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if n < low:
            raise argparse.ArgumentTypeError(f"{n} is less than {low}")
        return n

    return parse


def _story_id(text: str) -> int:
    from khulasa.pipeline.options import story_number

    try:
        return story_number(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _day(text: str) -> str:
    from khulasa.pipeline.options import instant

    try:
        instant(text)
    except (ValueError, OverflowError, OSError) as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return text


class UserError(Exception):
    """A problem with what the user asked for; the message says what, for the user."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from khulasa.store.store import StoreError

    try:
        _check_args(args, parser)
        if args.command == "ingest":
            return _ingest(args)
        if args.command == "watch":
            return _watch(args)
        if args.command == "stories":
            return _stories(args)
        if args.command == "serve":
            from khulasa.serve.run import serve

            serve(args.db, args.host, args.port, args.quiet)
            return EXIT_OK
        if args.db:
            return _digest_store(args)
        return _digest_files(args)
    except (StoreError, UserError, ValueError) as e:  # ValueError: a bad date, an empty query
        _say(str(e))
        return EXIT_UNUSABLE
    except OutputError as e:
        _say(str(e))
        return EXIT_OUTPUT
    except KeyboardInterrupt:
        _say("interrupted")
        return 130


def _check_args(args, parser: argparse.ArgumentParser) -> None:
    """Every option works or is refused here, before any work: none is silently ignored."""
    if args.command == "digest":
        if args.db and args.paths:
            parser.error("digest takes either PATHs or --db, not both")
        if not args.db and not args.paths:
            parser.error("digest needs PATHs to read, or --db")
        if args.story and not args.db:
            parser.error("--story needs --db (stories of files are found anew each run)")
        if args.include_text and args.format != "json":
            parser.error("--include-text is for --format json (Markdown and HTML quote the digest, not whole texts)")
    if args.command == "ingest":
        if args.scheduler and args.engine != "dask":
            parser.error("--scheduler is for --engine dask")
    if getattr(args, "out", None):
        _check_out(args.out)


def _check_out(out: str) -> None:
    """The output file can be written: checked before the work, not found out after it."""
    path = Path(out)
    if path.is_dir():
        raise UserError(f"--out {out}: is a folder; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise UserError(f"--out {out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UserError(f"--out {out}: not allowed to write there")


def _digest_files(args) -> int:
    from khulasa import digest

    result = digest(
        args.paths, words=args.words, sentences=args.sentences, since=args.since, until=args.until, query=args.query,
        min_articles=args.min_articles, progress=False if args.quiet else None, figures=not args.no_figures,
    )
    _report_skipped(result.skipped, args.quiet)
    if not result.stories:
        given = _filters_given(args)
        if given:
            why = "no story matches " + " ".join(given)
        else:
            why = "no input could be read" if result.skipped else "no input files found"
        _say(f"nothing to digest: {why}")
        return EXIT_UNUSABLE
    return _write_digest(result, args)


def _filters_given(args) -> list[str]:
    given = [f"--{name} {getattr(args, name)}" for name in ("since", "until", "query") if getattr(args, name)]
    if args.min_articles > 1:
        given.append(f"--min-articles {args.min_articles}")
    return given


def _digest_store(args) -> int:
    from khulasa.pipeline.stored import digest_stored

    result = digest_stored(
        args.db, args.story, since=args.since, until=args.until, query=args.query, min_articles=args.min_articles,
        words=args.words, sentences=args.sentences, figures=not args.no_figures, progress=False if args.quiet else None,
    )
    _report_skipped(result.skipped, args.quiet)
    if not result.stories:
        _say("no story matches")
        return EXIT_UNUSABLE
    return _write_digest(result, args)


def _write_digest(result, args) -> int:
    from khulasa.progress import phase
    from khulasa.render import FORMATS, to_json

    with phase("writing", False if args.quiet else None):
        out = to_json(result, include_text=args.include_text) if args.format == "json" else FORMATS[args.format](result)
    _emit(out, args.out)
    return EXIT_OK


def _ingest(args) -> int:
    from khulasa.pipeline.engines import engine as make_engine
    from khulasa.pipeline.ingest import ingest

    if args.engine == "dask" and not args.scheduler:
        from distributed import Client, LocalCluster

        engine = _local_dask(Client, LocalCluster)
    else:
        engine = make_engine(args.engine, args.scheduler)
    try:
        report = ingest(
            args.paths, args.db, engine=engine, batch=args.batch, figures=not args.no_figures,
            progress=False if args.quiet else None,
        )
    finally:
        engine.close()
    _report_skipped(report.skipped, args.quiet)
    if not report.read and report.skipped:
        _say("nothing to ingest: no input could be read")
        return EXIT_UNUSABLE
    print(
        f"read {report.read}: added {report.added}, copies {report.copies}, already stored {report.unchanged}, "
        f"replaced {report.replaced}, skipped {len(report.skipped)}; stories changed {report.stories_changed}, "
        f"merged {report.merges}; the store holds {report.total} articles"
    )
    return EXIT_OK


def _watch(args) -> int:
    from khulasa.pipeline.watch import watch

    def tell(r) -> None:
        _report_skipped(r.skipped, args.quiet)
        if r.report is not None and not args.quiet:
            rep = r.report
            print(
                f"{time.strftime('%H:%M:%S')} {len(r.files)} file(s), read {rep.read}: added {rep.added}, "
                f"copies {rep.copies}, already stored {rep.unchanged}, replaced {rep.replaced}; "
                f"stories changed {rep.stories_changed}; the store holds {rep.total} articles ({r.seconds:.1f} s)",
                flush=True,
            )

    if not args.quiet:
        _say(f"watching {', '.join(args.paths)} every {args.every:g} s (Ctrl-C to stop)")
    watch(args.paths, args.db, every=args.every, rounds=args.rounds, figures=not args.no_figures, on_round=tell)
    return EXIT_OK


def _local_dask(Client, LocalCluster):
    from khulasa.pipeline.engines import DaskEngine, local_cores

    # one single-threaded worker process per core: the analysis is pure Python
    cluster = LocalCluster(n_workers=local_cores(), threads_per_worker=1, processes=True, dashboard_address=None)
    engine = DaskEngine(client=Client(cluster))
    close = engine.close

    def close_all() -> None:
        close()
        engine.client.close()
        cluster.close()

    engine.close = close_all  # type: ignore[method-assign]  # this engine also closes the cluster made for it
    return engine


SORTS = {
    "first": (lambda r: (r["first"] or "", r["id"]), False),
    "last": (lambda r: (r["last"] or "", r["id"]), True),
    "size": (lambda r: (len(r["articles"]), r["last"] or ""), True),
}


def _stories(args) -> int:
    from khulasa.pipeline.stored import stories, storyline_rows
    from khulasa.render.listing import listing_json, listing_table

    rows = stories(args.db, since=args.since, until=args.until, query=args.query)
    if args.storylines:
        rows = storyline_rows(rows)
    rows = [r for r in rows if len(r["articles"]) >= args.min_articles]
    key, newest_first = SORTS[args.sort]
    rows.sort(key=key, reverse=newest_first)
    if args.limit:
        rows = rows[: args.limit]
    kind = "storylines" if args.storylines else "stories"
    _emit(listing_json(rows, kind) if args.format == "json" else listing_table(rows, kind), args.out)
    return EXIT_OK


def _report_skipped(skipped, quiet: bool) -> None:
    if not quiet:
        for s in skipped:
            _say(f"skipped {s}")


def _say(message: str) -> None:
    """A message on stderr, with control characters shown as escapes, never sent raw (a file
    name or a reason may quote input)."""
    from khulasa.render.text import visible

    print(f"khulasa: {visible(message)}", file=sys.stderr)


class OutputError(Exception):
    """The output could not be written (a full disk, a vanished folder)."""


def _emit(text: str, out: str | None) -> None:
    """Write the output whole or not at all: a file is written beside its place and moved
    there, so a full disk never leaves half a report behind."""
    if not out:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:  # `| head`: the reader has what it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    path = Path(out)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {out}: {e.strerror or e}") from None


if __name__ == "__main__":
    sys.exit(main())
