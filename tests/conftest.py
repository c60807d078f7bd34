from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
ANT = SHARED / "data" / "ant-v2.1" / "articles.jsonl.gz"
INPUTS = Path(__file__).resolve().parent / "data" / "inputs"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    assert SEEDS.is_dir(), f"the seed articles are expected at {SEEDS}"
    return SEEDS


@pytest.fixture(scope="session")
def seed_digest(seeds_dir):
    import khulasa

    return khulasa.digest(seeds_dir)


@pytest.fixture(scope="session")
def ant_rows() -> list[dict]:
    if not ANT.exists():
        pytest.skip(f"ANT corpus not found at {ANT}")
    with gzip.open(ANT, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


SLICE = 1500  # ANT articles from 1 March 2018 on, in publication order


@pytest.fixture(scope="session")
def ant_slice(ant_rows, tmp_path_factory):
    march_on = (r for r in ant_rows if (r.get("published") or "") >= "2018-03-01")
    rows = sorted(march_on, key=lambda r: r["published"])[:SLICE]
    path = tmp_path_factory.mktemp("ant") / "slice.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def reference(ant_slice, tmp_path_factory):
    """The slice ingested in one batch."""
    from khulasa.pipeline.ingest import ingest

    db = tmp_path_factory.mktemp("ref") / "news.db"
    report = ingest(ant_slice, db, batch=SLICE, progress=False)
    return db, report



def pytest_collection_modifyitems(config, items):
    """A test that reads the ANT corpus (through ``ant_rows``, directly or by another
    fixture) is a corpus test whether or not it says so: ``-m "not corpus"`` leaves it out."""
    corpus = pytest.mark.corpus
    for item in items:
        if "ant_rows" in getattr(item, "fixturenames", ()) and item.get_closest_marker("corpus") is None:
            item.add_marker(corpus)


def pytest_terminal_summary(terminalreporter):
    """The size of the hand-made date set, reported rather than asserted as a test."""
    from .test_dates import hand_made_size

    terminalreporter.write_line(f"khulasa: hand-made date cases: {hand_made_size()}")
