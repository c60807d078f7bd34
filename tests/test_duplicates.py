"""Copy detection: MinHash and LSH at scale, exact shingle sets for a small input."""
from __future__ import annotations

import pytest

from khulasa.analyse.fingerprint import fingerprint
from khulasa.grouping.copies import EXACT_MAX, THRESHOLD, Print, find_copies
from khulasa.read import read_paths


def _jaccard(a, b) -> float:
    x, y = fingerprint(a.text, exact=True)[1], fingerprint(b.text, exact=True)[1]
    return len(x & y) / len(x | y)


@pytest.mark.corpus
def test_small_inputs_compare_shingles_exactly_and_agree_with_minhash(ant_slice):
    articles, _ = read_paths([ant_slice])
    by_id = {a.id: a for a in articles}
    both = differ = 0
    for i in range(0, len(articles), EXACT_MAX):
        window = articles[i:i + EXACT_MAX]
        estimated = find_copies([Print(a.id, a.published, *fingerprint(a.text)) for a in window])
        exact = find_copies([Print(a.id, a.published, *fingerprint(a.text, exact=True)) for a in window])
        both += len(exact.items() & estimated.items())
        for copy, original in exact.items() - estimated.items():
            differ += 1  # a pair the estimate put under the threshold or the bands missed
            assert _jaccard(by_id[copy], by_id[original]) >= THRESHOLD
        for copy, original in estimated.items() - exact.items():
            differ += 1  # the estimate over the threshold, the sets under it
            assert _jaccard(by_id[copy], by_id[original]) < THRESHOLD
    assert both > 50  # France24 files many articles twice
    assert differ <= both * 0.05
