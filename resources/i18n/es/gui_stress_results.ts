<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>RunComparison</name>
    <message>
        <source>historical, replayed</source>
        <translation>histórico, reproducido</translation>
    </message>
    <message>
        <source>historical, stylised</source>
        <translation>histórico, estilizado</translation>
    </message>
    <message>
        <source>hypothetical shock</source>
        <translation>choque hipotético</translation>
    </message>
    <message>
        <source>Monte Carlo, {model}</source>
        <translation>Monte Carlo, {model}</translation>
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
        <source>Paths</source>
        <translation>Trayectorias</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Fecha de valoración</translation>
    </message>
    <message>
        <source>Horizon (days)</source>
        <translation>Horizonte (días)</translation>
    </message>
    <message>
        <source>Reserve today (US$ m)</source>
        <translation>Reserva hoy (millones de US$)</translation>
    </message>
    <message>
        <source>Median at horizon (US$ m)</source>
        <translation>Mediana al horizonte (millones de US$)</translation>
    </message>
    <message>
        <source>5th percentile (US$ m)</source>
        <translation>Percentil 5 (millones de US$)</translation>
    </message>
    <message>
        <source>Mean maximum drawdown</source>
        <translation>Caída máxima media</translation>
    </message>
    <message>
        <source>Worst headroom (US$ m)</source>
        <translation>Menor margen (millones de US$)</translation>
    </message>
    <message>
        <source>Bitcoin held (BTC)</source>
        <translation>Bitcoin en tenencia (BTC)</translation>
    </message>
    <message>
        <source>Most BTC to sell</source>
        <translation>Máximo de BTC a vender</translation>
    </message>
    <message>
        <source>Most left short after selling (US$ m)</source>
        <translation>Máximo faltante tras la venta (millones de US$)</translation>
    </message>
    <message>
        <source>Highest P(holdings fall short)</source>
        <translation>Mayor P(tenencias insuficientes)</translation>
    </message>
    <message>
        <source>Owed to the IMF within the horizon (US$ m)</source>
        <translation>Adeudado al FMI dentro del horizonte (millones de US$)</translation>
    </message>
    <message>
        <source>Its local cost: at the path / with the shock</source>
        <translation>Su costo en moneda local: con la trayectoria supuesta / con el choque</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Median value of the bitcoin reserve, each run</source>
        <translation>Valor mediano de la reserva de bitcoin, por ejecución</translation>
    </message>
    <message>
        <source>US$ millions</source>
        <translation>millones de US$</translation>
    </message>
    <message>
        <source>Select two or more stored runs in the list on the left (Ctrl+click) and press Compare: their key figures appear side by side above, and their medians on one chart here.</source>
        <translation>Seleccione dos o más ejecuciones guardadas en la lista de la izquierda (Ctrl+clic) y pulse Comparar: sus cifras clave aparecen lado a lado arriba y sus medianas en un solo gráfico aquí.</translation>
    </message>
    <message>
        <source>Select two or more stored runs and press Compare.</source>
        <translation>Seleccione dos o más ejecuciones guardadas y pulse Comparar.</translation>
    </message>
    <message>
        <source>Run {run_id}</source>
        <translation>Ejecución {run_id}</translation>
    </message>
    <message>
        <source>Run {run_id}: {name}</source>
        <translation>Ejecución {run_id}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n runs compared. Values in US$ unless marked; each run at its own valuation date.</source>
        <translation>
            <numerusform>%n ejecución comparada. Valores en US$ salvo indicación; cada ejecución a su propia fecha de valoración.</numerusform>
            <numerusform>%n ejecuciones comparadas. Valores en US$ salvo indicación; cada ejecución a su propia fecha de valoración.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunResults</name>
    <message>
        <source>Select a scenario in the library and press Run scenario (F5), or open a stored run.</source>
        <translation>Seleccione un escenario de la biblioteca y pulse Ejecutar escenario (F5), o abra una ejecución guardada.</translation>
    </message>
    <message>
        <source>Run a scenario to see the value of the bitcoin reserve along the scenario: its path, or for Monte Carlo the median and the 25-75% and 5-95% bands of the paths, with the IMF test dates marked.</source>
        <translation>Ejecute un escenario para ver el valor de la reserva de bitcoin a lo largo del escenario: su trayectoria o, en Monte Carlo, la mediana y las bandas 25-75% y 5-95% de las trayectorias, con las fechas de evaluación del FMI marcadas.</translation>
    </message>
    <message>
        <source>Run a Monte Carlo scenario to see how the reserve's value at the horizon is spread across the paths, with today's value, VaR and ES marked (a historical episode or a shock follows one path).</source>
        <translation>Ejecute un escenario Monte Carlo para ver cómo se distribuye entre las trayectorias el valor de la reserva al horizonte, con el valor de hoy, el VaR y el ES marcados (un episodio histórico o un choque sigue una sola trayectoria).</translation>
    </message>
    <message>
        <source>Run a scenario to see the deepest peak-to-trough fall of the reserve along each path, and its mean.</source>
        <translation>Ejecute un escenario para ver la mayor caída desde el máximo de la reserva en cada trayectoria, y su media.</translation>
    </message>
    <message>
        <source>For each IMF test date within the scenario's horizon, this table will show the projected NIR (without bitcoin) against the program's adjusted floor, the headroom, the bitcoin to sell to close a shortfall (never more than the reserve holds), what would still be short after that sale, and the liquidation schedule.</source>
        <translation>Para cada fecha de evaluación del FMI dentro del horizonte del escenario, esta tabla mostrará las RIN proyectadas (sin bitcoin) frente al piso ajustado del programa, el margen, el bitcoin que habría que vender para cubrir un faltante (nunca más de lo que tiene la reserva), lo que aún faltaría tras esa venta y el calendario de liquidación.</translation>
    </message>
    <message>
        <source>all {btc}</source>
        <extracomment>the whole stock of bitcoin is to be sold, and still falls short</extracomment>
        <translation>todo: {btc}</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>NIR floor, adjusted (US$ m)</source>
        <translation>Piso de las RIN, ajustado (millones de US$)</translation>
    </message>
    <message>
        <source>The program's floor, adjusted for budget support received above or below its baseline</source>
        <translation>El piso del programa, ajustado por el apoyo presupuestario recibido por encima o por debajo de su línea de base</translation>
    </message>
    <message>
        <source>Baseline NIR (US$ m)</source>
        <translation>RIN de base (millones de US$)</translation>
    </message>
    <message>
        <source>Gross reserves less IMF credit, projected by the program's purchases and repayments (no bitcoin)</source>
        <translation>Reservas internacionales brutas menos el crédito del FMI, proyectadas con las compras y los reembolsos del programa (sin bitcoin)</translation>
    </message>
    <message>
        <source>Macro shocks (US$ m)</source>
        <translation>Choques macro (millones de US$)</translation>
    </message>
    <message>
        <source>Change of reserves from the scenario's export, import, remittance and other-flow shocks</source>
        <translation>Variación de las reservas por los choques del escenario a exportaciones, importaciones, remesas y otros flujos</translation>
    </message>
    <message>
        <source>Projected NIR (US$ m)</source>
        <translation>RIN proyectadas (millones de US$)</translation>
    </message>
    <message>
        <source>Headroom (US$ m)</source>
        <translation>Margen (millones de US$)</translation>
    </message>
    <message>
        <source>Projected NIR less the adjusted floor</source>
        <translation>RIN proyectadas menos el piso ajustado</translation>
    </message>
    <message>
        <source>BTC to sell to close the gap</source>
        <translation>BTC a vender para cerrar la brecha</translation>
    </message>
    <message>
        <source>Sold in one day at the 5th-percentile price, so that the proceeds net of the expected execution cost (square-root law) close a negative headroom; never more than the bitcoin held</source>
        <translation>Vendidos en un día al precio del percentil 5, de modo que el producto neto del costo de ejecución esperado (ley de la raíz cuadrada) cierre un margen negativo; nunca más que el bitcoin en tenencia</translation>
    </message>
    <message>
        <source>Still short after the sale (US$ m)</source>
        <translation>Faltante tras la venta (millones de US$)</translation>
    </message>
    <message>
        <source>The shortfall less the net proceeds of the sale above: what the bitcoin cannot cover</source>
        <translation>El faltante menos el producto neto de la venta anterior: lo que el bitcoin no puede cubrir</translation>
    </message>
    <message>
        <source>Bitcoin held</source>
        <translation>Bitcoin en tenencia</translation>
    </message>
    <message>
        <source>The reserve's bitcoin on the valuation date, held to the horizon</source>
        <translation>El bitcoin de la reserva en la fecha de valoración, mantenido hasta el horizonte</translation>
    </message>
    <message>
        <source>BTC price, 5th percentile (US$)</source>
        <translation>Precio del BTC, percentil 5 (US$)</translation>
    </message>
    <message>
        <source>Holdings at that price (US$ m)</source>
        <translation>Tenencias a ese precio (millones de US$)</translation>
    </message>
    <message>
        <source>P(holdings fall short)</source>
        <translation>P(tenencias insuficientes)</translation>
    </message>
    <message>
        <source>Share of paths on which selling the whole stock could not raise the shortfall</source>
        <translation>Proporción de trayectorias en las que vender toda la tenencia no alcanzaría a cubrir el faltante</translation>
    </message>
    <message>
        <source>Execution cost of that one-day sale (US$ m)</source>
        <translation>Costo de ejecución en un día (millones de US$)</translation>
    </message>
    <message>
        <source>Expected cost of selling progressively through the day: 2/3 of the square-root law's peak impact (Tóth et al. 2011), on the value sold</source>
        <translation>Costo esperado de vender de forma progresiva durante el día: 2/3 del impacto máximo según la ley de la raíz cuadrada (Tóth et al. 2011), sobre el valor vendido</translation>
    </message>
    <message>
        <source>Price fall by the sale's end</source>
        <translation>Caída del precio al final de la venta</translation>
    </message>
    <message>
        <source>Peak impact of that sale, Y x daily volatility x sqrt(value sold / daily volume): how far the price has fallen when the last bitcoin is sold</source>
        <translation>Impacto máximo de esa venta, Y x volatilidad diaria x sqrt(valor vendido / volumen diario): cuánto ha caído el precio al venderse el último bitcoin</translation>
    </message>
    <message>
        <source>Schedule: expected cost (US$ m)</source>
        <translation>Calendario: costo esperado (millones de US$)</translation>
    </message>
    <message>
        <source>The same bitcoin sold evenly over the chosen days (Almgren-Chriss, risk-neutral): the square-root law's expected execution cost at that daily rate</source>
        <translation>El mismo bitcoin vendido en partes iguales durante los días elegidos (Almgren-Chriss, neutral al riesgo): el costo de ejecución esperado según la ley de la raíz cuadrada a ese ritmo diario</translation>
    </message>
    <message>
        <source>Schedule: cost std. dev. (US$ m)</source>
        <translation>Calendario: desv. est. costo (millones de US$)</translation>
    </message>
    <message>
        <source>Schedule: BTC sold each day</source>
        <translation>Calendario: BTC vendidos cada día</translation>
    </message>
    <message>
        <source>Impact cost of that one-day sale (US$ m)</source>
        <translation>Costo de impacto en un día (millones de US$)</translation>
    </message>
    <message>
        <source>The square-root law's whole peak impact on the value sold (an earlier engine's rule; today: 2/3 of it)</source>
        <translation>Todo el impacto máximo de la ley de la raíz cuadrada sobre el valor vendido (la regla de un motor anterior; hoy: 2/3 de él)</translation>
    </message>
    <message>
        <source>Almgren-Chriss over the chosen days, front-loaded by a risk aversion of 1e-8 per US$ (an earlier engine's rule; today: sold evenly)</source>
        <translation>Almgren-Chriss durante los días elegidos, concentrado al inicio por una aversión al riesgo de 1e-8 por US$ (la regla de un motor anterior; hoy: en partes iguales)</translation>
    </message>
    <message>
        <source>Run a scenario, or open a stored run, to see its results.</source>
        <translation>Ejecute un escenario, o abra una ejecución guardada, para ver sus resultados.</translation>
    </message>
    <message>
        <source>Bitcoin reserve today</source>
        <translation>Reserva de bitcoin hoy</translation>
    </message>
    <message>
        <source>Median, horizon</source>
        <translation>Mediana, horizonte</translation>
    </message>
    <message>
        <source>5th percentile, horizon</source>
        <translation>Percentil 5, horizonte</translation>
    </message>
    <message>
        <source>VaR 95%, horizon</source>
        <translation>VaR 95%, horizonte</translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation>Caída máxima</translation>
    </message>
    <message>
        <source>Worst headroom</source>
        <translation>Menor margen</translation>
    </message>
    <message>
        <source>Bitcoin reserve value: median, 25-75% and 5-95% of paths</source>
        <translation>Valor de la reserva de bitcoin: mediana, 25-75% y 5-95% de las trayectorias</translation>
    </message>
    <message>
        <source>US$ millions</source>
        <translation>millones de US$</translation>
    </message>
    <message>
        <source>Value of the bitcoin reserve at the horizon (end bars gather the 0.1% tails)</source>
        <translation>Valor de la reserva de bitcoin al horizonte (las barras extremas agrupan las colas del 0.1%)</translation>
    </message>
    <message>
        <source>Value at the horizon (US$ millions)</source>
        <translation>Valor al horizonte (millones de US$)</translation>
    </message>
    <message>
        <source>Deepest peak-to-trough fall of each path</source>
        <translation>Mayor caída desde el máximo de cada trayectoria</translation>
    </message>
    <message>
        <source>Maximum drawdown (%)</source>
        <translation>Caída máxima (%)</translation>
    </message>
    <message>
        <source>Fan chart</source>
        <translation>Gráfico de abanico</translation>
    </message>
    <message>
        <source>Terminal distribution</source>
        <translation>Distribución al horizonte</translation>
    </message>
    <message>
        <source>Test dates</source>
        <translation>Fechas de evaluación</translation>
    </message>
    <message>
        <source>Owed to the IMF</source>
        <translation>Adeudado al FMI</translation>
    </message>
    <message>
        <source>{btc} BTC at {price} on {date}</source>
        <translation>{btc} BTC a {price} el {date}</translation>
    </message>
    <message>
        <source>{change} after {days} days</source>
        <translation>{change} tras {days} días</translation>
    </message>
    <message>
        <source>after {days} days</source>
        <translation>tras {days} días</translation>
    </message>
    <message>
        <source>one path: the scenario's value</source>
        <translation>una trayectoria: el valor del escenario</translation>
    </message>
    <message>
        <source>1st percentile {value}</source>
        <translation>percentil 1: {value}</translation>
    </message>
    <message>
        <source>ES {es95}; at 99%: VaR {var99}, ES {es99} of today's value</source>
        <translation>ES {es95}; al 99%: VaR {var99}, ES {es99} del valor de hoy</translation>
    </message>
    <message>
        <source>Loss at the horizon as a fraction of today's value: historical quantile of the simulated values (lower empirical quantile); ES averages the tail beyond it.</source>
        <translation>Pérdida al horizonte como fracción del valor de hoy: cuantil histórico de los valores simulados (cuantil empírico inferior); el ES promedia la cola más allá de él.</translation>
    </message>
    <message>
        <source>the path's</source>
        <extracomment>the card's figure is the maximum drawdown of the scenario's one path</extracomment>
        <translation>la de la trayectoria</translation>
    </message>
    <message>
        <source>mean; median {median}, 95th percentile {p95}</source>
        <translation>media; mediana {median}, percentil 95 {p95}</translation>
    </message>
    <message>
        <source>no test date within the horizon</source>
        <translation>ninguna fecha de evaluación dentro del horizonte</translation>
    </message>
    <message>
        <source>no reserve figure to project NIR from</source>
        <translation>sin cifra de reservas para proyectar las RIN</translation>
    </message>
    <message>
        <source>above the floor</source>
        <translation>por encima del piso</translation>
    </message>
    <message>
        <source>No IMF test date of the workspace's arrangements falls within this run's {days}-day horizon from {date}: there is no NIR floor to test. Enter the program's test dates in IMF Program, or run a longer scenario.</source>
        <translation>Ninguna fecha de evaluación del FMI de los acuerdos del espacio de trabajo cae dentro del horizonte de {days} días de esta ejecución desde el {date}: no hay piso de las RIN que evaluar. Ingrese las fechas de evaluación del programa en Programa con el FMI, o ejecute un escenario más largo.</translation>
    </message>
    <message>
        <source>No IMF test date falls within the horizon.</source>
        <translation>Ninguna fecha de evaluación del FMI cae dentro del horizonte.</translation>
    </message>
    <message>
        <source>Bitcoin is not counted in NIR (the IMF's definition). Market impact: square-root law, daily volume US${volume} bn, volatility {volatility} a day; hover a figure for its method.</source>
        <translation>El bitcoin no se cuenta en las RIN (definición del FMI). Impacto de mercado: ley de la raíz cuadrada, volumen diario de US${volume} mil mill., volatilidad de {volatility} al día; pase el cursor sobre una cifra para ver su método.</translation>
    </message>
    <message>
        <source>Money figures in {currency} at {rate}.</source>
        <extracomment>the run's money figures in the reporting currency: the rate they convert at (today's and the horizon's)</extracomment>
        <translation>Cifras monetarias en {currency} a {rate}.</translation>
    </message>
    <message>
        <source>Money figures in {currency}: today's at {start}; later dates at {later}.</source>
        <translation>Cifras monetarias en {currency}: las de hoy a {start}; las de fechas posteriores a {later}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Línea de crédito</translation>
    </message>
    <message>
        <source>SDR m</source>
        <translation>millones de DEG</translation>
    </message>
    <message>
        <source>US$ m</source>
        <translation>millones de US$</translation>
    </message>
    <message>
        <source>{currency} per US$ (path)</source>
        <translation>{currency} por US$ (trayectoria)</translation>
    </message>
    <message>
        <source>{currency} m at the path</source>
        <translation>millones de {currency}, trayectoria</translation>
    </message>
    <message>
        <source>{currency} m with the shock</source>
        <translation>millones de {currency}, con el choque</translation>
    </message>
    <message>
        <source>Run a scenario to see what falls due to the IMF within its horizon and its cost in the local currency, with and without the scenario's depreciation.</source>
        <translation>Ejecute un escenario para ver lo que vence con el FMI dentro de su horizonte y su costo en moneda local, con y sin la depreciación del escenario.</translation>
    </message>
    <message>
        <source>This run was stored before runs recorded the payments due to the IMF: run the scenario again to see them.</source>
        <translation>Esta ejecución se guardó antes de que las ejecuciones registraran los pagos al FMI: ejecute el escenario de nuevo para verlos.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The payments due to the IMF cannot be listed: {reason}.</source>
        <translation>No se pueden listar los pagos al FMI: {reason}.</translation>
    </message>
    <message>
        <source>No payment to the IMF falls due within this run's {days}-day horizon.</source>
        <translation>Ningún pago al FMI vence dentro del horizonte de {days} días de esta ejecución.</translation>
    </message>
    <message>
        <source>Due to the IMF within the horizon: {sdr} ({usd} at US${rate} per SDR, the rate of the IMF figures).</source>
        <translation>Adeudado al FMI dentro del horizonte: {sdr} ({usd} a US${rate} por DEG, el tipo de cambio de las cifras del FMI).</translation>
    </message>
    <message>
        <source>Their cost in the local currency is not available: this workspace names no local currency (Currency settings).</source>
        <translation>Su costo en moneda local no está disponible: este espacio de trabajo no indica una moneda local (Configuración de moneda).</translation>
    </message>
    <message>
        <source>Their cost in {currency} is not available: {reason}.</source>
        <translation>Su costo en {currency} no está disponible: {reason}.</translation>
    </message>
    <message>
        <source>held flat after the valuation date</source>
        <translation>constante después de la fecha de valoración</translation>
    </message>
    <message>
        <source>losing {pct} of its US$ value a year after the valuation date</source>
        <translation>perdiendo {pct} de su valor en US$ por año después de la fecha de valoración</translation>
    </message>
    <message>
        <source>In {currency}: {at_path} at {rate} (the rate of {date}), {path}.</source>
        <translation>En {currency}: {at_path} a {rate} (el tipo de cambio del {date}), {path}.</translation>
    </message>
    <message>
        <source>The scenario has no depreciation of the {currency}: give it one (Edit…) to see what a fall would add.</source>
        <translation>El escenario no tiene depreciación de la moneda ({currency}): asígnele una (Editar…) para ver lo que añadiría una caída.</translation>
    </message>
    <message>
        <source>If the {currency} loses {pct} of its US$ value on day 1 (every rate divided by {keep}): {with_shock}, {more} more (+{rise}).</source>
        <translation>Si la moneda ({currency}) pierde {pct} de su valor en US$ el día 1 (cada tipo de cambio dividido entre {keep}): {with_shock}, {more} más (+{rise}).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>a marker line on a chart: the reserve's value today</extracomment>
        <translation>hoy</translation>
    </message>
    <message>
        <source>mean</source>
        <extracomment>a marker line on the drawdown chart: the mean of the paths' maximum drawdowns</extracomment>
        <translation>media</translation>
    </message>
    <message>
        <source>5-95% of paths</source>
        <translation>5-95% de las trayectorias</translation>
    </message>
    <message>
        <source>25-75% of paths</source>
        <translation>25-75% de las trayectorias</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>The scenario's path</source>
        <translation>La trayectoria del escenario</translation>
    </message>
    <message>
        <source>test date {date}</source>
        <translation>evaluación {date}</translation>
    </message>
</context>
</TS>
