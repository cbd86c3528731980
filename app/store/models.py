"""The tables, as peewee models.

Money is kept in whole cents (integers add up exactly); dates of people are
month, day and an optional year, because many people tell their birthday but
not their age. Deleting is archiving: `archived_at` is set and can be cleared.
"""

from __future__ import annotations

import datetime as dt

import peewee
from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
    _savepoint,
)


class _Savepoint(_savepoint):
    """A nested write's savepoint; gone, like the transaction, when SQLite rolled back."""

    def rollback(self, begin: bool = True) -> None:
        if self.db.connection().in_transaction:
            super().rollback(begin)


class _Database(SqliteDatabase):
    """SQLite, where the first error of a failed write is the one reported.

    On a full disk (and some I/O errors) SQLite rolls the whole transaction back by itself;
    the ROLLBACK that peewee sends afterwards then fails with "cannot rollback - no
    transaction is active", and that would hide the full disk. With nothing left to roll
    back, nothing is sent.
    """

    def rollback(self) -> None:
        if self.is_closed() or self.connection().in_transaction:
            super().rollback()

    def savepoint(self, sid: str | None = None) -> _Savepoint:
        return _Savepoint(self, sid)


class _Book(DatabaseProxy):
    """Where the models read and write: the SQLite file (`FILE`), or a server book once one is
    opened (`app.store.database.open_server`). A nested write takes the savepoint of the
    database behind, so that the file's own rollback rule holds through the proxy."""

    __slots__ = ("_Model", "_callbacks", "obj")  # peewee's Proxy checks them by name

    def savepoint(self) -> peewee._savepoint:  # type: ignore[override]
        return self.obj.savepoint()


# The file, declared once and bound at start-up with `init()`, so that tests and the real
# program open different files through the same models; `db` is it unless a server book is
# open.
FILE = _Database(None)
db = _Book()
db.initialize(FILE)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Customer(BaseModel):
    id = AutoField()
    first_name = CharField(default="")
    last_name = CharField(default="")
    nickname = CharField(default="")
    company = CharField(default="")
    about = TextField(default="")
    photo = BlobField(null=True)
    preferred_channel = CharField(default="")
    contact_every_days = IntegerField(null=True)
    newsletter = BooleanField(default=False)
    newsletter_since = DateField(null=True)
    loyalty_points = IntegerField(default=0)  # derived: the sum of the timeline's points
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    archived_at = DateTimeField(null=True)
    # Derived, kept current by app.store.refresh on every write.
    sort_name = CharField(default="")
    tag_list = CharField(default="")
    last_contact = DateTimeField(null=True)
    total_spent_cents = IntegerField(default=0)
    visit_count = IntegerField(default=0)
    interaction_count = IntegerField(default=0)
    first_visit = DateTimeField(null=True)
    last_visit = DateTimeField(null=True)
    opened_at = DateTimeField(null=True)
    sample = BooleanField(default=False)  # invented by "Try with sample customers"
    job_title = CharField(default="")
    role = CharField(default="")
    # The card's id in the address book it was imported from (vCard UID, X-ABUID): importing
    # that card again updates this customer. Indexed (where set) by schema step 7.
    source_uid = CharField(default="")
    # Derived (see app.store.refresh): the day a regular crosses their own rhythm, and the day
    # a customer to stay in touch with is next due. Indexed by schema step 8.
    lapse_on = DateField(null=True)
    contact_due = DateField(null=True)
    # An archived record merged into another customer (`app.core.duplicates.merge`): erasing
    # or handing over that customer's data takes this record along. Added by schema step 15.
    merged_into = ForeignKeyField("self", null=True, backref="merged", on_delete="SET NULL",
                                  column_name="merged_into_id")

    class Meta:
        indexes = (
            (("archived_at", "sort_name"), False),
            (("archived_at", "last_contact"), False),
            (("archived_at", "total_spent_cents"), False),
        )
        # And ("archived_at", "opened_at" DESC, "sort_name"), made by schema step 5.


class ContactPoint(BaseModel):
    KINDS = ("phone", "email", "address", "handle", "fax", "website")

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="contact_points", on_delete="CASCADE")
    kind = CharField()
    label = CharField(default="")
    value = TextField()
    normalized = CharField(default="", index=True)
    position = IntegerField(default=0)


class Relative(BaseModel):
    RELATIONS = ("partner", "child", "grandchild", "parent", "sibling", "pet", "friend", "other")

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="relatives", on_delete="CASCADE")
    name = CharField()
    relation = CharField(default="other")
    notes = TextField(default="")


class ImportantDate(BaseModel):
    KINDS = ("birthday", "anniversary", "other")

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="dates", on_delete="CASCADE")
    relative = ForeignKeyField(Relative, null=True, backref="dates", on_delete="CASCADE")
    kind = CharField(default="birthday")
    label = CharField(default="")
    month = IntegerField()
    day = IntegerField()
    year = IntegerField(null=True)

    class Meta:
        indexes = ((("month", "day"), False),)


class Interaction(BaseModel):
    KINDS = ("visit", "call", "email", "message", "purchase", "feedback", "note", "event")

    id = AutoField()
    # Indexed together with `at` below, which also serves lookups by customer.
    customer = ForeignKeyField(
        Customer, backref="interactions", on_delete="CASCADE", index=False
    )
    kind = CharField()
    at = DateTimeField()
    text = TextField(default="")
    amount_cents = IntegerField(null=True)
    sentiment = IntegerField(null=True)
    points = IntegerField(null=True)  # loyalty points earned (+) or redeemed (-)
    pinned = BooleanField(default=False)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # What the program wrote itself, as its template and values (JSON, see app.core.said):
    # `text` is then its English. NULL for what the owner typed. Added by schema step 13.
    said = TextField(null=True)
    # The counter that wrote it (app.core.counter); empty for what came before or from a
    # file. Added by schema step 17.
    counter = TextField(default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("customer", "at"), False), (("at",), False))


class FollowUp(BaseModel):
    KINDS = ("promise", "task", "ask")

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="follow_ups", on_delete="CASCADE")
    kind = CharField(default="task")
    text = TextField()
    due = DateField(null=True)
    done_at = DateTimeField(null=True)
    created_at = DateTimeField(default=_now)
    source = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    said = TextField(null=True)  # as the timeline's: what the program wrote, in a code
    counter = TextField(default="", constraints=[SQL("DEFAULT ''")])  # as the timeline's

    class Meta:
        indexes = ((("done_at", "due"), False),)


class Tag(BaseModel):
    id = AutoField()
    name = CharField(unique=True, collation="NOCASE")


class CustomerTag(BaseModel):
    customer = ForeignKeyField(
        Customer, backref="customer_tags", on_delete="CASCADE", index=False
    )
    tag = ForeignKeyField(Tag, backref="customer_tags", on_delete="CASCADE")

    class Meta:
        primary_key = False
        indexes = ((("customer", "tag"), True),)


class ReminderState(BaseModel):
    """What the owner did with a reminder, so it is shown once and never lost."""

    key = CharField(primary_key=True)
    state = CharField()
    until = DateField(null=True)
    updated_at = DateTimeField(default=_now)


class Consent(BaseModel):
    """One word of a customer on newsletter mail: given or withdrawn, when, how and, for an
    import, from which file. The latest decides (`app.core.consent`); the customer's
    `newsletter` and `newsletter_since` are kept as what it says. Added by schema step 15."""

    HOWS = ("in_person", "signed_form", "email", "import", "earlier")

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="consents", on_delete="CASCADE", index=False)
    given = BooleanField()
    at = DateTimeField()
    how = CharField()
    source = CharField(default="")
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("customer", "at"), False),)


class Erasure(BaseModel):
    """The erasure register: a customer's id and when they were erased, never a name (the
    fingerprint tells that record from another shop's of the same number, see
    `app.core.erasure.fingerprint`). Added by schema step 15, with the customer ids that are
    never given again."""

    id = AutoField()
    customer_id = IntegerField(unique=True)
    erased_at = DateTimeField()
    fingerprint = CharField(default="")


class Setting(BaseModel):
    """Settings that travel with the data (and so with its backups), as JSON."""

    key = CharField(primary_key=True)
    value = TextField()


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Customer,
    ContactPoint,
    Relative,
    ImportantDate,
    Interaction,
    FollowUp,
    Tag,
    CustomerTag,
    ReminderState,
    Consent,
    Erasure,
    Setting,
)
