"""HTML pages: main text and metadata extracted with trafilatura (boilerplate, menus and
comments removed by its extractor, not by patterns of ours)."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from khulasa.model import Article
from khulasa.read.decode import InputProblem


def read_html(path: Path, text: str, encoding: str) -> list[Article]:
    doc = _extract(text)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputProblem("HTML page with no main text that could be extracted")
    published = None
    date = getattr(doc, "date", None)
    if date:
        try:
            published = datetime.fromisoformat(date).replace(tzinfo=UTC)
        except ValueError:
            published = None
    return [
        Article(
            id=path.stem,
            text=body,
            path=str(path),
            title=getattr(doc, "title", None) or None,
            source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or None,
            url=getattr(doc, "url", None) or None,
            published=published,
            encoding=encoding,
        )
    ]


def _extract(text: str):
    """trafilatura's document, or InputProblem: whatever the extractor or its parser raises on
    one page (lxml errors, ValueError, RecursionError on deep nesting, a missing module) costs
    that page only. MemoryError is not caught: it says the machine, not the page, is short."""
    try:
        import trafilatura  # imported here: it is slow to import and only HTML needs it

        return trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    except MemoryError:
        raise
    except Exception as e:  # any failure of the extractor, by design
        raise InputProblem(f"HTML extraction failed ({type(e).__name__}: {str(e)[:200]})") from None
