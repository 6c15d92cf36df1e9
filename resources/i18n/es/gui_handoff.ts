<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Listener</name>
    <message>
        <source>{file} is already open in this window.</source>
        <translation>{file} ya está abierto en esta ventana.</translation>
    </message>
</context>
</TS>
