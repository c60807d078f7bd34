"""The figures as files to download: CSV (provenance columns first) and JSON."""
from __future__ import annotations

import csv
import io
import json

from fastapi.responses import Response

from khulasa.serve.vocab import CSV_COLUMNS, csv_row

# a cell a spreadsheet would run as a formula (=, +, -, @, and a tab or return before one):
# article text is not trusted, so such a text cell is written after an apostrophe
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(v: object) -> object:
    return f"'{v}" if isinstance(v, str) and v.startswith(_FORMULA) else v


def csv_response(rows: list[dict]) -> Response:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for row in rows:
        w.writerow([_cell(v) for v in csv_row(row)])
    return Response(
        out.getvalue(), media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="khulasa-figures.csv"'},
    )


def json_response(doc: dict) -> Response:
    return Response(
        json.dumps(doc, ensure_ascii=False, allow_nan=False), media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="khulasa-figures.json"'},
    )
