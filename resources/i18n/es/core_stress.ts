<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>stress</name>
    <message>
        <source>scenario {id}: {problems}</source>
        <translation>escenario {id}: {problems}</translation>
    </message>
    <message>
        <source>liquidation days: from 1 to 365</source>
        <translation>días de liquidación: de 1 a 365</translation>
    </message>
    <message>
        <source>daily volume: a positive amount of USD</source>
        <translation>volumen diario: un monto positivo en USD</translation>
    </message>
    <message>
        <source>impact coefficient Y: above 0 and at most 10</source>
        <translation>coeficiente de impacto Y: mayor que 0 y como máximo 10</translation>
    </message>
    <message>
        <source>risk aversion: zero or positive</source>
        <translation>aversión al riesgo: cero o positiva</translation>
    </message>
    <message>
        <source>no BTC price on or before {date}: import a price history first</source>
        <translation>no hay precio del BTC al {date} ni antes: importe primero una serie de precios</translation>
    </message>
    <message>
        <source>the BTC prices from {first} to {last} have changed since this run: it cannot be reproduced exactly</source>
        <translation>los precios del BTC del {first} al {last} cambiaron desde esta ejecución: no puede reproducirse exactamente</translation>
    </message>
    <message>
        <source>historical episode replayed from the imported prices</source>
        <translation>episodio histórico reproducido con los precios importados</translation>
    </message>
    <message>
        <source>historical episode, stylised from its published depth and length</source>
        <translation>episodio histórico, estilizado a partir de su profundidad y duración publicadas</translation>
    </message>
    <message>
        <source>hypothetical shock</source>
        <translation>choque hipotético</translation>
    </message>
    <message>
        <source>Monte Carlo ({model}), {paths} paths, seed {seed}</source>
        <translation>Monte Carlo ({model}), {paths} trayectorias, semilla {seed}</translation>
    </message>
    <message>
        <source>Stored by an earlier engine: a sale here pays the square-root law's whole peak impact (today: 2/3 of it, the expected execution cost), its schedule is front-loaded by a risk aversion of 1e-8 per US$ (today: even over the chosen days), its NIR baseline may start from a reserve observation dated after its valuation date, and bootstrap and FHS runs kept the history's trend. Reproduce it to see today's rules.</source>
        <translation>Guardada por un motor anterior: aquí una venta paga todo el impacto máximo de la ley de la raíz cuadrada (hoy: 2/3 de él, el costo de ejecución esperado), su calendario se concentra al inicio por una aversión al riesgo de 1e-8 por US$ (hoy: uniforme en los días elegidos), su línea de base de las RIN puede partir de una observación de reservas posterior a su fecha de valoración, y las ejecuciones bootstrap y FHS conservaban la tendencia de la serie. Reprodúzcala para ver las reglas actuales.</translation>
    </message>
    <message>
        <source>none needed</source>
        <extracomment>no sale of bitcoin is needed to meet the NIR floor</extracomment>
        <translation>no se requiere</translation>
    </message>
    <message>
        <source>sell {btc} BTC</source>
        <translation>vender {btc} BTC</translation>
    </message>
    <message>
        <source>no bitcoin to sell: {short} short</source>
        <translation>no hay bitcoin que vender: faltan {short}</translation>
    </message>
    <message>
        <source>sell {btc} BTC, the most one day can raise: {short} still short</source>
        <translation>vender {btc} BTC, lo máximo que un día permite obtener: aún faltan {short}</translation>
    </message>
    <message>
        <source>sell all {btc} BTC: {short} still short</source>
        <translation>vender los {btc} BTC: aún faltan {short}</translation>
    </message>
</context>
</TS>
