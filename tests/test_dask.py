"""wirenews as a map function on Dask: the corpus sample parsed on a local cluster equals serial parsing."""

from __future__ import annotations

import pytest

from wirenews import Article, parse_article

from sample import corpus_sample

distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
bag = pytest.importorskip("dask.bag")


@pytest.mark.timeout(300)
def test_dask_bag_on_a_local_cluster_equals_serial_parsing() -> None:
    sample = corpus_sample()
    if not sample:
        pytest.skip("the shared corpus is not beside this checkout")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        texts = bag.from_sequence([text for _, text, _ in sample], npartitions=8)
        dates = bag.from_sequence([reference for _, _, reference in sample], npartitions=8)
        parsed = bag.map(parse_article, texts, reference_date=dates).compute()
    assert parsed == [parse_article(text, reference_date=reference) for _, text, reference in sample]
    assert all(isinstance(article, Article) for article in parsed)
