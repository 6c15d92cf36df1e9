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
