"""The weekly review: fifteen minutes that turn customers into regulars.

"This week" is the seven days ending on the date asked about. Each row comes
with an action (a thank-you call, a welcome note, a birthday card…) that is
logged on the customer's timeline and takes the row off this week's list.

Keeping no longer than needed: when the owner turns it on (the setting
`erase_after_years`), the review also lists the customers not seen for that
many years, to erase (`edits.erase_customer`) or to keep for another year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.core import clock, followups, reminders, settings, timeline
from app.core.dates import check_day, occurrence
from app.core.money import to_decimal
from app.core.phrases import N_, Phrase, counted
from app.store.models import Customer, ReminderState, db
from app.store.text import full_name

NOT_SEEN = "not_seen"
SECTIONS = ("top_spenders", "new_customers", "top_customers", "birthdays", "follow_ups",
            "lapsed", NOT_SEEN)
TITLES = {
    "top_spenders": N_("Top spenders this week"),
    "new_customers": N_("New this week"),
    "top_customers": N_("Top ten over the last twelve months"),
    "birthdays": N_("Birthdays and anniversaries in the next seven days"),
    "follow_ups": N_("Overdue promises and people to get in touch with"),
    "lapsed": N_("Regulars who have not been in for a while"),
    NOT_SEEN: N_("Not seen for years: erase or keep?"),
}
# The heading of NOT_SEEN, with the years the owner chose (`Review.title`).
_NOT_SEEN_FOR = counted("Not seen for over %Ln year(s): erase or keep?",
                        "Not seen for over {n:,} year: erase or keep?",
                        "Not seen for over {n:,} years: erase or keep?")
# At most this many a week, who was seen longest ago first: a shop that turns the offer on
# after ten years is not handed its whole past at once.
NOT_SEEN_A_WEEK = 20
KEPT_YEARS = 1  # Keep: not offered again for this long
# A row's state written over the one it had (an upsert, which both engines speak).
_REPLACING = {"conflict_target": [ReminderState.key],
              "preserve": [ReminderState.state, ReminderState.until, ReminderState.updated_at]}
# What doing the row's action logs: (button, timeline kind, the template of its text, kept as
# a code by app.core.said; a card's names the occasion).
ACTIONS = {
    "top_spenders": (N_("Thank-you call"), "call",
                     N_("Thank-you call: a top customer this week")),
    "new_customers": (N_("Welcome note"), "message", N_("Welcome note to a new customer")),
    "top_customers": (N_("Thank-you note"), "message",
                      N_("Thank-you note: one of our top ten")),
    "birthdays": (N_("Card sent"), "message", N_("Sent a card ({occasion})")),
    "follow_ups": (N_("Done"), "note", N_("Done")),
    "lapsed": (N_("Get in touch"), "", ""),  # what is logged is what the owner says happened
    NOT_SEEN: (N_("Keep"), "", ""),  # nothing logged: the customer is kept, asked again later
}


@dataclass(frozen=True)
class Row:
    section: str
    customer_id: int
    customer: str
    detail: str
    amount: Decimal | None = None
    text: str | None = None
    due: dt.date | None = None
    ref: str = ""  # what the action concerns: a follow-up, a reminder, the customer

    def key(self, end: dt.date) -> str:
        return f"week:{self.section}:{self.customer_id}:{self.ref}:{end.isoformat()}"

    @property
    def asks_what_happened(self) -> bool:
        """Getting in touch (a regular who stopped coming, a customer to stay in touch with):
        only the owner knows whether they rang, wrote, saw them or let it go."""
        return (self.section == "lapsed"
                or self.ref.split(":")[0] in reminders.ASKS_WHAT_HAPPENED)

    @property
    def action(self) -> str:
        """The button that does this row's action."""
        return ACTIONS["lapsed" if self.asks_what_happened else self.section][0]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"customer_id": self.customer_id, "customer": self.customer}
        if self.section in ("top_spenders", "top_customers"):
            data["amount"] = float(self.amount or 0)
        if self.section == "follow_ups":
            data["text"] = self.text
            data["due"] = self.due.isoformat() if self.due else None
        if self.section in ("birthdays", "lapsed", "new_customers"):
            data["text"] = self.detail
        if self.section == "birthdays" and self.due:
            data["date"] = self.due.isoformat()
        if self.section == NOT_SEEN:
            data["text"] = self.detail
            data["last_seen"] = self.due.isoformat() if self.due else None
        return data


@dataclass
class Review:
    end: dt.date
    sections: dict[str, list[Row]] = field(default_factory=dict)
    years: int | None = None  # the setting `erase_after_years` as read; None when it is off
    more: dict[str, int] = field(default_factory=dict)  # rows of a section left for later

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        """The shape `regulars week --json` promises."""
        return {name: [row.to_json() for row in self.sections.get(name, [])]
                for name in SECTIONS}

    def shown(self) -> list[str]:
        """The sections to show: each of them, the offer to erase only once turned on."""
        return [name for name in SECTIONS if name != NOT_SEEN or self.years]

    def title(self, name: str) -> str:
        """The section's heading: a `Phrase`, with the years chosen where it names them."""
        if name == NOT_SEEN and self.years:
            return Phrase(_NOT_SEEN_FOR, n=self.years)
        return Phrase(TITLES[name])


def _spenders(start: dt.date, end: dt.date, limit: int) -> list[tuple[int, str, Decimal]]:
    rows = db.execute_sql(
        "SELECT c.id, c.first_name, c.last_name, c.company, sum(i.amount_cents) AS spent "
        "FROM interaction i JOIN customer c ON c.id = i.customer_id "
        "WHERE i.kind = 'purchase' AND c.archived_at IS NULL AND i.at >= ? AND i.at < ? "
        "GROUP BY c.id HAVING sum(i.amount_cents) > 0 ORDER BY spent DESC, c.sort_name LIMIT ?",
        (start.isoformat(), (end + dt.timedelta(days=1)).isoformat(), limit),
    )
    return [(cid, full_name(f, last, co), to_decimal(spent) or Decimal(0))
            for cid, f, last, co, spent in rows]


# What a row of these sections says (a Phrase: plainly for the command line, in the shop's
# language and forms in the window).
DETAILS = {"top_spenders": N_("spent {amount:,.2f} this week"),
           "top_customers": N_("spent {amount:,.2f} in twelve months"),
           "new_customers": N_("first here {day:%a %d %b}")}
_LAST_CONTACT = N_("last contact {day:%d %b %Y}")
_NEVER_CONTACTED = N_("added {day:%d %b %Y}, no contact since")
# Kept (`act`) until a day after `end`: the key names the customer (`reminders.keys_of`), so
# that erasing them takes it too. The keys that start "week:not_seen:ID:" are those from it up
# to the same with ";", the character after ":": a range of the keys' own index, on both engines.
_KEPT = ("SELECT 1 FROM reminder_state r WHERE r.key >= 'week:not_seen:' || c.id || ':' "
         "AND r.key < 'week:not_seen:' || c.id || ';' AND r.state = 'snoozed' AND r.until > ?")


def years_on(day: dt.date, years: int) -> dt.date:
    """The same day `years` later, earlier when negative (29 February on the 28th in a common
    year)."""
    return occurrence(day.month, day.day, day.year + years)


def not_seen(end: dt.date, years: int) -> tuple[list[Row], int]:
    """Customers, archived ones too (archiving keeps their data), whose last contact (without
    any, the day they were added) is more than `years` before `end`, with no word on the
    newsletter since, not kept past `end`:
    who was seen longest ago first, at most NOT_SEEN_A_WEEK, and how many of them there are."""
    since = years_on(end, -years).isoformat()
    # A word on the newsletter since then is a sign of them too (it is on their timeline).
    # A record merged into another is that customer's (`duplicates.merge`): theirs to judge.
    where = (f"coalesce(c.last_contact, c.created_at) < ? AND c.merged_into_id IS NULL AND NOT "
             f"EXISTS ({_KEPT}) AND NOT EXISTS (SELECT 1 FROM consent "
             "WHERE consent.customer_id = c.id AND consent.at >= ?)")
    values = (since, end.isoformat(), since)
    (total,) = db.execute_sql(f"SELECT count(*) FROM customer c WHERE {where}",
                              values).fetchone()
    rows = db.execute_sql(
        "SELECT c.id, c.first_name, c.last_name, c.company, "
        "coalesce(c.last_contact, c.created_at) AS seen, c.last_contact IS NOT NULL "
        f"FROM customer c WHERE {where} ORDER BY seen, c.sort_name, c.id LIMIT ?",
        (*values, NOT_SEEN_A_WEEK))
    found = []
    for cid, first, last, company, seen, contacted in rows:
        day = dt.date.fromisoformat(str(seen)[:10])
        found.append(Row(NOT_SEEN, cid, full_name(first, last, company),
                         Phrase(_LAST_CONTACT if contacted else _NEVER_CONTACTED, day=day),
                         due=day))
    return found, total


def review(end: dt.date | None = None) -> Review:
    end = end or clock.today()
    check_day(end, Phrase(N_("the week's last day")))
    week_start = end - dt.timedelta(days=6)
    result = Review(end)
    sections = result.sections
    sections["top_spenders"] = [
        Row("top_spenders", cid, name, Phrase(DETAILS["top_spenders"], amount=amount),
            amount)
        for cid, name, amount in _spenders(week_start, end, 10)]
    new = (Customer.select().where(Customer.archived_at.is_null()
                                   & (Customer.created_at >= week_start.isoformat())
                                   & (Customer.created_at < (end + dt.timedelta(days=1))
                                      .isoformat()))
           .order_by(Customer.created_at, Customer.id))  # one order on both engines
    sections["new_customers"] = [
        Row("new_customers", c.id, full_name(c.first_name, c.last_name, c.company),
            Phrase(DETAILS["new_customers"], day=c.created_at.date()),
            due=c.created_at.date()) for c in new]
    sections["top_customers"] = [
        Row("top_customers", cid, name,
            Phrase(DETAILS["top_customers"], amount=amount), amount)
        for cid, name, amount in _spenders(end - dt.timedelta(days=364), end, 10)]
    coming = reminders.due(end, 7)
    sections["birthdays"] = [
        Row("birthdays", r.customer_id, r.customer, r.text, due=r.date, ref=r.key)
        for r in coming if r.kind in ("birthday", "anniversary")]
    # Everything overdue, however long ago: Today told of each for a week, the review keeps them.
    overdue = sorted([r for r in reminders.due(end, 0) if r.kind == "follow_up"]
                     + reminders.overdue_contact(end), key=lambda r: (r.date, r.key))
    sections["follow_ups"] = [
        Row("follow_ups", r.customer_id, r.customer, r.text,
            text=r.text.split(" — ", 1)[-1] + (f" ({late})" if (late := reminders.when(r, end))
                                               else ""), due=r.date, ref=r.key)
        for r in overdue if r.date < end]
    sections["lapsed"] = [
        Row("lapsed", r.customer_id, r.customer, r.text, ref=r.key)
        for r in reminders.stopped_coming(end)]
    result.years = settings.get("erase_after_years") or None
    sections[NOT_SEEN], total = not_seen(end, result.years) if result.years else ([], 0)
    result.more[NOT_SEEN] = total - len(sections[NOT_SEEN])
    done = {s.key for s in ReminderState.select(ReminderState.key).where(
        ReminderState.key.startswith("week:")
        & ReminderState.key.endswith(f":{end.isoformat()}"))}
    for name, rows in sections.items():
        sections[name] = [row for row in rows if row.key(end) not in done]
    return result


def act(row: Row, end: dt.date, outcome: str | None = None) -> tuple[str, str] | None:
    """Do the row's action and take the row off this week's list; returns the (kind, text)
    logged on the timeline, None when nothing was.

    Getting in touch logs what the owner says happened (`outcome`, one of
    `reminders.CONTACT_OUTCOMES`) and is the reminder's Done as well, so the Today list does
    not ask again. Keeping a customer not seen for years logs nothing: they are not offered
    again for KEPT_YEARS.
    """
    _button, kind, text = ACTIONS[row.section]
    now = clock.now()
    logged: tuple[str, str] | None
    if row.section == NOT_SEEN:
        with db.atomic():
            ReminderState.insert(key=row.key(end), state="snoozed",
                                 until=years_on(end, KEPT_YEARS),
                                 updated_at=now).on_conflict(**_REPLACING).execute()
        return None
    if row.asks_what_happened:
        logged = reminders.got_in_touch(row.customer_id, row.ref, outcome, now)
    elif row.section == "follow_ups" and row.ref.startswith("follow_up:"):
        logged = followups.complete(int(row.ref.split(":")[1]))
    else:
        logged = (kind, Phrase(text, occasion=row.detail) if row.section == "birthdays"
                  else Phrase(text))
        timeline.log(row.customer_id, *logged, at=now)
    with db.atomic():
        ReminderState.insert(key=row.key(end), state="done", until=end,
                             updated_at=now).on_conflict(**_REPLACING).execute()
    return logged
