"""The library entry point: ``khulasa.digest(paths_or_articles) -> Digest``."""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, timezone
from functools import partial
from pathlib import Path
from typing import Iterable

from .analyse import OUTLET_REPEATS, as_boilerplate, mark_outlet_boilerplate, outlet_sentence_keys
from .arabic.terms import terms
from .anchors import article_anchor, story_anchors
from .duplicates import Print, find_copies
from .intake import search_terms
from .read import read_inputs
from .model import Article, Digest, Figure, Skipped, Story
from .parallel import analyse_all, map_stories
from .progress import phase
from .reconcile import reconcile
from .store import Store
from .grouping import StoryOptions, find_stories
from .summarise import DigestOptions, summarise
from .timeline import date_figure, story_timeline
from .titles import title_from_digest


def digest(
    inputs: str | Path | Article | Iterable[str | Path | Article],
    *,
    words: int | None = None,
    sentences: int | None = None,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    query: str | None = None,
    min_articles: int = 1,
    story_options: StoryOptions | None = None,
    digest_options: DigestOptions | None = None,
    progress: bool | None = None,
    figures: bool = True,
) -> Digest:
    """Read ``inputs`` (paths to files or folders, or ``Article`` objects), group the articles
    into stories and write a digest for each.

    ``words`` or ``sentences`` sets the length of each digest; without them ``digest_options``
    does (default 120 words). ``since``/``until`` (days or times) keep the stories with an
    article published in that span, ``query`` those with an article holding its words as a
    phrase (matched on stems), ``min_articles`` those with at least that many articles; the
    others are not digested, and their articles are left out of the result. ``progress``
    forces progress on stderr on or off (default: on when stderr is a terminal).
    ``figures`` (default on) extracts every story's figures and lines its sources up (claims).
    """
    opt = _length(digest_options, words, sentences)
    keep = _story_filter(since, until, query, min_articles)
    with phase("reading", progress):
        articles, skipped = read_inputs(inputs)
    done = analyse_all(articles, figures, progress)
    articles = mark_outlet_boilerplate([a for a, _, _ in done])
    figures_of = {a.id: _outside_boilerplate(a, figs) for a, figs, _ in done}
    with phase("finding copies and stories", progress):
        copies = find_copies([Print(a.id, a.published, *fp) for a, _, fp in done])
        articles = [replace(a, duplicate_of=copies.get(a.id)) for a in articles]
        stories = find_stories(articles, story_options)
    by_id = {a.id: a for a in articles}
    if keep is not None:
        stories = [s for s in stories if keep([by_id[i] for i in s.articles])]
        members = {i for s in stories for i in s.articles}
        articles = [a for a in articles if a.id in members]
    _digest_each(stories, by_id, figures_of, opt, figures, progress)
    articles = [by_id[a.id] for a in articles]
    return Digest(articles=articles, skipped=skipped, stories=stories)


def _length(options: DigestOptions | None, words: int | None, sentences: int | None) -> DigestOptions:
    """The digest options with the length asked for: ``words`` or ``sentences`` when given
    (the other one then no longer applies), else the options' own."""
    opt = options or DigestOptions()
    if words is not None and sentences is not None:
        raise ValueError("give the digest length in words or in sentences, not both")
    if words is not None or sentences is not None:
        opt = replace(opt, words=words, sentences=sentences)
    for name in ("words", "sentences"):
        value = getattr(opt, name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise ValueError(f"the digest length in {name} must be a whole number of at least 1, not {value!r}")
    if opt.words is None and opt.sentences is None:
        raise ValueError("the digest needs a length: words or sentences")
    return opt


def _story_filter(since, until, query: str | None, min_articles: int):
    """A test of a story's articles for the filters given, or None when there are none.
    The same rules as a store's listing: the story's publication span overlaps
    [since, until] (a story with no dated article is kept), and an article holds the query's
    stems as a phrase."""
    if not isinstance(min_articles, int) or min_articles < 1:
        raise ValueError(f"min_articles must be a whole number of at least 1, not {min_articles!r}")
    lo, hi, phrase = _instant(since), _instant(until, end_of_day=True), _query_terms(query)
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"--since {since} is after --until {until}")
    if lo is None and hi is None and phrase is None and min_articles == 1:
        return None

    def keep(members: list[Article]) -> bool:
        if len(members) < min_articles:
            return False
        times = [a.published.timestamp() for a in members if a.published]
        if times and ((lo is not None and max(times) < lo) or (hi is not None and min(times) > hi)):
            return False
        return phrase is None or any(_holds(search_terms(a).split(), phrase) for a in members)

    return keep


def _holds(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(words[i:i + n] == phrase for i in range(len(words) - n + 1))


def _digest_each(stories: list[Story], by_id: dict[str, Article], figures_of, opt: DigestOptions, figures: bool, progress) -> None:
    """Fill in every story (digest, figures, claims, timeline, title) and give the articles
    in ``by_id`` their anchors."""
    work = partial(_story_work, by_id=by_id, figures_of=figures_of, opt=opt, with_figures=figures)
    for story, result in zip(stories, map_stories(work, stories, len(by_id), progress)):
        _fill(story, result, by_id)


def _fill(story: Story, result, by_id: dict[str, Article]) -> None:
    """Put what ``_story_work`` found into the story, and the anchors into its articles."""
    anchors, story.digest, story.figures, story.claims, story.timeline = result
    for article_id, (day, source, evidence, confidence) in anchors.items():
        by_id[article_id] = replace(
            by_id[article_id], anchor=day, anchor_source=source, anchor_evidence=evidence, anchor_confidence=confidence
        )
    if not story.title:
        story.title = title_from_digest(story.digest, story.articles[0])


def _story_work(story: Story, by_id: dict[str, Article], figures_of, opt: DigestOptions, with_figures: bool):
    """Everything one story needs once stories are known: anchors, digest, figures, claims,
    timeline. A pure function of the story, so stories can be done on several cores."""
    members = _anchored([by_id[i] for i in story.articles])
    copies = {a.id for a in members if a.duplicate_of}
    members_by_id = {a.id: a for a in members}
    digest_ = summarise(members, opt)
    figs, claims = [], []
    if with_figures:
        # a copy's figures are its original's: one voice, stated once
        figs = [date_figure(f, a.anchor) for a in members if a.id not in copies for f in figures_of[a.id]]
        claims = reconcile(figs, members_by_id)
    anchors = {
        a.id: (a.anchor, a.anchor_source, a.anchor_evidence, a.anchor_confidence) for a in members
    }
    return anchors, digest_, figs, claims, story_timeline([a for a in members if a.id not in copies])


def _anchored(members: list[Article]) -> list[Article]:
    """The story's articles with their anchors (published, else inferred from text and story)."""
    known = {a.id: article_anchor(a) for a in members}
    anchors = story_anchors(members, known)
    return [
        replace(a, anchor=x.day, anchor_source=x.source, anchor_evidence=x.evidence, anchor_confidence=x.confidence)
        for a, x in ((a, anchors[a.id]) for a in members)
    ]


def _outside_boilerplate(article: Article, figures: list[Figure]) -> list[Figure]:
    """Figures of sentences found to be outlet boilerplate across articles are dropped."""
    dropped = {s.start for s in article.sentences if s.kind == "boilerplate"}
    return [f for f in figures if f.sentence_start not in dropped] if dropped else figures


# -- over a corpus store ----------------------------------------------------------------------


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
    terms_ = _query_terms(query)
    with Store(db, create=False) as store:
        rows = store.story_rows(_instant(since), _instant(until, end_of_day=True), terms_)
    for r in rows:
        r["first"], r["last"] = _iso(r["first"]), _iso(r["last"])
    return rows


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
) -> Digest:
    """Digests of stories in a store (the given ids, else those the filters keep), from the
    analysis stored at ingest: nothing is read or analysed again. A story id that was merged
    into another gives the story it is part of now. The length is set as for ``digest``."""
    opt = _length(digest_options, words, sentences)
    _story_filter(since, until, query, min_articles)  # checks them
    skipped: list[Skipped] = []
    with Store(db, create=False) as store:
        if story_ids is not None:
            wanted = []
            for s in story_ids:
                now = store.resolve_story(_story_number(s))
                if now is None:
                    skipped.append(Skipped(str(db), f"no story {s}"))
                elif now not in wanted:
                    wanted.append(now)
        else:
            rows = store.story_rows(_instant(since), _instant(until, end_of_day=True), _query_terms(query))
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
        for part, members in map_stories(work, slices, n_articles, progress, [len(s) for s in slices]):
            story_list.extend(part)
            articles.extend(members)
    finally:
        _close_readers()
    return Digest(articles=articles, skipped=skipped, stories=story_list)


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
            a = as_boilerplate(a, {i for k, idx in keys[a.id].items() if counts.get(k, 0) >= OUTLET_REPEATS for i in idx})
            by_id[a.id] = a
            figures_of[a.id] = _outside_boilerplate(a, figs[a.id])
        story_list.append(Story(id=str(story_id), articles=[a.id for a in members], title=titles.get(story_id, "")))
    for story in story_list:
        _fill(story, _story_work(story, by_id, figures_of, opt, figures), by_id)
    return story_list, [replace(by_id[i], sentences=[]) for s in story_list for i in s.articles]


STORY_MAX = 2**63 - 1  # SQLite's largest integer: a story number can be no larger


def _story_number(value) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"a story id is a whole number, not {value!r}") from None
    if not 0 <= n <= STORY_MAX:
        raise ValueError(f"no story {n}: story ids run from 0 to {STORY_MAX}")
    return n


def _query_terms(query: str | None) -> list[str] | None:
    if query is None:
        return None
    found = list(terms(query))
    if not found:
        raise ValueError(f"the query {query!r} has no content words to match")
    return found


def _instant(value, end_of_day: bool = False) -> float | None:
    """A day or time as a POSIX time; a day with ``end_of_day`` is its last instant (the
    arithmetic is on the number, so 9999-12-31 does not overflow a date)."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            value = datetime.fromisoformat(text) if "T" in text or " " in text else date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{value!r} is not a date (YYYY-MM-DD) or an ISO 8601 time") from None
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).timestamp()
    if not isinstance(value, date):
        raise ValueError(f"{value!r} is not a date")
    start = datetime(value.year, value.month, value.day, tzinfo=timezone.utc).timestamp()
    return start + 86400 - 1e-6 if end_of_day else start


def _iso(t: float | None) -> str | None:
    return datetime.fromtimestamp(t, timezone.utc).isoformat() if t is not None else None
