"""Numbers in Arabic running text: digits (Western, Arabic-Indic, Persian), number words in
every gender and case, digits with scale words (7 آلاف، 1.5 مليون), fractions, percentages,
ranges, approximations and bounds, vague counts, and numbers that are not counts (years, days
of a date, clock times, durations, ordinals, identifiers).

    parse("خمسمائة و خمسة و عشرون") -> 525.0
    find("غادر أكثر من 7 آلاف شخص") -> [NumberMatch(start=6, end=19, value=7000.0, bound="min", ...)]

The reader, by job: ``words`` loads the language data (``data/number_words.tsv``,
``number_context.tsv``, ``number_grammar.tsv``, ``ordinals.tsv``, ``months.tsv``);
``token_value`` and ``tokens`` give each token its value; ``digits`` and ``spelled`` read a
number written in digits or in words; ``around`` finds the words around it, ``classify`` says
what it is, ``ranges`` reads the second number of a range or a ratio, ``context`` makes the
match; ``ordinals`` reads ordinals; ``finder`` walks a text. Each rule is a small function
whose docstring is its example, in an ordered list the reader walks.
"""
from khulasa.arabic.numbers.finder import find, may_contain, parse, scan
from khulasa.arabic.numbers.match import COUNT_KINDS, KINDS, NumberMatch

__all__ = ["COUNT_KINDS", "KINDS", "NumberMatch", "find", "may_contain", "parse", "scan"]
