"""The number at a token, digits or words, and the tokens that look like a number but are not."""
from __future__ import annotations

from collections.abc import Callable

from khulasa.arabic.lexicon import lexicon
from khulasa.arabic.numbers.digits import read_digits
from khulasa.arabic.numbers.spelled import read_words
from khulasa.arabic.numbers.tokens import Read, Tok, gap
from khulasa.arabic.numbers.words import ALIF, HAMZA_ALIFS, SHADDA, grammar, words


def read(text: str, toks: list[Tok], i: int) -> Read | None:
    """The number at token ``i``, in digits or in words, without what stands around it."""
    if toks[i].digits is not None:
        return read_digits(text, toks, i)
    if toks[i].word is not None:
        return read_words(text, toks, i)
    return None


def _glued_to_letters(text: str, toks: list[Tok], i: int) -> bool:
    """١٨٠ميلي، 1M، 20دولار -> not a number (digits glued to the letters after them: a code or unit),
    unless the letters are the accusative noun the number counts, a space left out (قتل أكثر من
    140عنصرا، البالغ من العمر 40عاما)"""
    tok = toks[i]
    # (a tatweel drawn after the digits is no letter: 2ـ 0 is a score written with a stroke)
    return (
        tok.digits is not None and tok.end < len(text) and text[tok.end].isalpha()
        and text[tok.end] not in grammar().stroke and not _counted_glued(toks, i) and not _space_left_out(toks, i)
        and not _scale_after(toks, i)
    )


def _scale_after(toks: list[Tok], i: int) -> bool:
    """The word glued after the digits is a scale (850ألف، 67,4مليون، 3مليار) or a percent's (20بالمئة): the number
    goes on in it, a space left out (a held-out set of session 48 lost an oil corporation's 850,000 barrels a day)."""
    if i + 1 >= len(toks) or toks[i + 1].start != toks[i].end:
        return False
    key = toks[i + 1].key
    word = words().words.get(key)
    return (word is not None and word[1] == "scale") or "percent" in words().roles_single.get(key, ())


def _space_left_out(toks: list[Tok], i: int) -> bool:
    """The letter glued after the digits is و and more digits follow it, no space anywhere: two numbers joined
    (بين عامي 1950و1953: a random draw of session 28 lost the 1950, and with it the Korean war's span); or the word
    glued after them is a particle, a space left out (منذ 2015في الحرب: a held-out set of session 28)."""
    if i + 1 < len(toks) and toks[i + 1].start == toks[i].end and toks[i + 1].key in grammar().glued_particle:
        return True
    if _era_glued(toks, i):
        return True
    if i + 2 >= len(toks) or toks[i + 1].start != toks[i].end or toks[i + 2].start != toks[i + 1].end:
        return False
    return toks[i + 1].key in grammar().and_ and toks[i + 2].digits is not None


def _era_glued(toks: list[Tok], i: int) -> bool:
    """A year with its era's letter glued to it (2017م، 1439هـ): the letter is a word of its own."""
    g = grammar()
    if i + 1 >= len(toks) or toks[i + 1].start != toks[i].end or toks[i + 1].key not in g.era_gregorian | g.era_hijri:
        return False
    year = toks[i].digits
    return year is not None and year == int(year) and ERA_YEARS[0] <= year <= ERA_YEARS[1]


ERA_YEARS = (1300, 2100)  # the years an era's letter may follow (Hijri years from 1300, Gregorian ones to 2100)


GLUED_NOUN_FREQ = 100  # how often the news must write a word for it to be a counted noun glued to its digits


def _counted_glued(toks: list[Tok], i: int) -> bool:
    """The word glued after the digits is a noun a number counts (عنصرا، شخصا; حالات، أشخاص after three to ten):
    a word the news writes often, ending in the alif of the accusative, or a plural a number counts (a held-out
    set's Ebola bulletin, توفي منها 108حالات, lost its dead)."""
    if i + 1 >= len(toks) or toks[i + 1].start != toks[i].end:
        return False
    key = toks[i + 1].key
    return len(key) > 2 and (key.endswith(ALIF) or key in grammar().glued_plural) and (
        lexicon().freq(key) >= GLUED_NOUN_FREQ
    )


def _scale_glued_to_digits(text: str, toks: list[Tok], i: int) -> bool:
    """١مليون -> the scale word goes with the digits before it, it starts no number"""
    return bool(toks[i].word) and i > 0 and toks[i - 1].digits is not None and toks[i - 1].end == toks[i].start


def _one_as_pronoun(text: str, toks: list[Tok], i: int) -> bool:
    """أي واحد (which one), كل واحد -> a pronoun, not a count"""
    word = toks[i].word
    return word is not None and word[0] == 1 and i > 0 and toks[i - 1].key in grammar().one_as_pronoun


def _doubled_letter(text: str, toks: list[Tok], i: int) -> bool:
    """ألّف كتبا (he wrote books) -> not a number: a shadda on a number word's letter makes it another
    word (the number ألف has no doubled letter)"""
    tok = toks[i]
    return tok.word is not None and tok.word[0] == 1000 and SHADDA in tok.raw


def _article_with_hamza(text: str, toks: list[Tok], i: int) -> bool:
    """ألستون (Alston) -> not الستون (the sixty): a number word read behind an article written with a
    hamza is a name's letters (the number words themselves, ألف، أربعة، إحدى, keep their hamza)"""
    tok = toks[i]
    article = grammar().article
    return (
        tok.word is not None and tok.raw[:1] in HAMZA_ALIFS and tok.key.startswith(article)
        and words().words.get(tok.key) is None
    )


def _a_name_after_and(text: str, toks: list[Tok], i: int) -> bool:
    """كي وست في فلوريدا -> not "and six": a number word that also opens a foreign name after a glued و
    (وست: West) counts something only when a word it counts follows, not a particle, nothing, or a word the name goes
    on in (وست هام)"""
    tok = toks[i]
    if not (tok.conj and tok.key[1:] in grammar().glued_name):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    g = grammar()
    return nxt is None or nxt.key in g.particle or nxt.key in g.glued_name_goes_on or bool(gap(text, tok, nxt).strip())


NOT_A_NUMBER: tuple[Callable[[str, list[Tok], int], bool], ...] = (
    _article_with_hamza,
    _a_name_after_and,
    _glued_to_letters,
    _scale_glued_to_digits,
    _one_as_pronoun,
    _doubled_letter,
)


def not_a_number(text: str, toks: list[Tok], i: int) -> bool:
    """Token ``i`` has a number's value but starts none."""
    for rule in NOT_A_NUMBER:  # noqa: SIM110 (a loop, not any() over a generator: asked of every number read)
        if rule(text, toks, i):
            return True
    return False
