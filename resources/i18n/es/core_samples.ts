<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>samples</name>
    <message>
        <source>unknown sample {name}; choose one of {choices}</source>
        <translation>ejemplo desconocido {name}; elija uno de estos: {choices}</translation>
    </message>
</context>
</TS>
