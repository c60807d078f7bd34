"""Bytes to text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, or Windows-1256.

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
# typographic symbols, and the Persian/Urdu letters rare in Arabic text ...
_STRAY = re.compile(
    r"[\u00a0-\u00ff\u0152\u0153\u0192\u02c6\u2020\u2021\u2030\u2039\u203a\u0679\u067e\u0686\u0688\u0691\u0698\u06a9\u06af\u06ba\u06be\u06c1\u06d2]"
)
# ... but for those real Arabic text uses: the no-break space (some outlets put it between all
# words, so it counts as a space), and, up to 2 % of the text (past that, they are what random
# or foreign bytes look like again), guillemets (the usual Arabic quotation marks), the
# multiplication and degree signs, ھ (a common spelling of ه), and پ چ ژ گ for P, Ch, Zh and G
# in foreign names. Counting them all as stray refused 2.1 % of ANT articles saved as cp1256
# (tools/cp1256_acceptance.py).
_COMMON = frozenset("\u00ab\u00bb\u00d7\u00b0\u06be\u067e\u0686\u0698\u06af")
_COMMON_SHARE = 0.02


def stray_characters(text: str) -> list[str]:
    """The characters of cp1256-decoded text unlikely in Arabic text: those never common, then
    the common ones past their share."""
    found = [c for c in _STRAY.findall(text) if c != "\u00a0"]
    rare = [c for c in found if c not in _COMMON]
    common = [c for c in found if c in _COMMON]
    return rare + common[int(len(text) * _COMMON_SHARE):]


# UTF-32 first: its little-endian mark begins with UTF-16's
_BOMS = (
    ("utf-32-le", codecs.BOM_UTF32_LE),
    ("utf-32-be", codecs.BOM_UTF32_BE),
    ("utf-8-sig", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
)
_BOM_NAMES = {
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
    "utf-8-sig": "UTF-8",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
}


def bom_codec(data: bytes) -> tuple[str, bytes] | None:
    """(codec, byte-order mark) when ``data`` starts with one."""
    for name, bom in _BOMS:
        if data.startswith(bom):
            return name, bom
    return None


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192] and bom_codec(data) is None


def _plausible_arabic(text: str) -> bool:
    """Text decoded as Windows-1256 reads as Arabic: mostly Arabic letters, words separated by
    spaces, and next to none of the accented Latin letters and symbols that the code page's
    other bytes map to (which is what random bytes or another encoding turn into)."""
    n = len(text)
    letters = len(_LETTER.findall(text))
    if not letters:
        return False
    arabic = len(_ARABIC.findall(text))
    spaces = text.count(" ") + text.count("\n") + text.count("\u00a0")
    stray = len(stray_characters(text))
    # as for UTF-8 text: a stray control character or two occur in real articles
    controls = len(_CONTROL.findall(text))
    return arabic / letters >= 0.5 and spaces >= n * 0.05 and stray <= n * 0.005 and controls <= n * 0.01


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) or InputProblem."""
    if not data.strip():
        raise InputProblem("empty file")
    codec = bom_codec(data)
    if codec:
        name, bom = codec
        try:
            return data[len(bom):].decode(name), name
        except UnicodeDecodeError as e:
            raise InputProblem(
                f"has a {_BOM_NAMES[name]} byte-order mark but is not valid {_BOM_NAMES[name]} "
                f"(at byte {e.start + len(bom)})"
            ) from None
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
