"""What caused a toll (khulasa/analyse/figures/cause.py, news/data/causes.tsv) and how claims use it
(khulasa/story/claims.py): one disaster's toll from its day is one claim however each report dates it,
and tolls of happenings that cannot be one are never one claim."""
from __future__ import annotations

from datetime import UTC, date, datetime

from khulasa import digest
from khulasa.analyse.figures.cause import cause_of
from khulasa.model import Article, Figure
from khulasa.news.causes import may_be_one
from khulasa.story.claims import reconcile


def _at(sentence: str, number: str) -> str | None:
    return cause_of(sentence, sentence.index(number))


def test_the_cause_named_after_a_toll_is_its_cause():
    assert _at("قتل 30 مدنيا على الأقل في غارات جوية على دوما.", "30") == "violence"
    assert _at("ارتفع عدد القتلى جراء الفيضانات إلى 200.", "200") == "flood"  # (before it: the nearest)


def test_the_cause_named_before_a_toll_is_its_cause_when_none_follows():
    assert _at("الزلزال الذي ضرب الجزيرة أسفر عن مقتل نحو مائة شخص.", "نحو") == "quake"
    # a verb names it too (Genoa's bridge: انهار، not only انهيار)
    genoa = "يبحث رجال الإنقاذ عن ناجين وسط حطام جسر انهار في الصباح، مما أدى إلى مقتل عشرات."
    assert _at(genoa, "عشرات") == "incident"  # (a collapse: a bridge's, or a hill's in the rains)


def test_an_attack_named_more_narrowly_after_is_that_attack():
    sentence = "أعلنت مصادر طبية مقتل 47 شخصا بهجوم شنه النظام السوري بغاز الكلور."
    assert _at(sentence, "47") == "chemical"


def test_another_happening_of_a_cause_is_kept_apart():
    # the quake a week before the one the story is about
    sentence = "وتجاوز تأثير زلزال الأحد زلزالا آخر ضرب لومبوك الأسبوع الماضي وأسفر عن مقتل 16 شخصا."
    assert _at(sentence, "16") == "quake:another"
    assert not may_be_one("quake", "quake:another")
    weaker = "وكان زلزال أقل قوة ضرب البلاد في وقت سابق، تسبب في مقتل شخص واحد على الأقل."
    assert _at(weaker, "واحد") == "quake:another"
    # «at least» is no other quake
    assert _at("قتل 17 في الزلزال على الأقل.", "17") == "quake"


def test_a_sentence_naming_no_cause_gives_none():
    assert _at("وقال مسؤول إن حصيلة القتلى وصلت إلى 98 شخصا.", "98") is None


def test_causes_that_may_be_one_happening():
    assert may_be_one("blast", "fire") and may_be_one("fire", "blast")
    assert may_be_one("chemical", "violence")  # (air raids deliver the gas)
    assert not may_be_one("quake", "fire") and not may_be_one("flood", "disease")
    assert may_be_one("incident", "violence") and may_be_one("incident", "quake")  # (حادث الدهس، حادث الزلزال)


def _article(aid: str, text: str, day: int, title: str = "") -> Article:
    published = datetime(2018, 8, day, 12, tzinfo=UTC)
    return Article(id=aid, text=text, title=title, published=published, source="BB", url="")


def test_a_toll_whose_sentence_names_no_cause_takes_the_disaster_its_title_names():
    a = _article("a", "وقال مسؤول إن حصيلة القتلى وصلت إلى 98 شخصا.", 7, "زلزال مدمر يضرب لومبوك الإندونيسية")
    (f,) = [f for s in digest([a], progress=False).stories for f in s.figures]
    assert f.cause == "quake"


def test_a_lasting_cause_of_the_title_is_not_given_to_a_toll():
    # raids go on for days: the title's raids say nothing of which day's toll a sentence tells
    a = _article("a", "وقال مسؤول إن حصيلة القتلى وصلت إلى 98 شخصا.", 7, "غارات على إدلب")
    (f,) = [f for s in digest([a], progress=False).stories for f in s.figures]
    assert f.cause is None


def _toll(article: str, value: float, period: str, first: date, last: date, cause: str | None,
          sentence: int = 0) -> Figure:
    return Figure(
        article=article, start=sentence, end=sentence + 3, quote=str(value), value=value, measure="killed",
        subject="شخصا", place="لومبوك", period=period, as_of_first=first, as_of_last=last, cause=cause,
        sentence_start=sentence, sentence_end=sentence + 50,
    )


def test_one_quakes_toll_from_its_day_is_one_claim_however_each_report_dates_it():
    sunday, tuesday, wednesday = date(2018, 8, 5), date(2018, 8, 7), date(2018, 8, 8)
    figures = [
        _toll("a", 98, "total", sunday, tuesday, "quake"),
        _toll("b", 105, "point", sunday, sunday, "quake"),  # «the quake that struck on Sunday killed 105»
        _toll("c", 131, "none", sunday, wednesday, "quake"),
    ]
    assert [sorted(c.figures) for c in reconcile(figures)] == [[0, 1, 2]]
    # one article's two different tolls stay two quantities, whatever their cause (a breakdown: 8 passengers and
    # 3 crew; a country's and a province's)
    both = [*figures, _toll("c", 8, "none", sunday, wednesday, "quake", sentence=60)]
    assert len(reconcile(both)) == 2
    # without causes, a day's count and a running total are two kinds of period: two claims or more
    assert len(reconcile([_toll(f.article, f.value, f.period, f.as_of_first, f.as_of_last, None,  # type: ignore[arg-type]
                                f.sentence_start) for f in figures])) > 1


def test_tolls_of_two_happenings_of_one_day_and_place_are_never_one_claim():
    sunday = date(2018, 8, 5)
    quake = _toll("a", 20, "point", sunday, sunday, "quake")
    fire = _toll("b", 20, "point", sunday, sunday, "fire")
    assert len(reconcile([quake, fire])) == 2
    # a lasting cause (raids) from one day is not one happening: its day's counts stay apart from a total
    raids = [_toll("a", 30, "point", sunday, sunday, "violence"), _toll("b", 90, "total", sunday, date(2018, 8, 7),
                                                                        "violence")]
    assert len(reconcile(raids)) == 2


def test_another_quakes_toll_never_joins_the_storys_quake():
    sunday = date(2018, 8, 5)
    figures = [_toll("a", 131, "total", sunday, date(2018, 8, 8), "quake"),
               _toll("b", 16, "total", sunday, date(2018, 8, 7), "quake:another")]
    assert len(reconcile(figures)) == 2


def test_an_incident_is_whatever_the_words_after_it_say_and_may_be_any_happening():
    # the review of session 30: news calls a ramming, a shooting or a crash «الحادث»
    assert _at("قتل 10 أشخاص في حادث الدهس في تورونتو.", "10") == "violence"
    assert _at("أصيب نحو 30 شخصاً في حادث مونستر.", "30") == "incident"
    assert may_be_one("incident", "violence")


def test_words_that_only_look_like_another_happening_or_a_cause():
    # the review of session 30 (real sentences, shortened)
    assert _at("قتل 31 مدنيا في غارات روسية وأخرى سورية على الغوطة.", "31") == "violence"
    assert _at("وقتل 1300 شخص منذ بدء الهجوم على آخر معاقل المعارضة.", "1300") == "violence"
    assert _at("وأسفر الحادث الأول من نوعه عن مقتل 5 أشخاص.", "5") == "incident"
    # «in a separate incident» is another happening (the second review of session 30)
    assert _at("وفي حادث منفصل، قال خفر السواحل إن 9 أشخاص غرقوا.", "9") == "incident:another"
    assert _at("قتل 3 أشخاص بينهم الشاب بسام.", "3") is None  # (سام alone is no toxic gas)
    assert _at("منذ محاولة الانقلاب التي سقط فيها أكثر من 240 قتيلا.", "240") is None  # (a coup, no overturning)


def test_the_storys_disaster_told_in_the_pluperfect_is_not_another_incident():
    from khulasa.analyse.figures.place import recalls_another_incident

    assert not recalls_another_incident("وكان الزلزال قد وقع يوم الأحد قرب الجزيرة.")
    assert recalls_another_incident("وكانت بوكو حرام قد نفذت الخميس الماضي، هجوما في مدينة مايدوغوري.")


def test_a_running_toll_dated_from_the_day_after_the_disaster_is_still_its_toll():
    # Fuego (story 10709 of the whole-corpus store): Sunday's eruption killed 25; «ارتفع عدد ضحايا ثوران بركان فويغو
    # ليصل إلى 62», read as a toll since Monday
    sunday, monday, tuesday = date(2018, 6, 3), date(2018, 6, 4), date(2018, 6, 5)
    figures = [_toll("a", 25, "none", sunday, sunday, "volcano"), _toll("b", 62, "total", monday, tuesday, "volcano")]
    assert len(reconcile(figures)) == 1
    # a running toll from two days after is another happening's (or another period's)
    later = [_toll("a", 25, "none", sunday, sunday, "volcano"), _toll("b", 62, "total", tuesday, tuesday, "volcano")]
    assert len(reconcile(later)) == 2
