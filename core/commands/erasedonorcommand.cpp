#include "commandline.h"
#include "storage/database.h"
#include "storage/donorerasure.h"
#include "storage/sqlrun.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace CommandLine {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("EraseDonorCommand", text, disambiguation, n);
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray out;
    for (qint64 id : list)
        out << id;
    return out;
}

// One line per donation, so that the person can check it is the right donor.
QString donationLines(QSqlDatabase &db, const QList<qint64> &donationIds)
{
    QString out;
    QSqlQuery q(db);
    QString error;
    for (qint64 id : donationIds) {
        if (!Sql::run(q,
                QStringLiteral("SELECT d.external_id, ifnull(e.name, ''), d.amount_text, "
                               "d.currency, d.donated_at, d.status FROM donations d "
                               "LEFT JOIN endpoints e ON e.id = d.endpoint_id WHERE d.id = ?"),
                {id}, &error)
            || !q.next())
            continue;
        out += tr("    #%1 %2 (%3): %4 %5, %6, %7\n")
                   .arg(id)
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(),
                       Timestamps::toIsoUtc(Timestamps::fromMs(q.value(4).toLongLong())),
                       q.value(5).toString());
        q.finish();
    }
    return out;
}

QString describe(const DonorErasure::Result &r, bool done)
{
    QString s = done ? tr("Erased the personal data of %1:\n").arg(r.email)
                     : tr("Would erase the personal data of %1:\n").arg(r.email);
    s += tr("  %n donation(s): donor name, email and personal details (amounts, currency, "
            "status, dates, campaign and ids are kept)\n",
        nullptr, int(r.donationIds.size()));
    s += tr("  %n stored request(s): headers and body\n", nullptr, int(r.requestIds.size()));
    s += tr("  %n refused request(s): headers and body\n", nullptr, int(r.refusalIds.size()));
    return s;
}

} // namespace

int eraseDonor(const QStringList &arguments)
{
    const QString command = QStringLiteral("erase-donor");
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("email"),
        tr("The donor's email address (any case): their donations and every stored or refused "
           "request holding it."),
        QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("dry-run"), tr("Only show what would be erased.")});
    parser.addOption({QStringLiteral("yes"), tr("Erase without asking (it cannot be undone).")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int exitCode = Ok;
    if (!parse(parser, command, arguments,
            QStringLiteral(
                "Usage: donationdesk erase-donor --email ADDRESS [--dry-run | --yes] [--json]"),
            &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("email")))
        return fail(command, tr("--email is required (the donor's email address)"), Usage);
    const QString email = parser.value(QStringLiteral("email")).trimmed();
    if (const QString why = DonorErasure::checkEmail(email); !why.isEmpty())
        return fail(command, QStringLiteral("--email: ") + why, Usage);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool yes = parser.isSet(QStringLiteral("yes"));
    if (dryRun && yes)
        return fail(command, tr("use either --dry-run or --yes"), Usage);
    const bool json = parser.isSet(QStringLiteral("json"));

    DbConnection db(databasePath(parser));
    if (!openDatabase(command, parser, db, &exitCode, true))
        return exitCode;
    const DonorErasure::Result found = DonorErasure::preview(db.db(), email);
    if (!found.error.isEmpty())
        return fail(command, found.error, Failed);

    auto print = [&](const DonorErasure::Result &r, bool done) {
        if (json) {
            const QJsonObject o {{QStringLiteral("email"), r.email},
                {QStringLiteral("dry_run"), dryRun}, {QStringLiteral("erased"), done && r.erased},
                {QStringLiteral("donations"), qint64(r.donationIds.size())},
                {QStringLiteral("donation_ids"), ids(r.donationIds)},
                {QStringLiteral("requests"), qint64(r.requestIds.size())},
                {QStringLiteral("request_ids"), ids(r.requestIds)},
                {QStringLiteral("refusals"), qint64(r.refusalIds.size())}};
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        } else if (r.isEmpty()) {
            printOut(tr("No donation and no stored or refused request holds %1: nothing to "
                        "erase.\n")
                         .arg(r.email));
        } else {
            printOut(describe(r, done));
            if (!done && !r.donationIds.isEmpty())
                printOut(donationLines(db.db(), r.donationIds));
        }
    };

    if (dryRun || found.isEmpty()) {
        print(found, false);
        return Ok;
    }
    if (!yes) {
        print(found, false);
        return fail(command,
            tr("nothing was erased: add --yes to erase it for good (or --dry-run to only see it)"),
            Usage);
    }
    const DonorErasure::Result erased =
        DonorErasure::erase(db.db(), email, QDateTime::currentDateTimeUtc());
    if (!erased.error.isEmpty())
        return fail(command, tr("nothing was erased: %1").arg(erased.error), Failed);
    print(erased, true);
    return Ok;
}

} // namespace CommandLine
