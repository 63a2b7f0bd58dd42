<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdapterUtil</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is given but the currency is not</source>
        <translation>se indica %1, pero no la moneda</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation>%1: &quot;%2&quot; no es un número entero</translation>
    </message>
    <message>
        <source>%1 ignored: %2</source>
        <translation>se ignora %1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a currency code</source>
        <translation>%1: &quot;%2&quot; no es un código de moneda</translation>
    </message>
    <message>
        <source>malformed body: %1</source>
        <translation>cuerpo mal formado: %1</translation>
    </message>
    <message>
        <source>malformed body: expected a JSON object or array</source>
        <translation>cuerpo mal formado: se esperaba un objeto o una matriz JSON</translation>
    </message>
    <message>
        <source>malformed body: expected a JSON object</source>
        <translation>cuerpo mal formado: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>paymentNumber missing</source>
        <translation>falta paymentNumber</translation>
    </message>
    <message>
        <source>amount missing</source>
        <translation>falta el importe</translation>
    </message>
    <message>
        <source>currency missing and the endpoint has no currency set</source>
        <translation>falta la moneda y el punto de conexión no tiene ninguna moneda definida</translation>
    </message>
</context>
<context>
    <name>AlarmEvaluation</name>
    <message>
        <source>No silence alarm set.</source>
        <translation>No hay ninguna alarma de silencio definida.</translation>
    </message>
    <message>
        <source>No requests refused for their signature or token since the last accepted one.</source>
        <translation>Ninguna solicitud rechazada por su firma o token desde la última aceptada.</translation>
    </message>
    <message>
        <source>No requests refused for their signature or token.</source>
        <translation>Ninguna solicitud rechazada por su firma o token.</translation>
    </message>
    <message>
        <source>Silence alarm paused: the endpoint is disabled.</source>
        <translation>Alarma de silencio en pausa: el punto de conexión está desactivado.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>no donation for %1 (counted %2)</source>
        <translation>sin donaciones durante %1 (contando %2)</translation>
    </message>
    <message>
        <source>no donation for %1</source>
        <translation>sin donaciones durante %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>alarm after %1</source>
        <translation>alarma tras %1</translation>
    </message>
    <message>
        <source>alarm after %1, counted between %2 and %3</source>
        <translation>alarma tras %1, contando entre %2 y %3</translation>
    </message>
    <message>
        <source>No donation since the endpoint was created on %1: %2 of quiet (%3).</source>
        <translation>Ninguna donación desde que se creó el punto de conexión el %1: %2 de inactividad (%3).</translation>
    </message>
    <message>
        <source>No donation for %1 (%2). The last one was on %3.</source>
        <translation>Ninguna donación durante %1 (%2). La última fue el %3.</translation>
    </message>
    <message>
        <source>No donation yet since the endpoint was created on %1; %2 of quiet so far (%3).</source>
        <translation>Todavía ninguna donación desde que se creó el punto de conexión el %1; %2 de inactividad hasta ahora (%3).</translation>
    </message>
    <message>
        <source>Last donation on %1; %2 of quiet so far (%3).</source>
        <translation>Última donación el %1; %2 de inactividad hasta ahora (%3).</translation>
    </message>
    <message numerus="yes">
        <source>alarm after %n</source>
        <translation>
            <numerusform>alarma tras %n</numerusform>
            <numerusform>alarma tras %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused for their signature or token since the last accepted one (%1).</source>
        <translation>
            <numerusform>%n solicitud rechazada por su firma o token desde la última aceptada (%1).</numerusform>
            <numerusform>%n solicitudes rechazadas por su firma o token desde la última aceptada (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 requests in a row refused for their signature or token</source>
        <translation>Al menos %1 solicitudes seguidas rechazadas por su firma o token</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row refused for their signature or token</source>
        <translation>
            <numerusform>%n solicitud rechazada por su firma o token</numerusform>
            <numerusform>%n solicitudes seguidas rechazadas por su firma o token</numerusform>
        </translation>
    </message>
    <message>
        <source> since the last accepted one on %1 (%2).</source>
        <translation> desde la última aceptada, el %1 (%2).</translation>
    </message>
    <message>
        <source>, and none ever accepted (%1).</source>
        <translation>, y ninguna aceptada nunca (%1).</translation>
    </message>
    <message>
        <source>The last, on %1: %2</source>
        <translation>La última, el %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n signature or token refusal(s) in a row</source>
        <translation>
            <numerusform>%n rechazo por firma o token</numerusform>
            <numerusform>%n rechazos seguidos por firma o token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeUpAdapter</name>
    <message>
        <source>ChangeUp-style checkout webhook</source>
        <translation>Webhook de pago (estilo ChangeUp)</translation>
    </message>
    <message>
        <source>Give this URL to the checkout server that completes donations for this widget; the URL itself is the secret, so keep it server-side. Optionally set a signing secret (whsec_...) and sign each request with Standard Webhooks headers.</source>
        <translation>Proporcione esta URL al servidor de pago que completa las donaciones de este widget; la propia URL es el secreto, así que manténgala en el servidor. Opcionalmente, defina un secreto de firma (whsec_...) y firme cada solicitud con los encabezados de Standard Webhooks.</translation>
    </message>
    <message>
        <source>item %1 is not a donation object</source>
        <translation>el elemento %1 no es un objeto de donación</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Donation Desk reads (%2)</source>
        <translation>la versión de formato %1 es más reciente que la que lee este Donation Desk (%2)</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>elemento %1: %2</translation>
    </message>
    <message>
        <source>empty donation batch</source>
        <translation>lote de donaciones vacío</translation>
    </message>
</context>
<context>
    <name>ChartsBarList</name>
    <message numerus="yes">
        <source>%1: %n donation(s)</source>
        <translation>
            <numerusform>%1: %n donación</numerusform>
            <numerusform>%1: %n donaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>conservado %1</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n donación</numerusform>
            <numerusform>%n donaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>actualizando…</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Money charts show one currency at a time: amounts of different currencies are never added</source>
        <translation>Los gráficos de importes muestran una sola moneda cada vez: nunca se suman importes de monedas distintas</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Edit in Donations…</source>
        <translation>Editar en Donaciones…</translation>
    </message>
    <message>
        <source>The charts follow the Donations view&apos;s filter</source>
        <translation>Los gráficos siguen el filtro de la vista Donaciones</translation>
    </message>
    <message>
        <source>The charts could not be loaded: %1</source>
        <translation>No se pudieron cargar los gráficos: %1</translation>
    </message>
    <message>
        <source>Received %1 · %2</source>
        <translation>Recibido %1 · %2</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Refunded or reversed</source>
        <translation>Reembolsado o revertido</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 kept, %3 refunded or reversed, %n donation(s)</source>
        <translation>
            <numerusform>%1: %2 conservado, %3 reembolsado o revertido, %n donación</numerusform>
            <numerusform>%1: %2 conservado, %3 reembolsado o revertido, %n donaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Status mix</source>
        <translation>Distribución por estado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pre- vs post-record over time · %1</source>
        <translation>Previo frente a posterior al registro en el tiempo · %1</translation>
    </message>
    <message>
        <source>Pre-record (waiting for the record date)</source>
        <translation>Previo al registro (a la espera de la fecha de registro)</translation>
    </message>
    <message>
        <source>Post-record (actualised)</source>
        <translation>Posterior al registro (consolidado)</translation>
    </message>
    <message>
        <source>Amounts of the filtered donations in each record state at the end of each %1 (the last point is now).</source>
        <translation>Importes de las donaciones filtradas en cada estado de registro al final de cada %1 (el último punto es ahora).</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>Donations by provider</source>
        <translation>Donaciones por proveedor</translation>
    </message>
    <message>
        <source>Donations by endpoint</source>
        <translation>Donaciones por punto de conexión</translation>
    </message>
    <message>
        <source>No donations match the filter</source>
        <translation>Ninguna donación coincide con el filtro</translation>
    </message>
    <message>
        <source>Change or clear the filter to see charts.</source>
        <translation>Cambie o quite el filtro para ver los gráficos.</translation>
    </message>
    <message>
        <source>Charts appear once donations have been received.</source>
        <translation>Los gráficos aparecen en cuanto se reciben donaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n donation(s)</source>
        <translation>
            <numerusform>%1: %n donación</numerusform>
            <numerusform>%1: %n donaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>conservado %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Where to write the copy.</source>
        <translation>Dónde escribir la copia.</translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation>Reemplaza FILE si ya existe.</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output es obligatorio</translation>
    </message>
    <message>
        <source>--output is the database itself; choose another file</source>
        <translation>--output es la propia base de datos; elija otro archivo</translation>
    </message>
    <message>
        <source>%1 exists; choose another name, or add --force to replace it</source>
        <translation>%1 ya existe; elija otro nombre o añada --force para reemplazarlo</translation>
    </message>
    <message>
        <source>no folder %1 to write the copy into</source>
        <translation>no existe la carpeta %1 en la que escribir la copia</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the copy failed: %1</source>
        <translation>la copia ha fallado: %1</translation>
    </message>
    <message>
        <source>the copy did not check out: %1</source>
        <translation>la copia no ha superado la verificación: %1</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>no se puede reemplazar %1</translation>
    </message>
    <message>
        <source>cannot rename the copy to %1</source>
        <translation>no se puede cambiar el nombre de la copia a %1</translation>
    </message>
    <message>
        <source>backed up %1 to %2: %3 donations, %4 stored requests, %5 bytes
</source>
        <translation>copia de seguridad de %1 en %2: %3 donaciones, %4 solicitudes almacenadas, %5 bytes
</translation>
    </message>
    <message>
        <source>Usage: donationdesk [--db PATH]                  start the desktop app
       donationdesk &lt;command&gt; [options]

Commands:
  serve       run the webhook listener without a window
  endpoint    add, list, update or remove webhook endpoints; check their alarms
  export      write donations as CSV
  reprocess   run stored requests through the processor again
  retention   show or set how long raw requests are kept
  purge       erase raw requests older than the retention now
  erase-donor erase one donor&apos;s personal data
  backup      copy the database consistently, even while it is in use
  demo-data   fill a database with realistic demo donations
  send-test   send a signed sample webhook (or a deliberately broken one)
  round-trip  check that an endpoint&apos;s public URL reaches the listener

Every command takes --db PATH (default: %1).
Run &apos;donationdesk &lt;command&gt; --help&apos; for its options.
</source>
        <translation>Uso:   donationdesk [--db PATH]                  inicia la aplicación de escritorio
       donationdesk &lt;command&gt; [opciones]

Comandos:
  serve       ejecuta el receptor de webhooks sin ventana
  endpoint    añade, enumera, actualiza o elimina puntos de conexión; comprueba sus alarmas
  export      escribe las donaciones en CSV
  reprocess   vuelve a pasar las solicitudes almacenadas por el procesador
  retention   muestra o define cuánto tiempo se conservan las solicitudes en bruto
  purge       borra ahora las solicitudes en bruto más antiguas que la retención
  erase-donor borra los datos personales de un donante
  backup      copia la base de datos de forma coherente, incluso mientras está en uso
  demo-data   llena una base de datos con donaciones de demostración realistas
  send-test   envía un webhook de ejemplo firmado (o uno defectuoso a propósito)
  round-trip  comprueba que la URL pública de un punto de conexión llega al receptor

Todos los comandos admiten --db PATH (predeterminado: %1).
Ejecute &apos;donationdesk &lt;command&gt; --help&apos; para ver sus opciones.
</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Archivo de base de datos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>option --%1 given more than once</source>
        <translation>la opción --%1 se ha indicado más de una vez</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no database at %1 (check --db)</source>
        <translation>no hay ninguna base de datos en %1 (compruebe --db)</translation>
    </message>
    <message>
        <source>--endpoint: no endpoint named &apos;%1&apos;</source>
        <translation>--endpoint: no hay ningún punto de conexión llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see donationdesk --help)</source>
        <translation>opción desconocida &apos;%1&apos; (consulte donationdesk --help)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: serve, endpoint, export, reprocess, retention, purge, erase-donor, backup, demo-data, send-test, round-trip)</source>
        <translation>comando desconocido &apos;%1&apos; (comandos: serve, endpoint, export, reprocess, retention, purge, erase-donor, backup, demo-data, send-test, round-trip)</translation>
    </message>
    <message>
        <source>Load every view offscreen and exit.</source>
        <translation>Carga todas las vistas fuera de pantalla y sale.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Tamaño de la ventana para --screenshot (predeterminado: 1280x800).</translation>
    </message>
    <message>
        <source>Write a PNG of each view into DIR and exit.</source>
        <translation>Escribe un PNG de cada vista en DIR y sale.</translation>
    </message>
    <message>
        <source>Donations to add, about (1 to %1).</source>
        <translation>Número aproximado de donaciones que añadir (de 1 a %1).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1): the same seed, time and database give the same donations.</source>
        <translation>Semilla del generador (predeterminada: 1): con la misma semilla, hora y base de datos se obtienen las mismas donaciones.</translation>
    </message>
    <message>
        <source>The moment the data leads up to, ISO 8601 (default: the current time).</source>
        <translation>Momento hasta el que llegan los datos, en ISO 8601 (predeterminado: la hora actual).</translation>
    </message>
    <message>
        <source>--count is required (the number of donations to add)</source>
        <translation>--count es obligatorio (el número de donaciones que añadir)</translation>
    </message>
    <message>
        <source>--count: expected a whole number from 1 to %1, got &apos;%2&apos;</source>
        <translation>--count: se esperaba un número entero de 1 a %1; se obtuvo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0 to 4294967295, got &apos;%1&apos;</source>
        <translation>--seed: se esperaba un número entero de 0 a 4294967295; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--now: expected a date and time such as 2025-06-01T12:00:00Z, got &apos;%1&apos;</source>
        <translation>--now: se esperaba una fecha y hora como 2025-06-01T12:00:00Z; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>donationdesk %1: %2% (%3 of %4 donations)
</source>
        <translation>donationdesk %1: %2% (%3 de %4 donaciones)
</translation>
    </message>
    <message>
        <source>generated %1 donations in %2 s into %3
</source>
        <translation>se generaron %1 donaciones en %2 s en %3
</translation>
    </message>
    <message>
        <source>record date %1 (or the donation time, if later)</source>
        <translation>fecha de registro %1 (o la hora de la donación, si es posterior)</translation>
    </message>
    <message>
        <source>post-record at once</source>
        <translation>posterior al registro de inmediato</translation>
    </message>
    <message>
        <source>%1 (%2)%3
</source>
        <translation>%1 (%2)%3
</translation>
    </message>
    <message>
        <source> [disabled]</source>
        <translation> [desactivado]</translation>
    </message>
    <message>
        <source>  id:        %1
</source>
        <translation>  id:            %1
</translation>
    </message>
    <message>
        <source>  path:      %1
</source>
        <translation>  ruta:          %1
</translation>
    </message>
    <message>
        <source>  secret:    %1
</source>
        <translation>  secreto:       %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>  currency:  %1
</source>
        <translation>  moneda:        %1
</translation>
    </message>
    <message>
        <source>  event:     %1
</source>
        <translation>  evento:        %1
</translation>
    </message>
    <message>
        <source>  timezone:  %1
</source>
        <translation>  zona horaria:  %1
</translation>
    </message>
    <message>
        <source>  allow:     %1
</source>
        <translation>  permitidos:    %1
</translation>
    </message>
    <message>
        <source>  record:    %1
</source>
        <translation>  registro:      %1
</translation>
    </message>
    <message>
        <source>  alarm:     %1
</source>
        <translation>  alarma:        %1
</translation>
    </message>
    <message>
        <source>  setup:     %1
</source>
        <translation>  configuración: %1
</translation>
    </message>
    <message>
        <source>Signing secret or shared token (generated when the provider signs and none is given).</source>
        <translation>Secreto de firma o token compartido (se genera si el proveedor firma y no se indica ninguno).</translation>
    </message>
    <message>
        <source>No secret: rely on the secret URL alone.</source>
        <translation>Sin secreto: se confía solo en la URL secreta.</translation>
    </message>
    <message>
        <source>Currency when the payload has none (NationBuilder: the nation&apos;s currency).</source>
        <translation>Moneda cuando la carga útil no indica ninguna (NationBuilder: la moneda de la nación).</translation>
    </message>
    <message>
        <source>Event fixed for this URL (NationBuilder: succeeded, changed, canceled, failed; Donary: schedule, charge, void, pledge). Default: inferred.</source>
        <translation>Evento fijo para esta URL (NationBuilder: succeeded, changed, canceled, failed; Donary: schedule, charge, void, pledge). Predeterminado: se deduce.</translation>
    </message>
    <message>
        <source>Zone of provider times written without an offset (IANA or Windows name). Default: UTC.</source>
        <translation>Zona de las horas del proveedor escritas sin desfase (nombre IANA o de Windows). Predeterminado: UTC.</translation>
    </message>
    <message>
        <source>Comma-separated addresses or CIDR ranges allowed to post. Default: anyone.</source>
        <translation>Direcciones o rangos CIDR, separados por comas, que pueden enviar solicitudes. Predeterminado: cualquiera.</translation>
    </message>
    <message>
        <source>Record date this many days after each donation (0-3650).</source>
        <translation>Fecha de registro este número de días después de cada donación (0-3650).</translation>
    </message>
    <message>
        <source>Fixed record date (the donation time if later).</source>
        <translation>Fecha de registro fija (la hora de la donación, si es posterior).</translation>
    </message>
    <message>
        <source>Silence alarm: raise it when no real donation arrives for this long (90m, 6h, 1h30m, 2d; 0 or off: no quiet alarm).</source>
        <translation>Alarma de silencio: se activa cuando no llega ninguna donación real durante este tiempo (90m, 6h, 1h30m, 2d; 0 u off: sin alarma de inactividad).</translation>
    </message>
    <message>
        <source>Count quiet time only between these times of day, in the endpoint&apos;s time zone (22:00-06:00 wraps past midnight; empty: all day).</source>
        <translation>Cuenta el tiempo de inactividad solo entre estas horas del día, en la zona horaria del punto de conexión (22:00-06:00 pasa la medianoche; vacío: todo el día).</translation>
    </message>
    <message>
        <source>Silence alarm: raise it after this many requests in a row are refused for their signature or token (0 or off: never).</source>
        <translation>Alarma de silencio: se activa cuando este número de solicitudes seguidas se rechaza por su firma o token (0 u off: nunca).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Muestra el resultado en JSON.</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Proveedor: %1.</translation>
    </message>
    <message>
        <source>A name for this endpoint (a widget, a campaign...).</source>
        <translation>Un nombre para este punto de conexión (un widget, una campaña...).</translation>
    </message>
    <message>
        <source>--provider is required (one of: %1)</source>
        <translation>--provider es obligatorio (uno de: %1)</translation>
    </message>
    <message>
        <source>--provider: unknown provider &apos;%1&apos; (one of: %2)</source>
        <translation>--provider: proveedor desconocido &apos;%1&apos; (uno de: %2)</translation>
    </message>
    <message>
        <source>Created endpoint %1</source>
        <translation>Punto de conexión %1 creado</translation>
    </message>
    <message>
        <source>Include secrets in the output.</source>
        <translation>Incluye los secretos en la salida.</translation>
    </message>
    <message>
        <source>No endpoints yet. Add one with: donationdesk endpoint add --provider P --name NAME
</source>
        <translation>Todavía no hay puntos de conexión. Añada uno con: donationdesk endpoint add --provider P --name NAME
</translation>
    </message>
    <message>
        <source>Name or id of the endpoint.</source>
        <translation>Nombre o id del punto de conexión.</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Nombre nuevo.</translation>
    </message>
    <message>
        <source>Generate a new secret.</source>
        <translation>Genera un secreto nuevo.</translation>
    </message>
    <message>
        <source>Give the endpoint a new URL (the old one stops working).</source>
        <translation>Da al punto de conexión una URL nueva (la anterior deja de funcionar).</translation>
    </message>
    <message>
        <source>Accept requests again.</source>
        <translation>Vuelve a aceptar solicitudes.</translation>
    </message>
    <message>
        <source>Refuse requests (404) until enabled.</source>
        <translation>Rechaza las solicitudes (404) hasta que se active.</translation>
    </message>
    <message>
        <source>name the endpoint to update</source>
        <translation>indique el punto de conexión que actualizar</translation>
    </message>
    <message>
        <source>use either --enable or --disable</source>
        <translation>use --enable o bien --disable</translation>
    </message>
    <message>
        <source>no endpoint named &apos;%1&apos;</source>
        <translation>no hay ningún punto de conexión llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>endpoint &apos;%1&apos; has an unknown provider &apos;%2&apos;</source>
        <translation>el punto de conexión &apos;%1&apos; tiene un proveedor desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Updated endpoint %1</source>
        <translation>Punto de conexión %1 actualizado</translation>
    </message>
    <message>
        <source>name the endpoint to remove</source>
        <translation>indique el punto de conexión que eliminar</translation>
    </message>
    <message>
        <source>Removed endpoint %1: its URL no longer accepts requests; its donations and requests are kept.
</source>
        <translation>Punto de conexión %1 eliminado: su URL ya no acepta solicitudes; sus donaciones y solicitudes se conservan.
</translation>
    </message>
    <message>
        <source>Only this endpoint (name or id).</source>
        <translation>Solo este punto de conexión (nombre o id).</translation>
    </message>
    <message>
        <source>Count quiet time up to this moment instead of now (to try a threshold).</source>
        <translation>Cuenta el tiempo de inactividad hasta este momento en lugar de hasta ahora (para probar un umbral).</translation>
    </message>
    <message>
        <source>--at: expected a date and time such as 2024-05-25T21:00:00Z, got &apos;%1&apos;</source>
        <translation>--at: se esperaba una fecha y hora como 2024-05-25T21:00:00Z; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2 - %3
</source>
        <translation>%1: %2 - %3
</translation>
    </message>
    <message>
        <source>No endpoints yet.
</source>
        <translation>Todavía no hay puntos de conexión.
</translation>
    </message>
    <message>
        <source>Usage: donationdesk endpoint add|list|update|remove|alarms [options]
Run &apos;donationdesk endpoint &lt;sub-command&gt; --help&apos; for details.
</source>
        <translation>Uso: donationdesk endpoint add|list|update|remove|alarms [opciones]
Ejecute &apos;donationdesk endpoint &lt;sub-command&gt; --help&apos; para ver los detalles.
</translation>
    </message>
    <message>
        <source>expected a sub-command: add, list, update, remove or alarms</source>
        <translation>se esperaba un subcomando: add, list, update, remove o alarms</translation>
    </message>
    <message>
        <source>unknown sub-command &apos;%1&apos; (add, list, update, remove, alarms)</source>
        <translation>subcomando desconocido &apos;%1&apos; (add, list, update, remove, alarms)</translation>
    </message>
    <message>
        <source>    #%1 %2 (%3): %4 %5, %6, %7
</source>
        <translation>    #%1 %2 (%3): %4 %5, %6, %7
</translation>
    </message>
    <message>
        <source>Erased the personal data of %1:
</source>
        <translation>Se borraron los datos personales de %1:
</translation>
    </message>
    <message>
        <source>Would erase the personal data of %1:
</source>
        <translation>Se borrarían los datos personales de %1:
</translation>
    </message>
    <message numerus="yes">
        <source>  %n donation(s): donor name, email and personal details (amounts, currency, status, dates, campaign and ids are kept)
</source>
        <translation>
            <numerusform>  %n donación: nombre, correo electrónico y datos personales del donante (se conservan importes, moneda, estado, fechas, campaña e identificadores)
</numerusform>
            <numerusform>  %n donaciones: nombre, correo electrónico y datos personales del donante (se conservan importes, moneda, estado, fechas, campaña e identificadores)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n stored request(s): headers and body
</source>
        <translation>
            <numerusform>  %n solicitud almacenada: encabezados y cuerpo
</numerusform>
            <numerusform>  %n solicitudes almacenadas: encabezados y cuerpo
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n refused request(s): headers and body
</source>
        <translation>
            <numerusform>  %n solicitud rechazada: encabezados y cuerpo
</numerusform>
            <numerusform>  %n solicitudes rechazadas: encabezados y cuerpo
</numerusform>
        </translation>
    </message>
    <message>
        <source>The donor&apos;s email address (any case): their donations and every stored or refused request holding it.</source>
        <translation>La dirección de correo electrónico del donante (sin distinguir mayúsculas y minúsculas): sus donaciones y todas las solicitudes almacenadas o rechazadas que la contengan.</translation>
    </message>
    <message>
        <source>Only show what would be erased.</source>
        <translation>Solo muestra lo que se borraría.</translation>
    </message>
    <message>
        <source>Erase without asking (it cannot be undone).</source>
        <translation>Borra sin preguntar (no se puede deshacer).</translation>
    </message>
    <message>
        <source>--email is required (the donor&apos;s email address)</source>
        <translation>--email es obligatorio (la dirección de correo electrónico del donante)</translation>
    </message>
    <message>
        <source>use either --dry-run or --yes</source>
        <translation>use --dry-run o bien --yes</translation>
    </message>
    <message>
        <source>No donation and no stored or refused request holds %1: nothing to erase.
</source>
        <translation>Ninguna donación ni solicitud almacenada o rechazada contiene %1: no hay nada que borrar.
</translation>
    </message>
    <message>
        <source>nothing was erased: add --yes to erase it for good (or --dry-run to only see it)</source>
        <translation>no se ha borrado nada: añada --yes para borrarlo definitivamente (o --dry-run para solo verlo)</translation>
    </message>
    <message>
        <source>nothing was erased: %1</source>
        <translation>no se ha borrado nada: %1</translation>
    </message>
    <message>
        <source>Only this endpoint.</source>
        <translation>Solo este punto de conexión.</translation>
    </message>
    <message>
        <source>Only this provider.</source>
        <translation>Solo este proveedor.</translation>
    </message>
    <message>
        <source>Only these statuses, comma-separated (%1).</source>
        <translation>Solo estos estados, separados por comas (%1).</translation>
    </message>
    <message>
        <source>First day (UTC, inclusive) of donations.</source>
        <translation>Primer día (UTC, incluido) de las donaciones.</translation>
    </message>
    <message>
        <source>Last day (UTC, inclusive) of donations.</source>
        <translation>Último día (UTC, incluido) de las donaciones.</translation>
    </message>
    <message>
        <source>Compute record states as of this moment (ISO 8601; default: now).</source>
        <translation>Calcula los estados de registro a fecha de este momento (ISO 8601; predeterminado: ahora).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en FILE en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>Include the donations of test events (the test sender&apos;s), which are left out by default.</source>
        <translation>Incluye las donaciones de eventos de prueba (los del emisor de pruebas), que se excluyen de forma predeterminada.</translation>
    </message>
    <message>
        <source>--status: unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>--status: estado desconocido &apos;%1&apos; (uno de: %2)</translation>
    </message>
    <message>
        <source>--status: name at least one status</source>
        <translation>--status: indique al menos un estado</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, got &apos;%2&apos;</source>
        <translation>--%1: se esperaba una fecha con formato YYYY-MM-DD; se obtuvo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 es posterior a --to %2</translation>
    </message>
    <message>
        <source>--as-of: expected an ISO 8601 date or time such as 2024-06-01T00:00:00Z, got &apos;%1&apos;</source>
        <translation>--as-of: se esperaba una fecha u hora ISO 8601 como 2024-06-01T00:00:00Z; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output: cannot write %1: %2</source>
        <translation>--output: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>Every stored request, not only dead letters.</source>
        <translation>Todas las solicitudes almacenadas, no solo los mensajes fallidos.</translation>
    </message>
    <message>
        <source>Only requests to this endpoint.</source>
        <translation>Solo las solicitudes a este punto de conexión.</translation>
    </message>
    <message>
        <source>Only this stored request (its inbox id, as the inspector and the listener&apos;s answer give it); with --all even when it is not a dead letter.</source>
        <translation>Solo esta solicitud almacenada (su id en la bandeja de entrada, tal como lo indican el inspector y la respuesta del receptor); con --all, aunque no sea un mensaje fallido.</translation>
    </message>
    <message>
        <source>Only requests received at or after this moment (ISO 8601).</source>
        <translation>Solo las solicitudes recibidas en este momento o después (ISO 8601).</translation>
    </message>
    <message>
        <source>Only requests received before this moment (ISO 8601).</source>
        <translation>Solo las solicitudes recibidas antes de este momento (ISO 8601).</translation>
    </message>
    <message>
        <source>--request: expected a stored request&apos;s id (a whole number), got &apos;%1&apos;</source>
        <translation>--request: se esperaba el id de una solicitud almacenada (un número entero); se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1: expected an ISO 8601 date or time such as 2024-06-01T00:00:00Z, got &apos;%2&apos;</source>
        <translation>--%1: se esperaba una fecha u hora ISO 8601 como 2024-06-01T00:00:00Z; se obtuvo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from debe ser anterior a --to</translation>
    </message>
    <message>
        <source>--request: no stored request has the id %1</source>
        <translation>--request: ninguna solicitud almacenada tiene el id %1</translation>
    </message>
    <message>
        <source>Reprocessed %1 request(s): %2 processed, %3 without a donation, %4 dead letter(s).
</source>
        <translation>Se volvieron a procesar %1 solicitud(es): %2 procesadas, %3 sin donación, %4 mensaje(s) fallido(s).
</translation>
    </message>
    <message>
        <source>  dead letter #%1 (%2): %3
</source>
        <translation>  mensaje fallido #%1 (%2): %3
</translation>
    </message>
    <message>
        <source>--%1: expected a whole number of days from 0 (keep for ever) to %2, got &apos;%3&apos;</source>
        <translation>--%1: se esperaba un número entero de días de 0 (conservar para siempre) a %2; se obtuvo &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--%1: expected a whole number of days from 1 to %2, got &apos;%3&apos;</source>
        <translation>--%1: se esperaba un número entero de días de 1 a %2; se obtuvo &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever (retention 0 days).
</source>
        <translation>Las solicitudes en bruto se conservan para siempre (retención de 0 días).
</translation>
    </message>
    <message numerus="yes">
        <source>Raw requests are kept for %n day(s): after that, processed requests lose their headers and body (their donations stay) and refused requests are deleted.
</source>
        <translation>
            <numerusform>Las solicitudes en bruto se conservan durante %n día: después, las solicitudes procesadas pierden sus encabezados y su cuerpo (sus donaciones se mantienen) y las solicitudes rechazadas se eliminan.
</numerusform>
            <numerusform>Las solicitudes en bruto se conservan durante %n días: después, las solicitudes procesadas pierden sus encabezados y su cuerpo (sus donaciones se mantienen) y las solicitudes rechazadas se eliminan.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep raw requests for N days (0: for ever) from now on.</source>
        <translation>Conserva las solicitudes en bruto durante N días (0: para siempre) a partir de ahora.</translation>
    </message>
    <message>
        <source>The listener applies it within an hour; &apos;donationdesk purge&apos; applies it now.
</source>
        <translation>El receptor lo aplica en el plazo de una hora; &apos;donationdesk purge&apos; lo aplica ahora.
</translation>
    </message>
    <message>
        <source>Purge raw requests older than DAYS days instead of the retention setting&apos;s.</source>
        <translation>Depura las solicitudes en bruto de más de DAYS días, en lugar de usar el ajuste de retención.</translation>
    </message>
    <message>
        <source>Only count what would be purged.</source>
        <translation>Solo cuenta lo que se depuraría.</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever (retention 0 days): nothing to purge. Set a retention with &apos;donationdesk retention --days N&apos;, or pass --older-than DAYS.
</source>
        <translation>Las solicitudes en bruto se conservan para siempre (retención de 0 días): no hay nada que depurar. Defina una retención con &apos;donationdesk retention --days N&apos; o indique --older-than DAYS.
</translation>
    </message>
    <message>
        <source>stopped after erasing %1 stored and deleting %2 refused request(s): %3</source>
        <translation>se detuvo tras borrar %1 solicitud(es) almacenada(s) y eliminar %2 rechazada(s): %3</translation>
    </message>
    <message>
        <source>Would erase the raw bytes of %1 stored request(s) and delete %2 refused request(s) received before %3 (older than %4 day(s)).
</source>
        <translation>Se borrarían los bytes en bruto de %1 solicitud(es) almacenada(s) y se eliminarían %2 solicitud(es) rechazada(s) recibidas antes del %3 (de más de %4 día(s)).
</translation>
    </message>
    <message>
        <source>Erased the raw bytes of %1 stored request(s) and deleted %2 refused request(s) received before %3 (older than %4 day(s)).
</source>
        <translation>Se borraron los bytes en bruto de %1 solicitud(es) almacenada(s) y se eliminaron %2 solicitud(es) rechazada(s) recibidas antes del %3 (de más de %4 día(s)).
</translation>
    </message>
    <message numerus="yes">
        <source>%n pending or dead-letter request(s) older than that keep their bytes until they are processed.
</source>
        <translation>
            <numerusform>%n solicitud pendiente o fallida anterior a ese plazo conserva sus bytes hasta que se procese.
</numerusform>
            <numerusform>%n solicitudes pendientes o fallidas anteriores a ese plazo conservan sus bytes hasta que se procesen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint to check.</source>
        <translation>El punto de conexión que comprobar.</translation>
    </message>
    <message>
        <source>Where providers reach the listener (the reverse proxy or tunnel), e.g. https://donations.example.org; without it the listener&apos;s own address is checked.</source>
        <translation>Dónde llegan los proveedores al receptor (el proxy inverso o el túnel), p. ej., https://donations.example.org; sin ella se comprueba la dirección propia del receptor.</translation>
    </message>
    <message>
        <source>The listener&apos;s own address, for the advice and when no public URL is given (default 127.0.0.1:8787).</source>
        <translation>La dirección propia del receptor, para los consejos y cuando no se indica ninguna URL pública (predeterminada: 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer (default 15).</source>
        <translation>Segundos de espera de la respuesta (predeterminado: 15).</translation>
    </message>
    <message>
        <source>Print the verdict as one JSON object.</source>
        <translation>Muestra el veredicto como un único objeto JSON.</translation>
    </message>
    <message>
        <source>--endpoint is required</source>
        <translation>--endpoint es obligatorio</translation>
    </message>
    <message>
        <source>--timeout: expected a whole number from 1 to 600, got &apos;%1&apos;</source>
        <translation>--timeout: se esperaba un número entero de 1 a 600; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--public-url: expected an http:// or https:// address, got &apos;%1&apos;</source>
        <translation>--public-url: se esperaba una dirección http:// o https://; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sending a signed test event to %1 ...
</source>
        <translation>enviando un evento de prueba firmado a %1 ...
</translation>
    </message>
    <message>
        <source>fix: %1
</source>
        <translation>solución: %1
</translation>
    </message>
    <message>
        <source>Provider of the event: %1.</source>
        <translation>Proveedor del evento: %1.</translation>
    </message>
    <message>
        <source>The sample event: its name or the provider&apos;s event name (see --list); default: the provider&apos;s first.</source>
        <translation>El evento de ejemplo: su nombre o el nombre del evento en el proveedor (consulte --list); predeterminado: el primero del proveedor.</translation>
    </message>
    <message>
        <source>Where to send it: the endpoint&apos;s full URL (default with --endpoint: the local listener at 127.0.0.1:8787).</source>
        <translation>Dónde enviarlo: la URL completa del punto de conexión (predeterminado con --endpoint: el receptor local en 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Take the provider, secret and URL from this endpoint of the database.</source>
        <translation>Toma el proveedor, el secreto y la URL de este punto de conexión de la base de datos.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s secret to sign with (NationBuilder: its token).</source>
        <translation>El secreto del punto de conexión con el que firmar (NationBuilder: su token).</translation>
    </message>
    <message>
        <source>Set a field of the body: a dotted path (payments.0.amount) and a JSON value or text. Repeatable.</source>
        <translation>Define un campo del cuerpo: una ruta con puntos (payments.0.amount) y un valor JSON o texto. Se puede repetir.</translation>
    </message>
    <message>
        <source>The amount, in major units (25.00).</source>
        <translation>El importe, en unidades principales (25.00).</translation>
    </message>
    <message>
        <source>The currency code.</source>
        <translation>El código de moneda.</translation>
    </message>
    <message>
        <source>The donor&apos;s name.</source>
        <translation>El nombre del donante.</translation>
    </message>
    <message>
        <source>The donor&apos;s email.</source>
        <translation>El correo electrónico del donante.</translation>
    </message>
    <message>
        <source>The provider&apos;s own status word.</source>
        <translation>La palabra de estado propia del proveedor.</translation>
    </message>
    <message>
        <source>The provider&apos;s id of the donation.</source>
        <translation>El id de la donación en el proveedor.</translation>
    </message>
    <message>
        <source>Which of the sample&apos;s varied donors, amounts and currencies (default 0).</source>
        <translation>Cuál de las variantes de donantes, importes y monedas del ejemplo usar (predeterminado: 0).</translation>
    </message>
    <message>
        <source>Sign with another secret.</source>
        <translation>Firma con otro secreto.</translation>
    </message>
    <message>
        <source>Send no signature.</source>
        <translation>No envía ninguna firma.</translation>
    </message>
    <message>
        <source>Send to another token&apos;s URL.</source>
        <translation>Envía a la URL de otro token.</translation>
    </message>
    <message>
        <source>Sign with a timestamp ten minutes old (Standard Webhooks).</source>
        <translation>Firma con una marca de tiempo de hace diez minutos (Standard Webhooks).</translation>
    </message>
    <message>
        <source>Pad the body beyond 1 MiB.</source>
        <translation>Rellena el cuerpo hasta superar 1 MiB.</translation>
    </message>
    <message>
        <source>Do not mark the request as a test: its donation counts in reports.</source>
        <translation>No marca la solicitud como prueba: su donación cuenta en los informes.</translation>
    </message>
    <message>
        <source>Send N requests (each its own donation) and print throughput and latency.</source>
        <translation>Envía N solicitudes (cada una con su propia donación) y muestra el rendimiento y la latencia.</translation>
    </message>
    <message>
        <source>Requests under way at once with --count (default 8).</source>
        <translation>Solicitudes simultáneas en curso con --count (predeterminado: 8).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 15).</source>
        <translation>Segundos de espera de cada respuesta (predeterminado: 15).</translation>
    </message>
    <message>
        <source>Print the request as sent (headers and body) to standard error.</source>
        <translation>Muestra la solicitud tal como se envió (encabezados y cuerpo) en la salida de error estándar.</translation>
    </message>
    <message>
        <source>Print the answer as one JSON object.</source>
        <translation>Muestra la respuesta como un único objeto JSON.</translation>
    </message>
    <message>
        <source>List the sample events and exit.</source>
        <translation>Enumera los eventos de ejemplo y sale.</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from 1 to %2, got &apos;%3&apos;</source>
        <translation>--%1: se esperaba un número entero de 1 a %2; se obtuvo &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--variant: expected a whole number, got &apos;%1&apos;</source>
        <translation>--variant: se esperaba un número entero; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>choose one way to break the request, not %1</source>
        <translation>elija una sola forma de romper la solicitud, no %1</translation>
    </message>
    <message>
        <source>--provider %1 does not match the endpoint, a %2 endpoint</source>
        <translation>--provider %1 no coincide con el punto de conexión, que es de %2</translation>
    </message>
    <message>
        <source>--provider is required (or --endpoint)</source>
        <translation>--provider es obligatorio (o --endpoint)</translation>
    </message>
    <message>
        <source>--url is required (or --endpoint)</source>
        <translation>--url es obligatorio (o --endpoint)</translation>
    </message>
    <message>
        <source>--url: expected an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>--url: se esperaba una URL http:// o https://; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no sample events for %1</source>
        <translation>no hay eventos de ejemplo para %1</translation>
    </message>
    <message>
        <source>--event: %1 has no sample &apos;%2&apos; (one of: %3)</source>
        <translation>--event: %1 no tiene el ejemplo &apos;%2&apos; (uno de: %3)</translation>
    </message>
    <message>
        <source>--set: expected PATH=VALUE, got &apos;%1&apos;</source>
        <translation>--set: se esperaba PATH=VALUE; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no answer from %1 (%2): %3</source>
        <translation>sin respuesta de %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 of %2 not answered 2xx; first: %3</source>
        <translation>%1 de %2 no respondieron 2xx; el primero: %3</translation>
    </message>
    <message>
        <source>--listen: expected [IPv6]:PORT, got &apos;%1&apos;</source>
        <translation>--listen: se esperaba [IPv6]:PORT; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT, got &apos;%1&apos;</source>
        <translation>--listen: se esperaba HOST:PORT; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not a port number (0-65535)</source>
        <translation>--listen: &apos;%1&apos; no es un número de puerto (0-65535)</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an IP address</source>
        <translation>--listen: &apos;%1&apos; no es una dirección IP</translation>
    </message>
    <message>
        <source>Address and port to listen on (default: 127.0.0.1:8787; port 0 picks a free one).</source>
        <translation>Dirección y puerto en los que escuchar (predeterminado: 127.0.0.1:8787; el puerto 0 elige uno libre).</translation>
    </message>
    <message>
        <source>Largest request body accepted, in bytes (default: 1048576).</source>
        <translation>Tamaño máximo del cuerpo de solicitud aceptado, en bytes (predeterminado: 1048576).</translation>
    </message>
    <message>
        <source>--max-body: expected a size in bytes between 1024 and 268435456, got &apos;%1&apos;</source>
        <translation>--max-body: se esperaba un tamaño en bytes entre 1024 y 268435456; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Use this language (en, de, fr, es) instead of the settings&apos; choice.</source>
        <translation>Usa este idioma (en, de, fr, es) en lugar del elegido en la configuración.</translation>
    </message>
    <message>
        <source>--language: &apos;%1&apos; is not one of en, de, fr, es</source>
        <translation>--language: &apos;%1&apos; no es ninguno de en, de, fr, es</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>no data for %1 s</source>
        <translation>sin datos durante %1 s</translation>
    </message>
    <message>
        <source>the request was not complete within %1 s</source>
        <translation>la solicitud no se completó en %1 s</translation>
    </message>
    <message>
        <source>too many connections: the listener allows %1 at once</source>
        <translation>demasiadas conexiones: el receptor admite %1 a la vez</translation>
    </message>
    <message>
        <source>too many connections from %1: at most %2 at once</source>
        <translation>demasiadas conexiones desde %1: como máximo %2 a la vez</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1</source>
        <translation>no se pueden restringir los permisos de %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>no se puede configurar %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>no se puede preparar %1: %2</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>empty amount</source>
        <translation>importe vacío</translation>
    </message>
    <message>
        <source>more than one decimal point in &quot;%1&quot;</source>
        <translation>más de un separador decimal en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>&quot;%1&quot; no es un número decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 digits</source>
        <translation>&quot;%1&quot; tiene más de %2 dígitos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty exponent</source>
        <translation>&quot;%1&quot; tiene un exponente vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>&quot;%1&quot; está fuera de rango</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many decimal places</source>
        <translation>&quot;%1&quot; tiene demasiados decimales</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places</source>
        <translation>%1 tiene más de %2 decimales</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; exists with provider %2; rename it to add demo data</source>
        <translation>el punto de conexión &quot;%1&quot; ya existe con el proveedor %2; cámbiele el nombre para añadir datos de demostración</translation>
    </message>
    <message>
        <source>cannot create endpoint &quot;%1&quot;: %2</source>
        <translation>no se puede crear el punto de conexión &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>count must be between 1 and %1, not %2</source>
        <translation>el número debe estar entre 1 y %1, no %2</translation>
    </message>
    <message>
        <source>no time given to generate data up to</source>
        <translation>no se ha indicado hasta qué momento generar los datos</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>processing failed: %1</source>
        <translation>el procesamiento ha fallado: %1</translation>
    </message>
    <message>
        <source>Spring appeal widget</source>
        <translation>Widget de la campaña de primavera</translation>
    </message>
    <message>
        <source>Peer-to-peer events</source>
        <translation>Eventos de recaudación entre particulares</translation>
    </message>
    <message>
        <source>Year-end giving page</source>
        <translation>Página de donaciones de fin de año</translation>
    </message>
    <message>
        <source>Crypto checkout</source>
        <translation>Pago con criptomonedas</translation>
    </message>
    <message>
        <source>Online donations</source>
        <translation>Donaciones en línea</translation>
    </message>
    <message>
        <source>Monthly givers</source>
        <translation>Donantes mensuales</translation>
    </message>
    <message>
        <source>Gala %1 tickets</source>
        <translation>Entradas de la gala %1</translation>
    </message>
    <message>
        <source>Chapter renewals</source>
        <translation>Renovaciones de las delegaciones</translation>
    </message>
    <message>
        <source>Synagogue campaigns</source>
        <translation>Campañas de sinagogas</translation>
    </message>
    <message>
        <source>Partner payroll giving</source>
        <translation>Donaciones por nómina de empresas colaboradoras</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>--screenshot-size: expected WIDTHxHEIGHT such as 1280x800, got &apos;%1&apos;</source>
        <translation>--screenshot-size: se esperaba WIDTHxHEIGHT como 1280x800; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the user interface failed to load: %1</source>
        <translation>no se pudo cargar la interfaz de usuario: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>views did not finish loading: %1</source>
        <translation>las vistas no terminaron de cargarse: %1</translation>
    </message>
    <message>
        <source>QML reported problems: %1</source>
        <translation>QML ha informado de problemas: %1</translation>
    </message>
</context>
<context>
    <name>DonaryAdapter</name>
    <message>
        <source>In Donary&apos;s enterprise settings, paste this same URL into all four webhook endpoints (payment, payment status, pledge, schedule) so that charges, voids and schedule first payments meet. Donary does not sign requests: the URL is the secret; restrict senders with an address allow-list if you can.</source>
        <translation>En la configuración empresarial de Donary, pegue esta misma URL en los cuatro puntos de conexión de webhook (payment, payment status, pledge, schedule) para que los cargos, las anulaciones y los primeros pagos de los planes de pagos coincidan. Donary no firma las solicitudes: la URL es el secreto; si puede, restrinja los remitentes con una lista de direcciones permitidas.</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>cannot tell which Donary webhook this is: expected scheduleUniqueID, pledgeNumber or paymentNumber</source>
        <translation>no se puede determinar de qué webhook de Donary se trata: se esperaba scheduleUniqueID, pledgeNumber o paymentNumber</translation>
    </message>
    <message>
        <source>paymentNumber missing</source>
        <translation>falta paymentNumber</translation>
    </message>
    <message>
        <source>paymentStatus missing</source>
        <translation>falta paymentStatus</translation>
    </message>
    <message>
        <source>pledgeNumber missing</source>
        <translation>falta pledgeNumber</translation>
    </message>
    <message>
        <source>currency missing and the endpoint has no currency set</source>
        <translation>falta la moneda y el punto de conexión no tiene ninguna moneda definida</translation>
    </message>
    <message>
        <source>scheduleUniqueID missing</source>
        <translation>falta scheduleUniqueID</translation>
    </message>
    <message>
        <source>firstPayment: %1</source>
        <translation>firstPayment: %1</translation>
    </message>
    <message>
        <source>unknown Donary event setting &quot;%1&quot;</source>
        <translation>ajuste de evento de Donary desconocido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DonationCharts</name>
    <message>
        <source>the database cannot be read</source>
        <translation>no se puede leer la base de datos</translation>
    </message>
    <message>
        <source>Other endpoints</source>
        <translation>Otros puntos de conexión</translation>
    </message>
</context>
<context>
    <name>DonationDetail</name>
    <message>
        <source>the database cannot be read</source>
        <translation>no se puede leer la base de datos</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the donation</source>
        <translation>
            <numerusform>%n día después de la donación</numerusform>
            <numerusform>%n días después de la donación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the donation (set by the donation)</source>
        <translation>
            <numerusform>%n día después de la donación (fijado por la donación)</numerusform>
            <numerusform>%n días después de la donación (fijado por la donación)</numerusform>
        </translation>
    </message>
    <message>
        <source>fixed date %1</source>
        <translation>fecha fija %1</translation>
    </message>
    <message>
        <source>Donation id</source>
        <translation>ID de donación</translation>
    </message>
    <message>
        <source>Provider&apos;s id</source>
        <translation>ID del proveedor</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Provider&apos;s status</source>
        <translation>Estado en el proveedor</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Amount as sent</source>
        <translation>Importe enviado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Recurrente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Parte de</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>Donado</translation>
    </message>
    <message>
        <source>Record rule</source>
        <translation>Regla de registro</translation>
    </message>
    <message>
        <source>Record date</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>Record state now</source>
        <translation>Estado de registro actual</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Estado desde</translation>
    </message>
    <message>
        <source>First stored</source>
        <translation>Primer almacenamiento</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Test event</source>
        <translation>Evento de prueba</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
</context>
<context>
    <name>DonationDetailPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Donation not found</source>
        <translation>Donación no encontrada</translation>
    </message>
    <message>
        <source>Anonymous donor</source>
        <translation>Donante anónimo</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close the donation</source>
        <translation>Cerrar la donación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Details from the provider</source>
        <translation>Detalles del proveedor</translation>
    </message>
    <message>
        <source>Copy all fields</source>
        <translation>Copiar todos los campos</translation>
    </message>
    <message>
        <source>redelivery</source>
        <translation>reenvío</translation>
    </message>
    <message>
        <source>created as</source>
        <translation>creada como</translation>
    </message>
    <message>
        <source>provider: %1</source>
        <translation>proveedor: %1</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Sin historial</translation>
    </message>
    <message>
        <source>Every request that changes this donation will be listed here.</source>
        <translation>Aquí se mostrarán todas las solicitudes que modifiquen esta donación.</translation>
    </message>
    <message>
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <source>(redelivery)</source>
        <translation>(reenvío)</translation>
    </message>
    <message>
        <source>%1 %2 from %3 at %4 · %5 bytes, %6 · stored request %7</source>
        <translation>%1 %2 desde %3 el %4 · %5 bytes, %6 · solicitud almacenada %7</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Cargando la solicitud…</translation>
    </message>
    <message>
        <source>No request to show</source>
        <translation>No hay ninguna solicitud que mostrar</translation>
    </message>
    <message>
        <source>Raw request erased on %1 (%2)</source>
        <translation>Solicitud en bruto borrada el %1 (%2)</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>retención</translation>
    </message>
    <message>
        <source>donor erasure</source>
        <translation>borrado del donante</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Copy headers</source>
        <translation>Copiar encabezados</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>(shortened here; the copy is complete)</source>
        <translation>(abreviado aquí; la copia está completa)</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Copiar cuerpo</translation>
    </message>
    <message>
        <source>Copies the body exactly as it arrived</source>
        <translation>Copia el cuerpo exactamente como llegó</translation>
    </message>
</context>
<context>
    <name>DonationExportDialog</name>
    <message>
        <source>Export complete</source>
        <translation>Exportación completada</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>Exporting donations…</source>
        <translation>Exportando donaciones…</translation>
    </message>
    <message>
        <source>%L1 of %L2 donations written</source>
        <translation>%L1 de %L2 donaciones escritas</translation>
    </message>
    <message>
        <source>Counting the donations…</source>
        <translation>Contando las donaciones…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donation(s) written.</source>
        <translation>
            <numerusform>%Ln donación escrita.</numerusform>
            <numerusform>%Ln donaciones escritas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DonationFilterBar</name>
    <message>
        <source>All time</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Donor, email or id (Ctrl+F)</source>
        <translation>Donante, correo o ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search donor names, emails and the provider&apos;s ids</source>
        <translation>Buscar en nombres de donantes, correos electrónicos e ID del proveedor</translation>
    </message>
    <message>
        <source>Donation dates, in your time zone</source>
        <translation>Fechas de donación, en su zona horaria</translation>
    </message>
    <message>
        <source>from yyyy-mm-dd</source>
        <translation>desde yyyy-mm-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>to yyyy-mm-dd</source>
        <translation>hasta yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Record state</source>
        <translation>Estado de registro</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Test events</source>
        <translation>Eventos de prueba</translation>
    </message>
    <message>
        <source>Include the donations of test events (sent by the test sender), which reports leave out</source>
        <translation>Incluir las donaciones de eventos de prueba (enviadas por el emisor de pruebas), que los informes excluyen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>DonationFilterMenu</name>
    <message>
        <source>%1: all</source>
        <translation>%1: todos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chosen</source>
        <translation>
            <numerusform>%1: %n elegido</numerusform>
            <numerusform>%1: %n elegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to choose yet</source>
        <translation>Todavía no hay nada que elegir</translation>
    </message>
    <message>
        <source>All (no filter)</source>
        <translation>Todos (sin filtro)</translation>
    </message>
</context>
<context>
    <name>DonationFilterObject</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>últimos 7 días</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>este mes</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>el mes pasado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n punto de conexión</numerusform>
            <numerusform>%n puntos de conexión</numerusform>
        </translation>
    </message>
    <message>
        <source>matching &quot;%1&quot;</source>
        <translation>que coinciden con &quot;%1&quot;</translation>
    </message>
    <message>
        <source>with test events</source>
        <translation>con eventos de prueba</translation>
    </message>
    <message>
        <source>all donations</source>
        <translation>todas las donaciones</translation>
    </message>
</context>
<context>
    <name>DonationPages</name>
    <message>
        <source>the database cannot be read</source>
        <translation>no se puede leer la base de datos</translation>
    </message>
</context>
<context>
    <name>DonationProcessor</name>
    <message>
        <source>erased before it was processed</source>
        <translation>borrada antes de procesarse</translation>
    </message>
    <message>
        <source>endpoint %1 or its provider no longer exists</source>
        <translation>el punto de conexión %1 o su proveedor ya no existe</translation>
    </message>
    <message>
        <source>redelivery of an event already applied</source>
        <translation>reenvío de un evento ya aplicado</translation>
    </message>
</context>
<context>
    <name>DonationTable</name>
    <message>
        <source>Sort by %1; click again to reverse. Drag the edge to resize.</source>
        <translation>Ordenar por %1; haga clic de nuevo para invertir el orden. Arrastre el borde para cambiar el tamaño.</translation>
    </message>
</context>
<context>
    <name>DonationTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Record state</source>
        <translation>Estado de registro</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
</context>
<context>
    <name>DonationsView</name>
    <message>
        <source>Donations</source>
        <translation>Donaciones</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln donación</numerusform>
            <numerusform>%Ln donaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %L1+ donations, counting…</source>
        <translation>≈ %L1+ donaciones, contando…</translation>
    </message>
    <message numerus="yes">
        <source>%n new — refresh</source>
        <translation>
            <numerusform>%n nueva — actualizar</numerusform>
            <numerusform>%n nuevas — actualizar</numerusform>
        </translation>
    </message>
    <message>
        <source>New donations arrived; the table shows what was there when it loaded</source>
        <translation>Han llegado nuevas donaciones; la tabla muestra lo que había cuando se cargó</translation>
    </message>
    <message>
        <source>Exporting… %1%</source>
        <translation>Exportando… %1%</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the donations shown as CSV (Ctrl+E)</source>
        <translation>Guardar las donaciones mostradas como CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>The donations could not be read: %1</source>
        <translation>No se pudieron leer las donaciones: %1</translation>
    </message>
    <message>
        <source>No donations match these filters</source>
        <translation>Ninguna donación coincide con estos filtros</translation>
    </message>
    <message>
        <source>No donations yet</source>
        <translation>Todavía no hay donaciones</translation>
    </message>
    <message>
        <source>Change or clear the filters above.</source>
        <translation>Cambie o quite los filtros de arriba.</translation>
    </message>
    <message>
        <source>Donations appear here as webhooks arrive. Set up an endpoint in Endpoints (Ctrl+5).</source>
        <translation>Las donaciones aparecen aquí a medida que llegan los webhooks. Configure un punto de conexión en Puntos de conexión (Ctrl+5).</translation>
    </message>
    <message>
        <source>Export donations as CSV</source>
        <translation>Exportar donaciones como CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the file as:</source>
        <translation>Guardar el archivo como:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DonorErasure</name>
    <message>
        <source>enter the donor&apos;s email address</source>
        <translation>introduzca la dirección de correo electrónico del donante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (expected name@example.org)</source>
        <translation>&apos;%1&apos; no es una dirección de correo electrónico (se esperaba nombre@example.org)</translation>
    </message>
</context>
<context>
    <name>DonorErasureDialog</name>
    <message>
        <source>Erase a donor&apos;s personal data</source>
        <translation>Borrar los datos personales de un donante</translation>
    </message>
    <message>
        <source>Their donations keep what the books need: amounts, currency, status, dates, campaign and ids. Their name, email and personal details are erased, and so are the headers and body of every stored or refused request that holds the address. This cannot be undone; backups keep what they hold.</source>
        <translation>Sus donaciones conservan lo que necesita la contabilidad: importes, moneda, estado, fechas, campaña e identificadores. Se borran su nombre, su correo electrónico y sus datos personales, así como los encabezados y el cuerpo de todas las solicitudes almacenadas o rechazadas que contengan la dirección. Esta acción no se puede deshacer; las copias de seguridad conservan lo que contienen.</translation>
    </message>
    <message>
        <source>donor@example.org</source>
        <translation>donor@example.org</translation>
    </message>
    <message>
        <source>Donor&apos;s email address</source>
        <translation>Correo electrónico del donante</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Searching every stored request…</source>
        <translation>Buscando en todas las solicitudes almacenadas…</translation>
    </message>
    <message>
        <source>Erase it? Check the address first: this cannot be undone.</source>
        <translation>¿Borrarlo? Compruebe antes la dirección: esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DonorErasureJob</name>
    <message>
        <source>Nothing more holds %1: nothing was erased.</source>
        <translation>Ya nada contiene %1: no se ha borrado nada.</translation>
    </message>
    <message>
        <source>No donation and no stored or refused request holds %1.</source>
        <translation>Ninguna donación ni solicitud almacenada o rechazada contiene %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n donación</numerusform>
            <numerusform>%n donaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored request(s)</source>
        <translation>
            <numerusform>%n solicitud almacenada</numerusform>
            <numerusform>%n solicitudes almacenadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused request(s)</source>
        <translation>
            <numerusform>%n solicitud rechazada</numerusform>
            <numerusform>%n solicitudes rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased the personal data of %1: %2.</source>
        <translation>Se borraron los datos personales de %1: %2.</translation>
    </message>
    <message>
        <source>%1 is held by %2.</source>
        <translation>%1 aparece en %2.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>No se ha borrado nada: %1</translation>
    </message>
</context>
<context>
    <name>EndpointAddDialog</name>
    <message>
        <source>Endpoint created</source>
        <translation>Punto de conexión creado</translation>
    </message>
    <message>
        <source>Add an endpoint</source>
        <translation>Añadir un punto de conexión</translation>
    </message>
    <message>
        <source>“%1” is ready. Give %2 this URL:</source>
        <translation>“%1” está listo. Proporcione a %2 esta URL:</translation>
    </message>
    <message>
        <source>And this secret:</source>
        <translation>Y este secreto:</translation>
    </message>
    <message>
        <source>Both stay available in the endpoint&apos;s details.</source>
        <translation>Ambos siguen disponibles en los detalles del punto de conexión.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>EndpointAlarmMark</name>
    <message>
        <source>Silence alarm</source>
        <translation>Alarma de silencio</translation>
    </message>
</context>
<context>
    <name>EndpointChanges</name>
    <message>
        <source>--alarm-quiet: expected a duration such as 90m, 6h or 1h30m (0 or off: no alarm), got &apos;%1&apos;</source>
        <translation>--alarm-quiet: se esperaba una duración como 90m, 6h o 1h30m (0 u off: sin alarma); se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected a duration such as 90m, 6h or 1h30m (empty or 0: no alarm), got &apos;%1&apos;.</source>
        <translation>Se esperaba una duración como 90m, 6h o 1h30m (vacío o 0: sin alarma); se obtuvo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--alarm-quiet: at most 30 days (30d), got &apos;%1&apos;</source>
        <translation>--alarm-quiet: como máximo 30 días (30d); se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>At most 30 days, got &apos;%1&apos;.</source>
        <translation>Como máximo 30 días; se obtuvo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--alarm-window: expected HH:MM-HH:MM such as 08:00-22:00 (empty: all day), got &apos;%1&apos;</source>
        <translation>--alarm-window: se esperaba HH:MM-HH:MM como 08:00-22:00 (vacío: todo el día); se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected two times as HH:MM, such as 08:00 and 22:00 (both empty: all day), got &apos;%1&apos;.</source>
        <translation>Se esperaban dos horas con formato HH:MM, como 08:00 y 22:00 (ambas vacías: todo el día); se obtuvo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--alarm-window: &apos;%1&apos; starts and ends at the same time; leave it empty for all day</source>
        <translation>--alarm-window: &apos;%1&apos; empieza y termina a la misma hora; déjelo vacío para todo el día</translation>
    </message>
    <message>
        <source>It starts and ends at the same time: leave both empty for all day.</source>
        <translation>Empieza y termina a la misma hora: deje ambas vacías para todo el día.</translation>
    </message>
    <message>
        <source>--alarm-signature-failures: expected a whole number from 0 (off) to %1, got &apos;%2&apos;</source>
        <translation>--alarm-signature-failures: se esperaba un número entero de 0 (desactivada) a %1; se obtuvo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Expected a whole number from 0 (off) to %1, got &apos;%2&apos;.</source>
        <translation>Se esperaba un número entero de 0 (desactivada) a %1; se obtuvo &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>use either --secret or --no-secret</source>
        <translation>use --secret o bien --no-secret</translation>
    </message>
    <message>
        <source>Use either a secret or no secret.</source>
        <translation>Elija un secreto o ningún secreto, no ambos.</translation>
    </message>
    <message>
        <source>--secret: %1 does not sign its webhooks; the URL is the secret (use --allow-from to restrict senders)</source>
        <translation>--secret: %1 no firma sus webhooks; la URL es el secreto (use --allow-from para restringir los remitentes)</translation>
    </message>
    <message>
        <source>%1 does not sign its webhooks; the URL is the secret (restrict senders with the allow-list).</source>
        <translation>%1 no firma sus webhooks; la URL es el secreto (restrinja los remitentes con la lista de permitidos).</translation>
    </message>
    <message>
        <source>--secret: empty; use --no-secret for none</source>
        <translation>--secret: vacío; use --no-secret para no usar ninguno</translation>
    </message>
    <message>
        <source>Empty: choose no secret instead.</source>
        <translation>Vacío: elija en su lugar la opción sin secreto.</translation>
    </message>
    <message>
        <source>--no-secret: %1 endpoints check every request&apos;s signature and cannot work without a secret</source>
        <translation>--no-secret: los puntos de conexión de %1 comprueban la firma de cada solicitud y no pueden funcionar sin secreto</translation>
    </message>
    <message>
        <source>%1 endpoints check every request&apos;s signature and cannot work without a secret.</source>
        <translation>Los puntos de conexión de %1 comprueban la firma de cada solicitud y no pueden funcionar sin secreto.</translation>
    </message>
    <message>
        <source>--currency: &apos;%1&apos; is not a currency code</source>
        <translation>--currency: &apos;%1&apos; no es un código de moneda</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code.</source>
        <translation>&apos;%1&apos; no es un código de moneda.</translation>
    </message>
    <message>
        <source>--event: %1 endpoints have no event setting</source>
        <translation>--event: los puntos de conexión de %1 no tienen ajuste de evento</translation>
    </message>
    <message>
        <source>%1 endpoints have no event setting.</source>
        <translation>Los puntos de conexión de %1 no tienen ajuste de evento.</translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is not one of %2</source>
        <translation>--event: &apos;%1&apos; no es ninguno de %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2.</source>
        <translation>&apos;%1&apos; no es ninguno de %2.</translation>
    </message>
    <message>
        <source>--timezone: unknown zone &apos;%1&apos; (use an IANA name such as America/New_York)</source>
        <translation>--timezone: zona desconocida &apos;%1&apos; (use un nombre IANA como America/New_York)</translation>
    </message>
    <message>
        <source>Unknown zone &apos;%1&apos;: use an IANA name such as America/New_York.</source>
        <translation>Zona desconocida &apos;%1&apos;: use un nombre IANA como America/New_York.</translation>
    </message>
    <message>
        <source>--allow-from: &apos;%1&apos; is not an address or CIDR range</source>
        <translation>--allow-from: &apos;%1&apos; no es una dirección ni un rango CIDR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address or CIDR range.</source>
        <translation>&apos;%1&apos; no es una dirección ni un rango CIDR.</translation>
    </message>
    <message>
        <source>use either --record-delay or --record-date, not both</source>
        <translation>use --record-delay o --record-date, no ambos</translation>
    </message>
    <message>
        <source>Use either a delay or a date, not both.</source>
        <translation>Use un plazo o una fecha, no ambos.</translation>
    </message>
    <message>
        <source>--record-delay: expected a whole number of days from 0 to %1, got &apos;%2&apos;</source>
        <translation>--record-delay: se esperaba un número entero de días de 0 a %1; se obtuvo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Expected a whole number of days from 0 to %1, got &apos;%2&apos;.</source>
        <translation>Se esperaba un número entero de días de 0 a %1; se obtuvo &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--record-date: expected a date as YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation>--record-date: se esperaba una fecha con formato YYYY-MM-DD; se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD, got &apos;%1&apos;.</source>
        <translation>Se esperaba una fecha con formato YYYY-MM-DD; se obtuvo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--currency is required for %1 endpoints: its payloads carry no currency</source>
        <translation>--currency es obligatorio para los puntos de conexión de %1: sus cargas útiles no incluyen moneda</translation>
    </message>
    <message>
        <source>Required for %1 endpoints: their payloads carry no currency.</source>
        <translation>Obligatoria para los puntos de conexión de %1: sus cargas útiles no incluyen moneda.</translation>
    </message>
    <message>
        <source>use only one of --secret, --new-secret and --no-secret</source>
        <translation>use solo una de estas opciones: --secret, --new-secret o --no-secret</translation>
    </message>
    <message>
        <source>Use only one of a given secret, a new secret and no secret.</source>
        <translation>Use solo una opción: un secreto indicado, un secreto nuevo o ningún secreto.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name es obligatorio</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>--name: at most %1 characters</source>
        <translation>--name: como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>--name: 1 to %1 characters</source>
        <translation>--name: de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>1 to %1 characters.</source>
        <translation>De 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>--new-secret: %1 endpoints have no generated secret; pass --secret</source>
        <translation>--new-secret: los puntos de conexión de %1 no tienen secreto generado; indique --secret</translation>
    </message>
    <message>
        <source>%1 endpoints have no generated secret: enter the provider&apos;s.</source>
        <translation>Los puntos de conexión de %1 no tienen secreto generado: introduzca el del proveedor.</translation>
    </message>
</context>
<context>
    <name>EndpointCommand</name>
    <message numerus="yes">
        <source>record date %n day(s) after the donation</source>
        <translation>
            <numerusform>fecha de registro %n día después de la donación</numerusform>
            <numerusform>fecha de registro %n días después de la donación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EndpointDetail</name>
    <message>
        <source>Accepting requests</source>
        <translation>Aceptando solicitudes</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>A disabled endpoint answers 404, as if its URL did not exist; nothing it sent is lost.</source>
        <translation>Un punto de conexión desactivado responde 404, como si su URL no existiera; no se pierde nada de lo ya recibido.</translation>
    </message>
    <message>
        <source>Requests are failing their signature check</source>
        <translation>Las solicitudes no superan la comprobación de firma</translation>
    </message>
    <message>
        <source>This endpoint has gone quiet</source>
        <translation>Este punto de conexión lleva tiempo sin actividad</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>el proveedor</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>This address works on this computer only. For a provider on the internet, set the public base URL of your reverse proxy or tunnel in Settings.</source>
        <translation>Esta dirección solo funciona en este equipo. Para un proveedor en internet, defina en Configuración la URL base pública de su proxy inverso o túnel.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>%1 does not sign its requests: the URL is the secret. Keep it private, and restrict senders with the allow-list below if you can.</source>
        <translation>%1 no firma sus solicitudes: la URL es el secreto. Manténgala en privado y, si puede, restrinja los remitentes con la lista de permitidos de abajo.</translation>
    </message>
    <message>
        <source>No secret: every request will be refused until one is set.</source>
        <translation>Sin secreto: se rechazarán todas las solicitudes hasta que se defina uno.</translation>
    </message>
    <message>
        <source>No secret: the URL alone admits requests.</source>
        <translation>Sin secreto: basta la URL para admitir solicitudes.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Regenerar…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Definir…</translation>
    </message>
    <message>
        <source>Round-trip check</source>
        <translation>Comprobación de ida y vuelta</translation>
    </message>
    <message>
        <source>Sends a signed test event to %1 through your proxy or tunnel, and checks that it arrives here intact. Test events stay out of reports.</source>
        <translation>Envía un evento de prueba firmado a %1 a través de su proxy o túnel y comprueba que llega intacto aquí. Los eventos de prueba quedan fuera de los informes.</translation>
    </message>
    <message>
        <source>Sends a signed test event to %1 and checks that it arrives intact. With a public URL set in Settings, the check goes through your proxy or tunnel. Test events stay out of reports.</source>
        <translation>Envía un evento de prueba firmado a %1 y comprueba que llega intacto. Si hay una URL pública definida en Configuración, la comprobación pasa por su proxy o túnel. Los eventos de prueba quedan fuera de los informes.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Check round trip</source>
        <translation>Comprobar ida y vuelta</translation>
    </message>
    <message>
        <source>Answered; looking for it among the arrivals…</source>
        <translation>Respondido; buscándolo entre las llegadas…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>Cómo solucionarlo: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Comprobado %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Requests today</source>
        <translation>Solicitudes de hoy</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Última solicitud</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>Silence alarm</source>
        <translation>Alarma de silencio</translation>
    </message>
    <message>
        <source>Off: set one in the settings</source>
        <translation>Desactivada: defina una en la configuración</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Activada: %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Sin comprobar todavía</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>URL and removal</source>
        <translation>URL y eliminación</translation>
    </message>
    <message>
        <source>Give this endpoint a new URL, for instance when the current one may have leaked. The current URL stops working at once.</source>
        <translation>Dé a este punto de conexión una URL nueva, por ejemplo si la actual puede haberse filtrado. La URL actual deja de funcionar de inmediato.</translation>
    </message>
    <message>
        <source>New URL…</source>
        <translation>URL nueva…</translation>
    </message>
    <message>
        <source>Remove this endpoint: its URL stops working; its donations and stored requests are kept.</source>
        <translation>Eliminar este punto de conexión: su URL deja de funcionar; sus donaciones y solicitudes almacenadas se conservan.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Regenerate the secret?</source>
        <translation>¿Regenerar el secreto?</translation>
    </message>
    <message>
        <source>Requests signed with the current secret of “%1” are refused (401) from the moment the new one is made. Enter the new secret in %2 straight away.</source>
        <translation>Las solicitudes firmadas con el secreto actual de “%1” se rechazan (401) desde el momento en que se crea el nuevo. Introduzca el nuevo secreto en %2 de inmediato.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Give it a new URL?</source>
        <translation>¿Darle una URL nueva?</translation>
    </message>
    <message>
        <source>The current URL of “%1” stops working at once (404). Give %2 the new URL, or its webhooks will be refused.</source>
        <translation>La URL actual de “%1” deja de funcionar de inmediato (404). Proporcione a %2 la URL nueva o se rechazarán sus webhooks.</translation>
    </message>
    <message>
        <source>New URL</source>
        <translation>URL nueva</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>¿Eliminar “%1”?</translation>
    </message>
    <message>
        <source>Its URL stops accepting requests at once. Its donations and stored requests are kept: they stay in the views and in exports under its name.</source>
        <translation>Su URL deja de aceptar solicitudes de inmediato. Sus donaciones y solicitudes almacenadas se conservan: siguen en las vistas y en las exportaciones con su nombre.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>A signing secret is generated for it.</source>
        <translation>Se genera un secreto de firma para él.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A widget, a campaign, a page…</source>
        <translation>Un widget, una campaña, una página…</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Optional: the token or signing secret the provider shows</source>
        <translation>Opcional: el token o secreto de firma que muestra el proveedor</translation>
    </message>
    <message>
        <source>Record date</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>Days after each donation:</source>
        <translation>Días después de cada donación:</translation>
    </message>
    <message>
        <source>Days after each donation</source>
        <translation>Días después de cada donación</translation>
    </message>
    <message>
        <source>Fixed date:</source>
        <translation>Fecha fija:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Fixed record date</source>
        <translation>Fecha de registro fija</translation>
    </message>
    <message>
        <source>Donations count from this date, or from when they are made if later.</source>
        <translation>Las donaciones cuentan desde esta fecha, o desde que se realizan si es posterior.</translation>
    </message>
    <message>
        <source>Donations count at once.</source>
        <translation>Las donaciones cuentan de inmediato.</translation>
    </message>
    <message numerus="yes">
        <source>Each donation counts %n day(s) after it is made.</source>
        <translation>
            <numerusform>Cada donación cuenta %n día después de realizarse.</numerusform>
            <numerusform>Cada donación cuenta %n días después de realizarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Donations already received keep their record date.</source>
        <translation>Las donaciones ya recibidas conservan su fecha de registro.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Required, e.g. USD</source>
        <translation>Obligatoria, p. ej., USD</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>p. ej., USD</translation>
    </message>
    <message>
        <source>Required: %1 payloads carry no currency.</source>
        <translation>Obligatoria: las cargas útiles de %1 no incluyen moneda.</translation>
    </message>
    <message>
        <source>Used only when a payload names none.</source>
        <translation>Solo se usa cuando una carga útil no indica ninguna.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Read from each request</source>
        <translation>Leído de cada solicitud</translation>
    </message>
    <message>
        <source>Fix the event when this URL receives only one kind, as the provider&apos;s setup suggests.</source>
        <translation>Fije el evento cuando esta URL solo reciba un tipo, como sugiere la configuración del proveedor.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>For provider times written without an offset, e.g. America/New_York.</source>
        <translation>Para las horas del proveedor escritas sin desfase, p. ej., America/New_York.</translation>
    </message>
    <message>
        <source>Allowed senders</source>
        <translation>Remitentes permitidos</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Addresses or CIDR ranges, separated by commas, e.g. 203.0.113.0/24. Others are refused (403).</source>
        <translation>Direcciones o rangos CIDR, separados por comas, p. ej., 203.0.113.0/24. Los demás se rechazan (403).</translation>
    </message>
    <message>
        <source>Silence alarm</source>
        <translation>Alarma de silencio</translation>
    </message>
    <message>
        <source>No donation for</source>
        <translation>Sin donaciones durante</translation>
    </message>
    <message>
        <source>Off, e.g. 6h</source>
        <translation>Desactivada, p. ej., 6h</translation>
    </message>
    <message>
        <source>Raise the alarm when no donation arrives for this long, e.g. 90m, 6h or 1h30m (test donations do not count; empty: off).</source>
        <translation>Activar la alarma cuando no llegue ninguna donación durante este tiempo, p. ej., 90m, 6h o 1h30m (las donaciones de prueba no cuentan; vacío: desactivada).</translation>
    </message>
    <message>
        <source>Counted between</source>
        <translation>Se cuenta entre</translation>
    </message>
    <message>
        <source>08:00</source>
        <translation>08:00</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Se cuenta desde</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>22:00</source>
        <translation>22:00</translation>
    </message>
    <message>
        <source>Counted until</source>
        <translation>Se cuenta hasta</translation>
    </message>
    <message>
        <source>Quiet time counts only between these times of day, in the endpoint&apos;s time zone (this computer&apos;s when it has none); 22:00 and 06:00 spans the night. Both empty: all day.</source>
        <translation>El tiempo de inactividad solo se cuenta entre estas horas del día, en la zona horaria del punto de conexión (la de este equipo si no tiene ninguna); 22:00 y 06:00 abarca la noche. Ambas vacías: todo el día.</translation>
    </message>
    <message>
        <source>Refused in a row</source>
        <translation>Rechazadas seguidas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Raise the alarm after this many requests in a row are refused for their signature or token (an accepted request starts the count again).</source>
        <translation>Activar la alarma cuando este número de solicitudes seguidas se rechace por su firma o token (una solicitud aceptada reinicia la cuenta).</translation>
    </message>
</context>
<context>
    <name>EndpointListModel</name>
    <message>
        <source>Record date %1</source>
        <translation>Fecha de registro %1</translation>
    </message>
    <message>
        <source>Post-record at once</source>
        <translation>Posterior al registro de inmediato</translation>
    </message>
    <message numerus="yes">
        <source>Record date %n day(s) after the donation</source>
        <translation>
            <numerusform>Fecha de registro %n día después de la donación</numerusform>
            <numerusform>Fecha de registro %n días después de la donación</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>Ajuste desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Choose a provider.</source>
        <translation>Elija un proveedor.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>No se puede escribir en la base de datos.</translation>
    </message>
    <message>
        <source>This endpoint no longer exists.</source>
        <translation>Este punto de conexión ya no existe.</translation>
    </message>
    <message>
        <source>This endpoint&apos;s provider &apos;%1&apos; is unknown to this version.</source>
        <translation>Esta versión no conoce el proveedor &apos;%1&apos; de este punto de conexión.</translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists.</source>
        <translation>Ya existe un punto de conexión llamado “%1”.</translation>
    </message>
    <message>
        <source>Another database was opened meanwhile.</source>
        <translation>Mientras tanto se abrió otra base de datos.</translation>
    </message>
</context>
<context>
    <name>EndpointRow</name>
    <message>
        <source>%1, silence alarm: %2</source>
        <translation>%1, alarma de silencio: %2</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) today</source>
        <translation>
            <numerusform>%n solicitud hoy</numerusform>
            <numerusform>%n solicitudes hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>última: %1</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>sin solicitudes todavía</translation>
    </message>
</context>
<context>
    <name>EndpointSecretDialog</name>
    <message>
        <source>Secret of %1</source>
        <translation>Secreto de %1</translation>
    </message>
    <message>
        <source>The provider must send the same secret: change it there too, or requests will be refused (401).</source>
        <translation>El proveedor debe enviar el mismo secreto: cámbielo también allí o se rechazarán las solicitudes (401).</translation>
    </message>
    <message>
        <source>Use this secret:</source>
        <translation>Usar este secreto:</translation>
    </message>
    <message>
        <source>Paste the token or secret</source>
        <translation>Pegue el token o secreto</translation>
    </message>
    <message>
        <source>No secret: the URL alone admits requests</source>
        <translation>Sin secreto: basta la URL para admitir solicitudes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>endpoint %1 does not exist</source>
        <translation>el punto de conexión %1 no existe</translation>
    </message>
    <message>
        <source>an endpoint named &quot;%1&quot; already exists</source>
        <translation>ya existe un punto de conexión llamado &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>EndpointsView</name>
    <message>
        <source>Endpoints</source>
        <translation>Puntos de conexión</translation>
    </message>
    <message>
        <source>the URLs providers send donations to</source>
        <translation>las URL a las que los proveedores envían las donaciones</translation>
    </message>
    <message>
        <source>Add endpoint…</source>
        <translation>Añadir punto de conexión…</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <source>Set up your first endpoint</source>
        <translation>Configure su primer punto de conexión</translation>
    </message>
    <message>
        <source>Choose an endpoint</source>
        <translation>Elija un punto de conexión</translation>
    </message>
    <message>
        <source>Add one for each widget, form or account that sends donations: Donation Desk shows the URL (and secret) to enter in the provider&apos;s settings.</source>
        <translation>Añada uno por cada widget, formulario o cuenta que envíe donaciones: Donation Desk muestra la URL (y el secreto) que debe introducir en la configuración del proveedor.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>the database cannot be read</source>
        <translation>no se puede leer la base de datos</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>partially paid</source>
        <translation>pagado en parte</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>partially refunded</source>
        <translation>reembolsado en parte</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>anulado</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>prometido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>pre-record</source>
        <translation>previo al registro</translation>
    </message>
    <message>
        <source>post-record</source>
        <translation>posterior al registro</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>revertido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>GivecloudAdapter</name>
    <message>
        <source>In Givecloud: Settings &gt; Webhooks &gt; Add webhook. Paste this URL, choose the contribution events, and enter this endpoint&apos;s secret; Givecloud then signs each request with X-Givecloud-Signature (HMAC-SHA1 of the body).</source>
        <translation>En Givecloud: Settings &gt; Webhooks &gt; Add webhook. Pegue esta URL, elija los eventos de contribución e introduzca el secreto de este punto de conexión; Givecloud firmará entonces cada solicitud con X-Givecloud-Signature (HMAC-SHA1 del cuerpo).</translation>
    </message>
    <message>
        <source>%1 carries no donation</source>
        <translation>%1 no contiene ninguna donación</translation>
    </message>
    <message>
        <source>unknown Givecloud event &quot;%1&quot;; expected contribution_paid, contributions_paid or contribution_refunded</source>
        <translation>evento de Givecloud desconocido &quot;%1&quot;; se esperaba contribution_paid, contributions_paid o contribution_refunded</translation>
    </message>
    <message>
        <source>contribution %1: %2</source>
        <translation>contribución %1: %2</translation>
    </message>
    <message>
        <source>contribution &quot;id&quot; missing</source>
        <translation>falta el &quot;id&quot; de la contribución</translation>
    </message>
    <message>
        <source>&quot;total_amount&quot; missing</source>
        <translation>falta &quot;total_amount&quot;</translation>
    </message>
    <message>
        <source>&quot;currency&quot; missing and the endpoint has no currency set</source>
        <translation>falta &quot;currency&quot; y el punto de conexión no tiene ninguna moneda definida</translation>
    </message>
    <message>
        <source>one of %1 contributions in a recurring batch</source>
        <translation>una de %1 contribuciones de un lote recurrente</translation>
    </message>
    <message>
        <source>empty contribution batch</source>
        <translation>lote de contribuciones vacío</translation>
    </message>
</context>
<context>
    <name>HttpFraming</name>
    <message>
        <source>the header block exceeds %1 bytes</source>
        <translation>el bloque de encabezados supera los %1 bytes</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>más de %1 campos de encabezado</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>línea de solicitud mal formada</translation>
    </message>
    <message>
        <source>only HTTP/1.1 and HTTP/1.0 are supported</source>
        <translation>solo se admiten HTTP/1.1 y HTTP/1.0</translation>
    </message>
    <message>
        <source>obsolete header line folding is not accepted</source>
        <translation>no se acepta el plegado obsoleto de líneas de encabezado</translation>
    </message>
    <message>
        <source>malformed header line %1</source>
        <translation>línea de encabezado %1 mal formada</translation>
    </message>
    <message>
        <source>duplicate Content-Length header</source>
        <translation>encabezado Content-Length duplicado</translation>
    </message>
    <message>
        <source>invalid Content-Length &quot;%1&quot;</source>
        <translation>Content-Length no válido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only &quot;Expect: 100-continue&quot; is supported</source>
        <translation>solo se admite &quot;Expect: 100-continue&quot;</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length were sent</source>
        <translation>se enviaron a la vez Transfer-Encoding y Content-Length</translation>
    </message>
    <message>
        <source>chunked (Transfer-Encoding) bodies are not accepted: send the body with a Content-Length</source>
        <translation>no se aceptan cuerpos fragmentados (Transfer-Encoding): envíe el cuerpo con Content-Length</translation>
    </message>
    <message>
        <source>Content-Length is required</source>
        <translation>Content-Length es obligatorio</translation>
    </message>
    <message>
        <source>the body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>el cuerpo de %1 bytes supera el límite de %2 bytes</translation>
    </message>
</context>
<context>
    <name>InboxWriter</name>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
</context>
<context>
    <name>InqudAdapter</name>
    <message>
        <source>In Inqud: Crypto widgets &gt; your widget &gt; Webhooks &gt; Checkout webhook &gt; Add. Paste this URL as the webhook link and this endpoint&apos;s secret as the webhook secret; Inqud then signs each request with X-Payload-Digest (HMAC-SHA1 of the body).</source>
        <translation>En Inqud: Crypto widgets &gt; su widget &gt; Webhooks &gt; Checkout webhook &gt; Add. Pegue esta URL como enlace del webhook y el secreto de este punto de conexión como secreto del webhook; Inqud firmará entonces cada solicitud con X-Payload-Digest (HMAC-SHA1 del cuerpo).</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>checkout &quot;id&quot; missing</source>
        <translation>falta el &quot;id&quot; del pago</translation>
    </message>
    <message>
        <source>checkout &quot;status&quot; missing</source>
        <translation>falta el &quot;status&quot; del pago</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>everything the listener saw, accepted or refused</source>
        <translation>todo lo que ha visto el receptor, aceptado o rechazado</translation>
    </message>
    <message>
        <source>%1+ requests</source>
        <translation>%1+ solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprocess this endpoint&apos;s dead letters</source>
        <translation>Reprocesar los mensajes fallidos de este punto de conexión</translation>
    </message>
    <message>
        <source>Reprocess dead letters</source>
        <translation>Reprocesar mensajes fallidos</translation>
    </message>
    <message>
        <source>After fixing the endpoint&apos;s settings (a missing currency, say): run its dead letters through the processor again</source>
        <translation>Tras corregir la configuración del punto de conexión (por ejemplo, una moneda que faltaba): vuelva a pasar sus mensajes fallidos por el procesador</translation>
    </message>
    <message>
        <source>Run a time window again…</source>
        <translation>Volver a procesar un intervalo…</translation>
    </message>
    <message>
        <source>Run every stored request of an endpoint received in a time window through the processor again; nothing is counted twice</source>
        <translation>Vuelve a pasar por el procesador todas las solicitudes almacenadas de un punto de conexión recibidas en un intervalo de tiempo; nada se cuenta dos veces</translation>
    </message>
    <message>
        <source>Show new requests</source>
        <translation>Mostrar solicitudes nuevas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Search headers and bodies (Ctrl+F)</source>
        <translation>Buscar en encabezados y cuerpos (Ctrl+F)</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Todos los puntos de conexión</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message numerus="yes">
        <source>· %n donation(s)</source>
        <translation>
            <numerusform>· %n donación</numerusform>
            <numerusform>· %n donaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>erased</source>
        <translation>borrada</translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation>sin punto de conexión</translation>
    </message>
    <message>
        <source>No request matches</source>
        <translation>Ninguna solicitud coincide</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Todavía no hay solicitudes</translation>
    </message>
    <message>
        <source>Change the filters above.</source>
        <translation>Cambie los filtros de arriba.</translation>
    </message>
    <message>
        <source>Requests appear here as providers (or the test sender) send them.</source>
        <translation>Las solicitudes aparecen aquí a medida que los proveedores (o el emisor de pruebas) las envían.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Volver a procesar</translation>
    </message>
    <message>
        <source>Its raw bytes were erased: there is nothing left to run again</source>
        <translation>Sus bytes en bruto se borraron: no queda nada que volver a procesar</translation>
    </message>
    <message>
        <source>Run this stored request through the processor again: what it says is applied once, never twice</source>
        <translation>Vuelve a pasar esta solicitud almacenada por el procesador: lo que indica se aplica una vez, nunca dos</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Copiar como cURL</translation>
    </message>
    <message>
        <source>A curl command that sends the same headers and body to the local listener again</source>
        <translation>Un comando curl que vuelve a enviar los mismos encabezados y cuerpo al receptor local</translation>
    </message>
    <message>
        <source>Its headers and body are gone; when and why it was refused stays.</source>
        <translation>Sus encabezados y su cuerpo ya no están; se conserva cuándo y por qué se rechazó.</translation>
    </message>
    <message>
        <source>Its headers and body are gone; the donations it created or changed stay, with their amounts and ids.</source>
        <translation>Sus encabezados y su cuerpo ya no están; las donaciones que creó o modificó se conservan, con sus importes e identificadores.</translation>
    </message>
    <message>
        <source>Stored, but it could not be read into a donation. Fix the endpoint&apos;s settings, then run &apos;donationdesk reprocess&apos;.</source>
        <translation>Almacenada, pero no se pudo convertir en una donación. Corrija la configuración del punto de conexión y ejecute &apos;donationdesk reprocess&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s) just before this one were not logged (rate limit).</source>
        <translation>
            <numerusform>%n rechazo justo anterior a este no se registró (límite de frecuencia).</numerusform>
            <numerusform>%n rechazos justo anteriores a este no se registraron (límite de frecuencia).</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>none (unknown URL)</source>
        <translation>ninguno (URL desconocida)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>raw bytes erased</source>
        <translation>bytes en bruto borrados</translation>
    </message>
    <message>
        <source>Donations it created or changed</source>
        <translation>Donaciones que creó o modificó</translation>
    </message>
    <message>
        <source>Waiting for the processor…</source>
        <translation>Esperando al procesador…</translation>
    </message>
    <message>
        <source>None: a valid event that carries no donation.</source>
        <translation>Ninguna: un evento válido que no contiene ninguna donación.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>redelivery, no change</source>
        <translation>reenvío, sin cambios</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Body (the first %1 kept)</source>
        <translation>Cuerpo (se conservan los primeros %1)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formateado</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Tal como se recibió</translation>
    </message>
    <message>
        <source>Run a time window again</source>
        <translation>Volver a procesar un intervalo de tiempo</translation>
    </message>
    <message>
        <source>Every stored request received in the window goes through the processor again, as after a change of the endpoint&apos;s settings. Donations already made are not made twice; erased requests are skipped.</source>
        <translation>Todas las solicitudes almacenadas recibidas en el intervalo vuelven a pasar por el procesador, como tras un cambio en la configuración del punto de conexión. Las donaciones ya creadas no se crean dos veces; las solicitudes borradas se omiten.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (empty: the first)</source>
        <translation>YYYY-MM-DD HH:MM (vacío: la primera)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (empty: now)</source>
        <translation>YYYY-MM-DD HH:MM (vacío: ahora)</translation>
    </message>
    <message>
        <source>Local times; the window includes its start, not its end.</source>
        <translation>Horas locales; el intervalo incluye su inicio, no su final.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: malformed number</source>
        <translation>JSON no válido en el byte %1: número mal formado</translation>
    </message>
    <message>
        <source>body is not a JSON object or array</source>
        <translation>el cuerpo no es un objeto ni una matriz JSON</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <source>an anonymous donor</source>
        <translation>un donante anónimo</translation>
    </message>
    <message>
        <source>New schedule from %1</source>
        <translation>Nuevo plan de pagos de %1</translation>
    </message>
    <message>
        <source>Schedule of %1 is now %2</source>
        <translation>Estado del plan de pagos de %1: %2</translation>
    </message>
    <message>
        <source>New pledge from %1</source>
        <translation>Nueva promesa de donación de %1</translation>
    </message>
    <message>
        <source>Pledge of %1 is now %2</source>
        <translation>Estado de la promesa de donación de %1: %2</translation>
    </message>
    <message>
        <source>New donation from %1</source>
        <translation>Nueva donación de %1</translation>
    </message>
    <message>
        <source>Donation of %1 is now %2</source>
        <translation>Estado de la donación de %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 stored as request #%3</source>
        <translation>%1 %2 almacenada como solicitud #%3</translation>
    </message>
    <message numerus="yes">
        <source>from %1, %n byte(s)</source>
        <translation>
            <numerusform>desde %1, %n byte</numerusform>
            <numerusform>desde %1, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused %1 %2 %3 (%4)</source>
        <translation>Rechazada: %1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Donation from a donor whose data was erased (%1)</source>
        <translation>Donación de un donante cuyos datos se borraron (%1)</translation>
    </message>
    <message>
        <source>Request #%1 could not be read into a donation</source>
        <translation>La solicitud #%1 no se pudo convertir en una donación</translation>
    </message>
    <message>
        <source>Donation from %1 (%2)</source>
        <translation>Donación de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>as it arrives</source>
        <translation>a medida que llega</translation>
    </message>
    <message numerus="yes">
        <source>Resume (%n new)</source>
        <translation>
            <numerusform>Reanudar (%n nueva)</numerusform>
            <numerusform>Reanudar (%n nuevas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Hold new arrivals back while you read (Ctrl+P)</source>
        <translation>Retener las nuevas llegadas mientras lee (Ctrl+P)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>En ejecución en %1</translation>
    </message>
    <message>
        <source>Starting or stopping…</source>
        <translation>Iniciando o deteniendo…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Inbox depth %1 · last commit %2</source>
        <translation>En bandeja de entrada: %1 · última confirmación: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>donations today</source>
        <translation>donaciones hoy</translation>
    </message>
    <message>
        <source>requests today</source>
        <translation>solicitudes hoy</translation>
    </message>
    <message>
        <source>refused today</source>
        <translation>rechazadas hoy</translation>
    </message>
    <message>
        <source>Requests per minute, last hour</source>
        <translation>Solicitudes por minuto, última hora</translation>
    </message>
    <message>
        <source>peak %1 per minute</source>
        <translation>máximo de %1 por minuto</translation>
    </message>
    <message>
        <source>Endpoints today</source>
        <translation>Puntos de conexión hoy</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>última: %1</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>sin solicitudes todavía</translation>
    </message>
    <message>
        <source>No endpoints yet</source>
        <translation>Todavía no hay puntos de conexión</translation>
    </message>
    <message>
        <source>Add one in Endpoints (Ctrl+5).</source>
        <translation>Añada uno en Puntos de conexión (Ctrl+5).</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Waiting for webhooks</source>
        <translation>Esperando webhooks</translation>
    </message>
    <message>
        <source>Donations appear here the moment they are stored. Send a test with curl to an endpoint&apos;s URL.</source>
        <translation>Las donaciones aparecen aquí en cuanto se almacenan. Envíe una prueba con curl a la URL de un punto de conexión.</translation>
    </message>
    <message>
        <source>The listener is stopped: start it to receive webhooks.</source>
        <translation>El receptor está detenido: inícielo para recibir webhooks.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Donation Desk</source>
        <translation>Donation Desk</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donaciones</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Puntos de conexión</translation>
    </message>
    <message>
        <source>Test sender</source>
        <translation>Emisor de pruebas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>NationBuilderAdapter</name>
    <message>
        <source>In NationBuilder: Settings &gt; Developer &gt; Webhooks &gt; New webhook, event &quot;Donation succeeded&quot; (or changed / canceled), URL as shown. NationBuilder sends the webhook&apos;s token inside the JSON body: copy it into this endpoint&apos;s secret. Set the nation&apos;s currency here, as the payload has none.</source>
        <translation>En NationBuilder: Settings &gt; Developer &gt; Webhooks &gt; New webhook, evento &quot;Donation succeeded&quot; (o changed / canceled), URL como se muestra. NationBuilder envía el token del webhook dentro del cuerpo JSON: cópielo en el secreto de este punto de conexión. Defina aquí la moneda de la nación, ya que la carga útil no la incluye.</translation>
    </message>
    <message>
        <source>token missing: NationBuilder sends the webhook&apos;s token as &quot;token&quot; in the JSON body, and this endpoint has one set, but the body had none</source>
        <translation>falta el token: NationBuilder envía el token del webhook como &quot;token&quot; en el cuerpo JSON y este punto de conexión tiene uno definido, pero el cuerpo no contenía ninguno</translation>
    </message>
    <message>
        <source>token mismatch: the &quot;token&quot; in the JSON body did not match this endpoint&apos;s secret; copy the token shown in NationBuilder&apos;s webhook settings</source>
        <translation>el token no coincide: el &quot;token&quot; del cuerpo JSON no coincide con el secreto de este punto de conexión; copie el token que se muestra en la configuración del webhook de NationBuilder</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>no donation in the body: expected payload.donation</source>
        <translation>no hay ninguna donación en el cuerpo: se esperaba payload.donation</translation>
    </message>
    <message>
        <source>donation id missing</source>
        <translation>falta el id de la donación</translation>
    </message>
    <message>
        <source>NationBuilder sends no currency: set the nation&apos;s currency on this endpoint (endpoint update %1 --currency USD), then reprocess</source>
        <translation>NationBuilder no envía la moneda: defina la moneda de la nación en este punto de conexión (endpoint update %1 --currency USD) y vuelva a procesar</translation>
    </message>
    <message>
        <source>amount_in_cents missing</source>
        <translation>falta amount_in_cents</translation>
    </message>
    <message>
        <source>amount_in_cents missing and the formatted amount &quot;%1&quot; is ambiguous</source>
        <translation>falta amount_in_cents y el importe con formato &quot;%1&quot; es ambiguo</translation>
    </message>
</context>
<context>
    <name>NativeDonation</name>
    <message>
        <source>required field(s) missing: %1</source>
        <translation>faltan campos obligatorios: %1</translation>
    </message>
    <message>
        <source>transactionOrderDate: %1</source>
        <translation>transactionOrderDate: %1</translation>
    </message>
    <message>
        <source>delayReportBy &quot;%1&quot; is not a whole number of days; ignored</source>
        <translation>delayReportBy &quot;%1&quot; no es un número entero de días; se ignora</translation>
    </message>
    <message>
        <source>delayReportBy %1 capped at %2 days</source>
        <translation>delayReportBy %1 limitado a %2 días</translation>
    </message>
    <message>
        <source>negative delayReportBy %1 read as 0</source>
        <translation>delayReportBy negativo %1 interpretado como 0</translation>
    </message>
</context>
<context>
    <name>RawRequestRetention</name>
    <message>
        <source>the setting raw_retention_days is &apos;%1&apos;, not a number of days from 0 to %2; nothing is purged until it is set again</source>
        <translation>el ajuste raw_retention_days es &apos;%1&apos;, no un número de días de 0 a %2; no se depura nada hasta que se vuelva a definir</translation>
    </message>
    <message>
        <source>expected a number of days from 0 (keep for ever) to %1, got %2</source>
        <translation>se esperaba un número de días de 0 (conservar para siempre) a %1; se obtuvo %2</translation>
    </message>
</context>
<context>
    <name>ReconciliationDateField</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A time such as 23:59</source>
        <translation>Una hora como 23:59</translation>
    </message>
    <message>
        <source>A date such as 2024-05-31</source>
        <translation>Una fecha como 2024-05-31</translation>
    </message>
</context>
<context>
    <name>ReconciliationFigureCell</name>
    <message numerus="yes">
        <source>%1 %2, %n donation(s)</source>
        <translation>
            <numerusform>%1 %2, %n donación</numerusform>
            <numerusform>%1 %2, %n donaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the donations behind this figure</source>
        <translation>Mostrar las donaciones que componen esta cifra</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n donación</numerusform>
            <numerusform>%n donaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>ReconciliationReport</name>
    <message>
        <source>Enter both dates as YYYY-MM-DD.</source>
        <translation>Introduzca ambas fechas con formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>the database cannot be read</source>
        <translation>no se puede leer la base de datos</translation>
    </message>
</context>
<context>
    <name>ReconciliationRowDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>realizada %1</translation>
    </message>
    <message>
        <source>record date %1</source>
        <translation>fecha de registro %1</translation>
    </message>
    <message>
        <source>reversed %1</source>
        <translation>revertida %1</translation>
    </message>
    <message>
        <source>of %1, %2 refunded</source>
        <translation>de %1, %2 reembolsado</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
</context>
<context>
    <name>ReconciliationView</name>
    <message>
        <source>Pre-record</source>
        <translation>Previo al registro</translation>
    </message>
    <message>
        <source>Post-record</source>
        <translation>Posterior al registro</translation>
    </message>
    <message>
        <source>Reversed before record</source>
        <translation>Revertido antes del registro</translation>
    </message>
    <message>
        <source>Adjustments after record</source>
        <translation>Ajustes tras el registro</translation>
    </message>
    <message>
        <source>Net actualised</source>
        <translation>Neto consolidado</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n donation(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n donación a %1.</numerusform>
            <numerusform>Se exportaron %n donaciones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <source>Export the reconciliation as CSV</source>
        <translation>Exportar la conciliación como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>as of now (%1)</source>
        <translation>a fecha de ahora (%1)</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a fecha de %1</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>actualizando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>The donations behind these figures, with their record states as of the same moment (Ctrl+E)</source>
        <translation>Las donaciones que componen estas cifras, con sus estados de registro en ese mismo momento (Ctrl+E)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Todos los puntos de conexión</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Figures as of the moment they are loaded, kept current</source>
        <translation>Cifras a fecha del momento en que se cargan, siempre actualizadas</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <source>As of time</source>
        <translation>Hora de referencia</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras: %1</translation>
    </message>
    <message>
        <source>By currency</source>
        <translation>Por moneda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Pre-record (waiting)</source>
        <translation>Previo al registro (en espera)</translation>
    </message>
    <message>
        <source>Post-record (actualised)</source>
        <translation>Posterior al registro (consolidado)</translation>
    </message>
    <message>
        <source>after %1 refunded</source>
        <translation>tras %1 reembolsado</translation>
    </message>
    <message>
        <source>Post-record less adjustments: show the post-record donations</source>
        <translation>Posterior al registro menos ajustes: mostrar las donaciones posteriores al registro</translation>
    </message>
    <message>
        <source>Nothing to reconcile</source>
        <translation>Nada que conciliar</translation>
    </message>
    <message>
        <source>No donation of this endpoint and period was paid by this moment.</source>
        <translation>Ninguna donación de este punto de conexión y período se había pagado en este momento.</translation>
    </message>
    <message>
        <source>What will be actualised when</source>
        <translation>Qué se consolidará y cuándo</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n donación</numerusform>
            <numerusform>%n donaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nada en espera</translation>
    </message>
    <message>
        <source>No pre-record donations.</source>
        <translation>No hay donaciones previas al registro.</translation>
    </message>
    <message>
        <source>Donations behind a figure</source>
        <translation>Donaciones que componen una cifra</translation>
    </message>
    <message>
        <source>Pre-record with record date %1</source>
        <translation>Previo al registro con fecha de registro %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n donation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n donación</numerusform>
            <numerusform>%1 · %2 · %n donaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1; the export has them all.</source>
        <translation>Se muestran las primeras %1; la exportación las incluye todas.</translation>
    </message>
    <message>
        <source>The post-record donations; refunds after the record date are shown as adjustments.</source>
        <translation>Las donaciones posteriores al registro; los reembolsos posteriores a la fecha de registro se muestran como ajustes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Click a figure</source>
        <translation>Haga clic en una cifra</translation>
    </message>
    <message>
        <source>No donations</source>
        <translation>Sin donaciones</translation>
    </message>
    <message>
        <source>Click a figure or a day to list its donations.</source>
        <translation>Haga clic en una cifra o un día para ver sus donaciones.</translation>
    </message>
</context>
<context>
    <name>ReprocessCommand</name>
    <message numerus="yes">
        <source>Skipped %n erased request(s): their raw bytes are gone (retention or a donor&apos;s erasure), and their donations stay as they are.
</source>
        <translation>
            <numerusform>Se omitió %n solicitud borrada: sus bytes en bruto ya no están (retención o borrado de un donante) y sus donaciones se quedan como están.
</numerusform>
            <numerusform>Se omitieron %n solicitudes borradas: sus bytes en bruto ya no están (retención o borrado de un donante) y sus donaciones se quedan como están.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReprocessJob</name>
    <message>
        <source>&quot;%1&quot; is not a time: write 2026-11-20 or 2026-11-20 14:30</source>
        <translation>&quot;%1&quot; no es una fecha u hora válida: escriba 2026-11-20 o 2026-11-20 14:30</translation>
    </message>
    <message>
        <source>the window ends before it starts</source>
        <translation>el intervalo termina antes de empezar</translation>
    </message>
    <message>
        <source>a run is already under way</source>
        <translation>ya hay una ejecución en curso</translation>
    </message>
    <message>
        <source>Could not run it again: %1</source>
        <translation>No se pudo volver a procesar: %1</translation>
    </message>
    <message>
        <source>Nothing to run again.</source>
        <translation>Nada que volver a procesar.</translation>
    </message>
    <message numerus="yes">
        <source>Ran %n request(s) again: %1 processed, %2 without a donation, %3 dead letter(s).</source>
        <translation>
            <numerusform>Se volvió a procesar %n solicitud: %1 procesadas, %2 sin donación, %3 mensajes fallidos.</numerusform>
            <numerusform>Se volvieron a procesar %n solicitudes: %1 procesadas, %2 sin donación, %3 mensajes fallidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n erased request(s).</source>
        <translation>
            <numerusform>Se omitió %n solicitud borrada.</numerusform>
            <numerusform>Se omitieron %n solicitudes borradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>retention</source>
        <translation>retención</translation>
    </message>
    <message>
        <source>donor erasure</source>
        <translation>borrado del donante</translation>
    </message>
    <message>
        <source>Raw request erased on %1 (%2)</source>
        <translation>Solicitud en bruto borrada el %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Accepted, processing</source>
        <translation>Aceptada, procesando</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Accepted, no donation</source>
        <translation>Aceptada, sin donación</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Mensaje fallido</translation>
    </message>
    <message>
        <source>Refused: signature</source>
        <translation>Rechazada: firma</translation>
    </message>
    <message>
        <source>Refused: unknown URL</source>
        <translation>Rechazada: URL desconocida</translation>
    </message>
    <message>
        <source>Refused: too large</source>
        <translation>Rechazada: demasiado grande</translation>
    </message>
    <message>
        <source>Refused: malformed</source>
        <translation>Rechazada: mal formada</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicadas</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <source>Refused: other</source>
        <translation>Rechazada: otros</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>the request is no longer stored</source>
        <translation>la solicitud ya no está almacenada</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Cannot read the retention setting: %1</source>
        <translation>No se puede leer el ajuste de retención: %1</translation>
    </message>
    <message>
        <source>The setting was not changed: %1</source>
        <translation>No se ha cambiado el ajuste: %1</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever.</source>
        <translation>Las solicitudes en bruto se conservan para siempre.</translation>
    </message>
    <message numerus="yes">
        <source>Raw requests are kept for %n day(s). The listener applies it within an hour, or purge now.</source>
        <translation>
            <numerusform>Las solicitudes en bruto se conservan durante %n día. El receptor lo aplica en el plazo de una hora; también puede depurar ahora.</numerusform>
            <numerusform>Las solicitudes en bruto se conservan durante %n días. El receptor lo aplica en el plazo de una hora; también puede depurar ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge stopped: %1</source>
        <translation>La depuración se detuvo: %1</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever: nothing to purge.</source>
        <translation>Las solicitudes en bruto se conservan para siempre: no hay nada que depurar.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the raw bytes of %n stored request(s) older than %1 day(s) and deleted %2 refused request(s).</source>
        <translation>
            <numerusform>Se borraron los bytes en bruto de %n solicitud almacenada de más de %1 día(s) y se eliminaron %2 solicitud(es) rechazada(s).</numerusform>
            <numerusform>Se borraron los bytes en bruto de %n solicitudes almacenadas de más de %1 día(s) y se eliminaron %2 solicitud(es) rechazada(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundTrip</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The endpoint is disabled</source>
        <translation>El punto de conexión está desactivado</translation>
    </message>
    <message>
        <source>The request arrived and was refused: %1.</source>
        <translation>La solicitud llegó y se rechazó: %1.</translation>
    </message>
    <message>
        <source>Enable the endpoint in Donation Desk.</source>
        <translation>Active el punto de conexión en Donation Desk.</translation>
    </message>
    <message>
        <source>Arrived, but at a URL that names no endpoint</source>
        <translation>Llegó, pero a una URL que no corresponde a ningún punto de conexión</translation>
    </message>
    <message>
        <source>The request reached Donation Desk at %1 instead of the endpoint&apos;s path, and was refused: %2.</source>
        <translation>La solicitud llegó a Donation Desk en %1 en lugar de en la ruta del punto de conexión, y se rechazó: %2.</translation>
    </message>
    <message>
        <source>The proxy or tunnel changes the path. It must pass /hooks/&lt;token&gt; through unchanged (no prefix added or removed).</source>
        <translation>El proxy o el túnel modifica la ruta. Debe transmitir /hooks/&lt;token&gt; sin cambios (sin añadir ni quitar prefijos).</translation>
    </message>
    <message>
        <source>Arrived on another endpoint</source>
        <translation>Llegó a otro punto de conexión</translation>
    </message>
    <message>
        <source>The request reached the endpoint &quot;%1&quot; and was refused there: %2.</source>
        <translation>La solicitud llegó al punto de conexión &quot;%1&quot; y allí se rechazó: %2.</translation>
    </message>
    <message>
        <source>The proxy rewrites the path to another endpoint&apos;s URL: make it pass the path through unchanged.</source>
        <translation>El proxy reescribe la ruta a la URL de otro punto de conexión: haga que transmita la ruta sin cambios.</translation>
    </message>
    <message>
        <source>Arrived, but the signature did not verify</source>
        <translation>Llegó, pero la firma no se pudo verificar</translation>
    </message>
    <message>
        <source>The request was signed with the endpoint&apos;s own secret, yet the listener refused it: %1.</source>
        <translation>La solicitud se firmó con el propio secreto del punto de conexión y, aun así, el receptor la rechazó: %1.</translation>
    </message>
    <message>
        <source>Something on the way changed the request: the proxy must pass the body byte for byte (no re-encoding, no compression) and keep the signature headers.</source>
        <translation>Algo en el camino modificó la solicitud: el proxy debe transmitir el cuerpo byte a byte (sin recodificación ni compresión) y conservar los encabezados de firma.</translation>
    </message>
    <message>
        <source>Arrived, but from an address not allowed</source>
        <translation>Llegó, pero desde una dirección no permitida</translation>
    </message>
    <message>
        <source>The request arrived from %1 and was refused: %2.</source>
        <translation>La solicitud llegó desde %1 y se rechazó: %2.</translation>
    </message>
    <message>
        <source>Behind a proxy every request comes from the proxy&apos;s address: add %1 to the endpoint&apos;s allow-list, or clear the allow-list.</source>
        <translation>Detrás de un proxy, todas las solicitudes llegan desde la dirección del proxy: añada %1 a la lista de permitidos del punto de conexión o vacíe la lista de permitidos.</translation>
    </message>
    <message>
        <source>Arrived, but refused</source>
        <translation>Llegó, pero se rechazó</translation>
    </message>
    <message>
        <source>The listener answered %1: %2.</source>
        <translation>El receptor respondió %1: %2.</translation>
    </message>
    <message>
        <source>See the request in the Requests view for the whole exchange.</source>
        <translation>Consulte la solicitud en la vista Solicitudes para ver el intercambio completo.</translation>
    </message>
    <message>
        <source>The request was accepted by the endpoint &quot;%1&quot;, not by this one.</source>
        <translation>La solicitud la aceptó el punto de conexión &quot;%1&quot;, no este.</translation>
    </message>
    <message>
        <source>Arrived, but the answer was lost</source>
        <translation>Llegó, pero la respuesta se perdió</translation>
    </message>
    <message>
        <source>The request was stored, but no answer came back to the sender (%1).</source>
        <translation>La solicitud se almacenó, pero no volvió ninguna respuesta al remitente (%1).</translation>
    </message>
    <message>
        <source>The provider will think the delivery failed and send it again (it is recognised as a duplicate). Check the proxy&apos;s timeouts and that it passes the answer back.</source>
        <translation>El proveedor pensará que la entrega falló y la volverá a enviar (se reconocerá como duplicada). Compruebe los tiempos de espera del proxy y que devuelva la respuesta.</translation>
    </message>
    <message>
        <source>Arrived, but the sender saw HTTP %1</source>
        <translation>Llegó, pero el remitente recibió HTTP %1</translation>
    </message>
    <message>
        <source>The listener stored the request and answered 200, but the answer that came back through the proxy was %1 %2.</source>
        <translation>El receptor almacenó la solicitud y respondió 200, pero la respuesta que volvió a través del proxy fue %1 %2.</translation>
    </message>
    <message>
        <source>The provider will retry and may switch the webhook off. Make the proxy pass the listener&apos;s answer through.</source>
        <translation>El proveedor lo reintentará y puede desactivar el webhook. Haga que el proxy transmita la respuesta del receptor.</translation>
    </message>
    <message>
        <source>Arrived, but could not be processed</source>
        <translation>Llegó, pero no se pudo procesar</translation>
    </message>
    <message>
        <source>The request was stored, but processing it failed: %1.</source>
        <translation>La solicitud se almacenó, pero su procesamiento falló: %1.</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s settings (currency, event), then reprocess its dead letters from the Requests view.</source>
        <translation>Compruebe la configuración del punto de conexión (moneda, evento) y vuelva a procesar sus mensajes fallidos desde la vista Solicitudes.</translation>
    </message>
    <message>
        <source>The listener works, but no public URL is set</source>
        <translation>El receptor funciona, pero no hay ninguna URL pública definida</translation>
    </message>
    <message>
        <source>The test event went to the listener itself (%1) and was accepted in %2; providers cannot reach this address from the internet.</source>
        <translation>El evento de prueba fue al propio receptor (%1) y se aceptó en %2; los proveedores no pueden llegar a esta dirección desde internet.</translation>
    </message>
    <message>
        <source>Set up a reverse proxy or tunnel to %1 and enter its address as the public URL in Settings, then check again.</source>
        <translation>Configure un proxy inverso o un túnel hacia %1, introduzca su dirección como URL pública en Configuración y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Arrived, but slowly</source>
        <translation>Llegó, pero con lentitud</translation>
    </message>
    <message>
        <source>The answer took %1; providers give up after a few seconds.</source>
        <translation>La respuesta tardó %1; los proveedores desisten al cabo de pocos segundos.</translation>
    </message>
    <message>
        <source>Look for a slow proxy or tunnel between the provider and the listener.</source>
        <translation>Busque un proxy o túnel lento entre el proveedor y el receptor.</translation>
    </message>
    <message>
        <source>Arrived, but over plain HTTP</source>
        <translation>Llegó, pero por HTTP sin cifrar</translation>
    </message>
    <message>
        <source>The round trip works (%1), but donors&apos; data crosses the network unencrypted, and several providers only send to https:// URLs.</source>
        <translation>La ida y vuelta funciona (%1), pero los datos de los donantes cruzan la red sin cifrar, y varios proveedores solo envían a URL https://.</translation>
    </message>
    <message>
        <source>Put TLS in front of the listener (a reverse proxy with a certificate) and use its https:// address as the public URL.</source>
        <translation>Ponga TLS delante del receptor (un proxy inverso con certificado) y use su dirección https:// como URL pública.</translation>
    </message>
    <message>
        <source>The round trip works</source>
        <translation>La ida y vuelta funciona</translation>
    </message>
    <message>
        <source>The test event went out to %1, arrived on this endpoint, was verified and stored, and the answer came back in %2.</source>
        <translation>El evento de prueba salió hacia %1, llegó a este punto de conexión, se verificó y almacenó, y la respuesta volvió en %2.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve</source>
        <translation>El nombre %1 no se resuelve</translation>
    </message>
    <message>
        <source>The sender could not look up %1: %2.</source>
        <translation>El remitente no pudo resolver %1: %2.</translation>
    </message>
    <message>
        <source>Check the public URL for typos, and the DNS record of the host (or the tunnel&apos;s address).</source>
        <translation>Compruebe si hay errores tipográficos en la URL pública, y el registro DNS del host (o la dirección del túnel).</translation>
    </message>
    <message>
        <source>Nothing answers at %1</source>
        <translation>Nada responde en %1</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>Se rechazó la conexión con %1.</translation>
    </message>
    <message>
        <source>Start the reverse proxy or tunnel, and check the port in the public URL.</source>
        <translation>Inicie el proxy inverso o el túnel y compruebe el puerto de la URL pública.</translation>
    </message>
    <message>
        <source>%1 does not speak HTTPS</source>
        <translation>%1 no admite HTTPS</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1.</source>
        <translation>No se pudo establecer la conexión segura: %1.</translation>
    </message>
    <message>
        <source>Something answers there in plain HTTP. Put TLS in front of it (the reverse proxy&apos;s certificate), or use an http:// public URL only on a trusted network.</source>
        <translation>Algo responde ahí en HTTP sin cifrar. Ponga TLS delante (el certificado del proxy inverso) o use una URL pública http:// solo en una red de confianza.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>Falló el protocolo de enlace TLS con %1</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s certificate: it must be valid, unexpired and issued for %1, with the whole chain served.</source>
        <translation>Compruebe el certificado del proxy: debe ser válido, no estar caducado y estar emitido para %1, con la cadena completa.</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>Sin respuesta de %1</translation>
    </message>
    <message>
        <source>Nothing came back within the time allowed, and the request never reached the listener.</source>
        <translation>No volvió nada en el tiempo permitido y la solicitud nunca llegó al receptor.</translation>
    </message>
    <message>
        <source>A firewall may drop the connection, or the proxy cannot reach the listener at %1.</source>
        <translation>Puede que un cortafuegos descarte la conexión o que el proxy no pueda llegar al receptor en %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>Falló la conexión con %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Check the proxy or tunnel and its logs.</source>
        <translation>Compruebe el proxy o el túnel y sus registros.</translation>
    </message>
    <message>
        <source>The URL redirects (HTTP %1)</source>
        <translation>La URL redirige (HTTP %1)</translation>
    </message>
    <message>
        <source>The answer sends the request on to %1; providers do not follow redirects.</source>
        <translation>La respuesta redirige la solicitud a %1; los proveedores no siguen redirecciones.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>otra dirección</translation>
    </message>
    <message>
        <source>Use the final address (often the https:// one) as the public URL.</source>
        <translation>Use la dirección final (a menudo la https://) como URL pública.</translation>
    </message>
    <message>
        <source>Accepted by another Donation Desk</source>
        <translation>Aceptada por otro Donation Desk</translation>
    </message>
    <message>
        <source>A Donation Desk listener accepted the request (inbox entry %1), but not the one writing to this database.</source>
        <translation>Un receptor de Donation Desk aceptó la solicitud (entrada %1 de la bandeja de entrada), pero no el que escribe en esta base de datos.</translation>
    </message>
    <message>
        <source>The public URL leads to another installation or another database: point the proxy at %1.</source>
        <translation>La URL pública lleva a otra instalación u otra base de datos: dirija el proxy a %1.</translation>
    </message>
    <message>
        <source>Something else answered %1</source>
        <translation>Otra cosa respondió %1</translation>
    </message>
    <message>
        <source>The public URL answered %1 %2, but the request never reached Donation Desk.</source>
        <translation>La URL pública respondió %1 %2, pero la solicitud nunca llegó a Donation Desk.</translation>
    </message>
    <message>
        <source>The public URL leads to another server: point the proxy or tunnel at %1.</source>
        <translation>La URL pública lleva a otro servidor: dirija el proxy o el túnel a %1.</translation>
    </message>
    <message>
        <source>The public URL answered %1 %2%3, and the request never reached the listener.</source>
        <translation>La URL pública respondió %1 %2%3 y la solicitud nunca llegó al receptor.</translation>
    </message>
    <message>
        <source>The proxy cannot reach the listener (HTTP %1)</source>
        <translation>El proxy no puede llegar al receptor (HTTP %1)</translation>
    </message>
    <message>
        <source>Make sure Donation Desk is listening, and that the proxy or tunnel forwards to %1.</source>
        <translation>Asegúrese de que Donation Desk esté escuchando y de que el proxy o el túnel reenvíe a %1.</translation>
    </message>
    <message>
        <source>The proxy does not know this path</source>
        <translation>El proxy no conoce esta ruta</translation>
    </message>
    <message>
        <source>Forward every path under /hooks/ to %1, unchanged.</source>
        <translation>Reenvíe todas las rutas bajo /hooks/ a %1, sin cambios.</translation>
    </message>
    <message>
        <source>The proxy refused the request (HTTP %1)</source>
        <translation>El proxy rechazó la solicitud (HTTP %1)</translation>
    </message>
    <message>
        <source>Webhooks carry no login: let POST requests to /hooks/ through without authentication.</source>
        <translation>Los webhooks no llevan inicio de sesión: deje pasar las solicitudes POST a /hooks/ sin autenticación.</translation>
    </message>
    <message>
        <source>The proxy refused the request&apos;s size</source>
        <translation>El proxy rechazó la solicitud por su tamaño</translation>
    </message>
    <message>
        <source>Raise the proxy&apos;s body size limit to at least 1 MiB.</source>
        <translation>Aumente el límite de tamaño del cuerpo del proxy a 1 MiB como mínimo.</translation>
    </message>
    <message>
        <source>The request did not arrive (HTTP %1)</source>
        <translation>La solicitud no llegó (HTTP %1)</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s or tunnel&apos;s logs for this request.</source>
        <translation>Busque esta solicitud en los registros del proxy o del túnel.</translation>
    </message>
    <message>
        <source>The test event could not be made</source>
        <translation>No se pudo crear el evento de prueba</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s provider and event settings.</source>
        <translation>Compruebe el proveedor y el ajuste de evento del punto de conexión.</translation>
    </message>
    <message>
        <source>The database could not be read</source>
        <translation>No se pudo leer la base de datos</translation>
    </message>
    <message>
        <source>Whether the request arrived is unknown: %1.</source>
        <translation>No se sabe si la solicitud llegó: %1.</translation>
    </message>
    <message>
        <source>Check again; if it persists, see the storage messages in the log.</source>
        <translation>Vuelva a comprobarlo; si persiste, consulte los mensajes de almacenamiento en el registro.</translation>
    </message>
</context>
<context>
    <name>RoundTrip::Check</name>
    <message>
        <source>there is no sample event for the provider &quot;%1&quot;</source>
        <translation>no hay ningún evento de ejemplo para el proveedor &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>RoundTripController</name>
    <message>
        <source>The listener is not running</source>
        <translation>El receptor no está en ejecución</translation>
    </message>
    <message>
        <source>Donation Desk is not receiving webhooks, so nothing can arrive.</source>
        <translation>Donation Desk no está recibiendo webhooks, así que no puede llegar nada.</translation>
    </message>
    <message>
        <source>Donation Desk is not receiving webhooks: %1</source>
        <translation>Donation Desk no está recibiendo webhooks: %1</translation>
    </message>
    <message>
        <source>Start the listener (Settings), then check again.</source>
        <translation>Inicie el receptor (Configuración) y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>The endpoint is disabled</source>
        <translation>El punto de conexión está desactivado</translation>
    </message>
    <message>
        <source>A disabled endpoint refuses every request.</source>
        <translation>Un punto de conexión desactivado rechaza todas las solicitudes.</translation>
    </message>
    <message>
        <source>Enable the endpoint, then check again.</source>
        <translation>Active el punto de conexión y vuelva a comprobar.</translation>
    </message>
</context>
<context>
    <name>SampleEvents</name>
    <message>
        <source>Inqud prices checkouts in a known fiat currency and is paid in known crypto tokens; %1 is neither</source>
        <translation>Inqud fija el precio de los pagos en una moneda fiduciaria conocida y cobra en tokens cripto conocidos; %1 no es ninguna de las dos cosas</translation>
    </message>
    <message>
        <source>%1 takes ISO 4217 currencies only, not %2</source>
        <translation>%1 solo admite monedas ISO 4217, no %2</translation>
    </message>
    <message>
        <source>amount %1 %2 is too small to refund a part of</source>
        <translation>el importe %1 %2 es demasiado pequeño para reembolsar una parte</translation>
    </message>
    <message>
        <source>amount %1 %2 is too small for an overpaid checkout</source>
        <translation>el importe %1 %2 es demasiado pequeño para un pago con exceso</translation>
    </message>
    <message>
        <source>amount %1 %2 is too large for NationBuilder&apos;s amount_in_cents</source>
        <translation>el importe %1 %2 es demasiado grande para amount_in_cents de NationBuilder</translation>
    </message>
    <message>
        <source>unknown sample &quot;%1&quot;</source>
        <translation>ejemplo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 carries no amount or currency</source>
        <translation>%1 no contiene importe ni moneda</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a currency code</source>
        <translation>la moneda &quot;%1&quot; no es un código de moneda</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: %2</source>
        <translation>importe &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: must be more than zero</source>
        <translation>importe &quot;%1&quot;: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: too large for a sample</source>
        <translation>importe &quot;%1&quot;: demasiado grande para un ejemplo</translation>
    </message>
    <message>
        <source>%1 names no donor</source>
        <translation>%1 no indica ningún donante</translation>
    </message>
    <message>
        <source>%1 has no status field: its status follows from the event</source>
        <translation>%1 no tiene campo de estado: su estado se deriva del evento</translation>
    </message>
    <message>
        <source>Donation completed</source>
        <translation>Donación completada</translation>
    </message>
    <message>
        <source>A completed donation from a checkout widget in the native format; recorded as paid, with its record date from the endpoint&apos;s record policy.</source>
        <translation>Una donación completada desde un widget de pago en el formato nativo; se registra como pagada, con la fecha de registro que fija la regla de registro del punto de conexión.</translation>
    </message>
    <message>
        <source>Donation completed, own record delay</source>
        <translation>Donación completada, plazo de registro propio</translation>
    </message>
    <message>
        <source>A completed donation carrying delayReportBy (days), which sets its record date in place of the endpoint&apos;s record policy.</source>
        <translation>Una donación completada que incluye delayReportBy (días), que fija su fecha de registro en lugar de la regla de registro del punto de conexión.</translation>
    </message>
    <message>
        <source>Donation pending</source>
        <translation>Donación pendiente</translation>
    </message>
    <message>
        <source>A donation still being processed; recorded as pending and counted nowhere until a later event completes it.</source>
        <translation>Una donación que aún se está procesando; se registra como pendiente y no se contabiliza en ninguna cifra hasta que un evento posterior la complete.</translation>
    </message>
    <message>
        <source>Donation failed</source>
        <translation>Donación fallida</translation>
    </message>
    <message>
        <source>A donation whose payment failed; recorded as failed and never counted.</source>
        <translation>Una donación cuyo pago falló; se registra como fallida y nunca se contabiliza.</translation>
    </message>
    <message>
        <source>Donation cancelled</source>
        <translation>Donación cancelada</translation>
    </message>
    <message>
        <source>A donation cancelled after it completed; it becomes canceled, reversed if that happens before its record date.</source>
        <translation>Una donación cancelada después de completarse; pasa a estar cancelada, y revertida si ocurre antes de su fecha de registro.</translation>
    </message>
    <message>
        <source>Donation refunded</source>
        <translation>Donación reembolsada</translation>
    </message>
    <message>
        <source>A donation refunded in full; it becomes refunded, a reversal before its record date and an adjustment after it.</source>
        <translation>Una donación reembolsada en su totalidad; pasa a estar reembolsada: una reversión si ocurre antes de su fecha de registro y un ajuste si ocurre después.</translation>
    </message>
    <message>
        <source>Donation partially refunded</source>
        <translation>Donación reembolsada parcialmente</translation>
    </message>
    <message>
        <source>A donation of which a part (refundedAmount) was given back; it becomes partially refunded, the rest still counted.</source>
        <translation>Una donación de la que se devolvió una parte (refundedAmount); pasa a estar reembolsada parcialmente y el resto se sigue contabilizando.</translation>
    </message>
    <message>
        <source>Batch of donations</source>
        <translation>Lote de donaciones</translation>
    </message>
    <message>
        <source>Several completed donations in one request (a JSON array); each becomes a paid donation of its own.</source>
        <translation>Varias donaciones completadas en una sola solicitud (una matriz JSON); cada una se convierte en una donación pagada independiente.</translation>
    </message>
    <message>
        <source>Checkout created</source>
        <translation>Pago creado</translation>
    </message>
    <message>
        <source>A crypto checkout just opened, nothing paid yet; recorded as pending.</source>
        <translation>Un pago con criptomonedas recién abierto, sin nada abonado todavía; se registra como pendiente.</translation>
    </message>
    <message>
        <source>Checkout waiting for payment</source>
        <translation>Pago en espera de abono</translation>
    </message>
    <message>
        <source>A checkout waiting for the donor&apos;s transfer to arrive; recorded as pending.</source>
        <translation>Un pago a la espera de que llegue la transferencia del donante; se registra como pendiente.</translation>
    </message>
    <message>
        <source>Checkout partially paid</source>
        <translation>Pago abonado parcialmente</translation>
    </message>
    <message>
        <source>A checkout whose transfer fell short of the amount asked; recorded as partially paid, for what was paid when the checkout has no fiat price.</source>
        <translation>Un pago cuya transferencia no alcanzó el importe solicitado; se registra como pagado parcialmente, por lo abonado si el pago no tiene precio en moneda fiduciaria.</translation>
    </message>
    <message>
        <source>Checkout completed</source>
        <translation>Pago completado</translation>
    </message>
    <message>
        <source>A checkout paid in full; recorded as paid, in its fiat price when it has one and otherwise in the crypto paid.</source>
        <translation>Un pago abonado en su totalidad; se registra como pagado, por su precio en moneda fiduciaria si lo tiene y, si no, por la criptomoneda abonada.</translation>
    </message>
    <message>
        <source>Checkout overpaid</source>
        <translation>Pago con exceso</translation>
    </message>
    <message>
        <source>A checkout paid more than was asked; recorded as paid.</source>
        <translation>Un pago en el que se abonó más de lo solicitado; se registra como pagado.</translation>
    </message>
    <message>
        <source>Checkout expired</source>
        <translation>Pago caducado</translation>
    </message>
    <message>
        <source>A checkout that expired before anything was paid; recorded as expired.</source>
        <translation>Un pago que caducó antes de que se abonara nada; se registra como caducado.</translation>
    </message>
    <message>
        <source>Checkout cancelled</source>
        <translation>Pago cancelado</translation>
    </message>
    <message>
        <source>A checkout cancelled before payment; recorded as canceled.</source>
        <translation>Un pago cancelado antes de abonarse; se registra como cancelado.</translation>
    </message>
    <message>
        <source>Checkout failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <source>A checkout whose payment failed; recorded as failed.</source>
        <translation>Un pago cuyo abono falló; se registra como fallido.</translation>
    </message>
    <message>
        <source>Checkout in conflict</source>
        <translation>Pago en conflicto</translation>
    </message>
    <message>
        <source>A checkout Inqud flags as in conflict (a payment that does not match it); kept with status unknown and Inqud&apos;s status verbatim, for a person to look at.</source>
        <translation>Un pago que Inqud marca como en conflicto (un abono que no se corresponde con él); se conserva con estado desconocido y el estado de Inqud tal cual, para que lo revise una persona.</translation>
    </message>
    <message>
        <source>Contribution paid</source>
        <translation>Contribución pagada</translation>
    </message>
    <message>
        <source>A paid contribution (X-Givecloud-Event: contribution_paid); recorded as a paid donation.</source>
        <translation>Una contribución pagada (X-Givecloud-Event: contribution_paid); se registra como donación pagada.</translation>
    </message>
    <message>
        <source>Contribution refunded</source>
        <translation>Contribución reembolsada</translation>
    </message>
    <message>
        <source>A contribution refunded in full; the donation becomes refunded.</source>
        <translation>Una contribución reembolsada en su totalidad; la donación pasa a estar reembolsada.</translation>
    </message>
    <message>
        <source>Contribution partially refunded</source>
        <translation>Contribución reembolsada parcialmente</translation>
    </message>
    <message>
        <source>A contribution of which a part was refunded (refunded_amount below total_amount); the donation becomes partially refunded.</source>
        <translation>Una contribución de la que se reembolsó una parte (refunded_amount inferior a total_amount); la donación pasa a estar reembolsada parcialmente.</translation>
    </message>
    <message>
        <source>Recurring contributions paid</source>
        <translation>Contribuciones recurrentes pagadas</translation>
    </message>
    <message>
        <source>A batch of recurring contributions charged together (a JSON array); each becomes a paid, recurring donation.</source>
        <translation>Un lote de contribuciones recurrentes cobradas a la vez (una matriz JSON); cada una se convierte en una donación recurrente pagada.</translation>
    </message>
    <message>
        <source>Order completed (legacy event)</source>
        <translation>Pedido completado (evento heredado)</translation>
    </message>
    <message>
        <source>Givecloud&apos;s older order_completed event for a paid contribution; recorded as paid, like contribution_paid.</source>
        <translation>El evento order_completed, más antiguo, de Givecloud para una contribución pagada; se registra como pagada, igual que contribution_paid.</translation>
    </message>
    <message>
        <source>Supporter updated</source>
        <translation>Simpatizante actualizado</translation>
    </message>
    <message>
        <source>A supporter&apos;s details changed; the request is stored for the inspector but carries no donation.</source>
        <translation>Cambiaron los datos de un simpatizante; la solicitud se almacena para el inspector, pero no contiene ninguna donación.</translation>
    </message>
    <message>
        <source>Donation succeeded</source>
        <translation>Donación efectuada con éxito</translation>
    </message>
    <message>
        <source>A donation that succeeded, in the current payload; recorded as paid, in the endpoint&apos;s currency as NationBuilder names none.</source>
        <translation>Una donación efectuada con éxito, en la carga útil actual; se registra como pagada, en la moneda del punto de conexión, ya que NationBuilder no indica ninguna.</translation>
    </message>
    <message>
        <source>Donation changed</source>
        <translation>Donación modificada</translation>
    </message>
    <message>
        <source>An earlier donation edited in NationBuilder; its status is read from its times, here succeeded, so paid.</source>
        <translation>Una donación anterior editada en NationBuilder; su estado se deduce de sus fechas y horas: aquí, efectuada con éxito, por tanto, pagada.</translation>
    </message>
    <message>
        <source>Donation canceled</source>
        <translation>Donación cancelada</translation>
    </message>
    <message>
        <source>A donation canceled after it succeeded; the donation becomes canceled.</source>
        <translation>Una donación cancelada después de efectuarse con éxito; la donación pasa a estar cancelada.</translation>
    </message>
    <message>
        <source>A donation whose payment failed; recorded as failed.</source>
        <translation>Una donación cuyo pago falló; se registra como fallida.</translation>
    </message>
    <message>
        <source>Donation succeeded (legacy payload)</source>
        <translation>Donación efectuada con éxito (carga útil heredada)</translation>
    </message>
    <message>
        <source>A succeeded donation in the legacy (v2) payload, with the donor in signup and US-style times read in the endpoint&apos;s time zone; recorded as paid.</source>
        <translation>Una donación efectuada con éxito en la carga útil heredada (v2), con el donante en signup y horas en formato estadounidense interpretadas en la zona horaria del punto de conexión; se registra como pagada.</translation>
    </message>
    <message>
        <source>Schedule with first payment</source>
        <translation>Plan de pagos con primer pago</translation>
    </message>
    <message>
        <source>A payment schedule whose first installment was charged at once; becomes a scheduled commitment of the total and a paid donation linked to it.</source>
        <translation>Un plan de pagos cuya primera cuota se cobró de inmediato; se convierte en un compromiso programado por el total y en una donación pagada vinculada a él.</translation>
    </message>
    <message>
        <source>Schedule starting later</source>
        <translation>Plan de pagos que empieza más adelante</translation>
    </message>
    <message>
        <source>A payment schedule that starts on a later date, with no first payment; becomes a scheduled commitment only.</source>
        <translation>Un plan de pagos que empieza en una fecha posterior, sin primer pago; se convierte solo en un compromiso programado.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>A card, bank or donor-fund payment; recorded as a paid donation.</source>
        <translation>Un pago con tarjeta, bancario o de un fondo de donantes; se registra como donación pagada.</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>Pago denegado</translation>
    </message>
    <message>
        <source>A payment the processor declined; recorded as failed.</source>
        <translation>Un pago que el procesador denegó; se registra como fallido.</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>Pago anulado</translation>
    </message>
    <message>
        <source>A payment status update voiding the payment of the same variant; the donation becomes voided, even if the void arrives first.</source>
        <translation>Una actualización del estado del pago que anula el pago de la misma variante; la donación pasa a estar anulada, aunque la anulación llegue primero.</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Promesa de donación</translation>
    </message>
    <message>
        <source>A promise to give later; recorded as a pledged commitment, not as money received.</source>
        <translation>Una promesa de donar más adelante; se registra como compromiso prometido, no como dinero recibido.</translation>
    </message>
    <message>
        <source>A signed donation.completed event; recorded as paid.</source>
        <translation>Un evento donation.completed firmado; la donación se registra como pagada.</translation>
    </message>
    <message>
        <source>A signed donation.pending event; recorded as pending until a later event.</source>
        <translation>Un evento donation.pending firmado; la donación se registra como pendiente hasta un evento posterior.</translation>
    </message>
    <message>
        <source>A signed donation.failed event; recorded as failed.</source>
        <translation>Un evento donation.failed firmado; la donación se registra como fallida.</translation>
    </message>
    <message>
        <source>A signed donation.refunded event; the donation becomes refunded in full.</source>
        <translation>Un evento donation.refunded firmado; la donación pasa a estar reembolsada en su totalidad.</translation>
    </message>
    <message>
        <source>Donation updated (partial refund)</source>
        <translation>Donación actualizada (reembolso parcial)</translation>
    </message>
    <message>
        <source>A signed donation.updated event, whose status comes from data.status: here partially_refunded, with the refunded amount.</source>
        <translation>Un evento donation.updated firmado, cuyo estado procede de data.status: aquí, partially_refunded, con el importe reembolsado.</translation>
    </message>
    <message>
        <source>A signed donation.canceled event; the donation becomes canceled.</source>
        <translation>Un evento donation.canceled firmado; la donación pasa a estar cancelada.</translation>
    </message>
    <message>
        <source>Schedule created</source>
        <translation>Plan de pagos creado</translation>
    </message>
    <message>
        <source>A recurring schedule set up; recorded as a scheduled commitment, not as money received.</source>
        <translation>Un plan de pagos recurrente recién configurado; se registra como compromiso programado, no como dinero recibido.</translation>
    </message>
    <message>
        <source>Schedule canceled</source>
        <translation>Plan de pagos cancelado</translation>
    </message>
    <message>
        <source>A recurring schedule stopped; the commitment becomes canceled.</source>
        <translation>Un plan de pagos recurrente detenido; el compromiso pasa a estar cancelado.</translation>
    </message>
    <message>
        <source>Pledge created</source>
        <translation>Promesa de donación creada</translation>
    </message>
    <message>
        <source>A pledge made; recorded as a pledged commitment, not as money received.</source>
        <translation>Una promesa de donación realizada; se registra como compromiso prometido, no como dinero recibido.</translation>
    </message>
</context>
<context>
    <name>SampleEvents::Json</name>
    <message>
        <source>set: the path is empty</source>
        <translation>set: la ruta está vacía</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>el cuerpo</translation>
    </message>
    <message>
        <source>set %1: empty step in the path</source>
        <translation>set %1: paso vacío en la ruta</translation>
    </message>
    <message>
        <source>set %1: %2 is an array of %3 item(s); &quot;%4&quot; is not one of its indexes</source>
        <translation>set %1: %2 es una matriz de %3 elemento(s); &quot;%4&quot; no es uno de sus índices</translation>
    </message>
    <message>
        <source>set %1: unknown path: %2 has no &quot;%3&quot;</source>
        <translation>set %1: ruta desconocida: %2 no tiene &quot;%3&quot;</translation>
    </message>
    <message>
        <source>set %1: %2 is not an object or an array</source>
        <translation>set %1: %2 no es un objeto ni una matriz</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Donation Desk database (not an SQLite file); it was left untouched. Choose another file with --db.</source>
        <translation>%1 no es una base de datos de Donation Desk (no es un archivo SQLite); no se ha modificado. Elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application; it was left untouched. Choose another file with --db.</source>
        <translation>%1 es una base de datos SQLite de otra aplicación; no se ha modificado. Elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Donation Desk (schema %2; this version reads up to %3). It was left untouched: upgrade Donation Desk to open it.</source>
        <translation>%1 lo escribió una versión más reciente de Donation Desk (esquema %2; esta versión lee hasta el %3). No se ha modificado: actualice Donation Desk para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is not a Donation Desk database (%2); it was left untouched.</source>
        <translation>%1 no es una base de datos de Donation Desk (%2); no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application; it was left untouched.</source>
        <translation>%1 es una base de datos SQLite de otra aplicación; no se ha modificado.</translation>
    </message>
    <message>
        <source>cannot migrate %1: %2</source>
        <translation>no se puede migrar %1: %2</translation>
    </message>
    <message>
        <source>migration of %1 to schema %2 failed: %3</source>
        <translation>la migración de %1 al esquema %2 ha fallado: %3</translation>
    </message>
</context>
<context>
    <name>SettingsSupport</name>
    <message>
        <source>Enter the address to listen on, such as 127.0.0.1.</source>
        <translation>Introduzca la dirección en la que escuchar, como 127.0.0.1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: use 127.0.0.1 (this computer only), 0.0.0.0 (all networks) or one of this computer&apos;s addresses.</source>
        <translation>&apos;%1&apos; no es una dirección IP: use 127.0.0.1 (solo este equipo), 0.0.0.0 (todas las redes) o una de las direcciones de este equipo.</translation>
    </message>
    <message>
        <source>Other machines can reach the listener at this address. Webhooks carry donors&apos; data: receive them from the internet through a reverse proxy or tunnel with TLS.</source>
        <translation>Otras máquinas pueden llegar al receptor en esta dirección. Los webhooks contienen datos de donantes: recíbalos desde internet a través de un proxy inverso o un túnel con TLS.</translation>
    </message>
    <message>
        <source>Expected a URL such as https://donations.example.org (the address of the reverse proxy or tunnel).</source>
        <translation>Se esperaba una URL como https://donations.example.org (la dirección del proxy inverso o del túnel).</translation>
    </message>
    <message>
        <source>The base URL cannot have a query (?) or fragment (#): /hooks/&lt;token&gt; is added to it.</source>
        <translation>La URL base no puede tener consulta (?) ni fragmento (#): se le añade /hooks/&lt;token&gt;.</translation>
    </message>
    <message>
        <source>Donation Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Donation Desk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a Donation Desk database</source>
        <translation>Abrir una base de datos de Donation Desk</translation>
    </message>
    <message>
        <source>Create a Donation Desk database</source>
        <translation>Crear una base de datos de Donation Desk</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>%1 already exists: open it with “Open another database…”, or choose a new name.</source>
        <translation>%1 ya existe: ábrala con “Abrir otra base de datos…” o elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Listening at %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <source>Starting or stopping…</source>
        <translation>Iniciando o deteniendo…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts connections from this computer only (a reverse proxy or tunnel on it forwards to it).</source>
        <translation>127.0.0.1 solo acepta conexiones de este equipo (un proxy inverso o un túnel instalado en él le reenvía las solicitudes).</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>URL base pública</translation>
    </message>
    <message>
        <source>Where providers reach this listener through a reverse proxy or tunnel (with TLS), e.g. https://donations.example.org. The URLs shown for endpoints start with it. Empty: the listener&apos;s own address.</source>
        <translation>Dónde llegan los proveedores a este receptor a través de un proxy inverso o túnel (con TLS), p. ej., https://donations.example.org. Las URL que se muestran para los puntos de conexión empiezan por ella. Vacío: la dirección propia del receptor.</translation>
    </message>
    <message>
        <source>https://donations.example.org</source>
        <translation>https://donations.example.org</translation>
    </message>
    <message>
        <source>Largest request body</source>
        <translation>Cuerpo de solicitud máximo</translation>
    </message>
    <message>
        <source>Bigger requests are refused (413) before they are read. Provider webhooks are a few KiB.</source>
        <translation>Las solicitudes más grandes se rechazan (413) antes de leerse. Los webhooks de los proveedores ocupan unos pocos KiB.</translation>
    </message>
    <message>
        <source>Largest request body in KiB</source>
        <translation>Cuerpo de solicitud máximo en KiB</translation>
    </message>
    <message>
        <source>KiB (%1)</source>
        <translation>KiB (%1)</translation>
    </message>
    <message>
        <source>Applying restarts the listener; requests already received are answered first.</source>
        <translation>Al aplicar se reinicia el receptor; antes se responde a las solicitudes ya recibidas.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>Every request and donation is kept in this file. Back it up with “donationdesk backup --output FILE”, which makes a consistent copy even while Donation Desk runs (copying the file itself is only safe while Donation Desk is closed).</source>
        <translation>Todas las solicitudes y donaciones se guardan en este archivo. Haga copias de seguridad con «donationdesk backup --output FILE», que crea una copia coherente incluso mientras Donation Desk se ejecuta (copiar el archivo directamente solo es seguro con Donation Desk cerrado).</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nueva base de datos…</translation>
    </message>
    <message>
        <source>The listener moves to the database you choose; the views show that database&apos;s endpoints and donations.</source>
        <translation>El receptor pasa a la base de datos que elija; las vistas muestran los puntos de conexión y las donaciones de esa base de datos.</translation>
    </message>
    <message>
        <source>Privacy and data retention</source>
        <translation>Privacidad y retención de datos</translation>
    </message>
    <message>
        <source>Keep raw requests for</source>
        <translation>Conservar las solicitudes en bruto durante</translation>
    </message>
    <message>
        <source>The exact headers and body of each webhook. Once older than this and processed, they are erased: their donations and their line in Requests stay. Refused requests older than this are deleted. The listener applies it at start and every hour.</source>
        <translation>Los encabezados y el cuerpo exactos de cada webhook. Cuando superan esta antigüedad y ya se han procesado, se borran: sus donaciones y su línea en Solicitudes se mantienen. Las solicitudes rechazadas de mayor antigüedad se eliminan. El receptor lo aplica al iniciarse y cada hora.</translation>
    </message>
    <message>
        <source>Keep raw requests for this many days; 0 keeps them</source>
        <translation>Conservar las solicitudes en bruto durante este número de días; 0 las conserva siempre</translation>
    </message>
    <message>
        <source>days (0 = keep)</source>
        <translation>días (0 = siempre)</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Depurar ahora</translation>
    </message>
    <message>
        <source>Erase what is older than the setting now, rather than within the hour</source>
        <translation>Borrar ahora lo que supere la antigüedad configurada, en lugar de esperar a la próxima hora</translation>
    </message>
    <message>
        <source>A donor may ask for their personal data to be erased. Their donations keep amounts and ids for the books.</source>
        <translation>Un donante puede pedir que se borren sus datos personales. Sus donaciones conservan los importes y los identificadores para la contabilidad.</translation>
    </message>
    <message>
        <source>Erase a donor&apos;s personal data…</source>
        <translation>Borrar los datos personales de un donante…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>This desktop has no system tray: Donation Desk cannot show notifications, and closing its window quits it (and stops the listener).</source>
        <translation>Este escritorio no tiene bandeja del sistema: Donation Desk no puede mostrar notificaciones, y al cerrar su ventana se cierra la aplicación (y se detiene el receptor).</translation>
    </message>
    <message>
        <source>Notify me of each new donation</source>
        <translation>Notificarme cada nueva donación</translation>
    </message>
    <message>
        <source>Quiet mode: no notifications for now</source>
        <translation>Modo silencioso: sin notificaciones por ahora</translation>
    </message>
    <message>
        <source>Keep receiving in the system tray when the window is closed</source>
        <translation>Seguir recibiendo en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Closing the window leaves the listener running; quit from the tray icon&apos;s menu.</source>
        <translation>Al cerrar la ventana, el receptor sigue en ejecución; salga desde el menú del icono de la bandeja.</translation>
    </message>
    <message>
        <source>Closing the window quits Donation Desk: webhooks are refused until it runs again.</source>
        <translation>Al cerrar la ventana se cierra Donation Desk: los webhooks se rechazan hasta que vuelva a ejecutarse.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Donation Desk %1 (Qt %2)</source>
        <translation>Donation Desk %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Seguir el sistema (%1)</translation>
    </message>
    <message>
        <source>Dates, times, numbers and amounts follow the language. Exports keep their fixed formats.</source>
        <translation>Las fechas, horas, números e importes siguen el idioma. Las exportaciones mantienen sus formatos fijos.</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>signature missing: %1 signs with %2 hex of the raw body in %3, and this endpoint has a secret, but the header was absent. Set the same secret in %1, or clear it here.</source>
        <translation>falta la firma: %1 firma con %2 en hexadecimal del cuerpo en bruto en %3, y este punto de conexión tiene un secreto, pero faltaba el encabezado. Defina el mismo secreto en %1 o quítelo aquí.</translation>
    </message>
    <message>
        <source>signature mismatch: expected %1 hex of the raw body in %2; the header was present but did not match the endpoint&apos;s secret</source>
        <translation>la firma no coincide: se esperaba %1 en hexadecimal del cuerpo en bruto en %2; el encabezado estaba presente, pero no coincidía con el secreto del punto de conexión</translation>
    </message>
</context>
<context>
    <name>Signatures::StandardWebhooks</name>
    <message>
        <source>signature missing: this endpoint has a signing secret, so requests must carry the Standard Webhooks headers webhook-id, webhook-timestamp and webhook-signature</source>
        <translation>falta la firma: este punto de conexión tiene un secreto de firma, por lo que las solicitudes deben llevar los encabezados de Standard Webhooks webhook-id, webhook-timestamp y webhook-signature</translation>
    </message>
    <message>
        <source>webhook-timestamp &quot;%1&quot; is not a Unix time in seconds</source>
        <translation>webhook-timestamp &quot;%1&quot; no es una hora Unix en segundos</translation>
    </message>
    <message>
        <source>stale timestamp: webhook-timestamp is %1 seconds from our clock; the limit is %2. Check the sender&apos;s clock, or that it is not replaying an old request.</source>
        <translation>marca de tiempo caducada: webhook-timestamp difiere %1 segundos de nuestro reloj; el límite es %2. Compruebe el reloj del remitente, o que no esté repitiendo una solicitud antigua.</translation>
    </message>
    <message>
        <source>signature mismatch: expected HMAC-SHA256 base64 of &quot;webhook-id.webhook-timestamp.body&quot; in webhook-signature (v1,...), keyed with the endpoint&apos;s whsec_ secret; no entry matched</source>
        <translation>la firma no coincide: se esperaba HMAC-SHA256 en base64 de &quot;webhook-id.webhook-timestamp.body&quot; en webhook-signature (v1,...), con la clave del secreto whsec_ del punto de conexión; ninguna entrada coincidió</translation>
    </message>
</context>
<context>
    <name>StandardAdapter</name>
    <message>
        <source>Standard Webhooks (signed)</source>
        <translation>Standard Webhooks (firmado)</translation>
    </message>
    <message>
        <source>Configure the sender with this URL and the whsec_ signing secret. Each request carries webhook-id, webhook-timestamp and webhook-signature headers (HMAC-SHA256 of &quot;id.timestamp.body&quot;); timestamps more than 5 minutes off are refused.</source>
        <translation>Configure el remitente con esta URL y el secreto de firma whsec_. Cada solicitud lleva los encabezados webhook-id, webhook-timestamp y webhook-signature (HMAC-SHA256 de &quot;id.timestamp.body&quot;); se rechazan las marcas de tiempo desfasadas más de 5 minutos.</translation>
    </message>
    <message>
        <source>this endpoint has no signing secret, so no signature can be checked; set one with endpoint update</source>
        <translation>este punto de conexión no tiene secreto de firma, por lo que no se puede comprobar ninguna firma; defina uno con endpoint update</translation>
    </message>
    <message>
        <source>malformed body: expected {&quot;type&quot;: ..., &quot;data&quot;: {...}}</source>
        <translation>cuerpo mal formado: se esperaba {&quot;type&quot;: ..., &quot;data&quot;: {...}}</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;data&quot; object missing</source>
        <translation>falta el objeto &quot;data&quot;</translation>
    </message>
    <message>
        <source>&quot;type&quot; missing</source>
        <translation>falta &quot;type&quot;</translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <source>unknown provider &apos;%1&apos;</source>
        <translation>proveedor desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the sample %1 is not a %2 event</source>
        <translation>el ejemplo %1 no es un evento de %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; no es una URL http:// o https://</translation>
    </message>
    <message>
        <source>%1 requests carry no signature: its URL is the secret (try wrong-token)</source>
        <translation>las solicitudes de %1 no llevan firma: su URL es el secreto (pruebe wrong-token)</translation>
    </message>
    <message>
        <source>%1 signatures carry no timestamp: only Standard Webhooks (and ChangeUp-style endpoints with a secret) can be stale</source>
        <translation>las firmas de %1 no llevan marca de tiempo: solo Standard Webhooks (y los puntos de conexión estilo ChangeUp con secreto) pueden tener una marca de tiempo caducada</translation>
    </message>
</context>
<context>
    <name>TestSenderController</name>
    <message>
        <source>… (%1 bytes in all; the rest is not shown)</source>
        <translation>… (%1 bytes en total; el resto no se muestra)</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL</source>
        <translation>“%1” no es una URL http:// o https://</translation>
    </message>
    <message>
        <source>This endpoint is set to the “%1” event: the listener reads every request to it as that event. Choose a sample for “%1”, or change the endpoint&apos;s event in Endpoints.</source>
        <translation>Este punto de conexión está configurado con el evento “%1”: el receptor interpreta cada solicitud que recibe como ese evento. Elija un ejemplo para “%1” o cambie el evento del punto de conexión en Puntos de conexión.</translation>
    </message>
    <message>
        <source>Correctly signed</source>
        <translation>Firmado correctamente</translation>
    </message>
    <message>
        <source>Signed exactly as the provider signs: the listener should accept it.</source>
        <translation>Firmado exactamente como firma el proveedor: el receptor debería aceptarlo.</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Firma incorrecta</translation>
    </message>
    <message>
        <source>Signed with another secret, as if someone forged it: expect 401.</source>
        <translation>Firmado con otro secreto, como si alguien lo hubiera falsificado: se espera 401.</translation>
    </message>
    <message>
        <source>Missing signature</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <source>No signature at all: expect 401 when the endpoint has a secret.</source>
        <translation>Ninguna firma: se espera 401 si el punto de conexión tiene un secreto.</translation>
    </message>
    <message>
        <source>Wrong URL token</source>
        <translation>Token de URL incorrecto</translation>
    </message>
    <message>
        <source>Another token in the URL, an endpoint that does not exist: expect 404.</source>
        <translation>Otro token en la URL, un punto de conexión que no existe: se espera 404.</translation>
    </message>
    <message>
        <source>Stale timestamp</source>
        <translation>Marca de tiempo caducada</translation>
    </message>
    <message>
        <source>Signed ten minutes ago, like a replayed request: expect 401.</source>
        <translation>Firmado hace diez minutos, como una solicitud repetida: se espera 401.</translation>
    </message>
    <message>
        <source>Oversized body</source>
        <translation>Cuerpo demasiado grande</translation>
    </message>
    <message>
        <source>A body over the 1 MiB limit: expect 413.</source>
        <translation>Un cuerpo por encima del límite de 1 MiB: se espera 413.</translation>
    </message>
    <message>
        <source>Choose an endpoint: add one in Endpoints first.</source>
        <translation>Elija un punto de conexión: antes, añada uno en Puntos de conexión.</translation>
    </message>
    <message>
        <source>Choose a sample event.</source>
        <translation>Elija un evento de ejemplo.</translation>
    </message>
    <message>
        <source>The body is empty: type one, or start again from the sample.</source>
        <translation>El cuerpo está vacío: escriba uno o vuelva a empezar desde el ejemplo.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1 at character %2): it will be sent as typed, and the listener will probably refuse it.</source>
        <translation>Esto no es JSON válido (%1 en el carácter %2): se enviará tal como está escrito y el receptor probablemente lo rechazará.</translation>
    </message>
    <message>
        <source>The listener is not running: start it in Live, or send to another URL.</source>
        <translation>El receptor no está en ejecución: inícielo en En directo o envíe a otra URL.</translation>
    </message>
    <message>
        <source>Type the URL to send to.</source>
        <translation>Escriba la URL de destino.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found: check the spelling of the URL, and that this computer is connected to the internet.</source>
        <translation>No se encontró el nombre del servidor: compruebe que la URL esté bien escrita y que este equipo esté conectado a internet.</translation>
    </message>
    <message>
        <source>Nothing is listening at that address and port: check the port in the URL, and that the listener (or your proxy or tunnel) is running.</source>
        <translation>Nada escucha en esa dirección y puerto: compruebe el puerto de la URL y que el receptor (o su proxy o túnel) esté en ejecución.</translation>
    </message>
    <message>
        <source>The secure (https) connection failed: the server&apos;s certificate is not trusted or has expired, or the server does not use https on that port.</source>
        <translation>La conexión segura (https) ha fallado: el certificado del servidor no es de confianza o ha caducado, o el servidor no usa https en ese puerto.</translation>
    </message>
    <message>
        <source>The server did not answer in time: it may be overloaded, or a firewall may be silently dropping the connection.</source>
        <translation>El servidor no respondió a tiempo: puede que esté sobrecargado o que un cortafuegos esté descartando la conexión sin avisar.</translation>
    </message>
    <message>
        <source>The server hung up without answering: check that the URL leads to a web server, and that your proxy accepts requests of this size.</source>
        <translation>El servidor cortó la conexión sin responder: compruebe que la URL lleva a un servidor web y que su proxy acepta solicitudes de este tamaño.</translation>
    </message>
    <message>
        <source>The request could not be completed: the technical message below says why.</source>
        <translation>No se pudo completar la solicitud: el mensaje técnico de abajo explica el motivo.</translation>
    </message>
</context>
<context>
    <name>TestSenderView</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>the sample&apos;s amount</source>
        <translation>el importe del ejemplo</translation>
    </message>
    <message>
        <source>In major units: 25.00, 0.00012345</source>
        <translation>En unidades principales: 25.00, 0.00012345</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>the sample&apos;s currency</source>
        <translation>la moneda del ejemplo</translation>
    </message>
    <message>
        <source>A code: USD, EUR, BTC</source>
        <translation>Un código: USD, EUR, BTC</translation>
    </message>
    <message>
        <source>Donor name</source>
        <translation>Nombre del donante</translation>
    </message>
    <message>
        <source>the sample&apos;s donor</source>
        <translation>el donante del ejemplo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>the sample&apos;s email</source>
        <translation>el correo electrónico del ejemplo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>the sample&apos;s status</source>
        <translation>el estado del ejemplo</translation>
    </message>
    <message>
        <source>The provider&apos;s own word, where the event does not decide it</source>
        <translation>La palabra propia del proveedor, cuando el evento no lo determina</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>the sample&apos;s id</source>
        <translation>el ID del ejemplo</translation>
    </message>
    <message>
        <source>The provider&apos;s id of the donation: the same id updates the same donation</source>
        <translation>El ID de la donación en el proveedor: el mismo ID actualiza la misma donación</translation>
    </message>
    <message>
        <source>Stored; waiting for the processor…</source>
        <translation>Almacenada; esperando al procesador…</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Procesada</translation>
    </message>
    <message>
        <source>Ignored: nothing to record</source>
        <translation>Ignorada: nada que registrar</translation>
    </message>
    <message>
        <source>Dead letter: it could not be read</source>
        <translation>Mensaje fallido: no se pudo leer</translation>
    </message>
    <message>
        <source>Not known: the database could not be read</source>
        <translation>Desconocido: no se pudo leer la base de datos</translation>
    </message>
    <message>
        <source>Test sender</source>
        <translation>Emisor de pruebas</translation>
    </message>
    <message>
        <source>try a webhook set-up before donors give</source>
        <translation>pruebe la configuración de un webhook antes de recibir donaciones reales</translation>
    </message>
    <message>
        <source>No endpoints yet</source>
        <translation>Todavía no hay puntos de conexión</translation>
    </message>
    <message>
        <source>Add an endpoint in Endpoints: test webhooks are sent to one of them.</source>
        <translation>Añada un punto de conexión en Puntos de conexión: los webhooks de prueba se envían a uno de ellos.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Sample event</source>
        <translation>Evento de ejemplo</translation>
    </message>
    <message>
        <source>%1 · provider event “%2”</source>
        <translation>%1 · evento del proveedor “%2”</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON en bruto</translation>
    </message>
    <message>
        <source>Fields left empty keep the sample&apos;s values. “Another donor” picks another variant: other donor, amount and ids.</source>
        <translation>Los campos vacíos conservan los valores del ejemplo. “Otro donante” elige otra variante: otro donante, otro importe y otros identificadores.</translation>
    </message>
    <message>
        <source>Another donor</source>
        <translation>Otro donante</translation>
    </message>
    <message>
        <source>The next variant of the sample: another donor, amount and ids (variant %1)</source>
        <translation>La siguiente variante del ejemplo: otro donante, otro importe y otros identificadores (variante %1)</translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation>Vaciar campos</translation>
    </message>
    <message>
        <source>Body (before signing; sent without the indentation)</source>
        <translation>Cuerpo (antes de firmar; se envía sin la sangría)</translation>
    </message>
    <message>
        <source>Sent exactly as typed, signed as the provider signs it. The fields above do not apply here.</source>
        <translation>Se envía exactamente como está escrito, firmado como lo firma el proveedor. Los campos de arriba no se aplican aquí.</translation>
    </message>
    <message>
        <source>Raw JSON body</source>
        <translation>Cuerpo JSON en bruto</translation>
    </message>
    <message>
        <source>Start again from the sample</source>
        <translation>Volver a empezar desde el ejemplo</translation>
    </message>
    <message>
        <source>How to send it</source>
        <translation>Cómo enviarlo</translation>
    </message>
    <message>
        <source>Does not apply: %1</source>
        <translation>No se aplica: %1</translation>
    </message>
    <message>
        <source>Where to send it</source>
        <translation>Dónde enviarlo</translation>
    </message>
    <message>
        <source>The listener in this app</source>
        <translation>El receptor de esta aplicación</translation>
    </message>
    <message>
        <source>The listener is not running.</source>
        <translation>El receptor no está en ejecución.</translation>
    </message>
    <message>
        <source>Another URL, e.g. your public URL through a reverse proxy or tunnel</source>
        <translation>Otra URL, p. ej., su URL pública a través de un proxy inverso o túnel</translation>
    </message>
    <message>
        <source>https://donations.example.org/hooks/…</source>
        <translation>https://donations.example.org/hooks/…</translation>
    </message>
    <message>
        <source>URL to send to</source>
        <translation>URL de destino</translation>
    </message>
    <message>
        <source>Endpoint&apos;s URL</source>
        <translation>URL del punto de conexión</translation>
    </message>
    <message>
        <source>The URL given to the provider: %1</source>
        <translation>La URL proporcionada al proveedor: %1</translation>
    </message>
    <message>
        <source>The answer is shown; what the request became is shown only for the listener in this app.</source>
        <translation>Se muestra la respuesta; en qué se convirtió la solicitud solo se muestra para el receptor de esta aplicación.</translation>
    </message>
    <message>
        <source>Mark as test (kept out of reports)</source>
        <translation>Marcar como prueba (excluida de los informes)</translation>
    </message>
    <message>
        <source>Unchecked, the donation counts like a real one in reports and exports.</source>
        <translation>Si no se marca, la donación cuenta como una real en los informes y las exportaciones.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Nothing can be sent until the problem above is fixed.</source>
        <translation>No se puede enviar nada hasta que se solucione el problema de arriba.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Nothing sent yet. Choose an event and press Send: the answer, how long it took and what the request became appear here.</source>
        <translation>Todavía no se ha enviado nada. Elija un evento y pulse Enviar: aquí aparecerán la respuesta, cuánto tardó y en qué se convirtió la solicitud.</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in %1 ms</source>
        <translation>en %1 ms</translation>
    </message>
    <message>
        <source>Refused by the listener:</source>
        <translation>Rechazada por el receptor:</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <translation>Sin respuesta (%1)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>What it became</source>
        <translation>En qué se convirtió</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>solicitud %1</translation>
    </message>
    <message>
        <source>No donation was created or changed.</source>
        <translation>No se creó ni modificó ninguna donación.</translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <source>new,</source>
        <translation>nueva,</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <source>(no donor name)</source>
        <translation>(sin nombre de donante)</translation>
    </message>
    <message>
        <source>External id %1</source>
        <translation>ID externo %1</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <source>POST %1</source>
        <translation>POST %1</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
</context>
<context>
    <name>Timestamps</name>
    <message>
        <source>unrecognised date or time &quot;%1&quot;</source>
        <translation>fecha u hora no reconocida &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Donation Desk</source>
        <translation>Donation Desk</translation>
    </message>
    <message>
        <source>Show Donation Desk</source>
        <translation>Mostrar Donation Desk</translation>
    </message>
    <message>
        <source>Quiet mode</source>
        <translation>Modo silencioso</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1 has gone quiet</source>
        <translation>%1 lleva tiempo sin actividad</translation>
    </message>
    <message>
        <source>%1 is failing signatures</source>
        <translation>%1 tiene fallos de firma</translation>
    </message>
</context>
<context>
    <name>WebhookListener</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>webhooks must be sent with POST, not %1</source>
        <translation>los webhooks deben enviarse con POST, no con %1</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is disabled</source>
        <translation>el punto de conexión &quot;%1&quot; está desactivado</translation>
    </message>
    <message>
        <source>no endpoint has this URL; check the token in the URL</source>
        <translation>ningún punto de conexión tiene esta URL; compruebe el token de la URL</translation>
    </message>
    <message>
        <source>%1 is not in this endpoint&apos;s allow-list</source>
        <translation>%1 no está en la lista de permitidos de este punto de conexión</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; names an unknown provider &quot;%2&quot;</source>
        <translation>el punto de conexión &quot;%1&quot; indica un proveedor desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the request could not be stored (%1); nothing was kept, please retry</source>
        <translation>no se pudo almacenar la solicitud (%1); no se ha conservado nada, vuelva a intentarlo</translation>
    </message>
    <message>
        <source>use GET</source>
        <translation>use GET</translation>
    </message>
    <message>
        <source>nothing here: webhooks go to POST /hooks/&lt;token&gt;</source>
        <translation>aquí no hay nada: los webhooks van a POST /hooks/&lt;token&gt;</translation>
    </message>
</context>
</TS>
