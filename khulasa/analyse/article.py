"""The per-article stage: everything an article needs before stories are formed, the same for
a digest of files and for an ingest into a store."""
from __future__ import annotations

from khulasa.analyse.dates import read_dates
from khulasa.analyse.figures import extract
from khulasa.analyse.fingerprint import fingerprint
from khulasa.analyse.sentences import analyse
from khulasa.model import Article, Figure


def analyse_one(article: Article, figures: bool, exact: bool = False) -> tuple[Article, list[Figure], str, object]:
    """The per-article work, whether for files or for a store: the article with its sentences
    (and their dates), its figures (none when ``figures`` is false), its content hash and its
    MinHash signature (its shingle set with ``exact``: see ``duplicates``). The dates are read
    right after the figures: they reuse their scan of each sentence."""
    done = analyse(article)
    figs = extract(done) if figures else []
    return read_dates(done), figs, *fingerprint(article.text, exact)
