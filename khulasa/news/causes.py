"""The happenings that cause tolls (``data/causes.tsv``: an earthquake, a chemical attack, air raids, an
accident) and what is known of each (``data/happenings.tsv``): whether it lasts for days, and which
other causes may be names of the same happening (a blast and the fire it set)."""
from __future__ import annotations

from functools import cache

from khulasa.arabic.normalize import normalize
from khulasa.news.resources import read_table


@cache
def cause_words() -> dict[str, str]:
    """Each cause word, normalised and bare (no clitic, no ال), with the cause it names."""
    return {normalize(row[0]): row[1] for row in read_table("causes.tsv")}


@cache
def _happenings() -> dict[str, tuple[bool, frozenset[str]]]:
    return {row[0]: (row[1] == "yes", frozenset(row[2].split())) for row in read_table("happenings.tsv")}


ANOTHER = "another"  # the cause word of causes.tsv that makes the cause before it another happening


def another(cause: str) -> str:
    """The cause of another happening than the story's (زلزالا آخر ضرب الأسبوع الماضي): quake -> quake:another."""
    return f"{cause}:{ANOTHER}"


def lasting(cause: str) -> bool:
    """The cause goes on for days (raids, clashes, an epidemic): a toll from its first day is not one
    happening's."""
    return _happenings()[cause.partition(":")[0]][0]


def may_be_one(a: str, b: str) -> bool:
    """Two causes may name one happening: the same, or one of the other's other names (a blast, a fire);
    another happening of a cause is only itself."""
    if a == b:
        return True
    if ":" in a or ":" in b:
        return False
    return b in _happenings()[a][1] or a in _happenings()[b][1]
