"""What a figure track shows, for the report and the workbench alike: what it follows, its
step chart with every point linked to its quote, what changed, and a legend line per source
with its style and latest value. Each caller gives its own link to a figure's quote."""
from __future__ import annotations

from collections.abc import Callable

from khulasa.model import Figure, Track
from khulasa.render.labels import MEASURES, OWN_VOICE, counted, value_label
from khulasa.render.step_chart import step_chart, style


def track_view(t: Track, figures: list[Figure], link: Callable[[Figure], str]) -> dict:
    """The parts of one track; texts from the input (subject, place, source) as they are, for
    the caller to escape or isolate as its output needs."""
    shown = {p.figure for s in t.series for p in s.points} | {s.latest for s in t.series}
    hrefs = {i: link(figures[i]) for i in shown}
    labels = {i: value_label(figures[i]) for i in shown}
    what = MEASURES.get(t.measure, t.measure)
    return {
        "claim": t.claim,
        "what": what,
        "detail": "، ".join(x for x in (t.subject, t.place) if x),
        "chart": step_chart(t, hrefs, labels, what),
        "notes": "، ".join(_notes(t)),
        "updates": t.updates,
        "conflicts": t.conflicts,
        "legend": [
            {
                "color": style(k)[0],
                "dash": style(k)[1],
                "source": s.source or OWN_VOICE,
                "latest": labels[s.latest],
                "day": next((p.day.isoformat() for p in s.points if p.figure == s.latest), None),
                "href": hrefs[s.latest],
                "quote": figures[s.latest].quote,
            }
            for k, s in enumerate(t.series)
        ],
    }


def _notes(t: Track) -> list[str]:
    notes = []
    if t.updates:
        notes.append(counted(t.updates, "تحديث"))
    if t.conflicts:
        notes.append(counted(t.conflicts, "يوم", "gen") + " بأرقام متعارضة")
    return notes
