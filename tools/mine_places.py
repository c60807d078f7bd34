"""List the names the ANT corpus introduces as places (after مدينة، بلدة، ولاية، محافظة، إقليم، منطقة...) that the
gazetteer does not know, most written first: the candidates read by hand for khulasa/news/data/places_corpus.tsv.

    python tools/mine_places.py [--min 4] [--top 400]

Prints ``count<TAB>name<TAB>the place nouns before it`` for one-word names, then for two-word ones. Most
candidates are not places (أخرى، رئاسية، الجزاء of منطقة الجزاء) or are places under a common word's name: the
file keeps only what a reader accepted, each with its parent and why.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khulasa.arabic.normalize import normalize  # noqa: E402
from khulasa.news.places import gazetteer  # noqa: E402

ANT = ROOT.parent / "shared" / "data" / "ant-v2.1" / "articles.jsonl.gz"
# the nouns that introduce a place, bare and with a glued ب or ل (بمدينة، لولاية)
NOUNS = "مدينة بلدة قرية ولاية محافظة إقليم مقاطعة ناحية قضاء مخيم جزيرة منطقة".split()  # noqa: SIM905
ARABIC_WORD = "[\u0621-\u064a]"


def _pattern() -> re.Pattern[str]:
    nouns = "|".join(p + n for n in NOUNS for p in ("", "ب", "ل"))
    return re.compile(rf"(?:^|\s)({nouns})\s+({ARABIC_WORD}{{3,}})(?:\s+({ARABIC_WORD}{{2,}}))?")


def _key(name: str) -> tuple[str, ...]:
    """A name as the gazetteer keys it: its normalised words."""
    return tuple(normalize(name).split())


def mine(path: Path) -> tuple[Counter, Counter, dict[str, Counter]]:
    """(one-word names, two-word names, the nouns each one-word name came after), the known left out."""
    known = gazetteer()
    pattern = _pattern()
    one: Counter = Counter()
    two: Counter = Counter()
    nouns: dict[str, Counter] = defaultdict(Counter)
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            for m in pattern.finditer(json.loads(line)["text"]):
                noun, first, second = m.groups()
                if _key(first) in known or (second and _key(f"{first} {second}") in known):
                    continue
                one[first] += 1
                nouns[first][noun] += 1
                if second:
                    two[f"{first} {second}"] += 1
    return one, two, nouns


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min", type=int, default=4, help="fewest uses printed")
    ap.add_argument("--top", type=int, default=400, help="most names printed of each length")
    args = ap.parse_args()
    one, two, nouns = mine(ANT)
    for name, n in one.most_common(args.top):
        if n >= args.min:
            print(f"{n}\t{name}\t{' '.join(k for k, _ in nouns[name].most_common(3))}")
    print()
    for name, n in two.most_common(args.top):
        if n >= args.min:
            print(f"{n}\t{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
