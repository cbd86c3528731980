"""`regulars copy`, run as a real process against a real PostgreSQL server, the way a shop moves
its book to a server and back: the same book at the other end, a password never printed or
logged, and every refusal one line that changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from tests.store.test_copying import _dump
from tests.test_cli import ROOT, log_text, run


def _files(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _copy(data_dir: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The job with no password file of the owner's: the one in the URL or none."""
    home = data_dir.parent / "home"
    home.mkdir(exist_ok=True)
    environment = {k: v for k, v in os.environ.items()
                   if not k.startswith("PG") and k != "REGULARS_DATA_DIR"}
    environment.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), **(env or {}))
    return subprocess.run([sys.executable, "-m", "app", "copy", *args, "--data-dir",
                           str(data_dir)], capture_output=True, text=True, cwd=ROOT,
                          env=environment, timeout=120)


def _without_password(url: str) -> tuple[str, str]:
    parts = urllib.parse.urlsplit(url)
    netloc = f"{parts.username}@{parts.hostname}:{parts.port}"
    return parts._replace(netloc=netloc).geturl(), parts.password or ""


def test_a_shop_goes_to_a_server_and_back_as_the_same_book(tmp_path: Path, postgres_url):
    shop, laptop = tmp_path / "shop", tmp_path / "laptop"
    assert run(shop, "demo", "--customers", "25").returncode == 0
    shown, password = _without_password(postgres_url)

    there = _copy(shop, "--to", postgres_url)
    assert there.returncode == 0, there.stderr
    assert there.stdout.startswith("copied 25 customers (")
    assert there.stdout.rstrip().endswith(f"rows) to {shown}; every row checked")
    back = _copy(laptop, "--from", postgres_url)
    assert back.returncode == 0, back.stderr
    assert back.stdout.replace(" from ", " to ") == there.stdout

    for job in (("find", "", "--limit", "100"), ("reminders", "--json"), ("week", "--json"),
                ("show", "7", "--json")):
        assert run(laptop, *job).stdout == run(shop, *job).stdout
    for output in (there.stdout + there.stderr, back.stdout + back.stderr,
                   log_text(shop), log_text(laptop)):
        assert password not in output
    assert "job copy to a server" in log_text(shop)
    assert "job copy from a server" in log_text(laptop)
    assert postgres_url.rpartition("/")[2] not in log_text(shop)  # nor where the book went
    # every table, row for row, as stored (the search index by its rows)
    assert _dump(laptop / "regulars.sqlite3") == _dump(shop / "regulars.sqlite3")


def test_the_password_is_read_from_the_owners_password_file(tmp_path: Path, postgres_url):
    shop = tmp_path / "shop"
    assert run(shop, "demo", "--customers", "3").returncode == 0
    shown, password = _without_password(postgres_url)
    parts = urllib.parse.urlsplit(postgres_url)
    pgpass = tmp_path / "home" / ".pgpass"
    pgpass.parent.mkdir()
    pgpass.write_text(f"{parts.hostname}:{parts.port}:*:{parts.username}:{password}\n")
    pgpass.chmod(0o600)
    result = _copy(shop, "--to", shown)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("copied 3 customers")


@pytest.fixture
def books(tmp_path: Path, postgres_url) -> tuple[Path, str]:
    """A shop of two customers, copied to the server book at the URL."""
    shop = tmp_path / "shop"
    assert run(shop, "demo", "--customers", "2").returncode == 0
    assert _copy(shop, "--to", postgres_url).returncode == 0
    return shop, postgres_url


@pytest.mark.parametrize("args, code, words", [
    (("--to", "@server"), 2, "already holds customers"),
    (("--from", "@server"), 2, "already holds customers"),
    (("--to", "@other-database"), 1, "has no database"),
    (("--to", "@no-password"), 1, ".pgpass as host:port:database:user:password"),
    (("--to", "@wrong-password"), 1, "did not accept the password"),
    (("--to", "postgresql://shop@127.0.0.1:1/book"), 1, "Connection refused"),
    (("--to", "mysql://shop@host/book"), 2, "is not the address of a server"),
    (("--to", "shop"), 2, "is not the address of a server"),
    (("--to", "postgresql://shop@host"), 2, "names no database"),
    (("--to", "postgresql://shop@host/book?colour=blue"), 2, "could not be read as the address"),
    (("--to", "postgresql://shop@host:port/book"), 2, "is not the address of a server"),
    (("--to", "postgresql://a/b", "--from", "postgresql://a/b"), 2, "not allowed with"),
    ((), 2, "one of the arguments --to --from is required"),
])
def test_refusals_are_one_line_and_change_nothing(books, args, code, words):
    shop, url = books
    shown, password = _without_password(url)
    special = {"@server": url,
               "@other-database": url.rpartition("/")[0] + "/no_such_book",
               "@no-password": shown,
               "@wrong-password": url.replace(f":{password}@", ":not-it@")}
    before = _files(shop)
    result = _copy(shop, *(special.get(arg, arg) for arg in args))
    assert result.returncode == code, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr and words in result.stderr, result.stderr
    assert password not in result.stderr and result.stdout == ""
    assert {k: v for k, v in _files(shop).items() if not k.startswith("logs/")} == {
        k: v for k, v in before.items() if not k.startswith("logs/")}


def test_a_server_book_is_not_made_from_a_folder_with_no_book(tmp_path: Path, postgres_url):
    result = _copy(tmp_path / "nothing", "--to", postgres_url)
    assert result.returncode == 2
    assert "there is no customer book at" in result.stderr
    assert not (tmp_path / "nothing").exists()
