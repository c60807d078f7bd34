"""Where a figure is: the gazetteer place of its clause nearest the number, else the place the
article established in its title and lead.

A place of the clause is never inside a speaker's name or description (what is said starts after
إن/أن), nor beyond a word opening another clause (فيما، رغم، وسط: وقف إطلاق النار في عموم سوريا
is not where a Ghouta toll is), never a side (الموالية لأنقرة), a landmark (قرب دمشق، جنوب بغداد)
or an adjective (جنديا تركيا), never one item of a list of places: the toll of a dual (بلدتي
حمورية وسقبا) is about the place both lie in, or none (بمحافظتي إدلب وحلب), another list's
(قطاع غزة وإسرائيل، هيروشيما ومناطق أخرى) about the place the article established. A place named
beside the chosen one that lies inside it is the more precise where (دوما بالغوطة الشرقية في
سوريا: دوما). The words are data: ``news/data/place_words.tsv``."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import cache, lru_cache
from itertools import compress
from operator import or_

from khulasa.analyse.figures.words import (
    WAR_TOLL_LEAST,
    broken,
    counts_a,
    either,
    figure_words,
    tells_a_war_toll,
    war_caused,
    with_or_without,
)
from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.clitics import bare_all, clitic_letters
from khulasa.arabic.dates import find as find_dates
from khulasa.arabic.lexicon import lexicon
from khulasa.arabic.normalize import normalize, normalize_sentence, strip_diacritics
from khulasa.arabic.numbers.words import ARABIC_COMMA, LAM, grammar, lam_article
from khulasa.arabic.stopwords import is_stopword, relative_pronouns
from khulasa.arabic.tokenize import Token, remembered
from khulasa.model import Article, Figure, Sentence
from khulasa.news.attribution import speech_verbs
from khulasa.news.causes import happening_words
from khulasa.news.measures import measure_stems, measure_words
from khulasa.news.places import (
    a_year_of_a_name,
    after_an_event_word,
    capitals,
    countries,
    country_adjectives,
    dateline_place,
    gazetteer,
    glued_in,
    governorates,
    homographs,
    introduced_only,
    lies_elsewhere,
    lineage,
    nationality,
    place_first_words,
    place_parents,
    split_dateline,
)
from khulasa.news.resources import word_set, written_set
from khulasa.news.sources import country_of

CLAUSE_MARKS = ("," , ARABIC_COMMA, ";", chr(0x061B))  # , ، ; ؛ : marks that end a clause
ROUTE_REACH = 5  # a place this many words after a route word (متجهة إلى) is an end of the route
NEAR = 6  # a place inside the chosen one, this many words from it, is the more precise where
PLACING_GAP = 3  # words between a name the gazetteer lacks and the place it is named in (في جنوب ولاية)
RELATIVE_REACH = 5  # words a date may stand after the relative pronoun of a clause said of a place
# a word after a settlement noun (بلدة، ولاية) is a name the gazetteer lacks when the news writes it
# at most this often (in ANT): with the article (بلدة السوسة: 12, حي الطوارق: 38; no adjective of an
# indefinite noun takes it, but a noun in construct does: بلدة الصيد, a fishing town, 90), or without
# it and not shaped like the noun's adjective (ولاية بلاتو: 9; منطقة عازلة: 22, حي سكني)
RARE_NAME = 60
RARE_BARE_NAME = 60
RARE_PLACED_NAME = 500  # ... a name after a settlement noun and before the known place it lies in (بوسط انجلترا)
RARE_SECOND_WORD = 100  # how often the news may write the second word of a name a settlement noun introduces
# ... but shaped like the adjective (ة، ي), only when all but unknown: قرية مشيرفة (never elsewhere in
# ANT) is a village, منطقة عازلة (22), ريفية (24), منكوبة (27) are what the place is
RARE_ADJECTIVE_SHAPED = 10
PLURAL_BARE_MOST = 1  # times a plural may be written bare and still be no name (مصطافين 0; فرعون 7, عابدين 3: names)


@lru_cache(maxsize=1 << 15)
def _is_word(key: str, words: frozenset[str]) -> bool:
    """The word, or the word after a glued ب/ل/و (بمحافظتي), is one of ``words``."""
    # (the proclitic's letter asked first: taking one off is asked of every word of many sentences)
    return with_or_without(key, words, "particle")


@cache
def _introducers() -> frozenset[str]:
    return figure_words("place_intro") | place_words("noun")


@cache
def place_words(kind: str) -> frozenset[str]:
    """Words around a place name that tell it is not where (``news/data/place_words.tsv``)."""
    return word_set("place_words.tsv", kind)


SEVERAL = ""  # the place of a toll over several places with nothing in common short of a country


def _without_landmarks(tokens: list[Token], hits: list[tuple[int, int, bool, str]]) -> list[tuple[int, int, bool, str]]:
    """The hits without a place that says where the place named right before it lies (في منطقة عصيفرة شمال مدينة
    تعز جنوب غرب اليمن: عصيفرة is where, Taiz and Yemen its landmarks; H95's shelled playground had been put in
    Taiz): only a direction (one or two words), and perhaps a town's noun, stand between them."""
    kept = hits[:1]
    for before, hit in zip(hits, hits[1:]):
        between = [t.key for t in tokens[before[0] + before[1]:hit[0]]]
        if between and _is_word(between[-1], place_words("town")):
            between.pop()
        if not (0 < len(between) <= LANDMARK_DIRECTION and all(w in place_words("direction") for w in between)):
            kept.append(hit)
    return kept


LANDMARK_DIRECTION = 2  # words of a direction between a place and its landmark (جنوب غرب)


class Places:
    """The gazetteer places named in a sentence, found once (never inside the name of a
    source), and the words that open what a speaker says or another clause, so that each number
    looks only at the few places nearest it in its own clause."""

    def __init__(
        self, tokens: list[Token], skip: list[tuple[int, int]], text: str = "", established: str | None = None,
        local: Mapping[str, str] | None = None,
    ):
        breaks = either(figure_words("said"), place_words("said"), place_words("clause"))
        self.breaks = [k for k, t in enumerate(tokens) if t.key in breaks and not _names_a_centre(tokens, k)]
        # أن after بعد، قبل opens a clause of time: what it tells is where the count before it happened
        # (قتل ثلاثة رجال شرطة بعد أن أطلق مسلحون هجمات بولاية غزني), but a count after it is its own
        self.ends = [k for k in self.breaks if not _of_time(tokens, k)]
        outside = _outside(tokens, skip)
        self.hits: list[tuple[int, int, bool, str]] = []  # (token index, words, introduced, place)
        country = lineage(established)[-1] if established and known(established) else None
        province = _province_of(established)
        covered = 0  # the words of a place found are not read again (غزة inside قطاع غزة)
        for i in _may_name_a_place(tokens, country is not None, local or {}):
            if outside[i] and i >= covered:
                hit = (
                    place_at(tokens, i) or _introduced_after(tokens, i, text) or _the_country(tokens, i, country)
                    or _the_province(tokens, i, province)
                    or _named_before(tokens, i, local or {}) or _a_countrys_coast(tokens, i)
                    or _a_countrys_capital(tokens, i)
                )
                if hit is not None and (around := _beside_a_town(tokens, i, hit[2])) is not None:
                    hit = (hit[0], hit[1], around)
                if hit is not None and not _not_where(tokens, i, hit[2], established=established):
                    self.hits.append((i, *hit))
                    covered = i + hit[0]
        self.hits += _conflicts(tokens, outside)
        self.hits.sort()
        self.hits = _without_landmarks(tokens, self.hits)
        self.positions = [h[0] for h in self.hits]
        self.tokens = tokens
        self.text = text
        # the words that open a clause of their own (a comma, then و), found once a sentence
        conjunctions = clitic_letters("conjunction")  # (only a word opening with و may open a clause: asked first)
        self.openers = [
            k for k in range(1, len(tokens)) if tokens[k].key[:1] in conjunctions and self._opens_a_clause(k)
        ] if text else []

    def nearest(self, lo: int, hi: int) -> str | None:
        """The gazetteer place nearest the number in its clause, preferring one introduced by a
        preposition (في الغوطة، بلدة كفربطنا). What a speaker says starts after إن/أن: places
        before it describe the speaker (مراقب في بريطانيا); a place beyond فيما، رغم، وسط... is
        another clause's."""
        k = bisect_left(self.breaks, lo)
        left = self.breaks[k - 1] if k > 0 else -1
        if self._opens_a_clause(lo) or self._next_item(lo) or self._item_after_a_comma(lo, hi):
            # ، وأكثر من ثمانين آخرين على جبهة حمورية: a place before the comma is the clause before's;
            # 4 في فلوريدا و5 في فرجينيا: a place just before a count glued to و is the item before's; so is one
            # before a comma when the count has its own (واحد في جورجيا، 7 في فلوريدا)
            left = max(left, lo)
        right = next((b for b in self.ends if b > hi), len(self.tokens))
        # 64 شخصا في أوتار براديش، و43 شخصا في منطقة أغرا: a place past the next clause is its own
        o = bisect_right(self.openers, hi)
        right = min(right, self.openers[o]) if o < len(self.openers) else right
        # an introduced place gains 4 words, so none further than 4 words beyond the nearest
        # place on either side can win
        a = bisect_left(self.positions, lo)
        first = bisect_left(self.positions, max(left, self.positions[a - 1] - 4)) if a > 0 else a
        last = bisect_right(self.positions, self.positions[a] + 4) if a < len(self.positions) else a
        last = min(last, bisect_left(self.positions, right))
        found = []
        for k in range(first, last):
            i, n, introduced, _ = self.hits[k]
            distance = lo - i if i < lo else i - hi
            found.append((distance - (4 if introduced else 0), -n, k))
        if not found:
            return None
        k = min(found)[2]
        items = self._list_around(k)
        if items is None:
            # a place inside it may stand a little further off (أحد أحياء مدينة الصدر في العاصمة
            # العراقية بغداد، موقعا أكثر من 18 قتيلا: مدينة الصدر)
            wide = bisect_left(self.positions, max(left, self.hits[k][0] - NEAR))
            return self._most_precise(k, min(first, wide), last, bisect_left(self.positions, left))
        listing = either(place_words("dual"), place_words("plural"))
        if items and _is_word(self.tokens[self.hits[items[0]][0] - 1].key, listing):
            # a toll of both places of a dual, or of the places a plural lists: the place they lie in (بلدتي حمورية
            # وسقبا: الغوطة الشرقية; من مناطق جوبر، وعربين، وعين ترما), none when only a country holds them
            # (بمحافظتي إدلب وحلب)
            common = [p for p in lineage(self.hits[items[0]][3]) if all(p in lineage(self.hits[j][3]) for j in items)]
            return common[0] if common and common[0] in place_parents() else SEVERAL
        return None  # one of several places (قطاع غزة وإسرائيل، هيروشيما ومناطق أخرى): the article's

    def whole_after(self, hi: int) -> str | None:
        """The place named right after a share and its من (10% من الغوطة الشرقية): the whole the share is
        of, whatever place stands nearer before it (يضم حزرما والنشابية و"على 10% من الغوطة الشرقية")."""
        # (a sign after the digits, 10%, leaves the number's last index on the word after it; ثلث مساحة العراق، نصف
        # أراضي البلاد: the land of a place, with no من)
        for j in (hi, hi + 1, hi + 2):
            if j + 1 < len(self.tokens) and (self.tokens[j].key == "من" or self.tokens[j].key in place_words("land")):
                k = bisect_left(self.positions, j + 1)
                return self.hits[k][3] if k < len(self.positions) and self.positions[k] == j + 1 else None
        return None

    def describes_a_place(self, i: int) -> bool:
        """Token i stands in a relative clause said of a place (القرم التي ضمتها روسيا عام 2014:
        the annexation's year, not the day of a toll counted before it); not one that counts before the
        day, which tells what happened there (اعتداءات بروكسل التي أوقعت 32 قتيلا في 22 آذار/مارس 2016:
        the attacks' day, H1-H101)."""
        relative = relative_pronouns()
        for r in range(i - 1, max(-1, i - RELATIVE_REACH - 1), -1):
            if self.tokens[r].key in relative:
                k = bisect_left(self.positions, r) - 1
                return k >= 0 and sum(self.hits[k][:2]) == r and not any(
                    self.tokens[j].is_number for j in range(r + 1, i)
                )
        return False

    def in_a_relative_clause(self, i: int) -> bool:
        """Token i stands in a relative clause, no number before it there (غزنة التي تعد 280 ألف نسمة، هذه المدينة
        التي يزيد عدد سكانها على 300 ألف نسمة)."""
        relative = relative_pronouns()
        for r in range(i - 1, max(0, i - RELATIVE_REACH - 1), -1):
            if self.tokens[r].key in relative:
                return not any(self.tokens[j].is_number for j in range(r + 1, i))
        return False

    def _opens_a_clause(self, lo: int) -> bool:
        """The number opens a clause of its own: a comma, then و glued to its first word."""
        if lo == 0 or not self.text:
            return False
        key = self.tokens[lo].key
        if key != "و" and unglued(key, "conjunction") == key:
            return False  # (asked first: most words are glued to no و)
        gap = self.text[self.tokens[lo - 1].end:self.tokens[lo].start]
        return any(c in gap for c in CLAUSE_MARKS)

    def _next_item(self, lo: int) -> bool:
        """The number is glued to و right after a place: the next item of a list of counts by
        place (قتلى في فلوريدا و5 في فرجينيا)."""
        key = self.tokens[lo].key
        if lo > 0 and self.tokens[lo - 1].key == "و":
            lo -= 1  # و written apart from digits (و5)
        elif key[:1] != "و" or unglued(key, "conjunction") == key:
            return False
        k = bisect_left(self.positions, lo) - 1
        return lo > 0 and k >= 0 and sum(self.hits[k][:2]) == lo

    def _item_after_a_comma(self, lo: int, hi: int) -> bool:
        """The count follows a comma and has its own place introduced right after it (ثلاثة في ولاية نورث كارولينا،
        واحد في جورجيا، 7 في فلوريدا: a storm's dead by state; a multi-outlet story read in session 38 had the 7 in
        Georgia): an item of a list of counts by place."""
        k = bisect_left(self.positions, hi + 1)  # (asked first: most counts have no place right after them)
        if lo == 0 or not self.text or k == len(self.positions) or self.positions[k] - hi > OWN_PLACE_GAP:
            return False
        gap = self.text[self.tokens[lo - 1].end:self.tokens[lo].start]
        return bool(self.hits[k][2]) and ("," in gap or ARABIC_COMMA in gap)

    def _list_around(self, k: int) -> list[int] | None:
        """The hits of the list of places joined by و that hit k belongs to ([] when the list goes
        on with words: هيروشيما ومناطق أخرى), or None when it is in no list."""
        i, n, _, _ = self.hits[k]
        tokens = self.tokens
        if i + n < len(tokens) and tokens[i + n].key in place_words("others"):
            return []
        start = end = k
        while start > 0 and self._joined(start - 1):
            start -= 1
        while end + 1 < len(self.hits) and self._joined(end):
            end += 1
        return list(range(start, end + 1)) if end > start else None

    def _joined(self, k: int) -> bool:
        """Hit k + 1 follows hit k, glued to و: حمورية وسقبا."""
        nxt = self.hits[k + 1][0]
        return sum(self.hits[k][:2]) == nxt and self.tokens[nxt].key[0] == "و"

    def _most_precise(self, k: int, first: int, last: int, clause: int) -> str:
        """The place, or a place inside it named beside it (دوما بالغوطة الشرقية في سوريا: دوما), or one named in
        it, in a chain reaching back to the clause's first place (``clause``)."""
        i, _, _, place = self.hits[k]
        best, depth_of_best, at = place, depth(place), i
        for j, _, _, other in self.hits[first:last]:
            if abs(j - i) <= NEAR and other != best and place in lineage(other) and depth(other) > depth_of_best:
                best, depth_of_best, at = other, depth(other), j
        country = lineage(best)[-1]
        for j, n, _, other in reversed(self.hits[min(first, clause):last]):
            # بلدة السوسة بريف دير الزور: a name the gazetteer lacks, named in the place; مدينة لشكر كاه في ولاية
            # هلمند: a town the gazetteer puts in the country alone, named in its province
            named_in = [p for p in (i, at) if 0 <= p - (j + n) <= PLACING_GAP]  # (asked first: most are far)
            inside = named_in and (not known(other) or (other != best and lineage(other)[-1] == country))
            if inside and any(self._placing_words(j + n, p) for p in named_in):
                return other
        return best

    def _placing_words(self, lo: int, hi: int) -> bool:
        """The words from ``lo`` up to the place at ``hi`` only put a name in it: none (بريف), في, or a
        settlement noun or a direction after في (لشكر كاه في ولاية هلمند؛ في جنوب)."""
        if hi - lo > PLACING_GAP:
            return False
        between = [self.tokens[k].key for k in range(lo, hi)]
        if hi - lo <= 1:
            return True
        words = either(place_words("in"), place_words("settlement"), place_words("direction"))
        return between[0] in place_words("in") and all(_is_word(w, words) for w in between)


def _introduced_after(tokens: list[Token], i: int, text: str) -> tuple[int, bool, str] | None:
    """``_introduced_name``, but not across a comma from the word before (وداهموا 25 قرية، واستحدثوا 180 نقطة:
    a verb of the next clause, no village's name)."""
    if i > 0 and text and any(c in text[tokens[i - 1].end:tokens[i].start] for c in CLAUSE_MARKS):
        return None
    return _introduced_name(tokens, i)


def _names_a_centre(tokens: list[Token], k: int) -> bool:
    """A clause word followed by a place names the place's centre (وسط نيجيريا: central Nigeria),
    it opens no other clause (وسط مخاوف: amid fears)."""
    return (
        tokens[k].key in place_words("centre") and k + 1 < len(tokens)
        and place_at(tokens, k + 1) is not None
    )


def _of_time(tokens: list[Token], k: int) -> bool:
    """أن after بعد، قبل، منذ opens a clause of time (بعد أن أطلق مسلحون هجمات), not what a speaker says."""
    return k > 0 and _is_word(tokens[k - 1].key, place_words("time_conjunction"))


def _conflicts(tokens: list[Token], outside: list[bool]) -> list[tuple[int, int, bool, str]]:
    """A war named by its country's adjective (النزاع السوري، الحرب اليمنية) as a place: its country."""
    words = place_words("conflict")
    adjectives = country_adjectives()
    # (the whole sentence's words made bare, as the other readers of the sentence ask them: remembered)
    bare = bare_all([t.key for t in tokens])
    return [
        (i, 2, True, adjectives[tokens[i + 1].key])
        for i in range(len(tokens) - 1)
        if bare[i] in words and outside[i] and tokens[i + 1].key in adjectives
    ]


NEAR_INCIDENT_REACH = 8  # words before "near" an incident's word may stand (انفجرت قنبلة مخبأة على دراجة نارية قرب)


def _an_incident_near(tokens: list[Token], k: int) -> bool:
    """An incident's word stands a few words before the word of nearness at ``k``, with no place of
    its own between (غارات جوية على دوما، آخر جيب للمعارضة قرب دمشق: the strikes were on دوما, which
    is near دمشق)."""
    words = either(place_words("incident"), place_words("near_incident"))
    reach = range(k - 1, max(0, k - NEAR_INCIDENT_REACH) - 1, -1)
    at = next((j for j in reach if _is_word(tokens[j].key, words)), None)
    return at is not None and not any(_known_at(tokens, j) for j in range(at + 1, k))


def _named_with_a_year(tokens: list[Token], i: int, j: int) -> bool:
    """A tournament's word before the place (its words from ``i`` to ``j``) and a year right after it: the
    three name an event (مونديال روسيا 2018), not where; not a count of people after a place."""
    if not (j < len(tokens) and tokens[j].is_number and a_year_of_a_name(tokens[j].text)):
        return False
    before = [t.key for t in tokens[max(0, i - 2):i]]  # (the two words before: not the sentence's)
    if not after_an_event_word(before, len(before)):
        return False  # (حرب غزة 2014، "سيناء 2018": fought where they are named)
    after = tokens[j + 1].key if j + 1 < len(tokens) else ""
    return not (after in measure_words() or any(w in after for w in figure_words("people")))


def _not_where(tokens: list[Token], i: int, place: str, clause: bool = True, established: str | None = None) -> bool:
    """A place named as a side (الفصائل الموالية لأنقرة) or a team (منتخب كرواتيا), a landmark (قرب
    دمشق، جنوب بغداد) or as an adjective (15 جنديا تركيا: Turkish soldiers), not as where something
    happened; in a figure's clause, a part of a country (شمال اليمن) says less than the place the
    article established."""
    prev = tokens[i - 1].key if i > 0 else ""
    before = tokens[i - 2].key if i > 1 else ""
    told = _told_by_the_words_before(tokens, i, place, prev, before)
    if told is not None:
        return told
    if prev in place_words("near") or before in place_words("near"):
        # an incident near a place is placed there (انفجرت قنبلة ... قرب بانو، تحطمت قرب قاعدة بوفاريك);
        # anything else near one has it for a landmark (معقل الفصائل قرب دمشق)
        k = i - 1 if prev in place_words("near") else i - 2
        return not _an_incident_near(tokens, k)
    if prev == "من" and before in place_words("ally"):
        return True  # الحوثيين المدعومين من إيران: the side that backs them
    if prev in place_words("exile") or (prev in place_words("in") and before in place_words("exile")):
        return True  # بعد أكثر من سنة في منفاه بتركيا: where someone lived away, not where it happened
    if prev in place_words("between") and unglued(before, "conjunction") in place_words("conflict_between"):
        return True  # الصراع بين نيودلهي وسكان الإقليم: a side of the conflict, not where its toll was
    if _the_other_side(tokens, i):
        return True  # اتفاق بين واشنطن وأنقرة: the other party, not where
    if _south_of(tokens, i):
        return True  # على بعد 100 كيلومتر إلى الجنوب الشرقي من العاصمة طرابلس: a point of reference
    if any(t.key in place_words("route") for t in tokens[max(0, i - ROUTE_REACH):i]):
        return True  # قطار يربط بين مدينتي الدار البيضاء والقنيطرة: an end of its route
    if _in_a_names_words(tokens, i, place, prev):
        return True  # منتخب كرواتيا، مؤتمر بروكسل، صحيفة "ساسكاتون ستار فينيكس"
    if _is_word(prev, place_words("road")) and _of_another_country(place, established):
        return True  # على طريق مكة المكرمة in Mogadishu: a road's name, not where (طريق الموصل in Iraq is near it)
    if prev in place_words("about") or prev in place_words("across"):
        return True  # إعلان ترامب بشأن القدس: what was declared; الهجرة عبر البحر المتوسط: the way, not where
    if i + 1 < len(tokens) and tokens[i + 1].key in _after_a_name() and _a_common_noun_before(tokens, i):
        return True  # مانشستر يونايتد: a club, not where; وفي مشهد آخر: a scene, no Mashhad
    if _is_word(prev, place_words("mission")):
        return True  # اقتحام قنصلية إيران بالبصرة: whose consulate, not where
    if (prev in place_words("toward") and _on_a_journey(tokens, i - 1)) or (
        prev in place_words("to")
        and any(t.key in place_words("bound_for") for t in tokens[max(0, i - 1 - BOUND_REACH):i - 1])
    ):
        return True  # تهريبهم نحو إيطاليا، متجها إلى قبرص: where they were heading
    if prev == "من" and any(t.key in place_words("launched") for t in tokens[max(0, i - 4):i - 1]):
        return True  # صاروخا أطلقه المتمردون من اليمن: where it was fired from
    if before == "من" and _is_word(prev, place_words("settlement")) and any(
        t.key in place_words("launched") for t in tokens[max(0, i - 5):i - 2]
    ):
        return True  # قذيفة أطلقت من منطقة الغوطة الشرقية على ضاحية شرقي دمشق: the same, named with its noun
    country = place not in place_parents()
    prev, before = _before_the_noun(tokens, i, prev, before)
    if prev in place_words("direction") and not country and before in place_words("in"):
        return False  # في غرب كابول: in the city's west, not beside it
    if prev in place_words("direction"):
        # جنوب بغداد is beside Baghdad; a part of a country (جنوب سوريا) is where, but in a figure's
        # clause it says less than a place inside that country the article established (محافظة درعا)
        return not (country and not (clause and established is not None and place in lineage(established)[1:]))
    # a country's name written right after an indefinite noun (جنديا تركيا) is the noun's adjective
    return country and i > 1 and prev.endswith("ا") and tokens[i].key == normalize(place) and tokens[i - 2].is_number


def _told_by_the_words_before(tokens: list[Token], i: int, place: str, prev: str, before: str) -> bool | None:
    """Whether the words right before say the place is not where (see ``_not_where``), when they tell."""
    if _is_word(prev, place_words("coast")) or (prev in place_words("island") and before in place_words("offshore")):
        return False  # غرقوا قبالة سواحل أنطاليا، قبالة جزيرة أغاثونيسي: off a coast or an island is where a wreck is
    if prev in place_words("on") and normalize(place).split()[0] in place_words("sea"):
        return True  # المدينة الإستراتيجية على البحر الأحمر: where the city lies, not where its toll was
    if (prev in place_words("in") and before in place_words("made")) or prev in place_words("seat") or (
        prev in place_words("in") and before in place_words("seat")
    ):
        return True  # أنواعا تم إنتاجها في إيران، المرصد، ومقره بريطانيا: where a thing was made or a body is based
    if prev in place_words("ally") or unglued(prev, "conjunction") in place_words("force") or (
        _speaking(prev, place) or _where_a_noun_lies(tokens, i)
    ):
        # (الفصائل الموالية لأنقرة، قوات سوريا الديمقراطية: a side; أكدت بغداد: its government; الجزيرة الواقعة شرقي
        # البحر المتوسط: where the island the story named lies)
        return True
    if _from_toward(tokens, i, prev, before):
        return True  # إطلاق صاروخ ... من محافظة عمران باتجاه أراضي المملكة: where it came from, not where it fell
    if _came_from(tokens, i, prev, before):
        return True  # ثلاثة من القتلى جاءوا من منطقة فيردلوفوسك: where the dead came from, not where they died
    return None


def _came_from(tokens: list[Token], i: int, prev: str, before: str) -> bool:
    """The place at word ``i`` follows «from» (or «from» and a place noun) right after a verb of coming or descent
    (جاءوا من، ينحدرون من بلدة): people's home, not where what they count happened (H97's mercenaries dead in Syria
    had been placed in the Urals)."""
    back = _from_at(prev, before)
    k = i - back if back is not None else 0
    return k > 0 and unglued(tokens[k - 1].key, "conjunction") in place_words("came")


def _from_at(prev: str, before: str) -> int | None:
    """How many words back «from» stands before a place: right before it (من عمران) or before its place noun (من
    محافظة عمران); None when the place does not follow «from»."""
    if prev == "من":
        return 1
    return 2 if before == "من" and _is_word(prev, place_words("settlement")) else None


FROM_TOWARD_REACH = 3  # words after a place (its own and a word of it) within which «toward» names where it went
LAUNCH_REACH = 20  # words before a place within which a launch (إطلاق صاروخ) makes «from ... toward» its origin


def _from_toward(tokens: list[Token], i: int, prev: str, before: str) -> bool:
    """The place at word ``i`` comes after «from» (من عمران، من محافظة عمران), «toward» follows it, and a missile
    was launched: where it came from (not people moved out: إجلاء المئات من القنيطرة باتجاه الشمال, theirs)."""
    return _from_at(prev, before) is not None and any(
        t.key in place_words("toward") for t in tokens[i + 1:i + 1 + FROM_TOWARD_REACH]
    ) and any(t.key in place_words("launched") for t in tokens[max(0, i - LAUNCH_REACH):i])


def _in_a_names_words(tokens: list[Token], i: int, place: str, prev: str) -> bool:
    """The place's name is part of another name's: a team's (منتخب كرواتيا: not where the match was played), a
    meeting's (مؤتمر بروكسل: where donors met, not where the aid goes; H86), a river bank's (الضفة الغربية لنهر
    الفرات: no West Bank) or a newspaper's (بحسب صحيفة "ساسكاتون ستار فينيكس": not Phoenix)."""
    return (
        prev in place_words("team") or _a_meeting(prev)
        or _a_rivers_side(tokens, i, place) or _in_an_outlets_name(tokens, i)
    )


def _the_other_side(tokens: list[Token], i: int) -> bool:
    """The place at word ``i``, glued to و, follows a one-word place that is a side (اتفاق بين واشنطن وأنقرة)."""
    if i < 3 or tokens[i - 2].key not in place_words("between"):
        return False  # (asked first: «between» two words before; most places have none)
    if unglued(tokens[i].key, "conjunction") == tokens[i].key:
        return False
    opening = unglued(tokens[i - 3].key, "conjunction")
    return opening in place_words("conflict_between") and (tokens[i - 1].key,) in gazetteer()


def _where_a_noun_lies(tokens: list[Token], i: int) -> bool:
    """The place at token i is said to be where a common noun before it lies (انتشلت الشرطة القبرصية 35 مهاجرا ...
    على جانبي الجزيرة الواقعة شرقي البحر المتوسط: H75's Cyprus, not the sea); not a name's (مدينة سيبوت الواقعة في
    وسط جمهورية أفريقيا الوسطى)."""
    for k in range(i - 1, max(0, i - LIES_REACH) - 1, -1):
        key = tokens[k].key
        if key in place_words("lies_in"):
            return k > 0 and tokens[k - 1].key.startswith("ال") and not _known_at(tokens, k - 1)
        if key not in place_words("in") and unglued(key) not in place_words("direction"):
            return False
    return False


OWN_PLACE_GAP = 2  # words from a count to the place introduced right after it (7 في فلوريدا، 3 قتلى بفلوريدا)
LIES_REACH = 3  # words back from a place its «lies in» may stand (الواقعة في جنوب شرق)


@cache
def _after_a_name() -> frozenset[str]:
    """The words after a place's that may make it a club's name or a common noun (asked first, of every place)."""
    return place_words("club") | place_words("another")


def _a_common_noun_before(tokens: list[Token], i: int) -> bool:
    """The word after the place's makes it a club's name (مانشستر يونايتد) or a common noun (مشهد آخر, with no mark
    between: a word a place's name is too)."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return after.key in place_words("club") or (
        after.key in place_words("another") and after.start == tokens[i].end + 1
    )


def _before_the_noun(tokens: list[Token], i: int, prev: str, before: str) -> tuple[str, str]:
    """The two words before the place named at ``i`` past the noun of a capital before it: a direction
    before those is said of the place (شمال العاصمة مانيلا: beside it; في جنوب العاصمة طرابلس: in it)."""
    if i > 1 and _is_word(prev, place_words("capital")):
        return before, tokens[i - 3].key if i > 2 else ""
    if prev in country_adjectives() and _is_word(before, place_words("capital")) and i > 2:
        # ضاحية شرقي العاصمة السورية دمشق: the same, the capital's country said (في غربي العاصمة البريطانية لندن: in it)
        return tokens[i - 3].key, tokens[i - 4].key if i > 3 else ""
    return prev, before


def _beside_a_town(tokens: list[Token], i: int, place: str) -> str | None:
    """The place a town named at ``i`` lies in, when a direction before the town's noun puts what happened
    beside the town, outside it (شرق مدينة زوارة: Libya; شرق مخيم جباليا: the Gaza Strip; not في شرق مدينة, in
    its east, nor شمالي محافظة صعدة, a region's north)."""
    direction = i > 1 and tokens[i - 2].key in place_words("direction")
    if not direction or not _is_word(tokens[i - 1].key, place_words("town")):
        return None
    if i > 2 and (tokens[i - 3].key in place_words("in") or _is_word(tokens[i - 3].key, place_words("quarter"))):
        return None  # (في شرق مدينة، أحياء شرق مدينة حلب: in its east, its quarters)
    if place in governorates():
        return None  # جنوبي مدينة الحديدة: its governorate still, named as the town (the gazetteer keeps one of them)
    around = lineage(place)
    return around[1] if len(around) > 1 else None


def _a_rivers_side(tokens: list[Token], i: int, place: str) -> bool:
    """The place named at ``i`` is a river's side (قرى في الضفة الغربية لنهر الفرات), no place of that name."""
    after = i + len(place.split())
    return after < len(tokens) and tokens[after].key in place_words("of_a_river")


def _speaking(prev: str, place: str) -> bool:
    """A country or its capital right after a verb of saying or accusing is its government speaking (أكدت بغداد أنها
    لا تنسق، أعلنت دمشق، الذي تتهمه أنقرة), and a country after a verb of striking the side that struck (قصفت
    إسرائيل), not where anything happened."""
    verb = unglued(prev, "conjunction") if prev else ""
    if verb in place_words("attack_verb"):
        return known(place) and depth(place) == 0  # قصفت إسرائيل ... 50 هدفا: the side that struck
    return (verb in speech_verbs() or verb in place_words("government_verb")) and known(place) and depth(place) <= 1


OUTLET_NAME_REACH = 3  # words of an outlet's name before a place inside it (صحيفة "ساسكاتون ستار فينيكس")


def _in_an_outlets_name(tokens: list[Token], i: int) -> bool:
    """The place at token i is a word of the name an outlet's noun opens a few words before (صحيفة
    "ساسكاتون ستار فينيكس") or of the name a march or an operation is given (تظاهرة تحمل اسم "انتفاضة
    القدس"، تحت شعار "جمعة ثوار من أجل القدس": Gaza's dead had been placed in Jerusalem): no word
    between is a number, a preposition or glued to one (صحيفة محلية بفينيكس is where the newspaper is)."""
    return _in_a_name(tokens, i, place_words("outlet"), OUTLET_NAME_REACH) or _in_a_name(
        tokens, i, place_words("naming"), GIVEN_NAME_REACH, placing_ends=True
    )


GIVEN_NAME_REACH = 5  # words of a given name before a place inside it (شعار "جمعة ثوار من أجل القدس")


def _in_a_name(tokens: list[Token], i: int, nouns: frozenset[str], reach: int, placing_ends: bool = False) -> bool:
    """A noun of ``nouns`` opens a name within ``reach`` words before token i, nothing between that places
    what follows; ``placing_ends``: a direction or a settlement's noun ends a given name too (اسم "الشهداء"
    شرقي مدينة غزة: past the name)."""
    keys = [t.key for t in tokens[max(0, i - reach):i]]
    if nouns.isdisjoint(keys):
        return False  # (most places: no such noun before them)
    in_, glued = place_words("in"), glued_in()
    for k in range(i - 1, max(-1, i - reach - 1), -1):
        key = tokens[k].key
        if key in nouns:
            return True
        if key in in_ or key[:1] in glued or tokens[k].is_number or (placing_ends and _places_after(key)):
            return False
    return False


def _places_after(key: str) -> bool:
    """A direction or a settlement's noun places what follows it."""
    return key in place_words("direction") or _is_word(key, place_words("settlement"))


def _south_of(tokens: list[Token], i: int) -> bool:
    """The place at token i follows a definite direction and من (إلى الشمال من دمشق، الجنوب الشرقي من
    العاصمة طرابلس): what is named lies beside it, some way off."""
    k = i - 1 if i > 0 and tokens[i - 1].key == "من" else i - 2
    if k < 1 or tokens[k].key != "من" or (k == i - 2 and not _is_word(tokens[i - 1].key, place_words("capital"))):
        return False
    return tokens[k - 1].key in place_words("direction_of")


BOUND_REACH = 3  # words before إلى a word of heading for may stand (متجه من لبنان إلى قبرص)
JOURNEY_REACH = 3  # words before "toward" a word of a journey may stand (عملية تهريبهم نحو)


def _on_a_journey(tokens: list[Token], k: int) -> bool:
    """A word of people's journey (تهريبهم، أبحروا) stands a few words before word ``k``."""
    return any(
        unglued(t.key, "conjunction") in place_words("journey") for t in tokens[max(0, k - JOURNEY_REACH):k]
    )


def _of_another_country(place: str, established: str | None) -> bool:
    """The place lies in another country than the place the article established."""
    if established is None or not known(established):
        return False
    return lineage(place)[-1] != lineage(established)[-1]


def _outside(tokens: list[Token], skip: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it starts outside every (start, end) span of ``skip``."""
    spans = sorted(skip)
    out = []
    k, reach = 0, -1  # reach: the furthest end of the spans opened so far
    for t in tokens:
        while k < len(spans) and spans[k][0] <= t.start:
            reach = max(reach, spans[k][1])
            k += 1
        out.append(not t.start < reach)
    return out


def place_at(tokens: list[Token], i: int) -> tuple[int, bool, str] | None:
    """(words, introduced, place) of the gazetteer place starting at token i, longest first."""
    places = gazetteer()
    first_words = place_first_words()
    if tokens[i].key not in first_words and unglued(tokens[i].key) not in first_words:
        return None
    for n in (3, 2, 1):
        keys = [t.key for t in tokens[i:i + n]]
        if len(keys) < n:
            continue
        for cand in (tuple(keys), (unglued(keys[0]),) + tuple(keys[1:])):
            if cand != tuple(keys) and _a_word_of_its_own(keys[0]):
                continue  # فريدة (unique), فقيرة (poor): a word, not ف before ريدة or قيرة
            if cand in places:
                if cand == tuple(keys) and i > 0 and tokens[i - 1].key.isdigit() and (
                    tokens[i].start - tokens[i - 1].end <= 1
                ):
                    return None  # the noun a count counts (مقتل 5 مدنين، 30 سوريا: civilians, Syrians), no place
                introduced = (cand != tuple(keys) and keys[0][0] in glued_in()) or (
                    i > 0 and _is_word(tokens[i - 1].key, _introducers())
                )
                if places[cand] in homographs() and ("\u064b" in tokens[i].text or keys[0].startswith("ال")):
                    return None  # دوماً (always), مجلس الدوما (Russia's parliament): the word, not Douma
                if cand != tuple(keys) and _a_pretext(tokens, i, keys[0]):
                    return None  # بحجة الدفاع عن النفس (on the pretext of), not Hajjah, unless a region's noun says so
                if places[cand] in introduced_only() and (not introduced or _caused_in(tokens, i)):
                    return None  # دعم مالي (financial support), not Mali; تسبب في سيول (caused floods), not Seoul
                if i + n < len(tokens) and f"{keys[-1]} {tokens[i + n].key}" in place_words("not_place_before"):
                    return None  # الرباط الصليبي (the cruciate ligament), مسقط رأسه (his birthplace)
                if _named_with_a_year(tokens, i, i + n):
                    return None  # مونديال روسيا 2018، كأس العالم قطر 2022: a tournament's name, not where
                if i > 0 and f"{unglued(tokens[i - 1].key, 'particle')} {keys[0]}" in place_words("not_place_after"):
                    return None  # في الأجل القصير (the short term), not al-Qusayr; بحمى القرم (a fever), not Crimea
                return n, introduced, places[cand]
    return None


def _a_pretext(tokens: list[Token], i: int, key: str) -> bool:
    """The word as written, a preposition glued to it, is a common phrase written like a place (بحجة: on the pretext,
    a real multi-outlet story read in session 28 placed Gaza's dead in Hajjah), and no settlement's noun stands right
    before it (بمحافظة حجة is written apart)."""
    if key not in place_words("glued_phrase") and unglued(key, "conjunction") not in place_words("glued_phrase"):
        return False
    return not (i > 0 and _is_word(tokens[i - 1].key, place_words("noun")))


def _glued_b(key: str) -> bool:
    """A ب is glued to the word (بسيول، بمقتل)."""
    return key[:1] in clitic_letters("preposition_b") and unglued(key) != key


def _caused_with_b(tokens: list[Token], i: int) -> bool:
    """A verb of causing stands a few words before the word ب is glued to, with no complement of its own with ب
    between them (تسبب به مسلحون بمالي) nor right after the word (تسبب انفجار بمالي بمقتل 5): the ب is the verb's."""
    causing = place_words("caused_in")
    verb = next((k for k in range(i - 1, max(-1, i - 1 - CAUSER_WORDS), -1)
                 if unglued(tokens[k].key, "conjunction") in causing), None)
    if verb is None or any(_glued_b(tokens[k].key) or tokens[k].key in place_words("b_pronoun")
                           for k in range(verb + 1, i)):
        return False
    return not (i + 1 < len(tokens) and _glued_b(tokens[i + 1].key))


def _caused_in(tokens: list[Token], i: int) -> bool:
    """The preposition before the word is a verb's of causing, its subject alone between them (تسبب الإعصار في سيول
    حاصرت المنازل، أدى الإعصار إلى سيول: a real multi-outlet story read in session 28 had Mekunu's missing in Seoul):
    what was caused, not a place's introduction. Each verb has its own preposition, and a في whose verb's complement
    follows with ب is the subject's (تسبب انفجار في مالي بمقتل 5؛ أدى هجوم في مالي إلى مقتل 10). A ب glued to the word
    is the verb's too (أمطار غزيرة تضرب دمشق وتتسبب بسيول مفاجئة: a whole-store draw of session 48 had Damascus's
    flood hurt placed in Seoul)."""
    if _glued_b(tokens[i].key):
        return _caused_with_b(tokens, i)
    if i < 2:
        return False
    prep = tokens[i - 1].key
    verbs = place_words("caused_in") if prep in place_words("in") else (
        place_words("led_to") if prep in place_words("to") else frozenset())
    if not any(unglued(t.key, "conjunction") in verbs for t in tokens[max(0, i - 1 - CAUSER_WORDS):i - 1]):
        return False
    after = tokens[i + 1].key if i + 1 < len(tokens) else ""
    return prep not in place_words("in") or not _glued_b(after)


CAUSER_WORDS = 3  # words of who caused it between the verb and its preposition (تسبب إعصار ميكونو في سيول)


def _a_word_of_its_own(key: str) -> bool:
    """A word starting with ف the news writes often as it is (فريدة 118 times, فقيرة 44): no place with ف
    glued to it (فحلب، فبغداد are written 0 times)."""
    return key[:1] in clitic_letters("conjunction_fa") and lexicon().freq(key) > RARE_GLUED


RARE_GLUED = 10  # times the news may write a word beginning with ف that is still ف and a place


def known(place: str) -> bool:
    """The gazetteer knows the place: it lies in another, or others lie in it, or it is a country."""
    return place in place_parents() or place in _countries()


@cache
def _a_country(place: str) -> bool:
    """A place of the gazetteer that lies in no other (بنما، بلجيكا): a country."""
    return place in _places() and depth(place) == 0


@cache
def _places() -> frozenset[str]:
    return frozenset(gazetteer().values())


@cache
def _countries() -> frozenset[str]:
    """The places others lie in, and every country, whether the gazetteer names a place inside it or
    not (طاجيكستان: a name no settlement noun need introduce; ساحل العاج, with no adjective read)."""
    return frozenset(place_parents().values()) | frozenset(country_adjectives().values()) | countries()


def _the_country(tokens: list[Token], i: int, country: str | None) -> tuple[int, bool, str] | None:
    """"The country" (البلاد، بالبلاد) is the country of the place the article established: 80
    في المئة من مساحة البلاد in a story set in Saada is Yemen's share."""
    if country is None or not _is_word(tokens[i].key, place_words("the_country")):
        return None
    return 1, False, country


@lru_cache(maxsize=1024)
def _province_of(established: str | None) -> str | None:
    """The governorate the article's established place lies in (or is), if the gazetteer knows one."""
    if not established or not known(established):
        return None
    return next((p for p in lineage(established) if p in governorates()), None)


def _the_province(tokens: list[Token], i: int, province: str | None) -> tuple[int, bool, str] | None:
    """«In the governorate» (في المحافظة) is the governorate of the place the article established: Sweida's 220 dead
    «قتلوا في المحافظة الواقعة جنوبي سوريا», not a quarter of its city the next sentences name."""
    if province is None or i == 0 or tokens[i - 1].key not in place_words("in"):
        return None
    return (1, False, province) if tokens[i].key in place_words("the_province") else None


def _a_countrys_coast(tokens: list[Token], i: int) -> tuple[int, bool, str] | None:
    """(2, introduced, the country) of a country's coast named by its adjective (قبالة السواحل
    الليبية، بالساحل اليمني): a wreck off it is the country's, as off its name (قبالة سواحل ليبيا)."""
    if i + 1 >= len(tokens) or unglued(tokens[i].key) not in _coasts():
        return None
    country = country_adjectives().get(tokens[i + 1].key)
    return None if country is None else (2, True, country)


def _a_countrys_capital(tokens: list[Token], i: int) -> tuple[int, bool, str] | None:
    """(2, introduced, the capital) of «the capital» said with its country's adjective and not named after it (أصيب 18
    في العاصمة الهندية: New Delhi; العاصمة الأفغانية كابول names it, as its own hit)."""
    if i + 1 >= len(tokens) or unglued(tokens[i].key) not in _the_capital_words() or (
        i + 2 < len(tokens) and place_at(tokens, i + 2) is not None
    ):
        return None  # (في العاصمة الأمريكية واشنطن: the name after it is the capital's own hit)
    country = country_adjectives().get(tokens[i + 1].key)
    return None if country is None or country not in capitals() else (2, True, capitals()[country])


@cache
def _the_capital_words() -> frozenset[str]:
    """The capital's noun with the article (العاصمة): a capital word without it (عاصمة مدغشقر) names one after it."""
    return frozenset(w for w in place_words("capital") if w.startswith("ال"))


@cache
def _coasts() -> frozenset[str]:
    """The coast words with the article (السواحل، الساحل): the coast an adjective after them names."""
    return frozenset("ال" + w for w in place_words("coast"))


def _known_at(tokens: list[Token], i: int) -> bool:
    return place_at(tokens, i) is not None


def _name_if_rare(tokens: list[Token], i: int, most: int = RARE_BARE_NAME) -> tuple[int, bool, str] | None:
    """(1, introduced, the word without its vowel marks: خيراغارَ is خيراغار) of a word the news
    writes at most ``most`` times and that is no word of its tables (مدينة يقطنها 300 ألف شخص:
    يقطنها is a population's word), as a place's name."""
    key, text = tokens[i].key, strip_diacritics(tokens[i].text)
    if not text.isalpha() or key in measure_words() or is_stopword(key) or lexicon().freq(key) > most:
        return None
    return 1, True, text


def _introduced_name(tokens: list[Token], i: int) -> tuple[int, bool, str] | None:
    """(1, introduced, the name as written) of a place the gazetteer lacks, named right after an
    indefinite settlement noun (قرية خيراغار، ولاية بلاتو، بلدة السوسة) or right before the words
    that make it a known place's capital (في انتاناناريفو عاصمة مدغشقر), else None."""
    # (a definite capital word names the capital after it: شهدتهما العاصمة كابول, Kabul, not the verb before)
    capital = i + 2 < len(tokens) and tokens[i + 1].key in place_words("capital")
    if capital and not tokens[i + 1].key.startswith("ال") and (
        _known_at(tokens, i + 2)
        or (i + 3 < len(tokens) and _is_word(tokens[i + 2].key, place_words("settlement")) and (
            _known_at(tokens, i + 3) or _introduced_name(tokens, i + 3) is not None
        ))
        or (i > 0 and tokens[i - 1].key in place_words("in") and not tokens[i + 1].key.startswith("ال"))
    ):  # (في ماكوردي عاصمة ولاية بينو: the capital of a state named with its noun; في فريدريكتون، عاصمة نيو
        # برونزويك: a rare name introduced as where and called a capital, whatever it is the capital of;
        # not في ميترو العاصمة, the capital's metro)
        return _name_if_rare(tokens, i)
    # في سيفاري بوسط مالي: a town placed in a known place after it (or said to be its largest city); not a noun with its
    # pronoun (في منفاه بتركيا) nor a common noun, written with the article too (في مزرعة بمديرية التحيتا)
    # (nor a common noun written with its article, which the news writes bare as often: في المصفاة الواقعة جنوب
    # محافظة خوزستان, the refinery; a town's name with the article is hardly ever written without it: الزوايدة)
    if i > 0 and tokens[i - 1].key in place_words("in") and not _written_the_other_way(tokens[i].key) and (
        _placed_in_next(tokens, i + 1) or _a_largest_city(tokens, i)
    ):
        return None if tokens[i].text.endswith(tuple(place_words("pronoun_suffix"))) else _name_if_rare(tokens, i)
    if i == 0 or not _is_word(tokens[i - 1].key, either(place_words("settlement"), place_words("coast"))):
        return None  # (قبالة سواحل القره بوللي: a coast names its town as a settlement noun does)
    key = tokens[i].key
    adjectives = country_adjectives()
    if _is_word(key, place_words("settlement")) or key in adjectives or "ال" + key in adjectives:
        return _in_the_country_of_its_adjective(tokens, i)  # (no name: جزيرة إندونيسية، مدينة سورية)
    if unglued(key) in place_words("throughout"):
        return None  # في 19 مدينة بأنحاء البلاد: across the country, no town's name
    if key.startswith("لل") or _for_whom(key):
        return None  # قاعدة للمارينز، مخيم لناشطين مدافعين عن البيئة: whose the base or camp is, not its name
    if _is_word(key, place_words("name_head")) and i + 1 < len(tokens):
        return _two_word_name(tokens, i)
    if key.startswith("ال"):
        hit = _name_if_rare(tokens, i, RARE_NAME) if len(key) > 4 else None
        return _with_second_word(tokens, i, hit)  # (سواحل القره بوللي)
    if len(key) < 3 or key.endswith(tuple(place_words("object_suffix"))):
        # (منطقة غمرتها المياه: a verb with its object describes the area, names none)
        return None
    if _a_relative_adjective(key):
        return None  # مخيم إغاثي: of relief (إغاثة), what the camp is, not its name
    if key.startswith(tuple(place_words("imperfect_prefix"))) and i + 1 < len(tokens) and (
        tokens[i + 1].key in place_words("resumptive")
    ):
        return None  # منطقة يحارب فيها الطرفان: a verb of a relative clause, pointing back to the area
    # منطقة عازلة، حي سكني: a word shaped like the noun's adjective must be all but unknown
    # (... unless a town's noun introduces it and the news never writes it with the article, as it writes every
    # adjective: مدينة جرادة; a region's noun introduces the regions and islands the gazetteer ought to know)
    # (not a verb, which the news never writes with the article either: في مخيم يأوي، مخيم يقطنه، تؤوي)
    if key.endswith(tuple(place_words("plural_ending"))) and lexicon().freq("ال" + key) > 0 and (
        lexicon().freq(key) <= PLURAL_BARE_MOST
    ):
        return None  # a plural the news writes with the article, never bare, says whom it is for: مخيم مصطافين
    return _with_second_word(tokens, i, _name_if_rare(tokens, i, _most_written(tokens, i)))


def _for_whom(key: str) -> bool:
    """A ل glued to a word the news writes often (لناشطين: for activists; H105's Nantes camp had been a place called
    «لناشطين مدافعين»): whom the settlement is for, not its name (لندن، لاهاي: no common word after their ل)."""
    return key.startswith(LAM) and lexicon().freq(key[1:]) > RARE_BARE_NAME


def _written_the_other_way(key: str) -> bool:
    """The news writes the word with the article if it is bare (مزرعة: المزرعة), or bare at least as often as with
    it if it has the article (المصفاة: مصفاة): a common noun, no place's name."""
    if not key.startswith("ال"):
        return lexicon().freq("ال" + key) > 0
    return lexicon().freq(key[2:]) >= lexicon().freq(key) > 0


def _most_written(tokens: list[Token], i: int) -> int:
    """How often the news may write the word at ``i``, after a settlement noun, for it to be a name: seldom when
    shaped like an adjective; often when a known place it lies in follows it (a club's name too: في مدينة ليستر بوسط
    انجلترا, a held-out set's Leicester; not a direction itself, في مخيم بشمال شرق نيجيريا)."""
    key = tokens[i].key
    shaped = key.endswith(("ه", "ي")) and (
        not _is_word(tokens[i - 1].key, place_words("town")) or lexicon().freq("ال" + key) > 0
        or key.startswith(tuple(place_words("imperfect_prefix")))
    )
    if shaped:
        return RARE_ADJECTIVE_SHAPED
    direction = _is_word(key, either(place_words("direction"), place_words("centre")))
    return RARE_PLACED_NAME if _in_a_known_place_next(tokens, i + 1) and not direction else RARE_BARE_NAME


def _in_a_known_place_next(tokens: list[Token], k: int) -> bool:
    """Token k names a known place the word before lies in, itself or a part of it (بإنجلترا، بوسط انجلترا); not
    «lying» with nothing known after (ولاية زيهوفر الواقعة في جنوب البلاد: a man's state, a review of session 34)."""
    if k >= len(tokens):
        return False
    key = tokens[k].key
    glued = key[:1] in glued_in()
    if glued and _known_at(tokens, k):
        return True
    parts = either(place_words("direction"), place_words("centre"), place_words("division"))
    return (key[1:] if glued else key) in parts and k + 1 < len(tokens) and _known_at(tokens, k + 1)


def _in_the_country_of_its_adjective(tokens: list[Token], i: int) -> tuple[int, bool, str] | None:
    """A town's or a division's noun before a country's adjective at ``i`` says it lies in that country (في 12 محافظة
    يمنية: in Yemen); an island's, a camp's or a base's says no name (جزيرة إندونيسية) or whose it is (مخيم فلسطيني،
    قاعدة أمريكية)."""
    noun = tokens[i - 1].key
    if "ال" + tokens[i].key not in country_adjectives() or not _is_word(
        noun, either(place_words("division"), place_words("town"))
    ):
        return None
    if _is_word(noun, place_words("not_by_adjective")):
        return None
    return 1, True, country_adjectives()["ال" + tokens[i].key]


def _with_second_word(
    tokens: list[Token], i: int, hit: tuple[int, bool, str] | None
) -> tuple[int, bool, str] | None:
    """The name found at ``i`` with the rare word after it, when one goes on it (مدينة كايب تاون)."""
    if hit is not None and i + 1 < len(tokens) and _rare_second_word(tokens, i + 1) and not (
        i + 2 < len(tokens) and _rare_second_word(tokens, i + 2)
    ):  # (ولاية هيرات جيلاني فرهد: two rare words after the name are a person's, its governor's spokesman)
        return 2, True, f"{hit[2]} {strip_diacritics(tokens[i + 1].text)}"
    return hit


def _rare_second_word(tokens: list[Token], k: int) -> bool:
    """Word ``k`` goes on the rare name before it (كايب تاون، سان خوسيه، القره بوللي): no mark between, a word
    the news all but never writes, with its clitics or without (بمحافظة is no name), no place and no
    adjective."""
    t = tokens[k]
    return (
        t.start == tokens[k - 1].end + 1 and t.text.isalpha() and not t.key.startswith("ال")
        and t.key not in place_words("lies_in")  # (منطقة نتساريم تابعا للتشكيلات: where it belongs, no name)
        # (منطقة مويالي لملاحقة: a word common without its clitic, ب or ل, is no name's)
        and lexicon().freq(unglued(t.key)) <= RARE_SECOND_WORD
        # (قرية المشارفة وأودى بحياة: a word the conjunction opens, common without it, is the next clause's)
        and lexicon().freq(unglued(t.key, "conjunction")) <= RARE_SECOND_WORD
        and lexicon().freq(t.key) <= RARE_SECOND_WORD
        # (قاعدة بولومرير وموقعين آخرين: a word the news writes more often without its و is the next item; قرية شقب
        # بالحيمة: a definite word after ب or ل says where the name lies)
        and not (t.key[:1] == "و" and lexicon().freq(t.key[1:]) > lexicon().freq(t.key))
        and not t.key.startswith(_definite_after_a_preposition())
        and not is_stopword(t.key) and t.key not in measure_words() and not _known_at(tokens, k)
        and t.key not in country_adjectives()
    )


@cache
def _definite_after_a_preposition() -> tuple[str, ...]:
    """How a definite word opens after ب or ل glued to it (بالحيمة، للقرية), as place_words.tsv lists it."""
    return tuple(place_words("definite_after_preposition"))


def _a_relative_adjective(key: str) -> bool:
    """The word is the relative adjective (ي، يه) of a noun the news writes often (إغاثي of إغاثة،
    سكني of سكن): it says what a place is, it names none."""
    for ending in ("يه", "ي"):
        if key.endswith(ending) and len(key) > len(ending) + 2:
            base = key[: -len(ending)]
            if max(lexicon().freq(base), lexicon().freq(base + "ه")) > RARE_NAME:
                return True
    return False


def _two_word_name(tokens: list[Token], i: int) -> tuple[int, bool, str] | None:
    """(2, introduced, the two words) of a name that starts with a word such names start with
    (بلدة بني قيس), its second word a name: no word of the tables, no place of the gazetteer."""
    second = tokens[i + 1]
    if not second.text.isalpha() or is_stopword(second.key) or second.key in measure_words():
        return None
    if _known_at(tokens, i + 1):
        return None
    return 2, True, f"{strip_diacritics(tokens[i].text)} {strip_diacritics(second.text)}"


def _a_largest_city(tokens: list[Token], i: int) -> bool:
    """The word at ``i`` is said to be the (second) largest city of a known place (بواكيه، ثاني كبرى مدن كوت
    ديفوار)."""
    k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].key in place_words("largest_ordinal"))
    return k + 2 < len(tokens) and tokens[k].key in place_words("largest") and (
        tokens[k + 1].key in place_words("largest_of") and _known_at(tokens, k + 2)
    )


def _placed_in_next(tokens: list[Token], k: int) -> bool:
    """Token k places what is before it in a known place: glued to ب (بمالي), or a part or a province of one
    (بوسط مالي، شمال مالي، بإقليم أرتيبونيه، في ولاية بورنو), or says it lies somewhere (الواقعة)."""
    if k >= len(tokens):
        return False
    key = tokens[k].key
    if key in place_words("lies_in"):
        return True  # في عبدان، الواقعة على بعد 12 كيلومترا من خورامشهر: said to lie somewhere, a place
    if key in place_words("in") and k + 2 < len(tokens) and _is_word(tokens[k + 1].key, place_words("division")):
        return True  # في غروس مورن في إقليم أرتيبونيه: a town in the province named after it, known or not
    return _in_a_known_place_next(tokens, k)


def with_established_place(
    sentences: list[Sentence], figures: list[Figure], place: str | None,
    history: Callable[[Figure], bool] | None = None, country: str | None = None,
    narrowed: tuple[str, int] | None = None,
) -> list[Figure]:
    """A figure whose clause names no place is about the place the article has established:
    the most precise place its title and lead name (سوريا.. مقتل 30 في قصف على إدلب: إدلب;
    news states the where once, up front, country first). Not a figure of history (``history``:
    عندما طُرد مئات الآلاف من منازلهم في عام 1948, in a story set in Gaza), which is not about
    the story's event. ``place``: the article's established place (``established_place``);
    ``country``: the one its title or lead names by an adjective only (``country_by_adjective``),
    taken last; ``narrowed``: the place inside the established country the next sentences put the
    incident in, and the sentence that does (``narrowed_country``): what befell people in other
    sentences is about it (the sentence's own figures were found to be about none of its places)."""
    if all(f.place is not None for f in figures):
        return [f if f.place != SEVERAL else replace(f, place=None) for f in figures]
    # an incident's toll whose title and lead name no place is where the next sentences first put
    # it (قال مسؤولون إن ربان العبارة الإندونيسية ...، then وغرقت العبارة قرب جزيرة سولاويسي)
    unplaced = place is None and any(f.place is None and f.measure in INCIDENT_MEASURES for f in figures)
    later = _told_next(sentences) if unplaced else {}
    past = {k for k, f in enumerate(figures) if f.place is None and history and history(f)}
    worldwide = _worldwide(sentences, figures) | _world_market(sentences, figures)
    wars = {s.start for s in sentences if tells_a_war_toll(s.text)} if narrowed else set()
    fallback = {
        k: (narrowed[0] if (
            narrowed and f.measure in INCIDENT_MEASURES and f.sentence_start != narrowed[1]
            and f.sentence_start not in wars  # (what a war cost is the country's, not the day's incident's)
        ) else None)
        or place
        or (_later_place(later, f) if f.measure in INCIDENT_MEASURES else None) or country
        for k, f in enumerate(figures) if f.place is None and k not in past and k not in worldwide
    }
    # an earlier incident's toll the article recalls (وفي 1995، قضى 289 شخصا في حريق شبّ في ميترو العاصمة) is of the
    # story's country; a history of people driven out (طُرد مئات الآلاف من منازلهم في عام 1948) is no incident's
    home = lineage(place)[-1] if place and known(place) else country
    # (but the displaced a war's toll counts beside its dead are its: حوالى 120 ألف قتيل ومئات الآلاف من النازحين)
    tolled = {figures[k].sentence_start for k in past if figures[k].measure in INCIDENT_MEASURES}
    fallback.update({
        k: home for k in past
        if home and (
            figures[k].measure in INCIDENT_MEASURES
            or (figures[k].measure == "displaced" and figures[k].sentence_start in tolled)
        )
    })
    spoken = {k: _speaks_for(figures[k], where) for k, where in fallback.items()}
    # the country a source speaks for is its sentence's (وزارة الصحة الفلسطينية ... مقتل ثلاثة فلسطينيين،
    # أسفر أيضا عن جرح سبعة إسرائيليين، بحسب الجيش الإسرائيلي: the seven are Gaza's fighting's too)
    told = {figures[k].sentence_start: where for k, where in spoken.items() if where != fallback[k]}
    # (a figure with no place and no fallback keeps itself: most figures, not copied for nothing)
    return [
        f if f.place or (f.place is None and k not in spoken) else replace(
            f, place=told.get(f.sentence_start, spoken[k]) if k in spoken else None
        )
        for k, f in enumerate(figures)
    ]


FRONTED_WORDS = 4  # words from a sentence's start within which its fronted place opens (وفي جبهة الساحل الغربي)


def with_fronted_place(sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A figure whose clause names no place, in a sentence going on from the one before (كما ألقت قوات الجيش القبض
    على عشرات), is about the place that sentence opened on (وفي جبهة الساحل الغربي لقي أكثر من 60 عنصراً مصرعهم):
    the report moved there, and the article's established place (the lead's air strike in al-Jawf) is no nearer."""
    unplaced = {f.sentence_start for f in figures if f.place is None}
    if not unplaced:
        return figures
    body = [s for s in sentences if s.kind == "body"]
    fronted = {
        b.start: where for a, b in zip(body, body[1:])
        if b.start in unplaced and _goes_on(b.text) and (where := _fronted_place(a.text)) is not None
    }
    return [
        replace(f, place=fronted[f.sentence_start]) if f.place is None and f.sentence_start in fronted else f
        for f in figures
    ]


def _first_word(text: str) -> str:
    """A sentence's first word, normalised, without marks around it (its first word only: no sentence is read
    whole for it)."""
    first = text.split(maxsplit=1)[:1]
    return normalize(first[0].strip(_WORD_MARKS)) if first else ""


_WORD_MARKS = "\"'«»“”()[].,:;\u060c\u061b-"


def _goes_on(text: str) -> bool:
    return _first_word(text) in place_words("likewise")


def _fronted_place(text: str) -> str | None:
    """The place a sentence opens on (وفي جبهة الساحل الغربي، وفي محافظة صعدة), if any."""
    if _first_word(text) not in place_words("fronted_in"):
        return None
    tokens = remembered(text)
    return next((hit[2] for i, hit in _where_hits(tokens) if i <= FRONTED_WORDS), None)


def with_sentence_place(figures: list[Figure]) -> list[Figure]:
    """A figure whose clause names no place, told after one of its sentence whose clause did, is about that
    place (وقتل في الحرب اليمنية 10 آلاف شخص، بينما نزح نحو 3 ملايين عن ديارهم): a sentence that moves
    elsewhere names where, and the article's established place is no nearer (a story dated in Hodeidah tells
    the war's toll in Yemen, بينما تقول الأمم المتحدة إن ثلث الضحايا هم مدنيون)."""
    placed: dict[int, tuple[str, str | None]] = {}  # sentence -> the place of its last placed figure, and its speaker
    out = []
    for f in sorted(figures, key=lambda f: f.start):
        where, said_by = placed.get(f.sentence_start, (None, None))
        if f.place is None and where is not None and f.source == said_by:
            f = replace(f, place=where)  # (not what another speaker says: بينما تقدر الأمم المتحدة أن 3 ملايين نزحوا)
        elif f.place is not None and f.place != SEVERAL:
            placed[f.sentence_start] = (f.place, f.source)
        out.append(f)
    return out


def with_places_recalled(
    sentences: list[Sentence], figures: list[Figure], where: str | None, earlier: Callable[[Figure], bool],
) -> list[Figure]:
    """A toll its own words date, in a sentence that goes on recalling an earlier event (وكان أشدها في 5 أغسطس،
    وتسبب في مقتل أكثر من 460 شخصا) and names no place, is about the one place the sentence before named, where
    that event was (وفي الشهر الماضي، ضربت سلسلة من الزلازل المميتة جزيرة لومبوك), not the story's place
    ``where``; not a place that holds the story's (منسق الأمم المتحدة في سوريا, in a story set in Ghouta). ``earlier``:
    its words date the figure well before the article (not وأصابت 3 آخرين في وقت سابق اليوم, the story's own)."""
    if all(f.place is not None or not f.as_of or f.measure not in INCIDENT_MEASURES for f in figures):
        return figures
    holding = lineage(where) if where else []
    body = [s for s in sentences if s.kind == "body"]
    previous = {b.start: a.text for a, b in zip(body, body[1:])}
    texts = {s.start: s.text for s in body}
    out = []
    for f in figures:
        if f.place is None and f.as_of and f.measure in INCIDENT_MEASURES and f.sentence_start in previous and (
            _recalls(texts[f.sentence_start])
        ):
            named = set(places_named(previous[f.sentence_start])) - set(holding)
            if len(named) == 1 and not places_named(texts[f.sentence_start]) and earlier(f) and (
                _struck(previous[f.sentence_start])
            ):
                f = replace(f, place=named.pop())
        out.append(f)
    return out


def with_what_it_caused(
    sentences: list[Sentence], figures: list[Figure], where: str | None,
) -> list[Figure]:
    """A sentence that opens on what an event caused (وأدت العملية حتى الآن إلى مقتل العشرات ونزوح عشرين ألف شخص)
    and names no place tells of the event the sentence before placed (عمليتها العسكرية لاجتياح منطقة عفرين): its
    counts of people are about the most precise place that sentence named, not the story's place ``where`` (a story
    set in Ankara: a whole-store draw of session 35), nor a place that holds the story's."""
    if all(f.place is not None or f.measure not in CAUSED_MEASURES for f in figures):
        return figures  # (most articles: every count of people placed already)
    holding = set(lineage(where)[1:]) if where else set()  # (the story's place itself may be the one named)
    body = [s for s in sentences if s.kind == "body"]
    previous = {b.start: a.text for a, b in zip(body, body[1:])}
    texts = {s.start: s.text for s in body}
    found: dict[int, str | None] = {}
    out = []
    for f in figures:
        k = f.sentence_start
        if f.place is None and f.measure in CAUSED_MEASURES and k in previous:
            if k not in found:
                found[k] = _place_it_caused_in(texts[k], previous[k], holding)
            f = replace(f, place=found[k]) if found[k] else f
        out.append(f)
    return out


CAUSED_MEASURES = frozenset({"killed", "wounded", "casualties", "missing", "displaced"})


def _place_it_caused_in(text: str, before: str, holding: set[str]) -> str | None:
    """The one most precise place of ``before`` when ``text`` opens on what the event ``before`` told caused."""
    if not _what_it_caused(text) or places_named(text) or not _struck(before):
        return None  # (the sentence before tells the event striking there: not وقال الحرس الثوري ... المعادية لإيران)
    named = set(places_named(before)) - holding
    precise = {p for p in named if not any(p != q and p in lineage(q) for q in named)}
    return precise.pop() if len(precise) == 1 else None


def _what_it_caused(text: str) -> bool:
    """The sentence opens on a verb of causing and its event, named again with the article (وأدت العملية، وأسفر
    الهجوم، وخلف القصف)."""
    first = remembered(text)[:2]
    return len(first) == 2 and unglued(first[0].key, "conjunction") in place_words("caused") and (
        first[1].key in place_words("event_again")
    )


def _struck(text: str) -> bool:
    """The sentence tells of something striking a place (ضربت سلسلة من الزلازل المميتة جزيرة لومبوك، استهدف ...): an
    incident, not a meeting's venue (وتتواصل المفاوضات في أستانا: the review of session 24)."""
    words = either(place_words("incident"), place_words("struck"))
    return any(_is_word(unglued(t.key, "conjunction"), words) for t in remembered(text))


def _recalls(text: str) -> bool:
    """The sentence opens with «it was» (وكان، وكانت): what it tells happened before the story's event."""
    first = remembered(text)[:1]
    return bool(first) and unglued(first[0].key, "conjunction") in place_words("background")


def recalls_another_incident(text: str) -> bool:
    """The sentence opens with «it was» (وكانت بوكو حرام قد نفذت الخميس الماضي، هجوما في مايدوغوري: a random draw
    of session 30) and names no incident with the article (وكان الهجوم قد وقع: the story's own): it may recall
    another incident, whose day is not the story's (not always: وكان مسلحون قد نفذوا هجوما الاثنين على قرية دابتشي
    tells the story's own)."""
    if not _recalls(text):
        return False  # (most sentences)
    incident = place_words("incident")
    causes = happening_words()
    article = grammar().article
    return not any(
        key.startswith(article) and (key in incident or key[len(article):] in causes)  # (وكان الزلزال قد وقع)
        for key in (unglued(t.key) for t in remembered(text))
    )


def _told_next(sentences: list[Sentence]) -> dict[int, list[str]]:
    """Sentence start -> the known places (landmarks too: قرب جزيرة سولاويسي) named by each of the
    sentences after the lead."""
    body = [s for s in sentences if s.kind == "body"][1:SITE_SENTENCES]
    return {s.start: [p for p in (*places_named(s.text), *_landmarks_named(s.text)) if known(p)] for s in body}


def _later_place(later: dict[int, list[str]], f: Figure) -> str | None:
    """The most precise of those places, the first of equals, from a sentence other than the
    figure's own (whose list of places it was already found to be about none of)."""
    named = [p for start, places in later.items() if start != f.sentence_start for p in places]
    return max(named, key=lambda p: (depth(p), -named.index(p))) if named else None


def established_place(article: Article, sentences: list[Sentence]) -> str | None:
    """The most precise place the title and the lead name as where (the first of equals)."""
    lead = next((s.text for s in sentences if s.kind == "body"), "")
    in_lead = _before_according(lead) if lead and not _a_birth(lead, article.published) else ()
    named = places_named(article.title or "") + [p for p, _ in in_lead]
    protested = _protested(article.title or "") | _protested(lead) | _venues(article.title or "") | _venues(lead)
    named = [p for p in named if p not in protested] or named
    if (head := dateline_place(article.title or "")) is not None and head not in named:
        named = [head, *named]  # مالي: الهجوم على ...: the title's dateline (a word too common to read alone)
    introduced = {*_introduced_places(article.title or ""), *(p for p, introduced in in_lead if introduced)}
    regional = [] if introduced.intersection(named) else [
        c for text in (article.title or "", lead) for c in _regions_by_adjective(text)
    ]
    if regional:
        # في الجنوب السوري: where, when the places named are only parties (الفصائل المعارضة وروسيا)
        named, introduced = [*named, *regional], {*introduced, *regional}
    if head is not None and not _in_before(article.title or ""):
        introduced.add(head)  # (البحرين: اعتقال 116 ... مرتبطة بإيران: the dateline is where, the other a tie;
        # not روسيا: مقتل 30 مسلحا بغارات في سوريا, a speaker's country before where it says)
    if not named:
        # a landmark is better than no place at all (غرق قارب قرب جزيرة لامبيدوزا)
        named = _landmarks_named(article.title or "") + _landmarks_named(lead)
    if not named:
        return None
    gazetteered = [p for p in named if known(p)]
    if head is not None and depth(head) == 0 and not _in_before(article.title or ""):
        # a country's dateline sets the country of what the lead names (فرنسا.. شغب يتخلل احتفالات الفوز بكأس العالم,
        # then a lead naming the final in Moscow: the riots are France's); a place the title names past it stays
        # (روسيا: مقتل 30 مسلحا بغارات على إدلب: a speaker's country before where)
        titled = set(places_named(split_dateline(article.title or "")[1]))
        gazetteered = [p for p in gazetteered if head in lineage(p) or p in titled]
    # a name the gazetteer lacks, introduced by a settlement noun (المغرب: 7 قتلى ... بمنطقة بوقنادل),
    # is more precise than the known places named with it
    unknown = [p for p in named if not known(p)]
    if unknown and all(not gazetteered or depth(k) <= 1 for k in gazetteered):
        return _a_town_first(unknown, f"{article.title or ''} {lead}")
    # of equals, one introduced as where (بسوريا) before one that is not (ضرب إيران: the target)
    return max(gazetteered, key=lambda p: (depth(p), p in introduced, -named.index(p))) if gazetteered else None


def _a_town_first(unknown: list[str], text: str) -> str:
    """Of names the gazetteer lacks, the first a division noun does not introduce: a town is narrower than the state
    it lies in (قالت الشرطة بولاية ميريلاند إن ... هجوما ضد مكاتب صحيفة في مدينة أنابوليس: H74's Annapolis)."""
    if len(unknown) < 2:
        return unknown[0]
    key = normalize_sentence(text).split()
    divisions = place_words("division")
    starts = [k + 1 for k, w in enumerate(key[:-1]) if w in divisions or unglued(w) in divisions]

    def after_a_division(place: str) -> bool:
        words = normalize(place).split()
        return any(key[k:k + len(words)] == words for k in starts)

    return next((p for p in unknown if not after_a_division(p)), unknown[0])


def with_war_place_named(
    article: Article, sentences: list[Sentence], figures: list[Figure], established: str | None
) -> list[Figure]:
    """What a war cost (``tells_a_war_toll``), placed nowhere in its clause but where the article is set (توقيع اتفاق
    سلام في أديس أبابا), is about the war's place: the one named right after the war's word in its sentence, the
    title or the lead (الحرب الأهلية في جنوب السودان، النزاع السوري). (``days.with_war_places`` places a toll over a
    war the known events list; this one, any war the article names.)"""
    lead = next((s.text for s in sentences if s.kind == "body"), "")
    out = []
    for f in figures:
        sentence = article.text[f.sentence_start:f.sentence_end]
        if f.place in (None, established) and f.measure in WAR_COSTS and (
            tells_a_war_toll(sentence) or (war_caused(sentence) and max(f.value or 0, f.high or 0) >= WAR_TOLL_LEAST)
        ):  # (a war's word anywhere before a verb of causing: a toll of thousands only, not الغارة أسفرت عن إصابة 48)
            found = _war_place(sentence) or _war_place(article.title or "") or _war_place(lead)
            f = replace(f, place=found) if found is not None else f
        out.append(f)
    return out


WAR_PLACE_REACH = 4  # words after a war's word its place may be named in (الحرب الأهلية في جنوب السودان)


def _war_place(text: str) -> str | None:
    """The place named within ``WAR_PLACE_REACH`` words after a war's word of ``text``, or its country's adjective."""
    tokens = remembered(text)
    wars = figure_words("war")
    for i, key in enumerate(bare_all([t.key for t in tokens], "conjunction")):
        if key not in wars:
            continue
        for j in range(i + 1, min(i + 1 + WAR_PLACE_REACH, len(tokens))):
            hit = place_at(tokens, j)
            if hit is not None and not _not_where(tokens, j, hit[2]):
                return hit[2]  # (not a side: الصراع بين نيودلهي وسكان الإقليم)
            if tokens[j].key in country_adjectives() and tokens[j - 1].key not in place_words("belligerent"):
                # (not the side that intervened or occupies: منذ التدخل السعودي، الاحتلال الإسرائيلي)
                return country_adjectives()[tokens[j].key]
    return None


def _a_birth(lead: str, published: datetime | None) -> bool:
    """The lead opens a life (ولد أليكس جونس في 11 فبراير عام 1974 في دالاس: a profile): born, and a date
    long before the article's; its places are a birthplace, not where the story's figures are (the Sandy Hook dead
    had been placed in Dallas). Not a boy (ولد فلسطيني بين القتلى: ولد is also «boy»)."""
    first = normalize(lead[:OPENING_CHARS]).split()[:1]
    if not first or unglued(first[0], "conjunction") not in place_words("born") or published is None:
        return False
    return any(m.value is not None and m.value.last.year <= published.year - LIFE_YEARS for m in find_dates(lead))


OPENING_CHARS = 12  # characters a lead's first word is read from (ولد، وولدت)
LIFE_YEARS = 10  # how long before the article a birth the lead dates lies (a boy's day of death is recent)


def _protested(text: str) -> frozenset[str]:
    """The places ``text`` names after a word of what a protest is against or for (تنديدا بالهجوم التركي في
    عفرين), to its clause's end, and not before it: what was protested, not where (not البصرة of آلاف
    يتظاهرون في البصرة احتجاجا على انقطاع الكهرباء في البصرة)."""
    found = _words_pattern("protested").search(text)
    if found is None:
        return frozenset()
    end = min((k for k in (text.find(mark, found.end()) for mark in CLAUSE_MARKS) if k >= 0), default=len(text))
    named = _named_where_at(text)
    before = {p for start, p, _ in named if start < found.start()}
    return frozenset(p for start, p, _ in named if found.start() <= start < end and p not in before)


def _venues(text: str) -> frozenset[str]:
    """The places ``text`` names right after a meeting's noun (مؤتمر بروكسل للجهات المانحة ... كمساعدات لسوريا):
    where donors or delegates met, not where what they count is (H86's pledges and Syria's displaced had been put in
    Brussels)."""
    if _written_pattern("meeting").search(text) is None:
        return frozenset()  # (most titles and leads name no meeting: a test on their letters first)
    tokens = remembered(text)  # (the title's and the lead's words: read by other passes, remembered)
    return frozenset(
        hit[2] for i in range(len(tokens) - 1)
        if _a_meeting(tokens[i].key) and (hit := place_at(tokens, i + 1)) is not None
    )


@cache
def _written_pattern(kind: str) -> re.Pattern[str]:
    """Any word of a kind of place_words.tsv as the news writes it (each spelling a row: مؤتمر، موتمر), anywhere."""
    return re.compile("|".join(sorted(map(re.escape, written_set("place_words.tsv", kind)), key=len, reverse=True)))


def _a_meeting(key: str) -> bool:
    """A meeting's noun, or one with و glued to it (ومؤتمر): asked of every word of a title and a lead, so not
    through the clitics' reader."""
    meetings = place_words("meeting")
    return key in meetings or (key[:1] == "و" and key[1:] in meetings)


def _in_before(title: str) -> bool:
    """The title, past its dateline, says where with «في» (روسيا: مقتل 30 مسلحا بغارات في سوريا)."""
    return any(t.key in place_words("in") for t in remembered(split_dateline(title)[1]))


def _before_according(lead: str) -> list[tuple[str, bool]]:
    """(place, introduced) of the places the lead names as where before the «according to» that credits
    it, when one stands before it: what follows describes the source (حسب منظمة "تابيلا بولاكو" وعضو
    المجلس البلدي في منطقة مويتي), not where."""
    named = _named_where_at(lead)
    found = _words_pattern("according").search(lead)
    if found is None:
        return [(p, introduced) for _, p, introduced in named]
    # (to the clause's end: قالت السلطات في باكستان، بحسب وكالة الأنباء الرسمية، إن انتحاريا ... بمدينة كويتا)
    end = min((k for k in (lead.find(mark, found.end()) for mark in CLAUSE_MARKS) if k >= 0), default=len(lead))
    kept = [(p, introduced) for start, p, introduced in named if not found.start() <= start < end]
    return kept or [(p, introduced) for _, p, introduced in named]


@cache
def _words_pattern(kind: str) -> re.Pattern[str]:
    """The words of a kind of place_words.tsv (according: «according to»; protested: what a protest is
    against), whole, with a glued و (their keys are as the news writes them)."""
    words = "|".join(sorted(map(re.escape, place_words(kind)), key=len, reverse=True))
    return re.compile(rf"(?<!\w)و?(?:{words})(?!\w)")


def national_vote_place(article: Article, sentences: list[Sentence], where: str | None) -> str | None:
    """The place a figure whose clause names none falls back to: the established place, or its country when
    the title or lead tells of a country's national election (الانتخابات البرلمانية، التشريعية، الرئاسية):
    seats, votes and turnout are the country's, whatever town the news is filed from (Iraq's vote read in
    Baghdad). A figure its own clause places keeps its place."""
    if where is None or depth(where) == 0:
        return where
    lead = next((s.text for s in sentences if s.kind == "body"), "")
    words = bare_all(normalize_sentence(f"{article.title or ''} {lead}").split(), "conjunction")
    return where if figure_words("national_vote").isdisjoint(words) else lineage(where)[-1]


def country_by_adjective(article: Article, sentences: list[Sentence], figures: Sequence[Figure] = ()) -> str | None:
    """The country the title, else the lead, names by its adjective (الليرة التركية تهوي، في عدد من المدن
    والمحافظات اليمنية): the story's country when they name no place; else the people the lead's
    toll or arrests count by their nationality (توثيق أكثر من 1202 معتقل يمني، مقتل 17 جنديا أفغانيا)."""
    lead = next((s for s in sentences if s.kind == "body"), None)
    return next(
        (c for text in (article.title or "", lead.text if lead else "") for c in _countries_by_adjective(text)), None
    ) or (_nationality_counted(article.text, lead, figures) if lead else None)


NATIONALITY_REACH = 2  # words after a count its people's adjective may stand (1202 معتقل يمني، ثلاثة فلسطينيين)


def _nationality_counted(text: str, lead: Sentence, figures: Sequence[Figure]) -> str | None:
    """The country whose people the lead's first toll or arrests count by nationality, right after the count
    (not the displaced: refugees are counted abroad)."""
    for f in figures:
        if f.sentence_start == lead.start and (f.measure in INCIDENT_MEASURES or f.measure == "arrested"):
            keys = [t.key for t in remembered(text[f.end:f.end + 60])][:NATIONALITY_REACH]
            return next((c for c in map(nationality, keys) if c), None)
    return None


def _regions_by_adjective(text: str) -> list[str]:
    """The countries ``text`` names as where by a region's noun and their adjective after «in» (تقترب الفصائل وروسيا
    من اتفاق في الجنوب السوري: Syria, no Russia; place_words.tsv, region_of_country)."""
    ins, regions = place_words("in"), place_words("region_of_country")
    if not any(r in text for r in regions):
        return []  # (most titles and leads name no region: nothing read)
    adjectives = country_adjectives()
    keys = [t.key for t in remembered(text)]
    return [
        adjectives[keys[i + 1]] for i in range(1, len(keys) - 1)
        if keys[i] in regions and keys[i + 1] in adjectives and keys[i - 1] in ins
    ]


def _countries_by_adjective(text: str) -> list[str]:
    """The countries ``text`` names by their adjectives after a noun of the country itself (الليرة
    التركية، الاقتصاد البريطاني، المحافظات اليمنية: place_words.tsv, of_country), in order; a
    person's nationality (الإسباني أوناي إيمري، المستشرق الفرنسي) says nothing of where."""
    adjectives = country_adjectives()
    keys = [t.key for t in remembered(text)] if text else []
    nouns = place_words("of_country")
    worldwide = place_words("worldwide_adjective")
    return [
        adjectives[k] for i, k in enumerate(keys)
        if k in adjectives and k not in worldwide and i > 0 and _a_noun_of(keys[i - 1], nouns)
    ]


def _a_noun_of(key: str, nouns: frozenset[str]) -> bool:
    """The word is one of ``nouns``: alone, with a glued particle, or with ل glued to its article (للعملة)."""
    return _is_word(key, nouns) or lam_article(key) in nouns


def _introduced_places(text: str) -> list[str]:
    """The places ``text`` names as where after a preposition or a place noun (بسوريا، في محافظة)."""
    return [place for place, introduced in _named_as_where(text) if introduced] if text else []


OFFICIAL_SENTENCES = 5  # the sentences an official's office may place an incident in when nothing else did
OFFICE_REACH = 2  # words between an office and the place it governs (حاكم ولاية فاراه)


def with_official_place(sentences: list[Sentence], figures: list[Figure], established: str | None) -> list[Figure]:
    """An incident's toll placed in the country the title and lead name, and no nearer, is in the
    place an official of it speaks for in the first sentences (هجوم واسع لطالبان غرب أفغانستان, then
    وقال حاكم ولاية فاراه ... إن أكثر من 300 من مسلحي طالبان لقوا حتفهم: فاراه). Only an incident's:
    a ruler's title in a story of state (حاكم دبي in a federal law's) says nothing of where."""
    if established is not None and (not known(established) or depth(established) != 0):
        return figures
    # (no place established at all: «غربي البلاد», then حاكم ولاية "بدغيس")
    tolls = [k for k, f in enumerate(figures) if f.place == established and f.measure in INCIDENT_MEASURES
             and f.period != "total"]
    if not tolls:
        return figures
    countries = [established] if established is not None else None
    # (an official further down may be the first to say where: the fourth sentence, the fifth after a lead told twice)
    reach = OFFICIAL_SENTENCES
    official = _official_place([s.text for s in sentences if s.kind == "body"][:reach], countries)
    if official is None:
        return figures
    return [replace(f, place=official) if k in tolls else f for k, f in enumerate(figures)]


def _official_place(texts: list[str], countries: list[str] | None) -> str | None:
    """The first place inside one of ``countries`` (any, for None; or one the gazetteer lacks) that ``texts`` name
    right after an office that governs a place (حاكم ولاية فاراه، محافظ حجة), with at most a
    settlement noun between."""
    offices, settlements = place_words("office"), place_words("settlement")
    for text in texts:
        tokens = remembered(text)
        for j, t in enumerate(tokens):
            if not _is_word(t.key, offices):
                continue
            for i in range(j + 1, min(len(tokens), j + 2 + OFFICE_REACH)):
                hit = place_at(tokens, i) or _introduced_name(tokens, i)
                if hit is not None:
                    # a name the gazetteer lacks, after its settlement noun, is taken to be the country's
                    if not known(hit[2]) or countries is None or any(c in lineage(hit[2])[1:] for c in countries):
                        return hit[2]
                    break
                if not _is_word(tokens[i].key, settlements):
                    break
    return None


def _landmarks_named(text: str) -> list[str]:
    """The gazetteer places ``text`` names right after a word of nearness (قرب، قبالة), or the places those named
    right after a direction lie in (في شمال كينزينغتون غربي العاصمة البريطانية لندن: Britain; Grenfell's fire, a
    held-out set's, had been put in Aswan, where the story went on to a victim's home)."""
    tokens = remembered(text) if text else []
    near, direction, first_words = place_words("near"), place_words("direction"), place_first_words()
    found = []
    for i in range(1, len(tokens)):
        if tokens[i].key not in first_words and unglued(tokens[i].key) not in first_words:
            continue  # (no place starts here: most words; place_at asks the same)
        prev, before = tokens[i - 1].key, tokens[i - 2].key if i > 1 else ""
        beside = _before_the_noun(tokens, i, prev, before)[0] in direction and not (prev in near or before in near)
        hit = place_at(tokens, i) if beside or prev in near or before in near else None
        if hit is not None:
            found.append(_beside(hit[2]) if beside else hit[2])
    return found


def _beside(place: str) -> str:
    """What lies a direction off a town is in the place the town lies in (جنوب الموصل: العراق; بلدة تقع جنوب العاصمة
    دمشق is no quarter of Damascus)."""
    around = lineage(place)
    return place if len(around) < 2 else around[1]


def without_team_places(text: str, figures: list[Figure]) -> list[Figure]:
    """In a match report the countries named are its national teams (بنما، بلجيكا): a figure of the game
    (a score, goals, points: no toll) placed in one is about the city its sentence names as the venue
    (فازت فرنسا على كرواتيا 4-2 في موسكو), else no place. A city may be a club (برشلونة) as well as the
    venue: it stays, except for a team's tally (يتصدر يوفنتوس برصيد 65 نقطة، مانشستر سيتي بتسعة عشر نقطة:
    points, goals, wins of a club the city names, not of the city)."""
    return [
        replace(f, place=_the_venue(text[f.sentence_start:f.sentence_end]))
        if f.measure == "other" and f.place and (
            _a_country(f.place) or normalize(f.place) in _nations() or counts_a(f.subject, "tally")
        ) else f
        for f in figures
    ]


@cache
def _nations() -> frozenset[str]:
    """The places named by a nationality's adjective (every country), and the nations inside a country
    with a national team of their own (إنجلترا، اسكتلندا: place_words.tsv, nation), normalised."""
    return frozenset(normalize(c) for c in country_adjectives().values()) | place_words("nation")


def _the_venue(sentence: str) -> str | None:
    """The first place the sentence introduces as where (في موسكو) that is no country, if any."""
    return next((p for p in _introduced_places(sentence) if not _a_country(p)), None)


def with_country_narrowed(
    sentences: list[Sentence], figures: list[Figure], established: str | None, title: str = ""
) -> list[Figure]:
    """A figure the lead places in a country only is about the place inside it the title or lead
    established (a known one), or the title names as where (المغرب: 7 قتلى ... بمنطقة بوقنادل);
    else, when the next sentence that names a place names one inside that country and none
    elsewhere, about that place (قُتل 19 شخصا في تركيا ... then واصطدمت الشاحنة ... في ولاية
    إزمير: إزمير): news says the country first and narrows it next."""
    body = [s for s in sentences if s.kind == "body"]
    if len(body) < 2:
        return figures
    lead = body[0]
    if not any(f.place is not None and f.sentence_start == lead.start and depth(f.place) == 0 for f in figures):
        return figures
    # (the next sentence that names a place: a claim of responsibility between names none)
    after = next((s.text for s in body[1:NARROWING_SENTENCES] if _where_before_a_comparison(s.text)), "")
    out = []
    for f in figures:
        # (a sum of money the lead gives a country is the country's: only what befell people narrows)
        if (
            f.place is not None and f.sentence_start == lead.start and depth(f.place) == 0 and f.measure != "other"
            and not tells_a_war_toll(lead.text)  # (the war's toll is the country's: الصراع ... الذي خلف 70 ألف قتيل)
            and not _counted_over_places(lead.text)  # (and a toll in 12 of its governorates: في 12 محافظة يمنية)
        ):
            inside = _inside(established, f.place, title) or _the_one_place_inside(after, f.place)
            f = replace(f, place=inside) if inside is not None else f
        out.append(f)
    return out


def _counted_over_places(text: str) -> bool:
    """The sentence counts over several places by their noun after a number (في 12 محافظة يمنية، في 5 مدن)."""
    tokens = remembered(text)
    nouns = either(place_words("division"), place_words("town"), place_words("plural"))
    return any(t.is_number and k + 1 < len(tokens) and _is_word(tokens[k + 1].key, nouns) for k, t in enumerate(tokens))


def narrowed_country(sentences: list[Sentence], established: str | None) -> tuple[str, int] | None:
    """The place inside the established country the first sentence after the lead that names a place
    puts the story in, when it names none elsewhere, and where that sentence starts (قتل 17 شخصاً شرق
    تركيا ... then ووقع الحادث في محافظة اغدير): news says the country first and narrows it next."""
    body = [s for s in sentences if s.kind == "body"]
    if established is None or len(body) < 2 or depth(established) != 0:
        return None
    after = next((s for s in body[1:COUNTRY_NARROWING_SENTENCES] if _where_before_a_comparison(s.text)), None)
    if after is None:
        return _landmark_inside(body[1:COUNTRY_NARROWING_SENTENCES], established)
    # (a lead on a border names two countries, المنطقة الحدودية بين العراق وإيران: the next sentence may narrow
    # either, في محافظة كرمانشاه غربي إيران)
    border = _a_country(established) and not place_words("border").isdisjoint(
        unglued(t.key, "conjunction") for t in remembered(body[0].text)
    )
    others = [c for c in places_named(body[0].text) if c != established and _a_country(c)] if border else []
    inside = next(filter(None, (_the_one_place_inside(after.text, c) for c in (established, *others))), None)
    return (inside, after.start) if inside is not None else None


def _landmark_inside(sentences: list[Sentence], country: str) -> tuple[str, int] | None:
    """Sentences after the lead that name no place as where, the first naming one only beside a word of nearness
    (وكان مسلحون أكراد يشنون هجمات ... قرب بلدة هجين): the story's place inside its country is that landmark, the
    fighting's town (the Observatory's «سقط 37 قتيلا منذ الأربعاء» two sentences on is Hajin's, not all Syria's)."""
    for s in sentences:
        landmarks = set(_landmarks_named(s.text))
        if landmarks:
            inside = landmarks.pop() if len(landmarks) == 1 else None
            return (inside, s.start) if inside and country in lineage(inside)[1:] else None
    return None


def _inside(established: str | None, country: str, title: str) -> str | None:
    """The established place when it lies inside ``country``, or is a name the gazetteer lacks that the
    title names as where (not one a lead names in passing: أكثر المعارك ضراوة ... في منطقة هيمالايا)."""
    if established is None or established == country:
        return None
    if not known(established):
        return established if established in _introduced_places(title) else None
    return established if country in lineage(established)[1:] else None


def _the_one_place_inside(text: str, country: str) -> str | None:
    """The one place ``text`` names inside ``country`` when it names none elsewhere: a known one
    (في ولاية إزمير), or a name the gazetteer lacks that the country right after it places
    (في مقاطعة ساسكاتشوان غرب كندا)."""
    hits = _where_before_a_comparison(text)
    names = {hit[2] for _, hit in hits}
    if len(names - {country}) != 1:
        return _the_settlement_placed_inside(text, hits, country) if len(names) > 1 else None
    (inside,) = names - {country}
    if not any(hit[1] for _, hit in hits if hit[2] == inside):
        return None  # (محافظتي إب والحديدة، هما أكثر المحافظات: a comparison, not where the story is)
    if known(inside):
        return inside if country in lineage(inside)[1:] else None
    at = next(i + hit[0] for i, hit in hits if hit[2] == inside)
    # (a name said to lie in the country reaches a little further: مدينة سيبوت الواقعة في وسط جمهورية أفريقيا الوسطى)
    reach = CHAIN_REACH if _said_to_lie_in(text, at) else PLACING_REACH
    placing = next((hit[2] for i, hit in hits if at <= i <= at + reach), None)
    return inside if placing == country else None


def _said_to_lie_in(text: str, at: int) -> bool:
    """The word at token ``at`` says that the place before it lies in the place after it (الواقعة، التابعة)."""
    tokens = remembered(text)
    return at < len(tokens) and tokens[at].key in place_words("lies_in")


# the lead and the four after it: the first of these naming a place narrows the lead's country for the lead's
# tolls (a newspaper's name and two sentences of background may stand between: the Humboldt bus crash); for the
# other sentences' figures the lead and the two after it (reading every country-set article further cost more
# than it gained)
NARROWING_SENTENCES = 5
COUNTRY_NARROWING_SENTENCES = 3
@lru_cache(maxsize=64)  # (the sentences after a lead are read by both the narrowing passes)
def _where_before_a_comparison(text: str) -> tuple[tuple[int, tuple[int, bool, str]], ...]:
    """The places ``text`` names as where, not past a superlative's «since» (الأكثر دموية في العراق منذ
    الاعتداء ... ببغداد: the attack it is measured against), nor one a year dates (العدد الذي سجل خلال الانهيارات
    الأرضية في هيروشيما في عام 2014: another disaster, not where this one is)."""
    tokens = _before_a_comparison(remembered(text)) if text else []
    return tuple((i, hit) for i, hit in _where_hits(tokens) if not _dated_by_a_year(tokens, i + hit[0]))


PLACING_REACH = 2  # words between a name and the country placing it (ساسكاتشوان غرب كندا)
CHAIN_REACH = 4  # words between a settlement's name and the known place placing it (زاري في شمال ولاية بورنو)


def _the_settlement_placed_inside(
    text: str, hits: Sequence[tuple[int, tuple[int, bool, str]]], country: str
) -> str | None:
    """The one name the gazetteer lacks that ``hits`` introduce as where in a sentence telling of the
    incident, when a known place inside ``country`` right after it places it and every other place named
    is in that country too (إثر التفجير الذي وقع في بلدة ماستونغ قرب كويتا عاصمة بلوشستان): the town the
    story narrows to (not the district a call to leave went out to: ووجهت دعوات لسكان منطقة شونغ مي)."""
    names = {hit[2] for _, hit in hits}
    # (or a known town the sentence places inside a place it names: ضواحي سميرم بمحافظة أصفهان)
    settled = {n for n in names if not known(n) or any(o != n and o in lineage(n)[1:] for o in names)}
    if not settled:
        return None
    first = next((i, hit) for i, hit in hits if hit[2] in settled)
    name, at = first[1][2], first[0] + first[1][0]
    placing = next((hit[2] for i, hit in hits if at <= i <= at + CHAIN_REACH and known(hit[2])), None)
    division = None if placing else _its_division(text, hits, at)
    if len(settled - {division}) != 1 or not first[1][1]:
        return None
    inside = all(known(hit[2]) and country in lineage(hit[2]) for _, hit in hits if hit[2] not in (name, division))
    if (placing or division) is None or not inside:
        return None
    incident = either(place_words("incident"), place_words("fire"))  # (asked last: the rest is cheaper)
    return name if any(_is_word(t.key, incident) for t in remembered(text)) else None


def _its_division(text: str, hits: Sequence[tuple[int, tuple[int, bool, str]]], at: int) -> str | None:
    """A province, state or district the gazetteer lacks, introduced by its noun right after a settlement ending at
    token ``at`` (مدينة تشينغيوان في مقاطعة غواندونغ): the division the settlement lies in."""
    tokens = remembered(text)
    divisions = place_words("division")
    for i, hit in hits:
        if at <= i <= at + CHAIN_REACH and hit[1] and not known(hit[2]) and i > 0:
            return hit[2] if _is_word(tokens[i - 1].key, divisions) else None
    return None


WORLDWIDE_WORDS = 4  # words after a number within which «in the world» says what it counts is the world's


def _worldwide(sentences: list[Sentence], figures: list[Figure]) -> set[int]:
    """The figures with no place of their own that count what the whole world holds (أكثر من 1,2 مليار طفل
    في العالم، 8000 طائرة حول العالم، نصف أطفال العالم): none is the story's country's (H90's Save the
    Children ranking had put the world's children in Somalia, the first of the countries its lead listed)."""
    if not any(f.place is None for f in figures):
        return set()
    texts = {s.start: s.text for s in sentences}
    scope, world, written = place_words("worldwide"), place_words("world"), written_set("place_words.tsv", "world")
    origin = place_words("world_origin")
    out = set()
    for k, f in enumerate(figures):
        after = texts.get(f.sentence_start, "")[f.end - f.sentence_start:] if f.place is None else ""
        if not any(w in after for w in written):
            continue  # (a quick test on the letters as written: most figures are not the world's)
        words = re.findall(r"\w+", normalize(after))[:WORLDWIDE_WORDS + 1]
        # (in the world, around it; or the counted noun's genitive: نصف أطفال العالم; not where they came from:
        # ملايين السياح من أنحاء العالم go to Lombok)
        if any(
            unglued(w) in world and (i == 1 or words[i - 1] in scope) and origin.isdisjoint(words[:i])
            for i, w in enumerate(words) if i
        ):
            out.add(k)
    return out


def _world_market(sentences: list[Sentence], figures: list[Figure]) -> set[int]:
    """The prices with no place of their own whose sentence tells of a benchmark of the world's markets (خام برنت، دولار
    للأوقية): no country's, whatever place the article established."""
    # (read before the tracked measures are told apart: a price is still "other" here)
    priced = ("other", "price")
    unplaced = {k: f.sentence_start for k, f in enumerate(figures) if f.place is None and f.measure in priced}
    if not unplaced:
        return set()
    market, wanted = place_words("world_market"), set(unplaced.values())
    # (only the sentences of such figures are read: normalising every sentence of every article had cost 1 % of the
    # figures' time)
    told = {
        s.start for s in sentences if s.start in wanted and not market.isdisjoint(normalize_sentence(s.text).split())
    }
    return {k for k, start in unplaced.items() if start in told}


def _speaks_for(f: Figure, established: str | None) -> str | None:
    """The established place, unless the figure's source speaks for another country: a toll the
    Palestinian health ministry gives in a story set in Yemen is Palestine's, not Saada's."""
    country = country_of(f.source_canonical)
    if country is None or established is None or country in lineage(established):
        return established
    return country


FLED_BEFORE = 3  # words before a count of the displaced its word of flight may stand in (فرار أكثر من 100 ألف لاجئ)
FLED_REACH = 16  # words after it their flight across a border may be told in (من أقلية الروهينغا من ولاية راخين إلى)


def fled_abroad(tokens: list[Token], text: str, span: tuple[int, int], origin: str | None) -> str | None:
    """The place the displaced counted at ``span`` fled to, when their clause tells a flight across a border: a word of
    flight (place_words crossed), then إلى and a country, or a place of another country than the ``origin`` the
    clause names (وفر نحو 700 ألف من ولاية راخين إلى بنغلادش): refugees are counted where they found refuge. A flight
    within one country (نزحوا إلى مركز المدينة) keeps its place."""
    lo, hi = span
    crossed, to = place_words("crossed"), place_words("to")
    fled = any(_a_flight(t.key, crossed) for t in tokens[max(0, lo - FLED_BEFORE):lo])
    for k in range(hi + 1, min(len(tokens) - 1, hi + 1 + FLED_REACH)):
        if tokens[k].key not in to and any(c in text[tokens[k - 1].end:tokens[k].start] for c in (*CLAUSE_MARKS, ".")):
            return None  # (the clause ended; not at a comma before إلى: من ميانمار، إلى دولة بنغلاديش)
        fled = fled or _a_flight(tokens[k].key, crossed)
        if fled and tokens[k].key in to:
            # (a noun of a country or a settlement may stand before the name: إلى دولة بنغلاديش المجاورة)
            named = k + 2 if k + 2 < len(tokens) and _is_word(tokens[k + 1].key, place_words("country_noun")) else k + 1
            hit = place_at(tokens, named)
            after = named + hit[0] if hit else len(tokens)
            if hit is None or (after < len(tokens) and tokens[after].key[:1] == "و" and place_at(tokens, after)):
                return None  # (or to several: إلى تايلاند وإندونيسيا وماليزيا)
            abroad = lineage(origin)[-1] != lineage(hit[2])[-1] if origin else depth(hit[2]) == 0
            return hit[2] if abroad else None
    return None


def _a_flight(key: str, crossed: frozenset[str]) -> bool:
    """A word of flight, alone or after a glued و however short (وفرّ)."""
    return key in crossed or unglued(key, "conjunction_short") in crossed


def depth(place: str) -> int:
    """How many places the gazetteer puts this one inside (دوما: 3, سوريا: 0)."""
    return len(lineage(place)) - 1


def places_named(text: str) -> list[str]:
    """The places a title or lead names as where (not a side, a landmark or an adjective)."""
    return list(_places_named(text)) if text else []


def _places_named(text: str) -> tuple[str, ...]:
    return tuple(place for place, _ in _named_as_where(text))


@lru_cache(maxsize=2048)
def _named_as_where(text: str) -> tuple[tuple[str, bool], ...]:
    """(place, introduced) of each place ``text`` names as where, remembered (asked of every sentence)."""
    return tuple((place, introduced) for _, place, introduced in _named_where_at(text))


@lru_cache(maxsize=2048)
def _named_where_at(text: str) -> tuple[tuple[int, str, bool], ...]:
    """(where it starts, place, introduced) of each place ``text`` names as where, remembered: an
    article's title and lead are asked for by several passes."""
    tokens = remembered(text)
    return tuple((tokens[i].start, hit[2], hit[1]) for i, hit in _where_hits(tokens))


def _where_hits(tokens: list[Token]) -> Iterator[tuple[int, tuple[int, bool, str]]]:
    """(token index, (words, introduced, place)) of each place the tokens name as where."""
    covered = 0
    for i in _may_name_a_place(tokens):
        if i < covered:
            continue
        hit = place_at(tokens, i) or _introduced_name(tokens, i) or _a_countrys_coast(tokens, i)
        if hit is None:
            continue
        covered = i + hit[0]
        if (around := _beside_a_town(tokens, i, hit[2])) is not None:
            hit = (hit[0], hit[1], around)
        if not (_not_where(tokens, i, hit[2], clause=False) or _namesake(tokens, i + hit[0], hit[2])):
            yield i, hit


@cache
def _cue_sets() -> tuple[frozenset[str], ...]:
    """The words a place may start with, "the country", and the words before (في، قرية) or after
    (عاصمة) a name the gazetteer lacks: every way ``place_at``, ``_introduced_name`` and
    ``_the_country`` can find a place."""
    return (
        place_first_words() | _coasts(), place_words("the_country"), place_words("in"),
        place_words("settlement") | place_words("coast"), place_words("capital"),
    )


def _may_name_a_place(
    tokens: list[Token], the_country: bool = False, local: Mapping[str, str] | None = None
) -> list[int]:
    """The indices of the tokens where a place may start, in order: a sentence's other words are
    not asked for one (most words are no place; asking each cost a tenth of the figures' time).
    ``local``: the names the article introduced as settlements (``local_names``)."""
    first, country, in_, settlement, capital = _cue_sets()
    keys = [t.key for t in tokens]
    bare = bare_all(keys)
    starts = either(first, country) if the_country else first
    local = local or {}  # (most articles introduce no settlement of their own: their names are asked for only then)
    openers = either(in_, settlement)
    n = len(keys)
    # (each test mapped over the whole sentence, not a Python step a word: most words pass none)
    found = {*compress(range(n), map(or_, map(starts.__contains__, keys), map(starts.__contains__, bare)))}
    if local:
        found.update(compress(range(n), map(or_, map(local.__contains__, keys), map(local.__contains__, bare))))
    # the word after a preposition or a settlement noun (في، قرية), and the one before a capital's noun (عاصمة)
    opened = map(or_, map(openers.__contains__, keys), map(settlement.__contains__, bare))
    found.update(i + 1 for i in compress(range(n - 1), opened))
    found.update(i - 1 for i in compress(range(1, n), map(capital.__contains__, keys[1:])))
    return sorted(found)


def _named_before(tokens: list[Token], i: int, local: Mapping[str, str]) -> tuple[int, bool, str] | None:
    """(1, introduced, name) of a settlement the article introduced by name elsewhere (``local_names``),
    written here without its settlement noun: introduced when glued to a preposition or after one."""
    key = tokens[i].key
    name = local.get(key) or local.get(unglued(key))
    if name is None or (unglued(key).startswith("ال") and i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال")):
        return None  # القطاع الصحي، القطاع الخاص: a sector, the adjective after it says so, not the strip
    glued = key not in local and key[:1] in glued_in()
    return 1, glued or (i > 0 and tokens[i - 1].key in place_words("in")), name


def _opens_naming_a_settlement(tokens: list[Token]) -> bool:
    """The sentence opens with a word, then an indefinite settlement noun that names nothing after it
    (وأساغاشيا بلدة حدودية), not one in construct with a name (واستعانت محافظة الوادي الجديد) or with a definite
    word (وتتصدر منطقة الشرق الأوسط: the verb opens it, the Middle East is the region)."""
    return (
        len(tokens) > 2 and _is_word(tokens[1].key, place_words("settlement")) and not place_at(tokens, 0)
        and not tokens[2].key.startswith("ال") and not _names_a_place(tokens, 2)
    )


def _names_a_place(tokens: list[Token], i: int) -> bool:
    """The words from ``i`` name a place: one the gazetteer knows, or a name a settlement noun
    before them introduces (مدينة وانلاوين)."""
    return place_at(tokens, i) is not None or _introduced_name(tokens, i) is not None


@cache
def _settlement_cues() -> tuple[tuple[str, ...], frozenset[str]]:
    """The settlement nouns looked for inside words (glued: بمدينة) and, the shortest (حي, inside حيث),
    as whole words only: most sentences name no settlement."""
    words = place_words("settlement")
    return tuple(w for w in words if len(w) > 2), frozenset(w for w in words if len(w) <= 2)


def _may_hold_a_settlement(key: str) -> bool:
    # (a test per noun: cheaper in Python than one pattern of all of them tried at every letter)
    glued, whole = _settlement_cues()
    for w in glued:  # (a loop, not any() over a generator: asked of every sentence)
        if w in key:
            return True
    return not whole.isdisjoint(key.split())


def local_names(texts: list[str]) -> dict[str, str]:
    """Key -> name of each settlement an article introduces that the gazetteer lacks: named after
    a settlement noun (قرية حجلان) or opening a sentence before one (وأساغاشيا بلدة حدودية), so that
    where it is written alone (توغلوا ليل الثلاثاء في أساغاشيا) it is a place too."""
    settlements = place_words("settlement")
    out: dict[str, str] = {}
    for text in texts:
        if not _may_hold_a_settlement(normalize_sentence(text)):
            continue  # (most sentences name no settlement: not tokenized for nothing)
        tokens = remembered(text)
        keys = [t.key for t in tokens]
        # (the words after a settlement noun, alone or with a glued particle: sifted over the whole sentence at once)
        nouns = map(or_, map(settlements.__contains__, keys), map(settlements.__contains__, bare_all(keys)))
        for i in [k + 1 for k in compress(range(len(keys) - 1), nouns)]:
            # (وداهموا 25 قرية، واستحدثوا: a name follows its noun with no comma between)
            if not place_at(tokens, i) and not any(c in text[tokens[i - 1].end:tokens[i].start] for c in CLAUSE_MARKS):
                hit = _introduced_name(tokens, i)
                # (not a definite word: محافظة الوادي الجديد would make every valley a place)
                if hit is not None and hit[0] == 1 and not known(hit[2]) and not tokens[i].key.startswith("ال"):
                    out[tokens[i].key] = hit[2]
        if _opens_naming_a_settlement(tokens):
            opening = unglued(tokens[0].key, "conjunction")
            hit = _name_if_rare(tokens, 0)
            if hit is not None and not known(opening) and not opening.endswith(tuple(place_words("verb_ending"))):
                # (وأساغاشيا بلدة: the name without its و)
                out[opening] = hit[2][1:] if opening != tokens[0].key else hit[2]
    return out | _called_by_its_noun(texts)


def _called_by_its_noun(texts: list[str]) -> dict[str, str]:
    """«The strip» (القطاع) -> قطاع غزة, once the article named it in full: the news then calls it by its noun alone."""
    out: dict[str, str] = {}
    for written in written_set("place_words.tsv", "by_its_noun"):
        noun = normalize(written)
        for text in texts:
            if written not in text:
                continue  # (a cheap test on the letters first: most sentences name no strip)
            words = [t.key for t in remembered(text)]
            place = next((gazetteer().get((w, after)) for w, after in zip(words, words[1:]) if w == noun), None)
            if place is not None:
                out["ال" + noun] = place
                break
    return out


def _namesake(tokens: list[Token], j: int, place: str) -> bool:
    """Another place of that name: the words after it say it lies in another country's place
    (بلدة دوما بنابلس; ``lies_elsewhere``)."""
    return lies_elsewhere(place, tuple(t.key for t in tokens[j:j + 4]))


SITE_SENTENCES = 3  # the lead and the two sentences after it: where news names an incident's site
SITE_NAMING_SENTENCES = 6  # the lead and the sentences after it that may name a settlement it left unnamed
# what an incident's toll counts: the people of a region (in need, displaced over weeks) are the region's
INCIDENT_MEASURES = frozenset({"killed", "wounded", "casualties", "missing", "rescued"})
WAR_COSTS = INCIDENT_MEASURES | {"displaced"}  # what a war's toll counts: its dead and hurt, and those it drove out


def with_incident_site(
    article: Article, sentences: list[Sentence], figures: list[Figure], established: str | None
) -> list[Figure]:
    """A figure at the place the article established (a governorate, a country) is about the
    incident's site when the title and the first sentences name one place inside it: قتل 32 مدنيا
    ... في محافظة دير الزور, then استهدف التحالف بلدة السوسة بريف دير الزور: السوسة. A settlement
    pointed back to (على البلدة ذاتها، في المنطقة نفسها) is the one named before it. ``established``:
    the place the article established (``established_place``)."""
    body = [s for s in sentences if s.kind == "body"]
    # the incident's own sentences: later ones recall others (ويأتي القصف غداة مقتل 9 مدنيين في ريف إدلب)
    lead = {s.start for s in body[:SITE_SENTENCES]}
    where = lineage(established) if established else None
    site = None
    if where and any(f.measure in INCIDENT_MEASURES and f.place in where for f in figures):
        site = incident_site([article.title or "", *(s.text for s in body[:SITE_SENTENCES])], established)
        # ... or that a later sentence says it happened at (ووقعت التفجيرات في منطقة دامبوا في جنوب ولاية
        # بورنو: the bombings the lead told of, where the lead said only "north-east Nigeria")
        site = site or next(
            (found for s in body[SITE_SENTENCES:] if _tells_where_it_happened(s.text)
             and (found := incident_site([s.text], established, several=True)) is not None), None
        ) or _named_after_the_lead(article.title or "", [s.text for s in body[:SITE_NAMING_SENTENCES]], established)
        site = site or _the_one_settlement_placed(body[SITE_SENTENCES:], established, _told_values(figures, lead))
        where = site or where
    named_before = _settlements_pointed_back(sentences, {f.sentence_start for f in figures})
    out = []
    for f in figures:
        back = named_before.get(f.sentence_start)
        if back is not None and (f.place is None or f.place == established or f.place in lineage(back)):
            f = replace(f, place=back)
        elif where and f.place in where[1:] and _an_incidents_toll(article, f, where, established) and (
            f.sentence_start in lead or (
                site is not None and not f.as_of and f.period == "none"
                and f.place not in places_named(article.text[f.sentence_start:f.sentence_end])
            )
        ):
            # (further down, an undated toll its sentence places nowhere is the incident's: وقتل 17
            # شخصاً كانوا على متنها, after the lead and its site; a dated or placed one may be another's)
            f = replace(f, place=where[0])
        out.append(f)
    return out



def _one_named(keys: list[str], i: int) -> bool:
    """The settlement named at ``i`` (its noun before it) stands alone: not glued to و after another (وجزيرة ترتل)
    nor after a plural of settlements before it in the sentence (في مدن بورت دي بيه وغروس مورن)."""
    plural = place_words("plural")
    return i > 0 and keys[i - 1][:1] != "و" and not any(unglued(k, "conjunction") in plural for k in keys[:i])


def _tolled(s: Sentence, told: tuple[frozenset[float], dict[int, set[float]]]) -> str | None:
    """What toll the sentence tells: none (""), the lead's again ("same"), a vague one ("vague"); or None when
    it names no site of the story's: its toll is another's (other values than the lead's), an arrest's
    (واعتقلت الشرطة السائق في بلدة: where he was caught), or one day's under a lead's running total."""
    if not _holds(s.terms, _toll_stems()):
        return ""
    lead_values, values = told
    own = values.get(s.start, set())
    if _holds(s.terms, _arrest_stems()):
        return None
    if not lead_values and not values:
        return None  # (the lead's tolls run since a start: a toll told further down is one day's)
    if own:
        return None if own.isdisjoint(lead_values) else "same"
    return "vague"


def _holds(terms: tuple[str, ...], stems: frozenset[str]) -> bool:
    """One of a sentence's stems is one of ``stems``, as written or after و (واعتقلت stems as واعتقل)."""
    return any(t in stems or (t[:1] == "و" and t[1:] in stems) for t in terms)


def _struck_before(tokens: list[Token], i: int) -> bool:
    """A word of a strike, an attack or a crash stands a few words before the place at ``i``."""
    return any(_is_word(t.key, place_words("incident")) for t in tokens[max(0, i - INCIDENT_REACH):i])


def _told_values(figures: list[Figure], lead: set[int]) -> tuple[frozenset[float], dict[int, set[float]]]:
    """The values the lead's figures give, and each sentence's figures' values; none when the lead's tolls
    all run since a start (27 قتلوا جراء الضربات على محافظة إدلب منذ الثلاثاء: many strikes' toll, no one
    town's, though a town struck on one day is named further down)."""
    tolls = [f for f in figures if f.sentence_start in lead and f.measure in INCIDENT_MEASURES]
    if tolls and all(f.period == "total" for f in tolls):
        return frozenset(), {}
    by_sentence: dict[int, set[float]] = {}
    for f in figures:
        if f.value is not None:
            by_sentence.setdefault(f.sentence_start, set()).add(f.value)
    return frozenset(v for start in lead for v in by_sentence.get(start, ())), by_sentence


def _the_one_settlement_placed(
    sentences: list[Sentence], established: str | None,
    told: tuple[frozenset[float], dict[int, set[float]]] = (frozenset(), {}),
) -> list[str] | None:
    """The one settlement the gazetteer lacks that the body introduces by its noun and places in a known
    place inside the established one (في بلدة سكوهاري بولاية نيويورك، مدينة ضحيان، شمالي صعدة), with the
    places it lies in: news names the site down the story. Two such names name no one site. ``told``: the
    values the lead gives and those of each sentence's figures: a sentence with a toll names the story's
    site when its toll is the lead's or a vague one (then by its noun alone, inside the established place:
    لحادث السبت في قرية مبوبا), another incident's when it gives other values."""
    if established is None or not known(established):
        return None
    found: dict[str, str] = {}
    for s in sentences:
        # (a toll of its own tells of another incident: وقتل فيه ستة ... في بلدة غابالامي; its stems are
        # asked first, its words only when it may name a settlement: most sentences name none)
        tolled = _tolled(s, told)
        if tolled is None or not _may_hold_a_settlement(normalize_sentence(s.text)):
            continue
        tokens = remembered(s.text)
        keys = [t.key for t in tokens]
        if not keys or unglued(keys[0], "conjunction") in place_words("background") or _an_indefinite_incident(keys):
            continue  # (وكان ... في بلدة: an earlier incident recalled; ووقع انفجار آخر في منطقة دامبوا: another)
        hits = list(_where_hits(tokens))
        for k, (i, hit) in enumerate(hits):
            if not hit[1] or hit[2] in found or _no_site(keys, i) or (
                tolled == "vague" and not _struck_before(tokens, i)
            ):
                continue  # (a vague toll's sentence names its site after what struck: not ونقل الجرحى إلى مستشفى)
            if known(hit[2]):
                # a settlement the gazetteer knows, introduced by its noun (استهدف ... أحد مواقعها في بلدة الهري في
                # محافظة دير الزور), is found as one it lacks would be, its own parents placing it (a town named in
                # passing, لقاءات في مدينة المكلا, is one more name: two such name no one site). Not a town right under
                # the established place (الدريهمي for a toll of the province of Hodeidah: the province's toll; measured)
                if depth(hit[2]) > 1 and established in lineage(hit[2])[2:]:
                    found[hit[2]] = lineage(hit[2])[1]
                continue
            at = i + hit[0]
            near = (h[2] for j, h in hits[k + 1:] if at <= j <= at + CHAIN_REACH and _placing(keys, at, j))
            holder = next((p for p in near if known(p)), established if tolled and _one_named(keys, i) else None)
            if holder is not None and established in lineage(holder):
                found[hit[2]] = holder
    # (a town found that holds the other found is the wider one: قرب نقب الدبور ... مدينة السلط)
    wider = {q for holder in found.values() for q in lineage(holder)}
    sites = [name for name in found if name not in wider]
    if len(sites) != 1:
        return None
    return [sites[0], *lineage(found[sites[0]])]


@cache
def _toll_stems() -> frozenset[str]:
    """The stems of the words that tell of people killed, hurt or arrested (measures.tsv)."""
    return frozenset(stem for stem, measure in measure_stems().items() if measure in OTHER_EVENT_MEASURES)


@cache
def _arrest_stems() -> frozenset[str]:
    """The stems of the words that tell of people arrested: where a suspect was caught is no site."""
    return frozenset(stem for stem, measure in measure_stems().items() if measure == "arrested")


# what a sentence tells of when it tells of another event than the story's: a toll, an arrest (واعتقلت الشرطة المشتبه
# به ... في بلدة سميرنا: where he was caught, not where the shooting was)
OTHER_EVENT_MEASURES = frozenset({"killed", "wounded", "arrested"})


def _an_indefinite_incident(keys: list[str]) -> bool:
    """The sentence tells of an incident by an indefinite noun (وقع انفجار آخر): another one than the story's."""
    definite = _definite_incident_nouns()
    return any("ال" + unglued(k, "conjunction") in definite for k in keys)


def _no_site(keys: list[str], i: int) -> bool:
    """The settlement named at ``i`` is no site: an end of a route or an extent (يمتد من إقليم يوننان)
    or a place whose people are meant (لسكان منطقة شونغ مي: a call to leave went out to them)."""
    before = keys[i - 2] if i > 1 else ""
    return not place_words("not_site_before").isdisjoint((before, unglued(before), unglued(before, "conjunction")))


def _placing(keys: list[str], at: int, j: int) -> bool:
    """The known place at ``j`` places the name ending at ``at``: no «and» between them, alone or glued to a
    settlement noun (مخيم تل الزعتر ومخيم اليرموك: two camps in a list; بولاية نيويورك places)."""
    settlements = place_words("settlement")
    return j >= at and not any(
        k == "و" or (k[:1] == "و" and _is_word(k[1:], settlements)) for k in keys[at:j]
    )


def _named_after_the_lead(title: str, texts: list[str], established: str | None) -> list[str] | None:
    """The settlement a lead set in a country speaks of without its name (في مدينة صغيرة تقع شمال
    مقديشو، في إقليم شمال العاصمة مانيلا، في جزيرة سياحية في إندونيسيا), named by the first
    settlement noun of the sentences after it (في سوق مدينة وانلاوين، بشرطة مقاطعة بولاكان), with
    the places it lies in: news tells the kind of place first and its name further down."""
    if not texts or established is None or not known(established) or depth(established) != 0:
        return None
    if not any(_an_unnamed_settlement(remembered(t)) for t in (title, texts[0]) if t):
        return None
    for text in texts[1:]:
        tokens = remembered(text)
        if tokens and unglued(tokens[0].key, "conjunction") in place_words("background"):
            continue  # (وكانت مدينة تمبكتو شهدت هجوما مماثلا: another incident recalled)
        for i in range(1, len(tokens)):
            if not _is_word(tokens[i - 1].key, place_words("settlement")):
                if (other := place_at(tokens, i)) is not None and established in lineage(other[2])[1:]:
                    return None  # وذكرت حكومة هوكايدو أن 30 ...، then بلدة أتسوما: the toll is the province's
                continue
            hit = place_at(tokens, i) or _introduced_name(tokens, i)
            if hit is None:
                continue
            if not known(hit[2]):
                return [hit[2], established]
            return lineage(hit[2]) if established in lineage(hit[2])[1:] else None
    return None


def _an_unnamed_settlement(tokens: list[Token]) -> bool:
    """An indefinite settlement noun (not a neighbourhood: a city's quarter is the city's) stands with
    no name and no place after it (مدينة صغيرة، إقليم شمال العاصمة)."""
    settlements, inside = place_words("settlement") - place_words("quarter"), place_words("in")
    for i in range(len(tokens) - 1):
        if not _is_word(tokens[i].key, settlements):
            continue
        after = tokens[i + 1]
        if after.key in inside or after.key[:1] in glued_in() or _names_a_place(tokens, i + 1):
            continue  # (قرية بمحافظة إدلب، بلدة في المنطقة: placed, as the lead means it to be)
        return True
    return False


def aboard(article: Article, f: Figure) -> bool:
    """Those a vehicle carried when it crashed or sank (كان على متنها 110 أشخاص، كانت تقل 164 راكبا): a
    count of the incident, of its day and its site like its toll."""
    if f.measure != "other":
        return False
    before = normalize(article.text[max(f.sentence_start, f.start - 20):f.start]).split()[-1:]
    return any(unglued(w, "conjunction") in figure_words("aboard") for w in before)


def _an_incidents_toll(article: Article, f: Figure, where: list[str], established: str | None) -> bool:
    """A toll of the incident: what befell people (or who was aboard), at most as wide as the
    established place, or wider (the country) but not a total since a start (أسفر النزاع السوري عن
    أكثر من 350 ألف قتيل), nor what a war cost."""
    if f.measure not in INCIDENT_MEASURES and not aboard(article, f):
        return False
    if tells_a_war_toll(article.text[f.sentence_start:f.sentence_end]):
        return False  # (الصراع ... الذي خلف 70 ألف قتيل خلال 3 عقود: the war's, not the day's clash's)
    within = where[: where.index(established) + 1] if established in where else where[:1]
    return f.place in within or f.period != "total"


def incident_site(texts: list[str], established: str | None, several: bool = False) -> list[str] | None:
    """The one place inside ``established`` that ``texts`` (a title and a lead) name, with the places
    it lies in (its ``lineage``): a known place
    inside it, or a name the gazetteer lacks that a settlement noun introduces, placed by the next
    known place after it (قرية حجلان شمال غرب مريس بمحافظة الضالع: حجلان, inside مريس). A place that
    holds another found is the wider one; two apart (a campaign's towns) name no one site."""
    if established is None or not known(established):
        return None
    found: dict[str, str | None] = {}  # place -> the known place it lies in, for a name the gazetteer lacks
    for named in (_named_with_incident(text, several) for text in texts):  # (read no further than a None)
        if named is None:
            return None
        for k, (p, struck) in enumerate(named):
            if p in lineage(established) or p in found or not struck or (_a_country(p) and not known(p)):
                continue  # (a sea lies in no governorate: محافظة الحديدة الواقعة على البحر الأحمر)
            if established in lineage(p)[1:]:
                found[p] = None
                continue
            # placed by the next known place (حجلان ... بمحافظة الضالع، بقرية كوم حمادة بالبحيرة, a
            # village the gazetteer puts in Egypt only); a name the gazetteer lacks, named with none,
            # is in the article's place (قالت الشرطة إن الهجوم وقع في بلدة ماستونغ)
            holder = next((q for q, _ in named[k + 1:] if known(q)), None if known(p) else established)
            if holder == established and depth(established) > 1 and _named_as_a_division(texts, p):
                continue  # (a province lies in no town: مدينة جلال آباد، then مكتب حاكم إقليم ننكرهام)
            if holder is not None and known(p) and depth(holder) > depth(p) and lineage(holder)[-1] == lineage(p)[-1]:
                continue  # (a city lies in no deeper place of its country: في كابول، لكن ... جلال آباد)
            if holder is not None and established in lineage(holder) and holder not in lineage(p)[1:]:
                found[p] = holder
    wider = {q for p, holder in found.items() for q in ([holder] if holder else lineage(p)[1:])}
    sites = [p for p in found if p not in wider]
    if len(sites) != 1:
        return None
    holder = found[sites[0]]
    return [sites[0], *lineage(holder)] if holder else lineage(sites[0])


def _named_as_a_division(texts: list[str], name: str) -> bool:
    """One of ``texts`` introduces ``name`` by a province's or a state's noun (إقليم ننكرهام، بولاية بينو)."""
    first = normalize(name.split()[0]) if name.split() else ""
    divisions = place_words("division")
    return any(
        k > 0 and t.key == first and _is_word(tokens[k - 1].key, divisions)
        for tokens in (remembered(text) for text in texts) for k, t in enumerate(tokens)
    )


INCIDENT_REACH = 10  # a place at most this many words after a strike or attack word is where it struck
PLURAL_REACH = 2  # settlements in the plural this close before the place they lie in (قرى بمحافظة إدلب)


def _named_with_incident(text: str, several: bool = False) -> list[tuple[str, bool]] | None:
    """The places ``text`` names as where (as ``places_named``), each with whether a strike, an
    attack or a crash word stands a few words before it (its site, not a region it spread over);
    None when it tells of several incidents (انفجارين) or of one that struck several settlements
    (استهدفت قرى بمحافظة إدلب): no one place is their site. ``several``: the text says where the
    incidents told before happened (ووقعت التفجيرات في منطقة دامبوا): one site for all of them."""
    tokens = _before_a_comparison(remembered(text) if text else [])
    if not several and any(_is_word(t.key, place_words("incidents")) for t in tokens):
        return None
    words = either(place_words("incident"), place_words("incidents") if several else frozenset())
    out = []
    for i, hit in _where_hits(tokens):
        before = tokens[max(0, i - INCIDENT_REACH):i]
        # (in هيروشيما ومناطق أخرى the place is one of several the incident struck)
        others = i + hit[0] < len(tokens) and tokens[i + hit[0]].key in place_words("others")
        struck = not others and any(_is_word(t.key, words) for t in before) and not _dated_by_a_year(tokens, i + hit[0])
        if struck and any(_is_word(t.key, place_words("plural")) for t in before[-PLURAL_REACH:]):
            return None
        out.append((hit[2], struck))
    return out


YEAR_REACH = 3  # words after a place a year may stand in, dating what struck it (في هيروشيما في عام 2014)


def _dated_by_a_year(tokens: list[Token], k: int) -> bool:
    """A year stands right after the place, introduced as one (الانهيارات الأرضية في هيروشيما في عام 2014): an
    incident recalled, not the story's (not a count: انفجار في كابول يقتل 2000 شخص)."""
    return any(
        t.is_number and len(t.key) == 4 and tokens[j - 1].key in place_words("year_intro")
        for j, t in enumerate(tokens[k:k + YEAR_REACH], k) if j > 0
    )


def _before_a_comparison(tokens: list[Token]) -> list[Token]:
    """The words before a superlative's «since» (ويعتبر هذا الاعتداء الأكثر دموية في العراق منذ الاعتداء
    ... الذي أوقع 31 قتيلا ببغداد) or a «comes after» (الاعتداء الذي يأتي بعد أيام على مقتل خمسة في ضاحية
    جاكرتا): what follows is the past event it is measured against or follows, not a site."""
    worst, since, comes = figure_words("superlative"), figure_words("since"), figure_words("comes_after")
    after = figure_words("came_after")  # (بعد، عقب)
    compared = False
    for k, key in enumerate(bare_all([t.key for t in tokens], "conjunction")):
        if compared and key in since:
            return tokens[:k]
        if key in comes and any(n.key in after for n in tokens[k + 1:k + 1 + COMES_AFTER_REACH]):
            return tokens[:k]  # الذي يأتي بعد أيام على مقتل خمسة ... في ضاحية جاكرتا: an earlier event
        compared = compared or key in worst
    return tokens


COMES_AFTER_REACH = 2  # words between "it comes" and "after" (يأتي بعد، يأتي ذلك بعد)


OCCURRED_REACH = 3  # words between "it happened" and the definite noun of what happened (وقع الهجوم، التفجير الذي وقع)


def _tells_where_it_happened(text: str) -> bool:
    """The sentence says where what the article told of happened: a verb of happening beside the
    definite noun of an incident (ووقعت التفجيرات في منطقة دامبوا، التفجير الذي وقع في بلدة ماستونغ);
    an indefinite one (وقع انفجار في ...) is another incident."""
    raw = [t.key for t in remembered(text)]
    keys = bare_all(raw, "conjunction")
    happened = place_words("occurred")
    if happened.isdisjoint(keys):
        return False  # (most sentences: no verb of happening)
    if not place_words("another_locus").isdisjoint(raw):
        return False  # (في منطقة المسلخ وبالقرب من سوق الخضار ودوار النجمة: several sites, none the incident's)
    nouns = _definite_incident_nouns()
    return any(
        k in happened and any(keys[j] in nouns for j in range(max(0, i - OCCURRED_REACH), i + OCCURRED_REACH + 1)
                              if j < len(keys) and j != i)
        for i, k in enumerate(keys)
    )


@cache
def _definite_incident_nouns() -> frozenset[str]:
    return frozenset(w for w in either(place_words("incident"), place_words("incidents")) if w.startswith("ال"))


@cache
def _pointing_back() -> re.Pattern[str]:
    """A definite settlement noun, glued to a preposition or not, then a word pointing back (البلدة ذاتها)."""
    nouns = "|".join(sorted(map(re.escape, place_words("settlement"))))
    same = "|".join(sorted(map(re.escape, place_words("same"))))
    # (or one alone at a clause's end after a preposition: في 9 بلدات بالمقاطعة، the province named before)
    return re.compile(rf"ال(?:{nouns})(?: (?:{same})\b|(?=\s*[،,.؛]|\s*$))")


def _settlements_pointed_back(sentences: list[Sentence], starts: set[int]) -> dict[int, str]:
    """Sentence start (of those in ``starts``, the sentences with figures) -> the settlement a definite
    settlement noun there points back to (على البلدة ذاتها): the last place a settlement noun
    introduced before it (بلدة السوسة)."""
    pointing = [
        k for k, s in enumerate(sentences) if s.start in starts and _pointing_back().search(normalize_sentence(s.text))
    ]
    if not pointing:
        return {}  # most articles: no sentence to scan
    nouns = _definite_settlement_nouns()
    same = place_words("same")
    last: str | None = None
    last_of: dict[str, str] = {}  # each settlement noun -> the last place it introduced (مقاطعة بولاكان)
    out: dict[int, str] = {}
    for s in sentences[: pointing[-1] + 1]:
        tokens = remembered(s.text)
        for i, t in enumerate(tokens):
            if i + 1 < len(tokens) and _is_word(t.key, nouns) and tokens[i + 1].key in same and last is not None:
                out.setdefault(s.start, last)
            elif (noun := _alone_at_a_clause_end(s.text, tokens, i, nouns)) is not None and noun in last_of:
                out.setdefault(s.start, last_of[noun])  # في 9 بلدات بالمقاطعة: the same noun's place before
            elif i > 0 and _is_word(tokens[i - 1].key, place_words("settlement")):
                hit = place_at(tokens, i) or _introduced_name(tokens, i)
                if hit is not None:
                    last = last_of[unglued(tokens[i - 1].key)] = hit[2]
    return out


@cache
def _definite_settlement_nouns() -> frozenset[str]:
    return frozenset("ال" + w for w in place_words("settlement"))


def _alone_at_a_clause_end(text: str, tokens: list[Token], i: int, nouns: frozenset[str]) -> str | None:
    """The settlement noun (without its article) of token i when it is a definite one glued to ب or
    after في, alone at the end of a clause (بالمقاطعة، في المدينة.), else None."""
    key = tokens[i].key
    after_in = i > 0 and tokens[i - 1].key in place_words("in")
    glued = unglued(key)  # (بالمقاطعة: the definite noun after its ب)
    noun = key if after_in else glued if glued != key else None
    if noun is None or noun not in nouns:
        return None
    at_end = i + 1 == len(tokens) or broken(text, tokens, i, i + 1)
    return noun[2:] if at_end else None


ARRESTED_PLACE_REACH = 12  # words after an arrest count its own clause may place it in (خمسة فلسطينيين في القدس)
# words at most between the police's adjective and the count (وزارة الداخلية المقدونية إن الشرطة ألقت القبض على 7: six);
# further, they are another clause's subject (عبرت عنها الاستخبارات الأمريكية ... التي تضم الآلاف)
ARRESTING_REACH = 7


def with_arresting_country(text: str, figures: list[Figure]) -> list[Figure]:
    """An arrest a country's own police or authorities made (أعلنت السلطات الألبانية توقيف 39 شخصا) is in that
    country: a known place further on in its sentence tells what the arrested did or where they went (متهمة بتهريب
    أكثر من ألف ألباني إلى الولايات المتحدة، شاركوا في قتال ... في سوريا), or where what they are held over happened
    (14 شخصا أوقفوا منذ 4 آب يوم وقوع الهجوم ... خلال عرض عسكري في كراكاس: Venezuela's arrests), unless the count's
    own clause names it (اعتقلت الشرطة خمسة فلسطينيين في القدس). Not when a place stands between the police and the
    count (أرسلت السلطات العراقية ضباط مخابرات إلى سوريا، لتنفيذ عملية ناجحة باعتقال خمسة: abroad). An arrest
    placed nowhere takes the country too."""
    out = []
    for f in figures:
        if f.measure == "arrested" and (country := _arresting_country(text[f.sentence_start:f.start])) is not None and (
            f.place is None
            or (known(f.place) and f.place != country and not _placed_in_its_clause(text, f))
        ):
            f = replace(f, place=country)
        out.append(f)
    return out


def _arresting_country(before: str) -> str | None:
    """The country whose police or authorities (place_words "arresting") the words before a count name by its
    adjective, one or two words on (الشرطة الماليزية، النيابة العامة السعودية), at most ``ARRESTING_REACH`` words
    before it and with no place named between."""
    tokens = remembered(before)
    adjectives = country_adjectives()
    for j in range(len(tokens) - 1, max(-1, len(tokens) - 1 - ARRESTING_REACH), -1):
        if place_at(tokens, j) is not None:
            return None
        if tokens[j].key in adjectives and any(
            _is_word(tokens[j - d].key, place_words("arresting")) for d in (1, 2) if j - d >= 0
        ):
            return adjectives[tokens[j].key]
    return None


def _placed_in_its_clause(text: str, f: Figure) -> bool:
    """The arrest count's own clause names a place: before a comma, what they are suspected of or said to have done,
    or another event's day (اعتقلت السبت اثنين ... في بيت لحم، أسر خمسة أفغان يقاتلون في منطقة درزاب; not يعتقد أنهم
    شاركوا في قتال ... في سوريا، للاشتباه في مساعدتهم ... جنوب الفلبين، يوم وقوع الهجوم ... في كراكاس)."""
    after = text[f.end:f.sentence_end]
    tokens = remembered(after)[:ARRESTED_PLACE_REACH]
    ends = either(place_words("arrest_clause_end"), place_words("said"))
    for i, t in enumerate(tokens):
        gap = after[tokens[i - 1].end:t.start] if i > 0 else after[:t.start]
        if any(c in gap for c in CLAUSE_MARKS) or unglued(t.key) in ends or t.key in ends:
            return False
        if place_at(tokens, i) is not None:
            return True
    return False
