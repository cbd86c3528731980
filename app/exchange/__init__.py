"""Customers in and out: vCard, CSV, iCalendar and mailing lists. No Qt here."""
