import json
import math
import re
from datetime import date
from html.parser import HTMLParser

import khulasa
from khulasa.model import Anchor, Article, Claim, Digest, Event, Excerpt, Figure, Skipped, Span, Story
from khulasa.render import to_dict, to_html, to_json, to_markdown
from khulasa.render.labels import counted
from khulasa.render.listing import listing_table

from .conftest import INPUTS


def test_json_schema(seed_digest):
    data = json.loads(to_json(seed_digest))
    assert data["schema"] == "khulasa/2"
    assert set(data) >= {"schema", "articles", "skipped", "stories"}
    for a in data["articles"]:
        assert set(a) >= {"id", "path", "title", "source", "published", "chars"}
    for st in data["stories"]:
        assert set(st) >= {"id", "title", "articles", "digest"}
        for e in st["digest"]:
            assert set(e) == {"text", "article", "start", "end"}
    texts = {a.id: a.text for a in seed_digest.articles}
    for st in data["stories"]:
        for e in st["digest"]:
            assert texts[e["article"]][e["start"]:e["end"]] == e["text"]


def test_json_reports_skipped_inputs():
    result = khulasa.digest([INPUTS])
    data = to_dict(result)
    skipped = {(s["path"].rsplit("/", 1)[-1], s["line"]) for s in data["skipped"]}
    assert ("mixed.jsonl", 2) in skipped and ("empty.txt", None) in skipped
    assert all(s["reason"] for s in data["skipped"])


def test_markdown_cites_every_sentence(seed_digest):
    md = to_markdown(seed_digest)
    (story,) = seed_digest.stories
    for e in story.digest:
        assert f"`{e.article} {e.start}:{e.end}`" in md
    assert md.startswith("# خلاصة")


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.ids = set()
        self.hrefs = []
        self.html_attrs = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.html_attrs = attrs
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag in ("link", "img", "iframe") or (tag == "script" and "src" in attrs):
            raise AssertionError(f"external asset: <{tag} {attrs}>")


def test_html_report_is_rtl_self_contained_and_links_resolve(seed_digest):
    page = to_html(seed_digest)
    p = _Collector()
    p.feed(page)
    assert p.html_attrs == {"lang": "ar", "dir": "rtl"}
    assert "script" not in p.tags
    (story,) = seed_digest.stories
    assert len(p.hrefs) >= len(story.digest)
    for href in p.hrefs:
        assert href.startswith("#") and href[1:] in p.ids
    assert 'name="viewport"' in page


def test_hostile_article_cannot_inject_markup():
    result = khulasa.digest([INPUTS / "hostile.jsonl"])
    page = to_html(result)
    p = _Collector()
    p.feed(page)
    assert "script" not in p.tags and "img" not in p.tags
    assert "&lt;script&gt;" in page and "onerror=alert" in page  # shown as text, escaped
    assert "<b>evil</b>" not in page
    md = to_markdown(result)
    outside_code = re.sub(r"`[^`]*`", "", md)  # code spans render literally
    assert not re.search(r"(?<!\\)<", outside_code)  # every < is escaped
    assert r"\<script\>" in outside_code


def test_every_article_section_has_its_own_id(seed_digest):
    p = _Collector()
    p.feed(to_html(seed_digest))
    for n in range(len(seed_digest.articles)):
        assert f"a{n}" in p.ids


# --- hostile metadata: every output escapes what comes from the input -----------------------

SPOOF_ID = "\u202eBBC"  # shown reversed, it turns [BBC 0–106] into [601–0 CBB]
EVIL_ID = "x``y|z\n\n<img src=x onerror=alert(1)>\x1b[2J\x9b31m"
EVIL_SOURCE = "<b>src</b>|\n| forged | cell |\x1b]0;pwned\x07\u2067"
EVIL_TITLE = "\x1b[31mعنوان\u202e <img src=x onerror=alert(3)> & *bold* ~~s~~"
TERMINAL_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # all but the newline
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def hostile_digest(events: int = 1, infinite: bool = True) -> Digest:
    """A story of two articles whose ids, source, title, subject and place are hostile, with a
    claim whose values differ (one a range too large for the old chart) and, unless told
    otherwise, a figure and a claim bound too large for a float."""
    inf = float("inf") if infinite else 1e6
    text_a = "قال المرصد إن 20 مدنيا قتلوا في الغوطة يوم السبت. وأضاف أن ما بين 12 مليونا و16 مليونا نزحوا."
    text_b = "وقالت مصادر \u200fمحلية إن 30 مدنيا قتلوا في الغوطة يوم السبت. وارتفعت الأسعار بنسبة 999 بالمئة."
    anchor = Anchor(date(2018, 3, 10), "text", "", "medium")
    a = Article(id=SPOOF_ID, text=text_a, title=EVIL_TITLE, anchor=anchor)
    b = Article(id=EVIL_ID, text=text_b, source=EVIL_SOURCE, anchor=anchor)
    s1, s2 = (
        _span(text_a, "قال المرصد إن 20 مدنيا قتلوا في الغوطة يوم السبت."),
        _span(text_b, text_b.split(". ")[0] + "."),
    )
    figs = [
        Figure(SPOOF_ID, *_span(text_a, "20"), "20", 20.0, measure="killed", source="المرصد|x", as_of="يوم السبت"),
        Figure(EVIL_ID, *_span(text_b, "30"), "30", 30.0, measure="killed", source=EVIL_SOURCE),
        Figure(SPOOF_ID, *_span(text_a, "ما بين 12 مليونا و16 مليونا"), "ما بين 12 مليونا و16 مليونا", None,
               low=12_000_000.0, high=16_000_000.0, bound="min", measure="killed", source="ب"),
        Figure(EVIL_ID, *_span(text_b, "999 بالمئة"), "999 بالمئة", inf, unit="percent"),
    ]
    claim = Claim("c1", "killed", "count", "مدنيا|\n| x |", "الغوطة`|`", [0, 1, 2], ["المرصد|x", EVIL_SOURCE, "ب"],
                  ["20", "30", "12,000,000–16,000,000"], False, "conflict", 20.0, 30.0, inf, 0)
    timeline = [
        Event(date(2018, 3, 10), date(2018, 3, 10), "day", "يوم السبت", text_a[s1[0]:s1[1]], SPOOF_ID, *s1,
              also=[Span(EVIL_ID, *s2), Span(EVIL_ID, *s2), Span(EVIL_ID, *s2)])
    ] * events
    story = Story(
        "s1", [SPOOF_ID, EVIL_ID], EVIL_TITLE,
        digest=[Excerpt(text_a[s1[0]:s1[1]], SPOOF_ID, *s1), Excerpt(text_b[s2[0]:s2[1]], EVIL_ID, *s2)],
        figures=figs, claims=[claim], timeline=timeline,
    )
    return Digest([a, b], [Skipped("in/bad`|\n<img src=x>.jsonl", "malformed\x1b[2J", 3)], [story])


def _code_spans(line: str) -> tuple[str, list[str]]:
    """CommonMark code spans of one line: the line with each span replaced by ``C``, and the
    spans' contents (a fence closes only on a backtick run of its own length)."""
    out, spans, pos = [], [], 0
    for m in re.finditer(r"(?<!\\)`+", line):
        if m.start() < pos:
            continue
        close = re.compile(r"(?<!`)" + m.group() + r"(?!`)").search(line, m.end())
        if not close:
            continue
        body = line[m.end():close.start()]
        if body.startswith(" ") and body.endswith(" ") and body.strip():
            body = body[1:-1]
        out.append(line[pos:m.start()] + "C")
        spans.append(body)
        pos = close.end()
    out.append(line[pos:])
    return "".join(out), spans


def test_markdown_code_spans_and_table_cells_hold_hostile_metadata():
    digest = hostile_digest(infinite=False)
    md = to_markdown(digest)
    lines = md.split("\n")
    spans = []
    for line in lines:
        assert not line.lstrip().startswith("<"), line  # no raw HTML block
        outside, inside = _code_spans(line)
        spans += inside
        assert not re.search(r"(?<!\\)<(?!br>)", outside), line  # only the cells' <br>
        assert not re.search(r"(?<![\\*])\*(?!\*)", outside), line  # *bold* stays text
    rows = [line for line in lines if line.startswith("| ") and "c1" not in line]
    assert len(rows) == 2  # the header and the one claim
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 5, row  # four cells, none forged
    # the ids are whole in their code spans, written out where they held controls
    (story,) = digest.stories
    shown = "x``y|z <img src=x onerror=alert(1)>\\x1b[2J\\x9b31m"
    quote, fig = story.digest[1], story.figures[1]
    assert f"{shown} {quote.start}:{quote.end}" in spans
    assert f"{shown.replace('|', chr(92) + '|')} {fig.start}:{fig.end}" in spans  # GFM drops that \\
    assert f"\\u202eBBC {story.digest[0].start}:{story.digest[0].end}" in spans
    assert r"\&" in md and "&" not in md.replace(r"\&", "")


def test_markdown_list_item_text_opens_no_list():
    digest = hostile_digest(infinite=False)
    first, second = digest.stories[0].digest
    first.text, second.text = "1. بند - و+ آخر", "+ بند"
    md = to_markdown(digest)
    assert "\n- 1\\. بند - و+ آخر — `" in md and "\n- \\+ بند — `" in md


def test_markdown_and_story_listing_write_controls_out():
    md = to_markdown(hostile_digest(infinite=False))
    assert not TERMINAL_CONTROLS.search(md)
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", md)
    assert "\\x1b[2J" in md and "\\u202eBBC" in md
    # metadata shows every bidi control; a quoted sentence keeps the RLM Arabic text uses
    assert "\u200f" in md and "\\u2067" in md
    rows = [{"id": 7, "first": "2018-03-10T08:00:00+00:00", "last": None, "articles": ["a", "b"],
             "outlets": ["BBC\x1b[2J", "\u202eCNN"], "title": "عنوان\x1b]0;pwned\x07\tforged\ncolumn"}]
    table = listing_table(rows)
    assert not TERMINAL_CONTROLS.search(table.replace("\t", " ")) and not BIDI_CONTROLS.search(table)
    header, row, footer = table.splitlines()
    assert header.split("\t") == ["# id", "first", "last", "articles", "outlets", "title"]
    assert row.split("\t") == [
        "7",
        "2018-03-10",
        "?",
        "2",
        "BBC\\x1b[2J,\\u202eCNN",
        "عنوان\\x1b]0;pwned\\x07 forged column",
    ]
    assert footer == "# 1 story, 2 articles"


def _strict(doc: str):
    def refuse(name):
        raise ValueError(f"non-standard JSON constant {name}")

    return json.loads(doc, parse_constant=refuse)


def test_json_is_strict_and_keeps_quotes_exact():
    digest = hostile_digest()
    doc = to_json(digest)
    data = _strict(doc)
    assert not re.search("[\x00-\x1f\x7f-\x9f]", doc.replace("\n", ""))  # all escaped
    figures = data["stories"][0]["figures"]
    assert figures[3]["value"] is None and figures[3]["quote"] == "999 بالمئة"
    assert data["stories"][0]["claims"][0]["high"] is None
    texts = {a.id: a.text for a in digest.articles}
    for e in data["stories"][0]["digest"]:
        assert texts[e["article"]][e["start"]:e["end"]] == e["text"]
    assert data["articles"][1]["id"] == EVIL_ID and data["articles"][0]["title"] == EVIL_TITLE
    assert "\u200f" in data["stories"][0]["digest"][1]["text"]  # the quote, unaltered


def test_json_of_a_huge_percentage_is_strict(tmp_path):
    row = {
        "id": "x",
        "text": "وارتفعت الأسعار في الغوطة الشرقية بنسبة " + "9" * 400 + " بالمئة يوم السبت. وقتل 20 مدنيا.",
    }
    path = tmp_path / "huge.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    result = khulasa.digest([path])
    values = [f["value"] for st in _strict(to_json(result))["stories"] for f in st["figures"]]
    # a number past a double's range has no value: it is no figure (and never Infinity)
    assert 20.0 in values and all(v is None or math.isfinite(v) for v in values)
    to_markdown(result), to_html(result)  # neither fails on it


class _Isolates(HTMLParser):
    """Text runs with the elements they sit in."""

    def __init__(self):
        super().__init__()
        self.stack, self.runs = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ("br", "meta", "rect"):
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        self.runs.append((data, list(self.stack)))


def test_html_isolates_every_input_run():
    page = to_html(hostile_digest(infinite=False))
    p = _Isolates()
    p.feed(page)
    hostile = ("عنوان", "src", "BBC", "img src=x", "المرصد|x", "مدنيا|", "الغوطة`", "يوم السبت")
    for data, stack in p.runs:
        if not any(h in data for h in hostile):
            continue
        tags = [t for t, _ in stack]
        # article bodies are blocks of their own; SVG text runs are laid out one by one
        assert "bdi" in tags or "mark" in tags or tags[-1] in ("div", "text", "title"), (data, tags)
    assert "<img" not in page and "<b>" not in page
    outside_bodies = re.sub(r'<div class="body">.*?</div>', "", page, flags=re.DOTALL)
    outside_quotes = re.sub(r"<a href=[^>]*><bdi>.*?</bdi></a>", "", outside_bodies)
    assert not re.search("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f-\x9f]", outside_quotes)
    cite = re.search(r'<span class="cite" dir="ltr"[^>]*>\[<bdi>\\u202eBBC</bdi> 0–\d+\]</span>', page)
    assert cite, "the spoofing id is shown written out, in an LTR isolate"


def test_arabic_counts_agree_with_their_nouns():
    cases = {0: "0 مقالات", 1: "مقالة واحدة", 2: "مقالتان", 3: "3 مقالات", 10: "10 مقالات", 11: "11 مقالة",
             99: "99 مقالة", 100: "100 مقالة", 102: "102 مقالة", 103: "103 مقالات", 111: "111 مقالة"}
    for n, words in cases.items():
        assert counted(n, "مقالة") == words
    assert counted(1, "مصدر") == "مصدر واحد" and counted(2, "مصدر", "gen") == "مصدرين"
    assert counted(15, "مصدر") == "15 مصدرًا" and counted(5, "قصة") == "5 قصص" and counted(4, "رقم") == "4 أرقام"
    assert counted(7, "جملة") == "7 جمل" and counted(2, "جملة", "gen") == "جملتين"


def test_reports_count_in_arabic_and_explain_their_marks(seed_digest):
    page, md = to_html(seed_digest), to_markdown(seed_digest)
    assert "5 مقالة" not in page and "5 مقالة" not in md
    assert "<title>خلاصة: قصة واحدة من 5 مقالات</title>" in page
    assert '<p class="meta">5 مقالات</p>' in page
    assert md.split("\n")[2].startswith("5 مقالات في قصة واحدة")
    # (+N): the same event in N other sentences, explained by a legend and on the mark itself
    assert "(+4)" in md and "(+ن) بعد جملة: عدد الجمل الأخرى" in md
    assert 'title="ذُكر الحدث نفسه في 4 جمل غير هذه">(+4)</span>' in page and "(+ن)</bdi> بعد جملة" in page
    # a long timeline: the entries left out are counted, and where they are is said
    long_md = to_markdown(hostile_digest(events=40))
    assert "- … و15 حدثًا بعدها، في مخرجات JSON وHTML" in long_md


_ELECTION = (
    "أظهرت النتائج الأولية للانتخابات الرئاسية التركية حصول أردوغان على 53.5 في المئة من الأصوات، "
    "بحسب وكالة الأناضول. وقال حزب الشعب الجمهوري إن مرشحه محرم إنجه حصل على 43 في المئة من الأصوات. "
    "ويتنافس المرشحون على البرلمان المكون من 600 مقعد. وقتل 3 أشخاص في إطلاق نار قرب مركز اقتراع في ولاية أورفة."
)


def test_figures_other_than_people_have_a_section_of_their_own_with_their_words(tmp_path):
    # issue 14 item 7: vote shares and seats are shown, each in the words around it, and never in the casualty table
    (tmp_path / "vote.txt").write_text(_ELECTION, encoding="utf-8")
    result = khulasa.digest([tmp_path])
    (story,) = result.stories
    assert {f.measure for f in story.figures} >= {"votes", "seats", "killed"}
    assert all(story.figures[i].measure not in ("votes", "seats") for c in story.claims for i in c.figures)
    md = to_markdown(result)
    other = md[md.index("### أرقام أخرى في القصة"):]
    assert "- **الأصوات والناخبون**" in other and "- **المقاعد**" in other
    assert "حصول أردوغان على **53\\.5 في المئة** من الأصوات" in other
    assert "وكالة الأناضول" in other
    page = to_html(result)
    p = _Collector()
    p.feed(page)
    assert "أرقام أخرى في القصة" in page and page.count('class="pairs tracked"') == 2
    for href in p.hrefs:
        assert href.startswith("#") and href[1:] in p.ids


def test_a_lower_bound_is_shown_as_its_words_say_it():
    # «4 أشخاص على الأقل» is «at least 4», never «more than 4», which no source said (Kabul's first toll, a real
    # multi-outlet story read in session 35); «أكثر من 7 آلاف» stays «more than»
    from khulasa.render.labels import value_label

    def fig(quote, value):
        return Figure(article="a", start=0, end=len(quote), quote=quote, value=value, bound="min", unit="count",
                      measure="killed")

    assert value_label(fig("4", 4.0)) == "لا يقل عن 4"
    assert value_label(fig("ما لا يقل عن 10", 10.0)) == "لا يقل عن 10"
    assert value_label(fig("أكثر من 7 آلاف", 7000.0)) == "أكثر من 7,000"
    assert value_label(fig("وأكثر من 400", 400.0)) == "أكثر من 400"
    assert value_label(fig("فوق 100", 100.0)) == "أكثر من 100"


def test_an_upper_bound_is_shown_as_its_words_say_it():
    # «أقل من 3 بالمئة» is «less than 3%», not «up to 3%» (the Islamic State's share of Syria, a multi-outlet story
    # read in session 47); «ما يصل إلى 99» stays «up to»
    from khulasa.render.labels import value_label

    def fig(quote, value, unit="count"):
        return Figure(article="a", start=0, end=len(quote), quote=quote, value=value, bound="max", unit=unit,
                      measure="killed")

    assert value_label(fig("أقل من 3 بالمئة", 3.0, "percent")) == "أقل من 3%"
    assert value_label(fig("وأقل من 40", 40.0)) == "أقل من 40"
    assert value_label(fig("ما يصل إلى 99", 99.0)) == "حتى 99"
    assert value_label(fig("حتى 20", 20.0)) == "حتى 20"


def test_a_figures_when_shows_the_days_its_words_were_read_as(seed_digest):
    # the issue: the «when» shown is a resolved date or period with the words that gave it; «الخميس» alone left the
    # reader to work out which Thursday
    from khulasa.render.labels import when_label

    def fig(as_of, first, last, event=None):
        return Figure(article="a", start=0, end=2, quote="12", value=12.0, measure="killed", as_of=as_of,
                      as_of_first=first, as_of_last=last, as_of_event=event)

    thursday = date(2018, 3, 8)
    assert when_label(fig("الخميس الماضي", thursday, thursday)) == "الخميس الماضي: 2018-03-08"
    since = when_label(fig("منذ بداية الهجوم", date(2018, 2, 18), thursday))
    assert since == "منذ بداية الهجوم: 2018-02-18 – 2018-03-08"
    assert when_label(fig("حتى الآن", None, thursday)) == "حتى الآن: حتى 2018-03-08"
    assert when_label(fig(None, thursday, thursday)) is None  # as of its article's day: nothing to say
    event = when_label(fig(None, date(2018, 1, 20), thursday, event="عملية غصن الزيتون"))
    assert event is not None and event.startswith("منذ «عملية غصن الزيتون»")
    assert event.endswith("2018-01-20 – 2018-03-08")
    md = to_markdown(seed_digest)
    # Douma's aid: seed 000, undated, anchored by its words on 10 March
    assert "نحو 26,000 — المقالة نفسها (الخميس: 2018-03-08)" in md
