<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ExportCsv</name>
    <message>
        <source>Export transactions</source>
        <translation>Exportar transacciones</translation>
    </message>
    <message>
        <source>{count} transactions written to {path}</source>
        <translation>{count} transacciones escritas en {path}</translation>
    </message>
    <message>
        <source>Export prices</source>
        <translation>Exportar precios</translation>
    </message>
    <message>
        <source>{count} prices written to {path}</source>
        <translation>{count} precios escritos en {path}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
</context>
</TS>
