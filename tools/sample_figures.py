"""Draw figures and claims at random from a store, with their sentences, to be read and judged
as an analyst would (issue 14's closing check: 20 figures and 10 claims from the whole corpus).

    python tools/sample_figures.py --db news.db [--figures 20] [--claims 10] [--seed 1]

Figures are drawn uniformly from every figure of the store's original articles; claims from the
claims of two or more figures of stories drawn at random (each story digested as `khulasa digest
--db` would). Each is printed with what khulasa read (value, measure, subject, place, source,
conduit, as of, period) and the sentence it stands in, the number marked [[like this]]."""
from __future__ import annotations

import argparse
import random
import sys

import khulasa
from khulasa.model import Figure
from khulasa.store.store import Store


def _sentence(text: str, f: Figure) -> str:
    s = text[f.sentence_start:f.sentence_end]
    a, b = f.start - f.sentence_start, f.end - f.sentence_start
    return " ".join((s[:a] + "[[" + s[a:b] + "]]" + s[b:]).split())


def _reading(f: Figure) -> str:
    when = f"{f.as_of_first}..{f.as_of_last}" if f.as_of_first or f.as_of_last else "-"
    source = f.source_canonical or f.source or "(outlet)"
    conduit = f" via {f.conduit}" if f.conduit else ""
    return (f"value={f.value if f.value is not None else (f.low, f.high)} measure={f.measure} subject={f.subject} "
            f"place={f.place} source={source}{conduit} as_of={f.as_of!r} period={f.period} dates={when}")


def sample_figures(store: Store, n: int, rng: random.Random) -> None:
    stories = [r["id"] for r in store.story_rows(None, None, None)]
    pool = []
    for _sid, articles, figures in store.articles_of(stories):
        for a in articles:
            if not a.duplicate_of:
                pool.extend((a, f) for f in figures.get(a.id, ()))
    print(f"# {n} of {len(pool)} figures\n")
    for k, (a, f) in enumerate(rng.sample(pool, min(n, len(pool))), 1):
        print(f"F{k}. {a.id} ({a.published.date() if a.published else '?'}) {f.quote!r}\n    {_reading(f)}")
        print(f"    {_sentence(a.text, f)}\n")


def sample_claims(db: str, n: int, rng: random.Random) -> None:
    stories = [r["id"] for r in khulasa.stories(db) if len(r["articles"]) >= 2]
    rng.shuffle(stories)
    found = 0
    print(f"# {n} claims of two or more figures\n")
    for start in range(0, len(stories), 40):
        result = khulasa.digest_stored(db, stories[start:start + 40], progress=False)
        texts = {a.id: a.text for a in result.articles}
        for st in result.stories:
            multi = [c for c in st.claims if len(c.figures) >= 2]
            if not multi or found >= n:
                continue
            c = rng.choice(multi)
            found += 1
            print(f"C{found}. story {st.id} «{st.title}»: {c.measure} {c.subject or ''} {c.place or ''} "
                  f"values={c.values} best={c.best} differ={c.differ} superseded={c.superseded}")
            for i in c.figures:
                f = st.figures[i]
                print(f"    - {f.quote!r} {_reading(f)}\n      {_sentence(texts[f.article], f)}")
            print()
        if found >= n:
            return


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True)
    p.add_argument("--figures", type=int, default=20)
    p.add_argument("--claims", type=int, default=10)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    rng = random.Random(args.seed)
    store = Store(args.db, create=False, readonly=True)
    try:
        sample_figures(store, args.figures, rng)
    finally:
        store.close()
    sample_claims(args.db, args.claims, rng)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
