"""The integrity and size of issue 15's labelled data: the event clusters (tests/data/ant_story_labels.tsv
read together with tests/data/ant_event_labels_more.tsv) with their hard negatives, and the storylines
(tests/data/ant_storyline_labels.tsv) with their core articles and near misses. The checks against the
corpus are ``python tools/label_storylines.py --check``; nothing here scores khulasa's stories."""
from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict

import pytest

from .conftest import ANT, ROOT

DATA = ROOT / "tests" / "data"
EVENTS = DATA / "ant_story_labels.tsv"
MORE_EVENTS = DATA / "ant_event_labels_more.tsv"
STORYLINES = DATA / "ant_storyline_labels.tsv"
MIN_CORE, MAX_CORE, MIN_NEAR = 15, 45, 5


def _tool():
    spec = importlib.util.spec_from_file_location("label_storylines", ROOT / "tools" / "label_storylines.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _tool()


def event_rows() -> list[dict[str, str]]:
    return [r.fields for path in (EVENTS, MORE_EVENTS) for r in tool.read_rows(path)[1]]


def hard_negative_groups() -> list[list[str]]:
    return [g for path in (EVENTS, MORE_EVENTS) for g in tool.hard_negative_groups(tool.read_rows(path)[0])]


def storylines() -> dict[str, dict[str, list[dict[str, str]]]]:
    by_name: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for r in tool.read_rows(STORYLINES)[1]:
        by_name[r.fields["storyline"]][r.fields["role"]].append(r.fields)
    return by_name


@pytest.mark.corpus
def test_the_files_agree_with_the_corpus():
    if not ANT.exists():
        pytest.skip(f"ANT corpus not found at {ANT}")
    tool.corpus_facts({r.fields["article"] for path in (STORYLINES, EVENTS, MORE_EVENTS)
                       for r in tool.read_rows(path)[1]})  # one pass over the corpus for the three checks
    problems = (tool.check(STORYLINES, MIN_CORE)
                + tool.check(EVENTS)
                + tool.check(MORE_EVENTS, also=(EVENTS,)))
    assert not problems, "\n".join(problems)


def test_at_least_60_multi_outlet_events_with_hard_negatives():
    outlets = defaultdict(set)
    for r in event_rows():
        outlets[r["story"]].add(r["outlet"])
    groups = hard_negative_groups()
    in_groups = {c for g in groups for c in g}
    print(f"\n{len(outlets)} event clusters ({sum(len(o) > 1 for o in outlets.values())} from several outlets), "
          f"{len(groups)} groups of hard negatives covering {len(in_groups)} clusters")
    assert len(outlets) >= 60
    assert sum(len(o) > 1 for o in outlets.values()) >= 55
    assert len(groups) >= 15 and len(in_groups) >= 40
    assert in_groups <= set(outlets)
    assert all(len(g) >= 2 for g in groups)


def test_the_new_events_are_not_in_the_scored_file():
    """ant_story_labels.tsv is scored by tests/test_story_labels.py with fixed thresholds; the
    clusters added for issue 15 live beside it, and an article is labelled once."""
    first = {r.fields["article"]: r.fields["story"] for r in tool.read_rows(EVENTS)[1]}
    more = [r.fields for r in tool.read_rows(MORE_EVENTS)[1]]
    assert all(first.get(r["article"], r["story"]) == r["story"] for r in more)
    assert not {r["article"] for r in more} & set(first)


def test_at_least_10_storylines_each_with_cores_and_near_misses():
    by_name = storylines()
    spans = {m.group(1) for m in map(tool.STORYLINE_HEAD.match, tool.read_rows(STORYLINES)[0]) if m}
    for name, roles in sorted(by_name.items()):
        outlets = {r["outlet"] for r in roles["core"]}
        print(f"{name}: {len(roles['core'])} core from {len(outlets)} outlets, {len(roles['near_miss'])} near misses")
    assert len(by_name) >= 10 and set(by_name) == spans
    for name, roles in by_name.items():
        assert MIN_CORE <= len(roles["core"]) <= MAX_CORE, name
        assert len(roles["near_miss"]) >= MIN_NEAR, name
        assert all(r["note"] for r in roles["near_miss"]), name


def test_near_misses_of_one_storyline_are_often_cores_of_another():
    """The hardest near misses are another labelled storyline's articles (Afrin beside Ghouta,
    Skripal beside Douma): some storylines must be tested against each other."""
    by_name = storylines()
    core_of = {r["article"]: name for name, roles in by_name.items() for r in roles["core"]}
    crossed = [(name, core_of[r["article"]]) for name, roles in by_name.items() for r in roles["near_miss"]
               if r["article"] in core_of]
    assert all(a != b for a, b in crossed)
    assert len({a for a, _ in crossed}) >= 4
