"""Plain text: one article per file, id = file stem. The first line is not taken as a title."""
from __future__ import annotations

from pathlib import Path

from khulasa.model import Article


def read_plain(path: Path, text: str, encoding: str) -> list[Article]:
    return [Article(id=path.stem, text=text, path=str(path), encoding=encoding)]
