"""Peak memory and time of digesting one very large story, old code against new.

    python bench/memory.py                    # 2,000 exact copies and 2,000 near copies
    python bench/memory.py --copies 500       # smaller stories
    python bench/memory.py --corpus           # also the whole ANT file (heavy: run it once,
                                              # when the machine is quiet)
    python bench/memory.py --old /tmp/khulasa-old   # where the old code is checked out
                                              # (git worktree add /tmp/khulasa-old bb86b2b)

Each case runs in a fresh subprocess per version (PYTHONPATH picks the code), pinned to one
core (so the analysis stays in that process and the machine's other users keep the rest) and
watched: the old code needs ~23 GB for 2,000 copies, which would take the shared machine down,
so a run whose resident memory passes ``--cap-gb`` is stopped and reported as "> cap".
Peak memory is ru_maxrss of the subprocess (and of any process it forked).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_9531bf0791edd704.txt"
ANT = ROOT.parent / "shared" / "data" / "ant-v2.1" / "articles.jsonl.gz"


def _copies(n: int, near: bool):
    """``n`` articles that are the seed article; with ``near``, each changed a little: a few
    words swapped for other words of the article and a sentence of its own added."""
    from datetime import datetime, timedelta

    from khulasa import Article

    text = SEED.read_text(encoding="utf-8")
    words = text.split(" ")
    start = datetime(2018, 3, 18, 8)
    out = []
    for k in range(n):
        body = text
        if near and k:
            rng = random.Random(k)
            changed = list(words)
            for _ in range(4):
                changed[rng.randrange(len(changed))] = rng.choice(words)
            body = (
                " ".join(changed)
                + f"\n\nوأفاد مراسل الوكالة رقم {k} بأن القصف استمر حتى ساعة متأخرة من الليل في بلدات الغوطة."
            )
        out.append(
            Article(id=f"copy{k:05d}", text=body, source=f"outlet{k % 7}", published=start + timedelta(minutes=k))
        )
    return out


def _child(case: str, n: int) -> None:
    import khulasa

    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    t0 = time.perf_counter()
    if case == "corpus":
        result = khulasa.digest(str(ANT), progress=False)
    else:
        result = khulasa.digest(_copies(n, near=case == "near"), progress=False)
    seconds = time.perf_counter() - t0
    biggest = max(result.stories, key=lambda s: len(s.articles))
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(json.dumps({
        "peak_mb": peak / 1024, "seconds": seconds, "stories": len(result.stories),
        "largest_story": len(biggest.articles), "digest_sentences": len(biggest.digest),
    }))


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024
    except (OSError, StopIteration):
        return 0.0


def _run(code: Path, case: str, n: int, cap_gb: float) -> dict:
    """One case in a subprocess, stopped when its resident memory passes the cap."""
    env = dict(os.environ, PYTHONPATH=str(code), OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    t0 = time.perf_counter()
    p = subprocess.Popen(
        [sys.executable, __file__, "--child", case, "--copies", str(n)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd="/tmp",
    )
    over = False
    while p.poll() is None:
        if _rss_mb(p.pid) > cap_gb * 1024:
            p.kill()  # the subprocess this run started, and only it
            over = True
        time.sleep(0.2)
    out, err = p.communicate()
    if over:
        return {"failed": f"> {cap_gb:g} GB RSS, stopped", "seconds": time.perf_counter() - t0}
    if p.returncode != 0:
        return {"failed": ((err.strip().splitlines() or ["?"])[-1])[:60], "seconds": time.perf_counter() - t0}
    return json.loads(out.strip().splitlines()[-1])


def _cell(r: dict) -> str:
    if "failed" in r:
        return f"{r['failed']} (after {r['seconds']:.0f} s)"
    return f"{r['peak_mb']:7.0f} MB {r['seconds']:7.1f} s  ({r['largest_story']} art., {r['digest_sentences']} sent.)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=2000)
    ap.add_argument("--corpus", action="store_true", help="also digest the whole ANT file (heavy)")
    ap.add_argument("--no-copies", action="store_true", help="skip the stories of copies")
    ap.add_argument("--old", type=Path, default=Path("/tmp/khulasa-old"), help="checkout of the old code")
    ap.add_argument("--only", choices=("old", "new"), help="run one version only")
    ap.add_argument("--cap-gb", type=float, default=4.0, help="resident memory at which a run is stopped")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.copies)
        return
    cases = [] if args.no_copies else [("exact", f"{args.copies} exact copies"), ("near", f"{args.copies} near copies")]
    if args.corpus:
        cases.append(("corpus", "whole ANT file"))
    versions = [(v, p) for v, p in (("old", args.old), ("new", ROOT)) if args.only in (None, v)]
    print(f"{'case':<22}" + "".join(f"{v:<52}" for v, _ in versions), flush=True)
    for case, label in cases:
        cells = [
            _cell(_run(path, case, args.copies, args.cap_gb if case != "corpus" else max(args.cap_gb, 12)))
            for _, path in versions
        ]
        print(f"{label:<22}" + "".join(f"{c:<52}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
