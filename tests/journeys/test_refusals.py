"""What cannot be saved, said in the shop's language: a German shop reads the refusal beside the
field in German, while the command line, whose words scripts read, keeps its English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_refusal_is_said_in_german_and_the_command_line_keeps_its_english(
        start, person, monkeypatch, tmp_path):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    start()
    person.press("Tab", "Enter")  # the samples, with the place as guessed
    person.waits_to_see("60 Kunden")
    person.press("Ctrl+N")
    person.type("Rosa")
    person.press("Tab", "Tab", "Tab", "Tab", "Tab", "Tab")  # to the birthday's day
    person.type("31")
    person.press("Tab")
    person.type("feb")
    person.press("Enter")
    person.waits_to_see("⚠ Der Februar hat keinen 31. Tag")
    assert not person.sees("has no day")
    person.press("Ctrl+A")  # the keyboard is back in the day, nothing typed lost
    person.type("28")
    person.press("Enter")
    person.waits_to_see("61 Kunden")

    # The same shop's data from the command line, in the same German session: English.
    environment = {**os.environ, "LANG": "de_DE.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("REGULARS_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == (
        "regulars: error: Sample customers go into an empty customer book only: there are "
        "already 61 customers here")
