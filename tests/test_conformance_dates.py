"""Duckling's Arabic time corpus (its date rows; clock times are not a target), run through
khulasa.dates with Duckling's forward reading. The rate is printed; work in progress toward
the 90 % the dates issue asks for (met for Duckling; Recognizers-Text comes next)."""
from .conformance import duckling_date_case, duckling_date_ok, rows

FLOOR = 0.9  # the dates issue asks for 90 %; raised as coverage grows, never lowered


def test_duckling_date_rows(record_property):
    cases = [r for r in rows("duckling_ar_time.tsv") if duckling_date_case(r)]
    failures = {}
    for r in cases:
        ok, why = duckling_date_ok(r)
        if not ok:
            failures[r["text"]] = (r["expected_iso"][:10], why)
    rate = 1 - len(failures) / len(cases)
    print(f"\nDuckling AR date rows: {len(cases) - len(failures)}/{len(cases)} = {rate:.1%}")
    for text, (want, why) in failures.items():
        print(f"  not yet: {text} -> want {want}, {why}")
    record_property("duckling_dates_rate", rate)
    assert rate >= FLOOR
