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
