<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <source>fixed</source>
        <extracomment>exchange-rate regime (IMF ARA classification)</extracomment>
        <translation>fijo</translation>
    </message>
    <message>
        <source>floating</source>
        <extracomment>exchange-rate regime (IMF ARA classification)</extracomment>
        <translation>flotante</translation>
    </message>
    <message>
        <source>Bitcoin reserve</source>
        <translation>Reserva de bitcoin</translation>
    </message>
    <message>
        <source>IMF program</source>
        <translation>Programa con el FMI</translation>
    </message>
    <message>
        <source>Reserves (IMF definition, without bitcoin)</source>
        <translation>Reservas (definición del FMI, sin bitcoin)</translation>
    </message>
    <message>
        <source>Stress and planning</source>
        <translation>Tensión y planificación</translation>
    </message>
    <message>
        <source>BTC stock</source>
        <translation>Saldo en BTC</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>the market value of the bitcoin held</extracomment>
        <translation>Valor de mercado</translation>
    </message>
    <message>
        <source>Unrealised P&amp;L</source>
        <translation>Resultado no realizado (P&amp;L)</translation>
    </message>
    <message>
        <source>Cost basis (average cost)</source>
        <translation>Costo promedio de adquisición</translation>
    </message>
    <message>
        <source>IMF credit outstanding</source>
        <translation>Crédito del FMI pendiente de reembolso</translation>
    </message>
    <message>
        <source>Next IMF purchase</source>
        <translation>Próxima compra al FMI</translation>
    </message>
    <message>
        <source>Structural benchmarks</source>
        <translation>Referencias estructurales</translation>
    </message>
    <message>
        <source>Next test date</source>
        <translation>Próxima fecha de evaluación</translation>
    </message>
    <message>
        <source>Gross reserves</source>
        <translation>Reservas internacionales brutas</translation>
    </message>
    <message>
        <source>Months of imports</source>
        <translation>Meses de importaciones</translation>
    </message>
    <message>
        <source>Bitcoin vs reserves</source>
        <translation>Bitcoin frente a reservas</translation>
    </message>
    <message>
        <source>Exchange-rate regime</source>
        <translation>Régimen cambiario</translation>
    </message>
    <message>
        <source>Scenario library</source>
        <translation>Biblioteca de escenarios</translation>
    </message>
    <message>
        <source>Last stress run</source>
        <translation>Última prueba de tensión</translation>
    </message>
    <message>
        <source>Bitcoin added, last 90 days</source>
        <translation>Bitcoin agregado, últimos 90 días</translation>
    </message>
    <message>
        <source>Purchases to date</source>
        <translation>Compras a la fecha</translation>
    </message>
    <message>
        <source>Ledger and chain, address checks</source>
        <translation>Conciliación y direcciones</translation>
    </message>
    <message>
        <source>{n} wallet</source>
        <extracomment>{n} is a count of wallets</extracomment>
        <translation>{n} billetera</translation>
    </message>
    <message>
        <source>{n} wallets</source>
        <translation>{n} billeteras</translation>
    </message>
    <message>
        <source>{name} — figures on {date}</source>
        <translation>{name} — cifras al {date}</translation>
    </message>
    <message>
        <source>at US${price} per BTC, {age}</source>
        <translation>a US${price} por BTC, {age}</translation>
    </message>
    <message>
        <source>no BTC price on or before this date</source>
        <translation>sin precio del BTC en esta fecha ni antes</translation>
    </message>
    <message>
        <source>in {wallets}</source>
        <translation>en {wallets}</translation>
    </message>
    <message>
        <source>Sum of the ledger up to and including this date; transfers between own wallets excluded.</source>
        <translation>Suma del libro de movimientos hasta esta fecha inclusive; se excluyen las transferencias entre billeteras propias.</translation>
    </message>
    <message>
        <source>Stock x the last BTC close on or before the date (prices stored in the workspace).</source>
        <translation>Saldo × el último cierre del BTC en la fecha o antes (precios guardados en el espacio de trabajo).</translation>
    </message>
    <message>
        <source>value minus cost basis</source>
        <translation>valor menos costo de adquisición</translation>
    </message>
    <message>
        <source>Unrealised P&amp;L = value - average-cost basis.</source>
        <translation>Resultado no realizado (P&amp;L): ganancia o pérdida = valor - costo de adquisición promedio.</translation>
    </message>
    <message>
        <source>average US${cost} per BTC</source>
        <translation>promedio US${cost} por BTC</translation>
    </message>
    <message>
        <source>Average cost of one consolidated pool: purchases at price plus fees; outflows remove cost pro rata.</source>
        <translation>Costo promedio de un fondo común consolidado: compras al precio más comisiones; las salidas restan costo a prorrata.</translation>
    </message>
    <message>
        <source>SDR {amount} m</source>
        <translation>DEG {amount} millones</translation>
    </message>
    <message>
        <source>{usd}; GRA {pct} of quota</source>
        <translation>{usd}; CRG {pct} de la cuota</translation>
    </message>
    <message>
        <source>Every arrangement together: purchases disbursed on or before the date less the repurchases due by then, and existing obligations from an imported IMF projection. The IMF Program tab&apos;s Fund position shows it by arrangement and over time.</source>
        <translation>Todos los acuerdos juntos: compras desembolsadas en la fecha o antes menos las recompras vencidas a esa fecha, y las obligaciones existentes de una proyección del FMI importada. La Posición en el Fondo de la pestaña Programa con el FMI lo muestra por acuerdo y en el tiempo.</translation>
    </message>
    <message>
        <source> — planned date has passed: mark it disbursed or move it</source>
        <translation> — la fecha prevista ya pasó: márquela como desembolsada o cámbiela</translation>
    </message>
    <message>
        <source>SDR {amount} m under {arrangement}</source>
        <translation>DEG {amount} millones en el marco de {arrangement}</translation>
    </message>
    <message>
        <source>The earliest purchase after the date or still planned (every arrangement&apos;s that day).</source>
        <translation>La primera compra posterior a la fecha o aún prevista (la de cada acuerdo ese día).</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no next IMF purchase
----------
no next test date</extracomment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>all purchases disbursed</source>
        <translation>todas las compras desembolsadas</translation>
    </message>
    <message numerus="yes">
        <source>%n pending or ongoing</source>
        <translation>
            <numerusform>%n pendiente o en curso</numerusform>
            <numerusform>%n pendientes o en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n historical</source>
        <translation>
            <numerusform>%n histórico</numerusform>
            <numerusform>%n históricos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shocks</source>
        <translation>
            <numerusform>%n choque</numerusform>
            <numerusform>%n choques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Monte Carlo</source>
        <translation>
            <numerusform>%n Monte Carlo</numerusform>
            <numerusform>%n Monte Carlo</numerusform>
        </translation>
    </message>
    <message>
        <source>; includes bitcoin non-accumulation</source>
        <translation>; incluye la no acumulación de bitcoin</translation>
    </message>
    <message>
        <source>at {price} per BTC, {age}</source>
        <translation>a {price} por BTC, {age}</translation>
    </message>
    <message>
        <source>Converted at the valuation date&apos;s rate, as the value is.</source>
        <translation>Convertido al tipo de cambio de la fecha de valoración, como el valor.</translation>
    </message>
    <message>
        <source>average {cost} per BTC</source>
        <translation>promedio {cost} por BTC</translation>
    </message>
    <message>
        <source>NIR floor {usd}</source>
        <translation>piso de las RIN {usd}</translation>
    </message>
    <message>
        <source>no test date on or after this date</source>
        <translation>sin fecha de evaluación en esta fecha ni después</translation>
    </message>
    <message>
        <source>no IMF arrangement: import one on the IMF Program tab</source>
        <translation>sin acuerdo con el FMI: importe uno en la pestaña Programa con el FMI</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>al {date}</translation>
    </message>
    <message>
        <source>imports {usd} a year ({date})</source>
        <translation>importaciones de {usd} al año ({date})</translation>
    </message>
    <message>
        <source>Gross reserves / (trailing 12-month imports / 12). Benchmark: 3 months (IMF, Assessing Reserve Adequacy, Feb 2011).</source>
        <translation>Reservas internacionales brutas / (importaciones de los últimos 12 meses / 12). Referencia: 3 meses (FMI, Assessing Reserve Adequacy, febrero de 2011).</translation>
    </message>
    <message>
        <source>BTC value / gross reserves (bitcoin is not a reserve asset, BPM7)</source>
        <translation>valor del BTC / reservas brutas (el bitcoin no es un activo de reserva, MBP7)</translation>
    </message>
    <message>
        <source>sets the ARA metric&apos;s weights</source>
        <translation>define las ponderaciones de la métrica ARA</translation>
    </message>
    <message>
        <source>no reserve data on or before this date: import it on the IMF Program tab</source>
        <translation>sin datos de reservas en esta fecha ni antes: impórtelos en la pestaña Programa con el FMI</translation>
    </message>
    <message>
        <source>{scenario}, {created}: bitcoin reserve at the 5th percentile after {days} days</source>
        <translation>{scenario}, {created}: reserva de bitcoin en el percentil 5 tras {days} días</translation>
    </message>
    <message>
        <source>; worst test-date headroom {usd}</source>
        <translation>; menor margen en una fecha de evaluación {usd}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
    <message>
        <source>run a scenario in Stress Scenarios</source>
        <translation>ejecute un escenario en Escenarios de tensión</translation>
    </message>
    <message>
        <source>stock change since {date}</source>
        <translation>variación del saldo desde {date}</translation>
    </message>
    <message>
        <source>Net of sales and fees; transfers between own wallets do not count.</source>
        <translation>Neto de ventas y comisiones; las transferencias entre billeteras propias no cuentan.</translation>
    </message>
    <message>
        <source>for {usd}</source>
        <translation>por {usd}</translation>
    </message>
    <message>
        <source>no purchases recorded</source>
        <translation>sin compras registradas</translation>
    </message>
    <message>
        <source>Each purchase at the rate of its own date: {n} rates, {first} to {last}.</source>
        <translation>Cada compra al tipo de cambio de su propia fecha: {n} tipos de cambio, del {first} al {last}.</translation>
    </message>
    <message>
        <source>reading the address register and the chain statements</source>
        <translation>leyendo el registro de direcciones y los estados de la cadena</translation>
    </message>
    <message>
        <source>cannot read the register: {error}</source>
        <translation>no se puede leer el registro: {error}</translation>
    </message>
    <message>
        <source>no address registered: Holdings &gt; Custody registers the wallets&apos; addresses</source>
        <translation>sin direcciones registradas: Tenencias &gt; Custodia registra las direcciones de las billeteras</translation>
    </message>
    <message>
        <source>{addresses} addresses: {over_cap} over the {cap} BTC cap, {reused} reused, {exposed} key exposed, {proven} proven</source>
        <translation>{addresses} direcciones: {over_cap} sobre el tope de {cap} BTC, {reused} reutilizadas, {exposed} con clave expuesta, {proven} con prueba de control</translation>
    </message>
    <message>
        <source>Ledger and chain: each wallet&apos;s balance by the ledger against its confirmed balance on the chain statements at the end of the day (Holdings &gt; Custody &gt; Reconciliation). Over the cap: more than the cap in one address (the Bitcoin Office keeps at most 500 BTC in an address). Reused: paid by more than one transaction. Key exposed: spent from, or Taproot (key path).</source>
        <translation>Libro y cadena: el saldo de cada billetera según el libro de movimientos frente a su saldo confirmado en los estados de la cadena al cierre del día (Tenencias &gt; Custodia &gt; Conciliación). Sobre el tope: más que el tope en una dirección (la Oficina Nacional del Bitcoin guarda como máximo 500 BTC por dirección). Reutilizada: pagada por más de una transacción. Clave expuesta: se ha gastado desde ella, o Taproot (ruta de clave).</translation>
    </message>
    <message>
        <source>{wallets} with no address registered, not compared; {flags}</source>
        <translation>{wallets} sin direcciones registradas, no comparadas; {flags}</translation>
    </message>
    <message>
        <source>no statements</source>
        <translation>sin estados</translation>
    </message>
    <message>
        <source>ledger less chain, {wallets} differ; {flags}</source>
        <translation>libro menos cadena, con diferencias en {wallets}; {flags}</translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>ledger and chain agree</extracomment>
        <translation>coinciden</translation>
    </message>
    <message>
        <source>in the {wallets} with addresses; {flags}</source>
        <translation>en {wallets} con direcciones; {flags}</translation>
    </message>
</context>
</TS>
