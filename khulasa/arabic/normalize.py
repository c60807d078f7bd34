"""Normalisation for matching.

The displayed text is never changed: these functions produce keys for comparing words,
not text to show. The character map lives in ``data/charmap.tsv``.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from khulasa.arabic.resources import read_table


def _codepoint(field: str) -> str:
    return chr(int(field[2:], 16)) if field else ""


@lru_cache(maxsize=1)
def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for row in read_table("charmap.tsv"):
        src, dst = row[0], row[1] if len(row) > 1 else ""
        table[ord(_codepoint(src))] = _codepoint(dst) or None
    return table


# Presentation forms (FB50-FDFF, FE70-FEFE) and ligatures such as ﻻ only appear in badly
# converted text; the NFKC pass (the slow part) runs only when one is present.
_needs_nfkc = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]").search


def normalize(text: str) -> str:
    """Fold diacritics, tatweel, hamza/alef forms, alef maqsura, teh marbuta, digits and
    presentation forms to one spelling per word, for matching."""
    if _needs_nfkc(text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_table())


@lru_cache(maxsize=1024)
def normalize_sentence(text: str) -> str:
    """``normalize(text)``, remembered for the last texts: several readers (numbers, dates,
    figures, repeats) each normalise the same sentence in turn."""
    return normalize(text)


def strip_diacritics(text: str) -> str:
    """Remove only vowel marks, tatweel and invisible characters (keeps letter forms)."""
    return text.translate(_deletions())


@lru_cache(maxsize=1)
def _deletions() -> dict[int, None]:
    return {k: None for k, v in _table().items() if v is None}


def fold_digits(text: str) -> str:
    """Arabic-Indic and Persian digits (and separators) to ASCII; nothing else changes."""
    return text.translate(_digit_table())


@lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    return {k: v for k, v in _table().items() if v is not None and (v.isdigit() or v in ".,")}
