<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (ISO)</source>
        <extracomment>the order of a date&apos;s parts in the file (YYYY, MM, DD as the reader&apos;s language writes them)</extracomment>
        <translation>AAAA-MM-DD (ISO)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY (day first)</source>
        <translation>DD/MM/AAAA (día primero)</translation>
    </message>
    <message>
        <source>MM/DD/YYYY (month first)</source>
        <translation>MM/DD/AAAA (mes primero)</translation>
    </message>
    <message>
        <source>point: 1234.56</source>
        <extracomment>the file&apos;s decimal mark</extracomment>
        <translation>punto: 1234.56</translation>
    </message>
    <message>
        <source>comma: 1234,56</source>
        <extracomment>the file&apos;s decimal mark</extracomment>
        <translation>coma: 1234,56</translation>
    </message>
    <message>
        <source>The currency the file&apos;s rates are for: choose one or type its code (three letters, such as PKR; SDR or XDR for the SDR)</source>
        <translation>La moneda de los tipos de cambio del archivo: elija una o escriba su código (tres letras, como PKR; SDR o XDR para el DEG)</translation>
    </message>
    <message>
        <source>units of the currency per US$ (USD/PKR: 278.40)</source>
        <extracomment>how an exchange-rate file quotes its rates</extracomment>
        <translation>unidades de la moneda por US$ (USD/PKR: 278.40)</translation>
    </message>
    <message>
        <source>US$ per unit of the currency (the IMF&apos;s SDR: 1.3281)</source>
        <extracomment>how an exchange-rate file quotes its rates</extracomment>
        <translation>US$ por unidad de la moneda (el DEG del FMI: 1.3281)</translation>
    </message>
    <message>
        <source>Import the valid rows even if some rows are invalid</source>
        <translation>Importar las filas válidas aunque haya filas no válidas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Quoted as</source>
        <extracomment>how the file&apos;s exchange rates are quoted</extracomment>
        <translation>Cotizado en</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Columna de fecha</translation>
    </message>
    <message>
        <source>Close column</source>
        <extracomment>the file&apos;s column holding the closing price</extracomment>
        <translation>Columna de cierre</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>the row of the file a problem is in</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>A rate of 278.40 means {code} 278.40 for one US$.</source>
        <translation>Un tipo de cambio de 278.40 significa {code} 278.40 por un US$.</translation>
    </message>
    <message>
        <source>A rate of 1.3281 means US$1.3281 for one {code}; it is kept as {code} per US$ (1 / 1.3281 = 0.7530).</source>
        <translation>Un tipo de cambio de 1.3281 significa US$1.3281 por un {code}; se guarda como {code} por US$ (1 / 1.3281 = 0.7530).</translation>
    </message>
    <message>
        <source>A figure converts at the last rate on or before its own date, if at most {days} days old.</source>
        <translation>Cada cifra se convierte al último tipo de cambio en o antes de su propia fecha, si no tiene más de {days} días.</translation>
    </message>
    <message>
        <source>Choose a file, then Check to see what it holds before anything is written.</source>
        <translation>Elija un archivo y luego Verificar para ver lo que contiene antes de escribir nada.</translation>
    </message>
    <message>
        <source>The file is accepted whole or refused whole.</source>
        <translation>El archivo se acepta entero o se rechaza entero.</translation>
    </message>
    <message>
        <source>Recognised as {format}.</source>
        <translation>Reconocido como {format}.</translation>
    </message>
    <message>
        <source>Columns not recognised: choose the date and close columns.</source>
        <translation>Columnas no reconocidas: elija las columnas de fecha y de cierre.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Elija primero un archivo.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>These may not be prices of {asset}</source>
        <translation>Puede que no sean precios de {asset}</translation>
    </message>
    <message>
        <source>{file} does not look like {asset} prices in US$:

{evidence}.

It may be another series (an exchange rate, another asset or currency). Import it as {asset} prices anyway?</source>
        <translation>{file} no parece contener precios de {asset} en US$:

{evidence}.

Puede ser otra serie (un tipo de cambio, otro activo u otra moneda). ¿Importarlo de todos modos como precios de {asset}?</translation>
    </message>
    <message>
        <source>Nothing was written: {error}</source>
        <translation>No se escribió nada: {error}</translation>
    </message>
</context>
</TS>
