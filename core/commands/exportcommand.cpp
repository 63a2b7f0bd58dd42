#include "commandline.h"
#include "providers/provideradapter.h"
#include "reports/donationexport.h"
#include "storage/database.h"
#include "storage/endpointstore.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

namespace CommandLine {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}
} // namespace

int exportCsv(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("endpoint"), tr("Only this endpoint."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("provider"), tr("Only this provider."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("status"),
        tr("Only these statuses, comma-separated (%1).")
            .arg(Status::allNames().join(QStringLiteral(", "))),
        QStringLiteral("S,...")});
    parser.addOption({QStringLiteral("from"), tr("First day (UTC, inclusive) of donations."),
        QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day (UTC, inclusive) of donations."),
        QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("as-of"),
        tr("Compute record states as of this moment (ISO 8601; default: now)."),
        QStringLiteral("DATETIME")});
    parser.addOption({QStringLiteral("output"), tr("Write to FILE instead of standard output."),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("include-tests"),
        tr("Include the donations of test events (the test sender's), which are left out by "
           "default.")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk export [--endpoint NAME] [--provider P] [--status "
                           "S,...] [--from DATE] [--to DATE] [--as-of DATETIME] [--output FILE] "
                           "[--include-tests]"),
            &exitCode))
        return exitCode;

    DonationFilter filter;
    filter.includeTests = parser.isSet(QStringLiteral("include-tests"));
    if (parser.isSet(QStringLiteral("provider"))) {
        const QString p = parser.value(QStringLiteral("provider")).trimmed().toLower();
        if (!Providers::find(p))
            return fail(command,
                tr("--provider: unknown provider '%1' (one of: %2)")
                    .arg(p, Providers::ids().join(QStringLiteral(", "))),
                Usage);
        filter.providers << p;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        for (const QString &s :
            parser.value(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts)) {
            const auto status = Status::fromString(s.trimmed().toLower());
            if (!status)
                return fail(command,
                    tr("--status: unknown status '%1' (one of: %2)")
                        .arg(s.trimmed(), Status::allNames().join(QStringLiteral(", "))),
                    Usage);
            filter.statuses << *status;
        }
        if (filter.statuses.isEmpty())
            return fail(command, tr("--status: name at least one status"), Usage);
    }
    for (const char *name : {"from", "to"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const QString text = parser.value(QLatin1String(name));
        const auto d = parseIsoDate(text);
        if (!d)
            return fail(command,
                tr("--%1: expected a date as YYYY-MM-DD, got '%2'").arg(QLatin1String(name), text),
                Usage);
        (qstrcmp(name, "from") == 0 ? filter.from : filter.to) = *d;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return fail(command,
            tr("--from %1 is after --to %2")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)),
            Usage);
    QDateTime asOf = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("as-of"))) {
        QString why;
        const auto t =
            Timestamps::parse(parser.value(QStringLiteral("as-of")), QTimeZone::utc(), &why);
        if (!t)
            return fail(command,
                tr("--as-of: expected an ISO 8601 date or time such as 2024-06-01T00:00:00Z, got "
                   "'%1'")
                    .arg(parser.value(QStringLiteral("as-of"))),
                Usage);
        asOf = *t;
    }

    DbConnection db(databasePath(parser));
    std::optional<EndpointConfig> endpoint;
    if (!openDatabase(command, parser, db, &exitCode, true)
        || !endpointOption(command, parser, db, &endpoint, &exitCode))
        return exitCode;
    if (endpoint)
        filter.endpointNames << parser.value(QStringLiteral("endpoint"));
    QString error;

    if (parser.isSet(QStringLiteral("output"))) {
        // Written beside the target and renamed at the end: never a half-written file.
        QSaveFile file(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly))
            return fail(command,
                tr("--output: cannot write %1: %2").arg(file.fileName(), file.errorString()),
                Failed);
        if (DonationExport::writeCsv(db.db(), filter, asOf, &file, &error) < 0) {
            file.cancelWriting();
            return fail(command, error, Failed);
        }
        if (!file.commit())
            return fail(command, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()),
                Failed);
        return Ok;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(command, tr("cannot write to standard output"), Failed);
    if (DonationExport::writeCsv(db.db(), filter, asOf, &out, &error) < 0)
        return fail(command, error, Failed);
    out.flush();
    return Ok;
}

} // namespace CommandLine
