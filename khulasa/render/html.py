"""A single-file HTML report, right to left, with no external assets: every digest sentence
links to its article, where the quoted span is highlighted. All article text is escaped."""
from __future__ import annotations

from importlib import resources

from markupsafe import Markup, escape

from ..model import Article, Digest


def _marked_text(article: Article, spans: list[tuple[int, int]], anchor: str) -> Markup:
    """The article text, escaped, with each cited span wrapped in a <mark> that has an id."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(set(spans)):
        if start < pos:  # overlapping citations: the first one keeps the span
            continue
        out.append(str(escape(article.text[pos:start])))
        out.append(f'<mark id="{anchor}-{start}-{end}">{escape(article.text[start:end])}</mark>')
        pos = end
    out.append(str(escape(article.text[pos:])))
    return Markup("".join(out))


def to_html(result: Digest) -> str:
    from jinja2 import Environment

    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(
        resources.files("khulasa.render").joinpath("templates", "report.html.j2").read_text("utf-8")
    )
    anchors = {a.id: f"a{i}" for i, a in enumerate(result.articles)}
    cited: dict[str, list[tuple[int, int]]] = {}
    for st in result.stories:
        for e in st.digest:
            cited.setdefault(e.article, []).append((e.start, e.end))
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
                "articles": [
                    {
                        "a": by_id[i],
                        "anchor": anchors[i],
                        "body": _marked_text(by_id[i], cited.get(i, []), anchors[i]),
                        "published": by_id[i].published.strftime("%Y-%m-%d %H:%M") if by_id[i].published else None,
                    }
                    for i in st.articles
                ],
            }
        )
    return template.render(stories=stories, skipped=result.skipped, n_articles=len(result.articles))
