<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n entrada</numerusform><numerusform>%n entradas</numerusform></translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>hash {hash}</source>
        <translation>hash {hash}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>the operating-system login that made the change</source>
        <translation>la cuenta del sistema operativo que hizo el cambio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>the row of a table an audit entry changed</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Anyone with the workspace file can also delete the checkpoints kept beside its backups; a copy on another machine, or the cover of a printed PDF summary, is out of their reach.</source>
        <translation>Cualquiera que tenga el archivo del espacio de trabajo puede borrar también los puntos de control guardados junto a sus copias de seguridad; una copia en otro equipo, o la portada de un resumen en PDF impreso, queda fuera de su alcance.</translation>
    </message>
    <message>
        <source>NOT INTACT: {problem}</source>
        <translation>NO ÍNTEGRO: {problem}</translation>
    </message>
    <message>
        <source>NOT INTACT: {problem} (1 more problem listed below)</source>
        <translation>NO ÍNTEGRO: {problem} (1 problema más, listado abajo)</translation>
    </message>
    <message numerus="yes">
        <source>NOT INTACT: {problem} (%n more problems listed below)</source>
        <translation><numerusform>NO ÍNTEGRO: {problem} (%n problema más, listado abajo)</numerusform><numerusform>NO ÍNTEGRO: {problem} (%n problemas más, listados abajo)</numerusform></translation>
    </message>
    <message>
        <source>Intact: {entries}, 1 table checked, </source>
        <translation>Íntegro: {entries}, 1 tabla comprobada, </translation>
    </message>
    <message numerus="yes">
        <source>Intact: {entries}, %n tables checked, </source>
        <translation><numerusform>Íntegro: {entries}, %n tabla comprobada, </numerusform><numerusform>Íntegro: {entries}, %n tablas comprobadas, </numerusform></translation>
    </message>
    <message>
        <source>1 signed checkpoint still in the log (newest: {time} by {user}, key {key}…)</source>
        <translation>1 punto de control firmado sigue en el registro (el más reciente: {time}, por {user}, clave {key}…)</translation>
    </message>
    <message>
        <source>but no signed checkpoint was found beside the backups: the log was checked only against itself, which someone who recomputes its hashes can fake. Make a checkpoint.</source>
        <translation>pero no se encontró ningún punto de control firmado junto a las copias de seguridad: el registro se comprobó solo contra sí mismo, lo que puede falsificar quien recalcule sus hashes. Cree un punto de control.</translation>
    </message>
    <message>
        <source>; 1 checkpoint signed with another account's key</source>
        <translation>; 1 punto de control firmado con la clave de otra cuenta</translation>
    </message>
    <message numerus="yes">
        <source>; %n checkpoints signed with another account's key</source>
        <translation><numerusform>; %n punto de control firmado con la clave de otra cuenta</numerusform><numerusform>; %n puntos de control firmados con la clave de otra cuenta</numerusform></translation>
    </message>
    <message>
        <source>{file} cannot be read as a workspace: {error}</source>
        <translation>{file} no se puede leer como espacio de trabajo: {error}</translation>
    </message>
    <message>
        <source>Audit log: {workspace}</source>
        <translation>Registro de auditoría: {workspace}</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>UTC date, inclusive</source>
        <translation>Fecha UTC, inclusive</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Todas las tablas</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>"From &lt;date&gt; to &lt;date&gt;": the start of the range of dates shown</extracomment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>"From &lt;date&gt; to &lt;date&gt;": the end of the range of dates shown</extracomment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>write the entries the filters show, with their full JSON</source>
        <translation>escribe las entradas que muestran los filtros, con su JSON completo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>check every entry's hash and time, the tables, triggers and views against the log, and the signed checkpoints kept beside the backups</source>
        <translation>comprueba el hash y la hora de cada entrada, las tablas, los disparadores y las vistas frente al registro, y los puntos de control firmados guardados junto a las copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Checkpoint…</source>
        <translation>&amp;Punto de control…</translation>
    </message>
    <message>
        <source>verify, then sign the log's head with your key and keep the checkpoint beside the backups; then save a copy elsewhere</source>
        <translation>verifica, luego firma con su clave el hash de la última entrada del registro y guarda el punto de control junto a las copias de seguridad; después guarda una copia en otro lugar</translation>
    </message>
    <message>
        <source>Not verified since this window opened: Verify checks the log and the data now; Checkpoint… signs what it proves.</source>
        <translation>Sin verificar desde que se abrió esta ventana: Verificar comprueba ahora el registro y los datos; Punto de control… firma lo que demuestra.</translation>
    </message>
    <message>
        <source>Checkpoints cannot be signed on this account: {error}</source>
        <translation>No se pueden firmar puntos de control en esta cuenta: {error}</translation>
    </message>
    <message>
        <source>Your public key in full (a PDF summary's cover prints it whole): {key}</source>
        <translation>Su clave pública completa (la portada de un resumen en PDF la imprime entera): {key}</translation>
    </message>
    <message>
        <source>Checkpoints you sign carry key {key}… (the start of the public key a PDF summary's cover prints).</source>
        <translation>Los puntos de control que usted firma llevan la clave {key}… (el inicio de la clave pública que imprime la portada de un resumen en PDF).</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Sin verificar.</translation>
    </message>
    <message>
        <source>Verify did not run</source>
        <translation>La verificación no se ejecutó</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>No checkpoint was made: a checkpoint signs only a log that verifies, and this one does not (see above).</source>
        <translation>No se creó ningún punto de control: un punto de control solo firma un registro que se verifica, y este no se verifica (véase arriba).</translation>
    </message>
    <message>
        <source>No checkpoint was made: {error}</source>
        <translation>No se creó ningún punto de control: {error}</translation>
    </message>
    <message>
        <source>No checkpoint was made: the log changed while it was verified. Try again.</source>
        <translation>No se creó ningún punto de control: el registro cambió mientras se verificaba. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No checkpoint was made: the workspace is read-only ({reason}) and its backups folder {folder} cannot be written ({error}), where checkpoints are kept.</source>
        <translation>No se creó ningún punto de control: el espacio de trabajo es de solo lectura ({reason}) y no se puede escribir en su carpeta de copias de seguridad {folder} ({error}), donde se guardan los puntos de control.</translation>
    </message>
    <message>
        <source>No checkpoint was made: its backups folder {folder} cannot be written ({error}), where checkpoints are kept.</source>
        <translation>No se creó ningún punto de control: no se puede escribir en su carpeta de copias de seguridad {folder} ({error}), donde se guardan los puntos de control.</translation>
    </message>
    <message>
        <source>Copy the workspace to a folder you can write, open the copy and make the checkpoint there.</source>
        <translation>Copie el espacio de trabajo en una carpeta en la que pueda escribir, abra la copia y cree allí el punto de control.</translation>
    </message>
    <message>
        <source>No checkpoint was made</source>
        <translation>No se creó ningún punto de control</translation>
    </message>
    <message>
        <source>Verifying before signing…</source>
        <translation>Verificando antes de firmar…</translation>
    </message>
    <message>
        <source>Checkpoint signed (entry {entry}, hash {hash}…, key {key}…) and kept beside the backups as {file}.</source>
        <translation>Punto de control firmado (entrada {entry}, hash {hash}…, clave {key}…) y guardado junto a las copias de seguridad como {file}.</translation>
    </message>
    <message>
        <source>Save a copy of the checkpoint</source>
        <translation>Guardar una copia del punto de control</translation>
    </message>
    <message>
        <source>Checkpoints (*.json)</source>
        <translation>Puntos de control (*.json)</translation>
    </message>
    <message>
        <source>No copy was saved elsewhere (why one matters: below).</source>
        <translation>No se guardó ninguna copia en otro lugar (por qué importa: abajo).</translation>
    </message>
    <message>
        <source>Checkpoint signed (entry {entry}) and kept beside the backups; a copy was saved as {file}. Keep it where the workspace's users cannot reach it.</source>
        <translation>Punto de control firmado (entrada {entry}) y guardado junto a las copias de seguridad; se guardó una copia como {file}. Guárdela donde los usuarios del espacio de trabajo no puedan alcanzarla.</translation>
    </message>
    <message>
        <source>Newest {shown} matching entries shown of {total}: narrow the filters to see older ones</source>
        <translation>Se muestran las {shown} entradas más recientes que coinciden, de {total}: acote los filtros para ver las anteriores</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <extracomment>"12 of 1,204 entries": the entries the filters match, of the whole log</extracomment>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: {error}</source>
        <translation>No se exportó nada: {error}</translation>
    </message>
    <message>
        <source>1 entry written to {file}</source>
        <translation>1 entrada escrita en {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to {file}</source>
        <translation>
            <numerusform>%n entrada escrita en {file}</numerusform>
            <numerusform>%n entradas escritas en {file}</numerusform>
        </translation>
    </message>
</context>
</TS>
