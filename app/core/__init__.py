"""Rules about customers, dates and timelines, in plain typed Python."""
