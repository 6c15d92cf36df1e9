<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>planner</name>
    <message>
        <source>not to accumulate bitcoin</source>
        <translation>no acumular bitcoin</translation>
    </message>
    <message>
        <source>no subsidised power for bitcoin mining</source>
        <translation>no subsidiar la electricidad para la minería de bitcoin</translation>
    </message>
    <message>
        <source>years: from 1 to 10</source>
        <translation>años: de 1 a 10</translation>
    </message>
    <message>
        <source>paths: at most {paths} over {years} years</source>
        <translation>trayectorias: como máximo {paths} en {years} años</translation>
    </message>
    <message>
        <source>no BTC price on or before {date}: import a price history first</source>
        <translation>no hay precio del BTC al {date} ni antes: importe primero una serie de precios</translation>
    </message>
    <message>
        <source>Monte Carlo: GBM at {vol} a year ({source}); no daily price history of a year or more before the start</source>
        <translation>Monte Carlo: GBM al {vol} anual ({source}); no hay una serie diaria de precios de un año o más antes del inicio</translation>
    </message>
    <message>
        <source>Monte Carlo: GBM at {vol} a year, from {returns} daily returns of the imported history</source>
        <translation>Monte Carlo: GBM al {vol} anual, a partir de {returns} rendimientos diarios de la serie importada</translation>
    </message>
    <message>
        <source>stored closes to {date}, then {price} held flat</source>
        <translation>cierres guardados hasta el {date}, luego {price} constante</translation>
    </message>
    <message>
        <source>stored closes</source>
        <translation>cierres guardados</translation>
    </message>
    <message>
        <source>Blocks at {per_day} a day (the pace from block {reference} on {reference_date} to block {height} on {date}): the subsidy halves {halvings}.</source>
        <translation>Bloques a {per_day} al día (el ritmo del bloque {reference} el {reference_date} al bloque {height} el {date}): la recompensa se reduce a la mitad {halvings}.</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>the halvings' list: "at block 1,050,000 on 2028-04-11 and at block 1,260,000 on 2032-03-30"</extracomment>
        <translation> y </translation>
    </message>
    <message>
        <source>at block {height} on {date}</source>
        <translation>en el bloque {height} el {date}</translation>
    </message>
    <message>
        <source>adds bitcoin (purchases and mining count; seizures do not)</source>
        <translation>agrega bitcoin (cuentan las compras y la minería; los decomisos no)</translation>
    </message>
    <message>
        <source>mines while {reason}</source>
        <translation>mina mientras {reason}</translation>
    </message>
</context>
</TS>
