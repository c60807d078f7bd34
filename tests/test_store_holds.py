"""What already held against hostile use of a store, kept under test: no SQL injection through
ids, sources or queries; two ingests at once leave one consistent store; a reader sees whole
batches while an ingest writes; every span a digest of stored articles shows is exact."""
from __future__ import annotations

import json
import subprocess
import sys
import time

import khulasa
from khulasa import Article

from .conftest import SEEDS

HOSTILE_ID = "x'); DROP TABLE articles; --"
HOSTILE_SOURCE = 'BBC" OR 1=1; DELETE FROM stories; --'


def _seeds() -> list[Article]:
    return [Article(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def _variants(n: int) -> list[Article]:
    """``n`` distinct articles: each a seed with its own opening sentence, so none is a copy."""
    seeds = _seeds()
    return [
        Article(
            id=f"v{k:03d}",
            text=f"قال مراسل رقم {k} إن الأوضاع تتغير في المنطقة الشرقية يوما بعد يوم.\n" + seeds[k % 5].text[k * 40 :],
        )
        for k in range(n)
    ]


def test_ids_sources_and_queries_are_data_not_sql(tmp_path):
    db = tmp_path / "s.db"
    text = _seeds()[0].text
    khulasa.ingest([Article(id=HOSTILE_ID, text=text, source=HOSTILE_SOURCE)], db, progress=False)
    for query in ['" OR 1=1 --', "الغوطة*", "NEAR(الغوطة دوما)", "الغوطة' OR 'a'='a", "{الغوطة}"]:
        try:
            rows = khulasa.stories(db, query=query)
        except ValueError as e:  # a query with no content words is refused, by name
            assert "no content words" in str(e)
            continue
        assert all(HOSTILE_ID in r["articles"] for r in rows)
    (row,) = khulasa.stories(db)
    assert row["articles"] == [HOSTILE_ID] and row["outlets"] == [HOSTILE_SOURCE]
    result = khulasa.digest_stored(db, [int(row["id"])], figures=False)
    assert result.articles[0].id == HOSTILE_ID and result.articles[0].source == HOSTILE_SOURCE


def _ingest_command(path, db, batch):
    return subprocess.Popen(
        [sys.executable, "-m", "khulasa", "ingest", str(path), "--db", str(db), "--batch", str(batch), "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _jsonl(path, articles):
    path.write_text(
        "".join(json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8"
    )
    return path


def test_two_ingests_at_once_leave_the_store_of_one(tmp_path):
    articles = _variants(24)
    a = _jsonl(tmp_path / "a.jsonl", articles[::2])
    b = _jsonl(tmp_path / "b.jsonl", articles[1::2])
    together = tmp_path / "together.db"
    first, second = _ingest_command(a, together, 3), _ingest_command(b, together, 3)
    for p in (first, second):
        _out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    alone = tmp_path / "alone.db"
    khulasa.ingest(_jsonl(tmp_path / "all.jsonl", articles), alone, progress=False)
    stored = {a for r in khulasa.stories(together) for a in r["articles"]}
    assert stored == {a.id for a in articles}
    # the grouping of articles is the same, whatever the order the two writers took turns in
    groups = sorted(sorted(r["articles"]) for r in khulasa.stories(together))
    assert groups == sorted(sorted(r["articles"]) for r in khulasa.stories(alone))


def test_a_reader_sees_whole_batches_while_an_ingest_writes(tmp_path):
    batch = 4
    articles = _variants(40)
    db = tmp_path / "s.db"
    khulasa.ingest(articles[:batch], db, progress=False)  # the store exists before the reader starts
    writer = _ingest_command(_jsonl(tmp_path / "rest.jsonl", articles[batch:]), db, batch)
    seen = set()
    while writer.poll() is None:
        total = sum(len(r["articles"]) for r in khulasa.stories(db))
        seen.add(total)
        time.sleep(0.05)
    assert writer.returncode == 0, writer.stderr.read()
    seen.add(sum(len(r["articles"]) for r in khulasa.stories(db)))
    assert all(n % batch == 0 for n in seen), seen
    assert max(seen) == len(articles)


def test_every_span_of_a_stored_digest_is_exact(reference):
    """The 1,500-article store: digest sentences, figure quotes and sentences, timeline entries
    and their other sightings all quote their article exactly."""
    db, _ = reference
    result = khulasa.digest_stored(db)
    text = {a.id: a.text for a in result.articles}
    checked = 0
    for s in result.stories:
        for e in s.digest:
            assert text[e.article][e.start:e.end] == e.text
            checked += 1
        for f in s.figures:
            assert text[f.article][f.start:f.end] == f.quote
            assert f.sentence_start <= f.start < f.end <= f.sentence_end
            checked += 1
        for ev in s.timeline:
            assert text[ev.article][ev.start:ev.end] == ev.text
            for other in ev.also:
                assert 0 <= other.start < other.end <= len(text[other.article])
            checked += 1 + len(ev.also)
    assert checked > 5000
