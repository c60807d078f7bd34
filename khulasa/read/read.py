"""Walk the given paths, read each file by its kind, and account for every input: anything that
cannot be used is a Skipped entry with its reason, and nothing an input holds raises out of
read_paths (see _read_file)."""
from __future__ import annotations

import logging
import os
import re
import stat
import zlib
from collections.abc import Iterable
from pathlib import Path

from khulasa.model import Article, Skipped
from khulasa.read import given, limits
from khulasa.read.decode import InputProblem, decode
from khulasa.read.html import read_html
from khulasa.read.jsonl import read_jsonl_stream
from khulasa.read.plain import read_plain
from khulasa.read.stream import describe, open_bytes, read_whole

PLAIN = {".txt", ".text"}
JSONL = {".jsonl", ".ndjson"}
HTML = {".html", ".htm", ".xhtml"}
_ARABIC = re.compile(r"[\u0621-\u064A]")
log = logging.getLogger(__name__)


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


def _not_regular(mode: int) -> str:
    return f"not a regular file: {_special(mode)}"


def _special(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _files(paths: Iterable[str | Path], skipped: list[Skipped]) -> list[Path]:
    """The regular files to read, each once. A path given by name is followed if it is a
    symbolic link: the user chose it."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        bad_name = _bad_name(p)
        if bad_name:
            skipped.append(bad_name)
            continue
        try:
            mode = p.stat().st_mode
        except FileNotFoundError:
            skipped.append(Skipped(str(p), "broken symbolic link" if p.is_symlink() else "no such file or directory"))
            continue
        except OSError as e:
            skipped.append(Skipped(str(p), f"cannot read: {e.strerror or e}"))
            continue
        except ValueError as e:  # a NUL in the path
            skipped.append(Skipped(repr(str(p)), f"not a usable path ({e})"))
            continue
        if stat.S_ISDIR(mode):
            files.extend(sorted(_walk(p, skipped)))
        elif stat.S_ISREG(mode):
            files.append(p)
        else:
            skipped.append(Skipped(str(p), _not_regular(mode)))
    return _once(files, skipped)


def _walk(top: Path, skipped: list[Skipped]) -> list[Path]:
    """Regular files under ``top``. Symbolic links to folders are not followed (a link to a
    parent would loop for ever, and one outside the folder reads what was not given); links to
    regular files are read, as the file they name."""
    found: list[Path] = []
    folders = [top]
    while folders:  # a stack, not recursion: folders may nest deeper than Python's stack
        folder = folders.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as e:
            skipped.append(Skipped(str(folder), f"cannot open folder: {e.strerror or e}"))
            continue
        for entry in entries:
            path = Path(entry.path)
            bad_name = _bad_name(path)
            if bad_name:
                skipped.append(bad_name)
                continue
            try:
                if entry.is_symlink():
                    reason = _link_reason(path)
                elif entry.is_dir(follow_symlinks=False):
                    folders.append(path)
                    continue
                else:
                    mode = entry.stat(follow_symlinks=False).st_mode
                    reason = None if stat.S_ISREG(mode) else _not_regular(mode)
            except OSError as e:
                reason = f"cannot read: {e.strerror or e}"
            if reason:
                skipped.append(Skipped(str(path), reason))
            else:
                found.append(path)
    return found


def _bad_name(path: Path) -> Skipped | None:
    """A name that is not valid UTF-8 (file systems allow any bytes) would carry lone surrogates
    into the article's path and id, and writing them out as UTF-8 fails: such a file or folder
    is reported, with its bad bytes shown as escapes, and not read."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        return Skipped(shown, "name is not valid UTF-8: rename it to have it read")
    return None


def _link_reason(path: Path) -> str | None:
    """Why a symbolic link is not read, or None for a link to a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError as e:
        return f"broken symbolic link ({e.strerror or e})"
    if stat.S_ISDIR(mode):
        return "symbolic link to a folder: not followed"
    if stat.S_ISREG(mode):
        return None
    return f"symbolic link to {_special(mode)}: not read"


def _once(files: list[Path], skipped: list[Skipped]) -> list[Path]:
    """Each file read once, though named twice or reached through a link (by the name that is
    not a link, when it has one)."""
    seen: dict[tuple[int, int], Path] = {}
    dropped: set[int] = set()
    for i in sorted(range(len(files)), key=lambda i: files[i].is_symlink()):  # stable
        try:
            st = files[i].stat()
        except OSError as e:
            skipped.append(Skipped(str(files[i]), f"cannot read: {e.strerror or e}"))
            dropped.add(i)
            continue
        first = seen.setdefault((st.st_dev, st.st_ino), files[i])
        if first is not files[i]:
            skipped.append(Skipped(str(files[i]), f"same file as {first}: read once"))
            dropped.add(i)
    return [f for i, f in enumerate(files) if i not in dropped]


def files_under(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """The regular files ``paths`` name or hold (folders walked), each once, and what could not
    be used, with why: the files ``read_paths`` would read."""
    skipped: list[Skipped] = []
    return _files(paths, skipped), skipped


def read_paths(paths: Iterable[str | Path]) -> tuple[list[Article], list[Skipped]]:
    """Every article in ``paths`` (files or folders, recursive), and what was skipped."""
    return read_inputs(paths)


def read_inputs(inputs: str | Path | Article | Iterable[str | Path | Article]) -> tuple[list[Article], list[Skipped]]:
    """Every article of ``inputs``: paths to files or folders (read recursively) and
    ``Article`` objects (checked as a JSON Lines record is), the objects first; and what was
    skipped. An id is used once: a later article with the same id is skipped."""
    if isinstance(inputs, (str, Path, Article)):
        inputs = [inputs]
    skipped: list[Skipped] = []
    given: list[Article] = []
    paths: list[str | Path] = []
    for item in inputs:
        if isinstance(item, Article):
            given.append(item)
        else:
            paths.append(item)
    articles = _given(given, skipped)
    for path in _files(paths, skipped):
        found, bad = _read_file(path)
        skipped.extend(bad)
        articles.extend(found)
    return _accept(articles, skipped), skipped


def _given(articles: list[Article], skipped: list[Skipped]) -> list[Article]:
    kept = []
    for a in articles:
        why = given.problem(a)
        if why is None:
            kept.append(given.normalised(a))
        else:
            skipped.append(Skipped(a.path or (a.id if isinstance(a.id, str) else repr(a.id)), why, a.line))
    return kept


def _read_file(path: Path) -> tuple[list[Article], list[Skipped]]:
    """The file's articles and what of it was skipped. Any exception but MemoryError becomes a
    skipped file with the exception's class and message: a library's (or our) failure on one
    odd input should cost that input, not the run of thousands, and the entry says what
    happened (the traceback is logged at debug level). MemoryError is let through: it says the
    machine is short (the limits are what keep one input from causing it), and carrying on
    would fail again."""
    kind, compressed = _kind(path)
    if kind is None:
        return [], [Skipped(str(path), "unsupported file type (expected .txt, .jsonl or .html)")]
    try:
        return _read_kind(path, kind, compressed)
    except InputProblem as e:
        return [], [Skipped(str(path), str(e))]
    except MemoryError:
        raise
    except Exception as e:
        log.debug("reading %s", path, exc_info=True)
        return [], [Skipped(str(path), f"unexpected error while reading ({type(e).__name__}: {str(e)[:200]})")]


def _read_kind(path: Path, kind: str, compressed: bool) -> tuple[list[Article], list[Skipped]]:
    if kind == "jsonl":
        try:
            with open_bytes(path, compressed) as stream:
                return read_jsonl_stream(path, stream)
        except (OSError, EOFError, zlib.error) as e:  # opening it, or its first bytes
            raise InputProblem(describe(e)[0]) from None
    if kind == "html":
        text, encoding = decode(read_whole(path, compressed, limits.MAX_PAGE_BYTES, "page"))
        return read_html(path, text, encoding), []
    text, encoding = decode(read_whole(path, compressed, limits.MAX_RECORD_BYTES, "article"))
    return read_plain(path, text, encoding), []


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
            if a.line is None and first.line is None and a.path and first.path:
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
