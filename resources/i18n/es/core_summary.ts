<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>summary</name>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Tenencias</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>IMF program</source>
        <translation>Programa con el FMI</translation>
    </message>
    <message>
        <source>Reserve adequacy</source>
        <translation>Suficiencia de reservas</translation>
    </message>
    <message>
        <source>Stress results</source>
        <translation>Pruebas de tensión</translation>
    </message>
    <message>
        <source>Accumulation policies</source>
        <translation>Políticas de acumulación</translation>
    </message>
    <message>
        <source>Assumptions, methodology and sources</source>
        <translation>Supuestos, metodología y fuentes</translation>
    </message>
    <message>
        <source>GRA</source>
        <extracomment>the IMF&apos;s General Resources Account (its Spanish documents write CRG)</extracomment>
        <translation>CRG</translation>
    </message>
    <message>
        <source>PRGT</source>
        <extracomment>the IMF&apos;s Poverty Reduction and Growth Trust (its Spanish documents write FFCLP)</extracomment>
        <translation>FFCLP</translation>
    </message>
    <message>
        <source>RST</source>
        <extracomment>the IMF&apos;s Resilience and Sustainability Trust (its Spanish documents write FFRS)</extracomment>
        <translation>FFRS</translation>
    </message>
    <message>
        <source>No data: the ledger holds no bitcoin transactions.</source>
        <translation>Sin datos: el libro de movimientos no registra transacciones de bitcoin.</translation>
    </message>
    <message>
        <source>(no BTC price)</source>
        <translation>(sin precio del BTC)</translation>
    </message>
    <message>
        <source>On {date}, the ledger holds &lt;b&gt;{btc} BTC&lt;/b&gt; worth &lt;b&gt;{value}&lt;/b&gt; {price}; cost basis {cost} (average cost), unrealised P&amp;L {pnl}.</source>
        <translation>Al {date}, el libro de movimientos registra &lt;b&gt;{btc} BTC&lt;/b&gt; por un valor de &lt;b&gt;{value}&lt;/b&gt; {price}; costo de adquisición {cost} (costo promedio), ganancia o pérdida no realizada {pnl}.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Billetera</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Holdings by wallet</source>
        <translation>Tenencias por billetera</translation>
    </message>
    <message>
        <source>Bitcoin held</source>
        <translation>Bitcoin en tenencia</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Value and cost basis of the bitcoin held</source>
        <translation>Valor y costo de adquisición del bitcoin en tenencia</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Cost basis (average cost)</source>
        <translation>Costo de adquisición (costo promedio)</translation>
    </message>
    <message>
        <source>{period} to the valuation date: daily BTC closes from &lt;b&gt;{first}&lt;/b&gt; to &lt;b&gt;{last}&lt;/b&gt; ({returns}); confidence {confidence}; VaR and ES are losses as a fraction of the value held; volatility window {vol_days} days; backtest window {backtest_days} days.</source>
        <translation>{period} hasta la fecha de valoración: cierres diarios del BTC del &lt;b&gt;{first}&lt;/b&gt; al &lt;b&gt;{last}&lt;/b&gt; ({returns}); nivel de confianza {confidence}; el VaR y el ES son pérdidas como fracción del valor en tenencia; ventana de volatilidad de {vol_days} días; ventana de la prueba retrospectiva de {backtest_days} días.</translation>
    </message>
    <message>
        <source>1 daily return</source>
        <translation>1 rendimiento diario</translation>
    </message>
    <message>
        <source>{n} daily returns</source>
        <translation>{n} rendimientos diarios</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
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
        <source>10-day rule</source>
        <translation>Regla a 10 días</translation>
    </message>
    <message>
        <source>VaR and ES by model, {confidence}, on {date}: loss as a fraction of the value held</source>
        <translation>VaR y ES por modelo, {confidence}, al {date}: pérdida como fracción del valor en tenencia</translation>
    </message>
    <message>
        <source>10-day rule: the one-day figure times the square root of 10 (square root of time), or {paths} paths of 10 days simulated with the model&apos;s volatility moving day by day (filtered historical simulation: the period&apos;s standardised returns redrawn; GARCH(1,1): the fitted model with normal shocks).</source>
        <translation>Regla a 10 días: la cifra a un día multiplicada por la raíz cuadrada de 10 (raíz cuadrada del tiempo), o {paths} trayectorias de 10 días simuladas con la volatilidad del modelo variando día a día (simulación histórica filtrada: se vuelven a extraer los rendimientos estandarizados del período; GARCH(1,1): el modelo estimado con perturbaciones normales).</translation>
    </message>
    <message>
        <source>BTC price (logarithmic scale)</source>
        <translation>Precio del BTC (escala logarítmica)</translation>
    </message>
    <message>
        <source>Daily close</source>
        <translation>Cierre diario</translation>
    </message>
    <message>
        <source>Drawdown: fall below the highest close so far</source>
        <translation>Caída desde el máximo: descenso bajo el cierre más alto hasta la fecha</translation>
    </message>
    <message>
        <source>% from the peak</source>
        <translation>% desde el máximo</translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation>Caída desde el máximo</translation>
    </message>
    <message>
        <source>deepest {fall}</source>
        <translation>caída máxima {fall}</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Caída</translation>
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
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>not by the period&apos;s end</source>
        <translation>no al final del período</translation>
    </message>
    <message>
        <source>Deepest falls from a peak</source>
        <translation>Mayores caídas desde un máximo</translation>
    </message>
    <message>
        <source>Backtest: {problem}</source>
        <translation>Prueba retrospectiva: {problem}</translation>
    </message>
    <message>
        <source>{model} gave no forecast on {days} {why}, left out of its observations</source>
        <translation>{model} no dio pronóstico en {days} {why}, excluidos de sus observaciones</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>(moments outside the expansion&apos;s domain)</source>
        <translation>(momentos fuera del dominio de la expansión)</translation>
    </message>
    <message>
        <source>(windows whose closes did not move)</source>
        <translation>(ventanas cuyos cierres no variaron)</translation>
    </message>
    <message>
        <source>Days tested</source>
        <translation>Días evaluados</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>Exception rate</source>
        <translation>Tasa de excepciones</translation>
    </message>
    <message>
        <source>Traffic light (last {days} days)</source>
        <translation>Semáforo (últimos {days} días)</translation>
    </message>
    <message>
        <source>Backtest of one-day VaR {confidence}, {first} to {last}</source>
        <translation>Prueba retrospectiva del VaR a un día {confidence}, del {first} al {last}</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Independencia</translation>
    </message>
    <message>
        <source>Conditional coverage</source>
        <translation>Cobertura condicional</translation>
    </message>
    <message>
        <source>Passes at {level}</source>
        <translation>Aprueba al {level}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The backtest&apos;s tests: p-values</source>
        <translation>Contrastes de la prueba retrospectiva: valores p</translation>
    </message>
    <message>
        <source>Each day&apos;s one-day VaR is forecast from the {window} daily returns before it and compared with that day&apos;s return; an exception is a loss beyond the VaR. GARCH(1,1) is refitted every {refit} days, its variance carried forward day by day between fits. Kupiec: the proportion of failures test (is the exception rate the one the confidence implies?); Independence: Christoffersen&apos;s test that exceptions do not cluster; Conditional coverage: both together (Christoffersen). A model passes when all three p-values are at least {level}. Traffic light: exceptions of the 99% VaR over the last {basel} days (in brackets), green 0-4, yellow 5-9, red 10 or more (Basel Committee on Banking Supervision, Supervisory framework for the use of backtesting, 1996).</source>
        <translation>El VaR a un día de cada día se pronostica con los {window} rendimientos diarios anteriores y se compara con el rendimiento de ese día; una excepción es una pérdida que supera el VaR. El GARCH(1,1) se vuelve a estimar cada {refit} días y su varianza se actualiza día a día entre estimaciones. Kupiec: la prueba de proporción de fallos (¿es la tasa de excepciones la que implica el nivel de confianza?); Independencia: la prueba de Christoffersen de que las excepciones no se agrupan; Cobertura condicional: ambas a la vez (Christoffersen). Un modelo aprueba cuando los tres valores p son al menos {level}. Semáforo: excepciones del VaR al 99% en los últimos {basel} días (entre paréntesis), verde 0-4, amarillo 5-9, rojo 10 o más (Comité de Supervisión Bancaria de Basilea, Marco supervisor para el uso de pruebas retrospectivas, 1996).</translation>
    </message>
    <message>
        <source>Backtest: daily returns and the historical model&apos;s {confidence} VaR</source>
        <translation>Prueba retrospectiva: rendimientos diarios y VaR {confidence} del modelo histórico</translation>
    </message>
    <message>
        <source>% daily return</source>
        <translation>% de rendimiento diario</translation>
    </message>
    <message>
        <source>Daily return</source>
        <translation>Rendimiento diario</translation>
    </message>
    <message>
        <source>Historical VaR {confidence} (as a loss)</source>
        <translation>VaR histórico {confidence} (como pérdida)</translation>
    </message>
    <message>
        <source>Exceptions ({n})</source>
        <translation>Excepciones ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;The purchases add up to SDR {phased} m, not the access of SDR {access} m&lt;/b&gt;: the schedule and the peak count only the purchases entered.</source>
        <translation>&lt;b&gt;Las compras suman DEG {phased} millones, no el acceso de DEG {access} millones&lt;/b&gt;: el calendario y el máximo solo cuentan las compras ingresadas.</translation>
    </message>
    <message>
        <source>Obligations to the Fund (existing and prospective credit)</source>
        <translation>Obligaciones frente al Fondo (crédito existente y previsto)</translation>
    </message>
    <message>
        <source>Principal, SDR millions</source>
        <translation>Principal, millones de DEG</translation>
    </message>
    <message>
        <source>Charges and interest, SDR millions</source>
        <translation>Cargos e intereses, millones de DEG</translation>
    </message>
    <message>
        <source>Total, SDR millions</source>
        <translation>Total, millones de DEG</translation>
    </message>
    <message>
        <source>Total, US$ millions</source>
        <translation>Total, millones de US$</translation>
    </message>
    <message>
        <source>In percent of exports of goods and services</source>
        <translation>En porcentaje de las exportaciones de bienes y servicios</translation>
    </message>
    <message>
        <source>In percent of gross reserves</source>
        <translation>En porcentaje de las reservas brutas</translation>
    </message>
    <message>
        <source>In percent of GDP</source>
        <translation>En porcentaje del PIB</translation>
    </message>
    <message>
        <source>Fund credit outstanding (end of period)</source>
        <translation>Crédito del Fondo pendiente de reembolso (fin de período)</translation>
    </message>
    <message>
        <source>SDR millions</source>
        <translation>Millones de DEG</translation>
    </message>
    <message>
        <source>In percent of quota</source>
        <translation>En porcentaje de la cuota</translation>
    </message>
    <message>
        <source>no input</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <source>Principal (repurchases, repayments)</source>
        <translation>Principal (recompras, reembolsos)</translation>
    </message>
    <message>
        <source>Charges and interest</source>
        <translation>Cargos e intereses</translation>
    </message>
    <message>
        <source>SDR Department (net SDR charges, assessments)</source>
        <translation>Departamento de DEG (cargos netos en DEG, contribuciones)</translation>
    </message>
    <message>
        <source>not modelled</source>
        <translation>no modelado</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>hasta el {date}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <source>{share}% of quota</source>
        <translation>{share}% de la cuota</translation>
    </message>
    <message>
        <source>{window} SDR {credit} m</source>
        <translation>{window}: DEG {credit} millones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position in the Fund&lt;/b&gt; (every arrangement and the existing obligations together, planned purchases included): on {date}, credit outstanding SDR {credit} m ({parts}); GRA credit {gra_pct}% of a quota of SDR {quota} m. Peak GRA credit from then: SDR {peak} m, {peak_pct}% of quota, on {peak_date}. Level surcharges apply to total GRA credit above {threshold}.</source>
        <translation>&lt;b&gt;Posición en el Fondo&lt;/b&gt; (todos los acuerdos y las obligaciones existentes en conjunto, compras previstas incluidas): al {date}, crédito pendiente de reembolso DEG {credit} millones ({parts}); crédito de la CRG {gra_pct}% de una cuota de DEG {quota} millones. Crédito máximo de la CRG desde entonces: DEG {peak} millones, {peak_pct}% de la cuota, el {peak_date}. Las sobretasas en función del nivel se aplican al crédito total de la CRG por encima de {threshold}.</translation>
    </message>
    <message>
        <source>Level-surcharge threshold</source>
        <translation>Umbral de las sobretasas</translation>
    </message>
    <message>
        <source>Fund credit outstanding by credit line</source>
        <translation>Crédito del Fondo pendiente por línea de crédito</translation>
    </message>
    <message>
        <source>% of quota</source>
        <translation>% de la cuota</translation>
    </message>
    <message>
        <source>GRA peak {pct}%</source>
        <translation>máximo CRG {pct}%</translation>
    </message>
    <message>
        <source>Cannot compute the obligations to the Fund, nor compare them with the IMF&apos;s: {problem}.</source>
        <translation>No se pueden calcular las obligaciones frente al Fondo ni compararlas con las del FMI: {problem}.</translation>
    </message>
    <message>
        <source>Obligations to the Fund by year from {year}, every credit line</source>
        <translation>Obligaciones frente al Fondo por año desde {year}, todas las líneas de crédito</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>US${rate} per SDR, the rate of {arrangement}</source>
        <translation>US${rate} por DEG, el tipo de cambio de {arrangement}</translation>
    </message>
    <message>
        <source>no arrangement: amounts in SDR</source>
        <translation>ningún acuerdo: montos en DEG</translation>
    </message>
    <message>
        <source>Charges and interest: GRA charges and surcharges, RST interest, service charges and commitment fees. US$ amounts at {rate}.</source>
        <translation>Cargos e intereses: cargos y sobretasas de la CRG, intereses del FFRS, cargos por servicio y comisiones por compromiso de recursos. Montos en US$ a {rate}.</translation>
    </message>
    <message>
        <source>Total, {currency} millions</source>
        <translation>Total, millones de {currency}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Indicators of Fund credit, {first}-{last}</source>
        <translation>Indicadores del crédito del Fondo, {first}-{last}</translation>
    </message>
    <message>
        <source>Percents of exports, gross reserves and GDP use the latest macro inputs on or before each year&apos;s end; &apos;{no_input}&apos; where the workspace has none.</source>
        <translation>Los porcentajes de las exportaciones, las reservas brutas y el PIB usan los últimos datos macroeconómicos al cierre de cada año o antes; &apos;{no_input}&apos; donde el espacio de trabajo no los tiene.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>IMF (SDR m)</source>
        <translation>FMI (mill. DEG)</translation>
    </message>
    <message>
        <source>This projection (SDR m)</source>
        <translation>Esta proyección (mill. DEG)</translation>
    </message>
    <message>
        <source>Difference (SDR m)</source>
        <translation>Diferencia (mill. DEG)</translation>
    </message>
    <message>
        <source>The IMF&apos;s projected payments (as of {date}) beside this projection</source>
        <translation>Pagos proyectados por el FMI (al {date}) junto a esta proyección</translation>
    </message>
    <message>
        <source>A difference is this projection less the IMF&apos;s.</source>
        <translation>La diferencia es esta proyección menos la del FMI.</translation>
    </message>
    <message>
        <source>Cannot compute the position in the Fund: {problem}.</source>
        <translation>No se puede calcular la posición en el Fondo: {problem}.</translation>
    </message>
    <message>
        <source>No data: no IMF arrangement in this workspace.</source>
        <translation>Sin datos: no hay ningún acuerdo con el FMI en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Next payment to the IMF after {date}: &lt;b&gt;SDR {total} m&lt;/b&gt; on &lt;b&gt;{due}&lt;/b&gt;, of which principal SDR {principal} m.</source>
        <translation>Próximo pago al FMI después del {date}: &lt;b&gt;DEG {total} millones&lt;/b&gt; el &lt;b&gt;{due}&lt;/b&gt;, de los cuales DEG {principal} millones de principal.</translation>
    </message>
    <message>
        <source>Next payment to the IMF after {date}: &lt;b&gt;SDR {total} m&lt;/b&gt; ({usd}) on &lt;b&gt;{due}&lt;/b&gt;, of which principal SDR {principal} m.</source>
        <translation>Próximo pago al FMI después del {date}: &lt;b&gt;DEG {total} millones&lt;/b&gt; ({usd}) el &lt;b&gt;{due}&lt;/b&gt;, de los cuales DEG {principal} millones de principal.</translation>
    </message>
    <message>
        <source>by the policy in force on each day</source>
        <translation>según la política vigente cada día</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {facility} ({window}), {months} from {approval}; access SDR {access} m, quota SDR {quota} m, US${usd_per_sdr} per SDR; IMF charges {charges}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {facility} ({window}), {months} desde el {approval}; acceso DEG {access} millones, cuota DEG {quota} millones, US${usd_per_sdr} por DEG; cargos del FMI {charges}.</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <source>Principal (SDR m)</source>
        <translation>Principal (mill. DEG)</translation>
    </message>
    <message>
        <source>Charges and fees (SDR m)</source>
        <translation>Cargos y comisiones (mill. DEG)</translation>
    </message>
    <message>
        <source>Total (SDR m)</source>
        <translation>Total (mill. DEG)</translation>
    </message>
    <message>
        <source>Repayments and charges by year from {year}: {name} (its share of the member&apos;s surcharges included)</source>
        <translation>Reembolsos y cargos por año desde {year}: {name} (incluida su parte de las sobretasas del país miembro)</translation>
    </message>
    <message>
        <source>Nothing due to the Fund under {name} from {year}.</source>
        <translation>Nada adeudado al Fondo en el marco de {name} desde {year}.</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <source>Reserves as of</source>
        <translation>Reservas al</translation>
    </message>
    <message>
        <source>NIR at the test dates: {name}</source>
        <translation>RIN en las fechas de evaluación: {name}</translation>
    </message>
    <message>
        <source>Structural benchmark</source>
        <translation>Referencia estructural</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Structural benchmarks: {name}</source>
        <translation>Referencias estructurales: {name}</translation>
    </message>
    <message>
        <source>Non-accumulation ({arrangement}, from {start}):</source>
        <translation>No acumulación ({arrangement}, desde el {start}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{entries} {btc} BTC by purchase or mining&lt;/b&gt; since the commitment began.</source>
        <translation>&lt;b&gt;{entries} {btc} BTC por compra o minería&lt;/b&gt; desde que empezó el compromiso.</translation>
    </message>
    <message>
        <source>1 ledger entry adds</source>
        <translation>1 asiento del libro de movimientos agrega</translation>
    </message>
    <message>
        <source>{n} ledger entries add</source>
        <translation>{n} asientos del libro de movimientos agregan</translation>
    </message>
    <message>
        <source>no purchase or mining into public-sector wallets since the commitment began.</source>
        <translation>ninguna compra ni minería hacia billeteras del sector público desde que empezó el compromiso.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplida</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>overdue ({status})</source>
        <translation>vencida ({status})</translation>
    </message>
    <message>
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>adecuado</translation>
    </message>
    <message>
        <source>above</source>
        <translation>por encima</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>floating</source>
        <translation>flotante</translation>
    </message>
    <message>
        <source>No data: {problem}</source>
        <translation>Sin datos: {problem}</translation>
    </message>
    <message>
        <source>Reserves / ARA metric</source>
        <translation>Reservas / métrica ARA</translation>
    </message>
    <message>
        <source>Band (adequate: {low}-{high})</source>
        <translation>Banda (adecuada: {low}-{high})</translation>
    </message>
    <message>
        <source>Months of imports</source>
        <translation>Meses de importaciones</translation>
    </message>
    <message>
        <source>Reserves / short-term debt</source>
        <translation>Reservas / deuda de corto plazo</translation>
    </message>
    <message>
        <source>regime not given</source>
        <translation>régimen no indicado</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Without bitcoin (IMF)</source>
        <translation>Sin bitcoin (FMI)</translation>
    </message>
    <message>
        <source>With bitcoin at a {haircut} haircut</source>
        <translation>Con bitcoin con un descuento del {haircut}</translation>
    </message>
    <message>
        <source>Reserve adequacy on {date} ({regime})</source>
        <translation>Suficiencia de reservas al {date} ({regime})</translation>
    </message>
    <message>
        <source>Bitcoin is not a reserve asset under the IMF&apos;s Balance of Payments Manual (BPM7, 2025): the IMF&apos;s figures are the left column;</source>
        <translation>El bitcoin no es un activo de reserva según el Manual de Balanza de Pagos del FMI (MBP7, 2025): las cifras del FMI son la columna de la izquierda;</translation>
    </message>
    <message>
        <source>the right adds {added}, the bitcoin&apos;s {value} less the {haircut} haircut, as an illustration only.</source>
        <translation>la de la derecha suma {added}, los {value} del bitcoin menos el descuento del {haircut}, solo a modo ilustrativo.</translation>
    </message>
    <message>
        <source>the workspace holds no bitcoin on that date, so the right adds nothing.</source>
        <translation>el espacio de trabajo no tiene bitcoin en esa fecha, por lo que la de la derecha no suma nada.</translation>
    </message>
    <message>
        <source>Inputs missing from the workspace: {inputs}.</source>
        <translation>Datos que faltan en el espacio de trabajo: {inputs}.</translation>
    </message>
    <message>
        <source>No data: no stress run was selected for this summary.</source>
        <translation>Sin datos: no se eligió ninguna ejecución de tensión para este resumen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {run_id}&lt;/b&gt;: No data. The run was not completed (cancelled) or has been deleted, so nothing was stored for it.</source>
        <translation>&lt;b&gt;Ejecución {run_id}&lt;/b&gt;: sin datos. La ejecución no se completó (se canceló) o se eliminó, por lo que no se guardó nada de ella.</translation>
    </message>
    <message>
        <source>Run {run_id}: the workspace held no bitcoin on {date}, so the reserve&apos;s value is zero on every path; the test-date figures still apply.</source>
        <translation>Ejecución {run_id}: el espacio de trabajo no tenía bitcoin al {date}, por lo que el valor de la reserva es cero en todas las trayectorias; las cifras de las fechas de evaluación siguen siendo válidas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {run_id}: {name}&lt;/b&gt; ({scenario_id}): {what}; valuation date {date}, horizon {days} days, engine {engine}.</source>
        <translation>&lt;b&gt;Ejecución {run_id}: {name}&lt;/b&gt; ({scenario_id}): {what}; fecha de valoración {date}, horizonte de {days} días, motor {engine}.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Bitcoin reserve today</source>
        <translation>Reserva de bitcoin hoy</translation>
    </message>
    <message>
        <source>Median at the horizon</source>
        <translation>Mediana al horizonte</translation>
    </message>
    <message>
        <source>5th percentile at the horizon</source>
        <translation>Percentil 5 al horizonte</translation>
    </message>
    <message>
        <source>VaR 95% / 99% (fraction of today&apos;s value)</source>
        <translation>VaR 95% / 99% (fracción del valor de hoy)</translation>
    </message>
    <message>
        <source>Mean maximum drawdown</source>
        <translation>Caída máxima media</translation>
    </message>
    <message>
        <source>Run {run_id}: key figures</source>
        <translation>Ejecución {run_id}: cifras clave</translation>
    </message>
    <message>
        <source>5-95% of paths</source>
        <translation>5-95% de las trayectorias</translation>
    </message>
    <message>
        <source>25-75% of paths</source>
        <translation>25-75% de las trayectorias</translation>
    </message>
    <message>
        <source>Run {run_id}: value of the bitcoin reserve</source>
        <translation>Ejecución {run_id}: valor de la reserva de bitcoin</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>The scenario&apos;s path</source>
        <translation>Trayectoria del escenario</translation>
    </message>
    <message>
        <source>test date {date}</source>
        <translation>fecha de evaluación {date}</translation>
    </message>
    <message>
        <source>BTC to sell</source>
        <translation>BTC a vender</translation>
    </message>
    <message>
        <source>P(holdings fall short)</source>
        <translation>P(insuficiencia)</translation>
    </message>
    <message>
        <source>Run {run_id}: NIR at the test dates under stress ({btc} BTC held, never more sold)</source>
        <translation>Ejecución {run_id}: RIN en las fechas de evaluación bajo tensión ({btc} BTC en tenencia, nunca se vende más)</translation>
    </message>
    <message>
        <source>its market impact</source>
        <translation>su impacto en el mercado</translation>
    </message>
    <message>
        <source>its expected execution cost</source>
        <translation>su costo de ejecución esperado</translation>
    </message>
    <message>
        <source>{date}: {sale} (one-day sale at the 5th-percentile price, net of {cost} under the square-root law).</source>
        <translation>{date}: {sale} (venta en un día al precio del percentil 5, neta de {cost} según la ley de la raíz cuadrada).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due to the IMF within the horizon&lt;/b&gt;: {sdr} ({usd} at US${rate} per SDR, the rate of the IMF figures).</source>
        <translation>&lt;b&gt;Adeudado al FMI dentro del horizonte&lt;/b&gt;: {sdr} ({usd} a US${rate} por DEG, el tipo de cambio de las cifras del FMI).</translation>
    </message>
    <message>
        <source>Their cost in the local currency is not given: the workspace named no local currency when the run was made.</source>
        <translation>Su costo en la moneda local no se indica: el espacio de trabajo no tenía moneda local cuando se hizo la ejecución.</translation>
    </message>
    <message>
        <source>Their cost in {currency} is not given: {reason}.</source>
        <translation>Su costo en {currency} no se indica: {reason}.</translation>
    </message>
    <message>
        <source>held flat after the valuation date</source>
        <translation>constante después de la fecha de valoración</translation>
    </message>
    <message>
        <source>losing {pct} of its US$ value a year after the valuation date</source>
        <translation>perdiendo {pct} de su valor en US$ por año después de la fecha de valoración</translation>
    </message>
    <message>
        <source>In {currency}: {at_path} at {rate} (the rate of {date}), {path}.</source>
        <translation>En {currency}: {at_path} a {rate} (el tipo de cambio del {date}), {path}.</translation>
    </message>
    <message>
        <source>If the {currency} loses {pct} of its US$ value on day 1: &lt;b&gt;{with_shock}&lt;/b&gt;, {more} more.</source>
        <translation>Si la moneda ({currency}) pierde {pct} de su valor en US$ el día 1: &lt;b&gt;{with_shock}&lt;/b&gt;, {more} más.</translation>
    </message>
    <message>
        <source>No data: no accumulation or mining policy in this workspace.</source>
        <translation>Sin datos: no hay ninguna política de acumulación ni de minería en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>No data: cannot project ({problem}).</source>
        <translation>Sin datos: no se puede proyectar ({problem}).</translation>
    </message>
    <message>
        <source>From {start} to {end}, the enabled policies add {bought} BTC bought for {spent} and {mined} BTC mined</source>
        <translation>Del {start} al {end}, las políticas activas agregan {bought} BTC comprados por {spent} y {mined} BTC minados</translation>
    </message>
    <message>
        <source>(over the {btc} BTC of the policies with a power price)</source>
        <translation>(sobre los {btc} BTC de las políticas con precio de la energía)</translation>
    </message>
    <message>
        <source>: {btc} BTC at the end. Prices: {prices}.</source>
        <translation>: {btc} BTC al final. Precios: {prices}.</translation>
    </message>
    <message>
        <source>BTC mined</source>
        <translation>BTC minados</translation>
    </message>
    <message>
        <source>Share of blocks</source>
        <translation>Parte de los bloques</translation>
    </message>
    <message>
        <source>Mining by year</source>
        <translation>Minería por año</translation>
    </message>
    <message>
        <source>Expected output: share of the blocks x (subsidy + fees).</source>
        <translation>Producción esperada: parte de los bloques x (subsidio + comisiones).</translation>
    </message>
    <message>
        <source>Power cost per BTC: over the bitcoin of the policies with a power price only.</source>
        <translation>Costo de energía por BTC: solo sobre el bitcoin de las políticas con precio de la energía.</translation>
    </message>
    <message>
        <source>Bitcoin stock with the policies</source>
        <translation>Saldo de bitcoin con las políticas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Program check&lt;/b&gt;: from {first} to {last} ({days}), &apos;{policy}&apos; {reason}. This conflicts with {arrangement}&apos;s commitment ({commitment}: “{benchmark}”), in force to {ends}.</source>
        <translation>&lt;b&gt;Control del programa&lt;/b&gt;: del {first} al {last} ({days}), «{policy}» {reason}. Esto contradice el compromiso de {arrangement} ({commitment}: “{benchmark}”), vigente hasta el {ends}.</translation>
    </message>
    <message>
        <source>Bitcoin volatility when there is no daily history</source>
        <translation>Volatilidad del bitcoin cuando no hay historial diario</translation>
    </message>
    <message>
        <source>Annualisation</source>
        <translation>Anualización</translation>
    </message>
    <message>
        <source>365 days</source>
        <translation>365 días</translation>
    </message>
    <message>
        <source>bitcoin trades every day (Yahoo Finance BTC-USD has a close for every day)</source>
        <translation>el bitcoin cotiza todos los días (Yahoo Finance BTC-USD tiene un cierre para cada día)</translation>
    </message>
    <message>
        <source>Bitcoin haircut in &apos;with bitcoin&apos; adequacy</source>
        <translation>Descuento del bitcoin en la suficiencia &apos;con bitcoin&apos;</translation>
    </message>
    <message>
        <source>illustrative: no published figure</source>
        <translation>ilustrativo: no hay cifra publicada</translation>
    </message>
    <message>
        <source>Square-root impact coefficient Y</source>
        <translation>Coeficiente Y del impacto de raíz cuadrada</translation>
    </message>
    <message>
        <source>Tóth et al., Physical Review X, 2011; Donier &amp; Bonart (2015) for bitcoin</source>
        <translation>Tóth et al., Physical Review X, 2011; Donier y Bonart (2015) para el bitcoin</translation>
    </message>
    <message>
        <source>Daily bitcoin volume for impact</source>
        <translation>Volumen diario de bitcoin para el impacto</translation>
    </message>
    <message>
        <source>lowest 2025 daily BTC-USD volume reported by Yahoo Finance (conservative)</source>
        <translation>menor volumen diario BTC-USD de 2025 publicado por Yahoo Finance (conservador)</translation>
    </message>
    <message>
        <source>Almgren-Chriss risk aversion</source>
        <translation>Aversión al riesgo de Almgren-Chriss</translation>
    </message>
    <message>
        <source>{aversion} per US$ (risk-neutral: sold evenly over the chosen days)</source>
        <translation>{aversion} por US$ (neutral al riesgo: se vende por igual en los días elegidos)</translation>
    </message>
    <message>
        <source>no published calibration for a reserve manager; the user chooses the days instead</source>
        <translation>no hay calibración publicada para un gestor de reservas; el usuario elige los días</translation>
    </message>
    <message>
        <source>Execution cost of a sale</source>
        <translation>Costo de ejecución de una venta</translation>
    </message>
    <message>
        <source>2/3 of the peak square-root impact</source>
        <translation>2/3 del impacto máximo de raíz cuadrada</translation>
    </message>
    <message>
        <source>Tóth et al., Physical Review X, 2011 (cost of a metaorder executed progressively)</source>
        <translation>Tóth et al., Physical Review X, 2011 (costo de una metaorden ejecutada progresivamente)</translation>
    </message>
    <message>
        <source>Charges policy</source>
        <translation>Política de cargos</translation>
    </message>
    <message>
        <source>basic rate = SDR rate + 60 bp; surcharges 200 bp above 300% of quota</source>
        <translation>tasa básica = tasa del DEG + 60 pb; sobretasas de 200 pb por encima del 300% de la cuota</translation>
    </message>
    <message>
        <source>IMF review of charges and the surcharge policy: Board decision of 11 Oct 2024, in force since 1 Nov 2024</source>
        <translation>Revisión de los cargos y de la política de sobretasas del FMI: decisión del Directorio del 11 oct. 2024, vigente desde el 1 nov. 2024</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Minería</translation>
    </message>
    <message>
        <source>{per_day} blocks a day; subsidy {subsidy} BTC to block {height} ({date}); fees {fees} BTC a block</source>
        <translation>{per_day} bloques al día; subsidio de {subsidy} BTC hasta el bloque {height} ({date}); comisiones de {fees} BTC por bloque</translation>
    </message>
    <message>
        <source>Bitcoin protocol (halving every {halving} blocks); pace from block {first} ({first_date}) to block {last} ({last_date}), public blockchain record; fees: 2025 average, public blockchain data</source>
        <translation>Protocolo de Bitcoin (halving cada {halving} bloques); ritmo del bloque {first} ({first_date}) al bloque {last} ({last_date}), registro público de la cadena de bloques; comisiones: promedio de 2025, datos públicos de la cadena de bloques</translation>
    </message>
    <message>
        <source>USD per SDR ({name})</source>
        <translation>USD por DEG ({name})</translation>
    </message>
    <message>
        <source>the arrangement&apos;s stored rate</source>
        <translation>el tipo guardado del acuerdo</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Defaults and sources used</source>
        <translation>Valores predeterminados y fuentes utilizadas</translation>
    </message>
    <message>
        <source>The conventions below are the ones the application applies (Help &gt; Methodology in the window).</source>
        <translation>Las convenciones siguientes son las que aplica la aplicación (Ayuda &gt; Metodología en la ventana).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>(and 1 other rate)</source>
        <translation>(y 1 tipo de cambio más)</translation>
    </message>
    <message>
        <source>(and {n} other rates)</source>
        <translation>(y {n} tipos de cambio más)</translation>
    </message>
    <message>
        <source>the same rate, held flat</source>
        <translation>el mismo tipo de cambio, mantenido constante</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exchange rates ({currency})&lt;/b&gt;: {rates}.</source>
        <translation>&lt;b&gt;Tipos de cambio ({currency})&lt;/b&gt;: {rates}.</translation>
    </message>
    <message>
        <source>Source: {files} (imported series).</source>
        <translation>Fuente: {files} (serie importada).</translation>
    </message>
    <message>
        <source>Figures the IMF states in SDR are shown as stated.</source>
        <translation>Las cifras que el FMI expresa en DEG se muestran tal como las expresa.</translation>
    </message>
    <message>
        <source>A figure the IMF states in SDR converts through its US$ amount, at the US$ per SDR above.</source>
        <translation>Una cifra que el FMI expresa en DEG se convierte a partir de su monto en US$, a los US$ por DEG indicados arriba.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Fecha de valoración</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Inputs digest (SHA-256)</source>
        <translation>Huella de los datos (SHA-256)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Moneda de presentación</translation>
    </message>
    <message>
        <source>{currency}: each figure at the rate of its own date (the rates and their sources are in the last section)</source>
        <translation>{currency}: cada cifra al tipo de cambio de su propia fecha (los tipos de cambio y sus fuentes figuran en la última sección)</translation>
    </message>
    <message>
        <source>Reserve Desk summary: {workspace}</source>
        <translation>Resumen de Reserve Desk: {workspace}</translation>
    </message>
    <message>
        <source>Summary of holdings, IMF program, reserve adequacy and stress results</source>
        <translation>Resumen de tenencias, programa con el FMI, suficiencia de reservas y pruebas de tensión</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <source>not signed: {problem}</source>
        <translation>no firmado: {problem}</translation>
    </message>
    <message>
        <source>signed {time} by {user}, public key {key}</source>
        <translation>firmado el {time} por {user}, clave pública {key}</translation>
    </message>
    <message>
        <source>not kept as a file: {problem}</source>
        <translation>no guardado como archivo: {problem}</translation>
    </message>
    <message>
        <source>{entries} entries; entry {entry} has hash {hash}</source>
        <translation>{entries} entradas; la entrada {entry} tiene el hash {hash}</translation>
    </message>
    <message>
        <source>Value of the bitcoin</source>
        <translation>Valor del bitcoin</translation>
    </message>
    <message>
        <source>SDR {credit} m</source>
        <translation>DEG {credit} millones</translation>
    </message>
    <message>
        <source>IMF credit outstanding</source>
        <translation>Crédito del FMI pendiente de reembolso</translation>
    </message>
    <message>
        <source>SDR {credit} m ({usd})</source>
        <translation>DEG {credit} millones ({usd})</translation>
    </message>
    <message>
        <source>(and 1 other date)</source>
        <translation>(y 1 fecha más)</translation>
    </message>
    <message>
        <source>(and {n} other dates)</source>
        <translation>(y {n} fechas más)</translation>
    </message>
    <message>
        <source>— marks a figure, and a gap in a chart a period, with no {currency} rate: {reasons}{more}.</source>
        <translation>— indica una cifra, y un hueco en un gráfico un período, sin tipo de cambio {currency}: {reasons}{more}.</translation>
    </message>
    <message>
        <source>at {price} per BTC (close of {date})</source>
        <translation>a {price} por BTC (cierre del {date})</translation>
    </message>
    <message>
        <source>Value ({currency})</source>
        <translation>Valor ({currency})</translation>
    </message>
    <message>
        <source>{currency} millions</source>
        <translation>Millones de {currency}</translation>
    </message>
    <message>
        <source>On {date}, the reserve holds &lt;b&gt;{btc} BTC&lt;/b&gt; worth &lt;b&gt;{value}&lt;/b&gt; at {price} per BTC (close of {price_date}); the {currency} figures are losses on these holdings.</source>
        <translation>Al {date}, la reserva tiene &lt;b&gt;{btc} BTC&lt;/b&gt; por un valor de &lt;b&gt;{value}&lt;/b&gt; a {price} por BTC (cierre del {price_date}); las cifras en {currency} son pérdidas sobre estas tenencias.</translation>
    </message>
    <message>
        <source>The reserve holds no bitcoin on {date}, so no {currency} figures are given.</source>
        <translation>La reserva no tiene bitcoin al {date}, por lo que no se dan cifras en {currency}.</translation>
    </message>
    <message>
        <source>There is no BTC price on or before {date}, so the {currency} figures are not given.</source>
        <translation>No hay precio del BTC al {date} ni antes, por lo que no se dan las cifras en {currency}.</translation>
    </message>
    <message>
        <source>The same in {currency} millions, for the {btc} BTC held</source>
        <translation>Lo mismo en millones de {currency}, para los {btc} BTC en tenencia</translation>
    </message>
    <message>
        <source>{currency} per BTC</source>
        <translation>{currency} por BTC</translation>
    </message>
    <message>
        <source>Total ({currency} m)</source>
        <translation>Total (mill. {currency})</translation>
    </message>
    <message>
        <source>NIR floor ({currency} m)</source>
        <translation>Piso de las RIN (mill. {currency})</translation>
    </message>
    <message>
        <source>Adjusted floor ({currency} m)</source>
        <translation>Piso ajustado (mill. {currency})</translation>
    </message>
    <message>
        <source>Projected NIR ({currency} m)</source>
        <translation>RIN proyectadas (mill. {currency})</translation>
    </message>
    <message>
        <source>Headroom ({currency} m)</source>
        <translation>Margen (mill. {currency})</translation>
    </message>
    <message>
        <source>Gross reserves ({currency} m)</source>
        <translation>Reservas brutas (mill. {currency})</translation>
    </message>
    <message>
        <source>ARA EM metric ({currency} m)</source>
        <translation>Métrica ARA ME (mill. {currency})</translation>
    </message>
    <message>
        <source>BTC price, 5th pct ({currency})</source>
        <translation>Precio BTC, pct. 5 ({currency})</translation>
    </message>
    <message>
        <source>Left short ({currency} m)</source>
        <translation>Faltante (mill. {currency})</translation>
    </message>
    <message>
        <source>at a power cost of {cost} per BTC</source>
        <translation>a un costo de energía de {cost} por BTC</translation>
    </message>
    <message>
        <source>Power cost per BTC ({currency})</source>
        <translation>Costo de energía por BTC ({currency})</translation>
    </message>
    <message>
        <source>Market price ({currency})</source>
        <translation>Precio de mercado ({currency})</translation>
    </message>
    <message>
        <source>A figure dated on or before {date} converts at the last rate on or before its date, at most {days} days old; a later one (IMF obligations, projections) at the stated assumption, {after}.</source>
        <translation>Una cifra con fecha igual o anterior al {date} se convierte al último tipo de cambio en su fecha o antes, de {days} días de antigüedad como máximo; una posterior (obligaciones con el FMI, proyecciones), según el supuesto declarado: {after}.</translation>
    </message>
    <message>
        <source>Next payment to the IMF</source>
        <translation>Próximo pago al FMI</translation>
    </message>
    <message>
        <source>SDR {total} m ({amount}) on {date}</source>
        <translation>DEG {total} millones ({amount}) el {date}</translation>
    </message>
    <message>
        <source>SDR {total} m on {date}</source>
        <translation>DEG {total} millones el {date}</translation>
    </message>
    <message>
        <source>— (the position in the Fund cannot be computed)</source>
        <translation>— (no se puede calcular la posición en el Fondo)</translation>
    </message>
    <message>
        <source>none scheduled</source>
        <translation>ninguno programado</translation>
    </message>
    <message>
        <source>Next IMF test date</source>
        <translation>Próxima fecha de evaluación del FMI</translation>
    </message>
    <message>
        <source>{date}: NIR floor {floor}</source>
        <translation>{date}: piso de las RIN {floor}</translation>
    </message>
    <message>
        <source>Bitcoin vs gross reserves (not a reserve asset)</source>
        <translation>Bitcoin frente a reservas brutas (no es activo de reserva)</translation>
    </message>
    <message>
        <source>Reserves / ARA metric, without bitcoin</source>
        <translation>Reservas / métrica ARA, sin bitcoin</translation>
    </message>
    <message>
        <source>Months of imports, without bitcoin</source>
        <translation>Meses de importaciones, sin bitcoin</translation>
    </message>
    <message>
        <source>Reserves / ARA metric, with bitcoin at a {haircut} haircut</source>
        <translation>Reservas / métrica ARA, con bitcoin con un descuento del {haircut}</translation>
    </message>
    <message>
        <source>no reserve figures in the workspace</source>
        <translation>no hay cifras de reservas en el espacio de trabajo</translation>
    </message>
    <message>
        <source>One-day VaR {confidence} (historical, {period})</source>
        <translation>VaR a un día {confidence} (histórico, {period})</translation>
    </message>
    <message>
        <source>VaR 95% at the horizon, run {run_id} ({name})</source>
        <translation>VaR 95% al horizonte, ejecución {run_id} ({name})</translation>
    </message>
    <message>
        <source>Bitcoin at the end of the policies&apos; projection</source>
        <translation>Bitcoin al final de la proyección de las políticas</translation>
    </message>
    <message>
        <source>{btc} BTC on {date}</source>
        <translation>{btc} BTC al {date}</translation>
    </message>
    <message>
        <source>Headline figure</source>
        <translation>Cifra principal</translation>
    </message>
    <message>
        <source>On {date}</source>
        <translation>Al {date}</translation>
    </message>
</context>
</TS>
