"""Check two habits of khulasa's code that no linter holds; exit 1 with a list when one is broken.

    python tools/code_shape.py                  # the package: khulasa/
    python tools/code_shape.py PATH...          # other folders or files (the tests use this)

(a) no function or method is over MAX_LINES lines (``end_lineno - lineno + 1``, decorators not
    counted, nested functions counted on their own and inside the function holding them);
(b) the date and number readers (``khulasa/arabic/dates*`` and ``khulasa/arabic/numbers*``)
    hold no Arabic in string literals other than docstrings: their words live in the data files
    of ``khulasa/arabic/data/``, where a linguist can read and extend them without Python.
    Arabic letters, Arabic-Indic digits and the Arabic presentation forms count.

Settings in pyproject.toml, ``[tool.code_shape]``: ``max-function-lines``, ``no-arabic-literals``
(path prefixes) and ``exclude`` (path prefixes left out of both checks: temporary exemptions,
each marked with the issue that removes it). Run by ``.ci/run`` after ruff, mypy and
lint-imports.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 60
# Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms-A and -B
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# the files whose literals must be free of Arabic: paths relative to the repository, matched
# as a prefix of the path's posix form (so dates.py, dates/*.py, numbers.py, ...)
NO_ARABIC_LITERALS = ("khulasa/arabic/dates", "khulasa/arabic/numbers")


@dataclass(frozen=True)
class Settings:
    max_lines: int = MAX_LINES
    no_arabic_literals: tuple[str, ...] = NO_ARABIC_LITERALS
    exclude: tuple[str, ...] = field(default=())

    @classmethod
    def from_pyproject(cls, path: Path) -> Settings:
        if not path.is_file():
            return cls()
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("code_shape", {})
        return cls(
            max_lines=int(table.get("max-function-lines", MAX_LINES)),
            no_arabic_literals=tuple(table.get("no-arabic-literals", NO_ARABIC_LITERALS)),
            exclude=tuple(table.get("exclude", ())),
        )


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def long_functions(tree: ast.AST, path: str, max_lines: int = MAX_LINES) -> Iterator[Problem]:
    """Every function or method of more than ``max_lines`` lines."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            end = node.end_lineno if node.end_lineno is not None else node.lineno
            lines = end - node.lineno + 1
            if lines > max_lines:
                yield Problem(path, node.lineno, f"function {node.name!r} is {lines} lines (at most {max_lines})")


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the string constants that are docstrings (of the module, classes, functions)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                found.add(id(first.value))
    return found


def arabic_literals(tree: ast.AST, path: str) -> Iterator[Problem]:
    """Every string literal (f-string parts and bytes decoded as UTF-8 included) holding an
    Arabic character, docstrings excepted."""
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or id(node) in docstrings:
            continue
        value = node.value
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if isinstance(value, str):
            found = ARABIC.search(value)
            if found:
                shown = value if len(value) <= 40 else value[:37] + "..."
                yield Problem(
                    path, node.lineno, f"Arabic ({found.group()!r}, U+{ord(found.group()):04X}) in a literal: {shown!r}"
                )


def check_file(path: Path, relative: str, settings: Settings = Settings()) -> list[Problem]:
    """The problems of one file; ``relative`` is its path as shown and as matched against the
    settings' path prefixes."""
    if settings.exclude and relative.startswith(settings.exclude):
        return []
    tree = ast.parse(path.read_bytes(), filename=str(path))
    problems = list(long_functions(tree, relative, settings.max_lines))
    if relative.startswith(settings.no_arabic_literals):
        problems.extend(arabic_literals(tree, relative))
    return sorted(problems, key=lambda p: (p.path, p.line, p.message))


def python_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        else:
            yield path


def _relative(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def check(paths: Iterable[Path], base: Path = ROOT, settings: Settings = Settings()) -> list[Problem]:
    """The problems of every Python file under ``paths``; paths are shown relative to ``base``."""
    problems: list[Problem] = []
    for path in python_files(paths):
        problems.extend(check_file(path, _relative(path, base.resolve()), settings))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: khulasa/)")
    parser.add_argument("--base", type=Path, default=ROOT, help="paths are matched relative to this folder")
    parser.add_argument(
        "--config", type=Path, default=ROOT / "pyproject.toml", help="where [tool.code_shape] is read from"
    )
    parser.add_argument("--no-exclude", action="store_true", help="check the excluded paths too")
    args = parser.parse_args(argv)
    settings = Settings.from_pyproject(args.config)
    if args.no_exclude:
        settings = Settings(settings.max_lines, settings.no_arabic_literals)
    problems = check(args.paths or [ROOT / "khulasa"], args.base, settings)
    if problems:
        print(f"code shape: {len(problems)} problem(s)", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print("code shape: ok", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
