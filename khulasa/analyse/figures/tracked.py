"""What a figure no casualty or humanitarian measure claims tracks: a vote share or count, seats, a
price, an exchange rate, a match result, or else a sum of money (``news/data/tracked_words.tsv``).

Read last, over the figures the other passes left as "other": those passes tell a tracked quantity
from background by "other", and these figures are never people counted, so nothing they decide
changes. The words are looked for in a few words either side of the number, inside its sentence."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache, partial

from khulasa.arabic.clitics import bare
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers import scan
from khulasa.model import Article, Figure, Measure
from khulasa.news.resources import word_set

LEFT_REACH = 8  # words before the number its subject or verb may stand in (وتراجعت الليرة التركية بنسبة 7 في المئة)
RIGHT_REACH = 5  # words after it its unit or counted noun may stand in (ليرة للدولار، من الأصوات)
NEAR = 4  # words either side a vote or a seat is counted in (24 مليون عراقي في سجلات الناخبين)
SUBJECT_REACH = 3  # words before the number a currency is its subject in (وانخفضت الليرة بنحو 18%)
_CHARS = 160  # characters either side read: more than the words reached


@cache
def _words(kind: str) -> frozenset[str]:
    return word_set("tracked_words.tsv", kind)


def with_tracked_measures(article: Article, figures: list[Figure]) -> list[Figure]:
    """The figures with each "other" one typed by what it tracks, where its words say."""
    out = []
    for f in figures:
        if f.measure == "other":
            left, right = _around(article.text, f)
            measure = tracked_measure(left, right, partial(_sentence_words, article.text, f), f.unit, f.quote)
            f = replace(f, measure=measure) if measure != "other" else f
        out.append(f)
    return out


def _around(text: str, f: Figure) -> tuple[list[str], list[str]]:
    """(the words before the number, nearest last; those after it), normalised."""
    left = normalize(text[max(f.sentence_start, f.start - _CHARS):f.start]).split()[-LEFT_REACH:]
    right = normalize(text[f.end:min(f.sentence_end, f.end + _CHARS)]).split()[:RIGHT_REACH]
    return [_clean(w) for w in left], [_clean(w) for w in right]


def _sentence_words(text: str, f: Figure) -> list[str]:
    return [_clean(w) for w in normalize(text[f.sentence_start:f.sentence_end]).split()]


def _clean(word: str) -> str:
    return word.strip(",،.؛:()\"“”«»-")


def _is(word: str, kind: str) -> bool:
    words = _words(kind)
    return word in words or bare(word) in words


def _any(words: list[str], kind: str) -> bool:
    return any(_is(w, kind) for w in words)


def tracked_measure(
    left: list[str], right: list[str], sentence: Callable[[], list[str]], unit: str, quote: str,
) -> Measure:
    """The measure of an "other" figure from the words around it, else "other" (``sentence``: its
    sentence's words, read only when the words near it do not tell)."""
    if _a_result(left, right, quote):
        return "score"
    if _seats(left, right, unit):
        return "seats"
    if _any(left[-2:], "counted") or _any(left[-NEAR:] + right[:3], "not_price"):
        return "other"  # بعد فرز 90 بالمئة من الأصوات; سعر الفائدة
    if _votes(left, right, unit, sentence):
        return "votes"
    if _pair(left, "quoted", "quoted_currency") or (_any(right[:1], "priced_in") and _any(left, "quoted_currency")):
        return "rate"  # وصل سعر الدولار الخميس إلى 5.4 ليرة؛ الدولار ارتفع إلى 87 ألف ريال
    if _any(left + right[:3], "price"):
        return "price"
    if _rate(left, right, unit, sentence):
        return "rate"
    if _priced_far(left, right, unit, sentence):
        return "price"
    return "money" if unit == "money" else "other"


def _rate(left: list[str], right: list[str], unit: str, sentence: Callable[[], list[str]]) -> bool:
    """An exchange rate: a currency quoted against another (7.24 ليرة للدولار، تراجعت الليرة 7 في المئة أمام
    الدولار), a currency as the subject of a change (وانخفضت الليرة بنحو 18%: not ما يعادل 6000 دولار after a sum
    in rupees), or the share of its value a currency named further back lost (حتى أنها فقدت نحو 90 في المئة من
    قيمتها)."""
    if _any(left + right, "currency") and _any(left + right, "counter"):
        return True
    if unit != "money" and _any(left[-SUBJECT_REACH:], "currency"):
        return True
    return unit == "percent" and _any(right[:2], "value") and _any(sentence(), "currency")


def _priced_far(left: list[str], right: list[str], unit: str, sentence: Callable[[], list[str]]) -> bool:
    """A price whose index or good is named further back in the sentence: an index's points or a share of
    them (هبط 724.42 نقطة، أو 2.93 بالمئة), a market's moves (ارتفع مؤشر دبي 0.62% في التعاملات الصباحية،
    وكذلك أبوظبي بمعدل 0.39%), a level (وقفز خام برنت ... قبل أن يتراجع تحت مستوى 75 دولارا)."""
    near = left[-3:] + right[:1]
    if unit in ("percent", "count") and (_any(near, "point") or (unit == "percent" and _any(near, "market"))):
        if _any(sentence(), "index"):
            return True
    if unit == "percent" and _any(left, "market") and _any(left, "index"):
        return True
    return _any(left[-3:], "level") and _any(sentence(), "price")


def _seats(left: list[str], right: list[str], unit: str) -> bool:
    """Seats: the noun right after (19 مقعدا), just before a count (عدد المقاعد (71)، 112 مقعدا من أصل 222),
    the members a vote elects (لانتخاب 230 نائبا), or a house of parliament after (و33 في مجلس النواب)."""
    if _any(right[:2], "seat"):
        return True
    if right and _is(right[0], "member") and (_any(right[1:4], "parliament") or _any(left[-2:], "parliament")):
        return True  # 21 نائباً في البرلمان، ممثلاً بـ33 نائباً
    if unit != "count":
        return False
    out_of = left[-2:] == list(_OUT_OF) and _any(left[-4:-2], "seat")  # 112 مقعدا فقط من أصل 222
    last = left[-1:]
    return out_of or _any(last, "seat") or _any(last, "elect") or _any(right[:3], "house")


_OUT_OF = (normalize("من"), normalize("أصل"))


def _votes(left: list[str], right: list[str], unit: str, sentence: Callable[[], list[str]]) -> bool:
    """Votes or voters: their noun near (21.5 مليون صوت، من الأصوات، 24,5 مليون ناخب), a turnout, or a
    share won in a sentence about an election (حصل بولسونارو على 46 بالمئة)."""
    if _any(right[:NEAR] + left[-NEAR:], "vote") or _pair(left, None, "turnout"):
        return True
    return unit == "percent" and _any(left, "won") and _any(sentence(), "election")


def _pair(left: list[str], first: str | None, second: str) -> bool:
    """A word of ``first`` (نسبة when None) right before one of ``second`` among the words before the number."""
    return any(
        (_is(a, first) if first else a == _RATIO) and _is(b, second) for a, b in zip(left, left[1:])
    )


_RATIO = normalize("نسبة")


def _a_result(left: list[str], right: list[str], quote: str) -> bool:
    """A match result: a score as written (3 - صفر) or a count of goals against another (بأربعة أهداف مقابل هدفين)."""
    numbers = scan(quote)[1]
    if numbers and numbers[0].kind == "score":
        return True
    if bool(right) and _is(right[0], "goal") and _any(right[1:3], "goal_link"):
        return True
    return len(left) >= 2 and _is(left[-1], "goal_link") and _any(left[-3:-1], "goal")  # (the other side's)
