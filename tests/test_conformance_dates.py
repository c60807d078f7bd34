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
    from .conformance import known_failures

    listed = known_failures("known_failures_dates_duckling.tsv")
    assert set(failures) <= set(listed), sorted(set(failures) - set(listed))


def test_recognizers_date_rows(record_property):
    """Recognizers-Text's Arabic date and date-range rows (those checked in .NET): extractor rows
    need the expected text found, parser rows the start of its past resolution."""
    from .conformance import known_failures, recognizers_date_case, recognizers_date_ok

    cases = [r for r in rows("recognizers_ar_datetime.tsv") if recognizers_date_case(r)]
    failures = {}
    for r in cases:
        ok, why = recognizers_date_ok(r)
        if not ok:
            failures[f"{r['spec']}|{r['input'].strip()}"] = why
    rate = 1 - len(failures) / len(cases)
    print(f"\nRecognizers-Text AR date rows: {len(cases) - len(failures)}/{len(cases)} = {rate:.1%}")
    listed = known_failures("known_failures_dates.tsv")
    for key in sorted(failures):
        print(f"  known failure: {key} -> {listed.get(key, failures[key])}")
    record_property("recognizers_dates_rate", rate)
    assert rate >= 0.9
    assert set(failures) <= set(listed), sorted(set(failures) - set(listed))
