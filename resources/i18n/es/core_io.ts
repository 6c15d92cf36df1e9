<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>chain_statements</name>
    <message>
        <source>and {count} more problems</source>
        <translation>y {count} problemas más</translation>
    </message>
    <message>
        <source>the file is {size} GB; split the statement into files under {maximum} GB</source>
        <translation>el archivo ocupa {size} GB; divida el estado en archivos de menos de {maximum} GB</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <extracomment>{reason} is Python&apos;s own English words for the error</extracomment>
        <translation>JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>the file must be a JSON array of transactions (what the explorer or node returned)</source>
        <translation>el archivo debe ser una lista JSON de transacciones (lo que devolvió el explorador o el nodo)</translation>
    </message>
    <message>
        <source>must be a transaction id: 64 hexadecimal characters</source>
        <translation>debe ser un id de transacción: 64 caracteres hexadecimales</translation>
    </message>
    <message>
        <source>must be a whole number of satoshis</source>
        <translation>debe ser un número entero de satoshis</translation>
    </message>
    <message>
        <source>{value} is not a possible amount of satoshis</source>
        <translation>{value} no es una cantidad posible de satoshis</translation>
    </message>
    <message>
        <source>must be a number of BTC</source>
        <translation>debe ser una cantidad de BTC</translation>
    </message>
    <message>
        <source>{value} BTC is not a whole number of satoshis up to 21 million BTC</source>
        <translation>{value} BTC no es un número entero de satoshis de hasta 21 millones de BTC</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>must be a block time in Unix seconds</source>
        <translation>debe ser una hora de bloque en segundos Unix</translation>
    </message>
    <message>
        <source>{value} is before the first block or in the future</source>
        <translation>{value} es anterior al primer bloque o está en el futuro</translation>
    </message>
    <message>
        <source>must be a bitcoin address</source>
        <translation>debe ser una dirección de bitcoin</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be a JSON array</source>
        <translation>debe ser una lista JSON</translation>
    </message>
    <message>
        <source>{count} entries: no bitcoin transaction has more than {maximum}</source>
        <translation>número de elementos: {count}; ninguna transacción de bitcoin tiene más de {maximum}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>is not an input as Esplora gives it</source>
        <translation>no es una entrada como la da Esplora</translation>
    </message>
    <message>
        <source>is not an output as Esplora gives it</source>
        <translation>no es una salida como la da Esplora</translation>
    </message>
    <message>
        <source>the inputs add up to more than 21 million BTC</source>
        <translation>las entradas suman más de 21 millones de BTC</translation>
    </message>
    <message>
        <source>the outputs add up to more than 21 million BTC</source>
        <translation>las salidas suman más de 21 millones de BTC</translation>
    </message>
    <message>
        <source>the outputs ({outputs} sat) exceed the inputs ({inputs} sat)</source>
        <translation>las salidas ({outputs} sat) superan las entradas ({inputs} sat)</translation>
    </message>
    <message>
        <source>{fee} sat, but a coinbase transaction pays no fee</source>
        <translation>{fee} sat, pero una transacción coinbase no paga comisión</translation>
    </message>
    <message>
        <source>{fee} sat, but the inputs less the outputs are {difference} sat</source>
        <translation>{fee} sat, pero las entradas menos las salidas son {difference} sat</translation>
    </message>
    <message>
        <source>{value} is not a listtransactions category</source>
        <translation>{value} no es una categoría de listtransactions</translation>
    </message>
    <message>
        <source>transaction {txid} has two block times</source>
        <translation>la transacción {txid} tiene dos horas de bloque</translation>
    </message>
    <message>
        <source>a send is negative in listtransactions</source>
        <translation>un envío (send) es negativo en listtransactions</translation>
    </message>
    <message>
        <source>a send&apos;s fee is negative in listtransactions</source>
        <translation>la comisión de un envío (send) es negativa en listtransactions</translation>
    </message>
    <message>
        <source>the send entries of {txid} add up to more than 21 million BTC</source>
        <translation>los envíos (send) de {txid} suman más de 21 millones de BTC</translation>
    </message>
    <message>
        <source>a receipt or unspent output must be positive</source>
        <translation>una recepción o una salida no gastada debe ser positiva</translation>
    </message>
    <message>
        <source>a receipt must name the wallet&apos;s address</source>
        <translation>una recepción debe indicar la dirección de la billetera</translation>
    </message>
    <message>
        <source>output {n} of {txid} is listed twice with different amounts</source>
        <translation>la salida {n} de {txid} aparece dos veces con montos distintos</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>{value} is not a whole number of satoshis</source>
        <translation>{value} no es un número entero de satoshis</translation>
    </message>
    <message>
        <source>transaction {txid} has another block time on {where}</source>
        <translation>la transacción {txid} tiene otra hora de bloque en {where}</translation>
    </message>
    <message>
        <source>{address} appears twice in transaction {txid}; give one net movement</source>
        <translation>{address} aparece dos veces en la transacción {txid}; indique un solo movimiento neto</translation>
    </message>
    <message>
        <source>{value} is not Unix seconds or an ISO 8601 date and time</source>
        <translation>{value} no son segundos Unix ni una fecha y hora ISO 8601</translation>
    </message>
</context>
<context>
    <name>csv_source</name>
    <message>
        <source>date order must be one of {choices}</source>
        <translation>el orden de la fecha debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>decimal mark must be one of {choices}</source>
        <translation>el separador decimal debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (CSV UTF-8) and import again</source>
        <translation>el archivo es texto UTF-16; guárdelo como UTF-8 (CSV UTF-8) e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>the file is binary, not CSV text</source>
        <translation>el archivo es binario, no texto CSV</translation>
    </message>
    <message>
        <source>the header is longer than {count} characters; the first row must name the columns</source>
        <translation>el encabezado tiene más de {count} caracteres; la primera fila debe nombrar las columnas</translation>
    </message>
    <message>
        <source>the header is empty</source>
        <translation>el encabezado está vacío</translation>
    </message>
    <message>
        <source>columns named twice: {names}</source>
        <translation>columnas nombradas dos veces: {names}</translation>
    </message>
    <message>
        <source>has {count} fields; the header has {width}</source>
        <translation>número de campos: {count}; el encabezado tiene {width}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>missing columns: {names}</source>
        <translation>faltan columnas: {names}</translation>
    </message>
    <message>
        <source>unknown columns: {names}</source>
        <translation>columnas desconocidas: {names}</translation>
    </message>
    <message>
        <source>{value} has a decimal comma; choose the decimal comma option</source>
        <translation>{value} tiene coma decimal; elija la opción de coma decimal</translation>
    </message>
    <message>
        <source>{value} is not a date in DD/MM/YYYY form</source>
        <translation>{value} no es una fecha con la forma DD/MM/AAAA</translation>
    </message>
    <message>
        <source>{value} is not a date in MM/DD/YYYY form</source>
        <translation>{value} no es una fecha con la forma MM/DD/AAAA</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} no es un número finito</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} caracteres)</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>{start}… ({count} characters in all)</source>
        <translation>{start}… ({count} caracteres en total)</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}; y {count} más</translation>
    </message>
    <message>
        <source>row {row}: {field}: {reason}</source>
        <translation>fila {row}, campo «{field}»: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>fila {row}: {reason}</translation>
    </message>
    <message>
        <source>{value} is not a date in YYYY-MM-DD form</source>
        <translation>{value} no es una fecha con la forma AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es uno de estos: {choices}</translation>
    </message>
    <message>
        <source>{value} appears twice (first on row {row})</source>
        <translation>{value} aparece dos veces (la primera en la fila {row})</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {maximum} are allowed</source>
        <translation>tiene {length} caracteres; se admiten como máximo {maximum}</translation>
    </message>
    <message>
        <source>{date} is before {earliest}</source>
        <translation>{date} es anterior a {earliest}</translation>
    </message>
    <message>
        <source>{date} is after {latest}</source>
        <translation>{date} es posterior a {latest}</translation>
    </message>
    <message>
        <source>a date in YYYY-MM-DD form is required</source>
        <translation>se requiere una fecha con la forma AAAA-MM-DD</translation>
    </message>
    <message>
        <source>is too large to be a number</source>
        <translation>es demasiado grande para ser un número</translation>
    </message>
    <message>
        <source>{value} must be greater than {minimum}</source>
        <translation>{value} debe ser mayor que {minimum}</translation>
    </message>
    <message>
        <source>{value} must be at least {minimum}</source>
        <translation>{value} debe ser al menos {minimum}</translation>
    </message>
    <message>
        <source>{value} must be less than {maximum}</source>
        <translation>{value} debe ser menor que {maximum}</translation>
    </message>
    <message>
        <source>{value} is larger than the maximum {maximum}</source>
        <translation>{value} supera el máximo de {maximum}</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} is outside {minimum}..{maximum}</source>
        <translation>{value} está fuera de {minimum}..{maximum}</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} no es texto</translation>
    </message>
    <message>
        <source>holds control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>is not valid text</source>
        <translation>no es texto válido</translation>
    </message>
</context>
<context>
    <name>fx_csv</name>
    <message>
        <source>currency: US$ figures need no rate; name the other currency (for example PKR or SDR)</source>
        <translation>currency: las cifras en US$ no necesitan tipo de cambio; indique la otra moneda (por ejemplo PKR o SDR)</translation>
    </message>
    <message>
        <source>quote: must be per-usd or usd-per-unit</source>
        <translation>quote: debe ser per-usd o usd-per-unit</translation>
    </message>
    <message>
        <source>{value} is not a rate ({per_usd:g} units per US$); is the quote right?</source>
        <translation>{value} no es un tipo de cambio ({per_usd:g} unidades por US$); ¿es correcta la cotización?</translation>
    </message>
    <message>
        <source>{value} read as {quote} gives US${usd:.4f} per SDR, outside the SDR&apos;s range since 1970 (about US$1.00 to 1.63): the IMF quotes the SDR in US$ per SDR (about 1.33), the quote usd-per-unit; SDR per US$ (about 0.75) is per-usd</source>
        <translation>{value} leído como {quote} da US${usd:.4f} por DEG, fuera del rango del DEG desde 1970 (de US$1,00 a 1,63 aproximadamente): el FMI cotiza el DEG en US$ por DEG (alrededor de 1,33), la cotización usd-per-unit; DEG por US$ (alrededor de 0,75) es per-usd</translation>
    </message>
</context>
<context>
    <name>imf_payments_tsv</name>
    <message>
        <source>{value} is not one this app knows: {known}</source>
        <translation>{value} no es una de las que la aplicación conoce: {known}</translation>
    </message>
    <message>
        <source>{value} is not a date like &apos;July 20, 2023&apos;</source>
        <extracomment>the IMF writes its dates in English (&apos;July 20, 2023&apos;): the example stays as the file has it</extracomment>
        <translation>{value} no es una fecha como &apos;July 20, 2023&apos;</translation>
    </message>
    <message>
        <source>{date} is outside {first}..{last}</source>
        <translation>{date} está fuera de {first}..{last}</translation>
    </message>
    <message>
        <source>{value} is negative; a payment due is at least 0</source>
        <translation>{value} es negativo; un pago adeudado es al menos 0</translation>
    </message>
    <message>
        <source>{value} is not an amount in SDR like 126,937,500</source>
        <extracomment>the IMF&apos;s file writes amounts as 126,937,500 whatever the reader&apos;s locale</extracomment>
        <translation>{value} no es un monto en DEG como 126,937,500</translation>
    </message>
    <message>
        <source>{value} must be less than {maximum} SDR</source>
        <translation>{value} debe ser menor que DEG {maximum}</translation>
    </message>
    <message>
        <source>has {count} fields; {description}, {date} and {amount} are expected</source>
        <translation>número de campos: {count}; se esperan {description}, {date} y {amount}</translation>
    </message>
    <message>
        <source>the file is {size} MB; a schedule of payments is far smaller</source>
        <translation>el archivo ocupa {size} MB; un calendario de pagos es mucho más pequeño</translation>
    </message>
    <message>
        <source>the file is binary, not the IMF&apos;s tab-separated text</source>
        <translation>el archivo es binario, no el texto separado por tabulaciones del FMI</translation>
    </message>
    <message>
        <source>the file is not tab-separated text ({reason})</source>
        <translation>el archivo no es texto separado por tabulaciones ({reason})</translation>
    </message>
    <message>
        <source>the total for {year} appears twice (first on row {row})</source>
        <translation>el total de {year} aparece dos veces (la primera en la fila {row})</translation>
    </message>
    <message>
        <source>the file holds no payment lines ({description}, {date}, {amount})</source>
        <translation>el archivo no contiene líneas de pago ({description}, {date}, {amount})</translation>
    </message>
    <message>
        <source>the total for {year}, {total}, is not the sum of its {count} lines, {sum}</source>
        <translation>el total de {year}, {total}, no es la suma de sus líneas (número de líneas: {count}; suma: {sum})</translation>
    </message>
    <message>
        <source>the IMF&apos;s projection as of {date} is already in the workspace (the same lines)</source>
        <translation>la proyección del FMI al {date} ya está en el espacio de trabajo (con las mismas líneas)</translation>
    </message>
    <message>
        <source>the IMF&apos;s projection as of {date} is already in the workspace with other lines; delete it first</source>
        <translation>la proyección del FMI al {date} ya está en el espacio de trabajo con otras líneas; elimínela primero</translation>
    </message>
</context>
<context>
    <name>import_report</name>
    <message>
        <source>import of {file} cancelled; nothing was written</source>
        <translation>importación de {file} cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>el archivo tiene encabezado pero ninguna fila</translation>
    </message>
    <message>
        <source>would add {count} exchange rates</source>
        <translation>añadiría {count} tipos de cambio</translation>
    </message>
    <message>
        <source>added {count} exchange rates</source>
        <translation>se añadieron {count} tipos de cambio</translation>
    </message>
    <message>
        <source>{file}: {read} rows read, {new} new, {duplicates} duplicates, {invalid} invalid; </source>
        <translation>{file}: filas leídas: {read}, nuevas: {new}, duplicadas: {duplicates}, no válidas: {invalid}; </translation>
    </message>
    <message>
        <source>the import would be blocked ({reason}); nothing would be added</source>
        <translation>la importación quedaría bloqueada ({reason}); no se agregaría nada</translation>
    </message>
    <message>
        <source>the import was blocked ({reason}); nothing was added</source>
        <translation>la importación quedó bloqueada ({reason}); no se agregó nada</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <source>would add {count} prices</source>
        <translation>precios que se agregarían: {count}</translation>
    </message>
    <message>
        <source>added {count} prices</source>
        <translation>precios agregados: {count}</translation>
    </message>
    <message>
        <source>would add {count} transactions</source>
        <translation>transacciones que se agregarían: {count}</translation>
    </message>
    <message>
        <source>added {count} transactions</source>
        <translation>transacciones agregadas: {count}</translation>
    </message>
    <message>
        <source>1 invalid row blocks the import</source>
        <translation>1 fila no válida bloquea la importación</translation>
    </message>
    <message>
        <source>{count} invalid rows block the import</source>
        <translation>{count} filas no válidas bloquean la importación</translation>
    </message>
</context>
<context>
    <name>importers</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>gross_reserves_usd: gross official reserve assets, not net international reserves; short_term_debt_usd: external debt at remaining maturity (due within 12 months); other_liabilities_usd: other portfolio liabilities (nonresidents&apos; portfolio equity and longer debt); exports, imports and remittances over the 12 months to the date (IMF, Assessing Reserve Adequacy, 2011); gdp_usd (optional): nominal GDP over the 12 months to the date.</source>
        <translation>gross_reserves_usd: activos de reserva oficiales brutos, no reservas internacionales netas; short_term_debt_usd: deuda externa a plazo residual (con vencimiento en los próximos 12 meses); other_liabilities_usd: otros pasivos de cartera (participaciones de capital de cartera de no residentes y deuda de plazo más largo); exportaciones, importaciones y remesas de los 12 meses hasta la fecha (FMI, Assessing Reserve Adequacy, 2011); gdp_usd (opcional): PIB nominal de los 12 meses hasta la fecha.</translation>
    </message>
    <message>
        <source>The file the IMF&apos;s page &quot;Projected Payments to the IMF&quot; of the member&apos;s &quot;Financial Position in the Fund&quot; offers for download (TSV): Description, Schedule Date, Total Amount Due in SDR. It is the IMF&apos;s projection as of the date its title states (or the day before its first payment); the latest one is compared with the app&apos;s.</source>
        <translation>El archivo que ofrece para descargar (TSV) la página &quot;Projected Payments to the IMF&quot; de la &quot;Financial Position in the Fund&quot; del país miembro: Description, Schedule Date, Total Amount Due en DEG. Es la proyección del FMI a la fecha que indica su título (o al día anterior a su primer pago); la más reciente se compara con la de la aplicación.</translation>
    </message>
    <message>
        <source>An exchange-rate series in a price file&apos;s format (Yahoo Finance, date,close, or named columns). Quote per US$: units of the currency per US$, as USD/PKR is quoted (278.40); US$ per unit: as the IMF quotes the SDR (1.3281). Rates are kept per US$.</source>
        <translation>Una serie de tipos de cambio en el formato de un archivo de precios (Yahoo Finance, date,close o columnas indicadas). Cotización por US$: unidades de la moneda por US$, como se cotiza USD/PKR (278.40); US$ por unidad: como el FMI cotiza el DEG (1.3281). Los tipos se guardan por US$.</translation>
    </message>
    <message>
        <source>date,rate: the SDR interest rate in force from each date, as a fraction (0.0312 for 3.12%), from the IMF&apos;s SDR interest rate series; an optional source column.</source>
        <translation>date,rate: la tasa de interés del DEG vigente desde cada fecha, como fracción (0.0312 para 3.12%), de la serie de tasas de interés del DEG del FMI; una columna source opcional.</translation>
    </message>
    <message>
        <source>would add it</source>
        <translation>se agregaría</translation>
    </message>
    <message>
        <source>would add them</source>
        <translation>se agregarían</translation>
    </message>
    <message>
        <source>added it</source>
        <translation>se agregó</translation>
    </message>
    <message>
        <source>added them</source>
        <translation>se agregaron</translation>
    </message>
    <message>
        <source>{file}: refused, nothing would be added ({problems})</source>
        <translation>{file}: rechazado, no se agregaría nada ({problems})</translation>
    </message>
    <message>
        <source>{file}: refused, nothing was added ({problems})</source>
        <translation>{file}: rechazado, no se agregó nada ({problems})</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} problemas</translation>
    </message>
    <message>
        <source>{file}: {name} ({facility}, approved {approved}, {months} months, access SDR {access} m); {purchases}, {test_dates}, {benchmarks}; would add the arrangement</source>
        <translation>{file}: {name} ({facility}, aprobado el {approved}, {months} meses, acceso DEG {access} millones); {purchases}, {test_dates}, {benchmarks}; se agregaría el acuerdo</translation>
    </message>
    <message>
        <source>{file}: {name} ({facility}, approved {approved}, {months} months, access SDR {access} m); {purchases}, {test_dates}, {benchmarks}; added the arrangement</source>
        <translation>{file}: {name} ({facility}, aprobado el {approved}, {months} meses, acceso DEG {access} millones); {purchases}, {test_dates}, {benchmarks}; se agregó el acuerdo</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>1 compra</translation>
    </message>
    <message>
        <source>{count} purchases</source>
        <translation>{count} compras</translation>
    </message>
    <message>
        <source>1 test date</source>
        <translation>1 fecha de evaluación</translation>
    </message>
    <message>
        <source>{count} test dates</source>
        <translation>{count} fechas de evaluación</translation>
    </message>
    <message>
        <source>1 benchmark</source>
        <translation>1 referencia estructural</translation>
    </message>
    <message>
        <source>{count} benchmarks</source>
        <translation>{count} referencias estructurales</translation>
    </message>
    <message>
        <source>1 date</source>
        <translation>1 fecha</translation>
    </message>
    <message>
        <source>{count} dates</source>
        <translation>{count} fechas</translation>
    </message>
    <message>
        <source>{file}: {dates} from {first} to {last}; {outcome}</source>
        <translation>{file}: {dates} del {first} al {last}; {outcome}</translation>
    </message>
    <message>
        <source>. The workspace holds a later projection (as of {date}), which stays the one used</source>
        <translation>. El espacio de trabajo tiene una proyección posterior (al {date}), que sigue siendo la que se usa</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 línea</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} líneas</translation>
    </message>
    <message>
        <source>{file}: the IMF&apos;s projected payments as of {date}, {lines} from {first} to {last}, SDR {total} m in all; {outcome}</source>
        <translation>{file}: los pagos proyectados por el FMI al {date}, {lines} de {first} a {last}, DEG {total} millones en total; {outcome}</translation>
    </message>
    <message>
        <source>1 SDR rate</source>
        <translation>1 tasa del DEG</translation>
    </message>
    <message>
        <source>{count} SDR rates</source>
        <translation>{count} tasas del DEG</translation>
    </message>
    <message>
        <source>, {count} already in the workspace</source>
        <translation>, {count} ya en el espacio de trabajo</translation>
    </message>
    <message>
        <source>1 new step</source>
        <translation>1 tramo nuevo</translation>
    </message>
    <message>
        <source>{count} new steps</source>
        <translation>{count} tramos nuevos</translation>
    </message>
    <message>
        <source>{file}: {rates} from {first} to {last}{already}; would add {new}</source>
        <translation>{file}: {rates} del {first} al {last}{already}; se agregaría: {new}</translation>
    </message>
    <message>
        <source>{file}: {rates} from {first} to {last}{already}; added {new}</source>
        <translation>{file}: {rates} del {first} al {last}{already}; se agregó: {new}</translation>
    </message>
    <message>
        <source>Import transactions (CSV)</source>
        <translation>Importar transacciones (CSV)</translation>
    </message>
    <message>
        <source>&amp;Transactions CSV…</source>
        <translation>CSV de &amp;transacciones…</translation>
    </message>
    <message>
        <source>Import prices (CSV)</source>
        <translation>Importar precios (CSV)</translation>
    </message>
    <message>
        <source>&amp;Prices CSV…</source>
        <translation>CSV de &amp;precios…</translation>
    </message>
    <message>
        <source>Import IMF program (JSON)</source>
        <translation>Importar programa con el FMI (JSON)</translation>
    </message>
    <message>
        <source>IMF p&amp;rogram (JSON)…</source>
        <translation>P&amp;rograma con el FMI (JSON)…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import macro and reserve data (CSV)</source>
        <translation>Importar datos macroeconómicos y de reservas (CSV)</translation>
    </message>
    <message>
        <source>&amp;Macro and reserve data (CSV)…</source>
        <translation>Datos &amp;macroeconómicos y de reservas (CSV)…</translation>
    </message>
    <message>
        <source>Import the IMF&apos;s projected payments (TSV)</source>
        <translation>Importar los pagos proyectados por el FMI (TSV)</translation>
    </message>
    <message>
        <source>IMF projected pa&amp;yments (TSV)…</source>
        <translation>Pagos pro&amp;yectados por el FMI (TSV)…</translation>
    </message>
    <message>
        <source>Tab-separated files (*.tsv *.txt);;All files (*)</source>
        <translation>Archivos separados por tabulaciones (*.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import exchange rates (CSV)</source>
        <translation>Importar tipos de cambio (CSV)</translation>
    </message>
    <message>
        <source>&amp;Exchange rates CSV…</source>
        <translation>Tipos de cam&amp;bio (CSV)…</translation>
    </message>
    <message>
        <source>Import SDR interest rates (CSV)</source>
        <translation>Importar tasas de interés del DEG (CSV)</translation>
    </message>
    <message>
        <source>&amp;SDR interest rates (CSV)…</source>
        <translation>Tasas de interés del &amp;DEG (CSV)…</translation>
    </message>
</context>
<context>
    <name>macro_csv</name>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} está en el futuro</translation>
    </message>
    <message>
        <source>{value} must be between 0 and 1e14 US$</source>
        <translation>{value} debe estar entre 0 y 1e14 US$</translation>
    </message>
    <message>
        <source>{dates} already in the workspace</source>
        <translation>{dates} ya en el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>output_target</name>
    <message>
        <source>the open workspace</source>
        <translation>el espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>the open workspace under another name (a link to the same file)</source>
        <translation>el espacio de trabajo abierto con otro nombre (un enlace al mismo archivo)</translation>
    </message>
    <message>
        <source>the workspace&apos;s {name} file</source>
        <extracomment>{name} is the sidecar&apos;s kind as SQLite names it (wal, shm, journal, lock)</extracomment>
        <translation>el archivo {name} del espacio de trabajo</translation>
    </message>
    <message>
        <source>in the workspace&apos;s backup folder</source>
        <translation>en la carpeta de copias de seguridad del espacio de trabajo</translation>
    </message>
    <message>
        <source>one of the workspace&apos;s backups</source>
        <translation>una de las copias de seguridad del espacio de trabajo</translation>
    </message>
    <message>
        <source>{file} is {reason}; an export is never written over it. Choose another file name.</source>
        <translation>{file} es {reason}; una exportación nunca se escribe encima. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>{file} already exists and was kept; choose a new file name, or give {flag} to replace it</source>
        <translation>{file} ya existe y se conservó; elija un nombre de archivo nuevo, o indique {flag} para reemplazarlo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the folder is read-only or not yours to write</source>
        <translation>la carpeta es de solo lectura o usted no tiene permiso para escribir en ella</translation>
    </message>
    <message>
        <source>{file} was not written: {reason} ({folder})</source>
        <translation>{file} no se escribió: {reason} ({folder})</translation>
    </message>
    <message>
        <source>the file already there is unchanged</source>
        <translation>el archivo que ya existía no cambió</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <source>{file} was not written: {reason}; {outcome}</source>
        <translation>{file} no se escribió: {reason}; {outcome}</translation>
    </message>
</context>
<context>
    <name>plausibility</name>
    <message>
        <source>On the {dates} dates the workspace already holds, the file&apos;s closes are a median {median} times the stored {asset} closes (e.g. {date}: {close} in the file, US${stored} stored)</source>
        <translation>En las fechas que el espacio de trabajo ya tiene (número de fechas: {dates}), los precios de cierre del archivo son una mediana de {median} veces los cierres de {asset} guardados (p. ej., {date}: {close} en el archivo, US${stored} guardado)</translation>
    </message>
    <message>
        <source>{outside} of {rows} closes are far outside the range BTC traded in US$ that year (e.g. {date}: {close}, while BTC closed between US${low} and US${high} in {year})</source>
        <translation>Precios de cierre muy fuera del rango en que BTC se negoció en US$ ese año: {outside} de {rows} (p. ej., {date}: {close}, mientras BTC cerró entre US${low} y US${high} en {year})</translation>
    </message>
</context>
<context>
    <name>prices_csv</name>
    <message>
        <source>asset: must be 1 to 12 characters</source>
        <translation>asset: debe tener de 1 a 12 caracteres</translation>
    </message>
    <message>
        <source>the closes do not look like {asset} prices in US$</source>
        <translation>los precios de cierre no parecen precios de {asset} en US$</translation>
    </message>
    <message>
        <source>{date} is outside {earliest} .. {today}</source>
        <translation>{date} está fuera de {earliest} .. {today}</translation>
    </message>
    <message>
        <source>{value} must be greater than 0</source>
        <translation>{value} debe ser mayor que 0</translation>
    </message>
    <message>
        <source>columns not recognised ({names}); name the date and close columns</source>
        <translation>columnas no reconocidas ({names}); indique las columnas de fecha y de cierre</translation>
    </message>
    <message>
        <source>no column named {name}</source>
        <translation>no hay ninguna columna llamada {name}</translation>
    </message>
</context>
<context>
    <name>program_json</name>
    <message>
        <source>must be a list of objects</source>
        <translation>debe ser una lista de objetos</translation>
    </message>
    <message>
        <source>must be a number or a list of {from, rate}</source>
        <translation>debe ser un número o una lista de {from, rate}</translation>
    </message>
    <message>
        <source>must be an object with from and rate</source>
        <translation>debe ser un objeto con from y rate</translation>
    </message>
    <message>
        <source>two steps start on the same date</source>
        <translation>dos tramos empiezan en la misma fecha</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>el documento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>required for a custom facility, as {installments, months_between, first_after_months}</source>
        <translation>obligatorio para un servicio personalizado (custom), como {installments, months_between, first_after_months}</translation>
    </message>
    <message>
        <source>{date} is before the approval date {approval}</source>
        <translation>{date} es anterior a la fecha de aprobación {approval}</translation>
    </message>
    <message>
        <source>they add up to SDR {total} m, more than access SDR {access} m</source>
        <translation>suman DEG {total} millones, más que el acceso de DEG {access} millones</translation>
    </message>
    <message>
        <source>two test dates fall on the same day</source>
        <translation>dos fechas de evaluación caen el mismo día</translation>
    </message>
    <message>
        <source>required for a non_accumulation benchmark</source>
        <translation>obligatorio para una referencia estructural non_accumulation</translation>
    </message>
    <message>
        <source>line {line}, column {column}: not valid JSON ({reason})</source>
        <extracomment>{reason} is Python&apos;s own English words for the error</extracomment>
        <translation>línea {line}, columna {column}: JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>the document is nested too deeply to be a program</source>
        <translation>el documento tiene demasiados niveles de anidamiento para ser un programa</translation>
    </message>
    <message>
        <source>the document holds a number too long to read</source>
        <translation>el documento contiene un número demasiado largo para leerlo</translation>
    </message>
    <message>
        <source>an arrangement named {name} is already in the workspace (rename it in the file, or edit the one there)</source>
        <translation>ya hay un acuerdo llamado {name} en el espacio de trabajo (cámbiele el nombre en el archivo, o edite el que ya existe)</translation>
    </message>
    <message>
        <source>SDR {file_quota} in the file, but the workspace&apos;s quota on {date} is SDR {quota} (from {since}); remove quota_sdr from the file or correct the workspace&apos;s quota</source>
        <translation>DEG {file_quota} en el archivo, pero la cuota del espacio de trabajo el {date} es DEG {quota} (desde {since}); quite quota_sdr del archivo o corrija la cuota del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>sdr_rates_csv</name>
    <message>
        <source>{date} is outside {first}..{last}</source>
        <translation>{date} está fuera de {first}..{last}</translation>
    </message>
    <message>
        <source>{value} is more than {maximum}: the rate is a fraction (0.0312 for 3.12%); is this column in percent?</source>
        <translation>{value} es mayor que {maximum}: la tasa es una fracción (0.0312 para 3.12%); ¿está esta columna en porcentaje?</translation>
    </message>
    <message>
        <source>{value} is negative; the SDR interest rate is at least 0</source>
        <translation>{value} es negativo; la tasa de interés del DEG es al menos 0</translation>
    </message>
    <message>
        <source>the SDR rate from {date} is {rate} in the file and {stored} in the workspace</source>
        <translation>la tasa del DEG desde el {date} es {rate} en el archivo y {stored} en el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>transactions_csv</name>
    <message>
        <source>{date} is before the first bitcoin block ({genesis})</source>
        <translation>{date} es anterior al primer bloque de Bitcoin ({genesis})</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} está en el futuro</translation>
    </message>
    <message>
        <source>is required for a transfer</source>
        <translation>es obligatorio en una transferencia</translation>
    </message>
    <message>
        <source>is the same wallet as the source</source>
        <translation>es la misma billetera que la de origen</translation>
    </message>
    <message>
        <source>is only for transfers, not for a {kind}</source>
        <extracomment>{kind} is the row&apos;s kind as the file writes it (purchase, sale, mining ...)</extracomment>
        <translation>es solo para transferencias, no para una fila de tipo {kind}</translation>
    </message>
    <message>
        <source>{value}: only BTC ledgers are supported</source>
        <translation>{value}: solo se admiten libros de movimientos en BTC</translation>
    </message>
    <message>
        <source>{value} must be positive (the kind gives the direction)</source>
        <translation>{value} debe ser positivo (el tipo indica la dirección)</translation>
    </message>
    <message>
        <source>{value} BTC is more than will ever exist (21 million)</source>
        <translation>{value} BTC es más de lo que existirá jamás (21 millones)</translation>
    </message>
    <message>
        <source>{value} must be greater than 0 and below 1e12</source>
        <translation>{value} debe ser mayor que 0 y menor que 1e12</translation>
    </message>
    <message>
        <source>is required for a {kind}</source>
        <extracomment>{kind} is the row&apos;s kind as the file writes it (purchase, sale ...)</extracomment>
        <translation>es obligatorio en una fila de tipo {kind}</translation>
    </message>
    <message>
        <source>{value} must be zero or more and below 1e12</source>
        <translation>{value} debe ser cero o más y menor que 1e12</translation>
    </message>
    <message>
        <source>unknown wallet {name}; add it first</source>
        <translation>billetera desconocida {name}; agréguela primero</translation>
    </message>
    <message>
        <source>expected the header {header}</source>
        <translation>se esperaba el encabezado {header}</translation>
    </message>
    <message>
        <source>{value} already used on row {row}</source>
        <translation>{value} ya se usó en la fila {row}</translation>
    </message>
    <message>
        <source>the new rows leave an existing entry unfunded: {reason}</source>
        <translation>las filas nuevas dejan sin fondos un movimiento existente: {reason}</translation>
    </message>
    <message>
        <source>a wallet would go below zero</source>
        <translation>una billetera quedaría por debajo de cero</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <source>none (US$)</source>
        <translation>ninguna (US$)</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <source>the program&apos;s</source>
        <translation>el del programa</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>Tipos de cambio usados</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Fecha del tipo</translation>
    </message>
    <message>
        <source>{code} per US$</source>
        <translation>{code} por US$</translation>
    </message>
    <message>
        <source>First figure at this rate</source>
        <translation>Primera cifra a este tipo</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Fecha de valoración</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Moneda de presentación</translation>
    </message>
    <message>
        <source>Money columns named in {code} convert the stored US$ figures (and the IMF&apos;s SDR figures through their US$ rate) at the rate of each figure&apos;s own date; the stored figures are kept beside them.</source>
        <translation>Las columnas en {code} convierten las cifras guardadas en US$ (y las del FMI en DEG, mediante su tipo en US$) al tipo de cambio de la fecha de cada cifra; las cifras guardadas se mantienen a su lado.</translation>
    </message>
    <message>
        <source>The stored figures, in US$ (the IMF&apos;s in SDR).</source>
        <translation>Las cifras guardadas, en US$ (las del FMI, en DEG).</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Rate at the valuation date</source>
        <translation>Tipo de cambio en la fecha de valoración</translation>
    </message>
    <message>
        <source>After the valuation date</source>
        <translation>Después de la fecha de valoración</translation>
    </message>
    <message>
        <source>(the rate shown is that of the latest date converted, {date})</source>
        <translation>(el tipo indicado es el de la última fecha convertida, {date})</translation>
    </message>
    <message>
        <source>Exchange-rate source</source>
        <translation>Fuente del tipo de cambio</translation>
    </message>
    <message>
        <source>distinct rates, listed on the sheet &apos;Rates used&apos;</source>
        <translation>tipos de cambio distintos, en la hoja «Tipos de cambio usados»</translation>
    </message>
    <message>
        <source>No rate</source>
        <translation>Sin tipo de cambio</translation>
    </message>
    <message>
        <source>{count} dates with no rate, left empty: {first} to {last}; {why}</source>
        <translation>{count} fechas sin tipo de cambio, dejadas en blanco: de {first} a {last}; {why}</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>No incluido</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>no {code} exchange rates in the workspace: import a series of them first (File &gt; Import, or reserve-desk import fx FILE --currency {code}{quote})</source>
        <translation>el espacio de trabajo no tiene tipos de cambio de {code}: importe primero una serie (Archivo &gt; Importar, o reserve-desk import fx ARCHIVO --currency {code}{quote})</translation>
    </message>
</context>
</TS>
