"""Benchmarks for the digest (issue: speed targets live here, never in timed tests).

    python bench/run.py [--articles 10000] [--ant PATH]

Prints, in one run:
  1. the whole `khulasa digest ../shared/seeds` command, Python start included (best of 5);
  2. khulasa's digest time next to sumy's LexRank on the seeds and on the 20 largest stories
     found in the first N ANT articles (LexRank gets khulasa's sentence splitter and tokens,
     since sumy's own splitter needs NLTK data that cannot be downloaded here);
  3. the whole `khulasa digest` run on 1,000, 3,000 and N articles, with peak memory.
"""
from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

import khulasa  # noqa: E402
from khulasa.analyse.sentences import analyse  # noqa: E402
from khulasa.arabic.segment import sentences as split_sentences  # noqa: E402
from khulasa.arabic.stem import _memo as _stem_memo  # noqa: E402
from khulasa.arabic.stopwords import stopwords  # noqa: E402
from khulasa.arabic.terms import _memo as _terms_memo  # noqa: E402
from khulasa.arabic.tokenize import tokenize  # noqa: E402
from khulasa.read.jsonl import read_jsonl  # noqa: E402
from khulasa.story.digest import DigestOptions, summarise  # noqa: E402


class ArabicTokenizer:
    """What sumy needs of a tokenizer, with khulasa's Arabic segmentation."""

    language = "arabic"

    def to_sentences(self, paragraph: str):
        return split_sentences(paragraph)

    def to_words(self, sentence: str):
        return [t.key for t in tokenize(sentence)]


def lexrank_time(story_articles, n_sentences: int) -> float:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer

    tok = ArabicTokenizer()
    start = time.perf_counter()
    paragraphs = [Paragraph([Sentence(s, tok) for s in split_sentences(a.text)]) for a in story_articles]
    doc = ObjectDocumentModel(paragraphs)
    summarizer = LexRankSummarizer()
    summarizer.stop_words = stopwords()
    summarizer(doc, n_sentences)
    return time.perf_counter() - start


def khulasa_time(story_articles) -> tuple[float, int]:
    """Time of what khulasa does for one story's digest: analysis of its articles + selection,
    with the word cache emptied first (a cold start, as LexRank's tokenisation is)."""
    _terms_memo.clear()
    _stem_memo.clear()
    start = time.perf_counter()
    analysed = [analyse(a) for a in story_articles]
    digest = summarise(analysed, DigestOptions())
    return time.perf_counter() - start, len(digest)


def run_command(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a command, measured in a fresh child."""
    code = (
        "import resource,subprocess,sys,time;t=time.perf_counter();"
        f"subprocess.run({args!r},stdout=subprocess.DEVNULL,check=True);"
        "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--ant", default=str(SHARED / "data" / "ant-v2.1" / "articles.jsonl.gz"))
    args = ap.parse_args()
    khulasa_bin = str(Path(sys.executable).with_name("khulasa"))
    seeds = SHARED / "seeds"

    print("== 1. whole command on the seeds (Python start included), best of 5")
    times = [run_command([khulasa_bin, "digest", str(seeds)])[0] for _ in range(5)]
    print(f"khulasa digest ../shared/seeds: {min(times):.3f} s (target < 1 s)")

    print("\n== 2. digest time per story: khulasa vs sumy LexRank (same sentences)")
    with gzip.open(args.ant, "rt", encoding="utf-8") as f:
        text = "".join(line for _, line in zip(range(args.articles), f))
    ant, _ = read_jsonl(Path("ant.jsonl"), text, "utf-8")
    result = khulasa.digest(ant, progress=False)
    by_id = {a.id: a for a in ant}
    seed_articles = [a for a in khulasa.digest(seeds).articles]
    stories = [("seeds", seed_articles)] + [
        (f"{s.id} ({len(s.articles)} art.)", [by_id[i] for i in s.articles])
        for s in sorted(result.stories, key=lambda s: -len(s.articles))[:20]
    ]
    print(f"{'story':<22}{'sentences':>10}{'khulasa s':>12}{'LexRank s':>12}{'speed-up':>10}")
    slowest = None
    for name, arts in stories:
        n_sent = sum(len(split_sentences(a.text)) for a in arts)
        k = min(khulasa_time(arts)[0] for _ in range(3))
        lr = min(lexrank_time(arts, 5) for _ in range(2))
        ratio = lr / k if k else float("inf")
        slowest = ratio if slowest is None else min(slowest, ratio)
        print(f"{name:<22}{n_sent:>10}{k:>12.4f}{lr:>12.4f}{ratio:>9.1f}x")
    print(f"smallest speed-up: {slowest:.1f}x (target >= 3x)")

    print("\n== 3. whole `khulasa digest` run (JSON to /dev/null), with and without figures")
    print(f"{'articles':>9}{'seconds':>10}{'art/s':>9}{'peak MB':>10}{'no-fig s':>10}{'slowdown':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1000, 3000, args.articles):
            path = Path(tmp) / f"ant{n}.jsonl"
            path.write_text("".join(text.splitlines(keepends=True)[:n]), encoding="utf-8")
            secs, mb = run_command([khulasa_bin, "digest", str(path), "-f", "json", "-q"])
            bare, _ = run_command([khulasa_bin, "digest", str(path), "-f", "json", "-q", "--no-figures"])
            print(f"{n:>9}{secs:>10.1f}{n / secs:>9.0f}{mb:>10.0f}{bare:>10.1f}{secs / bare:>9.2f}x")

    print("\n== 4. figure extraction throughput (analysed articles in memory)")
    from khulasa.analyse.figures import extract

    analysed = [analyse(a) for a in ant]
    start = time.perf_counter()
    n_fig = sum(len(extract(a)) for a in analysed)
    secs = time.perf_counter() - start
    print(
        f"{len(analysed)} articles, {n_fig} figures in {secs:.1f} s: "
        f"{n_fig / secs:.0f} figures/s, {len(analysed) / secs:.0f} articles/s"
    )


if __name__ == "__main__":
    main()
