"""Print khulasa's internal import graph: one line per arrow, and a count.

    python tools/import_graph.py            # every arrow, module -> module it imports
    python tools/import_graph.py --layers   # arrows collapsed to top-level packages

This is the before/after graph command: run it before and after a change that moves imports
(``python tools/import_graph.py --layers > before.txt``, change, ``... > after.txt``,
``diff before.txt after.txt``) to see which arrows appeared or went. Uses grimp (the library
behind import-linter), so the graph is the one the contracts in pyproject.toml
(``[tool.importlinter]``, checked by ``lint-imports``) are checked on.
"""

from __future__ import annotations

import argparse
import sys

import grimp


def _top(module: str, depth: int) -> str:
    return ".".join(module.split(".")[: depth + 1])


def arrows(package: str = "khulasa", depth: int | None = None) -> set[tuple[str, str]]:
    """(importer, imported) pairs inside the package; depth collapses modules to that level."""
    graph = grimp.build_graph(package)
    found = set()
    for importer in graph.modules:
        for imported in graph.find_modules_directly_imported_by(importer):
            a, b = importer, imported
            if depth is not None:
                a, b = _top(a, depth), _top(b, depth)
            if a != b:
                found.add((a, b))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", action="store_true", help="collapse to khulasa.<package>")
    args = parser.parse_args(argv)
    found = arrows(depth=1 if args.layers else None)
    for a, b in sorted(found):
        print(f"{a} -> {b}")
    print(f"{len(found)} arrows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
