"""Who holds a share of territory: the side a verb of control names before the number (قوات النظام
باتت تسيطر على 58.8%، يسيطر تنظيم الدولة الإسلامية على 6.6%). Two sides' shares of one province are
two quantities, never one claim in conflict."""
from __future__ import annotations

from khulasa.analyse.figures.words import broken, either, figure_words
from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.normalize import normalize
from khulasa.arabic.tokenize import Token
from khulasa.news.measures import measure_words

CONTROL_REACH = 6  # words before the number the verb of control may stand (تسيطر على ما يزيد عن 60%)
HOLDER_WORDS = 4  # words a side's name may have (تنظيم الدولة الإسلامية)
_QUOTES = "\"'“”«»"


def controls_before(tokens: list[Token], lo: int) -> bool:
    """A verb of control stands a few words before the number at token ``lo``."""
    return _control_verb_at(tokens, lo) is not None


def _control_verb_at(tokens: list[Token], lo: int) -> int | None:
    """The verb of control a few words before the number, not past another number or a clause's opener (قوات النظام
    تسيطر على 60% من المحافظة بينما 40% بيد المعارضة: the 40 % is not the regime's)."""
    verbs, openers = figure_words("control_verb"), figure_words("clause_opener")
    for k in range(lo - 1, max(-1, lo - 1 - CONTROL_REACH), -1):
        key = unglued(tokens[k].key, "conjunction")
        if key in verbs or tokens[k].key in verbs:
            return k
        if tokens[k].is_number or key in openers:
            return None
    return None


def holder(text: str, tokens: list[Token], lo: int) -> str | None:
    """The side that holds the share at token ``lo``, as written: the words after the verb of control
    up to على (verb first), else those before it back to the clause's start, past the auxiliaries
    (قوات النظام باتت تسيطر، أما الفصائل المسلحة فتسيطر); None when the sentence names none."""
    k = _control_verb_at(tokens, lo)
    if k is None:
        return None
    return _until_on(text, tokens, k + 1, lo) or _before(text, tokens, k)


def _until_on(text: str, tokens: list[Token], j: int, lo: int) -> str | None:
    """The words from token j up to على (يسيطر تنظيم الدولة الإسلامية على), at most ``HOLDER_WORDS``."""
    on = figure_words("control_on")
    end = next((e for e in range(j, min(lo, j + HOLDER_WORDS + 1)) if tokens[e].key in on), None)
    if end is None or end == j or any(broken(text, tokens, e, e + 1) for e in range(j, end - 1)):
        return None
    # (لم تكن تسيطر لدى بدء الهجوم سوى على 30%: when, not who)
    if any(unglued(t.key, "conjunction") in figure_words("control_not_holder") for t in tokens[j:end]):
        return None
    return text[tokens[j].start:tokens[end - 1].end]


def _before(text: str, tokens: list[Token], k: int) -> str | None:
    """The words before the verb at token k, back to the clause's start, without its openers and
    auxiliaries (أما، في حين، باتت، لم تكن)."""
    skip = either(figure_words("control_aux"), figure_words("clause_opener"))
    stop = skip | figure_words("said")  # (أوضح المرصد أن قوات النظام: what a speaker says starts after أن)
    last = k - 1
    while last >= 0 and unglued(tokens[last].key, "conjunction") in skip:
        if broken(text, tokens, last, last + 1):
            return None  # the clause opens at the verb: no side named in it
        last -= 1
    if last < 0 or broken(text, tokens, last, last + 1) or unglued(tokens[last].key, "conjunction") in stop:
        return None
    first = last
    while first > 0 and last - first + 1 < HOLDER_WORDS and not broken(text, tokens, first - 1, first):
        if unglued(tokens[first - 1].key, "conjunction") in stop:
            break
        first -= 1
    return text[tokens[first].start:tokens[last].end]


def holder_key(words: str | None) -> str:
    """The side's head word, normalised, without the words any side's name may start with (قوات،
    عناصر) and the article: قوات النظام -> نظام; "" when not known."""
    if not words:
        return ""
    generic = figure_words("holder_generic")
    keys = [unglued(w.strip(_QUOTES), "conjunction") for w in normalize(words).split()]
    head = next((w for w in keys if w not in generic), "")
    if measure_words().get(head) == "territory_percent" or measure_words().get("ال" + head) == "territory_percent":
        return ""  # مساحة: the subject of a share with no side named, not a side
    return head[2:] if head.startswith("ال") else head
