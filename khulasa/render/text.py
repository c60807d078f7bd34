"""Input-derived text made safe to show on one line: control characters and bidi controls are
written out visibly (\\x1b, \\u202e) so they can neither drive a terminal nor reorder what is
displayed around them. Offsets are never computed on the result: it is for display only."""
from __future__ import annotations

import re

# C0, DEL and C1: an ESC or CSI (\x9b) starts a terminal escape sequence
_CONTROLS = "\x00-\x1f\x7f-\x9f"
# explicit embeddings, overrides and isolates: they reorder the text that follows them
_EMBEDDINGS = "\u202a-\u202e\u2066-\u2069"
# marks (LRM, RLM, ALM) only nudge neutrals, but in an id or a source they still hide or shift
_MARKS = "\u200e\u200f\u061c"

_META = re.compile(f"[{_CONTROLS}{_EMBEDDINGS}{_MARKS}]")
_PROSE = re.compile(f"[{_CONTROLS}{_EMBEDDINGS}]")


def _shown(m: re.Match) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """Runs of whitespace (newlines, tabs, U+2028, U+0085...) as one space."""
    return " ".join(text.split())


def visible(text: str, prose: bool = False) -> str:
    """``text`` on one line, its controls written out. Metadata (ids, sources, titles, paths)
    shows every bidi control; prose (quoted sentences) keeps the marks Arabic text uses."""
    return (_PROSE if prose else _META).sub(_shown, one_line(text))
