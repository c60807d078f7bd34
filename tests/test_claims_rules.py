"""Rules of the claims (khulasa/story/claims.py) on figures written the way the figure reader
gives them: which figures count the same quantity."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from khulasa.model import Article, Figure
from khulasa.story.claims import reconcile


def _toll(
    article: str, value: float, day: date, period: str, *, subject: str = "مدنيا", bound: str | None = "min",
    source: str | None = "المرصد السوري لحقوق الإنسان", measure: str = "killed", first: date | None = None,
) -> Figure:
    return Figure(
        article=article, start=0, end=3, quote=str(value), value=value, bound=bound, measure=measure,
        subject=subject, place="الغوطة الشرقية", source=source, source_canonical=source, period=period,
        as_of_first=first or day, as_of_last=day,
    )


def test_one_source_joins_the_same_number_only_not_two_lower_bounds():
    # SOHR's "more than 46 on Thursday" and "at least 426 in the escalation" are a day's toll and
    # the offensive's; as open intervals they "agree", as numbers they do not
    day = _toll("a", 46, date(2018, 2, 22), "point")
    offensive = _toll("b", 426, date(2018, 2, 23), "none", subject="شخصا")
    assert sorted(sorted(c.values) for c in reconcile([day, offensive])) == [["> 426"], ["> 46"]]
    # the same number from the same source is one claim whatever the period words around it
    again = _toll("c", 426, date(2018, 2, 23), "total", subject="شخصا", first=date(2018, 2, 18))
    assert sorted(sorted(c.values) for c in reconcile([offensive, again])) == [["> 426"]]


def test_those_who_rescue_are_never_one_claim_with_those_they_rescue():
    divers = _toll("a", 13, date(2018, 7, 8), "point", subject="غواصا", bound=None, source=None, measure="rescued")
    boys = _toll("b", 4, date(2018, 7, 8), "point", subject="صبية", bound=None, source=None, measure="rescued")
    assert len(reconcile([divers, boys])) == 2


def test_the_police_hurt_and_the_protesters_hurt_are_two_quantities():
    # a whole-store draw of session 49 (story 12994, Khan al-Ahmar on 4 July): the Israeli police's 4 wounded officers
    # and the Palestinian ambulance service's 35 wounded protesters had been one count in conflict
    day = date(2018, 7, 4)
    police = _toll("a", 4, day, "point", subject="أفراد الشرطة", bound=None, source="الشرطة", measure="wounded")
    protesters = _toll("b", 35, day, "point", subject="محتجا", bound=None, source=None, measure="wounded")
    assert sorted(sorted(c.values) for c in reconcile([police, protesters])) == [["35"], ["4"]]


def test_boys_and_children_are_one_class():
    # the Thai cave, read in session 48: «8 أطفال» and «8 فتية» brought out over the same two days were two claims,
    # the boys counted as anyone and the children as a part of a toll
    children = _toll("a", 8, date(2018, 7, 10), "point", subject="أطفال", bound=None, source=None, measure="rescued")
    boys = _toll("b", 8, date(2018, 7, 10), "point", subject="فتية", bound=None, source=None, measure="rescued")
    lads = _toll("c", 8, date(2018, 7, 10), "point", subject="الصبية", bound=None, source=None, measure="rescued")
    assert len(reconcile([children, boys, lads])) == 1


def test_rockets_fired_and_sites_struck_are_never_one_claim():
    # a random draw of the whole-corpus store (seed 17, C8 and C3): 150 sites struck and about 150 rockets fired,
    # 3 shells and the 3 houses they hit, had each been one claim of strikes
    day = date(2018, 8, 9)
    sites = _toll("a", 150, day, "point", subject="موقعا", bound=None, source=None, measure="strikes")
    rockets = _toll("b", 150, day, "point", subject="صاروخا", bound=None, source=None, measure="strikes")
    assert len(reconcile([sites, rockets])) == 2
    shells = _toll("c", 3, day, "point", subject="قذائف هاون", bound=None, source=None, measure="strikes")
    houses = _toll("d", 3, day, "point", subject="منازل", bound=None, source=None, measure="strikes")
    assert len(reconcile([shells, houses])) == 2
    # a whole-store draw of session 41 (C3): «عشرة مواقع إرهابية في ثلاثة مجمعات عسكرية» and «اعترض ثلاثة صواريخ»
    compounds = _toll("f", 3, day, "point", subject="مجمعات", bound=None, source=None, measure="strikes")
    intercepted = _toll("g", 3, day, "point", subject="صواريخ", bound=None, source=None, measure="strikes")
    assert len(reconcile([compounds, intercepted])) == 2
    # ... while the same rockets told twice are one
    again = _toll("e", 150, day, "point", subject="صاروخا", bound=None, source=None, measure="strikes")
    assert len(reconcile([rockets, again])) == 1


def test_journalists_wounded_are_a_part_not_a_conflicting_toll():
    # a random draw of the whole-corpus store (seed 12, C3): 5 journalists in conflict with ~500 wounded
    day = date(2018, 6, 8)
    all_wounded = _toll("a", 500, day, "point", subject="فلسطيني", bound=None, source=None, measure="wounded")
    journalists = _toll("b", 5, day, "point", subject="من الصحافيين", bound=None, source=None, measure="wounded")
    assert len(reconcile([all_wounded, journalists])) == 2


def test_a_countrys_nationals_among_the_dead_are_a_part_not_a_conflicting_toll():
    # a multi-outlet story read in session 38 (Cuba's air crash): Argentina's two citizens against the 107 dead
    day = date(2018, 5, 18)
    all_dead = _toll("a", 107, day, "point", subject="قتلى", bound=None, source=None)
    nationals = _toll("b", 2, day, "point", subject="مواطنيها", bound=None, source=None)
    assert len(reconcile([all_dead, nationals])) == 2


def test_one_article_counting_the_same_number_on_two_days_gives_two_quantities():
    # four boys brought out of the cave on Sunday, four more on Monday, in one report
    sunday = _toll("a", 4, date(2018, 7, 8), "point", subject="صبية", bound=None, source=None, measure="rescued")
    monday = _toll("a", 4, date(2018, 7, 9), "point", subject="صبية", bound=None, source=None, measure="rescued")
    assert len(reconcile([sunday, monday])) == 2
    # two outlets giving one day's count, one of them read a day off, stay one claim
    other = _toll("b", 4, date(2018, 7, 9), "point", subject="صبية", bound=None, source=None, measure="rescued")
    assert len(reconcile([sunday, other])) == 1


def test_a_country_toll_is_not_the_toll_of_a_place_in_it():
    # "a million killed in Syria since the war began" beside Ghouta's toll: two quantities
    local = _toll("a", 1000, date(2018, 3, 11), "total", first=date(2018, 2, 18))
    country = _toll("b", 1_000_000, date(2018, 3, 15), "total", first=None)
    country = replace(country, place="سوريا", as_of_first=None)
    assert len(reconcile([local, country])) == 2
    # the same number said of Syria and of Ghouta is one report of one toll
    same = replace(country, value=1000)
    assert len(reconcile([local, same])) == 1


def _told_at(day: date, **hours: int) -> dict[str, Article]:
    """Empty articles by id, published on ``day`` at the hours (UTC) given."""
    return {a: Article(a, "", published=datetime(day.year, day.month, day.day, h, tzinfo=UTC))
            for a, h in hours.items()}


def test_one_source_s_toll_for_a_day_rising_in_later_reports_is_an_update_not_a_conflict():
    # a random draw of the whole-corpus store (the Miami bridge): police gave 4 dead, then 6, that day
    day = date(2018, 3, 16)
    police = "شرطة ميامي"
    early = _toll("a", 4, day, "point", bound=None, source=police, subject="أشخاص")
    late = _toll("b", 6, day, "point", bound=None, source=police, subject="أشخاص")
    articles = _told_at(day, a=8, b=20)
    (claim,) = reconcile([early, late], articles)
    assert claim.differ == "dates"
    # a lower toll told later, or two sources, still conflict
    (claim,) = reconcile([replace(early, value=6, quote="6"), replace(late, value=4, quote="4")], articles)
    assert claim.differ == "conflict"


def test_the_same_number_for_the_same_day_is_one_claim_whatever_its_period_words():
    # BB-middleEast-868-20180810: the hospital's 29 children and the ICRC's 29, told twice, one dated by
    # its own words (point) and one by its article's day (none)
    day = date(2018, 8, 9)
    hospital = _toll("a", 29, day, "point", bound=None, source="مستشفى", subject="طفلا")
    icrc = _toll("a", 29, day, "point", bound=None, source="الصليب الأحمر", subject="طفلا")
    again = _toll("a", 29, day, "none", bound=None, source="الصليب الأحمر", subject="طفلا")
    assert [len(c.figures) for c in reconcile([hospital, icrc, again])] == [3]
    # another outlet's different number for that day in that place is the same quantity in conflict (the
    # issue's rule: a conflict is two values for one quantity and date), its best a value one source gave
    other = _toll("b", 40, day, "none", bound=None, source="مصدر", subject="طفلا")
    (claim,) = reconcile([hospital, other])
    assert (claim.differ, claim.low, claim.high) == ("conflict", 29, 40) and claim.best in (29, 40)
    # ... but not in another place, nor when it counts missiles (8 shot down, 3 that struck)
    elsewhere = replace(other, place="حرستا")
    assert len(reconcile([hospital, elsewhere])) == 2
    missiles = [replace(f, measure="strikes") for f in (hospital, other)]
    assert len(reconcile(missiles)) == 2


def test_a_toll_raised_on_a_named_day_is_not_the_campaigns_running_toll():
    """«ارتفع عدد القتلى، السبت، إلى 35» counts Saturday's raids: it started that day, and does not
    join SOHR's toll of the offensive since 18 February reported the same week."""
    from datetime import date

    from khulasa.model import Figure
    from khulasa.story.claims import reconcile
    sohr = "المرصد السوري لحقوق الإنسان"
    figs = [
        Figure("a", 0, 3, "930", 930, measure="killed", place="الغوطة الشرقية", source=sohr, source_canonical=sohr,
               as_of="منذ 18 شباط/فبراير", period="total", as_of_first=date(2018, 2, 18), as_of_last=date(2018, 3, 10)),
        Figure("b", 0, 2, "35", 35, measure="killed", place="الغوطة الشرقية", source=sohr, source_canonical=sohr,
               as_of="السبت", period="total", as_of_first=date(2018, 3, 10), as_of_last=date(2018, 3, 10)),
        Figure("c", 0, 4, "1000", 1000, measure="killed", place="الغوطة الشرقية", source=sohr, source_canonical=sohr,
               period="total", as_of_first=date(2018, 3, 11), as_of_last=date(2018, 3, 11)),
    ]
    groups = sorted(sorted(c.figures) for c in reconcile(figs))
    assert groups == [[0, 2], [1]]


def test_a_source_that_raised_its_count_the_same_day_is_superseded_by_its_later_report():
    # a random draw of the whole-corpus store (C5): Gaza's health ministry said five dead in the afternoon,
    # six that evening; medical sources said five
    day = date(2018, 5, 5)
    early = _toll("a", 5, day, "point", bound=None, source="وزارة الصحة في غزة", subject="فلسطينيين")
    medics = _toll("b", 5, day, "point", bound=None, source="vague", subject="فلسطينيين")
    late = _toll("c", 6, day, "point", bound=None, source="وزارة الصحة في غزة", subject="فلسطينيين")
    articles = {
        a: Article(a, "", published=datetime(2018, 5, 5, h, tzinfo=UTC)) for a, h in (("a", 17), ("b", 18), ("c", 20))
    }
    (claim,) = reconcile([early, medics, late], articles)
    assert claim.superseded == [0] and claim.best == 6


def test_a_towns_people_and_its_regions_are_two_quantities_not_a_conflict():
    # a real multi-outlet story read in session 53 (the Sulawesi tsunami): Palu's people, the region's and the elderly
    # in need had been one population claim «in conflict»
    text = ("ومعظم الوفيات المؤكدة في مدينة بالو التي يقطنها نحو 380 ألف نسمة.\n"
            "وإلى جانب بالو، يبلغ مجموع سكان هذه المناطق 1.4 مليون تقريبا.\n"
            "وقال مسؤول إن مدينة بالو يقطنها 350 ألف نسمة.")
    claims = _claims_of(text, datetime(2018, 10, 1, tzinfo=UTC), "population")
    assert claims == [["350,000", "~380,000"], ["~1,400,000"]]


def test_two_sides_shares_of_one_province_are_two_claims():
    # a second random draw of the whole-corpus store (C1): the regime's, the rebels' and IS's shares of Daraa
    text = ("وأوضح المرصد أن قوات النظام باتت تسيطر على 58،8% من مساحة محافظة درعا.\n"
            "أما الفصائل المسلحة فتسيطر على 34،6% في حين يسيطر تنظيم \"الدولة الإسلامية\" على 6،6%.\n"
            "وتمكنت قوات النظام من مضاعفة مساحة سيطرتها لتصبح 60 في المئة من مساحة المحافظة الجنوبية.")
    claims = _claims_of(text, datetime(2018, 7, 2, tzinfo=UTC), "territory_percent")
    assert claims == [["34.6%"], ["58.8%", "60%"], ["6.6%"]]


def _claims_of(text: str, published: datetime, measure: str) -> list[list[str]]:
    """The values of each claim of one measure, sorted, of an article digested alone."""
    import khulasa

    (story,) = khulasa.digest([Article("a", text, published=published)], progress=False).stories
    return sorted(sorted(c.values) for c in story.claims if c.measure == measure)


def test_two_counts_of_one_sentence_are_two_quantities():
    # a random draw of the whole-corpus store (seed 14, C9): «وقصفت المقاتلات معملا للأسمنت بـ 3 صواريخ، إضافة
    # إلى 3 صواريخ استطلاع» had been one claim of three agreeing strikes with another article's 3
    day = date(2018, 8, 8)
    one = replace(_toll("a", 3, day, "none", measure="strikes", subject="صواريخ", source=None),
                  start=40, end=41, sentence_start=0, sentence_end=90)
    two = replace(one, start=60, end=61)
    other = replace(one, article="b", sentence_start=10, sentence_end=80)
    claims = reconcile([one, two, other])
    assert sorted(len(c.figures) for c in claims) == [1, 2]
    assert not any({0, 1} <= set(c.figures) for c in claims)


def test_a_share_of_a_province_is_not_one_claim_with_a_share_of_its_country():
    # a random draw of the whole-corpus store (seed 18, C2): half of Idlib's 3 million displaced and more than half of
    # Syria's people displaced had been one claim
    day = date(2018, 9, 3)
    idlib = replace(_toll("a", 0.5, day, "none", subject="النازحين", bound=None, source=None, measure="displaced"),
                    unit="fraction", place="إدلب")
    syria = replace(_toll("b", 0.5, day, "none", subject="سكان", bound="min", source=None, measure="displaced"),
                    unit="fraction", place="سوريا")
    assert len(reconcile([idlib, syria])) == 2


def test_two_lower_bounds_of_different_days_are_told_apart_not_in_agreement():
    # the Kerala floods (FR-internationalNews-2761, SK-internationalNews-3076): «more than 150,000» homeless on
    # Friday and «more than 300,000» on Saturday were one claim marked as agreeing
    friday = _toll("a", 150_000, date(2018, 8, 17), "none", subject="مشرد", source="السلطات", measure="displaced")
    saturday = _toll("b", 300_000, date(2018, 8, 18), "none", subject="شخص", source="مسؤولون", measure="displaced")
    (claim,) = reconcile([friday, saturday])
    assert not claim.agree and claim.differ == "dates"
    # ... while one lower bound and a number above it agree, and so do the same bound told on two days
    exact = _toll("c", 324, date(2018, 8, 17), "none", subject="شخصا", bound=None, source="الحكومة")
    floor = _toll("d", 300, date(2018, 8, 18), "none", subject="شخصا", source=None)
    (claim,) = reconcile([exact, floor])
    assert claim.agree
    again = _toll("e", 150_000, date(2018, 8, 18), "none", subject="مشرد", source="مسؤولون", measure="displaced")
    (claim,) = reconcile([friday, again])
    assert claim.agree


def test_a_share_whose_side_is_left_unsaid_is_the_side_told_before_it():
    # session 24's multi-outlet Daraa story: «قوات النظام باتت تسيطر على 58،8% ... في حين لم تكن تسيطر لدى بدء الهجوم
    # سوى على 30% منها»: the 30 % had no side, and so joined the rebels' 34.6 % in one tracked row
    import khulasa

    text = ("وأوضح المرصد أن قوات النظام باتت تسيطر على 58،8% من مساحة محافظة درعا، في حين لم تكن تسيطر لدى بدء"
            " الهجوم سوى على 30% منها. أما الفصائل المسلحة فتسيطر على 34،6%.")
    (story,) = khulasa.digest([Article("a", text, published=datetime(2018, 7, 2, tzinfo=UTC))], progress=False).stories
    held = {f.quote: f.subject for f in story.figures}
    assert held["30%"] == "قوات النظام" and held["34،6%"] == "الفصائل المسلحة"
    # ... but a share told with no verb of control takes no side from before it (بينما 40% بيد المعارضة)
    text = "وقالت المصادر إن قوات النظام تسيطر على 60% من المحافظة بينما 40% بيد المعارضة."
    (story,) = khulasa.digest([Article("a", text, published=datetime(2018, 7, 2, tzinfo=UTC))], progress=False).stories
    assert {f.quote: f.subject for f in story.figures}.get("40%") != "قوات النظام"


def test_one_articles_toll_rounded_in_its_title_is_one_quantity_but_a_bound_below_another_number_is_not():
    # the western Japan floods (a labelled multi-outlet story): one article rounding the government's 199 to «about
    # 200» gives one toll, not two; the same article's «more than 20» and 45 stay two (the review of session 26)
    start = date(2018, 7, 5)
    rounded = _toll("b", 200, date(2018, 7, 12), "total", source="الحكومة اليابانية", bound="approx", first=start)
    rounded = replace(rounded, approx=True)
    exact = replace(rounded, start=40, end=43, quote="199", value=199, bound=None, approx=False)
    (claim,) = reconcile([rounded, exact])
    assert len(claim.figures) == 2
    more = _toll("c", 20, date(2018, 7, 12), "none", source=None)
    other = replace(more, start=40, end=42, quote="45", value=45, bound=None)
    assert len(reconcile([more, other])) == 2


def test_those_added_to_a_toll_are_no_value_of_another_toll():
    # a random draw of session 27 (story 15536, Genoa): «ترتفع الحصيلة الرسمية للضحايا إلى 40 قتيلا، بالإضافة إلى
    # ثلاثة لم يتم التعرف عليهم» had set the three against the 18 coffins of another article as a conflicting toll
    import khulasa

    arts = [
        Article("a", "اصطفت في جنوى توابيت 18 شخصا.", published=datetime(2018, 8, 18, 9, tzinfo=UTC)),
        Article("b", "وبذلك ترتفع الحصيلة الرسمية للضحايا في جنوى إلى 40 قتيلا، بالإضافة إلى ثلاثة لم يتم التعرف "
                "عليهم.", published=datetime(2018, 8, 18, 10, tzinfo=UTC)),
    ]
    figures = [f for s in khulasa.digest(arts, progress=False).stories for f in s.figures]
    (three,) = [f for f in figures if f.quote == "ثلاثة"]
    assert (three.measure, three.subset) == ("killed", True)
    assert not [c for c in reconcile(figures) if 3.0 in [figures[i].value for i in c.figures]]
    # ... but a toll of another measure added to it is a toll of its own (the review of session 27)
    added = khulasa.digest([Article("c", "أسفر الهجوم عن مقتل 40 شخصا، بالإضافة إلى 60 جريحا.")], progress=False)
    assert [(f.quote, f.measure, f.subset) for s in added.stories for f in s.figures] == [
        ("40", "killed", False), ("60", "wounded", False)]


def test_of_one_days_tolls_the_higher_is_the_latest_whenever_it_was_published():
    # a random draw of session 27 (story 12946, Quebec's heat wave): «19 on Wednesday» told in the morning, «17
    # yesterday» recalled that evening; the 17 had superseded the 19 and stood as best
    day = date(2018, 7, 4)
    nineteen = _toll("a", 19, day, "point", source="السلطات", bound="min", subject="شخصا")
    seventeen = _toll("b", 17, day, "point", source="السلطات", bound="min", subject="شخصا")
    articles = {
        "a": Article("a", "", published=datetime(2018, 7, 5, 4, tzinfo=UTC)),
        "b": Article("b", "", published=datetime(2018, 7, 5, 19, tzinfo=UTC)),
    }
    (claim,) = reconcile([nineteen, seventeen], articles)
    assert (claim.best, claim.superseded) == (19, [1])
    # ... but a toll revised down on its own day stays revised (the review of session 27)
    same_day = {
        "a": Article("a", "", published=datetime(2018, 7, 4, 9, tzinfo=UTC)),
        "b": Article("b", "", published=datetime(2018, 7, 4, 19, tzinfo=UTC)),
    }
    (claim,) = reconcile([nineteen, seventeen], same_day)
    assert (claim.best, claim.superseded) == (17, [0])


def test_an_official_toll_told_higher_later_in_the_outlets_own_voice_is_an_update_not_a_conflict():
    # a random draw of session 28 (story 15536, Genoa): 38 «حسب حصيلة رسمية موقتة» in the morning, «ترتفع الحصيلة
    # الرسمية للضحايا إلى 40» unattributed that evening, had been a conflict
    day = date(2018, 8, 18)
    official = _toll("a", 38, day, "point", source="السلطات الإيطالية", bound=None, subject="شخصا")
    outlet = _toll("b", 40, day, "point", source=None, bound=None, subject="قتيلا")
    told = _told_at(day, a=6, b=17)
    (claim,) = reconcile([official, outlet], told)
    assert claim.differ == "dates"
    # ... told in the other order it stays a conflict, and so do two sources named apart
    backwards = {"a": told["b"], "b": told["a"]}
    assert reconcile([official, outlet], backwards)[0].differ == "conflict"
    other = replace(outlet, source="الدفاع المدني", source_canonical="الدفاع المدني")
    assert reconcile([official, other], told)[0].differ == "conflict"
    # ... and so do two outlets' own voices alone (the review of session 28)
    unnamed = replace(official, source=None, source_canonical=None)
    assert reconcile([unnamed, outlet], told)[0].differ == "conflict"


def test_members_take_what_they_are_members_of_as_the_counted():
    from khulasa import digest

    text = "لقي 60 راكبا و6 من أفراد الطاقم حتفهم في تحطم الطائرة."
    article = Article("a", text, published=datetime(2018, 2, 18, 9, tzinfo=UTC))
    figs = [f for s in digest([article], progress=False).stories for f in s.figures]
    assert next(f for f in figs if f.value == 6).subject == "أفراد الطاقم"


def test_a_disasters_best_toll_is_its_latest_report_not_its_first_days_most_told():
    # the whole-corpus store of session 31 (story 10709, Fuego): 62 told by three voices on Tuesday, 72 on Wednesday;
    # best had been 62, the value most voices gave, two days behind
    day = date(2018, 6, 3)
    told = {k: Article(k, "", published=datetime(2018, 6, d, 9, tzinfo=UTC)) for k, d in (("a", 5), ("b", 6))}
    early = [replace(_toll("a", 62, day, "point", source=s, bound=None, subject="قتيلا"), cause="volcano")
             for s in (None, "السلطات", "المعهد الوطني للطب الشرعي")]
    late = replace(_toll("b", 72, day, "point", source=None, bound="min", subject="شخصا"), cause="volcano")
    (claim,) = reconcile([*early, late], told)
    assert claim.best == 72
    # ... not a lower round count told last (Kerala's «أكثر من 300» after 324), nor a war's raids, which last
    rounded = replace(late, value=60, quote="أكثر من 60")
    assert reconcile([*early, rounded], told)[0].best == 62
    raids = [replace(f, cause="violence") for f in (*early, late)]
    assert reconcile(raids, told)[0].best == 62


def test_aid_counted_in_different_things_is_different_quantities_and_a_noun_and_its_plural_one():
    # a random draw of session 33: the UAE's aid "in 6 sectors" and the King Salman centre's 288 projects, one claim
    day = date(2018, 3, 24)
    sectors = _toll("a", 6, day, "total", subject="قطاعات", bound=None, source=None, measure="aid")
    projects = _toll("b", 288, day, "total", subject="مشروعا", bound=None, source=None, measure="aid")
    assert len(reconcile([sectors, projects])) == 2
    # trucks counted as شاحنات and as شاحنة (3 to 10, then 11 on) are one quantity
    few = _toll("c", 10, day, "point", subject="شاحنات", bound=None, source="الأمم المتحدة", measure="aid")
    more = _toll("d", 10, day, "point", subject="شاحنة", bound=None, source="الأمم المتحدة", measure="aid")
    assert len(reconcile([few, more])) == 1


def test_the_dead_of_both_sides_are_no_value_of_one_sides_toll():
    # a whole-corpus draw of session 39 (story 11765, Hodeidah): «وسقط فيها 39 قتيلا من الطرفين» had been set against
    # «مقتل 96 من ميليشيات الحوثي» as a conflicting toll
    import khulasa

    arts = [
        Article("a", "نشبت معارك عنيفة في محيط مطار مدينة الحديدة، وسقط فيها 39 قتيلا من الطرفين، في اليوم الثاني من "
                "الهجوم.", title="معارك الحديدة", published=datetime(2018, 6, 14, 9, tzinfo=UTC)),
        Article("b", "وأسفرت غارات التحالف عن مقتل 96 من ميليشيات الحوثي في الحديدة، في اليوم الثاني من الهجوم على "
                "مطار مدينة الحديدة.", title="معارك الحديدة", published=datetime(2018, 6, 14, 10, tzinfo=UTC)),
    ]
    figures = [f for s in khulasa.digest(arts, progress=False).stories for f in s.figures]
    assert [f.subject for f in figures] == ["قتيلا من الطرفين", "ميليشيات"]
    assert sorted([figures[i].value for i in c.figures] for c in reconcile(figures)) == [[39.0], [96.0]]


def test_rockets_intercepted_of_those_fired_are_a_part_not_strikes_of_their_own():
    # a multi-outlet story read in session 39 (Gaza, 29 May): «تصدت منظومة القبة الحديدية لـ25 منها» had been a
    # strike count set against «أكثر من 50 هدفا» as a conflict; with no count of the rockets before, those shot down
    # stay strikes
    import khulasa

    text = ("يذكر أن 28 صاروخا وقذيفة هاون استهدفت إسرائيل، الثلاثاء، تصدت منظومة القبة الحديدية لـ25 منها، قبل أن ترد "
            "إسرائيل بتنفيذ أكثر من 30 غارة جوية على مواقع في غزة.")
    (story,) = khulasa.digest([Article("a", text, published=datetime(2018, 5, 29, 12, tzinfo=UTC))],
                              progress=False).stories
    assert [(f.quote, f.subset) for f in story.figures] == [("28", False), ("25", True), ("أكثر من 30", False)]
    assert sorted(story.figures[i].quote for c in story.claims for i in c.figures) == ["28", "أكثر من 30"]
    alone = khulasa.digest([Article("b", "وأوضح التلفزيون أن الدفاعات الجوية تصدت لعدوان بالصواريخ، وأسقطت 8 منها.")],
                           progress=False).stories[0].figures
    assert [(f.measure, f.subset) for f in alone] == [("strikes", False)]


def test_one_accident_s_toll_told_of_its_town_and_of_its_country_is_one_quantity():
    # a multi-outlet story read in session 42 (the Kerkennah sinking, 3 June 2018): Tunisia's defence ministry's 46
    # dead off Kerkennah and the government's 48 «off Tunisia's coast» that evening had been two quantities
    day = date(2018, 6, 3)
    town = replace(_toll("a", 46, day, "point", subject="مهاجرا", bound=None, source="وزارة الدفاع التونسية"),
                   place="قرقنة", cause="accident")
    country = replace(_toll("b", 48, day, "none", subject="مهاجرا", bound=None, source="الحكومة"),
                      place="تونس", cause="accident")
    assert [sorted(c.values) for c in reconcile([town, country])] == [["46", "48"]]
    # ... while a war's toll of a country is still not a toll of a town in it
    war = replace(country, value=350000.0, cause="violence", period="total", as_of_first=date(2011, 3, 15))
    town_war = replace(town, cause="violence")
    assert len(reconcile([town_war, war])) == 2


def test_a_bound_backs_the_exact_value_it_allows_as_the_best():
    # the whole-store draw of session 44 (story 6417, North Korea's bus crash): «أكثر من ثلاثين» told by three voices
    # and the Chinese ministry's 36 had given best 30, a number no one gave as the toll
    day = date(2018, 4, 22)
    bounds = [_toll(k, 30, day, "point", source=s, subject="شخصا") for k, s in (("a", "وزارة الخارجية الصينية"),
                                                                                ("b", "التلفزيون الرسمي"), ("c", None))]
    exact = _toll("d", 36, day, "point", source="وزارة الخارجية الصينية", bound=None, subject="شخصا")
    (claim,) = reconcile([*bounds, exact])
    assert claim.best == 36
    # alone, the bound is the best there is
    assert reconcile(bounds)[0].best == 30


def test_two_counts_of_one_day_far_apart_are_two_quantities_not_a_conflict():
    # a whole-store draw of session 46: 3 American prisoners freed and the 120,000 prisoners North Korea is believed to
    # hold, one day's counts in one place, had been one claim «in conflict»; Douma's 25 and 70 dead of one day stay one
    day = date(2018, 5, 10)
    freed = _toll("a", 3, day, "none", subject="الأمريكيين", bound=None, source=None, measure="arrested")
    held = _toll("b", 120_000, day, "none", subject="السجناء", bound=None, source=None, measure="arrested")
    assert len(reconcile([freed, held])) == 2
    low = _toll("c", 25, day, "point", bound=None, source="الدفاع المدني السوري")
    high = _toll("d", 70, day, "point", bound=None, source="المرصد السوري لحقوق الإنسان")
    (claim,) = reconcile([low, high])
    assert claim.differ == "conflict"
