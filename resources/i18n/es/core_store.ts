<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>audit</name>
    <message>
        <source>the workspace's last audit entry has a time that cannot be read ({time}): it was not written by Reserve Desk; 'reserve-desk audit verify' names it</source>
        <translation>la última entrada del registro de auditoría del espacio de trabajo tiene una hora que no se puede leer ({time}): no la escribió Reserve Desk; 'reserve-desk audit verify' la identifica</translation>
    </message>
    <message>
        <source>the computer's clock reads {now} UTC, before the workspace's last audit entry ({last} UTC): set the clock right; if it is right, that entry was dated ahead (a wrong clock then, or an edit): restore a backup from before it</source>
        <translation>el reloj de la computadora marca {now} UTC, antes de la última entrada del registro de auditoría del espacio de trabajo ({last} UTC): corrija el reloj; si está bien, esa entrada se fechó en el futuro (un reloj equivocado entonces, o una edición): restaure una copia de seguridad anterior a ella</translation>
    </message>
    <message>
        <source>not in Reserve Desk's schema {version}: added outside Reserve Desk, it can change data as it is written or read</source>
        <translation>no está en el esquema {version} de Reserve Desk: se agregó fuera de Reserve Desk y puede cambiar los datos al escribirlos o leerlos</translation>
    </message>
    <message>
        <source>dropped outside Reserve Desk</source>
        <translation>eliminado fuera de Reserve Desk</translation>
    </message>
    <message>
        <source>altered outside Reserve Desk (it differs from Reserve Desk's schema {version})</source>
        <translation>modificado fuera de Reserve Desk (difiere del esquema {version} de Reserve Desk)</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>the backup folder {folder} is a symbolic link, not a real folder: replace it with a folder</source>
        <translation>la carpeta de copias de seguridad {folder} es un enlace simbólico, no una carpeta real: reemplácela por una carpeta</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} no es una carpeta</translation>
    </message>
    <message>
        <source>the backup folder {folder} belongs to another account (uid {uid})</source>
        <translation>la carpeta de copias de seguridad {folder} pertenece a otra cuenta (uid {uid})</translation>
    </message>
    <message>
        <source>the backup folder {folder} can be written by other accounts (mode {mode}): make it owner-only (chmod 700)</source>
        <translation>otras cuentas pueden escribir en la carpeta de copias de seguridad {folder} (modo {mode}): deje el acceso solo a su propietario (chmod 700)</translation>
    </message>
    <message>
        <source>no backup was taken: {problem}</source>
        <translation>no se hizo ninguna copia de seguridad: {problem}</translation>
    </message>
</context>
<context>
    <name>checkpoint</name>
    <message>
        <source>{path} is readable or writable by other accounts (mode {mode}): it cannot be trusted to sign checkpoints; make a new key by moving it away</source>
        <translation>otras cuentas pueden leer o escribir {path} (modo {mode}): no es de confianza para firmar puntos de control; cree una clave nueva moviéndola a otro lugar</translation>
    </message>
    <message>
        <source>{path} is not a key file: move it away</source>
        <translation>{path} no es un archivo de clave: muévalo a otro lugar</translation>
    </message>
    <message>
        <source>the signing key in {folder} cannot be made or read ({error})</source>
        <translation>la clave de firma en {folder} no se puede crear ni leer ({error})</translation>
    </message>
    <message>
        <source>{path} is not a Reserve Desk signing key ({error})</source>
        <translation>{path} no es una clave de firma de Reserve Desk ({error})</translation>
    </message>
    <message>
        <source>{file} has no workspace id: open it for writing once to upgrade it</source>
        <translation>{file} no tiene id de espacio de trabajo: ábralo una vez para escritura para actualizarlo</translation>
    </message>
    <message>
        <source>{folder} cannot be written (read-only media or folder)</source>
        <translation>no se puede escribir en {folder} (medio o carpeta de solo lectura)</translation>
    </message>
    <message>
        <source>checkpoint {file} cannot be read: nested too deeply</source>
        <translation>el punto de control {file} no se puede leer: demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>checkpoint {file} cannot be read: {error}</source>
        <extracomment>{error} is the reader's own words (a field's name and what is wrong with it)</extracomment>
        <translation>el punto de control {file} no se puede leer: {error}</translation>
    </message>
    <message>
        <source>checkpoint {file}: its signature does not match its content (it was edited after it was signed)</source>
        <translation>punto de control {file}: su firma no coincide con su contenido (se editó después de firmarlo)</translation>
    </message>
    <message>
        <source>checkpoint {file}: its key or signature cannot be read ({error})</source>
        <translation>punto de control {file}: su clave o su firma no se pueden leer ({error})</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>another Reserve Desk has it open for writing</source>
        <translation>otro Reserve Desk lo tiene abierto para escritura</translation>
    </message>
    <message>
        <source>{file} can only be read: {reason}</source>
        <translation>{file} solo se puede leer: {reason}</translation>
    </message>
    <message>
        <source>it has {count} names on disk (hard links), and a change through one name could be lost through another; delete the other names to change it</source>
        <translation>tiene {count} nombres en el disco (enlaces físicos), y un cambio hecho con un nombre podría perderse con otro; elimine los demás nombres para modificarlo</translation>
    </message>
    <message>
        <source>the file is read-only; make it writable to change it</source>
        <translation>el archivo es de solo lectura; permita escribir en él para modificarlo</translation>
    </message>
    <message>
        <source>it is on read-only media; copy it to a writable disk to change it</source>
        <translation>está en un medio de solo lectura; cópielo a un disco en el que se pueda escribir para modificarlo</translation>
    </message>
    <message>
        <source>its folder cannot be written; copy it to a writable folder to change it</source>
        <translation>no se puede escribir en su carpeta; cópielo a una carpeta en la que se pueda escribir para modificarlo</translation>
    </message>
    <message>
        <source>{file} cannot be read where it is: {wal} beside it holds changes that SQLite reads only with {shm}, which is missing, and the folder cannot be written; copy the folder to a writable disk and open it there</source>
        <translation>{file} no se puede leer donde está: {wal}, a su lado, contiene cambios que SQLite solo lee con {shm}, que falta, y no se puede escribir en la carpeta; copie la carpeta a un disco en el que se pueda escribir y ábralo allí</translation>
    </message>
    <message>
        <source>by {user} (process {pid} on {host})</source>
        <translation>por {user} (proceso {pid} en {host})</translation>
    </message>
    <message>
        <source>by another program</source>
        <translation>por otro programa</translation>
    </message>
    <message>
        <source>{holder} as {path}</source>
        <translation>{holder} como {path}</translation>
    </message>
    <message>
        <source>{file} is not a plain file (a link or a folder): remove it to change the workspace</source>
        <translation>{file} no es un archivo normal (es un enlace o una carpeta): quítelo para modificar el espacio de trabajo</translation>
    </message>
    <message>
        <source>it is open for writing {holder}</source>
        <extracomment>{holder} reads "by maria (process 4242 on DESK-7)"</extracomment>
        <translation>está abierto para escritura {holder}</translation>
    </message>
    <message>
        <source>{file} is open for writing {holder}; open it read-only, or close it there first</source>
        <translation>{file} está abierto para escritura {holder}; ábralo en solo lectura, o antes ciérrelo allí</translation>
    </message>
    <message>
        <source>{file} is not a plain file of its own (a link or a folder): remove it to change the workspace</source>
        <translation>{file} no es un archivo normal propio (es un enlace o una carpeta): quítelo para modificar el espacio de trabajo</translation>
    </message>
    <message>
        <source>the folder of Reserve Desk's locks, {folder}, cannot be written ({error}); without its lock a second name of the file could write at the same time</source>
        <translation>no se puede escribir en la carpeta de bloqueos de Reserve Desk, {folder} ({error}); sin su bloqueo, un segundo nombre del archivo podría escribir al mismo tiempo</translation>
    </message>
    <message>
        <source>it is open for writing in this program as {path}</source>
        <translation>está abierto para escritura en este programa como {path}</translation>
    </message>
    <message>
        <source>{file} is open for writing in this program as {path}; close it there first</source>
        <translation>{file} está abierto para escritura en este programa como {path}; antes ciérrelo allí</translation>
    </message>
</context>
<context>
    <name>migrate</name>
    <message>
        <source>{file} was written by a newer version of Reserve Desk (schema {schema}; this version reads up to schema {latest}). Open it with that newer version, or open a backup.</source>
        <translation>{file} lo escribió una versión más reciente de Reserve Desk (esquema {schema}; esta versión lee hasta el esquema {latest}). Ábralo con esa versión más reciente, o abra una copia de seguridad.</translation>
    </message>
    <message>
        <source>{file} is an SQLite file but not a Reserve Desk workspace.</source>
        <translation>{file} es un archivo SQLite pero no un espacio de trabajo de Reserve Desk.</translation>
    </message>
    <message>
        <source>migration {number} ({summary}) failed: {error}; {file} was restored from {backup}</source>
        <translation>la migración {number} ({summary}) falló: {error}; {file} se restauró desde {backup}</translation>
    </message>
    <message>
        <source>migration {number} ({summary}) failed: {error}; nothing was written</source>
        <translation>la migración {number} ({summary}) falló: {error}; no se escribió nada</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>{file} does not exist</source>
        <translation>{file} no existe</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error})</source>
        <translation>{file} no se puede leer ({error})</translation>
    </message>
    <message>
        <source>checkpoint {file}</source>
        <translation>el punto de control {file}</translation>
    </message>
    <message>
        <source>backup {file}</source>
        <translation>la copia de seguridad {file}</translation>
    </message>
    <message>
        <source>it cannot be read as SQLite ({error})</source>
        <translation>no se puede leer como SQLite ({error})</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>it is the workspace itself</source>
        <translation>es el propio espacio de trabajo</translation>
    </message>
    <message>
        <source>its name is dated {taken} UTC, in the future: a backup cannot be taken later than now, so this one was named or planted by hand</source>
        <translation>su nombre tiene fecha {taken} UTC, en el futuro: una copia de seguridad no puede hacerse después de ahora, así que esta fue nombrada o colocada a mano</translation>
    </message>
    <message>
        <source>it is damaged (SQLite's integrity check: {check})</source>
        <translation>está dañada (comprobación de integridad de SQLite: {check})</translation>
    </message>
    <message>
        <source>it was written by a newer version of Reserve Desk (schema {schema}; this version reads up to schema {latest})</source>
        <translation>la escribió una versión más reciente de Reserve Desk (esquema {schema}; esta versión lee hasta el esquema {latest})</translation>
    </message>
    <message>
        <source>it is an SQLite file but not a Reserve Desk workspace (no schema version or audit log)</source>
        <translation>es un archivo SQLite pero no un espacio de trabajo de Reserve Desk (no tiene versión de esquema ni registro de auditoría)</translation>
    </message>
    <message>
        <source>its data cannot be checked against its audit log: schema {schema} recorded no table states (Reserve Desk records them from schema {since} on)</source>
        <translation>sus datos no se pueden cotejar con su registro de auditoría: el esquema {schema} no registraba el estado de las tablas (Reserve Desk lo registra desde el esquema {since})</translation>
    </message>
    <message>
        <source>its audit log does not verify: {problem}</source>
        <translation>su registro de auditoría no se verifica: {problem}</translation>
    </message>
    <message>
        <source> by {source}</source>
        <translation> según {source}</translation>
    </message>
    <message>
        <source>it is of another workspace (id {id}…, where this workspace is {current}…{known})</source>
        <translation>es de otro espacio de trabajo (id {id}…, mientras que este espacio de trabajo es {current}…{known})</translation>
    </message>
    <message>
        <source>checkpoint {file}, signed with your key, vouches for its log</source>
        <translation>el punto de control {file}, firmado con su clave, avala su registro</translation>
    </message>
    <message>
        <source>it holds the content an earlier restore of this workspace set aside (that restore is undone)</source>
        <translation>contiene el contenido que una restauración anterior de este espacio de trabajo apartó (esa restauración se deshace)</translation>
    </message>
    <message>
        <source>no checkpoint signed with your key vouches for this backup's log</source>
        <translation>ningún punto de control firmado con su clave avala el registro de esta copia de seguridad</translation>
    </message>
    <message>
        <source>{unreadable}, so whether the backup shares its history cannot be checked, and {unvouched}</source>
        <translation>{unreadable}, así que no se puede comprobar si la copia de seguridad comparte su historial, y {unvouched}</translation>
    </message>
    <message>
        <source>its history does not share this workspace's: its audit log and the current one part after entry {shared} (it has {entries} entries, the workspace {current}), and {unvouched}</source>
        <translation>su historial no es el de este espacio de trabajo: su registro de auditoría y el actual se separan después de la entrada {shared} (entradas: {entries} en la copia, {current} en el espacio de trabajo), y {unvouched}</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {reason}</source>
        <translation>{file} no se puede restaurar: {reason}</translation>
    </message>
    <message>
        <source>{file} is not restored: {reasons}. --force restores it anyway</source>
        <translation>{file} no se restaura: {reasons}. --force la restaura de todos modos</translation>
    </message>
    <message>
        <source>no backup is restored from {folder}: {problem}</source>
        <translation>no se restaura ninguna copia de seguridad de {folder}: {problem}</translation>
    </message>
    <message>
        <source>no backups of {file} in {folder} other than the content set aside by a restore ({count}): name one to undo that restore</source>
        <translation>no hay copias de seguridad de {file} en {folder} aparte del contenido apartado por una restauración ({count}): indique una para deshacer esa restauración</translation>
    </message>
    <message>
        <source>no backups of {file} in {folder}</source>
        <translation>no hay copias de seguridad de {file} en {folder}</translation>
    </message>
    <message>
        <source>none of the backups of {file} can be restored by default (name one to see why, or --force): {reasons}</source>
        <translation>ninguna de las copias de seguridad de {file} se puede restaurar por defecto (indique una para ver por qué, o --force): {reasons}</translation>
    </message>
    <message>
        <source>{path} does not exist: a restore replaces the content of an existing workspace (to recover a deleted one, copy one of its backups from {folder} to that name and open it)</source>
        <translation>{path} no existe: una restauración reemplaza el contenido de un espacio de trabajo existente (para recuperar uno eliminado, copie una de sus copias de seguridad de {folder} con ese nombre y ábralo)</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>{table}: row {row} is no longer there</source>
        <translation>{table}: la fila {row} ya no está</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation>{path} ya existe; elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>it is damaged (SQLite's integrity check: {check})</source>
        <translation>está dañado (comprobación de integridad de SQLite: {check})</translation>
    </message>
    <message>
        <source>{file} is at schema {version}, this version reads {latest}: open it for writing once to upgrade it</source>
        <translation>{file} está en el esquema {version} y esta versión lee el {latest}: ábralo una vez para escritura para actualizarlo</translation>
    </message>
    <message>
        <source>{name} was added, altered or dropped outside Reserve Desk and could alter what is written; 'reserve-desk audit verify' names it, and a backup from before it can be restored</source>
        <translation>{name} se agregó, modificó o eliminó fuera de Reserve Desk y podría alterar lo que se escribe; 'reserve-desk audit verify' lo identifica, y se puede restaurar una copia de seguridad anterior</translation>
    </message>
    <message>
        <source>{problem}; until then it can only be read</source>
        <translation>{problem}; hasta entonces solo se puede leer</translation>
    </message>
    <message>
        <source>it cannot be read as a workspace ({error})</source>
        <extracomment>{error} is SQLite's own English words</extracomment>
        <translation>no se puede leer como espacio de trabajo ({error})</translation>
    </message>
    <message>
        <source>choose a different file from the open workspace</source>
        <translation>elija un archivo distinto del espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name</source>
        <translation>{path} ya existe; elija un nombre de archivo nuevo</translation>
    </message>
    <message>
        <source>{file} is open read-only, nothing was changed: {reason}</source>
        <translation>{file} está abierto en solo lectura, no se cambió nada: {reason}</translation>
    </message>
    <message>
        <source>chain_views: row {row} was not written by Reserve Desk: {error}; run 'reserve-desk audit verify'</source>
        <translation>chain_views: la fila {row} no la escribió Reserve Desk: {error}; ejecute 'reserve-desk audit verify'</translation>
    </message>
    <message>
        <source>no arrangement named {name}</source>
        <translation>no hay ningún acuerdo llamado {name}</translation>
    </message>
    <message>
        <source> The latest backup is {backup} ({taken} UTC): restore it with 'reserve-desk restore --workspace {path}' or File &gt; Restore from backup.</source>
        <translation> La copia de seguridad más reciente es {backup} ({taken} UTC): restáurela con 'reserve-desk restore --workspace {path}' o con Archivo &gt; Restaurar desde una copia de seguridad.</translation>
    </message>
    <message>
        <source> There is no backup of it.</source>
        <translation> No hay ninguna copia de seguridad de él.</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} no es un archivo</translation>
    </message>
    <message>
        <source>it is not an SQLite file any more (overwritten or truncated)</source>
        <translation>ya no es un archivo SQLite (sobrescrito o truncado)</translation>
    </message>
    <message>
        <source>{file} is not a Reserve Desk workspace (not an SQLite file)</source>
        <translation>{file} no es un espacio de trabajo de Reserve Desk (no es un archivo SQLite)</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>schema {version} is older than {latest}: open the workspace once in Reserve Desk to upgrade it, then verify</source>
        <translation>el esquema {version} es anterior al {latest}: abra una vez el espacio de trabajo en Reserve Desk para actualizarlo y luego verifíquelo</translation>
    </message>
    <message>
        <source>{problem}: the checkpoints kept there cannot be trusted</source>
        <translation>{problem}: los puntos de control guardados allí no son de confianza</translation>
    </message>
    <message>
        <source>audit entry {id} ({action} {table}, {at})</source>
        <extracomment>{action} and {table} are the log's own codes (insert, update, restore ...; a table's name)</extracomment>
        <translation>entrada {id} del registro de auditoría ({action} {table}, {at})</translation>
    </message>
    <message>
        <source>audit entry {id}: does not follow entry {previous}: an entry between them was deleted or inserted</source>
        <translation>entrada {id} del registro de auditoría: no sigue a la entrada {previous}: se eliminó o se insertó una entrada entre ellas</translation>
    </message>
    <message>
        <source>audit entry {id}: does not follow the start of the log: an entry between them was deleted or inserted</source>
        <translation>entrada {id} del registro de auditoría: no sigue al inicio del registro: se eliminó o se insertó una entrada entre ellos</translation>
    </message>
    <message>
        <source>{entry}: its content no longer matches its hash: it was changed</source>
        <translation>{entry}: su contenido ya no coincide con su hash: se cambió</translation>
    </message>
    <message>
        <source>{entry}: its time cannot be read as a UTC time: it was not written by Reserve Desk</source>
        <translation>{entry}: su hora no se puede leer como hora UTC: no la escribió Reserve Desk</translation>
    </message>
    <message>
        <source>{entry}: its time is before entry {previous}'s ({time}): an entry was back-dated or added out of order</source>
        <translation>{entry}: su hora es anterior a la de la entrada {previous} ({time}): una entrada se fechó con fecha anterior o se agregó fuera de orden</translation>
    </message>
    <message>
        <source>{entry}: dated later than this computer's clock (a clock set ahead then, or a forged time); no change can be recorded after it until the clock passes it: restore a backup from before it</source>
        <translation>{entry}: tiene fecha posterior al reloj de esta computadora (un reloj adelantado entonces, o una hora falsificada); no se puede registrar ningún cambio después de ella hasta que el reloj la pase: restaure una copia de seguridad anterior a ella</translation>
    </message>
    <message>
        <source>{entry}: its recorded state or detail cannot be read</source>
        <translation>{entry}: su estado o su detalle registrado no se puede leer</translation>
    </message>
    <message>
        <source>{entry}: a restore whose details cannot be read</source>
        <translation>{entry}: una restauración cuyos detalles no se pueden leer</translation>
    </message>
    <message>
        <source>dropping no entry</source>
        <translation>sin descartar ninguna entrada</translation>
    </message>
    <message>
        <source>dropping entry {last} of the log before it</source>
        <translation>descartando la entrada {last} del registro anterior</translation>
    </message>
    <message>
        <source>dropping entries {first}-{last} of the log before it</source>
        <translation>descartando las entradas {first}-{last} del registro anterior</translation>
    </message>
    <message>
        <source> (the file it replaced could not be read: {reason})</source>
        <extracomment>{reason} is what the restore recorded, in English, as the log keeps it</extracomment>
        <translation> (el archivo que reemplazó no se podía leer: {reason})</translation>
    </message>
    <message>
        <source>{entry}: restored from {backup}, {dropped}</source>
        <translation>{entry}: restaurado desde {backup}, {dropped}</translation>
    </message>
    <message>
        <source>added outside Reserve Desk (not in the schema audit entry {id} recorded)</source>
        <translation>agregado fuera de Reserve Desk (no está en el esquema que registró la entrada {id} del registro de auditoría)</translation>
    </message>
    <message>
        <source>dropped outside Reserve Desk (audit entry {id} recorded it)</source>
        <translation>eliminado fuera de Reserve Desk (la entrada {id} del registro de auditoría lo registró)</translation>
    </message>
    <message>
        <source>its definition was altered outside Reserve Desk after audit entry {id}</source>
        <translation>su definición se modificó fuera de Reserve Desk después de la entrada {id} del registro de auditoría</translation>
    </message>
    <message>
        <source>table {table}: no state recorded in the audit log (created outside Reserve Desk)</source>
        <translation>tabla {table}: ningún estado registrado en el registro de auditoría (creada fuera de Reserve Desk)</translation>
    </message>
    <message>
        <source>table {table}: audit entry {id} records a state that cannot be read</source>
        <translation>tabla {table}: la entrada {id} del registro de auditoría registra un estado que no se puede leer</translation>
    </message>
    <message>
        <source>table {table}: rows were inserted outside Reserve Desk after audit entry {id} ({now} rows now, {recorded} recorded)</source>
        <translation>tabla {table}: se insertaron filas fuera de Reserve Desk después de la entrada {id} del registro de auditoría (filas ahora: {now}; registradas: {recorded})</translation>
    </message>
    <message>
        <source>table {table}: rows were deleted outside Reserve Desk after audit entry {id} ({now} rows now, {recorded} recorded)</source>
        <translation>tabla {table}: se eliminaron filas fuera de Reserve Desk después de la entrada {id} del registro de auditoría (filas ahora: {now}; registradas: {recorded})</translation>
    </message>
    <message>
        <source>table {table}: a row was changed outside Reserve Desk after audit entry {id} ({now} rows now, {recorded} recorded)</source>
        <translation>tabla {table}: se cambió una fila fuera de Reserve Desk después de la entrada {id} del registro de auditoría (filas ahora: {now}; registradas: {recorded})</translation>
    </message>
    <message>
        <source>checkpoint {file} (signed {time} by {user}, key {key})</source>
        <translation>punto de control {file} (firmado el {time} por {user}, clave {key})</translation>
    </message>
    <message>
        <source>given</source>
        <translation>indicado</translation>
    </message>
    <message>
        <source>kept beside this workspace's backups</source>
        <translation>guardado junto a las copias de seguridad de este espacio de trabajo</translation>
    </message>
    <message>
        <source>{checkpoint}: {where}, it was signed for workspace id {id} ({workspace}) but this file's id is {file_id}: another workspace's, or the id was changed</source>
        <translation>{checkpoint}: {where}, se firmó para el id de espacio de trabajo {id} ({workspace}) pero el id de este archivo es {file_id}: es de otro espacio de trabajo, o el id se cambió</translation>
    </message>
    <message>
        <source>{checkpoint}: signed at a time later than this computer's clock: not a record of the past</source>
        <translation>{checkpoint}: firmado a una hora posterior al reloj de esta computadora: no es un registro del pasado</translation>
    </message>
    <message>
        <source>{checkpoint}: the schema differs from the one it signed, and no migration or restore since is recorded: it was changed outside Reserve Desk</source>
        <translation>{checkpoint}: el esquema difiere del que firmó, y no hay ninguna migración ni restauración registrada desde entonces: se cambió fuera de Reserve Desk</translation>
    </message>
    <message>
        <source>{checkpoint}: the log has {entries} entries but the checkpoint signed {signed}: entries {first}-{signed} were removed (a rollback or truncation)</source>
        <translation>{checkpoint}: entradas en el registro: {entries}, pero el punto de control firmó {signed}: se quitaron las entradas {first}-{signed} (una reversión o un truncamiento)</translation>
    </message>
    <message>
        <source>{checkpoint}: audit entry #{entry} is not the one it signed (hash {now}… now, {signed}… signed): history up to it was rewritten</source>
        <translation>{checkpoint}: la entrada n.º {entry} del registro de auditoría no es la que firmó (hash {now}… ahora, {signed}… firmado): el historial hasta ella se reescribió</translation>
    </message>
    <message>
        <source> (audit entry {id} says a restore dropped entries {first}-{last}: if it was genuine, this checkpoint is of the history it replaced)</source>
        <translation> (la entrada {id} del registro de auditoría dice que una restauración descartó las entradas {first}-{last}: si fue auténtica, este punto de control es del historial que reemplazó)</translation>
    </message>
    <message>
        <source>head {head}: the log has {entries} entries: entries after {entries} were removed (a rollback or truncation)</source>
        <translation>cabeza {head}: entradas en el registro: {entries}; se quitaron las entradas posteriores a la {entries} (una reversión o un truncamiento)</translation>
    </message>
    <message>
        <source>head {head}: audit entry #{head} has hash {now}, not {signed}: history up to it was rewritten</source>
        <translation>cabeza {head}: la entrada n.º {head} del registro de auditoría tiene el hash {now}, no {signed}: el historial hasta ella se reescribió</translation>
    </message>
    <message>
        <source>table {table}: not in the checkpoint</source>
        <translation>tabla {table}: no está en el punto de control</translation>
    </message>
    <message>
        <source>table {table}: no longer in the log</source>
        <translation>tabla {table}: ya no está en el registro</translation>
    </message>
    <message>
        <source>table {table}: rows inserted ({now} rows where the checkpoint signed {signed})</source>
        <translation>tabla {table}: filas insertadas (filas: {now}, donde el punto de control firmó {signed})</translation>
    </message>
    <message>
        <source>table {table}: rows deleted ({now} rows where the checkpoint signed {signed})</source>
        <translation>tabla {table}: filas eliminadas (filas: {now}, donde el punto de control firmó {signed})</translation>
    </message>
    <message>
        <source>table {table}: a row changed ({now} rows where the checkpoint signed {signed})</source>
        <translation>tabla {table}: una fila cambiada (filas: {now}, donde el punto de control firmó {signed})</translation>
    </message>
</context>
</TS>
