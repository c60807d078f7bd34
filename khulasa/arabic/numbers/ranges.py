"""The second number of a range (بين X و Y، من X إلى Y، X - Y، أكبر من X وأصغر من Y) and of a
ratio (X على Y، X من Y)."""
from __future__ import annotations

from collections.abc import Callable

from khulasa.arabic.numbers.around import month_at, phrase_before, phrase_word, roles_after, sign
from khulasa.arabic.numbers.match import NumberMatch
from khulasa.arabic.numbers.reader import not_a_number, read
from khulasa.arabic.numbers.tokens import Read, Tok, gap, last_token, only_space
from khulasa.arabic.numbers.words import PERCENT_SIGNS, after_and, grammar

_DASHES = ("-", "–", "—", "~")


def _a_dash(between: str) -> bool:
    """What stands between two numbers is a dash, or a letter drawn as one (the tatweel of 2ـ 0)."""
    mark = between.strip()
    return mark in _DASHES or mark in grammar().stroke
SecondStart = Callable[[str, list[Tok], int, bool], int | None]


def _and_apart(text: str, toks: list[Tok], last: int, between: bool) -> int | None:
    """بين 300 و 400 -> 400 after the و; أكبر من 100 و أصغر من 300 -> أصغر after the و (written apart)"""
    k = last + 1
    nxt = toks[k]
    if between and nxt.key in grammar().range_and and k + 1 < len(toks) and gap(text, nxt, toks[k + 1]).strip() == "":
        return k + 1
    return None


def _and_glued(text: str, toks: list[Tok], last: int, between: bool) -> int | None:
    """بين 300 و400 -> و400 (the و glued to the second number); بين 300، 400 -> 400 after the comma"""
    k = last + 1
    if between and (gap(text, toks[last], toks[k]).strip() in grammar().range_gap or toks[k].conj):
        return k
    return None


def _and_glued_to_comparison(text: str, toks: list[Tok], last: int, between: bool) -> int | None:
    """أكبر من 100 وأصغر من 300 -> وأصغر (the و glued to a comparison word before the second number)"""
    k = last + 1
    if between and gap(text, toks[last], toks[k]).strip() == "":
        rest = after_and(toks[k].key)
        if rest is not None and phrase_word(rest):
            return k
    return None


def _dash(text: str, toks: list[Tok], last: int, between: bool) -> int | None:
    """1000-5000 -> 5000 after the dash (but 1995-01 is a date; a lone 0 is a side of a match
    result, 3-0, never a month; a day and its month after the dash start another date: من 1 يوليو 2017 - 31
    يناير 2018)"""
    k = last + 1
    nxt = toks[k]
    if _a_dash(gap(text, toks[last], nxt)) and toks[last].digits is not None and nxt.digits is not None:
        return k if not (nxt.key.startswith("0") and len(nxt.key) > 1) and not _dates_apart(toks, last, k) else None
    return None


def _dates_apart(toks: list[Tok], last: int, k: int) -> bool:
    """A year before the dash, a day and its month after it: two dates (2017 - 31 يناير), not a range."""
    year = toks[last].digits or 0
    return len(toks[last].key) == 4 and 1300 <= year <= 2100 and month_at(toks, k + 1)


def _dash_zero(text: str, toks: list[Tok], last: int, between: bool) -> int | None:
    """صفر-4، 3-صفر -> the other side of a match result one side of which is the word for zero"""
    k = last + 1
    a, b = toks[last], toks[k]
    if not _a_dash(gap(text, a, b)):
        return None
    zero_a, zero_b = (t.word is not None and t.word[0] == 0 for t in (a, b))
    return k if (zero_a and (b.digits is not None or zero_b)) or (zero_b and a.digits is not None) else None


def _to(text: str, toks: list[Tok], last: int, between: bool) -> int | None:
    """من 10 الى 20 -> 20 after الى; من 5 حتى 10 -> 10 after حتى"""
    k = last + 1
    if only_space(gap(text, toks[last], toks[k])) and toks[k].key in grammar().range_to and k + 1 < len(toks):
        return k + 1
    return None


def _or(text: str, toks: list[Tok], last: int, between: bool) -> int | None:
    """أربعة أو خمسة -> خمسة after أو: two numbers either of which may be the count, the second
    right after أو and above the first (عشرة أو أكثر is a bound, not a range)"""
    k = last + 1
    if k + 1 < len(toks) and toks[k].key in grammar().range_or and only_space(gap(text, toks[last], toks[k])):
        first, second = _token_value(toks[last]), _token_value(toks[k + 1])
        # the second above the first: 5.00 أو 5,00 is one number written two ways
        if only_space(gap(text, toks[k], toks[k + 1])) and first is not None and second is not None and second > first:
            return k + 1
    return None


def _token_value(tok: Tok) -> float | None:
    return tok.digits if tok.digits is not None else tok.word[0] if tok.word is not None else None


SECOND_START: tuple[SecondStart, ...] = (
    _and_apart, _and_glued, _and_glued_to_comparison, _dash, _dash_zero, _to, _or,
)


def range_tail(text: str, toks: list[Tok], last: int, between: bool) -> tuple[NumberMatch, int] | None:
    """The second number of a range whose first number ends at token ``last``."""
    if last + 1 >= len(toks):
        return None
    start_second = None
    for rule in SECOND_START:
        start_second = rule(text, toks, last, between)
        if start_second is not None:
            break
    if start_second is None:
        return None
    # the second number may carry its own comparison (وأصغر من 300، او أخفض او يساوي ثلاث مائة):
    # it is found a few words on, past the comparison words
    for idx in range(start_second, min(start_second + 5, len(toks))):
        if toks[idx].digits is not None or toks[idx].word is not None:
            if not_a_number(text, toks, idx):
                return None
            second = read(text, toks, idx)
            if second is None:
                return None
            m = _second_number(text, toks, idx, second)
            return m, last_token(toks, m.end, start_second)
        if idx > start_second and not phrase_word(toks[idx].key):
            return None
    return None


def _percent_sign_after(text: str, end: int) -> int | None:
    """The offset of a % (or ٪) after ``end`` and spaces, if there is one."""
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    return k if k < len(text) and text[k] in PERCENT_SIGNS else None


def _second_number(text: str, toks: list[Tok], i: int, r: Read) -> NumberMatch:
    """The second number of a range: its sign, percent and comparison, without further ranges."""
    start = r.start if r.start is not None else toks[i].start
    value = r.value
    minus = sign(text, toks, i)
    # (the dash right after the first number joins the pair: 2 -1 is a score of two to one, not to minus one)
    joined = minus is not None and i > 0 and (toks[i - 1].digits is not None or toks[i - 1].word is not None) and (
        not text[toks[i - 1].end:minus].strip()
    )
    if minus is not None and not joined:
        start, value = minus, -value
    end = r.end
    kind = r.kind
    after = roles_after(toks, r.end_tok, text)
    percent_sign = _percent_sign_after(text, end)
    if after and after[0] == "percent":  # the words win over a sign for the end: 10 في المئة
        kind = "percent"
        end = toks[after[1]].end
    elif percent_sign is not None:
        kind = "percent"
        end = percent_sign + 1
    before = phrase_before(toks, i, text)
    bound = before[0] if before and before[0] in ("min", "max") else None
    return NumberMatch(start, end, text[start:end], value, kind=kind, bound=bound)


def ratio_tail(text: str, toks: list[Tok], last: int, value: float | None) -> tuple[float, int, int] | None:
    """X على Y or X من Y with two numbers: (X / Y, index of Y's last token, end).
    واحد على مائة -> 0.01; 2 من 5 -> 0.4; واحد تقريبا من بين كل مئتين -> 0.005 (one in every 200)"""
    k = last + 1
    g = grammar()
    if k < len(toks) and toks[k].key in g.ratio_about and only_space(gap(text, toks[last], toks[k])):
        last, k = k, k + 1
    if value is None or k + 1 >= len(toks) or toks[k].key not in g.ratio:
        return None
    j = k + 1
    if j + 1 < len(toks) and toks[j].key in g.ratio_among and toks[j + 1].key in g.ratio_every:
        j += 1  # (من بين كل: among every; not من بين alone, 5 من بين 20 شخصا: five of the twenty)
    if j + 1 < len(toks) and toks[j].key in g.ratio_every and only_space(gap(text, toks[j - 1], toks[j])):
        j += 1  # (من كل: of every)
    if not (only_space(gap(text, toks[last], toks[k])) and only_space(gap(text, toks[j - 1], toks[j]))):
        return None
    if month_at(toks, j) or not_a_number(text, toks, j):
        return None
    second = read(text, toks, j)
    if second is None or not second.value or second.kind != "count":
        return None
    if toks[k].key in g.smaller_of and not (value < second.value):
        return None
    if (
        toks[k].key in g.smaller_of and value == 1 and toks[last].digits is None and j == k + 1
        and second.end_tok + 1 < len(toks) and toks[second.end_tok + 1].key in g.smaller_of
    ):
        return None  # إنها واحدة من 30 من أبناء الشيخ: one of thirty of the sons, a group the 30 counts
    after = roles_after(toks, second.end_tok, text)
    if after and after[0] in ("duration", "money"):
        return None
    return value / second.value, second.end_tok, second.end
