"""The packed formats of the values the store keeps per article: plain data, never code.

A store file may come from anyone, so reading one must not run what it holds (pickle would),
and every value read back is checked: a value that does not decode raises ``Damaged`` naming
what it is (and its article), which the store boundary turns into a StoreError naming the file.

Formats (codec ``CODEC_VERSION``, 2; the store's schema version 2 holds these and only these):

* an analysis (``pack_analysis``): the codec byte, then zlib-compressed UTF-8 JSON
  ``[sentences, figures]``; a sentence ``[start, end, kind, terms, words, dates]`` (``terms``
  one space-separated string when that reads back the same, else a list; ``dates`` None when
  not read, else rows ``[start, end]`` or ``[start, end, first day, last day, grain]`` with
  offsets into the sentence and days as ordinals), a figure its ``_FIGURE_FIELDS`` in order;
* a story vector's bag of terms (``pack_bag``): the codec byte, then zlib-compressed: the number
  of terms (uint32), their weights (float64), both little-endian, then the terms in UTF-8
  separated by NUL;
* a MinHash signature (``pack_signature``): ``NUM_PERM`` little-endian uint64, no codec byte (its
  length is its check).

A packed value decompresses to at most ``LARGEST`` bytes: a decompression bomb is refused.
"""
from __future__ import annotations

import json
import zlib
from datetime import date
from typing import Any

import numpy as np

from khulasa.analyse.fingerprint import NUM_PERM
from khulasa.arabic.dates import DateMatch, DateValue
from khulasa.grouping.storylines import Lead, Profile
from khulasa.model import Article, Figure, Sentence
from khulasa.store.errors import Damaged

__all__ = [
    "CODEC_VERSION", "LARGEST", "pack_analysis", "unpack_analysis", "unpack_figures", "pack_bag", "unpack_bag",
    "pack_signature", "unpack_signature",
]

# The first byte of a packed analysis or bag. A new layout takes the next number, and a value of
# any other number is refused by name (``_inflate``), never guessed at: the store's boundary turns
# that into a StoreError naming the file and telling to ingest the articles into a new store.
# 1: the first plain-data layout; 2: a figure also holds its source's span, canonical source, type
# and conduit (``source_start`` ... ``conduit``, after ``sentence_end``)
CODEC_VERSION = 2
_CODEC = bytes([CODEC_VERSION])
LARGEST = 64 << 20  # bytes a packed value may decompress to

_MAYBE_TEXT, _MAYBE_INT, _MAYBE_NUMBER = (str, type(None)), (int, type(None)), (int, float, type(None))


# -- the envelope: codec byte, zlib -------------------------------------------------------------


def _deflate(data: bytes) -> bytes:
    return _CODEC + zlib.compress(data, 1)


def _inflate(blob: object, what: str, article_id: str | None = None) -> bytes:
    """The bytes a packed value holds, when it is of this codec and decompresses whole to at most
    ``LARGEST`` bytes, or Damaged (``what`` the value is, for the message)."""
    if type(blob) is not bytes:
        raise Damaged(f"{what} is not in this khulasa's encoding (a {type(blob).__name__}, not bytes)", article_id)
    if blob[:1] != _CODEC:
        found = f"codec byte {blob[0]}" if blob else "no codec byte: it is empty"
        raise Damaged(f"{what} is not in this khulasa's encoding ({found}; this khulasa reads codec {CODEC_VERSION})",
                      article_id)
    z = zlib.decompressobj()
    try:
        data = z.decompress(memoryview(blob)[1:], LARGEST)
    except zlib.error as e:
        raise Damaged(f"{what} does not decode ({e})", article_id) from e
    if not z.eof or z.unused_data:
        raise Damaged(f"{what} is truncated, too large or followed by other data", article_id)
    return data


def _pack_json(value: object) -> bytes:
    return _deflate(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def _unpack_json(blob: object, what: str, article_id: str | None = None) -> Any:
    """The JSON value of a packed value: plain data whatever it holds, or Damaged."""
    data = _inflate(blob, what, article_id)
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as e:  # UnicodeDecodeError, JSONDecodeError are ValueErrors
        raise Damaged(f"{what} does not decode ({e})", article_id) from e


# -- an article's analysis: sentences (with their dates) and figures ------------------------------


def pack_analysis(sentences: list[Sentence], figures: list[Figure]) -> bytes:
    """Sentences (offsets, kind, terms, word count: their text is the article's; the dates
    read in them) and figures."""
    return _pack_json([[_pack_sentence(s) for s in sentences], [_pack_figure(f) for f in figures]])


def unpack_analysis(article: Article, blob: bytes) -> tuple[Article, list[Figure]]:
    """The article with its sentences rebuilt from ``pack_analysis``, and its figures."""
    packed = _unpack_json(blob, "its analysis", article.id)
    try:
        sentences, figures = packed
        text = article.text
        article.sentences = [_unpack_sentence(article.id, text, k, row) for k, row in enumerate(sentences)]
        return article, [_unpack_figure(text, row) for row in figures]
    except (TypeError, ValueError, IndexError, OverflowError) as e:  # lists of the wrong shape or values
        raise Damaged(f"its analysis is not in this khulasa's layout ({e})", article.id) from e


def unpack_figures(article_id: str, text: str, blob: bytes) -> list[Figure]:
    """The figures of a ``pack_analysis`` alone (its sentences are not rebuilt)."""
    packed = _unpack_json(blob, "its analysis", article_id)
    try:
        _, figures = packed
        return [_unpack_figure(text, row) for row in figures]
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        raise Damaged(f"its analysis is not in this khulasa's layout ({e})", article_id) from e


def _pack_sentence(s: Sentence) -> list:
    return [s.start, s.end, s.kind, _pack_terms(s.terms), s.words, _pack_dates(s.dates)]


def _unpack_sentence(article_id: str, text: str, k: int, row: list) -> Sentence:
    start, end, kind, terms, words, dates = row
    if type(terms) is str:
        terms = terms.split(" ")
    elif not (type(terms) is list and set(map(type, terms)) <= {str}):
        raise ValueError(f"sentence {k}'s terms")
    if not (_span(start, end, len(text)) and type(kind) is str and type(words) is int):
        raise ValueError(f"sentence {k}")
    dates = _unpack_dates(text, start, end, dates)
    # its kind as stored (a string, not checked against the kinds this khulasa gives)
    return Sentence(article_id, k, start, end, text[start:end], row[2], tuple(terms), words, dates)


def _pack_terms(terms: tuple[str, ...]) -> str | list[str]:
    """One string, the terms separated by spaces, when none is empty or holds a space (JSON reads
    one string much faster than many), else the list."""
    joined = " ".join(terms)
    return joined if terms and joined.count(" ") == len(terms) - 1 and "" not in terms else list(terms)


def _span(start: object, end: object, length: int) -> bool:
    return type(start) is int and type(end) is int and 0 <= start <= end <= length


def _pack_dates(dates: tuple[Any, ...] | None) -> list | None:
    """A sentence's dates (each a ``DateMatch``, or anything with its ``start``, ``end`` and
    ``value``: None or ``first`` and ``last`` days and a ``grain``)."""
    if dates is None:
        return None
    return [
        [m.start, m.end, m.value.first.toordinal(), m.value.last.toordinal(), m.value.grain]
        if m.value else [m.start, m.end]
        for m in dates
    ]


def _unpack_dates(text: str, start: int, end: int, packed: list | None) -> tuple[DateMatch, ...] | None:
    """The dates of the sentence ``text[start:end]`` (offsets into the sentence)."""
    if packed is None:  # not read
        return None
    out = []
    for m in packed:  # [start, end] (no anchor to read it against) or [start, end, first, last, grain]
        if not (type(m) is list and len(m) in (2, 5) and _span(m[0], m[1], end - start)):
            raise ValueError("a date")
        value = None
        if len(m) == 5:
            if type(m[4]) is not str:
                raise ValueError("a date's grain")
            value = DateValue(date.fromordinal(m[2]), date.fromordinal(m[3]), m[4])
        out.append(DateMatch(m[0], m[1], text[start + m[0]:start + m[1]], value))
    return tuple(out)


# Figure's fields in their stored order, with the types each may hold (its dates as day numbers)
_FIGURE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "article": str, "start": int, "end": int, "quote": str, "value": _MAYBE_NUMBER, "low": _MAYBE_NUMBER,
    "high": _MAYBE_NUMBER, "approx": bool, "bound": _MAYBE_TEXT, "vague": bool, "unit": str, "measure": str,
    "subject": _MAYBE_TEXT, "place": _MAYBE_TEXT, "source": _MAYBE_TEXT, "as_of": _MAYBE_TEXT, "period": str,
    "as_of_first": _MAYBE_INT, "as_of_last": _MAYBE_INT, "subset": bool, "sentence_start": int, "sentence_end": int,
    "source_start": _MAYBE_INT, "source_end": _MAYBE_INT, "source_canonical": _MAYBE_TEXT, "source_type": _MAYBE_TEXT,
    "conduit": _MAYBE_TEXT, "as_of_event": _MAYBE_TEXT, "cause": _MAYBE_TEXT,
}
# the fields a figure stored before known events (schema 4 as first written), or before causes, lacks:
# read as None
_FIGURE_LATER = ("as_of_event", "cause")
_FIGURE_DATES = ("as_of_first", "as_of_last")


def _pack_figure(f: Figure) -> list:
    row = {name: getattr(f, name) for name in _FIGURE_FIELDS}
    for name in _FIGURE_DATES:
        if row[name] is not None:
            row[name] = row[name].toordinal()
    return list(row.values())


def _unpack_figure(text: str, row: list) -> Figure:
    if type(row) is list and len(_FIGURE_FIELDS) - len(_FIGURE_LATER) <= len(row) < len(_FIGURE_FIELDS):
        row = [*row, *(None for _ in range(len(_FIGURE_FIELDS) - len(row)))]
    if not (type(row) is list and len(row) == len(_FIGURE_FIELDS)
            and all(map(isinstance, row, _FIGURE_FIELDS.values()))):
        raise ValueError("a figure")
    values = dict(zip(_FIGURE_FIELDS, row, strict=True))
    for name in _FIGURE_DATES:
        if values[name] is not None:
            values[name] = date.fromordinal(values[name])
    f = Figure(**values)
    if not (_span(f.start, f.end, len(text)) and _span(f.sentence_start, f.sentence_end, len(text))):
        raise ValueError("a figure's offsets")
    if (f.source_start is None) != (f.source_end is None) or (
        f.source_start is not None and not _span(f.source_start, f.source_end, len(text))
    ):
        raise ValueError("a figure's source offsets")
    return f


# -- a story vector's bag of terms ----------------------------------------------------------------


def pack_bag(bag: list[tuple[str, float]]) -> bytes:
    """The number of terms (uint32), their weights (float64), both little-endian, then the terms
    in UTF-8 separated by NUL: an ingest reads a thousand stored bags a batch, and as JSON their
    terms took twice as long to read as pickles did."""
    terms = "\x00".join(t for t, _ in bag)
    if terms.count("\x00") != max(len(bag) - 1, 0):
        raise ValueError("a term of a story vector holds a NUL character")
    weights = np.array([w for _, w in bag], dtype="<f8").tobytes()
    return _deflate(len(bag).to_bytes(4, "little") + weights + terms.encode("utf-8"))


def unpack_bag(blob: bytes) -> list[tuple[str, float]]:
    data = _inflate(blob, "a story vector")
    n = int.from_bytes(data[:4], "little")
    try:
        weights = np.frombuffer(data, "<f8", n, 4).tolist()
        text = data[4 + 8 * n:].decode("utf-8")
    except ValueError as e:  # too short for its count, or not UTF-8
        raise Damaged(f"a story vector does not decode ({e})") from e
    terms = text.split("\x00") if n else []
    if len(data) < 4 or len(terms) != n or (not n and text):
        raise Damaged("a story vector's terms are not as many as its weights")
    return list(zip(terms, weights, strict=True))


# -- a MinHash signature --------------------------------------------------------------------------


def pack_signature(signature: np.ndarray) -> bytes:
    return signature.astype("<u8").tobytes()


def unpack_signature(blob: object, article_id: str) -> np.ndarray:
    """MinHash values, stored as little-endian uint64."""
    if type(blob) is not bytes or len(blob) != 8 * NUM_PERM:
        raise Damaged("its MinHash signature is not one", article_id)
    return np.frombuffer(blob, dtype="<u8")


def pack_lead(lead: Lead) -> str:
    """An original's lead for threading: JSON [stems, countries], then its happening if any."""
    packed: list[object] = [list(lead.terms), list(lead.countries)]
    if lead.happening:
        packed.append(lead.happening)
    return json.dumps(packed, ensure_ascii=False)


def unpack_lead(text: str) -> Lead:
    try:
        stems, countries, *rest = json.loads(text)
        happening = rest[0] if len(rest) == 1 else "" if not rest else None
        if all(type(t) is str for t in stems) and all(type(c) is str for c in countries) and type(happening) is str:
            return Lead(tuple(stems), tuple(countries), happening)
    except (ValueError, TypeError):
        pass
    raise Damaged("a lead that does not decode")


def pack_profile(p: Profile) -> str:
    """A story's storyline profile: JSON [first day, last day, [[stem, weight]...], [[country, n]...]],
    then its happening if any (stores written before happenings read as none)."""
    packed: list[object] = [p.first, p.last, [list(x) for x in p.vector], [list(x) for x in p.countries]]
    if p.happening:
        packed.append(p.happening)
    return json.dumps(packed, ensure_ascii=False)


def profile_words(story: str, text: str) -> tuple[list[tuple[str, float]], str]:
    """A stored profile's (stem, weight) pairs and happening, read without checking and building
    the whole profile (to tell whether it can matter before unpacking it)."""
    try:
        _, _, vector, _, *rest = json.loads(text)
        return [(t, float(w)) for t, w in vector], rest[0] if rest and type(rest[0]) is str else ""
    except (ValueError, TypeError):
        raise Damaged(f"the storyline profile of story {story} does not decode") from None


def unpack_profile(story: str, text: str) -> Profile:
    try:
        first, last, vector, countries, *rest = json.loads(text)
        happening = rest[0] if len(rest) == 1 else "" if not rest else None
        if all(isinstance(d, int | None) for d in (first, last)) and all(
            type(t) is str and isinstance(w, float | int) for t, w in vector
        ) and all(type(c) is str and type(n) is int for c, n in countries) and type(happening) is str:
            return Profile(story, first, last, tuple((t, float(w)) for t, w in vector),
                           tuple((c, n) for c, n in countries), happening)
    except (ValueError, TypeError):
        pass
    raise Damaged(f"the storyline profile of story {story} does not decode")
