"""Arabic labels for the reports."""
from __future__ import annotations

import math
from functools import cache
from importlib import resources

MEASURES = {
    "killed": "القتلى",
    "wounded": "الجرحى",
    "missing": "المفقودون",
    "rescued": "من أُنقذوا",
    "arrested": "المعتقلون والموقوفون",
    "displaced": "النازحون والمغادرون",
    "besieged": "المحاصرون",
    "population": "السكان",
    "territory_percent": "نسبة الأراضي",
    "aid": "المساعدات",
    "strikes": "الغارات والضربات",
    "votes": "الأصوات والناخبون",
    "seats": "المقاعد",
    "money": "المبالغ المالية",
    "price": "الأسعار والمؤشرات",
    "rate": "أسعار الصرف",
    "score": "نتائج المباريات",
    "other": "أخرى",
}
DIFFER = {
    None: "تتفق",
    "dates": "تختلف (تواريخ أو فترات مختلفة)",
    "conflict": "تتعارض",
    "undated": "تختلف (تواريخها غير معروفة)",
}
OWN_VOICE = "المقالة نفسها"
VIA = "عبر"  # المرصد السوري لحقوق الإنسان عبر فرانس برس: the conduit that relayed it
# a day the article does not state but a known event gave (news/data/known_events.tsv): said so
KNOWN_SINCE = "منذ"
KNOWN_ON = "يوم"
KNOWN_DAY = "تاريخه من جدول الأحداث المعروفة"
UNTIL = "حتى"  # a running total whose start is not known: the day it runs to


def when_label(f) -> str | None:
    """A figure's when as shown: the day or the period its words were resolved to, after the words as written
    (الخميس الماضي: 2018-03-08; منذ بداية الهجوم: 2018-02-18 – 2018-03-09), and the known event that gave its first
    day when the article states none (منذ «عملية غصن الزيتون»، تاريخه من ...). A figure with neither words nor an
    event is as of its article's day, and shows none."""
    parts = []
    days = days_label(f.as_of_first, f.as_of_last)
    if f.as_of:
        parts.append(f"{f.as_of}: {days}" if days else f.as_of)
    event = f.as_of_event
    if event:
        on = f.as_of_first is not None and f.as_of_first == f.as_of_last
        known = f"{KNOWN_ON if on else KNOWN_SINCE} «{event}»، {KNOWN_DAY}"
        parts.append(f"{known}: {days}" if days and not f.as_of else known)
    return " · ".join(parts) or None


def days_label(first, last) -> str | None:
    """A day or a stretch of days as every report writes them (2018-03-08; 2018-02-18 – 2018-03-09), a running
    total with no known start as the day it runs to (حتى 2018-03-09); None for no day."""
    if last is None:
        return first.isoformat() if first is not None else None
    if first is None:
        return f"{UNTIL} {last.isoformat()}"
    return last.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"


def source_label(f) -> str:
    """Who a figure is credited to, as a reader sees it: the canonical source (the one name of
    every way the news writes it), the words as written when the source is unnamed (مصادر طبية)
    or not in the table, or the article's own voice; then the conduit that relayed it."""
    name = f.source_canonical if f.source_canonical not in (None, "vague") else f.source
    if not name:
        return OWN_VOICE
    return f"{name} {VIA} {f.conduit}" if f.conduit else name


def source_written(f) -> str | None:
    """The source's words as the article writes them, when they are not the name shown."""
    if not f.source or f.source == f.source_canonical or f.source_canonical in (None, "vague"):
        return None
    return f.source


def number(v: float | None) -> str:
    if v is None or not math.isfinite(v):  # too large for a float: JSON writes null
        return "—"
    return f"{round(v):,}" if abs(v - round(v)) < 1e-9 else f"{v:,.2f}".rstrip("0").rstrip(".")


def amount(v: float | None, unit: str) -> str:
    """A number for a reader: shares (خُمس = 0.2) as percentages."""
    if v is None or not math.isfinite(v):
        return "—"
    if unit == "fraction":
        return number(v * 100) + "%"
    return number(v) + ("%" if unit == "percent" else "")


def value_label(f) -> str:
    """A figure's value as stated: نحو 1,250، أكثر من 7,000، 12,000–16,000، 70%."""
    if f.low is not None and f.high is not None:
        if f.unit != "count":
            text = f"{amount(f.low, 'count')}–{amount(f.high, f.unit)}"
        else:
            text = f"{number(f.low)}–{number(f.high)}"
    else:
        text = amount(f.value, f.unit)
    quote = getattr(f, "quote", None)  # (a value without its words, a claim's, keeps «more than»)
    prefix = _bound_prefix(f.bound, quote) if f.bound in ("min", "max") else "نحو " if f.approx else ""
    return prefix + text


OTHER_BOUND = {"min": "لا يقل عن ", "max": "حتى "}  # a bound whose words are none of bound_words.tsv's
NO_WORDS_BOUND = {"min": "أكثر من ", "max": "حتى "}  # a claim's value, told without its words


def _bound_prefix(bound: str, quote: str | None) -> str:
    """How a bound is shown: as its words say it (أكثر من 7 آلاف، أقل من 3 بالمئة), else «at least» or «up to»
    (``bound_words.tsv``)."""
    if not quote:
        return NO_WORDS_BOUND[bound]
    words = quote.strip()
    for w in (words, words[1:] if words[:1] == "و" else ""):  # (وأكثر من 400: with a glued و)
        shown = next((shown for b, opener, shown in _bound_words() if b == bound and w.startswith(opener)), None)
        if shown:
            return shown + " "
    return OTHER_BOUND[bound]


@cache
def _bound_words() -> tuple[tuple[str, str, str], ...]:
    text = resources.files("khulasa.render").joinpath("data", "bound_words.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return tuple((r[0], r[1], r[2]) for r in rows)


def claim_span(c) -> str:
    return f"{amount(c.low, c.unit)} / {amount(c.best, c.unit)} / {amount(c.high, c.unit)}"


@cache
def _nouns() -> dict[str, tuple[str, str, str, str]]:
    text = resources.files("khulasa.render").joinpath("data", "counted_nouns.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


def counted(n: int, noun: str, case: str = "nom") -> str:
    """``n`` of a noun in data/counted_nouns.tsv with Arabic number agreement: مقالة واحدة،
    مقالتان (مقالتين after a preposition: case="gen"), 3 مقالات, 11 مقالة / 11 مصدرًا,
    100 مقالة. Zero takes the plural (0 مقالات), as news and interfaces write it."""
    dual, plural, accusative, gender = _nouns()[noun]
    if n == 1:
        return f"{noun} {'واحدة' if gender == 'f' else 'واحد'}"
    if n == 2:
        return dual if case == "nom" else dual[:-2] + "ين"
    rest = n % 100
    if n == 0 or 3 <= rest <= 10:
        return f"{n} {plural}"
    if 11 <= rest <= 99:
        return f"{n} {accusative}"
    return f"{n} {noun}"  # 100-102, 200-202...: the hundred governs a genitive singular
