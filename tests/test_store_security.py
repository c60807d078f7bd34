"""A store file may come from anyone: reading one never runs what it holds (no pickle), every
stored value is checked as it is decoded, and a damaged, foreign, unwritable or full database
gives one message (``khulasa: ...``, exit 2), never a traceback."""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import pickle
import random
import shutil
import sqlite3
import struct
import subprocess
import sys
import zlib
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from khulasa.analyse.article import analyse_article
from khulasa.cli import main
from khulasa.grouping.stories import article_bag
from khulasa.model import Article, Figure
from khulasa.pipeline.ingest import ingest
from khulasa.pipeline.stored import digest_stored, stories
from khulasa.read import read_paths
from khulasa.store.codec import CODEC_VERSION
from khulasa.store.store import Store, StoreError, pack_analysis, pack_bag, unpack_analysis, unpack_bag

from .conftest import SEEDS

CODEC = bytes([CODEC_VERSION])  # the first byte of a packed value

NEW_ARTICLE = (
    "قالت الأمم المتحدة إن قافلة مساعدات دخلت مدينة دوما في الغوطة الشرقية يوم الخميس وحملت أغذية لسبعة آلاف شخص."
)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    """The five seed articles in a store, closed (its WAL folded in), to copy and damage."""
    db = tmp_path_factory.mktemp("seedstore") / "news.db"
    ingest(SEEDS, db, progress=False)
    assert not Path(f"{db}-wal").exists()
    return db


@pytest.fixture
def store(seed_store, tmp_path) -> Path:
    db = tmp_path / "news.db"
    shutil.copyfile(seed_store, db)
    return db


def cli(*args) -> tuple[int, str]:
    """The command line in this process: its exit status and stderr (an exception escaping it
    is the traceback a user would have seen, and fails the test)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([str(a) for a in args])
    return code, err.getvalue()


def cli_process(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "khulasa", *map(str, args)], capture_output=True, text=True, timeout=300
    )


def one_message(stderr: str, path) -> bool:
    lines = stderr.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("khulasa: ") and str(path) in lines[0] and "Traceback" not in stderr


def set_column(db: Path, column: str, value, table: str = "articles") -> None:
    with contextlib.closing(sqlite3.connect(db)) as c, c:
        c.execute(f"UPDATE {table} SET {column} = ?", (value,))


def packed_json(value) -> bytes:
    """A value in the store's encoding: the codec byte, then zlib-compressed JSON."""
    return CODEC + zlib.compress(json.dumps(value).encode())


# -- (a) a pickle in a store is never unpickled ---------------------------------------------------


class _Touch:
    """Unpickled, this runs a shell command that creates ``marker``."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch '{self.marker}'",)


def pickles(marker: Path) -> dict[str, bytes]:
    raw = pickle.dumps(_Touch(marker), protocol=pickle.HIGHEST_PROTOCOL)
    return {
        "raw": raw,
        "zlib (schema 1's encoding)": zlib.compress(raw),
        "codec byte + zlib": CODEC + zlib.compress(raw),
    }


@pytest.mark.parametrize("kind", ["raw", "zlib (schema 1's encoding)", "codec byte + zlib"])
def test_a_pickled_analysis_is_refused_by_digest_and_never_run(store, tmp_path, kind):
    marker = tmp_path / "pwned"
    set_column(store, "analysis", pickles(marker)[kind])
    r = cli_process("digest", "--db", store, "-q")
    assert r.returncode == 2 and one_message(r.stderr, store), r.stderr
    assert "analysis" in r.stderr and "ingest the articles into a new store" in r.stderr
    assert not marker.exists()


def test_a_pickled_story_vector_is_refused_by_ingest_and_never_run(store, tmp_path):
    marker = tmp_path / "pwned"
    set_column(store, "bag", pickles(marker)["zlib (schema 1's encoding)"])
    new = tmp_path / "new.txt"
    new.write_text(NEW_ARTICLE, encoding="utf-8")
    # an undated article is compared with every stored original: their story vectors are read
    r = cli_process("ingest", new, "--db", store, "-q")
    assert r.returncode == 2 and one_message(r.stderr, store), r.stderr
    assert "story vector" in r.stderr
    assert not marker.exists()
    with contextlib.closing(sqlite3.connect(store)) as c:  # the batch was rolled back
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 5


def test_a_store_of_schema_1_is_refused_with_what_to_do(store):
    with contextlib.closing(sqlite3.connect(store)) as c, c:
        c.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    with pytest.raises(StoreError, match=r"schema '1'.*ingest the articles into a new store"):
        stories(store)


# -- (b) stored values that do not decode ---------------------------------------------------------

GARBAGE_ANALYSES = {
    "empty": b"",
    "codec byte only": CODEC,
    "not zlib": CODEC + b"garbage" * 10,
    "another codec": bytes([CODEC_VERSION + 1]) + zlib.compress(b"[[], []]"),
    "the codec before (an old store)": bytes([CODEC_VERSION - 1]) + zlib.compress(b"[[], []]"),
    "not JSON": CODEC + zlib.compress(b"{not json"),
    "not UTF-8": CODEC + zlib.compress(b'["\xff\xfe"]'),
    "truncated": packed_json([[], []])[:-3],
    "trailing bytes": packed_json([[], []]) + b"junk",
    "a dict": packed_json({"sentences": [], "figures": []}),
    "three parts": packed_json([[], [], []]),
    "offsets past the text": packed_json([[[0, 10**9, "body", [], 3, None]], []]),
    "negative offsets": packed_json([[[-5, 3, "body", [], 3, None]], []]),
    "a kind that is a number": packed_json([[[0, 3, 7, [], 3, None]], []]),
    "terms that are a number": packed_json([[[0, 3, "body", 5, 3, None]], []]),
    "terms that are not strings": packed_json([[[0, 3, "body", ["a", 5], 3, None]], []]),
    "a short sentence row": packed_json([[[0, 3, "body"]], []]),
    "a date past the sentence": packed_json([[[0, 3, "body", [], 3, [[0, 99]]]], []]),
    "a day number out of range": packed_json([[[0, 3, "body", [], 3, [[0, 1, 0, 0, "day"]]]], []]),
    "a figure row too short": packed_json([[], [["x", 0, 1]]]),
    "a figure of wrong types": packed_json([[], [["x"] * len(fields(Figure))]]),
    "deeply nested": CODEC + zlib.compress(b"[" * 100_000),
    "a decompression bomb": CODEC + zlib.compress(b" " * (65 << 20), 9),
    "text": "abc",
    "a number": 7,
}


@pytest.mark.parametrize("kind", list(GARBAGE_ANALYSES))
def test_an_analysis_that_does_not_decode_is_refused_with_the_store_and_article(store, kind):
    with contextlib.closing(sqlite3.connect(store)) as c, c:
        victim = c.execute("SELECT id FROM articles ORDER BY n LIMIT 1").fetchone()[0]
        c.execute("UPDATE articles SET analysis = ? WHERE id = ?", (GARBAGE_ANALYSES[kind], victim))
    with pytest.raises(StoreError) as e:
        digest_stored(store)
    assert (
        str(store) in str(e.value) and victim in str(e.value) and "ingest the articles into a new store" in str(e.value)
    )


def packed_bag(count: int, weights: list[float], terms: bytes) -> bytes:
    """A story vector in the store's encoding: count, weights, NUL-separated terms."""
    return CODEC + zlib.compress(count.to_bytes(4, "little") + struct.pack(f"<{len(weights)}d", *weights) + terms)


@pytest.mark.parametrize("column, value, says", [
    pytest.param("bag", CODEC + b"garbage", "story vector", id="bag not zlib"),
    pytest.param("bag", packed_json([["a", "b"], [1.0, 2.0]]), "story vector", id="bag as JSON"),
    pytest.param("bag", packed_bag(2, [1.0, 2.0], b"a"), "story vector", id="bag of fewer terms than weights"),
    pytest.param("bag", packed_bag(1000, [1.0], b"a"), "story vector", id="bag of fewer weights than its count"),
    pytest.param("bag", packed_bag(1, [1.0], b"\xff"), "story vector", id="bag of terms not UTF-8"),
    pytest.param("bag", packed_bag(0, [], b"a"), "story vector", id="bag of terms and no count"),
    pytest.param("bag", CODEC + zlib.compress(CODEC), "story vector", id="bag shorter than its count"),
    pytest.param("signature", b"\x00" * 7, "MinHash", id="signature too short"),
    pytest.param("signature", "not bytes", "wrong type", id="signature text"),
    pytest.param("published", "yesterday", "wrong type", id="publication time in words"),
])
def test_an_ingest_refuses_stored_values_that_do_not_decode(store, column, value, says):
    set_column(store, column, value)
    with pytest.raises(StoreError, match=says) as e:
        ingest([Article(id="new", text=NEW_ARTICLE)], store, progress=False)
    assert str(store) in str(e.value)
    with Store(store, create=False) as s:  # nothing of the batch was kept
        assert s.count() == 5


def test_a_publication_time_out_of_range_is_refused(store):
    set_column(store, "published", 1e300)
    with pytest.raises(StoreError, match="publication time"):
        digest_stored(store)


# -- (c) damaged and foreign files ----------------------------------------------------------------


def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def _root(db: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as c:
        return c.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]


def _bytes(edit):
    """A damage made on the file's bytes."""
    def make(src: Path, dst: Path) -> None:
        data = bytearray(src.read_bytes())
        dst.write_bytes(bytes(edit(data, _page_size(data), src)))
    return make


def _sql(*statements, writable_schema=False):
    """A damage made through SQLite (values no khulasa writes)."""
    def make(src: Path, dst: Path) -> None:
        shutil.copyfile(src, dst)
        with contextlib.closing(sqlite3.connect(dst)) as c, c:
            for s in statements:
                c.execute(s)
    return make


def _flip(data, offset, n=1):
    data[offset:offset + n] = bytes(b ^ 0xFF for b in data[offset:offset + n])
    return data


def _zero_page(data, page_size, number):
    data[(number - 1) * page_size:number * page_size] = bytes(page_size)
    return data


def _foreign(*statements):
    def make(src: Path, dst: Path) -> None:
        with contextlib.closing(sqlite3.connect(dst)) as c, c:
            for s in statements:
                c.execute(s)
    return make


def _write(data: bytes):
    return lambda src, dst: dst.write_bytes(data)


def _directory(src: Path, dst: Path) -> None:
    dst.mkdir()


DAMAGED = {
    # not SQLite at all
    "an empty file": _write(b""),
    "a text file": _write("عاجل: هذا ليس ملف قاعدة بيانات\n".encode() * 200),
    "random bytes": _write(random.Random(0).randbytes(20_000)),
    "a directory": _directory,
    "an SQLite header then garbage": lambda src, dst: dst.write_bytes(
        src.read_bytes()[:100] + random.Random(1).randbytes(40_000)
    ),
    "a gzipped store": lambda src, dst: dst.write_bytes(gzip.compress(src.read_bytes())),
    # SQLite, but not khulasa's
    "another program's database": _foreign("CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"),
    "another program's meta table": _foreign("CREATE TABLE meta (k, v)"),
    "a meta table without a schema": _foreign("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
    # truncated
    "cut at 50 bytes": _bytes(lambda d, p, s: d[:50]),
    "cut inside the header": _bytes(lambda d, p, s: d[:100]),
    "cut after one page": _bytes(lambda d, p, s: d[:p]),
    "cut inside the third page": _bytes(lambda d, p, s: d[: 2 * p + 7]),
    "cut in half": _bytes(lambda d, p, s: d[: len(d) // p // 2 * p]),
    # the header
    "the magic string flipped": _bytes(lambda d, p, s: _flip(d, 0)),
    "the page size flipped": _bytes(lambda d, p, s: _flip(d, 16)),
    "the payload fraction flipped": _bytes(lambda d, p, s: _flip(d, 21)),
    "the first page's b-tree header flipped": _bytes(lambda d, p, s: _flip(d, 100)),
    # pages
    "the schema page zeroed": _bytes(lambda d, p, s: _zero_page(d, p, 1)),
    "the meta table's page zeroed": _bytes(lambda d, p, s: _zero_page(d, p, _root(s, "meta"))),
    "the articles table's root zeroed": _bytes(lambda d, p, s: _zero_page(d, p, _root(s, "articles"))),
    "the stories table's page zeroed": _bytes(lambda d, p, s: _zero_page(d, p, _root(s, "stories"))),
    "the articles table's root header flipped": _bytes(lambda d, p, s: _flip(d, (_root(s, "articles") - 1) * p, 12)),
}

# values no khulasa writes: a digest reads them all, a listing of stories only some
DAMAGED_VALUES = {
    "an analysis of garbage": _sql("UPDATE articles SET analysis = x'01deadbeef'"),
    "an analysis pickled": _sql(
        f"UPDATE articles SET analysis = x'{zlib.compress(pickle.dumps(('not', 'analysis'))).hex()}'"
    ),
    "a text that is not UTF-8": _sql("UPDATE articles SET text = CAST(x'c328ff' AS TEXT)"),
    "a publication time in words": _sql("UPDATE articles SET published = 'yesterday'"),
    "a story title that is a blob": _sql("UPDATE stories SET title = x'00ff'"),
    "an article id that is a blob": _sql("UPDATE articles SET id = x'00ff' WHERE n = 1"),
}


def test_damaged_and_foreign_files_each_give_one_message(seed_store, tmp_path):
    """29 files (the issue's 28 gave 9 tracebacks): a listing and a digest of each stop with one
    message naming it; a listing need not read the values a digest reads."""
    problems = []
    for k, (damage, make) in enumerate({**DAMAGED, **DAMAGED_VALUES}.items()):
        db = tmp_path / f"{k}.db"
        make(seed_store, db)
        for command in (["stories"], ["digest", "-q"]):
            code, err = cli(*command, "--db", db)
            if not (code != 0 and one_message(err, db)) and not (
                command == ["stories"] and damage in DAMAGED_VALUES and code == 0
            ):
                problems.append((damage, command[0], code, err))
    assert problems == []


def test_damaged_files_give_one_message_from_the_real_command(seed_store, tmp_path):
    for damage in ("a directory", "the articles table's root zeroed", "an analysis of garbage"):
        db = tmp_path / f"{damage}.db"
        {**DAMAGED, **DAMAGED_VALUES}[damage](seed_store, db)
        r = cli_process("digest", "--db", db, "-q")
        assert r.returncode == 2 and one_message(r.stderr, db), (damage, r.stderr)


def test_bytes_flipped_anywhere_give_a_digest_or_one_message(seed_store, tmp_path):
    """Damage SQLite cannot see (a letter of a text, a page nothing reads) may go unnoticed;
    whatever is noticed is one message."""
    problems = []
    for seed in range(12):
        rng = random.Random(seed)
        data = bytearray(seed_store.read_bytes())
        for _ in range(8):
            data[rng.randrange(100, len(data))] ^= 1 << rng.randrange(8)
        db = tmp_path / f"{seed}.db"
        db.write_bytes(bytes(data))
        for command in (["stories"], ["digest", "-q"]):
            code, err = cli(*command, "--db", db)
            if code != 0 and not one_message(err, db):
                problems.append((seed, command[0], code, err))
    assert problems == []


def _unwritable_places(tmp_path: Path) -> list[Path]:
    places = [tmp_path / "a-file" / "news.db"]  # its folder is a file
    (tmp_path / "a-file").write_text("x")
    if Path("/proc/self").is_dir():
        places.append(Path("/proc/khulasa-test.db"))  # nobody, not even root, creates files there
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if not os.access(locked, os.W_OK):  # root may write anyway
        places.append(locked / "news.db")
    return places


def test_a_store_in_a_place_that_cannot_be_written_gives_one_message(tmp_path):
    for db in _unwritable_places(tmp_path):
        code, err = cli("ingest", SEEDS, "--db", db, "-q")
        assert code == 2 and one_message(err, db), err


def test_a_full_disk_during_an_ingest_gives_one_message_and_keeps_the_store(tmp_path, monkeypatch):
    db = tmp_path / "news.db"
    opened = Store._check_or_create

    def small_disk(self, create):  # the new store's file may grow by two pages only
        opened(self, create)
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        self.db.execute(f"PRAGMA max_page_count = {pages + 2}")

    with monkeypatch.context() as m:
        m.setattr(Store, "_check_or_create", small_disk)
        code, err = cli("ingest", SEEDS, "--db", db, "-q")
    assert code == 2 and one_message(err, db) and "database or disk is full" in err, err
    with Store(db, create=False) as s:  # the batch was rolled back as a whole
        assert s.count() == 0
    assert ingest(SEEDS, db, progress=False).added == 5


# -- (d) the codec round-trips real analyses exactly ----------------------------------------------


def _analysed_seeds():
    articles, _ = read_paths([SEEDS])
    when = datetime(2018, 3, 18, 9, tzinfo=UTC)  # a publication day: the dates are read
    return [(x.article, x.figures) for x in (analyse_article(replace(a, published=when), True) for a in articles)]


def test_the_analysis_and_story_vector_of_the_seeds_round_trip_exactly_as_plain_data():
    seen_dates = seen_figures = 0
    for done, figs in _analysed_seeds():
        # figures are dated against their anchor later; one dated figure checks that layout
        figs = (
            figs + [replace(figs[0], as_of_first=date(2018, 3, 1), as_of_last=date(2018, 3, 18), subset=True)]
            if figs
            else figs
        )
        blob = pack_analysis(done.sentences, figs)
        sentences, figures = json.loads(zlib.decompress(blob[1:]).decode("utf-8"))  # codec byte, then JSON
        assert blob[:1] == CODEC and len(sentences) == len(done.sentences)
        assert all(len(row) == len(fields(Figure)) for row in figures)  # every field is kept
        back, back_figs = unpack_analysis(replace(done, sentences=[]), blob)
        # repr, not ==: 1 == 1.0 and (1,) != [1] would hide a changed type
        assert repr(back.sentences) == repr(done.sentences)
        assert repr(back_figs) == repr(figs)
        bag = article_bag(done)
        assert repr(unpack_bag(pack_bag(bag))) == repr(bag) and unpack_bag(pack_bag([])) == []
        seen_dates += sum(1 for s in done.sentences for m in s.dates or () if m.value)
        seen_figures += len(figs)
    assert seen_dates > 5 and seen_figures > 5


def test_a_digest_from_the_store_is_the_digest_of_the_files_in_every_field(store, seed_digest):
    """What the store gives back is what the analysis gave, down to the JSON a user gets."""
    from khulasa.render import to_json

    (stored,), (direct,) = (json.loads(to_json(d))["stories"] for d in (digest_stored(store), seed_digest))
    assert stored.keys() == direct.keys()
    for key in stored.keys() - {"id", "storyline"}:  # a store numbers its stories and storylines itself
        assert stored[key] == direct[key], key
    with contextlib.closing(sqlite3.connect(store)) as c:
        for analysis, bag, signature in c.execute("SELECT analysis, bag, signature FROM articles"):
            assert analysis[:1] == bag[:1] == CODEC and len(signature) == 64 * 8


def test_terms_that_cannot_be_joined_round_trip_as_lists():
    """Terms are stored as one space-separated string when that reads back the same; a term
    with a space, an empty term or no terms at all are kept as a list."""
    from khulasa.model import Sentence

    text = "كلمة كلمة كلمة"
    odd = [("a b", "c"), ("",), (), ("x", "")]
    sentences = [Sentence("x", k, 0, 4, text[0:4], "body", terms, 1) for k, terms in enumerate(odd)]
    back, _ = unpack_analysis(Article(id="x", text=text), pack_analysis(sentences, []))
    assert [s.terms for s in back.sentences] == odd
    with pytest.raises(ValueError, match="NUL"):
        pack_bag([("a\x00b", 1.0)])
