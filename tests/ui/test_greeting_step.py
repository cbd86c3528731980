"""The greeting step: Enter sends, and a greeting no program takes is copied instead."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QPushButton

from app.core import greetings
from app.ui.greeting_step import GreetingDialog, send

GREETING = greetings.Greeting("Ann", "Happy birthday!", "Happy birthday, Ann!", greetings.TEXT,
                              "sms:07700900123?body=Happy%20birthday%2C%20Ann%21")


def test_send_a_message_is_the_default_and_each_answer_has_its_key(qtbot):
    dialog = GreetingDialog("Ann's birthday")
    qtbot.addWidget(dialog)
    buttons = dialog.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["1  Send a message", "2  Just mark done",
                                           "Cancel (Esc)"]
    assert [b.isDefault() for b in buttons] == [True, False, False]
    assert [b.shortcut().toString() for b in buttons[:2]] == ["1", "2"]
    chosen: list[bool] = []
    dialog.chosen.connect(chosen.append)
    dialog.open()
    qtbot.keyClick(dialog.send, Qt.Key.Key_Return)
    assert chosen == [True]


def test_a_link_no_program_takes_or_no_link_copies_the_greeting(qtbot, monkeypatch):
    opened: list[str] = []

    def refuse(url: QUrl) -> bool:
        opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(refuse))
    assert send(GREETING).channel == greetings.COPY
    assert opened == [GREETING.url]
    assert QGuiApplication.clipboard().text() == "Happy birthday, Ann!"
    QGuiApplication.clipboard().clear()
    assert send(greetings.copied(GREETING)).channel == greetings.COPY
    assert len(opened) == 1 and QGuiApplication.clipboard().text() == "Happy birthday, Ann!"
