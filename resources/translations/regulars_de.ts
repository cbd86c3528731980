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
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
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
        <translation>Rückgängiggemachtes wiederholen</translation>
    </message>
    <message>
        <source>Undo the last &amp;import</source>
        <translation>Letzten &amp;Import rückgängig machen</translation>
    </message>
    <message>
        <source>Restore the backup taken just before it</source>
        <translation>Stellt die Sicherung von direkt davor wieder her</translation>
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
        <translation>die heutigen Erinnerungen zeigen oder ausblenden</translation>
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
        <translation>&amp;Zusagen und Nachfassen…</translation>
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
        <source>Redeem loyalty &amp;points…</source>
        <translation>Treue&amp;punkte einlösen…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Doppelte finden…</translation>
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
        <translation>Das Protokoll für eine Fehlermeldung: Es enthält keine Kundendaten</translation>
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
        <translation>im Suchfeld: Suche leeren; die Tastatur geht dorthin zurück, wo sie war</translation>
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
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
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
    <name>EmptyState</name>
    <message>
        <source>Welcome to Regulars</source>
        <translation>Willkommen bei Regulars</translation>
    </message>
    <message>
        <source>Remember the names, the family, the dog, the usual order and what you
promised — and see it all before you say hello.</source>
        <translation>Namen, Familie, der Hund, die übliche Bestellung und was Sie versprochen haben:
alles im Blick, bevor Sie Hallo sagen.</translation>
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
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Ask about · promised</source>
        <translation>Nachfragen · versprochen</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Mag</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Find: name, phone, email, family, pet, tag, note…  (Ctrl+F)</source>
        <translation>Suchen: Name, Telefon, E-Mail, Familie, Haustier, Schlagwort, Notiz…  (Strg+F)</translation>
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
    <name>PlaceDialog</name>
    <message>
        <source>Where is your shop?</source>
        <translation>Wo ist Ihr Geschäft?</translation>
    </message>
    <message>
        <source>Regulars now shows dates and money as your country writes them. Is this right? You can change it later in Edit &gt; Settings.</source>
        <translation>Regulars zeigt Datum und Beträge jetzt so, wie Ihr Land sie schreibt. Stimmt das? Sie können es später unter Bearbeiten &gt; Einstellungen ändern.</translation>
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
        <translation>Datum in importierten Dateien</translation>
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
        <translation>Nächstes Mal fragen… (optional: steht auf der Kundenkarte)</translation>
    </message>
    <message>
        <source>Nothing logged yet. Type what happened above and press Enter.</source>
        <translation>Noch nichts notiert. Oben eintippen, was passiert ist, und Enter drücken.</translation>
    </message>
</context>
</TS>
