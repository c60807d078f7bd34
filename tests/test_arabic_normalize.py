from khulasa.arabic.normalize import fold_digits, normalize, strip_diacritics


def test_folds_letter_variants_for_matching():
    assert normalize("أإآٱا") == "ااااا"
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("الغوطة") == "الغوطه"
    assert normalize("مؤتمر") == "موتمر"
    assert normalize("رئيس") == "رييس"


def test_removes_diacritics_tatweel_and_invisible_marks():
    assert normalize("خُمسهم") == "خمسهم"
    assert normalize("مُحَمَّدٌ") == "محمد"
    assert normalize("الغـــوطة") == "الغوطه"
    assert normalize("دوما\u200f") == "دوما"


def test_digits_and_separators():
    assert normalize("٢٠١٨") == "2018"
    assert normalize("۱۳۹۷") == "1397"
    assert normalize("٣٥٠٬٠٠٠") == "350,000"
    assert normalize("٢٫٥") == "2.5"
    assert fold_digits("في ٩ من مارس") == "في 9 من مارس"


def test_presentation_forms_and_lam_alef_ligature():
    assert normalize("\ufefb") == "لا"  # ﻻ
    assert normalize("\ufe8d\ufedf\ufe93") == normalize("الة")


def test_strip_diacritics_keeps_letter_forms():
    assert strip_diacritics("أُعلِنَ") == "أعلن"
    assert strip_diacritics("مدرسة") == "مدرسة"


def test_never_changes_the_displayed_text(seed_digest):
    # the digest quotes the article text, not the normalised one
    for story in seed_digest.stories:
        for e in story.digest:
            assert e.text == seed_digest.article(e.article).text[e.start:e.end]
