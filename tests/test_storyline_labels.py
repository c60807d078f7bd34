"""Storylines against the hand-labelled ANT storylines (tests/data/ant_storyline_labels.tsv):
their core and near-miss articles, mixed with other articles of the same days, ingested into a
store as a desk would, then scored as issue 15 asks: pair recall (two cores of a storyline in
one storyline) and near misses joined (a near miss in the storyline that holds most of its
storyline's cores). The whole-corpus numbers come from ``tools/storyline_lab.py --db``."""
from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from datetime import datetime, timedelta

from khulasa.pipeline.ingest import ingest

from .test_storyline_labels_data import storylines

DISTRACTORS = 1500  # other articles of the labelled days


def score(line_of: dict[str, object]) -> tuple[float, float, dict[str, tuple[int, int, int, int]]]:
    """(pair recall, near misses joined, per storyline (core pairs together, core pairs,
    near misses joined, near misses))."""
    per = {}
    for name, roles in storylines().items():
        cores = [line_of[r["article"]] for r in roles["core"]]
        counts = Counter(cores)
        together = sum(c * (c - 1) // 2 for c in counts.values())
        home = counts.most_common(1)[0][0]
        joined = sum(1 for r in roles["near_miss"] if line_of[r["article"]] == home)
        per[name] = (together, len(cores) * (len(cores) - 1) // 2, joined, len(roles["near_miss"]))
    sums = [sum(v[k] for v in per.values()) for k in range(4)]
    return sums[0] / sums[1], sums[2] / sums[3], per


def test_scoring_a_perfect_and_a_lumped_threading():
    labelled = {r["article"]: name for name, roles in storylines().items() for r in roles["core"]}
    misses = {r["article"] for roles in storylines().values() for r in roles["near_miss"]}
    perfect = {**{a: f"other-{a}" for a in misses}, **labelled}
    assert score(perfect)[:2] == (1.0, 0.0)
    assert score({a: "one" for a in {*labelled, *misses}})[:2] == (1.0, 1.0)


def _mix(ant_rows, tmp_path, batch: int | None = None) -> tuple[dict[str, object], int]:
    """The labelled articles mixed with others of their days, ingested (in batches of ``batch``
    articles, else the ingest's own): each article's storyline, and the storyline merges logged."""
    wanted = {r["article"] for roles in storylines().values() for rs in roles.values() for r in rs}
    labelled = [r for r in ant_rows if r["id"] in wanted]
    days = {datetime.fromisoformat(r["published"]).date() for r in labelled}
    near = {d + timedelta(days=k) for d in days for k in (-1, 0, 1)}
    others = [
        r for r in ant_rows
        if r["id"] not in wanted and r.get("published") and datetime.fromisoformat(r["published"]).date() in near
    ]
    mix = labelled + random.Random(7).sample(others, DISTRACTORS)
    path = tmp_path / "mix.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in mix), encoding="utf-8")
    db = tmp_path / "news.db"
    # figures play no part in threading
    ingest(path, db, progress=False, figures=False, **({} if batch is None else {"batch": batch}))
    with sqlite3.connect(db) as c:
        line_of = dict(c.execute("SELECT a.id, s.storyline FROM articles a JOIN stories s ON s.id = a.story"))
        merges = c.execute("SELECT count(*) FROM storyline_log WHERE kind = 'merged'").fetchone()[0]
    return line_of, merges


def _show(label: str, line_of: dict[str, object], merges: int) -> tuple[float, float]:
    recall, joined, per = score(line_of)
    print(f"\nstorylines of the labelled articles mixed with {DISTRACTORS} others of their days, {label}:"
          f" pair recall {recall:.3f}, near misses joined {joined:.3f} ({merges} storyline merges logged)")
    for name, (together, pairs, j, m) in sorted(per.items()):
        print(f"  {name:44s} pair recall {together / pairs:.2f}  near misses joined {j}/{m}")
    return recall, joined


def test_storylines_match_the_labelled_storylines(ant_rows, tmp_path):
    recall, joined = _show("in one batch", *_mix(ant_rows, tmp_path))
    # ratchets at today's level, short of issue 15's targets (pair recall >= 0.8, <= 10% near misses)
    assert recall >= RECALL and joined <= JOINED


def test_storylines_threaded_as_articles_arrive_match_the_labelled_storylines(ant_rows, tmp_path):
    """The same mix ingested 100 articles at a time: events re-profiled as their articles arrive
    are threaded again (they once kept the storylines their first articles joined: 15.3% of near
    misses joined, against 10.6% in one batch)."""
    recall, joined = _show("100 articles at a time", *_mix(ant_rows, tmp_path, batch=100))
    assert recall >= RECALL_ARRIVING and joined <= JOINED_ARRIVING


# 0.775 and 0.153 (13 of 85): known happenings thread the World Cup, the Douma attack and the
# campaigns read by place (0.637 and 0.106 before); in this sparse mix the crown prince's interview,
# whose leads name Khashoggi, joins the affair, a reaction naming Douma but not the attack joins the
# Ghouta offensive, and Gaza's storyline holds 7 of its 9 near misses (over the whole corpus: 0.881
# and 4.7%, Gaza 2 of 9); 0.815 once the Skripal case, named by its victims or the nerve agent,
# was its storyline's happening anywhere and for the year (0.44 to 0.82: its March coverage had
# formed two storylines, and the later coverage named no British place); 0.820 and 0.094 (8 of 85:
# issue 15's targets) once a place's stems weighed half in a profile, what happened telling one
# storyline of a place from another (Gaza's marches from its July strikes, the embassy's opening and
# the general strike: 7 of 9 near misses to 2), with link 0.12 and cohere 0.10 (over the whole corpus
# 0.903 and 4.7%, against 0.888 and 4.7%)
RECALL, JOINED = 0.81, 0.1
# 0.829 and 0.129 (0.796 and 0.153 before the place weight): some cores' events are threaded before
# their storyline's others arrive, and a near miss's before its own storyline's
RECALL_ARRIVING, JOINED_ARRIVING = 0.82, 0.13
