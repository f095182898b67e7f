"""Bytes to text: declared charsets the HTML standard reads otherwise, BOM-less UTF-16 when HTML is
forced, NULs, BOM-only input, a late <meta charset>, bytearray; and the command's inputs (a folder's
broken symlinks, JSONL on stdin)."""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from pathlib import Path

import bs4.dammit
import pytest

import newsclean
from newsclean.cli import main
from newsclean.errors import InputError
from newsclean.segment_html import decode
from newsclean.sources import expand

PARAS = [
    "Le café de la rue Saint-Étienne a rouvert ses portes après trois ans de travaux, et les habitués s'y pressent.",
    "Under the plan the length of cycle lanes will double by 2030, and new parking will be built near major stations.",
    "The head of the transport committee told reporters it was an important step for the quality of life of residents.",
]
RUSSIAN = "Городские власти объявили во вторник о новом транспортном плане, который должен сократить пробки."


def page(meta: str = "", paras: list[str] = PARAS, pad: str = "", title: str = "Café reopens") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"<!DOCTYPE html><html><head>{pad}{meta}<title>{title}</title></head><body><article>{body}</article></body></html>"


def even(data: bytes) -> bytes:
    """UTF-16 reads only an even number of bytes: the fault showed only then."""
    return data if len(data) % 2 == 0 else data + b"\n"


@pytest.mark.parametrize("charset", ["utf-16", "utf-16le", "UTF-16BE"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_declared_utf16_on_8bit_bytes_means_utf8(charset: str, encoding: str) -> None:
    data = even(page(f'<meta charset="{charset}">').encode(encoding))
    doc = newsclean.clean(data)
    assert PARAS[0] in doc.text and doc.metadata.title == "Café reopens"


@pytest.mark.parametrize("charset", ["utf-7", "unicode-escape", "raw-unicode-escape"])
def test_codecs_that_are_no_web_charset_are_ignored(charset: str) -> None:
    html = page(f'<meta charset="{charset}">', ["The mayor wrote +ADw-b+AD4- and \\u0041 in her draft."], title="Draft")
    assert decode(html.encode("ascii")) == html  # UTF-7 would read "<b>", the escapes "A"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("fmt", ["auto", "html"])
def test_real_utf16_pages_with_or_without_bom(encoding: str, fmt: str) -> None:
    # Cyrillic: read as UTF-8 or windows-1252 with its NULs dropped, Latin-1 text would come out right
    doc = newsclean.clean(page('<meta charset="utf-16">', [*PARAS, RUSSIAN]).encode(encoding), format=fmt)
    assert PARAS[0] in doc.text and RUSSIAN in doc.text and doc.metadata.title == "Café reopens"
    assert "\x00" not in doc.input_text


@pytest.mark.parametrize("html", [page("<meta charset='utf-8'>"), page().replace("<p>Under", "\x00<p>Under\x00")])
def test_nul_bytes_in_a_page_are_dropped_not_replaced(html: str) -> None:
    nul = html.replace("rouvert", "rou\x00vert").replace("Café reopens", "Café\x00 reopens").encode()
    for fmt in ("auto", "html"):
        doc = newsclean.clean(nul, format=fmt)
        assert PARAS[0] in doc.text and doc.metadata.title == "Café reopens"
        assert "\ufffd" not in doc.input_text + doc.text and "\x00" not in doc.input_text


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"])
@pytest.mark.parametrize("fmt", ["auto", "html"])
def test_bom_only_input_is_empty_and_silent(
    data: bytes, fmt: str, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    doc = newsclean.clean(data, format=fmt)
    assert doc.text == doc.input_text == ""
    assert not caplog.records and capfd.readouterr().err == ""


def test_undecodable_bytes_lose_nothing_and_need_no_guess(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_guess(data: bytes) -> None:
        raise AssertionError("a statistical guess (chardet: seconds per MB)")

    monkeypatch.setattr(bs4.dammit, "_chardet_dammit", no_guess)
    # windows-1252 with one of its five unassigned bytes: neither UTF-8 nor strict windows-1252
    data = page(paras=PARAS).encode("cp1252").replace(b"<p>Under", b"<p>\x81 \x80 Under")
    text = decode(data)
    assert PARAS[0] in text and "\x81 € Under" in text
    assert not caplog.records


def test_a_charset_declared_after_a_long_head_is_found() -> None:
    script = "<script>" + "var a = 1;" * 800 + "</script>"  # the <meta> 8 KB in
    doc = newsclean.clean(page('<meta charset="koi8-r">', [RUSSIAN] * 3, script, "План").encode("koi8-r"))
    assert RUSSIAN in doc.text


def test_bytearray_and_memoryview_bytes_decode_alike() -> None:
    data = page('<meta charset="windows-1252">').encode("cp1252")
    assert decode(bytearray(data)) == decode(bytes(memoryview(data))) == decode(data)
    assert PARAS[0] in decode(bytearray(data))


@pytest.mark.parametrize("signature", [b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n"])
@pytest.mark.parametrize("fmt", ["auto", "html"])
def test_binary_bytes_are_refused_as_html_too(signature: bytes, fmt: str) -> None:
    with pytest.raises(InputError, match="binary"):
        newsclean.clean(signature + page().encode(), format=fmt)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_folder_walk_reports_broken_symlinks_and_skips_fifos(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.html").write_text(page(), encoding="utf-8")
    (tmp_path / "dangling.html").symlink_to(tmp_path / "missing.html")
    (tmp_path / "loop.html").symlink_to(tmp_path / "loop.html")
    (tmp_path / "dangling.bin").symlink_to(tmp_path / "missing.bin")  # not a name the walk reads
    os.mkfifo(tmp_path / "pipe.html")
    names = [Path(n).name for n in expand([str(tmp_path)], None)]
    assert names == ["dangling.html", "good.html", "loop.html"]
    assert main(["-q", "-j", "1", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert PARAS[0] in captured.out
    assert f"newsclean: {tmp_path / 'dangling.html'}: No such file or directory" in captured.err
    assert f"newsclean: {tmp_path / 'loop.html'}: " in captured.err and "pipe.html" not in captured.err


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))


@pytest.mark.parametrize("flag", [["--text-field", "body"], ["--id-field", "doc_id", "--text-field", "body"]])
def test_a_jsonl_field_flag_reads_stdin_as_jsonl(
    flag: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [{"doc_id": f"d{i}", "body": "\n\n".join(PARAS) + "\n\nShare on Facebook"} for i in range(2)]
    stdin(monkeypatch, "".join(json.dumps(r) + "\n" for r in records).encode())
    assert main(["-q", "-j", "1", *flag, "-"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["doc_id"] for r in out] == ["d0", "d1"]
    assert all(r["body"] == "\n\n".join(PARAS) and "newsclean" in r for r in out)


def test_stdin_without_a_jsonl_flag_is_one_document(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, "\n\n".join(PARAS).encode())
    assert main(["-q", "-j", "1", "-"]) == 0
    assert capsys.readouterr().out.strip() == "\n\n".join(PARAS)
