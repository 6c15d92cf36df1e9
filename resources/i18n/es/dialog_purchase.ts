<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>planned</source>
        <extracomment>an IMF purchase (a drawing) not yet made</extracomment>
        <translation>prevista</translation>
    </message>
    <message>
        <source>disbursed</source>
        <extracomment>an IMF purchase (a drawing) already paid out</extracomment>
        <translation>desembolsada</translation>
    </message>
    <message>
        <source>Edit purchase: {arrangement}</source>
        <translation>Editar compra: {arrangement}</translation>
    </message>
    <message>
        <source>Add purchase: {arrangement}</source>
        <translation>Agregar compra: {arrangement}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount (SDR millions)</source>
        <translation>Monto (millones de DEG)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
</TS>
