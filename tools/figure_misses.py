"""Every labelled figure khulasa gets wrong on one field, with what it read and the sentence, to be
grouped by cause before anything is changed (the scoring is tools/label_figures.py's: as_of is the
resolved day or period, ``as_of_first..as_of_last`` of the dated figure, else the published day).

    python tools/figure_misses.py [--field as_of|measure|place|source|conduit|noncount] [--article ID] [--gold F]
    python tools/figure_misses.py --claims       # the claims of 2+ figures that are not pure
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _sentence(text: str, f) -> str:
    s = text[f.sentence_start:f.sentence_end]
    a, b = f.start - f.sentence_start, f.end - f.sentence_start
    return " ".join((s[:a] + "[[" + s[a:b] + "]]" + s[b:]).split())


def _wrong(tool, field: str, r: dict, f, pub) -> str | None:
    """What khulasa read when it differs from the gold row on ``field``, else None."""
    if field == "as_of":
        got = tool.fig_as_of(f, pub)
        return None if got == r["as_of"] else f"{got} (words {f.as_of!r}, period {f.period})"
    if field == "measure":
        ok = f.measure == r["measure"] or f.measure in tool.MEASURE_MAP.get(r["measure"], ())
        return None if ok else f.measure
    if field == "place":
        return None if tool.place_ok(r["place"], f.place) else str(f.place)
    if field == "source":
        return None if tool.source_ok(r["source"], f.source_canonical) else f"{f.source_canonical} ({f.source})"
    if field == "conduit":
        return None if tool.conduit_ok(r["conduit"], f.conduit) else str(f.conduit)
    raise ValueError(field)


def impure_claims(tool) -> int:
    """Print every claim of two or more figures whose figures are not one labelled quantity
    (the labelled stories digested as tools/label_figures.py's score_claims digests them)."""
    import khulasa

    gold = tool.read_gold()
    quantity: dict[str, str] = {}
    stories: dict[str, set[str]] = defaultdict(set)
    for c in tool.read_claims():
        for k in c["figures"]:
            quantity[k] = c["quantity"]
            stories[c["story"]].add(k.rsplit(":", 1)[0])
    by_article: dict[str, list[dict]] = defaultdict(list)
    for r in gold:
        by_article[r["article_id"]].append(r)
    rows = tool.load_rows({a for arts in stories.values() for a in arts})
    n = 0
    for story, arts in sorted(stories.items()):
        result = khulasa.digest([tool.as_article(rows[a]) for a in sorted(arts)], progress=False)
        for st in result.stories:
            for cl in st.claims:
                if len(cl.figures) < 2:
                    continue
                labels = []
                for i in cl.figures:
                    f = st.figures[i]
                    hit = [
                        r for r in by_article.get(f.article, ()) if int(r["start"]) < f.end and f.start < int(r["end"])
                    ]
                    label = ("unlabelled" if not hit else "noncount:" + hit[0]["kind"] if hit[0]["kind"] != "figure"
                             else quantity.get(f"{hit[0]['article_id']}:{hit[0]['start']}", "unlisted"))
                    labels.append((f, label))
                if len({lab for _, lab in labels}) == 1 and not labels[0][1].startswith("noncount"):
                    continue
                n += 1
                print(f"== {story}: claim {cl.measure} {cl.values}")
                for f, label in labels:
                    text = rows[f.article]["text"]
                    print(f"   {f.article}:{f.start} {f.quote!r} {f.measure} subj={f.subject} place={f.place}"
                          f" period={f.period} as_of={f.as_of_first}..{f.as_of_last} src={f.source_canonical}"
                          f" | {label}")
                    print(f"      {_sentence(text, f)[:300]}")
    print(f"{n} impure claims")
    return 0


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--field", default="as_of", choices=("as_of", "measure", "place", "source", "conduit", "noncount"))
    p.add_argument("--article", action="append")
    p.add_argument("--claims", action="store_true")
    p.add_argument("--gold", type=Path, help="a gold file other than tests/data/ant_figures_gold.tsv (a held-out set)")
    args = p.parse_args(argv)
    import label_figures as tool  # beside this script, on its path when run
    if args.claims:
        return impure_claims(tool)
    gold = tool.read_gold(args.gold) if args.gold else tool.read_gold()
    by_article: dict[str, list[dict]] = defaultdict(list)
    for r in gold:
        if not args.article or r["article_id"] in args.article:
            by_article[r["article_id"]].append(r)
    rows = tool.load_rows(set(by_article))
    n = 0
    for aid, grows in sorted(by_article.items()):
        row = rows[aid]
        figs = tool.khulasa_figures(row)
        pub = datetime.fromisoformat(row["published"]).date() if row.get("published") else None
        for r in grows:
            hit = tool.overlapping(figs, int(r["start"]), int(r["end"]))
            if not hit:
                continue
            f = hit[0]
            if args.field == "noncount":
                if r["kind"] == "figure":
                    continue
                got = f"{f.measure} (gold {r['kind']})"
            else:
                if r["kind"] != "figure" or r["measure"] not in tool.HUMANITARIAN:
                    continue
                got = _wrong(tool, args.field, r, f, pub)
                if got is None:
                    continue
            n += 1
            gold_value = r.get(args.field, "") if args.field != "noncount" else r["kind"]
            print(f"{aid}:{r['start']} pub={row.get('published', '')[:16]} {r['text']!r} {r['measure']}"
                  f" rt={r['running_total']} | gold {gold_value} | got {got}")
            if r["note"]:
                print(f"    note: {r['note']}")
            print(f"    {_sentence(row['text'], f)}")
    print(f"{n} misses")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
