<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>fmt</name>
    <message>
        <source>US${amount} bn</source>
        <extracomment>US dollars in billions (thousands of millions), short for a card</extracomment>
        <translation>US${amount} mil mill.</translation>
    </message>
    <message>
        <source>US${amount} m</source>
        <extracomment>US dollars in millions, short for a card</extracomment>
        <translation>US${amount} mill.</translation>
    </message>
</context>
</TS>
