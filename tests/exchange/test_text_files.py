"""Files whose encoding nobody wrote down, read as their writer meant them."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.exchange.records import UnreadableFileError
from app.exchange.text_files import LINES, TextFile, decode, one_line, read_text


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


def test_a_file_too_big_to_be_a_contact_list_is_refused_with_its_size(tmp_path: Path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as huge:  # sparse: it takes no room on the disk
        huge.write(b"First Name\nAnn\n")
        huge.truncate(2**30)
    with pytest.raises(UnreadableFileError, match=r"the file is 1,024 MB; .*at most 512 MB"):
        TextFile(path)


def test_the_encoding_comes_from_the_whole_file_not_its_start(tmp_path: Path):
    path = tmp_path / "late.csv"
    path.write_bytes(b"First Name\n" + b"Ann\n" * 600_000 + "Siobhán\n".encode("cp1252"))
    source = TextFile(path)
    assert source.encoding == "cp1252"
    assert list(source.lines())[-1] == ("Siobhán\n", 8)


def test_a_line_longer_than_the_limit_comes_cut_with_its_whole_length(tmp_path: Path):
    path = tmp_path / "long.vcf"
    path.write_text("BEGIN:VCARD\r\nNOTE:" + "x" * 250 + "\r\nEND:VCARD\r\n", newline="")
    lines = list(TextFile(path).lines(limit=100))
    assert lines == [("BEGIN:VCARD\r\n", 13), ("NOTE:" + "x" * 95, 257),
                     ("END:VCARD\r\n", 11)]


def test_utf16_cut_short_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "cut.csv"
    path.write_bytes("First Name\nAnn\n".encode("utf-16") + b"x")
    with pytest.raises(UnreadableFileError, match="UTF-16 text but is cut short"):
        TextFile(path)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_known_by_its_nul_bytes(tmp_path: Path, encoding):
    text = "BEGIN:VCARD\r\nN:Müller;Ľuboš\r\n"
    assert decode(text.encode(encoding)) == (text, encoding)
    path = tmp_path / "sample.vcf"
    path.write_bytes(text.encode(encoding))
    source = TextFile(path)
    assert (source.encoding, source.has_nul) == (encoding, False)
    assert [line for line, _length in source.lines()] == ["BEGIN:VCARD\r\n", "N:Müller;Ľuboš\r\n"]


def test_cr_cr_lf_ends_one_line(tmp_path: Path):
    assert LINES.split("a\r\r\nb\r\nc") == ["a", "b", "c"]
    path = tmp_path / "iphone.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\r\n PHOTO\r\r\nEND:VCARD\r")
    assert list(TextFile(path).lines()) == [("BEGIN:VCARD\r\r\n", 14), (" PHOTO\r\r\n", 9),
                                            ("END:VCARD\r", 10)]
