<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ReportDialog</name>
    <message>
        <source>OFFICIAL - SENSITIVE</source>
        <translation>USO OFICIAL - SENSIBLE</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Exportar resumen en PDF</translation>
    </message>
    <message>
        <source>1 path</source>
        <translation>1 trayectoria</translation>
    </message>
    <message>
        <source>{paths} paths</source>
        <translation>{paths} trayectorias</translation>
    </message>
    <message>
        <source>Run {run_id}: {scenario}, {paths}, {created}</source>
        <translation>Ejecución {run_id}: {scenario}, {paths}, {created}</translation>
    </message>
    <message>
        <source>(deleted scenario)</source>
        <translation>(escenario eliminado)</translation>
    </message>
    <message>
        <source>No stored runs: run a scenario in Stress Scenarios to include it.</source>
        <translation>Sin ejecuciones guardadas: ejecute una en Escenarios de tensión.</translation>
    </message>
    <message>
        <source>Every money figure of the summary in this currency, each at the rate of its own date; the rates used and their sources are listed in its last section.</source>
        <translation>Todas las cifras monetarias del resumen en esta moneda, cada una al tipo de cambio de su propia fecha; los tipos de cambio utilizados y sus fuentes figuran en su última sección.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>the placeholder of an empty security marking: the PDF carries no marking</extracomment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{workspace} summary {date}.pdf</source>
        <extracomment>the default file name: &quot;El Salvador summary 2025-11-18.pdf&quot;</extracomment>
        <translation>{workspace} resumen {date}.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Open the PDF when done</source>
        <translation>Abrir el PDF al terminar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Stress runs</source>
        <translation>Ejecuciones de tensión</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Marking</source>
        <extracomment>the security classification printed on every page (e.g. OFFICIAL - SENSITIVE)</extracomment>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
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
        <source>Sections: choose at least one.</source>
        <translation>Secciones: elija al menos una.</translation>
    </message>
    <message>
        <source>File: {file} must be a .pdf in an existing folder.</source>
        <translation>Archivo: {file} debe ser un .pdf en una carpeta existente.</translation>
    </message>
    <message>
        <source>File: {file} is {reason}; the summary is never written over it. Choose another name.</source>
        <translation>Archivo: {file} es {reason}; el resumen nunca se escribe sobre él. Elija otro nombre.</translation>
    </message>
    <message>
        <source>File: {file} already exists and was kept. Choose another name, or export again and replace it.</source>
        <translation>Archivo: {file} ya existe y se conservó. Elija otro nombre, o exporte de nuevo y reemplácelo.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}.

Replace it with the new summary?</source>
        <translation>{file} ya existe en {folder}.

¿Reemplazarlo por el nuevo resumen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The summary could not be written: {error}</source>
        <translation>No se pudo escribir el resumen: {error}</translation>
    </message>
</context>
</TS>
