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
        <translation>Quitar los clientes inventados con todo lo que trajeron; los suyos se quedan</translation>
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
        <source>Copy the customer book to a ser&amp;ver…</source>
        <translation>Copiar la cartera de clientes a un ser&amp;vidor…</translation>
    </message>
    <message>
        <source>For a shop with more than one counter: into an empty database on a PostgreSQL server</source>
        <translation>Para una tienda con más de un mostrador: en una base de datos vacía de un servidor PostgreSQL</translation>
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
        <translation>deshacer el último cambio (el menú Editar indica cuál)</translation>
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
        <translation>Restaurar la copia de seguridad hecha justo antes</translation>
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
        <translation>mostrar en la lista solo los habituales que dejaron de venir; Esc muestra a todos</translation>
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
        <source>Export T&amp;his Customer&apos;s Data…</source>
        <translation>Exportar &amp;los datos de este cliente…</translation>
    </message>
    <message>
        <source>Everything kept about the open customer, in one file for them</source>
        <translation>Todo lo que se guarda del cliente abierto, en un archivo para entregárselo</translation>
    </message>
    <message>
        <source>&amp;Erase This Customer…</source>
        <translation>&amp;Borrar este cliente…</translation>
    </message>
    <message>
        <source>Delete everything about the open customer for good, as they may ask</source>
        <translation>Borrar definitivamente todo lo del cliente abierto, como puede pedir</translation>
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
        <source>Alt+D, Alt+T, Alt+I</source>
        <translation>Alt+H, Alt+M, Alt+D</translation>
    </message>
    <message>
        <source>in the New customer form: add family or a pet</source>
        <translation>en el formulario Nuevo cliente: añadir un familiar o una mascota</translation>
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
        <translation>Última vez</translation>
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
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>+ Phone</source>
        <translation>+ Teléfono</translation>
    </message>
    <message>
        <source>+ Email</source>
        <translation>+ Correo</translation>
    </message>
    <message>
        <source>+ Address</source>
        <translation>+ Dirección</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>website</source>
        <translation>dirección web</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>birthday of a family member or pet who was left out; left out too</source>
        <translation>cumpleaños de un familiar o mascota omitido; también omitido</translation>
    </message>
    <message>
        <source>anniversary of a family member or pet who was left out; left out too</source>
        <translation>aniversario de un familiar o mascota omitido; también omitido</translation>
    </message>
    <message>
        <source>other of a family member or pet who was left out; left out too</source>
        <translation>otra fecha de un familiar o mascota omitido; también omitida</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>importación cancelada; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}; omitido</translation>
    </message>
    <message>
        <source>note of {length:,} characters is longer than {limit:,}; the rest was left out</source>
        <translation>nota de {length} caracteres, más larga que {limit}; se omitió el resto</translation>
    </message>
    <message>
        <source>family member or pet</source>
        <translation>familiar o mascota</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
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
    <message>
        <source>{chosen} is the database itself (or one of its working files); choose another file</source>
        <translation>{chosen} es la propia base de datos (o uno de sus archivos de trabajo); elija otro archivo</translation>
    </message>
    <message>
        <source>{chosen} is in the backups folder ({kept}); choose a file outside it</source>
        <translation>{chosen} está en la carpeta de copias de seguridad ({kept}); elija un archivo fuera de ella</translation>
    </message>
    <message>
        <source>no customer with id {id}</source>
        <translation>no hay ningún cliente con el id {id}</translation>
    </message>
    <message>
        <source>no contact point with id {id}</source>
        <translation>no hay ningún contacto con el id {id}</translation>
    </message>
    <message>
        <source>no family member or pet with id {id}</source>
        <translation>no hay ningún familiar ni mascota con el id {id}</translation>
    </message>
    <message>
        <source>no date with id {id}</source>
        <translation>no hay ninguna fecha con el id {id}</translation>
    </message>
    <message>
        <source>no timeline entry with id {id}</source>
        <translation>no hay ninguna entrada del historial con el id {id}</translation>
    </message>
    <message>
        <source>no follow-up with id {id}</source>
        <translation>no hay ningún seguimiento con el id {id}</translation>
    </message>
    <message>
        <source>the phone is empty</source>
        <translation>el teléfono está vacío</translation>
    </message>
    <message>
        <source>the email is empty</source>
        <translation>el correo está vacío</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>la dirección está vacía</translation>
    </message>
    <message>
        <source>the handle is empty</source>
        <translation>el usuario está vacío</translation>
    </message>
    <message>
        <source>the fax is empty</source>
        <translation>el fax está vacío</translation>
    </message>
    <message>
        <source>the website is empty</source>
        <translation>la dirección web está vacía</translation>
    </message>
    <message>
        <source>{value} does not look like a phone number</source>
        <translation>{value} no parece un número de teléfono</translation>
    </message>
    <message>
        <source>{value} does not look like a fax number</source>
        <translation>{value} no parece un número de fax</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>apodo</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>about</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>label</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>customer {id} was erased on {day}</source>
        <translation>el cliente {id} se borró el {day}</translation>
    </message>
    <message>
        <source>{field} was removed at another counter</source>
        <translation>{field} se eliminó en otro mostrador</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>el campo «{field}» debe ser texto</translation>
    </message>
    <message>
        <source>{field} contains a NUL character</source>
        <translation>el campo «{field}» contiene un carácter NUL</translation>
    </message>
    <message>
        <source>{field} contains a line break or another control character</source>
        <translation>el campo «{field}» contiene un salto de línea u otro carácter de control</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>el campo «{field}» supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>unknown customer field(s): {fields}</source>
        <translation>campos de cliente desconocidos: {fields}</translation>
    </message>
    <message>
        <source>preferred channel must be one of: {channels}</source>
        <translation>el canal preferido debe ser uno de estos: {channels}</translation>
    </message>
    <message>
        <source>stay in touch must be a number of days from 1 to 3650</source>
        <translation>«mantener el contacto» debe ser un número de días del 1 al 3650</translation>
    </message>
    <message>
        <source>a customer needs a first name, a last name or a company</source>
        <translation>un cliente necesita un nombre, unos apellidos o una empresa</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>{name}&apos;s {field} was changed at another counter while you were editing it</source>
        <translation>{field} de {name} se cambió en otro mostrador mientras lo editaba</translation>
    </message>
    <message>
        <source>the photo is too large; use a thumbnail under 512 KB</source>
        <translation>la foto es demasiado grande; use una miniatura de menos de 512 KB</translation>
    </message>
    <message>
        <source>the photo must be a PNG or JPEG image</source>
        <translation>la foto debe ser una imagen PNG o JPEG</translation>
    </message>
    <message>
        <source>tag {tag}… is longer than {limit} characters</source>
        <translation>la etiqueta {tag}… supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>contact kind must be one of: {kinds}</source>
        <translation>el tipo de contacto debe ser uno de estos: {kinds}</translation>
    </message>
    <message>
        <source>{value} does not look like an email address</source>
        <translation>{value} no parece una dirección de correo</translation>
    </message>
    <message>
        <source>{value} does not look like a web address</source>
        <translation>{value} no parece una dirección web</translation>
    </message>
    <message>
        <source>a family member or pet needs a name</source>
        <translation>un familiar o una mascota necesita un nombre</translation>
    </message>
    <message>
        <source>say who they are: partner, child, grandchild, parent, sibling, friend, or the animal (dog, cat…)</source>
        <translation>diga quién es: pareja, hijo, nieto, padre, madre, hermano, amigo o el animal (perro, gato…)</translation>
    </message>
    <message>
        <source>date kind must be one of: {kinds}</source>
        <translation>el tipo de fecha debe ser uno de estos: {kinds}</translation>
    </message>
    <message>
        <source>that family member or pet does not belong to this customer</source>
        <translation>ese familiar o mascota no pertenece a este cliente</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{what} {day} is not between {earliest} and {latest}</source>
        <translation>{what} ({day}) no está entre {earliest} y {latest}</translation>
    </message>
    <message>
        <source>{days} days from {start} is not between {earliest} and {latest}</source>
        <translation>{start} más {days} días no cae entre {earliest} y {latest}</translation>
    </message>
    <message>
        <source>month {month} does not exist (use 1-12)</source>
        <translation>el mes {month} no existe (use del 1 al 12)</translation>
    </message>
    <message>
        <source>{month} has no day {day}</source>
        <translation>no existe el {day} de {month}</translation>
    </message>
    <message>
        <source>year {year} is not between {first} and {last}</source>
        <translation>el año {year} no está entre {first} y {last}</translation>
    </message>
    <message>
        <source>29 February {year} does not exist ({year} is not a leap year)</source>
        <translation>el 29 de febrero de {year} no existe ({year} no es bisiesto)</translation>
    </message>
    <message>
        <source>{text} is not a date; write YYYY-MM-DD, or MM-DD without a year</source>
        <translation>{text} no es una fecha; escriba YYYY-MM-DD, o MM-DD sin año</translation>
    </message>
    <message>
        <source>{text} is not a date that exists; write YYYY-MM-DD</source>
        <translation>{text} no es una fecha que exista; escriba YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{text} is not a date and time; write YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>{text} no es una fecha con hora; escriba YYYY-MM-DD o YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>{text} is outside the calendar in this time zone</source>
        <translation>{text} queda fuera del calendario en esta zona horaria</translation>
    </message>
    <message>
        <source>{text} is not a date Regulars can read</source>
        <translation>{text} no es una fecha que Regulars pueda leer</translation>
    </message>
    <message>
        <source>There are no sample customers to remove</source>
        <translation>No hay clientes de ejemplo que quitar</translation>
    </message>
    <message>
        <source>same email: {key}</source>
        <translation>mismo correo: {key}</translation>
    </message>
    <message>
        <source>same phone: {key}</source>
        <translation>mismo teléfono: {key}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>a customer cannot be merged with themselves</source>
        <translation>un cliente no se puede fusionar consigo mismo</translation>
    </message>
    <message>
        <source>the customer to merge in is archived; restore them first</source>
        <translation>el cliente que se va a fusionar está archivado; restáurelo primero</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Done: {text}</source>
        <translation>Hecho: {text}</translation>
    </message>
    <message>
        <source>follow-up kind must be one of: {kinds}</source>
        <translation>el tipo de seguimiento debe ser uno de estos: {kinds}</translation>
    </message>
    <message>
        <source>a follow-up needs some text</source>
        <translation>un seguimiento necesita algo de texto</translation>
    </message>
    <message>
        <source>a follow-up is plain text of at most {limit} characters</source>
        <translation>un seguimiento es texto sin formato de {limit} caracteres como máximo</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>la fecha límite</translation>
    </message>
    <message>
        <source>Greeting prepared by email: {greeting}</source>
        <translation>Felicitación preparada por correo: {greeting}</translation>
    </message>
    <message>
        <source>Greeting prepared by text message: {greeting}</source>
        <translation>Felicitación preparada por SMS: {greeting}</translation>
    </message>
    <message>
        <source>Greeting copied to send: {greeting}</source>
        <translation>Felicitación copiada para enviar: {greeting}</translation>
    </message>
    <message>
        <source>Happy birthday, {relative}!</source>
        <translation>¡Feliz cumpleaños, {relative}!</translation>
    </message>
    <message>
        <source>Hi {name}, please wish {relative} a happy birthday from all of us!</source>
        <translation>Hola, {name}: ¡felicite a {relative} por su cumpleaños de parte de todos nosotros!</translation>
    </message>
    <message>
        <source>Happy anniversary, {relative}!</source>
        <translation>¡Feliz aniversario, {relative}!</translation>
    </message>
    <message>
        <source>Hi {name}, please wish {relative} a happy anniversary from all of us!</source>
        <translation>Hola, {name}: ¡felicite a {relative} por su aniversario de parte de todos nosotros!</translation>
    </message>
    <message>
        <source>Happy anniversary!</source>
        <translation>¡Feliz aniversario!</translation>
    </message>
    <message>
        <source>Happy anniversary, {who}! Warm wishes from all of us.</source>
        <translation>¡Feliz aniversario, {who}! Un cordial saludo de parte de todos nosotros.</translation>
    </message>
    <message>
        <source>{name} and {partner}</source>
        <translation>{name} y {partner}</translation>
    </message>
    <message>
        <source>Happy birthday!</source>
        <translation>¡Feliz cumpleaños!</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! Warm wishes from all of us.</source>
        <translation>¡Feliz cumpleaños, {name}! Un cordial saludo de parte de todos nosotros.</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>amount {text} is not a number</source>
        <translation>el importe {text} no es un número</translation>
    </message>
    <message>
        <source>amount {text} is out of range</source>
        <translation>el importe {text} está fuera de rango</translation>
    </message>
    <message>
        <source>amount {text} has more than two decimals</source>
        <translation>el importe {text} tiene más de dos decimales</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>pareja</translation>
    </message>
    <message>
        <source>child</source>
        <translation>hijo/a</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>nieto/a</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>padre/madre</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>hermano/a</translation>
    </message>
    <message>
        <source>pet</source>
        <translation>mascota</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>amigo/a</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro/a</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>{relative}&apos;s birthday, {short}&apos;s {noun}</source>
        <translation>cumpleaños de {relative} ({noun} de {short})</translation>
    </message>
    <message>
        <source>{relative}&apos;s anniversary, {short}&apos;s {noun}</source>
        <translation>aniversario de {relative} ({noun} de {short})</translation>
    </message>
    <message>
        <source>{relative}&apos;s day, {short}&apos;s {noun}</source>
        <translation>fecha de {relative} ({noun} de {short})</translation>
    </message>
    <message>
        <source>{short}&apos;s birthday</source>
        <translation>cumpleaños de {short}</translation>
    </message>
    <message>
        <source>{short}&apos;s anniversary</source>
        <translation>aniversario de {short}</translation>
    </message>
    <message>
        <source>{short}: {label}</source>
        <translation>{short}: {label}</translation>
    </message>
    <message>
        <source>an important date</source>
        <translation>una fecha importante</translation>
    </message>
    <message>
        <source>turns {years}</source>
        <translation>cumple {years}</translation>
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
        <translation>{short} — Prometido: {text}</translation>
    </message>
    <message>
        <source>{short} — Ask: {text}</source>
        <translation>{short} — Preguntar: {text}</translation>
    </message>
    <message>
        <source>{short} — To do: {text}</source>
        <translation>{short} — Pendiente: {text}</translation>
    </message>
    <message>
        <source>{short}: not in touch yet (you wanted every {every} days)</source>
        <translation>{short}: aún sin contacto (lo quería cada {every} días)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Today: nothing to remember</source>
        <translation>Hoy: nada que recordar</translation>
    </message>
    <message>
        <source>Today: nothing due</source>
        <translation>Hoy: nada pendiente</translation>
    </message>
    <message>
        <source>Today: {now:,}</source>
        <translation>Hoy: {now}</translation>
    </message>
    <message>
        <source>{today}, and {later:,} this week</source>
        <translation>{today}, y {later} esta semana</translation>
    </message>
    <message>
        <source>{today} · {suggested:,} to get in touch</source>
        <translation>{today} · {suggested} por contactar</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>el primer día</translation>
    </message>
    <message>
        <source>Called to keep in touch</source>
        <translation>Llamada para mantener el contacto</translation>
    </message>
    <message>
        <source>Sent a message to keep in touch</source>
        <translation>Mensaje enviado para mantener el contacto</translation>
    </message>
    <message>
        <source>Saw them</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Sent wishes: {occasion}</source>
        <translation>Felicitación enviada: {occasion}</translation>
    </message>
    <message>
        <source>say what happened: one of {outcomes}</source>
        <translation>diga qué ha pasado: uno de {outcomes}</translation>
    </message>
    <message>
        <source>Got in touch (reminder)</source>
        <translation>Contacto realizado (recordatorio)</translation>
    </message>
    <message>
        <source>Got in touch: we missed you ({short} usually comes every {usual} days; last visit {away} days ago)</source>
        <translation>Contacto realizado: le echábamos de menos ({short} suele venir cada {usual} días; última visita hace {away} días)</translation>
    </message>
    <message>
        <source>a whole number of days, 0-365</source>
        <translation>un número entero de días, de 0 a 365</translation>
    </message>
    <message>
        <source>a time of day as HH:MM</source>
        <translation>una hora con el formato HH:MM</translation>
    </message>
    <message>
        <source>empty, or a whole number of days</source>
        <translation>vacío, o un número entero de días</translation>
    </message>
    <message>
        <source>a two-letter country code such as GB</source>
        <translation>un código de país de dos letras como GB</translation>
    </message>
    <message>
        <source>a two-letter country code such as DE</source>
        <translation>un código de país de dos letras como DE</translation>
    </message>
    <message>
        <source>a three-letter currency code such as EUR, or empty</source>
        <translation>un código de moneda de tres letras como EUR, o vacío</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number of loyalty points per unit of currency (0 turns points off)</source>
        <translation>un número de puntos de fidelidad por unidad de moneda (0 desactiva los puntos)</translation>
    </message>
    <message>
        <source>dmy (31/12/2026) or mdy (12/31/2026)</source>
        <translation>dmy (31/12/2026) o mdy (12/31/2026)</translation>
    </message>
    <message>
        <source>empty or 0 (off), or a whole number of years, 1-50</source>
        <translation>vacío o 0 (desactivado), o un número entero de años, de 1 a 50</translation>
    </message>
    <message>
        <source>setting {key} must be {meaning}, not {value}</source>
        <translation>el ajuste {key} debe ser {meaning}, no {value}</translation>
    </message>
    <message>
        <source>there is no setting called {key}</source>
        <translation>no hay ningún ajuste llamado {key}</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativa</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiva</translation>
    </message>
    <message>
        <source>Make it right: {text}</source>
        <translation>Arreglarlo: {text}</translation>
    </message>
    <message>
        <source>Loyalty points carried over</source>
        <translation>Puntos de fidelidad traspasados</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>una nota necesita algo de texto</translation>
    </message>
    <message>
        <source>a feedback needs some text</source>
        <translation>una opinión necesita algo de texto</translation>
    </message>
    <message>
        <source>kind must be one of: {kinds}</source>
        <translation>el tipo debe ser uno de estos: {kinds}</translation>
    </message>
    <message>
        <source>the text contains a NUL character</source>
        <translation>el texto contiene un carácter NUL</translation>
    </message>
    <message>
        <source>the text is longer than a million characters</source>
        <translation>el texto supera el millón de caracteres</translation>
    </message>
    <message>
        <source>only a purchase has an amount</source>
        <translation>solo una compra tiene importe</translation>
    </message>
    <message>
        <source>sentiment must be -1 (negative), 0 (neutral) or 1 (positive)</source>
        <translation>la valoración debe ser -1 (negativa), 0 (neutra) o 1 (positiva)</translation>
    </message>
    <message>
        <source>only feedback has a sentiment</source>
        <translation>solo una opinión tiene valoración</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>el día</translation>
    </message>
    <message>
        <source>{at:%Y-%m-%d %H:%M} is in the future</source>
        <translation>{at} está en el futuro</translation>
    </message>
    <message>
        <source>the question to ask is plain text of at most 2000 characters</source>
        <translation>la pregunta es texto sin formato de 2000 caracteres como máximo</translation>
    </message>
    <message>
        <source>points to redeem must be a whole number above zero</source>
        <translation>los puntos que canjear deben ser un número entero mayor que cero</translation>
    </message>
    <message>
        <source>Top spenders this week</source>
        <translation>Mejores clientes de la semana</translation>
    </message>
    <message>
        <source>New this week</source>
        <translation>Nuevos esta semana</translation>
    </message>
    <message>
        <source>Top ten over the last twelve months</source>
        <translation>Los diez mejores de los últimos doce meses</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries in the next seven days</source>
        <translation>Cumpleaños y aniversarios de los próximos siete días</translation>
    </message>
    <message>
        <source>Overdue promises and people to get in touch with</source>
        <translation>Promesas vencidas y clientes por contactar</translation>
    </message>
    <message>
        <source>Regulars who have not been in for a while</source>
        <translation>Clientes habituales que hace tiempo que no vienen</translation>
    </message>
    <message>
        <source>Not seen for years: erase or keep?</source>
        <translation>Sin contacto desde hace años: ¿borrar o conservar?</translation>
    </message>
    <message>
        <source>Thank-you call</source>
        <translation>Llamada de agradecimiento</translation>
    </message>
    <message>
        <source>Thank-you call: a top customer this week</source>
        <translation>Llamada de agradecimiento: uno de los mejores clientes de la semana</translation>
    </message>
    <message>
        <source>Welcome note</source>
        <translation>Nota de bienvenida</translation>
    </message>
    <message>
        <source>Welcome note to a new customer</source>
        <translation>Nota de bienvenida a un cliente nuevo</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Nota de agradecimiento</translation>
    </message>
    <message>
        <source>Thank-you note: one of our top ten</source>
        <translation>Nota de agradecimiento: uno de nuestros diez mejores clientes</translation>
    </message>
    <message>
        <source>Card sent</source>
        <translation>Tarjeta enviada</translation>
    </message>
    <message>
        <source>Sent a card ({occasion})</source>
        <translation>Tarjeta enviada ({occasion})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Get in touch</source>
        <translation>Contactar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>spent {amount:,.2f} this week</source>
        <translation>ha gastado {amount} esta semana</translation>
    </message>
    <message>
        <source>spent {amount:,.2f} in twelve months</source>
        <translation>ha gastado {amount} en doce meses</translation>
    </message>
    <message>
        <source>first here {day:%a %d %b}</source>
        <translation>vino por primera vez el {day}</translation>
    </message>
    <message>
        <source>last contact {day:%d %b %Y}</source>
        <translation>último contacto el {day:%d %b %Y}</translation>
    </message>
    <message>
        <source>added {day:%d %b %Y}, no contact since</source>
        <translation>añadido el {day:%d %b %Y}, sin contacto desde entonces</translation>
    </message>
    <message>
        <source>the week&apos;s last day</source>
        <translation>el último día de la semana</translation>
    </message>
    <message>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>no es un archivo de texto (contiene bytes NUL)</translation>
    </message>
    <message>
        <source>not readable as CSV: {error}</source>
        <translation>no se puede leer como CSV: {error}</translation>
    </message>
    <message>
        <source>the line is {length:,} characters long; not a contact list</source>
        <translation>la línea tiene {length} caracteres; no es una lista de contactos</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the first line has no column headers</source>
        <translation>la primera línea no tiene encabezados de columna</translation>
    </message>
    <message>
        <source>--map {column}={target}: {quoted} is not one of: {fields}</source>
        <translation>--map {column}={target}: {quoted} no es uno de estos: {fields}</translation>
    </message>
    <message>
        <source>--map {column}={target}: there is no column {quoted}; the columns are: {columns}</source>
        <translation>--map {column}={target}: no hay ninguna columna {quoted}; las columnas son: {columns}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>columna {number}</translation>
    </message>
    <message>
        <source>{what}: a value of {length:,} characters is too long and was left out</source>
        <translation>{what}: un valor de {length} caracteres es demasiado largo y se omitió</translation>
    </message>
    <message>
        <source>{what}: {value} is not a number of days</source>
        <translation>{what}: {value} no es un número de días</translation>
    </message>
    <message>
        <source>no name: a customer needs a first name, last name or company</source>
        <translation>sin nombre: un cliente necesita un nombre, apellidos o una empresa</translation>
    </message>
    <message>
        <source>Regulars is already running for this data folder.</source>
        <translation>Regulars ya está abierto para esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Regulars cannot change its data:

{error}</source>
        <translation>Regulars no puede modificar sus datos:

{error}</translation>
    </message>
    <message>
        <source>Regulars could not open its data:

{error}</source>
        <translation>Regulars no ha podido abrir sus datos:

{error}</translation>
    </message>
    <message>
        <source>The customer book at {where} needs a password. Password:</source>
        <translation>La cartera de clientes en {where} necesita una contraseña. Contraseña:</translation>
    </message>
    <message>
        <source>The server at {where} did not accept that password. Password:</source>
        <translation>El servidor en {where} no aceptó esa contraseña. Contraseña:</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be made: {reason}</source>
        <translation>No se puede crear la carpeta de datos {folder}: {reason}</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to.</source>
        <translation>No se puede escribir en la carpeta de datos {folder}.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>antes de importar</translation>
    </message>
    <message>
        <source>before upgrade v{version}</source>
        <translation>antes de actualizar v{version}</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Edit phone</source>
        <translation>Editar teléfono</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>Editar correo</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Añadir dirección</translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation>Editar dirección</translation>
    </message>
    <message>
        <source>Add handle</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Edit handle</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>Add fax</source>
        <translation>Añadir fax</translation>
    </message>
    <message>
        <source>Edit fax</source>
        <translation>Editar fax</translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation>Añadir dirección web</translation>
    </message>
    <message>
        <source>Edit web address</source>
        <translation>Editar dirección web</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>a note, if any</source>
        <translation>una nota, si hace falta</translation>
    </message>
    <message>
        <source>golden retriever, tabby…</source>
        <translation>golden retriever, atigrado…</translation>
    </message>
    <message>
        <source>dog, cat, rabbit…</source>
        <translation>perro, gato, conejo…</translation>
    </message>
    <message>
        <source>12 Harbour Street, Porthaven</source>
        <translation>Calle del Puerto 12, Villanueva</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Messaged</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Logged a call with {name}: “{text}”.</source>
        <translation>Llamada con {name} anotada: «{text}».</translation>
    </message>
    <message>
        <source>Logged a message with {name}: “{text}”.</source>
        <translation>Mensaje a {name} anotado: «{text}».</translation>
    </message>
    <message>
        <source>Logged a visit with {name}: “{text}”.</source>
        <translation>Visita de {name} anotada: «{text}».</translation>
    </message>
    <message>
        <source>Logged an email with {name}: “{text}”.</source>
        <translation>Correo a {name} anotado: «{text}».</translation>
    </message>
    <message>
        <source>Logged a note for {name}: “{text}”.</source>
        <translation>Nota sobre {name} anotada: «{text}».</translation>
    </message>
    <message>
        <source>Logged for {name}: “{text}”.</source>
        <translation>Anotado para {name}: «{text}».</translation>
    </message>
    <message>
        <source>Nothing logged; the reminder is done.</source>
        <translation>No se ha anotado nada; el recordatorio se ha marcado como hecho.</translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation>¿Descartar lo que ha escrito?</translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Privacy on: only names are shown. F8 shows the rest.</source>
        <translation>Modo privado: solo se muestran los nombres. F8 muestra el resto.</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Enviar un mensaje</translation>
    </message>
    <message>
        <source>Just mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>The greeting is copied: paste it into your message to {name}.</source>
        <translation>La felicitación está copiada: péguela en su mensaje a {name}.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>vCard for phones (*.vcf)</source>
        <translation>vCard para móviles (*.vcf)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Mailing list CSV (*.csv)</source>
        <translation>Lista de correo CSV (*.csv)</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>clientes.csv</translation>
    </message>
    <message>
        <source>customers.vcf</source>
        <translation>clientes.vcf</translation>
    </message>
    <message>
        <source>customer-dates.ics</source>
        <translation>fechas-clientes.ics</translation>
    </message>
    <message>
        <source>mailing-list.csv</source>
        <translation>lista-de-correo.csv</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuesto</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nada.</translation>
    </message>
    <message>
        <source>{title} (record {id}, merged into this one)</source>
        <translation>{title} (ficha {id}, fusionada con esta)</translation>
    </message>
    <message>
        <source>Who you are to us</source>
        <translation>Quién es usted para nosotros</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Spent in all</source>
        <translation>Gastado en total</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Puntos de fidelidad</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Cómo contactar con usted</translation>
    </message>
    <message>
        <source>{kind} ({label})</source>
        <translation>{kind} ({label})</translation>
    </message>
    <message>
        <source>Preferred way</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Get in touch every (days)</source>
        <translation>Contactar cada (días)</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Familia y mascotas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>Promises and things to ask</source>
        <translation>Promesas y cosas que preguntarle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>No word on the newsletter is recorded: you get none.</source>
        <translation>No consta nada suyo sobre el boletín: no lo recibe.</translation>
    </message>
    <message>
        <source>{person}&apos;s {date}</source>
        <translation>{date} de {person}</translation>
    </message>
    <message>
        <source>no photo is kept</source>
        <translation>no se guarda ninguna foto</translation>
    </message>
    <message>
        <source>a photo is kept ({bytes} bytes, {type})</source>
        <translation>se guarda una foto ({bytes} bytes, {type})</translation>
    </message>
    <message>
        <source>What else is kept</source>
        <translation>Qué más se guarda</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>{state} until {until}</source>
        <translation>{state} hasta el {until}</translation>
    </message>
    <message>
        <source>Reminder {key}</source>
        <translation>Recordatorio {key}</translation>
    </message>
    <message>
        <source>{state} (noted {noted})</source>
        <translation>{state} (anotado el {noted})</translation>
    </message>
    <message>
        <source>Record: {name}</source>
        <translation>Ficha: {name}</translation>
    </message>
    <message>
        <source>What Regulars keeps about {name}</source>
        <translation>Lo que Regulars guarda sobre {name}</translation>
    </message>
    <message>
        <source>Everything the shop keeps about you in its customer book, as of {at}.</source>
        <translation>Todo lo que la tienda guarda sobre usted en su cartera de clientes, a fecha de {at}.</translation>
    </message>
    <message>
        <source>The same data for a computer to read is inside this file too.</source>
        <translation>Este archivo contiene también los mismos datos en un formato que puede leer un ordenador.</translation>
    </message>
    <message>
        <source>your photo</source>
        <translation>su foto</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Chat handle</source>
        <translation>Usuario de chat</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Mes de nacimiento</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Día de nacimiento</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Nombre de la pareja</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Family (as Regulars writes it)</source>
        <translation>Familia (como la escribe Regulars)</translation>
    </message>
    <message>
        <source>Other date</source>
        <translation>Otra fecha</translation>
    </message>
    <message>
        <source>Notes, preferences</source>
        <translation>Notas, preferencias</translation>
    </message>
    <message>
        <source>Newsletter consent</source>
        <translation>Consentimiento para el boletín</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Stay in touch (days)</source>
        <translation>Mantener el contacto (días)</translation>
    </message>
    <message>
        <source>Logged a visit for {name}.</source>
        <translation>Visita anotada para {name}.</translation>
    </message>
    <message>
        <source>Logged a call for {name}.</source>
        <translation>Llamada anotada para {name}.</translation>
    </message>
    <message>
        <source>Logged an email for {name}.</source>
        <translation>Correo anotado para {name}.</translation>
    </message>
    <message>
        <source>Logged a message for {name}.</source>
        <translation>Mensaje anotado para {name}.</translation>
    </message>
    <message>
        <source>Logged a purchase for {name}.</source>
        <translation>Compra anotada para {name}.</translation>
    </message>
    <message>
        <source>Logged feedback for {name}.</source>
        <translation>Opinión anotada para {name}.</translation>
    </message>
    <message>
        <source>Logged a note for {name}.</source>
        <translation>Nota guardada para {name}.</translation>
    </message>
    <message>
        <source>Logged an event for {name}.</source>
        <translation>Evento anotado para {name}.</translation>
    </message>
    <message>
        <source>Deleted the visit from the timeline.</source>
        <translation>Visita borrada del historial.</translation>
    </message>
    <message>
        <source>Deleted the call from the timeline.</source>
        <translation>Llamada borrada del historial.</translation>
    </message>
    <message>
        <source>Deleted the email from the timeline.</source>
        <translation>Correo borrado del historial.</translation>
    </message>
    <message>
        <source>Deleted the message from the timeline.</source>
        <translation>Mensaje borrado del historial.</translation>
    </message>
    <message>
        <source>Deleted the purchase from the timeline.</source>
        <translation>Compra borrada del historial.</translation>
    </message>
    <message>
        <source>Deleted the feedback from the timeline.</source>
        <translation>Opinión borrada del historial.</translation>
    </message>
    <message>
        <source>Deleted the note from the timeline.</source>
        <translation>Nota borrada del historial.</translation>
    </message>
    <message>
        <source>Deleted the event from the timeline.</source>
        <translation>Evento borrado del historial.</translation>
    </message>
    <message>
        <source>Deleted the entry from the timeline.</source>
        <translation>Entrada borrada del historial.</translation>
    </message>
    <message>
        <source>The timeline</source>
        <translation>El historial</translation>
    </message>
    <message>
        <source>The details</source>
        <translation>Los datos</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Lo prometido</translation>
    </message>
    <message>
        <source>{what} are hidden (privacy on). F8 shows them.</source>
        <translation>{what}: no visibles en modo privado. F8 lo muestra todo.</translation>
    </message>
    <message>
        <source>{what} is hidden (privacy on). F8 shows it.</source>
        <translation>{what}: no visible en modo privado. F8 lo muestra todo.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Saving… (another program is writing to the customer book)</source>
        <translation>Guardando… (otro programa está escribiendo en la cartera de clientes)</translation>
    </message>
    <message>
        <source>Not saved: another program has been writing to the customer book for a minute; nothing was saved — try again.</source>
        <translation>No se ha guardado: otro programa lleva un minuto escribiendo en la cartera de clientes; no se ha guardado nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the data folder cannot be written to (read-only)</source>
        <translation>no se puede escribir en la carpeta de datos (solo lectura)</translation>
    </message>
    <message>
        <source>the database is busy in another program; try again</source>
        <translation>la base de datos está ocupada por otro programa; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Everything saved before is safe.</source>
        <translation>No se ha guardado: {reason}. Todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}) and nothing was changed. The details are in the log: Help &gt; Open the log folder.</source>
        <translation>Algo ha fallado ({error}) y no se ha cambiado nada. Los detalles están en el registro: Ayuda &gt; Abrir la carpeta del registro.</translation>
    </message>
    <message>
        <source>no column for a name (first name, last name, name or company), an email or a phone; the columns are: {columns}</source>
        <translation>no hay columna para un nombre (nombre, apellido, nombre completo o empresa), un correo o un teléfono; las columnas son: {columns}</translation>
    </message>
    <message>
        <source>--map applies to CSV files only</source>
        <translation>--map solo se aplica a archivos CSV</translation>
    </message>
    <message>
        <source>{path}, line {line}: {message}</source>
        <translation>{path}, línea {line}: {message}</translation>
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
        <translation>el archivo es texto UTF-16, pero está cortado o dañado</translation>
    </message>
    <message>
        <source>the file is {size:,} MB; a contact list is never that big (at most {limit} MB), so it is not read</source>
        <translation>el archivo ocupa {size} MB; una lista de contactos nunca es tan grande (como máximo {limit} MB), así que no se lee</translation>
    </message>
    <message>
        <source>{what}: {value} is neither yes, no nor a date; no newsletter consent was recorded</source>
        <translation>{what}: {value} no es ni sí, ni no, ni una fecha; no se registró ningún consentimiento para el boletín</translation>
    </message>
    <message>
        <source>photo could not be read (its data is cut short or damaged) and was left out</source>
        <translation>la foto no se pudo leer (sus datos están cortados o dañados) y se omitió</translation>
    </message>
    <message>
        <source>{what}: {problem}; kept in the note</source>
        <translation>{what}: {problem}; se guardó en la nota</translation>
    </message>
    <message>
        <source>photo of {size:,} characters is larger than the program keeps and was left out</source>
        <translation>foto de {size} caracteres, mayor de lo que guarda el programa; se omitió</translation>
    </message>
    <message>
        <source>{what} of {size:,} characters is larger than the program keeps and was left out</source>
        <translation>{what} de {size} caracteres, mayor de lo que guarda el programa; se omitió</translation>
    </message>
    <message>
        <source>not a vCard (it does not start with BEGIN:VCARD)</source>
        <translation>no es una vCard (no empieza por BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>not a valid vCard: {error}</source>
        <translation>no es una vCard válida: {error}</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>cliente {id}</translation>
    </message>
    <message>
        <source>add {name}</source>
        <translation>añadir a {name}</translation>
    </message>
    <message>
        <source>add a customer</source>
        <translation>añadir un cliente</translation>
    </message>
    <message>
        <source>edit first name of {name}</source>
        <translation>editar el nombre de {name}</translation>
    </message>
    <message>
        <source>edit last name of {name}</source>
        <translation>editar los apellidos de {name}</translation>
    </message>
    <message>
        <source>edit goes-by name of {name}</source>
        <translation>editar el apodo de {name}</translation>
    </message>
    <message>
        <source>edit company of {name}</source>
        <translation>editar la empresa de {name}</translation>
    </message>
    <message>
        <source>edit job title of {name}</source>
        <translation>editar el cargo de {name}</translation>
    </message>
    <message>
        <source>edit role of {name}</source>
        <translation>editar la función de {name}</translation>
    </message>
    <message>
        <source>edit preferences of {name}</source>
        <translation>editar las preferencias de {name}</translation>
    </message>
    <message>
        <source>edit the preferred way to reach {name}</source>
        <translation>editar el canal preferido de {name}</translation>
    </message>
    <message>
        <source>edit how often to keep in touch with {name}</source>
        <translation>editar la frecuencia de contacto con {name}</translation>
    </message>
    <message>
        <source>edit newsletter consent of {name}</source>
        <translation>editar el consentimiento para el boletín de {name}</translation>
    </message>
    <message>
        <source>edit details of {name}</source>
        <translation>editar los datos de {name}</translation>
    </message>
    <message>
        <source>archive {who}</source>
        <translation>archivar a {who}</translation>
    </message>
    <message>
        <source>bring back {who}</source>
        <translation>restaurar a {who}</translation>
    </message>
    <message>
        <source>erase {name}</source>
        <translation>borrar a {name}</translation>
    </message>
    <message>
        <source>record the newsletter consent of {name}</source>
        <translation>anotar el consentimiento para el boletín de {name}</translation>
    </message>
    <message>
        <source>record that {name} withdrew newsletter consent</source>
        <translation>anotar que {name} retiró el consentimiento para el boletín</translation>
    </message>
    <message>
        <source>remove the photo of {name}</source>
        <translation>quitar la foto de {name}</translation>
    </message>
    <message>
        <source>set the photo of {name}</source>
        <translation>poner la foto de {name}</translation>
    </message>
    <message>
        <source>edit the tags of {name}</source>
        <translation>editar las etiquetas de {name}</translation>
    </message>
    <message>
        <source>tag {who}</source>
        <translation>etiquetar a {who}</translation>
    </message>
    <message>
        <source>remove a tag from {who}</source>
        <translation>quitar una etiqueta a {who}</translation>
    </message>
    <message>
        <source>add a phone number to {name}</source>
        <translation>añadir un teléfono a {name}</translation>
    </message>
    <message>
        <source>add an email address to {name}</source>
        <translation>añadir un correo a {name}</translation>
    </message>
    <message>
        <source>add an address to {name}</source>
        <translation>añadir una dirección a {name}</translation>
    </message>
    <message>
        <source>add a handle to {name}</source>
        <translation>añadir un usuario a {name}</translation>
    </message>
    <message>
        <source>add a fax number to {name}</source>
        <translation>añadir un fax a {name}</translation>
    </message>
    <message>
        <source>add a website to {name}</source>
        <translation>añadir un sitio web a {name}</translation>
    </message>
    <message>
        <source>add a contact to {name}</source>
        <translation>añadir un contacto a {name}</translation>
    </message>
    <message>
        <source>edit a contact of {name}</source>
        <translation>editar un contacto de {name}</translation>
    </message>
    <message>
        <source>remove a contact of {name}</source>
        <translation>quitar un contacto de {name}</translation>
    </message>
    <message>
        <source>add a pet to {name}</source>
        <translation>añadir una mascota a {name}</translation>
    </message>
    <message>
        <source>add family to {name}</source>
        <translation>añadir un familiar a {name}</translation>
    </message>
    <message>
        <source>edit family of {name}</source>
        <translation>editar un familiar de {name}</translation>
    </message>
    <message>
        <source>remove family of {name}</source>
        <translation>quitar un familiar de {name}</translation>
    </message>
    <message>
        <source>add a date to {name}</source>
        <translation>añadir una fecha a {name}</translation>
    </message>
    <message>
        <source>edit a date of {name}</source>
        <translation>editar una fecha de {name}</translation>
    </message>
    <message>
        <source>remove a date of {name}</source>
        <translation>quitar una fecha de {name}</translation>
    </message>
    <message>
        <source>merge {other} into {name}</source>
        <translation>fusionar a {other} con {name}</translation>
    </message>
    <message>
        <source>log visit for {name}</source>
        <translation>anotar una visita para {name}</translation>
    </message>
    <message>
        <source>log call for {name}</source>
        <translation>anotar una llamada para {name}</translation>
    </message>
    <message>
        <source>log email for {name}</source>
        <translation>anotar un correo para {name}</translation>
    </message>
    <message>
        <source>log message for {name}</source>
        <translation>anotar un mensaje para {name}</translation>
    </message>
    <message>
        <source>log purchase for {name}</source>
        <translation>anotar una compra para {name}</translation>
    </message>
    <message>
        <source>log feedback for {name}</source>
        <translation>anotar una opinión para {name}</translation>
    </message>
    <message>
        <source>log note for {name}</source>
        <translation>anotar una nota para {name}</translation>
    </message>
    <message>
        <source>log event for {name}</source>
        <translation>anotar un evento para {name}</translation>
    </message>
    <message>
        <source>log an entry for {name}</source>
        <translation>anotar una entrada para {name}</translation>
    </message>
    <message>
        <source>edit visit of {name}</source>
        <translation>editar la visita de {name}</translation>
    </message>
    <message>
        <source>edit call of {name}</source>
        <translation>editar la llamada de {name}</translation>
    </message>
    <message>
        <source>edit email of {name}</source>
        <translation>editar el correo de {name}</translation>
    </message>
    <message>
        <source>edit message of {name}</source>
        <translation>editar el mensaje de {name}</translation>
    </message>
    <message>
        <source>edit purchase of {name}</source>
        <translation>editar la compra de {name}</translation>
    </message>
    <message>
        <source>edit feedback of {name}</source>
        <translation>editar la opinión de {name}</translation>
    </message>
    <message>
        <source>edit note of {name}</source>
        <translation>editar la nota de {name}</translation>
    </message>
    <message>
        <source>edit event of {name}</source>
        <translation>editar el evento de {name}</translation>
    </message>
    <message>
        <source>edit an entry of {name}</source>
        <translation>editar una entrada de {name}</translation>
    </message>
    <message>
        <source>delete visit of {name}</source>
        <translation>borrar la visita de {name}</translation>
    </message>
    <message>
        <source>delete call of {name}</source>
        <translation>borrar la llamada de {name}</translation>
    </message>
    <message>
        <source>delete email of {name}</source>
        <translation>borrar el correo de {name}</translation>
    </message>
    <message>
        <source>delete message of {name}</source>
        <translation>borrar el mensaje de {name}</translation>
    </message>
    <message>
        <source>delete purchase of {name}</source>
        <translation>borrar la compra de {name}</translation>
    </message>
    <message>
        <source>delete feedback of {name}</source>
        <translation>borrar la opinión de {name}</translation>
    </message>
    <message>
        <source>delete note of {name}</source>
        <translation>borrar la nota de {name}</translation>
    </message>
    <message>
        <source>delete event of {name}</source>
        <translation>borrar el evento de {name}</translation>
    </message>
    <message>
        <source>delete an entry of {name}</source>
        <translation>borrar una entrada de {name}</translation>
    </message>
    <message>
        <source>pin visit of {name}</source>
        <translation>fijar la visita de {name}</translation>
    </message>
    <message>
        <source>pin call of {name}</source>
        <translation>fijar la llamada de {name}</translation>
    </message>
    <message>
        <source>pin email of {name}</source>
        <translation>fijar el correo de {name}</translation>
    </message>
    <message>
        <source>pin message of {name}</source>
        <translation>fijar el mensaje de {name}</translation>
    </message>
    <message>
        <source>pin purchase of {name}</source>
        <translation>fijar la compra de {name}</translation>
    </message>
    <message>
        <source>pin feedback of {name}</source>
        <translation>fijar la opinión de {name}</translation>
    </message>
    <message>
        <source>pin note of {name}</source>
        <translation>fijar la nota de {name}</translation>
    </message>
    <message>
        <source>pin event of {name}</source>
        <translation>fijar el evento de {name}</translation>
    </message>
    <message>
        <source>pin an entry of {name}</source>
        <translation>fijar una entrada de {name}</translation>
    </message>
    <message>
        <source>unpin visit of {name}</source>
        <translation>dejar de fijar la visita de {name}</translation>
    </message>
    <message>
        <source>unpin call of {name}</source>
        <translation>dejar de fijar la llamada de {name}</translation>
    </message>
    <message>
        <source>unpin email of {name}</source>
        <translation>dejar de fijar el correo de {name}</translation>
    </message>
    <message>
        <source>unpin message of {name}</source>
        <translation>dejar de fijar el mensaje de {name}</translation>
    </message>
    <message>
        <source>unpin purchase of {name}</source>
        <translation>dejar de fijar la compra de {name}</translation>
    </message>
    <message>
        <source>unpin feedback of {name}</source>
        <translation>dejar de fijar la opinión de {name}</translation>
    </message>
    <message>
        <source>unpin note of {name}</source>
        <translation>dejar de fijar la nota de {name}</translation>
    </message>
    <message>
        <source>unpin event of {name}</source>
        <translation>dejar de fijar el evento de {name}</translation>
    </message>
    <message>
        <source>unpin an entry of {name}</source>
        <translation>dejar de fijar una entrada de {name}</translation>
    </message>
    <message>
        <source>redeem points of {name}</source>
        <translation>canjear puntos de {name}</translation>
    </message>
    <message>
        <source>add a promise for {name}</source>
        <translation>anotar una promesa para {name}</translation>
    </message>
    <message>
        <source>add a task for {name}</source>
        <translation>anotar una tarea para {name}</translation>
    </message>
    <message>
        <source>add something to ask {name}</source>
        <translation>anotar una pregunta para {name}</translation>
    </message>
    <message>
        <source>add a follow-up for {name}</source>
        <translation>añadir un seguimiento para {name}</translation>
    </message>
    <message>
        <source>close a promise of {name}</source>
        <translation>cerrar una promesa de {name}</translation>
    </message>
    <message>
        <source>thank-you call to {name}</source>
        <translation>llamada de agradecimiento a {name}</translation>
    </message>
    <message>
        <source>welcome note to {name}</source>
        <translation>nota de bienvenida a {name}</translation>
    </message>
    <message>
        <source>thank-you note to {name}</source>
        <translation>nota de agradecimiento a {name}</translation>
    </message>
    <message>
        <source>card sent to {name}</source>
        <translation>tarjeta enviada a {name}</translation>
    </message>
    <message>
        <source>done: follow-up for {name}</source>
        <translation>completar el seguimiento de {name}</translation>
    </message>
    <message>
        <source>got in touch with {name}</source>
        <translation>contacto realizado con {name}</translation>
    </message>
    <message>
        <source>keep {name} for another year</source>
        <translation>conservar a {name} un año más</translation>
    </message>
    <message>
        <source>{action}: {name}</source>
        <translation>{action}: {name}</translation>
    </message>
    <message>
        <source>done: birthday reminder for {name}</source>
        <translation>completar el recordatorio de cumpleaños de {name}</translation>
    </message>
    <message>
        <source>done: anniversary reminder for {name}</source>
        <translation>completar el recordatorio de aniversario de {name}</translation>
    </message>
    <message>
        <source>done: date reminder for {name}</source>
        <translation>completar el recordatorio de fecha de {name}</translation>
    </message>
    <message>
        <source>done: keeping in touch with {name}</source>
        <translation>completar el recordatorio de contacto con {name}</translation>
    </message>
    <message>
        <source>done: getting in touch with {name}</source>
        <translation>completar la toma de contacto con {name}</translation>
    </message>
    <message>
        <source>done: reminder for {name}</source>
        <translation>completar un recordatorio de {name}</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar los ajustes</translation>
    </message>
    <message>
        <source>change where the shop is</source>
        <translation>cambiar la ubicación de la tienda</translation>
    </message>
    <message>
        <source>“{title}” cannot be undone: another program has changed the same record since; nothing was changed</source>
        <translation>«{title}» no se puede deshacer: otro programa ha cambiado el mismo registro desde entonces; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>on a signed form</source>
        <translation>con un formulario firmado</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por correo</translation>
    </message>
    <message>
        <source>imported from {source}</source>
        <translation>importado de {source}</translation>
    </message>
    <message>
        <source>recorded before consent had a history</source>
        <translation>anotado antes de que hubiera historial de consentimientos</translation>
    </message>
    <message>
        <source>Newsletter consent given ({how})</source>
        <translation>Dio su consentimiento para el boletín ({how})</translation>
    </message>
    <message>
        <source>Newsletter consent withdrawn ({how})</source>
        <translation>Retiró su consentimiento para el boletín ({how})</translation>
    </message>
    <message>
        <source>how consent was given must be one of: {hows}</source>
        <translation>la forma del consentimiento debe ser una de estas: {hows}</translation>
    </message>
    <message>
        <source>an imported consent needs the name of its file</source>
        <translation>un consentimiento importado necesita el nombre de su archivo</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .html, .json or .txt</source>
        <translation>{path}: indique un nombre de archivo que termine en .html, .json o .txt</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>&amp;En persona</translation>
    </message>
    <message>
        <source>On a &amp;signed form</source>
        <translation>Con un formulario &amp;firmado</translation>
    </message>
    <message>
        <source>By &amp;email</source>
        <translation>&amp;Por correo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>the server at {where} asks for a password: put it in {file} as host:port:database:user:password (readable by you only), or in the PGPASSWORD environment variable</source>
        <translation>el servidor {where} pide una contraseña: póngala en {file} como host:port:database:user:password (legible solo por usted), o en la variable de entorno PGPASSWORD</translation>
    </message>
    <message>
        <source>the server at {where} did not accept the password for this user: check the one in {file} or PGPASSWORD</source>
        <translation>el servidor {where} no aceptó la contraseña de este usuario: compruebe la de {file} o de PGPASSWORD</translation>
    </message>
    <message>
        <source>the server at {where} has no {said}: create it first</source>
        <translation>el servidor {where} no tiene {said}: créela primero</translation>
    </message>
    <message>
        <source>the server at {where} cannot be used: {said}</source>
        <translation>no se puede usar el servidor {where}: {said}</translation>
    </message>
    <message>
        <source>{address} is not the address of a server&apos;s customer book: write it like postgresql://user@host/database</source>
        <translation>{address} no es la dirección de una cartera de clientes en un servidor: escríbala como postgresql://usuario@host/base</translation>
    </message>
    <message>
        <source>the database at {where} holds tables of another program, not a customer book: give Regulars an empty database of its own</source>
        <translation>la base de datos en {where} contiene tablas de otro programa, no una cartera de clientes: dé a Regulars una base de datos vacía propia</translation>
    </message>
    <message>
        <source>the server book at {url} already holds customers; a copy goes only into an empty book (create a new database for it)</source>
        <translation>la cartera de clientes del servidor {url} ya tiene clientes; una copia solo va a una cartera vacía (cree una base de datos nueva para ella)</translation>
    </message>
    <message>
        <source>there is no customer book on the server at {url}</source>
        <translation>no hay ninguna cartera de clientes en el servidor {url}</translation>
    </message>
    <message>
        <source>the customer book in {folder} already holds customers; a copy goes only into an empty book (choose another folder with --data-dir)</source>
        <translation>la cartera de clientes de {folder} ya tiene clientes; una copia solo va a una cartera vacía (elija otra carpeta con --data-dir)</translation>
    </message>
    <message>
        <source>the server book at {url} was written by a newer Regulars (version {version}); update Regulars first</source>
        <translation>la cartera de clientes del servidor {url} la escribió un Regulars más reciente (versión {version}); actualice Regulars primero</translation>
    </message>
    <message>
        <source>the server book at {url} was written by an older Regulars (version {version}); open it with that one first</source>
        <translation>la cartera de clientes del servidor {url} la escribió un Regulars más antiguo (versión {version}); ábrala primero con ese</translation>
    </message>
    <message>
        <source>a counter&apos;s name cannot hold control characters</source>
        <translation>el nombre de un mostrador no puede contener caracteres de control</translation>
    </message>
    <message>
        <source>a counter&apos;s name is at most {most} characters, not {length}</source>
        <translation>el nombre de un mostrador tiene como máximo {most} caracteres, no {length}</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>el usuario</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>falta {field}</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>el puerto debe ser un número del 1 al 65535</translation>
    </message>
</context>
<context>
    <name>BirthdayFields</name>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year, if known</source>
        <translation>año, si se sabe</translation>
    </message>
    <message>
        <source>type the day of the birthday</source>
        <translation>escriba el día del cumpleaños</translation>
    </message>
    <message>
        <source>choose the month of the birthday</source>
        <translation>elija el mes del cumpleaños</translation>
    </message>
</context>
<context>
    <name>BookPlaceDialog</name>
    <message>
        <source>Customer Book</source>
        <translation>Cartera de clientes</translation>
    </message>
    <message>
        <source>On this &amp;computer (one counter)</source>
        <translation>En este &amp;ordenador (un mostrador)</translation>
    </message>
    <message>
        <source>On a &amp;server (every counter of the shop)</source>
        <translation>En un s&amp;ervidor (todos los mostradores de la tienda)</translation>
    </message>
    <message>
        <source>empty: the one kept, or ~/.pgpass</source>
        <translation>vacío: la guardada, o ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Encrypted connection (TLS)</source>
        <translation>Conexión &amp;cifrada (TLS)</translation>
    </message>
    <message>
        <source>Regulars opens the customer book there at its next start. Copy a book to a new server first with File &gt; Copy the customer book to a server.</source>
        <translation>Regulars abre la cartera de clientes allí en el próximo inicio. Copie primero una cartera a un servidor nuevo con Archivo &gt; Copiar la cartera de clientes a un servidor.</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;vidor</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;uerto</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Base de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Contra&amp;seña</translation>
    </message>
    <message>
        <source>The customer book is on this computer from the next start.</source>
        <translation>La cartera de clientes está en este ordenador desde el próximo inicio.</translation>
    </message>
    <message>
        <source>The customer book is on {server} from the next start. This computer has no keyring to keep the password: put it in ~/.pgpass, or type it when Regulars asks.</source>
        <translation>La cartera de clientes está en {server} desde el próximo inicio. Este ordenador no tiene llavero para guardar la contraseña: póngala en ~/.pgpass o escríbala cuando Regulars la pida.</translation>
    </message>
    <message>
        <source>The customer book is on {server} from the next start.</source>
        <translation>La cartera de clientes está en {server} desde el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Adding sample customers…</source>
        <translation>Añadiendo clientes de ejemplo…</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln sample customer(s): File &gt; Remove the sample customers takes them away again</source>
        <translation>
            <numerusform>%Ln cliente de ejemplo añadido: Archivo &gt; Quitar los clientes de ejemplo lo quita</numerusform>
            <numerusform>%Ln clientes de ejemplo añadidos: Archivo &gt; Quitar los clientes de ejemplo los quita</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no sample customers to remove</source>
        <translation>No hay clientes de ejemplo que quitar</translation>
    </message>
    <message>
        <source>Remove the sample customers</source>
        <translation>Quitar los clientes de ejemplo</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln sample customer(s)?</source>
        <translation>
            <numerusform>¿Quitar %Ln cliente de ejemplo?</numerusform>
            <numerusform>¿Quitar los %Ln clientes de ejemplo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their timelines, family, dates, tags, follow-ups and reminders go with them. Customers you added yourself stay. Edit &gt; Undo brings the samples back.</source>
        <translation>Su historial, familia, fechas, etiquetas, seguimientos y recordatorios se van con ellos. Los clientes que añadió usted se quedan. Editar &gt; Deshacer recupera los ejemplos.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln sample customer(s)</source>
        <translation>
            <numerusform>Quitar %Ln cliente de ejemplo</numerusform>
            <numerusform>Quitar %Ln clientes de ejemplo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln sample customer(s).</source>
        <translation>
            <numerusform>%Ln cliente de ejemplo quitado.</numerusform>
            <numerusform>%Ln clientes de ejemplo quitados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln customer(s) to {path}</source>
        <translation>
            <numerusform>Copia de seguridad de %Ln cliente en {path}</numerusform>
            <numerusform>Copia de seguridad de %Ln clientes en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln customer(s) to {where}, every row checked</source>
        <translation>
            <numerusform>%Ln cliente copiado a {where}, cada fila comprobada</numerusform>
            <numerusform>%Ln clientes copiados a {where}, cada fila comprobada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente restaurado</numerusform>
            <numerusform>%Ln clientes restaurados</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is damaged: some of it cannot be read.</source>
        <translation>La base de datos está dañada: una parte no se puede leer.</translation>
    </message>
    <message>
        <source>Restore a good backup now. What is there now is backed up first, so the restore can be undone.</source>
        <translation>Restaure ahora una copia de seguridad en buen estado. Antes se hace una copia de lo que hay, para poder deshacer la restauración.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Elegir una copia…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>{key} brings the list back.</source>
        <translation>{key} vuelve a mostrar la lista.</translation>
    </message>
    <message>
        <source>{heading}. First: {first}. See the Today list.</source>
        <translation>{heading}. Primero: {first}. Vea la lista de Hoy.</translation>
    </message>
    <message>
        <source>Open a customer first (Ctrl+F to find one)</source>
        <translation>Abra primero un cliente (Ctrl+F para buscarlo)</translation>
    </message>
    <message>
        <source>Archived {whom}.</source>
        <translation>Archivado: {whom}.</translation>
    </message>
    <message>
        <source>Select customers in the list first</source>
        <translation>Seleccione primero clientes en la lista</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>Etiquetar clientes</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln customer(s):</source>
        <translation>
            <numerusform>Etiqueta para %Ln cliente:</numerusform>
            <numerusform>Etiqueta para %Ln clientes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s) {tags}</source>
        <translation>
            <numerusform>%Ln cliente etiquetado: {tags}</numerusform>
            <numerusform>%Ln clientes etiquetados: {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente etiquetado</numerusform>
            <numerusform>%Ln clientes etiquetados</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected customers have no tags</source>
        <translation>Los clientes seleccionados no tienen etiquetas</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Etiqueta que quitar:</translation>
    </message>
    <message numerus="yes">
        <source>Removed {tag} from %Ln customer(s)</source>
        <translation>
            <numerusform>Etiqueta {tag} quitada a %Ln cliente</numerusform>
            <numerusform>Etiqueta {tag} quitada a %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed a tag from %Ln customer(s)</source>
        <translation>
            <numerusform>Etiqueta quitada a %Ln cliente</numerusform>
            <numerusform>Etiqueta quitada a %Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a customer first</source>
        <translation>Abra primero un cliente</translation>
    </message>
    <message>
        <source>{name} has no points to redeem</source>
        <translation>{name} no tiene puntos que canjear</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>Canjear puntos</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %Ln point(s). Redeem:</source>
        <translation>
            <numerusform>{name} tiene %Ln punto. Canjear:</numerusform>
            <numerusform>{name} tiene %Ln puntos. Canjear:</numerusform>
        </translation>
    </message>
    <message>
        <source>Points to redeem for {name}:</source>
        <translation>Puntos que canjear para {name}:</translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s) for {name}</source>
        <translation>
            <numerusform>%Ln punto canjeado para {name}</numerusform>
            <numerusform>%Ln puntos canjeados para {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeemed points for {name}</source>
        <translation>Puntos canjeados para {name}</translation>
    </message>
    <message>
        <source>Merged into {name}.</source>
        <translation>Fusionado con {name}.</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version}&lt;br&gt;Remember your customers.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {version}&lt;br&gt;Recuerde a sus clientes.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>At the other counter: {theirs}
Yours: {mine}</source>
        <translation>En el otro mostrador: {theirs}
El suyo: {mine}</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Usar el mío</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar el otro</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Newsletter consent</source>
        <translation>Consentimiento para el boletín</translation>
    </message>
    <message>
        <source>How did they agree to the newsletter?</source>
        <translation>¿Cómo aceptó el boletín?</translation>
    </message>
    <message>
        <source>How did they withdraw their consent?</source>
        <translation>¿Cómo retiró su consentimiento?</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>mobile, work, home…</source>
        <translation>móvil, trabajo, casa…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Descripción</translation>
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
    <name>CustomerTableModel</name>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Edit date</source>
        <translation>Editar fecha</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Añadir fecha</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>wedding, shop opening…</source>
        <translation>boda, apertura de la tienda…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Keep the first, move everything of the second onto it</source>
        <translation>Conservar el primero y pasarle todo lo del segundo</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Conservar el otro</translation>
    </message>
    <message>
        <source>Customers who share an email, a phone number or their whole name. Merging keeps the first and archives the second.</source>
        <translation>Clientes que comparten correo, teléfono o nombre completo. Al fusionar se conserva el primero y se archiva el segundo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely duplicate(s)</source>
        <translation>
            <numerusform>%Ln posible duplicado</numerusform>
            <numerusform>%Ln posibles duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>No hay posibles duplicados.</translation>
    </message>
    <message>
        <source>Keep  {kept}
Merge {merged}
({reason})</source>
        <translation>Conservar: {kept}
Fusionar: {merged}
({reason})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeline entry(s)</source>
        <translation>
            <numerusform>%Ln entrada en el historial</numerusform>
            <numerusform>%Ln entradas en el historial</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <source>Merge {other} into {kept}?

Timeline, family, dates, tags, phone numbers and emails are combined, and {other} is archived. Edit &gt; Undo reverses it.</source>
        <translation>¿Fusionar {other} con {kept}?

Se combinan el historial, la familia, las fechas, las etiquetas, los teléfonos y los correos, y {other} se archiva. Editar &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
</context>
<context>
    <name>ElidedLine</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln más</numerusform>
            <numerusform>+%Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Regulars</source>
        <translation>Le damos la bienvenida a Regulars</translation>
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
    <name>EntryDelegate</name>
    <message>
        <source>to make right</source>
        <translation>por arreglar</translation>
    </message>
    <message>
        <source>made right ✓</source>
        <translation>arreglado ✓</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln punto</numerusform>
            <numerusform>+%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-%Ln point(s)</source>
        <translation>
            <numerusform>-%Ln punto</numerusform>
            <numerusform>-%Ln puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit timeline entry</source>
        <translation>Editar entrada del historial</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>EraseQuestion</name>
    <message>
        <source>Erase This Customer</source>
        <translation>Borrar este cliente</translation>
    </message>
    <message>
        <source>Erase {name} for good?</source>
        <translation>¿Borrar a {name} definitivamente?</translation>
    </message>
    <message numerus="yes">
        <source>• the records merged into them (%Ln)</source>
        <translation>
            <numerusform>• la ficha fusionada con la suya (%Ln)</numerusform>
            <numerusform>• las fichas fusionadas con la suya (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything kept about them goes now:</source>
        <translation>Todo lo que se guarda de este cliente se borra ahora:</translation>
    </message>
    <message>
        <source>• the customer, with their contact points</source>
        <translation>• el cliente, con sus datos de contacto</translation>
    </message>
    <message>
        <source>• their family and pets, and their dates</source>
        <translation>• su familia y mascotas, y sus fechas</translation>
    </message>
    <message numerus="yes">
        <source>• every entry of their timeline (%Ln)</source>
        <translation>
            <numerusform>• la entrada de su historial (%Ln)</numerusform>
            <numerusform>• todas las entradas de su historial (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>• their follow-ups and promises</source>
        <translation>• sus seguimientos y promesas</translation>
    </message>
    <message>
        <source>• the tags only they have</source>
        <translation>• las etiquetas que solo tiene este cliente</translation>
    </message>
    <message>
        <source>• what was done with their reminders</source>
        <translation>• lo que se hizo con sus recordatorios</translation>
    </message>
    <message>
        <source>• their photo, and their rows in the search</source>
        <translation>• su foto, y sus datos en la búsqueda</translation>
    </message>
    <message>
        <source>This cannot be undone. Their earlier changes leave the Undo list. One line stays in the erasure register: a number and the date, no name.</source>
        <translation>Esto no se puede deshacer, y sus cambios anteriores tampoco. En el registro de borrados queda una línea: un número y la fecha, sin nombre.</translation>
    </message>
    <message>
        <source>Backups made before keep them until the backup rotation removes them; restoring one of those erases them again.</source>
        <translation>Las copias de seguridad anteriores lo conservan hasta que se eliminan automáticamente; si restaura una de ellas, se vuelve a borrar.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Open a customer first</source>
        <translation>Abra primero un cliente</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>Customer erased. Line {number} of the erasure register.</source>
        <translation>Cliente borrado. Línea {number} del registro de borrados.</translation>
    </message>
</context>
<context>
    <name>FamilyRows</name>
    <message>
        <source>+ &amp;Add family or pet</source>
        <translation>+ Añadir f&amp;amiliar o mascota</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>A vCard file (.vcf) from a phone or address book, or a CSV file from a shop system or spreadsheet.</source>
        <translation>Un archivo vCard (.vcf) de un móvil o una libreta de direcciones, o un archivo CSV de un programa de caja o una hoja de cálculo.</translation>
    </message>
    <message>
        <source>/home/…/contacts.vcf</source>
        <translation>/home/…/contactos.vcf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt)</source>
        <translation>Contactos (*.vcf *.vcard *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
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
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visita</numerusform>
            <numerusform>%Ln visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>spent {amount}</source>
        <translation>{amount} gastados</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>promised, overdue: {promise}</source>
        <translation>prometido, vencido: {promise}</translation>
    </message>
    <message>
        <source>promised: {promise}</source>
        <translation>prometido: {promise}</translation>
    </message>
    <message>
        <source>Today: {items}</source>
        <translation>Hoy: {items}</translation>
    </message>
    <message>
        <source>no family or pets noted</source>
        <translation>sin familia ni mascotas anotadas</translation>
    </message>
    <message>
        <source>nothing logged yet</source>
        <translation>aún no hay nada anotado</translation>
    </message>
    <message>
        <source>{when}: {kind}</source>
        <translation>{when}: {kind}</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Preguntar:</translation>
    </message>
    <message>
        <source>(due {day})</source>
        <translation>(plazo: {day})</translation>
    </message>
    <message>
        <source>(by {day})</source>
        <translation>(para el {day})</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>Prometido:</translation>
    </message>
    <message>
        <source>nothing to ask or do</source>
        <translation>nada que preguntar ni hacer</translation>
    </message>
    <message>
        <source>nothing noted yet</source>
        <translation>aún no hay nada anotado</translation>
    </message>
    <message>
        <source>Last visit {when}</source>
        <translation>Última visita {when}</translation>
    </message>
    <message>
        <source>Bought {when}: {what}</source>
        <translation>Compró {when}: {what}</translation>
    </message>
    <message>
        <source>Last contact {when}</source>
        <translation>Último contacto {when}</translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>{occasion}: send a message?</source>
        <translation>{occasion}: ¿enviar un mensaje?</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Open a customer first</source>
        <translation>Abra primero un cliente</translation>
    </message>
    <message>
        <source>Export This Customer&apos;s Data</source>
        <translation>Exportar los datos de este cliente</translation>
    </message>
    <message>
        <source>Page to read, with the data inside (*.html *.htm)</source>
        <translation>Página para leer, con los datos dentro (*.html *.htm)</translation>
    </message>
    <message>
        <source>Data for programs (*.json)</source>
        <translation>Datos para programas (*.json)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>{name} - data.html</source>
        <translation>{name} - datos.html</translation>
    </message>
    <message>
        <source>Everything kept about this customer is in {path}</source>
        <translation>Todo lo que se guarda de este cliente está en {path}</translation>
    </message>
    <message>
        <source>Select customers in the list first</source>
        <translation>Seleccione primero clientes en la lista</translation>
    </message>
    <message>
        <source>Undo the last &amp;import</source>
        <translation>Deshacer la última &amp;importación</translation>
    </message>
    <message numerus="yes">
        <source>Undo the last &amp;import (removes %Ln customer(s))</source>
        <translation>
            <numerusform>Deshacer la última &amp;importación (quita %Ln cliente)</numerusform>
            <numerusform>Deshacer la última &amp;importación (quita %Ln clientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Something has been written since the last import: restore its backup from File &gt; Restore from a backup</source>
        <translation>Se han guardado cambios después de la última importación: restaure su copia desde Archivo &gt; Restaurar una copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>The import is undone: %Ln customer(s) as before it.</source>
        <translation>
            <numerusform>La importación se ha deshecho: %Ln cliente, como antes.</numerusform>
            <numerusform>La importación se ha deshecho: %Ln clientes, como antes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>There is no file there.</source>
        <translation>Ahí no hay ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>A vCard file with %Ln card(s).</source>
        <translation>
            <numerusform>Un archivo vCard con %Ln tarjeta.</numerusform>
            <numerusform>Un archivo vCard con %Ln tarjetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>A CSV file with {rows} and {columns} ({encoding}, separated by {delimiter}).</source>
        <translation>Un archivo CSV con {rows} y {columns} ({encoding}, separado por {delimiter}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln columna</numerusform>
            <numerusform>%Ln columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported: {error}</source>
        <translation>Este archivo no se puede importar: {error}</translation>
    </message>
    <message>
        <source>Choose which column holds the name (first name, last name, full name or company), an email or a phone to go on.</source>
        <translation>Para continuar, elija la columna que contiene el nombre (nombre, apellidos, nombre completo o empresa), un correo o un teléfono.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>Will add %Ln new customer(s), update {updated} already here (same email, phone, or name and birthday), and skip {skipped}.</source>
        <translation>
            <numerusform>Clientes nuevos que se añadirán: %Ln. Ya existentes que se actualizarán (mismo correo, teléfono, o nombre y cumpleaños): {updated}. Que se omitirán: {skipped}.</numerusform>
            <numerusform>Clientes nuevos que se añadirán: %Ln. Ya existentes que se actualizarán (mismo correo, teléfono, o nombre y cumpleaños): {updated}. Que se omitirán: {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here and unchanged.</source>
        <translation>
            <numerusform>%Ln ya existente y sin cambios.</numerusform>
            <numerusform>%Ln ya existentes y sin cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) could be read either way: read as {order}.</source>
        <translation>
            <numerusform>%Ln fecha se puede leer de las dos maneras: leída como {order}.</numerusform>
            <numerusform>%Ln fechas se pueden leer de las dos maneras: leídas como {order}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) will be left out (see below).</source>
        <translation>
            <numerusform>Se omitirá %Ln valor (ver abajo).</numerusform>
            <numerusform>Se omitirán %Ln valores (ver abajo).</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>línea {line}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Done: added {added}, updated {updated}, skipped {skipped}, %Ln already here and unchanged.</source>
        <translation>
            <numerusform>Hecho. Añadidos: {added}, actualizados: {updated}, omitidos: {skipped}, ya existente y sin cambios: %Ln.</numerusform>
            <numerusform>Hecho. Añadidos: {added}, actualizados: {updated}, omitidos: {skipped}, ya existentes y sin cambios: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: added {added}, updated {updated}, skipped {skipped}.</source>
        <translation>Hecho. Añadidos: {added}, actualizados: {updated}, omitidos: {skipped}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) left out.</source>
        <translation>
            <numerusform>%Ln valor omitido.</numerusform>
            <numerusform>%Ln valores omitidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {message}</source>
        <translation>No se ha importado nada: {message}</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Find: name, phone, email, family, pet, tag, note…  (Ctrl+F)</source>
        <translation>Buscar: nombre, teléfono, correo, familia, mascota, etiqueta, nota…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped coming&lt;/b&gt;, who used to spend most first</source>
        <translation>&lt;b&gt;Dejaron de venir&lt;/b&gt;, primero los que más gastaban</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Privacy on (F8)</source>
        <translation>Modo privado (F8)</translation>
    </message>
    <message>
        <source>{app} — privacy on</source>
        <translation>{app} — modo privado</translation>
    </message>
    <message>
        <source>Logged for {name}.</source>
        <translation>Anotado para {name}.</translation>
    </message>
    <message>
        <source>{text}  Ctrl+Z undoes it.</source>
        <translation>{text}  Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Regulars speaks this language everywhere from its next start.</source>
        <translation>Regulars estará por completo en este idioma la próxima vez que lo abra.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Regulars is still running</source>
        <translation>Regulars sigue abierto</translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray. Quit from its menu to stop.</source>
        <translation>Los recordatorios siguen llegando desde el icono del área de notificación. Para cerrar Regulars del todo, elija Salir en su menú.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what will be imported</source>
        <translation>Comprobar qué se importará</translation>
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
        <source>Dates like 03/04/1980 are</source>
        <translation>Las fechas como 03/04/1980 están en</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Each column&apos;s field is a guess from its header: change any that is wrong. The first rows of the file are shown.</source>
        <translation>El campo de cada columna se deduce de su encabezado: cambie los que no sean correctos. Se muestran las primeras filas del archivo.</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Campo para la columna {header}</translation>
    </message>
    <message>
        <source>The cards in the file:</source>
        <translation>Las tarjetas del archivo:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation>Teléfono / correo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>the name they go by</source>
        <translation>cómo le llaman</translation>
    </message>
    <message>
        <source>for a business customer</source>
        <translation>para clientes de empresa</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Familia y mascotas</translation>
    </message>
    <message>
        <source>Tags, an address, other dates and preferences go in the Details tab.</source>
        <translation>Las etiquetas, la dirección, otras fechas y las preferencias van en la pestaña Datos.</translation>
    </message>
</context>
<context>
    <name>NewsletterRow</name>
    <message>
        <source>Agreed to the newsletter</source>
        <translation>Aceptó el boletín</translation>
    </message>
    <message>
        <source>since {day}, {how}</source>
        <translation>desde el {day}, {how}</translation>
    </message>
    <message>
        <source>withdrawn {day}, {how}</source>
        <translation>retirado el {day}, {how}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>What happened with {name}?</source>
        <translation>¿Qué ha pasado con {name}?</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
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
    <name>ProfilePane</name>
    <message>
        <source>Choose a customer on the left — or press Ctrl+F to find one, Ctrl+N to add one.</source>
        <translation>Elija un cliente a la izquierda, o pulse Ctrl+F para buscar uno y Ctrl+N para añadir uno.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>the name they go by</source>
        <translation>cómo le llaman</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Head buyer, owner…</source>
        <translation>Jefe de compras, dueño…</translation>
    </message>
    <message>
        <source>what they do for their company</source>
        <translation>qué hace en su empresa</translation>
    </message>
    <message>
        <source>No phone or email yet</source>
        <translation>Aún sin teléfono ni correo</translation>
    </message>
    <message>
        <source>VIP, wholesale… (comma separated)</source>
        <translation>VIP, mayorista… (separadas por comas)</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Prefiere</translation>
    </message>
    <message>
        <source>Family and pets</source>
        <translation>Familia y mascotas</translation>
    </message>
    <message>
        <source>+ Add family or pet</source>
        <translation>+ Familiar o mascota</translation>
    </message>
    <message>
        <source>No family or pets yet</source>
        <translation>Aún sin familia ni mascotas</translation>
    </message>
    <message>
        <source>Birthdays and dates</source>
        <translation>Cumpleaños y fechas</translation>
    </message>
    <message>
        <source>+ Add date</source>
        <translation>+ Fecha</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Aún sin fechas</translation>
    </message>
    <message>
        <source>Preferences, in their words</source>
        <translation>Preferencias, en sus palabras</translation>
    </message>
    <message>
        <source>oat-milk mocha, size M…</source>
        <translation>moca con leche de avena, talla M…</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Anniversary ({label})</source>
        <translation>Aniversario ({label})</translation>
    </message>
    <message>
        <source>{person}&apos;s {date}</source>
        <translation>{date} de {person}</translation>
    </message>
    <message>
        <source>{date}: {day}</source>
        <translation>{date}: {day}</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>{path} is not an image Regulars can read</source>
        <translation>{path} no es una imagen que Regulars pueda leer</translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message>
        <source>Promises and follow-ups</source>
        <translation>Promesas y seguimientos</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open follow-up(s)</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente</numerusform>
            <numerusform>%Ln seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln vencido</numerusform>
            <numerusform>%Ln vencidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>Edit family or pet</source>
        <translation>Editar familiar o mascota</translation>
    </message>
    <message>
        <source>Add family or pet</source>
        <translation>Añadir familiar o mascota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Today&apos;s reminders could not be read: {problem}</source>
        <translation>No se pudieron leer los recordatorios de hoy: {problem}</translation>
    </message>
</context>
<context>
    <name>RepairBox</name>
    <message>
        <source>The database is damaged and cannot be used as it is.</source>
        <translation>La base de datos está dañada y no se puede usar tal como está.</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>No hay ninguna copia de seguridad que restaurar.</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is from {when} (%Ln customer(s)). Restoring it keeps the damaged file aside.</source>
        <translation>
            <numerusform>La copia de seguridad correcta más reciente es del {when} (%Ln cliente). Al restaurarla, el archivo dañado se guarda aparte.</numerusform>
            <numerusform>La copia de seguridad correcta más reciente es del {when} (%Ln clientes). Al restaurarla, el archivo dañado se guarda aparte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restaurar selección…</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Restoring replaces everything with the backup. What is there now is backed up first, so a restore can itself be undone.</source>
        <translation>Restaurar sustituye todo por la copia de seguridad. Antes se guarda una copia de lo que hay ahora, así que una restauración también se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>damaged: cannot be restored</source>
        <translation>dañada: no se puede restaurar</translation>
    </message>
    <message>
        <source> (date cannot be right)</source>
        <translation> (la fecha no puede ser correcta)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restaurar desde</translation>
    </message>
    <message>
        <source>Regulars database (*.sqlite3)</source>
        <translation>Base de datos de Regulars (*.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Replace everything with the backup {name}?

What is there now is backed up first.</source>
        <translation>¿Sustituir todo por la copia de seguridad {name}?

Antes se guarda una copia de lo que hay ahora.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>+ More…</source>
        <translation>+ Más…</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and changes nothing.</source>
        <translation>Importando… Cancelar lo detiene sin cambiar nada.</translation>
    </message>
</context>
<context>
    <name>ServerCopyDialog</name>
    <message>
        <source>Copy the Customer Book to a Server</source>
        <translation>Copiar la cartera de clientes a un servidor</translation>
    </message>
    <message>
        <source>For a shop with more than one counter: every customer, entry and backup mark is copied into an empty database on a PostgreSQL server and checked row for row. This computer keeps its own book as it is.</source>
        <translation>Para una tienda con más de un mostrador: cada cliente, entrada y marca de copia se copia en una base de datos vacía de un servidor PostgreSQL y se comprueba fila por fila. Este ordenador conserva su propia cartera tal como está.</translation>
    </message>
    <message>
        <source>empty: the one in ~/.pgpass</source>
        <translation>vacío: la de ~/.pgpass</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Contra&amp;seña</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
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
        <source>Offer to &amp;erase customers not seen for</source>
        <translation>Proponer &amp;borrar a los clientes sin contacto desde hace</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
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
    <message>
        <source>This &amp;counter&apos;s name</source>
        <translation>Nombre de este &amp;mostrador</translation>
    </message>
    <message>
        <source>Customer book</source>
        <translation>Cartera de clientes</translation>
    </message>
    <message>
        <source>On a server: {database} at {server}…</source>
        <translation>En un servidor: {database} en {server}…</translation>
    </message>
    <message>
        <source>On this computer…</source>
        <translation>En este ordenador…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>StayInTouch</name>
    <message>
        <source>Remind me to get in touch every</source>
        <translation>Recordarme contactar cada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
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
    <message>
        <source>Write what happened first, or the amount</source>
        <translation>Escriba primero lo que ha pasado, o el importe</translation>
    </message>
    <message>
        <source>Write what happened first</source>
        <translation>Escriba primero lo que ha pasado</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Closes a promise, offers to send a greeting, or asks what happened (Alt+D)</source>
        <translation>Cierra una promesa, ofrece enviar una felicitación o pregunta qué ha pasado (Alt+H)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Mañana</translation>
    </message>
    <message>
        <source>Snooze until tomorrow (Alt+T)</source>
        <translation>Posponer hasta mañana (Alt+M)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Not this time (Alt+I)</source>
        <translation>Esta vez no (Alt+D)</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow: {text}</source>
        <translation>Pospuesto hasta mañana: {text}</translation>
    </message>
    <message>
        <source>Dismissed: {text}</source>
        <translation>Descartado: {text}</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Open Regulars</source>
        <translation>Abrir Regulars</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to remember</source>
        <translation>Nada que recordar</translation>
    </message>
    <message>
        <source>Snooze all until tomorrow</source>
        <translation>Posponer todo hasta mañana</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>UnsafePlaceBox</name>
    <message>
        <source>The customer book is in a {client} folder.</source>
        <translation>La cartera de clientes está en una carpeta de {client}.</translation>
    </message>
    <message>
        <source>{client} copies the file while Regulars writes to it, and can put an older copy back over newer work: saved notes can be lost, and two computers using the file damage it.</source>
        <translation>{client} copia el archivo mientras Regulars escribe en él y puede poner una copia más antigua sobre el trabajo más reciente: se pueden perder notas guardadas, y dos ordenadores que usan el archivo lo dañan.</translation>
    </message>
    <message>
        <source>The customer book is on a network drive ({system}).</source>
        <translation>La cartera de clientes está en una unidad de red ({system}).</translation>
    </message>
    <message>
        <source>A network drive does not keep the locks that protect a database while it is written: a dropped connection or a second computer writing to it can damage it and lose saved notes.</source>
        <translation>Una unidad de red no respeta los bloqueos que protegen una base de datos mientras se escribe: una conexión que se corta o un segundo ordenador que escribe en ella puede dañarla y perder notas guardadas.</translation>
    </message>
    <message>
        <source>Move it to this computer&apos;s own folder, {target}? Its backups go with it, and {folder} keeps a note saying where it went.</source>
        <translation>¿Moverla a la carpeta propia de este ordenador, {target}? Sus copias de seguridad van con ella, y {folder} guarda una nota que dice adónde fue.</translation>
    </message>
    <message>
        <source>Regulars cannot move it to this computer&apos;s own folder: {reason}. Keep it on one computer only, and back it up often.</source>
        <translation>Regulars no puede moverla a la carpeta propia de este ordenador: {reason}. Úsela en un solo ordenador y haga copias de seguridad a menudo.</translation>
    </message>
    <message>
        <source>&amp;Move it to this computer</source>
        <translation>&amp;Moverla a este ordenador</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>&amp;Dejarla aquí</translation>
    </message>
    <message>
        <source>&amp;Do not ask again for this folder</source>
        <translation>&amp;No volver a preguntar para esta carpeta</translation>
    </message>
    <message>
        <source>it is already this computer&apos;s data folder</source>
        <translation>ya es la carpeta de datos de este ordenador</translation>
    </message>
    <message>
        <source>{target} is not a safe place either</source>
        <translation>{target} tampoco es un lugar seguro</translation>
    </message>
    <message>
        <source>there is already a customer book in {target}</source>
        <translation>ya hay una cartera de clientes en {target}</translation>
    </message>
    <message>
        <source>there are backups of another customer book in {target}</source>
        <translation>hay copias de seguridad de otra cartera de clientes en {target}</translation>
    </message>
    <message>
        <source>{target} already holds files of another customer book</source>
        <translation>{target} ya contiene archivos de otra cartera de clientes</translation>
    </message>
    <message>
        <source>Regulars is already running for {target}: quit it and start again to move the customer book there.</source>
        <translation>Regulars ya está abierto para {target}: ciérrelo y vuelva a iniciarlo para mover allí la cartera de clientes.</translation>
    </message>
    <message>
        <source>The customer book could not be moved, and stays where it was:

{error}</source>
        <translation>No se pudo mover la cartera de clientes; se queda donde estaba:

{error}</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>This week: {start} – {end}</source>
        <translation>Esta semana: {start} – {end}</translation>
    </message>
    <message>
        <source>{shown}, {more} more</source>
        <translation>{shown}, {more} más</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) to look after this week</source>
        <translation>
            <numerusform>%Ln cliente que atender esta semana</numerusform>
            <numerusform>%Ln clientes que atender esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping {name}: asked again in a year.</source>
        <translation>Se conserva a {name}: Regulars volverá a preguntar dentro de un año.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>en %Ln día</numerusform>
            <numerusform>en %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>hace %Ln mes</numerusform>
            <numerusform>hace %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>hace %Ln año</numerusform>
            <numerusform>hace %Ln años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln año</numerusform>
            <numerusform>%Ln años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %Ln day(s)</source>
        <translation>
            <numerusform>con %Ln día de retraso</numerusform>
            <numerusform>con %Ln días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{short}: no contact for %Ln day(s) (you wanted every {every} days)</source>
        <translation>
            <numerusform>{short}: sin contacto desde hace %Ln día (lo quería cada {every} días)</numerusform>
            <numerusform>{short}: sin contacto desde hace %Ln días (lo quería cada {every} días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{short}: usually every {usual} days, last visit %Ln day(s) ago</source>
        <translation>
            <numerusform>{short}: suele venir cada {usual} días, última visita hace %Ln día</numerusform>
            <numerusform>{short}: suele venir cada {usual} días, última visita hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %Ln point(s) to redeem</source>
        <translation>
            <numerusform>solo hay %Ln punto para canjear</numerusform>
            <numerusform>solo hay %Ln puntos para canjear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not seen for over %Ln year(s): erase or keep?</source>
        <translation>
            <numerusform>Sin contacto desde hace más de %Ln año: ¿borrar o conservar?</numerusform>
            <numerusform>Sin contacto desde hace más de %Ln años: ¿borrar o conservar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto canjeado</numerusform>
            <numerusform>%Ln puntos canjeados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redeemed %Ln point(s): {note}</source>
        <translation>
            <numerusform>%Ln punto canjeado: {note}</numerusform>
            <numerusform>%Ln puntos canjeados: {note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample customers go into an empty customer book only: there are already %Ln customer(s) here</source>
        <translation>
            <numerusform>Los clientes de ejemplo solo se añaden a una cartera de clientes vacía: ya hay %Ln cliente</numerusform>
            <numerusform>Los clientes de ejemplo solo se añaden a una cartera de clientes vacía: ya hay %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %Ln sample customer(s)</source>
        <translation>
            <numerusform>añadir %Ln cliente de ejemplo</numerusform>
            <numerusform>añadir %Ln clientes de ejemplo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %Ln sample customer(s)</source>
        <translation>
            <numerusform>quitar %Ln cliente de ejemplo</numerusform>
            <numerusform>quitar %Ln clientes de ejemplo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>snooze %Ln reminder(s)</source>
        <translation>
            <numerusform>posponer %Ln recordatorio</numerusform>
            <numerusform>posponer %Ln recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dismiss %Ln reminder(s)</source>
        <translation>
            <numerusform>descartar %Ln recordatorio</numerusform>
            <numerusform>descartar %Ln recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) erased since this backup were erased again</source>
        <translation>
            <numerusform>%Ln cliente borrado después de esta copia se ha vuelto a borrar</numerusform>
            <numerusform>%Ln clientes borrados después de esta copia se han vuelto a borrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newsletter consent(s) in the file were not recorded: those customers said otherwise since; record a new consent in the window</source>
        <translation>
            <numerusform>%Ln consentimiento para el boletín del archivo no se registró: ese cliente indicó otra cosa después; registre un nuevo consentimiento en Regulars</numerusform>
            <numerusform>%Ln consentimientos para el boletín del archivo no se registraron: esos clientes indicaron otra cosa después; registre un nuevo consentimiento en Regulars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What we noted (timeline, %Ln entry(s))</source>
        <translation>
            <numerusform>Lo que hemos anotado (historial, %Ln entrada)</numerusform>
            <numerusform>Lo que hemos anotado (historial, %Ln entradas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Relative</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Leave out this row</source>
        <translation>Omitir esta fila</translation>
    </message>
</context>
</TS>
