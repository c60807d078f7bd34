"""A single-file HTML report, right to left, with no external assets: every digest sentence
links to its article, where the quoted span is highlighted. All article text is escaped."""
from __future__ import annotations

from importlib import resources

from markupsafe import Markup, escape

from ..model import Article, Claim, Digest, Figure
from .labels import DIFFER, MEASURES, OWN_VOICE, claim_span, value_label


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


def _chart(claim: Claim, figures: list[Figure]) -> Markup:
    """A small right-to-left bar chart of a claim's values by source and date (inline SVG)."""
    figs = [figures[i] for i in claim.figures]
    tops = [f.high if f.high is not None else f.value for f in figs]
    top = max((t for t in tops if t is not None), default=0) or 1
    width, label_w, row = 360, 150, 24
    bar_w = width - label_w - 60
    x0 = width - label_w
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {row * len(figs) + 8}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(MEASURES.get(claim.measure, claim.measure))}">'
    ]
    for k, f in enumerate(figs):
        y = 4 + k * row
        lo = f.low if f.low is not None else 0
        hi = f.high if f.high is not None else (f.value or 0)
        x_hi = x0 - hi / top * bar_w
        x_lo = x0 - lo / top * bar_w
        style = "bar approx" if f.approx or f.bound else "bar"
        label = f"{f.source or OWN_VOICE}" + (f" · {f.as_of}" if f.as_of else "")
        parts.append(f'<rect class="{style}" x="{x_hi:.1f}" y="{y + 4}" width="{max(x_lo - x_hi, 2):.1f}" height="{row - 10}"/>')
        parts.append(f'<text class="label" x="{width - 2}" y="{y + row / 2 + 3}" direction="rtl" text-anchor="start">{escape(_short(label, 30))}</text>')
        parts.append(f'<text class="value" x="{x_hi - 4:.1f}" y="{y + row / 2 + 3}" direction="rtl" text-anchor="start">{escape(value_label(f))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def to_html(result: Digest) -> str:
    from jinja2 import Environment

    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(
        resources.files("khulasa.render").joinpath("templates", "report.html.j2").read_text("utf-8")
    )
    anchors = {a.id: f"a{i}" for i, a in enumerate(result.articles)}
    cited: dict[str, list[tuple[int, int, str]]] = {}
    for st in result.stories:
        for e in st.digest:
            cited.setdefault(e.article, []).append((e.start, e.end, "q"))
        for ev in st.timeline:
            cited.setdefault(ev.article, []).append((ev.start, ev.end, "q"))
        for c in st.claims:
            for i in c.figures:
                f = st.figures[i]
                cited.setdefault(f.article, []).append((f.start, f.end, "fig"))
    by_id = {a.id: a for a in result.articles}
    stories = []
    for st in result.stories:
        stories.append(
            {
                "id": st.id,
                "title": st.title,
                "digest": [
                    {"text": e.text, "href": f"#{anchors[e.article]}-{e.start}-{e.end}", "article": by_id[e.article], "start": e.start, "end": e.end}
                    for e in st.digest
                ],
                "claims": [
                    {
                        "c": c,
                        "what": MEASURES.get(c.measure, c.measure),
                        "detail": "، ".join(x for x in (c.subject, c.place) if x),
                        "rows": [
                            {
                                "f": st.figures[i],
                                "label": value_label(st.figures[i]),
                                "href": f"#{anchors[st.figures[i].article]}-{st.figures[i].start}-{st.figures[i].end}",
                                "source": st.figures[i].source or OWN_VOICE,
                            }
                            for i in c.figures
                        ],
                        "span": claim_span(c),
                        "conservative": value_label(st.figures[c.conservative]) if c.conservative is not None else None,
                        "verdict": DIFFER[c.differ],
                        "chart": _chart(c, st.figures) if not c.agree else None,
                    }
                    for c in st.claims
                ],
                "timeline": [
                    {
                        "e": e,
                        "when": e.first.isoformat() if e.first == e.last else f"{e.first.isoformat()} – {e.last.isoformat()}",
                        "href": f"#{anchors[e.article]}-{e.start}-{e.end}",
                    }
                    for e in st.timeline
                ],
                "articles": [
                    {
                        "a": by_id[i],
                        "anchor": anchors[i],
                        "body": _marked_text(by_id[i], cited.get(i, []), anchors[i]),
                        "published": by_id[i].published.strftime("%Y-%m-%d %H:%M") if by_id[i].published else None,
                        "dated": by_id[i].anchor.isoformat() if by_id[i].anchor and not by_id[i].published else None,
                    }
                    for i in st.articles
                ],
            }
        )
    return template.render(stories=stories, skipped=result.skipped, n_articles=len(result.articles))
