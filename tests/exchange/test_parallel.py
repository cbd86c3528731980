"""Large files checked in worker processes: the same result, and no worker left behind."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers import IMPORT, kill, start

from app.core import directory, session
from app.core.profile import load_many
from app.exchange import jobs
from app.exchange.records import UnreadableFileError
from app.store.models import Customer


def test_large_files_are_checked_in_worker_processes_with_the_same_result(store, tmp_path,
                                                                          monkeypatch):
    """The parallel path (worker processes) saves exactly what the single-process path does."""
    from app.exchange import parallel

    rows = ["First Name,Last Name,Email,Phone,Birthday,Tags"]
    rows += [f"Ann{i},Lee{i % 7},ann{i}@example.com,+44 7700 9{i:05d},--0{1 + i % 9}-1{i % 9},VIP"
             for i in range(300)]
    rows += ["Dup,Lee1,ann1@example.com,,,", ",,,,,", "Bad,Date,b@example.com,,1980-02-30,"]
    table = tmp_path / "many.csv"
    table.write_text("\n".join(rows) + "\n")
    cards = tmp_path / "many.vcf"
    cards.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Card{i};Vee;;;\r\nFN:Vee Card{i}\r\n"
        f"EMAIL:v{i}@example.org\r\nEND:VCARD\r\n" for i in range(250)))

    def snapshot():
        return sorted((p.name, p.contacts, p.dates, p.tags) for p in load_many(
            directory.customer_ids(limit=None)))

    serial = [jobs.import_file(table).to_json(), jobs.import_file(cards).to_json()]
    expected = snapshot()
    session.close()
    session.open_data(tmp_path / "parallel")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    monkeypatch.setattr(parallel, "CHUNK", 64)
    assert [jobs.import_file(table).to_json(), jobs.import_file(cards).to_json()] == serial
    assert snapshot() == expected
    # Line 303 is empty and passed over; line 304 is refused.
    assert serial[0]["errors"] == [{"line": 304, "message": "Birthday: February has no day 30"}]
    # "Dup" shares ann1's email, and brings nothing ann1 lacks
    assert (serial[0]["updated"], serial[0]["unchanged"]) == (0, 1)


def test_what_a_large_file_s_report_says_crosses_from_the_workers_as_phrases(store, tmp_path,
                                                                            monkeypatch):
    """A line of the report keeps how it was made (its template and values: the window says
    it in the shop's language) after the trip from a worker process, and reads as before."""
    from app.core.phrases import Phrase
    from app.exchange import parallel

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    monkeypatch.setattr(parallel, "CHUNK", 8)
    rows = ["First Name,Email,Birthday"] + [f"Ann{i},ann{i}@example.com," for i in range(30)]
    rows[20] = "Bob,not an email,"
    rows[25] = "Cy,cy@example.com,1980-02-30"
    table = tmp_path / "many.csv"
    table.write_text("\n".join(rows) + "\n")
    report = jobs.import_file(table, dry_run=True)
    (refused_at, refused), = report.errors
    (left_at, left), = report.warnings
    assert (refused_at, refused) == (26, "Birthday: February has no day 30")
    assert (left_at, left) == (21, "email: 'not an email' does not look like an email address; "
                                   "left out")
    assert isinstance(refused, Phrase) and refused.template == "{what}: {problem}"
    assert refused.values["what"] == "Birthday"  # the file's header, as it wrote it
    assert refused.values["problem"].template == "{month} has no day {day}"
    assert left.template == "{problem}; left out"
    assert left.values["problem"].values["what"].template == "email"


def test_an_unreadable_card_in_a_large_file_names_its_line(store, tmp_path, monkeypatch):
    from app.exchange import parallel

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    monkeypatch.setattr(parallel, "CHUNK", 8)
    cards = [f"BEGIN:VCARD\nVERSION:3.0\nFN:Card {i}\nN:{i};Card;;;\nEND:VCARD\n"
             for i in range(30)]
    cards[20] = "BEGIN:VCARD\nVERSION:3.0\nFN:Card 20\nnonsense here\nEND:VCARD\n"
    path = tmp_path / "broken-late.vcf"
    path.write_text("".join(cards))
    with pytest.raises(UnreadableFileError) as caught:
        jobs.import_file(path)
    assert caught.value.line == 20 * 5 + 4
    assert Customer.select().count() == 0


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_import_leaves_no_workers_behind(tmp_path: Path):
    rows = 40000  # enough to be checked in worker processes
    table = tmp_path / "many.csv"
    table.write_text("First Name,Last Name,Email\n" + "".join(
        f"Ann{i},Lee,ann{i}@example.com\n" for i in range(rows)))
    process = start(IMPORT, str(tmp_path / "data"), str(table))
    deadline = time.monotonic() + 30
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline:
        workers = _children(process.pid)
        time.sleep(0.05)
    assert workers, "the import started no workers"
    kill(process, 0)
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]


def test_a_large_file_is_keyed_in_the_shops_language_though_its_workers_read_no_database(
        store, tmp_path, monkeypatch):
    from app.core import settings
    from app.exchange import parallel

    settings.put("language", "es")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    monkeypatch.setattr(parallel, "CHUNK", 8)
    names = ["Nuño", "Nuo", "Nunez", "Nuñez", "Nunzio", "Nuno"] * 4
    table = tmp_path / "many.csv"
    table.write_text("First Name,Last Name\n"
                     + "".join(f"{name},{name}{i:02d}\n" for i, name in enumerate(names)))
    assert jobs.import_file(table).imported == len(names)
    listed = [p.first_name for p in load_many(directory.customer_ids())]
    assert listed == sorted(names, key=["Nunez", "Nuno", "Nunzio", "Nuñez", "Nuño",
                                        "Nuo"].index)
