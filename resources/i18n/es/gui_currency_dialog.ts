<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CurrencySettingsDialog</name>
    <message>
        <source>Currency settings</source>
        <translation>Configuración de moneda</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no local currency set</extracomment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The currency the member budgets in (three letters, such as PKR); the toolbar offers it beside US$ and the SDR</source>
        <translation>La moneda en que el país miembro elabora su presupuesto (tres letras, como PKR); la barra de herramientas la ofrece junto a US$ y el DEG</translation>
    </message>
    <message>
        <source> % a year</source>
        <extracomment>the assumed depreciation: a percentage a year</extracomment>
        <translation> % anual</translation>
    </message>
    <message>
        <source>Figures dated after the valuation date (the toolbar&apos;s date), such as IMF obligations and projections, convert at the valuation date&apos;s rate moved along this path: the local currency loses this share of its US$ value each year. 0 holds the rate flat. The SDR and other currencies are held flat.</source>
        <translation>Las cifras con fecha posterior a la fecha de valoración (la fecha de la barra de herramientas), como las obligaciones con el FMI y las proyecciones, se convierten al tipo de cambio de la fecha de valoración desplazado según esta trayectoria: la moneda local pierde esta proporción de su valor en US$ cada año. Con 0 el tipo de cambio se mantiene constante. El DEG y las demás monedas se mantienen constantes.</translation>
    </message>
    <message>
        <source>Local currency</source>
        <translation>Moneda local</translation>
    </message>
    <message>
        <source>Assumed depreciation</source>
        <translation>Depreciación supuesta</translation>
    </message>
    <message>
        <source>{now} on {date}; under this assumption {later} on {later_date}.</source>
        <translation>{now} al {date}; con este supuesto, {later} al {later_date}.</translation>
    </message>
    <message>
        <source>{now} on {date} (the rate of {observed}); under this assumption {later} on {later_date}.</source>
        <translation>{now} al {date} (tipo de cambio del {observed}); con este supuesto, {later} al {later_date}.</translation>
    </message>
    <message>
        <source>Local currency: {reason}</source>
        <translation>Moneda local: {reason}</translation>
    </message>
</context>
</TS>
