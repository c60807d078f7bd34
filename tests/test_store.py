"""The corpus store: idempotent, incremental ingest; copies; stories that do not depend on how
the input was cut into batches; crash safety with a real kill -9; readers during an ingest."""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from khulasa.model import Article
from khulasa.pipeline.ingest import ingest
from khulasa.pipeline.stored import digest_stored, stories
from khulasa.read import read_paths
from khulasa.store.store import Store, StoreError

from .conftest import SEEDS, SLICE


def partition(db) -> set[frozenset[str]]:
    return {frozenset(s["articles"]) for s in stories(db)}


def copies(db) -> dict[str, str]:
    with sqlite3.connect(db) as c:
        q = "SELECT a.id, o.id FROM articles a JOIN articles o ON o.n = a.duplicate_of"
        return dict(c.execute(q).fetchall())


def test_seeds_make_one_story_and_a_repeat_ingest_adds_nothing(tmp_path):
    db = tmp_path / "news.db"
    first = ingest(SEEDS, db, progress=False)
    assert (first.read, first.added, first.copies) == (5, 5, 0)
    (story,) = stories(db)
    assert len(story["articles"]) == 5 and "الغوطة" in story["title"]
    again = ingest(SEEDS, db, progress=False)
    assert (again.added, again.unchanged, again.total) == (0, 5, 5)
    assert stories(db) == [story]


def test_a_digest_from_the_store_is_the_digest_of_the_files(tmp_path, seed_digest):
    db = tmp_path / "news.db"
    ingest(SEEDS, db, progress=False)
    stored = digest_stored(db)
    (story,) = stored.stories
    (direct,) = seed_digest.stories
    assert [(e.article, e.start, e.end) for e in story.digest] == [(e.article, e.start, e.end) for e in direct.digest]
    assert [(f.article, f.start, f.value) for f in story.figures] == [
        (f.article, f.start, f.value) for f in direct.figures
    ]
    # the timeline from the stored sentences is the timeline from the files
    assert [(e.first, e.last, e.article, e.start) for e in story.timeline] == [
        (e.first, e.last, e.article, e.start) for e in direct.timeline
    ]
    assert [len(c.figures) for c in story.claims] == [len(c.figures) for c in direct.claims]
    # spans point into the stored texts
    by_id = {a.id: a for a in stored.articles}
    assert all(by_id[e.article].text[e.start:e.end] == e.text for e in story.digest)


def test_a_copy_arriving_later_is_one_voice(tmp_path):
    seeds, _ = read_paths([SEEDS])
    original = next(a for a in seeds if a.id.startswith("003"))
    when = datetime(2018, 3, 17, 9, tzinfo=UTC)
    db = tmp_path / "news.db"
    ingest([Article(id="wire-a", text=original.text, source="a", published=when)], db, progress=False)
    later = Article(id="wire-b", text=original.text + "\nتابعونا على مواقع التواصل.", source="b",
                    published=when.replace(hour=11))
    report = ingest([later], db, progress=False)
    assert (report.added, report.copies) == (0, 1)
    assert copies(db) == {"wire-b": "wire-a"}
    (story,) = stories(db)
    assert story["articles"] == ["wire-a", "wire-b"] and story["outlets"] == ["a", "b"]
    result = digest_stored(db)
    assert {f.article for f in result.stories[0].figures} == {"wire-a"}


def test_an_article_updated_in_place_is_replaced(tmp_path):
    db = tmp_path / "news.db"
    text = "قالت الأمم المتحدة إن قافلة مساعدات دخلت مدينة دوما في الغوطة الشرقية يوم الخميس."
    ingest([Article(id="x", text=text)], db, progress=False)
    report = ingest([Article(id="x", text=text + " وأضافت أن القافلة حملت أغذية لسبعة آلاف شخص.")], db, progress=False)
    assert (report.replaced, report.total) == (1, 1)
    (article,) = digest_stored(db).articles
    assert "سبعة آلاف" in article.text


def test_two_linked_articles_updated_together_are_both_replaced(tmp_path):
    # found by `khulasa watch`: the first removed named the second, removed next, as one to regroup
    seeds, _ = read_paths([SEEDS])
    first, second, third = sorted(seeds, key=lambda a: a.id)[:3]
    when = datetime(2018, 3, 17, 9, tzinfo=UTC)
    two = [Article(id="a", text=first.text, source="s", published=when),
           Article(id="b", text=first.text + "\n" + second.text, source="t", published=when)]
    db = tmp_path / "news.db"
    ingest(two, db, progress=False)
    # a later article, so that the two numbers freed are not the highest (SQLite would reuse those)
    ingest([Article(id="c", text=third.text, source="u", published=when.replace(hour=10))], db, progress=False)
    report = ingest([replace(a, text=a.text + "\nوأضاف المصدر أن الوضع هادئ.") for a in two], db, progress=False)
    assert (report.replaced, report.total) == (2, 3)
    assert {"a", "b"} <= {a for s in stories(db) for a in s["articles"]}


@pytest.mark.corpus
def test_ant_slice_copies_are_found_and_kept_with_their_originals(reference, ant_rows):
    db, report = reference
    assert report.read == SLICE and report.added + report.copies == SLICE
    found = copies(db)
    assert len(found) == report.copies and report.copies > 50  # France24 files many articles twice
    story_of = {a: frozenset(s["articles"]) for s in stories(db) for a in s["articles"]}
    assert all(story_of[c] == story_of[o] for c, o in found.items())
    text = {r["id"]: r["text"] for r in ant_rows}
    from khulasa.analyse.fingerprint import SHINGLE
    from khulasa.arabic.normalize import normalize

    def shingles(t):
        w = normalize(t).split()
        return {tuple(w[i:i + SHINGLE]) for i in range(max(1, len(w) - SHINGLE + 1))}

    for c, o in list(found.items())[:200]:
        a, b = shingles(text[c]), shingles(text[o])
        assert len(a & b) / len(a | b) >= 0.7, (c, o)


@pytest.mark.corpus
def test_stories_do_not_depend_on_the_batches_and_merges_are_logged(reference, ant_slice, tmp_path):
    db, _ = reference
    small = tmp_path / "small.db"
    report = ingest(ant_slice, small, batch=150, progress=False, figures=False)  # figures play no part in grouping
    assert partition(small) == partition(db)
    assert copies(small) == copies(db)
    assert report.merges > 0  # stories that later articles joined together
    with sqlite3.connect(small) as c:
        logged = c.execute("SELECT story, other, article FROM story_log WHERE kind='merged'").fetchall()
        assert len(logged) == report.merges
        for story, _into, article in logged:
            assert c.execute("SELECT merged_into FROM stories WHERE id=?", (story,)).fetchone()[0] is not None
            assert c.execute("SELECT story FROM articles WHERE id=?", (article,)).fetchone()[0] is not None
    # a merged story id still leads to its story
    story, _into, _ = logged[0]
    with Store(small, create=False) as s:
        assert s.resolve_story(story) is not None


@pytest.mark.corpus
def test_adding_articles_later_gives_the_stories_of_one_ingest(reference, ant_slice, tmp_path):
    db, _ = reference
    rows = ant_slice.read_text(encoding="utf-8").splitlines()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(rows[: SLICE - 100]) + "\n", encoding="utf-8")
    second.write_text("\n".join(rows[SLICE - 100:]) + "\n", encoding="utf-8")
    grown = tmp_path / "grown.db"
    ingest(first, grown, progress=False, figures=False)  # figures play no part in grouping
    report = ingest([first, second], grown, progress=False, figures=False)
    assert (report.unchanged, report.added + report.copies) == (SLICE - 100, 100)
    assert partition(grown) == partition(db)


@pytest.mark.corpus
def test_filters_by_date_and_query(reference):
    db, _ = reference
    every = stories(db)
    assert sum(len(s["articles"]) for s in every) == SLICE
    early = stories(db, until="2018-03-03")
    assert early and all(s["first"] <= "2018-03-03T23:59:59.999999+00:00" for s in early)
    ghouta = stories(db, query="الغوطة")
    assert ghouta and len(ghouta) < len(every)
    phrase = stories(db, query="الغوطة الشرقية")
    assert phrase and {s["id"] for s in phrase} <= {s["id"] for s in ghouta}
    with Store(db, create=False) as s:
        for story in ghouta[:20]:
            texts = [
                s.db.execute("SELECT text FROM articles WHERE id=?", (a,)).fetchone()[0] for a in story["articles"]
            ]
            assert any("غوطة" in t for t in texts)
        for story in phrase:
            texts = [
                s.db.execute("SELECT title || ' ' || text FROM articles WHERE id=?", (a,)).fetchone()[0]
                for a in story["articles"]
            ]
            assert any(re.search(r"غوطة\W+(?:\w+\W+)?\w*شرقي", t) for t in texts), story["title"]
    with pytest.raises(ValueError, match="no content words"):
        stories(db, query="في من")


@pytest.mark.corpus
def test_a_killed_ingest_leaves_a_consistent_store_that_the_next_ingest_completes(reference, ant_slice, tmp_path):
    db, _ = reference
    crashed = tmp_path / "crashed.db"
    cmd = [sys.executable, "-m", "khulasa", "ingest", str(ant_slice), "--db", str(crashed), "--batch", "150", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = []
    try:
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None:
            if crashed.exists():
                try:
                    # a reader while the ingest writes (WAL): never blocked, always a whole batch
                    rows = stories(crashed)
                    seen.append(sum(len(s["articles"]) for s in rows))
                except StoreError:
                    pass  # created but its schema not yet committed
                if seen and seen[-1] >= 450:
                    break
            time.sleep(0.05)
        assert proc.poll() is None, proc.stderr.read().decode()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert all(n % 150 == 0 for n in seen)
    with sqlite3.connect(crashed) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = c.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert kept % 150 == 0 and 450 <= kept < SLICE
        assert c.execute("SELECT count(*) FROM articles WHERE story IS NULL").fetchone()[0] == 0
        sizes = dict(c.execute("SELECT id, size FROM stories WHERE size > 0"))
        counted = dict(c.execute("SELECT story, count(*) FROM articles GROUP BY story"))
        assert sizes == counted
    resumed = ingest(ant_slice, crashed, batch=150, progress=False)
    assert resumed.unchanged == kept and resumed.total == SLICE
    assert partition(crashed) == partition(db)


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a khulasa database"):
        Store(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=r"junk\.db"):
        stories(junk)
    with pytest.raises(StoreError, match="no such database"):
        stories(tmp_path / "missing.db")


def test_cli_ingest_stories_and_digest(tmp_path):
    db = tmp_path / "news.db"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "khulasa", *args], capture_output=True, text=True)

    r = run("ingest", str(SEEDS), str(tmp_path / "missing"), "--db", str(db))
    assert r.returncode == 0 and "added 5" in r.stdout
    assert "missing: no such file or directory" in r.stderr
    r = run("stories", "--db", str(db), "--format", "json")
    data = json.loads(r.stdout)
    assert data["schema"] == "khulasa/2" and data["articles"] == 5
    (story,) = data["stories"]
    assert set(story) >= {"id", "title", "articles", "outlets", "first", "last"}
    out = tmp_path / "story.html"
    r = run("digest", "--db", str(db), "--story", str(story["id"]), "--format", "html", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert '<html lang="ar" dir="rtl">' in out.read_text(encoding="utf-8")
    r = run("digest", "--db", str(db), "--story", "999")
    assert r.returncode == 2 and "no story 999" in r.stderr


def test_an_article_the_analysis_fails_on_is_reported_and_the_rest_stored(tmp_path, monkeypatch):
    import khulasa.analyse.article as per_article  # the per-article analysis the ingest runs

    real = per_article.analyse

    def analyse(article):
        if article.id == "bad":
            raise ValueError("cannot read this one")
        return real(article)

    monkeypatch.setattr(per_article, "analyse", analyse)
    good = Article(id="good", text="قالت الأمم المتحدة إن قافلة مساعدات دخلت مدينة دوما في الغوطة الشرقية يوم الخميس.")
    bad = Article(id="bad", text="نص آخر عن موضوع آخر في مدينة أخرى تماما.")
    report = ingest([good, bad], tmp_path / "news.db", progress=False)
    assert report.added == 1 and report.total == 1
    (problem,) = report.skipped
    assert "bad" in str(problem) and "analysis failed (ValueError: cannot read this one)" in str(problem)


def test_copies_of_an_article_updated_in_place_stay_and_follow_the_new_version(tmp_path):
    seeds, _ = read_paths([SEEDS])
    original = next(a for a in seeds if a.id.startswith("003"))
    when = datetime(2018, 3, 17, 9, tzinfo=UTC)
    db = tmp_path / "news.db"
    ingest([Article(id="wire-a", text=original.text, source="a", published=when),
            Article(id="wire-b", text=original.text, source="b", published=when.replace(hour=11))], db, progress=False)
    assert copies(db) == {"wire-b": "wire-a"}
    updated = Article(
        id="wire-a", text=original.text + "\nوأفاد المرصد لاحقا بخروج ألفي مدني آخرين.", source="a", published=when
    )
    report = ingest([updated], db, progress=False)
    assert (report.replaced, report.total) == (1, 2)
    assert copies(db) == {"wire-b": "wire-a"}
    (story,) = stories(db)
    assert story["articles"] == ["wire-a", "wire-b"]
    with sqlite3.connect(db) as c:
        sizes = dict(c.execute("SELECT id, size FROM stories WHERE size > 0"))
        assert sizes == dict(c.execute("SELECT story, count(*) FROM articles GROUP BY story"))


def test_digests_over_a_large_store_are_the_same_on_workers_and_in_one_process(reference, monkeypatch):
    """1,500 stored articles are digested by forked workers that open the store themselves;
    the result is the one this process gets alone."""
    import khulasa.pipeline.engines

    db, report = reference
    on_workers = digest_stored(db)
    monkeypatch.setattr(khulasa.pipeline.engines, "local_cores", lambda: 1)
    alone = digest_stored(db)

    def summary(d):
        return [
            (s.id, s.title, s.articles, [(e.article, e.start, e.end) for e in s.digest],
             [(f.article, f.start, f.value, f.measure, f.as_of_first) for f in s.figures],
             [(c.measure, c.values, c.agree) for c in s.claims],
             [(e.first, e.last, e.article, e.start, e.also) for e in s.timeline])
            for s in d.stories
        ]

    assert len(on_workers.stories) == len(alone.stories) > 500
    assert summary(on_workers) == summary(alone)
    assert [(a.id, a.anchor) for a in on_workers.articles] == [(a.id, a.anchor) for a in alone.articles]
    assert len(on_workers.articles) == report.total and all(not a.sentences for a in on_workers.articles)
    assert sum(len(s.timeline) for s in alone.stories) > 1000


def test_a_review_of_the_papers_titles_no_stored_story_another_heading_can(tmp_path):
    # FR-internationalNews-34-20180220: France 24's press review, the most linked article of the Ghouta
    # offensive's first event, titled it «الغاز الإسرائيلي وتغيير العلاقات الاستراتيجية في المنطقة؟»
    day = datetime(2018, 2, 20, 9, tzinfo=UTC)
    body = "حيث قتل وجرح عشرات المدنيين في قصف لقوات النظام السوري على الغوطة الشرقية قرب دمشق."
    review = Article("a-review", "تابعت الصحف العالمية الصادرة اليوم الوضع في الغوطة الشرقية قرب دمشق " + body * 3,
                     title="الغاز الإسرائيلي وتغيير العلاقات الاستراتيجية في المنطقة؟", published=day)
    news = Article("b-news", "قتل عشرات المدنيين في الغوطة الشرقية قرب دمشق " + body,
                   title="مقتل عشرات المدنيين في قصف على الغوطة الشرقية", published=day)
    ingest([review, news], tmp_path / "news.db", progress=False, figures=False)
    with sqlite3.connect(tmp_path / "news.db") as c:
        titles = {t for (t,) in c.execute("SELECT title FROM stories WHERE size > 0")}
    assert titles == {"مقتل عشرات المدنيين في قصف على الغوطة الشرقية"}
