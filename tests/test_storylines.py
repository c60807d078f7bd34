"""Storylines: events threaded in the order they arrive (khulasa.grouping.storylines), built into
storylines for a digest of files, and kept in a store with stable ids and logged merges."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import replace
from datetime import date, datetime

import pytest

from khulasa.analyse.sentences import analyse
from khulasa.grouping.storylines import Lead, Profile, StorylineOptions, lead_of, thread
from khulasa.model import Article
from khulasa.pipeline import rethread as rethread_module
from khulasa.pipeline.files import digest
from khulasa.pipeline.ingest import ingest
from khulasa.pipeline.regroup import Regrouped
from khulasa.render.json import to_dict
from khulasa.store.codec import pack_lead, pack_profile, unpack_lead, unpack_profile

from .test_storyline_labels_data import storylines

DAY0 = date(2018, 3, 1).toordinal()


def event(
    name: str, day: int, stems: dict[str, float], countries: dict[str, int] | None = None, happening: str = ""
) -> Profile:
    norm = sum(w * w for w in stems.values()) ** 0.5
    vector = tuple(sorted(((t, w / norm) for t, w in stems.items()), key=lambda tw: (-tw[1], tw[0])))
    return Profile(name, DAY0 + day, DAY0 + day + 1, vector, tuple(sorted((countries or {}).items())), happening)


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


CUP = "كأس العالم 2018"


def test_events_about_one_happening_are_one_storyline_whatever_their_words_and_countries():
    matches = [
        event("opening", 0, {"روس": 3.0, "سعود": 2.0, "خماس": 1.0}, {"روسيا": 2, "السعودية": 2}, CUP),
        event("group", 5, {"سويسر": 3.0, "صربي": 2.0, "شاكير": 1.0}, {"سويسرا": 2, "صربيا": 2}, CUP),
        event("final", 30, {"فرنس": 3.0, "كرواتي": 2.0, "توج": 1.0}, {"فرنسا": 4, "كرواتيا": 4}, CUP),
    ]
    got = thread(matches)
    assert got.line_of["opening"] == got.line_of["group"] == got.line_of["final"]
    plain = thread([replace(m, happening="") for m in matches])  # by their words alone, three storylines
    assert len(set(plain.line_of.values())) == 3


def test_a_happening_does_not_absorb_a_storyline_made_before_it():
    injury = {"صلاح": 3.0, "اصاب": 2.0, "كتف": 1.0}
    events = [
        event("injury", 0, injury, {"مصر": 2}),
        event("rehab", 4, {**injury, "ليفربول": 1.0}, {"مصر": 1}),
        event("match", 20, {**injury, "اوروغواي": 2.0}, {"مصر": 2}, CUP),  # names the injury, is the Cup's
        event("other", 22, {"روس": 3.0, "سعود": 2.0}, {"روسيا": 2}, CUP),
    ]
    got = thread(events)
    assert got.line_of["injury"] == got.line_of["rehab"] != got.line_of["match"] == got.line_of["other"]
    assert got.merges == []


def test_an_event_about_a_happening_leaves_the_storyline_its_words_would_join():
    attack = {**GHOUTA, "كيماو": 3.0}
    events = [event("offensive", 0, GHOUTA), event("siege", 10, GHOUTA),
              event("attack", 20, attack, happening="هجوم دوما الكيماوي")]
    assert thread([replace(e, happening="") for e in events]).line_of["attack"] == "l1"
    got = thread(events)
    assert got.line_of["offensive"] == got.line_of["siege"] != got.line_of["attack"]


def test_a_happenings_storyline_takes_no_new_event_by_its_words_after_its_days():
    war = {**GHOUTA, "سوري": 2.0, "غار": 1.0}
    offensive = "هجوم الغوطة الشرقية"  # 18 February to 14 April 2018, read three weeks on
    events = [event("assault", 0, war, happening=offensive),  # 1 March
              event("strikes", 20, war),  # 21 March: joins by its words
              event("idlib", 120, war)]  # 29 June: the war goes on, the offensive's storyline does not
    got = thread(events, StorylineOptions(gap_days=200))
    assert got.line_of["assault"] == got.line_of["strikes"] != got.line_of["idlib"]
    # so with a tournament (14 June to 15 July 2018: DAY0 + 105 is 14 June), not with an attack's inquiries
    words = {"روس": 3.0, "منتخب": 2.0}
    cup = thread([event("final", 136, words, happening=CUP), event("autumn", 200, words)])
    assert cup.line_of["final"] != cup.line_of["autumn"]
    case = {"سكريبال": 3.0, "تسميم": 2.0}
    skripal = thread([event("poisoning", 3, case, happening="تسميم سكريبال"), event("later", 60, case)])
    assert skripal.line_of["poisoning"] == skripal.line_of["later"]


def test_two_happenings_are_two_storylines_though_their_words_agree():
    words = {"طائر": 3.0, "تحطم": 2.0, "ركاب": 1.0}
    got = thread([event("algeria", 0, words, happening="تحطم طائرة بوفاريك"),
                  event("cuba", 5, words, happening="تحطم طائرة هافانا"),
                  event("after", 6, words)])
    assert got.line_of["algeria"] != got.line_of["cuba"]
    assert got.line_of["after"] in (got.line_of["algeria"], got.line_of["cuba"])


def test_a_stored_happening_storyline_takes_its_new_events():
    first = thread([event("a", 0, {"روس": 3.0}, happening=CUP)])
    later = thread([event("a", 0, {"روس": 3.0}, happening=CUP), event("b", 9, {"فرنس": 3.0}, happening=CUP)],
                   known=first.line_of, new_id=(f"n{k}" for k in range(9)))
    assert later.line_of == {"a": "l1", "b": "l1"}


def test_profiles_and_leads_keep_their_happening_through_the_store():
    p = event("7", 0, GHOUTA, {"سوريا": 2}, CUP)
    assert unpack_profile("7", pack_profile(p)) == p
    assert unpack_profile("7", pack_profile(replace(p, happening=""))).happening == ""
    assert unpack_profile("7", json.dumps([1, 2, [["غوط", 1.0]], []])).happening == ""  # written before
    lead = Lead(("غوط",), ("سوريا",), CUP)
    assert unpack_lead(pack_lead(lead)) == lead
    assert unpack_lead(json.dumps([["غوط"], []])) == Lead(("غوط",), ())


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
        # an article keeps its storyline, or its storyline was merged into the one it is in now,
        # or its event changed and left it for the one it is in now (logged either way)
        assert now == line or (live[line] == now and ("merged", line, now) in {x[:3] for x in log}) or (
            ("left", line, now) in {x[:3] for x in log})


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


class _Shelf:
    """The part of a store ``rethread`` uses, in memory: stories' profiles and storylines."""

    def __init__(self, profiles: dict[int, Profile], lines: dict[int, int]) -> None:
        self.packed = {s: pack_profile(p) for s, p in profiles.items()}
        self.line: dict[int, int | None] = dict(lines)
        self.log: list[tuple] = []
        self.last_id = 100

    def story_spans(self, stories):
        return {s: (0.0, 0.0, 1) for s in stories if s in self.packed}

    def leads_of(self, spans):
        return {}

    def set_profile(self, story, packed):
        self.packed[story] = packed

    def profiles_of(self, stories):
        return {s: self.packed[s] for s in stories if s in self.packed}

    def profiles_since(self, since):
        return [(s, self.packed[s], self.line.get(s)) for s in sorted(self.packed)]

    def storylines_of(self, stories):
        return {s: self.line.get(s) for s in stories}

    def storyline_events(self, lines):
        return Counter(x for x in self.line.values() if x in set(lines))

    def new_storyline(self):
        self.last_id += 1
        return self.last_id

    def set_storyline(self, story, line):
        self.line[story] = line

    def retire_storyline(self, line, into):
        self.line = {s: into if x == line else x for s, x in self.line.items()}

    def refresh_storylines(self, lines):
        pass

    def log_storyline(self, kind, line, other, story, reason):
        self.log.append((kind, line, other, story))


def _rethread(shelf: _Shelf, now: dict[int, Profile], monkeypatch) -> None:
    monkeypatch.setattr(rethread_module, "_profile", lambda story, span, packed, opt: now[story])
    rethread_module.rethread(shelf, Regrouped(touched=set(now)), StorylineOptions())  # type: ignore[arg-type]


def test_an_event_that_changed_is_threaded_again_and_leaves_a_storyline_it_no_longer_links(monkeypatch):
    """The links that put an event in a storyline were made with what it was: when its articles
    change, it is threaded again, and leaves (logged) a storyline it no longer links."""
    shelf = _Shelf({1: event("1", 0, GHOUTA), 2: event("2", 5, GHOUTA)}, {1: 7, 2: 7})
    _rethread(shelf, {2: event("2", 5, {**GHOUTA, "كيماوي": 1.0})}, monkeypatch)
    assert shelf.line == {1: 7, 2: 7} and shelf.log == []  # it still links its storyline: it stays
    _rethread(shelf, {2: event("2", 5, AFRIN)}, monkeypatch)
    assert shelf.line == {1: 7, 2: 101}
    assert shelf.log == [("left", 7, 101, 2)]


def test_a_storyline_all_of_whose_events_changed_keeps_its_id_with_the_earliest(monkeypatch):
    shelf = _Shelf({1: event("1", 0, GHOUTA), 2: event("2", 5, GHOUTA)}, {1: 7, 2: 7})
    _rethread(shelf, {1: event("1", 0, AFRIN), 2: event("2", 5, {**GHOUTA, "كيماوي": 1.0})}, monkeypatch)
    assert shelf.line == {1: 7, 2: 101}
    assert shelf.log == [("left", 7, 101, 2)]


def test_rethreading_reads_only_the_storylines_new_events_can_reach():
    """A small ingest threads its events against the storylines they link to, whole, and those of
    a happening they share; storylines they cannot reach are left unread (they cannot change)."""
    def packed(event: str, *terms: str, happening: str = "") -> str:
        w = 1 / len(terms) ** 0.5
        return pack_profile(Profile(event, 100, 101, tuple((t, w) for t in terms), (), happening))

    fresh = {9: Profile("9", 102, 102, (("غوطه", 0.97), ("قصف", 0.24)), ())}
    context = [
        (1, packed("1", "غوطه", "قصف"), 10),  # linked: its whole storyline comes
        (2, packed("2", "دوما", "حصار"), 10),  # shares no stem, but its storyline is reached
        (3, packed("3", "ليره", "تضخم"), 20),  # another storyline: unread
        (4, packed("4", "قصف", "عفرين", "تركيا", "غصن"), 30),  # a stem in common, too weak a link
        (5, packed("5", "مونديال", happening="كأس العالم 2018"), 40),
        (9, packed("9", "غوطه"), 10),
    ]
    assert [r[0] for r in rethread_module._reachable(context, fresh, 0.15)] == [1, 2, 9]
    fresh[9] = replace(fresh[9], happening="كأس العالم 2018")
    assert [r[0] for r in rethread_module._reachable(context, fresh, 0.15)] == [1, 2, 5, 9]


def test_a_review_of_the_papers_is_about_no_known_happening():
    # FR-internationalNews-380-20180312: France 24's press review named the Ghouta offensive in its
    # lead and took an event about Marine Le Pen's party into that storyline
    lead = ("في الصحف اليوم: استيلاء القوات الحكومية السورية على أكثر من نصف المناطق التي كانت تحت سيطرة "
            "الفصائل المعارضة في الغوطة الشرقية، وتواصل الحملة العسكرية لقوات النظام.")
    news = "استولت القوات الحكومية السورية على أكثر من نصف الغوطة الشرقية، وتواصل الحملة العسكرية."
    day = datetime(2018, 3, 12, 9)
    review = analyse(Article("r", lead, title="التجمع الوطني: لا شيء جوهريا تغير", published=day))
    report = analyse(Article("n", news, title="قوات النظام في الغوطة الشرقية", published=day))
    assert lead_of(review).happening == ""
    assert lead_of(report).happening == "هجوم الغوطة الشرقية"
