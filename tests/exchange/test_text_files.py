"""Files whose encoding nobody wrote down, read as their writer meant them."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.exchange.records import UnreadableFileError
from app.exchange.text_files import LINES, decode, one_line, read_text


def test_utf8_with_and_without_a_bom():
    assert decode(codecs.BOM_UTF8 + "Zoë".encode()) == ("Zoë", "utf-8-sig")
    assert decode("Zoë".encode()) == ("Zoë", "utf-8")


def test_utf16_with_its_bom():
    assert decode("Müller".encode("utf-16")) == ("Müller", "utf-16")


def test_what_excel_writes_when_it_does_not_write_utf8():
    assert decode("Siobhán; café au lait €3".encode("cp1252")) == (
        "Siobhán; café au lait €3", "cp1252")
    # The five bytes cp1252 leaves unassigned are read as Latin-1, never refused.
    assert decode(b"a\x81b\x9d") == ("a\x81b\x9d", "cp1252")


def test_a_file_is_read_by_its_content(tmp_path: Path):
    path = tmp_path / "outlook.csv"
    path.write_bytes("First Name\r\nSiobhán\r\n".encode("cp1252"))
    text, encoding = read_text(path)
    assert encoding == "cp1252"
    assert LINES.split(text) == ["First Name", "Siobhán", ""]


def test_line_ends_are_only_real_line_ends():
    assert LINES.split("a\r\nb\rc\nd\u2028e\x1ef") == ["a", "b", "c", "d\u2028e\x1ef"]


def test_an_address_over_several_lines_becomes_one():
    assert one_line("12 Harbour Street\r\n  Porthaven\n\nPH1 2AB\n") == (
        "12 Harbour Street, Porthaven, PH1 2AB")


def test_utf16_cut_short_is_refused_whole_but_its_start_is_read(tmp_path: Path):
    path = tmp_path / "cut.csv"
    data = "First Name\nAnn\n".encode("utf-16") + b"x"
    path.write_bytes(data)
    with pytest.raises(UnreadableFileError, match=r"cut\.csv: the file is UTF-16 text but is cut"):
        read_text(path)
    assert decode(data, whole=False) == ("First Name\nAnn\n", "utf-16")
