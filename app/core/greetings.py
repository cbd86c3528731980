"""A birthday or an anniversary greeted: the words, the way to send them, and what is logged.

Done on a birthday used to write "Sent wishes" on the timeline without anything being sent.
Now the owner is handed a greeting ready to send, in the customer's name, through the channel
they can be reached by (an email, else a text message to their phone), or to copy and paste
where there is none or no program on the computer takes the link. The timeline says what was
prepared and how, so that it records what really happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import quote

from app.core import profile, reminders, timeline
from app.core.phrases import N_, Phrase
from app.store.models import ImportantDate, Relative

KINDS = ("birthday", "anniversary")  # the reminders Done offers a greeting for
EMAIL, TEXT, COPY = "email", "text", "copy"
# How each channel reads on the timeline: "Greeting prepared by email: Happy birthday, Ann!…"
# (app.core.said: the window says it in the shop's language; the greeting stays as it was sent).
_HOW = {EMAIL: N_("Greeting prepared by email: {greeting}"),
        TEXT: N_("Greeting prepared by text message: {greeting}"),
        COPY: N_("Greeting copied to send: {greeting}")}
_PREFERS_PHONE = ("phone", "message")  # a preferred way to reach that a text message suits


class Greeting(NamedTuple):
    """A greeting ready to go: `url` opens the mail or messaging program ("" to copy)."""

    name: str  # the name the customer goes by, for "paste it into your message to Ann"
    subject: str
    text: str
    channel: str  # EMAIL, TEXT or COPY
    url: str


def offers_greeting(reminder: reminders.Reminder) -> bool:
    return reminder.kind in KINDS


# (subject, text) of each greeting: for the relative's day, the couple's, the customer's own.
_FOR_RELATIVE = {"birthday": (N_("Happy birthday, {relative}!"),
                              N_("Hi {name}, please wish {relative} a happy birthday from all "
                                 "of us!")),
                 "anniversary": (N_("Happy anniversary, {relative}!"),
                                 N_("Hi {name}, please wish {relative} a happy anniversary "
                                    "from all of us!"))}
_ANNIVERSARY = (N_("Happy anniversary!"), N_("Happy anniversary, {who}! Warm wishes from all "
                                             "of us."))
_COUPLE = N_("{name} and {partner}")
_BIRTHDAY = (N_("Happy birthday!"), N_("Happy birthday, {name}! Warm wishes from all of us."))


def words(kind: str, name: str, partner: str = "", relative: str = "") -> tuple[str, str]:
    """(subject, text) of the greeting to `name`: for their own day, or, when `relative` is
    given, asking them to pass it on to that relative (or pet). Phrases: the window sends
    them in the shop's language (see `prepare`)."""
    occasion = "birthday" if kind == "birthday" else "anniversary"
    if relative:
        subject, text = _FOR_RELATIVE[occasion]
        return Phrase(subject, relative=relative), Phrase(text, name=name, relative=relative)
    if occasion == "anniversary":
        who = Phrase(_COUPLE, name=name, partner=partner) if partner else name
        return Phrase(_ANNIVERSARY[0]), Phrase(_ANNIVERSARY[1], who=who)
    return Phrase(_BIRTHDAY[0]), Phrase(_BIRTHDAY[1], name=name)


def _phone(contacts: tuple[profile.Contact, ...]) -> str:
    """The number to text: a mobile when one is labelled so, else the first phone; only its
    digits and a leading +, as an sms: link wants it."""
    phones = [c for c in contacts if c.kind == "phone"]
    mobile = [c for c in phones if any(w in c.label.casefold() for w in ("mobile", "cell"))]
    chosen = (mobile or phones or [None])[0]
    if chosen is None:
        return ""
    value = chosen.value.strip()
    digits = "".join(ch for ch in value if ch.isdigit())
    return ("+" + digits if value.startswith("+") else digits) if digits else ""


def prepare(reminder: reminders.Reminder, say: Callable[[str], str] = str) -> Greeting:
    """The greeting for this birthday or anniversary and the link that sends it: an email when
    the customer has an address (unless they prefer the phone and one is known), else a text
    message, else COPY. `say` puts the words in the shop's language (the window's); the
    command line's are English."""
    person = profile.load(reminder.customer_id)
    name = person.nickname or person.first_name or person.name
    date = ImportantDate.get_or_none(ImportantDate.id == reminder.ref)
    relative = ""
    if date is not None and date.relative_id is not None:
        found = Relative.get_or_none(Relative.id == date.relative_id)
        relative = found.name.strip() if found is not None else ""
    partners = [r.name.split()[0] for r in person.relatives
                if r.relation == "partner" and r.name.strip()]
    subject, text = map(say, words(reminder.kind, name, partners[0] if partners else "",
                                   relative))
    emails = [c.value.strip() for c in person.contacts if c.kind == "email" and c.value.strip()]
    phone = _phone(person.contacts)
    if emails and not (phone and person.preferred_channel in _PREFERS_PHONE):
        url = (f"mailto:{quote(emails[0], safe='@')}?subject={quote(subject, safe='')}"
               f"&body={quote(text, safe='')}")
        return Greeting(name, subject, text, EMAIL, url)
    if phone:
        return Greeting(name, subject, text, TEXT, f"sms:{phone}?body={quote(text, safe='')}")
    return Greeting(name, subject, text, COPY, "")


def copied(greeting: Greeting) -> Greeting:
    """The same greeting, to be pasted by hand: no program took its link, or it had none."""
    return greeting._replace(channel=COPY, url="")


def entry(greeting: Greeting) -> tuple[str, str]:
    """The (kind, text) the timeline gets for a greeting prepared."""
    kind = "email" if greeting.channel == EMAIL else "message"
    return kind, Phrase(_HOW[greeting.channel], greeting=str(greeting.text))


def record(reminder: reminders.Reminder, greeting: Greeting | None,
           now: dt.datetime) -> tuple[str, str] | None:
    """Done on a birthday or an anniversary: the greeting prepared is logged (None, "just mark
    done", logs nothing) and the reminder is done. Returns the (kind, text) logged."""
    logged = None if greeting is None else entry(greeting)
    if logged is not None:
        timeline.log(reminder.customer_id, *logged, at=now)
    reminders.mark_done([reminder], now)
    return logged
