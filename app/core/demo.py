"""Sample customers, for trying Regulars out and for measuring it.

Realistic and varied on purpose: accented and apostrophed names, families
with children and pets, preferences in the owner's words, birthdays with and
without a year, anniversaries, a year of visits, calls and purchases, a
few open promises, and newsletter consent given in person or on a signed form (a few taken
back later by email). The same seed always gives the same shop.

They are marked as samples in the file itself, so that whenever the owner's own customers
arrive, however much later, the invented ones can be taken away whole, and only they.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable

from app.core import clock, erasure, settings
from app.core.errors import ValidationError
from app.core.phones import normalized as phone_normalized
from app.core.phrases import N_, Phrase, counted
from app.store.models import Customer, db
from app.store.refresh import refresh
from app.store.text import fold

FIRST = (
    ("Eleanor", "Ellie"), ("Robert", "Bob"), ("Margaret", "Maggie"), ("William", "Bill"),
    ("Elizabeth", "Liz"), ("Katherine", "Kate"), ("Alexander", "Alex"), ("Jonathan", "Jon"),
    ("Francesca", "Frankie"), ("Giuseppe", "Beppe"), ("José", "Pepe"), ("Dolores", "Lola"),
    ("Siobhán", ""), ("Aoife", ""), ("Mateo", ""), ("Amara", ""), ("Priya", ""), ("Arjun", ""),
    ("Yuki", ""), ("Hiroshi", ""), ("Zoë", ""), ("Chloé", ""), ("Björn", ""), ("Ingrid", ""),
    ("Fatima", ""), ("Omar", ""), ("Grace", ""), ("Samuel", "Sam"), ("Theodore", "Teddy"),
    ("Beatrice", "Bea"), ("Patricia", "Trish"), ("Michael", "Mick"), ("Ngozi", ""),
    ("Thanh", ""), ("Lucía", ""), ("Mía", ""), ("Stanisław", "Staszek"), ("Agnieszka", "Aga"),
    ("Henry", "Hal"), ("Rosalind", "Roz"), ("Dmitri", "Dima"), ("Olivia", "Liv"),
)
LAST = (
    "Whitfield", "García", "Müller", "O'Brien", "Nguyễn", "Kowalski", "Okafor", "Rossi",
    "Tanaka", "Patel", "Fernández", "Lindqvist", "Dubois", "Haddad", "MacLeod", "Smith",
    "Jones", "Brown", "Chen", "Novak", "Costa", "Schmidt", "Byrne", "Murphy", "Ahmed",
    "Santos", "Kim", "Larsen", "Moreau", "Fitzgerald", "Åkesson", "Ó Súilleabháin",
)
KIDS = ("Mia", "Leo", "Noah", "Ava", "Finn", "Isla", "Oscar", "Ruby", "Kai", "Nora", "Ezra",
        "Lily", "Hugo", "Maya", "Arlo", "Zara", "Theo", "Elsie", "Jasper", "Freya")
PARTNERS = ("Tom", "Anna", "David", "Sarah", "Luis", "Marta", "Ravi", "Helen", "Kenji", "Claire",
            "Paul", "Ines", "Sean", "Laura", "Ahmed", "Ruth")
PETS = (("Fritz", "dachshund"), ("Biscuit", "golden retriever"), ("Mochi", "shiba inu"),
        ("Pepper", "border collie"), ("Luna", "tabby cat"), ("Oreo", "black-and-white cat"),
        ("Bruno", "labrador"), ("Daisy", "beagle"), ("Captain", "parrot"), ("Nibbles", "rabbit"))
PREFERENCES = (
    "oat-milk latte, window table, mornings", "dark roast beans, ground for French press",
    "flat white, extra hot", "decaf after 3pm", "gluten-free; loves the almond croissant",
    "size M in shirts, prefers navy and grey", "shoe size 9, wide fit",
    "likes a chat about football (Arsenal)", "always in a hurry, keep it short",
    "buys gifts for the grandkids in December", "vegan, no honey", "Earl Grey, no milk",
    "prefers to pay cash", "likes new arrivals first — call when the autumn range is in",
    "allergic to nuts", "sourdough on Saturdays", "reads crime novels, ask for tips",
)
VISIT_NOTES = ("came in for the usual", "quick coffee", "browsed the new arrivals",
               "stayed for a chat", "came in with the kids", "picked up the order", "")
PURCHASES = (("dark roast, 250 g", 1250), ("almond croissant and flat white", 850),
             ("gift box", 4500), ("navy shirt, size M", 5900), ("walking shoes, size 9", 11900),
             ("sourdough loaf", 650), ("Earl Grey, 100 g tin", 1450), ("birthday cake", 3800),
             ("cafetière", 2950), ("scarf", 2450))
CALLS = ("called to ask if the blue size 9 is back in stock", "called about Saturday's order",
         "rang to say thanks for the cake", "asked about opening hours over the holidays")
MESSAGES = ("sent a photo of the new puppy", "asked us to hold the last sourdough",
            "texted to say running late for pick-up")
TOPICS = ("moving to Germany in the spring", "knee surgery next month",
          "daughter graduating — valedictorian!", "training for the city marathon",
          "new job at the hospital", "renovating the kitchen", "first grandchild on the way",
          "back from two weeks in Portugal")
FEEDBACK = (("loved the new seasonal blend", 1), ("queue was too long on Saturday", -1),
            ("the gift wrapping was beautiful", 1), ("croissants sold out by ten", -1))
PROMISES = (("order the blue size 9 by Friday", "promise"),
            ("put aside the autumn range", "promise"),
            ("how was Germany?", "ask"), ("how did the knee surgery go?", "ask"),
            ("send the recipe for the almond cake", "promise"), ("how was Portugal?", "ask"))

_INTERACTION_COLUMNS = (
    "customer_id, kind, at, text, amount_cents, sentiment, points, pinned, created_at, updated_at"
)
# Newsletter consent as a shop collects it (`app.core.consent`): most given at the counter, some
# on a signed form, and a few taken back later by email. `refresh` derives the flag from them.
_CONSENT_INSERT = ("INSERT INTO consent (customer_id, given, at, how, source, created_at) "
                   "VALUES (?, ?, ?, ?, '', ?)")
_SIGNED_FORM = 0.3  # of the consents given
_WITHDRAWN = 0.12  # of the consents given, taken back since


# What a sample customer brought, removed before the customers themselves: follow-ups before
# the entries they may come from, dates before the family they may belong to.
# Said by the window with the number in the shop's language and plural forms.
_ONLY_INTO_AN_EMPTY_BOOK = counted(
    "Sample customers go into an empty customer book only: there are already %Ln customer(s) "
    "here",
    "Sample customers go into an empty customer book only: there are already {n:,} customer "
    "here",
    "Sample customers go into an empty customer book only: there are already {n:,} customers "
    "here")

def count() -> int:
    """How many sample customers there are, archived ones too."""
    return Customer.select().where(Customer.sample).count()


def load(customers: int = 60, seed: int = 1) -> list[int]:
    """Sample customers for an empty customer book; refused where there is anyone already,
    so that invented people are never mixed into a shop's real ones."""
    present = Customer.select().count()
    if present:
        raise ValidationError(Phrase(_ONLY_INTO_AN_EMPTY_BOOK, n=present))
    return generate(customers, seed=seed)


def remove() -> list[int]:
    """Take the sample customers away with everything they brought (timeline, family, dates,
    tags, follow-ups and what was done with their reminders); returns their ids.

    Only customers marked as samples go: one the owner added among them stays, with all of
    their own. A tag that only samples wore goes with them.
    """
    ids = [c.id for c in Customer.select(Customer.id).where(Customer.sample)]
    if not ids:
        raise ValidationError(Phrase(N_("There are no sample customers to remove")))
    erasure.remove_for_good(ids)
    return ids


def generate(
    customers: int = 60,
    seed: int = 1,
    interactions_per_customer: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Add `customers` sample customers, marked as such; returns their ids.

    With `interactions_per_customer`, each customer gets about that many
    timeline entries (for benchmarks); otherwise regulars get a year of weekly
    visits and occasional customers a handful.
    """
    rng = random.Random(seed)
    # Consent's details draw from a stream of their own, so that the rest of a seed's shop is
    # what it was before consent had a history.
    words = random.Random(f"{seed}:consent")
    today = clock.today()
    now = clock.now()
    region = settings.get("phone_region")
    ids: list[int] = []
    consents: list[tuple] = []
    with db.atomic():
        cursor = db.cursor()
        for index in range(customers):
            cid, agreed_at = _one(cursor, rng, today, now, region, interactions_per_customer)
            ids.append(cid)
            if agreed_at is not None:
                consents += _consents(words, cid, agreed_at, now)
            if progress and (index + 1) % 500 == 0:
                progress(index + 1, customers)
        cursor.executemany(_CONSENT_INSERT, consents)
        refresh(db, ids)
    if progress:
        progress(customers, customers)
    return ids


def _consents(words: random.Random, cid: int, agreed_at: dt.datetime,
              now: dt.datetime) -> list[tuple]:
    """The records of a customer who agreed to the newsletter when they first came: in person
    or on a signed form, and for a few, withdrawn by email some time later."""
    how = "signed_form" if words.random() < _SIGNED_FORM else "in_person"
    rows = [(cid, True, str(agreed_at), how, str(agreed_at))]
    days = (now - agreed_at).days
    if words.random() < _WITHDRAWN and days > 1:
        withdrawn = min(now.replace(microsecond=0), agreed_at + dt.timedelta(
            days=words.randint(1, days), minutes=words.randint(0, 600)))
        rows.append((cid, False, str(withdrawn), "email", str(withdrawn)))
    return rows


def _when(rng: random.Random, now: dt.datetime, days_back: int) -> dt.datetime:
    """A moment in the shop's opening hours up to `days_back` days ago, never after `now`:
    what is later today than the clock has not happened yet, so it happened yesterday."""
    moment = now - dt.timedelta(days=rng.randint(0, days_back))
    moment = moment.replace(hour=rng.randint(8, 18),
                            minute=rng.choice((0, 10, 15, 25, 40, 55)), second=0, microsecond=0)
    return moment - dt.timedelta(days=1) if moment > now else moment


def _one(
    cursor: sqlite3.Cursor,
    rng: random.Random,
    today: dt.date,
    now: dt.datetime,
    region: str,
    per_customer: float | None,
) -> tuple[int, dt.datetime | None]:
    """One sample customer written; (their id, when they agreed to the newsletter or None)."""
    first, nickname = rng.choice(FIRST)
    if nickname and rng.random() < 0.4:
        nickname = ""
    last = rng.choice(LAST)
    company = rng.choice(("", "", "", "", "Harbour Bakery", "Oak & Iron Ltd", "Green Dental"))
    about = "; ".join(rng.sample(PREFERENCES, rng.randint(1, 2)))
    cadence = None  # set below, for regulars only, from how often they really come
    newsletter = rng.random() < 0.5
    new = rng.random() < 0.05  # a few first came this week
    created = now - dt.timedelta(days=rng.randint(0, 6) if new else rng.randint(30, 900))
    cursor.execute(
        "INSERT INTO customer (first_name, last_name, nickname, company, about, "
        "preferred_channel, contact_every_days, newsletter, newsletter_since, loyalty_points, "
        "created_at, updated_at, sort_name, tag_list, total_spent_cents, visit_count, "
        "interaction_count, sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', 0, 0, 0, ?) "
        "RETURNING id",
        (first, last, nickname, company, about,
         rng.choice(("", "in person", "phone", "email", "message")), cadence, False, None, 0,
         str(created),
         str(created),
         fold(f"{first} {last}"), True),
    )
    cid = cursor.fetchone()[0]
    number = f"+44 7700 900{rng.randint(0, 999):03d}"
    if region == "GB" and rng.random() < 0.5:
        number = "0" + number[4:]
    contacts = [("phone", rng.choice(("mobile", "home", "")), number)]
    email_name = fold(f"{first}.{last}").replace(" ", "").replace("'", "")
    contacts.append(("email", "", f"{email_name}@example.{rng.choice(('com', 'org', 'net'))}"))
    if rng.random() < 0.3:
        contacts.append(("address", "home", f"{rng.randint(1, 99)} Harbour Street, Porthaven"))
    for position, (kind, label, value) in enumerate(contacts):
        norm = phone_normalized(value, region) if kind == "phone" else (
            value.casefold() if kind == "email" else "")
        cursor.execute(
            "INSERT INTO contact_point (customer_id, kind, label, value, normalized, position) "
            "VALUES (?, ?, ?, ?, ?, ?)", (cid, kind, label, value, norm, position))

    if rng.random() < 0.75:
        year = rng.randint(1945, 2004) if rng.random() < 0.5 else None
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if rng.random() < 0.02:
            month, day, year = 2, 29, None
        _date(cursor, cid, None, "birthday", month, day, year, "")
    if rng.random() < 0.55:
        partner = rng.choice(PARTNERS)
        _relative(cursor, cid, partner, "partner", "")
        if rng.random() < 0.5:
            _date(cursor, cid, None, "anniversary", rng.randint(1, 12), rng.randint(1, 28),
                  rng.choice((None, rng.randint(1975, 2020))), "wedding")
    for kid in rng.sample(KIDS, rng.choice((0, 0, 1, 2, 2, 3))):
        relation = rng.choice(("child", "child", "grandchild"))
        note = rng.choice(("", "", "plays football", "valedictorian 2026", "starting school"))
        rel_id = _relative(cursor, cid, kid, relation, note)
        if rng.random() < 0.4:
            _date(cursor, cid, rel_id, "birthday", rng.randint(1, 12), rng.randint(1, 28),
                  rng.randint(2008, 2022), "")
    if rng.random() < 0.35:
        name, breed = rng.choice(PETS)
        _relative(cursor, cid, name, "pet", breed)

    rows = _timeline(rng, cid, now, per_customer, since=created if new else None)
    if len(rows) >= 20 and rng.random() < 0.5:
        cadence = rng.choice((30, 45, 60))
        cursor.execute("UPDATE customer SET contact_every_days = ? WHERE id = ?", (cadence, cid))
    cursor.executemany(
        f"INSERT INTO interaction ({_INTERACTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    if rng.random() < 0.15:
        text, kind = rng.choice(PROMISES)
        due = today + dt.timedelta(days=rng.randint(-5, 10)) if kind == "promise" else None
        cursor.execute(
            "INSERT INTO follow_up (customer_id, kind, text, due, created_at) "
            "VALUES (?, ?, ?, ?, ?)", (cid, kind, text, due and str(due), str(now)))
    if rng.random() < 0.4:
        tags = rng.sample(("VIP", "wholesale", "newsletter", "local", "gift buyer"),
                          rng.randint(1, 2))
        for tag in tags:
            cursor.execute("INSERT INTO tag (name) VALUES (?) ON CONFLICT DO NOTHING", (tag,))
            cursor.execute(
                "INSERT INTO customer_tag (customer_id, tag_id) "
                "SELECT ?, id FROM tag WHERE name = ? ON CONFLICT DO NOTHING", (cid, tag))
    return cid, created.replace(microsecond=0) if newsletter else None


def _timeline(
    rng: random.Random, cid: int, now: dt.datetime, per_customer: float | None,
    since: dt.datetime | None = None,
) -> list[tuple]:
    if per_customer is not None:
        count = max(0, round(rng.gauss(per_customer, per_customer / 4)))
    else:
        count = rng.choice((2, 4, 8, 12, 20, 35, 50))
    if since is not None:  # new this week: a first visit or two
        count = rng.choice((1, 2))
    rows = []
    # A few regulars stopped coming a while ago: the shop should notice.
    stopped = count >= 12 and rng.random() < 0.08
    for _ in range(count):
        if since is not None:
            at = _when(rng, now, max(0, (now - since).days))
        elif stopped:
            at = _when(rng, now - dt.timedelta(days=90), 275)
        else:
            at = _when(rng, now, 365)
        roll = rng.random()
        amount = sentiment = None
        if roll < 0.45:
            kind, text = "visit", rng.choice(VISIT_NOTES)
        elif roll < 0.75:
            kind = "purchase"
            text, amount = rng.choice(PURCHASES)
            amount += rng.choice((0, 0, 50, 100, -50))
        elif roll < 0.83:
            kind, text = "call", rng.choice(CALLS)
        elif roll < 0.88:
            kind, text = "message", rng.choice(MESSAGES)
        elif roll < 0.94:
            kind, text = "note", rng.choice(TOPICS)
        elif roll < 0.98:
            kind, (text, sentiment) = "feedback", rng.choice(FEEDBACK)
        else:
            kind, text = "event", "came to the tasting evening"
        stamp = str(at)
        points = amount // 100 if amount else None
        rows.append((cid, kind, stamp, text, amount, sentiment, points, False, stamp, stamp))
    return rows


def _relative(cursor: sqlite3.Cursor, cid: int, name: str, relation: str, notes: str) -> int:
    cursor.execute(
        "INSERT INTO relative (customer_id, name, relation, notes) VALUES (?, ?, ?, ?) "
        "RETURNING id", (cid, name, relation, notes))
    return int(cursor.fetchone()[0])


def _date(
    cursor: sqlite3.Cursor, cid: int, rel_id: int | None, kind: str, month: int, day: int,
    year: int | None, label: str,
) -> None:
    cursor.execute(
        "INSERT INTO important_date (customer_id, relative_id, kind, label, month, day, year) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", (cid, rel_id, kind, label, month, day, year))
