<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdapterUtil</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is given but the currency is not</source>
        <translation>%1 ist angegeben, die Währung jedoch nicht</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation>%1: &quot;%2&quot; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 ignored: %2</source>
        <translation>%1 ignoriert: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a currency code</source>
        <translation>%1: &quot;%2&quot; ist kein Währungscode</translation>
    </message>
    <message>
        <source>malformed body: %1</source>
        <translation>fehlerhafter Body: %1</translation>
    </message>
    <message>
        <source>malformed body: expected a JSON object or array</source>
        <translation>fehlerhafter Body: JSON-Objekt oder -Array erwartet</translation>
    </message>
    <message>
        <source>malformed body: expected a JSON object</source>
        <translation>fehlerhafter Body: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>paymentNumber missing</source>
        <translation>paymentNumber fehlt</translation>
    </message>
    <message>
        <source>amount missing</source>
        <translation>Betrag fehlt</translation>
    </message>
    <message>
        <source>currency missing and the endpoint has no currency set</source>
        <translation>Währung fehlt, und für den Endpunkt ist keine Währung festgelegt</translation>
    </message>
</context>
<context>
    <name>AlarmEvaluation</name>
    <message>
        <source>No silence alarm set.</source>
        <translation>Kein Stille-Alarm eingerichtet.</translation>
    </message>
    <message>
        <source>No requests refused for their signature or token since the last accepted one.</source>
        <translation>Seit der letzten angenommenen Anfrage wurden keine Anfragen wegen Signatur oder Token abgelehnt.</translation>
    </message>
    <message>
        <source>No requests refused for their signature or token.</source>
        <translation>Keine Anfragen wegen Signatur oder Token abgelehnt.</translation>
    </message>
    <message>
        <source>Silence alarm paused: the endpoint is disabled.</source>
        <translation>Stille-Alarm pausiert: Der Endpunkt ist deaktiviert.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>no donation for %1 (counted %2)</source>
        <translation>keine Spende seit %1 (gezählt %2)</translation>
    </message>
    <message>
        <source>no donation for %1</source>
        <translation>keine Spende seit %1</translation>
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
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>alarm after %1</source>
        <translation>Alarm nach %1</translation>
    </message>
    <message>
        <source>alarm after %1, counted between %2 and %3</source>
        <translation>Alarm nach %1, gezählt zwischen %2 und %3</translation>
    </message>
    <message>
        <source>No donation since the endpoint was created on %1: %2 of quiet (%3).</source>
        <translation>Keine Spende seit Anlage des Endpunkts am %1: %2 ohne Spende (%3).</translation>
    </message>
    <message>
        <source>No donation for %1 (%2). The last one was on %3.</source>
        <translation>Seit %1 keine Spende (%2). Die letzte kam am %3.</translation>
    </message>
    <message>
        <source>No donation yet since the endpoint was created on %1; %2 of quiet so far (%3).</source>
        <translation>Noch keine Spende seit Anlage des Endpunkts am %1; bisher %2 ohne Spende (%3).</translation>
    </message>
    <message>
        <source>Last donation on %1; %2 of quiet so far (%3).</source>
        <translation>Letzte Spende am %1; bisher %2 ohne Spende (%3).</translation>
    </message>
    <message numerus="yes">
        <source>alarm after %n</source>
        <translation>
            <numerusform>Alarm nach %n</numerusform>
            <numerusform>Alarm nach %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused for their signature or token since the last accepted one (%1).</source>
        <translation>
            <numerusform>%n Anfrage seit der letzten angenommenen wegen Signatur oder Token abgelehnt (%1).</numerusform>
            <numerusform>%n Anfragen seit der letzten angenommenen wegen Signatur oder Token abgelehnt (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 requests in a row refused for their signature or token</source>
        <translation>Mindestens %1 Anfragen in Folge wegen Signatur oder Token abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row refused for their signature or token</source>
        <translation>
            <numerusform>%n Anfrage wegen Signatur oder Token abgelehnt</numerusform>
            <numerusform>%n Anfragen in Folge wegen Signatur oder Token abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source> since the last accepted one on %1 (%2).</source>
        <translation> seit der letzten angenommenen Anfrage am %1 (%2).</translation>
    </message>
    <message>
        <source>, and none ever accepted (%1).</source>
        <translation>, bisher wurde keine angenommen (%1).</translation>
    </message>
    <message>
        <source>The last, on %1: %2</source>
        <translation>Die letzte, am %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n signature or token refusal(s) in a row</source>
        <translation>
            <numerusform>%n Signatur- oder Token-Ablehnung in Folge</numerusform>
            <numerusform>%n Signatur- oder Token-Ablehnungen in Folge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeUpAdapter</name>
    <message>
        <source>ChangeUp-style checkout webhook</source>
        <translation>Checkout-Webhook im ChangeUp-Stil</translation>
    </message>
    <message>
        <source>Give this URL to the checkout server that completes donations for this widget; the URL itself is the secret, so keep it server-side. Optionally set a signing secret (whsec_...) and sign each request with Standard Webhooks headers.</source>
        <translation>Geben Sie diese URL dem Checkout-Server, der die Spenden für dieses Widget abschließt; die URL selbst ist der Geheimschlüssel, sie gehört also nur auf den Server. Optional können Sie einen Signaturschlüssel (whsec_...) festlegen und jede Anfrage mit den Headern von Standard Webhooks signieren.</translation>
    </message>
    <message>
        <source>item %1 is not a donation object</source>
        <translation>Element %1 ist kein Spendenobjekt</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Donation Desk reads (%2)</source>
        <translation>Formatversion %1 ist neuer als die, die diese Version von Donation Desk lesen kann (%2)</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
    <message>
        <source>empty donation batch</source>
        <translation>leerer Spendenstapel</translation>
    </message>
</context>
<context>
    <name>ChartsBarList</name>
    <message numerus="yes">
        <source>%1: %n donation(s)</source>
        <translation>
            <numerusform>%1: %n Spende</numerusform>
            <numerusform>%1: %n Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>%1 verbleibend</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n Spende</numerusform>
            <numerusform>%n Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Money charts show one currency at a time: amounts of different currencies are never added</source>
        <translation>Betragsdiagramme zeigen jeweils eine Währung: Beträge verschiedener Währungen werden nie addiert</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Edit in Donations…</source>
        <translation>In „Spenden“ bearbeiten…</translation>
    </message>
    <message>
        <source>The charts follow the Donations view&apos;s filter</source>
        <translation>Die Diagramme folgen dem Filter der Ansicht „Spenden“</translation>
    </message>
    <message>
        <source>The charts could not be loaded: %1</source>
        <translation>Die Diagramme konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Received %1 · %2</source>
        <translation>Eingegangen %1 · %2</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Refunded or reversed</source>
        <translation>Erstattet oder rückgebucht</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 kept, %3 refunded or reversed, %n donation(s)</source>
        <translation>
            <numerusform>%1: %2 verbleibend, %3 erstattet oder rückgebucht, %n Spende</numerusform>
            <numerusform>%1: %2 verbleibend, %3 erstattet oder rückgebucht, %n Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Status mix</source>
        <translation>Statusverteilung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pre- vs post-record over time · %1</source>
        <translation>Vor und nach Stichtag im Zeitverlauf · %1</translation>
    </message>
    <message>
        <source>Pre-record (waiting for the record date)</source>
        <translation>Vor Stichtag (wartet auf den Stichtag)</translation>
    </message>
    <message>
        <source>Post-record (actualised)</source>
        <translation>Nach Stichtag (realisiert)</translation>
    </message>
    <message>
        <source>Amounts of the filtered donations in each record state at the end of each %1 (the last point is now).</source>
        <translation>Beträge der gefilterten Spenden je Stichtagsstatus zum Ende jedes Intervalls (%1; der letzte Punkt ist jetzt).</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Donations by provider</source>
        <translation>Spenden nach Anbieter</translation>
    </message>
    <message>
        <source>Donations by endpoint</source>
        <translation>Spenden nach Endpunkt</translation>
    </message>
    <message>
        <source>No donations match the filter</source>
        <translation>Keine Spenden entsprechen dem Filter</translation>
    </message>
    <message>
        <source>Change or clear the filter to see charts.</source>
        <translation>Ändern Sie den Filter oder setzen Sie ihn zurück, um Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>Charts appear once donations have been received.</source>
        <translation>Diagramme erscheinen, sobald Spenden eingegangen sind.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n donation(s)</source>
        <translation>
            <numerusform>%1: %n Spende</numerusform>
            <numerusform>%1: %n Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>%1 verbleibend</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Where to write the copy.</source>
        <translation>Wohin die Kopie geschrieben wird.</translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output ist erforderlich</translation>
    </message>
    <message>
        <source>--output is the database itself; choose another file</source>
        <translation>--output ist die Datenbank selbst; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>%1 exists; choose another name, or add --force to replace it</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder fügen Sie --force hinzu, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <source>no folder %1 to write the copy into</source>
        <translation>Ordner %1 für die Kopie existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the copy failed: %1</source>
        <translation>Kopieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the copy did not check out: %1</source>
        <translation>Prüfung der Kopie fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot rename the copy to %1</source>
        <translation>die Kopie kann nicht in %1 umbenannt werden</translation>
    </message>
    <message>
        <source>backed up %1 to %2: %3 donations, %4 stored requests, %5 bytes
</source>
        <translation>%1 nach %2 gesichert: %3 Spenden, %4 gespeicherte Anfragen, %5 Byte
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
        <translation>Aufruf: donationdesk [--db PATH]                 Desktop-App starten
        donationdesk &lt;command&gt; [options]

Befehle:
  serve       Webhook-Empfänger ohne Fenster ausführen
  endpoint    Webhook-Endpunkte hinzufügen, auflisten, ändern oder entfernen; ihre Alarme prüfen
  export      Spenden als CSV schreiben
  reprocess   gespeicherte Anfragen erneut verarbeiten
  retention   anzeigen oder festlegen, wie lange Rohanfragen aufbewahrt werden
  purge       Rohanfragen, die älter als die Aufbewahrungsdauer sind, jetzt löschen
  erase-donor personenbezogene Daten eines Spenders löschen
  backup      Datenbank konsistent kopieren, auch während sie verwendet wird
  demo-data   Datenbank mit realistischen Demo-Spenden füllen
  send-test   signierten Beispiel-Webhook senden (oder einen absichtlich fehlerhaften)
  round-trip  prüfen, ob die öffentliche URL eines Endpunkts den Empfänger erreicht

Jeder Befehl akzeptiert --db PATH (Standard: %1).
&apos;donationdesk &lt;command&gt; --help&apos; zeigt dessen Optionen.
</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>option --%1 given more than once</source>
        <translation>Option --%1 mehrfach angegeben</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no database at %1 (check --db)</source>
        <translation>keine Datenbank unter %1 (prüfen Sie --db)</translation>
    </message>
    <message>
        <source>--endpoint: no endpoint named &apos;%1&apos;</source>
        <translation>--endpoint: kein Endpunkt mit dem Namen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see donationdesk --help)</source>
        <translation>unbekannte Option &apos;%1&apos; (siehe donationdesk --help)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: serve, endpoint, export, reprocess, retention, purge, erase-donor, backup, demo-data, send-test, round-trip)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (Befehle: serve, endpoint, export, reprocess, retention, purge, erase-donor, backup, demo-data, send-test, round-trip)</translation>
    </message>
    <message>
        <source>Load every view offscreen and exit.</source>
        <translation>Alle Ansichten unsichtbar (offscreen) laden und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Fenstergröße für --screenshot (Standard 1280x800).</translation>
    </message>
    <message>
        <source>Write a PNG of each view into DIR and exit.</source>
        <translation>Ein PNG jeder Ansicht in DIR schreiben und beenden.</translation>
    </message>
    <message>
        <source>Donations to add, about (1 to %1).</source>
        <translation>Ungefähre Anzahl hinzuzufügender Spenden (1 bis %1).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1): the same seed, time and database give the same donations.</source>
        <translation>Startwert des Generators (Standard 1): Gleicher Startwert, gleiche Zeit und gleiche Datenbank ergeben dieselben Spenden.</translation>
    </message>
    <message>
        <source>The moment the data leads up to, ISO 8601 (default: the current time).</source>
        <translation>Der Zeitpunkt, bis zu dem die Daten reichen, ISO 8601 (Standard: aktuelle Zeit).</translation>
    </message>
    <message>
        <source>--count is required (the number of donations to add)</source>
        <translation>--count ist erforderlich (die Anzahl hinzuzufügender Spenden)</translation>
    </message>
    <message>
        <source>--count: expected a whole number from 1 to %1, got &apos;%2&apos;</source>
        <translation>--count: ganze Zahl von 1 bis %1 erwartet, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0 to 4294967295, got &apos;%1&apos;</source>
        <translation>--seed: ganze Zahl von 0 bis 4294967295 erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--now: expected a date and time such as 2025-06-01T12:00:00Z, got &apos;%1&apos;</source>
        <translation>--now: Datum und Uhrzeit wie 2025-06-01T12:00:00Z erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>donationdesk %1: %2% (%3 of %4 donations)
</source>
        <translation>donationdesk %1: %2% (%3 von %4 Spenden)
</translation>
    </message>
    <message>
        <source>generated %1 donations in %2 s into %3
</source>
        <translation>%1 Spenden in %2 s in %3 erzeugt
</translation>
    </message>
    <message>
        <source>record date %1 (or the donation time, if later)</source>
        <translation>Stichtag %1 (oder der Spendenzeitpunkt, falls später)</translation>
    </message>
    <message>
        <source>post-record at once</source>
        <translation>Stichtag: sofort</translation>
    </message>
    <message>
        <source>%1 (%2)%3
</source>
        <translation>%1 (%2)%3
</translation>
    </message>
    <message>
        <source> [disabled]</source>
        <translation> [deaktiviert]</translation>
    </message>
    <message>
        <source>  id:        %1
</source>
        <translation>  ID:          %1
</translation>
    </message>
    <message>
        <source>  path:      %1
</source>
        <translation>  Pfad:        %1
</translation>
    </message>
    <message>
        <source>  secret:    %1
</source>
        <translation>  Schlüssel:   %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>  currency:  %1
</source>
        <translation>  Währung:     %1
</translation>
    </message>
    <message>
        <source>  event:     %1
</source>
        <translation>  Ereignis:    %1
</translation>
    </message>
    <message>
        <source>  timezone:  %1
</source>
        <translation>  Zeitzone:    %1
</translation>
    </message>
    <message>
        <source>  allow:     %1
</source>
        <translation>  Zugelassen:  %1
</translation>
    </message>
    <message>
        <source>  record:    %1
</source>
        <translation>  Stichtag:    %1
</translation>
    </message>
    <message>
        <source>  alarm:     %1
</source>
        <translation>  Alarm:       %1
</translation>
    </message>
    <message>
        <source>  setup:     %1
</source>
        <translation>  Einrichtung: %1
</translation>
    </message>
    <message>
        <source>Signing secret or shared token (generated when the provider signs and none is given).</source>
        <translation>Signaturschlüssel oder gemeinsames Token (wird erzeugt, wenn der Anbieter signiert und keiner angegeben ist).</translation>
    </message>
    <message>
        <source>No secret: rely on the secret URL alone.</source>
        <translation>Kein Geheimschlüssel: sich allein auf die geheime URL verlassen.</translation>
    </message>
    <message>
        <source>Currency when the payload has none (NationBuilder: the nation&apos;s currency).</source>
        <translation>Währung, wenn die Nutzdaten keine enthalten (NationBuilder: die Währung der Nation).</translation>
    </message>
    <message>
        <source>Event fixed for this URL (NationBuilder: succeeded, changed, canceled, failed; Donary: schedule, charge, void, pledge). Default: inferred.</source>
        <translation>Für diese URL festgelegtes Ereignis (NationBuilder: succeeded, changed, canceled, failed; Donary: schedule, charge, void, pledge). Standard: automatisch erkannt.</translation>
    </message>
    <message>
        <source>Zone of provider times written without an offset (IANA or Windows name). Default: UTC.</source>
        <translation>Zeitzone für Zeitangaben des Anbieters ohne Offset (IANA- oder Windows-Name). Standard: UTC.</translation>
    </message>
    <message>
        <source>Comma-separated addresses or CIDR ranges allowed to post. Default: anyone.</source>
        <translation>Kommagetrennte Adressen oder CIDR-Bereiche, die senden dürfen. Standard: alle.</translation>
    </message>
    <message>
        <source>Record date this many days after each donation (0-3650).</source>
        <translation>Stichtag so viele Tage nach jeder Spende (0-3650).</translation>
    </message>
    <message>
        <source>Fixed record date (the donation time if later).</source>
        <translation>Fester Stichtag (oder der Spendenzeitpunkt, falls später).</translation>
    </message>
    <message>
        <source>Silence alarm: raise it when no real donation arrives for this long (90m, 6h, 1h30m, 2d; 0 or off: no quiet alarm).</source>
        <translation>Stille-Alarm: auslösen, wenn so lange keine echte Spende eingeht (90m, 6h, 1h30m, 2d; 0 oder off: kein Stille-Alarm).</translation>
    </message>
    <message>
        <source>Count quiet time only between these times of day, in the endpoint&apos;s time zone (22:00-06:00 wraps past midnight; empty: all day).</source>
        <translation>Ruhezeit nur zwischen diesen Tageszeiten zählen, in der Zeitzone des Endpunkts (22:00-06:00 reicht über Mitternacht; leer: ganztägig).</translation>
    </message>
    <message>
        <source>Silence alarm: raise it after this many requests in a row are refused for their signature or token (0 or off: never).</source>
        <translation>Stille-Alarm: auslösen, nachdem so viele Anfragen in Folge wegen Signatur oder Token abgelehnt wurden (0 oder off: nie).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Anbieter: %1.</translation>
    </message>
    <message>
        <source>A name for this endpoint (a widget, a campaign...).</source>
        <translation>Ein Name für diesen Endpunkt (ein Widget, eine Kampagne ...).</translation>
    </message>
    <message>
        <source>--provider is required (one of: %1)</source>
        <translation>--provider ist erforderlich (einer von: %1)</translation>
    </message>
    <message>
        <source>--provider: unknown provider &apos;%1&apos; (one of: %2)</source>
        <translation>--provider: unbekannter Anbieter &apos;%1&apos; (einer von: %2)</translation>
    </message>
    <message>
        <source>Created endpoint %1</source>
        <translation>Endpunkt %1 angelegt</translation>
    </message>
    <message>
        <source>Include secrets in the output.</source>
        <translation>Geheimschlüssel in die Ausgabe aufnehmen.</translation>
    </message>
    <message>
        <source>No endpoints yet. Add one with: donationdesk endpoint add --provider P --name NAME
</source>
        <translation>Noch keine Endpunkte. Legen Sie einen an mit: donationdesk endpoint add --provider P --name NAME
</translation>
    </message>
    <message>
        <source>Name or id of the endpoint.</source>
        <translation>Name oder ID des Endpunkts.</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Neuer Name.</translation>
    </message>
    <message>
        <source>Generate a new secret.</source>
        <translation>Neuen Geheimschlüssel erzeugen.</translation>
    </message>
    <message>
        <source>Give the endpoint a new URL (the old one stops working).</source>
        <translation>Dem Endpunkt eine neue URL geben (die alte funktioniert dann nicht mehr).</translation>
    </message>
    <message>
        <source>Accept requests again.</source>
        <translation>Anfragen wieder annehmen.</translation>
    </message>
    <message>
        <source>Refuse requests (404) until enabled.</source>
        <translation>Anfragen ablehnen (404), bis der Endpunkt wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>name the endpoint to update</source>
        <translation>Geben Sie den zu ändernden Endpunkt an</translation>
    </message>
    <message>
        <source>use either --enable or --disable</source>
        <translation>verwenden Sie entweder --enable oder --disable</translation>
    </message>
    <message>
        <source>no endpoint named &apos;%1&apos;</source>
        <translation>kein Endpunkt mit dem Namen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>endpoint &apos;%1&apos; has an unknown provider &apos;%2&apos;</source>
        <translation>Endpunkt &apos;%1&apos; hat einen unbekannten Anbieter &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Updated endpoint %1</source>
        <translation>Endpunkt %1 geändert</translation>
    </message>
    <message>
        <source>name the endpoint to remove</source>
        <translation>Geben Sie den zu entfernenden Endpunkt an</translation>
    </message>
    <message>
        <source>Removed endpoint %1: its URL no longer accepts requests; its donations and requests are kept.
</source>
        <translation>Endpunkt %1 entfernt: Seine URL nimmt keine Anfragen mehr an; seine Spenden und Anfragen bleiben erhalten.
</translation>
    </message>
    <message>
        <source>Only this endpoint (name or id).</source>
        <translation>Nur dieser Endpunkt (Name oder ID).</translation>
    </message>
    <message>
        <source>Count quiet time up to this moment instead of now (to try a threshold).</source>
        <translation>Ruhezeit bis zu diesem Zeitpunkt statt bis jetzt zählen (um einen Schwellenwert auszuprobieren).</translation>
    </message>
    <message>
        <source>--at: expected a date and time such as 2024-05-25T21:00:00Z, got &apos;%1&apos;</source>
        <translation>--at: Datum und Uhrzeit wie 2024-05-25T21:00:00Z erwartet, erhalten: &apos;%1&apos;</translation>
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
        <translation>Noch keine Endpunkte.
</translation>
    </message>
    <message>
        <source>Usage: donationdesk endpoint add|list|update|remove|alarms [options]
Run &apos;donationdesk endpoint &lt;sub-command&gt; --help&apos; for details.
</source>
        <translation>Aufruf: donationdesk endpoint add|list|update|remove|alarms [options]
&apos;donationdesk endpoint &lt;sub-command&gt; --help&apos; zeigt Details.
</translation>
    </message>
    <message>
        <source>expected a sub-command: add, list, update, remove or alarms</source>
        <translation>Unterbefehl erwartet: add, list, update, remove oder alarms</translation>
    </message>
    <message>
        <source>unknown sub-command &apos;%1&apos; (add, list, update, remove, alarms)</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos; (add, list, update, remove, alarms)</translation>
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
        <translation>Personenbezogene Daten von %1 gelöscht:
</translation>
    </message>
    <message>
        <source>Would erase the personal data of %1:
</source>
        <translation>Folgende personenbezogene Daten von %1 würden gelöscht:
</translation>
    </message>
    <message numerus="yes">
        <source>  %n donation(s): donor name, email and personal details (amounts, currency, status, dates, campaign and ids are kept)
</source>
        <translation>
            <numerusform>  %n Spende: Name, E-Mail-Adresse und persönliche Angaben des Spenders (Beträge, Währung, Status, Daten, Kampagne und IDs bleiben erhalten)
</numerusform>
            <numerusform>  %n Spenden: Name, E-Mail-Adresse und persönliche Angaben des Spenders (Beträge, Währung, Status, Daten, Kampagne und IDs bleiben erhalten)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n stored request(s): headers and body
</source>
        <translation>
            <numerusform>  %n gespeicherte Anfrage: Header und Body
</numerusform>
            <numerusform>  %n gespeicherte Anfragen: Header und Body
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n refused request(s): headers and body
</source>
        <translation>
            <numerusform>  %n abgelehnte Anfrage: Header und Body
</numerusform>
            <numerusform>  %n abgelehnte Anfragen: Header und Body
</numerusform>
        </translation>
    </message>
    <message>
        <source>The donor&apos;s email address (any case): their donations and every stored or refused request holding it.</source>
        <translation>Die E-Mail-Adresse des Spenders (Groß-/Kleinschreibung beliebig): seine Spenden und jede gespeicherte oder abgelehnte Anfrage, die sie enthält.</translation>
    </message>
    <message>
        <source>Only show what would be erased.</source>
        <translation>Nur anzeigen, was gelöscht würde.</translation>
    </message>
    <message>
        <source>Erase without asking (it cannot be undone).</source>
        <translation>Ohne Rückfrage löschen (kann nicht rückgängig gemacht werden).</translation>
    </message>
    <message>
        <source>--email is required (the donor&apos;s email address)</source>
        <translation>--email ist erforderlich (die E-Mail-Adresse des Spenders)</translation>
    </message>
    <message>
        <source>use either --dry-run or --yes</source>
        <translation>verwenden Sie entweder --dry-run oder --yes</translation>
    </message>
    <message>
        <source>No donation and no stored or refused request holds %1: nothing to erase.
</source>
        <translation>Keine Spende und keine gespeicherte oder abgelehnte Anfrage enthält %1: nichts zu löschen.
</translation>
    </message>
    <message>
        <source>nothing was erased: add --yes to erase it for good (or --dry-run to only see it)</source>
        <translation>es wurde nichts gelöscht: Fügen Sie --yes hinzu, um endgültig zu löschen (oder --dry-run, um es nur anzuzeigen)</translation>
    </message>
    <message>
        <source>nothing was erased: %1</source>
        <translation>es wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>Only this endpoint.</source>
        <translation>Nur dieser Endpunkt.</translation>
    </message>
    <message>
        <source>Only this provider.</source>
        <translation>Nur dieser Anbieter.</translation>
    </message>
    <message>
        <source>Only these statuses, comma-separated (%1).</source>
        <translation>Nur diese Status, kommagetrennt (%1).</translation>
    </message>
    <message>
        <source>First day (UTC, inclusive) of donations.</source>
        <translation>Erster Tag der Spenden (UTC, einschließlich).</translation>
    </message>
    <message>
        <source>Last day (UTC, inclusive) of donations.</source>
        <translation>Letzter Tag der Spenden (UTC, einschließlich).</translation>
    </message>
    <message>
        <source>Compute record states as of this moment (ISO 8601; default: now).</source>
        <translation>Stichtagsstatus zu diesem Zeitpunkt berechnen (ISO 8601; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Include the donations of test events (the test sender&apos;s), which are left out by default.</source>
        <translation>Die Spenden von Testereignissen (des Testsenders) einbeziehen, die standardmäßig ausgelassen werden.</translation>
    </message>
    <message>
        <source>--status: unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>--status: unbekannter Status &apos;%1&apos; (einer von: %2)</translation>
    </message>
    <message>
        <source>--status: name at least one status</source>
        <translation>--status: Geben Sie mindestens einen Status an</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, got &apos;%2&apos;</source>
        <translation>--%1: Datum im Format YYYY-MM-DD erwartet, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>--as-of: expected an ISO 8601 date or time such as 2024-06-01T00:00:00Z, got &apos;%1&apos;</source>
        <translation>--as-of: ISO-8601-Datum oder -Uhrzeit wie 2024-06-01T00:00:00Z erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output: cannot write %1: %2</source>
        <translation>--output: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>Schreiben in die Standardausgabe nicht möglich</translation>
    </message>
    <message>
        <source>Every stored request, not only dead letters.</source>
        <translation>Jede gespeicherte Anfrage, nicht nur Klärfälle.</translation>
    </message>
    <message>
        <source>Only requests to this endpoint.</source>
        <translation>Nur Anfragen an diesen Endpunkt.</translation>
    </message>
    <message>
        <source>Only this stored request (its inbox id, as the inspector and the listener&apos;s answer give it); with --all even when it is not a dead letter.</source>
        <translation>Nur diese gespeicherte Anfrage (ihre Eingangs-ID, wie Inspektor und Antwort des Empfängers sie angeben); mit --all auch dann, wenn sie kein Klärfall ist.</translation>
    </message>
    <message>
        <source>Only requests received at or after this moment (ISO 8601).</source>
        <translation>Nur Anfragen, die ab diesem Zeitpunkt eingegangen sind (ISO 8601).</translation>
    </message>
    <message>
        <source>Only requests received before this moment (ISO 8601).</source>
        <translation>Nur Anfragen, die vor diesem Zeitpunkt eingegangen sind (ISO 8601).</translation>
    </message>
    <message>
        <source>--request: expected a stored request&apos;s id (a whole number), got &apos;%1&apos;</source>
        <translation>--request: ID einer gespeicherten Anfrage (eine ganze Zahl) erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1: expected an ISO 8601 date or time such as 2024-06-01T00:00:00Z, got &apos;%2&apos;</source>
        <translation>--%1: ISO-8601-Datum oder -Uhrzeit wie 2024-06-01T00:00:00Z erwartet, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from muss vor --to liegen</translation>
    </message>
    <message>
        <source>--request: no stored request has the id %1</source>
        <translation>--request: Keine gespeicherte Anfrage hat die ID %1</translation>
    </message>
    <message>
        <source>Reprocessed %1 request(s): %2 processed, %3 without a donation, %4 dead letter(s).
</source>
        <translation>%1 Anfrage(n) erneut verarbeitet: %2 verarbeitet, %3 ohne Spende, %4 als Klärfall.
</translation>
    </message>
    <message>
        <source>  dead letter #%1 (%2): %3
</source>
        <translation>  Klärfall #%1 (%2): %3
</translation>
    </message>
    <message>
        <source>--%1: expected a whole number of days from 0 (keep for ever) to %2, got &apos;%3&apos;</source>
        <translation>--%1: ganze Zahl von Tagen von 0 (unbegrenzt aufbewahren) bis %2 erwartet, erhalten: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--%1: expected a whole number of days from 1 to %2, got &apos;%3&apos;</source>
        <translation>--%1: ganze Zahl von Tagen von 1 bis %2 erwartet, erhalten: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever (retention 0 days).
</source>
        <translation>Rohanfragen werden unbegrenzt aufbewahrt (Aufbewahrung 0 Tage).
</translation>
    </message>
    <message numerus="yes">
        <source>Raw requests are kept for %n day(s): after that, processed requests lose their headers and body (their donations stay) and refused requests are deleted.
</source>
        <translation>
            <numerusform>Rohanfragen werden %n Tag aufbewahrt: Danach verlieren verarbeitete Anfragen ihre Header und ihren Body (ihre Spenden bleiben erhalten), und abgelehnte Anfragen werden gelöscht.
</numerusform>
            <numerusform>Rohanfragen werden %n Tage aufbewahrt: Danach verlieren verarbeitete Anfragen ihre Header und ihren Body (ihre Spenden bleiben erhalten), und abgelehnte Anfragen werden gelöscht.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep raw requests for N days (0: for ever) from now on.</source>
        <translation>Rohanfragen ab jetzt N Tage aufbewahren (0: unbegrenzt).</translation>
    </message>
    <message>
        <source>The listener applies it within an hour; &apos;donationdesk purge&apos; applies it now.
</source>
        <translation>Der Empfänger wendet dies innerhalb einer Stunde an; &apos;donationdesk purge&apos; wendet es sofort an.
</translation>
    </message>
    <message>
        <source>Purge raw requests older than DAYS days instead of the retention setting&apos;s.</source>
        <translation>Rohanfragen bereinigen, die älter als DAYS Tage sind, statt der Aufbewahrungseinstellung zu folgen.</translation>
    </message>
    <message>
        <source>Only count what would be purged.</source>
        <translation>Nur zählen, was bereinigt würde.</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever (retention 0 days): nothing to purge. Set a retention with &apos;donationdesk retention --days N&apos;, or pass --older-than DAYS.
</source>
        <translation>Rohanfragen werden unbegrenzt aufbewahrt (Aufbewahrung 0 Tage): nichts zu bereinigen. Legen Sie mit &apos;donationdesk retention --days N&apos; eine Aufbewahrungsdauer fest oder übergeben Sie --older-than DAYS.
</translation>
    </message>
    <message>
        <source>stopped after erasing %1 stored and deleting %2 refused request(s): %3</source>
        <translation>abgebrochen, nachdem %1 gespeicherte Anfrage(n) geleert und %2 abgelehnte Anfrage(n) gelöscht wurden: %3</translation>
    </message>
    <message>
        <source>Would erase the raw bytes of %1 stored request(s) and delete %2 refused request(s) received before %3 (older than %4 day(s)).
</source>
        <translation>Würde die Rohdaten von %1 gespeicherten Anfrage(n) löschen und %2 abgelehnte Anfrage(n) entfernen, die vor %3 eingegangen sind (älter als %4 Tag(e)).
</translation>
    </message>
    <message>
        <source>Erased the raw bytes of %1 stored request(s) and deleted %2 refused request(s) received before %3 (older than %4 day(s)).
</source>
        <translation>Rohdaten von %1 gespeicherten Anfrage(n) gelöscht und %2 abgelehnte Anfrage(n) entfernt, die vor %3 eingegangen sind (älter als %4 Tag(e)).
</translation>
    </message>
    <message numerus="yes">
        <source>%n pending or dead-letter request(s) older than that keep their bytes until they are processed.
</source>
        <translation>
            <numerusform>%n ältere ausstehende oder als Klärfall abgelegte Anfrage behält ihre Rohdaten, bis sie verarbeitet ist.
</numerusform>
            <numerusform>%n ältere ausstehende oder als Klärfall abgelegte Anfragen behalten ihre Rohdaten, bis sie verarbeitet sind.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint to check.</source>
        <translation>Der zu prüfende Endpunkt.</translation>
    </message>
    <message>
        <source>Where providers reach the listener (the reverse proxy or tunnel), e.g. https://donations.example.org; without it the listener&apos;s own address is checked.</source>
        <translation>Wo Anbieter den Empfänger erreichen (Reverse Proxy oder Tunnel), z. B. https://donations.example.org; ohne Angabe wird die eigene Adresse des Empfängers geprüft.</translation>
    </message>
    <message>
        <source>The listener&apos;s own address, for the advice and when no public URL is given (default 127.0.0.1:8787).</source>
        <translation>Die eigene Adresse des Empfängers, für die Hinweise und wenn keine öffentliche URL angegeben ist (Standard 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer (default 15).</source>
        <translation>Sekunden, die auf die Antwort gewartet wird (Standard 15).</translation>
    </message>
    <message>
        <source>Print the verdict as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--endpoint is required</source>
        <translation>--endpoint ist erforderlich</translation>
    </message>
    <message>
        <source>--timeout: expected a whole number from 1 to 600, got &apos;%1&apos;</source>
        <translation>--timeout: ganze Zahl von 1 bis 600 erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--public-url: expected an http:// or https:// address, got &apos;%1&apos;</source>
        <translation>--public-url: http://- oder https://-Adresse erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sending a signed test event to %1 ...
</source>
        <translation>signiertes Testereignis wird an %1 gesendet ...
</translation>
    </message>
    <message>
        <source>fix: %1
</source>
        <translation>Lösung: %1
</translation>
    </message>
    <message>
        <source>Provider of the event: %1.</source>
        <translation>Anbieter des Ereignisses: %1.</translation>
    </message>
    <message>
        <source>The sample event: its name or the provider&apos;s event name (see --list); default: the provider&apos;s first.</source>
        <translation>Das Beispielereignis: sein Name oder der Ereignisname des Anbieters (siehe --list); Standard: das erste des Anbieters.</translation>
    </message>
    <message>
        <source>Where to send it: the endpoint&apos;s full URL (default with --endpoint: the local listener at 127.0.0.1:8787).</source>
        <translation>Wohin gesendet wird: die vollständige URL des Endpunkts (Standard mit --endpoint: der lokale Empfänger unter 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Take the provider, secret and URL from this endpoint of the database.</source>
        <translation>Anbieter, Geheimschlüssel und URL von diesem Endpunkt der Datenbank übernehmen.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s secret to sign with (NationBuilder: its token).</source>
        <translation>Der Geheimschlüssel des Endpunkts zum Signieren (NationBuilder: sein Token).</translation>
    </message>
    <message>
        <source>Set a field of the body: a dotted path (payments.0.amount) and a JSON value or text. Repeatable.</source>
        <translation>Ein Feld des Body setzen: ein Pfad mit Punkten (payments.0.amount) und ein JSON-Wert oder Text. Wiederholbar.</translation>
    </message>
    <message>
        <source>The amount, in major units (25.00).</source>
        <translation>Der Betrag in Haupteinheiten (25.00).</translation>
    </message>
    <message>
        <source>The currency code.</source>
        <translation>Der Währungscode.</translation>
    </message>
    <message>
        <source>The donor&apos;s name.</source>
        <translation>Der Name des Spenders.</translation>
    </message>
    <message>
        <source>The donor&apos;s email.</source>
        <translation>Die E-Mail-Adresse des Spenders.</translation>
    </message>
    <message>
        <source>The provider&apos;s own status word.</source>
        <translation>Die eigene Statusbezeichnung des Anbieters.</translation>
    </message>
    <message>
        <source>The provider&apos;s id of the donation.</source>
        <translation>Die ID der Spende beim Anbieter.</translation>
    </message>
    <message>
        <source>Which of the sample&apos;s varied donors, amounts and currencies (default 0).</source>
        <translation>Welche der verschiedenen Spender, Beträge und Währungen des Beispiels (Standard 0).</translation>
    </message>
    <message>
        <source>Sign with another secret.</source>
        <translation>Mit einem anderen Geheimschlüssel signieren.</translation>
    </message>
    <message>
        <source>Send no signature.</source>
        <translation>Ohne Signatur senden.</translation>
    </message>
    <message>
        <source>Send to another token&apos;s URL.</source>
        <translation>An die URL eines anderen Tokens senden.</translation>
    </message>
    <message>
        <source>Sign with a timestamp ten minutes old (Standard Webhooks).</source>
        <translation>Mit einem zehn Minuten alten Zeitstempel signieren (Standard Webhooks).</translation>
    </message>
    <message>
        <source>Pad the body beyond 1 MiB.</source>
        <translation>Den Body über 1 MiB hinaus auffüllen.</translation>
    </message>
    <message>
        <source>Do not mark the request as a test: its donation counts in reports.</source>
        <translation>Die Anfrage nicht als Test markieren: Ihre Spende zählt in Berichten.</translation>
    </message>
    <message>
        <source>Send N requests (each its own donation) and print throughput and latency.</source>
        <translation>N Anfragen senden (jede mit eigener Spende) und Durchsatz und Latenz ausgeben.</translation>
    </message>
    <message>
        <source>Requests under way at once with --count (default 8).</source>
        <translation>Gleichzeitig laufende Anfragen mit --count (Standard 8).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 15).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Standard 15).</translation>
    </message>
    <message>
        <source>Print the request as sent (headers and body) to standard error.</source>
        <translation>Die Anfrage wie gesendet (Header und Body) auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Print the answer as one JSON object.</source>
        <translation>Die Antwort als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>List the sample events and exit.</source>
        <translation>Die Beispielereignisse auflisten und beenden.</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from 1 to %2, got &apos;%3&apos;</source>
        <translation>--%1: ganze Zahl von 1 bis %2 erwartet, erhalten: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--variant: expected a whole number, got &apos;%1&apos;</source>
        <translation>--variant: ganze Zahl erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>choose one way to break the request, not %1</source>
        <translation>wählen Sie nur eine Art, die Anfrage zu verfälschen, nicht %1</translation>
    </message>
    <message>
        <source>--provider %1 does not match the endpoint, a %2 endpoint</source>
        <translation>--provider %1 passt nicht zum Endpunkt, einem %2-Endpunkt</translation>
    </message>
    <message>
        <source>--provider is required (or --endpoint)</source>
        <translation>--provider ist erforderlich (oder --endpoint)</translation>
    </message>
    <message>
        <source>--url is required (or --endpoint)</source>
        <translation>--url ist erforderlich (oder --endpoint)</translation>
    </message>
    <message>
        <source>--url: expected an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>--url: http://- oder https://-URL erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no sample events for %1</source>
        <translation>keine Beispielereignisse für %1</translation>
    </message>
    <message>
        <source>--event: %1 has no sample &apos;%2&apos; (one of: %3)</source>
        <translation>--event: %1 hat kein Beispiel &apos;%2&apos; (eines von: %3)</translation>
    </message>
    <message>
        <source>--set: expected PATH=VALUE, got &apos;%1&apos;</source>
        <translation>--set: PATH=VALUE erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no answer from %1 (%2): %3</source>
        <translation>keine Antwort von %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 of %2 not answered 2xx; first: %3</source>
        <translation>%1 von %2 nicht mit 2xx beantwortet; erste: %3</translation>
    </message>
    <message>
        <source>--listen: expected [IPv6]:PORT, got &apos;%1&apos;</source>
        <translation>--listen: [IPv6]:PORT erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT, got &apos;%1&apos;</source>
        <translation>--listen: HOST:PORT erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not a port number (0-65535)</source>
        <translation>--listen: &apos;%1&apos; ist keine Portnummer (0-65535)</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an IP address</source>
        <translation>--listen: &apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>Address and port to listen on (default: 127.0.0.1:8787; port 0 picks a free one).</source>
        <translation>Adresse und Port für den Empfang (Standard: 127.0.0.1:8787; Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Largest request body accepted, in bytes (default: 1048576).</source>
        <translation>Größter angenommener Anfrage-Body in Byte (Standard: 1048576).</translation>
    </message>
    <message>
        <source>--max-body: expected a size in bytes between 1024 and 268435456, got &apos;%1&apos;</source>
        <translation>--max-body: Größe in Byte zwischen 1024 und 268435456 erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Use this language (en, de, fr, es) instead of the settings&apos; choice.</source>
        <translation>Diese Sprache (en, de, fr, es) statt der in den Einstellungen gewählten verwenden.</translation>
    </message>
    <message>
        <source>--language: &apos;%1&apos; is not one of en, de, fr, es</source>
        <translation>--language: &apos;%1&apos; ist keine von en, de, fr, es</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>no data for %1 s</source>
        <translation>keine Daten seit %1 s</translation>
    </message>
    <message>
        <source>the request was not complete within %1 s</source>
        <translation>die Anfrage war nicht innerhalb von %1 s vollständig</translation>
    </message>
    <message>
        <source>too many connections: the listener allows %1 at once</source>
        <translation>zu viele Verbindungen: Der Empfänger erlaubt %1 gleichzeitig</translation>
    </message>
    <message>
        <source>too many connections from %1: at most %2 at once</source>
        <translation>zu viele Verbindungen von %1: höchstens %2 gleichzeitig</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1</source>
        <translation>Zugriffsrechte von %1 können nicht eingeschränkt werden</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>%1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>empty amount</source>
        <translation>leerer Betrag</translation>
    </message>
    <message>
        <source>more than one decimal point in &quot;%1&quot;</source>
        <translation>mehr als ein Dezimaltrennzeichen in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>&quot;%1&quot; ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 digits</source>
        <translation>&quot;%1&quot; hat mehr als %2 Ziffern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty exponent</source>
        <translation>&quot;%1&quot; hat einen leeren Exponenten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>&quot;%1&quot; liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many decimal places</source>
        <translation>&quot;%1&quot; hat zu viele Nachkommastellen</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places</source>
        <translation>%1 hat mehr als %2 Nachkommastellen</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; exists with provider %2; rename it to add demo data</source>
        <translation>Endpunkt &quot;%1&quot; existiert bereits mit Anbieter %2; benennen Sie ihn um, um Demodaten hinzuzufügen</translation>
    </message>
    <message>
        <source>cannot create endpoint &quot;%1&quot;: %2</source>
        <translation>Endpunkt &quot;%1&quot; kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>count must be between 1 and %1, not %2</source>
        <translation>die Anzahl muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>no time given to generate data up to</source>
        <translation>kein Zeitpunkt angegeben, bis zu dem Daten erzeugt werden sollen</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>processing failed: %1</source>
        <translation>Verarbeitung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Spring appeal widget</source>
        <translation>Widget Frühjahrsaufruf</translation>
    </message>
    <message>
        <source>Peer-to-peer events</source>
        <translation>Peer-to-Peer-Aktionen</translation>
    </message>
    <message>
        <source>Year-end giving page</source>
        <translation>Spendenseite zum Jahresende</translation>
    </message>
    <message>
        <source>Crypto checkout</source>
        <translation>Krypto-Checkout</translation>
    </message>
    <message>
        <source>Online donations</source>
        <translation>Online-Spenden</translation>
    </message>
    <message>
        <source>Monthly givers</source>
        <translation>Monatliche Spender</translation>
    </message>
    <message>
        <source>Gala %1 tickets</source>
        <translation>Tickets Gala %1</translation>
    </message>
    <message>
        <source>Chapter renewals</source>
        <translation>Mitgliedsverlängerungen Ortsgruppen</translation>
    </message>
    <message>
        <source>Synagogue campaigns</source>
        <translation>Synagogen-Kampagnen</translation>
    </message>
    <message>
        <source>Partner payroll giving</source>
        <translation>Gehaltsspenden über Partner</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>--screenshot-size: expected WIDTHxHEIGHT such as 1280x800, got &apos;%1&apos;</source>
        <translation>--screenshot-size: WIDTHxHEIGHT wie 1280x800 erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the user interface failed to load: %1</source>
        <translation>die Benutzeroberfläche konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>views did not finish loading: %1</source>
        <translation>Ansichten wurden nicht fertig geladen: %1</translation>
    </message>
    <message>
        <source>QML reported problems: %1</source>
        <translation>QML hat Probleme gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>DonaryAdapter</name>
    <message>
        <source>In Donary&apos;s enterprise settings, paste this same URL into all four webhook endpoints (payment, payment status, pledge, schedule) so that charges, voids and schedule first payments meet. Donary does not sign requests: the URL is the secret; restrict senders with an address allow-list if you can.</source>
        <translation>Fügen Sie in den Enterprise-Einstellungen von Donary dieselbe URL in alle vier Webhook-Endpunkte ein (payment, payment status, pledge, schedule), damit Abbuchungen, Stornierungen und erste Zahlungen von Zahlungsplänen zusammengeführt werden. Donary signiert Anfragen nicht: Die URL ist der Geheimschlüssel; beschränken Sie die Absender nach Möglichkeit mit einer Adress-Zulassungsliste.</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>cannot tell which Donary webhook this is: expected scheduleUniqueID, pledgeNumber or paymentNumber</source>
        <translation>nicht erkennbar, um welchen Donary-Webhook es sich handelt: scheduleUniqueID, pledgeNumber oder paymentNumber erwartet</translation>
    </message>
    <message>
        <source>paymentNumber missing</source>
        <translation>paymentNumber fehlt</translation>
    </message>
    <message>
        <source>paymentStatus missing</source>
        <translation>paymentStatus fehlt</translation>
    </message>
    <message>
        <source>pledgeNumber missing</source>
        <translation>pledgeNumber fehlt</translation>
    </message>
    <message>
        <source>currency missing and the endpoint has no currency set</source>
        <translation>Währung fehlt, und für den Endpunkt ist keine Währung festgelegt</translation>
    </message>
    <message>
        <source>scheduleUniqueID missing</source>
        <translation>scheduleUniqueID fehlt</translation>
    </message>
    <message>
        <source>firstPayment: %1</source>
        <translation>firstPayment: %1</translation>
    </message>
    <message>
        <source>unknown Donary event setting &quot;%1&quot;</source>
        <translation>unbekannte Donary-Ereigniseinstellung &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DonationCharts</name>
    <message>
        <source>the database cannot be read</source>
        <translation>die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Other endpoints</source>
        <translation>Andere Endpunkte</translation>
    </message>
</context>
<context>
    <name>DonationDetail</name>
    <message>
        <source>the database cannot be read</source>
        <translation>die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the donation</source>
        <translation>
            <numerusform>%n Tag nach der Spende</numerusform>
            <numerusform>%n Tage nach der Spende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the donation (set by the donation)</source>
        <translation>
            <numerusform>%n Tag nach der Spende (von der Spende festgelegt)</numerusform>
            <numerusform>%n Tage nach der Spende (von der Spende festgelegt)</numerusform>
        </translation>
    </message>
    <message>
        <source>fixed date %1</source>
        <translation>festes Datum %1</translation>
    </message>
    <message>
        <source>Donation id</source>
        <translation>Spenden-ID</translation>
    </message>
    <message>
        <source>Provider&apos;s id</source>
        <translation>ID beim Anbieter</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provider&apos;s status</source>
        <translation>Status beim Anbieter</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Amount as sent</source>
        <translation>Betrag wie gesendet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Spender</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>Gespendet</translation>
    </message>
    <message>
        <source>Record rule</source>
        <translation>Stichtagsregel</translation>
    </message>
    <message>
        <source>Record date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Record state now</source>
        <translation>Stichtagsstatus jetzt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Rückgebucht</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status seit</translation>
    </message>
    <message>
        <source>First stored</source>
        <translation>Zuerst gespeichert</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Test event</source>
        <translation>Testereignis</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
</context>
<context>
    <name>DonationDetailPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Donation not found</source>
        <translation>Spende nicht gefunden</translation>
    </message>
    <message>
        <source>Anonymous donor</source>
        <translation>Anonymer Spender</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the donation</source>
        <translation>Spende schließen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Details from the provider</source>
        <translation>Details vom Anbieter</translation>
    </message>
    <message>
        <source>Copy all fields</source>
        <translation>Alle Felder kopieren</translation>
    </message>
    <message>
        <source>redelivery</source>
        <translation>erneute Zustellung</translation>
    </message>
    <message>
        <source>created as</source>
        <translation>angelegt als</translation>
    </message>
    <message>
        <source>provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Kein Verlauf</translation>
    </message>
    <message>
        <source>Every request that changes this donation will be listed here.</source>
        <translation>Jede Anfrage, die diese Spende ändert, wird hier aufgeführt.</translation>
    </message>
    <message>
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <source>(redelivery)</source>
        <translation>(erneute Zustellung)</translation>
    </message>
    <message>
        <source>%1 %2 from %3 at %4 · %5 bytes, %6 · stored request %7</source>
        <translation>%1 %2 von %3 am %4 · %5 Byte, %6 · gespeicherte Anfrage %7</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Anfrage wird geladen…</translation>
    </message>
    <message>
        <source>No request to show</source>
        <translation>Keine Anfrage anzuzeigen</translation>
    </message>
    <message>
        <source>Raw request erased on %1 (%2)</source>
        <translation>Rohanfrage gelöscht am %1 (%2)</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>donor erasure</source>
        <translation>Spenderlöschung</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Copy headers</source>
        <translation>Header kopieren</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>(shortened here; the copy is complete)</source>
        <translation>(hier gekürzt; die Kopie ist vollständig)</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Body kopieren</translation>
    </message>
    <message>
        <source>Copies the body exactly as it arrived</source>
        <translation>Kopiert den Body genau so, wie er eingegangen ist</translation>
    </message>
</context>
<context>
    <name>DonationExportDialog</name>
    <message>
        <source>Export complete</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exporting donations…</source>
        <translation>Spenden werden exportiert…</translation>
    </message>
    <message>
        <source>%L1 of %L2 donations written</source>
        <translation>%L1 von %L2 Spenden geschrieben</translation>
    </message>
    <message>
        <source>Counting the donations…</source>
        <translation>Spenden werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donation(s) written.</source>
        <translation>
            <numerusform>%Ln Spende geschrieben.</numerusform>
            <numerusform>%Ln Spenden geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DonationFilterBar</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Donor, email or id (Ctrl+F)</source>
        <translation>Spender, E-Mail oder ID (Strg+F)</translation>
    </message>
    <message>
        <source>Search donor names, emails and the provider&apos;s ids</source>
        <translation>Spendernamen, E-Mail-Adressen und IDs des Anbieters durchsuchen</translation>
    </message>
    <message>
        <source>Donation dates, in your time zone</source>
        <translation>Spendendatum, in Ihrer Zeitzone</translation>
    </message>
    <message>
        <source>from yyyy-mm-dd</source>
        <translation>von yyyy-mm-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>to yyyy-mm-dd</source>
        <translation>bis yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record state</source>
        <translation>Stichtagsstatus</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Test events</source>
        <translation>Testereignisse</translation>
    </message>
    <message>
        <source>Include the donations of test events (sent by the test sender), which reports leave out</source>
        <translation>Spenden von Testereignissen (vom Testsender gesendet) einbeziehen, die in Berichten ausgelassen werden</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>DonationFilterMenu</name>
    <message>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chosen</source>
        <translation>
            <numerusform>%1: %n ausgewählt</numerusform>
            <numerusform>%1: %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to choose yet</source>
        <translation>Noch nichts zur Auswahl</translation>
    </message>
    <message>
        <source>All (no filter)</source>
        <translation>Alle (kein Filter)</translation>
    </message>
</context>
<context>
    <name>DonationFilterObject</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>dieser Monat</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>letzter Monat</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>matching &quot;%1&quot;</source>
        <translation>passend zu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>with test events</source>
        <translation>mit Testereignissen</translation>
    </message>
    <message>
        <source>all donations</source>
        <translation>alle Spenden</translation>
    </message>
</context>
<context>
    <name>DonationPages</name>
    <message>
        <source>the database cannot be read</source>
        <translation>die Datenbank kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>DonationProcessor</name>
    <message>
        <source>erased before it was processed</source>
        <translation>gelöscht, bevor sie verarbeitet wurde</translation>
    </message>
    <message>
        <source>endpoint %1 or its provider no longer exists</source>
        <translation>Endpunkt %1 oder sein Anbieter existiert nicht mehr</translation>
    </message>
    <message>
        <source>redelivery of an event already applied</source>
        <translation>erneute Zustellung eines bereits angewendeten Ereignisses</translation>
    </message>
</context>
<context>
    <name>DonationTable</name>
    <message>
        <source>Sort by %1; click again to reverse. Drag the edge to resize.</source>
        <translation>Nach %1 sortieren; erneut klicken zum Umkehren. Rand ziehen, um die Breite zu ändern.</translation>
    </message>
</context>
<context>
    <name>DonationTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Spender</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record state</source>
        <translation>Stichtagsstatus</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
</context>
<context>
    <name>DonationsView</name>
    <message>
        <source>Donations</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln Spende</numerusform>
            <numerusform>%Ln Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %L1+ donations, counting…</source>
        <translation>≈ %L1+ Spenden, wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n new — refresh</source>
        <translation>
            <numerusform>%n neue – aktualisieren</numerusform>
            <numerusform>%n neue – aktualisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>New donations arrived; the table shows what was there when it loaded</source>
        <translation>Neue Spenden sind eingegangen; die Tabelle zeigt den Stand beim Laden</translation>
    </message>
    <message>
        <source>Exporting… %1%</source>
        <translation>Export läuft… %1%</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the donations shown as CSV (Ctrl+E)</source>
        <translation>Angezeigte Spenden als CSV speichern (Strg+E)</translation>
    </message>
    <message>
        <source>The donations could not be read: %1</source>
        <translation>Die Spenden konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No donations match these filters</source>
        <translation>Keine Spenden entsprechen diesen Filtern</translation>
    </message>
    <message>
        <source>No donations yet</source>
        <translation>Noch keine Spenden</translation>
    </message>
    <message>
        <source>Change or clear the filters above.</source>
        <translation>Ändern Sie die Filter oben oder setzen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Donations appear here as webhooks arrive. Set up an endpoint in Endpoints (Ctrl+5).</source>
        <translation>Spenden erscheinen hier, sobald Webhooks eingehen. Richten Sie unter „Endpunkte“ (Strg+5) einen Endpunkt ein.</translation>
    </message>
    <message>
        <source>Export donations as CSV</source>
        <translation>Spenden als CSV exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the file as:</source>
        <translation>Datei speichern unter:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DonorErasure</name>
    <message>
        <source>enter the donor&apos;s email address</source>
        <translation>Geben Sie die E-Mail-Adresse des Spenders ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (expected name@example.org)</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse (erwartet: name@example.org)</translation>
    </message>
</context>
<context>
    <name>DonorErasureDialog</name>
    <message>
        <source>Erase a donor&apos;s personal data</source>
        <translation>Personenbezogene Daten eines Spenders löschen</translation>
    </message>
    <message>
        <source>Their donations keep what the books need: amounts, currency, status, dates, campaign and ids. Their name, email and personal details are erased, and so are the headers and body of every stored or refused request that holds the address. This cannot be undone; backups keep what they hold.</source>
        <translation>Seine Spenden behalten, was die Buchhaltung braucht: Beträge, Währung, Status, Daten, Kampagne und IDs. Name, E-Mail-Adresse und persönliche Angaben werden gelöscht, ebenso Header und Body jeder gespeicherten oder abgelehnten Anfrage, die die Adresse enthält. Dies kann nicht rückgängig gemacht werden; Sicherungen behalten ihren Inhalt.</translation>
    </message>
    <message>
        <source>donor@example.org</source>
        <translation>spender@example.org</translation>
    </message>
    <message>
        <source>Donor&apos;s email address</source>
        <translation>E-Mail-Adresse des Spenders</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Searching every stored request…</source>
        <translation>Alle gespeicherten Anfragen werden durchsucht…</translation>
    </message>
    <message>
        <source>Erase it? Check the address first: this cannot be undone.</source>
        <translation>Löschen? Prüfen Sie zuerst die Adresse: Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DonorErasureJob</name>
    <message>
        <source>Nothing more holds %1: nothing was erased.</source>
        <translation>Nichts enthält %1 mehr: Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>No donation and no stored or refused request holds %1.</source>
        <translation>Keine Spende und keine gespeicherte oder abgelehnte Anfrage enthält %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n Spende</numerusform>
            <numerusform>%n Spenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored request(s)</source>
        <translation>
            <numerusform>%n gespeicherte Anfrage</numerusform>
            <numerusform>%n gespeicherte Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused request(s)</source>
        <translation>
            <numerusform>%n abgelehnte Anfrage</numerusform>
            <numerusform>%n abgelehnte Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased the personal data of %1: %2.</source>
        <translation>Personenbezogene Daten von %1 gelöscht: %2.</translation>
    </message>
    <message>
        <source>%1 is held by %2.</source>
        <translation>%1 ist enthalten in: %2.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>EndpointAddDialog</name>
    <message>
        <source>Endpoint created</source>
        <translation>Endpunkt angelegt</translation>
    </message>
    <message>
        <source>Add an endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>“%1” is ready. Give %2 this URL:</source>
        <translation>„%1“ ist bereit. Geben Sie %2 diese URL:</translation>
    </message>
    <message>
        <source>And this secret:</source>
        <translation>Und diesen Geheimschlüssel:</translation>
    </message>
    <message>
        <source>Both stay available in the endpoint&apos;s details.</source>
        <translation>Beide bleiben in den Details des Endpunkts verfügbar.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>EndpointAlarmMark</name>
    <message>
        <source>Silence alarm</source>
        <translation>Stille-Alarm</translation>
    </message>
</context>
<context>
    <name>EndpointChanges</name>
    <message>
        <source>--alarm-quiet: expected a duration such as 90m, 6h or 1h30m (0 or off: no alarm), got &apos;%1&apos;</source>
        <translation>--alarm-quiet: Dauer wie 90m, 6h oder 1h30m erwartet (0 oder off: kein Alarm), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected a duration such as 90m, 6h or 1h30m (empty or 0: no alarm), got &apos;%1&apos;.</source>
        <translation>Dauer wie 90m, 6h oder 1h30m erwartet (leer oder 0: kein Alarm), erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--alarm-quiet: at most 30 days (30d), got &apos;%1&apos;</source>
        <translation>--alarm-quiet: höchstens 30 Tage (30d), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>At most 30 days, got &apos;%1&apos;.</source>
        <translation>Höchstens 30 Tage, erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--alarm-window: expected HH:MM-HH:MM such as 08:00-22:00 (empty: all day), got &apos;%1&apos;</source>
        <translation>--alarm-window: HH:MM-HH:MM wie 08:00-22:00 erwartet (leer: ganztägig), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected two times as HH:MM, such as 08:00 and 22:00 (both empty: all day), got &apos;%1&apos;.</source>
        <translation>Zwei Uhrzeiten im Format HH:MM erwartet, z. B. 08:00 und 22:00 (beide leer: ganztägig), erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--alarm-window: &apos;%1&apos; starts and ends at the same time; leave it empty for all day</source>
        <translation>--alarm-window: &apos;%1&apos; beginnt und endet zur selben Zeit; für ganztägig leer lassen</translation>
    </message>
    <message>
        <source>It starts and ends at the same time: leave both empty for all day.</source>
        <translation>Beginn und Ende sind gleich: Lassen Sie für ganztägig beide Felder leer.</translation>
    </message>
    <message>
        <source>--alarm-signature-failures: expected a whole number from 0 (off) to %1, got &apos;%2&apos;</source>
        <translation>--alarm-signature-failures: ganze Zahl von 0 (aus) bis %1 erwartet, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Expected a whole number from 0 (off) to %1, got &apos;%2&apos;.</source>
        <translation>Ganze Zahl von 0 (aus) bis %1 erwartet, erhalten: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>use either --secret or --no-secret</source>
        <translation>verwenden Sie entweder --secret oder --no-secret</translation>
    </message>
    <message>
        <source>Use either a secret or no secret.</source>
        <translation>Verwenden Sie entweder einen Geheimschlüssel oder keinen.</translation>
    </message>
    <message>
        <source>--secret: %1 does not sign its webhooks; the URL is the secret (use --allow-from to restrict senders)</source>
        <translation>--secret: %1 signiert seine Webhooks nicht; die URL ist der Geheimschlüssel (mit --allow-from lassen sich Absender beschränken)</translation>
    </message>
    <message>
        <source>%1 does not sign its webhooks; the URL is the secret (restrict senders with the allow-list).</source>
        <translation>%1 signiert seine Webhooks nicht; die URL ist der Geheimschlüssel (beschränken Sie die Absender mit der Zulassungsliste).</translation>
    </message>
    <message>
        <source>--secret: empty; use --no-secret for none</source>
        <translation>--secret: leer; verwenden Sie --no-secret für keinen</translation>
    </message>
    <message>
        <source>Empty: choose no secret instead.</source>
        <translation>Leer: Wählen Sie stattdessen „Kein Geheimschlüssel“.</translation>
    </message>
    <message>
        <source>--no-secret: %1 endpoints check every request&apos;s signature and cannot work without a secret</source>
        <translation>--no-secret: %1-Endpunkte prüfen die Signatur jeder Anfrage und funktionieren nicht ohne Geheimschlüssel</translation>
    </message>
    <message>
        <source>%1 endpoints check every request&apos;s signature and cannot work without a secret.</source>
        <translation>%1-Endpunkte prüfen die Signatur jeder Anfrage und funktionieren nicht ohne Geheimschlüssel.</translation>
    </message>
    <message>
        <source>--currency: &apos;%1&apos; is not a currency code</source>
        <translation>--currency: &apos;%1&apos; ist kein Währungscode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code.</source>
        <translation>&apos;%1&apos; ist kein Währungscode.</translation>
    </message>
    <message>
        <source>--event: %1 endpoints have no event setting</source>
        <translation>--event: %1-Endpunkte haben keine Ereigniseinstellung</translation>
    </message>
    <message>
        <source>%1 endpoints have no event setting.</source>
        <translation>%1-Endpunkte haben keine Ereigniseinstellung.</translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is not one of %2</source>
        <translation>--event: &apos;%1&apos; ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2.</source>
        <translation>&apos;%1&apos; ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>--timezone: unknown zone &apos;%1&apos; (use an IANA name such as America/New_York)</source>
        <translation>--timezone: unbekannte Zeitzone &apos;%1&apos; (verwenden Sie einen IANA-Namen wie America/New_York)</translation>
    </message>
    <message>
        <source>Unknown zone &apos;%1&apos;: use an IANA name such as America/New_York.</source>
        <translation>Unbekannte Zeitzone &apos;%1&apos;: Verwenden Sie einen IANA-Namen wie America/New_York.</translation>
    </message>
    <message>
        <source>--allow-from: &apos;%1&apos; is not an address or CIDR range</source>
        <translation>--allow-from: &apos;%1&apos; ist weder eine Adresse noch ein CIDR-Bereich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address or CIDR range.</source>
        <translation>&apos;%1&apos; ist weder eine Adresse noch ein CIDR-Bereich.</translation>
    </message>
    <message>
        <source>use either --record-delay or --record-date, not both</source>
        <translation>verwenden Sie entweder --record-delay oder --record-date, nicht beides</translation>
    </message>
    <message>
        <source>Use either a delay or a date, not both.</source>
        <translation>Verwenden Sie entweder eine Anzahl Tage oder ein Datum, nicht beides.</translation>
    </message>
    <message>
        <source>--record-delay: expected a whole number of days from 0 to %1, got &apos;%2&apos;</source>
        <translation>--record-delay: ganze Zahl von Tagen von 0 bis %1 erwartet, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Expected a whole number of days from 0 to %1, got &apos;%2&apos;.</source>
        <translation>Ganze Zahl von Tagen von 0 bis %1 erwartet, erhalten: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--record-date: expected a date as YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation>--record-date: Datum im Format YYYY-MM-DD erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD, got &apos;%1&apos;.</source>
        <translation>Datum im Format YYYY-MM-DD erwartet, erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--currency is required for %1 endpoints: its payloads carry no currency</source>
        <translation>--currency ist für %1-Endpunkte erforderlich: Ihre Nutzdaten enthalten keine Währung</translation>
    </message>
    <message>
        <source>Required for %1 endpoints: their payloads carry no currency.</source>
        <translation>Erforderlich für %1-Endpunkte: Ihre Nutzdaten enthalten keine Währung.</translation>
    </message>
    <message>
        <source>use only one of --secret, --new-secret and --no-secret</source>
        <translation>verwenden Sie nur eine der Optionen --secret, --new-secret und --no-secret</translation>
    </message>
    <message>
        <source>Use only one of a given secret, a new secret and no secret.</source>
        <translation>Wählen Sie nur eines: einen angegebenen Geheimschlüssel, einen neuen Geheimschlüssel oder keinen.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist erforderlich</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>--name: at most %1 characters</source>
        <translation>--name: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>--name: 1 to %1 characters</source>
        <translation>--name: 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>1 to %1 characters.</source>
        <translation>1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>--new-secret: %1 endpoints have no generated secret; pass --secret</source>
        <translation>--new-secret: %1-Endpunkte haben keinen erzeugten Geheimschlüssel; übergeben Sie --secret</translation>
    </message>
    <message>
        <source>%1 endpoints have no generated secret: enter the provider&apos;s.</source>
        <translation>%1-Endpunkte haben keinen erzeugten Geheimschlüssel: Geben Sie den des Anbieters ein.</translation>
    </message>
</context>
<context>
    <name>EndpointCommand</name>
    <message numerus="yes">
        <source>record date %n day(s) after the donation</source>
        <translation>
            <numerusform>Stichtag %n Tag nach der Spende</numerusform>
            <numerusform>Stichtag %n Tage nach der Spende</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>EndpointDetail</name>
    <message>
        <source>Accepting requests</source>
        <translation>Nimmt Anfragen an</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>A disabled endpoint answers 404, as if its URL did not exist; nothing it sent is lost.</source>
        <translation>Ein deaktivierter Endpunkt antwortet mit 404, als gäbe es seine URL nicht; bereits Eingegangenes geht nicht verloren.</translation>
    </message>
    <message>
        <source>Requests are failing their signature check</source>
        <translation>Anfragen bestehen die Signaturprüfung nicht</translation>
    </message>
    <message>
        <source>This endpoint has gone quiet</source>
        <translation>Dieser Endpunkt ist verstummt</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>dem Anbieter</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>This address works on this computer only. For a provider on the internet, set the public base URL of your reverse proxy or tunnel in Settings.</source>
        <translation>Diese Adresse funktioniert nur auf diesem Computer. Für einen Anbieter im Internet legen Sie in den Einstellungen die öffentliche Basis-URL Ihres Reverse Proxys oder Tunnels fest.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimschlüssel</translation>
    </message>
    <message>
        <source>%1 does not sign its requests: the URL is the secret. Keep it private, and restrict senders with the allow-list below if you can.</source>
        <translation>%1 signiert seine Anfragen nicht: Die URL ist der Geheimschlüssel. Halten Sie sie geheim und beschränken Sie die Absender nach Möglichkeit mit der Zulassungsliste unten.</translation>
    </message>
    <message>
        <source>No secret: every request will be refused until one is set.</source>
        <translation>Kein Geheimschlüssel: Jede Anfrage wird abgelehnt, bis einer festgelegt ist.</translation>
    </message>
    <message>
        <source>No secret: the URL alone admits requests.</source>
        <translation>Kein Geheimschlüssel: Die URL allein lässt Anfragen zu.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Neu erzeugen…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Festlegen…</translation>
    </message>
    <message>
        <source>Round-trip check</source>
        <translation>Ende-zu-Ende-Prüfung</translation>
    </message>
    <message>
        <source>Sends a signed test event to %1 through your proxy or tunnel, and checks that it arrives here intact. Test events stay out of reports.</source>
        <translation>Sendet ein signiertes Testereignis über Ihren Proxy oder Tunnel an %1 und prüft, ob es hier unverändert ankommt. Testereignisse werden in Berichten nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Sends a signed test event to %1 and checks that it arrives intact. With a public URL set in Settings, the check goes through your proxy or tunnel. Test events stay out of reports.</source>
        <translation>Sendet ein signiertes Testereignis an %1 und prüft, ob es unverändert ankommt. Ist in den Einstellungen eine öffentliche URL festgelegt, läuft die Prüfung über Ihren Proxy oder Tunnel. Testereignisse werden in Berichten nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check round trip</source>
        <translation>Ende-zu-Ende prüfen</translation>
    </message>
    <message>
        <source>Answered; looking for it among the arrivals…</source>
        <translation>Beantwortet; wird unter den Eingängen gesucht…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Requests today</source>
        <translation>Anfragen heute</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Letzte Anfrage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Silence alarm</source>
        <translation>Stille-Alarm</translation>
    </message>
    <message>
        <source>Off: set one in the settings</source>
        <translation>Aus: in den Einstellungen einrichten</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>URL and removal</source>
        <translation>URL und Entfernen</translation>
    </message>
    <message>
        <source>Give this endpoint a new URL, for instance when the current one may have leaked. The current URL stops working at once.</source>
        <translation>Geben Sie diesem Endpunkt eine neue URL, etwa wenn die aktuelle bekannt geworden sein könnte. Die aktuelle URL funktioniert ab sofort nicht mehr.</translation>
    </message>
    <message>
        <source>New URL…</source>
        <translation>Neue URL…</translation>
    </message>
    <message>
        <source>Remove this endpoint: its URL stops working; its donations and stored requests are kept.</source>
        <translation>Diesen Endpunkt entfernen: Seine URL funktioniert nicht mehr; seine Spenden und gespeicherten Anfragen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Regenerate the secret?</source>
        <translation>Geheimschlüssel neu erzeugen?</translation>
    </message>
    <message>
        <source>Requests signed with the current secret of “%1” are refused (401) from the moment the new one is made. Enter the new secret in %2 straight away.</source>
        <translation>Mit dem aktuellen Geheimschlüssel von „%1“ signierte Anfragen werden abgelehnt (401), sobald der neue erzeugt ist. Hinterlegen Sie den neuen Geheimschlüssel sofort bei %2.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Give it a new URL?</source>
        <translation>Neue URL vergeben?</translation>
    </message>
    <message>
        <source>The current URL of “%1” stops working at once (404). Give %2 the new URL, or its webhooks will be refused.</source>
        <translation>Die aktuelle URL von „%1“ funktioniert ab sofort nicht mehr (404). Teilen Sie %2 die neue URL mit, sonst werden die Webhooks abgelehnt.</translation>
    </message>
    <message>
        <source>New URL</source>
        <translation>Neue URL</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its URL stops accepting requests at once. Its donations and stored requests are kept: they stay in the views and in exports under its name.</source>
        <translation>Seine URL nimmt ab sofort keine Anfragen mehr an. Seine Spenden und gespeicherten Anfragen bleiben erhalten: Sie erscheinen weiterhin unter seinem Namen in den Ansichten und in Exporten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>A signing secret is generated for it.</source>
        <translation>Dafür wird ein Signaturschlüssel erzeugt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A widget, a campaign, a page…</source>
        <translation>Ein Widget, eine Kampagne, eine Seite…</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimschlüssel</translation>
    </message>
    <message>
        <source>Optional: the token or signing secret the provider shows</source>
        <translation>Optional: vom Anbieter angezeigtes Token oder Signaturschlüssel</translation>
    </message>
    <message>
        <source>Record date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Days after each donation:</source>
        <translation>Tage nach jeder Spende:</translation>
    </message>
    <message>
        <source>Days after each donation</source>
        <translation>Tage nach jeder Spende</translation>
    </message>
    <message>
        <source>Fixed date:</source>
        <translation>Festes Datum:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Fixed record date</source>
        <translation>Fester Stichtag</translation>
    </message>
    <message>
        <source>Donations count from this date, or from when they are made if later.</source>
        <translation>Spenden zählen ab diesem Datum oder ab dem Spendenzeitpunkt, falls dieser später liegt.</translation>
    </message>
    <message>
        <source>Donations count at once.</source>
        <translation>Spenden zählen sofort.</translation>
    </message>
    <message numerus="yes">
        <source>Each donation counts %n day(s) after it is made.</source>
        <translation>
            <numerusform>Jede Spende zählt %n Tag nach dem Spendenzeitpunkt.</numerusform>
            <numerusform>Jede Spende zählt %n Tage nach dem Spendenzeitpunkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Donations already received keep their record date.</source>
        <translation>Bereits eingegangene Spenden behalten ihren Stichtag.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Required, e.g. USD</source>
        <translation>Erforderlich, z. B. USD</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>z. B. USD</translation>
    </message>
    <message>
        <source>Required: %1 payloads carry no currency.</source>
        <translation>Erforderlich: %1-Nutzdaten enthalten keine Währung.</translation>
    </message>
    <message>
        <source>Used only when a payload names none.</source>
        <translation>Wird nur verwendet, wenn die Nutzdaten keine nennen.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Read from each request</source>
        <translation>Aus jeder Anfrage gelesen</translation>
    </message>
    <message>
        <source>Fix the event when this URL receives only one kind, as the provider&apos;s setup suggests.</source>
        <translation>Legen Sie das Ereignis fest, wenn diese URL nur eine Art empfängt, wie es die Einrichtung beim Anbieter vorsieht.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>For provider times written without an offset, e.g. America/New_York.</source>
        <translation>Für Zeitangaben des Anbieters ohne Offset, z. B. America/New_York.</translation>
    </message>
    <message>
        <source>Allowed senders</source>
        <translation>Zugelassene Absender</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Addresses or CIDR ranges, separated by commas, e.g. 203.0.113.0/24. Others are refused (403).</source>
        <translation>Adressen oder CIDR-Bereiche, durch Kommas getrennt, z. B. 203.0.113.0/24. Andere werden abgelehnt (403).</translation>
    </message>
    <message>
        <source>Silence alarm</source>
        <translation>Stille-Alarm</translation>
    </message>
    <message>
        <source>No donation for</source>
        <translation>Keine Spende seit</translation>
    </message>
    <message>
        <source>Off, e.g. 6h</source>
        <translation>Aus, z. B. 6h</translation>
    </message>
    <message>
        <source>Raise the alarm when no donation arrives for this long, e.g. 90m, 6h or 1h30m (test donations do not count; empty: off).</source>
        <translation>Alarm auslösen, wenn so lange keine Spende eingeht, z. B. 90m, 6h oder 1h30m (Testspenden zählen nicht; leer: aus).</translation>
    </message>
    <message>
        <source>Counted between</source>
        <translation>Gezählt zwischen</translation>
    </message>
    <message>
        <source>08:00</source>
        <translation>08:00</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt ab</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>22:00</source>
        <translation>22:00</translation>
    </message>
    <message>
        <source>Counted until</source>
        <translation>Gezählt bis</translation>
    </message>
    <message>
        <source>Quiet time counts only between these times of day, in the endpoint&apos;s time zone (this computer&apos;s when it has none); 22:00 and 06:00 spans the night. Both empty: all day.</source>
        <translation>Die Ruhezeit zählt nur zwischen diesen Tageszeiten, in der Zeitzone des Endpunkts (oder der dieses Computers, wenn keine festgelegt ist); 22:00 und 06:00 umfasst die Nacht. Beide leer: ganztägig.</translation>
    </message>
    <message>
        <source>Refused in a row</source>
        <translation>Abgelehnt in Folge</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Raise the alarm after this many requests in a row are refused for their signature or token (an accepted request starts the count again).</source>
        <translation>Alarm auslösen, nachdem so viele Anfragen in Folge wegen Signatur oder Token abgelehnt wurden (eine angenommene Anfrage setzt die Zählung zurück).</translation>
    </message>
</context>
<context>
    <name>EndpointListModel</name>
    <message>
        <source>Record date %1</source>
        <translation>Stichtag %1</translation>
    </message>
    <message>
        <source>Post-record at once</source>
        <translation>Stichtag: sofort</translation>
    </message>
    <message numerus="yes">
        <source>Record date %n day(s) after the donation</source>
        <translation>
            <numerusform>Stichtag %n Tag nach der Spende</numerusform>
            <numerusform>Stichtag %n Tage nach der Spende</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>Unbekannte Einstellung &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Choose a provider.</source>
        <translation>Wählen Sie einen Anbieter.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>In die Datenbank kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This endpoint no longer exists.</source>
        <translation>Dieser Endpunkt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This endpoint&apos;s provider &apos;%1&apos; is unknown to this version.</source>
        <translation>Der Anbieter &apos;%1&apos; dieses Endpunkts ist dieser Version unbekannt.</translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists.</source>
        <translation>Ein Endpunkt namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Another database was opened meanwhile.</source>
        <translation>Inzwischen wurde eine andere Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>EndpointRow</name>
    <message>
        <source>%1, silence alarm: %2</source>
        <translation>%1, Stille-Alarm: %2</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) today</source>
        <translation>
            <numerusform>%n Anfrage heute</numerusform>
            <numerusform>%n Anfragen heute</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>noch keine Anfragen</translation>
    </message>
</context>
<context>
    <name>EndpointSecretDialog</name>
    <message>
        <source>Secret of %1</source>
        <translation>Geheimschlüssel von %1</translation>
    </message>
    <message>
        <source>The provider must send the same secret: change it there too, or requests will be refused (401).</source>
        <translation>Der Anbieter muss denselben Geheimschlüssel senden: Ändern Sie ihn auch dort, sonst werden Anfragen abgelehnt (401).</translation>
    </message>
    <message>
        <source>Use this secret:</source>
        <translation>Diesen Geheimschlüssel verwenden:</translation>
    </message>
    <message>
        <source>Paste the token or secret</source>
        <translation>Token oder Geheimschlüssel einfügen</translation>
    </message>
    <message>
        <source>No secret: the URL alone admits requests</source>
        <translation>Kein Geheimschlüssel: Die URL allein lässt Anfragen zu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>endpoint %1 does not exist</source>
        <translation>Endpunkt %1 existiert nicht</translation>
    </message>
    <message>
        <source>an endpoint named &quot;%1&quot; already exists</source>
        <translation>ein Endpunkt namens &quot;%1&quot; existiert bereits</translation>
    </message>
</context>
<context>
    <name>EndpointsView</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>the URLs providers send donations to</source>
        <translation>die URLs, an die Anbieter Spenden senden</translation>
    </message>
    <message>
        <source>Add endpoint…</source>
        <translation>Endpunkt hinzufügen…</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Set up your first endpoint</source>
        <translation>Richten Sie Ihren ersten Endpunkt ein</translation>
    </message>
    <message>
        <source>Choose an endpoint</source>
        <translation>Wählen Sie einen Endpunkt</translation>
    </message>
    <message>
        <source>Add one for each widget, form or account that sends donations: Donation Desk shows the URL (and secret) to enter in the provider&apos;s settings.</source>
        <translation>Legen Sie einen für jedes Widget, Formular oder Konto an, das Spenden sendet: Donation Desk zeigt die URL (und den Geheimschlüssel), die Sie in den Einstellungen des Anbieters eintragen.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the database cannot be read</source>
        <translation>die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>partially paid</source>
        <translation>teilweise bezahlt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>partially refunded</source>
        <translation>teilweise erstattet</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>annulliert</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>pre-record</source>
        <translation>vor Stichtag</translation>
    </message>
    <message>
        <source>post-record</source>
        <translation>nach Stichtag</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>rückgebucht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>GivecloudAdapter</name>
    <message>
        <source>In Givecloud: Settings &gt; Webhooks &gt; Add webhook. Paste this URL, choose the contribution events, and enter this endpoint&apos;s secret; Givecloud then signs each request with X-Givecloud-Signature (HMAC-SHA1 of the body).</source>
        <translation>In Givecloud: Settings &gt; Webhooks &gt; Add webhook. Fügen Sie diese URL ein, wählen Sie die Contribution-Ereignisse und geben Sie den Geheimschlüssel dieses Endpunkts ein; Givecloud signiert dann jede Anfrage mit X-Givecloud-Signature (HMAC-SHA1 des Body).</translation>
    </message>
    <message>
        <source>%1 carries no donation</source>
        <translation>%1 enthält keine Spende</translation>
    </message>
    <message>
        <source>unknown Givecloud event &quot;%1&quot;; expected contribution_paid, contributions_paid or contribution_refunded</source>
        <translation>unbekanntes Givecloud-Ereignis &quot;%1&quot;; erwartet: contribution_paid, contributions_paid oder contribution_refunded</translation>
    </message>
    <message>
        <source>contribution %1: %2</source>
        <translation>Zuwendung %1: %2</translation>
    </message>
    <message>
        <source>contribution &quot;id&quot; missing</source>
        <translation>&quot;id&quot; der Zuwendung fehlt</translation>
    </message>
    <message>
        <source>&quot;total_amount&quot; missing</source>
        <translation>&quot;total_amount&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;currency&quot; missing and the endpoint has no currency set</source>
        <translation>&quot;currency&quot; fehlt, und für den Endpunkt ist keine Währung festgelegt</translation>
    </message>
    <message>
        <source>one of %1 contributions in a recurring batch</source>
        <translation>eine von %1 Zuwendungen in einem wiederkehrenden Stapel</translation>
    </message>
    <message>
        <source>empty contribution batch</source>
        <translation>leerer Zuwendungsstapel</translation>
    </message>
</context>
<context>
    <name>HttpFraming</name>
    <message>
        <source>the header block exceeds %1 bytes</source>
        <translation>der Header-Block überschreitet %1 Byte</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>mehr als %1 Header-Felder</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <source>only HTTP/1.1 and HTTP/1.0 are supported</source>
        <translation>nur HTTP/1.1 und HTTP/1.0 werden unterstützt</translation>
    </message>
    <message>
        <source>obsolete header line folding is not accepted</source>
        <translation>veraltete Header-Zeilenfaltung wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>malformed header line %1</source>
        <translation>fehlerhafte Header-Zeile %1</translation>
    </message>
    <message>
        <source>duplicate Content-Length header</source>
        <translation>doppelter Content-Length-Header</translation>
    </message>
    <message>
        <source>invalid Content-Length &quot;%1&quot;</source>
        <translation>ungültige Content-Length &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only &quot;Expect: 100-continue&quot; is supported</source>
        <translation>nur &quot;Expect: 100-continue&quot; wird unterstützt</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length were sent</source>
        <translation>sowohl Transfer-Encoding als auch Content-Length wurden gesendet</translation>
    </message>
    <message>
        <source>chunked (Transfer-Encoding) bodies are not accepted: send the body with a Content-Length</source>
        <translation>Chunked-Bodys (Transfer-Encoding) werden nicht akzeptiert: Senden Sie den Body mit Content-Length</translation>
    </message>
    <message>
        <source>Content-Length is required</source>
        <translation>Content-Length ist erforderlich</translation>
    </message>
    <message>
        <source>the body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>der Body mit %1 Byte überschreitet das Limit von %2 Byte</translation>
    </message>
</context>
<context>
    <name>InboxWriter</name>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>InqudAdapter</name>
    <message>
        <source>In Inqud: Crypto widgets &gt; your widget &gt; Webhooks &gt; Checkout webhook &gt; Add. Paste this URL as the webhook link and this endpoint&apos;s secret as the webhook secret; Inqud then signs each request with X-Payload-Digest (HMAC-SHA1 of the body).</source>
        <translation>In Inqud: Crypto widgets &gt; Ihr Widget &gt; Webhooks &gt; Checkout webhook &gt; Add. Fügen Sie diese URL als Webhook-Link und den Geheimschlüssel dieses Endpunkts als Webhook-Secret ein; Inqud signiert dann jede Anfrage mit X-Payload-Digest (HMAC-SHA1 des Body).</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>checkout &quot;id&quot; missing</source>
        <translation>&quot;id&quot; des Checkouts fehlt</translation>
    </message>
    <message>
        <source>checkout &quot;status&quot; missing</source>
        <translation>&quot;status&quot; des Checkouts fehlt</translation>
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
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>everything the listener saw, accepted or refused</source>
        <translation>alles, was der Empfänger gesehen hat, angenommen oder abgelehnt</translation>
    </message>
    <message>
        <source>%1+ requests</source>
        <translation>%1+ Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprocess this endpoint&apos;s dead letters</source>
        <translation>Klärfälle dieses Endpunkts erneut verarbeiten</translation>
    </message>
    <message>
        <source>Reprocess dead letters</source>
        <translation>Klärfälle erneut verarbeiten</translation>
    </message>
    <message>
        <source>After fixing the endpoint&apos;s settings (a missing currency, say): run its dead letters through the processor again</source>
        <translation>Nach Korrektur der Endpunkt-Einstellungen (etwa einer fehlenden Währung): seine Klärfälle erneut verarbeiten</translation>
    </message>
    <message>
        <source>Run a time window again…</source>
        <translation>Zeitfenster erneut verarbeiten…</translation>
    </message>
    <message>
        <source>Run every stored request of an endpoint received in a time window through the processor again; nothing is counted twice</source>
        <translation>Alle gespeicherten Anfragen eines Endpunkts aus einem Zeitfenster erneut verarbeiten; nichts wird doppelt gezählt</translation>
    </message>
    <message>
        <source>Show new requests</source>
        <translation>Neue Anfragen anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Search headers and bodies (Ctrl+F)</source>
        <translation>Header und Bodys durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>· %n donation(s)</source>
        <translation>
            <numerusform>· %n Spende</numerusform>
            <numerusform>· %n Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation>kein Endpunkt</translation>
    </message>
    <message>
        <source>No request matches</source>
        <translation>Keine passende Anfrage</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <source>Change the filters above.</source>
        <translation>Ändern Sie die Filter oben.</translation>
    </message>
    <message>
        <source>Requests appear here as providers (or the test sender) send them.</source>
        <translation>Anfragen erscheinen hier, sobald Anbieter (oder der Testsender) sie senden.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut verarbeiten</translation>
    </message>
    <message>
        <source>Its raw bytes were erased: there is nothing left to run again</source>
        <translation>Die Rohdaten wurden gelöscht: Es gibt nichts mehr zu verarbeiten</translation>
    </message>
    <message>
        <source>Run this stored request through the processor again: what it says is applied once, never twice</source>
        <translation>Diese gespeicherte Anfrage erneut verarbeiten: Ihr Inhalt wird einmal angewendet, nie doppelt</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>A curl command that sends the same headers and body to the local listener again</source>
        <translation>Ein curl-Befehl, der dieselben Header und denselben Body erneut an den lokalen Empfänger sendet</translation>
    </message>
    <message>
        <source>Its headers and body are gone; when and why it was refused stays.</source>
        <translation>Header und Body sind gelöscht; wann und warum die Anfrage abgelehnt wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Its headers and body are gone; the donations it created or changed stay, with their amounts and ids.</source>
        <translation>Header und Body sind gelöscht; die Spenden, die sie angelegt oder geändert hat, bleiben mit Beträgen und IDs erhalten.</translation>
    </message>
    <message>
        <source>Stored, but it could not be read into a donation. Fix the endpoint&apos;s settings, then run &apos;donationdesk reprocess&apos;.</source>
        <translation>Gespeichert, konnte aber nicht als Spende gelesen werden. Korrigieren Sie die Einstellungen des Endpunkts und führen Sie dann &apos;donationdesk reprocess&apos; aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s) just before this one were not logged (rate limit).</source>
        <translation>
            <numerusform>%n Ablehnung direkt vor dieser wurde nicht protokolliert (Ratenbegrenzung).</numerusform>
            <numerusform>%n Ablehnungen direkt vor dieser wurden nicht protokolliert (Ratenbegrenzung).</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>none (unknown URL)</source>
        <translation>keiner (unbekannte URL)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>raw bytes erased</source>
        <translation>Rohdaten gelöscht</translation>
    </message>
    <message>
        <source>Donations it created or changed</source>
        <translation>Angelegte oder geänderte Spenden</translation>
    </message>
    <message>
        <source>Waiting for the processor…</source>
        <translation>Warten auf die Verarbeitung…</translation>
    </message>
    <message>
        <source>None: a valid event that carries no donation.</source>
        <translation>Keine: ein gültiges Ereignis ohne Spende.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>redelivery, no change</source>
        <translation>erneute Zustellung, keine Änderung</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body (the first %1 kept)</source>
        <translation>Body (die ersten %1 aufbewahrt)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Wie empfangen</translation>
    </message>
    <message>
        <source>Run a time window again</source>
        <translation>Zeitfenster erneut verarbeiten</translation>
    </message>
    <message>
        <source>Every stored request received in the window goes through the processor again, as after a change of the endpoint&apos;s settings. Donations already made are not made twice; erased requests are skipped.</source>
        <translation>Jede gespeicherte Anfrage aus dem Zeitfenster wird erneut verarbeitet, wie nach einer Änderung der Endpunkt-Einstellungen. Bereits angelegte Spenden werden nicht doppelt angelegt; gelöschte Anfragen werden übersprungen.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (empty: the first)</source>
        <translation>YYYY-MM-DD HH:MM (leer: ab der ersten)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (empty: now)</source>
        <translation>YYYY-MM-DD HH:MM (leer: jetzt)</translation>
    </message>
    <message>
        <source>Local times; the window includes its start, not its end.</source>
        <translation>Ortszeit; das Fenster schließt seinen Beginn ein, sein Ende nicht.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: malformed number</source>
        <translation>ungültiges JSON bei Byte %1: fehlerhafte Zahl</translation>
    </message>
    <message>
        <source>body is not a JSON object or array</source>
        <translation>Body ist kein JSON-Objekt oder -Array</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <source>an anonymous donor</source>
        <translation>einem anonymen Spender</translation>
    </message>
    <message>
        <source>New schedule from %1</source>
        <translation>Neuer Zahlungsplan von %1</translation>
    </message>
    <message>
        <source>Schedule of %1 is now %2</source>
        <translation>Zahlungsplan von %1 ist jetzt %2</translation>
    </message>
    <message>
        <source>New pledge from %1</source>
        <translation>Neue Zusage von %1</translation>
    </message>
    <message>
        <source>Pledge of %1 is now %2</source>
        <translation>Zusage von %1 ist jetzt %2</translation>
    </message>
    <message>
        <source>New donation from %1</source>
        <translation>Neue Spende von %1</translation>
    </message>
    <message>
        <source>Donation of %1 is now %2</source>
        <translation>Spende von %1 ist jetzt %2</translation>
    </message>
    <message>
        <source>%1 %2 stored as request #%3</source>
        <translation>%1 %2 als Anfrage #%3 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>from %1, %n byte(s)</source>
        <translation>
            <numerusform>von %1, %n Byte</numerusform>
            <numerusform>von %1, %n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused %1 %2 %3 (%4)</source>
        <translation>Abgelehnt: %1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Donation from a donor whose data was erased (%1)</source>
        <translation>Spende eines Spenders, dessen Daten gelöscht wurden (%1)</translation>
    </message>
    <message>
        <source>Request #%1 could not be read into a donation</source>
        <translation>Anfrage #%1 konnte nicht als Spende gelesen werden</translation>
    </message>
    <message>
        <source>Donation from %1 (%2)</source>
        <translation>Spende von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>as it arrives</source>
        <translation>in Echtzeit</translation>
    </message>
    <message numerus="yes">
        <source>Resume (%n new)</source>
        <translation>
            <numerusform>Fortsetzen (%n neu)</numerusform>
            <numerusform>Fortsetzen (%n neu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Hold new arrivals back while you read (Ctrl+P)</source>
        <translation>Neue Eingänge beim Lesen zurückhalten (Strg+P)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>Läuft unter %1</translation>
    </message>
    <message>
        <source>Starting or stopping…</source>
        <translation>Wird gestartet oder gestoppt…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Inbox depth %1 · last commit %2</source>
        <translation>Warteschlange %1 · zuletzt gespeichert %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <source>donations today</source>
        <translation>Spenden heute</translation>
    </message>
    <message>
        <source>requests today</source>
        <translation>Anfragen heute</translation>
    </message>
    <message>
        <source>refused today</source>
        <translation>heute abgelehnt</translation>
    </message>
    <message>
        <source>Requests per minute, last hour</source>
        <translation>Anfragen pro Minute, letzte Stunde</translation>
    </message>
    <message>
        <source>peak %1 per minute</source>
        <translation>Spitze %1 pro Minute</translation>
    </message>
    <message>
        <source>Endpoints today</source>
        <translation>Endpunkte heute</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>noch keine Anfragen</translation>
    </message>
    <message>
        <source>No endpoints yet</source>
        <translation>Noch keine Endpunkte</translation>
    </message>
    <message>
        <source>Add one in Endpoints (Ctrl+5).</source>
        <translation>Legen Sie unter „Endpunkte“ (Strg+5) einen an.</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Waiting for webhooks</source>
        <translation>Warten auf Webhooks</translation>
    </message>
    <message>
        <source>Donations appear here the moment they are stored. Send a test with curl to an endpoint&apos;s URL.</source>
        <translation>Spenden erscheinen hier, sobald sie gespeichert sind. Senden Sie einen Test mit curl an die URL eines Endpunkts.</translation>
    </message>
    <message>
        <source>The listener is stopped: start it to receive webhooks.</source>
        <translation>Der Empfänger ist gestoppt: Starten Sie ihn, um Webhooks zu empfangen.</translation>
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
        <translation>Live</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Test sender</source>
        <translation>Testsender</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Empfängt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
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
        <translation>In NationBuilder: Settings &gt; Developer &gt; Webhooks &gt; New webhook, Ereignis &quot;Donation succeeded&quot; (oder changed / canceled), URL wie angezeigt. NationBuilder sendet das Token des Webhooks im JSON-Body: Kopieren Sie es in den Geheimschlüssel dieses Endpunkts. Legen Sie hier die Währung der Nation fest, da die Nutzdaten keine enthalten.</translation>
    </message>
    <message>
        <source>token missing: NationBuilder sends the webhook&apos;s token as &quot;token&quot; in the JSON body, and this endpoint has one set, but the body had none</source>
        <translation>Token fehlt: NationBuilder sendet das Token des Webhooks als &quot;token&quot; im JSON-Body, und für diesen Endpunkt ist eines festgelegt, aber der Body enthielt keines</translation>
    </message>
    <message>
        <source>token mismatch: the &quot;token&quot; in the JSON body did not match this endpoint&apos;s secret; copy the token shown in NationBuilder&apos;s webhook settings</source>
        <translation>Token stimmt nicht überein: Das &quot;token&quot; im JSON-Body entspricht nicht dem Geheimschlüssel dieses Endpunkts; kopieren Sie das Token, das in den Webhook-Einstellungen von NationBuilder angezeigt wird</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>no donation in the body: expected payload.donation</source>
        <translation>keine Spende im Body: payload.donation erwartet</translation>
    </message>
    <message>
        <source>donation id missing</source>
        <translation>Spenden-ID fehlt</translation>
    </message>
    <message>
        <source>NationBuilder sends no currency: set the nation&apos;s currency on this endpoint (endpoint update %1 --currency USD), then reprocess</source>
        <translation>NationBuilder sendet keine Währung: Legen Sie die Währung der Nation an diesem Endpunkt fest (endpoint update %1 --currency USD) und verarbeiten Sie dann erneut</translation>
    </message>
    <message>
        <source>amount_in_cents missing</source>
        <translation>amount_in_cents fehlt</translation>
    </message>
    <message>
        <source>amount_in_cents missing and the formatted amount &quot;%1&quot; is ambiguous</source>
        <translation>amount_in_cents fehlt, und der formatierte Betrag &quot;%1&quot; ist mehrdeutig</translation>
    </message>
</context>
<context>
    <name>NativeDonation</name>
    <message>
        <source>required field(s) missing: %1</source>
        <translation>fehlende Pflichtfelder: %1</translation>
    </message>
    <message>
        <source>transactionOrderDate: %1</source>
        <translation>transactionOrderDate: %1</translation>
    </message>
    <message>
        <source>delayReportBy &quot;%1&quot; is not a whole number of days; ignored</source>
        <translation>delayReportBy &quot;%1&quot; ist keine ganze Zahl von Tagen; ignoriert</translation>
    </message>
    <message>
        <source>delayReportBy %1 capped at %2 days</source>
        <translation>delayReportBy %1 auf %2 Tage begrenzt</translation>
    </message>
    <message>
        <source>negative delayReportBy %1 read as 0</source>
        <translation>negatives delayReportBy %1 als 0 gelesen</translation>
    </message>
</context>
<context>
    <name>RawRequestRetention</name>
    <message>
        <source>the setting raw_retention_days is &apos;%1&apos;, not a number of days from 0 to %2; nothing is purged until it is set again</source>
        <translation>die Einstellung raw_retention_days ist &apos;%1&apos;, keine Anzahl von Tagen von 0 bis %2; bis sie neu gesetzt wird, wird nichts bereinigt</translation>
    </message>
    <message>
        <source>expected a number of days from 0 (keep for ever) to %1, got %2</source>
        <translation>Anzahl von Tagen von 0 (unbegrenzt aufbewahren) bis %1 erwartet, erhalten: %2</translation>
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
        <translation>Eine Uhrzeit wie 23:59</translation>
    </message>
    <message>
        <source>A date such as 2024-05-31</source>
        <translation>Ein Datum wie 2024-05-31</translation>
    </message>
</context>
<context>
    <name>ReconciliationFigureCell</name>
    <message numerus="yes">
        <source>%1 %2, %n donation(s)</source>
        <translation>
            <numerusform>%1 %2, %n Spende</numerusform>
            <numerusform>%1 %2, %n Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the donations behind this figure</source>
        <translation>Die Spenden hinter diesem Wert anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n Spende</numerusform>
            <numerusform>%n Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ReconciliationReport</name>
    <message>
        <source>Enter both dates as YYYY-MM-DD.</source>
        <translation>Geben Sie beide Daten im Format YYYY-MM-DD ein.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <source>the database cannot be read</source>
        <translation>die Datenbank kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ReconciliationRowDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>gespendet %1</translation>
    </message>
    <message>
        <source>record date %1</source>
        <translation>Stichtag %1</translation>
    </message>
    <message>
        <source>reversed %1</source>
        <translation>rückgebucht %1</translation>
    </message>
    <message>
        <source>of %1, %2 refunded</source>
        <translation>von %1, %2 erstattet</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>ReconciliationView</name>
    <message>
        <source>Pre-record</source>
        <translation>Vor Stichtag</translation>
    </message>
    <message>
        <source>Post-record</source>
        <translation>Nach Stichtag</translation>
    </message>
    <message>
        <source>Reversed before record</source>
        <translation>Vor Stichtag rückgebucht</translation>
    </message>
    <message>
        <source>Adjustments after record</source>
        <translation>Korrekturen nach Stichtag</translation>
    </message>
    <message>
        <source>Net actualised</source>
        <translation>Netto realisiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n donation(s) to %1.</source>
        <translation>
            <numerusform>%n Spende nach %1 exportiert.</numerusform>
            <numerusform>%n Spenden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export the reconciliation as CSV</source>
        <translation>Abgleich als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>as of now (%1)</source>
        <translation>Stand jetzt (%1)</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>The donations behind these figures, with their record states as of the same moment (Ctrl+E)</source>
        <translation>Die Spenden hinter diesen Werten, mit ihrem Stichtagsstatus zum selben Zeitpunkt (Strg+E)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Figures as of the moment they are loaded, kept current</source>
        <translation>Werte zum Zeitpunkt des Ladens, laufend aktualisiert</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Datum des Stands</translation>
    </message>
    <message>
        <source>As of time</source>
        <translation>Uhrzeit des Stands</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Die Werte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>By currency</source>
        <translation>Nach Währung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Pre-record (waiting)</source>
        <translation>Vor Stichtag (wartend)</translation>
    </message>
    <message>
        <source>Post-record (actualised)</source>
        <translation>Nach Stichtag (realisiert)</translation>
    </message>
    <message>
        <source>after %1 refunded</source>
        <translation>abzüglich %1 Erstattungen</translation>
    </message>
    <message>
        <source>Post-record less adjustments: show the post-record donations</source>
        <translation>Nach Stichtag abzüglich Korrekturen: Spenden nach Stichtag anzeigen</translation>
    </message>
    <message>
        <source>Nothing to reconcile</source>
        <translation>Nichts abzugleichen</translation>
    </message>
    <message>
        <source>No donation of this endpoint and period was paid by this moment.</source>
        <translation>Keine Spende dieses Endpunkts und Zeitraums war zu diesem Zeitpunkt bezahlt.</translation>
    </message>
    <message>
        <source>What will be actualised when</source>
        <translation>Was wann realisiert wird</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n Spende</numerusform>
            <numerusform>%n Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nichts ausstehend</translation>
    </message>
    <message>
        <source>No pre-record donations.</source>
        <translation>Keine Spenden vor Stichtag.</translation>
    </message>
    <message>
        <source>Donations behind a figure</source>
        <translation>Spenden hinter einem Wert</translation>
    </message>
    <message>
        <source>Pre-record with record date %1</source>
        <translation>Vor Stichtag, Stichtag %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n donation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Spende</numerusform>
            <numerusform>%1 · %2 · %n Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1; the export has them all.</source>
        <translation>Die ersten %1 werden angezeigt; der Export enthält alle.</translation>
    </message>
    <message>
        <source>The post-record donations; refunds after the record date are shown as adjustments.</source>
        <translation>Die Spenden nach Stichtag; Erstattungen nach dem Stichtag erscheinen als Korrekturen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Click a figure</source>
        <translation>Klicken Sie auf einen Wert</translation>
    </message>
    <message>
        <source>No donations</source>
        <translation>Keine Spenden</translation>
    </message>
    <message>
        <source>Click a figure or a day to list its donations.</source>
        <translation>Klicken Sie auf einen Wert oder einen Tag, um die zugehörigen Spenden aufzulisten.</translation>
    </message>
</context>
<context>
    <name>ReprocessCommand</name>
    <message numerus="yes">
        <source>Skipped %n erased request(s): their raw bytes are gone (retention or a donor&apos;s erasure), and their donations stay as they are.
</source>
        <translation>
            <numerusform>%n gelöschte Anfrage übersprungen: Ihre Rohdaten sind nicht mehr vorhanden (Aufbewahrung oder Spenderlöschung), ihre Spenden bleiben unverändert.
</numerusform>
            <numerusform>%n gelöschte Anfragen übersprungen: Ihre Rohdaten sind nicht mehr vorhanden (Aufbewahrung oder Spenderlöschung), ihre Spenden bleiben unverändert.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReprocessJob</name>
    <message>
        <source>&quot;%1&quot; is not a time: write 2026-11-20 or 2026-11-20 14:30</source>
        <translation>&quot;%1&quot; ist keine Zeitangabe: Schreiben Sie 2026-11-20 oder 2026-11-20 14:30</translation>
    </message>
    <message>
        <source>the window ends before it starts</source>
        <translation>das Zeitfenster endet vor seinem Beginn</translation>
    </message>
    <message>
        <source>a run is already under way</source>
        <translation>es läuft bereits ein Durchlauf</translation>
    </message>
    <message>
        <source>Could not run it again: %1</source>
        <translation>Erneute Verarbeitung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Nothing to run again.</source>
        <translation>Nichts erneut zu verarbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Ran %n request(s) again: %1 processed, %2 without a donation, %3 dead letter(s).</source>
        <translation>
            <numerusform>%n Anfrage erneut verarbeitet: %1 verarbeitet, %2 ohne Spende, %3 als Klärfall.</numerusform>
            <numerusform>%n Anfragen erneut verarbeitet: %1 verarbeitet, %2 ohne Spende, %3 als Klärfall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n erased request(s).</source>
        <translation>
            <numerusform>%n gelöschte Anfrage übersprungen.</numerusform>
            <numerusform>%n gelöschte Anfragen übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>donor erasure</source>
        <translation>Spenderlöschung</translation>
    </message>
    <message>
        <source>Raw request erased on %1 (%2)</source>
        <translation>Rohanfrage gelöscht am %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Accepted, processing</source>
        <translation>Angenommen, in Verarbeitung</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Accepted, no donation</source>
        <translation>Angenommen, keine Spende</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Klärfall</translation>
    </message>
    <message>
        <source>Refused: signature</source>
        <translation>Abgelehnt: Signatur</translation>
    </message>
    <message>
        <source>Refused: unknown URL</source>
        <translation>Abgelehnt: unbekannte URL</translation>
    </message>
    <message>
        <source>Refused: too large</source>
        <translation>Abgelehnt: zu groß</translation>
    </message>
    <message>
        <source>Refused: malformed</source>
        <translation>Abgelehnt: fehlerhaft</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Klärfälle</translation>
    </message>
    <message>
        <source>Refused: other</source>
        <translation>Abgelehnt: sonstige</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>the request is no longer stored</source>
        <translation>die Anfrage ist nicht mehr gespeichert</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Cannot read the retention setting: %1</source>
        <translation>Die Aufbewahrungseinstellung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The setting was not changed: %1</source>
        <translation>Die Einstellung wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever.</source>
        <translation>Rohanfragen werden unbegrenzt aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Raw requests are kept for %n day(s). The listener applies it within an hour, or purge now.</source>
        <translation>
            <numerusform>Rohanfragen werden %n Tag aufbewahrt. Der Empfänger wendet dies innerhalb einer Stunde an, oder Sie bereinigen jetzt.</numerusform>
            <numerusform>Rohanfragen werden %n Tage aufbewahrt. Der Empfänger wendet dies innerhalb einer Stunde an, oder Sie bereinigen jetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge stopped: %1</source>
        <translation>Die Bereinigung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever: nothing to purge.</source>
        <translation>Rohanfragen werden unbegrenzt aufbewahrt: nichts zu bereinigen.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the raw bytes of %n stored request(s) older than %1 day(s) and deleted %2 refused request(s).</source>
        <translation>
            <numerusform>Rohdaten von %n gespeicherten Anfrage, älter als %1 Tag(e), gelöscht und %2 abgelehnte Anfrage(n) entfernt.</numerusform>
            <numerusform>Rohdaten von %n gespeicherten Anfragen, älter als %1 Tag(e), gelöscht und %2 abgelehnte Anfrage(n) entfernt.</numerusform>
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
        <translation>Der Endpunkt ist deaktiviert</translation>
    </message>
    <message>
        <source>The request arrived and was refused: %1.</source>
        <translation>Die Anfrage kam an und wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Enable the endpoint in Donation Desk.</source>
        <translation>Aktivieren Sie den Endpunkt in Donation Desk.</translation>
    </message>
    <message>
        <source>Arrived, but at a URL that names no endpoint</source>
        <translation>Angekommen, aber an einer URL ohne Endpunkt</translation>
    </message>
    <message>
        <source>The request reached Donation Desk at %1 instead of the endpoint&apos;s path, and was refused: %2.</source>
        <translation>Die Anfrage erreichte Donation Desk unter %1 statt unter dem Pfad des Endpunkts und wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The proxy or tunnel changes the path. It must pass /hooks/&lt;token&gt; through unchanged (no prefix added or removed).</source>
        <translation>Der Proxy oder Tunnel verändert den Pfad. Er muss /hooks/&lt;token&gt; unverändert durchreichen (ohne ein Präfix hinzuzufügen oder zu entfernen).</translation>
    </message>
    <message>
        <source>Arrived on another endpoint</source>
        <translation>Auf einem anderen Endpunkt angekommen</translation>
    </message>
    <message>
        <source>The request reached the endpoint &quot;%1&quot; and was refused there: %2.</source>
        <translation>Die Anfrage erreichte den Endpunkt &quot;%1&quot; und wurde dort abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The proxy rewrites the path to another endpoint&apos;s URL: make it pass the path through unchanged.</source>
        <translation>Der Proxy schreibt den Pfad auf die URL eines anderen Endpunkts um: Lassen Sie ihn den Pfad unverändert durchreichen.</translation>
    </message>
    <message>
        <source>Arrived, but the signature did not verify</source>
        <translation>Angekommen, aber die Signatur war ungültig</translation>
    </message>
    <message>
        <source>The request was signed with the endpoint&apos;s own secret, yet the listener refused it: %1.</source>
        <translation>Die Anfrage wurde mit dem eigenen Geheimschlüssel des Endpunkts signiert, trotzdem hat der Empfänger sie abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Something on the way changed the request: the proxy must pass the body byte for byte (no re-encoding, no compression) and keep the signature headers.</source>
        <translation>Unterwegs wurde die Anfrage verändert: Der Proxy muss den Body Byte für Byte durchreichen (keine Neukodierung, keine Komprimierung) und die Signatur-Header beibehalten.</translation>
    </message>
    <message>
        <source>Arrived, but from an address not allowed</source>
        <translation>Angekommen, aber von einer nicht zugelassenen Adresse</translation>
    </message>
    <message>
        <source>The request arrived from %1 and was refused: %2.</source>
        <translation>Die Anfrage kam von %1 und wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <source>Behind a proxy every request comes from the proxy&apos;s address: add %1 to the endpoint&apos;s allow-list, or clear the allow-list.</source>
        <translation>Hinter einem Proxy kommt jede Anfrage von der Adresse des Proxys: Fügen Sie %1 zur Zulassungsliste des Endpunkts hinzu oder leeren Sie die Zulassungsliste.</translation>
    </message>
    <message>
        <source>Arrived, but refused</source>
        <translation>Angekommen, aber abgelehnt</translation>
    </message>
    <message>
        <source>The listener answered %1: %2.</source>
        <translation>Der Empfänger antwortete %1: %2.</translation>
    </message>
    <message>
        <source>See the request in the Requests view for the whole exchange.</source>
        <translation>Den gesamten Austausch sehen Sie bei der Anfrage in der Ansicht „Anfragen“.</translation>
    </message>
    <message>
        <source>The request was accepted by the endpoint &quot;%1&quot;, not by this one.</source>
        <translation>Die Anfrage wurde vom Endpunkt &quot;%1&quot; angenommen, nicht von diesem.</translation>
    </message>
    <message>
        <source>Arrived, but the answer was lost</source>
        <translation>Angekommen, aber die Antwort ging verloren</translation>
    </message>
    <message>
        <source>The request was stored, but no answer came back to the sender (%1).</source>
        <translation>Die Anfrage wurde gespeichert, aber beim Absender kam keine Antwort an (%1).</translation>
    </message>
    <message>
        <source>The provider will think the delivery failed and send it again (it is recognised as a duplicate). Check the proxy&apos;s timeouts and that it passes the answer back.</source>
        <translation>Der Anbieter hält die Zustellung für fehlgeschlagen und sendet sie erneut (sie wird als Duplikat erkannt). Prüfen Sie die Timeouts des Proxys und ob er die Antwort zurückgibt.</translation>
    </message>
    <message>
        <source>Arrived, but the sender saw HTTP %1</source>
        <translation>Angekommen, aber der Absender erhielt HTTP %1</translation>
    </message>
    <message>
        <source>The listener stored the request and answered 200, but the answer that came back through the proxy was %1 %2.</source>
        <translation>Der Empfänger hat die Anfrage gespeichert und mit 200 geantwortet, aber über den Proxy kam %1 %2 zurück.</translation>
    </message>
    <message>
        <source>The provider will retry and may switch the webhook off. Make the proxy pass the listener&apos;s answer through.</source>
        <translation>Der Anbieter wird es erneut versuchen und schaltet den Webhook eventuell ab. Lassen Sie den Proxy die Antwort des Empfängers durchreichen.</translation>
    </message>
    <message>
        <source>Arrived, but could not be processed</source>
        <translation>Angekommen, aber nicht verarbeitbar</translation>
    </message>
    <message>
        <source>The request was stored, but processing it failed: %1.</source>
        <translation>Die Anfrage wurde gespeichert, aber ihre Verarbeitung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s settings (currency, event), then reprocess its dead letters from the Requests view.</source>
        <translation>Prüfen Sie die Einstellungen des Endpunkts (Währung, Ereignis) und verarbeiten Sie dann seine Klärfälle in der Ansicht „Anfragen“ erneut.</translation>
    </message>
    <message>
        <source>The listener works, but no public URL is set</source>
        <translation>Der Empfänger funktioniert, aber es ist keine öffentliche URL festgelegt</translation>
    </message>
    <message>
        <source>The test event went to the listener itself (%1) and was accepted in %2; providers cannot reach this address from the internet.</source>
        <translation>Das Testereignis ging direkt an den Empfänger (%1) und wurde in %2 angenommen; Anbieter können diese Adresse aus dem Internet nicht erreichen.</translation>
    </message>
    <message>
        <source>Set up a reverse proxy or tunnel to %1 and enter its address as the public URL in Settings, then check again.</source>
        <translation>Richten Sie einen Reverse Proxy oder Tunnel zu %1 ein, tragen Sie dessen Adresse in den Einstellungen als öffentliche URL ein und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Arrived, but slowly</source>
        <translation>Angekommen, aber langsam</translation>
    </message>
    <message>
        <source>The answer took %1; providers give up after a few seconds.</source>
        <translation>Die Antwort dauerte %1; Anbieter geben nach wenigen Sekunden auf.</translation>
    </message>
    <message>
        <source>Look for a slow proxy or tunnel between the provider and the listener.</source>
        <translation>Suchen Sie nach einem langsamen Proxy oder Tunnel zwischen Anbieter und Empfänger.</translation>
    </message>
    <message>
        <source>Arrived, but over plain HTTP</source>
        <translation>Angekommen, aber über unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>The round trip works (%1), but donors&apos; data crosses the network unencrypted, and several providers only send to https:// URLs.</source>
        <translation>Der Ende-zu-Ende-Test funktioniert (%1), aber Spenderdaten werden unverschlüsselt übertragen, und mehrere Anbieter senden nur an https://-URLs.</translation>
    </message>
    <message>
        <source>Put TLS in front of the listener (a reverse proxy with a certificate) and use its https:// address as the public URL.</source>
        <translation>Schalten Sie TLS vor den Empfänger (einen Reverse Proxy mit Zertifikat) und verwenden Sie dessen https://-Adresse als öffentliche URL.</translation>
    </message>
    <message>
        <source>The round trip works</source>
        <translation>Der Ende-zu-Ende-Test funktioniert</translation>
    </message>
    <message>
        <source>The test event went out to %1, arrived on this endpoint, was verified and stored, and the answer came back in %2.</source>
        <translation>Das Testereignis ging an %1, kam an diesem Endpunkt an, wurde verifiziert und gespeichert, und die Antwort kam in %2 zurück.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve</source>
        <translation>Der Name %1 lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>The sender could not look up %1: %2.</source>
        <translation>Der Absender konnte %1 nicht auflösen: %2.</translation>
    </message>
    <message>
        <source>Check the public URL for typos, and the DNS record of the host (or the tunnel&apos;s address).</source>
        <translation>Prüfen Sie die öffentliche URL auf Tippfehler und den DNS-Eintrag des Hosts (oder die Adresse des Tunnels).</translation>
    </message>
    <message>
        <source>Nothing answers at %1</source>
        <translation>Unter %1 antwortet nichts</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Start the reverse proxy or tunnel, and check the port in the public URL.</source>
        <translation>Starten Sie den Reverse Proxy oder Tunnel und prüfen Sie den Port in der öffentlichen URL.</translation>
    </message>
    <message>
        <source>%1 does not speak HTTPS</source>
        <translation>%1 spricht kein HTTPS</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1.</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden: %1.</translation>
    </message>
    <message>
        <source>Something answers there in plain HTTP. Put TLS in front of it (the reverse proxy&apos;s certificate), or use an http:// public URL only on a trusted network.</source>
        <translation>Dort antwortet etwas mit unverschlüsseltem HTTP. Schalten Sie TLS davor (das Zertifikat des Reverse Proxys) oder verwenden Sie eine http://-Adresse als öffentliche URL nur in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s certificate: it must be valid, unexpired and issued for %1, with the whole chain served.</source>
        <translation>Prüfen Sie das Zertifikat des Proxys: Es muss gültig, nicht abgelaufen und für %1 ausgestellt sein, und die vollständige Kette muss ausgeliefert werden.</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>Keine Antwort von %1</translation>
    </message>
    <message>
        <source>Nothing came back within the time allowed, and the request never reached the listener.</source>
        <translation>Innerhalb der erlaubten Zeit kam nichts zurück, und die Anfrage hat den Empfänger nie erreicht.</translation>
    </message>
    <message>
        <source>A firewall may drop the connection, or the proxy cannot reach the listener at %1.</source>
        <translation>Möglicherweise verwirft eine Firewall die Verbindung, oder der Proxy erreicht den Empfänger unter %1 nicht.</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Check the proxy or tunnel and its logs.</source>
        <translation>Prüfen Sie den Proxy oder Tunnel und seine Protokolle.</translation>
    </message>
    <message>
        <source>The URL redirects (HTTP %1)</source>
        <translation>Die URL leitet weiter (HTTP %1)</translation>
    </message>
    <message>
        <source>The answer sends the request on to %1; providers do not follow redirects.</source>
        <translation>Die Antwort leitet die Anfrage an %1 weiter; Anbieter folgen keinen Weiterleitungen.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>Use the final address (often the https:// one) as the public URL.</source>
        <translation>Verwenden Sie die endgültige Adresse (oft die https://-Adresse) als öffentliche URL.</translation>
    </message>
    <message>
        <source>Accepted by another Donation Desk</source>
        <translation>Von einer anderen Installation von Donation Desk angenommen</translation>
    </message>
    <message>
        <source>A Donation Desk listener accepted the request (inbox entry %1), but not the one writing to this database.</source>
        <translation>Ein Empfänger von Donation Desk hat die Anfrage angenommen (Eingangseintrag %1), aber nicht derjenige, der in diese Datenbank schreibt.</translation>
    </message>
    <message>
        <source>The public URL leads to another installation or another database: point the proxy at %1.</source>
        <translation>Die öffentliche URL führt zu einer anderen Installation oder Datenbank: Richten Sie den Proxy auf %1.</translation>
    </message>
    <message>
        <source>Something else answered %1</source>
        <translation>Etwas anderes antwortete mit %1</translation>
    </message>
    <message>
        <source>The public URL answered %1 %2, but the request never reached Donation Desk.</source>
        <translation>Die öffentliche URL antwortete mit %1 %2, aber die Anfrage hat Donation Desk nie erreicht.</translation>
    </message>
    <message>
        <source>The public URL leads to another server: point the proxy or tunnel at %1.</source>
        <translation>Die öffentliche URL führt zu einem anderen Server: Richten Sie den Proxy oder Tunnel auf %1.</translation>
    </message>
    <message>
        <source>The public URL answered %1 %2%3, and the request never reached the listener.</source>
        <translation>Die öffentliche URL antwortete mit %1 %2%3, und die Anfrage hat den Empfänger nie erreicht.</translation>
    </message>
    <message>
        <source>The proxy cannot reach the listener (HTTP %1)</source>
        <translation>Der Proxy erreicht den Empfänger nicht (HTTP %1)</translation>
    </message>
    <message>
        <source>Make sure Donation Desk is listening, and that the proxy or tunnel forwards to %1.</source>
        <translation>Stellen Sie sicher, dass Donation Desk empfangsbereit ist und der Proxy oder Tunnel an %1 weiterleitet.</translation>
    </message>
    <message>
        <source>The proxy does not know this path</source>
        <translation>Der Proxy kennt diesen Pfad nicht</translation>
    </message>
    <message>
        <source>Forward every path under /hooks/ to %1, unchanged.</source>
        <translation>Leiten Sie jeden Pfad unter /hooks/ unverändert an %1 weiter.</translation>
    </message>
    <message>
        <source>The proxy refused the request (HTTP %1)</source>
        <translation>Der Proxy hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Webhooks carry no login: let POST requests to /hooks/ through without authentication.</source>
        <translation>Webhooks enthalten keine Anmeldedaten: Lassen Sie POST-Anfragen an /hooks/ ohne Authentifizierung durch.</translation>
    </message>
    <message>
        <source>The proxy refused the request&apos;s size</source>
        <translation>Der Proxy hat die Anfrage wegen ihrer Größe abgelehnt</translation>
    </message>
    <message>
        <source>Raise the proxy&apos;s body size limit to at least 1 MiB.</source>
        <translation>Erhöhen Sie die maximale Body-Größe des Proxys auf mindestens 1 MiB.</translation>
    </message>
    <message>
        <source>The request did not arrive (HTTP %1)</source>
        <translation>Die Anfrage ist nicht angekommen (HTTP %1)</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s or tunnel&apos;s logs for this request.</source>
        <translation>Suchen Sie in den Protokollen des Proxys oder Tunnels nach dieser Anfrage.</translation>
    </message>
    <message>
        <source>The test event could not be made</source>
        <translation>Das Testereignis konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s provider and event settings.</source>
        <translation>Prüfen Sie Anbieter und Ereigniseinstellung des Endpunkts.</translation>
    </message>
    <message>
        <source>The database could not be read</source>
        <translation>Die Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Whether the request arrived is unknown: %1.</source>
        <translation>Ob die Anfrage angekommen ist, ist unbekannt: %1.</translation>
    </message>
    <message>
        <source>Check again; if it persists, see the storage messages in the log.</source>
        <translation>Prüfen Sie erneut; falls das Problem bestehen bleibt, sehen Sie sich die Speichermeldungen im Protokoll an.</translation>
    </message>
</context>
<context>
    <name>RoundTrip::Check</name>
    <message>
        <source>there is no sample event for the provider &quot;%1&quot;</source>
        <translation>für den Anbieter &quot;%1&quot; gibt es kein Beispielereignis</translation>
    </message>
</context>
<context>
    <name>RoundTripController</name>
    <message>
        <source>The listener is not running</source>
        <translation>Der Empfänger läuft nicht</translation>
    </message>
    <message>
        <source>Donation Desk is not receiving webhooks, so nothing can arrive.</source>
        <translation>Donation Desk empfängt keine Webhooks, daher kann nichts ankommen.</translation>
    </message>
    <message>
        <source>Donation Desk is not receiving webhooks: %1</source>
        <translation>Donation Desk empfängt keine Webhooks: %1</translation>
    </message>
    <message>
        <source>Start the listener (Settings), then check again.</source>
        <translation>Starten Sie den Empfänger (Einstellungen) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The endpoint is disabled</source>
        <translation>Der Endpunkt ist deaktiviert</translation>
    </message>
    <message>
        <source>A disabled endpoint refuses every request.</source>
        <translation>Ein deaktivierter Endpunkt lehnt jede Anfrage ab.</translation>
    </message>
    <message>
        <source>Enable the endpoint, then check again.</source>
        <translation>Aktivieren Sie den Endpunkt und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>SampleEvents</name>
    <message>
        <source>Inqud prices checkouts in a known fiat currency and is paid in known crypto tokens; %1 is neither</source>
        <translation>Inqud berechnet Checkouts in einer bekannten Fiat-Währung und wird in bekannten Krypto-Token bezahlt; %1 ist weder das eine noch das andere</translation>
    </message>
    <message>
        <source>%1 takes ISO 4217 currencies only, not %2</source>
        <translation>%1 akzeptiert nur ISO-4217-Währungen, nicht %2</translation>
    </message>
    <message>
        <source>amount %1 %2 is too small to refund a part of</source>
        <translation>Betrag %1 %2 ist zu klein für eine Teilerstattung</translation>
    </message>
    <message>
        <source>amount %1 %2 is too small for an overpaid checkout</source>
        <translation>Betrag %1 %2 ist zu klein für einen überzahlten Checkout</translation>
    </message>
    <message>
        <source>amount %1 %2 is too large for NationBuilder&apos;s amount_in_cents</source>
        <translation>Betrag %1 %2 ist zu groß für amount_in_cents von NationBuilder</translation>
    </message>
    <message>
        <source>unknown sample &quot;%1&quot;</source>
        <translation>unbekanntes Beispiel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 carries no amount or currency</source>
        <translation>%1 enthält weder Betrag noch Währung</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a currency code</source>
        <translation>Währung &quot;%1&quot; ist kein Währungscode</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: %2</source>
        <translation>Betrag &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: must be more than zero</source>
        <translation>Betrag &quot;%1&quot;: muss größer als null sein</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: too large for a sample</source>
        <translation>Betrag &quot;%1&quot;: zu groß für ein Beispiel</translation>
    </message>
    <message>
        <source>%1 names no donor</source>
        <translation>%1 nennt keinen Spender</translation>
    </message>
    <message>
        <source>%1 has no status field: its status follows from the event</source>
        <translation>%1 hat kein Statusfeld: Der Status ergibt sich aus dem Ereignis</translation>
    </message>
    <message>
        <source>Donation completed</source>
        <translation>Spende abgeschlossen</translation>
    </message>
    <message>
        <source>A completed donation from a checkout widget in the native format; recorded as paid, with its record date from the endpoint&apos;s record policy.</source>
        <translation>Eine abgeschlossene Spende aus einem Checkout-Widget im nativen Format; wird als bezahlt erfasst, mit dem Stichtag aus der Stichtagsregel des Endpunkts.</translation>
    </message>
    <message>
        <source>Donation completed, own record delay</source>
        <translation>Spende abgeschlossen, eigene Stichtagsfrist</translation>
    </message>
    <message>
        <source>A completed donation carrying delayReportBy (days), which sets its record date in place of the endpoint&apos;s record policy.</source>
        <translation>Eine abgeschlossene Spende mit delayReportBy (Tage), das ihren Stichtag anstelle der Stichtagsregel des Endpunkts festlegt.</translation>
    </message>
    <message>
        <source>Donation pending</source>
        <translation>Spende ausstehend</translation>
    </message>
    <message>
        <source>A donation still being processed; recorded as pending and counted nowhere until a later event completes it.</source>
        <translation>Eine noch in Bearbeitung befindliche Spende; wird als ausstehend erfasst und nirgends mitgezählt, bis ein späteres Ereignis sie abschließt.</translation>
    </message>
    <message>
        <source>Donation failed</source>
        <translation>Spende fehlgeschlagen</translation>
    </message>
    <message>
        <source>A donation whose payment failed; recorded as failed and never counted.</source>
        <translation>Eine Spende, deren Zahlung fehlgeschlagen ist; wird als fehlgeschlagen erfasst und nie mitgezählt.</translation>
    </message>
    <message>
        <source>Donation cancelled</source>
        <translation>Spende storniert</translation>
    </message>
    <message>
        <source>A donation cancelled after it completed; it becomes canceled, reversed if that happens before its record date.</source>
        <translation>Eine nach ihrem Abschluss stornierte Spende; sie gilt dann als storniert und wird rückgebucht, wenn dies vor ihrem Stichtag geschieht.</translation>
    </message>
    <message>
        <source>Donation refunded</source>
        <translation>Spende erstattet</translation>
    </message>
    <message>
        <source>A donation refunded in full; it becomes refunded, a reversal before its record date and an adjustment after it.</source>
        <translation>Eine vollständig erstattete Spende; sie gilt dann als erstattet, vor ihrem Stichtag als Rückbuchung und danach als Korrektur.</translation>
    </message>
    <message>
        <source>Donation partially refunded</source>
        <translation>Spende teilweise erstattet</translation>
    </message>
    <message>
        <source>A donation of which a part (refundedAmount) was given back; it becomes partially refunded, the rest still counted.</source>
        <translation>Eine Spende, von der ein Teil (refundedAmount) zurückgezahlt wurde; sie gilt dann als teilweise erstattet, der Rest wird weiterhin mitgezählt.</translation>
    </message>
    <message>
        <source>Batch of donations</source>
        <translation>Spendenstapel</translation>
    </message>
    <message>
        <source>Several completed donations in one request (a JSON array); each becomes a paid donation of its own.</source>
        <translation>Mehrere abgeschlossene Spenden in einer Anfrage (ein JSON-Array); jede wird zu einer eigenen bezahlten Spende.</translation>
    </message>
    <message>
        <source>Checkout created</source>
        <translation>Checkout erstellt</translation>
    </message>
    <message>
        <source>A crypto checkout just opened, nothing paid yet; recorded as pending.</source>
        <translation>Ein gerade geöffneter Krypto-Checkout, noch nichts bezahlt; wird als ausstehend erfasst.</translation>
    </message>
    <message>
        <source>Checkout waiting for payment</source>
        <translation>Checkout wartet auf Zahlung</translation>
    </message>
    <message>
        <source>A checkout waiting for the donor&apos;s transfer to arrive; recorded as pending.</source>
        <translation>Ein Checkout, der auf den Eingang der Überweisung des Spenders wartet; wird als ausstehend erfasst.</translation>
    </message>
    <message>
        <source>Checkout partially paid</source>
        <translation>Checkout teilweise bezahlt</translation>
    </message>
    <message>
        <source>A checkout whose transfer fell short of the amount asked; recorded as partially paid, for what was paid when the checkout has no fiat price.</source>
        <translation>Ein Checkout, dessen Überweisung unter dem geforderten Betrag blieb; wird als teilweise bezahlt erfasst, über den gezahlten Betrag, wenn der Checkout keinen Fiat-Preis hat.</translation>
    </message>
    <message>
        <source>Checkout completed</source>
        <translation>Checkout abgeschlossen</translation>
    </message>
    <message>
        <source>A checkout paid in full; recorded as paid, in its fiat price when it has one and otherwise in the crypto paid.</source>
        <translation>Ein vollständig bezahlter Checkout; wird als bezahlt erfasst, in seinem Fiat-Preis, sofern vorhanden, andernfalls in der gezahlten Kryptowährung.</translation>
    </message>
    <message>
        <source>Checkout overpaid</source>
        <translation>Checkout überzahlt</translation>
    </message>
    <message>
        <source>A checkout paid more than was asked; recorded as paid.</source>
        <translation>Ein Checkout, für den mehr als gefordert bezahlt wurde; wird als bezahlt erfasst.</translation>
    </message>
    <message>
        <source>Checkout expired</source>
        <translation>Checkout abgelaufen</translation>
    </message>
    <message>
        <source>A checkout that expired before anything was paid; recorded as expired.</source>
        <translation>Ein Checkout, der abgelaufen ist, bevor etwas bezahlt wurde; wird als abgelaufen erfasst.</translation>
    </message>
    <message>
        <source>Checkout cancelled</source>
        <translation>Checkout storniert</translation>
    </message>
    <message>
        <source>A checkout cancelled before payment; recorded as canceled.</source>
        <translation>Ein vor der Zahlung stornierter Checkout; wird als storniert erfasst.</translation>
    </message>
    <message>
        <source>Checkout failed</source>
        <translation>Checkout fehlgeschlagen</translation>
    </message>
    <message>
        <source>A checkout whose payment failed; recorded as failed.</source>
        <translation>Ein Checkout, dessen Zahlung fehlgeschlagen ist; wird als fehlgeschlagen erfasst.</translation>
    </message>
    <message>
        <source>Checkout in conflict</source>
        <translation>Checkout im Konflikt</translation>
    </message>
    <message>
        <source>A checkout Inqud flags as in conflict (a payment that does not match it); kept with status unknown and Inqud&apos;s status verbatim, for a person to look at.</source>
        <translation>Ein Checkout, den Inqud als Konflikt kennzeichnet (eine Zahlung, die nicht zu ihm passt); wird mit dem Status „unbekannt“ und dem unveränderten Status von Inqud zur manuellen Prüfung aufbewahrt.</translation>
    </message>
    <message>
        <source>Contribution paid</source>
        <translation>Zuwendung bezahlt</translation>
    </message>
    <message>
        <source>A paid contribution (X-Givecloud-Event: contribution_paid); recorded as a paid donation.</source>
        <translation>Eine bezahlte Zuwendung (X-Givecloud-Event: contribution_paid); wird als bezahlte Spende erfasst.</translation>
    </message>
    <message>
        <source>Contribution refunded</source>
        <translation>Zuwendung erstattet</translation>
    </message>
    <message>
        <source>A contribution refunded in full; the donation becomes refunded.</source>
        <translation>Eine vollständig erstattete Zuwendung; die Spende gilt dann als erstattet.</translation>
    </message>
    <message>
        <source>Contribution partially refunded</source>
        <translation>Zuwendung teilweise erstattet</translation>
    </message>
    <message>
        <source>A contribution of which a part was refunded (refunded_amount below total_amount); the donation becomes partially refunded.</source>
        <translation>Eine Zuwendung, von der ein Teil erstattet wurde (refunded_amount kleiner als total_amount); die Spende gilt dann als teilweise erstattet.</translation>
    </message>
    <message>
        <source>Recurring contributions paid</source>
        <translation>Wiederkehrende Zuwendungen bezahlt</translation>
    </message>
    <message>
        <source>A batch of recurring contributions charged together (a JSON array); each becomes a paid, recurring donation.</source>
        <translation>Ein Stapel gemeinsam abgebuchter wiederkehrender Zuwendungen (ein JSON-Array); jede wird zu einer bezahlten, wiederkehrenden Spende.</translation>
    </message>
    <message>
        <source>Order completed (legacy event)</source>
        <translation>Bestellung abgeschlossen (Legacy-Ereignis)</translation>
    </message>
    <message>
        <source>Givecloud&apos;s older order_completed event for a paid contribution; recorded as paid, like contribution_paid.</source>
        <translation>Das ältere Givecloud-Ereignis order_completed für eine bezahlte Zuwendung; wird wie contribution_paid als bezahlt erfasst.</translation>
    </message>
    <message>
        <source>Supporter updated</source>
        <translation>Unterstützer aktualisiert</translation>
    </message>
    <message>
        <source>A supporter&apos;s details changed; the request is stored for the inspector but carries no donation.</source>
        <translation>Die Angaben eines Unterstützers haben sich geändert; die Anfrage wird für den Inspektor gespeichert, enthält aber keine Spende.</translation>
    </message>
    <message>
        <source>Donation succeeded</source>
        <translation>Spende erfolgreich</translation>
    </message>
    <message>
        <source>A donation that succeeded, in the current payload; recorded as paid, in the endpoint&apos;s currency as NationBuilder names none.</source>
        <translation>Eine erfolgreiche Spende im aktuellen Nutzdatenformat; wird als bezahlt erfasst, in der Währung des Endpunkts, da NationBuilder keine nennt.</translation>
    </message>
    <message>
        <source>Donation changed</source>
        <translation>Spende geändert</translation>
    </message>
    <message>
        <source>An earlier donation edited in NationBuilder; its status is read from its times, here succeeded, so paid.</source>
        <translation>Eine frühere, in NationBuilder bearbeitete Spende; ihr Status ergibt sich aus ihren Zeitangaben, hier erfolgreich, also bezahlt.</translation>
    </message>
    <message>
        <source>Donation canceled</source>
        <translation>Spende storniert</translation>
    </message>
    <message>
        <source>A donation canceled after it succeeded; the donation becomes canceled.</source>
        <translation>Eine nach erfolgreichem Abschluss stornierte Spende; die Spende gilt dann als storniert.</translation>
    </message>
    <message>
        <source>A donation whose payment failed; recorded as failed.</source>
        <translation>Eine Spende, deren Zahlung fehlgeschlagen ist; wird als fehlgeschlagen erfasst.</translation>
    </message>
    <message>
        <source>Donation succeeded (legacy payload)</source>
        <translation>Spende erfolgreich (Legacy-Nutzdaten)</translation>
    </message>
    <message>
        <source>A succeeded donation in the legacy (v2) payload, with the donor in signup and US-style times read in the endpoint&apos;s time zone; recorded as paid.</source>
        <translation>Eine erfolgreiche Spende in den Legacy-Nutzdaten (v2), mit dem Spender in signup und Zeitangaben im US-Format, die in der Zeitzone des Endpunkts gelesen werden; wird als bezahlt erfasst.</translation>
    </message>
    <message>
        <source>Schedule with first payment</source>
        <translation>Zahlungsplan mit erster Zahlung</translation>
    </message>
    <message>
        <source>A payment schedule whose first installment was charged at once; becomes a scheduled commitment of the total and a paid donation linked to it.</source>
        <translation>Ein Zahlungsplan, dessen erste Rate sofort abgebucht wurde; wird zu einer geplanten Verpflichtung über den Gesamtbetrag und einer damit verknüpften bezahlten Spende.</translation>
    </message>
    <message>
        <source>Schedule starting later</source>
        <translation>Zahlungsplan mit späterem Beginn</translation>
    </message>
    <message>
        <source>A payment schedule that starts on a later date, with no first payment; becomes a scheduled commitment only.</source>
        <translation>Ein Zahlungsplan, der zu einem späteren Datum beginnt, ohne erste Zahlung; wird nur zu einer geplanten Verpflichtung.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>A card, bank or donor-fund payment; recorded as a paid donation.</source>
        <translation>Eine Zahlung per Karte, Bank oder aus einem Spenderfonds; wird als bezahlte Spende erfasst.</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>Zahlung abgelehnt</translation>
    </message>
    <message>
        <source>A payment the processor declined; recorded as failed.</source>
        <translation>Eine vom Zahlungsdienstleister abgelehnte Zahlung; wird als fehlgeschlagen erfasst.</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>Zahlung storniert</translation>
    </message>
    <message>
        <source>A payment status update voiding the payment of the same variant; the donation becomes voided, even if the void arrives first.</source>
        <translation>Eine Zahlungsstatus-Aktualisierung, die die Zahlung derselben Variante storniert; die Spende gilt dann als annulliert, auch wenn die Stornierung zuerst eintrifft.</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>A promise to give later; recorded as a pledged commitment, not as money received.</source>
        <translation>Ein Versprechen, später zu spenden; wird als zugesagte Verpflichtung erfasst, nicht als eingegangenes Geld.</translation>
    </message>
    <message>
        <source>A signed donation.completed event; recorded as paid.</source>
        <translation>Ein signiertes Ereignis donation.completed; wird als bezahlt erfasst.</translation>
    </message>
    <message>
        <source>A signed donation.pending event; recorded as pending until a later event.</source>
        <translation>Ein signiertes Ereignis donation.pending; wird bis zu einem späteren Ereignis als ausstehend erfasst.</translation>
    </message>
    <message>
        <source>A signed donation.failed event; recorded as failed.</source>
        <translation>Ein signiertes Ereignis donation.failed; wird als fehlgeschlagen erfasst.</translation>
    </message>
    <message>
        <source>A signed donation.refunded event; the donation becomes refunded in full.</source>
        <translation>Ein signiertes Ereignis donation.refunded; die Spende gilt dann als vollständig erstattet.</translation>
    </message>
    <message>
        <source>Donation updated (partial refund)</source>
        <translation>Spende aktualisiert (Teilerstattung)</translation>
    </message>
    <message>
        <source>A signed donation.updated event, whose status comes from data.status: here partially_refunded, with the refunded amount.</source>
        <translation>Ein signiertes Ereignis donation.updated, dessen Status aus data.status stammt: hier partially_refunded, mit dem erstatteten Betrag.</translation>
    </message>
    <message>
        <source>A signed donation.canceled event; the donation becomes canceled.</source>
        <translation>Ein signiertes Ereignis donation.canceled; die Spende gilt dann als storniert.</translation>
    </message>
    <message>
        <source>Schedule created</source>
        <translation>Zahlungsplan angelegt</translation>
    </message>
    <message>
        <source>A recurring schedule set up; recorded as a scheduled commitment, not as money received.</source>
        <translation>Ein eingerichteter wiederkehrender Zahlungsplan; wird als geplante Verpflichtung erfasst, nicht als eingegangenes Geld.</translation>
    </message>
    <message>
        <source>Schedule canceled</source>
        <translation>Zahlungsplan storniert</translation>
    </message>
    <message>
        <source>A recurring schedule stopped; the commitment becomes canceled.</source>
        <translation>Ein beendeter wiederkehrender Zahlungsplan; die Verpflichtung gilt dann als storniert.</translation>
    </message>
    <message>
        <source>Pledge created</source>
        <translation>Zusage angelegt</translation>
    </message>
    <message>
        <source>A pledge made; recorded as a pledged commitment, not as money received.</source>
        <translation>Eine abgegebene Zusage; wird als zugesagte Verpflichtung erfasst, nicht als eingegangenes Geld.</translation>
    </message>
</context>
<context>
    <name>SampleEvents::Json</name>
    <message>
        <source>set: the path is empty</source>
        <translation>set: Der Pfad ist leer</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>der Body</translation>
    </message>
    <message>
        <source>set %1: empty step in the path</source>
        <translation>set %1: leerer Schritt im Pfad</translation>
    </message>
    <message>
        <source>set %1: %2 is an array of %3 item(s); &quot;%4&quot; is not one of its indexes</source>
        <translation>set %1: %2 ist ein Array mit %3 Element(en); &quot;%4&quot; ist keiner seiner Indizes</translation>
    </message>
    <message>
        <source>set %1: unknown path: %2 has no &quot;%3&quot;</source>
        <translation>set %1: unbekannter Pfad: %2 hat kein &quot;%3&quot;</translation>
    </message>
    <message>
        <source>set %1: %2 is not an object or an array</source>
        <translation>set %1: %2 ist weder Objekt noch Array</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Donation Desk database (not an SQLite file); it was left untouched. Choose another file with --db.</source>
        <translation>%1 ist keine Datenbank von Donation Desk (keine SQLite-Datei); sie wurde nicht verändert. Wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application; it was left untouched. Choose another file with --db.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung; sie wurde nicht verändert. Wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Donation Desk (schema %2; this version reads up to %3). It was left untouched: upgrade Donation Desk to open it.</source>
        <translation>%1 wurde von einer neueren Version von Donation Desk geschrieben (Schema %2; diese Version liest bis %3). Die Datei wurde nicht verändert: Aktualisieren Sie Donation Desk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is not a Donation Desk database (%2); it was left untouched.</source>
        <translation>%1 ist keine Datenbank von Donation Desk (%2); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application; it was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot migrate %1: %2</source>
        <translation>%1 kann nicht migriert werden: %2</translation>
    </message>
    <message>
        <source>migration of %1 to schema %2 failed: %3</source>
        <translation>Migration von %1 auf Schema %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>SettingsSupport</name>
    <message>
        <source>Enter the address to listen on, such as 127.0.0.1.</source>
        <translation>Geben Sie die Adresse für den Empfang ein, etwa 127.0.0.1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: use 127.0.0.1 (this computer only), 0.0.0.0 (all networks) or one of this computer&apos;s addresses.</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse: Verwenden Sie 127.0.0.1 (nur dieser Computer), 0.0.0.0 (alle Netzwerke) oder eine der Adressen dieses Computers.</translation>
    </message>
    <message>
        <source>Other machines can reach the listener at this address. Webhooks carry donors&apos; data: receive them from the internet through a reverse proxy or tunnel with TLS.</source>
        <translation>Andere Rechner können den Empfänger unter dieser Adresse erreichen. Webhooks enthalten Spenderdaten: Empfangen Sie sie aus dem Internet über einen Reverse Proxy oder Tunnel mit TLS.</translation>
    </message>
    <message>
        <source>Expected a URL such as https://donations.example.org (the address of the reverse proxy or tunnel).</source>
        <translation>URL wie https://donations.example.org erwartet (die Adresse des Reverse Proxys oder Tunnels).</translation>
    </message>
    <message>
        <source>The base URL cannot have a query (?) or fragment (#): /hooks/&lt;token&gt; is added to it.</source>
        <translation>Die Basis-URL darf keine Abfrage (?) und kein Fragment (#) enthalten: /hooks/&lt;token&gt; wird angehängt.</translation>
    </message>
    <message>
        <source>Donation Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Datenbanken von Donation Desk (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a Donation Desk database</source>
        <translation>Datenbank von Donation Desk öffnen</translation>
    </message>
    <message>
        <source>Create a Donation Desk database</source>
        <translation>Datenbank für Donation Desk anlegen</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>%1 already exists: open it with “Open another database…”, or choose a new name.</source>
        <translation>%1 existiert bereits: Öffnen Sie die Datei mit „Andere Datenbank öffnen…“ oder wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Listening at %1</source>
        <translation>Empfängt unter %1</translation>
    </message>
    <message>
        <source>Starting or stopping…</source>
        <translation>Wird gestartet oder gestoppt…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts connections from this computer only (a reverse proxy or tunnel on it forwards to it).</source>
        <translation>127.0.0.1 nimmt nur Verbindungen von diesem Computer an (ein Reverse Proxy oder Tunnel auf diesem Computer leitet an ihn weiter).</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>Öffentliche Basis-URL</translation>
    </message>
    <message>
        <source>Where providers reach this listener through a reverse proxy or tunnel (with TLS), e.g. https://donations.example.org. The URLs shown for endpoints start with it. Empty: the listener&apos;s own address.</source>
        <translation>Wo Anbieter diesen Empfänger über einen Reverse Proxy oder Tunnel (mit TLS) erreichen, z. B. https://donations.example.org. Die für Endpunkte angezeigten URLs beginnen damit. Leer: die eigene Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>https://donations.example.org</source>
        <translation>https://donations.example.org</translation>
    </message>
    <message>
        <source>Largest request body</source>
        <translation>Größter Anfrage-Body</translation>
    </message>
    <message>
        <source>Bigger requests are refused (413) before they are read. Provider webhooks are a few KiB.</source>
        <translation>Größere Anfragen werden abgelehnt (413), bevor sie gelesen werden. Webhooks von Anbietern sind wenige KiB groß.</translation>
    </message>
    <message>
        <source>Largest request body in KiB</source>
        <translation>Größter Anfrage-Body in KiB</translation>
    </message>
    <message>
        <source>KiB (%1)</source>
        <translation>KiB (%1)</translation>
    </message>
    <message>
        <source>Applying restarts the listener; requests already received are answered first.</source>
        <translation>Beim Übernehmen wird der Empfänger neu gestartet; bereits eingegangene Anfragen werden zuerst beantwortet.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Every request and donation is kept in this file. Back it up with “donationdesk backup --output FILE”, which makes a consistent copy even while Donation Desk runs (copying the file itself is only safe while Donation Desk is closed).</source>
        <translation>Jede Anfrage und jede Spende wird in dieser Datei gespeichert. Sichern Sie sie mit „donationdesk backup --output FILE“: Das erstellt auch während des Betriebs von Donation Desk eine konsistente Kopie (die Datei selbst zu kopieren ist nur sicher, solange Donation Desk geschlossen ist).</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Andere Datenbank öffnen…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Neue Datenbank…</translation>
    </message>
    <message>
        <source>The listener moves to the database you choose; the views show that database&apos;s endpoints and donations.</source>
        <translation>Der Empfänger wechselt zur gewählten Datenbank; die Ansichten zeigen deren Endpunkte und Spenden.</translation>
    </message>
    <message>
        <source>Privacy and data retention</source>
        <translation>Datenschutz und Aufbewahrung</translation>
    </message>
    <message>
        <source>Keep raw requests for</source>
        <translation>Rohanfragen aufbewahren für</translation>
    </message>
    <message>
        <source>The exact headers and body of each webhook. Once older than this and processed, they are erased: their donations and their line in Requests stay. Refused requests older than this are deleted. The listener applies it at start and every hour.</source>
        <translation>Die exakten Header und der Body jedes Webhooks. Sobald sie älter sind und verarbeitet wurden, werden sie gelöscht: Ihre Spenden und ihre Zeile unter „Anfragen“ bleiben erhalten. Ältere abgelehnte Anfragen werden entfernt. Der Empfänger wendet dies beim Start und stündlich an.</translation>
    </message>
    <message>
        <source>Keep raw requests for this many days; 0 keeps them</source>
        <translation>Rohanfragen so viele Tage aufbewahren; 0 bewahrt sie unbegrenzt auf</translation>
    </message>
    <message>
        <source>days (0 = keep)</source>
        <translation>Tage (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Jetzt bereinigen</translation>
    </message>
    <message>
        <source>Erase what is older than the setting now, rather than within the hour</source>
        <translation>Alles, was älter ist als eingestellt, jetzt löschen statt innerhalb der nächsten Stunde</translation>
    </message>
    <message>
        <source>A donor may ask for their personal data to be erased. Their donations keep amounts and ids for the books.</source>
        <translation>Ein Spender kann die Löschung seiner personenbezogenen Daten verlangen. Seine Spenden behalten Beträge und IDs für die Buchhaltung.</translation>
    </message>
    <message>
        <source>Erase a donor&apos;s personal data…</source>
        <translation>Personenbezogene Daten eines Spenders löschen…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>This desktop has no system tray: Donation Desk cannot show notifications, and closing its window quits it (and stops the listener).</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Donation Desk kann keine Benachrichtigungen anzeigen, und das Schließen des Fensters beendet das Programm (und stoppt den Empfänger).</translation>
    </message>
    <message>
        <source>Notify me of each new donation</source>
        <translation>Bei jeder neuen Spende benachrichtigen</translation>
    </message>
    <message>
        <source>Quiet mode: no notifications for now</source>
        <translation>Ruhemodus: vorerst keine Benachrichtigungen</translation>
    </message>
    <message>
        <source>Keep receiving in the system tray when the window is closed</source>
        <translation>Im Infobereich weiter empfangen, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source>Closing the window leaves the listener running; quit from the tray icon&apos;s menu.</source>
        <translation>Beim Schließen des Fensters läuft der Empfänger weiter; beenden Sie das Programm über das Menü des Symbols im Infobereich.</translation>
    </message>
    <message>
        <source>Closing the window quits Donation Desk: webhooks are refused until it runs again.</source>
        <translation>Das Schließen des Fensters beendet Donation Desk: Webhooks werden abgelehnt, bis es wieder läuft.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Donation Desk %1 (Qt %2)</source>
        <translation>Donation Desk %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Wie System (%1)</translation>
    </message>
    <message>
        <source>Dates, times, numbers and amounts follow the language. Exports keep their fixed formats.</source>
        <translation>Datum, Uhrzeit, Zahlen und Beträge richten sich nach der Sprache. Exporte behalten ihre festen Formate.</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>signature missing: %1 signs with %2 hex of the raw body in %3, and this endpoint has a secret, but the header was absent. Set the same secret in %1, or clear it here.</source>
        <translation>Signatur fehlt: %1 signiert mit %2 (hex) des Roh-Body in %3, und dieser Endpunkt hat einen Geheimschlüssel, aber der Header fehlte. Legen Sie denselben Geheimschlüssel bei %1 fest oder entfernen Sie ihn hier.</translation>
    </message>
    <message>
        <source>signature mismatch: expected %1 hex of the raw body in %2; the header was present but did not match the endpoint&apos;s secret</source>
        <translation>Signatur stimmt nicht überein: %1 (hex) des Roh-Body in %2 erwartet; der Header war vorhanden, passte aber nicht zum Geheimschlüssel des Endpunkts</translation>
    </message>
</context>
<context>
    <name>Signatures::StandardWebhooks</name>
    <message>
        <source>signature missing: this endpoint has a signing secret, so requests must carry the Standard Webhooks headers webhook-id, webhook-timestamp and webhook-signature</source>
        <translation>Signatur fehlt: Dieser Endpunkt hat einen Signaturschlüssel, daher müssen Anfragen die Header von Standard Webhooks enthalten: webhook-id, webhook-timestamp und webhook-signature</translation>
    </message>
    <message>
        <source>webhook-timestamp &quot;%1&quot; is not a Unix time in seconds</source>
        <translation>webhook-timestamp &quot;%1&quot; ist keine Unix-Zeit in Sekunden</translation>
    </message>
    <message>
        <source>stale timestamp: webhook-timestamp is %1 seconds from our clock; the limit is %2. Check the sender&apos;s clock, or that it is not replaying an old request.</source>
        <translation>veralteter Zeitstempel: webhook-timestamp weicht um %1 Sekunden von unserer Uhr ab; die Grenze ist %2. Prüfen Sie die Uhr des Absenders oder ob er eine alte Anfrage erneut abspielt.</translation>
    </message>
    <message>
        <source>signature mismatch: expected HMAC-SHA256 base64 of &quot;webhook-id.webhook-timestamp.body&quot; in webhook-signature (v1,...), keyed with the endpoint&apos;s whsec_ secret; no entry matched</source>
        <translation>Signatur stimmt nicht überein: HMAC-SHA256 (Base64) von &quot;webhook-id.webhook-timestamp.body&quot; in webhook-signature (v1,...) erwartet, berechnet mit dem whsec_-Geheimschlüssel des Endpunkts; kein Eintrag passte</translation>
    </message>
</context>
<context>
    <name>StandardAdapter</name>
    <message>
        <source>Standard Webhooks (signed)</source>
        <translation>Standard Webhooks (signiert)</translation>
    </message>
    <message>
        <source>Configure the sender with this URL and the whsec_ signing secret. Each request carries webhook-id, webhook-timestamp and webhook-signature headers (HMAC-SHA256 of &quot;id.timestamp.body&quot;); timestamps more than 5 minutes off are refused.</source>
        <translation>Konfigurieren Sie den Absender mit dieser URL und dem whsec_-Signaturschlüssel. Jede Anfrage enthält die Header webhook-id, webhook-timestamp und webhook-signature (HMAC-SHA256 von &quot;id.timestamp.body&quot;); Zeitstempel, die mehr als 5 Minuten abweichen, werden abgelehnt.</translation>
    </message>
    <message>
        <source>this endpoint has no signing secret, so no signature can be checked; set one with endpoint update</source>
        <translation>dieser Endpunkt hat keinen Signaturschlüssel, daher kann keine Signatur geprüft werden; legen Sie einen mit endpoint update fest</translation>
    </message>
    <message>
        <source>malformed body: expected {&quot;type&quot;: ..., &quot;data&quot;: {...}}</source>
        <translation>fehlerhafter Body: {&quot;type&quot;: ..., &quot;data&quot;: {...}} erwartet</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>&quot;data&quot; object missing</source>
        <translation>&quot;data&quot;-Objekt fehlt</translation>
    </message>
    <message>
        <source>&quot;type&quot; missing</source>
        <translation>&quot;type&quot; fehlt</translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <source>unknown provider &apos;%1&apos;</source>
        <translation>unbekannter Anbieter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the sample %1 is not a %2 event</source>
        <translation>das Beispiel %1 ist kein %2-Ereignis</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>%1 requests carry no signature: its URL is the secret (try wrong-token)</source>
        <translation>%1-Anfragen tragen keine Signatur: Ihre URL ist der Geheimschlüssel (versuchen Sie wrong-token)</translation>
    </message>
    <message>
        <source>%1 signatures carry no timestamp: only Standard Webhooks (and ChangeUp-style endpoints with a secret) can be stale</source>
        <translation>%1-Signaturen enthalten keinen Zeitstempel: Nur Standard Webhooks (und Endpunkte im ChangeUp-Stil mit Geheimschlüssel) können veraltet sein</translation>
    </message>
</context>
<context>
    <name>TestSenderController</name>
    <message>
        <source>… (%1 bytes in all; the rest is not shown)</source>
        <translation>… (insgesamt %1 Byte; der Rest wird nicht angezeigt)</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL</source>
        <translation>„%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>This endpoint is set to the “%1” event: the listener reads every request to it as that event. Choose a sample for “%1”, or change the endpoint&apos;s event in Endpoints.</source>
        <translation>Dieser Endpunkt ist auf das Ereignis „%1“ festgelegt: Der Empfänger liest jede Anfrage an ihn als dieses Ereignis. Wählen Sie ein Beispiel für „%1“ oder ändern Sie das Ereignis des Endpunkts unter „Endpunkte“.</translation>
    </message>
    <message>
        <source>Correctly signed</source>
        <translation>Korrekt signiert</translation>
    </message>
    <message>
        <source>Signed exactly as the provider signs: the listener should accept it.</source>
        <translation>Genau so signiert wie vom Anbieter: Der Empfänger sollte die Anfrage annehmen.</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Falsche Signatur</translation>
    </message>
    <message>
        <source>Signed with another secret, as if someone forged it: expect 401.</source>
        <translation>Mit einem anderen Geheimschlüssel signiert, als wäre sie gefälscht: 401 erwartet.</translation>
    </message>
    <message>
        <source>Missing signature</source>
        <translation>Fehlende Signatur</translation>
    </message>
    <message>
        <source>No signature at all: expect 401 when the endpoint has a secret.</source>
        <translation>Überhaupt keine Signatur: 401 erwartet, wenn der Endpunkt einen Geheimschlüssel hat.</translation>
    </message>
    <message>
        <source>Wrong URL token</source>
        <translation>Falsches URL-Token</translation>
    </message>
    <message>
        <source>Another token in the URL, an endpoint that does not exist: expect 404.</source>
        <translation>Ein anderes Token in der URL, also ein Endpunkt, den es nicht gibt: 404 erwartet.</translation>
    </message>
    <message>
        <source>Stale timestamp</source>
        <translation>Veralteter Zeitstempel</translation>
    </message>
    <message>
        <source>Signed ten minutes ago, like a replayed request: expect 401.</source>
        <translation>Vor zehn Minuten signiert, wie eine wiederholt abgespielte Anfrage: 401 erwartet.</translation>
    </message>
    <message>
        <source>Oversized body</source>
        <translation>Übergroßer Body</translation>
    </message>
    <message>
        <source>A body over the 1 MiB limit: expect 413.</source>
        <translation>Ein Body über dem Limit von 1 MiB: 413 erwartet.</translation>
    </message>
    <message>
        <source>Choose an endpoint: add one in Endpoints first.</source>
        <translation>Wählen Sie einen Endpunkt: Legen Sie zuerst unter „Endpunkte“ einen an.</translation>
    </message>
    <message>
        <source>Choose a sample event.</source>
        <translation>Wählen Sie ein Beispielereignis.</translation>
    </message>
    <message>
        <source>The body is empty: type one, or start again from the sample.</source>
        <translation>Der Body ist leer: Geben Sie einen ein oder beginnen Sie erneut mit dem Beispiel.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1 at character %2): it will be sent as typed, and the listener will probably refuse it.</source>
        <translation>Das ist kein gültiges JSON (%1 bei Zeichen %2): Es wird wie eingegeben gesendet, und der Empfänger wird es wahrscheinlich ablehnen.</translation>
    </message>
    <message>
        <source>The listener is not running: start it in Live, or send to another URL.</source>
        <translation>Der Empfänger läuft nicht: Starten Sie ihn unter „Live“ oder senden Sie an eine andere URL.</translation>
    </message>
    <message>
        <source>Type the URL to send to.</source>
        <translation>Geben Sie die Ziel-URL ein.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found: check the spelling of the URL, and that this computer is connected to the internet.</source>
        <translation>Der Servername wurde nicht gefunden: Prüfen Sie die Schreibweise der URL und ob dieser Computer mit dem Internet verbunden ist.</translation>
    </message>
    <message>
        <source>Nothing is listening at that address and port: check the port in the URL, and that the listener (or your proxy or tunnel) is running.</source>
        <translation>Unter dieser Adresse und diesem Port empfängt nichts: Prüfen Sie den Port in der URL und ob der Empfänger (oder Ihr Proxy oder Tunnel) läuft.</translation>
    </message>
    <message>
        <source>The secure (https) connection failed: the server&apos;s certificate is not trusted or has expired, or the server does not use https on that port.</source>
        <translation>Die sichere (https-)Verbindung ist fehlgeschlagen: Das Zertifikat des Servers ist nicht vertrauenswürdig oder abgelaufen, oder der Server verwendet auf diesem Port kein https.</translation>
    </message>
    <message>
        <source>The server did not answer in time: it may be overloaded, or a firewall may be silently dropping the connection.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet: Er ist möglicherweise überlastet, oder eine Firewall verwirft die Verbindung stillschweigend.</translation>
    </message>
    <message>
        <source>The server hung up without answering: check that the URL leads to a web server, and that your proxy accepts requests of this size.</source>
        <translation>Der Server hat die Verbindung ohne Antwort beendet: Prüfen Sie, ob die URL zu einem Webserver führt und ob Ihr Proxy Anfragen dieser Größe annimmt.</translation>
    </message>
    <message>
        <source>The request could not be completed: the technical message below says why.</source>
        <translation>Die Anfrage konnte nicht abgeschlossen werden: Die technische Meldung unten nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>TestSenderView</name>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>the sample&apos;s amount</source>
        <translation>Betrag des Beispiels</translation>
    </message>
    <message>
        <source>In major units: 25.00, 0.00012345</source>
        <translation>In Haupteinheiten: 25.00, 0.00012345</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>the sample&apos;s currency</source>
        <translation>Währung des Beispiels</translation>
    </message>
    <message>
        <source>A code: USD, EUR, BTC</source>
        <translation>Ein Code: USD, EUR, BTC</translation>
    </message>
    <message>
        <source>Donor name</source>
        <translation>Spendername</translation>
    </message>
    <message>
        <source>the sample&apos;s donor</source>
        <translation>Spender des Beispiels</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>the sample&apos;s email</source>
        <translation>E-Mail des Beispiels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the sample&apos;s status</source>
        <translation>Status des Beispiels</translation>
    </message>
    <message>
        <source>The provider&apos;s own word, where the event does not decide it</source>
        <translation>Die eigene Bezeichnung des Anbieters, sofern das Ereignis den Status nicht vorgibt</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>the sample&apos;s id</source>
        <translation>ID des Beispiels</translation>
    </message>
    <message>
        <source>The provider&apos;s id of the donation: the same id updates the same donation</source>
        <translation>Die ID der Spende beim Anbieter: Dieselbe ID aktualisiert dieselbe Spende</translation>
    </message>
    <message>
        <source>Stored; waiting for the processor…</source>
        <translation>Gespeichert; warten auf die Verarbeitung…</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Ignored: nothing to record</source>
        <translation>Ignoriert: nichts zu erfassen</translation>
    </message>
    <message>
        <source>Dead letter: it could not be read</source>
        <translation>Klärfall: konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not known: the database could not be read</source>
        <translation>Unbekannt: Die Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Test sender</source>
        <translation>Testsender</translation>
    </message>
    <message>
        <source>try a webhook set-up before donors give</source>
        <translation>Webhook-Einrichtung testen, bevor Spender spenden</translation>
    </message>
    <message>
        <source>No endpoints yet</source>
        <translation>Noch keine Endpunkte</translation>
    </message>
    <message>
        <source>Add an endpoint in Endpoints: test webhooks are sent to one of them.</source>
        <translation>Legen Sie unter „Endpunkte“ einen Endpunkt an: Testwebhooks werden an einen davon gesendet.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Sample event</source>
        <translation>Beispielereignis</translation>
    </message>
    <message>
        <source>%1 · provider event “%2”</source>
        <translation>%1 · Anbieterereignis „%2“</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Fields left empty keep the sample&apos;s values. “Another donor” picks another variant: other donor, amount and ids.</source>
        <translation>Leer gelassene Felder behalten die Werte des Beispiels. „Anderer Spender“ wählt eine andere Variante: anderer Spender, Betrag und andere IDs.</translation>
    </message>
    <message>
        <source>Another donor</source>
        <translation>Anderer Spender</translation>
    </message>
    <message>
        <source>The next variant of the sample: another donor, amount and ids (variant %1)</source>
        <translation>Die nächste Variante des Beispiels: anderer Spender, Betrag und andere IDs (Variante %1)</translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation>Felder leeren</translation>
    </message>
    <message>
        <source>Body (before signing; sent without the indentation)</source>
        <translation>Body (vor dem Signieren; wird ohne Einrückung gesendet)</translation>
    </message>
    <message>
        <source>Sent exactly as typed, signed as the provider signs it. The fields above do not apply here.</source>
        <translation>Wird genau wie eingegeben gesendet und so signiert, wie der Anbieter signiert. Die Felder oben gelten hier nicht.</translation>
    </message>
    <message>
        <source>Raw JSON body</source>
        <translation>Roh-JSON-Body</translation>
    </message>
    <message>
        <source>Start again from the sample</source>
        <translation>Neu mit dem Beispiel beginnen</translation>
    </message>
    <message>
        <source>How to send it</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Does not apply: %1</source>
        <translation>Nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>Where to send it</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The listener in this app</source>
        <translation>Der Empfänger in dieser App</translation>
    </message>
    <message>
        <source>The listener is not running.</source>
        <translation>Der Empfänger läuft nicht.</translation>
    </message>
    <message>
        <source>Another URL, e.g. your public URL through a reverse proxy or tunnel</source>
        <translation>Eine andere URL, z. B. Ihre öffentliche URL über einen Reverse Proxy oder Tunnel</translation>
    </message>
    <message>
        <source>https://donations.example.org/hooks/…</source>
        <translation>https://donations.example.org/hooks/…</translation>
    </message>
    <message>
        <source>URL to send to</source>
        <translation>Ziel-URL</translation>
    </message>
    <message>
        <source>Endpoint&apos;s URL</source>
        <translation>URL des Endpunkts</translation>
    </message>
    <message>
        <source>The URL given to the provider: %1</source>
        <translation>Die dem Anbieter mitgeteilte URL: %1</translation>
    </message>
    <message>
        <source>The answer is shown; what the request became is shown only for the listener in this app.</source>
        <translation>Die Antwort wird angezeigt; was aus der Anfrage wurde, nur beim Empfänger in dieser App.</translation>
    </message>
    <message>
        <source>Mark as test (kept out of reports)</source>
        <translation>Als Test markieren (nicht in Berichten)</translation>
    </message>
    <message>
        <source>Unchecked, the donation counts like a real one in reports and exports.</source>
        <translation>Ohne Häkchen zählt die Spende in Berichten und Exporten wie eine echte.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Nothing can be sent until the problem above is fixed.</source>
        <translation>Solange das Problem oben nicht behoben ist, kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Nothing sent yet. Choose an event and press Send: the answer, how long it took and what the request became appear here.</source>
        <translation>Noch nichts gesendet. Wählen Sie ein Ereignis und klicken Sie auf „Senden“: Die Antwort, ihre Dauer und was aus der Anfrage wurde, erscheinen hier.</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in %1 ms</source>
        <translation>in %1 ms</translation>
    </message>
    <message>
        <source>Refused by the listener:</source>
        <translation>Vom Empfänger abgelehnt:</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <translation>Keine Antwort (%1)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>What it became</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>No donation was created or changed.</source>
        <translation>Es wurde keine Spende angelegt oder geändert.</translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <source>new,</source>
        <translation>neu,</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>(no donor name)</source>
        <translation>(kein Spendername)</translation>
    </message>
    <message>
        <source>External id %1</source>
        <translation>Externe ID %1</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Anfrage wie gesendet</translation>
    </message>
    <message>
        <source>POST %1</source>
        <translation>POST %1</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
</context>
<context>
    <name>Timestamps</name>
    <message>
        <source>unrecognised date or time &quot;%1&quot;</source>
        <translation>nicht erkanntes Datum bzw. nicht erkannte Uhrzeit &quot;%1&quot;</translation>
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
        <translation>Donation Desk anzeigen</translation>
    </message>
    <message>
        <source>Quiet mode</source>
        <translation>Ruhemodus</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1 has gone quiet</source>
        <translation>%1 ist verstummt</translation>
    </message>
    <message>
        <source>%1 is failing signatures</source>
        <translation>%1: Signaturprüfungen schlagen fehl</translation>
    </message>
</context>
<context>
    <name>WebhookListener</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Empfang auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>webhooks must be sent with POST, not %1</source>
        <translation>Webhooks müssen mit POST gesendet werden, nicht mit %1</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is disabled</source>
        <translation>Endpunkt &quot;%1&quot; ist deaktiviert</translation>
    </message>
    <message>
        <source>no endpoint has this URL; check the token in the URL</source>
        <translation>kein Endpunkt hat diese URL; prüfen Sie das Token in der URL</translation>
    </message>
    <message>
        <source>%1 is not in this endpoint&apos;s allow-list</source>
        <translation>%1 steht nicht auf der Zulassungsliste dieses Endpunkts</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; names an unknown provider &quot;%2&quot;</source>
        <translation>Endpunkt &quot;%1&quot; nennt einen unbekannten Anbieter &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the request could not be stored (%1); nothing was kept, please retry</source>
        <translation>die Anfrage konnte nicht gespeichert werden (%1); nichts wurde aufbewahrt, bitte erneut versuchen</translation>
    </message>
    <message>
        <source>use GET</source>
        <translation>GET verwenden</translation>
    </message>
    <message>
        <source>nothing here: webhooks go to POST /hooks/&lt;token&gt;</source>
        <translation>nichts hier: Webhooks gehen an POST /hooks/&lt;token&gt;</translation>
    </message>
</context>
</TS>
