"""The code of this tree next to an earlier revision, on the same machine in one run.

    python bench/compare.py [--rev REV] [--articles 3000] [--rounds 3]

Checks out REV (default: the parent commit) into a temporary git worktree and runs, for each
tree in turn, round after round (so a noisy neighbour slows both alike):
  1. `khulasa digest ../shared/seeds` (Python start included);
  2. `khulasa digest` of the first N ANT articles to JSON;
  3. `khulasa ingest` of the same articles into a new store, then `khulasa digest --db`.
Prints the best wall time of each side and whether their outputs are byte for byte the same
(for a change that should not change behaviour, the last column must say "same").
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ANT = SHARED / "data" / "ant-v2.1" / "articles.jsonl.gz"


def _worktree(rev: str, where: Path) -> Path:
    path = where / "before"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(path), rev], check=True)
    return path


# The package imported from the given tree: an editable install's import hook would otherwise
# find this tree's khulasa before PYTHONPATH is looked at.
_FROM_TREE = (
    "import runpy, sys; tree = sys.argv.pop(1); sys.path.insert(0, tree); "
    "sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in type(f).__module__]; "
    "sys.argv[0] = 'khulasa'; runpy.run_module('khulasa', run_name='__main__', alter_sys=True)"
)


def _khulasa(tree: Path, *args: str) -> tuple[float, str]:
    """Seconds the command took, and a digest of what it wrote to stdout."""
    env = {**os.environ, "KHULASA_PROGRESS_DELAY": "3600"}
    start = time.perf_counter()
    command = [sys.executable, "-c", _FROM_TREE, str(tree), *args]
    done = subprocess.run(command, env=env, capture_output=True, check=True)
    return time.perf_counter() - start, hashlib.sha256(done.stdout).hexdigest()


def _cases(articles: Path, work: Path) -> dict[str, list[list[str]]]:
    db = str(work / "store.sqlite")
    return {
        "digest of the seeds": [["digest", str(SHARED / "seeds")]],
        f"digest of {articles.stem} to JSON": [["digest", str(articles), "-f", "json", "-q"]],
        f"ingest of {articles.stem}, then digest --db": [
            ["ingest", str(articles), "--db", db, "-q"], ["digest", "--db", db, "-f", "json", "-q"]
        ],
    }


def _run_case(tree: Path, steps: list[list[str]], work: Path) -> tuple[float, str]:
    for leftover in work.glob("store.sqlite*"):
        leftover.unlink()
    seconds, outputs = 0.0, []
    for step in steps:
        took, out = _khulasa(tree, *step)
        seconds += took
        outputs.append(out)
    return seconds, outputs[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rev", default="HEAD~1", help="the revision to compare with (default: HEAD~1)")
    ap.add_argument("--articles", type=int, default=3000, help="ANT articles for the larger cases")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each case on each side (best is shown)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        articles = work / f"ant{args.articles}.jsonl"
        with gzip.open(ANT, "rt", encoding="utf-8") as f:
            articles.write_text("".join(islice(f, args.articles)), encoding="utf-8")
        before = _worktree(args.rev, work)
        try:
            _report(args, {"this tree": ROOT, args.rev: before}, _cases(articles, work), work)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=False)
    return 0


def _report(args: argparse.Namespace, trees: dict[str, Path], cases: dict[str, list[list[str]]], work: Path) -> None:
    names = list(trees)
    print(f"{'case':<48}" + "".join(f"{n:>14}" for n in names) + "   outputs")
    for case, steps in cases.items():
        best = {n: float("inf") for n in names}
        outputs: dict[str, str] = {}
        for _ in range(args.rounds):
            for name in names:  # alternated, so drift in the machine's load hits both
                seconds, out = _run_case(trees[name], steps, work)
                best[name] = min(best[name], seconds)
                outputs[name] = out
        same = "same" if len(set(outputs.values())) == 1 else "DIFFERENT"
        print(f"{case:<48}" + "".join(f"{best[n]:>13.2f}s" for n in names) + f"   {same}")


if __name__ == "__main__":
    sys.exit(main())
