"""What a plain number is: a count, or a year, a day of a date, a clock time, a duration, an
identifier, a sum of money. The rules are tried in order; the first that answers decides, and a
number none answers for is a count."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from khulasa.arabic.clitics import bare, clitic_letters
from khulasa.arabic.lexicon import lexicon
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers.around import cut_month_at, month_at, phrase_before, roles_after, roles_of
from khulasa.arabic.numbers.ordinals import ordinal
from khulasa.arabic.numbers.tokens import Read, Tok, gap, only_space
from khulasa.arabic.numbers.words import (
    ARABIC_COMMA,
    PERCENT_SIGNS,
    after_and,
    grammar,
    lam_article,
    strip_clitic,
    words,
)

_CLOCK = re.compile(r"\d{1,2}:\d{2}")


@dataclass(slots=True)
class _Clues:
    text: str
    toks: list[Tok]
    i: int
    r: Read
    before: str | None  # the role of the context phrase before the number
    after: str | None  # ... and after it
    whole_digits: bool  # one token of digits, nothing more


JOINING_DASHES = ("-", "\u2013")  # a hyphen or an en dash between two numbers or a name and its number


def _clock(c: _Clues) -> str | None:
    """10:30 -> time; ( 35 : 21 ), 21 : 35 -> time, each half (an hour and its minutes with spaces about the colon,
    either way round as right-to-left text sets them: a whole-store draw of session 49 had the 35 of «التاسعة وخمس
    وثلاثين دقيقة ( 35 : 21 )» as 35 missiles)"""
    end = c.r.end
    if c.whole_digits and end < len(c.text) and c.text[end] == ":" and _CLOCK.match(c.text, c.toks[c.i].start):
        return "time"
    if not c.whole_digits or c.r.value >= MINUTES:
        return None
    start = c.toks[c.i].start
    after = _SPACED_CLOCK_AFTER.match(c.text, end)
    before = _SPACED_CLOCK_BEFORE.search(c.text, max(0, start - SPACED_CLOCK_CHARS), start)
    other = int(after.group(1)) if after else int(before.group(1)) if before else None
    if other is None or other >= MINUTES or min(other, c.r.value) > HOURS:
        return None
    # (a word of the clock near it, which a set's score, 25 : 20, lacks: الساعة، دقيقة، مساء، بتوقيت)
    near = c.toks[max(0, c.i - CLOCK_WORD_REACH):c.i + CLOCK_WORD_REACH + 1]
    return "time" if any(roles_of(t.key) & {"time", "time_after"} for t in near) else None


CLOCK_WORD_REACH = 8  # words from a spaced clock to the word of the clock that tells it one (الساعة التاسعة ... )
MINUTES = 60  # an hour's minutes: no half of a clock time reaches it
HOURS = 24  # and one half of it is an hour
SPACED_CLOCK_CHARS = 6  # characters a spaced clock's other half and colon take before a number («21 : »)
_SPACED_CLOCK_AFTER = re.compile(r" ?: ?(\d{2})(?!\d)")
_SPACED_CLOCK_BEFORE = re.compile(r"(?<!\d)(\d{2}) ?: ?$")


def _time_word_before(c: _Clues) -> str | None:
    """الساعة 10، في الدقيقة 31 -> time"""
    return "time" if c.before == "time" else None


def _time_word_after(c: _Clues) -> str | None:
    """00,30 بتوقيت غرينتش، 7,30 صباحا -> time"""
    return "time" if c.after == "time_after" else None


def _identifier(c: _Clues) -> str | None:
    """رقم 5 -> identifier; 0955123456 -> identifier; إف-16 -> identifier (but أنهى المباراة بعشرة
    لاعبين: a number with a preposition glued to it is governed by the preposition, not the noun)"""
    if c.before == "identifier" and not _preposition_glued(c.toks[c.i]):
        return "identifier"
    if c.after == "name_after" or _joined_by_plus(c.toks[c.i], c.text) or _names_a_movement(c):
        return "identifier"  # 10 داونينغ ستريت، مجموعة 5+1، حركة 5 نجوم: a name
    if c.whole_digits and (_looks_like_identifier(c.toks[c.i], c.text) or _designation(c.toks, c.i, c.text)):
        return "identifier"
    if c.whole_digits and _a_models_name(c.toks, c.i, c.text):
        return "identifier"  # هاتف نوكيا 8 سيروكو: a brand and its model's number (not هاتف آيفون 5 ملايين)
    if c.toks[c.i].digits is not None and c.i > 0 and c.toks[c.i - 1].key in words().designators:
        return "identifier"  # البوينغ 737-200: a model and its variant, not a range
    if _definite_after_designator(c.toks, c.i):
        return "identifier"  # دور الستة عشر، دور الـ16: the round of sixteen, a name
    if c.whole_digits and _a_codes_second_part(c.toks, c.i, c.text):
        return "identifier"  # سلالة (إتش7 إن9): a strain's code goes on after its first number
    if c.whole_digits and _zero_led_pair(c.toks, c.i, c.text):
        return "identifier"  # قانون التربية الوطنية 30-09: a law's number, no count and no score
    if c.whole_digits and _a_numbers_year(c.toks, c.i, c.text):
        return "identifier"  # القضية رقم 165 / 2017: a case's number and its year, which dates nothing
    if c.whole_digits and c.after != "counted" and _listed_after_an_identifier(c.toks, c.i, c.text):
        return "identifier"  # وقراري مجلس الأمن 1559 و1701: the second resolution's number
    return None


def _listed_after_an_identifier(toks: list[Tok], i: int, text: str) -> bool:
    """Digits glued to و right after digits an identifier word leads (قراري مجلس الأمن 1559 و1701، المواد 12 و13
    و14): the list goes on naming (a whole-store draw of session 51 had resolution 1701 for a figure)."""
    k = i
    and_ = grammar().and_
    while k > 1 and toks[k].digits is not None and toks[k - 1].key in and_ and toks[k - 2].digits is not None:
        k -= 2  # (the tokens hold the glued و apart: 1559، و، 1701)
    return k < i and _after_an_identifier_word(text, toks, k)


def _a_numbers_year(toks: list[Tok], i: int, text: str) -> bool:
    """The number is written after a stroke right after a number its word says is an identifier (القضية رقم
    (165 / 2017)، رقم 1074/ 2017): the year the case or file was opened, part of its number (a held-out set's
    verdicts had been dated 2017 by it)."""
    if i < 2 or toks[i - 1].digits is None or "identifier" not in roles_of(toks[i - 2].key):
        return False
    return text[toks[i - 1].end:toks[i].start].strip() == "/"


def _zero_led_pair(toks: list[Tok], i: int, text: str) -> bool:
    """Two numbers joined by a dash, one written with a leading zero (30-09، 09-30): a code; no score or
    range is written so."""
    pair = [k for k in (i - 1, i + 1) if 0 <= k < len(toks) and toks[k].digits is not None and (
        text[toks[min(i, k)].end:toks[max(i, k)].start].strip() in JOINING_DASHES
    )]
    return len(toks[i].key) <= 2 and bool(pair) and any(
        len(t.key) == 2 and t.key.startswith("0") for t in (toks[i], *(toks[k] for k in pair))
    )


def _a_codes_second_part(toks: list[Tok], i: int, text: str) -> bool:
    """A Latin letter's name and its number, another letter's name and this number, written with nothing but
    spaces between them (إتش7 إن4، إتش 7 إن 9: H7N4, H7N9): the code's second part, not a count."""
    letters = words().code_letters  # (letters both: فرانس 24 إن 30 شخصا is France 24 and a count)
    if i < 3 or toks[i - 2].digits is None or toks[i - 3].key not in letters:
        return False
    return toks[i - 1].key in letters and all(
        not text[toks[k - 1].end:toks[k].start].strip() for k in (i - 2, i - 1, i)
    )


def _definite_after_designator(toks: list[Tok], i: int) -> bool:
    """A number written with the article (الستة عشر، الـ 16) right after a designator word."""
    article = grammar().article
    if i > 1 and toks[i - 1].key == article and toks[i - 2].key in words().designators:
        return True
    return i > 0 and toks[i].key.startswith(article) and toks[i - 1].key in words().designators


def _preposition_glued(tok: Tok) -> bool:
    """بعشرة، لثلاث: a number word read with a preposition glued to it (not as written)"""
    return tok.word is not None and tok.key not in words().words and not tok.conj


def _day_of_month(c: _Clues) -> str | None:
    """9 من مارس، 24 شباط/فبراير، الـ 20 من الشهر الماضي -> date"""
    if not (c.r.value <= 31 and c.r.value == int(c.r.value)):
        return None
    g = grammar()
    toks = c.toks
    k = c.r.end_tok + 1
    if k < len(toks) and toks[k].key in g.day_of:
        k += 1
    k = _past_listed_days(c.text, toks, k)
    if k < len(toks) and (month_at(toks, k) or toks[k].key in g.month_word or cut_month_at(toks, k, c.text)):
        return "date"
    return None


def _past_listed_days(text: str, toks: list[Tok], k: int) -> int:
    """Where a list of more days after a day ends: أيام 16 و17 و18 مارس, 16، 17 و18 مارس (each a day
    of the month named after the last)."""
    and_ = grammar().and_
    while k < len(toks):
        comma = gap(text, toks[k - 1], toks[k]).strip() in (",", ARABIC_COMMA)
        j = k + 1 if toks[k].key in and_ else k if comma else -1
        day = toks[j] if 0 <= j < len(toks) else None
        if day is None or day.digits is None or not 1 <= day.digits <= 31 or day.digits != int(day.digits):
            break
        k = j + 1
    return k


def _year_with_era(c: _Clues) -> str | None:
    """2017 م، 2017م، 1440 هـ، 456 هجرية -> year (the era's letter or word after a year, apart or glued to it; ١٥٠٠ م
    after a height is metres, and no year of this era's news); 456-463هـ: the first of a span of years whose era
    follows its second"""
    j = c.r.end_tok + 1
    if not (c.whole_digits and j < len(c.toks)):
        return None
    if c.toks[j].digits is not None and c.text[c.toks[j - 1].end:c.toks[j].start].strip() in JOINING_DASHES:
        j += 1  # (456-463هـ: the era's letter after the span's second year)
    if j >= len(c.toks):
        return None
    g = grammar()
    key = c.toks[j].key
    years = (
        GREGORIAN_YEARS if key in g.era_gregorian else HIJRI_YEARS if key in g.era_hijri
        else ANY_YEAR if key in g.era_word else None
    )
    between = c.text[c.toks[j - 1].end:c.toks[j].start]
    return "year" if years is not None and years[0] <= c.r.value <= years[1] and between in ("", " ") else None


GREGORIAN_YEARS = (1900, 2100)  # the years the Gregorian era's letter may follow in the news
HIJRI_YEARS = (100, 1500)  # and the Hijri's (a writer's death in 456 هـ as much as this year's 1439 هـ)
ANY_YEAR = (1, 2100)  # the years an era's word may follow (هجرية، ميلادية: no count is followed by one)


def _year_after_month(c: _Clues) -> str | None:
    """آذار 2017 -> year; تشرين الأول 2017 -> year"""
    if not (c.whole_digits and 1000 <= c.r.value <= 2100 and c.r.value == int(c.r.value)):
        return None
    if (c.i > 0 and month_at(c.toks, c.i - 1)) or (c.i > 1 and _two_word_month(c.toks, c.i - 2)):
        return "year"
    return None


def _two_word_month(toks: list[Tok], k: int) -> bool:
    """A month of two words stands at tokens ``k`` and ``k + 1`` (تشرين الأول 2017); not a month of one and a word
    after it (منذ 18 شباط/فبراير إلى 1031: a toll, not a year)."""
    return month_at(toks, k) and tuple(t.key for t in toks[k:k + 2]) in words().months


def _plain_year(c: _Clues) -> str | None:
    """عام 2015 -> year; في 2015 -> year (digits from 1900 to 2100 without a unit after them);
    في عام 2013 على المنطقة -> year (عام is also a unit of time: its year role counts too)"""
    key = c.toks[c.i].key
    # (a fraction is no year: المؤشر منخفضا 0.69 بالمئة إلى 2081.59 نقطة)
    if c.whole_digits and 1900 <= c.r.value <= 2100 and c.r.value == int(c.r.value) and "," not in key \
            and ARABIC_COMMA not in key:
        if _until_a_year(c):
            return "year"  # تمديد عقده حتى 2021.: until a year, at a clause's end (not حتى 2000 شخص)
        if c.before not in ("approx", "min", "max") and _year_word_before(c):
            return "year"  # في عام 2006 لامرأة: the word of a year right before it, whatever noun follows
        if c.before in ("approx", "min", "max") or c.after == "counted":
            return None  # نحو 2000 شخص، أكثر من 1900، قتل 2000 شخص: a quantity is meant, not a year
        if c.before in ("year", "from", "to", None) or c.after is None or _year_word_before(c):
            return "year"
    # (an earlier century's year needs its word or phrase: منذ العام 1891، في عام 1882، قانون يعود إلى 1878)
    if c.whole_digits and 1000 <= c.r.value < 1900 and c.r.value == int(c.r.value) \
            and (_year_word_before(c) or (c.before == "year" and c.after != "counted")) and "," not in key \
            and ARABIC_COMMA not in key:
        return "year"
    return None


def _until_a_year(c: _Clues) -> bool:
    """حتى and a year's digits that end a clause (مددت عقدي مع يوفنتوس حتى 2021.): until that year."""
    if c.i == 0 or c.toks[c.i - 1].key not in grammar().until or not UNTIL_YEARS[0] <= c.r.value <= UNTIL_YEARS[1]:
        return False  # (وقد يرتفع عدد النازحين حتى 2000.: a count; a contract runs to a year of its decade)
    rest = c.text[c.toks[c.i].end:].lstrip(" ")
    return not rest or rest[0] == "\n" or rest[0] in grammar().clause_end


UNTIL_YEARS = (2010, 2040)  # the years «until» runs to in the news of 2018 (a term, a contract, a plan)


def _year_in_words(c: _Clues) -> str | None:
    """عام ألفين وسبعة عشر، نهاية ألفين وسبعة عشر -> year (a year written in words, after a word of a year
    or of its part)"""
    v = c.r.value
    # (the range first: a number past 1e308 is infinite, and no integer)
    return "year" if not c.whole_digits and 1900 <= v <= 2100 and v == int(v) and _year_word_before(c) else None


def _year_word_before(c: _Clues) -> bool:
    return c.i > 0 and "year" in roles_of(strip_clitic(c.toks[c.i - 1].key))


def _magnitude_before(c: _Clues) -> str | None:
    """بلغت شدتها 5,9، بقوة 6.4 -> measure (a quake's magnitude, with no scale written after it)"""
    return "measure" if c.before == "magnitude" else None


def _score_before(c: _Clues) -> str | None:
    """بنتيجة 5-2 -> score (a match result)"""
    return "score" if c.before == "score" else None


def _duration_to(c: _Clues) -> str | None:
    """خلال يومين إلى ثلاثة -> duration (the end of a span of time whose start is a dual unit; not a
    definite one, the time a count rose over: يصل عدد القتلى هذا الشهر إلى 157)"""
    if c.before != "to" or c.i < 2 or c.toks[c.i - 2].key.startswith(grammar().article):
        return None
    return "duration" if "duration" in roles_of(c.toks[c.i - 2].key) else None


def _duration_after(c: _Clues) -> str | None:
    """5 سنوات -> duration; لمدة أربع مباريات -> duration (a length, whatever it is counted in)"""
    return "duration" if c.after == "duration" or c.before == "length" else None


def _definite_span(c: _Clues) -> str | None:
    """الـ24 الساعة الماضية -> duration: the number with its article, then a unit of time with its own (a whole-store
    draw of session 51 had the Hodeidah fighting's «خلال الـ24 الساعة الماضية» as 24 strikes)."""
    k, article = c.r.end_tok + 1, grammar().article
    if c.i == 0 or c.toks[c.i - 1].key != article or k >= len(c.toks) or not c.toks[k].key.startswith(article):
        return None
    return "duration" if "duration" in roles_of(c.toks[k].key) else None


def _vague_of_time(c: _Clues) -> str | None:
    """ملايين السنين، عشرات السنين، آلاف الأيام -> duration: a vague count takes its noun with the article
    (عشرات الآلاف، مئات المدنيين), and when that noun is a unit of time it counts a stretch of time (not عشرات
    العقود, as often contracts as decades)"""
    k = c.r.end_tok + 1
    # (and with its partitive من: لعدة مئات من السنين, a whole-store draw of session 49 had it as a population)
    k += k + 1 < len(c.toks) and c.toks[k].key in grammar().from_
    if not c.r.vague or k >= len(c.toks) or not c.toks[k].key.startswith(grammar().article):
        return None
    roles = roles_of(c.toks[k].key)
    return "duration" if "duration" in roles and "not_vague_span" not in roles else None


def _age_before_between(c: _Clues) -> bool:
    """A word of age stands before the «between» that opens the number's range (أعمارهم بين 18 و35)."""
    found = phrase_before(c.toks, c.i, c.text)
    before = phrase_before(c.toks, found[1], c.text) if found is not None else None
    return before is not None and before[0] == "age"


def _age_before(c: _Clues) -> str | None:
    """دون سن 15، فوق سن 60 -> duration (an age: years of a life, no count of people); رجل يبلغ
    الثمانين -> duration (a decade reached, written with the article)"""
    g = grammar()
    if c.before == "age" or (c.before == "duration" and c.i > 0 and c.toks[c.i - 1].key in g.life_span):
        return "duration"  # (البالغ من العمر 76: a life's span said before its number, the unit left out)
    if c.before == "between" and _age_before_between(c):
        return "duration"  # تتراوح أعمارهم بين 18 إلى 35: the ages of those counted, their unit left out
    tok = c.toks[c.i]
    if c.i > 0 and tok.key.startswith(g.article) and tok.word is not None and tok.word[1] in ("tens", "ten"):
        # (the decade alone: تجاوزت السبعين ألف ريال is a sum, بلغ الثلاثين قتيلا a toll)
        alone = c.r.end_tok == c.i and c.after != "counted"
        return "duration" if c.toks[c.i - 1].key in g.age_reached and alone else None
    return None


OLDEST = 120  # years a person's age in apposition may reach


def _age_in_apposition(c: _Clues) -> str | None:
    """لروح مريم، 18، والتي قتلت -> duration: digits alone between commas right after a word, a person's age
    in apposition (a count has its noun after it)."""
    if not c.whole_digits or c.i == 0 or not 0 < c.r.value <= OLDEST or c.toks[c.i - 1].digits is not None:
        return None
    before = c.text[c.toks[c.i - 1].end:c.toks[c.i].start].strip()
    after = c.text[c.r.end:c.r.end + 2].strip()[:1]
    return "duration" if before in _COMMAS and after in _COMMAS else None


_COMMAS = (",", ARABIC_COMMA)  # the Latin comma and the Arabic one
_ENDS = (*_COMMAS, ".", ")", "(")  # what may close a number's phrase


def _age_in_the(c: _Clues) -> str | None:
    """أم في الـ46 واثنين من أبنائها -> duration: digits after «in» and the article written apart, with nothing after
    them that they count (a unit, a noun): a person's age in years (in her forty-sixth)."""
    if not c.whole_digits or c.i < 2 or not 0 < c.r.value <= OLDEST or c.after is not None:
        return None
    g = grammar()
    if c.toks[c.i - 1].key != g.article or c.toks[c.i - 2].key not in g.age_in:
        return None
    # (a noun right after is what the number counts: في الـ3 مباريات الأخيرة; what ends the phrase, a comma or the next
    # item glued to و, is no such noun)
    k = c.i + 1
    ended = k >= len(c.toks) or c.text[c.r.end:c.toks[k].start].strip()[:1] in _ENDS
    return "duration" if ended or c.toks[k].key[:1] in g.and_ else None


def _per_before(c: _Clues) -> str | None:
    """29.9 جريمة لكل مئة ألف نسمة، لكل 100 نسمة -> measure: the base of a rate, no count of what it names"""
    return "measure" if c.i > 0 and c.toks[c.i - 1].key in grammar().per else None


def _kin_name(c: _Clues) -> str | None:
    """قاعدة أبو ستة البحرية -> identifier: a number word after أبو is part of a name"""
    kin = c.i > 0 and c.toks[c.i - 1].key in grammar().kin_name
    return "identifier" if kin and c.toks[c.i].word is not None else None


def _hours_before(c: _Clues) -> str | None:
    """الساعات ال24 الماضية، الساعات الـ 48 الماضية -> duration (a count of hours written after
    its unit)"""
    text, toks, i = c.text, c.toks, c.i
    tok = toks[i]
    article = grammar().article
    if not (i > 1 and tok.digits is not None and toks[i - 1].key == article):
        return None
    if text[toks[i - 1].end:tok.start].strip():
        return None  # the article glued to the digits (ال24) or apart from them (الـ 48، ال 48)
    unit = toks[i - 2].key
    bare_unit = strip_clitic(unit)[len(article):] if unit.startswith(article) else unit
    return "duration" if "duration" in words().roles_single.get(bare_unit, set()) | roles_of(unit) else None


def _unit_before(c: _Clues) -> str | None:
    """السنوات العشرين الماضية، الأيام الثلاثة الأخيرة -> duration (a number word with the article
    after a plural unit of time counts that time, not people); القرن العشرين -> ordinal (after a
    singular one it says which)"""
    toks, i = c.toks, c.i
    article = grammar().article
    if i < 1 or toks[i].digits is not None or not toks[i].key.startswith(article):
        return None
    unit = toks[i - 1].key
    if unit.startswith(article) and unit[len(article):] in grammar().singular_time:
        return "ordinal"  # القرن العشرين: which century
    return "duration" if "duration" in roles_of(unit) else None


def _latin_name(c: _Clues) -> str | None:
    """Google Pixel 3 XL، iPhone 8 Plus، جهاز iPhone 8 لاسلكيا -> identifier (a number right after a
    Latin word is part of a name)"""
    toks, i = c.toks, c.i
    if not (c.whole_digits and i > 0):
        return None
    before = toks[i - 1].key
    latin = before.isascii() and before.isalpha() and only_space(gap(c.text, toks[i - 1], toks[i]))
    # (فلايترادار24: digits glued to a foreign name the news seldom writes, Flightradar24; a space left out after a
    # common word, قتل24, still counts)
    # (not a score's first number, a space left out after a team's name: بورتلاند تريل بليزرز113-98)
    end = toks[i].end
    score = c.text[end:end + 1] in JOINING_DASHES and c.text[end + 1:end + 2].isdigit()
    glued = toks[i - 1].end == toks[i].start and len(before) >= GLUED_NAME_LETTERS and before.isalpha() and not score
    # (a hashtag's word with digits glued to it is a name, however short: #أم2431, a flight, read as 2,431 dead)
    tagged = toks[i - 1].end == toks[i].start and c.text[max(0, toks[i - 1].start - 1):toks[i - 1].start] == "#"
    # (nor a rare form of a common word: ونجاة117 آخرين, the digits glued to «and the survival of»)
    name = toks[i - 1].raw
    return "identifier" if latin or tagged or (glued and _rare_words([name, bare(name, "particle")])) else None


GLUED_NAME_LETTERS = 4  # letters at least of a name digits are glued to (not a clitic: بـ24، ال24، و24)


TITLE_WORDS = 3  # words of a quoted title before the number that ends it (فيلم "سوبر تروبرز 2")
_OPENING_QUOTES = '"“«'
_CLOSING_QUOTES = '"”»'


def _title_number(c: _Clues) -> str | None:
    """فيلم "سوبر تروبرز 2"، لعبة «فيفا 18»، حملة "أنا اثنان" -> identifier: a number inside a short quoted title
    named by what it is (a film, a game, a campaign: number_context.tsv, title) is part of the name (a sequel, an
    edition, a slogan), not a count."""
    toks, i = c.toks, c.i
    start = toks[i].start
    if i > 0 and c.text[start - 1:start] in _OPENING_QUOTES and _a_title_noun_before(c.text, start - 1):
        return "identifier"  # (فيلم "ثلاث لوحات إعلانية خارج إبينغ، ميزوري": the number opens the title, however long)
    closed = _CLOSING.search(c.text, c.r.end, c.r.end + TITLE_CHARS) if i > 0 else None
    if closed is None:
        return None  # (most numbers: no quote closes a few words after them)
    opened = max(c.text.rfind(q, max(0, start - TITLE_CHARS), start) for q in _OPENING_QUOTES)
    if opened < 0:
        return None
    inside = c.text[opened + 1:closed.start()].split()
    # (the title's noun right before the quote, or a few words before when the number closes the quote and the
    # title's other words are names the news seldom writes: موقع تعقب الرحلات "فلايترادار 24", a held-out set's
    # Flightradar24; not قال موقع إخباري إن "مقتل 24")
    before = c.text[:opened].split()
    titled = bool(before) and _a_title_noun(before[-1])
    if not titled and not c.text[c.r.end:closed.start()].strip() and _rare_words(inside[:-1]):
        titled = any("title" in roles_of(normalize(w)) for w in before[-TITLE_NOUN_REACH:])
    return "identifier" if titled and 0 < len(inside) <= TITLE_WORDS + 1 else None


def _a_title_noun_before(text: str, quote: int) -> bool:
    """The word right before the quote at ``quote`` names what the quoted title is (فيلم، كتاب، حملة)."""
    before = text[max(0, quote - TITLE_CHARS):quote].split()
    return bool(before) and _a_title_noun(before[-1])


def _a_title_noun(word: str) -> bool:
    """The word names what a quoted title is, with a preposition glued or not (لتلفزيون "روسيا 24")."""
    key = normalize(word)
    return "title" in roles_of(key) or "title" in roles_of(bare(key, "particle"))


def _rare_words(words: list[str]) -> bool:
    return bool(words) and all(lexicon().freq(normalize(w)) <= RARE_TITLE_WORD for w in words)


TITLE_CHARS = 40  # characters a short quoted title runs either side of its number
TITLE_NOUN_REACH = 3  # words before the quote its title's noun may stand, when the number ends the title
RARE_TITLE_WORD = 20  # ... and the title's other words are written at most this often in the news (a foreign name)
_CLOSING = re.compile("[" + _CLOSING_QUOTES + "]")


def _list_index(c: _Clues) -> str | None:
    """79- لبنان، 3) فرنسا، (1) الغفوة، 2. الكاميرا at the start of a line -> identifier (a list's numbering: a
    rank in a table, a book in a reading list, not a count; a number and a full stop alone on a line too, a
    random draw of session 27)"""
    after = c.text[c.r.end:c.r.end + 3].lstrip(" ")
    nxt = c.r.end_tok + 1
    dotted = after[:1] == "." and after[1:2] in ("", " ", "\n") and not 1900 <= (c.r.value or 0) <= 2100
    if not (c.whole_digits and (dotted or (after[:1] in ("-", ")", "\u2013") and nxt < len(c.toks)))):
        return None
    if not dotted and (c.toks[nxt].digits is not None or c.toks[nxt].word is not None):
        return None  # 2-1، 10-15: a score or a range
    k = _line_start_before(c.text, c.toks[c.i].start)
    if after[:1] == ")" and k > 0 and c.text[k - 1] == "(":
        k = _line_start_before(c.text, k - 1)  # (1) الغفوة: the number in brackets of its own
    return "identifier" if k == 0 or c.text[k - 1] == "\n" else None


def _line_start_before(text: str, k: int) -> int:
    """Where the spaces before offset ``k`` start (only the spaces, not the text: linear)."""
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k


def _letter_after(c: _Clues) -> str | None:
    """تسجيل الفيديو بدقة 4 كي، شبكات 5 جي -> identifier (a Latin letter spelt in Arabic after the
    digits finishes a name: 4K, 5G)"""
    k = c.r.end_tok + 1
    return "identifier" if c.whole_digits and k < len(c.toks) and c.toks[k].key in grammar().letter_name else None


def _noun_and_noun(c: _Clues) -> str | None:
    """ترجم ألف ليلة وليلة -> identifier (a hundred or a thousand in words whose noun comes again
    after a glued و is "N and one", the way a title says it: a name, not a count)"""
    k = c.r.end_tok + 1
    toks = c.toks
    word = toks[c.i].word
    if k + 1 >= len(toks) or c.r.end_tok != c.i or word is None or word[1] not in ("hundred", "scale"):
        return None
    if toks[k].word is not None or toks[k].digits is not None:
        return None
    return "identifier" if after_and(toks[k + 1].key) == toks[k].key else None


def _edition(c: _Clues) -> str | None:
    """حفل النسخة 43، طبعتها 43، الدورة الـ20 -> ordinal (which edition of an event, not a count;
    نسخة 2006 is a year, نسخة واحدة one edition)"""
    toks, i = c.toks, c.i
    k = i - 2 if i > 1 and toks[i - 1].key == grammar().article else i - 1
    if k < 0 or 1900 <= c.r.value <= 2100:
        return None  # نسخة 2006: the edition of a year
    if toks[i].digits is None and not toks[i].key.startswith(grammar().article):
        return None  # نسخة واحدة: one edition; الدورة التسعين is an ordinal word with its article
    key = lam_article(toks[k].key)  # (للنقطة 51: the ل glued to the article)
    article = grammar().article
    bare_key = key[len(article):] if key.startswith(article) else strip_clitic(key)
    edition = grammar().edition
    if key in grammar().dynasty:  # (الأسرة 21: a dynasty; دخل الأسرة 500 دولار: a family's income)
        return "ordinal" if c.r.value <= DYNASTIES and c.after is None else None
    if toks[i].digits is None and (key in grammar().edition_word or bare_key in grammar().edition_word):
        return "ordinal"  # الاحتجاج السبعمئة: the 700th (but شارك في الاحتجاج 500 شخص: 500 who took part)
    return "ordinal" if key in edition or bare_key in edition else None


DYNASTIES = 31  # Egypt's dynasties: a number after «the family» beyond them counts something


def _top_of_a_ranking(c: _Clues) -> str | None:
    """أكبر 20 بورصة، أكبر خمسة دوريات -> ordinal (how many head a ranking, no count of the story)"""
    return "ordinal" if c.before == "top" else None


def _century(c: _Clues) -> str | None:
    """القرن 11 -> ordinal (which century)"""
    return "ordinal" if c.before == "century" else None


def _anniversary(c: _Clues) -> str | None:
    """الذكرى السبعين للنكبة، ذكرى مرور 103 أعوام، للمرة الـ30 -> ordinal (which anniversary or
    which time, not a count)"""
    if c.before == "anniversary":
        return "ordinal"
    toks, i = c.toks, c.i
    article_apart = i > 1 and toks[i - 1].key == grammar().article  # للمرة الـ30: the article written apart
    key = toks[i - 2].key if i > 1 else ""
    if article_apart and _an_anniversary_word(key):
        return "ordinal"
    # ذكرى النكبة السبعين، ذكرى النكبة الـ70: the event's name between the word and its ordinal
    if not (article_apart or toks[i].key.startswith(grammar().article)):
        return None
    first = i - 1 if article_apart else i
    named = range(max(0, first - 1 - ANNIVERSARY_NAME_WORDS), first - 1)
    return "ordinal" if any(_an_anniversary_word(toks[k].key) for k in named) else None


ANNIVERSARY_NAME_WORDS = 2  # words of an event's name between ذكرى and the ordinal (ذكرى النكبة السبعين)


def _an_anniversary_word(key: str) -> bool:
    return "anniversary" in roles_of(key) | roles_of(strip_clitic(key))


def _year_span(c: _Clues) -> str | None:
    """موازنة 2018-2019، بين عامي 2010-2015 -> year (a fiscal or season year, or a stretch of years)"""
    toks, i = c.toks, c.i
    if not (c.whole_digits and 1900 <= c.r.value <= 2100) or i + 1 >= len(toks):
        return None
    nxt = toks[i + 1]
    dash = c.text[toks[i].end:nxt.start].strip() in ("-", "\u2013", "/")
    return "year" if dash and nxt.digits is not None and 0 < nxt.digits - c.r.value <= YEAR_SPAN_MAX else None


YEAR_SPAN_MAX = 10  # 2010-2015 is a stretch of years; 1950-2000 قتيل more likely a range of a count


def _past_the_hour(text: str, toks: list[Tok], i: int) -> bool:
    """السادسة والنصف، الحادية عشرة والربع، السابعة إلا ربعا: a share glued to و after an hour named
    by its ordinal is the time past it (half past six), after إلا the time to it; not a share of
    anything counted"""
    if i > 1 and toks[i - 1].key in grammar().hour_less:
        hour = i - 2  # السابعة إلا ربعا: a quarter to seven
    elif i > 0 and toks[i].key[:1] in clitic_letters("conjunction"):
        hour = i - 1
    else:
        return False
    for k in (hour, hour - 1):
        found = ordinal(toks, k, text) if k >= 0 else None
        if found is not None and found[1] == hour:
            return True
    return toks[hour].key in grammar().hour_one


def _fraction_of_time(text: str, toks: list[Tok], r: Read) -> str | None:
    """بعد نصف ساعة -> duration (a share of an hour, not a share of people); في الربع الأول من
    العام -> date (a quarter of a year, named by its ordinal)"""
    after = roles_after(toks, r.end_tok, text)
    if after is not None and after[0] == "duration":
        return "duration"
    k = r.end_tok + 1
    if k < len(toks) and toks[k].key in grammar().round_name:
        return "ordinal"  # النصف النهائي: a round of a tournament, not a half of anything
    if k < len(toks) and toks[k].key in grammar().half_compound:
        return "measure"  # النواة نصف الكروية، تقرير نصف سنوي: a compound adjective, no share of anything
    return "date" if k < len(toks) and ordinal(toks, k, text) is not None else None


def _counted_noun(toks: list[Tok], k: int) -> bool:
    """Token k is the indefinite accusative noun a count takes (شخصا، قتيلا، مدنيا), not an adverb
    of a match (ذهابا، إيابا)."""
    if k >= len(toks) or toks[k].digits is not None or toks[k].word is not None:
        return False
    key = toks[k].key
    return len(key) >= 4 and key[-1] in grammar().accusative and not key.startswith(grammar().article) and (
        key not in grammar().match_adverb
    )


def _score_dash(c: _Clues) -> str | None:
    """3-0، 3-صفر، 2 - 1 -> score: two small whole numbers joined by a dash are a match result
    (1995-01 is a date and 1000-5000 a range: neither is small)."""
    toks, i = c.toks, c.i
    word = toks[i].word
    zero_word = word is not None and word[0] == 0 and c.r.end_tok == i
    small = c.whole_digits and (c.r.value <= SCORE_MAX or (c.r.value <= TALLY_MAX and _falls_after(c)))
    if not (small or zero_word) or c.before in SCORE_NOT_AFTER:
        return None  # بين 10-15 شخصا، من 3-5 أيام: a range
    k = i + 1 if _dash_partner(c.text, toks, i, i + 1) else i - 1 if _dash_partner(c.text, toks, i, i - 1) else None
    if k is None:
        return None
    after = roles_after(toks, max(i, k), c.text)  # لمدة 3-5 أيام، 5-10%: a range of a unit
    unit = after is not None and after[0] in ("duration", "measure", "money", "percent")
    # قتل 10-15 شخصا: a range of a count; not past a comma (بخسارة أمام بلجيكا 2-3، علما أن: a score)
    last = max(i, k)
    unit = unit or (_counted_noun(toks, last + 1) and only_space(gap(c.text, toks[last], toks[last + 1])))
    if zero_word or _zero(toks[k]):
        return "score"  # 1 - صفر يوم الاثنين: no range starts or ends at the word for zero
    end = toks[max(i, k)].end
    sign = c.text[end:end + 2].strip()[:1]
    return None if unit or (sign and sign in PERCENT_SIGNS) else "score"


def _falls_after(c: _Clues) -> bool:
    """A smaller whole number follows the dash (108-96، الفوز111-104): no range runs downwards, it is a tally."""
    toks, i = c.toks, c.i
    if not (i + 1 < len(toks) and _dash_partner(c.text, toks, i, i + 1)):
        return False
    after = toks[i + 1].digits
    return after is not None and after == int(after) and after < c.r.value


TALLY_MAX = 200  # points a side: a basketball result's numbers (108-96) run past a football score's


def _zero(tok: Tok) -> bool:
    return tok.word is not None and tok.word[0] == 0


SCORE_MAX = 20  # goals a side: a match result's numbers are small
SCORE_NOT_AFTER = frozenset({"between", "from", "min", "max", "approx"})  # roles that open a range or bound


def _dash_partner(text: str, toks: list[Tok], i: int, k: int) -> bool:
    """Token k is a small whole number (digits, or the word for zero) joined to token i by a dash."""
    if not 0 <= k < len(toks):
        return False
    a, b = (toks[i], toks[k]) if k > i else (toks[k], toks[i])
    between = text[a.end:b.start].strip()
    if between not in JOINING_DASHES and between not in grammar().stroke:  # (2ـ 0: a tatweel for its stroke)
        return False
    other = toks[k]
    if other.digits is not None:
        return len(other.key) <= 2
    return other.word is not None and other.word[0] == 0

def _unit_after(c: _Clues) -> str | None:
    """على بعد 80 كيلومترا، بقوة 7.5 درجة، عشرات الأمتار -> measure (a distance, size or
    magnitude: never a count)"""
    return "measure" if c.after == "measure" or _unit_with_article(c) else None


def _listed_before_a_unit(c: _Clues) -> str | None:
    """5.8 و6.1 و6.4 بوصة -> measure: numbers listed before the unit of the last share it (as
    a list of amounts shares its currency or a list of spans its unit of time)"""
    if not c.whole_digits:
        return None
    and_ = grammar().and_
    toks, k = c.toks, c.i + 1
    listed = False
    while k < len(toks):
        comma = gap(c.text, toks[k - 1], toks[k]).strip() in (",", ARABIC_COMMA)
        j = k + 1 if toks[k].key in and_ else k if comma or toks[k].conj else -1
        if not 0 <= j < len(toks) or toks[j].digits is None:
            break
        listed, k = True, j + 1
    if not listed:
        return None
    after = roles_after(toks, k - 1, c.text)
    role = after[0] if after else None
    return role if role in ("measure", "money", "duration") else None


def _unit_with_article(c: _Clues) -> bool:
    k = c.r.end_tok + 1
    return k < len(c.toks) and "measure" in roles_of(c.toks[k].key)


def _money_after(c: _Clues) -> str | None:
    """5 دولارات -> money"""
    return "money" if c.after == "money" else None


RULES: tuple[Callable[[_Clues], str | None], ...] = (
    _clock,
    _year_with_era,
    _time_word_before,
    _time_word_after,
    _anniversary,
    _top_of_a_ranking,
    _century,
    _year_span,
    _score_before,
    _magnitude_before,
    _identifier,
    _kin_name,
    _per_before,
    _latin_name,
    _title_number,
    _letter_after,
    _list_index,
    _edition,
    _score_dash,
    _day_of_month,
    _year_after_month,
    _plain_year,
    _year_in_words,
    _duration_after,
    _definite_span,
    _vague_of_time,
    _duration_to,
    _age_before,
    _age_in_apposition,
    _age_in_the,
    _hours_before,
    _unit_before,
    _unit_after,
    _listed_before_a_unit,
    _money_after,
    _noun_and_noun,
)


def classify(text: str, toks: list[Tok], i: int, r: Read) -> str:
    """What a plain number is: count, year, date, time, duration, identifier, measure, money, score."""
    if r.kind == "fraction":
        if _past_the_hour(text, toks, i):
            return "time"
        if _after_an_identifier_word(text, toks, i):
            return "identifier"  # رحلات إيروفلوت رقم 2582/2583: two flights' numbers, no fraction
        unit = _fraction_of_a_unit(toks, i) or _slashed_lengths(text, toks, r)
        return _fraction_of_time(text, toks, r) or unit or r.kind
    if r.kind != "count":
        return r.kind
    before = phrase_before(toks, i, text)
    after = roles_after(toks, r.end_tok, text)
    whole_digits = toks[i].digits is not None and r.end_tok == i
    clues = _Clues(text, toks, i, r, before[0] if before else None, after[0] if after else None, whole_digits)
    for rule in RULES:
        kind = rule(clues)
        if kind is not None:
            return kind
    return "count"


def _after_an_identifier_word(text: str, toks: list[Tok], i: int) -> bool:
    before = phrase_before(toks, i, text)
    return before is not None and before[0] == "identifier"


def _fraction_of_a_unit(toks: list[Tok], i: int) -> str | None:
    """متر ونصف -> measure, ساعة ونصف -> duration: a half glued to و after a unit is a part of that
    measurement"""
    if i == 0 or not toks[i].conj:
        return None
    roles = roles_of(toks[i - 1].key) & {"measure", "money", "duration"}
    return next(iter(roles), None)


def _slashed_lengths(text: str, toks: list[Tok], r: Read) -> str | None:
    """Two numbers a slash joins before a unit of measurement are two readings of one length, no share
    (جدار يمتد 1100/1330 كيلومترا: the hundred-and-eighth set's wall, a figure)."""
    after = roles_after(toks, r.end_tok, text)
    return "measure" if after and after[0] == "measure" else None


LONG_DESIGNATOR = 4  # letters a designator has beyond which a clitic glued to it is read off (لراديو)


def _joined_by_plus(tok: Tok, text: str) -> bool:
    """Digits with a plus and digits right after them (5+1, the group of six powers): a name, not a sum."""
    return tok.digits is not None and text[tok.end:tok.end + 1] == "+" and text[tok.end + 1:tok.end + 2].isdigit()


def _looks_like_identifier(tok: Tok, text: str) -> bool:
    """0955123456 (nine digits or more), 0123 or 017 (a leading zero: a year that lost its 2, يناير 017), +963 (a
    leading plus) -> an identifier"""
    k = tok.key
    if "." in k or "," in k or ARABIC_COMMA in k:
        return False
    if len(k) >= 9:
        return True  # phone numbers, long codes (10840989 voters is a count: 8 digits is not enough)
    if len(k) >= 3 and k.startswith("0"):
        return True
    return tok.start > 0 and text[tok.start - 1] == "+"


def _closes_a_quoted_label(toks: list[Tok], i: int, text: str) -> bool:
    """The number closes a quotation that a noun with the article opens, no other word in it (تعرف بـ"الغرفة 3":
    a chamber of the Thai cave; a multi-outlet story read in session 48 had three displaced)."""
    prev, tok = toks[i - 1], toks[i]
    if not prev.key.startswith(grammar().article) or text[prev.end:tok.start].strip() != "":
        return False
    before, after = text[max(0, prev.start - 1):prev.start], text[tok.end:tok.end + 1]
    return before in OPENING_QUOTES and after in CLOSING_QUOTES and after != ""


OPENING_QUOTES = "\"«“"
CLOSING_QUOTES = "\"»”"


def _names_a_movement(c: _Clues) -> bool:
    """The number opens a name after its noun, the word after it the name's (حركة 5 نجوم، حركة الخمس نجوم)."""
    g, after = grammar(), c.r.end_tok + 1
    return after < len(c.toks) and c.toks[after].key in g.name_after and (
        c.i > 0 and strip_clitic(c.toks[c.i - 1].key) in g.name_noun
    )


def _designation(toks: list[Tok], i: int, text: str) -> bool:
    """Digits that finish a model or code name: letters joined to them by a hyphen (إف-16،
    سو-24، T-4، S-400), Latin letters glued to them (MH17), or a designator word before them
    (إف 16، ميغ 29، بوينغ 747; as written, with no clitic: كيفن لاف 23 نقطة is a score)."""
    if i == 0:
        return False
    prev = toks[i - 1]
    between = text[prev.end:toks[i].start]
    if prev.digits is not None and between in JOINING_DASHES and i > 1 and toks[i - 2].key in words().designators:
        return True  # البوينغ 737-200: the variant of a model
    if prev.digits is not None or prev.word is not None:
        return False  # 2-1, عشرة-15: numbers, not a name
    if between in JOINING_DASHES or (between == "" and prev.key.isascii() and prev.key.isalpha()):
        return True
    if between.strip() in JOINING_DASHES and any(t.key in grammar().model_word for t in toks[max(0, i - 4):i - 1]):
        return True  # من طراز بايبر - 23 أباتشي: a model's name, its hyphen spaced
    if prev.key in grammar().name_noun and any(q in between for q in OPENING_QUOTES):
        return True  # حركة "5 نجوم": a quoted name the number opens
    if _closes_a_quoted_label(toks, i, text):
        return True  # منطقة تعرف بـ"الغرفة 3": a place's name, a noun and its number in quotes
    if i > 1 and toks[i - 2].key in grammar().model_word and prev.word is None and between.strip(" \"'«»“”") == "":
        return True  # صاروخ من طراز "فالكون 9": a model's name and its number
    if prev.key in grammar().model_direct and toks[i].digits is not None and between.strip() == "":
        return True  # طائرة بوينغ من طراز 737: the model's number
    if i > 1 and toks[i - 2].key in grammar().channel_word and _a_channels_name(toks, i, text):
        return True  # قناة كردستان 24، وهي قناة محلية: a channel's name and its number
    # (لراديو 10: a long designator keeps its meaning with a clitic; لاف 23 is no إف; a unit's arm may stand between
    # it and its number: فوج المدفعية 137، اللواء المدرع 47)
    designated = prev.key in words().designators or (
        len(prev.key) > LONG_DESIGNATOR and strip_clitic(prev.key) in words().designators
    ) or (i > 1 and toks[i - 2].key in grammar().unit_word and prev.key.startswith(grammar().article)) or (
        # (فوج المدفعية الـ93: the article written apart before the number; H74)
        i > 2 and prev.key == grammar().article and toks[i - 3].key in grammar().unit_word
        and toks[i - 2].key.startswith(grammar().article)
    )
    return designated and between.strip(" \"'«»“”-\u2013") == ""


def _a_channels_name(toks: list[Tok], i: int, text: str) -> bool:
    """The number at ``i`` ends the name of the channel two words before it: one word of name before it
    (no number word, no particle: قناة إلى 13 مليار), and after it a break, the end or a definite word
    (قناة روسيا 24 العامة), not what it counts (قناة بطول 60 كيلومترا، قناة عبور 8 سفن)."""
    prev = toks[i - 1]
    if prev.word is not None or prev.digits is not None or prev.key in grammar().particle:
        return False
    if text[prev.end:toks[i].start].strip() or (toks[i].digits is None):
        return False
    after = text[toks[i].end:toks[i + 1].start] if i + 1 < len(toks) else "."
    return bool(after.strip()) or toks[i + 1].key.startswith(grammar().article)


def _a_models_name(toks: list[Tok], i: int, text: str) -> bool:
    """The number at ``i`` ends the model name of the device two words before it: one word of brand
    before it, nothing but a quotation mark between, and no counted noun after it (هاتف آيفون 5 ملايين
    is five million of them)."""
    if i < 2 or strip_clitic(toks[i - 2].key) not in grammar().device_word:
        return False
    prev = toks[i - 1]
    if prev.word is not None or prev.digits is not None or prev.key in grammar().particle or toks[i].digits is None:
        return False
    after = toks[i + 1].key if i + 1 < len(toks) else ""
    return not text[prev.end:toks[i].start].strip(" \"'«»“”") and not _counted_noun(toks, i + 1) and (
        strip_clitic(after) not in words().words and after not in grammar().device_after_count
    )
