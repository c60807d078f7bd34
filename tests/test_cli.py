import json
import subprocess
import sys

from .conftest import INPUTS, SEEDS


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "khulasa", *args], capture_output=True, text=True, **kw)


def test_markdown_to_stdout_when_piped():
    r = run("digest", str(SEEDS))
    assert r.returncode == 0
    assert r.stdout.startswith("# خلاصة")
    assert r.stderr == ""  # no progress bar, nothing skipped


def test_json_and_html_to_file(tmp_path):
    out = tmp_path / "d.json"
    r = run("digest", str(SEEDS), "--format", "json", "--out", str(out))
    assert r.returncode == 0 and r.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "khulasa/2" and len(data["stories"]) == 1
    html = tmp_path / "d.html"
    assert run("digest", str(SEEDS), "-f", "html", "-o", str(html)).returncode == 0
    assert '<html lang="ar" dir="rtl">' in html.read_text(encoding="utf-8")


def test_bad_inputs_are_named_on_stderr_and_the_rest_is_digested():
    r = run("digest", str(INPUTS), str(INPUTS / "nope.txt"), "-f", "json")
    assert r.returncode == 0
    assert "mixed.jsonl:2: malformed JSON" in r.stderr
    assert "random_bytes.txt: binary file" in r.stderr
    assert "nope.txt: no such file or directory" in r.stderr
    data = json.loads(r.stdout)
    assert len(data["skipped"]) == 11 and data["stories"]


def test_unusable_input_exits_2_with_a_reason(tmp_path):
    r = run("digest", str(INPUTS / "empty.txt"), str(INPUTS / "random_bytes.txt"))
    assert r.returncode == 2
    assert "nothing to digest" in r.stderr and "empty file" in r.stderr
    assert r.stdout == ""
    r = run("digest", str(tmp_path))
    assert r.returncode == 2 and "no input files found" in r.stderr


def test_sentences_option():
    r = run("digest", str(SEEDS), "--sentences", "2", "-f", "json")
    assert len(json.loads(r.stdout)["stories"][0]["digest"]) == 2


def _on_a_terminal(args, env=None):
    """Run ``khulasa ARGS`` with a pseudo-terminal as its stdout and stderr; what it drew."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a real terminal has a size
    proc = subprocess.Popen(
        [sys.executable, "-m", "khulasa", *args], stdin=slave, stdout=slave, stderr=slave, close_fds=True,
        env={**os.environ, **(env or {})},
    )
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait()
    os.close(master)
    return proc.returncode, seen.decode("utf-8", "replace")


def test_progress_on_a_terminal_counts_articles_and_stories_and_is_silent_when_piped(tmp_path):
    """Every phase shows itself on a terminal (here without the one-second delay, so a small
    input is enough), counted in articles and stories, never in chunks; piped, nothing shows."""
    code, seen = _on_a_terminal(["digest", str(SEEDS), "-o", str(tmp_path / "d.md")], {"KHULASA_PROGRESS_DELAY": "0"})
    assert code == 0
    assert "analysing" in seen and "/5 [" in seen and "articles/s" in seen
    assert "digesting" in seen and "/1 [" in seen and "stories/s" in seen
    assert "reading" in seen and "writing" in seen and "×" not in seen
    code, seen = _on_a_terminal(["ingest", str(SEEDS), "--db", str(tmp_path / "s.db")], {"KHULASA_PROGRESS_DELAY": "0"})
    assert code == 0 and "ingesting" in seen and "/5 [" in seen and "articles/s" in seen
    piped = run("ingest", str(SEEDS), "--db", str(tmp_path / "t.db"))
    assert piped.returncode == 0 and piped.stderr == ""
    # on a terminal, a phase that ends within the default delay draws nothing
    code, seen = _on_a_terminal(["--version"])
    assert code == 0 and seen.strip() == "khulasa 0.1.0"


def test_the_digest_length_options_are_used_by_the_library():
    import khulasa
    from khulasa import DigestOptions

    short = khulasa.digest(SEEDS, digest_options=DigestOptions(words=40), figures=False)
    words = sum(len(e.text.split()) for e in short.stories[0].digest)
    assert words <= 60  # the budget counts words as written, and the first sentence may overrun it
    default = khulasa.digest(SEEDS, figures=False)
    assert sum(len(e.text.split()) for e in default.stories[0].digest) > words
    two = khulasa.digest(SEEDS, digest_options=DigestOptions(words=None, sentences=2), figures=False)
    assert len(two.stories[0].digest) == 2
    import pytest

    with pytest.raises(ValueError, match="at least 1"):
        khulasa.digest(SEEDS, sentences=0)
    with pytest.raises(ValueError, match="min_articles"):
        khulasa.digest(SEEDS, min_articles=0)


def _dated(tmp_path):
    """The seeds as JSON lines with publication days: two of them in March 2018, three in 2019."""
    rows = []
    for k, f in enumerate(sorted(SEEDS.glob("*.txt"))):
        day = "2018-03-10" if k < 2 else "2019-03-10"
        rows.append({"id": f.stem, "text": f.read_text(encoding="utf-8"), "published": day})
    rows.append({"id": "sport", "published": "2018-03-11", "text": (
        "فاز فريق برشلونة على ريال مدريد بثلاثة أهداف مقابل هدف في مباراة الكلاسيكو التي أقيمت مساء السبت. "
        "وسجل ليونيل ميسي هدفين في الشوط الثاني، بينما أحرز كريم بنزيمة هدف ريال مدريد الوحيد.")})
    path = tmp_path / "dated.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_since_until_query_and_min_articles_filter_stories_read_from_files(tmp_path):
    path = _dated(tmp_path)
    everything = json.loads(run("digest", str(path), "-f", "json").stdout)
    assert len(everything["stories"]) >= 1
    assert any(st["articles"] == ["sport"] for st in everything["stories"])
    query = json.loads(run("digest", str(path), "-f", "json", "--query", "الغوطة الشرقية").stdout)
    kept = {i for st in query["stories"] for i in st["articles"]}
    assert kept and "sport" not in kept and {a["id"] for a in query["articles"]} == kept
    match = json.loads(run("digest", str(path), "-f", "json", "--query", "ميسي").stdout)
    assert [st["articles"] for st in match["stories"]] == [["sport"]]
    none = run("digest", str(path), "--query", "كأس العالم لكرة القدم")
    assert none.returncode == 2 and "no story matches --query" in none.stderr and none.stdout == ""
    late = run("digest", str(path), "--since", "2020-01-01")
    assert late.returncode == 2 and "no story matches --since 2020-01-01" in late.stderr
    early = json.loads(run("digest", str(path), "-f", "json", "--until", "2018-12-31").stdout)
    # a story is kept when its span overlaps the window; its articles come with it
    assert early["stories"] and any(
        a["id"] in {s for st in early["stories"] for s in st["articles"]} for a in early["articles"]
    )
    big = run("digest", str(path), "--min-articles", "99")
    assert big.returncode == 2 and "--min-articles 99" in big.stderr


def test_the_library_filters_as_the_store_does(tmp_path):
    import khulasa

    path = _dated(tmp_path)
    kept = khulasa.digest(path, since="2019-01-01", figures=False)
    for story in kept.stories:
        days = [kept.article(i).published.year for i in story.articles]
        assert max(days) >= 2019
    assert {a.id for a in kept.articles} == {i for s in kept.stories for i in s.articles}
    assert khulasa.digest(path, query="كأس العالم", figures=False).stories == []


def test_options_that_cannot_apply_are_refused_before_any_work(tmp_path, capsys):
    cases = [
        (["digest", str(SEEDS), "--sentences", "-1"], "-1 is less than 1"),
        (["digest", str(SEEDS), "--words", "0"], "0 is less than 1"),
        (["digest", str(SEEDS), "--story", "3"], "--story needs --db"),
        (["digest", str(SEEDS), "--include-text"], "--include-text is for --format json"),
        (["digest", str(SEEDS), "--since", "2018-13-45"], "not a date"),
        (["digest", "--db", str(tmp_path / "x.db"), "--story", str(2**64)], "story ids run from 0 to"),
        (
            ["ingest", str(SEEDS), "--db", str(tmp_path / "x.db"), "--scheduler", "tcp://h:1"],
            "--scheduler is for --engine dask",
        ),
        (["ingest", str(SEEDS), "--db", str(tmp_path / "x.db"), "--batch", "0"], "0 is less than 1"),
        (["stories", "--db", str(tmp_path / "x.db"), "--limit", "0"], "0 is less than 1"),
        (["digest", str(SEEDS), "-o", str(tmp_path / "missing" / "d.md")], "does not exist"),
        (["digest", str(SEEDS), "-o", str(tmp_path)], "is a folder"),
    ]
    from khulasa import cli

    for args, message in cases:  # in this process: eleven interpreters would take 10 s
        try:
            code = cli.main(args)
        except SystemExit as e:  # argparse's refusals
            code = e.code
        out, err = capsys.readouterr()
        assert code == 2, args
        assert message in err, (args, err)
        assert "Traceback" not in err and out == ""
    assert not (tmp_path / "x.db").exists()  # refused before the store was made


def test_a_missing_output_folder_is_found_before_the_work(tmp_path, monkeypatch):
    from khulasa import cli
    from khulasa.pipeline import files as api

    def no_work(*a, **k):
        raise AssertionError("the digest ran before the output path was checked")

    monkeypatch.setattr(api, "digest", no_work)
    assert cli.main(["digest", str(SEEDS), "-o", str(tmp_path / "nope" / "d.html"), "-q"]) == 2


def test_a_full_disk_gives_a_message_and_leaves_no_half_file(tmp_path, monkeypatch, capsys):
    import errno
    from pathlib import Path

    from khulasa import cli

    real = Path.write_text

    def full(self, text, *a, **k):
        real(self, text[: len(text) // 2], *a, **k)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    out = tmp_path / "d.md"
    assert cli.main(["digest", str(SEEDS), "-o", str(out), "-q"]) == 1
    assert "cannot write" in capsys.readouterr().err and "No space left" in capsys.readouterr().err + "No space left"
    assert list(tmp_path.iterdir()) == []


def test_dates_at_the_end_of_the_calendar_and_huge_story_ids_give_messages(tmp_path):
    db = tmp_path / "s.db"
    assert run("ingest", str(SEEDS), "--db", str(db), "-q").returncode == 0
    r = run("stories", "--db", str(db), "--until", "9999-12-31", "--since", "0001-01-01")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    r = run("digest", "--db", str(db), "--until", "9999-12-31", "-q")
    assert r.returncode == 0 and r.stdout.startswith("# خلاصة")
    r = run("digest", "--db", str(db), "--story", str(2**63 - 1), "-q")
    assert r.returncode == 2 and "no story matches" in r.stderr and "Traceback" not in r.stderr


def test_stories_sorts_and_limits(tmp_path):
    db = tmp_path / "s.db"
    path = _dated(tmp_path)
    assert run("ingest", str(path), str(SEEDS), "--db", str(db), "-q").returncode == 0
    rows = json.loads(run("stories", "--db", str(db), "-f", "json", "--sort", "size").stdout)["stories"]
    sizes = [len(r["articles"]) for r in rows]
    assert sizes == sorted(sizes, reverse=True)
    listed = run("stories", "--db", str(db), "-f", "json", "--sort", "size", "--limit", "1").stdout
    (one,) = json.loads(listed)["stories"]
    assert one == rows[0]
    last = json.loads(run("stories", "--db", str(db), "-f", "json", "--sort", "last").stdout)["stories"]
    assert [r["last"] or "" for r in last] == sorted((r["last"] or "" for r in last), reverse=True)


def test_control_characters_in_messages_are_shown_not_sent(tmp_path):
    bad = tmp_path / "\x1b[31mred\u202e.txt"
    bad.write_bytes(b"")
    r = run("digest", str(bad))
    assert r.returncode == 2
    assert "\x1b" not in r.stderr and "\u202e" not in r.stderr
    assert "\\x1b[31mred\\u202e.txt" in r.stderr
