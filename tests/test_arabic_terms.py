from khulasa.arabic.lexicon import lexicon
from khulasa.arabic.normalize import normalize
from khulasa.arabic.repair import split_glued
from khulasa.arabic.stem import stem, stem_words
from khulasa.arabic.stopwords import is_stopword, stopwords
from khulasa.arabic.terms import terms
from khulasa.arabic.tokenize import tokenize


def test_glued_words_are_split_by_the_lexicon():
    assert split_glued(normalize("الأممالمتحدة")) == ("الامم", "المتحده")
    assert split_glued(normalize("موسكوودمشق")) == ("موسكو", "ودمشق")
    assert split_glued(normalize("القمةالمرتقبة")) == ("القمه", "المرتقبه")


def test_known_words_and_inflections_are_not_split():
    for word in ["المتحدة", "والتمديد", "انتاجهما", "كفربطنا", "بالمعركة", "الاستثمارات", "والمعارضة"]:
        assert split_glued(normalize(word)) is None, word


def test_repaired_words_match_the_spaced_form():
    assert terms("الأممالمتحدة") == terms("الأمم المتحدة")
    assert terms("موسكوودمشق") == terms("موسكو ودمشق")


def test_stemming_matches_inflections_and_conjunctions():
    assert stem("والنظام") == stem("النظام") == stem("نظام")
    assert stem("الغوطة") == stem("بالغوطة") == stem("الغوطةُ")
    assert stem("غادروا") == stem("غادر")
    assert len(set(stem_words(["محاصرون", "محاصرين"]))) == 1


def test_stopwords_come_from_a_maintained_list_and_are_normalised():
    sw = stopwords()
    assert len(sw) > 400
    assert is_stopword("في") and is_stopword(normalize("إلى")) and is_stopword(normalize("على"))
    assert not is_stopword(normalize("الغوطة"))


def test_terms_keep_quantities_and_drop_function_words():
    got = terms("غادر أكثر من 7 آلاف شخص و 350،000 مدني #الغوطة_الشرقية")
    assert "7000" in got and "350000" in got
    assert stem("الغوطة") in got and stem("الشرقية") in got
    assert not any(is_stopword(t) for t in got)


def test_tokens_carry_offsets_into_the_original():
    text = "قال المرصدُ إن ٢٠ ألفا فروا"
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text
    assert [t.key for t in tokenize(text)][-3:] == ["20", "الفا", "فروا"]


def test_lexicon_is_shipped_with_counts():
    lex = lexicon()
    assert lex.freq("الغوطه") > 100
    assert lex.total > 1_000_000
