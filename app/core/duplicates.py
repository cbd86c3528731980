"""Finding the same person entered twice, and merging them back into one.

A merge moves the other customer's timeline, follow-ups, family, dates,
contact points and tags onto the one kept, fills the kept one's blanks, and
archives the other, which names the one kept (`merged_into`: erasing them or
handing over their data takes it along). It records exactly what it moved, so
that undo can put every row back where it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core import clock
from app.core.customers import contact_identity, get_customer
from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase
from app.store.database import writing
from app.store.dialect import first_word, id_list
from app.store.models import (
    Consent,
    ContactPoint,
    Customer,
    CustomerTag,
    FollowUp,
    ImportantDate,
    Interaction,
    Relative,
    db,
)

_FILLABLE = ("first_name", "last_name", "nickname", "company", "preferred_channel",
             "contact_every_days", "photo")


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    second_id: int
    reason: str


def find_pairs(limit: int = 500) -> list[DuplicatePair]:
    """Active customers who share an email, a phone number or their whole name."""
    queries = (
        (N_("same email: {key}"),
         "SELECT lower(cp.value) AS k, cp.customer_id AS cid FROM contact_point cp "
         "WHERE cp.kind = 'email'"),
        (N_("same phone: {key}"),
         f"SELECT {first_word(db, 'cp.normalized')} AS k, cp.customer_id AS cid "
         "FROM contact_point cp WHERE cp.kind = 'phone' AND cp.normalized != ''"),
        (N_("same name"),
         "SELECT c.sort_name AS k, c.id AS cid FROM customer c WHERE c.sort_name != ''"),
    )
    pairs: dict[tuple[int, int], str] = {}
    for reason, inner in queries:
        sql = (f"SELECT k, {id_list(db, 'cid')} FROM ({inner}) x "
               "JOIN customer c ON c.id = x.cid WHERE c.archived_at IS NULL "
               "GROUP BY k HAVING count(DISTINCT cid) > 1")
        for key, ids in db.execute_sql(sql):
            members = sorted(int(i) for i in ids.split(","))
            for a_index, a in enumerate(members):
                for b in members[a_index + 1:]:
                    pairs.setdefault((a, b), Phrase(reason, key=key) if "{key}" in reason
                                     else Phrase(reason))
            if len(pairs) >= limit:
                break
    return [DuplicatePair(a, b, reason) for (a, b), reason in list(pairs.items())[:limit]]




def _key(kind: str, value: str, normalized: str) -> tuple[str, str]:
    return kind, contact_identity(value, normalized)


def merge(keep_id: int, other_id: int) -> None:
    """Combine `other_id` into `keep_id`. Undo is the undo journal's: it puts back each row
    this moved and each field it filled (`app.core.operations`)."""
    if keep_id == other_id:
        raise ValidationError(Phrase(N_("a customer cannot be merged with themselves")))
    keep, other = get_customer(keep_id), get_customer(other_id)
    if other.archived_at is not None:
        raise ValidationError(Phrase(N_("the customer to merge in is archived; restore them "
                                        "first")))
    with writing(keep_id, other_id):
        for model in (Interaction, FollowUp):
            ids = [r.id for r in model.select(model.id).where(model.customer == other_id)]
            model.update(customer=keep_id).where(model.id.in_(ids)).execute()

        known = {_key(p.kind, p.value, p.normalized) for p in
                 ContactPoint.select().where(ContactPoint.customer == keep_id)}
        ids = [p.id for p in ContactPoint.select().where(ContactPoint.customer == other_id)
               if _key(p.kind, p.value, p.normalized) not in known]
        ContactPoint.update(customer=keep_id).where(ContactPoint.id.in_(ids)).execute()

        kept_dates = {(d.kind, d.month, d.day, d.relative_id) for d in
                      ImportantDate.select().where(ImportantDate.customer == keep_id)}
        kept_relatives = {r.name.casefold(): r.id for r in
                          Relative.select().where(Relative.customer == keep_id)}
        moved_relatives = []
        for relative in Relative.select().where(Relative.customer == other_id):
            same = kept_relatives.get(relative.name.casefold())
            if same is None:
                moved_relatives.append(relative.id)
            else:  # the same child or pet: dates the kept one lacks join it
                for date in ImportantDate.select().where(ImportantDate.relative == relative.id):
                    if (date.kind, date.month, date.day, same) in kept_dates:
                        continue
                    date.relative = same
                    date.save()
        Relative.update(customer=keep_id).where(Relative.id.in_(moved_relatives)).execute()

        ids = [d.id for d in ImportantDate.select().where(ImportantDate.customer == other_id)
               if (d.kind, d.month, d.day, d.relative_id) not in kept_dates]
        ImportantDate.update(customer=keep_id).where(ImportantDate.id.in_(ids)).execute()

        # Both consent histories are the kept customer's: the latest word of either decides.
        Consent.update(customer=keep_id).where(Consent.customer == other_id).execute()

        kept_tags = {t.tag_id for t in CustomerTag.select().where(CustomerTag.customer == keep_id)}
        for link in CustomerTag.select().where(CustomerTag.customer == other_id):
            if link.tag_id not in kept_tags:
                CustomerTag.insert(customer=keep_id, tag=link.tag_id).execute()

        changes: dict[str, Any] = {}
        for name in _FILLABLE:
            if not getattr(keep, name) and getattr(other, name):
                changes[name] = getattr(other, name)
        if other.about and other.about not in keep.about:
            changes["about"] = f"{keep.about}\n{other.about}".strip()
        if other.loyalty_points:
            changes["loyalty_points"] = keep.loyalty_points + other.loyalty_points
        if keep.sample and not other.sample:  # a real customer's things are no sample's
            changes["sample"] = False
        if changes:
            Customer.update(**changes).where(Customer.id == keep_id).execute()
        # The archived record names the one it went into, and so do the records merged into
        # it before: erasing or handing over the kept customer's data takes them all along.
        Customer.update(merged_into=keep_id).where(Customer.merged_into == other_id).execute()
        Customer.update(archived_at=clock.now(), merged_into=keep_id).where(
            Customer.id == other_id).execute()
