"""khulasa's version, in a module of its own: the store and the renderers stamp it on what they
write, and importing it from the package root would run the import graph backwards."""
__version__ = "0.1.0"
