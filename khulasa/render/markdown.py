"""Markdown output: each story's digest with a citation after every sentence."""
from __future__ import annotations

import re

from ..model import Digest
from .labels import DIFFER, MEASURES, OWN_VOICE, claim_span, value_label

_MD_SPECIAL = re.compile(r"([\\`*{}\[\]<>#|]|(?<!\w)_|_(?!\w))")


def _md(text: str) -> str:
    """Escape Markdown syntax so article text renders as text."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _code(text: str) -> str:
    """A code span (rendered literally); backticks cannot occur inside it."""
    return "`" + text.replace("`", "'") + "`"


def _label(result: Digest, article_id: str) -> str:
    a = result.article(article_id)
    return f"{a.source} · {a.id}" if a.source else a.id


TIMELINE_MAX = 25


def _timeline(st) -> list[str]:
    if not st.timeline:
        return []
    out = ["", "### الخط الزمني", ""]
    for e in st.timeline[:TIMELINE_MAX]:
        when = e.first.isoformat() if e.first == e.last else f"{e.first.isoformat()} – {e.last.isoformat()}"
        more = f" (+{len(e.also)})" if e.also else ""
        out.append(f"- **{when}** ({_md(e.when)}): {_md(e.text)} — {_code(f'{e.article} {e.start}:{e.end}')}{more}")
    if len(st.timeline) > TIMELINE_MAX:
        out.append(f"- … {len(st.timeline) - TIMELINE_MAX}")
    return out


def _claims_table(st) -> list[str]:
    claims = [c for c in st.claims]
    if not claims:
        return []
    out = ["", "### الأرقام ومصادرها", "", "| ما يُعدّ | القيم | من يقول | متى | الأدنى / الأرجح / الأعلى | التوافق |", "|---|---|---|---|---|---|"]
    for c in claims:
        figs = [st.figures[i] for i in c.figures]
        what = MEASURES.get(c.measure, c.measure)
        detail = "، ".join(x for x in (c.subject, c.place) if x)
        values = "<br>".join(
            f"{_md(value_label(f))} {_code(f'{f.article} {f.start}:{f.end}')}" for f in figs
        )
        sources = "<br>".join(_md(f.source or OWN_VOICE) for f in figs)
        when = "<br>".join(_md(f.as_of or "—") for f in figs)
        conservative = st.figures[c.conservative] if c.conservative is not None else None
        span = claim_span(c)
        if conservative is not None and not c.agree:
            span += f" (الأكثر تحفظا: {_md(value_label(conservative))} — {_md(conservative.source or OWN_VOICE)})"
        out.append(f"| {_md(what)}{' (' + _md(detail) + ')' if detail else ''} | {values} | {sources} | {when} | {span} | {DIFFER[c.differ]} |")
    return out


def to_markdown(result: Digest) -> str:
    lines: list[str] = []
    n_multi = sum(1 for s in result.stories if len(s.articles) > 1)
    lines.append("# خلاصة")
    lines.append("")
    lines.append(
        f"المقالات: {len(result.articles)} · القصص: {len(result.stories)} "
        f"(من أكثر من مقالة: {n_multi})"
        + (f" · لم تُقرأ: {len(result.skipped)}" if result.skipped else "")
    )
    for st in result.stories:
        lines.append("")
        lines.append(f"## {_md(st.title)}")
        lines.append("")
        lines.append(f"المصادر ({len(st.articles)}): " + "، ".join(_code(_label(result, a)) for a in st.articles))
        lines.append("")
        for e in st.digest:
            lines.append(f"- {_md(e.text)} — {_code(f'{e.article} {e.start}:{e.end}')}")
        lines.extend(_claims_table(st))
        lines.extend(_timeline(st))
    if result.skipped:
        lines.append("")
        lines.append("## لم تُقرأ (skipped)")
        lines.append("")
        for s in result.skipped:
            where = f"{s.path}:{s.line}" if s.line is not None else s.path
            lines.append(f"- {_code(where)}: {_md(s.reason)}")
    return "\n".join(lines) + "\n"
