"""Loading of the language data files shipped in ``khulasa/arabic/data``."""
from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources


def data_path(name: str):
    return resources.files("khulasa.arabic").joinpath("data", name)


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a UTF-8 data file (``.gz`` is read transparently)."""
    raw = data_path(name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    out = []
    for line in raw.decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.rstrip("\n"))
    return out


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split("\t")) for line in read_lines(name))
