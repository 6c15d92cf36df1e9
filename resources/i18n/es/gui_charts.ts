<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>charts</name>
    <message>
        <source>Paths</source>
        <extracomment>the count of simulated price paths in a histogram's bar</extracomment>
        <translation>Trayectorias</translation>
    </message>
</context>
</TS>
