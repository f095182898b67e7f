"""Clean a ``dask.bag`` or a ``dask.dataframe`` column, with one Cleaner per worker.

Needs the ``dask`` extra (``pip install 'newsclean[dask]'``); ``import newsclean``
never imports dask. The same code runs on a laptop and on a cluster::

    import dask.bag as db
    from dask.distributed import Client
    from newsclean.dask import clean_bag

    client = Client("tcp://scheduler:8786")          # or Client() for a local cluster
    bag = db.read_text("s3://crawl/part-*.jsonl.gz").map(json.loads)
    clean_bag(bag, Config(keep={"caption"})).map(json.dumps).to_textfiles("s3://clean/*.jsonl.gz")

Each worker process keeps one :class:`~newsclean.Cleaner` per distinct
:class:`~newsclean.Config` (built on first use, from the pickled config), shared by
its threads: cleaning holds no per-call state on the Cleaner.

Failures follow :meth:`newsclean.Cleaner.clean_many`'s ``on_error``: ``"raise"``
(default) fails the task with :class:`~newsclean.batch.CleaningFailed`;
``"return"`` puts a :class:`~newsclean.batch.Failed` in place of a Document, or, for
records and data frames, keeps the record with its text as it was and the reason
under ``meta_field["error"]`` (the ``<prefix>error`` column); ``"skip"`` drops it
(bags only; a data frame keeps the row, as with ``"return"``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .batch import CleaningFailed, Failed, OnError, annotate_record, reason_of
from .cleaner import Cleaner
from .config import Config
from .document import Document

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

_cleaners: dict[Config, Cleaner] = {}
_lock = threading.Lock()

#: Metadata fields that become data-frame columns by default.
DATAFRAME_FIELDS = ("title", "authors", "published", "language")


def worker_cleaner(config: Config) -> Cleaner:
    """This process's Cleaner for ``config``, built once."""
    cleaner = _cleaners.get(config)
    if cleaner is None:
        with _lock:
            cleaner = _cleaners.get(config)
            if cleaner is None:
                cleaner = _cleaners[config] = Cleaner(config)
    return cleaner


def _check(on_error: str) -> None:
    if on_error not in ("raise", "return", "skip"):
        raise ValueError(f"on_error must be 'raise', 'return' or 'skip', not {on_error!r}")


def clean_bag(
    bag: dask.bag.Bag, config: Config | None = None, *, text_field: str = "text", meta_field: str = "newsclean",
    format: str = "auto", url_field: str = "url", explain: bool = False, on_error: OnError = "raise",
) -> dask.bag.Bag:
    """Clean every element of ``bag``: a string (or bytes) gives a :class:`~newsclean.Document`;
    a record (mapping) gives a copy with the cleaned text in ``text_field`` and newsclean's
    findings (format, metadata, removal counts) under ``meta_field``, as the command writes JSONL.
    """
    _check(on_error)
    return bag.map_partitions(
        _clean_partition, config or Config(), text_field, meta_field, format, url_field, explain, on_error
    )


def _clean_partition(
    items: Iterable[Any], config: Config, text_field: str, meta_field: str, format: str, url_field: str,
    explain: bool, on_error: str,
) -> list[Any]:
    cleaner = worker_cleaner(config)
    out: list[Any] = []
    for index, item in enumerate(items):
        result: Any
        if isinstance(item, Mapping):
            result = _clean_record(cleaner, item, index, text_field, meta_field, format, url_field, explain, on_error)
        else:
            result = _clean_text(cleaner, item, index, format, on_error)
        if result is not None:
            out.append(result)
    return out


def _clean_text(cleaner: Cleaner, item: Any, index: int, format: str, on_error: str) -> Document | Failed | None:
    try:
        return cleaner.clean(item, format=format)
    except Exception as exc:
        failed = Failed(index, reason_of(exc), type(exc).__name__)
        if on_error == "raise":
            raise CleaningFailed(failed) from exc
        return failed if on_error == "return" else None


def _clean_record(
    cleaner: Cleaner, item: Mapping[str, Any], index: int, text_field: str, meta_field: str, format: str,
    url_field: str, explain: bool, on_error: str,
) -> dict[str, Any] | None:
    record = dict(item)
    try:
        text = record.get(text_field)
        if not isinstance(text, (str, bytes)):
            raise TypeError(f"field {text_field!r} is {'missing' if text is None else type(text).__name__}")
        url = record.get(url_field)
        doc = cleaner.clean(text, format=format, url=url if isinstance(url, str) else None)
    except Exception as exc:
        failed = Failed(index, reason_of(exc), type(exc).__name__)
        if on_error == "raise":
            raise CleaningFailed(failed) from exc
        if on_error == "skip":
            return None
        record[meta_field] = {"error": failed.reason}
        return record
    return annotate_record(record, doc, text_field=text_field, meta_field=meta_field, explain=explain)


def clean_column(
    df: dask.dataframe.DataFrame, column: str = "text", config: Config | None = None, *,
    output_column: str | None = None, fields: Iterable[str] = DATAFRAME_FIELDS, prefix: str = "newsclean_",
    format: str = "auto", on_error: OnError = "raise",
) -> dask.dataframe.DataFrame:
    """``df`` with ``column`` cleaned (into ``output_column``, default: in place) and columns
    ``<prefix><field>`` for the metadata ``fields``, ``<prefix>removed`` (blocks removed) and
    ``<prefix>error`` (``None`` unless the row failed and ``on_error`` is not ``"raise"``).
    """
    _check(on_error)
    args = (column, config or Config(), output_column or column, tuple(fields), prefix, format, on_error)
    return df.map_partitions(_clean_frame, *args, meta=_clean_frame(df._meta, *args))


def _clean_frame(
    part: pandas.DataFrame, column: str, config: Config, output_column: str, fields: tuple[str, ...], prefix: str,
    format: str, on_error: str,
) -> pandas.DataFrame:
    import pandas as pd

    cleaner = worker_cleaner(config) if len(part) else None
    texts: list[Any] = []
    meta: dict[str, list[Any]] = {f: [] for f in fields}
    removed: list[int] = []
    errors: list[Any] = []
    for index, value in enumerate(part[column].tolist()):
        try:
            if not isinstance(value, (str, bytes)):
                raise TypeError(f"column {column!r} holds {type(value).__name__}, not text")
            assert cleaner is not None
            doc = cleaner.clean(value, format=format)
        except Exception as exc:
            if on_error == "raise":
                raise CleaningFailed(Failed(index, reason_of(exc), type(exc).__name__)) from exc
            texts.append(value)
            for f in fields:
                meta[f].append(None)
            removed.append(0)
            errors.append(reason_of(exc))
            continue
        texts.append(doc.text)
        info = doc.metadata.to_dict()
        for f in fields:
            meta[f].append(info.get(f))
        removed.append(len(doc.removed))
        errors.append(None)
    out = part.copy()
    out[output_column] = pd.Series(texts, index=part.index, dtype=object)
    for f in fields:
        out[prefix + f] = pd.Series(meta[f], index=part.index, dtype=object)
    out[prefix + "removed"] = pd.Series(removed, index=part.index, dtype="int64")
    out[prefix + "error"] = pd.Series(errors, index=part.index, dtype=object)
    return out
