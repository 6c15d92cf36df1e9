<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ArrangementDialog</name>
    <message>
        <source>Terms: {name}</source>
        <translation>Condiciones: {name}</translation>
    </message>
    <message>
        <source>custom</source>
        <extracomment>a facility with repayment terms the user sets</extracomment>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>The member's quota on the approval date; change it in Member terms… (a history with effective dates, one for every arrangement).</source>
        <translation>La cuota del país miembro en la fecha de aprobación; cámbiela en Condiciones del país miembro… (un historial con fechas de vigencia, uno para todos los acuerdos).</translation>
    </message>
    <message>
        <source>By date (the policy in force on each day)</source>
        <translation>Según la fecha (la política vigente en cada día)</translation>
    </message>
    <message>
        <source>Pinned: {policy}</source>
        <translation>Fijada: {policy}</translation>
    </message>
    <message>
        <source>By date: the IMF's charges changed on 2024-11-01 and each day's charges follow the policy then in force. Pinned: this arrangement's margin and fees follow one policy.</source>
        <translation>Según la fecha: los cargos del FMI cambiaron el 2024-11-01 y los cargos de cada día siguen la política vigente ese día. Fijada: el margen y las comisiones de este acuerdo siguen una sola política.</translation>
    </message>
    <message>
        <source>custom facilities: installments, months between them, months to the first</source>
        <translation>servicios personalizados: número de pagos de reembolso, meses entre ellos, meses hasta el primero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Length (months)</source>
        <translation>Duración (meses)</translation>
    </message>
    <message>
        <source>Access (SDR millions)</source>
        <translation>Acceso (millones de DEG)</translation>
    </message>
    <message>
        <source>Member's quota</source>
        <translation>Cuota del país miembro</translation>
    </message>
    <message>
        <source>USD per SDR</source>
        <translation>US$ por DEG</translation>
    </message>
    <message>
        <source>Charges policy</source>
        <translation>Política de cargos</translation>
    </message>
    <message>
        <source>Repayment (custom)</source>
        <translation>Reembolso (personalizado)</translation>
    </message>
    <message>
        <source>none yet: add it in Member terms…</source>
        <translation>aún no hay: agréguela en Condiciones del país miembro…</translation>
    </message>
    <message>
        <source>SDR {quota} m on the approval date; access {share} of quota</source>
        <translation>DEG {quota} millones en la fecha de aprobación; acceso equivalente al {share} de la cuota</translation>
    </message>
</context>
</TS>
