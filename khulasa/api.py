"""The library entry point: ``khulasa.digest(paths_or_articles) -> Digest``."""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Iterable

from .analyse import mark_outlet_boilerplate
from .anchors import article_anchor, story_anchors
from .duplicates import Print, find_copies
from .ingest import read_paths
from .model import Article, Digest, Figure, Skipped, Story
from .parallel import analyse_all, map_stories
from .reconcile import reconcile
from .stories import StoryOptions, find_stories
from .summarise import DigestOptions, summarise
from .timeline import date_figure, story_timeline
from .titles import title_from_digest


def digest(
    inputs: str | Path | Article | Iterable[str | Path | Article],
    *,
    words: int | None = 120,
    sentences: int | None = None,
    story_options: StoryOptions | None = None,
    digest_options: DigestOptions | None = None,
    progress: bool | None = None,
    figures: bool = True,
) -> Digest:
    """Read ``inputs`` (paths to files or folders, or ``Article`` objects), group the articles
    into stories and write a digest for each.

    ``words`` (default 120) or ``sentences`` sets the length of each digest. ``progress``
    forces the progress bar on or off (default: on for a terminal and large inputs).
    ``figures`` (default on) extracts every story's figures and lines its sources up (claims).
    """
    if isinstance(inputs, (str, Path, Article)):
        inputs = [inputs]
    paths: list[str | Path] = []
    given: list[Article] = []
    for item in inputs:
        (given if isinstance(item, Article) else paths).append(item)
    read, skipped = read_paths(paths) if paths else ([], [])
    articles = _checked(given, skipped) + read
    done = analyse_all(articles, figures, progress)
    articles = mark_outlet_boilerplate([a for a, _, _ in done])
    figures_of = {a.id: _outside_boilerplate(a, figs) for a, figs, _ in done}
    copies = find_copies([Print(a.id, a.published, *fp) for a, _, fp in done])
    articles = [replace(a, duplicate_of=copies.get(a.id)) for a in articles]

    opt = digest_options or DigestOptions()
    if words is not None or sentences is not None:
        opt = replace(opt, words=words, sentences=sentences)
    stories = find_stories(articles, story_options)
    by_id = {a.id: a for a in articles}
    work = partial(_story_work, by_id=by_id, figures_of=figures_of, opt=opt, with_figures=figures)
    for story, (anchors, digest_, figs, claims, timeline) in zip(
        stories, map_stories(work, stories, len(articles), progress)
    ):
        story.digest, story.figures, story.claims, story.timeline = digest_, figs, claims, timeline
        for article_id, (day, source, evidence, confidence) in anchors.items():
            by_id[article_id] = replace(
                by_id[article_id],
                anchor=day,
                anchor_source=source,
                anchor_evidence=evidence,
                anchor_confidence=confidence,
            )
        if not story.title:
            story.title = title_from_digest(story.digest, story.articles[0])
    articles = [by_id[a.id] for a in articles]
    return Digest(articles=articles, skipped=skipped, stories=stories)


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


def _checked(articles: list[Article], skipped: list[Skipped]) -> list[Article]:
    seen: set[str] = set()
    out = []
    for a in articles:
        if a.id in seen:
            skipped.append(Skipped(a.path or a.id, f"duplicate id {a.id!r}", a.line))
            continue
        seen.add(a.id)
        out.append(a)
    return out
