<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Daily purchases</source>
        <translation>Compras diarias</translation>
    </message>
    <message>
        <source>Monthly purchases</source>
        <translation>Compras mensuales</translation>
    </message>
    <message>
        <source>Purchases on dates</source>
        <translation>Compras en fechas dadas</translation>
    </message>
    <message>
        <source>Mining with state power</source>
        <translation>Minería estatal</translation>
    </message>
    <message>
        <source>Edit policy</source>
        <translation>Editar política</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Nueva política</translation>
    </message>
    <message>
        <source>Include in the projection</source>
        <translation>Incluir en la proyección</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha final</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Each purchase</source>
        <translation>Cada compra</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Unit (BTC or US$)</source>
        <translation>Unidad (BTC o US$)</translation>
    </message>
    <message>
        <source>Add a purchase</source>
        <translation>Agregar una compra</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar las seleccionadas</translation>
    </message>
    <message>
        <source>The network's hashrate at the start, without this fleet</source>
        <translation>La tasa de hash de la red al inicio, sin esta flota</translation>
    </message>
    <message>
        <source> % a year</source>
        <translation> % al año</translation>
    </message>
    <message>
        <source> BTC a block</source>
        <translation> BTC por bloque</translation>
    </message>
    <message>
        <source>priced at</source>
        <translation>valorada a</translation>
    </message>
    <message>
        <source>the tariff</source>
        <translation>la tarifa</translation>
    </message>
    <message>
        <source>the export price of the power (opportunity cost)</source>
        <translation>el precio de exportación de la energía (costo de oportunidad)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>What a kWh costs the power system to supply. A tariff at or above it is not subsidised, which a commitment against subsidised power for mining requires.</source>
        <translation>Lo que le cuesta al sistema eléctrico suministrar un kWh. Una tarifa igual o superior no está subsidiada, como lo exige un compromiso contra la energía subsidiada para la minería.</translation>
    </message>
    <message>
        <source>later block</source>
        <translation>bloque posterior</translation>
    </message>
    <message>
        <source>height </source>
        <translation>altura </translation>
    </message>
    <message>
        <source>Optional. Block heights, and so the halving dates, are projected at the pace observed since block {reference} ({reference_date}), from the last block known: block {last}, mined on {last_date}, unless you tick 'later block' and enter a later block's height and the day it was mined (from a block explorer).</source>
        <translation>Opcional. Las alturas de bloque, y con ellas las fechas de los halvings, se proyectan al ritmo observado desde el bloque {reference} ({reference_date}), a partir del último bloque conocido: el bloque {last}, minado el {last_date}, salvo que marque 'bloque posterior' e ingrese la altura de un bloque posterior y el día en que se minó (de un explorador de bloques).</translation>
    </message>
    <message>
        <source>Site power</source>
        <translation>Potencia del sitio</translation>
    </message>
    <message>
        <source>Machine efficiency</source>
        <translation>Eficiencia de las máquinas</translation>
    </message>
    <message>
        <source>Site overhead (PUE)</source>
        <translation>Consumo adicional del sitio (PUE)</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Network hashrate</source>
        <translation>Tasa de hash de la red</translation>
    </message>
    <message>
        <source>Network growth</source>
        <translation>Crecimiento de la red</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Cost recovery</source>
        <translation>Recuperación de costos</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>Último bloque</translation>
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
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>purchases[{row}].amount: {text} is not a number</source>
        <translation>purchases[{row}].amount: {text} no es un número</translation>
    </message>
    <message>
        <source>purchases[{row}].unit: BTC or US$, not {text}</source>
        <translation>purchases[{row}].unit: BTC o US$, no {text}</translation>
    </message>
</context>
</TS>
