"""Renderers: JSON (schema khulasa/2), Markdown, and a single-file right-to-left HTML report."""
from khulasa.render.html import to_html
from khulasa.render.json import to_dict, to_json
from khulasa.render.markdown import to_markdown

FORMATS = {"json": to_json, "md": to_markdown, "markdown": to_markdown, "html": to_html}

__all__ = ["to_json", "to_dict", "to_markdown", "to_html", "FORMATS"]
