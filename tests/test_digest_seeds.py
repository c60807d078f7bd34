"""The seeds, end to end: one story, a short digest that states the key facts once."""
import re

import pytest

from khulasa.arabic.terms import terms

WORD_BUDGET = 120


def _text(story):
    return " ".join(e.text for e in story.digest)


def test_seeds_are_one_story_with_all_five_articles(seed_digest, seeds_dir):
    assert len(seed_digest.stories) == 1
    (story,) = seed_digest.stories
    assert sorted(story.articles) == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert story.title


def test_digest_length_is_within_budget(seed_digest):
    (story,) = seed_digest.stories
    words = sum(len(e.text.split()) for e in story.digest)
    assert 80 <= words <= WORD_BUDGET
    assert 3 <= len(story.digest) <= 8


def test_every_digest_sentence_is_an_exact_whole_sentence_of_its_article(seed_digest):
    (story,) = seed_digest.stories
    for e in story.digest:
        text = seed_digest.article(e.article).text
        assert text[e.start:e.end] == e.text
        # whole sentences: they end with sentence punctuation, start after a boundary
        assert e.text.rstrip('"”»)')[-1] in ".!؟?…"
        before = text[:e.start].rstrip(" ,،")
        assert before == "" or before[-1] in '.!؟?…"”»\n'


def test_digest_states_the_key_facts(seed_digest):
    (story,) = seed_digest.stories
    text = _text(story)
    # ~400,000 besieged
    assert re.search(r"(400 ألف|أربعمئة ألف)", text)
    # tens of thousands who fled
    assert re.search(r"(20 ألف|عشرين ألف|ألف شخص فروا|آلاف المدنيين)", text)
    # share of territory taken
    assert re.search(r"\d+ ?(بالمئة|في المئة|%)", text)
    # a civilian death toll
    assert re.search(r"(مقتل|قتلوا|قتل|شهيد)[^.]*\d|\d+[^.]*(مدني|شخص)[^.]*(قتلوا|قتل)", text)


def test_no_fact_is_stated_twice(seed_digest):
    (story,) = seed_digest.stories
    counts = {}
    for e in story.digest:
        for t in set(terms(e.text)):
            if t[:1].isdigit() and len(t) >= 3 and not (1900 <= float(t) <= 2100):
                counts[t] = counts.get(t, 0) + 1
    repeated = {t: n for t, n in counts.items() if n > 1}
    assert repeated == {}
    # the "more than 7 thousand left on Saturday" of seeds 001 and 003 appears at most once
    seven = [e for e in story.digest if re.search(r"(7 آلاف|سبعة آلاف)", e.text)]
    assert len(seven) <= 1


def test_sentences_budget_option(seeds_dir):
    import khulasa

    result = khulasa.digest(seeds_dir, sentences=3)
    assert len(result.stories[0].digest) == 3
    longer = khulasa.digest(seeds_dir, words=250)
    assert sum(len(e.text.split()) for e in longer.stories[0].digest) > WORD_BUDGET


def test_headings_boilerplate_and_pull_quotes_are_not_chosen(seed_digest):
    (story,) = seed_digest.stories
    chosen = {(e.article, e.start) for e in story.digest}
    for a in seed_digest.articles:
        for s in a.sentences:
            if s.kind != "body":
                assert (a.id, s.start) not in chosen


# -- copies are counted once, and the pairwise work stays bounded ----------------------------

COPIES = 300


def _seed_articles(seeds_dir):
    from khulasa.analyse.sentences import analyse
    from khulasa.model import Article

    return [analyse(Article(p.stem, p.read_text(encoding="utf-8"))) for p in sorted(seeds_dir.glob("*.txt"))]


def _copies(article, n):
    from dataclasses import replace

    return [article] + [replace(article, id=f"{article.id}-copy{k}") for k in range(1, n)]


def test_a_story_of_copies_digests_like_the_article_alone(seeds_dir):
    from khulasa.story.digest import summarise

    article = _seed_articles(seeds_dir)[0]
    alone = summarise([article])
    assert alone
    assert summarise(_copies(article, COPIES)) == alone


@pytest.mark.parametrize("marked", [True, False])
def test_copies_count_once_among_other_articles(seeds_dir, marked):
    """Five outlets plus 300 copies of one of them (marked as copies by the duplicate finder,
    or not: the same text is the same voice) digest like the five."""
    from dataclasses import replace

    from khulasa.story.digest import summarise

    articles = _seed_articles(seeds_dir)
    original = articles[1].id if marked else None
    copies = [replace(articles[1], id=f"c{k}", duplicate_of=original) for k in range(COPIES)]
    assert summarise(articles + copies) == summarise(articles)


def _record_pairwise(monkeypatch):
    """Every sentence-by-sentence matrix the digest builds, by shape."""
    from khulasa.story import digest as module

    shapes = []
    real = module._similarities

    def spy(x, pool, small):
        w = real(x, pool, small)
        shapes.append(w.shape)
        return w

    monkeypatch.setattr(module, "_similarities", spy)
    return shapes


def test_pairwise_work_is_over_unique_sentences(seeds_dir, monkeypatch):
    from khulasa.story.digest import summarise

    shapes = _record_pairwise(monkeypatch)
    article = _seed_articles(seeds_dir)[0]
    summarise([article])
    summarise(_copies(article, COPIES))
    assert shapes[1] == shapes[0]  # 300 copies compare no more sentences than one article


def test_pairwise_work_is_bounded_on_a_story_of_near_copies(seeds_dir, monkeypatch):
    """Every copy with a word changed in each sentence: all sentences differ, so only the pool
    bound keeps the square matrix small; folding keeps the digest more than one fact."""
    from dataclasses import replace

    from khulasa.analyse.sentences import analyse
    from khulasa.story import digest as module

    monkeypatch.setattr(module, "POOL", 60)
    shapes = _record_pairwise(monkeypatch)
    article = _seed_articles(seeds_dir)[0]
    words = article.text.split(" ")
    variants = []
    for k in range(40):
        changed = [f"{w}{k}" if i % 9 == 4 else w for i, w in enumerate(words)]
        variants.append(analyse(replace(article, id=f"v{k}", text=" ".join(changed))))
    n_sentences = sum(len(a.sentences) for a in variants)
    digest = module.summarise(variants)
    assert n_sentences > 10 * module.POOL
    assert max(shapes) <= (module.POOL, module.POOL)
    assert len(digest) >= 3
