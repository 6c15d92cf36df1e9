<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>PlannerTab</name>
    <message>
        <source>This chart shows the bitcoin stock the enabled policies would build from the toolbar&apos;s date, with what they buy and mine.</source>
        <translation>Este gráfico muestra la tenencia de bitcoin que formarían las políticas activas desde la fecha de la barra de herramientas, con lo que compran y minan.</translation>
    </message>
    <message>
        <source>This chart shows the value of that stock across Monte Carlo price paths (median, 25-75% and 5-95%).</source>
        <translation>Este gráfico muestra el valor de esa tenencia en las trayectorias de precios Monte Carlo (mediana, 25-75% y 5-95%).</translation>
    </message>
    <message>
        <source>This chart shows how the stock&apos;s value at the end spreads across the Monte Carlo price paths.</source>
        <translation>Este gráfico muestra cómo se distribuye el valor final de la tenencia entre las trayectorias de precios Monte Carlo.</translation>
    </message>
    <message>
        <source>This chart shows the bitcoin a mining policy would mine each year.</source>
        <translation>Este gráfico muestra el bitcoin que una política de minería minaría cada año.</translation>
    </message>
    <message>
        <source>Monte Carlo is off (Paths 0): set Paths above 0 to see how the stock&apos;s value at the end spreads across price paths.</source>
        <translation>Monte Carlo está desactivado (Trayectorias 0): fije Trayectorias por encima de 0 para ver cómo se distribuye el valor final de la tenencia entre las trayectorias de precios.</translation>
    </message>
    <message>
        <source>No mining policy is switched on: add one with New… (kind: Mining with state power), or switch one on, to see the bitcoin it would mine each year, its energy and its power cost.</source>
        <translation>No hay ninguna política de minería activa: agregue una con Nueva… (tipo: Minería estatal) o active una para ver el bitcoin que minaría cada año, su energía y su costo de energía.</translation>
    </message>
    <message>
        <source>{amount} a day from {start}</source>
        <translation>{amount} al día desde el {start}</translation>
    </message>
    <message>
        <source>{amount} a month from {start}</source>
        <translation>{amount} al mes desde el {start}</translation>
    </message>
    <message>
        <source> to {end}</source>
        <translation> hasta el {end}</translation>
    </message>
    <message>
        <source>{n} purchase, on {first}</source>
        <translation>{n} compra, el {first}</translation>
    </message>
    <message>
        <source>{n} purchases, first on {first}</source>
        <translation>{n} compras, la primera el {first}</translation>
    </message>
    <message>
        <source>{mw} MW at {efficiency} J/TH, PUE {pue}, from {start}; network {network} EH/s</source>
        <translation>{mw} MW a {efficiency} J/TH, PUE {pue}, desde el {start}; red de {network} EH/s</translation>
    </message>
    <message>
        <source> +{growth}/yr</source>
        <extracomment>the network&apos;s hash rate grows by this share each year</extracomment>
        <translation> +{growth}/año</translation>
    </message>
    <message>
        <source>; blocks from {height} on {date}</source>
        <translation>; bloques desde el {height} el {date}</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>is the policy switched on (a column of yes/no)</extracomment>
        <translation>Activa</translation>
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
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Switch on/off</source>
        <translation>Activar/desactivar</translation>
    </message>
    <message>
        <source>Include or leave out the selected policy</source>
        <translation>Incluir o dejar fuera la política seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Monte Carlo price paths (0: stored prices only)</source>
        <translation>Trayectorias de precios Monte Carlo (0: solo precios guardados)</translation>
    </message>
    <message>
        <source>Project over</source>
        <translation>Proyectar a</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trayectorias</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>First breach</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Last</source>
        <extracomment>the last date of a breach</extracomment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Program check</source>
        <translation>Verificación del programa</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Bitcoin at the end</source>
        <translation>Bitcoin al final</translation>
    </message>
    <message>
        <source>Added by the policies</source>
        <translation>Agregado por las políticas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Value at the end</source>
        <translation>Valor al final</translation>
    </message>
    <message>
        <source>Bitcoin stock with the policies (stored prices, then the last one held)</source>
        <translation>Tenencia de bitcoin con las políticas (precios guardados, luego se mantiene el último)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tenencia</translation>
    </message>
    <message>
        <source>Bought (cumulative)</source>
        <translation>Comprado (acumulado)</translation>
    </message>
    <message>
        <source>Mined (cumulative)</source>
        <translation>Minado (acumulado)</translation>
    </message>
    <message>
        <source>Value of the stock: median, 25-75% and 5-95% of Monte Carlo paths</source>
        <translation>Valor de la tenencia: mediana, 25-75% y 5-95% de las trayectorias Monte Carlo</translation>
    </message>
    <message>
        <source>US$ millions</source>
        <translation>millones de US$</translation>
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
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Stored prices, then held</source>
        <translation>Precios guardados, luego constantes</translation>
    </message>
    <message>
        <source>Bitcoin mined each year (expected output)</source>
        <translation>Bitcoin minado cada año (producción esperada)</translation>
    </message>
    <message>
        <source>BTC mined</source>
        <translation>BTC minados</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Share of blocks</source>
        <translation>Proporción de bloques</translation>
    </message>
    <message>
        <source>Energy (GWh)</source>
        <translation>Energía (GWh)</translation>
    </message>
    <message>
        <source>Power cost (US$ m)</source>
        <translation>Costo de energía (millones de US$)</translation>
    </message>
    <message>
        <source>Cost per BTC (US$)</source>
        <translation>Costo por BTC (US$)</translation>
    </message>
    <message>
        <source>Power cost over the bitcoin mined by the policies with a power price only</source>
        <translation>Costo de energía dividido entre el bitcoin minado solo por las políticas con precio de energía</translation>
    </message>
    <message>
        <source>Market price (US$)</source>
        <translation>Precio de mercado (US$)</translation>
    </message>
    <message>
        <source>Baseline price, averaged over the year&apos;s output</source>
        <translation>Precio de referencia, promediado sobre la producción del año</translation>
    </message>
    <message>
        <source>The projection appears here a moment after the tab opens or any input changes.</source>
        <translation>La proyección aparece aquí un momento después de abrir la pestaña o de cambiar cualquier dato.</translation>
    </message>
    <message>
        <source>Value of the stock at the end, across Monte Carlo paths (the last bar gathers the top 1%)</source>
        <translation>Valor final de la tenencia en las trayectorias Monte Carlo (la última barra reúne el 1% superior)</translation>
    </message>
    <message>
        <source>Value at the end (US$ millions)</source>
        <translation>Valor al final (millones de US$)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>Value (Monte Carlo)</source>
        <translation>Valor (Monte Carlo)</translation>
    </message>
    <message>
        <source>Mining by year</source>
        <translation>Minería por año</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>History (ledger)</source>
        <translation>Historial (libro de movimientos)</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Eliminar política</translation>
    </message>
    <message>
        <source>Delete the policy &apos;{name}&apos;?</source>
        <translation>¿Eliminar la política &apos;{name}&apos;?</translation>
    </message>
    <message>
        <source>Cannot project: {message}</source>
        <translation>No se puede proyectar: {message}</translation>
    </message>
    <message>
        <source>Cannot project the policies: {message}.</source>
        <translation>No se pueden proyectar las políticas: {message}.</translation>
    </message>
    <message>
        <source>on {end}, from {start} BTC</source>
        <translation>al {end}, desde {start} BTC</translation>
    </message>
    <message>
        <source>bought {bought}, mined {mined}</source>
        <translation>comprados {bought}, minados {mined}</translation>
    </message>
    <message>
        <source>purchases at US${price} a BTC on average</source>
        <translation>compras a US${price} por BTC en promedio</translation>
    </message>
    <message>
        <source>mining US${price} a BTC in power</source>
        <translation>minería US${price} por BTC en energía</translation>
    </message>
    <message>
        <source> (priced policies)</source>
        <translation> (políticas con precio)</translation>
    </message>
    <message>
        <source>nothing spent</source>
        <translation>sin gasto</translation>
    </message>
    <message>
        <source>Monte Carlo median; 5-95%: {low} to {high}</source>
        <translation>mediana Monte Carlo; 5-95%: {low} a {high}</translation>
    </message>
    <message>
        <source>at the baseline price</source>
        <translation>al precio de referencia</translation>
    </message>
    <message>
        <source>{n} breach</source>
        <translation>{n} incumplimiento</translation>
    </message>
    <message>
        <source>{n} breaches</source>
        <translation>{n} incumplimientos</translation>
    </message>
    <message>
        <source>no conflict</source>
        <translation>sin conflicto</translation>
    </message>
    <message>
        <source>first on {date}</source>
        <translation>el primero el {date}</translation>
    </message>
    <message>
        <source>with the program&apos;s commitments on bitcoin and mining power</source>
        <translation>con los compromisos del programa sobre bitcoin y energía para minería</translation>
    </message>
    <message>
        <source>Conflicts with a commitment in force (Help &gt; Methodology, Planner): </source>
        <translation>Conflictos con un compromiso vigente (Ayuda &gt; Metodología, Planificador): </translation>
    </message>
    <message>
        <source>from {date}, &apos;{policy}&apos; {reason} ({arrangement}: {commitment})</source>
        <translation>desde el {date}, &apos;{policy}&apos; {reason} ({arrangement}: {commitment})</translation>
    </message>
    <message>
        <source>No enabled policy adds bitcoin under a non-accumulation commitment or mines with power that may be subsidised under a commitment against it.</source>
        <translation>Ninguna política activa agrega bitcoin bajo un compromiso de no acumulación ni mina con energía que pueda estar subsidiada bajo un compromiso en contra.</translation>
    </message>
    <message>
        <source>Baseline prices: {prices}. </source>
        <translation>Precios de referencia: {prices}. </translation>
    </message>
    <message>
        <source>Monte Carlo off (0 paths).</source>
        <translation>Monte Carlo desactivado (0 trayectorias).</translation>
    </message>
    <message>
        <source>purchases at {price} a BTC on average</source>
        <translation>compras a {price} por BTC en promedio</translation>
    </message>
    <message>
        <source>mining {price} a BTC in power</source>
        <translation>minería {price} por BTC en energía</translation>
    </message>
    <message>
        <source>Each day&apos;s purchases at that day&apos;s rate, and each year&apos;s power cost at the rate of the middle of its days in the projection; after the valuation date: {rate}</source>
        <translation>Las compras de cada día al tipo de cambio de ese día, y el costo de energía de cada año al tipo de cambio de la mitad de sus días en la proyección; después de la fecha de valoración: {rate}</translation>
    </message>
    <message>
        <source>At the rate for the end, {end}: {rate}</source>
        <translation>Al tipo de cambio del final, {end}: {rate}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Bitcoin at the start</source>
        <translation>Bitcoin al inicio</translation>
    </message>
    <message>
        <source>Bought (BTC)</source>
        <translation>Comprado (BTC)</translation>
    </message>
    <message>
        <source>Spent (US$)</source>
        <translation>Gastado (US$)</translation>
    </message>
    <message>
        <source>Average purchase price (US$)</source>
        <translation>Precio promedio de compra (US$)</translation>
    </message>
    <message>
        <source>Mined (BTC)</source>
        <translation>Minado (BTC)</translation>
    </message>
    <message>
        <source>Power cost of mining (US$)</source>
        <translation>Costo de la energía de la minería (US$)</translation>
    </message>
    <message>
        <source>Power cost per BTC mined by policies with a power price (US$)</source>
        <translation>Costo de energía por BTC minado por las políticas con precio de energía (US$)</translation>
    </message>
    <message>
        <source>Value at the end, baseline price (US$)</source>
        <translation>Valor al final, precio de referencia (US$)</translation>
    </message>
    <message>
        <source>Average purchase price</source>
        <translation>Precio promedio de compra</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>{figure}, Monte Carlo {percentile}th percentile</source>
        <translation>{figure}, percentil {percentile} Monte Carlo</translation>
    </message>
    <message>
        <source>Spent ({currency})</source>
        <translation>Gastado ({currency})</translation>
    </message>
    <message>
        <source>Average purchase price ({currency})</source>
        <translation>Precio promedio de compra ({currency})</translation>
    </message>
    <message>
        <source>Power cost of mining ({currency})</source>
        <translation>Costo de la energía de la minería ({currency})</translation>
    </message>
    <message>
        <source>Power cost per BTC mined by policies with a power price ({currency})</source>
        <translation>Costo de energía por BTC minado por las políticas con precio de energía ({currency})</translation>
    </message>
    <message>
        <source>Value at the end, baseline price ({currency})</source>
        <translation>Valor al final, precio de referencia ({currency})</translation>
    </message>
    <message>
        <source>Value at the end ({currency})</source>
        <translation>Valor al final ({currency})</translation>
    </message>
    <message>
        <source>No rate</source>
        <translation>Sin tipo de cambio</translation>
    </message>
    <message>
        <source>Value at the end ({currency} millions)</source>
        <translation>Valor al final (millones de {currency})</translation>
    </message>
    <message>
        <source>Give the policy a power price to see its cost per bitcoin.</source>
        <translation>Asigne a la política un precio de energía para ver su costo por bitcoin.</translation>
    </message>
    <message>
        <source>Cost per BTC divides the power cost by the {priced} BTC mined by the policies with a power price (of {mined} BTC); in red where it exceeds the market price.</source>
        <translation>El costo por BTC divide el costo de energía entre los {priced} BTC minados por las políticas con precio de energía (de {mined} BTC); en rojo donde supera el precio de mercado.</translation>
    </message>
    <message>
        <source>Cost per BTC in red where it exceeds the market price.</source>
        <translation>Costo por BTC en rojo donde supera el precio de mercado.</translation>
    </message>
    <message>
        <source>No mining policy is switched on.</source>
        <translation>No hay ninguna política de minería activa.</translation>
    </message>
    <message>
        <source>Expected output: share of the blocks x (subsidy + fees).</source>
        <translation>Producción esperada: proporción de los bloques x (subsidio + comisiones).</translation>
    </message>
</context>
</TS>
