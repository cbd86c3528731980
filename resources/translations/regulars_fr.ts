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
        <translation>Retirer les clients inventés et tout ce qui s&apos;y rattache&#xa0;; les vôtres restent</translation>
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
        <translation>&amp;Liste de diffusion (abonnés à la newsletter)…</translation>
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
        <source>Copy the customer book to a ser&amp;ver…</source>
        <translation>Copier le fichier clients sur un ser&amp;veur…</translation>
    </message>
    <message>
        <source>For a shop with more than one counter: into an empty database on a PostgreSQL server</source>
        <translation>Pour une boutique à plusieurs comptoirs : dans une base de données vide sur un serveur PostgreSQL</translation>
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
        <translation>Restaurer la sauvegarde faite juste avant</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Chercher un client</translation>
    </message>
    <message>
        <source>find a customer; Enter opens the top match, Esc clears</source>
        <translation>chercher un client&#xa0;; Entrée ouvre le premier résultat, Échap efface</translation>
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
        <translation>Seulement les habitués qui ne viennent plus, en commençant par ceux qui dépensaient le plus</translation>
    </message>
    <message>
        <source>only the regulars who stopped coming in the list; Esc shows everyone</source>
        <translation>dans la liste, seulement les habitués qui ne viennent plus&#xa0;; Échap affiche tout le monde</translation>
    </message>
    <message>
        <source>Pri&amp;vacy mode</source>
        <translation>Mode &amp;discret</translation>
    </message>
    <message>
        <source>Show names only: hide every other personal detail</source>
        <translation>Afficher seulement les noms&#xa0;: masquer toute autre donnée personnelle</translation>
    </message>
    <message>
        <source>privacy mode: names only, every other personal detail hidden</source>
        <translation>mode discret&#xa0;: les noms seulement, toute autre donnée personnelle masquée</translation>
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
        <source>Export T&amp;his Customer&apos;s Data…</source>
        <translation>Exporter &amp;les données de ce client…</translation>
    </message>
    <message>
        <source>Everything kept about the open customer, in one file for them</source>
        <translation>Tout ce qui est conservé sur le client ouvert, dans un fichier à lui remettre</translation>
    </message>
    <message>
        <source>&amp;Erase This Customer…</source>
        <translation>&amp;Effacer ce client…</translation>
    </message>
    <message>
        <source>Delete everything about the open customer for good, as they may ask</source>
        <translation>Effacer définitivement tout ce qui concerne le client ouvert, comme il peut le demander</translation>
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
        <translation>Le journal à joindre à un signalement de problème&#xa0;: il ne contient aucune donnée client</translation>
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
        <translation>n&apos;importe où dans la fenêtre principale hors d&apos;un champ&#xa0;: lance la recherche avec elle</translation>
    </message>
    <message>
        <source>in the search box: open the top match; Down moves into the list</source>
        <translation>dans le champ de recherche&#xa0;: ouvrir le premier résultat&#xa0;; Bas descend dans la liste</translation>
    </message>
    <message>
        <source>in the search box: clear the search; the keyboard goes back where it was</source>
        <translation>dans le champ de recherche&#xa0;: effacer la recherche&#xa0;; le clavier revient où il était</translation>
    </message>
    <message>
        <source>while logging: visit, call, email, message, purchase, feedback, note, event</source>
        <translation>en notant&#xa0;: visite, appel, e-mail, message, achat, avis, note, événement</translation>
    </message>
    <message>
        <source>in the Today list, F7 and F6: done, tomorrow, dismiss</source>
        <translation>dans la liste Aujourd&apos;hui, F7 et F6&#xa0;: fait, demain, ignorer</translation>
    </message>
    <message>
        <source>Alt+D, Alt+T, Alt+I</source>
        <translation>Alt+T, Alt+M, Alt+G</translation>
    </message>
    <message>
        <source>in the New customer form: add family or a pet</source>
        <translation>dans le formulaire Nouveau client&#xa0;: ajouter un proche ou un animal</translation>
    </message>
    <message>
        <source>in the timeline: delete the selected entry</source>
        <translation>dans l&apos;historique&#xa0;: supprimer l&apos;entrée sélectionnée</translation>
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
        <translation>Surnom</translation>
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
        <translation>Étiquettes</translation>
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
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>+ Phone</source>
        <translation>+ Téléphone</translation>
    </message>
    <message>
        <source>+ Email</source>
        <translation>+ E-mail</translation>
    </message>
    <message>
        <source>+ Address</source>
        <translation>+ Adresse</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>website</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>pseudo</translation>
    </message>
    <message>
        <source>birthday of a family member or pet who was left out; left out too</source>
        <translation>anniversaire d&apos;un proche ou d&apos;un animal laissé de côté&#xa0;; laissé de côté aussi</translation>
    </message>
    <message>
        <source>anniversary of a family member or pet who was left out; left out too</source>
        <translation>anniversaire de mariage d&apos;un proche ou d&apos;un animal laissé de côté&#xa0;; laissé de côté aussi</translation>
    </message>
    <message>
        <source>other of a family member or pet who was left out; left out too</source>
        <translation>autre date d&apos;un proche ou d&apos;un animal laissé de côté&#xa0;; laissée de côté aussi</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>import annulé&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}&#xa0;; laissé de côté</translation>
    </message>
    <message>
        <source>note of {length:,} characters is longer than {limit:,}; the rest was left out</source>
        <translation>note de {length} caractères, plus longue que {limit}&#xa0;; le reste a été laissé de côté</translation>
    </message>
    <message>
        <source>family member or pet</source>
        <translation>proche ou animal</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
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
    <message>
        <source>{chosen} is the database itself (or one of its working files); choose another file</source>
        <translation>{chosen} est la base de données elle-même (ou l&apos;un de ses fichiers de travail)&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>{chosen} is in the backups folder ({kept}); choose a file outside it</source>
        <translation>{chosen} se trouve dans le dossier des sauvegardes ({kept})&#xa0;; choisissez un fichier ailleurs</translation>
    </message>
    <message>
        <source>no customer with id {id}</source>
        <translation>aucun client avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>no contact point with id {id}</source>
        <translation>aucune coordonnée avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>no family member or pet with id {id}</source>
        <translation>aucun proche ni animal avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>no date with id {id}</source>
        <translation>aucune date avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>no timeline entry with id {id}</source>
        <translation>aucune entrée de l&apos;historique avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>no follow-up with id {id}</source>
        <translation>aucun suivi avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>the phone is empty</source>
        <translation>le téléphone est vide</translation>
    </message>
    <message>
        <source>the email is empty</source>
        <translation>l&apos;e-mail est vide</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <source>the handle is empty</source>
        <translation>le pseudo est vide</translation>
    </message>
    <message>
        <source>the fax is empty</source>
        <translation>le numéro de fax est vide</translation>
    </message>
    <message>
        <source>the website is empty</source>
        <translation>l&apos;adresse web est vide</translation>
    </message>
    <message>
        <source>{value} does not look like a phone number</source>
        <translation>{value} ne ressemble pas à un numéro de téléphone</translation>
    </message>
    <message>
        <source>{value} does not look like a fax number</source>
        <translation>{value} ne ressemble pas à un numéro de fax</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>surnom</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>about</source>
        <translation>note</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>customer {id} was erased on {day}</source>
        <translation>le client {id} a été effacé le {day}</translation>
    </message>
    <message>
        <source>{field} was removed at another counter</source>
        <translation>{field} a été supprimé à un autre comptoir</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>le champ «&#xa0;{field}&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>{field} contains a NUL character</source>
        <translation>le champ «&#xa0;{field}&#xa0;» contient un caractère NUL</translation>
    </message>
    <message>
        <source>{field} contains a line break or another control character</source>
        <translation>le champ «&#xa0;{field}&#xa0;» contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>le champ «&#xa0;{field}&#xa0;» dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>unknown customer field(s): {fields}</source>
        <translation>champs client inconnus&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>preferred channel must be one of: {channels}</source>
        <translation>le canal préféré doit être l&apos;un de ceux-ci&#xa0;: {channels}</translation>
    </message>
    <message>
        <source>stay in touch must be a number of days from 1 to 3650</source>
        <translation>«&#xa0;garder le contact&#xa0;» doit être un nombre de jours de 1 à 3650</translation>
    </message>
    <message>
        <source>a customer needs a first name, a last name or a company</source>
        <translation>un client doit avoir un prénom, un nom ou une entreprise</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>{name}&apos;s {field} was changed at another counter while you were editing it</source>
        <translation>{field} de {name} a été modifié à un autre comptoir pendant que vous le modifiiez</translation>
    </message>
    <message>
        <source>the photo is too large; use a thumbnail under 512 KB</source>
        <translation>la photo est trop grande&#xa0;; utilisez une miniature de moins de 512&#xa0;Ko</translation>
    </message>
    <message>
        <source>the photo must be a PNG or JPEG image</source>
        <translation>la photo doit être une image PNG ou JPEG</translation>
    </message>
    <message>
        <source>tag {tag}… is longer than {limit} characters</source>
        <translation>l&apos;étiquette {tag}… dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>contact kind must be one of: {kinds}</source>
        <translation>le type de coordonnée doit être l&apos;un de ceux-ci&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>{value} does not look like an email address</source>
        <translation>{value} ne ressemble pas à une adresse e-mail</translation>
    </message>
    <message>
        <source>{value} does not look like a web address</source>
        <translation>{value} ne ressemble pas à une adresse web</translation>
    </message>
    <message>
        <source>a family member or pet needs a name</source>
        <translation>un proche ou un animal doit avoir un nom</translation>
    </message>
    <message>
        <source>say who they are: partner, child, grandchild, parent, sibling, friend, or the animal (dog, cat…)</source>
        <translation>dites qui c&apos;est&#xa0;: partenaire, enfant, petit-enfant, parent, frère, sœur, ami ou l&apos;animal (chien, chat…)</translation>
    </message>
    <message>
        <source>date kind must be one of: {kinds}</source>
        <translation>le type de date doit être l&apos;un de ceux-ci&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>that family member or pet does not belong to this customer</source>
        <translation>ce proche ou cet animal n&apos;appartient pas à ce client</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{what} {day} is not between {earliest} and {latest}</source>
        <translation>{what} ({day}) ne tombe pas entre {earliest} et {latest}</translation>
    </message>
    <message>
        <source>{days} days from {start} is not between {earliest} and {latest}</source>
        <translation>{start} plus {days} jours ne tombe pas entre {earliest} et {latest}</translation>
    </message>
    <message>
        <source>month {month} does not exist (use 1-12)</source>
        <translation>le mois {month} n&apos;existe pas (utilisez 1 à 12)</translation>
    </message>
    <message>
        <source>{month} has no day {day}</source>
        <translation>il n&apos;y a pas de {day} {month}</translation>
    </message>
    <message>
        <source>year {year} is not between {first} and {last}</source>
        <translation>l&apos;année {year} n&apos;est pas entre {first} et {last}</translation>
    </message>
    <message>
        <source>29 February {year} does not exist ({year} is not a leap year)</source>
        <translation>le 29 février {year} n&apos;existe pas ({year} n&apos;est pas une année bissextile)</translation>
    </message>
    <message>
        <source>{text} is not a date; write YYYY-MM-DD, or MM-DD without a year</source>
        <translation>{text} n&apos;est pas une date&#xa0;; écrivez AAAA-MM-JJ, ou MM-JJ sans année</translation>
    </message>
    <message>
        <source>{text} is not a date that exists; write YYYY-MM-DD</source>
        <translation>{text} n&apos;est pas une date qui existe&#xa0;; écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{text} is not a date and time; write YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>{text} n&apos;est pas une date avec heure&#xa0;; écrivez AAAA-MM-JJ ou AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <source>{text} is outside the calendar in this time zone</source>
        <translation>{text} est hors du calendrier dans ce fuseau horaire</translation>
    </message>
    <message>
        <source>{text} is not a date Regulars can read</source>
        <translation>{text} n&apos;est pas une date que Regulars sait lire</translation>
    </message>
    <message>
        <source>There are no sample customers to remove</source>
        <translation>Il n&apos;y a pas de clients d&apos;exemple à retirer</translation>
    </message>
    <message>
        <source>same email: {key}</source>
        <translation>même e-mail&#xa0;: {key}</translation>
    </message>
    <message>
        <source>same phone: {key}</source>
        <translation>même téléphone&#xa0;: {key}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>a customer cannot be merged with themselves</source>
        <translation>un client ne peut pas être fusionné avec lui-même</translation>
    </message>
    <message>
        <source>the customer to merge in is archived; restore them first</source>
        <translation>le client à fusionner est archivé&#xa0;; restaurez-le d&apos;abord</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promis</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>À demander</translation>
    </message>
    <message>
        <source>Done: {text}</source>
        <translation>Fait&#xa0;: {text}</translation>
    </message>
    <message>
        <source>follow-up kind must be one of: {kinds}</source>
        <translation>le type de suivi doit être l&apos;un de ceux-ci&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>a follow-up needs some text</source>
        <translation>un suivi doit contenir du texte</translation>
    </message>
    <message>
        <source>a follow-up is plain text of at most {limit} characters</source>
        <translation>un suivi est un texte simple d&apos;au plus {limit} caractères</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>l&apos;échéance</translation>
    </message>
    <message>
        <source>Greeting prepared by email: {greeting}</source>
        <translation>Vœux préparés par e-mail&#xa0;: {greeting}</translation>
    </message>
    <message>
        <source>Greeting prepared by text message: {greeting}</source>
        <translation>Vœux préparés par SMS&#xa0;: {greeting}</translation>
    </message>
    <message>
        <source>Greeting copied to send: {greeting}</source>
        <translation>Vœux copiés pour l&apos;envoi&#xa0;: {greeting}</translation>
    </message>
    <message>
        <source>Happy birthday, {relative}!</source>
        <translation>Joyeux anniversaire, {relative}&#xa0;!</translation>
    </message>
    <message>
        <source>Hi {name}, please wish {relative} a happy birthday from all of us!</source>
        <translation>Bonjour {name}, souhaitez un joyeux anniversaire à {relative} de notre part à tous&#xa0;!</translation>
    </message>
    <message>
        <source>Happy anniversary, {relative}!</source>
        <translation>Joyeux anniversaire de mariage, {relative}&#xa0;!</translation>
    </message>
    <message>
        <source>Hi {name}, please wish {relative} a happy anniversary from all of us!</source>
        <translation>Bonjour {name}, souhaitez un joyeux anniversaire de mariage à {relative} de notre part à tous&#xa0;!</translation>
    </message>
    <message>
        <source>Happy anniversary!</source>
        <translation>Joyeux anniversaire de mariage&#xa0;!</translation>
    </message>
    <message>
        <source>Happy anniversary, {who}! Warm wishes from all of us.</source>
        <translation>Joyeux anniversaire de mariage, {who}&#xa0;! Toutes nos amitiés.</translation>
    </message>
    <message>
        <source>{name} and {partner}</source>
        <translation>{name} et {partner}</translation>
    </message>
    <message>
        <source>Happy birthday!</source>
        <translation>Joyeux anniversaire&#xa0;!</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! Warm wishes from all of us.</source>
        <translation>Joyeux anniversaire, {name}&#xa0;! Toutes nos amitiés.</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>amount {text} is not a number</source>
        <translation>le montant {text} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>amount {text} is out of range</source>
        <translation>le montant {text} est hors limites</translation>
    </message>
    <message>
        <source>amount {text} has more than two decimals</source>
        <translation>le montant {text} a plus de deux décimales</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>petit-enfant</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>frère/sœur</translation>
    </message>
    <message>
        <source>pet</source>
        <translation>animal</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>ami(e)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <source>{relative}&apos;s birthday, {short}&apos;s {noun}</source>
        <translation>{short}&#xa0;: anniversaire — {relative}, {noun}</translation>
    </message>
    <message>
        <source>{relative}&apos;s anniversary, {short}&apos;s {noun}</source>
        <translation>{short}&#xa0;: anniversaire de mariage — {relative}, {noun}</translation>
    </message>
    <message>
        <source>{relative}&apos;s day, {short}&apos;s {noun}</source>
        <translation>{short}&#xa0;: date importante — {relative}, {noun}</translation>
    </message>
    <message>
        <source>{short}&apos;s birthday</source>
        <translation>{short}&#xa0;: anniversaire</translation>
    </message>
    <message>
        <source>{short}&apos;s anniversary</source>
        <translation>{short}&#xa0;: anniversaire de mariage</translation>
    </message>
    <message>
        <source>{short}: {label}</source>
        <translation>{short}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>an important date</source>
        <translation>une date importante</translation>
    </message>
    <message>
        <source>turns {years}</source>
        <translation>fête ses {years} ans</translation>
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
        <translation>{short} — Promis&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{short} — Ask: {text}</source>
        <translation>{short} — À demander&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{short} — To do: {text}</source>
        <translation>{short} — À faire&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{short}: not in touch yet (you wanted every {every} days)</source>
        <translation>{short}&#xa0;: pas encore de contact (souhaité tous les {every} jours)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Today: nothing to remember</source>
        <translation>Aujourd&apos;hui&#xa0;: rien à retenir</translation>
    </message>
    <message>
        <source>Today: nothing due</source>
        <translation>Aujourd&apos;hui&#xa0;: rien à faire</translation>
    </message>
    <message>
        <source>Today: {now:,}</source>
        <translation>Aujourd&apos;hui&#xa0;: {now}</translation>
    </message>
    <message>
        <source>{today}, and {later:,} this week</source>
        <translation>{today}, et {later} cette semaine</translation>
    </message>
    <message>
        <source>{today} · {suggested:,} to get in touch</source>
        <translation>{today} · {suggested} à recontacter</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>le premier jour</translation>
    </message>
    <message>
        <source>Called to keep in touch</source>
        <translation>Appel pour garder le contact</translation>
    </message>
    <message>
        <source>Sent a message to keep in touch</source>
        <translation>Message envoyé pour garder le contact</translation>
    </message>
    <message>
        <source>Saw them</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Sent wishes: {occasion}</source>
        <translation>Vœux envoyés ({occasion})</translation>
    </message>
    <message>
        <source>say what happened: one of {outcomes}</source>
        <translation>dites ce qui s&apos;est passé ({outcomes})</translation>
    </message>
    <message>
        <source>Got in touch (reminder)</source>
        <translation>Contact repris (rappel)</translation>
    </message>
    <message>
        <source>Got in touch: we missed you ({short} usually comes every {usual} days; last visit {away} days ago)</source>
        <translation>Contact repris&#xa0;: vous nous avez manqué ({short} vient d&apos;habitude tous les {usual} jours&#xa0;; dernière visite il y a {away} jours)</translation>
    </message>
    <message>
        <source>a whole number of days, 0-365</source>
        <translation>un nombre entier de jours, de 0 à 365</translation>
    </message>
    <message>
        <source>a time of day as HH:MM</source>
        <translation>une heure au format HH:MM</translation>
    </message>
    <message>
        <source>empty, or a whole number of days</source>
        <translation>vide, ou un nombre entier de jours</translation>
    </message>
    <message>
        <source>a two-letter country code such as GB</source>
        <translation>un code pays de deux lettres comme GB</translation>
    </message>
    <message>
        <source>a two-letter country code such as DE</source>
        <translation>un code pays de deux lettres comme DE</translation>
    </message>
    <message>
        <source>a three-letter currency code such as EUR, or empty</source>
        <translation>un code de devise de trois lettres comme EUR, ou vide</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>l&apos;une de ces valeurs&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number of loyalty points per unit of currency (0 turns points off)</source>
        <translation>un nombre de points de fidélité par unité de devise (0 désactive les points)</translation>
    </message>
    <message>
        <source>dmy (31/12/2026) or mdy (12/31/2026)</source>
        <translation>dmy (31/12/2026) ou mdy (12/31/2026)</translation>
    </message>
    <message>
        <source>empty or 0 (off), or a whole number of years, 1-50</source>
        <translation>vide ou 0 (désactivé), ou un nombre entier d&apos;années, de 1 à 50</translation>
    </message>
    <message>
        <source>setting {key} must be {meaning}, not {value}</source>
        <translation>le paramètre {key} doit être {meaning}, pas {value}</translation>
    </message>
    <message>
        <source>there is no setting called {key}</source>
        <translation>il n&apos;y a pas de paramètre nommé {key}</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>Make it right: {text}</source>
        <translation>Arranger les choses&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Loyalty points carried over</source>
        <translation>Points de fidélité reportés</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>une note doit contenir du texte</translation>
    </message>
    <message>
        <source>a feedback needs some text</source>
        <translation>un avis doit contenir du texte</translation>
    </message>
    <message>
        <source>kind must be one of: {kinds}</source>
        <translation>le type doit être l&apos;un de ceux-ci&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>the text contains a NUL character</source>
        <translation>le texte contient un caractère NUL</translation>
    </message>
    <message>
        <source>the text is longer than a million characters</source>
        <translation>le texte dépasse un million de caractères</translation>
    </message>
    <message>
        <source>only a purchase has an amount</source>
        <translation>seul un achat a un montant</translation>
    </message>
    <message>
        <source>sentiment must be -1 (negative), 0 (neutral) or 1 (positive)</source>
        <translation>le ressenti doit être -1 (négatif), 0 (neutre) ou 1 (positif)</translation>
    </message>
    <message>
        <source>only feedback has a sentiment</source>
        <translation>seul un avis a un ressenti</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>le jour</translation>
    </message>
    <message>
        <source>{at:%Y-%m-%d %H:%M} is in the future</source>
        <translation>{at} est dans le futur</translation>
    </message>
    <message>
        <source>the question to ask is plain text of at most 2000 characters</source>
        <translation>la question à poser est un texte simple d&apos;au plus 2000 caractères</translation>
    </message>
    <message>
        <source>points to redeem must be a whole number above zero</source>
        <translation>les points à utiliser doivent être un nombre entier supérieur à zéro</translation>
    </message>
    <message>
        <source>Top spenders this week</source>
        <translation>Meilleurs clients de la semaine</translation>
    </message>
    <message>
        <source>New this week</source>
        <translation>Nouveaux cette semaine</translation>
    </message>
    <message>
        <source>Top ten over the last twelve months</source>
        <translation>Les dix meilleurs des douze derniers mois</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries in the next seven days</source>
        <translation>Anniversaires des sept prochains jours</translation>
    </message>
    <message>
        <source>Overdue promises and people to get in touch with</source>
        <translation>Promesses en retard et clients à recontacter</translation>
    </message>
    <message>
        <source>Regulars who have not been in for a while</source>
        <translation>Habitués qui ne sont pas venus depuis un moment</translation>
    </message>
    <message>
        <source>Not seen for years: erase or keep?</source>
        <translation>Pas vus depuis des années&#xa0;: effacer ou garder&#xa0;?</translation>
    </message>
    <message>
        <source>Thank-you call</source>
        <translation>Appel de remerciement</translation>
    </message>
    <message>
        <source>Thank-you call: a top customer this week</source>
        <translation>Appel de remerciement&#xa0;: un de nos meilleurs clients de la semaine</translation>
    </message>
    <message>
        <source>Welcome note</source>
        <translation>Mot de bienvenue</translation>
    </message>
    <message>
        <source>Welcome note to a new customer</source>
        <translation>Mot de bienvenue à un nouveau client</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Mot de remerciement</translation>
    </message>
    <message>
        <source>Thank-you note: one of our top ten</source>
        <translation>Mot de remerciement&#xa0;: l&apos;un de nos dix meilleurs clients</translation>
    </message>
    <message>
        <source>Card sent</source>
        <translation>Carte envoyée</translation>
    </message>
    <message>
        <source>Sent a card ({occasion})</source>
        <translation>Carte envoyée ({occasion})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Get in touch</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>spent {amount:,.2f} this week</source>
        <translation>a dépensé {amount} cette semaine</translation>
    </message>
    <message>
        <source>spent {amount:,.2f} in twelve months</source>
        <translation>a dépensé {amount} en douze mois</translation>
    </message>
    <message>
        <source>first here {day:%a %d %b}</source>
        <translation>première visite le {day}</translation>
    </message>
    <message>
        <source>last contact {day:%d %b %Y}</source>
        <translation>dernier contact le {day:%d %b %Y}</translation>
    </message>
    <message>
        <source>added {day:%d %b %Y}, no contact since</source>
        <translation>ajouté le {day:%d %b %Y}, aucun contact depuis</translation>
    </message>
    <message>
        <source>the week&apos;s last day</source>
        <translation>le dernier jour de la semaine</translation>
    </message>
    <message>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>pas un fichier texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>not readable as CSV: {error}</source>
        <translation>illisible en CSV&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the line is {length:,} characters long; not a contact list</source>
        <translation>la ligne fait {length} caractères&#xa0;; ce n&apos;est pas une liste de contacts</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the first line has no column headers</source>
        <translation>la première ligne n&apos;a pas d&apos;en-têtes de colonnes</translation>
    </message>
    <message>
        <source>--map {column}={target}: {quoted} is not one of: {fields}</source>
        <translation>--map {column}={target}&#xa0;: {quoted} n&apos;est pas l&apos;un de ceux-ci&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>--map {column}={target}: there is no column {quoted}; the columns are: {columns}</source>
        <translation>--map {column}={target}&#xa0;: il n&apos;y a pas de colonne {quoted}&#xa0;; les colonnes sont&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colonne {number}</translation>
    </message>
    <message>
        <source>{what}: a value of {length:,} characters is too long and was left out</source>
        <translation>{what}&#xa0;: une valeur de {length} caractères est trop longue et a été laissée de côté</translation>
    </message>
    <message>
        <source>{what}: {value} is not a number of days</source>
        <translation>{what}&#xa0;: {value} n&apos;est pas un nombre de jours</translation>
    </message>
    <message>
        <source>no name: a customer needs a first name, last name or company</source>
        <translation>pas de nom&#xa0;: un client doit avoir un prénom, un nom ou une entreprise</translation>
    </message>
    <message>
        <source>Regulars is already running for this data folder.</source>
        <translation>Regulars est déjà ouvert pour ce dossier de données.</translation>
    </message>
    <message>
        <source>Regulars cannot change its data:

{error}</source>
        <translation>Regulars ne peut pas modifier ses données&#xa0;:

{error}</translation>
    </message>
    <message>
        <source>Regulars could not open its data:

{error}</source>
        <translation>Regulars n&apos;a pas pu ouvrir ses données&#xa0;:

{error}</translation>
    </message>
    <message>
        <source>The customer book at {where} needs a password. Password:</source>
        <translation>Le fichier clients à {where} demande un mot de passe. Mot de passe :</translation>
    </message>
    <message>
        <source>The server at {where} did not accept that password. Password:</source>
        <translation>Le serveur à {where} n&apos;a pas accepté ce mot de passe. Mot de passe :</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be made: {reason}</source>
        <translation>Le dossier des données {folder} ne peut pas être créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to.</source>
        <translation>Le dossier des données {folder} n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>avant restauration</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>avant importation</translation>
    </message>
    <message>
        <source>before upgrade v{version}</source>
        <translation>avant mise à jour v{version}</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Edit phone</source>
        <translation>Modifier le téléphone</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>Modifier l&apos;e-mail</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation>Modifier l&apos;adresse</translation>
    </message>
    <message>
        <source>Add handle</source>
        <translation>Ajouter un pseudo</translation>
    </message>
    <message>
        <source>Edit handle</source>
        <translation>Modifier le pseudo</translation>
    </message>
    <message>
        <source>Add fax</source>
        <translation>Ajouter un fax</translation>
    </message>
    <message>
        <source>Edit fax</source>
        <translation>Modifier le fax</translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation>Ajouter une adresse web</translation>
    </message>
    <message>
        <source>Edit web address</source>
        <translation>Modifier l&apos;adresse web</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>a note, if any</source>
        <translation>une note, si besoin</translation>
    </message>
    <message>
        <source>golden retriever, tabby…</source>
        <translation>golden retriever, tigré…</translation>
    </message>
    <message>
        <source>dog, cat, rabbit…</source>
        <translation>chien, chat, lapin…</translation>
    </message>
    <message>
        <source>12 Harbour Street, Porthaven</source>
        <translation>12 rue du Port, Villeneuve</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Messaged</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Logged a call with {name}: “{text}”.</source>
        <translation>Appel noté pour {name}&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Logged a message with {name}: “{text}”.</source>
        <translation>Message noté pour {name}&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Logged a visit with {name}: “{text}”.</source>
        <translation>Visite notée pour {name}&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Logged an email with {name}: “{text}”.</source>
        <translation>E-mail noté pour {name}&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Logged a note for {name}: “{text}”.</source>
        <translation>Note ajoutée pour {name}&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Logged for {name}: “{text}”.</source>
        <translation>Noté pour {name}&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing logged; the reminder is done.</source>
        <translation>Rien n&apos;a été noté&#xa0;; le rappel est marqué comme fait.</translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation>Abandonner votre saisie&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Privacy on: only names are shown. F8 shows the rest.</source>
        <translation>Mode discret&#xa0;: seuls les noms sont affichés. F8 affiche le reste.</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <source>Just mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>The greeting is copied: paste it into your message to {name}.</source>
        <translation>Les vœux sont copiés&#xa0;: collez-les dans votre message à {name}.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>vCard for phones (*.vcf)</source>
        <translation>vCard pour téléphones (*.vcf)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Mailing list CSV (*.csv)</source>
        <translation>Liste de diffusion CSV (*.csv)</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>clients.csv</translation>
    </message>
    <message>
        <source>customers.vcf</source>
        <translation>clients.vcf</translation>
    </message>
    <message>
        <source>customer-dates.ics</source>
        <translation>dates-clients.ics</translation>
    </message>
    <message>
        <source>mailing-list.csv</source>
        <translation>liste-de-diffusion.csv</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importé —</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <source>{title} (record {id}, merged into this one)</source>
        <translation>{title} (fiche {id}, fusionnée avec celle-ci)</translation>
    </message>
    <message>
        <source>Who you are to us</source>
        <translation>Qui vous êtes pour nous</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>À votre sujet</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Spent in all</source>
        <translation>Dépensé au total</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Points de fidélité</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Comment vous joindre</translation>
    </message>
    <message>
        <source>{kind} ({label})</source>
        <translation>{kind} ({label})</translation>
    </message>
    <message>
        <source>Preferred way</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Get in touch every (days)</source>
        <translation>Reprendre contact tous les (jours)</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Famille et animaux</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>Promises and things to ask</source>
        <translation>Promesses et questions à vous poser</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>No word on the newsletter is recorded: you get none.</source>
        <translation>Aucune réponse de votre part sur la newsletter n&apos;est enregistrée&#xa0;: vous ne la recevez pas.</translation>
    </message>
    <message>
        <source>{person}&apos;s {date}</source>
        <translation>{date} ({person})</translation>
    </message>
    <message>
        <source>no photo is kept</source>
        <translation>aucune photo n&apos;est conservée</translation>
    </message>
    <message>
        <source>a photo is kept ({bytes} bytes, {type})</source>
        <translation>une photo est conservée ({bytes} octets, {type})</translation>
    </message>
    <message>
        <source>What else is kept</source>
        <translation>Ce qui est conservé d&apos;autre</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>{state} until {until}</source>
        <translation>{state} jusqu&apos;au {until}</translation>
    </message>
    <message>
        <source>Reminder {key}</source>
        <translation>Rappel {key}</translation>
    </message>
    <message>
        <source>{state} (noted {noted})</source>
        <translation>{state} (noté le {noted})</translation>
    </message>
    <message>
        <source>Record: {name}</source>
        <translation>Fiche&#xa0;: {name}</translation>
    </message>
    <message>
        <source>What Regulars keeps about {name}</source>
        <translation>Ce que Regulars conserve sur {name}</translation>
    </message>
    <message>
        <source>Everything the shop keeps about you in its customer book, as of {at}.</source>
        <translation>Tout ce que la boutique conserve sur vous dans son fichier clients, au {at}.</translation>
    </message>
    <message>
        <source>The same data for a computer to read is inside this file too.</source>
        <translation>Les mêmes données, lisibles par un ordinateur, se trouvent aussi dans ce fichier.</translation>
    </message>
    <message>
        <source>your photo</source>
        <translation>votre photo</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Chat handle</source>
        <translation>Pseudo de messagerie</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Mois de naissance</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Jour de naissance</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Membre de la famille</translation>
    </message>
    <message>
        <source>Family (as Regulars writes it)</source>
        <translation>Famille (telle que Regulars l&apos;écrit)</translation>
    </message>
    <message>
        <source>Other date</source>
        <translation>Autre date</translation>
    </message>
    <message>
        <source>Notes, preferences</source>
        <translation>Notes, préférences</translation>
    </message>
    <message>
        <source>Newsletter consent</source>
        <translation>Consentement newsletter</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Stay in touch (days)</source>
        <translation>Garder le contact (jours)</translation>
    </message>
    <message>
        <source>Logged a visit for {name}.</source>
        <translation>Visite notée pour {name}.</translation>
    </message>
    <message>
        <source>Logged a call for {name}.</source>
        <translation>Appel noté pour {name}.</translation>
    </message>
    <message>
        <source>Logged an email for {name}.</source>
        <translation>E-mail noté pour {name}.</translation>
    </message>
    <message>
        <source>Logged a message for {name}.</source>
        <translation>Message noté pour {name}.</translation>
    </message>
    <message>
        <source>Logged a purchase for {name}.</source>
        <translation>Achat noté pour {name}.</translation>
    </message>
    <message>
        <source>Logged feedback for {name}.</source>
        <translation>Avis noté pour {name}.</translation>
    </message>
    <message>
        <source>Logged a note for {name}.</source>
        <translation>Note ajoutée pour {name}.</translation>
    </message>
    <message>
        <source>Logged an event for {name}.</source>
        <translation>Événement noté pour {name}.</translation>
    </message>
    <message>
        <source>Deleted the visit from the timeline.</source>
        <translation>Visite supprimée de l&apos;historique.</translation>
    </message>
    <message>
        <source>Deleted the call from the timeline.</source>
        <translation>Appel supprimé de l&apos;historique.</translation>
    </message>
    <message>
        <source>Deleted the email from the timeline.</source>
        <translation>E-mail supprimé de l&apos;historique.</translation>
    </message>
    <message>
        <source>Deleted the message from the timeline.</source>
        <translation>Message supprimé de l&apos;historique.</translation>
    </message>
    <message>
        <source>Deleted the purchase from the timeline.</source>
        <translation>Achat supprimé de l&apos;historique.</translation>
    </message>
    <message>
        <source>Deleted the feedback from the timeline.</source>
        <translation>Avis supprimé de l&apos;historique.</translation>
    </message>
    <message>
        <source>Deleted the note from the timeline.</source>
        <translation>Note supprimée de l&apos;historique.</translation>
    </message>
    <message>
        <source>Deleted the event from the timeline.</source>
        <translation>Événement supprimé de l&apos;historique.</translation>
    </message>
    <message>
        <source>Deleted the entry from the timeline.</source>
        <translation>Entrée supprimée de l&apos;historique.</translation>
    </message>
    <message>
        <source>The timeline</source>
        <translation>L&apos;historique</translation>
    </message>
    <message>
        <source>The details</source>
        <translation>Les détails</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Ce qui a été promis</translation>
    </message>
    <message>
        <source>{what} are hidden (privacy on). F8 shows them.</source>
        <translation>{what}&#xa0;: invisibles en mode discret. F8 pour tout afficher.</translation>
    </message>
    <message>
        <source>{what} is hidden (privacy on). F8 shows it.</source>
        <translation>{what}&#xa0;: invisible en mode discret. F8 pour tout afficher.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Fai&amp;t</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message>
        <source>Saving… (another program is writing to the customer book)</source>
        <translation>Enregistrement… (un autre programme écrit dans le fichier clients)</translation>
    </message>
    <message>
        <source>Not saved: another program has been writing to the customer book for a minute; nothing was saved — try again.</source>
        <translation>Non enregistré&#xa0;: un autre programme écrit dans le fichier clients depuis une minute&#xa0;; rien n&apos;a été enregistré — réessayez.</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir&#xa0;: {what}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the data folder cannot be written to (read-only)</source>
        <translation>le dossier des données n&apos;est pas accessible en écriture (lecture seule)</translation>
    </message>
    <message>
        <source>the database is busy in another program; try again</source>
        <translation>la base de données est occupée par un autre programme&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Everything saved before is safe.</source>
        <translation>Non enregistré&#xa0;: {reason}. Tout ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}) and nothing was changed. The details are in the log: Help &gt; Open the log folder.</source>
        <translation>Un problème est survenu ({error}) et rien n&apos;a été modifié. Les détails sont dans le journal&#xa0;: Aide &gt; Ouvrir le dossier du journal.</translation>
    </message>
    <message>
        <source>no column for a name (first name, last name, name or company), an email or a phone; the columns are: {columns}</source>
        <translation>aucune colonne pour un nom (prénom, nom de famille, nom ou entreprise), un e-mail ou un téléphone&#xa0;; les colonnes sont&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>--map applies to CSV files only</source>
        <translation>--map ne s&apos;applique qu&apos;aux fichiers CSV</translation>
    </message>
    <message>
        <source>{path}, line {line}: {message}</source>
        <translation>{path}, ligne {line}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{path}: {message}</source>
        <translation>{path}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}&#xa0;; {then}</translation>
    </message>
    <message>
        <source>the file is UTF-16 text but is cut short or damaged</source>
        <translation>le fichier est du texte UTF-16, mais il est tronqué ou endommagé</translation>
    </message>
    <message>
        <source>the file is {size:,} MB; a contact list is never that big (at most {limit} MB), so it is not read</source>
        <translation>le fichier fait {size}&#xa0;Mo&#xa0;; une liste de contacts n&apos;est jamais aussi grande (au plus {limit}&#xa0;Mo), il n&apos;est donc pas lu</translation>
    </message>
    <message>
        <source>{what}: {value} is neither yes, no nor a date; no newsletter consent was recorded</source>
        <translation>{what}&#xa0;: {value} n&apos;est ni oui, ni non, ni une date&#xa0;; aucun consentement newsletter enregistré</translation>
    </message>
    <message>
        <source>photo could not be read (its data is cut short or damaged) and was left out</source>
        <translation>la photo était illisible (ses données sont tronquées ou endommagées) et a été laissée de côté</translation>
    </message>
    <message>
        <source>{what}: {problem}; kept in the note</source>
        <translation>{what}&#xa0;: {problem}&#xa0;; gardé dans la note</translation>
    </message>
    <message>
        <source>photo of {size:,} characters is larger than the program keeps and was left out</source>
        <translation>photo de {size} caractères, plus grande que ce que le programme conserve, laissée de côté</translation>
    </message>
    <message>
        <source>{what} of {size:,} characters is larger than the program keeps and was left out</source>
        <translation>{what} de {size} caractères, plus grand que ce que le programme conserve, laissé de côté</translation>
    </message>
    <message>
        <source>not a vCard (it does not start with BEGIN:VCARD)</source>
        <translation>pas une vCard (elle ne commence pas par BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>not a valid vCard: {error}</source>
        <translation>vCard non valide&#xa0;: {error}</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>client {id}</translation>
    </message>
    <message>
        <source>add {name}</source>
        <translation>ajouter {name}</translation>
    </message>
    <message>
        <source>add a customer</source>
        <translation>ajouter un client</translation>
    </message>
    <message>
        <source>edit first name of {name}</source>
        <translation>modifier le prénom ({name})</translation>
    </message>
    <message>
        <source>edit last name of {name}</source>
        <translation>modifier le nom ({name})</translation>
    </message>
    <message>
        <source>edit goes-by name of {name}</source>
        <translation>modifier le surnom ({name})</translation>
    </message>
    <message>
        <source>edit company of {name}</source>
        <translation>modifier l&apos;entreprise ({name})</translation>
    </message>
    <message>
        <source>edit job title of {name}</source>
        <translation>modifier la fonction ({name})</translation>
    </message>
    <message>
        <source>edit role of {name}</source>
        <translation>modifier le rôle ({name})</translation>
    </message>
    <message>
        <source>edit preferences of {name}</source>
        <translation>modifier les préférences ({name})</translation>
    </message>
    <message>
        <source>edit the preferred way to reach {name}</source>
        <translation>modifier le canal préféré ({name})</translation>
    </message>
    <message>
        <source>edit how often to keep in touch with {name}</source>
        <translation>modifier la fréquence de contact ({name})</translation>
    </message>
    <message>
        <source>edit newsletter consent of {name}</source>
        <translation>modifier le consentement newsletter ({name})</translation>
    </message>
    <message>
        <source>edit details of {name}</source>
        <translation>modifier la fiche ({name})</translation>
    </message>
    <message>
        <source>archive {who}</source>
        <translation>archiver {who}</translation>
    </message>
    <message>
        <source>bring back {who}</source>
        <translation>restaurer {who}</translation>
    </message>
    <message>
        <source>erase {name}</source>
        <translation>effacer {name}</translation>
    </message>
    <message>
        <source>record the newsletter consent of {name}</source>
        <translation>noter le consentement newsletter ({name})</translation>
    </message>
    <message>
        <source>record that {name} withdrew newsletter consent</source>
        <translation>noter le retrait du consentement newsletter ({name})</translation>
    </message>
    <message>
        <source>remove the photo of {name}</source>
        <translation>retirer la photo ({name})</translation>
    </message>
    <message>
        <source>set the photo of {name}</source>
        <translation>choisir la photo ({name})</translation>
    </message>
    <message>
        <source>edit the tags of {name}</source>
        <translation>modifier les étiquettes ({name})</translation>
    </message>
    <message>
        <source>tag {who}</source>
        <translation>étiqueter {who}</translation>
    </message>
    <message>
        <source>remove a tag from {who}</source>
        <translation>retirer une étiquette à {who}</translation>
    </message>
    <message>
        <source>add a phone number to {name}</source>
        <translation>ajouter un téléphone à {name}</translation>
    </message>
    <message>
        <source>add an email address to {name}</source>
        <translation>ajouter un e-mail à {name}</translation>
    </message>
    <message>
        <source>add an address to {name}</source>
        <translation>ajouter une adresse à {name}</translation>
    </message>
    <message>
        <source>add a handle to {name}</source>
        <translation>ajouter un pseudo à {name}</translation>
    </message>
    <message>
        <source>add a fax number to {name}</source>
        <translation>ajouter un fax à {name}</translation>
    </message>
    <message>
        <source>add a website to {name}</source>
        <translation>ajouter un site web à {name}</translation>
    </message>
    <message>
        <source>add a contact to {name}</source>
        <translation>ajouter un contact à {name}</translation>
    </message>
    <message>
        <source>edit a contact of {name}</source>
        <translation>modifier un contact ({name})</translation>
    </message>
    <message>
        <source>remove a contact of {name}</source>
        <translation>retirer un contact ({name})</translation>
    </message>
    <message>
        <source>add a pet to {name}</source>
        <translation>ajouter un animal à {name}</translation>
    </message>
    <message>
        <source>add family to {name}</source>
        <translation>ajouter un proche à {name}</translation>
    </message>
    <message>
        <source>edit family of {name}</source>
        <translation>modifier un proche ({name})</translation>
    </message>
    <message>
        <source>remove family of {name}</source>
        <translation>retirer un proche ({name})</translation>
    </message>
    <message>
        <source>add a date to {name}</source>
        <translation>ajouter une date à {name}</translation>
    </message>
    <message>
        <source>edit a date of {name}</source>
        <translation>modifier une date ({name})</translation>
    </message>
    <message>
        <source>remove a date of {name}</source>
        <translation>retirer une date ({name})</translation>
    </message>
    <message>
        <source>merge {other} into {name}</source>
        <translation>fusionner {other} avec {name}</translation>
    </message>
    <message>
        <source>log visit for {name}</source>
        <translation>noter une visite pour {name}</translation>
    </message>
    <message>
        <source>log call for {name}</source>
        <translation>noter un appel pour {name}</translation>
    </message>
    <message>
        <source>log email for {name}</source>
        <translation>noter un e-mail pour {name}</translation>
    </message>
    <message>
        <source>log message for {name}</source>
        <translation>noter un message pour {name}</translation>
    </message>
    <message>
        <source>log purchase for {name}</source>
        <translation>noter un achat pour {name}</translation>
    </message>
    <message>
        <source>log feedback for {name}</source>
        <translation>noter un avis pour {name}</translation>
    </message>
    <message>
        <source>log note for {name}</source>
        <translation>noter une note pour {name}</translation>
    </message>
    <message>
        <source>log event for {name}</source>
        <translation>noter un événement pour {name}</translation>
    </message>
    <message>
        <source>log an entry for {name}</source>
        <translation>noter une entrée pour {name}</translation>
    </message>
    <message>
        <source>edit visit of {name}</source>
        <translation>modifier la visite ({name})</translation>
    </message>
    <message>
        <source>edit call of {name}</source>
        <translation>modifier l&apos;appel ({name})</translation>
    </message>
    <message>
        <source>edit email of {name}</source>
        <translation>modifier l&apos;e-mail ({name})</translation>
    </message>
    <message>
        <source>edit message of {name}</source>
        <translation>modifier le message ({name})</translation>
    </message>
    <message>
        <source>edit purchase of {name}</source>
        <translation>modifier l&apos;achat ({name})</translation>
    </message>
    <message>
        <source>edit feedback of {name}</source>
        <translation>modifier l&apos;avis ({name})</translation>
    </message>
    <message>
        <source>edit note of {name}</source>
        <translation>modifier la note ({name})</translation>
    </message>
    <message>
        <source>edit event of {name}</source>
        <translation>modifier l&apos;événement ({name})</translation>
    </message>
    <message>
        <source>edit an entry of {name}</source>
        <translation>modifier une entrée ({name})</translation>
    </message>
    <message>
        <source>delete visit of {name}</source>
        <translation>supprimer la visite ({name})</translation>
    </message>
    <message>
        <source>delete call of {name}</source>
        <translation>supprimer l&apos;appel ({name})</translation>
    </message>
    <message>
        <source>delete email of {name}</source>
        <translation>supprimer l&apos;e-mail ({name})</translation>
    </message>
    <message>
        <source>delete message of {name}</source>
        <translation>supprimer le message ({name})</translation>
    </message>
    <message>
        <source>delete purchase of {name}</source>
        <translation>supprimer l&apos;achat ({name})</translation>
    </message>
    <message>
        <source>delete feedback of {name}</source>
        <translation>supprimer l&apos;avis ({name})</translation>
    </message>
    <message>
        <source>delete note of {name}</source>
        <translation>supprimer la note ({name})</translation>
    </message>
    <message>
        <source>delete event of {name}</source>
        <translation>supprimer l&apos;événement ({name})</translation>
    </message>
    <message>
        <source>delete an entry of {name}</source>
        <translation>supprimer une entrée ({name})</translation>
    </message>
    <message>
        <source>pin visit of {name}</source>
        <translation>épingler la visite ({name})</translation>
    </message>
    <message>
        <source>pin call of {name}</source>
        <translation>épingler l&apos;appel ({name})</translation>
    </message>
    <message>
        <source>pin email of {name}</source>
        <translation>épingler l&apos;e-mail ({name})</translation>
    </message>
    <message>
        <source>pin message of {name}</source>
        <translation>épingler le message ({name})</translation>
    </message>
    <message>
        <source>pin purchase of {name}</source>
        <translation>épingler l&apos;achat ({name})</translation>
    </message>
    <message>
        <source>pin feedback of {name}</source>
        <translation>épingler l&apos;avis ({name})</translation>
    </message>
    <message>
        <source>pin note of {name}</source>
        <translation>épingler la note ({name})</translation>
    </message>
    <message>
        <source>pin event of {name}</source>
        <translation>épingler l&apos;événement ({name})</translation>
    </message>
    <message>
        <source>pin an entry of {name}</source>
        <translation>épingler une entrée ({name})</translation>
    </message>
    <message>
        <source>unpin visit of {name}</source>
        <translation>désépingler la visite ({name})</translation>
    </message>
    <message>
        <source>unpin call of {name}</source>
        <translation>désépingler l&apos;appel ({name})</translation>
    </message>
    <message>
        <source>unpin email of {name}</source>
        <translation>désépingler l&apos;e-mail ({name})</translation>
    </message>
    <message>
        <source>unpin message of {name}</source>
        <translation>désépingler le message ({name})</translation>
    </message>
    <message>
        <source>unpin purchase of {name}</source>
        <translation>désépingler l&apos;achat ({name})</translation>
    </message>
    <message>
        <source>unpin feedback of {name}</source>
        <translation>désépingler l&apos;avis ({name})</translation>
    </message>
    <message>
        <source>unpin note of {name}</source>
        <translation>désépingler la note ({name})</translation>
    </message>
    <message>
        <source>unpin event of {name}</source>
        <translation>désépingler l&apos;événement ({name})</translation>
    </message>
    <message>
        <source>unpin an entry of {name}</source>
        <translation>désépingler une entrée ({name})</translation>
    </message>
    <message>
        <source>redeem points of {name}</source>
        <translation>utiliser des points de fidélité ({name})</translation>
    </message>
    <message>
        <source>add a promise for {name}</source>
        <translation>noter une promesse pour {name}</translation>
    </message>
    <message>
        <source>add a task for {name}</source>
        <translation>noter une tâche pour {name}</translation>
    </message>
    <message>
        <source>add something to ask {name}</source>
        <translation>noter une question pour {name}</translation>
    </message>
    <message>
        <source>add a follow-up for {name}</source>
        <translation>ajouter un suivi pour {name}</translation>
    </message>
    <message>
        <source>close a promise of {name}</source>
        <translation>clore une promesse ({name})</translation>
    </message>
    <message>
        <source>thank-you call to {name}</source>
        <translation>appel de remerciement à {name}</translation>
    </message>
    <message>
        <source>welcome note to {name}</source>
        <translation>mot de bienvenue à {name}</translation>
    </message>
    <message>
        <source>thank-you note to {name}</source>
        <translation>mot de remerciement à {name}</translation>
    </message>
    <message>
        <source>card sent to {name}</source>
        <translation>carte envoyée à {name}</translation>
    </message>
    <message>
        <source>done: follow-up for {name}</source>
        <translation>terminer le suivi ({name})</translation>
    </message>
    <message>
        <source>got in touch with {name}</source>
        <translation>contact repris avec {name}</translation>
    </message>
    <message>
        <source>keep {name} for another year</source>
        <translation>garder {name} un an de plus</translation>
    </message>
    <message>
        <source>{action}: {name}</source>
        <translation>{action}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>done: birthday reminder for {name}</source>
        <translation>terminer le rappel d&apos;anniversaire ({name})</translation>
    </message>
    <message>
        <source>done: anniversary reminder for {name}</source>
        <translation>terminer le rappel d&apos;anniversaire de mariage ({name})</translation>
    </message>
    <message>
        <source>done: date reminder for {name}</source>
        <translation>terminer le rappel de date ({name})</translation>
    </message>
    <message>
        <source>done: keeping in touch with {name}</source>
        <translation>terminer le rappel de contact ({name})</translation>
    </message>
    <message>
        <source>done: getting in touch with {name}</source>
        <translation>terminer la reprise de contact ({name})</translation>
    </message>
    <message>
        <source>done: reminder for {name}</source>
        <translation>terminer un rappel ({name})</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>change where the shop is</source>
        <translation>modifier l&apos;emplacement de la boutique</translation>
    </message>
    <message>
        <source>“{title}” cannot be undone: another program has changed the same record since; nothing was changed</source>
        <translation>«&#xa0;{title}&#xa0;» ne peut pas être annulé&#xa0;: un autre programme a modifié la même fiche depuis&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>on a signed form</source>
        <translation>sur un formulaire signé</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>imported from {source}</source>
        <translation>importé depuis {source}</translation>
    </message>
    <message>
        <source>recorded before consent had a history</source>
        <translation>noté avant l&apos;historique des consentements</translation>
    </message>
    <message>
        <source>Newsletter consent given ({how})</source>
        <translation>Consentement newsletter donné ({how})</translation>
    </message>
    <message>
        <source>Newsletter consent withdrawn ({how})</source>
        <translation>Consentement newsletter retiré ({how})</translation>
    </message>
    <message>
        <source>how consent was given must be one of: {hows}</source>
        <translation>le mode de consentement doit être l&apos;un de ceux-ci&#xa0;: {hows}</translation>
    </message>
    <message>
        <source>an imported consent needs the name of its file</source>
        <translation>un consentement importé doit indiquer le nom de son fichier</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .html, .json or .txt</source>
        <translation>{path}&#xa0;: donnez un nom de fichier se terminant par .html, .json ou .txt</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>&amp;En personne</translation>
    </message>
    <message>
        <source>On a &amp;signed form</source>
        <translation>Sur un formulaire &amp;signé</translation>
    </message>
    <message>
        <source>By &amp;email</source>
        <translation>&amp;Par e-mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>the server at {where} asks for a password: put it in {file} as host:port:database:user:password (readable by you only), or in the PGPASSWORD environment variable</source>
        <translation>le serveur {where} demande un mot de passe : mettez-le dans {file} sous la forme host:port:database:user:password (lisible par vous seul), ou dans la variable d’environnement PGPASSWORD</translation>
    </message>
    <message>
        <source>the server at {where} did not accept the password for this user: check the one in {file} or PGPASSWORD</source>
        <translation>le serveur {where} n’a pas accepté le mot de passe de cet utilisateur : vérifiez celui de {file} ou de PGPASSWORD</translation>
    </message>
    <message>
        <source>the server at {where} has no {said}: create it first</source>
        <translation>le serveur {where} n’a pas de {said} : créez-la d’abord</translation>
    </message>
    <message>
        <source>the server at {where} cannot be used: {said}</source>
        <translation>le serveur {where} ne peut pas être utilisé : {said}</translation>
    </message>
    <message>
        <source>{address} is not the address of a server&apos;s customer book: write it like postgresql://user@host/database</source>
        <translation>{address} n’est pas l’adresse d’un fichier clients sur un serveur : écrivez-la comme postgresql://utilisateur@hote/base</translation>
    </message>
    <message>
        <source>the database at {where} holds tables of another program, not a customer book: give Regulars an empty database of its own</source>
        <translation>la base de données à {where} contient les tables d’un autre programme, pas un fichier clients : donnez à Regulars une base de données vide, rien qu’à lui</translation>
    </message>
    <message>
        <source>the server book at {url} already holds customers; a copy goes only into an empty book (create a new database for it)</source>
        <translation>le fichier clients du serveur {url} contient déjà des clients ; une copie ne va que dans un fichier vide (créez une nouvelle base de données pour elle)</translation>
    </message>
    <message>
        <source>there is no customer book on the server at {url}</source>
        <translation>il n’y a pas de fichier clients sur le serveur {url}</translation>
    </message>
    <message>
        <source>the customer book in {folder} already holds customers; a copy goes only into an empty book (choose another folder with --data-dir)</source>
        <translation>le fichier clients de {folder} contient déjà des clients ; une copie ne va que dans un fichier vide (choisissez un autre dossier avec --data-dir)</translation>
    </message>
    <message>
        <source>the server book at {url} was written by a newer Regulars (version {version}); update Regulars first</source>
        <translation>le fichier clients du serveur {url} a été écrit par une version plus récente de Regulars (version {version}) ; mettez d’abord Regulars à jour</translation>
    </message>
    <message>
        <source>the server book at {url} was written by an older Regulars (version {version}); open it with that one first</source>
        <translation>le fichier clients du serveur {url} a été écrit par une version plus ancienne de Regulars (version {version}) ; ouvrez-le d’abord avec celle-ci</translation>
    </message>
    <message>
        <source>a counter&apos;s name cannot hold control characters</source>
        <translation>le nom d’un comptoir ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>a counter&apos;s name is at most {most} characters, not {length}</source>
        <translation>le nom d’un comptoir a au plus {most} caractères, pas {length}</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l&apos;utilisateur</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} manque</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
</context>
<context>
    <name>BirthdayFields</name>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year, if known</source>
        <translation>année, si connue</translation>
    </message>
    <message>
        <source>type the day of the birthday</source>
        <translation>saisissez le jour de l&apos;anniversaire</translation>
    </message>
    <message>
        <source>choose the month of the birthday</source>
        <translation>choisissez le mois de l&apos;anniversaire</translation>
    </message>
</context>
<context>
    <name>BookPlaceDialog</name>
    <message>
        <source>Customer Book</source>
        <translation>Fichier clients</translation>
    </message>
    <message>
        <source>On this &amp;computer (one counter)</source>
        <translation>Sur cet &amp;ordinateur (un comptoir)</translation>
    </message>
    <message>
        <source>On a &amp;server (every counter of the shop)</source>
        <translation>Sur un &amp;serveur (tous les comptoirs de la boutique)</translation>
    </message>
    <message>
        <source>empty: the one kept, or ~/.pgpass</source>
        <translation>vide : celui gardé, ou ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Encrypted connection (TLS)</source>
        <translation>Connexion &amp;chiffrée (TLS)</translation>
    </message>
    <message>
        <source>Regulars opens the customer book there at its next start. Copy a book to a new server first with File &gt; Copy the customer book to a server.</source>
        <translation>Regulars ouvre le fichier clients à cet endroit au prochain démarrage. Copiez d&apos;abord un fichier vers un nouveau serveur avec Fichier &gt; Copier le fichier clients vers un serveur.</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;veur</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Base de &amp;données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>The customer book is on this computer from the next start.</source>
        <translation>Le fichier clients est sur cet ordinateur à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>The customer book is on {server} from the next start. This computer has no keyring to keep the password: put it in ~/.pgpass, or type it when Regulars asks.</source>
        <translation>Le fichier clients est sur {server} à partir du prochain démarrage. Cet ordinateur n&apos;a pas de trousseau pour garder le mot de passe : mettez-le dans ~/.pgpass, ou tapez-le quand Regulars le demande.</translation>
    </message>
    <message>
        <source>The customer book is on {server} from the next start.</source>
        <translation>Le fichier clients est sur {server} à partir du prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Adding sample customers…</source>
        <translation>Ajout des clients d&apos;exemple…</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln sample customer(s): File &gt; Remove the sample customers takes them away again</source>
        <translation>
            <numerusform>%Ln client d&apos;exemple ajouté&#xa0;: Fichier &gt; Retirer les clients d&apos;exemple le retire</numerusform>
            <numerusform>%Ln clients d&apos;exemple ajoutés&#xa0;: Fichier &gt; Retirer les clients d&apos;exemple les retire</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no sample customers to remove</source>
        <translation>Il n&apos;y a pas de clients d&apos;exemple à retirer</translation>
    </message>
    <message>
        <source>Remove the sample customers</source>
        <translation>Retirer les clients d&apos;exemple</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln sample customer(s)?</source>
        <translation>
            <numerusform>Retirer le %Ln client d&apos;exemple&#xa0;?</numerusform>
            <numerusform>Retirer les %Ln clients d&apos;exemple&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their timelines, family, dates, tags, follow-ups and reminders go with them. Customers you added yourself stay. Edit &gt; Undo brings the samples back.</source>
        <translation>Leur historique, leur famille, leurs dates, étiquettes, suivis et rappels partent avec eux. Les clients que vous avez ajoutés vous-même restent. Édition &gt; Annuler fait revenir les exemples.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln sample customer(s)</source>
        <translation>
            <numerusform>Retirer %Ln client d&apos;exemple</numerusform>
            <numerusform>Retirer %Ln clients d&apos;exemple</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln sample customer(s).</source>
        <translation>
            <numerusform>%Ln client d&apos;exemple retiré.</numerusform>
            <numerusform>%Ln clients d&apos;exemple retirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln customer(s) to {path}</source>
        <translation>
            <numerusform>%Ln client sauvegardé dans {path}</numerusform>
            <numerusform>%Ln clients sauvegardés dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln customer(s) to {where}, every row checked</source>
        <translation>
            <numerusform>%Ln client copié sur {where}, chaque ligne vérifiée</numerusform>
            <numerusform>%Ln clients copiés sur {where}, chaque ligne vérifiée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client restauré</numerusform>
            <numerusform>%Ln clients restaurés</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is damaged: some of it cannot be read.</source>
        <translation>La base de données est endommagée&#xa0;: une partie ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Restore a good backup now. What is there now is backed up first, so the restore can be undone.</source>
        <translation>Restaurez maintenant une sauvegarde saine. L&apos;état actuel est d&apos;abord sauvegardé, pour que la restauration puisse être annulée.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Choisir une sauvegarde…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>{key} brings the list back.</source>
        <translation>{key} fait revenir la liste.</translation>
    </message>
    <message>
        <source>{heading}. First: {first}. See the Today list.</source>
        <translation>{heading}. En premier&#xa0;: {first}. Voir la liste Aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Open a customer first (Ctrl+F to find one)</source>
        <translation>Ouvrez d&apos;abord un client (Ctrl+F pour en chercher un)</translation>
    </message>
    <message>
        <source>Archived {whom}.</source>
        <translation>Archivé&#xa0;: {whom}.</translation>
    </message>
    <message>
        <source>Select customers in the list first</source>
        <translation>Sélectionnez d&apos;abord des clients dans la liste</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>Étiqueter des clients</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln customer(s):</source>
        <translation>
            <numerusform>Étiquette pour %Ln client&#xa0;:</numerusform>
            <numerusform>Étiquette pour %Ln clients&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s) {tags}</source>
        <translation>
            <numerusform>%Ln client étiqueté&#xa0;: {tags}</numerusform>
            <numerusform>%Ln clients étiquetés&#xa0;: {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client étiqueté</numerusform>
            <numerusform>%Ln clients étiquetés</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected customers have no tags</source>
        <translation>Les clients sélectionnés n&apos;ont pas d&apos;étiquette</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Étiquette à retirer&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Removed {tag} from %Ln customer(s)</source>
        <translation>
            <numerusform>Étiquette {tag} retirée de %Ln client</numerusform>
            <numerusform>Étiquette {tag} retirée de %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed a tag from %Ln customer(s)</source>
        <translation>
            <numerusform>Étiquette retirée de %Ln client</numerusform>
            <numerusform>Étiquette retirée de %Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a customer first</source>
        <translation>Ouvrez d&apos;abord un client</translation>
    </message>
    <message>
        <source>{name} has no points to redeem</source>
        <translation>{name} n&apos;a pas de points à utiliser</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>Utiliser des points</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln point(s). Redeem:</source>
        <translation>
            <numerusform>{name} a %Ln point. À utiliser&#xa0;:</numerusform>
            <numerusform>{name} a %Ln points. À utiliser&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Points to redeem for {name}:</source>
        <translation>Points à utiliser pour {name}&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s) for {name}</source>
        <translation>
            <numerusform>%Ln point utilisé pour {name}</numerusform>
            <numerusform>%Ln points utilisés pour {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeemed points for {name}</source>
        <translation>Points utilisés pour {name}</translation>
    </message>
    <message>
        <source>Merged into {name}.</source>
        <translation>Fusionné avec {name}.</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version}&lt;br&gt;Remember your customers.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {version}&lt;br&gt;Souvenez-vous de vos clients.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>At the other counter: {theirs}
Yours: {mine}</source>
        <translation>À l&apos;autre comptoir : {theirs}
Le vôtre : {mine}</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder l&apos;autre</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Newsletter consent</source>
        <translation>Consentement newsletter</translation>
    </message>
    <message>
        <source>How did they agree to the newsletter?</source>
        <translation>Comment le client a-t-il accepté la newsletter&#xa0;?</translation>
    </message>
    <message>
        <source>How did they withdraw their consent?</source>
        <translation>Comment le client a-t-il retiré son consentement&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>mobile, work, home…</source>
        <translation>mobile, travail, domicile…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
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
    <name>CustomerTableModel</name>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Edit date</source>
        <translation>Modifier la date</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Ajouter une date</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>wedding, shop opening…</source>
        <translation>mariage, ouverture de la boutique…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De qui</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Keep the first, move everything of the second onto it</source>
        <translation>Garder le premier et y reporter tout ce qui appartient au second</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <source>Customers who share an email, a phone number or their whole name. Merging keeps the first and archives the second.</source>
        <translation>Des clients qui partagent un e-mail, un numéro de téléphone ou leur nom complet. La fusion garde le premier et archive le second.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely duplicate(s)</source>
        <translation>
            <numerusform>%Ln doublon probable</numerusform>
            <numerusform>%Ln doublons probables</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message>
        <source>Keep  {kept}
Merge {merged}
({reason})</source>
        <translation>Garder&#xa0;: {kept}
Fusionner&#xa0;: {merged}
({reason})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeline entry(s)</source>
        <translation>
            <numerusform>%Ln entrée d&apos;historique</numerusform>
            <numerusform>%Ln entrées d&apos;historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Fusionner des clients</translation>
    </message>
    <message>
        <source>Merge {other} into {kept}?

Timeline, family, dates, tags, phone numbers and emails are combined, and {other} is archived. Edit &gt; Undo reverses it.</source>
        <translation>Fusionner {other} dans {kept}&#xa0;?

L&apos;historique, la famille, les dates, les étiquettes, les numéros de téléphone et les e-mails sont regroupés, et {other} est archivé. Édition &gt; Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>ElidedLine</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln autre</numerusform>
            <numerusform>+%Ln autres</numerusform>
        </translation>
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
promis&#xa0;: tout sous les yeux avant de dire bonjour.</translation>
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
    <name>EntryDelegate</name>
    <message>
        <source>to make right</source>
        <translation>à arranger</translation>
    </message>
    <message>
        <source>made right ✓</source>
        <translation>arrangé ✓</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln point</numerusform>
            <numerusform>+%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-%Ln point(s)</source>
        <translation>
            <numerusform>-%Ln point</numerusform>
            <numerusform>-%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit timeline entry</source>
        <translation>Modifier une entrée de l&apos;historique</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>EraseQuestion</name>
    <message>
        <source>Erase This Customer</source>
        <translation>Effacer ce client</translation>
    </message>
    <message>
        <source>Erase {name} for good?</source>
        <translation>Effacer définitivement {name}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>• the records merged into them (%Ln)</source>
        <translation>
            <numerusform>• la fiche fusionnée avec la leur (%Ln)</numerusform>
            <numerusform>• les fiches fusionnées avec la leur (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything kept about them goes now:</source>
        <translation>Tout ce qui est conservé sur ce client est effacé maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>• the customer, with their contact points</source>
        <translation>• le client, avec ses coordonnées</translation>
    </message>
    <message>
        <source>• their family and pets, and their dates</source>
        <translation>• ses proches et ses animaux, et ses dates</translation>
    </message>
    <message numerus="yes">
        <source>• every entry of their timeline (%Ln)</source>
        <translation>
            <numerusform>• chaque entrée de son historique (%Ln)</numerusform>
            <numerusform>• toutes les entrées de son historique (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>• their follow-ups and promises</source>
        <translation>• ses suivis et ses promesses</translation>
    </message>
    <message>
        <source>• the tags only they have</source>
        <translation>• les étiquettes que lui seul possède</translation>
    </message>
    <message>
        <source>• what was done with their reminders</source>
        <translation>• ce qui a été fait de ses rappels</translation>
    </message>
    <message>
        <source>• their photo, and their rows in the search</source>
        <translation>• sa photo, et ses entrées dans la recherche</translation>
    </message>
    <message>
        <source>This cannot be undone. Their earlier changes leave the Undo list. One line stays in the erasure register: a number and the date, no name.</source>
        <translation>C&apos;est définitif&#xa0;: ni cet effacement ni les modifications déjà faites sur ce client ne pourront être annulés. Une ligne reste dans le registre des effacements&#xa0;: un numéro et la date, sans nom.</translation>
    </message>
    <message>
        <source>Backups made before keep them until the backup rotation removes them; restoring one of those erases them again.</source>
        <translation>Les sauvegardes antérieures le contiennent encore jusqu&apos;à leur suppression automatique&#xa0;; si vous en restaurez une, il est de nouveau effacé.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Open a customer first</source>
        <translation>Ouvrez d&apos;abord un client</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>Customer erased. Line {number} of the erasure register.</source>
        <translation>Client effacé. Ligne {number} du registre des effacements.</translation>
    </message>
</context>
<context>
    <name>FamilyRows</name>
    <message>
        <source>+ &amp;Add family or pet</source>
        <translation>+ &amp;Ajouter un proche ou un animal</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A vCard file (.vcf) from a phone or address book, or a CSV file from a shop system or spreadsheet.</source>
        <translation>Un fichier vCard (.vcf) d&apos;un téléphone ou d&apos;un carnet d&apos;adresses, ou un fichier CSV d&apos;un logiciel de caisse ou d&apos;un tableur.</translation>
    </message>
    <message>
        <source>/home/…/contacts.vcf</source>
        <translation>/home/…/contacts.vcf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt)</source>
        <translation>Contacts (*.vcf *.vcard *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>GlanceCard</name>
    <message>
        <source>Photo: click to choose or remove</source>
        <translation>Photo&#xa0;: cliquer pour choisir ou retirer</translation>
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
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visite</numerusform>
            <numerusform>%Ln visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>spent {amount}</source>
        <translation>dépensé {amount}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>promised, overdue: {promise}</source>
        <translation>promis, en retard&#xa0;: {promise}</translation>
    </message>
    <message>
        <source>promised: {promise}</source>
        <translation>promis&#xa0;: {promise}</translation>
    </message>
    <message>
        <source>Today: {items}</source>
        <translation>Aujourd&apos;hui&#xa0;: {items}</translation>
    </message>
    <message>
        <source>no family or pets noted</source>
        <translation>aucun proche ni animal noté</translation>
    </message>
    <message>
        <source>nothing logged yet</source>
        <translation>rien de noté pour l&apos;instant</translation>
    </message>
    <message>
        <source>{when}: {kind}</source>
        <translation>{when}&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>À demander&#xa0;:</translation>
    </message>
    <message>
        <source>(due {day})</source>
        <translation>(échéance {day})</translation>
    </message>
    <message>
        <source>(by {day})</source>
        <translation>(d&apos;ici le {day})</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>Promis&#xa0;:</translation>
    </message>
    <message>
        <source>nothing to ask or do</source>
        <translation>rien à demander ni à faire</translation>
    </message>
    <message>
        <source>nothing noted yet</source>
        <translation>rien d&apos;indiqué pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last visit {when}</source>
        <translation>Dernière visite {when}</translation>
    </message>
    <message>
        <source>Bought {when}: {what}</source>
        <translation>Acheté {when}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Last contact {when}</source>
        <translation>Dernier contact {when}</translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>{occasion}: send a message?</source>
        <translation>{occasion} — envoyer un message&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Open a customer first</source>
        <translation>Ouvrez d&apos;abord un client</translation>
    </message>
    <message>
        <source>Export This Customer&apos;s Data</source>
        <translation>Exporter les données de ce client</translation>
    </message>
    <message>
        <source>Page to read, with the data inside (*.html *.htm)</source>
        <translation>Page à lire, avec les données incluses (*.html *.htm)</translation>
    </message>
    <message>
        <source>Data for programs (*.json)</source>
        <translation>Données pour logiciels (*.json)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>{name} - data.html</source>
        <translation>{name} - données.html</translation>
    </message>
    <message>
        <source>Everything kept about this customer is in {path}</source>
        <translation>Tout ce qui est conservé sur ce client se trouve dans {path}</translation>
    </message>
    <message>
        <source>Select customers in the list first</source>
        <translation>Sélectionnez d&apos;abord des clients dans la liste</translation>
    </message>
    <message>
        <source>Undo the last &amp;import</source>
        <translation>Annuler la dernière &amp;importation</translation>
    </message>
    <message numerus="yes">
        <source>Undo the last &amp;import (removes %Ln customer(s))</source>
        <translation>
            <numerusform>Annuler la dernière &amp;importation (retire %Ln client)</numerusform>
            <numerusform>Annuler la dernière &amp;importation (retire %Ln clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Something has been written since the last import: restore its backup from File &gt; Restore from a backup</source>
        <translation>Des modifications ont été enregistrées depuis la dernière importation&#xa0;: restaurez sa sauvegarde par Fichier &gt; Restaurer une sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>The import is undone: %Ln customer(s) as before it.</source>
        <translation>
            <numerusform>L&apos;importation est annulée&#xa0;: %Ln client, comme avant.</numerusform>
            <numerusform>L&apos;importation est annulée&#xa0;: %Ln clients, comme avant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>There is no file there.</source>
        <translation>Il n&apos;y a pas de fichier à cet endroit.</translation>
    </message>
    <message numerus="yes">
        <source>A vCard file with %Ln card(s).</source>
        <translation>
            <numerusform>Un fichier vCard de %Ln fiche.</numerusform>
            <numerusform>Un fichier vCard de %Ln fiches.</numerusform>
        </translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>A CSV file with {rows} and {columns} ({encoding}, separated by {delimiter}).</source>
        <translation>Un fichier CSV de {rows} et {columns} ({encoding}, séparé par {delimiter}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported: {error}</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Choose which column holds the name (first name, last name, full name or company), an email or a phone to go on.</source>
        <translation>Pour continuer, choisissez la colonne qui contient le nom (prénom, nom, nom complet ou entreprise), un e-mail ou un téléphone.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>Will add %Ln new customer(s), update {updated} already here (same email, phone, or name and birthday), and skip {skipped}.</source>
        <translation>
            <numerusform>À ajouter&#xa0;: %Ln nouveau client. À mettre à jour (déjà présents&#xa0;: même e-mail, téléphone, ou nom et date de naissance)&#xa0;: {updated}. À ignorer&#xa0;: {skipped}.</numerusform>
            <numerusform>À ajouter&#xa0;: %Ln nouveaux clients. À mettre à jour (déjà présents&#xa0;: même e-mail, téléphone, ou nom et date de naissance)&#xa0;: {updated}. À ignorer&#xa0;: {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here and unchanged.</source>
        <translation>
            <numerusform>%Ln déjà présent et inchangé.</numerusform>
            <numerusform>%Ln déjà présents et inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) could be read either way: read as {order}.</source>
        <translation>
            <numerusform>%Ln date peut se lire dans les deux sens&#xa0;: lue comme {order}.</numerusform>
            <numerusform>%Ln dates peuvent se lire dans les deux sens&#xa0;: lues comme {order}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) will be left out (see below).</source>
        <translation>
            <numerusform>%Ln valeur sera laissée de côté (voir ci-dessous).</numerusform>
            <numerusform>%Ln valeurs seront laissées de côté (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>ligne {line}&#xa0;: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Done: added {added}, updated {updated}, skipped {skipped}, %Ln already here and unchanged.</source>
        <translation>
            <numerusform>Terminé. Ajoutés&#xa0;: {added}, mis à jour&#xa0;: {updated}, ignorés&#xa0;: {skipped}, déjà présent et inchangé&#xa0;: %Ln.</numerusform>
            <numerusform>Terminé. Ajoutés&#xa0;: {added}, mis à jour&#xa0;: {updated}, ignorés&#xa0;: {skipped}, déjà présents et inchangés&#xa0;: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: added {added}, updated {updated}, skipped {skipped}.</source>
        <translation>Terminé. Ajoutés&#xa0;: {added}, mis à jour&#xa0;: {updated}, ignorés&#xa0;: {skipped}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) left out.</source>
        <translation>
            <numerusform>%Ln valeur laissée de côté.</numerusform>
            <numerusform>%Ln valeurs laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {message}</source>
        <translation>Rien n&apos;a été importé&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Find: name, phone, email, family, pet, tag, note…  (Ctrl+F)</source>
        <translation>Chercher&#xa0;: nom, téléphone, e-mail, famille, animal, étiquette, note…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped coming&lt;/b&gt;, who used to spend most first</source>
        <translation>&lt;b&gt;Ne viennent plus&lt;/b&gt;, en commençant par ceux qui dépensaient le plus</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Show every customer again (Esc)</source>
        <translation>Réafficher tous les clients (Échap)</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Privacy on (F8)</source>
        <translation>Mode discret (F8)</translation>
    </message>
    <message>
        <source>{app} — privacy on</source>
        <translation>{app} — mode discret</translation>
    </message>
    <message>
        <source>Logged for {name}.</source>
        <translation>Noté pour {name}.</translation>
    </message>
    <message>
        <source>{text}  Ctrl+Z undoes it.</source>
        <translation>{text}  Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Regulars speaks this language everywhere from its next start.</source>
        <translation>Regulars parlera cette langue partout au prochain démarrage.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message>
        <source>Regulars is still running</source>
        <translation>Regulars reste ouvert</translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray. Quit from its menu to stop.</source>
        <translation>Les rappels continuent d&apos;arriver par l&apos;icône de la zone de notification. Pour arrêter, quittez depuis son menu.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what will be imported</source>
        <translation>Vérifier ce qui sera importé</translation>
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
        <source>Dates like 03/04/1980 are</source>
        <translation>Les dates comme 03/04/1980 sont en</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Each column&apos;s field is a guess from its header: change any that is wrong. The first rows of the file are shown.</source>
        <translation>Le champ de chaque colonne est deviné d&apos;après son en-tête&#xa0;: corrigez ceux qui sont faux. Les premières lignes du fichier sont affichées.</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Champ pour la colonne {header}</translation>
    </message>
    <message>
        <source>The cards in the file:</source>
        <translation>Les fiches du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation>Téléphone / e-mail</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>the name they go by</source>
        <translation>le nom qu&apos;on lui donne</translation>
    </message>
    <message>
        <source>for a business customer</source>
        <translation>pour un client professionnel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Famille et animaux</translation>
    </message>
    <message>
        <source>Tags, an address, other dates and preferences go in the Details tab.</source>
        <translation>Étiquettes, adresse, autres dates et préférences se saisissent dans l&apos;onglet Fiche.</translation>
    </message>
</context>
<context>
    <name>NewsletterRow</name>
    <message>
        <source>Agreed to the newsletter</source>
        <translation>A accepté la newsletter</translation>
    </message>
    <message>
        <source>since {day}, {how}</source>
        <translation>depuis le {day}, {how}</translation>
    </message>
    <message>
        <source>withdrawn {day}, {how}</source>
        <translation>retiré le {day}, {how}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>What happened with {name}?</source>
        <translation>Que s&apos;est-il passé avec {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
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
    <name>ProfilePane</name>
    <message>
        <source>Choose a customer on the left — or press Ctrl+F to find one, Ctrl+N to add one.</source>
        <translation>Choisissez un client à gauche — ou appuyez sur Ctrl+F pour en chercher un, Ctrl+N pour en ajouter un.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>the name they go by</source>
        <translation>le nom qu&apos;on lui donne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Head buyer, owner…</source>
        <translation>Acheteur principal, gérant…</translation>
    </message>
    <message>
        <source>what they do for their company</source>
        <translation>ce qu&apos;il fait pour son entreprise</translation>
    </message>
    <message>
        <source>No phone or email yet</source>
        <translation>Pas encore de téléphone ni d&apos;e-mail</translation>
    </message>
    <message>
        <source>VIP, wholesale… (comma separated)</source>
        <translation>VIP, grossiste… (séparées par des virgules)</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Aucune préférence</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Préfère</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Famille et animaux</translation>
    </message>
    <message>
        <source>+ Add family or pet</source>
        <translation>+ Proche ou animal</translation>
    </message>
    <message>
        <source>No family or pets yet</source>
        <translation>Pas encore de proches ni d&apos;animaux</translation>
    </message>
    <message>
        <source>Birthdays and dates</source>
        <translation>Anniversaires et dates</translation>
    </message>
    <message>
        <source>+ Add date</source>
        <translation>+ Date</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Pas encore de dates</translation>
    </message>
    <message>
        <source>Preferences, in their words</source>
        <translation>Préférences, avec ses mots</translation>
    </message>
    <message>
        <source>oat-milk mocha, size M…</source>
        <translation>moka au lait d&apos;avoine, taille M…</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Anniversary ({label})</source>
        <translation>Anniversaire ({label})</translation>
    </message>
    <message>
        <source>{person}&apos;s {date}</source>
        <translation>{date} ({person})</translation>
    </message>
    <message>
        <source>{date}: {day}</source>
        <translation>{date}&#xa0;: {day}</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>{path} is not an image Regulars can read</source>
        <translation>{path} n&apos;est pas une image que Regulars peut lire</translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message>
        <source>Promises and follow-ups</source>
        <translation>Promesses et suivis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}&#xa0;: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open follow-up(s)</source>
        <translation>
            <numerusform>%Ln suivi en cours</numerusform>
            <numerusform>%Ln suivis en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>Edit family or pet</source>
        <translation>Modifier le proche ou l&apos;animal</translation>
    </message>
    <message>
        <source>Add family or pet</source>
        <translation>Ajouter un proche ou un animal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Today&apos;s reminders could not be read: {problem}</source>
        <translation>Les rappels du jour n&apos;ont pas pu être lus&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>RepairBox</name>
    <message>
        <source>The database is damaged and cannot be used as it is.</source>
        <translation>La base de données est endommagée et ne peut pas être utilisée en l&apos;état.</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Il n&apos;y a aucune sauvegarde à restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is from {when} (%Ln customer(s)). Restoring it keeps the damaged file aside.</source>
        <translation>
            <numerusform>La sauvegarde intacte la plus récente date du {when} (%Ln client). La restaurer met de côté le fichier endommagé.</numerusform>
            <numerusform>La sauvegarde intacte la plus récente date du {when} (%Ln clients). La restaurer met de côté le fichier endommagé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restaurer la sélection…</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Restoring replaces everything with the backup. What is there now is backed up first, so a restore can itself be undone.</source>
        <translation>La restauration remplace tout par la sauvegarde. L&apos;état actuel est d&apos;abord sauvegardé&#xa0;: une restauration peut donc elle-même être annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>damaged: cannot be restored</source>
        <translation>endommagée&#xa0;: impossible à restaurer</translation>
    </message>
    <message>
        <source> (date cannot be right)</source>
        <translation> (date forcément erronée)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restaurer depuis</translation>
    </message>
    <message>
        <source>Regulars database (*.sqlite3)</source>
        <translation>Base de données Regulars (*.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Replace everything with the backup {name}?

What is there now is backed up first.</source>
        <translation>Tout remplacer par la sauvegarde {name}&#xa0;?

L&apos;état actuel est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>+ More…</source>
        <translation>+ Plus…</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and changes nothing.</source>
        <translation>Importation en cours… Annuler l&apos;arrête sans rien modifier.</translation>
    </message>
</context>
<context>
    <name>ServerCopyDialog</name>
    <message>
        <source>Copy the Customer Book to a Server</source>
        <translation>Copier le fichier clients sur un serveur</translation>
    </message>
    <message>
        <source>For a shop with more than one counter: every customer, entry and backup mark is copied into an empty database on a PostgreSQL server and checked row for row. This computer keeps its own book as it is.</source>
        <translation>Pour une boutique à plusieurs comptoirs : chaque client, entrée et marque de sauvegarde est copié dans une base de données vide sur un serveur PostgreSQL et vérifié ligne par ligne. Cet ordinateur garde son propre fichier tel quel.</translation>
    </message>
    <message>
        <source>empty: the one in ~/.pgpass</source>
        <translation>vide : celui de ~/.pgpass</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
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
        <source>Offer to &amp;erase customers not seen for</source>
        <translation>Proposer d&apos;&amp;effacer les clients pas vus depuis</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Start Regulars when I log in (for reminders)</source>
        <translation>Lancer Regulars à la connexion (pour les rappels)</translation>
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
        <translation>Nouveaux clients&#xa0;: garder le contact tous les</translation>
    </message>
    <message>
        <source>Dates in imported files</source>
        <translation>Dates des fichiers importés</translation>
    </message>
    <message>
        <source>This &amp;counter&apos;s name</source>
        <translation>Nom de ce &amp;comptoir</translation>
    </message>
    <message>
        <source>Customer book</source>
        <translation>Fichier clients</translation>
    </message>
    <message>
        <source>On a server: {database} at {server}…</source>
        <translation>Sur un serveur : {database} sur {server}…</translation>
    </message>
    <message>
        <source>On this computer…</source>
        <translation>Sur cet ordinateur…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>StayInTouch</name>
    <message>
        <source>Remind me to get in touch every</source>
        <translation>Me rappeler de reprendre contact tous les</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
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
        <translation>Que s&apos;est-il passé&#xa0;? Entrée enregistre  (Ctrl+L de n&apos;importe où)</translation>
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
        <translation>Quel ressenti&#xa0;? Mécontent ouvre un suivi pour arranger les choses</translation>
    </message>
    <message>
        <source>Ask next time… (optional: shown on the glance card)</source>
        <translation>À demander la prochaine fois… (facultatif&#xa0;: affiché en haut)</translation>
    </message>
    <message>
        <source>Nothing logged yet. Type what happened above and press Enter.</source>
        <translation>Rien de noté pour l&apos;instant. Écrivez ce qui s&apos;est passé ci-dessus et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Write what happened first, or the amount</source>
        <translation>Écrivez d&apos;abord ce qui s&apos;est passé, ou le montant</translation>
    </message>
    <message>
        <source>Write what happened first</source>
        <translation>Écrivez d&apos;abord ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>&amp;Done</source>
        <translation>Fai&amp;t</translation>
    </message>
    <message>
        <source>Closes a promise, offers to send a greeting, or asks what happened (Alt+D)</source>
        <translation>Clôt une promesse, propose d&apos;envoyer des vœux ou demande ce qui s&apos;est passé (Alt+T)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>De&amp;main</translation>
    </message>
    <message>
        <source>Snooze until tomorrow (Alt+T)</source>
        <translation>Reporter à demain (Alt+M)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>I&amp;gnorer</translation>
    </message>
    <message>
        <source>Not this time (Alt+I)</source>
        <translation>Pas cette fois (Alt+G)</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow: {text}</source>
        <translation>Reporté à demain&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Dismissed: {text}</source>
        <translation>Ignoré&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Open Regulars</source>
        <translation>Ouvrir Regulars</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to remember</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source>Snooze all until tomorrow</source>
        <translation>Tout reporter à demain</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>UnsafePlaceBox</name>
    <message>
        <source>The customer book is in a {client} folder.</source>
        <translation>Le fichier clients se trouve dans un dossier {client}.</translation>
    </message>
    <message>
        <source>{client} copies the file while Regulars writes to it, and can put an older copy back over newer work: saved notes can be lost, and two computers using the file damage it.</source>
        <translation>{client} copie le fichier pendant que Regulars y écrit, et peut remettre une copie plus ancienne par-dessus un travail plus récent&#xa0;: des notes enregistrées peuvent être perdues, et deux ordinateurs qui utilisent le fichier l’endommagent.</translation>
    </message>
    <message>
        <source>The customer book is on a network drive ({system}).</source>
        <translation>Le fichier clients se trouve sur un lecteur réseau ({system}).</translation>
    </message>
    <message>
        <source>A network drive does not keep the locks that protect a database while it is written: a dropped connection or a second computer writing to it can damage it and lose saved notes.</source>
        <translation>Un lecteur réseau ne respecte pas les verrous qui protègent une base de données pendant l’écriture&#xa0;: une connexion coupée ou un second ordinateur qui y écrit peut l’endommager et faire perdre des notes enregistrées.</translation>
    </message>
    <message>
        <source>Move it to this computer&apos;s own folder, {target}? Its backups go with it, and {folder} keeps a note saying where it went.</source>
        <translation>Le déplacer dans le dossier propre à cet ordinateur, {target}&#xa0;? Ses sauvegardes le suivent, et {folder} garde une note indiquant où il est parti.</translation>
    </message>
    <message>
        <source>Regulars cannot move it to this computer&apos;s own folder: {reason}. Keep it on one computer only, and back it up often.</source>
        <translation>Regulars ne peut pas le déplacer dans le dossier propre à cet ordinateur&#xa0;: {reason}. Utilisez-le sur un seul ordinateur, et sauvegardez-le souvent.</translation>
    </message>
    <message>
        <source>&amp;Move it to this computer</source>
        <translation>&amp;Le déplacer sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>Le &amp;garder ici</translation>
    </message>
    <message>
        <source>&amp;Do not ask again for this folder</source>
        <translation>Ne plus &amp;demander pour ce dossier</translation>
    </message>
    <message>
        <source>it is already this computer&apos;s data folder</source>
        <translation>c’est déjà le dossier de données de cet ordinateur</translation>
    </message>
    <message>
        <source>{target} is not a safe place either</source>
        <translation>{target} n’est pas un endroit sûr non plus</translation>
    </message>
    <message>
        <source>there is already a customer book in {target}</source>
        <translation>il y a déjà un fichier clients dans {target}</translation>
    </message>
    <message>
        <source>there are backups of another customer book in {target}</source>
        <translation>il y a des sauvegardes d’un autre fichier clients dans {target}</translation>
    </message>
    <message>
        <source>{target} already holds files of another customer book</source>
        <translation>{target} contient déjà des fichiers d’un autre fichier clients</translation>
    </message>
    <message>
        <source>Regulars is already running for {target}: quit it and start again to move the customer book there.</source>
        <translation>Regulars est déjà ouvert pour {target}&#xa0;: quittez-le et relancez-le pour y déplacer le fichier clients.</translation>
    </message>
    <message>
        <source>The customer book could not be moved, and stays where it was:

{error}</source>
        <translation>Le fichier clients n’a pas pu être déplacé et reste où il était&#xa0;:

{error}</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>This week: {start} – {end}</source>
        <translation>Cette semaine&#xa0;: {start} – {end}</translation>
    </message>
    <message>
        <source>{shown}, {more} more</source>
        <translation>{shown}, {more} de plus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) to look after this week</source>
        <translation>
            <numerusform>%Ln client dont s&apos;occuper cette semaine</numerusform>
            <numerusform>%Ln clients dont s&apos;occuper cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping {name}: asked again in a year.</source>
        <translation>On garde {name}&#xa0;: Regulars redemandera dans un an.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>il y a %Ln mois</numerusform>
            <numerusform>il y a %Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>il y a %Ln an</numerusform>
            <numerusform>il y a %Ln ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %Ln day(s)</source>
        <translation>
            <numerusform>en retard de %Ln jour</numerusform>
            <numerusform>en retard de %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{short}: no contact for %Ln day(s) (you wanted every {every} days)</source>
        <translation>
            <numerusform>{short}&#xa0;: aucun contact depuis %Ln jour (souhaité tous les {every} jours)</numerusform>
            <numerusform>{short}&#xa0;: aucun contact depuis %Ln jours (souhaité tous les {every} jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{short}: usually every {usual} days, last visit %Ln day(s) ago</source>
        <translation>
            <numerusform>{short}&#xa0;: d&apos;habitude tous les {usual} jours, dernière visite il y a %Ln jour</numerusform>
            <numerusform>{short}&#xa0;: d&apos;habitude tous les {usual} jours, dernière visite il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %Ln point(s) to redeem</source>
        <translation>
            <numerusform>seulement %Ln point à utiliser</numerusform>
            <numerusform>seulement %Ln points à utiliser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not seen for over %Ln year(s): erase or keep?</source>
        <translation>
            <numerusform>Pas vus depuis plus de %Ln an&#xa0;: effacer ou garder&#xa0;?</numerusform>
            <numerusform>Pas vus depuis plus de %Ln ans&#xa0;: effacer ou garder&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s)</source>
        <translation>
            <numerusform>%Ln point de fidélité utilisé</numerusform>
            <numerusform>%Ln points de fidélité utilisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s): {note}</source>
        <translation>
            <numerusform>%Ln point de fidélité utilisé&#xa0;: {note}</numerusform>
            <numerusform>%Ln points de fidélité utilisés&#xa0;: {note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample customers go into an empty customer book only: there are already %Ln customer(s) here</source>
        <translation>
            <numerusform>Les clients d&apos;exemple ne vont que dans un fichier clients vide&#xa0;: il y a déjà %Ln client ici</numerusform>
            <numerusform>Les clients d&apos;exemple ne vont que dans un fichier clients vide&#xa0;: il y a déjà %Ln clients ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %Ln sample customer(s)</source>
        <translation>
            <numerusform>ajouter %Ln client d&apos;exemple</numerusform>
            <numerusform>ajouter %Ln clients d&apos;exemple</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %Ln sample customer(s)</source>
        <translation>
            <numerusform>retirer %Ln client d&apos;exemple</numerusform>
            <numerusform>retirer %Ln clients d&apos;exemple</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>snooze %Ln reminder(s)</source>
        <translation>
            <numerusform>reporter %Ln rappel</numerusform>
            <numerusform>reporter %Ln rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dismiss %Ln reminder(s)</source>
        <translation>
            <numerusform>ignorer %Ln rappel</numerusform>
            <numerusform>ignorer %Ln rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) erased since this backup were erased again</source>
        <translation>
            <numerusform>%Ln client effacé depuis cette sauvegarde a été effacé à nouveau</numerusform>
            <numerusform>%Ln clients effacés depuis cette sauvegarde ont été effacés à nouveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newsletter consent(s) in the file were not recorded: those customers said otherwise since; record a new consent in the window</source>
        <translation>
            <numerusform>%Ln consentement newsletter du fichier n&apos;a pas été enregistré&#xa0;: ce client s&apos;est prononcé autrement depuis&#xa0;; enregistrez un nouveau consentement dans Regulars</numerusform>
            <numerusform>%Ln consentements newsletter du fichier n&apos;ont pas été enregistrés&#xa0;: ces clients se sont prononcés autrement depuis&#xa0;; enregistrez un nouveau consentement dans Regulars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What we noted (timeline, %Ln entry(s))</source>
        <translation>
            <numerusform>Ce que nous avons noté (historique, %Ln entrée)</numerusform>
            <numerusform>Ce que nous avons noté (historique, %Ln entrées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Relative</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Leave out this row</source>
        <translation>Ignorer cette ligne</translation>
    </message>
</context>
</TS>
