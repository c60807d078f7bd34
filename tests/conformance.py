"""Running the peers' Arabic numeral suites (../shared/conformance) through khulasa.numbers."""
from __future__ import annotations

import csv
import math
import re
from pathlib import Path

from khulasa.arabic.numbers import find, parse

from .conftest import SHARED

CONFORMANCE = SHARED / "conformance"


def rows(name: str) -> list[dict]:
    with open(CONFORMANCE / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def duckling_ok(row: dict) -> tuple[bool, str]:
    got = parse(row["text"])
    return close(got, float(row["expected_value"])), f"parse -> {got}"


def recognizers_checked(row: dict) -> bool:
    return row["ignore_resolution"].strip().lower() != "true" and "dotnet" not in row["not_supported"].lower()


def _range(value: str) -> tuple[float | None, float | None] | None:
    m = re.match(r"^[\[(]([^,]*),([^\])]*)[\])]$", value.strip())
    if not m:
        return None
    try:
        lo, hi = m.group(1).strip(), m.group(2).strip()
        return (float(lo) if lo else None, float(hi) if hi else None)
    except ValueError:
        return None


def _as_range(m) -> tuple[float | None, float | None]:
    if m.low is not None or m.high is not None:
        return m.low, m.high
    if m.bound == "min":
        return m.value, None
    if m.bound == "max":
        return None, m.value
    return m.value, m.value


def recognizers_ok(row: dict) -> tuple[bool, str]:
    model, text, expected = row["model"], row["input"], row["value"].strip()
    found = find(text)
    shown = [(m.text, m.value, m.low, m.high, m.bound, m.kind, m.relative) for m in found]
    if model == "NumberModel":
        nums = [m for m in found if m.kind != "ordinal"]
        if row["type"] == "NO_MATCH":
            return not nums, f"{shown}"
        try:
            want = float(expected)
        except ValueError:
            return False, f"unreadable expected value {expected!r}"
        return any(close(m.value, want) and row["match_text"].strip() in m.text for m in nums), f"{shown}"
    if model == "PercentModel":
        pct = [m for m in found if m.kind == "percent"]
        if row["type"] == "NO_MATCH":
            return not pct, f"{shown}"
        try:
            want = float(expected.rstrip("%"))
        except ValueError:
            return False, f"unreadable expected value {expected!r}"
        return any(close(m.value, want) for m in pct), f"{shown}"
    if model == "NumberRangeModel":
        ranged = [m for m in found if m.kind != "ordinal" and (m.bound or m.low is not None or m.high is not None)]
        if row["type"] == "NO_MATCH":
            return not ranged, f"{shown}"
        parsed = _range(expected)
        if parsed is None:
            return False, f"unreadable expected value {expected!r}"
        lo, hi = parsed
        return any(close(a, lo) and close(b, hi) for a, b in map(_as_range, ranged)), f"{shown}"
    if model in ("OrdinalModel", "OrdinalModelSuppressExtendedTypes"):
        ords = [m for m in found if m.kind == "ordinal"]
        if model == "OrdinalModelSuppressExtendedTypes":
            ords = [m for m in ords if m.relative is None]
        if row["type"] == "NO_MATCH":
            return not ords, f"{shown}"
        if re.match(r"^-?\d+(\.\d+)?(E-?\d+)?$", expected):
            return any(close(m.value, float(expected)) for m in ords), f"{shown}"
        return any(m.relative == expected for m in ords), f"{shown}"
    raise ValueError(model)


def known_failures(name: str) -> dict[str, str]:
    path = Path(__file__).parent / "data" / name
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, reason = line.partition("\t")
            out[key] = reason
    return out


# ---------------------------------------------------------------- dates

DUCKLING_GRAINS = {"Day": "day", "Week": "week", "Month": "month", "Year": "year"}


def duckling_date_case(row: dict) -> bool:
    """A Duckling time row about a date (not a clock time), positive."""
    return row["polarity"] == "positive" and row["grain"] in DUCKLING_GRAINS


def duckling_date_ok(row: dict) -> tuple[bool, str]:
    """Duckling resolves forward from its reference time and gives the start of the period;
    khulasa's value must start on that day, at that grain or as an interval starting there."""
    from datetime import date, datetime

    from khulasa.dates import parse

    ref = datetime.fromisoformat(row["reference_time"])
    got = parse(row["text"], ref, prefer="future")
    want = date.fromisoformat(row["expected_iso"][:10])
    grain = DUCKLING_GRAINS[row["grain"]]
    ok = got is not None and got.first == want and (got.grain == grain or got.grain == "interval" or grain == "day")
    return ok, f"parse -> {got}"


RECOGNIZERS_DATE_TYPES = {"date", "daterange", "datetimeV2.date", "datetimeV2.daterange"}


def recognizers_date_case(row: dict) -> bool:
    return recognizers_checked(row) and row["type"] in RECOGNIZERS_DATE_TYPES


def _reference(row: dict):
    from datetime import datetime

    ref = row["reference"].strip()
    if not ref:
        return datetime(2016, 11, 7)
    return datetime.fromisoformat(ref[:19])


def recognizers_date_ok(row: dict) -> tuple[bool, str]:
    """Extractor rows: a match must cover the expected text. Parser rows: the past resolution's
    first day must be the start of the value found for that text."""
    import json as _json
    from datetime import date

    from khulasa.dates import find

    text, want_text = row["input"], row["match_text"].strip()
    # the suite gives each row's past reading whatever its verb (سأعود): tense is not followed
    found = find(text, _reference(row), follow_tense=False)
    shown = [(m.text, m.value) for m in found]
    overlapping = [m for m in found if want_text and (want_text in m.text or m.text in want_text)]
    if "Extractor" in row["spec"]:
        return bool(overlapping), f"{shown}"
    try:
        past = _json.loads(row["past"]) if row["past"].strip().startswith("{") else {}
    except ValueError:
        past = {}
    first = past.get("date") or (past.get("startDate") if isinstance(past, dict) else None)
    if not first or first.startswith("0001"):
        return bool(overlapping), f"{shown}"
    want = date.fromisoformat(first[:10])
    return any(m.value is not None and m.value.first == want for m in overlapping), f"{shown}"
