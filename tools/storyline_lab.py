"""Storyline lab (issue 15): score storylines against tests/data/ant_storyline_labels.tsv, as a store
threaded them, or threaded again here with other options (the method is khulasa.grouping.storylines).

    python tools/storyline_lab.py --db news.db                    # the store's own storylines (read only)
    python tools/storyline_lab.py --db news.db --rethread [--cohere 0.4 --link 0.25 ...]
    python tools/storyline_lab.py --db news.db --sweep            # a grid, chosen on the tuning half
    python tools/storyline_lab.py --db news.db --rethread --explain  # and the near misses joined, with titles

Scores are issue 15's: pair recall (two core articles in one storyline) and near misses joined (a near
miss in the storyline that holds most of its storyline's cores), over all 11 storylines, over the
tuning half (TUNE, 6) and the other 5. Also printed: how many near misses share an event (a story) with
a core of their storyline, which no threading of events can keep apart.
Corpus: the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AJSE 46(8), 2021).
"""
from __future__ import annotations

import argparse
import sqlite3
import time
from collections import Counter, defaultdict
from dataclasses import fields, replace
from itertools import product
from pathlib import Path

from khulasa.grouping.storylines import StorylineOptions, thread
from khulasa.store.codec import unpack_profile

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "ant_storyline_labels.tsv"
TUNE = ("afrin-offensive", "douma-chemical-attack-and-western-strikes", "gaza-great-march-of-return",
        "iraqi-elections-and-government", "thai-cave-rescue", "world-cup-2018")


def gold() -> dict[str, dict[str, list[str]]]:
    rows = [line.rstrip("\n").split("\t") for line in LABELS.open(encoding="utf-8") if not line.startswith("#")]
    head = rows[0]
    by: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"core": [], "near_miss": []})
    for r in rows[1:]:
        f = dict(zip(head, r))
        by[f["storyline"]][f["role"]].append(f["article"])
    return by


def score_one(roles: dict[str, list[str]], line_of: dict[str, object]) -> tuple[int, int, int, int, int]:
    """(core pairs together, core pairs, near misses joined, near misses, storylines of its cores)."""
    cores = [line_of.get(a) for a in roles["core"]]
    n = len(cores)
    together = sum(c * (c - 1) // 2 for k, c in Counter(cores).items() if k is not None)
    counted = Counter(c for c in cores if c is not None).most_common(1)
    home = counted[0][0] if counted else None
    joined = sum(1 for a in roles["near_miss"] if home is not None and line_of.get(a) == home)
    return together, n * (n - 1) // 2, joined, len(roles["near_miss"]), len(set(cores))


def score(line_of: dict[str, object], names: list[str], verbose: bool = False) -> tuple[float, float]:
    by = gold()
    totals = [0, 0, 0, 0]
    for name in sorted(names):
        got = score_one(by[name], line_of)
        totals = [t + g for t, g in zip(totals, got)]
        if verbose:
            print(f"  {name:44s} pair recall {got[0] / got[1]:.2f}  storylines {got[4]:2d}  "
                  f"near misses joined {got[2]}/{got[3]}")
    return totals[0] / totals[1], totals[2] / totals[3]


def report(line_of: dict[str, object], verbose: bool = True) -> str:
    names = sorted(gold())
    held = [n for n in names if n not in TUNE]
    parts = []
    for label, subset in (("all 11", names), ("tune 6", list(TUNE)), ("held-out 5", held)):
        r, nm = score(line_of, subset, verbose and label == "all 11")
        parts.append(f"{label}: pair recall {r:.3f}, near misses joined {nm:.3f}")
    return "; ".join(parts)


def same_event_misses(story_of: dict[str, int]) -> int:
    """Near misses that share a story (an event) with a core of their storyline."""
    n = 0
    for roles in gold().values():
        events = {story_of.get(a) for a in roles["core"]}
        n += sum(1 for a in roles["near_miss"] if story_of.get(a) in events)
    return n


def explain(db: str, story_of: dict[str, int], line_of: dict[str, object]) -> None:
    """Each near miss joined to its storyline's home: its event, whether that event holds a core
    of the storyline (no threading can keep it apart then) and its title."""
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    title = dict(c.execute("SELECT id, title FROM articles"))
    for name, roles in sorted(gold().items()):
        home = Counter(line_of.get(a) for a in roles["core"] if line_of.get(a) is not None).most_common(1)
        core_events = {story_of.get(a) for a in roles["core"]}
        for a in roles["near_miss"]:
            if home and line_of.get(a) == home[0][0]:
                shared = "shares an event with a core" if story_of.get(a) in core_events else ""
                print(f"  {name}: near miss {a} (event {story_of.get(a)}) {shared}\n    {title.get(a)}")


def read(db: str):
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    story_of = dict(c.execute("SELECT id, story FROM articles"))
    rows = c.execute("SELECT id, profile, storyline FROM stories WHERE size > 0 AND profile IS NOT NULL").fetchall()
    profiles = [unpack_profile(str(s), p) for s, p, _ in rows]
    stored = {str(s): line for s, _, line in rows}
    return story_of, profiles, stored


def by_article(story_of: dict[str, int], line_of: dict[str, object]) -> dict[str, object]:
    return {a: line_of.get(str(s)) for a, s in story_of.items()}


def sweep(story_of, profiles) -> None:
    names = sorted(gold())
    held = [n for n in names if n not in TUNE]
    best = None
    for link, cohere, places in product((0.15, 0.2, 0.25), (0.3, 0.35, 0.4, 0.45), (0.0, 0.7, 0.8)):
        opt = replace(StorylineOptions(), link=link, cohere=cohere, places=places)
        line_of = by_article(story_of, thread(profiles, opt).line_of)
        got = [score(line_of, subset) for subset in (list(TUNE), held, names)]
        print(f"link={link} cohere={cohere} places={places}: " +
              "  ".join(f"{lab} {r:.3f}/{nm:.3f}" for lab, (r, nm) in zip(("tune", "held", "all"), got)), flush=True)
        if best is None or got[0][0] - got[0][1] > best[0]:
            best = (got[0][0] - got[0][1], opt, got)
    print("best on the tuning half:", best)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="a store (schema 3), opened read only")
    ap.add_argument("--rethread", action="store_true", help="thread the stored profiles again with the options given")
    ap.add_argument("--sweep", action="store_true", help="the parameter grid, chosen on the tuning half")
    ap.add_argument("--explain", action="store_true", help="list the near misses joined, with their titles")
    for field in fields(StorylineOptions):
        kind = int if field.type in ("int", int) else float
        ap.add_argument("--" + field.name.replace("_", "-"), type=kind, default=field.default)
    args = ap.parse_args()
    story_of, profiles, stored = read(args.db)
    print(f"{len(story_of)} articles, {len(profiles)} events; near misses sharing an event with a core of their "
          f"storyline: {same_event_misses(story_of)}")
    if args.sweep:
        return sweep(story_of, profiles)
    if args.rethread:
        opt = StorylineOptions(**{f.name: getattr(args, f.name) for f in fields(StorylineOptions)})
        t0 = time.perf_counter()
        line_of = thread(profiles, opt).line_of
        print(f"{opt}\n{len(set(line_of.values()))} storylines in {time.perf_counter() - t0:.1f}s")
    else:
        line_of = stored
        print(f"the store's storylines: {len(set(line_of.values()))}")
    lines = by_article(story_of, line_of)
    print(report(lines))
    if args.explain:
        explain(args.db, story_of, lines)


if __name__ == "__main__":
    main()
