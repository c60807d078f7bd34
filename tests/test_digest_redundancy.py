"""A digest states each fact once, judged by content (the stems, names and numbers a sentence
adds), not only by how alike two sentences are worded; and a question in the outlet's own
voice (a heading, a teaser) is never a digest sentence."""
import csv
from pathlib import Path

import pytest

from khulasa.analyse.sentences import analyse
from khulasa.arabic.terms import terms
from khulasa.model import Article, Sentence
from khulasa.story.digest import DigestOptions, _is_heading_question, _novelty, summarise

LABELS = Path(__file__).resolve().parent / "data" / "digest_redundancy_labels.tsv"

# three outlets on one made-up event; the withdrawal itself is told four ways
WITHDRAWAL_A = "أعلن الرئيس الأمريكي دونالد ترامب انسحاب الولايات المتحدة من الاتفاق النووي مع إيران مساء الثلاثاء."
WITHDRAWAL_B = "قرر الرئيس ترامب الثلاثاء سحب بلاده من الاتفاق النووي الموقع مع إيران عام 2015."
WITHDRAWAL_C = "وأعلنت الولايات المتحدة انسحابها من الاتفاق النووي مع إيران."
TURKEY = "حذرت تركيا من أن قرار ترامب الانسحاب من الاتفاق النووي مع إيران يهدد باندلاع نزاعات جديدة في المنطقة."
OUTLETS = [
    WITHDRAWAL_A + " وقال ترامب إن الاتفاق لم يمنع طهران من تطوير برنامج الصواريخ الباليستية."
    " وتعهد ترامب بفرض أعلى مستوى من العقوبات الاقتصادية على النظام الإيراني.",
    WITHDRAWAL_B + " وارتفعت أسعار النفط بنسبة 3 في المئة بعد القرار."
    " ودعت فرنسا وألمانيا وبريطانيا إلى الحفاظ على الاتفاق رغم الانسحاب الأمريكي.",
    TURKEY + " وقال الرئيس الإيراني حسن روحاني إن طهران ستبقى ملتزمة بالاتفاق النووي مع الدول الأوروبية. "
    + WITHDRAWAL_C,
]
HEADING = "لماذا انسحب ترامب من الاتفاق النووي مع إيران الموقع عام 2015؟"  # a teaser the old digest chose


def _story(texts):
    return [analyse(Article(f"outlet{i}", t)) for i, t in enumerate(texts)]


@pytest.mark.parametrize("n", [3, 4, 5])
def test_the_withdrawal_is_told_once(n):
    """A reaction that recounts the withdrawal, next to the withdrawal itself, tells it twice
    (cosine below the 0.45 bar: the old digest held both)."""
    digest = [e.text for e in summarise(_story(OUTLETS), DigestOptions(words=None, sentences=n))]
    assert len(digest) == n
    told = [t for t in digest if t in (WITHDRAWAL_A, WITHDRAWAL_B, WITHDRAWAL_C, TURKEY)]
    assert len(told) == 1, told


def test_a_heading_question_is_never_chosen():
    texts = [OUTLETS[0] + " " + HEADING, *OUTLETS[1:]]
    for n in (2, 3, 5):
        digest = [e.text for e in summarise(_story(texts), DigestOptions(words=None, sentences=n))]
        assert HEADING not in digest


@pytest.mark.parametrize(
    "text, heading",
    [
        ("من هي العراقية نادية مراد التي نالت جائزة نوبل للسلام؟", True),
        ("فما هي أبرز هذه العقوبات؟", True),
        ("ومع عودة الجائزة إلى الضوء، يطرح السؤال نفسه: من العرب الذين فازوا بها من قبل؟", True),
        ('وتساءل الوزير "إلى متى سيبقى الصمت الدولي؟"', False),
        ("وقال المتحدث: «هل يعقل أن يبقى المعبر مغلقا؟»", False),
        ("قال الوزير إن الهجوم فشل.", False),
    ],
)
def test_which_questions_are_headings(text, heading):
    assert _is_heading_question(Sentence("a", 0, 0, len(text), text)) is heading


def test_novelty_counts_content_already_said():
    said = set(terms(TURKEY))
    # every name and stem of the bare withdrawal is in the reaction: it adds little
    assert _novelty(tuple(terms(WITHDRAWAL_C)), said) < DigestOptions().novelty
    # a new fact adds most of what it says
    new = "وارتفعت أسعار النفط بنسبة 3 في المئة بعد القرار."
    assert _novelty(tuple(terms(new)), said) > DigestOptions().novelty


def test_a_stem_with_a_proclitic_or_another_spelling_is_the_same_content():
    said = set(terms("الانسحاب الأمريكي من الاتفاق"))
    assert _novelty(tuple(terms("بانسحاب الأميركي")), said) == 0.0


# -- labelled ANT stories -------------------------------------------------------------------

HELD_BEFORE = 8  # of the 55 pairs labelled on the digests before the change (all 55 held then)
HELD_ALL = 23  # of all 71 labelled pairs (the old digests held 56; those labelled on the new ones included)


def _labels():
    with LABELS.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


@pytest.mark.corpus
def test_labelled_repeats_are_gone_from_ant_digests(ant_rows):
    from datetime import datetime

    import khulasa

    by_id = {r["id"]: r for r in ant_rows}
    stories: dict[str, list[dict]] = {}
    for label in _labels():
        stories.setdefault(label["story"], []).append(label)
    assert len(stories) >= 20
    held = {"before": 0, "after": 0}
    for story, pairs in stories.items():
        rows = [by_id[i] for i in story.split(",")]
        articles = [
            Article(r["id"], r["text"], title=r.get("title"), source=r.get("source"),
                    published=datetime.fromisoformat(r["published"]) if r.get("published") else None)
            for r in rows
        ]
        result = khulasa.digest(articles, progress=False, figures=False)
        digest = max(result.stories, key=lambda s: len(s.articles)).digest
        chosen = {f"{e.article}:{e.start}" for e in digest}
        assert digest
        for p in pairs:
            if p["a"] in chosen and p["b"] in chosen:
                held[p["seen_in"]] += 1
    assert held["before"] <= HELD_BEFORE, held
    assert held["before"] + held["after"] <= HELD_ALL, held
