<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>tables</name>
    <message>
        <source>{code} per US$</source>
        <translation>{code} por US$</translation>
    </message>
    <message>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro de movimientos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <source>To wallet</source>
        <translation>A billetera</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Quantity (BTC)</source>
        <translation>Cantidad (BTC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
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
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Billeteras</translation>
    </message>
    <message>
        <source>Bitcoin (BTC)</source>
        <translation>Bitcoin (BTC)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Cap (BTC)</source>
        <translation>Tope (BTC)</translation>
    </message>
    <message>
        <source>Over cap</source>
        <translation>Sobre el tope</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>IMF schedule</source>
        <translation>Calendario FMI</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Acuerdo</translation>
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
        <source>Service charge</source>
        <translation>Cargo por servicio</translation>
    </message>
    <message>
        <source>Commitment fee</source>
        <translation>Comisión por compromiso</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Credit outstanding</source>
        <translation>Crédito pendiente</translation>
    </message>
    <message>
        <source>Credit (share of quota)</source>
        <translation>Crédito (proporción de la cuota)</translation>
    </message>
    <message>
        <source>Charges for the quarter to</source>
        <translation>Cargos del trimestre al</translation>
    </message>
    <message>
        <source>IMF by year</source>
        <translation>FMI por año</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Charges and fees</source>
        <translation>Cargos y comisiones</translation>
    </message>
    <message>
        <source>IMF position</source>
        <translation>Posición en el FMI</translation>
    </message>
    <message>
        <source>GRA credit</source>
        <translation>Crédito CRG</translation>
    </message>
    <message>
        <source>RST credit</source>
        <translation>Crédito FFRS</translation>
    </message>
    <message>
        <source>Total credit</source>
        <translation>Crédito total</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>Fin de mes</translation>
    </message>
    <message>
        <source>Test dates</source>
        <translation>Fechas de evaluación</translation>
    </message>
    <message>
        <source>NIR floor</source>
        <translation>Piso de las RIN</translation>
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
        <source>Test date</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <source>Reserves as of</source>
        <translation>Reservas al</translation>
    </message>
    <message>
        <source>Stress runs</source>
        <translation>Ejecuciones de tensión</translation>
    </message>
    <message>
        <source>Reserve at start</source>
        <translation>Reserva al inicio</translation>
    </message>
    <message>
        <source>Median at horizon</source>
        <translation>Mediana al horizonte</translation>
    </message>
    <message>
        <source>5th percentile at horizon</source>
        <translation>Percentil 5 al horizonte</translation>
    </message>
    <message>
        <source>Worst NIR headroom</source>
        <translation>Menor margen sobre el piso de las RIN</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creada (UTC)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trayectorias</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Fecha de valoración</translation>
    </message>
    <message>
        <source>Horizon (days)</source>
        <translation>Horizonte (días)</translation>
    </message>
    <message>
        <source>Bitcoin held (BTC)</source>
        <translation>Bitcoin en tenencia (BTC)</translation>
    </message>
    <message>
        <source>Mean maximum drawdown</source>
        <translation>Caída máxima media</translation>
    </message>
    <message>
        <source>Worst headroom&apos;s test date</source>
        <translation>Fecha de evaluación del menor margen</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Comparación de ejecuciones</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <source>Bought to date (BTC)</source>
        <translation>Comprado a la fecha (BTC)</translation>
    </message>
    <message>
        <source>Mined to date (BTC)</source>
        <translation>Minado a la fecha (BTC)</translation>
    </message>
    <message>
        <source>Spent to date</source>
        <translation>Gastado a la fecha</translation>
    </message>
    <message>
        <source>Planner mining</source>
        <translation>Planificador minería</translation>
    </message>
    <message>
        <source>Bitcoin mined (BTC)</source>
        <translation>Bitcoin minado (BTC)</translation>
    </message>
    <message>
        <source>Share of blocks</source>
        <translation>Proporción de bloques</translation>
    </message>
    <message>
        <source>Energy (MWh)</source>
        <translation>Energía (MWh)</translation>
    </message>
    <message>
        <source>Power cost</source>
        <translation>Costo de la energía</translation>
    </message>
    <message>
        <source>Cost per BTC</source>
        <translation>Costo por BTC</translation>
    </message>
    <message>
        <source>Market price</source>
        <translation>Precio de mercado</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>{table}: {reason}</source>
        <translation>{table}: {reason}</translation>
    </message>
</context>
</TS>
