"""Screenshots of the main views, from the sample customers, for the README.

Run under a real X server so that fonts and styles are what the owner sees:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py

It uses a throw-away data directory and writes PNGs to resources/screenshots/. With
`--german`, the main window of a shop in Germany only, as main_de.png.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core import clock, directory, edits, profile, session  # noqa: E402
from app.ui.application import make_application  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.service import DataService  # noqa: E402

OUT = ROOT / "resources" / "screenshots"
SIZE = (1366, 768)


def showcase_customer() -> int:
    """A sample customer with family, a pet, preferences and a long timeline."""
    best, best_score = directory.customer_ids()[0], -1
    for cid in directory.customer_ids():
        p = profile.load(cid)
        score = (len(p.relatives) >= 2) * 4 + any(r.relation == "pet" for r in p.relatives) * 3
        score += bool(p.nickname) * 2 + bool(p.follow_ups) * 2 + min(p.interaction_count, 20) / 10
        score += any(f.kind == "promise" for f in p.follow_ups) * 3 + bool(p.about) * 2
        if score > best_score:
            best, best_score = cid, score
    return best


def main() -> int:
    german = sys.argv[1:] == ["--german"]
    if german:  # a first start in Germany: the language, country and currency guessed so
        os.environ["LANG"] = "de_DE.UTF-8"
        for name in ("LC_ALL", "LC_MESSAGES", "LC_CTYPE"):
            os.environ.pop(name, None)
    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        session.open_data(tmp)
        settings = QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(DataService(), settings)
        window.resize(*SIZE)
        window.show()
        OUT.mkdir(parents=True, exist_ok=True)
        shots: list[str] = []

        def welcome() -> None:
            save("welcome.png", main_view)

        def main_view() -> None:
            if german:
                window.service.run(edits.put_place("DE", "EUR", "de"))
            window.service.run(edits.load_sample_customers(60))
            cid = showcase_customer()
            window.service.run(edits.add_follow_up(cid, "order the blue size 9 by Friday",
                                         clock.today() + dt.timedelta(days=4), "promise"))
            window.select_customer(cid)
            QTimer.singleShot(400, lambda: save("main_de.png" if german else "main.png",
                                                finish if german else privacy))

        def privacy() -> None:
            window.set_private(True)
            QTimer.singleShot(300, lambda: save("privacy.png", week))

        def week() -> None:
            window.set_private(False)
            dialog = window.commands.open_week()
            dialog.resize(900, 600)

            def grab_week() -> None:
                dialog.grab().save(str(OUT / "week.png"))
                shots.append("week.png")
                dialog.close()
                QTimer.singleShot(0, finish)

            QTimer.singleShot(400, grab_week)

        def save(name: str, then: object) -> None:
            window.grab().save(str(OUT / name))
            shots.append(name)
            QTimer.singleShot(0, then)

        def finish() -> None:
            print(f"wrote {', '.join(shots)} to {OUT} ({clock.today()})")
            app.quit()

        QTimer.singleShot(300, main_view if german else welcome)
        app.exec()
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
