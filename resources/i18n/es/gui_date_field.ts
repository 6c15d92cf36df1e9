<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>the letters for year, month and day in the pattern a date is typed in (digits are typed, as 2026-04-28)</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date from a calendar (Alt+Down)</source>
        <translation>Elegir una fecha en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Type a date as {pattern}, from {earliest} to {latest}; Up and Down change it by a day, Page Up and Page Down by a month.</source>
        <translation>Escriba una fecha como {pattern}, del {earliest} al {latest}; Flecha arriba y Flecha abajo la cambian en un día, Re Pág y Av Pág en un mes.</translation>
    </message>
    <message>
        <source>Type a date as {pattern}, from {earliest}; Up and Down change it by a day, Page Up and Page Down by a month.</source>
        <translation>Escriba una fecha como {pattern}, desde el {earliest}; Flecha arriba y Flecha abajo la cambian en un día, Re Pág y Av Pág en un mes.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {pattern}</source>
        <translation>“{text}” no es una fecha: escríbala como {pattern}</translation>
    </message>
    <message>
        <source>{text} is not a date in the calendar</source>
        <translation>{text} no es una fecha del calendario</translation>
    </message>
    <message>
        <source>{text} is outside {earliest} to {latest}</source>
        <translation>{text} está fuera del intervalo del {earliest} al {latest}</translation>
    </message>
    <message>
        <source>{text} is before {earliest}</source>
        <translation>{text} es anterior al {earliest}</translation>
    </message>
    <message>
        <source>{why}. Kept {kept}.</source>
        <translation>{why}. Se mantiene el {kept}.</translation>
    </message>
</context>
</TS>
