<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>money</name>
    <message>
        <source>{currency} millions</source>
        <extracomment>a chart&apos;s axis: millions of a currency named by its code (PKR millions, SDR millions)</extracomment>
        <translation>millones de {currency}</translation>
    </message>
    <message>
        <source>No {currency} rate for {n} of the days shown ({first} to {last}): the lines stop there rather than guess.</source>
        <translation>Sin tipo de cambio de {currency} para {n} de los días mostrados (del {first} al {last}): las líneas se interrumpen allí en lugar de suponer uno.</translation>
    </message>
</context>
</TS>
