#pragma once

#include <QObject>
#include <QVariant>

class QQmlEngine;

// What QML tests need beyond the app itself: a database with known content, direct SQL to
// check views against, and a way to send real webhooks to the running listener.
class TestSupport : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(QVariantMap endpointIds READ endpointIds CONSTANT)

public:
    explicit TestSupport(const QString &databasePath, const QVariantMap &endpointIds, QObject *parent = nullptr);

    QString databasePath() const { return m_databasePath; }
    QVariantMap endpointIds() const { return m_endpointIds; }

    // The first column of every row of `sql` (with `binds` for its '?'), on a fresh read-only
    // connection; [] on error (the error goes to the test log).
    Q_INVOKABLE QVariantList query(const QString &sql, const QVariantList &binds = {}) const;
    // One value: the first column of the first row.
    Q_INVOKABLE QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    // POSTs `body` to the running listener at the endpoint named `endpoint`, signed as its
    // provider signs. Returns the HTTP status (0: no answer).
    Q_INVOKABLE int deliver(const QString &endpoint, const QString &body, const QVariantMap &headers = {}) const;
    // The bytes of a local file (an export the test wrote) as UTF-8 text; empty if unreadable.
    Q_INVOKABLE QString readFile(const QString &pathOrUrl) const;
    // A native (changeup) donation body.
    Q_INVOKABLE QString changeupBody(const QString &id, const QString &amount, const QString &currency,
                                     const QString &donor, const QString &status = QStringLiteral("completed")) const;

private:
    QString m_databasePath;
    QVariantMap m_endpointIds;
};

// Fills a new database with a small, fully known set of donations (see testseed.cpp) and
// returns the ids of the endpoints it made, by name.
QVariantMap seedTestDatabase(const QString &path, QString *error);
