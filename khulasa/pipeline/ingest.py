"""Ingest into a corpus store: new articles are analysed once, checked for copies, linked to
the stored articles published near them, and joined to their stories as they arrive.

Input is taken earliest first, in batches; each batch is one transaction (a killed ingest
loses at most the batch it was in, and the next ingest resumes: articles already stored with
the same content are skipped). Per batch:

1. analysis (sentences, figures, fingerprint, story terms) of the new articles, in pieces on
   the engine, streamed ahead of the batches so the workers never wait for the writer;
2. copies: content hash against the whole store, MinHash/LSH against the originals of the
   batch's time window;
3. outlet boilerplate: a sentence an outlet has printed in ``OUTLET_REPEATS`` articles is
   left out of the story vectors of that outlet's later articles (counted article by article,
   so the batch size does not change the result);
4. story edges of the new originals against the stored originals of their window, in time
   partitions on the engine (an edge depends on its two articles only);
5. stories: the part of the story graph the new edges touch, through articles published
   within ``HORIZON`` story windows of the new ones, is grouped again by the same average
   linkage as ``khulasa digest`` (older articles keep their story); stories keep their ids,
   and a story that a new article joins to another is recorded as merged into it;
6. storylines: the stories that changed are profiled again and threaded against the storylines
   of their weeks (``rethread``); a storyline keeps its id, and one an event joins to another is
   recorded as merged into it, with the reason.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from khulasa.analyse.fingerprint import content_hash
from khulasa.analyse.sentences import OUTLET_REPEATS
from khulasa.grouping.copies import WINDOW_DAYS, Print, find_copies
from khulasa.grouping.stories import StoryOptions
from khulasa.grouping.storylines import StorylineOptions
from khulasa.model import Article, Skipped
from khulasa.pipeline.engines import Engine, LocalEngine
from khulasa.pipeline.link import Linkable, link
from khulasa.pipeline.prepare import Prepared, prepare_chunk, story_bag
from khulasa.pipeline.regroup import regroup, regroup_since
from khulasa.pipeline.rethread import rethread
from khulasa.progress import bar, phase
from khulasa.read import read_inputs
from khulasa.store.store import Store, Stored, stored_print, unpack_bag

BATCH = 2000  # articles per transaction
PIECE = 100  # articles per analysis task


@dataclass
class IngestReport:
    read: int = 0  # articles read from the inputs
    added: int = 0  # stored as new originals
    copies: int = 0  # stored as copies of another article
    unchanged: int = 0  # already stored with the same content
    replaced: int = 0  # already stored under their id with other content: replaced
    skipped: list[Skipped] = field(default_factory=list)
    stories_changed: int = 0
    merges: int = 0
    storyline_merges: int = 0  # storylines an event joined to another (logged)
    total: int = 0  # articles in the store afterwards


def ingest(
    inputs: str | Path | Article | Iterable[str | Path | Article],
    db: str | Path | Store,
    *,
    engine=None,
    batch: int = BATCH,
    figures: bool = True,
    progress: bool | None = None,
    story_options: StoryOptions | None = None,
    storyline_options: StorylineOptions | None = None,
) -> IngestReport:
    """Add articles (paths to files or folders, or ``Article`` objects) to the store ``db``.
    Safe to repeat: an article already stored with the same content is not added again.
    ``engine`` is a ``LocalEngine`` (default) or a ``DaskEngine``; the analysis of later
    batches runs on it while earlier batches are linked and stored."""
    opt = story_options or StoryOptions()
    line_opt = storyline_options or StorylineOptions()
    own_engine = engine is None
    engine = engine or LocalEngine()
    store = db if isinstance(db, Store) else Store(db)
    report = IngestReport()
    try:
        articles, skipped = _read(inputs, progress)
        report.read, report.skipped = len(articles), skipped
        articles.sort(key=lambda a: (_time(a) or float("inf"), a.id))
        fresh, replacing = _fresh(articles, store, report)
        batches = [fresh[i:i + batch] for i in range(0, len(fresh), batch)]
        # a few new articles are still cut into several pieces, so every worker gets some
        size = max(1, min(PIECE, -(-len(fresh) // (2 * engine.workers))))
        counts = [len(range(0, len(b), size)) for b in batches]
        pieces = [b[i:i + size] for b in batches for i in range(0, len(b), size)]
        # the workers may run a whole batch ahead: while this process links and stores one
        # batch, they analyse the next (with less in flight they would wait for the writer)
        ahead = -(-batch // size) + 2 * engine.workers
        if fresh:
            # one article analysed here first loads the language data (lexicon, stems, number
            # and date words) in this process, which needs most of it too, before the local
            # workers fork and share it: otherwise each of them, and this process, load it
            prepare_chunk(fresh[:1], figures)
        stream = engine.imap(partial(prepare_chunk, figures=figures), pieces, ahead=ahead)
        with bar(len(fresh), "ingesting", progress) as shown:
            for part, k in zip(batches, counts):
                _ingest_batch(
                    part, partial(_analysed, stream, k, shown), replacing, store, engine, (opt, line_opt), report, shown
                )
        report.total = store.count()
    finally:
        if own_engine:
            engine.close()
        if not isinstance(db, Store):
            store.close()
    return report


def _analysed(stream, pieces: int, shown) -> list:
    """The next ``pieces`` analysed pieces of the stream: the bar moves as each one arrives
    (100 articles at a time), not once a batch."""
    shown.set_postfix_str("analysing")
    out = []
    for _ in range(pieces):
        piece = next(stream)
        out.extend(piece)
        shown.update(len(piece))
    return out


def _read(inputs, progress: bool | None = None) -> tuple[list[Article], list[Skipped]]:
    with phase("reading", progress):
        return read_inputs(inputs)


def _fresh(articles: list[Article], store: Store, report: IngestReport) -> tuple[list[Article], dict[str, int]]:
    """The articles to add, and the stored articles (id -> n) they replace: an id already
    stored with the same content is left alone, with other content it is replaced."""
    existing = store.existing(a.id for a in articles)
    fresh, replacing = [], {}
    for a in articles:
        known = existing.get(a.id)
        if known is None:
            fresh.append(a)
        elif known[1] == content_hash(a.text):
            report.unchanged += 1
        else:
            fresh.append(a)
            replacing[a.id] = known[0]
    return fresh, replacing


def _ingest_batch(
    part: list[Article], results: Callable[[], list[Prepared | str]], replacing: dict[str, int], store: Store,
    engine: Engine, options: tuple[StoryOptions, StorylineOptions], report: IngestReport, shown: Any,
) -> None:
    """One batch, one transaction. ``results()`` waits for the batch's analysis, before the
    transaction: another ingest into the same store waits for the write lock only while this
    one writes, never while its workers analyse (two ingests at once on a loaded machine had
    one give up on a lock held through a slow batch's analysis). The workers run a batch ahead,
    so the wait is short but for the first batch."""
    opt, line_opt = options
    analysed = results()
    with store.transaction():
        old, window_prints = _context(part, replacing, store, opt)
        kept = _usable(part, analysed, replacing, store, report)
        if not kept:
            return
        seeds, replaced = _remove_replaced(kept, replacing, store, report)
        items, copies = _items(kept, window_prints, store)
        shown.set_postfix_str("storing")
        numbers = store.add(items)
        store.add_leads((numbers[a.id], p.thread_lead) for a, p in kept if a.id not in copies)
        for article_id, before in replaced.items():
            store.repoint_copies(before, numbers[article_id])
        report.copies += len(copies)
        report.added += len(kept) - len(copies)
        new = [Linkable(numbers[i.article.id], _time(i.article), i.bag) for i in items if i.bag is not None]
        shown.set_postfix_str("linking")
        store.add_edges(link(new, old, engine, opt))
        shown.set_postfix_str("grouping")
        since = regroup_since([x.time for x in new], opt)
        grouped = regroup(store, seeds | {x.number for x in new}, opt, since)
        store.attach_copies()
        report.stories_changed += grouped.changed
        report.merges += grouped.merges
        shown.set_postfix_str("threading")
        report.storyline_merges += rethread(store, grouped, line_opt)


def _context(
    part: list[Article], replacing: dict[str, int], store: Store, opt: StoryOptions
) -> tuple[list[Linkable], list[Print]]:
    """The stored originals near the batch: their story vectors within the story window
    (n, time, bag), and their prints within the copy window."""
    lo, hi = _window(part, WINDOW_DAYS)
    # the versions being replaced are no context: the new one would be their copy
    outgoing = {replacing[a.id] for a in part if a.id in replacing}
    context = [row for row in store.originals_between(lo, hi) if row[0] not in outgoing]
    # copies are looked for over 15 days, story links over the shorter story window: the
    # story vectors of the originals beyond it would never be compared, so are not unpacked
    near = _window(part, opt.window_days)
    old = [
        Linkable(n, published, unpack_bag(bag)) for n, _, published, bag, _ in context
        if bag is not None and _within(published, near)
    ]
    return old, [stored_print(row) for row in context]


def _within(t: float | None, span: tuple[float | None, float | None]) -> bool:
    """Whether a time falls in the span; an undated article, or a span of (None, None), is
    within."""
    lo, hi = span
    return t is None or lo is None or hi is None or lo <= t <= hi


def _usable(
    part: list[Article], done: list[Prepared | str], replacing: dict[str, int], store: Store, report: IngestReport
) -> list[tuple[Article, Prepared]]:
    """The batch's articles to store. Those another ingest stored meanwhile are left to it;
    failed analyses are reported (an article whose new version fails keeps its old one)."""
    present = store.existing(a.id for a in part if a.id not in replacing)
    kept: list[tuple[Article, Prepared]] = []
    for a, p in zip(part, done):
        if a.id in present:
            report.unchanged += 1
        elif isinstance(p, str):
            report.skipped.append(Skipped(a.path or a.id, f"{a.id}: {p}", a.line))
        else:
            kept.append((a, p))
    return kept


def _remove_replaced(
    kept: list[tuple[Article, Prepared]], replacing: dict[str, int], store: Store, report: IngestReport
) -> tuple[set[int], dict[str, int]]:
    """The stored versions the new ones replace, removed: the articles whose stories must be
    grouped again, and article id -> the number it had."""
    seeds: set[int] = set()
    replaced: dict[str, int] = {}
    for a, _ in kept:
        if a.id in replacing:
            seeds |= store.remove(replacing[a.id])
            replaced[a.id] = replacing[a.id]
            report.replaced += 1
    # two replaced versions linked to each other: the one removed first named the other, gone since
    return seeds - set(replaced.values()), replaced


def _items(
    kept: list[tuple[Article, Prepared]], window_prints: list[Print], store: Store
) -> tuple[list[Stored], dict[str, str]]:
    """What the store keeps of each article, with its copies found (against the stored
    originals of the window and any stored with the same content), and the copies."""
    part, prepared = [a for a, _ in kept], [p for _, p in kept]
    known = window_prints + store.originals_with_content(p.content for p in prepared)
    copies = find_copies([Print(a.id, a.published, p.content, p.signature) for a, p in kept], known)
    originals = [(a, p) for a, p in kept if a.id not in copies]
    hidden = _outlet_boilerplate([(a.id, p.outlet_keys) for a, p in originals], store)
    items = [
        Stored(
            article=a, analysis=p.analysis, content=p.content, signature=p.signature, duplicate_of=copies.get(a.id),
            bag=None if a.id in copies else story_bag(a, p, hidden.get(a.id)),
            bag_blob=None if hidden.get(a.id) else p.bag_blob,
            heading=p.heading, lead=p.lead, search_terms="" if a.id in copies else p.search_terms,
        )
        for a, p in zip(part, prepared)
    ]
    return items, copies


def _time(a: Article) -> float | None:
    return a.published.timestamp() if a.published else None


def _window(articles: list[Article], days: float) -> tuple[float | None, float | None]:
    """The publication times a batch's articles can be linked to (None, None: all, when one
    of them is undated)."""
    times = [a.published.timestamp() for a in articles if a.published]
    if len(times) < len(articles):
        return None, None
    return min(times) - days * 86400, max(times) + days * 86400


def _outlet_boilerplate(originals: list[tuple[str, dict[int, list[int]]]], store: Store) -> dict[str, set[int]]:
    """Sentence indices per article (id, outlet sentence keys) that are, by then, their
    outlet's boilerplate; the store's counts are brought up to date."""
    counts = Counter(store.outlet_counts(k for _, ks in originals for k in ks))
    added: Counter = Counter()
    hidden: dict[str, set[int]] = {}
    for article_id, keys in originals:
        for key, indices in keys.items():
            counts[key] += 1
            added[key] += 1
            if counts[key] >= OUTLET_REPEATS:
                hidden.setdefault(article_id, set()).update(indices)
    store.add_outlet_counts(dict(added))
    return hidden


