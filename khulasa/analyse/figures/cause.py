"""What caused a toll: the happening its sentence names nearest the number (مقتل 30 في غارات على دوما;
الزلزال الذي أسفر عن مقتل نحو مائة شخص), so that claims keep two happenings of one place and day apart
and join one disaster's toll however each report dates it. The words are data:
``news/data/causes.tsv``."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from khulasa.arabic.clitics import bare
from khulasa.arabic.normalize import normalize
from khulasa.model import Article, Figure
from khulasa.news.causes import ANOTHER, another, cause_words, lasting

# what befell people: the tolls a cause is read for
TOLLS = frozenset({"killed", "wounded", "casualties", "missing", "rescued", "displaced"})
AFTER_REACH = 8  # words from a number to the cause after it (مقتل 30 مدنيا على الأقل في غارات جوية)
NARROWER_REACH = 6  # a lasting cause's words to a narrower one after it (بهجوم شنه النظام السوري بغاز الكلور)
ANOTHER_REACH = 2  # a cause word's words to «another» (زلزالا آخرا، زلزال أول)
_WORD = re.compile(r"\S+")
_MARKS = ".,،؛;:!?()«»\"'"


def with_causes(article: Article, figures: list[Figure]) -> list[Figure]:
    """Each toll with the cause its sentence names; a toll whose sentence names none, with the happening
    the article is about, when that is a disaster or an attack that does not last (its title's, else its
    lead's: «زلزال مدمر يضرب لومبوك», then «وارتفع عدد القتلى إلى 131»)."""
    tolls = [f for f in figures if f.measure in TOLLS and f.sentence_end > f.sentence_start]
    if not tolls:
        return figures
    established = _established(article)
    text = article.text
    out = []
    for f in figures:
        if f.measure in TOLLS and f.sentence_end > f.sentence_start:
            cause = cause_of(text[f.sentence_start:f.sentence_end], f.start - f.sentence_start) or established
            if cause is not None:
                f = replace(f, cause=cause)
        out.append(f)
    return out


def _established(article: Article) -> str | None:
    """The happening the article is about, when it does not last: the first cause its title names, else
    its lead's (its first sentence)."""
    for text in (article.title or "", article.sentences[0].text if article.sentences else ""):
        _, causes = _causes_in(text)
        if causes:
            cause = _narrowed(causes[0], causes)
            return None if lasting(cause) or ":" in cause else cause
    return None


def cause_of(sentence: str, at: int) -> str | None:
    """The cause named nearest the number at ``at`` in the sentence: after it within ``AFTER_REACH``
    words (في غارات، جراء الزلزال), else the nearest before it (الزلزال الذي أسفر عن مقتل)."""
    starts, causes = _causes_in(sentence)
    if not causes:
        return None  # (most sentences name no cause)
    k = bisect_left(starts, at)
    after = [c for c in causes if c[0] >= k and c[0] - k <= AFTER_REACH]
    before = [c for c in causes if c[0] < k]
    chosen = after[0] if after else before[-1] if before else None
    return None if chosen is None else _narrowed(chosen, causes)


def _narrowed(chosen: tuple[int, str, bool], causes: tuple[tuple[int, str, bool], ...]) -> str:
    """A lasting cause named more narrowly right after (هجوم كيماوي، هجوم بغاز الكلور: chemical, not the
    day's raids); a cause followed by «another» is another happening."""
    at, cause, other = chosen
    if lasting(cause):
        narrower = next((c for c in causes if at < c[0] <= at + NARROWER_REACH and not lasting(c[1])), None)
        if narrower is not None:
            at, cause, other = narrower
    return another(cause) if other else cause


@lru_cache(maxsize=1024)
def _causes_in(sentence: str) -> tuple[list[int], tuple[tuple[int, str, bool], ...]]:
    """Where each word of the sentence starts, and its cause words: (word index, cause, followed by
    «another»). (Once a sentence: each of its tolls asks.)"""
    spans = list(_WORD.finditer(sentence))
    named = [_cause(m.group()) for m in spans]
    causes = tuple(
        (k, c, any(n == ANOTHER for n in named[k + 1:k + 1 + ANOTHER_REACH]))
        for k, c in enumerate(named) if c is not None and c != ANOTHER
    )
    return [m.start() for m in spans], causes


def _cause(word: str) -> str | None:
    """The cause a word names, looked up bare: without و ف, ب ل ك and ال (وبالزلزال، للقصف)."""
    words = cause_words()
    key = normalize(word.strip(_MARKS))
    for form in _bare_forms(key):
        if form in words:
            return words[form]
    return None


def _bare_forms(key: str) -> tuple[str, ...]:
    first = bare(key, "conjunction")
    second = bare(first, "particle")
    forms = [key, first, second]
    for w in (first, second):
        if w.startswith("ال") and len(w) > 4:
            forms.append(w[2:])
    if first.startswith("لل") and len(first) > 4:
        forms.append(first[2:])  # (للقصف: ل with ال's alif dropped)
    return tuple(forms)
