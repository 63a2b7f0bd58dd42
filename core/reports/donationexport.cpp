#include "donationexport.h"

#include "domain/donationrecord.h"
#include "money/currency.h"
#include "time/timestamps.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace DonationExport {

QStringList columns()
{
    return {QStringLiteral("donation_id"), QStringLiteral("endpoint"), QStringLiteral("provider"),
        QStringLiteral("external_id"), QStringLiteral("status"), QStringLiteral("provider_status"),
        QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("refunded_amount"),
        QStringLiteral("donor_name"), QStringLiteral("donor_email"), QStringLiteral("campaign"),
        QStringLiteral("recurring"), QStringLiteral("donated_at"), QStringLiteral("record_date"),
        QStringLiteral("record_state")};
}

QByteArray csvField(const QString &value, bool text)
{
    QString v = value;
    // A cell starting with these is a formula to Excel, LibreOffice and Sheets.
    if (text && !v.isEmpty()
        && (v[0] == u'=' || v[0] == u'+' || v[0] == u'-' || v[0] == u'@' || v[0] == u'\t'
            || v[0] == u'\r'))
        v.prepend(u'\'');
    QByteArray out = v.toUtf8();
    if (out.contains(',') || out.contains('"') || out.contains('\n') || out.contains('\r')) {
        out.replace("\"", "\"\"");
        out = '"' + out + '"';
    }
    return out;
}

qint64 writeCsv(QSqlDatabase db, const DonationFilter &filter, const QDateTime &asOf,
    QIODevice *out, QString *error, const std::function<bool(qint64)> &progress)
{
    const DonationQuery::Where where = DonationQuery::where(filter, asOf);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.id, e.name, d.provider, d.external_id, d.status, d.provider_status, "
        "d.amount_units, d.currency, d.refunded_units, d.donor_name, d.donor_email, "
        "d.campaign, d.recurring, d.donated_at, d.record_date, d.paid_at, d.reversed_at "
        "FROM donations d JOIN endpoints e ON e.id = d.endpoint_id WHERE %1 "
        "ORDER BY d.donated_at, d.id")
                  .arg(where.sql));
    for (const QVariant &b : where.binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }

    QByteArray buffer = columns().join(u',').toUtf8() + "\r\n";
    qint64 rows = 0;
    auto flush = [&]() {
        if (out->write(buffer) != buffer.size()) {
            *error = out->errorString();
            return false;
        }
        buffer.clear();
        return true;
    };
    while (q.next()) {
        const QString currency = q.value(7).toString();
        const int scale = Currency::scale(currency);
        const auto amount = unitsFromSql(q.value(6));
        const auto refunded = unitsFromSql(q.value(8)).value_or(0);
        const auto status =
            Status::fromString(q.value(4).toString()).value_or(DonationStatus::Unknown);
        auto time = [&](int column) {
            return q.value(column).isNull() ? QDateTime()
                                            : Timestamps::fromMs(q.value(column).toLongLong());
        };
        const Record::Facts facts {status, time(13), time(14), time(15), time(16)};
        const QList<QByteArray> fields {
            q.value(0).toByteArray(),
            csvField(q.value(1).toString(), true),
            csvField(q.value(2).toString(), true),
            csvField(q.value(3).toString(), true),
            q.value(4).toByteArray(),
            csvField(q.value(5).toString(), true),
            amount ? formatUnits(*amount, scale).toUtf8() : QByteArray(),
            csvField(currency, true),
            currency.isEmpty() ? QByteArray() : formatUnits(refunded, scale).toUtf8(),
            csvField(q.value(9).toString(), true),
            csvField(q.value(10).toString(), true),
            csvField(q.value(11).toString(), true),
            q.value(12).toBool() ? QByteArray("true") : QByteArray("false"),
            Timestamps::toIsoUtc(facts.donatedAt).toUtf8(),
            Timestamps::toIsoUtc(facts.recordDate).toUtf8(),
            Record::toString(Record::stateAsOf(facts, asOf)).toUtf8(),
        };
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                buffer += ',';
            buffer += fields.at(i);
        }
        buffer += "\r\n";
        ++rows;
        if (buffer.size() > 64 * 1024 && !flush())
            return -1;
        if (progress && rows % 1000 == 0 && !progress(rows)) {
            *error = QStringLiteral("canceled");
            return -1;
        }
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return -1;
    }
    if (!flush())
        return -1;
    if (progress)
        progress(rows);
    return rows;
}

} // namespace DonationExport
