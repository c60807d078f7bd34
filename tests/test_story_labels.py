"""Event grouping against hand-labelled ANT event clusters (issue 15): tests/data/ant_story_labels.tsv
and ant_event_labels_more.tsv, whose union is the issue's event set. B-cubed precision and recall over
the labelled articles, and the share of hard-negative pairs merged (two articles of two clusters named
on one '# hard negatives' line, different events of the same days and topic, that share a story),
with the labelled articles mixed into other articles of the same days, through the corpus store as a
desk would use it. tools/event_lab.py scores the same mix in seconds, per file and on a tuning and a
held-out half."""
from __future__ import annotations

import json
import random
import re
import sqlite3
from collections import defaultdict
from datetime import datetime, timedelta
from itertools import combinations

import pytest

from khulasa.pipeline.ingest import ingest

from .conftest import ROOT

LABELS = (ROOT / "tests" / "data" / "ant_story_labels.tsv", ROOT / "tests" / "data" / "ant_event_labels_more.tsv")
HARD_NEGATIVES = re.compile(r"^#\s*hard negatives:\s*(.+)$")
DISTRACTORS = 2500  # other articles from the labelled days


def read_labels() -> tuple[dict[str, str], list[list[str]]]:
    """Labelled article -> its event cluster, over both files; and the hard-negative groups."""
    gold, groups = {}, []
    for path in LABELS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if m := HARD_NEGATIVES.match(line):
                groups.append([c.strip() for c in m.group(1).split("|")])
            if line.startswith("#") or line.startswith("story\t") or not line.strip():
                continue
            story, article, *_ = line.split("\t")
            gold[article] = story
    return gold, groups


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


def hard_negatives_merged(
    gold: dict[str, str], groups: list[list[str]], predicted: dict[str, object]
) -> tuple[int, int]:
    """(pairs merged, pairs) over the articles of two clusters of one hard-negative group."""
    members = defaultdict(list)
    for a, s in gold.items():
        members[s].append(a)
    merged = total = 0
    for group in groups:
        for x, y in combinations(group, 2):
            for a in members[x]:
                for b in members[y]:
                    total += 1
                    merged += predicted[a] == predicted[b]
    return merged, total


def test_bcubed_of_a_perfect_and_of_a_lumped_clustering():
    gold = {"a": 1, "b": 1, "c": 2, "d": 3}
    assert bcubed(gold, gold) == (1.0, 1.0)
    p, r = bcubed(gold, {"a": 0, "b": 0, "c": 0, "d": 0})
    assert r == 1.0 and p == pytest.approx((2 / 4 + 2 / 4 + 1 / 4 + 1 / 4) / 4)


def test_hard_negative_pairs_are_counted_across_the_clusters_of_a_group():
    gold = {"a": "x", "b": "x", "c": "y", "d": "z"}
    assert hard_negatives_merged(gold, [["x", "y", "z"]], {"a": 0, "b": 1, "c": 0, "d": 2}) == (1, 5)


def test_the_labels_are_many_multi_outlet_events_with_hard_negatives(ant_rows):
    gold, groups = read_labels()
    outlets = {r["id"]: r["source"] for r in ant_rows}
    assert set(gold) <= set(outlets)
    per_story = defaultdict(set)
    for a, s in gold.items():
        per_story[s].add(outlets[a])
    assert sum(1 for o in per_story.values() if len(o) > 1) >= 60
    assert {c for g in groups for c in g} <= set(per_story) and len(groups) >= 20


@pytest.mark.corpus
def test_stories_match_the_labelled_events(ant_rows, tmp_path):
    gold, groups = read_labels()
    labelled = [r for r in ant_rows if r["id"] in gold]
    days = {datetime.fromisoformat(r["published"]).date() for r in labelled}
    near = {d + timedelta(days=k) for d in days for k in (-1, 0, 1)}
    others = [
        r for r in ant_rows
        if r["id"] not in gold and r.get("published") and r["text"].strip()
        and datetime.fromisoformat(r["published"]).date() in near
    ]
    mix = labelled + random.Random(7).sample(others, DISTRACTORS)
    path = tmp_path / "mix.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in mix) + "\n", encoding="utf-8")
    db = tmp_path / "news.db"
    ingest(path, db, progress=False, figures=False)  # figures play no part in the grouping
    with sqlite3.connect(db) as c:
        predicted = dict(c.execute("SELECT id, story FROM articles"))
    p, r = bcubed(gold, predicted)
    f1 = 2 * p * r / (p + r)
    merged, total = hard_negatives_merged(gold, groups, predicted)
    print(f"\nB-cubed over {len(gold)} labelled articles in {len(set(gold.values()))} events, mixed with "
          f"{DISTRACTORS} others of the same days: precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f}; "
          f"hard-negative pairs in one story {merged}/{total} ({merged / total:.1%})")
    assert f1 >= 0.95 and merged / total <= 0.05
