"""The word lists figures are read with (``news/data/figure_words.tsv``), each kind a set built
once, and the token lookup every part of the figure reader shares."""
from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache

from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.clitics import bare_all, clitic_letters
from khulasa.arabic.normalize import normalize
from khulasa.arabic.tokenize import Token
from khulasa.news.resources import word_set


@cache
def figure_words(kind: str) -> frozenset[str]:
    """The words of one kind in figure_words.tsv (a set built once, not once per number)."""
    return word_set("figure_words.tsv", kind)


@cache
def either(*sets: frozenset[str]) -> frozenset[str]:
    """The union of word sets, built once (a union asked for every number or word was rebuilt each time)."""
    return frozenset().union(*sets)


def counts_a(subject: str | None, kind: str) -> bool:
    """The counted noun, as written, opens with a word of ``kind`` (مقاتلي, الدبلوماسيين: its first word normalised)."""
    return bool(subject) and normalize(subject.split()[0]) in figure_words(kind)  # type: ignore[union-attr]


@cache
def _clause_openers() -> tuple[str, ...]:
    return tuple(figure_words("clause_opener"))


def opens_a_clause(key: str) -> bool:
    """The word opens a clause of its own (بينما، فيما، لكنها), alone or after a glued و (وفيما). Asked of the word
    as written as well as without its first letter: a conjunction's ف taken off فيما leaves يما (H1-H100: a day
    after فيما dated the count before it, نقل 338 شخصا إلى المستشفى بعد الحادث، فيما لا يزال 124 ... صباح الاثنين)."""
    openers = _clause_openers()
    return key.startswith(openers) or unglued(key, "conjunction").startswith(openers)


def in_clause_words(key: str, kind: str) -> bool:
    """The word, as written or without a glued و/ف, is one of the words of ``kind`` (فيما as well as وفيما)."""
    return with_or_without(key, figure_words(kind), "conjunction")


@lru_cache(maxsize=1 << 15)  # (asked of every word of many sentences: a hit costs no call of its own)
def with_or_without(key: str, words: frozenset[str], clitic: str) -> bool:
    """The word, as written or without a glued clitic of the kind ``clitic`` (particle: بمحافظتي; preposition_b:
    بخروج; conjunction: وفيما), is one of ``words``."""
    # (as written first: taking a letter off is asked of every word of many sentences)
    return key in words or (key[:1] in clitic_letters(clitic) and unglued(key, clitic) in words)


CLAUSE_BREAKS = ",،.؛:"  # marks that end a clause between two words
PHRASE_BREAKS = CLAUSE_BREAKS + "()\"“”«»"  # ... and the brackets and quotes a phrase does not run across


def broken(text: str, tokens: list[Token], a: int, b: int, marks: str = CLAUSE_BREAKS) -> bool:
    """One of ``marks`` stands between token ``a`` and token ``b`` (a < b) of ``text``."""
    between = text[tokens[a].end:tokens[b].start]
    if between == " ":
        return False  # (the gap between two words next to each other, most often: asked of each pair in a clause)
    return any(ch in between for ch in marks)


def index_at(ends: list[int], offset: int) -> int:
    """The first token ending after ``offset`` (``ends``: every token's end, in order)."""
    return bisect_right(ends, offset)


@lru_cache(maxsize=1024)
def tells_a_war_toll(sentence: str) -> bool:
    """The sentence tells what a war cost: a war word within ``WAR_TOLL_REACH`` words of a verb of
    causing (وخلفت الحرب في اليمن أكثر من 10 آلاف قتيل، وأسفر تمرد بوكو حرام عن), or a few more before
    a relative pronoun and the verb (الصراع بين نيودلهي وسكان الإقليم الذي خلف), or a definite one
    right after «in» (وقتل نحو 10 آلاف شخص في الحرب بين القوات الحكومية والحوثيين، ولقي نحو 70 ألف شخص حتفهم في
    الاضطرابات): the war's toll so
    far, the outlet's background, not the day's incident. (Once a sentence: each of its numbers asks.)"""
    words = bare_all(normalize(sentence).split(), "conjunction")
    wars = figure_words("war")
    counted_in = figure_words("war_counted_in")
    # (a war word may close its clause or sentence: في الصراع، في الحرب.)
    marked = _marked(counted_in)
    if any((w in counted_in or w in marked) and _counted_in(words, k) for k, w in enumerate(words)):
        return True
    verbs = [k for k, w in enumerate(words) if w in figure_words("war_toll")]
    if not verbs:
        return False  # (most sentences: the war words need not be looked for)
    found = [k for k, w in enumerate(words) if (bare := w.rstrip(PHRASE_BREAKS)) in wars or unglued(bare) in wars]
    relative = figure_words("war_relative")
    return any(
        abs(a - b) <= WAR_TOLL_REACH or (
            a < b and words[b - 1] in relative and b - a <= RELATIVE_WAR_TOLL_REACH and _thousands_after(words, b)
        )
        for a in found for b in verbs
    )


@lru_cache(maxsize=8)
def _marked(words: frozenset[str]) -> frozenset[str]:
    """The words with a mark that closes a clause or a phrase glued after them (الصراع، الحرب.)."""
    return frozenset(w + mark for w in words for mark in PHRASE_BREAKS)


WAR_TOLL_REACH = 3  # أسفر تمرد بوكو حرام عن: the verb, the war word, a name of two words
# ... and the war word before a relative pronoun and the verb (الصراع بين نيودلهي وسكان الإقليم الذي خلف 70 ألف قتيل)
RELATIVE_WAR_TOLL_REACH = 7
IN_WAR_REACH = 4  # words from a number to the «in» of «in the war» after it (10 آلاف شخص في الحرب)


def _counted_in(words: list[str], k: int) -> bool:
    """The war word at ``k`` follows «in», a few words after a number in its clause (آلاف شخص في الحرب; not
    مقتل 11 شخصا، هم من المدنيين الذين يدفعون الثمن في النزاع, who pay the price of the conflict)."""
    if k < 2 or words[k - 1] not in figure_words("in_war"):
        return False
    for w in reversed(words[max(0, k - 1 - IN_WAR_REACH):k - 1]):
        if w[-1:] in CLAUSE_BREAKS:
            return False
        if _thousands(w):
            return True
    return False


WAR_TOLL_LEAST = 1000  # a war's toll is told in thousands: 8 مدنيين آخرين في الصراع الدائر is the day's


def _thousands(word: str) -> bool:
    """The word counts thousands or more: digits of at least ``WAR_TOLL_LEAST``, or a word of thousands."""
    word = word.strip(PHRASE_BREAKS)  # (الآلاف. at a sentence's end)
    digits = "".join(ch for ch in word if ch.isdecimal())  # (not كم², whose ² is a digit but no decimal)
    return (bool(digits) and int(digits) >= WAR_TOLL_LEAST) or word in figure_words("thousands")


def _thousands_after(words: list[str], b: int) -> bool:
    """Thousands are counted a few words after the verb at ``b`` (الذي خلف 70 ألف قتيل; not التي أسفرت عن مقتل 29
    طفلا, a strike's)."""
    return any(_thousands(w) for w in words[b + 1:b + 1 + THOUSANDS_AFTER_REACH])


THOUSANDS_AFTER_REACH = 6  # words from a verb of causing to the thousands it caused (أسفر عن مقتل أكثر من 10 آلاف)


@lru_cache(maxsize=1024)
def war_caused(sentence: str) -> bool:
    """A war's word stands before a verb of what a war caused anywhere in the sentence (شهدت الحرب الأهلية
    مذابح ...، وخلفت عشرات الآلاف من القتلى): looser than ``tells_a_war_toll``, enough to tell whose place
    a toll placed nowhere is, not to date it. (Once a sentence: each of its numbers asks.)"""
    words = bare_all(normalize(sentence).split(), "conjunction")
    causing = [k for k, w in enumerate(words) if w in figure_words("war_toll")]
    return bool(causing) and any(w in figure_words("war") for w in words[:causing[-1]])
