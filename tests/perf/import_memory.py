"""Memory and time of `regulars import` on files far larger than a contact list should be.

    python tests/perf/import_memory.py [--csv-mb 200] [--runs 3] [--keep DIR]

Writes, in a temporary folder:
- a CSV of realistic rows (name, email, phone, birthday, tags, note) of about `--csv-mb` MB;
- a 50 MB vCard of a few ordinary cards and one card with a 49 MB photo;
- vCards of one card whose quoted-printable note has 100,000, 400,000 and 1,000,000 soft line
  breaks (read in linear time, ten times the breaks take about ten times as long).

Each is imported by `regulars import` as its own process into a fresh data folder, and the
peak memory of that process and its worker processes together (the sum of their resident
sizes, sampled every 50 ms from /proc) is printed with the time. Medians of `--runs` runs.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.perf.import_bench import person  # noqa: E402

HEADER = "First Name,Last Name,Email,Phone,Birthday,Tags,Note\r\n"


def write_csv(path: Path, megabytes: int) -> int:
    rng = random.Random(7)
    rows, target = 0, megabytes * 1_000_000
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        while out.tell() < target:
            p = person(rng, rows)
            out.write(f'{p["first"]},{p["last"]},{p["email"]},{p["phone"]},{p["birthday"]},'
                      f'"{p["tags"]}","{p["note"]}"\r\n')
            rows += 1
    return rows


def write_photo_vcard(path: Path, megabytes: int) -> None:
    photo = base64.b64encode(b"\xff\xd8\xff" + os.urandom(megabytes * 750_000)).decode()
    folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    with path.open("w", encoding="ascii", newline="") as out:
        for i in range(3):
            out.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee{i}\r\nN:Lee{i};Ann;;;\r\n"
                      "END:VCARD\r\n")
        out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nN:Photo;Big;;;\r\n"
                  f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n")


def write_soft_breaks(path: Path, breaks: int) -> None:
    with path.open("w", encoding="ascii", newline="") as out:
        out.write("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Breaks;Many\r\n"
                  "NOTE;ENCODING=QUOTED-PRINTABLE:")
        out.write("ab=\r\n" * breaks)
        out.write("end\r\nEND:VCARD\r\n")


def measure(path: Path, work: Path) -> dict[str, float | str]:
    """One `regulars import --json` into a fresh data folder: seconds, peak MB, the report."""
    data = Path(tempfile.mkdtemp(dir=work))
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data), "import", str(path), "--json"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - began
    out, err = process.communicate()
    summary = (json.loads(out) if process.returncode == 0 and out.strip()
               else {"exit": process.returncode, "stderr": err.strip()[-200:]})
    if isinstance(summary, dict) and "warnings" in summary:
        summary["warnings"] = [w["message"] for w in summary["warnings"]][:2]
    return {"seconds": round(seconds, 2), "peak_mb": round(peak / 2**20, 1),
            "report": json.dumps(summary)[:300]}


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and every process below it."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo += [int(child) for child in children.read().split()]
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv-mb", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    files: list[tuple[str, Path]] = []
    big = work / "big.csv"
    if not big.exists():
        print(f"{write_csv(big, args.csv_mb):,} CSV rows", flush=True)
    files.append((f"csv {big.stat().st_size / 1e6:.0f} MB", big))
    photo = work / "photo.vcf"
    if not photo.exists():
        write_photo_vcard(photo, 50)
    files.append((f"vcard {photo.stat().st_size / 1e6:.0f} MB, one photo", photo))
    for breaks in (100_000, 400_000, 1_000_000):
        path = work / f"breaks-{breaks}.vcf"
        if not path.exists():
            write_soft_breaks(path, breaks)
        files.append((f"quoted-printable, {breaks:,} soft breaks", path))
    for name, path in files:
        runs = [measure(path, work) for _ in range(args.runs)]
        seconds = [r["seconds"] for r in runs]
        peaks = [r["peak_mb"] for r in runs]
        print(f"{name}: {statistics.median(seconds)} s {seconds}, peak "
              f"{statistics.median(peaks)} MB {peaks}; {runs[0]['report']}", flush=True)


if __name__ == "__main__":
    main()
