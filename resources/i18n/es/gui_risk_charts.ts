<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BacktestChart</name>
    <message>
        <source>All six models</source>
        <translation>Los seis modelos</translation>
    </message>
    <message>
        <source>The model whose VaR line and exceptions are drawn (all six at once are hard to tell apart)</source>
        <translation>El modelo cuya línea de VaR y excepciones se dibujan (los seis a la vez son difíciles de distinguir)</translation>
    </message>
    <message>
        <source>Daily returns and minus the one-day VaR forecast</source>
        <translation>Rendimientos diarios y menos el VaR pronosticado a un día</translation>
    </message>
    <message>
        <source>Daily return (%)</source>
        <translation>Rendimiento diario (%)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Daily return</source>
        <translation>Rendimiento diario</translation>
    </message>
    <message numerus="yes">
        <source>%n exceptions</source>
        <translation>
            <numerusform>%n excepción</numerusform>
            <numerusform>%n excepciones</numerusform>
        </translation>
    </message>
    <message>
        <source>not tested: no forecast</source>
        <translation>no evaluado: sin pronóstico</translation>
    </message>
    <message>
        <source>{model} VaR</source>
        <translation>VaR {model}</translation>
    </message>
    <message>
        <source>{model} none</source>
        <extracomment>a model&apos;s VaR on a day it gives no forecast</extracomment>
        <translation>{model} sin pronóstico</translation>
    </message>
    <message>
        <source>{model} {var} (exception)</source>
        <translation>{model} {var} (excepción)</translation>
    </message>
    <message>
        <source>{day}: return {r} · {models}</source>
        <translation>{day}: rendimiento {r} · {models}</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <source>Daily returns and fitted densities</source>
        <translation>Rendimientos diarios y densidades ajustadas</translation>
    </message>
    <message>
        <source>Daily return (%)</source>
        <translation>Rendimiento diario (%)</translation>
    </message>
    <message>
        <source>Density (per percentage point)</source>
        <translation>Densidad (por punto porcentual)</translation>
    </message>
    <message>
        <source>Daily returns</source>
        <translation>Rendimientos diarios</translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>the normal distribution fitted to the returns</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Student t</source>
        <translation>t de Student</translation>
    </message>
    <message>
        <source>Normal QQ plot</source>
        <translation>Gráfico QQ normal</translation>
    </message>
    <message>
        <source>Normal quantile</source>
        <translation>Cuantil normal</translation>
    </message>
    <message>
        <source>Standardised return</source>
        <translation>Rendimiento estandarizado</translation>
    </message>
    <message>
        <source>Daily returns ({count}; skewness {skewness}, excess kurtosis {kurtosis})</source>
        <translation>Rendimientos diarios ({count}; asimetría {skewness}, exceso de curtosis {kurtosis})</translation>
    </message>
    <message>
        <source>Normal: mean {mean}, sd {sd}</source>
        <translation>Normal: media {mean}, desv. estándar {sd}</translation>
    </message>
    <message>
        <source>Student t: loc {loc}, scale {scale}, df {df}</source>
        <translation>t de Student: posición {loc}, escala {scale}, g.l. {df}</translation>
    </message>
    <message>
        <source>Returns from {low}% to {high}%: {share} of the days · normal density {normal}, Student t {t} per point</source>
        <translation>Rendimientos de {low}% a {high}%: {share} de los días · densidad normal {normal}, t de Student {t} por punto</translation>
    </message>
    <message>
        <source>No daily return there: the returns run from {low}% to {high}%.</source>
        <translation>No hay rendimientos diarios ahí: los rendimientos van de {low}% a {high}%.</translation>
    </message>
    <message>
        <source>Normal quantile {quantile}: the standardised return there is {standardised} (on the dashed line if returns were normal)</source>
        <translation>Cuantil normal {quantile}: el rendimiento estandarizado ahí es {standardised} (sobre la línea discontinua si los rendimientos fueran normales)</translation>
    </message>
</context>
<context>
    <name>PriceDrawdown</name>
    <message>
        <source>US$ (log scale)</source>
        <translation>US$ (escala logarítmica)</translation>
    </message>
    <message>
        <source>BTC close (US$, log scale)</source>
        <translation>Cierre del BTC (US$, escala logarítmica)</translation>
    </message>
    <message>
        <source>Drawdown: fall from the running peak, with the deepest falls</source>
        <translation>Caída desde el máximo: caída respecto del máximo acumulado, con las caídas más profundas</translation>
    </message>
    <message>
        <source>% from the peak</source>
        <translation>% desde el máximo</translation>
    </message>
    <message>
        <source>{day}: close US${price} · {fall} below the running peak</source>
        <translation>{day}: cierre US${price} · {fall} por debajo del máximo acumulado</translation>
    </message>
</context>
<context>
    <name>RiskCharts</name>
    <message>
        <source>Point at a chart to read its values.</source>
        <translation>Señale un gráfico para leer sus valores.</translation>
    </message>
</context>
<context>
    <name>Volatility</name>
    <message>
        <source>Volatility of daily returns, annualised ({days} days a year)</source>
        <translation>Volatilidad de los rendimientos diarios, anualizada ({days} días al año)</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% anual</translation>
    </message>
    <message>
        <source>Rolling window</source>
        <translation>Ventana móvil</translation>
    </message>
    <message>
        <source>EWMA (lambda {decay})</source>
        <translation>EWMA (lambda {decay})</translation>
    </message>
    <message>
        <source>Rolling {days}-day window</source>
        <translation>Ventana móvil de {days} días</translation>
    </message>
    <message>
        <source>{day}: not a full {days}-day window of the period yet</source>
        <translation>{day}: aún no hay una ventana completa de {days} días del período</translation>
    </message>
    <message>
        <source>{day}: rolling {days}-day {rolling} · EWMA {ewma} a year</source>
        <translation>{day}: ventana móvil de {days} días {rolling} · EWMA {ewma} anual</translation>
    </message>
</context>
<context>
    <name>_ViewChart</name>
    <message>
        <source>No data there: the series runs from {first} to {last}.</source>
        <translation>No hay datos ahí: la serie va de {first} a {last}.</translation>
    </message>
</context>
</TS>
