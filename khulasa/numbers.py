"""Public API for numbers in Arabic text: ``khulasa.numbers.parse`` and ``khulasa.numbers.find``
(implemented in the Arabic text layer, ``khulasa.arabic.numbers``)."""
from khulasa.arabic.numbers import COUNT_KINDS, KINDS, NumberMatch, find, parse

__all__ = ["parse", "find", "NumberMatch", "KINDS", "COUNT_KINDS"]
