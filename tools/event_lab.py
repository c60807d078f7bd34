"""Event lab (issue 15): group the labelled ANT events among distractors in seconds, and score.

    python tools/event_lab.py                          # score khulasa.grouping.stories.group
    python tools/event_lab.py --baseline main          # ... side by side with stories.py of a git revision
    python tools/event_lab.py --failures               # ... and print the wrong merges and splits, with titles
    python tools/event_lab.py --set threshold=0.2      # StoryOptions fields for this run
    python tools/event_lab.py --grid threshold=0.16,0.18,0.2 --grid decay_days=1,2   # chosen on the tuning half
    python tools/event_lab.py --all-days               # distractors: every article of the labelled days +-1

Articles: every article of both event label files (tests/data/ant_story_labels.tsv and
ant_event_labels_more.tsv; their union is issue 15's event set) and distractors from the same days
+-1 (a fixed-seed sample of ``--distractors``, or all of them). They are read as a store reads
them (``khulasa.read``), analysed once (``analyse_article`` without figures, an outlet's repeated
sentences marked as boilerplate, copies found by MinHash, as ``khulasa digest`` does) and cached
as a pickle in the temporary folder; later runs only group.

Scores: B-cubed precision, recall and F1 over the labelled articles (distractors count only
through what they chain together) and the share of hard-negative pairs merged: two articles of two
clusters named on one '# hard negatives' line that end in one predicted event. Printed over the
union, per label file, and over a tuning half and a held-out half of the clusters (a cluster's
whole hard-negative group stays in one half, so its pairs are scored in one half only).
Corpus: the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AJSE 46(8), 2021).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import itertools
import json
import pickle
import random
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
import label_storylines as labels

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
FILES = (DATA / "ant_story_labels.tsv", DATA / "ant_event_labels_more.tsv")
ANT = labels.ANT
SEED = 7  # the distractor sample's seed (tests/test_story_labels.py's)
TARGET_F1, TARGET_HARD = 0.95, 0.05  # issue 15's bar


# ---------------------------------------------------------------- labels


@dataclass
class Gold:
    event: dict[str, str]  # labelled article -> its cluster
    files: dict[str, set[str]]  # cluster -> the label files (stems) that hold rows of it
    groups: list[list[str]]  # hard-negative groups of clusters
    titles: dict[str, str]  # labelled article -> its title as the labels give it


def read_gold() -> Gold:
    event, files, groups, titles = {}, defaultdict(set), [], {}
    for path in FILES:
        comments, rows = labels.read_rows(path)
        for r in rows:
            event[r.fields["article"]] = r.fields["story"]
            files[r.fields["story"]].add(path.stem)
            titles[r.fields["article"]] = r.fields.get("title", "")
        groups += labels.hard_negative_groups(comments)
    return Gold(event, dict(files), groups, titles)


def halves(gold: Gold) -> tuple[set[str], set[str]]:
    """(tuning, held-out) clusters: clusters joined by hard-negative groups are one unit, and a
    unit goes to a half by a hash of its names, so the split never depends on the scores."""
    parent = {c: c for c in gold.files}

    def find(c: str) -> str:
        while parent[c] != c:
            c = parent[c]
        return c

    for group in gold.groups:
        for c in group[1:]:
            parent[find(c)] = find(group[0])
    units: dict[str, list[str]] = defaultdict(list)
    for c in sorted(gold.files):
        units[find(c)].append(c)
    tune, held = set(), set()
    for members in units.values():
        side = zlib.crc32("|".join(members).encode()) % 2
        (tune if side == 0 else held).update(members)
    return tune, held


# ---------------------------------------------------------------- articles


def choose_rows(gold: Gold, distractors: int, all_days: bool) -> list[dict]:
    """The labelled rows and the distractors of their days +-1, in corpus order."""
    with gzip.open(ANT, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    labelled = [r for r in rows if r["id"] in gold.event]
    days = {datetime.fromisoformat(r["published"]).date() for r in labelled if r.get("published")}
    near = {d + timedelta(days=k) for d in days for k in (-1, 0, 1)}
    others = [
        r for r in rows
        if r["id"] not in gold.event and r.get("published") and r["text"].strip()
        and datetime.fromisoformat(r["published"]).date() in near
    ]
    if not all_days:
        others = random.Random(SEED).sample(others, min(distractors, len(others)))
    return labelled + others


def analyse_rows(rows: list[dict]):
    """The rows as ``khulasa digest`` sees them: read, analysed (no figures), outlet boilerplate
    marked, copies found."""
    from khulasa.analyse.article import analyse_article
    from khulasa.analyse.sentences import mark_outlet_boilerplate
    from khulasa.grouping.copies import Print, find_copies
    from khulasa.read import read_inputs

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lab.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
        articles, _ = read_inputs(path)
    done = []
    for k, a in enumerate(articles):
        done.append(analyse_article(a, False))
        if k % 1000 == 999:
            print(f"  analysed {k + 1}/{len(articles)}", file=sys.stderr, flush=True)
    marked = mark_outlet_boilerplate([x.article for x in done])
    copies = find_copies([Print(x.article.id, x.article.published, x.content, x.signature) for x in done])
    return [replace(a, duplicate_of=copies.get(a.id)) for a in marked]


def load_articles(gold: Gold, distractors: int, all_days: bool, rebuild: bool):
    key = hashlib.sha1(b"".join(p.read_bytes() for p in FILES)).hexdigest()[:10]
    name = f"khulasa-event-lab-{key}-{'all' if all_days else distractors}.pkl"
    cache = Path(tempfile.gettempdir()) / name
    if cache.exists() and not rebuild:
        return pickle.loads(cache.read_bytes())
    t0 = time.perf_counter()
    articles = analyse_rows(choose_rows(gold, distractors, all_days))
    cache.write_bytes(pickle.dumps(articles, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"analysed {len(articles)} articles in {time.perf_counter() - t0:.0f}s, cached in {cache}", file=sys.stderr)
    return articles


# ---------------------------------------------------------------- scores


@dataclass
class Score:
    p: float
    r: float
    merged: int
    pairs: int
    articles: int

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    @property
    def hard(self) -> float:
        return self.merged / self.pairs if self.pairs else 0.0

    def __str__(self) -> str:
        return (f"P {self.p:.3f} R {self.r:.3f} F1 {self.f1:.3f}  hard negatives merged "
                f"{self.merged}/{self.pairs} ({self.hard:.1%})  [{self.articles} articles]")


def score(gold: Gold, predicted: dict[str, int], clusters: set[str] | None = None) -> Score:
    event = {a: s for a, s in gold.event.items() if a in predicted and (clusters is None or s in clusters)}
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for a, s in event.items():
        by_gold[s].add(a)
        by_pred[predicted[a]].add(a)
    both = {a: len(by_pred[predicted[a]] & by_gold[event[a]]) for a in event}
    n = max(len(event), 1)
    p = sum(both[a] / len(by_pred[predicted[a]]) for a in event) / n
    r = sum(both[a] / len(by_gold[event[a]]) for a in event) / n
    merged = pairs = 0
    for group in gold.groups:
        if clusters is not None and not set(group) <= clusters:
            continue
        for x, y in itertools.combinations(group, 2):
            for a in by_gold[x]:
                for b in by_gold[y]:
                    pairs += 1
                    merged += predicted[a] == predicted[b]
    return Score(p, r, merged, pairs, len(event))


def report(gold: Gold, predicted: dict[str, int], label: str = "") -> Score:
    tune, held = halves(gold)
    whole = score(gold, predicted)
    print(f"{label}union     {whole}")
    for n, path in enumerate(FILES, 1):
        mine = {c for c, f in gold.files.items() if path.stem in f}
        print(f"{label}file {n}    {score(gold, predicted, mine)}  ({path.name}, {len(mine)} clusters)")
    print(f"{label}tuning    {score(gold, predicted, tune)}  ({len(tune)} clusters)")
    print(f"{label}held-out  {score(gold, predicted, held)}  ({len(held)} clusters)")
    return whole


def failures(gold: Gold, predicted: dict[str, int], articles, limit: int = 6) -> None:
    """The hard-negative merges (cluster pairs, with titles), the predicted events that mix
    labelled clusters, and the clusters split over several predicted events."""
    title = {a.id: (a.title or "").strip() for a in articles}
    day = {a.id: a.published.strftime("%m-%d") if a.published else "?" for a in articles}
    by_gold = defaultdict(list)
    for a, s in gold.event.items():
        if a in predicted:
            by_gold[s].append(a)
    by_pred = defaultdict(list)
    for a, s in predicted.items():
        by_pred[s].append(a)
    print("\n== hard negatives merged (cluster pair: merged pairs)")
    for group in gold.groups:
        for x, y in itertools.combinations(group, 2):
            n = sum(predicted[a] == predicted[b] for a in by_gold[x] for b in by_gold[y])
            if n:
                print(f"  {x} + {y}: {n}/{len(by_gold[x]) * len(by_gold[y])}")
    print("\n== predicted events holding several labelled clusters")
    for _, members in sorted(by_pred.items(), key=lambda kv: -len(kv[1])):
        held = Counter(gold.event[a] for a in members if a in gold.event)
        if len(held) < 2:
            continue
        print(f"  event of {len(members)} articles ({len(members) - sum(held.values())} unlabelled): "
              + ", ".join(f"{c} x{n}" for c, n in held.most_common()))
        for c, _ in held.most_common():
            for a in [a for a in members if gold.event.get(a) == c][:limit]:
                print(f"      [{c[:28]}] {day[a]} {title[a][:90]}")
        others = [a for a in members if a not in gold.event][:limit]
        for a in others:
            print(f"      [unlabelled] {day[a]} {title[a][:90]}")
    print("\n== labelled clusters split over several predicted events")
    for c, members in sorted(by_gold.items()):
        parts = Counter(predicted[a] for a in members)
        if len(parts) < 2:
            continue
        print(f"  {c}: {len(members)} articles in {len(parts)} events " + str(sorted(parts.values(), reverse=True)))
        for part, _ in parts.most_common():
            for a in [a for a in members if predicted[a] == part][:3]:
                print(f"      ({part}) {day[a]} {title[a][:90]}")


# ---------------------------------------------------------------- grouping


def stories_module(rev: str | None) -> ModuleType:
    """khulasa.grouping.stories as it is, or as it was at git revision ``rev`` (loaded from the
    revision's text; it imports today's other modules)."""
    if rev is None:
        from khulasa.grouping import stories
        return stories
    text = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:khulasa/grouping/stories.py"],
                          check=True, capture_output=True, text=True).stdout
    spec = importlib.util.spec_from_loader(f"stories_at_{rev}", loader=None)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    exec(compile(text, f"{rev}:khulasa/grouping/stories.py", "exec"), module.__dict__)
    return module


def run(module: ModuleType, articles, settings: dict[str, float], repeat: int = 1) -> tuple[dict[str, int], float]:
    """The predicted event of each article, and the fastest of ``repeat`` groupings (seconds)."""
    known = {f.name: f.type for f in fields(module.StoryOptions)}
    opt = module.StoryOptions(**{k: (int(v) if known[k] in ("int", int) else v) for k, v in settings.items()})
    took = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        groups = module.group(articles, opt)
        took.append(time.perf_counter() - t0)
    return {articles[i].id: k for k, g in enumerate(groups) for i in g}, min(took)


def bag_time(module: ModuleType, articles, repeat: int) -> float:
    """The fastest of ``repeat`` computations of every article's bag (part of ``group``; in a
    store the bags are made once, by the analysis)."""
    took = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for a in articles:
            module.article_bag(a)
        took.append(time.perf_counter() - t0)
    return min(took)


def parse_settings(items: list[str]) -> dict[str, float]:
    out = {}
    for item in items:
        name, value = item.split("=")
        out[name.strip()] = float(value)
    return out


def grid(gold: Gold, articles, module: ModuleType, base: dict[str, float], axes: list[str]) -> None:
    """Every combination of the ``--grid`` values; the best on the tuning half (highest F1 with
    at most TARGET_HARD of its hard-negative pairs merged, else the fewest merged) is read on
    the held-out half."""
    names, values = [], []
    for axis in axes:
        name, vals = axis.split("=")
        names.append(name.strip())
        values.append([float(v) for v in vals.split(",")])
    tune, held = halves(gold)
    rows = []
    for combo in itertools.product(*values):
        settings = {**base, **dict(zip(names, combo))}
        predicted, took = run(module, articles, settings)
        t, h = score(gold, predicted, tune), score(gold, predicted, held)
        rows.append(((t.hard <= TARGET_HARD, t.f1 if t.hard <= TARGET_HARD else -t.hard), settings, t, h))
        print(f"{' '.join(f'{n}={v:g}' for n, v in zip(names, combo))}: tuning F1 {t.f1:.3f} hard {t.hard:.1%}  "
              f"| held-out F1 {h.f1:.3f} hard {h.hard:.1%}  ({took:.1f}s)", flush=True)
    best = max(rows, key=lambda z: z[0])
    print(f"chosen on the tuning half: {best[1]}\n  tuning   {best[2]}\n  held-out {best[3]}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="event_lab.py", description=__doc__.split("\n")[0])
    ap.add_argument("--distractors", type=int, default=2500, help="sampled articles of the labelled days +-1")
    ap.add_argument("--all-days", action="store_true", help="every article of the labelled days +-1 instead")
    ap.add_argument("--rebuild", action="store_true", help="analyse again even when cached")
    ap.add_argument("--baseline", metavar="REV", help="also run stories.py of this git revision, timed side by side")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a StoryOptions field")
    ap.add_argument("--grid", action="append", default=[], metavar="NAME=V1,V2", help="values to try")
    ap.add_argument("--failures", action="store_true", help="print the wrong merges and splits with titles")
    ap.add_argument("--repeat", type=int, default=1, help="time the fastest of this many groupings (and bags)")
    args = ap.parse_args(argv)
    gold = read_gold()
    articles = load_articles(gold, args.distractors, args.all_days, args.rebuild)
    labelled = sum(1 for a in articles if a.id in gold.event)
    print(f"{len(articles)} articles: {labelled} labelled in {len(set(gold.event.values()))} clusters, "
          f"{sum(1 for a in articles if a.duplicate_of)} copies; {len(gold.groups)} hard-negative groups")
    settings = parse_settings(args.set)
    module = stories_module(None)
    if args.grid:
        grid(gold, articles, module, settings, args.grid)
        return 0
    if args.baseline:
        old = stories_module(args.baseline)
        predicted, took = run(old, articles, {}, args.repeat)
        bags = bag_time(old, articles, args.repeat)
        print(f"-- stories.py at {args.baseline}: grouped in {took:.2f}s ({bags:.2f}s of it the bags)")
        report(gold, predicted, "   ")
    predicted, took = run(module, articles, settings, args.repeat)
    bags = bag_time(module, articles, args.repeat)
    print(f"-- stories.py of the work tree{' ' + str(settings) if settings else ''}: grouped in {took:.2f}s "
          f"({bags:.2f}s of it the bags)")
    report(gold, predicted, "   ")
    if args.failures:
        failures(gold, predicted, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
