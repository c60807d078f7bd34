"""Builds the word-frequency lexicon shipped in khulasa/arabic/data from the ANT corpus.

    python tools/build_language_data.py ../shared/data/ant-v2.1/articles.jsonl.gz

ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb), Apache-2.0 with a citation licence:
A. Chouigui, O. Ben Khiroun, B. Elayeb. "An Arabic Multi-source News Corpus: Experimenting on
Single-document Extractive Summarization". Arabian Journal for Science and Engineering 46(8), 2021.
"""
from __future__ import annotations

import collections
import gzip
import json
import sys
from pathlib import Path

from khulasa.arabic.stem import stem_words
from khulasa.arabic.tokenize import tokenize

OUT = Path(__file__).resolve().parent.parent / "khulasa" / "arabic" / "data"
HEADER = (
    "# Word frequencies (normalised for matching) counted in the ANT Corpus v2.1, 31,525 Arabic\n"
    "# news articles, 2018. Cite: A. Chouigui, O. Ben Khiroun, B. Elayeb. \"An Arabic Multi-source\n"
    "# News Corpus: Experimenting on Single-document Extractive Summarization\". Arabian Journal for\n"
    "# Science and Engineering 46(8), 2021. Columns: word, count. First data line: total tokens.\n"
)


DF_HEADER = (
    "# Document frequency of matching stems in the ANT Corpus v2.1 (see wordfreq.tsv.gz for the\n"
    "# citation). Columns: stem, number of articles. First data line: number of articles.\n"
)


def main(path: str, min_count: int = 3, limit: int = 200_000) -> None:
    counts: collections.Counter[str] = collections.Counter()
    df: collections.Counter[str] = collections.Counter()
    docs = 0
    seen_texts = set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            text = row.get("text") or ""
            h = hash(text)
            if h in seen_texts:  # the corpus files some articles twice
                continue
            seen_texts.add(h)
            toks = [t for t in tokenize(text) if not t.key[:1].isdigit()]
            counts.update(t.key for t in toks)
            df.update(set(stem_words([t.text for t in toks])))
            docs += 1
    total = sum(counts.values())
    kept = [(w, c) for w, c in counts.most_common(limit) if c >= min_count]
    body = HEADER + f"__total__\t{total}\n" + "".join(f"{w}\t{c}\n" for w, c in kept)
    (OUT / "wordfreq.tsv.gz").write_bytes(gzip.compress(body.encode("utf-8"), 9, mtime=0))
    kept_df = [(w, c) for w, c in df.most_common() if c >= 2]
    body = DF_HEADER + f"__docs__\t{docs}\n" + "".join(f"{w}\t{c}\n" for w, c in kept_df)
    (OUT / "stemdf.tsv.gz").write_bytes(gzip.compress(body.encode("utf-8"), 9, mtime=0))
    print(f"{len(kept_df)} stems in {docs} articles", file=sys.stderr)
    print(f"{len(kept)} words, {total} tokens", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
