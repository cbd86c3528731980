<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>Add &amp;sample customers</source>
        <translation>Ajouter des clients d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Invented customers to try Regulars with, in an empty customer book</source>
        <translation>Des clients inventés pour essayer Regulars, dans un fichier clients vide</translation>
    </message>
    <message>
        <source>Remove the &amp;sample customers</source>
        <translation>Retirer les clients d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Take the invented customers away with all they brought; yours stay</source>
        <translation>Retire les clients inventés avec tout ce qu&apos;ils ont apporté ; les vôtres restent</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>From a phone&apos;s vCard file or a shop system&apos;s CSV</source>
        <translation>Depuis le fichier vCard d&apos;un téléphone ou le CSV d&apos;un logiciel de caisse</translation>
    </message>
    <message>
        <source>import customers from a vCard or CSV file</source>
        <translation>importer des clients depuis un fichier vCard ou CSV</translation>
    </message>
    <message>
        <source>All customers as &amp;CSV (Excel)…</source>
        <translation>Tous les clients en &amp;CSV (Excel)…</translation>
    </message>
    <message>
        <source>All customers as &amp;vCard (phones)…</source>
        <translation>Tous les clients en &amp;vCard (téléphones)…</translation>
    </message>
    <message>
        <source>&amp;Birthdays and anniversaries (calendar)…</source>
        <translation>&amp;Anniversaires et dates à fêter (calendrier)…</translation>
    </message>
    <message>
        <source>&amp;Mailing list (newsletter consent only)…</source>
        <translation>&amp;Liste de diffusion (consentement newsletter uniquement)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Copy everything into the backups folder</source>
        <translation>Tout copier dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>back up now</source>
        <translation>sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>quit Regulars</source>
        <translation>quitter Regulars</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>undo the last change (the Edit menu names it)</source>
        <translation>annuler la dernière modification (le menu Édition la nomme)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>redo what was undone</source>
        <translation>rétablir ce qui a été annulé</translation>
    </message>
    <message>
        <source>Undo the last &amp;import</source>
        <translation>Annuler la dernière &amp;importation</translation>
    </message>
    <message>
        <source>Restore the backup taken just before it</source>
        <translation>Restaure la sauvegarde faite juste avant</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Chercher un client</translation>
    </message>
    <message>
        <source>find a customer; Enter opens the top match, Esc clears</source>
        <translation>chercher un client ; Entrée ouvre le premier résultat, Échap efface</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s reminders</source>
        <translation>&amp;Rappels du jour</translation>
    </message>
    <message>
        <source>show or hide today&apos;s reminders</source>
        <translation>afficher ou masquer les rappels du jour</translation>
    </message>
    <message>
        <source>This &amp;week…</source>
        <translation>Cette &amp;semaine…</translation>
    </message>
    <message>
        <source>The weekly review</source>
        <translation>Le bilan de la semaine</translation>
    </message>
    <message>
        <source>the weekly review</source>
        <translation>le bilan de la semaine</translation>
    </message>
    <message>
        <source>&amp;Promises and follow-ups…</source>
        <translation>&amp;Promesses et suivis…</translation>
    </message>
    <message>
        <source>every open promise and follow-up</source>
        <translation>toutes les promesses et tous les suivis en cours</translation>
    </message>
    <message>
        <source>&amp;Stopped coming</source>
        <translation>&amp;Ne viennent plus</translation>
    </message>
    <message>
        <source>Only the regulars who stopped coming, who used to spend most first</source>
        <translation>Seulement les habitués qui ne viennent plus, ceux qui dépensaient le plus d&apos;abord</translation>
    </message>
    <message>
        <source>only the regulars who stopped coming in the list; Esc shows everyone</source>
        <translation>seulement les habitués qui ne viennent plus dans la liste ; Échap montre tout le monde</translation>
    </message>
    <message>
        <source>Pri&amp;vacy mode</source>
        <translation>Mode &amp;discret</translation>
    </message>
    <message>
        <source>Show names only: hide every other personal detail</source>
        <translation>Afficher seulement les noms : masquer toute autre donnée personnelle</translation>
    </message>
    <message>
        <source>privacy mode: names only, every other personal detail hidden</source>
        <translation>mode discret : les noms seulement, toute autre donnée personnelle masquée</translation>
    </message>
    <message>
        <source>&amp;Log interaction</source>
        <translation>&amp;Noter un échange</translation>
    </message>
    <message>
        <source>Write down what just happened</source>
        <translation>Noter ce qui vient de se passer</translation>
    </message>
    <message>
        <source>log an interaction for the open customer</source>
        <translation>noter un échange pour le client ouvert</translation>
    </message>
    <message>
        <source>&amp;Archive selected</source>
        <translation>&amp;Archiver la sélection</translation>
    </message>
    <message>
        <source>archive the selected customers (in the list)</source>
        <translation>archiver les clients sélectionnés (dans la liste)</translation>
    </message>
    <message>
        <source>&amp;Tag selected…</source>
        <translation>É&amp;tiqueter la sélection…</translation>
    </message>
    <message>
        <source>tag the selected customers</source>
        <translation>étiqueter les clients sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Remove a tag from selected…</source>
        <translation>&amp;Retirer une étiquette de la sélection…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>E&amp;xporter la sélection…</translation>
    </message>
    <message>
        <source>Redeem loyalty &amp;points…</source>
        <translation>Utiliser des &amp;points de fidélité…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Trouver les &amp;doublons…</translation>
    </message>
    <message>
        <source>Show &amp;archived customers</source>
        <translation>Affic&amp;her les clients archivés</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>these shortcuts</source>
        <translation>ces raccourcis</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>The log to send with a problem report: it holds no customer&apos;s details</source>
        <translation>Le journal à joindre à un signalement de problème : il ne contient aucune donnée client</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>À &amp;propos de Regulars</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>Une lettre</translation>
    </message>
    <message>
        <source>anywhere in the main window outside a field: starts the search with it</source>
        <translation>n&apos;importe où dans la fenêtre principale hors d&apos;un champ : lance la recherche avec elle</translation>
    </message>
    <message>
        <source>in the search box: open the top match; Down moves into the list</source>
        <translation>dans le champ de recherche : ouvrir le premier résultat ; Bas descend dans la liste</translation>
    </message>
    <message>
        <source>in the search box: clear the search; the keyboard goes back where it was</source>
        <translation>dans le champ de recherche : effacer la recherche ; le clavier revient où il était</translation>
    </message>
    <message>
        <source>while logging: visit, call, email, message, purchase, feedback, note, event</source>
        <translation>en notant : visite, appel, e-mail, message, achat, avis, note, événement</translation>
    </message>
    <message>
        <source>in the Today list, F7 and F6: done, tomorrow, dismiss</source>
        <translation>dans la liste Aujourd&apos;hui, F7 et F6 : fait, demain, ignorer</translation>
    </message>
    <message>
        <source>in the New customer form: add family or a pet</source>
        <translation>dans le formulaire Nouveau client : ajouter un proche ou un animal</translation>
    </message>
    <message>
        <source>in the timeline: delete the selected entry</source>
        <translation>dans l&apos;historique : supprimer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Regulars</source>
        <translation>Bienvenue dans Regulars</translation>
    </message>
    <message>
        <source>Remember the names, the family, the dog, the usual order and what you
promised — and see it all before you say hello.</source>
        <translation>Les prénoms, la famille, le chien, la commande habituelle et ce que vous avez
promis : tout sous les yeux avant de dire bonjour.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>Add your first customer</source>
        <translation>Ajouter votre premier client</translation>
    </message>
    <message>
        <source>Try with sample customers</source>
        <translation>Essayer avec des clients d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>GlanceCard</name>
    <message>
        <source>Photo: click to choose or remove</source>
        <translation>Photo : cliquer pour choisir ou retirer</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Archive this customer (can be undone)</source>
        <translation>Archiver ce client (peut être annulé)</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Famille et animaux</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>La dernière fois</translation>
    </message>
    <message>
        <source>Recently</source>
        <translation>Récemment</translation>
    </message>
    <message>
        <source>Ask about · promised</source>
        <translation>À demander · promis</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Aime</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Find: name, phone, email, family, pet, tag, note…  (Ctrl+F)</source>
        <translation>Chercher : nom, téléphone, e-mail, famille, animal, étiquette, note…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Show every customer again (Esc)</source>
        <translation>Afficher de nouveau tous les clients (Échap)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) among them</source>
        <translation>
            <numerusform>%Ln résultat parmi eux</numerusform>
            <numerusform>%Ln résultats parmi eux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stopped coming</source>
        <translation>
            <numerusform>%Ln ne vient plus</numerusform>
            <numerusform>%Ln ne viennent plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Where is your shop?</source>
        <translation>Où est votre boutique&#xa0;?</translation>
    </message>
    <message>
        <source>Regulars now shows dates and money as your country writes them. Is this right? You can change it later in Edit &gt; Settings.</source>
        <translation>Regulars affiche désormais les dates et les montants comme votre pays les écrit. Est-ce exact&#xa0;? Vous pourrez le changer plus tard dans Édition &gt; Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> jours à l&apos;avance</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>day/month/year (31/12/1980)</source>
        <translation>jour/mois/année (31/12/1980)</translation>
    </message>
    <message>
        <source>month/day/year (12/31/1980)</source>
        <translation>mois/jour/année (12/31/1980)</translation>
    </message>
    <message>
        <source>Start Regulars when I log in (for reminders)</source>
        <translation>Démarrer Regulars à l&apos;ouverture de session (pour les rappels)</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Me rappeler</translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation>Rappel quotidien à</translation>
    </message>
    <message>
        <source>New customers: stay in touch every</source>
        <translation>Nouveaux clients : garder le contact tous les</translation>
    </message>
    <message>
        <source>Dates in imported files</source>
        <translation>Dates des fichiers importés</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Log</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>What happened? Enter saves  (Ctrl+L from anywhere)</source>
        <translation>Que s&apos;est-il passé ? Entrée enregistre  (Ctrl+L depuis partout)</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Mécontent</translation>
    </message>
    <message>
        <source>How did they feel? Unhappy opens a follow-up to make it right</source>
        <translation>Comment l&apos;a-t-il vécu ? Mécontent ouvre un suivi pour arranger les choses</translation>
    </message>
    <message>
        <source>Ask next time… (optional: shown on the glance card)</source>
        <translation>À demander la prochaine fois… (facultatif : affiché sur la fiche)</translation>
    </message>
    <message>
        <source>Nothing logged yet. Type what happened above and press Enter.</source>
        <translation>Rien de noté pour l&apos;instant. Écrivez ce qui s&apos;est passé ci-dessus et appuyez sur Entrée.</translation>
    </message>
</context>
</TS>
