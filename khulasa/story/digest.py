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
with cost scaling (gain / words**r, r = ``DigestOptions.cost_scaling``). On top of the
objective, a sentence that would say again what the digest says is never added: one too
close to a chosen sentence (cosine >=
``redundancy``: across outlets the same wire fact is often worded alike), one whose content
(its stems, names and numbers, weighted by idf) is mostly in the digest already (less than
``novelty`` of it new), and one that restates a chosen sentence whole (a reaction that
recounts the decision it reacts to). Outlets word one fact differently, so wording alone
misses most repeats. A question in the outlet's own voice (a heading or teaser: من هي ...؟)
is never chosen; a quoted one is someone's words and may be.

Copies are counted once: sentences with the same normalised text are one candidate, whose
weight (in coverage and in concept support) is the number of voices saying it, an article and
its copies (``duplicate_of``, or the same text) being one voice. So a story of a wire text
republished a thousand times costs what the text costs, and digests like it. The pairwise work
(the N x N similarities) is bounded: a story of more than ``POOL`` distinct sentences keeps the
most central ones, each sentence's similarity to the whole story being one sparse product,
with near-copies folded into a more central sentence (see ``_bounded_pool``); memory grows
linearly with the story.

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

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from khulasa import checks
from khulasa.arabic.normalize import normalize, normalize_sentence
from khulasa.grouping.vectors import Vocabulary, term_idf, tfidf_matrix
from khulasa.model import Article, Excerpt, Sentence
from khulasa.news.measures import measures_near_numbers
from khulasa.news.resources import read_lines, read_table


@dataclass(frozen=True)
class DigestOptions:
    """How a story's digest is chosen: its length (``words``, or ``sentences`` when given) and
    the weights of the objective and of the repeat tests (see the module's text). Checked when
    built: a length is None or a whole number of at least 1 (and one of the two is given);
    similarities and shares are from 0 to 1 (``alpha`` above 0: a coverage that saturates at
    nothing rewards nothing); weights are finite and not negative; ``max_words`` is at least 1."""

    words: int | None = 120  # budget in words (as written)
    sentences: int | None = None  # or a budget in sentences
    alpha: float = 0.2  # coverage saturation (fraction of what the whole story gives)
    diversity: float = 0.5  # lambda, relative to coverage (both scaled to 1 on the whole story)
    concepts: float = 1.0  # weight of concept coverage (same scale)
    number_boost: float = 2.0  # concepts holding a number count this much more
    prior: float = 0.04  # weight of the modular prior (quantity, lead position)
    cost_scaling: float = 0.6  # r in gain / cost**r (denser sentences for a short digest)
    redundancy: float = 0.45  # cosine at or above which a sentence repeats a chosen one
    novelty: float = 0.7  # share of its content (idf-weighted stems, names, numbers) a sentence must add
    restates: float = 0.4  # a sentence holding all but this share of a chosen one's content restates it
    cluster_similarity: float = 0.3  # leader clustering of sentences into P_k
    max_words: int = 70  # longer sentences are run-ons, not digest material

    def __post_init__(self) -> None:
        for name in ("words", "sentences"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
                raise ValueError(f"the digest length in {name} must be a whole number of at least 1, not {value!r}")
        if self.words is None and self.sentences is None:
            raise ValueError("the digest needs a length: words or sentences")
        checks.number("DigestOptions", "alpha", self.alpha, 0, 1, above=True)
        for name in ("redundancy", "novelty", "restates", "cluster_similarity"):
            checks.number("DigestOptions", name, getattr(self, name), 0, 1)
        for name in ("diversity", "concepts", "number_boost", "prior", "cost_scaling"):
            checks.number("DigestOptions", name, getattr(self, name), 0)
        checks.count("DigestOptions", "max_words", self.max_words)


def _clusters(w: np.ndarray, order: np.ndarray, threshold: float) -> np.ndarray:
    """Leader clustering: each sentence, most central first, joins the first leader it is
    close to, or leads a cluster of its own."""
    labels = np.full(len(w), -1)
    leaders = np.empty(len(w), dtype=np.int64)
    n_leaders = 0
    near = w >= threshold
    for j in order:
        close = near[j, leaders[:n_leaders]]
        first = int(close.argmax()) if n_leaders else 0
        if n_leaders and close[first]:
            labels[j] = first
        else:
            labels[j] = n_leaders
            leaders[n_leaders] = j
            n_leaders += 1
    return labels


def counts(terms: tuple[str, ...]) -> Collection[tuple[str, int]]:
    """Each distinct term with its count, in order of first appearance: ``bag(terms)`` without
    building a list of pairs (a story's digest and timeline make one per sentence)."""
    return Counter(terms).items()


def _looks_like_year(term: str) -> bool:
    return len(term) == 4 and term.isdigit() and 1900 <= int(term) <= 2100


def _quantities(s: Sentence) -> list[str]:
    """The sentence's number terms that are quantities (not years)."""
    return [t for t in s.terms if t[:1].isdigit() and not _looks_like_year(t)]


def _importance(s: Sentence, quantities: list[str]) -> float:
    quantity = any(t not in ("1", "2") for t in quantities)
    lead = s.index < 2
    return 1.0 * quantity + 0.5 * lead


def _concepts(
    pool: list[Sentence], voices: list[list[int]], quantities: list[list[str]], boost: float
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Sentence-by-concept incidence and concept weights (voices stating it, numbers boosted)."""
    ids: dict[tuple[str, str], int] = {}
    numeric: list[bool] = []  # of each concept, in order of id: it holds a number
    cols: list[int] = []
    lengths: list[int] = []
    for s, numbers in zip(pool, quantities, strict=True):
        keys = set(zip(s.terms, s.terms[1:], strict=False))  # adjacent pairs
        if numbers:
            # a quantity is a concept of its own (400000 besieged is one fact whatever the wording)
            keys.update((t, "") for t in numbers)
            # "a number of killed", "a number who fled": the kind of figure is a concept too, so a
            # death toll is covered once even when each outlet gives its own number
            keys.update(("#", m) for m in measures_near_numbers(s.terms))
        for key in keys:
            at = ids.get(key)
            if at is None:
                at = ids[key] = len(ids)
                numeric.append(key[0] == "#" or key[0][:1].isdigit() or key[1][:1].isdigit())
            cols.append(at)
        lengths.append(len(keys))
    n_concepts = max(len(ids), 1)
    col = np.asarray(cols, dtype=np.int64)
    indptr = np.zeros(len(pool) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    incidence = sparse.csr_matrix((np.ones(len(col), dtype=np.float32), col, indptr), shape=(len(pool), n_concepts))
    support = _support(col, lengths, voices, n_concepts)
    # superlinear in support: a fact five outlets state outweighs one wording two share
    weights = np.where(support >= 2, (support - 1) ** 2, 0.0) * np.where(np.array(numeric or [False]), boost, 1.0)
    return incidence, weights


def _support(col: np.ndarray, lengths: list[int], voices: list[list[int]], n_concepts: int) -> np.ndarray:
    """Voices stating each concept: distinct (concept, voice) pairs, counted per concept. A
    merged sentence lends its concepts to every voice saying it; the pairs are no more than
    the sentences were before merging, so this stays linear in the story."""
    names: dict[int, int] = {}
    per = np.array([len(vs) for vs in voices], dtype=np.int64)
    flat = np.fromiter(
        (names.setdefault(v, len(names)) for vs in voices for v in vs), dtype=np.int64, count=int(per.sum())
    )
    if len(names) <= 1:
        return np.bincount(col, minlength=n_concepts).astype(float)
    n_voices = len(names)
    sentence_of = np.repeat(np.arange(len(voices)), lengths)  # the sentence of each (sentence, concept)
    reps = per[sentence_of]  # each (sentence, concept) once per voice of its sentence
    first = np.concatenate(([0], np.cumsum(per)[:-1]))[sentence_of]
    within = np.arange(int(reps.sum())) - np.repeat(np.cumsum(reps) - reps, reps)
    voice_of = flat[np.repeat(first, reps) + within]
    pairs = np.unique(np.repeat(col, reps) * n_voices + voice_of)
    return np.bincount(pairs // n_voices, minlength=n_concepts).astype(float)


@lru_cache(maxsize=1)
def _dangling() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalize(w) for w in line.split()) for line in read_lines("dangling_openers.txt"))


def _leans_on_context(s: Sentence) -> bool:
    """The sentence opens with a continued speaker, a contrast or a pronoun (وأضاف، لكن، هذا)."""
    words = [normalize(w) for w in s.text.split()[:2]]
    openers = _dangling()
    return (words[0],) in openers or tuple(words[:2]) in openers


DENSE_CELLS = 100_000  # sentence-by-term matrices up to this size are dense (small stories)
QUOTES_OPENING = '"«“'  # a question after one of these is quoted speech
QUOTES_CLOSING = '"»”) \n'  # what may follow a question mark at the end of a sentence
POOL = 2000  # unique sentences at most that take part in pairwise work (N x N similarities)


@dataclass
class _Unique:
    """Sentences with the same normalised text, kept once: the first one stands for all."""

    sentence: Sentence
    voices: list  # the distinct voices (articles, a copy counted as its original) saying it


def _voices(story_articles: list[Article]) -> dict[str, int]:
    """Each article's voice: a copy (``duplicate_of`` in the story, or the same normalised
    text) speaks with its original's voice, so a story of copies is one article said once."""
    ids = {a.id for a in story_articles}
    by_text: dict[str, int] = {}
    voice: dict[str, int] = {}
    for a in story_articles:
        key = normalize(a.text)
        voice[a.id] = by_text.setdefault(key, len(by_text))
    original = {a.id: a.duplicate_of for a in story_articles if a.duplicate_of in ids}
    for a in story_articles:
        root, seen = a.id, {a.id}
        while root in original and original[root] not in seen:
            root = original[root]
            seen.add(root)
        voice[a.id] = voice[root]
    return voice


def _collapse(sentences: list[Sentence], voice: dict[str, int]) -> list[_Unique]:
    """The story's sentences with identical normalised text merged (wire copies, copied
    articles): their count is support, not more sentences to compare pairwise."""
    merged: dict[str, _Unique] = {}
    for s in sentences:
        key = normalize_sentence(s.text)
        u = merged.get(key)
        v = voice.get(s.article, s.article)  # without a map, each article is its own voice
        if u is None:
            merged[key] = _Unique(s, [v])
        elif v not in u.voices:
            u.voices.append(v)
    return list(merged.values())


def _central(x, weight: np.ndarray) -> np.ndarray:
    """Each sentence's weighted similarity to the whole story, sum_j m_j w_ij, as one sparse
    product through the story's term vector (no sentence-by-sentence matrix)."""
    story = np.asarray(x.T @ weight).ravel()
    return np.asarray(x @ story, dtype=np.float64).ravel()


FOLD = 0.6  # cosine at which a sentence is folded into a more central one (see _bounded_pool)
BLOCK = 256  # sentences compared with the pool at a time


def _bounded_pool(x: sparse.csr_matrix, mass: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For a story too large for pairwise work: the ``POOL`` most central sentences that are
    not near-copies of a more central one, with their mass (their own plus that of the
    near-copies folded into them) and their similarity to the whole story.

    A digest of a few sentences is drawn from the centre of the story, so the periphery can
    go; but a story of near-copies (a wire text with a word changed per outlet) would fill
    any top-N with variants of its few most central sentences, and a digest of one or two.
    Folding at a cosine above ``redundancy`` costs no choice a digest could make (a sentence
    and its leader could never both be chosen), only the wording that stands for them.
    Work is blocks of sentences against the pool: O(n * POOL) time, O(BLOCK * POOL) memory."""
    central = _central(x, mass)
    order = np.argsort(-central, kind="stable")
    leaders: list[int] = []
    folded = mass.copy()
    for at in range(0, len(order), BLOCK):
        if len(leaders) >= POOL:
            break
        block = order[at:at + BLOCK]
        to_pool = (x[block] @ x[leaders].T).toarray() if leaders else np.zeros((len(block), 0))
        within = (x[block] @ x[block].T).toarray()
        new: list[int] = []  # positions in the block of this block's leaders
        for b, j in enumerate(block):
            if len(leaders) + len(new) >= POOL:
                break
            near_old = np.flatnonzero(to_pool[b] >= FOLD)
            near_new = [k for k in new if within[b, k] >= FOLD]
            if len(near_old):
                folded[leaders[near_old[0]]] += mass[j]
            elif near_new:
                folded[block[near_new[0]]] += mass[j]
            else:
                new.append(b)
        leaders.extend(int(block[b]) for b in new)
    pool_idx = np.asarray(leaders, dtype=np.int64)
    return pool_idx, folded[pool_idx], central[pool_idx]


def _similarities(x, pool: np.ndarray, small: bool) -> np.ndarray:
    xp = x[pool]
    w = (xp @ xp.T).astype(np.float64) if small else (xp @ xp.T).toarray().astype(np.float64)
    np.fill_diagonal(w, 1.0)
    return w


@lru_cache(maxsize=1)
def _proclitics() -> tuple[str, ...]:
    return tuple(normalize(row[0]) for row in read_table("stem_proclitics.tsv"))


def _novelty(terms: tuple[str, ...], said: set[str]) -> float:
    """The share of a sentence's content the digest does not state yet: its distinct stems,
    names and numbers, each weighted by its idf (a rare name or a number is most of what a
    sentence says; a common verb little). Two outlets word one fact differently, so the
    cosine between them can stay low while every name and number in the second is already
    in the digest: such a sentence adds nothing."""
    units = set(terms)
    if not units or not said:
        return 1.0
    skeletons = {_skeleton(t) for t in said}
    weight = {t: term_idf(t) for t in units}
    total = sum(weight.values()) or 1.0
    new = sum(v for t, v in weight.items() if not _is_said(t, said, skeletons))
    return new / total


def adds_little(terms: tuple[str, ...], said: set[str], opt: DigestOptions | None = None) -> bool:
    """Whether a sentence of these stems would say little that the stems ``said`` do not: the
    digest's own novelty test, for lines chosen across events."""
    return _novelty(terms, said) < (opt or DigestOptions()).novelty


@lru_cache(maxsize=65536)
def _skeleton(term: str) -> str:
    """A stem without its long vowels: names transliterated two ways (أميركي and أمريكي,
    توخيل and توخل, عزريا and عزاريا) are one name."""
    bare = term.translate(_VOWELS)
    return bare if len(bare) >= 3 else term


_VOWELS = str.maketrans("", "", "اوي")


def _repeats(s: Sentence, picked: list[Sentence], cosines: np.ndarray, said: set[str], opt: DigestOptions) -> bool:
    """Whether sentence ``s`` would say again what the chosen sentences say: it is worded
    like one of them, it adds too little content to all of them together, or it restates
    one of them whole (that one's content is nearly all in ``s``: the withdrawal announced,
    then a reaction that recounts the withdrawal)."""
    if cosines.max() >= opt.redundancy or _novelty(s.terms, said) < opt.novelty:
        return True
    own = set(s.terms)
    return any(_novelty(p.terms, own) < opt.restates for p in picked)


def _is_said(term: str, said: set[str], skeletons: set[str]) -> bool:
    if term in said or (len(term) >= 4 and _skeleton(term) in skeletons):
        return True
    # a stem still carrying a one-letter proclitic (بانسحاب) is the stem without it
    return len(term) > 3 and term[0] in _proclitics() and term[1:] in said


def _is_heading_question(s: Sentence) -> bool:
    """A question in the outlet's own voice is a heading or a teaser, not a statement (من هي
    العراقية نادية مراد التي نالت جائزة نوبل للسلام؟ ... يطرح السؤال نفسه: من العرب الذين فازوا
    بالجائزة؟); a question inside quotation marks is someone's words, reported, and may stay."""
    bare = s.text.rstrip(QUOTES_CLOSING)
    if not bare.endswith(("؟", "?")):
        return False
    return not any(mark in bare for mark in QUOTES_OPENING)


def select(sentences: list[Sentence], opt: DigestOptions, voice: dict[str, int] | None = None) -> list[Sentence]:
    """The chosen sentences, in order of choice. ``voice`` maps each article to its voice
    (see ``_voices``); without it every article is its own."""
    kept = [s for s in sentences if s.kind in ("body", "repeat") and s.terms]
    if not kept:
        return []
    uniques = _collapse(kept, voice or {})
    everything = [u.sentence for u in uniques]
    mass = np.array([len(u.voices) for u in uniques], dtype=np.float64)
    # a vocabulary of its own: term ids (and so the order in which similarities are summed)
    # depend on the story alone, not on the stories digested before it in the same process
    bags = [counts(s.terms) for s in everything]
    n_all = len(everything)
    small = n_all <= POOL and n_all * len({t for s in everything for t in s.terms}) <= DENSE_CELLS
    x = tfidf_matrix(bags, Vocabulary(), dense=small)
    if n_all > POOL:
        pool_idx, m, story_sum = _bounded_pool(x, mass)
        reward = story_sum / mass.sum()
    else:
        pool_idx, m = np.arange(n_all), mass
    w = _similarities(x, pool_idx, small)
    pool = [everything[j] for j in pool_idx]
    if n_all <= POOL:
        story_sum = (w * m).sum(axis=1)  # exactly the row sums when every mass is 1
        reward = (w * m[:, None]).sum(axis=0) / m.sum()
    quantities = [_quantities(s) for s in everything]
    incidence, concept_weight = _concepts(everything, [u.voices for u in uniques], quantities, opt.number_boost)
    if n_all > POOL:
        incidence = incidence[pool_idx]
    prior = opt.prior * np.array([_importance(everything[j], quantities[j]) for j in pool_idx])
    return _greedy(pool, w, m, story_sum, reward, incidence, concept_weight, prior, opt)


def _coverage_gain(w: np.ndarray, idx: np.ndarray, covered: np.ndarray, cap: np.ndarray, m: np.ndarray) -> np.ndarray:
    """The coverage gain of each candidate j in ``idx``: sum_i m_i (min(covered_i + w_ij, cap_i)
    - min(covered_i, cap_i)), computed in place (the same numbers, no n x candidates temporaries)."""
    base = m @ np.minimum(covered, cap)
    reached = w[:, idx]
    reached += covered[:, None]
    np.minimum(reached, cap[:, None], out=reached)
    return m @ reached - base


def _greedy(pool, w, m, story_sum, reward, incidence, concept_weight, prior, opt: DigestOptions) -> list[Sentence]:
    """Budgeted greedy maximisation of the objective over the pool; ``m`` is each sentence's
    mass (the voices saying it), by which what it asks to be covered counts."""
    n = len(pool)
    candidate = np.array([s.kind == "body" and s.words <= opt.max_words and not _is_heading_question(s) for s in pool])
    standalone = candidate & ~np.array([_leans_on_context(s) for s in pool])
    if standalone.sum() >= 3:
        candidate = standalone  # sentences that read on their own, when there are enough of them
    cost = np.array([max(s.words, 1) for s in pool], dtype=float) ** opt.cost_scaling
    cap = opt.alpha * story_sum  # saturation level of each sentence's coverage
    labels = _clusters(w, np.argsort(-reward), opt.cluster_similarity)
    n_clusters = labels.max() + 1
    # as float64 once (cast exactly: the entries are ones), not at every step's product with
    # the float64 weights
    concept_rows = (incidence.toarray() if n * incidence.shape[1] <= DENSE_CELLS else incidence).astype(np.float64)
    # scale each term by its value on the whole story
    scale_cov = (m * cap).sum() or 1.0
    scale_div = np.sqrt(np.bincount(labels, weights=reward * m, minlength=n_clusters)).sum() or 1.0
    scale_con = concept_weight.sum() or 1.0
    open_weight = concept_weight.copy()  # weight of the concepts not yet covered

    covered = np.zeros(n)
    cluster_mass = np.zeros(n_clusters)
    chosen: list[int] = []
    said: set[str] = set()  # the stems, names and numbers the digest states so far
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
        gain_cov = _coverage_gain(w, idx, covered, cap, m)
        mass = cluster_mass[labels[idx]]
        gain_div = np.sqrt(mass + reward[idx]) - np.sqrt(mass)
        gain_con = (concept_rows @ open_weight)[idx]
        gain = gain_cov / scale_cov + opt.diversity * gain_div / scale_div + opt.concepts * gain_con / scale_con
        gain = (gain + prior[idx]) / cost[idx]
        best = idx[int(np.argmax(gain))]
        available[best] = False
        s = pool[best]
        if chosen and _repeats(s, [pool[j] for j in chosen], w[best, chosen], said, opt):
            continue
        chosen.append(best)
        said.update(s.terms)
        words_used += s.words
        covered += w[:, best]
        cluster_mass[labels[best]] += reward[best]
        open_weight[incidence.indices[incidence.indptr[best]:incidence.indptr[best + 1]]] = 0.0
    return [pool[j] for j in chosen]



def reading_order(picked: list[Sentence], articles: dict[str, Article], article_order: list[str]) -> list[Sentence]:
    rank = {a: i for i, a in enumerate(article_order)}

    def key(s: Sentence):
        total = max(len(articles[s.article].sentences), 1)
        return (round(s.index / total, 1), rank.get(s.article, 0), s.index)

    return sorted(picked, key=key)


def summarise(story_articles: list[Article], opt: DigestOptions | None = None) -> list[Excerpt]:
    opt = opt or DigestOptions()
    sentences = [s for a in story_articles for s in a.sentences]
    picked = select(sentences, opt, _voices(story_articles))
    by_id = {a.id: a for a in story_articles}
    ordered = reading_order(picked, by_id, [a.id for a in story_articles])
    return [Excerpt(text=s.text, article=s.article, start=s.start, end=s.end) for s in ordered]
