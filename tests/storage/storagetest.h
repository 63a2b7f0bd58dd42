#pragma once

#include "money/decimal.h"
#include "providers/webhookrequest.h"
#include "storage/database.h"
#include "storage/endpointstore.h"
#include "testdata.h"
#include "time/timestamps.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// Helpers shared by the storage suites: fixed UTC times, readable values for types QtTest cannot
// print, a database in a temporary folder, and inbox rows written the way the listener's writer
// writes them.
namespace StorageTest {

// "2024-05-25T00:00:00Z" (or any form Timestamps reads) as a UTC time; aborts on a typo.
inline QDateTime at(const char *text)
{
    const auto t = Timestamps::parse(QString::fromLatin1(text));
    if (!t)
        qFatal("bad test time %s", text);
    return *t;
}

// ISO 8601 UTC, or "null": QDateTime compares equal across time specs, strings show the value.
inline QString utc(const QDateTime &t)
{
    return t.isValid() ? Timestamps::toIsoUtc(t) : QStringLiteral("null");
}

inline QString units(const std::optional<Int128> &u)
{
    return u ? int128ToString(*u) : QStringLiteral("none");
}

inline QString units(Int128 u)
{
    return int128ToString(u);
}

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// A Donation Desk database in its own temporary folder, opened read-write and migrated.
class TempDatabase
{
public:
    explicit TempDatabase(const DbConnection::Options &options = {})
        : m_options(options)
    { }

    // Opens (creating and migrating); QVERIFY-style callers check the result.
    bool open(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        m_connection = std::make_unique<DbConnection>(path(), m_options);
        return m_connection->open(error);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("donations.sqlite")); }
    QString dir() const { return m_dir.path(); }
    QSqlDatabase &db() { return m_connection->db(); }
    void close() { m_connection.reset(); }

private:
    QTemporaryDir m_dir;
    DbConnection::Options m_options;
    std::unique_ptr<DbConnection> m_connection;
};

inline EndpointConfig endpoint(const QString &name, const QString &provider,
    const QString &currency = {}, const RecordPolicy &policy = RecordPolicy::delay(0))
{
    EndpointConfig e;
    e.name = name;
    e.provider = provider;
    e.currency = currency;
    e.recordPolicy = policy;
    return e;
}

// One value of the first row, or an invalid QVariant when there is none.
inline QVariant scalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

// Every row of a query as "column=value|column=value", NULL written as <null>, and the stored
// type of each value written out so that 5 (INTEGER) and '5' (TEXT) are told apart.
inline QStringList dump(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QStringList out;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        out << QStringLiteral("query failed: ") + q.lastError().text();
        return out;
    }
    while (q.next()) {
        QStringList fields;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            const QVariant v = q.value(i);
            QString value;
            if (v.isNull())
                value = QStringLiteral("<null>");
            else if (v.typeId() == QMetaType::QByteArray)
                value = QStringLiteral("blob:") + QString::fromLatin1(v.toByteArray().toHex());
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                value = QStringLiteral("int:") + v.toString();
            else
                value = QStringLiteral("text:") + v.toString();
            fields << r.fieldName(i) + u'=' + value;
        }
        out << fields.join(u'|');
    }
    return out;
}

inline qint64 addEndpoint(QSqlDatabase &db, EndpointConfig &e)
{
    QString error;
    if (!EndpointStore(db).add(e, &error))
        qFatal("cannot add endpoint %s: %s", qPrintable(e.name), qPrintable(error));
    return e.id;
}

// An inbox row as the listener's writer stores it: raw header block, exact body bytes, pending.
inline qint64 insertInbox(QSqlDatabase &db, qint64 endpointId, const QByteArray &body,
    const HeaderList &headers, const QDateTime &receivedAt)
{
    HeaderList all {{"Host", "127.0.0.1:8787"}, {"Content-Type", "application/json"}};
    all += headers;
    all << qMakePair(QByteArray("Content-Length"), QByteArray::number(body.size()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO inbox (endpoint_id, received_at, peer, method, target, headers, body, state) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')"));
    q.addBindValue(endpointId);
    q.addBindValue(receivedAt.toMSecsSinceEpoch());
    q.addBindValue(QStringLiteral("203.0.113.7"));
    q.addBindValue(QStringLiteral("POST"));
    q.addBindValue(QStringLiteral("/hooks/********"));
    q.addBindValue(HeaderBlock::serialize(all));
    q.addBindValue(body);
    if (!q.exec())
        qFatal("cannot insert inbox row: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

// A refused request in the request log, as the listener logs one.
inline qint64 insertRefusal(QSqlDatabase &db, qint64 endpointId, const QDateTime &receivedAt,
    const QByteArray &body = "{}", const char *category = "signature",
    const char *reason = "bad signature")
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO request_log (received_at, peer, endpoint_id, method, target, http_status, "
        "category, reason, headers, body, body_size) VALUES (?, '198.51.100.1', ?, 'POST', "
        "'/hooks/********', 401, ?, ?, ?, ?, ?)"));
    q.addBindValue(receivedAt.toMSecsSinceEpoch());
    q.addBindValue(endpointId);
    q.addBindValue(QLatin1String(category));
    q.addBindValue(QLatin1String(reason));
    q.addBindValue(QByteArray("Host: x\r\n"));
    q.addBindValue(body);
    q.addBindValue(body.size());
    if (!q.exec())
        qFatal("cannot insert refusal: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

} // namespace StorageTest
