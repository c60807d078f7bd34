"""Orchestration: the files path (digest in memory), the store path (ingest, list, digest a
store), where the heavy work runs (local cores or Dask), and the checking of what a caller asks."""
