"""Command line: ``khulasa digest PATH... [--format md|json|html] [--out FILE]``."""
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
    d.add_argument("paths", nargs="+", help="files or folders (.txt, .jsonl[.gz], .html; UTF-8 or Windows-1256)")
    d.add_argument("--format", "-f", choices=["md", "markdown", "json", "html"], default="md")
    d.add_argument("--out", "-o", help="write here instead of standard output")
    length = d.add_mutually_exclusive_group()
    length.add_argument("--words", type=int, default=120, help="digest length in words (default 120)")
    length.add_argument("--sentences", type=int, help="digest length in sentences instead of words")
    d.add_argument("--include-text", action="store_true", help="JSON: include each article's text")
    d.add_argument("--min-articles", type=int, default=1, help="only show stories with at least this many articles")
    d.add_argument("--no-figures", action="store_true", help="skip figures and claims (digests only)")
    d.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no report of skipped inputs on stderr")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from . import digest
    from .render import FORMATS, to_json

    words = None if args.sentences else args.words
    result = digest(
        args.paths, words=words, sentences=args.sentences, progress=False if args.quiet else None, figures=not args.no_figures
    )
    if not args.quiet:
        for s in result.skipped:
            print(f"khulasa: skipped {s}", file=sys.stderr)
    if not result.articles:
        why = "no input could be read" if result.skipped else "no input files found"
        print(f"khulasa: nothing to digest: {why}", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.min_articles > 1:
        result.stories = [s for s in result.stories if len(s.articles) >= args.min_articles]
    if args.format == "json":
        out = to_json(result, include_text=args.include_text)
    else:
        out = FORMATS[args.format](result)
    if args.out:
        Path(args.out).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
