<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>report</name>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The inputs digest is a SHA-256 of the workspace's input tables (wallets, ledger, prices, macro inputs, IMF program, scenarios and policies): two summaries with the same digest were made from the same inputs. The audit log's last entry and hash, signed in a checkpoint, anchor the workspace's history outside the file: keep this page; 'reserve-desk audit verify --head N:HASH' with the figures above proves the log still holds that entry. Figures are those the application shows for the valuation date; methodology and sources are in the last section.</source>
        <translation>La huella de los datos es un SHA-256 de las tablas de datos del espacio de trabajo (billeteras, libro de movimientos, precios, datos macroeconómicos, programa con el FMI, escenarios y políticas): dos resúmenes con la misma huella se hicieron con los mismos datos. La última entrada del registro de auditoría y su hash, firmados en un punto de control, anclan la historia del espacio de trabajo fuera del archivo: conserve esta página; 'reserve-desk audit verify --head N:HASH' con las cifras anteriores prueba que el registro aún contiene esa entrada. Las cifras son las que muestra la aplicación para la fecha de valoración; la metodología y las fuentes están en la última sección.</translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation>Página {number} de {pages}</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>Generado el {time}</translation>
    </message>
    <message>
        <source>Bitcoin mainnet</source>
        <translation>Red principal de Bitcoin</translation>
    </message>
    <message>
        <source>Bitcoin testnet</source>
        <translation>Red de pruebas de Bitcoin</translation>
    </message>
    <message>
        <source>Cold wallet</source>
        <translation>Billetera fría</translation>
    </message>
    <message>
        <source>Hot wallet</source>
        <translation>Billetera caliente</translation>
    </message>
    <message>
        <source>Multisig wallet</source>
        <translation>Billetera multifirma</translation>
    </message>
    <message>
        <source>Exchange wallet</source>
        <translation>Billetera en una plataforma de intercambio</translation>
    </message>
    <message>
        <source>Custodial wallet</source>
        <translation>Billetera en custodia</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <source>not signed: the workspace changed while the statement was made; make it again</source>
        <translation>no firmado: el espacio de trabajo cambió mientras se hacía el estado; hágalo de nuevo</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Statement of public-sector bitcoin addresses and balances as of {date}</source>
        <translation>Estado de direcciones y saldos de bitcoin del sector público al {date}</translation>
    </message>
    <message>
        <source>balances confirmed on the chain by the end of {date} (23:59:59 UTC)</source>
        <translation>saldos confirmados en la cadena al cierre del {date} (23:59:59 UTC)</translation>
    </message>
    <message>
        <source>{entries} entries; entry {entry} has hash</source>
        <translation>{entries} entradas; la entrada {entry} tiene el hash</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} de {whole}</translation>
    </message>
    <message>
        <source>Public-sector wallets</source>
        <translation>Billeteras del sector público</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Proven by a signed message</source>
        <translation>Probadas con un mensaje firmado</translation>
    </message>
    <message>
        <source>Balance on the chain</source>
        <translation>Saldo en la cadena</translation>
    </message>
    <message>
        <source>Balance by the ledger</source>
        <translation>Saldo según el libro de movimientos</translation>
    </message>
    <message>
        <source>Difference (ledger less chain)</source>
        <translation>Diferencia (libro menos cadena)</translation>
    </message>
    <message>
        <source>{btc} BTC of it in 1 wallet with no registered address (not compared)</source>
        <translation>{btc} BTC de ella en 1 billetera sin dirección registrada (no comparada)</translation>
    </message>
    <message>
        <source>{btc} BTC of it in {wallets} wallets with no registered address (not compared)</source>
        <translation>{btc} BTC de ella en {wallets} billeteras sin dirección registrada (no comparadas)</translation>
    </message>
    <message>
        <source>Unconfirmed, not in any balance</source>
        <translation>Sin confirmar, fuera de todo saldo</translation>
    </message>
    <message>
        <source>Addresses over the cap</source>
        <translation>Direcciones por encima del tope</translation>
    </message>
    <message>
        <source>{n} (cap {cap} BTC per address)</source>
        <translation>{n} (tope de {cap} BTC por dirección)</translation>
    </message>
    <message>
        <source>Addresses reused</source>
        <translation>Direcciones reutilizadas</translation>
    </message>
    <message>
        <source>Addresses with the public key exposed</source>
        <translation>Direcciones con la clave pública expuesta</translation>
    </message>
    <message>
        <source>Chain statements</source>
        <translation>Estados de la cadena</translation>
    </message>
    <message>
        <source>{n} files (SHA-256 in 'Chain statements')</source>
        <translation>{n} archivos (SHA-256 en 'Estados de la cadena')</translation>
    </message>
    <message>
        <source>newest block {block}, newest imported {imported}</source>
        <translation>bloque más reciente {block}, importado por última vez {imported}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>The chain statements were imported on {imported}, not after the date of this statement: what moved after they were saved is not in it.</source>
        <translation>Los estados de la cadena se importaron el {imported}, no después de la fecha de este estado: lo que se movió después de guardarlos no figura en él.</translation>
    </message>
    <message>
        <source>Save the addresses' statements after the end of {date} (UTC) and import them before making the statement to send.</source>
        <translation>Guarde los estados de las direcciones después del cierre del {date} (UTC) e impórtelos antes de hacer el estado que se enviará.</translation>
    </message>
    <message>
        <source>Wallets outside the public sector, not in this statement: {wallets}.</source>
        <translation>Billeteras fuera del sector público, no incluidas en este estado: {wallets}.</translation>
    </message>
    <message>
        <source>Balances by wallet</source>
        <translation>Saldos por billetera</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>no comparada</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <source>Ledger (BTC)</source>
        <translation>Libro (BTC)</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Probadas</translation>
    </message>
    <message>
        <source>Chain (BTC)</source>
        <translation>Cadena (BTC)</translation>
    </message>
    <message>
        <source>Difference (BTC)</source>
        <translation>Diferencia (BTC)</translation>
    </message>
    <message>
        <source>Chain: the sum of the wallet's confirmed movements in the chain statements by the end of the date (UTC). Ledger: the wallet's balance in the workspace's ledger on the date. Difference: ledger less chain</source>
        <translation>Cadena: la suma de los movimientos confirmados de la billetera en los estados de la cadena al cierre de la fecha (UTC). Libro: el saldo de la billetera en el libro de movimientos del espacio de trabajo en la fecha. Diferencia: libro menos cadena</translation>
    </message>
    <message>
        <source>{chain} movements on the chain have no ledger entry and {ledger} ledger entries have no movement on the chain: the reconciliation lists them (Holdings &gt; Custody in the window; 'reserve-desk reconcile')</source>
        <translation>{chain} movimientos en la cadena no tienen asiento en el libro y {ledger} asientos del libro no tienen movimiento en la cadena: la conciliación los enumera (Tenencias &gt; Custodia en la ventana; 'reserve-desk reconcile')</translation>
    </message>
    <message>
        <source>Addresses of {wallet}</source>
        <translation>Direcciones de {wallet}</translation>
    </message>
    <message>
        <source>Wallets with no registered address</source>
        <translation>Billeteras sin dirección registrada</translation>
    </message>
    <message>
        <source>No address is registered to these wallets: their ledger balances are not shown on the chain by this statement. Register their addresses or descriptors (Holdings &gt; Custody; 'reserve-desk addresses add') and import their chain statements.</source>
        <translation>Estas billeteras no tienen ninguna dirección registrada: este estado no muestra en la cadena sus saldos del libro. Registre sus direcciones o descriptores (Tenencias &gt; Custodia; 'reserve-desk addresses add') e importe sus estados de la cadena.</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Signed messages</source>
        <translation>Mensajes firmados</translation>
    </message>
    <message>
        <source>Address and its wallet</source>
        <translation>Dirección y su billetera</translation>
    </message>
    <message>
        <source>Message signed</source>
        <translation>Mensaje firmado</translation>
    </message>
    <message>
        <source>Imported and verified</source>
        <translation>Importado y verificado</translation>
    </message>
    <message>
        <source>Each signature was verified when imported and again for this statement.</source>
        <translation>Cada firma se verificó al importarla y de nuevo para este estado.</translation>
    </message>
    <message>
        <source>File and its SHA-256</source>
        <translation>Archivo y su SHA-256</translation>
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
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Workspace and audit log</source>
        <translation>Espacio de trabajo y registro de auditoría</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>The audit log's last entry and hash, signed in a checkpoint, anchor the workspace's history outside the file: 'reserve-desk audit verify --head N:HASH' with the figures above proves the log still holds that entry, so the figures of this statement can be traced to it.</source>
        <translation>La última entrada del registro de auditoría y su hash, firmados en un punto de control, anclan la historia del espacio de trabajo fuera del archivo: 'reserve-desk audit verify --head N:HASH' con las cifras anteriores prueba que el registro aún contiene esa entrada, de modo que las cifras de este estado pueden rastrearse hasta ella.</translation>
    </message>
    <message>
        <source>How the figures are made</source>
        <translation>Cómo se obtienen las cifras</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>No chain statement has been imported: every balance on the chain is zero.</source>
        <translation>No se ha importado ningún estado de la cadena: todos los saldos en la cadena son cero.</translation>
    </message>
    <message>
        <source>{kind} wallet</source>
        <translation>Billetera {kind}</translation>
    </message>
    <message>
        <source>{wallet}, custodian {custodian}</source>
        <translation>{wallet}, custodio {custodian}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No address is registered to this wallet&lt;/b&gt;: its ledger balance of {btc} BTC is not shown on the chain by this statement</source>
        <translation>&lt;b&gt;Esta billetera no tiene ninguna dirección registrada&lt;/b&gt;: este estado no muestra en la cadena su saldo del libro de {btc} BTC</translation>
    </message>
    <message>
        <source>(the chain shows {btc} BTC by a Bitcoin Core wallet's statement)</source>
        <translation>(la cadena muestra {btc} BTC según el estado de una billetera de Bitcoin Core)</translation>
    </message>
    <message>
        <source>1 registered address</source>
        <translation>1 dirección registrada</translation>
    </message>
    <message>
        <source>{n} registered addresses</source>
        <translation>{n} direcciones registradas</translation>
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
        <source>Total of {wallet}</source>
        <translation>Total de {wallet}</translation>
    </message>
    <message>
        <source>Address and derivation path</source>
        <translation>Dirección y ruta de derivación</translation>
    </message>
    <message>
        <source>Balance (BTC)</source>
        <translation>Saldo (BTC)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Proven</source>
        <comment>an address: yes or no</comment>
        <translation>Probada</translation>
    </message>
    <message>
        <source>over cap</source>
        <translation>sobre tope</translation>
    </message>
    <message>
        <source>reused ×{n}</source>
        <translation>reutilizada ×{n}</translation>
    </message>
    <message>
        <source>exposed</source>
        <translation>expuesta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Addresses.&lt;/b&gt; Every address registered to a public-sector wallet of the workspace: single addresses and the addresses derived from the wallets' output descriptors, with their derivation paths. Each was checked (checksum, network) when registered.</source>
        <translation>&lt;b&gt;Direcciones.&lt;/b&gt; Todas las direcciones registradas en una billetera del sector público del espacio de trabajo: direcciones individuales y las derivadas de los descriptores de salida de las billeteras, con sus rutas de derivación. Cada una se verificó (suma de control, red) al registrarla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balances.&lt;/b&gt; An address's balance is what the chain statements listed below show paid to it less what was spent from it, counting transactions confirmed in a block timed by the end of {date} (UTC); unconfirmed transactions are kept apart and never counted. A transaction that several statements show counts once.</source>
        <translation>&lt;b&gt;Saldos.&lt;/b&gt; El saldo de una dirección es lo que los estados de la cadena enumerados abajo muestran pagado a ella menos lo gastado desde ella, contando las transacciones confirmadas en un bloque con hora anterior al cierre del {date} (UTC); las transacciones sin confirmar se mantienen aparte y nunca se cuentan. Una transacción que aparece en varios estados se cuenta una vez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proven.&lt;/b&gt; 'yes' when a message signed with the address's key (the 'Bitcoin Signed Message' format of Bitcoin Core's signmessage, and its P2SH-P2WPKH and P2WPKH forms of BIP-137 and Electrum) was imported and verifies: the public key is recovered from the signature with libsecp256k1 and must give the address. It proves that whoever signed held the key when signing; the message should name the date. Such signatures exist for single-key addresses only; {bip322}, so taproot and multisig addresses show 'no'.</source>
        <translation>&lt;b&gt;Probadas.&lt;/b&gt; 'sí' cuando se importó un mensaje firmado con la clave de la dirección (el formato 'Bitcoin Signed Message' del signmessage de Bitcoin Core, y sus formas P2SH-P2WPKH y P2WPKH de BIP-137 y Electrum) y la firma es válida: la clave pública se recupera de la firma con libsecp256k1 y debe dar la dirección. Prueba que quien firmó tenía la clave al firmar; el mensaje debería indicar la fecha. Estas firmas existen solo para direcciones de una sola clave; {bip322}, por lo que las direcciones taproot y multifirma muestran 'no'.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flags.&lt;/b&gt; Over the cap: the balance is above {cap} BTC per address (El Salvador's National Bitcoin Office split its holdings into addresses of at most 500 BTC each in August 2025, citing exposed public keys). Reused ×n: n transactions paid to the address. Exposed: its public key is known, because coins were spent from the address (the spend reveals it) or because it is a taproot address, whose output key is the public key. The CSV says which.</source>
        <translation>&lt;b&gt;Alertas.&lt;/b&gt; Sobre tope: el saldo supera {cap} BTC por dirección (la Oficina Nacional del Bitcoin de El Salvador dividió sus tenencias en direcciones de 500 BTC como máximo cada una en agosto de 2025, por las claves públicas expuestas). Reutilizada ×n: n transacciones pagaron a la dirección. Expuesta: su clave pública es conocida, porque se gastaron monedas desde la dirección (el gasto la revela) o porque es una dirección taproot, cuya clave de salida es la clave pública. El CSV indica cuál.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source.&lt;/b&gt; IMF, El Salvador: Request for an Extended Arrangement under the EFF, staff report and its Technical Memorandum of Understanding, March 2025: the authorities give IMF staff, at set dates, a signed statement of every public-sector hot and cold address and its bitcoin balance (the public sector as in the IMF's Government Finance Statistics Manual 2014).</source>
        <translation>&lt;b&gt;Fuente.&lt;/b&gt; FMI, El Salvador: Solicitud de un acuerdo en el marco del SAF, informe del personal técnico y su Memorando Técnico de Entendimiento, marzo de 2025: las autoridades entregan al personal técnico del FMI, en fechas fijadas, un estado firmado de todas las direcciones calientes y frías del sector público y su saldo de bitcoin (el sector público según el Manual de Estadísticas de Finanzas Públicas 2014 del FMI).</translation>
    </message>
    <message>
        <source>The undersigned certify that this statement lists every bitcoin address held by the public-sector wallets named in it, and that the balances as of {date} are those shown by the chain statements listed.</source>
        <translation>Los abajo firmantes certifican que este estado enumera todas las direcciones de bitcoin de las billeteras del sector público que en él se nombran, y que los saldos al {date} son los que muestran los estados de la cadena enumerados.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>a signatory's position (job title), between Name and Date</extracomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
</context>
</TS>
