"""Stories: articles about the same specific event, grouped.

Method: article vectors of raw term counts times idf**1.5 (title and lead weighted up, numbers
left out; idf from a background news corpus, so an article's vector never depends on what else
is in the input): raw counts let the entities an article keeps returning to (the place and
actors of its event) dominate, and the stronger idf damps the vocabulary every war report
shares. Candidate pairs never come from comparing every pair: two articles are candidates when
they were published within the story window of each other (or either date is unknown) and the
cosine of their most salient rare terms reaches a floor (a sparse product, i.e. an inverted
index join, over those terms only). The decision is exact: full cosine, discounted by the time
between publications, then average-linkage agglomeration over the candidate edges, strongest
first: two groups merge only when the mean similarity of all their cross pairs (pairs never
found as candidates counting 0) reaches the threshold, which keeps one shared topic word from
chaining different events together.

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

if TYPE_CHECKING:
    from _typeshed import SupportsDunderLT

Node = TypeVar("Node", bound="SupportsDunderLT")  # what is grouped: hashable and ordered (indices, ids)


@dataclass(frozen=True)
class StoryOptions:
    """How articles are grouped into stories (see the module's text). Checked when built:
    ``threshold`` is a similarity from 0 to 1 and ``candidate_floor`` one above 0 (the story
    window grows with log(1 / floor)); ``salient_terms`` is a whole number of at least 1;
    ``common_idf`` and ``same_days`` are finite and not negative, ``decay_days`` finite and
    above 0."""

    threshold: float = 0.18  # mean cross-pair similarity needed to merge two groups
    candidate_floor: float = 0.08  # pairs below this (on salient terms) are never compared
    salient_terms: int = 30  # terms per article used to find candidates
    common_idf: float = 4.0  # terms with a lower background idf (in over ~5% of articles) find no candidates
    same_days: float = 1.0  # publication gap with no discount
    decay_days: float = 3.0  # e-folding of the discount beyond that gap

    def __post_init__(self) -> None:
        checks.number("StoryOptions", "threshold", self.threshold, 0, 1)
        checks.number("StoryOptions", "candidate_floor", self.candidate_floor, 0, 1, above=True)
        checks.count("StoryOptions", "salient_terms", self.salient_terms)
        checks.number("StoryOptions", "common_idf", self.common_idf, 0)
        checks.number("StoryOptions", "same_days", self.same_days, 0)
        checks.number("StoryOptions", "decay_days", self.decay_days, 0, above=True)

    @property
    def window_days(self) -> float:
        """The publication gap beyond which even identical articles fall under the candidate
        floor once discounted: no pair further apart can ever be an edge."""
        return self.same_days + self.decay_days * math.log(1.0 / self.candidate_floor)


Bag = list[tuple[str, float]]


def article_bag(article: Article) -> Bag:
    """The article's terms with their weighted counts, each term once (title x2, the first
    three body sentences x1.5); numbers are left out: "400" of 400 ألف محاصر and of
    400 مليون دولار are not one thing."""
    title: list[str] = list(terms(article.title)) if article.title else []
    lead: list[str] = []
    rest: list[str] = []
    n_lead = 0
    for s in article.sentences:
        if s.kind == "boilerplate":
            continue
        (lead if n_lead < 3 else rest).extend(s.terms)
        if s.kind == "body":
            n_lead += 1
    weights: dict[str, float] = {}
    # counted per weight class (in C), then summed in a fixed order: title, lead, rest
    for words, w in ((title, 2.0), (lead, 1.5), (rest, 1.0)):
        for t, c in Counter(words).items():
            weights[t] = weights.get(t, 0.0) + c * w
    return [(t, c) for t, c in weights.items() if not t[:1].isdigit()]


_BLOCK = 1000  # rows of the candidate product computed at a time
_PAIRS = 20_000  # candidate pairs scored at a time


def vectors(bags: Sequence[Bag]) -> sparse.csr_matrix:
    """Rows of L2-normalised raw tf * idf**1.5. The vocabulary is in term order, so a pair's
    cosine is summed in the same order whatever other bags are in the matrix: edges computed
    in different partitions or processes are bit for bit the same."""
    vocab = Vocabulary()
    vocab.extend(sorted({t for b in bags for t, _ in b}))
    return tfidf_matrix(bags, vocab, sublinear=False, idf_power=1.5), vocab


def _salient(x: sparse.csr_matrix, vocab: Vocabulary, opt: StoryOptions) -> sparse.csr_matrix:
    """Each row's ``salient_terms`` heaviest terms that are not common in the background,
    re-normalised: the inverted index that finds candidates."""
    x = sparse.csr_matrix(x @ sparse.diags((vocab.idf() >= opt.common_idf).astype(np.float32)))
    x.eliminate_zeros()
    rows, cols, vals = [], [], []
    for i in range(x.shape[0]):
        start, end = x.indptr[i], x.indptr[i + 1]
        data, idx = x.data[start:end], x.indices[start:end]
        if len(data) > opt.salient_terms:
            keep = np.sort(np.argpartition(-data, opt.salient_terms)[: opt.salient_terms])
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
    """Every candidate pair's time-discounted cosine, as ``(similarity, i, j)`` with ``i < j``
    indices into ``bags``. Articles before ``first_new`` are already compared with each other:
    only pairs with at least one article from ``first_new`` on are returned. ``times`` are
    POSIX timestamps of publication (None when unknown)."""
    opt = opt or StoryOptions()
    n = len(bags)
    if n < 2 or first_new >= n or not any(bags):
        return []  # articles without a single story term (a text of number words alone) link to nothing
    x, vocab = vectors(bags)
    cand = _salient(x, vocab, opt)
    t = np.array([np.nan if v is None else v for v in times], dtype=np.float64)
    window = opt.window_days * 86400
    undated = np.isnan(t)
    new = np.arange(first_new, n)
    new = new[np.argsort(np.where(undated[new], np.inf, t[new]), kind="stable")]
    ii_parts, jj_parts = [], []
    for lo in range(0, len(new), _BLOCK):
        rows = new[lo:lo + _BLOCK]
        rt = t[rows]
        if np.isnan(rt).any():
            cols = np.arange(n)
        else:
            cols = np.flatnonzero(undated | ((t >= rt.min() - window) & (t <= rt.max() + window)))
        block = (cand[rows] @ cand[cols].T).tocoo()
        i, j = rows[block.row], cols[block.col]
        keep = (block.data >= opt.candidate_floor) & (i != j) & ((j < first_new) | (j > i))
        i, j = i[keep], j[keep]
        gap = np.abs(t[i] - t[j])
        close = np.isnan(gap) | (gap <= window)
        ii_parts.append(np.minimum(i, j)[close])
        jj_parts.append(np.maximum(i, j)[close])
    ii, jj = np.concatenate(ii_parts), np.concatenate(jj_parts)
    out: list[tuple[float, int, int]] = []
    for lo in range(0, len(ii), _PAIRS):
        i, j = ii[lo:lo + _PAIRS], jj[lo:lo + _PAIRS]
        exact = np.asarray(x[i].multiply(x[j]).sum(axis=1)).ravel()
        exact = exact * _pair_discount(t[i], t[j], opt)
        out.extend(zip(exact.tolist(), i.tolist(), j.tolist(), strict=True))
    return out


def _pair_discount(ta: np.ndarray, tb: np.ndarray, opt: StoryOptions) -> np.ndarray:
    """Similarity discount for the time between publications (1 when either is unknown)."""
    days = np.abs(ta - tb) / 86400
    disc = np.exp(-np.maximum(days - opt.same_days, 0) / opt.decay_days)
    return np.where(np.isnan(disc), 1.0, disc)


def agglomerate(nodes: Sequence[Node], links: Sequence[tuple[float, Node, Node]], threshold: float) -> list[list[Node]]:
    """Average linkage over a candidate graph: ``nodes`` grouped (every node in exactly one
    group), merging along ``links`` (similarity, a, b) strongest first, ties by node order.
    ``link[a][b]`` holds the sum of the pair similarities between groups a and b, so the mean
    over all cross pairs is one division; pairs that are not links count as 0."""
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


def group(articles: list[Article], opt: StoryOptions | None = None) -> list[list[int]]:
    """Indices of ``articles`` grouped into stories (every article in exactly one group);
    copies (``duplicate_of`` set) join their original's group without being compared."""
    opt = opt or StoryOptions()
    index = {a.id: k for k, a in enumerate(articles)}
    own = [k for k, a in enumerate(articles) if a.duplicate_of not in index]
    found = edges([article_bag(articles[k]) for k in own], [_time(articles[k]) for k in own], 0, opt)
    groups = agglomerate(range(len(own)), found, opt.threshold)
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
    """The heading of the most central member that has one ("" when none has)."""
    if len(members) == 1:
        order = [0]
    else:
        x, _ = vectors([article_bag(a) for a in members])
        centrality = np.asarray((x @ x.T).sum(axis=1)).ravel()
        order = np.argsort(-centrality, kind="stable").tolist()
    for i in order:
        heading = members[i].heading
        if heading:
            return heading.strip()
    return ""


def _time(a: Article) -> float | None:
    return a.published.timestamp() if a.published else None


def _sort_time(a: Article) -> float:
    return a.published.timestamp() if a.published else 0.0
