"""Who says so: each number of a sentence takes the attribution that governs it
(``news/attribution.py``), and the attribution's words their canonical source and type
(``news/sources.py``); a number no one is credited with is the outlet's own voice."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import accumulate
from typing import TypedDict

from khulasa.analyse.figures.words import figure_words, tells_a_war_toll
from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers import NumberMatch
from khulasa.arabic.stopwords import is_stopword
from khulasa.arabic.tokenize import Token, tokenize
from khulasa.model import Figure, Sentence
from khulasa.news.attribution import Attribution, attribute, institutions, nouns_alone, speech_verbs
from khulasa.news.places import countries_named, country_adjectives, country_named, gazetteer, lineage
from khulasa.news.sources import VAGUE, Source, country_of, is_general, name_length, national, resolve

OUTLET = "outlet"  # the type of the outlet's own voice
# the sources whose reports an article retells over many sentences without naming them again (UNAMA's
# half-year report, Amnesty's inquiry): a UN agency's or an NGO's, not an authority's day of news, whose
# article goes on with the outlet's own background
# who issues reports and statements an article retells in sentences naming no one: UN agencies and NGOs, an army's
# spokesman listing a week's results (القضاء على عدد (8) فرد ... والتحفظ على عدد (8) بندقية: H70), rescuers telling
# each boat (وتم إنقاذ 262 شخصا ... إضافة إلى 27 آخرين: a held-out set); not a ministry or the police, whose tolls
# the outlet surrounds with background of its own (held-out sets lost more than they gained); a monitor's monthly
# count, told party by party (كما اعتقل تنظيم داعش 53 شخصا ... واعتقلت فصائل المعارضة 71: H72's Syrian Network)
REPORT_ISSUERS = frozenset({"un_agency", "ngo", "army", "rescue", "monitor"})  # (see STATEMENT_ISSUERS below)
LEAD_OPENING = 6  # words before a lead's reporting verb: a dateline (دبي، الإمارات العربية المتحدة (CNN)--)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True, slots=True)
class Who:
    """A figure's source: the words as written and their span in the article (None for the
    outlet's own voice), the canonical source and its type, and the conduit's canonical name."""

    source: str | None = None
    start: int | None = None
    end: int | None = None
    canonical: str | None = None
    type: str | None = OUTLET
    conduit: str | None = None

    def fields(self) -> SourceFields:
        """Its values as the Figure fields they fill."""
        return SourceFields(source=self.source, source_start=self.start, source_end=self.end,
                            source_canonical=self.canonical, source_type=self.type, conduit=self.conduit)


class SourceFields(TypedDict):
    """The fields of a Figure that say who says so."""

    source: str | None
    source_start: int | None
    source_end: int | None
    source_canonical: str | None
    source_type: str | None
    conduit: str | None


OWN_VOICE = Who()


def who(a: Attribution | None) -> Who:
    """What an attribution says of who speaks (the outlet's own voice for None)."""
    if a is None:
        return OWN_VOICE
    source = resolve(a.source)
    relay = resolve(a.conduit) if a.conduit else None
    return Who(
        a.source, a.source_start, a.source_end,
        source.canonical if source else None, source.type if source else None,
        # a named conduit by its canonical name, an unnamed one (وسائل إعلام محلية) as written
        (relay.canonical if relay.type != "vague" else a.conduit) if relay is not None else None,
    )


def with_national_sources(figures: list[Figure], text: str = "") -> list[Figure]:
    """A figure credited to a general source (وزارة الصحة، السلطات، الهلال الأحمر، الصليب الأحمر)
    is credited to that source in the country its place lies in (وزارة الصحة الأفغانية for a
    figure in كابول), or, for a place the gazetteer lacks, the one country its sentence in ``text``
    names (التلفزيون الرسمي on a quake that shook western Iran, placed in كرمنشاه), when sources.tsv
    names it; failing both, in the one country the article's national sources are of (``sources.country_of``:
    المتحدث باسم الشرطة نانانغ بورنومو after قالت الشرطة الإندونيسية, a toll on a plane in Borneo, which lies in no
    one country). The words as written stay as they are."""
    out = []
    named_by_sources: list[str] | None = None  # (read once, for the first figure that needs them)
    for f in figures:
        # (السلطات الليبية: the words name the country themselves, whatever the figure's place)
        country = _country_named_by(f.source) or _country(f.place)
        if f.source_canonical and country is not None and not _known_place(country):
            named = countries_named(text[f.sentence_start:f.sentence_end])
            country = named[0] if len(named) == 1 else country
        specific = national(f.source_canonical, country) if f.source_canonical else None
        if specific is None and f.source_canonical and is_general(f.source_canonical):
            if named_by_sources is None:
                named_by_sources = list({c for g in figures if (c := country_of(g.source_canonical)) is not None})
            if len(named_by_sources) == 1:
                specific = national(f.source_canonical, named_by_sources[0])
        if specific is not None:
            f = replace(f, source_canonical=specific.canonical, source_type=specific.type)
        out.append(f)
    return out


NAMED_EARLIER_REACH = 4000  # characters before a figure's sentence read for the name its source's noun names again
NAME_WORDS = 7  # words of a source's full name (مفوضية الأمم المتحدة السامية لشؤون اللاجئين)


def with_sources_named_earlier(text: str, figures: list[Figure]) -> list[Figure]:
    """A source named again by its definite noun alone (وقالت الوزارة) that no speaker named before it
    in a sentence with figures resolved is the known source the article last named in full by that noun,
    in any sentence before (وأعلنت وزارة الصحة العدد الرسمي المحدث للضحايا، then وقالت الوزارة إن 20 شخصا
    لقوا حتفهم): its words, span and canonical name."""
    found: dict[tuple[str, int], Who | None] = {}
    credited: dict[str, Figure] = {}  # a noun -> the last figure credited to a name of several words it opens
    out = []
    for f in figures:
        noun = _a_noun_alone(f)
        if noun is not None:
            key = (noun, f.sentence_start)
            if key not in found:
                found[key] = _named_in_full(text, noun, f.sentence_start)
            full = found[key]
            if full is not None:
                f = replace(f, source=full.source, source_start=full.start, source_end=full.end,
                            source_canonical=full.canonical, source_type=full.type)
            elif (earlier := credited.get(noun)) is not None and earlier.source_canonical != f.source_canonical:
                # (no table knows it: the name the article credited figures to before, اللجنة الوطنية للتحقيق في
                # ادعاءات ..., then «التقرير الرابع للجنة»)
                f = replace(f, source_canonical=earlier.source_canonical, source_type=earlier.source_type)
        elif (opening := _opening_noun(f)) is not None:
            credited[opening] = f
        f = _conduit_named_earlier(text, f, found)
        out.append(f)
    return out


def _opening_noun(f: Figure) -> str | None:
    """The institution's noun, without its ال, a source of several words no table knows opens with (اللجنة
    الوطنية للتحقيق: لجنة)."""
    if not f.source or f.source_type is not None or f.source_canonical in (None, VAGUE) or " " not in f.source.strip():
        return None
    return _an_institutions_noun(f.source.split()[0])


def _conduit_named_earlier(text: str, f: Figure, found: dict[tuple[str, int], Who | None]) -> Figure:
    """A conduit named again by its definite noun alone (حسبما أفادت وكالة تونس أفريقيا للأنباء، then ونقلت الوكالة
    عن المصادر: a held-out set of session 28) is the agency named in full before."""
    noun = _an_institutions_noun(f.conduit) if f.conduit else None
    if noun is None:
        return f
    key = (noun, f.sentence_start)
    if key not in found:
        found[key] = _named_in_full(text, noun, f.sentence_start)
    full = found[key]
    return replace(f, conduit=full.canonical) if full is not None and full.type in CONDUIT_TYPES else f


CONDUIT_TYPES = frozenset({"agency", "state_media", "outlet"})  # who may relay another's words


def _a_noun_alone(f: Figure) -> str | None:
    """The figure's source's one word, an institution's definite noun no source resolves (الوزارة), without
    its ال, or the one such word its words were resolved to (التقرير الرابع للجنة: اللجنة); else None."""
    if not f.source or f.source_start is None:
        return None
    alone = _an_institutions_noun(f.source)
    if alone is None and f.source_type is None and f.source_canonical and f.source_canonical != f.source:
        return _an_institutions_noun(f.source_canonical)
    return alone if alone is not None or f.source_type is not None else _a_post_in(f.source)


def _a_post_in(source: str) -> str | None:
    """A post held in an institution, or spoken for, named by its definite noun alone (مديرة قسم الطوارئ بالوكالة في
    المنظمة: H72's Human Rights Watch; المتحدث باسم المفوضية): that noun, as ``_an_institutions_noun``."""
    words = source.split()
    if len(words) < 2 or words[-2] not in ("في", "باسم"):
        # (most names: no «in» before their last word, nothing normalised; المتحدث باسم المفوضية: whom a spokesman
        # speaks for, H74's UNHCR)
        return None
    return _an_institutions_noun(words[-1])


def _an_institutions_noun(name: str) -> str | None:
    """A name of one word that is an institution's definite noun no source resolves (الوزارة، الوكالة), without
    its ال; else None."""
    if " " in name.strip():
        return None  # (most sources are named in more than one word: asked first)
    words = normalize(name).split()
    if len(words) != 1:
        return None
    word = unglued(words[0], "conjunction")
    if word not in nouns_alone() or not word.startswith("ال"):
        return None
    found = resolve(word)
    # (a general source, الجيش, is whichever army the article named in full before: the Israeli army's, striking Syria)
    return word[2:] if found is None or found.type is None or is_general(found.canonical) else None


def _named_in_full(text: str, noun: str, before: int) -> Who | None:
    """The known source the text last names, before ``before``, by words opening with ``noun`` (وزارة) or
    its definite form (الوزارة), the longest that resolve."""
    start = max(0, before - NAMED_EARLIER_REACH)
    chunk = text[start:before]
    tokens = tokenize(chunk)
    forms = (noun, "ال" + noun)
    for j in range(len(tokens) - 2, -1, -1):
        if unglued(tokens[j].key) not in forms and tokens[j].key not in forms:
            continue
        last = _unbroken(chunk, tokens, j, min(NAME_WORDS, len(tokens) - j))
        spans = [(start + tokens[j].start, start + tokens[j + n].end) for n in range(last)]
        named = [(span, resolve(text[span[0]:span[1]])) for span in spans]
        # (a name the noun opens or stands right before, منظمة "المجلس النرويجي للاجئين": not one further on,
        # المعارضة في مالي باستقالة رئيس الوزراء, no government; H96)
        after = start + tokens[j + 1].start if j + 1 < len(tokens) else None
        known = [
            (span, s) for span, s in named
            if s is not None and s.type not in (None, VAGUE) and (
                name_length(text[span[0]:span[1]]) or (after is not None and name_length(text[after:span[1]]))
            )
        ]
        if known:
            # (the fewest words that name what the most name: وزارة الصحة, not وزارة الصحة العدد الرسمي المحدث)
            longest = known[-1][1]
            a, b = next(span for span, s in known if s.canonical == longest.canonical)
            return Who(text[a:b], a, b, longest.canonical, longest.type)
    return None


def _unbroken(text: str, tokens: list[Token], j: int, most: int) -> int:
    """How many of the ``most`` words from word ``j`` run on with no mark but a quotation's between them: a
    name ends at an aside (وتقول المنظمة - بحسب ما أوردته وكالة فرانس برس -: the organisation, not the agency)."""
    n = 1
    while n < most:
        gap = text[tokens[j + n - 1].end:tokens[j + n].start]
        if gap != "." and any(ch in NAME_BREAKS for ch in gap):  # (a dot glued between letters: سي.إن.إن)
            break
        n += 1
    return n


PERSON_WORDS = 3  # words of a person named again by the end of their name (عبد الرحمن، القدرة)
TITLE_WORDS = 6  # words before a person's name that may say whom they speak for (مدير المرصد رامي عبد الرحمن)
TITLE_CHARS = 120  # characters those words are read from
MENTIONS_ASKED = 4  # mentions of a name read back for the title naming whom it speaks for
TITLE_BREAKS = frozenset(".,:;()\"«»\u060c\u061b-")  # marks a person's title does not run across
# marks a name written again does not run across: a title's, but for the quotes a name may stand in, and the long dashes
# of an aside (وتقول المنظمة – بحسب ما أوردته وكالة فرانس برس –)
NAME_BREAKS = (TITLE_BREAKS - frozenset("\"«»")) | frozenset("\u2013\u2014")
NOT_SPEAKING_FOR = frozenset({None, VAGUE, "outlet", "agency", "state_media"})  # (who told a conduit is no conduit)


def with_people_named_again(text: str, figures: list[Figure]) -> list[Figure]:
    """A speaker no table knows, named by the end of a name given in full before with whom they speak
    for (وقال مدير المرصد رامي عبد الرحمن ...، then أشار عبد الرحمن إلى مقتل ثمانية), speaks for them again:
    the canonical source and its type (the words as written kept)."""
    found: dict[tuple[str, int], Source | None] = {}
    out = []
    for f in figures:
        if f.source and f.source_start is not None and f.source_type is None and 0 < len(f.source.split()) <= (
            PERSON_WORDS
        ):
            key = (f.source, f.sentence_start)
            if key not in found:
                found[key] = _speaking_for(text, f.source, f.sentence_start)
            whom = found[key]
            if whom is not None:
                f = replace(f, source_canonical=whom.canonical, source_type=whom.type)
        out.append(f)
    return out


def _title_ends(text: str, start: int, tokens: list[Token], k: int) -> bool:
    """A person's title does not run back from token k across a mark, a verb of saying, «from» (نقل المرصد عن
    عائلات وجيران الضحايا: the Observatory relayed the families, who are not its own), nor a pronoun or a relative
    (نوايا الحكومة واضحة وهي ترهيب المعارضة: a clause, no title)."""
    gap, key = text[start + tokens[k - 1].end:start + tokens[k].start], tokens[k - 1].key
    return bool(set(gap) & TITLE_BREAKS) or unglued(key) in speech_verbs() or key in figure_words("relayed_from") or (
        key in figure_words("not_in_a_title")
    )


def _speaking_for(text: str, name: str, before: int) -> Source | None:
    """The known source the last full naming of ``name`` before ``before`` says it speaks for, or None: each
    mention back is asked, a title may stand before an earlier one (وأوضح عبد الرحمن, then وأشار عبد الرحمن)."""
    name = name.strip()
    lo, at = max(0, before - NAMED_EARLIER_REACH), before
    for _ in range(MENTIONS_ASKED):
        at = text.rfind(name, lo, at)
        if at < 0:
            return None  # (most names no table knows were not named before: asked first, no words read)
        whole_word = (at == 0 or not text[at - 1].isalpha()) and not text[at + len(name):at + len(name) + 1].isalpha()
        whom = _title_before(text, at, name) if whole_word else None
        if whom is not None:
            return whom
    return None


def _title_before(text: str, at: int, name: str) -> Source | None:
    """The known source the title right before a mention of a name at ``at`` names (مدير المرصد رامي عبد الرحمن)."""
    start = max(0, at - TITLE_CHARS)
    tokens = tokenize(text[start:at + len(name)])
    j = len(tokens) - len(tokenize(name))
    if j <= 0:
        return None
    # (the title before the name, back to the clause's start: not a dateline's outlet, (CNN)-- ...)
    k = j
    while k > max(0, j - TITLE_WORDS) and not _title_ends(text, start, tokens, k):
        k -= 1
    whom = resolve(text[start + tokens[k].start:start + tokens[-1].end])
    return whom if whom is not None and whom.type not in NOT_SPEAKING_FOR else None


def without_own_outlet(outlet: str | None, figures: list[Figure]) -> list[Figure]:
    """A speaker who told the outlet itself (قال أحمد الشيخو لـCNN, in CNN's article) reached it
    through no conduit: the conduit is dropped; and the outlet's own correspondent or site (أفاد مراسل
    "العربية"، أحصت "العربية.نت", in Al Arabiya's article) is its own voice."""
    own = resolve(outlet) if outlet else None
    if own is None:
        return figures
    return [
        replace(f, **OWN_VOICE.fields()) if f.source_canonical == own.canonical
        else replace(f, conduit=None) if f.conduit == own.canonical else f
        for f in figures
    ]


def _country_named_by(words: str | None) -> str | None:
    """The country a source's words name by its adjective (السلطات الليبية: ليبيا) or by its name after
    the source's noun (حكومة مالي: مالي), if one."""
    if not words:
        return None
    adjectives = country_adjectives()
    keys = normalize(words).split()
    by_adjective = next((adjectives[k] for k in keys if k in adjectives), None)
    return by_adjective or (country_named(" ".join(keys[1:])) if len(keys) > 1 else None)


def _known_place(name: str) -> bool:
    return gazetteer().get(tuple(normalize(w) for w in name.split())) is not None


def _country(place: str | None) -> str | None:
    return lineage(place)[-1] if place else None


class Sources:
    """Who each number of a sentence is attributed to: the last attribution ending before it,
    else the first 'according to' starting after it, else the speaker going on from the
    sentence before. Indexed once per sentence (by end, and by start), not searched per number."""

    def __init__(self, attributions: list[Attribution]):
        self.attributions = attributions
        # (end, list index) sorted by end, with the latest list index among the ends so far
        by_end = sorted((a.end, k) for k, a in enumerate(attributions))
        self.ends = [e for e, _ in by_end]
        self.latest = list(accumulate((k for _, k in by_end), max))
        # 'according to' ones by start, with the earliest list index among the starts from here
        by_start = sorted((a.start, k) for k, a in enumerate(attributions) if a.kind == "according")
        self.starts = [st for st, _ in by_start]
        self.earliest = list(accumulate((k for _, k in reversed(by_start)), min))[::-1]
        self.going_on = next((a for a in attributions if a.kind == "continue"), None)

    def attribution(self, m: NumberMatch) -> Attribution | None:
        last = self.attributions[-1] if self.attributions else None
        if last is not None and last.closes_from is not None and last.closes_from <= m.start < last.start:
            return last  # ...، أسفر عن جرح سبعة إسرائيليين، بحسب الجيش الإسرائيلي
        k = bisect_right(self.ends, m.start)
        if k:
            return self.attributions[self.latest[k - 1]]
        k = bisect_left(self.starts, m.end)
        if k < len(self.starts):
            return self.attributions[self.earliest[k]]
        return self.going_on

    def of(self, m: NumberMatch) -> Who:
        """Who the number ``m`` is credited to."""
        return who(self.attribution(m))


VERB_BEFORE_CHARS = 20  # characters a verb of saying right before the count is read from (وقال أكثر من 12)
SPEAKERS_REACH = 6  # words after «من سكان» a verb of saying may stand: ثلاثة من سكان هذه المناطق الذين أكدوا


def counts_its_speakers(text: str, f: Figure) -> bool:
    """The figure counts those who told something: «N من السكان» and then a verb of saying (اثنين من
    السكان قالا، ثلاثة من سكان هذه المناطق الذين أكدوا), or right after one (وقال أكثر من 12 من المسؤولين
    الحاليين والسابقين إن: the sources of a story, a random draw of session 26)."""
    head = text[f.end:f.end + 120].split(maxsplit=1)
    if not head or unglued(normalize(head[0]), "conjunction") not in figure_words("of"):
        return False  # (most figures: no words to normalise)
    after = [unglued(w, "conjunction") for w in normalize(text[f.end:f.end + 120]).split()]
    if len(after) < 3 or after[0] not in figure_words("of") or after[1] not in figure_words("speaker_group"):
        return False
    verbs = speech_verbs()
    before = normalize(text[max(0, f.start - VERB_BEFORE_CHARS):f.start]).split()[-1:]
    if before and unglued(before[0], "conjunction") in verbs:
        return True
    return any(w in verbs or w[:-1] in verbs or w[:-2] in verbs for w in after[2:2 + SPEAKERS_REACH])


def with_report_source(
    sentences: list[Sentence], figures: list[Figure], lead_said: list[Attribution] | None = None,
    published: date | None = None,
) -> list[Figure]:
    """An article that opens with a UN agency's or an NGO's report (أعلنت الأمم المتحدة أن ...، ذكرت
    منظمة العفو الدولية أن), an army's statement or rescuers' account (``REPORT_ISSUERS``), or with a report
    anyone named issued (رصدت إحصائية نشرها الجيش اليمني),
    retells its findings in sentences that name no one (وطالبان مسؤولة عن 40% من المدنيين القتلى): a figure
    of the outlet's own voice there is the report's, unless its sentence recalls
    the past (a year, وكان، يذكر أن), which is the outlet's background. ``lead_said``: the attributions of
    the first body sentence, if the caller read them."""
    body = next((s for s in sentences if s.kind == "body"), None)
    if body is None or all(
        f.source is not None and (f.source_canonical != VAGUE or not names_a_report(f.source)) for f in figures
    ):
        return figures  # (nothing in the outlet's voice, nor credited to a report left unnamed)
    said = lead_said if lead_said is not None else attribute(body.text, offset=body.start)
    # (the report opens the lead, a dateline at most before it; one quoted further on is not the article's subject)
    report = who(said[0]) if said and len(body.text[:said[0].start].split()) <= LEAD_OPENING else None
    unnamed = report if report is not None and report.canonical == VAGUE and names_a_report(report.source) else None
    if unnamed is not None:
        # (رصد تقرير حقوقي ... 4500 انتهاك, then وذكر تقرير أطلقته منظمة شهود لحقوق الإنسان: the report named later)
        report = _the_report_named(figures) or _the_reporter_told(sentences, body)
    # (one voice: an article that credits figures to others as well is a roundup, not a report's retelling)
    if report is None or (report.type not in REPORT_ISSUERS and not _a_named_report(said[0], report)
                          and unnamed is None) or any(
        f.source is not None and not _one_voice(f, report) and not _the_unnamed(f, unnamed)
        and not (unnamed is not None and f.source_canonical == VAGUE) for f in figures
    ):  # (other reports left unnamed, ويشير تقرير أشمل, are no other voice to a report named later)
        return figures
    # (every figure credited here is the report's, one voice: a sentence that credits it once gives it the others too,
    # ووفقا للتقرير ... فإن من بين الضحايا 13197 هناك 167 طفلا و59 سيدة)
    year = published.year if published is not None else None
    retold = [f if _recalls_the_past(f, sentences, year) else _retold(f, report, unnamed) for f in figures]
    return _told_on(sentences, figures, retold, report) if report.type in STATEMENT_ISSUERS else retold


STATEMENT_ISSUERS = frozenset({"army", "rescue", "monitor"})  # whose statements go on sentence by sentence


def _retold(f: Figure, report: Who, unnamed: Who | None) -> Figure:
    """The figure as the report's finding: the outlet's own voice takes the report's words and span; one credited to
    the unnamed report keeps its words as written (التقرير) and their span, who it is coming from where the report
    is named."""
    if f.source is None:
        return replace(f, **report.fields())
    if _the_unnamed(f, unnamed):
        return replace(f, source_canonical=report.canonical, source_type=report.type)
    return f


def _told_on(sentences: list[Sentence], figures: list[Figure], retold: list[Figure], report: Who) -> list[Figure]:
    """A statement (an army's, rescuers') goes on only sentence to sentence: a figure is its where the body sentence
    before holds one of its figures (وقتل اثنان من قوة مكافحة الإرهاب الفرنسية، الأربعاء, after a sentence of the
    spokesman's with none: the outlet's own news of another day)."""
    body = [s.start for s in sentences if s.kind == "body"]
    before = {start: body[k - 1] for k, start in enumerate(body) if k}
    # (the lead is the statement's, figures or none: أعلن المتحدث العسكري القضاء على ..., then جاء ذلك في بيان)
    credited = {f.sentence_start for f in figures if f.source_canonical == report.canonical} | set(body[:1])
    out = []
    for f, told in zip(figures, retold):
        if told is not f and (f.period == "total" or (
                before.get(f.sentence_start) not in credited and f.sentence_start not in credited)):
            told = f  # (nor a toll so far, the outlet's tally: وفقدت تركيا عشرات القتلى من جنودها منذ انطلاق الهجوم)
        if told.source_canonical == report.canonical:
            credited.add(told.sentence_start)
        out.append(told)
    return out


def _the_report_named(figures: list[Figure]) -> Who | None:
    """Who issued the report a figure further on credits by name (تقرير أطلقته منظمة شهود لحقوق الإنسان)."""
    issued = figure_words("report_issued")
    for f in figures:
        if f.source and f.source_start is not None and f.source_canonical not in (None, VAGUE, OUTLET) and (
            names_a_report(f.source) and not issued.isdisjoint(normalize(f.source).split()[1:])
        ):
            return Who(f.source, f.source_start, f.source_end or f.source_start, f.source_canonical, f.source_type)
    return None


def _the_reporter_told(sentences: list[Sentence], lead: Sentence) -> Who | None:
    """Who a sentence right after the lead credits with a report (وأكد مركز المعلومات والتأهيل لحقوق الإنسان، في
    تقريره لشهر ابريل: the sixty-ninth held-out set's Taiz centre, after «كشف تقرير حقوقي»)."""
    after = [s for s in sentences if s.kind == "body" and s.start > lead.start][:REPORTER_SENTENCES]
    for s in after:
        if not any(a_report_noun(unglued(w)) for w in normalize(s.text).split()):
            continue  # (في تقريره: the report with its pronoun)
        for a in attribute(s.text, offset=s.start):
            found = who(a)
            if found.canonical not in (None, VAGUE, OUTLET) and not names_a_report(found.source):
                return found
        if (body := _the_body_of_the_report(s)) is not None:
            return body
    return None


def _the_body_of_the_report(s: Sentence) -> Who | None:
    """The body a report's noun names as its issuer (الانتهاكات التي رصدها تقرير منظمة نهضة وطن الحقوقية، على: the
    Nahdat Watan organisation; a held-out set's Dhamar tolls had stayed the unnamed report's)."""
    tokens = tokenize(s.text)
    for k in range(len(tokens) - 1):
        if not a_report_noun(tokens[k].key) or "ال" + unglued(tokens[k + 1].key) not in institutions():
            continue
        last = k + 1
        while last + 1 < len(tokens) and last - k < BODY_NAME_WORDS and _goes_on_the_name(s.text, tokens, last + 1):
            last += 1
        name = s.text[tokens[k + 1].start:tokens[last].end]
        found = resolve(name)
        if found is not None:
            start = s.start + tokens[k + 1].start
            return Who(name, start, start + len(name), found.canonical, found.type or "ngo")
    return None


BODY_NAME_WORDS = 6  # words of a body's name after a report's noun, up to a mark (تقرير منظمة نهضة وطن الحقوقية)


def _goes_on_the_name(text: str, tokens: list[Token], k: int) -> bool:
    """Word ``k`` goes on a name: no mark before it, and no function word (الذي، في، على)."""
    return text[tokens[k - 1].end:tokens[k].start] == " " and not is_stopword(tokens[k].key)


REPORTER_SENTENCES = 2  # sentences after the lead that may name who issued the report it left unnamed


def _the_unnamed(f: Figure, unnamed: Who | None) -> bool:
    """The figure is credited to the unnamed report the lead opened with (تقرير حقوقي), or to «the report» alone
    (ووثق التقرير: that report again)."""
    return unnamed is not None and f.source_canonical == VAGUE and (
        f.source == unnamed.source or (names_a_report(f.source) and len((f.source or "").split()) == 1)
    )


def _a_named_report(said: Attribution, report: Who) -> bool:
    """The lead credits a report someone named issued (رصدت إحصائية نشرها الجيش اليمني، تقرير أصدرته
    الوزارة; not دراسة طبية حديثة, nobody's)."""
    if not names_a_report(said.source):
        return False
    words = normalize(said.source).split()
    return report.type not in (OUTLET, VAGUE) and not figure_words("report_issued").isdisjoint(words[1:])


@lru_cache(maxsize=1024)
def names_a_report(source: str | None) -> bool:
    """The source's words open with a report's noun (إحصائية نشرها الجيش اليمني، الإحصائية)."""
    first = normalize(source or "").split()[:1]
    return bool(first) and a_report_noun(first[0])


def a_report_noun(word: str) -> bool:
    """The normalised word is a report's noun, alone, with its article (التقرير) or with a pronoun (تقريره)."""
    nouns = figure_words("report_noun")
    w = unglued(word, "conjunction")
    return w in nouns or (w.startswith("ال") and w[2:] in nouns) or any(
        w.endswith(p) and w[:-len(p)] in nouns for p in figure_words("said_pronoun")
    )


def _one_voice(f: Figure, report: Who) -> bool:
    """The figure is the report's, or a UN agency's in a UN report (أعلنت الأمم المتحدة ... بحسب تقرير
    سنوي للمفوضية السامية للاجئين: one report, told by the UN and by its agency)."""
    return f.source_canonical == report.canonical or (
        report.type == "un_agency" and f.source_type == "un_agency"
    )


def _recalls_the_past(f: Figure, sentences: list[Sentence], year: int | None = None) -> bool:
    """The sentence opens on background (وكان، يذكر أن), tells of a separate incident (وفي حادث منفصل) or of
    a war's toll, or names
    a year before the report's (its year and the
    year before are what an annual report counts: عام 2017 in June 2018's)."""
    text = next((s.text for s in sentences if s.start == f.sentence_start), "")
    opener = text.split(maxsplit=1)[:1]
    if bool(opener) and normalize(opener[0]) in figure_words("background_opener"):
        return True
    if not figure_words("separate").isdisjoint(w.strip("،,.") for w in normalize(text).split()):
        return True  # وفي حادث منفصل: another incident, the outlet's
    if tells_a_war_toll(text):
        return True  # وقتل نحو 10 آلاف شخص في الحرب: the war's toll so far, not the report's finding
    # (a year a running total counts since is its start, not a recall: منذ مارس 2011)
    years = [int(m.group()) for m in _YEAR.finditer(text) if not _since_before(text, m.start())]
    return any(year is None or y < year - 1 for y in years)


SINCE_YEAR_REACH = 12  # characters before a year «since» and a month may take (منذ مارس 2011، منذ عام 2011)


def _since_before(text: str, at: int) -> bool:
    return any(w in figure_words("since") for w in normalize(text[max(0, at - SINCE_YEAR_REACH):at]).split())
