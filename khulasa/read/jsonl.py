"""JSON Lines: one article per line; ``text`` required; ``id``, ``title``, ``source``, ``url``,
``published`` optional. A bad line is reported with its number and the rest is read.

A line is read as strict JSON: NaN and Infinity, numbers out of float range (1e400) or of more
than 4,300 digits, and escapes of lone surrogates (\\ud800, not a character: the text could not
be written out as UTF-8) make it a skipped record, in whatever field they are.
"""
from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from khulasa.model import Article, Skipped
from khulasa.read import limits
from khulasa.read.decode import InputProblem, bom_codec, decode
from khulasa.read.stream import Stop, Stream, lines

# publication years taken as real: the date reader counts relative dates from the publication
# day, and a year such as 1 or 9999 is a placeholder or an error that would put every event
# thousands of years away (and past the ends of Python's dates); Arabic newspapers are not
# older than the 1820s, digitised archives rarely before 1900
YEARS = (1900, 2100)
_MAX_DIGITS = 4300  # Python's limit for converting digits to an int; no real field needs more
_HEAD_BYTES = 64 * 1024  # what the encoding of a file without a byte-order mark is judged on
_SURROGATE = re.compile("[\ud800-\udfff]")
# bad lines listed one by one per file; the rest are counted in one entry, so that a file of
# millions of bad lines does not make millions of entries
LISTED = 1000


class RecordProblem(ValueError):
    """A line that cannot be an article; the message says why, for the user."""


class _Bad:
    """One file's bad lines: the first LISTED as entries, the rest counted; and how many lines
    held anything (none: an empty file, reported as such)."""

    listed: list[Skipped]

    def __init__(self, path: Path):
        self.path, self.listed, self.more, self.content = path, [], 0, 0

    def add(self, reason: str, line: int | None) -> None:
        if len(self.listed) < LISTED:
            self.listed.append(Skipped(str(self.path), reason, line))
        else:
            self.more += 1

    def entries(self, stopped: bool = False) -> list[Skipped]:
        if not self.content and not stopped:
            return [Skipped(str(self.path), "empty file")]
        more = [Skipped(str(self.path), f"{self.more:,} more bad lines, not listed one by one")] if self.more else []
        return self.listed + more


def read_jsonl(path: Path, text: str, encoding: str) -> tuple[list[Article], list[Skipped]]:
    """Records of decoded text; lines over the record limit (counted in characters) skipped."""
    numbered = enumerate(text.split("\n"), start=1)
    articles: list[Article] = []
    bad = _Bad(path)
    _records(
        path,
        ((n, None if len(line) > limits.MAX_RECORD_BYTES else line) for n, line in numbered),
        encoding,
        articles,
        bad,
    )
    return articles, bad.entries()


def read_jsonl_stream(path: Path, stream: Stream) -> tuple[list[Article], list[Skipped]]:
    """Records of a binary stream, read a line at a time (UTF-8 or Windows-1256), so memory holds
    one line and the articles kept. A file that breaks partway keeps the lines read before."""
    codec = bom_codec(stream.peek(4)[:4])
    if codec and codec[0] != "utf-8-sig":
        return _read_wide(path, stream)
    articles: list[Article] = []
    bad = _Bad(path)
    try:
        numbered = lines(stream)
        head, stop = _head(numbered)
        if stop and not stop.keep:
            raise stop
        encoding = "utf-8-sig" if codec else _sniff(head)
        rest = () if stop else numbered
        decoded = ((n, _decode_line(line, encoding, n == 1)) for n, line in itertools.chain(head, rest))
        _records(path, decoded, encoding, articles, bad)
        if stop:
            raise stop
    except Stop as stop:
        if not stop.keep:
            return [], [Skipped(str(path), stop.reason)]
        return articles, bad.entries(stopped=True) + [Skipped(str(path), stop.reason, stop.line)]
    return articles, bad.entries()


def _records(
    path: Path,
    numbered: Iterable[tuple[int, str | RecordProblem | None]],
    encoding: str,
    articles: list[Article],
    bad: _Bad,
) -> None:
    """Each line's article or its reason, added as they come (when the lines break off, what
    was read before is kept). Records end at "\n" only: JSON strings may hold U+2028, U+0085
    and other characters that str.splitlines() would also cut at."""
    for number, line in numbered:
        if line is not None and not isinstance(line, RecordProblem) and not line.strip():
            continue
        bad.content += 1
        if number > limits.MAX_FILE_LINES:  # what the stream reader stops at, for decoded text
            bad.add(
                f"over the {limits.MAX_FILE_LINES:,} line limit for one file: lines from {number} on not read", number
            )
            return
        if line is None:
            bad.add(f"line over the {limits.size(limits.MAX_RECORD_BYTES)} limit for one record", number)
            continue
        if isinstance(line, RecordProblem):
            bad.add(str(line), number)
            continue
        try:
            articles.append(parse_record(path, number, line, encoding))
        except RecordProblem as e:
            bad.add(str(e), number)


def _read_wide(path: Path, stream: Stream) -> tuple[list[Article], list[Skipped]]:
    """UTF-16 or UTF-32 JSON Lines (a newline is more than one byte): decoded whole, up to the
    file limit."""
    data = stream.read(limits.MAX_FILE_BYTES + 1)
    if len(data) > limits.MAX_FILE_BYTES:
        raise InputProblem(
            f"over the {limits.size(limits.MAX_FILE_BYTES)} limit for one file (UTF-16 or UTF-32 is read whole)"
        )
    return read_jsonl(path, *decode(data))


def _head(numbered) -> tuple[list[tuple[int, bytes | None]], Stop | None]:
    """The first lines, and the Stop if the file broke off within them."""
    head, size = [], 0
    try:
        for item in numbered:
            head.append(item)
            size += len(item[1] or b"")
            if size >= _HEAD_BYTES:
                break
    except Stop as stop:
        return head, stop
    return head, None


def _sniff(head: list[tuple[int, bytes | None]]) -> str:
    """UTF-8 when any line of the head with non-ASCII bytes is UTF-8 (a damaged line among good
    ones is then skipped alone), else what decode() makes of the head: Windows-1256 or refused."""
    data = b"".join(line for _, line in head if line is not None)
    wide = [line for line in data.split(b"\n") if not line.isascii()]
    if not wide or any(_is_utf8(line) for line in wide):
        return "utf-8"
    return decode(data)[1]


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_line(line: bytes | None, encoding: str, first: bool) -> str | RecordProblem | None:
    if line is None:
        return None
    if encoding == "windows-1256":
        return line.decode("cp1256")
    if first and encoding == "utf-8-sig":
        line = line[3:]
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as e:
        return RecordProblem(f"invalid UTF-8 (byte 0x{line[e.start]:02x} at byte {e.start + 1} of the line)")


def parse_record(path: Path, number: int, line: str, encoding: str) -> Article:
    """The article of one line, or RecordProblem."""
    row = _loads(line)
    if not isinstance(row, dict):
        raise RecordProblem("line is not a JSON object")
    if "\\u" in line:
        _refuse_lone_surrogates(row)
    return Article(
        id=_id(row) or f"{path.stem}:{number}",
        text=_text(row),
        path=str(path),
        line=number,
        title=_optional(row, "title"),
        source=_optional(row, "source"),
        url=_optional(row, "url"),
        published=parse_published(row.get("published")),
        encoding=encoding,
    )


def _loads(line: str):
    try:
        return json.loads(line, parse_constant=_no_constant, parse_float=_finite, parse_int=_int)
    except RecordProblem:
        raise
    except json.JSONDecodeError as e:
        raise RecordProblem(f"malformed JSON ({e.msg} at column {e.colno})") from None
    except RecursionError:
        raise RecordProblem("JSON nested too deeply") from None
    except ValueError as e:
        raise RecordProblem(f"malformed JSON ({e})") from None


def _no_constant(name: str):
    raise RecordProblem(f"{name} is not a JSON number")


def _finite(digits: str) -> float:
    value = float(digits)
    if not math.isfinite(value):
        shown = digits if len(digits) <= 20 else digits[:20] + "…"
        raise RecordProblem(f"number {shown} is out of range (over 1e308)")
    return value


def _int(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        raise RecordProblem(f"a number of more than {_MAX_DIGITS:,} digits")
    return int(digits)


def _refuse_lone_surrogates(row: dict) -> None:
    for key, value in row.items():
        stack = [key, value]
        while stack:
            v = stack.pop()
            if isinstance(v, str):
                found = _SURROGATE.search(v)
                if found:
                    name = key.encode("utf-8", "backslashreplace").decode("utf-8")
                    raise RecordProblem(
                        f"'{name}' holds an escaped lone surrogate (\\u{ord(found.group()):04x}), not a character"
                    )
            elif isinstance(v, dict):
                stack.extend(itertools.chain.from_iterable(v.items()))
            elif isinstance(v, list):
                stack.extend(v)


def _what(value) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _text(row: dict) -> str:
    body = row.get("text")
    if body is None:
        raise RecordProblem("no 'text' field with article text")
    if not isinstance(body, str):
        raise RecordProblem(f"'text' is {_what(body)}, not a string")
    if not body.strip():
        raise RecordProblem("'text' is empty")
    return body


def _id(row: dict) -> str | None:
    """A string, or a whole number as its decimal digits (ids given as JSON numbers are common)."""
    value = row.get("id")
    if value in (None, ""):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise RecordProblem(f"'id' is {_what(value)}, not a string or a whole number")


def _optional(row: dict, name: str) -> str | None:
    value = row.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordProblem(f"'{name}' is {_what(value)}, not a string")
    return value.strip() or None


def parse_published(value) -> datetime | None:
    """ISO 8601 date or date-time in YEARS; naive times are taken as UTC. Raises RecordProblem."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise RecordProblem(f"'published' is {_what(value)}, not a string")
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError as e:
        raise RecordProblem(f"bad 'published' date: {e}") from None
    if not YEARS[0] <= dt.year <= YEARS[1]:
        raise RecordProblem(f"bad 'published' date: year {dt.year} is outside {YEARS[0]}–{YEARS[1]}")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt
