"""``khulasa watch``: a store kept up to date from folders a feed drops files into."""
from __future__ import annotations

import os
import shutil
import sqlite3
import time

import pytest

from khulasa.cli import main
from khulasa.pipeline.engines import LocalEngine
from khulasa.pipeline.watch import Seen, look, watch
from khulasa.store.store import Store


def _settled(path) -> None:
    """As if written a while ago: a file written just now may still be being written."""
    old = time.time() - 60
    os.utime(path, (old, old))


def _count(db) -> int:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT count(*) FROM articles").fetchone()[0]


@pytest.fixture
def feed(tmp_path, seeds_dir):
    folder = tmp_path / "feed"
    folder.mkdir()
    for path in sorted(seeds_dir.glob("*.txt"))[:2]:
        shutil.copy(path, folder / path.name)
        _settled(folder / path.name)
    return folder


def test_a_look_takes_new_files_once_and_a_changed_file_again(feed, tmp_path, seeds_dir):
    db = tmp_path / "news.db"
    seen, store, engine = Seen(), Store(db), LocalEngine(workers=1)
    try:
        first = look([feed], store, engine, seen, figures=False)
        assert len(first.files) == 2 and first.report is not None and first.report.added == 2
        assert look([feed], store, engine, seen, figures=False).report is None  # nothing new
        third = sorted(seeds_dir.glob("*.txt"))[2]
        shutil.copy(third, feed / third.name)
        assert look([feed], store, engine, seen, figures=False).files == []  # just written: left for later
        _settled(feed / third.name)
        new = look([feed], store, engine, seen, figures=False)
        assert [p.name for p in new.files] == [third.name] and new.report.added == 1
        # a file written again with other text: its article is replaced, not added
        changed = feed / third.name
        changed.write_text(third.read_text(encoding="utf-8") + "\nوأضاف المصدر أن الوضع هادئ.\n", encoding="utf-8")
        _settled(changed)
        os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 10**9))
        again = look([feed], store, engine, seen, figures=False)
        assert again.report is not None and again.report.replaced == 1 and again.report.total == 3
    finally:
        engine.close()
        store.close()


def test_an_unreadable_file_is_reported_once_and_the_rest_is_taken(feed, tmp_path):
    (feed / "broken.jsonl").write_text('{"id": "x", "text": \n', encoding="utf-8")
    _settled(feed / "broken.jsonl")
    seen, store, engine = Seen(), Store(tmp_path / "news.db"), LocalEngine(workers=1)
    try:
        first = look([feed], store, engine, seen, figures=False)
        assert first.report is not None and first.report.added == 2
        assert any("broken.jsonl" in s.path for s in first.skipped)
        assert look([feed], store, engine, seen, figures=False).skipped == []
    finally:
        engine.close()
        store.close()


def test_watch_runs_its_rounds_and_stops_when_told(feed, tmp_path):
    db = tmp_path / "news.db"
    told = []
    assert watch([feed], db, every=0.01, rounds=2, figures=False, on_round=told.append) == 2
    assert len(told) == 1 and _count(db) == 2  # the second look found nothing, and said nothing
    assert watch([feed], db, every=0.01, figures=False, stop=lambda: True) == 0


def test_the_command_reports_each_look_that_took_something(feed, tmp_path, capsys):
    db = tmp_path / "news.db"
    assert main(["watch", str(feed), "--db", str(db), "--rounds", "2", "--every", "0.01", "--no-figures"]) == 0
    out = capsys.readouterr().out
    assert out.count("added 2") == 1 and "the store holds 2 articles" in out
    with pytest.raises(SystemExit) as e:
        main(["watch", str(feed), "--db", str(db), "--every", "0"])
    assert e.value.code == 2
