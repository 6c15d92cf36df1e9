<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>WalletDialog</name>
    <message>
        <source>cold</source>
        <extracomment>a kind of wallet: keys kept offline</extracomment>
        <translation>fría</translation>
    </message>
    <message>
        <source>hot</source>
        <extracomment>a kind of wallet: keys on a machine connected to the network</extracomment>
        <translation>caliente</translation>
    </message>
    <message>
        <source>multisig</source>
        <extracomment>a kind of wallet: several keys must sign</extracomment>
        <translation>multifirma</translation>
    </message>
    <message>
        <source>exchange</source>
        <extracomment>a kind of wallet: an account at a trading platform</extracomment>
        <translation>plataforma de intercambio</translation>
    </message>
    <message>
        <source>custodial</source>
        <extracomment>a kind of wallet: held for the reserve by a custodian</extracomment>
        <translation>en custodia</translation>
    </message>
    <message>
        <source>Edit wallet</source>
        <translation>Editar billetera</translation>
    </message>
    <message>
        <source>Add wallet</source>
        <translation>Agregar billetera</translation>
    </message>
    <message>
        <source>no cap</source>
        <extracomment>the cap field at zero: the wallet has no limit</extracomment>
        <translation>sin tope</translation>
    </message>
    <message>
        <source>Archived (hidden from new entries; its history stays)</source>
        <translation>Archivada (oculta en los nuevos asientos; su historial se conserva)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Cap (BTC)</source>
        <translation>Tope (BTC)</translation>
    </message>
</context>
</TS>
