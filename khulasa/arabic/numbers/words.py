"""The number reader's language data, loaded once from ``khulasa/arabic/data``: the number words
(``number_words.tsv``), the words around a number that say what it is (``number_context.tsv``),
the ordinals (``ordinals.tsv``), the month names (``months.tsv``) and the grammar words the
rules test for (``number_grammar.tsv``), and the units of measure (``number_units.tsv``). The
one-letter clitics are the named sets of ``single_proclitics.tsv`` (``khulasa.arabic.clitics``)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khulasa.arabic.clitics import bare, clitic_letters
from khulasa.arabic.lexicon import lexicon
from khulasa.arabic.normalize import normalize
from khulasa.arabic.resources import read_table

# Arabic marks the rules test for, by code point (the code holds no Arabic literal)
ARABIC_COMMA = chr(0x060C)  # ، : a thousands separator in digits (350،000), trimmed off by parse
ARABIC_SEMICOLON = chr(0x061B)  # ؛ : trimmed off a numeral by parse
ARABIC_QUESTION_MARK = chr(0x061F)  # ؟ : the same
ARABIC_PERCENT_SIGN = chr(0x066A)  # ٪ : a percentage after the digits (10٪)
ARABIC_DECIMAL_SEPARATOR = chr(0x066B)  # ٫ : a leading decimal point (٫77)
DAMMA = chr(0x064F)  # the damma on a fraction's first letter: خُمس is a fifth, خمس is five
SHADDA = chr(0x0651)  # a doubled letter: ألّف (he wrote) is a verb, the number ألف has none
HAMZA_ALIFS = chr(0x0623) + chr(0x0625)  # أ إ: an article is never written with one (ألستون is a name, no الستون)
ALIF = chr(0x0627)  # the alif of the accusative a counted noun ends with (عنصرا، شخصا)
PERCENT_SIGNS = "%" + ARABIC_PERCENT_SIGN
DECIMAL_POINTS = "." + ARABIC_DECIMAL_SEPARATOR


@dataclass(frozen=True)
class Words:
    words: dict[str, tuple[float, str]]  # normalised word -> (value, class)
    fractions: dict[str, float]  # normalised fraction word (ربع، خمس...) -> value
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]  # last word -> [(words, role)]
    roles_single: dict[str, set[str]]  # one-word phrase -> roles
    ordinals: dict[tuple[str, ...], int | str]
    ordinal_first: frozenset[str]  # first words of the ordinals, to skip the rest fast
    symbols: list[tuple[str, str]]  # (symbols, role): >= 30، < 20
    months: dict[tuple[str, ...], int]
    designators: frozenset[str]  # words a model number follows (إف 16، ميغ 29), exactly as keyed
    code_letters: frozenset[str]  # Latin letters' names a code's second part opens with (إتش7 إن9)


def _number_words() -> tuple[dict[str, tuple[float, str]], dict[str, float]]:
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
    return words, fractions


@dataclass
class _Context:
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    single: dict[str, set[str]]
    symbols: list[tuple[str, str]]
    designators: set[str]
    code_letters: set[str]


def _context() -> _Context:
    c = _Context({}, {}, [], set(), set())
    units = tuple(("measure", unit) for unit, _why in read_table("number_units.tsv"))
    for role, phrase in read_table("number_context.tsv") + units:
        if role in ("designator", "code_letter"):
            (c.designators if role == "designator" else c.code_letters).add(normalize(phrase))
            continue
        if not any(ch.isalpha() for ch in phrase):
            c.symbols.append((phrase.replace(" ", ""), role))
            continue
        toks = tuple(normalize(p) for p in phrase.split())
        c.phrases.setdefault(toks[-1], []).append((toks, role))
        if len(toks) == 1:
            c.single.setdefault(toks[0], set()).add(role)
    for lst in c.phrases.values():
        lst.sort(key=lambda p: -len(p[0]))
    c.symbols.sort(key=lambda r: -len(r[0]))
    return c


@lru_cache(maxsize=1)
def words() -> Words:
    number_words, fractions = _number_words()
    c = _context()
    ordinals = {
        tuple(normalize(p) for p in w.split()): (int(v) if v.isdigit() else v) for w, v in read_table("ordinals.tsv")
    }
    months = {tuple(normalize(p) for p in name.split()): int(n) for name, n, _ in read_table("months.tsv")}
    ordinal_first = frozenset(k[0] for k in ordinals)
    return Words(number_words, fractions, c.phrases, c.single, ordinals, ordinal_first, c.symbols, months,
                 frozenset(c.designators), frozenset(c.code_letters))


@lru_cache(maxsize=1)
def weekdays() -> frozenset[str]:
    """The weekday names of the date layer's ``date_words.tsv`` (الجمعة، السبت), normalised: يوم
    before one names a day (قتل 25 يوم الجمعة), it is no unit of time counted."""
    return frozenset(normalize(row[1]) for row in read_table("date_words.tsv") if row[0] == "weekday")


@dataclass(frozen=True)
class Grammar:
    """The grammar words of ``number_grammar.tsv``, by role (each row says why)."""
    article: str
    and_: frozenset[str]
    share_pronouns: tuple[str, ...]  # in order, the longest first
    one_as_pronoun: frozenset[str]
    ordinal_teen: frozenset[str]
    not_a_bound: frozenset[str]
    ratio: frozenset[str]
    per: frozenset[str]
    smaller_of: frozenset[str]
    ratio_every: frozenset[str]
    ratio_among: frozenset[str]
    ratio_about: frozenset[str]
    from_: frozenset[str]
    day_of: frozenset[str]
    month_word: frozenset[str]
    range_and: frozenset[str]
    range_gap: frozenset[str]
    range_to: frozenset[str]
    range_or: frozenset[str]
    round_name: frozenset[str]
    half_compound: frozenset[str]
    name_noun: frozenset[str]
    name_after: frozenset[str]
    edition: frozenset[str]
    edition_word: frozenset[str]  # ... before a number word with the article only (الاحتجاج السبعمئة)
    dynasty: frozenset[str]  # which dynasty (الأسرة 21): an ordinal only alone and no greater than DYNASTIES
    letter_name: frozenset[str]
    day_word: frozenset[str]
    singular_time: frozenset[str]
    hour_one: frozenset[str]
    hour_less: frozenset[str]
    match_adverb: frozenset[str]
    accusative: frozenset[str]
    age_reached: frozenset[str]
    life_span: frozenset[str]
    age_in: frozenset[str]  # «in» before an age written with the article apart (أم في الـ46)
    kin_name: frozenset[str]
    glued_name: frozenset[str]
    glued_name_goes_on: frozenset[str]  # a name a glued_name word opens goes on in it (وست هام)
    particle: frozenset[str]
    glued_particle: frozenset[str]  # a particle glued to the digits before it: a space left out (2015في)
    glued_plural: frozenset[str]  # a plural a number counts glued to its digits: a space left out (108حالات)
    era_gregorian: frozenset[str]  # the era's letter after a year, apart or glued to it (2017م)
    era_hijri: frozenset[str]  # the same, of the Hijri era (1439هـ)
    era_word: frozenset[str]  # an era's word after a year (456 هجرية، 622 ميلادية)
    model_word: frozenset[str]
    model_direct: frozenset[str]  # the word a model's number may follow right after it (من طراز 737)
    channel_word: frozenset[str]
    unit_word: frozenset[str]  # a military unit whose arm may stand before its number (فوج المدفعية 137)
    device_word: frozenset[str]
    device_after_count: frozenset[str]
    until: frozenset[str]
    clause_end: frozenset[str]
    stroke: frozenset[str]  # a letter drawn as a dash (the tatweel of 2ـ 0)
    # words as written (not normalised) that normalise to a number word but are none without its
    # hamza: ميتا (dead) is no مئتا (200)
    without_hamza: frozenset[str]


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    by: dict[str, list[str]] = {}
    for role, word, _why in read_table("number_grammar.tsv"):
        by.setdefault(role, []).append(word)
    (article,) = by["article"]

    def bag(role: str) -> frozenset[str]:
        return frozenset(by[role])

    return Grammar(article, bag("and"), tuple(by["share_pronoun"]), bag("one_as_pronoun"), bag("ordinal_teen"),
                   bag("not_a_bound"), bag("ratio"), bag("per"), bag("smaller_of"),
                   bag("ratio_every"), bag("ratio_among"), bag("ratio_about"), bag("from"), bag("day_of"),
                   bag("month_word"), bag("range_and"), bag("range_gap"), bag("range_to"), bag("range_or"),
                   bag("round_name"), bag("half_compound"), bag("name_noun"), bag("name_after"), bag("edition"),
                   bag("edition_word"), bag("dynasty"),
                   bag("letter_name"), bag("day_word"), bag("singular_time"), bag("hour_one"), bag("hour_less"),
                   bag("match_adverb"),
                   bag("accusative"), bag("age_reached"), bag("life_span"), bag("age_in"), bag("kin_name"),
                   bag("glued_name"), bag("glued_name_goes_on"),
                   bag("particle"), bag("glued_particle"), bag("glued_plural"), bag("era_gregorian"), bag("era_hijri"),
                   bag("era_word"),
                   bag("model_word"), bag("model_direct"),
                   bag("channel_word"),
                   bag("unit_word"), bag("device_word"),
                   bag("device_after_count"), bag("until"), bag("clause_end"), bag("stroke"),
                   bag("without_hamza"))


@lru_cache(maxsize=1 << 16)  # (the context rules ask often: a hit costs no call of its own)
def strip_clitic(key: str) -> str:
    """بعشرة -> عشرة: a one-letter clitic (و ف ب ل ك) off a word of three letters or more."""
    return bare(key, "number")


LAM = chr(0x0644)  # ل: glued to a word with the article, the article's alif is not written (للمادة = ل + المادة)


@lru_cache(maxsize=1 << 13)
def lam_article(key: str) -> str:
    """للمادة -> المادة: the word with its article, a glued ل taken off (else the key itself); للجنة -> اللجنة
    when the word itself starts with ل, as the news writes it more often (التقرير الرابع للجنة had been «الجنة»,
    paradise, as a source)."""
    if not (key.startswith(LAM + LAM) and len(key) > 3):
        return key
    short, whole = grammar().article + key[2:], grammar().article + key[1:]
    freq = lexicon().freq
    return whole if freq(normalize(whole)) > freq(normalize(short)) else short


@lru_cache(maxsize=1)
def and_letters() -> frozenset[str]:
    return clitic_letters("number_and")


def after_and(key: str) -> str | None:
    """وعشرون -> عشرون: the rest of a word that starts with a glued و (any length), else None."""
    return key[1:] if key[:1] in and_letters() else None


def glued_and(key: str) -> bool:
    """وأحد -> True: a glued و before a number word (وأحد normalises to واحد, a word of its own)."""
    rest = after_and(key)
    return rest is not None and rest in words().words
