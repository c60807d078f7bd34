"""Public API for dates in Arabic text: ``khulasa.dates.find`` and ``khulasa.dates.parse``
(implemented in the Arabic text layer, ``khulasa.arabic.dates``)."""
from khulasa.arabic.dates import DateMatch, DateValue, find, parse

__all__ = ["find", "parse", "DateMatch", "DateValue"]
