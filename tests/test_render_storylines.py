"""Storylines in the Markdown and HTML reports: on the seeds (one storyline of one event, shown
compactly) and on a made-up digest of two storylines of two events each, whose titles, summaries
and ids are hostile in the second."""
import re
from datetime import date

from khulasa.model import (
    Anchor,
    Article,
    Claim,
    Digest,
    Excerpt,
    Figure,
    Happening,
    Series,
    Story,
    Storyline,
    Track,
    TrackDay,
    TrackPoint,
)
from khulasa.render import to_html, to_markdown

from .test_render import BIDI_CONTROLS, TERMINAL_CONTROLS, _code_spans, _Collector, _Isolates

EVIL_LINE = "\x1b[31mمسار\u202e <img src=x onerror=alert(7)> & *bold* | `x` ~~s~~"
EVIL_EVENT = "1. حدث <b>evil</b> _x_ #\u2067"
EVIL_SENTENCE = "قالت الفصائل <script>alert(8)</script> إن 30 مدنيا قتلوا في \u202eعفرين يوم الأحد."

TEXTS = {
    "g1": "قال المرصد إن 250 مدنيا قتلوا في الغوطة منذ بدء الهجوم. وتواصل القصف على دوما.",
    "g2": "وارتفعت حصيلة القتلى في الغوطة إلى 500 مدني بحسب المرصد. ووصلت قافلة مساعدات إلى دوما.",
    "g3": "وقال الدفاع المدني إن 520 مدنيا قتلوا في الغوطة. وخرج آلاف المدنيين من حمورية.",
    "f1": "دخلت القوات التركية مدينة عفرين يوم السبت بعد حصار دام أسابيع.",
    "f2": EVIL_SENTENCE + " وقالت مصادر إن 28 مدنيا قتلوا.",
}
DAYS = {"g1": date(2018, 3, 1), "g2": date(2018, 3, 9), "g3": date(2018, 3, 10), "f1": date(2018, 3, 18),
        "f2": date(2018, 3, 20)}


def _excerpt(article: str, sentence: int = 0) -> Excerpt:
    text = TEXTS[article]
    parts = re.findall(r"[^.]+\.", text)
    start = text.index(parts[sentence].strip())
    quote = parts[sentence].strip()
    return Excerpt(quote, article, start, start + len(quote))


def _figure(article: str, number: str, source: str) -> Figure:
    start = TEXTS[article].index(number)
    return Figure(article, start, start + len(number), number, float(number), measure="killed", source=source,
                  source_canonical=source, place="الغوطة", as_of_last=DAYS[article])


def _happening(st: Story, title: str | None = None) -> Happening:
    days = [DAYS[a] for a in st.articles]
    return Happening(st.id, min(days), max(days), title or st.title, st.digest[0])


def _toll(figures: list[int], days: list[date], values: list[float]) -> Track:
    """A toll followed over the given figures: one source (المرصد), then another for the last."""
    points = [TrackPoint(f, d, v) for f, d, v in zip(figures, days, values, strict=True)]
    series = [Series("المرصد السوري لحقوق الإنسان", points[:-1], figures[-2]),
              Series("الدفاع المدني السوري", points[-1:], figures[-1])]
    spread = [TrackDay(d, v, v, 1, True) for d, v in zip(days, values, strict=True)]
    return Track("c1", "killed", "مدنيا", "الغوطة", series, spread, len(points) - 2, 0)


def storylines_digest() -> Digest:
    """Two storylines of two events each. The Ghouta storyline's later event is the larger
    story (listed first among the stories) and its toll is tracked across both events; the
    Afrin storyline's title, its second event's title and summary are hostile, and its one
    track stays within one event."""
    anchor = {a: Anchor(d, "text", "", "medium") for a, d in DAYS.items()}
    arts = [Article(a, t, source="مصدر", anchor=anchor[a]) for a, t in TEXTS.items()]
    s1 = Story("s1", ["g2", "g3"], "ارتفاع حصيلة القتلى في الغوطة", digest=[_excerpt("g2"), _excerpt("g3")])
    s2 = Story("s2", ["g1"], "بدء الهجوم على الغوطة", digest=[_excerpt("g1"), _excerpt("g1", 1)])
    s3 = Story("s3", ["f1"], "القوات التركية تدخل عفرين", digest=[_excerpt("f1")])
    s4 = Story("s4", ["f2"], EVIL_EVENT, digest=[_excerpt("f2")])
    for st, line in ((s1, "l1"), (s2, "l1"), (s3, "l2"), (s4, "l2")):
        st.storyline = line
    g_figs = [_figure("g1", "250", "المرصد السوري لحقوق الإنسان"), _figure("g2", "500", "المرصد السوري لحقوق الإنسان"),
              _figure("g3", "520", "الدفاع المدني السوري")]
    g_claim = Claim("c1", "killed", "count", "مدنيا", "الغوطة", [0, 1, 2], [], [], False, "dates", 250, 500, 520, 0)
    ghouta = Storyline(
        "l1", "الهجوم على الغوطة", [_happening(s2), _happening(s1)],
        digest=[_happening(s2)],  # the second event's summary is left to the events list
        figures=g_figs, claims=[g_claim],
        tracks=[_toll([0, 1, 2], [DAYS["g1"], DAYS["g2"], DAYS["g3"]], [250, 500, 520])],
    )
    f_figs = [_figure("f2", "30", "الفصائل"), _figure("f2", "28", "مصادر")]
    afrin = Storyline(
        "l2", EVIL_LINE, [_happening(s3), _happening(s4)], digest=[_happening(s3), _happening(s4)],
        figures=f_figs, tracks=[_toll([0, 1], [DAYS["f2"], DAYS["f2"]], [30, 28])],
    )
    return Digest(arts, [], [s1, s2, s3, s4], [ghouta, afrin])


def _section(md: str, heading: str) -> str:
    """The Markdown from a ``## `` heading to the next."""
    start = md.index(f"\n## {heading}\n")
    end = md.find("\n## ", start + 1)
    return md[start:end if end >= 0 else None]


def _in_order(text: str, parts: list[str]) -> bool:
    where = [text.index(p) for p in parts]
    return where == sorted(where)


def _cite(e: Excerpt) -> str:
    return f"`{e.article} {e.start}:{e.end}`"


def test_markdown_shows_storylines_first_with_dated_digest_events_and_tracker():
    digest = storylines_digest()
    md = to_markdown(digest)
    ghouta = digest.storylines[0]
    assert md.split("\n")[2].endswith("، في مسارين")
    line = _section(md, "الهجوم على الغوطة")
    assert md.index(line) < md.index("\n## ارتفاع حصيلة القتلى في الغوطة\n")  # before the events' sections
    assert "المسار `l1`: حدثان، 3 مقالات، 2018-03-01 – 2018-03-10" in line
    # the dated digest: its date, the sentence and its citation
    first = ghouta.digest[0].summary
    assert f"- **2018-03-01** — {first.text} — {_cite(first)}" in line
    # the events in time order (the later one is the larger story, listed first below), each
    # pointing to its section; a summary the digest does not state is given under its event
    assert _in_order(line, ["بدء الهجوم على الغوطة — الحدث `s2`", "ارتفاع حصيلة القتلى في الغوطة — الحدث `s1`"])
    assert "- **2018-03-09 – 2018-03-10** ارتفاع حصيلة القتلى في الغوطة — الحدث `s1` (مقالتان)" in line
    second = ghouta.events[1].summary
    assert f"  - {second.text} — {_cite(second)}" in line
    assert line.count(first.text) == 1  # stated by the digest, not repeated under its event
    # the tracker: the toll across both events, each value cited
    tracker = line[line.index("### تتبع الأرقام"):]
    assert "- **القتلى (الغوطة)** (تحديث واحد)" in tracker
    for f in ghouta.figures:
        assert f"({f.as_of_last.isoformat()}) `{f.article} {f.start}:{f.end}`" in tracker
    # each event says which storyline it belongs to, and where it stands in it
    assert "الحدث `s1` · 2018-03-09 – 2018-03-10 · المسار: «الهجوم على الغوطة» (`l1`)، الحدث 2 من 2" in md
    # a track within one event is left to that event, and counted
    assert "- كمية واحدة تُتابَع داخل حدث واحد: في قسم ذلك الحدث" in md
    assert "مسارات من حدث واحد" not in md


def test_markdown_escapes_hostile_storyline_text():
    md = to_markdown(storylines_digest())
    assert not TERMINAL_CONTROLS.search(md)
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", md)
    assert "\\x1b\\[31mمسار\\u202e \\<img src=x onerror=alert(7)\\> \\& \\*bold\\* \\| \\`x\\` \\~\\~s\\~\\~" in md
    assert "1\\. حدث \\<b\\>evil\\</b\\> \\_x\\_ \\#\\u2067 — الحدث `s4`" in md
    for line in md.split("\n"):
        assert not line.lstrip().startswith("<"), line
        outside, _ = _code_spans(line)
        assert not re.search(r"(?<!\\)<(?!br>)", outside), line
        assert not re.search(r"(?<![\\*])\*(?!\*)", outside), line
    assert "قالت الفصائل \\<script\\>alert(8)\\</script\\> إن 30 مدنيا قتلوا في \\u202eعفرين" in md


class _Sections(_Collector):
    """Ids, links and, per storyline section, its links and charts."""

    def __init__(self):
        super().__init__()
        self.line = None
        self.depth = 0
        self.lines: dict[str, dict] = {}

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        a = dict(attrs)
        if tag == "section":
            self.depth += 1
            if "storyline" in (a.get("class") or "").split() and "id" in a:
                self.line = a["id"]
                self.lines[self.line] = {"hrefs": [], "tracks": 0, "depth": self.depth}
        if self.line and tag == "a" and "href" in a:
            self.lines[self.line]["hrefs"].append(a["href"])
        if self.line and tag == "svg" and a.get("class") == "track":
            self.lines[self.line]["tracks"] += 1

    def handle_endtag(self, tag):
        if tag == "section":
            if self.line and self.lines[self.line]["depth"] == self.depth:
                self.line = None
            self.depth -= 1


def test_html_shows_storylines_with_links_to_events_and_quotes():
    digest = storylines_digest()
    page = to_html(digest)
    p = _Sections()
    p.feed(page)
    assert "script" not in p.tags
    for href in p.hrefs:
        assert href.startswith("#") and href[1:] in p.ids, href
    assert list(p.lines) == ["storyline-l1", "storyline-l2"]
    ghouta = p.lines["storyline-l1"]
    # events in time order, each linking to its section
    assert [h for h in ghouta["hrefs"] if h in ("#s1", "#s2")] == ["#s2", "#s1"]
    assert ghouta["tracks"] == 1 and p.lines["storyline-l2"]["tracks"] == 0
    # every point of the tracker leads to its highlighted quote
    marks = set(re.findall(r'<mark class="fig" id="([^"]+)"', page))
    start = page.index('id="storyline-l1"')
    points = re.findall(r'<a href="#([^"]+)"><circle', page[start:page.index("</section>", start)])
    assert len(points) == 3 and set(points) <= marks
    first = digest.storylines[0].digest[0].summary
    dated = (r'<li><time class="days" datetime="2018-03-01">2018-03-01</time> <a href="#a\d-'
             f'{first.start}-{first.end}"><bdi>{re.escape(first.text)}</bdi></a> <span class="cite"')
    assert re.search(dated, page)
    assert 'href="#storyline-l1"><bdi>الهجوم على الغوطة</bdi></a>، الحدث 2 من 2' in page
    assert "<p class=\"meta\">كمية واحدة تُتابَع داخل حدث واحد: في قسم ذلك الحدث</p>" in page


def test_html_isolates_and_escapes_hostile_storyline_text():
    page = to_html(storylines_digest())
    assert "<img" not in page and "<b>" not in page and "<script>" not in page
    p = _Isolates()
    p.feed(page)
    for data, stack in p.runs:
        if not any(h in data for h in ("مسار\\u202e", "img src=x", "evil", "alert(8)")):
            continue
        tags = [t for t, _ in stack]
        assert "bdi" in tags or "mark" in tags or tags[-1] in ("div", "title"), (data, tags)
    outside_bodies = re.sub(r'<div class="body">.*?</div>', "", page, flags=re.DOTALL)
    # titles are written out: \u202e and \x1b shown, not acting; quotes keep their text as written
    assert "<bdi>\\x1b[31mمسار\\u202e &lt;img src=x onerror=alert(7)&gt; &amp; *bold*" in outside_bodies
    outside_quotes = re.sub(r'<a href="#a[^"]*"><bdi>.*?</bdi></a>', "", outside_bodies)
    assert not BIDI_CONTROLS.search(outside_quotes.replace("\u200f", ""))
    assert not TERMINAL_CONTROLS.search(outside_quotes.replace("\n", ""))


def test_seeds_storyline_of_one_event_is_shown_once(seed_digest):
    (line,) = seed_digest.storylines
    (event,) = line.events
    md = to_markdown(seed_digest)
    assert md.split("\n")[2].endswith("، في مسار واحد")
    singles = _section(md, "مسارات من حدث واحد")
    assert f"** {line.title} — الحدث `{event.story}`" in singles
    # its digest is its event's: the summary and its citation appear once, in the event's section
    assert md.count(_cite(line.digest[0].summary)) == 1
    story = _section(md, line.title)
    assert "مسار من هذا الحدث وحده" in story and "### تتبع الأرقام" in story
    for e in seed_digest.stories[0].digest:
        assert _cite(e) in story
    page = to_html(seed_digest)
    p = _Sections()
    p.feed(page)
    assert f'<a href="#{event.story}"><bdi>{line.title}</bdi></a>' in page
    assert page.count('<svg class="track"') == len(seed_digest.stories[0].tracks)  # not drawn twice
    for href in p.hrefs:
        assert href[1:] in p.ids
