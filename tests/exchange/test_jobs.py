"""Whole import and export jobs: out and back in loses nothing; files are replaced whole."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import add_rich_customer, comparable

from app.core import backups, clock, customers, directory, session
from app.core.profile import load
from app.exchange import jobs, parallel
from app.exchange.records import UnreadableFileError


@pytest.fixture
def rich_customer(store) -> int:
    return add_rich_customer()


@pytest.mark.parametrize("file_format", ["vcard", "csv"])
def test_round_trip_loses_nothing(rich_customer, tmp_path, file_format):
    before = load(rich_customer)
    path = tmp_path / f"out.{file_format}"
    jobs.export_file(path, file_format)
    session.close()
    session.open_data(tmp_path / "fresh")
    try:
        report = jobs.import_file(path, file_format)
        assert (report.imported, report.errors) == (1, [])
        after = load(directory.customer_ids()[0])
        expected = comparable(before)
        got = comparable(after)
        if file_format == "csv":  # CSV has no photo
            expected["has_photo"] = False
        assert got == expected
        if file_format == "vcard":
            assert after.photo == before.photo
            assert after.newsletter_since == before.newsletter_since
            assert (after.preferred_channel, after.contact_every_days) == ("phone", 21)
    finally:
        session.close()


def test_exports_replace_the_file_atomically(store, tmp_path):
    customers.create_customer(first_name="Eleanor")
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "out.vcf"
    path.write_text("old contents")
    jobs.export_file(path, "vcard")
    assert path.read_text().startswith("BEGIN:VCARD")
    assert [p.name for p in folder.iterdir()] == ["out.vcf"]  # no temporary file left
    assert path.stat().st_mode & 0o077 == 0


@pytest.mark.file_only
@pytest.mark.parametrize("cards", [3, parallel.PARALLEL_FROM + 1])
def test_a_failed_import_leaves_the_backups_as_they_were(store, tmp_path, cards):
    customers.create_customer(first_name="Eleanor")
    for days in range(10, 0, -1):  # a backup a day for ten days: rotation has work to do
        with clock.frozen(clock.now() - dt.timedelta(days=days)):
            backups.automatic("daily")
    before = sorted(p.name for p in backups.folder().iterdir())
    path = tmp_path / "broken.vcf"
    path.write_text("".join(f"BEGIN:VCARD\nVERSION:3.0\nN:P{i};Ann;;;\nEND:VCARD\n"
                            for i in range(cards - 1))
                    + "BEGIN:VCARD\nVERSION:3.0\nN:Q;;;;\nBROKEN\nEND:VCARD\n")
    with pytest.raises(UnreadableFileError, match="not a valid vCard"):
        jobs.import_file(path)
    assert sorted(p.name for p in backups.folder().iterdir()) == before
    assert directory.customer_ids() == [directory.customer_ids()[0]]


@pytest.mark.file_only
def test_a_good_import_keeps_its_backup_and_thins_the_folder(store, tmp_path):
    customers.create_customer(first_name="Eleanor")
    for days in range(10, 0, -1):
        with clock.frozen(clock.now() - dt.timedelta(days=days)):
            backups.automatic("daily")
    path = tmp_path / "one.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nEND:VCARD\n")
    report = jobs.import_file(path)
    kept = sorted(p.name for p in backups.folder().iterdir())
    assert report.backup is not None and report.backup.name in kept
    assert len([name for name in kept if name.endswith("-daily.sqlite3")]) == 7
