"""Who a sentence says a figure comes from, following Arabic reporting structure:

    قال / أفاد / أعلن / ذكر / أكد + speaker + إن/أن ...        (a reporting verb)
    بحسب / وفق / حسب / حسبما / نقلا عن + source                 (according to)
    نقلت وكالة X عن Y: Y is the source, X the channel
    وأضاف / وتابع ...: the speaker of the previous sentence goes on

The cues live in ``data/attribution.tsv``. Speakers are returned as written in the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khulasa.arabic.clitics import bare
from khulasa.arabic.normalize import normalize
from khulasa.arabic.tokenize import Token, tokenize
from khulasa.news.resources import read_table

MAX_SPEAKER_WORDS = 12
_BREAK = set(",،.؛:()[]\"“”«»!?؟")


@dataclass(frozen=True)
class Attribution:
    start: int  # the cue's start in the sentence
    end: int  # the speaker's end in the sentence
    source: str
    kind: str  # verb | according | continue


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    cues: dict[tuple[str, ...], str] = {}
    ends: set[tuple[str, ...]] = set()
    for row in read_table("attribution.tsv"):
        cue, kind = row[:2]
        words = tuple(normalize(w) for w in cue.split())
        if kind == "end":
            ends.add(words)
        else:
            cues[words] = kind
    return cues, frozenset(ends)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(words[0] for words in _cues()[0])


def _strip(key: str) -> str:
    return bare(key, "conjunction")


def attribute(
    sentence: str, previous: Attribution | None = None, tokens: list[Token] | None = None
) -> list[Attribution]:
    """Attributions in ``sentence``, in order; ``previous`` is the last one of the sentence
    before, which a continuing verb (وأضاف) refers to. ``tokens``: ``tokenize(sentence)`` if
    the caller has it."""
    tokens = tokens if tokens is not None else tokenize(sentence)
    keys = [t.key for t in tokens]
    cues, ends = _cues()
    cue_starts = _first_words()
    out: list[Attribution] = []
    i = 0
    while i < len(tokens):
        match = None
        if keys[i] in cue_starts or _strip(keys[i]) in cue_starts:
            match = _match_cue(keys, i, cues)
        if not match:
            i += 1
            continue
        kind, n, glued_lam = match
        j = i + n
        if kind == "continue":
            if previous is not None and i <= 1:
                out.append(Attribution(tokens[i].start, tokens[j - 1].end, previous.source, "continue"))
            i = j
            continue
        j = _source_start(keys, i, j, kind, cues)
        speaker = _speaker(sentence, tokens, keys, j, ends, glued_lam)
        if speaker is not None:
            first, last = speaker
            text = _source_text(sentence, tokens, first, last, glued_lam)
            out.append(Attribution(tokens[i].start, tokens[last].end, text, kind))
            i = last + 1
        else:
            i = j
    return out


def _match_cue(keys: list[str], i: int, cues: dict[tuple[str, ...], str]) -> tuple[str, int, bool] | None:
    """The cue starting at word ``i``: (its kind, its length in words, whether a ل is glued to
    the word after it), the two-word cues first; None if there is none."""
    for n in (2, 1):
        words = tuple(keys[i:i + n])
        if len(words) < n:
            continue
        for cand in (words, (_strip(words[0]),) + words[1:]):
            # وفقا لناشطين: the ل of لـ is glued to the source
            kind = cues.get(cand) or (cues.get(cand + ("ل",)) if n == 1 else None)
            if kind:
                return kind, n, cues.get(cand) is None
    return None


def _source_start(keys: list[str], i: int, j: int, kind: str, cues: dict[tuple[str, ...], str]) -> int:
    """Where the source's words begin after the cue of words ``i`` to ``j - 1``."""
    if kind == "according":
        # بحسب ما أعلن المرصد، وفق ما أفاد المرصد، حسبما قال مركز المصالحة
        if j < len(keys) and keys[j] == "ما":
            j += 1
        if j < len(keys) and cues.get((_strip(keys[j]),)) == "verb":
            j += 1
    elif _strip(keys[i]) in ("نقلت", "نقل"):
        # نقلت وكالة تاس عن مركز المصالحة: the source is after عن
        k = j
        while k < len(keys) and k < j + MAX_SPEAKER_WORDS and keys[k] != "عن":
            k += 1
        if k < len(keys) and keys[k] == "عن":
            j = k + 1
    return j


def _source_text(sentence: str, tokens: list[Token], first: int, last: int, glued_lam: bool) -> str:
    """The source as written, words ``first`` to ``last``, without a ل glued to it."""
    text = sentence[tokens[first].start:tokens[last].end]
    if glued_lam and text.startswith("لل"):
        text = "ال" + text[2:]  # وفقا للمرصد: the source is المرصد
    elif glued_lam and text.startswith("ل"):
        text = text[1:]
    return text


def _speaker(sentence, tokens, keys, j, ends, glued_lam) -> tuple[int, int] | None:
    if j >= len(tokens):
        return None
    first = j
    last = None
    k = j
    while k < len(tokens) and k < j + MAX_SPEAKER_WORDS:
        if k > first and any(ch in _BREAK for ch in sentence[tokens[k - 1].end:tokens[k].start] if ch not in "\"“”«»"):
            break
        if (keys[k],) in ends or (k + 1 < len(tokens) and (keys[k], keys[k + 1]) in ends):
            break
        if keys[k][:1].isdigit():
            break
        last = k
        k += 1
    if last is None:
        return None
    return first, last
