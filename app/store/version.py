"""The schema version this program writes, on its own: a job that reads through plain sqlite3
checks a file against it without loading the schema's steps (and peewee with them)."""

SCHEMA_VERSION = 17
