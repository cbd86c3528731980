"""Persistence: peewee models over one SQLite file. Never imports Qt."""
