#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Erasing one donor's personal data on their request, found by their email address (ignoring
// case). Their donations keep what the books need (amounts, currency, status, dates, campaign,
// ids) and lose the donor's name, email and the personal parts of their details. Every raw
// request that carried the donor's data loses its headers and body and is marked erased
// (erased_why = 'donor erasure'): the requests behind those donations, and any other stored or
// refused request whose bytes contain the address. A request may hold several donors (a
// batch): it is blanked whole, the other donors' donations stay as they are.
//
// All or nothing: the changes are one transaction. The long part, searching every stored
// request's bytes, runs before it without the write lock; only requests stored meanwhile are
// searched again under the lock.
namespace DonorErasure {

inline const QString WhyErasure = QStringLiteral("donor erasure");

struct Result
{
    QString email; // as searched: trimmed
    QList<qint64> donationIds;
    QList<qint64> requestIds; // accepted requests (inbox) whose raw bytes are or were blanked
    QList<qint64> refusalIds; // refused requests (request log) blanked
    bool erased = false; // changed the database (false for a preview)
    QString error; // a bad address or a database failure; nothing was changed

    bool isEmpty() const
    {
        return donationIds.isEmpty() && requestIds.isEmpty() && refusalIds.isEmpty();
    }
};

// Empty when `email` can be searched for; otherwise what is wrong with it, for the person.
QString checkEmail(const QString &email);

// What erase() would change, changing nothing.
Result preview(QSqlDatabase db, const QString &email);

// Erases the donor's personal data (see above). Running it again finds nothing more to erase.
Result erase(QSqlDatabase db, const QString &email, const QDateTime &now);

// `details` without personal data: keys that name personal data (address, phone, email, names,
// card digits, birth date, IP address, ...), at any depth, and any text containing one of
// `identifying` (the email and full names) or equal to one part of a name.
QJsonObject withoutPersonalData(const QJsonObject &details, const QStringList &identifying);

} // namespace DonorErasure
