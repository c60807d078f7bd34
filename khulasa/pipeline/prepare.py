"""The per-article work of an ingest, on a worker (local process or Dask): the analysis, and
everything the store keeps of an article, packed and ready to write."""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from khulasa.analyse.article import analyse_article
from khulasa.analyse.search import search_terms
from khulasa.analyse.sentences import as_boilerplate, outlet_sentence_keys
from khulasa.grouping.stories import article_bag
from khulasa.grouping.storylines import lead_of
from khulasa.model import Article
from khulasa.store.codec import pack_lead
from khulasa.store.store import pack_analysis, pack_bag, unpack_analysis
from khulasa.story.titles import first_sentence_cut


@dataclass(slots=True)
class Prepared:
    """What a worker sends back for one article: everything the store keeps, ready to write."""

    analysis: bytes  # packed sentences and figures
    content: str
    signature: np.ndarray  # MinHash values (an ingest never compares shingle sets exactly)
    bag: list[tuple[str, float]]  # story vector terms, before outlet boilerplate is known
    bag_blob: bytes  # the same, packed for the store
    search_terms: str
    outlet_keys: dict[int, list[int]]
    heading: str | None
    lead: str | None
    thread_lead: str  # its lead for threading storylines, packed (``codec.pack_lead``)


def prepare_chunk(chunk: list[Article], figures: bool = True) -> list[Prepared | str]:
    """The per-article work of an ingest, for a worker (local process or Dask). An article
    the analysis fails on gives the reason instead, so one bad text costs only itself."""
    out: list[Prepared | str] = []
    for a in chunk:
        try:
            out.append(_prepare(a, figures))
        except Exception as e:  # reported as skipped by the writer, never lost silently
            out.append(f"analysis failed ({type(e).__name__}: {e})")
    return out


def _prepare(a: Article, figures: bool) -> Prepared:
    x = analyse_article(a, figures)
    done = x.article
    bag = article_bag(done)
    return Prepared(
        analysis=pack_analysis(done.sentences, x.figures),
        content=x.content,
        signature=_minhash_values(x.signature),
        bag=bag,
        bag_blob=pack_bag(bag),
        search_terms=search_terms(done),
        outlet_keys=outlet_sentence_keys(done),
        heading=done.heading.strip() if done.heading else None,
        lead=None if done.heading else first_sentence_cut(done),
        thread_lead=pack_lead(lead_of(done)),
    )


def story_bag(a: Article, p: Prepared, hidden: set[int] | None) -> list[tuple[str, float]]:
    """The worker's bag, or, when some sentences have become outlet boilerplate, the bag
    without them."""
    if not hidden:
        return p.bag
    a, _ = unpack_analysis(replace(a), p.analysis)
    return article_bag(as_boilerplate(a, hidden))


def _minhash_values(signature: np.ndarray | frozenset[bytes]) -> np.ndarray:
    if not isinstance(signature, np.ndarray):  # analysed without ``exact``: cannot happen
        raise TypeError("an ingest stores MinHash signatures, not shingle sets")
    return signature
