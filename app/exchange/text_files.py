"""Reading text files whose encoding nobody wrote down, a piece at a time.

An import never holds a whole file: it is checked for its size, its encoding is
found in one pass over its bytes, and it is then read as a stream of lines, so
that a file of any size costs the memory of one piece of it.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from app.core.phrases import N_, Phrase
from app.exchange.records import UnreadableFileError

# Line ends in files: not str.splitlines(), which also breaks at \x1e, \u2028 and more.
# CR CR LF is one end: what a CR LF written through a Windows text-mode stream becomes.
LINES = re.compile(r"\r\r\n|\r\n|\r|\n")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")
# Larger than any address book or till export: a file this big is something else.
MAX_FILE_BYTES = 512 * 1024 * 1024
_BLOCK = 1 << 20
# Longer than the longest value the program keeps (a note of 1,000,000 characters).
LINE_LIMIT = 4_000_000
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CUT_SHORT = N_("the file is UTF-16 text but is cut short or damaged")


# A fold (a line end and one space or tab) that an exporter put inside a UTF-8 character: the
# rest of the character is moved before the line end, where it belongs. Unfolding then gives
# the same text, and every line keeps its number.
_FOLD_IN_CHARACTER = re.compile(rb"(\r?\r?\n[ \t])([\x80-\xbf]+)")


def _mend(data: bytes) -> bytes:
    return _FOLD_IN_CHARACTER.sub(rb"\2\1", data)


def _mendable(block: bytes, final: bool) -> tuple[bytes, bytes]:
    """(what can be mended now, what to keep for the next block): a fold cut by the block's
    end is mended once its rest is read."""
    if final:
        return _mend(block), b""
    cut = max(block.rfind(b"\n", len(block) - 8), block.rfind(b"\r", len(block) - 8))
    if cut < 0:
        return _mend(block), b""
    return _mend(block[:cut]), block[cut:]


class _Mended(io.RawIOBase):
    """A file's bytes with folds inside UTF-8 characters mended (see `_mend`)."""

    def __init__(self, path: Path) -> None:
        self.raw = path.open("rb")
        self.ready, self.kept = b"", b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.ready:
            block = self.raw.read(_BLOCK)
            if not block and not self.kept:
                return 0
            self.ready, self.kept = _mendable(self.kept + block, final=not block)
        size = min(len(buffer), len(self.ready))
        buffer[:size] = self.ready[:size]
        self.ready = self.ready[size:]
        return size

    def close(self) -> None:
        self.raw.close()
        super().close()


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """The five bytes Windows-1252 leaves unassigned, read as Latin-1 rather than refused."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "".join(chr(byte) for byte in error.object[error.start:error.end]), error.end


codecs.register_error("regulars-latin1", _latin1_fallback)
# How each encoding a file can be read in treats a byte it does not expect.
_ERRORS = {"utf-8-sig": "replace", "utf-16": "strict", "utf-16-le": "strict",
           "utf-16-be": "strict", "utf-8": "strict", "cp1252": "regulars-latin1"}


def one_line(text: str) -> str:
    """A value written over several lines (an address) as one line, parts kept by commas."""
    return _BREAKS.sub(", ", text).strip(", ")


def _utf16_without_bom(start: bytes) -> str | None:
    """UTF-16 LE or BE when a file written without a byte-order mark starts as every contact
    file does, with ASCII (BEGIN:VCARD, a CSV header): each such character has one NUL byte."""
    head = start[:8]
    if len(head) < 8:
        return None
    if not any(head[0::2]) and all(head[1::2]):
        return "utf-16-be"
    if all(head[0::2]) and not any(head[1::2]):
        return "utf-16-le"
    return None


def _encoding(start: bytes, utf8: bool) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM or known by its NUL bytes, else Windows-1252,
    which is what Excel and older Outlook write when they do not write UTF-8."""
    if start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if start.startswith(_UTF16_BOMS):
        return "utf-16"
    return _utf16_without_bom(start) or ("utf-8" if utf8 else "cp1252")


def _is_utf8(data: bytes, final: bool = True) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final)
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes, *, whole: bool = True) -> tuple[str, str]:
    """(text, encoding) of bytes held in memory (a file's start, a small file).

    UTF-16 cut short raises UnicodeDecodeError, unless `data` is only the file's start.
    """
    encoding = _encoding(data[:8], _is_utf8(data, final=whole))
    errors = "ignore" if encoding.startswith("utf-16") and not whole else _ERRORS[encoding]
    return data.decode(encoding, errors=errors), encoding


def check_size(path: Path) -> int:
    """The file's size; a file too big to be a contact list is refused before it is read."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFileError(str(path), None, Phrase(
            N_("the file is {size:,} MB; a contact list is never that big (at most {limit} "
               "MB), so it is not read"), size=round(size / 2**20), limit=MAX_FILE_BYTES // 2**20))
    return size


class TextFile:
    """A text file's encoding, found by reading its bytes once; then read as a stream.

    `has_nul` says whether an 8-bit file holds NUL bytes (no text file does).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.mended = False  # UTF-8 once folds inside its characters are mended
        size = check_size(path)
        with path.open("rb") as raw:
            start = raw.read(8)
            utf8, self.has_nul = True, False
            if not (start.startswith((codecs.BOM_UTF8, *_UTF16_BOMS))
                    or _utf16_without_bom(start)):
                raw.seek(0)
                utf8, self.mended = self._sniff(raw)
        self.encoding = _encoding(start, utf8)
        if self.encoding.startswith("utf-16") and size % 2:
            raise UnreadableFileError(str(path), None, Phrase(_CUT_SHORT))

    def _sniff(self, raw: BinaryIO) -> tuple[bool, bool]:
        """(UTF-8, only once folds inside its characters are mended); NUL bytes noted. The
        mended reading is a second pass, made only for a file that is not UTF-8 as it is."""
        if self._decodes(raw, mend=False):
            return True, False
        raw.seek(0)
        return (True, True) if self._decodes(raw, mend=True) else (False, False)

    def _decodes(self, raw: BinaryIO, mend: bool) -> bool:
        decoder = codecs.getincrementaldecoder("utf-8")()
        kept, utf8 = b"", True
        while True:
            block = raw.read(_BLOCK)
            self.has_nul = self.has_nul or b"\x00" in block
            ready = block
            if mend:
                ready, kept = _mendable(kept + block, final=not block)
            try:
                decoder.decode(ready, final=not block)
            except UnicodeDecodeError:
                utf8 = False
                if mend or self.has_nul:
                    return False
            if not block:
                return utf8

    def open(self) -> TextIO:
        """The file as text; lines keep their own ends (CR, LF or CR LF), for csv and vCard."""
        if self.mended:
            return io.TextIOWrapper(io.BufferedReader(_Mended(self.path)),
                                    encoding=self.encoding, errors=_ERRORS[self.encoding],
                                    newline="")
        return self.path.open(encoding=self.encoding, errors=_ERRORS[self.encoding],
                              newline="")

    def lines(self, limit: int = LINE_LIMIT) -> Iterator[tuple[str, int]]:
        """(line with its end, its length): a line longer than `limit` comes cut to `limit`
        characters with its whole length, so that no line is ever held whole past the limit.
        CR CR LF ends one line (Python's stream sees two line ends in it)."""
        with self.open() as stream:
            try:
                following = stream.readline(limit)
                while line := following:
                    length, last = len(line), line
                    if length == limit and not line.endswith(("\n", "\r")):
                        while rest := stream.readline(limit):
                            length, last = length + len(rest), rest
                            if rest.endswith(("\n", "\r")):
                                break
                    following = stream.readline(limit)
                    if following == "\r\n" and last.endswith("\r"):
                        line = line + following if last is line else line
                        length += len(following)
                        following = stream.readline(limit)
                    yield line, length
            except UnicodeDecodeError:
                raise UnreadableFileError(str(self.path), None, Phrase(_CUT_SHORT)) from None

    def head(self, size: int = 4096) -> str:
        with self.path.open("rb") as raw:
            return decode(raw.read(size), whole=False)[0]


def read_text(path: Path) -> tuple[str, str]:
    """A small file (a preview, a test) decoded whole; UTF-16 cut short is refused whole."""
    check_size(path)
    try:
        return decode(path.read_bytes())
    except UnicodeDecodeError:
        raise UnreadableFileError(str(path), None, Phrase(_CUT_SHORT)) from None
