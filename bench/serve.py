"""Benchmark of `khulasa serve` on a store (speed targets live here, never in timed tests).

    python bench/serve.py [--db /work/ant-serve.db] [--runs 30]

Starts `khulasa serve` on a free port (as a user would), waits until it answers, then times
each page over HTTP: the front page (the store's last week), a search (الغوطة), the largest
story's page, an article of it, the figures explorer (killed, by value), and their API
twins. The first request of a page is printed apart (a story's digest is worked out on its
first request, then kept while the store does not change); median and 95th percentile are
of the following runs. Then the first visits of the next 20 largest stories' pages, and of an
article of 20 other large stories (whose page needs its story's digest for its highlights).
Prints the seconds to start (the store read) and the server's peak memory (VmHWM). Targets:
p95 under 300 ms for pages, under 200 ms for search.

Make the store once: `khulasa ingest ../shared/data/ant-v2.1/articles.jsonl.gz --db /work/ant-serve.db`.
"""
from __future__ import annotations

import argparse
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

TARGETS = {"search": 0.200}  # seconds at p95; every other page 0.300


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[float, int]:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as r:
        r.read()
        return time.perf_counter() - start, r.status


def peak_memory(pid: int) -> float:
    """The process's peak resident memory, MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def largest_stories(db: Path, n: int) -> list[int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        rows = c.execute("SELECT id FROM stories WHERE merged_into IS NULL ORDER BY size DESC LIMIT ?", (n,))
        return [r[0] for r in rows]


def first_visits(port: int, db: Path, n: int) -> None:
    """The first request of the story pages of the n largest stories but the largest (each
    digest worked out then), and of an article page of each."""
    times, articles = [], []
    for story in largest_stories(db, n + 1)[1:]:
        times.append(fetch(f"http://127.0.0.1:{port}/story/{story}")[0])
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        ids = [c.execute("SELECT id FROM articles WHERE story=? ORDER BY n DESC LIMIT 1", (s,)).fetchone()[0]
               for s in largest_stories(db, 2 * n + 1)[n + 1:]]
    for article in ids:
        articles.append(fetch(f"http://127.0.0.1:{port}/article/{quote(article, safe='')}")[0])
    for name, got in (("story, first visit", times), ("article, story not yet digested", articles)):
        got.sort()
        p95 = got[min(len(got) - 1, round(0.95 * (len(got) - 1)))]
        print(f"{name}: {len(got)} pages, median {statistics.median(got) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms,"
              f" max {got[-1] * 1000:.0f} ms")


def pages(db: Path) -> dict[str, str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        story = c.execute("SELECT id FROM stories WHERE merged_into IS NULL ORDER BY size DESC LIMIT 1").fetchone()[0]
        article = c.execute("SELECT id FROM articles WHERE story=? ORDER BY n LIMIT 1", (story,)).fetchone()[0]
    q = quote("الغوطة")
    return {
        "front": "/", "search": f"/search?q={q}", "story": f"/story/{story}",
        "article": f"/article/{quote(article, safe='')}", "figures": "/figures?measure=killed&sort=value",
        "api front": "/api/stories", "api search": f"/api/search?q={q}", "api story": f"/api/stories/{story}",
        "api article": f"/api/articles/{quote(article, safe='')}", "api figures": "/api/figures?measure=killed",
    }


def start(db: Path, port: int) -> tuple[subprocess.Popen, float]:
    begin = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "khulasa", "serve", "--db", str(db), "--port", str(port), "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    while True:
        if proc.poll() is not None:
            sys.exit(f"khulasa serve stopped: {proc.stderr.read() if proc.stderr else ''}")
        try:
            fetch(f"http://127.0.0.1:{port}/api/sources?limit=1")
            return proc, time.perf_counter() - begin
        except OSError:
            time.sleep(0.2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=Path("/work/ant-serve.db"))
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--cold", type=int, default=20, help="stories visited once each (first visits)")
    ap.add_argument("--settle", type=float, default=20.0,
                    help="seconds to wait after start: the server digests the front page's stories meanwhile")
    args = ap.parse_args()
    port = free_port()
    proc, started = start(args.db, port)
    print(f"store {args.db}: serving after {started:.1f} s; timing after {args.settle:.0f} s more")
    time.sleep(args.settle)
    print(f"{'page':<12} {'first ms':>9} {'median ms':>10} {'p95 ms':>8}  target")
    try:
        for name, path in pages(args.db).items():
            url = f"http://127.0.0.1:{port}{path}"
            first, status = fetch(url)
            assert status == 200, (url, status)
            times = sorted(fetch(url)[0] for _ in range(args.runs))
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            target = TARGETS.get(name.removeprefix("api "), 0.300)
            verdict = "met" if p95 < target else "MISSED"
            print(f"{name:<12} {first * 1000:>9.0f} {statistics.median(times) * 1000:>10.0f} {p95 * 1000:>8.0f}"
                  f"  < {target * 1000:.0f} ms {verdict}")
        first_visits(port, args.db, args.cold)
        print(f"server peak memory: {peak_memory(proc.pid):.0f} MB")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
