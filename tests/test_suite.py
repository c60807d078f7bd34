"""The suite's own habits."""


def test_every_test_that_reads_the_corpus_is_marked(request):
    # `-m "not corpus"` must be a run without the ANT corpus: a test reaching it through a
    # fixture carries the mark even when its author forgot it
    for item in request.session.items:
        if "ant_rows" in getattr(item, "fixturenames", ()):
            assert item.get_closest_marker("corpus") is not None, item.nodeid
