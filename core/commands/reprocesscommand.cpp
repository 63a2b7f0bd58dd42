#include "commandline.h"
#include "storage/database.h"
#include "storage/donationprocessor.h"
#include "storage/endpointstore.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace CommandLine {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReprocessCommand", text);
}
} // namespace

int reprocess(const QStringList &arguments)
{
    const QString command = QStringLiteral("reprocess");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("all"), tr("Every stored request, not only dead letters.")});
    parser.addOption({QStringLiteral("endpoint"), tr("Only requests to this endpoint."),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("request"),
        tr("Only this stored request (its inbox id, as the inspector and the listener's answer "
           "give it); with --all even when it is not a dead letter."),
        QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("from"), tr("Only requests received at or after this moment (ISO 8601)."),
            QStringLiteral("DATETIME")});
    parser.addOption({QStringLiteral("to"),
        tr("Only requests received before this moment (ISO 8601)."), QStringLiteral("DATETIME")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral("Usage: donationdesk reprocess [--all] [--endpoint NAME] [--request ID] "
                           "[--from DATETIME] [--to DATETIME] [--json]"),
            &exitCode))
        return exitCode;

    DonationProcessor::Selection selection;
    selection.scope = parser.isSet(QStringLiteral("all")) ? DonationProcessor::Scope::AllRows
                                                          : DonationProcessor::Scope::DeadLetters;
    if (parser.isSet(QStringLiteral("request"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("request")).toLongLong(&ok);
        if (!ok || id < 1)
            return fail(command,
                tr("--request: expected a stored request's id (a whole number), got '%1'")
                    .arg(parser.value(QStringLiteral("request"))),
                Usage);
        selection.inboxId = id;
    }
    for (const char *name : {"from", "to"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const QString text = parser.value(QLatin1String(name));
        const auto t = Timestamps::parse(text, QTimeZone::utc());
        if (!t)
            return fail(command,
                tr("--%1: expected an ISO 8601 date or time such as 2024-06-01T00:00:00Z, got '%2'")
                    .arg(QLatin1String(name), text),
                Usage);
        (qstrcmp(name, "from") == 0 ? selection.receivedFrom : selection.receivedTo) = *t;
    }
    if (selection.receivedFrom.isValid() && selection.receivedTo.isValid()
        && selection.receivedFrom >= selection.receivedTo)
        return fail(command, tr("--from must be before --to"), Usage);

    DbConnection db(databasePath(parser));
    std::optional<EndpointConfig> endpoint;
    if (!openDatabase(command, parser, db, &exitCode, true)
        || !endpointOption(command, parser, db, &endpoint, &exitCode))
        return exitCode;
    std::optional<qint64> endpointId;
    if (endpoint)
        endpointId = endpoint->id;
    if (selection.inboxId) {
        QSqlQuery exists(db.db());
        exists.prepare(QStringLiteral("SELECT endpoint_id FROM inbox WHERE id = ?"));
        exists.addBindValue(*selection.inboxId);
        if (!exists.exec() || !exists.next())
            return fail(command,
                tr("--request: no stored request has the id %1").arg(*selection.inboxId), Usage);
    }
    selection.endpointId = endpointId;
    DonationProcessor processor(db.db());
    const DonationProcessor::Summary s = processor.reprocess(selection);
    if (!s.error.isEmpty())
        return fail(command, s.error, Failed);

    // What is still dead after this run, with its reason.
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT i.id, e.name, i.error FROM inbox i JOIN endpoints e ON e.id = i.endpoint_id "
        "WHERE i.state = 'dead' %1 ORDER BY i.id")
                  .arg(endpointId ? QStringLiteral("AND i.endpoint_id = ?") : QString()));
    if (endpointId)
        q.addBindValue(*endpointId);
    q.exec();
    QJsonArray dead;
    while (q.next()) {
        dead << QJsonObject {{QStringLiteral("inbox_id"), q.value(0).toLongLong()},
            {QStringLiteral("endpoint"), q.value(1).toString()},
            {QStringLiteral("error"), q.value(2).toString()}};
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o {{QStringLiteral("rows"), s.rows},
            {QStringLiteral("processed"), s.processed}, {QStringLiteral("ignored"), s.ignored},
            {QStringLiteral("dead"), s.dead}, {QStringLiteral("erased_skipped"), s.erasedSkipped},
            {QStringLiteral("dead_letters"), dead}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
    } else {
        printOut(tr(
            "Reprocessed %1 request(s): %2 processed, %3 without a donation, %4 dead letter(s).\n")
                     .arg(s.rows)
                     .arg(s.processed)
                     .arg(s.ignored)
                     .arg(s.dead));
        if (s.erasedSkipped > 0)
            printOut(QCoreApplication::translate("ReprocessCommand",
                "Skipped %n erased request(s): their raw bytes are gone (retention or a donor's "
                "erasure), and their donations stay as they are.\n",
                nullptr, s.erasedSkipped));
        for (const QJsonValue &d : dead) {
            const QJsonObject o = d.toObject();
            printOut(tr("  dead letter #%1 (%2): %3\n")
                         .arg(o.value(QStringLiteral("inbox_id")).toInteger())
                         .arg(o.value(QStringLiteral("endpoint")).toString(),
                             o.value(QStringLiteral("error")).toString()));
        }
    }
    return Ok;
}

} // namespace CommandLine
