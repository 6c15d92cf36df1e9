<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>accumulation</name>
    <message>
        <source>a policy named {name} already exists</source>
        <translation>ya existe una política llamada {name}</translation>
    </message>
</context>
<context>
    <name>currency</name>
    <message>
        <source>US$ and the SDR are offered anyway; the local currency is another one</source>
        <translation>US$ y el DEG se ofrecen siempre; la moneda local es otra</translation>
    </message>
    <message>
        <source>{value} is not a yearly loss of value between -50% and 90% (0.10 for 10%)</source>
        <translation>{value} no es una pérdida anual de valor entre -50 % y 90 % (0.10 para 10 %)</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>no wallet named {name}; add it first</source>
        <translation>no hay ninguna billetera llamada {name}; agréguela primero</translation>
    </message>
    <message>
        <source>{value}: from 1 to {maximum} unused addresses</source>
        <translation>{value}: de 1 a {maximum} direcciones sin usar</translation>
    </message>
    <message>
        <source>already registered to wallet {wallet}</source>
        <translation>ya está registrado en la billetera {wallet}</translation>
    </message>
    <message>
        <source>{address} is already registered to wallet {wallet}</source>
        <translation>{address} ya está registrada en la billetera {wallet}</translation>
    </message>
    <message>
        <source> (1 more address too)</source>
        <translation> (y 1 dirección más)</translation>
    </message>
    <message>
        <source> ({count} more addresses too)</source>
        <translation> (y {count} direcciones más)</translation>
    </message>
    <message>
        <source>{value} in the workspace is not a number of BTC; set it again</source>
        <translation>{value} en el espacio de trabajo no es una cantidad de BTC; vuelva a establecerla</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <source>at most 200 characters</source>
        <translation>como máximo 200 caracteres</translation>
    </message>
    <message>
        <source>a wallet named {name} already exists</source>
        <translation>ya existe una billetera llamada {name}</translation>
    </message>
    <message>
        <source>{value} must be above 0 and at most {maximum}</source>
        <translation>{value} debe ser mayor que 0 y como máximo {maximum}</translation>
    </message>
    <message>
        <source>close of {date}, today</source>
        <translation>cierre del {date}, hoy</translation>
    </message>
    <message>
        <source>close of {date}, 1 day old</source>
        <translation>cierre del {date}, de hace 1 día</translation>
    </message>
    <message>
        <source>close of {date}, {days} days old</source>
        <translation>cierre del {date}, de hace {days} días</translation>
    </message>
    <message>
        <source>close of {date}, the date shown; {before} before today</source>
        <translation>cierre del {date}, la fecha mostrada; {before} antes de hoy</translation>
    </message>
    <message>
        <source>close of {date}, 1 day before the date shown; {before} before today</source>
        <translation>cierre del {date}, 1 día antes de la fecha mostrada; {before} antes de hoy</translation>
    </message>
    <message>
        <source>close of {date}, {days} days before the date shown; {before} before today</source>
        <translation>cierre del {date}, {days} días antes de la fecha mostrada; {before} antes de hoy</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <source>cost method must be one of {choices}</source>
        <translation>el método de costo debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>1 transaction uses it; archive it instead</source>
        <translation>1 transacción la usa; archívela en su lugar</translation>
    </message>
    <message>
        <source>{count} transactions use it; archive it instead</source>
        <translation>{count} transacciones la usan; archívela en su lugar</translation>
    </message>
    <message>
        <source>{quantity} BTC is more than {wallet} holds on {date} ({held} BTC)</source>
        <translation>{quantity} BTC es más de lo que {wallet} tiene el {date} ({held} BTC)</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>no scenario {id} in this workspace (known: {known})</source>
        <translation>no hay ningún escenario {id} en este espacio de trabajo (conocidos: {known})</translation>
    </message>
    <message>
        <source>{id} is built in and cannot be changed; duplicate it to edit a copy</source>
        <translation>{id} viene incluido y no se puede cambiar; duplíquelo para editar una copia</translation>
    </message>
    <message>
        <source>{id} is already used by another scenario</source>
        <translation>{id} ya lo usa otro escenario</translation>
    </message>
    <message>
        <source>{id} is built in and cannot be deleted</source>
        <translation>{id} viene incluido y no se puede eliminar</translation>
    </message>
    <message>
        <source>no stored run {id}</source>
        <translation>no hay ninguna ejecución guardada {id}</translation>
    </message>
</context>
<context>
    <name>program</name>
    <message>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>{value} must be a fraction between 0 and 0.5 (3.1% is 0.031)</source>
        <translation>{value} debe ser una fracción entre 0 y 0.5 (3.1% es 0.031)</translation>
    </message>
    <message>
        <source>purchases would add up to SDR {total} m, more than access SDR {access} m</source>
        <translation>las compras sumarían DEG {total} millones, más que el acceso de DEG {access} millones</translation>
    </message>
    <message>
        <source>{dates} and {more} more</source>
        <extracomment>the first three dates, then how many more: &quot;2025-12-31, 2026-03-31, 2026-06-30 and 2 more&quot;</extracomment>
        <translation>{dates} y {more} más</translation>
    </message>
    <message>
        <source>As of {date}: NIR starts from the last reserve observation by then; later ones ({dates}) are not used.</source>
        <translation>Al {date}: las RIN parten de la última observación de reservas hasta esa fecha; las posteriores ({dates}) no se usan.</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <source>{date} is before the approval date {approval}</source>
        <translation>{date} es anterior a la fecha de aprobación {approval}</translation>
    </message>
    <message>
        <source>an arrangement named {name} already exists</source>
        <translation>ya existe un acuerdo llamado {name}</translation>
    </message>
    <message>
        <source>a quota is already effective from {date}</source>
        <translation>ya hay una cuota vigente desde el {date}</translation>
    </message>
    <message>
        <source>no quota is effective from {date}</source>
        <translation>no hay ninguna cuota vigente desde el {date}</translation>
    </message>
    <message>
        <source>the arrangements need a quota; change it instead of deleting it</source>
        <translation>los acuerdos necesitan una cuota; cámbiela en lugar de eliminarla</translation>
    </message>
    <message>
        <source>the path already has a rate from {date}</source>
        <translation>la trayectoria ya tiene una tasa desde el {date}</translation>
    </message>
    <message>
        <source>the path has no rate from {date}</source>
        <translation>la trayectoria no tiene ninguna tasa desde el {date}</translation>
    </message>
    <message>
        <source>not a member setting</source>
        <translation>no es un parámetro del país miembro</translation>
    </message>
    <message>
        <source>no planned purchase to rescale; add one</source>
        <translation>no hay ninguna compra prevista que reescalar; agregue una</translation>
    </message>
    <message>
        <source>disbursed purchases already use all of access SDR {access} m; nothing is left to plan</source>
        <translation>las compras desembolsadas ya usan todo el acceso de DEG {access} millones; no queda nada por planificar</translation>
    </message>
    <message>
        <source>not a purchase of {name}</source>
        <translation>no es una compra de {name}</translation>
    </message>
    <message>
        <source>SDR {value} m must be greater than 0</source>
        <translation>DEG {value} millones debe ser mayor que 0</translation>
    </message>
    <message>
        <source>no gross reserves on or before {date}: import macro inputs</source>
        <translation>no hay reservas internacionales brutas al {date} ni antes: importe datos macroeconómicos</translation>
    </message>
</context>
</TS>
