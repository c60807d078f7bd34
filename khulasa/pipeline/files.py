"""A digest of files (or ``Article`` objects): read, analyse, group, digest, all in memory."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path

from khulasa.analyse.article import Analysed, analyse_article
from khulasa.analyse.sentences import mark_outlet_boilerplate
from khulasa.grouping.copies import EXACT_MAX, Print, find_copies
from khulasa.grouping.stories import StoryOptions, find_stories
from khulasa.grouping.storylines import StorylineOptions, lead_of, profile, thread
from khulasa.model import Article, Digest, Figure, Sentence, Story, Storyline
from khulasa.pipeline.engines import PARALLEL_MIN, Engine, LocalEngine
from khulasa.pipeline.options import digest_length, story_filter
from khulasa.progress import phase
from khulasa.read import read_inputs
from khulasa.story.digest import DigestOptions
from khulasa.story.storyline import storyline_work
from khulasa.story.work import fill, outside_boilerplate, story_work

CHUNK = 100  # articles per analysis task


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
    storyline_options: StorylineOptions | None = None,
    progress: bool | None = None,
    figures: bool = True,
    engine: Engine | None = None,
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
    ``engine`` runs the analysis and the digests (default: a ``LocalEngine``, every core).
    The stories (events) kept are threaded into storylines (``storyline_options``).
    """
    opt = digest_length(digest_options, words, sentences)
    keep = story_filter(since, until, query, min_articles)
    with phase("reading", progress):
        articles, skipped = read_inputs(inputs)
    with _engine(engine) as engine:
        stories, articles = _stories(articles, keep, story_options, opt, figures, engine, progress)
    with phase("threading storylines", progress):
        lines = storylines(stories, {a.id: a for a in articles}, figures, storyline_options)
    return Digest(articles=articles, skipped=skipped, stories=stories, storylines=lines)


@contextmanager
def _engine(given: Engine | None) -> Iterator[Engine]:
    """The engine given, or a local one closed after use."""
    if given is not None:
        yield given
        return
    local = LocalEngine()
    try:
        yield local
    finally:
        local.close()


def _stories(
    articles: list[Article], keep: Callable[[list[Article]], bool] | None, story_options: StoryOptions | None,
    opt: DigestOptions, figures: bool, engine: Engine, progress: bool | None,
) -> tuple[list[Story], list[Article]]:
    """The stories kept, digested, and their articles (with anchors)."""
    done = _analyse_all(articles, figures, engine, progress)
    articles = mark_outlet_boilerplate([x.article for x in done])
    figures_of = {x.article.id: outside_boilerplate(a, x.figures) for a, x in zip(articles, done)}
    with phase("finding copies and stories", progress):
        copies = find_copies([Print(x.article.id, x.article.published, x.content, x.signature) for x in done])
        articles = [replace(a, duplicate_of=copies.get(a.id)) for a in articles]
        stories = find_stories(articles, story_options)
    by_id = {a.id: a for a in articles}
    if keep is not None:
        stories = [s for s in stories if keep([by_id[i] for i in s.articles])]
        members = {i for s in stories for i in s.articles}
        articles = [a for a in articles if a.id in members]
    _digest_each(stories, by_id, figures_of, opt, figures, engine, progress)
    return stories, [by_id[a.id] for a in articles]


def thread_stories(
    stories: list[Story], by_id: dict[str, Article], opt: StorylineOptions | None = None
) -> dict[str, str]:
    """Story id -> storyline id, the stories threaded in the order they arrive; an event's days
    are its articles' anchors (publication days, else read from their text)."""
    opt = opt or StorylineOptions()
    profiles = []
    for s in stories:
        members = [by_id[i] for i in s.articles]
        originals = [a for a in members if not a.duplicate_of] or members
        days = [d.toordinal() for a in members if (d := a.anchor_day) is not None]
        profiles.append(profile(s.id, [lead_of(a) for a in originals], days, opt))
    return thread(profiles, opt).line_of


def storylines(
    stories: list[Story], by_id: dict[str, Article], figures: bool, opt: StorylineOptions | None = None
) -> list[Storyline]:
    """The storylines threading the digested stories, each story told its storyline's id;
    numbered by size (articles), the earlier first among equals."""
    line_of = thread_stories(stories, by_id, opt)
    by_line: dict[str, list[Story]] = {}
    for s in stories:
        by_line.setdefault(line_of[s.id], []).append(s)
    groups = list(by_line.values())
    built = [storyline_work("", events, by_id, figures) for events in groups]
    size = [sum(len(s.articles) for s in events) for events in groups]
    order = sorted(range(len(built)), key=lambda k: (-size[k], built[k].first or date.max, k))
    out = []
    for n, k in enumerate(order, start=1):
        built[k].id = f"l{n}"
        for s in groups[k]:
            s.storyline = built[k].id
        out.append(built[k])
    return out


def _analyse_all(articles: list[Article], figures: bool, engine: Engine, progress: bool | None) -> list[Analysed]:
    """Each article analysed, in input order, in chunks on the engine (spread when there are
    enough articles to pay for a pool)."""
    chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
    work = partial(_analyse_chunk, figures=figures, exact=len(articles) <= EXACT_MAX)
    parts = engine.map(
        work, chunks, label="analysing", progress=progress, unit="articles",
        weights=[len(c) for c in chunks], spread=len(articles) >= PARALLEL_MIN,
    )
    return [
        replace(x, article=replace(a, sentences=sentences))
        for chunk, part in zip(chunks, parts, strict=True)
        for a, (x, sentences) in zip(chunk, part, strict=True)
    ]


def _analyse_chunk(chunk: list[Article], figures: bool, exact: bool) -> list[tuple[Analysed, list[Sentence]]]:
    """``analyse_article`` for a worker: the articles go back without their texts (the caller
    has them), with the sentences apart."""
    out = []
    for a in chunk:
        x = analyse_article(a, figures, exact)
        out.append((replace(x, article=replace(a, text="", sentences=[])), x.article.sentences))
    return out


def _digest_each(
    stories: list[Story], by_id: dict[str, Article], figures_of: dict[str, list[Figure]], opt: DigestOptions,
    figures: bool, engine: Engine, progress: bool | None,
) -> None:
    """Fill in every story (digest, figures, claims, timeline, title) and give the articles
    in ``by_id`` their anchors. Spread, the workers are forked once the articles are
    analysed, so they share them without copying."""
    work = partial(story_work, by_id=by_id, figures_of=figures_of, opt=opt, with_figures=figures)
    spread = len(by_id) >= PARALLEL_MIN
    results = engine.map(work, stories, label="digesting", progress=progress, unit="stories", spread=spread)
    for story, result in zip(stories, results):
        fill(story, result, by_id)


