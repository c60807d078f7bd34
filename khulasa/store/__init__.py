"""The corpus store: articles, their analysis, copies, story edges and stories in one SQLite file."""
from khulasa.store.store import Store, StoreError, Stored

__all__ = ["Store", "StoreError", "Stored"]
