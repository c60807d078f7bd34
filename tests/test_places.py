"""The gazetteer (GeoNames towns the ANT corpus names, under the hand list) and the place of a figure,
on sentences of real ANT articles."""
from __future__ import annotations

from datetime import datetime

import pytest

import khulasa
from khulasa.analyse.figures import extract
from khulasa.analyse.figures.place import places_named as figure_places
from khulasa.analyse.sentences import analyse
from khulasa.model import Article
from khulasa.news.places import canonical, countries, gazetteer, lineage, place_parents, places_named


def _places(text: str, title: str | None = None) -> list[tuple[str, str | None]]:
    article = analyse(Article(id="a", text=text, title=title))
    return [(f.quote, f.place) for f in extract(article)]


def test_places_form_a_hierarchy_up_to_their_country():
    assert lineage("كفربطنا") == ["كفربطنا", "الغوطة الشرقية", "ريف دمشق", "سوريا"]
    assert lineage("زردنا") == ["زردنا", "إدلب", "سوريا"]
    # from GeoNames: a town under its governorate (places_admin1.tsv), a town elsewhere under its country
    assert lineage("خان شيخون") == ["خان شيخون", "إدلب", "سوريا"]
    assert lineage("الدريهمي")[-2:] == ["الحديدة", "اليمن"]
    assert lineage("جنوة") == ["جنوة", "إيطاليا"]
    assert lineage(canonical("تايبييه")) == ["تايبيه", "تايوان"]  # (a capital GeoNames spells otherwise)
    # the hand list puts a GeoNames town under its province, and holds the regions and islands GeoNames lacks (held-out
    # sets: Quetta in Balochistan, Lashkar Gah in Helmand, Sicily's migrants, Mopti's peacekeepers)
    assert lineage("كويتا") == ["كويتا", "بلوشستان", "باكستان"]
    assert lineage("لشكر كاه") == ["لشكر كاه", "هلمند", "أفغانستان"]
    assert canonical("جزيرة صقلية") == "صقلية" and lineage("صقلية") == ["صقلية", "إيطاليا"]
    assert lineage("موبتي") == ["موبتي", "مالي"]


def test_every_place_lies_in_a_country():
    parents = place_parents()
    roots = {lineage(p)[-1] for p in set(gazetteer().values())}
    countries = {p for p in roots if p not in parents}
    assert roots == countries  # no chain breaks off or loops
    assert {"سوريا", "اليمن", "إندونيسيا", "إيطاليا", "فلسطين"} <= countries


def test_spellings_of_one_place_are_one_place():
    assert canonical("جنوى") == canonical("جنوة") == "جنوة"
    assert canonical("زردانا") == "زردنا"
    assert canonical("سولاويزي") == "سولاويسي"
    # countries as the news spells them more often than CLDR, or by a short name
    assert canonical("بنغلادش") == canonical("بنغلاديش") == "بنغلاديش"
    assert canonical("البوسنة") == "البوسنة والهرسك"
    assert canonical("تشيكيا") == "التشيك"
    assert places_named("نزوح مئات الآلاف إلى ملاجئ في بنغلادش") == ("بنغلاديش",)


@pytest.mark.parametrize("word", ["الكرامة", "عين", "النصر", "الحرية", "السلام", "الجديدة", "البيضاء", "الحكومة",
                                  "مدينة", "بيان", "إطار", "البلاد", "السجن", "جامعة"])
def test_common_words_that_geonames_lists_as_places_are_not_places(word):
    assert canonical(word) == word and (word,) not in gazetteer()
    assert _places(f"قتل 12 شخصا في {word} أمس.") == [("12", None)]


def test_a_town_geonames_knows_is_the_place_of_its_clause():
    # SK-internationalNews-3005-20180814
    assert _places("قتل وأصيب عشرات الأشخاص في انهيار جسر يمثل جزءا من طريق سريع في مدينة جنوى الإيطالية، "
                   "الثلاثاء.") == [("عشرات", "جنوة")]
    # FR-middleEast-912-20180810
    text = "وأوضح مدير المرصد رامي عبد الرحمن أن ثمانية مدنيين قتلوا في قصف على مدينة خان شيخون."
    assert _places(text) == [("ثمانية", "خان شيخون")]


def test_a_place_inside_the_nearest_one_named_beside_it_is_the_more_precise_where():
    # CN-middleEast-242-20180311
    text = ("وأشار ناشطون إلى أن الضربات استهدفت مدينة دوما بالغوطة الشرقية في سوريا، السبت، وقتل فيها 20 شخصاً "
            "و4 أطفال.")
    assert _places(text) == [("20", "دوما"), ("4", "دوما")]
    # CN-middleEast-1159-20180809
    text = "واتهم المالكي الحوثيين بتنفيذ الهجوم على جازان في السعودية وقتل شخص وإصابة 11 آخرين."
    assert _places(text) == [("11", "جازان")]


def test_a_place_named_as_a_side_a_landmark_or_an_adjective_is_not_where():
    # FR-middleEast-175-20180318: the side the fighters are on
    text = "ووثق المرصد في المقابل مقتل أكثر من 400 عنصر من الفصائل السورية الموالية لأنقرة."
    assert _places(text) == [("أكثر من 400", None)]
    assert _places(text, title="مقتل 1500 مقاتل كردي في عفرين") == [("أكثر من 400", "عفرين")]
    # SK-middleEast-165-20180302: تركيا is "Turkish" here
    text = ("ذكر المرصد السوري لحقوق الإنسان، الجمعة، أن 15 جنديا تركيا قتلوا خلال الاشتباكات في منطقة عفرين "
            "شمالي سوريا.")
    assert _places(text) == [("15", "عفرين")]
    # FR-middleEast-107-20180305: Ghouta lies near Damascus, not in it
    text = ("ويعيش في الغوطة الشرقية، معقل الفصائل المعارضة الأخير قرب دمشق، 400 ألف شخص يعانون منذ العام 2013 "
            "من حصار محكم تفرضه قوات النظام السوري.")
    assert _places(text) == [("400 ألف", "الغوطة الشرقية")]


def test_a_place_in_the_description_of_who_speaks_is_not_where():
    # CN-middleEast-163-20180304: the speaker is in Syria, the dead are from Ghouta
    text = ("ذكرت منظمة أطباء بلا حدود في سوريا أنها تلقت 770 قتيلاً و4050 جريحاً من منطقة الغوطة الشرقية في "
            "الفترة ما بين 18 و27 فبراير.")
    assert [p for q, p in _places(text) if q in ("770", "4050")] == ["الغوطة الشرقية", "الغوطة الشرقية"]


def test_a_toll_of_a_list_of_places_is_about_none_of_them_alone():
    # FR-middleEast-463-20180514: the last item of the list is not the place; the lead's is
    text = ("وتستعد السلطات لحفل افتتاح السفارة الجديدة بحضور عدد كبير من المسؤولين والضيوف. "
            "اندلعت مواجهات صباح الاثنين على الحدود بين قطاع غزة وإسرائيل، ما أدى "
            "إلى إصابة 12 فلسطينيا بجروح بحسب ما أوردت وزارة الصحة الفلسطينية.")
    assert _places(text) == [("12", None)]
    assert _places(text, title="مواجهات على حدود غزة قبيل نقل السفارة") == [("12", "غزة")]


def test_a_place_beyond_another_clause_is_not_the_place_of_a_number():
    # FR-middleEast-912-20180810
    text = ("وأوضح مدير المرصد رامي عبد الرحمن أن ثمانية مدنيين قتلوا في قصف على مدينة خان شيخون فيما قتل ثلاثة "
            "آخرون بينهم طفل في قصف لبلدة التح المجاورة.")
    assert _places(text) == [("ثمانية", "خان شيخون"), ("ثلاثة", "التح")]
    # the fourth seed: the ceasefire's سوريا is not where the 21 died
    text = ("قتل 21 مدنيا في الغوطة الشرقية السبت، رغم قرار أممي يطالب بوقف إطلاق النار في عموم سوريا لمدة 30 "
            "يوما.")
    assert [p for q, p in _places(text, title="الغوطة الشرقية") if q == "21"] == ["الغوطة الشرقية"]
    text = "ارتفع عدد القتلى السبت إلى 21، رغم قرار أممي يطالب بوقف إطلاق النار في عموم سوريا لمدة 30 يوما."
    assert [p for q, p in _places(text, title="قصف على الغوطة") if q == "21"] == ["الغوطة"]


def test_the_toll_of_two_places_is_about_the_place_both_lie_in_or_none():
    # SK-middleEast-847-20180408
    text = "قال المرصد إن عشرات واجهوا صعوبات في التنفس في بلدتي حمورية وسقبا إثر ضربات جوية."
    assert _places(text) == [("عشرات", "الغوطة الشرقية")]
    # FR-middleEast-912-20180810: two governorates have only the country in common
    text = ("لقي نحو 30 مدنيا مصرعهم في قصف استهدف مناطق تسيطر عليها فصائل المعارضة في محافظتي إدلب وحلب.")
    assert _places(text, title="غارات على إدلب") == [("نحو 30", None)]
    # BB-internationalNews-762-20180708: one of several areas; the title's place
    text = ("حذر مسؤولون يابانيون من أن المناطق التي ضربتها فيضانات وانهيارات ارضية قاتلة غرب البلاد تواجه خطرا "
            "غير مسبوق مع توقع هطول مزيد من الأمطار. ولقي أكثر من 60 شخصا حتفهم بعد سقوط أمطار قياسية تسببت في "
            "انهيار الأنهار على ضفتيها في هيروشيما ومناطق أخرى.")
    assert _places(text, title="عشرات القتلى في فيضانات غربي اليابان") == [("أكثر من 60", "اليابان")]


def test_a_war_named_by_its_country_is_about_the_country():
    # SK-middleEast-2234-20180607: a national toll in an article about زردنا
    text = ("قتل 18 مدنيا على الأقل في غارات جوية للطيران الروسي على بلدة زردنا بريف إدلب. وأسفر النزاع السوري "
            "عن أكثر من 350 ألف قتيل وملايين المهجرين واللاجئين منذ 2011.")
    assert _places(text) == [("18", "زردنا"), ("أكثر من 350 ألف", "سوريا"), ("وملايين", "سوريا")]


def test_a_place_written_like_a_common_word_is_the_place_only_in_a_place_s_words():
    from khulasa.news.places import countries_named, places_named

    assert places_named("ناشطون يتحدثون عن مجزرة كيماوية للنظام السوري في دوما") == ("دوما", "سوريا")
    assert places_named("مقتل مدنيين بغارات على دوما") == ("دوما",)
    assert "دوما" in places_named("ترامب: سنرد بقوة على هجوم دوما في الغوطة الشرقية")
    # always, written with or without its tanween, and Russia's parliament
    assert places_named("كانت كرة القدم السعودية دوما تصنع الحدث") == ("السعودية",)
    assert places_named("تتنافسان دوماً على الحصة السوقية") == ()
    assert countries_named("رئيس مجلس الدوما الروسي يدعم بوتين") == ("روسيا",)


def test_an_incident_s_toll_is_at_its_site_when_the_lead_names_one():
    # SK-middleEast-3956-20181019: the governorate in the lead, the town the strikes hit next; the
    # town pointed back to (على البلدة ذاتها) is the one named before
    title = "غارات للتحالف الدولي على دير الزور.. ومقتل 32 مدنيا"
    text = ("قتل 32 مدنيا خلال 24 ساعة في غارات للتحالف الدولي ضد آخر جيب يسيطر عليه تنظيم داعش في محافظة "
            "دير الزور شرقي سوريا، وفق ما أفاد المرصد السوري لحقوق الإنسان، الجمعة.\n"
            "وذكر المرصد السوري أن \"التحالف استهدف قبل منتصف ليل الخميس بلدة السوسة بريف دير الزور، ما أسفر "
            "عن مقتل 18 مدنيا\".\nوكرر التحالف الدولي غاراته مجددا، الجمعة، على البلدة ذاتها موقعا 14 مدنيا.")
    assert _places(text, title) == [("32", "السوسة"), ("18", "السوسة"), ("14", "السوسة")]
    # AL-internationalNews-1679-20180618: a village the gazetteer lacks, placed by the places after it
    title = "مجزرة حوثية جديدة في الضالع.. و9 قتلى من عائلة واحدة"
    text = ("ارتكبت ميليشيات الحوثي، اليوم الاثنين، مجزرة جديدة في الضالع، ذهب ضحيتها 9 قتلى و15 جريحا.\n"
            "وقال سكان محليون إن ميليشيات الحوثي شنت قصفا مدفعيا عشوائيا وهستيريا على مناطق سكنية في قرية "
            "حجلان شمال غرب مريس بمحافظة الضالع، ما أدى إلى مقتل تسعة أشخاص.")
    assert {p for q, p in _places(text, title) if q != "9" or p != "الضالع"} == {"حجلان"}


def test_an_incident_told_with_others_or_striking_several_villages_has_no_one_site():
    # SK-middleEast-2240-20180608: strikes on villages of Idlib, one of them named next
    text = ("أعلن المرصد السوري لحقوق الإنسان أن 44 شخصا على الأقل سقطوا قتلى في ضربات جوية استهدفت قرى "
            "بمحافظة إدلب.\nوقال رامي عبد الرحمن \"طائرات حربية استهدفت قرية زردانا في ريف إدلب الشمالي\".")
    assert _places(text)[0] == ("44", "إدلب")
    # CN-internationalNews-292-20180430: two blasts, the first in a district of Kabul
    title = "مقتل 25 شخصا بينهم 9 صحفيين إثر انفجارين في أفغانستان"
    text = ("أعلنت السلطات الأفغانية عن مقتل 25 شخصا إثر انفجارين في العاصمة كابول.\n"
            "وقالت السلطات إن الانفجار الأول وقع الساعة الثامنة صباحا في منطقة شاشداراك.")
    assert ("25", "كابول") in _places(text, title)


def test_the_region_s_people_stay_the_region_s_beside_an_incident_s_site():
    # the displaced of a region and a war's toll since its start are not the incident's
    text = ("قتل 12 مدنيا في غارة استهدفت بلدة السوسة بريف دير الزور، فيما نزح 5 آلاف شخص من محافظة دير الزور "
            "هذا الأسبوع. وأسفر النزاع السوري عن أكثر من 350 ألف قتيل منذ 2011.")
    found = dict(_places(text))
    assert found == {"12": "السوسة", "5 آلاف": "دير الزور", "أكثر من 350 ألف": "سوريا"}


def test_an_undated_toll_further_down_is_at_the_site_and_a_landmark_is_better_than_no_place():
    # AL-internationalNews-692-20180330: the lead's country, the site next, the toll told again below
    title = "17 قتيلاً بحادث حافلة تنقل مهاجرين غير شرعيين شرق تركيا"
    text = ("قتل 17 شخصاً على الأقل وأصيب 36 آخرون شرق تركيا في حادث حافلة صغيرة تقل مهاجرين.\n"
            "ووقع الحادث في وقت متأخر من ليل الخميس في محافظة اغدير.\n"
            "واندلعت النيران في الحافلة بعد اصطدامها بعمود إنارة.\nوقتل 17 شخصاً كانوا على متنها.")
    assert [p for _, p in _places(text, title)] == ["اغدير", "اغدير", "اغدير"]
    # a lead that names only a landmark
    assert _places("قتل 27 مقاتلا في كمين نصبه مسلحون قرب دمشق.") == [("27", "دمشق")]


def test_a_toll_told_place_by_place_gives_each_count_its_own_place():
    # SK-internationalNews-3450-20181013: Hurricane Michael's dead, state by state
    text = "وقتل 4 أشخاص في فلوريدا و5 في فرجينيا و3 في نورث كارولاينا."
    assert _places(text) == [("4", "فلوريدا"), ("5", "فرجينيا"), ("3", "نورث كارولاينا")]
    assert canonical("كارولاينا الشمالية") == "نورث كارولاينا"
    assert lineage("نورث كارولاينا") == ["نورث كارولاينا", "الولايات المتحدة"]


def test_crimea_is_a_place_of_its_own_and_kerch_lies_in_it():
    # BB-internationalNews-1213-20181017, the seventh held-out set
    assert _places("قُتل نحو 19 شخصا في كلية في شبه جزيرة القرم.") == [("نحو 19", "القرم")]
    assert lineage("كيرتش") == ["كيرتش", "القرم"] and canonical("كيرش") == "كيرتش"


def test_a_toll_whose_lead_names_no_place_is_where_the_next_sentences_put_it():
    # SK-internationalNews-2477-20180704: the ferry's lead names its country by an adjective only
    title = "قتلى بغرق عبارة إندونيسية"
    text = ("قال مسؤولون، الأربعاء، إن ربان العبارة الإندونيسية الغارقة وصل بها إلى شعاب مرجانية، لكن 31 آخرين "
            "غرقوا.\nوغرقت العبارة، الثلاثاء، قرب جزيرة سولاويسي في أحدث كارثة من نوعها في إندونيسيا.")
    assert _places(text, title) == [("31", "سولاويسي")]


def test_a_site_named_in_two_words_or_on_a_town_s_outskirts_is_the_incident_s():
    # FR-internationalNews-873-20180423: the wedding struck in the district of Bani Qais, Hajjah
    title = "اليمن: عشرات القتلى والجرحى في غارات جوية على حفل زفاف بمحافظة حجة"
    text = ("قتل 23 شخصا على الأقل وأصيب أكثر من 40 آخرين مساء الأحد، في غارات جوية على حفل زفاف ببلدة بني قيس "
            "في محافظة حجة شمال غرب اليمن.")
    assert _places(text, title) == [("23", "بني قيس"), ("أكثر من 40", "بني قيس")]
    # FR-internationalNews-1-20180218: a plane that came down on the outskirts of Semirom
    title = "إيران: تحطم طائرة على متنها 66 شخصا جنوب غرب البلاد"
    text = ("تحطمت طائرة ركاب إيرانية صباح الأحد أثناء رحلة داخلية جنوب غرب البلاد.\n"
            "وكانت الطائرة متجهة من طهران إلى ياسوج قبل أن تسقط في ضواحي سميرم بمحافظة أصفهان.\n"
            "وقال متحدث باسم شركة الطيران إن 66 شخصا قتلوا جميعا.")
    assert ("66", "سميرم") in _places(text, title)


def test_after_that_opens_a_clause_of_time_and_not_what_a_speaker_says():
    # AL-internationalNews-1194-20180516: the attacks' province is after بعد أن
    text = ("تصدت القوات الأفغانية لهجمات حركة طالبان في أفغانستان.\n"
            "وأعلنت الشرطة مقتل ثلاثة رجال شرطة بعد أن أطلق مسلحون هجمات في مناطق مختلفة بولاية غزني.")
    assert _places(text) == [("ثلاثة", "غزنة")]  # (the gazetteer's spelling of غزني)
    # ... but a count after it is its own clause's: the chant's country before it is not its place
    text = "هتف المحتجون أمام القنصلية في البصرة: إيران بره، قبل أن يندفع المئات منهم إلى داخل المقر."
    assert dict(_places(text)).get("المئات") != "إيران"


def test_an_incident_s_toll_in_a_country_is_where_an_official_of_it_speaks_for():
    # AL-internationalNews-1194-20180516: the title's country, then the governor of Farah province
    title = "هجوم واسع لطالبان غرب أفغانستان.. ومقتل 300 مسلح"
    text = ("تصدت القوات الحكومية الأفغانية لهجوم واسع النطاق شنته حركة طالبان غرب البلاد، وفق مسؤول أفغاني.\n"
            "وقال حاكم ولاية فاراه، عبد البصير سالانغي، اليوم الأربعاء، إن أكثر من 300 من مسلحي طالبان لقوا "
            "حتفهم في معركة بالأسلحة النارية.")
    assert ("أكثر من 300", "فراه") in _places(text, title)  # (the gazetteer's spelling of فاراه)
    # a ruler's title in a story of state is no where: the budget stays the country's
    title = "الإمارات: عدم زيادة الرسوم الاتحادية لـ 3 سنوات مقبلة"
    text = ("قررت الحكومة الإماراتية عدم زيادة الرسوم الاتحادية لثلاث سنوات مقبلة.\n"
            "وقال نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي إن الميزانية تبلغ 60 مليار درهم.")
    assert all(p != "دبي" for _, p in _places(text, title))


def test_of_two_countries_the_one_named_as_where_is_the_story_s():
    # SK-middleEast-1577-20180510: Iran is what was struck (ضرب إيران، مواقع لإيران), Syria where
    title = "كشف تفاصيل ضرب إيران وحزب الله بسوريا.. وعدد القتلى"
    text = ("أعلنت وزارة الدفاع الروسية أن إسرائيل نفذت ضربات ليلا على مواقع عسكرية لإيران والنظام في سوريا.\n"
            "وقال المرصد السوري لحقوق الإنسان إن 23 مقاتلا قتلوا في الضربات.")
    assert _places(text, title) == [("23", "سوريا")]
    # the border between two places is where, as much as a place named after في
    text = ("شهدت الحدود بين قطاع غزة وإسرائيل قبل ساعات من تدشين مقر السفارة الأمريكية في القدس مواجهات.\n"
            "وأصيب 12 فلسطينيا بجروح بحسب ما أوردت وزارة الصحة.")
    assert _places(text) == [("12", "قطاع غزة")]


def test_a_verb_with_its_object_after_a_settlement_noun_names_no_place():
    # the tenth held-out set (BB-middleEast-889-20180815): منطقة غمرتها المياه, an area the water covered
    text = ("لقي 24 طفلا على الأقل مصرعهم نتيجة غرق مركب في نهر النيل بشمال السودان.\n"
            "وكان أكثر من 40 طفلا على متن القارب عندما عبر منطقة غمرتها مياه الفيضانات.")
    assert dict(_places(text))["أكثر من 40"] == "السودان"


def test_mali_is_a_place_when_introduced_or_heading_a_title_and_a_town_placed_in_it_is_one():
    # the tenth held-out set (FR-internationalNews-2082-20180630): مالي is also "financial"
    assert places_named("مالي: الهجوم على مقر قيادة مجموعة الساحل") == ("مالي",)
    assert places_named("قتل خمسة جنود في مالي") == ("مالي",)
    assert places_named("قدمت السعودية دعما ماليا ودعم مالي آخر لليمن") == ("السعودية",)
    title = "مالي: الهجوم على مقر قيادة مجموعة الساحل يوقع ثلاثة قتلى"
    text = ("قالت الحكومة المالية إن الهجوم على مقر قيادة مجموعة دول الساحل أسفر عن مقتل ثلاثة أشخاص.\n"
            "وأسفر الهجوم على المقر العام في سيفاري بوسط مالي عن سقوط ثلاثة قتلى.")
    assert [p for _, p in _places(text, title)] == ["سيفاري", "سيفاري"]  # the attack's site, named next
    # a town the gazetteer lacks, placed by the known place glued after it
    assert figure_places("قتل 10 أشخاص في ياميبو بجنوب السودان") == ["ياميبو", "جنوب السودان"]


def test_north_of_the_capital_is_beside_it_and_the_police_of_a_province_speak_for_where_it_is():
    # the tenth held-out set (SK-internationalNews-515-20180322): raids in a province north of Manila,
    # whose police commander the next sentence names
    title = "الفلبين: حرب المخدرات تقتل 13 تاجرا في يوم"
    text = ("أعلن قائد في الشرطة الفلبينية، الخميس، أن قواته قتلت 13 شخصا يشبه في أنهم تجار مخدرات في عمليات "
            "وقعت، الأربعاء، في إقليم شمال العاصمة مانيلا.\n"
            "وقال روميو كارامات القائد بشرطة مقاطعة بولاكان إن الشرطة نفذت نحو 60 عملية في إطار الحرب على "
            "المخدرات.")
    found = dict(_places(text, title))
    assert found["13"] == "بولاكان"


@pytest.mark.parametrize(("text", "places"), [
    # AL-internationalNews-892-20180413: the Dawabsheh family's village joined the Ghouta offensive's storyline
    ("أبشعها إحراق عائلة دوابشة في بلدة دوما بنابلس", ["نابلس"]),
    ("بلدة دوما في نابلس", ["نابلس"]),
    ("غارات على دوما بالغوطة الشرقية", ["دوما", "الغوطة الشرقية"]),
    ("قصف على دوما بريف دمشق", ["دوما", "ريف دمشق"]),
    ("قتل 5 في دوما وحلب", ["دوما", "حلب"]),  # a glued و lists another place
])
def test_a_place_said_to_lie_where_it_does_not_is_a_namesake(text, places):
    assert figure_places(text) == places


@pytest.mark.parametrize("text", [
    "شراء أسينسيو من نادي ريال مايوركا مقابل 3.5 مليون يورو", "ولم ينفق ريال مدريد أموالا طائلة",
])
def test_a_club_named_after_its_city_is_no_place(text):
    # a random draw of the whole-corpus store: a transfer fee was placed in Madrid
    assert figure_places(text) == []


def test_a_later_sentence_saying_where_the_incident_happened_places_its_toll():
    # the twelfth held-out set (SK-internationalNews-2192-20180617): the lead says "north-east Nigeria", the
    # fifth sentence where the bombings happened; an indefinite incident there would be another one
    lead = ("قالت الشرطة النيجيرية إن تفجيرات قتلت ما لا يقل عن 20 شخصا في شمال شرق نيجيريا. "
            "وقالت الشرطة في بيان إن 20 شخصا قتلوا كما أصيب 48 آخرون. لكن اثنين من السكان قالا إنهما أحصيا 31 قتيلا. "
            "حسب رويترز. ")
    told = lead + "ووقعت التفجيرات في منطقة دامبوا في جنوب ولاية بورنو السبت."
    assert {place for _, place in _places(told)} == {"دامبوا"}
    other = lead + "ووقع انفجار آخر في منطقة دامبوا في جنوب ولاية بورنو الشهر الماضي."
    assert dict(_places(other))["48"] != "دامبوا"


def test_a_country_named_by_the_adjective_of_its_currency_or_towns_places_the_story():
    # the third held-out set (AL-economy-847-20180618): the Turkish lira's article names no place
    text = "تراجع السعر المعروض لليرة التركية مقابل الدولار. وسجلت الليرة مستوى 4.74 مقابل الدولار."
    assert {p for _, p in _places(text, "الليرة التركية تهوي مع ترقب الانتخابات")} == {"تركيا"}
    # ... but a person's nationality says nothing of where (الإسباني أوناي إيمري)
    text = "وقع المدرب عقدا بقيمة 3 ملايين جنيه."
    assert {p for _, p in _places(text, "نادي أرسنال يعين الإسباني أوناي إيمري مدربا جديدا")} == {None}


def test_a_name_the_gazetteer_lacks_placed_in_the_lead_s_country_narrows_it():
    # the thirteenth held-out set (FR-internationalNews-594-20180407): the Humboldt bus crash
    text = ("قتل 14 شخصا وجرح 14 آخرين في حادث تصادم شاحنة وحافلة في كندا. "
            "ووقع الحادث على طريق سريع في منطقة ريفية في مقاطعة ساسكاتشوان غرب كندا.")
    assert {p for q, p in _places(text)} == {"ساسكاتشوان"}


def test_a_town_the_gazetteer_lacks_placed_by_a_known_place_of_the_lead_s_country_narrows_it():
    # a held-out set (AL-internationalNews-1918-20180713): the Mastung bombing, told in Pakistan, then «in the town of
    # Mastung near Quetta, Balochistan's capital»: the town, placed by places of the country, is where
    lead = "ارتفعت حصيلة قتلى التفجير الانتحاري الذي وقع في جنوب غرب باكستان الجمعة إلى 128 قتيلا. "
    text = lead + ("وقال الوزير إن الجثث في مستشفيات مختلفة، إثر التفجير الذي وقع في بلدة ماستونغ قرب كويتا "
                   "عاصمة بلوشستان.")
    assert _places(text) == [("128", "ماستونغ")]
    # ... a sentence that tells of no incident does not (a call to leave a district of the capital)
    calls = lead + "ووجهت دعوات لسكان منطقة ماستونغ قرب كويتا عاصمة بلوشستان لمغادرة منازلهم."
    assert _places(calls) == [("128", "باكستان")]


def test_a_town_named_in_its_province_is_where_though_the_nearest_place_is_the_province_or_country():
    # held-out sets (AL-internationalNews-589-20180323, FR-internationalNews-873-20180423): «in the city of Lashkar Gah
    # in Helmand province in southern Afghanistan, dozens dead»; «the strikes hit the town of Bani Qays in Hajjah
    # province, and 45 wounded were moved»: the town, not the province nearest the count
    text = "أوقع تفجير بسيارة مفخخة، الجمعة، في مدينة لشكر كاه في ولاية هلمند في جنوب أفغانستان، عشرات القتلى والجرحى."
    assert _places(text) == [("عشرات", "لشكر كاه")]
    text = "وكتبت المنظمة أن الغارات أصابت بلدة بني قيس في محافظة حجة، وأنه تم نقل 45 جريحا إلى أحد المستشفيات."
    assert _places(text) == [("45", "بني قيس")]
    # ... a town of another clause, or joined by «and», is not named in it
    text = "قصفت الطائرات بلدة بني قيس، وفي محافظة صعدة قتل 45 شخصا."
    assert _places(text) == [("45", "صعدة")]
    # (in Hajjah itself, now that the gazetteer knows Bani Qays as a town of Hajjah, the sentence names the strike's
    # site inside the province its toll is given for: the toll is the site's, as in a lead)
    text = "قصفت الطائرات بلدة بني قيس، وفي محافظة حجة قتل 45 شخصا."
    assert _places(text) == [("45", "بني قيس")]


def test_a_place_inside_an_outlet_s_name_is_no_place_and_does_not_stop_the_narrowing():
    # the real article (FR-internationalNews-594-20180407): the newspaper «ساسكاتون ستار فينيكس» named Phoenix
    # in the sentence after the lead, which then narrowed Canada to nowhere; the sentence that narrows it is the
    # fifth
    text = ("قتل 14 شخصا وجرح 14 آخرين في حادث تصادم شاحنة وحافلة في كندا. "
            "وكان فريق الهوكي في اتجاهه لخوض مباراة بحسب صحيفة \"ساسكاتون ستار فينيكس\". "
            "وهؤلاء اللاعبون يتبعون لفريق برونكوس. وعبر رئيس الوزراء جاستن ترودو عن أسفه الشديد. "
            "قضى 14 شخصا في حادث حافلة في كندا، وجرح 14 آخرين إثر تصادم حافلة وشاحنة قاطرة على طريق سريع "
            "في منطقة ريفية في مقاطعة ساسكاتشوان غرب كندا.")
    assert [p for q, p in _places(text)][:2] == ["ساسكاتشوان", "ساسكاتشوان"]
    # a preposition between makes the place where the outlet is
    assert _places("قتل 3 أشخاص بحسب صحيفة محلية في فينيكس.") == [("3", "فينيكس")]


def test_a_comparison_of_regions_after_the_lead_does_not_narrow_its_country():
    # a held-out set (AL-internationalNews-436-20180312): diphtheria in Yemen; «most cases are in Ibb and Hodeidah»
    # is no narrowing of where the deaths were
    text = ("أعلنت منظمة الصحة العالمية ارتفاع الوفيات جراء مرض الدفتيريا في اليمن إلى 73 حالة. "
            "ولفت التقرير إلى أن محافظتي إب والحديدة هما أكثر المحافظات التي انتشر فيها المرض. "
            "وقبل أقل من أسبوعين أعلنت المنظمة تسجيل 72 حالة وفاة.")
    assert dict(_places(text)) == {"73": "اليمن", "72": "اليمن"}


def test_an_earlier_incident_the_article_recalls_is_of_the_story_s_country_a_history_of_exile_of_none():
    # held-out sets (SK-internationalNews-1702-20180522, as written; SK-internationalNews-218-20180302 alike): the
    # heat wave of 2015 in a story of Karachi's was of no place
    text = ("قتل 65 شخصا في مدينة كراتشي جنوبي باكستان خلال الأيام الثلاثة الماضية، وفقا لمنظمة الرعاية الاجتماعية.\n"
            "وتزامنت موجة الحر مع انقطاع التيار الكهربائي، وبلغت درجات الحرارة 44 درجة مئوية الاثنين 21 مايو.\n"
            "وقال فيصل إدهي، الذي يدير مؤسسة إدهي الخيرية، إن الوفيات حدثت في المناطق الفقيرة في كراتشي.\n"
            "وتتجدد المخاوف من تكرار موجة الحر في عام 2015 والتي راح ضحيتها 1300 شخصا على الأقل.\n"
            "وفي عام 1948 طرد مئات الآلاف من منازلهم.")
    title = "موجة الحر تقتل 65 شخصا في كراتشي"
    article = Article(id="a", text=text, title=title, published=datetime(2018, 5, 22, 1, 0))
    figures = {f.quote: f.place for story in khulasa.digest([article], progress=False).stories for f in story.figures}
    assert figures["65"] == "كراتشي"
    assert figures["1300"] == "باكستان"
    assert figures["مئات الآلاف"] is None


def test_in_the_south_of_the_capital_is_in_the_capital_south_of_it_beside_it():
    # the twenty-seventh held-out set (BB-middleEast-972-20180904): «في جنوب العاصمة طرابلس» had been read as beside
    # Tripoli, and the families displaced had no place
    assert _places("نزحت أكثر من 1800 أسرة بسبب الاشتباكات في جنوب العاصمة طرابلس.") == [("أكثر من 1800", "طرابلس")]
    assert _places("قتل 4 أشخاص في قصف على بلدة تقع جنوب العاصمة دمشق.") != [("4", "دمشق")]


def test_the_short_term_is_no_town():
    # a whole-corpus draw had placed Qatar's 15 billion dollars in al-Qusayr (القصير: short)
    text = ("توقع خبيران أن تؤثر الاستثمارات التي أعلنت قطر عن ضخها في الاقتصاد التركي بقيمة 15 مليار دولار على الليرة "
            "التركية في الأجل القصير.")
    assert "القصير" not in [p for _, p in _places(text)]
    assert _places("قتل 5 مدنيين في القصير بريف حمص.") == [("5", "القصير")]


def test_the_lead_s_country_is_narrowed_by_the_next_sentence_naming_a_place_or_by_the_title_s_site():
    # the tenth held-out set (FR-internationalNews-2082-20180630): a claim of responsibility between names no place
    text = ("قالت الحكومة المالية إن الهجوم على مقر قيادة مجموعة دول الساحل أسفر عن مقتل ثلاثة أشخاص. "
            "وأعلنت جماعة مسؤوليتها عن الهجوم غير المسبوق. "
            "واستهدف الهجوم المقر العام لقيادة القوة في سيفاري بوسط مالي.")
    assert dict(_places(text, "مالي: الهجوم على مقر قيادة مجموعة الساحل")) == {"ثلاثة": "سيفاري"}
    # the second held-out set (BB-middleEast-1112-20181016): the title's site, a name the gazetteer lacks,
    # not the town the wounded were taken to
    text = ("لقي 7 أشخاص مصرعهم عندما انقلب قطار في المغرب في منطقة بوقنادل. "
            "وقال مسؤول إن الحادث وقع صباحا. وجاء أن جرحى نقلوا إلى المستشفى العسكري بالرباط.")
    assert dict(_places(text, "المغرب: 7 قتلى على الأقل في حادث انقلاب قطار بمنطقة بوقنادل"))["7"] == "بوقنادل"


def test_what_befell_people_later_in_the_article_is_in_the_place_the_country_was_narrowed_to():
    # the eighth held-out set (AL-internationalNews-692-20180330): the Igdir minibus, «east of Turkey» in the lead
    text = ("قتل 17 شخصاً على الأقل شرق تركيا في حادث حافلة صغيرة تقل مهاجرين. "
            "ووقع الحادث في وقت متأخر من ليل الخميس في محافظة اغدير. "
            "وتوفي 3 من الجرحى في وقت لاحق. "
            "وتكلف الحكومة نحو 20 مليون دولار سنويا لمكافحة الهجرة.")
    places = dict(_places(text))
    assert (places["17"], places["3"]) == ("اغدير", "اغدير")
    # a sum of money the article gives stays the country's
    assert places["نحو 20 مليون"] == "تركيا"


def test_an_earlier_event_the_attack_comes_after_does_not_narrow_the_country():
    # the twenty-first held-out set (FR-internationalNews-1218-20180513): Surabaya's churches, not Jakarta's prison
    text = ("قتل 13 شخصا الأحد على الأقل في سلسلة اعتداءات استهدفت ثلاث كنائس في إندونيسيا. "
            "وأعلنت الشرطة أن عائلة انتحارية قامت بتنفيذ الاعتداء الذي يأتي بعد أيام على مقتل خمسة عناصر من قوة "
            "مكافحة الشغب في مواجهات داخل سجن في ضاحية العاصمة جاكرتا. "
            "ونفذت العائلة الأحد سلسلة اعتداءات استهدفت كنائس في سورابايا.")
    assert dict(_places(text))["13"] == "سورابايا"


def test_a_rare_name_introduced_as_where_and_called_a_capital_is_a_place():
    # the eighteenth held-out set (CN-internationalNews-461-20180810): the Fredericton shooting, placed in Canada
    text = "أعلنت السلطات الكندية مقتل 4 أشخاص على الأقل في حادث إطلاق نار في فريدريكتون، عاصمة نيو برونزويك."
    assert dict(_places(text, "مقتل 4 بينهم شرطيان في إطلاق نار بكندا")) == {"4": "فريدريكتون"}
    # ... not a metro «of the capital» (a held-out set, SK-internationalNews-218-20180302)
    text = "وفي 1995، قضى 289 شخصا في حريق شب في ميترو العاصمة."
    assert dict(_places(text)).get("289") != "ميترو"


def test_a_rare_name_said_to_be_a_largest_city_of_a_country_is_a_place_and_every_country_is_known():
    # held-out set 34 (SK-internationalNews-161-20180227): a robbery in Bouaké had no place, for «كوت ديفوار» was
    # no spelling of ساحل العاج and a country with no town named inside it and no adjective was taken for a name
    text = ("قتل شخص وأصيب 10 أشخاص آخرين بجروح في عملية سطو مسلح جرت في وضح النهار في بواكيه، ثاني كبرى مدن كوت "
            "ديفوار، كما أفاد تجار لوكالة فرانس برس.")
    assert dict(_places(text, "قتيل و10 جرحى في سطو في وضح النهار بكوت ديفوار")) == {"10": "بواكيه"}
    assert lineage(canonical("كوت ديفوار")) == ["ساحل العاج"]
    # ... and the countries are the gazetteer's countries, not its seas
    assert "ساحل العاج" in countries() and "البحر المتوسط" not in countries()


def test_a_rivers_west_bank_is_no_west_bank():
    # held-out set 35 (FR-internationalNews-1698-20180607): fighting in Syria had been placed in the West Bank
    text = "قتل 45 مسلحا مواليا للنظام جراء هجمات على قرى في الضفة الغربية لنهر الفرات في شرق سوريا."
    assert dict(_places(text)) == {"45": "سوريا"}
    assert dict(_places("قتل 3 فلسطينيين في الضفة الغربية برصاص الجيش.")) == {"3": "الضفة الغربية"}


def test_a_direction_before_a_towns_noun_puts_the_place_beside_the_town():
    # held-out sets 15 and 35 (FR-internationalNews-2342-20180716, BB-middleEast-379-20180420): «شرق مدينة زوارة» and
    # «شرق مخيم جباليا» had placed what happened east of the town in it (the labels' call: beside a town is outside it)
    text = "ضبطت شاحنة التبريد وفيها جثث ثمانية مهاجرين شرق مدينة زوارة غرب ليبيا."
    assert dict(_places(text)) == {"ثمانية": "ليبيا"}
    text = "قتل فلسطيني وأصيب 40 آخرون بنيران الجيش على المتظاهرين شرق مخيم جباليا شمالي قطاع غزة."
    assert dict(_places(text)).get("40") != "جباليا"
    # ... but a region's north is in it (BB-middleEast-940-20180825)
    text = "وقتل أكثر من 40 طفلا في غارة جوية استهدفت حافلتهم شمالي محافظة صعدة."
    assert dict(_places(text)) == {"أكثر من 40": "صعدة"}


@pytest.mark.parametrize(("text", "place"), [
    # the review of session 21 (helper-87): a town's quarters are in it, and a governorate named as its town is still
    # where (the gazetteer keeps one of them)
    ("قتل 5 في قصف على أحياء شرق مدينة حلب.", "حلب"),
    ("قتل 7 جنوبي مدينة الحديدة.", "الحديدة"),
    ("قتل 3 في حي المحافظة شرقي مدينة تعز.", "تعز"),
])
def test_beside_a_town_is_not_its_quarters_nor_its_governorate(text, place):
    assert [p for _, p in _places(text)] == [place]


def test_the_places_a_plural_lists_are_the_place_they_lie_in():
    # a random draw of the whole-corpus store (seed 17, C4): the Faylaq al-Rahman evacuation had been Douma's
    text = ("وكانت وسائل الإعلام الرسمية السورية أفادت بالتوصل إلى اتفاق مع جماعة فيلق الرحمن، على إجلاء سبعة آلاف "
            "من مقاتليها وعائلاتهم من مناطق جوبر، وعربين، وعين ترما.")
    assert dict(_places(text, "بدء عملية إجلاء المقاتلين وعائلاتهم من دوما")) == {"سبعة آلاف": "الغوطة الشرقية"}


def test_a_national_election_s_figures_are_the_country_s_not_its_capital_s():
    # held-out sets (FR-middleEast-455-20180513, BB-middleEast-499-20180514): Iraq's vote placed in Baghdad
    text = ("أعلنت المفوضية العليا المستقلة للانتخابات في بغداد أن نسبة المشاركة في الانتخابات التشريعية بلغت "
            "44.52 بالمئة. وتنافس 7 آلاف و367 مرشحا على 329 مقعدا.")
    assert set(dict(_places(text, "العراق: نتائج الانتخابات")).values()) == {"العراق"}


def test_a_place_south_of_which_something_lies_is_a_point_of_reference():
    # the fifteenth held-out set (BB-middleEast-989-20180911): the survivors taken to Khoms, by Tripoli
    text = ("لقى أكثر من 100 مهاجر حتفهم في غرق قارب قبالة السواحل الليبية. "
            "وأشارت المنظمة إلى أن قاربين انطلقا في الفاتح من سبتمبر. "
            "ونقل الناجون، وعددهم 276 شخصا، إلى مدينة ساحلية، على بعد نحو 100 كيلومتر "
            "إلى الجنوب الشرقي من العاصمة طرابلس.")
    assert "طرابلس" not in {p for _, p in _places(text)}


def test_a_relative_adjective_after_a_settlement_noun_names_no_place():
    # a real multi-outlet story read at review (SK-internationalNews-3076-20180818): «مخيم إغاثي» was a place
    text = "وذكر مسؤولون أن أكثر من 300 ألف شخص لجؤوا إلى أكثر من 1500 مخيم إغاثي في ولاية كيرالا."
    assert "إغاثي" not in {p for _, p in _places(text)}


def test_a_name_of_two_rare_words_after_a_settlement_noun_is_read_whole():
    # a random draw of the whole-corpus store (seed 12, F7): «كايب» was the place
    from khulasa.analyse.figures.place import places_named
    assert places_named("تواجه مدينة كايب تاون بجنوب أفريقيا خطر نفاد مياه الشرب")[0] == "كايب تاون"
    # ... and a word the news writes often ends it (قرية خيراغار الصغيرة)
    assert places_named("قتل 5 في قرية خيراغار الصغيرة")[0] == "خيراغار"
    # ... and so does a word common without its clitic ل (held-out set 25, SK-internationalNews-277: «مويالي لملاحقة»)
    assert places_named("تم إرسال هؤلاء الجنود إلى منطقة مويالي لملاحقة مسلحين")[0] == "مويالي"
    # ... and a word the news writes more often without its و is the next item (held-out set 34, SK-internationalNews-
    # 729-20180402: «بولومرير وموقعين» had been the place)
    assert places_named("هاجموا قاعدة بولومرير وموقعين آخرين في شبيلي السفلى")[0] == "بولومرير"
    # ... and so does a definite word after ب (a scan of 600 random articles' places, session 21: «شقب بالحيمة»)
    assert places_named("فيما اعتقلت 5 مدنيين من قرية شقب بالحيمة.")[0] == "شقب"


def test_a_stock_index_is_its_countrys_market():
    # held-out sets (BB-economy-10-20180207, SK-economy-196-20180322): Wall Street's indices were placed nowhere
    from khulasa.analyse.figures.place import places_named
    assert places_named("وأغلق مؤشر ناسداك مرتفعا بواقع 2.1 في المئة") == ["الولايات المتحدة"]
    assert places_named("وارتفع مؤشر نيكي 225 بنسبة 0.2 في المئة") == ["اليابان"]


def test_a_city_naming_a_club_is_no_place():
    # a random draw of the whole-corpus store (seed 13, F2, F4): Manchester United's games were placed in Manchester
    from khulasa.analyse.figures.place import places_named
    assert "مانشستر" not in places_named("وفاز مانشستر يونايتد على ضيفه بهدفين")
    assert places_named("وقعت انفجارات في مانشستر") == ["مانشستر"]


def test_saudi_arabias_adjective_names_it_and_an_economy_noun_takes_it():
    # a random draw of the whole-corpus store (seed 13, F11): «الفائض التجاري السعودي» placed nothing, the
    # adjective read as «السعوديهي»
    from khulasa.news.places import country_adjectives
    assert country_adjectives()["السعودي"] == "السعودية"
    import khulasa
    from khulasa.model import Article
    text = "وفي تفصيل الأرقام، ارتفعت الصادرات غير النفطية بـ18% خلال يناير إلى 17.2 مليار ريال."
    (story,) = khulasa.digest([Article("a", text, title="ارتفاع الفائض التجاري السعودي 80% خلال يناير")],
                              progress=False).stories
    assert {f.place for f in story.figures} == {"السعودية"}


def test_a_countrys_name_that_opens_with_a_hamzas_alif_keeps_it_in_its_adjective():
    # the seventeenth held-out set (AL-economy-924-20180629): «مبيعات التجزئة الألمانية» had named no country, the
    # adjective read as «المانية» without the article's letters
    from khulasa.news.places import country_adjectives
    adjectives = country_adjectives()
    assert adjectives["الالمانيه"] == adjectives["الالماني"] == "ألمانيا"
    assert adjectives["السوري"] == "سوريا" and adjectives["اليمني"] == "اليمن"


def test_a_town_written_like_a_first_name_is_a_place_only_when_introduced():
    # a random draw of the whole-corpus store (seed 19, F1): Daria Kasatkina's 34 faults had been placed in Darayya
    text = "بدت تلك مباراة للنسيان بالنسبة للروسية داريا كاساتكينا التي ارتكبت 34 خطأ سهلا."
    assert dict(_places(text))["34"] is None
    assert dict(_places("قتل 5 مدنيين في قصف على مدينة داريا بريف دمشق."))["5"] == "داريا"


def test_torrents_are_no_seoul_unless_introduced_as_where():
    # the twenty-second held-out set: سيول is both Seoul and torrents (أدت سيول وانهيارات أرضية إلى مقتل 12 شخصا)
    assert dict(_places("أدت سيول وانهيارات أرضية إلى مقتل 12 شخصا."))["12"] is None
    assert dict(_places("قتل 3 أشخاص في سيول عاصمة كوريا الجنوبية."))["3"] == "سئول"


@pytest.mark.parametrize("text", [
    # a scan of figures' places in sport, technology and economy news: words read as places
    "منهم 470 مليونا في مناطق ريفية يعيشون في أحياء فقيرة داخل المدن.",  # فقيرة: ف + قيرة (a Libyan village)
    "نجاح صلاح لم يقتصر على الصعيد العربي بل بات أول لاعب يحرز 10 أهداف.",  # on the Arab level
    "أكثر من 35 ضابطاً صرحوا بأنهم لم يكونوا متحمسين للدفاع عن حزب البعث.",  # the Baath party
    "وغاب 3 لاعبين بسبب اصابة الرباط الصليبي.",  # the cruciate ligament, not Rabat
    "وحصل 12 حسابا على العلامة الزرقاء.",  # blue, not Zarqa
    "توصل فريق من 20 من المهندسين إلى تصميم جديد.",  # the engineers, not Mohandessin
    # the fever named after Crimea and Congo (H79's Iranian outbreak)
    "تم تسجيل خمس حالات وفاة نتيجة الإصابة بحمى القرم الكونغو النزفية.",
])
def test_a_common_word_is_no_place(text):
    assert {p for _, p in _places(text)} == {None}


def test_a_town_written_like_a_common_word_is_still_a_place_when_introduced():
    assert dict(_places("وقتل 20 عنصرا من التنظيم في بلدة هجين بريف دير الزور."))["20"] == "هجين"


def test_strikes_on_a_town_described_as_near_a_city_are_in_the_town():
    # a Douma story (SK-middleEast-823-20180407): the lead's 8 dead were placed in Damascus
    text = "أسفرت غارات جوية على دوما، آخر جيب للمعارضة قرب دمشق، عن مقتل 8 مدنيين السبت."
    assert _places(text) == [("8", "دوما")]
    assert _places("وانفجرت قنبلة مخبأة على دراجة نارية قرب بانو ما أسفر عن مقتل 5 أشخاص.") == [("5", "بانو")]


def test_a_verb_opening_a_sentence_before_a_region_in_construct_is_no_settlement_s_name():
    # the twenty-eighth held-out set (BB-internationalNews-13-20180215): «the Middle East region leads» had made the
    # verb «تتصدر» a settlement the article introduced, and the place of its two thirds
    text = ("قالت المنظمة إن 357 مليون طفل يعيشون في مناطق نزاع. "
            "وتتصدر منطقة الشرق الأوسط المناطق التي يعيش فيها الأطفال في مناطق نزاع، حيث يعيش ثلثا الأطفال المهددين.")
    assert all(place != "تتصدر" for _, place in _places(text))


def test_palmyra_is_a_place_only_when_introduced_the_verb_destroys_is_none():
    # a random sample of the whole-corpus store (SK-technology-223-20180322): «social media "destroy" the news» had
    # placed an American survey's 43 % in Palmyra
    text = "وقال 43 بالمئة من العينة إن نظرتهم لوسائل الإعلام سلبية."
    assert _places(text, 'إنفوغرافيك.. وسائل التواصل الاجتماعي "تدمر" الأخبار') == [("43 بالمئة", None)]
    assert _places("قتل 12 جنديا في مدينة تدمر وسط سوريا.") == [("12", "تدمر")]


def test_a_district_a_hashtag_names_after_its_noun_is_where():
    # a held-out set (AL-internationalNews-226-20180226): «battles in the district of #Nihm, east of the capital #Sanaa»
    text = ("قال الجيش اليمني، الاثنين، إن أكثر من 140 عنصرا من #ميليشيا_الحوثي لقوا مصرعهم جراء معارك عنيفة شهدتها "
            "مديرية #نهم، شرق العاصمة #صنعاء.")
    assert _places(text) == [("أكثر من 140", "نهم")]
    assert lineage("نهم") == ["نهم", "صنعاء", "اليمن"]


def test_a_word_after_a_settlement_noun_across_a_comma_is_no_settlement_s_name():
    # the twenty-ninth held-out set (AL-internationalNews-838-20180408): «they raided 25 villages, and set up 180
    # checkpoints» had placed the checkpoints in «واستحدثوا»
    text = "وذكر التقرير أن الحوثيين في محافظة ذمار داهموا 25 قرية، واستحدثوا 180 نقطة أمنية للتفتيش."
    assert all(place != "واستحدثوا" for _, place in _places(text))


def test_a_capital_speaking_and_the_country_leading_a_side_are_no_place():
    # the twenty-ninth held-out set (FR-internationalNews-1897-20180619): «Baghdad stressed that it does not
    # coordinate» and «the coalition the United States leads» had placed the PMF's dead in Baghdad and in the US
    text = ("اتهم الحشد الشعبي التحالف الدولي الذي تقوده الولايات المتحدة بشن غارة على الحدود مع سوريا، "
            "ما تسبب في مصرع العشرات من عناصره.")
    assert _places(text)[0][1] != "الولايات المتحدة"
    text = "وأكدت بغداد أنها لا تنسق مع القطع العسكرية، وقتل 12 من عناصرها في سوريا."
    assert _places(text) == [("12", "سوريا")]


def test_a_place_in_the_name_given_to_a_march_is_not_where():
    # held-out set 30 (BB-middleEast-1091-20181012): Gaza's dead of a march named «the Jerusalem intifada» had been
    # placed in Jerusalem
    text = ('قال مسؤولون في وزارة الصحة بقطاع غزة إن 7 فلسطينيين على الأقل قتلوا برصاص الجيش الإسرائيلي أثناء '
            'مشاركتهم في تظاهرة تحمل اسم "انتفاضة القدس" التي تأتي ضمن فعاليات مسيرات العودة.')
    assert [p for q, p in _places(text) if q == "7"] == ["قطاع غزة"]
    text = 'وخرج آلاف الفلسطينيين تحت شعار "جمعة ثوار من أجل القدس" وأصيب 30 منهم على الحدود في غزة.'
    assert "القدس" not in [p for _, p in _places(text)]
    # ... but a place a direction or a settlement's noun opens after the name is where (a review of the rule)
    text = 'وقتل 3 فلسطينيين في الجمعة التي حملت اسم "الشهداء" شرقي مدينة غزة.'
    assert [p for q, p in _places(text) if q == "3"] == ["قطاع غزة"]  # (east of the city: beside it, in the Strip)


def test_the_one_settlement_the_body_places_in_the_story_s_place_is_the_site_of_its_tolls():
    # held-out sets 29 and 31 (SK-internationalNews-3359-20181008, FR-internationalNews-1897-20180619): the lead says
    # «in New York»; five sentences on, «the limousine sped across a junction in the town of Schoharie in New York
    # state»: the toll is Schoharie's
    lead = "قتل 20 شخصا في حادث تحطم سيارة ليموزين كانت تقلهم إلى حفل في نيويورك بالولايات المتحدة. "
    background = ("ووصفت السلطات الحادث بأنه الأسوأ منذ سنوات. ولم يكشف المسؤولون عن أسماء الضحايا حتى صباح الاثنين. "
                  "وقالت الصحيفة إن العروسين كانا قد تزوجا قبل أشهر. ")
    site = "وأوضحت الشرطة أن السيارة اندفعت عبر تقاطع للطرق السريعة بعد ظهر السبت في بلدة سكوهاري بولاية نيويورك."
    assert _places(lead + background + site) == [("20", "سكوهاري")]
    # ... not a town whose sentence tells of a toll of its own (another incident), nor one whose people are meant, nor a
    # town listed with a known one («and»), nor a town that only ends a route or an extent
    for other in (
        "وقتل شخص آخر في حادث منفصل في بلدة سكوهاري بولاية نيويورك.",
        "ووجهت دعوات لسكان بلدة سكوهاري بولاية نيويورك إلى الحذر.",
        "وتضرر طريق يمتد من بلدة سكوهاري بولاية نيويورك إلى الحدود.",
        "وتفقد المحافظ بلدة سكوهاري ومدينة نيويورك.",
    ):
        assert _places(lead + background + other)[0] == ("20", "نيويورك"), other
    # ... and two towns so placed name no one site
    two = site + " وتجمع الأهالي للصلاة في بلدة كوبلسكيل بولاية نيويورك."
    assert _places(lead + background + two) == [("20", "نيويورك")]
    # ... nor where a suspect was arrested (review of session 20)
    arrest = "واعتقلت الشرطة السائق مساء الاثنين في بلدة سكوهاري بولاية نيويورك بعد مطاردة."
    assert _places(lead + background + arrest) == [("20", "نيويورك")]


def test_a_town_s_name_shaped_like_an_adjective_is_a_name_when_the_news_never_writes_it_with_the_article():
    # held-out set 31 (FR-internationalNews-435-20180315): «في مدينة جرادة» had been no place (جرادة ends like an
    # adjective: منطقة عازلة), and the nine arrested Morocco's; «توقيف» is the Maghreb's word for an arrest
    text = "اعتقلت السلطات المغربية الأربعاء تسعة أشخاص في مدينة جرادة، في شمال شرق البلاد."
    assert _places(text) == [("تسعة", "جرادة")]
    text = "وقعت صدامات في مدينة جرادة الأربعاء، ما أسفر عن سقوط جرحى في صفوف الشرطة وتوقيف 9 أشخاص."
    got = extract(analyse(Article(id="a", text=text)))
    assert [(f.quote, f.measure, f.place) for f in got] == [("9", "arrested", "جرادة")]
    # ... an adjective the news writes with the article too is still no name (منطقة عازلة), nor is a region's name
    # shaped so (a region's noun introduces the regions and islands the gazetteer ought to know)
    assert _places("وقتل 5 أشخاص في قرية نائية.") == [("5", None)]
    # ... nor a verb after a camp, which the news never writes with the article either (review of session 20)
    assert _places("اندلع حريق في مخيم يأوي آلاف النازحين في سوريا، وأصيب 12 شخصا.") == [
        ("آلاف", "سوريا"), ("12", "سوريا")]


def test_a_title_s_dateline_is_where_though_another_country_is_named_after_a_preposition():
    # held-out set 31 (FR-internationalNews-242-20180303): «البحرين: اعتقال 116 شخصا ... مرتبطة بإيران» had put the
    # Bahraini arrests in Iran (بإيران, "in Iran" by its form, a tie here); the dateline says where
    title = 'البحرين: اعتقال 116 شخصا لاتهامهم بالانتماء إلى خلية "إرهابية" مرتبطة بإيران'
    text = ("أعلنت السلطات السبت، اعتقال 116 شخصا على خلفية اتهامهم بالانتماء إلى مجموعات تابعة للحرس الثوري "
            "الإيراني.\nوأورد البيان أن 48 منهم تلقوا التدريب العسكري.")
    assert _places(text, title) == [("116", "البحرين"), ("48", "البحرين")]
    # ... not over where the title says «في»: a dateline is often the speaker's country (review of session 20)
    text = ("أعلنت وزارة الدفاع الروسية أن طائراتها شنت غارات على مواقع للمسلحين في سوريا.\n"
            "وأضافت الوزارة أن 30 مسلحا قتلوا في الغارات.")
    assert _places(text, "روسيا: مقتل 30 مسلحا بغارات في سوريا") == [("30", "سوريا")]


def test_whose_base_a_base_is_is_not_its_name():
    # a scan of 500 ANT articles' places (SK-internationalNews-175-20180228): «في قاعدة للمارينز بإعياء» (at a Marines'
    # base, with exhaustion) had been a place named «للمارينز بإعياء»
    text = "إصابة 11 شخصا في قاعدة للمارينز بإعياء إثر فتح رسالة مشبوهة في ولاية فرجينيا."
    assert _places(text) == [("11", "فرجينيا")]


def test_a_lead_on_a_border_between_two_countries_is_narrowed_by_a_place_inside_either():
    # held-out set 33 (BB-middleEast-935-20180826): «the border region between Iraq and Iran», then «the quake's
    # centre was in Kermanshah province in western Iran»: the hurt had been Iraq's
    text = ("ضرب زلزال بلغت قوته نحو 6 درجات المنطقة الحدودية بين العراق وإيران في الساعات الاولى من يوم الأحد.\n"
            "وأفادت وكالة المسح الجيولوجي الأمريكية بأن مركز الزلزال كان في محافظة كرمانشاه غربي إيران.\n"
            "وأفادت الأنباء بمقتل شخصين واصابة أكثر من 200 آخرين جراء الزلزال.")
    assert _places(text, "زلزال يضرب الحدود الإيرانية العراقية") == [("أكثر من 200", "كرمانشاه")]
    # ... not a lead that names a second country for another reason (review of session 20: the gunmen came from Syria)
    text = ("قتل 12 جنديا عراقيا في هجوم على موقع عسكري في العراق شنه مسلحون قدموا من سوريا.\n"
            "وانطلق المسلحون من مدينة البوكمال عبر الحدود.\nوقالت مصادر أمنية إن 5 جنود آخرين أصيبوا.")
    assert _places(text) == [("12", "العراق"), ("5", "العراق")]


def test_what_follows_according_to_in_a_lead_describes_the_source_not_where():
    # held-out set 33 (FR-internationalNews-2004-20180625): «حسب منظمة "تابيلا بولاكو" وعضو المجلس البلدي في منطقة
    # مويتي» (a councillor of the Mopti area, misspelt) had put the massacre's 32 dead in «مويتي»
    text = ('قتل 32 شخصا من الرعاة الرحل السبت وسط مالي في هجوم نسب إلى صيادين تقليديين، حسب منظمة "تابيلا بولاكو" '
            "وعضو المجلس البلدي في منطقة مويتي.\nوأوضح أن عشرة مدنيين فقدوا أيضا.")
    assert {p for _, p in _places(text)} == {"مالي"}
    # ... to the end of its clause: an «according to» between commas leaves the place after it (review of session 20)
    text = ("قالت السلطات في باكستان، بحسب وكالة الأنباء الرسمية، إن انتحاريا فجر نفسه في سوق مزدحمة بمدينة كويتا صباح "
            "الأحد.\nوأوضحت الشرطة أن 12 شخصا قتلوا وأصيب 20 آخرون.")
    assert _places(text) == [("12", "كويتا"), ("20", "كويتا")]


def test_the_clashes_named_again_with_the_article_tell_where_they_broke_out():
    # held-out set 33 (BB-middleEast-623-20180615): «واندلعت الاشتباكات ... في بلدة سوروتش» had not narrowed the lead's
    # «جنوبي تركيا» (only the indefinite اشتباكات was a word of an incident)
    text = ("قتل ثلاثة أشخاص وأصيب 8 آخرين في جنوبي تركيا بعد نشوب أعمال عنف خلال الحملات الانتخابية.\n"
            "واندلعت الاشتباكات خلال زيارة النائب لمتاجر في بلدة سوروتش ذات الأغلبية الكردية بجنوب شرق تركيا.")
    assert _places(text) == [("ثلاثة", "سوروتش"), ("8", "سوروتش")]


def test_a_sentence_retelling_the_lead_s_toll_or_a_vague_one_names_the_site_by_its_noun_alone():
    # held-out sets 9 and 34 (BB-middleEast-868-20180810, FR-internationalNews-705-20180412, read in session 22): the
    # site of the lead's toll is named down the story in a sentence that tells the same toll, or a vague one
    lead = "قتل 29 طفلا في غارة استهدفت حافلة في محافظة صعدة. "
    background = "ودعت الأمم المتحدة إلى تحقيق. وقال التحالف إنه سيحقق في الحادث. ولم يصدر تعليق آخر. "
    site = "وقالت المنظمة إن القصف استهدف حافلة في سوق مدينة ضحيان، مضيفة أن عشرات القتلى نقلوا إلى المستشفيات."
    assert _places(lead + background + site)[0] == ("29", "ضحيان")
    again = "وقالت المنظمة إن 29 طفلا قتلوا في مدينة ضحيان."
    assert _places(lead + background + again)[0] == ("29", "ضحيان")
    # ... not when its toll is another's, nor a place in a speaker's title, nor one town of a list
    for other in (
        "وقالت المنظمة إن 3 أشخاص قتلوا في مدينة ضحيان.",
        "وقال حاكم مدينة ضحيان إن عشرات القتلى نقلوا إلى المستشفيات.",
        "وأصيب عشرات في مدن صعدة وحرض ومدينة ضحيان.",
        "ونقل الجرحى إلى مستشفى في مدينة ضحيان.",  # (where the hurt were taken, where the dead were buried: the
        "وشيع آلاف اليمنيين جثامين القتلى في مدينة ضحيان.",  # review of session 22)
    ):
        assert _places(lead + background + other)[0] == ("29", "صعدة"), other
    # ... nor the town of one day's strike, when the lead's toll runs over many since a start (held-out set 12,
    # CN-middleEast-1335-20180909)
    running = "قتل 27 شخصا جراء الضربات الجوية التي استهدفت محافظة إدلب منذ الثلاثاء. "
    one_day = "وأكد المركز أن الهجمات التي استهدفت مدينة الهبيط في محافظة إدلب الأحد تسببت في مقتل طفل رضيع على الأقل."
    assert _places(running + background + one_day)[0] == ("27", "إدلب")


def test_a_verb_pointing_back_to_an_area_names_no_place():
    # a random draw of the whole-corpus store (SK-middleEast-1917-20180524, session 22): «في منطقة يحارب فيها الطرفان»
    # (an area where both sides fight) had made «يحارب» the article's place, and every toll's
    lead = ('نفت وزارة الدفاع الأميركية، الخميس، استهداف مواقع للقوات السورية في شرق سوريا، حيث قتل 12 من المقاتلين '
            "الموالين للنظام في منطقة يحارب فيها الطرفان تنظيم داعش، كل على حدة.\n")
    later = "وكان مدير المرصد قد قال إن 3 آليات دمرت وقتل 12 مسلحا في غارات للتحالف الدولي.\n"
    assert "يحارب" not in [p for _, p in _places(lead + later, title="التحالف الدولي: لم نقصف الجيش السوري")]


def test_a_place_a_protest_is_against_is_not_where_the_protest_was():
    # (held-out set 40: a Berlin march against the Turkish offensive in Afrin had its figures placed in Afrin)
    got = dict(_places(
        "تظاهر آلاف الأشخاص، السبت، في وسط برلين تنديدا بالتدخل العسكري التركي في عفرين بشمال سوريا. "
        "وتحدثت الشرطة عن اعتداء بعض المحتجين على أربعة شرطيين وإصابتهم بجروح طفيفة.",
        title="آلاف المتظاهرين في برلين تنديدا بالهجوم التركي في عفرين",
    ))
    assert got["أربعة"] == "برلين"
    # a figure its own clause places in the protested place keeps it
    gaza = dict(_places(
        "تظاهر المئات في رام الله احتجاجا على مقتل ثلاثة فلسطينيين في غزة.",
        title="مسيرة في رام الله احتجاجا على مقتل ثلاثة فلسطينيين في غزة",
    ))
    assert gaza["المئات"] == "رام الله" and gaza["ثلاثة"] == "غزة"
    # a place named where the protest was, then again after what it protests, stays where (the review of session 23)
    basra = dict(_places(
        "قتل 3 أشخاص وأصيب 20 في الاحتجاجات.",
        title="العراق: آلاف يتظاهرون في البصرة احتجاجا على انقطاع الكهرباء في البصرة",
    ))
    assert basra["3"] == "البصرة"


def test_a_country_a_group_is_said_to_be_linked_to_is_not_where():
    # held-out set 43 (after its first score): a Bahraini verdict on a group «linked to Iran» was placed in Iran
    got = dict(_places(
        "قضت محكمة بأحكام بالسجن على 115 مواطنا بحرينيا وتجريدهم من الجنسية بتهمة تشكيل جماعة إرهابية مرتبطة بإيران.",
        title="البحرين تجرد 115 شخصا من جنسيتها",
    ))
    assert got["115"] == "البحرين"


def test_a_countrys_gendarmerie_or_security_services_place_a_story_told_of_no_place_in_that_country():
    # held-out set 43 (after its first score): Jordan's tax protests, told by «قيادتا الأمن العام وقوات الدرك الأردنية»
    got = dict(_places(
        "كشفت قيادتا الأمن العام وقوات الدرك الأردنية الاثنين عن تنفيذ ما مجموعه 516 فعالية واحتجاجا خلال أربعة أيام. "
        "واعتقلت السلطات 60 شخصا.",
        title="الأمن العام والدرك: لا وجود لبؤر ساخنة",
    ))
    assert got["516"] == got["60"] == "الأردن"


def test_a_plural_after_a_settlement_noun_says_whom_it_is_for_not_its_name():
    # held-out set 44 (after its first score): «مخيم مصطافين» (a campers' site) had been a place named مصطافين
    got = dict(_places(
        "ففي إقليم الغار جنوبا جرفت المياه مخيم مصطافين حيث جند نحو 300 رجل إنقاذ من أجل عمليات التمشيط.",
        title="إجلاء عشرات الأشخاص جنوب فرنسا بسبب أمطار طوفانية",
    ))
    assert got["نحو 300"] != "مصطافين"
    # a name that is also a plural the news writes bare stays a name (the review of session 23)
    assert dict(_places("قتل 3 أشخاص في قرية فرعون جنوب طولكرم."))["3"] == "فرعون"
    assert dict(_places("قتل 3 أشخاص في حي عابدين."))["3"] == "عابدين"


def test_a_known_town_down_the_story_is_its_site_as_an_unknown_one_is():
    # the real article (FR-internationalNews-1897-20180619): a strike on the border «with Syria» killed dozens; the
    # fourth sentence names the town it hit in its province. A town the gazetteer lacks was taken as the site; one it
    # knows (Hari, once the gazetteer grew; Abu Kamal here) had been passed over, leaving the country
    lead = ("اتهم الحشد الشعبي التحالف الدولي بشن غارة على موقع له على الحدود مع سوريا، ما تسبب في مصرع العشرات من"
            " عناصره. وقال مسؤول عراقي إن الغارة وقعت ليلا. ولم يعلق التحالف على الاتهام. وجاء ذلك بعد ساعات على"
            " إعلان دمشق أن التحالف استهدف أحد مواقعها العسكرية في {} في محافظة دير الزور.")
    title = "الحشد الشعبي يتهم التحالف بشن غارة أدت لمقتل العشرات من مقاتليه في سوريا"
    assert lineage("البوكمال")[1:] == ["دير الزور", "سوريا"]
    assert _places(lead.format("مدينة البوكمال"), title) == [("العشرات", "البوكمال")]
    assert _places(lead.format("بلدة الهري"), title) == [("العشرات", "الهري")]
    # ... and of a known town and the unknown place inside it, the narrower (منطقة نقب الدبور في السلط)
    inner = lead.format("منطقة نقب الدبور في مدينة البوكمال")
    assert _places(inner, title)[0][1] in ("نقب الدبور", "نقب")


def test_the_word_a_count_counts_is_no_place():
    # held-out set 29 (CN-middleEast-1335-20180909): «مقتل 5 مدنين», civilians misspelt, is also Medenine in Tunisia
    assert _places("وقال المرصد إن الغارات أسفرت عن مقتل 5 مدنين.", title="غارات على إدلب") == [("5", "إدلب")]
    # ... but a place glued to its preposition after a count is where (قتل 5 بدمشق)
    assert _places("قتل 5 بدمشق.") == [("5", "دمشق")]


def test_the_gazetteer_build_counts_a_town_after_its_noun_however_the_noun_begins():
    # «بلدة» and «ولاية» begin with a letter that is also a clitic (ب، و): taking it off (لدة، لاية) had kept every
    # «بلدة X» and «ولاية X» from counting as a place introduced, and from being mined with the place it lies in
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "tools" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    from khulasa.arabic.tokenize import tokenize

    for word in ("بلدة", "ولاية", "بمدينة", "وقرية", "مدينة"):
        assert tool.a_place_noun(tokenize(word)[0].key), word
    assert not tool.a_place_noun(tokenize("لدة")[0].key)
    parents = {tool.key_of("إدلب"): "إدلب"}
    mined = __import__("collections").Counter()
    tool._mine(tokenize("قصفت الطائرات بلدة زردنا بريف إدلب"), parents, {}, mined)
    assert mined == {("زردنا", "إدلب"): 1}


def test_off_an_island_is_where_a_wreck_is_and_near_one_a_landmark():
    # held-out set 45 (SK-internationalNews-409-20180317): bodies recovered off Agathonisi, an island GeoNames lacks
    assert _places("تزايدت الحصيلة بعد انتشال 8 جثث أخرى قبالة جزيرة أغاثونيسي، بحسب الشرطة.") == [("8", "أغاثونيسي")]
    assert _places("تزايدت الحصيلة بعد انتشال 8 جثث أخرى قرب جزيرة أغاثونيسي، بحسب الشرطة.") == [("8", None)]


def test_one_citys_two_spellings_are_one_place():
    # held-out set 46 (CN-internationalNews-294-20180430): Kabul written كابل was a city apart from كابول (and the
    # GeoNames كابول a village in Israel); the other pairs found by comparing the gazetteer's names country by country
    for written, name in (("كابل", "كابول"), ("كيرلا", "كيرالا"), ("الأهواز", "الأحواز"), ("كيبك", "كيبيك"),
                          ("زيورخ", "زيوريخ"), ("زهدان", "زاهدان"), ("كرامانشاه", "كرمانشاه")):
        assert canonical(written) == name, written
    assert lineage("كابول") == ["كابول", "أفغانستان"]
    assert _places("قتل 8 أشخاص في تفجير في كابل.") == [("8", "كابول")]


def test_a_countrys_dateline_before_two_dots_sets_the_story_in_that_country():
    # held-out set 45 (AL-internationalNews-1953-20180716): «فرنسا.. شغب يتخلل احتفالات الفوز بكأس العالم», its lead
    # naming the final in Moscow: the crowds and the riots are France's, not Russia's
    text = ("أطلقت الشرطة الفرنسية الغاز المسيل للدموع في شارع الشانزليزيه بعد فوز فرنسا بكأس العالم في المباراة"
            " النهائية التي أقيمت في العاصمة الروسية موسكو. وتدفق الملايين من الجماهير إلى الشوارع.")
    assert _places(text, title="فرنسا.. شغب يتخلل احتفالات الفوز بكأس العالم") == [("الملايين", "فرنسا")]
    # ... as before a colon; a title saying where with «في» keeps its place (روسيا: مقتل 30 مسلحا بغارات في سوريا)
    assert _places(text, title="فرنسا: شغب يتخلل احتفالات الفوز بكأس العالم") == [("الملايين", "فرنسا")]


def test_an_earlier_event_recalled_is_placed_where_the_sentence_before_put_it():
    # the tuned set's BB-internationalNews-1109-20180929, read again in session 24's multi-outlet Sulawesi story: the
    # Lombok quake's 460 dead had been Palu's
    text = ("قتل أكثر من 380 شخصا في زلزال ضرب مدينة بالو في جزيرة سولاويسي الإندونيسية يوم الجمعة. وفي الشهر الماضي،"
            " ضربت سلسلة من الزلازل المميتة جزيرة لومبوك الإندونيسية. وكان أشدها في 5 أغسطس/ آب، وتسبب في مقتل أكثر"
            " من 460 شخصا.")
    assert _digested(text, datetime(2018, 9, 29, 10)) == [("أكثر من 380", "بالو"), ("أكثر من 460", "لومبوك")]
    # ... not the story's own toll told with «وكان» (SK-middleEast-344-20180316: the same day, near Jenin), nor a place
    # that holds the story's (a coordinator «in Syria» before a Ghouta toll)
    text = ("أصيب عشرات الفلسطينيين في مواجهات قرب جنين. ويشمل الإجراء تجميد تصاريح عمال يعملون في إسرائيل. وكان"
            " كبها يقود مركبة أصابت 3 جنود في وقت سابق اليوم.")
    assert dict(_digested(text, datetime(2018, 3, 16, 10)))["3"] == "جنين"


def _digested(text: str, day: datetime) -> list[tuple[str, str | None]]:
    result = khulasa.digest([Article(id="a", text=text, published=day)], progress=False)
    return [(f.quote, f.place) for s in result.stories for f in s.figures]


def test_the_review_of_session_24_counter_examples_of_its_place_rules():
    # a country's dateline keeps a place the title names past it (a speaker's country before where)
    lead = "قالت وزارة الدفاع الروسية إن طائراتها قتلت 30 مسلحا بغارات جوية. وأضافت أن 12 آخرين أصيبوا."
    assert _places(lead, title="روسيا: مقتل 30 مسلحا بغارات على إدلب") == [("30", "إدلب"), ("12", "إدلب")]
    # an earlier toll recalled after a sentence of no incident (a meeting's venue) keeps the story's place
    text = ("قتل 30 مدنيا في غارات على الغوطة الشرقية. وتتواصل المفاوضات في أستانا بين الأطراف. وكانت حصيلة سابقة"
            " للمرصد في 15 أبريل قد أشارت إلى مقتل 1400 مدني.")
    assert _digested(text, datetime(2018, 5, 20, 10)) == [("30", "الغوطة الشرقية"), ("1400", "الغوطة الشرقية")]
    # words the grown gazetteer mined that are mostly words: conscience, CAF, civilians misspelt
    for text in ("تحتجز السلطات 30 من سجناء الضمير.", "وفرض الكاف غرامة بعد إصابة 12 مشجعا.",
                 "قتل خمسة مدنين في غارة جوية."):
        assert [p for _, p in _places(text)] == [None], text


def test_america_is_the_united_states_but_latin_america_is_not_and_a_long_names_tail_is_no_place():
    # a held-out set's US jobs report (أميركا: 313 ألف وظيفة جديدة) had no place at all
    assert places_named("أميركا: 313 ألف وظيفة جديدة خلال شهر فبراير") == ("الولايات المتحدة",)
    assert "الولايات المتحدة" not in places_named("الهجرة من أمريكا اللاتينية")
    assert places_named("الاحتجاجات في جنوب السودان") == ("جنوب السودان",)


def test_two_word_towns_burma_and_a_founders_name():
    # session 27: a town's name of two words is kept without a share of uses after a place noun (تل أبيب had been left
    # out); بورما is Myanmar (the Amnesty report on Rakhine had Tirana Hassan, its crisis director, as the place);
    # الشيخ زايد names the UAE's founder, not the Egyptian new town
    assert lineage(canonical("تل أبيب")) == ["تل أبيب", "إسرائيل"]
    assert canonical("بورما") == "ميانمار"
    assert places_named("أعلنت منظمة العفو أن بورما تبني قواعد عسكرية") == ("ميانمار",)
    assert places_named("افتتح مسجد الشيخ زايد أمس") == ()


def test_where_people_fled_to_is_not_where_they_were_driven_from():
    # the fifty-third held-out set (BB-internationalNews-31-20180212), after its first score
    text = "وتقول السلطات الباكستانية إن مئات من المتشددين أجبروا على الفرار إلى أفغانستان."
    result = khulasa.digest([Article("a", text, title="", published=datetime(2018, 2, 12, 9))], progress=False)
    assert [f.place for s in result.stories for f in s.figures] == ["باكستان"]


def test_a_lake_named_after_its_noun_is_where_a_ferry_sank():
    # a random draw of session 27 (story 13074): Lake Toba's 200 dead had been placed in Sulawesi, where the story's
    # own ferry sank
    text = ("وغرقت العبارة، الثلاثاء، قرب جزيرة سولاويسي. ويأتي الحادث بعد أسابيع من غرق عبارة كانت مكتظة بالركاب، في "
            "بحيرة توبا، والذي حصد أرواح أكثر من 200 شخص.")
    result = khulasa.digest([Article("a", text, title="", published=datetime(2018, 7, 3, 9))], progress=False)
    assert [f.place for s in result.stories for f in s.figures] == ["توبا"]


def _placed(text: str, title: str = "", day: datetime = datetime(2018, 7, 30, 10)) -> list[tuple[str, str | None]]:
    result = khulasa.digest([Article("a", text, title=title, published=day)], progress=False)
    return [(f.quote, f.place) for s in result.stories for f in s.figures]


def test_a_sea_a_governorate_lies_on_is_no_site_inside_it():
    # the fifty-sixth held-out set (FR-middleEast-853-20180730): محافظة الحديدة الواقعة على البحر الأحمر had made the
    # Red Sea the site of Hodeidah's strikes, and Yemen's war dead were placed in the sea
    title = "الأمم المتحدة: غارات جوية تستهدف محافظة الحديدة اليمنية"
    text = ("أعلنت الأمم المتحدة الأحد أن غارات جوية استهدفت محافظة الحديدة اليمنية على مدار ثلاثة أيام.\nتسببت "
            "الغارات الجوية للتحالف التي استهدفت محافظة الحديدة اليمنية الواقعة على البحر الأحمر أضرارا في محطة "
            "مياه.\nوقتل 3 صيادين في الغارات.")
    assert _placed(text, title) == [("3", "الحديدة")]


def test_what_a_war_cost_is_about_the_war_s_country():
    # the fifty-sixth held-out set (FR-middleEast-853-20180730): «killed in the war» in a Hodeidah piece is Yemen's toll
    title = "غارات جوية تستهدف محافظة الحديدة اليمنية"
    text = ("استهدفت غارات جوية محافظة الحديدة اليمنية الأحد وقتلت خمسة مدنيين. وقتل نحو 10 آلاف شخص في الحرب بين "
            "قوات الحكومة اليمنية والحوثيين بينهم 2200 طفل.")
    assert _placed(text, title)[1:] == [("نحو 10 آلاف", "اليمن"), ("2200", "اليمن")]
    # the forty-first held-out set (BB-middleEast-1003-20180913): a peace deal signed in Addis Ababa, the war South
    # Sudan's, named after the war's word in the title
    title = "توقيع اتفاق سلام جديد لإنهاء الحرب الأهلية في جنوب السودان"
    text = ("وقع رئيس جنوب السودان اتفاق سلام في أديس أبابا. وقد شهدت الحرب الأهلية مذابح واعتداءات على المدنيين، "
            "وخلفت عشرات الآلاف من القتلى.")
    assert _placed(text, title, datetime(2018, 9, 13, 9)) == [("عشرات الآلاف", "جنوب السودان")]


def test_a_side_of_a_conflict_is_not_where_its_toll_is():
    # the fifty-third held-out set (SK-internationalNews-1131-20180424), after the fifty-sixth's first score:
    # «الصراع بين نيودلهي وسكان الإقليم» had put Kashmir's 70 thousand dead in New Delhi
    title = "قتلى في اشتباكات مسلحة في كشمير"
    text = ("قتل عنصران من قوات الأمن الهندي ومسلح، الثلاثاء، خلال تبادل إطلاق النار في الشطر الهندي من كشمير، في "
            "أحدث حلقات الصراع بين نيودلهي وسكان الإقليم الذي خلف 70 ألف قتيل خلال 3 عقود.\nونقلت وكالة \"أسوشيتد "
            "برس\"، عن الشرطة أن جنديا وضابطا قتلا خلال الاشتباك، الذي بدأ عندما هاجم مسلحون قوات حكومية خلال مداهمة "
            "في غابة ببلدة ترال جنوبي كشمير.\nويقاتل المتمردون الحكم الهندي منذ 1989.\nولقي نحو 70 ألف شخص حتفهم في "
            "الاضطرابات وحملة القمع العسكري الهندية التي أعقبتها.")
    placed = dict(_placed(text, title, datetime(2018, 4, 24, 9)))
    assert (placed["70 ألف"], placed["نحو 70 ألف"]) == ("كشمير", "كشمير")
    sides = "قتل جنديان في أحدث حلقات الصراع بين نيودلهي وسكان كشمير الذي خلف 70 ألف قتيل."
    assert _places(sides) == [("70 ألف", "كشمير")]
    # (a town named after the people of a side is still where: the clashes were in Aleppo)
    assert _places("قتل 3 جنود في المواجهات بين الجيش وسكان مدينة حلب.") == [("3", "حلب")]
    # ... nor is a party to an agreement (the seventy-eighth held-out set, FR-internationalNews-2209-20180708: Daraa's
    # four civilians, the sentence after the Russian-brokered truce, had been killed in Russia)
    truce = ("تعرض اتفاق وقف إطلاق النار، الذي تم بين روسيا والفصائل المعارضة في جنوب البلاد، لانتهاكات الأحد. "
             "وأسفر القصف عن مقتل "
             "أربعة مدنيين في غارات للطيران السوري.")
    assert _places(truce)[0][1] in (None, "سوريا")  # (its country where the article gives one; never Russia)
    # (and the other party, glued to و, neither: Manbij's roadmap agreed «بين واشنطن وأنقرة», a whole-corpus review)
    assert _places("ومستقبل منبج قد يضمنه اتفاق بين واشنطن وأنقرة يقضي بانسحاب ألفي مقاتل.") == [("ألفي", "منبج")]


def test_whom_a_camp_is_for_is_not_its_name():
    # H105 (FR-internationalNews-745-20180415): «مخيم لناشطين مدافعين عن البيئة», a camp for activists, had been a
    # place called «لناشطين مدافعين» for every count of Nantes' clashes
    text = ("نشبت السبت مظاهرات في مدينة نانت احتجوا على إزالة مخيم لناشطين مدافعين عن البيئة. واشتبكت قوات الأمن "
            "مع المتظاهرين، في وقت تشير المعطيات إلى اختراق حوالي سبع مئة مثير للشغب لهذه المظاهرات.")
    assert [p for _, p in _places(text)] == ["نانت"]


def test_a_city_named_further_down_lies_in_no_deeper_place():
    # the fifty-seventh held-out set (AL-internationalNews-1150-20180513): «ووقعت معظم هذه الهجمات في كابول، لكن
    # مسلحين هاجموا ... في جلال آباد» had made Kabul a site inside Jalalabad, and the lead's six dead Kabul's
    title = "انفجارات تهز جلال آباد.. وقوات الأمن تشتبك مع المتطرفين"
    text = ("قتل 6 أشخاص وأصيب عشرات آخرين بسلسلة انفجارات في مدينة جلال آباد شرق أفغانستان، الأحد، وفق مسؤولين. "
            "واندلعت معركة بالأسلحة بين قوات الأمن الأفغانية ومجموعة من المتطرفين بعدها.\nوقال المتحدث باسم حاكم إقليم "
            "ننكرهار إن دوي ثلاثة انفجارات على الأقل سمع في بداية هجوم منسق.\nوالهجوم هو الأحدث ضمن سلسلة هجمات شهدتها "
            "أفغانستان هذا العام. ووقعت معظم هذه الهجمات في كابول، لكن مسلحين هاجموا في كانون الثاني/يناير مكتباً لهيئة "
            "إنقاذ الطفولة في جلال آباد، ما أسفر عن سقوط خمسة قتلى على الأقل وإصابة 25.")
    assert _placed(text, title, datetime(2018, 5, 13, 10))[:2] == [("6", "جلال آباد"), ("عشرات", "جلال آباد")]


def test_the_two_villages_are_no_town_unless_introduced():
    # the fifty-seventh held-out set (SK-internationalNews-2978-20180812): «من القريتين» (from the two villages of Evia)
    # had been al-Qaryatayn in Homs; the town named with its noun or «in» still is
    text = "اندلع حريق في جزيرة إيفيا اليونانية الأحد. وتم إجلاء نحو 500 شخص من القريتين بحسب السلطات."
    assert _placed(text, "حريق غابات في إيفيا", datetime(2018, 8, 12, 10)) == [("نحو 500", "إيفيا")]
    assert _places("سيطر المسلحون على بلدة القريتين وقتلوا 20 شخصا.") == [("20", "القريتين")]


def test_a_place_with_a_year_after_a_tournaments_word_names_the_tournament_not_where():
    # held-out sets: «مونديال روسيا 2018» is no place of a season's goals; the review of session 30: a war's or an
    # operation's name is where it was fought (منذ حرب غزة 2014، العملية الشاملة "سيناء 2018")
    assert "روسيا" not in places_named("هدافو الدوري قبل مونديال روسيا 2018")
    assert "غزة" in places_named("أكثر من 130 قتيلا منذ حرب غزة 2014")
    assert "سيناء" in places_named('"سيناء 2018".. الجيش المصري يعلن مقتل 7 من قواته')
    assert ("15", None) in _places("وسجل اللاعب 15 هدفا هذا الموسم قبل انطلاق مونديال روسيا 2018.")


def test_faryab_is_afghanistan_s_province_where_its_council_head_speaks_of_a_base_taken():
    # the fifty-ninth held-out set (SK-internationalNews-2987-20180814): GeoNames spells only a village of Kerman so
    text = ("قال مسؤولون، الثلاثاء، إن مسلحين من حركة طالبان سيطروا على قاعدة عسكرية في شمال أفغانستان بعد معارك "
            "أوقعت 14 قتيلا.\nوأسفرت الهجمات، وفق رئيس مجلس إقليم فارياب محمد طاهر رحماني، عن مقتل عشرة جنود.")
    assert ("14", "فارياب") in _places(text, "طالبان تسيطر على قاعدة عسكرية بأفغانستان")


def test_the_corpus_places_are_known_and_each_lies_in_a_known_place():
    # places the corpus introduces with a place noun that GeoNames lacks (places_corpus.tsv, tools/mine_places.py)
    assert lineage("البرح") == ["البرح", "تعز", "اليمن"]
    assert lineage(canonical("سالزبوري")) == ["سالزبري", "إنجلترا", "بريطانيا"]
    # (and not a name the review of session 32 found to misfire: a club's, a person's, a common word)
    for misfiring in ("كليفلاند", "ليما", "المدية", "الكفرة", "دبلن"):
        assert (misfiring,) not in gazetteer() and canonical(misfiring) == misfiring
    # the Kurdistan Region came in with its governorates: a town of Erbil lies in it
    assert lineage("كوي سنجق") == ["كوي سنجق", "أربيل", "إقليم كردستان", "العراق"]
    # Yemen's fronts (the seventy-eighth held-out set): the west coast, Dhale's Muris; al-Bayda stays out (Casablanca)
    assert lineage("الساحل الغربي") == ["الساحل الغربي", "اليمن"]
    assert lineage("مريس") == ["مريس", "الضالع", "اليمن"]
    assert canonical("الملاحيظ") == "الملاحيط" and ("البيضاء",) not in gazetteer()
    from khulasa.news.resources import read_table

    for name, parent, _spells, why in read_table("places_corpus.tsv"):
        assert why.strip(), name
        assert len(lineage(parent)) > 1 or parent in countries(), (name, parent)


def test_a_town_the_corpus_names_is_the_place_of_its_figures():
    # (ANT: the Skripal poisoning's town, the Hodeidah front's district, before unknown and left to the country)
    assert _places("أصيب 21 شخصا بتسمم في مدينة سالزبري جنوب إنجلترا بعد تعرضهم لمادة سامة.") == [
        ("21", "سالزبري")
    ]
    assert _places("قتل 12 حوثيا في مواجهات مع القوات الحكومية في مديرية البرح غرب تعز.")[0][1] == "البرح"
    # Indonesia's Aceh in its three spellings (H110: a quake of 2016 there, recalled; the 2004 tsunami)
    text = "وفي ديسمبر 2016 ضرب زلزال إقليم أتشيه مما أدى إلى مقتل أكثر من 100 شخص وتشريد عشرات آلاف الأشخاص."
    assert _places(text) == [("أكثر من 100", "آتشيه"), ("عشرات آلاف", "آتشيه")]
    assert lineage(canonical("اتشيه")) == ["آتشيه", "إندونيسيا"]
    # ... and Sumba's island, Sigi Biromaru in Sulawesi (the tsunami story read in session 53: the landslide's 34
    # students had been placed in Sumba, which lay in no country)
    assert lineage("سومبا") == ["سومبا", "إندونيسيا"]
    assert lineage("سيغي بيرومارو") == ["سيغي بيرومارو", "سولاويسي", "إندونيسيا"]


def test_a_town_the_next_sentence_places_in_a_division_it_introduces_narrows_the_country():
    # (the sixty-first held-out set: Qingyuan's karaoke fire, both names unknown to the gazetteer)
    text = ("شب حريق في صالة للغناء في جنوب الصين ما أدى إلى مقتل 18 شخصا وإصابة 5 آخرين.\n"
            "واندلع الحريق بعد منتصف الليل في مبنى في مدينة تشينغيوان في مقاطعة غواندونغ.")
    assert _places(text) == [("18", "تشينغيوان"), ("5", "تشينغيوان")]


def test_a_town_said_to_lie_in_the_country_narrows_it():
    # (the same set: Sibut, «الواقعة في وسط» the country, four words before it)
    text = ("قالت الخارجية الروسية إن ثلاثة مواطنين روس قتلوا ليل الاثنين في أفريقيا الوسطى.\n"
            "اغتيل الثلاثة بالقرب من مدينة سيبوت الواقعة في وسط جمهورية أفريقيا الوسطى.")
    assert _places(text)[0] == ("ثلاثة", "سيبوت")


def test_a_name_between_in_and_a_province_or_said_to_lie_somewhere_is_a_town():
    # (held-out sets: Haiti's earthquake, Abadan's protests; not an ambush in a governorate)
    assert _places("وقتل 4 أشخاص آخرين في مورن في إقليم أرتيبونيه.") == [("4", "مورن")]
    assert _places("وخرج متظاهرون في عبدان، الواقعة على بعد 12 كيلومترا من خورامشهر، وأصيب 11 شخصا.") == [
        ("11", "عبدان")
    ]
    assert _places("وقتل المسلحون ستة من قوات الحرس في كمين بمحافظة جندوبة.") == [("ستة", "جندوبة")]


def test_a_province_named_after_the_lead_s_town_is_no_site_inside_it():
    # (a held-out set: Jalalabad's bombing, then «مكتب حاكم إقليم ننكرهام» as the article spells Nangarhar)
    text = ("قتل 18 شخصا على الأقل في تفجير انتحاري استهدف الأحد مدينة جلال آباد الأفغانية. "
            "ووقع الانفجار خارج مكتب حاكم إقليم ننكرهام.")
    assert _places(text) == [("18", "جلال آباد")]


def test_where_a_site_belongs_is_no_word_of_its_name():
    text = "أصيب 4 جنود في غارات استهدفت مجمعا عسكريا في منطقة نتساريم تابعا للتشكيلات الخاصة."
    assert _places(text) == [("4", "نتساريم")]


def test_a_place_of_exile_is_not_where_it_happened():
    # (a held-out set: Dostum's return from Turkey, a bomb at Kabul's airport)
    text = ("نجا نائب الرئيس الأفغاني الأحد من هجوم انتحاري تزامن مع وصوله إلى البلاد، بعد قضائه أكثر من سنة في منفاه "
            "بتركيا. وقتل في الاعتداء 14 شخصا.\nووقع الهجوم عند مدخل مطار كابول الدولي.")
    assert _places(text) == [("14", "كابول")]


def test_a_province_s_council_speaks_for_its_province():
    # (a held-out set: Faryab's council head on the Taliban's attacks)
    text = ("قتل عشرة جنود في هجمات لطالبان في شمال أفغانستان. وأسفرت الهجمات، وفق رئيس مجلس إقليم فارياب محمد طاهر "
            "رحماني، عن مقتل عشرة جنود على الأقل وإصابة 15.")
    assert {p for _, p in _places(text)} == {"فارياب"}


def test_a_capital_geonames_had_no_arabic_name_for_is_a_place():
    text = "أصيب 20 شخصا من جراء انهيار مبنى في العاصمة البحرينية، المنامة."
    assert _places(text) == [("20", "المنامة")]


def test_places_named_by_a_country_s_adjective_are_in_that_country_a_camp_s_are_its_people_s():
    # (held-out sets: UNICEF's monthly Yemen report, «في 12 محافظة يمنية», not narrowed to the Hodeidah named next)
    text = ("ذكرت منظمة يونيسيف توثيقها مقتل 53 طفلا خلال شهر واحد في 12 محافظة يمنية.\n"
            "وأضافت أن القتال في محافظة الحديدة تصاعد.")
    assert _places(text)[0] == ("53", "اليمن")
    assert _places("قتل 3 أشخاص في غارة على مدينة سورية.") == [("3", "سوريا")]
    assert _places("قتل 3 أشخاص في اشتباكات داخل مخيم فلسطيني.") == [("3", None)]


def test_a_common_noun_before_a_province_is_no_town():
    # (the review of session 32: «في مزرعة بمديرية التحيتا», a farm; «في كمين بمحافظة جندوبة», an ambush)
    assert _places("قتل 3 مدنيين في قصف في مزرعة بمحافظة الحديدة.") == [("3", "الحديدة")]
    assert _places("قتل 5 أشخاص في هجوم في سيفاري بوسط مالي.") == [("5", "سيفاري")]


def test_the_capital_said_with_its_country_s_adjective_is_that_capital():
    # (a held-out set: «وأصيب 18 في العاصمة الهندية», New Delhi; the adjectives the rule cannot make are data)
    assert _places("قال مسؤولون إن شخصين قتلا وأصيب 18 في العاصمة الهندية.")[-1] == ("18", "نيودلهي")
    assert _places("قتل 5 أشخاص في العاصمة الأفغانية.") == [("5", "كابول")]
    assert _places("قتل 5 أشخاص في العاصمة الأفغانية كابول.") == [("5", "كابول")]
    from khulasa.news.places import capitals, country_adjectives

    assert country_adjectives()["الاميركيه"] == "الولايات المتحدة" and country_adjectives()["الافغاني"] == "أفغانستان"
    for country, capital in capitals().items():  # (the gazetteer's: a capital lies in its country, or is named so)
        assert canonical(capital) == capital and (lineage(capital)[-1] == country or capital == country), capital


def test_the_capital_named_after_its_adjective_and_the_us_markets_adjective():
    # (the second review of session 32: «في العاصمة الأمريكية واشنطن» had been two hits read as a list of places; the
    # dollar's adjective had made markets news American)
    assert _places("وقال المسؤول إن 7 أشخاص قتلوا في العاصمة الأمريكية واشنطن.") == [("7", "واشنطن")]
    text = "هبوط عوائد السندات الأميركية.\nوقتل 3 أشخاص في حادث."
    assert _places(text, "هبوط عوائد السندات الأميركية") == [("3", None)]


def test_the_united_states_adjective_names_no_place_of_a_title():
    # (a fresh-clone CI of session 32: «السفارة الأمريكية» in Gaza's titles had put the United States among their places
    # and split the Great March's storyline)
    assert places_named("نقل السفارة الأمريكية إلى القدس") == ("القدس",)
    assert places_named("مقتل جنديين في هجوم على قاعدة للقوات الأفغانية") == ("أفغانستان",)


def test_the_countries_and_capitals_the_news_of_2018_names_are_known_inside_their_countries():
    # a held-out set's Ulaanbaatar and Macedonia were unknown, and so taken for countries of their own
    assert lineage(canonical("أولان باتور")) == ["أولان باتور", "منغوليا"]
    assert canonical("مقدونيا") == "مقدونيا الشمالية" and canonical("المجر") == "هنغاريا"
    assert lineage(canonical("بودابست"))[-1] == "هنغاريا" and lineage(canonical("كراكاس"))[-1] == "فنزويلا"
    assert lineage(canonical("بلفاست")) == ["بلفاست", "أيرلندا الشمالية", "بريطانيا"]


def test_saudi_arabias_regions_hold_their_towns():
    assert lineage(canonical("بريدة")) == ["بريدة", "القصيم", "السعودية"]
    assert lineage(canonical("أبها")) == ["أبها", "عسير", "السعودية"]


def test_a_sentence_going_on_from_one_that_opened_on_a_place_is_there():
    # the seventy-eighth held-out set (AL-internationalNews-1824-20180709): the captives «كما ألقت قوات الجيش القبض على
    # عشرات» after «وفي جبهة الساحل الغربي لقي أكثر من 60 عنصراً مصرعهم» had been put at the lead's strike in al-Jawf
    text = ("أفاد مراسل قناة العربية بمقتل القيادي الحوثي غالب خرصان في غارة في محافظة الجوف اليمنية.\n"
            "وفي جبهة الساحل الغربي لقي أكثر من 60 عنصراً من ميليشيات الحوثي مصرعهم.\n"
            "كما ألقت قوات الجيش القبض على عشرات من العناصر بينهم القيادي إبراهيم عبده علي معافا.")
    assert _places(text) == [("أكثر من 60", "الساحل الغربي"), ("عشرات", "الساحل الغربي")]
    # (a sentence that does not go on from it keeps the article's place)
    apart = text.replace("كما ألقت", "وألقت")
    assert _places(apart)[1] == ("عشرات", "الجوف")


def test_where_a_missile_was_launched_from_toward_a_target_is_not_where_it_fell():
    # the Jazan missile of 8 August 2018 (SK-middleEast-3287-20180808, a multi-outlet story read in session 40): «رصدت
    # إطلاق صاروخ بالستي ... من محافظة عمران باتجاه أراضي المملكة» had put the eleven wounded in Amran
    text = ("رصدت قوات الدفاع الجوي إطلاق صاروخ بالستي من قبل الميليشيا من محافظة عمران باتجاه أراضي المملكة، "
            "ما تسبب في إصابة 11 من المدنيين.")
    assert _places(text)[0][1] != "عمران"
    # (people moved out «from ... toward» are still of where they left: Quneitra's evacuees, the twenty-fourth set)
    moved = "بدأت عمليات إجلاء مئات المقاتلين والمدنيين من القنيطرة باتجاه الشمال السوري."
    assert _places(moved) == [("مئات", "القنيطرة")]


def test_the_governorate_is_the_established_one_and_several_sites_name_no_incident_site():
    # the Sweida attacks of 25 July 2018 (SK-middleEast-3091-20180725, a multi-outlet story read in session 40): the
    # 220 dead «قتلوا في المحافظة الواقعة جنوبي سوريا» had been put in al-Maslakh, one of the sites a later sentence
    # listed («في منطقة المسلخ وبالقرب من سوق الخضار ودوار النجمة في مدينة السويداء»)
    text = ("شهدت محافظة السويداء، الأربعاء، الحصيلة الدموية الأكبر للضحايا.\n"
            "ونقلت فرانس برس عن مدير المرصد قوله إن أكثر 220 شخصا قتلوا في المحافظة الواقعة جنوبي سوريا.\n"
            "وأضاف أن من بين القتلى 62 مدنيا.\nوأوضح أن اشتباكات اندلعت بين المسلحين وعناصر داعش.\n"
            "ووقعت التفجيرات الانتحارية، حسب المرصد، في منطقة المسلخ وبالقرب من سوق الخضار ودوار النجمة في مدينة "
            "السويداء والريف المحيط بها.")
    assert dict(_places(text))["220"] == "السويداء"


def test_a_place_a_lead_names_only_beside_a_direction_is_a_landmark_for_its_figures():
    # the eighty-first held-out set (BB-internationalNews-649-20180613): Grenfell's 72 dead had been put in Aswan, where
    # the story went on to a victim's home: what lies off a town is in the place it lies in
    text = ("مر عام على حريق برج غرينفيل الذي أودى بحياة 72 شخصا من جنسيات مختلفة في شمال كينزينغتون غربي العاصمة "
            "البريطانية لندن. وفي الذكرى السنوية الأولى للحادث زرنا منزل رانيا بأسوان جنوبي مصر.")
    assert dict(_digested(text, datetime(2018, 6, 13, 23)))["72"] == "بريطانيا"
    text = ("قتل 11 شخصا على الأقل وأصيب عشرة آخرون بجروح، الأربعاء، في انفجار وقع في سوق مزدحم في مدينة صغيرة تقع "
            "شمال مقديشو.")
    assert {place for _, place in _digested(text, datetime(2018, 5, 9, 23))} == {"الصومال"}


def test_the_people_a_placeless_lead_counts_by_nationality_are_of_their_country():
    # the eighty-second held-out set (AL-internationalNews-337-20180303): a league's report, launched in Geneva, of
    # «أكثر من 1202 معتقل يمني» used as human shields had left every count of the Yemeni detainees without a place
    text = ("كشف التقرير عن توثيق أكثر من 1202 معتقل يمني استخدمتهم الميليشيات دروعا بشرية. "
            "وأشار إلى أن 77 معتقلا منهم قتلوا، وأصيب 257 آخرون.")
    assert {place for _, place in _digested(text, datetime(2018, 3, 3, 13))} == {"اليمن"}
    assert dict(_digested("قتل 17 جنديا أفغانيا في هجوم لطالبان.", datetime(2018, 6, 9, 11)))["17"] == "أفغانستان"
    # the country a lead names wins, and refugees are counted abroad, not in their country
    assert dict(_digested("قتل 17 جنديا أفغانيا في هجوم في باكستان.", datetime(2018, 6, 9, 11)))["17"] == "باكستان"
    refugees = "وصل نحو 5100 لاجئ فنزويلي السبت بحسب السلطات."
    assert dict(_digested(refugees, datetime(2018, 8, 16, 11))).get("5100") != "فنزويلا"


def test_a_country_narrowed_only_by_a_landmark_next_takes_the_landmark():
    # the twenty-seventh held-out set (BB-middleEast-1095-20181013): the fighting «قرب بلدة هجين» two sentences after a
    # lead set in eastern Syria; the Observatory's toll of the Kurdish fighters had been all Syria's
    text = ("أفادت تقارير من سوريا بأن التنظيم اختطف المئات في هجوم على قوات تدعمها الولايات المتحدة، شرقي البلاد.\n"
            "وقال ناشطون إن التنظيم هاجم مخيما للنازحين.\n"
            "وكان مسلحون أكراد يشنون هجمات على التنظيم قرب بلدة هجين.\n"
            "وقال المرصد السوري لحقوق الإنسان إن الأكراد تكبدوا خسائر بشرية إذ سقط 37 قتيلا منذ الأربعاء.")
    assert dict(_digested(text, datetime(2018, 10, 13, 15)))["37"] == "هجين"
    # (a landmark of another country narrows nothing)
    elsewhere = text.replace("قرب بلدة هجين", "قرب بلدة الموصل")
    assert dict(_digested(elsewhere, datetime(2018, 10, 13, 15)))["37"] == "سوريا"


def test_a_common_noun_with_its_article_placed_in_a_known_place_names_no_place():
    # the eighty-fourth held-out set (SK-internationalNews-2356-20180627): «في المصفاة الواقعة جنوب محافظة خوزستان» had
    # put Abadan's six wounded in «the refinery»; the 5,000-article review found «the auction» of the Ritz's furniture
    text = "وأصيب ستة أشخاص في الحريق الذي وقع في المصفاة الواقعة جنوب محافظة خوزستان."
    assert dict(_digested(text, datetime(2018, 6, 27, 12)))["ستة"] == "خوزستان"
    # (a town's name with the article, hardly ever written without it, is still a name)
    text = "قتل خمسة فلسطينيين في انفجار وقع في الزوايدة الواقعة وسط قطاع غزة."
    assert dict(_digested(text, datetime(2018, 5, 5, 18)))["خمسة"] == "الزوايدة"


def test_the_strip_alone_is_the_one_the_article_named_in_full_and_a_sector_is_not():
    # the held-out errors read in session 43 (FR-internationalNews-2307-20180715): «غارات هي الأعنف على القطاع ...
    # خلفت قتيلين فلسطينيين و15 جريحا» after «في قطاع غزة وإسرائيل» had put Gaza's wounded in Israel
    text = ("استهدفت غارة إسرائيلية أهدافا لحركة حماس في قطاع غزة.\n"
            "وكانت حماس قد أكدت التوصل إلى وقف لإطلاق النار إثر تصعيد شنت خلاله إسرائيل غارات على القطاع خلفت "
            "قتيلين و15 جريحا على الأقل.")
    assert "غزة" in dict(_places(text))["15"]
    # «the sector» with its adjective is no place, whatever strip the article named
    sector = ("استهدفت غارة إسرائيلية أهدافا لحركة حماس في قطاع غزة.\n"
              "وقال مسؤول إن 40 موظفا في القطاع الصحي في مصر فقدوا وظائفهم.")
    assert dict(_places(sector))["40"] == "مصر"
    # and with no strip named in full, «the strip» names none
    assert dict(_places("قتل 5 أشخاص في غارة على القطاع."))["5"] is None


def test_where_donors_met_is_not_where_what_they_count_is():
    # H86 (FR-internationalNews-923-20180425): «مؤتمر بروكسل للجهات المانحة يعد بتقديم 4.4 مليار دولار كمساعدات لسوريا»
    # had put the pledges and Syria's displaced in Brussels, the conference's venue
    title = "مؤتمر بروكسل للجهات المانحة يعد بتقديم 4.4 مليار دولار كمساعدات لسوريا"
    text = ("لم يتمكن مؤتمر بروكسل للجهات المانحة، في ختام أعماله الأربعاء، من جمع ما كانت تطمح إليه الأمم المتحدة.\n"
            "وشرد أكثر من 700 ألف شخص منذ بداية العام.\n"
            "كما أن المبلغ أدنى من الستة مليارات دولار التي وعد بها مؤتمر بروكسل العام الماضي.")
    places = dict(_places(text, title))
    assert places["أكثر من 700 ألف"] == "سوريا"
    assert places["الستة مليارات"] != "بروكسل"


def test_more_us_states_and_their_spellings_but_not_the_names_they_share():
    # the spellings ANT writes (ميريلاند 25 times) are the states; Paraguay's ruling party and Gaddafi's interpreter
    # are no places in the United States
    assert places_named("في ولاية ميريلاند") == ("ماريلاند",) and lineage("ماريلاند")[-1] == "الولايات المتحدة"
    assert "نيو مكسيكو" in places_named("في مجمع في منطقة صحراوية نائية بولاية نيو مكسيكو")
    assert not places_named('مرشح حزب "كولورادو" الحاكم منذ العام 1947')
    assert not places_named("وأكد مفتاح ميسوري أن حجم تلك المساعدات")


def test_where_people_came_from_is_not_where_they_were_counted():
    # H97 (BB-middleEast-350-20180416): Russian mercenaries killed in Deir ez-Zor «came from» the Urals
    text = ("قتل نحو 200 من المرتزقة الروس في مواجهات في دير الزور.\n"
            "وكتبت الصحفية أن ثلاثة من القتلى جاءوا من منطقة فيردلوفوسك.")
    assert ("ثلاثة", "فيردلوفوسك") not in _placed(text)


def test_every_lineage_reaches_a_country():
    # a town whose governorate the gazetteer does not keep lies in its country: رداع had ended in البيضاء, a word
    # the stoplist keeps out, and lost Yemen (the gazetteer rebuilt in session 47)
    assert lineage("رداع")[-1] == "اليمن"
    assert lineage("العدين")[-1] == "اليمن"
