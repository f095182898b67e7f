"""newsclean.dask on a two-worker distributed LocalCluster equals single-process cleaning."""

from __future__ import annotations

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import dask.bag as db
from conftest import FIXTURES

from newsclean import Cleaner, Config
from newsclean.batch import CleaningFailed, Failed, annotate_record
from newsclean.dask import clean_bag, clean_column

SEEDS = sorted(p for p in (FIXTURES / "seeds").glob("*.txt") if p.name.count(".") == 1)
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS] * 3
CONFIG = Config(keep=frozenset({"caption"}))
BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


@pytest.fixture(scope="module")
def client():
    # Worker processes, as on a real cluster; the nanny would restart a dead one.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster, distributed.Client(cluster) as c:
        yield c


def test_bag_of_strings_equals_single_process(client) -> None:
    local = Cleaner(CONFIG)
    expected = [local.clean(t).to_dict() for t in TEXTS]
    bag = db.from_sequence(TEXTS, npartitions=6)
    got = [d.to_dict() for d in clean_bag(bag, CONFIG).compute()]
    assert got == expected
    # the work really was spread, and each worker built exactly one Cleaner for the config
    built = client.run(_cleaners_built)
    assert len(built) == 2 and sorted(built.values()) == [1, 1]


def _cleaners_built() -> int:
    import newsclean.dask

    return len(newsclean.dask._cleaners)


def test_bag_of_records_equals_the_command_format(client) -> None:
    local = Cleaner()
    records = [{"id": i, "text": t, "url": f"https://example.com/{i}"} for i, t in enumerate(TEXTS)]
    records.insert(4, {"id": "bad", "text": 12})
    expected = [
        annotate_record(dict(r), local.clean(r["text"], url=r["url"])) for r in records if isinstance(r["text"], str)
    ]
    got = clean_bag(db.from_sequence(records, npartitions=4), on_error="skip").compute()
    assert got == expected
    marked = clean_bag(db.from_sequence(records, npartitions=4), on_error="return").compute()
    assert marked[4]["text"] == 12 and "'text'" in marked[4]["newsclean"]["error"]
    with pytest.raises(CleaningFailed):
        clean_bag(db.from_sequence(records, npartitions=4)).compute()


def test_failed_strings_are_returned_in_place(client) -> None:
    items = [TEXTS[0], BINARY, TEXTS[1]]
    got = clean_bag(db.from_sequence(items, npartitions=2), on_error="return").compute()
    assert isinstance(got[1], Failed) and got[1].error == "InputError"
    assert got[2].text == Cleaner().clean(TEXTS[1]).text


def test_dataframe_column(client) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    frame = pd.DataFrame({"text": TEXTS, "n": range(len(TEXTS))})
    ddf = dd.from_pandas(frame, npartitions=3)
    out = clean_column(ddf, "text", output_column="clean").compute()
    local = Cleaner()
    docs = [local.clean(t) for t in TEXTS]
    assert out["clean"].tolist() == [d.text for d in docs]
    assert out["text"].tolist() == TEXTS and out["n"].tolist() == list(range(len(TEXTS)))
    assert out["newsclean_title"].tolist() == [d.metadata.title for d in docs]
    assert out["newsclean_removed"].tolist() == [len(d.removed) for d in docs]
    assert out["newsclean_error"].isna().all()
