"""Reading: files and folders in, ``Article`` records out, and a ``Skipped`` entry for every
input that could not be used (never a silent drop)."""
from khulasa.read.read import InputProblem, read_inputs, read_paths

__all__ = ["InputProblem", "read_inputs", "read_paths"]
