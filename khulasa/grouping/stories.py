"""Stories: articles about the same specific event, grouped. An event is one happening with its
same-day coverage and reactions, usually within about three days; a new development on a later
day is another event, even about the same people and place.

Method: an article's event vector is its lead (title x2, first body sentence x1.5, the next two
x0.5; numbers left out), weighted (1 + log tf) * idf with idf from a background news corpus, so
an article's vector never depends on what else is in the input: news states its event up front,
and the rest of the text recounts what led to it, which the next day's development shares too.
Candidate pairs never come from comparing every pair: two articles are candidates when they were
published within the event window of each other and the cosine of their leads' most salient
terms reaches a floor (a sparse product, i.e. an inverted index join, over those terms only).
The decision is exact: the full cosine of the leads, discounted by the time between publications
(none for a few hours, then e-folding over a day), then average-linkage agglomeration over the
candidate edges, strongest first: two groups merge only when the mean similarity of all their
cross pairs (pairs never found as candidates counting 0) reaches the threshold, which keeps one
shared topic word from chaining different events together. Articles are then reassigned to the
group they fit on average, and groups of one or two articles, a report told in other words than
the rest of its event's coverage, attached where they fit. A pair with an undated article is
compared on the whole texts instead (see WHOLE): its time cannot tell a later development apart.

Whether two articles are candidates, and their edge, depend on the two articles alone. So the
edges can be found in time partitions, on several machines, or as articles arrive, and the
stories come out the same; and stories are unions of connected parts of the graph of edges at
or above the threshold, so an arriving article only re-decides the part it touches.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import numpy as np
from scipy import sparse

from khulasa import checks
from khulasa.arabic.terms import terms
from khulasa.grouping.vectors import Vocabulary, tfidf_matrix
from khulasa.model import Article, Story
from khulasa.news.roundups import OPENING, is_roundup

if TYPE_CHECKING:
    from _typeshed import SupportsDunderLT

Node = TypeVar("Node", bound="SupportsDunderLT")  # what is grouped: hashable and ordered (indices, ids)


@dataclass(frozen=True)
class StoryOptions:
    """How articles are grouped into stories, i.e. events (see the module's text). Checked when
    built: ``threshold`` and ``attach_threshold`` are similarities from 0 to 1 and
    ``candidate_floor`` one above 0 (the event window grows with log(1 / floor));
    ``salient_terms`` is a whole number of at least 1 and ``attach_size`` of at least 0;
    ``common_idf`` and ``same_days`` are finite and not negative, ``decay_days`` finite and
    above 0. The defaults were chosen on a tuning half of the labelled ANT events
    (tools/event_lab.py; docs/methods.md gives the measurements)."""

    # mean cross-pair similarity at which two groups merge (0.18 and 0.22 scored F1 0.958 and
    # 0.941 on the tuning half, 0.2 scored 0.969)
    threshold: float = 0.2
    # lead cosine on salient terms a pair needs to be compared at all; the event window follows
    # from it (from 0.05 to 0.12 the scores do not move, and the window shrinks)
    candidate_floor: float = 0.12
    salient_terms: int = 30  # terms per lead in the candidate test (half the leads hold 40 to 57)
    # no term is too common for the candidate test: two reports of one match may share only مصر
    # and روسيا (4, as for whole texts, tied on the tuning half and lost recall on the other)
    common_idf: float = 0.0
    # publication gap with no discount: the reports of one happening come within hours (76 % of
    # the labelled pairs of one event within 12 hours, 89 % within 24)
    same_days: float = 0.25
    # e-folding of the discount beyond that gap: the next day's development of the same story is
    # another event (a quarter of the hard-negative pairs are within 24 hours, half beyond 3 days)
    decay_days: float = 1.0
    # a group this small (a report told in other words than the rest of its event's coverage, or
    # two) joins the group it fits best on average ... (without: F1 0.942 on the tuning half; 3
    # merged twice the hard negatives, 4.8 % against 2.4 %)
    attach_size: int = 2
    attach_threshold: float = 0.1  # ... when that mean reaches this (0.08 merged more, 0.12 scored lower)

    def __post_init__(self) -> None:
        checks.number("StoryOptions", "threshold", self.threshold, 0, 1)
        checks.number("StoryOptions", "candidate_floor", self.candidate_floor, 0, 1, above=True)
        checks.count("StoryOptions", "salient_terms", self.salient_terms)
        checks.number("StoryOptions", "common_idf", self.common_idf, 0)
        checks.number("StoryOptions", "same_days", self.same_days, 0)
        checks.number("StoryOptions", "decay_days", self.decay_days, 0, above=True)
        checks.count("StoryOptions", "attach_size", self.attach_size, least=0)
        checks.number("StoryOptions", "attach_threshold", self.attach_threshold, 0, 1)

    @property
    def window_days(self) -> float:
        """The publication gap beyond which even identical articles fall under the candidate
        floor once discounted: no pair further apart can ever be an edge."""
        return self.same_days + self.decay_days * math.log(1.0 / self.candidate_floor)


Bag = list[tuple[str, float]]

# How much each part of an article's lead counts in its event vector: news states its event up
# front (the inverted pyramid), so the title and the first sentence say what happened, and the
# rest of the text recounts what led to it, which the next day's development shares too
TITLE_WEIGHT = 2.0
FIRST_WEIGHT = 1.5
NEXT_WEIGHT = 0.5  # the second and third body sentences: the event's where and who, often
NEXT_SENTENCES = 2

# An article without a publication time cannot be told from the next day's development by its
# time, so a pair with one is compared on its whole text instead, as khulasa grouped stories
# before events (a folder of undated texts on one topic stays one story): raw counts times
# idf**1.5 (title x2, the first three sentences x1.5), and the candidates of that test
WHOLE = "#"  # marks a whole-text term in a bag (story terms are letters and digits, never "#")
WHOLE_IDF_POWER = 1.5
WHOLE_LEAD = 3  # sentences counted x1.5
WHOLE_COMMON_IDF = 4.0  # terms in over ~5% of background articles find no undated candidates
WHOLE_FLOOR = 0.08  # the whole-text candidate floor


def article_bag(article: Article) -> Bag:
    """The article's story terms with their weighted counts, each term once. Its lead, for the
    event vector: its title (or, without one, the heading lines it opens with) x2, its first
    body sentence x1.5, the next two x0.5. Then its whole text, each term marked with WHOLE,
    for pairs with an undated article (see WHOLE). Numbers are left out: "400" of 400 ألف
    محاصر and of 400 مليون دولار are not one thing."""
    title: list[str] = list(terms(article.title)) if article.title else []
    if not title:
        title = [t for s in article.sentences[:3] if s.kind == "heading" for t in s.terms]
    body = [s for s in article.sentences if s.kind == "body"][: 1 + NEXT_SENTENCES]
    first = list(body[0].terms) if body else []
    nxt = [t for s in body[1:] for t in s.terms]
    lead = _weighted(((title, TITLE_WEIGHT), (first, FIRST_WEIGHT), (nxt, NEXT_WEIGHT)))
    return lead + [(WHOLE + t, c) for t, c in _whole_text(article)]


def _whole_text(article: Article) -> Bag:
    """Every term of the title and of the sentences that are not boilerplate, the title x2
    and the first ``WHOLE_LEAD`` sentences x1.5."""
    title: list[str] = list(terms(article.title)) if article.title else []
    lead: list[str] = []
    rest: list[str] = []
    n_lead = 0
    for s in article.sentences:
        if s.kind == "boilerplate":
            continue
        (lead if n_lead < WHOLE_LEAD else rest).extend(s.terms)
        if s.kind == "body":
            n_lead += 1
    return _weighted(((title, 2.0), (lead, 1.5), (rest, 1.0)))


def _weighted(parts: tuple[tuple[list[str], float], ...]) -> Bag:
    """Each term once with the sum of its counts times its part's weight, numbers left out;
    counted per part (in C), then summed in the order of ``parts``."""
    weights: dict[str, float] = {}
    for words, w in parts:
        for t, c in Counter(words).items():
            weights[t] = weights.get(t, 0.0) + c * w
    return [(t, c) for t, c in weights.items() if not t[:1].isdigit()]


def split_bag(bag: Bag) -> tuple[Bag, Bag]:
    """(lead terms, whole-text terms) of a bag."""
    lead = [(t, c) for t, c in bag if not t.startswith(WHOLE)]
    whole = [(t[len(WHOLE):], c) for t, c in bag if t.startswith(WHOLE)]
    return lead, whole


_BLOCK = 1000  # rows of the candidate product computed at a time
_PAIRS = 20_000  # candidate pairs scored at a time


def vectors(bags: Sequence[Bag], whole: bool = False) -> tuple[sparse.csr_matrix, Vocabulary]:
    """Rows of L2-normalised (1 + log tf) * idf of the bags' lead terms (their whole-text
    terms with ``whole``: raw tf * idf**WHOLE_IDF_POWER). The vocabulary is in term order, so
    a pair's cosine is summed in the same order whatever other bags are in the matrix: edges
    computed in different partitions or processes are bit for bit the same."""
    parts = [split_bag(b)[1 if whole else 0] for b in bags]
    vocab = Vocabulary()
    vocab.extend(sorted({t for b in parts for t, _ in b}))
    if whole:
        return tfidf_matrix(parts, vocab, sublinear=False, idf_power=WHOLE_IDF_POWER), vocab
    return tfidf_matrix(parts, vocab, sublinear=True), vocab


def _salient(x: sparse.csr_matrix, vocab: Vocabulary, count: int, common_idf: float) -> sparse.csr_matrix:
    """Each row's ``count`` heaviest terms that are not common in the background (idf under
    ``common_idf``), re-normalised: the inverted index that finds candidates."""
    x = sparse.csr_matrix(x @ sparse.diags((vocab.idf() >= common_idf).astype(np.float32)))
    x.eliminate_zeros()
    rows, cols, vals = [], [], []
    for i in range(x.shape[0]):
        start, end = x.indptr[i], x.indptr[i + 1]
        data, idx = x.data[start:end], x.indices[start:end]
        if len(data) > count:
            keep = np.sort(np.argpartition(-data, count)[:count])
            data, idx = data[keep], idx[keep]
        rows.append(np.full(len(data), i, dtype=np.int32))
        cols.append(idx)
        vals.append(data)
    if not rows:
        return sparse.csr_matrix(x.shape, dtype=np.float32)
    cand = sparse.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=x.shape)
    norms = np.sqrt(np.asarray(cand.multiply(cand).sum(axis=1)).ravel())
    return sparse.csr_matrix(sparse.diags(1.0 / np.maximum(norms, 1e-9)) @ cand)


def edges(
    bags: Sequence[Bag], times: Sequence[float | None], first_new: int = 0, opt: StoryOptions | None = None
) -> list[tuple[float, int, int]]:
    """Every candidate pair's similarity, as ``(similarity, i, j)`` with ``i < j`` indices
    into ``bags``: the cosine of their leads discounted by the time between publications, or,
    when either has no time, the cosine of their whole texts (see WHOLE). Articles before
    ``first_new`` are already compared with each other: only pairs with at least one article
    from ``first_new`` on are returned. ``times`` are POSIX timestamps of publication (None when
    unknown)."""
    opt = opt or StoryOptions()
    n = len(bags)
    if n < 2 or first_new >= n or not any(bags):
        return []  # articles without a single story term (a text of number words alone) link to nothing
    t = np.array([np.nan if v is None else v for v in times], dtype=np.float64)
    undated = np.isnan(t)
    window = opt.window_days * 86400
    new = np.arange(first_new, n)
    out = []
    dated_new = new[~undated[new]]
    if len(dated_new):
        x, vocab = vectors(bags)
        cand = _salient(x, vocab, opt.salient_terms, opt.common_idf)
        dated_new = dated_new[np.argsort(t[dated_new], kind="stable")]
        i, j = _candidates(cand, dated_new, lambda r: np.flatnonzero(
            ~undated & (t >= t[r].min() - window) & (t <= t[r].max() + window)), opt.candidate_floor, first_new)
        close = np.abs(t[i] - t[j]) <= window
        out += _scored(x, i[close], j[close], _pair_discount(t[i[close]], t[j[close]], opt))
    if undated.any():
        y, vocab = vectors(bags, whole=True)
        cand = _salient(y, vocab, opt.salient_terms, WHOLE_COMMON_IDF)
        every, without = np.arange(n), np.flatnonzero(undated)
        i1, j1 = _candidates(cand, new[undated[new]], lambda r: every, WHOLE_FLOOR, first_new)
        i2, j2 = _candidates(cand, dated_new, lambda r: without, WHOLE_FLOOR, first_new)
        i, j = np.concatenate([i1, i2]), np.concatenate([j1, j2])
        out += _scored(y, i, j, np.ones(len(i)))
    return out


def _candidates(
    cand: sparse.csr_matrix, rows: np.ndarray, columns, floor: float, first_new: int
) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (i, j), i < j, of a new article of ``rows`` and an article of ``columns(block
    of rows)`` whose salient-term cosine reaches ``floor``; a pair of two new articles is found
    from the earlier one's row only."""
    ii, jj = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for lo in range(0, len(rows), _BLOCK):
        block_rows = rows[lo:lo + _BLOCK]
        cols = columns(block_rows)
        if not len(cols):
            continue
        block = (cand[block_rows] @ cand[cols].T).tocoo()
        i, j = block_rows[block.row], cols[block.col]
        keep = (block.data >= floor) & (i != j) & ((j < first_new) | (j > i))
        ii.append(np.minimum(i, j)[keep])
        jj.append(np.maximum(i, j)[keep])
    return np.concatenate(ii), np.concatenate(jj)


def _scored(x: sparse.csr_matrix, ii: np.ndarray, jj: np.ndarray, discount: np.ndarray) -> list[tuple[float, int, int]]:
    """The cosine of each pair's rows of ``x`` times its discount, as (similarity, i, j)."""
    out: list[tuple[float, int, int]] = []
    for lo in range(0, len(ii), _PAIRS):
        i, j = ii[lo:lo + _PAIRS], jj[lo:lo + _PAIRS]
        exact = np.asarray(x[i].multiply(x[j]).sum(axis=1)).ravel() * discount[lo:lo + _PAIRS]
        out.extend(zip(exact.tolist(), i.tolist(), j.tolist(), strict=True))
    return out


def _pair_discount(ta: np.ndarray, tb: np.ndarray, opt: StoryOptions) -> np.ndarray:
    """Similarity discount for the time between publications (1 when either is unknown)."""
    days = np.abs(ta - tb) / 86400
    disc = np.exp(-np.maximum(days - opt.same_days, 0) / opt.decay_days)
    return np.where(np.isnan(disc), 1.0, disc)


def agglomerate(
    nodes: Sequence[Node], links: Sequence[tuple[float, Node, Node]], threshold: float,
    attach_size: int = 0, attach_threshold: float = 0.0,
) -> list[list[Node]]:
    """Average linkage over a candidate graph: ``nodes`` grouped (every node in exactly one
    group), merging along ``links`` (similarity, a, b) strongest first, ties by node order.
    ``link[a][b]`` holds the sum of the pair similarities between groups a and b, so the mean
    over all cross pairs is one division; pairs that are not links count as 0. Then members
    are reassigned (``_reassign``) and groups of at most ``attach_size`` members attached
    where they fit (``_attach``, at ``attach_threshold``)."""
    link: dict = {v: {} for v in nodes}
    ordered = sorted(((s, min(a, b), max(a, b)) for s, a, b in links), key=lambda e: (-e[0], e[1], e[2]))
    for s, a, b in ordered:
        link[a][b] = s
        link[b][a] = s
    pairs = {v: dict(w) for v, w in link.items()}  # node to node, kept for the reassignment
    owner = {v: v for v in nodes}
    members: dict = {v: [v] for v in nodes}
    for s, i, j in ordered:
        if s < threshold:
            break
        a, b = owner[i], owner[j]
        if a == b:
            continue
        if link[a].get(b, 0.0) / (len(members[a]) * len(members[b])) < threshold:
            continue
        if len(members[a]) < len(members[b]) or (len(members[a]) == len(members[b]) and b < a):
            a, b = b, a
        members[a].extend(members[b])
        for k in members.pop(b):
            owner[k] = a
        la = link[a]
        for c, w in link.pop(b).items():
            if c == a:
                continue
            la[c] = la.get(c, 0.0) + w
            lc = link[c]
            lc[a] = lc.get(a, 0.0) + w
            del lc[b]
        la.pop(b, None)
    _reassign(pairs, owner, members, threshold)
    _attach(pairs, owner, members, threshold, attach_size, attach_threshold)
    return [sorted(g) for g in members.values() if g]


REASSIGN_PASSES = 3


def _reassign(pairs: dict, owner: dict, members: dict, threshold: float) -> None:
    """Greedy merging is decided in order: an article whose strongest link is to an article
    of another event (a report on a strike that recounts the attack before it) can be taken
    into that event's group while it is small, and stay there once its own event's group has
    grown. An article whose mean similarity to the other members of its group has fallen under
    the threshold is moved to the group, at least as large, it is closest to on average, when
    that reaches the threshold (the test that admitted it in the first place); nodes are
    visited in order, a few passes, so the result depends on the graph alone."""
    for _ in range(REASSIGN_PASSES):
        moved = False
        for v in sorted(pairs):
            mine = owner[v]
            sums: dict = {}
            for u, s in pairs[v].items():
                sums[owner[u]] = sums.get(owner[u], 0.0) + s
            others = len(members[mine]) - 1
            own = sums.get(mine, 0.0) / others if others else 0.0
            if own >= threshold:
                continue
            # only toward groups at least as large: a mean over a large group is diluted by
            # the pairs that are no links, so a small group would win on size alone
            best, target = max(
                ((sums[g] / len(members[g]), g) for g in sorted(sums) if g != mine and len(members[g]) >= others),
                default=(0.0, None),
            )
            if target is None or best < threshold or best <= own:
                continue
            members[mine].remove(v)
            members[target].append(v)
            owner[v] = target
            moved = True
        if not moved:
            break


def _attach(pairs: dict, owner: dict, members: dict, threshold: float, size: int, floor: float) -> None:
    """A report of an event told in other words than the rest of its coverage (the army's
    count of the missiles beside the announcement of the strikes, a coach's words beside the
    match report) falls under the threshold on average and is left alone, or with one other
    article. A group of at most ``size`` members joins the larger group it is closest to on
    average when that mean reaches ``floor`` and one of their links reaches the threshold (so a
    group never spans two parts of the graph of links at or above it). All groups are decided
    on the grouping before any joins, smallest key first, so the result depends on the graph
    alone."""
    if size < 1:
        return
    moves: dict = {}
    for g in sorted(k for k, m in members.items() if 0 < len(m) <= size):
        n = len(members[g])
        sums: dict = {}
        strongest: dict = {}
        for v in members[g]:
            for u, s in pairs[v].items():
                h = owner[u]
                if h != g:
                    sums[h] = sums.get(h, 0.0) + s
                    strongest[h] = max(strongest.get(h, 0.0), s)
        best, target = max(
            ((sums[h] / (n * len(members[h])), h) for h in sorted(sums)
             if strongest[h] >= threshold and len(members[h]) > n),
            default=(0.0, None),
        )
        if target is not None and best >= floor:
            moves[g] = target
    for g in sorted(moves):
        target = moves[g]
        while target in moves:  # the target joined a group in turn (always a larger one: no cycle)
            target = moves[target]
        for v in members[g]:
            owner[v] = target
        members[target].extend(members[g])
        members[g] = []


def group(articles: list[Article], opt: StoryOptions | None = None) -> list[list[int]]:
    """Indices of ``articles`` grouped into stories (every article in exactly one group);
    copies (``duplicate_of`` set) join their original's group without being compared."""
    opt = opt or StoryOptions()
    index = {a.id: k for k, a in enumerate(articles)}
    own = [k for k, a in enumerate(articles) if a.duplicate_of not in index]
    found = edges([article_bag(articles[k]) for k in own], [_time(articles[k]) for k in own], 0, opt)
    groups = agglomerate(range(len(own)), found, opt.threshold, opt.attach_size, opt.attach_threshold)
    place: dict[str, int] = {}
    out: list[list[int]] = []
    for g in groups:
        members = [own[k] for k in g]
        for k in members:
            place[articles[k].id] = len(out)
        out.append(members)
    for k, a in enumerate(articles):
        original = a.duplicate_of
        if original in index:
            while (earlier := articles[index[original]].duplicate_of) in index:
                original = earlier
            out[place[original]].append(k)
    return sorted((sorted(g) for g in out), key=lambda g: (-len(g), g[0]))


def find_stories(articles: list[Article], opt: StoryOptions | None = None) -> list[Story]:
    """Stories, largest first; each titled by the heading of its most central article that
    has one (empty when none has: the digest step then titles it)."""
    stories = []
    for n, g in enumerate(group(articles, opt), start=1):
        members = [articles[i] for i in g]
        ids = [articles[i].id for i in sorted(g, key=lambda i: (_sort_time(articles[i]), i))]
        stories.append(Story(id=f"s{n}", articles=ids, title=central_heading(members)))
    return stories


def central_heading(members: list[Article]) -> str:
    """The heading of the most central member that has one and is no review of the papers (when
    another has one), "" when none has."""
    if len(members) == 1:
        order = [0]
    else:
        x, _ = vectors([article_bag(a) for a in members])
        centrality = np.asarray((x @ x.T).sum(axis=1)).ravel()
        order = np.argsort(-centrality, kind="stable").tolist()
    headings = [(h.strip(), members[i]) for i in order if (h := members[i].heading)]
    # a review of the papers takes up the story among others: it titles it only when nothing else can
    news = [h for h, a in headings if not is_roundup(h, _lead(a))]
    return (news or [h for h, _ in headings] or [""])[0]


def _lead(a: Article) -> str:
    return next((s.text for s in a.sentences if s.kind == "body"), a.text[:OPENING])


def _time(a: Article) -> float | None:
    return a.published.timestamp() if a.published else None


def _sort_time(a: Article) -> float:
    return a.published.timestamp() if a.published else 0.0
