<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>builtin_words</name>
    <message>
        <source>Bitcoin 2013-15 bear market</source>
        <translation>Mercado bajista BTC 2013-15</translation>
    </message>
    <message>
        <source>Peak 2013-12-04 to trough 2015-01-14: -84.5%. Source: Yahoo Finance, BTC-USD daily closes.</source>
        <translation>Del máximo del 2013-12-04 al mínimo del 2015-01-14: -84.5%. Fuente: Yahoo Finance, cierres diarios de BTC-USD.</translation>
    </message>
    <message>
        <source>Bitcoin 2017-18 bear market</source>
        <translation>Mercado bajista BTC 2017-18</translation>
    </message>
    <message>
        <source>Peak 2017-12-16 to trough 2018-12-15: -83.4%. Source: Yahoo Finance, BTC-USD daily closes.</source>
        <translation>Del máximo del 2017-12-16 al mínimo del 2018-12-15: -83.4%. Fuente: Yahoo Finance, cierres diarios de BTC-USD.</translation>
    </message>
    <message>
        <source>Bitcoin 2021-22 bear market</source>
        <translation>Mercado bajista BTC 2021-22</translation>
    </message>
    <message>
        <source>Peak 2021-11-08 to trough 2022-11-21: -76.6%. Source: Yahoo Finance, BTC-USD daily closes.</source>
        <translation>Del máximo del 2021-11-08 al mínimo del 2022-11-21: -76.6%. Fuente: Yahoo Finance, cierres diarios de BTC-USD.</translation>
    </message>
    <message>
        <source>COVID crash, March 2020</source>
        <translation>Crisis COVID, marzo de 2020</translation>
    </message>
    <message>
        <source>Peak 2020-03-08 to trough 2020-03-12: -34.1%. Source: Yahoo Finance, BTC-USD daily closes: 12 Mar 2020 one day -26.7%, 4 days -34.1%.</source>
        <translation>Del máximo del 2020-03-08 al mínimo del 2020-03-12: -34.1%. Fuente: Yahoo Finance, cierres diarios de BTC-USD: el 12 de marzo de 2020, -26.7% en un día; -34.1% en 4 días.</translation>
    </message>
    <message>
        <source>FTX collapse, November 2022</source>
        <translation>Quiebra de FTX, nov. de 2022</translation>
    </message>
    <message>
        <source>Peak 2022-11-05 to trough 2022-11-09: -26.1%. Source: Yahoo Finance, BTC-USD daily closes: 2022-11-09 -15.6% in a day, -26.1% over 4 days.</source>
        <translation>Del máximo del 2022-11-05 al mínimo del 2022-11-09: -26.1%. Fuente: Yahoo Finance, cierres diarios de BTC-USD: el 2022-11-09, -15.6% en un día; -26.1% en 4 días.</translation>
    </message>
    <message>
        <source>Bitcoin 2025-26 drawdown</source>
        <translation>Caída del BTC 2025-26</translation>
    </message>
    <message>
        <source>Peak 2025-10-06 to trough 2026-02-05: -49.5%. Source: Yahoo Finance, BTC-USD daily closes.</source>
        <translation>Del máximo del 2025-10-06 al mínimo del 2026-02-05: -49.5%. Fuente: Yahoo Finance, cierres diarios de BTC-USD.</translation>
    </message>
    <message>
        <source>Bitcoin falls 50%</source>
        <translation>El bitcoin cae un 50%</translation>
    </message>
    <message>
        <source>Hypothetical: an immediate 50% fall in bitcoin, held to the horizon.</source>
        <translation>Hipotético: una caída inmediata del 50% del bitcoin, que se mantiene hasta el horizonte.</translation>
    </message>
    <message>
        <source>Bitcoin falls 80%</source>
        <translation>El bitcoin cae un 80%</translation>
    </message>
    <message>
        <source>Hypothetical: an immediate 80% fall, about the depth of the 2013-15 and 2017-18 bear markets (Yahoo Finance, BTC-USD daily closes).</source>
        <translation>Hipotético: una caída inmediata del 80%, cercana a la profundidad de los mercados bajistas de 2013-15 y 2017-18 (Yahoo Finance, cierres diarios de BTC-USD).</translation>
    </message>
    <message>
        <source>Remittances 20% below baseline</source>
        <translation>Remesas 20% por debajo de la línea de base</translation>
    </message>
    <message>
        <source>Hypothetical: remittance inflows 20% below baseline for 12 months.</source>
        <translation>Hipotético: ingresos por remesas 20% por debajo de la línea de base durante 12 meses.</translation>
    </message>
    <message>
        <source>IMF downside: trade and migration shock with bitcoin -50%</source>
        <translation>Escenario adverso del FMI: choque comercial y migratorio con bitcoin -50%</translation>
    </message>
    <message>
        <source>The downside named in the IMF's assessment: trade tensions (exports -10%) and tighter immigration policy (remittances -15%) for 12 months, with bitcoin -50% (IMF press release on El Salvador's first EFF review, 27 Jun 2025).</source>
        <translation>El riesgo a la baja que señala la evaluación del FMI: tensiones comerciales (exportaciones -10%) y una política migratoria más restrictiva (remesas -15%) durante 12 meses, con el bitcoin -50% (comunicado de prensa del FMI sobre la primera revisión del acuerdo de El Salvador en el marco del SAF, 27 de junio de 2025).</translation>
    </message>
    <message>
        <source>Monte Carlo: geometric Brownian motion</source>
        <translation>Monte Carlo: movimiento browniano geométrico</translation>
    </message>
    <message>
        <source>Calibrated to the imported history when there is one; otherwise annualised volatility 61.8% (Yahoo Finance BTC-USD daily closes 2020-2025, daily log returns x sqrt(365)).</source>
        <translation>Calibrado con el historial importado cuando lo hay; si no, volatilidad anualizada de 61.8% (Yahoo Finance, cierres diarios de BTC-USD 2020-2025, rendimientos logarítmicos diarios x sqrt(365)).</translation>
    </message>
    <message>
        <source>Monte Carlo: Student-t innovations</source>
        <translation>Monte Carlo: innovaciones t de Student</translation>
    </message>
    <message>
        <source>Monte Carlo: GARCH(1,1)</source>
        <translation>Monte Carlo: GARCH(1,1)</translation>
    </message>
    <message>
        <source>GARCH(1,1) fitted by maximum likelihood to the imported history when there is one; otherwise long-run volatility 61.8% (Yahoo Finance BTC-USD daily closes 2020-2025, daily log returns x sqrt(365)).</source>
        <translation>GARCH(1,1) estimado por máxima verosimilitud con el historial importado cuando lo hay; si no, volatilidad de largo plazo de 61.8% (Yahoo Finance, cierres diarios de BTC-USD 2020-2025, rendimientos logarítmicos diarios x sqrt(365)).</translation>
    </message>
    <message>
        <source>Monte Carlo: block bootstrap of history</source>
        <translation>Monte Carlo: bootstrap por bloques</translation>
    </message>
    <message>
        <source>Resamples 20-day blocks of the imported daily returns with replacement; needs an imported price history.</source>
        <translation>Remuestrea con reemplazo bloques de 20 días de los rendimientos diarios importados; requiere un historial de precios importado.</translation>
    </message>
    <message>
        <source>from the imported price history when it covers the dates, else stylised (depth and length)</source>
        <translation>con el historial de precios importado cuando cubre las fechas; si no, estilizado (profundidad y duración)</translation>
    </message>
    <message>
        <source>One bitcoin a day</source>
        <translation>Un bitcoin al día</translation>
    </message>
    <message>
        <source>Announced 2022-11-17: "one bitcoin every day starting tomorrow" (President Nayib Bukele, post on X). The ledger holds the purchases made so far; the planner projects the policy forward from the start date. Buying breaches the EFF's non-accumulation commitment while it is in force.</source>
        <translation>Anunciada el 2022-11-17: "un bitcoin cada día a partir de mañana" (presidente Nayib Bukele, publicación en X). El libro de movimientos registra las compras hechas hasta ahora; el planificador proyecta la política desde su fecha de inicio. Comprar incumple el compromiso de no acumulación del SAF mientras este está vigente.</translation>
    </message>
    <message>
        <source>2,000 MW state mining (proposed)</source>
        <translation>Minería estatal de 2,000 MW (propuesta)</translation>
    </message>
    <message>
        <source>Proposed 25 May 2025 (Government of Pakistan, press reports); the IMF objected to subsidised power for mining (press reports, July 2025). Machines: Antminer S21, 17.5 J/TH (Bitmain specification); PUE 1.10; network 1,000 EH/s (first above 1,000 EH/s, 7-day mean, around 2025-09-02) and fees 0.036 BTC a block (2025 average), from public blockchain data. Illustrative, not from a published source: start 2026-07-01, uptime 95%, network growth 20% a year, and the power priced at US$0.08/kWh as its export value; replace them with the ministry's figures.</source>
        <translation>Propuesta el 25 de mayo de 2025 (Gobierno de Pakistán, informes de prensa); el FMI objetó la energía subsidiada para la minería (informes de prensa, julio de 2025). Máquinas: Antminer S21, 17.5 J/TH (especificación de Bitmain); PUE 1.10; red de 1,000 EH/s (la primera vez por encima de 1,000 EH/s, media de 7 días, hacia el 2025-09-02) y comisiones de 0.036 BTC por bloque (promedio de 2025), de datos públicos de la cadena de bloques. Ilustrativos, sin fuente publicada: inicio el 2026-07-01, disponibilidad del 95%, crecimiento de la red del 20% anual y la energía valorada a US$0.08/kWh, su precio de exportación; sustitúyalos por las cifras del ministerio.</translation>
    </message>
</context>
</TS>
