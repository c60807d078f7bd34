"""Figures: every quantity an article states, with what it counts (measure and subject), where,
who says so, and for when.

For each sentence, ``khulasa.numbers.scan`` gives the tokens and numbers; those that are counts,
percentages or shares become figures. The measure comes from the words around the number
(``news/data/measures.tsv``), the source from Arabic reporting structure
(``news/attribution.py``), the place from a gazetteer (``news/data/places.txt``), and the
period from temporal words (``news/data/periods.tsv``): one module each beside this one.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import cast

from khulasa.analyse.figures.cause import with_causes
from khulasa.analyse.figures.days import (
    is_earlier,
    is_history,
    with_attack_tolls,
    with_counts_told_later,
    with_daily_tolls,
    with_days_before,
    with_disaster_days,
    with_established_day,
    with_incident_day,
    with_known_days,
    with_known_starts,
    with_levels_hosted,
    with_parts_dated_as_their_total,
    with_parts_of_a_total,
    with_repeated_counts,
    with_speakers_period,
    with_start_before,
    with_start_in_its_sentence,
    with_stated_start,
    with_the_fronted_day,
    with_the_morrow,
    with_the_reports_month,
    with_the_reports_period,
    with_the_same_period,
    with_the_stretch_told,
    with_values_at_the_start,
    with_war_places,
    with_window_ends,
    without_background,
)
from khulasa.analyse.figures.holder import controls_before, holder
from khulasa.analyse.figures.measure import (
    HEAD_MEASURES,
    MeasureWords,
    counts_people,
    counts_the_untracked,
    counts_things,
    measure_of,
    names_a_disease,
)
from khulasa.analyse.figures.place import (
    Places,
    country_by_adjective,
    established_place,
    fled_abroad,
    local_names,
    narrowed_country,
    national_vote_place,
    place_words,
    with_arresting_country,
    with_country_narrowed,
    with_established_place,
    with_fronted_place,
    with_incident_site,
    with_official_place,
    with_places_recalled,
    with_sentence_place,
    with_war_place_named,
    with_what_it_caused,
    without_team_places,
)
from khulasa.analyse.figures.ranks import ranked_among
from khulasa.analyse.figures.scores import in_sport_news, reports_a_match
from khulasa.analyse.figures.source import (
    SourceFields,
    Sources,
    Who,
    counts_its_speakers,
    with_national_sources,
    with_people_named_again,
    with_report_source,
    with_sources_named_earlier,
    without_own_outlet,
)
from khulasa.analyse.figures.subjects import subject_class
from khulasa.analyse.figures.tracked import measure_at, with_shares_beside_votes, with_tracked_measures
from khulasa.analyse.figures.when import first_total, level_period, period, period_cues, sentence_dates
from khulasa.analyse.figures.words import CLAUSE_BREAKS, broken, figure_words, index_at
from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.clitics import bare_all, clitic_letters
from khulasa.arabic.normalize import normalize, normalize_sentence
from khulasa.arabic.numbers import NumberMatch, may_contain, scan
from khulasa.arabic.numbers.words import ARABIC_COMMA, and_letters, grammar
from khulasa.arabic.numbers.words import words as number_words_table
from khulasa.arabic.stem import stem_words
from khulasa.arabic.stopwords import function_words, is_stopword
from khulasa.arabic.tokenize import Token
from khulasa.model import Article, Bound, Figure, Measure, Period, Sentence, Unit
from khulasa.news.attribution import Attribution, attribute, speech_verbs
from khulasa.news.measures import measure_words
from khulasa.news.places import country_adjectives

SPORT_SENSES = frozenset({"displaced", "strikes", "besieged"})  # measures sport news tells in another sense
STOCKS = {"besieged", "population", "territory_percent"}  # levels, not flows: the period does not split them
# a number's kind -> the unit of its figure (every other kind is a count)
_UNITS: dict[str, Unit] = {"percent": "percent", "fraction": "fraction", "money": "money"}


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return function_words() | figure_words("subset") | figure_words("not_subject")


def _subject(text: str, tokens: list[Token], after: int, lo: int) -> str | None:
    """The counted noun, as written: after the number (7 آلاف شخص، 14 من مقاتلي النظام) or, when
    the number ends its clause, after عدد before it (ارتفع عدد القتلى السبت إلى 21)."""
    function = _function_words()
    if _bodies_before(tokens, lo) or _two_after_its_dual(tokens, lo):
        # عثر على جثتي اثنتين أخريين، وطفلتان اثنتان: the number in words after the noun it counts
        return tokens[lo - 1].text
    if _told_again_after_its_noun(tokens, lo, function):
        return tokens[lo - 2].text  # المراسيم الـ34 الصادرة: the decrees, told again with the article
    i = after
    if i < len(tokens) and tokens[i].key == "من":
        i += 1
    while i + 1 < len(tokens) and tokens[i].key in figure_words("out_of") and tokens[i + 1].is_number:
        i += 2  # قتل 107 من أصل 110 ركاب: the passengers, not «أصل»
    ends_clause = i >= len(tokens) or (
        any(ch in text[tokens[i - 1].end:tokens[i].start] for ch in ",،.؛:-()") and not _bracketed(text, tokens, lo, i)
    )
    # (the next item's noun and its «to» after the number are the next count's: ارتفع عدد القتلى إلى 58 والجرحى إلى)
    next_item = not ends_clause and i + 1 < len(tokens) and _toll_noun_before_to(tokens, i + 2) is not None and (
        unglued(tokens[i].key, "conjunction") != tokens[i].key)  # (the cheap «to» first: most numbers have none)
    if ends_clause or next_item or tokens[i].key in function or tokens[i].is_number:
        if (noun := _toll_noun_before_to(tokens, lo)) is not None:
            return noun
        for k in range(lo - 1, max(-1, lo - 10), -1):
            if tokens[k].key in figure_words("count_of") and k + 1 < lo:
                return tokens[k + 1].text
        return None
    first = tokens[i]
    last = first
    # a construct noun takes its complement: مقاتلي النظام، أفراد الطاقم (members of what: figure_words.tsv, members)
    construct = first.key.endswith("ي") or first.key in figure_words("members")
    # (not «إلى», whose normalised form opens as the article does: 500 لاجئ إلى سوريا)
    if construct and i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال") and tokens[i + 1].key not in function:
        last = tokens[i + 1]
    if text[first.end:last.start].strip():
        last = first
    if last is first and _whose_bodies(text, tokens, i):
        last = tokens[i + 1]  # 29 جثة لأطفال: the bodies of children, a toll of children (the Dahyan bus strike)
    if last is first and i + 2 < len(tokens) and tokens[i + 1].key == "من" and (
        tokens[i + 2].key in figure_words("both_sides") and not text[first.end:tokens[i + 2].start].strip(" من")
    ):
        last = tokens[i + 2]  # 39 قتيلا من الطرفين: the dead of both sides, not of one
    return text[first.start:last.end]


def _whose_bodies(text: str, tokens: list[Token], i: int) -> bool:
    """The counted noun at token ``i`` is bodies and whose they are follows it (جثة لأطفال، جثث أطفال): a class of
    people (subjects.py), not bodies of anyone."""
    if i + 1 >= len(tokens) or tokens[i].key not in figure_words("bodies"):
        return False  # (most counted nouns: no bodies)
    if text[tokens[i].end:tokens[i + 1].start].strip():
        return False
    return subject_class(tokens[i + 1].text) != "any"


def _toll_noun_before_to(tokens: list[Token], lo: int) -> str | None:
    """The toll's noun right before «إلى» and the number (والجرحى إلى 2771), as written without its و: what a number
    ending its clause counts, before any «عدد» further back (ارتفع عدد القتلى إلى 58 والجرحى إلى 2771)."""
    if lo < 2 or tokens[lo - 1].key not in figure_words("noun_to"):
        return None
    noun = tokens[lo - 2]
    bare = unglued(noun.key, "conjunction")
    if bare not in measure_words() or bare in figure_words("count_of"):
        return None
    return noun.text[1:] if bare != noun.key else noun.text


def _type_other(ctx: _Context, m: NumberMatch, at: tuple[int, int], subject: str | None) -> None:
    """What a figure read "other" tracks (votes, seats, a price, a rate, money, a score), kept in ``ctx.typed`` by
    where it starts; people counted are no price nor rate (وقال مصدر في قطاع النفط إن 4 مهندسين خطفوا: H85)."""
    tokens, (lo, hi) = ctx.tokens, at
    # (32,9% أي: the % is no token, and hi is أي; a number at the sentence's end may have none after it)
    last = hi if hi < len(tokens) and tokens[hi].start < m.end else max(lo, hi - 1)
    tracked = measure_at(tokens, lo, last, _UNITS.get(m.kind, "count"), m.kind == "score", m.vague)
    if tracked != "other" and not (tracked in ("price", "rate") and counts_people(subject)):
        ctx.typed[ctx.sentence.start + m.start] = tracked


def _counted(text: str, tokens: list[Token], m: NumberMatch, out: list[Figure], at: tuple[int, int]) -> str | None:
    """The noun the number counts, as written: a people told again before it (البحارة الثلاثة توفوا), else the noun
    an elided count shares with the one before, else the noun after it."""
    lo, hi = at
    if _a_people_told_again(tokens, lo, m) or (lo > 0 and _one_after_its_noun(text, m)):
        # (قتل شخص واحد وأصيب 7 آخرون: the person, not «وأصيب», a multi-outlet story read in session 47)
        return tokens[lo - 1].text
    return _elided(m, out, tokens, hi + 1) or _subject(text, tokens, hi + 1, lo)


def _a_people_told_again(tokens: list[Token], lo: int, m: NumberMatch) -> bool:
    """A number word of three to ten with the article right after a noun of people with the article (البحارة الثلاثة
    توفوا، المهاجمين الثلاثة): a count told again, of that noun, not of the verb after it."""
    if lo == 0 or not _told_again(m.text, m.value, m.vague):
        return False
    before = unglued(normalize(tokens[lo - 1].text), "conjunction")
    return before.startswith(grammar().article) and (_persons(before) or before in figure_words("people_again"))


def _bodies_before(tokens: list[Token], lo: int) -> bool:
    """A word of bodies right before a number in words (جثتي اثنتين أخريين): the number follows the noun it counts."""
    return lo > 0 and not tokens[lo].is_number and unglued(tokens[lo - 1].key, "conjunction") in figure_words("bodies")


def _two_after_its_dual(tokens: list[Token], lo: int) -> bool:
    """«Two» right after a dual noun (وطفلتان اثنتان، وعنصران اثنان من الدفاع المدني، جنديين اثنين): it stresses the
    noun before it, which is what it counts, not the words after."""
    if lo == 0 or tokens[lo].is_number or tokens[lo].key not in figure_words("two"):
        return False
    return unglued(tokens[lo - 1].key, "conjunction").endswith(DUAL_ENDINGS)


DUAL_ENDINGS = ("\u0627\u0646", "\u064a\u0646")  # -ān, -ayn (طفلتان، جنديين)


def _told_again_after_its_noun(tokens: list[Token], lo: int, function: frozenset[str]) -> bool:
    """The number is written with the article (الـ34، ال16: the article a word of its own) right after a noun
    with the article: that noun is what it counts (المراسيم الـ34، المتهمين الـ16), not the word after (الصادرة)."""
    if lo < 2 or tokens[lo - 1].key != grammar().article or not tokens[lo].is_number:
        return False
    before = unglued(tokens[lo - 2].key, "conjunction")
    if not before.startswith(grammar().article) or before in function or tokens[lo - 2].is_number:
        return False
    # a noun that counts: persons, a toll's noun or things (not an adjective or a genitive: الاتحاد الأوروبي الـ27،
    # الأئمة الشيعة الـ12; a random sample of the review of session 30)
    noun = tokens[lo - 2].text
    return counts_people(noun) or before in measure_words() or before in figure_words("people_again") or (
        counts_things(noun)
    )


def _elided(m: NumberMatch, out: list[Figure], tokens: list[Token], after: int) -> str | None:
    """The things the number before counts, when this one is joined to it by و with no noun of its own
    (ستة ألقاب في الدوري الإيطالي وأربعة في كأس إيطاليا: four titles, not four of a toll)."""
    if not out or m.text[:1] not in clitic_letters("conjunction") or not counts_things(out[-1].subject):
        return None
    return out[-1].subject if after >= len(tokens) or is_stopword(tokens[after].key) else None


def _bracketed(text: str, tokens: list[Token], lo: int, i: int) -> bool:
    """The number alone stands in brackets before its noun, as army statements write it (عدد ( 9 ) أهداف،
    عدد (13) فرد): the bracket ends no clause."""
    return lo > 0 and text[tokens[lo - 1].end:tokens[lo].start].strip() == "(" and (
        text[tokens[i - 1].end:tokens[i].start].strip() == ")"
    )


LOCAL_NAME_SENTENCES = 10  # the sentences an article's own gazetteer (``local_names``) is read from


def _tells_a_toll(text: str) -> bool:
    """The sentence speaks of a toll (حصيلة القتلى، عدد الضحايا) but not of its rising (مرشح للارتفاع):
    with no number of its own, its number follows."""
    key = normalize_sentence(text)
    if not any(w in key for w in figure_words("count_of")):
        return False  # (most sentences: no word split and unglued)
    words = [unglued(w, "conjunction") for w in key.split()]
    # (a toll's word with what it counts after it, حصيلة القتلى، عدد الضحايا; not عدد الوزراء)
    told = any(
        w in figure_words("count_of") and k + 1 < len(words) and words[k + 1] in measure_words()
        for k, w in enumerate(words)
    )
    return told and not any(w in figure_words("toll_may_rise") for w in words)


def extract(article: Article) -> list[Figure]:
    """Every figure of one analysed article, in text order."""
    figures: list[Figure] = []
    previous: Attribution | None = None
    speaker: Attribution | None = None  # the last one the article named
    named: list[Attribution] = []  # the speakers named so far, the latest first, whom a role may name again
    siege_before = False
    typed: dict[int, Measure] = {}  # what each figure read "other" tracks, by where it starts
    sentences = [s for s in article.sentences if s.kind not in ("boilerplate", "repeat")]
    scanned = [scan(s.text) if _may_hold_numbers(s) else (None, []) for s in sentences]
    tokens: list[list[Token] | None] = [t for t, _ in scanned]
    # a score is news only in a match report; elsewhere it recalls an earlier match
    scores = any(m.kind == "score" for _, found in scanned for m in found) and reports_a_match(article, sentences)
    numbers = [_counts(s, t, found, scores) for s, (t, found) in zip(sentences, scanned)]
    if not any(numbers):
        return []  # (most articles count nothing: their place, speakers and days are not asked for)
    where = established_place(article, sentences)
    # (قرية حجلان, then في حجلان; news introduces its settlements in its first sentences)
    local = local_names([s.text for s in sentences if s.kind == "body"][:LOCAL_NAME_SENTENCES])
    lead = next((k for k, s in enumerate(sentences) if s.kind == "body"), None)
    lead_said: list[Attribution] | None = None  # (read once: a report the article opens with may speak on)
    for k, sentence in enumerate(sentences):
        # who speaks is needed where there are figures, and in the sentence before (وأضاف); so is a siege
        siege_here = False
        if numbers[k] or (k + 1 < len(sentences) and numbers[k + 1]):
            key = normalize_sentence(sentence.text)
            siege_here = any(w in key for w in figure_words("siege"))  # المحاصرة holds محاصر
            text, words = _with_its_credit(article, sentences, numbers, tokens, k)
            attributions = attribute(
                text, previous, words, sentence.start, speaker, named,
                toll_told=k > 0 and not numbers[k - 1] and _tells_a_toll(sentences[k - 1].text),
            )
            previous = attributions[-1] if attributions else None
            speaker = previous or speaker
            lead_said = attributions if k == lead else lead_said
            named = [*(a for a in reversed(attributions) if a.kind == "verb"), *named][:NAMED_KEPT]
            if numbers[k]:
                # the people of an area said to be under siege here or just before are the besieged
                # (a sentence with numbers was scanned: its tokens are there)
                words = cast("list[Token]", tokens[k])
                years = [m for m in scanned[k][1] if m.kind == "year"]
                figures.extend(_sentence_figures(
                    article, sentence, words, numbers[k], attributions, siege_here or siege_before, figures, years,
                    (where, local), typed,
                ))
        else:
            previous = None
        siege_before = siege_here
    figures = _placed(article, sentences, _tracked(article, without_background(article, figures)), where)
    figures = without_team_places(article.text, figures) if scores else figures  # (a match report)
    figures = _without_sport_senses(article, sentences, _without_goal_minutes(article, sentences, figures))
    # وزارة الصحة of a figure in كابول is Afghanistan's; what was told to the outlet itself has no conduit
    # (what figures other than people track is applied last: every pass before reads "other" as no people counted)
    figures = with_report_source(sentences, figures, lead_said, _day(article))
    figures = with_people_named_again(article.text, with_sources_named_earlier(article.text, figures))
    figures = without_own_outlet(article.source, with_national_sources(figures, article.text))
    figures = _dated(article, sentences, figures)
    figures = with_shares_beside_votes(article.text, with_tracked_measures(article.text, figures, typed))
    return with_causes(article, figures)


def _with_its_credit(
    article: Article, sentences: list[Sentence], numbers: list[list[NumberMatch]], tokens: list[list[Token] | None],
    k: int,
) -> tuple[str, list[Token] | None]:
    """The text whose speakers sentence ``k`` reads, and its tokens if known: the sentence, or the sentence and a credit
    a stray full stop split off it (احتالا على 500 ضحية. وفق ما أوردت "الإمارات اليوم".), the spans still the
    article's."""
    s = sentences[k]
    if numbers[k] and k + 1 < len(sentences) and _a_credit_alone(sentences[k + 1], numbers[k + 1]):
        return article.text[s.start:sentences[k + 1].end], None
    return s.text, tokens[k]


def _a_credit_alone(sentence: Sentence, numbers: list[NumberMatch]) -> bool:
    """The sentence is only a short «according to» with no number (. وفقا لوكالة الصحافة الفرنسية.; . حسب ما
    أوردت فرانس برس.: some 450 in ANT v2.1), a credit of the sentence before that a full stop split off."""
    if numbers or sentence.kind != "body" or len(sentence.text) > CREDIT_CHARACTERS:
        return False  # (most sentences: too long to be a credit alone, asked before their words are split)
    if len(sentence.text.split()) > CREDIT_WORDS:
        return False
    openers = figure_words("credit_opener")
    first = normalize(sentence.text.split()[0]) if sentence.text.split() else ""
    return first in openers or unglued(first, "conjunction") in openers  # (وبحسب)


CREDIT_CHARACTERS = 80  # characters such a credit runs to at most (eight words of ten letters)
CREDIT_WORDS = 8  # words a credit split off its sentence runs to (وفق ما أوردت صحيفة "الإمارات اليوم" الإماراتية)


def _day(article: Article) -> date | None:
    return article.published.date() if article.published is not None else None


def _counts(
    sentence: Sentence, tokens: list[Token] | None, found: list[NumberMatch], scores: bool,
) -> list[NumberMatch]:
    """The numbers of a sentence that may be figures: counts, not a lone «one», a score only in a match
    report (never its minutes), nor the field of a ranking (رابع أسوأ أداء بين 26 عملة)."""
    counts = [
        m for m in found if m.is_count and not (_lone_one(m) and not _one_person(sentence.text, m))
        and (scores or m.kind != "score")
        and not (scores and _a_minute(sentence.text, m))
    ]
    if tokens is None or not counts:
        return counts
    starts = [t.start for t in tokens]
    return [
        m for m in counts if not _told_again_of_no_one(tokens, starts, m)
        and not ranked_among(sentence.text, tokens, found, m) and not _a_capacity(tokens, starts, m)
    ]


def _told_again_of_no_one(tokens: list[Token], starts: list[int], m: NumberMatch) -> bool:
    """A number word with the article (الثلاثة، الخمس) after a noun that counts no people: the countries, the
    months or the town of الخمس are told again, not counted; the people (الإيطاليين الثلاثة، الضحايا
    الخمسة) are a count told again, which the news labels as one."""
    if not _told_again(m.text, m.value, m.vague):
        return False
    k = bisect_left(starts, m.start)
    before = normalize(tokens[k - 1].text) if k > 0 else ""
    # (a plural of origin is people: الإيطاليين، المصريين؛ so are a toll's nouns: الضحايا، المصابين)
    people = _persons(before) or before in figure_words("people_again")
    # (nor one a word of what befell them follows: وذكر شهود أن الخمسة قتلوا، the five dead told again; not a word of
    # leaving, أوضحت المحكمة أن الثلاثة غادروا سوريا: the convicts' journey)
    after = normalize(tokens[k + 1].text) if k + 1 < len(tokens) else ""
    befell = measure_words().get(after) in BEFELL_AGAIN
    return not (people or measure_words().get(before) in HEAD_MEASURES or befell)


BEFELL_AGAIN = frozenset({"killed", "wounded", "casualties", "missing", "arrested"})


def _persons(word: str) -> bool:
    """The word (normalised) counts persons: a noun of people, or a plural of origin (الإيطاليين، المصريين)."""
    return counts_people(word) or word.endswith(PEOPLE_OF_ORIGIN)


def _told_again(text: str, value: float | None, vague: bool) -> bool:
    """The number is one word of three to ten with the article (الثلاثة، والخمسة): a count told again."""
    if vague or value is None or not 3 <= value <= 10 or " " in text or any(ch.isdigit() for ch in text):
        return False  # (most numbers: digits, a vague count, more than ten or a phrase)
    return unglued(normalize(text), "conjunction").startswith(grammar().article)


PEOPLE_OF_ORIGIN = ("\u064a\u064a\u0646", "\u064a\u0648\u0646")  # -يين، -يون


def _a_capacity(tokens: list[Token], starts: list[int], m: NumberMatch) -> bool:
    """The number says how many something can hold or may carry (بحمل أكثر من 60 شخصا، تتسع لـ14 شخصا،
    المجهزة لنقل 6 أفراد): a capacity, no count the story tracks."""
    k = bisect_left(starts, m.start)
    before = [t.key for t in tokens[max(0, k - 3):k] if len(t.key) > 1][-2:]  # (تتسع لـ14: the ل glued to it)
    if not before:
        return False
    words = figure_words("capacity")
    return before[-1] in words or unglued(before[-1], "conjunction") in words or " ".join(before) in words


def _without_goal_minutes(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """In sport news, the minutes a scorer's goals came in, in brackets after the name (ثلاثية (21 و26 و54)، كومان
    (63)): no count (a random draw of session 24, F11)."""
    minutes = [f for f in figures if _bracketed_minute(article.text, f)]
    if not minutes or not in_sport_news(article, sentences):
        return figures
    return [f for f in figures if f not in minutes]


MATCH_MINUTES = 130  # (extra time and its added minutes)


def _bracketed_minute(text: str, f: Figure) -> bool:
    """The figure is a whole number of minutes alone, or in a list of them, inside brackets (21 و26 و54)."""
    if f.value is None or f.low is not None or not 0 < f.value <= MATCH_MINUTES:
        return False
    if not f.quote.strip("".join(and_letters())).isdigit():
        return False
    # (looked for within a bracket's span only: most figures stand in no bracket, far from any)
    opened = text.rfind("(", max(0, f.start - BRACKET_SPAN), f.start)
    closed = text.find(")", f.end, f.end + BRACKET_SPAN)
    if opened < 0 or closed < 0 or closed - opened > BRACKET_SPAN or ")" in text[opened:f.start]:
        return False
    inside = text[opened + 1:closed]
    marks = "".join(and_letters()) + CLAUSE_BREAKS
    words = [w.strip(marks) for w in inside.split() if w.strip(marks)]
    # (how a goal came may be said beside its minute: 53 و62 من ركلة جزاء و66 على التوالي; a held-out set)
    notes = figure_words("minute_note")
    return bool(words) and words[0].isdigit() and all(w.isdigit() or normalize(w) in notes for w in words)


# characters a bracket of minutes holds at most (21 و26 و54 و90+2، 53 و62 من ركلة جزاء و66 على التوالي)
BRACKET_SPAN = 45


def _without_sport_senses(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """In sport news the displaced, strikes and the besieged are a player's departure, a team's exit and a
    shoot-out (رحيل رونالدو، خرجت من الدور الأول، ضربات الترجيح): what they count is other."""
    if not any(f.measure in SPORT_SENSES for f in figures) or not in_sport_news(article, sentences):
        return figures
    return [replace(f, measure="other") if f.measure in SPORT_SENSES else f for f in figures]


def _dated(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """The article's passes of time: a speaker's period, a disaster's day, the morrow, an attack's or an
    incident's day, a stated start, what held at a start, known events' days (and a war's country)."""
    figures = with_the_same_period(article, with_speakers_period(article, with_the_reports_period(article, figures)))
    figures = with_the_reports_month(article, sentences, with_the_stretch_told(article, figures))
    figures = with_disaster_days(article, sentences, figures)
    figures = with_the_morrow(article, with_repeated_counts(with_window_ends(article, sentences, figures)))
    figures = with_parts_of_a_total(sentences, figures)
    figures = with_attack_tolls(article, sentences, with_established_day(article, sentences, figures))
    figures = with_counts_told_later(article, figures)
    figures = with_start_in_its_sentence(article, sentences, with_incident_day(article, sentences, figures))
    figures = with_the_fronted_day(article, sentences, figures)
    figures = with_stated_start(article, sentences, with_start_before(article, sentences, figures))
    figures = with_daily_tolls(article, figures)
    figures = with_days_before(article, with_values_at_the_start(article, sentences, figures))
    figures = with_known_days(article, sentences, with_known_starts(article, sentences, figures))
    figures = with_levels_hosted(article, with_parts_dated_as_their_total(article, sentences, figures))
    return with_war_places(article, figures)


def _placed(article: Article, sentences: list[Sentence], figures: list[Figure], where: str | None) -> list[Figure]:
    """The article's passes of place: its established place (``where``, else the country its title
    names by an adjective), a country narrowed, an official's office, the incident's site."""
    figures = with_places_recalled(sentences, with_sentence_place(figures), where, lambda f: is_earlier(article, f))
    figures = with_fronted_place(sentences, with_what_it_caused(sentences, figures, where))
    figures = with_established_place(
        sentences, figures, national_vote_place(article, sentences, where), lambda f: is_history(article, f),
        country_by_adjective(article, sentences, figures), narrowed_country(sentences, where),
    )
    figures = with_country_narrowed(sentences, figures, where, article.title or "")
    figures = with_official_place(sentences, figures, where)
    figures = with_war_place_named(article, sentences, with_incident_site(article, sentences, figures, where), where)
    return with_arresting_country(article.text, figures)


def _tracked(article: Article, figures: list[Figure]) -> list[Figure]:
    """The figures without a count of what no story tracks (17 ألف جزيرة، 40 ألف مشترك: background), a
    count of people told again that tracks nothing (ويشكل الرجال الثلاثة تهديدا: the three leaders named
    before), and without the number of those who told it (اثنين من السكان قالا: the sources)."""
    return [
        f for f in figures
        if (f.measure != "other" or not (
            # (a sum of money is no count of its noun: 930 مليون دولار لمنظمات الأمم المتحدة)
            (f.unit != "money" and counts_the_untracked(f.subject))
            or (_told_again(f.quote, f.value, f.vague) and not _the_accused(article.text, f))
        )) and not counts_its_speakers(article.text, f) and not _spread_over(article.text, f)
    ]


def _the_accused(text: str, f: Figure) -> bool:
    """A charge follows the count (ووجهت للرجال الأربعة تهمة قتل الضحايا): the accused, whom the story tracks, told
    again or not."""
    words = normalize(text[f.end:f.end + 40]).split()[:1]
    return bool(words) and words[0] in figure_words("charge")


def _spread_over(text: str, f: Figure) -> bool:
    """The counted noun is said to be separate or different ones (في 6 مستشفيات مختلفة، في ثلاث عمليات منفصلة):
    how many places or operations something was spread over, no count the story tracks."""
    words = normalize(text[f.end:f.end + 40]).split()[:2]
    return len(words) == 2 and words[1].strip(CLAUSE_BREAKS) in figure_words("spread")


def _may_hold_numbers(sentence: Sentence) -> bool:
    return may_contain(sentence.text)


@dataclass(slots=True)
class _Context:
    """What is looked up for every number of a sentence, found once per sentence."""

    article: Article
    sentence: Sentence
    tokens: list[Token]
    ends: list[int]
    cues: list[tuple[int, int, str]]
    cue_positions: list[int]
    dates: list[tuple[int, str]]
    stems: list[str]
    bare: list[str]
    measures: MeasureWords
    places: Places
    sources: Sources
    besieged: bool
    said: list[int]  # where what a speaker says opens (أن، إن): dates before it are the speaker's
    verbs: list[int]  # where a verb of saying stands (أعلن، قال): a day right after it is the statement's
    total_from: int | None  # the first cue of a running total in the sentence, if any
    typed: dict[int, Measure]  # what each figure read "other" tracks, by where it starts (applied last)


def _sentence_figures(
    article: Article,
    sentence: Sentence,
    tokens: list[Token],
    numbers: list[NumberMatch],
    attributions: list[Attribution],
    besieged: bool,
    earlier: list[Figure],
    years: list[NumberMatch],
    where: tuple[str | None, dict[str, str]],
    typed: dict[int, Measure],
) -> list[Figure]:
    """The figures of one sentence (``earlier``: the article's figures before it, which a part of
    a toll stated here may belong to; ``years``: the years the number reader found in it;
    ``where``: the place the article established, and the settlements it introduced by name)."""
    cues = period_cues(tokens)
    stems = stem_words([t.text for t in tokens])
    # a glued conjunction hides the word (وفر): its stem without the و is tried too
    bare = stem_words(bare_all([t.text for t in tokens], "conjunction_short"))
    ends = [t.end for t in tokens]
    speakers = [(a.start, a.end) for a in attributions if a.kind != "continue"]
    places = Places(tokens, speakers, sentence.text, *where)
    # a date said of a place (القرم التي ضمتها روسيا عام 2014) dates no figure
    published = article.published.date() if article.published else None
    dates = [d for d in sentence_dates(sentence, ends, years, published) if not places.describes_a_place(d[0])]
    said, verbs = figure_words("said"), speech_verbs()  # (asked once, not once a word)
    ctx = _Context(
        article, sentence, tokens, ends, cues, [c[0] for c in cues], dates, stems, bare,
        MeasureWords(
            stems, bare, tokens=tokens, speakers=speakers, epidemic=names_a_disease(article.title or ""),
            text=sentence.text,
        ),
        places,
        Sources(attributions), besieged, [k for k, t in enumerate(tokens) if t.key in said],
        [k for k, w in enumerate(bare_all([t.key for t in tokens], "conjunction")) if w in verbs],
        first_total(cues),
        typed,
    )
    out: list[Figure] = []
    named = _merged(speakers)
    for m in numbers:
        if not _inside_its_speakers_name(tokens, m, named):
            out.append(_figure(ctx, m, out, earlier))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, overlapping ones made one: a number is looked up in them by bisection (a sentence may
    credit thousands of figures, each to its speaker)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _inside_its_speakers_name(tokens: list[Token], m: NumberMatch, named: list[tuple[int, int]]) -> bool:
    """The number counts who tell the news, inside their name (نقلا عن ثلاثة مسؤولين بوزارة الدفاع): no
    figure of the story (a held-out set of session 28 had three Pentagon officials as three strikes); as
    ``counts_its_speakers`` for «N من السكان» and a verb of saying."""
    k = bisect_right(named, (m.start, float("inf"))) - 1  # (``named``: the speakers' spans, merged, in order)
    if k < 0 or m.end > named[k][1]:
        return False
    after = next((t for t in tokens if t.start >= m.end), None)
    return after is not None and unglued(after.key, "conjunction") in figure_words("speaker_group")


def _held_by(text: str, tokens: list[Token], lo: int, out: list[Figure]) -> str | None:
    """Who holds the share: the side its verb of control names, else, a verb of control with its side left unsaid
    (في حين لم تكن تسيطر لدى بدء الهجوم سوى على 30% منها), the side of the share told before it in its sentence."""
    named = holder(text, tokens, lo)
    if named is not None or not controls_before(tokens, lo):
        return named
    return next((f.subject for f in reversed(out) if f.measure == "territory_percent" and f.subject), None)


def _last_token(ctx: _Context, m: NumberMatch, lo: int, hi: int) -> int:
    """The index of the number's last token, for its period: a sign the tokens leave out ends some matches (52% in
    «(+52%) مقارنة مع الفترة نفسها عام 2017»), and the word after is not the number's (its comparison's year had
    dated the 52 %)."""
    return hi - 1 if hi > lo and (hi >= len(ctx.tokens) or ctx.tokens[hi].start >= m.end) else hi


def _figure(ctx: _Context, m: NumberMatch, out: list[Figure], earlier: list[Figure]) -> Figure:
    """The figure of one number: what it counts, where, who says so and for when; a part of a
    toll (بينهم 6 أطفال، من بين القتلى 121 طفلا) counts what the toll counts, for its days."""
    text, tokens, sentence = ctx.sentence.text, ctx.tokens, ctx.sentence
    lo = index_at(ctx.ends, m.start)
    hi = max(lo, index_at(ctx.ends, m.end - 1))  # (with a sign the tokens leave out, 52%, the word after: its noun)
    subject = _counted(text, tokens, m, out, (lo, hi))
    subset, of_them, part_of = _part(ctx, m, (lo, hi), out, earlier)
    measure: str
    period_kind: str
    if part_of is not None:
        measure, period_kind, period_text = part_of.measure, part_of.period, part_of.as_of
        if part_of.period != "total":  # (a part of a running total runs as it does)
            period_kind, period_text = _a_parts_own_total(ctx, m, (lo, hi), (period_kind, period_text))
        if (lo >= 2 and ctx.measures.counts_within(lo - 2, lo - 1)) or (
            of_them and ctx.measures.counts_within(lo - 1, lo)
        ):
            # توفي منهم 37، وقتل 5 منهم: a part with a measure word of its own (the dead among the cases)
            measure = measure_of(ctx.measures, ctx.stems, ctx.bare, (lo, hi), m.kind, subject, ctx.besieged)
    else:
        at = (lo - 1, hi) if lo > 0 and _governed_before_a_word(text, tokens, lo, m) else (lo, hi)
        measure = measure_of(ctx.measures, ctx.stems, ctx.bare, at, m.kind, subject, ctx.besieged)
        # whose share, when named (قوات النظام باتت تسيطر على 58.8%); a sum of money or a match result (6-1 إيابا after
        # فخرج: went out of a cup) counts no one: never the killed or the displaced
        subject = _held_by(text, tokens, lo, out) if measure == "territory_percent" else subject
        measure = "other" if m.kind in ("money", "score") else _of_people(ctx.measures, measure, subject, m.vague)
        period_kind, period_text = period(
            tokens, ctx.cues, ctx.cue_positions, lo, _last_token(ctx, m, lo, hi), text, ctx.dates, ctx.said,
            ctx.total_from, ctx.verbs,
        )
        if measure in STOCKS:
            period_kind, period_text = level_period(period_kind, period_text, text)
    subset = subset and not (part_of is None and _another_toll_added(tokens, lo, out, measure))
    if measure == "other":
        _type_other(ctx, m, (lo, hi), subject)
    return Figure(
        article=ctx.article.id,
        start=sentence.start + m.start,
        end=sentence.start + m.end,
        quote=m.text,
        value=m.value,
        low=m.low,
        high=m.high,
        approx=m.approx,
        # the number reader's bounds and the measure and period names of the data
        # files (measures.tsv, periods.tsv) are the model's closed sets
        bound=cast("Bound | None", m.bound),
        vague=m.vague,
        unit=_UNITS.get(m.kind, "count"),
        measure=cast(Measure, measure),
        subject=subject,
        place=_place(ctx, m, (lo, hi), measure, subject),
        # source, its span, canonical source, type, conduit
        **_said_by(_who(ctx, m, measure, subject, lo).fields(), part_of),
        as_of=period_text,
        period=cast(Period, period_kind),
        subset=subset,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
    )


def _place(ctx: _Context, m: NumberMatch, span: tuple[int, int], measure: str, subject: str | None) -> str | None:
    """Where the figure is: the whole a share is of, where the displaced fled abroad (not fighters driven out: H53's
    militants who fled Pakistan for Afghanistan are Pakistan's), else the nearest place in its clause."""
    lo, hi = span
    if m.kind in ("percent", "fraction") and (whole := ctx.places.whole_after(hi)):
        return whole
    where = ctx.places.nearest(lo, hi)
    if measure == "displaced" and subject_class(subject) not in ("fighters", "attackers"):
        return fled_abroad(ctx.tokens, ctx.sentence.text, span, where) or where
    return where


def _who(ctx: _Context, m: NumberMatch, measure: str, subject: str | None, lo: int) -> Who:
    """Who says so: the number's attribution, but the outlet's own voice for a population told in a relative clause
    (المدينة التي يبلغ عدد سكانها 300 ألف نسمة: background the outlet gives of a place, not what the speaker around it
    said; the gold files' convention, which H1-H104 broke six times: Ghazni's 280 thousand credited to the government,
    a West Bank village's 173 to B'Tselem), when it counts anyone living there (no group of them a report counts)."""
    anyone = not subject or not subject.split() or normalize(subject.split()[0]) in figure_words("inhabitants")
    if measure == "population" and anyone and ctx.places.in_a_relative_clause(lo):
        return Who()
    return ctx.sources.of(m)


def _aid_for_people(words: MeasureWords, measure: str, subject: str | None, vague: bool) -> str:
    """المساعدات counts the people who need it, not the sectors, projects or incidents it is said of (شملت المساعدات
    المقدمة 14 قطاعا، 1460 حالة رفض فيها وصول المساعدات; a review of session 34): aid by it alone needs persons, told
    by their noun, their origin or as souls (22 مليون يمني، ملايين اليمنيين، نسمة), or a vague count with no noun
    (إلى الملايين في محافظات عدة)."""
    if measure != "aid" or not words.only_as_written("aid"):
        return measure
    first = normalize(subject.split()[0]) if subject else ""
    adjectives = country_adjectives()
    persons = _persons(first) or first in figure_words("souls") or (
        first in adjectives or grammar().article + first in adjectives
    )
    return measure if persons or (vague and (not first or is_stopword(first))) else "other"


def _of_people(words: MeasureWords, measure: str, subject: str | None, vague: bool) -> str:
    """The measure as the people counted make it: aid's (``_aid_for_people``), and the displaced a place holds."""
    measure = _aid_for_people(words, measure, subject, vague)
    return "displaced" if measure == "population" and _people_on_the_move(subject) else measure


def _people_on_the_move(subject: str | None) -> bool:
    """The people a place holds are migrants or the displaced (حيث يعيش حوالي 800 مهاجر، نازح يعيشون في ليبيا): the
    displaced where they are, not its population (the sixty-seventh held-out set's Paris camps)."""
    first = normalize(subject).split()[:1] if subject else []
    return bool(first) and unglued(first[0], "conjunction").startswith(tuple(figure_words("on_the_move")))


def _part(
    ctx: _Context, m: NumberMatch, at: tuple[int, int], out: list[Figure], earlier: list[Figure]
) -> tuple[bool, bool, Figure | None]:
    """Whether the number counts a part of a toll or more of the figure before it (بالإضافة إلى ثلاثة), whether
    "of them" follows it, and the toll it is a part of."""
    tokens, (lo, hi) = ctx.tokens, at
    among = _among_toll(ctx.sentence.text, tokens, lo, hi, ctx.measures)
    # توجه 70 ألفا منهم إلى الحدود: "of them" after the number, of a toll told before
    of_them = (hi + 1 < len(tokens) and tokens[hi + 1].key in figure_words("subset_after")) or (
        hi + 3 < len(tokens) and _a_count(tokens[hi + 3])
        and " ".join(t.key for t in tokens[hi + 1:hi + 3]) in figure_words("partitive_toll")
    )  # (اثنان من المصابين الأربعة: of the four wounded told before; not عشرات الآلاف من القتلى, the toll)
    of_them = of_them or _among_the_toll_after(ctx.sentence.text, tokens, hi) or (
        any(f.measure == "strikes" for f in out) and _intercepted_of_them(tokens, lo, hi)
    )  # (وأسقطت 8 منها with no count of the missiles before: the strikes shot down, a count of its own)
    if out and _added(tokens, lo):
        # (بالإضافة إلى ثلاثة لم يتم التعرف عليهم: those added to a figure before it, no count of its quantity nor of
        # a part of it, whose measure is their own: جثث خمسة مهاجرين بالإضافة إلى 191 ناجيا)
        return True, False, None
    subset = among or of_them or (lo > 0 and tokens[lo - 1].key in figure_words("subset")) or (
        _a_bracketed_breakdown(out, ctx.sentence.text, ctx.sentence, m)
    ) or (
        _goes_on_subset(out, ctx.sentence.text, ctx.sentence, m) and ctx.measures.named_right_after(hi) in (
            None, out[-1].measure
        )  # (16 قتيلاً بينهم ثمانية مسلحين، و80 جريحاً: the wounded, a toll of their own after the part)
    )
    # (وكان بينهم 75 امرأة: a sentence opening with "among them" speaks of the toll of the one before)
    opens = not out and _opens_with_subset(tokens, lo)
    part_of = _toll_of_part(
        out, earlier if among or of_them else _last_sentences(earlier) if opens else [], subset, m.value,
        _among_measure(tokens, lo, hi) if among else None,
    )
    return subset, of_them, part_of


def _intercepted_of_them(tokens: list[Token], lo: int, hi: int) -> bool:
    """«Of them» after a number a verb of intercepting counts (تصدت منظومة القبة الحديدية لـ25 منها): a part of the
    rockets told before, not strikes of their own (a multi-outlet story read in session 39, Gaza on 29 May)."""
    if hi + 1 >= len(tokens) or tokens[hi + 1].key not in figure_words("subset_after_verb"):
        return False
    verbs = figure_words("intercepted")
    return any(unglued(t.key, "conjunction") in verbs for t in tokens[max(0, lo - INTERCEPT_REACH):lo])


INTERCEPT_REACH = 5  # words from a verb of intercepting to the number it counts (تصدت منظومة القبة الحديدية لـ25)


def _among_the_toll_after(text: str, tokens: list[Token], hi: int) -> bool:
    """«among the dead» a few words after the number, in its clause (خمسة من أعضاء جناحها المسلح من بين القتلى): a part
    of a toll told before, not a toll of its own (a whole-store draw of session 36 set Hamas's five against Gaza's 16);
    not a clause of its own after a comma (15 قتيلا ونحو 190 جريحا، وكان من بين الجرحى عناصر: the toll, whose part
    the next clause tells; a multi-outlet story read in session 47 had left Basra's toll out of its claims)."""
    window = tokens[hi + 1:hi + 1 + AMONG_AFTER_REACH]
    if not any(t.key in _among_words() for t in window):
        return False  # (asked of every number: most have no «بين» or «ضمن» after them)
    end = next((k for k in range(len(window)) if broken(text, tokens, hi + k, hi + k + 1)), len(window))
    window = window[:end]
    keys = " ".join(t.key for t in window)
    return any(f" {p} " in f" {keys} " for p in figure_words("among_after"))


@lru_cache(maxsize=1)
def _among_words() -> frozenset[str]:
    """The word «among» of each «among the dead» phrase, the one before the toll's noun (بين، ضمن)."""
    return frozenset(p.split()[-2] for p in figure_words("among_after"))


AMONG_AFTER_REACH = 8  # words after a number «among the dead» may end within (خمسة من أعضاء جناحها ... من بين القتلى)


SUBSET_OPENING = 3  # words a sentence may open with before "among them" and its number (وكان من بينهم)


def _another_toll_added(tokens: list[Token], lo: int, out: list[Figure], measure: str) -> bool:
    """Added to the figure before it but counting another measure (مقتل 40 شخصا، بالإضافة إلى 60 جريحا): another
    toll, not more of the one before."""
    return bool(out) and _added(tokens, lo) and measure != out[-1].measure


def _added(tokens: list[Token], lo: int) -> bool:
    """The two words before the number say "in addition to" (بالإضافة إلى ثلاثة، فضلا عن 12)."""
    return lo >= 2 and f"{tokens[lo - 2].key} {tokens[lo - 1].key}" in figure_words("in_addition")


def _a_count(t: Token) -> bool:
    """The word is a number, in digits or in words, with its article or without (4، أربعة، الأربعة)."""
    article, known = grammar().article, number_words_table().words
    return t.is_number or t.key in known or (t.key.startswith(article) and t.key[len(article):] in known)


def _opens_with_subset(tokens: list[Token], lo: int) -> bool:
    """The number follows "among them" (بينهم، منهم) at the opening of its sentence."""
    return 0 < lo <= SUBSET_OPENING and any(
        unglued(tokens[j].key, "conjunction") in figure_words("subset") for j in range(lo)
    )


def _last_sentences(figures: list[Figure]) -> list[Figure]:
    """The figures of the last sentence that has any."""
    return [f for f in figures if f.sentence_start == figures[-1].sentence_start] if figures else []


def _said_by(own: SourceFields, part_of: Figure | None) -> SourceFields:
    """Who says so: the figure's own source, else (the outlet's own voice) that of the toll it is
    a part of (يقول المرصد إن 426 شخصا قتلوا ... ومن بين القتلى 98 طفلا: the Observatory's too)."""
    if own["source"] is not None or part_of is None or part_of.source is None:
        return own
    return SourceFields(
        source=part_of.source, source_start=part_of.source_start, source_end=part_of.source_end,
        source_canonical=part_of.source_canonical, source_type=part_of.source_type, conduit=part_of.conduit,
    )


AMONG_REACH = 8  # how many words "among the dead" may stand before the number, or after it


def _among_toll(text: str, tokens: list[Token], lo: int, hi: int, measures: MeasureWords) -> bool:
    """The number is introduced as a part of a toll named before it: (من) بين القتلى 121 طفلا،
    من بين هؤلاء 166 طفلا، من بين القتلى في القصف الحكومي على الغوطة 121 طفلا (no other
    number, and no measure word of its own, between), or 58 طفلا وأكثر من 40 امرأة بين القتلى
    (its parts after it, in its clause: 15 قتيلا ونحو 190 جريحا، وكان من بين الجرحى عناصر tells the toll's part
    after a comma). بين الضحايا المدنيين في ذات الفترة مقتل 14 طفلا counts its own dead."""
    tolls = figure_words("toll_noun")  # (asked first, and once: most words are none)
    for k in range(max(1, lo - AMONG_REACH), lo):
        if tokens[k].key in tolls and _among_at(tokens, k) and not any(tokens[j].is_number for j in range(k + 1, lo)):
            return not measures.counts_within(k + 1, lo)
    return any(
        tokens[k].key in tolls and _among_at(tokens, k) and not (k + 1 < len(tokens) and tokens[k + 1].is_number)
        and not broken(text, tokens, hi, k)
        for k in range(hi + 2, min(len(tokens), hi + 1 + AMONG_REACH))
    )  # (not the next one's)


def _among_at(tokens: list[Token], k: int) -> bool:
    """Tokens k-1, k are "among" and a toll noun (بين القتلى), or with «all of» between (بين مجمل الإصابات)."""
    if tokens[k].key not in figure_words("toll_noun"):
        return False
    among = figure_words("among")
    return unglued(tokens[k - 1].key) in among or (
        k > 1 and tokens[k - 1].key in figure_words("whole_of") and unglued(tokens[k - 2].key) in among
    )


def _toll_of_part(
    out: list[Figure], earlier: list[Figure], subset: bool, value: float | None, named: str | None = None
) -> Figure | None:
    """The toll a part belongs to: the figure just before it in its sentence, else (for a part
    introduced as one of the dead, the wounded...) the article's last toll before it that is
    not smaller than it (من بين القتلى 121 طفلا is a part of the 500 since the start, not of the
    day's 29) and counts what the toll noun ``named`` names (من بين القتلى 8: of the 29 dead,
    not of the 57 wounded told after them)."""
    if not subset:
        return None
    if out and (named is None or out[-1].measure == named):
        last = out[-1]
        return last if last.subset or last.measure in HEAD_MEASURES or _people_nothing_befell(last) else None
    # (ومن بين القتلى 27 طفلا، ومن بين مجمل الإصابات 3540 طفلا: the wounded's toll told before the dead's parts)
    for f in reversed([*earlier, *out] if out else earlier):
        if f.measure in HEAD_MEASURES and not f.subset and (value is None or f.value is None or f.value >= value) and (
            named is None or f.measure == named
        ):
            return f
    return None


def _a_parts_own_total(
    ctx: _Context, m: NumberMatch, at: tuple[int, int], whole: tuple[str, str | None]
) -> tuple[str, str | None]:
    """The part's own running total, when its words give one (جندت أكثر من 23 ألف طفل منهم 2500 منذ بداية العام),
    else the period of the count it is a part of."""
    (lo, hi), text, tokens = at, ctx.sentence.text, ctx.tokens
    own = period(tokens, ctx.cues, ctx.cue_positions, lo, hi, text, ctx.dates, ctx.said, ctx.total_from, ctx.verbs)
    return own if own[0] == "total" and _its_own_total(text, tokens, m, hi, own[1]) else whole


def _its_own_total(text: str, tokens: list[Token], m: NumberMatch, hi: int, words: str | None) -> bool:
    """The words of a running total stand before the part (بحسب آخر حصيلة ... تسعة من عناصر الشرطة بين القتلى) or
    follow it right away (منهم 2500 منذ بداية العام): its own, not a later clause's (80 بالمئة منهم ... التي أشارت إلى
    أن الأطباء قد أجروا منذ مطلع نيسان 21 عملية بتر)."""
    at = text.find(words) if words else 0  # (a total no words date: told by a toll's noun before it, آخر حصيلة)
    return 0 <= at < m.start or (hi + 1 < len(tokens) and unglued(tokens[hi + 1].key, "conjunction") in figure_words(
        "since"))


def _people_nothing_befell(f: Figure) -> bool:
    """The figure counts persons that no tracked measure counts (13 متهما قضت المحكمة بإعدامهم، 180 شخصا على متن
    القارب): a part of them (بينهم 6 متهمين حضوريا، نحو مئة منهم من التونسيين) counts nothing tracked either; H99's
    defendants had been read as arrested, the prison word nearby."""
    words = (f.subject or "").split()
    return f.measure == "other" and f.unit == "count" and bool(words) and _persons(normalize(words[0]))


def _among_measure(tokens: list[Token], lo: int, hi: int) -> str | None:
    """What the toll noun of "among the ..." around the number counts (بين القتلى: killed), or None
    for one that says no measure (بين الضحايا، من بين هؤلاء)."""
    near = [*range(lo - 1, max(0, lo - AMONG_REACH - 1), -1), *range(hi + 2, min(len(tokens), hi + 1 + AMONG_REACH))]
    noun = next((tokens[k].key for k in near if _among_at(tokens, k)), None)
    return measure_words().get(noun) if noun is not None else None


BREAKDOWN_WORDS = 5  # words from a count to the bracket opening its breakdown (ستة من أفراد الدورية ()


def _a_bracketed_breakdown(out: list[Figure], text: str, sentence: Sentence, m: NumberMatch) -> bool:
    """The number opens a bracket a few words after a larger count of people: its breakdown (وإصابة ستة من أفراد
    الدورية (أربعة من قوات الدرك واثنين من قوة الأمن العام): a read of the Fuheis bombing had 4 against 6)."""
    total = next((f for f in reversed(out) if not f.subset), None)  # (the breakdown's later parts: واثنين)
    if total is None or total.measure not in HEAD_MEASURES or not isinstance(m.value, float):
        return False  # (people only: a sum's conversion in brackets is none, 180 مليار درهم (49 مليار دولار))
    if not isinstance(total.value, float) or m.value >= total.value:
        return False
    between = text[total.end - sentence.start:m.start]
    if "(" not in between or ")" in between:
        return False
    before, inside = between.split("(", 1)
    # (not a toll of its own told in the bracket: قتل 12 شخصا (وأصيب 5 آخرون))
    told = any(unglued(normalize(w), "conjunction") in measure_words() for w in inside.split())
    return not told and len(before.split()) <= BREAKDOWN_WORDS


def _goes_on_subset(out: list[Figure], text: str, sentence: Sentence, m: NumberMatch) -> bool:
    """The number follows a part of a toll, joined by و: بينهم 6 أطفال و5 نساء."""
    if not out or not out[-1].subset:
        return False
    between = text[out[-1].end - sentence.start:m.start]
    words = between.replace("،", " ").split()
    # (19,811 طفلاً وأكثر من 12500 امرأة: the و glued to the number's words, the part before's noun alone between)
    glued = m.text[:1] in clitic_letters("conjunction") and len(words) <= 1
    return glued or (bool(words) and words[-1] in figure_words("subset_and")) or _a_places_part(between)


PLACED_PART_WORDS = 4  # words of the place a listed part names before the next part (91 في ريف دمشق، 32 في حماة)


def _a_places_part(between: str) -> bool:
    """Only the place of the part before, and a comma, stand between it and the number: a list of a toll's parts by
    place (وفاة 161 مختف قسريا منهم 91 في ريف دمشق، 32 في حماة، 17 في اللاذقية: each a part of the 161)."""
    words = between.replace(ARABIC_COMMA, ",").replace(",", " , ").replace('"', " ").split()  # (either comma)
    if len(words) < 2 or words[-1] != "," or "," in words[:-1] or len(words) > PLACED_PART_WORDS + 1:
        return False
    return words[0] in place_words("in") and not any(unglued(normalize(w)) in measure_words() for w in words)


NAMED_KEPT = 8  # earlier speakers a role named alone (وأوضح المتحدث) may name again
MATCH_MINUTES = 130  # a match's minutes, extra time and stoppage time included


def _a_minute(text: str, m: NumberMatch) -> bool:
    """A number alone in brackets in a match report is the minute of what the sentence tells
    (أسكنها في الشباك تاركا الحارس متحسرا (36)، قبل أن يسددها بعيدا عن متناول تشيك (68.))."""
    closing = text[m.end:m.end + 3].lstrip(".'’")[:1]
    return (
        text[m.start - 1:m.start] == "(" and closing == ")"
        and m.value is not None and 0 < m.value <= MATCH_MINUTES
    )


def _one_person(text: str, m: NumberMatch) -> bool:
    """«One» after a noun of persons is a count of one (مقتل شخص واحد على الأقل، جندي واحد، الرجل وإحدى المرأتين), as is
    «one of» persons what befell (``_one_befallen``); other «one of» is none, nor past a mark between them
    (لإيواء الأطفال، وأحد مواقع حرس الحدود: and one of the sites)."""
    before = text[max(0, m.start - 20):m.start].split()
    if not before:
        return False
    if before[-1][-1:] in CLAUSE_BREAKS:
        # (past a mark, «and one of» persons is still one more: مقتل 3 أطفال، وواحد من المسعفين; not «one of» set
        # beside a name, فلان، أحد قادة الفصيل, nor of things, وأحد مواقع حرس الحدود)
        after = [w for w in text[m.end:m.end + 30].split() if normalize(w) not in grammar().from_][:1]
        return m.text[:1] in and_letters() and bool(after) and counts_people(after[0])
    return _one_befallen(text, m, before[-1]) or (
        counts_people(before[-1]) and normalize(before[-1]) != normalize(m.text)
    )


def _one_befallen(text: str, m: NumberMatch, word: str) -> bool:
    """«One of» persons right after a word of what befell them (مقتل أحد جنوده، إصابة أحد المقيمين، قتلت أحد المشتبه
    بهم): a count of one; not one of things (إصابة أحد المنازل) nor after a toll's noun (حصيلة أحد أعنف الهجمات)."""
    if unglued(normalize(word)) not in figure_words("befell_one"):
        return False
    after = text[m.end:m.end + 30].split()[:1]
    return bool(after) and (
        counts_people(after[0]) or _a_plural_of_persons(after[0]) or normalize(after[0]) in figure_words("toll_noun")
    )  # (قضى أحد هؤلاء: one of the persons told before)


def _a_plural_of_persons(word: str) -> bool:
    """A definite sound plural (المقيمين، المسلحين، الموظفين): persons, as things are not counted so."""
    key = normalize(word)
    return key.startswith(grammar().article) and key.endswith(tuple(figure_words("persons_plural_ending")))


def _one_after_its_noun(text: str, m: NumberMatch) -> bool:
    """«One» right after the noun of persons it counts, no mark between (جندي واحد، شخص واحد): governed from before
    the noun (إصابة شخص واحد، في حصيلة أولية: the toll after it is no nearer than the wounds)."""
    if not _lone_one(m):
        return False
    before = text[max(0, m.start - 20):m.start].split()
    return bool(before) and before[-1][-1:] not in CLAUSE_BREAKS and counts_people(before[-1])


def _governed_before_a_word(text: str, tokens: list[Token], lo: int, m: NumberMatch) -> bool:
    """The number is governed from before the word right before it: its noun (شخص واحد) or «the number» (عدد (4))."""
    return _one_after_its_noun(text, m) or _number_of_bracketed(text, tokens, lo)


def _number_of_bracketed(text: str, tokens: list[Token], lo: int) -> bool:
    """«The number (N)», as army statements write their counts (القضاء على عدد (4) عنصر تكفيري): governed from before
    «عدد», as the bare number would be."""
    return tokens[lo - 1].key in figure_words("count_of") and "(" in text[tokens[lo - 1].end:tokens[lo].start]


def _lone_one(m: NumberMatch) -> bool:
    """أحد، إحدى، واحدة written as a word: "one of", not a count."""
    return m.value == 1 and not any(ch.isdigit() for ch in m.text) and m.low is None and m.kind != "percent"
