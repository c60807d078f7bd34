"""Print the digests of multi-outlet ANT stories for labelling repeated facts, and count the
labelled pairs that a digest still holds.

    python tools/label_redundancy.py print 2018-05-08 2018-07-10     # stories of those days
    python tools/label_redundancy.py count                           # labelled pairs still together
    python tools/label_redundancy.py show                            # labelled stories' digests now

``print`` groups the articles published on each day given, keeps the stories with articles
from at least two outlets, digests each story on its own (as the test rebuilds it) and prints
every digest sentence as ``article:start`` and its text. A labeller writes one row per pair of
sentences that state the same fact to tests/data/digest_redundancy_labels.tsv:
``story`` (the story's article ids, comma-separated), ``a`` and ``b`` (``article:start``),
``seen_in`` (the code the digest came from: before / after) and ``note``.

``count`` rebuilds every labelled story with the code on PYTHONPATH and prints, per story,
the labelled pairs its digest holds, and the total. Run it with PYTHONPATH=/tmp/khulasa-old
(a worktree of the old code) for the numbers before a change.
"""
from __future__ import annotations

import csv
import gzip
import json
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANT = ROOT.parent / "shared" / "data" / "ant-v2.1" / "articles.jsonl.gz"
LABELS = ROOT / "tests" / "data" / "digest_redundancy_labels.tsv"
MIN_ARTICLES = 3
MIN_OUTLETS = 2


def ant_rows() -> list[dict]:
    with gzip.open(ANT, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def as_article(row: dict):
    from khulasa import Article

    published = datetime.fromisoformat(row["published"]) if row.get("published") else None
    return Article(row["id"], row["text"], title=row.get("title"), source=row.get("source"), published=published)


def story_digest(rows: list[dict]):
    """The digest of these articles as one story: the story holding most of them."""
    import khulasa

    result = khulasa.digest([as_article(r) for r in rows], progress=False, figures=False)
    return max(result.stories, key=lambda s: len(s.articles))


def key(excerpt) -> str:
    return f"{excerpt.article}:{excerpt.start}"


def print_day(rows: list[dict], day: str) -> None:
    import khulasa

    todays = [r for r in rows if (r.get("published") or "").startswith(day)]
    by_id = {r["id"]: r for r in todays}
    result = khulasa.digest([as_article(r) for r in todays], progress=False, figures=False)
    for story in result.stories:
        outlets = {by_id[i]["source"] for i in story.articles}
        if len(story.articles) < MIN_ARTICLES or len(outlets) < MIN_OUTLETS:
            continue
        alone = story_digest([by_id[i] for i in story.articles])
        print(f"\n## {day} {story.title}\nstory\t{','.join(sorted(story.articles))}")
        for n, e in enumerate(alone.digest):
            print(f"[{n}] {key(e)}\t{e.text}")


def labels() -> list[dict]:
    with LABELS.open(encoding="utf-8") as f:
        return [r for r in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")]


def count(rows: list[dict]) -> None:
    by_id = {r["id"]: r for r in rows}
    stories: dict[str, list[dict]] = {}
    for label in labels():
        stories.setdefault(label["story"], []).append(label)
    held: dict[str, int] = {}
    for story, pairs in stories.items():
        chosen = {key(e) for e in story_digest([by_id[i] for i in story.split(",")]).digest}
        together = [p for p in pairs if p["a"] in chosen and p["b"] in chosen]
        for p in together:
            held[p["seen_in"]] = held.get(p["seen_in"], 0) + 1
        print(f"{len(together)} of {len(pairs)} labelled pairs\t{story[:60]}")
    labelled = {s: sum(p["seen_in"] == s for ps in stories.values() for p in ps) for s in ("before", "after")}
    summary = ", ".join(f"{held.get(s, 0)} of the {n} labelled on {s} digests" for s, n in labelled.items())
    print(f"total {sum(held.values())} labelled pairs held in {len(stories)} digests ({summary})")


def show(rows: list[dict]) -> None:
    """The digest of every labelled story with the code on PYTHONPATH, for labelling what a
    change left or brought: each sentence with the labels of the pairs it is in."""
    by_id = {r["id"]: r for r in rows}
    stories: dict[str, list[dict]] = {}
    for label in labels():
        stories.setdefault(label["story"], []).append(label)
    for story, pairs in stories.items():
        digest = story_digest([by_id[i] for i in story.split(",")])
        print(f"\n## {digest.title}\nstory\t{story}")
        for n, e in enumerate(digest.digest):
            tags = [
                f"{(p['a'] == key(e) and 'a') or 'b'}:{p['note'][:30]}" for p in pairs if key(e) in (p["a"], p["b"])
            ]
            print(f"[{n}] {key(e)}\t{e.text}" + (f"\t<- {'; '.join(tags)}" if tags else ""))


def main() -> None:
    mode, *days = sys.argv[1:] or ["count"]
    rows = ant_rows()
    if mode == "print":
        for day in days:
            print_day(rows, day)
    elif mode == "show":
        show(rows)
    else:
        count(rows)


if __name__ == "__main__":
    main()
