"""Privacy mode (F8): a screen that faces the shop shows names and nothing else personal, in
every part of the window; F8 again brings it all back."""

from __future__ import annotations

from app.core import clock, reminders

# What the window shows of William Kim ("Bill") of the sample shop, and of the others, when
# privacy is off: none of it may show while it is on.
PERSONAL = ("7700 900531", "william.kim@example.com", "valedictorian", "VIP", "grandchild",
            "2019", "vegan", "469.50", "days ago", "how was Germany?", "usually every",
            "Promised", "spent")


def _shown(person) -> list[str]:
    return [word for word in PERSONAL if person.sees(word)]


def _open_bill(person) -> None:
    person.press("Ctrl+F")
    person.type("william kim")
    person.press("Enter")


def test_privacy_hides_everything_but_the_names_and_f8_brings_it_back(regular, person):
    _open_bill(person)
    person.click("Details")
    assert {"7700 900531", "valedictorian", "VIP"} <= set(_shown(person))

    person.press("F8")
    assert _shown(person) == []
    assert person.sees("William Kim")
    person.click("Timeline")
    assert _shown(person) == []
    person.press("Ctrl+F", "Esc")  # the whole list: names, no tags, spent or last contact
    assert _shown(person) == []
    assert person.sees("William Kim")

    person.press("F8")
    person.click("Details")
    assert {"7700 900531", "valedictorian", "VIP", "2019"} <= set(_shown(person))


def test_today_promises_and_the_weekly_review_show_only_names(regular, person):
    person.press("F8")
    assert person.sees("Today: ")  # the Today list stays, with names only
    assert "Today: nothing due, and 2 this week · 2 to get in touch" in person.texts()
    assert _shown(person) == []
    first = reminders.pending(clock.today())[0]
    assert person.sees(first.customer)  # the first reminder: whose it is stays

    person.press("F7")
    assert person.sees("Promises and follow-ups") or person.sees("open follow-up")
    assert _shown(person) == []
    assert person.sees("Bill")  # whom it is for stays, by the name they go by
    person.press("Esc")

    person.press("F6")
    assert _shown(person) == []
    person.press("Esc")

    person.press("F8")
    person.press("F7")
    assert person.sees("how was Germany?")


def test_points_redeemed_are_told_without_the_amount(regular, person):
    _open_bill(person)
    person.press("F8")
    person.choose("Customer", "Redeem loyalty points…")
    assert not person.sees("467")
    person.press("Enter")
    assert "William Kim" in person.status()
    assert not any(ch.isdigit() for ch in person.status())
