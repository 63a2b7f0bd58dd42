<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdapterUtil</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is given but the currency is not</source>
        <translation>%1 est indiqué, mais pas la devise</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 ignored: %2</source>
        <translation>%1 ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a currency code</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un code de devise</translation>
    </message>
    <message>
        <source>malformed body: %1</source>
        <translation>corps mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>malformed body: expected a JSON object or array</source>
        <translation>corps mal formé&#xa0;: objet ou tableau JSON attendu</translation>
    </message>
    <message>
        <source>malformed body: expected a JSON object</source>
        <translation>corps mal formé&#xa0;: objet JSON attendu</translation>
    </message>
    <message>
        <source>paymentNumber missing</source>
        <translation>paymentNumber manquant</translation>
    </message>
    <message>
        <source>amount missing</source>
        <translation>montant manquant</translation>
    </message>
    <message>
        <source>currency missing and the endpoint has no currency set</source>
        <translation>devise manquante et aucune devise définie pour le point de terminaison</translation>
    </message>
</context>
<context>
    <name>AlarmEvaluation</name>
    <message>
        <source>No silence alarm set.</source>
        <translation>Aucune alarme de silence définie.</translation>
    </message>
    <message>
        <source>No requests refused for their signature or token since the last accepted one.</source>
        <translation>Aucune requête refusée pour sa signature ou son jeton depuis la dernière acceptée.</translation>
    </message>
    <message>
        <source>No requests refused for their signature or token.</source>
        <translation>Aucune requête refusée pour sa signature ou son jeton.</translation>
    </message>
    <message>
        <source>Silence alarm paused: the endpoint is disabled.</source>
        <translation>Alarme de silence suspendue&#xa0;: le point de terminaison est désactivé.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>no donation for %1 (counted %2)</source>
        <translation>aucun don depuis %1 (temps compté %2)</translation>
    </message>
    <message>
        <source>no donation for %1</source>
        <translation>aucun don depuis %1</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>alarm after %1</source>
        <translation>alarme après %1</translation>
    </message>
    <message>
        <source>alarm after %1, counted between %2 and %3</source>
        <translation>alarme après %1, temps compté entre %2 et %3</translation>
    </message>
    <message>
        <source>No donation since the endpoint was created on %1: %2 of quiet (%3).</source>
        <translation>Aucun don depuis la création du point de terminaison le %1&#xa0;: %2 de silence (%3).</translation>
    </message>
    <message>
        <source>No donation for %1 (%2). The last one was on %3.</source>
        <translation>Aucun don depuis %1 (%2). Le dernier date du %3.</translation>
    </message>
    <message>
        <source>No donation yet since the endpoint was created on %1; %2 of quiet so far (%3).</source>
        <translation>Toujours aucun don depuis la création du point de terminaison le %1&#xa0;; %2 de silence jusqu&apos;ici (%3).</translation>
    </message>
    <message>
        <source>Last donation on %1; %2 of quiet so far (%3).</source>
        <translation>Dernier don le %1&#xa0;; %2 de silence jusqu&apos;ici (%3).</translation>
    </message>
    <message numerus="yes">
        <source>alarm after %n</source>
        <translation>
            <numerusform>alarme après %n</numerusform>
            <numerusform>alarme après %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused for their signature or token since the last accepted one (%1).</source>
        <translation>
            <numerusform>%n requête refusée pour sa signature ou son jeton depuis la dernière acceptée (%1).</numerusform>
            <numerusform>%n requêtes refusées pour leur signature ou leur jeton depuis la dernière acceptée (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 requests in a row refused for their signature or token</source>
        <translation>Au moins %1 requêtes consécutives refusées pour leur signature ou leur jeton</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row refused for their signature or token</source>
        <translation>
            <numerusform>%n requête consécutive refusée pour sa signature ou son jeton</numerusform>
            <numerusform>%n requêtes consécutives refusées pour leur signature ou leur jeton</numerusform>
        </translation>
    </message>
    <message>
        <source> since the last accepted one on %1 (%2).</source>
        <translation> depuis la dernière acceptée, le %1 (%2).</translation>
    </message>
    <message>
        <source>, and none ever accepted (%1).</source>
        <translation>, et aucune acceptée jusqu&apos;ici (%1).</translation>
    </message>
    <message>
        <source>The last, on %1: %2</source>
        <translation>La dernière, le %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n signature or token refusal(s) in a row</source>
        <translation>
            <numerusform>%n refus consécutif pour signature ou jeton</numerusform>
            <numerusform>%n refus consécutifs pour signature ou jeton</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeUpAdapter</name>
    <message>
        <source>ChangeUp-style checkout webhook</source>
        <translation>Webhook de paiement de type ChangeUp</translation>
    </message>
    <message>
        <source>Give this URL to the checkout server that completes donations for this widget; the URL itself is the secret, so keep it server-side. Optionally set a signing secret (whsec_...) and sign each request with Standard Webhooks headers.</source>
        <translation>Indiquez cette URL au serveur de paiement qui finalise les dons de ce widget&#xa0;; l&apos;URL elle-même fait office de secret, gardez-la donc côté serveur. Vous pouvez aussi définir un secret de signature (whsec_...) et signer chaque requête avec les en-têtes Standard Webhooks.</translation>
    </message>
    <message>
        <source>item %1 is not a donation object</source>
        <translation>l&apos;élément %1 n&apos;est pas un objet don</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Donation Desk reads (%2)</source>
        <translation>la version de format %1 est plus récente que celle que lit ce Donation Desk (%2)</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>empty donation batch</source>
        <translation>lot de dons vide</translation>
    </message>
</context>
<context>
    <name>ChartsBarList</name>
    <message numerus="yes">
        <source>%1: %n donation(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n don</numerusform>
            <numerusform>%1&#xa0;: %n dons</numerusform>
        </translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>conservé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n don</numerusform>
            <numerusform>%n dons</numerusform>
        </translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>mise à jour…</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Money charts show one currency at a time: amounts of different currencies are never added</source>
        <translation>Les graphiques financiers montrent une devise à la fois&#xa0;: les montants de devises différentes ne sont jamais additionnés</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Edit in Donations…</source>
        <translation>Modifier dans Dons…</translation>
    </message>
    <message>
        <source>The charts follow the Donations view&apos;s filter</source>
        <translation>Les graphiques suivent le filtre de la vue Dons</translation>
    </message>
    <message>
        <source>The charts could not be loaded: %1</source>
        <translation>Impossible de charger les graphiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Received %1 · %2</source>
        <translation>Reçus %1 · %2</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Refunded or reversed</source>
        <translation>Remboursé ou annulé</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 kept, %3 refunded or reversed, %n donation(s)</source>
        <translation>
            <numerusform>%1&#xa0;: conservé %2, remboursé ou annulé %3, %n don</numerusform>
            <numerusform>%1&#xa0;: conservé %2, remboursé ou annulé %3, %n dons</numerusform>
        </translation>
    </message>
    <message>
        <source>Status mix</source>
        <translation>Répartition des statuts</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pre- vs post-record over time · %1</source>
        <translation>Avant et après comptabilisation dans le temps · %1</translation>
    </message>
    <message>
        <source>Pre-record (waiting for the record date)</source>
        <translation>Avant comptabilisation (en attente de la date de comptabilisation)</translation>
    </message>
    <message>
        <source>Post-record (actualised)</source>
        <translation>Comptabilisé (date atteinte)</translation>
    </message>
    <message>
        <source>Amounts of the filtered donations in each record state at the end of each %1 (the last point is now).</source>
        <translation>Montants des dons filtrés dans chaque état de comptabilisation à la fin de chaque %1 (le dernier point correspond à maintenant).</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>Donations by provider</source>
        <translation>Dons par prestataire</translation>
    </message>
    <message>
        <source>Donations by endpoint</source>
        <translation>Dons par point de terminaison</translation>
    </message>
    <message>
        <source>No donations match the filter</source>
        <translation>Aucun don ne correspond au filtre</translation>
    </message>
    <message>
        <source>Change or clear the filter to see charts.</source>
        <translation>Modifiez ou effacez le filtre pour voir les graphiques.</translation>
    </message>
    <message>
        <source>Charts appear once donations have been received.</source>
        <translation>Les graphiques apparaissent dès que des dons ont été reçus.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n donation(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n don</numerusform>
            <numerusform>%1&#xa0;: %n dons</numerusform>
        </translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>conservé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Where to write the copy.</source>
        <translation>Emplacement de la copie.</translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation>Remplacer FILE s&apos;il existe.</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output est obligatoire</translation>
    </message>
    <message>
        <source>--output is the database itself; choose another file</source>
        <translation>--output désigne la base de données elle-même&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>%1 exists; choose another name, or add --force to replace it</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom ou ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>no folder %1 to write the copy into</source>
        <translation>le dossier %1 où écrire la copie n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the copy failed: %1</source>
        <translation>la copie a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the copy did not check out: %1</source>
        <translation>la vérification de la copie a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot rename the copy to %1</source>
        <translation>impossible de renommer la copie en %1</translation>
    </message>
    <message>
        <source>backed up %1 to %2: %3 donations, %4 stored requests, %5 bytes
</source>
        <translation>%1 sauvegardé dans %2&#xa0;: %3 dons, %4 requêtes stockées, %5 octets
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
        <translation>Utilisation&#xa0;: donationdesk [--db PATH]           lancer l&apos;application de bureau
              donationdesk &lt;command&gt; [options]

Commandes&#xa0;:
  serve       exécuter le récepteur de webhooks sans fenêtre
  endpoint    ajouter, lister, modifier ou supprimer des points de terminaison&#xa0;; vérifier leurs alarmes
  export      écrire les dons au format CSV
  reprocess   faire repasser les requêtes stockées par le traitement
  retention   afficher ou définir la durée de conservation des requêtes brutes
  purge       effacer dès maintenant les requêtes brutes plus anciennes que la durée de conservation
  erase-donor effacer les données personnelles d&apos;un donateur
  backup      copier la base de données de façon cohérente, même en cours d&apos;utilisation
  demo-data   remplir une base de données avec des dons de démonstration réalistes
  send-test   envoyer un webhook d&apos;exemple signé (ou volontairement défectueux)
  round-trip  vérifier que l&apos;URL publique d&apos;un point de terminaison atteint le récepteur

Toutes les commandes acceptent --db PATH (par défaut&#xa0;: %1).
Exécutez «&#xa0;donationdesk &lt;command&gt; --help&#xa0;» pour voir ses options.
</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Fichier de base de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>option --%1 given more than once</source>
        <translation>option --%1 indiquée plusieurs fois</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no database at %1 (check --db)</source>
        <translation>aucune base de données à l&apos;emplacement %1 (vérifiez --db)</translation>
    </message>
    <message>
        <source>--endpoint: no endpoint named &apos;%1&apos;</source>
        <translation>--endpoint&#xa0;: aucun point de terminaison nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see donationdesk --help)</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» (voir donationdesk --help)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: serve, endpoint, export, reprocess, retention, purge, erase-donor, backup, demo-data, send-test, round-trip)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (commandes&#xa0;: serve, endpoint, export, reprocess, retention, purge, erase-donor, backup, demo-data, send-test, round-trip)</translation>
    </message>
    <message>
        <source>Load every view offscreen and exit.</source>
        <translation>Charger chaque vue hors écran, puis quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Taille de fenêtre pour --screenshot (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>Write a PNG of each view into DIR and exit.</source>
        <translation>Écrire une image PNG de chaque vue dans DIR, puis quitter.</translation>
    </message>
    <message>
        <source>Donations to add, about (1 to %1).</source>
        <translation>Nombre approximatif de dons à ajouter (1 à %1).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1): the same seed, time and database give the same donations.</source>
        <translation>Graine du générateur (par défaut 1)&#xa0;: la même graine, la même heure et la même base de données donnent les mêmes dons.</translation>
    </message>
    <message>
        <source>The moment the data leads up to, ISO 8601 (default: the current time).</source>
        <translation>Moment jusqu&apos;auquel vont les données, en ISO 8601 (par défaut&#xa0;: l&apos;heure actuelle).</translation>
    </message>
    <message>
        <source>--count is required (the number of donations to add)</source>
        <translation>--count est obligatoire (le nombre de dons à ajouter)</translation>
    </message>
    <message>
        <source>--count: expected a whole number from 1 to %1, got &apos;%2&apos;</source>
        <translation>--count&#xa0;: nombre entier de 1 à %1 attendu, valeur reçue&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0 to 4294967295, got &apos;%1&apos;</source>
        <translation>--seed&#xa0;: nombre entier de 0 à 4294967295 attendu, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--now: expected a date and time such as 2025-06-01T12:00:00Z, got &apos;%1&apos;</source>
        <translation>--now&#xa0;: date et heure attendues, par exemple 2025-06-01T12:00:00Z, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>donationdesk %1: %2% (%3 of %4 donations)
</source>
        <translation>donationdesk %1&#xa0;: %2&#xa0;% (%3 dons sur %4)
</translation>
    </message>
    <message>
        <source>generated %1 donations in %2 s into %3
</source>
        <translation>%1 dons générés en %2 s dans %3
</translation>
    </message>
    <message>
        <source>record date %1 (or the donation time, if later)</source>
        <translation>date de comptabilisation %1 (ou date du don, si elle est postérieure)</translation>
    </message>
    <message>
        <source>post-record at once</source>
        <translation>comptabilisé immédiatement</translation>
    </message>
    <message>
        <source>%1 (%2)%3
</source>
        <translation>%1 (%2)%3
</translation>
    </message>
    <message>
        <source> [disabled]</source>
        <translation> [désactivé]</translation>
    </message>
    <message>
        <source>  id:        %1
</source>
        <translation>  identifiant&#xa0;:      %1
</translation>
    </message>
    <message>
        <source>  path:      %1
</source>
        <translation>  chemin&#xa0;:           %1
</translation>
    </message>
    <message>
        <source>  secret:    %1
</source>
        <translation>  secret&#xa0;:           %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>  currency:  %1
</source>
        <translation>  devise&#xa0;:           %1
</translation>
    </message>
    <message>
        <source>  event:     %1
</source>
        <translation>  événement&#xa0;:        %1
</translation>
    </message>
    <message>
        <source>  timezone:  %1
</source>
        <translation>  fuseau horaire&#xa0;:   %1
</translation>
    </message>
    <message>
        <source>  allow:     %1
</source>
        <translation>  autorisés&#xa0;:        %1
</translation>
    </message>
    <message>
        <source>  record:    %1
</source>
        <translation>  comptabilisation&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  alarm:     %1
</source>
        <translation>  alarme&#xa0;:           %1
</translation>
    </message>
    <message>
        <source>  setup:     %1
</source>
        <translation>  configuration&#xa0;:    %1
</translation>
    </message>
    <message>
        <source>Signing secret or shared token (generated when the provider signs and none is given).</source>
        <translation>Secret de signature ou jeton partagé (généré si le prestataire signe et qu&apos;aucun n&apos;est fourni).</translation>
    </message>
    <message>
        <source>No secret: rely on the secret URL alone.</source>
        <translation>Aucun secret&#xa0;: se fier uniquement à l&apos;URL secrète.</translation>
    </message>
    <message>
        <source>Currency when the payload has none (NationBuilder: the nation&apos;s currency).</source>
        <translation>Devise à utiliser quand la charge utile n&apos;en indique pas (NationBuilder&#xa0;: la devise de la nation).</translation>
    </message>
    <message>
        <source>Event fixed for this URL (NationBuilder: succeeded, changed, canceled, failed; Donary: schedule, charge, void, pledge). Default: inferred.</source>
        <translation>Événement fixé pour cette URL (NationBuilder&#xa0;: succeeded, changed, canceled, failed&#xa0;; Donary&#xa0;: schedule, charge, void, pledge). Par défaut&#xa0;: déduit de la requête.</translation>
    </message>
    <message>
        <source>Zone of provider times written without an offset (IANA or Windows name). Default: UTC.</source>
        <translation>Fuseau des heures du prestataire écrites sans décalage (nom IANA ou Windows). Par défaut&#xa0;: UTC.</translation>
    </message>
    <message>
        <source>Comma-separated addresses or CIDR ranges allowed to post. Default: anyone.</source>
        <translation>Adresses ou plages CIDR autorisées à envoyer, séparées par des virgules. Par défaut&#xa0;: tout le monde.</translation>
    </message>
    <message>
        <source>Record date this many days after each donation (0-3650).</source>
        <translation>Date de comptabilisation fixée à ce nombre de jours après chaque don (0-3650).</translation>
    </message>
    <message>
        <source>Fixed record date (the donation time if later).</source>
        <translation>Date de comptabilisation fixe (ou date du don si elle est postérieure).</translation>
    </message>
    <message>
        <source>Silence alarm: raise it when no real donation arrives for this long (90m, 6h, 1h30m, 2d; 0 or off: no quiet alarm).</source>
        <translation>Alarme de silence&#xa0;: la déclencher quand aucun don réel n&apos;arrive pendant cette durée (90m, 6h, 1h30m, 2d&#xa0;; 0 ou off&#xa0;: pas d&apos;alarme de silence).</translation>
    </message>
    <message>
        <source>Count quiet time only between these times of day, in the endpoint&apos;s time zone (22:00-06:00 wraps past midnight; empty: all day).</source>
        <translation>Ne compter le temps de silence qu&apos;entre ces heures de la journée, dans le fuseau horaire du point de terminaison (22:00-06:00 passe minuit&#xa0;; vide&#xa0;: toute la journée).</translation>
    </message>
    <message>
        <source>Silence alarm: raise it after this many requests in a row are refused for their signature or token (0 or off: never).</source>
        <translation>Alarme de silence&#xa0;: la déclencher après ce nombre de requêtes consécutives refusées pour leur signature ou leur jeton (0 ou off&#xa0;: jamais).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher au format JSON.</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Prestataire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A name for this endpoint (a widget, a campaign...).</source>
        <translation>Nom de ce point de terminaison (un widget, une campagne...).</translation>
    </message>
    <message>
        <source>--provider is required (one of: %1)</source>
        <translation>--provider est obligatoire (valeurs possibles&#xa0;: %1)</translation>
    </message>
    <message>
        <source>--provider: unknown provider &apos;%1&apos; (one of: %2)</source>
        <translation>--provider&#xa0;: prestataire inconnu «&#xa0;%1&#xa0;» (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Created endpoint %1</source>
        <translation>Point de terminaison %1 créé</translation>
    </message>
    <message>
        <source>Include secrets in the output.</source>
        <translation>Inclure les secrets dans la sortie.</translation>
    </message>
    <message>
        <source>No endpoints yet. Add one with: donationdesk endpoint add --provider P --name NAME
</source>
        <translation>Aucun point de terminaison pour l&apos;instant. Ajoutez-en un avec&#xa0;: donationdesk endpoint add --provider P --name NAME
</translation>
    </message>
    <message>
        <source>Name or id of the endpoint.</source>
        <translation>Nom ou identifiant du point de terminaison.</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Nouveau nom.</translation>
    </message>
    <message>
        <source>Generate a new secret.</source>
        <translation>Générer un nouveau secret.</translation>
    </message>
    <message>
        <source>Give the endpoint a new URL (the old one stops working).</source>
        <translation>Attribuer une nouvelle URL au point de terminaison (l&apos;ancienne cesse de fonctionner).</translation>
    </message>
    <message>
        <source>Accept requests again.</source>
        <translation>Accepter de nouveau les requêtes.</translation>
    </message>
    <message>
        <source>Refuse requests (404) until enabled.</source>
        <translation>Refuser les requêtes (404) jusqu&apos;à la réactivation.</translation>
    </message>
    <message>
        <source>name the endpoint to update</source>
        <translation>indiquez le point de terminaison à modifier</translation>
    </message>
    <message>
        <source>use either --enable or --disable</source>
        <translation>utilisez soit --enable, soit --disable</translation>
    </message>
    <message>
        <source>no endpoint named &apos;%1&apos;</source>
        <translation>aucun point de terminaison nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>endpoint &apos;%1&apos; has an unknown provider &apos;%2&apos;</source>
        <translation>le point de terminaison «&#xa0;%1&#xa0;» a un prestataire inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Updated endpoint %1</source>
        <translation>Point de terminaison %1 modifié</translation>
    </message>
    <message>
        <source>name the endpoint to remove</source>
        <translation>indiquez le point de terminaison à supprimer</translation>
    </message>
    <message>
        <source>Removed endpoint %1: its URL no longer accepts requests; its donations and requests are kept.
</source>
        <translation>Point de terminaison %1 supprimé&#xa0;: son URL n&apos;accepte plus de requêtes&#xa0;; ses dons et ses requêtes sont conservés.
</translation>
    </message>
    <message>
        <source>Only this endpoint (name or id).</source>
        <translation>Uniquement ce point de terminaison (nom ou identifiant).</translation>
    </message>
    <message>
        <source>Count quiet time up to this moment instead of now (to try a threshold).</source>
        <translation>Compter le temps de silence jusqu&apos;à ce moment au lieu de maintenant (pour essayer un seuil).</translation>
    </message>
    <message>
        <source>--at: expected a date and time such as 2024-05-25T21:00:00Z, got &apos;%1&apos;</source>
        <translation>--at&#xa0;: date et heure attendues, par exemple 2024-05-25T21:00:00Z, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 - %3
</source>
        <translation>%1&#xa0;: %2 - %3
</translation>
    </message>
    <message>
        <source>No endpoints yet.
</source>
        <translation>Aucun point de terminaison pour l&apos;instant.
</translation>
    </message>
    <message>
        <source>Usage: donationdesk endpoint add|list|update|remove|alarms [options]
Run &apos;donationdesk endpoint &lt;sub-command&gt; --help&apos; for details.
</source>
        <translation>Utilisation&#xa0;: donationdesk endpoint add|list|update|remove|alarms [options]
Exécutez «&#xa0;donationdesk endpoint &lt;sub-command&gt; --help&#xa0;» pour plus de détails.
</translation>
    </message>
    <message>
        <source>expected a sub-command: add, list, update, remove or alarms</source>
        <translation>sous-commande attendue&#xa0;: add, list, update, remove ou alarms</translation>
    </message>
    <message>
        <source>unknown sub-command &apos;%1&apos; (add, list, update, remove, alarms)</source>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;» (add, list, update, remove, alarms)</translation>
    </message>
    <message>
        <source>    #%1 %2 (%3): %4 %5, %6, %7
</source>
        <translation>    #%1 %2 (%3)&#xa0;: %4 %5, %6, %7
</translation>
    </message>
    <message>
        <source>Erased the personal data of %1:
</source>
        <translation>Données personnelles de %1 effacées&#xa0;:
</translation>
    </message>
    <message>
        <source>Would erase the personal data of %1:
</source>
        <translation>Les données personnelles de %1 seraient effacées&#xa0;:
</translation>
    </message>
    <message numerus="yes">
        <source>  %n donation(s): donor name, email and personal details (amounts, currency, status, dates, campaign and ids are kept)
</source>
        <translation>
            <numerusform>  %n don&#xa0;: nom, e-mail et données personnelles du donateur (montants, devise, statut, dates, campagne et identifiants sont conservés)
</numerusform>
            <numerusform>  %n dons&#xa0;: nom, e-mail et données personnelles du donateur (montants, devise, statut, dates, campagne et identifiants sont conservés)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n stored request(s): headers and body
</source>
        <translation>
            <numerusform>  %n requête stockée&#xa0;: en-têtes et corps
</numerusform>
            <numerusform>  %n requêtes stockées&#xa0;: en-têtes et corps
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n refused request(s): headers and body
</source>
        <translation>
            <numerusform>  %n requête refusée&#xa0;: en-têtes et corps
</numerusform>
            <numerusform>  %n requêtes refusées&#xa0;: en-têtes et corps
</numerusform>
        </translation>
    </message>
    <message>
        <source>The donor&apos;s email address (any case): their donations and every stored or refused request holding it.</source>
        <translation>Adresse e-mail du donateur (casse indifférente)&#xa0;: ses dons et toutes les requêtes stockées ou refusées qui la contiennent.</translation>
    </message>
    <message>
        <source>Only show what would be erased.</source>
        <translation>Afficher seulement ce qui serait effacé.</translation>
    </message>
    <message>
        <source>Erase without asking (it cannot be undone).</source>
        <translation>Effacer sans confirmation (action irréversible).</translation>
    </message>
    <message>
        <source>--email is required (the donor&apos;s email address)</source>
        <translation>--email est obligatoire (l&apos;adresse e-mail du donateur)</translation>
    </message>
    <message>
        <source>use either --dry-run or --yes</source>
        <translation>utilisez soit --dry-run, soit --yes</translation>
    </message>
    <message>
        <source>No donation and no stored or refused request holds %1: nothing to erase.
</source>
        <translation>Aucun don ni aucune requête stockée ou refusée ne contient %1&#xa0;: rien à effacer.
</translation>
    </message>
    <message>
        <source>nothing was erased: add --yes to erase it for good (or --dry-run to only see it)</source>
        <translation>rien n&apos;a été effacé&#xa0;: ajoutez --yes pour effacer définitivement (ou --dry-run pour seulement voir ce qui le serait)</translation>
    </message>
    <message>
        <source>nothing was erased: %1</source>
        <translation>rien n&apos;a été effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only this endpoint.</source>
        <translation>Uniquement ce point de terminaison.</translation>
    </message>
    <message>
        <source>Only this provider.</source>
        <translation>Uniquement ce prestataire.</translation>
    </message>
    <message>
        <source>Only these statuses, comma-separated (%1).</source>
        <translation>Uniquement ces statuts, séparés par des virgules (%1).</translation>
    </message>
    <message>
        <source>First day (UTC, inclusive) of donations.</source>
        <translation>Premier jour des dons (UTC, inclus).</translation>
    </message>
    <message>
        <source>Last day (UTC, inclusive) of donations.</source>
        <translation>Dernier jour des dons (UTC, inclus).</translation>
    </message>
    <message>
        <source>Compute record states as of this moment (ISO 8601; default: now).</source>
        <translation>Calculer les états de comptabilisation à ce moment (ISO 8601&#xa0;; par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Include the donations of test events (the test sender&apos;s), which are left out by default.</source>
        <translation>Inclure les dons des événements de test (ceux de l&apos;outil d&apos;envoi de test), exclus par défaut.</translation>
    </message>
    <message>
        <source>--status: unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>--status&#xa0;: statut inconnu «&#xa0;%1&#xa0;» (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--status: name at least one status</source>
        <translation>--status&#xa0;: indiquez au moins un statut</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, got &apos;%2&apos;</source>
        <translation>--%1&#xa0;: date au format YYYY-MM-DD attendue, valeur reçue&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>--as-of: expected an ISO 8601 date or time such as 2024-06-01T00:00:00Z, got &apos;%1&apos;</source>
        <translation>--as-of&#xa0;: date ou heure ISO 8601 attendue, par exemple 2024-06-01T00:00:00Z, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--output: cannot write %1: %2</source>
        <translation>--output&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>Every stored request, not only dead letters.</source>
        <translation>Toutes les requêtes stockées, pas seulement les lettres mortes.</translation>
    </message>
    <message>
        <source>Only requests to this endpoint.</source>
        <translation>Uniquement les requêtes adressées à ce point de terminaison.</translation>
    </message>
    <message>
        <source>Only this stored request (its inbox id, as the inspector and the listener&apos;s answer give it); with --all even when it is not a dead letter.</source>
        <translation>Uniquement cette requête stockée (son identifiant dans la file de réception, tel que l&apos;indiquent l&apos;inspecteur et la réponse du récepteur)&#xa0;; avec --all, même si ce n&apos;est pas une lettre morte.</translation>
    </message>
    <message>
        <source>Only requests received at or after this moment (ISO 8601).</source>
        <translation>Uniquement les requêtes reçues à partir de ce moment (ISO 8601).</translation>
    </message>
    <message>
        <source>Only requests received before this moment (ISO 8601).</source>
        <translation>Uniquement les requêtes reçues avant ce moment (ISO 8601).</translation>
    </message>
    <message>
        <source>--request: expected a stored request&apos;s id (a whole number), got &apos;%1&apos;</source>
        <translation>--request&#xa0;: identifiant de requête stockée attendu (nombre entier), valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--%1: expected an ISO 8601 date or time such as 2024-06-01T00:00:00Z, got &apos;%2&apos;</source>
        <translation>--%1&#xa0;: date ou heure ISO 8601 attendue, par exemple 2024-06-01T00:00:00Z, valeur reçue&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from doit être antérieur à --to</translation>
    </message>
    <message>
        <source>--request: no stored request has the id %1</source>
        <translation>--request&#xa0;: aucune requête stockée n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>Reprocessed %1 request(s): %2 processed, %3 without a donation, %4 dead letter(s).
</source>
        <translation>%1 requête(s) retraitée(s)&#xa0;: %2 traitée(s), %3 sans don, %4 lettre(s) morte(s).
</translation>
    </message>
    <message>
        <source>  dead letter #%1 (%2): %3
</source>
        <translation>  lettre morte #%1 (%2)&#xa0;: %3
</translation>
    </message>
    <message>
        <source>--%1: expected a whole number of days from 0 (keep for ever) to %2, got &apos;%3&apos;</source>
        <translation>--%1&#xa0;: nombre entier de jours de 0 (conservation illimitée) à %2 attendu, valeur reçue&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>--%1: expected a whole number of days from 1 to %2, got &apos;%3&apos;</source>
        <translation>--%1&#xa0;: nombre entier de jours de 1 à %2 attendu, valeur reçue&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever (retention 0 days).
</source>
        <translation>Les requêtes brutes sont conservées indéfiniment (conservation&#xa0;: 0 jour).
</translation>
    </message>
    <message numerus="yes">
        <source>Raw requests are kept for %n day(s): after that, processed requests lose their headers and body (their donations stay) and refused requests are deleted.
</source>
        <translation>
            <numerusform>Les requêtes brutes sont conservées %n jour&#xa0;: ensuite, les requêtes traitées perdent leurs en-têtes et leur corps (leurs dons restent) et les requêtes refusées sont supprimées.
</numerusform>
            <numerusform>Les requêtes brutes sont conservées %n jours&#xa0;: ensuite, les requêtes traitées perdent leurs en-têtes et leur corps (leurs dons restent) et les requêtes refusées sont supprimées.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep raw requests for N days (0: for ever) from now on.</source>
        <translation>Conserver désormais les requêtes brutes N jours (0&#xa0;: indéfiniment).</translation>
    </message>
    <message>
        <source>The listener applies it within an hour; &apos;donationdesk purge&apos; applies it now.
</source>
        <translation>Le récepteur l&apos;applique dans l&apos;heure&#xa0;; «&#xa0;donationdesk purge&#xa0;» l&apos;applique immédiatement.
</translation>
    </message>
    <message>
        <source>Purge raw requests older than DAYS days instead of the retention setting&apos;s.</source>
        <translation>Purger les requêtes brutes de plus de DAYS jours au lieu de la durée de conservation réglée.</translation>
    </message>
    <message>
        <source>Only count what would be purged.</source>
        <translation>Compter seulement ce qui serait purgé.</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever (retention 0 days): nothing to purge. Set a retention with &apos;donationdesk retention --days N&apos;, or pass --older-than DAYS.
</source>
        <translation>Les requêtes brutes sont conservées indéfiniment (conservation&#xa0;: 0 jour)&#xa0;: rien à purger. Définissez une durée de conservation avec «&#xa0;donationdesk retention --days N&#xa0;» ou indiquez --older-than DAYS.
</translation>
    </message>
    <message>
        <source>stopped after erasing %1 stored and deleting %2 refused request(s): %3</source>
        <translation>arrêt après l&apos;effacement de %1 requête(s) stockée(s) et la suppression de %2 requête(s) refusée(s)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Would erase the raw bytes of %1 stored request(s) and delete %2 refused request(s) received before %3 (older than %4 day(s)).
</source>
        <translation>Effacement prévu des octets bruts de %1 requête(s) stockée(s) et suppression prévue de %2 requête(s) refusée(s), reçues avant %3 (plus de %4 jour(s)).
</translation>
    </message>
    <message>
        <source>Erased the raw bytes of %1 stored request(s) and deleted %2 refused request(s) received before %3 (older than %4 day(s)).
</source>
        <translation>Octets bruts de %1 requête(s) stockée(s) effacés et %2 requête(s) refusée(s) supprimée(s), reçues avant %3 (plus de %4 jour(s)).
</translation>
    </message>
    <message numerus="yes">
        <source>%n pending or dead-letter request(s) older than that keep their bytes until they are processed.
</source>
        <translation>
            <numerusform>%n requête en attente ou en lettre morte plus ancienne conserve ses octets jusqu&apos;à son traitement.
</numerusform>
            <numerusform>%n requêtes en attente ou en lettre morte plus anciennes conservent leurs octets jusqu&apos;à leur traitement.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint to check.</source>
        <translation>Le point de terminaison à vérifier.</translation>
    </message>
    <message>
        <source>Where providers reach the listener (the reverse proxy or tunnel), e.g. https://donations.example.org; without it the listener&apos;s own address is checked.</source>
        <translation>Adresse par laquelle les prestataires atteignent le récepteur (proxy inverse ou tunnel), par ex. https://donations.example.org&#xa0;; sans elle, c&apos;est l&apos;adresse propre du récepteur qui est vérifiée.</translation>
    </message>
    <message>
        <source>The listener&apos;s own address, for the advice and when no public URL is given (default 127.0.0.1:8787).</source>
        <translation>Adresse propre du récepteur, pour les conseils et quand aucune URL publique n&apos;est indiquée (par défaut 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer (default 15).</source>
        <translation>Délai d&apos;attente de la réponse, en secondes (par défaut 15).</translation>
    </message>
    <message>
        <source>Print the verdict as one JSON object.</source>
        <translation>Afficher le verdict sous forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>--endpoint is required</source>
        <translation>--endpoint est obligatoire</translation>
    </message>
    <message>
        <source>--timeout: expected a whole number from 1 to 600, got &apos;%1&apos;</source>
        <translation>--timeout&#xa0;: nombre entier de 1 à 600 attendu, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--public-url: expected an http:// or https:// address, got &apos;%1&apos;</source>
        <translation>--public-url&#xa0;: adresse http:// ou https:// attendue, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>sending a signed test event to %1 ...
</source>
        <translation>envoi d&apos;un événement de test signé à %1 ...
</translation>
    </message>
    <message>
        <source>fix: %1
</source>
        <translation>correction&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Provider of the event: %1.</source>
        <translation>Prestataire de l&apos;événement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The sample event: its name or the provider&apos;s event name (see --list); default: the provider&apos;s first.</source>
        <translation>L&apos;événement d&apos;exemple&#xa0;: son nom ou le nom d&apos;événement du prestataire (voir --list)&#xa0;; par défaut&#xa0;: le premier du prestataire.</translation>
    </message>
    <message>
        <source>Where to send it: the endpoint&apos;s full URL (default with --endpoint: the local listener at 127.0.0.1:8787).</source>
        <translation>Destination&#xa0;: l&apos;URL complète du point de terminaison (par défaut avec --endpoint&#xa0;: le récepteur local à 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Take the provider, secret and URL from this endpoint of the database.</source>
        <translation>Reprendre le prestataire, le secret et l&apos;URL de ce point de terminaison de la base de données.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s secret to sign with (NationBuilder: its token).</source>
        <translation>Secret du point de terminaison avec lequel signer (NationBuilder&#xa0;: son jeton).</translation>
    </message>
    <message>
        <source>Set a field of the body: a dotted path (payments.0.amount) and a JSON value or text. Repeatable.</source>
        <translation>Définir un champ du corps&#xa0;: un chemin à points (payments.0.amount) et une valeur JSON ou du texte. Option répétable.</translation>
    </message>
    <message>
        <source>The amount, in major units (25.00).</source>
        <translation>Le montant, en unités principales (25.00).</translation>
    </message>
    <message>
        <source>The currency code.</source>
        <translation>Le code de devise.</translation>
    </message>
    <message>
        <source>The donor&apos;s name.</source>
        <translation>Le nom du donateur.</translation>
    </message>
    <message>
        <source>The donor&apos;s email.</source>
        <translation>L&apos;e-mail du donateur.</translation>
    </message>
    <message>
        <source>The provider&apos;s own status word.</source>
        <translation>Le terme de statut propre au prestataire.</translation>
    </message>
    <message>
        <source>The provider&apos;s id of the donation.</source>
        <translation>L&apos;identifiant du don chez le prestataire.</translation>
    </message>
    <message>
        <source>Which of the sample&apos;s varied donors, amounts and currencies (default 0).</source>
        <translation>Variante de l&apos;exemple à utiliser parmi ses donateurs, montants et devises (par défaut 0).</translation>
    </message>
    <message>
        <source>Sign with another secret.</source>
        <translation>Signer avec un autre secret.</translation>
    </message>
    <message>
        <source>Send no signature.</source>
        <translation>N&apos;envoyer aucune signature.</translation>
    </message>
    <message>
        <source>Send to another token&apos;s URL.</source>
        <translation>Envoyer à l&apos;URL d&apos;un autre jeton.</translation>
    </message>
    <message>
        <source>Sign with a timestamp ten minutes old (Standard Webhooks).</source>
        <translation>Signer avec un horodatage vieux de dix minutes (Standard Webhooks).</translation>
    </message>
    <message>
        <source>Pad the body beyond 1 MiB.</source>
        <translation>Gonfler le corps au-delà de 1 Mio.</translation>
    </message>
    <message>
        <source>Do not mark the request as a test: its donation counts in reports.</source>
        <translation>Ne pas marquer la requête comme test&#xa0;: son don compte dans les rapports.</translation>
    </message>
    <message>
        <source>Send N requests (each its own donation) and print throughput and latency.</source>
        <translation>Envoyer N requêtes (chacune avec son propre don) et afficher le débit et la latence.</translation>
    </message>
    <message>
        <source>Requests under way at once with --count (default 8).</source>
        <translation>Requêtes simultanées avec --count (par défaut 8).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 15).</source>
        <translation>Délai d&apos;attente de chaque réponse, en secondes (par défaut 15).</translation>
    </message>
    <message>
        <source>Print the request as sent (headers and body) to standard error.</source>
        <translation>Afficher la requête telle qu&apos;envoyée (en-têtes et corps) sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Print the answer as one JSON object.</source>
        <translation>Afficher la réponse sous forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>List the sample events and exit.</source>
        <translation>Lister les événements d&apos;exemple, puis quitter.</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from 1 to %2, got &apos;%3&apos;</source>
        <translation>--%1&#xa0;: nombre entier de 1 à %2 attendu, valeur reçue&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>--variant: expected a whole number, got &apos;%1&apos;</source>
        <translation>--variant&#xa0;: nombre entier attendu, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>choose one way to break the request, not %1</source>
        <translation>choisissez une seule façon de corrompre la requête, pas %1</translation>
    </message>
    <message>
        <source>--provider %1 does not match the endpoint, a %2 endpoint</source>
        <translation>--provider %1 ne correspond pas au point de terminaison, qui est de type %2</translation>
    </message>
    <message>
        <source>--provider is required (or --endpoint)</source>
        <translation>--provider est obligatoire (ou --endpoint)</translation>
    </message>
    <message>
        <source>--url is required (or --endpoint)</source>
        <translation>--url est obligatoire (ou --endpoint)</translation>
    </message>
    <message>
        <source>--url: expected an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>--url&#xa0;: URL http:// ou https:// attendue, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no sample events for %1</source>
        <translation>aucun événement d&apos;exemple pour %1</translation>
    </message>
    <message>
        <source>--event: %1 has no sample &apos;%2&apos; (one of: %3)</source>
        <translation>--event&#xa0;: %1 n&apos;a pas d&apos;exemple «&#xa0;%2&#xa0;» (valeurs possibles&#xa0;: %3)</translation>
    </message>
    <message>
        <source>--set: expected PATH=VALUE, got &apos;%1&apos;</source>
        <translation>--set&#xa0;: PATH=VALUE attendu, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no answer from %1 (%2): %3</source>
        <translation>aucune réponse de %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 not answered 2xx; first: %3</source>
        <translation>%1 sur %2 sans réponse 2xx&#xa0;; première&#xa0;: %3</translation>
    </message>
    <message>
        <source>--listen: expected [IPv6]:PORT, got &apos;%1&apos;</source>
        <translation>--listen&#xa0;: [IPv6]:PORT attendu, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT, got &apos;%1&apos;</source>
        <translation>--listen&#xa0;: HOST:PORT attendu, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not a port number (0-65535)</source>
        <translation>--listen&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de port (0-65535)</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an IP address</source>
        <translation>--listen&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>Address and port to listen on (default: 127.0.0.1:8787; port 0 picks a free one).</source>
        <translation>Adresse et port d&apos;écoute (par défaut&#xa0;: 127.0.0.1:8787&#xa0;; le port 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Largest request body accepted, in bytes (default: 1048576).</source>
        <translation>Taille maximale acceptée pour le corps d&apos;une requête, en octets (par défaut&#xa0;: 1048576).</translation>
    </message>
    <message>
        <source>--max-body: expected a size in bytes between 1024 and 268435456, got &apos;%1&apos;</source>
        <translation>--max-body&#xa0;: taille en octets entre 1024 et 268435456 attendue, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Use this language (en, de, fr, es) instead of the settings&apos; choice.</source>
        <translation>Utiliser cette langue (en, de, fr, es) au lieu de celle choisie dans les paramètres.</translation>
    </message>
    <message>
        <source>--language: &apos;%1&apos; is not one of en, de, fr, es</source>
        <translation>--language&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de en, de, fr, es</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée depuis %1 s</translation>
    </message>
    <message>
        <source>the request was not complete within %1 s</source>
        <translation>la requête n&apos;était pas complète au bout de %1 s</translation>
    </message>
    <message>
        <source>too many connections: the listener allows %1 at once</source>
        <translation>trop de connexions&#xa0;: le récepteur en autorise %1 simultanément</translation>
    </message>
    <message>
        <source>too many connections from %1: at most %2 at once</source>
        <translation>trop de connexions depuis %1&#xa0;: %2 simultanées au maximum</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1</source>
        <translation>impossible de restreindre les autorisations de %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>impossible de configurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>impossible de préparer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>empty amount</source>
        <translation>montant vide</translation>
    </message>
    <message>
        <source>more than one decimal point in &quot;%1&quot;</source>
        <translation>plus d&apos;un séparateur décimal dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre décimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 digits</source>
        <translation>«&#xa0;%1&#xa0;» compte plus de %2 chiffres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty exponent</source>
        <translation>«&#xa0;%1&#xa0;» a un exposant vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>«&#xa0;%1&#xa0;» est hors limites</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many decimal places</source>
        <translation>«&#xa0;%1&#xa0;» a trop de décimales</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 est trop grand</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places</source>
        <translation>%1 a plus de %2 décimales</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (démo)</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; exists with provider %2; rename it to add demo data</source>
        <translation>le point de terminaison «&#xa0;%1&#xa0;» existe déjà avec le prestataire %2&#xa0;; renommez-le pour ajouter des données de démonstration</translation>
    </message>
    <message>
        <source>cannot create endpoint &quot;%1&quot;: %2</source>
        <translation>impossible de créer le point de terminaison «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>count must be between 1 and %1, not %2</source>
        <translation>le nombre doit être compris entre 1 et %1, et non %2</translation>
    </message>
    <message>
        <source>no time given to generate data up to</source>
        <translation>aucune heure indiquée jusqu&apos;à laquelle générer les données</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>processing failed: %1</source>
        <translation>échec du traitement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Spring appeal widget</source>
        <translation>Widget de l&apos;appel de printemps</translation>
    </message>
    <message>
        <source>Peer-to-peer events</source>
        <translation>Événements de collecte entre pairs</translation>
    </message>
    <message>
        <source>Year-end giving page</source>
        <translation>Page de dons de fin d&apos;année</translation>
    </message>
    <message>
        <source>Crypto checkout</source>
        <translation>Paiement en cryptomonnaie</translation>
    </message>
    <message>
        <source>Online donations</source>
        <translation>Dons en ligne</translation>
    </message>
    <message>
        <source>Monthly givers</source>
        <translation>Donateurs mensuels</translation>
    </message>
    <message>
        <source>Gala %1 tickets</source>
        <translation>Billets du gala %1</translation>
    </message>
    <message>
        <source>Chapter renewals</source>
        <translation>Renouvellements des sections</translation>
    </message>
    <message>
        <source>Synagogue campaigns</source>
        <translation>Campagnes de la synagogue</translation>
    </message>
    <message>
        <source>Partner payroll giving</source>
        <translation>Dons sur salaire des partenaires</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>--screenshot-size: expected WIDTHxHEIGHT such as 1280x800, got &apos;%1&apos;</source>
        <translation>--screenshot-size&#xa0;: WIDTHxHEIGHT attendu, par exemple 1280x800, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the user interface failed to load: %1</source>
        <translation>échec du chargement de l&apos;interface utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>views did not finish loading: %1</source>
        <translation>le chargement des vues ne s&apos;est pas terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>QML reported problems: %1</source>
        <translation>QML a signalé des problèmes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DonaryAdapter</name>
    <message>
        <source>In Donary&apos;s enterprise settings, paste this same URL into all four webhook endpoints (payment, payment status, pledge, schedule) so that charges, voids and schedule first payments meet. Donary does not sign requests: the URL is the secret; restrict senders with an address allow-list if you can.</source>
        <translation>Dans les paramètres entreprise de Donary, collez cette même URL dans les quatre points de terminaison de webhook (paiement, statut de paiement, promesse de don, échéancier) afin que prélèvements, annulations et premiers paiements d&apos;échéanciers se rejoignent. Donary ne signe pas ses requêtes&#xa0;: l&apos;URL fait office de secret&#xa0;; si possible, limitez les expéditeurs avec une liste d&apos;adresses autorisées.</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>cannot tell which Donary webhook this is: expected scheduleUniqueID, pledgeNumber or paymentNumber</source>
        <translation>impossible de déterminer de quel webhook Donary il s&apos;agit&#xa0;: scheduleUniqueID, pledgeNumber ou paymentNumber attendu</translation>
    </message>
    <message>
        <source>paymentNumber missing</source>
        <translation>paymentNumber manquant</translation>
    </message>
    <message>
        <source>paymentStatus missing</source>
        <translation>paymentStatus manquant</translation>
    </message>
    <message>
        <source>pledgeNumber missing</source>
        <translation>pledgeNumber manquant</translation>
    </message>
    <message>
        <source>currency missing and the endpoint has no currency set</source>
        <translation>devise manquante et aucune devise définie pour le point de terminaison</translation>
    </message>
    <message>
        <source>scheduleUniqueID missing</source>
        <translation>scheduleUniqueID manquant</translation>
    </message>
    <message>
        <source>firstPayment: %1</source>
        <translation>firstPayment&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown Donary event setting &quot;%1&quot;</source>
        <translation>réglage d&apos;événement Donary inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DonationCharts</name>
    <message>
        <source>the database cannot be read</source>
        <translation>impossible de lire la base de données</translation>
    </message>
    <message>
        <source>Other endpoints</source>
        <translation>Autres points de terminaison</translation>
    </message>
</context>
<context>
    <name>DonationDetail</name>
    <message>
        <source>the database cannot be read</source>
        <translation>impossible de lire la base de données</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the donation</source>
        <translation>
            <numerusform>%n jour après le don</numerusform>
            <numerusform>%n jours après le don</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the donation (set by the donation)</source>
        <translation>
            <numerusform>%n jour après le don (défini par le don)</numerusform>
            <numerusform>%n jours après le don (défini par le don)</numerusform>
        </translation>
    </message>
    <message>
        <source>fixed date %1</source>
        <translation>date fixe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Donation id</source>
        <translation>Identifiant du don</translation>
    </message>
    <message>
        <source>Provider&apos;s id</source>
        <translation>Identifiant chez le prestataire</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Provider&apos;s status</source>
        <translation>Statut chez le prestataire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount as sent</source>
        <translation>Montant tel qu&apos;envoyé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Récurrent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>Date du don</translation>
    </message>
    <message>
        <source>Record rule</source>
        <translation>Règle de comptabilisation</translation>
    </message>
    <message>
        <source>Record date</source>
        <translation>Date de comptabilisation</translation>
    </message>
    <message>
        <source>Record state now</source>
        <translation>État de comptabilisation actuel</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Statut depuis</translation>
    </message>
    <message>
        <source>First stored</source>
        <translation>Premier stockage</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Test event</source>
        <translation>Événement de test</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DonationDetailPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Donation not found</source>
        <translation>Don introuvable</translation>
    </message>
    <message>
        <source>Anonymous donor</source>
        <translation>Donateur anonyme</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close the donation</source>
        <translation>Fermer le don</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Details from the provider</source>
        <translation>Détails fournis par le prestataire</translation>
    </message>
    <message>
        <source>Copy all fields</source>
        <translation>Copier tous les champs</translation>
    </message>
    <message>
        <source>redelivery</source>
        <translation>renvoi</translation>
    </message>
    <message>
        <source>created as</source>
        <translation>créé comme</translation>
    </message>
    <message>
        <source>provider: %1</source>
        <translation>prestataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Aucun historique</translation>
    </message>
    <message>
        <source>Every request that changes this donation will be listed here.</source>
        <translation>Chaque requête qui modifie ce don sera listée ici.</translation>
    </message>
    <message>
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <source>(redelivery)</source>
        <translation>(renvoi)</translation>
    </message>
    <message>
        <source>%1 %2 from %3 at %4 · %5 bytes, %6 · stored request %7</source>
        <translation>%1 %2 depuis %3 à %4 · %5 octets, %6 · requête stockée %7</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Chargement de la requête…</translation>
    </message>
    <message>
        <source>No request to show</source>
        <translation>Aucune requête à afficher</translation>
    </message>
    <message>
        <source>Raw request erased on %1 (%2)</source>
        <translation>Requête brute effacée le %1 (%2)</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>conservation</translation>
    </message>
    <message>
        <source>donor erasure</source>
        <translation>effacement du donateur</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Copy headers</source>
        <translation>Copier les en-têtes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>(shortened here; the copy is complete)</source>
        <translation>(abrégé ici&#xa0;; la copie est complète)</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Copier le corps</translation>
    </message>
    <message>
        <source>Copies the body exactly as it arrived</source>
        <translation>Copie le corps exactement tel qu&apos;il est arrivé</translation>
    </message>
</context>
<context>
    <name>DonationExportDialog</name>
    <message>
        <source>Export complete</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Exporting donations…</source>
        <translation>Exportation des dons…</translation>
    </message>
    <message>
        <source>%L1 of %L2 donations written</source>
        <translation>%L1 dons écrits sur %L2</translation>
    </message>
    <message>
        <source>Counting the donations…</source>
        <translation>Comptage des dons…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donation(s) written.</source>
        <translation>
            <numerusform>%Ln don écrit.</numerusform>
            <numerusform>%Ln dons écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DonationFilterBar</name>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Donor, email or id (Ctrl+F)</source>
        <translation>Donateur, e-mail ou identifiant (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search donor names, emails and the provider&apos;s ids</source>
        <translation>Rechercher dans les noms et e-mails des donateurs et les identifiants des prestataires</translation>
    </message>
    <message>
        <source>Donation dates, in your time zone</source>
        <translation>Dates des dons, dans votre fuseau horaire</translation>
    </message>
    <message>
        <source>from yyyy-mm-dd</source>
        <translation>du yyyy-mm-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>to yyyy-mm-dd</source>
        <translation>au yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Record state</source>
        <translation>Comptabilisation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Test events</source>
        <translation>Événements de test</translation>
    </message>
    <message>
        <source>Include the donations of test events (sent by the test sender), which reports leave out</source>
        <translation>Inclure les dons des événements de test (envoyés par l&apos;outil d&apos;envoi de test), que les rapports excluent</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>DonationFilterMenu</name>
    <message>
        <source>%1: all</source>
        <translation>%1&#xa0;: aucun filtre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chosen</source>
        <translation>
            <numerusform>%1&#xa0;: %n sélectionné</numerusform>
            <numerusform>%1&#xa0;: %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to choose yet</source>
        <translation>Rien à choisir pour l&apos;instant</translation>
    </message>
    <message>
        <source>All (no filter)</source>
        <translation>Tout (aucun filtre)</translation>
    </message>
</context>
<context>
    <name>DonationFilterObject</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>ce mois-ci</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>le mois dernier</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n point de terminaison</numerusform>
            <numerusform>%n points de terminaison</numerusform>
        </translation>
    </message>
    <message>
        <source>matching &quot;%1&quot;</source>
        <translation>correspondant à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>with test events</source>
        <translation>avec les événements de test</translation>
    </message>
    <message>
        <source>all donations</source>
        <translation>tous les dons</translation>
    </message>
</context>
<context>
    <name>DonationPages</name>
    <message>
        <source>the database cannot be read</source>
        <translation>impossible de lire la base de données</translation>
    </message>
</context>
<context>
    <name>DonationProcessor</name>
    <message>
        <source>erased before it was processed</source>
        <translation>effacée avant d&apos;être traitée</translation>
    </message>
    <message>
        <source>endpoint %1 or its provider no longer exists</source>
        <translation>le point de terminaison %1 ou son prestataire n&apos;existe plus</translation>
    </message>
    <message>
        <source>redelivery of an event already applied</source>
        <translation>renvoi d&apos;un événement déjà appliqué</translation>
    </message>
</context>
<context>
    <name>DonationTable</name>
    <message>
        <source>Sort by %1; click again to reverse. Drag the edge to resize.</source>
        <translation>Trier par %1&#xa0;; cliquez à nouveau pour inverser. Faites glisser le bord pour redimensionner.</translation>
    </message>
</context>
<context>
    <name>DonationTableModel</name>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Record state</source>
        <translation>Comptabilisation</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
</context>
<context>
    <name>DonationsView</name>
    <message>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln don</numerusform>
            <numerusform>%Ln dons</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %L1+ donations, counting…</source>
        <translation>≈ %L1+ dons, comptage en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n new — refresh</source>
        <translation>
            <numerusform>%n nouveau — actualiser</numerusform>
            <numerusform>%n nouveaux — actualiser</numerusform>
        </translation>
    </message>
    <message>
        <source>New donations arrived; the table shows what was there when it loaded</source>
        <translation>De nouveaux dons sont arrivés&#xa0;; le tableau montre les données présentes lors de son chargement</translation>
    </message>
    <message>
        <source>Exporting… %1%</source>
        <translation>Exportation… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the donations shown as CSV (Ctrl+E)</source>
        <translation>Enregistrer les dons affichés au format CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>The donations could not be read: %1</source>
        <translation>Impossible de lire les dons&#xa0;: %1</translation>
    </message>
    <message>
        <source>No donations match these filters</source>
        <translation>Aucun don ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No donations yet</source>
        <translation>Aucun don pour l&apos;instant</translation>
    </message>
    <message>
        <source>Change or clear the filters above.</source>
        <translation>Modifiez ou effacez les filtres ci-dessus.</translation>
    </message>
    <message>
        <source>Donations appear here as webhooks arrive. Set up an endpoint in Endpoints (Ctrl+5).</source>
        <translation>Les dons apparaissent ici à mesure que les webhooks arrivent. Configurez un point de terminaison dans Points de terminaison (Ctrl+5).</translation>
    </message>
    <message>
        <source>Export donations as CSV</source>
        <translation>Exporter les dons au format CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the file as:</source>
        <translation>Enregistrer le fichier sous&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DonorErasure</name>
    <message>
        <source>enter the donor&apos;s email address</source>
        <translation>saisissez l&apos;adresse e-mail du donateur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (expected name@example.org)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (format attendu&#xa0;: name@example.org)</translation>
    </message>
</context>
<context>
    <name>DonorErasureDialog</name>
    <message>
        <source>Erase a donor&apos;s personal data</source>
        <translation>Effacer les données personnelles d&apos;un donateur</translation>
    </message>
    <message>
        <source>Their donations keep what the books need: amounts, currency, status, dates, campaign and ids. Their name, email and personal details are erased, and so are the headers and body of every stored or refused request that holds the address. This cannot be undone; backups keep what they hold.</source>
        <translation>Ses dons conservent ce dont la comptabilité a besoin&#xa0;: montants, devise, statut, dates, campagne et identifiants. Son nom, son e-mail et ses données personnelles sont effacés, de même que les en-têtes et le corps de chaque requête stockée ou refusée contenant l&apos;adresse. Cette action est irréversible&#xa0;; les sauvegardes conservent ce qu&apos;elles contiennent.</translation>
    </message>
    <message>
        <source>donor@example.org</source>
        <translation>donor@example.org</translation>
    </message>
    <message>
        <source>Donor&apos;s email address</source>
        <translation>Adresse e-mail du donateur</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Searching every stored request…</source>
        <translation>Recherche dans toutes les requêtes stockées…</translation>
    </message>
    <message>
        <source>Erase it? Check the address first: this cannot be undone.</source>
        <translation>Effacer ces données&#xa0;? Vérifiez d&apos;abord l&apos;adresse&#xa0;: cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DonorErasureJob</name>
    <message>
        <source>Nothing more holds %1: nothing was erased.</source>
        <translation>Plus rien ne contient %1&#xa0;: rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>No donation and no stored or refused request holds %1.</source>
        <translation>Aucun don ni aucune requête stockée ou refusée ne contient %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n don</numerusform>
            <numerusform>%n dons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored request(s)</source>
        <translation>
            <numerusform>%n requête stockée</numerusform>
            <numerusform>%n requêtes stockées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused request(s)</source>
        <translation>
            <numerusform>%n requête refusée</numerusform>
            <numerusform>%n requêtes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased the personal data of %1: %2.</source>
        <translation>Données personnelles de %1 effacées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is held by %2.</source>
        <translation>%1 figure dans %2.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Rien n&apos;a été effacé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EndpointAddDialog</name>
    <message>
        <source>Endpoint created</source>
        <translation>Point de terminaison créé</translation>
    </message>
    <message>
        <source>Add an endpoint</source>
        <translation>Ajouter un point de terminaison</translation>
    </message>
    <message>
        <source>“%1” is ready. Give %2 this URL:</source>
        <translation>«&#xa0;%1&#xa0;» est prêt. Indiquez cette URL à %2&#xa0;:</translation>
    </message>
    <message>
        <source>And this secret:</source>
        <translation>Et ce secret&#xa0;:</translation>
    </message>
    <message>
        <source>Both stay available in the endpoint&apos;s details.</source>
        <translation>Les deux restent disponibles dans les détails du point de terminaison.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>EndpointAlarmMark</name>
    <message>
        <source>Silence alarm</source>
        <translation>Alarme de silence</translation>
    </message>
</context>
<context>
    <name>EndpointChanges</name>
    <message>
        <source>--alarm-quiet: expected a duration such as 90m, 6h or 1h30m (0 or off: no alarm), got &apos;%1&apos;</source>
        <translation>--alarm-quiet&#xa0;: durée attendue, par exemple 90m, 6h ou 1h30m (0 ou off&#xa0;: pas d&apos;alarme), valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Expected a duration such as 90m, 6h or 1h30m (empty or 0: no alarm), got &apos;%1&apos;.</source>
        <translation>Durée attendue, par exemple 90m, 6h ou 1h30m (vide ou 0&#xa0;: pas d&apos;alarme), valeur reçue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--alarm-quiet: at most 30 days (30d), got &apos;%1&apos;</source>
        <translation>--alarm-quiet&#xa0;: 30 jours (30d) au maximum, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>At most 30 days, got &apos;%1&apos;.</source>
        <translation>30 jours au maximum, valeur reçue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--alarm-window: expected HH:MM-HH:MM such as 08:00-22:00 (empty: all day), got &apos;%1&apos;</source>
        <translation>--alarm-window&#xa0;: HH:MM-HH:MM attendu, par exemple 08:00-22:00 (vide&#xa0;: toute la journée), valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Expected two times as HH:MM, such as 08:00 and 22:00 (both empty: all day), got &apos;%1&apos;.</source>
        <translation>Deux heures au format HH:MM attendues, par exemple 08:00 et 22:00 (les deux vides&#xa0;: toute la journée), valeur reçue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--alarm-window: &apos;%1&apos; starts and ends at the same time; leave it empty for all day</source>
        <translation>--alarm-window&#xa0;: «&#xa0;%1&#xa0;» commence et finit à la même heure&#xa0;; laissez vide pour toute la journée</translation>
    </message>
    <message>
        <source>It starts and ends at the same time: leave both empty for all day.</source>
        <translation>La plage commence et finit à la même heure&#xa0;: laissez les deux champs vides pour toute la journée.</translation>
    </message>
    <message>
        <source>--alarm-signature-failures: expected a whole number from 0 (off) to %1, got &apos;%2&apos;</source>
        <translation>--alarm-signature-failures&#xa0;: nombre entier de 0 (désactivé) à %1 attendu, valeur reçue&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Expected a whole number from 0 (off) to %1, got &apos;%2&apos;.</source>
        <translation>Nombre entier de 0 (désactivé) à %1 attendu, valeur reçue&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>use either --secret or --no-secret</source>
        <translation>utilisez soit --secret, soit --no-secret</translation>
    </message>
    <message>
        <source>Use either a secret or no secret.</source>
        <translation>Choisissez soit un secret, soit aucun secret.</translation>
    </message>
    <message>
        <source>--secret: %1 does not sign its webhooks; the URL is the secret (use --allow-from to restrict senders)</source>
        <translation>--secret&#xa0;: %1 ne signe pas ses webhooks&#xa0;; l&apos;URL fait office de secret (utilisez --allow-from pour restreindre les expéditeurs)</translation>
    </message>
    <message>
        <source>%1 does not sign its webhooks; the URL is the secret (restrict senders with the allow-list).</source>
        <translation>%1 ne signe pas ses webhooks&#xa0;; l&apos;URL fait office de secret (restreignez les expéditeurs avec la liste d&apos;autorisation).</translation>
    </message>
    <message>
        <source>--secret: empty; use --no-secret for none</source>
        <translation>--secret&#xa0;: vide&#xa0;; utilisez --no-secret pour n&apos;en définir aucun</translation>
    </message>
    <message>
        <source>Empty: choose no secret instead.</source>
        <translation>Vide&#xa0;: choisissez plutôt «&#xa0;aucun secret&#xa0;».</translation>
    </message>
    <message>
        <source>--no-secret: %1 endpoints check every request&apos;s signature and cannot work without a secret</source>
        <translation>--no-secret&#xa0;: les points de terminaison %1 vérifient la signature de chaque requête et ne peuvent pas fonctionner sans secret</translation>
    </message>
    <message>
        <source>%1 endpoints check every request&apos;s signature and cannot work without a secret.</source>
        <translation>Les points de terminaison %1 vérifient la signature de chaque requête et ne peuvent pas fonctionner sans secret.</translation>
    </message>
    <message>
        <source>--currency: &apos;%1&apos; is not a currency code</source>
        <translation>--currency&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code de devise</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise.</translation>
    </message>
    <message>
        <source>--event: %1 endpoints have no event setting</source>
        <translation>--event&#xa0;: les points de terminaison %1 n&apos;ont pas de réglage d&apos;événement</translation>
    </message>
    <message>
        <source>%1 endpoints have no event setting.</source>
        <translation>Les points de terminaison %1 n&apos;ont pas de réglage d&apos;événement.</translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is not one of %2</source>
        <translation>--event&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>--timezone: unknown zone &apos;%1&apos; (use an IANA name such as America/New_York)</source>
        <translation>--timezone&#xa0;: fuseau inconnu «&#xa0;%1&#xa0;» (utilisez un nom IANA, par exemple America/New_York)</translation>
    </message>
    <message>
        <source>Unknown zone &apos;%1&apos;: use an IANA name such as America/New_York.</source>
        <translation>Fuseau inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez un nom IANA, par exemple America/New_York.</translation>
    </message>
    <message>
        <source>--allow-from: &apos;%1&apos; is not an address or CIDR range</source>
        <translation>--allow-from&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni une adresse ni une plage CIDR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address or CIDR range.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une adresse ni une plage CIDR.</translation>
    </message>
    <message>
        <source>use either --record-delay or --record-date, not both</source>
        <translation>utilisez soit --record-delay, soit --record-date, pas les deux</translation>
    </message>
    <message>
        <source>Use either a delay or a date, not both.</source>
        <translation>Choisissez soit un délai, soit une date, pas les deux.</translation>
    </message>
    <message>
        <source>--record-delay: expected a whole number of days from 0 to %1, got &apos;%2&apos;</source>
        <translation>--record-delay&#xa0;: nombre entier de jours de 0 à %1 attendu, valeur reçue&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Expected a whole number of days from 0 to %1, got &apos;%2&apos;.</source>
        <translation>Nombre entier de jours de 0 à %1 attendu, valeur reçue&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--record-date: expected a date as YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation>--record-date&#xa0;: date au format YYYY-MM-DD attendue, valeur reçue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD, got &apos;%1&apos;.</source>
        <translation>Date au format YYYY-MM-DD attendue, valeur reçue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--currency is required for %1 endpoints: its payloads carry no currency</source>
        <translation>--currency est obligatoire pour les points de terminaison %1&#xa0;: leurs charges utiles n&apos;indiquent pas de devise</translation>
    </message>
    <message>
        <source>Required for %1 endpoints: their payloads carry no currency.</source>
        <translation>Obligatoire pour les points de terminaison %1&#xa0;: leurs charges utiles n&apos;indiquent pas de devise.</translation>
    </message>
    <message>
        <source>use only one of --secret, --new-secret and --no-secret</source>
        <translation>utilisez une seule des options --secret, --new-secret et --no-secret</translation>
    </message>
    <message>
        <source>Use only one of a given secret, a new secret and no secret.</source>
        <translation>Choisissez une seule option&#xa0;: un secret fourni, un nouveau secret ou aucun secret.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name est obligatoire</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>--name: at most %1 characters</source>
        <translation>--name&#xa0;: %1 caractères au maximum</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au maximum.</translation>
    </message>
    <message>
        <source>--name: 1 to %1 characters</source>
        <translation>--name&#xa0;: de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>1 to %1 characters.</source>
        <translation>De 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>--new-secret: %1 endpoints have no generated secret; pass --secret</source>
        <translation>--new-secret&#xa0;: les points de terminaison %1 n&apos;ont pas de secret généré&#xa0;; indiquez --secret</translation>
    </message>
    <message>
        <source>%1 endpoints have no generated secret: enter the provider&apos;s.</source>
        <translation>Les points de terminaison %1 n&apos;ont pas de secret généré&#xa0;: saisissez celui du prestataire.</translation>
    </message>
</context>
<context>
    <name>EndpointCommand</name>
    <message numerus="yes">
        <source>record date %n day(s) after the donation</source>
        <translation>
            <numerusform>date de comptabilisation %n jour après le don</numerusform>
            <numerusform>date de comptabilisation %n jours après le don</numerusform>
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
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EndpointDetail</name>
    <message>
        <source>Accepting requests</source>
        <translation>Accepte les requêtes</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>A disabled endpoint answers 404, as if its URL did not exist; nothing it sent is lost.</source>
        <translation>Un point de terminaison désactivé répond 404, comme si son URL n&apos;existait pas&#xa0;; rien de ce qu&apos;il a déjà reçu n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Requests are failing their signature check</source>
        <translation>Les requêtes échouent à la vérification de signature</translation>
    </message>
    <message>
        <source>This endpoint has gone quiet</source>
        <translation>Ce point de terminaison est devenu silencieux</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>le prestataire</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>This address works on this computer only. For a provider on the internet, set the public base URL of your reverse proxy or tunnel in Settings.</source>
        <translation>Cette adresse ne fonctionne que sur cet ordinateur. Pour un prestataire sur Internet, définissez l&apos;URL de base publique de votre proxy inverse ou tunnel dans Paramètres.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>%1 does not sign its requests: the URL is the secret. Keep it private, and restrict senders with the allow-list below if you can.</source>
        <translation>%1 ne signe pas ses requêtes&#xa0;: l&apos;URL fait office de secret. Gardez-la confidentielle et, si possible, restreignez les expéditeurs avec la liste d&apos;autorisation ci-dessous.</translation>
    </message>
    <message>
        <source>No secret: every request will be refused until one is set.</source>
        <translation>Aucun secret&#xa0;: toutes les requêtes seront refusées tant qu&apos;aucun n&apos;est défini.</translation>
    </message>
    <message>
        <source>No secret: the URL alone admits requests.</source>
        <translation>Aucun secret&#xa0;: l&apos;URL suffit à faire accepter les requêtes.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Régénérer…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Définir…</translation>
    </message>
    <message>
        <source>Round-trip check</source>
        <translation>Vérification aller-retour</translation>
    </message>
    <message>
        <source>Sends a signed test event to %1 through your proxy or tunnel, and checks that it arrives here intact. Test events stay out of reports.</source>
        <translation>Envoie un événement de test signé à %1 via votre proxy ou tunnel, et vérifie qu&apos;il arrive ici intact. Les événements de test restent exclus des rapports.</translation>
    </message>
    <message>
        <source>Sends a signed test event to %1 and checks that it arrives intact. With a public URL set in Settings, the check goes through your proxy or tunnel. Test events stay out of reports.</source>
        <translation>Envoie un événement de test signé à %1 et vérifie qu&apos;il arrive intact. Si une URL publique est définie dans Paramètres, la vérification passe par votre proxy ou tunnel. Les événements de test restent exclus des rapports.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check round trip</source>
        <translation>Vérifier l&apos;aller-retour</translation>
    </message>
    <message>
        <source>Answered; looking for it among the arrivals…</source>
        <translation>Réponse reçue&#xa0;; recherche parmi les arrivées…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>Comment corriger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Requests today</source>
        <translation>Requêtes aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Dernière requête</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Silence alarm</source>
        <translation>Alarme de silence</translation>
    </message>
    <message>
        <source>Off: set one in the settings</source>
        <translation>Désactivée&#xa0;: définissez-en une dans les paramètres</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Déclenchée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>URL and removal</source>
        <translation>URL et suppression</translation>
    </message>
    <message>
        <source>Give this endpoint a new URL, for instance when the current one may have leaked. The current URL stops working at once.</source>
        <translation>Attribuez une nouvelle URL à ce point de terminaison, par exemple si l&apos;URL actuelle a pu fuiter. L&apos;URL actuelle cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>New URL…</source>
        <translation>Nouvelle URL…</translation>
    </message>
    <message>
        <source>Remove this endpoint: its URL stops working; its donations and stored requests are kept.</source>
        <translation>Supprimer ce point de terminaison&#xa0;: son URL cesse de fonctionner&#xa0;; ses dons et ses requêtes stockées sont conservés.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Regenerate the secret?</source>
        <translation>Régénérer le secret&#xa0;?</translation>
    </message>
    <message>
        <source>Requests signed with the current secret of “%1” are refused (401) from the moment the new one is made. Enter the new secret in %2 straight away.</source>
        <translation>Les requêtes signées avec le secret actuel de «&#xa0;%1&#xa0;» sont refusées (401) dès que le nouveau est créé. Saisissez immédiatement le nouveau secret dans %2.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Give it a new URL?</source>
        <translation>Lui attribuer une nouvelle URL&#xa0;?</translation>
    </message>
    <message>
        <source>The current URL of “%1” stops working at once (404). Give %2 the new URL, or its webhooks will be refused.</source>
        <translation>L&apos;URL actuelle de «&#xa0;%1&#xa0;» cesse immédiatement de fonctionner (404). Indiquez la nouvelle URL à %2, sinon ses webhooks seront refusés.</translation>
    </message>
    <message>
        <source>New URL</source>
        <translation>Nouvelle URL</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its URL stops accepting requests at once. Its donations and stored requests are kept: they stay in the views and in exports under its name.</source>
        <translation>Son URL cesse immédiatement d&apos;accepter les requêtes. Ses dons et ses requêtes stockées sont conservés&#xa0;: ils restent dans les vues et dans les exportations sous son nom.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>A signing secret is generated for it.</source>
        <translation>Un secret de signature est généré pour lui.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A widget, a campaign, a page…</source>
        <translation>Un widget, une campagne, une page…</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Optional: the token or signing secret the provider shows</source>
        <translation>Facultatif&#xa0;: le jeton ou le secret de signature affiché par le prestataire</translation>
    </message>
    <message>
        <source>Record date</source>
        <translation>Date de comptabilisation</translation>
    </message>
    <message>
        <source>Days after each donation:</source>
        <translation>Jours après chaque don&#xa0;:</translation>
    </message>
    <message>
        <source>Days after each donation</source>
        <translation>Jours après chaque don</translation>
    </message>
    <message>
        <source>Fixed date:</source>
        <translation>Date fixe&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Fixed record date</source>
        <translation>Date de comptabilisation fixe</translation>
    </message>
    <message>
        <source>Donations count from this date, or from when they are made if later.</source>
        <translation>Les dons sont comptabilisés à partir de cette date, ou de leur date s&apos;ils sont postérieurs.</translation>
    </message>
    <message>
        <source>Donations count at once.</source>
        <translation>Les dons sont comptabilisés immédiatement.</translation>
    </message>
    <message numerus="yes">
        <source>Each donation counts %n day(s) after it is made.</source>
        <translation>
            <numerusform>Chaque don est comptabilisé %n jour après avoir été fait.</numerusform>
            <numerusform>Chaque don est comptabilisé %n jours après avoir été fait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Donations already received keep their record date.</source>
        <translation>Les dons déjà reçus conservent leur date de comptabilisation.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Required, e.g. USD</source>
        <translation>Obligatoire, par ex. USD</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>par ex. USD</translation>
    </message>
    <message>
        <source>Required: %1 payloads carry no currency.</source>
        <translation>Obligatoire&#xa0;: les charges utiles %1 n&apos;indiquent pas de devise.</translation>
    </message>
    <message>
        <source>Used only when a payload names none.</source>
        <translation>Utilisée uniquement si la charge utile n&apos;en indique aucune.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Read from each request</source>
        <translation>Lu dans chaque requête</translation>
    </message>
    <message>
        <source>Fix the event when this URL receives only one kind, as the provider&apos;s setup suggests.</source>
        <translation>Fixez l&apos;événement si cette URL ne reçoit qu&apos;un seul type d&apos;événement, comme le suggère la configuration du prestataire.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>For provider times written without an offset, e.g. America/New_York.</source>
        <translation>Pour les heures du prestataire écrites sans décalage, par ex. America/New_York.</translation>
    </message>
    <message>
        <source>Allowed senders</source>
        <translation>Expéditeurs autorisés</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Addresses or CIDR ranges, separated by commas, e.g. 203.0.113.0/24. Others are refused (403).</source>
        <translation>Adresses ou plages CIDR, séparées par des virgules, par ex. 203.0.113.0/24. Les autres sont refusées (403).</translation>
    </message>
    <message>
        <source>Silence alarm</source>
        <translation>Alarme de silence</translation>
    </message>
    <message>
        <source>No donation for</source>
        <translation>Aucun don depuis</translation>
    </message>
    <message>
        <source>Off, e.g. 6h</source>
        <translation>Désactivée, par ex. 6h</translation>
    </message>
    <message>
        <source>Raise the alarm when no donation arrives for this long, e.g. 90m, 6h or 1h30m (test donations do not count; empty: off).</source>
        <translation>Déclencher l&apos;alarme quand aucun don n&apos;arrive pendant cette durée, par ex. 90m, 6h ou 1h30m (les dons de test ne comptent pas&#xa0;; vide&#xa0;: désactivée).</translation>
    </message>
    <message>
        <source>Counted between</source>
        <translation>Compté entre</translation>
    </message>
    <message>
        <source>08:00</source>
        <translation>08:00</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Compté à partir de</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>22:00</source>
        <translation>22:00</translation>
    </message>
    <message>
        <source>Counted until</source>
        <translation>Compté jusqu&apos;à</translation>
    </message>
    <message>
        <source>Quiet time counts only between these times of day, in the endpoint&apos;s time zone (this computer&apos;s when it has none); 22:00 and 06:00 spans the night. Both empty: all day.</source>
        <translation>Le temps de silence n&apos;est compté qu&apos;entre ces heures de la journée, dans le fuseau horaire du point de terminaison (celui de cet ordinateur s&apos;il n&apos;en a pas)&#xa0;; 22:00 et 06:00 couvre la nuit. Les deux vides&#xa0;: toute la journée.</translation>
    </message>
    <message>
        <source>Refused in a row</source>
        <translation>Refus consécutifs</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Raise the alarm after this many requests in a row are refused for their signature or token (an accepted request starts the count again).</source>
        <translation>Déclencher l&apos;alarme après ce nombre de requêtes consécutives refusées pour leur signature ou leur jeton (une requête acceptée remet le compteur à zéro).</translation>
    </message>
</context>
<context>
    <name>EndpointListModel</name>
    <message>
        <source>Record date %1</source>
        <translation>Date de comptabilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Post-record at once</source>
        <translation>Comptabilisé immédiatement</translation>
    </message>
    <message numerus="yes">
        <source>Record date %n day(s) after the donation</source>
        <translation>
            <numerusform>Date de comptabilisation %n jour après le don</numerusform>
            <numerusform>Date de comptabilisation %n jours après le don</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>Réglage inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Choose a provider.</source>
        <translation>Choisissez un prestataire.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>Impossible d&apos;écrire dans la base de données.</translation>
    </message>
    <message>
        <source>This endpoint no longer exists.</source>
        <translation>Ce point de terminaison n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This endpoint&apos;s provider &apos;%1&apos; is unknown to this version.</source>
        <translation>Le prestataire «&#xa0;%1&#xa0;» de ce point de terminaison est inconnu de cette version.</translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists.</source>
        <translation>Un point de terminaison nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Another database was opened meanwhile.</source>
        <translation>Une autre base de données a été ouverte entre-temps.</translation>
    </message>
</context>
<context>
    <name>EndpointRow</name>
    <message>
        <source>%1, silence alarm: %2</source>
        <translation>%1, alarme de silence&#xa0;: %2</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) today</source>
        <translation>
            <numerusform>%n requête aujourd&apos;hui</numerusform>
            <numerusform>%n requêtes aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernière&#xa0;: %1</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>aucune requête pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>EndpointSecretDialog</name>
    <message>
        <source>Secret of %1</source>
        <translation>Secret de %1</translation>
    </message>
    <message>
        <source>The provider must send the same secret: change it there too, or requests will be refused (401).</source>
        <translation>Le prestataire doit envoyer le même secret&#xa0;: modifiez-le aussi chez lui, sinon les requêtes seront refusées (401).</translation>
    </message>
    <message>
        <source>Use this secret:</source>
        <translation>Utiliser ce secret&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the token or secret</source>
        <translation>Collez le jeton ou le secret</translation>
    </message>
    <message>
        <source>No secret: the URL alone admits requests</source>
        <translation>Aucun secret&#xa0;: l&apos;URL suffit à faire accepter les requêtes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>endpoint %1 does not exist</source>
        <translation>le point de terminaison %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>an endpoint named &quot;%1&quot; already exists</source>
        <translation>un point de terminaison nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
</context>
<context>
    <name>EndpointsView</name>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>the URLs providers send donations to</source>
        <translation>les URL auxquelles les prestataires envoient les dons</translation>
    </message>
    <message>
        <source>Add endpoint…</source>
        <translation>Ajouter un point de terminaison…</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Set up your first endpoint</source>
        <translation>Configurez votre premier point de terminaison</translation>
    </message>
    <message>
        <source>Choose an endpoint</source>
        <translation>Choisissez un point de terminaison</translation>
    </message>
    <message>
        <source>Add one for each widget, form or account that sends donations: Donation Desk shows the URL (and secret) to enter in the provider&apos;s settings.</source>
        <translation>Ajoutez-en un pour chaque widget, formulaire ou compte qui envoie des dons&#xa0;: Donation Desk affiche l&apos;URL (et le secret) à saisir dans les paramètres du prestataire.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>the database cannot be read</source>
        <translation>impossible de lire la base de données</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>partially paid</source>
        <translation>payé en partie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>partially refunded</source>
        <translation>remboursé en partie</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>invalidé</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>promis</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>pre-record</source>
        <translation>avant comptabilisation</translation>
    </message>
    <message>
        <source>post-record</source>
        <translation>comptabilisé</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>contrepassé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>GivecloudAdapter</name>
    <message>
        <source>In Givecloud: Settings &gt; Webhooks &gt; Add webhook. Paste this URL, choose the contribution events, and enter this endpoint&apos;s secret; Givecloud then signs each request with X-Givecloud-Signature (HMAC-SHA1 of the body).</source>
        <translation>Dans Givecloud&#xa0;: Settings &gt; Webhooks &gt; Add webhook. Collez cette URL, choisissez les événements de contribution et saisissez le secret de ce point de terminaison&#xa0;; Givecloud signe alors chaque requête avec X-Givecloud-Signature (HMAC-SHA1 du corps).</translation>
    </message>
    <message>
        <source>%1 carries no donation</source>
        <translation>%1 ne contient aucun don</translation>
    </message>
    <message>
        <source>unknown Givecloud event &quot;%1&quot;; expected contribution_paid, contributions_paid or contribution_refunded</source>
        <translation>événement Givecloud inconnu «&#xa0;%1&#xa0;»&#xa0;; contribution_paid, contributions_paid ou contribution_refunded attendu</translation>
    </message>
    <message>
        <source>contribution %1: %2</source>
        <translation>contribution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>contribution &quot;id&quot; missing</source>
        <translation>&quot;id&quot; de la contribution manquant</translation>
    </message>
    <message>
        <source>&quot;total_amount&quot; missing</source>
        <translation>&quot;total_amount&quot; manquant</translation>
    </message>
    <message>
        <source>&quot;currency&quot; missing and the endpoint has no currency set</source>
        <translation>&quot;currency&quot; manquant et aucune devise définie pour le point de terminaison</translation>
    </message>
    <message>
        <source>one of %1 contributions in a recurring batch</source>
        <translation>une des %1 contributions d&apos;un lot récurrent</translation>
    </message>
    <message>
        <source>empty contribution batch</source>
        <translation>lot de contributions vide</translation>
    </message>
</context>
<context>
    <name>HttpFraming</name>
    <message>
        <source>the header block exceeds %1 bytes</source>
        <translation>le bloc d&apos;en-têtes dépasse %1 octets</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>plus de %1 champs d&apos;en-tête</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>ligne de requête mal formée</translation>
    </message>
    <message>
        <source>only HTTP/1.1 and HTTP/1.0 are supported</source>
        <translation>seuls HTTP/1.1 et HTTP/1.0 sont pris en charge</translation>
    </message>
    <message>
        <source>obsolete header line folding is not accepted</source>
        <translation>le repli obsolète des lignes d&apos;en-tête n&apos;est pas accepté</translation>
    </message>
    <message>
        <source>malformed header line %1</source>
        <translation>ligne d&apos;en-tête %1 mal formée</translation>
    </message>
    <message>
        <source>duplicate Content-Length header</source>
        <translation>en-tête Content-Length en double</translation>
    </message>
    <message>
        <source>invalid Content-Length &quot;%1&quot;</source>
        <translation>Content-Length non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>only &quot;Expect: 100-continue&quot; is supported</source>
        <translation>seul &quot;Expect: 100-continue&quot; est pris en charge</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length were sent</source>
        <translation>Transfer-Encoding et Content-Length ont été envoyés tous les deux</translation>
    </message>
    <message>
        <source>chunked (Transfer-Encoding) bodies are not accepted: send the body with a Content-Length</source>
        <translation>les corps fragmentés (Transfer-Encoding: chunked) ne sont pas acceptés&#xa0;: envoyez le corps avec un en-tête Content-Length</translation>
    </message>
    <message>
        <source>Content-Length is required</source>
        <translation>Content-Length est obligatoire</translation>
    </message>
    <message>
        <source>the body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>le corps de %1 octets dépasse la limite de %2 octets</translation>
    </message>
</context>
<context>
    <name>InboxWriter</name>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
</context>
<context>
    <name>InqudAdapter</name>
    <message>
        <source>In Inqud: Crypto widgets &gt; your widget &gt; Webhooks &gt; Checkout webhook &gt; Add. Paste this URL as the webhook link and this endpoint&apos;s secret as the webhook secret; Inqud then signs each request with X-Payload-Digest (HMAC-SHA1 of the body).</source>
        <translation>Dans Inqud&#xa0;: Crypto widgets &gt; votre widget &gt; Webhooks &gt; Checkout webhook &gt; Add. Collez cette URL comme lien du webhook et le secret de ce point de terminaison comme secret du webhook&#xa0;; Inqud signe alors chaque requête avec X-Payload-Digest (HMAC-SHA1 du corps).</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>checkout &quot;id&quot; missing</source>
        <translation>&quot;id&quot; du paiement manquant</translation>
    </message>
    <message>
        <source>checkout &quot;status&quot; missing</source>
        <translation>&quot;status&quot; du paiement manquant</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>everything the listener saw, accepted or refused</source>
        <translation>tout ce que le récepteur a vu, accepté ou refusé</translation>
    </message>
    <message>
        <source>%1+ requests</source>
        <translation>%1+ requêtes</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprocess this endpoint&apos;s dead letters</source>
        <translation>Retraiter les lettres mortes de ce point de terminaison</translation>
    </message>
    <message>
        <source>Reprocess dead letters</source>
        <translation>Retraiter les lettres mortes</translation>
    </message>
    <message>
        <source>After fixing the endpoint&apos;s settings (a missing currency, say): run its dead letters through the processor again</source>
        <translation>Après correction des réglages du point de terminaison (une devise manquante, par exemple)&#xa0;: faire repasser ses lettres mortes par le traitement</translation>
    </message>
    <message>
        <source>Run a time window again…</source>
        <translation>Retraiter une période…</translation>
    </message>
    <message>
        <source>Run every stored request of an endpoint received in a time window through the processor again; nothing is counted twice</source>
        <translation>Faire repasser par le traitement toutes les requêtes stockées d&apos;un point de terminaison reçues pendant une période&#xa0;; rien n&apos;est compté deux fois</translation>
    </message>
    <message>
        <source>Show new requests</source>
        <translation>Afficher les nouvelles requêtes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Search headers and bodies (Ctrl+F)</source>
        <translation>Rechercher dans les en-têtes et les corps (Ctrl+F)</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message numerus="yes">
        <source>· %n donation(s)</source>
        <translation>
            <numerusform>· %n don</numerusform>
            <numerusform>· %n dons</numerusform>
        </translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacée</translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation>aucun point de terminaison</translation>
    </message>
    <message>
        <source>No request matches</source>
        <translation>Aucune requête ne correspond</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Aucune requête pour l&apos;instant</translation>
    </message>
    <message>
        <source>Change the filters above.</source>
        <translation>Modifiez les filtres ci-dessus.</translation>
    </message>
    <message>
        <source>Requests appear here as providers (or the test sender) send them.</source>
        <translation>Les requêtes apparaissent ici à mesure que les prestataires (ou l&apos;outil d&apos;envoi de test) les envoient.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Retraiter</translation>
    </message>
    <message>
        <source>Its raw bytes were erased: there is nothing left to run again</source>
        <translation>Ses octets bruts ont été effacés&#xa0;: il n&apos;y a plus rien à retraiter</translation>
    </message>
    <message>
        <source>Run this stored request through the processor again: what it says is applied once, never twice</source>
        <translation>Faire repasser cette requête stockée par le traitement&#xa0;: son contenu est appliqué une seule fois, jamais deux</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Copier en tant que cURL</translation>
    </message>
    <message>
        <source>A curl command that sends the same headers and body to the local listener again</source>
        <translation>Une commande curl qui renvoie les mêmes en-têtes et le même corps au récepteur local</translation>
    </message>
    <message>
        <source>Its headers and body are gone; when and why it was refused stays.</source>
        <translation>Ses en-têtes et son corps ont disparu&#xa0;; la date et le motif du refus restent.</translation>
    </message>
    <message>
        <source>Its headers and body are gone; the donations it created or changed stay, with their amounts and ids.</source>
        <translation>Ses en-têtes et son corps ont disparu&#xa0;; les dons qu&apos;elle a créés ou modifiés restent, avec leurs montants et identifiants.</translation>
    </message>
    <message>
        <source>Stored, but it could not be read into a donation. Fix the endpoint&apos;s settings, then run &apos;donationdesk reprocess&apos;.</source>
        <translation>Stockée, mais impossible de la convertir en don. Corrigez les réglages du point de terminaison, puis exécutez «&#xa0;donationdesk reprocess&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s) just before this one were not logged (rate limit).</source>
        <translation>
            <numerusform>%n refus juste avant celui-ci n&apos;a pas été journalisé (limitation de débit).</numerusform>
            <numerusform>%n refus juste avant celui-ci n&apos;ont pas été journalisés (limitation de débit).</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>none (unknown URL)</source>
        <translation>aucun (URL inconnue)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>raw bytes erased</source>
        <translation>octets bruts effacés</translation>
    </message>
    <message>
        <source>Donations it created or changed</source>
        <translation>Dons créés ou modifiés</translation>
    </message>
    <message>
        <source>Waiting for the processor…</source>
        <translation>En attente du traitement…</translation>
    </message>
    <message>
        <source>None: a valid event that carries no donation.</source>
        <translation>Aucun&#xa0;: un événement valide qui ne contient aucun don.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>redelivery, no change</source>
        <translation>renvoi, aucune modification</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>auparavant %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Body (the first %1 kept)</source>
        <translation>Corps (seuls les %1 premiers sont conservés)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Tel que reçu</translation>
    </message>
    <message>
        <source>Run a time window again</source>
        <translation>Retraiter une période</translation>
    </message>
    <message>
        <source>Every stored request received in the window goes through the processor again, as after a change of the endpoint&apos;s settings. Donations already made are not made twice; erased requests are skipped.</source>
        <translation>Chaque requête stockée reçue pendant la période repasse par le traitement, comme après une modification des réglages du point de terminaison. Les dons déjà créés ne sont pas créés deux fois&#xa0;; les requêtes effacées sont ignorées.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (empty: the first)</source>
        <translation>YYYY-MM-DD HH:MM (vide&#xa0;: la première)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (empty: now)</source>
        <translation>YYYY-MM-DD HH:MM (vide&#xa0;: maintenant)</translation>
    </message>
    <message>
        <source>Local times; the window includes its start, not its end.</source>
        <translation>Heures locales&#xa0;; la période inclut son début, mais pas sa fin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: malformed number</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: nombre mal formé</translation>
    </message>
    <message>
        <source>body is not a JSON object or array</source>
        <translation>le corps n&apos;est ni un objet ni un tableau JSON</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <source>an anonymous donor</source>
        <translation>un donateur anonyme</translation>
    </message>
    <message>
        <source>New schedule from %1</source>
        <translation>Nouvel échéancier de %1</translation>
    </message>
    <message>
        <source>Schedule of %1 is now %2</source>
        <translation>L&apos;échéancier de %1 est désormais %2</translation>
    </message>
    <message>
        <source>New pledge from %1</source>
        <translation>Nouvelle promesse de don de %1</translation>
    </message>
    <message>
        <source>Pledge of %1 is now %2</source>
        <translation>La promesse de don de %1 est désormais %2</translation>
    </message>
    <message>
        <source>New donation from %1</source>
        <translation>Nouveau don de %1</translation>
    </message>
    <message>
        <source>Donation of %1 is now %2</source>
        <translation>Le don de %1 est désormais %2</translation>
    </message>
    <message>
        <source>%1 %2 stored as request #%3</source>
        <translation>%1 %2 stockée en tant que requête #%3</translation>
    </message>
    <message numerus="yes">
        <source>from %1, %n byte(s)</source>
        <translation>
            <numerusform>de %1, %n octet</numerusform>
            <numerusform>de %1, %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused %1 %2 %3 (%4)</source>
        <translation>Refusée&#xa0;: %1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Donation from a donor whose data was erased (%1)</source>
        <translation>Don d&apos;un donateur dont les données ont été effacées (%1)</translation>
    </message>
    <message>
        <source>Request #%1 could not be read into a donation</source>
        <translation>La requête #%1 n&apos;a pas pu être convertie en don</translation>
    </message>
    <message>
        <source>Donation from %1 (%2)</source>
        <translation>Don de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>as it arrives</source>
        <translation>au fil des arrivées</translation>
    </message>
    <message numerus="yes">
        <source>Resume (%n new)</source>
        <translation>
            <numerusform>Reprendre (%n nouveau)</numerusform>
            <numerusform>Reprendre (%n nouveaux)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold new arrivals back while you read (Ctrl+P)</source>
        <translation>Retenir les nouvelles arrivées pendant votre lecture (Ctrl+P)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>En service sur %1</translation>
    </message>
    <message>
        <source>Starting or stopping…</source>
        <translation>Démarrage ou arrêt…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Inbox depth %1 · last commit %2</source>
        <translation>File de réception&#xa0;: %1 · dernière validation %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>donations today</source>
        <translation>dons aujourd&apos;hui</translation>
    </message>
    <message>
        <source>requests today</source>
        <translation>requêtes aujourd&apos;hui</translation>
    </message>
    <message>
        <source>refused today</source>
        <translation>refusées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Requests per minute, last hour</source>
        <translation>Requêtes par minute, dernière heure</translation>
    </message>
    <message>
        <source>peak %1 per minute</source>
        <translation>pic&#xa0;: %1 par minute</translation>
    </message>
    <message>
        <source>Endpoints today</source>
        <translation>Points de terminaison aujourd&apos;hui</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernière&#xa0;: %1</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>aucune requête pour l&apos;instant</translation>
    </message>
    <message>
        <source>No endpoints yet</source>
        <translation>Aucun point de terminaison pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add one in Endpoints (Ctrl+5).</source>
        <translation>Ajoutez-en un dans Points de terminaison (Ctrl+5).</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Waiting for webhooks</source>
        <translation>En attente de webhooks</translation>
    </message>
    <message>
        <source>Donations appear here the moment they are stored. Send a test with curl to an endpoint&apos;s URL.</source>
        <translation>Les dons apparaissent ici dès qu&apos;ils sont stockés. Envoyez un test avec curl à l&apos;URL d&apos;un point de terminaison.</translation>
    </message>
    <message>
        <source>The listener is stopped: start it to receive webhooks.</source>
        <translation>Le récepteur est arrêté&#xa0;: démarrez-le pour recevoir des webhooks.</translation>
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
        <translation>En direct</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Test sender</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>À l&apos;écoute</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>NationBuilderAdapter</name>
    <message>
        <source>In NationBuilder: Settings &gt; Developer &gt; Webhooks &gt; New webhook, event &quot;Donation succeeded&quot; (or changed / canceled), URL as shown. NationBuilder sends the webhook&apos;s token inside the JSON body: copy it into this endpoint&apos;s secret. Set the nation&apos;s currency here, as the payload has none.</source>
        <translation>Dans NationBuilder&#xa0;: Settings &gt; Developer &gt; Webhooks &gt; New webhook, événement «&#xa0;Donation succeeded&#xa0;» (ou changed / canceled), URL telle qu&apos;affichée. NationBuilder envoie le jeton du webhook dans le corps JSON&#xa0;: copiez-le dans le secret de ce point de terminaison. Définissez ici la devise de la nation, car la charge utile n&apos;en contient pas.</translation>
    </message>
    <message>
        <source>token missing: NationBuilder sends the webhook&apos;s token as &quot;token&quot; in the JSON body, and this endpoint has one set, but the body had none</source>
        <translation>jeton manquant&#xa0;: NationBuilder envoie le jeton du webhook dans le champ &quot;token&quot; du corps JSON, et ce point de terminaison en a un défini, mais le corps n&apos;en contenait pas</translation>
    </message>
    <message>
        <source>token mismatch: the &quot;token&quot; in the JSON body did not match this endpoint&apos;s secret; copy the token shown in NationBuilder&apos;s webhook settings</source>
        <translation>jeton non concordant&#xa0;: le &quot;token&quot; du corps JSON ne correspond pas au secret de ce point de terminaison&#xa0;; copiez le jeton affiché dans les paramètres de webhook de NationBuilder</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>no donation in the body: expected payload.donation</source>
        <translation>aucun don dans le corps&#xa0;: payload.donation attendu</translation>
    </message>
    <message>
        <source>donation id missing</source>
        <translation>identifiant du don manquant</translation>
    </message>
    <message>
        <source>NationBuilder sends no currency: set the nation&apos;s currency on this endpoint (endpoint update %1 --currency USD), then reprocess</source>
        <translation>NationBuilder n&apos;envoie pas de devise&#xa0;: définissez la devise de la nation sur ce point de terminaison (endpoint update %1 --currency USD), puis retraitez</translation>
    </message>
    <message>
        <source>amount_in_cents missing</source>
        <translation>amount_in_cents manquant</translation>
    </message>
    <message>
        <source>amount_in_cents missing and the formatted amount &quot;%1&quot; is ambiguous</source>
        <translation>amount_in_cents manquant et le montant formaté «&#xa0;%1&#xa0;» est ambigu</translation>
    </message>
</context>
<context>
    <name>NativeDonation</name>
    <message>
        <source>required field(s) missing: %1</source>
        <translation>champ(s) obligatoire(s) manquant(s)&#xa0;: %1</translation>
    </message>
    <message>
        <source>transactionOrderDate: %1</source>
        <translation>transactionOrderDate&#xa0;: %1</translation>
    </message>
    <message>
        <source>delayReportBy &quot;%1&quot; is not a whole number of days; ignored</source>
        <translation>delayReportBy «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de jours&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>delayReportBy %1 capped at %2 days</source>
        <translation>delayReportBy %1 plafonné à %2 jours</translation>
    </message>
    <message>
        <source>negative delayReportBy %1 read as 0</source>
        <translation>delayReportBy négatif %1 lu comme 0</translation>
    </message>
</context>
<context>
    <name>RawRequestRetention</name>
    <message>
        <source>the setting raw_retention_days is &apos;%1&apos;, not a number of days from 0 to %2; nothing is purged until it is set again</source>
        <translation>le réglage raw_retention_days vaut «&#xa0;%1&#xa0;», et non un nombre de jours de 0 à %2&#xa0;; rien n&apos;est purgé tant qu&apos;il n&apos;est pas redéfini</translation>
    </message>
    <message>
        <source>expected a number of days from 0 (keep for ever) to %1, got %2</source>
        <translation>nombre de jours de 0 (conservation illimitée) à %1 attendu, valeur reçue&#xa0;: %2</translation>
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
        <translation>Une heure, par exemple 23:59</translation>
    </message>
    <message>
        <source>A date such as 2024-05-31</source>
        <translation>Une date, par exemple 2024-05-31</translation>
    </message>
</context>
<context>
    <name>ReconciliationFigureCell</name>
    <message numerus="yes">
        <source>%1 %2, %n donation(s)</source>
        <translation>
            <numerusform>%1 %2, %n don</numerusform>
            <numerusform>%1 %2, %n dons</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the donations behind this figure</source>
        <translation>Afficher les dons à l&apos;origine de ce chiffre</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n don</numerusform>
            <numerusform>%n dons</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ReconciliationReport</name>
    <message>
        <source>Enter both dates as YYYY-MM-DD.</source>
        <translation>Saisissez les deux dates au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>the database cannot be read</source>
        <translation>impossible de lire la base de données</translation>
    </message>
</context>
<context>
    <name>ReconciliationRowDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>fait le %1</translation>
    </message>
    <message>
        <source>record date %1</source>
        <translation>date de comptabilisation %1</translation>
    </message>
    <message>
        <source>reversed %1</source>
        <translation>annulé le %1</translation>
    </message>
    <message>
        <source>of %1, %2 refunded</source>
        <translation>sur %1, dont %2 remboursé</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
</context>
<context>
    <name>ReconciliationView</name>
    <message>
        <source>Pre-record</source>
        <translation>Avant comptabilisation</translation>
    </message>
    <message>
        <source>Post-record</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <source>Reversed before record</source>
        <translation>Annulé avant comptabilisation</translation>
    </message>
    <message>
        <source>Adjustments after record</source>
        <translation>Ajustements après comptabilisation</translation>
    </message>
    <message>
        <source>Net actualised</source>
        <translation>Net comptabilisé</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n donation(s) to %1.</source>
        <translation>
            <numerusform>%n don exporté vers %1.</numerusform>
            <numerusform>%n dons exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the reconciliation as CSV</source>
        <translation>Exporter le rapprochement au format CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>as of now (%1)</source>
        <translation>à l&apos;heure actuelle (%1)</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>mise à jour…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The donations behind these figures, with their record states as of the same moment (Ctrl+E)</source>
        <translation>Les dons à l&apos;origine de ces chiffres, avec leur état de comptabilisation au même moment (Ctrl+E)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Situation au</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Figures as of the moment they are loaded, kept current</source>
        <translation>Chiffres au moment de leur chargement, tenus à jour</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Date de situation</translation>
    </message>
    <message>
        <source>As of time</source>
        <translation>Heure de situation</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Impossible de charger les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>By currency</source>
        <translation>Par devise</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Pre-record (waiting)</source>
        <translation>Avant comptabilisation (en attente)</translation>
    </message>
    <message>
        <source>Post-record (actualised)</source>
        <translation>Comptabilisé (date atteinte)</translation>
    </message>
    <message>
        <source>after %1 refunded</source>
        <translation>après remboursement de %1</translation>
    </message>
    <message>
        <source>Post-record less adjustments: show the post-record donations</source>
        <translation>Comptabilisé moins les ajustements&#xa0;: afficher les dons comptabilisés</translation>
    </message>
    <message>
        <source>Nothing to reconcile</source>
        <translation>Rien à rapprocher</translation>
    </message>
    <message>
        <source>No donation of this endpoint and period was paid by this moment.</source>
        <translation>Aucun don de ce point de terminaison sur cette période n&apos;était payé à ce moment.</translation>
    </message>
    <message>
        <source>What will be actualised when</source>
        <translation>Calendrier des comptabilisations à venir</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n don</numerusform>
            <numerusform>%n dons</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
    <message>
        <source>No pre-record donations.</source>
        <translation>Aucun don en attente de comptabilisation.</translation>
    </message>
    <message>
        <source>Donations behind a figure</source>
        <translation>Dons à l&apos;origine d&apos;un chiffre</translation>
    </message>
    <message>
        <source>Pre-record with record date %1</source>
        <translation>Avant comptabilisation, date de comptabilisation %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n donation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n don</numerusform>
            <numerusform>%1 · %2 · %n dons</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1; the export has them all.</source>
        <translation>Affichage des %1 premiers&#xa0;; l&apos;exportation les contient tous.</translation>
    </message>
    <message>
        <source>The post-record donations; refunds after the record date are shown as adjustments.</source>
        <translation>Les dons comptabilisés&#xa0;; les remboursements postérieurs à la date de comptabilisation apparaissent comme des ajustements.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Click a figure</source>
        <translation>Cliquez sur un chiffre</translation>
    </message>
    <message>
        <source>No donations</source>
        <translation>Aucun don</translation>
    </message>
    <message>
        <source>Click a figure or a day to list its donations.</source>
        <translation>Cliquez sur un chiffre ou un jour pour en lister les dons.</translation>
    </message>
</context>
<context>
    <name>ReprocessCommand</name>
    <message numerus="yes">
        <source>Skipped %n erased request(s): their raw bytes are gone (retention or a donor&apos;s erasure), and their donations stay as they are.
</source>
        <translation>
            <numerusform>%n requête effacée ignorée&#xa0;: ses octets bruts ont disparu (conservation ou effacement d&apos;un donateur), et ses dons restent tels quels.
</numerusform>
            <numerusform>%n requêtes effacées ignorées&#xa0;: leurs octets bruts ont disparu (conservation ou effacement d&apos;un donateur), et leurs dons restent tels quels.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReprocessJob</name>
    <message>
        <source>&quot;%1&quot; is not a time: write 2026-11-20 or 2026-11-20 14:30</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date ou une heure&#xa0;: écrivez 2026-11-20 ou 2026-11-20 14:30</translation>
    </message>
    <message>
        <source>the window ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>a run is already under way</source>
        <translation>un traitement est déjà en cours</translation>
    </message>
    <message>
        <source>Could not run it again: %1</source>
        <translation>Impossible de retraiter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to run again.</source>
        <translation>Rien à retraiter.</translation>
    </message>
    <message numerus="yes">
        <source>Ran %n request(s) again: %1 processed, %2 without a donation, %3 dead letter(s).</source>
        <translation>
            <numerusform>%n requête retraitée&#xa0;: %1 traitée(s), %2 sans don, %3 lettre(s) morte(s).</numerusform>
            <numerusform>%n requêtes retraitées&#xa0;: %1 traitée(s), %2 sans don, %3 lettre(s) morte(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n erased request(s).</source>
        <translation>
            <numerusform>%n requête effacée ignorée.</numerusform>
            <numerusform>%n requêtes effacées ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>retention</source>
        <translation>conservation</translation>
    </message>
    <message>
        <source>donor erasure</source>
        <translation>effacement du donateur</translation>
    </message>
    <message>
        <source>Raw request erased on %1 (%2)</source>
        <translation>Requête brute effacée le %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Accepted, processing</source>
        <translation>Acceptée, en traitement</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Accepted, no donation</source>
        <translation>Acceptée, sans don</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Lettre morte</translation>
    </message>
    <message>
        <source>Refused: signature</source>
        <translation>Refusée&#xa0;: signature</translation>
    </message>
    <message>
        <source>Refused: unknown URL</source>
        <translation>Refusée&#xa0;: URL inconnue</translation>
    </message>
    <message>
        <source>Refused: too large</source>
        <translation>Refusée&#xa0;: trop volumineuse</translation>
    </message>
    <message>
        <source>Refused: malformed</source>
        <translation>Refusée&#xa0;: mal formée</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Refused: other</source>
        <translation>Refusée&#xa0;: autre motif</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>the request is no longer stored</source>
        <translation>la requête n&apos;est plus stockée</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Cannot read the retention setting: %1</source>
        <translation>Impossible de lire le réglage de conservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The setting was not changed: %1</source>
        <translation>Le réglage n&apos;a pas été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever.</source>
        <translation>Les requêtes brutes sont conservées indéfiniment.</translation>
    </message>
    <message numerus="yes">
        <source>Raw requests are kept for %n day(s). The listener applies it within an hour, or purge now.</source>
        <translation>
            <numerusform>Les requêtes brutes sont conservées %n jour. Le récepteur applique ce réglage dans l&apos;heure, ou purgez maintenant.</numerusform>
            <numerusform>Les requêtes brutes sont conservées %n jours. Le récepteur applique ce réglage dans l&apos;heure, ou purgez maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge stopped: %1</source>
        <translation>La purge s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Raw requests are kept for ever: nothing to purge.</source>
        <translation>Les requêtes brutes sont conservées indéfiniment&#xa0;: rien à purger.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the raw bytes of %n stored request(s) older than %1 day(s) and deleted %2 refused request(s).</source>
        <translation>
            <numerusform>Octets bruts effacés pour %n requête stockée de plus de %1 jour(s), et %2 requête(s) refusée(s) supprimée(s).</numerusform>
            <numerusform>Octets bruts effacés pour %n requêtes stockées de plus de %1 jour(s), et %2 requête(s) refusée(s) supprimée(s).</numerusform>
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
        <translation>Le point de terminaison est désactivé</translation>
    </message>
    <message>
        <source>The request arrived and was refused: %1.</source>
        <translation>La requête est arrivée et a été refusée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enable the endpoint in Donation Desk.</source>
        <translation>Activez le point de terminaison dans Donation Desk.</translation>
    </message>
    <message>
        <source>Arrived, but at a URL that names no endpoint</source>
        <translation>Arrivée, mais à une URL qui ne désigne aucun point de terminaison</translation>
    </message>
    <message>
        <source>The request reached Donation Desk at %1 instead of the endpoint&apos;s path, and was refused: %2.</source>
        <translation>La requête a atteint Donation Desk à %1 au lieu du chemin du point de terminaison, et a été refusée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The proxy or tunnel changes the path. It must pass /hooks/&lt;token&gt; through unchanged (no prefix added or removed).</source>
        <translation>Le proxy ou le tunnel modifie le chemin. Il doit transmettre /hooks/&lt;token&gt; tel quel (sans préfixe ajouté ni retiré).</translation>
    </message>
    <message>
        <source>Arrived on another endpoint</source>
        <translation>Arrivée sur un autre point de terminaison</translation>
    </message>
    <message>
        <source>The request reached the endpoint &quot;%1&quot; and was refused there: %2.</source>
        <translation>La requête a atteint le point de terminaison «&#xa0;%1&#xa0;» et y a été refusée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The proxy rewrites the path to another endpoint&apos;s URL: make it pass the path through unchanged.</source>
        <translation>Le proxy réécrit le chemin vers l&apos;URL d&apos;un autre point de terminaison&#xa0;: faites-lui transmettre le chemin tel quel.</translation>
    </message>
    <message>
        <source>Arrived, but the signature did not verify</source>
        <translation>Arrivée, mais la signature n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>The request was signed with the endpoint&apos;s own secret, yet the listener refused it: %1.</source>
        <translation>La requête a été signée avec le secret propre du point de terminaison, et pourtant le récepteur l&apos;a refusée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Something on the way changed the request: the proxy must pass the body byte for byte (no re-encoding, no compression) and keep the signature headers.</source>
        <translation>Un élément sur le trajet a modifié la requête&#xa0;: le proxy doit transmettre le corps octet pour octet (sans réencodage ni compression) et conserver les en-têtes de signature.</translation>
    </message>
    <message>
        <source>Arrived, but from an address not allowed</source>
        <translation>Arrivée, mais depuis une adresse non autorisée</translation>
    </message>
    <message>
        <source>The request arrived from %1 and was refused: %2.</source>
        <translation>La requête est arrivée depuis %1 et a été refusée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Behind a proxy every request comes from the proxy&apos;s address: add %1 to the endpoint&apos;s allow-list, or clear the allow-list.</source>
        <translation>Derrière un proxy, toutes les requêtes proviennent de l&apos;adresse du proxy&#xa0;: ajoutez %1 à la liste d&apos;autorisation du point de terminaison, ou videz cette liste.</translation>
    </message>
    <message>
        <source>Arrived, but refused</source>
        <translation>Arrivée, mais refusée</translation>
    </message>
    <message>
        <source>The listener answered %1: %2.</source>
        <translation>Le récepteur a répondu %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>See the request in the Requests view for the whole exchange.</source>
        <translation>Consultez la requête dans la vue Requêtes pour voir l&apos;échange complet.</translation>
    </message>
    <message>
        <source>The request was accepted by the endpoint &quot;%1&quot;, not by this one.</source>
        <translation>La requête a été acceptée par le point de terminaison «&#xa0;%1&#xa0;», et non par celui-ci.</translation>
    </message>
    <message>
        <source>Arrived, but the answer was lost</source>
        <translation>Arrivée, mais la réponse s&apos;est perdue</translation>
    </message>
    <message>
        <source>The request was stored, but no answer came back to the sender (%1).</source>
        <translation>La requête a été stockée, mais aucune réponse n&apos;est revenue à l&apos;expéditeur (%1).</translation>
    </message>
    <message>
        <source>The provider will think the delivery failed and send it again (it is recognised as a duplicate). Check the proxy&apos;s timeouts and that it passes the answer back.</source>
        <translation>Le prestataire considérera que la livraison a échoué et la renverra (elle sera reconnue comme doublon). Vérifiez les délais d&apos;expiration du proxy et qu&apos;il retransmet bien la réponse.</translation>
    </message>
    <message>
        <source>Arrived, but the sender saw HTTP %1</source>
        <translation>Arrivée, mais l&apos;expéditeur a reçu HTTP %1</translation>
    </message>
    <message>
        <source>The listener stored the request and answered 200, but the answer that came back through the proxy was %1 %2.</source>
        <translation>Le récepteur a stocké la requête et répondu 200, mais la réponse revenue par le proxy était %1 %2.</translation>
    </message>
    <message>
        <source>The provider will retry and may switch the webhook off. Make the proxy pass the listener&apos;s answer through.</source>
        <translation>Le prestataire réessaiera et risque de désactiver le webhook. Faites en sorte que le proxy retransmette la réponse du récepteur.</translation>
    </message>
    <message>
        <source>Arrived, but could not be processed</source>
        <translation>Arrivée, mais n&apos;a pas pu être traitée</translation>
    </message>
    <message>
        <source>The request was stored, but processing it failed: %1.</source>
        <translation>La requête a été stockée, mais son traitement a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s settings (currency, event), then reprocess its dead letters from the Requests view.</source>
        <translation>Vérifiez les réglages du point de terminaison (devise, événement), puis retraitez ses lettres mortes depuis la vue Requêtes.</translation>
    </message>
    <message>
        <source>The listener works, but no public URL is set</source>
        <translation>Le récepteur fonctionne, mais aucune URL publique n&apos;est définie</translation>
    </message>
    <message>
        <source>The test event went to the listener itself (%1) and was accepted in %2; providers cannot reach this address from the internet.</source>
        <translation>L&apos;événement de test est allé au récepteur lui-même (%1) et a été accepté en %2&#xa0;; les prestataires ne peuvent pas atteindre cette adresse depuis Internet.</translation>
    </message>
    <message>
        <source>Set up a reverse proxy or tunnel to %1 and enter its address as the public URL in Settings, then check again.</source>
        <translation>Configurez un proxy inverse ou un tunnel vers %1 et saisissez son adresse comme URL publique dans Paramètres, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Arrived, but slowly</source>
        <translation>Arrivée, mais lentement</translation>
    </message>
    <message>
        <source>The answer took %1; providers give up after a few seconds.</source>
        <translation>La réponse a pris %1&#xa0;; les prestataires abandonnent au bout de quelques secondes.</translation>
    </message>
    <message>
        <source>Look for a slow proxy or tunnel between the provider and the listener.</source>
        <translation>Cherchez un proxy ou un tunnel lent entre le prestataire et le récepteur.</translation>
    </message>
    <message>
        <source>Arrived, but over plain HTTP</source>
        <translation>Arrivée, mais en HTTP non chiffré</translation>
    </message>
    <message>
        <source>The round trip works (%1), but donors&apos; data crosses the network unencrypted, and several providers only send to https:// URLs.</source>
        <translation>L&apos;aller-retour fonctionne (%1), mais les données des donateurs traversent le réseau sans chiffrement, et plusieurs prestataires n&apos;envoient qu&apos;à des URL https://.</translation>
    </message>
    <message>
        <source>Put TLS in front of the listener (a reverse proxy with a certificate) and use its https:// address as the public URL.</source>
        <translation>Placez TLS devant le récepteur (un proxy inverse avec un certificat) et utilisez son adresse https:// comme URL publique.</translation>
    </message>
    <message>
        <source>The round trip works</source>
        <translation>L&apos;aller-retour fonctionne</translation>
    </message>
    <message>
        <source>The test event went out to %1, arrived on this endpoint, was verified and stored, and the answer came back in %2.</source>
        <translation>L&apos;événement de test est parti vers %1, est arrivé sur ce point de terminaison, a été vérifié et stocké, et la réponse est revenue en %2.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve</source>
        <translation>Le nom %1 ne peut pas être résolu</translation>
    </message>
    <message>
        <source>The sender could not look up %1: %2.</source>
        <translation>L&apos;expéditeur n&apos;a pas pu résoudre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Check the public URL for typos, and the DNS record of the host (or the tunnel&apos;s address).</source>
        <translation>Vérifiez que l&apos;URL publique ne contient pas de faute de frappe, ainsi que l&apos;enregistrement DNS de l&apos;hôte (ou l&apos;adresse du tunnel).</translation>
    </message>
    <message>
        <source>Nothing answers at %1</source>
        <translation>Rien ne répond à %1</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>La connexion à %1 a été refusée.</translation>
    </message>
    <message>
        <source>Start the reverse proxy or tunnel, and check the port in the public URL.</source>
        <translation>Démarrez le proxy inverse ou le tunnel, et vérifiez le port dans l&apos;URL publique.</translation>
    </message>
    <message>
        <source>%1 does not speak HTTPS</source>
        <translation>%1 ne parle pas HTTPS</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1.</source>
        <translation>La connexion sécurisée n&apos;a pas pu être établie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Something answers there in plain HTTP. Put TLS in front of it (the reverse proxy&apos;s certificate), or use an http:// public URL only on a trusted network.</source>
        <translation>Quelque chose y répond en HTTP non chiffré. Placez TLS devant (le certificat du proxy inverse), ou n&apos;utilisez une URL publique http:// que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>La négociation TLS avec %1 a échoué</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s certificate: it must be valid, unexpired and issued for %1, with the whole chain served.</source>
        <translation>Vérifiez le certificat du proxy&#xa0;: il doit être valide, non expiré et émis pour %1, avec toute la chaîne fournie.</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>Aucune réponse de %1</translation>
    </message>
    <message>
        <source>Nothing came back within the time allowed, and the request never reached the listener.</source>
        <translation>Rien n&apos;est revenu dans le délai imparti, et la requête n&apos;a jamais atteint le récepteur.</translation>
    </message>
    <message>
        <source>A firewall may drop the connection, or the proxy cannot reach the listener at %1.</source>
        <translation>Un pare-feu bloque peut-être la connexion, ou le proxy ne parvient pas à joindre le récepteur à %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>La connexion à %1 a échoué</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Check the proxy or tunnel and its logs.</source>
        <translation>Vérifiez le proxy ou le tunnel et ses journaux.</translation>
    </message>
    <message>
        <source>The URL redirects (HTTP %1)</source>
        <translation>L&apos;URL redirige (HTTP %1)</translation>
    </message>
    <message>
        <source>The answer sends the request on to %1; providers do not follow redirects.</source>
        <translation>La réponse renvoie la requête vers %1&#xa0;; les prestataires ne suivent pas les redirections.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <source>Use the final address (often the https:// one) as the public URL.</source>
        <translation>Utilisez l&apos;adresse finale (souvent celle en https://) comme URL publique.</translation>
    </message>
    <message>
        <source>Accepted by another Donation Desk</source>
        <translation>Acceptée par un autre Donation Desk</translation>
    </message>
    <message>
        <source>A Donation Desk listener accepted the request (inbox entry %1), but not the one writing to this database.</source>
        <translation>Un récepteur Donation Desk a accepté la requête (entrée %1 de la file de réception), mais pas celui qui écrit dans cette base de données.</translation>
    </message>
    <message>
        <source>The public URL leads to another installation or another database: point the proxy at %1.</source>
        <translation>L&apos;URL publique mène à une autre installation ou à une autre base de données&#xa0;: faites pointer le proxy vers %1.</translation>
    </message>
    <message>
        <source>Something else answered %1</source>
        <translation>Autre chose a répondu %1</translation>
    </message>
    <message>
        <source>The public URL answered %1 %2, but the request never reached Donation Desk.</source>
        <translation>L&apos;URL publique a répondu %1 %2, mais la requête n&apos;a jamais atteint Donation Desk.</translation>
    </message>
    <message>
        <source>The public URL leads to another server: point the proxy or tunnel at %1.</source>
        <translation>L&apos;URL publique mène à un autre serveur&#xa0;: faites pointer le proxy ou le tunnel vers %1.</translation>
    </message>
    <message>
        <source>The public URL answered %1 %2%3, and the request never reached the listener.</source>
        <translation>L&apos;URL publique a répondu %1 %2%3, et la requête n&apos;a jamais atteint le récepteur.</translation>
    </message>
    <message>
        <source>The proxy cannot reach the listener (HTTP %1)</source>
        <translation>Le proxy ne parvient pas à joindre le récepteur (HTTP %1)</translation>
    </message>
    <message>
        <source>Make sure Donation Desk is listening, and that the proxy or tunnel forwards to %1.</source>
        <translation>Assurez-vous que Donation Desk est à l&apos;écoute et que le proxy ou le tunnel transmet à %1.</translation>
    </message>
    <message>
        <source>The proxy does not know this path</source>
        <translation>Le proxy ne connaît pas ce chemin</translation>
    </message>
    <message>
        <source>Forward every path under /hooks/ to %1, unchanged.</source>
        <translation>Transmettez tous les chemins sous /hooks/ à %1, tels quels.</translation>
    </message>
    <message>
        <source>The proxy refused the request (HTTP %1)</source>
        <translation>Le proxy a refusé la requête (HTTP %1)</translation>
    </message>
    <message>
        <source>Webhooks carry no login: let POST requests to /hooks/ through without authentication.</source>
        <translation>Les webhooks ne s&apos;authentifient pas&#xa0;: laissez passer sans authentification les requêtes POST vers /hooks/.</translation>
    </message>
    <message>
        <source>The proxy refused the request&apos;s size</source>
        <translation>Le proxy a refusé la taille de la requête</translation>
    </message>
    <message>
        <source>Raise the proxy&apos;s body size limit to at least 1 MiB.</source>
        <translation>Relevez la limite de taille du corps du proxy à au moins 1 Mio.</translation>
    </message>
    <message>
        <source>The request did not arrive (HTTP %1)</source>
        <translation>La requête n&apos;est pas arrivée (HTTP %1)</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s or tunnel&apos;s logs for this request.</source>
        <translation>Cherchez cette requête dans les journaux du proxy ou du tunnel.</translation>
    </message>
    <message>
        <source>The test event could not be made</source>
        <translation>L&apos;événement de test n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s provider and event settings.</source>
        <translation>Vérifiez les réglages de prestataire et d&apos;événement du point de terminaison.</translation>
    </message>
    <message>
        <source>The database could not be read</source>
        <translation>Impossible de lire la base de données</translation>
    </message>
    <message>
        <source>Whether the request arrived is unknown: %1.</source>
        <translation>Impossible de savoir si la requête est arrivée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Check again; if it persists, see the storage messages in the log.</source>
        <translation>Vérifiez à nouveau&#xa0;; si le problème persiste, consultez les messages de stockage dans le journal.</translation>
    </message>
</context>
<context>
    <name>RoundTrip::Check</name>
    <message>
        <source>there is no sample event for the provider &quot;%1&quot;</source>
        <translation>il n&apos;existe aucun événement d&apos;exemple pour le prestataire «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RoundTripController</name>
    <message>
        <source>The listener is not running</source>
        <translation>Le récepteur n&apos;est pas en service</translation>
    </message>
    <message>
        <source>Donation Desk is not receiving webhooks, so nothing can arrive.</source>
        <translation>Donation Desk ne reçoit pas de webhooks, donc rien ne peut arriver.</translation>
    </message>
    <message>
        <source>Donation Desk is not receiving webhooks: %1</source>
        <translation>Donation Desk ne reçoit pas de webhooks&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start the listener (Settings), then check again.</source>
        <translation>Démarrez le récepteur (Paramètres), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The endpoint is disabled</source>
        <translation>Le point de terminaison est désactivé</translation>
    </message>
    <message>
        <source>A disabled endpoint refuses every request.</source>
        <translation>Un point de terminaison désactivé refuse toutes les requêtes.</translation>
    </message>
    <message>
        <source>Enable the endpoint, then check again.</source>
        <translation>Activez le point de terminaison, puis vérifiez à nouveau.</translation>
    </message>
</context>
<context>
    <name>SampleEvents</name>
    <message>
        <source>Inqud prices checkouts in a known fiat currency and is paid in known crypto tokens; %1 is neither</source>
        <translation>Inqud libelle les paiements dans une devise fiduciaire connue et est payé en cryptomonnaies connues&#xa0;; %1 n&apos;est ni l&apos;une ni l&apos;autre</translation>
    </message>
    <message>
        <source>%1 takes ISO 4217 currencies only, not %2</source>
        <translation>%1 n&apos;accepte que les devises ISO 4217, pas %2</translation>
    </message>
    <message>
        <source>amount %1 %2 is too small to refund a part of</source>
        <translation>le montant %1 %2 est trop faible pour en rembourser une partie</translation>
    </message>
    <message>
        <source>amount %1 %2 is too small for an overpaid checkout</source>
        <translation>le montant %1 %2 est trop faible pour un paiement excédentaire</translation>
    </message>
    <message>
        <source>amount %1 %2 is too large for NationBuilder&apos;s amount_in_cents</source>
        <translation>le montant %1 %2 est trop élevé pour le champ amount_in_cents de NationBuilder</translation>
    </message>
    <message>
        <source>unknown sample &quot;%1&quot;</source>
        <translation>exemple inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 carries no amount or currency</source>
        <translation>%1 ne contient ni montant ni devise</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a currency code</source>
        <translation>la devise «&#xa0;%1&#xa0;» n&apos;est pas un code de devise</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: %2</source>
        <translation>montant «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: must be more than zero</source>
        <translation>montant «&#xa0;%1&#xa0;»&#xa0;: doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: too large for a sample</source>
        <translation>montant «&#xa0;%1&#xa0;»&#xa0;: trop élevé pour un exemple</translation>
    </message>
    <message>
        <source>%1 names no donor</source>
        <translation>%1 n&apos;indique aucun donateur</translation>
    </message>
    <message>
        <source>%1 has no status field: its status follows from the event</source>
        <translation>%1 n&apos;a pas de champ de statut&#xa0;: son statut découle de l&apos;événement</translation>
    </message>
    <message>
        <source>Donation completed</source>
        <translation>Don finalisé</translation>
    </message>
    <message>
        <source>A completed donation from a checkout widget in the native format; recorded as paid, with its record date from the endpoint&apos;s record policy.</source>
        <translation>Un don finalisé provenant d&apos;un widget de paiement, au format natif&#xa0;; enregistré comme payé, avec sa date de comptabilisation issue de la règle de comptabilisation du point de terminaison.</translation>
    </message>
    <message>
        <source>Donation completed, own record delay</source>
        <translation>Don finalisé, avec son propre délai de comptabilisation</translation>
    </message>
    <message>
        <source>A completed donation carrying delayReportBy (days), which sets its record date in place of the endpoint&apos;s record policy.</source>
        <translation>Un don finalisé contenant delayReportBy (en jours), qui fixe sa date de comptabilisation à la place de la règle de comptabilisation du point de terminaison.</translation>
    </message>
    <message>
        <source>Donation pending</source>
        <translation>Don en attente</translation>
    </message>
    <message>
        <source>A donation still being processed; recorded as pending and counted nowhere until a later event completes it.</source>
        <translation>Un don encore en cours de traitement&#xa0;; enregistré comme en attente et compté nulle part tant qu&apos;un événement ultérieur ne l&apos;a pas finalisé.</translation>
    </message>
    <message>
        <source>Donation failed</source>
        <translation>Don échoué</translation>
    </message>
    <message>
        <source>A donation whose payment failed; recorded as failed and never counted.</source>
        <translation>Un don dont le paiement a échoué&#xa0;; enregistré comme échoué et jamais compté.</translation>
    </message>
    <message>
        <source>Donation cancelled</source>
        <translation>Don annulé</translation>
    </message>
    <message>
        <source>A donation cancelled after it completed; it becomes canceled, reversed if that happens before its record date.</source>
        <translation>Un don annulé après sa finalisation&#xa0;; il passe au statut annulé, et compte comme une annulation si cela se produit avant sa date de comptabilisation.</translation>
    </message>
    <message>
        <source>Donation refunded</source>
        <translation>Don remboursé</translation>
    </message>
    <message>
        <source>A donation refunded in full; it becomes refunded, a reversal before its record date and an adjustment after it.</source>
        <translation>Un don remboursé intégralement&#xa0;; il passe au statut remboursé&#xa0;: une annulation avant sa date de comptabilisation, un ajustement après.</translation>
    </message>
    <message>
        <source>Donation partially refunded</source>
        <translation>Don partiellement remboursé</translation>
    </message>
    <message>
        <source>A donation of which a part (refundedAmount) was given back; it becomes partially refunded, the rest still counted.</source>
        <translation>Un don dont une partie (refundedAmount) a été restituée&#xa0;; il passe au statut partiellement remboursé, le reste restant compté.</translation>
    </message>
    <message>
        <source>Batch of donations</source>
        <translation>Lot de dons</translation>
    </message>
    <message>
        <source>Several completed donations in one request (a JSON array); each becomes a paid donation of its own.</source>
        <translation>Plusieurs dons finalisés dans une seule requête (un tableau JSON)&#xa0;; chacun devient un don payé distinct.</translation>
    </message>
    <message>
        <source>Checkout created</source>
        <translation>Paiement créé</translation>
    </message>
    <message>
        <source>A crypto checkout just opened, nothing paid yet; recorded as pending.</source>
        <translation>Un paiement en cryptomonnaie tout juste ouvert, rien n&apos;est encore payé&#xa0;; enregistré comme en attente.</translation>
    </message>
    <message>
        <source>Checkout waiting for payment</source>
        <translation>Paiement en attente de règlement</translation>
    </message>
    <message>
        <source>A checkout waiting for the donor&apos;s transfer to arrive; recorded as pending.</source>
        <translation>Un paiement qui attend l&apos;arrivée du transfert du donateur&#xa0;; enregistré comme en attente.</translation>
    </message>
    <message>
        <source>Checkout partially paid</source>
        <translation>Paiement partiellement réglé</translation>
    </message>
    <message>
        <source>A checkout whose transfer fell short of the amount asked; recorded as partially paid, for what was paid when the checkout has no fiat price.</source>
        <translation>Un paiement dont le transfert n&apos;a pas atteint le montant demandé&#xa0;; enregistré comme partiellement payé, pour le montant réglé lorsque le paiement n&apos;a pas de prix en devise fiduciaire.</translation>
    </message>
    <message>
        <source>Checkout completed</source>
        <translation>Paiement finalisé</translation>
    </message>
    <message>
        <source>A checkout paid in full; recorded as paid, in its fiat price when it has one and otherwise in the crypto paid.</source>
        <translation>Un paiement réglé intégralement&#xa0;; enregistré comme payé, dans son prix en devise fiduciaire s&apos;il en a un, sinon dans la cryptomonnaie versée.</translation>
    </message>
    <message>
        <source>Checkout overpaid</source>
        <translation>Paiement excédentaire</translation>
    </message>
    <message>
        <source>A checkout paid more than was asked; recorded as paid.</source>
        <translation>Un paiement supérieur au montant demandé&#xa0;; enregistré comme payé.</translation>
    </message>
    <message>
        <source>Checkout expired</source>
        <translation>Paiement expiré</translation>
    </message>
    <message>
        <source>A checkout that expired before anything was paid; recorded as expired.</source>
        <translation>Un paiement expiré avant tout règlement&#xa0;; enregistré comme expiré.</translation>
    </message>
    <message>
        <source>Checkout cancelled</source>
        <translation>Paiement annulé</translation>
    </message>
    <message>
        <source>A checkout cancelled before payment; recorded as canceled.</source>
        <translation>Un paiement annulé avant règlement&#xa0;; enregistré comme annulé.</translation>
    </message>
    <message>
        <source>Checkout failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>A checkout whose payment failed; recorded as failed.</source>
        <translation>Un paiement dont le règlement a échoué&#xa0;; enregistré comme échoué.</translation>
    </message>
    <message>
        <source>Checkout in conflict</source>
        <translation>Paiement en conflit</translation>
    </message>
    <message>
        <source>A checkout Inqud flags as in conflict (a payment that does not match it); kept with status unknown and Inqud&apos;s status verbatim, for a person to look at.</source>
        <translation>Un paiement signalé par Inqud comme en conflit (un règlement qui ne lui correspond pas)&#xa0;; conservé avec le statut inconnu et le statut d&apos;Inqud tel quel, pour examen par une personne.</translation>
    </message>
    <message>
        <source>Contribution paid</source>
        <translation>Contribution payée</translation>
    </message>
    <message>
        <source>A paid contribution (X-Givecloud-Event: contribution_paid); recorded as a paid donation.</source>
        <translation>Une contribution payée (X-Givecloud-Event: contribution_paid)&#xa0;; enregistrée comme un don payé.</translation>
    </message>
    <message>
        <source>Contribution refunded</source>
        <translation>Contribution remboursée</translation>
    </message>
    <message>
        <source>A contribution refunded in full; the donation becomes refunded.</source>
        <translation>Une contribution remboursée intégralement&#xa0;; le don passe au statut remboursé.</translation>
    </message>
    <message>
        <source>Contribution partially refunded</source>
        <translation>Contribution partiellement remboursée</translation>
    </message>
    <message>
        <source>A contribution of which a part was refunded (refunded_amount below total_amount); the donation becomes partially refunded.</source>
        <translation>Une contribution dont une partie a été remboursée (refunded_amount inférieur à total_amount)&#xa0;; le don passe au statut partiellement remboursé.</translation>
    </message>
    <message>
        <source>Recurring contributions paid</source>
        <translation>Contributions récurrentes payées</translation>
    </message>
    <message>
        <source>A batch of recurring contributions charged together (a JSON array); each becomes a paid, recurring donation.</source>
        <translation>Un lot de contributions récurrentes prélevées ensemble (un tableau JSON)&#xa0;; chacune devient un don récurrent payé.</translation>
    </message>
    <message>
        <source>Order completed (legacy event)</source>
        <translation>Commande finalisée (ancien événement)</translation>
    </message>
    <message>
        <source>Givecloud&apos;s older order_completed event for a paid contribution; recorded as paid, like contribution_paid.</source>
        <translation>L&apos;ancien événement order_completed de Givecloud pour une contribution payée&#xa0;; enregistrée comme payée, comme avec contribution_paid.</translation>
    </message>
    <message>
        <source>Supporter updated</source>
        <translation>Sympathisant mis à jour</translation>
    </message>
    <message>
        <source>A supporter&apos;s details changed; the request is stored for the inspector but carries no donation.</source>
        <translation>Les coordonnées d&apos;un sympathisant ont changé&#xa0;; la requête est stockée pour l&apos;inspecteur mais ne contient aucun don.</translation>
    </message>
    <message>
        <source>Donation succeeded</source>
        <translation>Don réussi</translation>
    </message>
    <message>
        <source>A donation that succeeded, in the current payload; recorded as paid, in the endpoint&apos;s currency as NationBuilder names none.</source>
        <translation>Un don réussi, dans la charge utile actuelle&#xa0;; enregistré comme payé, dans la devise du point de terminaison, car NationBuilder n&apos;en indique aucune.</translation>
    </message>
    <message>
        <source>Donation changed</source>
        <translation>Don modifié</translation>
    </message>
    <message>
        <source>An earlier donation edited in NationBuilder; its status is read from its times, here succeeded, so paid.</source>
        <translation>Un don antérieur modifié dans NationBuilder&#xa0;; son statut est déduit de ses dates, ici réussi, donc payé.</translation>
    </message>
    <message>
        <source>Donation canceled</source>
        <translation>Don annulé</translation>
    </message>
    <message>
        <source>A donation canceled after it succeeded; the donation becomes canceled.</source>
        <translation>Un don annulé après avoir réussi&#xa0;; le don passe au statut annulé.</translation>
    </message>
    <message>
        <source>A donation whose payment failed; recorded as failed.</source>
        <translation>Un don dont le paiement a échoué&#xa0;; enregistré comme échoué.</translation>
    </message>
    <message>
        <source>Donation succeeded (legacy payload)</source>
        <translation>Don réussi (ancienne charge utile)</translation>
    </message>
    <message>
        <source>A succeeded donation in the legacy (v2) payload, with the donor in signup and US-style times read in the endpoint&apos;s time zone; recorded as paid.</source>
        <translation>Un don réussi dans l&apos;ancienne charge utile (v2), avec le donateur dans signup et des dates au format américain lues dans le fuseau horaire du point de terminaison&#xa0;; enregistré comme payé.</translation>
    </message>
    <message>
        <source>Schedule with first payment</source>
        <translation>Échéancier avec premier paiement</translation>
    </message>
    <message>
        <source>A payment schedule whose first installment was charged at once; becomes a scheduled commitment of the total and a paid donation linked to it.</source>
        <translation>Un échéancier de paiement dont la première échéance a été prélevée immédiatement&#xa0;; devient un engagement échelonné du montant total et un don payé qui lui est lié.</translation>
    </message>
    <message>
        <source>Schedule starting later</source>
        <translation>Échéancier commençant plus tard</translation>
    </message>
    <message>
        <source>A payment schedule that starts on a later date, with no first payment; becomes a scheduled commitment only.</source>
        <translation>Un échéancier de paiement qui commence à une date ultérieure, sans premier paiement&#xa0;; devient uniquement un engagement échelonné.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>A card, bank or donor-fund payment; recorded as a paid donation.</source>
        <translation>Un paiement par carte, virement bancaire ou fonds de donateur&#xa0;; enregistré comme un don payé.</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>Paiement refusé</translation>
    </message>
    <message>
        <source>A payment the processor declined; recorded as failed.</source>
        <translation>Un paiement refusé par le processeur de paiement&#xa0;; enregistré comme échoué.</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>Paiement annulé</translation>
    </message>
    <message>
        <source>A payment status update voiding the payment of the same variant; the donation becomes voided, even if the void arrives first.</source>
        <translation>Une mise à jour de statut de paiement qui annule le paiement de la même variante&#xa0;; le don passe au statut annulé, même si l&apos;annulation arrive en premier.</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Promesse de don</translation>
    </message>
    <message>
        <source>A promise to give later; recorded as a pledged commitment, not as money received.</source>
        <translation>Une promesse de donner plus tard&#xa0;; enregistrée comme un engagement de type promesse, et non comme de l&apos;argent reçu.</translation>
    </message>
    <message>
        <source>A signed donation.completed event; recorded as paid.</source>
        <translation>Un événement donation.completed signé&#xa0;; enregistré comme payé.</translation>
    </message>
    <message>
        <source>A signed donation.pending event; recorded as pending until a later event.</source>
        <translation>Un événement donation.pending signé&#xa0;; enregistré comme en attente jusqu&apos;à un événement ultérieur.</translation>
    </message>
    <message>
        <source>A signed donation.failed event; recorded as failed.</source>
        <translation>Un événement donation.failed signé&#xa0;; enregistré comme échoué.</translation>
    </message>
    <message>
        <source>A signed donation.refunded event; the donation becomes refunded in full.</source>
        <translation>Un événement donation.refunded signé&#xa0;; le don passe au statut remboursé, intégralement.</translation>
    </message>
    <message>
        <source>Donation updated (partial refund)</source>
        <translation>Don mis à jour (remboursement partiel)</translation>
    </message>
    <message>
        <source>A signed donation.updated event, whose status comes from data.status: here partially_refunded, with the refunded amount.</source>
        <translation>Un événement donation.updated signé, dont le statut provient de data.status&#xa0;: ici partially_refunded, avec le montant remboursé.</translation>
    </message>
    <message>
        <source>A signed donation.canceled event; the donation becomes canceled.</source>
        <translation>Un événement donation.canceled signé&#xa0;; le don passe au statut annulé.</translation>
    </message>
    <message>
        <source>Schedule created</source>
        <translation>Échéancier créé</translation>
    </message>
    <message>
        <source>A recurring schedule set up; recorded as a scheduled commitment, not as money received.</source>
        <translation>Un échéancier récurrent mis en place&#xa0;; enregistré comme un engagement échelonné, et non comme de l&apos;argent reçu.</translation>
    </message>
    <message>
        <source>Schedule canceled</source>
        <translation>Échéancier annulé</translation>
    </message>
    <message>
        <source>A recurring schedule stopped; the commitment becomes canceled.</source>
        <translation>Un échéancier récurrent arrêté&#xa0;; l&apos;engagement passe au statut annulé.</translation>
    </message>
    <message>
        <source>Pledge created</source>
        <translation>Promesse de don créée</translation>
    </message>
    <message>
        <source>A pledge made; recorded as a pledged commitment, not as money received.</source>
        <translation>Une promesse de don effectuée&#xa0;; enregistrée comme un engagement de type promesse, et non comme de l&apos;argent reçu.</translation>
    </message>
</context>
<context>
    <name>SampleEvents::Json</name>
    <message>
        <source>set: the path is empty</source>
        <translation>set&#xa0;: le chemin est vide</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>le corps</translation>
    </message>
    <message>
        <source>set %1: empty step in the path</source>
        <translation>set %1&#xa0;: étape vide dans le chemin</translation>
    </message>
    <message>
        <source>set %1: %2 is an array of %3 item(s); &quot;%4&quot; is not one of its indexes</source>
        <translation>set %1&#xa0;: %2 est un tableau de %3 élément(s)&#xa0;; «&#xa0;%4&#xa0;» ne fait pas partie de ses indices</translation>
    </message>
    <message>
        <source>set %1: unknown path: %2 has no &quot;%3&quot;</source>
        <translation>set %1&#xa0;: chemin inconnu&#xa0;: %2 n&apos;a pas de «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>set %1: %2 is not an object or an array</source>
        <translation>set %1&#xa0;: %2 n&apos;est ni un objet ni un tableau</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Donation Desk database (not an SQLite file); it was left untouched. Choose another file with --db.</source>
        <translation>%1 n&apos;est pas une base de données Donation Desk (ce n&apos;est pas un fichier SQLite)&#xa0;; il n&apos;a pas été modifié. Choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application; it was left untouched. Choose another file with --db.</source>
        <translation>%1 est une base de données SQLite d&apos;une autre application&#xa0;; il n&apos;a pas été modifié. Choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Donation Desk (schema %2; this version reads up to %3). It was left untouched: upgrade Donation Desk to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Donation Desk (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Il n&apos;a pas été modifié&#xa0;: mettez à jour Donation Desk pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is not a Donation Desk database (%2); it was left untouched.</source>
        <translation>%1 n&apos;est pas une base de données Donation Desk (%2)&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application; it was left untouched.</source>
        <translation>%1 est une base de données SQLite d&apos;une autre application&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>cannot migrate %1: %2</source>
        <translation>impossible de migrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>migration of %1 to schema %2 failed: %3</source>
        <translation>échec de la migration de %1 vers le schéma %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SettingsSupport</name>
    <message>
        <source>Enter the address to listen on, such as 127.0.0.1.</source>
        <translation>Saisissez l&apos;adresse d&apos;écoute, par exemple 127.0.0.1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: use 127.0.0.1 (this computer only), 0.0.0.0 (all networks) or one of this computer&apos;s addresses.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP&#xa0;: utilisez 127.0.0.1 (cet ordinateur uniquement), 0.0.0.0 (tous les réseaux) ou l&apos;une des adresses de cet ordinateur.</translation>
    </message>
    <message>
        <source>Other machines can reach the listener at this address. Webhooks carry donors&apos; data: receive them from the internet through a reverse proxy or tunnel with TLS.</source>
        <translation>D&apos;autres machines peuvent joindre le récepteur à cette adresse. Les webhooks transportent des données de donateurs&#xa0;: recevez-les depuis Internet via un proxy inverse ou un tunnel avec TLS.</translation>
    </message>
    <message>
        <source>Expected a URL such as https://donations.example.org (the address of the reverse proxy or tunnel).</source>
        <translation>URL attendue, par exemple https://donations.example.org (l&apos;adresse du proxy inverse ou du tunnel).</translation>
    </message>
    <message>
        <source>The base URL cannot have a query (?) or fragment (#): /hooks/&lt;token&gt; is added to it.</source>
        <translation>L&apos;URL de base ne peut contenir ni requête (?) ni fragment (#)&#xa0;: /hooks/&lt;token&gt; y est ajouté.</translation>
    </message>
    <message>
        <source>Donation Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Donation Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a Donation Desk database</source>
        <translation>Ouvrir une base de données Donation Desk</translation>
    </message>
    <message>
        <source>Create a Donation Desk database</source>
        <translation>Créer une base de données Donation Desk</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>%1 already exists: open it with “Open another database…”, or choose a new name.</source>
        <translation>%1 existe déjà&#xa0;: ouvrez-le avec «&#xa0;Ouvrir une autre base de données…&#xa0;» ou choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <source>Listening at %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Starting or stopping…</source>
        <translation>Démarrage ou arrêt…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts connections from this computer only (a reverse proxy or tunnel on it forwards to it).</source>
        <translation>127.0.0.1 n&apos;accepte que les connexions de cet ordinateur (un proxy inverse ou un tunnel qui y tourne les lui transmet).</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>URL de base publique</translation>
    </message>
    <message>
        <source>Where providers reach this listener through a reverse proxy or tunnel (with TLS), e.g. https://donations.example.org. The URLs shown for endpoints start with it. Empty: the listener&apos;s own address.</source>
        <translation>Adresse par laquelle les prestataires atteignent ce récepteur via un proxy inverse ou un tunnel (avec TLS), par ex. https://donations.example.org. Les URL affichées pour les points de terminaison commencent par elle. Vide&#xa0;: l&apos;adresse propre du récepteur.</translation>
    </message>
    <message>
        <source>https://donations.example.org</source>
        <translation>https://donations.example.org</translation>
    </message>
    <message>
        <source>Largest request body</source>
        <translation>Taille maximale du corps</translation>
    </message>
    <message>
        <source>Bigger requests are refused (413) before they are read. Provider webhooks are a few KiB.</source>
        <translation>Les requêtes plus volumineuses sont refusées (413) avant d&apos;être lues. Les webhooks des prestataires font quelques Kio.</translation>
    </message>
    <message>
        <source>Largest request body in KiB</source>
        <translation>Taille maximale du corps de requête en Kio</translation>
    </message>
    <message>
        <source>KiB (%1)</source>
        <translation>Kio (%1)</translation>
    </message>
    <message>
        <source>Applying restarts the listener; requests already received are answered first.</source>
        <translation>Appliquer redémarre le récepteur&#xa0;; les requêtes déjà reçues obtiennent d&apos;abord leur réponse.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Every request and donation is kept in this file. Back it up with “donationdesk backup --output FILE”, which makes a consistent copy even while Donation Desk runs (copying the file itself is only safe while Donation Desk is closed).</source>
        <translation>Chaque requête et chaque don sont conservés dans ce fichier. Sauvegardez-le avec «&#xa0;donationdesk backup --output FILE&#xa0;», qui en fait une copie cohérente même pendant que Donation Desk fonctionne (copier le fichier lui-même n’est sûr que lorsque Donation Desk est fermé).</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nouvelle base de données…</translation>
    </message>
    <message>
        <source>The listener moves to the database you choose; the views show that database&apos;s endpoints and donations.</source>
        <translation>Le récepteur passe à la base de données choisie&#xa0;; les vues affichent les points de terminaison et les dons de cette base.</translation>
    </message>
    <message>
        <source>Privacy and data retention</source>
        <translation>Confidentialité et conservation des données</translation>
    </message>
    <message>
        <source>Keep raw requests for</source>
        <translation>Conserver les requêtes brutes pendant</translation>
    </message>
    <message>
        <source>The exact headers and body of each webhook. Once older than this and processed, they are erased: their donations and their line in Requests stay. Refused requests older than this are deleted. The listener applies it at start and every hour.</source>
        <translation>Les en-têtes et le corps exacts de chaque webhook. Une fois plus anciens que cette durée et traités, ils sont effacés&#xa0;: leurs dons et leur ligne dans Requêtes restent. Les requêtes refusées plus anciennes sont supprimées. Le récepteur applique ce réglage au démarrage puis toutes les heures.</translation>
    </message>
    <message>
        <source>Keep raw requests for this many days; 0 keeps them</source>
        <translation>Conserver les requêtes brutes ce nombre de jours&#xa0;; 0 les conserve indéfiniment</translation>
    </message>
    <message>
        <source>days (0 = keep)</source>
        <translation>jours (0 = toujours)</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Purger maintenant</translation>
    </message>
    <message>
        <source>Erase what is older than the setting now, rather than within the hour</source>
        <translation>Effacer dès maintenant ce qui dépasse la durée réglée, plutôt que dans l&apos;heure</translation>
    </message>
    <message>
        <source>A donor may ask for their personal data to be erased. Their donations keep amounts and ids for the books.</source>
        <translation>Un donateur peut demander l&apos;effacement de ses données personnelles. Ses dons conservent les montants et les identifiants pour la comptabilité.</translation>
    </message>
    <message>
        <source>Erase a donor&apos;s personal data…</source>
        <translation>Effacer les données personnelles d&apos;un donateur…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>This desktop has no system tray: Donation Desk cannot show notifications, and closing its window quits it (and stops the listener).</source>
        <translation>Ce bureau n&apos;a pas de zone de notification&#xa0;: Donation Desk ne peut pas afficher de notifications, et fermer sa fenêtre le quitte (et arrête le récepteur).</translation>
    </message>
    <message>
        <source>Notify me of each new donation</source>
        <translation>M&apos;avertir de chaque nouveau don</translation>
    </message>
    <message>
        <source>Quiet mode: no notifications for now</source>
        <translation>Mode silencieux&#xa0;: aucune notification pour le moment</translation>
    </message>
    <message>
        <source>Keep receiving in the system tray when the window is closed</source>
        <translation>Continuer à recevoir dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Closing the window leaves the listener running; quit from the tray icon&apos;s menu.</source>
        <translation>Fermer la fenêtre laisse le récepteur en service&#xa0;; quittez depuis le menu de l&apos;icône de la zone de notification.</translation>
    </message>
    <message>
        <source>Closing the window quits Donation Desk: webhooks are refused until it runs again.</source>
        <translation>Fermer la fenêtre quitte Donation Desk&#xa0;: les webhooks sont refusés jusqu&apos;à sa prochaine exécution.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Donation Desk %1 (Qt %2)</source>
        <translation>Donation Desk %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Suivre le système (%1)</translation>
    </message>
    <message>
        <source>Dates, times, numbers and amounts follow the language. Exports keep their fixed formats.</source>
        <translation>Les dates, heures, nombres et montants suivent la langue. Les exportations gardent leurs formats fixes.</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>signature missing: %1 signs with %2 hex of the raw body in %3, and this endpoint has a secret, but the header was absent. Set the same secret in %1, or clear it here.</source>
        <translation>signature manquante&#xa0;: %1 signe avec %2 en hexadécimal du corps brut dans %3, et ce point de terminaison a un secret, mais l&apos;en-tête était absent. Définissez le même secret dans %1, ou effacez-le ici.</translation>
    </message>
    <message>
        <source>signature mismatch: expected %1 hex of the raw body in %2; the header was present but did not match the endpoint&apos;s secret</source>
        <translation>signature non concordante&#xa0;: %1 en hexadécimal du corps brut attendu dans %2&#xa0;; l&apos;en-tête était présent mais ne correspondait pas au secret du point de terminaison</translation>
    </message>
</context>
<context>
    <name>Signatures::StandardWebhooks</name>
    <message>
        <source>signature missing: this endpoint has a signing secret, so requests must carry the Standard Webhooks headers webhook-id, webhook-timestamp and webhook-signature</source>
        <translation>signature manquante&#xa0;: ce point de terminaison a un secret de signature, les requêtes doivent donc porter les en-têtes Standard Webhooks webhook-id, webhook-timestamp et webhook-signature</translation>
    </message>
    <message>
        <source>webhook-timestamp &quot;%1&quot; is not a Unix time in seconds</source>
        <translation>webhook-timestamp «&#xa0;%1&#xa0;» n&apos;est pas un horodatage Unix en secondes</translation>
    </message>
    <message>
        <source>stale timestamp: webhook-timestamp is %1 seconds from our clock; the limit is %2. Check the sender&apos;s clock, or that it is not replaying an old request.</source>
        <translation>horodatage périmé&#xa0;: webhook-timestamp s&apos;écarte de %1 secondes de notre horloge&#xa0;; la limite est de %2. Vérifiez l&apos;horloge de l&apos;expéditeur, ou qu&apos;il ne rejoue pas une ancienne requête.</translation>
    </message>
    <message>
        <source>signature mismatch: expected HMAC-SHA256 base64 of &quot;webhook-id.webhook-timestamp.body&quot; in webhook-signature (v1,...), keyed with the endpoint&apos;s whsec_ secret; no entry matched</source>
        <translation>signature non concordante&#xa0;: HMAC-SHA256 en base64 de &quot;webhook-id.webhook-timestamp.body&quot; attendu dans webhook-signature (v1,...), avec pour clé le secret whsec_ du point de terminaison&#xa0;; aucune entrée ne correspond</translation>
    </message>
</context>
<context>
    <name>StandardAdapter</name>
    <message>
        <source>Standard Webhooks (signed)</source>
        <translation>Standard Webhooks (signé)</translation>
    </message>
    <message>
        <source>Configure the sender with this URL and the whsec_ signing secret. Each request carries webhook-id, webhook-timestamp and webhook-signature headers (HMAC-SHA256 of &quot;id.timestamp.body&quot;); timestamps more than 5 minutes off are refused.</source>
        <translation>Configurez l&apos;expéditeur avec cette URL et le secret de signature whsec_. Chaque requête porte les en-têtes webhook-id, webhook-timestamp et webhook-signature (HMAC-SHA256 de &quot;id.timestamp.body&quot;)&#xa0;; les horodatages décalés de plus de 5 minutes sont refusés.</translation>
    </message>
    <message>
        <source>this endpoint has no signing secret, so no signature can be checked; set one with endpoint update</source>
        <translation>ce point de terminaison n&apos;a pas de secret de signature, aucune signature ne peut donc être vérifiée&#xa0;; définissez-en un avec endpoint update</translation>
    </message>
    <message>
        <source>malformed body: expected {&quot;type&quot;: ..., &quot;data&quot;: {...}}</source>
        <translation>corps mal formé&#xa0;: {&quot;type&quot;: ..., &quot;data&quot;: {...}} attendu</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>&quot;data&quot; object missing</source>
        <translation>objet &quot;data&quot; manquant</translation>
    </message>
    <message>
        <source>&quot;type&quot; missing</source>
        <translation>&quot;type&quot; manquant</translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <source>unknown provider &apos;%1&apos;</source>
        <translation>prestataire inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the sample %1 is not a %2 event</source>
        <translation>l&apos;exemple %1 n&apos;est pas un événement %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>%1 requests carry no signature: its URL is the secret (try wrong-token)</source>
        <translation>les requêtes %1 ne portent pas de signature&#xa0;: leur URL fait office de secret (essayez wrong-token)</translation>
    </message>
    <message>
        <source>%1 signatures carry no timestamp: only Standard Webhooks (and ChangeUp-style endpoints with a secret) can be stale</source>
        <translation>les signatures %1 ne comportent pas d&apos;horodatage&#xa0;: seuls Standard Webhooks (et les points de terminaison de type ChangeUp avec un secret) peuvent être périmés</translation>
    </message>
</context>
<context>
    <name>TestSenderController</name>
    <message>
        <source>… (%1 bytes in all; the rest is not shown)</source>
        <translation>… (%1 octets au total&#xa0;; le reste n&apos;est pas affiché)</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>This endpoint is set to the “%1” event: the listener reads every request to it as that event. Choose a sample for “%1”, or change the endpoint&apos;s event in Endpoints.</source>
        <translation>Ce point de terminaison est réglé sur l&apos;événement «&#xa0;%1&#xa0;»&#xa0;: le récepteur lit chaque requête qui lui est adressée comme cet événement. Choisissez un exemple pour «&#xa0;%1&#xa0;», ou modifiez l&apos;événement du point de terminaison dans Points de terminaison.</translation>
    </message>
    <message>
        <source>Correctly signed</source>
        <translation>Correctement signée</translation>
    </message>
    <message>
        <source>Signed exactly as the provider signs: the listener should accept it.</source>
        <translation>Signée exactement comme le prestataire signe&#xa0;: le récepteur devrait l&apos;accepter.</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Signature incorrecte</translation>
    </message>
    <message>
        <source>Signed with another secret, as if someone forged it: expect 401.</source>
        <translation>Signée avec un autre secret, comme une contrefaçon&#xa0;: attendez-vous à 401.</translation>
    </message>
    <message>
        <source>Missing signature</source>
        <translation>Signature absente</translation>
    </message>
    <message>
        <source>No signature at all: expect 401 when the endpoint has a secret.</source>
        <translation>Aucune signature&#xa0;: attendez-vous à 401 si le point de terminaison a un secret.</translation>
    </message>
    <message>
        <source>Wrong URL token</source>
        <translation>Jeton d&apos;URL erroné</translation>
    </message>
    <message>
        <source>Another token in the URL, an endpoint that does not exist: expect 404.</source>
        <translation>Un autre jeton dans l&apos;URL, un point de terminaison inexistant&#xa0;: attendez-vous à 404.</translation>
    </message>
    <message>
        <source>Stale timestamp</source>
        <translation>Horodatage périmé</translation>
    </message>
    <message>
        <source>Signed ten minutes ago, like a replayed request: expect 401.</source>
        <translation>Signée il y a dix minutes, comme une requête rejouée&#xa0;: attendez-vous à 401.</translation>
    </message>
    <message>
        <source>Oversized body</source>
        <translation>Corps trop volumineux</translation>
    </message>
    <message>
        <source>A body over the 1 MiB limit: expect 413.</source>
        <translation>Un corps dépassant la limite de 1 Mio&#xa0;: attendez-vous à 413.</translation>
    </message>
    <message>
        <source>Choose an endpoint: add one in Endpoints first.</source>
        <translation>Choisissez un point de terminaison&#xa0;: ajoutez-en d&apos;abord un dans Points de terminaison.</translation>
    </message>
    <message>
        <source>Choose a sample event.</source>
        <translation>Choisissez un événement d&apos;exemple.</translation>
    </message>
    <message>
        <source>The body is empty: type one, or start again from the sample.</source>
        <translation>Le corps est vide&#xa0;: saisissez-en un, ou repartez de l&apos;exemple.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1 at character %2): it will be sent as typed, and the listener will probably refuse it.</source>
        <translation>Ce n&apos;est pas du JSON valide (%1 au caractère %2)&#xa0;: il sera envoyé tel quel, et le récepteur le refusera probablement.</translation>
    </message>
    <message>
        <source>The listener is not running: start it in Live, or send to another URL.</source>
        <translation>Le récepteur n&apos;est pas en service&#xa0;: démarrez-le dans En direct, ou envoyez à une autre URL.</translation>
    </message>
    <message>
        <source>Type the URL to send to.</source>
        <translation>Saisissez l&apos;URL de destination.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found: check the spelling of the URL, and that this computer is connected to the internet.</source>
        <translation>Le nom du serveur est introuvable&#xa0;: vérifiez l&apos;orthographe de l&apos;URL et que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
        <source>Nothing is listening at that address and port: check the port in the URL, and that the listener (or your proxy or tunnel) is running.</source>
        <translation>Rien n&apos;écoute à cette adresse et sur ce port&#xa0;: vérifiez le port dans l&apos;URL, et que le récepteur (ou votre proxy ou tunnel) est en service.</translation>
    </message>
    <message>
        <source>The secure (https) connection failed: the server&apos;s certificate is not trusted or has expired, or the server does not use https on that port.</source>
        <translation>La connexion sécurisée (https) a échoué&#xa0;: le certificat du serveur n&apos;est pas approuvé ou a expiré, ou le serveur n&apos;utilise pas https sur ce port.</translation>
    </message>
    <message>
        <source>The server did not answer in time: it may be overloaded, or a firewall may be silently dropping the connection.</source>
        <translation>Le serveur n&apos;a pas répondu à temps&#xa0;: il est peut-être surchargé, ou un pare-feu bloque silencieusement la connexion.</translation>
    </message>
    <message>
        <source>The server hung up without answering: check that the URL leads to a web server, and that your proxy accepts requests of this size.</source>
        <translation>Le serveur a coupé la connexion sans répondre&#xa0;: vérifiez que l&apos;URL mène à un serveur web et que votre proxy accepte des requêtes de cette taille.</translation>
    </message>
    <message>
        <source>The request could not be completed: the technical message below says why.</source>
        <translation>La requête n&apos;a pas pu aboutir&#xa0;: le message technique ci-dessous en indique la raison.</translation>
    </message>
</context>
<context>
    <name>TestSenderView</name>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>the sample&apos;s amount</source>
        <translation>le montant de l&apos;exemple</translation>
    </message>
    <message>
        <source>In major units: 25.00, 0.00012345</source>
        <translation>En unités principales&#xa0;: 25.00, 0.00012345</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>the sample&apos;s currency</source>
        <translation>la devise de l&apos;exemple</translation>
    </message>
    <message>
        <source>A code: USD, EUR, BTC</source>
        <translation>Un code&#xa0;: USD, EUR, BTC</translation>
    </message>
    <message>
        <source>Donor name</source>
        <translation>Nom du donateur</translation>
    </message>
    <message>
        <source>the sample&apos;s donor</source>
        <translation>le donateur de l&apos;exemple</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>the sample&apos;s email</source>
        <translation>l&apos;e-mail de l&apos;exemple</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>the sample&apos;s status</source>
        <translation>le statut de l&apos;exemple</translation>
    </message>
    <message>
        <source>The provider&apos;s own word, where the event does not decide it</source>
        <translation>Le terme propre au prestataire, quand l&apos;événement ne le détermine pas</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>the sample&apos;s id</source>
        <translation>l&apos;identifiant de l&apos;exemple</translation>
    </message>
    <message>
        <source>The provider&apos;s id of the donation: the same id updates the same donation</source>
        <translation>L&apos;identifiant du don chez le prestataire&#xa0;: le même identifiant met à jour le même don</translation>
    </message>
    <message>
        <source>Stored; waiting for the processor…</source>
        <translation>Stockée&#xa0;; en attente du traitement…</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Ignored: nothing to record</source>
        <translation>Ignorée&#xa0;: rien à enregistrer</translation>
    </message>
    <message>
        <source>Dead letter: it could not be read</source>
        <translation>Lettre morte&#xa0;: elle n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>Not known: the database could not be read</source>
        <translation>Inconnu&#xa0;: impossible de lire la base de données</translation>
    </message>
    <message>
        <source>Test sender</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <source>try a webhook set-up before donors give</source>
        <translation>testez la configuration d&apos;un webhook avant les premiers dons</translation>
    </message>
    <message>
        <source>No endpoints yet</source>
        <translation>Aucun point de terminaison pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add an endpoint in Endpoints: test webhooks are sent to one of them.</source>
        <translation>Ajoutez un point de terminaison dans Points de terminaison&#xa0;: les webhooks de test sont envoyés à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Sample event</source>
        <translation>Événement d&apos;exemple</translation>
    </message>
    <message>
        <source>%1 · provider event “%2”</source>
        <translation>%1 · événement du prestataire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Fields left empty keep the sample&apos;s values. “Another donor” picks another variant: other donor, amount and ids.</source>
        <translation>Les champs laissés vides gardent les valeurs de l&apos;exemple. «&#xa0;Autre donateur&#xa0;» choisit une autre variante&#xa0;: autre donateur, autre montant et autres identifiants.</translation>
    </message>
    <message>
        <source>Another donor</source>
        <translation>Autre donateur</translation>
    </message>
    <message>
        <source>The next variant of the sample: another donor, amount and ids (variant %1)</source>
        <translation>La variante suivante de l&apos;exemple&#xa0;: autre donateur, autre montant et autres identifiants (variante %1)</translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation>Effacer les champs</translation>
    </message>
    <message>
        <source>Body (before signing; sent without the indentation)</source>
        <translation>Corps (avant signature&#xa0;; envoyé sans indentation)</translation>
    </message>
    <message>
        <source>Sent exactly as typed, signed as the provider signs it. The fields above do not apply here.</source>
        <translation>Envoyé exactement tel que saisi, signé comme le prestataire le signe. Les champs ci-dessus ne s&apos;appliquent pas ici.</translation>
    </message>
    <message>
        <source>Raw JSON body</source>
        <translation>Corps JSON brut</translation>
    </message>
    <message>
        <source>Start again from the sample</source>
        <translation>Repartir de l&apos;exemple</translation>
    </message>
    <message>
        <source>How to send it</source>
        <translation>Mode d&apos;envoi</translation>
    </message>
    <message>
        <source>Does not apply: %1</source>
        <translation>Ne s&apos;applique pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where to send it</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>The listener in this app</source>
        <translation>Le récepteur de cette application</translation>
    </message>
    <message>
        <source>The listener is not running.</source>
        <translation>Le récepteur n&apos;est pas en service.</translation>
    </message>
    <message>
        <source>Another URL, e.g. your public URL through a reverse proxy or tunnel</source>
        <translation>Une autre URL, par ex. votre URL publique via un proxy inverse ou un tunnel</translation>
    </message>
    <message>
        <source>https://donations.example.org/hooks/…</source>
        <translation>https://donations.example.org/hooks/…</translation>
    </message>
    <message>
        <source>URL to send to</source>
        <translation>URL de destination</translation>
    </message>
    <message>
        <source>Endpoint&apos;s URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>The URL given to the provider: %1</source>
        <translation>L&apos;URL indiquée au prestataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer is shown; what the request became is shown only for the listener in this app.</source>
        <translation>La réponse est affichée&#xa0;; le devenir de la requête n&apos;est affiché que pour le récepteur de cette application.</translation>
    </message>
    <message>
        <source>Mark as test (kept out of reports)</source>
        <translation>Marquer comme test (exclu des rapports)</translation>
    </message>
    <message>
        <source>Unchecked, the donation counts like a real one in reports and exports.</source>
        <translation>Décoché, le don compte comme un vrai don dans les rapports et les exportations.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Nothing can be sent until the problem above is fixed.</source>
        <translation>Rien ne peut être envoyé tant que le problème ci-dessus n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Nothing sent yet. Choose an event and press Send: the answer, how long it took and what the request became appear here.</source>
        <translation>Rien n&apos;a encore été envoyé. Choisissez un événement et cliquez sur Envoyer&#xa0;: la réponse, son délai et le devenir de la requête apparaissent ici.</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>En attente de la réponse…</translation>
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
        <translation>Refusée par le récepteur&#xa0;:</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <translation>Aucune réponse (%1)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>What it became</source>
        <translation>Devenir de la requête</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <source>No donation was created or changed.</source>
        <translation>Aucun don n&apos;a été créé ni modifié.</translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <source>new,</source>
        <translation>nouveau,</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>(no donor name)</source>
        <translation>(sans nom de donateur)</translation>
    </message>
    <message>
        <source>External id %1</source>
        <translation>Identifiant externe %1</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Requête telle qu&apos;envoyée</translation>
    </message>
    <message>
        <source>POST %1</source>
        <translation>POST %1</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
</context>
<context>
    <name>Timestamps</name>
    <message>
        <source>unrecognised date or time &quot;%1&quot;</source>
        <translation>date ou heure non reconnue «&#xa0;%1&#xa0;»</translation>
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
        <translation>Afficher Donation Desk</translation>
    </message>
    <message>
        <source>Quiet mode</source>
        <translation>Mode silencieux</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>%1 has gone quiet</source>
        <translation>%1 est devenu silencieux</translation>
    </message>
    <message>
        <source>%1 is failing signatures</source>
        <translation>%1 échoue aux vérifications de signature</translation>
    </message>
</context>
<context>
    <name>WebhookListener</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>webhooks must be sent with POST, not %1</source>
        <translation>les webhooks doivent être envoyés avec POST, pas %1</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is disabled</source>
        <translation>le point de terminaison «&#xa0;%1&#xa0;» est désactivé</translation>
    </message>
    <message>
        <source>no endpoint has this URL; check the token in the URL</source>
        <translation>aucun point de terminaison n&apos;a cette URL&#xa0;; vérifiez le jeton dans l&apos;URL</translation>
    </message>
    <message>
        <source>%1 is not in this endpoint&apos;s allow-list</source>
        <translation>%1 ne figure pas dans la liste d&apos;autorisation de ce point de terminaison</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; names an unknown provider &quot;%2&quot;</source>
        <translation>le point de terminaison «&#xa0;%1&#xa0;» indique un prestataire inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the request could not be stored (%1); nothing was kept, please retry</source>
        <translation>la requête n&apos;a pas pu être stockée (%1)&#xa0;; rien n&apos;a été conservé, veuillez réessayer</translation>
    </message>
    <message>
        <source>use GET</source>
        <translation>utilisez GET</translation>
    </message>
    <message>
        <source>nothing here: webhooks go to POST /hooks/&lt;token&gt;</source>
        <translation>rien ici&#xa0;: les webhooks vont à POST /hooks/&lt;token&gt;</translation>
    </message>
</context>
</TS>
