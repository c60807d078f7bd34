"""Story clustering against hand-labelled ANT story clusters (tests/data/ant_story_labels.tsv):
B-cubed precision and recall over the labelled articles, with the labelled articles mixed into
other articles of the same days, through the corpus store as a desk would use it."""
from __future__ import annotations

import json
import random
import sqlite3
from collections import defaultdict
from datetime import datetime, timedelta

import pytest

from khulasa.pipeline.ingest import ingest

from .conftest import ROOT

LABELS = ROOT / "tests" / "data" / "ant_story_labels.tsv"
DISTRACTORS = 2500  # other articles from the labelled days


def read_labels() -> dict[str, str]:
    gold = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("story\t") or not line.strip():
            continue
        story, article, *_ = line.split("\t")
        gold[article] = story
    return gold


def bcubed(gold: dict[str, str], predicted: dict[str, object]) -> tuple[float, float]:
    """Mean per-article precision and recall of the predicted cluster against the labelled one,
    both restricted to the labelled articles (Bagga & Baldwin 1998; Amigó et al. 2009)."""
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for a, s in gold.items():
        by_gold[s].add(a)
        by_pred[predicted[a]].add(a)
    p = sum(len(by_pred[predicted[a]] & by_gold[gold[a]]) / len(by_pred[predicted[a]]) for a in gold) / len(gold)
    r = sum(len(by_pred[predicted[a]] & by_gold[gold[a]]) / len(by_gold[gold[a]]) for a in gold) / len(gold)
    return p, r


def test_bcubed_of_a_perfect_and_of_a_lumped_clustering():
    gold = {"a": 1, "b": 1, "c": 2, "d": 3}
    assert bcubed(gold, gold) == (1.0, 1.0)
    p, r = bcubed(gold, {"a": 0, "b": 0, "c": 0, "d": 0})
    assert r == 1.0 and p == pytest.approx((2 / 4 + 2 / 4 + 1 / 4 + 1 / 4) / 4)


def test_the_labels_are_many_multi_outlet_stories(ant_rows):
    gold = read_labels()
    outlets = {r["id"]: r["source"] for r in ant_rows}
    assert set(gold) <= set(outlets)
    per_story = defaultdict(set)
    for a, s in gold.items():
        per_story[s].add(outlets[a])
    assert sum(1 for o in per_story.values() if len(o) > 1) >= 30


@pytest.mark.corpus
def test_stories_match_the_labelled_clusters(ant_rows, tmp_path):
    gold = read_labels()
    labelled = [r for r in ant_rows if r["id"] in gold]
    days = {datetime.fromisoformat(r["published"]).date() for r in labelled}
    near = {d + timedelta(days=k) for d in days for k in (-1, 0, 1)}
    others = [
        r for r in ant_rows
        if r["id"] not in gold and r.get("published") and datetime.fromisoformat(r["published"]).date() in near
    ]
    mix = labelled + random.Random(7).sample(others, DISTRACTORS)
    path = tmp_path / "mix.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in mix) + "\n", encoding="utf-8")
    db = tmp_path / "news.db"
    ingest(path, db, progress=False)
    with sqlite3.connect(db) as c:
        predicted = dict(c.execute("SELECT id, story FROM articles"))
    p, r = bcubed(gold, predicted)
    print(f"\nB-cubed over {len(gold)} labelled articles in {len(set(gold.values()))} stories, "
          f"mixed with {DISTRACTORS} others of the same days: precision {p:.3f}, recall {r:.3f}")
    assert p >= 0.89 and r >= 0.90
