"""The JSON API against its own OpenAPI schema (schemathesis, in process over ASGI): whatever
the generated parameters, valid for the schema or not, no response is a 5xx; over the seeds'
store and over the store of a storyline of three events (test_serve_storylines), whose
storyline ids are few and small, so that generated ids find them.
``KHULASA_SERVE_FUZZ_EXAMPLES`` sets the examples per operation and mode (default a few, which
keeps this file within a few seconds; schemathesis's pytest plugin is not used: it does not
run under this pytest)."""
from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from .test_serve import shared_app
from .test_serve_storylines import shared_line_app

EXAMPLES = int(os.environ.get("KHULASA_SERVE_FUZZ_EXAMPLES", "3"))
APPS = {"seeds": shared_app, "storyline": shared_line_app}


@pytest.fixture(scope="module", params=list(APPS))
def api_schema(request, tmp_path_factory):
    return schemathesis.openapi.from_asgi("/api/openapi.json", APPS[request.param](tmp_path_factory))


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_no_request_is_a_server_error(api_schema, mode):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 8
    assert {"/api/stories", "/api/search", "/api/storylines/{storyline_id}"} <= {op.path for op in operations}
    if mode == GenerationMode.NEGATIVE:
        # an article id is any text: no request breaks that operation's schema
        operations = [op for op in operations if op.path != "/api/articles/{article_id}"]
    seen: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case) -> None:
            response = case.call()
            seen.append(response.status_code)
            assert response.status_code < 500, (case.path, case.path_parameters, case.query, response.text[:300])

        run()
    assert len(seen) >= len(operations)
