"""Walk the given paths, read each file by its kind, and account for every input."""
from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Iterable

from ..model import Article, Skipped
from .decode import InputProblem, decode
from .html import read_html
from .jsonl import read_jsonl
from .plain import read_plain

PLAIN = {".txt", ".text"}
JSONL = {".jsonl", ".ndjson"}
HTML = {".html", ".htm", ".xhtml"}
_ARABIC = re.compile(r"[\u0621-\u064A]")


def _kind(path: Path) -> tuple[str | None, bool]:
    suffixes = [s.lower() for s in path.suffixes]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    if compressed:
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    if ext in PLAIN:
        return "plain", compressed
    if ext in JSONL:
        return "jsonl", compressed
    if ext in HTML:
        return "html", compressed
    return None, compressed


def _files(paths: Iterable[str | Path], skipped: list[Skipped]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file()))
        elif p.is_file():
            files.append(p)
        elif p.exists():
            skipped.append(Skipped(str(p), "not a regular file"))
        else:
            skipped.append(Skipped(str(p), "no such file or directory"))
    return files


def read_paths(paths: Iterable[str | Path]) -> tuple[list[Article], list[Skipped]]:
    """Every article in ``paths`` (files or folders, recursive), and what was skipped."""
    skipped: list[Skipped] = []
    articles: list[Article] = []
    for path in _files(paths, skipped):
        kind, compressed = _kind(path)
        if kind is None:
            skipped.append(Skipped(str(path), "unsupported file type (expected .txt, .jsonl or .html)"))
            continue
        try:
            data = path.read_bytes()
            if compressed:
                data = gzip.decompress(data)
            text, encoding = decode(data)
            if kind == "plain":
                found, bad = read_plain(path, text, encoding), []
            elif kind == "jsonl":
                found, bad = read_jsonl(path, text, encoding)
            else:
                found, bad = read_html(path, text, encoding), []
        except InputProblem as e:
            skipped.append(Skipped(str(path), str(e)))
            continue
        except (OSError, EOFError, gzip.BadGzipFile) as e:
            skipped.append(Skipped(str(path), f"cannot read: {e}"))
            continue
        skipped.extend(bad)
        articles.extend(found)
    return _accept(articles, skipped), skipped


def _accept(articles: list[Article], skipped: list[Skipped]) -> list[Article]:
    """Drop (and report) articles without Arabic text or with an id already taken."""
    seen: dict[str, Article] = {}
    kept: list[Article] = []
    for a in articles:
        if not _ARABIC.search(a.text):
            skipped.append(Skipped(a.path or a.id, "no Arabic text", a.line))
            continue
        if a.id in seen:
            first = seen[a.id]
            if a.line is None and first.line is None:
                # two plain files with one stem in different folders: both are articles
                n = 2
                while f"{a.id}~{n}" in seen:
                    n += 1
                a.id = f"{a.id}~{n}"
            else:
                where = f"{first.path}:{first.line}" if first.line else first.path
                skipped.append(Skipped(a.path or a.id, f"duplicate id {a.id!r} (first read from {where})", a.line))
                continue
        seen[a.id] = a
        kept.append(a)
    return kept
