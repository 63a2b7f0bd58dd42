#pragma once

#include "money/decimal.h"
#include "providers/provideradapter.h"
#include "testdata.h"
#include "time/timestamps.h"

#include <QtTest>

// Helpers shared by the adapter suites: requests built the way the listener builds them, and
// readable comparisons for the types QtTest cannot print (Int128, DonationStatus, QDateTime).
namespace AdapterTest {

// Fixed clock for every suite: deterministic, and far from any fixture's timestamps.
inline QDateTime receivedAt()
{
    return QDateTime(QDate(2024, 12, 1), QTime(12, 0), QTimeZone::utc());
}

inline WebhookRequest request(const QByteArray &body, const HeaderList &headers = {})
{
    WebhookRequest r;
    r.target = "/hooks/********";
    r.headers = headers;
    r.body = body;
    r.receivedAt = receivedAt();
    r.peer = QStringLiteral("127.0.0.1");
    return r;
}

inline WebhookRequest request(const SignedRequest &signedRequest)
{
    return request(signedRequest.body, signedRequest.headers);
}

inline EndpointConfig endpoint(const QString &provider, const QByteArray &secret = {},
    const QString &currency = {}, const QString &event = {})
{
    EndpointConfig e;
    e.id = 1;
    e.name = QStringLiteral("test-endpoint");
    e.provider = provider;
    e.token = "0123456789abcdef";
    e.secret = secret;
    e.currency = currency;
    e.event = event;
    return e;
}

inline const ProviderAdapter &adapter(const char *id)
{
    const ProviderAdapter *a = Providers::find(QString::fromLatin1(id));
    if (!a)
        qFatal("no adapter %s", id);
    return *a;
}

// "USD 2020": currency and exact units; "none" when the event carries no amount.
inline QString money(const std::optional<Money> &m)
{
    return m ? m->currency + u' ' + int128ToString(m->units) : QStringLiteral("none");
}

inline QString units(const std::optional<Int128> &u)
{
    return u ? int128ToString(*u) : QStringLiteral("none");
}

// ISO 8601 UTC, or "null"; also fails loudly if a valid time is not in UTC.
inline QString utc(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("null");
    // Qt 6.4 represents UTC two ways (Qt::UTC, or Qt::TimeZone with the UTC zone).
    const bool isUtc = t.timeSpec() == Qt::UTC
        || (t.timeSpec() == Qt::TimeZone && t.timeZone() == QTimeZone::utc());
    if (!isUtc)
        return QStringLiteral("not UTC: ") + t.toString(Qt::ISODateWithMs);
    return Timestamps::toIsoUtc(t);
}

inline QString days(const std::optional<int> &d)
{
    return d ? QString::number(*d) : QStringLiteral("unset");
}

inline QString status(DonationStatus s)
{
    return Status::toString(s);
}

inline QString recurring(const std::optional<bool> &r)
{
    return r ? (*r ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("unset");
}

inline QString kind(const Verdict &v)
{
    switch (v.kind) {
    case Verdict::Kind::Accept:
        return QStringLiteral("accept");
    case Verdict::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Verdict::Kind::BadRequest:
        return QStringLiteral("badrequest");
    }
    return {};
}

// A copy of `headers` without `name` (matched without regard to case).
inline HeaderList without(const HeaderList &headers, QByteArrayView name)
{
    HeaderList out;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) != 0)
            out << h;
    }
    return out;
}

// A copy of `headers` with `name` set to `value`.
inline HeaderList with(const HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    HeaderList out = without(headers, name);
    out << qMakePair(name, value);
    return out;
}

inline QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace AdapterTest

// Normalizes and requires exactly one event, binding it to `e`.
#define DD_NORMALIZE_ONE(e, adapterRef, req, ep)                                                   \
    const NormalizeResult e##Result = (adapterRef).normalize((req), (ep));                         \
    QVERIFY2(e##Result.error.isEmpty(), qPrintable(e##Result.error));                              \
    QVERIFY2(e##Result.ignored.isEmpty(), qPrintable(e##Result.ignored));                          \
    QCOMPARE(e##Result.events.size(), 1);                                                          \
    const DonationEvent &e = e##Result.events.first()

// Normalizes and requires a failure whose message contains every one of the given fragments.
#define DD_EXPECT_FAILURE(adapterRef, req, ep, ...)                                                \
    do {                                                                                           \
        const NormalizeResult failed = (adapterRef).normalize((req), (ep));                        \
        QVERIFY2(!failed.error.isEmpty(), "normalize() was expected to fail");                     \
        QVERIFY(failed.events.isEmpty());                                                          \
        for (const char *fragment : {__VA_ARGS__}) {                                               \
            QVERIFY2(failed.error.contains(QString::fromUtf8(fragment)),                           \
                qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"")                        \
                               .arg(failed.error, QString::fromUtf8(fragment))));                  \
        }                                                                                          \
    } while (false)
