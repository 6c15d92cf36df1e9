<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Reserve Desk workspace (*.reservedesk *.db *.sqlite);;All files (*)</source>
        <translation>Espacio de trabajo de Reserve Desk (*.reservedesk *.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reserve Desk workspace (*.reservedesk)</source>
        <translation>Espacio de trabajo de Reserve Desk (*.reservedesk)</translation>
    </message>
    <message>
        <source>&amp;El Salvador (public data)</source>
        <translation>&amp;El Salvador (datos públicos)</translation>
    </message>
    <message>
        <source>&amp;Pakistan (public data)</source>
        <translation>&amp;Pakistán (datos públicos)</translation>
    </message>
    <message>
        <source>E&amp;mpty</source>
        <translation>&amp;Vacío</translation>
    </message>
    <message>
        <source>&amp;Transactions CSV…</source>
        <translation>CSV de &amp;transacciones…</translation>
    </message>
    <message>
        <source>&amp;Prices CSV…</source>
        <translation>CSV de &amp;precios…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Tenencias</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>IMF Program</source>
        <translation>Programa con el FMI</translation>
    </message>
    <message>
        <source>Stress Scenarios</source>
        <translation>Escenarios de tensión</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <source>Add &amp;transaction…</source>
        <translation>Agregar &amp;transacción…</translation>
    </message>
    <message>
        <source>A purchase, sale, transfer or other ledger row</source>
        <translation>Una compra, venta, transferencia u otra fila del libro de movimientos</translation>
    </message>
    <message>
        <source>Add &amp;wallet…</source>
        <translation>Agregar &amp;billetera…</translation>
    </message>
    <message>
        <source>A wallet of the reserve</source>
        <translation>Una billetera de la reserva</translation>
    </message>
    <message>
        <source>Add a&amp;ddress or descriptor…</source>
        <translation>Agregar dirección o descri&amp;ptor…</translation>
    </message>
    <message>
        <source>Register a wallet&apos;s address, output descriptor, ypub or zpub (Holdings &gt; Custody)</source>
        <translation>Registrar la dirección, el descriptor de salida, la ypub o la zpub de una billetera (Tenencias &gt; Custodia)</translation>
    </message>
    <message>
        <source>Add IMF &amp;purchase…</source>
        <translation>Agregar compra al &amp;FMI…</translation>
    </message>
    <message>
        <source>A planned or disbursed purchase of the selected arrangement</source>
        <translation>Una compra prevista o desembolsada del acuerdo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Edit arrangement terms…</source>
        <translation>&amp;Editar condiciones del acuerdo…</translation>
    </message>
    <message>
        <source>Access, length, charges policy of the selected arrangement</source>
        <translation>Acceso, duración y política de cargos del acuerdo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Member terms…</source>
        <translation>Condiciones del país &amp;miembro…</translation>
    </message>
    <message>
        <source>The member&apos;s quota history, the SDR interest-rate path every arrangement uses, the RST pricing group</source>
        <translation>Historial de la cuota del país miembro, trayectoria de la tasa de interés del DEG que usan todos los acuerdos, grupo de precios del FFRS</translation>
    </message>
    <message>
        <source>Resca&amp;le planned purchases to access</source>
        <translation>Reesca&amp;lar las compras previstas al acceso</translation>
    </message>
    <message>
        <source>Scale the selected arrangement&apos;s planned purchases so that all purchases add up to its access</source>
        <translation>Ajustar la escala de las compras previstas del acuerdo seleccionado para que el total de compras sume su acceso</translation>
    </message>
    <message>
        <source>New &amp;scenario…</source>
        <translation>Nuevo e&amp;scenario…</translation>
    </message>
    <message>
        <source>A stress scenario of your own</source>
        <translation>Un escenario de tensión propio</translation>
    </message>
    <message>
        <source>New p&amp;olicy…</source>
        <translation>Nueva p&amp;olítica…</translation>
    </message>
    <message>
        <source>A purchase or mining policy to project in the Planner</source>
        <translation>Una política de compras o de minería para proyectar en el Planificador</translation>
    </message>
    <message>
        <source>&amp;Run the selected scenario</source>
        <translation>&amp;Ejecutar el escenario seleccionado</translation>
    </message>
    <message>
        <source>Run the scenario selected in Stress Scenarios</source>
        <translation>Ejecutar el escenario seleccionado en Escenarios de tensión</translation>
    </message>
    <message>
        <source>Figures on: {message}</source>
        <translation>Cifras al: {message}</translation>
    </message>
    <message>
        <source>The date every figure is shown for (end of day).</source>
        <translation>La fecha a la que se muestran todas las cifras (cierre del día).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Figures on:</source>
        <translation>Cifras al:</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Moneda de presentación</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Reserve Desk will be in {language} from its next start.</source>
        <translation>Reserve Desk estará en {language} desde su próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New from sample…</source>
        <translation>&amp;Nuevo desde un ejemplo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open workspace to another file</source>
        <translation>Escribir una copia coherente del espacio de trabajo abierto en otro archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Chain statements…</source>
        <translation>Estados de la &amp;cadena…</translation>
    </message>
    <message>
        <source>What a block explorer or a node says about the registered addresses (Holdings &gt; Custody)</source>
        <translation>Lo que un explorador de bloques o un nodo dice de las direcciones registradas (Tenencias &gt; Custodia)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Bac&amp;k up now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <source>Copy the workspace to its backup folder now</source>
        <translation>Copiar ahora el espacio de trabajo a su carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Replace the workspace&apos;s content with one of its backups (the current content is kept too)</source>
        <translation>Reemplazar el contenido del espacio de trabajo por una de sus copias de seguridad (el contenido actual también se conserva)</translation>
    </message>
    <message>
        <source>Export PDF &amp;summary…</source>
        <translation>Exportar resumen en &amp;PDF…</translation>
    </message>
    <message>
        <source>The PDF summary the minister and the IMF mission read</source>
        <translation>El resumen en PDF que leen el ministro y la misión del FMI</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Deshacer: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rehacer: {step}</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copiar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Copy the selected table rows as tab-separated text</source>
        <translation>Copiar las filas seleccionadas de la tabla como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reload workspace</source>
        <translation>Re&amp;cargar el espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>C&amp;urrency settings…</source>
        <translation>Configuración de &amp;moneda…</translation>
    </message>
    <message>
        <source>The local currency and the yearly depreciation of it assumed after the valuation date</source>
        <translation>La moneda local y su depreciación anual supuesta después de la fecha de valoración</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>Every change to the workspace, who made it and when; filter and export to CSV; verify the workspace against its log and signed checkpoints, and make a checkpoint</source>
        <translation>Cada cambio del espacio de trabajo, quién lo hizo y cuándo; filtrar y exportar a CSV; verificar el espacio de trabajo contra su registro y sus puntos de control firmados, y crear un punto de control</translation>
    </message>
    <message>
        <source>Show workspace &amp;folder</source>
        <translation>Mostrar la &amp;carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>Open the folder that holds the workspace file in the file manager</source>
        <translation>Abrir en el administrador de archivos la carpeta que contiene el archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <translation>&amp;Metodología</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every menu action with its shortcut, and how to move around without a mouse</source>
        <translation>Cada acción de los menús con su atajo, y cómo moverse sin ratón</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>The folder of the log of internal errors (with their tracebacks, never workspace data), to send with a report</source>
        <translation>La carpeta del registro de errores internos (con sus trazas, nunca datos del espacio de trabajo), para enviarla con un informe de error</translation>
    </message>
    <message>
        <source>&amp;About Reserve Desk</source>
        <translation>&amp;Acerca de Reserve Desk</translation>
    </message>
    <message>
        <source>{workspace} (read-only)</source>
        <translation>{workspace} (solo lectura)</translation>
    </message>
    <message>
        <source>{file} is open read-only, changes cannot be saved: {reason}. You can see, report and export everything.</source>
        <translation>{file} está abierto en solo lectura, los cambios no se pueden guardar: {reason}. Puede ver todo y exportarlo, también en PDF.</translation>
    </message>
    <message>
        <source>This tab could not be shown: {reason}</source>
        <translation>Esta pestaña no se pudo mostrar: {reason}</translation>
    </message>
    <message>
        <source>Workspace: {name}   ·   {path}   ·   schema {schema}   ·   {transactions}</source>
        <translation>Espacio de trabajo: {name}   ·   {path}   ·   esquema {schema}   ·   {transactions}</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 transacción</translation>
    </message>
    <message numerus="yes">
        <source>%n transactions</source>
        <translation>
            <numerusform>%n transacción</numerusform>
            <numerusform>%n transacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the PDF summary to {path}</source>
        <translation>Resumen en PDF escrito en {path}</translation>
    </message>
    <message>
        <source>{file} is open read-only here, nothing can be imported into it: {reason}.</source>
        <translation>{file} está abierto aquí en solo lectura, no se puede importar nada en él: {reason}.</translation>
    </message>
    <message>
        <source>{what}: 1 row</source>
        <translation>{what}: 1 fila</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n rows</source>
        <translation>
            <numerusform>{what}: %n fila</numerusform>
            <numerusform>{what}: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: 0 rows added</source>
        <translation>{what}: 0 filas agregadas</translation>
    </message>
    <message>
        <source>{what}: 1 row added; Edit &gt; Undo removes them</source>
        <translation>{what}: 1 fila agregada; Editar &gt; Deshacer la elimina</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n rows added; Edit &gt; Undo removes them</source>
        <translation>
            <numerusform>{what}: %n fila agregada; Editar &gt; Deshacer la elimina</numerusform>
            <numerusform>{what}: %n filas agregadas; Editar &gt; Deshacer las elimina</numerusform>
        </translation>
    </message>
    <message>
        <source>The currency money figures are shown in, each at the rate of its own date.</source>
        <translation>La moneda en que se muestran las cifras monetarias, cada una al tipo de cambio de su propia fecha.</translation>
    </message>
    <message>
        <source>On {date}: {rate}.</source>
        <translation>Al {date}: {rate}.</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <source>{reason}.

Open it read-only? You can see and export everything, but change nothing.</source>
        <translation>{reason}.

¿Abrirlo en solo lectura? Puede ver y exportar todo, pero no cambiar nada.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Espacio de trabajo dañado</translation>
    </message>
    <message>
        <source>{file} is damaged, and {reason}</source>
        <translation>{file} está dañado, y {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{damage}

Restore the backup of {taken} (%n audit entries, intact by its own log) now? The damaged file is kept in the backup folder.</source>
        <translation>
            <numerusform>{damage}

¿Restaurar ahora la copia de seguridad del {taken} (%n entrada del registro de auditoría, íntegra según su propio registro)? El archivo dañado se conserva en la carpeta de copias de seguridad.</numerusform>
            <numerusform>{damage}

¿Restaurar ahora la copia de seguridad del {taken} (%n entradas del registro de auditoría, íntegra según su propio registro)? El archivo dañado se conserva en la carpeta de copias de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restored {file} from {backup}: 1 audit entry dropped, the restore recorded</source>
        <translation>{file} restaurado desde {backup}: 1 entrada del registro de auditoría descartada, la restauración quedó registrada</translation>
    </message>
    <message numerus="yes">
        <source>Restored {file} from {backup}: %n audit entries dropped, the restore recorded</source>
        <translation>
            <numerusform>{file} restaurado desde {backup}: %n entrada del registro de auditoría descartada, la restauración quedó registrada</numerusform>
            <numerusform>{file} restaurado desde {backup}: %n entradas del registro de auditoría descartadas, la restauración quedó registrada</numerusform>
        </translation>
    </message>
    <message>
        <source>; 1 checkpoint of the replaced history set aside</source>
        <translation>; 1 punto de control del historial reemplazado apartado</translation>
    </message>
    <message numerus="yes">
        <source>; %n checkpoints of the replaced history set aside</source>
        <translation>
            <numerusform>; %n punto de control del historial reemplazado apartado</numerusform>
            <numerusform>; %n puntos de control del historial reemplazado apartados</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Copia de seguridad ahora</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>No se hizo ninguna copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Currency settings</source>
        <translation>Configuración de moneda</translation>
    </message>
    <message>
        <source>{file} is open read-only here, its settings cannot be changed: {reason}.</source>
        <translation>{file} está abierto en solo lectura aquí, su configuración no se puede cambiar: {reason}.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>New workspace: {sample}</source>
        <translation>Nuevo espacio de trabajo: {sample}</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name; Reserve Desk never overwrites a workspace.</source>
        <translation>{path} ya existe. Elija un nombre de archivo nuevo; Reserve Desk nunca sobrescribe un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Guardar una copia del espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>Copia guardada en {path}</translation>
    </message>
    <message>
        <source>&amp;(none)</source>
        <translation>&amp;(ninguno)</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;An offline calculator for a sovereign bitcoin reserve held under an IMF program.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una calculadora sin conexión para una reserva soberana de bitcoin mantenida en el marco de un programa con el FMI.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Workspace schema {schema} · Qt for Python {version} · no network access.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esquema del espacio de trabajo {schema} · Qt for Python {version} · sin acceso a la red.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
