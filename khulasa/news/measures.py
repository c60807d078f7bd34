"""What a stated quantity counts (killed, displaced, besieged...), from the words of its
sentence. The word lists live in ``data/measures.tsv``; they are matched on stems."""
from __future__ import annotations

from functools import lru_cache

from khulasa.arabic.normalize import normalize
from khulasa.arabic.stem import stem_words
from khulasa.news.resources import read_table

DEFINITE_STEM_LEAST = 4  # letters of a definite form's stem taken as a measure word (فرار، برميل)


@lru_cache(maxsize=1)
def measure_stems() -> dict[str, str]:
    """stem -> measure"""
    out: dict[str, str] = {}
    for row in read_table("measures.tsv"):
        measure, words = row[:2]
        for stem in stem_words(words.split()):
            out.setdefault(stem, measure)
    # ... and, for a word whose first letter Snowball took for a clitic (فرار as ف + رار, برميل as
    # ب + رميل), the stem of its definite form, which keeps it (الفرار: فرار; شرعوا في الفرار, the
    # fleeing, in a random draw of the whole-corpus store)
    for row in read_table("measures.tsv"):
        measure, words = row[:2]
        bare = words.split()
        for word, stem in zip(bare, stem_words(bare)):
            if stem[:1] != normalize(word)[:1] and not word.startswith("ال"):
                definite = stem_words(["ال" + word])[0]
                # (not a short root or a stem still holding the article: الفقدان gives فقد, "he lost",
                # الوفيات gives الوف, the way ألوف "thousands" is written)
                if len(definite) >= DEFINITE_STEM_LEAST and not definite.startswith("ال"):
                    out.setdefault(definite, measure)
    return out


@lru_cache(maxsize=1)
def written_measures() -> dict[str, str]:
    """word, normalised -> measure, for words matched as written only (``data/measures_written.tsv``: their stem
    is another word's too)."""
    return {normalize(row[0]): row[1] for row in read_table("measures_written.tsv")}


@lru_cache(maxsize=1)
def measure_words() -> dict[str, str]:
    """word, normalised as the data file writes it -> measure"""
    out: dict[str, str] = {}
    for row in read_table("measures.tsv"):
        measure, words = row[:2]
        for word in words.split():
            out.setdefault(normalize(word), measure)
    return out


def measures_near_numbers(terms: tuple[str, ...] | list[str], window: int = 6) -> set[str]:
    """Measures whose words stand within ``window`` terms of a quantity in ``terms``."""
    stems = measure_stems()
    found: set[str] = set()
    for i, t in enumerate(terms):
        if not t[:1].isdigit() or (len(t) == 4 and 1900 <= int(float(t)) <= 2100):
            continue
        for u in terms[max(0, i - window): i + window + 1]:
            m = stems.get(u)
            if m and m != "other":  # (the abducted: counted, but no measure a story tracks)
                found.add(m)
    return found
