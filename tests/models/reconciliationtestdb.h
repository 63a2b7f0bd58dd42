#pragma once

#include "storage/database.h"
#include "storage/endpointstore.h"
#include "time/timestamps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// A small, fully known book for the reconciliation and chart model suites: two widgets, May
// 2024, record dates given. As of 2024-06-01 Widget A has, in USD: pre-record r2 (100.00);
// post-record r1 and r4 (65.00); reversed r3 (60.00); one adjustment, r4 refunded after its
// record date (40.00); net actualised 25.00; in EUR post-record r5 (40.00). Widget B has r6,
// post-record 7.00 USD.
namespace ReconciliationTestDb {

struct Row
{
    const char *endpoint;
    const char *id;
    const char *status;
    const char *currency;
    qlonglong amount;
    qlonglong refunded;
    const char *donatedAt;
    const char *recordDate;
    const char *reversedAt;
    const char *donor;
};

inline const Row rows[] = {
    {"Widget A", "r1", "paid", "USD", 2500, 0, "2024-05-10T00:00:00Z", "2024-05-24T00:00:00Z",
        nullptr, "Ada Lovelace"},
    {"Widget A", "r2", "paid", "USD", 10000, 0, "2024-05-20T00:00:00Z", "2024-06-03T00:00:00Z",
        nullptr, "Grace Hopper"},
    {"Widget A", "r3", "refunded", "USD", 6000, 6000, "2024-05-12T00:00:00Z",
        "2024-05-26T00:00:00Z", "2024-05-15T00:00:00Z", "Иван Петров"},
    {"Widget A", "r4", "refunded", "USD", 4000, 4000, "2024-05-05T00:00:00Z",
        "2024-05-19T00:00:00Z", "2024-05-25T00:00:00Z", "Émilie du Châtelet"},
    {"Widget A", "r5", "paid", "EUR", 4000, 0, "2024-05-15T00:00:00Z", "2024-05-29T00:00:00Z",
        nullptr, "Dorothy Vaughan"},
    {"Widget A", "r7", "pending", "USD", 999, 0, "2024-05-16T00:00:00Z", "2024-05-30T00:00:00Z",
        nullptr, "Pending Person"},
    {"Widget B", "r6", "paid", "USD", 700, 0, "2024-05-10T00:00:00Z", "2024-05-10T00:00:00Z",
        nullptr, "Katherine Johnson"},
};

// Creates the database at `path`; returns the endpoint ids by name.
inline QHash<QString, qint64> create(const QString &path)
{
    QHash<QString, qint64> ids;
    DbConnection db(path);
    QString error;
    if (!db.open(&error))
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
    EndpointStore store(db.db());
    for (const char *name : {"Widget A", "Widget B"}) {
        EndpointConfig e;
        e.name = QLatin1String(name);
        e.provider = QStringLiteral("changeup");
        if (!store.add(e, &error))
            qFatal("cannot add endpoint: %s", qPrintable(error));
        ids.insert(e.name, e.id);
    }
    auto ms = [](const char *iso) {
        return iso ? QVariant(Timestamps::parse(QString::fromLatin1(iso))->toMSecsSinceEpoch())
                   : QVariant(QMetaType(QMetaType::LongLong));
    };
    for (const Row &r : rows) {
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral(
            "INSERT INTO donations (endpoint_id, provider, kind, external_id, status, currency, "
            "amount_units, refunded_units, donor_name, donated_at, record_rule, record_date, "
            "paid_at, "
            "reversed_at, status_at, created_at, updated_at) "
            "VALUES (?, 'changeup', 'donation', ?, ?, ?, ?, ?, ?, ?, 'delay:14', ?, ?, ?, ?, 0, "
            "0)"));
        const bool paid = qstrcmp(r.status, "pending") != 0;
        q.addBindValue(ids.value(QLatin1String(r.endpoint)));
        q.addBindValue(QLatin1String(r.id));
        q.addBindValue(QLatin1String(r.status));
        q.addBindValue(QLatin1String(r.currency));
        q.addBindValue(r.amount);
        q.addBindValue(r.refunded);
        q.addBindValue(QString::fromUtf8(r.donor));
        q.addBindValue(ms(r.donatedAt));
        q.addBindValue(ms(r.recordDate));
        q.addBindValue(paid ? ms(r.donatedAt) : ms(nullptr));
        q.addBindValue(ms(r.reversedAt));
        q.addBindValue(ms(r.reversedAt ? r.reversedAt : r.donatedAt));
        if (!q.exec())
            qFatal("cannot insert: %s", qPrintable(q.lastError().text()));
    }
    return ids;
}

} // namespace ReconciliationTestDb
