<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>Add &amp;sample customers</source>
        <translation>Beis&amp;pielkunden hinzufügen</translation>
    </message>
    <message>
        <source>Invented customers to try Regulars with, in an empty customer book</source>
        <translation>Erfundene Kunden zum Ausprobieren, in einer leeren Kundenkartei</translation>
    </message>
    <message>
        <source>Remove the &amp;sample customers</source>
        <translation>Beis&amp;pielkunden entfernen</translation>
    </message>
    <message>
        <source>Take the invented customers away with all they brought; yours stay</source>
        <translation>Entfernt die erfundenen Kunden mit allem, was dazugehört; Ihre eigenen bleiben</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <source>From a phone&apos;s vCard file or a shop system&apos;s CSV</source>
        <translation>Aus der vCard-Datei eines Handys oder der CSV-Datei einer Kassensoftware</translation>
    </message>
    <message>
        <source>import customers from a vCard or CSV file</source>
        <translation>Kunden aus einer vCard- oder CSV-Datei importieren</translation>
    </message>
    <message>
        <source>All customers as &amp;CSV (Excel)…</source>
        <translation>Alle Kunden als &amp;CSV (Excel)…</translation>
    </message>
    <message>
        <source>All customers as &amp;vCard (phones)…</source>
        <translation>Alle Kunden als &amp;vCard (Handys)…</translation>
    </message>
    <message>
        <source>&amp;Birthdays and anniversaries (calendar)…</source>
        <translation>&amp;Geburtstage und Jahrestage (Kalender)…</translation>
    </message>
    <message>
        <source>&amp;Mailing list (newsletter consent only)…</source>
        <translation>&amp;Mailingliste (nur mit Newsletter-Einwilligung)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Copy everything into the backups folder</source>
        <translation>Alles in den Sicherungsordner kopieren</translation>
    </message>
    <message>
        <source>back up now</source>
        <translation>jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Copy the customer book to a ser&amp;ver…</source>
        <translation>Kundenkartei auf einen Ser&amp;ver kopieren…</translation>
    </message>
    <message>
        <source>For a shop with more than one counter: into an empty database on a PostgreSQL server</source>
        <translation>Für ein Geschäft mit mehr als einer Kasse: in eine leere Datenbank auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>quit Regulars</source>
        <translation>Regulars beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>undo the last change (the Edit menu names it)</source>
        <translation>die letzte Änderung rückgängig machen (das Menü Bearbeiten nennt sie)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>redo what was undone</source>
        <translation>die rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Undo the last &amp;import</source>
        <translation>Letzten &amp;Import rückgängig machen</translation>
    </message>
    <message>
        <source>Restore the backup taken just before it</source>
        <translation>Stellt die Sicherung wieder her, die direkt vor dem Import angelegt wurde</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>find a customer; Enter opens the top match, Esc clears</source>
        <translation>einen Kunden suchen; Enter öffnet den ersten Treffer, Esc leert die Suche</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s reminders</source>
        <translation>&amp;Heutige Erinnerungen</translation>
    </message>
    <message>
        <source>show or hide today&apos;s reminders</source>
        <translation>die heutigen Erinnerungen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>This &amp;week…</source>
        <translation>Diese &amp;Woche…</translation>
    </message>
    <message>
        <source>The weekly review</source>
        <translation>Der Wochenrückblick</translation>
    </message>
    <message>
        <source>the weekly review</source>
        <translation>der Wochenrückblick</translation>
    </message>
    <message>
        <source>&amp;Promises and follow-ups…</source>
        <translation>&amp;Zusagen und Nachfassaktionen…</translation>
    </message>
    <message>
        <source>every open promise and follow-up</source>
        <translation>alle offenen Zusagen und Nachfassaktionen</translation>
    </message>
    <message>
        <source>&amp;Stopped coming</source>
        <translation>&amp;Kommen nicht mehr</translation>
    </message>
    <message>
        <source>Only the regulars who stopped coming, who used to spend most first</source>
        <translation>Nur Stammkunden, die nicht mehr kommen; wer am meisten ausgab, zuerst</translation>
    </message>
    <message>
        <source>only the regulars who stopped coming in the list; Esc shows everyone</source>
        <translation>nur Stammkunden, die nicht mehr kommen, in der Liste; Esc zeigt alle</translation>
    </message>
    <message>
        <source>Pri&amp;vacy mode</source>
        <translation>&amp;Privatsphäre-Modus</translation>
    </message>
    <message>
        <source>Show names only: hide every other personal detail</source>
        <translation>Nur Namen zeigen: alle anderen persönlichen Angaben ausblenden</translation>
    </message>
    <message>
        <source>privacy mode: names only, every other personal detail hidden</source>
        <translation>Privatsphäre-Modus: nur Namen, alle anderen persönlichen Angaben ausgeblendet</translation>
    </message>
    <message>
        <source>&amp;Log interaction</source>
        <translation>Kontakt &amp;notieren</translation>
    </message>
    <message>
        <source>Write down what just happened</source>
        <translation>Aufschreiben, was gerade passiert ist</translation>
    </message>
    <message>
        <source>log an interaction for the open customer</source>
        <translation>einen Kontakt für den geöffneten Kunden notieren</translation>
    </message>
    <message>
        <source>&amp;Archive selected</source>
        <translation>Auswahl &amp;archivieren</translation>
    </message>
    <message>
        <source>archive the selected customers (in the list)</source>
        <translation>die ausgewählten Kunden archivieren (in der Liste)</translation>
    </message>
    <message>
        <source>&amp;Tag selected…</source>
        <translation>&amp;Schlagwort zuweisen…</translation>
    </message>
    <message>
        <source>tag the selected customers</source>
        <translation>den ausgewählten Kunden ein Schlagwort zuweisen</translation>
    </message>
    <message>
        <source>&amp;Remove a tag from selected…</source>
        <translation>Schlagwort &amp;entfernen…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export T&amp;his Customer&apos;s Data…</source>
        <translation>Daten dieses &amp;Kunden exportieren…</translation>
    </message>
    <message>
        <source>Everything kept about the open customer, in one file for them</source>
        <translation>Alles, was über den geöffneten Kunden gespeichert ist, in einer Datei für ihn</translation>
    </message>
    <message>
        <source>&amp;Erase This Customer…</source>
        <translation>Diesen Kunden &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete everything about the open customer for good, as they may ask</source>
        <translation>Alles über den geöffneten Kunden endgültig löschen, wie er es verlangen kann</translation>
    </message>
    <message>
        <source>Redeem loyalty &amp;points…</source>
        <translation>Treue&amp;punkte einlösen…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Doppeleinträge finden…</translation>
    </message>
    <message>
        <source>Show &amp;archived customers</source>
        <translation>Archivierte Kunden &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>these shortcuts</source>
        <translation>diese Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>The log to send with a problem report: it holds no customer&apos;s details</source>
        <translation>Das Protokoll zum Mitschicken bei einem Fehlerbericht: Es enthält keine Kundendaten</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>&amp;Über Regulars</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>Ein Buchstabe</translation>
    </message>
    <message>
        <source>anywhere in the main window outside a field: starts the search with it</source>
        <translation>irgendwo im Hauptfenster außerhalb eines Feldes: beginnt damit die Suche</translation>
    </message>
    <message>
        <source>in the search box: open the top match; Down moves into the list</source>
        <translation>im Suchfeld: ersten Treffer öffnen; Pfeil nach unten geht in die Liste</translation>
    </message>
    <message>
        <source>in the search box: clear the search; the keyboard goes back where it was</source>
        <translation>im Suchfeld: Suche leeren; der Cursor springt dorthin zurück, wo er vorher war</translation>
    </message>
    <message>
        <source>while logging: visit, call, email, message, purchase, feedback, note, event</source>
        <translation>beim Notieren: Besuch, Anruf, E-Mail, Nachricht, Kauf, Rückmeldung, Notiz, Ereignis</translation>
    </message>
    <message>
        <source>in the Today list, F7 and F6: done, tomorrow, dismiss</source>
        <translation>in der Heute-Liste, F7 und F6: erledigt, morgen, verwerfen</translation>
    </message>
    <message>
        <source>Alt+D, Alt+T, Alt+I</source>
        <translation>Alt+E, Alt+M, Alt+V</translation>
    </message>
    <message>
        <source>in the New customer form: add family or a pet</source>
        <translation>im Formular Neuer Kunde: Familie oder Haustier hinzufügen</translation>
    </message>
    <message>
        <source>in the timeline: delete the selected entry</source>
        <translation>im Verlauf: ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>+ Phone</source>
        <translation>+ Telefon</translation>
    </message>
    <message>
        <source>+ Email</source>
        <translation>+ E-Mail</translation>
    </message>
    <message>
        <source>+ Address</source>
        <translation>+ Adresse</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>birthday of a family member or pet who was left out; left out too</source>
        <translation>Geburtstag eines weggelassenen Familienmitglieds oder Haustiers; ebenfalls weggelassen</translation>
    </message>
    <message>
        <source>anniversary of a family member or pet who was left out; left out too</source>
        <translation>Jahrestag eines weggelassenen Familienmitglieds oder Haustiers; ebenfalls weggelassen</translation>
    </message>
    <message>
        <source>other of a family member or pet who was left out; left out too</source>
        <translation>Anderes Datum eines weggelassenen Familienmitglieds oder Haustiers; ebenfalls weggelassen</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>Import abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}; weggelassen</translation>
    </message>
    <message>
        <source>note of {length:,} characters is longer than {limit:,}; the rest was left out</source>
        <translation>Notiz mit {length} Zeichen ist länger als {limit}; der Rest wurde weggelassen</translation>
    </message>
    <message>
        <source>family member or pet</source>
        <translation>Familienmitglied oder Haustier</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>{chosen} is the database itself (or one of its working files); choose another file</source>
        <translation>{chosen} ist die Datenbank selbst (oder eine ihrer Arbeitsdateien); wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>{chosen} is in the backups folder ({kept}); choose a file outside it</source>
        <translation>{chosen} liegt im Sicherungsordner ({kept}); wählen Sie eine Datei außerhalb dieses Ordners</translation>
    </message>
    <message>
        <source>no customer with id {id}</source>
        <translation>kein Kunde mit der ID {id}</translation>
    </message>
    <message>
        <source>no contact point with id {id}</source>
        <translation>keine Kontaktangabe mit der ID {id}</translation>
    </message>
    <message>
        <source>no family member or pet with id {id}</source>
        <translation>kein Familienmitglied oder Haustier mit der ID {id}</translation>
    </message>
    <message>
        <source>no date with id {id}</source>
        <translation>kein Datum mit der ID {id}</translation>
    </message>
    <message>
        <source>no timeline entry with id {id}</source>
        <translation>kein Verlaufseintrag mit der ID {id}</translation>
    </message>
    <message>
        <source>no follow-up with id {id}</source>
        <translation>keine Nachfassaktion mit der ID {id}</translation>
    </message>
    <message>
        <source>the phone is empty</source>
        <translation>die Telefonnummer ist leer</translation>
    </message>
    <message>
        <source>the email is empty</source>
        <translation>die E-Mail-Adresse ist leer</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>the handle is empty</source>
        <translation>der Profilname ist leer</translation>
    </message>
    <message>
        <source>the fax is empty</source>
        <translation>die Faxnummer ist leer</translation>
    </message>
    <message>
        <source>the website is empty</source>
        <translation>die Webadresse ist leer</translation>
    </message>
    <message>
        <source>{value} does not look like a phone number</source>
        <translation>{value} sieht nicht wie eine Telefonnummer aus</translation>
    </message>
    <message>
        <source>{value} does not look like a fax number</source>
        <translation>{value} sieht nicht wie eine Faxnummer aus</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>about</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>customer {id} was erased on {day}</source>
        <translation>der Kunde {id} wurde am {day} gelöscht</translation>
    </message>
    <message>
        <source>{field} was removed at another counter</source>
        <translation>{field} wurde an einer anderen Kasse entfernt</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>das Feld „{field}“ muss Text sein</translation>
    </message>
    <message>
        <source>{field} contains a NUL character</source>
        <translation>das Feld „{field}“ enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>{field} contains a line break or another control character</source>
        <translation>das Feld „{field}“ enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>das Feld „{field}“ ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>unknown customer field(s): {fields}</source>
        <translation>unbekannte Kundenfelder: {fields}</translation>
    </message>
    <message>
        <source>preferred channel must be one of: {channels}</source>
        <translation>der bevorzugte Kontaktweg muss einer der folgenden sein: {channels}</translation>
    </message>
    <message>
        <source>stay in touch must be a number of days from 1 to 3650</source>
        <translation>„In Kontakt bleiben“ muss eine Zahl von Tagen zwischen 1 und 3650 sein</translation>
    </message>
    <message>
        <source>a customer needs a first name, a last name or a company</source>
        <translation>ein Kunde braucht einen Vornamen, einen Nachnamen oder eine Firma</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>{name}&apos;s {field} was changed at another counter while you were editing it</source>
        <translation>{field} von {name} wurde an einer anderen Kasse geändert, während Sie es bearbeitet haben</translation>
    </message>
    <message>
        <source>the photo is too large; use a thumbnail under 512 KB</source>
        <translation>das Foto ist zu groß; verwenden Sie ein Vorschaubild unter 512 KB</translation>
    </message>
    <message>
        <source>the photo must be a PNG or JPEG image</source>
        <translation>das Foto muss ein PNG- oder JPEG-Bild sein</translation>
    </message>
    <message>
        <source>tag {tag}… is longer than {limit} characters</source>
        <translation>das Schlagwort {tag}… ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>contact kind must be one of: {kinds}</source>
        <translation>die Art der Kontaktangabe muss eine der folgenden sein: {kinds}</translation>
    </message>
    <message>
        <source>{value} does not look like an email address</source>
        <translation>{value} sieht nicht wie eine E-Mail-Adresse aus</translation>
    </message>
    <message>
        <source>{value} does not look like a web address</source>
        <translation>{value} sieht nicht wie eine Webadresse aus</translation>
    </message>
    <message>
        <source>a family member or pet needs a name</source>
        <translation>ein Familienmitglied oder Haustier braucht einen Namen</translation>
    </message>
    <message>
        <source>say who they are: partner, child, grandchild, parent, sibling, friend, or the animal (dog, cat…)</source>
        <translation>sagen Sie, wer es ist: Partner, Kind, Enkelkind, Elternteil, Geschwister, Freund oder das Tier (Hund, Katze…)</translation>
    </message>
    <message>
        <source>date kind must be one of: {kinds}</source>
        <translation>die Art des Datums muss eine der folgenden sein: {kinds}</translation>
    </message>
    <message>
        <source>that family member or pet does not belong to this customer</source>
        <translation>dieses Familienmitglied oder Haustier gehört nicht zu diesem Kunden</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{what} {day} is not between {earliest} and {latest}</source>
        <translation>{what} ({day}) liegt nicht zwischen {earliest} und {latest}</translation>
    </message>
    <message>
        <source>{days} days from {start} is not between {earliest} and {latest}</source>
        <translation>{start} plus {days} Tage liegt nicht zwischen {earliest} und {latest}</translation>
    </message>
    <message>
        <source>month {month} does not exist (use 1-12)</source>
        <translation>den Monat {month} gibt es nicht (verwenden Sie 1–12)</translation>
    </message>
    <message>
        <source>{month} has no day {day}</source>
        <translation>der {month} hat keinen {day}. Tag</translation>
    </message>
    <message>
        <source>year {year} is not between {first} and {last}</source>
        <translation>das Jahr {year} liegt nicht zwischen {first} und {last}</translation>
    </message>
    <message>
        <source>29 February {year} does not exist ({year} is not a leap year)</source>
        <translation>den 29. Februar {year} gibt es nicht ({year} ist kein Schaltjahr)</translation>
    </message>
    <message>
        <source>{text} is not a date; write YYYY-MM-DD, or MM-DD without a year</source>
        <translation>{text} ist kein Datum; schreiben Sie YYYY-MM-DD oder ohne Jahr MM-DD</translation>
    </message>
    <message>
        <source>{text} is not a date that exists; write YYYY-MM-DD</source>
        <translation>{text} ist kein gültiges Datum; schreiben Sie YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{text} is not a date and time; write YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>{text} ist kein Datum mit Uhrzeit; schreiben Sie YYYY-MM-DD oder YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>{text} is outside the calendar in this time zone</source>
        <translation>{text} liegt in dieser Zeitzone außerhalb des Kalenders</translation>
    </message>
    <message>
        <source>{text} is not a date Regulars can read</source>
        <translation>{text} ist kein Datum, das Regulars lesen kann</translation>
    </message>
    <message>
        <source>There are no sample customers to remove</source>
        <translation>Es gibt keine Beispielkunden, die entfernt werden könnten</translation>
    </message>
    <message>
        <source>same email: {key}</source>
        <translation>gleiche E-Mail: {key}</translation>
    </message>
    <message>
        <source>same phone: {key}</source>
        <translation>gleiche Telefonnummer: {key}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>a customer cannot be merged with themselves</source>
        <translation>ein Kunde kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>the customer to merge in is archived; restore them first</source>
        <translation>der Kunde, der übernommen werden soll, ist archiviert; stellen Sie ihn zuerst wieder her</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Done: {text}</source>
        <translation>Erledigt: {text}</translation>
    </message>
    <message>
        <source>follow-up kind must be one of: {kinds}</source>
        <translation>die Art der Nachfassaktion muss eine der folgenden sein: {kinds}</translation>
    </message>
    <message>
        <source>a follow-up needs some text</source>
        <translation>eine Nachfassaktion braucht etwas Text</translation>
    </message>
    <message>
        <source>a follow-up is plain text of at most {limit} characters</source>
        <translation>eine Nachfassaktion ist reiner Text mit höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>das Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Greeting prepared by email: {greeting}</source>
        <translation>Glückwunsch per E-Mail vorbereitet: {greeting}</translation>
    </message>
    <message>
        <source>Greeting prepared by text message: {greeting}</source>
        <translation>Glückwunsch per SMS vorbereitet: {greeting}</translation>
    </message>
    <message>
        <source>Greeting copied to send: {greeting}</source>
        <translation>Glückwunsch zum Versenden kopiert: {greeting}</translation>
    </message>
    <message>
        <source>Happy birthday, {relative}!</source>
        <translation>Alles Gute zum Geburtstag, {relative}!</translation>
    </message>
    <message>
        <source>Hi {name}, please wish {relative} a happy birthday from all of us!</source>
        <translation>Hallo {name}, bitte richten Sie {relative} von uns allen die besten Geburtstagswünsche aus!</translation>
    </message>
    <message>
        <source>Happy anniversary, {relative}!</source>
        <translation>Alles Gute zum Jahrestag, {relative}!</translation>
    </message>
    <message>
        <source>Hi {name}, please wish {relative} a happy anniversary from all of us!</source>
        <translation>Hallo {name}, bitte richten Sie {relative} von uns allen die besten Wünsche zum Jahrestag aus!</translation>
    </message>
    <message>
        <source>Happy anniversary!</source>
        <translation>Alles Gute zum Jahrestag!</translation>
    </message>
    <message>
        <source>Happy anniversary, {who}! Warm wishes from all of us.</source>
        <translation>Alles Gute zum Jahrestag, {who}! Herzliche Grüße von uns allen.</translation>
    </message>
    <message>
        <source>{name} and {partner}</source>
        <translation>{name} und {partner}</translation>
    </message>
    <message>
        <source>Happy birthday!</source>
        <translation>Alles Gute zum Geburtstag!</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! Warm wishes from all of us.</source>
        <translation>Alles Gute zum Geburtstag, {name}! Herzliche Grüße von uns allen.</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>amount {text} is not a number</source>
        <translation>der Betrag {text} ist keine Zahl</translation>
    </message>
    <message>
        <source>amount {text} is out of range</source>
        <translation>der Betrag {text} liegt außerhalb des möglichen Bereichs</translation>
    </message>
    <message>
        <source>amount {text} has more than two decimals</source>
        <translation>der Betrag {text} hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>Enkelkind</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>Geschwister</translation>
    </message>
    <message>
        <source>pet</source>
        <translation>Haustier</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>Freund/in</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>{relative}&apos;s birthday, {short}&apos;s {noun}</source>
        <translation>Geburtstag von {relative} ({noun} von {short})</translation>
    </message>
    <message>
        <source>{relative}&apos;s anniversary, {short}&apos;s {noun}</source>
        <translation>Jahrestag von {relative} ({noun} von {short})</translation>
    </message>
    <message>
        <source>{relative}&apos;s day, {short}&apos;s {noun}</source>
        <translation>Tag von {relative} ({noun} von {short})</translation>
    </message>
    <message>
        <source>{short}&apos;s birthday</source>
        <translation>Geburtstag von {short}</translation>
    </message>
    <message>
        <source>{short}&apos;s anniversary</source>
        <translation>Jahrestag von {short}</translation>
    </message>
    <message>
        <source>{short}: {label}</source>
        <translation>{short}: {label}</translation>
    </message>
    <message>
        <source>an important date</source>
        <translation>ein wichtiges Datum</translation>
    </message>
    <message>
        <source>turns {years}</source>
        <translation>wird {years}</translation>
    </message>
    <message>
        <source>{said} ({detail})</source>
        <translation>{said} ({detail})</translation>
    </message>
    <message>
        <source>{said} ({label}, {detail})</source>
        <translation>{said} ({label}, {detail})</translation>
    </message>
    <message>
        <source>{short} — Promised: {text}</source>
        <translation>{short} — Zugesagt: {text}</translation>
    </message>
    <message>
        <source>{short} — Ask: {text}</source>
        <translation>{short} — Nachfragen: {text}</translation>
    </message>
    <message>
        <source>{short} — To do: {text}</source>
        <translation>{short} — Zu erledigen: {text}</translation>
    </message>
    <message>
        <source>{short}: not in touch yet (you wanted every {every} days)</source>
        <translation>{short}: noch kein Kontakt (gewünscht alle {every} Tage)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Today: nothing to remember</source>
        <translation>Heute: nichts zu beachten</translation>
    </message>
    <message>
        <source>Today: nothing due</source>
        <translation>Heute: nichts fällig</translation>
    </message>
    <message>
        <source>Today: {now:,}</source>
        <translation>Heute: {now}</translation>
    </message>
    <message>
        <source>{today}, and {later:,} this week</source>
        <translation>{today}, dazu {later} diese Woche</translation>
    </message>
    <message>
        <source>{today} · {suggested:,} to get in touch</source>
        <translation>{today} · {suggested:,} zum Melden</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>der erste Tag</translation>
    </message>
    <message>
        <source>Called to keep in touch</source>
        <translation>Angerufen, um in Kontakt zu bleiben</translation>
    </message>
    <message>
        <source>Sent a message to keep in touch</source>
        <translation>Nachricht geschickt, um in Kontakt zu bleiben</translation>
    </message>
    <message>
        <source>Saw them</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <source>Sent wishes: {occasion}</source>
        <translation>Glückwünsche geschickt: {occasion}</translation>
    </message>
    <message>
        <source>say what happened: one of {outcomes}</source>
        <translation>sagen Sie, was passiert ist: eines von {outcomes}</translation>
    </message>
    <message>
        <source>Got in touch (reminder)</source>
        <translation>Kontakt aufgenommen (Erinnerung)</translation>
    </message>
    <message>
        <source>Got in touch: we missed you ({short} usually comes every {usual} days; last visit {away} days ago)</source>
        <translation>Kontakt aufgenommen: Wir haben Sie vermisst ({short} kommt sonst alle {usual} Tage; letzter Besuch vor {away} Tagen)</translation>
    </message>
    <message>
        <source>a whole number of days, 0-365</source>
        <translation>eine ganze Zahl von Tagen von 0 bis 365</translation>
    </message>
    <message>
        <source>a time of day as HH:MM</source>
        <translation>eine Uhrzeit als HH:MM</translation>
    </message>
    <message>
        <source>empty, or a whole number of days</source>
        <translation>leer oder eine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>a two-letter country code such as GB</source>
        <translation>ein Ländercode aus zwei Buchstaben wie GB</translation>
    </message>
    <message>
        <source>a two-letter country code such as DE</source>
        <translation>ein Ländercode aus zwei Buchstaben wie DE</translation>
    </message>
    <message>
        <source>a three-letter currency code such as EUR, or empty</source>
        <translation>ein Währungscode aus drei Buchstaben wie EUR, oder leer</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>eines von {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number of loyalty points per unit of currency (0 turns points off)</source>
        <translation>eine Anzahl Treuepunkte je Währungseinheit (0 schaltet die Punkte aus)</translation>
    </message>
    <message>
        <source>dmy (31/12/2026) or mdy (12/31/2026)</source>
        <translation>dmy (31/12/2026) oder mdy (12/31/2026)</translation>
    </message>
    <message>
        <source>empty or 0 (off), or a whole number of years, 1-50</source>
        <translation>leer oder 0 (aus) oder eine ganze Zahl von Jahren von 1 bis 50</translation>
    </message>
    <message>
        <source>setting {key} must be {meaning}, not {value}</source>
        <translation>die Einstellung {key} muss {meaning} sein, nicht {value}</translation>
    </message>
    <message>
        <source>there is no setting called {key}</source>
        <translation>es gibt keine Einstellung namens {key}</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>Make it right: {text}</source>
        <translation>Wiedergutmachen: {text}</translation>
    </message>
    <message>
        <source>Loyalty points carried over</source>
        <translation>Übernommene Treuepunkte</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>eine Notiz braucht etwas Text</translation>
    </message>
    <message>
        <source>a feedback needs some text</source>
        <translation>eine Rückmeldung braucht etwas Text</translation>
    </message>
    <message>
        <source>kind must be one of: {kinds}</source>
        <translation>die Art muss eine der folgenden sein: {kinds}</translation>
    </message>
    <message>
        <source>the text contains a NUL character</source>
        <translation>der Text enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the text is longer than a million characters</source>
        <translation>der Text ist länger als eine Million Zeichen</translation>
    </message>
    <message>
        <source>only a purchase has an amount</source>
        <translation>nur ein Kauf hat einen Betrag</translation>
    </message>
    <message>
        <source>sentiment must be -1 (negative), 0 (neutral) or 1 (positive)</source>
        <translation>die Stimmung muss -1 (negativ), 0 (neutral) oder 1 (positiv) sein</translation>
    </message>
    <message>
        <source>only feedback has a sentiment</source>
        <translation>nur eine Rückmeldung hat eine Stimmung</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>der Tag</translation>
    </message>
    <message>
        <source>{at:%Y-%m-%d %H:%M} is in the future</source>
        <translation>{at} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>the question to ask is plain text of at most 2000 characters</source>
        <translation>die Frage für nächstes Mal ist reiner Text mit höchstens 2000 Zeichen</translation>
    </message>
    <message>
        <source>points to redeem must be a whole number above zero</source>
        <translation>die einzulösenden Punkte müssen eine ganze Zahl über null sein</translation>
    </message>
    <message>
        <source>Top spenders this week</source>
        <translation>Beste Kunden dieser Woche</translation>
    </message>
    <message>
        <source>New this week</source>
        <translation>Neu diese Woche</translation>
    </message>
    <message>
        <source>Top ten over the last twelve months</source>
        <translation>Die besten zehn der letzten zwölf Monate</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries in the next seven days</source>
        <translation>Geburtstage und Jahrestage in den nächsten sieben Tagen</translation>
    </message>
    <message>
        <source>Overdue promises and people to get in touch with</source>
        <translation>Überfällige Zusagen und Kunden, bei denen Sie sich melden sollten</translation>
    </message>
    <message>
        <source>Regulars who have not been in for a while</source>
        <translation>Stammkunden, die länger nicht da waren</translation>
    </message>
    <message>
        <source>Not seen for years: erase or keep?</source>
        <translation>Seit Jahren kein Kontakt: löschen oder behalten?</translation>
    </message>
    <message>
        <source>Thank-you call</source>
        <translation>Dankesanruf</translation>
    </message>
    <message>
        <source>Thank-you call: a top customer this week</source>
        <translation>Dankesanruf: einer der besten Kunden dieser Woche</translation>
    </message>
    <message>
        <source>Welcome note</source>
        <translation>Willkommensgruß</translation>
    </message>
    <message>
        <source>Welcome note to a new customer</source>
        <translation>Willkommensgruß an einen neuen Kunden</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Dankeskarte</translation>
    </message>
    <message>
        <source>Thank-you note: one of our top ten</source>
        <translation>Dankeskarte: einer unserer zehn besten Kunden</translation>
    </message>
    <message>
        <source>Card sent</source>
        <translation>Karte geschickt</translation>
    </message>
    <message>
        <source>Sent a card ({occasion})</source>
        <translation>Karte geschickt ({occasion})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Get in touch</source>
        <translation>Kontakt aufnehmen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>spent {amount:,.2f} this week</source>
        <translation>diese Woche {amount:,.2f} ausgegeben</translation>
    </message>
    <message>
        <source>spent {amount:,.2f} in twelve months</source>
        <translation>in zwölf Monaten {amount:,.2f} ausgegeben</translation>
    </message>
    <message>
        <source>first here {day:%a %d %b}</source>
        <translation>erstmals hier am {day:%a %d %b}</translation>
    </message>
    <message>
        <source>last contact {day:%d %b %Y}</source>
        <translation>letzter Kontakt am {day:%d %b %Y}</translation>
    </message>
    <message>
        <source>added {day:%d %b %Y}, no contact since</source>
        <translation>angelegt am {day:%d %b %Y}, seitdem kein Kontakt</translation>
    </message>
    <message>
        <source>the week&apos;s last day</source>
        <translation>der letzte Tag der Woche</translation>
    </message>
    <message>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>keine Textdatei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>not readable as CSV: {error}</source>
        <translation>als CSV nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>the line is {length:,} characters long; not a contact list</source>
        <translation>die Zeile ist {length} Zeichen lang; keine Kontaktliste</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the first line has no column headers</source>
        <translation>die erste Zeile hat keine Spaltenüberschriften</translation>
    </message>
    <message>
        <source>--map {column}={target}: {quoted} is not one of: {fields}</source>
        <translation>--map {column}={target}: {quoted} ist keines der folgenden: {fields}</translation>
    </message>
    <message>
        <source>--map {column}={target}: there is no column {quoted}; the columns are: {columns}</source>
        <translation>--map {column}={target}: Es gibt keine Spalte {quoted}; die Spalten sind: {columns}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>{what}: a value of {length:,} characters is too long and was left out</source>
        <translation>{what}: ein Wert mit {length} Zeichen ist zu lang und wurde weggelassen</translation>
    </message>
    <message>
        <source>{what}: {value} is not a number of days</source>
        <translation>{what}: {value} ist keine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>no name: a customer needs a first name, last name or company</source>
        <translation>kein Name: Ein Kunde braucht einen Vornamen, Nachnamen oder eine Firma</translation>
    </message>
    <message>
        <source>Regulars is already running for this data folder.</source>
        <translation>Regulars läuft bereits für diesen Datenordner.</translation>
    </message>
    <message>
        <source>Regulars cannot change its data:

{error}</source>
        <translation>Regulars kann seine Daten nicht ändern:

{error}</translation>
    </message>
    <message>
        <source>Regulars could not open its data:

{error}</source>
        <translation>Regulars konnte seine Daten nicht öffnen:

{error}</translation>
    </message>
    <message>
        <source>The customer book at {where} needs a password. Password:</source>
        <translation>Die Kundenkartei unter {where} braucht ein Passwort. Passwort:</translation>
    </message>
    <message>
        <source>The server at {where} did not accept that password. Password:</source>
        <translation>Der Server unter {where} hat dieses Passwort nicht angenommen. Passwort:</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be made: {reason}</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to.</source>
        <translation>In den Datenordner {folder} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>vor Wiederherstellung</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>vor Import</translation>
    </message>
    <message>
        <source>before upgrade v{version}</source>
        <translation>vor Update v{version}</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Edit phone</source>
        <translation>Telefon bearbeiten</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>E-Mail bearbeiten</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation>Adresse bearbeiten</translation>
    </message>
    <message>
        <source>Add handle</source>
        <translation>Profilname hinzufügen</translation>
    </message>
    <message>
        <source>Edit handle</source>
        <translation>Profilname bearbeiten</translation>
    </message>
    <message>
        <source>Add fax</source>
        <translation>Fax hinzufügen</translation>
    </message>
    <message>
        <source>Edit fax</source>
        <translation>Fax bearbeiten</translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation>Webadresse hinzufügen</translation>
    </message>
    <message>
        <source>Edit web address</source>
        <translation>Webadresse bearbeiten</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>a note, if any</source>
        <translation>eine Notiz, falls nötig</translation>
    </message>
    <message>
        <source>golden retriever, tabby…</source>
        <translation>Golden Retriever, getigert…</translation>
    </message>
    <message>
        <source>dog, cat, rabbit…</source>
        <translation>Hund, Katze, Kaninchen…</translation>
    </message>
    <message>
        <source>12 Harbour Street, Porthaven</source>
        <translation>Hafenstraße 12, Musterstadt</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Angerufen</translation>
    </message>
    <message>
        <source>Messaged</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Logged a call with {name}: “{text}”.</source>
        <translation>Anruf bei {name} notiert: „{text}“.</translation>
    </message>
    <message>
        <source>Logged a message with {name}: “{text}”.</source>
        <translation>Nachricht an {name} notiert: „{text}“.</translation>
    </message>
    <message>
        <source>Logged a visit with {name}: “{text}”.</source>
        <translation>Besuch von {name} notiert: „{text}“.</translation>
    </message>
    <message>
        <source>Logged an email with {name}: “{text}”.</source>
        <translation>E-Mail an {name} notiert: „{text}“.</translation>
    </message>
    <message>
        <source>Logged a note for {name}: “{text}”.</source>
        <translation>Notiz zu {name} gespeichert: „{text}“.</translation>
    </message>
    <message>
        <source>Logged for {name}: “{text}”.</source>
        <translation>Für {name} notiert: „{text}“.</translation>
    </message>
    <message>
        <source>Nothing logged; the reminder is done.</source>
        <translation>Nichts notiert; die Erinnerung ist erledigt.</translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation>Das Eingegebene verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Weiter eingeben</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>Privacy on: only names are shown. F8 shows the rest.</source>
        <translation>Privatsphäre an: Nur Namen werden angezeigt. F8 zeigt den Rest.</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Just mark done</source>
        <translation>Nur abhaken</translation>
    </message>
    <message>
        <source>The greeting is copied: paste it into your message to {name}.</source>
        <translation>Der Gruß ist kopiert: Fügen Sie ihn in Ihre Nachricht an {name} ein.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>vCard for phones (*.vcf)</source>
        <translation>vCard für Handys (*.vcf)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Mailing list CSV (*.csv)</source>
        <translation>Mailingliste als CSV (*.csv)</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>kunden.csv</translation>
    </message>
    <message>
        <source>customers.vcf</source>
        <translation>kunden.vcf</translation>
    </message>
    <message>
        <source>customer-dates.ics</source>
        <translation>kundentermine.ics</translation>
    </message>
    <message>
        <source>mailing-list.csv</source>
        <translation>mailingliste.csv</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nicht importiert —</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>{title} (record {id}, merged into this one)</source>
        <translation>{title} (Kundeneintrag {id}, mit diesem zusammengeführt)</translation>
    </message>
    <message>
        <source>Who you are to us</source>
        <translation>Wer Sie für uns sind</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Spent in all</source>
        <translation>Ausgaben insgesamt</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Treuepunkte</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Wie wir Sie erreichen</translation>
    </message>
    <message>
        <source>{kind} ({label})</source>
        <translation>{kind} ({label})</translation>
    </message>
    <message>
        <source>Preferred way</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Get in touch every (days)</source>
        <translation>Kontakt alle (Tage)</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Familie und Haustiere</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Besondere Tage</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>Promises and things to ask</source>
        <translation>Zusagen und Nachfragen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notiert</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>No word on the newsletter is recorded: you get none.</source>
        <translation>Zum Newsletter ist nichts von Ihnen erfasst: Sie erhalten keinen.</translation>
    </message>
    <message>
        <source>{person}&apos;s {date}</source>
        <translation>{date} von {person}</translation>
    </message>
    <message>
        <source>no photo is kept</source>
        <translation>es ist kein Foto gespeichert</translation>
    </message>
    <message>
        <source>a photo is kept ({bytes} bytes, {type})</source>
        <translation>ein Foto ist gespeichert ({bytes} Bytes, {type})</translation>
    </message>
    <message>
        <source>What else is kept</source>
        <translation>Was sonst gespeichert ist</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>{state} until {until}</source>
        <translation>{state} bis {until}</translation>
    </message>
    <message>
        <source>Reminder {key}</source>
        <translation>Erinnerung {key}</translation>
    </message>
    <message>
        <source>{state} (noted {noted})</source>
        <translation>{state} (notiert {noted})</translation>
    </message>
    <message>
        <source>Record: {name}</source>
        <translation>Kundeneintrag: {name}</translation>
    </message>
    <message>
        <source>What Regulars keeps about {name}</source>
        <translation>Was Regulars über {name} speichert</translation>
    </message>
    <message>
        <source>Everything the shop keeps about you in its customer book, as of {at}.</source>
        <translation>Alles, was das Geschäft in seiner Kundenkartei über Sie gespeichert hat, Stand {at}.</translation>
    </message>
    <message>
        <source>The same data for a computer to read is inside this file too.</source>
        <translation>Dieselben Daten stehen in dieser Datei auch so, dass ein Computer sie lesen kann.</translation>
    </message>
    <message>
        <source>your photo</source>
        <translation>Ihr Foto</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Chat handle</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Geburtsmonat</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Tag der Geburt</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Name des Partners</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Familienmitglied</translation>
    </message>
    <message>
        <source>Family (as Regulars writes it)</source>
        <translation>Familie (wie Regulars sie schreibt)</translation>
    </message>
    <message>
        <source>Other date</source>
        <translation>Anderes Datum</translation>
    </message>
    <message>
        <source>Notes, preferences</source>
        <translation>Notizen, Vorlieben</translation>
    </message>
    <message>
        <source>Newsletter consent</source>
        <translation>Newsletter-Einwilligung</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Stay in touch (days)</source>
        <translation>In Kontakt bleiben (Tage)</translation>
    </message>
    <message>
        <source>Logged a visit for {name}.</source>
        <translation>Besuch für {name} notiert.</translation>
    </message>
    <message>
        <source>Logged a call for {name}.</source>
        <translation>Anruf für {name} notiert.</translation>
    </message>
    <message>
        <source>Logged an email for {name}.</source>
        <translation>E-Mail für {name} notiert.</translation>
    </message>
    <message>
        <source>Logged a message for {name}.</source>
        <translation>Nachricht für {name} notiert.</translation>
    </message>
    <message>
        <source>Logged a purchase for {name}.</source>
        <translation>Kauf für {name} notiert.</translation>
    </message>
    <message>
        <source>Logged feedback for {name}.</source>
        <translation>Rückmeldung für {name} notiert.</translation>
    </message>
    <message>
        <source>Logged a note for {name}.</source>
        <translation>Notiz für {name} gespeichert.</translation>
    </message>
    <message>
        <source>Logged an event for {name}.</source>
        <translation>Ereignis für {name} notiert.</translation>
    </message>
    <message>
        <source>Deleted the visit from the timeline.</source>
        <translation>Besuch aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the call from the timeline.</source>
        <translation>Anruf aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the email from the timeline.</source>
        <translation>E-Mail aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the message from the timeline.</source>
        <translation>Nachricht aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the purchase from the timeline.</source>
        <translation>Kauf aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the feedback from the timeline.</source>
        <translation>Rückmeldung aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the note from the timeline.</source>
        <translation>Notiz aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the event from the timeline.</source>
        <translation>Ereignis aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the entry from the timeline.</source>
        <translation>Eintrag aus dem Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>The timeline</source>
        <translation>Der Verlauf</translation>
    </message>
    <message>
        <source>The details</source>
        <translation>Die Details</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Was zugesagt wurde</translation>
    </message>
    <message>
        <source>{what} are hidden (privacy on). F8 shows them.</source>
        <translation>{what}: im Privatsphäre-Modus ausgeblendet. F8 zeigt alles wieder an.</translation>
    </message>
    <message>
        <source>{what} is hidden (privacy on). F8 shows it.</source>
        <translation>{what}: im Privatsphäre-Modus ausgeblendet. F8 zeigt alles wieder an.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Saving… (another program is writing to the customer book)</source>
        <translation>Wird gespeichert… (ein anderes Programm schreibt gerade in die Kundenkartei)</translation>
    </message>
    <message>
        <source>Not saved: another program has been writing to the customer book for a minute; nothing was saved — try again.</source>
        <translation>Nicht gespeichert: Ein anderes Programm schreibt seit einer Minute in die Kundenkartei; es wurde nichts gespeichert – versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>das Laufwerk ist voll</translation>
    </message>
    <message>
        <source>the data folder cannot be written to (read-only)</source>
        <translation>in den Datenordner kann nicht geschrieben werden (schreibgeschützt)</translation>
    </message>
    <message>
        <source>the database is busy in another program; try again</source>
        <translation>die Datenbank wird gerade von einem anderen Programm benutzt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Everything saved before is safe.</source>
        <translation>Nicht gespeichert: {reason}. Alles bisher Gespeicherte ist sicher.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}) and nothing was changed. The details are in the log: Help &gt; Open the log folder.</source>
        <translation>Etwas ist schiefgegangen ({error}), es wurde nichts geändert. Die Einzelheiten stehen im Protokoll: Hilfe &gt; Protokollordner öffnen.</translation>
    </message>
    <message>
        <source>no column for a name (first name, last name, name or company), an email or a phone; the columns are: {columns}</source>
        <translation>keine Spalte für einen Namen (Vorname, Nachname, Name oder Firma), eine E-Mail-Adresse oder eine Telefonnummer; die Spalten sind: {columns}</translation>
    </message>
    <message>
        <source>--map applies to CSV files only</source>
        <translation>--map gilt nur für CSV-Dateien</translation>
    </message>
    <message>
        <source>{path}, line {line}: {message}</source>
        <translation>{path}, Zeile {line}: {message}</translation>
    </message>
    <message>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>the file is UTF-16 text but is cut short or damaged</source>
        <translation>die Datei ist UTF-16-Text, aber abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>the file is {size:,} MB; a contact list is never that big (at most {limit} MB), so it is not read</source>
        <translation>die Datei ist {size} MB groß; eine Kontaktliste ist nie so groß (höchstens {limit} MB), daher wird sie nicht gelesen</translation>
    </message>
    <message>
        <source>{what}: {value} is neither yes, no nor a date; no newsletter consent was recorded</source>
        <translation>{what}: {value} ist weder ja, nein noch ein Datum; keine Newsletter-Einwilligung erfasst</translation>
    </message>
    <message>
        <source>photo could not be read (its data is cut short or damaged) and was left out</source>
        <translation>das Foto war nicht lesbar (seine Daten sind abgeschnitten oder beschädigt) und wurde weggelassen</translation>
    </message>
    <message>
        <source>{what}: {problem}; kept in the note</source>
        <translation>{what}: {problem}; in der Notiz behalten</translation>
    </message>
    <message>
        <source>photo of {size:,} characters is larger than the program keeps and was left out</source>
        <translation>Foto mit {size} Zeichen ist größer, als das Programm speichert, und wurde weggelassen</translation>
    </message>
    <message>
        <source>{what} of {size:,} characters is larger than the program keeps and was left out</source>
        <translation>{what} mit {size} Zeichen ist größer, als das Programm speichert, und wurde weggelassen</translation>
    </message>
    <message>
        <source>not a vCard (it does not start with BEGIN:VCARD)</source>
        <translation>keine vCard (sie beginnt nicht mit BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>not a valid vCard: {error}</source>
        <translation>keine gültige vCard: {error}</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>Kunde {id}</translation>
    </message>
    <message>
        <source>add {name}</source>
        <translation>{name} anlegen</translation>
    </message>
    <message>
        <source>add a customer</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>edit first name of {name}</source>
        <translation>Vorname von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit last name of {name}</source>
        <translation>Nachname von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit goes-by name of {name}</source>
        <translation>Rufname von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit company of {name}</source>
        <translation>Firma von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit job title of {name}</source>
        <translation>Position von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit role of {name}</source>
        <translation>Aufgabe von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit preferences of {name}</source>
        <translation>Vorlieben von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit the preferred way to reach {name}</source>
        <translation>bevorzugten Kanal von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit how often to keep in touch with {name}</source>
        <translation>Kontakthäufigkeit für {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit newsletter consent of {name}</source>
        <translation>Newsletter-Einwilligung von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit details of {name}</source>
        <translation>Angaben zu {name} bearbeiten</translation>
    </message>
    <message>
        <source>archive {who}</source>
        <translation>{who} archivieren</translation>
    </message>
    <message>
        <source>bring back {who}</source>
        <translation>{who} wiederherstellen</translation>
    </message>
    <message>
        <source>erase {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>record the newsletter consent of {name}</source>
        <translation>Newsletter-Einwilligung von {name} erfassen</translation>
    </message>
    <message>
        <source>record that {name} withdrew newsletter consent</source>
        <translation>Widerruf der Newsletter-Einwilligung von {name} erfassen</translation>
    </message>
    <message>
        <source>remove the photo of {name}</source>
        <translation>Foto von {name} entfernen</translation>
    </message>
    <message>
        <source>set the photo of {name}</source>
        <translation>Foto von {name} festlegen</translation>
    </message>
    <message>
        <source>edit the tags of {name}</source>
        <translation>Schlagwörter von {name} bearbeiten</translation>
    </message>
    <message>
        <source>tag {who}</source>
        <translation>Schlagwort für {who} vergeben</translation>
    </message>
    <message>
        <source>remove a tag from {who}</source>
        <translation>Schlagwort bei {who} entfernen</translation>
    </message>
    <message>
        <source>add a phone number to {name}</source>
        <translation>Telefonnummer für {name} hinzufügen</translation>
    </message>
    <message>
        <source>add an email address to {name}</source>
        <translation>E-Mail-Adresse für {name} hinzufügen</translation>
    </message>
    <message>
        <source>add an address to {name}</source>
        <translation>Adresse für {name} hinzufügen</translation>
    </message>
    <message>
        <source>add a handle to {name}</source>
        <translation>Profilnamen für {name} hinzufügen</translation>
    </message>
    <message>
        <source>add a fax number to {name}</source>
        <translation>Faxnummer für {name} hinzufügen</translation>
    </message>
    <message>
        <source>add a website to {name}</source>
        <translation>Website für {name} hinzufügen</translation>
    </message>
    <message>
        <source>add a contact to {name}</source>
        <translation>Kontakt für {name} hinzufügen</translation>
    </message>
    <message>
        <source>edit a contact of {name}</source>
        <translation>Kontakt von {name} bearbeiten</translation>
    </message>
    <message>
        <source>remove a contact of {name}</source>
        <translation>Kontakt von {name} entfernen</translation>
    </message>
    <message>
        <source>add a pet to {name}</source>
        <translation>Haustier für {name} hinzufügen</translation>
    </message>
    <message>
        <source>add family to {name}</source>
        <translation>Familienmitglied für {name} hinzufügen</translation>
    </message>
    <message>
        <source>edit family of {name}</source>
        <translation>Familie von {name} bearbeiten</translation>
    </message>
    <message>
        <source>remove family of {name}</source>
        <translation>Familienmitglied von {name} entfernen</translation>
    </message>
    <message>
        <source>add a date to {name}</source>
        <translation>Datum für {name} hinzufügen</translation>
    </message>
    <message>
        <source>edit a date of {name}</source>
        <translation>Datum von {name} bearbeiten</translation>
    </message>
    <message>
        <source>remove a date of {name}</source>
        <translation>Datum von {name} entfernen</translation>
    </message>
    <message>
        <source>merge {other} into {name}</source>
        <translation>{other} mit {name} zusammenführen</translation>
    </message>
    <message>
        <source>log visit for {name}</source>
        <translation>Besuch für {name} notieren</translation>
    </message>
    <message>
        <source>log call for {name}</source>
        <translation>Anruf für {name} notieren</translation>
    </message>
    <message>
        <source>log email for {name}</source>
        <translation>E-Mail für {name} notieren</translation>
    </message>
    <message>
        <source>log message for {name}</source>
        <translation>Nachricht für {name} notieren</translation>
    </message>
    <message>
        <source>log purchase for {name}</source>
        <translation>Kauf für {name} notieren</translation>
    </message>
    <message>
        <source>log feedback for {name}</source>
        <translation>Rückmeldung für {name} notieren</translation>
    </message>
    <message>
        <source>log note for {name}</source>
        <translation>Notiz für {name} notieren</translation>
    </message>
    <message>
        <source>log event for {name}</source>
        <translation>Ereignis für {name} notieren</translation>
    </message>
    <message>
        <source>log an entry for {name}</source>
        <translation>Eintrag für {name} notieren</translation>
    </message>
    <message>
        <source>edit visit of {name}</source>
        <translation>Besuch von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit call of {name}</source>
        <translation>Anruf von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit email of {name}</source>
        <translation>E-Mail von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit message of {name}</source>
        <translation>Nachricht von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit purchase of {name}</source>
        <translation>Kauf von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit feedback of {name}</source>
        <translation>Rückmeldung von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit note of {name}</source>
        <translation>Notiz von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit event of {name}</source>
        <translation>Ereignis von {name} bearbeiten</translation>
    </message>
    <message>
        <source>edit an entry of {name}</source>
        <translation>Eintrag von {name} bearbeiten</translation>
    </message>
    <message>
        <source>delete visit of {name}</source>
        <translation>Besuch von {name} löschen</translation>
    </message>
    <message>
        <source>delete call of {name}</source>
        <translation>Anruf von {name} löschen</translation>
    </message>
    <message>
        <source>delete email of {name}</source>
        <translation>E-Mail von {name} löschen</translation>
    </message>
    <message>
        <source>delete message of {name}</source>
        <translation>Nachricht von {name} löschen</translation>
    </message>
    <message>
        <source>delete purchase of {name}</source>
        <translation>Kauf von {name} löschen</translation>
    </message>
    <message>
        <source>delete feedback of {name}</source>
        <translation>Rückmeldung von {name} löschen</translation>
    </message>
    <message>
        <source>delete note of {name}</source>
        <translation>Notiz von {name} löschen</translation>
    </message>
    <message>
        <source>delete event of {name}</source>
        <translation>Ereignis von {name} löschen</translation>
    </message>
    <message>
        <source>delete an entry of {name}</source>
        <translation>Eintrag von {name} löschen</translation>
    </message>
    <message>
        <source>pin visit of {name}</source>
        <translation>Besuch von {name} anheften</translation>
    </message>
    <message>
        <source>pin call of {name}</source>
        <translation>Anruf von {name} anheften</translation>
    </message>
    <message>
        <source>pin email of {name}</source>
        <translation>E-Mail von {name} anheften</translation>
    </message>
    <message>
        <source>pin message of {name}</source>
        <translation>Nachricht von {name} anheften</translation>
    </message>
    <message>
        <source>pin purchase of {name}</source>
        <translation>Kauf von {name} anheften</translation>
    </message>
    <message>
        <source>pin feedback of {name}</source>
        <translation>Rückmeldung von {name} anheften</translation>
    </message>
    <message>
        <source>pin note of {name}</source>
        <translation>Notiz von {name} anheften</translation>
    </message>
    <message>
        <source>pin event of {name}</source>
        <translation>Ereignis von {name} anheften</translation>
    </message>
    <message>
        <source>pin an entry of {name}</source>
        <translation>Eintrag von {name} anheften</translation>
    </message>
    <message>
        <source>unpin visit of {name}</source>
        <translation>Besuch von {name} nicht mehr anheften</translation>
    </message>
    <message>
        <source>unpin call of {name}</source>
        <translation>Anruf von {name} nicht mehr anheften</translation>
    </message>
    <message>
        <source>unpin email of {name}</source>
        <translation>E-Mail von {name} nicht mehr anheften</translation>
    </message>
    <message>
        <source>unpin message of {name}</source>
        <translation>Nachricht von {name} nicht mehr anheften</translation>
    </message>
    <message>
        <source>unpin purchase of {name}</source>
        <translation>Kauf von {name} nicht mehr anheften</translation>
    </message>
    <message>
        <source>unpin feedback of {name}</source>
        <translation>Rückmeldung von {name} nicht mehr anheften</translation>
    </message>
    <message>
        <source>unpin note of {name}</source>
        <translation>Notiz von {name} nicht mehr anheften</translation>
    </message>
    <message>
        <source>unpin event of {name}</source>
        <translation>Ereignis von {name} nicht mehr anheften</translation>
    </message>
    <message>
        <source>unpin an entry of {name}</source>
        <translation>Eintrag von {name} nicht mehr anheften</translation>
    </message>
    <message>
        <source>redeem points of {name}</source>
        <translation>Treuepunkte von {name} einlösen</translation>
    </message>
    <message>
        <source>add a promise for {name}</source>
        <translation>Zusage an {name} notieren</translation>
    </message>
    <message>
        <source>add a task for {name}</source>
        <translation>Aufgabe für {name} notieren</translation>
    </message>
    <message>
        <source>add something to ask {name}</source>
        <translation>Frage an {name} notieren</translation>
    </message>
    <message>
        <source>add a follow-up for {name}</source>
        <translation>Nachfassaktion für {name} anlegen</translation>
    </message>
    <message>
        <source>close a promise of {name}</source>
        <translation>Zusage an {name} erledigen</translation>
    </message>
    <message>
        <source>thank-you call to {name}</source>
        <translation>Dankesanruf bei {name}</translation>
    </message>
    <message>
        <source>welcome note to {name}</source>
        <translation>Willkommensgruß an {name}</translation>
    </message>
    <message>
        <source>thank-you note to {name}</source>
        <translation>Dankeskarte an {name}</translation>
    </message>
    <message>
        <source>card sent to {name}</source>
        <translation>Karte an {name} geschickt</translation>
    </message>
    <message>
        <source>done: follow-up for {name}</source>
        <translation>Nachfassaktion für {name} erledigen</translation>
    </message>
    <message>
        <source>got in touch with {name}</source>
        <translation>Kontakt mit {name} aufgenommen</translation>
    </message>
    <message>
        <source>keep {name} for another year</source>
        <translation>{name} ein weiteres Jahr behalten</translation>
    </message>
    <message>
        <source>{action}: {name}</source>
        <translation>{action}: {name}</translation>
    </message>
    <message>
        <source>done: birthday reminder for {name}</source>
        <translation>Geburtstagserinnerung für {name} erledigen</translation>
    </message>
    <message>
        <source>done: anniversary reminder for {name}</source>
        <translation>Jahrestagserinnerung für {name} erledigen</translation>
    </message>
    <message>
        <source>done: date reminder for {name}</source>
        <translation>Terminerinnerung für {name} erledigen</translation>
    </message>
    <message>
        <source>done: keeping in touch with {name}</source>
        <translation>Kontaktpflege mit {name} erledigen</translation>
    </message>
    <message>
        <source>done: getting in touch with {name}</source>
        <translation>Kontaktaufnahme mit {name} erledigen</translation>
    </message>
    <message>
        <source>done: reminder for {name}</source>
        <translation>Erinnerung für {name} erledigen</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>change where the shop is</source>
        <translation>Standort des Geschäfts ändern</translation>
    </message>
    <message>
        <source>“{title}” cannot be undone: another program has changed the same record since; nothing was changed</source>
        <translation>„{title}“ lässt sich nicht rückgängig machen: ein anderes Programm hat denselben Eintrag inzwischen geändert; nichts wurde geändert</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>on a signed form</source>
        <translation>mit unterschriebenem Formular</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>imported from {source}</source>
        <translation>importiert aus {source}</translation>
    </message>
    <message>
        <source>recorded before consent had a history</source>
        <translation>erfasst, bevor es den Einwilligungsverlauf gab</translation>
    </message>
    <message>
        <source>Newsletter consent given ({how})</source>
        <translation>Newsletter-Einwilligung erteilt ({how})</translation>
    </message>
    <message>
        <source>Newsletter consent withdrawn ({how})</source>
        <translation>Newsletter-Einwilligung widerrufen ({how})</translation>
    </message>
    <message>
        <source>how consent was given must be one of: {hows}</source>
        <translation>die Art der Einwilligung muss eine der folgenden sein: {hows}</translation>
    </message>
    <message>
        <source>an imported consent needs the name of its file</source>
        <translation>eine importierte Einwilligung braucht den Namen ihrer Datei</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .html, .json or .txt</source>
        <translation>{path}: geben Sie einen Dateinamen mit der Endung .html, .json oder .txt an</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>&amp;Persönlich</translation>
    </message>
    <message>
        <source>On a &amp;signed form</source>
        <translation>Mit &amp;unterschriebenem Formular</translation>
    </message>
    <message>
        <source>By &amp;email</source>
        <translation>Per &amp;E-Mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>the server at {where} asks for a password: put it in {file} as host:port:database:user:password (readable by you only), or in the PGPASSWORD environment variable</source>
        <translation>der Server {where} verlangt ein Passwort: tragen Sie es in {file} als host:port:database:user:password ein (nur für Sie lesbar) oder in die Umgebungsvariable PGPASSWORD</translation>
    </message>
    <message>
        <source>the server at {where} did not accept the password for this user: check the one in {file} or PGPASSWORD</source>
        <translation>der Server {where} hat das Passwort für diesen Benutzer nicht angenommen: prüfen Sie das in {file} oder in PGPASSWORD</translation>
    </message>
    <message>
        <source>the server at {where} has no {said}: create it first</source>
        <translation>auf dem Server {where} gibt es kein(e) {said}: legen Sie sie zuerst an</translation>
    </message>
    <message>
        <source>the server at {where} cannot be used: {said}</source>
        <translation>der Server {where} kann nicht verwendet werden: {said}</translation>
    </message>
    <message>
        <source>{address} is not the address of a server&apos;s customer book: write it like postgresql://user@host/database</source>
        <translation>{address} ist keine Adresse einer Kundenkartei auf einem Server: schreiben Sie sie wie postgresql://benutzer@host/datenbank</translation>
    </message>
    <message>
        <source>the database at {where} holds tables of another program, not a customer book: give Regulars an empty database of its own</source>
        <translation>die Datenbank unter {where} enthält Tabellen eines anderen Programms, keine Kundenkartei: geben Sie Regulars eine eigene, leere Datenbank</translation>
    </message>
    <message>
        <source>the server book at {url} already holds customers; a copy goes only into an empty book (create a new database for it)</source>
        <translation>die Kundenkartei auf dem Server {url} enthält bereits Kunden; kopiert wird nur in eine leere Kartei (legen Sie dafür eine neue Datenbank an)</translation>
    </message>
    <message>
        <source>there is no customer book on the server at {url}</source>
        <translation>auf dem Server {url} gibt es keine Kundenkartei</translation>
    </message>
    <message>
        <source>the customer book in {folder} already holds customers; a copy goes only into an empty book (choose another folder with --data-dir)</source>
        <translation>die Kundenkartei in {folder} enthält bereits Kunden; kopiert wird nur in eine leere Kartei (wählen Sie mit --data-dir einen anderen Ordner)</translation>
    </message>
    <message>
        <source>the server book at {url} was written by a newer Regulars (version {version}); update Regulars first</source>
        <translation>die Kundenkartei auf dem Server {url} stammt von einer neueren Regulars-Version (Version {version}); aktualisieren Sie Regulars zuerst</translation>
    </message>
    <message>
        <source>the server book at {url} was written by an older Regulars (version {version}); open it with that one first</source>
        <translation>die Kundenkartei auf dem Server {url} stammt von einer älteren Regulars-Version (Version {version}); öffnen Sie sie zuerst mit dieser</translation>
    </message>
    <message>
        <source>a counter&apos;s name cannot hold control characters</source>
        <translation>der Name einer Kasse darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>a counter&apos;s name is at most {most} characters, not {length}</source>
        <translation>der Name einer Kasse hat höchstens {most} Zeichen, nicht {length}</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>der Benutzer</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} fehlt</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
</context>
<context>
    <name>BirthdayFields</name>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>year, if known</source>
        <translation>Jahr, falls bekannt</translation>
    </message>
    <message>
        <source>type the day of the birthday</source>
        <translation>Tag des Geburtstags eingeben</translation>
    </message>
    <message>
        <source>choose the month of the birthday</source>
        <translation>Monat des Geburtstags wählen</translation>
    </message>
</context>
<context>
    <name>BookPlaceDialog</name>
    <message>
        <source>Customer Book</source>
        <translation>Kundenkartei</translation>
    </message>
    <message>
        <source>On this &amp;computer (one counter)</source>
        <translation>Auf diesem &amp;Computer (eine Kasse)</translation>
    </message>
    <message>
        <source>On a &amp;server (every counter of the shop)</source>
        <translation>Auf einem &amp;Server (alle Kassen des Ladens)</translation>
    </message>
    <message>
        <source>empty: the one kept, or ~/.pgpass</source>
        <translation>leer: das gespeicherte oder ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Encrypted connection (TLS)</source>
        <translation>&amp;Verschlüsselte Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Regulars opens the customer book there at its next start. Copy a book to a new server first with File &gt; Copy the customer book to a server.</source>
        <translation>Regulars öffnet die Kundenkartei dort beim nächsten Start. Kopieren Sie eine Kartei zuerst auf einen neuen Server mit Datei &gt; Kundenkartei auf einen Server kopieren.</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>The customer book is on this computer from the next start.</source>
        <translation>Die Kundenkartei liegt ab dem nächsten Start auf diesem Computer.</translation>
    </message>
    <message>
        <source>The customer book is on {server} from the next start. This computer has no keyring to keep the password: put it in ~/.pgpass, or type it when Regulars asks.</source>
        <translation>Die Kundenkartei liegt ab dem nächsten Start auf {server}. Dieser Computer hat keinen Schlüsselbund für das Passwort: Tragen Sie es in ~/.pgpass ein oder geben Sie es ein, wenn Regulars fragt.</translation>
    </message>
    <message>
        <source>The customer book is on {server} from the next start.</source>
        <translation>Die Kundenkartei liegt ab dem nächsten Start auf {server}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Adding sample customers…</source>
        <translation>Beispielkunden werden hinzugefügt…</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln sample customer(s): File &gt; Remove the sample customers takes them away again</source>
        <translation>
            <numerusform>%Ln Beispielkunde hinzugefügt: Datei &gt; Beispielkunden entfernen nimmt ihn wieder weg</numerusform>
            <numerusform>%Ln Beispielkunden hinzugefügt: Datei &gt; Beispielkunden entfernen nimmt sie wieder weg</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no sample customers to remove</source>
        <translation>Es gibt keine Beispielkunden, die entfernt werden könnten</translation>
    </message>
    <message>
        <source>Remove the sample customers</source>
        <translation>Beispielkunden entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln sample customer(s)?</source>
        <translation>
            <numerusform>Den %Ln Beispielkunden entfernen?</numerusform>
            <numerusform>Die %Ln Beispielkunden entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their timelines, family, dates, tags, follow-ups and reminders go with them. Customers you added yourself stay. Edit &gt; Undo brings the samples back.</source>
        <translation>Mit ihnen verschwinden auch ihr Verlauf, ihre Familie, ihre besonderen Tage, Schlagwörter, Nachfassaktionen und Erinnerungen. Kunden, die Sie selbst angelegt haben, bleiben. Bearbeiten &gt; Rückgängig holt die Beispielkunden zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln sample customer(s)</source>
        <translation>
            <numerusform>%Ln Beispielkunden entfernen</numerusform>
            <numerusform>%Ln Beispielkunden entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln sample customer(s).</source>
        <translation>
            <numerusform>%Ln Beispielkunde entfernt.</numerusform>
            <numerusform>%Ln Beispielkunden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln customer(s) to {path}</source>
        <translation>
            <numerusform>%Ln Kunde in {path} gesichert</numerusform>
            <numerusform>%Ln Kunden in {path} gesichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln customer(s) to {where}, every row checked</source>
        <translation>
            <numerusform>%Ln Kunde nach {where} kopiert, jede Zeile geprüft</numerusform>
            <numerusform>%Ln Kunden nach {where} kopiert, jede Zeile geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde wiederhergestellt</numerusform>
            <numerusform>%Ln Kunden wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is damaged: some of it cannot be read.</source>
        <translation>Die Datenbank ist beschädigt: Ein Teil davon lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Restore a good backup now. What is there now is backed up first, so the restore can be undone.</source>
        <translation>Stellen Sie jetzt eine intakte Sicherung wieder her. Der jetzige Stand wird vorher gesichert, damit sich die Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Sicherung auswählen…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>{key} brings the list back.</source>
        <translation>{key} holt die Liste zurück.</translation>
    </message>
    <message>
        <source>{heading}. First: {first}. See the Today list.</source>
        <translation>{heading}. Zuerst: {first}. Siehe Heute-Liste.</translation>
    </message>
    <message>
        <source>Open a customer first (Ctrl+F to find one)</source>
        <translation>Öffnen Sie zuerst einen Kunden (Strg+F zum Suchen)</translation>
    </message>
    <message>
        <source>Archived {whom}.</source>
        <translation>Archiviert: {whom}.</translation>
    </message>
    <message>
        <source>Select customers in the list first</source>
        <translation>Wählen Sie zuerst Kunden in der Liste aus</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>Schlagwort zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln customer(s):</source>
        <translation>
            <numerusform>Schlagwort für %Ln Kunden:</numerusform>
            <numerusform>Schlagwort für %Ln Kunden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s) {tags}</source>
        <translation>
            <numerusform>Schlagwort für %Ln Kunden vergeben: {tags}</numerusform>
            <numerusform>Schlagwort für %Ln Kunden vergeben: {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s)</source>
        <translation>
            <numerusform>Schlagwort für %Ln Kunden vergeben</numerusform>
            <numerusform>Schlagwort für %Ln Kunden vergeben</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected customers have no tags</source>
        <translation>Die ausgewählten Kunden haben keine Schlagwörter</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Zu entfernendes Schlagwort:</translation>
    </message>
    <message numerus="yes">
        <source>Removed {tag} from %Ln customer(s)</source>
        <translation>
            <numerusform>{tag} bei %Ln Kunden entfernt</numerusform>
            <numerusform>{tag} bei %Ln Kunden entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed a tag from %Ln customer(s)</source>
        <translation>
            <numerusform>Schlagwort bei %Ln Kunden entfernt</numerusform>
            <numerusform>Schlagwort bei %Ln Kunden entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a customer first</source>
        <translation>Öffnen Sie zuerst einen Kunden</translation>
    </message>
    <message>
        <source>{name} has no points to redeem</source>
        <translation>{name} hat keine Treuepunkte zum Einlösen</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>Treuepunkte einlösen</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln point(s). Redeem:</source>
        <translation>
            <numerusform>{name} hat %Ln Punkt. Einlösen:</numerusform>
            <numerusform>{name} hat %Ln Punkte. Einlösen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Points to redeem for {name}:</source>
        <translation>Einzulösende Punkte für {name}:</translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s) for {name}</source>
        <translation>
            <numerusform>%Ln Punkt für {name} eingelöst</numerusform>
            <numerusform>%Ln Punkte für {name} eingelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeemed points for {name}</source>
        <translation>Punkte für {name} eingelöst</translation>
    </message>
    <message>
        <source>Merged into {name}.</source>
        <translation>Zusammengeführt mit {name}.</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version}&lt;br&gt;Remember your customers.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {version}&lt;br&gt;Behalten Sie Ihre Kunden im Kopf.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>At the other counter: {theirs}
Yours: {mine}</source>
        <translation>An der anderen Kasse: {theirs}
Ihres: {mine}</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Meines verwenden</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Das andere behalten</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Newsletter consent</source>
        <translation>Newsletter-Einwilligung</translation>
    </message>
    <message>
        <source>How did they agree to the newsletter?</source>
        <translation>Wie hat der Kunde dem Newsletter zugestimmt?</translation>
    </message>
    <message>
        <source>How did they withdraw their consent?</source>
        <translation>Wie hat der Kunde seine Einwilligung widerrufen?</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>mobile, work, home…</source>
        <translation>Handy, Arbeit, privat…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Edit date</source>
        <translation>Datum bearbeiten</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Datum hinzufügen</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>wedding, shop opening…</source>
        <translation>Hochzeit, Geschäftseröffnung…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Von wem</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Mögliche Doppeleinträge</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Keep the first, move everything of the second onto it</source>
        <translation>Den ersten behalten, alles vom zweiten auf ihn übertragen</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Den anderen behalten</translation>
    </message>
    <message>
        <source>Customers who share an email, a phone number or their whole name. Merging keeps the first and archives the second.</source>
        <translation>Kunden mit gleicher E-Mail, gleicher Telefonnummer oder gleichem vollem Namen. Beim Zusammenführen bleibt der erste, der zweite wird archiviert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely duplicate(s)</source>
        <translation>
            <numerusform>%Ln möglicher Doppeleintrag</numerusform>
            <numerusform>%Ln mögliche Doppeleinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Keine möglichen Doppeleinträge.</translation>
    </message>
    <message>
        <source>Keep  {kept}
Merge {merged}
({reason})</source>
        <translation>Behalten: {kept}
Zusammenführen: {merged}
({reason})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeline entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag im Verlauf</numerusform>
            <numerusform>%Ln Einträge im Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Merge {other} into {kept}?

Timeline, family, dates, tags, phone numbers and emails are combined, and {other} is archived. Edit &gt; Undo reverses it.</source>
        <translation>{other} mit {kept} zusammenführen?

Verlauf, Familie, besondere Tage, Schlagwörter, Telefonnummern und E-Mail-Adressen werden vereint, und {other} wird archiviert. Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>ElidedLine</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln weitere</numerusform>
            <numerusform>+%Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Regulars</source>
        <translation>Willkommen bei Regulars</translation>
    </message>
    <message>
        <source>Remember the names, the family, the dog, the usual order and what you
promised — and see it all before you say hello.</source>
        <translation>Behalten Sie Namen, Familie, den Hund, die übliche Bestellung und Ihre Zusagen
im Blick – und sehen Sie alles, bevor Sie den Kunden begrüßen.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <source>Add your first customer</source>
        <translation>Ersten Kunden anlegen</translation>
    </message>
    <message>
        <source>Try with sample customers</source>
        <translation>Mit Beispielkunden ausprobieren</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>to make right</source>
        <translation>wiedergutzumachen</translation>
    </message>
    <message>
        <source>made right ✓</source>
        <translation>wiedergutgemacht ✓</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln Punkt</numerusform>
            <numerusform>+%Ln Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-%Ln point(s)</source>
        <translation>
            <numerusform>-%Ln Punkt</numerusform>
            <numerusform>-%Ln Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit timeline entry</source>
        <translation>Eintrag im Verlauf bearbeiten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>EraseQuestion</name>
    <message>
        <source>Erase This Customer</source>
        <translation>Diesen Kunden löschen</translation>
    </message>
    <message>
        <source>Erase {name} for good?</source>
        <translation>{name} endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <source>• the records merged into them (%Ln)</source>
        <translation>
            <numerusform>• der mit ihnen zusammengeführte Eintrag (%Ln)</numerusform>
            <numerusform>• die mit ihnen zusammengeführten Einträge (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything kept about them goes now:</source>
        <translation>Alles, was über diesen Kunden gespeichert ist, wird jetzt gelöscht:</translation>
    </message>
    <message>
        <source>• the customer, with their contact points</source>
        <translation>• der Kunde mit seinen Kontaktangaben</translation>
    </message>
    <message>
        <source>• their family and pets, and their dates</source>
        <translation>• seine Familie und Haustiere sowie seine besonderen Tage</translation>
    </message>
    <message numerus="yes">
        <source>• every entry of their timeline (%Ln)</source>
        <translation>
            <numerusform>• der Eintrag in seinem Verlauf (%Ln)</numerusform>
            <numerusform>• alle Einträge in seinem Verlauf (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>• their follow-ups and promises</source>
        <translation>• seine Nachfassaktionen und Zusagen</translation>
    </message>
    <message>
        <source>• the tags only they have</source>
        <translation>• die Schlagwörter, die nur er hat</translation>
    </message>
    <message>
        <source>• what was done with their reminders</source>
        <translation>• was mit seinen Erinnerungen gemacht wurde</translation>
    </message>
    <message>
        <source>• their photo, and their rows in the search</source>
        <translation>• sein Foto und seine Einträge in der Suche</translation>
    </message>
    <message>
        <source>This cannot be undone. Their earlier changes leave the Undo list. One line stays in the erasure register: a number and the date, no name.</source>
        <translation>Das lässt sich nicht rückgängig machen, auch seine früheren Änderungen nicht mehr. Im Löschregister bleibt eine Zeile: eine Nummer und das Datum, kein Name.</translation>
    </message>
    <message>
        <source>Backups made before keep them until the backup rotation removes them; restoring one of those erases them again.</source>
        <translation>Ältere Sicherungen enthalten den Kunden noch, bis sie automatisch gelöscht werden; wird eine davon wiederhergestellt, wird er gleich wieder gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Open a customer first</source>
        <translation>Öffnen Sie zuerst einen Kunden</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Customer erased. Line {number} of the erasure register.</source>
        <translation>Kunde gelöscht. Zeile {number} im Löschregister.</translation>
    </message>
</context>
<context>
    <name>FamilyRows</name>
    <message>
        <source>+ &amp;Add family or pet</source>
        <translation>+ Familie oder H&amp;austier</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A vCard file (.vcf) from a phone or address book, or a CSV file from a shop system or spreadsheet.</source>
        <translation>Eine vCard-Datei (.vcf) von einem Handy oder Adressbuch oder eine CSV-Datei aus einer Kassensoftware oder Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>/home/…/contacts.vcf</source>
        <translation>/home/…/kontakte.vcf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>GlanceCard</name>
    <message>
        <source>Photo: click to choose or remove</source>
        <translation>Foto: Klicken zum Auswählen oder Entfernen</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto auswählen…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archive this customer (can be undone)</source>
        <translation>Diesen Kunden archivieren (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Familie und Haustiere</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>Recently</source>
        <translation>Kürzlich</translation>
    </message>
    <message>
        <source>Ask about · promised</source>
        <translation>Nachfragen · zugesagt</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln Besuch</numerusform>
            <numerusform>%Ln Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>spent {amount}</source>
        <translation>Umsatz {amount}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>promised, overdue: {promise}</source>
        <translation>zugesagt, überfällig: {promise}</translation>
    </message>
    <message>
        <source>promised: {promise}</source>
        <translation>zugesagt: {promise}</translation>
    </message>
    <message>
        <source>Today: {items}</source>
        <translation>Heute: {items}</translation>
    </message>
    <message>
        <source>no family or pets noted</source>
        <translation>keine Familie oder Haustiere notiert</translation>
    </message>
    <message>
        <source>nothing logged yet</source>
        <translation>noch nichts notiert</translation>
    </message>
    <message>
        <source>{when}: {kind}</source>
        <translation>{when}: {kind}</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Nachfragen:</translation>
    </message>
    <message>
        <source>(due {day})</source>
        <translation>(fällig {day})</translation>
    </message>
    <message>
        <source>(by {day})</source>
        <translation>(bis {day})</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>Zugesagt:</translation>
    </message>
    <message>
        <source>nothing to ask or do</source>
        <translation>nichts zu fragen oder zu tun</translation>
    </message>
    <message>
        <source>nothing noted yet</source>
        <translation>noch nichts vermerkt</translation>
    </message>
    <message>
        <source>Last visit {when}</source>
        <translation>Letzter Besuch {when}</translation>
    </message>
    <message>
        <source>Bought {when}: {what}</source>
        <translation>Gekauft {when}: {what}</translation>
    </message>
    <message>
        <source>Last contact {when}</source>
        <translation>Letzter Kontakt {when}</translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>{occasion}: send a message?</source>
        <translation>{occasion}: Nachricht senden?</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Open a customer first</source>
        <translation>Öffnen Sie zuerst einen Kunden</translation>
    </message>
    <message>
        <source>Export This Customer&apos;s Data</source>
        <translation>Daten dieses Kunden exportieren</translation>
    </message>
    <message>
        <source>Page to read, with the data inside (*.html *.htm)</source>
        <translation>Seite zum Lesen, mit den Daten darin (*.html *.htm)</translation>
    </message>
    <message>
        <source>Data for programs (*.json)</source>
        <translation>Daten für Programme (*.json)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>{name} - data.html</source>
        <translation>{name} - Daten.html</translation>
    </message>
    <message>
        <source>Everything kept about this customer is in {path}</source>
        <translation>Alles, was über diesen Kunden gespeichert ist, steht in {path}</translation>
    </message>
    <message>
        <source>Select customers in the list first</source>
        <translation>Wählen Sie zuerst Kunden in der Liste aus</translation>
    </message>
    <message>
        <source>Undo the last &amp;import</source>
        <translation>Letzten &amp;Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Undo the last &amp;import (removes %Ln customer(s))</source>
        <translation>
            <numerusform>Letzten &amp;Import rückgängig machen (entfernt %Ln Kunden)</numerusform>
            <numerusform>Letzten &amp;Import rückgängig machen (entfernt %Ln Kunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Something has been written since the last import: restore its backup from File &gt; Restore from a backup</source>
        <translation>Seit dem letzten Import wurde etwas gespeichert: Stellen Sie die Sicherung von vor dem Import über Datei &gt; Sicherung wiederherstellen wieder her</translation>
    </message>
    <message numerus="yes">
        <source>The import is undone: %Ln customer(s) as before it.</source>
        <translation>
            <numerusform>Der Import ist rückgängig gemacht: %Ln Kunde wie zuvor.</numerusform>
            <numerusform>Der Import ist rückgängig gemacht: %Ln Kunden wie zuvor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>There is no file there.</source>
        <translation>Diese Datei gibt es nicht.</translation>
    </message>
    <message numerus="yes">
        <source>A vCard file with %Ln card(s).</source>
        <translation>
            <numerusform>Eine vCard-Datei mit %Ln Karte.</numerusform>
            <numerusform>Eine vCard-Datei mit %Ln Karten.</numerusform>
        </translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>A CSV file with {rows} and {columns} ({encoding}, separated by {delimiter}).</source>
        <translation>Eine CSV-Datei mit {rows} und {columns} ({encoding}, getrennt durch {delimiter}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln Spalte</numerusform>
            <numerusform>%Ln Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported: {error}</source>
        <translation>Diese Datei lässt sich nicht importieren: {error}</translation>
    </message>
    <message>
        <source>Choose which column holds the name (first name, last name, full name or company), an email or a phone to go on.</source>
        <translation>Um fortzufahren, wählen Sie die Spalte mit dem Namen (Vorname, Nachname, vollständiger Name oder Firma), einer E-Mail-Adresse oder einer Telefonnummer.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>Will add %Ln new customer(s), update {updated} already here (same email, phone, or name and birthday), and skip {skipped}.</source>
        <translation>
            <numerusform>Neu: %Ln Kunde. Zu aktualisieren (schon vorhanden: gleiche E-Mail, Telefonnummer oder Name und Geburtstag): {updated}. Zu überspringen: {skipped}.</numerusform>
            <numerusform>Neu: %Ln Kunden. Zu aktualisieren (schon vorhanden: gleiche E-Mail, Telefonnummer oder Name und Geburtstag): {updated}. Zu überspringen: {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here and unchanged.</source>
        <translation>
            <numerusform>%Ln schon vorhanden und unverändert.</numerusform>
            <numerusform>%Ln schon vorhanden und unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) could be read either way: read as {order}.</source>
        <translation>
            <numerusform>%Ln Datum lässt sich auf beide Arten lesen: gelesen als {order}.</numerusform>
            <numerusform>%Ln Datumsangaben lassen sich auf beide Arten lesen: gelesen als {order}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) will be left out (see below).</source>
        <translation>
            <numerusform>%Ln Wert wird weggelassen (siehe unten).</numerusform>
            <numerusform>%Ln Werte werden weggelassen (siehe unten).</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Done: added {added}, updated {updated}, skipped {skipped}, %Ln already here and unchanged.</source>
        <translation>
            <numerusform>Fertig: {added} hinzugefügt, {updated} aktualisiert, {skipped} übersprungen, %Ln schon vorhanden und unverändert.</numerusform>
            <numerusform>Fertig: {added} hinzugefügt, {updated} aktualisiert, {skipped} übersprungen, %Ln schon vorhanden und unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: added {added}, updated {updated}, skipped {skipped}.</source>
        <translation>Fertig: {added} hinzugefügt, {updated} aktualisiert, {skipped} übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) left out.</source>
        <translation>
            <numerusform>%Ln Wert weggelassen.</numerusform>
            <numerusform>%Ln Werte weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {message}</source>
        <translation>Es wurde nichts importiert: {message}</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Find: name, phone, email, family, pet, tag, note…  (Ctrl+F)</source>
        <translation>Suchen: Name, Telefon, E-Mail, Familie, Haustier, Schlagwort, Notiz…  (Strg+F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped coming&lt;/b&gt;, who used to spend most first</source>
        <translation>&lt;b&gt;Kommen nicht mehr&lt;/b&gt;, wer am meisten ausgab, zuerst</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show every customer again (Esc)</source>
        <translation>Wieder alle Kunden zeigen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) among them</source>
        <translation>
            <numerusform>%Ln Treffer darunter</numerusform>
            <numerusform>%Ln Treffer darunter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stopped coming</source>
        <translation>
            <numerusform>%Ln kommt nicht mehr</numerusform>
            <numerusform>%Ln kommen nicht mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Privacy on (F8)</source>
        <translation>Privatsphäre an (F8)</translation>
    </message>
    <message>
        <source>{app} — privacy on</source>
        <translation>{app} — Privatsphäre an</translation>
    </message>
    <message>
        <source>Logged for {name}.</source>
        <translation>Für {name} notiert.</translation>
    </message>
    <message>
        <source>{text}  Ctrl+Z undoes it.</source>
        <translation>{text}  Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Regulars speaks this language everywhere from its next start.</source>
        <translation>Regulars spricht diese Sprache ab dem nächsten Start überall.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Regulars is still running</source>
        <translation>Regulars läuft weiter</translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray. Quit from its menu to stop.</source>
        <translation>Die Erinnerungen kommen weiter über das Symbol im Infobereich. Beenden können Sie Regulars über dessen Menü.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what will be imported</source>
        <translation>Prüfen, was importiert wird</translation>
    </message>
    <message>
        <source>day/month/year (31/12/1980)</source>
        <translation>Tag/Monat/Jahr (31/12/1980)</translation>
    </message>
    <message>
        <source>month/day/year (12/31/1980)</source>
        <translation>Monat/Tag/Jahr (12/31/1980)</translation>
    </message>
    <message>
        <source>Dates like 03/04/1980 are</source>
        <translation>Datumsangaben wie 03/04/1980 sind</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Each column&apos;s field is a guess from its header: change any that is wrong. The first rows of the file are shown.</source>
        <translation>Das Feld jeder Spalte ist aus ihrer Überschrift geraten: Ändern Sie, was nicht stimmt. Gezeigt werden die ersten Zeilen der Datei.</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Feld für Spalte {header}</translation>
    </message>
    <message>
        <source>The cards in the file:</source>
        <translation>Die Karten in der Datei:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation>Telefon / E-Mail</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>the name they go by</source>
        <translation>wie man sie anspricht</translation>
    </message>
    <message>
        <source>for a business customer</source>
        <translation>für Geschäftskunden</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Familie und Haustiere</translation>
    </message>
    <message>
        <source>Tags, an address, other dates and preferences go in the Details tab.</source>
        <translation>Schlagwörter, Adresse, weitere besondere Tage und Vorlieben tragen Sie im Reiter Details ein.</translation>
    </message>
</context>
<context>
    <name>NewsletterRow</name>
    <message>
        <source>Agreed to the newsletter</source>
        <translation>Newsletter zugestimmt</translation>
    </message>
    <message>
        <source>since {day}, {how}</source>
        <translation>seit {day}, {how}</translation>
    </message>
    <message>
        <source>withdrawn {day}, {how}</source>
        <translation>widerrufen am {day}, {how}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>What happened with {name}?</source>
        <translation>Was war mit {name}?</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Where is your shop?</source>
        <translation>Wo ist Ihr Geschäft?</translation>
    </message>
    <message>
        <source>Regulars now shows dates and money as your country writes them. Is this right? You can change it later in Edit &gt; Settings.</source>
        <translation>Regulars zeigt Datumsangaben und Beträge jetzt so, wie man sie in Ihrem Land schreibt. Stimmt das? Sie können es später unter Bearbeiten &gt; Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>Choose a customer on the left — or press Ctrl+F to find one, Ctrl+N to add one.</source>
        <translation>Wählen Sie links einen Kunden – oder drücken Sie Strg+F, um einen zu suchen, Strg+N, um einen anzulegen.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>the name they go by</source>
        <translation>wie man sie anspricht</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Head buyer, owner…</source>
        <translation>Einkaufsleitung, Inhaber…</translation>
    </message>
    <message>
        <source>what they do for their company</source>
        <translation>was sie für ihre Firma tun</translation>
    </message>
    <message>
        <source>No phone or email yet</source>
        <translation>Noch keine Telefonnummer oder E-Mail</translation>
    </message>
    <message>
        <source>VIP, wholesale… (comma separated)</source>
        <translation>VIP, Großhandel… (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Familie und Haustiere</translation>
    </message>
    <message>
        <source>+ Add family or pet</source>
        <translation>+ Familie oder Haustier</translation>
    </message>
    <message>
        <source>No family or pets yet</source>
        <translation>Noch keine Familie oder Haustiere</translation>
    </message>
    <message>
        <source>Birthdays and dates</source>
        <translation>Geburtstage und besondere Tage</translation>
    </message>
    <message>
        <source>+ Add date</source>
        <translation>+ Datum</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Noch keine besonderen Tage</translation>
    </message>
    <message>
        <source>Preferences, in their words</source>
        <translation>Vorlieben, in ihren Worten</translation>
    </message>
    <message>
        <source>oat-milk mocha, size M…</source>
        <translation>Mokka mit Hafermilch, Größe M…</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Anniversary ({label})</source>
        <translation>Jahrestag ({label})</translation>
    </message>
    <message>
        <source>{person}&apos;s {date}</source>
        <translation>{date} von {person}</translation>
    </message>
    <message>
        <source>{date}: {day}</source>
        <translation>{date}: {day}</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>{path} is not an image Regulars can read</source>
        <translation>{path} ist kein Bild, das Regulars lesen kann</translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message>
        <source>Promises and follow-ups</source>
        <translation>Zusagen und Nachfassaktionen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open follow-up(s)</source>
        <translation>
            <numerusform>%Ln offene Nachfassaktion</numerusform>
            <numerusform>%Ln offene Nachfassaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>Edit family or pet</source>
        <translation>Familie oder Haustier bearbeiten</translation>
    </message>
    <message>
        <source>Add family or pet</source>
        <translation>Familie oder Haustier hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Today&apos;s reminders could not be read: {problem}</source>
        <translation>Die heutigen Erinnerungen konnten nicht gelesen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>RepairBox</name>
    <message>
        <source>The database is damaged and cannot be used as it is.</source>
        <translation>Die Datenbank ist beschädigt und kann so nicht verwendet werden.</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is from {when} (%Ln customer(s)). Restoring it keeps the damaged file aside.</source>
        <translation>
            <numerusform>Die neueste intakte Sicherung ist vom {when} (%Ln Kunde). Beim Wiederherstellen wird die beschädigte Datei beiseitegelegt.</numerusform>
            <numerusform>Die neueste intakte Sicherung ist vom {when} (%Ln Kunden). Beim Wiederherstellen wird die beschädigte Datei beiseitegelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Auswahl wiederherstellen…</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Restoring replaces everything with the backup. What is there now is backed up first, so a restore can itself be undone.</source>
        <translation>Beim Wiederherstellen wird alles durch die Sicherung ersetzt. Der jetzige Stand wird vorher gesichert, so lässt sich auch eine Wiederherstellung rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>damaged: cannot be restored</source>
        <translation>beschädigt: nicht wiederherstellbar</translation>
    </message>
    <message>
        <source> (date cannot be right)</source>
        <translation> (Datum kann nicht stimmen)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Wiederherstellen aus</translation>
    </message>
    <message>
        <source>Regulars database (*.sqlite3)</source>
        <translation>Regulars-Datenbank (*.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything with the backup {name}?

What is there now is backed up first.</source>
        <translation>Alles durch die Sicherung {name} ersetzen?

Der jetzige Stand wird vorher gesichert.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>+ More…</source>
        <translation>+ Mehr…</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and changes nothing.</source>
        <translation>Import läuft… Abbrechen hält ihn an und ändert nichts.</translation>
    </message>
</context>
<context>
    <name>ServerCopyDialog</name>
    <message>
        <source>Copy the Customer Book to a Server</source>
        <translation>Kundenkartei auf einen Server kopieren</translation>
    </message>
    <message>
        <source>For a shop with more than one counter: every customer, entry and backup mark is copied into an empty database on a PostgreSQL server and checked row for row. This computer keeps its own book as it is.</source>
        <translation>Für ein Geschäft mit mehr als einer Kasse: Alle Kunden, Einträge und Sicherungsvermerke werden in eine leere Datenbank auf einem PostgreSQL-Server kopiert und Zeile für Zeile geprüft. Dieser Computer behält seine eigene Kartei, wie sie ist.</translation>
    </message>
    <message>
        <source>empty: the one in ~/.pgpass</source>
        <translation>leer: das aus ~/.pgpass</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server-&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> Tage im Voraus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>day/month/year (31/12/1980)</source>
        <translation>Tag/Monat/Jahr (31/12/1980)</translation>
    </message>
    <message>
        <source>month/day/year (12/31/1980)</source>
        <translation>Monat/Tag/Jahr (12/31/1980)</translation>
    </message>
    <message>
        <source>Offer to &amp;erase customers not seen for</source>
        <translation>Löschen &amp;vorschlagen für Kunden ohne Kontakt seit</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahren</translation>
    </message>
    <message>
        <source>Start Regulars when I log in (for reminders)</source>
        <translation>Regulars bei der Anmeldung starten (für Erinnerungen)</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation>Tägliche Erinnerung um</translation>
    </message>
    <message>
        <source>New customers: stay in touch every</source>
        <translation>Neue Kunden: in Kontakt bleiben alle</translation>
    </message>
    <message>
        <source>Dates in imported files</source>
        <translation>Datumsangaben in importierten Dateien</translation>
    </message>
    <message>
        <source>This &amp;counter&apos;s name</source>
        <translation>Name dieser &amp;Kasse</translation>
    </message>
    <message>
        <source>Customer book</source>
        <translation>Kundenkartei</translation>
    </message>
    <message>
        <source>On a server: {database} at {server}…</source>
        <translation>Auf einem Server: {database} auf {server}…</translation>
    </message>
    <message>
        <source>On this computer…</source>
        <translation>Auf diesem Computer…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StayInTouch</name>
    <message>
        <source>Remind me to get in touch every</source>
        <translation>Erinnerung zum Melden alle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Log</source>
        <translation>Notieren</translation>
    </message>
    <message>
        <source>What happened? Enter saves  (Ctrl+L from anywhere)</source>
        <translation>Was ist passiert? Enter speichert  (Strg+L von überall)</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Unzufrieden</translation>
    </message>
    <message>
        <source>How did they feel? Unhappy opens a follow-up to make it right</source>
        <translation>Wie war die Stimmung? Unzufrieden legt eine Nachfassaktion an, um es wiedergutzumachen</translation>
    </message>
    <message>
        <source>Ask next time… (optional: shown on the glance card)</source>
        <translation>Nächstes Mal fragen… (optional: erscheint auf der Übersichtskarte)</translation>
    </message>
    <message>
        <source>Nothing logged yet. Type what happened above and press Enter.</source>
        <translation>Noch nichts notiert. Tippen Sie oben ein, was passiert ist, und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>Write what happened first, or the amount</source>
        <translation>Schreiben Sie zuerst, was passiert ist, oder den Betrag</translation>
    </message>
    <message>
        <source>Write what happened first</source>
        <translation>Schreiben Sie zuerst, was passiert ist</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Closes a promise, offers to send a greeting, or asks what happened (Alt+D)</source>
        <translation>Schließt eine Zusage ab, bietet Glückwünsche an oder fragt, was passiert ist (Alt+E)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Morgen</translation>
    </message>
    <message>
        <source>Snooze until tomorrow (Alt+T)</source>
        <translation>Auf morgen verschieben (Alt+M)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Not this time (Alt+I)</source>
        <translation>Diesmal nicht (Alt+V)</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow: {text}</source>
        <translation>Auf morgen verschoben: {text}</translation>
    </message>
    <message>
        <source>Dismissed: {text}</source>
        <translation>Verworfen: {text}</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Open Regulars</source>
        <translation>Regulars öffnen</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to remember</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <source>Snooze all until tomorrow</source>
        <translation>Alle auf morgen verschieben</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>UnsafePlaceBox</name>
    <message>
        <source>The customer book is in a {client} folder.</source>
        <translation>die Kundenkartei liegt in einem {client}-Ordner.</translation>
    </message>
    <message>
        <source>{client} copies the file while Regulars writes to it, and can put an older copy back over newer work: saved notes can be lost, and two computers using the file damage it.</source>
        <translation>{client} kopiert die Datei, während Regulars hineinschreibt, und kann eine ältere Kopie über neuere Arbeit legen: Gespeicherte Notizen können verloren gehen, und zwei Computer, die die Datei benutzen, beschädigen sie.</translation>
    </message>
    <message>
        <source>The customer book is on a network drive ({system}).</source>
        <translation>die Kundenkartei liegt auf einem Netzlaufwerk ({system}).</translation>
    </message>
    <message>
        <source>A network drive does not keep the locks that protect a database while it is written: a dropped connection or a second computer writing to it can damage it and lose saved notes.</source>
        <translation>Ein Netzlaufwerk hält die Sperren nicht zuverlässig ein, die eine Datenbank beim Schreiben schützen: Eine abgebrochene Verbindung oder ein zweiter Computer, der hineinschreibt, kann sie beschädigen, und gespeicherte Notizen gehen verloren.</translation>
    </message>
    <message>
        <source>Move it to this computer&apos;s own folder, {target}? Its backups go with it, and {folder} keeps a note saying where it went.</source>
        <translation>In den eigenen Ordner dieses Computers verschieben, {target}? Ihre Sicherungen werden mit verschoben, und in {folder} bleibt ein Hinweis, wohin sie gegangen ist.</translation>
    </message>
    <message>
        <source>Regulars cannot move it to this computer&apos;s own folder: {reason}. Keep it on one computer only, and back it up often.</source>
        <translation>Regulars kann sie nicht in den eigenen Ordner dieses Computers verschieben: {reason}. Benutzen Sie sie nur auf einem Computer, und sichern Sie sie oft.</translation>
    </message>
    <message>
        <source>&amp;Move it to this computer</source>
        <translation>Auf diesen Computer &amp;verschieben</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>&amp;Hier lassen</translation>
    </message>
    <message>
        <source>&amp;Do not ask again for this folder</source>
        <translation>Für diesen Ordner &amp;nicht mehr fragen</translation>
    </message>
    <message>
        <source>it is already this computer&apos;s data folder</source>
        <translation>Sie liegt bereits im Datenordner dieses Computers</translation>
    </message>
    <message>
        <source>{target} is not a safe place either</source>
        <translation>{target} ist auch kein sicherer Ort</translation>
    </message>
    <message>
        <source>there is already a customer book in {target}</source>
        <translation>In {target} liegt bereits eine Kundenkartei</translation>
    </message>
    <message>
        <source>there are backups of another customer book in {target}</source>
        <translation>In {target} liegen Sicherungen einer anderen Kundenkartei</translation>
    </message>
    <message>
        <source>{target} already holds files of another customer book</source>
        <translation>In {target} liegen schon Dateien einer anderen Kundenkartei</translation>
    </message>
    <message>
        <source>Regulars is already running for {target}: quit it and start again to move the customer book there.</source>
        <translation>Regulars läuft bereits für {target}: Beenden Sie es und starten Sie neu, um die Kundenkartei dorthin zu verschieben.</translation>
    </message>
    <message>
        <source>The customer book could not be moved, and stays where it was:

{error}</source>
        <translation>die Kundenkartei konnte nicht verschoben werden und bleibt, wo sie war:

{error}</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>This week: {start} – {end}</source>
        <translation>Diese Woche: {start} – {end}</translation>
    </message>
    <message>
        <source>{shown}, {more} more</source>
        <translation>{shown}, {more} weitere</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) to look after this week</source>
        <translation>
            <numerusform>%Ln Kunde, um den Sie sich diese Woche kümmern</numerusform>
            <numerusform>%Ln Kunden, um die Sie sich diese Woche kümmern</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping {name}: asked again in a year.</source>
        <translation>{name} bleibt: In einem Jahr fragt Regulars erneut.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>vor %Ln Monat</numerusform>
            <numerusform>vor %Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>vor %Ln Jahr</numerusform>
            <numerusform>vor %Ln Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %Ln day(s)</source>
        <translation>
            <numerusform>seit %Ln Tag überfällig</numerusform>
            <numerusform>seit %Ln Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{short}: no contact for %Ln day(s) (you wanted every {every} days)</source>
        <translation>
            <numerusform>{short}: seit %Ln Tag kein Kontakt (gewünscht alle {every} Tage)</numerusform>
            <numerusform>{short}: seit %Ln Tagen kein Kontakt (gewünscht alle {every} Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{short}: usually every {usual} days, last visit %Ln day(s) ago</source>
        <translation>
            <numerusform>{short}: sonst alle {usual} Tage, letzter Besuch vor %Ln Tag</numerusform>
            <numerusform>{short}: sonst alle {usual} Tage, letzter Besuch vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %Ln point(s) to redeem</source>
        <translation>
            <numerusform>nur %Ln Punkt zum Einlösen</numerusform>
            <numerusform>nur %Ln Punkte zum Einlösen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not seen for over %Ln year(s): erase or keep?</source>
        <translation>
            <numerusform>Seit über %Ln Jahr kein Kontakt: löschen oder behalten?</numerusform>
            <numerusform>Seit über %Ln Jahren kein Kontakt: löschen oder behalten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s)</source>
        <translation>
            <numerusform>%Ln Treuepunkt eingelöst</numerusform>
            <numerusform>%Ln Treuepunkte eingelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s): {note}</source>
        <translation>
            <numerusform>%Ln Treuepunkt eingelöst: {note}</numerusform>
            <numerusform>%Ln Treuepunkte eingelöst: {note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample customers go into an empty customer book only: there are already %Ln customer(s) here</source>
        <translation>
            <numerusform>Beispielkunden kommen nur in eine leere Kundenkartei: Hier ist schon %Ln Kunde</numerusform>
            <numerusform>Beispielkunden kommen nur in eine leere Kundenkartei: Hier sind schon %Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %Ln sample customer(s)</source>
        <translation>
            <numerusform>%Ln Beispielkunden hinzufügen</numerusform>
            <numerusform>%Ln Beispielkunden hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %Ln sample customer(s)</source>
        <translation>
            <numerusform>%Ln Beispielkunden entfernen</numerusform>
            <numerusform>%Ln Beispielkunden entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>snooze %Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln Erinnerung verschieben</numerusform>
            <numerusform>%Ln Erinnerungen verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dismiss %Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln Erinnerung verwerfen</numerusform>
            <numerusform>%Ln Erinnerungen verwerfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) erased since this backup were erased again</source>
        <translation>
            <numerusform>%Ln Kunde, der nach dieser Sicherung gelöscht wurde, wurde erneut gelöscht</numerusform>
            <numerusform>%Ln Kunden, die nach dieser Sicherung gelöscht wurden, wurden erneut gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newsletter consent(s) in the file were not recorded: those customers said otherwise since; record a new consent in the window</source>
        <translation>
            <numerusform>%Ln Newsletter-Einwilligung aus der Datei wurde nicht erfasst: Dieser Kunde hat sich seitdem anders geäußert; erfassen Sie in Regulars eine neue Einwilligung</numerusform>
            <numerusform>%Ln Newsletter-Einwilligungen aus der Datei wurden nicht erfasst: Diese Kunden haben sich seitdem anders geäußert; erfassen Sie in Regulars eine neue Einwilligung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What we noted (timeline, %Ln entry(s))</source>
        <translation>
            <numerusform>Was wir notiert haben (Verlauf, %Ln Eintrag)</numerusform>
            <numerusform>Was wir notiert haben (Verlauf, %Ln Einträge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Relative</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Leave out this row</source>
        <translation>Diese Zeile weglassen</translation>
    </message>
</context>
</TS>
