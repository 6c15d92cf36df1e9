<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>MemberDialog</name>
    <message>
        <source>entered in Reserve Desk</source>
        <translation>ingresado en Reserve Desk</translation>
    </message>
    <message>
        <source>PRGT-eligible members with income per head below the IDA operational cutoff</source>
        <translation>países miembros habilitados para el FFCLP con ingreso per cápita inferior al umbral operativo de la AIF</translation>
    </message>
    <message>
        <source>other PRGT-eligible members</source>
        <translation>otros países miembros habilitados para el FFCLP</translation>
    </message>
    <message>
        <source>every other RSF-eligible member</source>
        <translation>todos los demás países miembros habilitados para el SRS</translation>
    </message>
    <message>
        <source>{group}: {who}: SDR rate + {margin} bp.</source>
        <translation>{group}: {who}: tasa del DEG + {margin} pb.</translation>
    </message>
    <message>
        <source>The Resilience and Sustainability Trust prices RSF loans by country group: interest is the SDR interest rate plus the group's margin, with no service charge, commitment fee or surcharge.</source>
        <translation>El Fondo Fiduciario para la Resiliencia y la Sostenibilidad (FFRS) fija el costo de los préstamos del SRS por grupo de países: el interés es la tasa de interés del DEG más el margen del grupo, sin cargo por servicio, comisión por compromiso de recursos ni sobretasa.</translation>
    </message>
    <message>
        <source>Not set: group C is assumed, and the schedules say so.</source>
        <translation>Sin definir: se supone el grupo C, y los calendarios lo indican.</translation>
    </message>
    <message>
        <source>Source: IMF Policy Paper No. 2022/013, Proposal to Establish a Resilience and Sustainability Trust (April 2022), which tiers the interest rate by country group; IMF, RSF factsheet (2023).</source>
        <translation>Fuente: FMI, Policy Paper No. 2022/013, Proposal to Establish a Resilience and Sustainability Trust (abril de 2022), que escalona la tasa de interés por grupo de países; FMI, ficha técnica del SRS (2023).</translation>
    </message>
    <message>
        <source>Member terms</source>
        <translation>Condiciones del país miembro</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Quota (SDR m)</source>
        <translation>Cuota (mill. DEG)</translation>
    </message>
    <message>
        <source>Source or note</source>
        <translation>Fuente o nota</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>SDR rate</source>
        <translation>Tasa del DEG</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import weekly rates (CSV)…</source>
        <translation>Importar tasas semanales (CSV)…</translation>
    </message>
    <message>
        <source>The IMF's weekly SDR interest rate, saved as date,rate (the rate as a fraction); steps already in the path are kept</source>
        <translation>La tasa de interés semanal del DEG publicada por el FMI, guardada como fecha,tasa (la tasa como fracción); se conservan los tramos que ya están en la trayectoria</translation>
    </message>
    <message>
        <source>IMF quota</source>
        <translation>Cuota en el FMI</translation>
    </message>
    <message>
        <source>Each figure holds from its date until the next. Access, credit as % of quota and the surcharge threshold use the quota in force on each day; credit before the first date uses the first quota.</source>
        <translation>Cada cifra rige desde su fecha hasta la siguiente. El acceso, el crédito como % de la cuota y el umbral de las sobretasas usan la cuota vigente en cada día; el crédito anterior a la primera fecha usa la primera cuota.</translation>
    </message>
    <message>
        <source>SDR interest rate (one path for every arrangement)</source>
        <translation>Tasa de interés del DEG (una trayectoria para todos los acuerdos)</translation>
    </message>
    <message>
        <source>Not set (group C assumed)</source>
        <translation>Sin definir (se supone el grupo C)</translation>
    </message>
    <message>
        <source>Group {group}</source>
        <translation>Grupo {group}</translation>
    </message>
    <message>
        <source>RST pricing group (RSF loans):</source>
        <translation>Grupo de precios del FFRS (préstamos del SRS):</translation>
    </message>
    <message>
        <source>The workspace's member in the Fund: every arrangement uses these. Each change is saved as you make it; Edit &gt; Undo reverses it.</source>
        <translation>El país miembro del Fondo de este espacio de trabajo: todos los acuerdos usan estas condiciones. Cada cambio se guarda al hacerlo; Editar &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Held flat at the last rate</source>
        <translation>Constante en la última tasa</translation>
    </message>
    <message>
        <source>A rate I set:</source>
        <translation>Una tasa que fijo:</translation>
    </message>
    <message>
        <source>The SDR interest rate assumed after the last step of the path, for every arrangement</source>
        <translation>La tasa de interés del DEG supuesta después del último tramo de la trayectoria, para todos los acuerdos</translation>
    </message>
    <message>
        <source>No SDR rate yet: add one, or import a program file that states it.</source>
        <translation>Aún no hay tasa del DEG: agregue una o importe un archivo de programa que la indique.</translation>
    </message>
    <message>
        <source>After the last observation ({date}, {rate}):</source>
        <translation>Después de la última observación ({date}, {rate}):</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Seleccione primero una fila.</translation>
    </message>
    <message>
        <source>RST pricing group: {group}</source>
        <translation>Grupo de precios del FFRS: {group}</translation>
    </message>
    <message>
        <source>RST pricing group: not set</source>
        <translation>Grupo de precios del FFRS: sin definir</translation>
    </message>
    <message>
        <source>SDR rate after the last observation: held flat</source>
        <translation>Tasa del DEG después de la última observación: constante</translation>
    </message>
    <message>
        <source>SDR rate after the last observation: {rate}</source>
        <translation>Tasa del DEG después de la última observación: {rate}</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Edit quota</source>
        <translation>Editar cuota</translation>
    </message>
    <message>
        <source>Add quota</source>
        <translation>Agregar cuota</translation>
    </message>
    <message>
        <source>Edit SDR interest rate</source>
        <translation>Editar tasa de interés del DEG</translation>
    </message>
    <message>
        <source>Add SDR interest rate</source>
        <translation>Agregar tasa de interés del DEG</translation>
    </message>
    <message>
        <source>e.g. IMF, Members' quotas and voting power</source>
        <translation>p. ej., FMI, cuotas y número de votos de los países miembros</translation>
    </message>
    <message>
        <source>e.g. IMF, SDR interest rate for the week of …</source>
        <translation>p. ej., FMI, tasa de interés del DEG de la semana del …</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Quota (SDR millions)</source>
        <translation>Cuota (millones de DEG)</translation>
    </message>
    <message>
        <source>SDR interest rate</source>
        <translation>Tasa de interés del DEG</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
</TS>
