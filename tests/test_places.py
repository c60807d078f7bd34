"""The gazetteer (GeoNames towns the ANT corpus names, under the hand list) and the place of a figure,
on sentences of real ANT articles."""
from __future__ import annotations

import pytest

from khulasa.analyse.figures import extract
from khulasa.analyse.sentences import analyse
from khulasa.model import Article
from khulasa.news.places import canonical, gazetteer, lineage, place_parents


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
