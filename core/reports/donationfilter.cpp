#include "donationfilter.h"

namespace DonationQuery {

namespace {

template<typename T, typename ToVariant>
void inList(QStringList &where, QVariantList &binds, const QString &column, const QList<T> &values,
            ToVariant toVariant)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const T &v : values) {
        marks << QStringLiteral("?");
        binds << toVariant(v);
    }
    where << QStringLiteral("%1 IN (%2)").arg(column, marks.join(u','));
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

} // namespace

QString recordStateExpression()
{
    return QStringLiteral("dd_record_state(d.status, d.donated_at, d.record_date, d.paid_at, d.reversed_at, ?)");
}

Where where(const DonationFilter &f, const QDateTime &asOf)
{
    QStringList w{QStringLiteral("1 = 1")};
    QVariantList binds;
    if (!f.includeTests)
        w << QStringLiteral("d.is_test = 0");
    inList(w, binds, QStringLiteral("d.endpoint_id"), f.endpointIds, [](qint64 id) { return QVariant(id); });
    inList(w, binds, QStringLiteral("e.name"), f.endpointNames, [](const QString &s) { return QVariant(s); });
    inList(w, binds, QStringLiteral("d.provider"), f.providers, [](const QString &s) { return QVariant(s); });
    inList(w, binds, QStringLiteral("d.status"), f.statuses, [](DonationStatus s) { return QVariant(Status::toString(s)); });
    inList(w, binds, QStringLiteral("d.currency"), f.currencies, [](const QString &s) { return QVariant(s); });
    inList(w, binds, QStringLiteral("d.kind"), f.kinds, [](const QString &s) { return QVariant(s); });
    if (f.from.isValid()) {
        w << QStringLiteral("d.donated_at >= ?");
        binds << ms(QDateTime(f.from, QTime(0, 0), QTimeZone::utc()));
    }
    if (f.to.isValid()) {
        w << QStringLiteral("d.donated_at < ?");
        binds << ms(QDateTime(f.to.addDays(1), QTime(0, 0), QTimeZone::utc()));
    }
    if (f.fromTime.isValid()) {
        w << QStringLiteral("d.donated_at >= ?");
        binds << ms(f.fromTime);
    }
    if (f.toTime.isValid()) {
        w << QStringLiteral("d.donated_at < ?");
        binds << ms(f.toTime);
    }
    if (!f.search.trimmed().isEmpty()) {
        const QString needle = f.search.trimmed();
        w << QStringLiteral("(dd_contains(d.donor_name, ?) OR dd_contains(d.donor_email, ?) "
                            "OR dd_contains(d.external_id, ?))");
        binds << needle << needle << needle;
    }
    if (!f.recordStates.isEmpty()) {
        QStringList marks;
        QVariantList values;
        for (RecordState s : f.recordStates) {
            marks << QStringLiteral("?");
            values << Record::toString(s);
        }
        w << QStringLiteral("%1 IN (%2)").arg(recordStateExpression(), marks.join(u','));
        binds << ms(asOf);
        binds += values;
    }
    return {w.join(QStringLiteral(" AND ")), binds};
}

} // namespace DonationQuery
