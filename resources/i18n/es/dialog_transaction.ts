<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>TransactionDialog</name>
    <message>
        <source>Edit transaction</source>
        <translation>Editar transacción</translation>
    </message>
    <message>
        <source>Add transaction</source>
        <translation>Agregar transacción</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>an amount field at zero: no price or fee given</extracomment>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Billetera</translation>
    </message>
    <message>
        <source>To wallet</source>
        <translation>Billetera destino</translation>
    </message>
    <message>
        <source>Quantity (BTC)</source>
        <translation>Cantidad (BTC)</translation>
    </message>
    <message>
        <source>Price per BTC (USD)</source>
        <translation>Precio por BTC (USD)</translation>
    </message>
    <message>
        <source>Fee (USD)</source>
        <translation>Comisión (USD)</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>this workspace has no wallet yet: add one first (Holdings &gt; Add wallet…)</source>
        <translation>este espacio de trabajo aún no tiene billeteras: agregue una primero (Tenencias &gt; Agregar billetera…)</translation>
    </message>
</context>
</TS>
