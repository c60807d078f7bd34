"""The happenings that cause tolls (``data/causes.tsv``: an earthquake, a chemical attack, air raids, an
accident) and what is known of each (``data/happenings.tsv``): whether it lasts for days, which other
causes may be names of the same happening (a blast and the fire it set), and which more precise causes
named right after narrow it (هجوم بغاز الكلور: chemical)."""
from __future__ import annotations

from functools import cache
from typing import NamedTuple

from khulasa.arabic.normalize import normalize
from khulasa.news.resources import read_table

ANOTHER = "another"  # the cause word of causes.tsv that makes the cause before it another happening
NOT_ANOTHER = "not_another"  # ... and the word right after it that undoes that (الأول من نوعه)
ANY = "*"  # in happenings.tsv: any cause


class _Happening(NamedTuple):
    lasting: bool
    may_be: frozenset[str]
    narrowed_by: frozenset[str]


@cache
def cause_words() -> dict[str, str]:
    """Each cause word (or phrase of two), normalised and bare (no clitic, no ال), with the cause it names."""
    return {normalize(row[0]): row[1] for row in read_table("causes.tsv")}


@cache
def _happenings() -> dict[str, _Happening]:
    table = {
        row[0]: _Happening(row[1] == "yes", frozenset(row[2].split()), frozenset(row[3].split()))
        for row in read_table("happenings.tsv")
    }
    missing = set(cause_words().values()) - set(table) - {ANOTHER, NOT_ANOTHER}
    if missing:
        raise ValueError(f"khulasa/news/data/happenings.tsv: no line for the causes {sorted(missing)} of causes.tsv")
    return table


@cache
def happening_words() -> frozenset[str]:
    """The words of causes.tsv that name a happening (not «another» nor the words that undo it)."""
    return frozenset(w for w, cause in cause_words().items() if cause not in (ANOTHER, NOT_ANOTHER))


def is_another(cause: str) -> bool:
    """The cause is of another happening than the story's (``another``: quake:another)."""
    return cause.endswith(":" + ANOTHER)


def may_be_any(cause: str) -> bool:
    """The cause may name any happening (happenings.tsv: an incident, حادث، انهيار)."""
    return not is_another(cause) and ANY in _happenings()[cause].may_be


def another(cause: str) -> str:
    """The cause of another happening than the story's (زلزالا آخر ضرب الأسبوع الماضي): quake -> quake:another."""
    return f"{cause}:{ANOTHER}"


def lasting(cause: str) -> bool:
    """The cause goes on for days (raids, clashes, an epidemic): a toll from its first day is not one
    happening's."""
    return _happenings()[cause.partition(":")[0]].lasting


def narrows(cause: str, narrower: str) -> bool:
    """A cause named right after ``cause`` says more precisely what happened (حادث تحطم، هجوم كيماوي)."""
    by = _happenings()[cause].narrowed_by
    return narrower != cause and (ANY in by or narrower in by)


def may_be_one(a: str, b: str) -> bool:
    """Two causes may name one happening: the same, or one of the other's other names (a blast, a fire; an
    incident, anything); another happening of a cause is only itself."""
    if a == b:
        return True
    if is_another(a) or is_another(b):
        return False
    first, second = _happenings()[a].may_be, _happenings()[b].may_be
    return ANY in first or ANY in second or b in first or a in second
