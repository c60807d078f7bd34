"""Grouping: copies of one content, and articles about one story (term vectors, edges, average
linkage)."""
