"""Finding customers: the list, its sort orders, and search.

The list holds only ids; rows are read in small batches when they are shown
(`rows`). Sorting and filtering are SQL on indexed columns, so the cost of a
list does not grow with what the rows carry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from peewee import SQL, Select, fn

from app.core import clock
from app.core import summaries as summary_reads
from app.core.money import to_decimal
from app.core.summaries import Summary
from app.store import search
from app.store.batches import batches, marks
from app.store.database import DATABASE_ERRORS, is_locked, without_waiting
from app.store.models import Customer, db
from app.store.refresh import LAPSED_ORDER
from app.store.text import full_name

# Column orders offered by the list; "relevance" is the search ranking.
SORTS = {
    # Opened most recently first; those never opened after them, by name.
    "recent": (Customer.opened_at.desc(nulls="LAST"), Customer.sort_name),
    "name": (Customer.sort_name,),
    "nickname": (fn.lower(Customer.nickname), Customer.sort_name),
    "last_contact": (Customer.last_contact, Customer.sort_name),
    "total_spent": (Customer.total_spent_cents, Customer.sort_name),
    "tags": (fn.lower(Customer.tag_list), Customer.sort_name),
}
# The saved filters the list offers besides everyone: regulars who stopped coming, in the
# order the weekly review lists them (who used to spend most first).
STOPPED_COMING = "stopped_coming"


@dataclass(frozen=True)
class Row:
    """What one line of the customer list shows."""

    id: int
    name: str
    nickname: str
    last_contact: dt.datetime | None
    total_spent: Decimal
    tags: str
    archived: bool


def customer_ids(
    query: str = "",
    sort: str = "name",
    descending: bool = False,
    include_archived: bool = False,
    limit: int | None = None,
    only: str = "",
) -> list[int]:
    """Ids of the customers to list: matches of `query` (best first) or everyone; `only`
    STOPPED_COMING for the regulars who stopped coming (and matches among them), in its own
    order (who used to spend most first) when `sort` is "relevance"."""
    if only == STOPPED_COMING:
        return _stopped_coming(query, sort, descending)[:limit]
    if query.strip():
        if sort == "relevance":
            return search.search_ids(db, query, include_archived=include_archived, limit=limit)
        ids = search.search_ids(db, query, include_archived=include_archived)
        return _sorted(ids, sort, descending)[:limit] if ids else []
    select = Customer.select(Customer.id)
    if not include_archived:
        select = select.where(Customer.archived_at.is_null())
    select = select.order_by(*_order(sort, descending), Customer.id)
    if limit is not None:
        select = select.limit(limit)
    return _ids(select)


def _stopped_coming(query: str, sort: str, descending: bool) -> list[int]:
    """Those the weekly review lists as stopped coming (`reminders.stopped_coming`): the day
    their rhythm ran out (`lapse_on`, kept by the store from their visits, indexed) has come.
    Most spent first unless a column was chosen; a search keeps those of them it finds. Read
    in SQL: a large shop has thousands of them, and a list needs none of the reminders'
    texts (reading those took half a second at a hundred thousand customers)."""
    today = clock.today()
    select = Customer.select(Customer.id).where(
        Customer.archived_at.is_null() & (Customer.lapse_on <= today))
    order = (*_order(sort, descending), Customer.id) if sort in SORTS else (SQL(LAPSED_ORDER),)
    ids = _ids(select.order_by(*order))
    if query.strip() and ids:
        found = set(search.search_ids(db, query))
        ids = [cid for cid in ids if cid in found]
    return ids


def _order(sort: str, descending: bool) -> tuple:
    """A column's order; "recent" is newest first whichever way."""
    order = SORTS.get(sort, SORTS["name"])
    return order if sort == "recent" else tuple(o.desc() if descending else o for o in order)


def first_page_is_cheap(query: str, sort: str, only: str = "") -> bool:
    """Whether the first screenful of this list costs less than the whole of it.

    Everyone, the names that begin with one letter and those with a word that begins with two
    are read in the order of an index, so a LIMIT stops early; a full-text search ranks or
    sorts every hit before the first one, but on a server (`search.first_page_first`).
    """
    if only:
        return False  # a filter is read whole, in its own order (15,000 ids take 0.1 s)
    return not query.strip() or (sort == "relevance" and search.first_page_first(db, query))


def _sorted(ids: Sequence[int], sort: str, descending: bool) -> list[int]:
    order = SORTS.get(sort, SORTS["name"])
    select = (
        Customer.select(Customer.id)
        .where(Customer.id.in_(list(ids)))
        .order_by(*[o.desc() if descending else o for o in order], Customer.id)
    )
    return _ids(select)


def _ids(select: Select) -> list[int]:
    """Read straight from the cursor: a hundred thousand ids through peewee's rows take
    ten times as long as the query."""
    return [row[0] for row in db.execute_sql(*select.sql())]


def rows(ids: Sequence[int]) -> dict[int, Row]:
    """The list's lines for `ids`. Plain SQL, read straight from the cursor: a screenful is
    asked for on every keystroke in the search box, and building the query with peewee took
    longer than running it."""
    when = Customer.last_contact.python_value
    found: dict[int, Row] = {}
    for batch in batches(list(ids)):
        cursor = db.execute_sql(
            "SELECT id, first_name, last_name, company, nickname, last_contact,"
            " total_spent_cents, tag_list, archived_at IS NOT NULL FROM customer"
            f" WHERE id IN ({marks(batch)})", batch)
        for cid, first, last, company, nickname, last_contact, spent, tags, archived in cursor:
            found[cid] = Row(
                id=cid, name=full_name(first, last, company), nickname=nickname,
                last_contact=when(last_contact),
                total_spent=to_decimal(spent) or Decimal("0.00"),
                tags=tags, archived=bool(archived),
            )
    return found


def summaries(ids: Sequence[int]) -> list[Summary]:
    """What `regulars find` lists for `ids` (`summaries.read`), in their order, read through
    the program's database."""
    return summary_reads.read(db, ids)


def mark_opened(customer_id: int) -> bool:
    """When the owner last opened this customer: not derived, so no refresh is needed.

    Bookkeeping only: while another program writes, it is skipped (False) rather than waited
    for, and it never raises for that.
    """
    try:
        with without_waiting(), db.atomic():
            Customer.update(opened_at=clock.now()).where(Customer.id == customer_id).execute()
    except DATABASE_ERRORS as error:
        if not is_locked(error):
            raise
        return False
    return True


def count(include_archived: bool = False) -> int:
    select = Customer.select()
    if not include_archived:
        select = select.where(Customer.archived_at.is_null())
    return select.count()


def total(query: str = "", include_archived: bool = False, only: str = "") -> int:
    """How many customers `customer_ids` lists for `query`, counted in SQL where it can be."""
    if only:
        return len(customer_ids(query, only=only))
    if not query.strip():
        return count(include_archived)
    return search.count(db, query, include_archived=include_archived)
