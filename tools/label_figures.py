"""Label every number of real ANT articles as a figure (with what it counts, where, who says so
and as of when) or as a non-count, and score khulasa's figures against those labels.

    python tools/label_figures.py pick WORD [WORD...]        # candidate articles whose title holds the words
    python tools/label_figures.py draw [SEED]                # articles drawn at random outside the conflict news
    python tools/label_figures.py show ID [ID...]           # every number with context and khulasa's reading
    python tools/label_figures.py skeleton ID [ID...] > f   # TSV rows pre-filled from khulasa, to correct by hand
    python tools/label_figures.py compact LABELS.txt > f    # TSV rows from labels written in the compact form
    python tools/label_figures.py --check [GOLD.tsv...]      # validate finished gold files (default: both)
    python tools/label_figures.py --score [GOLD.tsv...]      # khulasa's current output against the labels:
                                                             # the union of the files, then one line per file
                                                             # (and, for the default files, its claims)
    python tools/label_figures.py --errors [GOLD.tsv...]     # every disagreement, one line each

The corpus is read once per run (a streaming scan keeping only the ids asked for); each article
is digested on its own. There are two gold files: tests/data/ant_figures_gold.tsv (78 articles,
mostly conflict and disasters) and tests/data/ant_figures_gold_more.tsv (20 articles drawn by
``draw`` outside the conflict news: sport, technology, economy, culture, health, politics). Their
columns and vocabularies are documented in their headers; ``check_rows`` is also used by
tests/test_figures_gold_data.py. ``score()`` called with no argument scores the first file alone
(tests/test_figures_real.py holds its ratchets to it); ``--score`` scores the union of both.

The compact form (how tests/data/ant_figures_gold.tsv was written, reading ``show``'s output):
a line ``@ ARTICLE_ID place=...;source=...;asof=...`` sets the article and the defaults of its
figures, then one line per number:
``SPAN|kind|measure|subject_class|subject_text|running_total|place|source|as_of|value|bound|conduit|note``
where SPAN is the start ``show`` printed (the span is then the candidate's), ``start:end``, or
``start~TEXT`` (the occurrence of TEXT covering start). Trailing fields may be left out; for a
figure an empty place, source or as_of takes the article's default (``-`` leaves the place empty),
and an empty value or bound is read from khulasa.numbers.find.

A "number" the gold file must cover is any number ``khulasa.numbers.find`` lists (of any kind),
any run of digits it misses (outside web addresses), and any cardinal number word or vague
count word (عشرات، مئات، آلاف...) standing alone; each must lie inside exactly one gold row, and
gold rows may not overlap. A row's span may be wider than the candidate (``أكثر من 7 آلاف``).
"""
from __future__ import annotations

import csv
import gzip
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANT = ROOT.parent / "shared" / "data" / "ant-v2.1" / "articles.jsonl.gz"
GOLD = ROOT / "tests" / "data" / "ant_figures_gold.tsv"
# every number of ~20 articles drawn at random outside the conflict news (``draw``): the first file
# is mostly Syria, Gaza and disasters, this one sport, technology, economy, culture, health and politics
GOLD_MORE = ROOT / "tests" / "data" / "ant_figures_gold_more.tsv"
GOLDS = (GOLD, GOLD_MORE)
CLAIMS = ROOT / "tests" / "data" / "ant_claims_gold.tsv"

COLUMNS = (
    "article_id", "start", "end", "text", "kind", "value", "bound", "measure", "subject_class",
    "subject_text", "place", "source", "conduit", "as_of", "running_total", "note",
)
KINDS = (
    "figure", "year", "date", "hijri_date", "clock_time", "duration", "age", "anniversary", "ordinal",
    "name_or_code", "list_index", "score", "distance_or_size", "money", "percent_other", "price_or_rate",
    "vote_or_seat", "other_noncount",
)
BOUNDS = ("exact", "approx", "min", "max")
MEASURES = (
    "killed", "wounded", "displaced", "besieged", "population", "territory_percent", "aid", "strikes",
    "arrested", "missing", "rescued", "casualties", "votes", "seats", "money", "price", "rate", "score", "other",
)
SUBJECT_CLASSES = ("civilians", "children", "women", "fighters", "soldiers", "police", "people", "refugees", "other")
# the figures issue 14 holds to 90 % on measure, place, source and as-of
HUMANITARIAN = frozenset({
    "killed", "wounded", "displaced", "besieged", "aid", "arrested", "missing", "rescued", "casualties", "population",
})

_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u060c\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_AR_LETTER = "\u0621-\u064a\u0671-\u06d3"
# cardinal and vague number words find() might miss, as whole words (with a leading و/ب/ل/ال allowed)
_NUMBER_WORDS = (  # noqa: SIM905 - a word list reads better as one string
    "واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية ثمان تسع تسعة "
    "عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين "
    "مئة مائة مئتين مئتي مائتين مئتان مائتان ثلاثمئة ثلاثمائة أربعمئة أربعمائة خمسمئة خمسمائة ستمئة ستمائة سبعمئة "
    "سبعمائة ثمانمئة ثمانمائة تسعمئة تسعمائة ألف ألفا ألفين ألفان آلاف مليون مليونا مليونين ملايين مليار مليارا "
    "مليارات عشرات مئات المئات آلاف الآلاف العشرات عشرة آلاف"
).split()
_WORD_RE = re.compile(
    r"(?<![" + _AR_LETTER + r"])(?:و|ب|ل|وب|ال|وال|بال|لل)?"
    + r"(?:" + "|".join(sorted(set(_NUMBER_WORDS), key=len, reverse=True)) + r")"
    + r"(?:ا|ة)?(?![" + _AR_LETTER + r"])"
)

_WEEKDAY = re.compile(r"^(?:و|ب|ل)?ال(?:اثنين|إثنين)$")


# ---------------------------------------------------------------- corpus

_LOADED: dict[str, dict] = {}  # rows read so far in this process, by id


def load_rows(ids: set[str] | None = None, title_words: list[str] | None = None) -> dict[str, dict]:
    """The rows with these ids, or the titles holding all the words. Rows asked for by id are kept:
    the first pass also reads every labelled article (each gold file's), so that scoring one file
    after another (the tests do) reads the corpus once."""
    if ids is None or title_words:
        return _scan(ids, title_words)
    missing = set(ids) - _LOADED.keys()
    if missing:
        golds = sorted(GOLD.parent.glob("ant_figures_gold*.tsv"))
        labelled = {r["article_id"] for gold in golds for r in read_gold(gold)}
        _LOADED.update(_scan(missing | (labelled - _LOADED.keys()), None))
    return {i: _LOADED[i] for i in ids if i in _LOADED}


def _scan(ids: set[str] | None, title_words: list[str] | None) -> dict[str, dict]:
    """One streaming pass over the corpus: the rows with these ids (or titles holding all the words)."""
    out: dict[str, dict] = {}
    with gzip.open(ANT, "rt", encoding="utf-8") as f:
        for line in f:
            if ids is not None and not any(i in line[:200] for i in ids):
                continue  # a cheap test before parsing
            row = json.loads(line)
            if ids is not None and row["id"] not in ids:
                continue
            if title_words and not all(w in (row.get("title") or "") + " " + row["text"][:300] for w in title_words):
                continue
            out[row["id"]] = row
    return out


def as_article(row: dict):
    from khulasa import Article

    published = datetime.fromisoformat(row["published"]) if row.get("published") else None
    return Article(row["id"], row["text"], title=row.get("title"), source=row.get("source"), published=published)


def khulasa_figures(row: dict) -> list:
    """khulasa's figures for this article, digested on its own; once per article and run (the tests
    score the labelled sets one by one and then together: each article was digested three times)."""
    import khulasa

    article = as_article(row)
    key = (article.id, article.text, article.title, article.published)
    if key not in _FIGURES:
        result = khulasa.digest([article], progress=False)
        _FIGURES[key] = tuple(f for s in result.stories for f in s.figures if f.article == row["id"])
    return list(_FIGURES[key])


_FIGURES: dict[tuple, tuple] = {}


# ---------------------------------------------------------------- drawing articles at random

DRAW_SEED = 2021
# (pool, articles drawn): a section of the corpus, or "health" (any section, a health word in the title)
DRAW_QUOTAS = (("sport", 4), ("technology", 4), ("economy", 4), ("culture", 3), ("middleEast", 3), ("health", 2))
DRAW_NUMBERS = (4, 20)  # the numbers an article must hold (digit runs and number words, as ``pick`` counts)
_HEALTH = re.compile(
    r"(?<![" + _AR_LETTER + r"])(?:ال)?(?:صحة|صحي|صحية|مرض|أمراض|سرطان|دواء|أدوية|فيروس|وباء|لقاح|أطباء|"
    r"الكوليرا|السمنة|السكري|التدخين)(?![" + _AR_LETTER + r"])"
)
# a story of war, attacks or disasters: left out of the middleEast and health pools
_VIOLENCE = re.compile(
    r"قتل|قتيل|مقتل|جرحى|جريح|مصرع|غارة|غارات|قصف|انفجار|تفجير|هجوم|اشتباك|ضحايا|شهيد|شهداء|صاروخ|مسلح|"
    r"حتفه|إرهاب"
)


def _pool(row: dict) -> str | None:
    title, text = row.get("title") or "", row["text"]
    if _HEALTH.search(title):
        return None if _VIOLENCE.search(text) else "health"
    if row["category"] == "middleEast" and _VIOLENCE.search(text):
        return None
    return row["category"]


def draw(seed: int = DRAW_SEED) -> list[str]:
    """Articles drawn at random, DRAW_QUOTAS of them per pool, among those holding DRAW_NUMBERS
    numbers and not in the first gold file: each pool sorted by id, then ``random.Random(seed).sample``
    pool by pool in the order of DRAW_QUOTAS. With the default seed and the first file's 78 articles it
    draws the 20 articles of tests/data/ant_figures_gold_more.tsv (a longer first file would change it)."""
    import random

    done = {r["article_id"] for r in read_gold(GOLD)}
    low, high = DRAW_NUMBERS
    pools: dict[str, list[str]] = defaultdict(list)
    with gzip.open(ANT, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            n = len(_DIGITS.findall(row["text"])) + len(_WORD_RE.findall(row["text"]))
            pool = _pool(row)
            if pool is not None and low <= n <= high and row["id"] not in done:
                pools[pool].append(row["id"])
    rng = random.Random(seed)
    return [aid for pool, k in DRAW_QUOTAS for aid in rng.sample(sorted(pools[pool]), k)]


# ---------------------------------------------------------------- candidates

def candidates(text: str) -> list[tuple[int, int, str]]:
    """Every number the gold file must cover: (start, end, where found: find:<kind> | digits | word)."""
    from khulasa import numbers

    urls = [m.span() for m in _URL.finditer(text)]
    # an ordinal by position with no number (آخر، الأخيرة، الحالية) is not a number to label
    out = [(m.start, m.end, "find:" + m.kind) for m in numbers.find(text)
           if not (m.kind == "ordinal" and m.value is None)]

    def covered(a: int, b: int) -> bool:
        return any(s < b and a < e for s, e, _ in out)

    for m in _DIGITS.finditer(text):
        if any(a <= m.start() < b for a, b in urls):
            continue
        if not covered(*m.span()):
            out.append((m.start(), m.end(), "digits"))
    for m in _WORD_RE.finditer(text):
        if _WEEKDAY.match(m.group()):
            continue  # يوم الاثنين: a weekday, not "the two"
        if not covered(*m.span()):
            out.append((m.start(), m.end(), "word"))
    return sorted(out)


def context(text: str, start: int, end: int, words: int = 12) -> str:
    left = text[:start].split()[-words:]
    right = text[end:].split()[:words]
    return " ".join(left) + " [[" + text[start:end] + "]] " + " ".join(right)


def overlapping(figs: list, start: int, end: int) -> list:
    return [f for f in figs if f.start < end and start < f.end]


def fig_as_of(f, published: date | None) -> str:
    a, b = f.as_of_first, f.as_of_last
    if a is None and b is None:
        return published.isoformat() if published else ""
    a = a or b
    b = b or a
    return a.isoformat() if a == b else f"{a.isoformat()}..{b.isoformat()}"


def _num(v) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else str(v)


def skeleton_rows(row: dict) -> list[dict]:
    """Pre-filled rows: one per candidate number, from khulasa's figure over it if any."""
    text = row["text"]
    figs = khulasa_figures(row)
    pub = datetime.fromisoformat(row["published"]).date() if row.get("published") else None
    out = []
    for start, end, how in candidates(text):
        hit = overlapping(figs, start, end)
        r = dict.fromkeys(COLUMNS, "")
        r.update(article_id=row["id"], start=str(start), end=str(end), text=text[start:end])
        if hit:
            f = hit[0]
            r.update(start=str(f.start), end=str(f.end), text=f.quote, kind="figure",
                     value=f"{_num(f.low)}..{_num(f.high)}" if f.low is not None else _num(f.value),
                     bound=f.bound or ("approx" if f.approx else "exact"),
                     measure=f.measure if f.measure in MEASURES else "other",
                     subject_text=f.subject or "", place=f.place or "", source=f.source_canonical or "outlet",
                     conduit=f.conduit or "",
                     as_of=fig_as_of(f, pub), running_total="yes" if f.period == "total" else "no",
                     note="khulasa:" + how)
        else:
            kind = {"find:year": "year", "find:date": "date", "find:time": "clock_time", "find:duration": "duration",
                    "find:ordinal": "ordinal", "find:identifier": "name_or_code"}.get(how, "")
            r.update(kind=kind, note="nofig:" + how)
        if out and int(out[-1]["end"]) > int(r["start"]):
            continue  # khulasa's figure span already covers it
        out.append(r)
    return out


def show(rows: dict[str, dict]) -> None:
    for aid, row in rows.items():
        text = row["text"]
        figs = khulasa_figures(row)
        print(f"=== {aid} | {row.get('source')} | {row.get('published')} | {row.get('title')}")
        print(text[:400].replace("\n", " "))
        for start, end, how in candidates(text):
            hit = overlapping(figs, start, end)
            read = ""
            if hit:
                f = hit[0]
                read = (f" => {f.measure} v={_num(f.value)} subj={f.subject} place={f.place} src={f.source_canonical}"
                        f" ({f.source}{' via ' + f.conduit if f.conduit else ''})"
                        f" asof={f.as_of}/{f.as_of_first} per={f.period}")
            print(f"  {start}-{end} {how}: {context(text, start, end)}{read}")


def _num_or_range(m) -> str:
    return f"{_num(m.low)}..{_num(m.high)}" if m.low is not None else _num(m.value)


_NONCOUNT_VALUED = {
    "money", "price_or_rate", "vote_or_seat", "percent_other", "distance_or_size", "score", "age", "duration",
    "year", "ordinal", "anniversary",
}
_WORD_VALUES = {"الخمسة": 5, "خمسا": 5, "العشر": 10, "الستة": 6}  # words find() does not read


def compact_rows(lines: list[str]) -> list[dict]:
    """Gold rows from labels in the compact form (see the module's doc)."""
    from khulasa import numbers

    ids = {ln.split()[1] for ln in lines if ln.startswith("@ ")}
    corpus = load_rows(ids)
    out: list[dict] = []
    aid, text, defaults, cands, finds = "", "", {}, {}, {}
    for ln in lines:
        if not ln.strip() or ln.startswith("#"):
            continue
        if ln.startswith("@ "):
            parts = ln.split(None, 2)
            aid, text = parts[1], corpus[parts[1]]["text"]
            defaults = dict(kv.strip().split("=", 1) for kv in (parts[2].split(";") if len(parts) > 2 else []))
            cands = {s: (s, e) for s, e, _ in candidates(text)}
            finds = {m.start: m for m in numbers.find(text)}
            continue
        f = [x.strip() for x in ln.split("|")]
        f += [""] * (13 - len(f))
        spec, kind, measure, scls, stext, rt, place, source, asof, value, bound, conduit = f[:12]
        note = " ".join(x for x in f[12:] if x)
        if "~" in spec:
            s0, want = spec.split("~", 1)
            s = next(i for i in range(len(text)) if text.startswith(want, i) and i <= int(s0) < i + len(want))
            e = s + len(want)
        elif ":" in spec:
            s, e = map(int, spec.split(":"))
        else:
            s, e = cands[int(spec)]
        m = finds.get(s)
        span = text[s:e]
        if kind == "figure":
            vague_word = span.lstrip("و") in ("ملايين", "آلاف", "مئات", "عشرات")
            if vague_word:
                value, bound = "", "approx"  # a vague count has no value
            if not value and m is not None and not m.vague and not vague_word and measure != "score":
                value = _num_or_range(m)
            if not value and m is None and span in _WORD_VALUES:
                value = str(_WORD_VALUES[span])
            if not bound:
                vague = any(w in span for w in ("عشرات", "مئات", "آلاف"))
                bound = (m.bound if m and m.bound else None) or ("approx" if (m and (m.approx or m.vague)) or vague
                                                                 else "exact")
            place = "" if place == "-" else place or defaults.get("place", "")
            source = source or defaults.get("source", "outlet")
            asof = asof or defaults.get("asof", "")
            rt = rt or "no"
        elif not value and m is not None and kind in _NONCOUNT_VALUED:
            value = _num_or_range(m)
        out.append({
            "article_id": aid, "start": str(s), "end": str(e), "text": span, "kind": kind, "value": value,
            "bound": bound, "measure": measure, "subject_class": scls, "subject_text": stext, "place": place,
            "source": source, "conduit": conduit, "as_of": asof, "running_total": rt, "note": note,
        })
    return out


# ---------------------------------------------------------------- reading the gold file

def read_gold(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#") and ln.strip()]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [dict(r) for r in reader]


def read_claims(path: Path = CLAIMS) -> list[dict]:
    """The claims file: story, quantity, figures (a list of article_id:start), note."""
    with path.open(encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#") and ln.strip()]
    out = []
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        r = dict(r)
        r["figures"] = [k for k in r["figures"].split(",") if k]
        out.append(r)
    return out


_PERIOD = re.compile(r"^\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?$")
_VALUE = re.compile(r"^-?\d+(\.\d+)?(\.\.-?\d+(\.\d+)?)?$")


CONDUIT_LONGEST = 50  # characters of a conduit's name (التلفزيون الوطني الفنزويلي): a longer one is a note misplaced


def _shifted(r: dict) -> list[str]:
    """A value standing in a column of another field, as a compact line with a field too many or too few leaves it: a
    bound, yes or no, a date or a number in the place, source or conduit columns (a name with a number in it, قناة
    فوكس 17، سويداء 24، كيلو 7, is a name still: only a number standing alone counts)."""
    return [
        f"{column} {r[column]!r} is another field's value (a field shifted?)"
        for column in ("place", "source", "conduit")
        if r[column] in BOUNDS or r[column] in ("yes", "no") or _PERIOD.match(r[column] or "")
        or _VALUE.match(r[column] or "")
    ]


def _field_problems(r: dict) -> list[str]:
    """What is wrong with one row's fields: a word outside its vocabulary, a figure's missing field, a note in
    the conduit column."""
    problems = []
    if r["kind"] not in KINDS:
        problems.append(f"kind {r['kind']!r}")
    if r["value"] and not _VALUE.match(r["value"]):
        problems.append(f"value {r['value']!r}")
    if r["bound"] and r["bound"] not in BOUNDS:
        problems.append(f"bound {r['bound']!r}")
    if r["running_total"] not in ("yes", "no", ""):
        problems.append(f"running_total {r['running_total']!r}")
    if r["as_of"] and not _PERIOD.match(r["as_of"]):
        problems.append(f"as_of {r['as_of']!r}")
    if len(r["conduit"] or "") > CONDUIT_LONGEST or ":" in (r["conduit"] or ""):
        problems.append(f"a note in the conduit column {r['conduit'][:40]!r}")
    problems += _shifted(r)
    if r["kind"] != "figure":
        stray = r["measure"] or r["subject_class"]
        # (a compact line with a field too many or too few shifts its values into the next columns: a non-count's
        # note, age or bound had landed in the conduit column, and nothing had said so)
        told = [c for c in ("place", "source", "conduit", "as_of", "running_total") if r[c]]
        return problems + (["a non-count has no measure or subject class"] if stray else []) + (
            [f"a non-count has no {', '.join(told)} (a field shifted? the note goes last)"] if told else [])
    if r["measure"] not in MEASURES:
        problems.append(f"measure {r['measure']!r}")
    if r["subject_class"] and r["subject_class"] not in SUBJECT_CLASSES:
        problems.append(f"subject_class {r['subject_class']!r}")
    if not r["source"]:
        problems.append("a figure needs a source (outlet for the outlet's own voice)")
    if not r["as_of"] or not r["running_total"]:
        problems.append("a figure needs as_of and running_total")
    if not r["bound"]:
        problems.append("a figure needs a bound")
    return problems


def check_rows(gold: list[dict], texts: dict[str, str]) -> list[str]:
    """Problems with the gold rows (empty when sound): spans, vocabularies, coverage."""
    problems: list[str] = []
    by_article: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for n, r in enumerate(gold, 1):
        where = f"row {n} ({r.get('article_id')}:{r.get('start')})"
        if list(r) != list(COLUMNS):
            problems.append(f"{where}: columns {list(r)}")
            continue
        aid = r["article_id"]
        if aid not in texts:
            problems.append(f"{where}: article not in the corpus")
            continue
        try:
            s, e = int(r["start"]), int(r["end"])
        except ValueError:
            problems.append(f"{where}: start/end not integers")
            continue
        if texts[aid][s:e] != r["text"]:
            problems.append(f"{where}: span text {texts[aid][s:e]!r} != {r['text']!r}")
        by_article[aid].append((s, e))
        problems += [f"{where}: {p}" for p in _field_problems(r)]
    for aid, spans in by_article.items():
        spans.sort()
        for (a, b), (c, d) in itertools.pairwise(spans):
            if c < b:
                problems.append(f"{aid}: rows {a}-{b} and {c}-{d} overlap")
        for cs, ce, how in candidates(texts[aid]):
            touching = [sp for sp in spans if sp[0] < ce and cs < sp[1]]
            # one row holds it, or the labeller split a match find() joined (2018 إلى نحو 100)
            split = len(touching) > 1 and all(cs <= a and b <= ce for a, b in touching)
            if len(touching) != 1 and not split:
                problems.append(f"{aid}: number {texts[aid][cs:ce]!r} at {cs}-{ce} ({how}) not labelled exactly once")
    return problems


# what a held-out file's header must hold (the labellers' brief): its opening paragraph and the conventions it follows
# (the sets from the forty-seventh on also end with the calls of their own, which the earlier ones kept elsewhere)
HELD_OUT_HEADER = (
    re.compile(r"^# .*HELD-OUT SET"),
    re.compile(r"^# Same columns, vocabularies and conventions as tests/data/ant_figures_gold\.tsv"),
)


def header_problems(path: Path) -> list[str]:
    """What a gold file's header lacks: any comment at all, and for a held-out file the opening paragraph and the
    conventions it follows (a draft with no header had passed --check)."""
    with path.open(encoding="utf-8") as f:
        header = [ln for ln in f if ln.startswith("#")]
    if not header:
        return [f"{path.name}: no header (the comment lines that say what the file holds and how it was labelled)"]
    if not path.name.startswith("ant_figures_gold_heldout"):
        return []
    return [
        f"{path.name}: the header has no line matching {pattern.pattern!r}"
        for pattern in HELD_OUT_HEADER if not any(pattern.match(ln) for ln in header)
    ]


def check(path: Path = GOLD) -> int:
    gold = read_gold(path)
    ids = {r["article_id"] for r in gold}
    texts = {i: r["text"] for i, r in load_rows(ids).items()}
    problems = header_problems(path) + check_rows(gold, texts)
    for p in problems:
        print(p)
    print(f"{len(gold)} rows, {len(ids)} articles: {len(problems)} problems")
    return 1 if problems else 0


# ---------------------------------------------------------------- scoring khulasa

def _norm(s: str) -> str:
    from khulasa.arabic.normalize import normalize

    return normalize(s or "")


# Sources are compared by their canonical names (khulasa/news/data/sources.tsv): a gold source
# resolves through the same table (وكالة الأناضول and الأناضول are one), "A/B" in the gold file
# accepts either; a source the table does not hold is compared by its words.


def _canonical(name: str):
    from khulasa.news.sources import resolve

    return resolve(name)


def source_ok(gold: str, got: str | None) -> bool:
    """``got``: khulasa's canonical source (``Figure.source_canonical``); gold: the gold file's
    canonical source, "outlet" for the outlet's own voice, "vague" for an unnamed one."""
    if gold == "outlet":
        return got is None
    if not got:
        return False
    if gold == "vague":
        return got == "vague"
    for part in gold.split("/"):
        known = _canonical(part)
        if known is not None and known.type is not None:
            if known.canonical == got:
                return True
            continue
        g, k = _norm(part), _norm(got)
        gw = [w for w in g.split() if len(w) > 3]
        if g == k or (gw and sum(w in k for w in gw) >= max(1, (len(gw) + 1) // 2)):
            return True
    return False


def conduit_ok(gold: str, got: str | None) -> bool:
    """The gold conduit (empty when none) against khulasa's (``Figure.conduit``, canonical)."""
    if not gold:
        return got is None
    return got is not None and (_norm(gold) == _norm(got) or source_ok(gold, got))


def place_ok(gold: str, got: str | None) -> bool:
    """The same place: the same name once both are the gazetteer's (زردانا is زردنا, جنوى is جنوة),
    or one name holding the other (غزة، قطاع غزة)."""
    from khulasa.news.places import canonical

    if not gold:
        return not got
    if not got:
        return False
    g, k = _norm(canonical(gold)), _norm(canonical(got))
    return g in k or k in g


MEASURE_MAP = {"casualties": {"casualties", "killed"}}
# what figures other than people track (khulasa/analyse/figures/tracked.py): scored one by one
TRACKED_MEASURES = ("votes", "seats", "money", "price", "rate", "score")
FIELDS = ("measure", "place", "source", "conduit", "as_of", "running")


def measure_ok(gold: str, got: str) -> bool:
    return got == gold or got in MEASURE_MAP.get(gold, ())


def judge(r: dict, f, published: date | None) -> dict[str, bool]:
    """Which of a found figure's readings agree with its gold row."""
    return {
        "measure": measure_ok(r["measure"], f.measure),
        "place": place_ok(r["place"], f.place),
        "source": source_ok(r["source"], f.source_canonical),
        "conduit": conduit_ok(r["conduit"], f.conduit),
        "as_of": fig_as_of(f, published) == r["as_of"],
        "running": (f.period == "total") == (r["running_total"] == "yes"),
    }


def _reading(f, published: date | None) -> dict[str, str]:
    return {
        "measure": f.measure, "place": f.place or "-", "source": f.source_canonical or "outlet",
        "conduit": f.conduit or "-", "as_of": fig_as_of(f, published) or "-",
        "running": "yes" if f.period == "total" else "no",
    }


def _gold_reading(r: dict) -> dict[str, str]:
    return {
        "measure": r["measure"], "place": r["place"] or "-", "source": r["source"], "conduit": r["conduit"] or "-",
        "as_of": r["as_of"] or "-", "running": r["running_total"],
    }


def _tally_hum(c: Counter, errors: Counter, r: dict, f, ok: dict[str, bool]) -> None:
    """The humanitarian figures issue 14 holds to 90 %: their counts and the most common errors."""
    c["hum"] += 1
    for k, v in ok.items():
        c["hum_" + k] += v
    if not ok["measure"]:
        errors[f"measure {r['measure']} read as {f.measure}"] += 1
    c["hum_place_gold"] += bool(r["place"])
    c["hum_place_given"] += bool(f.place)
    c["hum_place_right"] += bool(r["place"] and f.place and place_ok(r["place"], f.place))
    if not ok["place"]:
        errors["place " + ("missing" if not f.place else "wrong" if r["place"] else "spurious")] += 1
    if not ok["source"]:
        errors["source " + ("outlet/vague" if r["source"] in ("outlet", "vague") else "named") + " wrong"] += 1
    if not ok["conduit"]:
        errors["conduit wrong"] += 1
    if not ok["as_of"]:
        errors["as_of wrong"] += 1


def _tally_tracked(c: Counter, gold: str, got: str) -> None:
    """Per tracked measure: gold figures of it found, those typed so, and khulasa's figures typed so."""
    if gold in TRACKED_MEASURES:
        c[f"tracked_gold_{gold}"] += 1
        c[f"tracked_right_{gold}"] += got == gold
    if got in TRACKED_MEASURES:
        c[f"tracked_given_{got}"] += 1


def tally(gold: list[dict], rows: dict[str, dict]) -> tuple[Counter, Counter, list[str]]:
    """khulasa against gold rows: counts, the most common errors of humanitarian figures, and one
    line per disagreement (a non-count reported, a figure missed or misread, a figure on no row)."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for r in gold:
        by_article[r["article_id"]].append(r)
    c = Counter(articles=len(by_article), rows=len(gold))
    errors: Counter = Counter()
    lines: list[str] = []
    for aid, grows in by_article.items():
        figs = khulasa_figures(rows[aid])
        pub = datetime.fromisoformat(rows[aid]["published"]).date() if rows[aid].get("published") else None
        matched_figs = set()
        for r in grows:
            hit = overlapping(figs, int(r["start"]), int(r["end"]))
            matched_figs.update(id(f) for f in hit)
            where = f"{aid} {r['start']} {r['text']!r}"
            if r["kind"] != "figure":
                c["noncount"] += 1
                if hit:
                    c["noncount_as_figure"] += 1
                    errors["noncount as figure: " + r["kind"]] += 1
                    lines.append(f"{where}: {r['kind']} reported as a figure ({hit[0].measure}, {hit[0].quote!r})")
                continue
            c["figure"] += 1
            if not hit:
                lines.append(f"{where}: {r['measure']} figure missed")
                continue
            c["figure_found"] += 1
            f = hit[0]
            ok = judge(r, f, pub)
            c["all"] += 1
            for k, v in ok.items():
                c["all_" + k] += v
            if r["measure"] in HUMANITARIAN:
                _tally_hum(c, errors, r, f, ok)
            _tally_tracked(c, r["measure"], f.measure)
            got, want = _reading(f, pub), _gold_reading(r)
            wrong = [f"{k} {got[k]} (gold {want[k]})" for k in FIELDS if not ok[k]]
            if wrong:
                lines.append(f"{where}: " + "; ".join(wrong))
        c["khulasa_figures"] += len(figs)
        c["khulasa_figures_on_gold"] += len(matched_figs)
        lines.extend(f"{aid} {f.start} {f.quote!r}: khulasa figure on no labelled number"
                     for f in figs if id(f) not in matched_figs)
    return c, errors, lines


def metrics(c: Counter) -> dict:
    res = {
        "articles": c["articles"],
        "rows": c["rows"],
        "gold figures": c["figure"],
        "gold non-counts": c["noncount"],
        "khulasa figures": c["khulasa_figures"],
        "non-counts reported as figures (of gold non-counts)": _rate(c["noncount_as_figure"], c["noncount"]),
        "khulasa figures that are gold non-counts": _rate(c["noncount_as_figure"], c["khulasa_figures"]),
        "figure recall": _rate(c["figure_found"], c["figure"]),
        "figure precision (khulasa figures over a gold figure)": _rate(
            c["khulasa_figures"] - c["noncount_as_figure"] - (c["khulasa_figures"] - c["khulasa_figures_on_gold"]),
            c["khulasa_figures"]),
        "casualty/humanitarian figures found": c["hum"],
        "measure accuracy": _rate(c["hum_measure"], c["hum"]),
        "place accuracy": _rate(c["hum_place"], c["hum"]),
        "place precision (places given that are right)": _rate(c["hum_place_right"], c["hum_place_given"]),
        "place recall (gold places given right)": _rate(c["hum_place_right"], c["hum_place_gold"]),
        "source accuracy": _rate(c["hum_source"], c["hum"]),
        "conduit accuracy": _rate(c["hum_conduit"], c["hum"]),
        "as_of accuracy": _rate(c["hum_as_of"], c["hum"]),
        "running-total accuracy": _rate(c["hum_running"], c["hum"]),
        "all figures found (any measure)": c["all"],
    }
    for k in FIELDS:
        res[f"{k} accuracy, all figures"] = _rate(c["all_" + k], c["all"])
    for m in TRACKED_MEASURES:
        right = c[f"tracked_right_{m}"]
        res[f"{m}: precision, recall"] = (
            f"{_rate(right, c[f'tracked_given_{m}'])}, {_rate(right, c[f'tracked_gold_{m}'])}"
        )
    return res


def _share(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def file_line(name: str, c: Counter) -> str:
    """One file's main scores on one line: the humanitarian figures' and all found figures' readings."""
    reads = " ".join(f"{k} {_share(c['hum_' + k], c['hum'])}/{_share(c['all_' + k], c['all'])}"
                     for k in ("measure", "place", "source", "as_of", "conduit"))
    return (f"{name}: {c['articles']} articles, {c['figure']} figures, {c['noncount']} non-counts;"
            f" non-counts as figures {_share(c['noncount_as_figure'], c['noncount'])},"
            f" recall {_share(c['figure_found'], c['figure'])},"
            f" precision {_share(c['khulasa_figures_on_gold'] - c['noncount_as_figure'], c['khulasa_figures'])};"
            f" humanitarian/all found ({c['hum']}/{c['all']}): {reads}")


def _tallies(paths: tuple[Path, ...]) -> list[tuple[Path, Counter, Counter, list[str]]]:
    golds = [(p, read_gold(p)) for p in paths]
    rows = load_rows({r["article_id"] for _, g in golds for r in g})
    return [(p, *tally(g, rows)) for p, g in golds]


def score(path: Path | tuple[Path, ...] = GOLD) -> dict:
    """khulasa's figures against one gold file, or the union of several (each file's main scores are
    then printed on a line of its own after the union's)."""
    paths = (path,) if isinstance(path, Path) else tuple(path)
    parts = _tallies(paths)
    c: Counter = Counter()
    errors: Counter = Counter()
    for _p, pc, pe, _lines in parts:
        c.update(pc)
        errors.update(pe)
    res = metrics(c)
    if len(paths) > 1:
        print("union of " + ", ".join(p.name for p in paths) + ":")
    for k, v in res.items():
        print(f"{k}: {v}")
    print("most common errors:")
    for k, v in errors.most_common(15):
        print(f"  {v:4d}  {k}")
    if len(paths) > 1:
        print("per file (non-counts as figures, recall, precision; then humanitarian/all found figures):")
        for p, pc, _pe, _lines in parts:
            print("  " + file_line(p.name, pc))
    return res


def list_errors(paths: tuple[Path, ...]) -> None:
    """Every disagreement, one line each, to read khulasa's errors by cause."""
    for p, _c, _e, lines in _tallies(paths):
        print(f"# {p.name}: {len(lines)} disagreements")
        for ln in lines:
            print(ln)


def score_claims(gold_path: Path = GOLD, claims_path: Path = CLAIMS) -> dict:
    """khulasa's claims on each labelled story (its articles digested together) against the labelled
    quantities: purity (a claim's figures all count one labelled quantity, and none is a non-count),
    a best value no figure of the claim states, and labelled quantities split over several claims."""
    import khulasa

    gold = read_gold(gold_path)
    claims = read_claims(claims_path)
    quantity: dict[str, str] = {}
    stories: dict[str, set[str]] = defaultdict(set)
    for n, c in enumerate(claims):
        for k in c["figures"]:
            quantity[k] = f"{c['story']}#{n}"
            stories[c["story"]].add(k.rsplit(":", 1)[0])
    by_article: dict[str, list[dict]] = defaultdict(list)
    for r in gold:
        by_article[r["article_id"]].append(r)
    rows = load_rows({a for arts in stories.values() for a in arts})
    c = Counter()
    split: Counter = Counter()
    for _story, arts in sorted(stories.items()):
        result = khulasa.digest([as_article(rows[a]) for a in sorted(arts)], progress=False)
        for st in result.stories:
            for cl in st.claims:
                labels = []
                values = set()
                for i in cl.figures:
                    f = st.figures[i]
                    values.update(v for v in (f.value, f.low, f.high) if v is not None)
                    hit = [
                        r for r in by_article.get(f.article, ()) if int(r["start"]) < f.end and f.start < int(r["end"])
                    ]
                    if not hit:
                        labels.append("unlabelled")
                    elif hit[0]["kind"] != "figure":
                        labels.append("noncount:" + hit[0]["kind"])
                    else:
                        labels.append(quantity.get(f"{hit[0]['article_id']}:{hit[0]['start']}", "unlisted"))
                if len(cl.figures) >= 2:
                    c["multi"] += 1
                    pure = len(set(labels)) == 1 and not labels[0].startswith("noncount")
                    c["pure"] += pure
                if cl.best is not None:
                    c["best"] += 1
                    c["best_unstated"] += not any(abs(cl.best - v) < 1e-9 for v in values)
                for q in set(labels):
                    if "#" in q:
                        split[q] += 1
    res = {
        "claims with 2+ figures": c["multi"],
        "claim purity (one labelled quantity, no non-count)": _rate(c["pure"], c["multi"]),
        "claims whose best no figure states": _rate(c["best_unstated"], c["best"]),
        "labelled quantities found in more than one claim": _rate(sum(1 for v in split.values() if v > 1), len(split)),
    }
    for k, v in res.items():
        print(f"{k}: {v}")
    return res


def _rate(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"


# ---------------------------------------------------------------- command line

def _tsv_line(row: dict) -> str:
    """A gold row as written in the file: tab-separated, quotes as they are (read with QUOTE_NONE)."""
    return "\t".join(row[k].replace("\t", " ").replace("\n", " ") for k in COLUMNS)


def _gold_command(cmd: str, args: list[str]) -> int:
    """--check, --score or --errors on the files named, by default both gold files."""
    paths = tuple(map(Path, args)) or GOLDS
    if cmd == "--check":
        return max(check(p) for p in paths)
    if cmd == "--errors":
        list_errors(paths)
        return 0
    score(paths)
    if CLAIMS.exists() and not args:
        print("claims (labelled stories, articles digested together):")
        score_claims()
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, args = argv[0], argv[1:]
    if cmd in ("--check", "--score", "--errors"):
        return _gold_command(cmd, args)
    if cmd == "pick":
        rows = load_rows(None, args)
        for aid, r in sorted(rows.items(), key=lambda kv: kv[1].get("published") or ""):
            n = len(_DIGITS.findall(r["text"])) + len(_WORD_RE.findall(r["text"]))
            print(f"{aid}\t{r.get('published', '')[:10]}\t{len(r['text'])}\t{n}\t{r.get('title')}")
        return 0
    if cmd == "draw":
        print("\n".join(draw(int(args[0]) if args else DRAW_SEED)))
        return 0
    if cmd == "show":
        show(load_rows(set(args)))
        return 0
    if cmd == "compact":
        for path in args:
            for r in compact_rows(Path(path).read_text(encoding="utf-8").splitlines()):
                print(_tsv_line(r))
        return 0
    if cmd == "skeleton":
        rows = load_rows(set(args))
        print("\t".join(COLUMNS))
        for aid in args:
            for r in skeleton_rows(rows[aid]):
                print(_tsv_line(r))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
