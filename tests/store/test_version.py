"""The version a file is checked against without the schema's steps is the steps' own count."""

from app.store import schema, version


def test_the_version_is_the_number_of_schema_steps():
    assert version.SCHEMA_VERSION == len(schema.STEPS) == schema.SCHEMA_VERSION
