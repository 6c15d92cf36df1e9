<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>policies</name>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>{value} is not a YYYY-MM-DD date</source>
        <translation>{value} no es una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{day} is outside {first} to {last}</source>
        <translation>{day} está fuera del rango del {first} al {last}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>{value} is outside above {low} to {high}</source>
        <translation>{value} está fuera del rango de más de {low} a {high}</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value} está fuera del rango de {low} a {high}</translation>
    </message>
    <message>
        <source>give an amount in btc or in usd (one of them)</source>
        <translation>indique un monto en btc o en usd (uno de los dos)</translation>
    </message>
    <message>
        <source>1-200 characters</source>
        <translation>de 1 a 200 caracteres</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>como máximo {count} caracteres</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de {choices}</translation>
    </message>
    <message>
        <source>{names} do not apply to a {kind} policy</source>
        <translation>{names} no aplican a una política {kind}</translation>
    </message>
    <message>
        <source>must not come before start_date</source>
        <translation>no debe ser anterior a start_date</translation>
    </message>
    <message>
        <source>at least one {date, btc or usd}</source>
        <translation>al menos una {date, btc o usd}</translation>
    </message>
    <message>
        <source>must be {date, btc or usd}</source>
        <translation>debe ser {date, btc o usd}</translation>
    </message>
    <message>
        <source>a list of {date, eh}</source>
        <translation>una lista de {date, eh}</translation>
    </message>
    <message>
        <source>dates in order, one point per date</source>
        <translation>fechas en orden, un punto por fecha</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <source>give the last block's height and its date together</source>
        <translation>indique juntas la altura del último bloque y su fecha</translation>
    </message>
    <message>
        <source>{value} is not a whole block height</source>
        <translation>{value} no es una altura de bloque entera</translation>
    </message>
    <message>
        <source>no tariff for the power is stated</source>
        <translation>no se indica una tarifa para la electricidad</translation>
    </message>
    <message>
        <source>the power is valued at its export price (US${price}/kWh), not a tariff the miner pays</source>
        <translation>la electricidad se valora a su precio de exportación (US${price}/kWh), no a una tarifa que pague el minero</translation>
    </message>
    <message>
        <source>the tariff (US${price}/kWh) is not compared with a cost-recovery level</source>
        <translation>la tarifa (US${price}/kWh) no se compara con un nivel de recuperación de costos</translation>
    </message>
    <message>
        <source>the tariff (US${price}/kWh) is below cost recovery (US${cost}/kWh)</source>
        <translation>la tarifa (US${price}/kWh) está por debajo de la recuperación de costos (US${cost}/kWh)</translation>
    </message>
</context>
</TS>
