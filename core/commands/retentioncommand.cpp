#include "commandline.h"
#include "storage/database.h"
#include "storage/rawrequestretention.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace CommandLine {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("RetentionCommand", text, disambiguation, n);
}

// A whole number of days from `minimum` to RawRequestRetention::MaxDays; nullopt after printing
// why not (exit status 2 in *exitCode).
std::optional<int> daysOption(const QString &command, const QCommandLineParser &parser,
    const QString &name, int minimum, int *exitCode)
{
    const QString text = parser.value(name);
    bool ok = false;
    const int days = text.toInt(&ok);
    if (ok && days >= minimum && days <= RawRequestRetention::MaxDays)
        return days;
    *exitCode = fail(command,
        (minimum == 0 ? tr("--%1: expected a whole number of days from 0 (keep for ever) to %2, "
                           "got '%3'")
                      : tr("--%1: expected a whole number of days from 1 to %2, got '%3'"))
            .arg(name)
            .arg(RawRequestRetention::MaxDays)
            .arg(text),
        Usage);
    return std::nullopt;
}

void printJson(const QJsonObject &o)
{
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
}

QString describeSetting(int days)
{
    if (days == 0)
        return tr("Raw requests are kept for ever (retention 0 days).\n");
    return tr("Raw requests are kept for %n day(s): after that, processed requests lose their "
              "headers and body (their donations stay) and refused requests are deleted.\n",
        nullptr, days);
}

} // namespace

int retention(const QStringList &arguments)
{
    const QString command = QStringLiteral("retention");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("days"),
        tr("Keep raw requests for N days (0: for ever) from now on."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk retention [--days N] [--json]"), &exitCode))
        return exitCode;
    std::optional<int> newDays;
    if (parser.isSet(QStringLiteral("days"))) {
        newDays = daysOption(command, parser, QStringLiteral("days"), 0, &exitCode);
        if (!newDays)
            return exitCode;
    }

    DbConnection db(databasePath(parser));
    // Reading a setting must not create a database at a mistyped path; setting one may, as
    // adding an endpoint does.
    if (!openDatabase(command, parser, db, &exitCode, !newDays))
        return exitCode;
    QString error;
    if (newDays && !RawRequestRetention::setDays(db.db(), *newDays, &error))
        return fail(command, error, Failed);
    const std::optional<int> days = RawRequestRetention::days(db.db(), &error);
    if (!days)
        return fail(command, error, Failed);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("days"), *days}});
        return Ok;
    }
    printOut(describeSetting(*days));
    if (newDays && *days > 0)
        printOut(tr("The listener applies it within an hour; 'donationdesk purge' applies it "
                    "now.\n"));
    return Ok;
}

int purge(const QStringList &arguments)
{
    const QString command = QStringLiteral("purge");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("older-than"),
        tr("Purge raw requests older than DAYS days instead of the retention setting's."),
        QStringLiteral("DAYS")});
    parser.addOption({QStringLiteral("dry-run"), tr("Only count what would be purged.")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk purge [--older-than DAYS] [--dry-run] [--json]"),
            &exitCode))
        return exitCode;
    std::optional<int> days;
    if (parser.isSet(QStringLiteral("older-than"))) {
        days = daysOption(command, parser, QStringLiteral("older-than"), 1, &exitCode);
        if (!days)
            return exitCode;
    }

    DbConnection db(databasePath(parser));
    if (!openDatabase(command, parser, db, &exitCode, true))
        return exitCode;
    QString error;
    if (!days) {
        days = RawRequestRetention::days(db.db(), &error);
        if (!days)
            return fail(command, error, Failed);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (*days == 0) {
        if (json)
            printJson({{QStringLiteral("days"), 0}, {QStringLiteral("dry_run"), dryRun},
                {QStringLiteral("requests_erased"), 0}, {QStringLiteral("refusals_deleted"), 0},
                {QStringLiteral("unfinished_kept"), 0}});
        else
            printOut(tr("Raw requests are kept for ever (retention 0 days): nothing to purge. "
                        "Set a retention with 'donationdesk retention --days N', or pass "
                        "--older-than DAYS.\n"));
        return Ok;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RawRequestRetention::Counts counts = dryRun
        ? RawRequestRetention::count(db.db(), now, *days)
        : RawRequestRetention::purge(db.db(), now, *days);
    if (!counts.error.isEmpty()) {
        // What committed before the failure stays purged: say so.
        if (counts.requestsErased > 0 || counts.refusalsDeleted > 0)
            return fail(command,
                tr("stopped after erasing %1 stored and deleting %2 refused request(s): %3")
                    .arg(counts.requestsErased)
                    .arg(counts.refusalsDeleted)
                    .arg(counts.error),
                Failed);
        return fail(command, counts.error, Failed);
    }
    const QString before = Timestamps::toIsoUtc(RawRequestRetention::cutoff(now, *days));
    if (json) {
        printJson({{QStringLiteral("days"), *days}, {QStringLiteral("before"), before},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("requests_erased"), counts.requestsErased},
            {QStringLiteral("refusals_deleted"), counts.refusalsDeleted},
            {QStringLiteral("unfinished_kept"), counts.unfinishedKept}});
        return Ok;
    }
    const QString line = dryRun
        ? tr("Would erase the raw bytes of %1 stored request(s) and delete %2 refused request(s) "
             "received before %3 (older than %4 day(s)).\n")
        : tr("Erased the raw bytes of %1 stored request(s) and deleted %2 refused request(s) "
             "received before %3 (older than %4 day(s)).\n");
    printOut(line.arg(counts.requestsErased).arg(counts.refusalsDeleted).arg(before).arg(*days));
    if (counts.unfinishedKept > 0)
        printOut(tr("%n pending or dead-letter request(s) older than that keep their bytes until "
                    "they are processed.\n",
            nullptr, int(qMin<qint64>(counts.unfinishedKept, std::numeric_limits<int>::max()))));
    return Ok;
}

} // namespace CommandLine
