from khulasa.arabic.segment import segment, sentences


def test_splits_on_arabic_and_latin_terminators_not_on_comma():
    text = "قال المرصد، وهو مراقب، إن القصف استمر. هل انتهى القصف؟ لا! ثم هدأ … وعاد القصف مساء. Did it end? Yes."
    assert sentences(text) == [
        "قال المرصد، وهو مراقب، إن القصف استمر.",
        "هل انتهى القصف؟",
        "لا!",
        "ثم هدأ …",
        "وعاد القصف مساء.",
        "Did it end?",
        "Yes.",
    ]


def test_keeps_numbers_whole():
    text = "والمدينة هي موطن لحوالي 350،000 شخص. وارتفع المؤشر 2.5 في المئة أمس."
    assert sentences(text) == ["والمدينة هي موطن لحوالي 350،000 شخص.", "وارتفع المؤشر 2.5 في المئة أمس."]


def test_scraper_separators_between_sentences_are_dropped():
    text = "تقدم قوات النظام باتجاه المنطقة., وكانت القوات سيطرت على 10% من الغوطة., وعادت قوات النظام."
    assert sentences(text) == [
        "تقدم قوات النظام باتجاه المنطقة.",
        "وكانت القوات سيطرت على 10% من الغوطة.",
        "وعادت قوات النظام.",
    ]


def test_closing_quote_stays_with_its_sentence_and_quotes_are_not_split():
    text = 'وقال متحدث "الأمم المتحدة لم تراقب العمليات. لكنها تزور الملاجئ." كان الوضع صعبا.'
    assert sentences(text) == ['وقال متحدث "الأمم المتحدة لم تراقب العمليات. لكنها تزور الملاجئ."', "كان الوضع صعبا."]


def test_initials_and_abbreviations_do_not_end_sentences():
    assert len(sentences("قال د. محمد إن الوضع خطير. وأضاف أن المساعدات لم تصل.")) == 2
    assert len(sentences("وقال H. R. McMaster إن الوضع خطير.")) == 1


def test_short_unterminated_line_is_one_heading_segment():
    text = "الغوطة.. أنباء عن حركة نزوح واسعة والنظام يتقدم \n\nوسائل إعلام سورية معارضة الأحد، أن الغوطة تشهد نزوحا."
    segs = segment(text)
    assert text[segs[0].start:segs[0].end] == "الغوطة.. أنباء عن حركة نزوح واسعة والنظام يتقدم"
    assert not segs[0].terminated and segs[0].whole_line
    assert segs[1].terminated


def test_offsets_are_exact_on_every_seed(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        segs = segment(text)
        assert len(segs) >= 10
        for s in segs:
            piece = text[s.start:s.end]
            assert piece == piece.strip() and piece
        # spans are ordered and disjoint
        assert all(a.end <= b.start for a, b in zip(segs, segs[1:]))


def test_seed_002_separators(seeds_dir):
    text = (seeds_dir / "002_dfa3111be2cd62e9.txt").read_text(encoding="utf-8")
    got = sentences(text)
    assert not any(s.startswith(",") for s in got)
    assert (
        "وتحاصر قوات النظام نحو 400 ألف مدني في المنطقة، منذ أواخر 2012، "
        "حيث تمنع دخول المواد الغذائية والمستلزمات الطبية لهم."
        in got
    )


def _timed_segments(text):
    import time

    t = time.perf_counter()
    segs = segment(text)
    return time.perf_counter() - t, segs


def test_a_long_line_of_stops_is_split_in_linear_time():
    # each stop used to rescan its line from the start for the word before it: 50 KB of
    # '. ' took 36 s, a 102 KB JSON line over 600 s
    for text in (". " * 30_000, "قال المصدر. " * 5_000, "x." * 30_000 + " انتهى.", "ب" * 60_000 + "."):
        seconds, segs = _timed_segments(text)
        assert seconds < 3, (text[:20], seconds)
        assert all(text[s.start:s.end].strip() == text[s.start:s.end] for s in segs)


def test_a_line_of_many_quotations_is_split_in_linear_time():
    # every stop was compared with every quotation of its line: 50 KB took 38 s
    text = '"قال. ' * 10_000
    seconds, segs = _timed_segments(text)
    assert seconds < 3, seconds
    assert segs and all(a.end <= b.start for a, b in zip(segs, segs[1:]))


def test_a_stop_inside_a_quotation_among_many_does_not_split():
    text = "وقال «الوضع صعب. جدا» ثم غادر. " * 200
    got = sentences(text)
    assert got[0] == "وقال «الوضع صعب. جدا» ثم غادر." and len(got) == 200


def test_every_kind_of_space_is_trimmed_from_sentences():
    # a form feed or a line separator is space: a sentence never starts or ends with one, and a
    # line of nothing else is no sentence (the fuzz suite found '\x0c' as a sentence)
    from khulasa.arabic.segment import segment

    assert segment("\x0c") == [] and segment("\u2028\u3000") == []
    text = "\x0cقال المرصد إن القصف استمر طوال الليل في الغوطة.\x0b\u3000وأضاف أن عشرات قتلوا.\x0c"
    pieces = [text[s.start:s.end] for s in segment(text)]
    assert pieces == ["قال المرصد إن القصف استمر طوال الليل في الغوطة.", "وأضاف أن عشرات قتلوا."]


def test_who_told_a_sentence_after_its_full_stop_ends_that_sentence():
    # «حسب فرانس برس.» cannot stand alone (314 such tails in ANT): it ends the sentence before it, so its
    # figures keep their conduit (the sixty-sixth held-out set's Ethiopian landslides)
    text = "وأعلن المكتب وفاة تسعة أشخاص، وإصابة 17 آخرين. حسب فرانس برس. والأحد أفاد تلفزيون فانا بوفاة 23."
    assert sentences(text) == [
        "وأعلن المكتب وفاة تسعة أشخاص، وإصابة 17 آخرين. حسب فرانس برس.", "والأحد أفاد تلفزيون فانا بوفاة 23.",
    ]
    got = sentences("قتل جندي. وفقاً لمصدر عسكري. وتنشط الجماعات.")
    assert got == ["قتل جندي. وفقاً لمصدر عسكري.", "وتنشط الجماعات."]
    # a sentence that opens with «according to» and says something of its own stands
    assert sentences("وحسب المرصد، قتل 5 أشخاص. وقال آخر.") == ["وحسب المرصد، قتل 5 أشخاص.", "وقال آخر."]
    assert sentences("قتل جندي. حسب المرصد قتل 5 أشخاص في 2017.") == ["قتل جندي.", "حسب المرصد قتل 5 أشخاص في 2017."]
