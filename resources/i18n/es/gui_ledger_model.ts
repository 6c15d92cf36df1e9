<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>LedgerModel</name>
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
        <source>Price (USD)</source>
        <translation>Precio (USD)</translation>
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
        <source>Price ({currency})</source>
        <translation>Precio ({currency})</translation>
    </message>
    <message>
        <source>Fee ({currency})</source>
        <translation>Comisión ({currency})</translation>
    </message>
    <message>
        <source>purchase</source>
        <extracomment>a kind of ledger transaction: bitcoin bought</extracomment>
        <translation>compra</translation>
    </message>
    <message>
        <source>sale</source>
        <extracomment>a kind of ledger transaction: bitcoin sold</extracomment>
        <translation>venta</translation>
    </message>
    <message>
        <source>mining</source>
        <extracomment>a kind of ledger transaction: bitcoin mined by the state</extracomment>
        <translation>minería</translation>
    </message>
    <message>
        <source>seizure</source>
        <extracomment>a kind of ledger transaction: bitcoin seized by the courts</extracomment>
        <translation>decomiso</translation>
    </message>
    <message>
        <source>transfer</source>
        <extracomment>a kind of ledger transaction: bitcoin moved between two of the reserve&apos;s wallets</extracomment>
        <translation>transferencia</translation>
    </message>
    <message>
        <source>donation</source>
        <extracomment>a kind of ledger transaction: bitcoin received as a gift</extracomment>
        <translation>donación</translation>
    </message>
    <message>
        <source>fee</source>
        <extracomment>a kind of ledger transaction: a network fee paid in bitcoin</extracomment>
        <translation>comisión</translation>
    </message>
    <message>
        <source>entered in Reserve Desk</source>
        <translation>registrado en Reserve Desk</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
</context>
</TS>
