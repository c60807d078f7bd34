import json
from pathlib import Path

import pytest

from khulasa.read import read_paths
from khulasa.read.decode import InputProblem, decode

from .conftest import INPUTS, SEEDS


def reasons(skipped):
    return {(Path(s.path).name, s.line): s.reason for s in skipped}


def test_reads_every_seed_as_one_article_with_the_file_stem_as_id():
    articles, skipped = read_paths([SEEDS])
    assert skipped == []
    assert [a.id for a in articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for a in articles:
        assert a.text == Path(a.path).read_text(encoding="utf-8")
        assert a.title is None  # the first line is not assumed to be a title


def test_windows_1256_file_is_detected_and_decoded_exactly():
    articles, skipped = read_paths([INPUTS / "wire_cp1256.txt"])
    assert skipped == []
    (a,) = articles
    assert a.encoding == "windows-1256"
    assert a.text == (SEEDS / "003_21aca239e254de21.txt").read_text(encoding="utf-8")


def test_utf8_bom_is_removed_so_offsets_start_at_the_text():
    (a,), _ = read_paths([INPUTS / "bom_utf8.txt"])
    assert a.encoding == "utf-8-sig"
    assert a.text.startswith("قالت")


def test_every_bad_input_is_reported_and_the_rest_is_read():
    articles, skipped = read_paths([INPUTS, INPUTS / "missing.txt"])
    r = reasons(skipped)
    assert r[("empty.txt", None)] == "empty file"
    assert r[("blank.txt", None)] == "empty file"
    assert "binary" in r[("random_bytes.txt", None)]
    assert "not UTF-8" in r[("random_high_bytes.txt", None)] and "Windows-1256" in r[("random_high_bytes.txt", None)]
    assert r[("english_only.txt", None)] == "no Arabic text"
    assert r[("missing.txt", None)] == "no such file or directory"
    assert "unsupported file type" in r[("notes.md", None)]
    assert "malformed JSON" in r[("mixed.jsonl", 2)]
    assert "no 'text'" in r[("mixed.jsonl", 3)]
    assert "bad 'published'" in r[("mixed.jsonl", 6)]
    assert "not a JSON object" in r[("mixed.jsonl", 7)]
    ids = {a.id for a in articles}
    assert {"ok-1", "ok-4", "wire_cp1256", "bom_utf8", "page", "hostile<script>"} <= ids
    assert len(skipped) == 11


def test_jsonl_fields_are_read():
    articles, _ = read_paths([INPUTS / "mixed.jsonl"])
    ok = {a.id: a for a in articles}["ok-1"]
    assert ok.title == "قافلة إلى دوما" and ok.source == "test" and ok.line == 1
    assert ok.published.isoformat() == "2018-03-15T10:00:00+00:00"


def test_html_main_text_is_extracted_without_navigation_or_footer():
    (a,), skipped = read_paths([INPUTS / "page.html"])
    assert skipped == []
    assert "فروا من القطاع" in a.text and "400 ألف مدني" in a.text
    assert "الرئيسية" not in a.text and "سياسة الخصوصية" not in a.text
    assert a.title.startswith("آلاف المدنيين يغادرون")
    assert a.published is not None and a.published.year == 2018


def test_gzipped_jsonl(tmp_path):
    import gzip

    data = (INPUTS / "mixed.jsonl").read_bytes()
    path = tmp_path / "articles.jsonl.gz"
    path.write_bytes(gzip.compress(data))
    articles, skipped = read_paths([path])
    assert {a.id for a in articles} == {"ok-1", "ok-4"}
    assert len(skipped) == 4


def test_duplicate_ids_in_jsonl_are_reported(tmp_path):
    line = (INPUTS / "mixed.jsonl").read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "dup.jsonl"
    path.write_text(line + "\n" + line + "\n", encoding="utf-8")
    articles, skipped = read_paths([path])
    assert len(articles) == 1
    assert skipped[0].line == 2 and "duplicate id" in skipped[0].reason


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"\x00\x01\x02abc", "binary"),
        (b"\xef\xbb\xbf\xff\xfe", "byte-order mark"),
    ],
)
def test_decode_refuses_with_a_reason(data, message):
    with pytest.raises(InputProblem, match=message):
        decode(data)


def test_decode_utf16_with_bom():
    text = "قالت الأمم المتحدة إن القافلة وصلت."
    assert decode(b"\xff\xfe" + text.encode("utf-16-le")) == (text, "utf-16-le")


def test_json_lines_split_only_at_newlines(tmp_path):
    # a writer that keeps non-ASCII as is leaves U+2028 and U+0085 raw inside strings
    text = "قال المرصد\u2028إن القصف استمر\u0085على الغوطة الشرقية يوم الخميس وقتل عشرة مدنيين."
    rows = [{"id": "a", "text": text}, {"id": "b", "text": "نص ثان عن موضوع آخر تماما في مدينة أخرى."}]
    path = tmp_path / "raw.jsonl"
    path.write_text("\r\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    articles, skipped = read_paths([path])
    assert skipped == []
    assert [a.text for a in articles] == [text, rows[1]["text"]]


def test_public_names_do_not_shadow_modules():
    # `khulasa.ingest` and `khulasa.stories` are functions; the file reader and the grouping
    # live in modules of other names, so both spellings work
    import khulasa
    import khulasa.grouping.stories
    import khulasa.read

    assert callable(khulasa.ingest) and callable(khulasa.stories)
    assert khulasa.read.read_paths is read_paths
    assert callable(khulasa.grouping.stories.find_stories)
    assert khulasa.__version__ == khulasa.version.__version__


def test_articles_given_as_objects_are_checked_as_records_are(tmp_path):
    # a library user's Article objects reach the analysis and the store the same way file
    # records do: one that a JSON Lines line could not be is skipped with its reason
    from datetime import datetime

    import khulasa
    from khulasa import Article

    text = (SEEDS / "000_9531bf0791edd704.txt").read_text(encoding="utf-8")
    good = Article(id="good", text=text, published=datetime(2018, 3, 10))  # naive: taken as UTC
    bad = [
        Article(id="year-1", text=text, published=datetime(1, 1, 1)),
        Article(id="year-9999", text=text, published=datetime(9999, 12, 31)),
        Article(id="surrogate", text=text + "\ud800"),
        Article(id="title-list", text=text, title=["x"]),
        Article(id=7, text=text),
        Article(id="good", text=text),
    ]
    result = khulasa.digest([good, *bad], figures=False)
    assert [a.id for a in result.articles] == ["good"]
    assert result.article("good").published.tzinfo is not None
    reasons = {s.path: s.reason for s in result.skipped}
    assert "year 1 is outside" in reasons["year-1"] and "year 9999" in reasons["year-9999"]
    assert "lone surrogate" in reasons["surrogate"] and "'title' is a list" in reasons["title-list"]
    assert "'id' must be a non-empty string" in reasons["7"]
    assert "duplicate id 'good'" in reasons["good"]
    # the store takes in none of them, and stays readable
    db = tmp_path / "s.db"
    report = khulasa.ingest([good, *bad[:4]], db, progress=False)
    assert report.added == 1 and len(report.skipped) == 4
    assert khulasa.digest_stored(db, figures=False).stories
