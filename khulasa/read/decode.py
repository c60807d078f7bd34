"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256.

Windows-1256 maps almost every byte to some character, so it is accepted only when the result
reads as Arabic text; anything else is refused with a reason rather than guessed.
"""
from __future__ import annotations

import codecs
import re


class InputProblem(Exception):
    """An input that cannot be used; the message says why, for the user."""


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ARABIC = re.compile(r"[\u0621-\u064A]")
_LETTER = re.compile(r"[^\W\d_]")
# what Windows-1256 bytes become when they are not Arabic letters: accented Latin letters,
# typographic symbols, and the Persian/Urdu letters rare in Arabic text
_STRAY = re.compile(r"[\u00a0-\u00ff\u0152\u0153\u0192\u02c6\u2020\u2021\u2030\u2039\u203a\u0679\u067e\u0686\u0688\u0691\u0698\u06a9\u06af\u06ba\u06be\u06c1\u06d2]")


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return False


def _plausible_arabic(text: str) -> bool:
    """Text decoded as Windows-1256 reads as Arabic: mostly Arabic letters, words separated by
    spaces, and next to none of the accented Latin letters and symbols that the code page's
    other bytes map to (which is what random bytes or another encoding turn into)."""
    n = len(text)
    letters = len(_LETTER.findall(text))
    if not letters:
        return False
    arabic = len(_ARABIC.findall(text))
    spaces = text.count(" ") + text.count("\n")
    stray = len(_STRAY.findall(text))
    controls = len(_CONTROL.findall(text))
    return arabic / letters >= 0.5 and spaces >= n * 0.05 and stray <= n * 0.005 and controls <= n * 0.001


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) or InputProblem."""
    if not data.strip():
        raise InputProblem("empty file")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise InputProblem(f"has a UTF-8 byte-order mark but invalid UTF-8 at byte {e.start + 3}") from None
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(name), name
            except UnicodeDecodeError:
                raise InputProblem(f"has a UTF-16 byte-order mark but is not valid {name}") from None
    if looks_binary(data):
        raise InputProblem("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        if _CONTROL.search(text) and len(_CONTROL.findall(text)) > len(text) * 0.01:
            raise InputProblem("binary file (mostly control characters), not text")
        return text, "utf-8"
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_arabic(text):
        return text, "windows-1256"
    raise InputProblem(
        f"not UTF-8 (invalid byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) "
        "and not Arabic text in Windows-1256: cannot tell its encoding"
    )
