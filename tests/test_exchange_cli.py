"""`regulars import` and `regulars export`, run as scripts run them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_cli import assert_one_line_error, db_counts, run

DATA = Path(__file__).parent / "data"


def test_import_json_shape_and_dedupe_on_second_run(tmp_path: Path):
    first = run(tmp_path, "import", str(DATA / "csv" / "shopify.csv"), "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {"imported": 3, "updated": 0, "skipped": 0, "errors": []}
    second = run(tmp_path, "import", str(DATA / "csv" / "shopify.csv"), "--json")
    assert json.loads(second.stdout) == {"imported": 0, "updated": 3, "skipped": 0, "errors": []}
    assert db_counts(tmp_path)[0] == 3


def test_import_reports_bad_rows_with_lines(tmp_path: Path):
    result = run(tmp_path, "import", str(DATA / "csv" / "bad-rows.csv"), "--json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert (report["imported"], report["skipped"]) == (1, 3)
    assert [e["line"] for e in report["errors"]] == [3, 4, 6]
    assert all(set(e) == {"line", "message"} for e in report["errors"])


def test_format_is_detected_from_the_content(tmp_path: Path):
    renamed = tmp_path / "contacts.txt"
    shutil.copy(DATA / "vcards" / "google.vcf", renamed)
    result = run(tmp_path, "import", str(renamed))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported 1, updated 0, skipped 0"


def test_dry_run_writes_nothing(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "2")
    before = db_counts(tmp_path)
    result = run(tmp_path, "import", str(DATA / "csv" / "square.csv"), "--dry-run")
    assert result.returncode == 0
    assert result.stdout.strip() == "would have imported 2, updated 0, skipped 0"
    assert db_counts(tmp_path) == before


def test_ambiguous_dates_are_mentioned(tmp_path: Path):
    result = run(tmp_path, "import", str(DATA / "csv" / "dates-ambiguous.csv"))
    assert "1 dates read as day/month/year (setting date_order)" in result.stdout


def test_map_a_column_by_hand(tmp_path: Path):
    result = run(tmp_path, "import", str(DATA / "csv" / "no-name.csv"), "--map",
                 "email=first_name", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["imported"] == 1


@pytest.mark.parametrize("file, args, words", [
    ("vcards/not-a-vcard.vcf", ("--format", "vcard"), ("not-a-vcard.vcf, line 1", "not a vCard")),
    ("vcards/broken.vcf", (), ("broken.vcf, line 5",)),
    ("csv/broken-quote.csv", (), ("broken-quote.csv, line 3", "not readable as CSV")),
    ("csv/no-name.csv", (), ("no column for a name", "Email, Phone, Total Spent")),
    ("csv/shopify.csv", ("--map", "Email=shoe_size"), ("'shoe_size' is not one of",)),
    ("csv/shopify.csv", ("--map", "Nope=email"), ("there is no column 'Nope'",)),
    ("csv/shopify.csv", ("--map", "nonsense"), ("is not COLUMN=FIELD",)),
    ("csv/missing.csv", (), ("no such file",)),
])
def test_unreadable_files_exit_2_and_write_nothing(tmp_path: Path, file, args, words):
    run(tmp_path, "demo", "--customers", "2")
    before = db_counts(tmp_path)
    result = run(tmp_path, "import", str(DATA / file), *args)
    assert_one_line_error(result, *words)
    assert db_counts(tmp_path) == before


@pytest.mark.parametrize("file_format, start", [
    ("csv", b"\xef\xbb\xbfFirst Name,"), ("vcard", b"BEGIN:VCARD"),
    ("ical", b"BEGIN:VCALENDAR"), ("emails", b"\xef\xbb\xbfEmail Address,"),
])
def test_export_formats(tmp_path: Path, file_format, start):
    run(tmp_path, "demo", "--customers", "10")
    out = tmp_path / f"export.{file_format}"
    result = run(tmp_path, "export", str(out), "--format", file_format)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("exported ") and str(out) in result.stdout
    assert out.read_bytes().startswith(start)


def test_export_bad_input(tmp_path: Path):
    assert_one_line_error(run(tmp_path, "export", str(tmp_path / "x.csv")), "--format")
    assert_one_line_error(run(tmp_path, "export", str(tmp_path / "nowhere" / "x.csv"),
                              "--format", "csv"), "no such folder")
    assert_one_line_error(run(tmp_path, "export", str(tmp_path), "--format", "csv"),
                          "is a folder")


def test_a_large_import_through_python_dash_m(tmp_path: Path):
    """Large files are checked in worker processes; `python -m app` must allow that."""
    from app.exchange import parallel

    count = parallel.PARALLEL_FROM + 10
    rows = "\n".join(f"Ann{i},Lee,ann{i}@example.com" for i in range(count))
    path = tmp_path / "big.csv"
    path.write_text("First Name,Last Name,Email\n" + rows + "\n")
    result = run(tmp_path / "data", "import", str(path), "--json")
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == {"imported": count, "updated": 0, "skipped": 0,
                                         "errors": []}
