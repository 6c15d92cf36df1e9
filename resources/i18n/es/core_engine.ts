<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>adequacy</name>
    <message>
        <source>Gross official reserve assets (foreign currency, SDR holdings, reserve position in the IMF, monetary gold), not net: not 'net international reserves' or NIR, which subtract liabilities (IMF, Assessing Reserve Adequacy, 2011).</source>
        <translation>Activos de reserva oficiales brutos (divisas, tenencias de DEG, posición de reserva en el FMI, oro monetario), no netos: no las 'reservas internacionales netas' o RIN, que restan pasivos (FMI, Assessing Reserve Adequacy, 2011).</translation>
    </message>
    <message>
        <source>External debt at remaining maturity: all debt to nonresidents falling due within the next 12 months, short-term debt plus the long-term debt amortising in that year (IMF, Assessing Reserve Adequacy, 2011).</source>
        <translation>Deuda externa a plazo residual: toda la deuda con no residentes que vence en los próximos 12 meses, la deuda de corto plazo más la deuda de largo plazo que se amortiza en ese año (FMI, Assessing Reserve Adequacy, 2011).</translation>
    </message>
    <message>
        <source>Other portfolio liabilities: nonresidents' holdings of the country's portfolio equity and of its debt with more than a year to run, not the short-term debt above, so nothing is counted twice (IMF, Assessing Reserve Adequacy, 2011).</source>
        <translation>Otros pasivos de cartera: tenencias de no residentes de acciones de cartera del país y de su deuda con más de un año por vencer, no la deuda de corto plazo anterior, para no contar nada dos veces (FMI, Assessing Reserve Adequacy, 2011).</translation>
    </message>
    <message>
        <source>Broad money (M2 or the country's broad aggregate) in US$, a stock at the date.</source>
        <translation>Dinero en sentido amplio (M2 o el agregado amplio del país) en US$, un saldo a la fecha.</translation>
    </message>
    <message>
        <source>Exports of goods and services over the 12 months to the date.</source>
        <translation>Exportaciones de bienes y servicios en los 12 meses hasta la fecha.</translation>
    </message>
    <message>
        <source>Imports of goods and services over the 12 months to the date.</source>
        <translation>Importaciones de bienes y servicios en los 12 meses hasta la fecha.</translation>
    </message>
    <message>
        <source>Short-term foreign-currency liabilities of the monetary authorities to nonresidents (a stock at the date): what a program's net international reserves subtract from gross reserves besides the Fund's credit (the program's Technical Memorandum of Understanding defines them). Not an input of reserve adequacy.</source>
        <translation>Pasivos de corto plazo en moneda extranjera de las autoridades monetarias con no residentes (un saldo a la fecha): lo que las reservas internacionales netas de un programa restan de las reservas brutas además del crédito del Fondo (los define el Memorando Técnico de Entendimiento del programa). No es un insumo de la suficiencia de reservas.</translation>
    </message>
</context>
<context>
    <name>backtest</name>
    <message>
        <source>Historical</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Normal (parametric)</source>
        <translation>Normal (paramétrico)</translation>
    </message>
    <message>
        <source>Filtered historical simulation</source>
        <translation>Simulación histórica filtrada</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>amarilla</translation>
    </message>
    <message>
        <source>red</source>
        <translation>roja</translation>
    </message>
    <message>
        <source>GARCH(1,1) is fitted on {returns} returns or more: choose a window of {days} days or more</source>
        <translation>GARCH(1,1) se estima con {returns} rendimientos o más: elija una ventana de {days} días o más</translation>
    </message>
    <message>
        <source>no day of the period has a forecast (the moments of every window lie outside the expansion's domain)</source>
        <translation>ningún día del período tiene pronóstico (los momentos de cada ventana quedan fuera del dominio de la expansión)</translation>
    </message>
    <message>
        <source>none (no forecast)</source>
        <extracomment>no Basel zone: the model gave no forecast</extracomment>
        <translation>ninguna (sin pronóstico)</translation>
    </message>
    <message>
        <source>none ({tested} days tested, the zones need {days})</source>
        <translation>ninguna ({tested} días evaluados, las zonas requieren {days})</translation>
    </message>
</context>
<context>
    <name>fund</name>
    <message>
        <source>the member's IMF quota is not in the workspace: enter it in Member terms (IMF Program tab)</source>
        <translation>la cuota del país miembro en el FMI no está en el espacio de trabajo: ingrésela en Condiciones del país miembro (pestaña Programa con el FMI)</translation>
    </message>
    <message>
        <source>no SDR interest rate in the workspace: import the IMF's SDR rates (File &gt; Import) or enter the path in Member terms (IMF Program tab)</source>
        <translation>no hay tasa de interés del DEG en el espacio de trabajo: importe las tasas del DEG del FMI (Archivo &gt; Importar) o ingrese su trayectoria en Condiciones del país miembro (pestaña Programa con el FMI)</translation>
    </message>
    <message>
        <source>arrangement {name}: the approval date {day} cannot be scheduled ({why}); correct it in the IMF Program tab</source>
        <translation>acuerdo {name}: la fecha de aprobación {day} no puede programarse ({why}); corríjala en la pestaña Programa con el FMI</translation>
    </message>
    <message>
        <source>arrangement {name}: the purchase dated {day} cannot be scheduled ({why}); correct it in the IMF Program tab</source>
        <translation>acuerdo {name}: la compra del {day} no puede programarse ({why}); corríjala en la pestaña Programa con el FMI</translation>
    </message>
    <message>
        <source>{name}: no quota in its terms</source>
        <translation>{name}: sin cuota en sus condiciones</translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>Cornish-Fisher VaR and ES not given: the returns do not vary, so they have no skewness or kurtosis</source>
        <translation>VaR y ES de Cornish-Fisher no disponibles: los rendimientos no varían, por lo que no tienen asimetría ni curtosis</translation>
    </message>
    <message>
        <source>Cornish-Fisher VaR and ES not given: with skewness {skewness} and excess kurtosis {kurtosis} the expansion is not increasing in the normal quantile, so it is not a quantile (Maillard 2012, A User's Guide to the Cornish Fisher Expansion; without skew it holds only for excess kurtosis 0 to 8)</source>
        <translation>VaR y ES de Cornish-Fisher no disponibles: con asimetría {skewness} y exceso de curtosis {kurtosis} la expansión no es creciente en el cuantil normal, por lo que no es un cuantil (Maillard 2012, A User's Guide to the Cornish Fisher Expansion; sin asimetría solo es válida para un exceso de curtosis de 0 a 8)</translation>
    </message>
</context>
<context>
    <name>mining</name>
    <message>
        <source>a whole block height of at least {height} (the built-in block, {date})</source>
        <translation>una altura de bloque entera de al menos {height} (el bloque de referencia, {date})</translation>
    </message>
    <message>
        <source>not before {date} (the built-in block {height})</source>
        <translation>no antes del {date} (el bloque de referencia {height})</translation>
    </message>
    <message>
        <source>block {height} on {date} means {pace} blocks a day since block {reference} on {reference_date}, outside the plausible {low}-{high}: check the height and the date</source>
        <translation>el bloque {height} el {date} implica {pace} bloques al día desde el bloque {reference} el {reference_date}, fuera del rango plausible {low}-{high}: revise la altura y la fecha</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Yahoo Finance BTC-USD daily closes 2020-2025, daily log returns x sqrt(365)</source>
        <translation>cierres diarios BTC-USD de Yahoo Finance 2020-2025, rendimientos logarítmicos diarios x raíz(365)</translation>
    </message>
    <message>
        <source>Annualised volatility</source>
        <translation>Volatilidad anualizada</translation>
    </message>
    <message>
        <source>Annualised drift</source>
        <translation>Deriva anualizada</translation>
    </message>
    <message>
        <source>Student-t degrees of freedom</source>
        <translation>Grados de libertad de la t de Student</translation>
    </message>
    <message>
        <source>Bootstrap block length (days)</source>
        <translation>Longitud del bloque bootstrap (días)</translation>
    </message>
    <message>
        <source>Jumps a year</source>
        <translation>Saltos por año</translation>
    </message>
    <message>
        <source>Mean log jump</source>
        <translation>Salto logarítmico medio</translation>
    </message>
    <message>
        <source>Standard deviation of the log jump</source>
        <translation>Desviación estándar del salto logarítmico</translation>
    </message>
    <message>
        <source>GARCH(1,1) alpha</source>
        <translation>alpha de GARCH(1,1)</translation>
    </message>
    <message>
        <source>GARCH(1,1) beta</source>
        <translation>beta de GARCH(1,1)</translation>
    </message>
    <message>
        <source>geometric Brownian motion</source>
        <translation>movimiento browniano geométrico</translation>
    </message>
    <message>
        <source>Student-t innovations</source>
        <translation>innovaciones t de Student</translation>
    </message>
    <message>
        <source>Merton jump-diffusion</source>
        <translation>difusión con saltos de Merton</translation>
    </message>
    <message>
        <source>block bootstrap</source>
        <translation>bootstrap por bloques</translation>
    </message>
    <message>
        <source>filtered historical simulation</source>
        <translation>simulación histórica filtrada</translation>
    </message>
</context>
<context>
    <name>valuation</name>
    <message>
        <source>row {row} ({date}) sells more bitcoin than is held</source>
        <translation>la fila {row} ({date}) vende más bitcoin del que se tiene</translation>
    </message>
    <message>
        <source>row {row} ({date}, {kind} of {btc} BTC) takes wallet {wallet} below zero</source>
        <translation>la fila {row} ({date}, {kind} de {btc} BTC) deja la billetera {wallet} por debajo de cero</translation>
    </message>
</context>
<context>
    <name>var_models</name>
    <message>
        <source>square root of time</source>
        <translation>raíz cuadrada del tiempo</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulado</translation>
    </message>
    <message>
        <source>fitting GARCH needs at least {needed} returns ({returns} in the period)</source>
        <translation>estimar GARCH requiere al menos {needed} rendimientos ({returns} en el período)</translation>
    </message>
</context>
</TS>
