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
    <message>
        <source>SDR</source>
        <extracomment>the IMF&apos;s Special Drawing Right as a currency label before an amount (Spanish: DEG)</extracomment>
        <translation>DEG</translation>
    </message>
    <message>
        <source>{code} {amount} bn</source>
        <extracomment>an amount in billions (thousands of millions) of a currency named by its code: PKR 194.85 bn</extracomment>
        <translation>{code} {amount} mil mill.</translation>
    </message>
    <message>
        <source>{code} {amount} m</source>
        <extracomment>an amount in millions of a currency named by its code: SDR 532.4 m</extracomment>
        <translation>{code} {amount} mill.</translation>
    </message>
</context>
</TS>
