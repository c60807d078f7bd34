"""The per-article stage: everything an article needs before stories are formed, the same for
a digest of files and for an ingest into a store."""
from __future__ import annotations

import gc
from dataclasses import dataclass

import numpy as np

from khulasa.analyse.dates import read_dates
from khulasa.analyse.figures import extract
from khulasa.analyse.fingerprint import fingerprint
from khulasa.analyse.sentences import analyse
from khulasa.model import Article, Figure


@dataclass(slots=True)
class Analysed:
    """One article after the per-article stage."""

    article: Article  # with its sentences, and the dates they state
    figures: list[Figure]  # empty when figures were not asked for
    content: str  # the content hash of its normalised text
    signature: np.ndarray | frozenset[bytes]  # MinHash values, or the shingle set itself


def analyse_article(article: Article, figures: bool, exact: bool = False) -> Analysed:
    """The per-article work, whether for files or for a store: sentences (and their dates),
    figures (none when ``figures`` is false), content hash and MinHash signature (the shingle
    set with ``exact``: see ``khulasa.grouping.copies``). The dates are read first: a date a
    sentence states may date its figures."""
    done = read_dates(analyse(article))
    figs = extract(done) if figures else []
    analysed = Analysed(done, figs, *fingerprint(article.text, exact))
    _settle()
    return analysed


_settled: list[bool] = []  # (set once the first article is analysed)


def _settle() -> None:
    """Once, after the first article: the language data it loaded (the word tables, the lexicon, the
    gazetteer: objects that live as long as the process) are left out of the cyclic collector's passes,
    which had walked them again at every full collection (over a tenth of what the figures cost on the
    bench's articles)."""
    if not _settled:
        _settled.append(True)
        gc.freeze()
