"""Who a figure counts, as a class (children, women, civilians, fighters ...), from the counted noun as written: one
reading shared by the place reader (fighters driven out are no refugees) and by the claims (which join only the
counts of one class). The words of each class are figure_words.tsv's."""
from __future__ import annotations

from khulasa.arabic.normalize import normalize
from khulasa.news.resources import word_set

# in order: the first class a word of the subject belongs to is its class (مقاتلين أطفال: children)
CLASSES = (
    "attackers", "rescuers", "journalists", "medics", "nationals", "children", "women", "both_sides", "fighters",
    "civilians", "protesters", "projectiles", "targets",
)


def subject_class(subject: str | None) -> str:
    """The class of the counted noun ("any" when none is named or its words are of no class)."""
    if not subject:
        return "any"
    key = normalize(subject)
    for kind in CLASSES:
        if any(w in key for w in word_set("figure_words.tsv", kind)):
            return kind
    return "any"
