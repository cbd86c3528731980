"""This computer's own settings, in one small file that the window and the jobs both read.

What belongs to the counter rather than to the customer book lives here: the settings kept in
the database travel with it, into its backups and onto every counter that opens it, and a
counter's name must not. An INI file (Python's own `configparser`) in the user's config folder
(appdirs), which an administrator can also write by hand for a till; `REGULARS_CONFIG_DIR`
names another folder (tests, a second shop on one computer). Readable by the owner only, and
replaced whole on every change, so that a crash never leaves half a file.
"""

from __future__ import annotations

import configparser
import io
import os
from pathlib import Path

from appdirs import user_config_dir

from app import APP_NAME
from app.store.files import write_atomically
from app.store.location import ensure_private_dir

ENV_VAR = "REGULARS_CONFIG_DIR"
FILE_NAME = "regulars.ini"
_LARGEST = 64 * 1024  # a settings file larger than this is not one


class ConfigFileError(ValueError):
    """The file cannot be read as settings; the message says why, without its content."""


def path() -> Path:
    folder = os.environ.get(ENV_VAR)
    base = Path(folder).expanduser() if folder else Path(user_config_dir(APP_NAME,
                                                                         appauthor=False))
    return base / FILE_NAME


def read() -> dict[str, dict[str, str]]:
    """Every section's values; empty when there is no file. `ConfigFileError` when there is one
    that is not a settings file."""
    where = path()
    try:
        if where.stat().st_size > _LARGEST:
            raise ConfigFileError(f"{where} is too large to be a settings file")
        text = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError:
        raise ConfigFileError(f"{where} is not UTF-8 text") from None
    except OSError as error:  # a folder of that name, a file not readable by the owner
        raise ConfigFileError(f"{where} cannot be read: {error.strerror}") from None
    parser = _parser()
    try:
        parser.read_string(text, source=str(where))
    except configparser.Error as error:
        raise ConfigFileError(f"{where} is not a settings file: "
                              f"{type(error).__name__}") from None
    return {name: dict(parser[name]) for name in parser.sections()}


def value(section: str, key: str) -> str | None:
    """One value, None where it is not set; a damaged file raises as `read` does."""
    return read().get(section, {}).get(key)


def write(section: str, key: str, text: str | None) -> None:
    """Set one value (None removes it), keeping everything else in the file as it was read;
    a file that is not a settings file is replaced."""
    try:
        found = read()
    except ConfigFileError:
        found = {}
    parser = _parser()
    parser.read_dict(found)
    if text is None:
        if parser.has_section(section):
            parser.remove_option(section, key)
    else:
        if not parser.has_section(section):
            parser.add_section(section)
        parser.set(section, key, text)
    where = path()
    ensure_private_dir(where.parent)
    text_out = io.StringIO()
    parser.write(text_out)
    write_atomically(where, text_out.getvalue().encode("utf-8"))


def _parser() -> configparser.ConfigParser:
    """Values as written: no "%" interpolation (a name may hold one), keys as cased."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    return parser
