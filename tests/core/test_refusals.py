"""What the core refuses says a `Phrase`: English for the command line, exactly as before, and
its template and values for the window, which says it in the shop's language."""

from __future__ import annotations

import ast
import datetime as dt
import pickle
from pathlib import Path

import pytest

from app.core import customers, dates, money, settings
from app.core.errors import NotFoundError, RegularsError, ValidationError
from app.core.phrases import Phrase

APP = Path(__file__).resolve().parents[2] / "app"
_REFUSALS = {"ValidationError", "NotFoundError", "RegularsError"}
# Raised with text made elsewhere: a record's problems as the readers said them (each a
# phrase, joined as one by `records.joined`), and another error's message with its path put
# right.
_PLAIN = {("exchange/importer.py", "joined(record.problems)"),
          ("core/backups.py", "str(error).replace(str(checked), str(source))")}


def _refusals(path: Path) -> list[tuple[str, ast.expr]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                and getattr(node.exc.func, "id", "") in _REFUSALS and node.exc.args):
            found.append((path.relative_to(APP).as_posix(), node.exc.args[0]))
    return found


def _is_phrase(said: ast.expr) -> bool:
    if isinstance(said, ast.IfExp):
        return _is_phrase(said.body)
    return isinstance(said, ast.Call) and getattr(said.func, "id", "") == "Phrase"


def test_every_refusal_of_the_core_and_the_exchange_is_a_phrase():
    """A refusal written as a plain string would reach the window in English."""
    paths = sorted((*(APP / "core").glob("*.py"), *(APP / "exchange").glob("*.py")))
    plain = [(where, ast.unparse(said)) for path in paths for where, said in _refusals(path)
             if not _is_phrase(said)]
    assert sorted(set(plain) - _PLAIN) == []
    assert len([1 for path in paths for _ in _refusals(path)]) > 50


def _refusal(rule, *args) -> RegularsError:
    with pytest.raises(RegularsError) as refused:
        rule(*args)
    return refused.value


TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("rule, args, english", [
    (dates.check_parts, (2, 31, None, TODAY), "February has no day 31"),
    (dates.check_parts, (2, 29, 2025, TODAY),
     "29 February 2025 does not exist (2025 is not a leap year)"),
    (dates.check_parts, (5, 1, 12027, TODAY), "year 12027 is not between 1850 and 2026"),
    (dates.check_day, (dt.date(1899, 12, 31), Phrase("the due date")),
     "the due date 1899-12-31 is not between 1900-01-01 and 9998-12-31"),
    (dates.parse_date, ("O'Neil",), "\"O'Neil\" is not a date that exists; write YYYY-MM-DD"),
    (money.parse_amount, ("twelve",), "amount 'twelve' is not a number"),
    (customers.clean_contact, ("fax", "fax me", ""), "'fax me' does not look like a fax number"),
    (customers.clean_fields, ({"job_title": "x" * 201},),
     "job title is longer than 200 characters"),
    (customers.clean_tags, (["t" * 41],), f"tag {'t' * 20!r}… is longer than 40 characters"),
    (settings.check, ("reminder_lead_days", 400),
     "setting reminder_lead_days must be a whole number of days, 0-365, not 400"),
])
def test_a_refusal_says_the_english_it_always_said(rule, args, english):
    error = _refusal(rule, *args)
    assert str(error) == english
    said = error.args[0]
    assert isinstance(said, Phrase) and said == english
    # What the owner typed is a value as it is, never a template to translate.
    assert all(isinstance(v, str | int | Phrase) for v in said.values.values())


def test_a_word_of_the_program_in_a_refusal_is_a_phrase_too():
    """"February" and "job title" are translated with the sentence; 'fax me' is not."""
    month = _refusal(dates.check_parts, 2, 31, None, TODAY).args[0].values["month"]
    field = _refusal(customers.clean_fields, {"job_title": "\x00"}).args[0].values["field"]
    typed = _refusal(customers.clean_contact, "fax", "fax me", "").args[0].values["value"]
    assert (type(month), month.template) == (Phrase, "February")
    assert (type(field), field.template) == (Phrase, "job title")
    assert type(typed) is str


def test_a_refusal_crosses_to_another_process_whole():
    """The import checks a large file's records in worker processes."""
    error = _refusal(dates.check_parts, 2, 30, None, TODAY)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is ValidationError and str(again) == "February has no day 30"
    assert again.args[0].template == error.args[0].template


def test_a_customer_that_is_not_there_is_said_with_its_id_as_typed(store):
    error = _refusal(customers.get_customer, 12345)
    assert isinstance(error, NotFoundError) and str(error) == "no customer with id 12345"
    assert error.args[0].values == {"id": "12345"}  # never "12,345": an id is not an amount
