"""A single-file HTML report, right to left, with no external assets: the storylines first (each
with its dated digest, its events linking to their sections, and a step chart per quantity that
moves across its events), then each story (an event). Every quoted sentence links to its
article, where the quoted span is highlighted. All article text is escaped, and every run of
input text sits in its own bidi isolate (<bdi>), so a bidi control or a left-to-right id cannot
reorder what is shown around it."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from importlib import resources

from markupsafe import Markup, escape

from khulasa.model import Article, Claim, Digest, Event, Excerpt, Figure, Span, Story, Storyline, Track
from khulasa.render.labels import (
    DIFFER,
    MEASURES,
    claim_span,
    counted,
    source_label,
    source_written,
    value_label,
    when_label,
)
from khulasa.render.storylines import (
    Membership,
    across_events,
    days,
    event_of,
    in_digest,
    memberships,
    spans_events,
    within_note,
)
from khulasa.render.text import visible
from khulasa.render.tracked import TRACKED, tracked_groups
from khulasa.render.tracks import track_view


def _marked_text(article: Article, spans: list[tuple[int, int, str]], anchor: str) -> Markup:
    """The article text, escaped, with each cited span wrapped in a <mark> that has an id.
    Spans nest (a figure inside a quoted sentence); a span that crosses another is left out."""
    out: list[str] = []
    text = article.text
    pos = 0
    stack: list[int] = []
    for start, end, cls in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        while stack and stack[-1] <= start:
            close = stack.pop()
            out.append(str(escape(text[pos:close])) + "</mark>")
            pos = close
        if stack and end > stack[-1]:
            continue
        out.append(str(escape(text[pos:start])))
        out.append(f'<mark class="{cls}" id="{anchor}-{start}-{end}">')
        pos = start
        stack.append(end)
    while stack:
        close = stack.pop()
        out.append(str(escape(text[pos:close])) + "</mark>")
        pos = close
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


# The chart's text is 10 px in a 360-unit-wide box. Arabic runs 3.5-5 px a character in the
# report's fonts and digits 5.75, so 6.5 is an upper bound: columns sized with it hold their
# text and the values are never clipped at the edge of the box.
CHAR_W = 6.5
CHART_W, LABEL_W, ROW = 360, 150, 24


def _chart(claim: Claim, figures: list[Figure]) -> Markup:
    """A small right-to-left bar chart of a claim's values by source and date (inline SVG):
    labels in a column on the right, bars growing leftwards, each value just past its bar, in
    a column on the left wide enough for the longest value."""
    figs = [figures[i] for i in claim.figures]
    values = [value_label(f) for f in figs]
    tops = [f.high if f.high is not None else f.value for f in figs]
    top = max((t for t in tops if t is not None and math.isfinite(t)), default=0) or 1
    value_w = max(len(v) for v in values) * CHAR_W + 6
    x0 = CHART_W - LABEL_W - 6
    bar_w = x0 - value_w
    height = ROW * len(figs) + 8
    what = escape(MEASURES.get(claim.measure, claim.measure))
    parts = [
        (
            f'<svg class="chart" role="img" viewBox="0 0 {CHART_W} {height}" width="100%" '
            f'xmlns="http://www.w3.org/2000/svg" aria-label="{what}">'
        )
    ]
    for k, (f, value) in enumerate(zip(figs, values, strict=True)):
        y = 4 + k * ROW
        lo = _bar_end(f.low if f.low is not None else 0, top)
        hi = _bar_end(f.high if f.high is not None else (f.value or 0), top)
        x_hi = x0 - hi * bar_w
        x_lo = x0 - lo * bar_w
        style = "bar approx" if f.approx or f.bound else "bar"
        when = when_label(f)
        label = visible(source_label(f), prose=True) + (f" · {visible(when, prose=True)}" if when else "")
        ty = y + ROW / 2 + 3
        parts.append(
            f'<rect class="{style}" x="{x_hi:.1f}" y="{y + 4}" width="{max(x_lo - x_hi, 2):.1f}" height="{ROW - 10}"/>'
        )
        parts.append(
            f'<text class="label" x="{CHART_W - 2}" y="{ty}" direction="rtl" text-anchor="start">'
            f"<title>{escape(label)}</title>{escape(_short(label, int(LABEL_W / CHAR_W)))}</text>"
        )
        parts.append(
            f'<text class="value" x="{x_hi - 3:.1f}" y="{ty}" direction="rtl" text-anchor="start">'
            f"{escape(value)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _bar_end(v: float, top: float) -> float:
    """Where a value ends on the bar scale, 0 to 1 (an infinite value at the top)."""
    if math.isnan(v):
        return 0.0
    return min(max(v / top, 0.0), 1.0)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _days(e: Event) -> str:
    return days(e.first, e.last)


def _also_title(e: Event) -> str:
    return f"ذُكر الحدث نفسه في {counted(len(e.also), 'جملة', 'gen')} غير هذه"


def _href(anchors: dict[str, str], span: Span) -> str:
    """The link to a span's <mark> in its article (see ``_marked_text``)."""
    return f"#{anchors[span.article]}-{span.start}-{span.end}"


def _claim_row(c: Claim, figures: list[Figure], anchors: dict[str, str]) -> dict:
    def pair(i: int) -> dict:
        f = figures[i]
        return {
            "label": value_label(f),
            "href": _href(anchors, f.span),
            "source": visible(source_label(f), prose=True),
            # the words as written, shown on hover (title) when they are not the name shown
            "written": visible(source_written(f) or "", prose=True) or None,
            "as_of": visible(when_label(f) or "", prose=True) or None,
        }

    conservative = figures[c.conservative] if c.conservative is not None else None
    return {
        "c": c,
        "what": MEASURES.get(c.measure, c.measure),
        "detail": visible("، ".join(x for x in (c.subject, c.place) if x), prose=True),
        "pairs": [pair(i) for i in c.figures],
        "span": claim_span(c),
        "conservative": value_label(conservative) if conservative is not None and not c.agree else None,
        "verdict": DIFFER[c.differ],
        "chart": _chart(c, figures) if not c.agree else None,
    }


def _tracked_rows(st: Story, page: _Page) -> list[dict]:
    """The story's figures other than people (``render.tracked``), by measure: each value linked to
    its mark, its source and when, and the words of its sentence around it, each in an isolate."""
    texts = {i: page.by_id[i].text for i in st.articles if i in page.by_id}
    return [
        {
            "what": MEASURES.get(measure, measure),
            "rows": [
                {
                    "label": visible(st.figures[c.figure].quote, prose=True),
                    "href": _href(page.anchors, st.figures[c.figure].span),
                    "source": visible(source_label(st.figures[c.figure]), prose=True),
                    "as_of": visible(when_label(st.figures[c.figure]) or "", prose=True) or None,
                    "before": visible(c.before, prose=True),
                    "after": visible(c.after, prose=True),
                }
                for c in shown
            ],
        }
        for measure, shown in tracked_groups(st.figures, texts)
    ]


def _track_row(t: Track, figures: list[Figure], anchors: dict[str, str]) -> dict:
    """A tracked quantity (``render.tracks``), its points linked to the report's marks and its
    texts from the input each in its own isolate."""
    view = track_view(t, figures, lambda f: _href(anchors, f.span))
    view["detail"] = visible(view["detail"], prose=True)
    for line in view["legend"]:
        line["source"] = visible(line["source"], prose=True)
    return view


def _article(a: Article, anchor: str, spans: list[tuple[int, int, str]]) -> dict:
    return {
        "a": a,
        "id": visible(a.id),
        "title": visible(a.title or a.id, prose=bool(a.title)),
        "source": visible(a.source) if a.source else None,
        "anchor": anchor,
        "body": _marked_text(a, spans, anchor),
        "published": a.published.strftime("%Y-%m-%d %H:%M") if a.published else None,
        "dated": a.anchor_day.isoformat() if a.anchor_day and not a.published else None,
        "evidence": visible(a.anchor.evidence if a.anchor else "", prose=True),
    }


def _cited(result: Digest, tracked: dict[str, list[Track]]) -> dict[str, list[tuple[int, int, str]]]:
    """Every span the report links to, by article: quoted sentences and figures (the figures of
    the stories' claims and of their other measures (``render.tracked``), and of the storylines'
    tracks shown: ``tracked``, by storyline id)."""
    cited: dict[str, list[tuple[int, int, str]]] = {}
    for st in result.stories:
        for e in st.digest:
            cited.setdefault(e.article, []).append((e.start, e.end, "q"))
        for ev in st.timeline:
            cited.setdefault(ev.article, []).append((ev.start, ev.end, "q"))
        shown = {i for c in st.claims for i in c.figures}
        shown |= {i for i, f in enumerate(st.figures) if f.measure in TRACKED}
        for i in sorted(shown):
            f = st.figures[i]
            cited.setdefault(f.article, []).append((f.start, f.end, "fig"))
    for line in result.storylines:
        for h in line.events:
            if h.summary is not None:
                cited.setdefault(h.summary.article, []).append((h.summary.start, h.summary.end, "q"))
        for t in tracked.get(line.id, []):
            for i in {p.figure for s in t.series for p in s.points} | {s.latest for s in t.series}:
                f = line.figures[i]
                cited.setdefault(f.article, []).append((f.start, f.end, "fig"))
    return cited


def _quote(e: Excerpt, anchors: dict[str, str], by_id: dict[str, Article]) -> dict:
    """A quoted sentence: its text, the link to its mark and its citation."""
    return {
        "text": e.text,
        "href": _href(anchors, e.span),
        "cite": visible(by_id[e.article].source or e.article),
        "id": visible(e.article),
        "start": e.start,
        "end": e.end,
    }


def _when(first: date | None, last: date | None) -> dict:
    """Days as shown, and the first as a machine-readable date (for <time>)."""
    return {"days": days(first, last), "datetime": first.isoformat() if first else None}


@dataclass(slots=True)
class _Page:
    """What every section of the report links with: each article's anchor, the articles by id,
    and each story's size (articles)."""

    anchors: dict[str, str]
    by_id: dict[str, Article]
    size: dict[str, int]


def _storyline(line: Storyline, shown: list[Track], within: int, page: _Page) -> dict:
    """A storyline of several events (``render.storylines``): its dated digest, its events in
    time order, each linking to its section (its summary when the digest does not state it), and
    the tracker of the quantities that move across its events. Its claims and timeline are left
    to its events' sections (see ``markdown._storyline``)."""
    size, anchors, by_id = page.size, page.anchors, page.by_id
    stated = in_digest(line)
    articles = sum(size.get(h.story, 0) for h in line.events)
    return {
        "anchor": f"storyline-{line.id}",
        "id": visible(line.id),
        "title": visible(line.title, prose=True),
        "meta": f"{counted(len(line.events), 'حدث')}، {counted(articles, 'مقالة')}",
        "when": _when(line.first, line.last),
        "digest": [{**_when(h.first, h.last), **_quote(h.summary, anchors, by_id)} for h in line.digest if h.summary],
        "events": [
            {
                **_when(h.first, h.last),
                "title": visible(h.title, prose=True),
                "story": h.story,
                "shown_id": visible(h.story),
                "n": counted(size.get(h.story, 0), "مقالة"),
                "summary": _quote(h.summary, anchors, by_id) if h.summary and h.story not in stated else None,
            }
            for h in line.events
        ],
        "tracks": [_track_row(t, line.figures, anchors) for t in shown],
        "within": within_note(shown, within),
    }


def _belongs(st: Story, where: dict[str, Membership]) -> dict | None:
    """Where a story stands: its days and its storyline (a link to it, when it has several events)."""
    m = where.get(st.id)
    if m is None:
        return None
    several = spans_events(m.line)
    return {
        **_when(m.happening.first, m.happening.last),
        "line": visible(m.line.title, prose=True) if several else None,
        "href": f"#storyline-{m.line.id}" if several else None,
        "position": f"الحدث {m.position} من {len(m.line.events)}" if several else None,
    }


def _story(st: Story, where: dict[str, Membership], cited: dict, page: _Page) -> dict:
    anchors, by_id = page.anchors, page.by_id
    return {
        "id": st.id,
        "shown_id": visible(st.id),
        "title": visible(st.title, prose=True),
        "n_articles": counted(len(st.articles), "مقالة"),
        "belongs": _belongs(st, where),
        "digest": [_quote(e, anchors, by_id) for e in st.digest],
        "claims": [_claim_row(c, st.figures, anchors) for c in st.claims],
        "tracked": _tracked_rows(st, page),
        "tracks": [_track_row(t, st.figures, anchors) for t in st.tracks],
        "timeline": [
            {
                "e": e,
                "when": _days(e),
                "words": visible(e.when, prose=True),
                "href": _href(anchors, e.span),
                "also": _also_title(e) if e.also else None,
            }
            for e in st.timeline
        ],
        "any_also": any(e.also for e in st.timeline),
        "articles": [_article(by_id[i], anchors[i], cited.get(i, [])) for i in st.articles],
    }


def to_html(result: Digest) -> str:
    from jinja2 import Environment

    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(
        resources.files("khulasa.render").joinpath("templates", "report.html.j2").read_text("utf-8")
    )
    page = _Page(
        anchors={a.id: f"a{i}" for i, a in enumerate(result.articles)},
        by_id={a.id: a for a in result.articles},
        size={st.id: len(st.articles) for st in result.stories},
    )
    events = event_of(result)
    several = [line for line in result.storylines if spans_events(line)]
    across = {line.id: across_events(line, events) for line in several}
    cited = _cited(result, {k: v[0] for k, v in across.items()})
    where = memberships(result)
    singles = [line.events[0] for line in result.storylines if not spans_events(line)]
    return template.render(
        storylines=[_storyline(line, *across[line.id], page) for line in several],
        singles=[
            {**_when(h.first, h.last), "title": visible(h.title, prose=True), "story": h.story,
             "shown_id": visible(h.story)}
            for h in singles
        ],
        stories=[_story(st, where, cited, page) for st in result.stories],
        skipped=[{"where": visible(s.where), "reason": visible(s.reason)} for s in result.skipped],
        summary=f"{counted(len(result.stories), 'قصة')} من {counted(len(result.articles), 'مقالة', 'gen')}",
        n_lines=f"، في {counted(len(result.storylines), 'مسار', 'gen')}" if result.storylines else "",
        n_skipped=len(result.skipped),
    )
