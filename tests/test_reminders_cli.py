"""`regulars reminders` and `regulars follow-up`, as scripts run them."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import assert_one_line_error, run


def test_reminders_json_sorted_by_date(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "200")
    result = run(tmp_path, "reminders", "--date", "2026-12-29", "--days", "5", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found, "the sample shop has something due"
    for item in found:
        assert set(item) == {"kind", "date", "customer_id", "customer", "text"}
        assert item["kind"] in ("birthday", "anniversary", "date", "follow_up",
                                "stay_in_touch", "lapsed")
    dates = [item["date"] for item in found]
    assert dates == sorted(dates)
    births = [i for i in found if i["kind"] in ("birthday", "anniversary")]
    assert births and all("2026-12-29" <= i["date"] <= "2027-01-03" for i in births)


def test_follow_up_then_reminded(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "1")
    added = run(tmp_path, "follow-up", "1", "order the blue size 9", "--due", "2030-01-10")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "follow-up added for customer 1, due Thu 10 Jan 2030"
    found = json.loads(run(tmp_path, "reminders", "--date", "2030-01-08", "--days", "3",
                           "--json").stdout)
    ours = [i for i in found if i["date"] == "2030-01-10"]
    assert len(ours) == 1
    assert ours[0]["kind"] == "follow_up" and ours[0]["customer_id"] == 1
    assert ours[0]["text"].endswith("Promised: order the blue size 9")


def test_an_impossible_due_date_writes_nothing(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "1")
    before = json.loads(run(tmp_path, "show", "1", "--json").stdout)
    assert_one_line_error(run(tmp_path, "follow-up", "1", "x", "--due", "2026-02-30"),
                          "2026-02-30")
    assert_one_line_error(run(tmp_path, "follow-up", "99", "x"), "no customer with id 99")
    assert_one_line_error(run(tmp_path, "reminders", "--date", "tomorrow"), "tomorrow")
    assert json.loads(run(tmp_path, "show", "1", "--json").stdout) == before
