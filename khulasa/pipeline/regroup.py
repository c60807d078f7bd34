"""Stories of a store after an ingest: the part of the story graph the new edges touch is
grouped again by the same average linkage as a digest of files; stories keep their ids, and a
story that a new article joins to another is recorded as merged into it."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from khulasa.grouping.stories import StoryOptions, agglomerate
from khulasa.news.roundups import OPENING, is_roundup
from khulasa.store.store import Store


@dataclass
class Regrouped:
    """What a regrouping did: stories changed and merged (counts), the stories whose members
    changed (new ones included), and the stories merged into another, (merged, into)."""

    changed: int = 0
    merges: int = 0
    touched: set[int] = field(default_factory=set)
    merged: list[tuple[int, int]] = field(default_factory=list)


HORIZON = 2.0  # story windows before the new articles within which stored articles are regrouped


def regroup(store: Store, seeds: set[int], opt: StoryOptions, since: float | None = None) -> Regrouped:
    """Group again the part of the story graph around ``seeds`` (through articles published
    at ``since`` or later: older ones keep their story).
    A group keeps the id of the stored story most of its members had; a stored story left
    with no members is recorded as merged into the group that took most of them."""
    if not seeds:
        return Regrouped()
    nodes = store.component(seeds, opt.threshold, since)
    links = store.edges_within(nodes)
    grouped = agglomerate(sorted(nodes), links, opt.threshold, opt.attach_size, opt.attach_threshold)
    groups = sorted(grouped, key=lambda g: (-len(g), g[0]))
    before = store.stories_of(nodes)
    info = store.members_info(nodes, OPENING)
    strength: dict[int, float] = defaultdict(float)
    for w, a, b in links:
        strength[a] += w
        strength[b] += w
    taken: dict[int, int] = {}  # old story -> group index
    ids: list[int] = []
    for k, g in enumerate(groups):
        votes = Counter(before[n] for n in g if before.get(n) is not None)
        choice = next((s for s, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])) if s not in taken), None)
        if choice is None:
            choice = store.new_story()
        else:
            taken[choice] = k
        ids.append(choice)
    had: dict[int, set[int]] = {}
    for n, s in before.items():
        if s is not None:
            had.setdefault(s, set()).add(n)
    out = Regrouped()
    for k, g in enumerate(groups):
        if had.get(ids[k]) == set(g):
            continue  # nothing moved in or out
        out.touched.add(ids[k])
        store.set_story(ids[k], g, _title(sorted(g, key=lambda n: (-strength[n], n)), info))
        out.changed += 1
    store.refresh(set(ids) | set(had))
    # a stored story whose members all went into a group under another id was merged into it
    # (by an article that arrived in that group, else in this part of the graph)
    group_of = {n: k for k, g in enumerate(groups) for n in g}
    anywhere = next((info[n][0] for n in sorted(nodes) if before.get(n) is None), None)
    left = store.sizes(set(had) - set(taken))
    for s in sorted(set(had) - set(taken)):
        k = Counter(group_of[n] for n in had[s]).most_common(1)[0][0]
        arrived = next((info[n][0] for n in groups[k] if before.get(n) is None), anywhere)
        if left.get(s, 0) == 0:
            store.retire_story(s, ids[k])
            store.log("merged", s, ids[k], arrived)
            out.merges += 1
            out.merged.append((s, ids[k]))
        else:  # its older articles stay; its recent ones joined another story
            store.log("split", s, ids[k], arrived)
            out.touched.add(s)
    return out


def regroup_since(times: list[float | None], opt: StoryOptions) -> float | None:
    """How far back the regrouping looks: ``HORIZON`` story windows before the earliest new
    article (everything when one has no date)."""
    if not times or any(t is None for t in times):
        return None
    return min(t for t in times if t is not None) - HORIZON * opt.window_days * 86400


def _title(central: list[int], info: dict[int, tuple[str, str | None, str | None, str]]) -> str:
    """The heading of the most linked article, else its lead; a review of the papers gives it
    only when no other article has a heading."""
    headed = [n for n in central if info[n][1]]
    heading = next((info[n][1] for n in headed if not is_roundup(info[n][1] or "", info[n][3])), None)
    heading = heading or next((info[n][1] for n in headed), None)
    return heading or next((info[n][2] for n in central if info[n][2]), None) or ""
