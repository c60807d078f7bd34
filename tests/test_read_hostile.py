"""Hostile and damaged inputs: each costs only its own record (or file), with a named reason,
and nothing raises out of read_paths."""
from __future__ import annotations

import codecs
import gzip
import importlib.util
import json
import random
from pathlib import Path

import pytest

from khulasa.read import limits, read_paths
from khulasa.read.decode import InputProblem, decode

from .conftest import INPUTS

ROOT = Path(__file__).resolve().parent.parent

SPORT = (
    "فاز ريال مدريد على ضيفه باريس سان جيرمان\u00a03-1 مساء الأربعاء في ذهاب دور الستة عشر من "
    "دوري أبطال أوروبا لكرة القدم. وقال المدرب زين الدين زيدان بعد المباراة: «قدمنا شوطا ثانيا "
    "رائعا، لكن\u00a0الأمر لم ينته بعد». وسجل كريستيانو رونالدو هدفين، فيما أضاف\u00a0مارسيلو "
    "الهدف الثالث قبل نهاية اللقاء بدقائق، ويلتقي الفريقان إيابا في\u00a0باريس في السادس من مارس."
)


def tool():
    spec = importlib.util.spec_from_file_location("cp1256_acceptance", ROOT / "tools" / "cp1256_acceptance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- Windows-1256 (item 2) ---------------------------------------------------------------------


def test_cp1256_article_with_no_break_spaces_and_guillemets_is_accepted():
    assert decode(SPORT.encode("cp1256")) == (SPORT, "windows-1256")


def test_cp1256_article_with_no_break_spaces_between_all_words_is_accepted():
    text = SPORT.replace(" ", "\u00a0")
    assert decode(text.encode("cp1256")) == (text, "windows-1256")


def test_what_is_not_arabic_in_cp1256_is_still_refused():
    t = tool()
    kinds = t.not_cp1256_arabic([SPORT, SPORT * 3], random.Random(7), n=300)
    accepted = {name: sum(map(t.accepted, items)) for name, items in kinds.items()}
    assert accepted == dict.fromkeys(kinds, 0)


@pytest.mark.corpus
def test_ant_articles_in_cp1256_are_accepted():
    from .conftest import ANT

    if not ANT.exists():
        pytest.skip(f"ANT corpus not found at {ANT}")
    t = tool()
    encoded, _ = t.as_cp1256(t.ant_texts(200, ANT))
    assert sum(map(t.accepted, encoded)) == 200


# --- UTF-32 (item 3) ---------------------------------------------------------------------------


@pytest.mark.parametrize("codec, bom", [("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_utf32_with_a_bom_is_decoded(codec, bom):
    assert decode(bom + SPORT.encode(codec)) == (SPORT, codec)


def test_utf32_with_a_bom_but_invalid_is_refused():
    with pytest.raises(InputProblem, match="UTF-32"):
        decode(codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00")


# --- helpers -----------------------------------------------------------------------------------

ARTICLE = "قالت مصادر محلية إن قصفا عنيفا استهدف بلدة حمورية في الغوطة الشرقية صباح اليوم وقتل عشرة مدنيين."


def jsonl(rows) -> bytes:
    lines = ((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows)
    return "".join(lines).encode("utf-8")


def where(skipped):
    """{(file name, line): reason}"""
    return {(Path(s.path).name, s.line): s.reason for s in skipped}


def assert_writable(articles, skipped):
    """Nothing read holds what UTF-8 cannot write (a lone surrogate)."""
    for a in articles:
        for value in (a.id, a.text, a.title, a.source, a.url):
            (value or "").encode("utf-8")
    for s in skipped:
        str(s).encode("utf-8")


# --- HTML extraction (item 1) ------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [ValueError("bad page"), RecursionError("maximum recursion depth exceeded"), ImportError("no lxml.html.clean")],
)
def test_html_extractor_failure_costs_that_page_only(tmp_path, monkeypatch, error):
    import trafilatura

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(trafilatura, "bare_extraction", fail)
    (tmp_path / "page.html").write_bytes((INPUTS / "page.html").read_bytes())
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    articles, skipped = read_paths([tmp_path])
    assert [a.id for a in articles] == ["a"]
    assert where(skipped) == {("page.html", None): f"HTML extraction failed ({type(error).__name__}: {error})"}


def test_html_extractor_missing_costs_that_page_only(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura raises ImportError
    (tmp_path / "page.html").write_bytes((INPUTS / "page.html").read_bytes())
    articles, skipped = read_paths([tmp_path])
    assert articles == [] and "HTML extraction failed (ModuleNotFoundError" in skipped[0].reason


def test_page_of_100k_nested_divs_is_skipped_with_a_reason(tmp_path):
    n = 100_000
    page = "<html><body>" + "<div>" * n + f"<p>{ARTICLE}</p>" + "</div>" * n + "</body></html>"
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    articles, skipped = read_paths([tmp_path])
    assert articles == [] and len(skipped) == 1 and skipped[0].reason.startswith("HTML")


# --- UTF-32 JSON Lines (item 3) ----------------------------------------------------------------


def test_utf32_json_lines_with_a_bom_are_read(tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes(
        codecs.BOM_UTF32_LE
        + jsonl([{"id": "a", "text": ARTICLE}, {"id": "b", "text": SPORT}]).decode().encode("utf-32-le")
    )
    articles, skipped = read_paths([path])
    assert skipped == [] and [a.text for a in articles] == [ARTICLE, SPORT]
    assert articles[0].encoding == "utf-32-le"


# --- truncated and corrupt .gz (item 4) --------------------------------------------------------


def many(n: int) -> bytes:
    return jsonl({"id": f"n{i}", "text": f"{ARTICLE} رقم {i}"} for i in range(n))


def test_truncated_gz_keeps_every_complete_line_before_the_break(tmp_path):
    data = gzip.compress(many(3000))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    articles, skipped = read_paths([path])
    (s,) = skipped
    assert 1000 < len(articles) < 3000
    assert [a.id for a in articles] == [f"n{i}" for i in range(len(articles))]
    assert (
        s.line == len(articles) + 1
        and s.reason.startswith("truncated .gz")
        and f"lines before {s.line} were read" in s.reason
    )


def test_gz_cut_in_its_trailer_keeps_all_lines(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(many(50))[:-4])
    articles, skipped = read_paths([path])
    assert len(articles) == 50 and skipped[0].reason.startswith("truncated .gz")


def corrupt_crc(data: bytes) -> bytes:
    return data[:-8] + bytes([data[-8] ^ 0xFF]) + data[-7:]


def bad_block(data: bytes) -> bytes:
    return data[:10] + b"\x07" + data[11:]  # deflate block type 3 does not exist


@pytest.mark.parametrize(
    "damage, reason",
    [
        (lambda d: b"\x1f\x8b\x09" + d[3:], "corrupt .gz (Unknown compression method)"),
        (lambda d: b"not gzip at all", "corrupt .gz (Not a gzipped file"),
        (corrupt_crc, "corrupt .gz (CRC check failed"),
        (bad_block, "corrupt .gz (Error -3 while decompressing data: invalid block type)"),
    ],
)
@pytest.mark.parametrize("name", ["a.jsonl.gz", "a.txt.gz"])
def test_corrupt_gz_is_a_skipped_file(tmp_path, damage, reason, name):
    data = many(50) if name.startswith("a.jsonl") else ARTICLE.encode()
    (tmp_path / name).write_bytes(damage(gzip.compress(data)))
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    articles, skipped = read_paths([tmp_path])
    assert [a.id for a in articles] == ["ok"]
    (s,) = skipped
    assert s.line is None and s.reason.startswith(reason)


def test_truncated_txt_gz_is_a_skipped_file(tmp_path):
    data = gzip.compress((ARTICLE * 50).encode())
    (tmp_path / "a.txt.gz").write_bytes(data[: len(data) // 2])
    articles, skipped = read_paths([tmp_path])
    assert articles == [] and skipped[0].reason.startswith("truncated .gz")


# --- gzip bombs and size limits (item 5) -------------------------------------------------------


@pytest.fixture
def small_limits(monkeypatch):
    monkeypatch.setattr(limits, "MAX_RECORD_BYTES", 2_000)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100_000)
    monkeypatch.setattr(limits, "MAX_PAGE_BYTES", 4_000)


@pytest.mark.parametrize("name", ["bomb.jsonl.gz", "bomb.txt.gz", "bomb.html.gz"])
def test_gzip_bomb_is_read_no_further_than_the_limits(tmp_path, small_limits, name):
    (tmp_path / name).write_bytes(gzip.compress(b"\x20" * 50_000_000))  # 50 MB from 49 KB
    articles, skipped = read_paths([tmp_path])
    (s,) = skipped
    assert articles == [] and "limit for one" in s.reason


def test_overlong_line_is_skipped_with_its_number_and_the_rest_read(tmp_path, small_limits):
    rows = [{"id": "a", "text": ARTICLE}, {"id": "long", "text": ARTICLE * 30}, {"id": "b", "text": ARTICLE}]
    (tmp_path / "x.jsonl.gz").write_bytes(gzip.compress(jsonl(rows)))
    articles, skipped = read_paths([tmp_path])
    assert [a.id for a in articles] == ["a", "b"]
    assert where(skipped) == {("x.jsonl.gz", 2): "line over the 1.95312 KB limit for one record"}


def test_file_over_the_limit_keeps_the_lines_before(tmp_path, small_limits):
    (tmp_path / "big.jsonl").write_bytes(many(1000))  # about 200 KB
    articles, skipped = read_paths([tmp_path])
    (s,) = skipped
    assert 100 < len(articles) < 1000 and s.line == len(articles) + 1
    assert s.reason == f"over the 97.6562 KB limit for one file (decompressed): lines from {s.line} on not read"


def test_article_file_over_the_record_limit_is_skipped(tmp_path, small_limits):
    (tmp_path / "long.txt").write_text(ARTICLE * 30, encoding="utf-8")
    articles, skipped = read_paths([tmp_path])
    assert articles == [] and skipped[0].reason == "over the 1.95312 KB limit for one article"


# --- bad JSON Lines records (item 6) -----------------------------------------------------------


@pytest.mark.parametrize(
    "line, reason",
    [
        (
            '{"id": "s", "text": "\\ud800 ' + ARTICLE + '"}',
            "'text' holds an escaped lone surrogate (\\ud800), not a character",
        ),
        (
            '{"id": "\\udc00", "text": "' + ARTICLE + '"}',
            "'id' holds an escaped lone surrogate (\\udc00), not a character",
        ),
        (
            '{"title": "\\ud83d", "text": "' + ARTICLE + '"}',
            "'title' holds an escaped lone surrogate (\\ud83d), not a character",
        ),
        (
            '{"source": ["\\udfff"], "text": "' + ARTICLE + '"}',
            "'source' holds an escaped lone surrogate (\\udfff), not a character",
        ),
        (
            '{"\\ud800": 1, "text": "' + ARTICLE + '"}',
            "'\\ud800' holds an escaped lone surrogate (\\ud800), not a character",
        ),
        ('{"id": ' + "7" * 5000 + ', "text": "' + ARTICLE + '"}', "a number of more than 4,300 digits"),
        ('{"views": 1e400, "text": "' + ARTICLE + '"}', "number 1e400 is out of range (over 1e308)"),
        ('{"views": NaN, "text": "' + ARTICLE + '"}', "NaN is not a JSON number"),
        ('{"views": -Infinity, "text": "' + ARTICLE + '"}', "-Infinity is not a JSON number"),
        ('{"published": "0001-01-01", "text": "' + ARTICLE + '"}', "bad 'published' date: year 1 is outside 1900–2100"),
        (
            '{"published": "9999-12-31T23:59:59", "text": "' + ARTICLE + '"}',
            "bad 'published' date: year 9999 is outside 1900–2100",
        ),
        ('{"published": 1521108000, "text": "' + ARTICLE + '"}', "'published' is a number, not a string"),
        ('{"title": ["x"], "text": "' + ARTICLE + '"}', "'title' is a list, not a string"),
        ('{"url": {"href": "x"}, "text": "' + ARTICLE + '"}', "'url' is an object, not a string"),
        ('{"text": 42}', "'text' is a number, not a string"),
        ('{"text": "  "}', "'text' is empty"),
        ('{"id": true, "text": "' + ARTICLE + '"}', "'id' is true or false, not a string or a whole number"),
        ('{"id": 1.5, "text": "' + ARTICLE + '"}', "'id' is a number, not a string or a whole number"),
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),
    ],
)
def test_bad_record_costs_that_line_only(tmp_path, line, reason):
    path = tmp_path / "x.jsonl"
    path.write_bytes(jsonl([{"id": "a", "text": ARTICLE}, line, {"id": "b", "text": ARTICLE}]))
    articles, skipped = read_paths([path])
    assert [a.id for a in articles] == ["a", "b"]
    assert where(skipped) == {("x.jsonl", 2): reason}
    assert_writable(articles, skipped)


def test_valid_surrogate_pair_is_one_character(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(jsonl(['{"id": "a", "text": "' + ARTICLE + ' \\ud83d\\ude00"}']))
    (a,), skipped = read_paths([path])
    assert skipped == [] and a.text.endswith("\U0001F600")


def test_number_id_is_kept_as_its_decimal_digits(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(jsonl([{"id": 12345, "text": ARTICLE}, {"id": -7, "text": SPORT}]))
    articles, skipped = read_paths([path])
    assert skipped == [] and [a.id for a in articles] == ["12345", "-7"]


def test_invalid_utf8_line_costs_that_line_only(tmp_path):
    path = tmp_path / "x.jsonl"
    good = jsonl([{"id": "a", "text": ARTICLE}])
    path.write_bytes(good + b'{"id": "bad", "text": "\xd8\xff"}\n' + good.replace(b'"a"', b'"b"'))
    articles, skipped = read_paths([path])
    assert [a.id for a in articles] == ["a", "b"]
    assert where(skipped) == {("x.jsonl", 2): "invalid UTF-8 (byte 0xd8 at byte 24 of the line)"}


def test_cp1256_json_lines_are_read(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(jsonl([{"id": "a", "text": ARTICLE}, {"id": "b", "text": SPORT}]).decode().encode("cp1256"))
    articles, skipped = read_paths([path])
    assert skipped == [] and [a.text for a in articles] == [ARTICLE, SPORT]
    assert {a.encoding for a in articles} == {"windows-1256"}


def test_binary_file_named_jsonl_is_one_skipped_file(tmp_path):
    (tmp_path / "x.jsonl").write_bytes(random.Random(3).randbytes(100_000) + b"\x00")
    articles, skipped = read_paths([tmp_path])
    assert articles == [] and len(skipped) == 1


# --- what a folder holds besides regular files (item 7) ----------------------------------------


def test_special_files_and_links_in_a_folder_are_each_reported(tmp_path):
    import os
    import socket

    top = tmp_path / "in"
    (top / "sub").mkdir(parents=True)
    (top / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(top / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(top / "sock.txt"))
    (top / "loop").symlink_to(top)  # a link to its own parent: following it never ends
    (top / "elsewhere").symlink_to(tmp_path)
    (top / "linked.txt").symlink_to(top / "sub" / "a.txt")  # read once: the same file
    (top / "outside.txt").symlink_to(_outside(tmp_path))
    (top / "broken.txt").symlink_to(top / "missing.txt")
    (top / "to_pipe.txt").symlink_to(top / "pipe.txt")
    try:
        articles, skipped = read_paths([top])
    finally:
        sock.close()
    assert sorted(a.id for a in articles) == ["a", "outside"]
    assert where(skipped) == {
        ("pipe.txt", None): "not a regular file: a FIFO (named pipe)",
        ("sock.txt", None): "not a regular file: a socket",
        ("loop", None): "symbolic link to a folder: not followed",
        ("elsewhere", None): "symbolic link to a folder: not followed",
        ("linked.txt", None): f"same file as {top / 'sub' / 'a.txt'}: read once",
        ("broken.txt", None): "broken symbolic link (No such file or directory)",
        ("to_pipe.txt", None): "symbolic link to a FIFO (named pipe): not read",
    }


def _outside(tmp_path: Path) -> Path:
    path = tmp_path / "outside.txt"
    path.write_text(SPORT, encoding="utf-8")
    return path


def test_fifo_given_by_name_is_reported_not_read(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.jsonl")
    articles, skipped = read_paths([tmp_path / "pipe.jsonl"])
    assert articles == [] and where(skipped) == {("pipe.jsonl", None): "not a regular file: a FIFO (named pipe)"}


def test_unreadable_folder_and_file_are_reported(tmp_path, monkeypatch):
    # tests run as root, which chmod 000 does not stop: the refusals are made by monkeypatch
    import os

    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    scandir, real_open = os.scandir, open

    def refusing_scandir(path="."):
        if Path(path).name == "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    def refusing_open(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    monkeypatch.setattr("builtins.open", refusing_open)
    articles, skipped = read_paths([tmp_path])
    assert [a.id for a in articles] == ["ok"]
    assert where(skipped) == {
        ("closed", None): "cannot open folder: Permission denied",
        ("locked.txt", None): "cannot read: Permission denied",
    }


def test_folders_nested_deeper_than_the_python_stack_are_walked(tmp_path):
    import os
    import sys

    path = tmp_path
    for _ in range(300):
        path = path / "d"
        os.mkdir(path)
    (path / "deep.txt").write_text(ARTICLE, encoding="utf-8")
    # a stack of 100 frames more than this test uses, instead of folders 1,100 deep, which
    # shutil.rmtree (so pytest's clean-up of old temporary folders) cannot remove
    frame, depth = sys._getframe(), 0
    while frame:
        frame, depth = frame.f_back, depth + 1
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 100)
    try:
        (a,), skipped = read_paths([tmp_path])
    finally:
        sys.setrecursionlimit(limit)
    assert a.id == "deep" and skipped == []


# --- nothing else raises out of read_paths (item 8) --------------------------------------------


def test_unexpected_exception_costs_that_file_only(tmp_path, monkeypatch):
    import khulasa.read.read as reader

    def broken(path, text, encoding):
        if path.name == "bad.txt":
            raise TypeError("a bug on this input")
        return read_plain(path, text, encoding)

    from khulasa.read.plain import read_plain

    monkeypatch.setattr(reader, "read_plain", broken)
    (tmp_path / "bad.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    articles, skipped = read_paths([tmp_path])
    assert [a.id for a in articles] == ["ok"]
    assert where(skipped) == {("bad.txt", None): "unexpected error while reading (TypeError: a bug on this input)"}


def test_memory_error_is_not_swallowed(tmp_path, monkeypatch):
    import khulasa.read.read as reader

    def exhausted(*args):
        raise MemoryError

    monkeypatch.setattr(reader, "read_plain", exhausted)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(MemoryError):
        read_paths([tmp_path])


def test_same_file_named_twice_is_read_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    articles, skipped = read_paths([path, tmp_path])
    assert [a.id for a in articles] == ["a"] and where(skipped) == {("a.txt", None): f"same file as {path}: read once"}


def test_bomb_of_short_lines_stops_at_the_line_limit_and_lists_a_bounded_number(tmp_path, monkeypatch):
    import khulasa.read.jsonl as jsonl_reader

    monkeypatch.setattr(limits, "MAX_FILE_LINES", 5_000)
    monkeypatch.setattr(jsonl_reader, "LISTED", 100)
    (tmp_path / "x.jsonl.gz").write_bytes(gzip.compress(jsonl([{"id": "a", "text": ARTICLE}]) + b"x\n\n" * 10_000_000))
    articles, skipped = read_paths([tmp_path])
    assert [a.id for a in articles] == ["a"] and len(skipped) == 102
    assert skipped[100].reason == f"{2_500 - 100:,} more bad lines, not listed one by one"
    assert skipped[101].reason == "over the 5,000 line limit for one file: lines from 5001 on not read"


def test_file_and_folder_names_not_valid_utf8_are_reported_not_carried_into_the_output(tmp_path):
    import os

    base = os.fsencode(tmp_path)
    with open(base + b"/bad\xff.txt", "wb") as f:
        f.write(ARTICLE.encode())
    os.mkdir(base + b"/dir\xfe")
    with open(base + b"/dir\xfe/a.txt", "wb") as f:
        f.write(ARTICLE.encode())
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    articles, skipped = read_paths([tmp_path])
    assert [a.id for a in articles] == ["ok"]
    assert sorted((Path(s.path).name, s.reason) for s in skipped) == [
        ("bad\\xff.txt", "name is not valid UTF-8: rename it to have it read"),
        ("dir\\xfe", "name is not valid UTF-8: rename it to have it read"),
    ]
    assert_writable(articles, skipped)
    nul_articles, nul_skipped = read_paths(["a\x00b.txt"])
    assert nul_articles == [] and nul_skipped[0].reason == "not a usable path (embedded null byte)"


@pytest.mark.parametrize("data", [b"", b"\n \r\n\n"])
def test_empty_json_lines_file_is_reported(tmp_path, data):
    (tmp_path / "x.jsonl.gz").write_bytes(gzip.compress(data))
    (tmp_path / "y.jsonl").write_bytes(data)
    articles, skipped = read_paths([tmp_path])
    assert articles == [] and {(Path(s.path).name, s.reason) for s in skipped} == {
        ("x.jsonl.gz", "empty file"),
        ("y.jsonl", "empty file"),
    }
