"""A story's digest, figures, claims and timeline, worked out from the analysis its articles
were stored with, as ``khulasa digest --db --story`` does (outlet boilerplate left out), but
read through the request's snapshot of the store."""
from __future__ import annotations

from dataclasses import replace

from threadpoolctl import threadpool_limits

from khulasa.analyse.sentences import OUTLET_REPEATS, as_boilerplate, outlet_sentence_keys
from khulasa.model import Article, Figure, Story
from khulasa.store.store import Store
from khulasa.story.digest import DigestOptions
from khulasa.story.work import fill, outside_boilerplate, story_work


def story_digest(store: Store, story_id: int, title: str) -> tuple[Story, dict[str, Article]]:
    """The story filled in, and its articles by id (anchored, with their sentences)."""
    by_id: dict[str, Article] = {}
    figures_of: dict[str, list[Figure]] = {}
    order: list[str] = []
    for _, members, figs in store.articles_of([story_id]):
        keys = {a.id: outlet_sentence_keys(a) for a in members}
        counts = store.outlet_counts(k for ks in keys.values() for k in ks)
        for a in members:
            hidden = {i for k, idx in keys[a.id].items() if counts.get(k, 0) >= OUTLET_REPEATS for i in idx}
            a = as_boilerplate(a, hidden)
            by_id[a.id] = a
            figures_of[a.id] = outside_boilerplate(a, figs[a.id])
            order.append(a.id)
    story = Story(id=str(story_id), articles=order, title=title)
    if order:
        # one BLAS thread, as the pipeline's workers have: a digest must not depend on where it
        # ran (two threads sum a similarity in another order, and a near tie can flip), and for
        # these small products one thread is also the faster
        with threadpool_limits(limits=1):
            fill(story, story_work(story, by_id, figures_of, DigestOptions(), True), by_id)
    return story, by_id


def without_sentences(by_id: dict[str, Article]) -> list[Article]:
    """The articles as a page or the JSON shows them (their sentences are not kept)."""
    return [replace(a, sentences=[]) for a in by_id.values()]
