<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>words</name>
    <message>
        <source>Workspace settings</source>
        <translation>Configuración del espacio de trabajo</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>parámetro</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Billeteras</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>billetera</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro de movimientos</translation>
    </message>
    <message>
        <source>ledger entry</source>
        <translation>asiento</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>Reserves and macro inputs</source>
        <translation>Reservas y datos macroeconómicos</translation>
    </message>
    <message>
        <source>macro inputs of</source>
        <translation>datos macroeconómicos del</translation>
    </message>
    <message>
        <source>IMF arrangements</source>
        <translation>Acuerdos con el FMI</translation>
    </message>
    <message>
        <source>arrangement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <source>IMF purchases</source>
        <translation>Compras al FMI</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>compra</translation>
    </message>
    <message>
        <source>SDR rate assumptions</source>
        <translation>Supuestos de la tasa del DEG</translation>
    </message>
    <message>
        <source>SDR rate step</source>
        <translation>tramo de la tasa del DEG</translation>
    </message>
    <message>
        <source>IMF quota</source>
        <translation>Cuota en el FMI</translation>
    </message>
    <message>
        <source>quota from</source>
        <translation>cuota desde</translation>
    </message>
    <message>
        <source>SDR interest rates</source>
        <translation>Tasas de interés del DEG</translation>
    </message>
    <message>
        <source>SDR rate from</source>
        <translation>tasa del DEG desde</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>exchange rate of</source>
        <translation>tipo de cambio del</translation>
    </message>
    <message>
        <source>Member terms</source>
        <translation>Condiciones del país miembro</translation>
    </message>
    <message>
        <source>member terms</source>
        <translation>condiciones del país miembro</translation>
    </message>
    <message>
        <source>IMF projected payments</source>
        <translation>Pagos proyectados al FMI</translation>
    </message>
    <message>
        <source>projected payment</source>
        <translation>pago proyectado</translation>
    </message>
    <message>
        <source>NIR test dates</source>
        <translation>Fechas de evaluación de las RIN</translation>
    </message>
    <message>
        <source>test date</source>
        <translation>fecha de evaluación</translation>
    </message>
    <message>
        <source>Structural benchmarks</source>
        <translation>Referencias estructurales</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>referencia estructural</translation>
    </message>
    <message>
        <source>Stress scenarios</source>
        <translation>Escenarios de tensión</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <source>Stress runs</source>
        <translation>Ejecuciones de escenarios</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>Accumulation policies</source>
        <translation>Políticas de acumulación</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>política</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tope</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Sector público</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Billetera</translation>
    </message>
    <message>
        <source>To wallet</source>
        <translation>A la billetera</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Price per BTC</source>
        <translation>Precio por BTC</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
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
        <source>Exchange-rate regime</source>
        <translation>Régimen cambiario</translation>
    </message>
    <message>
        <source>GDP, 12 months</source>
        <translation>PIB, 12 meses</translation>
    </message>
    <message>
        <source>Short-term reserve liabilities</source>
        <translation>Pasivos de reserva de corto plazo</translation>
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
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>USD per SDR</source>
        <translation>USD por DEG</translation>
    </message>
    <message>
        <source>Charges policy</source>
        <translation>Política de cargos</translation>
    </message>
    <message>
        <source>Repayment installments</source>
        <translation>Pagos de reembolso</translation>
    </message>
    <message>
        <source>Months between repayments</source>
        <translation>Meses entre reembolsos</translation>
    </message>
    <message>
        <source>Months to the first repayment</source>
        <translation>Meses hasta el primer reembolso</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>SDR interest rate</source>
        <translation>Tasa de interés del DEG</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>RST pricing group</source>
        <translation>Grupo de precios del FFRS</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Units per US$</source>
        <translation>Unidades por US$</translation>
    </message>
    <message>
        <source>Local currency</source>
        <translation>Moneda local</translation>
    </message>
    <message>
        <source>Assumed yearly depreciation</source>
        <translation>Depreciación anual supuesta</translation>
    </message>
    <message>
        <source>SDR rate after the last step</source>
        <translation>Tasa del DEG después del último tramo</translation>
    </message>
    <message>
        <source>NIR floor</source>
        <translation>Piso de las RIN</translation>
    </message>
    <message>
        <source>Budget support baseline</source>
        <translation>Línea de base del apoyo presupuestario</translation>
    </message>
    <message>
        <source>Budget support actual US$</source>
        <translation>Apoyo presupuestario efectivo (US$)</translation>
    </message>
    <message>
        <source>Adjustor cap</source>
        <translation>Tope del factor de ajuste</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Predefinido</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trayectorias</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Time taken (s)</source>
        <translation>Tiempo empleado (s)</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Insumos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>SDR rate steps</source>
        <translation>Tramos de la tasa del DEG</translation>
    </message>
    <message>
        <source>Repayment (custom)</source>
        <translation>Reembolso (personalizado)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>non-accumulation of bitcoin</source>
        <translation>no acumulación de bitcoin</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplida</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>in force since 2024-11-01</source>
        <translation>vigente desde el 2024-11-01</translation>
    </message>
    <message>
        <source>before 2024-11-01</source>
        <translation>anterior al 2024-11-01</translation>
    </message>
    <message>
        <source>built-in scenario library</source>
        <translation>biblioteca de escenarios predefinidos</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>fría</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>caliente</translation>
    </message>
    <message>
        <source>multisig</source>
        <translation>multifirma</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>plataforma de intercambio</translation>
    </message>
    <message>
        <source>custodial</source>
        <translation>en custodia</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>venta</translation>
    </message>
    <message>
        <source>mining</source>
        <translation>minería</translation>
    </message>
    <message>
        <source>seizure</source>
        <translation>decomiso</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transferencia</translation>
    </message>
    <message>
        <source>donation</source>
        <translation>donación</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>comisión</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>desembolsada</translation>
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
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
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
        <source>historical</source>
        <translation>histórico</translation>
    </message>
    <message>
        <source>shock</source>
        <translation>choque</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>lump</source>
        <translation>compras puntuales</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>created at</source>
        <translation>fecha de creación</translation>
    </message>
    <message>
        <source>created with</source>
        <translation>creado con</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>ejemplo</translation>
    </message>
    <message>
        <source>valuation date</source>
        <translation>fecha de valoración</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espacio de trabajo</translation>
    </message>
    <message>
        <source>stored with the run (Export CSV gives them in full)</source>
        <translation>guardados con la ejecución (Exportar CSV los da completos)</translation>
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
        <source>SDR {amount} m</source>
        <translation>DEG {amount} millones</translation>
    </message>
    <message>
        <source>US${amount} m</source>
        <translation>US${amount} mill.</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} meses</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
</context>
</TS>
