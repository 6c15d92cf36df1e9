<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ImportButtons</name>
    <message>
        <source>C&amp;heck</source>
        <extracomment>check a file before importing it: a dry run that writes nothing</extracomment>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
</TS>
