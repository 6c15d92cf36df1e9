<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>internal error ({kind}: {message}). Please report this with the log file {log}, and the steps that led to it.</source>
        <translation>error interno ({kind}: {message}). Por favor, infórmelo adjuntando el archivo de registro {log} y los pasos que llevaron a él.</translation>
    </message>
    <message>
        <source>internal error ({kind}: {message}). Please report this, and the steps that led to it.</source>
        <translation>error interno ({kind}: {message}). Por favor, infórmelo junto con los pasos que llevaron a él.</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sin mensaje</translation>
    </message>
</context>
</TS>
