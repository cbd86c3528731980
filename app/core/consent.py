"""Newsletter consent that the shop can show: each word a customer gave on marketing mail.

A flag says only "yes" today; the law asks the shop to show when and how a customer agreed,
and to stop at once when they take it back. So each word is a record: given or withdrawn, when,
how (in person, on a signed form, by email, in an imported file, named) and kept in order. The
latest record decides: the mailing list takes only customers whose latest record is a consent
given, and the customer's `newsletter` flag and date are kept as it says (`app.store.refresh`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.core import clock
from app.core.customers import get_customer
from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase
from app.store.batches import batches, marks
from app.store.database import writing
from app.store.models import Consent, db

HOWS = Consent.HOWS
# How a word was given, as the window and the exported data say it.
HOW_SAID = {"in_person": N_("in person"), "signed_form": N_("on a signed form"),
            "email": N_("by email"), "import": N_("imported from {source}"),
            "earlier": N_("recorded before consent had a history")}
GIVEN = N_("Newsletter consent given ({how})")
WITHDRAWN = N_("Newsletter consent withdrawn ({how})")
_SOURCE_LIMIT = 255


@dataclass(frozen=True)
class Record:
    """One word on marketing mail."""

    id: int
    customer_id: int
    given: bool
    at: dt.datetime
    how: str
    source: str
    created_at: dt.datetime

    @property
    def how_said(self) -> Phrase:
        """How it was given: "in person", "imported from shopify.csv"."""
        return how_said_of(self.how, self.source)

    @property
    def said(self) -> Phrase:
        """What the timeline and the exported data say of it."""
        return said_of(self.given, self.how, self.source)


def how_said_of(how: str, source: str) -> Phrase:
    """How a word was given: "in person", "imported from shopify.csv"."""
    return Phrase(HOW_SAID.get(how, N_("in person")), source=source)


def said_of(given: bool, how: str, source: str) -> Phrase:
    """What the timeline and the exported data say of a word given or withdrawn."""
    return Phrase(GIVEN if given else WITHDRAWN, how=how_said_of(how, source))


def _check(how: str, source: str) -> str:
    if how not in HOWS:
        raise ValidationError(Phrase(N_("how consent was given must be one of: {hows}"),
                                     hows=", ".join(HOWS)))
    source = source.strip()
    if how == "import" and not source:
        raise ValidationError(Phrase(N_("an imported consent needs the name of its file")))
    return source[:_SOURCE_LIMIT]


def record(customer_id: int, given: bool, how: str, source: str = "",
           at: dt.datetime | None = None) -> int:
    """Write down one word of a customer on marketing mail; returns the record's id."""
    get_customer(customer_id)
    source = _check(how, source)
    with writing(customer_id):
        return Consent.insert(customer=customer_id, given=bool(given),
                              at=(at or clock.now()).replace(microsecond=0), how=how,
                              source=source, created_at=clock.now()).execute()


def imported_word_counts(latest: Record | None, given: bool,
                         at: dt.date | dt.datetime | None) -> bool:
    """Whether a word on marketing mail read from an imported file is to be recorded, after the
    customer's `latest` record; `at` is when the file says it was given: a moment, a day alone
    (a `date`: the files Regulars reads give no time), or None when it does not say.

    An imported file is old news as often as not: the same export imported again, or a shop
    system's list from before the customer told the owner otherwise. So a file's word never
    outweighs a later one, and when it is undated the safe direction of the law decides:

    - a dated word counts when it differs from the latest record and is later than it (at the
      same moment, only a withdrawal: stopping mail is always safe);
    - a word dated by its day alone is compared by day, as the file cannot say at what time of
      it the word was given: a later day counts, and the latest record's own day counts only
      for a withdrawal (a "yes" of that morning may be older than a "no" heard in the shop that
      afternoon; the importer records such a withdrawal at the latest record's moment, so that
      it is the latest);
    - an undated "given" counts only for a customer with no record yet: one who withdrew is
      never put back on the mailing list by a file that does not say when they agreed again
      (the owner records that in the window);
    - an undated "withdrawn" counts unless the latest record is already a withdrawal.

    A word that differs from the latest record and does not count is left out of the history;
    the import report counts them (`app.exchange.importer`).
    """
    if latest is None:
        return True
    if latest.given == given:
        return False
    if isinstance(at, dt.datetime):
        return at > latest.at or (at == latest.at and not given)
    if at is not None:
        day = latest.at.date()
        return at > day or (at == day and not given)
    return not given


def history(customer_id: int) -> list[Record]:
    """Every record of one customer, oldest first."""
    return [Record(row.id, row.customer_id, bool(row.given), row.at, row.how, row.source,
                   row.created_at)
            for row in Consent.select().where(Consent.customer == customer_id)
            .order_by(Consent.at, Consent.id)]


def latest(customer_ids: Iterable[int]) -> dict[int, Record]:
    """The latest record of each of these customers that has one."""
    found: dict[int, Record] = {}
    for batch in batches(sorted(set(customer_ids))):
        for row in db.execute_sql(
                "SELECT id, customer_id, given, at, how, source, created_at FROM consent c "
                f"WHERE customer_id IN ({marks(batch)}) AND NOT EXISTS (SELECT 1 FROM consent "
                "later WHERE later.customer_id = c.customer_id AND (later.at > c.at OR "
                "(later.at = c.at AND later.id > c.id)))", batch):
            found[row[1]] = Record(row[0], row[1], bool(row[2]),
                                   dt.datetime.fromisoformat(row[3]), row[4], row[5],
                                   dt.datetime.fromisoformat(row[6]))
    return found
