"""What figures cost, this tree next to an earlier revision, on the same machine in one run.

    python bench/figure_cost.py [--rev REV] [--articles 2000] [--rounds 3]
    python bench/figure_cost.py --instructions [--rev REV] [--articles 300]

For each tree in turn, round after round (a noisy neighbour slows both alike), one process reads
the first N ANT articles and analyses each of them twice: without figures, then with them
(sentences, terms, dates, fingerprint; then the same with every figure read). The figure cost
is the difference. Prints the best of the rounds for each tree, and their ratio (issue 14: the
figures may cost at most 1.5 times what they did).

On a shared machine the difference of two timings swings by a third from run to run; with
``--instructions`` each tree analyses the articles under valgrind's cachegrind instead, once
without figures and once with them (two processes, hash seed fixed, numpy's BLAS on one thread),
and the figure cost is the difference of the instructions counted: the same on every run (to a
few thousand instructions). The language tables are loaded and the garbage collector frozen before
the articles are read, in both processes: otherwise when its full passes over those tables fell
moved the count by half a per cent between trees that read every article alike.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare import ANT, ROOT, _worktree

# run inside the tree's interpreter: the tree's khulasa first, the editable install's hook removed
_TIMING = r"""
import gzip, itertools, json, sys, time
tree, n = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, tree)
sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in type(f).__module__]
from datetime import datetime
from khulasa.analyse.article import analyse_article
from khulasa.model import Article
rows = [json.loads(l) for l in itertools.islice(gzip.open(sys.argv[3], 'rt', encoding='utf-8'), n)]
def article(r):
    day = datetime.fromisoformat(r['published'].replace('Z', '+00:00')) if r.get('published') else None
    return Article(r['id'], r['text'], title=r.get('title'), published=day)
analyse_article(article(rows[0]), True)  # language data loaded before the clock starts
took = []
for figures in (False, True):
    start = time.perf_counter()
    count = 0
    for r in rows:
        got = analyse_article(article(r), figures)
        count += len(got.figures) if figures else 0
    took.append(time.perf_counter() - start)
print(took[0], took[1], count)
"""


# one process, one mode: the articles analysed with figures (argv[4] == "1") or without. The first article is read
# with figures in both modes (the same instructions, which the difference cancels), then the collector is frozen: the
# language tables then loaded are never traversed again. Without it the count hung on when the collector's full passes
# over those tables happened to fall, which any change of allocations moves: two trees that read all 300 articles
# alike (4a159f0, and 4a159f0 with e7679e6's attribution.py) counted 4,084.1 M and 4,062.6 M, 0.5 % apart; frozen,
# 4a159f0 and e7679e6 (one rule apart, which none of the 300 uses) count 3,881.7 M both.
_COUNTING = r"""
import gc, gzip, itertools, json, sys
tree, n, figures = sys.argv[1], int(sys.argv[2]), sys.argv[4] == "1"
sys.path.insert(0, tree)
sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in type(f).__module__]
from datetime import datetime
from khulasa.analyse.article import analyse_article
from khulasa.model import Article
rows = [json.loads(l) for l in itertools.islice(gzip.open(sys.argv[3], 'rt', encoding='utf-8'), n)]
def article(r):
    day = datetime.fromisoformat(r['published'].replace('Z', '+00:00')) if r.get('published') else None
    return Article(r['id'], r['text'], title=r.get('title'), published=day)
analyse_article(article(rows[0]), True)
gc.freeze()
for r in rows:
    analyse_article(article(r), figures)
"""


# hash seed fixed, and numpy's BLAS kept to one thread: its idle threads spin for a varying number of
# instructions, which had made the same tree's count differ by 2 % from run to run
_STEADY = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
           "MKL_NUM_THREADS": "1"}


def _instructions(tree: Path, articles: int, figures: bool) -> int:
    """The instructions one process executes analysing the articles (cachegrind's I refs)."""
    with tempfile.NamedTemporaryFile(suffix=".cg") as out:
        run = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out.name}",
             sys.executable, "-c", _COUNTING, str(tree), str(articles), str(ANT), "1" if figures else "0"],
            capture_output=True, text=True, check=True, env=_STEADY,
        )
    refs = next(line for line in run.stderr.splitlines() if "I" in line and "refs:" in line)
    return int(refs.split("refs:")[1].replace(",", "").strip())


def _warm(tree: Path) -> None:
    """One article analysed with figures, outside cachegrind: the tree's modules compiled to bytecode
    (a fresh worktree has none) and its data files read once, so that neither counted process pays
    for what only a first run does (it had fallen on the first, figure-less one, and made the cost
    of a fresh tree's figures look smaller by a varying amount)."""
    subprocess.run([sys.executable, "-c", _COUNTING, str(tree), "1", str(ANT), "1"], check=True,
                   capture_output=True, env=_STEADY)


def _count(trees: dict[str, Path], articles: int) -> int:
    for tree in trees.values():
        _warm(tree)
    counts = {name: [_instructions(tree, articles, f) for f in (False, True)] for name, tree in trees.items()}
    print(f"{'':12} {'no figures':>16} {'figures':>16} {'figure cost':>16}   (instructions)")
    for name, (plain, full) in counts.items():
        print(f"{name:12} {plain:16,} {full:16,} {full - plain:16,}")
    mine, theirs = (full - plain for plain, full in counts.values())
    print(f"figure cost: {mine / theirs:.2f} times {list(trees)[1]}'s")
    return 0


def _time(tree: Path, articles: int) -> tuple[float, float, int]:
    out = subprocess.run([sys.executable, "-c", _TIMING, str(tree), str(articles), str(ANT)],
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rev", default="HEAD~1", help="the revision to compare with (default: HEAD~1)")
    ap.add_argument("--articles", type=int, default=2000, help="ANT articles analysed")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions under cachegrind (300 articles unless --articles says otherwise)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        before = _worktree(args.rev, Path(tmp))
        if args.instructions:
            try:
                articles = args.articles if "--articles" in sys.argv else 300
                return _count({"this tree": ROOT, args.rev: before}, articles)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=False)
        try:
            best: dict[str, tuple[float, float, int]] = {}
            for _ in range(args.rounds):
                for name, tree in (("this tree", ROOT), (args.rev, before)):
                    plain, full, count = _time(tree, args.articles)
                    if name not in best or full - plain < best[name][1] - best[name][0]:
                        best[name] = (plain, full, count)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=False)
    print(f"{'':12} {'no figures':>11} {'figures':>9} {'figure cost':>12} {'figures found':>14}")
    for name, (plain, full, count) in best.items():
        print(f"{name:12} {plain:10.2f}s {full:8.2f}s {full - plain:11.2f}s {count:14}")
    mine, theirs = (best[k][1] - best[k][0] for k in best)
    print(f"figure cost: {mine / theirs:.2f} times {args.rev}'s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
