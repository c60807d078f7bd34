"""A story's digest, figures, claims and timeline, worked out from the analysis its articles
were stored with, as ``khulasa digest --db --story`` does (outlet boilerplate left out), but
read through the request's snapshot of the store; and a storyline's, from its events' digests
(``khulasa.story.storyline``), as ``digest --db`` gives the stored storylines."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from threadpoolctl import threadpool_limits

from khulasa.analyse.sentences import OUTLET_REPEATS, as_boilerplate, outlet_sentence_keys
from khulasa.model import Article, Figure, Story, Storyline
from khulasa.store.store import Store
from khulasa.story.digest import DigestOptions
from khulasa.story.storyline import storyline_work
from khulasa.story.work import fill, outside_boilerplate, story_work


def _load(store: Store, stories: list[int]) -> tuple[dict[int, list[str]], dict[str, Article], dict[str, list[Figure]]]:
    """The stories' articles (ids by story, earliest first), anchored, with their sentences and
    outlet boilerplate marked, and their figures outside it; read with one statement."""
    loaded = list(store.articles_of(stories))
    keys = {a.id: outlet_sentence_keys(a) for _, members, _ in loaded for a in members}
    counts = store.outlet_counts(k for ks in keys.values() for k in ks)
    order: dict[int, list[str]] = {}
    by_id: dict[str, Article] = {}
    figures_of: dict[str, list[Figure]] = {}
    for story_id, members, figs in loaded:
        for a in members:
            hidden = {i for k, idx in keys[a.id].items() if counts.get(k, 0) >= OUTLET_REPEATS for i in idx}
            a = as_boilerplate(a, hidden)
            by_id[a.id] = a
            figures_of[a.id] = outside_boilerplate(a, figs[a.id])
            order.setdefault(story_id, []).append(a.id)
    return order, by_id, figures_of


def _digest(story_id: int, title: str, members: list[str], by_id: dict[str, Article],
            figures_of: dict[str, list[Figure]]) -> Story:
    story = Story(id=str(story_id), articles=members, title=title)
    if members:
        # one BLAS thread, as the pipeline's workers have: a digest must not depend on where it
        # ran (two threads sum a similarity in another order, and a near tie can flip), and for
        # these small products one thread is also the faster
        with threadpool_limits(limits=1):
            fill(story, story_work(story, by_id, figures_of, DigestOptions(), True), by_id)
    return story


def story_digest(store: Store, story_id: int, title: str) -> tuple[Story, dict[str, Article]]:
    """The story filled in, and its articles by id (anchored, with their sentences)."""
    order, by_id, figures_of = _load(store, [story_id])
    return _digest(story_id, title, order.get(story_id, []), by_id, figures_of), by_id


def storyline_digest(
    store: Store, line_id: int, events: Iterable[tuple[int, str]], known: dict[int, tuple[Story, dict[str, Article]]]
) -> tuple[Storyline, dict[str, Article], dict[str, int]]:
    """The storyline of these events (id, title), each digested as ``story_digest`` digests it
    (those in ``known`` are taken from there), its articles by id (without sentences) and the
    event of each. The articles of every event not known are read at once, before any digest
    is worked out."""
    events = list(events)
    order, by_id, figures_of = _load(store, [s for s, _ in events if s not in known])
    stories = []
    articles: dict[str, Article] = {}
    story_of: dict[str, int] = {}
    for story_id, title in events:
        if story_id in known:
            story, members = known[story_id]
        else:
            ids = order.get(story_id, [])
            story = _digest(story_id, title, ids, by_id, figures_of)
            members = {i: by_id[i] for i in ids}
        stories.append(story)
        articles.update(members)
        story_of.update(dict.fromkeys(members, story_id))
    with threadpool_limits(limits=1):
        line = storyline_work(str(line_id), stories, articles, True)
    return line, {a.id: a for a in without_sentences(articles)}, story_of


def without_sentences(by_id: dict[str, Article]) -> list[Article]:
    """The articles as a page or the JSON shows them (their sentences are not kept)."""
    return [replace(a, sentences=[]) for a in by_id.values()]
