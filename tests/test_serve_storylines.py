"""khulasa serve at the storyline level, in process: a storyline of three events (the Ghouta
toll on 20-21 February, the daily truce on 1 March, Douma cut from Harasta on 12 March,
ingested in two batches, the last event first, so its story id is the lowest) and a hostile
article among them. The storyline listing and search, the storyline page (its events in time
order, every link resolving, its digest, tracks and log), a merged storyline's id, a story's
link to its storyline, the limit on what a first visit reads, and hostile text escaped."""
from __future__ import annotations

import json
import re
import shutil
import sqlite3
import warnings
from urllib.parse import unquote

import pytest

from khulasa.pipeline.ingest import ingest

from .test_serve import IMG, SCRIPT, client_for

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx versions
    from fastapi.testclient import TestClient

from khulasa.serve import create_app

HOSTILE_OUTLET = f"{IMG}outlet"
OBSERVATORY = "المرصد السوري لحقوق الإنسان"
ROWS = [
    {"id": "line-1a", "source": "وكالة أ", "published": "2018-02-20T10:00:00+00:00",
     "title": "قصف عنيف على دوما وحرستا في الغوطة الشرقية المحاصرة",
     "text": f"قتل 100 مدني في قصف لقوات النظام السوري على دوما وحرستا في الغوطة الشرقية المحاصرة يوم الثلاثاء"
             f" 20 فبراير 2018، بحسب {OBSERVATORY}. وقال المرصد إن الطائرات الحربية استهدفت الأحياء السكنية في"
             " دوما وحرستا وكفربطنا. وأضاف المرصد أن 300 شخص أصيبوا في الغارات."},
    {"id": "line-1b", "source": "صحيفة ب", "published": "2018-02-21T10:00:00+00:00",
     "title": "ارتفاع حصيلة القصف على دوما وحرستا في الغوطة الشرقية المحاصرة",
     "text": f"قال {OBSERVATORY} إن 150 مدنيا قتلوا في قصف قوات النظام السوري على دوما وحرستا وكفربطنا في"
             " الغوطة الشرقية المحاصرة منذ يوم الثلاثاء. وتواصل الطائرات الحربية غاراتها على الأحياء السكنية في"
             " دوما وحرستا."},
    {"id": "line-2a", "source": "وكالة أ", "published": "2018-03-01T10:00:00+00:00",
     "title": "هدنة يومية في الغوطة الشرقية المحاصرة ولا خروج من دوما وحرستا",
     "text": "لم يخرج أحد من دوما وحرستا في الغوطة الشرقية المحاصرة خلال الهدنة اليومية التي أعلنتها روسيا يوم"
             f" الخميس الأول من مارس 2018. وقال {OBSERVATORY} إن 600 مدني قتلوا في الغوطة الشرقية منذ بدء قصف"
             " قوات النظام السوري."},
    {"id": "line-2b", "source": "صحيفة ب", "published": "2018-03-01T16:00:00+00:00",
     "title": "الهدنة اليومية في الغوطة الشرقية المحاصرة: ممر لا يعبره أحد من دوما وحرستا",
     "text": f"أكد {OBSERVATORY} أن 610 مدنيين قتلوا في قصف قوات النظام السوري على الغوطة الشرقية المحاصرة،"
             " فيما لم يعبر أحد الممر الذي فتحته روسيا خلال الهدنة اليومية من دوما وحرستا."},
    {"id": "line-3a", "source": "وكالة أ", "published": "2018-03-12T10:00:00+00:00",
     "title": f"قوات النظام تفصل دوما عن حرستا في الغوطة الشرقية المحاصرة {SCRIPT}",
     "text": "قطعت قوات النظام السوري الطريق بين دوما وحرستا في الغوطة الشرقية المحاصرة يوم الأحد 11 مارس 2018."
             f" وقال {OBSERVATORY} إن 1100 مدني قتلوا منذ بدء الهجوم على الغوطة الشرقية."},
    {"id": "line-3b", "source": HOSTILE_OUTLET, "published": "2018-03-12T18:00:00+00:00",
     "title": f"{SCRIPT} الغوطة الشرقية المحاصرة مقسمة: دوما وحرستا معزولتان {IMG}",
     "text": f"أصبحت دوما وحرستا معزولتين في الغوطة الشرقية المحاصرة {SCRIPT} بعد تقدم قوات النظام السوري. وقال"
             f" {OBSERVATORY} {IMG} إن 1099 مدنيا قتلوا في الغوطة الشرقية منذ 18 فبراير."},
]
DAYS = ["2018-02-20", "2018-03-01", "2018-03-12"]  # the first day of each event, in time order


def build_line_store(folder):
    """The rows ingested in two batches, the last event first."""
    db = folder / "line.db"
    for name, rows in (("late", ROWS[4:]), ("early", ROWS[:4])):
        path = folder / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        ingest(path, db, progress=False)
    return db


_built: dict = {}


def shared_line_store(tmp_path_factory):
    if "store" not in _built:
        _built["store"] = build_line_store(tmp_path_factory.mktemp("serve-line"))
    return _built["store"]


def shared_line_app(tmp_path_factory):
    if "app" not in _built:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _built["app"] = create_app(shared_line_store(tmp_path_factory))
    return _built["app"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return shared_line_store(tmp_path_factory)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(shared_line_app(tmp_path_factory), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def line(client) -> dict:
    body = client.get("/api/stories", params={"level": "storyline", "since": "2018-01-01"}).json()
    (found,) = body["storylines"]
    return found


def test_the_store_threads_three_events_into_one_storyline(store):
    with sqlite3.connect(store) as c:
        stories = c.execute("SELECT id, storyline, first FROM stories WHERE size > 0 ORDER BY id").fetchall()
    assert len(stories) == 3 and len({s[1] for s in stories}) == 1
    assert stories[0][2] > stories[1][2]  # the lowest id is the latest event: id order is not time order


# -- the storyline level --------------------------------------------------------------------------


def test_storyline_level_lists_storylines_with_their_events(client, line):
    assert line["level"] == "storyline" and line["title"]
    assert line["size"] == 6 and len(line["events"]) == 3 and line["whole"]["events"] == 3
    stories = client.get("/api/stories", params={"since": "2018-01-01"}).json()["stories"]
    first_day = {s["id"]: s["first"][:10] for s in stories}
    assert [first_day[e] for e in line["events"]] == DAYS  # earliest first
    assert line["first"][:10] == DAYS[0] and line["last"][:10] == DAYS[-1]
    assert set(line["outlets"]) == {"وكالة أ", "صحيفة ب", HOSTILE_OUTLET}
    page = client.get("/", params={"level": "storyline", "since": "2018-01-01"})
    assert page.status_code == 200 and f'href="/storyline/{line["id"]}"' in page.text
    assert '<option value="storyline" selected>' in page.text
    # the default span is the store's last week: the last event only, the whole storyline said
    last = client.get("/api/stories", params={"level": "storyline"}).json()["storylines"]
    assert [len(x["events"]) for x in last] == [1] and last[0]["whole"]["size"] == 6


def test_the_filters_choose_the_events(client, line):
    truce = client.get("/api/stories", params={"level": "storyline", "since": "2018-03-01", "until": "2018-03-02"})
    (only,) = truce.json()["storylines"]
    assert only["id"] == line["id"] and only["size"] == 2 and len(only["events"]) == 1
    assert only["first"][:10] == only["last"][:10] == "2018-03-01" and only["whole"]["events"] == 3
    hostile = client.get("/api/stories", params={"level": "storyline", "since": "2018-01-01",
                                                  "outlet": HOSTILE_OUTLET}).json()["storylines"]
    assert [x["first"][:10] for x in hostile] == [DAYS[-1]]
    assert client.get("/api/stories", params={"level": "storyline", "since": "1990-01-01",
                                               "until": "1990-01-02"}).json()["storylines"] == []


def test_search_groups_hits_by_storyline(client, line):
    body = client.get("/api/search", params={"q": "الهدنة اليومية", "level": "storyline"}).json()
    (group,) = body["groups"]
    assert body["level"] == "storyline" and group["storyline"]["id"] == line["id"]
    assert len(group["storyline"]["events"]) == 1 and group["articles"] >= 1
    everything = client.get("/api/search", params={"q": "دوما", "level": "storyline"}).json()["groups"]
    assert [g["storyline"]["events"] for g in everything] == [line["events"]]
    page = client.get("/search", params={"q": "دوما", "level": "storyline"})
    assert page.status_code == 200 and f'href="/storyline/{line["id"]}"' in page.text


# -- the storyline page ---------------------------------------------------------------------------


def test_storyline_page_lists_its_events_in_time_order(client, line):
    api = client.get(f"/api/storylines/{line['id']}").json()
    body = api["storyline"]
    assert api["level"] == "storyline" and body["id"] == str(line["id"]) and body["title"] == line["title"]
    assert [e["first"] for e in body["events"]] == DAYS
    assert [int(e["story"]) for e in body["events"]] == line["events"]
    assert all(e["summary"] and e["digested"] for e in body["events"])
    assert body["first"] == DAYS[0] and body["last"] == DAYS[-1] and body["size"] == 6
    assert body["digested"] == {"events": 3, "size": 6}
    page = client.get(f"/storyline/{line['id']}")
    assert page.status_code == 200 and '<html lang="ar" dir="rtl">' in page.text
    listed = re.findall(r'<li id="event-(\d+)"><time datetime="([\d-]+)">', page.text)
    assert listed == [(e["story"], e["first"]) for e in body["events"]]
    for story, _ in listed:
        r = client.get(f"/story/{story}")
        assert r.status_code == 200
        # each story page says which storyline it is part of
        assert f'<a href="/storyline/{line["id"]}">' in r.text
        assert client.get(f"/api/stories/{story}").json()["story"]["storyline"] == str(line["id"])


def test_every_link_of_the_storyline_page_resolves_to_its_quote(client, line):
    """The events' summaries, the digest and the timeline link to a sentence marked on its
    article page (``#q-``), every claim value and track point to a figure (``#f-``)."""
    page = client.get(f"/storyline/{line['id']}").text
    body = client.get(f"/api/storylines/{line['id']}").json()["storyline"]
    assert body["digest"] and body["claims"] and body["tracks"] and body["timeline"]
    killed = [t for t in body["tracks"] if t["measure"] == "killed"]
    assert killed and max(len({p["day"] for s in t["series"] for p in s["points"]}) for t in killed) >= 3
    links = set(re.findall(r'href="/article/([^"#]+)#([qf])-(\d+)-(\d+)"', page))
    assert {k for _, k, _, _ in links} == {"q", "f"}
    for h in body["digest"] + body["events"]:
        s = h["summary"]
        assert (s["article"], "q", str(s["start"]), str(s["end"])) in links
    assert page.count('<svg class="track"') == len(body["tracks"])
    pages: dict[str, str] = {}
    texts: dict[str, str] = {}
    for article, kind, start, end in links:
        if article not in pages:
            pages[article] = client.get(f"/article/{article}").text
            texts[article] = client.get(f"/api/articles/{article}").json()["text"]
        assert f'id="{kind}-{start}-{end}"' in pages[article], (unquote(article), kind, start, end)
    for f in body["figures"]:
        assert texts.get(f["article"], f["quote"])[f["start"]:f["end"]] == f["quote"]


def test_a_storyline_of_more_articles_than_a_visit_reads_says_so(store, monkeypatch):
    from khulasa.serve import detail

    monkeypatch.setattr(detail, "STORYLINE_ARTICLES", 3)
    with client_for(store) as c:
        line = c.get("/api/stories", params={"level": "storyline", "since": "2018-01-01"}).json()["storylines"][0]
        body = c.get(f"/api/storylines/{line['id']}").json()["storyline"]
        assert body["digested"] == {"events": 1, "size": 2}
        assert len(body["events"]) == 3 and [e["digested"] for e in body["events"]].count(True) == 1
        assert [e["first"] for e in body["events"]] == DAYS  # every event listed, in time order
        assert all(e["summary"] is None for e in body["events"] if not e["digested"])
        page = c.get(f"/storyline/{line['id']}").text
        assert 'class="meta note"' in page and len(re.findall(r'<li id="event-', page)) == 3


def test_a_merged_storyline_id_leads_to_the_storyline_it_joined_and_its_log_says_why(store, line, tmp_path):
    merged = tmp_path / "merged.db"
    shutil.copy(store, merged)
    event = line["events"][0]
    with sqlite3.connect(merged) as c:  # as an ingest records a merge: the old id points to the new, logged
        c.execute("INSERT INTO storylines (id, title, events, articles, merged_into) VALUES (990, ?, 0, 0, ?)",
                  (SCRIPT, line["id"]))
        c.execute("INSERT INTO storylines (id, title, events, articles, merged_into) VALUES (991, 'older', 0, 0, 990)")
        c.execute("INSERT INTO storyline_log VALUES ('2018-03-02T00:00:00+00:00', 'merged', 991, 990, ?, 'older')",
                  (event,))
        c.execute("INSERT INTO storyline_log VALUES ('2018-03-13T00:00:00+00:00', 'merged', 990, ?, ?, ?)",
                  (line["id"], event, f"event {event} links both storylines {SCRIPT}"))
    with client_for(merged) as c:
        for old in (990, 991):
            page = c.get(f"/storyline/{old}", follow_redirects=False)
            assert page.status_code == 302 and page.headers["location"] == f"/storyline/{line['id']}"
            api = c.get(f"/api/storylines/{old}", follow_redirects=False)
            assert api.status_code == 307 and api.headers["location"] == f"/api/storylines/{line['id']}"
        log = c.get(f"/api/storylines/{line['id']}").json()["log"]
        # its own merge and the one before it, into the storyline it absorbed, in the order logged
        assert [(x["storyline"], x["other"], x["story"]) for x in log] == [(991, 990, event), (990, line["id"], event)]
        page = c.get(f"/storyline/{line['id']}").text
        assert f'href="/storyline/990">990</a> في المسار <a href="/storyline/{line["id"]}">' in page
        assert "links both storylines &lt;script&gt;" in page and "<script>alert" not in page


# -- errors and hostile text ----------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/storyline/987654", "/api/storylines/987654"])
def test_an_unknown_storyline_is_a_404(client, path):
    r = client.get(path)
    assert r.status_code == 404 and "no storyline 987654" in r.text and "Traceback" not in r.text


@pytest.mark.parametrize("path, says", [
    ("/?level=bogus", "level"),
    ("/api/stories?level=storylines", "level"),
    ("/search?q=دوما&level=event", "level"),
    ("/api/search?q=دوما&level=x", "level"),
    ("/storyline/abc", "storyline_id"),
    ("/api/storylines/-1", "storyline_id"),
    ("/api/storylines/99999999999999999999999", "storyline_id"),
    ("/api/stories?level=storyline&page=99", "past the last page"),
])
def test_bad_storyline_parameters_give_a_400(client, path, says):
    r = client.get(path)
    assert r.status_code == 400, r.text
    assert says in r.text and "Traceback" not in r.text


def test_hostile_text_is_escaped_at_the_storyline_level(client, line):
    pages = [
        "/?level=storyline&since=2018-01-01", f"/storyline/{line['id']}", "/search?q=دوما&level=storyline",
        f"/?level=storyline&since=2018-01-01&outlet={HOSTILE_OUTLET}",
    ] + [f"/story/{e}" for e in line["events"]]
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        assert "<script>alert" not in r.text and "<img src=x" not in r.text, path
    page = client.get(f"/storyline/{line['id']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_openapi_schema_lists_the_storyline_routes(client):
    schema = client.get("/api/openapi.json").json()
    assert "/api/storylines/{storyline_id}" in schema["paths"]
    levels = [p for p in schema["paths"]["/api/stories"]["get"]["parameters"] if p["name"] == "level"]
    assert levels and "storyline" in levels[0]["description"]
