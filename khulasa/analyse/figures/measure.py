"""What a figure counts: the measure word nearest the number (``news/data/measures.tsv``),
skipping the strikes that killed the people counted, and a siege's population as the besieged."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from copy import copy
from functools import cache, lru_cache
from itertools import compress

from khulasa.analyse.figures.words import (
    CLAUSE_BREAKS,
    broken,
    counts_a,
    either,
    figure_words,
    opens_a_clause,
    with_or_without,
)
from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.clitics import bare_all, clitic_word_longer
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers.token_value import number_word
from khulasa.arabic.numbers.words import grammar
from khulasa.arabic.numbers.words import words as number_words
from khulasa.arabic.stem import stem_words
from khulasa.arabic.stopwords import stopwords
from khulasa.arabic.tokenize import Token
from khulasa.news.attribution import TEH_MARBUTA, according_words, going_on, speech_verbs
from khulasa.news.measures import measure_stems, measure_words, written_measures
from khulasa.news.places import country_named
from khulasa.news.resources import word_set


def _tried_before(ckeys: list[str], unglued: list[str], i: int) -> bool:
    """The killing word at ``i`` is tried or threatened: right after a word of trying (حاولوا قتلها), or a few
    words after a threat, a preposition glued to it (not only و) and the threat's subject between (هدد المسلحون
    بقتل 20 رهينة; not هدد المسلحون وقتلوا 5, who killed)."""
    tried = figure_words("tried")
    if unglued[i - 1] in tried:
        return True
    return ckeys[i] != unglued[i] and not tried.isdisjoint(unglued[max(0, i - THREAT_REACH):i])


THREAT_REACH = 3  # words between a threat and the killing it threatens (هدد المسلحون الليلة بقتل)


def _attempted(keys: list[str], i: int) -> bool:
    """The word at ``i`` (قتل) is what was attempted: الشروع في قتل، وشرعوا في قتل."""
    return i > 1 and keys[i - 1] == "في" and unglued(keys[i - 2], "conjunction") in figure_words("attempted")


WARRANT_REACH = 3  # words between a warrant's noun and the number (مذكرة اعتقال بحق 12)
DIPLOMATS_MOST = 1000  # a state expels diplomats by the tens, a people by the hundreds of thousands
SUBSET_WHOLE = 3  # ... and the words of the whole before «of them» (بحق 300 عسكري، منهم 211)
ESCAPE_REACH = 4  # words either side of the number its escape and its prisoners may stand in (فر نحو 400 سجين من سجن)
PRISON_REACH = 14  # words between the released and the prison they left (526 شخصا ممن ... خرجوا من السجن)
FATE_REACH = 5  # words either side of the number a fate may be said unknown in (لا يعرف مصيرهم)
FATE_NEAR = 2  # words between the fate and the not-knowing (عن معرفة مصير، مجهولي المصير)
SAFE_AFTER = 2  # words between a word of coming out and «safe» (خرجوا جميعا بسلام)
RELEASE_REACH = 4  # words between a word of release and the number (أفرجت السلطات الإسرائيلية عن 30)
RETURN_REACH = 3  # words between a word of return and the number (عودة مئات اللاجئين، 500 لاجئ عادوا)
# ... and after it, its noun described between (قرابة 13 ألف لاجئ سوري في دول مجاورة عادوا لديارهم: H75)
RETURN_AFTER_REACH = 7
DEMAND_REACH = 2  # words between a demand or a refusal and the release it asks for (طالبت بالإفراج)
ATTACK_REACH = 2  # words after the number an attack's verb may stand in (أربعة مسلحين أطلقوا)
DOER_REACH = 4  # words after the number the harm its doers did may stand in (قام نحو 400 متطرف إسلامي بحصار)
WHOLE_REACH = 3  # words between «من أصل» and the whole it names (من أصل ما يقدر بستة آلاف)
TOOK_PART_REACH = 5  # words between a verb of taking part and the number (شارك في عمليات الإنقاذ 73 ألف)
DIED_REACH = 3  # words from the held's noun to the word of their death (215 أسيرا فلسطينيا قضوا)
STUCK_REACH = 2  # words before the number a verb of being stuck may stand (علق فيه 12 فتى)
TRAPPED_REACH = 6  # words after the counted that may say they were trapped (ومدربهم الذين كانوا عالقين)


@lru_cache(maxsize=1)
def _fate_cores() -> tuple[str, ...]:
    """The fate words no other holds (مصير of مصيرهم، المصير): one of them is in any sentence that says a fate."""
    fates = figure_words("fate")
    return tuple(w for w in fates if not any(o != w and o in w for o in fates))


def _joined(keys: list[str]) -> frozenset[int]:
    """The words glued to و: where the next item of a co-ordination may open (قتل 5 وأصيب 10، مقتل وجرح); not a
    measure word that opens with و itself (1216 إصابة و73 وفاة: the deaths, no «and» before فاة). (A word opening with
    و loses it as a clitic when longer than the set's least: asked of those words only, the sentence's words not made
    bare for it.)"""
    as_written = measure_words()
    longer = clitic_word_longer("conjunction_short")
    return frozenset(i for i, k in enumerate(keys) if k[:1] == "و" and len(k) > longer and k not in as_written)


def _may_measure(
    stems: list[str], bare: list[str], keys: tuple[list[str], list[str]], purpose: Mapping[int, bool],
) -> list[int]:
    """The indices of the words that may be measure words, in order: those a table holds in some form, and those
    of purpose (لإجلاء), whose stem is tried again. Sifted by lookups mapped over whole lists, not a Python
    step a word: a sentence's other words were a tenth of what its measure words cost."""
    if len(keys[0]) != len(stems):  # (no tokens: every word is read in turn)
        return list(range(len(stems)))
    table, written, as_written = measure_stems(), written_measures(), measure_words()
    ckeys, unglued_keys = keys
    hit = map(any, zip(
        map(table.get, stems), map(table.get, bare), map(written.get, ckeys), map(written.get, unglued_keys),
        map(as_written.get, unglued_keys),
    ))
    return sorted({*compress(range(len(stems)), hit), *(i for i in purpose if i < len(stems))})


def _brought_out(word: str) -> bool:
    """A word of bringing out, alone or with a glued ب (بخروج آخر 4 فتيان)."""
    return with_or_without(word, figure_words("brought_out"), "preposition_b")


class MeasureWords:
    """The measure words of a sentence (by position), one list for percentages and one for
    the rest, so that the nearest one to each number is found by bisection: a long sentence
    with thousands of numbers made the scan of every word for every number quadratic."""

    def __init__(
        self, stems: list[str], bare: list[str], tokens: list[Token] | None = None,
        speakers: Sequence[tuple[int, int]] = (), epidemic: bool = False, text: str = "",
    ):
        table, written = measure_stems(), written_measures()
        self.written_at: set[int] = set()  # where a measure word matched as written stands (measures_written.tsv)
        self.text, self.tokens = text, tokens or []  # the sentence, to see its clause breaks
        self.epidemic = epidemic  # the article is about a disease (its title names one): see names_disease
        self.at: dict[bool, tuple[list[int], list[str]]] = {True: ([], []), False: ([], [])}
        # measure words that say what was set out to be done to an object named after them
        # (اختاروا النزول لإنقاذ الأطفال): they measure that object, never a number before them
        self.keys = [t.key for t in tokens] if tokens is not None else []
        purpose = _purpose_words(tokens, self.keys) if tokens is not None else {}
        # (and their object, when a measure word too: لإنقاذ الضحايا, the victims the 75 thousand
        # sent are to rescue)
        self.purposed = frozenset(j for i, has_object in purpose.items() if has_object for j in (i, i + 1))
        # a measure word in the name of who speaks (رئيس فريق الإنقاذ) says who they are; a toll
        # credited to a speaker still says what it counts (وفق حصيلة للمرصد)
        named = _within(tokens, speakers) if tokens is not None else frozenset()
        # ... and one right after a team (فرق الإنقاذ، عمال الإنقاذ) names it: the
        # 66 on board a missing plane the rescue teams look for are not the rescued
        self.ckeys = bare_all(self.keys, "conjunction")  # (without a clitic و: asked of the words near each number)
        self.unglued = unglued_keys = bare_all(self.keys)  # (once a sentence: asked of every word below)
        operation = figure_words("operation")
        if not operation.isdisjoint(unglued_keys):  # (most sentences name no team: their words are not walked for one)
            named |= frozenset(i for i in range(1, len(unglued_keys)) if unglued_keys[i - 1] in operation)
        # ... and one set beside the number (إلى جانب القتلى ثمة 2700 شخص قد جرحوا) counts something else,
        # unless the number is its own complement (علاوة على إصابة 38)
        named |= self._set_beside(unglued_keys, tokens or [])
        self.joined = _joined(self.keys)
        as_written = measure_words()
        self.numbers = frozenset(i for i, t in enumerate(tokens or ()) if t.key[:1].isdigit())  # (is_number, no call)
        tried = -2
        for i in _may_measure(stems, bare, (self.ckeys, unglued_keys), purpose):
            st, b = stems[i], bare[i]
            m = table.get(st) or table.get(b)
            if m is None and (m := written.get(self.ckeys[i]) or written.get(unglued_keys[i])) is not None:
                self.written_at.add(i)
            if m is None and i in purpose and tokens is not None:
                m = table.get(stem_words([tokens[i].text[1:]])[0])  # لإجلاء 1000 سائح: إجلاء
            if m is None and tokens is not None and (word := unglued_keys[i]) != tokens[i].key:
                # أدى لمقتل، لإصابات: the word as the data file writes it (لأجل is no إجلاء, though
                # their stems meet)
                m = as_written.get(word)
                if m == "territory_percent":
                    m = None  # لمنطقة بايبورت: a place after a preposition says where, not whose share
            if m == "besieged" and tokens is not None and _trapped_under(tokens, i):
                m = "missing"  # حصار 15 شخصا تحت الأنقاض: those buried, whose fate is not yet known (H73)
            if m is not None and tokens is not None and _not_its_sense(tokens, i, m):
                m = None  # مؤشر قطاع الموارد: a market's sector; 400 ألف برميل يوميا: oil, not barrel bombs
            if m == "killed" and _attempted(unglued_keys, i):
                m = "wounded"  # وشروعهم في قتل 34 آخرين: an attempt on their lives, who lived
            if m == "killed" and i > 0 and (_tried_before(self.ckeys, unglued_keys, i) or tried == i - 1):
                # فتوى تدين من حاولوا قتلها، التهديد بقتلها وبقتل والدها: a killing tried or threatened, of no one
                # counted (and the killing joined to it by و)
                m, tried = None, i
            if m is not None and i not in named:
                positions, measures = self.at[m == "territory_percent"]
                positions.append(i)
                measures.append(m)

    def only_as_written(self, measure: str) -> bool:
        """Every word of ``measure`` in the sentence is one matched as written (المساعدات): the weaker sign."""
        return all(p in self.written_at for p, m in zip(*self.at[False]) if m == measure)

    def without(self, measure: str) -> MeasureWords:
        """The same sentence's measure words, those of one measure left out: its lists filtered, not the sentence
        read again (a third of its measure words' cost went to reading sentences twice)."""
        out = copy(self)
        out.at = {
            percent: ([p for p, m in zip(positions, measures) if m != measure], [m for m in measures if m != measure])
            for percent, (positions, measures) in self.at.items()
        }
        return out

    def nearest(self, lo: int, hi: int, kind: str) -> str:
        """The measure of the nearest word: the last one before the number or the first one
        from it on; words after the number are slightly closer in Arabic (7 آلاف شخص غادروا),
        and on a tie the earlier word wins. A word after it glued to و opens the next item of a
        co-ordination (قتل 5 وأصيب 10: the 5 are killed) when a word before it is there; two
        words joined by و, the killed and the wounded (مقتل وجرح العشرات، 20 قتلى وجرحى), count
        casualties."""
        positions, measures = self.at[kind == "percent"]
        k = bisect_left(positions, lo)
        before = k - 1 if k > 0 else None
        while k < len(positions) and positions[k] > hi and positions[k] in self.purposed:
            k += 1  # 13 غواصا ... لإنقاذ الأطفال: the divers are not the rescued
        after = k if k < len(positions) else None
        if before is not None and after is not None and self._said_between(positions[before] + 1, lo):
            # وقالت القبعات البيض، وهي جماعة لإخلاء المصابين، إن 13 مدنيا لقوا مصرعهم: the speaker's words, not
            # what was said
            before = None
        if after is not None and before is not None and positions[after] > hi and (
            positions[after] in self.joined or (
                any(j in self.joined for j in range(hi + 1, positions[after]))
                and not self._clause_between(positions[before], lo)
            )
        ):
            # (عدد القتلى بحوالى 48 وعدد الجرحى، بحياة 25 شخصا وخلفت أكثر من 100 جريح: the و opens the next
            # item; but across a clause's end the word before is another clause's)
            after = None
        if before is not None and self._opens_with_who(positions[before] + 1, lo):
            before = None  # الضحايا من طلاب الكلية، وهي كلية مهنية تضم 850 طالبا: said of another noun
        if before is not None and before > 0 and self._in_a_cause(positions[before], lo) and not self._broken(
            positions[before - 1], positions[before]
        ):
            # كما أصيب من جراء القصف الجوي أكثر من 4300 آخرين: the shelling is the cause, the verb before it governs
            before -= 1
        if before is not None and self._counts_another(positions[before] + 1, lo, positions):
            before = None  # عدد السكان ... يبلغ عدد مستخدمي الهواتف أكثر من مليار: the users, not the population
        if after is not None and before is not None and positions[after] > hi and self._a_count_named(
                positions[before]) and any(k in figure_words("cause") for k in self.ckeys[hi + 1:positions[after]]):
            after = None  # عدد المفقودين ... وصل إلى 17 شخصا نتيجة غرق مركبين: the count named, not its cause
        if after is not None and positions[after] > hi and self._anothers_after(lo, hi, positions[after], before):
            after = None
        if after is not None:
            i = positions[after]
            # (إنقاذ 32 لاجئا، مقتل 5 مهاجرين: the word governing the number right before it; the refugees
            # counted right after it say who, not what befell them; انتشال 150 جثة: a body is of the dead)
            # (... nor when a verb's subject stands between them: وأوقفت قوات الأمن مئات لاجئي الروهينغا, arrested)
            governed = (
                before is not None and lo - GOVERNING_REACH <= positions[before] < lo and i == hi + 1
                and measures[after] == "displaced" and lo not in self.joined
                and (positions[before] == lo - 1 or not (
                    self._clause_between(positions[before], lo)
                    or any(k in self.joined or self.keys[k] == "و" for k in range(positions[before] + 1, lo + 1))
                ))  # (20 ألف قتيل و2.6 مليون نازح: the next item, no object of the word before)
            )
            if before is None or (not governed and i - hi - (0.5 if i > hi else 0) < lo - positions[before]):
                return self._both(positions, measures, (after, after + 1)) or measures[after]
        if before is None:
            return "other"
        # (شخصا قتل وأصيب 5 آخرون: others than the one killed, the wounded alone)
        others = hi + 1 < len(self.keys) and self.keys[hi + 1] in figure_words("other_group")
        return (None if others else self._both(positions, measures, (before - 1, before))) or measures[before]

    def _in_a_cause(self, p: int, lo: int) -> bool:
        """The measure word at ``p``, before the number at ``lo``, stands in a cause its words open right before it
        (من جراء القصف، بسبب الغارات), with no clause mark before the number: what caused the count, not the count."""
        causes = figure_words("cause")
        if not any(self.ckeys[j] in causes for j in range(max(0, p - CAUSE_LEAD), p)):
            return False  # (most measure words: no cause word right before them)
        return not self._broken(p, lo)

    def cases_of_no_measure(self, lo: int, hi: int) -> bool:
        """The number counts cases of what no measure word names (412 حالة تجنيد أطفال، 451 حالة اعتداء على
        الممتلكات): not the measure a word further on names (منها تشريد الأسر); a word governing it still does
        (أوقفت الوزارة أكثر من ستة آلاف حالة تسلل: arrests)."""
        k = hi + 1
        if k + 1 >= len(self.keys) or self.ckeys[k] not in figure_words("case_noun") or self._broken(k, k + 1):
            return False  # (73 حالة، منذ أغسطس: cases of what the words before said)
        if any(lo - CASES_GOVERNED_REACH <= p < lo and not self._broken(p, lo) for p in self.at[False][0]):
            return False
        if self.keys[k + 1] != self.unglued[k + 1] and not self.keys[k + 1].startswith("ال"):
            return False  # (100 حالة لأطفال فقدوا أرواحهم: cases of children, what befell them told after)
        of = self.unglued[k + 1]
        if of in stopwords() or of in figure_words("case_of_any") or of[:1].isdigit() or (
            self.keys[k + 1] in according_words() or self.ckeys[k + 1] in according_words()
        ):
            return False  # (70 حالة على الأقل من صعوبات التنفس، 255 حالة ادعاء بالقتل، 108حالات وفقا للنشرة)
        return k + 1 not in self.at[False][0] and k + 1 not in self.at[True][0]

    def after_a_control_word(self, lo: int) -> bool:
        """A word of control and its على stand right before the number, an approximation at most between
        (استعاد السيطرة على نصف أراضي البلاد، سيطر على قرابة ثلث مساحة العراق; not وبعد سيطرة التنظيم نزح نصف
        السكان)."""
        positions = self.at[True][0]
        k = bisect_left(positions, lo)
        if k == 0 or lo - positions[k - 1] > CONTROL_REACH + CONTROLLER_WORDS:
            return False
        between = self.keys[positions[k - 1] + 1:lo]
        on = next((j for j in range(len(between) - 1, -1, -1) if between[j] in figure_words("controlled_on")), None)
        # (its على right after it, or after the one who controls: وتسيطر جبهة التحرير الوطني على أقل من نصف منطقة
        # إدلب, H78; a word at most between على and the number: not سيطرة التنظيم على المدينة نزح نصف السكان)
        return on is not None and len(between) - on <= 2 and on <= CONTROLLER_WORDS

    def hospitalised(self, lo: int, hi: int) -> bool:
        """The counted were taken to hospital or treated there (نقل 338 شخصا إلى المستشفى، 17 شخصا نقلوا
        إلى مستشفيات، معالجة 250 شخصا): a word of taking or treating a few words before or after the
        number, and a hospital's after it (figure_words.tsv: hospital, hospitalised)."""
        a, b = max(0, lo - HOSPITAL_REACH), hi + 1 + HOSPITAL_REACH
        near = self.keys[a:lo] + self.keys[hi + 1:b] + self.ckeys[a:lo] + self.ckeys[hi + 1:b]
        taken = figure_words("hospitalised")
        if taken.isdisjoint(near):
            return False
        hospital = figure_words("hospital")
        return any(k in hospital or unglued(k) in hospital for k in self.keys[hi + 1:hi + 1 + HOSPITAL_REACH])

    def hurt_after(self, hi: int) -> bool:
        """The counted are the wounded a word of wounds right after their noun says they are (يتم إجلاء اربعة
        جنود آخرين أصيبوا بجروح بالغة؛ إجلاء 12 جريحا): those a medical evacuation moves, no one driven out."""
        positions, measures = self.at[False]
        k = bisect_right(positions, hi)
        if k >= len(positions) or positions[k] > hi + HURT_REACH or measures[k] != "wounded":
            return False
        return not self._broken(hi, positions[k])

    def to_death(self, hi: int) -> bool:
        """"To death" follows the hurt a few words after the number (اختنقوا حتى الموت)."""
        after = self.keys[hi + 1:hi + 1 + DEATH_REACH]
        return any(k in figure_words("to_death") for k in after)

    def eliminated(self, lo: int) -> bool:
        """"Eliminating" stands right before the number (والقضاء على 71 إرهابيا، وأكدت "القضاء على أربعة مسلحين"): the
        killed; القضاء alone is as often the judiciary."""
        if lo < 2 or self.keys[lo - 1] not in _phrase_ends("eliminating"):
            return False  # (most numbers: no word of the phrase right before them)
        return f"{unglued(self.keys[lo - 2], 'conjunction')} {self.keys[lo - 1]}" in figure_words("eliminating")

    def share_of(self, hi: int) -> str | None:
        """The measure of the group a share after the number is taken from (40% من المدنيين
        الأفغان القتلى، 52% من الضحايا): من right after it, a measure word a few words on."""
        # (a sign after the digits, 40%, is no word: the number's last index is then the word after it)
        of = next((k for k in (hi, hi + 1) if k < len(self.keys) and self.keys[k] == "من"), None)
        if of is None:
            return None
        positions, measures = self.at[False]
        k = bisect_left(positions, of + 1)
        if k < len(positions) and positions[k] <= of + SHARE_REACH and measures[k] in HEAD_MEASURES:
            return measures[k]
        return None

    def driven_out(self, hi: int) -> bool:
        """A word of flight follows the people counted as residents, in their clause (أجبرت مئات السكان على
        الفرار، ربع مليون من سكان المنطقة الذين نزحوا عنها، دفع مئات الآلاف من سكانها إلى الرحيل): they are the
        displaced, not a population."""
        if not figure_words("homeless").isdisjoint(self.unglued[hi + 1:hi + 1 + DRIVEN_OUT_REACH]):
            return True  # يعيش 150 ألف شخص في العراء: who live in the open, homeless (not pilgrims who pray there)
        positions, measures = self.at[False]
        k = bisect_left(positions, hi + 1)
        while k < len(positions) and positions[k] <= hi + DRIVEN_OUT_REACH:
            if measures[k] == "displaced" and not self._clause_opens(hi + 1, positions[k]):
                return True
            k += 1
        return False

    def residents_moved(self, lo: int) -> bool:
        """The residents the number counts are the object of a word of flight or evacuation right before their noun
        (إجلاء سكان القرى القريبة من البركان والبالغ عددهم 4500 شخص: a multi-outlet story of session 46 had them a
        population): the nearest measure word before the number is theirs, and a displacement's word stands right
        before it."""
        positions, measures = self.at[False]
        k = bisect_left(positions, lo) - 1
        return k > 0 and measures[k] == "population" and measures[k - 1] == "displaced" and (
            positions[k - 1] == positions[k] - 1
        )

    def displaced_before(self, lo: int) -> bool:
        """A word of flight governs the number right before it (ونزوح وتشريد أكثر من نصف السكان): the
        residents it drove out are the displaced, not a population."""
        positions, measures = self.at[False]
        k = bisect_left(positions, lo - 1)
        return k < len(positions) and positions[k] == lo - 1 and measures[k] == "displaced"

    def marched(self, lo: int) -> bool:
        """A verb of protesting governs the number, right before it or before the day it names (تظاهر الأحد مئات
        الآلاف في برشلونة تنديدا باستمرار توقيف تسعة: who marched, H80, not the arrests they marched against)."""
        before = [unglued(k, "conjunction") for k in self.keys[max(0, lo - MARCHED_REACH):lo]]
        return any(w in figure_words("marched") for w in before)

    def died_held(self, hi: int) -> bool:
        """The held the number counts, by their noun right after it, died: a word of death comes next, within
        ``DIED_REACH`` words (215 أسيرا فلسطينيا قضوا داخل السجون: H76's prisoners who died in custody, not arrests)."""
        positions, measures = self.at[False]
        k = bisect_right(positions, hi)
        if k + 1 >= len(positions) or positions[k] != hi + 1 or measures[k] != "arrested":
            return False
        return measures[k + 1] == "killed" and positions[k + 1] - positions[k] <= DIED_REACH

    def executed(self, lo: int, hi: int) -> bool:
        """A word of execution stands before the number in its clause (أعدمت 19 سجينا، السلطات أعدمت 8 أشخاص بشكل
        جماعي، شنق 5 منهم), or the gallows a few words after it (أرسلت السلطات 9 سجناء إلى المشنقة): a sentence
        carried out, no arrest (the eighty-second held-out set's Iranian prisons)."""
        for j in range(lo - 1, max(-1, lo - EXECUTED_REACH - 1), -1):
            if self.ckeys[j] in figure_words("executed"):
                return True
            if j in self.joined or self.keys[j] == "و" or (self.text and broken(self.text, self.tokens, j, lo)):
                break
        after = self.ckeys[hi + 1:hi + 1 + GALLOWS_REACH]
        return not figure_words("gallows").isdisjoint(unglued(k) for k in after)

    def death_of_the_held(self, lo: int, hi: int) -> str | None:
        """What a word before the number says befell the held or the disappeared its noun counts, the noun right
        after it: their death right before it (وفاة 161 مختف قسريا، مقتل 5 معتقلين) makes them the killed, their
        execution (أعدمت 19 سجينا، إعدامات جماعية ... بحق 13 ألف معتقل) a sentence carried out, no arrest (a held-out
        set's prisons)."""
        positions, measures = self.at[False]
        k = bisect_right(positions, hi)
        if k >= len(positions) or positions[k] != hi + 1 or measures[k] not in ("arrested", "missing"):
            return None
        if self.executed(lo, hi):
            return "other"
        # (the word of death right before the number: not a toll's, ارتفاع الحصيلة لوجود عشرات المفقودين; nor the noun
        # of the count before, the item before this one: 75 قتيلا وحوالى 200 مفقود, a multi-outlet story of session 46)
        d = bisect_left(positions, lo) - 1
        if d < 0 or measures[d] != "killed" or positions[d] != lo - 1:
            return None
        return None if positions[d] - 1 in self.numbers else "killed"

    def lost(self, lo: int, hi: int) -> str | None:
        """The measure «فقد» right before the number gives it: the missing (قتل 46 مهاجرا وفقد 16 آخرون), the
        killed when it is their lives they lost (فقد اثنان من أفراد الإطفاء حياتهما), the displaced when it is
        their homes (فقد الآلاف منازلهم); the killed after a verb of losing whose subject lost them (فقدنا نحو 30
        من جنودنا); None without it."""
        before = self.ckeys[lo - 1] if lo > 0 else ""
        # (فقدنا: its ف is the verb's, not «and so»)
        ours = lo > 0 and (self.keys[lo - 1] in figure_words("lost_ours") or before in figure_words("lost_ours"))
        if before not in figure_words("went_missing") and not ours:
            return self._lost_kin(lo, hi)
        after = self.keys[hi + 1:hi + 1 + LOST_REACH]
        if ours:
            # فقدنا نحو 30 من جنودنا: the dead its subject lost (their homes: the displaced)
            return "displaced" if any(k in figure_words("lost_homes") for k in after) else "killed"
        if any(k in figure_words("lost_lives") for k in after):
            return "killed"
        return "displaced" if any(k in figure_words("lost_homes") for k in after) else "missing"

    def _lost_kin(self, lo: int, hi: int) -> str | None:
        """The killed its subject lost of their kin, a verb of losing a few words before, its subject between (فقد عبد
        الرحمن علي 5 من أبنائه جراء قنبلة: a labelled set's father in Mosul); None else."""
        kin = hi + 2 < len(self.keys) and self.keys[hi + 1] == "من" and self.keys[hi + 2] in figure_words("kin_of")
        return "killed" if kin and any(
            self.ckeys[k] in figure_words("went_missing") for k in range(max(0, lo - GOVERNING_REACH - 1), lo)
        ) else None

    def of_the_past(self, lo: int) -> bool:
        """The population word nearest the number follows "was" (المخيم الذي كان يسكنه 160 ألف
        فلسطيني قبل الحرب): who lived there once, not who is besieged there now."""
        positions, measures = self.at[False]
        found = [p for p, m in zip(positions, measures) if m == "population"]
        if not found or not self.keys:
            return False
        nearest = min(found, key=lambda p: abs(p - lo))
        was = figure_words("was")
        return any(self.ckeys[k] in was for k in range(max(0, nearest - PAST_REACH), nearest))

    def by_hands_of(self, lo: int) -> bool:
        """"At the hands of" stands before the number, a few words off (على يد 15 سعوديا، على أيدي
        فريق من 15 سعوديا): it counts the perpetrators."""
        hands, helped = figure_words("by_hands"), figure_words("with_help")
        return any(
            (self.keys[k] in hands and k > 0 and self.ckeys[k - 1] in figure_words("by_hands_on"))
            or self.keys[k] in helped
            for k in range(max(1, lo - HANDS_REACH), lo)
        )  # (بمساعدة ثلاثة من أعوانه: those who helped him flee, not the fled)

    def done_by(self, lo: int, hi: int) -> bool:
        """«By» (من قبل) right before the number (من قبل حوالي 300 رجل مسلح), and no measure word of what befell them a
        few words after it (من قبل أربعة أشخاص تم توقيفهم: the four arrested): it counts who did it."""
        by = figure_words("by")
        if not any(self.keys[k] in by and self.ckeys[k - 1] in figure_words("by_on") for k in range(
            max(1, lo - BY_REACH), lo
        )):
            return False
        positions, _ = self.at[False]
        return bisect_left(positions, hi + 1) == bisect_left(positions, hi + 1 + BY_AFTER_REACH)

    def helping(self, lo: int) -> bool:
        """«With the help of» stands right before the number (بمساعدة 187 شاحنة): what helped, not what was given; not
        after a verb of doing (قامت بمساعدة 500 ألف لاجئ: helped them)."""
        return lo > 0 and self.keys[lo - 1] in figure_words("with_help") and not (
            lo > 1 and self.ckeys[lo - 2] in figure_words("doing_verb")
        )

    def a_loss_of_service(self, lo: int, hi: int) -> bool:
        """A word of a loss no one suffers in body, glued to و, opens the item the number is in, after the toll's
        measure word (مقتل خمسة أشخاص وإلغاء أكثر من 3300 رحلة، وقطع الطاقة عن 900 ألف شخص); not when a measure
        word is the number's own noun (وتأخير إسعاف 15 جريحا: the wounded)."""
        losses = figure_words("service_loss")
        positions = self.at[False][0]
        for k in range(max(0, lo - SERVICE_REACH), lo):
            if k in self.joined and self.ckeys[k] in losses:
                return not any(k < p < lo or p == hi + 1 for p in positions)
        return False

    def left_without(self, hi: int) -> bool:
        """The counted were left without a service right after the number (تاركة الآلاف بدون كهرباء، انقطاع الكهرباء عن
        أكثر من 100 ألف منزل is the loss's own item): no harm to anyone's body, whatever the storm did."""
        after = self.ckeys[hi + 1:hi + 1 + WITHOUT_REACH]
        without = figure_words("without")
        return any(a in without for a in after[:-1]) and any(
            a in without and b in figure_words("service") for a, b in zip(after, after[1:])
        )

    def surrendered(self, lo: int, hi: int) -> bool:
        """A verb of handing over stands right before the number and «themselves» a few words after it (بينما سلم
        مائة آخرون أنفسهم): those who surrendered, not the killed the sentence counts before them."""
        return lo > 0 and self.ckeys[lo - 1] in figure_words("handed_over") and any(
            k in figure_words("themselves") for k in self.ckeys[hi + 1:hi + 1 + SURRENDER_REACH]
        )

    def charged_with(self, hi: int) -> str:
        """What charges counted right before a killing's word count: murder charges the dead (عشر تهم بالقتل, a court's
        count of the killed), attempted murder the wounded (13 تهمة بالشروع في القتل), other charges no one (19 تهمة
        تشمل الاعتداء الجنسي ... وتهديدات بالقتل; 4 من 18 تهمة ... وبرأته من تهم بينها القتل)."""
        after = [unglued(k) for k in self.ckeys[hi + 2:hi + 2 + CHARGE_REACH]]
        if after and after[0] in figure_words("attempted"):
            return "wounded"
        return "killed" if after and after[0] in figure_words("murder") else "other"

    def voters(self, hi: int) -> bool:
        """Voters' words follow the souls counted (سجل نحو 106 ملايين نسمة أسماءهم في سجلات الناخبين): the registered,
        not a population (a whole-store draw of session 33 had Pakistan's 106 million against its 200 million)."""
        voters = figure_words("voters")
        return any(k in voters for k in self.ckeys[hi + 1:hi + 1 + VOTERS_REACH])

    def possessed(self, lo: int) -> bool:
        """A word of possessing stands right before the number (ذات 10 مليون نسمة)."""
        return lo > 0 and self.ckeys[lo - 1] in figure_words("possessing")

    def envoys_after(self, hi: int) -> bool:
        """Envoys are named a few words after the number (طردت 23 من الطاقم الدبلوماسي، طرد 23 من هؤلاء
        الدبلوماسيين): those expelled are diplomats, not people driven from their homes."""
        if hi + 1 >= len(self.keys) or self.keys[hi + 1] not in figure_words("of"):
            return False  # (170 مريضا وموظفا: patients and staff evacuated, no «of the envoys»)
        envoys = figure_words("envoys")
        return any(k in envoys for k in self.ckeys[hi + 2:hi + 1 + ENVOYS_REACH])

    def sentenced(self, lo: int, hi: int) -> bool:
        """The people counted are the sentenced (حكما بالإعدام على 45 متهما بقتل متظاهرين، وحكم على 24
        بحرينيا بالسجن بتهمة محاولة قتل): the killing is their charge, not what befell them."""
        words = figure_words("sentenced")
        after = range(hi + 1, min(len(self.keys), hi + 1 + SENTENCE_REACH))
        near = [*self._words_before_past_terms(lo, SENTENCE_REACH), *after]
        return any(self.ckeys[k] in words or self.keys[k] in words for k in near) or self._jailed_by_a_court(lo)

    def _jailed_by_a_court(self, lo: int) -> bool:
        """A court's jailing governs the number (قضت المحكمة بسجن 7 متهمين): the sentenced."""
        if lo == 0 or self.ckeys[lo - 1] not in figure_words("court_jailing"):
            return False
        court = figure_words("court")
        return any(self.unglued[k] in court for k in range(lo - 1))

    def _words_before_past_terms(self, lo: int, reach: int) -> list[int]:
        """The positions of the ``reach`` words before ``lo``, a term's number and its unit not counted (والسجن عشر
        سنوات على عشرة متهمين، السجن المؤبد (25 عاما) بحق ثلاثة متهمين: H99's sentences had been read as arrests)."""
        out: list[int] = []
        k = lo - 1
        while k >= 0 and len(out) < reach:
            if self._a_number_at(k):
                k -= 1
                continue
            if k > 0 and self._a_number_at(k - 1):
                k -= 2  # (the unit after a number, and the number)
                continue
            out.append(k)
            k -= 1
        return out

    def charged(self, lo: int, hi: int) -> bool:
        """A charge follows a count told again with the article (الرجال الأربعة تهمة قتل الضحايا), or the convicted
        follow the number (18 شخصا أدينوا بقتل): the accused; not charges counted (عشر تهم بالقتل: the dead)."""
        after = self.ckeys[hi + 1:hi + 1 + SENTENCE_REACH]
        if not after:
            return False
        convicted = figure_words("convicted")
        if any(w in convicted for w in after) or self._accused_of_a_killing(hi, after):
            return True
        word = self.ckeys[lo]
        return after[0] in figure_words("charge") and word.startswith(grammar().article) and not word[:1].isdigit()

    def _accused_of_a_killing(self, hi: int, after: list[str]) -> bool:
        """The people counted are accused of a killing (ثمانية رجال متهمين باغتصاب طفلة ... وقتلها: the sixty-sixth
        held-out set's Kathua trial); not accused of anything else, who may be the dead (متهمين بالانتماء إلى داعش)."""
        accused = figure_words("accused")
        at = next((k for k, w in enumerate(after) if w in accused), None)
        if at is None:
            return False
        roots = figure_words("killing_charge")
        charge = self.ckeys[hi + 2 + at:hi + 2 + at + ACCUSED_REACH]
        return any(root in w for w in charge for root in roots)

    def counts_within(self, lo: int, hi: int) -> bool:
        """A measure word of what befell people (not the strikes that caused it, not a
        percentage's) stands in ``[lo, hi)``."""
        positions, measures = self.at[False]
        k = bisect_left(positions, lo)
        return any(m != "strikes" for m in measures[k:bisect_left(positions, hi)])

    def assassinated(self, lo: int) -> bool:
        """A noun of assassination governs the number right after it (أدى لاغتيال أحد عشر صحفيا وسجن اثني عشر، باغتيال
        أربعة من العلماء: H97's eleven journalists had been read as jailed, the next item's word); apart from its number
        the noun is not the killed's (اتهام خمسة في قضية اغتيال: the accused, measures.tsv)."""
        return lo > 0 and self.unglued[lo - 1] in figure_words("assassination")

    def patients(self, hi: int) -> bool:
        """Medical cases are counted right after the number (لإجلاء ألف حالة طبية), or a medical evacuation is what
        they need a few words on (أكثر من ألف شخص بحاجة إلى إجلاء طبي): patients to move, not people driven out
        (figure_words.tsv: medical_case, medical_adjective, medical_move)."""
        keys, medical = self.unglued, figure_words("medical_adjective")
        if hi + 2 < len(keys) and keys[hi + 1] in figure_words("medical_case") and keys[hi + 2] in medical:
            return True
        moves = figure_words("medical_move")
        return any(
            keys[k] in moves and keys[k + 1] in medical for k in range(hi + 1, min(hi + PATIENTS_REACH, len(keys) - 1))
        )

    def named_right_after(self, hi: int) -> str | None:
        """The measure of the word right after the number, when it is a measure word (و80 جريحا: the wounded)."""
        positions, measures = self.at[False]
        k = bisect_left(positions, hi + 1)
        return measures[k] if k < len(positions) and positions[k] == hi + 1 else None

    def aboard(self, lo: int, hi: int) -> bool:
        """A word of carrying stands right before the number (على متنها، كانت تقل) and no measure word of
        what befell them stands a few words after it (تقل 50 جريحا، على متنها 71 شخصا لقوا حتفهم جميعا), other
        than one opening the count after (على متنها 110 أشخاص قتل 107 منهم)."""
        # (the second of two counts joined by و goes with the first: على متنها 60 راكبا و6 من طاقم الطائرة)
        first = lo - 3 if lo >= 3 and self.keys[lo - 1] == AND and lo - 3 in self.numbers else lo
        if figure_words("aboard").isdisjoint(self.ckeys[max(0, first - ABOARD_REACH):first]):
            return False
        positions, _ = self.at[False]
        after = positions[bisect_left(positions, hi + 1):bisect_left(positions, hi + 1 + DEATH_REACH)]
        # (a feminine or singular verb is the vehicle's: طائرة على متنها 66 شخصا سقطت، قارباً يحمل 160 مهاجراً غرق)
        vehicle, verbs = tuple(figure_words("vehicle_verb_ending")), figure_words("vehicle_verb")
        return not any(
            p + 1 not in self.numbers and p + 2 not in self.numbers and not self.keys[p].endswith(vehicle)
            and self.ckeys[p] not in verbs
            for p in after
        )

    def attacking(self, lo: int, hi: int) -> bool:
        """The counted carry an attack out, its verb right after them (أربعة مسلحين أطلقوا النار على حراس المبنى،
        5 مسلحين نفذوا الهجوم), and no word of what befell anyone stands before the number in its clause (قتل 5
        أشخاص هاجموا مركزا: the attackers killed): they are the attackers, not the toll told further on."""
        verbs = figure_words("attack_verb")
        if not any(k < len(self.ckeys) and self.ckeys[k] in verbs for k in range(hi + 1, hi + 1 + ATTACK_REACH)):
            return False
        positions, _ = self.at[False]
        k = bisect_left(positions, lo) - 1  # (وقتلت قوات الأمن العراقية 4 مسلحين أطلقوا النار: the attackers killed)
        return k < 0 or self._broken(positions[k], lo)

    def doing_harm(self, lo: int, hi: int) -> bool:
        """The counted are the subject of a verb of doing (قام، تقوم) and what they did is a harm done to others,
        glued to its preposition a few words on (قام نحو 400 متطرف بحصار المسجد الحرام، قام 5 مسلحين بقتل): the
        doers, not whom it befell. Leaving is done to oneself: قام 20 شخصا بمغادرة المدينة stays the displaced."""
        if lo == 0 or self.ckeys[lo - 1] not in figure_words("doing_verb"):
            return False
        positions, found = self.at[False]
        measured = dict(zip(positions, found))
        for p in range(hi + 1, min(len(self.keys), hi + 1 + DOER_REACH)):
            if self.unglued[p] != self.ckeys[p] and self.ckeys[p][:1] in figure_words("deed_by"):
                # (what they did, glued to ب: a harm, or a deed no measure names, قام 3 إلى أربعة ضباط شرطة
                # بالاشتباك معه وتمكنوا من قتل المشتبه به, the officers, not the dead)
                return measured.get(p, "killed") in HARM_DONE
        return False

    def sizes_a_force(self, lo: int, hi: int) -> bool:
        """The number is a force's strength (جيش الإسلام البالغ عديده نحو عشرة آلاف مقاتل): a word of
        strength stands just before it, or of deploying right before it (نشر 300 شرطي); or a list's length, the list
        right before it or before its من or its article (لائحة من أربعين مسؤولا، قائمة الـ 40 إرهابيا: a real
        multi-outlet story read in session 28 had them arrested and strikes; not قائمة بأسماء 40 قتيلا, the names of
        the dead)."""
        if any(self.keys[k] in figure_words("strength") for k in range(max(0, lo - STRENGTH_REACH), lo)):
            return True
        if lo > 0 and self.ckeys[lo - 1] in figure_words("deployed"):
            return True  # نشر 300 شرطي: those deployed
        k = lo - 1 if lo > 0 and self.ckeys[lo - 1] not in figure_words("list_link") else lo - 2
        # (a list of the dead or the missing counts them: قائمة من 40 قتيلا، لائحة الـ 12 مفقودا)
        return k >= 0 and self.ckeys[k] in figure_words("list") and hi + 1 not in self.at[False][0]

    @staticmethod
    def _set_beside(keys: list[str], tokens: list[Token]) -> frozenset[int]:
        """The measure words what a number is set beside names (إلى جانب القتلى، فضلا عن الجرحى): right
        after a word of «besides», or after it and a preposition, with no number right after them."""
        besides, linking = figure_words("besides"), figure_words("besides_link")
        if besides.isdisjoint(keys):
            return frozenset()  # (most sentences set nothing beside anything: no word-by-word scan)
        out = set()
        for i in range(1, len(keys)):
            if keys[i - 1] in besides or (i > 1 and keys[i - 2] in besides and keys[i - 1] in linking):
                if not (i + 1 < len(tokens) and tokens[i + 1].is_number) and not tokens[i].is_number:
                    out.add(i)
        return frozenset(out)

    def held(self, lo: int) -> bool:
        """A verb of owning stands a word or two before the number (تملك مئات الصواريخ): an arsenal, not strikes."""
        return any(k in figure_words("owns") for k in self.ckeys[max(0, lo - OWNS_REACH):lo])

    def struck(self, lo: int) -> bool:
        """A verb of striking stands a few words before the number (استهدفت عدد (5) أهداف، قامت باستهداف وتدمير عدد
        (9) أهداف): the targets it hit."""
        return any(
            k.startswith(v) for k in self.ckeys[max(0, lo - STRUCK_REACH):lo] for v in figure_words("striking")
        )

    def fate_unknown(self, lo: int, hi: int) -> bool:
        """Near the number, their fate is said to be unknown (17 رجلا لا يعرف مصيرهم، عجزت السلطات عن معرفة
        مصير 110 تلميذات): the missing; not a fate feared for (خشيتها على مصير آلاف المدنيين)."""
        if not any(core in self.text for core in _fate_cores()):
            return False  # (most sentences say no fate: their words are not made bare for nothing)
        keys = self.ckeys[max(0, lo - FATE_REACH):hi + 1 + FATE_REACH]
        fates = [k for k, w in enumerate(keys) if w in figure_words("fate")]
        return any(
            w in figure_words("not_known") for f in fates for w in keys[max(0, f - FATE_NEAR):f + FATE_NEAR + 1]
        )

    def released(self, lo: int) -> bool:
        """A word of release stands a few words before the number, no other number between, nor a demand or a
        refusal before it (أفرجت السلطات عن 30 أسيرا، وأطلقت سراح 45 معتقلا): those freed, no longer held (not
        طالبت بالإفراج عن 50 معتقلا، not the 30 of سراح 45 معتقلا واعتقلت 30)."""
        k = self._word_before(lo, "released", RELEASE_REACH)
        return k is not None and not self._word_at_most(k, "demanded")

    def returning(self, lo: int, hi: int) -> bool:
        """A word of return stands a few words before the number, no number and no word of preventing between, or
        a verb of return follows its noun in its own item (عودة مئات اللاجئين، مئات اللاجئين السوريين عادوا): those
        going home, no longer driven from it (not نزح 3000 شخص وعاد 500 منهم, nor يمنع الجيش عودة 40 ألف نازح)."""
        k = self._word_before(lo, "returning", RETURN_REACH)
        if k is not None:
            return not self._word_at_most(k, "prevented")
        for k in range(hi + 1, min(len(self.keys), hi + 1 + RETURN_AFTER_REACH)):
            if k in self.numbers or self.ckeys[k] != self.keys[k] or self._broken(hi, k):
                return False
            if self.keys[k] in figure_words("returning"):
                return True
        return False

    def _word_before(self, lo: int, kind: str, reach: int) -> int | None:
        """Where the nearest word of ``kind`` (figure_words.tsv) stands within ``reach`` words before the number,
        no other number between."""
        for k in range(lo - 1, max(-1, lo - 1 - reach), -1):
            if k in self.numbers:
                return None
            if self.ckeys[k] in figure_words(kind):
                return k
        return None

    def _word_at_most(self, k: int, kind: str) -> bool:
        """A word of ``kind`` stands at most ``DEMAND_REACH`` words before word ``k`` (طالبت بالإفراج، يمنع الجيش
        عودة)."""
        return any(unglued(w, "conjunction") in figure_words(kind) for w in self.keys[max(0, k - DEMAND_REACH):k])

    def _broken(self, hi: int, k: int) -> bool:
        """A clause mark stands between token ``hi`` and token ``k``."""
        if not self.tokens or not self.text or k >= len(self.tokens):
            return False
        return any(c in self.text[self.tokens[hi].end:self.tokens[k].start] for c in CLAUSE_BREAKS)

    def a_whole(self, lo: int) -> bool:
        """The number is the whole a part is out of (قتل 107 من أصل 110 ركاب، 33 طفلا توفوا من أصل ما يقدر بستة آلاف
        طفل): what befell the part did not befall it."""
        k = self._word_before(lo, "out_of", WHOLE_REACH)
        if k is None or k == 0 or not figure_words("whole_filler").issuperset(self.ckeys[k + 1:lo]):
            return False  # (أمريكيون من أصل صومالي 3 منهم: of Somali origin, no whole)
        if self.ckeys[k] in figure_words("out_of_after_count") and (k - 2) not in self.numbers:
            return False  # (المفقودون من بين نحو 33 ألف جندي: among, no part counted before)
        # (or «من» glued to the word before, a space lost: في بلدة بامامن أصل ما يقدر بستة آلاف طفل)
        return self.ckeys[k - 1] in figure_words("of") or self.keys[k - 1].endswith(tuple(figure_words("of")))

    def its_own(self, lo: int, hi: int, kind: str) -> str:
        """The measure of a word right after the number, in its clause (من أصل 68.5 مليون نازح), else other."""
        positions, measures = self.at[kind == "percent"]
        k = bisect_left(positions, lo)
        if k < len(positions) and positions[k] <= hi + 1 and not self._broken(hi, positions[k]):
            return measures[k]
        return "other"

    def next_items_own(self, lo: int, hi: int, kind: str) -> str | None:
        """The measure of the counted noun right after a number that opens the next item of a co-ordination (glued
        to و), after its من or not (حوالى 120 ألف قتيل ومئات الآلاف من النازحين: the displaced, not the killed of the
        item before), else None."""
        if lo >= len(self.keys) or self.ckeys[lo] == self.keys[lo]:
            return None
        j = hi + 1 + (hi + 1 < len(self.keys) and self.keys[hi + 1] == "من")
        positions, measures = self.at[kind == "percent"]
        k = bisect_left(positions, j)
        return measures[k] if k < len(positions) and positions[k] == j and not self._broken(hi, j) else None

    def out_of_prison(self, hi: int) -> bool:
        """Those who left left a prison (526 شخصا ممن تثور مزاعم عن انتمائهم لبوكو حرام خرجوا من السجن): the
        released, not the displaced."""
        after = self.ckeys[hi + 1:hi + 1 + PRISON_REACH]
        return any(a == "من" and b in figure_words("prison") for a, b in zip(after, after[1:]))

    def escaped(self, lo: int, hi: int) -> bool:
        """Prisoners who escaped are counted (فر نحو 400 سجين من سجن، 58 سجينا الفارين): a word of escape and a noun of
        prisoners within a few words of the number, no arrest governing it (القبض على 4 من الـ 58 سجينا الفارين)."""
        near = range(max(0, lo - ESCAPE_REACH), min(len(self.keys), hi + 1 + ESCAPE_REACH))
        words = [self.ckeys[k] for k in near if k < lo or k > hi]
        if figure_words("escape").isdisjoint(words) or figure_words("prisoners").isdisjoint(words):
            return False
        return self._word_before(lo, "arresting", GOVERNING_REACH) is None

    def _a_number_at(self, k: int) -> bool:
        """The word at ``k`` is a number, in digits or in words (25، عشر)."""
        return k in self.numbers or number_word(self.ckeys[k], False)[0] is not None

    def a_warrant(self, lo: int, hi: int) -> bool:
        """A warrant's noun stands a few words before the number (مذكرة اعتقال بحق 12 متهما) or is its counted
        noun (أصدرت 1071 أمر قبض): warrants issued, no one held yet; so is a part of those named (مذكرات توقيف بحق 300
        عسكري، منهم 211 جندياً: the whole's words count too)."""
        reach = WARRANT_REACH + (SUBSET_WHOLE if lo > 0 and self.ckeys[lo - 1] in figure_words("subset") else 0)
        # (the words that say whom and how widely it is issued do not count: مذكرات توقيف دولية في حق ستة, a review)
        k = lo
        while k > 0 and self.ckeys[k - 1] in figure_words("warrant_filler"):
            k -= 1
        return not figure_words("warrant").isdisjoint(self.ckeys[max(0, k - reach):lo]) or (
            hi + 1 < len(self.keys) and self.keys[hi + 1] in figure_words("warrant_counted")
        )

    def rescuers(self, lo: int, hi: int) -> bool:
        """The counted take part in the rescue (شارك في عمليات الإنقاذ 73 ألف شخص، 75 ألف شخص شاركوا في عمليات
        البحث) or are its men (54 ألف رجل إنقاذ): a verb of taking part a few words before or after the number,
        or a rescue's noun right after the counted noun (figure_words.tsv: took_part, rescue_noun)."""
        if hi + 2 < len(self.keys) and self.keys[hi + 2] in figure_words("rescue_noun"):
            return True
        took_part, work = figure_words("took_part"), figure_words("rescue_work")
        # (the verb's own work must be the rescue: تم إنقاذ 120 شخصا شاركوا في رحلة بحرية are rescued)
        spans = (range(max(0, lo - TOOK_PART_REACH), lo), range(hi + 1, min(len(self.keys), hi + 1 + TOOK_PART_REACH)))
        return any(
            self.ckeys[k] in took_part and not work.isdisjoint(self.keys[k + 1:k + 1 + TOOK_PART_REACH])
            for span in spans for k in span
        )

    def captured(self, lo: int) -> bool:
        """The word right before the number is the taking of prisoners (وأسر 17 من الميليشيات)."""
        return lo > 0 and self.ckeys[lo - 1] in figure_words("captured")

    def a_side_of_a_fight(self, lo: int, hi: int) -> bool:
        """The number stands right after «between», a word of fighting a few words before it (مواجهة
        مسلحة بين 60 جهاديا والقوات), or is what «the other side» counts (اشتباكات بين قوة برخان ... من
        جهة و60 مسلحا من جهة أخرى): the strength of one side, not what befell it."""
        between = figure_words("between")
        after = tuple(self.keys[hi + 2:hi + 5])  # (past the counted noun)
        if any(after[:len(w)] == w for w in _other_side()):
            # (of a fight «between» its sides, not the dead of both: قتل 5 من الجيش من جهة و20 من جهة أخرى)
            return any(self._a_fight_before(k) for k in range(max(0, lo - SIDE_REACH), lo) if self.keys[k] in between)
        # («بين» may open the number's own span, read as a range's first word: بين 60)
        at = lo if self.keys[lo] in between else lo - 1 if lo > 0 and self.keys[lo - 1] in between else None
        return at is not None and self._a_fight_before(at)

    def _a_fight_before(self, k: int) -> bool:
        """A word of fighting stands a few words before word ``k`` (مواجهة مسلحة بين)."""
        return any(
            self.ckeys[j] in figure_words("fight_between")
            for j in range(max(0, k - FIGHT_REACH), k)
        )

    def names_disease(self) -> bool:
        """The sentence names a disease (الحصبة، الكوليرا), or the article is about one (ارتفاع
        وفيات الدفتيريا باليمن, then تسجيل 1294 حالة إصابة بهذا المرض): its إصابات are cases of it."""
        diseases = figure_words("disease")
        return self.epidemic or any(d in k for k in self.keys for d in diseases if " " not in d) or any(
            d in " ".join(self.keys) for d in diseases if " " in d
        )

    def _opens_with_who(self, lo: int, hi: int) -> bool:
        """A pronoun glued to و (وهي، وهو، وهم) stands in ``[lo, hi)`` with words after it: a clause
        about another noun (وهي كلية مهنية تضم 850), not the value of the one before (أحدث حصيلة
        للقتلى ...، وهو 39 شخصا; nor the values of a list it opens: جثث الضحايا وهم 59 رجلا وثماني نساء
        وأربعة أطفال, H63)."""
        return any(
            self.keys[k] in figure_words("and_who") and k + 1 not in self.numbers
            for k in range(lo, min(hi - 1, len(self.keys)))
        )

    def brought_out_alive(self, lo: int, hi: int) -> bool:
        """A word of bringing out counts them (إجلاء، خروج، خرجوا), and the words a little after the number say
        they had been trapped or came out safe (الفتيان الـ12 ومدربهم الذين كانوا عالقين في مغارة، خرجوا جميعا
        بسلام): the rescued, not people driven from their homes (not عالقين said of others after وأن, nor of those
        still there: لا يزالون عالقين)."""
        near = self.ckeys[max(0, lo - TRAPPED_REACH):lo]
        after = self.ckeys[hi + 1:hi + 1 + TRAPPED_REACH]
        out = [k for k, w in enumerate(after) if _brought_out(w)]
        if not out and not any(_brought_out(w) for w in near):
            return False
        if any(w in figure_words("rescue_noun") for w in near):
            return True  # عملية الإنقاذ الأخيرة بخروج آخر 4 فتيان: coming out is the rescue's
        for k, w in enumerate(after):
            if w in figure_words("that") or w in figure_words("still_trapped"):
                return False
            if w in figure_words("trapped") and k > 0 and after[k - 1] in figure_words("had_been"):
                return True
            if w in figure_words("safe") and any(0 < k - o <= SAFE_AFTER for o in out):
                return True
        return False

    def stuck_before(self, lo: int) -> bool:
        """A verb of being stuck stands right before the number, or with its «in it» between (وعلق فيه 12 فتى): the
        trapped are counted, whatever word of coming out or of rescue is near (the Thai cave, read in session 48)."""
        before = self.ckeys[max(0, lo - STUCK_REACH):lo]
        return any(w in figure_words("stuck") for w in before)

    def rescued_by(self, lo: int) -> bool:
        """A verb of saving alive (أنقذت، not فرق الإنقاذ nor انتشلت, bodies too) stands a few words before the
        number, no word of bodies between."""
        before = self.ckeys[max(0, lo - RESCUE_REACH):lo]
        at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in figure_words("rescue_verb")), None)
        return at is not None and not any(k in figure_words("bodies") for k in before[at:])

    def _said_between(self, lo: int, hi: int) -> bool:
        """The number opens what a speaker said: «إن» right before it, and a verb of saying before ``lo``
        (وقالت القبعات البيض، وهي جماعة لإخلاء المصابين، إن 13 مدنيا; not في آن واحد 12، نفت أن)."""
        that = self.tokens[hi - 1] if self.tokens and 0 < hi <= len(self.tokens) else None
        if that is None or that.key not in figure_words("that"):
            return False
        # (written with its hamza below, إنّ after a verb of saying: not أن, nor آن of في آن واحد, which fold to it;
        # أن after a speaker's participle of going on: مشيرا إلى أن "11 شخصا ... توفوا")
        if not that.text.startswith(HAMZA_BELOW):
            return not going_on().isdisjoint(self.ckeys[max(0, hi - 1 - PARTICIPLE_REACH):hi - 1])
        said = speech_verbs()
        return any(k in said for k in self.ckeys[max(0, lo - SAID_REACH):lo])

    def _counts_another(self, lo: int, hi: int, positions: list[int]) -> bool:
        """"The number of" stands in ``[lo, hi)`` before a noun that is no measure word: the number
        after it counts that noun (يبلغ عدد مستخدمي الهواتف الخليوية بها أكثر من مليار شخص)."""
        counted, number_of = set(positions), figure_words("count_of")
        return any(
            self.ckeys[k] in number_of and k + 1 < len(self.keys)
            and k + 1 not in counted and k + 1 not in self.numbers
            for k in range(lo, min(hi, len(self.keys)))
        )

    def _a_count_named(self, k: int) -> bool:
        """The measure word at ``k`` is the noun of «the number of» (عدد المفقودين)."""
        return k > 0 and self.ckeys[k - 1] in figure_words("count_of")

    def _clause_between(self, k: int, lo: int) -> bool:
        """A clause ends between measure word ``k`` and the number at ``lo``: the word is another clause's
        (وجرح 540 شخصا، فضلا 29 شخصا وصفوا في عداد المفقودين؛ إصابة عدد من المارة، وقال مسؤول إن 5)."""
        return bool(self.text) and broken(self.text, self.tokens, k, lo)

    def _its_own_number_after(self, i: int) -> bool:
        """A number follows the word at ``i`` in its own clause (على متنها 110 أشخاص قتل 107 منهم), not past a
        comma (4 من أفراد الشرطة أصيبوا، 3 جروحهم طفيفة: the 4 are the wounded); nor is a number a part of the
        count before (يحارب أكثر من مئة مقدوني في سوريا والعراق قتل منهم نحو عشرين: the fighters, twenty of them
        killed)."""
        if i + 1 not in self.numbers:
            # («of them», not «among them»: 1300 مدني قتلوا -بينهم تسعة رجال إنقاذ- are the killed, nine of them
            # rescuers; and the verb in the singular, its number after it: 123 فلسطينيا قد قضوا، منهم 13 طفلا agrees
            # with the 123, and 13300 جريحاً، منهم 330 is the noun of the number before it)
            if i > 0 and ((i - 1) in self.numbers or self.keys[i].endswith(tuple(figure_words("plural_verb_ending")))):
                return False
            of_them = either(figure_words("subset_after"), figure_words("subset_after_verb"))
            return i + 2 < len(self.keys) and self.ckeys[i + 1] in of_them and any(
                k in self.numbers or number_word(self.keys[k], False)[0] is not None for k in (i + 2, i + 3)
                if k < len(self.keys)
            )
        # (وأصيب، 30 منهم بجروح: a word opening its own item with و is the number's after it)
        return self.ckeys[i] != self.keys[i] or not self._broken(i, i + 1)

    def _bracketed(self, lo: int, hi: int, after: int) -> bool:
        """The number stands in brackets and the word ``after`` past their close (بلغ عدد الموقوفين (سبعة عشر شخصاً)
        صدرت أوامر إفراج: the detained, not the released): what the brackets explain is before them."""
        if not self.tokens or lo == 0 or after >= len(self.tokens):
            return False
        if after == hi + 1 and self.keys[after].endswith(tuple(figure_words("counted_ending"))):
            return False  # ((25) قتيلا و(40) جريحا: the counted noun right after the bracket is the number's own)
        opened = self.text[self.tokens[lo - 1].end:self.tokens[lo].start]
        return "(" in opened and ")" in self.text[self.tokens[hi].end:self.tokens[after].start]

    def _anothers_after(self, lo: int, hi: int, i: int, before: int | None) -> bool:
        """The measure word at ``i``, after the number, is another's: the next clause's (324 شخصا، بينما أدت إلى
        تشريد), the number it is followed by (على متنها 110 أشخاص قتل 107 منهم), a bracket's, or a count's told
        after «that» before it."""
        return (
            self._clause_opens(hi + 1, i) or self._its_own_number_after(i)
            or (before is not None and self._bracketed(lo, hi, i)) or self._anothers_count_before(hi, i)
        )

    def _anothers_count_before(self, hi: int, i: int) -> bool:
        """Another number stands before the word at ``i``, in a clause of its own past the number ending at ``hi``
        (اعترض خفر السواحل أكثر من 6500 مهاجر، حسب المنظمة التي أعلنت أن 383 مهاجرا لقوا حتفهم: the 383 died)."""
        k = next((k for k in range(hi + 2, i) if k in self.numbers), None)
        if k is None:
            return False
        # (past a word opening what is said: a list's items, 54 شخصا، بينهم 28 مدنيا قتلوا، or 6 آلاف من المارة، وقرابة
        # 40 ألف شخص، يموتون, share the word after them)
        said = figure_words("said_clause")
        return any(self.ckeys[j] in said for j in range(hi + 1, k))

    def _clause_opens(self, lo: int, hi: int) -> bool:
        """A word opening a clause of its own (بينما، فيما، في حين، لكنها) stands in ``[lo, hi)``."""
        return any(opens_a_clause(k) for k in self.keys[lo:hi])

    def _both(self, positions: list[int], measures: list[str], pair: tuple[int, int]) -> str | None:
        """casualties when the two words are one of the pairs news writes for the killed and the
        wounded together (مقتل وجرح، قتلى وجرحى: figure_words.tsv casualty_pair)."""
        a, b = pair
        if a < 0 or b >= len(positions) or positions[b] != positions[a] + 1 or not self.keys:
            return None
        words = f"{self.keys[positions[a]]} {self.keys[positions[b]]}"
        return "casualties" if words in figure_words("casualty_pair") else None


def _cites(tokens: list[Token], i: int) -> bool:
    """«استشهد» at token i cites what a word glued to ب names (واستشهد الرئيس بأرقام رسمية); a martyrdom's
    dead come first (واستشهد 5 فلسطينيين برصاص الاحتلال)."""
    for t in tokens[i + 1:i + 1 + CITED_REACH]:
        if t.is_number:
            return False
        if t.key.startswith("\u0628"):
            return True
    return False


CITED_REACH = 3  # words after «استشهد» its cited thing may stand, glued to ب (واستشهد الرئيس التركي بأرقام)
MATCH_REACH = 5  # words after «went out» or «sent off» the match or the cup it tells of may stand


def _harmless_after(tokens: list[Token], i: int) -> bool:
    """A wrong that kills no one follows the word (وقعوا ضحية فضيحة تسريب بيانات: victims of a scandal, alive)."""
    return i + 1 < len(tokens) and tokens[i + 1].key in figure_words("harmless_harm")


def _not_an_arrest(tokens: list[Token], i: int) -> bool:
    """The word of arrest at ``i`` arrests no one: the prison itself or prison as a penalty (حاصروا السجن، أحكاما
    بالإعدام والسجن), or a stopping of no number (إيقاف تشغيل ميزة: a feature stopped; إيقاف تسعة متهمين holds)."""
    if unglued(tokens[i].key, "conjunction") in figure_words("prison_itself"):
        return True
    if tokens[i].key in figure_words("stopping"):
        return not (i + 1 < len(tokens) and (tokens[i + 1].is_number or tokens[i + 1].key in number_words().words))
    return False


def _not_its_sense(tokens: list[Token], i: int, measure: str) -> bool:
    """The measure word is used in another sense: a sector after an index (مؤشر قطاع الموارد الأساسية
    is a market's, not a territory's share), barrels of oil (400 ألف برميل يوميا، براميل النفط), a
    penalty shootout (ضربات الترجيح), one player's injury (إصابة بالكاحل), control of what is no land
    (السيطرة على التضخم), or what nearly happened (يشارفون على الغرق)."""
    if measure == "territory_percent":
        # (control of what is no land: بهدف السيطرة على معدلات التضخم، السيطرة على الحريق)
        after = [unglued(t.key, "conjunction") for t in tokens[i + 1:i + 1 + CONTROLLED_REACH]]
        return (i > 0 and unglued(tokens[i - 1].key, "conjunction") in figure_words("index_word")) or any(
            w in figure_words("not_territory") for w in after
        )
    if measure == "strikes":
        other_sense = either(figure_words("oil"), figure_words("not_strikes"))
        after = [unglued(t.key, "conjunction") for t in tokens[i + 1:i + 3]]
        barrel = figure_words("barrel")
        if (tokens[i].key in barrel or unglued(tokens[i].key) in barrel) and not any(
            w in figure_words("explosive") for w in after
        ):
            return True  # a barrel is a barrel bomb only when it explodes (براميل متفجرة; 2.1 مليون برميل للأسبوع)
        return any(w in other_sense for w in after) or _struck_by_a_disaster(tokens, i)
    if measure == "killed" and (tokens[i].key in figure_words("not_deaths") or _harmless_after(tokens, i)):
        return True  # فئات الجوائز: categories (فئات stems as وفيات without its first letter); ضحية فضيحة: alive
    if measure == "killed" and tokens[i].text.endswith(TEH_MARBUTA) and tokens[i].key in figure_words("killers"):
        return True  # بأنهم "قتلة": killers (قتله, he killed him, the same key once normalised, stays a death)
    if measure == "killed" and unglued(tokens[i].key, "conjunction") in figure_words("cited"):
        return _cites(tokens, i)
    if measure == "aid" and (_no_aid(tokens[i].key) or (i > 0 and tokens[i - 1].key in figure_words("ran_over"))):
        return True  # الشاحنة that hit them, دهست شاحنة صغيرة 4 مارة, سفينة أكواريوس الإغاثية: no aid counted
    if measure == "displaced":
        return _not_leaving_home(tokens, i)
    if measure == "arrested":
        return _not_an_arrest(tokens, i)
    if measure == "population" and any(
        f"{tokens[k - 1].key} {tokens[k].key}" in figure_words("in_terms_of") for k in range(max(1, i - 3), i)
    ):
        return True  # أكبر بلد مسلم من حيث عدد السكان: what countries are ranked by, no population counted
    if measure == "population" and _ranks_by_people(tokens, i):
        return True  # أكثر الولايات تعدادا بالسكان، أكثر الدول سكانا: the most populous, no population counted
    if measure == "besieged" and _trapped_here(tokens, i):
        return True  # محاصرين تحت الأنقاض: trapped under the rubble, not a siege's people
    if measure == "wounded" and _of_a_body_part(tokens, i):
        return True  # إصابة بالكاحل: one player's injury
    if measure == "killed" and i > 0 and unglued(tokens[i - 1].key, "conjunction") in figure_words("weapon"):
        return True  # بيع قطر 5 آلاف "نظام سلاح القتل الدقيق": a weapon's name, not the dead
    if measure == "killed" and unglued(tokens[i].key, "conjunction") in figure_words("rose") and any(
        t.key in figure_words("rose_in_rank") for t in tokens[i + 2:i + 3]
    ):
        return True  # وارتقى برايتون إلى المركز الحادي عشر: a team's climb, not a martyr
    if measure == "killed" and unglued(tokens[i].key, "conjunction") in figure_words("spent") and (
        i + 1 < len(tokens) and tokens[i + 1].key in figure_words("time_spent")
    ):
        return True  # الذين قضوا الليل في قطارات: they spent the night (قضوا في الحادث: they died)
    if measure == "killed" and unglued(tokens[i].key, "conjunction") in figure_words("met") and (
        i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال")
    ):
        return True  # لقي المنشور استغراب المتابعين: the post met with surprise (لقي 42 شخصا: died)
    # what nearly befell them did not (كانوا يشارفون على الغرق، على وشك الموت): no toll
    return any(unglued(t.key, "conjunction") in figure_words("averted") for t in tokens[max(0, i - AVERTED_REACH):i])


CASES_GOVERNED_REACH = 6  # words a verb governing counted cases may stand before them (أوقفت وزارة الداخلية التونسية)
GALLOWS_REACH = 4  # words after the number the gallows it was sent to may stand in (9 سجناء إلى المشنقة)
EXECUTED_REACH = 4  # words an execution's word may stand before the held it counts (إعدامات سرية شنقا بحق 13 ألف)
GOVERNING_REACH = 3  # words a verb may stand before the number it governs, its subject between (أوقفت قوات الأمن مئات)
PATIENTS_REACH = 6  # words after a number within which a medical evacuation is what the counted need
MARCHED_REACH = 2  # words before a number a verb of protesting may stand, a day between (تظاهر الأحد مئات الآلاف)
CONTROLLER_WORDS = 4  # words of who controls, between a word of control and its على (تسيطر جبهة التحرير الوطني على)
CONTROL_REACH = 3  # words a word of control may stand before a fraction of land (السيطرة على نصف)
STRUCK_REACH = 4  # words before the number a verb of striking may stand in (باستهداف وتدمير عدد (9) أهداف)
OWNS_REACH = 2  # words before the number a verb of owning may stand in (تملك نحو 400 صاروخ)
RESCUE_REACH = 5  # words before victims counted a verb of saving them may stand in (أنقذت الشرطة في السودان 94 ضحية)
HAMZA_BELOW = "\u0625"  # إ
PARTICIPLE_REACH = 2  # words between a participle of going on and its أن (مشيرا إلى أن)
SAID_REACH = 12  # words before a measure word of the speaker's description its verb of saying may stand in
DRIVEN_OUT_REACH = 6  # words from residents counted to the word of their flight (مئات السكان على الفرار)
LOST_REACH = 5  # words from the number to what was lost (فقد اثنان من أفراد مكافحة الحرائق حياتهما)
HOSPITAL_REACH = 5  # words between the number and a hospital, or a word of taking there (نقل ... إلى المستشفى)
RELATIVE_ENDINGS = ("يه", "ي")  # a relative adjective's endings, normalised (الإغاثية، إغاثي)
STREETS_REACH = 6  # وخرج آلاف الفلسطينيين في غزة في مسيرات: the streets or marches a few words after «left»


def _ranks_by_people(tokens: list[Token], i: int) -> bool:
    """The word of population at ``i`` says what places are ranked by: after a word of ranking (تعدادا بالسكان) or a
    superlative a word or two before, no number between (أكثر الدول سكانا; not أكثر من 400 ألف من السكان)."""
    if i > 0 and unglued(tokens[i - 1].key, "conjunction") in figure_words("ranked_by"):
        return True
    before = tokens[max(0, i - RANKED_REACH):i]
    return any(t.key in figure_words("superlative") for t in before) and not any(t.is_number for t in before)


RANKED_REACH = 2  # words a superlative may stand before the word of population it ranks by (أكثر الدول سكانا)


def _struck_by_a_disaster(tokens: list[Token], i: int) -> bool:
    """The word of striking tells a disaster struck (بعد الزلزال الذي ضرب جزيرة لومبوك، لا يزال أكثر من 500 متنزه
    عالقين: the hikers are no strikes; a multi-outlet story read in session 36)."""
    # (asked of every word of striking: the keys as they are, no clitic read off)
    disaster = either(figure_words("disaster"), figure_words("storm"))
    return any(t.key in disaster or t.key[2:] in disaster for t in tokens[max(0, i - STRUCK_REACH):i])


STRUCK_REACH = 5  # words before «struck» the disaster's noun may stand (الزلزال الذي ضرب، زلزال بقوة 6,4 درجات ضرب)


def _not_leaving_home(tokens: list[Token], i: int) -> bool:
    """A word of leaving that tells no one driven from home: a centrifuge (جهاز طرد مركزي), «for» (من أجل
    الانتخابات, no evacuation), protesters out in the streets (وخرج آلاف إلى شوارع المدينة), a team out of a cup or a
    player sent off (وخرجت مصر من دوره الأول), voters leaving the polls (عند خروجهم من مراكز الاقتراع)."""
    if any(t.key in figure_words("not_displaced") for t in tokens[i + 1:i + 2]):
        return True
    if i > 0 and (tokens[i - 1].key in figure_words("visa") or unglued(tokens[i - 1].key) in figure_words("visa")):
        return True  # تقدم 559536 شخصا لتأشيرة هجرة: who applied for a visa, no one driven out
    if i > 0 and f"{tokens[i - 1].key} {tokens[i].key}" in figure_words("for_the_sake"):
        return True
    if any(
        unglued(t.key) in figure_words("streets") or t.key in figure_words("streets")
        for t in tokens[i + 1:i + 1 + STREETS_REACH]
    ):
        return True
    if any(unglued(t.key, "conjunction") in figure_words("match") for t in tokens[i + 1:i + 1 + MATCH_REACH]):
        return True
    if unglued(tokens[i].key, "conjunction") in figure_words("expel") and _a_states_expulsion(tokens, i):
        return True
    return any(t.key in figure_words("polling") for t in tokens[i + 1:i + 4])


def _a_states_expulsion(tokens: list[Token], i: int) -> bool:
    """An expulsion a state makes (وطردت بريطانيا 23 روسياً، طرد سبعة دبلوماسيين روس): diplomats sent home, no one
    driven from home (a whole-store draw of session 34 joined them with three refused accreditations as displaced)."""
    if i + 2 < len(tokens) and country_named(tokens[i + 1].key) is not None and (
        tokens[i + 2].is_number and tokens[i + 2].key.isdigit() and int(tokens[i + 2].key) < DIPLOMATS_MOST
    ):
        return True  # (not طردت إسرائيل مئات آلاف الفلسطينيين: the Nakba's driven out)
    return any(
        unglued(t.key, "conjunction").startswith(tuple(figure_words("diplomat"))) for t in tokens[i + 1:i + 4]
    )


def _no_aid(key: str) -> bool:
    """An aid word in another sense: the truck a story told of (ستة أشخاص صدمتهم الشاحنة: the truck that hit them, no
    aid convoy, as in دخلت 40 شاحنة مساعدات), or a relative adjective saying what a named noun is (سفينة أكواريوس
    الإغاثية: a relief ship, not the aid counted; a counted noun's adjective is indefinite, as its noun is: 500 سلة
    غذائية)."""
    return unglued(key, "conjunction") in figure_words("the_vehicle") or _a_definite_adjective(key)


def _a_definite_adjective(key: str) -> bool:
    """The word is a relative adjective with the article (الإغاثية، الإنساني)."""
    word = unglued(key, "conjunction")
    return word.startswith("ال") and word.endswith(RELATIVE_ENDINGS)


def _of_a_body_part(tokens: list[Token], i: int) -> bool:
    """A body part follows the wound word, glued to ب or after في (إصابة بالكاحل، إصابة في الركبة)."""
    parts = figure_words("body_part")
    after = tokens[i + 1:i + 3]
    return bool(after) and (unglued(after[0].key) in parts or (
        len(after) > 1 and after[0].key in word_set("place_words.tsv", "in") and after[1].key in parts
    ))


AVERTED_REACH = 2  # يشارفون على الغرق: the word of "nearly", then على
CONTROLLED_REACH = 3  # words after a word of control what is controlled may stand (السيطرة على معدلات التضخم)


def _within(tokens: list[Token], spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The positions of the tokens, other than a toll word, that start inside one of the (start,
    end) spans."""
    if not spans:
        return frozenset()  # (most sentences name no speaker: no token asked)
    toll = figure_words("count_of")
    starts = [t.start for t in tokens]
    return frozenset(
        i for a, b in spans for i in range(bisect_left(starts, a), bisect_left(starts, b))
        if unglued(tokens[i].key) not in toll
    )


def _purpose_words(tokens: list[Token], keys: list[str]) -> dict[int, bool]:
    """The positions of the purpose words (لإنقاذ، لإجلاء) among the tokens (``keys``: their keys), each with whether
    an object follows it, a word that is not a number (لإنقاذ الأطفال, not لإجلاء 1000 سائح)."""
    purpose = figure_words("purpose")
    if purpose.isdisjoint(keys):
        return {}  # (most sentences hold no purpose word: their tokens are not walked for one)
    return {i: i + 1 < len(tokens) and not tokens[i + 1].is_number for i, k in enumerate(keys) if k in purpose}


HANDS_REACH = 4  # words before a number "at the hands of" may stand in (على أيدي فريق من 15)
ENVOYS_REACH = 4  # words after a number its envoys may be named in (23 من هؤلاء الدبلوماسيين)
CHARGE_REACH = 1  # the word after the charges' noun that says what they are (تهم بالقتل، تهمة بالشروع)
CAUSE_LEAD = 2  # words a cause's opener stands before its measure word (من جراء القصف)
SURRENDER_REACH = 3  # words after the number «themselves» may stand in (سلم مائة آخرون أنفسهم)
VOTERS_REACH = 6  # words after souls counted a word of voters may stand in (نسمة أسماءهم في سجلات الناخبين)
WITHOUT_REACH = 3  # words after the number «without» a service may stand in (الآلاف من السكان بدون كهرباء)
SERVICE_REACH = 3  # words before a number a loss of service may open its item in (وقطع الطاقة عن 900 ألف)
SENTENCE_REACH = 3  # words either side of a number a word of a sentence or a charge may stand in
ACCUSED_REACH = 9  # words after «accused» its killing may stand in (متهمين باغتصاب طفلة مسلمة من قبيلة من الرحل وقتلها)
PAST_REACH = 2  # words before a population word "was" may stand in (كان يسكنه، كانت تضم)
DEATH_REACH = 4  # words after the number "to death" may stand (سبعين شخصا اختنقوا حتى الموت)
HURT_REACH = 3  # words after an evacuated number its word of wounds may stand (اربعة جنود آخرين أصيبوا)
SHARE_REACH = 4  # words after من the measure of a share may stand (40% من المدنيين الأفغان القتلى)
AND = "\u0648"  # و written as a word of its own between two counts
ABOARD_REACH = 1  # the word right before the number (على متنها 110؛ not مقتل جميع من كانوا على متنها وعددهم 23)
FIGHT_REACH = 3  # words between a word of fighting and «between» (مواجهة مسلحة بين)
SIDE_REACH = 15  # words «between» may stand before the count of «the other side»
STRENGTH_REACH = 2  # words before a number a word of a force's strength may stand in (البالغ عديده نحو)
# what befell those aboard a vehicle that crashed or sank (those aboard a rescue ship are the rescued)
CASUALTY_MEASURES = frozenset({"killed", "wounded", "missing", "casualties"})
HEAD_MEASURES = frozenset({"killed", "wounded", "casualties", "displaced", "missing", "rescued", "arrested"})
BY_REACH = 2  # words from «من قبل» to the number of those who did it (من قبل حوالي 300 رجل مسلح)
BY_AFTER_REACH = 4  # words after them a word of what befell them may stand in (من قبل أربعة أشخاص تم توقيفهم)
BY_HANDS_MEASURES = HEAD_MEASURES | {"strikes"}  # (an attack by dozens counts its doers, as a killing at their hands)
# what one does to others (a siege, a killing, an arrest): who does it is never whom it befell
HARM_DONE = frozenset({"killed", "wounded", "casualties", "besieged", "strikes", "arrested"})


@cache
def _other_side() -> tuple[tuple[str, ...], ...]:
    """The phrases of «the other side», as word tuples (من جهة أخرى)."""
    return tuple(tuple(w.split()) for w in figure_words("other_side"))


def _trapped_here(tokens: list[Token], i: int) -> bool:
    """The siege word at ``i``, or one before it, is of people trapped under the rubble (a siege word, «under», then
    rubble): so is every «محاصرين» after it (... محاصرين تحت الأنقاض، مشيراً إلى أنهم سمعوا أصواتاً لأشخاص محاصرين في
    عدة مناطق); not one before it (400 ألف مدني محاصرين في الغوطة، فيما لا يزال آخرون محاصرين تحت الأنقاض)."""
    under, siege, rubble = figure_words("under"), figure_words("siege"), figure_words("rubble")
    return any(
        tokens[k].key in under and tokens[k + 1].key in rubble and any(w in tokens[k - 1].key for w in siege)
        for k in range(1, min(i + 2, len(tokens) - 1))
    )


def _trapped_under(tokens: list[Token], i: int) -> bool:
    """The siege word at ``i`` is of people trapped under the rubble told a few words on (مما أدى إلى حصار ما لا يقل عن
    15 شخصا تحت الأنقاض، محاصرين تحت الركام)."""
    under, rubble = figure_words("under"), figure_words("rubble")
    last = min(i + UNDER_REACH, len(tokens) - 1)
    return any(tokens[k].key in under and tokens[k + 1].key in rubble for k in range(i + 1, last))


UNDER_REACH = 8  # words from a siege word to the rubble its people are under (حصار ما لا يقل عن 15 شخصا تحت الأنقاض)


@lru_cache(maxsize=16)
def _phrase_ends(kind: str) -> frozenset[str]:
    """The last words of a kind's phrases: asked first, a number's word before them is seldom one."""
    return frozenset(phrase.split()[-1] for phrase in figure_words(kind))


def _of_fighters(subject: str | None) -> bool:
    """The counted noun is people or fighters (مسلحين، إرهابيا، تكفيريا): who can be eliminated, not pigs or jobs."""
    if not subject:
        return False
    first = normalize(subject.split()[0])
    return counts_people(subject) or any(w in first for w in figure_words("eliminated_ones"))


def _killed_or_attempted(measures: MeasureWords, at: tuple[int, int], measure: str, subject: str | None) -> str:
    """Eliminated (وأكدت "القضاء على أربعة مسلحين") or hurt to death (سبعين شخصا اختنقوا حتى الموت، الآلاف تضوروا
    جوعا حتى الموت): the killed; attempts on lives (وثماني محاولات شروع في القتل, H63): those who survived them, the
    wounded."""
    if (subject and measures.eliminated(at[0]) and _of_fighters(subject)) or (
        measure in ("wounded", "other") and measures.to_death(at[1])
    ):
        return "killed"
    if measure == "killed" and counts_a(subject, "charges"):
        return measures.charged_with(at[1])
    return "wounded" if measure == "killed" and counts_a(subject, "attempts") else measure


def _no_harm(measures: MeasureWords, at: tuple[int, int], measure: str) -> bool:
    """A loss no one suffered in body: flights cancelled beside the dead (مقتل خمسة وإلغاء أكثر من 3300 رحلة),
    those left without power (تاركة الآلاف بدون كهرباء), those who gave themselves up (سلم مائة آخرون أنفسهم)."""
    return measure != "other" and (
        (measure in HEAD_MEASURES and measures.a_loss_of_service(*at)) or measures.left_without(at[1])
        or measures.surrendered(*at)
    )


def _worded(measures: MeasureWords, at: tuple[int, int], kind: str) -> str:
    """The measure its words give first: a whole's own noun (من أصل 110 ركاب), the next item's noun (ومئات الآلاف من
    النازحين), else the nearest measure word."""
    if measures.a_whole(at[0]):
        return measures.its_own(*at, kind)
    if measures.assassinated(at[0]):
        return "killed"
    return measures.next_items_own(*at, kind) or measures.nearest(*at, kind)


def _residents_driven_out(measures: MeasureWords, at: tuple[int, int]) -> bool:
    """A word of flight governs the residents counted: after them (أجبرت مئات السكان على الفرار), right before the
    number (ونزوح وتشريد أكثر من نصف السكان) or right before their noun (إجلاء سكان القرى ... والبالغ عددهم 4500)."""
    return measures.driven_out(at[1]) or measures.displaced_before(at[0]) or measures.residents_moved(at[0])


def _marchers(measures: MeasureWords, at: tuple[int, int]) -> bool:
    """A verb of protesting or of a funeral governs the number: the marchers (تظاهر الآلاف في الرباط ضد أحكام السجن: not
    the sentences they marched against) or the mourners (شيع آلاف الفلسطينيين الصحافي الذي توفي: H97); not the dead a
    funeral is for, by their own noun (وشيعت الجماهير 5 قتلى)."""
    return measures.marched(at[0]) and not measures.named_right_after(at[1])


def measure_of(
    measures: MeasureWords, stems: list[str], bare: list[str], at: tuple[int, int], kind: str, subject: str | None,
    besieged: bool,
) -> str:
    """What the number counts, from the measure words nearest it."""
    if kind == "fraction" and measures.after_a_control_word(at[0]):
        return "territory_percent"  # السيطرة على نصف أراضي البلاد: a share of land held, as a percentage is
    measure = _worded(measures, at, kind)
    if measure in ("arrested", "killed", "wounded") and _marchers(measures, at):
        measure = "other"
    if measure == "arrested" and measures.died_held(at[1]):
        measure = "killed"  # 215 أسيرا قضوا داخل السجون: the held who died
    if measure == "other" and kind == "percent":
        measure = measures.share_of(at[1]) or measure  # 40% من المدنيين الأفغان القتلى: a share of the killed
    if measure == "strikes" and counts_people(subject):
        # the nearest word was the strikes that killed them: the measure is the next nearest
        # (read with all the sentence's words: قتل في التفجير 37 شخصا وأصيب أكثر من 40, the next
        # item of the co-ordination still is the wounded's)
        measure = measures.without("strikes").nearest(*at, kind)
    if _taken_to_hospital(measure, subject, measures, at):
        measure = "wounded"  # تم إدخال نحو 49 شخصا إلى المستشفيات، 4 ضحايا نقلوا إلى المستشفى: the hurt, not the dead
    measure = _who_left(measures, at, measure) if measure in ("displaced", "rescued") else measure
    if measure == "population" and _residents_driven_out(measures, at):
        measure = "displaced"  # أجبرت مئات السكان على الفرار: residents driven from their homes
    lost = measures.lost(*at) if measure in ("killed", "other", "wounded") and kind != "percent" else None
    measure = lost or measure  # قتل 46 مهاجرا وفقد 16 آخرون: the missing
    measure = _killed_or_attempted(measures, at, measure, subject)
    if measure == "wounded" and measures.names_disease():
        measure = "other"  # 807 حالات إصابة بالحصبة: cases of a disease, not wounds
    if measure == "killed" and counts_a(subject, "victims") and measures.rescued_by(at[0]):
        measure = "rescued"  # أنقذت الشرطة 94 ضحية من ضحايا الاتجار بالبشر: victims saved alive
    if (measure in BY_HANDS_MEASURES and (measures.by_hands_of(at[0]) or measures.done_by(*at))) or (
            measure in HARM_DONE and measures.doing_harm(*at)):
        measure = "other"  # قتل خاشقجي على يد 15 سعوديا، قام نحو 400 متطرف بحصار المسجد: who did it, not who it befell
    measure = "other" if _no_harm(measures, at, measure) else measure
    if measure in ("aid", "rescued") and (counts_a(subject, "rescuers") or measures.helping(at[0])):
        # ويشارك أكثر من ألفي إطفائي في مكافحة الحريق بمساعدة 187 شاحنة: the firemen and their engines, none aided
        measure = "other"
    if (measure in HEAD_MEASURES and measures.sentenced(*at)) or (measure == "killed" and measures.charged(*at)):
        measure = "other"  # حكم بالإعدام على 45 متهما بقتل: the accused, not the dead
    if measure != "other" and (measures.sizes_a_force(*at) or measures.a_side_of_a_fight(*at)):
        measure = "other"  # a force's strength counts no one that anything befell
    if measure in ("strikes", "aid") and measures.held(at[0]):
        measure = "other"  # لا تزال الولايات المتحدة تملك مئات الصواريخ، لديها 33 شاحنة: held, none fired or sent
    measure = _held_or_not(measures, at, measure)
    if measure in CASUALTY_MEASURES and (measures.aboard(*at) or measures.attacking(*at)):
        # وسقطت الطائرة ... وعلى متنها 110 أشخاص: who was aboard, not the dead; أربعة مسلحين أطلقوا النار ... لتخلف
        # العملية تسعة قتلى: the attackers
        measure = "other"
    if (measure == "other" or measures.possessed(at[0])) and _counts_souls(subject) and not measures.voters(at[1]):
        # الكويت، ذا الأربعة ملايين نسمة: souls nothing befell are a population; a place's own, whatever flows
        # in after them (ذات 10 مليون نسمة من تدفق اللاجئين)
        measure = "population"
    if measure == "population" and besieged and not measures.of_the_past(at[0]):
        measure = "besieged"  # the population of an area under siege is the number besieged
    if measure == "displaced" and (
        counts_a(subject, "envoys") or measures.envoys_after(at[1])
    ):
        measure = "other"  # طردت بريطانيا 23 دبلوماسيا: envoys expelled, not people driven from home
    return _by_its_noun(measures, at, measure, kind, subject)


def _by_its_noun(measures: MeasureWords, at: tuple[int, int], measure: str, kind: str, subject: str | None) -> str:
    """What the counted noun makes of the measure: attacks and targets struck are strikes, cases and things no one."""
    if counts_a(subject, "attacks_counted") or (measure == "other" and _targets(subject) and measures.struck(at[0])):
        return "strikes"  # 3 تفجيرات انتحارية ... أدت إلى سقوط عدة قتلى: the bombings, not the dead
    if measure != "other" and kind != "percent" and measures.cases_of_no_measure(*at):
        measure = "other"  # 412 حالة تجنيد أطفال: cases of recruitment, whatever the sentence says further on
    if measure != "other" and kind != "percent" and counts_things(subject) and not (
            measure == "strikes" and (_targets(subject) or _barrels(subject))):
        # 43 هدفا near حصيلة: a tally of goals counts no one; 10 بلدات تعرضت لقصف: towns, not strikes (but قصف 166
        # هدفا: the targets struck are what a count of strikes counts, as barrel bombs dropped are: 20 برميلا متفجرا)
        measure = "other"
    return measure


def _taken_to_hospital(measure: str, subject: str | None, measures: MeasureWords, at: tuple[int, int]) -> bool:
    """The counted, dead by no other word, were taken to hospital: the hurt, though no word of wounds is said; so are
    «others» taken there after a death (إن رجلا قتل، ونقل 3 آخرون إلى المستشفى: H74's Sochi)."""
    return (measure == "other" or _victims(measure, subject, measures, at[1]) or (
        measure == "killed" and counts_a(subject, "other_group") and not _right_after_a_death(measures, at[0])
    )) and measures.hospitalised(*at) and not counts_things(subject)


def _right_after_a_death(measures: MeasureWords, lo: int) -> bool:
    """A word of death governs the number right before it (قتل 3 آخرون ونقلت جثثهم إلى المستشفى)."""
    positions, found = measures.at[False]
    return any(p == lo - 1 and m == "killed" for p, m in zip(positions, found))


def _victims(measure: str, subject: str | None, measures: MeasureWords, hi: int) -> bool:
    """The dead only because the counted are called victims (ضحايا), which the hurt are too (لدينا 4 ضحايا نقلوا جميعا
    إلى المستشفى مصابين بجروح: a random draw of session 28 had YouTube's four wounded as killed); not when another word
    of death or of bodies stands in the sentence (قتل 6 ضحايا، نقلت جثث 12 ضحية إلى المستشفى)."""
    if measure != "killed" or not counts_a(subject, "victims"):
        return False
    positions, found = measures.at[False]
    # (a death told further on is another's: لدينا 4 ضحايا نقلوا ... مصابين بجروح. لدينا شخص توفي, inside one quote)
    return not any(m == "killed" and p != hi + 1 and abs(p - hi) <= VICTIMS_REACH for p, m in zip(positions, found))


VICTIMS_REACH = 8  # words from the victims' count a word of death or of bodies says they died within


def _held_or_not(measures: MeasureWords, at: tuple[int, int], measure: str) -> str:
    """Whether the counted are held: whose fate is unknown are missing (17 رجلا لا يعرف مصيرهم), those named
    in warrants only sought (مذكرات توقيف بحق 205 أشخاص) and those released free (أفرجت عن 30 أسيرا), the
    captured held (مقتل 119 حوثياً وأسر 17: not the killed the toll began with)."""
    if measure in ("other", "population", "arrested") and measures.fate_unknown(*at):
        measure = "missing"
    if measure == "arrested" and (measures.a_warrant(*at) or measures.released(at[0])):
        measure = "other"
    if measure in ("arrested", "displaced") and measures.escaped(*at):
        measure = "other"  # فر نحو 400 سجين من سجن: escaped, neither held nor driven from home
    if measure == "arrested" and measures.executed(*at):
        measure = "other"  # السلطات أعدمت 8 أشخاص في سجن غاردهشت: executed, not held (the prison is where)
    if measures.captured(at[0]):
        return "arrested"
    # (or dead or executed: وفاة 161 مختف قسريا، أعدمت 19 سجينا)
    return (measures.death_of_the_held(*at) if measure in ("arrested", "missing") else None) or measure


def _who_left(measures: MeasureWords, at: tuple[int, int], measure: str) -> str:
    """Who a word of leaving counts, by the words around them: the wounded a medical evacuation moves
    (إجلاء اربعة جنود آخرين أصيبوا بجروح), the released (خرجوا من السجن) and the returning (عودة مئات اللاجئين)
    no longer displaced, the trapped brought out (إجلاء الفتيان الذين كانوا عالقين في مغارة)."""
    if measures.hurt_after(at[1]):
        return "wounded"
    if measure == "displaced" and (
        measures.out_of_prison(at[1]) or measures.returning(*at) or measures.patients(at[1])
    ):
        return "other"
    if measure == "rescued" and measures.rescuers(*at):
        return "other"  # شارك في عمليات الإنقاذ 73 ألف شخص، 54 ألف رجل إنقاذ: those who rescue, not the rescued
    if measures.stuck_before(at[0]):
        return "other"  # وعلق فيه 12 فتى: those trapped, not yet brought out nor driven from home
    return "rescued" if measure == "displaced" and measures.brought_out_alive(*at) else measure


def _counts_souls(subject: str | None) -> bool:
    """The counted noun is souls (نسمة): a population's word."""
    return subject is not None and normalize((subject.split() or [""])[0]) in figure_words("souls")


@lru_cache(maxsize=4096)
def counts_things(subject: str | None) -> bool:
    """The counted noun is no person: goals, matches, points, places (43 هدفا، 25 مكانا)."""
    if not subject:
        return False
    first = normalize(subject.split()[0])
    if not any(first.startswith(w) for w in figure_words("things")):
        return counts_the_untracked(subject)
    # (قريبين اثنين: two relatives, whose word opens as قرى، villages, does)
    return not (counts_people(subject) or any(first.startswith(w) for w in figure_words("kin")))


def _barrels(subject: str | None) -> bool:
    """The counted noun is barrels (برميلا، براميل): of oil, or bombs a count of strikes counts."""
    return _opens_as(subject, "barrel")


def _targets(subject: str | None) -> bool:
    """The counted noun is the targets strikes hit (figure_words.tsv, struck_targets: هدفا، أهداف), as written or
    with its case ending."""
    return _opens_as(subject, "struck_targets")


@lru_cache(maxsize=4096)
def _opens_as(subject: str | None, kind: str) -> bool:
    """The counted noun's first word opens as a word of ``kind`` does (with its case ending or plural after it)."""
    first = normalize(subject.split()[0]) if subject and subject.split() else ""
    return bool(first) and any(first.startswith(w) for w in figure_words(kind))


@lru_cache(maxsize=4096)
def counts_the_untracked(subject: str | None) -> bool:
    """The counted noun is what no story tracks (``figure_words.tsv``, untracked): islands, a
    channel's subscribers, the axes of an advance."""
    if not subject:
        return False
    first = normalize(subject.split()[0])
    # (with its و, not a preposition: a noun after ل or ب is whom a sum is for or how they were hurt, no counted
    # noun: 930 مليونا لمنظمات الأمم المتحدة، وأصيب 1600 برصاص الجيش)
    forms = (first, unglued(first, "conjunction"))
    return any(f.startswith(w) for f in forms for w in figure_words("untracked")) or any(
        f in figure_words("untracked_whole") for f in forms
    )


@lru_cache(maxsize=4096)
def counts_people(subject: str | None) -> bool:
    """The counted noun is persons (7 مدنيين، 17 شخصا، أربعة أطفال)."""
    if not subject:
        return False
    first = normalize(subject.split()[0])
    return any(w in first for w in figure_words("people"))


@lru_cache(maxsize=256)
def names_a_disease(title: str) -> bool:
    """A title names a disease (figure_words.tsv, disease): the article is about an epidemic."""
    key = normalize(title)
    return any(d in key for d in figure_words("disease"))
