"""``khulasa serve``: a read-only web workbench over a corpus store (pages and a JSON API)."""
from __future__ import annotations

from khulasa.serve.app import create_app

__all__ = ["create_app"]
