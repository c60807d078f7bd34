"""What a row read back from the store means, checked: a damaged page can hold anything, so a
column of the wrong type, or a value that does not decode, raises ``Damaged`` naming it (the
store boundary names the file)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from khulasa.grouping.copies import Print
from khulasa.model import Article, Figure
from khulasa.store.codec import unpack_analysis, unpack_signature
from khulasa.store.errors import Damaged

__all__ = ["MAYBE_INT", "MAYBE_NUMBER", "MAYBE_TEXT", "article_of", "print_of", "stored_print", "typed"]

# the types a column that may be NULL holds
MAYBE_TEXT, MAYBE_INT, MAYBE_NUMBER = (str, type(None)), (int, type(None)), (int, float, type(None))
ColumnTypes = Sequence[type | tuple[type, ...]]


def typed(rows: list[tuple], types: ColumnTypes, table: str) -> list[tuple]:
    """The rows, when each value is of its column's type."""
    for row in rows:
        if not all(map(isinstance, row, types)):
            raise Damaged(f"a row of its {table} table holds a value of the wrong type")
    return rows


def article_of(row: Sequence) -> tuple[Article, list[Figure]]:
    """An article rebuilt with its stored analysis, and its figures, from its columns id, text,
    source, title, url, path, line, encoding, published, the id of its original, analysis."""
    article_id, text, source, title, url, path, line, encoding, published, original, blob = row
    if not (type(article_id) is str and type(text) is str and isinstance(line, MAYBE_INT)
            and all(isinstance(v, MAYBE_TEXT) for v in (source, title, url, path, encoding, original))):
        raise Damaged("a column holds a value of the wrong type", article_id)
    article = Article(
        id=article_id, text=text, source=source, title=title, url=url, path=path, line=line, encoding=encoding,
        published=published_time(published, article_id), duplicate_of=original,
    )
    return unpack_analysis(article, blob)


def published_time(published: object, article_id: str) -> datetime | None:
    """A stored publication time (POSIX seconds) as a time."""
    if published is None:
        return None
    try:
        return datetime.fromtimestamp(published, UTC)  # type: ignore[arg-type]  # checked here
    except (TypeError, ValueError, OverflowError, OSError) as e:
        raise Damaged(f"its publication time {published!r} is not a time", article_id) from e


def print_of(article_id: str, published: float | None, content: str, signature: bytes) -> Print:
    """The copy-detection print of an article from its columns."""
    return Print(article_id, published_time(published, article_id), content, unpack_signature(signature, article_id))


def stored_print(row: tuple) -> Print:
    """The copy-detection print of a row of ``Store.originals_between`` (its content hash is not
    needed: equal contents are looked up by ``Store.originals_with_content``)."""
    _, article_id, published, _, signature = row
    return print_of(article_id, published, "", signature)
