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


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return False


def _plausible_arabic(text: str) -> bool:
    letters = len(_LETTER.findall(text))
    if not letters:
        return False
    arabic = len(_ARABIC.findall(text))
    controls = len(_CONTROL.findall(text))
    return arabic / letters >= 0.5 and controls <= len(text) * 0.001


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
