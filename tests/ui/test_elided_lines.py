"""Lines never cut in half: elided whole with "…", and what does not fit counted "+N more"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.elided_lines import ElidedLine, LineStack, elide, plain_text


def test_a_line_that_fits_is_shown_whole_and_one_that_does_not_ends_in_an_ellipsis(qapp):
    font = QApplication.font()
    pieces = [("Luna", "b"), (" (tabby cat)", "")]
    text, cut = elide(pieces, font, 500)
    assert not cut and "Luna" in text and "(tabby cat)" in text
    text, cut = elide(pieces, font, QFontMetrics(font).horizontalAdvance("Luna (tab"))
    assert cut and text.endswith("…") and "cat" not in text


def test_a_line_is_one_line_high_and_says_in_full_what_it_cut(qtbot):
    line = ElidedLine()
    qtbot.addWidget(line)
    line.set_pieces([("27 days ago: note — asked about the autumn range and the new", "")])
    line.resize(80, line.sizeHint().height())
    line.show()
    assert line.sizeHint().height() == line.fontMetrics().height()
    assert line.text().endswith("…")
    assert line.toolTip() == line.full_text()
    line.resize(900, line.height())
    assert not line.text().endswith("…") and line.toolTip() == ""


def test_items_beyond_the_lines_are_counted_and_shown_on_a_click(qtbot):
    stack = LineStack(3)
    qtbot.addWidget(stack)
    stack.resize(300, 100)
    stack.show()
    items = [[(name, "b")] for name in ("Tom", "Lily", "Maya", "Ezra", "Fritz")]
    stack.set_items(items)
    last = stack.lines[-1]
    assert [plain_text(line._pieces) for line in stack.lines] == ["Tom", "Lily", "+3 more"]
    assert last.toolTip() == "Maya\nEzra\nFritz"
    assert "Fritz" in stack.text()
    qtbot.mouseClick(last, Qt.MouseButton.LeftButton)
    tips = [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and "Fritz" in getattr(w, "text", lambda: "")()]
    assert tips
    stack.set_items([], "no family or pets noted")
    assert stack.text() == "no family or pets noted"


def test_a_stack_keeps_its_height_whatever_it_holds(qtbot):
    box = QWidget()
    stack = LineStack(4, box)
    qtbot.addWidget(box)
    empty = stack.sizeHint().height()
    stack.set_items([[("a " * 80, "")]] * 9)
    assert stack.sizeHint().height() == empty
