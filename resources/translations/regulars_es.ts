<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>Add &amp;sample customers</source>
        <translation>Añadir clientes de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Invented customers to try Regulars with, in an empty customer book</source>
        <translation>Clientes inventados para probar Regulars, en una cartera de clientes vacía</translation>
    </message>
    <message>
        <source>Remove the &amp;sample customers</source>
        <translation>Quitar los clientes de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Take the invented customers away with all they brought; yours stay</source>
        <translation>Quita los clientes inventados con todo lo que trajeron; los suyos se quedan</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <source>From a phone&apos;s vCard file or a shop system&apos;s CSV</source>
        <translation>Desde el archivo vCard de un móvil o el CSV de un programa de caja</translation>
    </message>
    <message>
        <source>import customers from a vCard or CSV file</source>
        <translation>importar clientes desde un archivo vCard o CSV</translation>
    </message>
    <message>
        <source>All customers as &amp;CSV (Excel)…</source>
        <translation>Todos los clientes en &amp;CSV (Excel)…</translation>
    </message>
    <message>
        <source>All customers as &amp;vCard (phones)…</source>
        <translation>Todos los clientes en &amp;vCard (móviles)…</translation>
    </message>
    <message>
        <source>&amp;Birthdays and anniversaries (calendar)…</source>
        <translation>C&amp;umpleaños y aniversarios (calendario)…</translation>
    </message>
    <message>
        <source>&amp;Mailing list (newsletter consent only)…</source>
        <translation>&amp;Lista de correo (solo con consentimiento)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Copy everything into the backups folder</source>
        <translation>Copiar todo en la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>back up now</source>
        <translation>hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>quit Regulars</source>
        <translation>salir de Regulars</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>undo the last change (the Edit menu names it)</source>
        <translation>deshacer el último cambio (el menú Editar lo nombra)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>redo what was undone</source>
        <translation>rehacer lo deshecho</translation>
    </message>
    <message>
        <source>Undo the last &amp;import</source>
        <translation>Deshacer la última &amp;importación</translation>
    </message>
    <message>
        <source>Restore the backup taken just before it</source>
        <translation>Restaura la copia de seguridad hecha justo antes</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>find a customer; Enter opens the top match, Esc clears</source>
        <translation>buscar un cliente; Intro abre el primer resultado, Esc borra</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s reminders</source>
        <translation>&amp;Recordatorios de hoy</translation>
    </message>
    <message>
        <source>show or hide today&apos;s reminders</source>
        <translation>mostrar u ocultar los recordatorios de hoy</translation>
    </message>
    <message>
        <source>This &amp;week…</source>
        <translation>Esta &amp;semana…</translation>
    </message>
    <message>
        <source>The weekly review</source>
        <translation>El repaso semanal</translation>
    </message>
    <message>
        <source>the weekly review</source>
        <translation>el repaso semanal</translation>
    </message>
    <message>
        <source>&amp;Promises and follow-ups…</source>
        <translation>&amp;Promesas y seguimientos…</translation>
    </message>
    <message>
        <source>every open promise and follow-up</source>
        <translation>todas las promesas y seguimientos pendientes</translation>
    </message>
    <message>
        <source>&amp;Stopped coming</source>
        <translation>&amp;Dejaron de venir</translation>
    </message>
    <message>
        <source>Only the regulars who stopped coming, who used to spend most first</source>
        <translation>Solo los habituales que dejaron de venir, primero los que más gastaban</translation>
    </message>
    <message>
        <source>only the regulars who stopped coming in the list; Esc shows everyone</source>
        <translation>solo los habituales que dejaron de venir en la lista; Esc muestra a todos</translation>
    </message>
    <message>
        <source>Pri&amp;vacy mode</source>
        <translation>Modo pri&amp;vado</translation>
    </message>
    <message>
        <source>Show names only: hide every other personal detail</source>
        <translation>Mostrar solo nombres: ocultar cualquier otro dato personal</translation>
    </message>
    <message>
        <source>privacy mode: names only, every other personal detail hidden</source>
        <translation>modo privado: solo nombres, cualquier otro dato personal oculto</translation>
    </message>
    <message>
        <source>&amp;Log interaction</source>
        <translation>&amp;Anotar contacto</translation>
    </message>
    <message>
        <source>Write down what just happened</source>
        <translation>Anotar lo que acaba de pasar</translation>
    </message>
    <message>
        <source>log an interaction for the open customer</source>
        <translation>anotar un contacto para el cliente abierto</translation>
    </message>
    <message>
        <source>&amp;Archive selected</source>
        <translation>A&amp;rchivar selección</translation>
    </message>
    <message>
        <source>archive the selected customers (in the list)</source>
        <translation>archivar los clientes seleccionados (en la lista)</translation>
    </message>
    <message>
        <source>&amp;Tag selected…</source>
        <translation>&amp;Etiquetar selección…</translation>
    </message>
    <message>
        <source>tag the selected customers</source>
        <translation>etiquetar los clientes seleccionados</translation>
    </message>
    <message>
        <source>&amp;Remove a tag from selected…</source>
        <translation>&amp;Quitar una etiqueta de la selección…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>E&amp;xportar selección…</translation>
    </message>
    <message>
        <source>Redeem loyalty &amp;points…</source>
        <translation>Canjear &amp;puntos de fidelidad…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Show &amp;archived customers</source>
        <translation>Mostrar clientes archi&amp;vados</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>these shortcuts</source>
        <translation>estos atajos</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>The log to send with a problem report: it holds no customer&apos;s details</source>
        <translation>El registro para enviar con un informe de problema: no contiene datos de clientes</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>Acerca &amp;de Regulars</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>Una letra</translation>
    </message>
    <message>
        <source>anywhere in the main window outside a field: starts the search with it</source>
        <translation>en cualquier parte de la ventana principal fuera de un campo: empieza la búsqueda con ella</translation>
    </message>
    <message>
        <source>in the search box: open the top match; Down moves into the list</source>
        <translation>en el cuadro de búsqueda: abrir el primer resultado; Abajo entra en la lista</translation>
    </message>
    <message>
        <source>in the search box: clear the search; the keyboard goes back where it was</source>
        <translation>en el cuadro de búsqueda: borrar la búsqueda; el teclado vuelve adonde estaba</translation>
    </message>
    <message>
        <source>while logging: visit, call, email, message, purchase, feedback, note, event</source>
        <translation>al anotar: visita, llamada, correo, mensaje, compra, opinión, nota, evento</translation>
    </message>
    <message>
        <source>in the Today list, F7 and F6: done, tomorrow, dismiss</source>
        <translation>en la lista de Hoy, F7 y F6: hecho, mañana, descartar</translation>
    </message>
    <message>
        <source>in the New customer form: add family or a pet</source>
        <translation>en el formulario Nuevo cliente: añadir familia o una mascota</translation>
    </message>
    <message>
        <source>in the timeline: delete the selected entry</source>
        <translation>en el historial: borrar la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Regulars</source>
        <translation>Bienvenido a Regulars</translation>
    </message>
    <message>
        <source>Remember the names, the family, the dog, the usual order and what you
promised — and see it all before you say hello.</source>
        <translation>Los nombres, la familia, el perro, el pedido de siempre y lo que prometió:
todo a la vista antes de saludar.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Su tienda</translation>
    </message>
    <message>
        <source>Add your first customer</source>
        <translation>Añadir su primer cliente</translation>
    </message>
    <message>
        <source>Try with sample customers</source>
        <translation>Probar con clientes de ejemplo</translation>
    </message>
</context>
<context>
    <name>GlanceCard</name>
    <message>
        <source>Photo: click to choose or remove</source>
        <translation>Foto: haga clic para elegirla o quitarla</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archive this customer (can be undone)</source>
        <translation>Archivar este cliente (se puede deshacer)</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Familia y mascotas</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>La última vez</translation>
    </message>
    <message>
        <source>Recently</source>
        <translation>Recientemente</translation>
    </message>
    <message>
        <source>Ask about · promised</source>
        <translation>Preguntar · prometido</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Le gusta</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Find: name, phone, email, family, pet, tag, note…  (Ctrl+F)</source>
        <translation>Buscar: nombre, teléfono, correo, familia, mascota, etiqueta, nota…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show every customer again (Esc)</source>
        <translation>Mostrar de nuevo todos los clientes (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) among them</source>
        <translation>
            <numerusform>%Ln resultado entre ellos</numerusform>
            <numerusform>%Ln resultados entre ellos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stopped coming</source>
        <translation>
            <numerusform>%Ln dejó de venir</numerusform>
            <numerusform>%Ln dejaron de venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Where is your shop?</source>
        <translation>¿Dónde está su tienda?</translation>
    </message>
    <message>
        <source>Regulars now shows dates and money as your country writes them. Is this right? You can change it later in Edit &gt; Settings.</source>
        <translation>Regulars muestra ahora las fechas y los importes como los escribe su país. ¿Es correcto? Puede cambiarlo más tarde en Editar &gt; Ajustes.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> días antes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>day/month/year (31/12/1980)</source>
        <translation>día/mes/año (31/12/1980)</translation>
    </message>
    <message>
        <source>month/day/year (12/31/1980)</source>
        <translation>mes/día/año (12/31/1980)</translation>
    </message>
    <message>
        <source>Start Regulars when I log in (for reminders)</source>
        <translation>Abrir Regulars al iniciar sesión (para los recordatorios)</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation>Recordatorio diario a las</translation>
    </message>
    <message>
        <source>New customers: stay in touch every</source>
        <translation>Clientes nuevos: mantener el contacto cada</translation>
    </message>
    <message>
        <source>Dates in imported files</source>
        <translation>Fechas en archivos importados</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Log</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>What happened? Enter saves  (Ctrl+L from anywhere)</source>
        <translation>¿Qué ha pasado? Intro guarda  (Ctrl+L desde cualquier sitio)</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Contento</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Descontento</translation>
    </message>
    <message>
        <source>How did they feel? Unhappy opens a follow-up to make it right</source>
        <translation>¿Cómo se sintió? Descontento abre un seguimiento para arreglarlo</translation>
    </message>
    <message>
        <source>Ask next time… (optional: shown on the glance card)</source>
        <translation>Preguntar la próxima vez… (opcional: se ve en la ficha)</translation>
    </message>
    <message>
        <source>Nothing logged yet. Type what happened above and press Enter.</source>
        <translation>Aún no hay nada anotado. Escriba arriba lo que ha pasado y pulse Intro.</translation>
    </message>
</context>
</TS>
