"""A digest of files (or ``Article`` objects): read, analyse, group, digest, all in memory."""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, timezone
from functools import partial
from pathlib import Path
from typing import Iterable

from khulasa.analyse.sentences import mark_outlet_boilerplate
from khulasa.grouping.copies import Print, find_copies
from khulasa.grouping.stories import StoryOptions, find_stories
from khulasa.model import Article, Digest, Story
from khulasa.pipeline.options import digest_length, story_filter
from khulasa.pipeline.parallel import analyse_all, map_stories
from khulasa.progress import phase
from khulasa.read import read_inputs
from khulasa.story.digest import DigestOptions
from khulasa.story.work import fill, outside_boilerplate, story_work


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
    opt = digest_length(digest_options, words, sentences)
    keep = story_filter(since, until, query, min_articles)
    with phase("reading", progress):
        articles, skipped = read_inputs(inputs)
    done = analyse_all(articles, figures, progress)
    articles = mark_outlet_boilerplate([a for a, _, _ in done])
    figures_of = {a.id: outside_boilerplate(a, figs) for a, figs, _ in done}
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


def _digest_each(stories: list[Story], by_id: dict[str, Article], figures_of, opt: DigestOptions, figures: bool, progress) -> None:
    """Fill in every story (digest, figures, claims, timeline, title) and give the articles
    in ``by_id`` their anchors."""
    work = partial(story_work, by_id=by_id, figures_of=figures_of, opt=opt, with_figures=figures)
    for story, result in zip(stories, map_stories(work, stories, len(by_id), progress)):
        fill(story, result, by_id)


