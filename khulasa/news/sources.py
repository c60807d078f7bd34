"""Who a source is: the words an attribution names (as written) mapped to one canonical source and
its type, from ``data/sources.tsv`` (each source once, with the ways the news writes it).

    المرصد، مراقب الحرب، حصيلة جديدة من المرصد السوري لحقوق الإنسان -> المرصد السوري لحقوق الإنسان (monitor)
    الخوذ البيضاء، الدفاع المدني السوري                         -> الدفاع المدني السوري (rescue)
    مصادر طبية، ناشطون، مسؤول في وزارة الصحة                    -> vague
    تنكيس الأعلام اعتباراً من، أنه بغاز الكلور                    -> None: not a speaker

Words are compared normalised (``khulasa.arabic.normalize``), a clitic before the first word of
an alias taken off (``khulasa.arabic.clitics``: وللمرصد، بالمرصد), the longest alias first. The
words that may come before a name (حصيلة، بيان، من، ل: ``document`` in ``data/attribution.tsv``)
are passed over; an attribution whose first word then is an unnamed source (``vague`` in
sources.tsv) is vague whatever name follows, and one whose first word cannot begin a speaker
(``not_speaker``: a preposition, a subordinating أنه) is no attribution at all. A name not in the
table is its own canonical source, as written, with no type.

>>> resolve("حصيلة جديدة من المرصد السوري لحقوق الإنسان")
Source(canonical='المرصد السوري لحقوق الإنسان', type='monitor')
>>> resolve("مصادر طبية").canonical
'vague'
>>> resolve("أنه بغاز الكلور") is None
True
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from khulasa.arabic.clitics import bare, clitic_letters
from khulasa.arabic.lexicon import lexicon
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers.words import lam_article
from khulasa.arabic.numbers.words import words as number_words
from khulasa.arabic.stopwords import is_stopword
from khulasa.arabic.tokenize import Token, tokenize
from khulasa.news.places import countries_named, country_adjectives, country_named
from khulasa.news.resources import read_table

VAGUE = "vague"
TYPES = frozenset({
    "monitor", "government", "army", "police", "official", "un_agency", "ngo", "rescue", "health_authority",
    "hospital", "agency", "outlet", "state_media", "armed_group", "party", "election_body", "company", VAGUE,
})
# the types a conduit (an outlet relaying someone: نقلت رويترز عن، قال لفرانس برس) may have
CONDUITS = frozenset({"agency", "outlet", "state_media"})


@dataclass(frozen=True, slots=True)
class Source:
    canonical: str  # the name of sources.tsv, "vague", or the words as written when not in it
    type: str | None  # one of TYPES; None for a name sources.tsv does not hold


class SourcesTableError(ValueError):
    """sources.tsv has a row this module cannot read."""


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, ...], Source], int]:
    """Every alias (its normalised words) -> its source, and the most words an alias has."""
    table: dict[tuple[str, ...], Source] = {}
    for n, row in enumerate(read_table("sources.tsv"), 1):
        if len(row) < 3 or row[1] not in TYPES or not row[0].strip():
            raise SourcesTableError(f"sources.tsv row {n}: want canonical, type (one of TYPES), aliases: {row!r}")
        source = Source(row[0], row[1])
        for alias in (row[0], *row[2].split("|")):
            words = _words(alias)
            if not words:
                continue
            if table.get(words, source) != source:
                raise SourcesTableError(f"sources.tsv: {alias!r} is an alias of {table[words].canonical} too")
            table[words] = source
    return table, max(len(w) for w in table)


@lru_cache(maxsize=1)
def _national() -> dict[tuple[str, str], Source]:
    """(a general source's canonical name, a country or "*") -> the source it is there."""
    table = _table()[0]
    general = {s.canonical for s in table.values()}
    out: dict[tuple[str, str], Source] = {}
    for n, row in enumerate(read_table("sources.tsv"), 1):
        for entry in (row[4].split("|") if len(row) > 4 and row[4] else ()):
            name, _, country = entry.partition("@")
            if name not in general or not country:
                raise SourcesTableError(f"sources.tsv row {n}: {entry!r} is not general@country of a source it holds")
            out[(name, country)] = Source(row[0], row[1])
    return out


def is_general(canonical: str) -> bool:
    """The source is a general one that other rows are in their countries (الجيش، الشرطة، وزارة الصحة)."""
    return canonical in _generals()


@lru_cache(maxsize=1)
def _generals() -> frozenset[str]:
    return frozenset(name for name, _ in _national())


def national(canonical: str, country: str | None) -> Source | None:
    """The source a general one (وزارة الصحة، السلطات، الهلال الأحمر) is in ``country``, or where
    no country has its own ("*") unless that one names another country; None when it is not a
    general source."""
    found = _national()
    own = found.get((canonical, country)) if country else None
    if own is not None:
        return own
    anywhere = found.get((canonical, "*"))
    # the default is a country's own (الدفاع المدني السوري): never another country's figures' (the
    # Algerian civil defence's count of a Bouira bomb's victims was credited to Syria's)
    if anywhere is not None and country is not None and (named := countries_named(anywhere.canonical)):
        return anywhere if country in named else None
    return anywhere


@lru_cache(maxsize=1)
def _official_documents() -> dict[str, Source]:
    """A document's word saying it is official (رسمية) -> whose a document named by such words alone is
    (attribution.tsv, kind official: وفق حصيلة رسمية is the authorities')."""
    table = _table()[0]
    return {
        normalize(row[0]): table[_words(row[2])]
        for row in read_table("attribution.tsv") if len(row) > 2 and row[1] == "official"
    }


@lru_cache(maxsize=1)
def _attribution_words() -> dict[str, frozenset[str]]:
    """The word classes of attribution.tsv a source's words are read with (document, not_speaker)."""
    kinds: dict[str, set[str]] = {
        "document": set(), "not_speaker": set(), "country_voice": set(), "officials": set(), "through": set(),
        "not_official": set(), "described": set(), "unnamed_body": set(), "one_of": set(), "named_as": set(),
        "imperfect_prefix": set(), "said_in": set(),
    }
    for row in read_table("attribution.tsv"):
        if len(row) > 1 and row[1] in kinds:
            kinds[row[1]].add(normalize(row[0]))
    return {k: frozenset(v) for k, v in kinds.items()}


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(text))


SHORT_GLUED = 3  # letters of a word with a glued ل the clitic reader leaves whole (لبي of لبي بي سي)


@lru_cache(maxsize=8192)
def _forms(key: str) -> tuple[str, ...]:
    """A word and the word without a clitic before it: وللمرصد -> للمرصد -> المرصد."""
    forms = [key]
    for w in (key, bare(key, "conjunction")):
        b = bare(w, "particle")
        for f in (w, b):
            f = lam_article(f)  # (للمرصد: المرصد)
            if f not in forms:
                forms.append(f)
    if len(key) == SHORT_GLUED and key[:1] in clitic_letters("preposition_l") and key[1:] not in forms:
        forms.append(key[1:])  # لبي بي سي: a ل on a word too short for a clitic to be taken off it
    return tuple(forms)


def _alias_at(keys: tuple[str, ...], i: int) -> tuple[int, Source] | None:
    """The longest alias starting at word ``i``: (its length in words, its source)."""
    table, longest = _table()
    for n in range(min(longest, len(keys) - i), 0, -1):
        rest = keys[i + 1:i + n]
        for form in _forms(keys[i]):
            source = table.get((form, *rest))
            if source is not None:
                return None if _of_another_country(keys, i + n, source) else (n, _of_its_country(keys, i + n, source))
    return None


def _of_its_country(keys: tuple[str, ...], end: int, source: Source) -> Source:
    """A general source whose bare name stands for one body everywhere ("@*": الصليب الأحمر is the
    ICRC) followed by a country's adjective is that country's own (الصليب الأحمر الإندونيسي: the
    Indonesian Red Cross, not the ICRC): its row when sources.tsv has one, else the general name in
    that country. (Other general names, الشرطة، السلطات, stay general: the figure's place says whose.)"""
    if end >= len(keys) or (source.canonical, "*") not in _national():
        return source
    adjectives = country_adjectives()
    country = adjectives.get(keys[end]) or adjectives.get("ال" + keys[end])
    if country is None:
        return source
    return _national().get((source.canonical, country)) or Source(f"{source.canonical} في {country}", source.type)


def _of_another_country(keys: tuple[str, ...], end: int, source: Source) -> bool:
    """The alias is followed by another country's adjective than the source's own (وسائل إعلام
    حكومية إيرانية is Iran's state media, not Syria's, which the bare phrase most often is)."""
    if end >= len(keys):
        return False
    adjectives = country_adjectives()
    said = adjectives.get(keys[end]) or adjectives.get("ال" + keys[end])
    own = _own_country(source.canonical) if said is not None else None
    return own is not None and said != own


@lru_cache(maxsize=512)
def _own_country(canonical: str) -> str | None:
    """The country a source belongs to: its national column's, else the one its name's adjective
    says (الإعلام الرسمي السوري: سوريا)."""
    adjectives = country_adjectives()
    named = (adjectives.get(normalize(w)) for w in canonical.split())
    return country_of(canonical) or next((c for c in named if c is not None), None)


def _head(keys: tuple[str, ...]) -> tuple[int, bool]:
    """The first word that is not a document word (حصيلة، بيان، من) and whether a vague one
    (تقارير، أنباء) was passed over."""
    document = _attribution_words()["document"]
    table = _table()[0]
    vague = False
    for i, key in enumerate(keys):
        forms = _forms(key)
        if not any(f in document for f in forms):
            return i, vague
        vague = vague or any(getattr(table.get((f,)), "type", None) == VAGUE for f in forms)
    return len(keys), vague


_VAGUE = Source(VAGUE, VAGUE)


def name_length(words: str) -> int:
    """How many of the words, from the first, name a known source by one of its aliases, with the
    document words before it (منظمة هيومن رايتس ووتش الجيش العراقي: 4; بيان المرصد: 2); 0 when they
    do not open with one."""
    keys = tuple(t.key for t in tokenize(words))
    h, _ = _head(keys)
    found = _alias_at(keys, h) if h < len(keys) else None
    return h + found[0] if found is not None else 0


def named_first(words: str, country: bool = False) -> bool:
    """The words open with a known source's name, past the words of a document (بيان المرصد، المرصد
    السوري): not one named further on (الإرهاب ضد داعش: what was monitored, not who). ``country``: or
    with a country's name, its government's voice (ويقدّر لبنان)."""
    tokens = tokenize(words)
    keys = tuple(t.key for t in tokens)
    h, _ = _head(keys)
    if h >= len(keys):
        return False
    return _alias_at(keys, h) is not None or (
        country and getattr(resolve(tokens[h].text), "type", None) not in (None, VAGUE)
    )


@cache
def spelled_numbers() -> frozenset[str]:
    """Numbers of two or more written in words (ثلاثة، عشرون، مئة), normalised, which end a speaker's name as digits
    do (أعلن الجيش اعتراض ثلاثة صواريخ): not with the article (مجموعة العشرين is a name), nor «one» (أحد opens «one
    of»)."""
    classes = ("unit", "ten", "tens", "hundred", "hundreds")
    return frozenset(w for w, (v, c) in number_words().words.items() if c in classes and v >= 2)


def _one_named(tokens: list[Token]) -> bool:
    """«One of» names its one: a word giving his name (ويدعى), or a word that is no article's after a definite plural
    (أحد المنظمين بيار ستامبول: the name in apposition; not أحد السكان في القرية, nor أحد مستخدمي موقع, a construct)."""
    if not _attribution_words()["named_as"].isdisjoint(t.key for t in tokens):
        return True
    if len(tokens) < 3 or not tokens[1].key.startswith("ال"):
        return False
    name = tokens[2].key
    # (not a definite word, glued or not: بالقرية، العيان; nor a word of function: في، من، الذي)
    return name.isalpha() and not bare(name, "particle").startswith("ال") and not is_stopword(name)


def _a_count(key: str) -> bool:
    """The word is a number of people, two or more: digits, a cardinal word (ثلاثة) or a vague count (عشرات); not
    «one of» (أحد السكان ويدعى مودو عثمان: one person, named)."""
    found = number_words().words.get(key)
    return key.isdigit() or key in spelled_numbers() or (found is not None and found[1] == "vague")


def _an_unnamed_body(tokens: list[Token]) -> bool:
    """A body's noun, indefinite, then only indefinite adjectives, the last with an adjective's ending (مجموعة
    مراقبة مستقلة، وكالة إندونيسية حكومية أخرى): no name given."""
    if len(tokens) < 2 or bare(tokens[0].key, "conjunction") not in _attribution_words()["unnamed_body"]:
        return False
    if any(t.key.startswith("ال") for t in tokens[1:]):
        return False
    return tokens[-1].text.endswith(ADJECTIVE_ENDINGS)


def _described_not_named(keys: tuple[str, ...], h: int) -> bool:
    """An indefinite document's noun, then a verb of the clause that describes who made it (لموقع يتابع انقطاع التيار
    الكهربائي: a website left unnamed): a frequent word opening as an imperfect does that the news never writes with
    the article, as it writes names and nouns (تلفزيون، اليوتيوب)."""
    if h == 0 or h >= len(keys) or keys[h - 1].startswith("ال") or is_stopword(keys[h - 1]) or keys[h][:1] not in (
        _attribution_words()["imperfect_prefix"]
    ):
        return False  # (قال ما تشى كوه: a name after «ما», no document)
    return lexicon().freq(keys[h]) >= VERB_SEEN and lexicon().freq("ال" + keys[h]) == 0


VERB_SEEN = 20  # times a word must be in the news to be taken for a verb by its never taking the article


ADJECTIVE_ENDINGS = ("ة", "ى", "ي")  # مستقلة، أخرى، دولي: an adjective's endings, which a foreign name seldom has


@lru_cache(maxsize=20_000)
def resolve(words: str) -> Source | None:
    """The source an attribution's words name (see the module's doc); None when they name no one."""
    tokens = tokenize(words)
    whole = _table()[0].get(tuple(t.key for t in tokens))
    if whole is not None:
        return whole  # a name that ends like a particle (سي إن إن) is the name
    if len(tokens) > 1 and (
        _a_count(tokens[0].key) or (tokens[0].key in _attribution_words()["one_of"] and not _one_named(tokens))
    ):
        # people counted (ثلاثة مسؤولين، أربعة من كل خمسة: a random draw of session 28 had «أربعة من كل» as a source),
        # or one of many left unnamed (أحد مستخدمي موقع "ويبو"، أحد السكان): whom the rest names, else no one named;
        # not one the text names (أحد السكان ويدعى مودو عثمان، أحد المنظمين بيار ستامبول: his own source, read on below)
        rest = resolve(words[tokens[1].start:])
        return rest if rest is not None and rest.type is not None else _VAGUE
    while len(tokens) > 1 and tokens[-1].key in _attribution_words()["not_speaker"]:
        tokens.pop()  # تشير التقارير إلى، حذرت ... من: the verb's preposition, not the name
    keys = tuple(t.key for t in tokens)
    h, passed_vague = _head(keys)
    described = _attribution_words()["described"]
    cut = next((k for k in range(h + 1, len(keys)) if keys[k] in described), None)
    if cut is not None:
        # (a body described by who formed it, اللجنة المشكلة من الحكومة: the body, its name before the participle)
        tokens, keys = tokens[:cut], keys[:cut]
    if h == len(keys):
        # (وفق حصيلة رسمية: an official document, no one named: the authorities')
        if passed_vague:
            return _VAGUE
        # (not an unofficial one: حصيلة غير رسمية، شبه رسمية)
        official = _official_documents()
        if not _attribution_words()["not_official"].isdisjoint(keys):
            return None
        return next((official[k] for k in keys if k in official), None)
    at_head = _alias_at(keys, h)
    if at_head is not None:
        officials = not _attribution_words()["officials"].isdisjoint(_forms(keys[h]))  # (ومسؤولون: with its و)
        inside = _officials_of(keys, h + at_head[0]) if officials else None
        return inside or _with_its_country(words, tokens, h, h + at_head[0], at_head[1])
    if any(f in _attribution_words()["not_speaker"] for f in _forms(keys[h])) or (
        h > 0 and keys[h] in _attribution_words()["said_in"]
    ):
        return None  # (تغريدة جاء فيها: what the document said, no one named)
    best: tuple[int, Source] | None = None
    for i in range(h + 1, len(keys)):
        found = _alias_at(keys, i)
        # (a vague word further on names no one: وكالة الأنباء الرسمية الفلسطينية "وفا" is وفا)
        if found is not None and found[1].type != VAGUE and (best is None or found[0] > best[0]):
            # (الجناح الإعلامي للجيش الباكستاني: the army with its country)
            best = found[0], _with_its_country(words, tokens, i, i + found[0], found[1])
    if best is not None:
        # (أعلنت الولايات المتحدة فرض رسوم ... من الاتحاد الأوروبي: the country speaking, not the one it names;
        # but a country speaking through its body is that body: أعلنت روسيا على لسان وزارة الدفاع الروسية)
        return (None if _speaks_through(keys, h, best[1]) else _country_at_head(keys, h)) or best[1]
    if passed_vague or _an_unnamed_body(tokens[h:]) or _described_not_named(keys, h):
        return _VAGUE
    return _country_voice(keys[h:]) or _of_a_country_named(keys[h:]) or Source(
        # (بيان للجيش: الجيش, not للجيش, the ل a document glued to it taken off)
        # (a hashtag's words are the name: #الجيش_اليمني is الجيش اليمني)
        lam_article(_plain(words[tokens[h].start:tokens[-1].end])), None
    )


_QUOTE_MARKS = str.maketrans("", "", "\"“”«»")


def _plain(name: str) -> str:
    """A name as a canonical one is written: no brackets or quotes about it nor quote marks inside it (منظمة
    "صحفيون من أجل الحرية: its opening mark had stayed), a hashtag's words as words (#الجيش_اليمني)."""
    return name.strip(" \"'“”«»()").translate(_QUOTE_MARKS).replace("_", " ").replace("#", "").strip()


def _with_its_country(words: str, tokens: list, h: int, after: int, found: Source) -> Source:
    """The general army with its country's adjective right after it is that country's (الجيش العراقي، القوات المسلحة
    الفرنسية): the table's row for it, else the words themselves, an army; not the general army, which would lose the
    country (the review of session 31: the Pakistani, Iraqi and French armies)."""
    # (an army only: a general body's country, السلطات الإندونيسية, is read from the figure's place by national rows)
    if after >= len(tokens) or found.type != "army" or not is_general(found.canonical):
        return found
    country = country_adjectives().get(tokens[after].key)
    if country is None:
        return found
    own = _national().get((found.canonical, country))
    # (its words past a document's, a ل glued to the army taken off: بيان للجيش العراقي is الجيش العراقي)
    name = lam_article(words[tokens[h].start:tokens[after].end].strip(" \"'“”«»()"))
    return own or Source(_without_its_particle(name), found.type)


def _without_its_particle(name: str) -> str:
    """A name without a ب، و or ف glued to its article (الضابط بالجيش الصومالي: الجيش الصومالي, H104's «بالجيش»)."""
    bared = bare(name, "particle")
    return bared if bared != name and bared.startswith("ال") else name


OFFICIALS_REACH = 2  # words between unnamed officials and the institution they are of (مسؤول كبير في الأمم المتحدة)


def _officials_of(keys: tuple[str, ...], i: int) -> Source | None:
    """The named institution unnamed officials written before word ``i`` are of, in construct or after في
    (مسؤولو الصليب الأحمر الإندونيسي، مسؤولون في وزارة الصحة بقطاع غزة): its figures are the institution's.
    None when they are of no named one (مسؤولون أمنيون، مسؤولون في قاعدة بحرية ليبية): vague."""
    for j in range(i, min(i + OFFICIALS_REACH + 1, len(keys))):
        rest = keys[j + 1:] if keys[j] == "في" else keys[j:]
        found = resolve(" ".join(rest)) if rest and _alias_at(rest, 0) is not None else None
        if found is not None and found.type not in (None, VAGUE):
            return found
    return None


def _of_a_country_named(keys: tuple[str, ...]) -> Source | None:
    """A general source's noun with the name of its country after it (حكومة مالي، سلطات البوسنة) is that
    general source, as with the country's adjective (الحكومة المالية، السلطات البوسنية)."""
    if len(keys) < 2 or keys[0].startswith("ال"):
        return None
    general = _table()[0].get(("ال" + keys[0],))
    if general is None or general.type in (None, VAGUE) or country_named(" ".join(keys[1:])) is None:
        return None
    return general


def _speaks_through(keys: tuple[str, ...], h: int, source: Source) -> bool:
    """The words say a country speaks through the source they name (عبر، على لسان), or the source is the
    country's own (أعلنت روسيا أن وزارة الدفاع الروسية, شينخوا of الصين الجديدة)."""
    if not _attribution_words()["through"].isdisjoint(keys):
        return True
    own = _own_country(source.canonical)
    return own is not None and any(country_named(" ".join(keys[h:h + n])) == own for n in range(1, COUNTRY_WORDS + 1))


def _country_at_head(keys: tuple[str, ...], h: int) -> Source | None:
    """The voice of the country the words open with (its name whole, more words after it), else None."""
    for n in range(min(COUNTRY_WORDS, len(keys) - h - 1), 0, -1):
        if country_named(" ".join(keys[h:h + n])) is not None:
            return _country_voice(keys[h:h + n])
    return None


COUNTRY_WORDS = 3  # the most words of a country's name (جمهورية الكونغو الديمقراطية)


def _country_voice(keys: tuple[str, ...]) -> Source | None:
    """A country named as the speaker (أعلنت كولومبيا) is its government: its own row in sources.tsv
    when it has one (الحكومة التركية), else the general one."""
    country = country_named(" ".join(keys))
    if country is None:
        return None
    for voice in _attribution_words()["country_voice"]:
        general = _table()[0].get((voice,))
        if general is not None:
            return national(general.canonical, country) or general
    return None


def named_before(keys: list[str], end: int) -> int | None:
    """Where the longest named source (not a vague one) ending just before word ``end`` starts:
    the speaker of a verb written after it (إلا أن المرصد أفاد بحدوث، الجمعية الطبية أعلنت أن)."""
    longest = _table()[1]
    window = tuple(keys[max(0, end - longest):end])
    for s in range(len(window)):
        found = _alias_at(window, s)
        if found is not None and s + found[0] == len(window) and found[1].type != VAGUE:
            return end - len(window) + s
    return None


VAGUE_SUBJECT_WORDS = 5  # words a vague subject before its verb may run to (العديد من المصادر الأمنية أكدت)


def vague_before(keys: list[str], end: int) -> int | None:
    """Where a vague source written just before word ``end`` starts, the subject of a verb of saying
    there (لكن العديد من المصادر الأمنية أكدت، اثنين من السكان قالا): the first word from which the
    words up to ``end`` name a vague source, or None."""
    document = _attribution_words()["document"]
    for start in range(max(0, end - VAGUE_SUBJECT_WORDS), end):
        # (only words a vague source or a document word opens are asked: most spans open with neither)
        alias = _alias_at(tuple(keys[start:end]), 0)
        if (alias is None or alias[1].type != VAGUE) and not any(f in document for f in _forms(keys[start])):
            continue
        found = resolve(" ".join(keys[start:end]))
        if found is not None and found.type == VAGUE:
            return start
    return None


@lru_cache(maxsize=20_000)
def conduit_at(words: str) -> str | None:
    """The outlet or agency ``words`` begin with (لوكالة فرانس برس -> فرانس برس), else None."""
    keys = _words(words)
    if not keys:
        return None
    found = _alias_at(keys, 0)
    return found[1].canonical if found is not None and found[1].type in CONDUITS else None


def shown(canonical: str | None, as_written: str | None) -> str | None:
    """What to call a figure's source when figures are lined up: its canonical name, or the
    words as written when it is vague (مصادر طبية says more than "vague") or not resolved."""
    if canonical is None or canonical == VAGUE:
        return as_written
    return canonical


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """A national source's canonical name -> its country (from the national column); not an army's, which fights
    abroad (the Turkish army's toll in Afrin, the Pentagon's count of fighters in Hajin), nor state media's, which
    report on the wars next door (قناة الإخبارية السعودية on the Houthi dead in Sanaa, a held-out set of session 34)."""
    return {
        s.canonical: country for (_, country), s in _national().items()
        if country != "*" and s.type not in SPEAK_ABROAD
    }


SPEAK_ABROAD = frozenset({"army", "state_media"})  # national sources whose figures are as often of other countries


def country_of(canonical: str | None) -> str | None:
    """The country a national source speaks for (وزارة الصحة في غزة: فلسطين), or None."""
    return _countries().get(canonical) if canonical else None
