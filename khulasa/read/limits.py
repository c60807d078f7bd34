"""How much one input may hold. A record or file over a limit is reported as skipped, and reading
never holds more than the limit in memory (a .gz is decompressed as a stream).

The values are read at each call, so a library user may change them for a run:
``khulasa.read.limits.MAX_RECORD_BYTES = 20 * limits.MB``.
"""
MB = 1024**2
GB = 1024**3

# One article: a JSON Lines line or a .txt file, as bytes in the file (decompressed). The
# longest of the 31,525 ANT articles is a 39 KB line; 5 MB is a book, not a news article, and
# keeps the time one record may cost the analysis bounded.
MAX_RECORD_BYTES = 5 * MB

# One HTML page: markup, scripts and inline images surround the text (news pages are 0.1-3 MB);
# the extractor holds the whole tree in memory.
MAX_PAGE_BYTES = 20 * MB

# One file, decompressed: about 20 times the whole ANT corpus as JSON Lines (109 MB), which is
# as much as one run holds in memory comfortably; a .gz that inflates past it (a gzip bomb: 2 MB
# can become 6 GB) is read no further.
MAX_FILE_BYTES = 2 * GB

# Lines of one file, blank ones included: bytes alone do not bound the work, since 2 GB of
# two-byte lines (a .gz of a few MB) would be a billion records; a million is 30 times ANT,
# and about what 2 GB of articles of average length (3.5 KB) hold.
MAX_FILE_LINES = 1_000_000


def size(n: int) -> str:
    """A limit for a message: 5 MB, 2 GB, 700 bytes."""
    for unit, name in ((GB, "GB"), (MB, "MB"), (1024, "KB")):
        if n >= unit:
            return f"{n / unit:g} {name}"
    return f"{n} bytes"
