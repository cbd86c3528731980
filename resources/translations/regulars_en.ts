<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Added %Ln sample customer(s): File &gt; Remove the sample customers takes them away again</source>
        <translation>
            <numerusform>Added %Ln sample customer: File &gt; Remove the sample customers takes them away again</numerusform>
            <numerusform>Added %Ln sample customers: File &gt; Remove the sample customers takes them away again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln sample customer(s)?</source>
        <translation>
            <numerusform>Remove the %Ln sample customer?</numerusform>
            <numerusform>Remove the %Ln sample customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln sample customer(s)</source>
        <translation>
            <numerusform>Remove %Ln sample customer</numerusform>
            <numerusform>Remove %Ln sample customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln sample customer(s).</source>
        <translation>
            <numerusform>Removed %Ln sample customer.</numerusform>
            <numerusform>Removed %Ln sample customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln customer(s) to {path}</source>
        <translation>
            <numerusform>Backed up %Ln customer to {path}</numerusform>
            <numerusform>Backed up %Ln customers to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln customer(s) to {where}, every row checked</source>
        <translation>
            <numerusform>Copied %Ln customer to {where}, every row checked</numerusform>
            <numerusform>Copied %Ln customers to {where}, every row checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln customer(s)</source>
        <translation>
            <numerusform>Restored %Ln customer</numerusform>
            <numerusform>Restored %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln customer(s):</source>
        <translation>
            <numerusform>Tag for %Ln customer:</numerusform>
            <numerusform>Tag for %Ln customers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s) {tags}</source>
        <translation>
            <numerusform>Tagged %Ln customer {tags}</numerusform>
            <numerusform>Tagged %Ln customers {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s)</source>
        <translation>
            <numerusform>Tagged %Ln customer</numerusform>
            <numerusform>Tagged %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed {tag} from %Ln customer(s)</source>
        <translation>
            <numerusform>Removed {tag} from %Ln customer</numerusform>
            <numerusform>Removed {tag} from %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed a tag from %Ln customer(s)</source>
        <translation>
            <numerusform>Removed a tag from %Ln customer</numerusform>
            <numerusform>Removed a tag from %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln point(s). Redeem:</source>
        <translation>
            <numerusform>{name} has %Ln point. Redeem:</numerusform>
            <numerusform>{name} has %Ln points. Redeem:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s) for {name}</source>
        <translation>
            <numerusform>Redeemed %Ln point for {name}</numerusform>
            <numerusform>Redeemed %Ln points for {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%Ln likely duplicate(s)</source>
        <translation>
            <numerusform>%Ln likely duplicate</numerusform>
            <numerusform>%Ln likely duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeline entry(s)</source>
        <translation>
            <numerusform>%Ln timeline entry</numerusform>
            <numerusform>%Ln timeline entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElidedLine</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln more</numerusform>
            <numerusform>+%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
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
    <name>EraseQuestion</name>
    <message numerus="yes">
        <source>• the records merged into them (%Ln)</source>
        <translation>
            <numerusform>• the record merged into them (%Ln)</numerusform>
            <numerusform>• the records merged into them (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• every entry of their timeline (%Ln)</source>
        <translation>
            <numerusform>• the entry of their timeline (%Ln)</numerusform>
            <numerusform>• every entry of their timeline (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlanceCard</name>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <source>Undo the last &amp;import (removes %Ln customer(s))</source>
        <translation>
            <numerusform>Undo the last &amp;import (removes %Ln customer)</numerusform>
            <numerusform>Undo the last &amp;import (removes %Ln customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import is undone: %Ln customer(s) as before it.</source>
        <translation>
            <numerusform>The import is undone: %Ln customer as before it.</numerusform>
            <numerusform>The import is undone: %Ln customers as before it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>A vCard file with %Ln card(s).</source>
        <translation>
            <numerusform>A vCard file with %Ln card.</numerusform>
            <numerusform>A vCard file with %Ln cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will add %Ln new customer(s), update {updated} already here (same email, phone, or name and birthday), and skip {skipped}.</source>
        <translation>
            <numerusform>Will add %Ln new customer, update {updated} already here (same email, phone, or name and birthday), and skip {skipped}.</numerusform>
            <numerusform>Will add %Ln new customers, update {updated} already here (same email, phone, or name and birthday), and skip {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here and unchanged.</source>
        <translation>
            <numerusform>%Ln already here and unchanged.</numerusform>
            <numerusform>%Ln already here and unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) could be read either way: read as {order}.</source>
        <translation>
            <numerusform>%Ln date could be read either way: read as {order}.</numerusform>
            <numerusform>%Ln dates could be read either way: read as {order}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) will be left out (see below).</source>
        <translation>
            <numerusform>%Ln value will be left out (see below).</numerusform>
            <numerusform>%Ln values will be left out (see below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: added {added}, updated {updated}, skipped {skipped}, %Ln already here and unchanged.</source>
        <translation>
            <numerusform>Done: added {added}, updated {updated}, skipped {skipped}, %Ln already here and unchanged.</numerusform>
            <numerusform>Done: added {added}, updated {updated}, skipped {skipped}, %Ln already here and unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) left out.</source>
        <translation>
            <numerusform>%Ln value left out.</numerusform>
            <numerusform>%Ln values left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message numerus="yes">
        <source>%Ln match(es) among them</source>
        <translation>
            <numerusform>%Ln match among them</numerusform>
            <numerusform>%Ln matches among them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stopped coming</source>
        <translation>
            <numerusform>%Ln stopped coming</numerusform>
            <numerusform>%Ln stopped coming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message numerus="yes">
        <source>%Ln open follow-up(s)</source>
        <translation>
            <numerusform>%Ln open follow-up</numerusform>
            <numerusform>%Ln open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairBox</name>
    <message numerus="yes">
        <source>The newest good backup is from {when} (%Ln customer(s)). Restoring it keeps the damaged file aside.</source>
        <translation>
            <numerusform>The newest good backup is from {when} (%Ln customer). Restoring it keeps the damaged file aside.</numerusform>
            <numerusform>The newest good backup is from {when} (%Ln customers). Restoring it keeps the damaged file aside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message numerus="yes">
        <source>%Ln customer(s) to look after this week</source>
        <translation>
            <numerusform>%Ln customer to look after this week</numerusform>
            <numerusform>%Ln customers to look after this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>%Ln month ago</numerusform>
            <numerusform>%Ln months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>%Ln year ago</numerusform>
            <numerusform>%Ln years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %Ln day(s)</source>
        <translation>
            <numerusform>overdue %Ln day</numerusform>
            <numerusform>overdue %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{short}: no contact for %Ln day(s) (you wanted every {every} days)</source>
        <translation>
            <numerusform>{short}: no contact for %Ln day (you wanted every {every} days)</numerusform>
            <numerusform>{short}: no contact for %Ln days (you wanted every {every} days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{short}: usually every {usual} days, last visit %Ln day(s) ago</source>
        <translation>
            <numerusform>{short}: usually every {usual} days, last visit %Ln day ago</numerusform>
            <numerusform>{short}: usually every {usual} days, last visit %Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %Ln point(s) to redeem</source>
        <translation>
            <numerusform>only %Ln point to redeem</numerusform>
            <numerusform>only %Ln points to redeem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not seen for over %Ln year(s): erase or keep?</source>
        <translation>
            <numerusform>Not seen for over %Ln year: erase or keep?</numerusform>
            <numerusform>Not seen for over %Ln years: erase or keep?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s)</source>
        <translation>
            <numerusform>Redeemed %Ln point</numerusform>
            <numerusform>Redeemed %Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s): {note}</source>
        <translation>
            <numerusform>Redeemed %Ln point: {note}</numerusform>
            <numerusform>Redeemed %Ln points: {note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample customers go into an empty customer book only: there are already %Ln customer(s) here</source>
        <translation>
            <numerusform>Sample customers go into an empty customer book only: there is already %Ln customer here</numerusform>
            <numerusform>Sample customers go into an empty customer book only: there are already %Ln customers here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %Ln sample customer(s)</source>
        <translation>
            <numerusform>add %Ln sample customer</numerusform>
            <numerusform>add %Ln sample customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %Ln sample customer(s)</source>
        <translation>
            <numerusform>remove %Ln sample customer</numerusform>
            <numerusform>remove %Ln sample customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>snooze %Ln reminder(s)</source>
        <translation>
            <numerusform>snooze %Ln reminder</numerusform>
            <numerusform>snooze %Ln reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dismiss %Ln reminder(s)</source>
        <translation>
            <numerusform>dismiss %Ln reminder</numerusform>
            <numerusform>dismiss %Ln reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) erased since this backup were erased again</source>
        <translation>
            <numerusform>%Ln customer erased since this backup was erased again</numerusform>
            <numerusform>%Ln customers erased since this backup were erased again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newsletter consent(s) in the file were not recorded: those customers said otherwise since; record a new consent in the window</source>
        <translation>
            <numerusform>%Ln newsletter consent in the file was not recorded: that customer said otherwise since; record a new consent in the window</numerusform>
            <numerusform>%Ln newsletter consents in the file were not recorded: those customers said otherwise since; record a new consent in the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What we noted (timeline, %Ln entry(s))</source>
        <translation>
            <numerusform>What we noted (timeline, %Ln entry)</numerusform>
            <numerusform>What we noted (timeline, %Ln entries)</numerusform>
        </translation>
    </message>
</context>
</TS>
