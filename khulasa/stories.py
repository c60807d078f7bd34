"""Stories: articles about the same specific event, grouped.

Method: article vectors of raw term counts times idf**1.5 (title and lead weighted up, numbers
left out): raw counts let the entities an article keeps returning to (the place and actors of its
event) dominate, and the stronger idf damps the vocabulary every war report shares; candidate pairs from a sparse
product over each article's most salient terms (never all pairs); exact cosine on the
candidates, discounted by the time between publications; then average-linkage agglomeration
over the candidate edges, strongest first: two groups merge only when the mean similarity of
all their cross pairs reaches the threshold, which keeps one shared topic word from chaining
different events together.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import sparse

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
        items += bag(_title_terms(article.title), 2.0)
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


def _title_terms(title: str) -> list[str]:
    from .arabic.terms import terms

    return terms(title)


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


def _time_discount(a: Article, b: Article, opt: StoryOptions) -> float:
    if a.published is None or b.published is None:
        return 1.0
    days = abs((a.published - b.published).total_seconds()) / 86400
    if days <= opt.same_days:
        return 1.0
    return math.exp(-(days - opt.same_days) / opt.decay_days)


def similarity_edges(articles: list[Article], opt: StoryOptions) -> tuple[sparse.csr_matrix, list[tuple[float, int, int]]]:
    vocab = Vocabulary()
    x = tfidf_matrix([article_bag(a) for a in articles], vocab, sublinear=False, idf_power=1.5)
    if len(articles) < 2:
        return x, []
    cand = _prune(x, opt.salient_terms)
    # Terms common in this input would make the candidate product dense (every pair shares
    # them) and say little about the event; candidates come from the rarer ones.
    postings = np.bincount(cand.indices, minlength=cand.shape[1])
    cap = max(50, int(opt.max_postings * len(articles)))
    cand = cand @ sparse.diags((postings <= cap).astype(np.float32))
    cand = sparse.csr_matrix(cand / np.maximum(sparse.linalg.norm(cand, axis=1), 1e-9)[:, None])
    prod = sparse.triu(cand @ cand.T, k=1).tocoo()
    keep = prod.data >= opt.candidate_floor
    ii, jj = prod.row[keep], prod.col[keep]
    if len(ii) == 0:
        return x, []
    exact = np.asarray(x[ii].multiply(x[jj]).sum(axis=1)).ravel()
    edges = []
    for i, j, s in zip(ii.tolist(), jj.tolist(), exact.tolist()):
        s *= _time_discount(articles[i], articles[j], opt)
        if s >= opt.threshold:
            edges.append((s, i, j))
    edges.sort(reverse=True)
    return x, edges


def _timestamps(articles: list[Article]) -> np.ndarray:
    return np.array([a.published.timestamp() if a.published else np.nan for a in articles])


def _discount_matrix(ta: np.ndarray, tb: np.ndarray, opt: StoryOptions) -> np.ndarray:
    days = np.abs(ta[:, None] - tb[None, :]) / 86400
    disc = np.exp(-np.maximum(days - opt.same_days, 0) / opt.decay_days)
    return np.where(np.isnan(disc), 1.0, disc)


def group(articles: list[Article], opt: StoryOptions | None = None) -> list[list[int]]:
    """Indices of ``articles`` grouped into stories (every article in exactly one group)."""
    return _group(articles, opt or StoryOptions())[0]


def _group(articles: list[Article], opt: StoryOptions) -> tuple[list[list[int]], sparse.csr_matrix]:
    x, edges = similarity_edges(articles, opt)
    times = _timestamps(articles)
    owner = list(range(len(articles)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(articles))}
    for _, i, j in edges:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        ma, mb = members[a], members[b]
        cross = (x[ma] @ x[mb].T).toarray()
        if len(ma) * len(mb) > 1:
            cross = cross * _discount_matrix(times[ma], times[mb], opt)
        if cross.mean() < opt.threshold:
            continue
        if len(ma) < len(mb):
            a, b, ma, mb = b, a, mb, ma
        ma.extend(mb)
        for k in mb:
            owner[k] = a
        del members[b]
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
