"""Figures: every quantity an article states, with what it counts, where, who says so and for when."""
from khulasa.analyse.figures.extract import STOCKS, extract

__all__ = ["STOCKS", "extract"]
