"""What a figure no casualty or humanitarian measure claims tracks: a vote share or count, seats, a
price, an exchange rate, a match result, or else a sum of money (``news/data/tracked_words.tsv``).

Read with each number, from its sentence's tokens, and applied last, to the figures the other passes
left as "other": those passes tell a count of people from the rest by "other", and these figures are
never people counted, so nothing they decide changes. The words are looked for a few words either
side of the number, inside its sentence."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from operator import attrgetter

from khulasa.arabic.clitics import clitic_letters
from khulasa.arabic.normalize import normalize
from khulasa.arabic.tokenize import Token, tokenize
from khulasa.model import Figure, Measure
from khulasa.news.resources import read_table, word_set

LEFT_REACH = 8  # words before the number its subject or verb may stand in (وتراجعت الليرة التركية بنسبة 7 في المئة)
RIGHT_REACH = 5  # words after it its unit or counted noun may stand in (ليرة للدولار، من الأصوات)
NEAR = 4  # words either side a vote or a seat is counted in (24 مليون عراقي في سجلات الناخبين)
SUBJECT_REACH = 3  # words before the number a currency is its subject in (وانخفضت الليرة بنحو 18%)
# a word as looked up: the kinds of the table its token's key is (with or without a one-letter proclitic)
Kinds = frozenset[str]
_NONE: Kinds = frozenset()
# the kinds one of which every reading needs near the number (the rest only go with one of these: مقابل
# with a currency, المجلس with a member, نسبة with a turnout, من أصل with seats)
NEEDED = frozenset({
    "goal", "seat", "member", "elect", "house", "counted", "boxes", "not_price", "output", "vote", "turnout", "won",
    "quoted_currency", "price", "currency", "value", "point", "market", "level",
})


@cache
def _index() -> dict[str, Kinds]:
    """word as a token's key, bare or with a one-letter proclitic (بالمئة، وبنسبة) -> the kinds of the table it is."""
    out: dict[str, set[str]] = {}
    for row in read_table("tracked_words.tsv"):
        word = normalize(row[1])
        # (no proclitic on a word of two letters: بين, between, is no ب before the yen)
        for key in (word, *(p + word for p in _PROCLITICS if len(word) > SHORT_WORD)):
            out.setdefault(key, set()).add(row[0])
    return {w: frozenset(k) for w, k in out.items()}


_PROCLITICS = "وفبل"  # the one-letter proclitics a word of the table may carry
SHORT_WORD = 2  # letters of a word too short to be read with a proclitic (ين، وون is three)


@cache
def _cues() -> frozenset[str]:
    """The keys of the words of a kind every reading needs: one look at the words near a number tells
    most numbers (a toll's, a date's) there is nothing to read."""
    return frozenset(w for w, kinds in _index().items() if kinds & NEEDED)


def _kinds(key: str) -> Kinds:
    return _index().get(key, _NONE)


_KEY = attrgetter("key")


def measure_at(tokens: list[Token], lo: int, hi: int, unit: str, score: bool, vague: bool = False) -> Measure:
    """What the number of tokens lo..hi of its sentence tracks (``score``: the number reader read a
    match result: 3 - صفر; ``vague``: a vague count, ملايين الدولارات, which states no price), else "other"."""
    before, after = tokens[max(0, lo - LEFT_REACH):lo], tokens[hi + 1:hi + 1 + RIGHT_REACH]
    cues = _cues()
    if not score and cues.isdisjoint(map(_KEY, before)) and cues.isdisjoint(map(_KEY, after)):
        return "money" if unit == "money" else "other"  # (every reading needs a word of the table near the number)
    left, right = [_kinds(t.key) for t in before], [_kinds(t.key) for t in after]
    return tracked_measure(left, right, _Sentence(tokens), unit, score, vague)


class _Sentence:
    """The kinds of a sentence's words, read the first time they are asked for."""

    def __init__(self, tokens: list[Token]):
        self._tokens = tokens
        self._kinds: list[Kinds] | None = None

    def __call__(self) -> list[Kinds]:
        if self._kinds is None:
            self._kinds = [_kinds(t.key) for t in self._tokens]
        return self._kinds


def with_tracked_measures(text: str, figures: list[Figure], typed: dict[int, Measure]) -> list[Figure]:
    """The figures of ``text`` with each one still "other" typed by what it tracks (``typed``: by where each
    figure starts, read when it was found; only the figures that track something)."""
    if not typed:
        return figures
    return _prices_joined_by_and(
        text, [replace(f, measure=typed[f.start]) if f.measure == "other" and f.start in typed else f for f in figures]
    )


def _prices_joined_by_and(text: str, figures: list[Figure]) -> list[Figure]:
    """A sum joined by و to a price of its sentence in the same currency is the price's other end (وسيتراوح سعر
    التذكرة ما بين 70 يورو (86 دولارا) على أقل تقدير، و450 يورو على أقصى تقدير: a held-out set of session 28); one
    right after «to», a price's change told just before it, is the level the price reached (وزاد خام برنت 52 سنتا، أو ما
    يعادل 0.8 بالمئة، إلى 65.36 دولار: a random draw of session 28)."""
    out: list[Figure] = []
    for f in figures:
        joined = f.measure == "money" and _joined(text, f.start)
        if f.measure == "money" and (joined or _reached(text, f.start)):
            same = (
                g for g in reversed(out)
                if g.sentence_start == f.sentence_start and (not joined or _currency(g) == _currency(f))
            )
            before = next(same, None)
            if before is not None and before.measure == "price" and (joined or _right_after(text, before, f)):
                f = replace(f, measure="price")
        out.append(f)
    return out


def _right_after(text: str, before: Figure, f: Figure) -> bool:
    """Only «to» and marks stand between the price's change and the sum (، إلى): not «ما أدى إلى»، «إضافة إلى»."""
    return len(_WORD.findall(text[before.end:f.start])) == 1


def _reached(text: str, start: int) -> bool:
    """The word right before the figure is «to» (إلى 65.36 دولار)."""
    before = text[max(0, start - REACHED_CHARS):start].split()
    return bool(before) and normalize(before[-1]) in word_set("tracked_words.tsv", "to_level")


REACHED_CHARS = 12  # characters before a figure its «to» stands in
_WORD = re.compile(r"\w+")


def _currency(f: Figure) -> str:
    """The sum's currency, by its counted noun's first letters: the noun's number and case change its ending
    (دولار، دولارا، دولارات؛ ليرة، ليرات)."""
    return normalize((f.subject or "").split()[0])[:CURRENCY_LETTERS] if f.subject else ""


CURRENCY_LETTERS = 3  # letters that tell one currency's noun from another's (دول، دين، لير، ريا، يور)


def _joined(text: str, start: int) -> bool:
    """A glued و stands right before the figure (و450), a word of its own."""
    return start > 0 and text[start - 1] in clitic_letters("conjunction") and (start < 2 or text[start - 2].isspace())


def with_shares_beside_votes(text: str, figures: list[Figure]) -> list[Figure]:
    """A share still "other" set right after مقابل or an opening bracket, the figure before it in its
    sentence a vote share with a few words between, is another candidate's share (بوتين نسبة 71,9
    بالمئة مقابل 15,9 بالمئة لغرودينين؛ وحل أمام جيرينوفسكي (6,7 بالمئة) والصحافية سوبتشاك (2,5 بالمئة))."""
    out: list[Figure] = []
    for f in figures:
        before = out[-1] if out else None
        if (
            f.measure == "other" and f.unit == "percent" and before is not None and before.measure == "votes"
            and before.unit == "percent" and before.sentence_start == f.sentence_start
            and _set_beside(text[before.end:f.start]) and not _of_another_whole(text[before.end:f.end + WHOLE_AFTER])
        ):
            f = replace(f, measure="votes")
        out.append(f)
    return out


def _set_beside(gap: str) -> bool:
    """The words between two shares end with a word that sets one beside the other, and are few."""
    words = normalize(gap.replace("(", " ( ")).split()
    return 0 < len(words) <= BESIDE_REACH and words[-1] in word_set("tracked_words.tsv", "beside_vote")


def _of_another_whole(words: str) -> bool:
    """Between the two shares or just after the second, a word says it is a share of something else: the
    ballots counted (بعد فرز (60 بالمئة) من بطاقات الاقتراع), a population (الأكراد (30 بالمئة) من سكانه)."""
    whole = word_set("tracked_words.tsv", "not_beside_vote")
    keys = [t.key for t in tokenize(words)]
    return any(k in whole or (len(k) > 1 and k[1:] in whole) for k in keys)


WHOLE_AFTER = 20  # characters after the second share that may say what it is a share of (من سكانه)
BESIDE_REACH = 10  # words between two candidates' shares (من الأصوات وحل أمام القومي المتشدد فلاديمير جيرينوفسكي ()


def _is(word: Kinds, kind: str) -> bool:
    return kind in word


def _any(words: list[Kinds], kind: str) -> bool:
    return any(kind in k for k in words)


def tracked_measure(
    left: list[Kinds], right: list[Kinds], sentence: Callable[[], list[Kinds]], unit: str, score: bool,
    vague: bool = False,
) -> Measure:
    """The measure of an "other" figure from the words before it (nearest last), after it and of its
    whole sentence, else "other"."""
    present = frozenset().union(*left, *right)  # (each reading is tried only when a kind it needs is near)
    if score or ("goal" in present and _a_result(left, right)):
        return "score"
    if not present.isdisjoint(_SEAT_KINDS) and _seats(left, right, unit):
        return "seats"
    if not present.isdisjoint(_NOTHING_KINDS) and _nothing(left, right):
        # (no one's votes and no price; a sum with its currency is still a sum: تمثل 2.2 مليار ريال منها)
        return "money" if unit == "money" else "other"
    if not present.isdisjoint(_VOTE_KINDS) and _votes(left, right, unit, sentence):
        return "votes"
    if "quoted_currency" in present and (
        _pair(left, "quoted", "quoted_currency") or (_any(right[:1], "priced_in") and _any(left, "quoted_currency"))
        or (_any(right[:1], "priced_in") and _pair(right[1:3], "counter", "quoted_currency"))
    ):
        # وصل سعر الدولار الخميس إلى 5.4 ليرة؛ الدولار ارتفع إلى 87 ألف ريال؛ السعر الرسمي الذي بلغ 42 ألف ريال مقابل
        # الدولار (held-out set 47, after its first score)
        return "rate"
    if "exchange" in present and _any(left + right, "currency") and _any(left + right, "counter"):
        return "rate"  # سعر صرف الجنيه عند 47.5 جنيه للدولار: an exchange rate, though سعر stands before it
    if "price" in present and not vague and _any(left + right[:3], "price"):
        return "price"  # (not اختلاس ملايين الدولارات after التلاعب في أسعار: a vague sum is money, no price)
    if not present.isdisjoint(_RATE_KINDS) and _rate(left, right, unit, sentence):
        return "rate"
    if not present.isdisjoint(_FAR_PRICE_KINDS) and _priced_far(left, right, unit, sentence):
        return "price"
    return "money" if unit == "money" else "other"


_SEAT_KINDS = frozenset({"seat", "member", "elect", "house"})
_NOTHING_KINDS = frozenset({"counted", "boxes", "not_price", "output", "casting", "barred", "contender"})
_VOTE_KINDS = frozenset({"vote", "turnout", "won"})
_RATE_KINDS = frozenset({"currency", "value"})
_FAR_PRICE_KINDS = frozenset({"point", "market", "level"})


def _nothing(left: list[Kinds], right: list[Kinds]) -> bool:
    """No one's votes and no price: the share of the ballots counted so far (بعد فرز 90 بالمئة من الأصوات، 37 في
    المائة فقط من صناديق الاقتراع), those kept from voting (حالت دون إدلاء الآلاف بأصواتهم),
    a central bank's rate (سعر الفائدة، 125 نقطة أساس)."""
    if _pair(left[-3:], "kept_from", "casting") or _any(left[-1:], "barred") or (
        _any(left[-2:-1], "barred") and _any(right[:1], "vote")
    ):
        # (حالت دون إدلاء الآلاف بأصواتهم، منع آلاف، منعت السلطات آلاف الناخبين: kept from voting; not منع النقاب
        # بنسبة 51.2 بالمئة, a ban voted for)
        return True
    return (
        _any(left[-2:], "counted") or _any(right[:3], "boxes") or _any(left[-NEAR:] + right[:3], "not_price")
        or _any(right[:1], "output")  # (ثلاثة أرباع إنتاجه: a share of the output, right after the number)
        or _any(right[:1], "contender")  # (يشارك في هذا الاقتراع 24 مرشحا: those who stand, no votes)
    )


def _rate(left: list[Kinds], right: list[Kinds], unit: str, sentence: Callable[[], list[Kinds]]) -> bool:
    """An exchange rate: a currency quoted against another (7.24 ليرة للدولار، تراجعت الليرة 7 في المئة أمام
    الدولار), a currency as the subject of a change (وانخفضت الليرة بنحو 18%: not ما يعادل 6000 دولار after a sum
    in rupees), or the share of its value a currency named further back lost (حتى أنها فقدت نحو 90 في المئة من
    قيمتها)."""
    if _any(left + right, "currency") and _any(left + right, "counter"):
        return True
    if unit != "money" and _any(left[-SUBJECT_REACH:], "currency"):
        return True
    return unit == "percent" and _any(right[:2], "value") and _any(sentence(), "currency")


def _priced_far(left: list[Kinds], right: list[Kinds], unit: str, sentence: Callable[[], list[Kinds]]) -> bool:
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


def _seats(left: list[Kinds], right: list[Kinds], unit: str) -> bool:
    """Seats: the noun right after (19 مقعدا), just before a count (عدد المقاعد (71)، 112 مقعدا من أصل 222),
    the members a vote elects (لانتخاب 230 نائبا), or a house of parliament after (و33 في مجلس النواب)."""
    if _any(right[:2], "seat"):
        return True
    if right and _is(right[0], "member") and (_any(right[1:4], "parliament") or _any(left[-2:], "parliament")):
        return True  # 21 نائباً في البرلمان، ممثلاً بـ33 نائباً
    if unit != "count":
        return False
    out_of = _pair(left[-2:], "from", "origin") and _any(left[-4:-2], "seat")  # 112 مقعدا فقط من أصل 222
    last = left[-1:]
    return out_of or _any(last, "seat") or _any(last, "elect") or _any(right[:3], "house")


def _votes(left: list[Kinds], right: list[Kinds], unit: str, sentence: Callable[[], list[Kinds]]) -> bool:
    """Votes or voters: their noun near (21.5 مليون صوت، من الأصوات، 24,5 مليون ناخب), a turnout, or a
    share won in a sentence about an election (حصل بولسونارو على 46 بالمئة)."""
    if _pair(left[-NEAR:], "vote", "sound") and not _any(right[:1], "vote"):
        return False  # سمعوا صوت إطلاق أكثر من 20 طلق ناري: the sound of shots (not 120 ألف صوت)
    if _any(right[:NEAR] + left[-NEAR:], "vote") or _pair(left, "ratio", "turnout"):
        return True
    return unit == "percent" and _any(left, "won") and _any(sentence(), "election")


def _pair(left: list[Kinds], first: str, second: str) -> bool:
    """A word of ``first`` right before one of ``second`` among the words before the number."""
    return any(first in a and second in b for a, b in zip(left, left[1:]))


def _a_result(left: list[Kinds], right: list[Kinds]) -> bool:
    """A count of goals against another (بأربعة أهداف مقابل هدفين، مقابل ثلاثة)."""
    if bool(right) and _is(right[0], "goal") and _any(right[1:3], "goal_link"):
        return True
    return len(left) >= 2 and _is(left[-1], "goal_link") and _any(left[-3:-1], "goal")  # (the other side's)
