"""Rules of the figure reader checked on made-up articles written the way the news writes: a
window counted in days, a part of a toll, and the country a national source speaks for."""
from datetime import UTC, date, datetime

import pytest

import khulasa
from khulasa.model import Article
from khulasa.news.attribution import attribute


def _figures(text: str, title: str = "", day=datetime(2018, 2, 22, 9)):
    result = khulasa.digest([Article("a", text, title=title, published=day)], progress=False)
    (story,) = result.stories
    return story.figures


def test_a_toll_in_five_days_is_dated_over_the_five_days():
    figs = _figures("وأوضح المرصد السوري أن 403 مدنيين قتلوا في خمسة أيام من الغارات الجوية على الغوطة الشرقية.")
    (f,) = [f for f in figs if f.value == 403]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("window", "2018-02-18", "2018-02-22")


def test_the_when_of_a_figure_holds_only_words_of_time():
    # a whole-corpus review: the «when» of figures had shown a toll's words (حصيلة غير نهائية، الإجمالي), an adjective
    # read as a year (إضراب عام: a general strike), a count the words ran into (3,600) and a clause's opening word (أن)
    cases = {
        "تأكد مقتل أكثر من 380 شخصا في حصيلة غير نهائية جراء الزلزال.": (380, None),
        "وتسبب القرار في إضراب عام شمل 33 نقابة.": (33, None),
        "وتأمل الحكومة في خفض العجز إلى 4.9 بالمئة من الناتج المحلي الإجمالي هذا العام.": (4.9, "هذا العام"),
        "وقتل 40 شخصا خلال تلك الأشهر 3,600 منهم في المدن.": (40, "خلال تلك الأشهر"),
        "وأظهرت الأرقام في الآونة الأخيرة أن 40 شخصا قتلوا.": (40, None),
        "وقتل 1300 مدني منذ بداية هجوم النظام على الغوطة.": (1300, "منذ بداية هجوم النظام على الغوطة"),
        "وقتل 20 شخصا خلال 24 ساعة في الغوطة.": (20, "خلال 24 ساعة"),
        "وقتل 20 شخصا خلال الأشهر الـ12 في اليمن.": (20, "خلال الأشهر الـ12"),
        "وقتل 20 شخصا في عامين ونصف عام من الحرب.": (20, "في عامين ونصف عام"),
    }
    for text, (value, when) in cases.items():
        (f,) = [f for f in _figures(text) if f.value == value]
        assert f.as_of == when, text


def test_the_last_is_a_window_only_after_a_unit_of_time():
    # a random sample of the whole-corpus store (SK-sport-2566-20180818): «the last word in the last attack» had dated
    # Messi's 34 goals by «الأخيرة في اخر»
    figs = _figures("وكان ميسي هداف الموسم الماضي برصيد 34 هدفا كانت له الكلمة الأخيرة في اخر هجمة في المباراة.")
    (f,) = [f for f in figs if f.value == 34]
    assert "الأخيرة" not in (f.as_of or "")
    figs = _figures("وقتل 40 مدنيا في الأيام الأخيرة في الغوطة الشرقية.")
    (f,) = [f for f in figs if f.value == 40]
    assert f.period == "window" and "الأخيرة" in f.as_of


def test_a_year_named_after_in_is_not_a_window():
    figs = _figures("وقتل نحو 1400 شخص في عام 2013 في هجوم كيماوي على الغوطة الشرقية.")
    (f,) = [f for f in figs if f.value == 1400]
    assert f.period != "window" and f.as_of_first.year == 2013


def test_a_part_of_the_toll_in_the_next_sentence_is_for_the_same_days():
    figs = _figures(
        "قال ناشطون إن أكثر من 500 مدني قتلوا منذ بدء القصف على الغوطة الشرقية في 18 فبراير. "
        "ومن بين القتلى 121 طفلا."
    )
    toll, part = sorted((f for f in figs if f.value in (500, 121)), key=lambda f: -f.value)
    assert part.subset and part.measure == toll.measure == "killed"
    assert (part.period, part.as_of_first, part.as_of_last) == (toll.period, toll.as_of_first, toll.as_of_last)


def test_a_national_source_speaks_for_its_country_not_for_the_story_place():
    figs = _figures(
        "قتل 29 طفلا في غارة على حافلة في صعدة. وأعلنت وزارة الصحة الفلسطينية عن مقتل ثلاثة فلسطينيين وجرح 12 آخرين.",
        title="اليمن: غارة على حافلة أطفال في صعدة",
    )
    (gaza,) = [f for f in figs if f.value == 12]
    (saada,) = [f for f in figs if f.value == 29]
    assert saada.place == "صعدة"
    assert gaza.source_canonical == "وزارة الصحة في غزة" and gaza.place == "فلسطين"


def test_the_speakers_day_is_not_the_figures_day():
    figs = _figures(
        "أعلن المرصد السوري لحقوق الإنسان، الجمعة، أن 44 شخصا على الأقل سقطوا قتلى، خلال الليلة الماضية، في ضربات "
        "جوية استهدفت قرى بمحافظة إدلب.",
        day=datetime(2018, 6, 8, 9),
    )
    (f,) = [f for f in figs if f.value == 44]
    assert (f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("2018-06-07", "2018-06-07")


def test_a_count_that_raised_a_toll_is_for_its_own_day_and_the_toll_it_raised_runs_from_the_start():
    figs = _figures(
        "وذكرت مصادر طبية إن 40 فلسطينيا قتلوا برصاص الجيش الإسرائيلي على حدود غزة، ليرتفع بذلك عدد قتلى "
        "مسيرة العودة التي انطلقت في 30 مارس إلى 95.",
        day=datetime(2018, 5, 14, 9),
    )
    (day,) = [f for f in figs if f.value == 40]
    (toll,) = [f for f in figs if f.value == 95]
    assert day.period != "total" and (day.as_of_first.isoformat(), day.as_of_last.isoformat()) == (
        "2018-05-14", "2018-05-14")
    assert (toll.period, toll.as_of_first.isoformat(), toll.as_of_last.isoformat()) == (
        "total", "2018-03-30", "2018-05-14")


def test_a_toll_since_a_protests_start_runs_from_the_protest_not_from_the_articles_first_count():
    # a held-out set (AL-internationalNews-1365-20180528): a Monday report's toll since the border protests began is
    # the Great March of Return's since 30 March, not a toll since the Sunday of the article's first count
    text = ("قتل فلسطيني برصاص الاحتلال شمال غزة الاثنين. وبذلك، يرتفع إلى 121 عدد الفلسطينيين الذين قتلوا بنيران "
            "الاحتلال الإسرائيلي منذ بدء الاحتجاجات على الحدود بين قطاع #غزة وإسرائيل أواخر اذار/مارس الماضي. "
            "والأحد، قتل ثلاثة ناشطين في قصف دبابة إسرائيلية لموقع مراقبة.")
    (toll,) = [f for f in _figures(text, title="مقتل فلسطيني شمال غزة", day=datetime(2018, 5, 28, 9)) if f.value == 121]
    assert (toll.period, toll.as_of_first.isoformat()) == ("total", "2018-03-30")
    # ... but a day's toll compared with «the highest since three years» is that day's (the review of session 31)
    text = ("وارتفع عدد القتلى في الغوطة الشرقية الاثنين إلى مئة مدني، في حصيلة يومية هي الأعلى منذ ثلاث سنوات، "
            "بحسب المرصد السوري لحقوق الإنسان.")
    (day,) = _figures(text, title="الغوطة الشرقية", day=datetime(2018, 2, 20, 9))
    assert day.period != "total" or day.as_of_first != date(2018, 2, 18)


def test_a_level_is_for_the_day_reported_not_since_the_state_it_describes_began():
    figs = _figures("ويعيش في الغوطة الشرقية 400 ألف شخص يعانون منذ العام 2013 من حصار محكم تفرضه قوات النظام.")
    (f,) = [f for f in figs if f.value == 400_000]
    assert f.measure == "besieged" and f.period != "total"
    assert (f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("2018-02-22", "2018-02-22")


def test_a_count_whose_lead_names_no_day_is_for_the_latest_day_the_article_states():
    # published on Sunday morning; the lead says only "about seventy were killed", the body that
    # Saturday is the day of the news; the city's population is a level, counted on the day reported
    figs = _figures(
        "قتل حوالي سبعين شخصا إثر ما يشتبه في أنه هجوم كيميائي على مدينة دوما. "
        "وقال المرصد إن الغارات الجوية قتلت 40 شخصا يوم الجمعة الماضية و30 آخرين يوم السبت. "
        "ويعيش في المدينة المحاصرة نحو 100 ألف شخص.",
        day=datetime(2018, 4, 8, 10),
    )
    (toll,) = [f for f in figs if f.value == 70]
    (level,) = [f for f in figs if f.value == 100_000]
    assert (toll.as_of_first.isoformat(), toll.as_of_last.isoformat()) == ("2018-04-07", "2018-04-07")
    assert (level.as_of_first.isoformat(), level.as_of_last.isoformat()) == ("2018-04-08", "2018-04-08")


def test_a_day_only_a_recalled_happening_states_does_not_date_the_news():
    # the Florida bridge (a multi-outlet story read in session 47): «وكان الجسر ... قد أقيم السبت» is when it was put
    # up; its fall on Thursday is the news, and the lead names no day: the injured are of the day reported
    figs = _figures(
        "قالت شرطة مدينة ميامي إن عدة أشخاص قتلوا نتيجة انهيار جسر جديد للمشاة. "
        "ونقل ما لا يقل عن ثمانية أشخاص إلى المستشفى للعلاج. "
        "وكان الجسر الذي يزن 861 طنا قد أقيم السبت، حسب التقارير.",
        day=datetime(2018, 3, 15, 23),
    )
    (hurt,) = [f for f in figs if f.value == 8]
    assert hurt.as_of_first is None or hurt.as_of_first.isoformat() == "2018-03-15"


def test_a_toll_expected_to_rise_is_the_toll_so_far_since_the_day_of_the_disaster():
    figs = _figures(
        "ضرب زلزال قوي مدينة بالو الإندونيسية يوم الجمعة. "
        "وأعلنت وكالة مكافحة الكوارث مقتل 384 شخصا على الأقل، وحذرت من أن أرقام الضحايا مرشحة للارتفاع.",
        day=datetime(2018, 9, 29, 15),
    )
    (f,) = [f for f in figs if f.value == 384]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("total", "2018-09-28", "2018-09-29")


def test_the_latest_toll_announced_on_the_day_reported_runs_from_the_day_of_the_event():
    # Wednesday is the day of the press conference: the toll runs from Tuesday's collapse
    figs = _figures(
        "انهار جسر للسيارات في مدينة جنوى الإيطالية الثلاثاء. "
        "وأعلن مدير الحماية المدنية أحدث حصيلة للقتلى في مؤتمر صحفي الأربعاء، وهو 39 شخصا.",
        day=datetime(2018, 8, 15, 13),
    )
    (f,) = [f for f in figs if f.value == 39]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("total", "2018-08-14", "2018-08-15")


def test_a_disasters_toll_runs_from_the_day_it_struck_and_an_attacks_stays_the_attacks_day():
    sunday = datetime(2018, 7, 8, 16)
    figs = _figures(
        "حذر مسؤولون يابانيون من خطر فيضانات غير مسبوقة غرب البلاد. ولقي أكثر من 60 شخصا حتفهم بعد سقوط أمطار "
        "قياسية. ومنذ يوم الخميس، سقطت على غرب اليابان أمطار غزيرة.",
        day=sunday,
    )
    (flood,) = [f for f in figs if f.value == 60]
    assert (flood.as_of_first.isoformat(), flood.as_of_last.isoformat()) == ("2018-07-05", "2018-07-08")
    (attack,) = [f for f in _figures("قتل 20 شخصا في هجوم على سوق في المدينة يوم الخميس.", day=sunday)]
    assert (attack.as_of_first.isoformat(), attack.as_of_last.isoformat()) == ("2018-07-05", "2018-07-05")


def test_a_window_counted_after_its_plural_unit_is_read_whole_wherever_the_number_stands():
    figs = _figures(
        "قتل 23 على الأقل في السودان من جراء فيضانات غزيرة أدت إلى تشريد الآلاف، خلال الأسابيع الثلاثة الماضية.",
        day=datetime(2018, 8, 13, 15),
    )
    (f,) = [f for f in figs if f.value == 23]
    assert (f.period, f.as_of) == ("window", "خلال الأسابيع الثلاثة الماضية")
    assert (f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("2018-07-23", "2018-08-13")
    # the nearest cue (الماضية) is the tail of the phrase: the phrase is the window
    figs = _figures(
        "وحققت القوات تقدما سريعا خلال الساعات الأربع والعشرين الماضية، فيما قتل 96 مسلحا في جبهة الساحل الغربي.",
        day=datetime(2018, 5, 28, 14),
    )
    (f,) = [f for f in figs if f.value == 96]
    assert (f.period, f.as_of) == ("window", "خلال الساعات الأربع والعشرين الماضية")
    assert (f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("2018-05-27", "2018-05-28")


def test_a_past_result_dated_by_a_year_alone_is_history_not_a_figure():
    figs = _figures(
        "ودخلت المباراة النهائية التاريخ بعد نهائي مونديال 1958، الذي شهد 7 أهداف. "
        "وحصل بوتين على 53 في المئة من الأصوات عام 2000، و63 في المئة في 2012.",
        day=datetime(2018, 7, 15, 14),
    )
    assert [f.quote for f in figs] == []


def test_a_goal_set_years_ahead_is_a_plan_not_a_figure_and_a_toll_stays():
    # BB-middleEast-735: the Saudi plan to raise spending on entertainment by 2030
    figs = _figures(
        "وتهدف المملكة إلى زيادة الإنفاق على النشاطات الثقافية والترفيهية من نسبة 2.9 إلى 6 في المئة بحلول "
        "عام 2030. وقتل 12 شخصا في انهيار مبنى في جدة.",
        day=datetime(2018, 7, 14, 16),
    )
    assert [f.quote for f in figs] == ["12"]


def test_a_figure_during_an_event_is_dated_by_the_event_and_a_past_turnout_is_history():
    figs = _figures(
        "وكانت نسبة الإقبال 49.2 في المئة مقارنة مع 54 في المئة خلال الانتخابات التشريعية الأخيرة التي أجريت قبل "
        "9 أعوام.",
        day=datetime(2018, 5, 7, 4),
    )
    assert [f.quote for f in figs] == ["49.2 في المئة"]


def test_an_escalation_in_its_sixth_day_in_a_row_has_a_toll_so_far_from_its_first_day():
    figs = _figures(
        "ولليوم السادس على التوالي قصفت طائرات حربية الجيب المحاصر شرقي العاصمة. "
        "ويقول المرصد السوري لحقوق الإنسان إن التصعيد الأخير أسفر عن مقتل ما لا يقل عن 426 شخصا.",
        day=datetime(2018, 2, 23, 14),
    )
    (f,) = [f for f in figs if f.value == 426]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("total", "2018-02-18", "2018-02-23")


def test_a_speaker_going_on_about_the_same_toll_keeps_the_period_she_gave_it():
    figs = _figures(
        "قتل العشرات في عمليات عسكرية بالغوطة الشرقية خلال الساعات الـ 48 الماضية، حسبما قالت المتحدثة باسم "
        "الأمم المتحدة ليندا توم. وأضافت توم أن العمليات العسكرية أدت إلى مقتل 30 شخصا على الأقل.",
        day=datetime(2018, 2, 26, 19),
    )
    (f,) = [f for f in figs if f.value == 30]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("window", "2018-02-24", "2018-02-26")


def test_a_window_ends_on_the_day_its_sentence_states():
    figs = _figures(
        "وانتهت أمس عملية إجلاء المقاتلين والمدنيين من القطاع الجنوبي بالغوطة الشرقية، بخروج أكثر من 40 ألف شخص "
        "خلال ثمانية أيام.",
        day=datetime(2018, 4, 1, 8),
    )
    (f,) = [f for f in figs if f.value == 40_000]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("window", "2018-03-24", "2018-03-31")


def test_the_first_weeks_of_an_offensive_count_forward_from_the_day_it_began():
    figs = _figures(
        "وقالت منظمة أطباء بلا حدود إن ألف شخص قتلوا في الغوطة الشرقية خلال الأسبوعين الأولين من هجوم النظام "
        "السوري الذي بدأ في 18 فبراير.",
        day=datetime(2018, 3, 11, 7),
    )
    (f,) = [f for f in figs if f.value == 1000]
    assert (f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("2018-02-18", "2018-03-03")


def test_a_now_that_is_a_manner_of_speaking_dates_no_other_count_of_the_article():
    figs = _figures("ويقول مسؤولون إن عملية بحث تجري حاليا عن 10 سائحين. وأصيب 104 أشخاص على الأقل في الحرائق.")
    (f,) = [f for f in figs if f.value == 104]
    assert f.as_of is None


def test_a_toll_so_far_with_no_start_runs_from_the_first_day_the_article_counts_the_same_thing():
    figs = _figures(
        "تمكنت فرق الإنقاذ من إخراج 4 صبية من الكهف، الاثنين، ليصل عدد الذين تم إنقاذهم حتى الآن 8 صبية. "
        "وتمكن رجال الإنقاذ من إخراج 4 صبية آخرين، الأحد، في عملية استغرقت 8 ساعات.",
        day=datetime(2018, 7, 9, 12),
    )
    (f,) = [f for f in figs if f.value == 8 and f.period == "total"]
    assert (f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("2018-07-08", "2018-07-09")


def test_a_part_of_a_toll_said_in_the_outlets_voice_is_the_sources_of_the_toll():
    figs = _figures(
        "ويقول المرصد السوري لحقوق الإنسان إن التصعيد الأخير أسفر عن مقتل ما لا يقل عن 426 شخصا. "
        "ومن بين القتلى 98 طفلا على الأقل.",
        day=datetime(2018, 2, 23, 14),
    )
    (part,) = [f for f in figs if f.value == 98]
    assert part.subset and part.source_canonical == "المرصد السوري لحقوق الإنسان"


def test_a_figure_of_history_is_not_placed_where_the_story_is():
    figs = _figures(
        "قتل 58 فلسطينيا برصاص الجيش الإسرائيلي على حدود قطاع غزة. ومن المقرر أن تصل الاحتجاجات إلى ذروتها "
        "الثلاثاء في يوم النكبة، عندما طُرد مئات الآلاف من منازلهم في عام 1948.",
        title="غزة: مقتل 58 فلسطينيا",
        day=datetime(2018, 5, 14, 9),
    )
    (toll,) = [f for f in figs if f.value == 58]
    (nakba,) = [f for f in figs if f.quote == "مئات الآلاف"]
    assert toll.place is not None and nakba.place is None


def test_a_place_inside_the_one_nearest_is_the_more_precise_and_the_lead_country_is_narrowed_next():
    figs = _figures(
        "تضاربت المعلومات بشأن طبيعة الانفجار الذي ضرب أحد أحياء مدينة الصدر في العاصمة العراقية بغداد، "
        "موقعا أكثر من 18 قتيلا وعشرات الجرحى.",
        day=datetime(2018, 6, 6, 12),
    )
    assert [f.place for f in figs if f.value == 18] == ["مدينة الصدر"]
    figs = _figures(
        "قُتل 19 شخصا، بينهم أطفال، في تركيا بعد انحراف شاحنة نقل عملاقة عن الطريق. "
        "واصطدمت الشاحنة بحاجز الطريق لتسقط في قناة للري في ولاية إزمير الواقعة غربي البلاد.",
        day=datetime(2018, 10, 14, 12),
    )
    assert [f.place for f in figs if f.value == 19] == ["إزمير"]


def test_a_disaster_toll_raised_as_stated_the_day_before_runs_from_the_quake_to_that_day():
    figs = _figures(
        "أعلنت وكالة أنباء أنتارا الحكومية في إندونيسيا، الأربعاء، أن عدد القتلى جراء زلزال ضرب جزيرة لومبوك "
        "ارتفع بشكل كبير ليصل إلى 347 شخصا. وضرب زلزال قوته 6.9 درجة على مقياس ريختر الجزيرة الإندونيسية، ليلة الأحد.",
        title="زيادة مهولة بأعداد ضحايا زلزال لومبوك",
        day=datetime(2018, 8, 9, 12),
    )
    (f,) = [f for f in figs if f.value == 347]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("total", "2018-08-05", "2018-08-08")


def test_losses_on_two_fronts_are_each_fronts():
    figs = _figures(
        "ورد الجيش بغارات مكثفة بعد خسائر تكبدتها قواته الخميس الماضي، حيث سقط في صفوفها أكثر من مئة قتيل على "
        "جبهة الريحان، وأكثر من ثمانين آخرين على جبهة حمورية.",
        day=datetime(2018, 3, 10, 12),
    )
    assert {f.value: f.place for f in figs if f.value in (100, 80)} == {100: "الريحان", 80: "حمورية"}


def test_what_a_war_caused_is_its_toll_since_it_began_not_the_days():
    # the second held-out set (BB-middleEast-868-20180810, AL-internationalNews-1934-20180715)
    text = ("قتل 30 شخصا في غارة على سوق في صعدة الخميس. "
            "وخلفت الحرب في اليمن أكثر من 10 آلاف قتيل، مما أثار أسوأ أزمة إنسانية.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 8, 10, 9))}
    assert (figs["30"].period, figs["30"].as_of) == ("point", "الخميس")
    war = figs["أكثر من 10 آلاف"]
    assert (war.period, war.as_of_first.isoformat()) == ("total", "2015-03-26")
    text = "فقد 23 عسكريا بعد كمين السبت. وأسفر تمرد بوكو حرام في شمال نيجيريا عن 20 ألف قتيل."
    (f,) = [f for f in _figures(text, day=datetime(2018, 7, 14, 9)) if f.value == 20000]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_event) == ("total", "2009-07-26", "تمرد بوكو حرام")
    # a war named beside an incident's count that no verb of causing ties to it is the day's
    (f,) = _figures("قتل 20 شخصا في غارة على سوق في الحرب الدائرة في اليمن الخميس.", day=datetime(2018, 8, 10, 9))
    assert f.period == "point"


def test_a_war_sized_toll_in_the_fighting_is_the_wars_not_the_offensive_going_on():
    # held-out sets 4, 9 and 41 (BB-middleEast-1103-20181015, BB-middleEast-940-20180825, BB-middleEast-1003-20180913):
    # the outlet's background beside the Hodeidah offensive's news, and a war's cost told after other words
    text = ("قتل 12 شخصا في غارة على الحديدة الأربعاء. "
            "وقتل عشرة آلاف شخص على الأقل في القتال في اليمن وشرد الملايين.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 10, 15, 9))}
    for quote in ("عشرة آلاف", "الملايين"):
        assert (figs[quote].period, figs[quote].as_of_first.isoformat()) == ("total", "2015-03-26"), quote
    assert figs["12"].period == "point"
    # hundreds killed in the fighting are the offensive's so far
    (f,) = _figures("وقتل مئات الأشخاص في القتال في الحديدة.", day=datetime(2018, 7, 15, 9))
    assert f.as_of_first.isoformat() == "2018-06-13"
    text = ("وقد شهدت الحرب الأهلية في جنوب السودان مذابح واعتداءات على المدنيين وخلفت عشرات الآلاف من القتلى "
            "ونحو أربعة ملايين نازح.")
    for f in _figures(text, day=datetime(2018, 9, 13, 9)):
        assert (f.period, f.as_of_first.isoformat()) == ("total", "2013-12-15"), f.quote


def _spans(text: str, day: datetime, quotes: tuple[str, ...]) -> list[tuple[str, str]]:
    """The first and last day of the figures written as ``quotes``, in that order."""
    figs = {f.quote: f for f in _figures(text, day=day)}
    return [(figs[q].as_of_first.isoformat(), figs[q].as_of_last.isoformat()) for q in quotes]


def test_two_months_named_together_are_one_span_and_the_same_period_carries_on():
    # the second held-out set (AL-internationalNews-1530-20180609): a relief coalition's report on Taiz
    text = ("كشف ائتلاف الإغاثة الإنسانية في تعز، الجمعة، أن 150 شخصا تعرضوا لإصابات خلال شهري ابريل/نيسان "
            "ومايو/أيار 2018. وسجل تقرير الائتلاف في ذات الفترة مقتل 14 طفلاً في المدينة.")
    assert _spans(text, datetime(2018, 6, 9, 1), ("150", "14")) == [("2018-04-01", "2018-05-31")] * 2


def test_a_figure_of_then_is_of_the_day_the_figure_before_it_stated():
    # the third held-out set (AL-economy-847-20180618): the lira «then», after the rate rise of the 7th
    text = ("ورفع البنك المركزي التركي سعر الفائدة الرئيسي إلى 17.75% في السابع من الشهر الحالي. "
            "وكانت العملة التركية وقتها ارتفعت إلى 4.4516 ليرة للدولار.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 6, 18, 9))}
    assert figs["4.4516"].as_of_first.isoformat() == figs["17.75%"].as_of_first.isoformat() == "2018-06-07"


def test_a_figure_of_then_is_of_the_day_told_after_the_last_dated_figure():
    # a random draw of session 27 (FR-internationalNews-2381-20180719): the Rashidin convoy bombing of April 2017,
    # «then» after a sentence with no figure, had been dated from «ومنذ 2015» two sentences back
    text = ("ومنذ 2015، تم على مراحل إجلاء الآلاف من سكان البلدتين. وفي نيسان/أبريل العام 2017، حصلت عملية إجلاء "
            "واسعة منهما. وتعرضت حينها قافلة من المغادرين لتفجير كبير أودى بحياة 150 شخصا بينهم 72 طفلا.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 7, 19, 9))}
    assert (figs["150"].period, figs["150"].as_of_first.isoformat()) == ("point", "2017-04-01")
    assert figs["الآلاف"].as_of_first.isoformat() == "2015-01-01"


def test_last_night_before_a_count_is_a_day_not_a_window_of_that_count():
    # the third held-out set (AL-internationalNews-191-20180224): a paramedic in Mogadishu
    text = 'وقال مسعف إنهم "نقلوا الليلة الماضية 18 جثة و20 مصابا".'
    (f,) = [f for f in _figures(text, day=datetime(2018, 2, 24, 9)) if f.value == 20]
    assert (f.period, f.as_of, f.as_of_first.isoformat()) == ("point", "الليلة الماضية", "2018-02-23")


def test_a_toll_of_the_attack_whose_morrow_it_is_is_of_the_day_before():
    # the third held-out set (FR-internationalNews-227-20180303): Ouagadougou, the morning after
    text = ("أفادت السلطات أن الهدوء عاد إلى العاصمة واغادوغو غداة هجوم إرهابي دام أسفر عن مقتل 28 شخصا "
            "على الأقل استهدف مقر قيادة الجيش.")
    (f,) = _figures(text, day=datetime(2018, 3, 3, 6))
    assert (f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("2018-03-02", "2018-03-02")
    # "a day after" is the morrow too (BB-internationalNews-1197-20181014: a crash in Greece the day before)
    text = "قتل 19 شخصا في تركيا. يأتي ذلك بعد يوم واحد من مقتل 11 شخصا من المهاجرين في اليونان."
    days = [f.as_of_first.isoformat() for f in _figures(text, day=datetime(2018, 10, 14, 11))]
    assert days == ["2018-10-14", "2018-10-13"]


def test_a_wars_toll_since_years_runs_from_the_war_not_from_the_articles_day():
    # a random reading of real output (SK-internationalNews-587-20180326): talks with Boko Haram
    text = ("أعلنت الحكومة الأحد أنها تجري محادثات مع بوكو حرام. وهذه أول مرة منذ سنوات تجري فيها محادثات "
            "بشأن وقف لإطلاق النار في تمرد أسفر عن سقوط عشرات الآلاف من القتلى في شمال شرق نيجيريا.")
    (f,) = _figures(text, day=datetime(2018, 3, 26, 9))
    assert (f.period, f.as_of_first.isoformat()) == ("total", "2009-07-26")


def test_a_date_of_what_a_figure_is_compared_with_is_not_its_own():
    # a random draw of the whole-corpus store: "now" 61 %, against 17 % in early 2017
    text = ("وقالت إن القوات الحكومية تسيطر حاليا على أكثر من 61 بالمائة من مساحة البلاد، "
            "مقارنة مع 17 بالمائة في أوائل عام 2017.")
    first = {f.quote: f.as_of_first.isoformat() for f in _figures(text, day=datetime(2018, 5, 2, 9))}
    assert first == {"أكثر من 61 بالمائة": "2018-05-02", "17 بالمائة": "2017-01-01"}


# (text, published, {quote: first day, last day}): the days real news gives its counts, each from a
# held-out figures set (the article named), scored before the rule was written
DAYS = [
    pytest.param(
        # AL-internationalNews-2019-20180722: announced Sunday, the deaths on Thursday evening; a count
        # with no day of its own keeps the statement's
        "أعلن مصدر أمني الأحد مقتل 18 شخصاً مساء الخميس على الضفة التشادية من بحيرة تشاد. "
        "وأعلن الجيش الأحد إصابة 5 جنود.", datetime(2018, 7, 22, 12),
        {"18": ("2018-07-19", "2018-07-19"), "5": ("2018-07-22", "2018-07-22")}, id="the statement's day",
    ),
    pytest.param(
        # SK-middleEast-3733-20181005: the wounded of one Friday, not of six months of marches
        "قتل الجيش الإسرائيلي بالرصاص، الجمعة، فلسطينيين وأصاب عشرات آخرين، على الحدود بين قطاع غزة "
        "وإسرائيل، ضمن مسيرات العودة الكبرى المستمرة منذ 6 أشهر.", datetime(2018, 10, 5, 18),
        {"عشرات": ("2018-10-05", "2018-10-05")}, id="a since beyond a comma",
    ),
    pytest.param(
        # FR-internationalNews-227-20180303: calm returns on Saturday, the morrow of Friday's attacks
        "أفادت السلطات في بوركينا فاسو أن الهدوء عاد إلى العاصمة واغادوغو غداة هجوم إرهابي دام أسفر عن "
        "مقتل 28 شخصا على الأقل.\nعاد الهدوء إلى شوارع العاصمة واغادوغو السبت وفق ما أعلنت السلطات. "
        "وأوقعت الهجمات نحو ثلاثين قتيلا.", datetime(2018, 3, 3, 6),
        {"28": ("2018-03-02", "2018-03-02"), "نحو ثلاثين": ("2018-03-02", "2018-03-02")}, id="the morrow",
    ),
    pytest.param(
        # BB-internationalNews-1213-20181017: Crimea's annexation year, not the shooting's day
        "قُتل نحو 19 شخصا وأُصيب العشرات في حادث إطلاق نار وقع في كلية في شبه جزيرة القرم التي ضمتها روسيا "
        "عام 2014.", datetime(2018, 10, 17, 18),
        {"نحو 19": ("2018-10-17", "2018-10-17"), "العشرات": ("2018-10-17", "2018-10-17")}, id="said of a place",
    ),
    pytest.param(
        # AL-internationalNews-1942-20180715: the UN mission's toll for the first half of the year
        "وبمقتل 1692 مدنياً بين الأول من كانون الثاني/يناير و30 حزيران/يونيو، فإن هذه الفترة هي الأكثر "
        "دموية.\nوقالت البعثة إنه، خلال هذه الفترة، سقط 5122 شخصاً بين قتيل وجريح.", datetime(2018, 7, 15, 9),
        {"1692": ("2018-01-01", "2018-06-30"), "5122": ("2018-01-01", "2018-06-30")}, id="this period",
    ),
    pytest.param(
        # AL-internationalNews-1240-20180519: mourning on Saturday, the crash on Friday noon
        "غرقت كوبا السبت في الحداد بعد الكارثة الجوية التي أودت بحياة أكثر من 100 شخص.\n"
        "وسقطت طائرة البوينغ فوق منطقة غير مأهولة ظهر الجمعة، بعد إقلاعها من مطار هافانا.",
        datetime(2018, 5, 19, 9), {"أكثر من 100": ("2018-05-18", "2018-05-18")}, id="a reaction's day",
    ),
    pytest.param(
        # SK-middleEast-14-20180222: a lead that dates the incident itself, and a count dated in its own
        # sentence, keep their days (Sunday starts the campaign, no incident's day)
        "قال المرصد إن 46 مدنيا على الأقل قتلوا، يوم الخميس، فقط في الغوطة.\n"
        "ومنذ الأحد، يستهدف النظام الغوطة الشرقية بحملة قصف كثيف.", datetime(2018, 2, 22, 18),
        {"46": ("2018-02-22", "2018-02-22")}, id="its own day",
    ),
]


@pytest.mark.parametrize(("text", "day", "expected"), DAYS)
def test_the_days_real_news_gives_its_counts(text, day, expected):
    days = {f.quote: (f.as_of_first.isoformat(), f.as_of_last.isoformat()) for f in _figures(text, day=day)}
    assert {q: days.get(q) for q in expected} == expected


def test_a_day_before_the_speaker_s_words_is_the_statement_s_when_the_sentence_dates_the_deed():
    # the tenth held-out set (SK-internationalNews-515-20180322): Thursday is the statement's, the
    # raids were on Wednesday (22 March 2018 was a Thursday)
    figs = _figures(
        "أعلن قائد في الشرطة الفلبينية، الخميس، أن قواته قتلت 13 شخصا يشبه في أنهم تجار مخدرات، وألقت القبض "
        "على أكثر من 100 آخرين، في عمليات وقعت، الأربعاء، في إقليم شمال العاصمة مانيلا.",
        day=datetime(2018, 3, 22, 9),
    )
    assert [(f.quote, f.as_of_first.isoformat()) for f in figs] == [("13", "2018-03-21"), ("أكثر من 100", "2018-03-21")]
    # with no day after the count, the statement's day is still the one it was reported on
    (f,) = _figures("أعلن المرصد، الخميس، أن 13 شخصا قتلوا.", day=datetime(2018, 3, 22, 9))
    assert f.as_of_first.isoformat() == "2018-03-22"


def test_a_count_said_to_have_grown_to_a_number_is_the_toll_so_far():
    # the tenth held-out set (SK-internationalNews-3250-20181001): the attack was on Friday night
    (f,) = _figures(
        "وقال قائد الشرطة إن الانفجار وقع مساء الجمعة الماضي. وأضاف أن عدد القتلى زاد إلى عشرة بحلول الاثنين.",
        day=datetime(2018, 10, 1, 23),
    )
    assert f.period == "total"


def test_a_toll_called_the_days_is_that_days_count_not_a_running_total():
    # FR-internationalNews-31-20180220: Monday's 100 sat in SOHR's running toll of the offensive
    text = ("ارتفع عدد القتلى جراء الغارات والقصف المدفعي لقوات النظام السوري على الغوطة الشرقية الاثنين إلى "
            "مئة مدني بينهم نحو عشرين طفلا، في حصيلة يومية هي الأعلى منذ ثلاث سنوات، وفق ما أورد المرصد.")
    (f,) = [f for f in _figures(text, day=datetime(2018, 2, 20)) if f.quote == "مئة"]
    assert (f.period, f.as_of_first, f.as_of_last) == ("point", date(2018, 2, 19), date(2018, 2, 19))


def test_a_toll_since_the_uprising_counts_from_the_war_not_the_campaign_going_on():
    # BB-middleEast-204-20180316: 400,000 "since the uprising" was dated from the Ghouta offensive
    # (BB-middleEast-222-20180320: the start of the offensive the article states did not date it either)
    for opening in ("تواصل القوات الحكومية هجومها على الغوطة الشرقية. ",
                    "وبدأ الجيش السوري عملياته في الغوطة 18 فبراير/ شباط الماضي وتوغلت قواته في المنطقة. "):
        text = opening + "ويعتقد أن 400 ألف شخص قتلوا أو فقدوا منذ بدء الانتفاضة ضد الرئيس السوري بشار الأسد."
        (f,) = [f for f in _figures(text, "الغوطة الشرقية", datetime(2018, 3, 16)) if f.quote == "400 ألف"]
        assert (f.as_of_first, f.place) == (date(2011, 3, 15), "سوريا")


def test_a_war_toll_is_the_war_countrys_not_the_incidents_town():
    # AL-internationalNews-26-20180217: Boko Haram's 20,000 since 2009 were placed in Maiduguri
    text = ("قتل 18 شخصا في تفجير انتحاري في سوق للأسماك في مدينة مايدوغوري. "
            "وأسفر تمرد بوكو حرام منذ 2009 عن أكثر من 20 ألف قتيل.")
    figs = {f.quote: f for f in _figures(text, "تفجير في مايدوغوري", datetime(2018, 2, 17))}
    assert figs["18"].place == "مايدوغوري"
    assert figs["أكثر من 20 ألف"].place == "نيجيريا"


def test_what_nearly_befell_the_counted_is_not_their_measure():
    # SK-middleEast-3812-20181010: migrants about to drown, pulled out, were counted as killed
    text = ("انتشلت وحدة تابعة للبحرية الملكية المغربية نحو 366 شخصا كانوا يشارفون على الغرق قبالة ساحل "
            "مدينة العرائش، خلال اليومين الماضيين.")
    (f,) = _figures(text, day=datetime(2018, 10, 10))
    assert f.measure == "rescued"


def test_a_stretch_longer_than_a_century_dates_nothing_and_breaks_nothing():
    # the whole-corpus store's digest stopped on OverflowError: a window counted back before year 1
    text = "وقتل أكثر من مليون شخص في حروب المنطقة خلال ثلاثة آلاف عام، بحسب المؤرخين."
    (f,) = _figures(text, day=datetime(2018, 5, 1))
    assert f.as_of_first is None or f.as_of_first.year > 1900


def test_the_number_of_another_noun_counts_that_noun_not_the_measure_before_it():
    # a random draw of the whole-corpus store (claim C7): India's mobile-phone users joined its population
    text = ("ويستهدف العقد بشكل خاص الهند، ثاني أكبر دولة في العالم من حيث عدد السكان، مع 1.3 مليار نسمة، حيث "
            "يبلغ عدد مستخدمي الهواتف الخليوية بها أكثر من مليار شخص.")
    figs = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 8, 14))}
    assert figs["1.3 مليار"] == "population" and figs.get("أكثر من مليار", "other") == "other"


def test_one_players_injury_counts_no_one():
    # a random draw of the whole-corpus store (F7): a ten-game winning streak was read as ten wounded
    text = ("وفاز واشنطن ويزاردز 116-97 على نيو أورليانز بليكانز، الذي غاب عنه أنطوني ديفيز بسبب إصابة بالكاحل، "
            "ليخسر بعد 10 انتصارات متتالية.")
    assert {f.quote: f.measure for f in _figures(text, day=datetime(2018, 3, 10))}.get("10", "other") == "other"
    (f,) = _figures("وأسفر الانفجار عن إصابة 30 شخصا في الرأس والصدر.", day=datetime(2018, 3, 10))
    assert f.measure == "wounded"


def test_an_incident_day_far_down_the_article_is_another_incidents():
    # a random draw of the whole-corpus store (F3): Friday's Albu Kamal attack took the Thursday of the
    # Suwayda attacks told in the last paragraph
    text = ("سيطر تنظيم داعش، الجمعة، على أجزاء من مدينة البوكمال في شرق سوريا، بعد هجوم تخلله 10 عمليات "
            "انتحارية، وفق ما أفاد المرصد السوري لحقوق الإنسان.\n"
            "وقال مدير المرصد إنه أكبر هجوم للتنظيم على المدينة.\n"
            "وتدور حاليا معارك في وسط المدينة أوقعت حتى الآن 25 قتيلا على الأقل من قوات النظام.\n"
            "وضاعف التنظيم من هجماته في الأسابيع الأخيرة.\n"
            "وفي جنوب دمشق، قتل 22 مقاتلا مواليا للنظام، الخميس، في هجمات مفاجئة شنها التنظيم في محافظة السويداء.")
    figs = {f.quote: f for f in _figures(text, "داعش يسيطر على أجزاء من البوكمال", datetime(2018, 6, 8, 13))}
    assert figs["22"].as_of_last == date(2018, 6, 7)
    assert figs["25"].as_of_last != date(2018, 6, 7)


def test_a_count_told_again_a_day_later_keeps_its_day():
    # SK-internationalNews-515-20180322: the 13 killed in Wednesday's raids, told again by the commander on
    # Thursday, were Thursday's
    text = ("أعلن قائد في الشرطة الفلبينية، الخميس، أن قواته قتلت 13 شخصا يشتبه في أنهم تجار مخدرات، في "
            "عمليات وقعت، الأربعاء، في إقليم بولاكان.\n"
            "وقال روميو كارامات القائد بشرطة مقاطعة بولاكان للصحفيين إن 13 مشتبها قتلوا في تبادل لإطلاق النار.")
    first, again = [f for f in _figures(text, day=datetime(2018, 3, 22, 10)) if f.value == 13]
    assert first.as_of_last == again.as_of_last == date(2018, 3, 21)


def test_the_number_of_those_who_told_it_is_no_figure():
    # the twelfth held-out set (SK-internationalNews-2192-20180617, CN-middleEast-1335-20180909)
    text = ("قالت الشرطة إن 20 شخصا قتلوا. لكن اثنين من السكان قالا إنهما أحصيا ما لا يقل عن 31 قتيلا. "
            "وقد تواصلت CNN مع ثلاثة من سكان هذه المناطق الذين أكدوا صحة هذه المعلومات. ونزح 400 ألف من السكان.")
    assert [f.quote for f in _figures(text, day=datetime(2018, 6, 17))] == ["20", "ما لا يقل عن 31", "400 ألف"]


def test_a_toll_dated_by_its_telling_is_of_the_incident_day_told_further_down():
    # the twelfth held-out set (SK-internationalNews-2192-20180617): the police's Sunday statement counted
    # Saturday evening's bombings; the eighth (SK-internationalNews-2477-20180704): Wednesday's officials
    # counted Tuesday's sinking, but the missing are missing as of the day told
    text = ("قالت الشرطة النيجيرية إن تفجيرات قتلت ما لا يقل عن 20 شخصا في شمال شرق نيجيريا. "
            "وقالت الشرطة في بيان أصدرته عبر البريد الإلكتروني الأحد، إن 20 شخصا قتلوا كما أصيب 48 آخرون. "
            "حسب رويترز. ووقعت التفجيرات في منطقة دامبوا في جنوب ولاية بورنو السبت نحو الساعة 8.30 مساء.")
    days = {(f.quote, f.start): f.as_of_last for f in _figures(text, day=datetime(2018, 6, 17, 23))}
    assert set(days.values()) == {date(2018, 6, 16)}
    text = ("قال مسؤولون، الأربعاء، إن ربان العبارة استطاع الإبحار بها حتى وصل إلى شعاب مرجانية، لكن 31 راكبا غرقوا. "
            "وغرقت العبارة، الثلاثاء، قرب جزيرة سولاويسي. "
            "وقال مسؤول بوزارة النقل إن 3 ركاب مفقودون لكن تم إنقاذ 130 راكبا.")
    days = {f.quote: f.as_of_last for f in _figures(text, day=datetime(2018, 7, 4, 11))}
    assert days == {"31": date(2018, 7, 3), "3": date(2018, 7, 4), "130": date(2018, 7, 3)}


def test_the_day_a_lead_tells_the_news_on_is_not_the_incidents_day():
    # the twenty-fifth held-out set (FR-internationalNews-866-20180423): Monday's statement «أن "حادث سير
    # خطيرا"» told of a crash China was informed of on Sunday evening; the sixty-fifth (FR-middleEast-368-20180428):
    # the media told the strike on Saturday, «والغارة» right after their day, and it struck on Friday evening
    text = ("أعلنت وزارة الخارجية الصينية في بيان الاثنين أن \"حادث سير خطيرا\" أدى إلى سقوط أكثر من ثلاثين قتيلا "
            "في كوريا الشمالية. وقال بيان الوزارة إنّ الصين أُبلغت مساء الأحد بالحادث، موضحة أن دبلوماسيين هرعوا.")
    (f,) = _figures(text, day=datetime(2018, 4, 23, 6))
    assert f.as_of_last == date(2018, 4, 22)
    text = ("أدت غارة جوية شنها التحالف إلى مقتل عشرات الحوثيين، بحسب ما ذكرته وسائل إعلام السبت، والغارة جاءت عشية "
            "تشييع الصماد. وجاءت الغارة الجديدة مساء الجمعة عشية التشييع.")
    (f,) = _figures(text, day=datetime(2018, 4, 28, 12))
    assert f.as_of_last == date(2018, 4, 27)
    # the day of the toll's own telling with no incident day told elsewhere stays
    (f,) = _figures(text.split(". ")[0] + ".", day=datetime(2018, 4, 28, 12))
    assert f.as_of_last == date(2018, 4, 28)


def test_an_undated_toll_is_of_the_night_the_fire_broke_out():
    # the twenty-third held-out set (SK-internationalNews-524-20180323): nothing dates the toll but the fire's night
    text = ("لقي ثلاثة عشر شخصا حتفهم جراء حريق مبنى في مدينة هو تشي منه، وفق ما أعلنت عنه السلطات الفيتنامية. "
            "وبدأ الحريق في كارينا بلازا حوالى منتصف ليل الخميس الجمعة، في الطبقات السفلى من المبنى.")
    (f,) = _figures(text, day=datetime(2018, 3, 23, 9))
    assert (f.as_of_first, f.as_of_last) == (date(2018, 3, 22), date(2018, 3, 23))


def test_a_reports_findings_retold_by_the_length_of_its_stretch_are_of_that_stretch():
    # the sixty-ninth held-out set (AL-internationalNews-666-20180328): the commission's Tuesday statement gave
    # its findings «خلال الفترة من 1 يوليو 2017م - 31 يناير 2018م», then its report's «خلال سبعة أشهر» (the
    # same seven months, not the seven before publication), «للجنة» (the committee, not «الجنة», paradise)
    text = ("قالت اللجنة الوطنية للتحقيق في ادعاءات انتهاكات حقوق الإنسان باليمن، الثلاثاء، انها رصدت ووثقت 5432 "
            "حالة ادعاء بالانتهاك في مختلف المحافظات اليمنية، خلال الفترة من 1 يوليو 2017م - 31 يناير 2018م. "
            "وأوضحت اللجنة المشكلة من الحكومة اليمنية أنها انتهت من التحقيق في كثير من الحالات. "
            "وكشف التقرير الرابع للجنة، نشرته على موقعها الإلكتروني، عن مقتل وإصابة 1188 من المدنيين خلال سبعة "
            "أشهر، بينهم 550 حالة قتل.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 3, 28, 10))}
    for quote in ("5432", "1188", "550"):
        assert (figs[quote].as_of_first, figs[quote].as_of_last) == (date(2017, 7, 1), date(2018, 1, 31)), quote
    assert figs["1188"].source_canonical == figs["5432"].source_canonical
    assert figs["1188"].source_canonical.startswith("اللجنة الوطنية")
    # a window of another length is the months before publication still
    figs = {f.quote: f for f in _figures(text.replace("خلال سبعة أشهر", "خلال خمسة أشهر"), day=datetime(2018, 3, 28))}
    assert figs["1188"].as_of_first == date(2017, 10, 29)


def test_an_unnamed_report_the_article_names_further_on_is_its_issuers():
    # the sixty-ninth held-out set (SK-middleEast-1350-20180430): «رصد تقرير حقوقي» opened the article, «وذكر تقرير
    # أطلقته منظمة شهود لحقوق الإنسان» named it two sentences on; the outlet's retelling between them is the report's
    # too, and «412 حالة تجنيد أطفال» are cases of recruitment, not the displaced «تشريد» names further on
    text = ("رصد تقرير حقوقي ارتكاب ميليشيا الحوثي 4500 انتهاك بحق المدنيين في صنعاء خلال العام الماضي 2017. "
            "ومن بين الانتهاكات نحو 66 جريمة قتل، فضلا عن 64 حالة إصابة. "
            "وذكر تقرير أطلقته منظمة شهود لحقوق الإنسان، أن 412 حالة تجنيد أطفال وزجهم في ساحات القتال، إلى جانب "
            "1450 حالة عقاب جماعي مورس ضد المواطنين، منها تشريد الأسر. "
            "ويشير تقرير أشمل إلى أن الميليشيا قتلت في اليمن إجمالا عام 2017، 1324 مدنيا.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 4, 30, 12))}
    for quote in ("4500", "نحو 66", "64", "412", "1450"):
        assert figs[quote].source_canonical == "منظمة شهود لحقوق الإنسان", quote
    assert figs["1324"].source_canonical == "vague"
    assert figs["412"].measure == figs["1450"].measure == "other" and figs["نحو 66"].measure == "killed"
    # cases of a measure's word keep it; cases the words before them name, theirs
    figs = {f.quote: f.measure for f in _figures("رصد التقرير 50 حالة قتل و10 حالات وفاة و5 حالات اختناق.")}
    assert figs == {"50": "killed", "10": "killed", "5": "wounded"}
    # ... and a verb governing them, or what befell those they are cases of (the review of session 36)
    figs = {f.quote: f.measure for f in _figures(
        "فبينما أوقفت وزارة الداخلية التونسية أكثر من ستة آلاف حالة تسلل عام 2017. وذكرت اللجنة أن هناك أكثر من "
        "100 حالة لأطفال فقدوا أرواحهم في أرض المعركة.")}
    assert figs == {"أكثر من ستة آلاف": "arrested", "أكثر من 100": "killed"}


def test_an_unnamed_report_is_of_who_the_next_sentence_credits_with_a_report():
    # the sixty-ninth held-out set (AL-internationalNews-1282-20180522): «كشف تقرير حقوقي عن تهجير ... لنحو 44 أسرة»,
    # then «وأكد مركز المعلومات والتأهيل لحقوق الإنسان، في تقريره لشهر ابريل»
    text = ("كشف تقرير حقوقي عن تهجير ميليشيا الحوثي لنحو 44 أسرة من قرية بلاد الوافي بمديرية جبل حبشي. "
            "وأكد مركز المعلومات والتأهيل لحقوق الإنسان، في تقريره لشهر ابريل الماضي، استمرار الانتهاكات في تعز. "
            "وقال التقرير إن فريق الرصد الميداني للمركز وثق مقتل 5 مدنيين بالقذائف.")
    figs = {f.quote: f.source_canonical for f in _figures(text, day=datetime(2018, 5, 22, 12))}
    assert figs == {"لنحو 44": "مركز المعلومات والتأهيل لحقوق الإنسان", "5": "مركز المعلومات والتأهيل لحقوق الإنسان"}
    # a next sentence that credits no report leaves it unnamed
    figs = {f.quote: f.source_canonical for f in _figures(text.replace("في تقريره لشهر ابريل الماضي", "في بيان"),
                                                          day=datetime(2018, 5, 22, 12))}
    assert figs["لنحو 44"] == "vague"


def test_the_findings_of_a_report_of_a_month_are_of_that_month():
    # the sixty-ninth held-out set (AL-internationalNews-1282-20180522): «وأكد مركز ...، في تقريره لشهر ابريل/نيسان
    # الماضي» counts nothing; the centre's findings after it are April's, not the day reported
    text = ("وأكد مركز المعلومات والتأهيل لحقوق الإنسان، في تقريره لشهر ابريل/نيسان الماضي، استمرار الانتهاكات في تعز. "
            "وقال المركز إن فريق الرصد الميداني وثق مقتل 5 مدنيين بالقذائف المختلفة. "
            "وقالت الشرطة إن 3 أشخاص قتلوا في حادث سير.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 5, 22, 12))}
    assert (figs["5"].as_of_first, figs["5"].as_of_last) == (date(2018, 4, 1), date(2018, 4, 30))
    assert figs["3"].as_of_last == date(2018, 5, 22)  # (another source's count)


def test_the_day_an_attack_is_claimed_is_not_its_day():
    # the review of a multi-outlet story in session 35 (AL-internationalNews-1389-20180530): Liège's three dead were
    # Tuesday's, the attack claimed and its toll told on Wednesday
    text = ("تبنى تنظيم داعش، الأربعاء، الهجوم المسلح الذي أودى الثلاثاء بحياة شرطيتين وطالب في مدينة لييج البلجيكية. "
            "وكانت قاضية اتحادية بلجيكية قالت في وقت السابق، الأربعاء، إن هجمات لييج التي خلفت ثلاثة قتلى تعتبر "
            "جريمة قتل إرهابية.")
    (f,) = _figures(text, day=datetime(2018, 5, 30, 15))
    assert f.as_of_last == date(2018, 5, 29)


def test_what_a_whole_store_draw_of_session_36_read_wrong():
    # F17: «وأبدت إسرائيل أسفها على مقتل 15» had «إسرائيل أسفها» as a source; F8: «خلال الساعات الـ24 إلى 48
    # المقبلة» was a figure; C6: the three accomplices who helped a prisoner escape were displaced
    (f,) = _figures("وأبدت إسرائيل أسفها على مقتل 15 من أفراد سلاح الجو الروسي.", day=datetime(2018, 9, 18))
    assert f.source == "إسرائيل"
    assert _figures_or_none("وقال ترامب: سنتخذ قرارات حاسمة خلال الساعات الـ24 إلى 48 المقبلة.") == []
    (f,) = _figures("واستطاع فايد الهرب بمساعدة ثلاثة من أعوانه هبطوا بطائرة مروحية في ساحة السجن.")
    assert f.measure == "other"
    # (and «his assistant» is counted with the driver: بمقتل 6 أشخاص بينهم سائق القطار ومساعده، وإصابة 86 آخرين)
    text = "أفاد بمقتل 6 أشخاص بينهم سائق القطار ومساعده، وإصابة 86 آخرين بجروح."
    figs = {f.quote: f.measure for f in _figures(text)}
    assert figs == {"6": "killed", "86": "wounded"}
    # the review's Lombok story: hikers stranded after the quake «الذي ضرب» the island are no strikes
    (f,) = _figures("بعد الزلزال الذي ضرب جزيرة لومبوك الأحد، لا يزال أكثر من 500 متنزه عالقين على جبل رينجاني.")
    assert f.measure == "other"
    (f,) = _figures("أعلنت السلطات أن أكثر من 500 متنزه لا يزالون عالقين، غداة زلزال بقوة 6,4 درجات ضرب الجزيرة.")
    assert f.measure == "other"
    (f,) = _figures("وشنت الطائرات غارات ضربت 20 موقعا للمسلحين.")
    assert f.measure == "strikes"
    # C8: Hamas's five «من بين القتلى» are part of Gaza's 16 dead, no conflicting toll
    text = "قتل 16 فلسطينيا برصاص الجيش الإسرائيلي الجمعة. وأكدت حماس أن خمسة من أعضاء جناحها المسلح من بين القتلى."
    assert {f.quote: f.subset for f in _figures(text)} == {"16": False, "خمسة": True}


def test_a_day_that_follows_a_statement_in_the_toll_s_own_sentence_is_kept_without_an_incident_day():
    text = "وقالت الشرطة في بيان أصدرته الأحد، إن 20 شخصا قتلوا في تفجيرات شمال شرق نيجيريا."
    (f,) = _figures(text, day=datetime(2018, 6, 17, 23))
    assert f.as_of_last == date(2018, 6, 17)


def test_cases_of_the_disease_a_title_names_are_no_wounded():
    # the thirteenth held-out set (AL-internationalNews-436-20180312): «1294 حالة إصابة بهذا المرض» and
    # «أكثر من 100 إصابة» name no disease in their sentences; the title does
    text = ("أعلنت منظمة الصحة العالمية ارتفاع الوفيات جراء المرض في اليمن. "
            "وأفاد تقرير المنظمة أنه تم تسجيل 1294 حالة إصابة بهذا المرض. "
            "ويظهر تقرير اليوم تسجيل حالة وفاة واحدة، وأكثر من 100 إصابة، في أقل من أسبوعين.")
    measures = {f.quote: f.measure for f in _figures(text, "الصحة العالمية: ارتفاع وفيات الدفتيريا باليمن إلى 73")}
    assert measures["1294"] == measures["وأكثر من 100"] == "other"
    measures = {f.quote: f.measure for f in _figures(text.replace("جراء المرض", "جراء القصف"), "اليمن: قصف")}
    assert measures["1294"] == "wounded"


def test_a_disaster_toll_dated_by_the_day_it_was_told_runs_from_the_day_it_struck():
    # the eighth held-out set (SK-middleEast-3750-20181006): the fire broke out on Friday evening, the toll
    # of the injured rose to 30 as medical sources said on Saturday; the seventh (SK-internationalNews-3162):
    # the quake's dead so far, the missing as of the day told
    text = ("ارتفعت حصيلة إصابات الحريق الضخم، الذي اندلع في محافظة الوادي الجديد غربي مصر، إلى 30، وفق ما ذكرت "
            "مصادر طبية، السبت، في وقت تمكنت فرق الإطفاء من إخماد النيران. "
            "ونقلت الوكالة عن المحافظ أن رجال الإطفاء عملوا لإخماد الحريق الذي اندلع مساء الجمعة.")
    (f,) = [f for f in _figures(text, day=datetime(2018, 10, 6, 11)) if f.value == 30]
    assert (f.period, f.as_of_first, f.as_of_last) == ("total", date(2018, 10, 5), date(2018, 10, 6))
    text = ("ضرب زلزال قوي جزيرة هوكايدو يوم الخميس. "
            "وذكرت حكومة هوكايدو، السبت، أن 30 شخصا لقوا حتفهم، فيما لا يزال 9 آخرين في عداد المفقودين.")
    figs = {f.value: f for f in _figures(text, "ارتفاع عدد قتلى زلزال اليابان", datetime(2018, 9, 8, 8))}
    assert (figs[30].as_of_first, figs[30].as_of_last) == (date(2018, 9, 6), date(2018, 9, 8))
    assert (figs[9].as_of_first, figs[9].as_of_last) == (date(2018, 9, 8), date(2018, 9, 8))


def test_a_child_s_paralysis_and_control_of_inflation_are_no_toll():
    # a random draw of the whole-corpus store (C8, C9)
    text = ("وانتقلت إلى تركيا مصطحبة معها ثلاثة من أبنائها أصغرهم بعمر عامين، وأحدهم مصاب بشلل رباعي. "
            "ورفع البنك المركزي سعر الفائدة ليصل إلى 24% بدلا من 17.75%، بهدف السيطرة على معدلات التضخم.")
    measures = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 10, 3))}
    assert measures.get("ثلاثة", "other") != "wounded"
    assert measures.get("ليصل إلى 24%", "other") != "territory_percent"
    assert measures.get("17.75%", "other") != "territory_percent"


def test_the_fleeing_are_displaced_whatever_siege_they_fear():
    # a random draw of the whole-corpus store (F12): Snowball read فرار as ف + رار, so «في الفرار» named no
    # measure and the siege at the end of the sentence made the fleeing besieged
    text = ("أعلن المرصد السوري لحقوق الإنسان الاثنين، أن مئات المدنيين شرعوا في الفرار من مدينة عفرين شمالي "
            "سوريا، خشية وقوعهم في حصار كامل أو تعرضهم لهجوم بري.")
    assert [f.measure for f in _figures(text, day=datetime(2018, 3, 12))] == ["displaced"]


@pytest.mark.parametrize(("text", "quote", "when"), [
    # a random draw of the whole-corpus store (F10) and a scan of 4,000 articles' "when" words
    ("وكشفت تحقيقات النيابة أن الشبكة عملت من خلال 20 طبيبا و30 ممرضا.", "30", None),
    ("وسجل اللاعب تسعة أهداف خلال 21 مباراة.", "تسعة", None),
    ("وارتفع عدد المشجعين ليصل إلى 7 ملايين.", "ليصل إلى 7 ملايين", None),
    ("وقتل أكثر من 100 شخص خلال الـ24 ساعة الماضية.", "أكثر من 100", "خلال الـ24 ساعة الماضية"),
])
def test_the_when_is_never_a_number_without_its_unit_of_time(text, quote, when):
    (f,) = [f for f in _figures(text, day=datetime(2018, 3, 10)) if f.quote == quote]
    assert f.as_of == when


def test_oil_barrels_are_no_strikes_and_a_minute_in_brackets_counts_no_one():
    # a second random draw of the whole-corpus store (C8, F7)
    text = "وأعلنت إدارة معلومات الطاقة عن زيادة في المخزونات (2.1 مليون برميل للأسبوع الأول من يونيو)."
    assert [f.measure for f in _figures(text, day=datetime(2018, 6, 14))] == ["other"]
    text = "وألقت المروحيات أكثر من 30 برميلا متفجرا على المدينة."
    assert [f.measure for f in _figures(text, day=datetime(2018, 6, 14))] == ["strikes"]
    text = ("فاز نيوكاسل على آرسنال 2-1 الأحد في المرحلة 34 من الدوري الإنجليزي. "
            "وسيطر ريتشي على الكرة قبل أن يسددها بعيدا عن متناول تشيك (68.)")
    assert "68" not in {f.quote for f in _figures(text, "نيوكاسل يهزم آرسنال 2-1", datetime(2018, 4, 15))}


def test_a_day_in_a_clause_of_contrast_after_the_number_is_not_its_day():
    # a second random draw of the whole-corpus store (F15)
    text = ("المنتج السابق شكل طويلا أحد أعمدة الإنتاج السينمائي في هوليوود ونالت أفلامه 80 جائزة أوسكار، "
            "لكنه دخل الجمعة مكبل اليدين إلى قاعة المحكمة في مانهاتن.")
    (f,) = _figures(text, day=datetime(2018, 5, 25))
    # (undated by its own words: the article's day is all it is given, not a point its sentence states)
    assert f.period != "point"


def test_a_day_in_a_clause_fima_opens_is_that_clause_s():
    # H1-H100 (AL-internationalNews-1818-20180709, the train crash of Sunday 8 July): a conjunction's letter taken
    # off فيما left يما, and the day after it dated the count before it too
    text = ("قتل 24 شخصا الأحد لدى خروج قطار عن سكته. وذكرت وسائل الإعلام التركية أنه تم نقل 338 شخصا إلى "
            "المستشفى بعد الحادث، فيما لا يزال 124 شخصا في المستشفى صباح الاثنين.")
    figs = {f.value: f for f in _figures(text, day=datetime(2018, 7, 9, 7))}
    assert figs[124].as_of and "الاثنين" in figs[124].as_of
    assert not (figs[338].as_of and "الاثنين" in figs[338].as_of)


def test_time_words_said_after_a_clause_of_contrast_date_both_clauses():
    # the tuned sets (AL-internationalNews-1530-20180609): the two months follow a comma closing the فيما clause
    text = ("كشف ائتلاف إغاثي، الجمعة، أن 84 أسرة فقدت عائلها في محافظة تعز، فيما تعرض 150 شخص آخر لإصابات "
            "أجبرتهم على التوقف عن أعمالهم، خلال شهري ابريل/نيسان ومايو/أيار 2018.")
    figs = {f.value: f for f in _figures(text, day=datetime(2018, 6, 9, 2))}
    assert figs[84].as_of_first == figs[150].as_of_first == date(2018, 4, 1)


def test_a_year_deep_in_a_clause_of_contrast_is_that_clause_s_even_past_its_commas():
    # the 5,000-article review of session 48 (BB-economy-7-20180214): Britain's 2003, inside the بينما clause and past
    # its relative clause's comma, had dated Turkey's pledge, which was then dropped as a past year's background
    text = ("وأعلنت تركيا انها ستخصص خمسة مليارات دولار للعراق على شكل قروض واستثمارات، بينما قالت بريطانيا، التي "
            "قادت مع الولايات المتحدة اجتياح العراق في عام 2003، انها ستمنح العراق تسهيلات ائتمانية.")
    (f,) = _figures(text, day=datetime(2018, 2, 14, 12))
    assert f.value == 5e9 and not (f.as_of and "2003" in f.as_of)


def test_the_day_of_a_clause_of_the_past_is_its_own_past_a_comma():
    # the 5,000-article review of session 48 (AL-internationalNews-1239-20180518): «كان آخرها مقتل 62 ... ، الاثنين
    # والثلاثاء» dated the toll since the marches began
    text = ("وبدأت مسيرات العودة في 30 مارس/آذار الماضي. ومنذ ذلك اليوم، لقي 110 فلسطينيين مصرعهم برصاص الجيش "
            "الإسرائيلي، كان آخرها مقتل 62 فلسطينيًا وجرح 3188 آخرين، الاثنين والثلاثاء الماضيين.")
    toll = next(f for f in _figures(text, day=datetime(2018, 5, 18, 17)) if f.value == 110)
    assert toll.period == "total" and not (toll.as_of and "الاثنين" in toll.as_of)
    # ... as a weekday set off by commas in a clause of the past keeps its own (SK-economy-1000-20180718)
    text = ("وكانت العقود قد ارتفعت صباح الأربعاء. وفقدت العقود الآجلة 36 سنتا، بما يعادل 0.5 بالمئة، وكانت سجلت "
            "عند التسوية في جلسة، الثلاثاء، ارتفاعا قدره سنتان.")
    cents = next(f for f in _figures(text, day=datetime(2018, 7, 18, 6)) if f.value == 36)
    assert not (cents.as_of and "الثلاثاء" in cents.as_of)


def test_a_day_in_a_place_s_relative_clause_that_counts_dates_the_count():
    # H1-H101 (FR-internationalNews-267-20180305): «التي» after Brussels opened a clause taken for the city's own
    # (القرم التي ضمتها روسيا عام 2014), and the attacks' day dated nothing
    text = "وأظهرت التحقيقات حول اعتداءات بروكسل التي أوقعت 32 قتيلا في 22 آذار/مارس 2016، وقوف خلية وراءها."
    (f,) = _figures(text, day=datetime(2018, 3, 5, 16))
    assert f.as_of == "22 آذار/مارس 2016" and f.period == "point"
    text = "وقتل 5 أشخاص في شبه جزيرة القرم التي ضمتها روسيا عام 2014."
    assert all(f.as_of is None or "2014" not in f.as_of for f in _figures(text, day=datetime(2018, 3, 5, 16)))


def test_torrents_a_verb_of_causing_takes_with_a_glued_b_are_no_seoul():
    # a whole-store draw of session 48 (seed 51, CN-middleEast-745-20180427): «وتتسبب بسيول» in the title made Seoul
    # the article's place, and Damascus's flood hurt were placed there
    text = ("تسببت الأمطار الغزيرة في حدوث سيول مفاجئة، الخميس، في حي ركن الدين شمال دمشق، مما أدى إلى إصابة "
            "ثلاثة أشخاص.")
    (f,) = _figures(text, title="شاهد.. أمطار غزيرة تضرب دمشق وتتسبب بسيول مفاجئة", day=datetime(2018, 4, 27, 16))
    assert f.place == "دمشق"
    # (a ب glued to a place after the verb's own complement, or before one, still says where)
    assert _figures("تسبب انفجار بمالي بمقتل 5 أشخاص.", day=datetime(2018, 3, 7))[0].place == "مالي"


def test_a_mourning_s_days_in_the_country_are_no_window_of_the_toll():
    # the second held-out set (AL-internationalNews-1240-20180519): the crash was on Friday
    text = ("وأعلنت السلطات الكوبية السبت الحداد الوطني في البلاد لمدة يومين بعد تحطم طائرة ركاب كان على متنها "
            "110 أشخاص قتل 107 منهم.")
    assert {f.period for f in _figures(text, day=datetime(2018, 5, 19, 9))} <= {"point", "none"}


@pytest.mark.parametrize("text", [
    # a third random draw of the whole-corpus store (C9, C7, C6)
    "في يوليو 2015، كان لدى إيران ما يقارب 20 ألف جهاز طرد مركزي.",
    "وكانت روسيا ردت بالمثل وطردت 23 من دبلوماسييها بسبب تسميم الجاسوس.",
    "وهي قادرة على حمل رؤوس حربية بزنة 1000 باوند.",
])
def test_centrifuges_expelled_diplomats_and_pounds_are_no_displaced_or_strikes(text):
    assert {f.measure for f in _figures(text, day=datetime(2018, 4, 14))} <= {"other"}


def test_the_jailed_are_arrested():
    # a third random draw of the whole-corpus store (F3)
    text = "ومنذ منتصف يوليو 2016، تم سجن نحو 77 ألف شخص في تركيا."
    assert [f.measure for f in _figures(text, day=datetime(2018, 7, 13))] == ["arrested"]


def test_prisoners_taken_in_battle_are_held_not_killed_with_the_dead_before_them():
    # a random draw of session 23 (C8): the co-ordinated قتيلا had made the 87 prisoners dead
    text = "وأشار العميد إلى سقوط أكثر من 250 قتيلا في صفوف الحوثيين و87 أسيرا في الحديدة يوم الثلاثاء."
    got = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 6, 20))}
    assert got == {"أكثر من 250": "killed", "87": "arrested"}


def test_the_trapped_brought_out_are_rescued_and_those_still_trapped_are_not():
    # a random draw of session 23 (C10): Thailand's cave boys had been displaced, 4 and 12 "in conflict"
    day = datetime(2018, 7, 11)
    text = "تمكنت القوات الخاصة التايلاندية من إجلاء الفتيان الـ12 ومدربهم الذين كانوا عالقين في مغارة في شمال تايلاند."
    assert [f.measure for f in _figures(text, day=day)] == ["rescued"]
    text = "وقالت الفرقة إن الصبية الأربعة المتبقين ومدربهم خرجوا جميعا بسلام الثلاثاء."
    assert [f.measure for f in _figures(text, day=day)] == ["rescued"]
    text = "وقالت المفوضية إن 133 ألف شخص خرجوا من الغوطة الشرقية وأن عشرات الألوف لا يزالون عالقين في دوما."
    assert "rescued" not in {f.measure for f in _figures(text, day=datetime(2018, 4, 10))}
    # who fled stay displaced, whatever is trapped or safe after them (the review of session 23)
    for text in (
        "ونزح 3 آلاف شخص من القرية وبقي مئات عالقين.", "ونزح 5 آلاف شخص من المدينة ويعيشون بسلام في مخيمات.",
        "وغادر 400 مسلح مع عائلاتهم المنطقة بسلام نحو إدلب.",
    ):
        assert "rescued" not in {f.measure for f in _figures(text, day=day)}, text


def test_those_named_in_warrants_are_sought_not_held():
    # held-out sets 41 and 42: Libya's warrants for 205 smugglers, Iraq's 1,071 arrest warrants (476 carried out)
    day = datetime(2018, 8, 9)
    text = (
        "وأصدرت السلطات القضائية 1071 أمر قبض في قضايا مالية، تم تنفيذ 476 منها. "
        "وأصدرت المحكمة مذكرة اعتقال بحق 12 متهما."
    )
    assert {f.quote: f.measure for f in _figures(text, day=day)} == {"1071": "other", "476": "arrested", "12": "other"}
    # the released are free (held-out sets: Saudi activists, Sudan's detainees; أسيرا is held otherwise)
    text = "وأفرجت السلطات الإسرائيلية عن 30 أسيرا فلسطينيا. وأطلقت السلطات سراح 45 معتقلا. واعتقلت الشرطة 47 شخصا."
    assert [f.measure for f in _figures(text, day=day)] == ["other", "other", "arrested"]
    # a release asked for frees no one, nor does one told before another number (the review of session 23)
    text = (
        "طالبت منظمات بالإفراج عن 50 معتقلا لا يزالون في سجون النظام. "
        "وأطلقت السلطات سراح 45 معتقلا واعتقلت 30 آخرين."
    )
    assert {f.quote: f.measure for f in _figures(text, day=day)} == {"50": "arrested", "45": "other", "30": "arrested"}
    # an order to arrest is no warrant counted: those arrested on it are held
    assert [f.measure for f in _figures("وأمر الرئيس باعتقال 50 شخصا.", day=day)] == ["arrested"]


def test_those_who_left_prison_are_released_not_displaced():
    # held-out set 41 (after its first score): Boko Haram suspects out of prison for rehabilitation
    text = "وأفادت الوزارة بأن 526 شخصا ممن تثور مزاعم عن انتمائهم لبوكو حرام خرجوا من السجن لإعادة التأهيل."
    assert [f.measure for f in _figures(text, day=datetime(2018, 2, 19))] == ["other"]
    text = "وخرج 500 شخص من الغوطة الشرقية إلى إدلب."
    assert [f.measure for f in _figures(text, day=datetime(2018, 3, 19))] == ["displaced"]


def test_what_came_with_a_count_is_another_clauses_measure():
    # held-out set 43 (after its first score): Jordan's protesters had been wounded by the «إصابة» of the clause after
    text = "وبلغ مجموع المحتجين 49 ألف محتجا في أرجاء البلاد، ترافقت مع تسجيل 42 إصابة بين صفوف قوات الأمن."
    got = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 6, 4))}
    assert got["49 ألف"] != "wounded" and got["42"] == "wounded"


def test_those_fleeing_in_the_imperfect_are_displaced_and_martyred_and_hurt_together_are_casualties():
    # held-out sets 40 and 41 (after their first scores)
    day = datetime(2018, 4, 24)
    text = "ولم يبق أمام المدنيين الذين يفرون بالآلاف سوى ممر وحيد."
    assert [f.measure for f in _figures(text, day=day)] == ["displaced"]
    text = "وكانت جريمة استهداف عرس في بني قيس قد أسفرت عن استشهاد وجرح العشرات من الأهالي."
    assert [f.measure for f in _figures(text, day=day)] == ["casualties"]


def test_a_number_past_a_comma_after_the_measure_word_leaves_the_word_to_the_count_before_it():
    # held-out set 43 (after its first score): «4 من أفراد الشرطة أصيبوا، 3 جروحهم طفيفة» had left the 4 uncounted
    text = "وقالت الشرطة الإسرائيلية إن 4 من أفراد الشرطة أصيبوا، 3 جروحهم طفيفة."
    assert [f.measure for f in _figures(text, day=datetime(2018, 7, 4))] == ["wounded", "wounded"]
    # (in its own clause the number after the word is the word's: على متنها 110 أشخاص قتل 107 منهم)
    text = "شارك 5000 شخص في المسيرة وأصيب، 30 منهم بجروح طفيفة."  # (a word opening its item with و: the 30's)
    assert {f.quote: f.measure for f in _figures(text, day=datetime(2018, 7, 4))}["5000"] != "wounded"
    text = "وسقطت الطائرة وعلى متنها 110 أشخاص قتل 107 منهم."
    assert {f.quote: f.measure for f in _figures(text, day=datetime(2018, 5, 19))}["107"] == "killed"


def test_refugees_going_home_are_no_longer_displaced():
    # held-out set 43 (after its first score): Syrian refugees leaving Lebanon for home
    day = datetime(2018, 7, 28)
    text = "وأفادت وسائل إعلام أن مئات اللاجئين السوريين عادوا السبت إلى سوريا. ونزح 5 آلاف شخص من مدينة أخرى."
    assert [f.measure for f in _figures(text, day=day)] == ["other", "displaced"]
    # a return told in the next item, of others, or prevented leaves the fled displaced (the review of session 23)
    for text, fled in (
        ("نزح 3000 شخص وعاد 500 منهم.", "3000"), ("نزح أكثر من 10 آلاف شخص، عاد منهم 2000 فقط.", "أكثر من 10 آلاف"),
        ("فر 200 مدني وعادت القوات الحكومية إلى السيطرة.", "200"), ("يمنع الجيش عودة 40 ألف نازح.", "40 ألف"),
    ):
        assert {f.quote: f.measure for f in _figures(text, day=day)}[fled] == "displaced", text


def test_those_whose_fate_is_unknown_are_missing_and_a_fate_feared_for_is_not():
    # held-out sets 40 and 30 (the Sweida hostages' 17 men, Dapchi's 110 schoolgirls)
    day = datetime(2018, 7, 30)
    text = "ولا يزال هناك 17 رجلا لا يعرف مصيرهم. وعجزت السلطات عن معرفة مصير 110 تلميذات."
    assert [f.measure for f in _figures(text, day=day)] == ["missing", "missing"]
    text = "وأبدت الأونروا قلقها على مصير 5 آلاف مدني في المخيم."
    assert "missing" not in {f.measure for f in _figures(text, day=day)}


def test_since_an_event_dated_by_a_month_or_a_year_runs_to_the_day_reported():
    # held-out sets (BB-middleEast-569-20180602, AL-internationalNews-277-20180301)
    text = "وقتل نحو 10 آلاف شخص في اليمن منذ تدخل التحالف بقيادة السعودية في مارس/ آذار 2015."
    (f,) = _figures(text, "اليمن", datetime(2018, 6, 2, 9))
    assert (f.period, f.as_of_first, f.as_of_last) == ("total", date(2015, 3, 26), date(2018, 6, 2))
    text = "أجبرت الميليشيات أكثر من ثلاثة ملايين شخص على النزوح في اليمن منذ الانقلاب في 2014."
    (f,) = _figures(text, "اليمن", datetime(2018, 3, 1, 9))
    assert (f.period, f.as_of_first, f.as_of_last, f.place) == ("total", date(2014, 1, 1), date(2018, 3, 1), "اليمن")


def test_aircraft_and_boats_are_no_rescued():
    # a real multi-outlet story read at review (FR-internationalNews-2761-20180817, Kerala's floods)
    text = "وتم إنقاذ نحو 6 آلاف شخص، وشاركت نحو 30 مروحية و320 زورقا في عمليات الإنقاذ."
    measures = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 8, 17))}
    assert measures["نحو 6 آلاف"] == "rescued" and measures["نحو 30"] == measures["320"] == "other"


def test_who_took_refuge_are_displaced():
    # a real multi-outlet story read at review (Kerala's floods) and the ninth held-out set (the Rohingya)
    text = "وذكر مسؤولون أن أكثر من 300 ألف شخص لجؤوا إلى أكثر من 1500 مخيم إغاثي."
    measures = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 8, 18))}
    assert measures["أكثر من 300 ألف"] == "displaced"


def test_buildings_are_no_rescued():
    # a real multi-outlet story read at review (BB-internationalNews-923-20180807, Lombok's quake)
    text = ("ويعد المسجد أحد آلاف الأبنية التي دمرت في شمال لومبوك، وقالت الوكالة الوطنية للبحث والإنقاذ "
            "إن فرقها تبحث عن ناجين.")
    assert {f.measure for f in _figures(text, day=datetime(2018, 8, 7))} <= {"other"}


@pytest.mark.parametrize(("text", "measures"), [
    # the next item of a co-ordination opens with و a few words after the number (held-out sets:
    # FR-internationalNews-2731-20180815, BB-internationalNews-425-20180427; the tuned set: CN-middleEast-1499-20181012)
    ("وقدر مسؤولون آخرون عدد القتلى بحوالى 48 وعدد الجرحى بالعشرات.", {"بحوالى 48": "killed"}),
    ("وأودت هذه الهجمات في الفترة بين 2010 و2012 بحياة 25 شخصا على الأقل وخلفت أكثر من 100 جريح.",
     {"25": "killed", "أكثر من 100": "wounded"}),
    ("وبمقتل الستة ترتفع حصيلة القتلى منذ 30 آذار/مارس الماضي إلى 204 شخصا وأكثر من 22 ألف مصاب.",
     {"204": "killed", "وأكثر من 22 ألف": "wounded"}),
    # ... but a measure word before that governs a number of its own clause is not this one's
    ("وأعلنت الوكالة مقتل 384 شخصا على الأقل، وجرح 540 شخصا على الأقل، فضلا 29 شخصا وصفوا في عداد المفقودين.",
     {"384": "killed", "540": "wounded", "29": "missing"}),
])
def test_a_number_takes_the_measure_before_it_when_the_next_item_of_a_coordination_follows(text, measures):
    figs = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 8, 15))}
    assert {q: figs.get(q) for q in measures} == measures


def test_a_settlement_the_lead_leaves_unnamed_is_the_one_named_further_down():
    # a held-out set (AL-internationalNews-1093-20180510): the market blast's toll stayed in Somalia
    text = ("قتل 11 شخصا على الاقل واصيب عشرة آخرون بجروح الاربعاء في انفجار وقع في سوق مزدحم في مدينة صغيرة "
            "تقع شمال مقديشو، بحسب ما افاد مصدر أمني وشهود. وقال المسؤول الأمني المحلي إن الانفجار وقع بفعل "
            "عبوة مفخخة زرعت في سوق مدينة وانلاوين الصغيرة الواقعة على بعد 70 كلم شمالي مقديشو.")
    figs = {f.quote: f.place for f in _figures(text, "11 قتيلاً في انفجار استهدف سوقا مزدحما بالصومال",
                                               datetime(2018, 5, 9))}
    assert figs["11"] == figs["عشرة"] == "وانلاوين"


def test_a_province_named_before_the_settlement_keeps_the_toll():
    # the tuned set (SK-internationalNews-3162-20180908): all but three of Hokkaido's dead were in Atsuma
    text = ("يواصل منقذون وجنود يابانيون، السبت، عمليات البحث عن المفقودين في قرية صغيرة دفنتها انهيارات أرضية "
            "ناجمة عن زلزال قوي في اليابان. وذكرت حكومة هوكايدو، السبت، أن 30 شخصا لقوا حتفهم. "
            "وجميع الضحايا ما عدا 3 في بلدة أتسوما.")
    figs = {f.quote: f.place for f in _figures(text, "ارتفاع عدد قتلى زلزال اليابان", datetime(2018, 9, 8))}
    assert figs["30"] in ("اليابان", "هوكايدو")


def test_a_toll_since_the_battle_began_runs_from_the_day_the_attack_was_launched():
    # a held-out set (AL-internationalNews-1194-20180516): «منذ بدء المعركة» had no start, so the toll
    # was the day reported's alone
    text = ("وقال حاكم ولاية فاراه، اليوم الأربعاء، إن أكثر من 300 من مسلحي طالبان لقوا حتفهم في معركة. "
            "وشنت طالبان هجمات من عدة اتجاهات، صباح الثلاثاء، بهدف السيطرة على المدينة. "
            "وقال المسؤول في إدارة الصحة بالولاية إن 28 جثة نقلت إلى المستشفى منذ بدء المعركة.")
    (f,) = [f for f in _figures(text, "هجوم واسع لطالبان غرب أفغانستان", datetime(2018, 5, 16, 6)) if f.quote == "28"]
    assert (f.as_of_first, f.as_of_last) == (date(2018, 5, 15), date(2018, 5, 16))


def test_a_sentence_opening_with_among_them_counts_a_part_of_the_toll_before_it():
    # a held-out set (FR-internationalNews-1985-20180625): the women and children among the rescued were "other"
    text = ("وقال المتحدث إن عملية ثالثة شملت 490 مهاجرا تم انتشالهم قبالة مدينة القره بوللي. "
            "وكان بينهم 75 امرأة و20 طفلا.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 6, 25))}
    assert figs["490"].measure == "rescued"
    assert (figs["75"].measure, figs["75"].subset) == ("rescued", True)
    assert figs["20"].measure == "rescued"


def test_a_settlement_the_article_introduced_by_name_is_a_place_where_written_alone():
    # a held-out set (AL-internationalNews-1934-20180715): Boboshe, named after قرية once, then alone
    text = ("قتل خمسة أشخاص في هجوم على قرية بوبوشي في ولاية بورنو. "
            "وقال أحد السكان إن نحو 100 شخص فروا من بوبوشي بعد الهجوم.")
    figs = {f.quote: f.place for f in _figures(text, day=datetime(2018, 7, 15))}
    assert figs["نحو 100"] == "بوبوشي"


def test_the_names_an_article_introduces_as_settlements():
    from khulasa.analyse.figures.place import local_names
    # (held-out sets: SK-internationalNews-70-20180222, SK-middleEast-3750-20181006)
    assert local_names(["وأساغاشيا بلدة حدودية تتيح الوصول إلى نيجيريا."]) == {"اساغاشيا": "أساغاشيا"}
    assert local_names(["واستعانت محافظة الوادي الجديد بثلاثين سيارة إطفاء."]) == {}


def test_the_sick_of_a_bacterial_outbreak_are_cases_not_wounded():
    # a held-out set (BB-internationalNews-601-20180602): E. coli's 197 cases were read as wounded
    text = ("لقي خمسة أشخاص حتفهم حتى الآن في تفشي بكتيريا \"إي كولاي\" بالولايات المتحدة والإبلاغ عن إصابة "
            "197 شخصا في 35 ولاية.")
    figs = {f.quote: f.measure for f in _figures(text, "وفاة خمسة بسبب الخس الملوث", datetime(2018, 6, 2))}
    assert figs["خمسة"] == "killed" and figs["197"] == "other"


def test_refugees_counted_right_after_a_word_of_what_befell_them_take_that_word():
    # a held-out set (SK-middleEast-3837-20181012): 32 refugees rescued were counted as displaced
    text = "وتمكنت القوة الدولية بالتعاون مع الجيش اللبناني، الجمعة، من إنقاذ 32 لاجئا سوريا كانوا عالقين في البحر."
    (f,) = _figures(text, day=datetime(2018, 10, 12))
    assert f.measure == "rescued"
    # ... but a body recovered is of the dead (the tuned set, FR-internationalNews-853-20180422)
    (f,) = _figures("وأورد الإعلام الرسمي أنه تم انتشال أكثر من 150 جثة من المقبرتين.", day=datetime(2018, 4, 22))
    assert f.measure == "killed"


def test_where_migrants_were_heading_is_not_where_they_died_and_their_authorities_stay_theirs():
    # a held-out set (FR-internationalNews-2342-20180716): placed in Italy, and the Libyan authorities were
    # credited as Italy's
    text = ("أفادت السلطات الليبية الاثنين أن ثمانية مهاجرين بينهم ستة أطفال قضوا اختناقا داخل شاحنة أثناء عملية "
            "تهريبهم نحو إيطاليا.")
    (f, _) = _figures(text, "ليبيا: وفاة ثمانية مهاجرين اختناقا في شاحنة", datetime(2018, 7, 16))
    assert f.place == "ليبيا" and f.source_canonical != "السلطات الإيطالية"
    # a missile fired toward a town struck there (the tuned set, CN-middleEast-373-20180325)
    (f,) = _figures("وأطلق الحوثيون 3 صواريخ باتجاه جازان.", day=datetime(2018, 3, 25))
    assert f.place == "جازان"


@pytest.mark.parametrize(("text", "quote", "measure"), [
    # a random draw of the whole-corpus store (seed 12: F6, F1)
    ("عشرات القتلى ومئات المفقودين وآلاف المهجرين من بيوتهم، هذه هي حصيلة ثوران بركان فويغو.", "وآلاف", "displaced"),
    ("وعززت الولايات المتحدة الجهود العسكرية في الصومال، بما في ذلك عشرات هجمات الطائرات بدون طيار.", "عشرات",
     "strikes"),
    # ... while the states and positions attacked are places (a held-out set, AL-internationalNews-620-20180325)
    ("وقال المتحدث إن المعارضة شنت هجمات على 3 مواقع للجيش في ثلاث ولايات.", "ثلاث", "other"),
    # bombings counted, whatever befell people after them; churches struck (a random draw of the whole-corpus store,
    # seed 16: C1, C10, the bombings and the churches had joined the death toll; rounds of escalation, ثلاث موجات
    # تصعيد, are no figure at all: test_figures_real's counts of what no story tracks)
    ("قالت الشرطة إن 3 تفجيرات انتحارية وقعت بثلاث كنائس أدت إلى سقوط عدة قتلى في مدينة سورابايا.", "3", "strikes"),
    ("قالت الشرطة إن 3 تفجيرات انتحارية وقعت بثلاث كنائس أدت إلى سقوط عدة قتلى في مدينة سورابايا.", "بثلاث", "other"),
    ("وقتلت سلسلة تفجيرات بكابول العشرات.", "العشرات", "killed"),
    # things counted near a toll or an arrest (held-out sets: CN-middleEast-1031-20180527, SK-internationalNews-515-
    # 20180322, AL-internationalNews-1818-20180709)
    ("وتمكنت من قتل 43 إرهابيا وتدمير 6 عربات مثبتة عليها أسلحة ثقيلة.", "6", "other"),
    ("وذكر أن الشرطة ألقت القبض على أكثر من 100 وصادرت 19 سلاحا ناريا.", "19", "other"),
    ("في طريقه إلى اسطنبول حين خرجت ست عربات منه عن سكتها.", "ست", "other"),
    # marchers, not the displaced (BB-middleEast-499-20180514)
    ("وخرج المئات من أتباع الصدر في مظاهرات فرح بعد الإعلان عن فوز القائمة.", "المئات", "other"),
    # taken to hospital: the hurt (held-out sets: AL-internationalNews-1818-20180709, FR-internationalNews-2552-20180801
    # and BB-internationalNews-18-20180215)
    ("وذكرت وسائل الإعلام أنه تم نقل 338 شخصا إلى المستشفى بعد الحادث.", "338", "wounded"),
    ("ووفقا للسلطات المحلية، تم إدخال نحو 49 شخصا إلى المستشفيات.", "نحو 49", "wounded"),
    ("وقال الطبيب للصحفيين إن 17 شخصا نقلوا إلى مستشفيات المنطقة.", "17", "wounded"),
    # the killed by an idiom or a verb of dying (held-out sets: CN-middleEast-1321-20180908, BB-middleEast-569-20180602)
    ("استهدفت إيران مقر الحزب بقصف صاروخي راح ضحيته 12 شخصاً.", "12", "killed"),
    ("وفتك وباء الكوليرا بنحو 2200 آخرين.", "بنحو 2200", "killed"),
    # «فقد» before the number: the missing, unless their lives or homes are what was lost (held-out sets:
    # FR-internationalNews-1677-20180606, BB-internationalNews-893-20180730, SK-internationalNews-3140-20180906)
    ("قتل ما لا يقل عن 46 مهاجرا وفقد 16 آخرون في حادثة غرق زورق.", "16", "missing"),
    ("كما فقد اثنان من أفراد مكافحة الحرائق حياتهما الخميس.", "اثنان", "killed"),
    ("وقال فليمنج إن الفيضانات أدت إلى أن فقد الآلاف منازلهم.", "الآلاف", "displaced"),
    # residents driven out are the displaced (SK-internationalNews-458-20180320, SK-internationalNews-2126-20180614)
    ("دمرت النيران منازل وأجبرت مئات السكان على الفرار.", "مئات", "displaced"),
    ("ودفعت الأزمة مئات الآلاف من سكانها إلى الرحيل.", "مئات الآلاف", "displaced"),
    ("وقاموا بذبح 18 شخصا وخطف عشر نساء.", "18", "killed"),
    # the nineteenth held-out set: a relief ship's rescued, shelters' people, a vaccination campaign's targets
    # (FR-internationalNews-1586-20180602, SK-internationalNews-738-20180402, AL-internationalNews-1054-20180508)
    ("أنقذت سفينة أكواريوس الإغاثية ليل الجمعة 158 مهاجرا غير شرعي قبالة سواحل جزيرة صقلية.", "158", "rescued"),
    ("وأضاف أن 1873 شخصا انتقلوا إلى 35 مركز إيواء.", "1873", "displaced"),
    ("وأضاف أن 1873 شخصا انتقلوا إلى 35 مركز إيواء.", "35", "other"),
    ("وبدأت الحملة في أربع مديريات بعدن مستهدفة تطعيم 350 ألف شخص.", "350 ألف", "aid"),
    ("وبدأت الحملة في أربع مديريات بعدن مستهدفة تطعيم 350 ألف شخص.", "أربع", "other"),
    # ... while a counted noun's own adjective, indefinite as its noun, still says what is counted
    ("ووزعت المنظمة 500 سلة غذائية على العائلات في دوما.", "500", "aid"),
    # ... not a hospital's doctors
    ("وقالت المتحدثة باسم المنظمة التي تدير أربع مستشفيات يعمل بها 86 طبيبا.", "86", "other"),
])
def test_attacks_counted_are_strikes_and_the_forced_from_home_are_displaced(text, quote, measure):
    figs = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 6, 9))}
    assert figs[quote] == measure


def test_people_trapped_under_the_rubble_are_not_besieged():
    # a random draw of the whole-corpus store (seed 12, C8): joined Palu's population as "besieged"
    text = "وأضاف أنه قد يكون هناك أكثر من 50 شخصاً قد يكونوا محاصرين تحت الأنقاض."
    (f,) = _figures(text, day=datetime(2018, 10, 1))
    assert f.measure == "missing"  # (buried, their fate unknown: the held-out sets' call since the eleventh)
    # ... nor by a second «محاصرين» of the sentence that said so (the real sentence, BB-internationalNews-1095-20181001,
    # read in session 24's multi-outlet Sulawesi story: its «besieged» had made Palu's population the besieged again)
    text = ("وأضاف أنه قد يكون هناك أكثر من 50 شخصاً قد يكونوا محاصرين تحت الأنقاض\"، مشيراً إلى أنهم سمعوا أصواتاً"
            " لأشخاص محاصرين في عدة مناطق وكانوا يطلبون المساعدة.")
    (f,) = _figures(text, day=datetime(2018, 10, 1))
    assert f.measure == "missing"
    (f,) = _figures("انهارت بناية مما أدى إلى حصار ما لا يقل عن 15 شخصا تحت الأنقاض.", day=datetime(2018, 7, 17))
    assert f.measure == "missing"  # (the siege word a few words before, H73)
    (f,) = _figures("ويعيش نحو 400 ألف شخص محاصرين في الغوطة الشرقية.", day=datetime(2018, 3, 1))
    assert f.measure == "besieged"


def test_wars_beside_a_siege_are_not_the_besieged():
    # a real multi-outlet story read at review (FR-internationalNews-1237-20180514)
    text = ("ويحتج المتظاهرون أيضا ضد الحصار الذي تفرضه إسرائيل منذ أكثر من عشرة أعوام على القطاع الفقير والمكتظ "
            "والذي تسيطر عليه حركة حماس التي شنت عليها إسرائيل ثلاث حروب منذ 2008.")
    figs = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 5, 14))}
    assert figs.get("ثلاث", "other") == "other"


def test_a_military_base_named_by_its_place_is_where():
    # a held-out set (FR-internationalNews-697-20180412): the Boufarik crash's 257 dead were Algeria's
    text = "وتحطمت طائرة نقل عسكرية جزائرية بعيد إقلاعها من قاعدة بوفاريك الجوية، ما أدى إلى مقتل 257 شخصا."
    (f,) = _figures(text, "الجزائر: تحطم طائرة عسكرية", datetime(2018, 4, 12))
    assert f.place == "بوفاريك"


def test_an_incident_the_lead_dates_by_a_day_and_that_ran_from_the_night_before_spans_both_days():
    # a held-out set (AL-internationalNews-1679-20180618): the shelling from Sunday evening to Monday dawn
    text = ("ارتكبت ميليشيات الحوثي، اليوم الاثنين، مجزرة مروعة جديدة في الضالع، ذهب ضحيتها 9 قتلى و15 جريحا. "
            "وقال سكان محليون إن القصف استمر لساعات طويلة منذ مساء الأحد حتى فجر الاثنين.")
    figs = {f.quote: f for f in _figures(text, "مجزرة حوثية جديدة في الضالع", datetime(2018, 6, 18, 13))}
    assert (figs["9"].as_of_first, figs["9"].as_of_last) == (date(2018, 6, 17), date(2018, 6, 18))
    # ... but a night that ended before the lead's day is another incident's
    text = text.replace("منذ مساء الأحد حتى فجر الاثنين", "منذ مساء الجمعة حتى فجر السبت")
    figs = {f.quote: f for f in _figures(text, "مجزرة حوثية جديدة في الضالع", datetime(2018, 6, 18, 13))}
    assert (figs["9"].as_of_first, figs["9"].as_of_last) == (date(2018, 6, 18), date(2018, 6, 18))


def test_a_disasters_toll_runs_from_the_day_it_began_even_over_a_week_before():
    # a held-out set (SK-internationalNews-3140-20180906): North Korea's floods since 28 August, told on 6 September
    text = ("قال الاتحاد الدولي للصليب الأحمر والهلال الأحمر الخميس، إن 76 شخصا على الأقل لقوا حتفهم في فيضانات "
            "شديدة في كوريا الشمالية. وأضاف أن الأمطار الغزيرة بدأت بالسقوط على الإقليمين يوم 28 أغسطس.")
    (f, *_) = _figures(text, "فيضانات كوريا الشمالية", datetime(2018, 9, 6, 9))
    assert (f.as_of_first, f.as_of_last) == (date(2018, 8, 28), date(2018, 9, 6))


def test_a_day_still_to_come_dates_no_figure():
    # a held-out set (SK-technology-1477-20180912): a phone's price was dated by the day it goes on sale
    text = ("ويأتي الهاتف بثلاث سعات للتخزين، وبسعر يبدأ من 749 دولار أميركي، علما أنه سيتوفر ابتداء من "
            "19 أكتوبر المقبل.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 9, 12, 10))}
    assert (figs["749"].as_of_first, figs["749"].as_of_last) == (date(2018, 9, 12), date(2018, 9, 12))


@pytest.mark.parametrize(("text", "quote", "measure"), [
    # those aboard a plane that crashed or a boat that sank are not its dead (held-out sets: AL-internationalNews-
    # 1240-20180519, BB-middleEast-576-20180603)
    ("وسقطت طائرة البوينغ فوق منطقة غير مأهولة ظهر الجمعة، بعد إقلاعها من مطار هافانا وعلى متنها 110 أشخاص.",
     "110", "other"),
    ("وكان آخر قارب غرق قبالة السواحل التونسية يقل 180 شخصا.", "180", "other"),
    # ... a boat's masculine verb after them is its own (held-out set 34, AL-internationalNews-1982-20180718: the boat
    # sank), not theirs
    ("قالت المحطة إن قارباً يحمل 160 مهاجراً غرق قبالة شمال قبرص، ما أودى بحياة 16 شخصاً.", "160", "other"),
    ("قالت المحطة إن قارباً يحمل 160 مهاجراً غرق قبالة شمال قبرص، ما أودى بحياة 16 شخصاً.", "16", "killed"),
    ("كان القارب يقل 50 مهاجرا غرقوا جميعا.", "50", "killed"),
    # ... but all aboard killed are the dead, and those aboard a rescue ship the rescued
    ("تحطمت طائرة في النيبال ما أسفر عن مقتل جميع من كانوا على متنها وعددهم 23 شخصا.", "23", "killed"),
    ("ورست سفينة الإنقاذ التي تقل 141 مهاجرا أنقذتهم قبالة ليبيا.", "141", "rescued"),
])
def test_those_aboard_are_counted_as_aboard(text, quote, measure):
    figs = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 5, 19))}
    assert figs[quote] == measure


def test_where_a_boat_was_heading_is_not_where_its_passengers_were_found():
    # a held-out set (SK-middleEast-3837-20181012): refugees off Lebanon were placed in Cyprus
    text = ("وأعلنت القوة الدولية أن قوتها البحرية عثرت على قارب متوقف في المياه الإقليمية اللبنانية شمال البلاد "
            "على متنه 32 راكبا، أثناء محاولتهم الانتقال إلى قبرص.")
    (f,) = _figures(text, "إنقاذ لاجئين سوريين في مركب متجه من لبنان إلى قبرص", datetime(2018, 10, 12))
    assert f.place in (None, "لبنان")


def test_time_words_past_a_sentences_end_inside_a_quotation_date_the_next_sentence_only():
    # read at review in the ninth session (Kerala's floods): the 164 dead borrowed the 36 hours of the 100
    text = ('وذكر مسؤول في حكومة ولاية كيرالا لفرانس برس أن "رئيس الحكومة أكد وفاة 164 شخصا. لقي نحو مئة شخص '
            'مصرعهم في الساعات الـ36 الأخيرة".')
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 8, 17, 9))}
    assert figs["164"].period != "window" and figs["نحو مئة"].period == "window"


def test_what_held_at_an_offensives_start_is_as_of_the_day_it_began():
    # a held-out set (FR-internationalNews-2122-20180703; noted, left alone, in the ninth session): the 30 % the
    # regime held at the offensive's start joined its current share as a conflict
    text = ("وبدأت منذ أسبوعين عمليات قصف عنيفة على ريف درعا الشرقي. وبحسب المرصد، فإن قوات النظام باتت تسيطر "
            "على 58،8% من مساحة محافظة درعا، في حين لم تكن تسيطر لدى بدء الهجوم سوى على 30% منها.")
    figs = {f.quote: f for f in _figures(text, "درعا", datetime(2018, 7, 3, 9))}
    assert (figs["30%"].as_of_first, figs["30%"].as_of_last) == (date(2018, 6, 19), date(2018, 6, 19))
    assert figs["58،8%"].as_of_first == date(2018, 7, 3)


def test_a_match_reports_national_teams_are_no_places_of_its_figures():
    # held-out sets (FR-sport-194-20180624): Belgium's and Panama's goals were placed in Belgium and Panama
    text = "فازت بلجيكا على تونس 5-2 في مونديال روسيا، وسجل هازارد 3 أهداف لبلجيكا."
    figs = _figures(text, "كأس العالم: بلجيكا تهزم تونس 5-2", datetime(2018, 6, 24))
    assert figs and all(f.place not in ("بلجيكا", "تونس") for f in figs)
    # ... while a city named as the venue stays (read at review: a venue is no team)
    text = "فازت فرنسا على كرواتيا 4-2 في موسكو في نهائي كأس العالم."
    figs = _figures(text, "فرنسا بطلة العالم", datetime(2018, 7, 15))
    assert [f.place for f in figs if f.quote == "4-2"] == ["موسكو"]


def test_a_toll_the_news_came_days_after_is_of_those_days_before_on_a_road_named_for_a_city():
    # the sixteenth held-out set (AL-internationalNews-611-20180325): the Weheliye hotel bombing three days before,
    # placed in Mecca after «طريق مكة المكرمة», a road of Mogadishu
    text = ("انفجرت سيارة مفخخة قرب البرلمان في مقديشو. جاء الانفجار بعد ثلاثة أيام من مقتل 14 شخصا على الأقل في "
            "انفجار سيارة مفخخة بالقرب من فندق وهيلي على طريق مكة المكرمة المزدحم.")
    figs = {f.quote: f for f in _figures(text, "مقديشو: انفجار قرب البرلمان", datetime(2018, 3, 25, 14))}
    assert (figs["14"].as_of_first, figs["14"].as_of_last) == (date(2018, 3, 22), date(2018, 3, 22))
    assert figs["14"].place == "مقديشو"


def test_an_officials_province_places_a_toll_the_lead_placed_nowhere():
    # the sixteenth held-out set (FR-internationalNews-1927-20180620): «غربي البلاد», then حاكم ولاية "بدغيس"
    text = ("قتل حوالي 30 جنديا وعنصر أمن أفغان في هجمات عنيفة شنتها طالبان ليل الثلاثاء الأربعاء. "
            "واتهم مسؤول أفغاني الحركة باستغلال وقف إطلاق النار. "
            "لقي ما لا يقل عن ثلاثين جنديا مصرعهم في هجمات شنها مسلحون من طالبان غربي البلاد. "
            "وأشار حاكم ولاية \"بدغيس\" عبد الغفور مالكزاي إلى أن \"أكثر من نصف القتلى قضوا في كمين\".")
    figs = {f.quote: f for f in _figures(text, "مقتل عشرات الجنود الأفغان في هجمات لطالبان", datetime(2018, 6, 20))}
    assert figs["حوالي 30"].place == "بدغيس"


def test_a_night_of_attacks_dates_the_tolls_told_the_next_day_over_both_days():
    # the sixteenth held-out set (FR-internationalNews-1927-20180620): told «اليوم الأربعاء» of attacks that ran
    # through the night from Tuesday
    text = ("قتل حوالي 30 جنديا وعنصر أمن أفغان في هجمات عنيفة شنتها طالبان ليل الثلاثاء الأربعاء واستمرت اليوم. "
            "لقي ما لا يقل عن ثلاثين جنديا مصرعهم في هجمات شنها مسلحون من طالبان غربي البلاد، حسبما أعلن مسؤولون "
            "اليوم الأربعاء.")
    figs = {f.quote: f for f in _figures(text, "مقتل عشرات الجنود الأفغان", datetime(2018, 6, 20, 12))}
    f = figs["ما لا يقل عن ثلاثين"]
    assert (f.as_of_first, f.as_of_last) == (date(2018, 6, 19), date(2018, 6, 20))


def test_a_toll_since_trumps_jerusalem_decision_runs_from_that_day_and_is_not_jerusalems():
    # the sixteenth held-out set (BB-middleEast-205-20180317): known_events.tsv holds the day; «بشأن القدس» is
    # what was decided about, not where
    text = ("وقد قتل أكثر من 30 فلسطينيا وأربعة إسرائيليين في أعمال العنف التي اندلعت منذ إعلان ترامب بشأن القدس "
            "حتى اليوم، بحسب وكالة فرانس بريس.")
    (f, *_) = _figures(text, "هجوم دهس قرب جنين", datetime(2018, 3, 17, 9))
    assert f.as_of_first == date(2017, 12, 6) and f.place != "القدس" and f.source_canonical == "فرانس برس"


def test_protesters_taking_to_the_streets_are_not_displaced_and_a_consulate_names_no_place():
    # read at review in the tenth session (Basra's protests, SK-middleEast-3525-20180907, SK-middleEast-3533-20180906)
    (f,) = _figures("وخرج آلاف إلى شوارع المدينة، الخميس، في احتجاجات عنيفة.", day=datetime(2018, 9, 7))
    assert f.measure == "other"
    (f,) = _figures("قتل 3 متظاهرين في محاولة اقتحام قنصلية إيران في البصرة.", day=datetime(2018, 9, 7))
    assert f.place == "البصرة"


@pytest.mark.parametrize(("text", "quote", "check"), [
    # read at review in the tenth session: each rule of the day kept from misfiring
    # (شن is inside واشنطن: no start of the battle on 2 June)
    ("وقالت واشنطن يوم 2 يونيو إنها تتابع الوضع. وقال المسؤول إن 28 جثة نقلت إلى المستشفى منذ بدء المعركة.", "28",
     lambda f: f.as_of_first != date(2018, 6, 2)),
    # (the number of ministers is no toll the next sentence gives)
    ("وقال الرئيس الأفغاني إن عدد الوزراء في الحكومة سيقلص. وقتل 5 أشخاص في انفجار منفصل.", "5",
     lambda f: f.source is None),
    # (a season's start is no offensive's)
    ("وبدأت منذ أسبوعين عمليات قصف عنيفة. وبلغ عدد النازحين عند بدء موسم الأمطار 3000 شخص.", "3000",
     lambda f: f.as_of_first != date(2018, 6, 3)),
    # (rescuers reaching a city are in it)
    ("وتمكنت فرق الإنقاذ من الوصول إلى حلب حيث قتل 384 شخصا.", "384", lambda f: f.place == "حلب"),
    # (a road named for a city of the same country is near it)
    ("قتل 5 أشخاص في انفجار على طريق الموصل في العراق.", "5", lambda f: f.place == "الموصل"),
])
def test_the_days_rules_do_not_misfire(text, quote, check):
    (f,) = [f for f in _figures(text, day=datetime(2018, 6, 17, 9)) if f.quote == quote]
    assert check(f)


def _places(text: str, title: str, day: datetime) -> dict[str, str | None]:
    """Each figure's quote and the place it was given."""
    return {f.quote: f.place for f in _figures(text, title=title, day=day)}


def test_a_verb_opening_a_sentence_before_a_settlement_noun_is_no_name():
    from khulasa.analyse.figures.place import local_names
    assert local_names(["واجتاحت مدينة ساحلية مياه الفيضانات.", "وتضررت بلدة صغيرة."]) == {}


def test_buses_are_things_and_the_people_they_carried_the_displaced():
    # a random draw of the whole-corpus store (seed 13, C9): 100 buses joined the fighters and families who left
    text = ("وذكر وكالة سانا للأنباء أن مئة حافلة تنقل 6749 شخصا، ربعهم من المقاتلين، غادرت المنطقة الخاضعة لفيلق "
            "الرحمن في الغوطة الشرقية.")
    figs = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 3, 29))}
    assert figs["مئة"] == "other" and figs["6749"] == "displaced"


def test_a_futures_delivery_month_dates_no_price():
    # a random draw of the whole-corpus store (seed 13, F6): gold's price was dated by «تسليم يونيو حزيران»
    text = ("ونزل الذهب 0.2 بالمئة إلى 1346.12 دولار للأوقية بحلول الساعة 1738 بتوقيت غرينتش، في حين انخفض المعدن "
            "في العقود الأميركية الآجلة تسليم يونيو حزيران 4.70 دولار.")
    figs = _figures(text, day=datetime(2018, 4, 20, 18))
    assert figs and all(f.as_of_first == date(2018, 4, 20) for f in figs)


def test_a_wreck_off_a_coast_is_the_coasts_and_the_sea_crossed_is_no_where():
    # the seventh held-out set (FR-internationalNews-2125-20180703): a migrants' boat sank off Garabulli; the
    # lead's «عبر البحر المتوسط» is the way they went, «قبالة السواحل الليبية» is where it sank, and the
    # sentence telling where the boat sank names the town the gazetteer lacks
    text = ("في حلقة جديدة من مأساة الهجرة عبر البحر المتوسط، وقع حادث غرق جديد قبالة السواحل الليبية، مساء "
            "الاثنين، حيث تمكنت قوات خفر السواحل الليبية من إنقاذ 41 شخصا، بينما لا يزال 63 آخرين في عداد "
            "المفقودين.\nوقال المتحدث إن المهاجرين كانوا يرتدون سترات نجاة.\nوأضاف أن الخفر لم يجدوا جثثا.\n"
            "وبحسب إفادات الناجين، كان هناك 104 أشخاص على متن الزورق الذي غرق قبالة سواحل القره بوللي على مسافة "
            "حوالى 50 كلم شرق طرابلس.")
    figs = {f.quote: f.place for f in _figures(text, day=datetime(2018, 7, 3, 7))}
    assert figs["41"] == figs["63"] == "القره بوللي"
    lead_only = {f.quote: f.place for f in _figures(text.split("\n")[0], day=datetime(2018, 7, 3, 7))}
    assert lead_only["41"] == "ليبيا"


def test_a_since_after_the_wounded_half_of_a_toll_is_the_killeds_too():
    # the twelfth held-out set (CN-middleEast-1335-20180909): the killed had been dated Tuesday alone
    text = ("قال مدير مركز الاتصال في منظمة الخوذ البيضاء لـCNN، الأحد، إن 27 شخصاً من بينهم رضيع لقوا حتفهم "
            "وأصيب 60 آخرون جراء الضربات الجوية التي استهدفت محافظة إدلب منذ الثلاثاء.")
    got = {f.quote: (f.period, f.as_of_first, f.as_of_last) for f in _figures(text, day=datetime(2018, 9, 9, 12))}
    assert got["27"] == got["60"] == ("total", date(2018, 9, 4), date(2018, 9, 9))


def test_since_an_evening_until_a_dawn_is_a_stretch_not_a_total():
    text = ("وقال سكان إن القصف أدى إلى مقتل تسعة أشخاص وإصابة 15 آخرين، مؤكدين أن القصف استمر لساعات طويلة منذ "
            "مساء الأحد حتى فجر الاثنين.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 6, 18, 12))}
    assert figs["15"].period != "total"


@pytest.mark.parametrize("text, quote, total", [
    # a toll said to may rise is the toll so far (the fourth held-out set, BB-internationalNews-457-20180503)
    ("وتوفي 64 شخصا في أوتار براديش، ويقول المسؤولون إن حصيلة القتلى قد تسجل زيادة.", "64", True),
    # ... but a count after the words is not (a tuned article, BB-internationalNews-762-20180708)
    ("وقالت السلطات إن عدد المحاصرين بسبب الفيضانات قد يزيد بشكل كبير خاصة بعدما أجلت نحو 2000 شخص من "
     "المحاصرين في مدينة كوراشيكي.", "نحو 2000", False),
    # a preliminary toll (the fifth held-out set, BB-middleEast-1112-20181016)
    ("وكان مدير الشركة أفاد بمقتل 6 أشخاص وإصابة 86 آخرين بجروح في حصيلة أولية للحادث.", "86", True),
    # a toll passing a mark, not a number passed (a tuned article, BB-middleEast-312-20180408)
    ("وأعلن المرصد أن حصيلة القتلى جراء الهجمات تخطت عتبة 220 قتيلا.", "220", True),
])
def test_a_toll_said_to_be_preliminary_or_to_may_rise_is_a_running_total(text, quote, total):
    (f,) = [f for f in _figures(text, day=datetime(2018, 5, 3, 9)) if f.quote == quote]
    assert (f.period == "total") is total


def test_a_years_length_in_words_is_no_year():
    # the seventeenth held-out set (FR-middleEast-192-20180405): «لمدة عام واحد» had dated 11 defendants to the year 1
    text = ("وفي يونيو/حزيران 2013 عاقبت محكمة جنايات القاهرة خمسة متهمين بالحبس مع الشغل لمدة عامين وعاقبت 11 "
            "متهما بالحبس مع الشغل لمدة عام واحد مع إيقاف التنفيذ.")
    (f,) = [f for f in _figures(text, day=datetime(2018, 4, 5, 14)) if f.quote == "11"]
    assert f.as_of_first is not None and f.as_of_first.year == 2013


def test_a_country_no_place_of_the_gazetteer_lies_in_is_still_a_country():
    # the seventeenth held-out set (FR-internationalNews-2535-20180731): Tajikistan, with no town of its own in the
    # gazetteer, had been taken for a town's name and beaten the district the lead named (منطقة دنغارا)
    text = ("تبنى تنظيم الدولة الإسلامية الاثنين اعتداء تسبب بمقتل أربعة سياح أجانب وجريحين في منطقة دنغارا على بعد "
            "150 كلم جنوب العاصمة دوشانبي في طاجيكستان.\nوصدمت سيارة المجموعة التي كانت تضم سبعة سياح خلال طوافهم "
            "بالدراجات.")
    figs = {f.quote: f.place for f in _figures(text, title="طاجيكستان: هجوم على سياح", day=datetime(2018, 7, 31))}
    assert figs["سبعة"] == "دنغارا"


def test_a_home_nation_in_a_match_report_is_a_team():
    text = ("فازت إنكلترا على بنما 6-1 في المجموعة السابعة من كأس العالم.\nورفع هاري كين رصيده إلى خمسة أهداف "
            "متصدرا ترتيب الهدافين.")
    # (the real title, FR-sport-194-20180624: England, a nation inside Britain, is its most precise place)
    title = "مونديال روسيا: المنتخب التونسي يودع المنافسة بعد فوز إنكلترا على بنما (6-1)"
    figs = _figures(text, title=title, day=datetime(2018, 6, 24, 15))
    assert figs and all(f.place is None for f in figs)


def test_where_a_shell_was_fired_from_and_the_capital_a_suburb_lies_east_of_are_not_its_site():
    # the seventeenth held-out set (BB-middleEast-225-20180320): the Jaramana market, not eastern Ghouta or Damascus
    text = ("تسببت قذيفة صاروخية أطلقت من منطقة الغوطة الشرقية على ضاحية شرقي العاصمة السورية دمشق في مقتل 35 "
            "شخصا، حسب وسائل إعلام حكومية في سوريا.\nوقالت وكالة سانا للأنباء الرسمية إن القذيفة الصاروخية سقطت "
            "على سوق مزدحم في جرمانا بضاحية شرقي دمشق.\nوأشارت إلى أن القذيفة قتلت 20 شخصا على الفور.")
    figs = _places(text, "29 قتيلا في هجوم بقذيفة صاروخية على سوق مزدحم شرقي دمشق", datetime(2018, 3, 20, 18))
    assert figs["35"] == figs["20"] == "جرمانا"


def test_the_capital_of_a_state_named_with_its_noun_is_the_place():
    # the seventeenth held-out set (SK-internationalNews-1160-20180425): Makurdi, not Benue state
    text = ("قتل 11 مسلما ينتمون الى قبيلة هاوسا، بيد حشد غاضب في ماكوردي عاصمة ولاية بينو في وسط نيجيريا، وذلك "
            "ردا على هجوم استهدف كنيسة.")
    figs = {f.quote: f.place for f in _figures(text, day=datetime(2018, 4, 25, 12))}
    assert figs["11"] == "ماكوردي"


def test_a_toll_since_then_starts_on_the_day_the_sentence_before_names():
    # the eighth held-out set (FR-internationalNews-1372-20180522): «ومذاك» points back to the coalition's intervention
    # of March 2015, which the known events give its day; the war's toll is Yemen's, not the Marib market's
    text = ("قتل خمسة مدنيين في قصف استهدف سوقا شعبيا في مأرب.\nوشهد النزاع تصعيدا مع تدخل السعودية على رأس تحالف "
            "عسكري في آذار/مارس 2015 دعما لحكومة الرئيس هادي.\nومذاك، قُتل نحو عشرة آلاف يمني وأصيب أكثر من 50 ألفا "
            "بجروح.")
    figs = {f.quote: f for f in _figures(text, title="اليمن: قصف على سوق في مأرب", day=datetime(2018, 5, 22, 9))}
    for quote in ("نحو عشرة آلاف", "أكثر من 50 ألفا"):
        f = figs[quote]
        assert (f.period, f.as_of_first, f.as_of_last) == ("total", date(2015, 3, 26), date(2018, 5, 22))
        assert f.place == "اليمن"


@pytest.mark.parametrize("text, measures", [
    # a random draw of the whole-corpus store (seed 14): the captured had been counted killed (C10), a side of a
    # fight as its dead (C2), and the Nakba's seventieth anniversary as 70 killed (C6; issue 14 names this one)
    ("أعلن تحالف دعم الشرعية، ليل السبت الأحد، مقتل 119 حوثياً وأسر 17 من الميليشيات خلال يومين.",
     {"119": "killed", "17": "arrested"}),
    ("أعلن الناطق باسم هيئة الأركان الفرنسية الخميس أن 30 جهاديا قتلوا الأحد الماضي في مالي في مواجهة مسلحة بين 60 "
     "جهاديا والقوات الفرنسية والمالية.", {"30": "killed", "بين 60": "other"}),
    ("أعلنت هيئة الأركان الفرنسية مقتل 30 جهاديا الأحد في اشتباكات بين قوة برخان الفرنسية والقوات المسلحة المالية من "
     "جهة و60 مسلحا من جهة أخرى.", {"30": "killed", "60": "other"}),
    # (the dead of both sides, told without «between», stay the dead)
    ("قتل 5 من الجيش من جهة و20 مسلحا من جهة أخرى في الاشتباكات.", {"5": "killed", "20": "killed"}),
    ("وطغت الأحداث الدامية التي شهدها قطاع غزة الاثنين على ذكرى النكبة السبعين، بعدما قتلت القوات الإسرائيلية قرابة "
     "60 فلسطينيا.", {"قرابة 60": "killed"}),
    # (the wounded set beside the dead, C6; a toll's own complement and a count after «besides» keep theirs)
    ("وقال مسؤولون فلسطينيون إنه إلى جانب القتلى ثمة أكثر من 2700 شخص قد جرحوا فيما وصفوه بمجزرة يوم الاثنين.",
     {"أكثر من 2700": "wounded"}),
    ("قتل 5 في القصف علاوة على إصابة 38 ، وهو ما نفاه الجيش.", {"5": "killed", "38": "wounded"}),
    ("أعيد المتوفون الخمسة إلى ميناء بطرابلس إلى جانب 115 ناجيا.", {"115": "rescued"}),
    # (a shoot-out's penalty kicks are no strikes: a random draw, seed 15, F14; its result is a score, both sides)
    ("بيد أن الهدفين استحالا إلى مجرد ذكريات في النهاية بعد أن فازت كرواتيا في المباراة بالضربات الترجيحية بأربعة "
     "أهداف مقابل ثلاثة.", {"بأربعة": "score", "ثلاثة": "score"}),
    ("كما لقي المنشور استغراب العديد من متابعي الصفحة الذين يبلغ عددهم أكثر من 1.2 مليون شخص.",
     {"أكثر من 1.2 مليون": "other"}),
    ("وتضررت ثلاث مناطق بالعواصف، ولقي نحو 31 شخصا.", {"ثلاث": "other", "نحو 31": "killed"}),
    # (the share of voters an exit poll gives an amendment is a vote share: issue 14 item 7)
    ("وأظهرت نتائج استطلاعين لآراء الناخبين عند خروجهم من مراكز الاقتراع، الجمعة، أن ما يزيد على ثلثي عدد الناخبين "
     "أيدوا هذا التعديل.", {"ما يزيد على ثلثي": "votes"}),
])
def test_what_the_number_counts_in_a_random_draws_claims(text, measures):
    # (the second draw, seed 15: C8's followers, C3's exit poll, with a toll «لقي» still gives)
    assert {f.quote: f.measure for f in _figures(text, day=datetime(2018, 5, 14, 20))} == measures


def test_across_the_country_is_no_towns_name_and_a_countrys_police_act_at_home():
    # a random draw of the whole-corpus store (seed 14, F6): a thousand arrests had been placed in «بأنحاء»
    text = ("اعتقلت الشرطة الروسية، السبت، ألف شخص على الأقل ممن شاركوا في احتجاجات بأنحاء البلاد ضد الرئيس "
            "فلاديمير بوتن.\nوكان الزعيم المعارض ألكسي نافالني قد دعا إلى الاحتجاج.\nوقالت منظمة إنها تلقت تقارير "
            "تفيد باعتقال 1029 على الأقل في 19 مدينة بأنحاء البلاد.")
    figs = _figures(text, title="اعتقالات عشية تنصيب بوتن", day=datetime(2018, 5, 5, 16))
    assert all(f.place != "بأنحاء" for f in figs)
    assert next(f.place for f in figs if f.quote == "ألف") == "روسيا"


def test_a_day_restated_in_gmt_is_not_the_figures_day():
    # a random draw of the whole-corpus store (seed 14, F12): Monday's Osaka quake had been dated Sunday by its GMT time
    text = ("ضرب زلزال بقوة 6,1 درجات صباح الاثنين منطقة أوساكا.\nوتسببت الهزة التي وقعت تحديدا عند الساعة 07,58 "
            "بالتوقيت المحلي (22,58 بتوقيت غرينتش الأحد) في انقطاع التيار الكهربائي، كما أثرت على أكثر من 170 ألف "
            "منزل.")
    (f,) = _figures(text, title="زلزال في أوساكا", day=datetime(2018, 6, 18, 9))
    assert f.as_of_first == date(2018, 6, 18)


def test_the_past_event_a_superlative_is_measured_against_is_no_site():
    # a held-out set (FR-internationalNews-705-20180412): a funeral bombing in the north had been placed in Baghdad,
    # where the deadlier attack it is compared with took place
    text = ("أدى انفجار بعبوة ناسفة شمال العراق لمقتل 16 شخصا على الأقل كانوا يشاركون في تشييع مقاتلين.\nقتل ما لا يقل "
            "عن 16 شخصا وأصيب 14 آخرون الخميس بانفجار عبوة ناسفة خلال تشييع مقاتلين.\nويعتبر هذا الاعتداء الأكثر دموية "
            "في العراق منذ الاعتداء الانتحاري المزدوج الذي أوقع 31 قتيلا ببغداد في 16 كانون الثاني/يناير الماضي.")
    figs = _figures(text, title="العراق: قتلى في تفجير استهدف جنازة مقاتلين", day=datetime(2018, 4, 12, 18))
    assert all(f.place != "بغداد" for f in figs if f.value in (16, 14))


def test_a_toll_told_beside_one_a_source_places_in_its_country_is_that_countrys_too():
    # review of a real multi-outlet story (the Saada school bus, CN-middleEast-1155-20180809): an aside on Gaza's
    # fighting in a story set in Saada had placed the seven wounded Israelis in Saada, the Palestinians in Palestine
    text = ("قال المتحدث باسم التحالف إن الضربات الجوية في صعدة كانت ضد هدف مشروع.\nأعلنت وزارة الصحة الفلسطينية عن "
            "مقتل ثلاثة فلسطينيين وجرح 12 آخرين، وذلك في قتال امتد من ليل الأربعاء حتى فجر الخميس، بين الجيش "
            "الإسرائيلي وحركة المقاومة الإسلامية (حماس)، أسفر أيضا عن جرح سبعة إسرائيليين، بحسب الجيش الإسرائيلي.")
    figs = _places(text, "اليمن: هجوم على حافلة في صعدة", datetime(2018, 8, 9, 20))
    assert figs["ثلاثة"] == figs["12"] == figs["سبعة"] == "فلسطين"


def test_a_toll_caused_by_the_event_the_news_came_a_month_after_is_of_that_event():
    # a random draw of the whole-corpus store (seed 17, C6): the Toronto van attack's 15 wounded, a month before,
    # had joined the Mississauga bombing's 15 in one claim
    text = ("أصيب 15 شخصا في مطعم بمدينة ميسيسوجا ليل الخميس. ووقع الهجوم في ميسيسوجا، سادس أكبر مدينة كندية، "
            "بعد شهر من واقعة دهس لحشد في تورونتو بسيارة فان بيضاء، ما أسفر عن سقوط 10 قتلى و15 مصابا.")
    figs = _figures(text, day=datetime(2018, 5, 25, 10))
    first, second = sorted((f for f in figs if f.value == 15), key=lambda f: f.start)
    assert first.as_of_first == date(2018, 5, 24) and second.as_of_first == date(2018, 4, 25)


def test_by_means_of_is_no_window_and_the_toll_keeps_the_leads_evening():
    figs = _figures(
        "قتل 25 شخصا في هجمات متفرقة نفذها متشددون في محافظة كركوك، مساء الأحد، حسبما أعلنت مصادر أمنية الاثنين. "
        "وقال ضابط في الشرطة إن مجموعة من المسلحين قامت، من خلال حاجز أمني وهمي على طريق رئيسي، بقتل 15 شخصا.",
        day=datetime(2018, 3, 12, 14),
    )
    (f,) = [f for f in figs if f.value == 15]
    assert f.period != "window" and f.as_of_first == date(2018, 3, 11)


def test_those_aboard_a_plane_are_counted_on_the_day_it_crashed():
    figs = _figures(
        "غرقت كوبا السبت في الحداد بعد الكارثة الجوية التي أودت بحياة أكثر من 100 شخص. "
        "وأعلنت السلطات الكوبية السبت الحداد الوطني بعد تحطم طائرة ركاب كان على متنها 110 أشخاص قتل 107 منهم. "
        "وسقطت طائرة البوينغ فوق منطقة غير مأهولة ظهر الجمعة بعد إقلاعها من مطار هافانا.",
        day=datetime(2018, 5, 19, 9),
    )
    aboard, killed = (next(f for f in figs if f.value == v) for v in (110, 107))
    assert aboard.as_of_first == killed.as_of_first == date(2018, 5, 18)


@pytest.mark.parametrize(("text", "day", "value", "dated"), [
    # a window word that opens a date the sentence states: that date, not the war's start
    ("كشف ائتلاف إغاثي، الجمعة، أن 84 أسرة فقدت عائلها في محافظة تعز، فيما تعرض 150 شخصا آخرين لإصابات "
     "أجبرتهم على التوقف عن أعمالهم، خلال شهري ابريل/نيسان ومايو/أيار 2018، "
     "جراء الحرب المستمرة التي تشنها ميليشيات الحوثي.",
     datetime(2018, 6, 9, 2), 150, ("point", date(2018, 4, 1), date(2018, 5, 31))),
    # the toll a superlative compares with is one day's, not a running total since it
    ("قتل 16 شخصا الخميس بانفجار عبوة ناسفة خلال تشييع في شمال العراق. ويعتبر هذا الاعتداء الأكثر دموية في العراق "
     "منذ الاعتداء الانتحاري المزدوج الذي أوقع 31 قتيلا ببغداد في 16 كانون الثاني/يناير الماضي.",
     datetime(2018, 4, 12, 9), 31, ("point", date(2018, 1, 16), date(2018, 1, 16))),
])
def test_a_toll_is_dated_by_the_date_its_own_words_give(text, day, value, dated):
    (f,) = [f for f in _figures(text, day=day) if f.value == value]
    assert (f.period, f.as_of_first, f.as_of_last) == dated


def test_sons_of_a_tribe_is_no_afghan_village():
    from khulasa.analyse.figures.place import places_named
    assert places_named("قتل 4 أشخاص من قبيلة بنو هاشم في الهجوم") == []


def test_how_long_a_mission_lasts_is_no_window_for_its_cost():
    figs = _figures(
        "ومن المتوقع أن يكون موعد الإطلاق بين منتصف أبريل الجاري ويونيو المقبل، في مهمة تستغرق عامين "
        "وتتكلف 377 مليون دولار.",
        day=datetime(2018, 4, 8, 9),
    )
    (f,) = [f for f in figs if f.quote == "377 مليون"]
    assert f.period != "window" and f.as_of_first == date(2018, 4, 8)


def test_during_clashes_names_an_event_the_day_after_the_clause_dates():
    figs = _figures(
        "وقال المتحدث باسم وزارة الصحة إن شخصا قتل وأصيب 5 آخرون بأعيرة نارية خلال اشتباكات عنيفة مع قوات الأمن، "
        "الأربعاء.",
        day=datetime(2018, 9, 6, 9),
    )
    (f,) = [f for f in figs if f.value == 5]
    assert f.as_of_first == f.as_of_last == date(2018, 9, 5)
    # the day an operation began is its start, not the day of a toll during it
    figs = _figures(
        "أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين. وأصيب 13 آخرون خلال المواجهات، "
        "وهي في إطار عملية غصن الزيتون التي بدأتها تركيا في يناير/كانون الثاني الماضي.",
        day=datetime(2018, 3, 2, 9),
    )
    (f,) = [f for f in figs if f.value == 13]
    assert f.as_of_first is None or f.as_of_first.month != 1


@pytest.mark.parametrize(("text", "title", "day", "quote", "place"), [
    # an incident near a town is placed there
    ("قتل 12 شخصا في تفجير انتحاري استهدف تجمعا انتخابيا في كويتا عاصمة إقليم بلوشستان. "
     "وفي وقت سابق، انفجرت قنبلة مخبأة على دراجة نارية قرب بانو لدى مرور موكب مرشح آخر، وقتلت أربعة أشخاص.",
     "", datetime(2018, 7, 13, 12), "أربعة", "بانو"),
    # a definite capital word names the capital after it (not the verb before); a scheduled day dates nothing
    ("قتل 30 شخصا في انفجار استهدف مركزا لتسجيل الناخبين في ولاية خوست الأحد. ويأتي الهجوم في إطار سلسلة هجمات "
     "تستهدف الانتخابات التشريعية المقررة في 20 تشرين الأول/أكتوبر، وبعد مقتل 25 شخصا في اعتداءين متفرقين "
     "شهدتهما العاصمة كابول.", "", datetime(2018, 5, 6, 12), "25", "كابول"),
    # a police chief's province further down places a lead that gave only the country
    ("قتل ما لا يقل عن ثلاثين شخصا في انفجار استهدف مركزا لتسجيل الناخبين في شرق أفغانستان الأحد. "
     "وقالت الشرطة إن قنبلة وضعت داخل خيمة في ساحة مسجد استعملت في التفجير. "
     "قتل وأصيب 30 شخصا على الأقل في انفجار هز مركزا لتسجيل الناخبين في شرق أفغانستان الأحد، بحسب مسؤولين. "
     "ويضاف الهجوم إلى قائمة الأحداث الدموية التي شهدتها البلاد في نهاية الأسبوع الحالي. "
     "وقال قائد شرطة ولاية خوست عبد الحنان زدران لوكالة الأنباء إن الانفجار وقع عند تجمع حشد من الناس.",
     "", datetime(2018, 5, 6, 12), "ما لا يقل عن ثلاثين", "خوست"),
    # the province alone at a clause's end is the province named before
    ("أعلن قائد في الشرطة الفلبينية، الخميس، أن قواته قتلت 13 شخصا يشتبه في أنهم تجار مخدرات، في عمليات وقعت، "
     "الأربعاء، في إقليم شمال العاصمة مانيلا. "
     "وقال روميو كارامات القائد بشرطة مقاطعة بولاكان، إن الشرطة نفذت نحو 60 عملية في إطار الحرب على المخدرات "
     "في بلدات بالمقاطعة، وفق رويترز.",
     "الفلبين: حرب المخدرات تقتل 13 تاجرا", datetime(2018, 3, 22, 9), "نحو 60", "بولاكان"),
    # a share is of the place after its من, whatever place stands nearer before it (seed 002)
    ('وعادت قوات النظام لتسيطر على جيب في جنوب شرقي المنطقة، يضم خصوصا #حزرما و #النشابية و"على 10% من الغوطة '
     'الشرقية"، بحسب المرصد السوري لحقوق الإنسان.', "", datetime(2018, 3, 10, 12), "10%", "الغوطة الشرقية"),
])
def test_a_toll_is_placed_where_the_words_around_it_say(text, title, day, quote, place):
    (f,) = [f for f in _figures(text, title=title, day=day) if f.quote == quote]
    assert f.place == place
    if quote == "25":
        assert f.as_of_first is None or f.as_of_first <= date(2018, 5, 6)


@pytest.mark.parametrize(("text", "places"), [
    ("وصل المقاتلون إلى معقلهم قرب دمشق", []),  # a stronghold near a city has it for a landmark
    ("قتل 57 شخصا في اعتداء انتحاري استهدف مركز تسجيل للانتخابات في غرب كابول", ["كابول"]),  # in its west
])
def test_near_a_city_and_in_its_west(text, places):
    from khulasa.analyse.figures.place import places_named
    assert places_named(text) == places


def test_a_year_in_a_clause_of_the_past_after_a_comma_dates_that_clause_s_count_only():
    # a random draw of the whole-corpus store (seed 19, F13): Tunisia's Jews today, against 1956's hundred thousand
    text = ("ويبلغ عدد اليهود التونسيين حاليا أكثر من 1500 شخص وأغلبهم يسكن جزيرة جربة، وكانوا يناهزون نحو مئة ألف "
            "قبل استقلال تونس سنة 1956.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 5, 2, 9))}
    assert figs["أكثر من 1500"].as_of_first.isoformat() == "2018-05-02"
    assert figs["نحو مئة ألف"].as_of_first.isoformat() == "1956-01-01"


def test_the_day_of_what_someone_is_suspected_of_dates_no_figure_of_the_raid():
    # the twenty-first held-out set (FR-internationalNews-2677-20180812): the Salt raid, after Friday's patrol attack
    text = ("أعلنت السلطات الأردنية الأحد مقتل ثلاثة إرهابيين واعتقال خمسة آخرين خلال مداهمة قوات أمنية لمبنى تحصنت "
            "فيه مجموعة يشتبه بضلوعها في هجوم استهدف دورية أمنية غرب عمان الجمعة.")
    (five,) = [f for f in _figures(text, day=datetime(2018, 8, 12, 9)) if f.value == 5]
    assert five.as_of_first.isoformat() != "2018-08-10"


def test_a_disaster_the_lead_names_struck_on_the_day_a_later_sentence_says_it_struck():
    # the ninth held-out set (AL-internationalNews-2018-20180722): Son Tinh struck on Wednesday, the toll told on Sunday
    text = ("أعلنت هيئة إدارة الكوارث في فيتنام، الأحد، أن سيولاً تلت الإعصار سون تين، الذي ضرب وسط البلاد وشمالها، "
            "أسفرت عن سقوط 19 قتيلاً على الأقل. وكان سون تين قد ضرب المنطقة، الأربعاء، وتراجع إلى منخفض استوائي.")
    (f,) = [f for f in _figures(text, day=datetime(2018, 7, 22, 6)) if f.value == 19]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("total", "2018-07-18", "2018-07-22")


def test_the_stretch_a_lead_dates_its_toll_by_dates_the_article_s_undated_counts_of_the_fighting():
    # the fifth held-out set (CN-middleEast-1151-20180809): Gaza's night of fighting, Wednesday night to Thursday dawn
    text = ("أعلنت وزارة الصحة الفلسطينية عن مقتل ثلاثة فلسطينيين وجرح 12 آخرين، وذلك في قتال امتد من ليل الأربعاء "
            "حتى فجر الخميس. وقال المتحدث باسم الجيش الإسرائيلي إن إسرائيل ضربت 140 هدفاً في غزة.")
    assert _spans(text, datetime(2018, 8, 9, 8), ("ثلاثة", "140")) == [("2018-08-08", "2018-08-09")] * 2


def test_the_window_a_weakest_level_compares_over_is_not_the_figure_s_period():
    # a random draw of the whole-corpus store (seed 19, F2): the euro at 126.03 yen, its weakest in over two months
    text = "وأمام العملة اليابانية تراجع اليورو 1.56 بالمئة إلى 126.03 ينم وهو أضعف مستوى في أكثر من شهرين."
    (f,) = [f for f in _figures(text, day=datetime(2018, 8, 10, 9)) if f.value == 126.03]
    assert (f.as_of, f.as_of_first.isoformat()) == (None, "2018-08-10")


def test_the_stretch_after_an_events_during_dates_the_toll():
    # (خلال المواجهات only names the fighting: the week after it is when the 100 were killed)
    figs = _figures("ونقلت وكالة فرانس برس عن مصادر طبية أن أكثر من 100 شخص قتلوا خلال المواجهات في أقل من أسبوع.")
    (f,) = [f for f in figs if f.value == 100]
    assert (f.period, f.as_of) == ("window", "في أقل من أسبوع")
    assert (f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("2018-02-15", "2018-02-22")


def test_the_parts_of_a_lead_toll_of_the_last_two_days_are_of_those_days():
    # the lead counts 12 killed by mines over two days; the incidents told after it, undated, are its
    # parts (a village the gazetteer lacks may be in its province); a shelling of another city is not
    figs = _figures(
        "حصدت ألغام الحوثيين أرواح 12 مدنياً خلال اليومين الماضيين في الحديدة. "
        "وانفجر لغم بدراجة نارية في قرية المشارفة وأودى بحياة ثلاثة أشخاص. "
        "وقتل ثلاثة آخرون كانوا على متن دراجة نارية بانفجار لغم. "
        "وفي سياق آخر، قتل خمسة مدنيين في قصف على دمشق."
    )
    lead, *parts = [f for f in figs if f.value in (12, 3)]
    assert (lead.value, lead.as_of_first.isoformat(), lead.as_of_last.isoformat()) == (12, "2018-02-21", "2018-02-22")
    assert len(parts) == 2 and all((p.as_of_first, p.as_of_last) == (lead.as_of_first, lead.as_of_last) for p in parts)
    (other,) = [f for f in figs if f.value == 5]
    assert other.as_of_first != lead.as_of_first


@pytest.mark.parametrize("text", [
    # held-out sets: how many a ferry may carry or a bus can hold, read as counts
    "ولم يكن مصرح للعبارة بحمل أكثر من 60 شخصا، كما لم تكن بها قائمة للركاب.",
    "وكانت الحافلة التي تتسع لـ14 شخصاً فقط مكتظة بالركاب.",
    "وأقلعت الطائرة المجهزة لنقل 6 أفراد من مطار بلارديل.",
])
def test_a_capacity_is_no_figure(text):
    assert [f.quote for f in _figures(text)] == []


def test_the_day_an_incidents_noun_is_in_construct_with_dates_its_toll():
    # the twenty-fifth held-out set (SK-internationalNews-3343-20181007): «لحادث السبت» after the day the toll was told
    text = ("لقي 50 شخصا على الأقل حتفهم وأصيب أكثر من 80 آخرين، بعد اصطدام شاحنتين إحداهما تحمل وقودا، غربي "
            "جمهورية الكونغو الديمقراطية.\nوأعلنت وزارة الصحة العدد الرسمي المحدث للضحايا، الأحد، لحادث السبت في "
            "قرية مبوبا القريبة من مدينة كيسانتو.")
    figures = _figures(text, day=datetime(2018, 10, 7, 17))
    assert [(f.quote, f.as_of_first) for f in figures] == [("50", date(2018, 10, 6)), ("أكثر من 80", date(2018, 10, 6))]


def test_people_of_a_faith_are_never_strikes():
    # a Gaza story (FR-internationalNews-1232-20180514): «ضرب بعرض الحائط» (disregarded) made a billion Muslims strikes
    (f,) = _figures("وهو القرار الذي ضرب بعرض الحائط، مشاعر أكثر من مليار مسلم في العالم.")
    assert f.measure != "strikes"


def test_a_count_opening_the_next_clause_takes_the_date_its_own_clause_states():
    # the twenty-sixth held-out set (CN-middleEast-309-20180320): 2016 is what the killed are compared with
    text = ("وأظهر التقرير أن نحو 910 طفلا قتلوا في سوريا خلال العام الماضي، وهو رقم أعلى بنسبة 50 في المائة من "
            "عام 2016، كما تعرض نحو 361 طفلا لإصابات متفاوتة نتيجة هجمات على مرافق صحية خلال عام 2017.")
    (f,) = [f for f in _figures(text, day=datetime(2018, 3, 20, 9)) if f.value == 361]
    assert (f.as_of_first, f.as_of_last) == (date(2017, 1, 1), date(2017, 12, 31))
    # without a date of its own, the clause before's still dates it
    text = "قتل 12 شخصا في قصف يوم الأحد، كما أصيب 30 آخرون."
    (f,) = [f for f in _figures(text) if f.value == 30]
    assert f.as_of_first == date(2018, 2, 18)


def test_a_past_count_of_people_is_kept_a_past_count_of_things_is_history():
    # the seventeenth held-out set (FR-middleEast-192-20180405): the 43 tried in 2012 in the case the story follows
    text = "وكانت السلطات قد قدمت 43 شخصا بينهم 29 أجنبيا إلى المحاكمة عام 2012 بتهمة تلقي تمويل أجنبي."
    assert 43 in [f.value for f in _figures(text, day=datetime(2018, 4, 5, 14))]
    text = "وسجلت انتخابات العام 2005 مشاركة بنسبة 79 في المئة."
    assert 79 not in [f.value for f in _figures(text, day=datetime(2018, 4, 5, 14))]


def test_people_a_plan_counts_years_ahead_are_no_figure():
    # a change of this session had kept them with the past counts of people
    text = "وتعد الشركة بأنها ستتمكن من إرسال 30 سائحا إلى الفضاء بمصعدها المنتظر بحلول عام 2052."
    assert 30 not in [f.value for f in _figures(text, day=datetime(2018, 2, 8, 10))]


@pytest.mark.parametrize("words, first", [
    # held-out set 11 (BB-middleEast-1003): the poisoned taken to hospital «over the past three weeks»
    ("على مدار الأسابيع الثلاثة الماضية", "2018-02-01"),
    # held-out set 28 (SK-internationalNews-3339): campers evacuated «during the night» before Sunday's piece
    ("خلال الليل", "2018-02-21"),
])
def test_a_window_over_the_course_of_or_during_the_night_reaches_back(words, first):
    figs = _figures(f"ونقل حوالي 460 شخصا إلى المستشفيات {words} بعد تناول كحول ملوث.")
    (f,) = [f for f in figs if f.value == 460]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("window", first, "2018-02-22")


def test_around_the_clock_is_no_window():
    # a review of «على مدار» as a window: rescuers working around the clock
    (f,) = [f for f in _figures("وتعمل فرق الإنقاذ على مدار الساعة، وقد انتشلت 30 جثة.") if f.value == 30]
    assert f.period != "window"


def test_an_incident_said_to_occur_further_down_dates_the_leads_toll():
    # held-out set 23 (BB-internationalNews-133): the lead gives no day, the fifth sentence says the
    # strike «occurred» on Saturday afternoon; a day told of another incident before it is not its day
    figs = _figures(
        "قال مسؤول رواندي إن صاعقة تسببت في مقتل 16 شخصا وإصابة العشرات في كنيسة في رواندا.\n"
        "وتوفي معظم الضحايا على الفور عندما ضربت صاعقة البرق الكنيسة في منطقة نياروغورو جنوبي البلاد، حسبما أفاد "
        "رئيس البلدية هابيتيغيكو فرانسوا لوكالة فرانس برس للأنباء.\n"
        "كما توفي اثنان بسبب إصاباتهما، في حين نُقل 140 آخرون إلى المستشفى والمراكز الطبية.\n"
        "وقال رئيس البلدية إن الصواعق قتلت أيضا طالبا في المنطقة يوم الجمعة.\n"
        "وقع الحادث في منطقة جبلية بالقرب من الحدود مع بوروندي عصر يوم السبت عندما تجمع أتباع طائفة السبتيين "
        "في كنيسة بلدة غيهيمفو لأداء الصلاة.\n"
        "وقال فرانسوا لوكالة فرانس برس للأنباء يوم الأحد :\"يقول الأطباء إن ثلاثة فقط من المصابين في حالة حرجة\".",
        day=datetime(2018, 3, 11, 17),
    )
    (toll,) = [f for f in figs if f.value == 16]
    assert toll.as_of_first == toll.as_of_last == date(2018, 3, 10)


def test_a_new_toll_runs_from_the_day_its_sentence_gives_the_incident():
    # held-out set 4 (AL-internationalNews-1918): Tuesday evening's rally bombing, «according to a new toll» on Friday
    figs = _figures(
        "ارتفعت حصيلة قتلى التفجير الانتحاري الذي وقع في جنوب غرب باكستان الجمعة إلى 128 قتيلا، بحسب مسؤول. "
        "وكان اعتداء انتحاري أعلن عناصر طالبان الباكستانيون مسؤوليتهم عنه، استهدف أيضا مساء الثلاثاء لقاء انتخابيا "
        "لحزب عوامي الوطني في بيشاور (شمال غرب)، وتسبب بمقتل 22 شخصا حسب حصيلة جديدة.",
        day=datetime(2018, 7, 13, 13),
    )
    (f,) = [f for f in figs if f.value == 22]
    assert (f.period, f.as_of_first, f.as_of_last) == ("total", date(2018, 7, 10), date(2018, 7, 13))


def test_the_wounded_of_a_toll_some_days_before_are_of_its_day():
    # held-out set 16 (AL-internationalNews-611): the 10 wounded beside the 14 killed «three days» before
    figs = _figures(
        "جاء الانفجار بعد ثلاثة أيام من مقتل 14 شخصا على الأقل وإصابة 10 آخرين في انفجار سيارة مفخخة بالقرب من "
        "فندق وهيلي على طريق مكة المكرمة المزدحم.",
        day=datetime(2018, 3, 25, 12),
    )
    killed, wounded = (next(f for f in figs if f.value == v) for v in (14, 10))
    assert killed.as_of_first == wounded.as_of_first == wounded.as_of_last == date(2018, 3, 22)


def test_the_dead_during_one_attack_are_its_toll_not_the_campaign_going_on():
    # review of session 20: «هجوم مباغت ... قتل خلاله 12 جنديا» (killed during a surprise attack) is that attack's
    # toll, of its day, in Eastern Ghouta during the government's offensive there
    text = "تعرض حاجز للقوات الحكومية في الغوطة الشرقية إلى هجوم مباغت من مسلحين قتل خلاله 12 جنديا."
    (f,) = _figures(text, day=datetime(2018, 3, 10, 9))
    assert (f.period, f.as_of_first, f.as_of_event) == ("none", date(2018, 3, 10), None)


def test_a_toll_since_the_escalation_began_in_a_town_the_gazetteer_lacks_runs_from_its_province_s_campaign():
    # a multi-outlet Daraa story (FR-internationalNews-2088-20180630): «in the town of Ghadm south-east of Daraa ... the
    # civilian toll since the escalation began rose to 105» had had no start: the town is no known place, and Daraa,
    # where the campaign went on, was read only as placing it
    text = ("وقتل خمسة مدنيين على الأقل السبت في بلدة غضم جنوب شرق درعا جراء القصف ليرتفع عدد القتلى المدنيين منذ بدء "
            "التصعيد إلى 105 مدنيين بينهم 19 طفلا، وفق المرصد.")
    got = {f.value: f for f in _figures(text, day=datetime(2018, 6, 30, 12))}
    toll = got[105]
    assert (toll.period, toll.as_of_first, toll.as_of_last) == ("total", date(2018, 6, 19), date(2018, 6, 30))
    assert (got[5].period, got[5].as_of_first) == ("point", date(2018, 6, 30))


def test_a_part_joined_by_a_glued_and_to_a_part_counts_the_same_toll_for_its_days():
    # held-out set 36 (FR-internationalNews-382-20180312): SOHR's «19,811 طفلاً وأكثر من 12500 امرأة» among the dead
    # since March 2011: the women had been a count of the day published
    text = ("وقال مدير المرصد إن حصيلة القتلى منذ اندلاع النزاع في سوريا منتصف آذار/مارس 2011 حتى اليوم بلغت 353,935 "
            "شخصاً على الأقل بينهم 106,390 مدنياً. وأوضح أن من بين القتلى المدنيين 19,811 طفلاً وأكثر من 12500 امرأة.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 3, 12, 10))}
    assert figs["وأكثر من 12500"].as_of_first == figs["19,811"].as_of_first == date(2011, 3, 15)


def test_a_toll_in_an_event_its_clause_says_began_weeks_ago_runs_from_that_start_to_the_day_reported():
    # FR-middleEast-297-20180414: the army's count over the Sinai operation, not the day's attack
    army = ("وأعلن الجيش المصري السبت مقتل 8 جنود. وبحسب إحصائيات الجيش فقد قتل أكثر من مئة عنصر متشدد "
            "في عملية واسعة النطاق انطلقت في التاسع من شباط/فبراير.")
    (day, so_far) = _figures(army, day=datetime(2018, 4, 14, 9))
    assert (day.value, day.as_of_first, day.as_of_last) == (8, date(2018, 4, 14), date(2018, 4, 14))
    assert (so_far.value, so_far.period, so_far.as_of_first, so_far.as_of_last) == (
        100, "total", date(2018, 2, 9), date(2018, 4, 14)
    )
    assert so_far.as_of == "انطلقت في التاسع من شباط/فبراير"
    # the count after the start, told as in it (SK-technology-294-20180331)
    protests = "الاحتجاجات المناوئة للحكومة التي بدأت أواخر ديسمبر وقتل فيها ما لا يقل عن 25 شخصا."
    (killed,) = _figures(protests, day=datetime(2018, 3, 31, 9))
    assert (killed.period, killed.as_of_first, killed.as_of_last) == ("total", date(2017, 12, 21), date(2018, 3, 31))
    # the day's count that raised the march's toll (SK-middleEast-1692-20180514) stays the day's
    gaza = ('وقالت الوزارة الاثنين إن المواجهات أدت إلى مقتل 43 فلسطينيا، ليرتفع بذلك عدد قتلى "مسيرة العودة الكبرى" '
            "التي انطلقت في 30 مارس 2018.")
    (day_toll,) = _figures(gaza, day=datetime(2018, 5, 14, 20))
    assert (day_toll.value, day_toll.as_of_first, day_toll.as_of_last) == (43, date(2018, 5, 14), date(2018, 5, 14))
    # the review of session 22: a count its own words date (أمس), a start of what is no event of days (a reform
    # applied), and a count at a start (مع انطلاق) stay counts of their day
    for text, day in (
        ("قتل ثمانية جنود أمس في هجوم بشمال سيناء خلال العملية العسكرية الشاملة التي انطلقت في التاسع من شباط/فبراير.",
         date(2018, 4, 13)),
        ("أصيب 20 شخصا في اشتباكات بين الشرطة ومحتجين على الإصلاحات الاقتصادية التي بدأ تطبيقها في يناير.",
         date(2018, 4, 14)),
    ):
        (f,) = _figures(text, day=datetime(2018, 4, 14, 9))
        kind = "point" if day < date(2018, 4, 14) else "none"
        assert (f.period, f.as_of_first, f.as_of_last) == (kind, day, day), text


def test_a_day_stated_further_down_dates_an_incidents_toll_but_not_a_level_or_a_feared_exodus():
    # (held-out set 40: UNICEF's displaced in Idlib took the Thursday the government dropped leaflets)
    figs = {f.quote: f for f in _figures(
        "حذرت منظمة الأمم المتحدة للطفولة من أن المعركة حول محافظة إدلب قد تؤثر على حياة أكثر من مليون طفل. "
        "وقالت المنظمة إن معركة إدلب من المحتمل أن تؤدي إلى نزوح 350 ألف طفل. "
        "وقتل 12 مدنيا في غارات على ريف إدلب. "
        "وأسقطت الحكومة السورية منشورات في أنحاء المحافظة الخميس، تحث المواطنين على المصالحة.",
        day=datetime(2018, 8, 10, 16),
    )}
    assert figs["350 ألف"].as_of_first == date(2018, 8, 10)  # a feared exodus: the day reported
    assert figs["12"].as_of_first == date(2018, 8, 9)  # a toll the article tells no other day for


@pytest.mark.parametrize("text", [
    # session 24's multi-outlet Sulawesi story (SK-internationalNews-3290-20181003): the agency's «the toll rose to»,
    # its noun said first, had been one day's dead
    'وقال مدير الوكالة إن "الحصيلة ارتفعت إلى 1374 قتيلا".',
    "وذكرت الوكالة أن الحصيلة ارتفعت الأربعاء إلى 1374 قتيلا.",
])
def test_a_toll_said_to_have_risen_with_its_noun_first_is_a_running_total(text):
    (f,) = _figures(text, day=datetime(2018, 10, 3, 10))
    assert f.period == "total"


def test_a_number_of_the_wounded_told_before_is_a_part_of_their_toll():
    # a random draw of session 24 (C9, Paris's knife attack): «اثنان من المصابين الأربعة حالتهم خطرة» had stood as a
    # value 2 of the wounded beside 4; «of the civilians» is whom a toll counts, no part of another
    figs = _figures("قتل شخص وأصيب أربعة آخرون مساء السبت. ويشار إلى أن اثنان من المصابين الأربعة حالتهم خطرة.",
                    day=datetime(2018, 5, 13, 9))
    assert [(f.quote, f.subset) for f in figs if f.quote in ("أربعة", "اثنان")] == [("أربعة", False), ("اثنان", True)]
    (f,) = _figures("قتل 5 من المدنيين في قصف.", day=datetime(2018, 5, 13, 9))
    assert (f.measure, f.subset) == ("killed", False)


def test_a_scorers_minutes_in_brackets_are_no_counts_and_and_one_of_is_no_one_person():
    # a random draw of session 24: F11 (SK-sport-2476-20180812, Lewandowski's hat-trick «(21 و26 و54)») and F12
    # (SK-internationalNews-2257-20180621, «لإيواء الأطفال، وأحد مواقع حرس الحدود»: and one of the sites)
    sport = ("فاز بايرن ميونيخ على فرانكفورت في مباراة كأس السوبر وسجل اللاعب هدفا في الدوري مع المدرب الجديد. وسجل"
             " البولندي روبرت ليفاندوفسكي ثلاثية (21 و26 و54)، والفرنسي كينغسلي كومان (63) الاهداف.")
    assert not [f.quote for f in _figures(sport, day=datetime(2018, 8, 12, 9)) if f.quote in ("21", "26", "54", "63")]
    # ... outside sport news a count in brackets stays (قتل 5 أشخاص (بينهم 3 أطفال))
    assert [f.quote for f in _figures("قتل 5 أشخاص (بينهم 3 أطفال) في الهجوم.")] == ["5", "3"]
    text = "وأوضح الجهاز الإعلامي للسيدة الأولى أنها ستتفقد مركزا لإيواء الأطفال، وأحد مواقع حرس الحدود."
    assert _figures_or_none(text) == []
    assert [f.quote for f in _figures("قتل شخص واحد على الأقل.")] == ["واحد على الأقل"]
    # ... but «and one of» after a person with no mark between is one more (held-out set BB-middleEast-1067-20181007)
    assert [f.quote for f in _figures("وقال متحدث إن الرجل وإحدى المرأتين فارقا الحياة.")] == ["وإحدى"]


def test_goal_minutes_told_with_how_the_goals_came_are_no_counts_in_a_friendlys_report():
    # the fifty-third held-out set (SK-sport-407-20180323): «(53 و62 من ركلة جزاء و66 على التوالي)» had been three
    # counts of the wounded (by the injured Neymar), and a friendly's head had named too few words of sport
    text = ("حقق المنتخب البرازيلي فوزا كبيرا على مضيفه الروسي 3-صفر الجمعة في موسكو، ضمن لقاء ودي يدخل ضمن "
            "استعدادات الطرفين لنهائيات مونديال 2018. وتدين البرازيل بفوزها الكبير بغياب نجمها المصاب نيمار، إلى "
            "ميراندا وكوتينيو وباولينيو، الذين سجلوا الأهداف الثلاثة في الشوط الثاني (53 و62 من ركلة جزاء و66 على "
            "التوالي).")
    figs = _figures_or_none(text)
    assert not [f.quote for f in figs if f.quote in ("53", "62", "66")]
    assert [f.measure for f in figs if f.quote == "3-صفر"] == ["score"]


def test_the_whole_a_part_is_out_of_takes_only_its_own_nouns_measure():
    # the fifty-third held-out set (SK-internationalNews-3071-20180817, «في بلدة بامامن أصل»: a space lost) and the
    # Cuban crash: the whole is not the dead; a whole of the displaced is still theirs
    text = ("وجدت أطباء بلا حدود أن 33 طفلا توفوا خلال أسبوعين في مخيم في بلدة بامامن أصل ما يقدر بستة آلاف طفل "
            "دون خمس سنوات. وقتل 107 من أصل 110 ركاب كانوا على متنها. ويشكلون 24.5 مليون شخص من أصل 68.5 مليون نازح.")
    got = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 8, 17, 9))}
    assert (got["33"], got["بستة آلاف"], got["107"], got["110"], got["68.5 مليون"]) == (
        "killed", "other", "killed", "other", "displaced")


def test_a_killing_tried_or_threatened_counts_no_one_killed():
    # the fifty-third held-out set (AL-internationalNews-1641-20180616): the clerics' fatwa against Malala's attackers
    text = ("وبعد ما حدث بثلاثة أيام أطلق 50 رجل دين مسلم في باكستان فتوى تدين من حاولوا قتلها، إلا أن حركة طالبان "
            "كررت التهديد بقتلها وبقتل والدها.")
    assert [f.measure for f in _figures(text)] == ["other"]
    assert [f.measure for f in _figures("قتل 7 أشخاص حاولوا عبور الحدود.")] == ["killed"]


def _figures_or_none(text: str) -> list:
    result = khulasa.digest([Article("a", text, title="", published=datetime(2018, 6, 21, 9))], progress=False)
    return [f for s in result.stories for f in s.figures]


@pytest.mark.parametrize(("text", "quote", "measure"), [
    # the review of session 24: a real siege beside people trapped after it stays a siege; the shelters underground
    # are no rubble; a vote noun right after the number is a vote whatever sound is told before
    ("وقال المرصد إن 400 ألف مدني محاصرين في الغوطة، فيما لا يزال آخرون محاصرين تحت الأنقاض في دوما.", "400 ألف",
     "besieged"),
    ("وتحاصر قوات النظام 400 ألف مدني في الغوطة، فيما يقضي المحاصرون تحت الأرض أياما في الملاجئ.", "400 ألف",
     "besieged"),
    ("وأعاق التصويت انفجار قنبلة، وحصل الحزب الحاكم على 120 ألف صوت.", "120 ألف", "votes"),
    ("أسفر الهجوم عن مقتل 3 جنود، وواحد من المدنيين.", "وواحد", "killed"),
])
def test_the_review_of_session_24_counter_examples_of_its_measure_rules(text, quote, measure):
    figs = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 3, 1, 9))}
    assert figs[quote] == measure


def test_a_clause_naming_no_place_is_where_its_sentence_put_a_figure_before_it():
    # the war's toll is Yemen's by its adjective; the displaced after بينما are the same war's, not the
    # story's dateline country; a clause naming its own place keeps it
    text = (
        "رحلت السلطات السعودية 17 ألف مهاجر يمني هذا العام.\n"
        "وقتل في الحرب اليمنية 10 آلاف شخص، بينما نزح نحو 3 ملايين عن ديارهم بسبب المعارك.\n"
        "وقتل 5 في صنعاء، بينما أصيب 7 في تعز."
    )
    figs = {f.quote: f.place for f in _figures(text, title="السعودية: ترحيل مهاجرين", day=datetime(2018, 5, 9, 9))}
    assert figs["نحو 3 ملايين"] == "اليمن"
    assert (figs["5"], figs["7"]) == ("صنعاء", "تعز")


def test_a_governorate_written_like_a_first_name_is_a_place_only_when_introduced():
    # (Imran Khan in a title had put Pakistan's election in Yemen)
    text = (
        "فاز عمران خان في الانتخابات التشريعية التي جرت الأربعاء في باكستان.\n"
        "وحصل حزب حركة الإنصاف بقيادة عمران خان على 114 مقعدا على الأقل، حسب نتائج جزئية.\n"
        "وقتل 4 مدنيين في قصف على محافظة عمران."
    )
    title = "نتائج أولية تفيد بفوز عمران خان في الانتخابات الباكستانية"
    figs = {f.quote: f.place for f in _figures(text, title=title, day=datetime(2018, 7, 27, 9))}
    assert figs["114"] == "باكستان"
    assert figs["4"] == "عمران"


def test_a_running_total_since_protests_began_is_the_protests_place_not_the_days_town():
    # the forty-ninth held-out set: a death in Khan Younis, then the marches' toll since 30 March
    text = (
        "أفادت وزارة الصحة بأن فتى توفي صباح السبت متأثرا بجروح أصيب بها في المنطقة الحدودية الجمعة.\n"
        "وقال الناطق باسم الوزارة إن الفتى من خان يونس جنوب قطاع غزة أصيب أمس الجمعة شرق خان يونس.\n"
        "ومنذ 30 آذار/مارس، بدأ الفلسطينيون في قطاع غزة تنظيم مسيرات العودة. وقتل 141 فلسطينيا على الأقل بنيران"
        " الجيش الإسرائيلي منذ بدء التظاهرات.\n"
        "وأصيب 3 فلسطينيين في خان يونس."
    )
    figs = {f.quote: f for f in _figures(text, title="وفاة فلسطيني متأثرا بإصابته في خان يونس",
                                         day=datetime(2018, 7, 14, 12))}
    assert figs["141"].period == "total" and figs["141"].place == "قطاع غزة"
    assert figs["3"].place == "خان يونس"


def test_the_west_bank_as_israels_army_names_it_and_those_sources_again_are_vague():
    text = (
        "وأعلن الجيش الإسرائيلي اعتقال 11 مطلوبا في يهودا والسامرة.\n"
        "ومن بين الإصابات - وفقا لتلك المصادر - 4 مسعفين."
    )
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 8, 13, 9))}
    assert figs["11"].place == "الضفة الغربية"
    assert figs["4"].source_canonical == "vague"


def test_a_part_of_all_the_injuries_is_a_part_of_the_wounded_toll_told_before_the_deads_parts():
    # the forty-ninth held-out set: the ministry's toll, then the dead's parts, then the injuries' parts
    text = (
        "وحسب آخر إحصاء لوزارة الصحة في غزة، فإن إجمالي عدد القتلى الفلسطينيين في هذه المظاهرات منذ انطلاقها بلغ 168"
        " قتيلا و18006 مصابين بجراح مختلفة. ومن بين القتلى 27 طفلا و3 إناث، ومن بين مجمل الإصابات 3540 طفلا و1728"
        " سيدة."
    )
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 8, 17, 20))}
    for quote, measure in (("27", "killed"), ("3540", "wounded"), ("1728", "wounded")):
        assert figs[quote].subset and figs[quote].measure == measure
        assert figs[quote].source_canonical == "وزارة الصحة في غزة" and figs[quote].period == "total"


@pytest.mark.parametrize(("text", "expected"), [
    # a random draw of the whole-corpus store, session 25: the abducted are counted but are no toll told after them;
    # a network named with a number is no count; a share of land held is territory, of the land the place names
    ("وكان تنظيم الدولة قد أعلن اختطاف 36 شخصا خلال هجوم دام على السويداء، وخلف أكثر من 200 قتيل.",
     {"36": "other", "أكثر من 200": "killed"}),
    ('وقال مدير شبكة "السويداء 24" المحلية إن التنظيم قتل شابا كان قد خطف مع 35 شخصا آخرين.', {"35": "other"}),
    ("وأوضح تقرير أن النظام السوري استعاد السيطرة على نصف أراضي البلاد، بعد أن زادت الضربات الجوية.",
     {"نصف": "territory_percent"}),
    # ... and with who controls between the word of control and its على (H78, BB-middleEast-1100-20181014), but not
    # a half after another clause's على (the residents who fled)
    ("وتسيطر جبهة التحرير الوطني على أقل من نصف منطقة إدلب.", {"أقل من نصف": "territory_percent"}),
    ("وبعد سيطرة التنظيم على المدينة نزح نصف السكان.", {"نصف": "displaced"}),
])
def test_the_session_25_draws_abducted_network_names_and_shares_of_land(text, expected):
    figs = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 8, 6, 9))}
    assert figs == expected


def test_a_share_of_a_places_land_is_of_that_place_and_a_reported_change_is_no_speakers_name():
    text = "وأعلنت بغداد النصر على تنظيم داعش، الذي سيطر على قرابة ثلث مساحة العراق ومناطق في سوريا، في يونيو 2014."
    (f,) = _figures(text, day=datetime(2018, 9, 12, 9))
    assert (f.measure, f.place) == ("territory_percent", "العراق")
    said = attribute("كشفت بيانات رسمية تراجع معدل البطالة في مصر إلى 11.3% مقابل 12.4%.")
    assert [a.source for a in said] == ["بيانات رسمية"]


def test_a_place_a_year_dates_is_another_disaster_not_where_the_countrys_toll_is():
    # Japan's floods of July 2018, read at session 25: the toll of western Japan had gone to Hiroshima, named for
    # its landslides of 2014 in the sentence after the lead; an official toll naming no one is the authorities'
    text = (
        "ارتفعت حصيلة ضحايا الأمطار الغزيرة غربي اليابان، الاثنين، إلى 100 قتيل، وفق ما أعلنه المتحدث باسم الحكومة.\n"
        "وتعد هذه الأمطار واحدة من أخطر الكوارث، حيث تجاوز عدد الضحايا العدد الذي سجل خلال الانهيارات الأرضية في"
        " هيروشيما في عام 2014، حيث بلغ عدد الوفيات آنذاك 74 حالة.\n"
        "وتسببت الأمطار في مقتل نحو 88 شخصا في وقت سابق، وفق حصيلة رسمية مرشحة للارتفاع."
    )
    figs = {f.quote: f for f in _figures(text, title="اليابان أمام كارثة.. 100 قتيل جراء الأمطار التاريخية",
                                         day=datetime(2018, 7, 9, 9))}
    assert figs["100"].place == "اليابان" and figs["74"].place == "هيروشيما"
    assert figs["نحو 88"].source_canonical == "السلطات اليابانية"


@pytest.mark.parametrize(("text", "quote", "place"), [
    # the fiftieth held-out set: states and provinces the gazetteer lacked, and a noun with its pronoun that is
    # no place (في منفاه بتركيا: his exile), while a town whose name ends in ه stays one (في بواكيه)
    ("قتل 19 شخصا في اشتباكات بين الجيش ومجموعة عرقية مسلحة، في ولاية شان النائية شمال البلاد.", "19", "ولاية شان"),
    ("وأسفر الحادث عن مقتل 3 بالغين، وفق ما صرح به وزير النقل في ولاية هيماتشال براديش.", "3", "هيماتشال براديش"),
    ("قتل شخص وأصيب 10 أشخاص آخرين في عملية سطو مسلح في بواكيه، ثاني كبرى مدن كوت ديفوار.", "10", "بواكيه"),
])
def test_places_of_the_fiftieth_set(text, quote, place):
    figs = {f.quote: f.place for f in _figures(text, day=datetime(2018, 7, 22, 9))}
    assert figs[quote] == place


def test_a_noun_with_its_pronoun_after_in_is_no_place():
    text = "قتل 14 شخصا عند مدخل مطار كابول لدى عودة نائب الرئيس بعد قضائه أكثر من سنة في منفاه بتركيا."
    (f,) = _figures(text, day=datetime(2018, 7, 22, 9))
    assert f.place == "كابول"


@pytest.mark.parametrize(("text", "expected"), [
    # the review of session 25: «one of» things, or after a toll's noun, is no count of one
    ("ارتفعت حصيلة أحد أعنف الهجمات في كابول إلى 50 قتيلا.", {"50": "killed"}),
    ("وأسفر القصف عن إصابة أحد المنازل بأضرار ومقتل 3 أشخاص.", {"3": "killed"}),
    # ... a fraction after a word of control in another clause is no share of land (and the residents نزح
    # governs fled: the displaced, since session 26)
    ("وبعد سيطرة التنظيم نزح نصف السكان من المدينة.", {"نصف": "displaced"}),
])
def test_the_review_of_session_25_counter_examples_of_its_measure_rules(text, expected):
    figs = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 7, 10, 9))}
    assert figs == expected


def test_the_review_of_session_25_counter_examples_of_its_place_rules():
    # what another speaker says in the sentence is not placed where its first figure was
    text = (
        "اليمن - قتل 10 أشخاص في غارات في اليمن الثلاثاء. وقتل 4 في صعدة، بينما تقدر الأمم المتحدة أن 3 ملايين"
        " شخص نزحوا."
    )
    figs = {f.quote: f.place for f in _figures(text, day=datetime(2018, 7, 10, 9))}
    assert figs["3 ملايين"] != "صعدة"
    # a count after a place is no year dating it; a quoted network name opening the sentence is no count
    assert [(f.quote, f.place) for f in _figures("قتل انفجار في كابول 2000 شخص.", day=datetime(2018, 7, 10, 9))] == [
        ("2000", "كابول")
    ]
    assert [f.quote for f in _figures('شبكة "السويداء 24" قالت إن 5 أشخاص قتلوا.', day=datetime(2018, 7, 10, 9))] == [
        "5"
    ]


@pytest.mark.parametrize(("text", "measure"), [
    # the fiftieth held-out set: a verb with its subject between governs the refugees it counts; stopped is arrested;
    # the next item of a co-ordination is its own
    ("وأوقفت قوات الأمن مئات لاجئي الروهينغا في تهم مختلفة.", "arrested"),
    ("قتل الجيش 5 لاجئين في القصف.", "killed"),
    ("وأسفر النزاع منذ 2009 عن أكثر من 20 ألف قتيل و2.6 مليون نازح.", "displaced"),
])
def test_a_verb_with_its_subject_between_governs_the_refugees_it_counts(text, measure):
    *_, f = _figures(text, day=datetime(2018, 8, 18, 9))
    assert f.measure == measure


def test_people_the_truck_ran_down_are_no_aid_and_an_aid_convoys_trucks_are():
    # a random draw of the whole-corpus store, session 25: Toronto's van attack had its victims counted as aid
    figs = {f.quote: f.measure for f in _figures('وقال "شاهدت ستة أشخاص على الأقل صدمتهم الشاحنة".')}
    assert figs["ستة"] != "aid"
    figs = {f.quote: f.measure for f in _figures("ووزع البرنامج مساعدات على 5 آلاف شخص، ودخلت 40 شاحنة مساعدات.")}
    assert figs == {"5 آلاف": "aid", "40": "aid"}
    # H62: a van that ran down four passers-by near Pinkpop; those run down are the killed and hurt together
    text = "دهست شاحنة صغيرة 4 مارة، على مقربة من المهرجان، ما أوقع قتيلا و3 جرحى."
    figs = {f.quote: f.measure for f in _figures(text)}
    assert figs == {"4": "casualties", "3": "wounded"}


def test_fighters_eliminated_are_killed_and_a_quoted_count_is_no_part_of_the_speakers_name():
    # H62 (Grozny's church) and three held-out Sinai statements: «القضاء على» a count is its killing; the judiciary
    # (القضاء alone) counts no dead
    figs = {f.quote: f for f in _figures('وأكدت اللجنة "القضاء على أربعة مسلحين"، عثر بحوزتهم على سكاكين.')}
    assert (figs["أربعة"].measure, figs["أربعة"].source) == ("killed", "اللجنة")
    (f,) = _figures("وقال مجلس القضاء الأعلى إن 8 متهمين سيحاكمون.")
    assert f.measure != "killed"


def test_a_capital_after_a_verb_of_accusing_is_its_government_not_where():
    # a random draw of the whole-corpus store, session 25: Turkey's arrests had been placed in Ankara
    text = "أمرت السلطات باعتقال 271 جندياً في عملية استهدفت أنصار غولن، الذي تتهمه أنقرة بتدبير محاولة انقلاب."
    (f,) = _figures(text, day=datetime(2018, 7, 6, 9))
    assert f.place != "أنقرة"


def test_a_since_after_the_wounded_half_dates_the_dead_too():
    # the fifty-first held-out sets' review, session 26: «منذ» after «وأصيب أكثر من 4 آلاف» ran past the dead, its
    # «أكثر» read as a superlative comparing; one that lasts a noun's (المستمرة منذ) dates no toll
    text = ("ووفقا لوزارة الصحة فقد قتل 35 فلسطينيا واصيب اكثر من 4 آلاف آخرين بجروح منذ بداية الموجة الحالية من"
            " المواجهات.")
    figs = _figures(text, day=datetime(2018, 4, 20, 9))
    assert [f.period for f in figs] == ["total", "total"]
    text = ("قال مسؤولون إن 7 فلسطينيين قتلوا وأصيب أكثر من 250 آخرين في تظاهرة تأتي ضمن مسيرات العودة المستمرة منذ"
            " 30 مارس/آذار الماضي.")
    figs = _figures(text, day=datetime(2018, 10, 12, 20))
    assert [(f.period, f.as_of_first) for f in figs] == [("none", date(2018, 10, 12))] * 2


@pytest.mark.parametrize("text", [
    # «أعلى بنسبة 50 في المائة من عام 2016», «أكثر 3 مرات مما كان عليه في عام 2016»: comparisons, their year not
    # the toll's (the review of session 26: a bound is «more than» a number, not «more» times)
    "وأظهر التقرير أن نحو 910 طفلا قتلوا في سوريا، وهو رقم أعلى بنسبة 50 في المائة من عام 2016.",
    "وقتل 910 أطفال في سوريا، وهو رقم أكثر 3 مرات مما كان عليه في عام 2016.",
    "وأشار إلى ارتفاع أعداد النازحين في اليمن بنسبة 25 بالمئة عما كان عليه الحال في 2016.",
])
def test_a_superlative_that_compares_leaves_the_toll_the_day_reported(text):
    f = _figures(text, day=datetime(2018, 3, 20, 9))[0]
    assert (f.as_of_first, f.as_of_last) == (date(2018, 3, 20), date(2018, 3, 20))


@pytest.mark.parametrize("text", [
    # H99: the date after «accused of» or «convicted of» is the crime's, not the verdict's
    "أصدرت محكمة في باكستان أربعة أحكام بالإعدام على المتهم باغتصاب وقتل طفلة عمرها ست سنوات الشهر الماضي.",
    "أيدت المحكمة حكما نهائيا بإعدام ستة أشخاص، أدينوا باقتحام مركز شرطة في محافظة المنيا عام 2013.",
])
def test_the_crime_a_verdict_is_for_does_not_date_it(text):
    f = _figures(text, day=datetime(2018, 4, 29, 9))[0]
    assert (f.as_of_first, f.as_of_last) == (date(2018, 4, 29), date(2018, 4, 29))


def test_a_part_with_a_since_of_its_own_runs_from_it():
    # the children recruited «of them 2500 since the start of this year» (a held-out set): the part's own since, not
    # the whole's undated count
    text = "وجندت الميليشيات أكثر من 23 ألف طفل منهم 2500 منذ بداية العام الحالي."
    whole, part = _figures(text, day=datetime(2018, 7, 6, 9))
    assert whole.period != "total"
    assert (part.period, part.as_of_first) == ("total", date(2018, 1, 1))
    # ... not a «since» of a later clause and its own number (the 5,000-article review of session 47)
    text = ("كما أصيب أكثر من 1700 فلسطيني بالرصاص الحي، 80 بالمئة منهم في أطرافهم السفلية، بحسب وزارة الصحة، التي"
            " أشارت إلى أن الأطباء قد أجروا منذ مطلع نيسان/أبريل 21 عملية بتر.")
    whole, part, *_ = _figures(text, day=datetime(2018, 5, 1, 9))
    assert part.period == whole.period != "total"


def test_a_number_set_against_the_figure_keeps_its_date_to_itself():
    # a multi-outlet story read in session 47: the 3 per cent Islamic State still holds was dated late 2016, the
    # date of the 50 per cent it is set against
    text = ("ولم يعد التنظيم يسيطر سوى على أقل من 3 بالمئة من مساحة البلاد مقابل نحو 50 بالمئة في أواخر 2016، بحسب"
            " أرقام المرصد السوري لحقوق الإنسان.")
    now, then = _figures(text, day=datetime(2018, 6, 18, 9))
    assert (now.as_of_first, now.as_of_last) == (date(2018, 6, 18), date(2018, 6, 18))
    assert (then.as_of_first, then.as_of_last) == (date(2016, 9, 1), date(2016, 12, 31))


@pytest.mark.parametrize("text", [
    # «against the dollar» sets no number against the figure; the election both counts come from dates both
    "وانخفضت الليرة بنحو ستة في المئة مقابل الدولار يوم الخميس.",
    "وحسم التحالف 125 مقعدا، مقابل 79 مقعدا للجبهة الوطنية، في الانتخابات التي جرت الأربعاء.",
])
def test_against_with_no_number_close_to_its_date_compares_no_dates(text):
    f = _figures(text, day=datetime(2018, 5, 11, 9))[0]
    assert f.as_of_first < date(2018, 5, 11)


@pytest.mark.parametrize(("text", "periods"), [
    # the review of session 26: a toll in a war «going on since» runs from its start; another toll between «وأصيب»
    # and the «since» keeps it to itself
    ("قتل أكثر من 350 ألف شخص في الحرب المستمرة منذ مارس 2011.", ["total"]),
    ("وقتل أكثر من 120 فلسطينيا في الاحتجاجات المتواصلة منذ 30 مارس.", ["total"]),
    ("وقتل 5 جنود في هجوم على حاجز، وأصيب ضابط وقتل 200 مسلح منذ بدء العملية.", ["none", "total"]),
])
def test_a_since_is_the_tolls_own_unless_it_dates_a_larger_happening(text, periods):
    assert [f.period for f in _figures(text, day=datetime(2018, 8, 20, 9))] == periods


def test_residents_a_word_of_flight_governs_are_displaced_since_the_war_began():
    text = ("وتشهد سوريا نزاعا تسبب منذ اندلاعه في منتصف مارس 2011 بمقتل أكثر من 350 ألف شخص ونزوح وتشريد أكثر من"
            " نصف السكان داخل البلاد وخارجها.")
    *_, f = _figures(text, day=datetime(2018, 6, 2, 9))
    assert (f.measure, f.period, f.as_of_first) == ("displaced", "total", date(2011, 3, 15))


def test_countries_counted_are_background_and_dollars_still_money():
    # the held-out sets label 18 of 21 counts of countries no figure (غالبيتهم من 5 دول، وسبع دول عربية أخرى)
    text = ("وقالت المفوضية إن غالبيتهم من 5 دول فقط، وتدخلت السعودية وسبع دول عربية أخرى، وقدمت 40 دولة 300 مليون"
            " دولار.")
    figs = {f.quote: f.measure for f in _figures(text)}
    assert figs == {"300 مليون": "money"}


def test_a_clubs_tally_is_not_its_citys():
    # the held-out sets label a club's points and goals with no place (يوفنتوس برصيد 65 نقطة، تورينو عند 36 نقطة)
    text = ("فاز يوفنتوس على مضيفه تورينو 1-0 في ديربي تورينو يوم الأحد. وتصدر يوفنتوس الترتيب برصيد 65 نقطة"
            " بفارق نقطتين عن نابولي، وتوقف رصيد تورينو عند 36 نقطة.")
    figs = {f.quote: f.place for f in _figures(text, title="يوفنتوس يفوز على تورينو", day=datetime(2018, 2, 18, 20))}
    assert figs["65"] is None and figs["36"] is None


def test_the_officials_who_told_a_story_are_its_sources_not_a_figure():
    # a random draw of session 26: «وقال أكثر من 12 من المسؤولين» had been a figure placed in Tehran
    text = "وقال أكثر من 12 من المسؤولين الحاليين والسابقين إن هذه الحملة تهدف إلى تضييق الخناق على إيران."
    assert _figures(text, day=datetime(2018, 7, 22, 9)) == []


def test_a_profiles_birthplace_is_not_where_its_figures_are():
    # a random draw of session 26: the Sandy Hook dead, in a profile of Alex Jones, had been placed in Dallas
    text = ("ولد أليكس جونس في 11 فبراير/شباط عام 1974 في دالاس بولاية تكساس الأمريكية.\n"
            "وقد قُتل خلال هجوم مدرسة ساندي هوك 20 طفلاً دون السابعة من العمر وستة راشدين.")
    figs = _figures(text, title="من هو أليكس جونس", day=datetime(2018, 9, 7, 9))
    assert all(f.place != "دالاس" for f in figs) and figs
    # ... while a boy (ولد is also «boy») among the dead is no life told
    text = "ولد فلسطيني في الثانية عشرة بين القتلى في قطاع غزة.\nوقتل 3 آخرون في القصف."
    assert [f.place for f in _figures(text, day=datetime(2018, 7, 14, 9))] == ["قطاع غزة"]


def test_the_copa_america_is_neither_cuba_nor_the_united_states():
    (f,) = _figures("وسجل ميسي 5 أهداف في بطولة كوبا أمريكا.", day=datetime(2018, 7, 14, 9))
    assert f.place is None


def test_kfc_is_no_place_but_kentucky_is():
    # a random draw of session 28: Jack Ma's 24 job applicants «في مطعم كنتاكي» had been placed in Kentucky
    (f,) = _figures("وتقدم 24 شخصا للعمل في مطعم كنتاكي.", day=datetime(2018, 9, 11, 9))
    assert f.place is None
    (f,) = _figures("وقتل 3 أشخاص في ولاية كنتاكي.", day=datetime(2018, 9, 11, 9))
    assert f.place == "كنتاكي"


def test_a_chief_of_staffs_title_names_no_war():
    # a random draw of session 26: «أركان حرب» (chief of staff) had dated a nine-hour battle's toll in Saada from the
    # start of Yemen's war (26 March 2015)
    text = ("وقال أركان حرب اللواء التاسع حرس حدود العقيد محمد العملسي، إن المعارك التي استمرت نحو 9 ساعات"
            " أسفرت عن مقتل ما لا يقل عن 19 من عناصر المليشيات في مديرية الحشوة بمحافظة صعدة.")
    (f,) = _figures(text, title="مقتل عشرات الحوثيين في معارك شرقي صعدة", day=datetime(2018, 7, 29, 9))
    assert f.period != "total" and (f.as_of_first is None or f.as_of_first.year == 2018)


@pytest.mark.parametrize(("text", "measure"), [
    # the final review of session 26: the Japan floods' digest had 75,000 "rescued", the rescuers who took part
    ("والاثنين الماضي شارك في عمليات الإنقاذ 73 ألف شخص ينتمون إلى فرق الاطفاء.", "other"),
    ("وبحسب المتحدث فإن 75 ألف شخص شاركوا الثلاثاء في عمليات البحث عن ناجين.", "other"),
    ("كما تم إرسال نحو 54 ألف رجل إنقاذ من إدارات الجيش.", "other"),
    ("وقال المتحدث إن 75 ألف شخص ينتمون إلى فرق الإطفاء والشرطة والجيش يبذلون جهودا.", "other"),
    ("تم إنقاذ 120 شخصا ينتمون إلى عائلات فقيرة.", "rescued"),
    # ... while those saved stay rescued, whatever they had taken part in
    ("وأنقذت فرق الإنقاذ 300 شخص من المياه.", "rescued"),
    ("تم إنقاذ 120 شخصا شاركوا في رحلة بحرية.", "rescued"),
])
def test_those_who_take_part_in_a_rescue_are_not_the_rescued(text, measure):
    (f,) = _figures(text, day=datetime(2018, 7, 10, 9))
    assert f.measure == measure


def test_a_day_after_the_morrow_of_dates_the_earlier_event_not_the_leads():
    # a real multi-outlet story read in session 28 (Surabaya, FR-internationalNews-1228-20180514): the Monday attack on
    # the police had been dated Sunday, the day of the church bombings it came «a day after»
    monday = datetime(2018, 5, 14, 5, 27)
    lead = ("أعلنت الشرطة مقتل أربعة انتحاريين في هجوم على مقر الشرطة في سورابايا، بعد يوم من سلسلة تفجيرات "
            "انتحارية استهدفت عدة كنائس خلال قداس الأحد.")
    (f,) = _figures(lead, day=monday)
    assert f.as_of_last.isoformat() == "2018-05-14"
    # ... with the day stated further down too
    (f, *_) = _figures(lead + "\nوأصيب عشرة في الهجوم الذي وقع في وقت مبكر الاثنين.", day=monday)
    assert f.as_of_last.isoformat() == "2018-05-14"
    # ... while a day before «the morrow of» still dates the number
    (f,) = _figures("قتل خمسة أشخاص الاثنين، بعد يوم من تفجيرات الأحد.", day=monday)
    assert f.as_of_last.isoformat() == "2018-05-14"
    # ... nor one after the clause «the morrow of» opens and closes (the review of session 28)
    text = ("بعد يوم من تفجيرات الكنائس، هاجم انتحاريون الاثنين مقر الشرطة في سورابايا.\n"
            "وقالت الشرطة إن أربعة أشخاص قتلوا.")
    (f,) = _figures(text, day=datetime(2018, 5, 15, 9))
    assert f.as_of_last.isoformat() == "2018-05-14"


def test_torrents_caused_are_not_seoul_but_seoul_named_is():
    # a real multi-outlet story read in session 28 (cyclone Mekunu): «تسبب إعصار ميكونو في سيول» and «أدى ... إلى
    # سيول» had placed Socotra's missing in Seoul
    day = datetime(2018, 5, 24, 19)
    for text in ('وتسبب إعصار "ميكونو" في سيول حاصرت المنازل، ما خلف سبعة عشر مفقودا.',
                 'بعدما أدى إعصار "ميكونو" إلى سيول حاصرت المنازل وخلف سبعة عشر مفقودا.'):
        (f,) = _figures(text, day=day)
        assert f.place != "سئول"
    (f,) = _figures("قتل 3 أشخاص في سيول، عاصمة كوريا الجنوبية.", day=day)
    assert f.place == "سئول"
    # ... nor is a place in the subject of a verb of causing (the review of session 28)
    for text in ("أدى هجوم في مالي إلى مقتل 10 جنود.", "تسبب انفجار في مالي بمقتل 5 أشخاص."):
        (f,) = _figures(text, day=day)
        assert f.place == "مالي"


def test_since_an_event_dated_before_the_toll_runs_from_it_to_the_day_reported():
    # a real multi-outlet story read in session 28 (FR-internationalNews, Sammad's killing): the war's 10,000 dead had
    # been the toll of March 2015
    (f,) = _figures("وتسبب النزاع في اليمن منذ التدخل السعودي على رأس التحالف العسكري العربي في آذار/مارس 2015 "
                    "بمقتل نحو 10 آلاف شخص.", day=datetime(2018, 4, 25, 7))
    assert (f.period, f.as_of_last.isoformat()) == ("total", "2018-04-25")
    assert f.as_of_first.isoformat().startswith("2015-03") and f.as_of.startswith("منذ")


def test_the_pretext_is_not_hajjah():
    # a real multi-outlet story read in session 28 (Gaza, 29 May): «بحجة أنهم» had placed three dead in Hajjah
    (f,) = _figures("وقتلت إسرائيل الأحد ثلاثة من عناصر الجهاد الإسلامي، بحجة أنهم كانوا يحاولون زرع عبوة.",
                    day=datetime(2018, 5, 29, 23))
    assert f.place != "حجة"
    (f,) = _figures("قتلت قوات الاحتلال ثلاثة فلسطينيين بحجة محاولتهم تنفيذ عملية طعن.", day=datetime(2018, 5, 29, 23))
    assert f.place != "حجة"  # (the review of session 28: not only before أن)
    (f,) = _figures("قتل 5 أشخاص بمحافظة حجة في غارة للتحالف.", day=datetime(2018, 5, 29, 23))
    assert f.place == "حجة"


def test_what_a_war_cost_is_the_outlet_s_background_not_the_report_s_day():
    # the fifty-sixth held-out set (FR-middleEast-853-20180730): an AFP piece retelling a UN report ends on the war's
    # toll, which had been the UN's, as of the report's Sunday; it is the outlet's, since the war began
    text = ("أعلنت الأمم المتحدة الأحد أن غارات جوية استهدفت محافظة الحديدة اليمنية وأدت إلى مقتل خمسة مدنيين. "
            "وقتل نحو 10 آلاف شخص في الحرب بين قوات الحكومة اليمنية والحوثيين بينهم 2200 طفل.")
    figs = _figures(text, day=datetime(2018, 7, 30, 10))
    told = {f.quote: (f.source_canonical, f.period, f.as_of_first and f.as_of_first.isoformat()) for f in figs}
    assert told["خمسة"][0] == "الأمم المتحدة"
    assert told["نحو 10 آلاف"] == (None, "total", "2015-03-26")
    assert told["2200"] == (None, "total", "2015-03-26")
    # ... with the war's word closing its clause or sentence (held-out sets: BB-internationalNews-564-20180524, Boko
    # Haram's «أكثر من 30 ألف شخص في الصراع،», since 26 July 2009)
    for text in ("وقتل نحو 10 آلاف شخص في الحرب.", "وقتل نحو 10 آلاف شخص في الحرب، وفر مليونان من منازلهم."):
        f = _figures(text, title="اليمن: غارات على الحديدة", day=datetime(2018, 7, 30, 10))[0]
        assert (f.period, f.as_of_first.isoformat()) == ("total", "2015-03-26"), text
    # a death among civilians who pay the conflict's price is the day's bombing's, not the war's
    text = ("انفجرت قنبلة في ولاية فراه الثلاثاء ما أسفر عن مقتل 11 شخصا على الأقل، هم من المدنيين الذين لا يزالون "
            "يدفعون الثمن الأكبر في النزاع الدامي المستمر منذ 2001.")
    (f,) = _figures(text, day=datetime(2018, 8, 1, 6))
    assert (f.period, f.as_of_first.isoformat()) == ("point", "2018-07-31")


def test_a_weekday_told_late_at_night_dates_its_figures_on_the_writer_s_day():
    # the fifty-sixth held-out set (SK-middleEast-3597-20180909): a Sky News Arabia piece of 23:12 UTC on Sunday
    text = ("استهدفت قوات النظام السوري، ليل الاثنين، مدينة قلعة المضيق بأكثر من 100 صاروخ، مما تسبب بسقوط قتلى "
            "وعشرات الجرحى.")
    figs = _figures(text, day=datetime(2018, 9, 9, 23, 12, tzinfo=UTC))
    assert {f.as_of_first.isoformat() for f in figs} == {"2018-09-10"}
    # ... and at noon the same words are the Monday before
    figs = _figures(text, day=datetime(2018, 9, 9, 12, 0, tzinfo=UTC))
    assert {f.as_of_first.isoformat() for f in figs} == {"2018-09-03"}


def test_a_weekday_told_where_the_clocks_run_ahead_turns_earlier_by_utc():
    # a multi-outlet story read in session 49 (SK-internationalNews-1494-20180509, Malaysia's election): «فجر الخميس
    # بالتوقيت المحلي» in a piece stamped 19:57 UTC on Wednesday, already Thursday's small hours in Kuala Lumpur, had
    # been dated the Thursday before
    text = "وحصل تحالف مهاتير محمد على 113 مقعدا فجر الخميس بالتوقيت المحلي."
    figs = _figures(text, title="انتخابات ماليزيا", day=datetime(2018, 5, 9, 19, 57, tzinfo=UTC))
    assert [f.as_of_first.isoformat() for f in figs] == ["2018-05-10"]
    # ... not where the writer's own clock is (a Syrian Thursday at 19:57 UTC is still Wednesday's evening there)
    figs = _figures(text.replace("مهاتير محمد", "المعارضة"), title="انتخابات العراق",
                    day=datetime(2018, 5, 9, 19, 57, tzinfo=UTC))
    assert [f.as_of_first.isoformat() for f in figs] == ["2018-05-03"]


def test_a_count_of_operations_after_during_is_no_window():
    # a held-out set (FR-internationalNews-1985-20180625): 948 migrants saved «خلال ثلاث عمليات» had been a window
    # ending the day reported; the operations were yesterday's, as the article says further down
    text = ("قال مسؤولون إن خفر السواحل أنقذ 948 مهاجرا خلال ثلاث عمليات، كما انتشل عشر جثث أخرى.\n"
            "وجرت هذه العمليات أمس الأحد قبالة السواحل الليبية.")
    figs = _figures(text, day=datetime(2018, 6, 25, 8, 39, tzinfo=UTC))
    assert {(f.value, f.period, f.as_of_first.isoformat()) for f in figs if f.value in (948, 10)} == {
        (948, "none", "2018-06-24"), (10, "none", "2018-06-24"),
    }
    # ... while a count of days is one
    (f,) = _figures("وقتل 12 شخصا خلال ثلاثة أيام من القصف.", day=datetime(2018, 6, 25, 8, tzinfo=UTC))
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("window", "2018-06-23", "2018-06-25")


def test_a_toll_since_an_event_runs_from_the_day_said_a_few_words_after_it():
    # the fifty-sixth held-out set (FR-internationalNews-2509-20180729): the protests' first day, said after their
    # name, had been cut off the «since» phrase, and the toll given no start
    text = ("وقتل 153 فلسطينيا على الأقل بإطلاق نار من الجانب الإسرائيلي منذ بدء التظاهرات الرافضة للحصار المفروض على "
            "قطاع غزة في 30 آذار/مارس الماضي.")
    (f,) = _figures(text, day=datetime(2018, 7, 29, 15, tzinfo=UTC))
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("total", "2018-03-30", "2018-07-29")
    assert f.place == "قطاع غزة"


def test_according_to_after_a_number_is_not_what_it_counts():
    # a real multi-outlet story read in session 29 (the Lombok earthquake, SK 2018-08-08): «بحسب» had been the counted
    # noun of the toll, which kept it out of the claims of its killed
    (f,) = _figures("وأدى الزلزال إلى مقتل ما لا يقل عن 105 بحسب حصيلة رسمية.", day=datetime(2018, 8, 8, 5, tzinfo=UTC))
    assert (f.measure, f.subject) == ("killed", None)


def test_a_report_s_figures_in_a_sentence_that_credits_it_once_are_all_its_own():
    # a random draw of session 29 (SK-middleEast-2602-20180627): the children and women among a report's 13,197 dead
    # tortured had been the outlet's, since the sentence credited the report with the whole only, and a toll since
    # March 2011 read as a recall of 2011; the report the speaker issued (تقريرا) had run on in its name
    text = ("أصدرت منظمة العفو الدولية تقريرا بمناسبة اليوم العالمي، وثقت فيه مقتل 500 مدني في سوريا منذ مارس 2011.\n"
            "ووفقا للتقرير فإن من بين الضحايا 500 هناك 60 طفلا و20 سيدة منذ مارس 2011.")
    figs = _figures(text, day=datetime(2018, 6, 27, 13, tzinfo=UTC))
    assert {f.quote: f.source_canonical for f in figs} == {
        "500": "منظمة العفو الدولية", "60": "منظمة العفو الدولية", "20": "منظمة العفو الدولية",
    }
    assert {f.source for f in figs if f.source} == {"منظمة العفو الدولية"}


def test_a_day_s_toll_in_the_conflict_going_on_is_not_the_war_s():
    # the review of session 29: «in the conflict» after a toll of a few is the day's incident, dated as the
    # sentence before; a toll of thousands «in the war» is the war's
    text = ("قتل 12 مدنيا في غارة جوية على بلدة خان شيخون بريف إدلب أمس. وقتل 8 مدنيين آخرين في الصراع الدائر في ريف "
            "حماة الشمالي، بحسب المرصد السوري لحقوق الإنسان.")
    figs = _figures(text, day=datetime(2018, 8, 8, 10, tzinfo=UTC))
    assert {f.value: (f.period, f.as_of_first.isoformat()) for f in figs}[8] == ("none", "2018-08-07")


def test_a_weekday_against_a_timestamp_in_the_writer_s_own_zone_is_not_turned():
    # the review of session 29: a timestamp given with its offset (+03:00) is already the writer's clock
    from datetime import timedelta, timezone

    from khulasa.dates import find

    local = datetime(2018, 8, 6, 1, 0, tzinfo=timezone(timedelta(hours=3)))
    (m,) = find("قتل 5 أشخاص يوم الثلاثاء", local)
    assert m.value.first.isoformat() == "2018-07-31"


def test_decades_minutes_and_years_as_sinin_count_a_window():
    # the review of session 29: a window word before a count of decades, minutes or سنين had lost its window once a
    # count of what is no time stopped being one
    from khulasa.analyse.figures.when import window_days

    # (minutes reach back no day: بعد 10 دقائق من مقتل 3 is today, the second review of session 29)
    assert (window_days("خلال 3 عقود"), window_days("خلال ثلاث سنين"), window_days("خلال 10 دقائق")) == (10956, 1095, 0)
    (f,) = _figures("وخلف الصراع 70 ألف قتيل خلال 3 عقود.", day=datetime(2018, 4, 24, 10, tzinfo=UTC))
    assert f.period == "window"


def test_a_war_s_toll_told_after_its_verb_or_at_a_sentence_s_end_is_still_the_war_s():
    # the second review of session 29: thousands six words after the relative's verb, or written «الآلاف.» at the end
    # of the sentence, still count a war's toll; a superscript digit (كم²) is no number and breaks nothing
    from khulasa.analyse.figures.words import tells_a_war_toll

    assert tells_a_war_toll("ويعيش اليمن على وقع النزاع بين الحكومة والحوثيين الذي أسفر عن مقتل أكثر من 10 آلاف شخص.")
    assert tells_a_war_toll("الصراع بين الحكومة والمتمردين الحوثيين الذي أودى بحياة عشرات الآلاف.")
    assert not tells_a_war_toll("التي دمر منها نحو 40 كم² في الحرب الدائرة.")


def _toll_on(text: str, quote: str, day: datetime):
    """The figure written ``quote`` of an article of ``text`` published at ``day``."""
    return next(f for f in _figures(text, day=day) if f.quote == quote)


def test_an_earlier_attack_recalled_with_it_was_does_not_date_the_days_toll():
    # a random draw of session 30: Mubi's mosque bombing on Tuesday 1 May, then «وكانت بوكو حرام قد نفذت الخميس
    # الماضي، هجوما في مايدوغوري» (another attack, recalled): the toll is Tuesday's, not Thursday's
    text = (
        "أعلنت الشرطة النيجيرية مقتل 20 شخصا على الأقل، الثلاثاء، من جراء انفجارين ضربا مسجدا ومحيطه في شمال شرقي "
        "البلاد. وحملت الانفجارات التي وقعت في بلدة موبي بصمات جماعة بوكو حرام. وكانت بوكو حرام قد نفذت الخميس "
        "الماضي، هجوما في مدينة مايدوغوري أودى بحياة أربعة أشخاص."
    )
    figs = _figures(text, day=datetime(2018, 5, 1, 16, 44, tzinfo=UTC))
    toll = next(f for f in figs if f.quote == "20")
    assert toll.as_of_first == date(2018, 5, 1)
    assert next(f for f in figs if f.quote == "أربعة").as_of_first == date(2018, 4, 26)


# the day a toll is of, where its article tells the incident in the pluperfect or says the news came «N days after» it
# (session 30: a random draw, the Lombok story and two reviews): (text, the toll as written, published, its first day)
INCIDENT_DAYS = {
    # «وكان الهجوم قد وقع مساء السبت»: the attack with the article is the story's own
    "the story's attack, definite, in the pluperfect": (
        "وقالت الشرطة في بيان أصدرته الأحد إن 20 شخصا قتلوا. وكان الهجوم قد وقع مساء السبت في قرية.", "20",
        datetime(2018, 4, 29, 12, tzinfo=UTC), date(2018, 4, 28),
    ),
    # AL-internationalNews-145-20180221 (Dapchi): «وكان عناصر بوكو حرام قد نفذوا هجوماً الاثنين على قرية دابتشي» tells
    # the story's own attack, to a lead with no day of its own
    "the story's attack, to a lead with no day": (
        "قتل 20 شخصا في هجوم على قرية في شمال نيجيريا. وكان مسلحون قد نفذوا هجوما الاثنين على قرية دابتشي.", "20",
        datetime(2018, 2, 21, 12, tzinfo=UTC), date(2018, 2, 19),
    ),
    # Lombok: a new quake on Thursday «بعد 4 أيام من زلزال بقوة 6,9 درجات، أوقع 259 قتيلاً» (a decimal comma ends no
    # clause): Sunday's toll, not Thursday's
    "N days before the day its sentence names": (
        "ضرب زلزال جديد بقوة 5,9 ريختر، الخميس، جزيرة لومبوك الإندونيسية بعد 4 أيام من زلزال بقوة 6,9 درجات، "
        "أوقع 259 قتيلاً على الأقل.", "259", datetime(2018, 8, 9, 12, tzinfo=UTC), date(2018, 8, 5),
    ),
    # «وبعد أسبوع من زلزال أول أوقع 17 قتيلا»: a week before (a و glued to «after»)
    "a week before, after و": (
        "وأثار ذعرا بين السكان والسياح، وبعد أسبوع من زلزال أول أوقع 17 قتيلا على الأقل في الجزيرة.", "17",
        datetime(2018, 8, 9, 12, tzinfo=UTC), date(2018, 8, 2),
    ),
    # «بعد خمسة أشهر على زلزال ... أودى بحياة 369» (على, as written with its ى)
    "months after, with على": (
        "بعد خمسة أشهر على زلزال عنيف أودى بحياة 369 شخصا، ما زال السكان في الخيام.", "369",
        datetime(2018, 10, 2, 12, tzinfo=UTC), date(2018, 5, 5),
    ),
    # «بعد أربعة أيام من زلزال مدمر في سولاويسي قتل 844»: قتل tells what the quake did
    "days after, with قتل": (
        "وقالت الوكالة إن الجزيرة تعافت بعد أربعة أيام من زلزال مدمر في سولاويسي قتل 844 شخصا.", "844",
        datetime(2018, 10, 2, 12, tzinfo=UTC), date(2018, 9, 28),
    ),
}


@pytest.mark.parametrize("case", list(INCIDENT_DAYS))
def test_a_toll_is_of_its_incidents_day(case):
    text, quote, published, first = INCIDENT_DAYS[case]
    assert _toll_on(text, quote, published).as_of_first == first


def test_a_count_dated_only_by_its_campaigns_start_runs_from_that_start():
    # the sixtieth held-out set (BB-internationalNews-338-20180415): «about 700,000 fled the campaign that began against
    # them last August» had been August's, not the exodus so far; the campaign's known first day, 25 August 2017
    text = ("تقول السلطات في ميانمار إنها أعادت أول أسرة من أقلية الروهينجا من بنغلاديش. ونزح إلى بنغلاديش عبر "
            "الحدود مع ميانمار حوالي 700 ألف من الروهينجا هربا من الحملة العسكرية الوحشية التي بدأت ضدهم في شهر "
            "أغسطس/آب الماضي.")
    (f,) = [f for f in _figures(text, title="أزمة الروهينجا", day=datetime(2018, 4, 15, 9)) if f.value == 700_000]
    assert (f.period, f.as_of_first.isoformat(), f.as_of_last.isoformat()) == ("total", "2017-08-25", "2018-04-15")


def test_the_first_of_its_kind_since_compares_and_dates_nothing():
    # a random draw of session 31 (FR-internationalNews-1447-20180525): three wounded «in the first bombing of a party's
    # office since the campaign began in mid-April» had been a toll since mid-April
    text = ('وقال ضابط في الشرطة إن التفجيرين "أسفرا عن سقوط ثلاثة جرحى" في أول تفجير يستهدف مقر حزب عراقي منذ '
            'انطلاق الحملة الانتخابية في منتصف نيسان/أبريل الماضي.')
    (f,) = _figures(text, day=datetime(2018, 5, 25, 9))
    assert f.period != "total" and f.as_of_first == date(2018, 5, 25)
    # ... while «the day before yesterday» is a day (أول أمس)
    (f,) = _figures("وقتل 5 أشخاص أول أمس في غارة.", day=datetime(2018, 5, 25, 9))
    assert f.as_of_first == date(2018, 5, 23)


def test_they_spoke_late_not_within_an_hour_and_first_is_no_word_of_the_speaker():
    # the sixty-first held-out set (SK-internationalNews-3236-20180913, Hengyang): «في ساعة متأخرة» is late at night,
    # not a window of one hour; «في البداية» ends the speaker's name
    figs = _figures("وقالت الحكومة في البداية إن ثلاثة أشخاص قتلوا لكنها رفعت عدد الوفيات إلى تسعة في بيان صدر في ساعة "
                    "متأخرة.", day=datetime(2018, 9, 13, 9))
    assert [(f.quote, f.period, f.source) for f in figs] == [("ثلاثة", "none", "الحكومة"), ("تسعة", "none", "الحكومة")]
    # ... nor is rush hour (a whole-store draw of session 32: the Parsons Green bomb's 30 hurt «في ساعة ذروة»)
    (f,) = _figures("فجر قنبلة على متن قطار أنفاق في لندن في ساعة ذروة مما أدى إلى إصابة 30 شخصا.",
                    day=datetime(2018, 3, 16, 9))
    assert f.period != "window"


def test_the_morrow_of_a_lead_s_dated_incident_is_the_day_before_that_incident():
    # the sixty-first held-out set (SK-internationalNews-3318-20181006): «ويأتي الحادث غداة مقتل ستة جنود» after a lead
    # dated Friday is of Thursday, not of the day before the Saturday it was reported
    figs = _figures("قتل ستة من رجال الشرطة الجمعة في انفجار لغم في صولي شمال بوركينا فاسو. ويأتي الحادث غداة مقتل ستة "
                    "جنود شرق البلاد في ظروف مماثلة.", day=datetime(2018, 10, 6, 10))
    assert [(f.as_of_first, f.as_of_last) for f in figs] == [(date(2018, 10, 5),) * 2, (date(2018, 10, 4),) * 2]


def test_pockets_the_convicted_and_bodies_after_their_noun_are_read_for_what_they_count():
    # a random draw of the whole-corpus store, session 33: Ghouta's three pockets were 3 besieged in a claim with its
    # 400,000; 18 people sentenced for a killing were 18 killed; two bodies found joined a toll of 200 as its conflict
    (f,) = _figures("وقسمت المنطقة إلى ثلاثة جيوب محاصرة بعد هجوم للنظام.")
    assert f.measure == "other"
    (f,) = _figures('حكمت محكمة تركية، الخميس، بالسجن مدى الحياة على 18 شخصا أدينوا بقتل عسكري اعتبر "بطلا وطنيا".')
    assert f.measure != "killed"
    (f,) = _figures("وقال مدير المرصد إن التنظيم عثر على جثتي اثنتين أخريين من المخطوفات.")
    assert (f.quote, f.measure, f.subject) == ("اثنتين", "killed", "جثتي")


def test_two_after_its_dual_counts_that_noun_and_visa_applicants_are_no_displaced():
    # a second random draw of session 33: Daraa's two girls had no counted noun and joined 29 fighters in a claim;
    # 9,681,913 applicants for US visas were displaced
    figs = {f.quote: f for f in _figures("وارتفع عدد القتلى المدنيين إلى 32 بينهم 7 نساء وطفلتان اثنتان، وعنصران اثنان "
                                         "من الدفاع المدني.")}
    assert (figs["اثنتان"].subject, figs["اثنان"].subject) == ("وطفلتان", "وعنصران")
    (f,) = _figures("وقتل اثنان من الجنود في الهجوم.")
    assert f.subject == "الجنود"
    figs = {f.quote: f.measure for f in _figures("وتقدم 559536 شخصا لتأشيرة هجرة للولايات المتحدة العام الماضي.")}
    assert figs == {"559536": "other"}


def test_a_list_of_counts_after_and_they_are_keeps_the_measure_of_the_noun_it_lists():
    # H63: the 71 migrants found dead in a lorry, "the bodies of the victims, who are 59 men, eight women and four
    # children"; «وهم» with words after it opens a clause about another noun only when no count follows it
    text = "وعثر على جثث الضحايا وهم 59 رجلا وثماني نساء وأربعة أطفال داخل الشاحنة."
    figs = {f.quote: f.measure for f in _figures(text)}
    assert figs == {"59": "killed", "وثماني": "killed", "وأربعة": "killed"}


def test_attempts_on_lives_count_those_who_survived_them():
    # H63: the Turku stabber's verdict, two murders and eight attempted murders
    text = 'وقالت المحكمة إنها قضت بالسجن المؤبد عليه في جريمتي قتل وثماني محاولات شروع في القتل بدوافع إرهابية.'
    assert {f.quote: f.measure for f in _figures(text)} == {"وثماني": "wounded"}


def test_the_next_item_of_a_war_toll_is_counted_in_its_own_noun_and_placed_with_the_war():
    # H63 (Sierra Leone) and held-out set 20 (South Sudan): "about 120,000 dead and hundreds of thousands of
    # displaced", the second item had been the killed of the first
    text = ("وتجري الانتخابات في سيراليون بهدوء.\nرحب المراقبون بحملة هادئة في هذا البلد الذي شهد حربا أهلية من 1991 "
            "إلى 2002 أسفرت عن سقوط حوالى 120 ألف قتيل ومئات الآلاف من النازحين والمهجرين.")
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 3, 7, 9))}
    assert (figs["حوالى 120 ألف"].measure, figs["ومئات الآلاف"].measure) == ("killed", "displaced")
    assert figs["ومئات الآلاف"].place == figs["حوالى 120 ألف"].place == "سيراليون"


def test_those_left_without_power_are_no_strikes():
    # H63: an Auckland storm "leaving thousands without power" (ساكن, a resident, was tried as a population word and
    # taken out: the review of session 33 found it made 800 doctors a population)
    figs = {f.quote: f.measure for f in _figures("ضربت رياح عاتية أوكلاند، تاركة الآلاف بدون كهرباء صباح الأربعاء.")}
    assert figs == {"الآلاف": "other"}


def test_the_review_of_session_33_what_its_rules_must_not_do():
    # eliminated pigs are no dead; a court's counts of murder are the dead; convicted journalists stay counted;
    # relatives held are held; a protest's wounded are not a war's toll; the side that intervened is not where
    figs = {f.quote: f.measure for f in _figures("تم في الصين القضاء على أكثر من 38 ألف خنزير.")}
    assert figs.get("أكثر من 38 ألف") != "killed"
    (f,) = _figures("والقضاء على 71 إرهابيا خلال المداهمات.")
    assert f.measure == "killed"
    # (charges counted are charges: session 33 had read them as the dead, the blind H74 labels five murder charges
    # other, and a whole-store draw of session 46 had Toronto's ten charges as more dead in its claim)
    (f,) = _figures("ووجهت إليه عشر تهم بالقتل العمد.")
    assert f.measure == "other"
    assert [f.quote for f in _figures("وحكم على 23 صحافيا أدينوا بالانتماء إلى منظمة.")] == ["23"]
    (f,) = _figures("أوقفت السلطات التركية قريبين اثنين له.")
    assert f.measure == "arrested"
    (f,) = _figures("وأصيب في هذه المسيرات أكثر من 12 ألف فلسطيني.", day=datetime(2018, 5, 19, 9))
    assert f.as_of_first is None or f.as_of_first.year == 2018
    text = "وأدى النزاع في اليمن منذ التدخل السعودي إلى مقتل نحو عشرة آلاف شخص."
    (f,) = _figures(text, day=datetime(2018, 4, 23, 9))
    assert f.place == "اليمن"


def test_those_charged_with_a_killing_are_not_its_dead_and_those_held_on_a_charge_stay_held():
    # H63: the four smugglers charged over the 71 migrants' deaths
    figs = {f.quote: f.measure for f in _figures("ووجهت للرجال الأربعة تهمة قتل الضحايا اختناقا في شاحنة.")}
    assert figs == {"الأربعة": "other"}  # (the accused, a count the story tracks, told again)
    (f,) = _figures("واعتقلت الشرطة 47 شخصا بتهمة القتل والسرقة.")
    assert f.measure == "arrested"


def test_reports_a_speaker_cites_inside_its_quotation_leave_the_speaker_the_source():
    # H62 (Grozny's church): the committee quotes "preliminary reports" and goes on; its figures are the committee's
    text = ('وأوضحت اللجنة أنه "وفقا للتقارير الأولية، قتل شرطيان مسؤولان عن أمن الكنيسة ومدني"، مشيرة إلى إصابة '
            "اثنين آخرين من الشرطة.")
    (f,) = _figures(text)
    assert (f.quote, f.source) == ("اثنين", "اللجنة")
    # ... and «according to» after the quotation closed still relays it (held-out set 14: AFP quoting an officer)
    text = 'وقال ضابط في مايدوغوري "حتى الآن، لا نملك أي معلومات عن 23 شخصا. إنهم 5 ضباط و18 جنديا"، بحسب فرانس برس.'
    assert {f.conduit for f in _figures(text)} == {"فرانس برس"}


def test_registered_voters_are_no_population_and_those_who_surrendered_are_no_dead():
    # a whole-store draw of session 33: Pakistan's 106 million registered voters against its 200 million people, and
    # Derna's hundred who gave themselves up against 3 civilians killed by a mine
    (f,) = _figures("وقد سجل نحو 106 ملايين نسمة أسماءهم في سجلات الناخبين، لانتخاب أعضاء مجلس النواب.")
    assert f.measure != "population"
    (f,) = _figures("وتعتبر باكستان التي يبلغ عدد سكانها 200 مليون نسمة من الاقتصادات النامية.")
    assert f.measure == "population"
    figs = {f.quote: f.measure for f in _figures("وقال إن أكثر من مائة مسلح قتلوا، بينما سلم مائة آخرون أنفسهم.")}
    assert figs == {"أكثر من مائة": "killed", "مائة": "other"}


def test_the_second_review_of_session_33_charges_by_what_they_charge_and_a_war_written_indefinite():
    # charges counted are charges, murder or attempted murder (session 33 had read them as the dead and the wounded;
    # see the test above)
    figs = {f.quote: f.measure for f in _figures("ووجهت إليه عشر تهم بالقتل و13 تهمة بالشروع في القتل.")}
    assert figs == {"عشر": "other", "13": "other"}
    (f,) = _figures("ويواجه 19 تهمة تشمل الاعتداء الجنسي والحجز القسري وإطلاق تهديدات بالقتل.")
    assert f.measure == "other"
    # «حربا», the war written indefinite, is a word of combat: its half a million dead are the war's since it began
    text = "وقالت إن الحكومة أشعلت حربا أودت بحياة نحو نصف مليون شخص وشردت الملايين في سوريا."
    figs = {f.quote: f for f in _figures(text, day=datetime(2018, 8, 8, 9))}
    assert figs["نحو نصف مليون"].as_of_first.isoformat() == "2011-03-15"


def test_an_arrest_by_a_countrys_own_police_is_in_that_country_not_where_the_arrested_went():
    # the sixty-fourth held-out set: Albania's smuggling ring (the destinations after «إلى») and Macedonia's fighters
    text = ("أعلنت السلطات الألبانية توقيف 39 شخصا، بينهم شرطيون، وتفكيك شبكة إجرامية كبرى متهمة بتهريب أكثر من ألف "
            "ألباني إلى الولايات المتحدة وكندا وبريطانيا.")
    figs = {f.quote: f for f in _figures(text)}
    assert (figs["39"].measure, figs["39"].place, figs["39"].source) == ("arrested", "ألبانيا", "السلطات الألبانية")
    assert figs["أكثر من ألف"].measure == "other"  # the smuggled: no one held
    text = ("قالت وزارة الداخلية المقدونية إن الشرطة ألقت القبض على 7 أشخاص يعتقد أنهم شاركوا في قتال مع تنظيم داعش "
            "في سوريا والعراق.")
    (f,) = _figures(text)
    assert (f.measure, f.place) == ("arrested", "مقدونيا الشمالية")
    # a place right after the count is the arrest's own; one before it, between the police and the count, is abroad
    (f,) = _figures("اعتقلت الشرطة الإسرائيلية خمسة فلسطينيين في القدس.")
    assert f.place == "القدس"
    (f,) = _figures(
        "كما أرسلت السلطات العراقية ضباط مخابرات إلى سوريا، لتنفيذ عملية ناجحة باعتقال خمسة من كبار قادة الجهاديين."
    )
    assert f.place == "سوريا"


def test_a_penalty_is_no_baqubah_and_the_part_killed_of_a_group_leaves_the_group_uncounted_as_dead():
    (f,) = _figures("وكان المدعي طالب بعقوبة السجن مدى الحياة بحق 11 متهما والسجن 30 عاما للإمام.")
    assert f.place != "بعقوبة"
    text = "ووفقا لتقديرات السلطات المقدونية يحارب أكثر من مئة مقدوني في سوريا والعراق قُتل منهم نحو عشرين حتى الآن."
    figs = {f.quote: f.measure for f in _figures(text)}
    assert figs == {"أكثر من مئة": "other", "نحو عشرين": "killed"}
    # a part of those an arrest warrant names is named by the warrant too
    text = "وأصدرت نيابة اسطنبول مذكرات توقيف بحق 300 عسكري، منهم 211 جندياً في الخدمة."
    figs = {f.quote: f.measure for f in _figures(text)}
    assert figs == {"300": "other", "211": "other"}
    # «among them» after the verb is a part of the killed, not the group they were part of
    text = "قال الدفاع المدني السوري إن 1300 مدني قتلوا -بينهم تسعة رجال إنقاذ- منذ بداية الهجوم."
    figs = {f.quote: f.measure for f in _figures(text)}
    assert figs["1300"] == "killed"


def test_a_town_named_after_its_noun_and_placed_in_a_known_place_is_the_place_however_often_the_name_is_written():
    # the sixty-fourth held-out set: Leicester (a club's name too), not central England; not «north» itself
    (f,) = _figures("وقع تفجير متجر في مدينة ليستر بوسط انجلترا أسفر عن مقتل خمسة أشخاص.")
    assert f.place == "ليستر"
    (f,) = _figures("توفي 33 طفلا في مخيم بشمال شرق نيجيريا خلال أسبوعين.")
    assert f.place != "بشمال"


def test_a_war_sized_toll_since_an_undated_start_is_the_wars_and_people_relying_on_aid_are_aids_count():
    # the sixty-fifth held-out set: Yemen's war dead told as background to a day's strike
    day = datetime(2018, 4, 21, 9)
    text = ("وقتل نحو 10 آلاف شخص في اليمن منذ تدخل التحالف الدولي الذي تقوده السعودية في البلاد في آذار/مارس 2015، "
            "دعما للقوات الحكومية في وجه الحوثيين.")
    (f,) = _figures(text, day=day)
    assert (f.period, f.as_of_first.isoformat()) == ("total", "2015-03-26")
    text = "وفي هذا النزاع المسلح، قتل ما لا يقل عن عشرة آلاف يمني."
    (f,) = _figures(text, title="اليمن: قتلى في غارات على صنعاء", day=day)
    assert f.as_of_first.isoformat() == "2015-03-26"
    # a day's toll beside «the conflict» stays the day's
    (f,) = _figures("وقتل 8 مدنيين في غارة على صنعاء في هذا النزاع المسلح.", day=day)
    assert f.as_of_first == f.as_of_last
    text = "وتشير الأمم المتحدة إلى وجود أكثر من 22 مليون شخص يعتمدون على المساعدات في اليمن."
    (f,) = _figures(text, day=day)
    assert f.measure == "aid"
    # ... not the help a count was given, nor an assistant
    (f,) = _figures("وقالت الوكالة إن أكثر من 400 شخص احتاجوا لمساعدة طبية.", day=day)
    assert f.measure != "aid"
    (f,) = _figures("واعتقلت الشرطة خمسة من مساعديه.", day=day)
    assert f.measure == "arrested"


def test_one_of_a_staff_killed_is_a_count_of_one():
    # the sixty-fifth held-out set: the Red Cross worker shot in Taiz
    text = "أعلنت اللجنة الدولية للصليب الأحمر مقتل أحد موظفيها من الجنسية اللبنانية بالرصاص السبت في اليمن."
    (f,) = _figures(text, day=datetime(2018, 4, 21, 9))
    assert (f.quote, f.value, f.measure) == ("أحد", 1, "killed")
    assert not _figures("وقال أحد موظفي الشركة إن الاجتماع انتهى.", day=datetime(2018, 4, 21, 9))


def test_state_media_do_not_speak_for_their_countrys_place():
    # the sixty-fifth held-out set: Saudi state television on the Houthi dead of a strike in Sanaa
    text = ("ومساء الجمعة، استهدف التحالف مبنى تابعا لوزارة الداخلية في صنعاء. من جانبها، أوردت قناة الإخبارية "
            "السعودية الرسمية أن قياديين اثنين على الأقل بين القتلى.")
    figs = _figures(text, title="اليمن: مصرع عشرات الحوثيين في غارة للتحالف على صنعاء", day=datetime(2018, 4, 28, 9))
    assert [f.place for f in figs] != ["السعودية"]


def test_the_review_of_session_34_keeps_each_new_rule_to_what_it_was_written_for():
    day = datetime(2018, 6, 8, 9)
    # «of them» after a plural verb agreeing with the count, or after the count's own noun, leaves the count as it is
    figs = {f.quote: f.measure for f in _figures("هذا وكان 123 فلسطينيا قد قضوا، منهم 13 طفلا.", day=day)}
    assert figs["123"] == "killed"
    figs = {f.quote: f.measure for f in _figures("أسفرت عن 115 قتيلاً و 13300 جريحاً، منهم 330 إصابة خطيرة.", day=day)}
    assert figs["13300"] == "wounded"
    # «the aid» counts the people who need it, not what it is said of
    (f,) = _figures("وشملت المساعدات المقدمة 14 قطاعا رئيسيا.", day=day)
    assert f.measure == "other"
    # an international warrant against six leaders abroad holds no one
    (f,) = _figures("وأصدر القاضي مذكرات توقيف دولية في حق ستة قادة انفصاليين موجودين في الخارج.", day=day)
    assert f.measure != "arrested"
    # an arrest placed by its own clause keeps its place; one whose place is what the arrested are suspected of does not
    text = "وقالت شرطة الحدود الإسرائيلية إنها اعتقلت السبت اثنين من الشبان على الجدار الفاصل في بيت لحم."
    (f,) = _figures(text, day=day)
    assert f.place == "بيت لحم"
    text = "ألقت الشرطة الماليزية القبض على عشرة أشخاص للاشتباه في مساعدتهم متطرفين على الانتقال إلى جنوب الفلبين."
    (f,) = _figures(text, day=day)
    assert f.place == "ماليزيا"
    # a frequent name after a settlement noun needs a known place after it, not «lying» somewhere unnamed
    (f,) = _figures("وقدم 10 آلاف لاجئ من بافاريا، ولاية زيهوفر الواقعة في جنوب البلاد.", day=day)
    assert f.place != "زيهوفر"
    # those a war left in need of aid are counted on the day reported, not since the war began
    text = "وتشير الأمم المتحدة إلى أن النزاع أسفر عن أسوأ أزمة مع وجود أكثر من 22 مليون شخص يعتمدون على المساعدات."
    (f,) = _figures(text, title="اليمن: مقتل موظف في الصليب الأحمر", day=datetime(2018, 4, 21, 9))
    assert f.measure == "aid" and f.as_of_first == f.as_of_last


def test_a_whole_store_draw_of_session_34_a_crash_with_no_dead():
    day = datetime(2018, 7, 31, 23)
    # a flight's number after a hashtag is no toll, and a crew of four on a plane «when it fell» are not its dead
    assert not _figures("وقال الحاكم على تويتر إنه \"ليس هناك قتلى في حادث الطائرة #أم2431\".", day=day)
    text = "إذ كان على متنها 97 راكبا وطاقم من أربعة أفراد عندما سقطت في نحو الساعة الرابعة مساء."
    assert {f.measure for f in _figures(text, day=day)} == {"other"}
    # a day right after an act's verb is the act's, not a statement's (a check of session 34's last commits)
    text = "أصدرت السلطات في تركيا، الاثنين، أوامر بتوقيف 68 ضابطا للاشتباه بصلتهم بمحاولة الانقلاب قبل عامين."
    (f,) = _figures(text, day=datetime(2018, 7, 2, 9))
    assert f.as_of_first.isoformat() == "2018-07-02"
    # «the aid» reaches persons told by their origin, or the millions with no noun
    for text in ("إذ يعتمد 22 مليون يمني على المساعدات.", "عملية إنسانية لتوصيل المساعدات إلى ملايين اليمنيين."):
        (f,) = _figures(text, day=day)
        assert f.measure == "aid", text


def test_diplomats_a_state_expels_are_not_displaced():
    # a whole-store draw of session 34 (the Skripal expulsions), beside settlers driving people from their homes
    day = datetime(2018, 3, 27, 9)
    for text in ("وطردت بريطانيا 23 روسياً نتيجة ذلك.", "أعلن حلف شمال الأطلسي طرد سبعة دبلوماسيين روس."):
        (f,) = _figures(text, day=day)
        assert f.measure == "other", text
    (f,) = _figures("طرد المستوطنون 50 فلسطينيا من منازلهم.", day=day)
    assert f.measure == "displaced"
    (f,) = _figures("ويتزامن يوم الثلاثاء مع الذكرى السبعين للنكبة حين طردت إسرائيل مئات آلاف الفلسطينيين.", day=day)
    assert f.measure == "displaced"


def test_a_narratives_count_is_of_the_day_told_before_it_not_of_a_later_day_the_article_names():
    # the sixty-sixth held-out set's Odisha parcel bomb, told a month on: the three carried to the ambulances are of 23
    # February, told before them, not of «يوم الاثنين الماضي», when a video of the widow went round
    text = (
        "في يوم 23 فبراير/ شباط الماضي، كان سوميا سيخر ساهو وزوجته في مطبخ بيتهما. "
        "وبمجرد أن جذب سوميا الخيط، هز انفجار شديد المطبخ. وحمل الجيران المصابين الثلاثة إلى سيارات إسعاف. "
        "وأصبحت قصتها مثارا لحزن شديد في الهند يوم الاثنين الماضي بعد أن سجل أحد الأقارب فيديو."
    )
    (f,) = [f for f in _figures(text, day=datetime(2018, 3, 25, 9)) if f.measure == "wounded"]
    assert f.as_of_first == date(2018, 2, 23)
    # with no day told before it, the count keeps the latest day the article states
    (f,) = [f for f in _figures(text.split(". ", 1)[1], day=datetime(2018, 3, 25, 9)) if f.measure == "wounded"]
    assert f.as_of_first == date(2018, 3, 19)


def test_an_agency_told_after_the_full_stop_is_the_conduit_of_the_sentence_before():
    text = "وأعلن مكتب الحكومة لشؤون التواصل وفاة تسعة أشخاص في منطقة غامو غوفا، وإصابة 17 آخرين. حسب فرانس برس."
    assert {(f.source_canonical, f.conduit) for f in _figures(text)} == {("الحكومة", "فرانس برس")}


def test_men_accused_of_a_killing_are_not_its_dead():
    # the sixty-sixth held-out set's Kathua trial; the accused of anything else may be the dead, and suspects shot
    # are the killed
    day = datetime(2018, 4, 16, 9)
    for text in (
        "دفع ثمانية رجال متهمين باغتصاب طفلة مسلمة من قبيلة من الرحل وقتلها في الهند، ببراءتهم الاثنين.",
        "مثل خمسة أشخاص متهمين بقتل صحفي أمام المحكمة.",
    ):
        (f,) = _figures(text, day=day)
        assert f.measure == "other", text
    for text in ("وقتل ثمانية أشخاص متهمين بالانتماء إلى داعش.", "قتل ثلاثة مشتبه بهم في تبادل لإطلاق النار."):
        (f,) = _figures(text, day=day)
        assert f.measure == "killed", text


def test_what_an_event_the_sentence_before_placed_caused_is_about_its_place():
    # a whole-store draw of session 35: a story set in Ankara (a street renamed «Olive Branch») tells the Afrin
    # operation's toll; «what the operation caused» is Afrin's, not Ankara's
    text = (
        "أعلن رئيس بلدية العاصمة التركية أنقرة أن البلدية قررت تغيير اسم الشارع. "
        "وأطلقت تركيا اسم غصن الزيتون على عمليتها العسكرية لاجتياح منطقة عفرين الكردية السورية. "
        "وأدت العملية حتى الآن إلى مقتل العشرات ونزوح عشرين ألف شخص بسبب المعارك."
    )
    assert {f.place for f in _figures(text, day=datetime(2018, 2, 12, 9))} == {"عفرين"}
    # two places as precise as each other leave the story's own (Halabja's attack, in the war with Iran)
    text = (
        "أحيا آلاف الأكراد الذكرى الثلاثين للهجوم الكيميائي على حلبجة. "
        "وسيطرت قوات كردية بدعم من إيران على مدينة حلبجة، ما دفع الجيش العراقي إلى قصف المدينة. "
        "وأدى الهجوم إلى مقتل نحو 5 آلاف كردي."
    )
    assert {f.place for f in _figures(text, day=datetime(2018, 3, 17, 9))} == {"حلبجة"}


def test_where_people_meant_to_go_is_not_where_they_were_counted():
    # the sixty-seventh held-out set: migrants rescued off Kerkennah «meaning to head for the Italian coast»
    text = (
        "أعلنت وزارة الدفاع التونسية الخميس أن خفر السواحل أنقذوا 120 مهاجرا كانوا ينوون التوجه نحو السواحل الإيطالية. "
        "وقالت الوزارة إن المياه تسربت إلى قارب المهاجرين بالقرب من جزيرة قرقنة."
    )
    (f,) = _figures(text, day=datetime(2018, 3, 15, 9))
    assert f.place != "إيطاليا"


def test_an_army_statements_bracketed_counts_and_targets() -> None:
    """Egypt's army numbers its results in brackets (القضاء على عدد (4) عنصر تكفيري): governed from before «عدد», the
    killed; the targets its aircraft struck are strikes, a player's goals are not."""
    text = (
        'ولفت المتحدث إلى "القضاء على عدد (4) عنصر تكفيري مسلح خلال تبادل لإطلاق النيران مع القوات". '
        "وأضاف أن القوات الجوية استهدفت عدد (5) أهداف للعناصر الإرهابية. وأعلن الجيش قصف 166 هدفا بالمدفعية. "
        "وسجل اللاعب 43 هدفا في الموسم."
    )
    figures = {f.quote: f.measure for f in _figures(text, day=datetime(2018, 2, 19, 9))}
    assert figures == {"4": "killed", "5": "strikes", "166": "strikes", "43": "other"}


def test_a_toll_during_an_operation_it_began_runs_from_its_start() -> None:
    """«خلال العملية العسكرية التي بدأها في سيناء» (H70): the operation's toll so far, not a window ending today."""
    text = 'قال الجيش المصري إنه تمكن من القضاء على "16 عنصرا تكفيريا" خلال العملية العسكرية التي بدأها في سيناء.'
    (f,) = _figures(text, day=datetime(2018, 2, 11, 9))
    assert (f.measure, f.period) == ("killed", "total")
    # ... as does one said to run since a start (the fifty-ninth set's Ghazni); a day's window before a sum keeps
    # its window
    got = {f.quote: f.period for f in _figures(
        "وسقط المئات بين قتيل وجريح خلال الاشتباكات هناك منذ الأسبوع الماضي. "
        "وقتل 10 أشخاص خلال الساعات الـ24 الماضية، ليرتفع إجمالي القتلى إلى 300.", day=datetime(2018, 8, 14, 9)
    )}
    assert (got["المئات"], got["10"]) == ("total", "window")


def test_a_sentence_opening_on_a_day_dates_its_toll_before_a_wider_period() -> None:
    """«ففي 11 حزيران/يونيو، فجر انتحاري نفسه ... خلال شهر رمضان، ما أسفر عن مقتل 12» (a held-out set): the day the
    sentence opens on, which Ramadan holds, not the whole month."""
    text = (
        "فجر انتحاري نفسه قرب وزارة التأهيل في كابول. "
        "ففي 11 حزيران/يونيو، فجّر انتحاري نفسه فيما كان موظفون في الوزارة ينتظرون حافلة تقلّهم إلى منازلهم خلال "
        "شهر رمضان، ما أسفر عن مقتل 12 على الأقل وإصابة 31."
    )
    got = {f.quote: (f.as_of, f.as_of_first, f.as_of_last) for f in _figures(text, day=datetime(2018, 7, 15, 9))}
    assert got["12 على الأقل"] == ("11 حزيران/يونيو", date(2018, 6, 11), date(2018, 6, 11))


def test_families_who_fled_in_the_feminine_are_displaced() -> None:
    """«فرت مئات العائلات» (H72): the feminine past of fleeing, whose stem keeps its ت, counts the displaced."""
    (f,) = _figures("فرت مئات العائلات من المناطق التي تسيطر عليها المعارضة في درعا خوفا من تقدم القوات الحكومية.")
    assert f.measure == "displaced"


def test_a_toll_of_the_operation_begun_in_sinai_runs_from_its_known_start() -> None:
    """«خلال العملية العسكرية التي بدأها في سيناء» names no start: Sinai 2018's, 9 February (known_events.tsv)."""
    text = 'قال الجيش المصري إنه تمكن من القضاء على "16 عنصرا تكفيريا" خلال العملية العسكرية التي بدأها في سيناء.'
    (f,) = _figures(text, day=datetime(2018, 2, 11, 9))
    assert (f.period, f.as_of_first) == ("total", date(2018, 2, 9))


def test_fronts_and_agencies_counted_are_no_figures() -> None:
    """«ثلاث جبهات» (H72), «خمسة أجهزة أمنية»: what no story tracks is left out; the people counted beside stay."""
    got = [f.quote for f in _figures(
        "وتوزعت التعزيزات على ثلاث جبهات قريبة من جسر الشغور. وصودرت أموال ضباط في خمسة أجهزة أمنية. "
        "وأصيب 3 من عناصر أجهزة الأمن."
    )]
    assert got == ["3"]


def test_storms_taking_lives_in_the_participle_count_the_killed() -> None:
    """«مودية بحياة 116 شخصا» (H73): the killed; Modi's name, whose stem is the participle's, counts no one."""
    got = {f.quote: f.measure for f in _figures(
        "اجتاحت عواصف رملية عاتية مناطق في أنحاء الهند الأربعاء، مودية بحياة 116 شخصا على الأقل. والتقى مودي 5 وزراء."
    )}
    assert got == {"116": "killed", "5": "other"}


def test_what_a_random_draw_of_session_37_had_counted_as_people() -> None:
    """Letters carried, a welcoming crowd, raids, nationalities, kinds of a drug and a team's players (a whole-store
    random draw, seed 37): no one displaced, arrested or wounded; the people arrested beside the raids still are."""
    got = {f.quote: f.measure for f in _figures(
        "وتحمل معها أكثر من 100 خطاب تطالب الحكومة. وخرج آلاف الإريتريين للترحيب بأبي. قامت الإنتربول بحملة شملت "
        "نحو 15 ألف مداهمة في صالات قمار، وأوقفت مئات الأشخاص. وأسرت القوات جهاديين من عشرات الجنسيات. وإن 21 نوعا "
        "من مضادات الاكتئاب فعالة في خفض أعراض الاكتئاب. علينا التركيز لإيقاف احتكار النادي، سيكون هناك 11 لاعبا."
    )}
    assert got == {
        "أكثر من 100": "other", "آلاف": "other", "نحو 15 ألف": "other", "مئات": "arrested", "عشرات": "other",
        "21": "other", "11": "other",
    }


def test_the_syrian_south_is_where_when_the_places_named_are_parties() -> None:
    """«تقترب الفصائل المعارضة وروسيا من اتفاق في الجنوب السوري» (a multi-outlet story read in session 37): the
    evacuation the deal provides for is Syria's, not Russia's."""
    text = (
        "تقترب الفصائل المعارضة في الجنوب السوري وروسيا من الوصول إلى اتفاق بحسب ما كشف عنه متحدثان باسم الفصائل.\n"
        "ويتضمن الاتفاق المبدئي تأمين إجلاء ستة آلاف شخص على الأقل من مقاتلين ومدنيين إلى شمال البلاد."
    )
    (f,) = _figures(text, "هل تقترب الفصائل المعارضة وروسيا من اتفاق في الجنوب السوري؟", datetime(2018, 7, 6, 9))
    assert f.place == "سوريا"


def test_a_scene_is_no_mashhad() -> None:
    """«وفي مشهد آخر» (a whole-store random draw of session 37): a scene, not Iran's city; the city stays one, and
    «دوما، آخر معاقل» stays Douma."""
    got = [f.place for f in _figures(
        "وفي مشهد آخر لم يسبق له مثيل فر آلاف الإريتريين من منازلهم. وقتل 5 أشخاص في مشهد شمال شرق إيران."
    )]
    assert got == [None, "مشهد"]


def test_a_toll_dated_only_by_the_year_a_campaigns_name_holds_is_the_campaigns_so_far() -> None:
    """«قتلوا في العملية الكبرى "سيناء 2018"» (a multi-outlet story read in session 37): 2018 is the operation's name,
    not the count's date; the toll runs from its first day (9 February), not on it."""
    text = ('أعلن المتحدث العسكري المصري، الخميس، أن 7 من عناصر الجيش و71 "فردا تكفيريا" قتلوا في العملية الكبرى '
            '"سيناء 2018" التي بدأت قبل أسبوعين ضد متشددين ينشطون في محافظة شمال سيناء.')
    got = {f.quote: (f.period, f.as_of_first) for f in _figures(text, day=datetime(2018, 2, 22, 9))}
    assert got["71"] == ("total", date(2018, 2, 9))


def test_about_a_week_since_is_a_week_not_the_campaigns_start_and_about_its_start_is_the_start() -> None:
    """«منذ نحو أسبوع» (a whole-store draw of session 38 had Ghouta's 100 dead since the ceasefire call, about a week
    before, dated from the offensive's first day, 18 February, and set against its 600); «منذ بدء القصف ...
    قبل نحو أسبوع» on 24 February is about the offensive's first day, and is that day, for the part too."""
    (f,) = _figures("ولقي أكثر من مائة مدني مصرعه في الغوطة الشرقية منذ نحو أسبوع.", day=datetime(2018, 3, 4, 9))
    assert (f.period, f.as_of_first) == ("total", date(2018, 2, 25))
    text = ("قال ناشطون في منطقة الغوطة الشرقية إن أكثر من 500 مدنيا قتلوا، منذ بدء القصف الجوي الحكومي المكثف على "
            "المنطقة، قبل نحو أسبوع.\nوأوضح المرصد أن من بين القتلى في القصف الحكومي على الغوطة 121 طفلا.")
    got = {f.quote: f.as_of_first for f in _figures(text, day=datetime(2018, 2, 24, 9))}
    assert got["أكثر من 500"] == got["121"] == date(2018, 2, 18)


def test_the_noun_a_part_out_of_a_whole_counts_is_the_wholes() -> None:
    """«قتل 107 من أصل 110 ركاب» (a multi-outlet story read in session 38 showed the 107 as «أصل» killed): the
    passengers."""
    got = {f.quote: f.subject for f in _figures("قتل 107 من أصل 110 ركاب كانوا على متن الطائرة في هافانا.")}
    assert got["107"] == "ركاب"


def test_a_start_told_about_is_the_day_the_article_states_when_near_it() -> None:
    """«منذ انطلاق الهجوم قبل نحو شهر» then «وبدأت تركيا في 20 يناير هجوما» (the review of session 38 on 5,000 real
    articles, SK-internationalNews-134-20180225): the stated 20 January, not «about a month» before, to the day
    reported."""
    text = ("أعلن الجيش التركي، الأحد، عن مقتل جندي في اشتباكات دارت ضمن عملية غصن الزيتون في منطقة عفرين بسوريا.\n"
            "وفقدت تركيا عشرات القتلى من جنودها منذ انطلاق الهجوم قبل نحو شهر.\n"
            "وبدأت تركيا في 20 يناير هجوما بريا وجويا في بلدة عفرين ضد وحدات حماية الشعب الكردية.")
    got = {f.quote: (f.as_of_first, f.as_of_last) for f in _figures(text, day=datetime(2018, 2, 25, 9))}
    assert got["عشرات"] == (date(2018, 1, 20), date(2018, 2, 25))


def test_a_start_dated_after_its_event_ends_the_period_at_its_day() -> None:
    """A whole-corpus draw of session 39: the «when» of a toll since an operation's start ran on past its day into the
    next clause («منذ بدء العملية في 20 يناير الماضي مع ارتفاع تعداد»)."""
    text = ("وكان المرصد السوري لحقوق الإنسان قد ذكر أن ما لا يقل عن 1500 من مقاتلي وحدات حماية الشعب الكردي قضوا منذ "
            "بدء العملية في 20 يناير الماضي مع ارتفاع تعداد القتلى في صفوف القوات التركية.")
    toll = next(f for f in _figures(text, day=datetime(2018, 3, 19, 9)) if f.value == 1500)
    assert toll.as_of == "منذ بدء العملية في 20 يناير الماضي"
    assert toll.period == "total"


def test_a_toll_since_a_part_of_a_month_runs_to_the_day_reported_and_a_days_own_count_is_that_days() -> None:
    """H76 (the UN Secretary-General's report): «منذ اندلاع الاحتجاجات أواخر آذار» had ended the toll on 31 March; the
    61 killed «في 14 أيار/مايو عندما» were a running total to the day reported, placed in Jerusalem, where the embassy
    opening they coincided with was."""
    text = ("وقتل 132 فلسطينياً على الأقل على أيدي قوات الاحتلال على الحدود بين قطاع غزة وإسرائيل منذ اندلاع الاحتجاجات "
            "أواخر آذار/مارس الماضي، وبلغت الاحتجاجات ذروتها في 14 أيار/مايو عندما قتل 61 فلسطينياً على الأقل في "
            "تظاهرات تزامنت مع افتتاح السفارة الأميركية في القدس.")
    got = {f.quote: f for f in khulasa.digest(
        [Article("a", text, published=datetime(2018, 6, 19, 9))], progress=False).stories[0].figures}
    assert (got["132"].as_of_first, got["132"].as_of_last) == (date(2018, 3, 21), date(2018, 6, 19))
    assert (got["61"].period, got["61"].as_of_first, got["61"].as_of_last) == ("point", date(2018, 5, 14),
                                                                             date(2018, 5, 14))
    assert got["61"].place == "قطاع غزة"


def test_where_a_shell_was_made_is_not_where_people_were_hurt_and_the_marches_toll_runs_from_their_start() -> None:
    """H76: «أنواعا تم إنتاجها في إيران» had placed Israel's three wounded in Iran; «نحو 200 فلسطيني في مسيرات العودة
    الكبرى» had been a count of the day reported, not the marches' toll since 30 March."""
    text = ("وقالت إسرائيل إن الجماعات الفلسطينية المسلحة أطلقت حوالي 70 قذيفة وصاروخا ضد عدة مناطق، وأن من بين "
            "القذائف أنواعا تم إنتاجها في إيران، لكن هناك ثلاثة مواطنين قد أصيبوا.")
    assert all(f.place != "إيران" for f in _figures(text, day=datetime(2018, 5, 29, 9)))
    marches = khulasa.digest([Article(
        "a", "وقتل القوات الإسرائيلية نحو 200 فلسطيني في مسيرات العودة الكبرى وأصاب الآلاف، الأمر الذي أثار انتقادات.",
        title="قطاع غزة: مقتل فلسطيني", published=datetime(2018, 10, 6, 9),
    )], progress=False).stories[0].figures
    toll = next(f for f in marches if f.quote == "نحو 200")
    assert (toll.period, toll.as_of_first, toll.as_of_last) == ("total", date(2018, 3, 30), date(2018, 10, 6))


def test_a_place_in_the_name_a_ship_is_called_is_not_where() -> None:
    """H76: «السفينة، التي تسمى "الحرية لغزة"» had placed its activists in Gaza."""
    text = 'وكانت السفينة، التي تسمى "الحرية لغزة"، تحمل على متنها 12 ناشطا وبعض المعدات الطبية.'
    assert [f.place for f in _figures(text, day=datetime(2018, 8, 4, 9))] == [None]


def test_unprecedented_since_compares_and_a_country_that_struck_is_not_where() -> None:
    """A multi-outlet story read in session 39 (29 May 2018, Gaza): «في تصعيد عسكري غير مسبوق منذ حرب العام 2014» had
    dated the night's 25 strikes in 2014, and «قصفت إسرائيل ... 40 هدفا في القطاع» placed Gaza's targets in Israel."""
    text = ('أعلن الجيش الإسرائيلي الأربعاء أنه ضرب 25 "هدفا عسكريا" لحماس بغارات جوية في قطاع غزة ليلا ردا على إطلاق '
            "صواريخ، في تصعيد عسكري غير مسبوق منذ حرب العام 2014.")
    (strikes,) = _figures(text, day=datetime(2018, 5, 30, 9))
    assert strikes.as_of == "الأربعاء"
    struck = khulasa.digest([Article(
        "a", "فيما قصفت إسرائيل بالمدفعية وجوا أكثر من 40 هدفا في القطاع.", title="نتانياهو: التصعيد الأخير في غزة",
        published=datetime(2018, 5, 30, 9),
    )], progress=False).stories[0].figures
    assert [f.place for f in struck] == ["غزة"]


def test_a_country_that_carried_out_strikes_is_not_where_they_fell() -> None:
    """The hundred-and-fourth held-out set (SK-middleEast-3804-20181009): «ونفذت الولايات المتحدة 22 ضربة جوية» had put
    Somalia's strikes in the United States (and two held-out pieces before it al-Shabaab's toll)."""
    text = ("وفي ضربة أخرى يوم الأول من أكتوبر قرب كيسمايو في جنوب الصومال، أسفرت عن مقتل 9 متشددين. ونفذت الولايات "
            "المتحدة 22 ضربة جوية، العام الجاري، ضد حركة الشباب.")
    found = khulasa.digest([Article("a", text, title="ضربة أميركية في الصومال", published=datetime(2018, 10, 9))],
                           progress=False).stories[0].figures
    assert [(f.quote, f.place) for f in found] == [("9", "الصومال"), ("22", "الصومال")]
    # (nor one that fired them: «صاروخا أطلقتها إيران ... على تمركزات إسرائيلية في الجولان», a whole-store draw of
    # session 49, had Iran's rockets in Iran; the Golan they struck would be more precise than Syria)
    fired = "وتبين أن 20 صاروخا أطلقتها إيران عبر ميليشياتها في سوريا على تمركزات إسرائيلية في الجولان."
    assert [f.place for f in _figures(fired)] == ["سوريا"]


def test_a_country_that_leads_a_coalition_is_a_side_not_where_the_war_killed() -> None:
    """A whole-corpus draw of session 39 (BB-middleEast-90-20180225): «وتقود السعودية تحالفا ... أسفرت عن مقتل أكثر من
    9200 شخص» had placed Yemen's war dead in Saudi Arabia."""
    text = ("وتقود السعودية تحالفا عسكريا يدعم قوات الرئيس اليمني المعترف به دوليا عبد ربه منصور هادي منذ 2015 في "
            "الحرب ضد الحوثيين، أسفرت عن مقتل أكثر من 9200 شخص.")
    dead = khulasa.digest([Article("a", text, title="اليمن: غارات على صنعاء", published=datetime(2018, 2, 25, 9))],
                          progress=False).stories[0].figures
    assert [f.place for f in dead] == ["اليمن"]


def test_another_quake_last_week_is_not_the_known_quake() -> None:
    """A multi-outlet story read in session 39 (Lombok, August 2018): «زلزالا آخرا ضرب لومبوك الأسبوع الماضي وأسفر عن
    مقتل 16 شخصا» had taken the day of the known quake of 5 August."""
    text = "وقد عزز تأثير زلزال الأحد حتى الآن زلزالا آخرا ضرب لومبوك الأسبوع الماضي وأسفر عن مقتل 16 شخصا."
    (dead,) = khulasa.digest([Article("a", text, title="زلزال لومبوك", published=datetime(2018, 8, 7, 9))],
                             progress=False).stories[0].figures
    assert (dead.as_of_event, dead.as_of_first) == (None, date(2018, 7, 30))


def test_a_disaster_named_by_its_weekday_has_its_toll_so_far_and_a_past_one_by_its_year_once() -> None:
    """A multi-outlet story read in session 39 (Lombok): «وتأكد مقتل 164 شخصا في زلزال الأحد» had been Sunday's count,
    set against Sunday evening's 105 as a conflict; it is the quake's toll so far, to the day reported."""
    day = datetime(2018, 8, 9, 9)
    lombok = Article("a", "وتأكد مقتل 164 شخصا في زلزال الأحد كما أعلن المتحدث.", title="زلزال جديد يضرب لومبوك",
                     published=day)
    (toll,) = khulasa.digest([lombok], progress=False).stories[0].figures
    assert (toll.period, toll.as_of_first, toll.as_of_last) == ("total", date(2018, 8, 5), date(2018, 8, 9))
    (past,) = khulasa.digest([Article("b", "وأبرزها زلزال أكتوبر عام 2005، والذي راح ضحيته أكثر من 70 ألف نسمة.",
                                      published=day)], progress=False).stories[0].figures
    assert past.period != "total"


def test_where_the_counting_body_is_based_is_not_where_its_dead_died() -> None:
    """A whole-corpus draw of session 39 (BB-middleEast-199-20180315): «المرصد السوري لحقوق الإنسان، ومقره بريطانيا»
    had placed 106,000 Syrian civilians in Britain."""
    text = ("سجل المرصد السوري لحقوق الإنسان، ومقره بريطانيا وله شبكات عديدة على الأرض، مصرع نحو 353 ألف شخص حتى "
            "مارس/آذار 2018 من بينهم 106 ألف مدني.")
    assert all(f.place != "بريطانيا" for f in _figures(text, day=datetime(2018, 3, 15, 9)))


def test_the_parts_of_a_toll_so_far_told_next_are_of_its_period() -> None:
    # a held-out set's seven-year toll of the Observatory (FR-internationalNews-382-20180312): the fighters' 122,000
    # told in the sentence after the civilians' count had been dated by the day the lead tells, as one day's dead
    text = (
        "نشر المرصد السوري لحقوق الإنسان الاثنين حصيلة جديدة لضحايا النزاع السوري. "
        "وقال مدير المرصد إن حصيلة القتلى منذ اندلاع النزاع في سوريا منتصف آذار/مارس 2011 بلغت 353,935 شخصا. "
        "وفي ما يتعلق بالقتلى غير المدنيين، أحصى المرصد مقتل نحو 122 ألف عنصر من قوات النظام، بينهم 63,820 جنديا."
    )
    figs = _figures(text, day=datetime(2018, 3, 12, 11))
    toll, fighters, soldiers = (next(f for f in figs if f.value == v) for v in (353935, 122000, 63820))
    assert toll.period == fighters.period == soldiers.period == "total"
    assert fighters.as_of_first == soldiers.as_of_first == toll.as_of_first == date(2011, 3, 15)


@pytest.mark.parametrize(("text", "day", "value", "its_day"), [
    # SK-internationalNews-2182-20180617: six of the eight killed on Saturday, not of the 178 over two months
    ("أعلنت شرطة نيكاراغوا مقتل 8 أشخاص على الأقل، السبت، في العاصمة ماناغوا، ما يرفع حصيلة ضحايا الاحتجاجات "
     "المستمرة ضد الحكومة منذ شهرين إلى أكثر من 178 قتيلا. وقالت الشرطة في بيان، إن ستة من القتلى ينتمون إلى أسرة "
     "واحدة احترق منزلها.", datetime(2018, 6, 17, 13), 6, date(2018, 6, 16)),
    # another speaker's count told next is his own
    ("نشر المرصد السوري لحقوق الإنسان الاثنين حصيلة جديدة لضحايا النزاع السوري. وقال مدير المرصد إن حصيلة القتلى "
     "منذ اندلاع النزاع في سوريا منتصف آذار/مارس 2011 بلغت 353,935 شخصا. وقالت وزارة الدفاع الروسية إن 120 مسلحا "
     "قتلوا في ريف إدلب.", datetime(2018, 3, 12, 11), 120, date(2018, 3, 12)),
])
def test_a_count_told_after_a_toll_so_far_keeps_its_own_day(text, day, value, its_day) -> None:
    (f,) = [f for f in _figures(text, day=day) if f.value == value]
    assert f.period != "total" and f.as_of_first == its_day


def test_a_war_told_so_many_years_ago_counts_from_the_wars_first_day():
    # the held-out errors read in session 43 (BB-middleEast-828-20180802): Yemen's dead «على مدى ثلاث سنوات في حرب
    # أهلية» had run from three years before the day reported, not from the war's start; so would «منذ نحو ثلاث سنوات»
    # (BB-middleEast-629-20180617 says «منذ أكثر من», which is no word of about: left as said, a cost kept down)
    over = "وقد لقي أكثر من عشرة آلاف شخص مصرعهم على مدى ثلاث سنوات في حرب أهلية مستعصية يشهدها اليمن."
    f = _toll_on(over, "أكثر من عشرة آلاف", datetime(2018, 8, 2, 9))
    assert (f.period, f.as_of_first.isoformat()) == ("total", "2015-03-26")
    since = "حوصر اليمن منذ نحو ثلاث سنوات، في حرب أهلية خلفت ما يقارب 10 آلاف قتيل."
    assert _toll_on(since, "ما يقارب 10 آلاف", datetime(2018, 6, 17, 9)).as_of_first.isoformat() == "2015-03-26"
    # three years of a militia's doings, no war named: three years, as said
    told = "وتسببت الميليشيا في مقتل وإصابة 43 ألف يمني خلال 3 سنوات."
    assert _toll_on(told, "43 ألف", datetime(2018, 4, 30, 9)).as_of_first.isoformat() != "2015-03-26"


def test_a_whole_wars_toll_is_the_wars_country_not_where_its_government_sits():
    # H-sets (France 24, July 2018): Yemen's government sits in Riyadh, and the next sentence's war toll had
    # been put there
    text = ("الحكومة اليمنية تشترط على الحوثيين الإفراج عن المعتقلين.\n"
            "ويقيم عدد من أعضاء الحكومة في الرياض، وهي أيضا مقر إقامة الرئيس عبد ربه منصور هادي.\n"
            "ولقد قتل نحو 10 آلاف شخص في الحرب بين قوات الحكومة اليمنية والحوثيين من بينهم 2200 طفل.")
    title = "الحكومة اليمنية تشترط على الحوثيين الإفراج عن المعتقلين والأسرى لاستئناف محادثات السلام"
    figs = {f.quote: f for f in _figures(text, title=title, day=datetime(2018, 7, 23, 10))}
    assert figs["نحو 10 آلاف"].as_of_event == "الحرب في اليمن"
    assert figs["نحو 10 آلاف"].place == figs["2200"].place == "اليمن"
    # a place the toll's own sentence names stays its place
    (f,) = _figures("وفر نحو 3 ملايين لاجئ سوري منذ بدء الحرب إلى تركيا.", title="سوريا", day=datetime(2018, 7, 23, 10))
    assert f.place == "تركيا"


def test_what_the_whole_world_holds_is_no_countrys():
    # H90 (SK-middleEast-2055-20180531): Save the Children's ranking had put the world's 1.2 billion children in
    # Somalia, the first country its lead listed
    text = ("أعلنت منظمة أنقذوا الأطفال في تقرير الأربعاء أن 20 دولة بينها الصومال واليمن تجتمع فيها أخطر التهديدات.\n"
            "وقالت المنظمة إن أكثر من 1,2 مليار طفل في العالم، أي أكثر من نصف أطفال العالم، مهددون بالحروب.")
    figs = {f.quote: f.place for f in _figures(text, title="دولتان عربيتان الأخطر تهديدا لحياة الأطفال")}
    assert figs["أكثر من 1,2 مليار"] is None and figs["أكثر من نصف"] is None
    # where people come from is not where they are counted: Lombok's tourists stay Lombok's
    text = ("ضرب زلزال جزيرة لومبوك الإندونيسية الأحد.\n"
            "ويقطن لومبوك ثلاثة ملايين نسمة، لكنها تستقبل كل عام ملايين السياح من أنحاء العالم.")
    figs = {f.quote: f.place for f in _figures(text, title="زلزال في لومبوك")}
    assert figs["ملايين"] == "لومبوك"


def test_a_toll_of_a_war_that_broke_out_years_ago_runs_from_its_outbreak_to_the_day_reported():
    # H91 (FR-internationalNews-2027-20180627): South Sudan's war «التي اندلعت في كانون الأول/ديسمبر 2013» had
    # dated its tens of thousands dead to 2013 (the article's own misspelled gloss, «دسيمبر», is still not read: each
    # spelling in months.tsv cost every sentence's date reading, 0.45 % of the figure cost for four of them)
    text = ("وأسفرت الحرب التي اندلعت في كانون الأول/ديسمبر 2013 عن مصرع عشرات آلاف الأشخاص ودفعت نحو أربعة ملايين "
            "إلى الفرار.")
    figs = {f.quote: f for f in _figures(text, title="جنوب السودان", day=datetime(2018, 6, 27, 12))}
    assert figs["عشرات آلاف"].period == "total"
    assert (figs["عشرات آلاف"].as_of_first, figs["عشرات آلاف"].as_of_last) == (date(2013, 12, 1), date(2018, 6, 27))
    text = "وقتل أكثر من 40 الف شخص في النزاع الذي اندلع عام 1984."
    (f,) = _figures(text, title="تركيا", day=datetime(2018, 3, 30, 11))
    assert (f.period, f.as_of_first, f.as_of_last) == ("total", date(1984, 1, 1), date(2018, 3, 30))
    # a war the sentence ends keeps its years; a fire that broke out days ago dates its own toll
    (f,) = _figures("وقتل 150 ألف شخص في الحرب الأهلية التي اندلعت عام 1975 وانتهت عام 1990.", title="لبنان")
    assert f.as_of_last is None or f.as_of_last.year < 2018


def test_those_present_or_taking_part_are_not_what_befell():
    # H91 (BB-internationalNews-683-20180622): a man lynched «بحضور ثلاثة ضباط» had had the three officers killed
    figs = {f.quote: f.measure for f in _figures(
        "اعتذرت الشرطة بعد أن أثارت صورة لرجل اعتدي عليه وقتل من قبل حشد من الناس بحضور ثلاثة ضباط غضبا في البلاد.")}
    assert figs["ثلاثة"] == "other"
    figs = {f.quote: f.measure for f in _figures("وتتواصل عملية البحث عن السجين الفار بمشاركة مئة شرطي.")}
    assert figs.get("مئة") != "arrested"


def test_the_refugees_a_country_hosts_are_a_level_of_the_day_reported():
    # H92: every host country's refugees (ويستضيف الأردن، يؤوي لبنان راهناً، مخيم دوميز الذي يضم) had been a toll so far
    # from the Syrian war's first day
    day = datetime(2018, 7, 26, 12)
    text = "وقالت الحكومة إن الحرب في سوريا مستمرة. ويستضيف الأردن نحو 650 ألف لاجئ سوري مسجلين لدى الأمم المتحدة."
    (f,) = _figures(text, title="الأردن: لن نجبر اللاجئين السوريين على العودة", day=day)
    assert (f.period, f.as_of_first, f.as_of_last) == ("none", date(2018, 7, 26), date(2018, 7, 26))
    text = "ويؤوي لبنان راهناً نحو مليون لاجئ سوري فروا خلال سنوات الحرب من مناطقهم."
    (f,) = _figures(text, title="هيومن رايتس ووتش تندد بطرد لاجئين سوريين", day=day)
    assert f.period == "none" and f.as_of_first == f.as_of_last == date(2018, 7, 26)
    # those who fled since the war began are its toll so far
    (f,) = _figures("وفر نحو 5.6 مليون سوري من بلدهم منذ اندلاع الحرب عام 2011.", title="سوريا", day=day)
    assert f.period == "total" and f.as_of_first.year == 2011


def test_the_imperfect_of_wounding_counts_the_wounded():
    # H94 (AL-sport-867-20180325): Heysel's «ويلقى 39 مشجعا حتفهم، ويصاب 600 آخر» had 600 killed
    figs = {f.quote: f.measure for f in _figures("تدافعت الجماهير ليسقط الحاجز ويلقى 39 مشجعا حتفهم، ويصاب 600 آخرون.")}
    assert figs == {"39": "killed", "600": "wounded"}


def test_a_sea_a_coastal_city_lies_on_and_a_militia_s_backer_are_not_where():
    # H95 (FR-internationalNews-1807-20180614, SK-middleEast-2583-20180625): Hodeidah's fighting had been put in the
    # Red Sea, and al-Zahari's mine toll in Iran
    text = ("دار قتال عنيف في محيط مطار الحديدة غرب اليمن على الحوثيين الذين يسيطرون على المدينة الإستراتيجية على "
            "البحر الأحمر، ما أسفر عن مقتل 39 مقاتلا من الطرفين.")
    assert _places(text, "", datetime(2018, 6, 14))["39"] == "الحديدة"
    text = "قتل أكثر من 20 شخصا في محافظة الحديدة من جراء انفجار ألغام خلفتها ميليشيات إيران قبل اندحارها."
    assert _places(text, "", datetime(2018, 6, 25))["أكثر من 20"] == "الحديدة"
    # a wreck at sea stays at sea
    text = "وغرق 12 مهاجرا في البحر الأحمر قبالة سواحل جيبوتي."
    assert _places(text, "", datetime(2018, 6, 25))["12"] is not None


def test_a_place_named_after_a_direction_right_after_another_is_its_landmark():
    # H95 (AL-internationalNews-20-20180217): the shelled playground at Usayfira had been put in Taiz
    text = ("وكانت ميليشيات الحوثي ارتكبت قبل عشرة أيام مجزرة في منطقة عصيفرة شمال مدينة تعز جنوب غرب اليمن، أودت "
            "بحياة طفلين وإصابة 18 آخرين.")
    assert _places(text, "", datetime(2018, 2, 17))["18"] == "عصيفرة"
    # a city with its country's part after it stays the city
    assert _places("قتل 5 أشخاص في مدينة تعز جنوب غرب اليمن.", "", datetime(2018, 2, 17))["5"] == "تعز"


def test_a_country_backing_an_offensive_is_not_where_its_deals_were_made():
    # H95 (FR-internationalNews-2159-20180704): Daraa's «reconciliation» villages had been put in Russia
    text = ("وتشن قوات النظام منذ 19 حزيران/يونيو عملية عسكرية واسعة النطاق في محافظة درعا بدعم من روسيا التي أبرمت "
            "في الأيام الأخيرة اتفاقات مصالحة منفصلة في أكثر من ثلاثين قرية وبلدة.")
    assert _places(text, "", datetime(2018, 7, 4))["أكثر من ثلاثين"] == "درعا"


def test_turkey_s_purge_counts_from_the_coup_attempt():
    # H97 (and AL-internationalNews-1115-20180511): «since the coup attempt» runs from 15 July 2016, a known event
    text = "ونسبت أنقرة محاولة الانقلاب إلى غولن. واعتقلت السلطات التركية أكثر من 50 ألف شخص منذ محاولة الانقلاب."
    (f,) = _figures(text, title="تركيا تعتقل صحفيين", day=datetime(2018, 2, 16, 9))
    assert (f.period, f.as_of_first, f.as_of_last) == ("total", date(2016, 7, 15), date(2018, 2, 16))
    assert f.as_of_event == "حملة التطهير في تركيا بعد محاولة الانقلاب"
