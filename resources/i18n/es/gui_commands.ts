<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>commands</name>
    <message>
        <source>Add purchase of {date}</source>
        <translation>Agregar compra del {date}</translation>
    </message>
    <message>
        <source>Edit purchase of {date}</source>
        <translation>Editar compra del {date}</translation>
    </message>
    <message>
        <source>Delete purchase of {date}</source>
        <translation>Eliminar compra del {date}</translation>
    </message>
    <message>
        <source>Add sale of {date}</source>
        <translation>Agregar venta del {date}</translation>
    </message>
    <message>
        <source>Edit sale of {date}</source>
        <translation>Editar venta del {date}</translation>
    </message>
    <message>
        <source>Delete sale of {date}</source>
        <translation>Eliminar venta del {date}</translation>
    </message>
    <message>
        <source>Add mining of {date}</source>
        <translation>Agregar minería del {date}</translation>
    </message>
    <message>
        <source>Edit mining of {date}</source>
        <translation>Editar minería del {date}</translation>
    </message>
    <message>
        <source>Delete mining of {date}</source>
        <translation>Eliminar minería del {date}</translation>
    </message>
    <message>
        <source>Add seizure of {date}</source>
        <translation>Agregar decomiso del {date}</translation>
    </message>
    <message>
        <source>Edit seizure of {date}</source>
        <translation>Editar decomiso del {date}</translation>
    </message>
    <message>
        <source>Delete seizure of {date}</source>
        <translation>Eliminar decomiso del {date}</translation>
    </message>
    <message>
        <source>Add transfer of {date}</source>
        <translation>Agregar transferencia del {date}</translation>
    </message>
    <message>
        <source>Edit transfer of {date}</source>
        <translation>Editar transferencia del {date}</translation>
    </message>
    <message>
        <source>Delete transfer of {date}</source>
        <translation>Eliminar transferencia del {date}</translation>
    </message>
    <message>
        <source>Add donation of {date}</source>
        <translation>Agregar donación del {date}</translation>
    </message>
    <message>
        <source>Edit donation of {date}</source>
        <translation>Editar donación del {date}</translation>
    </message>
    <message>
        <source>Delete donation of {date}</source>
        <translation>Eliminar donación del {date}</translation>
    </message>
    <message>
        <source>Add fee of {date}</source>
        <translation>Agregar comisión del {date}</translation>
    </message>
    <message>
        <source>Edit fee of {date}</source>
        <translation>Editar comisión del {date}</translation>
    </message>
    <message>
        <source>Delete fee of {date}</source>
        <translation>Eliminar comisión del {date}</translation>
    </message>
    <message>
        <source>Add policy {name}</source>
        <translation>Agregar política {name}</translation>
    </message>
    <message>
        <source>Edit policy {name}</source>
        <translation>Editar política {name}</translation>
    </message>
    <message>
        <source>Delete policy {name}</source>
        <translation>Eliminar política {name}</translation>
    </message>
    <message>
        <source>Add scenario {name}</source>
        <translation>Agregar escenario {name}</translation>
    </message>
    <message>
        <source>Edit scenario {name}</source>
        <translation>Editar escenario {name}</translation>
    </message>
    <message>
        <source>Delete scenario {name}</source>
        <translation>Eliminar escenario {name}</translation>
    </message>
    <message>
        <source>Add quota from {date}</source>
        <translation>Agregar cuota desde el {date}</translation>
    </message>
    <message>
        <source>Edit quota from {date}</source>
        <translation>Editar cuota desde el {date}</translation>
    </message>
    <message>
        <source>Delete quota from {date}</source>
        <translation>Eliminar cuota desde el {date}</translation>
    </message>
    <message>
        <source>Add SDR rate from {date}</source>
        <translation>Agregar tasa de interés del DEG desde el {date}</translation>
    </message>
    <message>
        <source>Edit SDR rate from {date}</source>
        <translation>Editar tasa de interés del DEG desde el {date}</translation>
    </message>
    <message>
        <source>Delete SDR rate from {date}</source>
        <translation>Eliminar tasa de interés del DEG desde el {date}</translation>
    </message>
    <message>
        <source>Cannot apply the change</source>
        <translation>No se puede aplicar el cambio</translation>
    </message>
    <message>
        <source>Edit terms of {name}</source>
        <translation>Editar condiciones de {name}</translation>
    </message>
    <message>
        <source>Add wallet {name}</source>
        <translation>Agregar billetera {name}</translation>
    </message>
    <message>
        <source>Archive wallet {name}</source>
        <translation>Archivar billetera {name}</translation>
    </message>
    <message>
        <source>Edit wallet {name}</source>
        <translation>Editar billetera {name}</translation>
    </message>
    <message>
        <source>Delete 1 stored run</source>
        <translation>Eliminar 1 ejecución guardada</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stored runs</source>
        <translation><numerusform>Eliminar %n ejecución guardada</numerusform><numerusform>Eliminar %n ejecuciones guardadas</numerusform></translation>
    </message>
    <message>
        <source>Edit currency settings</source>
        <translation>Editar la configuración de moneda</translation>
    </message>
</context>
</TS>
