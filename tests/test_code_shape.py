"""tools/code_shape.py on small fixtures (the real tree is checked by .ci/run): a function of
61 lines and an Arabic literal in a date or number reader are flagged; a docstring in Arabic,
a 60-line function and Arabic outside those readers are not."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "code_shape.py"


@pytest.fixture(scope="module")
def shape():
    spec = importlib.util.spec_from_file_location("code_shape", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["code_shape"] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    yield module
    del sys.modules["code_shape"]


def _function(name: str, lines: int) -> str:
    """Source of a function of exactly ``lines`` lines (the def line included)."""
    body = "".join(f"    x{k} = {k}\n" for k in range(lines - 2))
    return f"def {name}():\n{body}    return 0\n"


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for relative, source in files.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return tmp_path


READER = '''"""قراءة التواريخ: the module docstring may be Arabic."""

MONTHS = {"كانون الثاني": 1}


def month(word):
    """The month of ``word`` (شباط -> 2): a docstring in Arabic is documentation."""
    return MONTHS.get(word)


def digits(text):
    return text.translate({ord("٣"): "3"})


class Reader:
    """Arabic in a class docstring: يقرأ."""

    def label(self):
        return f"{self!r}: ﻻ"
'''


def test_a_61_line_function_is_flagged_and_a_60_line_one_is_not(shape, tmp_path):
    root = _tree(tmp_path, {"khulasa/long.py": _function("long", 61) + "\n\n" + _function("fits", 60)})
    problems = shape.check([root / "khulasa"], base=root)
    assert [(p.path, p.line) for p in problems] == [("khulasa/long.py", 1)]
    assert "'long' is 61 lines (at most 60)" in problems[0].message


def test_a_long_method_is_flagged(shape, tmp_path):
    method = "\n".join("    " + line if line else line for line in _function("run", 70).splitlines())
    root = _tree(tmp_path, {"khulasa/k.py": "class K:\n" + method + "\n"})
    (problem,) = shape.check([root / "khulasa"], base=root)
    assert problem.line == 2 and "'run' is 70 lines" in problem.message


def test_arabic_literals_in_the_date_and_number_readers_are_flagged_not_docstrings(shape, tmp_path):
    root = _tree(
        tmp_path,
        {
            "khulasa/arabic/dates/words.py": READER,
            "khulasa/arabic/numbers.py": READER,
            "khulasa/arabic/normalize.py": READER,  # other modules may hold Arabic literals
        },
    )
    problems = shape.check([root / "khulasa"], base=root)
    by_file: dict[str, list[int]] = {}
    for p in problems:
        by_file.setdefault(p.path, []).append(p.line)
    # the dict key, the Arabic-Indic digit and the presentation form in the f-string
    assert by_file == {"khulasa/arabic/dates/words.py": [3, 12, 19], "khulasa/arabic/numbers.py": [3, 12, 19]}
    assert all("Arabic" in p.message for p in problems)


def test_excluded_paths_are_skipped(shape, tmp_path):
    root = _tree(tmp_path, {"khulasa/arabic/numbers.py": READER + "\n\n" + _function("long", 80)})
    settings = shape.Settings(exclude=("khulasa/arabic/numbers",))
    assert shape.check([root / "khulasa"], base=root, settings=settings) == []
    assert len(shape.check([root / "khulasa"], base=root)) == 4


def test_the_command_lists_problems_and_exits_1(tmp_path):
    root = _tree(tmp_path, {"khulasa/arabic/dates.py": READER + "\n\n" + _function("long", 61)})
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.code_shape]\nmax-function-lines = 60\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(TOOL), str(root / "khulasa"), "--base", str(root), "--config", str(config)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert "code shape: 4 problem(s)" in run.stderr
    assert "khulasa/arabic/dates.py:22: function 'long' is 61 lines (at most 60)" in run.stderr
    clean = _tree(tmp_path / "clean", {"khulasa/ok.py": _function("fits", 60)})
    ok = subprocess.run(
        [sys.executable, str(TOOL), str(clean / "khulasa"), "--base", str(clean), "--config", str(config)],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
