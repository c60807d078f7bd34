"""The figure tracker: each quantity followed over time by source, on the seeds and on made-up
figures whose answer is known; and how the reports show it."""
import json
import re
from datetime import date, datetime

from khulasa.model import Article, Claim, Figure
from khulasa.render.html import to_html
from khulasa.render.json import to_json
from khulasa.render.markdown import to_markdown
from khulasa.story.tracker import tracks


def _fig(i: int, value: float, source: str | None, day: date, period: str = "total") -> Figure:
    return Figure(article=f"a{i}", start=0, end=1, quote=str(value), value=value, measure="killed", source=source,
                  source_canonical=source, period=period, as_of_last=day, place="دوما")


def _claim(n: int) -> Claim:
    return Claim("c1", "killed", "count", None, "دوما", list(range(n)), [], [], False, "dates", None, None, None, None)


def _articles(n: int) -> dict[str, Article]:
    return {f"a{i}": Article(f"a{i}", "نص", source=f"outlet{i}", published=datetime(2018, 4, 8)) for i in range(n)}


def test_a_rising_running_total_is_updates_and_a_same_day_disagreement_a_conflict():
    figs = [
        _fig(0, 250, "المرصد السوري لحقوق الإنسان", date(2018, 2, 20)),
        _fig(1, 403, "المرصد السوري لحقوق الإنسان", date(2018, 2, 22)),
        _fig(2, 500, "المرصد السوري لحقوق الإنسان", date(2018, 2, 24)),
        _fig(3, 600, "الدفاع المدني السوري", date(2018, 2, 24)),
    ]
    (t,) = tracks([_claim(4)], figs, _articles(4))
    by = {s.source: s for s in t.series}
    assert [p.value for p in by["المرصد السوري لحقوق الإنسان"].points] == [250, 403, 500]
    assert by["المرصد السوري لحقوق الإنسان"].latest == 2
    assert t.updates == 2  # 250 -> 403 -> 500: the same source, later days
    assert t.conflicts == 1  # 24 February: 500 and 600
    day = {d.day: d for d in t.days}[date(2018, 2, 24)]
    assert (day.low, day.high, day.sources, day.agree) == (500, 600, 2, False)


def test_one_source_one_day_is_not_tracked_and_own_voices_are_their_outlets():
    assert tracks([_claim(1)], [_fig(0, 70, "الدفاع المدني السوري", date(2018, 4, 7))], _articles(1)) == []
    figs = [_fig(0, 70, None, date(2018, 4, 7), "point"), _fig(1, 70, None, date(2018, 4, 7), "point")]
    (t,) = tracks([_claim(2)], figs, _articles(2))
    assert [s.source for s in t.series] == ["outlet0", "outlet1"]
    assert t.conflicts == 0 and t.updates == 0


def test_the_seeds_death_toll_moves_by_source_and_day(seed_digest):
    (story,) = seed_digest.stories
    tolls = [t for t in story.tracks if t.measure == "killed" and len(t.series) >= 3]
    assert tolls, [(t.measure, t.place) for t in story.tracks]
    t = tolls[0]
    points = {(s.source, p.day, p.value) for s in t.series for p in s.points}
    values = {v for _, _, v in points}
    assert {718, 1300} <= values  # the White Helmets' toll of 3 March and Civil Defence's of 11 March
    days = [d.day for d in t.days]
    assert days == sorted(days) and days[0] < days[-1]
    print("toll series:", sorted((d.isoformat(), v, s) for s, d, v in points))


def test_reports_show_every_track_with_points_linked_to_their_quotes(seed_digest):
    (story,) = seed_digest.stories
    doc = json.loads(to_json(seed_digest))
    assert len(doc["stories"][0]["tracks"]) == len(story.tracks) > 0
    for t in doc["stories"][0]["tracks"]:
        for s in t["series"]:
            for p in s["points"]:
                f = doc["stories"][0]["figures"][p["figure"]]
                assert f["quote"] and p["day"] == (f["as_of_dates"]["last"] or p["day"])
    html = to_html(seed_digest)
    assert html.count('<svg class="track"') == len(story.tracks)
    targets = set(re.findall(r'<mark class="[^"]*" id="([^"]+)"', html))
    links = re.findall(r'<a href="#([^"]+)"><circle', html)
    assert links and set(links) <= targets  # every point leads to its highlighted quote
    assert "تتبع الأرقام" in to_markdown(seed_digest)


def test_the_attackers_killed_are_not_one_claim_with_their_victims():
    from khulasa.story.claims import reconcile

    figs = [
        Figure("a0", 0, 1, "2", 2.0, measure="killed", subject="موظفي المؤسسة", place="طرابلس", period="total"),
        Figure("a0", 5, 6, "2", 2.0, measure="killed", subject="المهاجمين", place="طرابلس", period="total"),
    ]
    claims = reconcile(figs, _articles(1))
    assert sorted(len(c.figures) for c in claims) == [1, 1]


def test_an_unnamed_outlets_own_voice_is_the_article_itself_not_a_file_name():
    arts = {f"a{i}": Article(f"a{i}", "نص", published=datetime(2018, 4, 8)) for i in range(2)}
    figs = [_fig(0, 70, None, date(2018, 4, 7), "point"), _fig(1, 75, None, date(2018, 4, 7), "point")]
    (t,) = tracks([_claim(2)], figs, arts)
    assert [(s.source, s.article) for s in t.series] == [(None, "a0"), (None, "a1")]


def _claim_of(cid: str, figures: list[int]) -> Claim:
    return Claim(cid, "killed", "count", None, "دوما", figures, [], [], False, "dates", None, None, None, None)


def test_one_running_toll_split_over_claims_is_one_track_and_other_quantities_stay_apart():
    """SOHR's toll of the Ghouta offensive over five weeks formed several claims (complete
    linkage keeps a toll of no stated start to the month it was reported); the tracker follows
    it as one quantity, but not a toll of 2013 nor a count that is no running total."""
    sohr = "المرصد السوري لحقوق الإنسان"
    figs = [
        _fig(0, 250, sohr, date(2018, 2, 20)), _fig(1, 500, sohr, date(2018, 2, 25)),
        _fig(2, 1000, sohr, date(2018, 3, 11)), _fig(3, 1600, sohr, date(2018, 3, 26)),
        _fig(4, 1400, sohr, date(2013, 8, 21)), _fig(5, 1500, sohr, date(2013, 8, 22)),
        _fig(6, 35, sohr, date(2018, 3, 10), "point"), _fig(7, 52, sohr, date(2018, 3, 11), "point"),
    ]
    claims = [_claim_of("c1", [6, 7]), _claim_of("c2", [0, 1]), _claim_of("c3", [2, 3]), _claim_of("c4", [4, 5])]
    by = {t.claim: t for t in tracks(claims, figs, _articles(8))}
    assert by["c2"].claims == ["c2", "c3"]
    assert [p.value for p in by["c2"].series[0].points] == [250, 500, 1000, 1600]
    assert by["c1"].claims == ["c1"] and by["c4"].claims == ["c4"]


def test_a_running_toll_told_over_two_months_stays_one_track():
    """SOHR's 1,700 of mid-April is within a month of its late-March values, though more than a
    month after the claim of its February ones: the series runs on."""
    sohr = "المرصد السوري لحقوق الإنسان"
    figs = [
        _fig(0, 250, sohr, date(2018, 2, 20)), _fig(1, 1000, sohr, date(2018, 3, 11)),
        _fig(2, 1600, sohr, date(2018, 3, 26)), _fig(3, 1630, sohr, date(2018, 3, 31)),
        _fig(4, 1700, sohr, date(2018, 4, 13)), _fig(5, 1700, sohr, date(2018, 4, 15)),
    ]
    claims = [_claim_of("c1", [0, 1]), _claim_of("c2", [2, 3]), _claim_of("c3", [4, 5])]
    (t,) = tracks(claims, figs, _articles(6))
    assert t.claims == ["c1", "c2", "c3"]


def test_two_tolls_one_article_tells_apart_are_not_one_series():
    """A story of Daraa (FR-internationalNews-2088-20180630): «96 of the regime's forces ... against at least 59 of
    the factions» since the escalation, in one sentence, had been one series of the Observatory's falling from 96 to
    59; «17 عنصرا» had joined the 105 civilians of the same article."""
    sohr = "المرصد السوري لحقوق الإنسان"
    figs = [_fig(0, 96, sohr, date(2018, 6, 30)), _fig(0, 59, sohr, date(2018, 6, 30))]
    assert tracks([_claim_of("c1", [0]), _claim_of("c2", [1])], figs, _articles(1)) == []
    from khulasa.analyse.figures.subjects import subject_class as _subject_class

    assert _subject_class("عنصرا") == _subject_class("الفصائل") == "fighters"
