"""Figures: every quantity an article states, with what it counts (measure and subject), where,
who says so, and for when.

For each sentence, ``khulasa.numbers.scan`` gives the tokens and numbers; those that are counts,
percentages or shares become figures. The measure comes from the words around the number
(``news/data/measures.tsv``), the source from Arabic reporting structure
(``news/attribution.py``), the place from a gazetteer (``news/data/places.txt``), and the
period from temporal words (``news/data/periods.tsv``).
"""
from __future__ import annotations

from functools import lru_cache

from .arabic.normalize import normalize, normalize_sentence
from .arabic.numbers import NumberMatch, may_contain, scan
from .arabic.resources import read_lines as language_lines
from .arabic.stem import stem_words
from .arabic.tokenize import Token
from .model import Article, Figure, Sentence
from .news.attribution import Attribution, attribute
from .news.measures import measure_stems
from .news.resources import read_lines, word_set

STOCKS = {"besieged", "population", "territory_percent"}  # levels, not flows: the period does not split them


@lru_cache(maxsize=1)
def _places() -> dict[tuple[str, ...], str]:
    return {tuple(normalize(w) for w in line.split("\t")[0].split()): line.split("\t")[0].strip() for line in read_lines("places.txt")}


@lru_cache(maxsize=1)
def _place_first_words() -> frozenset[str]:
    return frozenset(k[0] for k in _places())


@lru_cache(maxsize=1)
def place_parents() -> dict[str, str]:
    """place -> the place it lies in (دوما -> الغوطة الشرقية -> ريف دمشق -> سوريا)."""
    out = {}
    for line in read_lines("places.txt"):
        name, _, parent = line.partition("\t")
        if parent.strip():
            out[name.strip()] = parent.strip()
    return out


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
    words = set()
    for line in read_lines("periods.tsv"):
        kind, phrase = line.split("\t")[:2]
        words.update(normalize(w) for w in phrase.split())
    return frozenset(words)


def _strip_clitic(key: str) -> str:
    return key[1:] if len(key) > 3 and key[0] in "وفبل" else key


def _index_at(tokens: list[Token], offset: int) -> int:
    for i, t in enumerate(tokens):
        if t.end > offset:
            return i
    return len(tokens)


def _measure(tokens: list[Token], stems: list[str], bare: list[str], lo: int, hi: int, kind: str) -> str:
    table = measure_stems()
    best, best_distance = None, None
    for i in range(len(tokens)):
        m = table.get(stems[i]) or table.get(bare[i])
        if m is None:
            continue
        if (m == "territory_percent") != (kind == "percent"):
            continue
        distance = lo - i if i < lo else i - hi
        # words after the number are slightly closer in Arabic (7 آلاف شخص غادروا)
        if i > hi:
            distance -= 0.5
        if best_distance is None or distance < best_distance:
            best, best_distance = m, distance
    return best or "other"


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(normalize(w.strip()) for w in language_lines("stopwords_extra.txt")) | word_set("figure_words.tsv", "subset")


def _subject(text: str, tokens: list[Token], after: int, lo: int) -> str | None:
    """The counted noun, as written: after the number (7 آلاف شخص، 14 من مقاتلي النظام) or, when
    the number ends its clause, after عدد before it (ارتفع عدد القتلى السبت إلى 21)."""
    function = _function_words()
    i = after
    if i < len(tokens) and tokens[i].key == "من":
        i += 1
    ends_clause = i >= len(tokens) or any(ch in text[tokens[i - 1].end:tokens[i].start] for ch in ",،.؛:-()")
    if ends_clause or tokens[i].key in function or tokens[i].is_number:
        for k in range(lo - 1, max(-1, lo - 10), -1):
            if tokens[k].key in word_set("figure_words.tsv", "count_of") and k + 1 < lo:
                return tokens[k + 1].text
        return None
    first = tokens[i]
    last = first
    # a construct noun takes its complement: مقاتلي النظام، عناصر الدفاع المدني
    if first.key.endswith("ي") and i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال"):
        last = tokens[i + 1]
    if text[first.end:last.start].strip():
        last = first
    return text[first.start:last.end]


def _place(tokens: list[Token], lo: int, hi: int, skip: list[tuple[int, int]]) -> str | None:
    """The gazetteer place nearest the number, preferring one introduced by a preposition
    (في الغوطة، بلدة كفربطنا) and never one inside the name of the source."""
    places = _places()
    first_words = _place_first_words()
    found = []
    # what a speaker says starts after إن/أن: places before it describe the speaker (مراقب في بريطانيا)
    said_words = word_set("figure_words.tsv", "said")
    said = max((k for k in range(lo) if tokens[k].key in said_words), default=-1)
    for i in range(len(tokens)):
        if any(a <= tokens[i].start < b for a, b in skip) or i < said:
            continue
        if tokens[i].key not in first_words and _strip_clitic(tokens[i].key) not in first_words:
            continue
        for n in (3, 2, 1):
            keys = [t.key for t in tokens[i:i + n]]
            if len(keys) < n:
                continue
            for cand in (tuple(keys), (_strip_clitic(keys[0]),) + tuple(keys[1:])):
                if cand in places:
                    distance = lo - i if i < lo else i - hi
                    introduced = (cand != tuple(keys) and keys[0][0] in "بل") or (i > 0 and tokens[i - 1].key in word_set("figure_words.tsv", "place_intro"))
                    found.append((distance - (4 if introduced else 0), -n, places[cand]))
                    break
            else:
                continue
            break
    if not found:
        return None
    return min(found)[2]


@lru_cache(maxsize=1)
def _period_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in _periods():
        index.setdefault(words[0], []).append((words, kind))
    return index


def _period_cues(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(index, length, kind) of every period cue of a sentence."""
    index = _period_index()
    cues = []
    for i, t in enumerate(tokens):
        for key in {t.key, _strip_clitic(t.key)}:
            for words, kind in index.get(key, ()):
                n = len(words)
                if tuple([key] + [u.key for u in tokens[i + 1:i + n]]) == words:
                    cues.append((i, n, kind))
                    break
    return cues


def _period(tokens: list[Token], cues: list[tuple[int, int, str]], lo: int, hi: int, text: str) -> tuple[str, str | None]:
    """(kind, the words that say it) of the period cue nearest the number; on a tie the narrower
    period wins (a toll "in the past 24 hours" is not a running total)."""
    best = None
    for i, n, kind in cues:
        distance = lo - i if i < lo else max(0, i - hi)
        rank = (distance, {"window": 0, "total": 1, "point": 2}[kind])
        if best is None or rank < best[0]:
            best = (rank, kind, i, n)
    if best is None:
        return "none", None
    _, kind, i, n = best
    return kind, _period_phrase(text, tokens, i, n, lo, hi)


def _period_phrase(text: str, tokens: list[Token], i: int, n: int, lo: int, hi: int) -> str:
    """The period words from token i: the cue, then what carries it on (الماضي، 19 فبراير، وحتى
    الثالث من الشهر الجاري), and after بداية/بدء the event it names (بداية هجوم النظام)."""
    words = _period_words()
    last = i + n - 1
    event = 3 if tokens[last].key in word_set("figure_words.tsv", "event_start") else 0
    j = last + 1
    while j < len(tokens) and j - i < 12:
        if any(ch in text[tokens[j - 1].end:tokens[j].start] for ch in ",،.؛:()\"“”«»"):
            break
        key = tokens[j].key
        if key in words or _strip_clitic(key) in words or tokens[j].is_number or key.startswith("ال") and key[2:] in words:
            last = j
        elif event > 0:
            event -= 1
            last = j
        else:
            break
        j += 1
    # a phrase does not end on a preposition or on the figure itself (السبت إلى 21)
    trailing = word_set("figure_words.tsv", "trailing")
    while last > i + n - 1 and (tokens[last].key in trailing or lo <= last <= hi):
        last -= 1
    return text[tokens[i].start:tokens[last].end]



def extract(article: Article) -> list[Figure]:
    """Every figure of one analysed article, in text order."""
    figures: list[Figure] = []
    previous: Attribution | None = None
    siege_before = False
    sentences = [s for s in article.sentences if s.kind not in ("boilerplate", "repeat")]
    scanned = [scan(s.text) if _may_hold_numbers(s) else (None, []) for s in sentences]
    tokens: list[list[Token] | None] = [t for t, _ in scanned]
    numbers = [[m for m in found if m.is_count and not _lone_one(m)] for _, found in scanned]
    for k, sentence in enumerate(sentences):
        key = normalize_sentence(sentence.text)
        siege_here = any(w in key for w in word_set("figure_words.tsv", "siege"))  # المحاصرة holds محاصر
        # who speaks is needed where there are figures, and in the sentence before (وأضاف)
        if numbers[k] or (k + 1 < len(sentences) and numbers[k + 1]):
            attributions = attribute(sentence.text, previous, tokens[k])
            previous = attributions[-1] if attributions else None
            if numbers[k]:
                # the people of an area said to be under siege here or just before are the besieged
                figures.extend(
                    _sentence_figures(article, sentence, tokens[k], numbers[k], attributions, siege_here or siege_before)
                )
        else:
            previous = None
        siege_before = siege_here
    return figures


def _may_hold_numbers(sentence: Sentence) -> bool:
    return may_contain(sentence.text)


def _sentence_figures(
    article: Article,
    sentence: Sentence,
    tokens: list[Token],
    numbers: list[NumberMatch],
    attributions: list[Attribution],
    besieged: bool,
) -> list[Figure]:
    text = sentence.text
    cues = _period_cues(tokens)
    stems = stem_words([t.text for t in tokens])
    # a glued conjunction hides the word (وفر): its stem without the و is tried too
    bare = stem_words([t.text[1:] if len(t.text) > 2 and t.text[0] in "وف" else t.text for t in tokens])
    out = []
    for m in numbers:
        lo = _index_at(tokens, m.start)
        hi = max(lo, _index_at(tokens, m.end - 1))
        unit = "percent" if m.kind == "percent" else "fraction" if m.kind == "fraction" else "money" if m.kind == "money" else "count"
        measure = _measure(tokens, stems, bare, lo, hi, m.kind)
        if measure == "population" and besieged:
            measure = "besieged"  # the population of an area under siege is the number besieged
        period_kind, period_text = _period(tokens, cues, lo, hi, text)
        source = _source_for(m, attributions)
        subset = lo > 0 and tokens[lo - 1].key in word_set("figure_words.tsv", "subset")
        out.append(
            Figure(
                article=article.id,
                start=sentence.start + m.start,
                end=sentence.start + m.end,
                quote=m.text,
                value=m.value,
                low=m.low,
                high=m.high,
                approx=m.approx,
                bound=m.bound,
                vague=m.vague,
                unit=unit,
                measure=measure,
                subject=_subject(text, tokens, hi + 1, lo),
                place=_place(tokens, lo, hi, [(a.start, a.end) for a in attributions if a.kind != "continue"]),
                source=source,
                as_of=period_text,
                period=period_kind,
                subset=subset,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
            )
        )
    return out


def _source_for(m: NumberMatch, attributions: list[Attribution]) -> str | None:
    before = [a for a in attributions if a.end <= m.start]
    if before:
        return before[-1].source
    after = [a for a in attributions if a.start >= m.end and a.kind == "according"]
    if after:
        return after[0].source
    continuing = [a for a in attributions if a.kind == "continue"]
    if continuing:
        return continuing[0].source
    return None


def _lone_one(m: NumberMatch) -> bool:
    """أحد، إحدى، واحدة written as a word: "one of", not a count."""
    return m.value == 1 and not any(ch.isdigit() for ch in m.text) and m.low is None
