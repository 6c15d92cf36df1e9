<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>fx</name>
    <message>
        <source>{code} is not a currency code: three letters, such as PKR or SDR</source>
        <translation>{code} no es un código de moneda: tres letras, como PKR o SDR</translation>
    </message>
    <message>
        <source>US$, no conversion</source>
        <translation>US$, sin conversión</translation>
    </message>
    <message>
        <source>{rate}, the rate of {arrangement} that the IMF figures&apos; US$ amounts use (no SDR series imported)</source>
        <translation>{rate}, el tipo de {arrangement} que usan los montos en US$ de las cifras del FMI (no se importó una serie del DEG)</translation>
    </message>
    <message>
        <source>{rate}, the rate of {date}</source>
        <translation>{rate}, tipo de cambio del {date}</translation>
    </message>
    <message>
        <source>{rate}: the rate of {date} held flat (assumed for a date after the valuation date)</source>
        <translation>{rate}: el tipo de cambio del {date} mantenido constante (supuesto para una fecha posterior a la fecha de valoración)</translation>
    </message>
    <message>
        <source>{rate}: the rate of {date} with the {currency} losing {pct} of its US$ value a year (assumed for a date after the valuation date)</source>
        <translation>{rate}: el tipo de cambio del {date} con una pérdida del {pct} anual del valor en US$ de la moneda {currency} (supuesto para una fecha posterior a la fecha de valoración)</translation>
    </message>
    <message>
        <source>US${rate} per SDR</source>
        <translation>US${rate} por DEG</translation>
    </message>
    <message>
        <source>{code} {rate} per US$</source>
        <translation>{code} {rate} por US$</translation>
    </message>
    <message>
        <source>no {code} rate on or in the {days} days before {date}</source>
        <translation>sin tipo de cambio {code} el {date} ni en los {days} días anteriores</translation>
    </message>
</context>
</TS>
