"""The corpus store: articles, their analysis, copies, story edges and stories in one SQLite file.

``store`` is the Store class, ``schema`` the SQL schema and its version, ``codec`` the packed
formats of the values kept per article, ``rows`` the checks of rows read back, ``errors`` the
StoreError every failure becomes.
"""
from khulasa.store.errors import StoreError
from khulasa.store.store import Store, Stored

__all__ = ["Store", "StoreError", "Stored"]
