"""Article analysis: sentences with their kind (body, heading, boilerplate, fragment) and the
content terms used for matching. Offsets always point into the article's decoded text."""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import replace

from khulasa.arabic.normalize import normalize_sentence
from khulasa.arabic.segment import segment
from khulasa.arabic.terms import terms
from khulasa.model import Article, Sentence, SentenceKind
from khulasa.news.boilerplate import dateline_length, is_boilerplate
from khulasa.news.teasers import headline_shaped, related_link, teaser_paragraphs

_NEWLINE = re.compile("\n")
MIN_WORDS = 5  # shorter body sentences are fragments ("حصار ونزوح"), not digest material


def analyse(article: Article) -> Article:
    """The article with its ``sentences`` filled in."""
    text = article.text
    segments = segment(text)
    terminated_share = sum(s.terminated for s in segments) / max(len(segments), 1)
    sentences: list[Sentence] = []
    for seg in segments:
        start, end = seg.start, seg.end
        cut = dateline_length(text[start:end])
        if cut:
            start += cut
            while start < end and text[start].isspace():
                start += 1
        body = text[start:end]
        n_words = len(body.split())
        kind: SentenceKind
        if is_boilerplate(body):
            kind = "boilerplate"
        elif not seg.terminated and seg.whole_line and terminated_share >= 0.5:
            kind = "heading"  # a title, crosshead, caption or pull quote among real sentences
        elif n_words < MIN_WORDS:
            kind = "fragment"
        else:
            kind = "body"
        sentences.append(
            Sentence(article.id, len(sentences), start, end, body, kind, tuple(terms(body)), n_words)
        )
    _mark_repeats(sentences)
    _mark_teasers(article.title or "", text, sentences)
    _mark_related_links(article, sentences)
    return replace(article, sentences=sentences)


def _mark_related_links(article: Article, sentences: list[Sentence]) -> None:
    """Headlines of the outlet's other stories set as lines amid the paragraphs (``news.teasers``) are
    boilerplate; a heading opening the text (its title) is not."""
    lines = [s for s in sentences[1:] if s.kind == "heading" and headline_shaped(s.text)]
    if not lines:
        return
    story = [*terms(article.title or ""), *(t for s in sentences if s.kind == "body" for t in s.terms)]
    for s in lines:
        if related_link(article.source, s.terms, story):
            s.kind = "boilerplate"


def _mark_teasers(title: str, text: str, sentences: list[Sentence]) -> None:
    """The leads of other stories appended to the article (``news.teasers``) are boilerplate."""
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    if len(breaks) < 3 or not sentences:
        return  # too few paragraphs for a story and a run of teasers
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        if s.kind in ("body", "heading", "fragment"):  # a paragraph of the outlet's notices is none
            # its paragraph: the line breaks before it (one search, not a count from the start)
            paragraphs.setdefault(bisect_left(breaks, s.start), []).append(s)
    runs = list(paragraphs.values())
    n = teaser_paragraphs(
        title, [(text[p[0].start:p[-1].end], [t for s in p for t in s.terms]) for p in runs]
    )
    for p in runs[len(runs) - n:] if n else []:
        for s in p:
            s.kind = "boilerplate"


def _mark_repeats(sentences: list[Sentence]) -> None:
    """A sentence repeated within one article (a pull quote, a pasted paragraph) is kept once."""
    seen: set[str] = set()
    for s in sentences:
        if s.kind != "body":
            continue
        key = normalize_sentence(s.text)
        if key in seen:
            s.kind = "repeat"
        seen.add(key)


OUTLET_REPEATS = 5  # a sentence one outlet prints in this many different articles is its boilerplate


def mark_outlet_boilerplate(articles: list[Article]) -> list[Article]:
    """Sentences an outlet repeats word for word across many of its articles (disclaimers,
    credits, standing background paragraphs) are boilerplate, whatever their wording."""
    seen: dict[tuple[str | None, str], set[str]] = {}
    for a in articles:
        for s in a.sentences:
            if s.kind == "body":
                seen.setdefault((a.source, s.text), set()).add(a.text[:200])
    repeated = {key for key, texts in seen.items() if len(texts) >= OUTLET_REPEATS}
    if repeated:
        for a in articles:
            for s in a.sentences:
                if s.kind == "body" and (a.source, s.text) in repeated:
                    s.kind = "boilerplate"
    return articles


def as_boilerplate(article: Article, indices: set[int]) -> Article:
    """The article with the sentences at ``indices`` marked as boilerplate (the same article
    when there are none)."""
    if not indices:
        return article
    return replace(
        article, sentences=[replace(s, kind="boilerplate") if s.index in indices else s for s in article.sentences]
    )


def outlet_sentence_keys(article: Article) -> dict[int, list[int]]:
    """For counting an outlet's repeated sentences in a store: a short hash of (outlet,
    sentence) for each body sentence, with the indices of the sentences that have it."""
    keys: dict[int, list[int]] = {}
    for s in article.sentences:
        if s.kind == "body":
            h = hashlib.blake2b(f"{article.source}\0{s.text}".encode(), digest_size=8).digest()
            keys.setdefault(int.from_bytes(h, "big", signed=True), []).append(s.index)
    return keys
