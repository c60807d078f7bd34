"""khulasa.numbers on news text: the seeds' forms, kinds of numbers that are not counts, and
properties over all integers."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khulasa.arabic.numbers import find, parse, scan


def one(text):
    (m,) = [m for m in find(text) if m.kind != "ordinal"]
    return m


@pytest.mark.parametrize(
    "text, value",
    [
        ("7 آلاف", 7000), ("سبعة آلاف", 7000), ("ألفي", 2000), ("ألفين", 2000), ("الفين", 2000),
        ("نحو تسعين", 90), ("350،000", 350000), ("٣٥٠٬٠٠٠", 350000), ("3 ملايين", 3_000_000),
        ("1.5 مليون", 1_500_000), ("٢٫٥", 2.5), ("خمسمائة وخمسة وعشرون", 525), ("ثلاثمئة", 300),
        ("مئتين", 200), ("مائتي", 200), ("اربعه", 4), ("الف", 1000), ("أربعمئة ألف", 400_000),
        ("ثلاثة عشر", 13), ("إحدى عشرة", 11), ("ثلاثين", 30), ("ثلاثون", 30), ("ثلاث", 3),
        ("مليار", 1e9), ("2 مليون و500 ألف", 2_500_000), ("ألفين وخمسمئة", 2500), ("۱۲۰۰", 1200),
        ("سبعين", 70), ("مئة", 100), ("مائة", 100), ("١٢٥٠", 1250),
    ],
)
def test_values(text, value):
    assert parse(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text, value",
    [
        # a half after a scale is half of that scale, and the scale said again after it is one number
        ("مليون ونصف", 1_500_000), ("مليون ونصف المليون", 1_500_000), ("مليار ونصف مليار", 1.5e9),
        ("ثلاثة ملايين ونصف المليون", 3_500_000), ("مليونين ونصف", 2_500_000), ("ألف و نصف", 1500),
    ],
)
def test_a_half_after_a_scale_is_part_of_the_number(text, value):
    assert one(f"نزح {text} شخص").value == pytest.approx(value)
    assert one(f"نزح {text} شخص").text == text


@pytest.mark.parametrize(
    "text, value", [("نصف مليون", 500_000), ("أكثر من نصف مليون", 500_000), ("ربع مليون", 250_000), ("نصف مليار", 5e8)],
)
def test_a_fraction_of_a_scale_is_a_count(text, value):
    # نشطاء: "أكثر من نصف مليون قتيل في سوريا" was read as 0.5 killed and a million killed
    m = one(f"قتل {text} شخص")
    assert (m.text, m.value, m.kind) == (text, pytest.approx(value), "count")


def test_a_fraction_of_something_else_stays_a_fraction():
    assert one("حصل على ربع الأصوات").value == pytest.approx(0.25)


def test_not_a_numeral():
    assert parse("الغوطة الشرقية") is None
    assert parse("") is None
    assert parse("7 آلاف شخص") is None  # a phrase, not a whole numeral


def test_approximations_and_bounds():
    m = one("غادر أكثر من 7 آلاف شخص")
    assert (m.value, m.bound, m.text) == (7000, "min", "أكثر من 7 آلاف")
    m = one("نحو 400 ألف مدني")
    assert (m.value, m.approx) == (400_000, True)
    assert one("ما يقرب من 20 ألف شخص").approx
    assert one("لحوالي 350،000 شخص").approx
    assert one("زهاء ألف قتيل").approx
    assert one("ما لا يقل عن 30 قتيلا").bound == "min"
    assert one("ما يصل إلى أربعمئة ألف شخص").bound == "max"
    assert one("أقل من 100 شخص").bound == "max"
    assert one("قتل 5 أشخاص على الأقل").bound == "min"
    # (after a counted word the context table knows too: a whole-store draw of session 49's Algerian crash)
    assert one("مقتل 180 شخصا على الأقل في الحادث").bound == "min"


def test_ranges_and_changes():
    m = one("فإن ما يتراوح بين 12 ألفا و16 ألف شخص غادروا الغوطة")
    assert (m.value, m.low, m.high) == (None, 12000, 16000)
    m = one("سقط ما بين 300 و400 قتيل")
    assert (m.low, m.high) == (300, 400)
    m = one("ما أدى لارتفاع عدد القتلى من 10 إلى 21، فضلاً عن")
    assert (m.value, m.low, m.high, m.change_from) == (21, None, None, 10)


def test_percent_fraction_vague():
    assert (one("70 في المئة من المنطقة").value, one("70 في المئة من المنطقة").kind) == (70, "percent")
    assert one("70 بالمئة من الأراضي").kind == "percent"
    assert one("على 10% من الغوطة").kind == "percent"
    toll, share = find("مقتل 1250 مدنياً ، حوالي خُمسهم من الأطفال")
    assert (toll.value, toll.kind) == (1250, "count")
    assert (share.value, share.kind, share.approx) == (0.2, "fraction", True)
    assert one("نصف السكان").value == 0.5
    m = one("نقل عشرات المدنيين")
    assert (m.value, m.vague, m.low) == (None, True, 10)
    m = one("فر عشرات الآلاف")
    assert (m.vague, m.low, m.high) == (True, 10000, 99999)
    assert one("فر الآلاف من السكان").vague


@pytest.mark.parametrize(
    "text, kind",
    [
        ("تطبيق القرار 2401 بعد", "identifier"),
        ("منذ أواخر 2012، حيث", "year"),
        ("في عام 2017 أعلن", "year"),
        ("يوم الجمعة 9 من مارس", "date"),
        ("في 24 شباط/فبراير الماضي", "date"),
        ("منذ 19 فبراير/شباط الماضي", "date"),
        ("خلال 24 ساعة قبل", "duration"),
        ("هدنة من 30 يوما", "duration"),
        ("خلال الساعات ال24 الماضية", "duration"),
        ("اتصلوا على الرقم 0933123456", "identifier"),
        ("في تمام الساعة 10 صباحا", "time"),
        ("عند 10:30 مساء", "time"),
        ("مع دخول الصراع عامه الثامن", "ordinal"),
        ("200 مليون دولار", "money"),
        ("قتل 14 من مقاتلي النظام", "count"),
    ],
)
def test_numbers_that_are_not_counts(text, kind):
    kinds = [m.kind for m in find(text)]
    assert kind in kinds, [(m.text, m.kind) for m in find(text)]
    if kind != "count":
        assert "count" not in kinds


def test_offsets_point_into_the_text(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = find(text)
        assert found
        for m in found:
            assert text[m.start:m.end] == m.text
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# ---------------------------------------------------------------- properties

UNITS_M = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
UNITS_F = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"]
UNITS_ACC = ["", "واحدا", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
TENS_NOM = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
TENS_ACC = ["", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"]
HUNDREDS_ALT = ["", "مائة", "مائتين", "ثلاثمائة", "اربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"]


def below_thousand(n: int, style: int) -> list[str]:
    """Words for 0 < n < 1000, in one of several spellings (gender, case, مئة/مائة)."""
    units = (UNITS_M, UNITS_F, UNITS_ACC)[style % 3]
    tens = TENS_ACC if style % 2 else TENS_NOM
    hundreds = HUNDREDS_ALT if style % 4 >= 2 else HUNDREDS
    h, rest = divmod(n, 100)
    parts = []
    if h:
        parts.append(hundreds[h])
    if rest:
        t, u = divmod(rest, 10)
        if rest < 10:
            words = units[u]
        elif rest == 10:
            words = "عشرة" if style % 3 != 1 else "عشر"
        elif rest < 20:
            teens = {1: "أحد" if style % 3 != 1 else "إحدى", 2: "اثنا" if style % 2 == 0 else "اثني"}
            teen_unit = teens.get(u, units[u])
            words = f"{teen_unit} {'عشر' if style % 3 != 1 else 'عشرة'}"
        elif u == 0:
            words = tens[t]
        else:
            words = f"{units[u]} و{tens[t]}"
        parts.append(words)
    return [" و".join(parts)]


def spell(n: int, style: int) -> str:
    if n == 0:
        return "صفر"
    scales = [(1_000_000, ("مليون", "مليونان" if style % 2 == 0 else "مليونين", "ملايين", "مليونا")),
              (1000, ("ألف", "ألفان" if style % 2 == 0 else "ألفين", "آلاف", "ألفا"))]
    parts = []
    for size, (one_, two, few, many) in scales:
        q, n = divmod(n, size)
        if not q:
            continue
        if q == 1:
            parts.append(one_)
        elif q == 2:
            parts.append(two)
        elif 3 <= q <= 10:
            parts.append(f"{below_thousand(q, style)[0]} {few}")
        else:
            word = many if q % 100 in range(11, 100) else one_
            if style % 5 == 4:
                parts.append(f"{q} {word}")  # mixed digits and words: 250 ألف
            else:
                parts.append(f"{below_thousand(q, style)[0]} {word}")
    if n:
        parts.append(below_thousand(n, style)[0])
    return " و".join(parts)


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999), st.integers(min_value=0, max_value=59))
def test_number_words_parse_back(n, style):
    words = spell(n, style)
    assert parse(words) == n, words


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_never_raises(text):
    for m in find(text):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999), st.integers(min_value=0, max_value=59))
def test_fast_filter_never_hides_a_number(n, style):
    from khulasa.arabic.numbers import may_contain

    text = f"قال المصدر إن {spell(n, style)} شخص غادروا"
    assert may_contain(text)


@pytest.mark.parametrize("text, number", [
    ("طائرات إسرائيلية من طراز اف 15 أطلقت صواريخ", "15"),
    ('أقلعت 8 طائرات "إف 16" من قاعدة رامون', "16"),
    ("طائرة حربية من طراز إف-16", "16"),
    ("ضربت صواريخ قاعدة T-4 الجوية قرب حمص", "4"),
    ("بيع منظومة إس-400 الصاروخية", "400"),
    ("مقاتلة سو-24 روسية", "24"),
    ("طائرات ميغ 29", "29"),
    ('وطائرة "سوخوي 30" هي طائرة مقاتلة', "30"),  # a whole-store draw of session 47
    ("سقطت الطائرة الروسية ايل -20 على بعد 35 كيلومترا", "20"),  # H108: Ilyushin's, its hyphen spaced
    ("في الوقت الذي أصيبت فيه (إيل -20) وقال", "20"),
    ("تحطم طائرة الرحلة MH17", "17"),
    ("طائرة بوينغ 747", "747"),
    # petrol's grades by their octane: a whole-store draw of session 53 had «بنزين 95» a price of 95
    ("في حين ارتفع سعر بنزين 95 الأقل استخداما من 6.6 جنيه", "95"),
    ("ورفعت سعر البنزين وبنزين 80 أوكتين إلى 5.5 جنيه", "80"),
    ("سعر البنزين 92 أوكتان", "92"),
])
def test_the_number_of_a_model_or_code_name_is_not_a_count(text, number):
    (m,) = [m for m in find(text) if m.text.lstrip("-") == number]
    assert m.kind == "identifier"


def test_a_resolutions_list_and_thousands_grouped_by_a_point():
    # a whole-store draw of session 51: resolution 1701 after «قراري مجلس الأمن 1559»; 150.000 users read as 150
    found = find("الالتزام بقراري مجلس الأمن 1559 و1701.")
    assert [(m.text, m.kind) for m in found] == [("1559", "identifier"), ("1701", "identifier")]
    assert [m.kind for m in find("قتل 12 و13 جريحا")] == ["count", "count"]
    assert [m.value for m in find("واستقطبت المنصة نحو 150.000 مستخدم.")] == [150000]
    assert [m.value for m in find("بلغ سعره 3.000 دولار")] == [3.0]  # (a dinar's fils, maybe: a decimal before money)


def test_the_24_hours_with_their_articles_are_a_stretch_of_time():
    # a whole-store draw of session 51: the Hodeidah fighting «خلال الـ24 الساعة الماضية» had been 24 strikes
    assert [m.kind for m in find("خلال الـ24 الساعة الماضية")] == ["duration"]
    assert [m.kind for m in find("خلال ال٢٤ الساعة الماضية")] == ["duration"]
    assert [m.kind for m in find("قتل الـ5 الأشخاص")] == ["count"]


def test_a_law_dating_back_to_a_year_and_lengths_are_no_counts():
    # the hundred-and-eighth set: a law «dating back to 1878», a wall of 1,100 or 1,330 km; a half metre (a
    # Venezuelan jailbreak's hole, read as displaced on the first 5,000 ANT articles)
    assert [(m.text, m.kind) for m in find("وينص قانون يعود إلى 1878 على أن الجيش")] == [("1878", "year")]
    assert [m.kind for m in find("نحتاج إلى جدار يمتد 1100/1330 كيلومترا")] == ["measure"]
    assert [m.kind for m in find("فر المساجين عبر ثغرة قطرها حوالي نصف متر")] == ["measure"]
    assert [m.kind for m in find("يعود إلى 1500 جندي")] == ["count"]
    assert [m.kind for m in find("بنسبة 77/100 من السكان")] == ["fraction"]


@pytest.mark.parametrize("text", ["وأضاف زميله كيفن لاف 23 نقطة", "قتل 15 شخصا"])
def test_counts_next_to_letters_stay_counts(text):
    assert [m.kind for m in find(text)] == ["count"]


@pytest.mark.parametrize("text", ["فاز الفريق 2-1", "بفوز الفريق الباريسي 3-0.", "بعد الفوز 3-صفر في الدوري"])
def test_a_match_result_is_a_score_not_a_count(text):
    assert {m.kind for m in find(text)} == {"score"}


@pytest.mark.parametrize(
    ("text", "won"), [("وكان برشلونة قد فاز ذهابا 3-0 على ملعبه", 3.0), ("فاز الفريق 2-0 على ضيفه", 2.0)]
)
def test_a_match_result_with_a_lone_zero_is_one_score(text, won):
    # a lone 0 after a dash is a side of the result, not a month (1995-01): no stray 0 figure
    (m,) = find(text)
    assert (m.kind, m.low, m.high) == ("score", won, 0.0)


def test_between_that_opens_no_range_is_not_in_the_number():
    # «من بين 67 راكبا» is «out of 67»: a multi-outlet story read in session 47 had «بين 67» as the number's words
    assert [m.text for m in find("جرى إنقاذ 17 من بين 67 راكبا")] == ["17", "67"]
    (m,) = find("قتل ما بين 200 و300 شخص")
    assert (m.text, m.low, m.high) == ("ما بين 200 و300", 200.0, 300.0)


@pytest.mark.parametrize("text", ["قتل بين 10-15 شخصا", "لمدة 3-5 أيام", "بنسبة 5-10%"])
def test_small_numbers_joined_by_a_dash_after_between_are_a_range(text):
    assert "score" not in {m.kind for m in find(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("حقق اللقب للمرة الـ30 في تاريخه", "ordinal"),  # the 30th time
        ("في موازنة 2018-2019 تبلغ", "year"),  # a fiscal year
        ("بين عامي 2010-2015 قتل", "year"),
        ("قتل 2000-3000 شخص", "count"),  # a range of a count, not a year
        ("فر ما بين 2000 و2500 شخص", "count"),  # between two counts: no year 2000, then 2500 alone
        # a random draw of the whole-corpus store (seed 17, F14): the hemispherical core had been half of something
        ("وتمكن العلماء من دراسة النواة نصف الكروية للأرض", "measure"),
        ("في الربع الأول من سنتها المالية", "date"),  # a quarter of a year
        ("طوال السنوات العشرين الماضية", "duration"),  # twenty years, not twenty people
        ("مباراة النصف النهائي الأول", "ordinal"),  # the semi-final, not a half
        ("هواتف Google Pixel 3 XL", "identifier"),  # a model name
    ],
)
def test_numbers_read_in_a_random_draw_from_the_whole_corpus(text, kind):
    assert find(text)[0].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "بدأ عمال بتجهير مساحة قدرها 123 فدانا لاستقبال مزيد من اللاجئين",
        "وتسببت العاصفة في هطول أمطار تقدر بنحو 200 ملليمتر في نابل",
        "وبلغت درجات الحرارة 44 درجة مئوية (111 فهرنهايت) الاثنين",
        "وأحرق أكثر من 48000 هكتار (194 كيلو مترا مربعا) من الأراضي",
    ],
)
def test_areas_rainfall_and_temperatures_of_held_out_sets_are_measures(text):
    assert {m.kind for m in find(text)} == {"measure"}


def test_a_full_stop_moved_before_the_year_ending_a_line_is_no_decimal_point():
    # right-to-left text moved the line's full stop before its last number (BB-middleEast-988)
    found = [(m.text, m.value, m.kind) for m in find("وفتحت المنظمة مكتبا لها في العاصمة الأمريكية عام .1994")]
    assert found == [("1994", 1994.0, "year")]
    assert [m.value for m in find("ارتفع المؤشر بنسبة .5 في المئة اليوم")] == [0.5]


@pytest.mark.parametrize(("text", "value"), [("المنتخبات الستة عشر", 16), ("الأشخاص الخمسة عشر", 15)])
def test_a_teen_written_with_the_article_is_the_teen(text, value):
    # BB-culture-215: «دور الستة عشر» was read as 10
    (m,) = find(text)
    assert (m.value, m.text) == (value, text.split(" ", 1)[1])


@pytest.mark.parametrize("text", ["في دور الستة عشر من بطولة كأس العالم", "تأهل إلى دور الـ16"])
def test_a_round_named_by_its_teams_is_a_name(text):
    (m,) = find(text)
    assert (m.value, m.kind) == (16, "identifier")


@pytest.mark.parametrize(("text", "low", "high"), [("مقتل أربعة أو خمسة مقاتلين", 4, 5), ("خلال 2 أو 3 أيام", 2, 3)])
def test_two_numbers_either_of_which_may_be_true_are_a_range(text, low, high):
    # SK-middleEast-896: «مقتل أربعة أو خمسة مقاتلين» was read as 5
    (m,) = find(text)
    assert (m.low, m.high) == (low, high)


def test_one_number_written_two_ways_is_no_range():
    assert [m.value for m in find("تستطيع ان تكتب 5.00 أو 5,00")] == [5, 5]


def test_a_documents_pages_are_no_count():
    # a UN report «الواقع في 14 صفحة» joined five missiles as 14
    (m,) = find("التقرير الواقع في 14 صفحة")
    assert m.kind == "measure"


@pytest.mark.parametrize(("text", "kind"), [
    # the twelfth held-out set: a man of eighty killed in the Osaka quake was read as 80 killed
    ("مقتل رجل يبلغ الثمانين", "duration"),
    ("يناهز السبعين من عمره", "duration"),
    ("يبلغ عدد القتلى 80", "count"),  # a toll is written without the article
    # ... the Abu Sitta naval base and an AK-47 were six rescued and 47 of aid
    ("قاعدة أبو ستة البحرية", "identifier"),
    ("بنادق إيه كيه - 47 وقنابل يدوية", "identifier"),
])
def test_an_age_reached_a_kunya_and_a_rifle_model_are_no_counts(text, kind):
    (m,) = find(text)
    assert m.kind == kind


def test_or_between_two_numbers_is_no_kunya():
    # أم is also «or»: only أبو/أبي make the number after them part of a name
    assert all(m.kind != "identifier" for m in find("سواء كانوا عشرة أم عشرين قتيلا"))


def test_a_season_written_year_slash_next_year_is_a_year_not_a_fraction():
    # the fiftieth held-out set: «لموسم 2017/2018» had been a figure of 0.9995
    (m,) = scan("لموسم 2017/2018 قبل المباراة النهائية")[1]
    assert (m.text, m.kind, m.value) == ("2017/2018", "year", 2017.0)
    (m,) = scan("بلغت النسبة 77/100")[1]
    assert m.kind == "fraction"


def test_a_plural_fraction_alone_is_no_number():
    # a whole-store draw of session 46: «في منطقة اعشار» (a Yemeni place) had been read as a tenth of a toll; a plural
    # fraction counts with a number before it (ثلاثة أرباع), alone it is tenths of a second or the quarter-finals
    def read(text):
        return [(m.text, m.value) for m in scan(text)[1]]

    assert read("في منطقة اعشار") == []
    assert read("أرباع النهائي") == []
    assert read("ثلاثة أرباع السكان") == [("ثلاثة أرباع", 0.75)]
    assert read("ربع السكان") == [("ربع", 0.25)]
