<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>audit_view</name>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>agregado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>migrado</translation>
    </message>
    <message>
        <source>{what} changed: {changes}</source>
        <extracomment>{what}: a row of the workspace (&quot;wallet 2&quot;), {changes}: &quot;Cap: — → 5 BTC; Kind: cold → hot&quot;</extracomment>
        <translation>Cambio en {what}: {changes}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>{what} added: {title}</source>
        <extracomment>{what}: a row of the workspace (&quot;wallet 2&quot;); {title}: its name</extracomment>
        <translation>Se agregó {what}: {title}</translation>
    </message>
    <message>
        <source>{what} added</source>
        <translation>Se agregó {what}</translation>
    </message>
    <message>
        <source>{what} deleted: {title}</source>
        <translation>Se eliminó {what}: {title}</translation>
    </message>
    <message>
        <source>{what} deleted</source>
        <translation>Se eliminó {what}</translation>
    </message>
    <message>
        <source>Imported into {table}</source>
        <translation>Importado en {table}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>{into}: {label} ({rows} rows)</source>
        <extracomment>{into}: &quot;Imported into Ledger&quot;; {label}: what was imported (a file&apos;s name)</extracomment>
        <translation>{into}: {label} ({rows} filas)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>Workspace created (schema {version})</source>
        <translation>Espacio de trabajo creado (esquema {version})</translation>
    </message>
    <message>
        <source>Schema migrated {before} → {after}</source>
        <translation>Esquema migrado {before} → {after}</translation>
    </message>
    <message>
        <source>Restored from {backup} ({entries} entries; {dropped} of the previous log dropped)</source>
        <translation>Restaurado desde {backup} ({entries} entradas; {dropped} del registro anterior descartadas)</translation>
    </message>
</context>
</TS>
