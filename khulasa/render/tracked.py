"""What a story's figures other than people count (issue 14 item 7: votes, seats, money, prices,
exchange rates, scores), for a section of their own beside the casualty table and never in it:
by measure, each value with a few words of its sentence on either side, since the figure alone
does not say whose vote share or which price it is."""
from __future__ import annotations

from dataclasses import dataclass

from khulasa.model import Figure

# the measures analyse/figures/tracked.py gives, in the order a report lists them
TRACKED = ("votes", "seats", "money", "price", "rate", "score")
CONTEXT_WORDS = 6  # words of the sentence shown before and after the number


@dataclass(frozen=True, slots=True)
class InContext:
    """A figure (its index in the story's figures) with the words of its sentence around it."""

    figure: int
    before: str
    after: str


def tracked_groups(figures: list[Figure], texts: dict[str, str]) -> list[tuple[str, list[InContext]]]:
    """(measure, its figures in the story's order) for each tracked measure the story has;
    ``texts``: each article's text by id."""
    out = []
    for measure in TRACKED:
        shown = [
            _in_context(i, f, texts.get(f.article, "")) for i, f in enumerate(figures) if f.measure == measure
        ]
        if shown:
            out.append((measure, shown))
    return out


def _in_context(i: int, f: Figure, text: str) -> InContext:
    """The last words of the sentence before the number and the first after it."""
    before = text[f.sentence_start:f.start].split()[-CONTEXT_WORDS:] if text else []
    after = text[f.end:f.sentence_end].split()[:CONTEXT_WORDS] if text else []
    return InContext(i, " ".join(before), " ".join(after))
