"""Storyline lab (issue 15): thread a store's stories (events) into storylines and score them.

    python tools/storyline_lab.py --db news.db                 # read the store (read only)
    python tools/storyline_lab.py --db news.db --cache a.pkl    # ... and keep the articles' leads
    python tools/storyline_lab.py --cache a.pkl [--cohere 0.3 --k 25 --no-recheck ...]
    python tools/storyline_lab.py --cache a.pkl --sweep         # the grid, chosen on the tuning half

Method. An article's lead is the set of matching stems of its title and first two body
sentences (numbers left out); its countries are the places its title names (gazetteer, taken up
to the country) and its country adjectives. An event's vector: for each stem t with background
idf >= IDF_MIN, weight share(t) * idf(t), share = the fraction of the event's original articles
whose lead has t; the K heaviest kept, L2-normalised.
Stage 1 links events. Candidate pairs: an earlier event j ending at most GAP days before event i
starts, cosine >= LINK. Taken in the order the events arrive (i's first day, strongest pair
first), a pair joins the two storylines only if their profiles agree: cosine of the sums of
their events' vectors >= COHERE (MERGE_COHERE when both hold MERGE_SIZE events or more), and,
when both name countries, cosine of their country counts > PLACES. The profile test is what
stops single-link chaining (Afrin into Ghouta); the country test keeps apart storylines of the
same vocabulary elsewhere (Lebanon's election, Iraq's; Sinjar and Afrin).
Stage 2 (on by default) rechecks articles, since events are not always pure: an article whose
lead fits its own event poorly (cosine < OUTLIER) moves to the storyline active within
RECHECK_DAYS, of RECHECK_SIZE events or more, whose profile its lead matches best, when that
beats its own storyline's by MARGIN.

Scores are issue 15's on tests/data/ant_storyline_labels.tsv: pair recall (two core articles in
one storyline) and near misses joined (a near miss in the storyline that holds most of its
storyline's cores), over all 11 storylines, over the tuning half (TUNE, 6) and the other 5.
"""
from __future__ import annotations

import argparse
import math
import pickle
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, fields, replace
from itertools import product
from pathlib import Path

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "ant_storyline_labels.tsv"
TUNE = ("afrin-offensive", "douma-chemical-attack-and-western-strikes", "gaza-great-march-of-return",
        "iraqi-elections-and-government", "thai-cave-rescue", "world-cup-2018")


@dataclass(frozen=True)
class Lead:
    """One article: its id, event (story), date (proleptic ordinal), whether it is a duplicate,
    and the matching stems of its title and first two body sentences."""
    id: str
    story: int
    day: int | None
    duplicate: bool
    terms: tuple[str, ...]
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Params:
    """The defaults are the configuration chosen on the tuning half (TUNE)."""
    k: int = 15                # terms kept per event vector
    idf_min: float = 3.5       # background idf floor of a term
    gap: int = 90              # days from one event's last article to a later event's first
    link: float = 0.2          # event-event cosine to be a candidate pair
    cohere: float = 0.35       # storyline-profile cosine to join two storylines
    places: float = 0.7        # country agreement needed when both storylines name countries (0: off)
    merge_size: int = 10**9    # two storylines of at least this many events each ...
    merge_cohere: float = 0.5  # ... join only at this profile cosine (the default never applies)
    recheck: bool = True       # stage 2: move articles that read closer to another storyline
    outlier: float = 0.3       # stage 2 looks only at articles this far (cosine) from their own event
    margin: float = 0.1        # ... and moves one only if another storyline beats its own by this
    recheck_days: int = 3      # ... among storylines active within this many days of the article
    recheck_size: int = 3      # ... that hold at least this many events


# ---------------------------------------------------------------- reading


def lead_terms(article, terms) -> tuple[str, ...]:
    words = set(terms(article.title)) if article.title else set()
    body = [s for s in article.sentences if s.kind == "body"][:2]
    for sentence in body:
        words.update(sentence.terms)
    return tuple(sorted(t for t in words if not t[:1].isdigit()))


PREFIXES = ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف")


def title_countries(title: str | None) -> tuple[str, ...]:
    """The countries a title names: its places (gazetteer, up to three words) taken to the country
    they lie in, and country adjectives (السورية -> سوريا)."""
    from khulasa.arabic.normalize import normalize
    from khulasa.news.places import country_adjectives, gazetteer, lineage
    words = [normalize(w) for w in "".join(c if c.isalpha() else " " for c in title or "").split()]
    names, adjectives, found = gazetteer(), country_adjectives(), set()
    for i, w in enumerate(words):
        forms = [w] + [w[len(p):] for p in PREFIXES if w.startswith(p) and len(w) - len(p) >= 3]
        forms += [f[:-2] + "ي" for f in forms if f.endswith(("ون", "ين"))]  # اللبنانيون -> اللبناني
        for form in forms:
            if form in adjectives or "ال" + form in adjectives:
                found.add(adjectives.get(form) or adjectives["ال" + form])
                break
            hit = next((names[key] for n in (3, 2, 1)
                        if (key := (form, *words[i + 1:i + n])) in names and len(key) == n), None)
            if hit:
                found.add(lineage(hit)[-1])
                break
    return tuple(sorted(found))


def read_store(db: str) -> list[Lead]:
    from khulasa.arabic.terms import terms
    from khulasa.store.store import Store
    store = Store(db, create=False, readonly=True)
    ids = [r["id"] for r in store.story_rows(None, None, None)]
    leads = []
    for story, articles, _ in store.articles_of(ids):
        for a in articles:
            day = a.published.date().toordinal() if a.published else None
            leads.append(Lead(a.id, story, day, bool(a.duplicate_of), lead_terms(a, terms), title_countries(a.title)))
    return leads


def load_leads(db: str | None, cache: str | None) -> list[Lead]:
    if db is None:
        rows = pickle.loads(Path(cache).read_bytes())
        return [Lead(r[0], r[1], r[3], r[4], tuple(r[5]), title_countries(r[6])) if len(r) == 7 else Lead(*r)
                for r in rows]
    leads = read_store(db)
    if cache:
        Path(cache).write_bytes(pickle.dumps([(x.id, x.story, x.day, x.duplicate, x.terms, x.countries)
                                              for x in leads]))
    return leads


# ---------------------------------------------------------------- events


@dataclass
class Events:
    ids: list[int]                 # story ids, in order of first day
    first: np.ndarray
    last: np.ndarray
    members: list[list[Lead]]


def events_of(leads: list[Lead]) -> Events:
    by_story: dict[int, list[Lead]] = defaultdict(list)
    for x in leads:
        by_story[x.story].append(x)
    dated = {s: [x.day for x in m if x.day is not None] for s, m in by_story.items()}
    ids = sorted((s for s in by_story if dated[s]), key=lambda s: (min(dated[s]), s))
    return Events(ids, np.array([min(dated[s]) for s in ids]), np.array([max(dated[s]) for s in ids]),
                  [by_story[s] for s in ids])


def idf_table(leads: list[Lead]) -> dict[str, float]:
    from khulasa.grouping.vectors import term_idf
    return {t: term_idf(t) for t in {t for x in leads for t in x.terms}}



def top_k_row(weights: dict[str, float], k: int) -> dict[str, float]:
    best = sorted(weights.items(), key=lambda z: (-z[1], z[0]))[:k]
    norm = math.sqrt(sum(w * w for _, w in best)) or 1.0
    return {t: w / norm for t, w in best}


def event_vector(members: list[Lead], idf: dict[str, float], p: Params) -> dict[str, float]:
    originals = [x for x in members if not x.duplicate] or members
    df = Counter(t for x in originals for t in x.terms)
    n = len(originals)
    return top_k_row({t: c / n * idf[t] for t, c in df.items() if idf[t] >= p.idf_min}, p.k)


def lead_vector(lead: Lead, idf: dict[str, float], p: Params) -> dict[str, float]:
    return top_k_row({t: idf[t] for t in lead.terms if idf[t] >= p.idf_min}, p.k)


def to_matrix(rows: list[dict[str, float]], index: dict[str, int]) -> sparse.csr_matrix:
    for row in rows:
        for t in row:
            index.setdefault(t, len(index))
    r = np.repeat(np.arange(len(rows)), [len(row) for row in rows])
    c = np.fromiter((index[t] for row in rows for t in row), dtype=np.int64, count=len(r))
    v = np.fromiter((w for row in rows for w in row.values()), dtype=np.float64, count=len(r))
    return sparse.csr_matrix((v, (r, c)), shape=(len(rows), max(len(index), 1)))


def candidate_pairs(x: sparse.csr_matrix, ev: Events, p: Params, block: int = 500) -> list[tuple[int, int, float]]:
    """(i, j, cosine), j an earlier event ending at most GAP days before i starts, cosine >= LINK;
    sorted as the events would arrive (i's first day, then the strongest pair first)."""
    out = []
    reach = np.maximum.accumulate(ev.last)  # the latest end among events started so far
    for s in range(0, x.shape[0], block):
        e = min(x.shape[0], s + block)
        lo = int(np.searchsorted(reach, ev.first[s] - p.gap))
        sim = (x[s:e] @ x[lo:e].T).tocoo()
        i, j, v = sim.row + s, sim.col + lo, sim.data
        keep = (j < i) & (v >= p.link) & (ev.first[i] - ev.last[j] <= p.gap)
        out += zip(i[keep].tolist(), j[keep].tolist(), v[keep].tolist())
    out.sort(key=lambda z: (ev.first[z[0]], z[0], -z[2]))
    return out


# ---------------------------------------------------------------- storylines


class Storylines:
    """Union-find over events with a profile per storyline (the sum of its events' vectors)."""

    def __init__(self, vectors: list[dict[str, float]], countries: list[Counter]):
        self.countries = [Counter(c) for c in countries]
        self.parent = list(range(len(vectors)))
        self.profile = [dict(v) for v in vectors]
        self.norm = [math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in vectors]
        self.size = [1] * len(vectors)

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def coherence(self, a: int, b: int) -> float:
        pa, pb = self.profile[a], self.profile[b]
        if len(pa) > len(pb):
            pa, pb = pb, pa
        return sum(w * pb.get(t, 0.0) for t, w in pa.items()) / (self.norm[a] * self.norm[b])

    def places_agree(self, a: int, b: int) -> float:
        """Cosine of the two storylines' country counts (1.0 when either names none)."""
        ca, cb = self.countries[a], self.countries[b]
        if not ca or not cb:
            return 1.0
        dot = sum(v * cb.get(k, 0) for k, v in ca.items())
        return dot / math.sqrt(sum(v * v for v in ca.values()) * sum(v * v for v in cb.values()))

    def join(self, a: int, b: int) -> None:
        if self.size[a] < self.size[b]:
            a, b = b, a
        pa = self.profile[a]
        for t, w in self.profile[b].items():
            pa[t] = pa.get(t, 0.0) + w
        self.profile[b] = {}
        self.countries[a].update(self.countries[b])
        self.norm[a] = math.sqrt(sum(w * w for w in pa.values()))
        self.size[a] += self.size[b]
        self.parent[b] = a


def event_countries(members: list[Lead]) -> Counter:
    """Countries named by the titles of an event's original articles, each counted once per title."""
    originals = [x for x in members if not x.duplicate] or members
    return Counter(c for x in originals for c in x.countries)


def thread(vectors: list[dict[str, float]], countries: list[Counter], pairs: list[tuple[int, int, float]],
           p: Params) -> Storylines:
    lines = Storylines(vectors, countries)
    for i, j, _ in pairs:
        a, b = lines.find(i), lines.find(j)
        need = p.merge_cohere if min(lines.size[a], lines.size[b]) >= p.merge_size else p.cohere
        if a != b and lines.coherence(a, b) >= need and (p.places <= 0 or lines.places_agree(a, b) > p.places):
            lines.join(a, b)
    return lines


def storyline_spans(ev: Events, lines: Storylines, roots: list[int]) -> tuple[np.ndarray, np.ndarray]:
    lo = {r: ev.first[k] for k, r in reversed(list(enumerate(map(lines.find, range(len(ev.ids))))))}
    hi: dict[int, int] = {}
    for k in range(len(ev.ids)):
        r = lines.find(k)
        hi[r] = max(hi.get(r, ev.last[k]), ev.last[k])
    return np.array([lo[r] for r in roots]), np.array([hi[r] for r in roots])


def recheck(leads: list[Lead], ev: Events, lines: Storylines, line_of: dict[str, int],
            idf: dict[str, float], p: Params, vectors: list[dict[str, float]]) -> dict[str, int]:
    """Move an article that fits its own event poorly (lead-event cosine below OUTLIER) to the
    storyline, active within RECHECK_DAYS and of at least RECHECK_SIZE events, whose profile its
    lead matches best, if that beats its own storyline by MARGIN."""
    roots = sorted({lines.find(k) for k in range(len(ev.ids))})
    starts, ends = storyline_spans(ev, lines, roots)
    index: dict[str, int] = {}
    prof = to_matrix([{t: w / lines.norm[r] for t, w in lines.profile[r].items()} for r in roots], index)
    events = to_matrix(vectors, index)
    event_row = {a.id: k for k, m in enumerate(ev.members) for a in m}
    dated = [x for x in leads if x.day is not None and x.id in line_of]
    vec = to_matrix([lead_vector(x, idf, p) for x in dated], index)
    prof.resize((prof.shape[0], vec.shape[1]))
    events.resize((events.shape[0], vec.shape[1]))
    fit = np.asarray(vec.multiply(events[[event_row[x.id] for x in dated]]).sum(axis=1)).ravel()
    row_of = {r: n for n, r in enumerate(roots)}
    sizes = np.array([lines.size[r] for r in roots])
    moved = dict(line_of)
    doubtful = np.flatnonzero(fit < p.outlier)
    sims = (vec[doubtful] @ prof.T).tocsr()
    for row, n in enumerate(doubtful):
        x = dated[n]
        cols = sims.indices[sims.indptr[row]:sims.indptr[row + 1]]
        vals = sims.data[sims.indptr[row]:sims.indptr[row + 1]]
        active = (starts[cols] <= x.day + p.recheck_days) & (ends[cols] >= x.day - p.recheck_days) \
            & (sizes[cols] >= p.recheck_size)
        if not active.any():
            continue
        best = int(cols[active][np.argmax(vals[active])])
        home = row_of[line_of[x.id]]
        here = dict(zip(cols.tolist(), vals.tolist()))
        if best != home and here[best] >= here.get(home, 0.0) + p.margin:
            moved[x.id] = roots[best]
    return moved


def storylines_of(leads: list[Lead], p: Params, idf: dict[str, float] | None = None) -> dict[str, int]:
    """Article id -> storyline (the root event's index)."""
    idf = idf if idf is not None else idf_table(leads)
    ev = events_of(leads)
    vectors = [event_vector(m, idf, p) for m in ev.members]
    x = to_matrix(vectors, {})
    lines = thread(vectors, [event_countries(m) for m in ev.members], candidate_pairs(x, ev, p), p)
    line_of = {a.id: lines.find(k) for k, m in enumerate(ev.members) for a in m}
    return recheck(leads, ev, lines, line_of, idf, p, vectors) if p.recheck else line_of


# ---------------------------------------------------------------- scoring


def gold() -> dict[str, dict[str, list[str]]]:
    rows = [line.rstrip("\n").split("\t") for line in LABELS.open(encoding="utf-8") if not line.startswith("#")]
    head = rows[0]
    by: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"core": [], "near_miss": []})
    for r in rows[1:]:
        f = dict(zip(head, r))
        by[f["storyline"]][f["role"]].append(f["article"])
    return by


def score_one(roles: dict[str, list[str]], line_of: dict[str, int]) -> tuple[int, int, int, int, int]:
    """(core pairs together, core pairs, near misses joined, near misses, storylines of its cores)."""
    cores = [line_of.get(a) for a in roles["core"]]
    n = len(cores)
    together = sum(c * (c - 1) // 2 for k, c in Counter(cores).items() if k is not None)
    counted = Counter(c for c in cores if c is not None).most_common(1)
    home = counted[0][0] if counted else None
    joined = sum(1 for a in roles["near_miss"] if home is not None and line_of.get(a) == home)
    return together, n * (n - 1) // 2, joined, len(roles["near_miss"]), len(set(cores))


def score(line_of: dict[str, int], names: list[str] | None = None, verbose: bool = False) -> tuple[float, float]:
    by = gold()
    totals = np.zeros(4, dtype=int)
    for name in sorted(names or by):
        together, pairs, joined, misses, lines = score_one(by[name], line_of)
        totals += (together, pairs, joined, misses)
        if verbose:
            print(f"  {name:44s} pair recall {together / pairs:.2f}  storylines {lines:2d}  "
                  f"near misses joined {joined}/{misses}")
    return totals[0] / totals[1], totals[2] / totals[3]


def report(line_of: dict[str, int], verbose: bool = True) -> str:
    names = sorted(gold())
    held = [n for n in names if n not in TUNE]
    parts = []
    for label, subset in (("all 11", names), ("tune 6", list(TUNE)), ("held-out 5", held)):
        r, nm = score(line_of, subset, verbose and label == "all 11")
        parts.append(f"{label}: pair recall {r:.3f}, near misses joined {nm:.3f}")
    return "; ".join(parts)


def sweep(leads: list[Lead], idf: dict[str, float]) -> None:
    """The grid; pick on the tuning half (pair recall minus near misses joined), read the other."""
    names = sorted(gold())
    held = [n for n in names if n not in TUNE]
    rows = []
    for k, cohere, places, check in product((15, 25), (0.3, 0.35, 0.4), (0.0, 0.7), (False, True)):
        p = replace(Params(), k=k, cohere=cohere, places=places, recheck=check)
        line_of = storylines_of(leads, p, idf)
        got = [score(line_of, subset) for subset in (list(TUNE), held, names)]
        rows.append((got[0][0] - got[0][1], p, got))
        print(f"k={k} cohere={cohere} places={places} recheck={check}: " +
              "  ".join(f"{lab} {r:.3f}/{nm:.3f}" for lab, (r, nm) in zip(("tune", "held", "all"), got)), flush=True)
    best = max(rows, key=lambda z: z[0])
    print("best on the tuning half:", best[1], best[2])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="a whole-corpus store, opened read only")
    ap.add_argument("--cache", help="a pickle of the articles' leads (written with --db, read without)")
    ap.add_argument("--sweep", action="store_true", help="the parameter grid, chosen on the tuning half")
    for field in fields(Params):
        flag = "--" + field.name.replace("_", "-")
        if field.type in ("bool", bool):
            ap.add_argument(flag, action=argparse.BooleanOptionalAction, default=field.default)
        else:
            kind = int if field.type in ("int", int) else float
            ap.add_argument(flag, type=kind, default=field.default)
    args = ap.parse_args()
    if not args.db and not args.cache:
        sys.exit("give --db or --cache")
    t0 = time.perf_counter()
    leads = load_leads(args.db, args.cache)
    idf = idf_table(leads)
    print(f"{len(leads)} articles read in {time.perf_counter() - t0:.1f}s")
    if args.sweep:
        return sweep(leads, idf)
    p = Params(**{f.name: getattr(args, f.name) for f in fields(Params)})
    t0 = time.perf_counter()
    line_of = storylines_of(leads, p, idf)
    took = time.perf_counter() - t0
    print(f"{p}\n{len(set(line_of.values()))} storylines in {took:.1f}s")
    print(report(line_of))


if __name__ == "__main__":
    main()
