"""vCards as real programs write them: Apple, Google, Android, Outlook, Evolution, KDE."""

from __future__ import annotations

import pytest
from helpers import VCARDS, dates_of, only, settle
from hypothesis import given
from hypothesis import strategies as st

from app.core import clock
from app.exchange import jobs, vcard_in
from app.exchange.records import UnreadableFileError
from app.exchange.text_files import TextFile
from app.exchange.vcard_in import parse_vcards
from app.store.models import Customer


def test_apple_contacts(store):
    report = jobs.import_file(VCARDS / "apple.vcf")
    assert (report.imported, report.updated, report.skipped) == (1, 0, 0)
    p = only("whitfield")
    assert (p.first_name, p.last_name, p.nickname) == ("Eleanor", "Whitfield", "Ellie")
    assert [(c.kind, c.label, c.value) for c in p.contacts] == [
        ("phone", "mobile", "+44 7700 900123"),
        ("email", "home", "ellie.whitfield@example.com"),
        ("address", "home", "12 Harbour Street, Porthaven, PH1 2AB, United Kingdom"),
    ]
    assert dates_of(p) == {("birthday", 11, 22, None, None), ("anniversary", 6, 20, 1981, None)}
    assert [(r.name, r.relation) for r in p.relatives] == [("Tom Whitfield", "partner"),
                                                          ("Mia", "grandchild")]
    assert p.about == "Oat-milk latte, window table; mornings.\nAsks after the dog."
    assert p.photo is not None and p.photo.startswith(b"\xff\xd8\xff")


def test_google_contacts(store):
    jobs.import_file(VCARDS / "google.vcf")
    p = only("garcia")
    assert dates_of(p) == {("birthday", 4, 15, None, None), ("anniversary", 9, 8, 2012, None)}
    assert p.tags == ("VIP", "Wholesale")  # Google's own "myContacts" group is not a tag
    assert [(r.name, r.relation) for r in p.relatives] == [("Lucía", "partner"), ("Bruno", "pet")]
    assert p.about == "Buys the Ethiopian beans, 1 kg"


def test_android_2_1_quoted_printable_and_bare_types(store):
    jobs.import_file(VCARDS / "android-2.1.vcf")
    p = only("muller")
    assert (p.first_name, p.last_name) == ("Jürgen", "Müller")
    assert [(c.label, c.value) for c in p.contacts_of("phone")] == [
        ("mobile", "+49 151 23456789"), ("home", "030 1234567")]
    assert dates_of(p) == {("birthday", 1, 2, 1970, None)}
    assert p.about == "Trinkt Hafermilch, mag dunkle Röstung.\nFragt nach dem Hund."
    assert p.photo is not None


def test_outlook_2_1(store):
    jobs.import_file(VCARDS / "outlook-2.1.vcf")
    p = only("fitzgerald")
    assert p.company == "Harbour Bakery"
    assert [(c.label, c.value) for c in p.contacts_of("phone")] == [
        ("work", "+353 1 555 0142"), ("mobile", "+353 87 555 0199")]
    assert [c.value for c in p.contacts_of("address")] == [
        "12 Quay Street, Flat 3, Galway, H91 X2YZ, Ireland"]
    assert dates_of(p) == {("birthday", 3, 11, 1975, None), ("anniversary", 6, 16, 2001, None)}
    assert [(r.name, r.relation) for r in p.relatives] == [("Ciaran", "partner")]


def test_rfc_6350(store):
    report = jobs.import_file(VCARDS / "rfc6350.vcf")
    assert report.imported == 2
    bakery = only("harbour bakery")
    assert (bakery.first_name, bakery.last_name, bakery.company) == ("", "", "Harbour Bakery")
    assert [c.value for c in bakery.contacts_of("phone")] == ["+1-555-555-0100"]
    roz = only("rosalind")
    assert dates_of(roz) == {("birthday", 2, 29, None, None), ("anniversary", 4, 15, 1996, None)}
    # A RELATED that points at another card by URI is not a name and is left out.
    assert [(r.name, r.relation) for r in roz.relatives] == [("Sean Byrne", "partner"),
                                                            ("Nora", "child")]


@pytest.mark.parametrize("file, name, partner, anniversary", [
    ("evolution.vcf", "novak", "Piotr", (7, 9, 2005)),
    ("kaddressbook.vcf", "lindqvist", "Ingrid", (8, 21, 1999)),
])
def test_evolution_and_kaddressbook(store, file, name, partner, anniversary):
    jobs.import_file(VCARDS / file)
    p = only(name)
    assert [(r.name, r.relation) for r in p.relatives] == [(partner, "partner")]
    assert ("anniversary", *anniversary, None) in dates_of(p)


def test_kaddressbook_note_escapes_are_decoded(store):
    jobs.import_file(VCARDS / "kaddressbook.vcf")
    assert only("lindqvist").about == "Prefers cash; allergic to nuts"


@pytest.mark.parametrize("file, line, words", [
    ("not-a-vcard.vcf", 1, "not a vCard"),
    ("broken.vcf", 5, "not a valid vCard"),
])
def test_unreadable_vcards_are_refused_with_the_line(store, file, line, words):
    with pytest.raises(UnreadableFileError) as caught:
        jobs.import_file(VCARDS / file, "vcard")
    assert caught.value.line == line
    assert words in str(caught.value) and file in str(caught.value)
    assert Customer.select().count() == 0


@settle
@given(junk=st.binary(max_size=400))
def test_any_bytes_as_a_vcard_are_refused_or_read(junk):
    text = "BEGIN:VCARD\nVERSION:3.0\n" + junk.decode("latin-1") + "\nEND:VCARD\n"
    try:
        list(parse_vcards(text, "junk.vcf"))
    except UnreadableFileError as error:
        assert "junk.vcf" in str(error)


def _card_with(prop: str, tmp_path) -> object:
    path = tmp_path / "big.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\n"
                    f"{prop}\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Sand\r\nN:Sand;Bo;;;\r\n"
                    "BDAY:not a date\r\nEND:VCARD\r\n", newline="")
    return path


def test_a_photo_over_the_limit_is_left_out_before_it_is_decoded(store, tmp_path,
                                                                  monkeypatch):
    photo = "/9j/" + "A" * 3_000_000  # a 2 MB JPEG as base64, folded as phones do
    folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    path = _card_with(f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}", tmp_path)
    decoded: list[int] = []
    real = vcard_in.base64.b64decode
    monkeypatch.setattr(vcard_in.base64, "b64decode",
                        lambda value, **kw: decoded.append(len(value)) or real(value, **kw))
    report = jobs.import_file(path)
    assert (report.imported, report.skipped) == (1, 1)
    assert decoded == []
    size = len(f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\n")  # as written, line ends and all
    assert report.warnings == [(5, f"photo of {size:,} characters is larger than the program "
                                   "keeps and was left out")]
    # the lines left out keep their place: the next card's error names its own first line
    assert report.errors[0][0] == 5 + folded.count("\n") + 2
    assert only("lee").photo is None


def test_a_value_of_ten_megabytes_is_left_out_and_the_card_kept(store, tmp_path):
    path = _card_with("NOTE:" + "x" * 10_000_000, tmp_path)
    report = jobs.import_file(path)
    assert report.imported == 1 and only("lee").about == ""
    assert report.warnings == [(5, "NOTE of 10,000,007 characters is larger than the program "
                                   "keeps and was left out")]
    assert report.to_json()["warnings"] == [{"line": 5, "message": report.warnings[0][1]}]


def test_dates_that_cannot_be_kept_as_dates_are_kept_in_the_note(store, tmp_path):
    path = tmp_path / "odd.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nNOTE:Likes tea\n"
                    "BDAY;VALUE=text:circa 1800\nX-ABDATE:1776-07-04\n"
                    "item1.X-ABDATE:1790-01-02\nitem1.X-ABLABEL:Moved here\n"
                    "item2.X-ABDATE:2001-02-03\nitem2.X-ABLABEL:Graduation\nEND:VCARD\n")
    report = jobs.import_file(path)
    assert (report.imported, report.skipped) == (1, 0)
    p = only("lee")
    assert p.about == ("Likes tea\nBirthday: circa 1800\nDate: 1776-07-04\n"
                       "Moved here: 1790-01-02")
    assert dates_of(p) == {("other", 2, 3, 2001, None)}
    year = clock.today().year
    assert report.warnings == [
        (1, "bday: 'circa 1800' is not a date Regulars can read; kept in the note"),
        (1, f"x-abdate: year 1776 is not between 1850 and {year}; kept in the note"),
        (1, f"x-abdate: year 1790 is not between 1850 and {year}; kept in the note")]


def test_every_nickname_is_kept(store, tmp_path):
    path = tmp_path / "nick.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nNICKNAME:Annie,Nan,Nanna\n"
                    "END:VCARD\n"
                    "BEGIN:VCARD\nVERSION:2.1\nN:Sand;Bo\nNICKNAME:Bobby,B\nNOTE:Tall\n"
                    "END:VCARD\n")
    jobs.import_file(path)
    assert (only("lee").nickname, only("lee").about) == ("Annie", "Also called: Nan, Nanna")
    assert (only("sand").nickname, only("sand").about) == ("Bobby", "Tall\nAlso called: B")


def test_needless_escapes_in_categories_are_undone(store, tmp_path):
    path = tmp_path / "tags.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\n"
                    "CATEGORIES:Regular,Ann\\'s friends,Tea\\, coffee\nEND:VCARD\n")
    jobs.import_file(path)
    assert only("lee").tags == ("Ann's friends", "Regular", "Tea, coffee")


def test_quoted_printable_soft_breaks_are_joined_in_one_pass(store, tmp_path):
    path = tmp_path / "soft.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Ann\r\n"
                    "NOTE;ENCODING=QUOTED-PRINTABLE:" + "ab=\r\n" * 5000 + "end\r\n"
                    "END:VCARD\r\n", newline="")
    report = jobs.import_file(path)
    assert report.imported == 1
    assert only("lee").about == "ab" * 5000 + "end"


def test_pieces_cut_between_cards_keep_every_line_number(tmp_path):
    path = tmp_path / "five.vcf"
    cards = "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:P{i}\nN:P{i};;;;\nEND:VCARD\n"
                    for i in range(4))
    path.write_text(cards + "BEGIN:VCARD\nVERSION:3.0\nN:Q;;;;\nBROKEN\nEND:VCARD\n")
    pieces = list(vcard_in.pieces(TextFile(path), cards=2))
    assert [p.first_line for p in pieces] == [1, 11, 21]
    with pytest.raises(UnreadableFileError, match=r"five\.vcf, line 24: not a valid vCard"):
        for piece in pieces:
            list(parse_vcards(piece.text, str(path), "dmy", piece.first_line))


def test_a_photo_cut_short_is_left_out_and_the_card_kept(store):
    report = jobs.import_file(VCARDS / "android-photo-cut-short.vcf")
    assert (report.imported, report.skipped) == (2, 0)
    ada = only("ada")
    assert ada.photo is None and [c.value for c in ada.contacts_of("phone")] == [
        "+44 7700 900456"]
    assert report.warnings == [(1, "photo could not be read (its data is cut short or "
                                   "damaged) and was left out")]


def test_the_profile_line_of_vcard_3_is_read(store):
    report = jobs.import_file(VCARDS / "lotus-notes.vcf")
    assert report.imported == 1
    assert [c.value for c in only("okafor").contacts_of("email")] == ["bea@example.com"]


def test_parameters_are_read_in_any_case(store):
    report = jobs.import_file(VCARDS / "thunderbird-2.1.vcf")
    assert report.imported == 1
    cal = only("rivers")
    assert cal.about == "likes the blue mug…"
    assert [(c.label, c.value) for c in cal.contacts_of("phone")] == [
        ("mobile", "+44 7700 900123")]


def test_quoted_printable_without_a_charset_is_utf8_or_windows_1252(store):
    report = jobs.import_file(VCARDS / "the-bat.vcf")
    assert report.imported == 2
    assert (only("luz").first_name, only("luz").last_name) == ("Luz", "Peña")
    noa = only("noa")
    assert noa.last_name == "Ibáñez"
    assert noa.about == "café \ufffd con leche"  # the stray byte is replaced, not refused


def test_lines_ending_cr_cr_lf_are_one_line_each(store, tmp_path):
    path = tmp_path / "iphone.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nN:Vale;Ines;;;\r\r\nFN:Ines Vale\r\r\n"
                     b"NOTE:flat white\r\r\n  no sugar\r\r\nEND:VCARD\r\r\n"
                     b"BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nN:Moss;Ivo;;;\r\r\nFN:Ivo Moss\r\r\n"
                     b"BDAY:not a date\r\r\nEND:VCARD\r\r\n")
    report = jobs.import_file(path)
    assert (report.imported, report.skipped) == (1, 1)
    assert only("vale").about == "flat white no sugar"
    assert report.errors[0][0] == 8  # the card's first line, as an editor counts it


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(store, tmp_path, encoding):
    path = tmp_path / "sample.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jörg;;;\r\nFN:Jörg Müller\r\n"
                     "END:VCARD\r\n".encode(encoding))
    report = jobs.import_file(path)
    assert report.imported == 1 and only("müller").first_name == "Jörg"


def test_a_fold_inside_a_utf8_character_is_read_as_utf8(store, tmp_path):
    """Folded by bytes, not by characters, as some servers do: the line end falls inside
    "α" and "д"; read as Windows-1252 it came out as "Î±" and "Ð´"."""
    name = "Αλεξάνδρα".encode()
    note = "Длинный комментарий".encode()
    path = tmp_path / "folded.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:" + name[:5] + b"\r\n " + name[5:]
                     + b";;;;\r\nNOTE:" + note[:3] + b"\r\n " + note[3:] + b"\r\n"
                     b"END:VCARD\r\n"
                     b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann;;;\r\nBDAY:bad\r\nEND:VCARD\r\n")
    report = jobs.import_file(path)
    customer = only("αλεξ")
    assert (customer.last_name, customer.about) == ("Αλεξάνδρα", "Длинный комментарий")
    # lines keep their numbers: the second card starts on line 8
    assert [line for line, _message in report.errors] == [8]


def test_job_title_role_websites_and_faxes_have_their_place(store, tmp_path):
    path = tmp_path / "work.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Bea;;;\nORG:Harbour Books\n"
                    "TITLE:Head buyer\nROLE:Orders the children's books\n"
                    "TEL;TYPE=WORK,FAX:+44 20 7946 0000\nTEL;TYPE=HOME:+44 20 7946 0001\n"
                    "TEL;TYPE=FAX:+44 20 7946 0002\n"
                    "URL:https://harbour-books.example\nURL;TYPE=HOME:www.bea.example/blog\n"
                    "END:VCARD\n")
    jobs.import_file(path)
    bea = only("okafor")
    assert (bea.job_title, bea.role) == ("Head buyer", "Orders the children's books")
    assert [(c.label, c.value) for c in bea.contacts_of("fax")] == [
        ("work", "+44 20 7946 0000"), ("", "+44 20 7946 0002")]
    assert [(c.label, c.value) for c in bea.contacts_of("phone")] == [
        ("home", "+44 20 7946 0001")]
    assert [(c.label, c.value) for c in bea.contacts_of("website")] == [
        ("", "https://harbour-books.example"), ("home", "www.bea.example/blog")]
    assert only("buyer").id == bea.id  # the job title is found by search


def test_chat_handles_middle_names_and_escaped_web_addresses(store, tmp_path):
    """Apple writes "http\\://"; chat addresses come as IMPP or older X- properties."""
    path = tmp_path / "chat.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;Marie;;\n"
                    "item1.URL:http\\://ann.example/shop\nitem1.X-ABLabel:_$!<HomePage>!$_\n"
                    "IMPP;X-SERVICE-TYPE=Skype:skype:ann.lee\nIMPP:xmpp:ann@jabber.example\n"
                    "X-AIM:annlee42\nNOTE:see the shop\nEND:VCARD\n")
    report = jobs.import_file(path)
    assert report.warnings == []
    ann = only("lee")
    assert (ann.first_name, ann.about) == ("Ann Marie", "see the shop")
    assert [(c.label, c.value) for c in ann.contacts_of("website")] == [
        ("homepage", "http://ann.example/shop")]
    assert [(c.label, c.value) for c in ann.contacts_of("handle")] == [
        ("Skype", "ann.lee"), ("xmpp", "ann@jabber.example"), ("AIM", "annlee42")]


def test_a_manager_and_an_assistant_are_kept_among_the_customers_people(store, tmp_path):
    path = tmp_path / "office.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nX-EVOLUTION-MANAGER:Rita Moss\n"
                    "X-MS-ASSISTANT:Tom Vale\nX-EVOLUTION-SPOUSE:Sam Lee\nEND:VCARD\n")
    jobs.import_file(path)
    assert [(r.name, r.relation, r.notes) for r in only("lee").relatives] == [
        ("Sam Lee", "partner", ""), ("Rita Moss", "other", "manager"),
        ("Tom Vale", "other", "assistant")]
