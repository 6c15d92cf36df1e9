<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>StressTab</name>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
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
        <source>Peak-to-trough fall</source>
        <translation>Caída del máximo al mínimo</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Bitcoin shock</source>
        <translation>Choque al bitcoin</translation>
    </message>
    <message>
        <source>Macro shocks</source>
        <translation>Choques macroeconómicos</translation>
    </message>
    <message>
        <source>Macro shock length (months)</source>
        <translation>Duración del choque macroeconómico (meses)</translation>
    </message>
    <message>
        <source>Other net inflows (US$ a year)</source>
        <translation>Otras entradas netas (US$ al año)</translation>
    </message>
    <message>
        <source>Local currency's fall against the US$ on day 1</source>
        <translation>Caída de la moneda local frente al US$ el día 1</translation>
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
        <source> (built in: editing makes a copy)</source>
        <translation> (predefinido: al editarlo se crea una copia)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Horizon (days)</source>
        <translation>Horizonte (días)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Change this scenario (built-in ones are duplicated instead)</source>
        <translation>Modificar este escenario (los predefinidos se duplican)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this scenario (its stored runs are kept)</source>
        <translation>Eliminar este escenario (sus ejecuciones guardadas se conservan)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Scenario library</source>
        <translation>Biblioteca de escenarios</translation>
    </message>
    <message>
        <source>(deleted scenario)</source>
        <translation>(escenario eliminado)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Paths</source>
        <comment>column title</comment>
        <translation>Trayect.</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seg.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the selected run's results</source>
        <translation>Mostrar los resultados de la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Select two or more runs (Ctrl+click) to compare them</source>
        <translation>Seleccione dos o más ejecuciones (Ctrl+clic) para compararlas</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Run the selected run again from its stored inputs and seed, and check the numbers match</source>
        <translation>Repetir la ejecución seleccionada con sus datos de entrada y semilla guardados, y comprobar que las cifras coinciden</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>runs</comment>
        <extracomment>deletes the selected stored runs</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Stored runs</source>
        <translation>Ejecuciones guardadas</translation>
    </message>
    <message>
        <source>Monte Carlo paths (historical and shock scenarios follow one path)</source>
        <translation>Trayectorias de Monte Carlo (los escenarios históricos y de choque siguen una sola trayectoria)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days over which the advised sale is spread evenly (a risk-neutral Almgren-Chriss schedule): fewer days cost more market impact, more days carry more price risk</source>
        <translation>Días en los que la venta recomendada se reparte por igual (un calendario de Almgren-Chriss neutral al riesgo): menos días cuestan más impacto de mercado, más días conllevan más riesgo de precio</translation>
    </message>
    <message>
        <source> bn</source>
        <extracomment>billions of US dollars</extracomment>
        <translation> mil mill.</translation>
    </message>
    <message>
        <source>Daily traded volume of bitcoin for the square-root impact law. Default: the lowest daily volume Yahoo Finance reported in 2025 (reported volume overstates real volume).</source>
        <translation>Volumen diario negociado de bitcoin para la ley de impacto de raíz cuadrada. Por defecto: el menor volumen diario que Yahoo Finance informó en 2025 (el volumen informado sobrestima el real).</translation>
    </message>
    <message>
        <source>Run scenario</source>
        <translation>Ejecutar escenario</translation>
    </message>
    <message>
        <source>Run the selected scenario on the workspace (F5)</source>
        <translation>Ejecutar el escenario seleccionado sobre el espacio de trabajo (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sell over</source>
        <translation>Vender en</translation>
    </message>
    <message>
        <source>Daily volume</source>
        <translation>Volumen diario</translation>
    </message>
    <message>
        <source>Run results</source>
        <translation>Resultados de la ejecución</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>section</comment>
        <extracomment>the section title: running a scenario</extracomment>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Valuation date {date} (the toolbar's date).</source>
        <translation>Fecha de valoración {date} (la fecha de la barra de herramientas).</translation>
    </message>
    <message>
        <source>1 stored run.</source>
        <translation>1 ejecución guardada.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored runs.</source>
        <translation>
            <numerusform>%n ejecución guardada.</numerusform>
            <numerusform>%n ejecuciones guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A stored run keeps its inputs, seed and engine version so it can be reproduced exactly.</source>
        <translation>Una ejecución guardada conserva sus datos de entrada, semilla y versión del motor para poder reproducirla con exactitud.</translation>
    </message>
    <message>
        <source>No stored runs in this workspace yet: run a scenario.</source>
        <translation>Aún no hay ejecuciones guardadas en este espacio de trabajo: ejecute un escenario.</translation>
    </message>
    <message>
        <source>Select a scenario.</source>
        <translation>Seleccione un escenario.</translation>
    </message>
    <message>
        <source>{kind}, horizon {days} days</source>
        <translation>{kind}, horizonte de {days} días</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Editar una copia…</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Delete the scenario '{name}'? Its stored runs are kept.</source>
        <translation>¿Eliminar el escenario '{name}'? Sus ejecuciones guardadas se conservan.</translation>
    </message>
    <message>
        <source>Running {name}…</source>
        <translation>Ejecutando {name}…</translation>
    </message>
    <message>
        <source>Run {run_id} stored: {name}, {paths} paths in {seconds} s.</source>
        <translation>Ejecución {run_id} guardada: {name}, {paths} trayectorias en {seconds} s.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <source>Cannot run: {reason}</source>
        <translation>No se puede ejecutar: {reason}</translation>
    </message>
    <message>
        <source>Cancelling after the paths under way…</source>
        <translation>Cancelando tras las trayectorias en curso…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {run_id}: {name}&lt;/b&gt; — {description}; valuation date {date}, horizon {days} days.</source>
        <translation>&lt;b&gt;Ejecución {run_id}: {name}&lt;/b&gt; — {description}; fecha de valoración {date}, horizonte de {days} días.</translation>
    </message>
    <message>
        <source>Select two or more stored runs (Ctrl+click) to compare them.</source>
        <translation>Seleccione dos o más ejecuciones guardadas (Ctrl+clic) para compararlas.</translation>
    </message>
    <message>
        <source>The sale advice was worked out again by today's rule (never more than held).</source>
        <translation>La venta recomendada se volvió a calcular con la regla actual (nunca más de lo que se tiene).</translation>
    </message>
    <message>
        <source>Run {run_id} cannot be reproduced: {reason}</source>
        <translation>La ejecución {run_id} no se puede reproducir: {reason}</translation>
    </message>
    <message>
        <source>Run {run_id} reproduced exactly: same seed, same numbers.</source>
        <translation>Ejecución {run_id} reproducida con exactitud: misma semilla, mismas cifras.</translation>
    </message>
    <message>
        <source>Run {run_id} gave different numbers (engine now {engine}, stored {stored}).</source>
        <translation>La ejecución {run_id} dio cifras distintas (motor actual {engine}, guardado {stored}).</translation>
    </message>
    <message>
        <source>Reproduced.</source>
        <translation>Reproducida.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Differs.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Difiere.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reproducing run {run_id}…</source>
        <translation>Reproduciendo la ejecución {run_id}…</translation>
    </message>
    <message>
        <source>Delete 1 stored run? Edit &gt; Undo brings them back.</source>
        <translation>¿Eliminar 1 ejecución guardada? Editar &gt; Deshacer la restaura.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stored runs? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar %n ejecución guardada? Editar &gt; Deshacer la restaura.</numerusform>
            <numerusform>¿Eliminar %n ejecuciones guardadas? Editar &gt; Deshacer las restaura.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Eliminar ejecuciones</translation>
    </message>
</context>
</TS>
