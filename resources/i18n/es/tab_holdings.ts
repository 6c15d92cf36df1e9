<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>HoldingsTab</name>
    <message>
        <source>average cost</source>
        <extracomment>a cost-basis method: one consolidated pool at its average cost</extracomment>
        <translation>costo promedio</translation>
    </message>
    <message>
        <source>Total BTC</source>
        <translation>Total de BTC</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>the market value of the bitcoin held</extracomment>
        <translation>Valor de mercado</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>Costo de adquisición</translation>
    </message>
    <message>
        <source>Unrealised P&amp;L</source>
        <translation>Resultado no realizado (P&amp;L)</translation>
    </message>
    <message>
        <source>Price used</source>
        <translation>Precio utilizado</translation>
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
        <source>Value (USD)</source>
        <translation>Valor (USD)</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>a wallet&apos;s share of the reserve&apos;s bitcoin</extracomment>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Cap (BTC)</source>
        <translation>Tope (BTC)</translation>
    </message>
    <message>
        <source>Optional per-wallet limit; a balance above it is shown in red.</source>
        <translation>Tope opcional por billetera; un saldo por encima de él se muestra en rojo.</translation>
    </message>
    <message>
        <source>Add wallet…</source>
        <translation>Agregar billetera…</translation>
    </message>
    <message>
        <source>Edit or archive…</source>
        <translation>Editar o archivar…</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Costo promedio</translation>
    </message>
    <message>
        <source>How the cost basis and realised P&amp;L are computed (Help &gt; Methodology)</source>
        <translation>Cómo se calculan el costo de adquisición y el resultado realizado (P&amp;L) (Ayuda &gt; Metodología)</translation>
    </message>
    <message>
        <source>Cost basis:</source>
        <translation>Costo de adquisición:</translation>
    </message>
    <message>
        <source>Wallets on the chosen date</source>
        <translation>Billeteras en la fecha elegida</translation>
    </message>
    <message>
        <source>BTC stock</source>
        <translation>Saldo en BTC</translation>
    </message>
    <message>
        <source>Value and cost basis</source>
        <translation>Valor y costo de adquisición</translation>
    </message>
    <message>
        <source>US$ millions</source>
        <translation>millones de US$</translation>
    </message>
    <message>
        <source>Value at the day&apos;s price</source>
        <translation>Valor al precio del día</translation>
    </message>
    <message>
        <source>Value: stock x the last BTC close on or before each day. Cost basis: the chosen method.</source>
        <translation>Valor: saldo × el último cierre del BTC en cada día o antes. Costo de adquisición: el método elegido.</translation>
    </message>
    <message>
        <source>Point at a chart to read the values of a day.</source>
        <translation>Señale un gráfico para leer los valores de un día.</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <source>The daily series behind the charts, as CSV</source>
        <translation>Las series diarias de los gráficos, en CSV</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>Both charts as a picture</source>
        <translation>Ambos gráficos como imagen</translation>
    </message>
    <message>
        <source>The ledger is empty: no bitcoin is recorded in this workspace, so there is no stock or value to chart. Add a transaction or import a ledger below.</source>
        <translation>El libro de movimientos está vacío: no hay bitcoin registrado en este espacio de trabajo, así que no hay saldo ni valor que graficar. Agregue una transacción o importe un libro de movimientos abajo.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>from: any</source>
        <extracomment>the ledger&apos;s date filters with no limit set</extracomment>
        <translation>desde: cualquiera</translation>
    </message>
    <message>
        <source>to: any</source>
        <translation>hasta: cualquiera</translation>
    </message>
    <message>
        <source>Filter: any text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro de movimientos</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Add a ledger row</source>
        <translation>Agregar una fila al libro de movimientos</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>Editar la fila seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected row (Edit &gt; Undo brings it back)</source>
        <translation>Eliminar la fila seleccionada (Editar &gt; Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Close (USD)</source>
        <extracomment>a day&apos;s closing price of bitcoin</extracomment>
        <translation>Cierre (USD)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Import prices…</source>
        <translation>Importar precios…</translation>
    </message>
    <message>
        <source>Export prices…</source>
        <translation>Exportar precios…</translation>
    </message>
    <message>
        <source>BTC price history</source>
        <translation>Historial de precios del BTC</translation>
    </message>
    <message>
        <source>Wallets and ledger</source>
        <translation>Billeteras y libro de movimientos</translation>
    </message>
    <message>
        <source>Custody: addresses and chain</source>
        <translation>Custodia: direcciones y cadena</translation>
    </message>
    <message>
        <source>All wallets</source>
        <translation>Todas las billeteras</translation>
    </message>
    <message>
        <source>{n} close from {start} to {end}</source>
        <translation>{n} cierre del {start} al {end}</translation>
    </message>
    <message>
        <source>{n} closes from {start} to {end}</source>
        <translation>{n} cierres del {start} al {end}</translation>
    </message>
    <message>
        <source>{n} gap</source>
        <translation>{n} laguna</translation>
    </message>
    <message>
        <source>{n} gaps</source>
        <translation>{n} lagunas</translation>
    </message>
    <message>
        <source>(largest {n} day, {start} to {end})</source>
        <extracomment>the longest run of days without a price</extracomment>
        <translation>(la más larga: {n} día, del {start} al {end})</translation>
    </message>
    <message>
        <source>(largest {n} days, {start} to {end})</source>
        <translation>(la más larga: {n} días, del {start} al {end})</translation>
    </message>
    <message>
        <source>{closes}; {gaps}; sources: {sources}. Valuation uses the last close on or before a date.</source>
        <translation>{closes}; {gaps}; fuentes: {sources}. La valoración usa el último cierre en la fecha o antes.</translation>
    </message>
    <message>
        <source>No BTC prices in this workspace: import a price file to value the holdings.</source>
        <translation>No hay precios del BTC en este espacio de trabajo: importe un archivo de precios para valorar las tenencias.</translation>
    </message>
    <message>
        <source>loading the ledger…</source>
        <translation>cargando el libro de movimientos…</translation>
    </message>
    <message>
        <source>cannot load: {error}</source>
        <translation>no se puede cargar: {error}</translation>
    </message>
    <message>
        <source>Value ({currency})</source>
        <translation>Valor ({currency})</translation>
    </message>
    <message>
        <source>Converted at the valuation date&apos;s rate, as the value is.</source>
        <translation>Convertido al tipo de cambio de la fecha de valoración, como el valor.</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>al {date}</translation>
    </message>
    <message>
        <source>Ledger sum up to and including the date.</source>
        <translation>Suma del libro de movimientos hasta la fecha inclusive.</translation>
    </message>
    <message>
        <source>stock x price used</source>
        <translation>saldo × precio utilizado</translation>
    </message>
    <message>
        <source>{method}: US${cost}/BTC</source>
        <translation>{method}: US${cost}/BTC</translation>
    </message>
    <message>
        <source>{method}: {cost}/BTC</source>
        <translation>{method}: {cost}/BTC</translation>
    </message>
    <message>
        <source>Cost basis of the consolidated reserve by the chosen method (Help &gt; Methodology).</source>
        <translation>Costo de adquisición de la reserva consolidada según el método elegido (Ayuda &gt; Metodología).</translation>
    </message>
    <message>
        <source>realised to date {usd}</source>
        <translation>realizado a la fecha {usd}</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>the price card&apos;s value when no price is stored</extracomment>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>no BTC price on or before the date: import prices</source>
        <translation>sin precio del BTC en la fecha ni antes: importe precios</translation>
    </message>
    <message>
        <source>The last BTC close on or before the date.</source>
        <translation>El último cierre del BTC en la fecha o antes.</translation>
    </message>
    <message>
        <source>Over its cap: {wallets}</source>
        <translation>Por encima de su tope: {wallets}</translation>
    </message>
    <message>
        <source>{n} wallet; empty wallets without a cap are hidden.</source>
        <translation>{n} billetera; se ocultan las billeteras vacías sin tope.</translation>
    </message>
    <message>
        <source>{n} wallets; empty wallets without a cap are hidden.</source>
        <translation>{n} billeteras; se ocultan las billeteras vacías sin tope.</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>{shown} of {rows}</source>
        <translation>{shown} de {rows}</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>value {usd} at US${price}</source>
        <translation>valor {usd} a US${price}</translation>
    </message>
    <message>
        <source>value {value} at {price}</source>
        <translation>valor {value} a {price}</translation>
    </message>
    <message>
        <source>{day}: {btc} BTC · {value} · cost basis {cost}</source>
        <translation>{day}: {btc} BTC · {value} · costo {cost}</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Cambio rechazado</translation>
    </message>
    <message>
        <source>Edit wallet</source>
        <translation>Editar billetera</translation>
    </message>
    <message>
        <source>Select a wallet first.</source>
        <translation>Seleccione primero una billetera.</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Exportar datos de los gráficos</translation>
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
</context>
</TS>
