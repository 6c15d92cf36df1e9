<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>scenario_rules</name>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value} está fuera del rango de {low} a {high}</translation>
    </message>
    <message>
        <source>required for a historical episode</source>
        <translation>obligatorio para un episodio histórico</translation>
    </message>
    <message>
        <source>{value} is not a YYYY-MM-DD date</source>
        <translation>{value} no es una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>1-64 characters from a-z, 0-9 and '-'</source>
        <translation>de 1 a 64 caracteres entre a-z, 0-9 y '-'</translation>
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
        <source>a whole number of days from 1 to {days}</source>
        <translation>un número entero de días de 1 a {days}</translation>
    </message>
    <message>
        <source>must be a mapping of names to values</source>
        <translation>debe ser una correspondencia de nombres a valores</translation>
    </message>
    <message>
        <source>{names} do not apply to a {kind} scenario</source>
        <translation>{names} no aplican a un escenario {kind}</translation>
    </message>
    <message>
        <source>must come after peak_date</source>
        <translation>debe ser posterior a peak_date</translation>
    </message>
    <message>
        <source>required (the published peak-to-trough fall, 0.766 for 76.6%)</source>
        <translation>obligatorio (la caída publicada del máximo al mínimo, 0.766 para 76.6%)</translation>
    </message>
    <message>
        <source>only BTC episodes can be replayed</source>
        <translation>solo pueden reproducirse episodios del BTC</translation>
    </message>
    <message>
        <source>a shock scenario needs a bitcoin shock, a macro shock or a depreciation of the local currency</source>
        <translation>un escenario de choque necesita un choque al bitcoin, un choque macro o una depreciación de la moneda local</translation>
    </message>
    <message>
        <source>alpha + beta must be below 1 (a stationary GARCH)</source>
        <translation>alpha + beta debe ser menor que 1 (un GARCH estacionario)</translation>
    </message>
    <message>
        <source>must map exports, imports or remittances to a fraction</source>
        <translation>debe asignar una fracción a exportaciones, importaciones o remesas</translation>
    </message>
    <message>
        <source>{flow} is not one of {choices}</source>
        <translation>{flow} no es uno de {choices}</translation>
    </message>
</context>
</TS>
