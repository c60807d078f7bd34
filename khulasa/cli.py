"""Command line:

    khulasa digest PATH... [--format md|json|html] [--out FILE]
    khulasa ingest PATH... --db news.db [--engine local|dask --scheduler ADDRESS]
    khulasa stories --db news.db [--since DAY] [--until DAY] [--query WORDS] [--format json]
    khulasa digest --db news.db [--story ID]... [--format html] [--out FILE]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_UNUSABLE = 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="khulasa", description="Arabic news articles in, one sourced digest per story out.")
    sub = p.add_subparsers(dest="command", required=True)

    d = sub.add_parser("digest", help="group articles into stories and write a digest of each")
    d.add_argument("paths", nargs="*", help="files or folders (.txt, .jsonl[.gz], .html; UTF-8 or Windows-1256)")
    d.add_argument("--db", help="digest stories of this store instead of reading files")
    d.add_argument("--story", action="append", type=int, help="with --db: this story (repeatable)")
    _filters(d)
    d.add_argument("--format", "-f", choices=["md", "markdown", "json", "html"], default="md")
    d.add_argument("--out", "-o", help="write here instead of standard output")
    length = d.add_mutually_exclusive_group()
    length.add_argument("--words", type=int, default=120, help="digest length in words (default 120)")
    length.add_argument("--sentences", type=int, help="digest length in sentences instead of words")
    d.add_argument("--include-text", action="store_true", help="JSON: include each article's text")
    d.add_argument("--min-articles", type=int, default=1, help="only show stories with at least this many articles")
    d.add_argument("--no-figures", action="store_true", help="skip figures and claims (digests only)")
    _quiet(d)

    i = sub.add_parser("ingest", help="add articles to a corpus store (safe to repeat)")
    i.add_argument("paths", nargs="+", help="files or folders, as for digest")
    i.add_argument("--db", required=True, help="the store (an SQLite file; created if missing)")
    i.add_argument("--engine", choices=["local", "dask"], default="local", help="where the analysis runs (default: every local core)")
    i.add_argument("--scheduler", help="with --engine dask: the scheduler's address (tcp://host:8786); default: a local cluster, one worker per core")
    i.add_argument("--batch", type=int, default=2000, help="articles per transaction (default 2000)")
    i.add_argument("--no-figures", action="store_true", help="do not extract figures (digests over the store will have none)")
    _quiet(i)

    s = sub.add_parser("stories", help="list the stories of a corpus store")
    s.add_argument("--db", required=True)
    _filters(s)
    s.add_argument("--min-articles", type=int, default=1, help="only stories with at least this many articles")
    s.add_argument("--format", "-f", choices=["table", "json"], default="table")
    s.add_argument("--out", "-o", help="write here instead of standard output")
    return p


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", help="with --db: stories with an article published on or after this day (2018-03-01)")
    p.add_argument("--until", help="with --db: ... on or before this day")
    p.add_argument("--query", help="with --db: stories with an article holding every word of this")


def _quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no report of skipped inputs on stderr")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from .store import StoreError

    try:
        if args.command == "ingest":
            return _ingest(args)
        if args.command == "stories":
            return _stories(args)
        if args.db:
            if args.paths:
                parser.error("digest takes either PATHs or --db, not both")
            return _digest_store(args)
        if not args.paths:
            parser.error("digest needs PATHs to read, or --db")
        return _digest_files(args)
    except StoreError as e:
        print(f"khulasa: {e}", file=sys.stderr)
        return EXIT_UNUSABLE
    except ValueError as e:  # a bad date or an empty query
        print(f"khulasa: {e}", file=sys.stderr)
        return EXIT_UNUSABLE


def _digest_files(args) -> int:
    from . import digest

    words = None if args.sentences else args.words
    result = digest(
        args.paths, words=words, sentences=args.sentences, progress=False if args.quiet else None, figures=not args.no_figures
    )
    _report_skipped(result.skipped, args.quiet)
    if not result.articles:
        why = "no input could be read" if result.skipped else "no input files found"
        print(f"khulasa: nothing to digest: {why}", file=sys.stderr)
        return EXIT_UNUSABLE
    return _write_digest(result, args)


def _digest_store(args) -> int:
    from .api import digest_stored

    words = None if args.sentences else args.words
    result = digest_stored(
        args.db, args.story, since=args.since, until=args.until, query=args.query, min_articles=args.min_articles,
        words=words, sentences=args.sentences, figures=not args.no_figures, progress=False if args.quiet else None,
    )
    _report_skipped(result.skipped, args.quiet)
    if not result.stories:
        print("khulasa: no story matches", file=sys.stderr)
        return EXIT_UNUSABLE
    return _write_digest(result, args)


def _write_digest(result, args) -> int:
    from .render import FORMATS, to_json

    if args.min_articles > 1:
        result.stories = [s for s in result.stories if len(s.articles) >= args.min_articles]
    out = to_json(result, include_text=args.include_text) if args.format == "json" else FORMATS[args.format](result)
    _emit(out, args.out)
    return EXIT_OK


def _ingest(args) -> int:
    from .engines import engine as make_engine
    from .intake import ingest

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
        print("khulasa: nothing to ingest: no input could be read", file=sys.stderr)
        return EXIT_UNUSABLE
    print(
        f"read {report.read}: added {report.added}, copies {report.copies}, already stored {report.unchanged}, "
        f"replaced {report.replaced}, skipped {len(report.skipped)}; stories changed {report.stories_changed}, "
        f"merged {report.merges}; the store holds {report.total} articles"
    )
    return EXIT_OK


def _local_dask(Client, LocalCluster):
    from .engines import DaskEngine

    from .parallel import workers

    # one single-threaded worker process per core: the analysis is pure Python
    cluster = LocalCluster(n_workers=workers(), threads_per_worker=1, processes=True, dashboard_address=None)
    engine = DaskEngine(client=Client(cluster))
    close = engine.close

    def close_all() -> None:
        close()
        engine.client.close()
        cluster.close()

    engine.close = close_all
    return engine


def _stories(args) -> int:
    from .api import stories
    from .render.listing import listing_json, listing_table

    rows = stories(args.db, since=args.since, until=args.until, query=args.query)
    rows = [r for r in rows if len(r["articles"]) >= args.min_articles]
    _emit(listing_json(rows) if args.format == "json" else listing_table(rows), args.out)
    return EXIT_OK


def _report_skipped(skipped, quiet: bool) -> None:
    if not quiet:
        for s in skipped:
            print(f"khulasa: skipped {s}", file=sys.stderr)


def _emit(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    sys.exit(main())
