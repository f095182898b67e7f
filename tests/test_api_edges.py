"""API edges: rule packs checked field by field, unknown ids refused, one Cleaner per
Config kept, any bytes-like input, and HTML fragments read as HTML."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import FIXTURES

import newsclean
import newsclean.cleaner
from newsclean import Cleaner, Config, RulePackError
from newsclean.cleaner import detect_format
from newsclean.cli import main
from newsclean.rules import load

SEED = FIXTURES / "seeds" / "002_ac559dd063ccdab7.txt"
PROSE = (
    "The city council voted on Tuesday to approve a new budget that increases funding for "
    "public schools and parks. Officials said the measure would take effect next year."
)
RULE = 'category = "advertisement"\n[[rule]]\nid = "mine.promo"\npatterns = ["partner message"]\n'
REGION = 'category = "related"\n[[region]]\nid = "mine.more"\nopen = ["more stories"]\n'


def _pack(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "pack, field",
    [
        (RULE + 'max_words = "eight"\n', "max_words"),
        (RULE + "min_words = [1]\n", "min_words"),
        (RULE + "max_words = true\n", "max_words"),
        (RULE + "near_blocks = -1\n", "near_blocks"),
        (RULE + "position = 3\n", "position"),
        (RULE + 'kinds = "heading"\n', "kinds"),  # not the letters h, e, a ...
        (RULE + "barrier = 1\n", "barrier"),
        (RULE.replace('["partner message"]', '["partner", 3]'), "patterns"),
        (RULE.replace('["partner message"]', "[]"), "patterns"),
        (REGION + 'gap = "1"\n', "gap"),
        (REGION + "member = [1]\n", "member"),
    ],
)
def test_a_field_of_the_wrong_type_is_a_rule_pack_error_naming_it(tmp_path: Path, pack: str, field: str) -> None:
    path = _pack(tmp_path, pack)
    with pytest.raises(RulePackError) as raised:
        Cleaner(Config(rule_packs=(path,)))
    message = str(raised.value)
    assert str(path) in message and "'mine." in message and f"{field} must be" in message


@pytest.mark.parametrize(
    "pack",
    [
        'category = "advertisement"\nrule = "mine.promo"\n',
        'category = "advertisement"\n[rule]\nid = "mine.promo"\npatterns = ["partner"]\n',  # [[rule]] meant
        'category = "advertisement"\nrule = [1]\n',
        "category = 5\n",
    ],
)
def test_a_pack_whose_tables_are_not_tables_is_a_rule_pack_error(tmp_path: Path, pack: str) -> None:
    with pytest.raises(RulePackError, match="must be"):
        load((_pack(tmp_path, pack),))


@pytest.mark.parametrize(
    "pack, key, near",
    [
        (RULE + "max_wrds = 3\n", "max_wrds", "max_words"),
        (REGION + "max_block = 3\n", "max_block", "max_blocks"),
        ("categroy = 'advertisement'\n" + RULE.split("\n", 1)[1], "categroy", "category"),
    ],
)
def test_an_unknown_field_is_a_rule_pack_error_naming_it(tmp_path: Path, pack: str, key: str, near: str) -> None:
    with pytest.raises(RulePackError, match=f"unknown field '{key}' \\(did you mean '{near}'\\?\\); known fields: "):
        load((_pack(tmp_path, pack),))


def test_a_switched_off_rule_is_checked_too(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="max_wrds"):
        load((_pack(tmp_path, RULE + "max_wrds = 3\n"),), frozenset({"mine.promo"}))


def test_every_field_of_the_built_in_packs_is_known() -> None:
    rules = load()
    assert len(rules.rules) > 50 and rules.regions


def test_a_near_rule_must_name_a_category(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="near names unknown category 'donaton'"):
        load((_pack(tmp_path, RULE + 'near = "donaton"\n'),))


def test_disabling_an_id_no_pack_defines_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="cannot disable 'chrome.contrl', 'no.such.rule': no rule or region"):
        Cleaner(Config(disable_rules={"no.such.rule", "chrome.contrl", "chrome.control"}))
    pack = _pack(tmp_path, RULE + REGION.split("\n", 1)[1])  # ids of an extra pack, rule and region
    rules = load((pack,), frozenset({"mine.promo", "mine.more", "chrome.control"}))
    assert not {"mine.promo", "mine.more", "chrome.control"} & {r.id for r in [*rules.rules, *rules.regions]}


@pytest.mark.parametrize(
    "args, message",
    [
        (["--disable-rule", "no.such.rule"], "newsclean: cannot disable 'no.such.rule'"),
        (["--rules", "PACK"], "newsclean: PACK: rule 'mine.promo': max_words must be a whole number >= 0, not 'eight'"),
    ],
)
def test_the_command_reports_a_bad_pack_or_rule_id_in_one_line_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    pack = str(_pack(tmp_path, RULE + 'max_words = "eight"\n'))
    assert main([a.replace("PACK", pack) for a in args] + [str(SEED)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message.replace("PACK", pack)) and err.count("\n") == 1


@pytest.mark.parametrize("call", ["module", "cleaner"])
def test_the_same_config_again_compiles_no_rules(monkeypatch: pytest.MonkeyPatch, call: str) -> None:
    loads: list[object] = []
    real = newsclean.cleaner.load
    monkeypatch.setattr(newsclean.cleaner, "load", lambda *a: loads.append(a) or real(*a))
    config = Config(keep={"caption"}, regex_timeout=0.75 if call == "module" else 0.76)  # no test used it yet
    other = Cleaner()
    loads.clear()
    for _ in range(3):
        doc = newsclean.clean(PROSE, config=config) if call == "module" else other.clean(PROSE, config=config)
        assert doc.text == PROSE
    assert len(loads) == 1


def test_a_pack_edited_since_is_read_again(tmp_path: Path) -> None:
    path = _pack(tmp_path, RULE.replace('"partner message"', '"partner message"'))
    config = Config(rule_packs=(path,))
    text = f"{PROSE}\n\nPartner message\n\n{PROSE}"
    assert "Partner message" not in newsclean.clean(text, config=config).text
    path.write_text(RULE.replace('"partner message"', '"sponsored by nobody at all"'), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # a coarse clock sees it too
    assert "Partner message" in newsclean.clean(text, config=config).text


HTML = f"<html><head><title>Budget passes</title></head><body><h1>Budget passes</h1><p>{PROSE}</p></body></html>"


@pytest.mark.parametrize("wrap", [bytearray, memoryview])
def test_any_bytes_like_input_is_read_as_bytes(wrap: type) -> None:
    for data in (HTML.encode(), PROSE.encode()):
        expected = newsclean.clean(data)
        doc = newsclean.clean(wrap(data))
        assert (doc.text, doc.format, doc.metadata.title) == (expected.text, expected.format, expected.metadata.title)


FRAGMENT = (
    f"<div class='article'><h1>Budget passes</h1><p>{PROSE}</p><div class='ad'>Advertisement</div>"
    f"<p>{PROSE}</p><p><a href='https://twitter.com/share'>Share on Twitter</a></p></div>\n"
)


@pytest.mark.parametrize("data", [FRAGMENT, FRAGMENT.encode(), f"<p>{PROSE}</p>\n<p>{PROSE}</p>"])
def test_an_html_fragment_is_read_as_html(data: str | bytes) -> None:
    assert detect_format(data if isinstance(data, str) else data.decode()) == "html"  # not read as text first
    doc = newsclean.clean(data)
    assert doc.format == "html"
    assert "<" not in doc.text and "Advertisement" not in doc.text and PROSE in doc.text
    assert newsclean.clean(doc.text).text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        f"<div align='center'><h1>Budget passes</h1></div>\n\n{PROSE}",  # opens with markup, ends in words
        f"{PROSE}\n\n<div><p>{PROSE}</p></div>",  # ends in markup, opens with words
        f"<p>{PROSE}</p>",  # one element closed: a line that shows a tag
        f"<span>{PROSE}</span> <span>{PROSE}</span>",  # no block element
    ],
)
def test_text_that_only_shows_a_tag_is_no_fragment(text: str) -> None:
    assert detect_format(text) != "html"


def test_markup_led_by_junk_cleans_to_itself() -> None:
    # Opening with words, it reads as text; once the ad line goes, its output is a fragment
    # that clean(doc.text) would read as HTML. So it is read as HTML at once.
    text = f'Advertisement\n<div class="story"><p>{PROSE}</p>\n<p>{PROSE}</p></div>'
    doc = newsclean.clean(text)
    assert "<p>" not in doc.text and PROSE in doc.text
    assert newsclean.clean(doc.text).text == doc.text


def test_a_keep_flag_that_is_not_a_bool_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="keep_embeds must be True or False"):
        Config(keep_embeds="no")  # type: ignore[arg-type]


_CLUTTERED = ("Council backs plan\n\nThe council voted on Tuesday to approve the new budget for the coming "
              "year, officials said in a statement released after the meeting.\n\nAdvertisement\n\n"
              "Share on Facebook\n\nSign up for our newsletter")


def test_patterns_abandoned_at_the_regex_timeout_are_reported_by_a_warning() -> None:
    with pytest.warns(RuntimeWarning, match="regex_timeout"):
        Cleaner(Config(regex_timeout=1e-9)).clean(_CLUTTERED)


def test_no_timeout_warning_when_patterns_finish(recwarn: pytest.WarningsRecorder) -> None:
    doc = Cleaner().clean(_CLUTTERED)
    assert "Advertisement" not in doc.text
    assert not [w for w in recwarn if "regex_timeout" in str(w.message)]
