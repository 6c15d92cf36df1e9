<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>chain_merge</name>
    <message>
        <source>{n} file</source>
        <translation>{n} archivo</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
    <message>
        <source>{files}, {read} transactions read: would add {new} new ({unconfirmed} unconfirmed, kept apart), {duplicates} already known</source>
        <translation>{files}, transacciones leídas: {read}; agregaría nuevas: {new} (sin confirmar, aparte: {unconfirmed}); ya conocidas: {duplicates}</translation>
    </message>
    <message>
        <source>{files}, {read} transactions read: added {new} new ({unconfirmed} unconfirmed, kept apart), {duplicates} already known</source>
        <translation>{files}, transacciones leídas: {read}; nuevas agregadas: {new} (sin confirmar, aparte: {unconfirmed}); ya conocidas: {duplicates}</translation>
    </message>
    <message>
        <source>, {n} confirmed since</source>
        <translation>; confirmadas desde entonces: {n}</translation>
    </message>
    <message>
        <source>; {n} more addresses derived to keep the descriptors&apos; gap limits</source>
        <translation>; direcciones adicionales derivadas para mantener el límite de brecha de los descriptores: {n}</translation>
    </message>
    <message>
        <source>; already imported, skipped: {files}</source>
        <translation>; ya importados, omitidos: {files}</translation>
    </message>
    <message>
        <source>; {n} transactions touch no registered address (register the addresses the statements were saved for): {txids}</source>
        <translation>; transacciones que no tocan ninguna dirección registrada (registre las direcciones para las que se guardaron los estados): {n}: {txids}</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <source>spent from</source>
        <translation>fondos gastados</translation>
    </message>
    <message>
        <source>taproot key path</source>
        <translation>ruta de clave Taproot</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>network fee of transaction {txid}</source>
        <translation>comisión de red de la transacción {txid}</translation>
    </message>
    <message>
        <source>transfer between own wallets in transaction {txid}</source>
        <translation>transferencia entre billeteras propias en la transacción {txid}</translation>
    </message>
    <message>
        <source>kind guessed: a coinbase output (newly mined coins); check it</source>
        <translation>tipo supuesto: una salida coinbase (monedas recién minadas); revíselo</translation>
    </message>
    <message>
        <source>kind guessed: coins received from outside the workspace&apos;s wallets; check the kind and add the price</source>
        <translation>tipo supuesto: fondos recibidos desde fuera de las billeteras del espacio de trabajo; revise el tipo y agregue el precio</translation>
    </message>
    <message>
        <source>kind guessed: coins paid outside the workspace&apos;s wallets; check the kind (a sale, or a fee the statement does not show) and add the price</source>
        <translation>tipo supuesto: fondos pagados fuera de las billeteras del espacio de trabajo; revise el tipo (una venta, o una comisión que el estado no muestra) y agregue el precio</translation>
    </message>
</context>
</TS>
