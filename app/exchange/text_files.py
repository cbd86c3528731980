"""Reading text files whose encoding nobody wrote down."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from app.exchange.records import UnreadableFileError

# Line ends in files: not str.splitlines(), which also breaks at \x1e, \u2028 and more.
LINES = re.compile(r"\r\n|\r|\n")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def one_line(text: str) -> str:
    """A value written over several lines (an address) as one line, parts kept by commas."""
    return _BREAKS.sub(", ", text).strip(", ")


def decode(data: bytes, *, whole: bool = True) -> tuple[str, str]:
    """(text, encoding): UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252.

    Windows-1252 is what Excel and older Outlook write when they do not write
    UTF-8; its five unassigned bytes are read as Latin-1 rather than refused.
    UTF-16 cut short raises UnicodeDecodeError, unless `data` is only the file's start.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="strict" if whole else "ignore"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    chars = []
    for byte in data:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars), "cp1252"


def read_text(path: Path) -> tuple[str, str]:
    """The whole file decoded; a UTF-16 file cut short (an odd length) is refused whole."""
    try:
        return decode(path.read_bytes())
    except UnicodeDecodeError:
        raise UnreadableFileError(str(path), None, "the file is UTF-16 text but is cut short "
                                  "or damaged") from None
