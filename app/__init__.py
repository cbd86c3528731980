"""Regulars: remember your customers."""

__version__ = "0.1.0"
APP_NAME = "Regulars"
# The desktop entry, AppStream component, icon and macOS bundle share this reverse-DNS name.
APP_ID = "io.github.regulars.Regulars"
