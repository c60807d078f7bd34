"""Label ANT storylines (and check event clusters) by reading titles and leads.

    python tools/label_storylines.py pick WORDS... --from 2018-02-18 --to 2018-04-14 [--outlet skynews]
    python tools/label_storylines.py show ID...
    python tools/label_storylines.py --check tests/data/ant_storyline_labels.tsv [--min-core 15]
    python tools/label_storylines.py --check tests/data/ant_event_labels_more.tsv --with tests/data/ant_story_labels.tsv

`pick` lists candidates (id, outlet, date, title, first sentence of the lead) whose title or lead
holds every WORD (each a regular expression, so ``دوما|الغوطة`` is one word with two spellings).
The corpus is streamed once and an index of id, outlet, time, title and lead is kept in the
system's temporary folder for the next call. `--check` validates a labels file against the corpus.
The corpus is the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AJSE 46(8), 2021).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "ant-v2.1" / "articles.jsonl.gz"
CACHE = Path(tempfile.gettempdir()) / "khulasa-ant-index-v1.tsv"
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s")
STORYLINE_HEAD = re.compile(r"^#\s*storyline\s+(\S+)\s+(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})\b")
NEAR_MISS_GROUP = re.compile(r"^#\s*hard negatives:\s*(.+)$")


@dataclass(frozen=True)
class Article:
    id: str
    outlet: str
    published: str  # ISO time as in the corpus, or ""
    title: str
    lead: str

    @property
    def day(self) -> str:
        return self.published[:10]


def first_sentence(text: str, limit: int = 240) -> str:
    flat = " ".join(text.split())
    return SENTENCE_END.split(flat, maxsplit=1)[0][:limit]


def from_row(row: dict) -> Article:
    lead = row.get("abstract") or row.get("text") or ""
    return Article(row["id"], row["source"], row.get("published") or "",
                   " ".join((row.get("title") or "").split()), first_sentence(lead))


def stream_rows(corpus: Path = ANT, wanted: set[str] | None = None) -> Iterator[dict]:
    """The corpus rows, once; with ``wanted``, only those ids are parsed (the id opens each line)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if wanted is not None:
                m = re.match(r'\{"id": "([^"]+)"', line)
                if m and m.group(1) not in wanted:
                    continue
            yield json.loads(line)


def build_index(corpus: Path = ANT, cache: Path = CACHE) -> None:
    tmp = cache.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as out:
        for row in stream_rows(corpus):
            a = from_row(row)
            out.write("\t".join(s.replace("\t", " ") for s in (a.id, a.outlet, a.published, a.title, a.lead)) + "\n")
    tmp.replace(cache)


def index(corpus: Path = ANT, cache: Path = CACHE) -> Iterator[Article]:
    """Every article's id, outlet, time, title and lead, from the cache (built once from the corpus)."""
    if not cache.exists() or cache.stat().st_mtime < corpus.stat().st_mtime:
        build_index(corpus, cache)
    with cache.open(encoding="utf-8") as f:
        for line in f:
            yield Article(*line.rstrip("\n").split("\t"))


def pick(words: list[str], since: str, until: str, outlet: str | None = None,
         articles: Iterable[Article] | None = None) -> list[Article]:
    patterns = [re.compile(w) for w in words]
    hits = [
        a for a in (articles if articles is not None else index())
        if since <= a.day <= until and (outlet is None or a.outlet == outlet)
        and all(p.search(a.title) or p.search(a.lead) for p in patterns)
    ]
    return sorted(hits, key=lambda a: a.published)


def show(ids: list[str], corpus: Path = ANT, chars: int = 700) -> None:
    for row in stream_rows(corpus, set(ids)):
        print(f"{row['id']}\t{row['source']}\t{row.get('published')}\n{row.get('title')}\n"
              f"lead: {row.get('abstract')}\ntext: {(row.get('text') or '')[:chars]}\n")


# ---- labels files ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    line: int
    fields: dict[str, str]


def read_rows(path: Path) -> tuple[list[str], list[Row]]:
    """The comment lines and the data rows (as dicts by the header's column names)."""
    comments, rows, header = [], [], None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            comments.append(line)
        elif not line.strip():
            continue
        elif header is None:
            header = line.split("\t")
        else:
            values = line.split("\t")
            rows.append(Row(n, dict(zip(header, values + [""] * (len(header) - len(values))))))
    return comments, rows


_FACTS: dict[Path, dict[str, Article]] = {}  # what was read of each corpus, so that several checks stream it once


def corpus_facts(ids: set[str], corpus: Path = ANT) -> dict[str, Article]:
    known = _FACTS.setdefault(corpus, {})
    if ids - known.keys():
        known.update({row["id"]: from_row(row) for row in stream_rows(corpus, ids - known.keys())})
    return {i: known[i] for i in ids if i in known}


def check_article(row: Row, facts: dict[str, Article]) -> list[str]:
    f, problems = row.fields, []
    a = facts.get(f["article"])
    if a is None:
        return [f"line {row.line}: {f['article']} is not in the corpus"]
    if f.get("outlet") and f["outlet"] != a.outlet:
        problems.append(f"line {row.line}: {a.id} is from {a.outlet}, not {f['outlet']}")
    if f.get("published") and not a.published.startswith(f["published"]):
        problems.append(f"line {row.line}: {a.id} was published {a.published}, not {f['published']}")
    if f.get("title") and " ".join(f["title"].split()) != a.title:
        problems.append(f"line {row.line}: {a.id}'s title is not the corpus title")
    return problems


def thirds(since: str, until: str) -> tuple[date, date]:
    start, end = date.fromisoformat(since), date.fromisoformat(until)
    step = (end - start) / 3
    return start + step, start + 2 * step


def check_storylines(path: Path, min_core: int = 15, min_near: int = 5, corpus: Path = ANT) -> list[str]:
    """Ids, outlets, dates and titles match the corpus; an article is core of one storyline at most
    and never a near miss of the storyline it is core of; each storyline has a declared span, at
    least ``min_core`` core articles inside it, from three outlets or more, in each third of it,
    and ``min_near`` near misses, each with a note."""
    comments, rows = read_rows(path)
    spans = {m.group(1): (m.group(2), m.group(3)) for m in map(STORYLINE_HEAD.match, comments) if m}
    facts = corpus_facts({r.fields["article"] for r in rows}, corpus)
    problems: list[str] = []
    core: dict[str, str] = {}
    by_storyline: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        problems += check_article(r, facts)
        name, role, art = r.fields["storyline"], r.fields["role"], r.fields["article"]
        if role not in ("core", "near_miss"):
            problems.append(f"line {r.line}: role {role!r} is neither core nor near_miss")
        if name not in spans:
            problems.append(f"line {r.line}: storyline {name} has no '# storyline NAME FROM..TO' line")
        if role == "core":
            if art in core and core[art] != name:
                problems.append(f"line {r.line}: {art} is core of {core[art]} and of {name}")
            core[art] = name
        elif not r.fields.get("note"):
            problems.append(f"line {r.line}: near miss {art} has no note")
        by_storyline[name][role].append(r)
    for name, roles in by_storyline.items():
        for r in roles["near_miss"]:
            if core.get(r.fields["article"]) == name:
                problems.append(f"line {r.line}: {r.fields['article']} is both core and near miss of {name}")
        if name in spans:
            problems += check_spread(name, spans[name], [facts[r.fields["article"]] for r in roles["core"]
                                                          if r.fields["article"] in facts], min_core)
        if len(roles["near_miss"]) < min_near:
            problems.append(f"{name}: {len(roles['near_miss'])} near misses, fewer than {min_near}")
    return problems


def check_spread(name: str, span: tuple[str, str], core: list[Article], min_core: int) -> list[str]:
    problems = []
    if len(core) < min_core:
        problems.append(f"{name}: {len(core)} core articles, fewer than {min_core}")
    outside = [a.id for a in core if not span[0] <= a.day <= span[1]]
    if outside:
        problems.append(f"{name}: core articles outside {span[0]}..{span[1]}: {' '.join(outside)}")
    if len({a.outlet for a in core}) < 3:
        problems.append(f"{name}: core articles from fewer than three outlets")
    if span[0] != span[1]:
        one, two = thirds(*span)
        parts = [sum(1 for a in core if cond(date.fromisoformat(a.day))) for cond in
                 (lambda d: d < one, lambda d: one <= d < two, lambda d: d >= two)]
        if min(parts) == 0:
            problems.append(f"{name}: core articles per third of the span {parts}: one third is empty")
    return problems


def check_events(path: Path, corpus: Path = ANT, also: tuple[Path, ...] = ()) -> list[str]:
    """Event clusters: ids, outlets and titles match the corpus, an article is in one cluster (also
    across the companion files ``also``, read as one set with this one), and every cluster named on a
    '# hard negatives: a | b' line exists in one of the files."""
    comments, rows = read_rows(path)
    facts = corpus_facts({r.fields["article"] for r in rows}, corpus)
    problems: list[str] = []
    seen = {r.fields["article"]: r.fields["story"] for other in also for r in read_rows(other)[1]}
    clusters = set(seen.values())
    for r in rows:
        problems += check_article(r, facts)
        art, story = r.fields["article"], r.fields["story"]
        if art in seen and seen[art] != story:
            problems.append(f"line {r.line}: {art} is in {seen[art]} and in {story}")
        seen[art] = story
        clusters.add(story)
    for group in hard_negative_groups(comments):
        problems += [f"hard negatives name an unknown cluster {c}" for c in group if c not in clusters]
    return problems


def hard_negative_groups(comments: list[str]) -> list[list[str]]:
    return [[c.strip() for c in m.group(1).split("|")] for m in map(NEAR_MISS_GROUP.match, comments) if m]


def check(path: Path, min_core: int = 15, corpus: Path = ANT, also: tuple[Path, ...] = ()) -> list[str]:
    first = next(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    if first.startswith("storyline\t"):
        return check_storylines(path, min_core, corpus=corpus)
    return check_events(path, corpus, also)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--check":
        ap = argparse.ArgumentParser(prog="label_storylines.py --check")
        ap.add_argument("file", type=Path)
        ap.add_argument("--min-core", type=int, default=15)
        ap.add_argument("--with", dest="also", type=Path, nargs="*", default=[],
                        help="event files read as one set with FILE (clusters and hard negatives may refer across)")
        args = ap.parse_args(argv[1:])
        problems = check(args.file, args.min_core, also=tuple(args.also))
        print("\n".join(problems) or f"{args.file}: ok")
        return 1 if problems else 0
    ap = argparse.ArgumentParser(prog="label_storylines.py")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pick")
    p.add_argument("words", nargs="+")
    p.add_argument("--from", dest="since", default="0000")
    p.add_argument("--to", dest="until", default="9999")
    p.add_argument("--outlet")
    s = sub.add_parser("show")
    s.add_argument("ids", nargs="+")
    args = ap.parse_args(argv)
    if args.cmd == "show":
        show(args.ids)
        return 0
    hits = pick(args.words, args.since, args.until, args.outlet)
    for a in hits:
        print(f"{a.id}\t{a.outlet}\t{a.published[:16]}\t{a.title}\t| {a.lead[:140]}")
    print(f"# {len(hits)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
