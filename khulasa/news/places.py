"""The gazetteer: places named in the news, each with the place it lies in.

Three data files, read once and only when a place is first looked up: ``data/places_geonames.tsv``
(GeoNames towns and CLDR countries the ANT corpus writes as places, built by
``tools/build_gazetteer.py``), ``data/places_corpus.tsv`` (towns and regions the corpus introduces with a
place noun that GeoNames lacks, listed by ``tools/mine_places.py`` and kept by hand) and the hand list
``data/places.txt``, which wins where they name a place and holds what GeoNames lacks
(كفربطنا ⊂ الغوطة الشرقية ⊂ ريف دمشق ⊂ سوريا, regions, camps, airports) and the spellings the news uses
(جنوى for جنوة).
"""
from __future__ import annotations

import re
from functools import lru_cache

from khulasa.arabic.clitics import bare
from khulasa.arabic.normalize import normalize
from khulasa.news.resources import read_lines, read_table, word_set


def _key(name: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in name.split())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """(a spelling's normalised words -> the place's canonical name, place -> the place it lies in)."""
    names: dict[tuple[str, ...], str] = {}
    parents: dict[str, str] = {}
    # (the stoplist is applied when the gazetteer is built, and again here: a word added to it
    # since the last build is no place either)
    stop = {_key(line.split("\t")[0]) for line in read_lines("places_stoplist.tsv")}
    for line in read_lines("places_geonames.tsv")[1:]:  # after the column names
        name, canonical, parent = line.split("\t")[:3]
        key = _key(name)
        if key in stop:
            continue
        names[key] = canonical
        if parent:
            parents[canonical] = parent
    for line in read_lines("places_corpus.tsv") + read_lines("places.txt"):  # (the hand list last: it wins)
        name, parent, canonical = (line.split("\t") + ["", ""])[:3]
        name, parent, canonical = name.strip(), parent.strip(), canonical.strip()
        names[_key(name)] = canonical or name
        if parent and not canonical:
            parents[name] = parent
    return names, parents


def gazetteer() -> dict[tuple[str, ...], str]:
    """A place's normalised words (any spelling) -> its canonical name."""
    return _tables()[0]


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Every country the gazetteer names (its CLDR rows: ساحل العاج، البوسنة والهرسك), whether or not it
    names a place inside it."""
    out = set()
    for line in read_lines("places_geonames.tsv")[1:]:
        _, canonical, parent, country = line.split("\t")[:4]
        if not parent and canonical == country:
            out.add(canonical)
    return frozenset(out)


@lru_cache(maxsize=1)
def governorates() -> frozenset[str]:
    """The first-level divisions the gazetteer names (places_admin1.tsv: حلب، الحديدة، تعز), many of them named
    as their chief town."""
    return frozenset(row[2] for row in (line.split("\t") for line in read_lines("places_admin1.tsv")) if row[1])


@lru_cache(maxsize=1)
def place_first_words() -> frozenset[str]:
    return frozenset(k[0] for k in gazetteer())


def place_parents() -> dict[str, str]:
    """place -> the place it lies in (دوما -> الغوطة الشرقية -> ريف دمشق -> سوريا)."""
    return _tables()[1]


def canonical(name: str) -> str:
    """The gazetteer's name for a place written ``name`` (جنوى -> جنوة), else ``name`` itself."""
    return gazetteer().get(_key(name), name)


def country_named(words: str) -> str | None:
    """The country ``words`` are the name of, all of them (كولومبيا، الولايات المتحدة), else None."""
    place = gazetteer().get(_key(words))
    return place if place is not None and place not in place_parents() else None


def lineage(place: str) -> list[str]:
    """The place and every place it lies in, innermost first (دوما, الغوطة الشرقية, ريف دمشق, سوريا)."""
    parents = place_parents()
    out = [place]
    while place in parents and parents[place] not in out:
        place = parents[place]
        out.append(place)
    return out


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """A country -> its capital (``data/capitals.tsv``): «العاصمة الهندية» is New Delhi."""
    return {row[0]: row[1] for row in read_table("capitals.tsv")}


@lru_cache(maxsize=1)
def country_adjectives() -> dict[str, str]:
    """A country's adjective, normalised -> the country (السوري، السورية -> سوريا; اليمني -> اليمن):
    the name without ال and a final ا (or its ة: السعودية), with ي or ية (one ي only: سوري), for every
    country."""
    parents = place_parents()
    out = {}
    for country in set(gazetteer().values()):
        if country in parents or " " in country:
            continue
        # (the article only where the name has one: ألمانيا، ألبانيا begin with a hamza's alif, الألماني)
        stem = normalize(country.removeprefix("\u0627\u0644")).removesuffix("\u0627")
        if stem.endswith("يه"):
            stem = stem[:-1]  # السعودية: السعودي، السعودية (a name already of the adjective's form)
        for ending in ("", "ه") if stem.endswith("ي") else ("ي", "يه"):
            out["ال" + stem + ending] = country
    # (and the adjectives the rule cannot make: الأفغاني، الأمريكي، العماني)
    out.update((normalize(row[0]), row[1]) for row in read_table("country_adjectives.tsv"))
    return out


# an indefinite adjective of a people as a count writes it (يمنيا، فلسطينيين، فلسطينيون، فلسطينيات) -> its
# singular, masculine form the article makes one of country_adjectives' keys
_PEOPLE_ENDINGS = (("يين", "ي"), ("يون", "ي"), ("يات", "يه"), ("يا", "ي"), ("ي", "ي"), ("يه", "يه"))


def nationality(key: str) -> str | None:
    """The country a people's adjective, written without the article after a count, names (معتقل يمني،
    جنديا أفغانيا، ثلاثة فلسطينيين -> اليمن، أفغانستان، فلسطين); None for any other word."""
    if key.startswith("ال"):
        return None
    adjectives = country_adjectives()
    for ending, singular in _PEOPLE_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending) + 2:
            country = adjectives.get("ال" + key[: -len(ending)] + singular)
            if country:
                return country
    return None


_ARTICLE = ("ال", "لل")  # the article, and ل with the article (للسعودية)


def _forms(word: str) -> list[str]:
    """A word as the gazetteer may hold it, most literal first: as written, without one or two
    proclitic letters (وبغداد), without the article (للسعودية), and a masculine plural
    adjective as its singular (اللبنانيون -> اللبناني)."""
    out = [word]
    for _ in range(2):
        shorter = bare(out[-1])
        if shorter == out[-1]:
            break
        out.append(shorter)
    out += [f[len(p):] for f in list(out) for p in _ARTICLE if f.startswith(p) and len(f) - len(p) >= 3]
    out += [f[:-2] for f in list(out) if f.endswith(("يون", "يين"))]
    return out


def glued_in() -> frozenset[str]:
    """The letter glued to a place that says the place is where (بسوريا، بريف دمشق): place_words.tsv
    in_glued; ل glued is "of, for" (مواقع لإيران), which says whose."""
    return word_set("place_words.tsv", "in_glued")


def lies_elsewhere(place: str, after: tuple[str, ...]) -> bool:
    """The normalised words right ``after`` a place say it lies in a place of another country
    (بلدة دوما بنابلس: a village of the West Bank, not Douma of Eastern Ghouta; دوما بريف دمشق is
    Douma): another place of that name. Within one country the gazetteer may not know a town's
    governorate (قرية كوم حمادة بالبحيرة), so no namesake is read there."""
    if not after or len(lineage(place)) < 2:
        return False  # a country, or a town the gazetteer lacks (في ياميبو بجنوب السودان: placed by what follows)
    first, rest = after[0], after[1:]
    if first in word_set("place_words.tsv", "in"):
        words = rest
    elif first[:1] in glued_in() and bare(first) != first:
        words = (bare(first), *rest)  # a glued ب; a glued و lists another place (في دوما وحلب)
    else:
        return False
    names = gazetteer()
    there = next((names[key] for n in (3, 2, 1) if (key := tuple(words[:n])) in names and len(key) == n), None)
    return there is not None and lineage(there)[-1] != lineage(place)[-1]


@lru_cache(maxsize=1)
def _adjectives_of_places() -> dict[str, str]:
    """The country adjectives a text names its country by: not the United States', whose embassy, forces and
    dollar are news of every country (نقل السفارة الأمريكية إلى القدس is of Jerusalem; place_words.tsv)."""
    worldwide = word_set("place_words.tsv", "worldwide_adjective")
    return {k: v for k, v in country_adjectives().items() if k not in worldwide}


@lru_cache(maxsize=4096)
def places_named(text: str) -> tuple[str, ...]:
    """The places a short text (a title, a lead) names, sorted (remembered: a sentence and its article's title and lead
    are asked again for each of their figures): each place of up to three words as
    the gazetteer names it (دوما), and a country adjective as its country (السورية -> سوريا). A
    place written like a common word (``homographs``) counts only as ``_homograph_is_place`` says."""
    raw: list[str] = []
    named = set()  # the words a year follows: a place there after a tournament's word names it (مونديال روسيا 2018)
    for w in re.findall(r"\w+", text):
        if not w.isdigit():
            raw.append(w)
        elif raw and a_year_of_a_name(w):
            named.add(len(raw) - 1)
    words = [normalize(w) for w in raw]
    names, found, doubtful = gazetteer(), set(), []
    adjectives = _adjectives_of_places()
    taken = 0  # (the words a name of several took: أفريقيا of جنوب أفريقيا is no place of its own)
    for i, w in enumerate(words):
        if i < taken:
            continue
        for form in _forms(w):
            place, n = adjectives.get(form) or adjectives.get("ال" + form), 1
            if place is None:
                spans = ((form, *words[i + 1:i + n]) for n in (3, 2, 1))
                place, n = next(((names[key], len(key)) for key in spans if key in names), (None, 1))
            if place is not None and lies_elsewhere(place, tuple(words[i + n:i + n + 4])):
                break  # another place of that name
            if place is not None and i + n - 1 in named and after_an_event_word(words, i):
                taken = i + n
                break
            if place is not None:
                if place in homographs():
                    doubtful.append((i, form, place))
                else:
                    found.add(place)
                taken = i + n
                break
    found.update(p for i, form, p in doubtful if _homograph_is_place(raw, words, i, form, p, found))
    if (head := dateline_place(text)) is not None:
        found.add(head)
    return tuple(sorted(found))


def after_an_event_word(words: list[str], i: int) -> bool:
    """A tournament's word (``data/place_words.tsv``, event_named) stands just before ``words[i]``, normalised
    words with a clitic or none (مونديال روسيا، كأس العالم قطر، بمونديال روسيا)."""
    event = word_set("place_words.tsv", "event_named")
    return any(w in event or w[1:] in event for w in words[max(0, i - 2):i])


def a_year_of_a_name(digits: str) -> bool:
    """Four digits of a year of these times, as written right after a place that with it names an event
    (مونديال روسيا 2018), not where a figure is."""
    return len(digits) == 4 and digits.isdecimal() and YEARS_OF_NAMES[0] <= int(digits) <= YEARS_OF_NAMES[1]


YEARS_OF_NAMES = (1950, 2050)


@lru_cache(maxsize=1)
def homographs() -> frozenset[str]:
    """Places written like common words (``data/place_words.tsv``, kinds homograph and introduced_only)."""
    return frozenset(
        canonical(row[1]) for row in read_table("place_words.tsv") if row[0] in ("homograph", "introduced_only")
    )


@lru_cache(maxsize=1)
def introduced_only() -> frozenset[str]:
    """Places written like a common word of economic news (مالي): places only when introduced."""
    return frozenset(canonical(row[1]) for row in read_table("place_words.tsv") if row[0] == "introduced_only")


def dateline_place(title: str) -> str | None:
    """The place a title opens with before a colon or two dots, as a dateline (مالي: الهجوم على ...، فرنسا.. شغب
    يتخلل احتفالات الفوز), else None."""
    head, rest = split_dateline(title)
    return gazetteer().get(_key(head.strip())) if rest and head.strip() and len(head.split()) <= 3 else None


def split_dateline(title: str) -> tuple[str, str]:
    """(what a title says before its first colon or two dots, what it says after), or ("", title)."""
    cuts = [k for k in (title.find(":"), title.find("..")) if k > 0]
    if not cuts:
        return "", title
    k = min(cuts)
    return title[:k], title[k:].lstrip(":.")


@lru_cache(maxsize=1)
def _introducers() -> frozenset[str]:
    """Words after which a name is a place (في، بلدة: figure_words.tsv place_intro, place_words.tsv noun)."""
    return frozenset(
        normalize(row[1]) for name, kind in (("figure_words.tsv", "place_intro"), ("place_words.tsv", "noun"))
        for row in read_table(name) if row[0] == kind
    )


def _homograph_is_place(raw: list[str], words: list[str], i: int, form: str, place: str, found: set[str]) -> bool:
    """دوما is Douma when introduced (في دوما، بدوما) or named beside a place it lies in, never as
    دوماً (always, with tanween) nor as الدوما (Russia's parliament)."""
    if "\u064b" in raw[i] or words[i].startswith("ال") or "ال" + form == words[i]:
        return False
    glued = words[i] != form and words[i][:1] in "بل"
    prev = words[i - 1] if i > 0 else ""
    introduced = glued or prev in _introducers() or (prev[:1] in glued_in() and prev[1:] in _introducers())
    return introduced or any(p in found for p in lineage(place)[1:])


def countries_named(text: str) -> tuple[str, ...]:
    """The countries a short text (a title) names, sorted: the countries its places lie in."""
    return tuple(sorted({lineage(p)[-1] for p in places_named(text)}))


@lru_cache(maxsize=1)
def _utc_offsets() -> dict[str, float]:
    return {row[0]: float(row[1]) for row in read_table("utc_offsets.tsv")}


@lru_cache(maxsize=1)
def most_hours_behind() -> float:
    """How many hours the clocks run behind UTC in the listed country furthest behind (0 when none is)."""
    return max([0.0, *(-v for v in _utc_offsets().values())])


def most_hours_ahead() -> float:
    """How many hours the clocks run ahead of UTC in the listed country furthest ahead (0 when none is)."""
    return max([0.0, *_utc_offsets().values()])


def utc_offset(country: str) -> float | None:
    """How many hours the country's clocks run ahead of UTC (negative: behind), for those five or more
    ahead or three or more behind (``utc_offsets.tsv``); None for any other."""
    return _utc_offsets().get(country)
