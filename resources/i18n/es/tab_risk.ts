<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>RiskTab</name>
    <message>
        <source>Value at risk: the loss that the day&apos;s (or ten days&apos;) return should exceed only with the chosen probability, e.g. one day in a hundred at 99%.</source>
        <translation>Valor en riesgo: la pérdida que el rendimiento del día (o de diez días) solo debería superar con la probabilidad elegida, p. ej. un día de cada cien al 99%.</translation>
    </message>
    <message>
        <source>Expected shortfall: the average loss on the days beyond the VaR, i.e. how bad the bad days are on average.</source>
        <translation>Déficit esperado: la pérdida promedio en los días que superan el VaR, es decir, cuán malos son en promedio los días malos.</translation>
    </message>
    <message>
        <source>VaR and ES</source>
        <translation>VaR y ES</translation>
    </message>
    <message>
        <source>Price and drawdown</source>
        <translation>Precio y caída desde el máximo</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilidad</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Pruebas retrospectivas</translation>
    </message>
    <message>
        <source>Deepest falls</source>
        <translation>Caídas más profundas</translation>
    </message>
    <message>
        <source>VaR and ES by model</source>
        <translation>VaR y ES por modelo</translation>
    </message>
    <message>
        <source>Prices and drawdown</source>
        <translation>Precios y caída desde el máximo</translation>
    </message>
    <message>
        <source>Returns and volatility</source>
        <translation>Rendimientos y volatilidad</translation>
    </message>
    <message>
        <source>Histogram and fitted densities</source>
        <translation>Histograma y densidades ajustadas</translation>
    </message>
    <message>
        <source>QQ plot points</source>
        <translation>Puntos del gráfico QQ</translation>
    </message>
    <message>
        <source>Backtest tests by model</source>
        <translation>Resultados de las pruebas retrospectivas por modelo</translation>
    </message>
    <message>
        <source>Daily VaR forecasts and exceptions</source>
        <translation>Pronósticos diarios del VaR y excepciones</translation>
    </message>
    <message>
        <source>1-day VaR</source>
        <translation>VaR a 1 día</translation>
    </message>
    <message>
        <source>1-day ES</source>
        <translation>ES a 1 día</translation>
    </message>
    <message>
        <source>10-day VaR</source>
        <translation>VaR a 10 días</translation>
    </message>
    <message>
        <source>10-day ES</source>
        <translation>ES a 10 días</translation>
    </message>
    <message>
        <source>{tip} As a share of the holdings&apos; value.</source>
        <translation>{tip} Como proporción del valor de las tenencias.</translation>
    </message>
    <message>
        <source>{tip} In US$ for the bitcoin held on the valuation date.</source>
        <translation>{tip} En US$, para el bitcoin en tenencia en la fecha de valoración.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>10-day rule</source>
        <translation>Regla a 10 días</translation>
    </message>
    <message>
        <source>How the {days}-day figure is obtained: the one-day figure times the square root of {days}, or simulated day by day with the model&apos;s own volatility.</source>
        <translation>Cómo se obtiene la cifra a {days} días: la cifra a un día multiplicada por la raíz cuadrada de {days}, o simulada día a día con la volatilidad propia del modelo.</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>no recuperada</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Caída</translation>
    </message>
    <message>
        <source>Peak-to-trough fall of the close</source>
        <translation>Caída del cierre desde el máximo hasta el mínimo</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Trough</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperada</translation>
    </message>
    <message>
        <source>First day the close was back at the peak&apos;s, within the period</source>
        <translation>Primer día en que el cierre volvió al nivel del máximo, dentro del período</translation>
    </message>
    <message>
        <source>Days peak to trough</source>
        <translation>Días del máximo al mínimo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Days with a forecast (a day whose model gives none is left out)</source>
        <translation>Días con pronóstico (se omite el día para el que el modelo no da ninguno)</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>Days whose return fell below minus the one-day VaR forecast</source>
        <translation>Días cuyo rendimiento cayó por debajo de menos el VaR pronosticado a un día</translation>
    </message>
    <message>
        <source>Exception rate</source>
        <translation>Tasa de excepciones</translation>
    </message>
    <message>
        <source>Exceptions / observations: about 1 - confidence when the model is right</source>
        <translation>Excepciones / observaciones: cerca de 1 - nivel de confianza cuando el modelo es correcto</translation>
    </message>
    <message>
        <source>Kupiec LR (p)</source>
        <translation>LR de Kupiec (p)</translation>
    </message>
    <message>
        <source>Kupiec&apos;s proportion of failures: is the exception rate 1 - confidence? Likelihood ratio (chi-squared, 1 d.o.f.) and its p-value</source>
        <translation>Prueba de proporción de fallos de Kupiec: ¿es la tasa de excepciones 1 - nivel de confianza? Razón de verosimilitud (chi cuadrado, 1 g.l.) y su valor p</translation>
    </message>
    <message>
        <source>Independence LR (p)</source>
        <translation>LR independencia (p)</translation>
    </message>
    <message>
        <source>Christoffersen&apos;s independence: does an exception make another the next day more likely? Likelihood ratio (chi-squared, 1 d.o.f.) and its p-value</source>
        <translation>Independencia de Christoffersen: ¿una excepción hace más probable otra al día siguiente? Razón de verosimilitud (chi cuadrado, 1 g.l.) y su valor p</translation>
    </message>
    <message>
        <source>Conditional coverage LR (p)</source>
        <translation>LR cobertura condicional (p)</translation>
    </message>
    <message>
        <source>Christoffersen&apos;s conditional coverage, both at once: Kupiec&apos;s LR + the independence LR (chi-squared, 2 d.o.f.) and its p-value</source>
        <translation>Cobertura condicional de Christoffersen, ambas a la vez: la LR de Kupiec + la LR de independencia (chi cuadrado, 2 g.l.) y su valor p</translation>
    </message>
    <message>
        <source>Basel zone</source>
        <translation>Zona de Basilea</translation>
    </message>
    <message>
        <source>Basel traffic light: exceptions of the 99% VaR in the last {days} days; green 0-4, yellow 5-9, red 10 or more</source>
        <translation>Semáforo de Basilea: excepciones del VaR al 99% en los últimos {days} días; verde 0-4, amarilla 5-9, roja 10 o más</translation>
    </message>
    <message>
        <source>Passes at 5%</source>
        <translation>Aprueba al 5%</translation>
    </message>
    <message>
        <source>Yes when all three tests have a p-value of at least {significance}</source>
        <translation>Sí cuando las tres pruebas tienen un valor p de al menos {significance}</translation>
    </message>
    <message>
        <source>The period ends on the valuation date (the toolbar&apos;s date)</source>
        <translation>El período termina en la fecha de valoración (la fecha de la barra de herramientas)</translation>
    </message>
    <message>
        <source>The VaR&apos;s confidence: at 99% the loss should be exceeded one day in a hundred</source>
        <translation>Nivel de confianza del VaR: al 99%, la pérdida debería superarse un día de cada cien</translation>
    </message>
    <message>
        <source>Days in the rolling volatility window</source>
        <translation>Días de la ventana móvil de la volatilidad</translation>
    </message>
    <message>
        <source>Days of returns each day&apos;s VaR forecast is estimated from in the backtest</source>
        <translation>Días de rendimientos con los que se estima el pronóstico del VaR de cada día en las pruebas retrospectivas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the computation under way; the figures shown stay</source>
        <translation>Detener el cálculo en curso; las cifras mostradas se conservan</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <source>The numbers behind this page, as CSV</source>
        <translation>Las cifras de esta página, en CSV</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>This page&apos;s charts as a picture</source>
        <translation>Los gráficos de esta página como imagen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Nivel de confianza</translation>
    </message>
    <message>
        <source>Volatility window</source>
        <translation>Ventana de volatilidad</translation>
    </message>
    <message>
        <source>Backtest window</source>
        <translation>Ventana de pruebas retrospectivas</translation>
    </message>
    <message>
        <source>Deepest falls of the close</source>
        <translation>Caídas más profundas del cierre</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>after a number of days (2 or more), with its leading space</extracomment>
        <translation> días</translation>
    </message>
    <message>
        <source>Not computed: {reason}.</source>
        <translation>No calculado: {reason}.</translation>
    </message>
    <message>
        <source>Computing the risk measures for {request}…</source>
        <translation>Calculando las medidas de riesgo para {request}…</translation>
    </message>
    <message>
        <source>Cancelled: the figures shown are still those for {request}. Change a setting to compute again.</source>
        <translation>Cancelado: las cifras mostradas siguen siendo las de {request}. Cambie un parámetro para volver a calcular.</translation>
    </message>
    <message>
        <source>Cancelled: nothing is shown. Change a setting to compute again.</source>
        <translation>Cancelado: no se muestra nada. Cambie un parámetro para volver a calcular.</translation>
    </message>
    <message>
        <source>The risk measures could not be computed: {reason}</source>
        <translation>No se pudieron calcular las medidas de riesgo: {reason}</translation>
    </message>
    <message>
        <source>the first price</source>
        <translation>el primer precio</translation>
    </message>
    <message>
        <source>{start} to {end} at {confidence}, {vol_days}-day volatility window, {backtest_days}-day backtest window</source>
        <translation>{start} a {end} al {confidence}, ventana de volatilidad de {vol_days} días, ventana de pruebas retrospectivas de {backtest_days} días</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>No risk figures for {request}.</source>
        <translation>Sin cifras de riesgo para {request}.</translation>
    </message>
    <message>
        <source>Period {first} to {last}: {returns} daily returns; confidence {confidence}.</source>
        <translation>Período {first} a {last}: {returns} rendimientos diarios; nivel de confianza {confidence}.</translation>
    </message>
    <message>
        <source>Daily returns: mean {mean}, standard deviation {std}, skewness {skewness}, excess kurtosis {kurtosis} (0 for a normal distribution: higher means fatter tails than the normal and parametric models assume).</source>
        <translation>Rendimientos diarios: media {mean}, desviación estándar {std}, asimetría {skewness}, exceso de curtosis {kurtosis} (0 en una distribución normal: un valor mayor indica colas más gruesas que las que suponen los modelos normal y paramétrico).</translation>
    </message>
    <message>
        <source>VaR and ES at {confidence} from {returns} daily returns, {first} to {last}, as positive losses: a share of the holdings&apos; value, and in US$ for the bitcoin held on {end}: the reserve holds none on that date, so the US$ columns are empty.</source>
        <translation>VaR y ES al {confidence} a partir de {returns} rendimientos diarios, {first} a {last}, como pérdidas positivas: como proporción del valor de las tenencias y en US$ para el bitcoin en tenencia al {end}: la reserva no tiene bitcoin en esa fecha, por lo que las columnas en US$ están vacías.</translation>
    </message>
    <message>
        <source>VaR and ES at {confidence} from {returns} daily returns, {first} to {last}, as positive losses: a share of the holdings&apos; value, and in US$ for the {btc} BTC held on {end}: there is no BTC price on or before that date, so the US$ columns are empty.</source>
        <translation>VaR y ES al {confidence} a partir de {returns} rendimientos diarios, {first} a {last}, como pérdidas positivas: como proporción del valor de las tenencias y en US$ para los {btc} BTC en tenencia al {end}: no hay precio del BTC en esa fecha ni antes, por lo que las columnas en US$ están vacías.</translation>
    </message>
    <message>
        <source>VaR and ES at {confidence} from {returns} daily returns, {first} to {last}, as positive losses: a share of the holdings&apos; value, and in US$ for the {btc} BTC held on {end}, worth {value} at US${price} (close of {price_date}).</source>
        <translation>VaR y ES al {confidence} a partir de {returns} rendimientos diarios, {first} a {last}, como pérdidas positivas: como proporción del valor de las tenencias y en US$ para los {btc} BTC en tenencia al {end}, con un valor de {value} a US${price} (cierre del {price_date}).</translation>
    </message>
    <message>
        <source>Not tested: {problem}.</source>
        <translation>No evaluado: {problem}.</translation>
    </message>
    <message>
        <source>{model} is not tested: {problem}.</source>
        <translation>{model} no se evalúa: {problem}.</translation>
    </message>
    <message>
        <source>Each day&apos;s one-day VaR is estimated from the {window} daily returns before it and compared with that day&apos;s return ({tested} days tested for the historical model); GARCH(1,1) is refitted every {refit} days. Kupiec&apos;s test asks whether the exception rate is 1 - confidence; Christoffersen&apos;s independence test whether exceptions cluster; conditional coverage asks both. A test passes when its p-value is at least {significance}. The Basel traffic light counts the exceptions of the 99% VaR in the last {basel_days} days, whatever the confidence chosen.</source>
        <translation>El VaR a un día de cada día se estima con los {window} rendimientos diarios anteriores y se compara con el rendimiento de ese día ({tested} días evaluados para el modelo histórico); GARCH(1,1) se reestima cada {refit} días. La prueba de Kupiec evalúa si la tasa de excepciones es 1 - nivel de confianza; la prueba de independencia de Christoffersen, si las excepciones se agrupan; la de cobertura condicional, ambas cosas. Una prueba se aprueba cuando su valor p es de al menos {significance}. El semáforo de Basilea cuenta las excepciones del VaR al 99% en los últimos {basel_days} días, cualquiera que sea el nivel de confianza elegido.</translation>
    </message>
    <message>
        <source>Export risk data</source>
        <translation>Exportar datos de riesgo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save charts as PNG</source>
        <translation>Guardar gráficos como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Reserve Desk · {page}: BTC daily closes {first} to {last}</source>
        <translation>Reserve Desk · {page}: cierres diarios del BTC, {first} a {last}</translation>
    </message>
    <message>
        <source>, {days}-day volatility window</source>
        <translation>, ventana de volatilidad de {days} días</translation>
    </message>
    <message>
        <source>, one-day VaR at {confidence} estimated from the {days} days before each day</source>
        <translation>, VaR a un día al {confidence} estimado con los {days} días anteriores a cada día</translation>
    </message>
</context>
</TS>
