#include "commandline.h"
#include "monitoring/alarmqueries.h"
#include "providers/provideradapter.h"
#include "storage/database.h"
#include "storage/endpointchanges.h"
#include "storage/endpointstore.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EndpointCommand", text);
}

QJsonObject toJson(const EndpointConfig &e, bool withSecret)
{
    QJsonObject o {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("provider"), e.provider},
        {QStringLiteral("path"), QString::fromLatin1(e.path())},
        {QStringLiteral("enabled"), e.enabled},
        {QStringLiteral("has_secret"), !e.secret.isEmpty()},
        {QStringLiteral("currency"), e.currency},
        {QStringLiteral("event"), e.event},
        {QStringLiteral("timezone"), e.timezone},
        {QStringLiteral("record_policy"), e.recordPolicy.toRule()},
        {QStringLiteral("allow_from"), QJsonArray::fromStringList(e.allowFrom)},
        {QStringLiteral("alarm_quiet_minutes"), e.alarm.quietMinutes},
        {QStringLiteral("alarm_window"), e.alarm.windowText()},
        {QStringLiteral("alarm_signature_failures"), e.alarm.signatureFailures},
    };
    if (e.recordPolicy.kind == RecordPolicy::Kind::FixedDate)
        o.insert(QStringLiteral("record_date"), e.recordPolicy.fixedDate.toString(Qt::ISODate));
    else
        o.insert(QStringLiteral("record_delay_days"), e.recordPolicy.days);
    if (withSecret)
        o.insert(QStringLiteral("secret"), QString::fromUtf8(e.secret));
    return o;
}

QString describePolicy(const RecordPolicy &p)
{
    if (p.kind == RecordPolicy::Kind::FixedDate)
        return tr("record date %1 (or the donation time, if later)")
            .arg(p.fixedDate.toString(Qt::ISODate));
    if (p.days == 0)
        return tr("post-record at once");
    return QCoreApplication::translate(
        "EndpointCommand", "record date %n day(s) after the donation", nullptr, p.days);
}

QString describe(const EndpointConfig &e, bool withSecret)
{
    const ProviderAdapter *adapter = Providers::find(e.provider);
    QString s =
        tr("%1 (%2)%3\n").arg(e.name, e.provider, e.enabled ? QString() : tr(" [disabled]"));
    s += tr("  id:        %1\n").arg(e.id);
    s += tr("  path:      %1\n").arg(QString::fromLatin1(e.path()));
    if (withSecret && !e.secret.isEmpty())
        s += tr("  secret:    %1\n").arg(QString::fromUtf8(e.secret));
    else
        s += tr("  secret:    %1\n").arg(e.secret.isEmpty() ? tr("none") : tr("set"));
    if (!e.currency.isEmpty())
        s += tr("  currency:  %1\n").arg(e.currency);
    if (!e.event.isEmpty())
        s += tr("  event:     %1\n").arg(e.event);
    if (!e.timezone.isEmpty())
        s += tr("  timezone:  %1\n").arg(e.timezone);
    if (!e.allowFrom.isEmpty())
        s += tr("  allow:     %1\n").arg(e.allowFrom.join(QStringLiteral(", ")));
    s += tr("  record:    %1\n").arg(describePolicy(e.recordPolicy));
    if (e.alarm.isSet())
        s += tr("  alarm:     %1\n").arg(AlarmEvaluation::describeSettings(e.alarm));
    if (adapter && withSecret)
        s += tr("  setup:     %1\n").arg(adapter->setupHint());
    return s;
}

void addSettingOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("secret"),
        tr("Signing secret or shared token (generated when the provider signs and none is given)."),
        QStringLiteral("S")});
    parser.addOption({QStringLiteral("no-secret"), tr("No secret: rely on the secret URL alone.")});
    parser.addOption({QStringLiteral("currency"),
        tr("Currency when the payload has none (NationBuilder: the nation's currency)."),
        QStringLiteral("CUR")});
    parser.addOption({QStringLiteral("event"),
        tr("Event fixed for this URL (NationBuilder: succeeded, changed, canceled, failed; Donary: "
           "schedule, charge, void, pledge). Default: inferred."),
        QStringLiteral("E")});
    parser.addOption({QStringLiteral("timezone"),
        tr("Zone of provider times written without an offset (IANA or Windows name). Default: "
           "UTC."),
        QStringLiteral("TZ")});
    parser.addOption({QStringLiteral("allow-from"),
        tr("Comma-separated addresses or CIDR ranges allowed to post. Default: anyone."),
        QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("record-delay"),
        tr("Record date this many days after each donation (0-3650)."), QStringLiteral("DAYS")});
    parser.addOption({QStringLiteral("record-date"),
        tr("Fixed record date (the donation time if later)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("alarm-quiet"),
        tr("Silence alarm: raise it when no real donation arrives for this long (90m, 6h, "
           "1h30m, 2d; 0 or off: no quiet alarm)."),
        QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("alarm-window"),
        tr("Count quiet time only between these times of day, in the endpoint's time zone "
           "(22:00-06:00 wraps past midnight; empty: all day)."),
        QStringLiteral("HH:MM-HH:MM")});
    parser.addOption({QStringLiteral("alarm-signature-failures"),
        tr("Silence alarm: raise it after this many requests in a row are refused for their "
           "signature or token (0 or off: never)."),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

// The options as changes for the rules shared with the desktop (storage/endpointchanges.h).
// `updating`: the parser has update's options too (--new-secret, --new-token, --enable...).
EndpointChanges changesFrom(const QCommandLineParser &parser, bool updating)
{
    auto text = [&](const char *name) -> std::optional<QString> {
        if (!parser.isSet(QLatin1String(name)))
            return std::nullopt;
        return parser.value(QLatin1String(name));
    };
    auto flag = [&](const char *name) {
        return updating && parser.isSet(QLatin1String(name));
    };
    EndpointChanges c;
    c.name = text("name");
    c.secret = text("secret");
    c.noSecret = parser.isSet(QStringLiteral("no-secret"));
    c.currency = text("currency");
    c.event = text("event");
    c.timezone = text("timezone");
    c.allowFrom = text("allow-from");
    c.recordDelay = text("record-delay");
    c.recordDate = text("record-date");
    c.alarmQuiet = text("alarm-quiet");
    c.alarmWindow = text("alarm-window");
    c.alarmSignatureFailures = text("alarm-signature-failures");
    c.newSecret = flag("new-secret");
    c.newToken = flag("new-token");
    if (flag("enable"))
        c.enabled = true;
    else if (flag("disable"))
        c.enabled = false;
    return c;
}

// The endpoint as JSON (--json) or as text under `heading`.
void printEndpoint(const QCommandLineParser &parser, const EndpointConfig &e, bool withSecret,
    const QString &heading)
{
    if (parser.isSet(QStringLiteral("json")))
        printOut(
            QString::fromUtf8(QJsonDocument(toJson(e, withSecret)).toJson(QJsonDocument::Compact))
            + u'\n');
    else
        printOut(heading.arg(describe(e, withSecret)));
}

int add(const QStringList &arguments)
{
    const QString command = QStringLiteral("endpoint add");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("provider"),
        tr("Provider: %1.").arg(Providers::ids().join(QStringLiteral(", "))), QStringLiteral("P")});
    parser.addOption({QStringLiteral("name"),
        tr("A name for this endpoint (a widget, a campaign...)."), QStringLiteral("NAME")});
    addSettingOptions(parser);
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk endpoint add --provider P --name NAME [options]"),
            &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("provider")))
        return fail(command,
            tr("--provider is required (one of: %1)")
                .arg(Providers::ids().join(QStringLiteral(", "))),
            Usage);
    const QString provider = parser.value(QStringLiteral("provider")).trimmed().toLower();
    const ProviderAdapter *adapter = Providers::find(provider);
    if (!adapter)
        return fail(command,
            tr("--provider: unknown provider '%1' (one of: %2)")
                .arg(provider, Providers::ids().join(QStringLiteral(", "))),
            Usage);
    EndpointConfig e;
    e.provider = provider;
    if (QString why = applyEndpointChanges(e, changesFrom(parser, false), *adapter, true);
        !why.isEmpty())
        return fail(command, why, Usage);

    DbConnection db(databasePath(parser));
    if (!openDatabase(command, parser, db, &exitCode))
        return exitCode;
    QString error;
    if (!EndpointStore(db.db()).add(e, &error))
        return fail(command, error, Failed);
    printEndpoint(parser, e, true, tr("Created endpoint %1"));
    return Ok;
}

int list(const QStringList &arguments)
{
    const QString command = QStringLiteral("endpoint list");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("show-secrets"), tr("Include secrets in the output.")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk endpoint list [--json] [--show-secrets]"),
            &exitCode))
        return exitCode;
    DbConnection db(databasePath(parser));
    if (!openDatabase(command, parser, db, &exitCode))
        return exitCode;
    QString error;
    const QList<EndpointConfig> endpoints = EndpointStore(db.db()).list(&error);
    if (!error.isEmpty())
        return fail(command, error, Failed);
    const bool secrets = parser.isSet(QStringLiteral("show-secrets"));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const EndpointConfig &e : endpoints)
            a << toJson(e, secrets);
        printOut(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)) + u'\n');
    } else if (endpoints.isEmpty()) {
        printOut(tr("No endpoints yet. Add one with: donationdesk endpoint add --provider P --name "
                    "NAME\n"));
    } else {
        for (const EndpointConfig &e : endpoints)
            printOut(describe(e, secrets));
    }
    return Ok;
}

int update(const QStringList &arguments)
{
    const QString command = QStringLiteral("endpoint update");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("endpoint"), tr("Name or id of the endpoint."));
    parser.addOption({QStringLiteral("name"), tr("New name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("new-secret"), tr("Generate a new secret.")});
    parser.addOption({QStringLiteral("new-token"),
        tr("Give the endpoint a new URL (the old one stops working).")});
    parser.addOption({QStringLiteral("enable"), tr("Accept requests again.")});
    parser.addOption({QStringLiteral("disable"), tr("Refuse requests (404) until enabled.")});
    addSettingOptions(parser);
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk endpoint update ENDPOINT [options]"), &exitCode,
            tr("name the endpoint to update")))
        return exitCode;
    if (parser.isSet(QStringLiteral("enable")) && parser.isSet(QStringLiteral("disable")))
        return fail(command, tr("use either --enable or --disable"), Usage);
    // Refused before the database is opened, as any wrong combination of arguments.
    const EndpointChanges changes = changesFrom(parser, true);
    if (QString why = conflictingEndpointChanges(changes); !why.isEmpty())
        return fail(command, why, Usage);

    DbConnection db(databasePath(parser));
    if (!openDatabase(command, parser, db, &exitCode))
        return exitCode;
    EndpointStore store(db.db());
    auto found = store.find(parser.positionalArguments().first());
    if (!found)
        return fail(
            command, tr("no endpoint named '%1'").arg(parser.positionalArguments().first()), Usage);
    EndpointConfig e = *found;
    const ProviderAdapter *adapter = Providers::find(e.provider);
    if (!adapter)
        return fail(command,
            tr("endpoint '%1' has an unknown provider '%2'").arg(e.name, e.provider), Failed);
    if (QString why = applyEndpointChanges(e, changes, *adapter, false); !why.isEmpty())
        return fail(command, why, Usage);
    QString error;
    if (!store.update(e, &error))
        return fail(command, error, Failed);
    const bool showSecret =
        parser.isSet(QStringLiteral("new-secret")) || parser.isSet(QStringLiteral("secret"));
    printEndpoint(parser, e, showSecret, tr("Updated endpoint %1"));
    return Ok;
}

int remove(const QStringList &arguments)
{
    const QString command = QStringLiteral("endpoint remove");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("endpoint"), tr("Name or id of the endpoint."));
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk endpoint remove ENDPOINT"), &exitCode,
            tr("name the endpoint to remove")))
        return exitCode;
    DbConnection db(databasePath(parser));
    if (!openDatabase(command, parser, db, &exitCode))
        return exitCode;
    EndpointStore store(db.db());
    auto found = store.find(parser.positionalArguments().first());
    if (!found)
        return fail(
            command, tr("no endpoint named '%1'").arg(parser.positionalArguments().first()), Usage);
    QString error;
    if (!store.remove(found->id, &error))
        return fail(command, error, Failed);
    printOut(tr("Removed endpoint %1: its URL no longer accepts requests; its donations and "
                "requests are kept.\n")
                 .arg(found->name));
    return Ok;
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Timestamps::toIsoUtc(t)) : QJsonValue();
}

QJsonObject alarmJson(const AlarmQueries::EndpointAlarm &a)
{
    const AlarmState &s = a.state;
    const bool quiet = a.settings.quietMinutes > 0 && s.quietSince.isValid();
    const bool failures = a.settings.signatureFailures > 0 && s.kind != AlarmState::Kind::Off;
    return QJsonObject {
        {QStringLiteral("id"), a.endpointId},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("state"), s.kindName()},
        {QStringLiteral("raised"), s.isRaised()},
        {QStringLiteral("text"), s.text},
        {QStringLiteral("alarm_quiet_minutes"), a.settings.quietMinutes},
        {QStringLiteral("alarm_window"), a.settings.windowText()},
        {QStringLiteral("alarm_signature_failures"), a.settings.signatureFailures},
        {QStringLiteral("quiet_since"), quiet ? isoOrNull(s.quietSince) : QJsonValue()},
        {QStringLiteral("never_donated"), quiet ? QJsonValue(s.neverDonated) : QJsonValue()},
        {QStringLiteral("quiet_minutes_counted"),
            quiet ? QJsonValue(s.quietMinutes) : QJsonValue()},
        {QStringLiteral("signature_refusals"), failures ? QJsonValue(s.refusals) : QJsonValue()},
        {QStringLiteral("last_refusal_at"), failures ? isoOrNull(s.lastRefusalAt) : QJsonValue()},
        {QStringLiteral("last_refusal_reason"),
            failures && s.lastRefusalAt.isValid() ? QJsonValue(s.lastRefusalReason) : QJsonValue()},
    };
}

// Exit status 1 when any alarm is raised, so that a monitoring script needs nothing but it.
int alarms(const QStringList &arguments)
{
    const QString command = QStringLiteral("endpoint alarms");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("endpoint"), tr("Only this endpoint (name or id)."),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("at"),
        tr("Count quiet time up to this moment instead of now (to try a threshold)."),
        QStringLiteral("DATETIME")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral(
                "Usage: donationdesk endpoint alarms [--endpoint NAME] [--at DATETIME] [--json]"),
            &exitCode))
        return exitCode;
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("at"))) {
        const auto at = Timestamps::parse(parser.value(QStringLiteral("at")));
        if (!at)
            return fail(command,
                tr("--at: expected a date and time such as 2024-05-25T21:00:00Z, got '%1'")
                    .arg(parser.value(QStringLiteral("at"))),
                Usage);
        now = *at;
    }
    DbConnection db(databasePath(parser));
    if (!openDatabase(command, parser, db, &exitCode, true))
        return exitCode;
    qint64 only = 0;
    if (parser.isSet(QStringLiteral("endpoint"))) {
        const QString name = parser.value(QStringLiteral("endpoint"));
        const auto found = EndpointStore(db.db()).find(name);
        if (!found)
            return fail(command, tr("--endpoint: no endpoint named '%1'").arg(name), Usage);
        only = found->id;
    }
    QString error;
    QList<AlarmQueries::EndpointAlarm> all = AlarmQueries::checkAll(db.db(), now, &error);
    if (!error.isEmpty())
        return fail(command, error, Failed);
    if (only != 0)
        all.removeIf([only](const AlarmQueries::EndpointAlarm &a) { return a.endpointId != only; });

    bool raised = false;
    QJsonArray json;
    QString text;
    for (const AlarmQueries::EndpointAlarm &a : std::as_const(all)) {
        raised = raised || a.state.isRaised();
        json << alarmJson(a);
        text += tr("%1: %2 - %3\n").arg(a.name, a.state.kindName(), a.state.text);
    }
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) + u'\n');
    else if (all.isEmpty())
        printOut(tr("No endpoints yet.\n"));
    else
        printOut(text);
    return raised ? Failed : Ok;
}

} // namespace

int endpoint(const QStringList &arguments)
{
    QStringList args = arguments;
    // The sub-command is the first word that is not --db or its value.
    qsizetype at = -1;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--db") {
            ++i;
            continue;
        }
        if (!args.at(i).startsWith(u'-')) {
            at = i;
            break;
        }
    }
    if (at < 0) {
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
            printOut(tr("Usage: donationdesk endpoint add|list|update|remove|alarms [options]\n"
                        "Run 'donationdesk endpoint <sub-command> --help' for details.\n"));
            return Ok;
        }
        return fail(QStringLiteral("endpoint"),
            tr("expected a sub-command: add, list, update, remove or alarms"), Usage);
    }
    const QString sub = args.takeAt(at);
    if (sub == u"add")
        return add(args);
    if (sub == u"list")
        return list(args);
    if (sub == u"update")
        return update(args);
    if (sub == u"remove")
        return remove(args);
    if (sub == u"alarms")
        return alarms(args);
    return fail(QStringLiteral("endpoint"),
        tr("unknown sub-command '%1' (add, list, update, remove, alarms)").arg(sub), Usage);
}

} // namespace CommandLine
