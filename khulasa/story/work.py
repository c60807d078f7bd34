"""The per-story stage: everything one story needs once stories are known (anchors, digest,
figures, claims, timeline, title). A pure function of the story and its articles, so stories
can be done on several cores, for files and for a store alike."""
from __future__ import annotations

from dataclasses import dataclass, replace

from khulasa.model import Anchor, Article, Claim, Event, Excerpt, Figure, Story, Track
from khulasa.story.anchors import article_anchor, story_anchors
from khulasa.story.claims import reconcile
from khulasa.story.digest import DigestOptions, summarise
from khulasa.story.timeline import date_figure, reported_day, story_timeline, words_anchor
from khulasa.story.titles import title_from_digest
from khulasa.story.tracker import tracks


@dataclass(slots=True)
class StoryResult:
    """What ``story_work`` finds for one story."""

    anchors: dict[str, Anchor]  # article id -> the day it is read against
    digest: list[Excerpt]
    figures: list[Figure]
    claims: list[Claim]
    timeline: list[Event]
    tracks: list[Track]


def story_work(
    story: Story, by_id: dict[str, Article], figures_of: dict[str, list[Figure]], opt: DigestOptions, with_figures: bool
) -> StoryResult:
    """Anchors, digest, figures (dated), claims and timeline of one story."""
    members = anchored([by_id[i] for i in story.articles])
    copies = {a.id for a in members if a.duplicate_of}
    figs, claims, tracked = [], [], []
    if with_figures:
        # a copy's figures are its original's: one voice, stated once
        figs = [f for a in members if a.id not in copies for f in _dated(a, figures_of[a.id])]
        by_article = {a.id: a for a in members}
        claims = reconcile(figs, by_article)
        tracked = tracks(claims, figs, by_article)
    timeline = story_timeline([a for a in members if a.id not in copies])
    anchors = {a.id: a.anchor for a in members if a.anchor is not None}
    return StoryResult(anchors, summarise(members, opt), figs, claims, timeline, tracked)


def _dated(a: Article, figures: list[Figure]) -> list[Figure]:
    """The article's figures with their periods, its anchors read once (not once a figure)."""
    if not figures:
        return []
    anchor, reported = words_anchor(a), reported_day(a)
    return [date_figure(f, anchor, reported) for f in figures]


def fill(story: Story, result: StoryResult, by_id: dict[str, Article]) -> None:
    """Put what ``story_work`` found into the story, and the anchors into its articles."""
    story.digest, story.figures = result.digest, result.figures
    story.claims, story.timeline, story.tracks = result.claims, result.timeline, result.tracks
    for article_id, anchor in result.anchors.items():
        by_id[article_id] = replace(by_id[article_id], anchor=anchor)
    if not story.title:
        story.title = title_from_digest(story.digest, story.articles[0])


def anchored(members: list[Article]) -> list[Article]:
    """The story's articles with their anchors: published, else inferred from their text and
    their story."""
    anchors = story_anchors(members, {a.id: article_anchor(a) for a in members})
    return [replace(a, anchor=anchors[a.id]) for a in members]


def outside_boilerplate(article: Article, figures: list[Figure]) -> list[Figure]:
    """Figures of sentences found to be outlet boilerplate across articles are dropped."""
    dropped = {s.start for s in article.sentences if s.kind == "boilerplate"}
    return [f for f in figures if f.sentence_start not in dropped] if dropped else figures
