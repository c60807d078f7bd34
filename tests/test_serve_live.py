"""khulasa serve while an ingest writes to the same store: every request answers, and every
page shows the store as of a whole batch (never half of one)."""
from __future__ import annotations

import threading
import warnings
from itertools import islice

import pytest

from khulasa.pipeline.ingest import ingest
from khulasa.serve import create_app

from .test_serve import client_for

FIRST, BATCH, BATCHES = 15, 15, 3


@pytest.fixture(scope="module")
def slice_files(ant_slice, tmp_path_factory):
    folder = tmp_path_factory.mktemp("live")
    lines = list(islice(ant_slice.open(encoding="utf-8"), FIRST + BATCH * BATCHES))
    (folder / "first.jsonl").write_text("".join(lines[:FIRST]), encoding="utf-8")
    (folder / "rest.jsonl").write_text("".join(lines[FIRST:]), encoding="utf-8")
    return folder


def test_pages_read_whole_batches_while_an_ingest_writes(slice_files):
    db = slice_files / "news.db"
    ingest(slice_files / "first.jsonl", db, progress=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        create_app(db)  # a store that exists can be served
    boundaries = {FIRST + BATCH * k for k in range(BATCHES + 1)}
    seen: list[int] = []
    problems: list[str] = []
    done = threading.Event()

    def read() -> None:
        with client_for(db) as client:
            while not done.is_set() or len(seen) < 3:
                for path in ("/api/stories?since=1900-01-01", "/", "/figures", "/search?q=سوريا", "/api/figures"):
                    r = client.get(path)
                    if r.status_code != 200:
                        problems.append(f"{path}: {r.status_code} {r.text[:200]}")
                body = client.get("/api/stories?since=1900-01-01").json()
                seen.append(body["store"]["articles"])
                with client.app.state.reader.snapshot() as snap:
                    c = snap.catalogue()
                    if sum(s.size for s in c.stories.values()) != len(c.articles):
                        problems.append(f"stories hold {sum(s.size for s in c.stories.values())} of {len(c.articles)}")

    reader = threading.Thread(target=read)
    reader.start()
    try:
        report = ingest(slice_files / "rest.jsonl", db, batch=BATCH, progress=False)
    finally:
        done.set()
        reader.join(timeout=120)
    assert report.added + report.copies == BATCH * BATCHES
    assert problems == []
    assert set(seen) <= boundaries, sorted(set(seen) - boundaries)
    assert seen == sorted(seen)  # never back in time
    assert seen[-1] == FIRST + BATCH * BATCHES
    assert len(set(seen)) >= 2  # the reader did see the store change


def test_an_article_replaced_under_a_number_given_again_is_read_again(tmp_path_factory, tmp_path):
    """SQLite gives the number of the last article again when that article is replaced: the
    server must not keep what it read of the old one."""
    import shutil

    from .conftest import SEEDS
    from .test_serve import shared_store

    db = tmp_path / "news.db"
    shutil.copy(shared_store(tmp_path_factory), db)
    with client_for(db) as client:
        before = client.get("/api/figures", params={"per_page": 500}).json()
        last = max(SEEDS.glob("*.txt"))
        edited = tmp_path / last.name
        edited.write_text(last.read_text(encoding="utf-8") + "\nوقتل 777 مدنيا في دوما أمس.\n", encoding="utf-8")
        report = ingest(edited, db, progress=False)
        assert report.replaced == 1
        after = client.get("/api/figures", params={"per_page": 500}).json()
    assert 777 not in [f["value"] for f in before["figures"]]
    assert [f["article"] for f in after["figures"] if f["value"] == 777] == [last.stem]
    assert after["total"] == before["total"] + 1
