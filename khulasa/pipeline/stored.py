"""Listing and digesting the stories of a corpus store, from the analysis stored at ingest."""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path

from khulasa.analyse.sentences import OUTLET_REPEATS, as_boilerplate, outlet_sentence_keys
from khulasa.model import Article, Digest, Figure, Skipped, Story, Storyline
from khulasa.pipeline.engines import PARALLEL_MIN, Engine, LocalEngine
from khulasa.pipeline.options import digest_length, instant, iso, query_terms, story_filter, story_number
from khulasa.store.store import Store
from khulasa.story.digest import DigestOptions
from khulasa.story.storyline import storyline_work
from khulasa.story.work import fill, outside_boilerplate, story_work


def stories(
    db: str | Path,
    *,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    query: str | None = None,
) -> list[dict]:
    """The stories of a store: ``{"id", "title", "articles", "outlets", "first", "last"}``
    each (times as ISO 8601), earliest first. ``since``/``until`` keep stories with an article
    published in that span (``until`` a date includes its whole day); ``query`` keeps stories
    with an article holding its words in that order (matched on stems, so الغوطة finds
    وبالغوطة, and الغوطة الشرقية the phrase, not the two words anywhere)."""
    terms_ = query_terms(query)
    with Store(db, create=False) as store:
        rows = store.story_rows(instant(since), instant(until, end_of_day=True), terms_)
    for r in rows:
        r["first"], r["last"] = iso(r["first"]), iso(r["last"])
    return rows


def storyline_rows(story_rows: list[dict]) -> list[dict]:
    """The storylines of listed stories (as ``stories`` gives them): ``{"id", "title", "events",
    "articles", "outlets", "first", "last"}`` each, earliest first; a storyline is titled by its
    seminal listed event, and holds the listed events only (the filters choose events)."""
    groups: dict[str, list[dict]] = {}
    for r in story_rows:
        line = r.get("storyline")
        groups.setdefault(str(line) if line is not None else f"story-{r['id']}", []).append(r)
    out = []
    for line, events in groups.items():
        top = max(len(r["articles"]) for r in events)
        # its seminal event, as the store titles a storyline: the earliest at least half the largest
        largest = next(r for r in events if 2 * len(r["articles"]) >= top)
        firsts = [r["first"] for r in events if r["first"]]
        lasts = [r["last"] for r in events if r["last"]]
        out.append({
            "id": line, "title": largest["title"], "events": [r["id"] for r in events],
            "articles": [a for r in events for a in r["articles"]],
            "outlets": list(dict.fromkeys(o for r in events for o in r["outlets"])),
            "first": min(firsts, default=None), "last": max(lasts, default=None),
        })
    return sorted(out, key=lambda r: (r["first"] or "", r["id"]))


def digest_stored(
    db: str | Path,
    story_ids: Iterable[int] | None = None,
    *,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    query: str | None = None,
    min_articles: int = 1,
    words: int | None = None,
    sentences: int | None = None,
    digest_options: DigestOptions | None = None,
    figures: bool = True,
    progress: bool | None = None,
    engine: Engine | None = None,
) -> Digest:
    """Digests of stories in a store (the given ids, else those the filters keep), from the
    analysis stored at ingest: nothing is read or analysed again. A story id that was merged
    into another gives the story it is part of now. The length is set as for ``digest``;
    ``engine`` as for ``digest`` (its workers open the store themselves)."""
    opt = digest_length(digest_options, words, sentences)
    story_filter(since, until, query, min_articles)  # checks them
    skipped: list[Skipped] = []
    with Store(db, create=False) as store:
        if story_ids is not None:
            wanted = []
            for s in story_ids:
                now = store.resolve_story(story_number(s))
                if now is None:
                    skipped.append(Skipped(str(db), f"no story {s}"))
                elif now not in wanted:
                    wanted.append(now)
        else:
            rows = store.story_rows(instant(since), instant(until, end_of_day=True), query_terms(query))
            wanted = [r["id"] for r in rows]
        sizes = store.sizes(wanted)
        wanted = [w for w in wanted if sizes.get(w, 0) >= min_articles]
        titles = store.titles(wanted)
        n_articles = sum(sizes[w] for w in wanted)
    # workers (forked; each opens the store itself) load and digest a slice of the stories at
    # a time: no process holds every article's sentences, and loading is done on every core
    slices = [wanted[i:i + STORIES_PER_TASK] for i in range(0, len(wanted), STORIES_PER_TASK)]
    work = partial(_digest_slice, db=str(db), titles=titles, opt=opt, figures=figures)
    story_list: list[Story] = []
    articles: list[Article] = []
    try:
        spread = n_articles >= PARALLEL_MIN
        parts = (engine or LocalEngine()).map(
            work, slices, label="digesting", progress=progress, unit="stories",
            weights=[len(s) for s in slices], spread=spread,
        )
        for part, members in parts:
            story_list.extend(part)
            articles.extend(members)
    finally:
        _close_readers()
    by_id = {a.id: a for a in articles}
    with Store(db, create=False) as store:
        line_of = store.storylines_of(int(s.id) for s in story_list)
    return Digest(articles, skipped, story_list, stored_storylines(story_list, by_id, line_of, figures))


def stored_storylines(
    story_list: list[Story], by_id: dict[str, Article], line_of: dict[int, int | None], figures: bool
) -> list[Storyline]:
    """The storylines the store threaded the digested stories into (a story not threaded yet is
    a storyline of its own, under its story's id), largest first."""
    groups: dict[str, list[Story]] = {}
    for s in story_list:
        line = line_of.get(int(s.id))
        s.storyline = str(line) if line is not None else f"story-{s.id}"
        groups.setdefault(s.storyline, []).append(s)
    built = [storyline_work(line, events, by_id, figures) for line, events in groups.items()]
    size = {line: sum(len(s.articles) for s in events) for line, events in groups.items()}
    return sorted(built, key=lambda x: (-size[x.id], x.first or date.max, x.id))


STORIES_PER_TASK = 50

_readers: dict[tuple[int, str], Store] = {}  # (process, path) -> an open store, for the slices


def _reader(db: str) -> Store:
    """The store opened once per process (a forked worker never uses its parent's connection)."""
    key = (os.getpid(), db)
    if key not in _readers:
        _readers[key] = Store(db, create=False)
    return _readers[key]


def _close_readers() -> None:
    for (pid, path), store in list(_readers.items()):
        if pid == os.getpid():
            store.close()
            del _readers[(pid, path)]


def _digest_slice(wanted: list[int], db: str, titles: dict[int, str], opt: DigestOptions, figures: bool):
    """Digests of some stories of a store, and their articles (without sentences)."""
    store = _reader(db)
    loaded = list(store.articles_of(wanted))
    keys = {a.id: outlet_sentence_keys(a) for _, members, _ in loaded for a in members}
    counts = store.outlet_counts(k for ks in keys.values() for k in ks)
    order = {s: k for k, s in enumerate(wanted)}
    loaded.sort(key=lambda x: order[x[0]])
    by_id: dict[str, Article] = {}
    figures_of: dict[str, list[Figure]] = {}
    story_list: list[Story] = []
    for story_id, members, figs in loaded:
        for a in members:
            hidden = {i for k, idx in keys[a.id].items() if counts.get(k, 0) >= OUTLET_REPEATS for i in idx}
            a = as_boilerplate(a, hidden)
            by_id[a.id] = a
            figures_of[a.id] = outside_boilerplate(a, figs[a.id])
        story_list.append(Story(id=str(story_id), articles=[a.id for a in members], title=titles.get(story_id, "")))
    for story in story_list:
        fill(story, story_work(story, by_id, figures_of, opt, figures), by_id)
    return story_list, [replace(by_id[i], sentences=[]) for s in story_list for i in s.articles]


