"""Stories: articles about the same specific event, grouped.

Method: article vectors of raw term counts times idf**1.5 (title and lead weighted up, numbers
left out): raw counts let the entities an article keeps returning to (the place and actors of its
event) dominate, and the stronger idf damps the vocabulary every war report shares; candidate pairs from a sparse
product over each article's most salient terms (never all pairs); exact cosine on the
candidates, discounted by the time between publications; then average-linkage agglomeration
over the candidate edges, strongest first: two groups merge only when the mean similarity of
all their cross pairs (pairs never found as candidates counting 0) reaches the threshold, which keeps one shared topic word from chaining
different events together.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .arabic.terms import terms
from .model import Article, Story
from .vectors import Vocabulary, bag, tfidf_matrix


@dataclass(frozen=True)
class StoryOptions:
    threshold: float = 0.25  # mean cross-pair cosine needed to merge two groups
    candidate_floor: float = 0.08  # pairs below this (on salient terms) are never compared
    salient_terms: int = 30  # terms per article used to find candidates
    max_postings: float = 0.02  # a term in more than this share of the articles finds no candidates
    same_days: float = 2.0  # publication gap with no discount
    decay_days: float = 5.0  # e-folding of the discount beyond that gap


def article_bag(article: Article) -> list[tuple[str, float]]:
    items: list[tuple[str, float]] = []
    if article.title:
        items += bag(terms(article.title), 2.0)
    lead = 0
    for s in article.sentences:
        if s.kind in ("boilerplate",):
            continue
        weight = 1.5 if lead < 3 else 1.0
        if s.kind == "body":
            lead += 1
        items += bag(s.terms, weight)
    # numbers are left out: "400" of 400 ألف محاصر and of 400 مليون دولار are not one thing
    return [(t, c) for t, c in items if not t[:1].isdigit()]


_BLOCK = 1000  # rows of the candidate product computed at a time
_PAIRS = 20_000  # candidate pairs scored at a time


def _prune(matrix: sparse.csr_matrix, k: int) -> sparse.csr_matrix:
    """Keep each row's ``k`` largest weights."""
    rows, cols, vals = [], [], []
    for i in range(matrix.shape[0]):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        data = matrix.data[start:end]
        idx = matrix.indices[start:end]
        if len(data) > k:
            keep = np.argpartition(-data, k)[:k]
            data, idx = data[keep], idx[keep]
        rows.append(np.full(len(data), i, dtype=np.int32))
        cols.append(idx)
        vals.append(data)
    if not rows:
        return sparse.csr_matrix(matrix.shape, dtype=np.float32)
    return sparse.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=matrix.shape)


def similarity_edges(
    articles: list[Article], opt: StoryOptions
) -> tuple[sparse.csr_matrix, list[tuple[float, int, int]]]:
    """Article vectors, and every candidate pair's time-discounted cosine (strongest first)."""
    vocab = Vocabulary()
    x = tfidf_matrix([article_bag(a) for a in articles], vocab, sublinear=False, idf_power=1.5)
    if len(articles) < 2:
        return x, []
    cand = _prune(x, opt.salient_terms)
    # Terms common in this input would make the candidate product dense (every pair shares
    # them) and say little about the event; candidates come from the rarer ones.
    postings = np.bincount(cand.indices, minlength=cand.shape[1])
    cap = max(50, int(opt.max_postings * len(articles)))
    cand = sparse.csr_matrix(cand @ sparse.diags((postings <= cap).astype(np.float32)))
    norms = np.sqrt(np.asarray(cand.multiply(cand).sum(axis=1)).ravel())
    cand = sparse.csr_matrix(sparse.diags(1.0 / np.maximum(norms, 1e-9)) @ cand)
    # the product in row blocks, keeping only what passes the floor, so memory stays bounded
    ii_parts, jj_parts = [], []
    cand_t = sparse.csr_matrix(cand.T)
    for lo in range(0, cand.shape[0], _BLOCK):
        block = (cand[lo:lo + _BLOCK] @ cand_t).tocoo()
        keep = (block.data >= opt.candidate_floor) & (block.col > block.row + lo)
        ii_parts.append(block.row[keep] + lo)
        jj_parts.append(block.col[keep])
    ii, jj = np.concatenate(ii_parts), np.concatenate(jj_parts)
    if len(ii) == 0:
        return x, []
    times = _timestamps(articles)
    edges = []
    for lo in range(0, len(ii), _PAIRS):
        i, j = ii[lo:lo + _PAIRS], jj[lo:lo + _PAIRS]
        exact = np.asarray(x[i].multiply(x[j]).sum(axis=1)).ravel()
        exact *= _pair_discount(times[i], times[j], opt)
        edges.extend(zip(exact.tolist(), i.tolist(), j.tolist()))
    edges.sort(reverse=True)
    return x, edges


def _timestamps(articles: list[Article]) -> np.ndarray:
    return np.array([a.published.timestamp() if a.published else np.nan for a in articles])


def _pair_discount(ta: np.ndarray, tb: np.ndarray, opt: StoryOptions) -> np.ndarray:
    """Similarity discount for the time between publications (1 when either is unknown)."""
    days = np.abs(ta - tb) / 86400
    disc = np.exp(-np.maximum(days - opt.same_days, 0) / opt.decay_days)
    return np.where(np.isnan(disc), 1.0, disc)


def group(articles: list[Article], opt: StoryOptions | None = None) -> list[list[int]]:
    """Indices of ``articles`` grouped into stories (every article in exactly one group)."""
    return _group(articles, opt or StoryOptions())[0]


def _group(articles: list[Article], opt: StoryOptions) -> tuple[list[list[int]], sparse.csr_matrix]:
    """Average linkage over the candidate graph. ``link[a][b]`` holds the sum of the pair
    similarities between groups a and b, so the mean over all cross pairs is one division;
    pairs that were never candidates count as 0 (their similarity is below the floor)."""
    x, edges = similarity_edges(articles, opt)
    link: dict[int, dict[int, float]] = {i: {} for i in range(len(articles))}
    for s, i, j in edges:
        link[i][j] = s
        link[j][i] = s
    owner = list(range(len(articles)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(articles))}
    for s, i, j in edges:
        if s < opt.threshold:
            break
        a, b = owner[i], owner[j]
        if a == b:
            continue
        if link[a].get(b, 0.0) / (len(members[a]) * len(members[b])) < opt.threshold:
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        members[a].extend(members[b])
        for k in members.pop(b):
            owner[k] = a
        # fold b's links into a's
        la = link[a]
        for c, w in link.pop(b).items():
            if c == a:
                continue
            la[c] = la.get(c, 0.0) + w
            lc = link[c]
            lc[a] = lc.get(a, 0.0) + w
            del lc[b]
        la.pop(b, None)
    return sorted(members.values(), key=lambda g: (-len(g), min(g))), x


def find_stories(articles: list[Article], opt: StoryOptions | None = None) -> list[Story]:
    """Stories, largest first; each titled by the heading of its most central article that
    has one (empty when none has: the digest step then titles it)."""
    groups, x = _group(articles, opt or StoryOptions())
    stories = []
    for n, g in enumerate(groups, start=1):
        ids = [articles[i].id for i in sorted(g, key=lambda i: (_sort_time(articles[i]), i))]
        stories.append(Story(id=f"s{n}", articles=ids, title=_central_heading([articles[i] for i in g], x[g])))
    return stories


def _central_heading(members: list[Article], x: sparse.csr_matrix) -> str:
    if len(members) == 1:
        order = [0]
    else:
        centrality = np.asarray((x @ x.T).sum(axis=1)).ravel()
        order = np.argsort(-centrality, kind="stable").tolist()
    for i in order:
        heading = members[i].heading
        if heading:
            return heading.strip()
    return ""


def _sort_time(a: Article) -> float:
    return a.published.timestamp() if a.published else 0.0
