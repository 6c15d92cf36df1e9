<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>FundPositionView</name>
    <message>
        <source>No credit from the Fund in this workspace. Import the program&apos;s terms and purchases from a program file (JSON), or the IMF&apos;s &quot;Projected Payments to the IMF&quot; for the member (the tab-separated file its &quot;Financial Position in the Fund&quot; page offers), whose repurchases give the credit still outstanding from earlier arrangements.</source>
        <translation>No hay crédito del Fondo en este espacio de trabajo. Importe las condiciones y las compras del programa desde un archivo de programa (JSON), o los pagos proyectados al FMI del país miembro («Projected Payments to the IMF», el archivo separado por tabulaciones que ofrece su página «Financial Position in the Fund»), cuyas recompras dan el crédito aún pendiente de reembolso de acuerdos anteriores.</translation>
    </message>
    <message>
        <source>Fund credit outstanding by credit line: point at a day to read it</source>
        <translation>Crédito del FMI pendiente de reembolso por línea de crédito: señale un día para leerlo</translation>
    </message>
    <message>
        <source>As the IMF staff reports lay them out. Percents of exports, gross reserves and GDP use the latest macro inputs on or before each year&apos;s end (Reserve adequacy page); &apos;{no_input}&apos; where there is none.</source>
        <translation>Como los presentan los informes del personal técnico del FMI. Los porcentajes de las exportaciones, las reservas internacionales brutas y el PIB usan los datos macroeconómicos más recientes al cierre de cada año o antes (página Suficiencia de reservas); «{no_input}» donde no los hay.</translation>
    </message>
    <message>
        <source>No purchase has been disbursed, and no credit from earlier arrangements is known: tick Include planned purchases to see the credit the program plans.</source>
        <translation>No se ha desembolsado ninguna compra y no se conoce crédito de acuerdos anteriores: marque Incluir compras previstas para ver el crédito que prevé el programa.</translation>
    </message>
    <message>
        <source>No IMF projection imported. Import the &quot;Projected Payments to the IMF&quot; file from the member&apos;s &quot;Financial Position in the Fund&quot; page (imf.org) to compare this projection with the IMF&apos;s, by year and item.</source>
        <translation>No se ha importado ninguna proyección del FMI. Importe el archivo «Projected Payments to the IMF» de la página «Financial Position in the Fund» del país miembro (imf.org) para comparar esta proyección con la del FMI, por año y concepto.</translation>
    </message>
    <message>
        <source>GRA</source>
        <translation>CRG</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>FFRS</translation>
    </message>
    <message>
        <source>PRGT</source>
        <translation>FFCLP</translation>
    </message>
    <message>
        <source>SDR {amount} m</source>
        <translation>DEG {amount} millones</translation>
    </message>
    <message>
        <source>Include planned purchases</source>
        <translation>Incluir compras previstas</translation>
    </message>
    <message>
        <source>Off: only the credit actually drawn, and what is owed on it.</source>
        <translation>Sin marcar: solo el crédito efectivamente girado y lo que se adeuda por él.</translation>
    </message>
    <message>
        <source>% of quota</source>
        <translation>% de la cuota</translation>
    </message>
    <message>
        <source>SDR millions</source>
        <translation>millones de DEG</translation>
    </message>
    <message>
        <source>SDR m</source>
        <translation>mill. DEG</translation>
    </message>
    <message>
        <source>{code} bn</source>
        <extracomment>a column&apos;s unit, billions (thousands of millions) of a currency named by its code</extracomment>
        <translation>mil mill. {code}</translation>
    </message>
    <message>
        <source>{code} billions</source>
        <translation>miles de millones de {code}</translation>
    </message>
    <message>
        <source>{code} m</source>
        <extracomment>a column&apos;s unit, millions of a currency named by its code</extracomment>
        <translation>mill. {code}</translation>
    </message>
    <message>
        <source>{code} millions</source>
        <translation>millones de {code}</translation>
    </message>
    <message>
        <source>The sum of the year&apos;s payments, each converted at the rate of its own date:</source>
        <translation>La suma de los pagos del año, cada uno convertido al tipo de cambio de su propia fecha:</translation>
    </message>
    <message>
        <source>Credit in</source>
        <translation>Crédito en</translation>
    </message>
    <message>
        <source>Credit outstanding</source>
        <translation>Crédito pendiente</translation>
    </message>
    <message>
        <source>Obligations by year</source>
        <translation>Obligaciones por año</translation>
    </message>
    <message>
        <source>Indicators of Fund credit</source>
        <translation>Indicadores del crédito del FMI</translation>
    </message>
    <message>
        <source>IMF projection compared</source>
        <translation>Comparación con el FMI</translation>
    </message>
    <message>
        <source>Import IMF program (JSON)…</source>
        <translation>Importar programa con el FMI (JSON)…</translation>
    </message>
    <message>
        <source>Import IMF projected payments…</source>
        <translation>Importar pagos proyectados al FMI…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <source>Credit outstanding at each month end by credit line, with the quota and the threshold, as CSV</source>
        <translation>Crédito pendiente de reembolso al cierre de cada mes por línea de crédito, con la cuota y el umbral, en CSV</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>The chart as a picture</source>
        <translation>El gráfico como imagen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>From the year of the date shown.</source>
        <translation>Desde el año de la fecha mostrada.</translation>
    </message>
    <message>
        <source>Principal (SDR m)</source>
        <translation>Principal (mill. DEG)</translation>
    </message>
    <message>
        <source>Charges (SDR m)</source>
        <translation>Cargos (mill. DEG)</translation>
    </message>
    <message>
        <source>GRA charges and surcharges, RST and PRGT interest, service charges and commitment fees.</source>
        <translation>Cargos y sobretasas de la CRG, intereses del FFRS y del FFCLP, cargos por servicio y comisiones por compromiso de recursos.</translation>
    </message>
    <message>
        <source>Total (SDR m)</source>
        <translation>Total (mill. DEG)</translation>
    </message>
    <message>
        <source>Total (US$ m)</source>
        <translation>Total (mill. US$)</translation>
    </message>
    <message>
        <source>At the rate stated above the table (the latest approved arrangement&apos;s US$ per SDR).</source>
        <translation>Al tipo de cambio indicado sobre la tabla (los US$ por DEG del acuerdo aprobado más recientemente).</translation>
    </message>
    <message>
        <source>Obligations to the Fund by year, from the year of the date shown</source>
        <translation>Obligaciones frente al Fondo por año, desde el año de la fecha mostrada</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Charges and interest</source>
        <translation>Cargos e intereses</translation>
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
        <source>Computing the member&apos;s position in the Fund…</source>
        <translation>Calculando la posición del país miembro en el Fondo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot compute the position in the Fund:&lt;/b&gt; {problem}.</source>
        <translation>&lt;b&gt;No se puede calcular la posición en el Fondo:&lt;/b&gt; {problem}.</translation>
    </message>
    <message>
        <source>On {date}: credit outstanding &lt;b&gt;{total}&lt;/b&gt; ({windows}); GRA credit &lt;b&gt;{share}% of quota&lt;/b&gt; ({quota}). Peak GRA credit with the planned purchases: {peak}% on {peak_date}.</source>
        <translation>Al {date}: crédito pendiente de reembolso &lt;b&gt;{total}&lt;/b&gt; ({windows}); crédito de la CRG &lt;b&gt;{share}% de la cuota&lt;/b&gt; ({quota}). Máximo del crédito de la CRG con las compras previstas: {peak}% el {peak_date}.</translation>
    </message>
    <message>
        <source>On {date}: credit outstanding &lt;b&gt;{total}&lt;/b&gt; ({windows}); GRA credit &lt;b&gt;{share}% of quota&lt;/b&gt; ({quota}). Peak GRA credit on the credit drawn: {peak}% on {peak_date}.</source>
        <translation>Al {date}: crédito pendiente de reembolso &lt;b&gt;{total}&lt;/b&gt; ({windows}); crédito de la CRG &lt;b&gt;{share}% de la cuota&lt;/b&gt; ({quota}). Máximo del crédito de la CRG sobre el crédito girado: {peak}% el {peak_date}.</translation>
    </message>
    <message>
        <source> &lt;b&gt;No charges:&lt;/b&gt; {problem}.</source>
        <translation> &lt;b&gt;Sin cargos:&lt;/b&gt; {problem}.</translation>
    </message>
    <message>
        <source>Surcharge threshold</source>
        <translation>Umbral de las sobretasas</translation>
    </message>
    <message>
        <source>{share}% of quota</source>
        <translation>{share}% de la cuota</translation>
    </message>
    <message>
        <source>surcharge threshold {level} from {date}</source>
        <translation>umbral de las sobretasas {level} desde el {date}</translation>
    </message>
    <message>
        <source>surcharge threshold {level}</source>
        <translation>umbral de las sobretasas {level}</translation>
    </message>
    <message>
        <source>GRA peak {date}: {share}% of quota</source>
        <translation>máximo en la CRG {date}: {share}% de la cuota</translation>
    </message>
    <message>
        <source>GRA peak {date}: {amount}, {share}% of quota</source>
        <translation>máximo en la CRG {date}: {amount}, {share}% de la cuota</translation>
    </message>
    <message>
        <source>Level-surcharge threshold on total GRA credit: {threshold}.</source>
        <translation>Umbral de la sobretasa en función del nivel sobre el crédito total de la CRG: {threshold}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: total {total} · GRA {gra} = {share}% of quota (threshold {threshold}%)</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;: total {total} · CRG {gra} = {share}% de la cuota (umbral {threshold}%)</translation>
    </message>
    <message>
        <source>{day}, credit outstanding by line</source>
        <translation>{day}, crédito pendiente por línea</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Total ({unit})</source>
        <translation>Total ({unit})</translation>
    </message>
    <message>
        <source>Each payment converted at the rate of its own date, then added up by year (the cells&apos; tooltips give the rates).</source>
        <translation>Cada pago convertido al tipo de cambio de su propia fecha y luego sumado por año (la nota emergente de cada celda indica los tipos).</translation>
    </message>
    <message>
        <source>Cannot compute the charges: {problem}.</source>
        <translation>No se pueden calcular los cargos: {problem}.</translation>
    </message>
    <message>
        <source>US$ amounts at {rate}.</source>
        <translation>Montos en US$ a {rate}.</translation>
    </message>
    <message>
        <source>{code} amounts: each payment at the rate of its own date, through its US$ figure; after {date} under the stated assumption.</source>
        <translation>Montos en {code}: cada pago al tipo de cambio de su propia fecha, a partir de su cifra en US$; después del {date}, según el supuesto indicado.</translation>
    </message>
    <message>
        <source>Cannot compute the indicators: {problem}.</source>
        <translation>No se pueden calcular los indicadores: {problem}.</translation>
    </message>
    <message>
        <source>Years from {year} (the date shown).</source>
        <translation>Años desde {year} (la fecha mostrada).</translation>
    </message>
    <message>
        <source>The IMF&apos;s projected payments to the Fund as of {date} (imported), beside this projection, by year and item. A difference is this projection less the IMF&apos;s.</source>
        <translation>Los pagos proyectados al Fondo según el FMI al {date} (importados), junto a esta proyección, por año y concepto. La diferencia es esta proyección menos la del FMI.</translation>
    </message>
    <message>
        <source>Cannot compare with the IMF&apos;s projection: {problem}.</source>
        <translation>No se puede comparar con la proyección del FMI: {problem}.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Fund position</source>
        <translation>Exportar la posición en el Fondo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
</TS>
