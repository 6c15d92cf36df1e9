<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Historical episode</source>
        <translation>Episodio histórico</translation>
    </message>
    <message>
        <source>Hypothetical shock</source>
        <translation>Choque hipotético</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>Exports (change of the 12-month flow)</source>
        <translation>Exportaciones (variación del flujo de 12 meses)</translation>
    </message>
    <message>
        <source>Imports (change of the 12-month flow)</source>
        <translation>Importaciones (variación del flujo de 12 meses)</translation>
    </message>
    <message>
        <source>Remittances (change of the 12-month flow)</source>
        <translation>Remesas (variación del flujo de 12 meses)</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Editar escenario</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>lower-case letters, digits and '-', e.g. btc-minus-60</source>
        <translation>minúsculas, dígitos y '-', p. ej. btc-minus-60</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Trough</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Published peak-to-trough fall</source>
        <translation>Caída publicada del máximo al mínimo</translation>
    </message>
    <message>
        <source>Bitcoin price change</source>
        <translation>Variación del precio del bitcoin</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trayectorias</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Macro shocks to the baseline reserve path (0 = none)</source>
        <translation>Choques macro a la trayectoria de base de las reservas (0 = ninguno)</translation>
    </message>
    <message>
        <source>Lasting</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Other net inflows (US$ m a year)</source>
        <translation>Otras entradas netas (millones de US$ al año)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>The {code} loses this share of its US$ value on the first day and stays there: at 20%, {code} 280 per US$ becomes 280 / (1 - 0.20) = {code} 350 per US$, and what is owed to the Fund costs a quarter more in {code}. US$ and SDR figures do not change. For scale: the rupee went from about 226 per US$ at the end of 2022 to 305 on 5 September 2023, a loss of 26% (Yahoo Finance, PKR=X daily closes).</source>
        <translation>La moneda local ({code}) pierde esta proporción de su valor en US$ el primer día y se mantiene así: con 20%, {code} 280 por US$ pasa a 280 / (1 - 0.20) = {code} 350 por US$, y lo adeudado al Fondo cuesta una cuarta parte más en {code}. Las cifras en US$ y en DEG no cambian. Como referencia: la rupia pasó de unas 226 por US$ a fines de 2022 a 305 el 5 de septiembre de 2023, una pérdida del 26% (Yahoo Finance, cierres diarios de PKR=X).</translation>
    </message>
    <message>
        <source>This workspace names no local currency: set one in Currency settings to see the cost in it.</source>
        <translation>Este espacio de trabajo no indica una moneda local: indíquela en Configuración de moneda para ver el costo en ella.</translation>
    </message>
    <message>
        <source>Local currency against the US$ (0 = no change)</source>
        <translation>Moneda local frente al US$ (0 = sin cambio)</translation>
    </message>
    <message>
        <source>Depreciation on day 1</source>
        <translation>Depreciación el día 1</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
</context>
</TS>
