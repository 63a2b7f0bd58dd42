#include "commandline.h"
#include "providers/provideradapter.h"
#include "storage/database.h"
#include "storage/endpointstore.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QHostAddress>
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
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

// Applies the setting options to `e`. Returns an error naming the option, or empty.
QString applySettings(const QCommandLineParser &parser, EndpointConfig &e,
    const ProviderAdapter *adapter, bool adding)
{
    auto isSet = [&](const char *name) {
        return parser.isSet(QLatin1String(name));
    };
    auto value = [&](const char *name) {
        return parser.value(QLatin1String(name));
    };

    if (isSet("secret") && isSet("no-secret"))
        return tr("use either --secret or --no-secret");
    if (isSet("secret")) {
        if (!adapter->acceptsSecret())
            return tr("--secret: %1 does not sign its webhooks; the URL is the secret (use "
                      "--allow-from to restrict senders)")
                .arg(adapter->displayName());
        if (value("secret").trimmed().isEmpty())
            return tr("--secret: empty; use --no-secret for none");
        e.secret = value("secret").trimmed().toUtf8();
    } else if (isSet("no-secret")) {
        if (adapter->requiresSecret())
            return tr("--no-secret: %1 endpoints check every request's signature and cannot work "
                      "without a secret")
                .arg(adapter->displayName());
        e.secret.clear();
    } else if (adding) {
        e.secret = adapter->generateSecret();
    }
    if (isSet("currency")) {
        const QString c = Currency::normalize(value("currency"));
        if (c.isEmpty() && !value("currency").isEmpty())
            return tr("--currency: '%1' is not a currency code").arg(value("currency"));
        e.currency = c;
    }
    if (isSet("event")) {
        const QString ev = value("event").trimmed().toLower();
        if (!ev.isEmpty() && ev != u"auto") {
            if (!adapter->events().contains(ev)) {
                return adapter->events().isEmpty()
                    ? tr("--event: %1 endpoints have no event setting").arg(adapter->id())
                    : tr("--event: '%1' is not one of %2")
                          .arg(ev, adapter->events().join(QStringLiteral(", ")));
            }
            e.event = ev;
        } else {
            e.event.clear();
        }
    }
    if (isSet("timezone")) {
        const QString tz = value("timezone").trimmed();
        if (!tz.isEmpty() && !Timestamps::zoneFromName(tz).isValid())
            return tr("--timezone: unknown zone '%1' (use an IANA name such as America/New_York)")
                .arg(tz);
        e.timezone = tz;
    }
    if (isSet("allow-from")) {
        QStringList list;
        for (const QString &part : value("allow-from").split(u',', Qt::SkipEmptyParts)) {
            const QString entry = part.trimmed();
            const QString withMask = entry.contains(u'/')
                ? entry
                : entry + (entry.contains(u':') ? QStringLiteral("/128") : QStringLiteral("/32"));
            if (QHostAddress::parseSubnet(withMask).first.isNull())
                return tr("--allow-from: '%1' is not an address or CIDR range").arg(entry);
            list << entry;
        }
        e.allowFrom = list;
    }
    if (isSet("record-delay") && isSet("record-date"))
        return tr("use either --record-delay or --record-date, not both");
    if (isSet("record-delay")) {
        bool ok = false;
        const int days = value("record-delay").toInt(&ok);
        if (!ok || days < 0 || days > RecordPolicy::MaxDelayDays)
            return tr("--record-delay: expected a whole number of days from 0 to %1, got '%2'")
                .arg(RecordPolicy::MaxDelayDays)
                .arg(value("record-delay"));
        e.recordPolicy = RecordPolicy::delay(days);
    }
    if (isSet("record-date")) {
        const auto d = parseIsoDate(value("record-date"));
        if (!d)
            return tr("--record-date: expected a date as YYYY-MM-DD, got '%1'")
                .arg(value("record-date"));
        e.recordPolicy = RecordPolicy::fixed(*d);
    }
    // Also when an update would clear it: every later donation would become a dead letter.
    if ((adding || isSet("currency")) && adapter->needsCurrency() && e.currency.isEmpty())
        return tr("--currency is required for %1 endpoints: its payloads carry no currency")
            .arg(adapter->displayName());
    return {};
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
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (!parser.isSet(QStringLiteral("name")) || name.isEmpty())
        return fail(command, tr("--name is required"), Usage);
    if (name.size() > 100)
        return fail(command, tr("--name: at most 100 characters"), Usage);

    EndpointConfig e;
    e.name = name;
    e.provider = provider;
    if (QString why = applySettings(parser, e, adapter, true); !why.isEmpty())
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
    if (parser.isSet(QStringLiteral("new-secret"))
        && (parser.isSet(QStringLiteral("secret")) || parser.isSet(QStringLiteral("no-secret"))))
        return fail(command, tr("use only one of --secret, --new-secret and --no-secret"), Usage);

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
    if (QString why = applySettings(parser, e, adapter, false); !why.isEmpty())
        return fail(command, why, Usage);
    if (parser.isSet(QStringLiteral("name"))) {
        const QString name = parser.value(QStringLiteral("name")).trimmed();
        if (name.isEmpty() || name.size() > 100)
            return fail(command, tr("--name: 1 to 100 characters"), Usage);
        e.name = name;
    }
    if (parser.isSet(QStringLiteral("new-secret"))) {
        e.secret = adapter->generateSecret();
        if (e.secret.isEmpty())
            return fail(command,
                tr("--new-secret: %1 endpoints have no generated secret; pass --secret")
                    .arg(adapter->id()),
                Usage);
    }
    if (parser.isSet(QStringLiteral("new-token")))
        e.token = EndpointStore::newToken();
    if (parser.isSet(QStringLiteral("enable")))
        e.enabled = true;
    if (parser.isSet(QStringLiteral("disable")))
        e.enabled = false;
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
            printOut(tr("Usage: donationdesk endpoint add|list|update|remove [options]\n"
                        "Run 'donationdesk endpoint <sub-command> --help' for details.\n"));
            return Ok;
        }
        return fail(QStringLiteral("endpoint"),
            tr("expected a sub-command: add, list, update or remove"), Usage);
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
    return fail(QStringLiteral("endpoint"),
        tr("unknown sub-command '%1' (add, list, update, remove)").arg(sub), Usage);
}

} // namespace CommandLine
