"""What stands around a number: the context phrases of ``number_context.tsv`` before and after
it, a month's name, a sign, a comparison symbol, a من that starts a range or a change."""
from __future__ import annotations

from functools import lru_cache

from khulasa.arabic.numbers.tokens import Tok, gap, only_space
from khulasa.arabic.numbers.words import grammar, lam_article, strip_clitic, weekdays, words


def _span_joined(text: str, span: list[Tok]) -> bool:
    """The words of a phrase stand next to each other (or with a separate article between)."""
    article = grammar().article
    pairs = zip(span, span[1:], strict=False)
    return all(only_space(gap(text, a, b)) or gap(text, a, b).strip() == article for a, b in pairs)


def phrase_before(toks: list[Tok], i: int, text: str) -> tuple[str, int] | None:
    """(role, index of its first token) of a context phrase ending just before token i:
    أكثر من 7 -> ("min", index of أكثر)"""
    if i == 0:
        return None
    last = toks[i - 1]
    phrases = words().phrases
    for key in dict.fromkeys((last.key, strip_clitic(last.key), lam_article(last.key))):
        for phrase, role in phrases.get(key, ()):
            first = i - len(phrase)
            if first >= 0 and _words_match(toks, first, phrase) and _span_joined(text, toks[first:i]):
                return role, first
    return None


def _words_match(toks: list[Tok], first: int, phrase: tuple[str, ...]) -> bool:
    """The words from ``first`` on are the phrase's, but for its last (looked up already): the middle ones as
    written, the first also with a clitic, or with ل glued to its article (للقرار الدولي 2216 is القرار الدولي's)."""
    n = len(phrase)
    if n < 2:
        return True
    if any(toks[first + k].key != phrase[k] for k in range(1, n - 1)):
        return False
    key = toks[first].key
    return key == phrase[0] or strip_clitic(key) == phrase[0] or lam_article(key) == phrase[0]


@lru_cache(maxsize=1)
def _phrase_first_words() -> frozenset[str]:
    return frozenset(phrase[0] for lst in words().phrases.values() for phrase, _ in lst)


@lru_cache(maxsize=1)
def _symbol_last_characters() -> frozenset[str]:
    return frozenset(sym[-1] for sym, _ in words().symbols)


@lru_cache(maxsize=1)
def _month_first_words() -> frozenset[str]:
    return frozenset(k[0] for k in words().months)


CUT_MONTH_LETTERS = 4  # the least of a month's name a text cut short may end on (في 2 أكتوب)


def cut_month_at(toks: list[Tok], k: int, text: str) -> bool:
    """Token k ends the text, cut short inside a month's name (a teaser's last words: دخوله إلى القنصلية في 2 أكتوب)."""
    if k != len(toks) - 1 or text[toks[k].end:].strip(" .…") or len(key := toks[k].key) < CUT_MONTH_LETTERS:
        return False
    return any(m.startswith(key) and m != key for m in _month_first_words())


def roles_after(toks: list[Tok], j: int, text: str, width: int = 3) -> tuple[str, int] | None:
    """(role, index of its last token) of a context phrase starting just after token j:
    70 في المئة -> ("percent", index of المئة)"""
    if j + 1 >= len(toks):
        return None
    first = toks[j + 1].key
    firsts = _phrase_first_words()
    if first not in firsts and strip_clitic(first) not in firsts:
        return None
    phrases = words().phrases
    for n in range(width, 0, -1):
        if j + n >= len(toks):
            continue
        span = toks[j + 1:j + 1 + n]
        keys = tuple(t.key for t in span)
        for cand in (keys, (strip_clitic(keys[0]),) + keys[1:]):
            for phrase, role in phrases.get(cand[-1], ()):
                if phrase == cand:
                    return None if _day_named(toks, j + n, role) else (role, j + n)
    return None


def _day_named(toks: list[Tok], k: int, role: str) -> bool:
    """قتل 25 يوم الجمعة: a unit of time before a weekday's name names that day, 25 counts no days"""
    if role != "duration" or k + 1 >= len(toks) or toks[k].key not in grammar().day_word:
        return False
    return toks[k + 1].key in weekdays()


def month_at(toks: list[Tok], k: int) -> bool:
    """A month name (one or two words, possibly with a leading clitic) starts at token k."""
    months = words().months
    if k >= len(toks):
        return False
    firsts = _month_first_words()
    if toks[k].key not in firsts and strip_clitic(toks[k].key) not in firsts:
        return False
    for n in (2, 1):
        span = toks[k:k + n]
        if len(span) < n:
            continue
        keys = tuple(t.key for t in span)
        if keys in months or (strip_clitic(keys[0]),) + keys[1:] in months:
            return True
    return False


def roles_of(key: str) -> set[str]:
    """The roles of a one-word context phrase, with or without the article."""
    roles = words().roles_single
    out = set(roles.get(key, ()))
    article = grammar().article
    if key.startswith(article):
        out |= roles.get(key[len(article):], set())
    return out


def phrase_word(key: str) -> bool:
    """``key`` (or ``key`` without a clitic) is a word of some context phrase."""
    phrases = words().phrases
    key = strip_clitic(key) if key not in phrases else key
    return any(key in phrase for lst in phrases.values() for phrase, _ in lst)


def sign(text: str, toks: list[Tok], i: int) -> int | None:
    """Where a negative number starts: -5 -> at the minus; سالب عشرة -> at سالب"""
    tok = toks[i]
    if tok.digits is not None and tok.start > 0 and text[tok.start - 1] == "-":
        if tok.start == 1 or text[tok.start - 2] in " \t\n(<>=":
            return tok.start - 1
    if i > 0 and "negative" in roles_of(toks[i - 1].key) and only_space(gap(text, toks[i - 1], tok)):
        return toks[i - 1].start
    return None


def _symbol_ends_at(text: str, k: int, sym: str) -> int | None:
    """Where ``sym`` starts when it ends at ``k``, spaces allowed inside it (< = 100)."""
    j = k
    s_len = 0
    for ch in reversed(sym):
        while j > 0 and text[j - 1] == " " and s_len:
            j -= 1
        if j > 0 and text[j - 1] == ch:
            j -= 1
            s_len += 1
        else:
            return None
    return j


def symbol_before(text: str, start: int) -> tuple[str, int] | None:
    """(role, start) of a comparison sign right before a number: >= 30 -> ("min", at >=)"""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] not in _symbol_last_characters():
        return None  # the common case: no sign before the number
    for sym, role in words().symbols:
        j = _symbol_ends_at(text, k, sym)
        if j is not None and (j == 0 or text[j - 1] not in "<>="):
            return role, j
    return None


def from_before(toks: list[Tok], i: int, text: str) -> int | None:
    """Index of a من right before the number (من X إلى Y), unless it ends a phrase such as
    أكثر من or ما يقرب من."""
    if i > 0 and toks[i - 1].key in grammar().from_ and only_space(gap(text, toks[i - 1], toks[i])):
        phrase = phrase_before(toks, i, text)
        if phrase is not None and phrase[1] < i - 1:
            return None
        return i - 1
    return None


def change_before(toks: list[Tok], i: int, window: int = 6) -> bool:
    """A word of change (ارتفع، تراجع) in the few words before token ``i``."""
    roles = words().roles_single
    for t in toks[max(0, i - window):i]:
        if "change" in roles.get(t.key, ()) or "change" in roles.get(strip_clitic(t.key), ()):
            return True
    return False
