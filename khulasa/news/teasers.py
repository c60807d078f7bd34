"""Teasers: the leads of other stories an outlet appends to an article (CNN's related stories:
``يدرس ايلون ماسك ... تحويل تسلا إلى شركة خاصة`` after a story on Aramco). Their numbers are not
the article's figures and their sentences not its digest.

Teasers are the article's trailing run of at least ``MIN_RUN`` paragraphs, each one a full lead (at
least ``MIN_WORDS`` words) that opens as a new story does (a bare verb or name: not with a word that
continues the one before, ``data/story_openers.tsv``, nor with و or ف glued to a word) and shares at
most ``SHARED`` salient stems with the title and the paragraphs before the run: several unrelated
leads in a row end an article only when an outlet appends them. One unrelated closing paragraph is
kept (background often is), and so are the leads of a run that tell the story on."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from khulasa.arabic.clitics import clitic_letters
from khulasa.arabic.lexicon import lexicon, stem_stats
from khulasa.arabic.normalize import normalize
from khulasa.arabic.terms import terms
from khulasa.news.resources import read_table

MIN_RUN = 2  # unrelated leads in a row at an article's end
MAX_RUN = 12  # outlets append a handful (CNN: 2 to 7); read no further back (a text of lead-shaped lines)
LONG_RUN = 4  # one lead in four of a run of teasers may share the story's words
MIN_WORDS = 15  # a teaser is a whole lead, not a list item or a caption
SHARED = 2  # salient stems a teaser may share with the story (a country, a month, a common name)
BARE_MIN = 5  # times the news writes a word for it to be one (امتدح 14; افقت, from وافقت: never)
SALIENT_IDF = 3.5  # background idf of a stem that tells a story apart (as storylines read leads)
LETTERS = re.compile(r"[^\W\d_]+")


def teaser_paragraphs(title: str, paragraphs: Sequence[tuple[str, Sequence[str]]]) -> int:
    """How many of the article's last ``paragraphs`` (text, its sentences' stems), in order, are
    teasers (0 for nearly every article)."""
    shaped = 0  # the trailing paragraphs shaped as leads of their own
    while shaped < min(len(paragraphs) - 2, MAX_RUN) and _lead_shaped(paragraphs[-1 - shaped][0]):
        shaped += 1
    if shaped < MIN_RUN:
        return 0
    own = [_salient(stems) for _, stems in paragraphs]
    story = _salient(terms(title)).union(*own[:-shaped])
    # the run starts where the leads after it are unrelated to the story before it: all of them in a
    # short run, all but one in four in a longer one (a teaser may happen to share the story's words: a
    # missile on Jazan after a story on the Houthis' missiles), its first one always
    for start in range(len(paragraphs) - shaped, len(paragraphs) - MIN_RUN + 1):
        unrelated = [len(own[k] & story) <= SHARED for k in range(start, len(paragraphs))]
        if unrelated[0] and sum(unrelated) >= len(unrelated) - len(unrelated) // LONG_RUN:
            return len(paragraphs) - start
        story |= own[start]
    return 0


def _lead_shaped(text: str) -> bool:
    """A full lead that opens as a new story does."""
    words = text.split()
    return len(words) >= MIN_WORDS and not _labelled(words) and not _continues(words)


def _labelled(words: list[str]) -> bool:
    """A list item or a column's paragraph: a number or a mark first (1-, 7., >>), or a label
    before a colon (أمراض الكلى: ...)."""
    return not LETTERS.fullmatch(words[0].strip('"«')) or any(w.endswith(":") for w in words[:3])


def _continues(words: list[str]) -> bool:
    """The paragraph opens with a word that goes on with the story before it."""
    first, second = (normalize(_letters(w)) for w in (words + [""])[:2])
    openers = _openers()
    if first in openers or f"{first} {second}" in openers:
        return True
    return first[:1] in clitic_letters("conjunction_short") and _glued(first)


def _letters(word: str) -> str:
    """The word without the quotes and marks around it (وأضاف: is وأضاف)."""
    m = LETTERS.search(word)
    return m.group() if m else ""


def _glued(word: str) -> bool:
    """و or ف is a conjunction glued to the word (وأضاف), not its first letter (وافقت، فرضت):
    the word without it is a word the news writes too (ومن: من; افقت hardly ever). When both read,
    the paragraph is taken to go on with the story: a teaser missed costs less than a paragraph lost."""
    return len(word) >= 3 and lexicon().freq(word[1:]) >= BARE_MIN


@cache
def _openers() -> frozenset[str]:
    return frozenset(normalize(row[0]) for row in read_table("story_openers.tsv"))


def related_link(outlet: str | None, line: Sequence[str], story: Sequence[str]) -> bool:
    """A line of its own amid the paragraphs of an outlet that sets links to its other stories so
    (``data/related_links.tsv``) is one when it shares at most ``LINK_SHARED`` salient stems with the story
    (its title and body); ``line`` and ``story`` are stems."""
    if outlet is None or outlet.casefold() not in _link_outlets():
        return False
    return len(_salient(line) & _salient(story)) <= LINK_SHARED


def headline_shaped(text: str) -> bool:
    """A headline's length, opening as a new story does (not وتنافس في هذه الانتخابات 320 حزباً ..., a
    sentence that lost its full stop)."""
    words = text.split()
    # (a line a colon ends opens what follows it: هناك ثلاث تحالفات يتقدم من خلالها المرشحون، وهي:)
    return 0 < len(words) <= LINK_WORDS and not _continues(words) and not text.rstrip().endswith(":")


LINK_SHARED = 4  # a link to a story of the same country or war shares a few (مقديشو، تفجير، القتلى)
LINK_WORDS = 14  # the longest headline of a link (13 words: الأمم المتحدة : 52 ألف شخص من جنوب السودان فروا ...)


@cache
def _link_outlets() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in read_table("related_links.tsv"))


def _salient(stems: Sequence[str]) -> set[str]:
    stats = stem_stats()
    return {t for t in stems if not t[:1].isdigit() and stats.idf(t) >= SALIENT_IDF}
