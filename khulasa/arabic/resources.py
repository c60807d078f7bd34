"""Loading of the data files shipped beside the code (``khulasa/arabic/data`` by default)."""
from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


def data_path(name: str, package: str = "khulasa.arabic"):
    return resources.files(package).joinpath("data", name)


def read_lines(name: str, package: str = "khulasa.arabic") -> list[str]:
    """Non-empty, non-comment lines of a UTF-8 data file (``.gz`` is read transparently)."""
    raw = data_path(name, package).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    out = []
    for line in raw.decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.rstrip("\n"))
    return out


@cache
def read_table(name: str, package: str = "khulasa.arabic") -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split("\t")) for line in read_lines(name, package))


def precheck_clitics(kind: str) -> tuple[str, ...]:
    """The clitics of ``kind`` (number_prefix, number_suffix, date_prefix) in
    ``precheck_clitics.tsv``, after the empty one: a word is also looked up bare."""
    return ("", *(clitic for k, clitic in read_table("precheck_clitics.tsv") if k == kind))
