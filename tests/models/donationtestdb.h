#pragma once

// A temporary database of donations written directly, with what keyset paging must survive:
// many ties on every sort value (times, names that differ only in case, amounts), unknown
// amounts, amounts beyond 64 bits, a removed endpoint, test events, every record state.

#include "domain/donationrecord.h"
#include "storage/backgrounddatabase.h"
#include "storage/database.h"
#include "storage/endpointstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class DonationTestDb
{
public:
    struct Endpoint
    {
        qint64 id = 0;
        QString name;
        QString provider;
    };

    QTemporaryDir dir;
    QString path;
    QList<Endpoint> endpoints;
    std::unique_ptr<DbConnection> connection; // read-write, for checks and new rows
    QDateTime now = QDateTime::currentDateTimeUtc();

    bool create(int rows)
    {
        path = dir.filePath(QStringLiteral("donations.sqlite"));
        connection = std::make_unique<DbConnection>(path);
        QString error;
        if (!connection->open(&error)) {
            qWarning() << error;
            return false;
        }
        EndpointStore store(connection->db());
        // Names whose order differs with and without case: beta, Alpha, gamma, Zeta.
        const std::tuple<const char *, const char *, int> defs[] = {{"beta", "changeup", 14},
            {"Alpha", "givecloud", 0}, {"gamma", "inqud", 7}, {"Zeta", "changeup", 30}};
        for (const auto &[name, provider, delay] : defs) {
            EndpointConfig e;
            e.name = QLatin1String(name);
            e.provider = QLatin1String(provider);
            e.recordPolicy = RecordPolicy::delay(delay);
            if (e.provider == u"givecloud" || e.provider == u"inqud")
                e.secret = QByteArrayLiteral("secret");
            if (!store.add(e, &error)) {
                qWarning() << error;
                return false;
            }
            endpoints << Endpoint {e.id, e.name, e.provider};
        }
        QSqlQuery removed(connection->db());
        removed.exec(QStringLiteral("UPDATE endpoints SET removed_at = 1 WHERE name = 'Zeta'"));
        connection->db().transaction();
        for (int k = 0; k < rows; ++k) {
            if (!insert(k)) {
                connection->db().rollback();
                return false;
            }
        }
        return connection->db().commit();
    }

    // One donation, a function of k alone.
    bool insert(int k, const QString &externalPrefix = QStringLiteral("T"))
    {
        static const char *const donors[] = {"Ada Lovelace", "ada lovelace", "ADA LOVELACE",
            "Grace Hopper", "", "Émilie du Châtelet", "émilie du châtelet", "Иван Петров", "Zoë",
            "zoe", "Mary Jackson"};
        static const char *const campaigns[] = {"", "Spring", "spring", "Gala", "Winter"};
        static const char *const statuses[] = {"paid", "paid", "paid", "pending", "refunded",
            "paid", "canceled", "voided", "failed", "partially_refunded", "paid"};
        static const char *const currencies[] = {"USD", "USD", "EUR", "JPY", "BTC", "ETH", "USD"};
        const Endpoint &e = endpoints.at(k % 7 == 6 ? 3 : k % 3);
        const QString status = QLatin1String(statuses[(k / 3) % 11]);
        const QString currency = QLatin1String(currencies[(k / 2) % 7]);
        QVariant units;
        if (k % 97 == 5)
            units = QVariant(QMetaType(QMetaType::LongLong)); // not known yet
        else if (currency == u"ETH" && k % 4 == 0)
            units = QString(QString::number(9 + k % 13)
                + QStringLiteral("500000000000000000")); // beyond 64 bits
        else
            units = qint64((k % 5) * 2500 + 100);
        const QString donor = QString::fromUtf8(donors[(k / 5) % 11]);
        const qint64 donated = now.addDays(-(k % 40)).addSecs(-3600 * (k % 3)).toMSecsSinceEpoch();
        const int delay = (k % 3 == 0) ? 14 : (k % 3 == 1 ? 0 : 7);
        const qint64 record = donated + qint64(delay) * 86400000;
        const bool paid =
            status == u"paid" || status == u"refunded" || status == u"partially_refunded";
        const bool reversed = status == u"refunded" || status == u"canceled" || status == u"voided";
        QSqlQuery q(connection->db());
        q.prepare(QStringLiteral(
            "INSERT INTO donations (endpoint_id, provider, kind, external_id, status, "
            "provider_status, "
            "currency, amount_units, amount_text, refunded_units, donor_name, donor_email, "
            "campaign, "
            "recurring, donated_at, record_rule, record_date, paid_at, reversed_at, status_at, "
            "is_test, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 0, ?, ?, ?, ?, "
            "?, ?, "
            "?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(e.id);
        q.addBindValue(e.provider);
        q.addBindValue(k % 31 == 3
                ? QStringLiteral("schedule")
                : (k % 37 == 4 ? QStringLiteral("pledge") : QStringLiteral("donation")));
        q.addBindValue(QString(externalPrefix + QString::number(k)));
        q.addBindValue(status);
        q.addBindValue(status);
        q.addBindValue(currency);
        q.addBindValue(units);
        q.addBindValue(donor.isEmpty() ? QStringLiteral("") : donor); // "", never NULL
        q.addBindValue(donor.isEmpty()
                ? QStringLiteral("")
                : QString(donor.section(u' ', 0, 0).toLower() + QStringLiteral("@example.org")));
        q.addBindValue(QLatin1String(campaigns[k % 5]));
        q.addBindValue(k % 4 == 0 ? 1 : 0);
        q.addBindValue(donated);
        q.addBindValue(QStringLiteral("delay:%1").arg(delay));
        q.addBindValue(record);
        q.addBindValue(paid ? QVariant(donated) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(reversed ? QVariant(donated + (k % 2 ? 3600000 : 20LL * 86400000))
                                : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(donated);
        q.addBindValue(k % 50 == 7 ? 1 : 0);
        q.addBindValue(donated);
        q.addBindValue(donated);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }

    QList<qint64> ids(const QString &sql, const QVariantList &binds = {})
    {
        QList<qint64> out;
        QSqlQuery q(connection->db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return out;
        }
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    }
};

inline QList<qint64> toIds(const QVariantList &list)
{
    QList<qint64> out;
    for (const QVariant &v : list)
        out << v.toLongLong();
    return out;
}
