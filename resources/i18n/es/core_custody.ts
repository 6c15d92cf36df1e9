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
    <message>
        <source>transaction {txid}: {why}</source>
        <translation>transacción {txid}: {why}</translation>
    </message>
    <message>
        <source>listunspent says transaction {txid} is confirmed but no file gives its block time; import it with the same wallet&apos;s listtransactions or an explorer&apos;s statement</source>
        <translation>listunspent dice que la transacción {txid} está confirmada, pero ningún archivo da la hora de su bloque; impórtela con el listtransactions de la misma billetera o con el estado de un explorador</translation>
    </message>
    <message>
        <source>Bitcoin Core does not say which addresses a send spent from, so they are given to the wallet its receiving addresses are registered to; they are registered to {wallets}: save one Core wallet per Reserve Desk wallet</source>
        <translation>Bitcoin Core no dice desde qué direcciones gastó un envío, por lo que se atribuyen a la billetera en la que están registradas sus direcciones de recepción; están registradas en {wallets}: guarde una billetera de Core por cada billetera de Reserve Desk</translation>
    </message>
    <message>
        <source>Bitcoin Core does not say which addresses a send spent from, so they are given to the wallet its receiving addresses are registered to; none of them is registered: register the wallet&apos;s descriptor first</source>
        <translation>Bitcoin Core no dice desde qué direcciones gastó un envío, por lo que se atribuyen a la billetera en la que están registradas sus direcciones de recepción; ninguna está registrada: primero registre el descriptor de la billetera</translation>
    </message>
    <message>
        <source>{address}&apos;s net movement (a CSV statement) and its outputs (a Bitcoin Core statement) would both be counted; import one of the two, or an explorer&apos;s (Esplora) statement of the transaction</source>
        <translation>se contarían a la vez el movimiento neto de {address} (un estado CSV) y sus salidas (un estado de Bitcoin Core); importe uno de los dos, o el estado de la transacción de un explorador (Esplora)</translation>
    </message>
    <message>
        <source>wallet {wallet}&apos;s spend (a Bitcoin Core statement) and the net movement of one of its addresses (a CSV statement) would both be counted; import one of the two, or an explorer&apos;s (Esplora) statement of the transaction</source>
        <translation>se contarían a la vez el gasto de la billetera {wallet} (un estado de Bitcoin Core) y el movimiento neto de una de sus direcciones (un estado CSV); importe uno de los dos, o el estado de la transacción de un explorador (Esplora)</translation>
    </message>
    <message>
        <source>{given}, but another statement gives {other} for transaction {txid}</source>
        <translation>{given}, pero otro estado da {other} para la transacción {txid}</translation>
    </message>
    <message>
        <source>{given} sat, but another statement gives {other} sat for transaction {txid}</source>
        <translation>{given} sat, pero otro estado da {other} sat para la transacción {txid}</translation>
    </message>
    <message>
        <source>another statement says it is newly mined (a coinbase), but this one shows it spending earlier coins</source>
        <translation>otro estado dice que es de monedas recién minadas (coinbase), pero este la muestra gastando monedas anteriores</translation>
    </message>
    <message>
        <source>newly mined (a coinbase) here, but another statement shows it spending earlier coins</source>
        <translation>aquí es de monedas recién minadas (coinbase), pero otro estado la muestra gastando monedas anteriores</translation>
    </message>
    <message>
        <source>transaction {txid} differs from the same transaction in another statement</source>
        <translation>la transacción {txid} difiere de la misma transacción en otro estado</translation>
    </message>
    <message>
        <source>input {n} of transaction {txid}</source>
        <translation>entrada {n} de la transacción {txid}</translation>
    </message>
    <message>
        <source>output {n} of transaction {txid}</source>
        <translation>salida {n} de la transacción {txid}</translation>
    </message>
    <message>
        <source>{given} sat, but another statement gives {other} sat</source>
        <translation>{given} sat, pero otro estado da {other} sat</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <source>spent from</source>
        <translation>por gasto</translation>
    </message>
    <message>
        <source>taproot key path</source>
        <translation>por Taproot</translation>
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
<context>
    <name>register</name>
    <message>
        <source>this looks like a recovery phrase (BIP-39 seed words): it gives control of the coins; Reserve Desk takes public information only, and did not keep it</source>
        <translation>esto parece una frase de recuperación (palabras semilla BIP-39): da el control de los fondos; Reserve Desk acepta solo información pública, y no la guardó</translation>
    </message>
    <message>
        <source>this holds an extended private key: it gives control of the coins; give the matching public key (xpub, ypub, zpub) instead; it was not kept</source>
        <translation>esto contiene una clave privada extendida: da el control de los fondos; indique en su lugar la clave pública correspondiente (xpub, ypub, zpub); no se guardó</translation>
    </message>
    <message>
        <source>64 hexadecimal digits are a raw private key (or a transaction id), not an address or a descriptor; Reserve Desk takes public information only; it was not kept</source>
        <translation>64 dígitos hexadecimales son una clave privada sin formato (o un identificador de transacción), no una dirección ni un descriptor; Reserve Desk acepta solo información pública; no se guardó</translation>
    </message>
    <message>
        <source>this holds a private key (WIF): it gives control of the coins; Reserve Desk takes addresses and public keys only; it was not kept</source>
        <translation>esto contiene una clave privada (WIF): da el control de los fondos; Reserve Desk acepta solo direcciones y claves públicas; no se guardó</translation>
    </message>
    <message>
        <source>this holds a private key (a mini private key, as on a physical coin): it gives control of the coins; Reserve Desk takes addresses and public keys only; it was not kept</source>
        <translation>esto contiene una clave privada (una miniclave privada, como en una moneda física): da el control de los fondos; Reserve Desk acepta solo direcciones y claves públicas; no se guardó</translation>
    </message>
    <message>
        <source>{text} is not a valid bitcoin address ({why})</source>
        <translation>{text} no es una dirección bitcoin válida ({why})</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>suma de verificación incorrecta</translation>
    </message>
    <message>
        <source>{text} is a {network} address; this workspace is {workspace}</source>
        <translation>{text} es una dirección de {network}; este espacio de trabajo es de {workspace}</translation>
    </message>
    <message>
        <source>{count}: from 1 to {most} addresses per branch</source>
        <translation>{count}: de 1 a {most} direcciones por rama</translation>
    </message>
    <message>
        <source>this holds a private key; give the public descriptor; it was not kept</source>
        <translation>esto contiene una clave privada; indique el descriptor público; no se guardó</translation>
    </message>
    <message>
        <source>not a valid output descriptor: {why}</source>
        <translation>no es un descriptor de salida válido: {why}</translation>
    </message>
    <message>
        <source>its checksum #{given} does not match (expected #{expected}): a character was changed</source>
        <translation>su suma de verificación #{given} no coincide (se esperaba #{expected}): se cambió un carácter</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>su suma de verificación no coincide</translation>
    </message>
    <message>
        <source>not a valid extended public key ({why})</source>
        <translation>no es una clave pública extendida válida ({why})</translation>
    </message>
    <message>
        <source>a {network} key; this workspace is {workspace}</source>
        <translation>una clave de {network}; este espacio de trabajo es de {workspace}</translation>
    </message>
    <message>
        <source>a bare xpub does not say which addresses it makes (legacy, nested or native SegWit, Taproot): give an output descriptor, e.g. wpkh([fingerprint/84h/0h/0h]xpub…/&lt;0;1&gt;/*) as the wallet software exports it</source>
        <translation>una xpub sola no dice qué direcciones genera (legacy, SegWit anidada o nativa, Taproot): indique un descriptor de salida, p. ej. wpkh([fingerprint/84h/0h/0h]xpub…/&lt;0;1&gt;/*) tal como lo exporta el software de la billetera</translation>
    </message>
    <message>
        <source>not an extended public key this desk reads (xpub in a descriptor, ypub, zpub)</source>
        <translation>no es una clave pública extendida que esta aplicación lea (xpub en un descriptor, ypub, zpub)</translation>
    </message>
    <message>
        <source>it holds a {network} key; this workspace is {workspace}</source>
        <translation>contiene una clave de {network}; este espacio de trabajo es de {workspace}</translation>
    </message>
    <message>
        <source>a {kind} is a key for {script} addresses, but this descriptor makes others; give the descriptor as the wallet software exports it</source>
        <translation>una {kind} es una clave para direcciones {script}, pero este descriptor genera otras; indique el descriptor tal como lo exporta el software de la billetera</translation>
    </message>
</context>
<context>
    <name>statement</name>
    <message>
        <source>movements of a Bitcoin Core wallet not attributed to a registered address</source>
        <translation>movimientos de una billetera de Bitcoin Core no atribuidos a una dirección registrada</translation>
    </message>
    <message>
        <source>{target} is the chain statement {name} that this statement cites by its SHA-256; it is never written over. Choose another file name.</source>
        <translation>{target} es el estado de la cadena {name} que este estado cita por su SHA-256; nunca se escribe encima. Elija otro nombre de archivo.</translation>
    </message>
</context>
</TS>
