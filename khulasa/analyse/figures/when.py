"""As of when, within a sentence: the period words nearest a figure (``news/data/periods.tsv``: a
window, a running total, a point), shown only when they say something, the dates a sentence
states, and how many days a window's words count. What the rest of its article says of a figure's
days (the lead's day, a disaster's, a running total's start) is ``days.py``'s."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date
from functools import cache, lru_cache
from itertools import compress
from math import ceil
from operator import or_

from khulasa.analyse.figures.place import CLAUSE_MARKS
from khulasa.analyse.figures.words import (
    PHRASE_BREAKS,
    broken,
    either,
    figure_words,
    in_clause_words,
    index_at,
    opens_a_clause,
)
from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.clitics import bare_all, clitic_letters
from khulasa.arabic.dates import DateValue, named_weekday
from khulasa.arabic.dates import find as find_dates
from khulasa.arabic.dates import may_contain as may_contain_date
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers import NumberMatch, scan
from khulasa.arabic.numbers.words import words as number_words
from khulasa.arabic.stopwords import relative_pronouns
from khulasa.arabic.tokenize import Token
from khulasa.model import Sentence
from khulasa.news.resources import read_lines, read_table


@lru_cache(maxsize=1)
def _periods() -> list[tuple[tuple[str, ...], str]]:
    rows = []
    for line in read_lines("periods.tsv"):
        kind, phrase = line.split("\t")[:2]
        if kind != "more":
            rows.append((tuple(normalize(w) for w in phrase.split()), kind))
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _period_words() -> frozenset[str]:
    """Words that carry a period phrase on (الماضي، الشهر، شباط...)."""
    words: set[str] = set()
    for line in read_lines("periods.tsv"):
        kind, phrase = line.split("\t")[:2]
        if kind != "not_period":
            words.update(normalize(w) for w in phrase.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _period_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in _periods():
        index.setdefault(words[0], []).append((words, kind))
    return index


def period_cues(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(index, length, kind) of every period cue of a sentence."""
    index = _period_index()
    cues = []
    keys = [t.key for t in tokens]
    glued = bare_all(keys)
    # (most words open no cue: one look-up each, in one pass, before anything is built)
    for i in compress(range(len(keys)), map(or_, map(index.__contains__, keys), map(index.__contains__, glued))):
        key = keys[i]
        for first in (key,) if glued[i] == key else (key, glued[i]):
            for words, kind in index.get(first, ()):
                n = len(words)
                if (first, *keys[i + 1:i + n]) == words:
                    cues.append((i, n, kind))
                    break
    # a phrase that only looks like one (من خلال: "by means of", not "during") hides the cues inside it
    masked = {k for i, n, kind in cues if kind == "not_period" for k in range(i, i + n)}
    kept = [c for c in cues if c[2] != "not_period" and c[0] not in masked and not _counts_no_time(tokens, c)]
    # (a counted window reads its unit a few words on: not one inside such a phrase, في ساعة متأخرة، في ساعة ذروة)
    counted = [c for c in _counted_windows(tokens) if masked.isdisjoint(range(c[0], c[0] + COUNTED_WINDOW_WORDS))]
    return _begun_within(tokens, sorted(kept + counted))


def _begun_within(tokens: list[Token], cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A window whose noun is said to have begun (خلال العملية العسكرية التي بدأها في سيناء) or to run since a start
    (خلال الاشتباكات هناك منذ الأسبوع الماضي) runs from that start: the start's cue a few words on stands for it, as a
    running total's; not any total's words (خلال الساعات الـ24 الماضية، ليرتفع إجمالي: the day's, then the sum)."""
    kinds = {kind for _, _, kind in cues}
    if "begun" not in kinds and ("window" not in kinds or "total" not in kinds):
        return cues  # (most sentences: no window before a start, nothing to read)
    since = figure_words("since")
    begun = [i for i, _, kind in cues if kind == "begun" or (kind == "total" and unglued(tokens[i].key) in since)]
    return [
        (i, n, "total" if kind == "begun" else kind) for i, n, kind in cues
        if kind != "window" or not any(i < j <= i + BEGUN_WORDS for j in begun)
    ]


BEGUN_WORDS = 4  # words from a window's word to the «begun» of its noun (خلال العملية العسكرية التي بدأها)
COUNTED_WINDOW_WORDS = 4  # the words a counted window's preposition reads its unit from (في خمسة أيام، في لندن في ساعة)


def _counts_no_time(tokens: list[Token], cue: tuple[int, int, str]) -> bool:
    """A window's word before a count of what is no time (خلال ثلاث عمليات، خلال 3 جولات): how many
    operations it took, no stretch of days (a held-out set had 948 migrants saved «during three operations»
    of yesterday dated as of the day reported)."""
    i, n, kind = cue
    j = i + n
    if kind != "window" or j >= len(tokens) or not (tokens[j].is_number or tokens[j].key in number_words().words):
        return False
    return not _unit_within(tokens, j - 1)


def _counted_windows(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """A preposition before a counted stretch of time is a window too: في خمسة أيام، في يومين
    (in data: figure_words.tsv, window_in); not في عام 2004, a year."""
    out = []
    window_in = figure_words("window_in")
    glued = bare_all([t.key for t in tokens])  # (the list period_cues made bare: remembered)
    for i in [k for k, bare in enumerate(glued[:-1]) if bare in window_in]:
        if _unit_within(tokens, i) and not (
            _a_noun_between(tokens, i) or _lasts(tokens, i) or _unit_as_adjective(tokens, i)
        ):
            phrase = " ".join(t.text for t in tokens[i:i + COUNTED_WINDOW_WORDS])
            if window_back(phrase) is not None:
                out.append((i, 1, "window"))
    return out


def period(
    tokens: list[Token], cues: list[tuple[int, int, str]], positions: list[int], lo: int, hi: int, text: str,
    dates: Sequence[tuple[int, str]] = (), said: Sequence[int] = (), total_from: int | None = None,
    verbs: Sequence[int] = (),
) -> tuple[str, str | None]:
    """(kind, the words that say it) of the period cue nearest the number; on a tie the narrower
    period wins (a toll "in the past 24 hours" is not a running total). A date the sentence states
    (``dates``: token index and words) dates the figure when it is nearer than any cue (في عام
    2004 ... مقتل أكثر من 226 ألف). A toll said to rise or to run since a start stays a running
    total when a day is nearer: that day is the day it was reported (ارتفعت حصيلة ... إلى 199،
    وفق ما أعلن متحدث الخميس), as does one named so anywhere before it in its sentence (أحدث
    حصيلة للقتلى في مؤتمر صحفي الأربعاء، وهو 39): ``total_from``, the first such cue (``first_total``).
    ``verbs``: where verbs of saying stand (أعلن، قال): a day right after one is the statement's."""
    best = None
    bearing = _cues_bearing(tokens, cues, positions, lo, hi, text, dates)
    near = _not_the_statements_day(bearing, cues, said, verbs, lo, hi)
    since = _compared_since(tokens, lo)
    if since is not None:
        # the number is what a superlative compares with (أكبر عدد ضحايا ... منذ مقتل 98 شخصا في
        # إعصار عام 2004؛ الأكبر منذ القصف الكيماوي عام 2013، وأدى إلى مقتل نحو 1400): its "since" is
        # the comparison's; only what follows that dates it
        near = [c for c in near if c[0] > since]
        dates = [d for d in dates if d[0] > since]
        total_from = total_from if total_from is not None and total_from > since else None
    for i, n, kind in near:
        rank = (_distance(i, lo, hi), {"window": 0, "total": 1, "point": 2}[kind])
        if best is None or rank < best[0]:
            best = (rank, kind, i, n)
    date = _nearest_day(tokens, lo, hi, text, dates, said, verbs)
    total = total_from is not None and total_from <= hi  # a raise the number's span took in (ليصل إلى 347)
    if total and date is not None and (total_from or 0) < date[2] < lo and _when_it_befell(tokens, date[2], lo):
        total = False  # منذ اندلاع الاحتجاجات ...، وبلغت ذروتها في 14 أيار عندما قتل 61: that day's count
    if date is not None and (
        best is None or best[1] == "point" or date[0] <= best[0][0]
        or (date[2] < lo and _a_bare_total(text, tokens, best, lo, hi))
    ):
        # a running total stays one when the day of the statement is nearer than its "since"
        # (وذكر المرصد الأحد أن أكثر من 1500 مقاتل لقوا حتفهم منذ بدء الهجوم): that day is the day reported
        total = total or any(
            kind == "total" and i > hi and not _anothers(tokens, i, hi) and _one_clause(text, tokens, hi, i)
            for i, _n, kind in near
        )
        if total or _since_a_day(date[1]) or _a_disasters_day(tokens, date[2], date[1]):
            return "total", _since_an_event_before(text, tokens, near, date[2], date[1], lo)
        return "point", date[1]
    if best is None:
        return "none", None
    _, kind, i, n = best
    kind, phrase = _cue_words(text, tokens, cues, positions, best[1:], lo, hi)
    led = next((words for k, words in dates if k == i + n), None) if not _says_when(phrase) else None
    if led is not None:
        # the cue opens a date the sentence states (خلال شهري ابريل/نيسان ومايو/أيار 2018): that date
        return ("total" if total else "point"), led
    if not _says_when(phrase) and kind == "window" and date is not None:
        # 54 في المئة خلال الانتخابات الأخيرة التي أجريت قبل 9 أعوام: the number's own "during"
        # names an event, which the date of the sentence dates
        return ("total" if total else "point"), date[1]
    if kind == "point" and total:
        kind = "total"
    return kind, phrase if _says_when(phrase) else None


def _nearest_day(
    tokens: list[Token], lo: int, hi: int, text: str, dates: Sequence[tuple[int, str]], said: Sequence[int],
    verbs: Sequence[int],
) -> tuple[int, str, int] | None:
    """(distance, words, token index) of the date nearest the number among those that may date it."""
    if not dates:
        return None  # (most sentences state no date)
    bearing_days = [
        (i, words) for i, words in _statement_days(_not_the_speakers(dates, said, lo), verbs, lo, tokens)
        if _bears_on(text, tokens, hi, i)
    ]
    if len(bearing_days) > 1 and any(i > hi for i, _ in bearing_days):
        # the number's own clause states its date after it: one before, in the clause before, is that clause's
        bearing_days = [(i, w) for i, w in bearing_days if not (i < lo and _a_clause_between(text, tokens, i, lo))]
    return min(((_distance(i, lo, hi), _with_since(tokens, i, words), i) for i, words in bearing_days), default=None)


def _a_bare_total(
    text: str, tokens: list[Token], best: tuple[tuple[int, int], str, int, int], lo: int, hi: int,
) -> bool:
    """The nearest cue is a running total whose words say nothing of when (حسب حصيلة جديدة), right by
    the number: a day its sentence states before the number is where the total runs from (استهدف مساء
    الثلاثاء لقاء انتخابيا ... وتسبب بمقتل 22 شخصا حسب حصيلة جديدة)."""
    (distance, _), kind, i, n = best
    if kind != "total" or distance > BARE_TOTAL_REACH:
        return False
    return not _says_when(_period_phrase(text, tokens, i, n, lo, hi))


BARE_TOTAL_REACH = 3  # words between a count and the bare running total that is said of it (22 شخصا حسب حصيلة جديدة)


def _cues_bearing(
    tokens: list[Token], cues: list[tuple[int, int, str]], positions: list[int], lo: int, hi: int, text: str,
    dates: Sequence[tuple[int, str]],
) -> list[tuple[int, int, str]]:
    """The cues near the number that may date it: not a one-word window cue inside a date the sentence
    states, which is that date's word (الماضية of الليلة الماضية 18 جثة: last night, not a window of
    18), nor a day restating a time in GMT (22,58 بتوقيت غرينتش الأحد)."""
    near = _cues_near(cues, positions, lo, hi)
    if not near:
        return near  # (most numbers have no cue near them: the sentence's dates are not indexed for nothing)
    in_dates = {k for i, words in dates for k in range(i, i + len(words.split()))}
    utc = figure_words("utc_marker")
    return [
        c for c in _as_seen_from(near, lo, hi)
        if _bears_on(text, tokens, hi, c[0]) and not (c[2] == "window" and c[1] == 1 and c[0] in in_dates)
        and not (c[0] > 0 and tokens[c[0] - 1].key in utc)
    ]


def _cue_words(
    text: str, tokens: list[Token], cues: list[tuple[int, int, str]], positions: list[int],
    cue: tuple[str, int, int], lo: int, hi: int,
) -> tuple[str, str]:
    """(kind, words) of the nearest cue, or of a longer phrase it ends or a stretch right after it
    when its own words say nothing of when."""
    kind, i, n = cue
    phrase = _period_phrase(text, tokens, i, n, lo, hi)
    if _says_when(phrase):
        return kind, phrase
    return (
        _covering(text, tokens, cues, positions, i, lo, hi) or _followed(text, tokens, cues, positions, i, lo, hi)
        or (kind, phrase)
    )


def _covering(
    text: str, tokens: list[Token], cues: list[tuple[int, int, str]], positions: list[int], i: int, lo: int, hi: int,
) -> tuple[str, str] | None:
    """(kind, words) of the phrase of the cue just before the cue at token i, when that phrase
    runs over it: the nearest cue of a number may be the tail of a longer phrase (الماضية in خلال
    الساعات الأربع والعشرين الماضية، ... فيما قتل 96 مسلحا)."""
    k = bisect_left(positions, i)
    if k == 0:
        return None
    j, n, kind = cues[k - 1]
    phrase = _period_phrase(text, tokens, j, n, lo, hi)
    if kind == "raise" or tokens[j].start + len(phrase) < tokens[i].end or not _says_when(phrase):
        return None
    return kind, phrase


FOLLOW_GAP = 3  # words an event's "during" may run before the stretch that dates it (خلال المواجهات في أقل من أسبوع)


def _followed(
    text: str, tokens: list[Token], cues: list[tuple[int, int, str]], positions: list[int], i: int, lo: int, hi: int,
) -> tuple[str, str] | None:
    """(kind, words) of a counted window right after the cue at token i, when that cue only names
    what happened (قتلوا خلال المواجهات في أقل من أسبوع: the week dates them, not the fighting)."""
    k = bisect_right(positions, i)
    if k >= len(cues):
        return None
    j, n, kind = cues[k]
    if kind != "window" or j - i > FOLLOW_GAP + 1 or lo <= j <= hi or broken(text, tokens, i, j, PHRASE_BREAKS):
        return None
    phrase = _period_phrase(text, tokens, j, n, lo, hi)
    return (kind, phrase) if window_back(phrase) is not None else None


def first_total(cues: list[tuple[int, int, str]]) -> int | None:
    """Where the first cue of a running total (or of a toll raised: ليرتفع بذلك عدد) stands in
    its sentence, found once per sentence."""
    return next((i for i, _n, kind in cues if kind in ("total", "raise")), None)


def level_period(kind: str, words: str | None, text: str = "") -> tuple[str, str | None]:
    """The period of a level (the number besieged, a population): "since" says how long the state
    has lasted, not when it was counted (يعيش 400 ألف شخص يعانون منذ 2013 من حصار: 400,000 on
    the day reported), so a level is never a running total; nor is a date inside a «since» clause of
    its sentence (``text``) its day (ويعيش أكثر من 600 ألف يهودي في نحو 140 مستوطنة بنيت منذ احتلال
    إسرائيل للضفة الغربية والقدس الشرقية عام 1967: a whole-store draw of session 51 had them as of 1967)."""
    first = normalize(words or "").split()[:1]
    if kind == "total" or (first and unglued(first[0]) in figure_words("since")) or _in_a_since_clause(text, words):
        return "none", None
    return kind, words


def _in_a_since_clause(text: str, words: str | None) -> bool:
    """A «since» stands a few words before the words in the sentence, no clause mark between."""
    at = text.find(words) if words else -1
    if at <= 0:
        return False
    before = text[:at]
    cut = max(before.rfind(mark) for mark in CLAUSE_MARKS)
    keys = normalize(before[cut + 1:]).split()[-SINCE_SPAN:]
    since = figure_words("since")
    return any(unglued(k, "conjunction") in since for k in keys)


# how many words after a superlative its span of comparison may reach (منذ القصف الكيماوي الذي شهدته الغوطة عام 2013)
SINCE_SPAN = 8  # words from a «since» to the date it gives (منذ انطلاق الحملة الانتخابية في منتصف نيسان)
COMPARED_SPAN = 8


def _compares(tokens: list[Token], i: int, hi: int) -> bool:
    """The cue or date at token i, after the number, is in the span a superlative compares over
    (يخشى أن يكون 74 شخصا قد لقوا حتفهم ... وهذه أسوأ حرائق تشهدها اليونان خلال عشر سنوات؛
    الحصيلة الأكبر منذ القصف الكيماوي عام 2013) or in what the figure is compared with (مقارنة
    مع), not the figure's period."""
    if i <= hi:
        return False
    keys = _bare_keys(tokens)
    worst, first = figure_words("superlative"), figure_words("first_of_its_kind")
    for j in range(max(hi + 1, i - COMPARED_SPAN), i):
        w = keys[j]
        if (w in worst and not _a_bound(tokens, j)) or (w in first and _first_of_its_kind(tokens, j)):
            return True
    # (a date inside a «since» the superlative compares over: أول تفجير ... منذ انطلاق الحملة في منتصف نيسان)
    since = figure_words("since")
    k = next((
        k for k in range(i - 1, max(hi, i - SINCE_SPAN - 1), -1) if tokens[k].key in since or tokens[k].key[1:] in since
    ), None)
    if k is not None and _compares(tokens, k, hi):
        return True
    # ...، مقارنة مع 17 بالمائة في أوائل عام 2017: all the comparison says is of what it compares with
    # (بتهمة قتل متظاهرين عام 2011، المتهم باغتصاب وقتل طفلة الشهر الماضي، أدينوا باقتحام مركز شرطة عام 2013: the
    # charge's day, the crime's; H99 had a verdict dated by its crime)
    compared = either(figure_words("compared"), figure_words("charge"), figure_words("charged_with"))
    # (... «وذلك» before the time words points back to the whole statement: المتهمين بارتكاب جرائم مختلفة، بينهم 652
    # قاصرا، وذلك خلال الفترة ما بين سبتمبر 2017 ويوليو 2018 dates the 3,273 interventions too, H109)
    back = figure_words("start_points_back")
    told = next((j for j in range(i - 1, max(hi, i - POINTS_BACK_REACH - 1), -1) if keys[j] in back), hi)
    return any(keys[j] in compared for j in range(told + 1, i)) or _set_against(tokens, keys, hi, i)


# words from «وذلك» to the time words it dates the statement by (وذلك خلال الفترة ما بين؛ not وذلك بسبب الأحداث
# الأخيرة ... خلال شهر كانون الأول: the cause's month)
POINTS_BACK_REACH = 4
AGAINST_REACH = 3  # words from «مقابل» to the number it sets against the figure (مقابل نحو 50 بالمئة)
AGAINST_DATE_REACH = 3  # words from that number to the date that is its own (نحو 50 بالمئة في أواخر 2016)


def _set_against(tokens: list[Token], keys: list[str], hi: int, i: int) -> bool:
    """The date at token i follows, closely, another number that «مقابل» sets against the figure ending at hi
    (أقل من 3 بالمئة ... مقابل نحو 50 بالمئة في أواخر 2016): it is that number's day."""
    against = figure_words("against")
    for j in range(hi + 1, i):
        if keys[j] not in against:
            continue
        k = next((k for k in range(j + 1, min(i, j + 1 + AGAINST_REACH)) if tokens[k].is_number), None)
        if k is not None and i - k <= AGAINST_DATE_REACH + 1:
            return True
    return False


def _first_of_its_kind(tokens: list[Token], j: int) -> bool:
    """«The first» at token j, before what it is the first of (في أول تفجير ... منذ), not before a word of time
    (أول أمس)."""
    return unglued(tokens[j].key, "conjunction") in figure_words("first_of_its_kind") and (
        j + 1 < len(tokens) and unglued(tokens[j + 1].key, "conjunction") not in figure_words("first_not_compared")
    )


def _a_bound(tokens: list[Token], j: int) -> bool:
    """The superlative at token j bounds the number right after its «than» (أكثر من 4 آلاف), comparing nothing;
    أعلى بنسبة 50 في المائة من عام 2016 and أكثر 3 مرات مما كان عليه في 2016 compare."""
    after = tokens[j + 1:j + 3]
    return len(after) == 2 and after[0].key in figure_words("of") and after[1].is_number


def _anothers(tokens: list[Token], i: int, hi: int) -> bool:
    """The "since" at token i stands after another number than the one ending at hi: it is that
    one's (غداة مقتل 9 مدنيين ... ومقتل 62 عنصرا ... منذ الاثنين؛ أنقذ الغواصون ستة من أصل 12
    صبيا ... العالقين منذ نحو أسبوعين)."""
    if i <= hi + 1 or unglued(tokens[i].key, "conjunction") not in figure_words("since"):
        return False  # a rise foreseen (مرشحة للارتفاع) is said of every toll before it
    return any(t.is_number and t.text.isdigit() and not _the_wounded_half(tokens, k) for k, t in enumerate(tokens[:i])
               if k > hi)


WOUNDED_HALF_REACH = 3  # words between «وأصيب» and its number: the bound's (واصيب اكثر من 4 آلاف آخرين)


def _the_wounded_half(tokens: list[Token], k: int) -> bool:
    """The number at token k is the wounded of the toll before it (وأصيب 60 آخرون، وأصيب أكثر من 4 آلاف
    آخرين): one toll with it."""
    bound = figure_words("bound_word")
    for j in range(k - 1, max(-1, k - 1 - WOUNDED_HALF_REACH), -1):
        before = tokens[j].key
        if before.startswith("و") and unglued(before, "conjunction") in figure_words("wounded_half"):
            return True
        if before not in bound:
            return False  # (only a bound's words stand between: وأصيب ضابط وقتل 200 is another toll)
    return False


def _bears_on(text: str, tokens: list[Token], hi: int, i: int) -> bool:
    """The time words at token i may date the number ending at token hi: they are not what a
    superlative compares with, another number's "since", or a clause of contrast's day."""
    return (
        not _compares(tokens, i, hi) and not _anothers(tokens, i, hi) and not _contrasted(text, tokens, hi, i)
        and not (i > hi + 1 and _ends_between(text, tokens, hi, i))
        and not (i > 0 and tokens[i - 1].key in figure_words("delivery"))  # (تسليم يونيو: a contract's month)
        and not _of_an_event_it_is_part_of(tokens, hi, i)
        and not (i > hi + 1 and _past_the_morrow(tokens, hi, i))
        and not (i < hi and _a_comparisons_day(text, tokens, i, hi))
        and not (i < hi and _in_a_relative_aside(text, tokens, i, hi))
    )


def _in_a_relative_aside(text: str, tokens: list[Token], i: int, hi: int) -> bool:
    """The time words at token i, before the number, stand in a relative clause set off by commas that closes before
    the number (وطالبان، التي التزمت بهدنة مع الحكومة من 15 إلى 17 حزيران/يونيو، مسؤولة عن 40%: the truce's days,
    H-set AL-internationalNews-1942, not those of the half-year's share), unless what follows the clause goes on
    with its event (الهجوم ... الذي شنته القوات العراقية على المدينة عام 1988، موقعا نحو 5 آلاف قتيل؛ ...، حيث
    اختطف التنظيم 110 فتيات)."""
    gap = text[tokens[i].end:tokens[hi].start]
    if not any(c in gap for c in CLAUSE_MARKS):
        return False  # (most dates before a number: no comma between)
    marks = "".join(CLAUSE_MARKS)
    after = next((k for k in range(i, hi) if broken(text, tokens, k, k + 1, marks)), None)
    if after is None or unglued(tokens[after + 1].key, "conjunction") in figure_words("aside_goes_on"):
        return False
    relative = relative_pronouns()
    # (time words set off by commas of their own, الذي تقوده السعودية، الأربعاء، أنها: the sentence's, not the clause's)
    for k in range(i, max(0, i - ASIDE_REACH) - 1, -1):
        if k > 0 and broken(text, tokens, k - 1, k, marks):
            return k < i and tokens[k].key in relative  # (the clause the time words stand in opens here)
    return False


ASIDE_REACH = 10  # words from a relative pronoun after a comma to the time words of its clause


def _a_comparisons_day(text: str, tokens: list[Token], i: int, hi: int) -> bool:
    """The time words at token i, before the number, end a «compared with» that holds no number of its own and no
    clause mark (ارتفاع ... (+52%) مقارنة مع الفترة نفسها عام 2017 مع 149 قتيلا: 2017 is the baseline's, the 149
    are this year's), unless a «when» between leads to the number (مقارنة بالأسبوع الماضي عندما سقط أكثر من 50
    مصابا: the number is the baseline, of that week)."""
    keys, compared = _bare_keys(tokens), figure_words("compared")
    if compared.isdisjoint(keys[max(0, i - COMPARED_REACH):i]):
        return False  # (most dates: no «compared with» before them)
    when = figure_words("when_it_befell")
    if any(keys[k] in when for k in range(i + 1, hi)):
        return False
    marks = "".join(CLAUSE_MARKS)
    for j in range(i - 1, max(-1, i - COMPARED_REACH - 1), -1):
        if tokens[j].is_number or broken(text, tokens, j, j + 1, marks):
            return False
        if keys[j] in compared:
            return True
    return False


COMPARED_REACH = 4  # words from «مقارنة» to the time words of what it compares with (مقارنة مع الفترة نفسها عام 2017)


# the last token list asked and its words without a glued و (_bare_keys): one pair, replaced whole, so that threads
# sharing the module (a dask worker's) never read one sentence's tokens with another's words
_last_bare: list[tuple[list[Token], list[str]]] = [([], [])]


def _bare_keys(tokens: list[Token]) -> list[str]:
    """The words of ``tokens`` without a glued و (``bare_all``), kept for the last token list asked: a sentence's
    numbers and dates each ask them, and the tokens of one sentence are one list (read only)."""
    last = _last_bare[0]
    if last[0] is not tokens:
        last = (tokens, bare_all([t.key for t in tokens], "conjunction"))
        _last_bare[0] = last
    return last[1]


def _past_the_morrow(tokens: list[Token], hi: int, i: int) -> bool:
    """«The morrow of» stands between the number and the time words after it: they date the earlier event the
    number's is set after (مقتل أربعة انتحاريين في هجوم على مقر الشرطة، بعد يوم من سلسلة تفجيرات ... خلال قداس
    الأحد: a real multi-outlet story read in session 28 had the Monday attack's dead on Sunday)."""
    keys = _bare_keys(tokens)[hi + 1:i]
    if _morrow_firsts().isdisjoint(keys):
        return False  # (most spans: no word a «morrow» opens with)
    return any(
        keys[k:k + len(words)] == words for words in _morrow_words() for k in range(len(keys) - len(words) + 1)
    )


@lru_cache(maxsize=1)
def _morrow_words() -> tuple[list[str], ...]:
    return tuple(w.split() for w in figure_words("morrow"))


@lru_cache(maxsize=1)
def _morrow_firsts() -> frozenset[str]:
    return frozenset(words[0] for words in _morrow_words())


def _of_an_event_it_is_part_of(tokens: list[Token], hi: int, i: int) -> bool:
    """The «since» at token i follows a participle of going on (المستمرة منذ) after a word of being part of
    something (ضمن، في إطار): it dates the larger happening the number's event belongs to (7 قتلوا في تظاهرة تأتي
    ضمن مسيرات العودة المستمرة منذ 30 مارس), not the number; a toll «in the war going on since» runs from it."""
    if i <= hi + 1 or tokens[i - 1].key not in figure_words("ongoing"):
        return False
    within = figure_words("within")
    return any(unglued(t.key, "conjunction") in within for t in tokens[hi + 1:i - 1])


def _a_clause_between(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """A comma and a word opening the next clause (، كما، ، فيما) stand between tokens ``a`` and ``b``."""
    return any(
        in_clause_words(tokens[k].key, "next_clause") and broken(text, tokens, k - 1, k, "".join(CLAUSE_MARKS))
        for k in range(a + 1, b + 1)
    )


def _ends_between(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """A sentence's end stands in a gap between tokens ``a`` and ``b`` (not in a decimal number between)."""
    return any(ch in SENTENCE_ENDS for k in range(a + 1, b + 1) for ch in text[tokens[k - 1].end:tokens[k].start])


# a sentence's end inside a quotation the splitter keeps whole: the time words past it are the next sentence's
# ("رئيس الحكومة أكد وفاة 164 شخصا. لقي نحو مئة شخص مصرعهم في الساعات الـ36 الأخيرة")
SENTENCE_ENDS = ".!?؟"


def _contrasted(text: str, tokens: list[Token], hi: int, i: int) -> bool:
    """The day at token i stands after the number, in a clause a comma and a word of contrast or of
    the past open (ونالت أفلامه عشرات جوائز الأوسكار، لكنه دخل الجمعة مكبل اليدين: a second random draw;
    يبلغ عددهم حاليا أكثر من 1500، وكانوا يناهزون نحو مئة ألف قبل استقلال تونس سنة 1956: a draw of seed
    19): that clause's day, not the number's."""
    if i <= hi + 1 or not broken(text, tokens, hi, i, "".join(CLAUSE_MARKS)):
        return False  # (no clause opens between: most dates)
    # (an opener with its pronoun glued on, لكنه، لكنها, starts as the opener does)
    was = figure_words("was")  # (وكانوا يناهزون نحو مئة ألف قبل استقلال تونس سنة 1956: the past's count, its year)
    marks = "".join(CLAUSE_MARKS)
    # the last clause a comma and an opener start before the day is the day's: one of contrast or of the past keeps
    # it; one that only goes on (، كما خلفت الحرب ... خلال الشهرين الماضيين) leaves it to the sentence, as before
    last = next((
        k for k in range(i - 1, hi, -1) if broken(text, tokens, k - 1, k, marks) and (
            opens_a_clause(tokens[k].key) or unglued(tokens[k].key, "conjunction") in was
            or in_clause_words(tokens[k].key, "next_clause")
        )
    ), None)
    if last is None or _goes_on(tokens[last].key):
        return False
    # (a clause of the past that counts keeps its day past any comma: كان آخرها مقتل 62 فلسطينيًا وجرح 3188 آخرين،
    # الاثنين والثلاثاء: the last incident's days, not those of the toll since 30 March before it; one that only
    # describes, كانوا يحاولون الوصول إلى الشواطئ الأوروبية، ليل الجمعة- السبت, leaves the night to the rescue)
    counts = unglued(tokens[last].key, "conjunction") in was and any(t.is_number for t in tokens[last:i])
    return counts or _within_its_clause(text, tokens, last, i)


def _goes_on(key: str) -> bool:
    """The word opens a clause that only goes on from the one before (كما), not one of contrast (فيما، بينما)."""
    return in_clause_words(key, "next_clause") and not opens_a_clause(key)


def _within_its_clause(text: str, tokens: list[Token], k: int, i: int) -> bool:
    """The time words at token ``i`` are in the clause token ``k`` opens: no clause mark stands in the gaps between,
    or the last one stands well before them (بينما قالت بريطانيا، التي قادت ... اجتياح العراق في عام 2003: Britain's
    year, still the contrast's). Time words opening a piece of their own after a comma are said of the whole sentence
    (84 أسرة فقدت عائلها، فيما تعرض 150 شخص آخر لإصابات ...، خلال شهري ابريل ومايو: both clauses' two months; ...،
    فيما لا يزال العشرات مفقودين، وفق حصيلة جديدة). Gap by gap: a number between may hold a comma (1,4)."""
    marks = "".join(CLAUSE_MARKS)
    last = next((j for j in range(i - 1, k - 1, -1) if broken(text, tokens, j, j + 1, marks)), None)
    # (a weekday set off by commas is the clause's own: وكانت سجلت عند التسوية في جلسة، الثلاثاء، ارتفاعا)
    return last is None or i - last > TAIL_LEAD or named_weekday(tokens[i].text) is not None


TAIL_LEAD = 2  # words a piece after a comma may open with before its time words (، وفق حصيلة جديدة)


def _compared_since(tokens: list[Token], lo: int) -> int | None:
    """Where منذ stands when a superlative, then منذ, stand in the words before the number (at
    most ``COMPARED_SPAN`` and a few more): the number is the past event the superlative is
    measured against."""
    since = figure_words("since")
    worst = figure_words("superlative")
    window = range(max(0, lo - COMPARED_SPAN - 4), lo)
    glued = _glued_since()
    if not any(tokens[k].key in glued for k in window):
        return None  # (most numbers have no منذ before them: their words are not made bare for nothing)
    # (the window's words only: the whole sentence's, asked for every number, made a sentence of thousands quadratic)
    words = dict(zip(window, bare_all([tokens[k].key for k in window], "conjunction")))
    ks = [k for k in window if words[k] in since]
    if ks and any(words[j] in worst for j in range(window.start, ks[-1])):
        return ks[-1]
    return None


@cache
def _glued_since() -> frozenset[str]:
    """The words of "since" as written, alone or after a glued و or ف (ومنذ): every word that the
    conjunction's bare form may make one."""
    since = figure_words("since")
    return since | {c + w for w in since for c in clitic_letters("conjunction")}


def _as_seen_from(cues: list[tuple[int, int, str]], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The cues as they bear on a number at tokens ``lo``..``hi``: a clause of consequence (ليرتفع بذلك
    عدد القتلى إلى) makes a running total of the number after it, and says nothing of the count
    before it, which is what raised that total (مقتل 43 فلسطينيا ..., ليرتفع بذلك عدد قتلى المسيرة);
    a toll said to may rise (قد يزيد) is a running total before it, and nothing of a count after it."""
    return [
        (i, n, "total" if kind in ("raise", "may_rise") else kind) for i, n, kind in cues
        if (kind != "raise" or i < lo) and (kind != "may_rise" or i > hi)
    ]


def _not_the_statements_day(
    near: list[tuple[int, int, str]], cues: list[tuple[int, int, str]], said: Sequence[int], verbs: Sequence[int],
    lo: int, hi: int,
) -> list[tuple[int, int, str]]:
    """The cues that may date a figure: not a day named before the word that opens what a speaker
    says (أعلن قائد في الشرطة، الخميس، أن قواته قتلت 13 ... في عمليات وقعت، الأربعاء: Thursday is
    the statement's) when the sentence names a day after the figure, no other speaker between, which
    is then the figure's."""
    opened = max((k for k in said if k < lo), default=-1)
    stated = [c for c in near if c[2] == "point" and c[0] < opened]
    later = next((c for c in cues if c[2] == "point" and c[0] > hi), None) if stated else None
    if later is None or any(hi < k < later[0] for k in (*said, *verbs)):
        return near
    return [c for c in near if c not in stated] + [later]


def _not_the_speakers(dates: Sequence[tuple[int, str]], said: Sequence[int], lo: int) -> list[tuple[int, str]]:
    """The dates that may date a figure: not those before the word that opens what a speaker
    says (أعلن المرصد، الجمعة، أن 44 شخصا قتلوا خلال الليلة الماضية: Friday is the day of the
    statement, the night before is the figure's), unless no other is left."""
    opened = max((k for k in said if k < lo), default=-1)
    after = [d for d in dates if d[0] > opened]
    return after or list(dates)


def _a_disasters_day(tokens: list[Token], at: int, words: str) -> bool:
    """The weekday at token ``at`` names a disaster, right after its noun (وتأكد مقتل 164 شخصا في زلزال الأحد): the
    disaster's toll so far, from that day to the day reported (a multi-outlet story read in session 39, Lombok); not
    a past one named by its month or year (زلزال أكتوبر عام 2005، إعصار عام 2004: its toll, told once)."""
    if at == 0 or named_weekday(words) is None:
        return False
    word = unglued(tokens[at - 1].key, "conjunction")
    return any(word.startswith(d) for d in figure_words("disaster"))


def _when_it_befell(tokens: list[Token], at: int, lo: int) -> bool:
    """«When» stands between the day at token ``at`` and the number at ``lo`` (في 14 أيار/مايو عندما قتل 61): the
    count is of that day's happening (H76)."""
    return any(tokens[k].key in figure_words("when_it_befell") for k in range(at + 1, lo))


def _one_clause(text: str, tokens: list[Token], hi: int, i: int) -> bool:
    """No comma stands between token ``hi`` and token ``i``: a "since" beyond one describes another
    noun (وأصاب عشرات آخرين، على الحدود ...، ضمن مسيرات العودة المستمرة منذ 6 أشهر)."""
    gap = text[tokens[hi].end:tokens[i].start]
    return not any(c in gap for c in CLAUSE_MARKS)


# a day at most this many words after a verb of saying is the statement's (4 was tried in session 34 for أعلن مصدر أمني
# تشادي الأحد: it took the day of the act after أصدرت السلطات في تركيا، الاثنين and أكد الدفاع أنه قدم الاثنين)
STATEMENT_REACH = 3


def _statement_days(
    dates: Sequence[tuple[int, str]], verbs: Sequence[int], lo: int, tokens: Sequence[Token] = (),
) -> list[tuple[int, str]]:
    """The dates that may date a figure at token ``lo``: not a day right after a verb of saying before
    it (أعلن مصدر أمني الأحد مقتل 18 شخصاً مساء الخميس: Sunday is the day of the statement, Thursday
    evening the deaths'), nor one right before what the speaker says when a stretch is stated after the
    figure (قالت اللجنة ...، الثلاثاء، إنها رصدت 5432 حالة ... خلال الفترة من 1 يوليو 2017م - 31 يناير
    2018م), unless no other is left."""
    kept = [
        d for d in dates
        if not (d[0] < lo and (
            any(0 < d[0] - v <= STATEMENT_REACH for v in verbs)
            or (_before_what_is_said(tokens, d) and any(_a_stretch_stated(words) for k, words in dates if k > lo))
        ))
    ]
    return kept or list(dates)


def _a_stretch_stated(words: str) -> bool:
    """The words state a stretch of days (من 1 يوليو 2017م - 31 يناير 2018م), which a speaker's day yields to."""
    return stated_stretch(words) is not None


@lru_cache(maxsize=1024)
def stated_stretch(words: str, anchor: date | None = None) -> DateValue | None:
    """The stretch of days the words state from one date to another (من 1 يوليو 2017م - 31 يناير 2018م), read
    against ``anchor``; else None."""
    if len(words.split()) < STRETCH_WORDS or not may_contain_date(words):
        return None  # (a day, a month: most dates are no stretch from one date to another)
    found = find_dates(words, anchor)
    v = found[0].value if len(found) == 1 else None
    return v if v is not None and v.grain == "interval" else None


STRETCH_WORDS = 4  # words a stretch from one date to another takes at least (من 1 يوليو - 31 يناير)


def _before_what_is_said(tokens: Sequence[Token], d: tuple[int, str]) -> bool:
    """The token right after the date's words opens what a speaker says (إن، أن، with its pronoun: إنها)."""
    k = d[0] + len(d[1].split())
    if k >= len(tokens):
        return False
    key = unglued(tokens[k].key, "conjunction")
    said = figure_words("said")
    return key in said or any(key.endswith(p) and key[:-len(p)] in said for p in figure_words("said_pronoun"))


def _distance(i: int, lo: int, hi: int) -> int:
    return lo - i if i < lo else max(0, i - hi)


@lru_cache(maxsize=256)  # (a sentence's figures ask for the same few cue phrases: خلال، منذ بدء الهجوم)
def _says_when(phrase: str) -> bool:
    """The words can be shown as the figure's when: they hold a date, a number (خلال 24 ساعة)
    or a phrase of some length (منذ بداية هجوم النظام). A cue alone and the words that happened
    to follow it (خلال، نتيجتها، أدى الهجوم) say nothing a reader can use."""
    words = [unglued(w, "conjunction") for w in normalize(phrase).split()]
    if any(w in figure_words("not_when") for w in words):
        return False  # في سن 29 عاما: an age, not a stretch of time
    if window_back(phrase) is not None:
        return True
    dated = bool(may_contain_date(phrase) and find_dates(phrase))
    tokens, numbers = scan(phrase)
    # a number counts only with its unit of time (خلال 24 ساعة), not alone (خلال 21 مباراة، من خلال 20
    # طبيبا، بإجمالي 11.6، ليصل إلى 7: a random draw of the whole-corpus store)
    counted = any(m.value is not None for m in numbers)
    if counted and not dated and not any(_is_unit(t) for t in tokens):
        return False
    # (a longer phrase says when only as a stretch, «since» or «during» and what it names: منذ بداية هجوم النظام; not a
    # toll's words, حصيلة غير نهائية، وإجمالي العدد, nor «in» and a noun, في إضراب عام: a general strike, no year)
    return dated or counted or (len(words) >= 3 and _opens_a_stretch(words))


def _opens_a_stretch(words: list[str]) -> bool:
    """The words open with a stretch of time: «since», or a window's word of its own (خلال، طوال، على مدى، في
    الأيام), not «in» alone."""
    return words[0] in figure_words("since") or words[0] in _window_openers() or tuple(words[:2]) in _window_cues()


@cache
def _first_words(*kinds: str) -> frozenset[str]:
    """The first words of the cues of ``kinds`` in periods.tsv (window: خلال، في، طوال; point: صباح، أمس)."""
    return frozenset(words[0] for words, kind in _periods() if kind in kinds)


def _time_openers() -> frozenset[str]:
    """The first words of the window and day cues: words of time."""
    return _first_words("window", "point")


@cache
def _window_cues() -> frozenset[tuple[str, ...]]:
    """The window cues of periods.tsv, word by word (في الأيام، على مدى)."""
    return frozenset(words for words, kind in _periods() if kind == "window")


@cache
def _window_openers() -> frozenset[str]:
    """The first words of the window cues (خلال، طوال، على), but «in» (في), which opens most phrases."""
    return _first_words("window") - figure_words("window_in")


def _cues_near(cues: list[tuple[int, int, str]], positions: list[int], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The cues (in token order; ``positions``: their token indices) that may be nearest
    tokens lo..hi: from those at the last position before lo to those at the first position
    after hi. Any other is further away, and looking at every cue for every number was
    quadratic in a long sentence."""
    a = bisect_left(positions, lo)
    first = bisect_left(positions, positions[a - 1]) if a > 0 else a
    b = bisect_right(positions, hi)
    last = bisect_right(positions, positions[b]) if b < len(positions) else b
    return cues[first:last]


def _period_phrase(text: str, tokens: list[Token], i: int, n: int, lo: int, hi: int) -> str:
    """The period words from token i: the cue, then what carries it on (الماضي، 19 فبراير، وحتى
    الثالث من الشهر الجاري), and after بداية/بدء the event it names (بداية هجوم النظام)."""
    words = _period_words()
    last = i + n - 1
    event = 3 if tokens[last].key in figure_words("event_start") else 0
    dated = event > 0  # (an event named after بدء may be dated a few words on: see _event_dated_at)
    reach = PHRASE_REACH
    j = last + 1
    while j < len(tokens) and j - i < reach:
        if broken(text, tokens, j - 1, j, PHRASE_BREAKS):
            break
        key = tokens[j].key
        if key in words or unglued(key) in words or _a_number_of_time(tokens, j) or (
            key.startswith("ال") and key[2:] in words
        ):
            last = j
            # (the event's day said, its name is over: منذ بدء العملية في 20 يناير الماضي مع ارتفاع... ends at الماضي)
            event = 0 if tokens[j].is_number else event
        elif _unit_within(tokens, j):
            last = j  # the count of a window's units: خلال ثمانية أيام، في غضون أقل من 48 ساعة
        elif _is_unit(tokens[j]) or (last == j - 1 and _counts_units(tokens, j)):
            last = j  # the unit itself (خلال أسبوعين), its count after it (الأسابيع الثلاثة، الساعات الأربع والعشرين)
        elif event > 0:
            event -= 1
            last = j
        elif dated and (k := _event_dated_at(text, tokens, j, lo, hi)) is not None:
            # منذ بدء التظاهرات الرافضة للحصار المفروض على قطاع غزة في 30 آذار/مارس: the event's day, said after it
            dated, j, last, reach = False, k, k, PHRASE_REACH + EVENT_DATE_REACH
        else:
            break
        j += 1
    if last == i + n - 1 and tokens[i].key in figure_words("since"):
        last = _since_an_event_in(text, tokens, last, lo, hi)
    # a phrase does not end on a preposition or on the figure itself (السبت إلى 21)
    trailing = figure_words("trailing")
    while last > i + n - 1 and (tokens[last].key in trailing or lo <= last <= hi):
        last -= 1
    # a toll's words that say nothing of when are no part of the time after them (الإجمالي هذا العام: this year)
    first = i + n if last > i + n - 1 and not _a_cue_of_time(text[tokens[i].start:tokens[i + n - 1].end]) else i
    return text[tokens[first].start:tokens[last].end]


PHRASE_REACH = 12  # words a period phrase may run to from its cue


def _a_number_of_time(tokens: list[Token], j: int) -> bool:
    """Token j is a number of the period's words: a year, or one its unit or month follows (19 فبراير، الـ24
    ساعة); not a count of something else the words run into (خلال تلك الأشهر 3,600 شخص، في إحدى السنوات 7 مرات:
    a whole-corpus review had shown those counts as the figures' «when»)."""
    if not tokens[j].is_number:
        return False
    key = tokens[j].key
    if key.isdigit() and len(key) == YEAR_DIGITS:
        # (a year of the news' centuries: لترتفع بذلك حصيلة القتلى منذ 18 شباط/فبراير إلى 1031 counts, it dates nothing)
        return YEARS_OF_NEWS[0] <= int(key) <= YEARS_OF_NEWS[1]
    if j > 1 and tokens[j - 1].key == "ال" and _is_unit(tokens[j - 2]):
        return True  # the count of the units before it, with their article (خلال الأشهر الـ12، الساعات ال24)
    if j + 1 >= len(tokens):
        return False
    after = tokens[j + 1].key
    words = _period_words()
    return _is_unit(tokens[j + 1]) or after in words or unglued(after) in words or tokens[j + 1].is_number


YEARS_OF_NEWS = (1800, 2100)  # the years a period's words name (منذ 1948، خلال الفترة من 2014)
YEAR_DIGITS = 4  # a number of four digits in a period's words is its year (منذ 2011، خلال الفترة من 2014)
EVENT_DATE_REACH = 6  # words after an event's name its day may be said in (المفروض على قطاع غزة في 30 آذار)


@lru_cache(maxsize=256)
def _a_cue_of_time(cue: str) -> bool:
    """The cue's words are words of time: «since» or a window's or a day's (منذ بدء، خلال، أمس), or «now» (حتى الآن);
    not a toll's (الإجمالي، ارتفعت حصيلة، حصيلة جديدة). Asked of words, not of the date reader: a cheap test."""
    words = [unglued(w, "conjunction") for w in normalize(cue).split()]
    if words[0] in figure_words("since") or words[0] in _time_openers() or words[0] in figure_words("since_then"):
        return True
    return any(w in figure_words("now") for w in words)


def _event_dated_at(text: str, tokens: list[Token], j: int, lo: int, hi: int) -> int | None:
    """Where a number stands right after «في» within ``EVENT_DATE_REACH`` words from token ``j`` of one
    phrase, not the figure's own: the day of the event named before it; else None."""
    for k in range(j, min(len(tokens) - 1, j + EVENT_DATE_REACH)):
        if lo <= k + 1 <= hi or broken(text, tokens, k - 1, k + 1, PHRASE_BREAKS):
            return None
        if tokens[k].key == "في" and tokens[k + 1].is_number:
            return k + 1
    return None


def _with_since(tokens: list[Token], i: int, words: str) -> str:
    """A date's words with the منذ right before it: the start of a running total (27 شخصاً لقوا حتفهم
    وأصيب 60 آخرون جراء الضربات التي استهدفت محافظة إدلب منذ الثلاثاء), not that day's count."""
    if i > 0 and unglued(tokens[i - 1].key, "conjunction") in figure_words("since"):
        return f"{tokens[i - 1].text} {words}"
    return words


def _since_a_day(words: str) -> bool:
    """The words open with منذ and run to no end of their own (منذ مساء الأحد حتى فجر الاثنين is a
    stretch from one day to the next, not a total to the day reported)."""
    return opens_with_since(words) and not any(w in figure_words("trailing") for w in normalize(words).split())


def opens_with_since(words: str | None) -> bool:
    """The period's words open with منذ (منذ الانقلاب في 2014): a running total from the date in
    them to the day reported, not that date alone."""
    first = normalize(words or "").split()[:1]
    return bool(first) and unglued(first[0], "conjunction") in figure_words("since")


def opens_with_a_start(words: str | None) -> bool:
    """The period's words open with an event's start (انطلقت في التاسع من شباط، بدأت أواخر ديسمبر، اندلع عام
    1984): a running total from the date in them to the day reported, as with منذ."""
    first = normalize(words or "").split()[:1]
    starts = either(figure_words("event_start"), figure_words("event_began"), figure_words("long_begun"))
    return bool(first) and (first[0] in starts or unglued(first[0], "conjunction") in starts)


SINCE_EVENT_WORDS = 8  # words of an event named after منذ before the year that dates it
SINCE_DATE_WORDS = 12  # words from منذ to the date of the event it names (منذ التدخل السعودي ... في آذار)


def _since_an_event_before(
    text: str, tokens: list[Token], near: list[tuple[int, int, str]], at: int, words: str, lo: int,
) -> str:
    """A date's words with the منذ a few words before it that opens an event it dates, the number right after
    them in one clause (منذ التدخل السعودي على رأس التحالف في آذار 2015 بمقتل نحو 10 آلاف: a real multi-outlet
    story read in session 28 had the toll of the month, not the total from it); else the date's words. Not a toll
    of that event itself (منذ وفاة 200 شخص عام 2006؛ منذ اعتداءات ... في يناير 2016، أدت إلى مقتل أربعة)."""
    since = figure_words("since")
    if not at < lo or broken(text, tokens, at, lo, PHRASE_BREAKS):
        return words
    for i, _n, kind in near:
        if kind == "total" and i < at <= i + SINCE_DATE_WORDS and unglued(tokens[i].key, "conjunction") in since and (
            not broken(text, tokens, i, at, PHRASE_BREAKS)
        ):
            return text[tokens[i].start:tokens[at].start + len(words)]
    return words


def _since_an_event_in(text: str, tokens: list[Token], last: int, lo: int, hi: int) -> int:
    """منذ, then an event and the year that dates it, in one clause (منذ تدخل التحالف بقيادة
    السعودية في مارس/ آذار 2015): the phrase runs to the year, else it stays منذ alone."""
    for j in range(last + 1, min(len(tokens), last + 1 + SINCE_EVENT_WORDS)):
        if lo <= j <= hi or broken(text, tokens, j - 1, j, PHRASE_BREAKS):
            break
        if tokens[j].key.isdigit() and len(tokens[j].key) == 4 and 1900 <= int(tokens[j].key) <= 2100:
            return j
    return last


def _is_unit(t: Token) -> bool:
    units = _time_units()
    return t.key in units or unglued(t.key) in units


def _counts_units(tokens: list[Token], j: int) -> bool:
    """Token j is a number word with the article after a plural unit or after another such word
    (الأسابيع الثلاثة، الساعات الأربع والعشرين): the count of the units."""
    key = unglued(tokens[j].key, "conjunction")
    if j == 0 or not key.startswith("ال") or not (_is_unit(tokens[j - 1]) or _counts_units(tokens, j - 1)):
        return False
    return any(m.value is not None for m in scan(key[2:])[1])


# days a window of n units reaches back before the day reported: a window of days counts that
# day (في خمسة أيام: the day and the four before it), the others are lengths of time
_BACK = {"minute": lambda n: n // 1440, "hour": lambda n: ceil(n / 24), "day": lambda n: n - 1,
         "week": lambda n: 7 * n, "month": lambda n: 30 * n, "year": lambda n: 365 * n, "decade": lambda n: 3652 * n}
_DAYS = {"minute": lambda n: n // 1440, "hour": lambda n: ceil(n / 24), "day": lambda n: n,
         "week": lambda n: 7 * n, "month": lambda n: 30 * n, "year": lambda n: 365 * n, "decade": lambda n: 3652 * n}


@lru_cache(maxsize=1)
def _time_units() -> dict[str, tuple[str, int | None]]:
    """word -> (unit, the count the word itself gives: 1 or 2 for a singular or a dual)."""
    return {normalize(w): (unit, int(n) if n else None) for w, unit, n, *_ in read_table("time_units.tsv")}


def window_back(words: str | None) -> int | None:
    """How many days before the day reported a window starts: خلال يومين -> 1, في خمسة أيام -> 4,
    خلال الساعات الـ24 الماضية -> 1, خلال الأسابيع الثلاثة الماضية -> 21; None when the words
    give no length (خلال الأيام الماضية)."""
    counted = _window_count(words)
    back = _BACK[counted[0]](counted[1]) if counted is not None else None
    return back if back is not None and back <= LONGEST_WINDOW else None


def window_days(words: str | None) -> int | None:
    """How many days a window covers, counted forward from its first day (خلال الأسبوعين
    الأولين -> 14, في خمسة أيام -> 5); None when the words give no length."""
    counted = _window_count(words)
    days = _DAYS[counted[0]](counted[1]) if counted is not None else None
    return days if days is not None and days <= LONGEST_WINDOW else None


# a stretch longer than this dates nothing a story tracks (خلال 65 مليون سنة), and counted back from
# 2018 it would fall before the first day a date can hold
LONGEST_WINDOW = 100 * 366


def window_count(words: str | None) -> tuple[str, int] | None:
    """(unit, how many) of a window's words: خلال سبعة أشهر -> ("month", 7)."""
    return _window_count(words)


def _window_count(words: str | None) -> tuple[str, int] | None:
    """(unit, how many) of a window's words."""
    if not words:
        return None
    tokens, numbers = scan(words)
    units = _time_units()
    for i, t in enumerate(tokens):
        unit = units.get(t.key) or units.get(unglued(t.key))
        if unit is None:
            continue
        if any(m.kind == "year" and m.start >= t.end for m in numbers):
            return None  # في عام 2004: a year named, not a stretch counted
        n = unit[1] if unit[1] is not None and not _counted(numbers, tokens, i) else _count_near(tokens, numbers, i)
        return (unit[0], n) if n else None
    return None


def _counted(numbers: list[NumberMatch], tokens: list[Token], i: int) -> bool:
    """A number stands right before the unit (30 يوما، 24 ساعة)."""
    return i > 0 and any(m.start <= tokens[i - 1].start < m.end for m in numbers)


def _count_near(tokens: list[Token], numbers: list[NumberMatch], i: int) -> int | None:
    """The number of units: the number just before the unit (خمسة أيام، الـ48 ساعة) or just after
    a plural (الساعات الـ24، الأيام الثلاثة), read without its article."""
    near = {k for k in (i - 1, i + 1, i + 2) if 0 <= k < len(tokens)}
    for m in numbers:
        if m.value and any(m.start <= tokens[k].start < m.end for k in near):
            return int(m.value)
    if i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال"):
        found = scan(tokens[i + 1].key[2:])[1]
        if found and found[0].value:
            return int(found[0].value)
    return None


def _a_noun_between(tokens: list[Token], j: int, reach: int = 3) -> bool:
    """A definite noun stands between في and the unit of time after it: في البلاد لمدة يومين is a
    mourning's two days in the country, not a window the count is for."""
    units = _time_units()
    for t in tokens[j + 1:j + 1 + reach]:
        if t.key in units or unglued(t.key) in units:
            return False
        if t.key.startswith("ال") and len(t.key) > 3 and not any(ch.isdigit() for ch in t.key):
            return True
    return False


def _unit_as_adjective(tokens: list[Token], j: int, reach: int = 3) -> bool:
    """The unit after في is an adjective of the noun before it, no unit of time (في إضراب عام: a general strike; في
    مكان عام: a public place); «in a year» has nothing or a number before it (في عام، في 3 أعوام)."""
    adjectives = figure_words("unit_adjective")
    for k in range(j + 1, min(j + 1 + reach, len(tokens))):
        if tokens[k].key in adjectives:
            before = unglued(tokens[k - 1].key, "conjunction")
            # (في 3 أعوام، في عامين ونصف عام: a count before it, as a number or a fraction, makes it the unit)
            return k > j + 1 and not tokens[k - 1].is_number and before not in number_words().words
    return False


def _lasts(tokens: list[Token], j: int, reach: int = 3) -> bool:
    """A verb of lasting stands between في and the unit of time after it: في مهمة تستغرق عامين is how
    long a mission takes, not a window its cost is for."""
    lasting = figure_words("lasts")
    return any(unglued(t.key, "conjunction") in lasting for t in tokens[j + 1:j + 1 + reach])


def _unit_within(tokens: list[Token], j: int, reach: int = 3) -> bool:
    """A unit of time is among the next ``reach`` words (the words between count it)."""
    units = _time_units()
    return any(t.key in units or unglued(t.key) in units for t in tokens[j + 1:j + 1 + reach])


def sentence_dates(
    sentence: Sentence, ends: list[int], years: Sequence[NumberMatch] = (), published: date | None = None,
) -> list[tuple[int, str]]:
    """(token index, words) of each date the sentence states that can date a figure: a day, a
    month, a year or a stretch between two days; not a lone اليوم/الآن, which is a manner of
    speaking as often as a date, and not the start of an event (هجوم بدأته في 18 فبراير: the
    offensive's first day, which dates a running total's start, not the figure). ``years``: the
    numbers read as years, which the date reader's pre-check passes over when nothing else in the
    sentence looks like a date (نهائي مونديال 1958، الذي شهد 7 أهداف). A day after ``published``
    is one scheduled (الانتخابات المقررة في 20 تشرين الأول): it dates no count of what happened."""
    starts = either(figure_words("event_start"), figure_words("event_began"))
    stated = [
        (m.start, m.end, m.text) for m in sentence.dates or ()
        if m.value is not None and (published is None or m.value.first <= published)
    ]
    stated += [(y.start, y.end, y.text) for y in years if not any(a < y.end and y.start < b for a, b, _ in stated)]
    out = []
    for start, _end, text in sorted(stated):
        if normalize(text) in figure_words("now_word"):
            continue
        before = normalize(sentence.text[max(0, start - 30):start]).split()[-3:]
        if any(w in starts or unglued(w) in starts for w in before):
            continue
        if before and before[-1].strip("()") in figure_words("utc_marker"):
            continue  # (22,58 بتوقيت غرينتش الأحد: the local day restated in GMT)
        out.append((index_at(ends, start), text))
    return out
