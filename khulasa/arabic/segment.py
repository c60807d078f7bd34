"""Sentence segmentation with character offsets into the original text.

Splits at . ! ? ؟ … (and runs of them), never at the Arabic comma ، ; keeps decimals
(2.5) and thousands (350،000) whole; keeps a closing quote or bracket with the sentence it
ends; does not split inside a quotation that closes on the same line; drops the junk left
between sentences by scrapers (the ``.,`` separators). Every span satisfies
``text[start:end] == sentence`` with no leading or trailing whitespace.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from khulasa.arabic.normalize import strip_diacritics
from khulasa.arabic.resources import read_lines, read_table


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    terminated: bool  # ends with sentence-final punctuation
    whole_line: bool  # the segment is a full line of its own (a heading, a caption...)


@dataclass(frozen=True)
class _Marks:
    terminal: str
    close: str
    open: str
    symmetric: str
    junk: str
    abbreviations: frozenset[str]


@lru_cache(maxsize=1)
def _marks() -> _Marks:
    classes = {}
    for row in read_table("punctuation.tsv"):
        classes[row[0]] = "".join(chr(int(cp[2:], 16)) for cp in row[1].split())
    abbreviations = frozenset(line.strip() for line in read_lines("abbreviations.txt"))
    return _Marks(abbreviations=abbreviations, **classes)


_ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]")
_WORD_RUN = re.compile(r"[\w.\u0640\u064B-\u065F]+")  # a word before a full stop, dots included (U.S)


@lru_cache(maxsize=1)
def _patterns():
    m = _marks()
    terminal = re.compile("[" + re.escape(m.terminal) + "]+")
    return terminal


@lru_cache(maxsize=1)
def _longest_abbreviation() -> int:
    return max((len(a) for a in _marks().abbreviations), default=0)


_QUOTE_PAIRS = {"“": "”", "«": "»", "‘": "’", "‹": "›"}


@lru_cache(maxsize=1)
def _quote_pattern() -> re.Pattern:
    chars = "".join(_QUOTE_PAIRS) + "".join(_QUOTE_PAIRS.values()) + _marks().symmetric
    return re.compile("[" + re.escape(chars) + "]")


def _quoted_regions(line: str, marks: _Marks) -> list[list[tuple[int, int]]]:
    """(open, close) index pairs of quotations that open and close on this line, one list per
    kind of quote mark, in the order the kinds are tried; each list is sorted and disjoint."""
    found = [(m.start(), m.group()) for m in _quote_pattern().finditer(line)]
    if not found:
        return []
    groups: list[list[tuple[int, int]]] = []
    for opener, closer in _QUOTE_PAIRS.items():
        regions = []
        start = None
        for i, ch in found:
            if ch == opener and start is None:
                start = i
            elif ch == closer and start is not None:
                regions.append((start, i))
                start = None
        groups.append(regions)
    for q in marks.symmetric:
        positions = [i for i, ch in found if ch == q]
        if positions and len(positions) % 2 == 0:
            groups.append(list(zip(positions[::2], positions[1::2])))
    groups = [[r for r in regions if r[1] - r[0] <= 600] for regions in groups]
    return [g for g in groups if g]


def _quotation_around(groups: list[list[tuple[int, int]]], i: int) -> tuple[int, int] | None:
    """The quotation that holds index i (first kind first), by bisection: a line with
    thousands of quotes and stops must not compare every stop with every quote."""
    for regions in groups:
        k = bisect_left(regions, (i, -1)) - 1  # the last region opening before i
        if k >= 0 and regions[k][1] > i:
            return regions[k]
    return None


class _Words:
    """The runs of word characters (dots included) of a line, found once: the word before each
    full stop is looked up by bisection, not by scanning the line again from its start."""

    def __init__(self, line: str):
        self.line = line
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _WORD_RUN.finditer(line):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def start_before(self, i: int) -> int:
        """Where the word run ending just before index i starts (i when there is none)."""
        k = bisect_right(self.starts, i - 1) - 1
        if k < 0 or self.ends[k] < i:
            return i
        return self.starts[k]


def _is_false_stop(line: str, i: int, j: int, marks: _Marks, words: _Words) -> bool:
    """A single '.' at line[i] that does not end a sentence (decimal, initial, abbreviation)."""
    if j - i != 1 or line[i] != ".":
        return False
    before = line[i - 1] if i > 0 else ""
    after = line[j] if j < len(line) else ""
    if before.isdigit() and after.isdigit():
        return True
    w_start = words.start_before(i)
    w_len = i - w_start
    if w_len:
        if _is_abbreviation(line, w_start, i, marks):
            return True
        w = line[w_start:i] if w_len == 1 else ""
        if len(w) == 1 and _ARABIC_LETTER.match(w):
            return True  # an initial: د. محمد ، م. أحمد
        if len(w) == 1 and w.isalpha() and w.isupper():
            return True  # Latin initial: H. R. McMaster
    if after and not after.isspace() and after not in marks.close and after not in marks.junk:
        # glued to what follows: a domain (aljazeera.net), a number, or a run-on Arabic
        # sentence (الأسابيع.وقال). Only the last one is a boundary.
        return not (_ARABIC_LETTER.match(after) and w_len >= 2)
    return False


def _is_abbreviation(line: str, w_start: int, i: int, marks: _Marks) -> bool:
    """The word line[w_start:i], or its last dotted part (U.S of the U.S), is an abbreviation;
    only a short stretch is ever sliced (a long run of x.x.x would make this quadratic)."""
    longest = _longest_abbreviation()
    if i - w_start <= longest and line[w_start:i] in marks.abbreviations:
        return True
    last = line.rfind(".", w_start, i) + 1 or w_start
    return i - last <= longest and line[last:i] in marks.abbreviations


_HEADING_MAX_WORDS = 20


def _segment_line(line: str, offset: int, marks: _Marks, out: list[Segment]) -> None:
    n = len(line)
    stripped = line.strip().rstrip(marks.close + marks.junk).rstrip()
    if stripped and stripped[-1] not in marks.terminal and len(stripped.split()) <= _HEADING_MAX_WORDS:
        # A short line that does not end a sentence is a heading or a caption: one segment,
        # even if it holds a '..' separator (الغوطة.. أنباء عن حركة نزوح).
        first = len(line) - len(line.lstrip())
        last = first + len(stripped)
        out.append(Segment(offset + first, offset + last, False, True))
        return
    quotations = _quoted_regions(line, marks)
    words = _Words(line)
    junk_or_marks = marks.junk + "\u200f\u200e\ufeff"

    def blank(ch: str) -> bool:  # every kind of space (form feed, U+2028...), not only the usual
        return ch.isspace() or ch in junk_or_marks

    def skip(k: int) -> int:
        while k < n and blank(line[k]):
            k += 1
        return k

    first = start = skip(0)  # found once: a line may open with a long run of junk
    for m in _patterns().finditer(line):
        i, j = m.start(), m.end()
        if i < start:
            continue
        if _is_false_stop(line, i, j, marks, words):
            continue
        inside = _quotation_around(quotations, i)
        k = j
        while k < n and line[k] in marks.close:
            k += 1
        if inside is not None and k <= inside[1]:
            continue  # a full stop inside a quotation that goes on
        end = k
        seg_start = start
        start = skip(end)
        if end > seg_start:
            out.append(Segment(offset + seg_start, offset + end, True, seg_start == first and start >= n))
    if start < n:
        end = n
        while end > start and blank(line[end - 1]):
            end -= 1
        if end > start:
            out.append(Segment(offset + start, offset + end, False, start == first))


def segment(text: str) -> list[Segment]:
    """Sentence spans of ``text`` in order."""
    marks = _marks()
    out: list[Segment] = []
    offset = 0
    for line in text.split("\n"):
        first = len(out)
        _segment_line(line, offset, marks, out)
        if len(out) - first > 1:
            out[first:] = _with_tails(text, out[first:])
        offset += len(line) + 1
    return out


TAIL_MAX_WORDS = 7  # حسب ما ذكرت وكالة الأنباء السورية الرسمية سانا: the longest a sentence's tail runs


@lru_cache(maxsize=1)
def _tail_openers() -> frozenset[str]:
    return frozenset(row[0] for row in read_table("sentence_tails.tsv"))


def _with_tails(text: str, segments: list[Segment]) -> list[Segment]:
    """The segments of one line with a phrase that cannot stand alone (وإصابة 17 آخرين. حسب فرانس برس.) joined
    to the sentence before it: who told it ends that sentence (``sentence_tails.tsv``)."""
    out = segments[:1]
    for seg in segments[1:]:
        if _a_tail(text[seg.start:seg.end]) and out[-1].terminated:
            out[-1] = Segment(out[-1].start, seg.end, seg.terminated, out[-1].whole_line and seg.whole_line)
        else:
            out.append(seg)
    return out


def _a_tail(sentence: str) -> bool:
    words = sentence.split()
    if not 1 < len(words) <= TAIL_MAX_WORDS or "،" in sentence or "," in sentence:
        return False
    # (وفقاً، وفقـا: the word without its marks)
    return strip_diacritics(words[0]) in _tail_openers() and not any(ch.isdigit() for ch in sentence)


def sentences(text: str) -> list[str]:
    """Convenience: the sentence strings of ``text``."""
    return [text[s.start:s.end] for s in segment(text)]
