"""khulasa serve, in process (FastAPI's TestClient): every page and API route over a small store
(the seeds and a hostile article), 404s, 400s that say what is wrong, read only, hostile text
escaped everywhere, downloads with provenance, one clear message for an unusable store."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sqlite3
import warnings
from urllib.parse import quote

import pytest

from khulasa.pipeline.ingest import ingest

from .conftest import SEEDS

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx versions
    from fastapi.testclient import TestClient

from khulasa.serve import create_app
from khulasa.store.errors import StoreError

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_ID = f'x/{IMG}'
HOSTILE_TEXT = (
    f"قال المرصد السوري لحقوق الإنسان {SCRIPT} إن 12 مدنيا قتلوا في حلب يوم السبت 10 مارس 2018. "
    f"وأضاف المرصد {IMG} أن 40 شخصا أصيبوا في القصف على حلب."
)
HOSTILE = {
    "id": HOSTILE_ID, "title": f"{SCRIPT} عنوان {IMG}", "source": f"{IMG}outlet", "url": f"javascript:{SCRIPT}",
    "published": "2018-03-10T09:00:00+00:00", "text": HOSTILE_TEXT,
}


def build_store(folder) -> object:
    """The seeds and the hostile article, ingested into a store in ``folder``."""
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "news.db"
    ingest([SEEDS, hostile], db, progress=False)
    return db


_built: dict = {}


def shared_store(tmp_path_factory):
    """The store of ``build_store``, built once for every test file of the server (they only
    read it)."""
    if "store" not in _built:
        _built["store"] = build_store(tmp_path_factory.mktemp("serve"))
    return _built["store"]


def shared_app(tmp_path_factory):
    """One application over the shared store for every test file of the server (in process,
    in the browser's server, under the fuzzer), so a story is digested once, not once a file."""
    if "app" not in _built:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _built["app"] = create_app(shared_store(tmp_path_factory))
    return _built["app"]


def client_for(db, **kw) -> TestClient:
    return TestClient(create_app(db, **kw), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return shared_store(tmp_path_factory)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(shared_app(tmp_path_factory), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def seed_story(client) -> dict:
    stories = client.get("/api/stories").json()["stories"]
    return next(s for s in stories if "الغوطة" in s["title"])


def digest_of(path: str) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


# -- pages ----------------------------------------------------------------------------------------


def test_front_page_lists_stories_right_to_left(client, seed_story):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in r.text
    assert f'href="/story/{seed_story["id"]}"' in r.text
    assert 'type="date" name="since"' in r.text and 'name="q"' in r.text
    # no external assets: nothing loaded from another origin, and the browser is told so
    assert not re.search(r'(src|href)="(https?:)?//', r.text)
    assert "script-src" not in r.headers["content-security-policy"]
    assert r.headers["content-security-policy"].startswith("default-src 'none'")
    assert client.get("/no/such/page").headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("span", ["since=0001-01-01", "until=9999-12-31", "since=9999-12-31&until=9999-12-31"])
def test_the_ends_of_the_calendar_are_days_like_any_other(client, span):
    for path in ("/", "/api/stories", "/api/figures", "/search?q=الغوطة"):
        assert client.get(f"{path}{'&' if '?' in path else '?'}{span}").status_code == 200, (path, span)


def test_front_page_takes_a_span_and_an_outlet(client):
    r = client.get("/api/stories", params={"since": "2018-03-10", "until": "2018-03-10"})
    assert r.status_code == 200
    body = r.json()
    assert body["level"] == "story" and body["since"] == "2018-03-10"
    assert body["articles"] == sum(s["size"] for s in body["stories"]) and body["store"]["articles"] == 6
    assert all(set(s) >= {"id", "title", "size", "outlets", "first", "last", "headline"} for s in body["stories"])
    only = client.get("/api/stories", params={"outlet": HOSTILE["source"]}).json()["stories"]
    assert [s["outlets"] for s in only] == [[HOSTILE["source"]]]


def test_search_groups_hits_by_story(client, seed_story):
    r = client.get("/search", params={"q": "الغوطة"})
    assert r.status_code == 200
    assert f'href="/story/{seed_story["id"]}"' in r.text
    body = client.get("/api/search", params={"q": "الغوطة"}).json()
    assert body["groups"][0]["story"]["id"] == seed_story["id"]
    assert body["groups"][0]["articles"] >= 1
    # filters: a measure no story of the hits states, a span before everything
    assert client.get("/api/search", params={"q": "الغوطة", "measure": "aid", "since": "1990-01-01",
                                             "until": "1990-01-02"}).json()["groups"] == []
    # figures are searched by their source
    hits = client.get("/api/search", params={"q": "المرصد السوري"}).json()
    assert hits["figures"] >= 1


def test_story_page_links_each_value_to_its_quote(client, seed_story):
    r = client.get(f"/story/{seed_story['id']}")
    assert r.status_code == 200
    links = re.findall(r'<a class="value" href="(/article/[^"#]+)#f-(\d+)-(\d+)" data-quote="([^"]*)"', r.text)
    assert links
    api = client.get(f"/api/stories/{seed_story['id']}").json()
    story = api["story"]
    assert set(story) >= {"id", "title", "articles", "digest", "figures", "claims", "timeline", "level"}
    assert story["digest"] and story["claims"] and story["timeline"]
    for path, start, end, _ in links[:5]:
        article = client.get("/api" + path.replace("/article/", "/articles/", 1)).json()
        f = next(f for f in article["figures"] if (f["start"], f["end"]) == (int(start), int(end)))
        assert article["text"][int(start):int(end)] == f["quote"]
    for e in story["digest"]:
        assert f"#q-{e['start']}-{e['end']}" in r.text


def test_story_page_draws_each_track_with_links_to_its_quotes(client, seed_story):
    """The story's tracks (``stories[].tracks`` of the JSON) drawn by the report's step chart:
    one svg per track, each point and each source's latest value linked to its quote's span on
    the article page, and what changed (updates, conflicting days) said."""
    story = client.get(f"/api/stories/{seed_story['id']}").json()["story"]
    tracks, figures = story["tracks"], story["figures"]
    assert tracks and all(set(t) >= {"claim", "measure", "series", "days", "updates", "conflicts"} for t in tracks)
    assert {t["claim"] for t in tracks} <= {c["id"] for c in story["claims"]}
    page = client.get(f"/story/{seed_story['id']}").text
    figs = re.findall(r'<figure class="track" id="track-([^"]+)">(.*?)</figure>', page, re.S)
    assert [claim for claim, _ in figs] == [t["claim"] for t in tracks]
    texts: dict[str, str] = {}
    pages: dict[str, str] = {}
    for (_, html), t in zip(figs, tracks):
        assert html.count('<svg class="track"') == 1
        points = re.findall(r'<a href="(/article/[^"#]+)#f-(\d+)-(\d+)"><circle', html)
        wanted = [figures[p["figure"]] for s in t["series"] for p in s["points"] if p["value"] is not None]
        assert sorted(points) == sorted((f"/article/{quote(f['article'], safe='')}", str(f["start"]), str(f["end"]))
                                        for f in wanted)
        legend = re.findall(r'<a class="latest" href="(/article/[^"#]+)#f-(\d+)-(\d+)"', html)
        assert len(legend) == len(t["series"])
        for path, start, end in points + legend:
            if path not in texts:
                texts[path] = client.get("/api" + path.replace("/article/", "/articles/", 1)).json()["text"]
                pages[path] = client.get(path).text
            assert texts[path][int(start):int(end)] in {f["quote"] for f in figures}
            assert f'id="f-{start}-{end}"' in pages[path]  # the span is marked on its page
        if t["updates"]:
            assert "تحديث" in html
        if t["conflicts"]:
            assert "متعارضة" in html


def test_article_page_highlights_every_quoted_span(client, seed_story):
    api = client.get(f"/api/stories/{seed_story['id']}").json()
    figure = api["story"]["figures"][0]
    r = client.get(f"/article/{quote(figure['article'], safe='')}")
    assert r.status_code == 200
    mark = re.search(rf'<mark class="f" id="f-{figure["start"]}-{figure["end"]}">([^<]*)</mark>', r.text)
    assert mark and mark.group(1) == figure["quote"]
    assert '<mark class="d"' in r.text and '<mark class="q"' in r.text
    body = client.get(f"/api/articles/{quote(figure['article'], safe='')}").json()
    for d in body["dates"]:
        assert body["text"][d["start"]:d["end"]] == d["text"]
    assert body["quoted"] and body["story"] == seed_story["id"]


def test_figures_explorer_filters_sorts_and_paginates(client, seed_story):
    r = client.get("/figures", params={"measure": "killed", "sort": "value"})
    assert r.status_code == 200 and "القتلى" in r.text
    body = client.get("/api/figures", params={"measure": "killed", "sort": "value", "per_page": 2}).json()
    values = [f["value"] for f in body["figures"]]
    assert body["total"] >= 2 and len(values) == 2 and values == sorted(values, reverse=True)
    assert all(f["measure"] == "killed" for f in body["figures"])
    second = client.get("/api/figures", params={"measure": "killed", "sort": "value", "per_page": 2, "page": 2})
    assert second.json()["figures"] != body["figures"]
    story = client.get("/api/figures", params={"story": seed_story["id"]}).json()
    assert story["total"] >= 1 and {f["story"] for f in story["figures"]} == {seed_story["id"]}
    place = client.get("/api/figures", params={"place": "حلب"}).json()
    assert place["total"] >= 1 and all("حلب" in f["place"] for f in place["figures"])


@pytest.mark.parametrize("path", ["/figures.csv", "/api/figures?format=csv"])
def test_csv_download_carries_provenance(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and list(rows[0])[:4] == ["article", "start", "end", "quote"]
    texts = {}
    for row in rows:
        if row["article"] not in texts:
            texts[row["article"]] = client.get(f"/api/articles/{quote(row['article'], safe='')}").json()["text"]
        assert texts[row["article"]][int(row["start"]):int(row["end"])] == row["quote"]


def test_json_download_carries_provenance(client):
    r = client.get("/figures.json", params={"measure": "killed"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    figures = r.json()["figures"]
    assert figures and all({"article", "start", "end", "quote", "story"} <= set(f) for f in figures)


def test_source_page_follows_one_source(client):
    observatory = "المرصد السوري لحقوق الإنسان"
    listing = client.get("/api/sources").json()["sources"]
    assert {"source": observatory, "source_type": "monitor"}.items() <= next(
        s for s in listing if s["source"] == observatory).items()
    assert "vague" not in {s["source"] for s in listing}  # تقارير، مصادر: nobody to follow
    r = client.get("/source", params={"name": observatory})
    assert r.status_code == 200 and "مرصد" in r.text
    body = client.get("/api/source", params={"name": observatory}).json()
    # every way the seeds write it: المرصد السوري لحقوق الإنسان، المرصد، مراقب الحرب
    assert {"المرصد", "مراقب الحرب", observatory} <= set(body["names"])
    assert all(f["source_canonical"] == observatory for f in body["figures"])
    days = [f["day"] for f in body["figures"] if f["day"]]
    assert days == sorted(days)
    # words as written are matched too
    assert client.get("/api/source", params={"name": "مراقب"}).json()["total"] >= 1
    assert client.get("/sources").status_code == 200


def test_openapi_schema_lists_the_api(client):
    schema = client.get("/api/openapi.json").json()
    assert {"/api/stories", "/api/search", "/api/stories/{story_id}", "/api/figures", "/api/sources",
            "/api/source"} <= set(schema["paths"])
    assert all(set(ops) == {"get"} for ops in schema["paths"].values())


def test_a_merged_story_id_leads_to_the_story_it_joined(store, seed_story, tmp_path):
    import shutil

    merged = tmp_path / "merged.db"
    shutil.copy(store, merged)
    with sqlite3.connect(merged) as c:  # as an ingest records a merge: the old id points to the new
        c.execute("INSERT INTO stories (id, title, size, merged_into) VALUES (990, 'old', 0, ?)", (seed_story["id"],))
    with client_for(merged) as c:
        page = c.get("/story/990", follow_redirects=False)
        assert page.status_code == 302 and page.headers["location"] == f"/story/{seed_story['id']}"
        api = c.get("/api/stories/990", follow_redirects=False)
        assert api.status_code == 307 and api.headers["location"] == f"/api/stories/{seed_story['id']}"
        assert c.get("/api/stories/990").json()["story"]["id"] == str(seed_story["id"])


# -- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/story/987654", "/article/no-such-article", "/source?name=nobody-at-all",
                                  "/no/such/page"])
def test_unknown_ids_give_a_404_page(client, path):
    r = client.get(path)
    assert r.status_code == 404 and '<html lang="ar" dir="rtl">' in r.text
    assert "Traceback" not in r.text


@pytest.mark.parametrize("path", ["/api/stories/987654", "/api/articles/nope", "/api/nothing"])
def test_unknown_ids_give_a_404_in_json(client, path):
    r = client.get(path)
    assert r.status_code == 404 and r.json()["status"] == 404


@pytest.mark.parametrize("path, says", [
    ("/?since=2018-13-45", "since"),
    ("/api/stories?since=2018-03-10&until=2018-03-01", "after until"),
    ("/api/stories?level=event", "level"),
    ("/api/search?q=%20", "q"),
    ("/api/search?q=في", "content words"),
    ("/api/search", "q"),
    ("/api/figures?measure=bogus", "measure"),
    ("/api/figures?sort=size", "sort"),
    ("/api/figures?story=-1", "story"),
    ("/api/figures?page=0", "page"),
    ("/api/figures?page=9999", "past the last page"),
    ("/?page=9999", "past the last page"),
    ("/api/figures?per_page=100000", "per_page"),
    ("/figures?page=abc", "page"),
    ("/story/abc", "story_id"),
    ("/api/stories/99999999999999999999999", "story_id"),
    ("/source", "name"),
])
def test_bad_parameters_give_a_400_that_says_why(client, path, says):
    r = client.get(path)
    assert r.status_code == 400, r.text
    assert says in r.text and "Traceback" not in r.text


def test_a_request_past_the_time_limit_is_stopped(store, monkeypatch):
    from khulasa.serve import reader

    monkeypatch.setattr(reader, "CHECK_EVERY", 1)
    with client_for(store, time_limit=0.0) as c:
        r = c.get("/api/search", params={"q": "الغوطة"})
    assert r.status_code == 503 and "took more than" in r.json()["error"]


# -- read only --------------------------------------------------------------------------------------


def test_no_route_writes_and_the_store_is_unchanged(client, store, seed_story):
    before = digest_of(store)
    for method in ("post", "put", "delete", "patch"):
        for path in ("/", "/api/stories", f"/api/stories/{seed_story['id']}", "/figures"):
            assert getattr(client, method)(path).status_code == 405
    for path in ("/", "/search?q=الغوطة", f"/story/{seed_story['id']}", "/figures", "/figures.csv", "/sources"):
        assert client.get(path).status_code == 200
    assert digest_of(store) == before
    # the connections themselves cannot write
    with client.app.state.reader.snapshot() as snap, pytest.raises(StoreError, match="readonly"):
        snap.store.db.execute("CREATE TABLE intruder (x)")


# -- hostile text -----------------------------------------------------------------------------------


def test_hostile_article_is_escaped_on_every_page(client):
    listing = client.get("/api/stories").json()["stories"]
    story = next(s for s in listing if HOSTILE["source"] in s["outlets"])
    pages = [
        "/", f"/story/{story['id']}", f"/article/{quote(HOSTILE_ID, safe='')}", "/search?q=حلب", "/figures",
        "/sources", f"/source?{'name=' + quote('المرصد')}", "/figures?place=حلب",
    ]
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        assert "<script>alert" not in r.text and "<img src=x" not in r.text, path
    article = client.get(f"/article/{quote(HOSTILE_ID, safe='')}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert not [h for h in re.findall(r'href="([^"]*)"', article) if "javascript" in h]
    api = client.get(f"/api/articles/{quote(HOSTILE_ID, safe='')}").json()
    assert api["id"] == HOSTILE_ID and api["text"] == HOSTILE_TEXT


def test_a_hostile_source_in_a_track_shows_as_text(client, seed_story):
    """A source's words come from an article: in a track's chart (its points' titles) and in
    its legend they are text, never markup."""
    from dataclasses import replace

    from khulasa.serve.jinja import render
    from khulasa.serve.tracks import track_rows

    with client.app.state.reader.snapshot() as snap:
        st, _ = snap.story(seed_story["id"], seed_story["title"])
    t = st.tracks[0]
    hostile = replace(t, subject=IMG, series=[replace(x, source=SCRIPT + IMG) for x in t.series])
    view = client.get(f"/api/stories/{seed_story['id']}").json()
    page = render("story.html.j2", view=view, s=view["story"], claims=[], title="",
                  tracks=track_rows(replace(st, tracks=[hostile])))
    assert page.count('<svg class="track"') == 1
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# -- an unusable store ----------------------------------------------------------------------------


def test_an_unusable_store_is_refused_at_start(tmp_path, capsys):
    from khulasa.cli import main

    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"not a database at all " * 200)
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE t (x)")
    cases = {tmp_path / "missing.db": "no such database", corrupt: "not a database", foreign: "not a khulasa",
             tmp_path: "directory"}
    for path, says in cases.items():
        with pytest.raises(StoreError, match=says):
            create_app(path)
        assert main(["serve", "--db", str(path)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and says in err[0] and err[0].startswith("khulasa: ")
    assert not (tmp_path / "missing.db").exists()


def test_the_front_page_stories_are_digested_ahead(store):
    from khulasa.serve.reader import Reader
    from khulasa.serve.run import front_stories

    reader = Reader(store)
    stories = front_stories(reader)
    assert stories
    reader.prefetch(stories).join(timeout=60)
    with reader.snapshot() as snap:
        assert all((snap.version, s) in reader._digests for s, _ in stories)
    reader.close()


def test_binding_beyond_this_machine_warns(store, monkeypatch, capsys):
    import uvicorn

    from khulasa.serve.run import is_loopback, serve

    ran = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: ran.append(kw))
    serve(store, host="0.0.0.0", port=8123)
    err = capsys.readouterr().err
    assert "warning: serving on 0.0.0.0" in err and "ssh -L" in err
    assert ran == [{"host": "0.0.0.0", "port": 8123, "log_level": "info", "access_log": True}]
    serve(store, port=8123, quiet=True)
    assert capsys.readouterr().err == "" and ran[-1]["host"] == "127.0.0.1"

    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
