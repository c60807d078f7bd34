"""A story, a storyline and an article, as the API gives them and the pages show them."""
from __future__ import annotations

from khulasa.model import Article, Digest, Story, Storyline
from khulasa.render.json import to_dict
from khulasa.serve import queries
from khulasa.serve.catalogue import Catalogue, FigureRow, StoryInfo, day_of
from khulasa.serve.marks import Mark, marked
from khulasa.serve.reader import Snapshot
from khulasa.serve.views import NotFound, headline, live_story, live_storyline
from khulasa.serve.vocab import SCHEMA, figure_row, iso
from khulasa.store.errors import boundary
from khulasa.store.rows import article_of

# articles a storyline's digest, figures, claims, tracks and timeline are read from at most: the
# events are taken most covered first while they fit (the others are listed with their days and
# titles). The largest storyline of the whole ANT corpus, 141 events and 916 articles, takes 2.4 s
# on its first visit (docs/serve.md)
STORYLINE_ARTICLES = 1500
LOG_FIELDS = ("at", "kind", "storyline", "other", "story", "reason")


def story(snap: Snapshot, story_id: int) -> dict:
    """A story with its digest, figures, claims, tracks, timeline and articles (``stories[]``
    and ``articles[]`` of the JSON output), plus its size, outlets, dates and headline figure."""
    return story_and_model(snap, story_id)[0]


def story_and_model(snap: Snapshot, story_id: int) -> tuple[dict, Story]:
    """``story`` and the Story it is the JSON of (the page draws its tracks from it)."""
    current = live_story(snap, story_id)
    c = snap.catalogue()
    info = c.stories.get(current)
    if info is None:
        raise NotFound(f"no story {story_id}")
    st, by_id = snap.story(current, info.title)
    doc = to_dict(Digest(articles=list(by_id.values()), skipped=[], stories=[st]))
    body = doc["stories"][0]
    top = headline(c, current)
    body.update({
        "level": "story", "size": info.size, "outlets": c.outlets_of(current), "first": iso(info.first),
        "last": iso(info.last), "headline": figure_row(c, top) if top is not None else None,
        "storyline": str(info.storyline) if info.storyline in c.storylines else None,
    })
    for row in doc["articles"]:
        row["story"] = current
    view = {"schema": SCHEMA, "generator": doc["generator"], "level": "story", "story": body,
            "articles": doc["articles"]}
    return view, st


def storyline(snap: Snapshot, line_id: int) -> tuple[dict, Storyline]:
    """A storyline (``storylines[]`` of the JSON output: its events in time order, each with its
    one-line summary, its dated digest, figures, claims, tracks and timeline) with its articles,
    its size and outlets, and its log (the merges that made it, with their reasons). Its
    digest and figures are read from its most covered events, up to ``STORYLINE_ARTICLES``
    articles (``digested`` says how many events and articles); every event is listed."""
    current = live_storyline(snap, line_id)
    c = snap.catalogue()
    info = c.storylines.get(current)
    if info is None:
        raise NotFound(f"no storyline {line_id}")
    events = [c.stories[s] for s in c.events.get(current, ()) if s in c.stories]
    log = [dict(zip(LOG_FIELDS, row)) for row in queries.storyline_log(snap.store.db, current)]
    chosen = _most_covered(events, STORYLINE_ARTICLES)
    # the slow part last: no statement of the request runs after it
    line, by_id, story_of = snap.storyline(current, [(s.id, s.title) for s in events if s.id in chosen])
    doc = to_dict(Digest(articles=list(by_id.values()), skipped=[], stories=[], storylines=[line]))
    body = doc["storylines"][0]
    body["events"] = _events(c, events, body["events"])
    days = [d for e in body["events"] for d in (e["first"], e["last"]) if d]
    body.update({
        # the stored title, as the listings give it (the stage titles the events it was read from)
        "title": info.title or body["title"],
        "level": "storyline", "first": min(days, default=None), "last": max(days, default=None),
        "size": sum(s.size for s in events), "outlets": c.outlets_of(*(s.id for s in events)),
        "digested": {"events": len(chosen), "size": len(by_id)},
    })
    for row in doc["articles"]:
        row["story"] = story_of.get(row["id"])
    view = {"schema": SCHEMA, "generator": doc["generator"], "level": "storyline", "storyline": body,
            "articles": doc["articles"], "log": log}
    return view, line


def _most_covered(events: list[StoryInfo], budget: int) -> set[int]:
    """The events to read a storyline from: the most covered first, each that fits in ``budget``
    articles (the most covered one always)."""
    chosen: set[int] = set()
    total = 0
    for s in sorted(events, key=lambda s: (-s.size, s.first or 0.0, s.id)):
        if not chosen or total + s.size <= budget:
            chosen.add(s.id)
            total += s.size
    return chosen


def _events(c: Catalogue, events: list[StoryInfo], happenings: list[dict]) -> list[dict]:
    """Every event of a storyline in time order (its first day, then its story id): as the
    storyline stage lists the digested ones (days from their articles' anchors, title, one-line
    summary), the others with their publication days and no summary; each with its size and
    outlets."""
    known = {h["story"]: h for h in happenings}
    rows = []
    for s in events:
        h = known.get(str(s.id)) or {
            "story": str(s.id), "first": _day(s.first), "last": _day(s.last), "title": s.title, "summary": None,
        }
        rows.append({**h, "size": s.size, "outlets": c.outlets_of(s.id), "digested": str(s.id) in known})
    return sorted(rows, key=lambda h: (h["first"] is None, h["first"] or "", int(h["story"])))


def _day(t: float | None) -> str | None:
    d = day_of(t)
    return d.isoformat() if d is not None else None


def article(snap: Snapshot, article_id: str) -> tuple[dict, Article, list[Mark]]:
    """An article (the JSON output's article fields, its text, story, figures, dates and the
    sentences its story quotes), the article itself and its marks."""
    row = queries.article(snap.store.db, article_id)
    if row is None:
        raise NotFound(f"no article {article_id!r}")
    story_id = row[0]
    with boundary(snap.store.path):
        a, figures = article_of(row[2:])
    c = snap.catalogue()
    quoted = _quoted(snap, story_id, a.id) if story_id in c.stories else []
    dates: list[dict] = [
        {"start": s.start + d.start, "end": s.start + d.end, "text": d.text,
         "first": d.value.first.isoformat() if d.value else None, "last": d.value.last.isoformat() if d.value else None}
        for s in a.sentences for d in (s.dates or ())
    ]
    marks = [Mark(f.start, f.end, "f") for f in figures] + [Mark(int(d["start"]), int(d["end"]), "d") for d in dates]
    marks += [Mark(q["start"], q["end"], "q") for q in quoted]
    rows = {r.figure.start: r for r in c.figures_of.get(row[1], ())}
    doc = {
        "schema": SCHEMA, "id": a.id, "title": a.title, "source": a.source, "url": a.url,
        "published": a.published.isoformat() if a.published else None, "chars": a.chars,
        "duplicate_of": a.duplicate_of, "story": story_id if story_id in c.stories else None,
        "text": a.text,
        "figures": [figure_row(c, rows.get(f.start) or FigureRow(row[1], f, None, "")) for f in figures],
        "dates": dates, "quoted": quoted,
    }
    return doc, a, marks


def _quoted(snap: Snapshot, story_id: int, article_id: str) -> list[dict]:
    """The sentences of the article its story's digest and timeline quote."""
    st, _ = snap.story(story_id, snap.catalogue().stories[story_id].title)
    return _sentences_of(st, article_id)


def _sentences_of(st: Story, article_id: str) -> list[dict]:
    found: dict[tuple[int, int], dict] = {}
    for e in st.digest:
        if e.article == article_id:
            found.setdefault((e.start, e.end), {"start": e.start, "end": e.end, "in": []})["in"].append("digest")
    for ev in st.timeline:
        if ev.article == article_id:
            found.setdefault((ev.start, ev.end), {"start": ev.start, "end": ev.end, "in": []})["in"].append("timeline")
    return sorted(found.values(), key=lambda q: q["start"])


def text_marked(a: Article, marks: list[Mark]):
    return marked(a.text, marks)
