<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddressDialog</name>
    <message>
        <source>Add address or descriptor</source>
        <translation>Agregar dirección o descriptor</translation>
    </message>
    <message>
        <source>How many addresses of each branch (receive, change) are derived and registered now</source>
        <translation>Cuántas direcciones de cada rama (recepción, cambio) se derivan y registran ahora</translation>
    </message>
    <message>
        <source>Unused addresses kept after the last used one (BIP-44&apos;s gap limit, usually 20): a chain statement that shows one of them used derives more</source>
        <translation>Direcciones sin usar que se mantienen después de la última usada (el límite de brecha de BIP-44, por lo general 20): un estado de la cadena que muestra una de ellas usada deriva más</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Billetera</translation>
    </message>
    <message>
        <source>Address or descriptor</source>
        <translation>Dirección o descriptor</translation>
    </message>
    <message>
        <source>Addresses per branch</source>
        <translation>Direcciones por rama</translation>
    </message>
    <message>
        <source>Gap limit</source>
        <translation>Límite de brecha</translation>
    </message>
    <message>
        <source>A single address, an output descriptor, or a ypub or zpub (its receive and change chains). Public information only: a private key or seed words are refused.</source>
        <translation>Una dirección única, un descriptor de salida, o una ypub o zpub (sus cadenas de recepción y de cambio). Solo información pública: se rechazan las claves privadas y las palabras semilla.</translation>
    </message>
    <message>
        <source>Read as an output descriptor: its first addresses on each branch are derived and registered with their paths.</source>
        <translation>Se lee como descriptor de salida: sus primeras direcciones de cada rama se derivan y registran con sus rutas.</translation>
    </message>
    <message>
        <source>Read as a single address.</source>
        <translation>Se lee como dirección única.</translation>
    </message>
    <message>
        <source>add a wallet first (Holdings &gt; Add wallet…)</source>
        <translation>primero agregue una billetera (Tenencias &gt; Agregar billetera…)</translation>
    </message>
    <message>
        <source>give an address or a descriptor</source>
        <translation>indique una dirección o un descriptor</translation>
    </message>
    <message>
        <source>Checking and deriving the addresses…</source>
        <translation>Verificando y derivando las direcciones…</translation>
    </message>
    <message>
        <source>Nothing was registered: {error}</source>
        <translation>No se registró nada: {error}</translation>
    </message>
</context>
<context>
    <name>ChainImportDialog</name>
    <message>
        <source>Recognise each file</source>
        <translation>Reconocer cada archivo</translation>
    </message>
    <message>
        <source>Import chain statements</source>
        <translation>Importar estados de la cadena</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Agregar archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Add the files saved on the connected machine, then Check to see what they hold before anything is written. The files are imported together or not at all; a transaction seen in several files counts once.</source>
        <translation>Agregue los archivos guardados en el equipo conectado y luego pulse Verificar para ver su contenido antes de escribir nada. Los archivos se importan todos juntos o ninguno; una transacción vista en varios archivos cuenta una sola vez.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>where in a file a problem is: an array index or a row</extracomment>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The files changed: Check again to see what they hold before anything is written.</source>
        <translation>Los archivos cambiaron: pulse Verificar de nuevo para ver su contenido antes de escribir nada.</translation>
    </message>
    <message>
        <source>Chain statements</source>
        <translation>Estados de la cadena</translation>
    </message>
    <message>
        <source>Chain statements (*.json *.csv *.txt);;All files (*)</source>
        <translation>Estados de la cadena (*.json *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Files: {names} cannot be read.</source>
        <translation>Archivos: no se pueden leer {names}.</translation>
    </message>
    <message>
        <source>Add the files first.</source>
        <translation>Primero agregue los archivos.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing written yet: </source>
        <translation>Aún no se escribió nada: </translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Detenido: no se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was written: {n} problem below (every file is checked; any problem blocks the whole import).</source>
        <translation>No se escribió nada: {n} problema abajo (se revisan todos los archivos; cualquier problema bloquea toda la importación).</translation>
    </message>
    <message>
        <source>Nothing was written: {n} problems below (every file is checked; any problem blocks the whole import).</source>
        <translation>No se escribió nada: {n} problemas abajo (se revisan todos los archivos; cualquier problema bloquea toda la importación).</translation>
    </message>
    <message>
        <source>Nothing was written: {error}</source>
        <translation>No se escribió nada: {error}</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Export statement as of {date}</source>
        <translation>Exportar el estado al {date}</translation>
    </message>
    <message>
        <source>{workspace} statement {date}</source>
        <extracomment>the default file name, without its .pdf or .csv: &quot;El Salvador statement 2025-11-18&quot;</extracomment>
        <translation>{workspace} estado de direcciones {date}</translation>
    </message>
    <message>
        <source>Also write the CSV (one row per address, then the totals)</source>
        <translation>Escribir también el CSV (una fila por dirección y luego los totales)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>a marking of none: the statement&apos;s pages carry no classification</extracomment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>{date} (end of the day, UTC): the Custody page&apos;s date</source>
        <translation>{date} (cierre del día, UTC): la fecha de la página Custodia</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Marking</source>
        <extracomment>the classification printed on every page (OFFICIAL - SENSITIVE)</extracomment>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>The statement lists every registered address with its confirmed balance, each wallet&apos;s ledger and chain balances, the chain statements&apos; SHA-256 and the audit log&apos;s head.</source>
        <translation>El estado incluye cada dirección registrada con su saldo confirmado, los saldos de cada billetera según el libro y la cadena, el SHA-256 de los estados de la cadena y la última entrada del registro de auditoría.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>{label}: {path} must be a {suffix} file in an existing folder.</source>
        <translation>{label}: {path} debe ser un archivo {suffix} en una carpeta existente.</translation>
    </message>
    <message>
        <source>{label}: {path} is {reason}; the statement is never written over it.</source>
        <translation>{label}: {path} es {reason}; el estado nunca se escribe encima.</translation>
    </message>
    <message>
        <source>CSV: the same file as the PDF.</source>
        <translation>CSV: el mismo archivo que el PDF.</translation>
    </message>
    <message>
        <source>{name} already exists.</source>
        <translation>{name} ya existe.</translation>
    </message>
    <message>
        <source>{names} already exist.</source>
        <translation>{names} ya existen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Replace with the new statement?</source>
        <translation>¿Reemplazar por el nuevo estado?</translation>
    </message>
    <message>
        <source>Nothing written: choose other file names, or export again and replace them.</source>
        <translation>No se escribió nada: elija otros nombres de archivo, o exporte de nuevo y reemplácelos.</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Escribiendo el estado…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stopped: no file was written.</source>
        <translation>Detenido: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The statement could not be written: {error}</source>
        <translation>No se pudo escribir el estado: {error}</translation>
    </message>
    <message>
        <source>Stopping: no file will be written…</source>
        <translation>Deteniendo: no se escribirá ningún archivo…</translation>
    </message>
</context>
</TS>
