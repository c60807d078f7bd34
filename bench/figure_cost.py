"""What figures cost, this tree next to an earlier revision, on the same machine in one run.

    python bench/figure_cost.py [--rev REV] [--articles 2000] [--rounds 3]

For each tree in turn, round after round (a noisy neighbour slows both alike), one process reads
the first N ANT articles and analyses each of them twice: without figures, then with them
(sentences, terms, dates, fingerprint; then the same with every figure read). The figure cost
is the difference. Prints the best of the rounds for each tree, and their ratio (issue 14: the
figures may cost at most 1.5 times what they did).
"""
from __future__ import annotations

import argparse
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


def _time(tree: Path, articles: int) -> tuple[float, float, int]:
    out = subprocess.run([sys.executable, "-c", _TIMING, str(tree), str(articles), str(ANT)],
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rev", default="HEAD~1", help="the revision to compare with (default: HEAD~1)")
    ap.add_argument("--articles", type=int, default=2000, help="ANT articles analysed")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        before = _worktree(args.rev, Path(tmp))
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
