"""The date reader's shape: its rules are small functions whose docstring is their example, and
every grammar role the code reads is in the data file, with a reason."""
from __future__ import annotations

from dataclasses import fields

from khulasa.arabic.dates.explicit import DAY_TAILS, EXPLICIT, MONTH_TAILS
from khulasa.arabic.dates.relative import WEEKDAY_TAILS
from khulasa.arabic.dates.rules import RULES
from khulasa.arabic.dates.words import Grammar, grammar
from khulasa.arabic.resources import read_table


def test_every_rule_shows_its_example():
    for rule in (*RULES, *EXPLICIT, *MONTH_TAILS, *DAY_TAILS, *WEEKDAY_TAILS):
        if rule.__name__ == "read_explicit":
            continue  # walks EXPLICIT
        assert rule.__doc__ and "->" in rule.__doc__, rule.__name__


def test_rules_are_distinct_and_in_order():
    assert len(set(RULES)) == len(RULES)
    names = [r.__name__ for r in RULES]
    assert names[0] == "holiday" and names[-2:] == ["read_explicit", "year_alone"]


def test_grammar_roles_have_words_and_reasons():
    rows = read_table("date_grammar.tsv")
    roles = {row[0] for row in rows}
    assert {f.name.rstrip("_") for f in fields(Grammar)} == roles
    assert all(len(row) == 4 and row[1] and row[3].strip() for row in rows)
    g = grammar()
    assert g.article and g.and_ and g.numbered_month

