<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccumulationHistory</name>
    <message>
        <source>This chart shows the bitcoin added each month and the stock it builds. The ledger holds no transaction up to the toolbar&apos;s date: add one on the Holdings tab, or import a ledger (File &gt; Import), to see it.</source>
        <translation>Este gráfico muestra el bitcoin agregado cada mes y la tenencia que forma. El libro de movimientos no tiene transacciones hasta la fecha de la barra de herramientas: agregue una en la pestaña Tenencias o importe un libro de movimientos (Archivo &gt; Importar) para verlo.</translation>
    </message>
    <message>
        <source>Purchase (BTC)</source>
        <translation>Compra (BTC)</translation>
    </message>
    <message>
        <source>Mining (BTC)</source>
        <translation>Minería (BTC)</translation>
    </message>
    <message>
        <source>Seizure (BTC)</source>
        <translation>Decomiso (BTC)</translation>
    </message>
    <message>
        <source>Donation (BTC)</source>
        <translation>Donación (BTC)</translation>
    </message>
    <message>
        <source>Sale (BTC)</source>
        <translation>Venta (BTC)</translation>
    </message>
    <message>
        <source>Fee (BTC)</source>
        <extracomment>a transaction fee paid in bitcoin</extracomment>
        <translation>Comisión (BTC)</translation>
    </message>
    <message>
        <source>Purchase pace, last 365 days</source>
        <translation>Ritmo de compra, últimos 365 días</translation>
    </message>
    <message>
        <source>Bought to date</source>
        <translation>Comprado a la fecha</translation>
    </message>
    <message>
        <source>Average purchase price</source>
        <translation>Precio promedio de compra</translation>
    </message>
    <message>
        <source>Mined, seized or donated</source>
        <translation>Minado, decomisado o donado</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Net (BTC)</source>
        <translation>Neto (BTC)</translation>
    </message>
    <message>
        <source>Spent (US$)</source>
        <translation>Gastado (US$)</translation>
    </message>
    <message>
        <source>Average price (US$)</source>
        <translation>Precio promedio (US$)</translation>
    </message>
    <message>
        <source>Bitcoin added per month and cumulative stock</source>
        <translation>Bitcoin agregado por mes y tenencia acumulada</translation>
    </message>
    <message>
        <source>BTC per month</source>
        <translation>BTC por mes</translation>
    </message>
    <message>
        <source>Cumulative BTC</source>
        <translation>BTC acumulados</translation>
    </message>
    <message>
        <source>Accumulation by month (from the ledger; transfers between own wallets excluded)</source>
        <translation>Acumulación por mes (del libro de movimientos; sin transferencias entre billeteras propias)</translation>
    </message>
    <message>
        <source>{rate} BTC/day</source>
        <translation>{rate} BTC/día</translation>
    </message>
    <message>
        <source>{btc} BTC bought in the 365 days to {date}</source>
        <translation>{btc} BTC comprados en los 365 días al {date}</translation>
    </message>
    <message>
        <source>Purchases only; mining, seizures and donations are shown separately.</source>
        <translation>Solo compras; la minería, los decomisos y las donaciones se muestran aparte.</translation>
    </message>
    <message>
        <source>for {usd}</source>
        <translation>por {usd}</translation>
    </message>
    <message>
        <source>no purchases recorded</source>
        <translation>sin compras registradas</translation>
    </message>
    <message>
        <source>per BTC, fees included</source>
        <translation>por BTC, comisiones incluidas</translation>
    </message>
    <message>
        <source>accumulation outside purchases</source>
        <translation>acumulación fuera de compras</translation>
    </message>
</context>
</TS>
