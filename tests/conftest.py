"""Shared fixtures: a real database file per test, and the real window over it."""

from __future__ import annotations

import os

# Before any Qt import: tests draw offscreen unless a run asks for a real display, on a screen
# the size of the most common shop laptop's (the offscreen default is 800×800).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen:configfile=" + os.path.join(
    os.path.dirname(__file__), "data", "screen-1366x768.json"))

# The shop's language and country are guessed from the locale: every run guesses the same.
os.environ["LANG"] = "en_US.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("LC_CTYPE", None)

import datetime as dt
import secrets
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import clock, session

TODAY = dt.datetime(2026, 11, 23, 10, 30)


def pytest_sessionstart(session) -> None:
    """The window's words as the build makes them (packaging/translations.sh keeps the .ts
    files; pyside6-lrelease makes the .qm files the window loads), made again when stale."""
    folder = Path(__file__).resolve().parents[1] / "resources" / "translations"
    stale = [str(ts) for ts in sorted(folder.glob("*.ts"))
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
                        *stale], check=True)


@pytest.fixture(autouse=True)
def _a_config_folder_of_the_tests_own(tmp_path_factory, monkeypatch):
    """This computer's config file (the counter's name) in a folder of each test's own, never
    the owner's; the jobs a test starts read it too."""
    monkeypatch.setenv("REGULARS_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def _the_window_speaks_english_again():
    """A window started in another language leaves Qt's default locale and translation so;
    the next test starts as the tests' own locale says."""
    yield
    forms = sys.modules.get("app.ui.local_forms")
    if forms is not None:
        forms.speak(forms.LocalForms("en", "US", ""))


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The URL of the private PostgreSQL server that `packaging/dev.sh test` starts for the run
    (packaging/test_server.sh); without one, the tests on a server are skipped, saying why."""
    url = os.environ.get("REGULARS_TEST_POSTGRES")
    if not url:
        pytest.skip("no PostgreSQL server for the tests: packaging/dev.sh test starts one")
    return url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """An empty database of the test's own on that server, dropped after the test. It sorts
    text in a language, as a shop's server does (English: "b" before "C"), not by bytes."""
    name = f"regulars_test_{secrets.token_hex(6)}"
    yield _database(postgres_server, name, "template0")
    _drop(postgres_server, name)


def _database(postgres_server: str, name: str, template: str) -> str:
    """A new database on the tests' server, made from `template`; its URL."""
    import psycopg

    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE {template}'
                      + (" LOCALE_PROVIDER icu ICU_LOCALE 'en-US'" if template == "template0"
                         else ""))
    return urllib.parse.urlsplit(postgres_server)._replace(path=f"/{name}").geturl()


def _drop(postgres_server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def _server_book_template(postgres_server: str) -> Iterator[str]:
    """A server book made once for the run, which each test's server book is copied from (a
    copy of a database is a third of the time of making the book's tables)."""
    from app.store import server

    name = f"regulars_book_{secrets.token_hex(6)}"
    url = _database(postgres_server, name, "template0")
    book = server.connect(url)
    book.connect()
    try:
        server.upgrade(book)
    finally:
        book.close()
    yield name
    _drop(postgres_server, name)


@pytest.fixture
def server_book(postgres_server: str, _server_book_template: str) -> Iterator[str]:
    """The URL of a new, empty server book of the test's own, dropped after the test."""
    name = f"regulars_test_{secrets.token_hex(6)}"
    yield _database(postgres_server, name, f'"{_server_book_template}"')
    _drop(postgres_server, name)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


# Set to "server" for a run of the tests on a server book (`.ci/run` makes one): each test's
# `store` is then a server book of its own, but for the tests marked `file_only`.
ENGINE_VARIABLE = "REGULARS_TEST_ENGINE"


def on_server_engine(request: pytest.FixtureRequest) -> bool:
    """Whether this test runs on a server book (see `ENGINE_VARIABLE`)."""
    return (os.environ.get(ENGINE_VARIABLE) == "server"
            and request.node.get_closest_marker("file_only") is None)


@pytest.fixture
def store(data_dir: Path, request: pytest.FixtureRequest):
    """An open, empty database in a temporary directory (a server book of the test's own, on
    a run on the server engine); the clock stands at TODAY."""
    with clock.frozen(TODAY):
        if on_server_engine(request):
            from app.core import server_book

            # this counter's own folder (its backups, its copy of the erasure register)
            request.getfixturevalue("monkeypatch").setenv("REGULARS_DATA_DIR", str(data_dir))
            server_book.open_book(request.getfixturevalue("server_book"))
            path = session.database_location(data_dir)
        else:
            path = session.open_data(data_dir)
        yield path
        session.close()


@pytest.fixture
def service(store, qapp):
    from app.ui.service import DataService

    return DataService()


@pytest.fixture
def settings(tmp_path: Path, qapp):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, service, settings):
    from app.ui.main_window import MainWindow

    win = MainWindow(service, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def sample_window(window, service):
    """The window after "Try with sample customers"."""
    window.empty_state.sample_button.click()
    return window
