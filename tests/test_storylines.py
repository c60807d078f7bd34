"""Storylines: events threaded in the order they arrive (khulasa.grouping.storylines), built into
storylines for a digest of files, and kept in a store with stable ids and logged merges."""
from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from khulasa.grouping.storylines import Profile, StorylineOptions, thread
from khulasa.pipeline.files import digest
from khulasa.pipeline.ingest import ingest
from khulasa.render.json import to_dict

from .test_storyline_labels_data import storylines

DAY0 = date(2018, 3, 1).toordinal()


def event(name: str, day: int, stems: dict[str, float], countries: dict[str, int] | None = None) -> Profile:
    norm = sum(w * w for w in stems.values()) ** 0.5
    vector = tuple(sorted(((t, w / norm) for t, w in stems.items()), key=lambda tw: (-tw[1], tw[0])))
    return Profile(name, DAY0 + day, DAY0 + day + 1, vector, tuple(sorted((countries or {}).items())))


GHOUTA = {"غوط": 3.0, "دوم": 2.0, "حصار": 1.0}
AFRIN = {"عفرين": 3.0, "غصن": 2.0, "زيتون": 1.0}


def test_events_of_one_vocabulary_within_the_gap_share_a_storyline():
    got = thread([event("a", 0, GHOUTA), event("b", 20, {**GHOUTA, "قافل": 1.0}), event("c", 3, AFRIN)])
    assert got.line_of["a"] == got.line_of["b"] != got.line_of["c"]
    assert got.merges == []


def test_a_long_silence_starts_a_new_storyline():
    opt = StorylineOptions(gap_days=30)
    got = thread([event("a", 0, GHOUTA), event("b", 100, GHOUTA)], opt)
    assert got.line_of["a"] != got.line_of["b"]


def test_one_vocabulary_in_two_countries_is_two_storylines():
    vote = {"انتخاب": 3.0, "برلمان": 2.0, "اقتراع": 1.0}
    got = thread([event("lebanon", 0, vote, {"لبنان": 3}), event("iraq", 7, vote, {"العراق": 4})])
    assert got.line_of["lebanon"] != got.line_of["iraq"]


def test_one_vocabulary_of_a_place_in_common_is_one_storyline_though_titles_name_others():
    case = {"جاسوس": 3.0, "تسميم": 2.0, "اعصاب": 1.0}
    events = [event("poisoning", 0, case, {"بريطانيا": 4, "روسيا": 4}),
              event("report", 7, {**case, "حظر": 1.0}, {"سوريا": 3, "بريطانيا": 1})]
    got = thread(events)
    assert got.line_of["poisoning"] == got.line_of["report"]
    strict = thread(events, StorylineOptions(places_waived=1.0))  # the country test alone keeps them apart
    assert strict.line_of["poisoning"] != strict.line_of["report"]


def test_an_event_that_bridges_two_storylines_merges_them_and_says_so():
    known = {"a": "l1", "b": "l2"}
    bridge = event("c", 10, {"غوط": 3.0, "عفرين": 3.0, "دوم": 1.0, "غصن": 1.0})
    got = thread([event("a", 0, GHOUTA), event("b", 1, GHOUTA), bridge], known=known)
    assert got.line_of["a"] == got.line_of["b"] == got.line_of["c"] == "l1"  # the older id stays
    assert got.merges == [("l2", "l1", "c")]


def test_threading_in_two_batches_gives_the_storylines_of_one():
    events = [event(f"e{k}", k * 5, GHOUTA if k % 2 else AFRIN) for k in range(8)]
    whole = thread(events)
    first = thread(events[:4])
    later = thread(events, known=first.line_of, new_id=(f"n{k}" for k in range(99)))
    assert _parts(later.line_of) == _parts(whole.line_of)
    assert all(later.line_of[e] == first.line_of[e] for e in first.line_of)  # ids stay


def _parts(line_of: dict[str, str]) -> set[frozenset[str]]:
    return {frozenset(e for e, line in line_of.items() if line == x) for x in line_of.values()}


def test_the_seeds_are_one_storyline_with_a_tracker(seeds_dir):
    d = digest(seeds_dir, progress=False)
    assert len(d.storylines) == 1
    line = d.storylines[0]
    assert {h.story for h in line.events} == {s.id for s in d.stories}
    assert all(s.storyline == line.id for s in d.stories)
    assert line.first == date(2018, 3, 4) and line.last is not None and line.last >= date(2018, 3, 10)
    assert line.digest and all(h.summary is not None for h in line.digest)
    killed = [t for t in line.tracks if t.measure == "killed"]
    assert killed and any(len(t.series) >= 2 for t in killed)
    for t in line.tracks:
        for s in t.series:
            for p in s.points:
                f = line.figures[p.figure]
                text = d.article(f.article).text
                assert text[f.start:f.end] == f.quote
    data = to_dict(d)
    assert data["schema"] == "khulasa/2"
    assert data["storylines"][0]["events"][0]["story"] == line.events[0].story
    assert all(s["storyline"] == line.id for s in data["stories"])


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


SPLIT_AT = "2018-07-05"  # the Thai cave rescue: found on 2 July, rescued 8-10 July


@pytest.mark.corpus
def test_a_store_keeps_storyline_ids_as_articles_arrive(ant_rows, tmp_path):
    """The Thai cave rescue, ingested in two parts: the second part's events join the storyline
    the first part made (its id stays), and every merge is in the log with its reason."""
    cores = {r["article"] for r in storylines()["thai-cave-rescue"]["core"]}
    rows = sorted((r for r in ant_rows if r["id"] in cores), key=lambda r: r["published"])
    early = [r for r in rows if r["published"] < SPLIT_AT]
    late = [r for r in rows if r["published"] >= SPLIT_AT]
    assert early and late
    db = tmp_path / "news.db"
    _write(tmp_path / "early.jsonl", early)
    _write(tmp_path / "late.jsonl", late)
    ingest(tmp_path / "early.jsonl", db, progress=False)
    with sqlite3.connect(db) as c:
        before = dict(c.execute("SELECT a.id, s.storyline FROM articles a JOIN stories s ON s.id = a.story"))
    ingest(tmp_path / "late.jsonl", db, progress=False)
    with sqlite3.connect(db) as c:
        after = dict(c.execute("SELECT a.id, s.storyline FROM articles a JOIN stories s ON s.id = a.story"))
        log = c.execute("SELECT kind, storyline, other, reason FROM storyline_log").fetchall()
        live = dict(c.execute("SELECT id, merged_into FROM storylines"))
    main = max(set(after.values()), key=list(after.values()).count)
    share = sum(1 for v in after.values() if v == main) / len(after)
    print(f"\nThai cave rescue: {len(rows)} articles, {len(set(after.values()))} storylines, "
          f"{share:.0%} in the largest; log: {log}")
    assert share >= 0.8
    for article, line in before.items():
        now = after[article]
        # an article keeps its storyline, or its storyline was merged into the one it is in now (logged)
        assert now == line or (live[line] == now and ("merged", line, now) in {x[:3] for x in log})


def test_stories_lists_storylines_with_their_events(seeds_dir, tmp_path, capsys):
    from khulasa.cli import main

    db = tmp_path / "news.db"
    ingest(seeds_dir, db, progress=False)
    assert main(["stories", "--db", str(db), "--storylines", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (line,) = data["storylines"]
    with sqlite3.connect(db) as c:
        stored = c.execute("SELECT id, storyline FROM stories WHERE size > 0").fetchall()
    assert line["events"] == [s for s, _ in stored] and line["id"] == str(stored[0][1])
    assert len(line["articles"]) == 5
    assert main(["stories", "--db", str(db), "--storylines"]) == 0
    table = capsys.readouterr().out
    assert table.startswith("# id\tevents\t") and table.rstrip().endswith("1 storyline, 5 articles")
