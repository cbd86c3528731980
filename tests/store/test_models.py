"""The models and the tables the schema steps build describe the same columns."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from app.store.models import ALL_MODELS, Tag, db

# About the SQLite file itself: not run again on a server book.
pytestmark = pytest.mark.file_only


def test_models_match_the_schema_the_steps_build(store: Path):
    """The frozen steps and the models must describe the same tables."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert columns == fields, table


@pytest.mark.parametrize("depth", [1, 2])
def test_a_write_sqlite_rolled_back_by_itself_fails_with_its_own_error(store: Path, depth):
    """On a full disk SQLite ends the transaction itself; its error is the one that counts."""
    full = sqlite3.OperationalError("database or disk is full")
    with pytest.raises(sqlite3.OperationalError, match="disk is full"), contextlib.ExitStack() \
            as writes:
        for _ in range(depth):
            writes.enter_context(db.atomic())
        Tag.create(name="regular")
        db.execute_sql("ROLLBACK")  # what SQLite does when the disk is full
        raise full
    assert Tag.select().count() == 0
    with db.atomic():  # and the next write works
        Tag.create(name="regular")
    assert Tag.select().count() == 1
