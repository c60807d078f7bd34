"""Hostile and damaged inputs: each costs only its own record (or file), with a named reason,
and nothing raises out of read_paths."""
from __future__ import annotations

import codecs
import importlib.util
import random
from pathlib import Path

import pytest

from khulasa.read import read_paths
from khulasa.read.decode import InputProblem, decode

ROOT = Path(__file__).resolve().parent.parent

SPORT = (
    "فاز ريال مدريد على ضيفه باريس سان جيرمان\u00a03-1 مساء الأربعاء في ذهاب دور الستة عشر من "
    "دوري أبطال أوروبا لكرة القدم. وقال المدرب زين الدين زيدان بعد المباراة: «قدمنا شوطا ثانيا "
    "رائعا، لكن\u00a0الأمر لم ينته بعد». وسجل كريستيانو رونالدو هدفين، فيما أضاف\u00a0مارسيلو "
    "الهدف الثالث قبل نهاية اللقاء بدقائق، ويلتقي الفريقان إيابا في\u00a0باريس في السادس من مارس."
)


def tool():
    spec = importlib.util.spec_from_file_location("cp1256_acceptance", ROOT / "tools" / "cp1256_acceptance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- Windows-1256 (item 2) ---------------------------------------------------------------------


def test_cp1256_article_with_no_break_spaces_and_guillemets_is_accepted():
    assert decode(SPORT.encode("cp1256")) == (SPORT, "windows-1256")


def test_cp1256_article_with_no_break_spaces_between_all_words_is_accepted():
    text = SPORT.replace(" ", "\u00a0")
    assert decode(text.encode("cp1256")) == (text, "windows-1256")


def test_what_is_not_arabic_in_cp1256_is_still_refused():
    t = tool()
    kinds = t.not_cp1256_arabic([SPORT, SPORT * 3], random.Random(7), n=300)
    accepted = {name: sum(map(t.accepted, items)) for name, items in kinds.items()}
    assert accepted == dict.fromkeys(kinds, 0)


@pytest.mark.corpus
def test_ant_articles_in_cp1256_are_accepted():
    from .conftest import ANT

    if not ANT.exists():
        pytest.skip(f"ANT corpus not found at {ANT}")
    t = tool()
    encoded, _ = t.as_cp1256(t.ant_texts(200, ANT))
    assert sum(map(t.accepted, encoded)) == 200


# --- UTF-32 (item 3) ---------------------------------------------------------------------------


@pytest.mark.parametrize("codec, bom", [("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_utf32_with_a_bom_is_decoded(codec, bom):
    assert decode(bom + SPORT.encode(codec)) == (SPORT, codec)


def test_utf32_with_a_bom_but_invalid_is_refused():
    with pytest.raises(InputProblem, match="UTF-32"):
        decode(codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00")
