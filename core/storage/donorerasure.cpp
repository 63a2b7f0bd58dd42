#include "donorerasure.h"

#include "sqlrun.h"
#include "storagelog.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <optional>

namespace DonorErasure {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DonorErasure", text);
}

constexpr int MaxEmailLength = 320;

// Key fragments that name personal data, compared with the key in lower case without
// punctuation ("first_name", "firstName" and "First Name" are all "firstname").
const char *const PersonalKeyParts[] = {"email", "phone", "mobile", "telephone", "fax", "address",
    "street", "city", "zip", "postal", "postcode", "birth", "firstname", "lastname", "fullname",
    "middlename", "surname", "donorname", "customername", "payername", "cardholder", "holdername",
    "billing", "shipping", "last4", "cardnumber", "iban", "accountnumber", "ipaddress", "useragent",
    "referer", "referrer", "ssn", "taxid", "nationalid", "passport", "donornumber", "supporter"};
// Whole keys that name personal data (as fragments they would catch too much: "ip" in
// "shipping_type", "dob" in "adobe").
const char *const PersonalKeys[] = {"country", "ip", "dob", "gender", "lat", "lng", "latitude",
    "longitude", "donor", "customer", "payer", "contact", "person", "member", "user"};

bool isPersonalKey(const QString &key)
{
    QString k;
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            k += c.toLower();
    }
    for (const char *part : PersonalKeyParts) {
        if (k.contains(QLatin1String(part)))
            return true;
    }
    for (const char *whole : PersonalKeys) {
        if (k == QLatin1String(whole))
            return true;
    }
    return false;
}

struct Identifying
{
    QStringList contained; // the email, full names: any text containing one is personal
    QStringList equal; // parts of names: a text that is exactly one is personal
};

Identifying identifyingFrom(const QStringList &values)
{
    Identifying id;
    for (const QString &v : values) {
        const QString t = v.trimmed();
        if (t.size() < 2)
            continue;
        id.contained << t;
        if (t.contains(u'@'))
            continue;
        static const QRegularExpression space(QStringLiteral("[\\s,]+"));
        for (const QString &part : t.split(space, Qt::SkipEmptyParts)) {
            if (part.size() >= 2)
                id.equal << part;
        }
    }
    return id;
}

bool identifies(const QString &text, const Identifying &id)
{
    for (const QString &c : id.contained) {
        if (text.contains(c, Qt::CaseInsensitive))
            return true;
    }
    for (const QString &e : id.equal) {
        if (text.trimmed().compare(e, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The value without personal data; nullopt when nothing of it may stay.
std::optional<QJsonValue> scrub(const QJsonValue &value, const Identifying &id)
{
    if (value.isString())
        return identifies(value.toString(), id) ? std::nullopt : std::optional(value);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray()) {
            if (auto kept = scrub(v, id))
                out << *kept;
        }
        return QJsonValue(out);
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isPersonalKey(it.key()))
                continue;
            if (auto kept = scrub(it.value(), id))
                out.insert(it.key(), *kept);
        }
        return QJsonValue(out);
    }
    return value;
}

// The needles a raw request holding the address contains: the address, and the address as a
// form or query string writes it.
QStringList needles(const QString &email)
{
    QStringList out {email};
    const QString encoded = QString(email).replace(u'@', QStringLiteral("%40"));
    if (encoded != email)
        out << encoded;
    return out;
}

// Ids of the rows of `table` (inbox or request_log) in (afterId, uptoId] whose raw bytes still
// hold `email`.
bool rowsHolding(QSqlDatabase &db, const char *table, const QString &email, qint64 afterId,
    qint64 uptoId, QList<qint64> *ids, QString *error)
{
    QStringList tests;
    QVariantList binds {afterId, uptoId};
    for (const QString &n : needles(email)) {
        tests << QStringLiteral("dd_contains(CAST(headers AS TEXT), ?)")
              << QStringLiteral("dd_contains(CAST(body AS TEXT), ?)");
        binds << n << n;
    }
    QSqlQuery q(db);
    if (!Sql::run(q,
            QStringLiteral("SELECT id FROM %1 WHERE id > ? AND id <= ? AND erased_at IS NULL "
                           "AND (%2) ORDER BY id")
                .arg(QLatin1String(table), tests.join(QStringLiteral(" OR "))),
            binds, error))
        return false;
    while (q.next())
        ids->append(q.value(0).toLongLong());
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 maxId(QSqlDatabase &db, const char *table, QString *error)
{
    QSqlQuery q(db);
    if (!Sql::run(q, QStringLiteral("SELECT ifnull(max(id), 0) FROM %1").arg(QLatin1String(table)),
            {}, error)
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

struct Donation
{
    qint64 id = 0;
    QString name;
    QString details;
};

bool donationsOf(QSqlDatabase &db, const QString &email, QList<Donation> *out,
    QList<qint64> *linked, QString *error)
{
    QSqlQuery q(db);
    if (!Sql::run(q,
            QStringLiteral("SELECT id, donor_name, details FROM donations "
                           "WHERE donor_email = ? COLLATE NOCASE ORDER BY id"),
            {email}, error))
        return false;
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    q.finish();
    if (!Sql::run(q,
            QStringLiteral("SELECT DISTINCT de.inbox_id FROM donation_events de "
                           "JOIN donations d ON d.id = de.donation_id "
                           "JOIN inbox i ON i.id = de.inbox_id "
                           "WHERE d.donor_email = ? COLLATE NOCASE AND i.erased_at IS NULL"),
            {email}, error))
        return false;
    while (q.next())
        linked->append(q.value(0).toLongLong());
    return true;
}

QList<qint64> sortedUnion(const QList<qint64> &a, const QList<qint64> &b)
{
    QSet<qint64> set(a.cbegin(), a.cend());
    set.unite(QSet<qint64>(b.cbegin(), b.cend()));
    QList<qint64> out(set.cbegin(), set.cend());
    std::sort(out.begin(), out.end());
    return out;
}

Result failed(Result r, const QString &error)
{
    r.donationIds.clear();
    r.requestIds.clear();
    r.refusalIds.clear();
    r.erased = false;
    r.error = error;
    return r;
}

} // namespace

QString checkEmail(const QString &email)
{
    const QString e = email.trimmed();
    if (e.isEmpty())
        return tr("enter the donor's email address");
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (e.size() > MaxEmailLength || !shape.match(e).hasMatch())
        return tr("'%1' is not an email address (expected name@example.org)").arg(e);
    return {};
}

QJsonObject withoutPersonalData(const QJsonObject &details, const QStringList &identifying)
{
    return scrub(QJsonValue(details), identifyingFrom(identifying))
        .value_or(QJsonValue())
        .toObject();
}

Result preview(QSqlDatabase db, const QString &email)
{
    Result r;
    r.email = email.trimmed();
    if (QString why = checkEmail(r.email); !why.isEmpty())
        return failed(r, why);
    QString error;
    QList<Donation> donations;
    QList<qint64> linked;
    QList<qint64> inboxHits;
    const qint64 all = std::numeric_limits<qint64>::max();
    if (!donationsOf(db, r.email, &donations, &linked, &error)
        || !rowsHolding(db, "inbox", r.email, 0, all, &inboxHits, &error)
        || !rowsHolding(db, "request_log", r.email, 0, all, &r.refusalIds, &error))
        return failed(r, error);
    for (const Donation &d : donations)
        r.donationIds << d.id;
    r.requestIds = sortedUnion(linked, inboxHits);
    return r;
}

Result erase(QSqlDatabase db, const QString &email, const QDateTime &now)
{
    Result r;
    r.email = email.trimmed();
    if (QString why = checkEmail(r.email); !why.isEmpty())
        return failed(r, why);
    QString error;

    // Without the write lock: the requests stored so far. Raw bytes never change but to be
    // erased, so a request without the address now will not have it later.
    const qint64 inboxUpTo = maxId(db, "inbox", &error);
    const qint64 logUpTo = maxId(db, "request_log", &error);
    QList<qint64> inboxHits;
    if (inboxUpTo < 0 || logUpTo < 0
        || !rowsHolding(db, "inbox", r.email, 0, inboxUpTo, &inboxHits, &error)
        || !rowsHolding(db, "request_log", r.email, 0, logUpTo, &r.refusalIds, &error))
        return failed(r, error);

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(r, q.lastError().text());
    auto rollback = [&](const QString &why) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failed(r, why);
    };
    const qint64 all = std::numeric_limits<qint64>::max();
    QList<Donation> donations;
    QList<qint64> linked;
    if (!donationsOf(db, r.email, &donations, &linked, &error)
        || !rowsHolding(db, "inbox", r.email, inboxUpTo, all, &inboxHits, &error)
        || !rowsHolding(db, "request_log", r.email, logUpTo, all, &r.refusalIds, &error))
        return rollback(error);

    QStringList identifying {r.email};
    for (const Donation &d : donations) {
        if (!d.name.trimmed().isEmpty() && !identifying.contains(d.name.trimmed()))
            identifying << d.name.trimmed();
    }
    const QString erasedAt = Timestamps::toIsoUtc(now);
    for (const Donation &d : donations) {
        QJsonObject details =
            withoutPersonalData(QJsonDocument::fromJson(d.details.toUtf8()).object(), identifying);
        // Says why the donor is blank (the Donations view shows the details).
        details.insert(QStringLiteral("personalDataErasedAt"), erasedAt);
        if (!Sql::run(q,
                QStringLiteral("UPDATE donations SET donor_name = '', donor_email = '', "
                               "details = ? WHERE id = ?"),
                {QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), d.id},
                &error))
            return rollback(error);
        r.donationIds << d.id;
    }

    const QVariant nowMs = now.toMSecsSinceEpoch();
    auto blank = [&](const char *table, const QList<qint64> &ids, QList<qint64> *changed) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE %1 SET headers = X'', body = X'', erased_at = ?, "
                                 "erased_why = ? WHERE id = ? AND erased_at IS NULL")
                      .arg(QLatin1String(table)));
        for (qint64 id : ids) {
            u.bindValue(0, nowMs);
            u.bindValue(1, WhyErasure);
            u.bindValue(2, id);
            if (!u.exec()) {
                error = u.lastError().text();
                return false;
            }
            if (u.numRowsAffected() > 0)
                changed->append(id);
        }
        return true;
    };
    const QList<qint64> requests = sortedUnion(linked, inboxHits);
    const QList<qint64> refusals = sortedUnion(r.refusalIds, {});
    r.refusalIds.clear();
    if (!blank("inbox", requests, &r.requestIds) || !blank("request_log", refusals, &r.refusalIds))
        return rollback(error);
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(q.lastError().text());
    r.erased = !r.isEmpty();
    if (r.erased)
        qCInfo(lcStorage) << "erased a donor's personal data:" << r.donationIds.size()
                          << "donations," << r.requestIds.size() << "stored and"
                          << r.refusalIds.size() << "refused requests";
    return r;
}

} // namespace DonorErasure
