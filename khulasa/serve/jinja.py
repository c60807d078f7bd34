"""The pages' Jinja2 templates (``templates/``), autoescaped, with the filters they use."""
from __future__ import annotations

from functools import cache
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader

from khulasa.render.labels import MEASURES, OWN_VOICE, amount, counted, value_label


def value_text(row: dict) -> str:
    """A figure (its JSON) as a reader reads it: نحو 1,250، أكثر من 7,000."""
    return value_label(SimpleNamespace(**{k: row.get(k) for k in ("value", "low", "high", "bound", "approx", "unit")}))


def _day(iso: str | None) -> str:
    return iso[:10] if iso else ""


def _by_month(entries: list[dict]) -> list[tuple[str, list[dict]]]:
    """Dated entries (in date order) by the month of their first day (YYYY-MM), in order."""
    months: dict[str, list[dict]] = {}
    for e in entries:
        months.setdefault((e.get("first") or "")[:7] or "?", []).append(e)
    return list(months.items())


def _query(params: dict, **change: Any) -> str:
    """The query string of ``params`` with ``change`` applied, empty values left out."""
    merged = {**params, **change}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("khulasa.serve", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters.update({
        "measure": lambda m: MEASURES.get(m, m), "value": value_text, "day": _day,
        "segment": lambda s: quote(str(s), safe=""), "amount": amount,
        "count": counted, "who": lambda s: s or OWN_VOICE, "by_month": _by_month,
    })
    env.globals.update({"query": _query, "MEASURES": MEASURES})
    return env


def render(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
