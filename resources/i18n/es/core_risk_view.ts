<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>risk_view</name>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Últimos 3 años</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Últimos 5 años</translation>
    </message>
    <message>
        <source>Last 10 years</source>
        <translation>Últimos 10 años</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Toda la historia</translation>
    </message>
    <message>
        <source>Import a daily BTC price history (File &gt; Import &gt; Prices CSV…).</source>
        <translation>Importe una serie histórica diaria de precios del BTC (Archivo &gt; Importar &gt; CSV de precios…).</translation>
    </message>
    <message>
        <source>confidence must be between 50% and 100%</source>
        <translation>el nivel de confianza debe estar entre 50% y 100%</translation>
    </message>
    <message>
        <source>volatility window: {low} to {high} days</source>
        <translation>ventana de volatilidad: de {low} a {high} días</translation>
    </message>
    <message>
        <source>backtest window: {low} to {high} days</source>
        <translation>ventana de las pruebas retrospectivas: de {low} a {high} días</translation>
    </message>
    <message>
        <source>the period starts on {start}, not before the valuation date {end}</source>
        <translation>el período comienza el {start}, no antes de la fecha de valoración {end}</translation>
    </message>
    <message>
        <source>its first price</source>
        <translation>su primer precio</translation>
    </message>
    <message>
        <source>The risk measures need at least {needed} daily BTC prices in the period; the workspace has {prices} between {start} and {end}. {remedy}</source>
        <translation>Las medidas de riesgo requieren al menos {needed} precios diarios del BTC en el período; el espacio de trabajo tiene {prices} entre {start} y {end}. {remedy}</translation>
    </message>
    <message>
        <source>The risk measures need daily BTC prices; the period's prices are {gap} days apart (the median gap between {prices} prices from {first} to {last}). {remedy}</source>
        <translation>Las medidas de riesgo requieren precios diarios del BTC; los precios del período están separados por {gap} días (la brecha mediana entre {prices} precios del {first} al {last}). {remedy}</translation>
    </message>
    <message>
        <source>The BTC price does not move between {first} and {last} (every close is the same), so there is no risk to measure. {remedy}</source>
        <translation>El precio del BTC no se mueve entre el {first} y el {last} (todos los cierres son iguales), por lo que no hay riesgo que medir. {remedy}</translation>
    </message>
    <message>
        <source>The backtest needs more daily returns than its {window}-day window: the period has {returns}. Choose an earlier start, a shorter window, or import a longer price history.</source>
        <translation>Las pruebas retrospectivas requieren más rendimientos diarios que su ventana de {window} días: el período tiene {returns}. Elija un inicio anterior, una ventana más corta o importe una serie de precios más larga.</translation>
    </message>
</context>
</TS>
