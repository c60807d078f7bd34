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
    assert data["schema"] == "khulasa/1" and len(data["stories"]) == 1
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


def test_progress_bar_on_a_terminal_only(tmp_path, ant_rows):
    """On a terminal a run over hundreds of articles shows progress on stderr; piped, it does not."""
    import os
    import pty

    path = tmp_path / "ant.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ant_rows[:400]), encoding="utf-8")
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a real terminal has a size
    proc = subprocess.Popen(
        [sys.executable, "-m", "khulasa", "digest", str(path), "-f", "json", "-o", str(tmp_path / "o.json")],
        stdin=slave, stdout=slave, stderr=slave, close_fds=True,
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
    assert proc.returncode == 0
    assert b"analysing" in seen and b"articles" in seen  # the bar, with its unit
    piped = run("digest", str(path), "-f", "json", "-o", str(tmp_path / "p.json"))
    assert piped.returncode == 0 and piped.stderr == ""
