"""Regulars: remember your customers."""

__version__ = "0.1.0"
APP_NAME = "Regulars"
