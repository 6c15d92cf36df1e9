<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CustodyTab</name>
    <message>
        <source>single address</source>
        <translation>dirección única</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>a flag of an address that holds (the cell of one that does not is blank)</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <source>paid by {n} transaction</source>
        <translation>pagada por {n} transacción</translation>
    </message>
    <message>
        <source>paid by {n} transactions</source>
        <translation>pagada por {n} transacciones</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>compra</translation>
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
        <extracomment>a ledger entry: the network fee of a transaction</extracomment>
        <translation>comisión</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Billetera</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>The derivation path: the key origin, then the branch (0 receive, 1 change) and the index</source>
        <translation>La ruta de derivación: el origen de la clave, luego la rama (0 recepción, 1 cambio) y el índice</translation>
    </message>
    <message>
        <source>Balance (BTC)</source>
        <translation>Saldo (BTC)</translation>
    </message>
    <message>
        <source>Confirmed by the end of the date (UTC), from the chain statements imported</source>
        <translation>Confirmado al cierre de la fecha (UTC), según los estados de la cadena importados</translation>
    </message>
    <message>
        <source>Over cap</source>
        <translation>Sobre el tope</translation>
    </message>
    <message>
        <source>Holds more than the workspace&apos;s cap per address (500 BTC unless set: the Bitcoin Office&apos;s practice)</source>
        <translation>Tiene más que el tope por dirección del espacio de trabajo (500 BTC si no se fija otro: la práctica de la Oficina Nacional del Bitcoin)</translation>
    </message>
    <message>
        <source>Reused</source>
        <translation>Reutilizada</translation>
    </message>
    <message>
        <source>More than one transaction paid to it</source>
        <translation>Más de una transacción le pagó</translation>
    </message>
    <message>
        <source>Key exposed</source>
        <translation>Clave expuesta</translation>
    </message>
    <message>
        <source>Its public key is on the chain: coins were spent from it, or it is a Taproot address (key path)</source>
        <translation>Su clave pública está en la cadena: se gastaron fondos desde ella, o es una dirección Taproot (ruta de clave)</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Probada</translation>
    </message>
    <message>
        <source>A signed message proving control of it was verified</source>
        <translation>Se verificó un mensaje firmado que prueba su control</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descriptor</translation>
    </message>
    <message>
        <source>No address of this wallet is registered: its balance on the chain is not known, so its ledger is not compared (Add address or descriptor… registers them)</source>
        <translation>Ninguna dirección de esta billetera está registrada: su saldo en la cadena no se conoce, por lo que su libro no se compara (Agregar dirección o descriptor… las registra)</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Ledger (BTC)</source>
        <translation>Libro (BTC)</translation>
    </message>
    <message>
        <source>Chain (BTC)</source>
        <translation>Cadena (BTC)</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Confirmed by the end of the date (UTC); the unconfirmed are kept apart</source>
        <translation>Confirmado al cierre de la fecha (UTC); las transacciones sin confirmar se muestran aparte</translation>
    </message>
    <message>
        <source>Difference (BTC)</source>
        <translation>Diferencia (BTC)</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>sin comparar</translation>
    </message>
    <message>
        <source>Ledger less chain: the movements below explain it</source>
        <translation>Libro menos cadena: los movimientos de abajo la explican</translation>
    </message>
    <message>
        <source>{kind} (guess)</source>
        <extracomment>{kind} is a ledger entry&apos;s kind read from the chain&apos;s shape only (purchase, sale, mining)</extracomment>
        <translation>{kind} (supuesto)</translation>
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
        <source>What the chain shows; a receipt&apos;s or a spend&apos;s kind is a guess: the chain does not say why coins came or went</source>
        <translation>Lo que muestra la cadena; el tipo de una recepción o de un gasto es un supuesto: la cadena no dice por qué llegaron o salieron los fondos</translation>
    </message>
    <message>
        <source>To wallet</source>
        <translation>Billetera de destino</translation>
    </message>
    <message>
        <source>Quantity (BTC)</source>
        <translation>Cantidad (BTC)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>The entry&apos;s reference: the transaction id (a fee&apos;s: the id and :fee)</source>
        <translation>La referencia del asiento: el identificador de la transacción (el de una comisión: el identificador y :fee)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>From wallet</source>
        <translation>Billetera de origen</translation>
    </message>
    <message>
        <source>Amount (BTC)</source>
        <translation>Monto (BTC)</translation>
    </message>
    <message>
        <source>Fee (BTC)</source>
        <translation>Comisión (BTC)</translation>
    </message>
    <message>
        <source>In the ledger</source>
        <translation>En el libro</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Change (BTC)</source>
        <translation>Variación (BTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Importado (UTC)</translation>
    </message>
    <message>
        <source>The file&apos;s fingerprint, printed in the statement</source>
        <translation>La huella del archivo, impresa en el estado</translation>
    </message>
    <message>
        <source>every address</source>
        <translation>todas las direcciones</translation>
    </message>
    <message>
        <source>holding coins</source>
        <translation>con saldo</translation>
    </message>
    <message>
        <source>over the cap</source>
        <translation>sobre el tope</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>reutilizadas</translation>
    </message>
    <message>
        <source>key exposed</source>
        <translation>con clave expuesta</translation>
    </message>
    <message>
        <source>not proven</source>
        <translation>sin prueba de control</translation>
    </message>
    <message>
        <source>Ledger entries dated by then that no chain movement matches: by a transaction id in their reference, else by wallet, day and quantity to the satoshi.</source>
        <translation>Asientos del libro con fecha hasta ese día que ningún movimiento de la cadena concilia: por el identificador de transacción de su referencia o, si no lo tienen, por billetera, día y cantidad al satoshi.</translation>
    </message>
    <message>
        <source>On the chain, not in the ledger</source>
        <translation>En la cadena, no en el libro</translation>
    </message>
    <message>
        <source>In the ledger, not on the chain</source>
        <translation>En el libro, no en la cadena</translation>
    </message>
    <message>
        <source>Between own wallets</source>
        <translation>Entre billeteras propias</translation>
    </message>
    <message>
        <source>Quantity differences</source>
        <translation>Diferencias de cantidad</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Balances, flags and the reconciliation at the end of this day (UTC); it follows the window&apos;s date, and another day can be chosen here</source>
        <translation>Saldos, alertas y conciliación al cierre de este día (UTC); sigue la fecha de la ventana, y aquí se puede elegir otro día</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Add address or descriptor…</source>
        <translation>Agregar dirección o descriptor…</translation>
    </message>
    <message>
        <source>Register a wallet&apos;s single address, output descriptor, ypub or zpub (public only)</source>
        <translation>Registrar una dirección única, un descriptor de salida, una ypub o una zpub de una billetera (solo información pública)</translation>
    </message>
    <message>
        <source>Import chain statements…</source>
        <translation>Importar estados de la cadena…</translation>
    </message>
    <message>
        <source>Esplora or mempool JSON, Bitcoin Core JSON or CSV files saved on a connected machine</source>
        <translation>Archivos JSON de Esplora o mempool, JSON de Bitcoin Core o CSV guardados en un equipo conectado</translation>
    </message>
    <message>
        <source>Export statement…</source>
        <translation>Exportar estado…</translation>
    </message>
    <message>
        <source>The statement of public-sector addresses and balances as of the date: PDF with the officials&apos; signature block, and CSV</source>
        <translation>El estado de direcciones y saldos del sector público a la fecha: PDF con el bloque de firmas de los funcionarios, y CSV</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>which addresses the register lists (every address, holding coins, over the cap…)</extracomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Add the selected to the ledger…</source>
        <translation>Agregar lo seleccionado al libro…</translation>
    </message>
    <message>
        <source>Each through Edit &gt; Undo; a guessed kind or a missing price opens the entry to check first</source>
        <translation>Cada uno se puede deshacer con Editar &gt; Deshacer; un tipo supuesto o un precio faltante abre el asiento para revisarlo antes</translation>
    </message>
    <message>
        <source>Movements on the chain with no ledger entry, as the entries they would be. A kind marked (guess) is read from the chain&apos;s shape only: check it; a purchase or sale asks for its price.</source>
        <translation>Movimientos en la cadena sin asiento en el libro, como los asientos que serían. Un tipo marcado (supuesto) se deduce solo de la forma de la transacción: revíselo; una compra o una venta pide su precio.</translation>
    </message>
    <message>
        <source>Transfers between the workspace&apos;s own wallets, matched by transaction: consolidation, neither accumulation nor a loss.</source>
        <translation>Transferencias entre las billeteras propias del espacio de trabajo, conciliadas por transacción: consolidación, ni acumulación ni pérdida.</translation>
    </message>
    <message>
        <source>Ledger entries whose reference names a transaction that moved another quantity.</source>
        <translation>Asientos del libro cuya referencia nombra una transacción que movió otra cantidad.</translation>
    </message>
    <message>
        <source>Transactions not yet in a block when the statement was saved: never in a balance.</source>
        <translation>Transacciones que aún no estaban en un bloque cuando se guardó el estado: nunca entran en un saldo.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Chain statements</source>
        <translation>Estados de la cadena</translation>
    </message>
    <message>
        <source>Stopped: press Reload (Ctrl+Shift+R) or change the date to read again.</source>
        <translation>Detenido: pulse Recargar el espacio de trabajo (Ctrl+Shift+R) o cambie la fecha para leer de nuevo.</translation>
    </message>
    <message>
        <source>Cannot read the register: {error}</source>
        <translation>No se puede leer el registro: {error}</translation>
    </message>
    <message>
        <source>Reading the register and the chain statements as of {date}…</source>
        <translation>Leyendo el registro y los estados de la cadena al {date}…</translation>
    </message>
    <message>
        <source>All wallets</source>
        <translation>Todas las billeteras</translation>
    </message>
    <message>
        <source>Last import: {what}</source>
        <translation>Última importación: {what}</translation>
    </message>
    <message>
        <source>{files} imported, {transactions} ({unconfirmed} unconfirmed, kept apart from balances). A transaction seen in several files counts once.</source>
        <translation>Importados: {files}, {transactions} (sin confirmar: {unconfirmed}, fuera de los saldos). Una transacción vista en varios archivos cuenta una sola vez.</translation>
    </message>
    <message>
        <source>{n} file</source>
        <translation>{n} archivo</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
    <message>
        <source>{n} transaction</source>
        <translation>{n} transacción</translation>
    </message>
    <message>
        <source>{n} transactions</source>
        <translation>{n} transacciones</translation>
    </message>
    <message>
        <source>No chain statements yet. On a connected machine, save what a block explorer (Esplora, mempool.space: /api/address/ADDRESS/txs) or a watch-only Bitcoin Core wallet (listtransactions, listunspent) says about the addresses, then Import chain statements…</source>
        <translation>Aún no hay estados de la cadena. En un equipo conectado, guarde lo que un explorador de bloques (Esplora, mempool.space: /api/address/ADDRESS/txs) o una billetera de solo observación de Bitcoin Core (listtransactions, listunspent) dice de las direcciones, y luego pulse Importar estados de la cadena…</translation>
    </message>
    <message>
        <source>Addresses ({n})</source>
        <translation>Direcciones ({n})</translation>
    </message>
    <message>
        <source>Chain statements ({n})</source>
        <translation>Estados de la cadena ({n})</translation>
    </message>
    <message>
        <source>No address is registered yet: Add address or descriptor… registers a wallet&apos;s addresses (public information only) so that its balance can be read from the chain.</source>
        <translation>Aún no hay direcciones registradas: Agregar dirección o descriptor… registra las direcciones de una billetera (solo información pública) para leer su saldo en la cadena.</translation>
    </message>
    <message>
        <source>ledger and chain differ in {wallets} (see Reconciliation)</source>
        <translation>el libro y la cadena difieren en {wallets} (véase Conciliación)</translation>
    </message>
    <message>
        <source>{n} wallet</source>
        <translation>{n} billetera</translation>
    </message>
    <message>
        <source>{n} wallets</source>
        <translation>{n} billeteras</translation>
    </message>
    <message>
        <source>ledger and chain agree in every wallet with addresses ({n})</source>
        <translation>el libro y la cadena coinciden en todas las billeteras con direcciones ({n})</translation>
    </message>
    <message>
        <source>{n} wallet holding coins by the ledger has no address registered</source>
        <translation>{n} billetera con saldo según el libro no tiene direcciones registradas</translation>
    </message>
    <message>
        <source>{n} wallets holding coins by the ledger have no address registered</source>
        <translation>{n} billeteras con saldo según el libro no tienen direcciones registradas</translation>
    </message>
    <message>
        <source>As of {date}: {addresses} in {wallets}, {transactions} from {files}; {agreement}. Flags: {over_cap} over the cap of {cap} BTC, {reused} reused, {exposed} with the public key exposed, {proven} proven by a signed message.</source>
        <translation>Al {date}: {addresses} en {wallets}, {transactions} de {files}; {agreement}. Alertas: sobre el tope de {cap} BTC: {over_cap}; reutilizadas: {reused}; con la clave pública expuesta: {exposed}; con prueba de control por mensaje firmado: {proven}.</translation>
    </message>
    <message>
        <source>{n} address</source>
        <translation>{n} dirección</translation>
    </message>
    <message>
        <source>{n} addresses</source>
        <translation>{n} direcciones</translation>
    </message>
    <message>
        <source>{n} chain transaction</source>
        <translation>{n} transacción en la cadena</translation>
    </message>
    <message>
        <source>{n} chain transactions</source>
        <translation>{n} transacciones en la cadena</translation>
    </message>
    <message>
        <source>All wallets on {date}: ledger {ledger} BTC, chain {chain} BTC, difference {difference} BTC</source>
        <translation>Todas las billeteras al {date}: libro {ledger} BTC, cadena {chain} BTC, diferencia {difference} BTC</translation>
    </message>
    <message>
        <source>, of which {amount} BTC by the ledger in {wallets} with no address registered (not compared)</source>
        <translation>, de la que {amount} BTC según el libro están en {wallets} sin direcciones registradas (sin comparar)</translation>
    </message>
    <message>
        <source>; unconfirmed {amount} BTC, kept apart</source>
        <translation>; sin confirmar {amount} BTC, aparte</translation>
    </message>
    <message>
        <source>{n} transaction in the statements touches no registered address</source>
        <translation>{n} transacción de los estados no toca ninguna dirección registrada</translation>
    </message>
    <message>
        <source>{n} transactions in the statements touch no registered address</source>
        <translation>{n} transacciones de los estados no tocan ninguna dirección registrada</translation>
    </message>
    <message>
        <source>{n} entry of wallets with no address registered is not listed: their addresses are needed to look for them.</source>
        <translation>{n} asiento de billeteras sin direcciones registradas no figura en la lista: se necesitan sus direcciones para buscarlo.</translation>
    </message>
    <message>
        <source>{n} entries of wallets with no address registered are not listed: their addresses are needed to look for them.</source>
        <translation>{n} asientos de billeteras sin direcciones registradas no figuran en la lista: se necesitan sus direcciones para buscarlos.</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <extracomment>a page&apos;s title and the count of its rows</extracomment>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>Reconciliation ({n} wallet differs)</source>
        <translation>Conciliación ({n} billetera difiere)</translation>
    </message>
    <message>
        <source>Reconciliation ({n} wallets differ)</source>
        <translation>Conciliación ({n} billeteras difieren)</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>{name} is open read-only here, nothing can be added to it: {reason}.</source>
        <translation>{name} está abierto aquí en solo lectura, no se le puede agregar nada: {reason}.</translation>
    </message>
    <message>
        <source>Add to the ledger</source>
        <translation>Agregar al libro</translation>
    </message>
    <message>
        <source>Select the movements to add first.</source>
        <translation>Primero seleccione los movimientos que desea agregar.</translation>
    </message>
    <message>
        <source>Add the {kind} the chain shows</source>
        <translation>Agregar lo que muestra la cadena: {kind}</translation>
    </message>
    <message>
        <source> (kind guessed: check it)</source>
        <translation> (tipo supuesto: revíselo)</translation>
    </message>
    <message>
        <source>Entry refused</source>
        <translation>Asiento rechazado</translation>
    </message>
    <message>
        <source>{kind} of {date} in {wallet}:</source>
        <translation>{kind} del {date} en {wallet}:</translation>
    </message>
    <message>
        <source>Add {n} entry from the chain statements</source>
        <translation>Agregar {n} asiento desde los estados de la cadena</translation>
    </message>
    <message>
        <source>Add {n} entries from the chain statements</source>
        <translation>Agregar {n} asientos desde los estados de la cadena</translation>
    </message>
    <message>
        <source>Wrote the statement as of {date}: {files}</source>
        <translation>Se escribió el estado al {date}: {files}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Add address or descriptor</source>
        <translation>Agregar dirección o descriptor</translation>
    </message>
    <message>
        <source>Register {n} address of a descriptor to {wallet}</source>
        <translation>Registrar {n} dirección de un descriptor en {wallet}</translation>
    </message>
    <message>
        <source>Register {n} addresses of a descriptor to {wallet}</source>
        <translation>Registrar {n} direcciones de un descriptor en {wallet}</translation>
    </message>
    <message>
        <source>Register an address to {wallet}</source>
        <translation>Registrar una dirección en {wallet}</translation>
    </message>
    <message>
        <source>Import chain statements</source>
        <translation>Importar estados de la cadena</translation>
    </message>
    <message>
        <source>Import chain statements: {transactions}</source>
        <translation>Importar estados de la cadena: {transactions}</translation>
    </message>
    <message>
        <source>. It updated what was known before: Edit &gt; Undo does not take it back.</source>
        <translation>. Actualizó lo que ya se conocía: Editar &gt; Deshacer no la revierte.</translation>
    </message>
</context>
</TS>
