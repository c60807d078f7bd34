"""Numbers in Arabic running text: digits (Western, Arabic-Indic, Persian), number words in
every gender and case, digits with scale words (7 آلاف، 1.5 مليون), fractions, percentages,
ranges, approximations and bounds, vague counts, and numbers that are not counts (years, days
of a date, clock times, durations, ordinals, identifiers).

    parse("خمسمائة و خمسة و عشرون") -> 525.0
    find("غادر أكثر من 7 آلاف شخص") -> [NumberMatch(start=6, end=19, value=7000.0, bound="min", ...)]

Word lists live in ``data/number_words.tsv``, ``data/number_context.tsv``, ``data/ordinals.tsv``
and ``data/months.tsv``.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from khulasa.arabic.normalize import normalize, normalize_sentence
from khulasa.arabic.resources import precheck_clitics, read_table
from khulasa.arabic.tokenize import Token, tokenize, word_runs

KINDS = ("count", "percent", "fraction", "money", "year", "date", "time", "duration", "ordinal", "identifier")
COUNT_KINDS = frozenset({"count", "percent", "fraction", "money"})  # quantities a figure can state


@dataclass(frozen=True, slots=True)
class NumberMatch:
    start: int
    end: int
    text: str
    value: float | None  # None for a range or a vague count
    low: float | None = None
    high: float | None = None
    approx: bool = False
    bound: str | None = None  # "min" (أكثر من) or "max" (أقل من)
    vague: bool = False  # عشرات، مئات، آلاف: an order of magnitude, not a count
    kind: str = "count"  # one of KINDS
    change_from: float | None = None  # ارتفع من 10 إلى 21: value 21, change_from 10
    relative: str | None = None  # an ordinal by position: "current+1" (التالي), "end-1" (قبل الأخير)

    @property
    def is_count(self) -> bool:
        return self.kind in COUNT_KINDS


# ---------------------------------------------------------------- language data

_CLITICS = "وفبلك"
_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")


@dataclass(frozen=True)
class _Data:
    words: dict[str, tuple[float, str]]  # normalised word -> (value, class)
    fractions: dict[str, float]  # normalised fraction word (ربع، خمس...) -> value
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]  # last word -> [(words, role)]
    roles_single: dict[str, set[str]]  # one-word phrase -> roles
    ordinals: dict[tuple[str, ...], int | str]
    ordinal_first: frozenset[str]  # first words of the ordinals, to skip the rest fast
    symbols: list[tuple[str, str]]  # (symbols, role): >= 30، < 20
    months: dict[tuple[str, ...], int]
    designators: frozenset[str]  # words a model number follows (إف 16، ميغ 29), exactly as keyed


@lru_cache(maxsize=1)
def _data() -> _Data:
    words: dict[str, tuple[float, str]] = {}
    fractions: dict[str, float] = {}
    for w, v, cls in read_table("number_words.tsv"):
        key = normalize(w)
        if cls in ("fraction", "fraction_diacritic"):
            fractions.setdefault(key, float(v))
        # the first reading listed wins (آلاف is a scale after a number, vague alone)
        words.setdefault(key, (float(v), cls))
        if cls == "vague":
            words[key + "#vague"] = (float(v), cls)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    single: dict[str, set[str]] = {}
    symbols: list[tuple[str, str]] = []
    designators: set[str] = set()
    for role, phrase in read_table("number_context.tsv"):
        if role == "designator":
            designators.add(normalize(phrase))
            continue
        if not any(ch.isalpha() for ch in phrase):
            symbols.append((phrase.replace(" ", ""), role))
            continue
        toks = tuple(normalize(p) for p in phrase.split())
        phrases.setdefault(toks[-1], []).append((toks, role))
        if len(toks) == 1:
            single.setdefault(toks[0], set()).add(role)
    for lst in phrases.values():
        lst.sort(key=lambda p: -len(p[0]))
    ordinals = {
        tuple(normalize(p) for p in w.split()): (int(v) if v.isdigit() else v) for w, v in read_table("ordinals.tsv")
    }
    symbols.sort(key=lambda r: -len(r[0]))
    months = {tuple(normalize(p) for p in name.split()): int(n) for name, n, _ in read_table("months.tsv")}
    ordinal_first = frozenset(k[0] for k in ordinals)
    return _Data(words, fractions, phrases, single, ordinals, ordinal_first, symbols, months, frozenset(designators))


# ---------------------------------------------------------------- tokens

class _Tok(NamedTuple):  # a tuple: made once per token of every sentence read, so it must be cheap
    start: int
    end: int
    raw: str
    key: str
    digits: float | None = None  # value when the token is written in digits
    word: tuple[float, str] | None = None  # (value, class) when it is a number word
    conj: bool = False  # the word carries a leading و ("وعشرون")


def _digit_value(key: str) -> float | None:
    """Digits with separators: the last separator is a decimal point when the group after it
    is not three digits long (12،220,13 = 12220.13; 350،000 = 350000; 1,5 = 1.5). None past
    1e308: 400 digits read as infinity, which is no count."""
    value = _digits_read(key)
    return value if value is not None and math.isfinite(value) else None


def _digits_read(key: str) -> float | None:
    k = key.replace("\u060c", ",")
    groups = re.split(r"[,.]", k)
    seps = re.findall(r"[,.]", k)
    if not seps:
        return float(k) if k.isdigit() else None
    if "." in seps and seps.count(".") == 1 and seps[-1] == ".":
        return float("".join(groups[:-1]) + "." + groups[-1])  # 1,000,000.00
    if len(groups[-1]) != 3 or (len(seps) == 1 and seps[0] == "." ):
        return float("".join(groups[:-1]) + "." + groups[-1])
    return float("".join(groups))


@lru_cache(maxsize=200_000)
def _number_word_cached(key: str, damma: bool) -> tuple[tuple[float, str] | None, bool]:
    return _number_word_uncached(key, "x\u064f" if damma else "xx")


def _number_word(key: str, raw: str) -> tuple[tuple[float, str] | None, bool]:
    """(value, class) of a word, allowing a leading و; and whether the و was there."""
    return _number_word_cached(key, len(raw) > 1 and raw[1] == "\u064f")


def _number_word_uncached(key: str, raw: str) -> tuple[tuple[float, str] | None, bool]:
    data = _data()
    fractions = data.fractions
    # خُمس with its damma is a fifth; خمس without it is five
    if key in fractions and len(raw) > 1 and raw[1] == "\u064f":
        return (fractions[key], "fraction"), False
    hit = data.words.get(key)
    if hit:
        return _cardinal_or_fraction(hit, key), False
    if len(key) > 2 and key[0] == "و" and key[1:] in data.words:
        return _cardinal_or_fraction(data.words[key[1:]], key[1:]), True
    # بالآلاف، بالعشرات: a vague count after a preposition
    if key[:1] in "بل" and key[1:] in data.words and data.words[key[1:]][1] == "vague":
        return data.words[key[1:]], False
    # ال + a cardinal (فوق الثلاثين); ordinals (العشرون) are read before this
    if key.startswith("ال") and key[2:] in data.words and data.words[key[2:]][1] in ("tens", "hundred", "hundreds"):
        return data.words[key[2:]], False
    # a share with a pronoun: خمسهم، ربعها، ثلثهم
    for p in _PRONOUNS:
        base = key[: -len(p)]
        if key.endswith(p) and len(base) >= 3 and base in fractions:
            return (fractions[base], "fraction"), False
    return None, False


def _cardinal_or_fraction(hit: tuple[float, str], key: str) -> tuple[float, str] | None:
    value, cls = hit
    if cls == "fraction_diacritic":
        return None  # a fraction only with its damma (ثُمن، خُمس); ثمن is also "price"
    return hit


_readings: dict[str, tuple] = {}  # token as written -> (digits, word, conj): words repeat


def _reading(raw: str, key: str) -> tuple:
    if key[0].isdigit():
        return _digit_value(key), None, False
    word, conj = _number_word_cached(key, len(raw) > 1 and raw[1] == "\u064f")
    return None, word, conj


def _tokens(text: str, tokens: list[Token] | None = None) -> list[_Tok]:
    readings = _readings
    if len(readings) > 200_000:
        readings.clear()
    out = []
    for t in tokens if tokens is not None else tokenize(text):
        r = readings.get(t.text)
        if r is None:
            r = readings[t.text] = _reading(t.text, t.key)
        out.append(_Tok(t.start, t.end, t.text, t.key, *r))
    return out


def _gap(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.end:b.start]


def _only_space(gap: str) -> bool:
    return gap.strip() == "" and "\n" not in gap


# ---------------------------------------------------------------- reading one number

@dataclass
class _Read:
    value: float
    end_tok: int  # index of the last token used
    end: int  # character offset
    kind: str = "count"
    vague: bool = False
    low: float | None = None
    high: float | None = None
    start: int | None = None  # when the number starts before its first token (.77)


def _read_words(text: str, toks: list[_Tok], i: int) -> _Read | None:
    """Number words from token i: units, teens, tens, hundreds, scales, joined by و."""
    first = toks[i].word
    if first is None:
        return None
    value, cls = first
    if cls == "vague" or (cls == "scale" and toks[i].key + "#vague" in _data().words):
        return _read_vague(text, toks, i)
    if cls.startswith("fraction"):
        return _Read(value, i, toks[i].end, kind="fraction")
    total = 0.0
    current = 0.0
    last_cls = None
    last_scale = float("inf")
    j = i
    k = i
    while k < len(toks):
        joined = False
        if k != i:
            k, joined = _skip_and(text, toks, k)
            if k is None:
                break
        tok = toks[k]
        w = tok.word
        if w is None and tok.digits is not None and joined and last_cls in ("scale", "scale2"):
            # مليون و250 ألفا: digits for the rest
            rest = _read_digits(text, toks, k)
            if rest is not None and rest.kind == "count" and rest.value < last_scale:
                total += rest.value
                current = 0
                last_cls = "scale"
                j = rest.end_tok
                k = rest.end_tok + 1
                continue
            break
        if w is None:
            break
        v, c = w
        if c == "vague" and k != i:
            # آلاف after a number is a scale (ثلاثة آلاف)
            hit = _data().words.get(tok.key[1:] if tok.conj else tok.key)
            if hit and hit[1] == "scale":
                v, c = hit
            else:
                break
        if c == "fraction":
            break
        if k != i:
            # وأحد normalises to واحد, a word of its own: after a number it is و + أحد
            joined = joined or tok.conj or (tok.key[:1] == "و" and tok.key[1:] in _data().words)
            magnitude = total + current
            if joined:
                # و joins units before tens (خمسة وعشرون) and anything smaller after hundreds
                # or a scale (ألفين وخمسمئة); never after tens (بين عشرة وخمسة عشر is a range)
                ok = (last_cls == "unit" and c == "tens") or (
                    last_cls in ("hundred", "hundreds", "scale", "scale2")
                    and v < (100 if last_cls.startswith("hundred") else last_scale)
                )
            else:
                ok = (last_cls == "unit" and c in ("ten", "hundred", "scale", "fraction_plural")) or (
                    c in ("scale", "fraction_plural") and last_cls in ("unit", "ten", "tens", "hundred", "hundreds")
                )
                if c == "scale" and magnitude and last_cls in ("scale", "scale2"):
                    ok = False
            if not ok:
                break
        if c in ("unit", "ten", "tens", "hundreds"):
            current += v
        elif c == "hundred":
            current = current * 100 if 0 < current < 10 else current + 100
        elif c == "scale":
            total += (current or 1) * v
            last_scale = v
            current = 0
        elif c == "scale2":
            total += v
            last_scale = v / 2
            current = 0
        elif c == "fraction_plural":
            current = (current or 1) * v
        last_cls = c
        j = k
        k += 1
    value = total + current
    end = toks[j].end
    # واحد فاصلة واحد
    if j + 2 < len(toks) and "decimal" in _data().roles_single.get(toks[j + 1].key, ()):
        frac = _read(text, toks, j + 2)
        if frac is not None and frac.value == int(frac.value):
            value = float(f"{int(value)}.{int(frac.value)}")
            j, end = frac.end_tok, frac.end
    return _Read(value, j, end, kind="fraction" if last_cls == "fraction_plural" else "count")


def _skip_and(text: str, toks: list[_Tok], k: int) -> tuple[int | None, bool]:
    """Step over a separate و between two number words: (index of the next word, joined)."""
    gap = _gap(text, toks[k - 1], toks[k])
    if not _only_space(gap):
        return None, False
    if toks[k].key == "و" and k + 1 < len(toks) and _only_space(_gap(text, toks[k], toks[k + 1])):
        return k + 1, True
    return k, False


def _read_vague(text: str, toks: list[_Tok], i: int) -> _Read:
    value, _ = toks[i].word
    j = i
    # عشرات الآلاف، مئات الآلاف
    if i + 1 < len(toks) and _only_space(_gap(text, toks[i], toks[i + 1])):
        nxt = _data().words.get(toks[i + 1].key)
        if nxt and nxt[0] >= 1000 and nxt[1] in ("scale", "vague") and nxt[0] > value:
            value *= nxt[0]
            j = i + 1
    # an order of magnitude: عشرات 10–99، مئات الآلاف 100,000–999,999; بضعة (a few) 3–9
    return _Read(value, j, toks[j].end, vague=True, low=value, high=value * 10 - 1 if value >= 10 else 9)


def _read_digits(text: str, toks: list[_Tok], i: int) -> _Read | None:
    tok = toks[i]
    value = tok.digits
    if value is None:
        return None
    j = i
    end = tok.end
    # a clock time (10:30)
    if end < len(text) and text[end] == ":" and i + 1 < len(toks) and toks[i + 1].start == end + 1 and toks[i + 1].digits is not None:
        return _Read(value, i + 1, toks[i + 1].end, kind="time")
    # a/b written as a fraction (٧٧/١٠٠)
    if end < len(text) and text[end] == "/" and i + 1 < len(toks) and toks[i + 1].start == end + 1 and toks[i + 1].digits:
        if not (i + 2 < len(toks) and toks[i + 2].start == toks[i + 1].end + 1 and text[toks[i + 1].end] == "/"):
            den = toks[i + 1].digits
            return _Read(value / den, i + 1, toks[i + 1].end, kind="fraction" if den > 12 or value > 31 else "date")
        return _Read(value, i + 2, toks[i + 2].end, kind="date")  # d/m/y
    # a leading decimal point (.77)
    start = tok.start
    lead = None
    if start > 0 and text[start - 1] in ".\u066b" and (start == 1 or not text[start - 2].isdigit()):
        value = float("0." + tok.key.replace(",", "").replace(".", ""))
        lead = start - 1
    # 1 فاصلة 1
    if i + 2 < len(toks) and "decimal" in _data().roles_single.get(toks[i + 1].key, ()) and toks[i + 2].digits is not None:
        value = float(f"{int(value)}.{toks[i + 2].key}")
        j = i + 2
        end = toks[j].end
    # a scale word after the digits (7 آلاف، 1.5 مليون، 12 ألفا)
    if j + 1 < len(toks) and _only_space(_gap(text, toks[j], toks[j + 1])):
        w = _data().words.get(toks[j + 1].key)
        if w and w[1] in ("scale", "vague") and w[0] >= 1000:
            value *= w[0]
            j += 1
            end = toks[j].end
            # 2 مليون و500 ألف
            k = j + 1
            if k < len(toks) and toks[k].key == "و" and _only_space(_gap(text, toks[j], toks[k])):
                k += 1
                if k + 1 < len(toks) and toks[k].digits is not None and toks[k].start == toks[k - 1].end + (text[toks[k - 1].end:toks[k].start].count(" ")):
                    w2 = _data().words.get(toks[k + 1].key)
                    if w2 and w2[1] == "scale" and w2[0] < w[0] and _only_space(_gap(text, toks[k], toks[k + 1])):
                        value += toks[k].digits * w2[0]
                        j = k + 1
                        end = toks[j].end
            # 11 ألفا وواحدة، 250 ألفا وخمسمئة: words for the rest
            k = j + 1
            if k < len(toks) and toks[k].key == "و" and k + 1 < len(toks) and _only_space(_gap(text, toks[j], toks[k])):
                k += 1
            glued_and = toks[k].conj or (toks[k].key[:1] == "و" and toks[k].key[1:] in _data().words) if k < len(toks) else False
            if k < len(toks) and (glued_and or k != j + 1) and toks[k].word and _only_space(_gap(text, toks[k - 1], toks[k])):
                rest = _read_words(text, toks, k)
                if rest is not None and rest.kind == "count" and 0 < rest.value < w[0]:
                    value += rest.value
                    j, end = rest.end_tok, rest.end
    return _Read(value, j, end, start=lead)


def _read(text: str, toks: list[_Tok], i: int) -> _Read | None:
    if toks[i].digits is not None:
        return _read_digits(text, toks, i)
    if toks[i].word is not None:
        return _read_words(text, toks, i)
    return None


# ---------------------------------------------------------------- context

def _strip_clitic(key: str) -> str:
    return key[1:] if len(key) > 2 and key[0] in _CLITICS else key


def _phrase_before(toks: list[_Tok], i: int, text: str) -> tuple[str, int] | None:
    """(role, index of its first token) of a context phrase ending just before token i."""
    if i == 0:
        return None
    last = toks[i - 1]
    for key in (last.key, _strip_clitic(last.key)):
        for words, role in _data().phrases.get(key, ()):
            n = len(words)
            if i - n < 0:
                continue
            span = toks[i - n:i]
            keys = [t.key for t in span]
            if keys[:-1] != list(words[:-1]) and [_strip_clitic(keys[0])] + keys[1:-1] != list(words[:-1]):
                continue
            if not all(_only_space(_gap(text, a, b)) or _gap(text, a, b).strip() in ("ال",) for a, b in zip(span, span[1:])):
                continue
            return role, i - n
    return None


@lru_cache(maxsize=1)
def _phrase_first_words() -> frozenset[str]:
    return frozenset(words[0] for lst in _data().phrases.values() for words, _ in lst)


@lru_cache(maxsize=1)
def _month_first_words() -> frozenset[str]:
    return frozenset(k[0] for k in _data().months)


def _roles_after(toks: list[_Tok], j: int, text: str, width: int = 3) -> tuple[str, int] | None:
    """(role, index of its last token) of a context phrase starting just after token j."""
    if j + 1 >= len(toks):
        return None
    first = toks[j + 1].key
    firsts = _phrase_first_words()
    if first not in firsts and _strip_clitic(first) not in firsts:
        return None
    for n in range(width, 0, -1):
        if j + n >= len(toks):
            continue
        span = toks[j + 1:j + 1 + n]
        keys = tuple(t.key for t in span)
        for cand in (keys, (_strip_clitic(keys[0]),) + keys[1:]):
            for words, role in _data().phrases.get(cand[-1], ()):
                if words == cand:
                    return role, j + n
    return None


def _month_at(toks: list[_Tok], k: int) -> bool:
    """A month name (one or two words, possibly with a leading clitic) starts at token k."""
    months = _data().months
    if k >= len(toks):
        return False
    firsts = _month_first_words()
    if toks[k].key not in firsts and _strip_clitic(toks[k].key) not in firsts:
        return False
    for n in (2, 1):
        span = toks[k:k + n]
        if len(span) < n:
            continue
        keys = tuple(t.key for t in span)
        if keys in months or (_strip_clitic(keys[0]),) + keys[1:] in months:
            return True
    return False


_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _classify(text: str, toks: list[_Tok], i: int, r: _Read) -> str:
    """What a plain number is: count, year, date, time, duration, identifier, money."""
    if r.kind != "count":
        return r.kind
    before = _phrase_before(toks, i, text)
    role_before = before[0] if before else None
    after = _roles_after(toks, r.end_tok, text)
    role_after = after[0] if after else None
    tok = toks[i]
    whole_digits = tok.digits is not None and r.end_tok == i
    if whole_digits and r.end < len(text) and text[r.end] == ":" and _CLOCK.match(text, tok.start):
        return "time"
    if role_before == "time":
        return "time"
    if role_before == "identifier" or (whole_digits and (_looks_like_identifier(tok, text) or _designation(toks, i, text))):
        return "identifier"
    # a day of a date: 9 من مارس، 24 شباط/فبراير، الـ 20 من الشهر الماضي
    if r.value <= 31 and r.value == int(r.value):
        k = r.end_tok + 1
        if k < len(toks) and toks[k].key == "من":
            k += 1
        if k < len(toks) and (_month_at(toks, k) or toks[k].key in ("الشهر", "شهر")):
            return "date"
    if i > 0 and _month_at(toks, i - 1) and whole_digits and 1000 <= r.value <= 2100:
        return "year"
    if i > 1 and _month_at(toks, i - 2) and whole_digits and 1000 <= r.value <= 2100:
        return "year"  # تشرين الأول 2017
    if whole_digits and 1900 <= r.value <= 2100 and "," not in tok.key and "\u060c" not in tok.key:
        if role_before in ("year", "from", "to", None) or role_after is None:
            return "year"
    if role_after == "duration":
        return "duration"
    # الساعات ال24 الماضية: a count of hours written after its unit
    if i > 0 and tok.digits is not None and text[toks[i - 1].end:tok.start] == "" and toks[i - 1].key == "ال":
        if i > 1 and "duration" in _data().roles_single.get(_strip_clitic(toks[i - 2].key)[2:] if toks[i - 2].key.startswith("ال") else toks[i - 2].key, set()) | _roles_of(toks[i - 2].key):
            return "duration"
    if role_after == "money":
        return "money"
    return "count"


def _roles_of(key: str) -> set[str]:
    roles = _data().roles_single
    out = set(roles.get(key, ()))
    if key.startswith("ال"):
        out |= roles.get(key[2:], set())
    return out


def _looks_like_identifier(tok: _Tok, text: str) -> bool:
    k = tok.key
    if "." in k or "," in k or "\u060c" in k:
        return False
    if len(k) >= 7:
        return True  # phone numbers, long codes
    if len(k) >= 4 and k.startswith("0"):
        return True
    return tok.start > 0 and text[tok.start - 1] == "+"


def _designation(toks: list[_Tok], i: int, text: str) -> bool:
    """Digits that finish a model or code name: letters joined to them by a hyphen (إف-16،
    سو-24، T-4، S-400), Latin letters glued to them (MH17), or a designator word before them
    (إف 16، ميغ 29، بوينغ 747; as written, with no clitic: كيفن لاف 23 نقطة is a score)."""
    if i == 0:
        return False
    prev = toks[i - 1]
    gap = text[prev.end:toks[i].start]
    if prev.digits is not None or prev.word is not None:
        return False  # 2-1, عشرة-15: numbers, not a name
    if gap in ("-", "\u2013") or (gap == "" and prev.key.isascii() and prev.key.isalpha()):
        return True
    return prev.key in _data().designators and gap.strip(" \"'«»“”-\u2013") == ""


# ---------------------------------------------------------------- find

@lru_cache(maxsize=1)
def _hint() -> frozenset[str]:
    """Every number word with the clitics it may carry, as whole words: a set lookup per word
    is several times cheaper than one regular expression of a thousand alternatives."""
    words = {k for k in _data().words if "#" not in k}
    prefixes, suffixes = precheck_clitics("number_prefix"), precheck_clitics("number_suffix")
    return frozenset(p + w + x for w in words for p in prefixes for x in suffixes)


_DIGIT = re.compile(r"\d")


def may_contain(text: str) -> bool:
    """A fast test: False means ``find`` would find no number in ``text`` (ordinals aside)."""
    key = normalize_sentence(text)
    return bool(_DIGIT.search(key)) or not _hint().isdisjoint(word_runs(key))


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


@lru_cache(maxsize=1024)
def scan(text: str) -> tuple[list[Token], list[NumberMatch]]:
    """``tokenize(text)`` and ``find(text)`` together, remembered for the last texts: the
    figures and the dates of one sentence both need them. Callers must not change the lists."""
    tokens = tokenize(text)
    return tokens, find(text, tokens)


def find(text: str, tokens: list[Token] | None = None) -> list[NumberMatch]:
    """Every number in ``text``, in order, with offsets into ``text``. ``tokens`` may pass
    ``tokenize(text)`` when the caller has it already."""
    if not text:
        return []
    toks = _tokens(text, tokens)
    urls = [m.span() for m in _URL.finditer(text)]
    if urls:  # digits inside a web address are not numbers
        toks = [t for t in toks if not _inside(urls, t.start)]
    out: list[NumberMatch] = []
    i = 0
    n = len(toks)
    ordinal_first = _data().ordinal_first
    while i < n:
        tok = toks[i]
        if tok.digits is None and tok.word is None and tok.key not in ordinal_first and tok.key[1:] not in ordinal_first:
            i += 1  # the common case: an ordinary word
            continue
        ordinal = _ordinal(toks, i, text)
        if ordinal is not None:
            value, j = ordinal
            start, end = tok.start, toks[j].end
            if isinstance(value, str):
                out.append(NumberMatch(start, end, text[start:end], None, kind="ordinal", relative=value))
            else:
                out.append(NumberMatch(start, end, text[start:end], float(value), kind="ordinal"))
            i = j + 1
            continue
        if _not_a_number(text, toks, i):
            i += 1
            continue
        r = _read(text, toks, i)
        if r is None:
            i += 1
            continue
        m = _with_context(text, toks, i, r)
        if _finite(m):
            out.append(m)
        i = _last_token(toks, m.end, i) + 1
    return out


def _finite(m: NumberMatch) -> bool:
    """A number whose value, bounds or start overflowed (1e300 مليار) is no usable count."""
    return all(v is None or math.isfinite(v) for v in (m.value, m.low, m.high, m.change_from))


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """``offset`` lies in one of ``spans`` (sorted, disjoint): by bisection, since a text may
    hold thousands of web addresses."""
    k = bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and offset < spans[k][1]


def _not_a_number(text: str, toks: list[_Tok], i: int) -> bool:
    tok = toks[i]
    # digits glued to the letters after them are part of a code or unit (١٨٠ميلي، 1M، 20دولار)
    if tok.digits is not None and tok.end < len(text) and text[tok.end].isalpha():
        return True
    # a scale word glued to digits before it (١مليون) goes with them
    if tok.word and i > 0 and toks[i - 1].digits is not None and toks[i - 1].end == tok.start:
        return True
    # أي واحد (which one), الواحد: a pronoun, not a count
    if tok.word and tok.word[0] == 1 and i > 0 and toks[i - 1].key in ("اي", "كل"):
        return True
    return False


def _ordinal(toks: list[_Tok], i: int, text: str) -> tuple[int | str, int] | None:
    first = _data().ordinal_first
    key = toks[i].key
    if key not in first and _strip_clitic(key) not in first:
        return None
    ordinals = _data().ordinals
    for n in (4, 3, 2, 1):
        span = toks[i:i + n]
        if len(span) < n or not all(_only_space(_gap(text, a, b)) for a, b in zip(span, span[1:])):
            continue
        keys = tuple(t.key for t in span)
        for cand in (keys, (_strip_clitic(keys[0]),) + keys[1:]):
            value = ordinals.get(cand)
            if value is None:
                continue
            j = i + n - 1
            # الحادي عشر، الثالث عشر، الحادية عشرة
            if isinstance(value, int) and value < 10 and j + 1 < len(toks) and toks[j + 1].key in ("عشر", "عشره"):
                if _only_space(_gap(text, toks[j], toks[j + 1])):
                    return value + 10, j + 1
            if n == 1 and isinstance(value, int) and value >= 20 and not keys[0].startswith("ال"):
                continue  # a bare عشرون is a cardinal
            return value, j
    return None


def _last_token(toks: list[_Tok], end: int, i: int) -> int:
    j = i
    while j + 1 < len(toks) and toks[j + 1].end <= end:
        j += 1
    return j


def _symbol_before(text: str, start: int) -> tuple[str, int] | None:
    """(role, start) of a comparison sign right before a number: >= 30، < 20."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    for sym, role in _data().symbols:
        s_len = 0
        j = k
        # match the symbol backwards, allowing spaces inside it (< = 100)
        matched = True
        for ch in reversed(sym):
            while j > 0 and text[j - 1] == " " and s_len:
                j -= 1
            if j > 0 and text[j - 1] == ch:
                j -= 1
                s_len += 1
            else:
                matched = False
                break
        if matched and (j == 0 or text[j - 1] not in "<>="):
            return role, j
    return None


def _with_context(text: str, toks: list[_Tok], i: int, r: _Read) -> NumberMatch:
    start = r.start if r.start is not None else toks[i].start
    end = r.end
    value: float | None = r.value
    low, high = r.low, r.high
    approx = False
    bound = None
    change_from = None
    kind = _classify(text, toks, i, r)
    sign = _sign(text, toks, i)
    if sign is not None:
        start = sign
        value = -value if value is not None else None
    last = r.end_tok

    # a fraction written X على Y or X من Y (واحد على مائة، 2 من 5)
    frac = _ratio_tail(text, toks, last, value)
    if frac is not None and kind == "count":
        value, last, end = frac
        kind = "fraction"

    # percent after the number (70 في المئة، 10%) or before it (بالمائة 10)
    after = _roles_after(toks, last, text)
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    if k < len(text) and text[k] in "%\u066a":
        end = k + 1
        kind = "percent"
        after = None
    elif after and after[0] == "percent":
        end = toks[after[1]].end
        last = after[1]
        kind = "percent"
        after = _roles_after(toks, last, text)
    elif i > 0 and "percent" in _roles_of(toks[i - 1].key) and _only_space(_gap(text, toks[i - 1], toks[i])):
        start = min(start, toks[i - 1].start)
        kind = "percent"
    # what follows: تقريبا، أو أكثر، على الأقل (also after the counted word: 5 أشخاص على الأقل)
    if after is None and last + 1 < len(toks) and toks[last + 1].word is None and toks[last + 1].digits is None:
        later = _roles_after(toks, last + 1, text)
        if later and later[0] in ("min_after", "max_after"):
            bound = later[0][:3]
    if after and after[0] == "approx":
        approx = True
    elif after and after[0] in ("min_after", "max_after"):
        bound = after[0][:3]
        end = toks[after[1]].end
        last = after[1]

    # what stands before
    j = i
    seen_between = False
    for _ in range(3):
        before = _phrase_before(toks, j, text)
        if before is None:
            break
        role, first = before
        if role == "approx":
            approx = True
        elif role in ("min", "max") and bound is None and not (toks[first].key == "حتي"):
            bound = role
        elif role == "equal":
            low = high = value
        elif role == "between":
            seen_between = True
        elif role == "negative":
            pass  # سالب عشرة: the sign is read with the number
        else:
            break
        start = min(start, toks[first].start)
        j = first
    symbol = _symbol_before(text, start)
    if symbol is not None:
        bound, start = symbol

    # ranges: بين X و Y، من X إلى Y، X - Y، X ~ Y، أكبر من X وأصغر من Y
    rng = _range_tail(text, toks, last, seen_between or bound == "min")
    if rng is not None and value is not None:
        second, second_last = rng
        frm = _from_before(toks, i, text)
        if frm is not None and not seen_between and _change_before(toks, frm):
            # ارتفع عدد القتلى من 10 إلى 21: a change, not a range
            start = min(start, toks[frm].start)
            return NumberMatch(start, second.end, text[start:second.end], second.value, None, None, approx, bound,
                               r.vague, "count" if kind == "year" else kind, value)
        if bound == "min" and second.bound != "max" and not seen_between:
            pass  # أكثر من 20، فوق 170: two separate figures
        elif not (frm is None and not seen_between and bound is None and _change_before(toks, i)):
            if frm is not None:
                start = min(start, toks[frm].start)
            low, high = value, second.value
            end = second.end
            if second.kind == "percent":
                kind = "percent"
            value = None
            bound = None
            if kind == "year" and second.kind == "year":
                kind = "year"
            elif kind not in ("percent", "fraction"):
                kind = "count"
    if r.vague:
        value = None
    return NumberMatch(start, end, text[start:end], value, low, high, approx, bound, r.vague, kind, change_from)


def _ratio_tail(text: str, toks: list[_Tok], last: int, value: float | None) -> tuple[float, int, int] | None:
    """X على Y or X من Y with two numbers: (X / Y, index of Y's last token, end)."""
    k = last + 1
    if value is None or k + 1 >= len(toks) or toks[k].key not in ("علي", "من"):
        return None
    if not (_only_space(_gap(text, toks[last], toks[k])) and _only_space(_gap(text, toks[k], toks[k + 1]))):
        return None
    if _month_at(toks, k + 1) or _not_a_number(text, toks, k + 1):
        return None
    second = _read(text, toks, k + 1)
    if second is None or not second.value or second.kind != "count":
        return None
    if toks[k].key == "من" and not (value < second.value):
        return None
    after = _roles_after(toks, second.end_tok, text)
    if after and after[0] in ("duration", "money"):
        return None
    return value / second.value, second.end_tok, second.end


def _sign(text: str, toks: list[_Tok], i: int) -> int | None:
    tok = toks[i]
    if tok.digits is not None and tok.start > 0 and text[tok.start - 1] == "-":
        if tok.start == 1 or text[tok.start - 2] in " \t\n(<>=":
            return tok.start - 1
    if i > 0 and "negative" in _roles_of(toks[i - 1].key) and _only_space(_gap(text, toks[i - 1], tok)):
        return toks[i - 1].start
    return None


def _first_token_of(toks: list[_Tok], m: NumberMatch) -> int:
    for k, t in enumerate(toks):
        if t.start >= m.start:
            return k
    return len(toks) - 1


def _dash_between(text: str, a: _Tok, b: _Tok) -> bool:
    return text[a.end:b.start].strip() in ("-", "–", "—") and a.digits is not None and b.digits is not None


def _range_tail(text: str, toks: list[_Tok], last: int, between: bool) -> tuple[NumberMatch, int] | None:
    """The second number of a range whose first number ends at token ``last``."""
    k = last + 1
    if k >= len(toks):
        return None
    gap = _gap(text, toks[last], toks[k]).strip()
    nxt = toks[k]
    start_second = None
    if between and nxt.key in ("و", "او") and k + 1 < len(toks) and _gap(text, nxt, toks[k + 1]).strip() in ("",):
        start_second = k + 1  # بين 300 و400، بين عشرة و خمسة عشر، أكبر من 100 وأصغر من 300
    elif between and (gap in ("و", "، او", "،") or nxt.conj):
        start_second = k
    elif between and gap == "" and nxt.key[:1] == "و" and _phrase_word(nxt.key[1:]):
        start_second = k  # وأصغر من 300، وتحت النصف
    elif gap in ("-", "–", "—", "~") and toks[last].digits is not None and nxt.digits is not None and not nxt.key.startswith("0"):
        start_second = k  # 1000-5000 (but 1995-01 is a date)
    elif _only_space(_gap(text, toks[last], nxt)) and nxt.key in ("الي", "الى", "حتي") and k + 1 < len(toks):
        start_second = k + 1
    if start_second is None:
        return None
    # the second number may carry its own comparison (وأصغر من 300، او أخفض او يساوي ثلاث مائة):
    # it is found a few words on, past the comparison words
    m = None
    for idx in range(start_second, min(start_second + 5, len(toks))):
        if toks[idx].digits is not None or toks[idx].word is not None:
            if _not_a_number(text, toks, idx):
                return None
            second = _read(text, toks, idx)
            if second is None:
                return None
            sub = _with_context_simple(text, toks, idx, second)
            m = sub
            break
        if idx > start_second and not _phrase_word(toks[idx].key):
            return None
    if m is None:
        return None
    return m, _last_token(toks, m.end, start_second)


def _phrase_word(key: str) -> bool:
    key = _strip_clitic(key) if key not in _data().phrases else key
    return any(key in words for lst in _data().phrases.values() for words, _ in lst)


def _with_context_simple(text: str, toks: list[_Tok], i: int, r: _Read) -> NumberMatch:
    """The second number of a range: its sign, percent and comparison, without further ranges."""
    start = r.start if r.start is not None else toks[i].start
    value = r.value
    sign = _sign(text, toks, i)
    if sign is not None:
        start, value = sign, -value
    kind = _percent_kind(text, toks, r)
    end = r.end
    if kind == "percent":
        after = _roles_after(toks, r.end_tok, text)
        if after and after[0] == "percent":
            end = toks[after[1]].end
        else:
            k2 = end
            while k2 < len(text) and text[k2] == " ":
                k2 += 1
            end = k2 + 1
    before = _phrase_before(toks, i, text)
    bound = before[0] if before and before[0] in ("min", "max") else None
    return NumberMatch(start, end, text[start:end], value, kind=kind if kind == "percent" else r.kind, bound=bound)


def _percent_kind(text: str, toks: list[_Tok], r: _Read) -> str:
    k = r.end
    while k < len(text) and text[k] == " ":
        k += 1
    if k < len(text) and text[k] in "%\u066a":
        return "percent"
    after = _roles_after(toks, r.end_tok, text)
    return "percent" if after and after[0] == "percent" else "count"


def _from_before(toks: list[_Tok], i: int, text: str) -> int | None:
    """Index of a من right before the number (من X إلى Y), unless it ends a phrase such as
    أكثر من or ما يقرب من."""
    if i > 0 and toks[i - 1].key == "من" and _only_space(_gap(text, toks[i - 1], toks[i])):
        phrase = _phrase_before(toks, i, text)
        if phrase is not None and phrase[1] < i - 1:
            return None
        return i - 1
    return None


def _change_before(toks: list[_Tok], i: int, window: int = 6) -> bool:
    roles = _data().roles_single
    for t in toks[max(0, i - window):i]:
        if "change" in roles.get(t.key, ()) or "change" in roles.get(_strip_clitic(t.key), ()):
            return True
    return False


# ---------------------------------------------------------------- parse

_EDGE = " \t\n.,،:؛!?؟\"'«»“”()"


def parse(text: str) -> float | None:
    """The value of ``text`` when the whole of it is one numeral expression, else None."""
    stripped = text.strip().rstrip(_EDGE).lstrip(_EDGE.replace(".", ""))
    if not stripped:
        return None
    matches = find(stripped)
    if len(matches) != 1:
        return None
    m = matches[0]
    rest = (stripped[: m.start] + stripped[m.end:]).strip(_EDGE)
    if rest:
        return None
    if m.value is not None:
        return m.value
    return None
