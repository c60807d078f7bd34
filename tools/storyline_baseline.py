"""Print how today's stories fall against issue 15's labels, as a baseline for the work to come.

    python tools/storyline_baseline.py --db news.db    # a whole-corpus store (articles.id, .story), read only

Events (ant_story_labels.tsv with ant_event_labels_more.tsv): B-cubed precision and recall over the
labelled articles, and the share of hard-negative pairs (two clusters of one '# hard negatives' group)
that share a story. Storylines (ant_storyline_labels.tsv): for each, how many stories its core
articles fall into, the pair recall (two core articles in the same story) and the share of its near
misses that share a story with one of its cores. Nothing is asserted; the scores are the pipeline's.
Corpus: the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AJSE 46(8), 2021).
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import label_storylines as labels

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
EVENT_FILES = (DATA / "ant_story_labels.tsv", DATA / "ant_event_labels_more.tsv")
STORYLINES = DATA / "ant_storyline_labels.tsv"


def event_gold() -> tuple[dict[str, str], list[list[str]]]:
    gold, groups = {}, []
    for path in EVENT_FILES:
        comments, rows = labels.read_rows(path)
        gold.update({r.fields["article"]: r.fields["story"] for r in rows})
        groups += labels.hard_negative_groups(comments)
    return gold, groups


def storyline_gold() -> dict[str, dict[str, set[str]]]:
    by_name: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in labels.read_rows(STORYLINES)[1]:
        by_name[r.fields["storyline"]][r.fields["role"]].add(r.fields["article"])
    return by_name


def bcubed(gold: dict[str, str], story: dict[str, object]) -> tuple[float, float]:
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for a, s in gold.items():
        by_gold[s].add(a)
        by_pred[story[a]].add(a)
    both = {a: len(by_pred[story[a]] & by_gold[gold[a]]) for a in gold}
    p = sum(both[a] / len(by_pred[story[a]]) for a in gold) / len(gold)
    r = sum(both[a] / len(by_gold[gold[a]]) for a in gold) / len(gold)
    return p, r


def hard_negatives_merged(gold: dict[str, str], groups: list[list[str]], story: dict[str, object]) -> tuple[int, int]:
    members = defaultdict(list)
    for a, s in gold.items():
        members[s].append(a)
    merged = total = 0
    for group in groups:
        for x, y in combinations(group, 2):
            for a in members[x]:
                for b in members[y]:
                    total += 1
                    merged += story[a] == story[b]
    return merged, total


def report_events(story: dict[str, object]) -> None:
    gold, groups = event_gold()
    gold = {a: s for a, s in gold.items() if a in story}
    p, r = bcubed(gold, story)
    merged, total = hard_negatives_merged(gold, groups, story)
    print(f"events: {len(gold)} articles in {len(set(gold.values()))} clusters: B-cubed precision {p:.3f}, "
          f"recall {r:.3f}, F1 {2 * p * r / (p + r):.3f}; hard-negative pairs in one story {merged}/{total} "
          f"({merged / max(total, 1):.1%})")


def report_storylines(story: dict[str, object]) -> None:
    pairs = joined = same = near_total = 0
    for name, roles in sorted(storyline_gold().items()):
        core = [a for a in roles["core"] if a in story]
        stories = {story[a] for a in core}
        in_one = sum(story[a] == story[b] for a, b in combinations(core, 2))
        n_pairs = len(core) * (len(core) - 1) // 2
        near = [a for a in roles["near_miss"] if a in story and story[a] in stories]
        print(f"  {name}: {len(core)} core in {len(stories)} stories, pair recall {in_one / max(n_pairs, 1):.2f}, "
              f"near misses joined {len(near)}/{len(roles['near_miss'])}")
        pairs, same = pairs + n_pairs, same + in_one
        joined, near_total = joined + len(near), near_total + len(roles["near_miss"])
    print(f"storylines: pair recall {same / max(pairs, 1):.3f}, near misses joined {joined}/{near_total} "
          f"({joined / max(near_total, 1):.1%})")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="storyline_baseline.py")
    ap.add_argument("--db", type=Path, required=True, help="a store that holds the labelled articles")
    args = ap.parse_args(argv)
    with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as c:
        story = dict(c.execute("SELECT id, story FROM articles"))
    report_events(story)
    report_storylines(story)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
