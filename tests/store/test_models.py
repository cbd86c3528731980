"""The models and the tables the schema steps build describe the same columns."""

from __future__ import annotations

from pathlib import Path

from app.store.models import ALL_MODELS, db


def test_models_match_the_schema_the_steps_build(store: Path):
    """The frozen steps and the models must describe the same tables."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert columns == fields, table
