"""khulasa.dates on news-style expressions, each with an anchor and the expected value.
(The start of the hand-made set the dates issue asks for; the peers' suites come next.)"""
import calendar
from datetime import UTC, date, datetime, timedelta

import pytest

from khulasa.dates import DateValue, find, parse

SAT = date(2018, 3, 17)  # a Saturday, the day seeds 001 and 003 were written


def day(y, m, d):
    return DateValue(date(y, m, d), date(y, m, d), "day")


def span(a, b, grain="interval"):
    return DateValue(date(*a), date(*b), grain)


CASES = [
    # weekdays: the most recent on or before the anchor; الماضي strictly before; المقبل after
    ("يوم الخميس", SAT, day(2018, 3, 15)),
    ("الخميس", SAT, day(2018, 3, 15)),
    ("الجمعة", SAT, day(2018, 3, 16)),
    ("السبت", SAT, day(2018, 3, 17)),
    ("السبت الماضي", SAT, day(2018, 3, 10)),
    ("الخميس الماضي", SAT, day(2018, 3, 15)),
    ("الأحد المقبل", SAT, day(2018, 3, 18)),
    ("الثلاثاء القادم", SAT, day(2018, 3, 20)),
    # relative days
    ("أمس", SAT, day(2018, 3, 16)),
    ("امس السبت", date(2018, 3, 18), day(2018, 3, 17)),
    ("صباح امس السبت", date(2018, 3, 18), day(2018, 3, 17)),
    ("أول أمس الخميس", SAT, day(2018, 3, 15)),
    ("اليوم", SAT, day(2018, 3, 17)),
    ("صباح اليوم السبت", SAT, day(2018, 3, 17)),
    ("مساء أمس", SAT, day(2018, 3, 16)),
    ("غدا", SAT, day(2018, 3, 18)),
    ("بعد غد", SAT, day(2018, 3, 19)),
    ("البارحة", SAT, day(2018, 3, 16)),
    # explicit dates, both month systems and their combinations
    ("9 من مارس 2018", SAT, day(2018, 3, 9)),
    ("يوم الجمعة 9 من مارس 2018", SAT, day(2018, 3, 9)),
    ("يوم السبت 10 من مارس 2018", SAT, day(2018, 3, 10)),
    ("24 شباط/فبراير", SAT, day(2018, 2, 24)),
    ("24 شباط/فبراير الماضي", SAT, day(2018, 2, 24)),
    ("19 فبراير/شباط الماضي", SAT, day(2018, 2, 19)),
    # ... the latest such day before the anchor, in the anchor's month too (a whole-store draw of session 43: «في 6
    # أبريل الماضي» on 20 April was a year early); a day of the month still to come is last year's
    ("6 مارس الماضي", SAT, day(2018, 3, 6)),
    ("25 مارس الماضي", SAT, day(2017, 3, 25)),
    ("20 كانون الثاني / يناير", SAT, day(2018, 1, 20)),
    ("الاول من شباط", SAT, day(2018, 2, 1)),
    ("الرابع من نيسان", SAT, day(2017, 4, 4)),
    # an anniversary a few weeks ahead is of last year's day (read at review)
    ("14 يوليو", date(2018, 6, 20), day(2017, 7, 14)),
    # «الجاري» after a month is this year's month (a held-out set, SK-middleEast-3592-20180909)
    ("15 من سبتمبر الجاري", date(2018, 9, 9), day(2018, 9, 15)),
    ("4 أبريل 2018", SAT, day(2018, 4, 4)),
    ("15 آذار", SAT, day(2018, 3, 15)),
    ("25 ديسمبر", SAT, day(2017, 12, 25)),
    ("في 3 تشرين الأول 2017", SAT, day(2017, 10, 3)),
    # months and years
    ("مايو / أيار 2017", SAT, span((2017, 5, 1), (2017, 5, 31), "month")),
    ("فبراير/شباط", SAT, span((2018, 2, 1), (2018, 2, 28), "month")),
    ("شهر فبراير", SAT, span((2018, 2, 1), (2018, 2, 28), "month")),
    ("أبريل", SAT, span((2017, 4, 1), (2017, 4, 30), "month")),
    ("كانون 2", SAT, span((2018, 1, 1), (2018, 1, 31), "month")),
    ("تشرين 1", SAT, span((2017, 10, 1), (2017, 10, 31), "month")),
    ("عام 2012", SAT, span((2012, 1, 1), (2012, 12, 31), "year")),
    ("في العام 2017", SAT, span((2017, 1, 1), (2017, 12, 31), "year")),
    # parts of months and years
    ("أواخر 2012", SAT, span((2012, 9, 1), (2012, 12, 31))),
    ("مطلع 2018", SAT, span((2018, 1, 1), (2018, 4, 30))),
    ("بداية شهر فبراير", SAT, span((2018, 2, 1), (2018, 2, 10))),
    ("نهاية شهر فبراير/شباط الماضي", SAT, span((2018, 2, 21), (2018, 2, 28))),
    ("منتصف آذار", SAT, day(2018, 3, 15)),
    # this / last / next week, month, year
    ("الأسبوع الماضي", SAT, span((2018, 3, 5), (2018, 3, 11), "week")),
    ("هذا الأسبوع", SAT, span((2018, 3, 12), (2018, 3, 18), "week")),
    ("الأسبوع المقبل", SAT, span((2018, 3, 19), (2018, 3, 25), "week")),
    ("الشهر الماضي", SAT, span((2018, 2, 1), (2018, 2, 28), "month")),
    ("الشهر الجاري", SAT, span((2018, 3, 1), (2018, 3, 31), "month")),
    ("العام الماضي", SAT, span((2017, 1, 1), (2017, 12, 31), "year")),
    ("العام المقبل", SAT, span((2019, 1, 1), (2019, 12, 31), "year")),
    ("السنة الحالية", SAT, span((2018, 1, 1), (2018, 12, 31), "year")),
    # days of this month
    ("الثالث من الشهر الجاري", SAT, day(2018, 3, 3)),
    ("التاسع عشر من الشهر الماضي", SAT, day(2018, 2, 19)),
    # since / ago
    ("منذ 18 فبراير", SAT, span((2018, 2, 18), (2018, 3, 17))),
    ("منذ 18 فبراير شباط", SAT, span((2018, 2, 18), (2018, 3, 17))),
    ("منذ ثلاثة أيام", SAT, span((2018, 3, 14), (2018, 3, 17))),
    ("منذ 3 أيام", SAT, span((2018, 3, 14), (2018, 3, 17))),
    ("منذ أسبوعين", SAT, span((2018, 3, 3), (2018, 3, 17))),
    ("قبل يومين", SAT, day(2018, 3, 15)),
    ("قبل أسبوع", SAT, day(2018, 3, 10)),
    # ... glued to و (a held-out set, AL-internationalNews-1461-20180604: وقبل أسبوع سقط 60 قتيلاً was undated)
    ("وقبل أسبوع", SAT, day(2018, 3, 10)),
    # the weekend said on a Sunday is the one ending (a held-out set, AL-internationalNews-1352-20180527: أنقذت
    # في نهاية الأسبوع 408 مهاجرين had been the next one)
    ("في نهاية الأسبوع", date(2018, 5, 27), span((2018, 5, 26), (2018, 5, 27))),
    ("في نهاية الأسبوع", SAT, span((2018, 3, 17), (2018, 3, 18))),
    # ... and the next one when it says so (read at review)
    ("نهاية الأسبوع المقبل", date(2018, 5, 27), span((2018, 6, 2), (2018, 6, 3))),
    ("ومنذ يومين", SAT, span((2018, 3, 15), (2018, 3, 17))),
    ("ومنذ 18 فبراير", SAT, span((2018, 2, 18), (2018, 3, 17))),
    ("منذ أواخر 2012", SAT, span((2012, 9, 1), (2018, 3, 17))),
    # ranges
    ("من 19 فبراير وحتى الثالث من الشهر الجاري", date(2018, 3, 4), span((2018, 2, 19), (2018, 3, 3))),
    ("منذ 19 فبراير/شباط الماضي وحتى الثالث من الشهر الجاري", date(2018, 3, 4), span((2018, 2, 19), (2018, 3, 3))),
    # numeric dates
    ("10/03/2018", SAT, day(2018, 3, 10)),
    ("٢٠١٨/٣/١٠", SAT, day(2018, 3, 10)),
    ("2018-03-10", SAT, day(2018, 3, 10)),
    ("2/2013", SAT, span((2013, 2, 1), (2013, 2, 28), "month")),
    # Hijri
    ("22 جمادى الآخرة 1439 هـ", SAT, day(2018, 3, 10)),
    ("1 رمضان 1439 هـ", SAT, day(2018, 5, 16)),  # Umm al-Qura calendar
]


@pytest.mark.parametrize("text, anchor, expected", CASES, ids=[c[0] for c in CASES])
def test_news_expressions(text, anchor, expected):
    assert parse(text, anchor) == expected


def test_future_reading_for_duckling():
    tuesday = datetime(2013, 2, 12, 4, 30)
    assert parse("الخميس", tuesday, prefer="future") == day(2013, 2, 14)
    assert parse("الثلاثاء", tuesday, prefer="future") == day(2013, 2, 19)
    assert parse("الخميس", tuesday) == day(2013, 2, 7)


def test_relative_expressions_without_anchor_are_reported_without_value():
    (m,) = find("قتل عشرة أشخاص أمس في غارة")
    assert m.text == "أمس" and m.value is None
    (m,) = find("في 9 من مارس 2018")
    assert m.value == day(2018, 3, 9)  # absolute: needs no anchor


def test_seed_expressions(seeds_dir):
    texts = {p.stem[:3]: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    found = {k: [m.text for m in find(t, SAT)] for k, t in texts.items()}
    assert "يوم الخميس" in found["000"]
    assert "مايو / أيار 2017" in found["000"]
    assert "صباح امس السبت" in found["001"]
    assert "24 شباط/فبراير الماضي" in found["002"]
    assert "منذ 19 فبراير/شباط الماضي وحتى الثالث من الشهر الجاري" in found["002"]
    assert "يوم الجمعة 9 من مارس 2018" in found["004"]
    for t in texts.values():
        for m in find(t, SAT):
            assert t[m.start:m.end] == m.text


def test_numbers_are_not_dates():
    assert find("قتل 1250 مدنيا و 400 ألف محاصرون", SAT) == []


def test_words_that_only_look_like_a_day_are_no_date():
    # a whole-corpus review: «لامس» (touched, of gold prices and of an assault) had dated 41 figures yesterday
    assert find("وهبط الذهب منذ لامس ذروة في منتصف أبريل", SAT)[0].text == "منتصف أبريل"
    assert find("لامس أجساد الممثلات بصورة غير لائقة", SAT) == []
    assert [m.text for m in find("وقال بالأمس وأمس الأحد", SAT)] == ["بالأمس", "وأمس الأحد"]


def test_this_after_a_month_is_a_year_only_with_its_noun():
    (m,) = find("في 2 سبتمبر/أيلول هذا ما قاله", SAT)
    assert m.text == "2 سبتمبر/أيلول"  # «this is what he said»: the date ends before it
    assert parse("2 سبتمبر هذا العام", SAT) == day(2018, 9, 2)
    assert parse("في سبتمبر هذا العام", SAT) == span((2018, 9, 1), (2018, 9, 30), "month")
    assert parse("فبراير الماضي", SAT) == span((2018, 2, 1), (2018, 2, 28), "month")


def test_find_never_raises_on_huge_numbers():
    assert find("منذ 100000000000 يوم وقبل 99999999999 عاما", SAT) is not None
    assert find("في 999999999 من مارس", SAT) is not None


# ---------------------------------------------------------------- families over every name

LATIN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANT = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # ISO order
HIJRI = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
]

MONTH_CASES = (
    [(f"{d} {name} 2017", day(2017, m, d)) for m, name in enumerate(LATIN, 1) for d in (7,)]
    + [(f"{d} من {name} 2016", day(2016, m, d)) for m, name in enumerate(LEVANT, 1) for d in (12,)]
    + [
        (f"{name}/{LATIN[m - 1]} 2015", span((2015, m, 1), (2015, m, calendar.monthrange(2015, m)[1]), "month"))
        for m, name in enumerate(LEVANT, 1)
    ]
)


@pytest.mark.parametrize("text, expected", MONTH_CASES, ids=[c[0] for c in MONTH_CASES])
def test_every_month_name_in_both_systems(text, expected):
    assert parse(text, SAT) == expected


@pytest.mark.parametrize("iso, name", list(enumerate(WEEKDAYS, 1)), ids=WEEKDAYS)
def test_every_weekday_reads_back_to_the_latest_one(iso, name):
    # most recent on or before the anchor; with الماضي strictly before; with يوم the same
    back = (SAT.isoweekday() - iso) % 7
    latest = SAT - timedelta(days=back)
    assert parse(name, SAT) == day(latest.year, latest.month, latest.day)
    assert parse(f"يوم {name}", SAT) == day(latest.year, latest.month, latest.day)
    previous = SAT - timedelta(days=back or 7)
    assert parse(f"{name} الماضي", SAT) == day(previous.year, previous.month, previous.day)


@pytest.mark.parametrize("month, name", list(enumerate(HIJRI, 1)), ids=HIJRI)
def test_every_hijri_month_with_its_year(month, name):
    from hijridate import Hijri

    want = date(*Hijri(1439, month, 5).to_gregorian().datetuple())
    assert parse(f"5 {name} 1439 هـ", SAT) == day(want.year, want.month, want.day)


MORE = [
    ("كانون الثاني / يناير 2018", SAT, span((2018, 1, 1), (2018, 1, 31), "month")),
    ("يناير/كانون الثاني", SAT, span((2018, 1, 1), (2018, 1, 31), "month")),
    ("في 3 تشرين 1 2017", SAT, day(2017, 10, 3)),
    # the Syriac names with no article on their second word (a multi-outlet story read in session 49)
    ("أكتوبر/تشرين أول عام 2003", SAT, span((2003, 10, 1), (2003, 10, 31), "month")),
    ("في الأول من كانون أول", SAT, day(2017, 12, 1)),
    ("منذ سبعة أيام", SAT, span((2018, 3, 10), (2018, 3, 17))),
    ("منذ عشرة أيام", SAT, span((2018, 3, 7), (2018, 3, 17))),
    ("منذ شهرين", SAT, span((2018, 1, 17), (2018, 3, 17))),
    ("منذ عامين", SAT, span((2016, 3, 17), (2018, 3, 17))),
    ("قبل ثلاثة أسابيع", SAT, day(2018, 2, 24)),
    ("مساء الجمعة", SAT, day(2018, 3, 16)),
    ("فجر اليوم", SAT, day(2018, 3, 17)),
    ("ليلة الخميس", SAT, day(2018, 3, 15)),
    ("أواخر الشهر الماضي", SAT, span((2018, 2, 21), (2018, 2, 28))),
    ("أوائل العام الجاري", SAT, span((2018, 1, 1), (2018, 4, 30))),
    # the definite unit alone after an edge is the current one (a held-out set: لقي أكثر من 80 مهاجراً مصرعهم منذ
    # بداية العام, read as no date); a year or a shift after it still says which
    ("منذ بداية العام", SAT, span((2018, 1, 1), (2018, 3, 17))),
    ("منذ مطلع الشهر", SAT, span((2018, 3, 1), (2018, 3, 17))),
    ("بداية العام 2017", SAT, span((2017, 1, 1), (2017, 4, 30))),
    # a quarter or half of the definite year alone is this year's; الفصل is a quarter as الربع is
    ("الربع الأول من العام", SAT, span((2018, 1, 1), (2018, 3, 31))),
    ("الفصل الأول من العام 2017", SAT, span((2017, 1, 1), (2017, 3, 31))),
    ("الربع الثالث من العام الماضي", SAT, span((2017, 7, 1), (2017, 9, 30))),
    ("أواخر العام الماضي", SAT, span((2017, 9, 1), (2017, 12, 31))),
    ("منتصف 2017", SAT, span((2017, 5, 1), (2017, 8, 31))),
    ("السبت 10 مارس 2018", SAT, day(2018, 3, 10)),
    ("9/3/2018", SAT, day(2018, 3, 9)),
    ("من 1 إلى 5 مارس", SAT, span((2018, 3, 1), (2018, 3, 5))),
    ("الثالث من هذا الشهر", SAT, day(2018, 3, 3)),
    # about so long ago is read as so long ago (a whole-store draw of session 38 had «منذ نحو أسبوع» undated)
    ("منذ نحو أسبوع", SAT, span((2018, 3, 10), (2018, 3, 17))),
    ("منذ حوالي أسبوعين", SAT, span((2018, 3, 3), (2018, 3, 17))),
    ("منذ نحو 7 سنوات", SAT, span((2011, 3, 17), (2018, 3, 17))),
    ("قبل نحو أسبوعين", SAT, day(2018, 3, 3)),
]


@pytest.mark.parametrize("text, anchor, expected", MORE, ids=[c[0] for c in MORE])
def test_more_news_expressions(text, anchor, expected):
    assert parse(text, anchor) == expected


def hand_made_size() -> int:
    """The number of hand-made cases (reported in the terminal summary, not a test)."""
    return len(CASES) + len(MORE) + len(MONTH_CASES) + 3 * len(WEEKDAYS) + len(HIJRI)


def test_so_long_before_another_event_or_date_is_counted_from_it_not_from_the_anchor():
    # a held-out set (FR-internationalNews-2082-20180630): الهجوم الذي وقع قبل ثلاثة أيام من لقاء القادة had
    # dated the attack three days before the day reported
    (m,) = find("الهجوم الذي وقع قبل ثلاثة أيام من لقاء بين قادة الدول", SAT)
    assert (m.text, m.value) == ("قبل ثلاثة أيام", None)
    (m, *_) = find("قبل يومين من 5 مارس", SAT)
    assert m.value == day(2018, 3, 3)
    (m, *_) = find("قبل ثلاثة أيام من الآن", SAT)
    assert m.value == day(2018, 3, 14)


def test_a_pair_of_years_or_of_days_is_one_stretch():
    # held-out sets: في الفترة بين 2010 و2012 (BB-internationalNews-425-20180427) had dated knife attacks'
    # toll the day reported; يومي 9 و10 أكتوبر (SK-middleEast-3812-20181010) the 10th alone
    (m,) = find("وأودت هذه الهجمات في الفترة بين 2010 و2012 بحياة 25 شخصا", SAT)
    assert (m.text, m.value) == ("بين 2010 و2012", span((2010, 1, 1), (2012, 12, 31)))
    (m,) = find("مجاعة أدت إلى وفاة مئات الآلاف بين عامي 1994 و1998", SAT)
    assert m.value == span((1994, 1, 1), (1998, 12, 31))
    (m,) = find("قدمت المساعدة، يومي 9 و10 أكتوبر الجاري، لـ15 قاربا", date(2018, 10, 10))
    assert (m.text, m.value) == ("يومي 9 و10 أكتوبر الجاري", span((2018, 10, 9), (2018, 10, 10)))
    # a count between two numbers is no stretch of years
    assert find("قتل ما بين 14 و30 شخصا", SAT) == []
    # from a month to the end of a later one (a held-out set, AL-internationalNews-1415-20180601)
    (m,) = find("شن 29 ألفا و358 ضربة بين آب/أغسطس 2014 ونهاية نيسان/ابريل 2018", SAT)
    assert (m.text, m.value) == ("بين آب/أغسطس 2014 ونهاية نيسان/ابريل 2018", span((2014, 8, 1), (2018, 4, 30)))
    # «ما بين», as a report period may be written (held-out set 36, AL-internationalNews-979-20180501, reworded)
    (m,) = find("ووثق التقرير مقتل 3021 مدنيا في الفترة ما بين 21 مارس 2015 و31 مارس 2018", SAT)
    assert (m.text, m.value) == ("ما بين 21 مارس 2015 و31 مارس 2018", span((2015, 3, 21), (2018, 3, 31)))


def test_a_scheduled_day_is_read_forward():
    # a held-out set (FR-internationalNews-1105-20180506): elections «المقررة في 20 تشرين الأول» are to come
    (m,) = find("الانتخابات التشريعية المقررة في 20 تشرين الأول/أكتوبر", SAT)
    assert m.value == span((2018, 10, 20), (2018, 10, 20), "day")
    (m,) = find("وقعت الهجمات في 20 تشرين الأول", SAT)
    assert m.value == span((2017, 10, 20), (2017, 10, 20), "day")
    # ... and «مقررة» without the article (a multi-outlet Kabul story read in session 32: October 2017 had stood)
    (m,) = find("قبل انتخابات برلمانية مقررة في أكتوبر يُنظر إليها على أنها تجربة", SAT)
    assert m.value == span((2018, 10, 1), (2018, 10, 31), "month")


def test_since_the_year_named_is_not_since_a_year_ago():
    # a held-out set (CN-internationalNews-661-20181009): منذ عام 2014 had been read as «since a year ago»
    (m,) = find("في حالة حرب مع الانفصاليين منذ عام 2014", SAT)
    assert (m.text, m.value) == ("منذ عام 2014", span((2014, 1, 1), (2018, 3, 17)))
    (m,) = find("منذ عام", SAT)
    assert m.value == span((2017, 3, 17), (2018, 3, 17))
    # a dash after «from» is «to», and an era's letter glued to a year keeps the year (the sixty-ninth held-out set)
    (m,) = find("خلال الفترة من 1 يوليو 2017م - 31 يناير 2018م، موزعة", SAT)
    assert m.value == span((2017, 7, 1), (2018, 1, 31))
    # ... nor since the day named since a day ago (منذ يوم الخميس had been «since yesterday» and then Thursday)
    (m,) = find("ومنذ يوم الخميس، سقطت أمطار غزيرة", SAT)
    assert (m.text, m.value) == ("ومنذ يوم الخميس", span((2018, 3, 15), (2018, 3, 17)))


@pytest.mark.parametrize(("text", "anchor", "want"), [
    # a future verb reads a bare date forward, a past one or a statement back
    ("سيعقد الاجتماع يوم الخميس", SAT, day(2018, 3, 22)),
    ("عقد الاجتماع يوم الخميس", SAT, day(2018, 3, 15)),
    ("قالت السياسة يوم الخميس", SAT, day(2018, 3, 15)),
    # a Gaza piece of Monday 14 May 2018: the embassy that «will open ... on Monday» opened that day, not on the
    # 21st; المقبل still means next week
    ("وستفتح مكاتب سفارة مؤقتة داخل مبنى القنصلية الأميركية في القدس الاثنين.", date(2018, 5, 14), day(2018, 5, 14)),
    ("وسيعقد الاجتماع الاثنين المقبل", date(2018, 5, 14), day(2018, 5, 21)),
    ("سيعقد الاجتماع الخميس", date(2018, 5, 14), day(2018, 5, 17)),
])
def test_a_future_verb_reads_a_bare_date_forward_and_today_is_the_anchors_own_weekday(text, anchor, want):
    (m,) = find(text, anchor)
    assert m.value == want


def test_two_days_joined_by_and_after_a_dual_or_between_are_the_stretch_from_one_to_the_other():
    (m,) = find("بلغ عدد القتلى خلال يومي الاثنين والثلاثاء 260 شخصا", SAT)
    assert (m.text, m.value) == ("يومي الاثنين والثلاثاء", DateValue(date(2018, 3, 12), date(2018, 3, 13), "interval"))
    (m,) = find("تواصل القصف بين الخميس والجمعة", SAT)
    assert m.value == DateValue(date(2018, 3, 15), date(2018, 3, 16), "interval")
    assert find("بين الحكومة والمعارضة") == []


def test_a_weekday_joined_by_and_to_the_next_one_is_both_days_and_days_apart_stay_two():
    # a local council member to AFP (SK-internationalNews-3257-20181001): the killings went on over both days
    (m,) = find("الجمعة والسبت قتل مسلحون 25 مدنيا", date(2018, 10, 1))
    assert (m.text, m.value) == ("الجمعة والسبت", DateValue(date(2018, 9, 28), date(2018, 9, 29), "interval"))
    (m,) = find("ليلة يوم الجمعة والسبت الماضيين", date(2018, 10, 1))
    assert m.value == DateValue(date(2018, 9, 28), date(2018, 9, 29), "interval")
    # ... not two days of two tolls, the second opening its own clause (the review of session 22)
    two = find("قتل مسلحون 10 مدنيين في قرية يوم الجمعة والسبت قتل 5 جنود في انفجار لغم.", date(2018, 10, 1))
    assert [m.value.first for m in two] == [date(2018, 9, 28), date(2018, 9, 29)]
    assert [m.value for m in find("اجتمعوا الخميس والسبت", date(2018, 10, 1))] == [
        DateValue(date(2018, 9, 27), date(2018, 9, 27), "day"), DateValue(date(2018, 9, 29), date(2018, 9, 29), "day")
    ]


def test_a_noun_that_looks_like_a_future_verb_still_does_with_a_pronoun_after_it():
    # سيطرتهم is سيطرة with "their": the day after it is last Sunday, not next
    (m,) = find("نهب مسلحون المدينة بعد أن بسطوا سيطرتهم عليها الأحد", SAT)
    assert m.value == day(2018, 3, 11)
    (m,) = find("اشتعلت النيران في سيارتهم الأحد", SAT)
    assert m.value == day(2018, 3, 11)


@pytest.mark.parametrize("text", [
    "ارتفعت أسعار النفط إلى أعلى مستوى في 6 أسابيع",
    "وثق مركز الدفاع المدني مقتل 1433 مدنيا في 34 يوما من الهجمات",
    "رحب الجمهوريون بأكبر زيادة في الميزانية في 15 عاما",
])
def test_in_an_amount_of_time_is_a_span_in_past_news_not_a_future_date(text):
    # read as "N weeks from now" these put the oil price, a death toll and a budget in 2033
    assert find(text, SAT) == []


def test_in_an_amount_of_time_after_a_future_verb_is_that_far_ahead():
    (m,) = find("سيعود الوفد في 3 أيام", SAT)
    assert m.text == "في 3 أيام" and m.value == day(2018, 3, 20)


def test_a_month_name_that_is_also_a_name_needs_a_day_or_a_year():
    # تيريزا ماي (222 times in ANT) is the British prime minister, not May; 5 ماي 2018 is a day
    anchor = date(2018, 4, 9)
    assert find("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن بلادها تعمل مع حلفائها.", anchor) == []
    (m,) = find("وقع الهجوم في 5 ماي 2018 قرب المدينة.", anchor)
    assert m.value is not None and m.value.first == date(2018, 5, 5)
    (m,) = find("افتتح المعرض في ماي 2017.", anchor)
    assert m.value is not None and (m.value.first, m.value.grain) == (date(2017, 5, 1), "month")


def test_august_without_its_madda_is_a_father_or_a_name_unless_dated():
    # أب is a father and part of names (منطقة أب كاماري in Badghis was read as August 2017 by the sixty-sixth
    # held-out set); آب as written, a day before, a year after, شهر before or أغسطس beside keep the month
    anchor = date(2018, 4, 23)
    for text in ("هاجموا وحدات الجيش في منطقة أب كاماري.", "وهو أب لثلاثة أطفال.", "عبر تطبيق واتس أب."):
        assert find(text, anchor) == [], text
    for text, first in (
        ("وفي آب الماضي وقع الهجوم.", date(2017, 8, 1)), ("منذ أب 2017", date(2017, 8, 1)),
        ("في 5 أب", date(2017, 8, 5)), ("في شهر أب", date(2017, 8, 1)), ("في أب/أغسطس 2015", date(2015, 8, 1)),
    ):
        (m,) = find(text, anchor)
        assert m.value is not None and m.value.first == first, text


# stretches real news showed the reader, each with its anchor: months counted back from a month's
# end (the fifth held-out set, AL-economy-86-20180222: Britain's unemployment), and a month's year
# after "of" and a day "next" (a real multi-outlet story read at review, BB-middleEast-828-20180802)
FEB22, AUG2 = date(2018, 2, 22), date(2018, 8, 2)
STRETCHES = [
    ("بلغت 4,4% في الثلاثة أشهر المنتهية في ديسمبر الفائت.", FEB22, date(2017, 10, 1), date(2017, 12, 31)),
    ("وتشكل ارتفاعا عن نسبة 4,3% المسجلة في الفصل المنتهي في نوفمبر.", FEB22, date(2017, 9, 1), date(2017, 11, 30)),
    ("نما الاقتصاد في الأشهر الستة المنتهية في مارس 2018.", FEB22, date(2017, 10, 1), date(2018, 3, 31)),
    ("تراجعت الصادرات في الأشهر الثلاثة المنتهية في يناير.", FEB22, date(2017, 11, 1), date(2018, 1, 31)),
    ("يعتزم دعوة الأطراف إلى جنيف في السادس من سبتمبر/أيلول المقبل لمناقشة إطار للمحادثات.", AUG2,
     date(2018, 9, 6), date(2018, 9, 6)),
    ("وقد تفاقم الصراع في مارس / آذار من عام 2015 ، عندما بدأت الغارات.", AUG2, date(2015, 3, 1), date(2015, 3, 31)),
    ("وقع الهجوم في 9 من مارس من عام 2015.", AUG2, date(2015, 3, 9), date(2015, 3, 9)),
    ("وقع الهجوم في 6 سبتمبر الماضي.", AUG2, date(2017, 9, 6), date(2017, 9, 6)),
    # the seventh held-out figures set (AL-internationalNews-1942-20180715): two whole dates between
    # بين and a و standing apart, and the half of a year
    ("وبمقتل 1692 مدنياً بين الأول من كانون الثاني/يناير و30 حزيران/يونيو، فإن", AUG2, date(2018, 1, 1),
     date(2018, 6, 30)),
    ("سقط القتلى بين 1 يناير و30 يونيو.", AUG2, date(2018, 1, 1), date(2018, 6, 30)),
    ("سجلت أسوأ حصيلة في النصف الأول من 2018 رغم", AUG2, date(2018, 1, 1), date(2018, 6, 30)),
    ("يتوقع النمو خلال النصف الثاني من العام الجاري.", AUG2, date(2018, 7, 1), date(2018, 12, 31)),
    # FR-internationalNews-2125-20180703: months counted from a year's start or back from its end
    ("أتاح إعادة تسعة آلاف مهاجر خلال الأشهر الستة الأولى من العام 2018.", AUG2, date(2018, 1, 1),
     date(2018, 6, 30)),
    ("تراجع خلال الأشهر الثلاثة الأخيرة من العام الماضي.", AUG2, date(2017, 10, 1), date(2017, 12, 31)),
    # FR-internationalNews-2485-20180727: days counted from a month's start (not its first day: الأولى is the days')
    ("سجلت هولندا 1143 حريقا في الأيام الـ25 الأولى من شهر تموز/يوليو مقارنة بـ187.", AUG2, date(2018, 7, 1),
     date(2018, 7, 25)),
    ("في الأيام العشرة الأخيرة من يونيو", AUG2, date(2018, 6, 21), date(2018, 6, 30)),
]


@pytest.mark.parametrize(("text", "anchor", "first", "last"), STRETCHES)
def test_stretches_real_news_showed_are_read_whole(text, anchor, first, last):
    (m,) = find(text, anchor)
    assert m.value is not None and (m.value.first, m.value.last) == (first, last)


def test_a_season_without_its_article_before_a_definite_word_is_a_name():
    # the fifth held-out set (BB-middleEast-1112-20181016): the railway's director, محمد ربيع الخليع
    anchor = date(2018, 10, 16)
    assert find("وكان مدير الشركة، محمد ربيع الخليع، أفاد بمقتل 6 أشخاص.", anchor) == []
    (m,) = find("وقالت إنها ستزور المدينة في الربيع المقبل.", anchor)
    assert m.value is not None and m.value.first == date(2019, 3, 1)
    (m,) = find("زار المدينة صيف 2016.", anchor)
    assert m.value is not None and m.value.first == date(2016, 6, 1)
    # ... and one with no year or shift is no date either: Croatia «وصيف بطل العالم», the runner-up (a random draw of
    # session 40 had dated a friendly's score to summer); «صيف هذا العام» is this summer
    assert find("فرض المنتخب البرتغالي التعادل على ضيفه الكرواتي وصيف بطل العالم 1-1.", anchor) == []
    (m,) = find("وقعت الهجمات في صيف هذا العام.", anchor)
    assert m.value is not None and (m.value.first, m.value.last) == (date(2018, 6, 1), date(2018, 8, 31))


@pytest.mark.parametrize(("anchor", "first"), [
    (date(2018, 6, 27), date(2018, 6, 23)),  # a Wednesday: the Saturday and Sunday just over
    (date(2018, 6, 25), date(2018, 6, 23)),  # a Monday: the same
    (date(2018, 6, 24), date(2018, 6, 16)),  # on a Sunday the weekend is not over: the one before
])
def test_last_weekend_is_the_one_over_before_the_day_and_the_next_one_still_to_come(anchor, first):
    # the fourth held-out figures set (FR-internationalNews-2031-20180627): over 200 killed in Plateau
    (m,) = find("قتل أكثر من 200 شخص نهاية الأسبوع الماضي في ولاية بلاتو", anchor)
    assert m.text == "نهاية الأسبوع الماضي" and (m.value.first, m.value.last) == (first, first + timedelta(days=1))
    (m,) = find("يزور الرئيس المدينة في عطلة نهاية الأسبوع المقبل", date(2018, 6, 27))
    assert (m.value.first, m.value.last) == (date(2018, 6, 30), date(2018, 7, 1))


@pytest.mark.parametrize(("text", "first", "last"), [
    ("خلال شهري ابريل/نيسان ومايو/أيار 2018", date(2018, 4, 1), date(2018, 5, 31)),
    ("في شهري أبريل ومايو الماضيين", date(2018, 4, 1), date(2018, 5, 31)),
    ("في شهري ديسمبر ويناير الماضيين", date(2017, 12, 1), date(2018, 1, 31)),  # across the new year
])
def test_two_months_named_together_are_one_span(text, first, last):
    (m,) = find(text, date(2018, 6, 9))
    assert (m.value.first, m.value.last) == (first, last)


def test_a_number_after_a_weekday_that_counts_a_noun_is_no_day_of_the_month():
    # the third held-out figures set (SK-middleEast-248-20180312): 7 March 2018 was a Wednesday
    (m,) = find("قتلوا بعد التاسعة من مساء الأحد 7 أشخاص داخل منزل", date(2018, 3, 12))
    assert m.text == "مساء الأحد" and m.value.first == date(2018, 3, 11)
    # a day that falls on its weekday, or one a function word follows, stays the date
    (m,) = find("وقع الهجوم يوم الأحد 11، وقال", date(2018, 3, 12))
    assert m.text == "يوم الأحد 11"


def test_an_ordinal_word_without_its_article_after_a_weekday_is_the_first_of_a_noun():
    # H109 (CN-economy-282-20180908): «السبت، أولى جلسات المحاكمة» had been 1 September, a Saturday too: the first of
    # the trial's sessions began that Saturday, the 8th; a day of the month after a weekday is written with the article
    (m,) = find("بدأت السلطات القضائية في إيران، السبت، أولى جلسات محاكمة المتهم", date(2018, 9, 8))
    assert m.text == "السبت" and m.value.first == date(2018, 9, 8)
    (m,) = find("وصل الوفد السبت الأول من سبتمبر", date(2018, 9, 8))
    assert m.value.first == date(2018, 9, 1)


def test_a_link_after_a_weekday_that_no_date_follows_is_not_the_weekday_s():
    # the timeline and the figures' "when" had shown "يوم الأحد في": a link word before a noun
    (m,) = find("إن 15 شخصا قتلوا يوم الأحد في هجوم", date(2018, 7, 23))
    assert m.text == "يوم الأحد" and m.value.first == date(2018, 7, 22)
    (m,) = find("عقد الاجتماع الاثنين في 18 شباط", date(2018, 3, 1))
    assert m.text == "الاثنين في 18 شباط" and m.value.first == date(2018, 2, 18)


@pytest.mark.parametrize("text", ["بينهم امرأة في التسعينيات عثر عليها", "رجل في الستينيات من عمره"])
def test_a_decade_that_is_someones_age_is_no_date(text):
    # AL-internationalNews-1970-20180717: the heat wave's 14 dead were dated to the 1990s
    assert find(text, date(2018, 7, 17)) == []


def test_a_decade_of_history_is_still_a_decade():
    (m,) = find("شهدت البلاد في التسعينيات حربا", date(2018, 7, 17))
    assert (m.value.first, m.value.last) == (date(1990, 1, 1), date(1999, 12, 31))


@pytest.mark.parametrize(("text", "day"), [
    # a random draw of the whole-corpus store (F3): «سيطر» (took control) was read as a future verb and the
    # lead's Friday as the next week's
    ("سيطر تنظيم داعش، الجمعة، على أجزاء من المدينة", date(2018, 6, 8)),
    ("ساهم الجيش الخميس في إجلاء المدنيين", date(2018, 6, 7)),  # a past verb beginning like سأ
    ("سيعقد الاجتماع الأحد", date(2018, 6, 10)),
    ("سأعود الخميس", date(2018, 6, 14)),
])
def test_only_a_real_future_verb_reads_a_weekday_forward(text, day):
    (m,) = find(text, date(2018, 6, 8))
    assert m.value.first == day


@pytest.mark.parametrize(("text", "first", "last"), [
    # the thirteenth held-out set (FR-internationalNews-705-20180412): five fighters killed in the night
    ("قتلوا ليل الأربعاء إلى الخميس في القرية ذاتها", date(2018, 4, 11), date(2018, 4, 12)),
    ("ليلة السبت الأحد", date(2018, 4, 7), date(2018, 4, 8)),
    ("ليل الأربعاء قتل خمسة", date(2018, 4, 11), date(2018, 4, 11)),
])
def test_the_night_of_one_day_into_the_next_spans_both(text, first, last):
    (m,) = find(text, date(2018, 4, 12))
    assert (m.value.first, m.value.last) == (first, last)


@pytest.mark.parametrize("text", [
    # a second random draw of the whole-corpus store (F14): "a day", a rate, not today
    "يجمعان في اليوم حوالي 30 يارساغومبا",
    "ينتج الحقل 500 ألف برميل في اليوم.",
])
def test_a_day_after_in_before_a_number_or_nothing_is_a_rate_not_today(text):
    assert find(text, date(2018, 7, 18)) == []


def test_a_month_written_again_after_a_day_of_it_is_the_same_date():
    # the seventeenth held-out set (FR-internationalNews-2535-20180731): «29 تموز/يوليو تموز» had left a month of its
    # own, which dated the attack's four dead to all of July
    (m,) = find("في هجوم وقع في 29 تموز/يوليو تموز وأسفر عن مقتل أربعة سياح", anchor=date(2018, 7, 31))
    assert (m.text, m.value.first, m.value.last) == ("29 تموز/يوليو تموز", date(2018, 7, 29), date(2018, 7, 29))
    assert len(find("في 3 مارس، مارس شهد", anchor=date(2018, 7, 31))) == 2  # (a comma between: a month of its own)


@pytest.mark.parametrize(("text", "dated"), [
    # a whole-corpus read: «17% in January» and «17 killed in January» were 17 January on the timeline
    ("وتوقع الوزير تراجع التضخم من 17% في يناير الماضي إلى 13%", "يناير الماضي"),
    ("ورفع الفائدة بنسبة 2% في مايو الماضي", "مايو الماضي"),
    ("ارتفع 5 بالمئة في مارس", "مارس"),
    ("قتل 17 في يناير", "يناير"),
    ("بلغ 5 ملايين دولار في مارس", "مارس"),
])
def test_a_share_a_sum_or_a_count_before_in_and_a_month_is_no_day_of_it(text, dated):
    (m,) = find(text, date(2018, 2, 12))
    assert m.text == dated and m.value.grain != "day"


def test_a_day_written_as_an_ordinal_word_may_take_in_before_its_month():
    (m,) = find("ثالث ثلاثاء في ايلول 2014", SAT)
    assert m.value == day(2014, 9, 16)
    (m,) = find("في 17 من يناير", SAT)
    assert m.value == day(2018, 1, 17)



def test_a_verb_in_the_future_governs_a_bare_date_of_its_sentence_a_clause_away():
    # a Turkish election piece of 24 June 2018: the run-off was dated 2017-07-08
    text = ("وإذا لم يبلغ أحد هذه العتبة الانتخابية، فسيتنافس المرشحان اللذان حصلا على أكثر الأصوات، "
            "في جولة ثانية في الثامن من يوليو/تموز.")
    (m,) = find(text, date(2018, 6, 24))
    assert m.value == day(2018, 7, 8)
    # a future verb of the sentence before does not reach it
    (m, _) = find("وقتل خمسة في 14 يوليو. وسيعقد المؤتمر غدا", date(2018, 6, 20))
    assert m.value == day(2017, 7, 14)


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # a day and month without their year fall where they are the weekday named: an Afghan election four days on
    # (20 October 2017 was a Friday), a Saturday a week into the new year
    ("يوم السبت 20 أكتوبر", date(2018, 10, 16), date(2018, 10, 20)),
    ("السبت 5 يناير", date(2018, 12, 30), date(2019, 1, 5)),
    # ... but a weekday miswritten keeps the date nearest the anchor, not one a year off
    ("الأحد 10 مارس", date(2018, 3, 17), date(2018, 3, 10)),
    ("الجمعة 16 مارس", date(2018, 3, 17), date(2018, 3, 16)),
])
def test_a_weekday_chooses_the_year_of_a_day_and_month(text, anchor, expected):
    (m,) = find(text, anchor=anchor)
    assert m.value.first == expected


@pytest.mark.parametrize("text", [
    # a random draw of session 27 (SK-internationalNews-1451-20180508): a mosque's call to prayer each Friday had dated
    # Sweden's asylum seekers of recent years to Friday 4 May
    "سمحت الشرطة لأحد المساجد برفع الآذان يوم الجمعة من كل أسبوع",
    "تعقد اللجنة اجتماعها الخميس من كل شهر",
    "يحتفل به في 15 مارس من كل عام",
])
def test_a_day_recurring_every_week_month_or_year_is_no_date(text):
    assert find(text, SAT) == []


def test_a_day_before_all_of_something_is_still_a_date():
    (m,) = find("قتل الجمعة، من كل الأعمار، 12 شخصا", SAT)
    assert m.text == "الجمعة" and m.value is not None


@pytest.mark.parametrize("text", [
    # a random draw of session 27 (BB-technology-411-20180927): Google's searches «في اليوم الواحد» had been dated today
    "أي 3.5 مليار عملية بحث في اليوم الواحد",
    "وقتل آخرون في اليوم نفسه",
    "خلال اليوم الأول من الهجوم",
    "يحتفل العالم باليوم العالمي للمرأة",
])
def test_the_word_for_today_with_a_word_of_another_day_is_no_date(text):
    assert find(text, SAT) == []


def test_today_alone_is_still_today_and_a_day_before_every_in_another_sentence_still_a_date():
    assert [m.value.first for m in find("قتل اليوم 5 أشخاص", SAT)] == [SAT]
    # (the review of session 27: «كل» after a full stop or a comma opens words of their own)
    assert [m.text for m in find("قتل 5 أشخاص يوم الجمعة. كل عام يموت الآلاف", SAT)] == ["يوم الجمعة"]
    assert [m.text for m in find("قتل 5 يوم الجمعة، كل شهر تقريبا", SAT)] == ["يوم الجمعة"]


def test_a_weekday_told_late_at_night_by_utc_may_be_the_writer_s_next_day():
    # the fifty-sixth held-out set (SK-middleEast-3597-20180909): stamped 23:12 UTC on Sunday 9 September 2018, that is
    # 02:12 on Monday in Damascus, «ليل الاثنين» had been read as the Monday six days before
    late = datetime(2018, 9, 9, 23, 12, tzinfo=UTC)
    (m,) = find("استهدفت قوات النظام، ليل الاثنين، مدينة قلعة المضيق", late)
    assert m.value.first == m.value.last == date(2018, 9, 10)
    # the UTC day itself is still today, and the day before it yesterday; a future verb still reads forward
    assert [m.value.first for m in find("قال الأحد إن القصف بدأ أمس", late)] == [date(2018, 9, 9), date(2018, 9, 8)]
    # not at 20:00 UTC, and not without the clock (a day only), nor with a clock of no zone
    for anchor in (datetime(2018, 9, 9, 20, 0, tzinfo=UTC), date(2018, 9, 9), datetime(2018, 9, 9, 23, 12)):
        (m,) = find("ليل الاثنين", anchor)
        assert m.value.first == date(2018, 9, 3), anchor


def test_the_two_others_are_no_monday():
    # the sixty-fifth held-out set: an Algerian well's deaths had been dated Monday by «the other two» survivors
    assert find("مما أدى إلى وفاة 3 منهم ونجاة الاثنين الآخرين بأعجوبة", date(2018, 3, 10)) == []
    (m,) = find("قتل الاثنين الماضي", date(2018, 3, 10))
    assert m.value.first == date(2018, 3, 5)


def test_words_of_a_time_say_about_only_with_a_word_of_about():
    from khulasa.arabic.dates import says_about
    assert says_about("قبل نحو شهر") and says_about("منذ حوالى أسبوعين") and says_about("منذ قرابة عام")
    assert not says_about("منذ انطلاق الهجوم") and not says_about(None)
