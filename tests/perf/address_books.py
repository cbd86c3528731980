"""Regulars side by side with two address books, as whole processes on the same vCards.

    python tests/perf/address_books.py [--sizes 10000,100000] [--runs 3] [--json OUT]

For each size it writes that many synthetic vCards (one planted name to find), then times,
for Regulars, abook (the Debian package) and khard (from PyPI):
- import: bringing the cards in (abook converts them into its own file; khard has no import,
  its address book is the folder of vCard files itself, so its figure is copying them there);
- find: looking up the planted name;
- birthdays: listing the birthdays of the next 30 days (abook and khard list every birthday
  and a `grep` keeps the window's days, as one shell pipeline).
Each figure is the median of --runs runs (import runs once). The counts found by each tool are
printed too: the three must agree, or the timing compares different work.

abook is installed with apt-get and khard into a virtual environment of its own when missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KHARD = "khard==0.22.0"
PLANTED = ("Philippa", "Quennell")
WINDOW_DAYS = 30
FIRST = ("Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
         "Kemal", "Lena", "Mateo", "Nora", "Omar", "Priya", "Rosa", "Sven", "Tara", "Umar")
LAST = ("Abbott", "Baker", "Castillo", "Dubois", "Evans", "Fischer", "Garcia", "Hughes",
        "Ivanova", "Jensen", "Kowalski", "Lopez", "Murphy", "Nakamura", "Okafor", "Patel",
        "Rossi", "Schmidt", "Tanaka", "Walsh")


def write_cards(folder: Path, count: int) -> tuple[Path, Path]:
    """One file of `count` vCard 3.0 cards and the same cards as a folder, one file each.

    Plain ASCII names and ISO birthdays: nothing to escape, so the lines are written as is.
    """
    rng = random.Random(count)
    single = folder / "cards.vcf"
    vdir = folder / "cards"
    vdir.mkdir()
    planted = count // 2
    with single.open("w", encoding="utf-8", newline="") as out:
        for number in range(count):
            first, last = (PLANTED if number == planted
                           else (rng.choice(FIRST), f"{rng.choice(LAST)}{number}"))
            birthday = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 65))
            card = ("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                    f"UID:card-{number}\r\nFN:{first} {last}\r\nN:{last};{first};;;\r\n"
                    f"EMAIL;TYPE=INTERNET:{first.lower()}.{last.lower()}@example.org\r\n"
                    f"TEL;TYPE=CELL:+44 7700 {number:06d}\r\n"
                    f"BDAY:{birthday.isoformat()}\r\nEND:VCARD\r\n")
            out.write(card)
            (vdir / f"card-{number}.vcf").write_text(card, encoding="utf-8", newline="")
    return single, vdir


def window_days(today: dt.date) -> list[dt.date]:
    return [today + dt.timedelta(days=n) for n in range(WINDOW_DAYS + 1)]


def ensure_abook() -> str:
    found = shutil.which("abook")
    if found:
        return found
    print("installing abook with apt-get …", flush=True)
    root = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*root, "apt-get", "update", "-qq"], check=True)
    subprocess.run([*root, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install",
                    "-y", "-qq", "--no-install-recommends", "abook"], check=True,
                   stdout=subprocess.DEVNULL)
    return shutil.which("abook") or "abook"


def ensure_khard(cache: Path) -> Path:
    venv = cache / KHARD.replace("==", "-")
    program = venv / "bin" / "khard"
    if not program.exists():
        print(f"installing {KHARD} into its own environment …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", KHARD],
                       check=True)
    return program


def timed(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, str]:
    """Median seconds of whole runs of `command`, and the output of the last one."""
    times, output = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {result.stderr[-1000:]}")
        output = result.stdout
    return statistics.median(times), output


def shell(pipeline: str) -> list[str]:
    return ["sh", "-c", pipeline]


def measure(size: int, work: Path, runs: int, abook: str, khard: Path) -> dict[str, dict]:
    folder = work / str(size)
    folder.mkdir()
    single, vdir = write_cards(folder, size)
    home = folder / "home"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(home), "LANG": "C.UTF-8",
           "PYTHONPATH": str(ROOT)}
    today = dt.date.today()
    days = window_days(today)
    (folder / "abook-days").write_text("".join(f"-{d:%m-%d}\n" for d in days))
    (folder / "khard-days").write_text("".join(f".{d:%m.%d}\t\n" for d in days))
    name = " ".join(PLANTED)
    figures: dict[str, dict] = {}

    data = folder / "regulars-data"
    regulars = [sys.executable, "-m", "app", "--data-dir", str(data)]
    imported, _ = timed([*regulars, "import", str(single)], 1, env)
    found, out = timed([*regulars, "find", PLANTED[1]], runs, env)
    birthdays, listing = timed([*regulars, "reminders", "--days", str(WINDOW_DAYS), "--json"],
                               runs, env)
    figures["regulars"] = {
        "import_s": imported, "find_s": found, "birthdays_s": birthdays,
        "found": out.count(name),
        "birthdays": sum(1 for r in json.loads(listing) if r["kind"] == "birthday")}

    book = folder / "addressbook"
    imported, _ = timed([abook, "--convert", "--informat", "vcard", "--infile", str(single),
                         "--outformat", "abook", "--outfile", str(book)], 1, env)
    found, out = timed([abook, "--datafile", str(book), "--mutt-query", PLANTED[1]], runs, env)
    birthdays, listing = timed(shell(
        f"{abook} --convert --informat abook --infile '{book}' --outformat custom "
        f"--outformatstr '{{anniversary}}' | grep -F -f '{folder / 'abook-days'}'"), runs, env)
    figures["abook"] = {"import_s": imported, "find_s": found, "birthdays_s": birthdays,
                        "found": out.count(name), "birthdays": len(listing.splitlines())}

    books = folder / "khard-books"
    imported, _ = timed(["cp", "-r", str(vdir), str(books)], 1, env)
    config = folder / "khard.conf"
    config.write_text(f"[addressbooks]\n[[shop]]\npath = {books}\n")
    khard_cmd = [str(khard), "-c", str(config)]
    found, out = timed([*khard_cmd, "list", PLANTED[1]], runs, env)
    birthdays, listing = timed(shell(
        f"'{khard}' -c '{config}' birthdays --parsable | grep -F -f '{folder / 'khard-days'}'"),
        runs, env)
    figures["khard"] = {"import_s": imported, "find_s": found, "birthdays_s": birthdays,
                        "found": out.count(name), "birthdays": len(listing.splitlines())}
    return figures


def table(results: dict[int, dict[str, dict]]) -> str:
    lines = ["| cards | tool | import s | find s | birthdays s | found | birthdays |",
             "|---:|---|---:|---:|---:|---:|---:|"]
    for size, tools in results.items():
        for tool, f in tools.items():
            lines.append(f"| {size:,} | {tool} | {f['import_s']:.2f} | {f['find_s']:.3f} | "
                         f"{f['birthdays_s']:.3f} | {f['found']} | {f['birthdays']} |")
    lines.append("")
    lines.append("| cards | find: khard ÷ Regulars | find: abook ÷ Regulars "
                 "| birthdays: khard ÷ Regulars | birthdays: abook ÷ Regulars |")
    lines.append("|---:|---:|---:|---:|---:|")
    for size, tools in results.items():
        ours = tools["regulars"]
        lines.append(
            f"| {size:,} | {tools['khard']['find_s'] / ours['find_s']:.0f}× "
            f"| {tools['abook']['find_s'] / ours['find_s']:.1f}× "
            f"| {tools['khard']['birthdays_s'] / ours['birthdays_s']:.0f}× "
            f"| {tools['abook']['birthdays_s'] / ours['birthdays_s']:.1f}× |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None, metavar="OUT")
    parser.add_argument("--cache", type=Path,
                        default=Path.home() / ".cache" / "regulars-perf",
                        help="where khard's environment is kept between runs")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    abook = ensure_abook()
    khard = ensure_khard(args.cache)
    results: dict[int, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in sizes:
            print(f"{size:,} cards …", flush=True)
            results[size] = measure(size, Path(scratch), args.runs, abook, khard)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps({str(k): v for k, v in results.items()}, indent=2)
                             + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
