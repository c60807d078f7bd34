"""What one token is worth on its own: digits with their separators, or a number word, perhaps
with a glued و, a preposition, the article or a pronoun. The word rules are tried in order; the
first that answers (even "not a number") decides."""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache

from khulasa.arabic.clitics import bare
from khulasa.arabic.numbers.words import ARABIC_COMMA, grammar, words

WordValue = tuple[float, str] | None  # (value, class) of a number word
WordReading = tuple[WordValue, bool]  # and whether a glued و was taken off


def digit_value(key: str) -> float | None:
    """Digits with separators: the last separator is a decimal point when the group after it
    is not three digits long (12،220,13 = 12220.13; 350،000 = 350000; 1,5 = 1.5). None past
    1e308: 400 digits read as infinity, which is no count."""
    value = _digits_read(key)
    return value if value is not None and math.isfinite(value) else None


def _digits_read(key: str) -> float | None:
    k = key.replace(ARABIC_COMMA, ",")
    groups = re.split(r"[,.]", k)
    seps = re.findall(r"[,.]", k)
    if not seps:
        return float(k) if k.isdigit() else None
    if "." in seps and seps.count(".") == 1 and seps[-1] == ".":
        return float("".join(groups[:-1]) + "." + groups[-1])  # 1,000,000.00
    if len(groups[-1]) != 3 or (len(seps) == 1 and seps[0] == "."):
        return float("".join(groups[:-1]) + "." + groups[-1])
    return float("".join(groups))


def _fraction_with_damma(key: str, damma: bool) -> WordReading | None:
    """خُمس -> 0.2 (with its damma; خمس without it is five)"""
    fractions = words().fractions
    return ((fractions[key], "fraction"), False) if damma and key in fractions else None


def _as_written(key: str, damma: bool) -> WordReading | None:
    """عشرون -> 20; ثمن -> not a number (a fraction only with its damma: ثُمن; else "price")"""
    hit = words().words.get(key)
    if not hit:
        return None
    return (None if hit[1] == "fraction_diacritic" else hit), False


def _after_and(key: str, damma: bool) -> WordReading | None:
    """وعشرون -> 20, with the و"""
    rest = bare(key, "number_and")
    hit = words().words.get(rest) if rest != key else None
    if not hit:
        return None
    return (None if hit[1] == "fraction_diacritic" else hit), True


def _vague_after_preposition(key: str, damma: bool) -> WordReading | None:
    """بالآلاف -> آلاف (a vague count after a preposition)"""
    rest = bare(key, "number_preposition")
    hit = words().words.get(rest) if rest != key else None
    return (hit, False) if hit and hit[1] == "vague" else None


def _cardinal_after_preposition(key: str, damma: bool) -> WordReading | None:
    """لثلاث جوائز، بعشرة آلاف، لثماني جوائز -> 3, 10, 8 (a cardinal from three on with ب or ل
    glued to it; one and two only as a teen's first word: باثني عشر is 12, بأحد المستشفيات "in one of";
    لست a verb, and كمية or فألف no number; بملايين الدولارات is as vague as ملايين alone)"""
    rest = bare(key, "number_preposition")
    if rest == key or len(rest) < PREPOSITION_REST_MIN or rest in words().fractions:
        return None
    vague = words().words.get(rest + "#vague")
    if vague is not None:
        return vague, False
    hit = words().words.get(rest)
    if hit and hit[1] in TEEN_FIRST_CLASSES and hit[0] < 3:
        return (hit[0], "teen_unit"), False  # باثني عشر، بأحد عشر: one or two only as a teen's first word
    return (hit, False) if hit and hit[1] in CARDINAL_CLASSES and hit[0] >= 3 else None


PREPOSITION_REST_MIN = 3  # لست (I am not) is no six: the bare word must have three letters or more
CARDINAL_CLASSES = frozenset({"unit", "ten", "tens", "hundred", "hundreds", "scale", "scale2"})
TEEN_FIRST_CLASSES = frozenset({"unit", "teen_unit"})


def _cardinal_after_article(key: str, damma: bool) -> WordReading | None:
    """فوق الثلاثين -> 30 (ordinals such as العشرون are read before this); الإيطاليين الثلاثة -> 3: a
    number word with the article, from three on (الأحد and الاثنين are days)"""
    article = grammar().article
    hit = words().words.get(key[len(article):]) if key.startswith(article) else None
    if hit and hit[1] == "unit" and hit[0] >= 3:
        return hit, False
    # (الألف: the thousand, read here only where the ordinal reader left it, after a bound: ما يزيد على الألف)
    return (hit, False) if hit and (hit[1] in ("tens", "hundred", "hundreds") or hit[0] == THOUSAND) else None


THOUSAND = 1000.0


def _share_with_pronoun(key: str, damma: bool) -> WordReading | None:
    """خمسهم -> 0.2; ربعها -> 0.25 (a share of them)"""
    if not key.endswith(grammar().share_pronouns):
        return None  # (most words end with no such pronoun: asked once, not once per pronoun)
    fractions = words().fractions
    for p in grammar().share_pronouns:
        base = key[: -len(p)]
        if key.endswith(p) and len(base) >= 3 and base in fractions:
            return (fractions[base], "fraction"), False
    return None


WORD_RULES: tuple[Callable[[str, bool], WordReading | None], ...] = (
    _fraction_with_damma,
    _as_written,
    _after_and,
    _vague_after_preposition,
    _cardinal_after_preposition,
    _cardinal_after_article,
    _share_with_pronoun,
)


@lru_cache(maxsize=1)
def _looked_up() -> tuple[frozenset[str], str, tuple[str, ...]]:
    """Every key a word rule looks up (the number words, a class tag such as #vague taken off, and the
    fractions), the article and the share's pronouns: read once, asked for every new word."""
    keys = frozenset(k.split("#")[0] for k in words().words) | frozenset(words().fractions)
    return keys, grammar().article, grammar().share_pronouns


def _may_be_a_number_word(key: str) -> bool:
    """False when no word rule can answer: none of the keys they look up is the word, the word
    without its first letter (a glued و or preposition), without the article, or without a share's
    pronoun. Most words of a text are no number: asked before the rules, each of which costs a call."""
    looked_up, article, pronouns = _looked_up()
    if key in looked_up or key[1:] in looked_up or (key.startswith(article) and key[len(article):] in looked_up):
        return True
    return key.endswith(pronouns) and any(key.endswith(p) and key[: -len(p)] in looked_up for p in pronouns)


@lru_cache(maxsize=200_000)
def number_word(key: str, damma: bool) -> WordReading:
    """(value, class) of a word, and whether a glued و was taken off it; ``damma``: the word
    is written with a damma on its first letter."""
    if not _may_be_a_number_word(key):
        return None, False
    for rule in WORD_RULES:
        hit = rule(key, damma)
        if hit is not None:
            return hit
    return None, False
