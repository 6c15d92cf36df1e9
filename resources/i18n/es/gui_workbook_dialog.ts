<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Workbook</name>
    <message>
        <source>All to &amp;Excel…</source>
        <translation>Todo a &amp;Excel…</translation>
    </message>
    <message>
        <source>Every table in one Excel workbook, in a reporting currency, after a sheet of its inputs</source>
        <translation>Todas las tablas en un libro de Excel, en una moneda de presentación, tras una hoja con sus datos de entrada</translation>
    </message>
    <message>
        <source>Wrote the workbook to {path}</source>
        <translation>Se escribió el libro de Excel en {path}</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>libro de movimientos</translation>
    </message>
    <message>
        <source>wallets</source>
        <translation>billeteras</translation>
    </message>
    <message>
        <source>BTC prices</source>
        <translation>precios BTC</translation>
    </message>
    <message>
        <source>IMF schedule</source>
        <translation>calendario FMI</translation>
    </message>
    <message>
        <source>Fund position</source>
        <translation>posición en el Fondo</translation>
    </message>
    <message>
        <source>test dates</source>
        <translation>fechas de evaluación</translation>
    </message>
    <message>
        <source>stress runs</source>
        <translation>ejecuciones de tensión</translation>
    </message>
    <message>
        <source>stress runs compared</source>
        <translation>ejecuciones de tensión comparadas</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>planificador</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>registro de auditoría</translation>
    </message>
    <message>
        <source>Reporting currency: the workspace has no {code} exchange rates, so every figure in {code} would be empty. Import a series of them first (File &gt; Import &gt; Exchange rates), or choose another currency.</source>
        <translation>Moneda de presentación: el espacio de trabajo no tiene tipos de cambio de {code}, así que toda cifra en {code} quedaría vacía. Importe antes una serie (Archivo &gt; Importar &gt; Tipos de cambio) o elija otra moneda.</translation>
    </message>
    <message>
        <source>{tables}: no rows to write, so no file was written.</source>
        <translation>{tables}: no hay filas que escribir, así que no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>{workspace} {what} {date}.xlsx</source>
        <extracomment>a workbook's default file name: "El Salvador ledger 2025-11-18.xlsx" ({what}: the table, in the interface's words)</extracomment>
        <translation>{workspace} {what} {date}.xlsx</translation>
    </message>
    <message>
        <source>File: {file} must be an .xlsx file in an existing folder.</source>
        <translation>Archivo: {file} debe ser un archivo .xlsx en una carpeta existente.</translation>
    </message>
    <message>
        <source>File: {file} is {reason}; a workbook is never written over it. Choose another name.</source>
        <translation>Archivo: {file} es {reason}; un libro de Excel nunca se escribe encima. Elija otro nombre.</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}.

Replace it with the new workbook?</source>
        <translation>{file} ya existe en {folder}.

¿Reemplazarlo por el nuevo libro de Excel?</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Written to {file}: {sheets} sheets, {rows}.</source>
        <extracomment>{sheets} counts the sheets (always two or more: the inputs and a table); {rows}: "1,121 rows"</extracomment>
        <translation>Escrito en {file}: {sheets} hojas, {rows}.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation><numerusform>%n fila</numerusform><numerusform>%n filas</numerusform></translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>No incluido: {reasons}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <source>Select two or more stored runs (Ctrl+click) to export their comparison.</source>
        <translation>Seleccione dos o más ejecuciones guardadas (Ctrl+clic) para exportar su comparación.</translation>
    </message>
    <message>
        <source>The projection is not ready yet: export it once it is shown.</source>
        <translation>La proyección aún no está lista: expórtela cuando se muestre.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
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
        <source>The workbook could not be written: {error}</source>
        <translation>No se pudo escribir el libro de Excel: {error}</translation>
    </message>
    <message>
        <source>The projection shown, month by month, and the bitcoin mined each year, as an Excel workbook</source>
        <translation>La proyección mostrada, mes a mes, y el bitcoin minado cada año, como libro de Excel</translation>
    </message>
    <message>
        <source>The entries the filters show, with their full JSON, as an Excel workbook</source>
        <translation>Las entradas que muestran los filtros, con su JSON completo, como libro de Excel</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>The stored runs, or the comparison of those selected, as an Excel workbook</source>
        <translation>Las ejecuciones guardadas, o la comparación de las seleccionadas, como libro de Excel</translation>
    </message>
    <message>
        <source>Stored runs…</source>
        <translation>Ejecuciones guardadas…</translation>
    </message>
    <message>
        <source>The selected runs compared…</source>
        <translation>Las ejecuciones seleccionadas, comparadas…</translation>
    </message>
    <message>
        <source>This table as an Excel workbook: numbers as numbers, dates as dates, money also in the reporting currency at each figure's own date</source>
        <translation>Esta tabla como libro de Excel: números como números, fechas como fechas, importes también en la moneda de presentación a la fecha de cada cifra</translation>
    </message>
</context>
<context>
    <name>WorkbookDialog</name>
    <message>
        <source>Export all to Excel</source>
        <translation>Exportar todo a Excel</translation>
    </message>
    <message>
        <source>Money columns are also given in this currency, each figure at the rate of its own date; the Inputs sheet says which rates</source>
        <translation>Las columnas de importes se dan también en esta moneda, cada cifra al tipo de cambio de su propia fecha; la hoja Datos de entrada indica qué tipos</translation>
    </message>
    <message>
        <source>The valuation date: the wallets' holdings on this day, the test dates' NIR from the reserves known on it, figures after it at the assumed rate</source>
        <translation>La fecha de valoración: las tenencias de las billeteras en ese día, las RIN de las fechas de evaluación según las reservas conocidas en ella, las cifras posteriores al tipo supuesto</translation>
    </message>
    <message>
        <source>{workspace} tables {date}.xlsx</source>
        <extracomment>the default file name of the workbook of every table: "El Salvador tables 2025-11-18.xlsx"</extracomment>
        <translation>{workspace} tablas {date}.xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Moneda de presentación</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Fecha de valoración</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>A first sheet of inputs (the workspace, the date, the currency and its rates, the sources, the audit log's head), then a sheet per table: ledger, wallets, prices, the IMF schedule and position, test dates, stress runs, the planner's results and the audit log.</source>
        <translation>Una primera hoja de datos de entrada (el espacio de trabajo, la fecha, la moneda y sus tipos de cambio, las fuentes, la cabeza del registro de auditoría) y luego una hoja por tabla: libro de movimientos, billeteras, precios, el calendario y la posición en el FMI, fechas de evaluación, ejecuciones de tensión, los resultados del planificador y el registro de auditoría.</translation>
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
        <source>File: {file} already exists and was kept. Choose another name, or export again and replace it.</source>
        <translation>Archivo: {file} ya existe y se conservó. Elija otro nombre, o exporte de nuevo y reemplácelo.</translation>
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
        <source>The workbook could not be written: {error}</source>
        <translation>No se pudo escribir el libro de Excel: {error}</translation>
    </message>
</context>
</TS>
