"""The Dask engine writes the same store as the local one: a LocalCluster with two worker
processes ingests ANT articles and the stories, copies and figures come out identical."""
from __future__ import annotations

import sqlite3

import pytest

from khulasa.pipeline.engines import DaskEngine
from khulasa.pipeline.ingest import ingest

from .conftest import SLICE
from .test_store import copies, partition

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c,
        distributed.Client(c) as client,
    ):
        yield client


def _analysis(db):
    with sqlite3.connect(db) as c:
        return dict(c.execute("SELECT id, analysis FROM articles"))


@pytest.mark.corpus
def test_dask_ingest_writes_the_stories_of_the_local_engine(cluster, reference, ant_slice, tmp_path):
    db, local = reference
    on_dask = tmp_path / "dask.db"
    engine = DaskEngine(client=cluster)
    # small batches: several transactions and time partitions, each on the cluster
    report = ingest(ant_slice, on_dask, engine=engine, batch=500, progress=False)
    assert (report.added, report.copies) == (local.added, local.copies)
    assert partition(on_dask) == partition(db)
    assert copies(on_dask) == copies(db)
    assert _analysis(on_dask).keys() == _analysis(db).keys()
    # the pieces ran on the cluster, on both workers
    assert len(engine.placed) == 2 and sum(engine.placed.values()) >= SLICE // 100
    with sqlite3.connect(on_dask) as a, sqlite3.connect(db) as b:
        q = "SELECT a, b, w FROM edges ORDER BY a, b"
        ids_a = dict(a.execute("SELECT n, id FROM articles"))
        ids_b = dict(b.execute("SELECT n, id FROM articles"))
        edges_a = {(ids_a[x], ids_a[y]): w for x, y, w in a.execute(q)}
        edges_b = {(ids_b[x], ids_b[y]): w for x, y, w in b.execute(q)}
        assert edges_a == edges_b
