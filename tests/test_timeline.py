"""Anchors and timeline on the seeds, and dated figures."""
from datetime import UTC, date, timedelta

import khulasa
from khulasa.model import Article


def test_seeds_are_anchored_in_march_2018_in_a_consistent_order(seed_digest):
    anchors = {a.id[:3]: a for a in seed_digest.articles}
    for a in anchors.values():
        assert a.anchor_day is not None and (a.anchor_day.year, a.anchor_day.month) == (2018, 3)
        assert a.anchor.source in ("text", "story") and a.anchor.evidence
    # 004 states its own date (يوم السبت 10 من مارس 2018)
    assert anchors["004"].anchor.source == "text" and anchors["004"].anchor_day == date(2018, 3, 10)
    # 002 counts the dead up to "the third of this month": written after 3 March, before the others
    assert date(2018, 3, 3) <= anchors["002"].anchor_day < anchors["004"].anchor_day
    # 003 says صباح اليوم السبت (a Saturday); 001 says صباح امس السبت (the day after a Saturday)
    assert anchors["003"].anchor_day.isoweekday() == 6
    assert anchors["001"].anchor_day.isoweekday() == 7


def test_published_time_is_the_anchor():
    from datetime import datetime

    a = Article(id="x", text="قالت الأمم المتحدة أمس إن قافلة مساعدات دخلت مدينة دوما في الغوطة الشرقية.",
                published=datetime(2018, 3, 16, 9, 0, tzinfo=UTC))
    result = khulasa.digest([a])
    (art,) = result.articles
    assert (art.anchor.day, art.anchor.source, art.anchor.confidence) == (date(2018, 3, 16), "published", "high")
    (event,) = result.stories[0].timeline
    assert event.first == date(2018, 3, 15) and event.when == "أمس"


def test_timeline_is_in_order_and_points_at_sentences(seed_digest):
    (story,) = seed_digest.stories
    assert len(story.timeline) >= 10
    firsts = [e.first for e in story.timeline]
    assert firsts == sorted(firsts)
    for e in story.timeline:
        text = seed_digest.article(e.article).text
        assert text[e.start:e.end] == e.text and e.when in e.text
    # the same day in several sentences of one article is one entry
    assert len({(e.article, e.first, e.last) for e in story.timeline}) == len(story.timeline)
    assert any(e.also for e in story.timeline)
    whens = {e.when for e in story.timeline}
    assert "منذ 19 فبراير/شباط الماضي وحتى الثالث من الشهر الجاري" in whens


def test_figures_are_dated_and_death_tolls_differ_by_date(seed_digest):
    (story,) = seed_digest.stories
    toll = next(c for c in story.claims if c.measure == "killed" and 718 in {story.figures[i].value for i in c.figures})
    f718 = next(story.figures[i] for i in toll.figures if story.figures[i].value == 718)
    assert (f718.as_of_first, f718.as_of_last) == (date(2018, 2, 19), date(2018, 3, 3))
    f1300 = next(story.figures[i] for i in toll.figures if story.figures[i].value == 1300)
    assert f1300.as_of_last > f718.as_of_last  # a running total reported later
    assert toll.differ == "dates"


def test_seed_expressions_resolve_against_their_inferred_anchors(seed_digest):
    from khulasa.dates import find

    anchors = {a.id[:3]: a for a in seed_digest.articles}

    def resolved(key, words):
        a = anchors[key]
        return next(m.value for m in find(a.text, a.anchor_day) if m.text == words)

    a003 = anchors["003"].anchor_day
    assert resolved("003", "صباح اليوم السبت").first == a003
    assert resolved("003", "أمس الجمعة").first.isoweekday() == 5
    a001 = anchors["001"].anchor_day
    assert resolved("001", "صباح امس السبت").first == a001 - timedelta(days=1)
    toll = resolved("002", "منذ 19 فبراير/شباط الماضي وحتى الثالث من الشهر الجاري")
    assert (toll.first, toll.last) == (date(2018, 2, 19), date(2018, 3, 3))
    assert resolved("004", "يوم الجمعة 9 من مارس 2018").first == date(2018, 3, 9)
    assert resolved("000", "مايو / أيار 2017").first == date(2017, 5, 1)


def test_a_timeline_reaches_no_years_ahead_and_turns_a_weekday_where_the_clocks_run_ahead():
    """A multi-outlet story read in session 49 (Malaysia's election): «بعد 22 عاما في رئاسة الحكومة» had dated an
    event in 2040, and «فجر الخميس بالتوقيت المحلي», stamped 19:57 UTC on Wednesday, the Thursday before."""
    from datetime import datetime

    text = ("فاز تحالف جبهة الأمل بالانتخابات العامة في ماليزيا، فجر الخميس بالتوقيت المحلي.\n"
            "وتقاعد مهاتير عام 2003 بعد 22 عاما في رئاسة الحكومة.")
    a = Article(id="x", text=text, title="رسميا.. تحالف مهاتير محمد يفوز بالانتخابات الماليزية",
                published=datetime(2018, 5, 9, 19, 57, tzinfo=UTC))
    events = khulasa.digest([a], progress=False).stories[0].timeline
    assert [(e.first, e.when) for e in events] == [(date(2018, 5, 10), "فجر الخميس")]


def test_dates_read_at_analysis_give_the_timeline_read_afresh(reference):
    """A store keeps the dates read in each sentence against the publication day; the
    timelines built from them are the ones read from the texts again."""
    from dataclasses import replace

    from khulasa.store.store import Store
    from khulasa.story.timeline import story_timeline
    from khulasa.story.work import anchored

    db, _ = reference
    with Store(db, create=False) as store:
        ids = [r["id"] for r in store.story_rows(None, None, None) if len(r["articles"]) >= 2][:150]
        loaded = list(store.articles_of(ids))
    compared = events = 0
    for _, members, _ in loaded:
        members = anchored(members)
        assert all(s.dates is not None for a in members for s in a.sentences if s.kind == "body")
        afresh = [replace(a, sentences=[replace(s, dates=None) for s in a.sentences]) for a in members]
        kept, read = story_timeline(members), story_timeline(afresh)
        assert [(e.first, e.last, e.grain, e.when, e.article, e.start, e.also) for e in kept] == [
            (e.first, e.last, e.grain, e.when, e.article, e.start, e.also) for e in read
        ]
        compared += 1
        events += len(kept)
    assert compared >= 100 and events >= 300


def test_the_workbench_dates_a_late_weekday_as_the_digests_do():
    # a weekday told late at night by UTC is the writer's next day in the digests (story.timeline.words_anchor); the
    # workbench's figure rows, which date a figure only when shown, read it so too
    from datetime import UTC, datetime

    from khulasa.model import Figure
    from khulasa.serve.catalogue import FigureRow, _stamp

    late = datetime(2018, 9, 9, 23, 12, tzinfo=UTC)
    f = Figure(article="a", start=0, end=3, quote="100", value=100.0, measure="strikes", as_of="ليل الاثنين",
               period="point")
    row = FigureRow(1, f, late.date(), "", stamp=_stamp(late.timestamp()))
    assert row.dated().as_of_first.isoformat() == "2018-09-10"
    assert _stamp(datetime(2018, 9, 9, tzinfo=UTC).timestamp()) is None  # a bare day has no clock
