"""Story grouping: the seeds stay one story when mixed with unrelated real articles."""
import random
from datetime import UTC, datetime

import pytest

import khulasa
from khulasa.analyse.article import analyse_article
from khulasa.analyse.sentences import analyse
from khulasa.grouping.stories import WHOLE, agglomerate, article_bag, central_heading, edges, split_bag
from khulasa.model import Article
from khulasa.read import read_paths


def _ant_articles(rows, n, seed, keep=lambda r: True):
    rng = random.Random(seed)
    chosen = rng.sample([r for r in rows if keep(r)], n)
    return [
        Article(
            id=r["id"],
            text=r["text"],
            title=r["title"],
            source=r["source"],
            published=datetime.fromisoformat(r["published"]) if r["published"] else None,
        )
        for r in chosen
    ]


@pytest.mark.corpus
@pytest.mark.parametrize("seed", [5, 11])
def test_seeds_stay_together_and_apart_from_unrelated_articles(ant_rows, seeds_dir, seed):
    seeds, _ = read_paths([seeds_dir])
    others = _ant_articles(ant_rows, 1000, seed, keep=lambda r: "الغوطة" not in r["text"] and r["text"].strip())
    result = khulasa.digest(seeds + others, progress=False, figures=False)  # figures play no part in grouping
    seed_ids = {a.id for a in seeds}
    holding = [s for s in result.stories if seed_ids & set(s.articles)]
    assert len(holding) == 1
    assert set(holding[0].articles) == seed_ids
    # and the unrelated articles still form stories of their own
    assert sum(1 for s in result.stories if len(s.articles) > 1) > 20


def test_a_single_article_is_a_story_of_one():
    result = khulasa.digest(
        [Article(id="x", text="قالت الأمم المتحدة إن قافلة مساعدات دخلت مدينة دوما في الغوطة الشرقية يوم الخميس.")]
    )
    assert [s.articles for s in result.stories] == [["x"]]
    assert result.stories[0].digest[0].text.startswith("قالت الأمم المتحدة")


def test_unrelated_articles_are_separate_stories():
    a = Article(
        id="a", text="تدفق آلاف المدنيين من الغوطة الشرقية يوم الخميس بعد قصف استمر شهرا على المنطقة المحاصرة قرب دمشق."
    )
    b = Article(
        id="b",
        text="فاز فريق ريال مدريد على برشلونة بثلاثة أهداف مقابل هدف في مباراة الدوري الإسباني لكرة القدم مساء السبت.",
    )
    assert len(khulasa.digest([a, b]).stories) == 2


def test_a_copy_of_an_article_is_one_voice(seeds_dir):
    seeds, _ = read_paths([seeds_dir])
    original = next(a for a in seeds if a.id.startswith("003"))
    first = Article(id="wire-a", text=original.text, source="outlet-a", published=datetime(2018, 3, 17, 9, tzinfo=UTC))
    copy = Article(id="wire-b", text=original.text + "\nتابعونا على مواقع التواصل.", source="outlet-b",
                   published=datetime(2018, 3, 17, 11, tzinfo=UTC))
    result = khulasa.digest([first, copy])
    (story,) = result.stories
    assert result.article("wire-b").duplicate_of == "wire-a"
    assert result.article("wire-a").duplicate_of is None
    assert {f.article for f in story.figures} == {"wire-a"}
    besieged = next(c for c in story.claims if c.measure in ("besieged", "population"))
    assert len(besieged.figures) == 1


def test_an_article_taken_early_into_another_event_moves_to_its_own():
    # A (a report on the attack) links most strongly to T1, a report on a strike that recounts
    # the attack, so greedy merging puts it with the strike while that group is small; once
    # the strike group has grown, A's mean similarity to it (0.5 / 4) is under the threshold
    # while its mean to the attack's group is 0.3
    strike = ["T1", "T2", "T3", "T4"]
    attack = ["D1", "D2", "D3", "D4", "D5"]
    links = [(0.5, "A", "T1")]
    links += [(0.45, a, b) for i, a in enumerate(strike) for b in strike[i + 1:]]
    links += [(0.4, a, b) for i, a in enumerate(attack) for b in attack[i + 1:]]
    links += [(0.3, "A", d) for d in attack]
    groups = agglomerate(["A", *strike, *attack], links, 0.18)
    assert sorted(groups) == [["A", *attack], strike]


def test_an_article_is_not_pulled_out_of_its_story_by_a_smaller_group():
    # M joined its group early through B1; its mean to the grown group (0.55 / 5) is under the
    # threshold, and its mean to a pair it also links to is 0.3, but means over groups of
    # very different sizes are not compared: it stays
    big = ["B1", "B2", "B3", "B4", "B5"]
    links = [(0.55, "M", "B1")] + [(0.5, a, b) for i, a in enumerate(big) for b in big[i + 1:]]
    links += [(0.35, "P1", "P2"), (0.3, "M", "P1"), (0.3, "M", "P2")]
    groups = agglomerate(["M", *big, "P1", "P2"], links, 0.18)
    assert sorted(groups) == [["B1", "B2", "B3", "B4", "B5", "M"], ["P1", "P2"]]


def test_articles_without_story_terms_are_stories_of_their_own():
    # found by the fuzz suite: two texts of number words alone have empty story vectors, and
    # the vocabulary's idf no longer matched the matrix
    result = khulasa.digest(
        [khulasa.Article(id="a", text="مليون"), khulasa.Article(id="b", text="مليون مليون")], progress=False
    )
    assert sorted(s.articles for s in result.stories) == [["a"], ["b"]]


def test_a_report_told_in_other_words_is_attached_to_its_event():
    # S (the army's count of the missiles) links to the strike reports at 0.25 and 0.2 and not
    # at all to the other two: its mean to the group of four (0.1125) is under the threshold,
    # so average linkage leaves it alone; as a group of one it joins where it fits on average
    strike = ["T1", "T2", "T3", "T4"]
    links = [(0.5, a, b) for i, a in enumerate(strike) for b in strike[i + 1:]]
    links += [(0.25, "S", "T1"), (0.2, "S", "T2")]
    assert sorted(agglomerate(["S", *strike], links, 0.2)) == [["S"], strike]
    assert sorted(agglomerate(["S", *strike], links, 0.2, attach_size=2, attach_threshold=0.1)) == [
        ["S", *strike]
    ]
    # never along links that are all under the threshold: a group stays within its part of the
    # graph of links at or above it, which a store regroups alone
    weak = links[:-2] + [(0.19, "S", "T1"), (0.19, "S", "T2"), (0.19, "S", "T3")]
    assert sorted(agglomerate(["S", *strike], weak, 0.2, attach_size=2, attach_threshold=0.1)) == [["S"], strike]


def test_an_event_vector_is_the_lead_and_the_whole_text_is_marked_apart():
    text = ("أعلن الجيش إسقاط طائرة مسيرة فوق الحدود صباح اليوم. وقال المتحدث إن الطائرة كانت تحمل متفجرات. "
            "وأضاف أن التحقيق جار. وكانت المنطقة قد شهدت اشتباكات عنيفة الشهر الماضي بين الفصائل المتنافسة.")
    done = analyse_article(Article(id="a", text=text, title="إسقاط طائرة مسيرة"), False).article
    lead, whole = split_bag(article_bag(done))
    weights = dict(lead)
    assert weights[next(iter(weights))] == 2.0 + 1.5  # a title term in the first sentence too
    assert not any(t.startswith(WHOLE) for t, _ in lead)
    lead_terms, whole_terms = set(weights), {t for t, _ in whole}
    assert lead_terms < whole_terms  # the fourth sentence (last month's clashes) is whole text only


def test_an_undated_pair_is_compared_on_the_whole_texts(seeds_dir):
    # the Jaysh al-Islam seed (9 March) is another event of the offensive the other four report:
    # dated the same day, its lead meets theirs under the threshold (or not at all); undated, the
    # pairs are compared on the whole texts, on which all five are one story
    seeds, _ = read_paths([seeds_dir])
    bags = [article_bag(analyse_article(a, False).article) for a in seeds]
    jaysh = next(k for k, a in enumerate(seeds) if a.id.startswith("004"))
    others = [(min(jaysh, k), max(jaysh, k)) for k in range(len(seeds)) if k != jaysh]
    day = datetime(2018, 3, 17, tzinfo=UTC).timestamp()
    dated = {(i, j): s for s, i, j in edges(bags, [day] * len(bags))}
    undated = {(i, j): s for s, i, j in edges(bags, [None] * len(bags))}
    assert all(dated.get(pair, 0.0) < 0.2 for pair in others)
    assert all(undated[pair] >= 0.25 for pair in others)


def test_a_review_of_the_papers_titles_no_story_another_heading_can():
    # FR-internationalNews-34-20180220: France 24's press review titled the Ghouta offensive's first event
    # «الغاز الإسرائيلي وتغيير العلاقات الاستراتيجية في المنطقة؟»
    review = analyse(Article("r", "تابعت الصحف العالمية الصادرة اليوم الوضع في الغوطة الشرقية قرب دمشق حيث قتل "
                             "وجرح عشرات المدنيين في قصف لقوات النظام السوري.",
                             title="الغاز الإسرائيلي وتغيير العلاقات الاستراتيجية في المنطقة؟"))
    news = analyse(Article("n", "قتل أكثر من 100 مدني في قصف لقوات النظام السوري على الغوطة الشرقية قرب دمشق.",
                           title="مقتل أكثر من 100 مدني في قصف على الغوطة الشرقية"))
    assert central_heading([review, news]) == "مقتل أكثر من 100 مدني في قصف على الغوطة الشرقية"
    assert central_heading([review]) == "الغاز الإسرائيلي وتغيير العلاقات الاستراتيجية في المنطقة؟"
