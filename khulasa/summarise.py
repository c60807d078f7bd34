"""Multi-document extractive digest of one story.

Method: the monotone submodular objective of Lin & Bilmes (2011, "A Class of Submodular
Functions for Document Summarization", ACL), which outperforms LexRank and other graph methods
on the DUC multi-document news benchmarks:

    F(S) = sum_i min(C_i(S), alpha * C_i(V))  +  lambda * sum_k sqrt(sum_{j in S and P_k} r_j)

The first term is coverage: every sentence i of the story is covered by the chosen sentences in
proportion to their similarity w_ij, saturating at a fraction alpha of what the whole story
gives it, so once a point is made, saying it again earns nothing. The second term rewards
diversity: sentences are partitioned into clusters P_k and each cluster's reward grows with a
square root, so a second sentence from the same cluster is worth less than a first from another.
r_j is sentence j's mean similarity to the story. Selection is the budgeted greedy algorithm
with cost scaling (gain / words**0.3). On top of the objective, a sentence too close to one
already chosen (cosine >= ``redundancy``) is never added: across outlets the same wire fact is
often worded alike, and a digest must not say it twice.

A third, also monotone submodular, term adds the concept coverage of Gillick & Favre (2009):
concepts are pairs of adjacent content stems (and numbers with the word they count), each
weighted by (articles stating it - 1) squared, so a fact several outlets report
(نحو 400 ألف محاصر in all five seeds) is worth covering once; a concept holding a number is
weighted up, since quantities are what a reader of several reports is looking for.
The three terms are each scaled by their value on the whole story before being weighed, and a
small modular prior (which keeps the objective submodular) favours what news readers look
for first: sentences that state a quantity, and the leads of articles.

Sentences are quoted whole and unchanged, and ordered by where they stand in their articles
(leads first), then by article.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from .arabic.normalize import normalize
from .model import Article, Excerpt, Sentence
from .news.measures import measures_near_numbers
from .news.resources import read_lines
from .vectors import Vocabulary, bag, tfidf_matrix


@dataclass(frozen=True)
class DigestOptions:
    words: int | None = 120  # budget in words (as written)
    sentences: int | None = None  # or a budget in sentences
    alpha: float = 0.2  # coverage saturation (fraction of what the whole story gives)
    diversity: float = 0.5  # lambda, relative to coverage (both scaled to 1 on the whole story)
    concepts: float = 1.0  # weight of concept coverage (same scale)
    number_boost: float = 2.0  # concepts holding a number count this much more
    prior: float = 0.04  # weight of the modular prior (quantity, lead position)
    cost_scaling: float = 0.6  # r in gain / cost**r (denser sentences for a short digest)
    redundancy: float = 0.45  # cosine at or above which a sentence repeats a chosen one
    cluster_similarity: float = 0.3  # leader clustering of sentences into P_k
    max_words: int = 70  # longer sentences are run-ons, not digest material


def _clusters(w: np.ndarray, order: np.ndarray, threshold: float) -> np.ndarray:
    labels = np.full(len(w), -1)
    leaders: list[int] = []
    for j in order:
        for k, lead in enumerate(leaders):
            if w[j, lead] >= threshold:
                labels[j] = k
                break
        else:
            labels[j] = len(leaders)
            leaders.append(j)
    return labels


def _looks_like_year(term: str) -> bool:
    return len(term) == 4 and term.isdigit() and 1900 <= int(term) <= 2100


def _quantities(s: Sentence) -> list[str]:
    """The sentence's number terms that are quantities (not years)."""
    return [t for t in s.terms if t[:1].isdigit() and not _looks_like_year(t)]


def _importance(s: Sentence, quantities: list[str]) -> float:
    quantity = any(t not in ("1", "2") for t in quantities)
    lead = s.index < 2
    return 1.0 * quantity + 0.5 * lead


def _concepts(pool: list[Sentence], quantities: list[list[str]], boost: float) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Sentence-by-concept incidence and concept weights (articles stating it, numbers boosted)."""
    ids: dict[tuple[str, str], int] = {}
    cols: list[int] = []
    lengths: list[int] = []
    for s, numbers in zip(pool, quantities):
        keys = set(zip(s.terms, s.terms[1:]))
        if numbers:
            # a quantity is a concept of its own (400000 besieged is one fact whatever the wording)
            keys.update((t, "") for t in numbers)
            # "a number of killed", "a number who fled": the kind of figure is a concept too, so a
            # death toll is covered once even when each outlet gives its own number
            keys.update(("#", m) for m in measures_near_numbers(s.terms))
        cols.extend(ids.setdefault(key, len(ids)) for key in keys)
        lengths.append(len(keys))
    n_concepts = max(len(ids), 1)
    col = np.asarray(cols, dtype=np.int64)
    indptr = np.zeros(len(pool) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    incidence = sparse.csr_matrix((np.ones(len(col), dtype=np.float32), col, indptr), shape=(len(pool), n_concepts))
    article_ids: dict[str, int] = {}
    article_of = np.array([article_ids.setdefault(s.article, len(article_ids)) for s in pool], dtype=np.int64)
    n_articles = len(article_ids)
    if n_articles > 1:
        # articles stating each concept: distinct (concept, article) pairs, counted per concept
        pairs = np.unique(col * n_articles + np.repeat(article_of, lengths))
        support = np.bincount(pairs // n_articles, minlength=n_concepts).astype(float)
    else:
        support = np.bincount(col, minlength=n_concepts).astype(float)
    numeric = np.array([k[0] == "#" or k[0][:1].isdigit() or k[1][:1].isdigit() for k in ids] or [False])
    # superlinear in support: a fact five outlets state outweighs one wording two share
    weights = np.where(support >= 2, (support - 1) ** 2, 0.0) * np.where(numeric, boost, 1.0)
    return incidence, weights


@lru_cache(maxsize=1)
def _dangling() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalize(w) for w in line.split()) for line in read_lines("dangling_openers.txt"))


def _leans_on_context(s: Sentence) -> bool:
    """The sentence opens with a continued speaker, a contrast or a pronoun (وأضاف، لكن، هذا)."""
    words = [normalize(w) for w in s.text.split()[:2]]
    openers = _dangling()
    return (words[0],) in openers or tuple(words[:2]) in openers


DENSE_CELLS = 100_000  # sentence-by-term matrices up to this size are dense (small stories)


def select(sentences: list[Sentence], opt: DigestOptions) -> list[Sentence]:
    """The chosen sentences, in reading order."""
    pool = [s for s in sentences if s.kind in ("body", "repeat") and s.terms]
    if not pool:
        return []
    # a vocabulary of its own: term ids (and so the order in which similarities are summed)
    # depend on the story alone, not on the stories digested before it in the same process
    bags = [bag(s.terms) for s in pool]
    small = len(pool) * len({t for s in pool for t in s.terms}) <= DENSE_CELLS
    x = tfidf_matrix(bags, Vocabulary(), dense=small)
    w = (x @ x.T).astype(np.float64) if small else (x @ x.T).toarray()
    np.fill_diagonal(w, 1.0)
    n = len(pool)
    candidate = np.array([s.kind == "body" and s.words <= opt.max_words for s in pool])
    standalone = candidate & ~np.array([_leans_on_context(s) for s in pool])
    if standalone.sum() >= 3:
        candidate = standalone  # sentences that read on their own, when there are enough of them
    cost = np.array([max(s.words, 1) for s in pool], dtype=float) ** opt.cost_scaling
    cap = opt.alpha * w.sum(axis=1)  # saturation level of each sentence's coverage
    reward = w.mean(axis=0)
    labels = _clusters(w, np.argsort(-reward), opt.cluster_similarity)
    n_clusters = labels.max() + 1

    quantities = [_quantities(s) for s in pool]
    incidence, concept_weight = _concepts(pool, quantities, opt.number_boost)
    concept_rows = incidence.toarray() if len(pool) * incidence.shape[1] <= DENSE_CELLS else incidence
    # scale each term by its value on the whole story
    scale_cov = cap.sum() or 1.0
    scale_div = np.sqrt(np.bincount(labels, weights=reward, minlength=n_clusters)).sum() or 1.0
    scale_con = concept_weight.sum() or 1.0
    open_weight = concept_weight.copy()  # weight of the concepts not yet covered
    prior = opt.prior * np.array([_importance(s, q) for s, q in zip(pool, quantities)])

    covered = np.zeros(n)
    cluster_mass = np.zeros(n_clusters)
    chosen: list[int] = []
    words_used = 0
    available = candidate.copy()
    lengths = np.array([s.words for s in pool])
    word_budget = opt.words if opt.sentences is None else None
    while True:
        if opt.sentences is not None and len(chosen) >= opt.sentences:
            break
        if word_budget is not None:
            fits = available & (lengths <= word_budget - words_used)
            if not fits.any() and not chosen:
                fits = available  # nothing fits at all: a digest of one sentence still beats none
            available = fits
        if not available.any():
            break
        idx = np.flatnonzero(available)
        # coverage gain of adding each candidate j: sum_i min(covered_i + w_ij, cap_i) - min(covered_i, cap_i)
        base = np.minimum(covered, cap).sum()
        gain_cov = np.minimum(covered[:, None] + w[:, idx], cap[:, None]).sum(axis=0) - base
        mass = cluster_mass[labels[idx]]
        gain_div = np.sqrt(mass + reward[idx]) - np.sqrt(mass)
        gain_con = (concept_rows @ open_weight)[idx]
        gain = (gain_cov / scale_cov + opt.diversity * gain_div / scale_div + opt.concepts * gain_con / scale_con + prior[idx]) / cost[idx]
        best = idx[int(np.argmax(gain))]
        available[best] = False
        s = pool[best]
        if chosen and w[best, chosen].max() >= opt.redundancy:
            continue
        chosen.append(best)
        words_used += s.words
        covered += w[:, best]
        cluster_mass[labels[best]] += reward[best]
        open_weight[incidence.indices[incidence.indptr[best]:incidence.indptr[best + 1]]] = 0.0
    picked = [pool[j] for j in chosen]
    return picked


def reading_order(picked: list[Sentence], articles: dict[str, Article], article_order: list[str]) -> list[Sentence]:
    rank = {a: i for i, a in enumerate(article_order)}

    def key(s: Sentence):
        total = max(len(articles[s.article].sentences), 1)
        return (round(s.index / total, 1), rank.get(s.article, 0), s.index)

    return sorted(picked, key=key)


def summarise(story_articles: list[Article], opt: DigestOptions | None = None) -> list[Excerpt]:
    opt = opt or DigestOptions()
    sentences = [s for a in story_articles for s in a.sentences]
    picked = select(sentences, opt)
    by_id = {a.id: a for a in story_articles}
    ordered = reading_order(picked, by_id, [a.id for a in story_articles])
    return [Excerpt(s.text, s.article, s.start, s.end) for s in ordered]
