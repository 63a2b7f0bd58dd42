#pragma once

#include "providers/webhookrequest.h"

#include <QSqlDatabase>

#include <optional>

// Endpoints (one per provider URL / widget): typed access to the `endpoints` table.
class EndpointStore
{
public:
    explicit EndpointStore(QSqlDatabase db);

    QList<EndpointConfig> list(QString *error = nullptr) const;
    // Live and removed endpoints, for reading stored requests of either.
    QList<EndpointConfig> listIncludingRemoved(QString *error = nullptr) const;
    std::optional<EndpointConfig> findById(qint64 id) const;
    // By name, or by id when `nameOrId` is a number that names no endpoint.
    std::optional<EndpointConfig> find(const QString &nameOrId) const;
    // Removed endpoints too: their donations stay in the books under their name.
    std::optional<EndpointConfig> findIncludingRemoved(const QString &name) const;

    // Inserts; fills in id and (when empty) token. Fails on a duplicate name.
    bool add(EndpointConfig &endpoint, QString *error);
    bool update(const EndpointConfig &endpoint, QString *error);
    // Retires the endpoint: its URL stops working at once, its donations and requests stay.
    bool remove(qint64 id, QString *error);

    // Increases whenever any process changes an endpoint.
    qint64 revision() const;

    // 256 random bits, URL-safe base64 without padding (43 characters).
    static QByteArray newToken();

private:
    QList<EndpointConfig> select(const QString &clause, QString *error) const;

    QSqlDatabase m_db;
};
