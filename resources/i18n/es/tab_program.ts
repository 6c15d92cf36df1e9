<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ProgramTab</name>
    <message>
        <source>Charges policy before 2016-02-17: SDR rate + 100 bp; level surcharge 200 bp above 300% of the quotas before the 14th General Review; time surcharge 100 bp (IMF Decision No. 12346-(00/117)).</source>
        <translation>Política de cargos anterior al 2016-02-17: tasa del DEG + 100 pb; sobretasa en función del nivel de 200 pb por encima del 300% de las cuotas previas a la Decimocuarta Revisión General; sobretasa en función del plazo de 100 pb (Decisión del FMI No. 12346-(00/117)).</translation>
    </message>
    <message>
        <source>Charges policy from 2016-02-17 to 2024-10-31: SDR rate + 100 bp; level surcharge 200 bp above 187.5% of quota; time surcharge 100 bp; commitment-fee thresholds 115% and 575% of quota (IMF, Frequently Asked Questions on the Fund&apos;s Charges and the Surcharge Policy, 2024-10-11).</source>
        <translation>Política de cargos del 2016-02-17 al 2024-10-31: tasa del DEG + 100 pb; sobretasa en función del nivel de 200 pb por encima del 187.5% de la cuota; sobretasa en función del plazo de 100 pb; umbrales de la comisión por compromiso de recursos del 115% y el 575% de la cuota (FMI, Frequently Asked Questions on the Fund&apos;s Charges and the Surcharge Policy, 2024-10-11).</translation>
    </message>
    <message>
        <source>Charges policy in force since 2024-11-01: SDR rate + 60 bp; level surcharge 200 bp above 300% of quota; time surcharge 75 bp after 51 months (EFF) / 36 months (SBA, RFI); service charge 50 bp; commitment fee 15/30/60 bp (IMF review of charges and the surcharge policy, Board decision of 11 Oct 2024).</source>
        <translation>Política de cargos vigente desde el 2024-11-01: tasa del DEG + 60 pb; sobretasa en función del nivel de 200 pb por encima del 300% de la cuota; sobretasa en función del plazo de 75 pb después de 51 meses (SAF) / 36 meses (Acuerdo Stand-By, IFR); cargo por servicio de 50 pb; comisión por compromiso de recursos de 15/30/60 pb (revisión de los cargos y de la política de sobretasas del FMI, decisión del Directorio del 11 de octubre de 2024).</translation>
    </message>
    <message>
        <source>Gross reserves</source>
        <translation>Reservas internacionales brutas</translation>
    </message>
    <message>
        <source>Short-term external debt</source>
        <translation>Deuda externa de corto plazo</translation>
    </message>
    <message>
        <source>Other liabilities</source>
        <translation>Otros pasivos</translation>
    </message>
    <message>
        <source>Broad money</source>
        <translation>Dinero en sentido amplio</translation>
    </message>
    <message>
        <source>Exports, 12 months</source>
        <translation>Exportaciones, 12 meses</translation>
    </message>
    <message>
        <source>Imports, 12 months</source>
        <translation>Importaciones, 12 meses</translation>
    </message>
    <message>
        <source>Remittances, 12 months</source>
        <translation>Remesas, 12 meses</translation>
    </message>
    <message>
        <source>GDP, 12 months</source>
        <translation>PIB, 12 meses</translation>
    </message>
    <message>
        <source>Reserve liabilities</source>
        <translation>Pasivos de reserva</translation>
    </message>
    <message>
        <source>Exchange-rate regime</source>
        <translation>Régimen cambiario</translation>
    </message>
    <message>
        <source>NIR floor</source>
        <translation>Piso RIN</translation>
    </message>
    <message>
        <source>Adjusted floor</source>
        <translation>Piso ajustado</translation>
    </message>
    <message>
        <source>Projected NIR</source>
        <translation>RIN proyectadas</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Gross reserves ({unit})</source>
        <translation>Reservas brutas ({unit})</translation>
    </message>
    <message>
        <source>Imports, 12 m ({unit})</source>
        <translation>Importaciones, 12 meses ({unit})</translation>
    </message>
    <message>
        <source>Exports, 12 m ({unit})</source>
        <translation>Exportaciones, 12 meses ({unit})</translation>
    </message>
    <message>
        <source>Remittances, 12 m ({unit})</source>
        <translation>Remesas, 12 meses ({unit})</translation>
    </message>
    <message>
        <source>Short-term debt ({unit})</source>
        <translation>Deuda de corto plazo ({unit})</translation>
    </message>
    <message>
        <source>Other liabilities ({unit})</source>
        <translation>Otros pasivos ({unit})</translation>
    </message>
    <message>
        <source>Broad money ({unit})</source>
        <translation>Dinero en sentido amplio ({unit})</translation>
    </message>
    <message>
        <source>Reserve liabilities ({unit})</source>
        <translation>Pasivos de reserva ({unit})</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>Sobretasas</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>a purchase from the IMF not yet made (feminine: la compra)</extracomment>
        <translation>prevista</translation>
    </message>
    <message>
        <source>disbursed</source>
        <extracomment>a purchase from the IMF already made (feminine: la compra)</extracomment>
        <translation>desembolsada</translation>
    </message>
    <message>
        <source>purchase</source>
        <extracomment>a ledger entry that adds bitcoin to public wallets (a non-accumulation breach)</extracomment>
        <translation>compra</translation>
    </message>
    <message>
        <source>mining</source>
        <extracomment>a ledger entry that adds bitcoin to public wallets (a non-accumulation breach)</extracomment>
        <translation>minería</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a structural benchmark&apos;s status (feminine: la referencia estructural)</extracomment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>a structural benchmark&apos;s status (feminine: la referencia estructural)</extracomment>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>not met</source>
        <extracomment>a structural benchmark&apos;s status (feminine: la referencia estructural)</extracomment>
        <translation>no cumplida</translation>
    </message>
    <message>
        <source>ongoing</source>
        <extracomment>a structural benchmark&apos;s status (feminine: la referencia estructural)</extracomment>
        <translation>en curso</translation>
    </message>
    <message>
        <source>overdue</source>
        <extracomment>a structural benchmark past its due date (feminine: la referencia estructural)</extracomment>
        <translation>vencida</translation>
    </message>
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
        <source>below</source>
        <extracomment>reserves against the IMF&apos;s ARA metric: under 100% (the same words as the PDF summary)</extracomment>
        <translation>por debajo</translation>
    </message>
    <message>
        <source>adequate</source>
        <extracomment>reserves against the IMF&apos;s ARA metric: 100-150%</extracomment>
        <translation>adecuado</translation>
    </message>
    <message>
        <source>above</source>
        <extracomment>reserves against the IMF&apos;s ARA metric: over 150%</extracomment>
        <translation>por encima</translation>
    </message>
    <message>
        <source>RST group {group}</source>
        <translation>Grupo {group} del FFRS</translation>
    </message>
    <message>
        <source>{window} terms</source>
        <translation>condiciones del {window}</translation>
    </message>
    <message>
        <source>by date</source>
        <extracomment>the IMF&apos;s charges policy in force on each day</extracomment>
        <translation>según la fecha</translation>
    </message>
    <message>
        <source>No RST group set: group C assumed.</source>
        <translation>Sin grupo del FFRS definido: se supone el grupo C.</translation>
    </message>
    <message>
        <source>{facility} credit is priced by the {window}&apos;s own terms, not the GRA charges policy.</source>
        <translation>El costo del crédito del {facility} lo fijan las condiciones propias del {window}, no la política de cargos de la CRG.</translation>
    </message>
    <message>
        <source>Pinned for this arrangement&apos;s margin and fees: {policy} Surcharges are the member&apos;s, on its total GRA credit.</source>
        <translation>Fijada para el margen y las comisiones de este acuerdo: {policy} Las sobretasas son las del país miembro, sobre su crédito total de la CRG.</translation>
    </message>
    <message>
        <source>By date: each day&apos;s charges follow the IMF&apos;s policy then in force.</source>
        <translation>Según la fecha: los cargos de cada día siguen la política del FMI vigente ese día.</translation>
    </message>
    <message>
        <source>Priced by the RST&apos;s terms for group {group} (Member terms…).</source>
        <translation>Costo según las condiciones del FFRS para el grupo {group} (Condiciones del país miembro…).</translation>
    </message>
    <message>
        <source>Priced by the RST&apos;s terms for group C (assumed: none set) (Member terms…).</source>
        <translation>Costo según las condiciones del FFRS para el grupo C (supuesto: no hay uno definido) (Condiciones del país miembro…).</translation>
    </message>
    <message>
        <source>{policy} Pinned for its margin and fees.</source>
        <translation>{policy} Fijada para su margen y sus comisiones.</translation>
    </message>
    <message>
        <source>Charges: the IMF&apos;s policy in force on each day (it changed on 2024-11-01; the Charges policy column&apos;s tooltip gives both).</source>
        <translation>Cargos: la política del FMI vigente en cada día (cambió el 2024-11-01; la nota emergente de la columna Política de cargos muestra ambas).</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Charges and surcharges accrue daily over each IMF quarter (to 31 Jan, 30 Apr, 31 Jul, 31 Oct) and fall due on the fourth business day after it ends (IMF Rules and Regulations, Rule I-2).</source>
        <translation>Los cargos y las sobretasas se devengan a diario durante cada trimestre del FMI (al 31 de enero, 30 de abril, 31 de julio y 31 de octubre) y vencen el cuarto día hábil después de su cierre (Reglamento del FMI, Regla I-2).</translation>
    </message>
    <message>
        <source>For the IMF quarter ending {date}</source>
        <translation>Por el trimestre del FMI que cierra el {date}</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Finaliza</translation>
    </message>
    <message>
        <source>Access (SDR m)</source>
        <translation>Acceso (mill. DEG)</translation>
    </message>
    <message>
        <source>Quota (SDR m)</source>
        <translation>Cuota (mill. DEG)</translation>
    </message>
    <message>
        <source>The member&apos;s quota on the approval date (Member terms…: one quota history for every arrangement).</source>
        <translation>La cuota del país miembro en la fecha de aprobación (Condiciones del país miembro…: un historial de cuotas para todos los acuerdos).</translation>
    </message>
    <message>
        <source>Access % quota</source>
        <translation>Acceso % cuota</translation>
    </message>
    <message>
        <source>Disbursed (SDR m)</source>
        <translation>Girado (mill. DEG)</translation>
    </message>
    <message>
        <source>Purchases with status &apos;disbursed&apos; on or before the chosen date.</source>
        <translation>Compras en estado «desembolsada» a la fecha elegida o antes.</translation>
    </message>
    <message>
        <source>Disbursed % quota</source>
        <translation>Girado % cuota</translation>
    </message>
    <message>
        <source>Undrawn (SDR m)</source>
        <translation>No girado (mill. DEG)</translation>
    </message>
    <message>
        <source>Ended on {date}: {amount} of access was never drawn and lapsed with it.</source>
        <translation>Venció el {date}: {amount} del acceso nunca se giraron y caducaron con él.</translation>
    </message>
    <message>
        <source>USD per SDR</source>
        <translation>US$ por DEG</translation>
    </message>
    <message>
        <source>Charges policy</source>
        <translation>Política de cargos</translation>
    </message>
    <message>
        <source>Arrangements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Edit terms…</source>
        <translation>Editar condiciones…</translation>
    </message>
    <message>
        <source>Member terms…</source>
        <translation>Condiciones del país miembro…</translation>
    </message>
    <message>
        <source>The member&apos;s quota history, the SDR interest-rate path every arrangement uses and the RST pricing group; Edit &gt; Undo reverses each change.</source>
        <translation>El historial de la cuota del país miembro, la trayectoria de la tasa de interés del DEG que usan todos los acuerdos y el grupo de precios del FFRS; Editar &gt; Deshacer revierte cada cambio.</translation>
    </message>
    <message>
        <source>Purchases and test dates</source>
        <translation>Compras y fechas de evaluación</translation>
    </message>
    <message>
        <source>Repayments and charges</source>
        <translation>Reembolsos y cargos</translation>
    </message>
    <message>
        <source>Fund position</source>
        <translation>Posición en el Fondo</translation>
    </message>
    <message>
        <source>Credit vs quota</source>
        <translation>Crédito frente a cuota</translation>
    </message>
    <message>
        <source>Non-accumulation</source>
        <translation>No acumulación</translation>
    </message>
    <message>
        <source>Reserve adequacy</source>
        <translation>Suficiencia de reservas</translation>
    </message>
    <message>
        <source>This workspace has no IMF arrangement yet. Import the program&apos;s terms, purchases, test dates and benchmarks from a program file (JSON), and the reserves and macro data the adequacy measures and the NIR test dates use (CSV). The IMF&apos;s &quot;Projected Payments to the IMF&quot; for the member (TSV, from its &quot;Financial Position in the Fund&quot; page) gives the credit still outstanding from earlier arrangements.</source>
        <translation>Este espacio de trabajo aún no tiene ningún acuerdo con el FMI. Importe las condiciones, compras, fechas de evaluación y referencias estructurales del programa desde un archivo de programa (JSON), y los datos de reservas y macroeconómicos que usan las medidas de suficiencia y las fechas de evaluación de las RIN (CSV). Los pagos proyectados al FMI del país miembro («Projected Payments to the IMF», TSV, de su página «Financial Position in the Fund») dan el crédito aún pendiente de reembolso de acuerdos anteriores.</translation>
    </message>
    <message>
        <source>Import IMF program (JSON)…</source>
        <translation>Importar programa con el FMI (JSON)…</translation>
    </message>
    <message>
        <source>Import macro data (CSV)…</source>
        <translation>Importar datos macroeconómicos (CSV)…</translation>
    </message>
    <message>
        <source>Import IMF projected payments (TSV)…</source>
        <translation>Importar pagos proyectados al FMI (TSV)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount (SDR m)</source>
        <translation>Monto (mill. DEG)</translation>
    </message>
    <message>
        <source>Amount (US$ m)</source>
        <translation>Monto (mill. US$)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source or note</source>
        <translation>Fuente o nota</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>SDR rate</source>
        <translation>Tasa del DEG</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>NIR floor (US$ m)</source>
        <translation>Piso RIN (mill. US$)</translation>
    </message>
    <message>
        <source>Adjusted floor (US$ m)</source>
        <translation>Piso ajustado (mill. US$)</translation>
    </message>
    <message>
        <source>Down by a shortfall of budget support below its baseline (up to the cap), up by an excess; unchanged while realised support is not entered.</source>
        <translation>Baja por un faltante del apoyo presupuestario respecto de su escenario base (hasta el tope) y sube por un excedente; no cambia mientras no se ingrese el apoyo efectivo.</translation>
    </message>
    <message>
        <source>Projected NIR (US$ m)</source>
        <translation>RIN proyectadas (mill. US$)</translation>
    </message>
    <message>
        <source>Gross reserves - IMF credit outstanding, projected from the last reserve observation on or before the toolbar&apos;s date by the schedule&apos;s flows (Help &gt; Methodology).</source>
        <translation>Reservas internacionales brutas - crédito del FMI pendiente de reembolso, proyectadas desde la última observación de reservas a la fecha de la barra de herramientas o antes con los flujos del calendario (Ayuda &gt; Metodología).</translation>
    </message>
    <message>
        <source>Headroom (US$ m)</source>
        <translation>Margen (mill. US$)</translation>
    </message>
    <message>
        <source>Reserves as of</source>
        <translation>Reservas al</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Due {due}, still {status} on {date}: past its due date.</source>
        <translation>Vence el {due}, aún {status} al {date}: pasó su fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Rescale planned to access</source>
        <translation>Reescalar las previstas al acceso</translation>
    </message>
    <message>
        <source>Change the planned (not yet disbursed) purchases in the same proportions so that all purchases add up to access. Edit &gt; Undo reverses it.</source>
        <translation>Cambia las compras previstas (aún no desembolsadas) en las mismas proporciones para que todas las compras sumen el acceso. Editar &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Purchases (planned and disbursed)</source>
        <translation>Compras (previstas y desembolsadas)</translation>
    </message>
    <message>
        <source>Test dates and NIR floors</source>
        <translation>Fechas de evaluación y pisos de las RIN</translation>
    </message>
    <message>
        <source>Structural benchmarks</source>
        <translation>Referencias estructurales</translation>
    </message>
    <message>
        <source>SDR interest rate (one path, every arrangement)</source>
        <translation>Tasa de interés del DEG (una trayectoria, todos los acuerdos)</translation>
    </message>
    <message>
        <source>Include planned purchases</source>
        <translation>Incluir compras previstas</translation>
    </message>
    <message>
        <source>Off: only what is owed on the credit actually drawn.</source>
        <translation>Sin marcar: solo lo que se adeuda por el crédito efectivamente girado.</translation>
    </message>
    <message>
        <source>SDR millions</source>
        <translation>millones de DEG</translation>
    </message>
    <message>
        <source>US$ millions</source>
        <translation>millones de US$</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>Cargo por servicio</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>Comisión por compromiso</translation>
    </message>
    <message>
        <source>Charged at the start of each 12-month period; negative entries are refunds as purchases are drawn.</source>
        <translation>Se cobra al inicio de cada período de 12 meses; los montos negativos son devoluciones a medida que se giran las compras.</translation>
    </message>
    <message>
        <source>Credit outstanding (SDR m)</source>
        <translation>Crédito pendiente (mill. DEG)</translation>
    </message>
    <message>
        <source>% of quota</source>
        <translation>% de la cuota</translation>
    </message>
    <message>
        <source>Payments to the IMF by year</source>
        <translation>Pagos al FMI por año</translation>
    </message>
    <message>
        <source>Amounts in</source>
        <translation>Montos en</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>By payment date</source>
        <translation>Por fecha de pago</translation>
    </message>
    <message>
        <source>IMF credit outstanding</source>
        <translation>Crédito del FMI pendiente de reembolso</translation>
    </message>
    <message>
        <source>Credit outstanding</source>
        <translation>Crédito pendiente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Billetera</translation>
    </message>
    <message>
        <source>Reclassify selected row…</source>
        <translation>Reclasificar la fila seleccionada…</translation>
    </message>
    <message>
        <source> % haircut</source>
        <translation> % de descuento</translation>
    </message>
    <message>
        <source>Illustrative: no published haircut exists for bitcoin; set your own.</source>
        <translation>Ilustrativo: no existe un descuento (haircut) publicado para el bitcoin; fije el suyo.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Without bitcoin (IMF definition)</source>
        <translation>Sin bitcoin (definición del FMI)</translation>
    </message>
    <message>
        <source>With bitcoin at the haircut (illustration)</source>
        <translation>Con bitcoin al descuento (ilustración)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Gross reserves (US$ m)</source>
        <translation>Reservas brutas (mill. US$)</translation>
    </message>
    <message>
        <source>Imports, 12 m (US$ m)</source>
        <translation>Importaciones, 12 meses (mill. US$)</translation>
    </message>
    <message>
        <source>Exports, 12 m (US$ m)</source>
        <translation>Exportaciones, 12 meses (mill. US$)</translation>
    </message>
    <message>
        <source>Remittances, 12 m (US$ m)</source>
        <translation>Remesas, 12 meses (mill. US$)</translation>
    </message>
    <message>
        <source>Short-term debt (US$ m)</source>
        <translation>Deuda de corto plazo (mill. US$)</translation>
    </message>
    <message>
        <source>Other liabilities (US$ m)</source>
        <translation>Otros pasivos (mill. US$)</translation>
    </message>
    <message>
        <source>Broad money (US$ m)</source>
        <translation>Dinero en sentido amplio (mill. US$)</translation>
    </message>
    <message>
        <source>Reserve liabilities (US$ m)</source>
        <translation>Pasivos de reserva (mill. US$)</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>Source and note</source>
        <translation>Fuente y nota</translation>
    </message>
    <message>
        <source>Gross reserves, short-term debt at remaining maturity, other portfolio liabilities, broad money and 12-month trade flows by date (File &gt; Import)</source>
        <translation>Reservas internacionales brutas, deuda de corto plazo a plazo residual, otros pasivos de cartera, dinero en sentido amplio y flujos comerciales de 12 meses por fecha (Archivo &gt; Importar)</translation>
    </message>
    <message>
        <source>Inputs used</source>
        <translation>Datos usados</translation>
    </message>
    <message>
        <source>Reserves and macro inputs (stocks at the date; flows over the trailing 12 months)</source>
        <translation>Reservas y datos macroeconómicos (saldos a la fecha; flujos de los 12 meses anteriores)</translation>
    </message>
    <message>
        <source>Amount ({unit})</source>
        <translation>Monto ({unit})</translation>
    </message>
    <message>
        <source>Test dates and NIR floors ({unit})</source>
        <translation>Fechas de evaluación y pisos de las RIN ({unit})</translation>
    </message>
    <message>
        <source>No SDR interest rate: add one in Member terms…, or import the IMF&apos;s weekly rates (File &gt; Import).</source>
        <translation>No hay tasa de interés del DEG: agregue una en Condiciones del país miembro… o importe las tasas semanales del FMI (Archivo &gt; Importar).</translation>
    </message>
    <message>
        <source>After {date}: held flat at {rate} (Member terms… to change).</source>
        <translation>Después del {date}: constante en {rate} (Condiciones del país miembro… para cambiarla).</translation>
    </message>
    <message>
        <source>After {date}: {rate}, your assumption (Member terms…).</source>
        <translation>Después del {date}: {rate}, su supuesto (Condiciones del país miembro…).</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {facility}, {months} from {start} to {end}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {facility}, {months} del {start} al {end}</translation>
    </message>
    <message>
        <source>; access {access} = {share} of quota</source>
        <translation>; acceso {access} = {share} de la cuota</translation>
    </message>
    <message>
        <source>; access {access} (no quota yet: Member terms…)</source>
        <translation>; acceso {access} (aún sin cuota: Condiciones del país miembro…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot compute the schedule:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;No se puede calcular el calendario:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>surcharge threshold {share}%</source>
        <translation>umbral de las sobretasas {share}%</translation>
    </message>
    <message>
        <source>Peak {peak}% of quota with the planned purchases; on {date} level surcharges apply to the member&apos;s total GRA credit above {threshold}% of quota ({amount}; Fund position shows it).</source>
        <translation>Máximo de {peak}% de la cuota con las compras previstas; al {date} las sobretasas en función del nivel se aplican al crédito total de la CRG del país miembro por encima del {threshold}% de la cuota ({amount}; Posición en el Fondo lo muestra).</translation>
    </message>
    <message>
        <source>Peak {peak}% of quota on disbursed credit; on {date} level surcharges apply to the member&apos;s total GRA credit above {threshold}% of quota ({amount}; Fund position shows it).</source>
        <translation>Máximo de {peak}% de la cuota sobre el crédito desembolsado; al {date} las sobretasas en función del nivel se aplican al crédito total de la CRG del país miembro por encima del {threshold}% de la cuota ({amount}; Posición en el Fondo lo muestra).</translation>
    </message>
    <message>
        <source>SDR {amount} m</source>
        <translation>DEG {amount} millones</translation>
    </message>
    <message>
        <source>Purchases add up to {total} (planned {planned}) of access {access}</source>
        <translation>Las compras suman {total} (previstas {planned}) de un acceso de {access}</translation>
    </message>
    <message>
        <source>: {gap} of access is in no purchase.</source>
        <translation>: {gap} del acceso no están en ninguna compra.</translation>
    </message>
    <message>
        <source>: {gap} more than access.</source>
        <translation>: {gap} más que el acceso.</translation>
    </message>
    <message>
        <source>No IMF arrangement in this workspace: import a program first (File &gt; Import).</source>
        <translation>No hay ningún acuerdo con el FMI en este espacio de trabajo: importe primero un programa (Archivo &gt; Importar).</translation>
    </message>
    <message>
        <source>Change the selected arrangement&apos;s terms; Edit &gt; Undo reverses it.</source>
        <translation>Cambia las condiciones del acuerdo seleccionado; Editar &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Select a purchase first.</source>
        <translation>Seleccione primero una compra.</translation>
    </message>
    <message>
        <source>No non-accumulation benchmark in this workspace&apos;s arrangements.</source>
        <translation>Ningún acuerdo de este espacio de trabajo tiene una referencia de no acumulación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{arrangement}&lt;/b&gt;, from {start}: {count} purchase or mining entry into public wallets, {btc} BTC, up to {date}.</source>
        <translation>&lt;b&gt;{arrangement}&lt;/b&gt;, desde el {start}: {count} asiento de compra o de minería hacia billeteras públicas, {btc} BTC, hasta el {date}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{arrangement}&lt;/b&gt;, from {start}: {count} purchases or mining entries into public wallets, {btc} BTC, up to {date}.</source>
        <translation>&lt;b&gt;{arrangement}&lt;/b&gt;, desde el {start}: {count} asientos de compra o de minería hacia billeteras públicas, {btc} BTC, hasta el {date}.</translation>
    </message>
    <message>
        <source>Seizures, donations and transfers between own wallets are not accumulation (the program&apos;s Technical Memorandum of Understanding). Reclassify a row that the ledger records wrongly.</source>
        <translation>Los decomisos, las donaciones y las transferencias entre billeteras propias no son acumulación (Memorando Técnico de Entendimiento del programa). Reclasifique una fila que el libro de movimientos registre mal.</translation>
    </message>
    <message>
        <source>ARA EM metric</source>
        <translation>Métrica ARA (mercados emergentes)</translation>
    </message>
    <message>
        <source>{regime} regime</source>
        <translation>régimen {regime}</translation>
    </message>
    <message>
        <source>Reserves / ARA metric</source>
        <translation>Reservas / métrica ARA</translation>
    </message>
    <message>
        <source>adequate at {low}-{high}%</source>
        <translation>adecuada entre {low} y {high}%</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Months of imports</source>
        <translation>Meses de importaciones</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} meses</translation>
    </message>
    <message>
        <source>On {date}. Bitcoin is not a reserve asset (BPM7): the right-hand column adds {added}, the bitcoin&apos;s {value} less a {haircut}% haircut, as an illustration only.</source>
        <translation>Al {date}. El bitcoin no es un activo de reserva (MBP7): la columna de la derecha suma {added}, los {value} del bitcoin menos un descuento del {haircut}%, solo como ilustración.</translation>
    </message>
    <message>
        <source>On {date}. Bitcoin is not a reserve asset (BPM7): the workspace holds no bitcoin on this date, so the right-hand column adds nothing.</source>
        <translation>Al {date}. El bitcoin no es un activo de reserva (MBP7): el espacio de trabajo no tiene bitcoin en esta fecha, así que la columna de la derecha no suma nada.</translation>
    </message>
    <message>
        <source>Amounts in {code}: {rate}.</source>
        <translation>Montos en {code}: {rate}.</translation>
    </message>
    <message>
        <source>Missing inputs: {inputs} — enter them to compute every measure.</source>
        <translation>Faltan datos: {inputs}; ingréselos para calcular todas las medidas.</translation>
    </message>
    <message>
        <source>This workspace has no IMF arrangement yet. Import the program first: File &gt; Import &gt; IMF program (JSON), or the button on this tab.</source>
        <translation>Este espacio de trabajo aún no tiene ningún acuerdo con el FMI. Importe primero el programa: Archivo &gt; Importar &gt; Programa con el FMI (JSON), o con el botón de esta pestaña.</translation>
    </message>
    <message>
        <source>Edit arrangement terms</source>
        <translation>Editar las condiciones del acuerdo</translation>
    </message>
    <message>
        <source>Purchases differ from access</source>
        <translation>Las compras difieren del acceso</translation>
    </message>
    <message>
        <source>Rescale the planned purchases, in the same proportions, so that all purchases add up to the new access? Disbursed purchases are not changed; Edit &gt; Undo reverses it.</source>
        <translation>¿Reescalar las compras previstas, en las mismas proporciones, para que todas las compras sumen el nuevo acceso? Las compras desembolsadas no cambian; Editar &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Cannot rescale</source>
        <translation>No se puede reescalar</translation>
    </message>
    <message>
        <source>Rescale 1 planned purchase of {arrangement} to access</source>
        <translation>Reescalar 1 compra prevista de {arrangement} al acceso</translation>
    </message>
    <message>
        <source>Rescale {count} planned purchases of {arrangement} to access</source>
        <translation>Reescalar {count} compras previstas de {arrangement} al acceso</translation>
    </message>
    <message>
        <source>Add IMF purchase</source>
        <translation>Agregar compra al FMI</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Cambio rechazado</translation>
    </message>
    <message>
        <source>Reclassify</source>
        <translation>Reclasificar</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Seleccione primero una fila.</translation>
    </message>
</context>
</TS>
