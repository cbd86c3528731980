"""How a job that failed is said: one line, and the exit its kind of failure promises."""

from __future__ import annotations

import argparse
import sqlite3

import pytest

from app import cli_jobs
from app.core.errors import UnusableDatabaseError, ValidationError


@pytest.mark.parametrize("error, code, said", [
    (ValidationError("a birthday on 31 February"), 2,
     "regulars: error: a birthday on 31 February"),
    (sqlite3.OperationalError("database is locked"), 1,
     "regulars: the database could not be used: another program is writing to it; try again "
     "in a moment"),
    (UnusableDatabaseError("restore the backup of 2 December"), 1,
     "regulars: the database could not be used: restore the backup of 2 December"),
    (FileNotFoundError(2, "No such file or directory", "cards.vcf"), 1,
     "regulars: error: No such file or directory: cards.vcf"),
])
def test_a_failure_is_one_line_and_its_exit(error, code, said, capsys, tmp_path):
    args = argparse.Namespace(command="find", data_dir=str(tmp_path))
    assert cli_jobs.failed(error, args) == code
    assert capsys.readouterr().err.splitlines() == [said]


def test_a_bug_in_the_window_is_raised_for_the_window_to_report():
    window = argparse.Namespace(command=None)
    with pytest.raises(KeyError):
        cli_jobs.failed(KeyError("x"), window)
