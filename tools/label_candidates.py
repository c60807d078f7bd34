"""Print ANT articles matching a pattern within a date span (id, outlet, time, title, lead),
for labelling story clusters by reading: python tools/label_candidates.py REGEX FROM TO."""
from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "ant-v2.1" / "articles.jsonl.gz"


def main(pattern: str, since: str, until: str, field: str = "title") -> None:
    rx = re.compile(pattern)
    with gzip.open(ANT, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    hits = [
        r for r in rows
        if since <= (r.get("published") or "")[:10] <= until and rx.search(r.get(field) or "")
    ]
    for r in sorted(hits, key=lambda r: r["published"]):
        lead = (r.get("abstract") or r["text"]).replace("\n", " ")[:110]
        print(f"{r['id']}\t{r['published'][5:16]}\t{r['title']}\t| {lead}")
    print(f"# {len(hits)}")


if __name__ == "__main__":
    main(*sys.argv[1:])
