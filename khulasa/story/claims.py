"""Sources side by side: a story's figures grouped into claims (figures that count the same
thing), each with its sources, whether they agree, and if not, whether the difference is one of
dates or a conflict.

Two figures count the same thing when they have the same unit and measure (the population of a
besieged area may join a count of the besieged when the numbers agree), compatible subjects
(children, women, civilians, fighters, people; children and women are parts of a toll and join
only their own class), compatible places (one lies in the other), and, for flows
(killed, wounded, displaced...), the same kind of period: two running totals, two counts over
the same stretch ("24 hours"), or two counts for the same day. Counts for periods days apart are
of different happenings (a toll of 2013 is not today's), while running totals from one start are
one series whatever day each was reported; two different tolls in one article are two quantities.
The same source giving the same number is one claim whatever the period words around it. Tolls
whose causes cannot be one happening (a quake's, a fire's: ``news/data/happenings.tsv``) are two
claims; the dead or hurt of one disaster that does not last, from its day, are one claim whatever
period kind each report gives them (Lombok's quake: 98, 131, 347). Groups are built by complete
linkage: a figure joins a claim only if it is compatible with every figure
already in it.

Following conflict-data practice, each claim reports low / best / high (UCDP: the lowest and
highest numbers stated) and names its most
conservative figure (ACLED); values are never averaged. A source's earlier values of a running
toll are superseded by its latest; low, high, the most conservative and "best" are read among the
current values. "best" is the value the most distinct sources currently state (ties: the latest of
them), always a value some figure states.
"""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple, cast

from khulasa.analyse.figures.holder import holder_key
from khulasa.analyse.figures.measure import counts_people
from khulasa.analyse.figures.subjects import subject_class
from khulasa.arabic.dates import named_weekday
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers import find
from khulasa.arabic.numbers.words import grammar
from khulasa.arabic.terms import terms
from khulasa.model import Article, Claim, Differ, Figure
from khulasa.news.causes import lasting, may_be_any, may_be_one
from khulasa.news.places import place_parents
from khulasa.news.resources import word_set
from khulasa.news.sources import shown

APPROX = 0.05  # نحو 400 ألف allows ±5 %
FLOWS = {"killed", "wounded", "missing", "rescued", "arrested", "displaced", "strikes", "aid"}
CLAIM_MEASURES = FLOWS | {"besieged", "population", "territory_percent"}
_FAMILY = {"besieged": "population"}  # the only two measures one claim may mix
_TOLLS = frozenset({"killed", "wounded", "missing", "rescued", "arrested", "displaced"})  # what befell people
# Usable figures a story's claims are built from. Real stories have far fewer (59 at most in
# 3,000 ANT articles), and complete linkage is quadratic: a 5 MB article of figures would take
# hours. The figures past it are listed, without a claim.
MAX_CLAIM_FIGURES = 500



# subject classes that never join a toll of anyone: a part of its people (children, women, journalists, a country's
# nationals), or
# those who carried the attack out (2 employees killed and 2 attackers killed are two quantities),
# or those who carried out a rescue (13 divers are not the 4 boys they brought out)
_PARTS = frozenset({"children", "women", "journalists", "medics", "nationals", "attackers", "rescuers"})
# tolls of a day that rise through it: of two counts of one day recalled after it, the higher is the later
_RISING = frozenset({"killed", "wounded", "casualties"})


def _lineage(place: str | None) -> list[str]:
    parents = place_parents()
    out = []
    while place and place not in out:
        out.append(place)
        place = parents.get(place)
    return out


def _places_compatible(a: str | None, b: str | None, stock: bool) -> bool:
    """Same place, one inside the other, or (for a level such as the number besieged, which is
    reported for a whole area) two places of the same area."""
    if not a or not b or a == b:
        return True
    la, lb = _lineage(a), _lineage(b)
    if a in lb or b in la:
        return True
    return stock and len(la) > 1 and len(lb) > 1 and la[1] == lb[1]


def _country_and_within(a: str | None, b: str | None) -> bool:
    """One place is a country and the other a place inside it."""
    if not a or not b or a == b:
        return False
    la, lb = _lineage(a), _lineage(b)
    return (len(la) == 1 and a in lb) or (len(lb) == 1 and b in la)


@lru_cache(maxsize=20_000)
def _window_of(as_of: str | None) -> str:
    text = normalize(as_of or "")
    nums = [m.value for m in find(as_of or "") if m.value is not None]
    unit = next((u for u in ("ساع", "يوم", "ايام", "اسبوع", "اسابيع", "شهر") if u in text), "")
    return f"{nums[0] if nums else ''}{unit}"


def _window(f: Figure) -> str:
    return _window_of(f.as_of)


@lru_cache(maxsize=20_000)
def _day_of(as_of: str | None) -> str:
    """The weekday an as-of phrase names (صباح أمس السبت), or ""."""
    day = named_weekday(as_of or "")
    return str(day) if day else ""


def _day(f: Figure) -> str:
    return _day_of(f.as_of)


def voice(f: Figure) -> str:
    """Who states the figure: its source as one key (المرصد and its other names are one), or the
    article's own voice."""
    return _source_key(f)


def _source_key(f: Figure) -> str:
    if f.source is None:
        return f"outlet:{f.article}"  # the article's own voice
    return _source_terms(shown(f.source_canonical, f.source) or f.source)  # المرصد، مراقب الحرب: one source


@lru_cache(maxsize=20_000)
def _source_terms(source: str) -> str:
    return " ".join(sorted(set(terms(source)))) or normalize(source)


def interval(f: Figure) -> tuple[float, float] | None:
    if f.low is not None and f.high is not None:
        return f.low, f.high
    if f.value is None:
        return None
    v = f.value
    if f.bound == "min":
        return v, float("inf")
    if f.bound == "max":
        return 0.0, v
    if f.approx:
        return v * (1 - APPROX), v * (1 + APPROX)
    return v, v


def _stated(f: Figure) -> tuple[float, float] | None:
    """The interval of the number as stated, a bound taken at its value: two lower bounds of one
    source "agree" as intervals (more than 46, more than 426) but state two numbers, a day's
    toll and an offensive's."""
    if f.low is not None and f.high is not None:
        return f.low, f.high
    if f.value is None:
        return None
    v = f.value
    return (v * (1 - APPROX), v * (1 + APPROX)) if f.approx else (v, v)


def _agree(figs: list[Figure]) -> bool:
    """The figures' intervals share a point, and no two lower bounds of different days state different
    numbers: «more than 150,000» on Friday and «more than 300,000» on Saturday overlap as intervals,
    but a reader sees a count that rose, not two sources agreeing."""
    if not _spans_agree([interval(f) for f in figs]):
        return False
    floors = {(f.as_of_first, f.as_of_last, f.value) for f in figs if f.bound == "min" and f.value is not None}
    return len({(first, last) for first, last, _ in floors}) < 2 or len({v for _, _, v in floors}) < 2


def spans_agree(spans: list[tuple[float, float] | None]) -> bool:
    """The intervals have a point in common (those not known aside)."""
    return _spans_agree(spans)


def _spans_agree(spans: list[tuple[float, float] | None]) -> bool:
    known = [s for s in spans if s is not None]
    if not known:
        return True
    return max(s[0] for s in known) <= min(s[1] for s in known)


class _Key(NamedTuple):
    """What decides whether a figure counts the same thing as another: figures with equal keys
    are compatible with the same figures, so a claim is compared once per distinct key."""

    unit: str
    measure: str
    subject: str  # its class: children, women, fighters, civilians, any
    place: str | None
    source: frozenset[str]
    interval: tuple[float, float] | None
    stated: tuple[float, float] | None  # the number as stated, a bound taken at its value
    period: str
    window: str
    day: str
    first: date | None  # the period the figure is for, as resolved against its article's day
    last: date | None
    article: str
    parts: frozenset[str] = frozenset()  # the subject classes of the parts its sentence gives (بينهم 28 مدنيا)
    sentence: int = -1  # where its sentence starts in its article (-1: a figure with no sentence known)
    cause: str | None = None  # what caused the toll, as its sentence names it (quake, chemical, violence...)
    bodies: bool = False  # it counts bodies (ثلاث جثث انتشلت، 23 جثة تم التعرف عليها): those found, at one site


def _key(f: Figure, parts: frozenset[str] = frozenset()) -> _Key:
    # a share of territory is its holder's (the regime's 58.8 % and the rebels' 34.6 % of Daraa are two
    # quantities); an unknown holder is "any"
    held = holder_key(f.subject) if f.measure == "territory_percent" else None
    subject = subject_class(f.subject) if held is None else ("held:" + held if held else "any")
    if f.measure == "aid" and subject == "any" and f.subject:
        # aid is counted in what was given: 6 sectors, 288 projects, 40 trucks, 27,000 people are four quantities
        subject = "aid:" + _aid_counted_in(f.subject)
    return _Key(f.unit, f.measure, subject, f.place, frozenset(_source_key(f).split()),
                interval(f), _stated(f), f.period, _window(f), _day(f), f.as_of_first or f.as_of_last, f.as_of_last,
                f.article, parts, f.sentence_start if f.sentence_end > f.sentence_start else -1, f.cause,
                _counts_bodies(f.subject))


AID_NOUN_LETTERS = 2  # consonants of a counted noun that tell what aid is counted in
LONG_VOWELS = frozenset("\u0627\u0648\u064a")  # alef, waw, yeh: a plural's pattern adds or moves them


@lru_cache(maxsize=4096)
def _aid_counted_in(subject: str) -> str:
    """What aid is counted in: people (شخص، أشخاص) as one, else the first consonants of the counted noun past its
    article, which a singular and its plural share (شاحنة، شاحنات; مشروعا، مشاريع; طن، أطنان) and two nouns seldom do
    (قطاعات، مشروعا)."""
    if counts_people(subject):
        return "people"
    word = normalize(subject).split()[0].removeprefix(grammar().article)
    return "".join(ch for ch in word if ch not in LONG_VOWELS)[:AID_NOUN_LETTERS]


def _parts(figures: list[Figure]) -> dict[int, frozenset[str]]:
    """For each toll, the subject classes of the parts said right after it in its sentence
    (مقتل 54 شخصا بينهم 28 مدنيا: civilians)."""
    out: dict[int, frozenset[str]] = {}
    whole: int | None = None
    for i, f in enumerate(figures):
        if not f.subset:
            whole = i
        elif whole is not None and figures[whole].article == f.article and (
            figures[whole].sentence_start == f.sentence_start
        ):
            part = subject_class(f.subject)
            if part != "any":  # a part counted as persons says nothing of who is counted apart
                out[whole] = out.get(whole, frozenset()) | {part}
    return out


def _compatible(a: Figure, b: Figure) -> bool:
    return _keys_compatible(_key(a), _key(b))


@lru_cache(maxsize=100_000)
def _keys_compatible(a: _Key, b: _Key) -> bool:
    if a.unit != b.unit:
        return False
    if a.measure != b.measure:
        family = {a.measure, b.measure} == {"besieged", "population"}
        if not (family and _spans_agree([a.interval, b.interval])):
            return False
    if a.subject != b.subject and ("any" not in (a.subject, b.subject) or {a.subject, b.subject} & _PARTS):
        return False  # children or women are a part of a toll, never the toll; attackers are not its victims
    if a.subject != b.subject and (a.subject in b.parts or b.subject in a.parts):
        return False  # 28 مدنيا is not the toll whose article counts its civilians apart (54 شخصا بينهم 28 مدنيا)
    if not _places_compatible(a.place, b.place, a.measure not in FLOWS):
        return False
    if _of_two_wholes(a, b):
        return False
    if a.measure in FLOWS and not _times_compatible(a, b):
        return False  # a level (the number besieged) is the same quantity over a story's weeks
    if a.measure in FLOWS and a.cause and b.cause and not may_be_one(a.cause, b.cause):
        return False  # two happenings: a quake's dead and a fire's, one day in one province
    if a.article == b.article and a.sentence == b.sentence and a.sentence >= 0:
        return False  # two counts of one sentence are two quantities (بـ3 صواريخ، إضافة إلى 3 صواريخ استطلاع)
    if a.article == b.article and a.measure in FLOWS and a.interval != b.interval and not (
        a.period == b.period and _spans_agree([a.stated, b.stated])
    ):
        # an article that gives two tolls gives two quantities (a day's toll, the total); not one toll told
        # twice, rounded in the title (نحو مئتي قتيل، then 199)
        return False
    if a.article == b.article and a.period == b.period == "point" and _days_apart(a, b):
        return False  # one article's counts of two days are two quantities (4 boys out on Sunday, 4 on Monday)
    if a.measure in _RISING and _one_happening(a, b):
        # one disaster's dead or hurt from its day, however each report dates it (Lombok: ~100, 131, 347); not
        # the displaced (4,600 tourists evacuated are not the 156,000 homeless); placed in its country by one
        # report and in its town by another (the Kerkennah sinking: 46 off Kerkennah, 48 off Tunisia)
        return True
    if a.measure in FLOWS and _country_and_within(a.place, b.place) and not _spans_agree([a.stated, b.stated]):
        return False  # a country's toll (a million killed in Syria) is not a toll of a place in it
    if a.measure in FLOWS:
        same_source = bool(a.source) and bool(b.source) and (a.source <= b.source or b.source <= a.source)
        if same_source and _spans_agree([a.stated, b.stated]):
            return True  # the same number from the same source, whatever the period words around it
        if _one_day(a) and _one_day(b) and a.first == b.first and _spans_agree([a.stated, b.stated]):
            return True  # the same number for the same day, dated by its own words or its article's
        if (
            a.measure in _TOLLS and _one_day(a) and _one_day(b) and a.first == b.first
            and a.place is not None and a.place == b.place and _a_conflict_may_be(a.stated, b.stated)
        ):
            # two outlets' counts of one day's toll in one place are one quantity, in conflict or rising
            # (Douma's dead on 7 April: 25, 40, 47, about 70); not missiles (8 shot down, 3 that struck)
            return True
        if a.period != b.period:
            return False
        if a.period == "window" and a.window != b.window:
            return False
        if a.period == "point" and a.day and b.day and a.day != b.day:
            return False
        if a.period == "none":
            return _spans_agree([a.interval, b.interval])
    return True


def _of_two_wholes(a: _Key, b: _Key) -> bool:
    """Two shares of two places' wholes (half of Idlib's people is not half of Syria's), or two counts of people too
    far apart to be one place's (a city's people and a district's, or the needy among them: 380,000 in Palu, 14,000
    elderly)."""
    if a.unit in ("percent", "fraction") and a.place != b.place and a.place and b.place:
        return True
    return a.measure == b.measure == "population" and not _a_conflict_may_be(a.stated, b.stated, POPULATION_FACTOR)


CONFLICT_FACTOR = 20  # how far apart two counts of one day may be and still count one thing (Douma's 25 to 70)
# how far apart two counts of a place's people may be and still count them (Ghouta's 393,000 to 400,000 besieged);
# further apart they are two wholes, a town's and its region's (a real multi-outlet story read in session 53, the
# Sulawesi tsunami: Palu's 380,000, Donggala's 300,000, 1.4 million in the region and 14,000 elderly in need, one
# claim «in conflict»)
POPULATION_FACTOR = 2


def _a_conflict_may_be(
    a: tuple[float, float] | None, b: tuple[float, float] | None, factor: float = CONFLICT_FACTOR,
) -> bool:
    """Two counts of one day in one place may be one quantity told in conflict only within ``factor`` of each other
    (``CONFLICT_FACTOR`` unless told): 3 American prisoners freed and the 120,000 North Korea is believed to hold are
    two (a whole-store draw of session 46 had them in conflict)."""
    if a is None or b is None:
        return True
    low, high = min(a[1], b[1]), max(a[0], b[0])
    return low <= 0 or high <= factor * low


def _one_happening(a: _Key, b: _Key) -> bool:
    """Both count what one disaster or attack that does not last did, from its day: the same cause, or
    one of them one that may be any (an incident: حادث، انهيار), told from the same first day, as a
    running toll, the day's count or undated (the quake that struck Lombok on Sunday killed 98, then 131,
    then 347). Not the bodies found at one site (13 جثة عثر عليها في إحدى قاعات السينما), nor a landslide's
    dead with the quake's (34 طالبا قضوا في انهيار أرضي ... نجم عن الزلزال: one site's)."""
    if not (a.cause and b.cause) or a.bodies or b.bodies or lasting(a.cause) or lasting(b.cause):
        return False
    if a.cause != b.cause and not (may_be_any(a.cause) or may_be_any(b.cause)):
        return False
    if a.first is None or b.first is None or "window" in (a.period, b.period):
        return False
    # a running toll of it may be dated from a day or so after (ارتفع عدد ضحايا ثوران بركان فويغو ليصل إلى 62, dated
    # from Monday for Sunday's eruption); only told under the same name (two quakes days apart are two)
    slack = HAPPENING_SLACK_DAYS if a.cause == b.cause and "total" in (a.period, b.period) else 0
    return abs((a.first - b.first).days) <= slack


HAPPENING_SLACK_DAYS = 1  # a running toll of a disaster dated from the day after it


@lru_cache(maxsize=4096)
def _counts_bodies(subject: str | None) -> bool:
    """The counted noun is bodies (جثث، جثة)."""
    key = normalize(subject or "")
    return bool(key) and any(w in key for w in word_set("figure_words.tsv", "bodies"))


def _one_day(k: _Key) -> bool:
    """A count for one resolved day that is no running total."""
    return k.period in ("none", "point") and k.first is not None and k.first == k.last


def _days_apart(a: _Key, b: _Key) -> bool:
    """Both periods are known and share no day."""
    if None in (a.first, a.last, b.first, b.last):
        return False
    return a.last < b.first or b.last < a.first  # type: ignore[operator]  # None excluded above


SERIES_START_DAYS = 3  # running totals whose starts lie this close count from the same start
SERIES_GAP_DAYS = 31  # a running total of unknown start joins only a series reported within this
# counts for periods further apart than this are of different happenings: an incident's day is
# often read a day or two off (a toll published the next morning), a historical one is years off
APART_DAYS = 3


def _times_compatible(a: _Key, b: _Key) -> bool:
    """Figures for periods days apart count different things (the 1,400 killed in 2013 are not a
    report of today's toll), except running totals from the same start, which are one
    series whatever day each was reported (SOHR's 250, then 403, then 500 since 18 February)."""
    if a.first is None or b.first is None or a.last is None or b.last is None:
        return True
    if a.period == b.period == "total":
        start_a, start_b = _series_start(a), _series_start(b)
        if start_a is None or start_b is None:  # a start not known: both must be current
            return abs((a.last - b.last).days) <= SERIES_GAP_DAYS
        return abs((start_a - start_b).days) <= SERIES_START_DAYS
    gap = (max(a.first, b.first) - min(a.last, b.last)).days
    return gap <= APART_DAYS


def _series_start(k: _Key) -> date | None:
    """The first day a running total counts from: its period's, or the one day its words name (a
    toll raised on a day, ارتفع عدد القتلى، السبت، إلى 35: that day's raids, not the offensive's
    toll since 18 February); None when not known."""
    if k.first is not None and k.last is not None and k.first != k.last:
        return k.first
    return k.first if k.day else None


class _Running(NamedTuple):
    """What makes claims of running totals one quantity: the same count of the same people in
    the same place, from the same start (None: not stated)."""

    unit: str
    measure: str
    subject: str
    place: str | None
    start: date | None
    reported: tuple[date, date] | None  # the first and last days its values are for
    told: frozenset[tuple[str, float | None]] = frozenset()  # (article, value) of each of its figures


def running_quantities(claims: list[Claim], figures: list[Figure]) -> list[list[Claim]]:
    """The claims grouped into quantities: claims of running totals that count the same people
    in the same place from the same start are one quantity, however complete linkage split them
    (SOHR's toll of the Ghouta offensive, told over eight weeks, forms several claims, since a
    start not stated keeps a toll to the month it was reported); any other claim is a quantity
    of its own. A claim joins a group whose every claim it agrees with, and whose values,
    reported over weeks, run to within a month of its own. In order of each group's first claim."""
    groups: list[list[Claim]] = []
    keys: list[list[_Running]] = []
    for c in claims:
        key = _running(c, figures)
        k = next((g for g, ks in enumerate(keys) if key and ks and _joins(key, ks)), None)
        if k is None:
            groups.append([c])
            keys.append([key] if key else [])
        else:
            groups[k].append(c)
            keys[k].append(key)  # type: ignore[arg-type]  # a key, checked above
    return groups


def _running(c: Claim, figures: list[Figure]) -> _Running | None:
    """A claim's running-total key, or None when most of its figures are no running total."""
    figs = [figures[i] for i in c.figures]
    if c.measure not in FLOWS or 2 * sum(f.period == "total" for f in figs) <= len(figs):
        return None
    starts = [s for f in figs if (s := _series_start(_key(f))) is not None]
    classes = {subject_class(f.subject) for f in figs} - {"any"}
    days = [f.as_of_last for f in figs if f.as_of_last is not None]
    return _Running(
        c.unit, c.measure, min(classes) if len(classes) == 1 else "any", c.place, min(starts, default=None),
        (min(days), max(days)) if days else None, frozenset((f.article, f.value) for f in figs),
    )


GAP = timedelta(days=SERIES_GAP_DAYS)


def _joins(key: _Running, group: list[_Running]) -> bool:
    """The key counts what every key of the group counts, and its days reported run to within a
    month of the group's (a toll of 2013, the sarin attack's 1,400, is not reported in this series)."""
    if not all(_same_running(key, k) for k in group):
        return False
    if any(_told_otherwise(key, k) for k in group):
        return False  # (96 regime fighters and 59 rebels since the escalation, in one sentence: two sides' tolls)
    spans = [k.reported for k in group if k.reported is not None]
    if key.reported is None or not spans:
        return True
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    return key.reported[0] - last <= GAP and first - key.reported[1] <= GAP


def _told_otherwise(a: _Running, b: _Running) -> bool:
    """One article gives each a different value: two quantities it tells apart, not one series."""
    values = dict(b.told)
    return any(article in values and values[article] != value for article, value in a.told)


def _same_running(a: _Running, b: _Running) -> bool:
    if (a.unit, a.measure) != (b.unit, b.measure):
        return False
    if a.subject != b.subject and ("any" not in (a.subject, b.subject) or {a.subject, b.subject} & _PARTS):
        return False
    if not _places_compatible(a.place, b.place, False) or _country_and_within(a.place, b.place):
        return False
    return a.start is None or b.start is None or abs((a.start - b.start).days) <= SERIES_START_DAYS


def _label(value: Figure) -> str:
    def num(v: float) -> str:
        return f"{int(v):,}" if v == int(v) else f"{v:g}"

    if value.low is not None and value.high is not None:
        text = f"{num(value.low)}–{num(value.high)}"
    elif value.value is None:
        text = value.quote
    else:
        text = num(value.value)
    if value.unit == "percent":
        text += "%"
    if value.bound == "min":
        text = "> " + text
    elif value.bound == "max":
        text = "≤ " + text
    elif value.approx:
        text = "~" + text
    return text


def _when(f: Figure, articles: dict[str, Article]) -> str | None:
    a = articles.get(f.article)
    return a.published.date().isoformat() if a is not None and a.published else None


def reconcile(
    figures: list[Figure], articles: dict[str, Article] | None = None, limit: int = MAX_CLAIM_FIGURES
) -> list[Claim]:
    """The claims of a story's figures: figures that count the same thing grouped, at most
    ``limit`` of them (in the order given) taken."""
    articles = articles or {}
    usable = [
        i for i, f in enumerate(figures)
        if f.measure in CLAIM_MEASURES and not f.vague and not f.subset and (f.value is not None or f.low is not None)
    ]
    groups = _complete_linkage(figures, usable[:limit], _parts(figures))
    claims = []
    for g in groups:
        claims.append(_claim(figures, g, articles))
    # the most widely reported claims first
    claims.sort(key=lambda c: (-len({_source_key(figures[i]) for i in c.figures}), -len(c.figures)))
    for n, c in enumerate(claims, start=1):
        c.id = f"c{n}"
    return claims


def _claim(figures: list[Figure], g: list[int], articles: dict[str, Article]) -> Claim:
    """One claim from a group of figures that count the same thing. Low, best, high and the most
    conservative value are read among the current figures, each source's latest: a running
    toll's earlier values are superseded, listed but not set against today's."""
    figs = [figures[i] for i in g]
    agree = _agree(figs)
    current = _current(figs, articles)
    now = [f for f, c in zip(figs, current) if c]
    stated = [v for f in now for v in ((f.low, f.high) if f.low is not None else (f.value,)) if v is not None]
    ranks = [_rank(f) if c else math.inf for f, c in zip(figs, current)]
    conservative = g[min(range(len(figs)), key=ranks.__getitem__)]
    return Claim(
        id="",
        measure="besieged" if any(f.measure == "besieged" for f in figs) else figs[0].measure,
        unit=figs[0].unit,
        subject=next((f.subject for f in figs if f.subject), None),
        place=next((f.place for f in figs if f.place), None),
        figures=g,
        sources=list(dict.fromkeys(shown(f.source_canonical, f.source) for f in figs)),
        values=list(dict.fromkeys(_label(f) for f in figs)),
        agree=agree,
        differ=None if agree else _why_differ(figs, articles),
        low=min(stated) if stated else None,
        best=_best(_latest_told(now, articles)),
        high=max(stated) if stated else None,
        conservative=conservative,
        superseded=[i for i, c in zip(g, current) if not c],
    )


def _rank(f: Figure) -> float:
    """How conservative a figure is: its value, a range by its lower bound; unknown last."""
    v = f.value if f.value is not None else f.low
    return v if v is not None else math.inf


def _current(figs: list[Figure], articles: dict[str, Article] | None = None) -> list[bool]:
    """Whether each figure is its source's latest in the claim (by the last day it is for, then
    by when its article was published: Gaza's health ministry said 5 dead in the afternoon and 6
    that evening; an article's own voice is its own source); a figure whose day is not known is
    current, and so is one that repeats its source's latest value. A count of a day told after that
    day stands at the day's end, and of two such counts of the dead or the hurt the higher is the
    later: the toll rose through the day, whenever each was published (أعلنت السلطات الأربعاء أن 19
    شخصا توفوا, told on Thursday morning, then وكانت السلطات أعلنت يوم أمس أن 17, told that evening);
    counts told on their own day keep the order they were told in (a toll revised down stays revised)."""
    def when(f: Figure) -> tuple[date, datetime, float]:
        day = cast(date, f.as_of_last)
        article = (articles or {}).get(f.article)
        told = article.published.replace(tzinfo=None) if article is not None and article.published else datetime.min
        if told == datetime.min or told.date() <= day:
            return day, told, 0.0
        higher = _rank(f) if f.measure in _RISING and _rank(f) != math.inf else 0.0
        return day, datetime.combine(day, datetime.max.time()), higher

    latest: dict[str, Figure] = {}
    for f in figs:
        if f.as_of_last is not None:
            key = _source_key(f)
            if key not in latest or when(f) > when(latest[key]):
                latest[key] = f
    return [
        f.as_of_last is None or when(f) >= when(latest[_source_key(f)]) or (
            f.as_of_last == latest[_source_key(f)].as_of_last and _stated(f) == _stated(latest[_source_key(f)])
        )
        for f in figs
    ]




def _complete_linkage(
    figures: list[Figure], usable: list[int], parts: dict[int, frozenset[str]] | None = None
) -> list[list[int]]:
    """Each figure joins the first claim (in order of creation) it is compatible with in
    full, else starts one. Only claims of its unit and measure family can take it, and each
    claim is compared once per distinct key of its figures."""
    groups: list[list[int]] = []
    keys_of: list[dict[_Key, None]] = []  # each group's distinct keys, in order
    by_family: dict[tuple[str, str], list[int]] = {}  # (unit, family) -> groups, in order
    for i in usable:
        key = _key(figures[i], (parts or {}).get(i, frozenset()))
        family = by_family.setdefault((key.unit, _FAMILY.get(key.measure, key.measure)), [])
        for g in family:
            if all(_keys_compatible(key, k) for k in keys_of[g]):
                groups[g].append(i)
                keys_of[g][key] = None
                break
        else:
            family.append(len(groups))
            groups.append([i])
            keys_of.append({key: None})
    return groups


def _why_differ(figs: list[Figure], articles: dict[str, Article]) -> Differ:
    """dates: the figures are for different days or periods (as resolved against their
    articles' anchors); conflict: same day and period; undated: their dates are not known."""
    if all(f.as_of_last is not None for f in figs):
        if len({(f.as_of_first, f.as_of_last) for f in figs}) > 1 or _rises_as_told(figs, articles):
            return "dates"
        return "conflict"
    published = {_when(f, articles) for f in figs}
    if None not in published and len(published) > 1:
        return "dates"
    if len({(f.period, _window(f), _day(f)) for f in figs}) > 1:
        return "dates"
    if len({f.article for f in figs}) > 1:
        return "undated"
    return "conflict"


def _rises_as_told(figs: list[Figure], articles: dict[str, Article]) -> bool:
    """One source's toll for one day, higher in each later article (4 killed in the morning's
    report, 6 in the evening's): the count was updated as the day went on, not contradicted. The
    outlets' own voice may tell that source's toll (Genoa's official toll, 38 «حسب حصيلة رسمية
    موقتة» in the morning, then «ترتفع الحصيلة الرسمية للضحايا إلى 40» unattributed in the evening)."""
    if len({f.source_canonical for f in figs} - {None}) != 1:
        return False  # (outlets' own voices alone, or two sources named apart, may conflict)
    told: list[tuple[datetime, float]] = []
    for f in figs:
        article = articles.get(f.article)
        if article is None or article.published is None or f.value is None:
            return False
        told.append((article.published, f.value))
    if len({t for t, _ in told}) < 2:
        return False
    values = [v for _, v in sorted(told)]
    return all(a <= b for a, b in zip(values, values[1:]))


def _latest_told(figs: list[Figure], articles: dict[str, Article]) -> list[Figure]:
    """The figures the latest day's articles tell, when they count one disaster's or incident's dead or hurt (a
    cause that does not last) over several days' reports: its toll rose as the dead were found, and its latest
    report is the best (Fuego's 25 told by five outlets on Sunday, 72 on Tuesday). Else all of them."""
    if not figs or any(f.measure not in _RISING or (f.cause and lasting(f.cause)) for f in figs) or not any(
        f.cause for f in figs
    ):
        return figs
    told = [_when(f, articles) for f in figs]
    if None in told or len(set(told)) < 2:
        return figs
    last = max(cast(str, d) for d in told)
    latest = [f for f, d in zip(figs, told) if d == last]
    # (a lower count told last is a round restatement, «أكثر من 300» after 324: a toll that only rises stays put)
    return latest if max(map(_rank_high, latest)) >= max(map(_rank_high, figs)) else figs


def _rank_high(f: Figure) -> float:
    v = f.value if f.value is not None else f.high if f.high is not None else f.low
    return v if v is not None else -math.inf


def _allows(f: Figure, value: float) -> bool:
    interval = f.interval
    return interval is not None and interval[0] <= value <= interval[1]


def _best(figs: list[Figure]) -> float | None:
    """The value the most distinct sources state; on a tie, the latest of them (the one for
    the latest day, then the higher: a running toll only grows). Always a value some figure
    states, never an average: a range counts by its lower bound, the one it commits to, and a
    bound (أكثر من 30) backs the exact values it allows (36), when a figure states one."""
    votes: dict[float, set[str]] = {}
    latest: dict[float, tuple[date, float]] = {}
    exact = {f.value for f in figs if f.value is not None and f.bound is None and f.low is None}
    for f in figs:
        v = f.value if f.value is not None else f.low
        if v is None:
            continue
        # (a bound backs the exact values it allows: «أكثر من 30» is the 36 another report gives, not 30)
        backed = [x for x in exact if f.bound is not None and _allows(f, x)] or [v]
        for x in backed:
            votes.setdefault(x, set()).add(_source_key(f))
        when = (f.as_of_last or date.min, v)
        latest[v] = max(latest.get(v, when), when)
    if not votes:
        return None
    top = max(len(s) for s in votes.values())
    return max((v for v, s in votes.items() if len(s) == top), key=latest.__getitem__)
