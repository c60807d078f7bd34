"""How often decode() accepts real Arabic articles saved as Windows-1256, and that what is not
Arabic text in Windows-1256 is still refused.

    python tools/cp1256_acceptance.py [--limit N] [--why]

Arabic: ANT articles encoded to cp1256 (those with a character the code page lacks are counted,
then encoded with errors="replace"). Refused: random byte strings of many lengths (with and
without NUL bytes), French and German in Latin-1, Japanese in Shift-JIS, ANT articles in UTF-16
without a BOM, and ANT articles in UTF-8 with one byte damaged (which would otherwise come out as
cp1256 mojibake). Other Arabic code pages (ISO-8859-6, DOS 720/864) are shown for information:
they map Arabic letters to other bytes, and some of them decode as plausible cp1256.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from khulasa.read.decode import InputProblem, decode, stray_characters

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "ant-v2.1" / "articles.jsonl.gz"

# text written for this check (not quoted from anywhere), repeated to reach article lengths
FRENCH = (
    "Le conseil municipal s'est réuni jeudi soir pour débattre du budget de l'année prochaine. "
    "Les élus ont approuvé à l'unanimité la rénovation de l'école élémentaire, mais la création "
    "d'une piscine découverte a été reportée à cause des coûts élevés. « Nous préférons être "
    "prudents », a déclaré le maire, qui espère néanmoins présenter un projet révisé à l'été. "
)
GERMAN = (
    "Der Stadtrat hat am Donnerstag über den Haushalt für das kommende Jahr beraten. Die "
    "Sanierung der Grundschule wurde einstimmig beschlossen, während der Bau eines Freibads "
    "wegen der hohen Kosten verschoben wurde. „Wir wollen vorsichtig bleiben“, sagte die "
    "Bürgermeisterin, die im Sommer einen überarbeiteten Entwurf vorlegen möchte. "
)
JAPANESE = (
    "市議会は木曜日の夜に来年度の予算について話し合った。小学校の改修は全会一致で承認されたが、"
    "屋外プールの建設は費用が高いため延期された。市長は慎重に進めたいと述べ、夏には修正案を示す考えだ。"
)


def ant_texts(limit: int | None = None, path: Path = ANT) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            if text.strip():
                texts.append(text)
            if limit and len(texts) >= limit:
                break
    return texts


def as_cp1256(texts: list[str]) -> tuple[list[bytes], int]:
    """Each text in cp1256, and how many had characters the code page lacks (replaced by ?)."""
    out, unencodable = [], 0
    for text in texts:
        try:
            out.append(text.encode("cp1256"))
        except UnicodeEncodeError:
            unencodable += 1
            out.append(text.encode("cp1256", errors="replace"))
    return out, unencodable


def accepted(data: bytes) -> bool:
    """decode() takes the bytes as Windows-1256 text."""
    try:
        return decode(data)[1] == "windows-1256"
    except InputProblem:
        return False


def _lengths(rng: random.Random, n: int) -> list[int]:
    return [int(2 ** rng.uniform(3, 16)) for _ in range(n)]  # 8 bytes to 64 KB


def _spaced(rng: random.Random, length: int) -> bytes:
    """High bytes (where cp1256 has its Arabic letters) in word-length runs between spaces."""
    return bytes(0x20 if rng.random() < 1 / 6 else rng.randrange(0x80, 0x100) for _ in range(length))


def _repeat(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length]


def not_cp1256_arabic(texts: list[str], rng: random.Random, n: int = 1000) -> dict[str, list[bytes]]:
    """Inputs that must be refused as Windows-1256, by kind."""
    random_bytes = [rng.randbytes(k) for k in _lengths(rng, n)]
    sample = rng.sample(texts, min(200, len(texts)))
    return {
        "random bytes": random_bytes,
        "random bytes, no NUL": [b.replace(b"\x00", b"\x20") for b in random_bytes],
        "random bytes 0x20-0xff": [bytes(rng.randrange(0x20, 0x100) for _ in range(k)) for k in _lengths(rng, n // 4)],
        "random 0x80-0xff, 1/6 spaces": [_spaced(rng, k) for k in _lengths(rng, n // 4)],
        "French, Latin-1": [_repeat(FRENCH, k).encode("latin-1") for k in _lengths(rng, 100)],
        "German, Latin-1": [
            _repeat(GERMAN, k).replace("„", '"').replace("“", '"').encode("latin-1") for k in _lengths(rng, 100)
        ],
        "Japanese, Shift-JIS": [_repeat(JAPANESE, k // 2).encode("shift_jis") for k in _lengths(rng, 100)],
        "ANT, UTF-16-LE no BOM": [t.encode("utf-16-le") for t in sample],
        "ANT, UTF-16-BE no BOM": [t.encode("utf-16-be") for t in sample],
        "ANT, UTF-8 one byte damaged": [_damage(t.encode("utf-8"), rng) for t in sample],
    }


def other_arabic_code_pages(texts: list[str], rng: random.Random) -> dict[str, list[bytes]]:
    sample = rng.sample(texts, min(200, len(texts)))
    return {
        name: [t.encode(codec, errors="replace") for t in sample]
        for name, codec in (("ISO-8859-6", "iso8859_6"), ("DOS 720", "cp720"), ("DOS 864", "cp864"))
    }


def _damage(data: bytes, rng: random.Random) -> bytes:
    """One Arabic letter's lead byte replaced by a byte invalid in UTF-8."""
    leads = [i for i, b in enumerate(data) if b in (0xD8, 0xD9)]
    if not leads:
        return data + b"\xff"
    i = rng.choice(leads)
    return data[:i] + b"\xff" + data[i + 1:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N ANT articles (default: all)")
    ap.add_argument("--seed", type=int, default=1256)
    ap.add_argument("--why", action="store_true", help="the stray characters of refused articles")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = ant_texts(args.limit)
    encoded, unencodable = as_cp1256(texts)
    ok = [accepted(b) for b in encoded]
    print(f"ANT articles: {len(texts)}, {unencodable} with characters cp1256 lacks (encoded with '?')")
    print(f"accepted as Windows-1256: {sum(ok)}/{len(ok)} = {sum(ok) / len(ok):.3%}")
    clean = [a for a, t in zip(ok, texts) if _encodable(t)]
    print(f"  of those encodable without loss: {sum(clean)}/{len(clean)} = {sum(clean) / len(clean):.3%}")
    if args.why:
        why = Counter()
        for a, b in zip(ok, encoded):
            if not a:
                why.update(stray_characters(b.decode("cp1256")))
        print(
            "  stray characters in refused articles:",
            ", ".join(f"U+{ord(c):04X} {c!r} {k}" for c, k in why.most_common(20)),
        )
    print("must be refused (accepted / tried):")
    for name, items in not_cp1256_arabic(texts, rng).items():
        print(f"  {name:28} {sum(map(accepted, items))}/{len(items)}")
    print("other Arabic code pages, for information (accepted as cp1256 / tried):")
    for name, items in other_arabic_code_pages(texts, rng).items():
        print(f"  {name:28} {sum(map(accepted, items))}/{len(items)}")


def _encodable(text: str) -> bool:
    try:
        text.encode("cp1256")
    except UnicodeEncodeError:
        return False
    return True


if __name__ == "__main__":
    main()
