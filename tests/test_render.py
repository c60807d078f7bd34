import json
import re
from html.parser import HTMLParser

import khulasa
from khulasa.render import to_dict, to_html, to_json, to_markdown

from .conftest import INPUTS


def test_json_schema(seed_digest):
    data = json.loads(to_json(seed_digest))
    assert data["schema"] == "khulasa/1"
    assert set(data) >= {"schema", "articles", "skipped", "stories"}
    for a in data["articles"]:
        assert set(a) >= {"id", "path", "title", "source", "published", "chars"}
    for st in data["stories"]:
        assert set(st) >= {"id", "title", "articles", "digest"}
        for e in st["digest"]:
            assert set(e) == {"text", "article", "start", "end"}
    texts = {a.id: a.text for a in seed_digest.articles}
    for st in data["stories"]:
        for e in st["digest"]:
            assert texts[e["article"]][e["start"]:e["end"]] == e["text"]


def test_json_reports_skipped_inputs():
    result = khulasa.digest([INPUTS])
    data = to_dict(result)
    skipped = {(s["path"].rsplit("/", 1)[-1], s["line"]) for s in data["skipped"]}
    assert ("mixed.jsonl", 2) in skipped and ("empty.txt", None) in skipped
    assert all(s["reason"] for s in data["skipped"])


def test_markdown_cites_every_sentence(seed_digest):
    md = to_markdown(seed_digest)
    (story,) = seed_digest.stories
    for e in story.digest:
        assert f"`{e.article} {e.start}:{e.end}`" in md
    assert md.startswith("# خلاصة")


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.ids = set()
        self.hrefs = []
        self.html_attrs = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.html_attrs = attrs
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag in ("link", "img", "iframe") or (tag == "script" and "src" in attrs):
            raise AssertionError(f"external asset: <{tag} {attrs}>")


def test_html_report_is_rtl_self_contained_and_links_resolve(seed_digest):
    page = to_html(seed_digest)
    p = _Collector()
    p.feed(page)
    assert p.html_attrs == {"lang": "ar", "dir": "rtl"}
    assert "script" not in p.tags
    (story,) = seed_digest.stories
    assert len(p.hrefs) >= len(story.digest)
    for href in p.hrefs:
        assert href.startswith("#") and href[1:] in p.ids
    assert 'name="viewport"' in page


def test_hostile_article_cannot_inject_markup():
    result = khulasa.digest([INPUTS / "hostile.jsonl"])
    page = to_html(result)
    p = _Collector()
    p.feed(page)
    assert "script" not in p.tags and "img" not in p.tags
    assert "&lt;script&gt;" in page and "onerror=alert" in page  # shown as text, escaped
    assert "<b>evil</b>" not in page
    md = to_markdown(result)
    outside_code = re.sub(r"`[^`]*`", "", md)  # code spans render literally
    assert not re.search(r"(?<!\\)<", outside_code)  # every < is escaped
    assert r"\<script\>" in outside_code


def test_every_article_section_has_its_own_id(seed_digest):
    p = _Collector()
    p.feed(to_html(seed_digest))
    for n in range(len(seed_digest.articles)):
        assert f"a{n}" in p.ids
