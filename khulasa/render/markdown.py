"""Markdown output: the storylines first (each with its dated digest, its events and the tracker
of what moves across them), then each story (an event) with its digest, a citation after every
sentence, its claims, tracker and timeline. Everything from
the input is escaped: text cannot open Markdown or HTML syntax, code spans cannot be broken out
of, table cells cannot be split, and control characters are written out (text.visible)."""
from __future__ import annotations

import re

from khulasa.model import Digest, Figure, Span, Story, Storyline, Track
from khulasa.render.labels import (
    DIFFER,
    MEASURES,
    OWN_VOICE,
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
from khulasa.render.tracked import tracked_groups

# & and < > so no renderer passes raw HTML or an entity through; ~ for strikethrough (GFM)
_MD_SPECIAL = re.compile(r"([\\`*{}\[\]<>#|&~]|(?<!\w)_|_(?!\w))")
# a list marker at the start of a list item's text would open a list inside it
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])")
_BULLET_START = re.compile(r"^([-+])")
_TICKS = re.compile(r"`+")


def _md(text: str, prose: bool = True) -> str:
    """Text that renders as itself: one line, Markdown and HTML syntax escaped. Escaping comes
    first, so the backslash of a written-out control (\\x1b) is not doubled."""
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    text = _BULLET_START.sub(r"\\\1", _ORDERED_START.sub(r"\1\\\2", text))
    return visible(text, prose=prose)


def _code(text: str, cell: bool = False) -> str:
    """A code span (rendered literally) around metadata: its fence is longer than any backtick
    run inside, and it is one line. In a table cell a | still ends the cell, even in code (GFM),
    so it is escaped there; GFM removes that backslash before the span is read."""
    text = visible(text)
    fence = "`" * (max((len(m) for m in _TICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    if cell:
        text = text.replace("|", "\\|")
    return f"{fence}{pad}{text}{pad}{fence}"


def _label(result: Digest, article_id: str) -> str:
    a = result.article(article_id)
    return f"{a.source} · {a.id}" if a.source else a.id


def _cite(span: Span, cell: bool = False) -> str:
    return _code(f"{span.article} {span.start}:{span.end}", cell)


TIMELINE_MAX = 25
ALSO_LEGEND = "(+ن) بعد جملة: عدد الجمل الأخرى، من المقالة نفسها أو من غيرها، التي تذكر الحدث نفسه في اليوم نفسه."


def _timeline(st) -> list[str]:
    if not st.timeline:
        return []
    shown = st.timeline[:TIMELINE_MAX]
    out = ["", "### الخط الزمني", ""]
    if any(e.also for e in shown):
        out += [ALSO_LEGEND, ""]
    for e in shown:
        when = days(e.first, e.last)
        more = f" (+{len(e.also)})" if e.also else ""
        out.append(f"- **{when}** ({_md(e.when)}): {_md(e.text)} — {_cite(e.span)}{more}")
    if len(st.timeline) > TIMELINE_MAX:
        rest = counted(len(st.timeline) - TIMELINE_MAX, "حدث")
        out.append(f"- … و{rest} بعدها، في مخرجات JSON وHTML")
    return out


def _value(f) -> str:
    """One value with its source and date, kept together on one line of the cell."""
    said = when_label(f)
    when = f" ({_md(said)})" if said else ""
    written = source_written(f)
    note = f" («{_md(written, prose=False)}»)" if written else ""  # the words as the article writes them
    return f"{_md(value_label(f))} — {_md(source_label(f), prose=False)}{note}{when} {_cite(f.span, cell=True)}"


def _claims_table(st) -> list[str]:
    if not st.claims:
        return []
    header = "| ما يُعدّ | القيم ومصادرها | الأدنى / الأرجح / الأعلى | التوافق |"
    out = ["", "### الأرقام ومصادرها", "", header, "|---|---|---|---|"]
    for c in st.claims:
        what = MEASURES.get(c.measure, c.measure)
        detail = "، ".join(x for x in (c.subject, c.place) if x)
        values = "<br>".join(_value(st.figures[i]) for i in c.figures)
        span = claim_span(c)
        if c.conservative is not None and not c.agree:
            f = st.figures[c.conservative]
            span += f" (الأكثر تحفظا: {_md(value_label(f))} — {_md(source_label(f), prose=False)})"
        what_cell = _md(what) + (f" ({_md(detail)})" if detail else "")
        out.append(f"| {what_cell} | {values} | {span} | {DIFFER[c.differ]} |")
    return out


TRACKED_HEADING = "### أرقام أخرى في القصة"
TRACKED_NOTE = "أصوات ومقاعد ومبالغ وأسعار ونتائج: لا تُعدّ مع الضحايا، ولكل منها كلمات جملتها حولها."


def _tracked(st: Story, texts: dict[str, str]) -> list[str]:
    """The story's figures other than people, by measure, each in the words around it."""
    groups = tracked_groups(st.figures, texts)
    if not groups:
        return []
    out = ["", TRACKED_HEADING, "", TRACKED_NOTE, ""]
    for measure, shown in groups:
        out.append(f"- **{_md(MEASURES.get(measure, measure))}**")
        for c in shown:
            f = st.figures[c.figure]
            when = when_label(f)
            said = f"{_md(c.before)} **{_md(f.quote)}** {_md(c.after)}".strip()
            out.append(
                f"  - {_md(source_label(f), prose=False)}" + (f" ({_md(when)})" if when else "")
                + f": «{said}» {_cite(f.span)}"
            )
    return out


def _tracks(figures: list[Figure], tracks: list[Track]) -> list[str]:
    """Each tracked quantity (of a story or a storyline: ``tracks`` index ``figures``): per
    source, its values in the order of their days, cited."""
    if not tracks:
        return []
    out = ["", "### تتبع الأرقام", ""]
    for t in tracks:
        what = MEASURES.get(t.measure, t.measure) + (f" ({t.place})" if t.place else "")
        notes = []
        if t.updates:
            notes.append(counted(t.updates, "تحديث"))
        if t.conflicts:
            notes.append(counted(t.conflicts, "يوم", "gen") + " بأرقام متعارضة")
        out.append(f"- **{_md(what)}**" + (f" ({_md('، '.join(notes))})" if notes else ""))
        for s in t.series:
            steps = " ← ".join(
                f"{_md(value_label(figures[p.figure]))} ({p.day.isoformat()}) {_cite(figures[p.figure].span)}"
                for p in s.points
            )
            out.append(f"  - {_md(s.source or OWN_VOICE)}: {steps}")
    return out


def _storyline(line: Storyline, size: dict[str, int], events: dict[str, str]) -> list[str]:
    """A storyline of several events: what it is, its dated digest, its events in time order
    (each pointing to its section below) and the tracker of what moves across its events.
    Its claims are left to its events' tables: the tracker already lines up, by source and day,
    every quantity that recurs across events, and a storyline's whole table (a hundred rows for
    the Ghouta offensive) would repeat its events' tables in one long list. Its timeline too is
    its events' timelines, each in its event's section."""
    articles = sum(size.get(h.story, 0) for h in line.events)
    out = ["", f"## {_md(line.title, prose=False)}", ""]
    out.append(
        f"المسار {_code(line.id)}: {counted(len(line.events), 'حدث')}، {counted(articles, 'مقالة')}،"
        f" {days(line.first, line.last)}"
    )
    if line.digest:
        out += ["", "### ما جرى", ""]
        for h in line.digest:
            if h.summary is not None:
                out.append(f"- **{days(h.first, h.last)}** — {_md(h.summary.text)} — {_cite(h.summary.span)}")
    out += ["", "### الأحداث", ""]
    stated = in_digest(line)
    for h in line.events:
        out.append(
            f"- **{days(h.first, h.last)}** {_md(h.title, prose=False)} — الحدث {_code(h.story)}"
            f" ({counted(size.get(h.story, 0), 'مقالة')})"
        )
        if h.summary is not None and h.story not in stated:
            out.append(f"  - {_md(h.summary.text)} — {_cite(h.summary.span)}")
    shown, within = across_events(line, events)
    tracker = _tracks(line.figures, shown)
    note = within_note(shown, within)
    if note:
        tracker = (tracker or ["", "### تتبع الأرقام", ""]) + [f"- {note}"]
    return out + tracker


def _single_events(lines: list[Storyline]) -> list[str]:
    """Storylines of one event, one line each: the event's section holds all they would show."""
    if not lines:
        return []
    out = ["", "## مسارات من حدث واحد", "", "كل مسار هنا حدث واحد: ملخصه وأرقامه في قسمه أدناه.", ""]
    for line in lines:
        h = line.events[0]
        out.append(f"- **{days(h.first, h.last)}** {_md(h.title, prose=False)} — الحدث {_code(h.story)}")
    return out


def _belongs(st: Story, where: dict[str, Membership]) -> list[str]:
    """The line under a story's title: the event's id, days and storyline."""
    m = where.get(st.id)
    if m is None:
        return []
    if spans_events(m.line):
        line = (f"المسار: «{_md(m.line.title, prose=False)}» ({_code(m.line.id)})، الحدث {m.position}"
                f" من {len(m.line.events)}")
    else:
        line = "مسار من هذا الحدث وحده"
    return [f"الحدث {_code(st.id)} · {days(m.happening.first, m.happening.last)} · {line}", ""]


def to_markdown(result: Digest) -> str:
    lines: list[str] = []
    n_multi = sum(1 for s in result.stories if len(s.articles) > 1)
    lines.append("# خلاصة")
    lines.append("")
    lines.append(
        f"{counted(len(result.articles), 'مقالة')} في {counted(len(result.stories), 'قصة', 'gen')}"
        f" (من أكثر من مقالة: {n_multi})"
        + (f"، في {counted(len(result.storylines), 'مسار', 'gen')}" if result.storylines else "")
        + (f" · لم تُقرأ: {counted(len(result.skipped), 'مدخل')}" if result.skipped else "")
    )
    size = {st.id: len(st.articles) for st in result.stories}
    events = event_of(result)
    for line in result.storylines:
        if spans_events(line):
            lines.extend(_storyline(line, size, events))
    lines.extend(_single_events([line for line in result.storylines if not spans_events(line)]))
    where = memberships(result)
    texts = {a.id: a.text for a in result.articles}
    for st in result.stories:
        lines.append("")
        lines.append(f"## {_md(st.title, prose=False)}")
        lines.append("")
        lines.extend(_belongs(st, where))
        sources = "، ".join(_code(_label(result, a)) for a in st.articles)
        lines.append(f"المصادر ({counted(len(st.articles), 'مقالة')}): {sources}")
        lines.append("")
        for e in st.digest:
            lines.append(f"- {_md(e.text)} — {_cite(e.span)}")
        lines.extend(_claims_table(st))
        lines.extend(_tracked(st, texts))
        lines.extend(_tracks(st.figures, st.tracks))
        lines.extend(_timeline(st))
    if result.skipped:
        lines.append("")
        lines.append("## لم تُقرأ (skipped)")
        lines.append("")
        for s in result.skipped:
            lines.append(f"- {_code(s.where)}: {_md(s.reason, prose=False)}")
    return "\n".join(lines) + "\n"
