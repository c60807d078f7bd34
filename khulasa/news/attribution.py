"""Who a sentence says a figure comes from, following Arabic reporting structure:

    قال / أفاد / أعلن / ذكر / أكد + speaker + إن/أن ...        (a reporting verb)
    بحسب / وفق / حسب / حسبما / نقلا عن + source                 (according to)
    نقلت وكالة X عن Y، وفق ما نقلته X عن Y، ذكرت X نقلا عن Y: Y is the source, X the conduit
    قال Y لوكالة X، في تصريح لـ X: Y is the source, X the conduit
    وأضاف / وتابع ...: the speaker of the previous sentence goes on

The cues live in ``data/attribution.tsv``. Speakers are returned as written in the sentence, with
their span; words that name no one (``news/sources.py``: a clause a reporting verb took, such as
أعلن تنكيس الأعلام) are no attribution.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from khulasa.arabic.clitics import bare, bare_all, clitic_letters
from khulasa.arabic.dates import find as find_dates
from khulasa.arabic.dates import may_contain as may_hold_dates
from khulasa.arabic.dates.words import words as date_words
from khulasa.arabic.lexicon import lexicon
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers import find as find_numbers
from khulasa.arabic.numbers import may_contain as may_hold_numbers
from khulasa.arabic.numbers.token_value import number_word
from khulasa.arabic.numbers.words import lam_article
from khulasa.arabic.stopwords import is_stopword, relative_pronouns
from khulasa.arabic.tokenize import Token, remembered, tokenize
from khulasa.news.measures import measure_words
from khulasa.news.places import country_adjectives, gazetteer
from khulasa.news.resources import read_table
from khulasa.news.sources import (
    CONDUITS,
    conduit_at,
    name_length,
    named_before,
    named_first,
    resolve,
    spelled_numbers,
    vague_before,
)

MAX_SPEAKER_WORDS = 12
# "others" this near the start count on from the sentence before (وأصيب 13 آخرون); further in, from
# a count of their own sentence (أدى إلى مقتل شخص وإصابة 11 آخرين)
OTHERS_WITHIN = 8
_BREAK = set(",،.؛:()[]\"“”«»!?؟")


# "records": a verb that credits a figure only to a document or a known source (وسجل تقرير الائتلاف،
# وأظهرت البيانات), not to whatever it has as subject (سجل خلاله 44 هدفا، أظهرت لقطات عشرات الجرحى)
CUE_KINDS = ("verb", "according", "continue", "records")


@dataclass(frozen=True)
class Attribution:
    start: int  # the cue's start in the sentence
    end: int  # the speaker's end in the sentence
    source: str  # the speaker's words as written (a ل glued to the first word taken off)
    kind: str  # verb | according | continue
    # the speaker's words in the article: text[source_start:source_end] (with a glued ل), offset by
    # ``attribute``'s ``offset``; a continuing attribution keeps the span of the one it continues
    source_start: int = 0
    source_end: int = 0
    conduit: str | None = None  # who relays it (نقلت وكالة تاس عن ...: تاس), as written or canonical
    # an "according to" closing its sentence after a comma covers the clause before that comma
    # from here (... أسفر أيضا عن جرح سبعة إسرائيليين، بحسب الجيش الإسرائيلي.), whoever spoke before
    closes_from: int | None = None


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    cues: dict[tuple[str, ...], str] = {}
    ends: set[tuple[str, ...]] = set()
    for row in read_table("attribution.tsv"):
        cue, kind = row[:2]
        words = tuple(normalize(w) for w in cue.split())
        if kind in ("end", "day", "verdict"):
            ends.add(words)
        elif kind in CUE_KINDS:
            cues[words] = kind
    return cues, frozenset(ends)


TEH_MARBUTA, HEH = "\u0629", "\u0647"  # ة and ه, one letter once normalised


@lru_cache(maxsize=1)
def _cues_with_teh_marbuta() -> frozenset[str]:
    """The one-word cues written with a final ة (مضيفة), normalised: the same word ending in ه is another (مضيفه)."""
    return frozenset(
        normalize(row[0]) for row in read_table("attribution.tsv")
        if row[1] in CUE_KINDS and row[0].endswith(TEH_MARBUTA)
    )


@lru_cache(maxsize=1)
def going_on() -> frozenset[str]:
    """The one-word verbs of a speaker going on (أضاف، تابع), normalised."""
    return frozenset(words[0] for words, kind in _cues()[0].items() if kind == "continue" and len(words) == 1)


@lru_cache(maxsize=1)
def nouns_alone() -> frozenset[str]:
    """The definite nouns a source is named again by when they stand alone (الوزارة، الجيش), normalised."""
    return _words("institution") | _words("noun_alone")


@lru_cache(maxsize=1)
def according_words() -> frozenset[str]:
    """The first words of «according to» (بحسب، وفقا، نقلا), normalised."""
    return frozenset(words[0] for words, kind in _cues()[0].items() if kind == "according")


def speech_verbs() -> frozenset[str]:
    """The verbs of saying (قال، أعلن، أفاد), normalised."""
    return _words("verb")


def institutions() -> frozenset[str]:
    """The definite nouns of the bodies that speak (المنظمة، المركز، الشبكة), as attribution.tsv lists them."""
    return _words("institution")


@cache  # (asked some 24,000 times for 300 articles: a hit costs no call of its own)
def _words(kind: str) -> frozenset[str]:
    """The normalised words of one kind of attribution.tsv: relay (نقلت، نقلا: verbs of passing on
    what another said), others, document, role, day."""
    return _words_by_kind().get(kind, frozenset())


@cache
def _words_by_kind() -> dict[str, frozenset[str]]:
    """Every kind's words, sorted out in one pass over the file (a pass per kind had walked its 1,400 rows for each
    of the 49 kinds a run asks for)."""
    kinds: dict[str, set[str]] = {}
    for row in read_table("attribution.tsv"):
        if len(row) > 1:
            kinds.setdefault(row[1], set()).add(normalize(row[0]))
    return {kind: frozenset(words) for kind, words in kinds.items()}


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(words[0] for words in _cues()[0])


@lru_cache(maxsize=1 << 14)
def _strip(key: str) -> str:
    return bare(key, "conjunction")


def attribute(
    sentence: str, previous: Attribution | None = None, tokens: list[Token] | None = None, offset: int = 0,
    earlier: Attribution | None = None, named: Sequence[Attribution] = (), toll_told: bool = False,
) -> list[Attribution]:
    """Attributions in ``sentence``, in order; ``previous`` is the last one of the sentence
    before, which a continuing verb (وأضاف) refers to, and ``earlier`` the last speaker of the
    article before that, whom it refers to when the sentence before named no one (a report's
    findings go on over several sentences: وأفاد بأن، وبحسب التقرير); ``named``: the speakers the
    article named before, the latest first, whom a role alone may name again; ``toll_told``: the
    sentence before told of a toll without its number (أعلنت الأمم المتحدة أن أفغانستان سجلت أسوأ
    حصيلة), which a sentence naming no one then gives (وبمقتل 1692 مدنياً). ``tokens``:
    ``tokenize(sentence)`` if the caller has it; ``offset``: where the sentence starts in its
    article (for the spans)."""
    tokens = tokens if tokens is not None else remembered(sentence)  # (read only: shared with the other readers)
    keys = [t.key for t in tokens]
    stripped = bare_all(keys, "conjunction")  # (once a sentence: every word is asked whether a cue opens there)
    cues = _cues()[0]
    cue_starts = _first_words()
    out: list[Attribution] = []
    i = 0
    # (a generator, read as the loop goes: it passes over the words a cue or a speaker took, those before i)
    for i in (k for k, (key, b) in enumerate(zip(keys, stripped)) if k >= i and (key in cue_starts or b in cue_starts)):
        match = _match_cue(keys, stripped[i], i, cues)
        if not match:
            continue
        cue_kind, n, glued_lam = match
        j = i + n
        kind = _kind_here(cue_kind, sentence, tokens, keys, (i, j))
        if kind is None or (kind == "according" and _quoting_a_speaker(sentence, tokens[i].start, out, previous)):
            i = j
            continue
        if kind != "continue":
            j, relay = _source_start(sentence, tokens, keys, i, j, kind, cues)
            found = _attribution(sentence, tokens, keys, (i, j), kind, glued_lam, offset, relay)
            if kind == "records":  # (وسجلت البرازيل رقما: what a country saw; ويقدّر لبنان: its government's estimate)
                if found is None or not _documented(found.source, country=stripped[i] in _words("estimate")):
                    i = j
                    continue
                found = replace(found, kind="verb")
            if found is not None:
                found = _named_before_as(found, out[-1] if out else previous or earlier, named)
                out.append(_passed_on(found, out, previous, sentence, keys, (i, j)))
                i = max(_token_after(tokens, found.end), j)  # a speaker before the verb ends before it
                continue
            if kind != "verb" or not _the_one_before_may_speak(stripped, sentence, tokens, i, i + n - 1):
                i = j if j < len(tokens) else i + n  # (تم نقل 338 شخصا: no عن, no one named; read on after نقل)
                continue
        # وأضاف، مشيرا إلى، and a reporting verb with no speaker opening the sentence (وأشار إلى أن):
        # the speaker before goes on, this sentence's last one or the previous sentence's, or the
        # last the article named, but not for an imperfect verb, impersonal then (ويعتقد أن: it is believed)
        going_on = out[-1] if out else previous or _earlier_going_on(keys, i, j, earlier)
        if going_on is not None:
            out.append(replace(going_on, start=tokens[i].start, end=tokens[j - 1].end, kind="continue"))
        i = j
    return _closing(sentence, _told_to(_agency_told_before(out, previous))) or _others(keys, previous) or _goes_on(
        sentence, previous, toll_told
    )


def _impersonal(stripped: list[str], tokens: list[Token], i: int, k: int) -> bool:
    """The verb at word ``i`` (its last word ``k``) is a passive of belief or estimate with «that» right after it
    (ويعتقد أن 39 من المعارضة قتلوا: it is believed): no one speaks, the outlet does, not the speaker before (H98's
    rebels, credited to the Observatory's toll of the sentence before)."""
    return stripped[i] in _words("impersonal") and k + 1 < len(tokens) and tokens[k + 1].key in _words("that")


def _the_one_before_may_speak(stripped: list[str], sentence: str, tokens: list[Token], i: int, k: int) -> bool:
    """A verb of saying at word ``i`` (its last word ``k``) that names no speaker may have the one before go on: it
    opens the sentence, or follows where what was said came in (``_what_it_came_in``); not a verb of accusing (واتهم
    المالكي: he, not the one before), nor a passive of belief (``_impersonal``)."""
    return (i <= 1 or _what_it_came_in(stripped, sentence, tokens, k)) and stripped[i] not in _words("accuse") and (
        not _impersonal(stripped, tokens, i, k)
    )


def _what_it_came_in(stripped: list[str], sentence: str, tokens: list[Token], k: int) -> bool:
    """The sentence says where the words before came from (جاء ذلك في ...) and a colon follows word ``k``, a verb of
    saying with no name after it (جاء ذلك في تغريدات للداخلية السعودية، حيث قالت: "رجال الأمن يقبضون على مواطنين
    اثنين": a held-out error of session 43): the speaker before goes on, mid-sentence. Not after another subject (من
    جهته علق سعود القحطاني ... حيث قال: he speaks, not the one before)."""
    if tuple(stripped[:2]) not in _came_in():
        return False
    gap = sentence[tokens[k].end:tokens[k + 1].start] if k + 1 < len(tokens) else sentence[tokens[k].end:]
    return ":" in gap


@cache
def _came_in() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.split()) for w in _words("came_in"))


def _earlier_going_on(keys: list[str], i: int, j: int, earlier: Attribution | None) -> Attribution | None:
    """The last speaker the article named goes on after a verb with none, but not after an imperfect one, impersonal
    then (ويعتقد أن: it is believed), unless the document that speaks is named and was that speaker (ويقول التقرير إن,
    after وذكر تقرير أعدته المنظمة)."""
    if earlier is None or not _strip(keys[i]).startswith("ي"):
        return earlier
    return earlier if j < len(keys) and keys[j] in _words("document") and _a_document(earlier.source) else None


SET_OFF_WORDS = 4  # words of an accuser's name the tables do not know, a comma closing it (الرابطة الدولية للسلام،)


def _unquoted(text: str) -> bool:
    return not any(ch in _QUOTES for ch in text)


def _set_off(sentence: str, tokens: list[Token], last: int) -> bool:
    """A comma closes the name ending at word ``last`` (اتهمت الرابطة الدولية للسلام، ميليشيات الحوثي ...)."""
    return last + 1 < len(tokens) and sentence[tokens[last].end:tokens[last + 1].start].strip() in ("،", ",")


def _a_document(source: str) -> bool:
    """The source's words open with a document's (تقرير أعدته المنظمة)."""
    first = normalize(source).split()[:1]
    return bool(first) and _strip(first[0]) in _words("document")


def _goes_on(sentence: str, previous: Attribution | None, toll_told: bool) -> list[Attribution]:
    """The speaker before, for a sentence naming none: the sentence before told a toll without its number, or opened
    the words this one closes."""
    if previous is None or not (toll_told or (previous.kind in ("verb", "continue") and _closes_unopened(sentence))):
        return []
    return [replace(previous, start=0, end=0, kind="continue")]


def _closes_unopened(sentence: str) -> bool:
    """The sentence closes a quotation it did not open: a speaker's words went on from the sentence before (وقال مدير
    المرصد "بعد قتال عنيف، سيطر مسلحو جيش خالد بن الوليد على حيط". then وخلف القتال الذي اندلع الأربعاء 16 قتيلا من
    مسلحي المعارضة ... بضمنهم انتحاريان".: a held-out set's 16 had been the outlet's)."""
    if ":" in sentence or _QUOTES_SET.isdisjoint(sentence):
        return False  # (قائلة لوكالة أسوشيتد برس: نستطيع ... هذا": the words of one it names; most name none)
    if sentence.count("”") > sentence.count("“") or sentence.count("»") > sentence.count("«"):
        return True
    return sentence.count('"') == 1 and sentence.rstrip(" .،,\n").endswith('"')


def _quoting_a_speaker(sentence: str, at: int, out: list[Attribution], previous: Attribution | None) -> bool:
    """An «according to» inside a quotation its speaker opened (وأوضحت اللجنة أنه "وفقا للتقارير الأولية، قتل شرطيان"،
    مشيرة إلى إصابة اثنين: H62): the speaker's own words, who stays the source of what it says."""
    speaker = out[-1] if out else previous
    # (the quotation open before it and closed after it: a mark closing one opened a sentence before is no quotation)
    return (
        speaker is not None and speaker.kind in ("verb", "continue") and _opens_unclosed(sentence[:at])
        and any(ch in _QUOTES for ch in sentence[at:])
    )


def _announced_a_count(tokens: list[Token], keys: list[str], found: Attribution) -> bool:
    """A noun of announcing names its speaker in a few words, or a known source's whole name, and what was counted
    opens right after them: a measure's noun or a number (إعلان الجيش مقتل 71؛ إعلان وزارة الصحة الفلسطينية 30
    قتيلا), not another act announced (إعلان ترامب الاعتراف بالقدس؛ إعلان أمريكي بمنتصف يناير بتشكيل قوة تحوي
    30 ألفا)."""
    named = tokenize(found.source)
    n = len(named)
    k = _token_after(tokens, found.end)
    k += k < len(tokens) and keys[k] in _words("day")  # (إعلان وزارة الدفاع الروسية الأحد مقتل أربعة جنود)
    if k >= len(tokens) or (n > 1 and name_length(found.source) < n and not (
        n == 2 and named[-1].key in country_adjectives()
    )):
        return False  # (إعلان بريطانيا طرد: one word, a known name in full, or with its country: الجيش العراقي)
    said = resolve(found.source)
    if (said is None or said.type is None) and _strip(named[0].key) not in _words("noun_alone"):
        return False  # (إعلان ترامب، إعلان جنيف1، إعلان الحركة: no known source; الجيش العراقي is an army)
    word = _strip(keys[k])
    if keys[k] in _words("announced_that"):
        # (إعلان التحالف الاثنين أنه قتل ثمانية: what it announced, with a count in its first words)
        return any(_counted(_strip(key)) for key in keys[k + 1:k + 1 + THAT_REACH])
    return _counted(word)


def _counted(word: str) -> bool:
    """A measure's noun or a number opens what was announced."""
    return word in measure_words() or word[:1].isdigit() or word in spelled_numbers()


THAT_REACH = 4  # words after «that» the count it announced may stand at (أنه قتل ثمانية)


ANNOUNCED_REACH = 8  # words after a noun of announcing its speaker and the count after them may take


def _kind_here(
    kind: str, sentence: str, tokens: list[Token], keys: list[str], cue: tuple[int, int]
) -> str | None:
    """What a cue of ``kind`` at tokens ``cue`` does here, or None when it names no one speaking."""
    i, j = cue
    if tokens[i].text.endswith(HEH) and _strip(keys[i]) in _cues_with_teh_marbuta():
        return None  # على مضيفه الداخلية: its host (a team), not مضيفة (adding), whose ة folds to the same key
    if kind in ("verb", "records") and i > 0 and (
        keys[i - 1] in _words("masdar_before") or _strip(keys[i - 1]) in _words("name_head")
    ) and _strip(keys[i]) not in _words("announcing"):
        # تمكنت من كشف بؤرة إرهابية: the noun of uncovering after a preposition, no one speaking; واتهمت منظمة رصد
        # للحقوق والحريات: the organisation's name, not its verb
        return None
    if kind == "verb" and _strip(keys[i]) in _words("announcing") and not any(
        k in measure_words() or k[:1].isdigit() for k in map(_strip, keys[j:j + ANNOUNCED_REACH])
    ):
        return None  # (إعلان is a common word: its speaker is read only when a count follows within a name's reach)
    if kind == "according" and any(_strip(keys[k]) in _words("varies") for k in range(max(0, i - VARIES_REACH), i)):
        return None  # ويختلف بحسب الوظائف والقطاعات: it varies by jobs and sectors, no one's words
    if kind == "verb" and i > 0 and keys[i - 1] in _words("subjunctive") and _strip(keys[i])[:1] in _IMPERFECT:
        return None  # يريد أن يوضح: what he means to make clear, not what anyone said
    if kind == "continue" and _names_someone(sentence, tokens, keys, j):
        kind = "verb"  # وأضاف الرئيس التركي: a speaker of its own, not the one before
    if kind != "continue" and _refers_back(sentence, tokens, keys, j):
        kind = "continue"  # وبحسب التقرير، وأظهر البيان: the report already named goes on
    return kind


VARIES_REACH = 2  # words before «according to» a verb of varying may stand in (ويتوقف على حسب، ويختلف حجمها بحسب)
_CLAUSE_BREAKS = "،,؛;:"
_IMPERFECT = "\u064a\u062a"  # the letters an imperfect verb of the third person opens with (ي، ت)
SURNAME = 4  # a surname alone longer than this names whoever was named before in full, not only the latest
RARE_SURNAME = 200  # times the news writes a surname matched anywhere in a name before (إينوكا 4; أنباء 880)
SHORT_NAME = 3  # words of a source named again by its kind and an adjective of its name (الوزارة الروسية)


def _named_before_as(
    found: Attribution, before: Attribution | None, named: Sequence[Attribution] = ()
) -> Attribution:
    """A source named again by a definite noun of its kind (المنظمة after منظمة العفو الدولية),
    as "the same source" (المصدر نفسه) or by a surname alone is the one named before: its name and
    span. A role alone (وأوضح المتحدث) may reach back past another speaker to whom it names."""
    # (بيان للوزارة: الوزارة, a ل glued to the definite noun)
    keys = tuple("ال" + k[2:] if k.startswith("لل") else k for k in (_strip(t.key) for t in tokenize(found.source)))
    for earlier in (before, *named):
        if earlier is not None and (
            _names_again(keys, _said(earlier.source), earlier is before)
            or (earlier is before and _of_its_kind(keys, earlier))
        ):
            return replace(found, source=earlier.source, source_start=earlier.source_start,
                           source_end=earlier.source_end, conduit=found.conduit or earlier.conduit)
    return found


def _of_its_kind(keys: tuple[str, ...], before: Attribution) -> bool:
    """A noun alone names the latest speaker again when that one is of the noun's kind, by whatever name
    (المنظمة after الأونروا: a UN agency)."""
    known = resolve(before.source) if len(keys) == 1 else None
    return known is not None and known.type in _kinds_named().get(keys[0], ())


@cache
def _kinds_named() -> dict[str, frozenset[str]]:
    """The nouns of kind "names_kind" (attribution.tsv) -> the source types each names again."""
    rows = read_table("attribution.tsv")
    return {normalize(row[0]): frozenset(row[2].split()) for row in rows if row[1:2] == ("names_kind",)}


@lru_cache(maxsize=4096)
def _said(source: str) -> tuple[str, ...]:
    """The words a source was named by, and those of its canonical name (المنظمة names again the
    العفو الدولية of منظمة العفو الدولية)."""
    words = tuple(t.key for t in tokenize(source))  # (its words without marks: "مركز أبحاث الأراضي" holds مركز)
    known = resolve(source)
    return (*words, *normalize(known.canonical).split()) if known is not None and known.type is not None else words


def _an_adjective(key: str) -> bool:
    """A definite relative adjective (الإغاثية، العسكري، الأممية): what the noun before it is, not a
    name of its own."""
    # (a country's adjective names another one: الوزارة السورية after وزارة الدفاع الروسية)
    return key.startswith("ال") and key.endswith(("يه", "ي")) and len(key) > 4 and key not in country_adjectives()


def _names_again(keys: tuple[str, ...], said: tuple[str, ...], last: bool) -> bool:
    """``keys`` name again the speaker whose words were ``said`` (``last``: the latest speaker)."""
    if len(keys) > 1 and keys[0] in _words("document"):
        # تقرير المنظمة، بيان من المنظمة: the report of the organisation named before
        rest = keys[2:] if keys[1] in _words("from_issuer") else keys[1:]
        keys = rest if len(rest) == 1 and rest[0] in _words("institution") else keys
    if len(keys) == 2 and keys[0] in _words("institution") and _an_adjective(keys[1]):
        keys = keys[:1]  # المنظمة الإغاثية، المتحدث العسكري: the noun named before, with an adjective of it
    if len(keys) > 1 and keys[0] in _words("institution") and keys[1] in _words("again"):
        keys = keys[:1]  # المنظمة ذاتها، المنظمة التابعة للأمم المتحدة، الاتحاد ومقره جنيف: the noun alone
    if len(keys) != 1:
        # الوزارة الروسية after وزارة الدفاع الروسية: its kind, then words of its name
        kind = keys[0] in _words("institution") and (keys[0][2:] in said or keys[0] in said)
        named_by_kind = kind and len(keys) <= SHORT_NAME and all(k in said for k in keys[1:])
        return named_by_kind or (
            last and " ".join(keys) in _words("same_source")
        )
    key = keys[0]
    if key in _words("institution"):
        # المنظمة after منظمة العفو الدولية; المتحدث after المتحدث باسم البحرية الليبية العميد أيوب قاسم
        return key[2:] in said or key in said
    # a surname alone, وذكر عمر, is the one named before in full: خالد عمر (the latest speaker's, or
    # a longer one's of any named before, his role after it: إينوكا after جيمس منداي إينوكا مفوض الشرطة)
    if len(key) > SURNAME and key in said[1:] and lexicon().freq(key) <= RARE_SURNAME:
        return True  # (a rare word: أنباء is in وكالة أنباء الأناضول and names no one)
    return last and len(key) > 2 and len(said) > 1 and said[-1] == key


def _documented(source: str, country: bool = False) -> bool:
    """Words that open with a known source's name (``country``: or a country's), or a document before
    whoever issued it (تقرير الائتلاف)."""
    named = resolve(source)
    first = _strip(tokenize(source)[0].key) if source.strip() else ""
    return named is not None and (
        (named.type is not None and named_first(source, country)) or first in _words("document")
    )


def _apposition(gap: str, key: str) -> bool:
    """A comma, then who the speaker is (عدنان حزام، المتحدث باسم الصليب الأحمر): the name goes on."""
    return gap.strip() in ("،", ",") and _strip(key) in _words("role")


def _refers_back(sentence: str, tokens: list[Token], keys: list[str], j: int) -> bool:
    """The cue's speaker is a document already named, by its definite noun alone (التقرير،
    البيان، الحصيلة): the words up to the next break are all document words, the first definite; or
    whatever was named before, told to be «the same» (وأوضح نفس المصدر، وبحسب ذات البيان)."""
    if j + 1 < len(tokens) and _strip(keys[j]) in _words("same_before") and keys[j + 1].startswith("ال"):
        return True
    # (وفقا للبيان: the ل of «according to» glued to the article)
    first = lam_article(_strip(keys[j])) if j < len(tokens) else ""
    if not first.startswith("ال") or first not in _words("document") or first in _words("series_number"):
        return False  # (الثاني alone: the latter, a speaker named before; البيان الثاني: a document)
    if first in _words("vague_document") and (j + 1 >= len(tokens) or keys[j + 1] not in _words("same")):
        return False  # وتفيد التقارير: reports, vague (التقارير نفسها: the same ones, named before)
    k = j + 1
    while k < len(tokens) and not any(ch in _BREAK for ch in sentence[tokens[k - 1].end:tokens[k].start]):
        if keys[k] not in _words("document"):
            return (keys[k],) in _cues()[1]  # التقرير الذي، البيان إن: it ends there
        k += 1
    return True


def _closing(sentence: str, out: list[Attribution]) -> list[Attribution]:
    """The last attribution, when it is an "according to" that ends the sentence after a comma,
    with the start of the clause it closes (``closes_from``)."""
    if not out or out[-1].kind != "according" or not _ends_sentence(sentence[out[-1].end:]):
        return out
    before = sentence[:out[-1].start].rstrip()
    if not before or before[-1] not in _CLAUSE_BREAKS:
        return out
    # the sentence's only speaker closes all of it (عرضت الصين ... 70 مليار دولار شرط أن ...، على ما أكد
    # مسؤول حكومي); after another speaker, the clause since the last break
    start = 0 if len(out) == 1 else max(before.rfind(ch, 0, len(before) - 1) for ch in _CLAUSE_BREAKS) + 1
    out[-1] = replace(out[-1], closes_from=start)
    return out


def _ends_sentence(rest: str) -> bool:
    """Nothing but punctuation, or a comma and the day it was said (، الأربعاء), follows; or a comma and a
    relative clause said of the source (، الذي قال إن ...); or where the source published (عبر موقعها الرسمي)."""
    rest = rest.strip(" .\"”»)'\n")
    if not rest:
        return True
    if not any(ch in rest for ch in _CLAUSE_BREAKS) and normalize(rest).startswith(_where_published()):
        return True  # (عبر موقعها الرسمي: where the source published, said of it)
    words = rest.lstrip("،,").split()
    if rest[0] in "،," and words and normalize(words[0]) in _words("source_relative"):
        return True
    return rest[0] in "،," and 0 < len(words) <= 2 and bool(find_dates(" ".join(words), None))


@lru_cache(maxsize=1)
def _where_published() -> tuple[str, ...]:
    return tuple(_words("source_where"))


def _names_someone(sentence: str, tokens: list[Token], keys: list[str], j: int) -> bool:
    """A source the table knows is named right after a continuing verb (وأضاف الرئيس التركي)."""
    found = _speaker(sentence, tokens, keys, j, _cues()[1], False)
    named = resolve(_source_text(sentence, tokens, *found, False)) if found is not None else None
    return named is not None and named.type is not None and named.type != "vague"


def _token_after(tokens: list[Token], end: int) -> int:
    return next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))


def _attribution(sentence, tokens, keys, cue, kind, glued_lam, offset, relay) -> Attribution | None:
    """The attribution of the cue of words ``cue[0]`` to ``cue[1] - 1`` (its source starting at
    ``cue[1]``), or None when no one is named: no speaker after the verb, or a clause it took
    (أعلن تنكيس الأعلام), and no named source just before it (إلا أن المرصد أفاد بحدوث)."""
    i, j = cue
    # (a plural verb follows its subject: وكان مسؤولو الصحة قد قالوا إن؛ ناشطون ذكروا باشتباه names no one after it)
    after = _strip(keys[i]) not in _words("plural_verb") and not _said_by_the_noun_before(sentence, tokens, keys, i)
    after = after and not (kind == "verb" and _in_a_clause_with_its_noun(sentence, tokens, keys, i))
    # (وكانت حماس قد أكدت التوصل إلى وقف لإطلاق النار: a subject before قد and the verb, its object after it)
    told_before = _named_before(sentence, tokens, keys, i) if kind == "verb" and i > 0 and keys[i - 1] == "قد" else None
    speaker = told_before or (_speaker(sentence, tokens, keys, j, _cues()[1], glued_lam) if after else None)
    if speaker is not None and (preposition := _object_prepositions().get(_strip(keys[i]))) is not None:
        speaker = _before_its_object(keys, *speaker, preposition)
    text = _source_text(sentence, tokens, speaker[0], speaker[1], glued_lam) if speaker is not None else None
    relayed = sentence[tokens[relay[0]].start:tokens[relay[1]].end] if relay is not None else None
    if speaker is None or text is None or resolve(text) is None:
        if relay is not None:
            # نقلت مجموعات معارضة أخبارا عن هجوم: what was relayed is an event, the relayer its source
            speaker, relayed = relay, None
        elif kind in ("verb", "records") and _strip(keys[i]) not in _words("announcing"):
            # (إعلان's speaker follows it; a record's, a known source's name alone, may stand before it: وكان
            # المرصد نشر أن; not a study's description, وكانت دراسة نشرتها مجموعة ... في آخر أغسطس، أظهرت)
            speaker = _named_before(sentence, tokens, keys, i, only_named=kind == "records")
        if speaker is None:
            return None
        text = _source_text(sentence, tokens, speaker[0], speaker[1], False)
        if resolve(text) is None:
            return None
    first, last = speaker
    if _strip(keys[i]) in _words("accuse"):
        # اتهمت منظمة هيومن رايتس ووتش الجيش العراقي: the accuser a known source's name, the accused after it
        n = name_length(text)
        if n == 0 and not (_set_off(sentence, tokens, last) and last - first < SET_OFF_WORDS and _unquoted(text)):
            # (an accuser the tables do not know is named when a comma closes its short name: not the accused a
            # passive names, كما اتهم المعتقلون بأنهم أعضاء في خلية ...، nor the court and the company it accused)
            return None
        last = min(last, first + n - 1) if n else last
        if last + 1 < len(keys) and _what_befell(keys[last + 1]):
            return None  # اتهم الجيش بقتل سبعة مدنيين: the army accused (a passive), not accusing
        text = _source_text(sentence, tokens, first, last, glued_lam)
    if any(_strip(keys[k]) in _words("claim") for k in range(first, min(last + 2, len(keys)))):
        return None  # أعلن تنظيم جهادي مسؤوليته عنه: a claim of the attack, not a report of its toll
    if _strip(keys[i]) in _words("issuing") and _a_verdict_after(keys, last):
        return None  # أصدرت محكمة في باكستان أربعة أحكام بالإعدام: a deed, not a report
    found = Attribution(
        tokens[i].start, max(tokens[last].end, tokens[j - 1].end), text, kind, offset + tokens[first].start,
        offset + _source_end(sentence, tokens, first, last),
        relayed or _conduit_after(sentence, tokens, keys, last + 1),
    )
    # (منذ إعلان ترامب الاعتراف بالقدس: an act announced, no count)
    return None if _strip(keys[i]) in _words("announcing") and not _announced_a_count(tokens, keys, found) else found


def _a_verdict_after(keys: list[str], last: int) -> bool:
    """A verdict follows the name ending at ``last``, a day or the verdicts' count between (أصدرت محكمة النقض، حكما
    نهائيا؛ أصدرت محكمة في باكستان أربعة أحكام): what the verb did, not what it said; not a verdict carried out, which
    is announced (أعلنت وزارة العدل تنفيذ إحكام بإعدام 13 محكوما)."""
    k = last + 1
    while k < len(keys) and (_strip(keys[k]) in _words("day") or number_word(keys[k], False)[0] is not None):
        k += 1
    return k < len(keys) and _strip(keys[k]) in _words("verdict")


def _said_by_the_noun_before(sentence: str, tokens: list[Token], keys: list[str], i: int) -> bool:
    """The imperfect verb at word ``i`` is said of the indefinite noun right before it, in the same clause
    (معلومات تفيد استخدامها، تقارير تشير إلى): its subject stands before it, and what follows is what it says."""
    if i == 0 or keys[i] not in _words("present_verb") or sentence[tokens[i - 1].end:tokens[i].start].strip():
        return False
    noun = keys[i - 1]
    if not noun.isalpha() or noun.startswith("ال") or is_stopword(noun) or noun in _words("day"):
        return False
    # (a name after the verb is its subject: وفي غزة تقول وزارة الصحة، ومن جهتها يؤكد المرصد)
    after = keys[i + 1] if i + 1 < len(keys) else ""
    return not after.startswith("ال") and not named_first(sentence[tokens[i + 1].start:] if after else "")


def _in_a_clause_with_its_noun(sentence: str, tokens: list[Token], keys: list[str], i: int) -> bool:
    """The verb at word ``i`` stands in a clause that إن or أن opened a few words before it, a noun between them (إلى
    أن أرقامه مع عملاق إسبانيا كشفت): that noun is its subject (not بعد أن أعلنت الشرطة, the verb right after)."""
    for k in range(i - 1, max(-1, i - THAT_REACH - 1), -1):
        gap = sentence[tokens[k].end:tokens[k + 1].start]
        if gap != " " and not CLAUSE_MARKS.isdisjoint(gap):
            return False
        if keys[k] in _words("that") and k < i - 1:
            return keys[k + 1].isalpha()
    return False


THAT_REACH = 6  # words between إن or أن and a verb of saying whose subject they open (أن أرقامه مع عملاق إسبانيا كشفت)
CLAUSE_MARKS = frozenset(",،.؛:\"«»")


def _named_before(
    sentence: str, tokens: list[Token], keys: list[str], i: int, only_named: bool = False,
) -> tuple[int, int] | None:
    """A named source written just before the verb at word ``i`` (إلا أن المرصد أفاد بحدوث، وكان
    X قد قال), nothing but spaces between: its first and last words. ``only_named``: that alone, not the
    words between كان and the verb, a topic or a vague subject."""
    before = i - 1 if i > 0 and keys[i - 1] == "قد" else i
    first = named_before(keys, before)
    if first is None or sentence[tokens[before - 1].end:tokens[i].start].strip(" ،قد"):
        if (aside := _named_before_an_aside(sentence, tokens, keys, before)) is not None:
            return aside
        if only_named:
            return None
        # (an imperfect verb said of an indefinite noun is a relative clause: وقالت الشرطة إن معلومات تفيد بمقتل 5; a
        # verb glued to و goes on with the subject before it: وقال الجيش إن المسلحين هاجموا السكان وأكد مقتل 20)
        no_subject = _said_by_the_noun_before(sentence, tokens, keys, i) or bare(keys[i], "conjunction") != keys[i]
        return (
            _between_was_and_verb(sentence, tokens, keys, before) or _topic(sentence, tokens, keys, before)
            or (None if no_subject else _vague_subject(sentence, tokens, keys, before))
        )
    return first, before - 1


def _named_before_an_aside(sentence: str, tokens: list[Token], keys: list[str], verb: int) -> tuple[int, int] | None:
    """A named source opening the sentence, then a relative clause set off by commas, then the verb at word ``verb``
    (تقرير المديرية العامة للأمن الوطني، الذي قدم حصيلة سنة من العمل الأمني، أوضح أن: H109's arrests had been the
    outlet's): its first and last words."""
    if verb < 2 or not any(ch in "،," for ch in sentence[tokens[verb - 1].end:tokens[verb].start]):
        return None  # (most verbs: no comma right before them)
    relative = relative_pronouns()
    k = next((k for k in range(verb - 1, max(0, verb - ASIDE_WORDS) - 1, -1) if keys[k] in relative), None)
    if k is None or not any(ch in "،," for ch in sentence[tokens[k - 1].end:tokens[k].start]):
        return None
    first = named_before(keys, k)
    # (the name opens the sentence, its document word or a conjunction before it at most)
    return (first, k - 1) if first is not None and first <= 2 and not any(
        ch in _BREAK for ch in sentence[tokens[0].start:tokens[k - 1].end]
    ) else None


ASIDE_WORDS = 12  # words from a relative pronoun after a speaker's name to the verb its clause stands before


def _vague_subject(sentence: str, tokens: list[Token], keys: list[str], before: int) -> tuple[int, int] | None:
    """A vague source written right before the verb at word ``before`` in the same clause, its subject
    (لكن العديد من المصادر الأمنية أكدت مقتل 28 شخصا: sources, not the outlet's own voice)."""
    if before == 0 or _opens_unclosed(sentence[:tokens[before].start]):
        return None  # (a quotation's words: معلومات تفيد استخدامها, in a statement quoted)
    first = vague_before(keys, before)
    if first is None or any(ch in _BREAK for ch in sentence[tokens[first].start:tokens[before].start]):
        return None
    # (no word that ends a name between: وذكرت وسائل الإعلام أنه تم نقل 338 شخصا, a verb of its own clause)
    return None if any((keys[k],) in _cues()[1] for k in range(first, before)) else (first, before - 1)


def _topic(sentence: str, tokens: list[Token], keys: list[str], verb: int) -> tuple[int, int] | None:
    """The topic «أما» sets, when the verb at word ``verb`` opens with the ف that answers it (أما وكالة
    سبأ للأنباء التي يسيطر عليها المتمردون، فقالت إن؛ أما الخوذ البيض، فقد أشارت إلى): the speaker is the
    topic, named from the word after أما to the first break or word that ends a name."""
    answers = _words("topic_answer")
    if not (keys[verb][:1] in answers or (verb > 0 and keys[verb - 1] in answers)):
        return None
    opener = next((k for k in range(verb - 1, -1, -1) if _strip(keys[k]) in _words("topic")), None)
    if opener is None or verb - opener > MAX_SPEAKER_WORDS + 4:
        return None
    last = None
    for k in range(opener + 1, verb):
        gap = sentence[tokens[k - 1].end:tokens[k].start] if k > opener + 1 else ""
        if any(ch in _BREAK and ch not in _QUOTES for ch in gap) or (keys[k],) in _cues()[1]:
            break
        last = k
    if last is None:
        return None
    return (opener + 1, last) if resolve(_source_text(sentence, tokens, opener + 1, last, False)) is not None else None


def _between_was_and_verb(sentence: str, tokens: list[Token], keys: list[str], before: int) -> tuple[int, int] | None:
    """The words between an opening كان and the verb (وكانت الهيئة العليا للانتخابات قد أعلنت أن،
    وكان جيش النيجر أعلن): the pluperfect frames who had said it, named or not in the table."""
    if before < 2 or _strip(keys[0]) not in _words("was"):
        return None
    before = _before_its_day(sentence, tokens, keys, before)
    if before < 2 or before - 1 > MAX_SPEAKER_WORDS:
        return None
    for k in range(2, before):
        gap = sentence[tokens[k - 1].end:tokens[k].start]
        # (a name in quotes is still a name: وكانت منظمة "نافذة على الحرية" غير الحكومية أعلنت)
        if any(ch in _BREAK and ch not in _QUOTES for ch in gap) and not (gap.strip() in ("،", ",") and k + 1 < before):
            return None  # a clause, not a name (only an apposition's commas: مدير الشركة، محمد الخليع، أفاد)
        if keys[k][:1].isdigit() or (keys[k],) in _cues()[1]:
            return None  # a number, or a word that ends a name (الحكومة، التي تواجه أزمة، قد أعلنت)
    return 1, before - 1


def _before_its_day(sentence: str, tokens: list[Token], keys: list[str], verb: int) -> int:
    """Where the words before the verb at ``verb`` end once a day said right before it is left out (وكانت الحصيلة
    الأخيرة للمرصد في 24 تشرين الثاني/نوفمبر أفادت: the Observatory's, on that day; FR's seven years of war in the
    held-out sets had been the outlet's): the day's first word (its في with it), else ``verb``."""
    between = sentence[tokens[1].end:tokens[verb].start]
    if not may_hold_dates(between):
        return verb  # (most words between كان and the verb say no day: the sentence is not read for one)
    for m in find_dates(between, None):
        m = replace(m, start=m.start + tokens[1].end, end=m.end + tokens[1].end)
        if sentence[m.end:tokens[verb].start].strip(" ،,"):
            continue
        k = next((k for k in range(verb) if tokens[k].start >= m.start), verb)
        return k - 1 if k > 0 and keys[k - 1] in _words("day_opener") else k
    return verb


def _told_to(out: list[Attribution]) -> list[Attribution]:
    """A news agency credited after a speaker's words is who it was told to (ذكر وزير الصحة أن
    ... بحسب وكالة الأناضول): the agency is the speaker's conduit, not another source."""
    for k in range(len(out) - 1, 0, -1):
        a, agency = out[k - 1], out[k]
        told = _an_outlet(agency.source)
        # (told the same agency already: قال ضابط لوكالة فرانس برس "..."، بحسب فرانس برس)
        if agency.kind == "according" and a.kind == "verb" and a.conduit in (None, told) and told:
            named = resolve(a.source)  # (a speaker the tables do not know, الرئيس الصيني شي جين بينج, told it too)
            if named is None or named.type not in CONDUITS:
                out[k - 1] = replace(a, conduit=agency.source)
                del out[k]
    return out


def _an_outlet(words: str) -> str | None:
    """The outlet or agency the words name: one the tables know, as they begin (لوكالة فرانس برس) or anywhere (وكالة
    الأنباء الصينية "شينخوا"), or one a word of the media opens (صحيفة "واشنطن بوست" الأميركية), as written."""
    told = conduit_at(words)
    if told is not None:
        return told
    known = resolve(words)
    if known is not None and known.type in CONDUITS:
        return known.canonical
    first = tokenize(words)[:1]
    return words if first and lam_article(_strip(first[0].key)) in _words("media_noun") else None


def _agency_told_before(out: list[Attribution], previous: Attribution | None) -> list[Attribution]:
    """"According to" an agency the speaker of the sentence before told it to (وقال ضابط لوكالة فرانس
    برس "... 23 شخصا. إنهم 5 ضباط و18 جنديا"، بحسب فرانس برس) is that speaker going on, the agency his
    conduit, not the agency speaking for itself."""
    if previous is None or previous.conduit is None:
        return out
    return [
        replace(previous, start=a.start, end=a.end, kind="continue", closes_from=a.closes_from)
        if a.kind == "according" and conduit_at(a.source) == previous.conduit else a
        for a in out
    ]


def _others(keys: list[str], previous: Attribution | None) -> list[Attribution]:
    """A sentence naming no one that counts "others" (وأصيب 13 آخرون) goes on with the report of
    the sentence before (أعلن الجيش التركي مقتل ثمانية من جنوده), as does one opening with «أما», the other
    side of what that report told (قال المرصد إن الأكراد تكبدوا 37 قتيلا ... أما التنظيم فقتل منه 58 مسلحا), or
    one saying it tells more of the same (وقتل أيضا، في المقابل)."""
    if previous is None:
        return []
    if _says_also(keys) or _in_the_same_period(keys) or any(k in _words("others") for k in keys[:OTHERS_WITHIN]) or (
        keys and _strip(keys[0]) in _words("topic")
    ):
        return [replace(previous, start=0, end=0, kind="continue")]
    return []


def _says_also(keys: list[str]) -> bool:
    """The sentence opens by saying it tells more of the same: «also» first (كذلك أصيب), or after a first word that is
    no particle nor pronoun (وقتل أيضا، في المقابل; not لكنها أيضا تضم, a subject of its own, nor وسيزور الوفد أيضا)."""
    also = _words("also")
    if not keys:
        return False
    if keys[0] in also:
        return True
    first = _strip(keys[0])
    return len(keys) > 1 and keys[1] in also and (first in _words("also_after") or not is_stopword(first))


def _in_the_same_period(keys: list[str]) -> bool:
    """The sentence opens or closes saying it counts over the period the report before counted over (وقتل 89 جهاديا
    خلال الفترة ذاتها، وخلال نفس الفترة قتل 50 مدنيا: the Observatory's, in two held-out sets, had been the outlet's
    own); not said mid-sentence of what a subject of its own did (وقد أجرت الوحدة بحثا ... في نفس الفترة)."""
    opening = zip(keys[:SAME_PERIOD_OPENS], keys[1:SAME_PERIOD_OPENS + 1])
    return any(pair in _same_period() for pair in opening) or tuple(keys[-2:]) in _same_period()


SAME_PERIOD_OPENS = 4  # the pairs of first words «the same period» may open a sentence in (كما حققت، خلال نفس الفترة)


@cache
def _same_period() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.split()) for w in _words("same_period"))


def _passed_on(
    found: Attribution, out: list[Attribution], previous: Attribution | None, sentence: str, keys: list[str],
    cue: tuple[int, int],
) -> Attribution:
    """``found`` as passed on: after a speaker with نقلا عن (ذكرت وكالة سانا نقلا عن مصدر: the speaker after it,
    relayed by the one before, which it replaces in ``out``), or relayed from a pronoun (ذكرت السلطات ... حسبما نقلت
    عنها وكالة: whom «عنها» points back to speaks, the agency relays)."""
    i, j = cue
    if _relays(out, sentence, keys[i], found):
        return replace(found, start=out[-1].start, kind=out[-1].kind, conduit=out.pop().source)
    origin = out[-1] if out else previous
    if found.kind == "according" and origin is not None and _relayed_from_them(keys, i, j):
        return replace(found, source=origin.source, source_start=origin.source_start, source_end=origin.source_end,
                       conduit=found.source)
    return found


def _relayed_from_them(keys: list[str], i: int, j: int) -> bool:
    """The cue of words ``i`` to ``j - 1`` relays from a pronoun (حسبما نقلت عنها، بحسب ما نقلته عنه): from the
    speaker named before, whom the agency after it passed on (the hundred-and-sixth held-out set's Kazerun wounded had
    been credited to «وكالة أنباء شبه رسمية»)."""
    words = [_strip(k) for k in keys[i:j]]
    return not _words("relay").isdisjoint(words) and not _words("relayed_from").isdisjoint(words)


def _relays(out: list[Attribution], sentence: str, cue: str, found: Attribution) -> bool:
    """``found`` follows a speaker with نقلا عن (ذكرت X نقلا عن Y، كما أفادت X نقلا عن Y), the day X spoke
    between them or not (حسبما أوردت وسائل إعلام محلية السبت نقلا عن الشرطة)."""
    if not out or out[-1].kind == "continue" or found.kind != "according" or _strip(cue) not in _words("relay"):
        return False
    between = sentence[out[-1].end:found.start].replace("،", " ").replace(",", " ").split()
    return all(_strip(normalize(w)) in _words("day") for w in between)


def _conduit_after(sentence: str, tokens: list[Token], keys: list[str], k: int) -> str | None:
    """The outlet a speaker told it to, written just after the speaker's name (قال المرصد لوكالة
    فرانس برس، في تصريح لرويترز), as its canonical name; None if there is none."""
    for m in range(k, min(k + 6, len(tokens))):
        if m > k and any(ch in _BREAK for ch in sentence[tokens[m - 1].end:tokens[m].start]):
            return None
        if keys[m] in ("ان", "إن", "أن", "بان", "بأن"):
            return None
        if keys[m].startswith("ل"):
            first = m + 1 if keys[m] == "ل" else m  # لـ رويترز
            if first < len(tokens):
                found = conduit_at(sentence[tokens[first].start:tokens[min(first + 4, len(tokens) - 1)].end])
                if found is not None:
                    return found
    return None


def _match_cue(
    keys: list[str], stripped: str, i: int, cues: dict[tuple[str, ...], str]
) -> tuple[str, int, bool] | None:
    """The cue starting at word ``i``: (its kind, its length in words, whether a ل is glued to
    the word after it), the longest cues first (على ما أكد: three words; حسب ما جاء في: four); None if there is none.
    ``stripped``: word ``i`` without a glued و or ف."""
    for n in _cue_lengths(keys[i], stripped):
        words = tuple(keys[i:i + n])
        if len(words) < n:
            continue
        for cand in (words, (stripped, *words[1:])):
            # وفقا لناشطين: the ل of لـ is glued to the source
            kind = cues.get(cand) or (cues.get(cand + ("ل",)) if n == 1 else None)
            if kind:
                return kind, n, cues.get(cand) is None
    return None


@lru_cache(maxsize=4096)
def _cue_lengths(first: str, stripped: str) -> tuple[int, ...]:
    """The lengths in words of the cues a word opens, as written or without its و, the longest first (حسب ما جاء في:
    four; وفقا لناشطين: one, its ل glued to the source)."""
    by = _cue_lengths_by_first()
    return tuple(sorted({*by.get(first, ()), *by.get(stripped, ())}, reverse=True))


@lru_cache(maxsize=1)
def _cue_lengths_by_first() -> dict[str, frozenset[int]]:
    by: dict[str, set[int]] = {}
    for words in _cues()[0]:
        by.setdefault(words[0], set()).update({len(words), len(words) - (words[-1] == "ل")})
    return {first: frozenset(lengths) for first, lengths in by.items()}


def _source_start(
    sentence: str, tokens: list[Token], keys: list[str], i: int, j: int, kind: str, cues: dict[tuple[str, ...], str]
) -> tuple[int, tuple[int, int] | None]:
    """Where the source's words begin after the cue of words ``i`` to ``j - 1``, and who relays
    them (the first and last of the words before عن after a verb of relaying), if anyone."""
    relay = _strip(keys[i]) in _words("relay") and kind == "verb"
    if kind == "according":
        # بحسب ما أعلن المرصد، وفق ما أفاد المرصد، حسبما قال مركز المصالحة، وفق ما نقلته رويترز عن
        if j < len(keys) and keys[j] in ("ما", "لما"):  # وفقا لما ذكرته مؤسسة خيرية: the ل of وفقا ل glued
            j += 1
        if j + 1 < len(keys) and bare(keys[j], "particle") in _words("latest") and (
            bare(keys[j + 1], "particle") in _words("document")
        ):
            j += 1  # وبحسب آخر حصيلة صدرت عن وزارة الصحة: the toll, then who issued it (ووفقا لآخر حصيلة: H87)
        if j + 1 < len(keys) and bare(keys[j], "particle") in _words("document") and keys[j + 1] in _words("relay"):
            j += 1  # ووفقا لبيان نقلته وكالة الأنباء التونسية: as وفق ما نقلته, the agency passing on a statement
        if j + 2 < len(keys) and keys[j + 1] in _words("source_relative") and keys[j + 2] in _words("told_it"):
            j += 3  # حسب الأرقام التي أكدها المرصد السوري: the figures, then who confirmed them (a held-out error)
        if j < len(keys) and (cues.get((_strip(keys[j]),)) == "verb" or _strip(keys[j]) in _words("relay")):
            relay = _strip(keys[j]) in _words("relay")
            j += 1
            if j < len(keys) and keys[j] in _words("verb_object"):
                j += 1  # بحسب ما أفاد به الدفاع المدني: the verb's preposition and pronoun before who said it
    if kind == "verb" and j + 1 < len(keys) and keys[j] in _words("latest") and (
        bare(keys[j + 1], "particle") in _words("document")
    ):
        j += 1  # فيما أفادت آخر حصيلة للمرصد: the latest toll, then whose (Sweida's 252, credited to «آخر»)
    if _made_by(keys, j):
        j += 3  # وفقا لتصريحات أدلى بها مسؤول، وتشير دراسة قام بها مركز، أشارت نتيجة مسح أجرته: who made it follows
    if kind == "verb" and j < len(keys) and keys[j] in _words("verb_object"):
        # وهو ما أعلن عنه الجيش، الغرامة التي أعلنت عنها المفوضية: who said it is after the verb's preposition and
        # pronoun; not who condemned or spoke of a thing a relative clause describes (الضربات التي نددت بها دمشق)
        if i > 0 and keys[i - 1] in _words("source_relative") and _strip(keys[i]) not in _words("relative_telling"):
            return len(keys), None
        j += 1
    if relay:
        # نقلت وكالة تاس عن مركز المصالحة: the source is after عن, the conduit before it
        k = j
        while k < len(keys) and k < j + MAX_SPEAKER_WORDS and keys[k] != "عن":
            k += 1
        if k < len(keys) and keys[k] == "عن":
            return k + 1, (j, k - 1) if k > j else None
        if kind == "verb":
            return len(keys), None  # نقل with no عن is a noun (طائرة نقل): no one is named
    return j, None  # بحسب ما نقلته وكالة الأنباء السورية: the agency is the source


def _made_by(keys: list[str], j: int) -> bool:
    """Words ``j`` on are a document, a verb of making it and its preposition (تصريحات أدلى بها، دراسة قام بها):
    who made it follows."""
    return j + 2 < len(keys) and bare(keys[j], "particle") in _words("document") and keys[j + 1] in _words("made") and (
        keys[j + 2] in _words("verb_object")
    )


def _source_text(sentence: str, tokens: list[Token], first: int, last: int, glued_lam: bool) -> str:
    """The source as written, words ``first`` to ``last``, without a ل glued to it."""
    text = sentence[tokens[first].start:_source_end(sentence, tokens, first, last)]
    if glued_lam and text.startswith("لل"):
        # وفقا للمرصد: the source is المرصد; وفقاً للقطات بثها: the footage, اللقطات (its own ل, as lam_article tells)
        word = normalize(text.split()[0])
        text = "ال" + (text[1:] if lam_article(word) == "ال" + word[1:] else text[2:])
    elif glued_lam and text.startswith("ل"):
        text = text[1:]
    return text


_QUOTES = "\"“”«»"
_QUOTES_SET = frozenset(_QUOTES)
QUOTED_NAME_WORDS = 8  # words a name in quotation marks may have (ائتلاف "ائتلاف الإغاثة الإنسانية في تعز")


def _source_end(sentence: str, tokens: list[Token], first: int, last: int) -> int:
    """Where the source of words ``first`` to ``last`` ends: after its last word, or after the mark
    closing a quotation it opened (مصادر الدفاع المدني "الخوذ البيضاء")."""
    end = tokens[last].end
    if sentence[end:end + 1] in _QUOTES and _opens_unclosed(sentence[tokens[first].start:end]):
        return end + 1
    named = sentence[tokens[first].start:end]
    if sentence[end:end + 1] == ")" and named.count("(") > named.count(")"):
        return end + 1  # (محطة (سي.إن.إن ترك: the bracket it opened)
    return end


def _opens_unclosed(text: str) -> bool:
    """The text opens a quotation it does not close: an odd number of straight marks, or more
    opening curly or angle marks than closing ones."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("«") > text.count("»")


NUMBERED_NAME_WORDS = 3  # words of a quoted name that ends in a number (سكاي نيوز 24)


def _a_numbered_name(quoted: str) -> bool:
    """A short quoted name ending in its number (فرانس 24، روسيا 24), no word of a toll in it (not "قتل 24")."""
    words = quoted.split()
    if not 1 < len(words) <= NUMBERED_NAME_WORDS or not words[-1].isdigit():
        return False
    return not any(ch.isdigit() for w in words[:-1] for ch in w) and not any(
        _strip(normalize(w)) in measure_words() for w in words[:-1]
    )


def _ends_a_quoted_name(sentence: str, tokens: list[Token], first: int, k: int) -> bool:
    """The number at word ``k`` ends a quoted name opened after word ``first`` (قناة "فرانس 24"): a mark closes
    right after it, and the quoted words are a numbered name."""
    after = sentence[tokens[k].end:tokens[k].end + 1]
    opened = sentence[tokens[first].start:tokens[k].start]
    if after not in _QUOTES or not _opens_unclosed(opened):
        return False
    start = max(opened.rfind(q) for q in _QUOTES)
    return _a_numbered_name(opened[start + 1:] + sentence[tokens[k].start:tokens[k].end])


def _opens_a_quotation(sentence: str, tokens: list[Token], k: int, gap: str) -> bool:
    """A quotation mark opens before word ``k`` and no mark closes it within a name's few words:
    what follows is what was said (قال المتحدث "قتل في التفجير...), not a quoted name."""
    if gap[-1:] not in _QUOTES or gap[-1:] == "»":
        return False  # (a mark glued to the word after it opens; one glued to the word before it closes)
    after = k + QUOTED_NAME_WORDS  # (to the word after the name's last, or the sentence's end: the mark closing it)
    end = tokens[after].start if after < len(tokens) else len(sentence)
    inside = sentence[tokens[k].start:end]
    close = next((j for j, ch in enumerate(inside) if ch in _QUOTES), None)
    if close is None:
        return True
    # (a name holds no number and no comma: "حاليا، لدينا 97 شخصا بإسم محمد جاسم محمد" is what was said; nor a
    # number in words: وأكدت اللجنة "القضاء على أربعة مسلحين", H62, had the committee's name run into the quotation)
    said = inside[:close]
    if _a_numbered_name(said):
        return False  # قناة "فرانس 24"، لتلفزيون "روسيا 24": a channel's name ends in its number
    return any(ch.isdigit() or ch in _CLAUSE_BREAKS for ch in said) or (
        may_hold_numbers(said) and any(m.value is not None for m in find_numbers(said))
    )


def _bracketed_name(sentence: str, tokens: list[Token], k: int) -> int | None:
    """The last word of a name in brackets opening before word ``k``, when a bracket closes it within a
    name's few words, opens with no word that ends a name and holds no number or comma (محطة (سي.إن.إن ترك))."""
    ends = _cues()[1]
    if (tokens[k].key,) in ends or (k + 1 < len(tokens) and (tokens[k].key, tokens[k + 1].key) in ends):
        return None  # (المتحدث (في تصريح للصحفيين): how he spoke; الجيش (الذي يسيطر): who he is)
    for last in range(k, min(k + QUOTED_NAME_WORDS, len(tokens))):
        gap = sentence[tokens[last].end:tokens[last + 1].start if last + 1 < len(tokens) else len(sentence)]
        if any(ch.isdigit() for ch in tokens[last].key) or any(ch in _BREAK and ch not in ")." for ch in gap):
            return None  # (a number or a comma: what was said)
        if ")" in gap:
            return last
    return None


def _told_an_outlet(sentence: str, tokens: list[Token], k: int) -> bool:
    """Word ``k`` opens an outlet with ل glued to it (لفرانس برس، لرويترز): who the speaker told."""
    if tokens[k].key[:1] not in clitic_letters("preposition_l"):
        return False
    # (written apart with a tatweel, لـ"العربية.نت", the outlet's name starts at the next word)
    first = k + 1 if tokens[k].key in clitic_letters("preposition_l") and k + 1 < len(tokens) else k
    return any(
        conduit_at(sentence[tokens[first].start:tokens[m].end]) is not None
        for m in range(first, min(first + OUTLET_WORDS, len(tokens)))
    )


OUTLET_WORDS = 3  # words an outlet's name may run to (لبي بي سي، لفرانس برس)


def _what_befell(key: str) -> bool:
    """A measure word glued to ب, what was reported (أفادت تقارير بقتل 14 مدنيا): no name ends in it."""
    return key[:1] in clitic_letters("preposition_b") and key[1:] in measure_words()


TOLL_MEASURES = frozenset({"killed", "wounded"})  # a word of these after a speaker's first word is what was counted
QUOTED_SOURCE_WORDS = 7  # a source quoted right after a verb runs shorter (الوحدة الوطنية لإدارة المخاطر والكوارث)


@cache
def _month_words() -> frozenset[str]:
    """The first word of every month's name (مارس، آذار، كانون): a date, which ends a speaker's name."""
    return frozenset(name[0] for name in date_words().months)


def _opens_what_is_said(sentence: str, tokens: list[Token], j: int) -> bool:
    """A quotation mark opens right before token j and closes further than a name runs, or holds a
    number and more words than a name does (وصرح "عثرنا على 5 تماثيل"): the words said, not a source
    named in quotes (ويشير "المجلس النرويجي للاجئين")."""
    if not any(ch in _QUOTES for ch in sentence[tokens[j - 1].end:tokens[j].start]):
        return False
    closing = next((k for k in range(j, len(tokens) - 1)
                    if any(ch in _QUOTES for ch in sentence[tokens[k].end:tokens[k + 1].start])), len(tokens) - 1)
    # (a name may hold a number, فرانس 24، حركة 5 نجوم: a short quotation is one)
    quoted = sentence[tokens[j].start:tokens[closing].end]
    return closing - j >= QUOTED_SOURCE_WORDS or (closing - j >= 3 and may_hold_numbers(quoted))


COUNT_REACH = 3  # words from a word of approximation to its number (أكثر من 35، نحو 30)


def _names_no_one(sentence: str, tokens: list[Token], keys: list[str], j: int, glued_lam: bool) -> bool:
    """No speaker's name opens at word ``j``, after a verb of saying."""
    if j >= len(tokens):
        return True
    if j > 0 and _opens_what_is_said(sentence, tokens, j):
        return True  # وصرح أيضا "عثرنا على ...": the verb opens the words said, no name between
    if _cues()[0].get((_strip(keys[j]),)) in ("verb", "continue") or _a_verb_and_its_object(keys[j]):
        # حيث قال لفت إلى: two verbs of saying in a row (a slip), the speaker is named before them; تقارير الأمم
        # المتحدة تتحدث وتلخصها بأن: another verb joined to it, with its object (H86)
        return True
    if _strip(keys[j]) in _words("end_after_first") and j + 1 < len(tokens) and may_hold_numbers(
        sentence[tokens[j + 1].start:tokens[min(j + COUNT_REACH, len(tokens)) - 1].end]
    ):
        return True  # حيث أحصى أكثر من 35 غارة (ثلاثين غارة): what was counted, its counter unnamed (not أكثر من شاهد)
    if _a_toll_word(keys[j]):
        return True  # البغدادي الذي أُعلن مقتله مرات عدة: what was announced (a passive), no one who announced it
    # وقال لبي بي سي: who he told, the speaker left unnamed (not وفقا لمركز دمشق الإعلامي)
    return not glued_lam and _told_an_outlet(sentence, tokens, j)


def _a_verb_and_its_object(key: str) -> bool:
    """An imperfect verb joined by و with its object pronoun (وتلخصها، ويؤكدها): no name begins so (the openings and
    the pronouns: attribution.tsv, joined_verb and object_pronoun)."""
    return (
        len(key) >= VERB_JOINED_LETTERS and key[:2] in _words("joined_verb")
        and key.endswith(tuple(_words("object_pronoun")))
    )


VERB_JOINED_LETTERS = 6  # (ويلز، وتر: short words that are no verb)


def _a_toll_word(key: str) -> bool:
    """A noun of killing or wounding with a pronoun glued (مقتله، إصابتهم): whose, not who (not a bare one: وذكر ضحية
    آخر، وقالت ضحية أخرى، شهيد خان, a victim or a name speaking; a whole-corpus review of session 40)."""
    word = _strip(key)
    return any(
        word.endswith(end) and measure_words().get(word[:-len(end)]) in TOLL_MEASURES for end in _pronoun_endings()
    )


def _a_known_name(keys: list[str], first: int, last: int) -> bool:
    """Words ``first`` to ``last`` are a known source's name whole, its last word one that ends names elsewhere."""
    return name_length(" ".join(keys[first:last + 1])) == last - first + 1


def _breaks_a_name(gap: str, key: str, before: str) -> bool:
    """The marks between two words of a speaker's name end it, but for an apposition's comma and a dot glued
    between two words, inside an abbreviation (إس.أو.إس ميديتريني); and «itself» ends it (وأفاد المصدر نفسه
    بتصاعد الضربات: the source named before, then what it reported)."""
    if before in _words("itself"):
        return True
    if len(gap) > 2 and any(dash in gap for dash in _SPACED_DASHES):
        return True  # (أجبروا - بعد بدء الهجوم، بحسب ما يضيفه رشيد - على الفرار: an aside's dash ends it)
    return any(ch in _BREAK for ch in gap if ch not in _QUOTES) and not _apposition(gap, key) and gap != "."


_SPACED_DASHES = (" - ", " – ", " — ")  # a dash with spaces both sides, as an aside opens and closes


def _closes_its_quote(sentence: str, tokens: list[Token], first: int, k: int, gap: str) -> bool:
    """The marks before word ``k`` close a quotation the name opened after its first word, and word ``k`` is what
    the speaker expressed, a noun with its pronoun (وكالة الأمم المتحدة لغوث وتشغيل اللاجئين "الأونروا" خشيتها:
    UNRWA, not its fear); not the name's adjective (صحيفة "دي فيلت" الألمانية) nor a second name (و"سي أي")."""
    word = tokens[k].text
    endings = _pronoun_endings()
    if k <= first or not word.endswith(endings) or word.startswith(endings) or len(word) <= MIN_OBJECT_LETTERS:
        return False
    return any(ch in _QUOTES for ch in gap) and _opens_unclosed(sentence[tokens[first].start:tokens[k - 1].end])


MIN_OBJECT_LETTERS = 3  # (a noun with a pronoun has more letters than the pronoun and a root)


@lru_cache(maxsize=1)
def _pronoun_endings() -> tuple[str, ...]:
    """The pronouns a noun ends with, as written (ta marbuta is no pronoun: raw, not normalised)."""
    return tuple(row[0] for row in read_table("attribution.tsv") if row[1:2] == ("pronoun_ending",))


def _opens_what_was_counted(key: str) -> bool:
    """The word opens what the speaker counted, which ends their name: a number in words, «the number of» (وقدر
    مسؤولون آخرون عدد القتلى بحوالى 48), a word of approximation, a toll's noun (وأحصى المرصد ضحايا معركة هجين)."""
    word = _strip(key)
    return (
        word in spelled_numbers() or word in _words("count_word") or key in _words("end_after_first")
        or measure_words().get(key) in TOLL_MEASURES
    )


@cache
def _object_prepositions() -> dict[str, str]:
    """The verbs of saying whose object follows a preposition of their own (حذر من، أشار إلى), with it."""
    rows = (normalize(row[0]).split() for row in read_table("attribution.tsv") if row[1:2] == ("object_preposition",))
    return {words[0]: words[1] for words in rows if len(words) == 2}  # (a verb and its preposition, no more)


def _before_its_object(keys: list[str], first: int, last: int, preposition: str) -> tuple[int, int]:
    """The speaker's name ends before the preposition of the verb's object (وحذرت الوكالة من الخطر الذي يلوح، وأشارت
    الوزارة إلى توفير أكثر من 300 ألف مكان: H90's «الوكالة من الخطر», H92's «الوزارة إلى توفير»)."""
    cut = next((k - 1 for k in range(first + 1, last + 1) if keys[k] == preposition), last)
    while cut > first and keys[cut] in _words("not_speaker"):
        cut -= 1  # (ولفت الوزير فتح أيضا إلى: an adverb left at the name's end)
    return first, cut


def _ends_the_name(keys: list[str], k: int, lam_glued_here: bool, ends: frozenset[tuple[str, ...]]) -> bool:
    """Word k (or it and the next) ends a speaker's name; not a first word whose ل is «according to»'s (وفقا لصحيفة
    الأهرام), though a ل of who was told ends a name (وقال مسؤول لصحيفة)."""
    told = (keys[k],) in ends and not (lam_glued_here and keys[k][:1] == "ل")
    return told or (k + 1 < len(keys) and (keys[k], keys[k + 1]) in ends)


def _speaker(sentence, tokens, keys, j, ends, glued_lam) -> tuple[int, int] | None:
    while j < len(tokens) and (_strip(keys[j]) in _words("day") or keys[j] in _words("adverb")):
        j += 1  # أفادت السبت مصادر عسكرية: the day the speaker spoke, before it; وقال أيضا: no name
    if _names_no_one(sentence, tokens, keys, j, glued_lam):
        return None
    first = j
    last = None
    k = j
    # a name opened by a quotation mark runs to the mark closing it, whatever words it holds (أعلنت "حركة إنقاذ
    # أزواد": a rescue is no end of it there)
    quoted = first > 0 and any(ch in _QUOTES for ch in sentence[tokens[first - 1].end:tokens[first].start])
    closes = None  # the word a bracketed name's closing bracket stands before
    while k < len(tokens) and k < j + MAX_SPEAKER_WORDS:
        gap = sentence[tokens[k - 1].end:tokens[k].start] if k > first else ""
        heads = _words("bracket_head")  # (وكالة as written: its و is no conjunction)
        if k == first + 1 and gap.strip() == "(" and (keys[first] in heads or _strip(keys[first]) in heads) and (
            (inside := _bracketed_name(sentence, tokens, k)) is not None
        ):
            last, k, closes = inside, inside + 1, inside + 1  # قالت محطة (سي.إن.إن ترك) التلفزيونية: its name
            continue
        gap = " " if k == closes and gap.strip() == ")" else gap
        if _breaks_a_name(gap, keys[k], keys[k - 1]) or _closes_its_quote(sentence, tokens, first, k, gap):
            break
        quoted = quoted and not any(ch in _QUOTES for ch in gap)
        if quoted and k > first:
            last = k
            k += 1
            continue
        if k > first and _opens_a_quotation(sentence, tokens, k, gap):
            break  # المتحدث باسم الشرطة "قتل في التفجير 37 شخصا...": his words, not his name
        if k > first and (
            ("#" in gap and _strip(keys[k - 1]) not in _words("document") and keys[k - 1] not in heads)
            or (keys[k] == "في" and k + 1 < len(keys) and keys[k + 1] in _month_words())
        ):  # وأعلن الرئيس الأميركي في مارس الماضي #زيادة_الرسوم: when he spoke, and a hashtag, end his name (not
            break  # the hashtag a document was published by: إحصائية نشرها #الجيش_اليمني; nor one naming the body its
            # noun opens: وزارة #حقوق_الإنسان اليمنية, a held-out set of session 28)
        if k > first and keys[k] in _words("from_where") and k + 1 < len(tokens) and (keys[k + 1],) in gazetteer():
            break  # وزير المالية علي حسن خليل من باريس: where he spoke from, not his name
        issued = k > first and _strip(keys[k - 1]) in _words("issued")  # تقرير صادر عن: who issued it follows
        # (حركة إنقاذ أزواد: the movement's name, not a rescue it reports)
        headed = k == first + 1 and _strip(keys[first]) in _words("name_head") and keys[k] in measure_words()
        if not (issued or headed) and _ends_the_name(keys, k, k == first and glued_lam, ends):
            break
        if k > first and _told_an_outlet(sentence, tokens, k):
            break  # وقال الجبوري لفرانس برس: who he told, not his name
        # (لجنة ما بعد الحرب: «ما بعد» is the name's, post-war, no end of it)
        post = keys[k - 1] in _words("compound_before")
        if keys[k][:1].isdigit() and not _ends_a_quoted_name(sentence, tokens, first, k):
            break  # (a number ends a name, but the one closing a channel's quoted name: قالت قناة "فرانس 24")
        if k > first and not post and _opens_what_was_counted(keys[k]):
            break
        last = k
        k += 1
    if last is None:
        return None
    return first, _trimmed(keys, first, last)


def _trimmed(keys: list[str], first: int, last: int) -> int:
    """The last word of a speaker's name, past the words that cannot end one (وأشارت الحكومة إلى إنقاذ الآلاف: the
    verb's preposition ends no name), but a known source's whole name (وفق ما أوردت "الإمارات اليوم": not today)."""
    while last > first and (keys[last] in _words("not_speaker") or _what_befell(keys[last])) and (
        keys[last] not in _words("general")  # (النائب العام: the attorney general, no year)
        and not _a_known_name(keys, first, last)
    ):
        last -= 1
    return last
