"""What caused a toll: the happening its sentence names nearest the number (مقتل 30 في غارات على دوما;
الزلزال الذي أسفر عن مقتل نحو مائة شخص), so that claims keep two happenings of one place and day apart
and join one disaster's toll however each report dates it. The words are data:
``news/data/causes.tsv``."""
from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache

from khulasa.arabic.normalize import normalize, normalize_sentence
from khulasa.model import Article, Figure
from khulasa.news.causes import ANOTHER, NOT_ANOTHER, another, cause_words, is_another, lasting, narrows

# what befell people: the tolls a cause is read for
TOLLS = frozenset({"killed", "wounded", "casualties", "missing", "rescued", "displaced"})
AFTER_REACH = 8  # words from a number to the cause after it (مقتل 30 مدنيا على الأقل في غارات جوية)
NARROWER_REACH = 6  # a cause's words to a narrower one after it (بهجوم شنه النظام السوري بغاز الكلور)
_MARKS = ".,،؛;:!?()[]«»\"'“”‘’…/-"


def with_causes(article: Article, figures: list[Figure]) -> list[Figure]:
    """Each toll with the cause its sentence names; a toll whose sentence names none, with the happening
    the article is about, when that is a disaster or an attack that does not last (its title's, else its
    lead's: «زلزال مدمر يضرب لومبوك», then «وارتفع عدد القتلى إلى 131»)."""
    text = article.text
    established: list[str | None] = []  # (read once, when a toll's sentence names no cause)
    out = []
    for f in figures:
        if f.measure in TOLLS and f.sentence_end > f.sentence_start:
            cause = cause_of(text[f.sentence_start:f.sentence_end], f.start - f.sentence_start)
            if cause is None:
                if not established:
                    established.append(_established(article))
                cause = established[0]
            if cause is not None:
                f = replace(f, cause=cause)
        out.append(f)
    return out


def _established(article: Article) -> str | None:
    """The happening the article is about, when it does not last: the first cause its title names, else
    its lead's (its first sentence of body text)."""
    lead = next((s.text for s in article.sentences if s.kind == "body"), "")
    for text in (article.title or "", lead):
        causes = _causes_in(text)
        if causes:
            cause = _narrowed(causes[0], causes)
            return None if lasting(cause) or is_another(cause) else cause
    return None


def cause_of(sentence: str, at: int) -> str | None:
    """The cause named nearest the number at ``at`` in the sentence: after it within ``AFTER_REACH``
    words (في غارات، جراء الزلزال), else the nearest before it (الزلزال الذي أسفر عن مقتل); not one far
    after it, past other clauses (its article's happening is likelier)."""
    causes = _causes_in(sentence)
    if not causes:
        return None  # (most sentences name no cause)
    # the number's word: as many words stand before it, counted as the causes' are (normalised: a lone
    # tatweel is no word)
    k = len(normalize(sentence[:at]).split())  # (not the remembered normaliser: a prefix would crowd it out)
    after = [c for c in causes if k <= c[0] <= k + AFTER_REACH]
    before = [c for c in causes if c[0] < k]
    chosen = after[0] if after else before[-1] if before else None
    return None if chosen is None else _narrowed(chosen, causes)


def _narrowed(chosen: tuple[int, str, bool], causes: tuple[tuple[int, str, bool], ...]) -> str:
    """A cause named more precisely right after (هجوم كيماوي، هجوم بغاز الكلور: chemical, not the day's raids;
    حادث تحطم: an accident; happenings.tsv, narrowed by); a cause followed by «another» is another happening."""
    at, cause, other = chosen
    narrower = next((c for c in causes if at < c[0] <= at + NARROWER_REACH and narrows(cause, c[1])), None)
    if narrower is not None:
        at, cause, other = narrower
    return another(cause) if other else cause


@lru_cache(maxsize=1024)
def _causes_in(sentence: str) -> tuple[tuple[int, str, bool], ...]:
    """The sentence's cause words: (word index, cause, followed by «another»), looked up as written with
    their clitics among every glued form of them; a phrase of two words (انهيار أرضي) before its first
    word alone. (Once a sentence: each of its tolls asks.)"""
    forms, phrases = _forms()
    words = [w.strip(_MARKS) for w in normalize_sentence(sentence).split()]
    named = {k: forms[w] for k, w in enumerate(words) if w in forms}
    undo = _undoing()
    if not phrases.keys().isdisjoint(words):
        named.update({
            k: phrases[w][words[k + 1]] for k, w in enumerate(words[:-1])
            if w in phrases and words[k + 1] in phrases[w]
        })
    if not named:
        return ()  # (most sentences)
    return tuple(
        (k, c, named.get(k + 1) == ANOTHER and (k + 2 >= len(words) or words[k + 2] not in undo))
        for k, c in sorted(named.items()) if c != ANOTHER
    )


@cache
def _undoing() -> frozenset[str]:
    """The words that, right after «another», undo it (الأول من نوعه، أول أمس)."""
    return frozenset(w for w, cause in cause_words().items() if cause == NOT_ANOTHER)


# the clitics news glues to a cause word, in order: و ف, then ب ل ك, then ال (or the ل of للقصف, ال's alif dropped
# after ل); «another» takes only ال (آخر، الأول; not وأخرى: غارات روسية وأخرى سورية)
_GLUED = (("", "و", "ف"), ("", "ب", "ل", "ك"), ("", "ال", "ل"))
_GLUED_ANOTHER = (("",), ("",), ("", "ال"))


@cache
def _forms() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Every glued form of each cause word (وبالزلزال، للقصف) with its cause; and the phrases of two words, by
    their first word (their first word glued alike)."""
    forms: dict[str, str] = {}
    phrases: dict[str, dict[str, str]] = {}
    for word, cause in cause_words().items():
        first, _, second = word.partition(" ")
        if cause == NOT_ANOTHER:
            continue  # (looked up only after «another»: _undoing)
        glued = _GLUED_ANOTHER if cause == ANOTHER else _GLUED
        for a in glued[0]:
            for b in glued[1]:
                for c in glued[2]:
                    if second:
                        phrases.setdefault(a + b + c + first, {})[second] = cause
                    else:
                        forms.setdefault(a + b + c + word, cause)
    return forms, phrases
