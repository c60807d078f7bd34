"""A file's bytes, decompressed as a stream when it is a .gz, within the limits: a whole file for
one article, or its lines one at a time for JSON Lines."""
from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from khulasa.read import limits
from khulasa.read.decode import InputProblem

_SKIP_CHUNK = 1024 * 1024


class Stop(Exception):
    """Reading a file's lines stopped early. ``keep``: the lines before are good (a truncated
    .gz, a read error, the file limit); otherwise none of the file can be trusted (corrupt .gz)."""

    def __init__(self, reason: str, line: int | None, keep: bool):
        super().__init__(reason)
        self.reason, self.line, self.keep = reason, line, keep


# a file as open_bytes opens it: both kinds can peek at their first bytes
Stream = gzip.GzipFile | io.BufferedReader


def open_bytes(path: Path, compressed: bool) -> Stream:
    return gzip.open(path, "rb") if compressed else open(path, "rb")


def describe(e: OSError | EOFError | zlib.error) -> tuple[str, bool]:
    """(reason, whether the data before the break is good) for a stream error."""
    if isinstance(e, EOFError):
        # deflate data decodes in order: what came out before the cut is exactly what was written
        return "truncated .gz: the compressed data ends early", True
    if isinstance(e, (gzip.BadGzipFile, zlib.error)):
        # a bad header, bad deflate data or a CRC that does not match: some bytes differ from
        # what was written and nothing says which, so no article from it is trusted
        return f"corrupt .gz ({e})", False
    return f"cannot read: {e.strerror or e}", True  # any other OSError


def read_whole(path: Path, compressed: bool, limit: int, what: str) -> bytes:
    """The file's bytes, or InputProblem when it cannot be read or holds more than ``limit``."""
    try:
        with open_bytes(path, compressed) as f:
            data = f.read(limit + 1)
    except (OSError, EOFError, zlib.error) as e:
        raise InputProblem(describe(e)[0]) from None
    if len(data) > limit:
        raise InputProblem(f"over the {limits.size(limit)} limit for one {what}")
    return data


def lines(stream: Stream) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line, the line None when it is over the record limit; raises
    Stop when the stream breaks or the file passes its limit. A line comes out only once its
    newline (or the clean end of the data) has been read, so a cut line is never taken whole."""
    max_record, max_file, max_lines = limits.MAX_RECORD_BYTES, limits.MAX_FILE_BYTES, limits.MAX_FILE_LINES
    total = number = 0
    try:
        while True:
            number += 1
            line: bytes | None = stream.readline(max_record + 1)
            if not line:
                return
            if number > max_lines:
                raise Stop(
                    f"over the {max_lines:,} line limit for one file: lines from {number} on not read",
                    number,
                    keep=True,
                )
            total += len(line)
            if len(line) > max_record and not line.endswith(b"\n"):
                total += _skip_line(stream, max_file - total)
                line = None
            if total > max_file:
                raise Stop(
                    f"over the {limits.size(max_file)} limit for one file (decompressed): "
                    f"lines from {number} on not read",
                    number,
                    keep=True,
                )
            yield number, line
    except (OSError, EOFError, zlib.error) as e:
        reason, keep = describe(e)
        raise Stop(
            f"{reason}; lines before {number} were read" if keep else reason, number if keep else None, keep
        ) from None


def _skip_line(stream: Stream, budget: int) -> int:
    """Read to the end of an overlong line without keeping it (or past ``budget`` bytes, where
    the file limit stops reading anyway); how many bytes were read."""
    skipped = 0
    while skipped <= budget:
        chunk = stream.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            break
    return skipped
