#pragma once

// One harness for every provider adapter. The input is a request body followed by four bytes
// of settings (a shorter input is all body, with every setting at zero):
//   byte 0: bit 0 the endpoint has a secret; bits 1-3 its currency; bits 4-5 its time zone
//   byte 1: bits 0-2 its fixed event (0: none, inferred from the request); bits 3-7 which
//           known value or which bytes of the body a header gets
//   bytes 2-3: two bits per header the adapter reads: kept as signed, dropped, a known value,
//           or bytes of the body
// Settings and body mutate independently, and scripts/fuzz.sh appends a few settings to each
// JSON seed so that the seeds are read as they are.
//
// Each request is signed the way the provider signs, so that verify() gets past the signature
// check to the body checks behind it, and is then normalized as the processor does after the
// headers have been stored and read back.

#include "fuzzsupport.h"

#include "money/currency.h"
#include "providers/provideradapter.h"
#include "time/timestamps.h"

#include <QTimeZone>

#include <cstring>

namespace AdapterFuzz {

struct HeaderSlot
{
    QByteArray name;
    QList<QByteArray> choices; // known values worth trying
};

inline QList<HeaderSlot> headerSlots(const QString &provider)
{
    if (provider == u"givecloud") {
        return {{"X-Givecloud-Event",
                    {"contribution_paid", "contributions_paid", "contribution_refunded",
                        "order_completed", "supporter_updated", " Contribution_Paid "}},
            {"X-Givecloud-Delivery", {"00000000-0000-0000-0000-000000000000"}},
            {"X-Givecloud-Signature", {"0000000000000000000000000000000000000000"}}};
    }
    if (provider == u"standard" || provider == u"changeup") {
        return {{"webhook-id", {"msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", ""}},
            {"webhook-timestamp", {"1733054400", "-9223372036854775808", "99999999999999999999"}},
            {"webhook-signature", {"v1,AAAA v1,BBBB", "v2,x"}}};
    }
    if (provider == u"inqud")
        return {{"X-Payload-Digest", {"DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"}}};
    return {};
}

inline void setHeader(HeaderList &headers, const QByteArray &name, const QByteArray *value)
{
    for (qsizetype i = headers.size() - 1; i >= 0; --i) {
        if (headers[i].first.compare(name, Qt::CaseInsensitive) == 0)
            headers.removeAt(i);
    }
    if (value)
        headers.append({name, *value});
}

inline bool isUtc(const QDateTime &t)
{
    return !t.isValid() || t.timeSpec() == Qt::UTC
        || (t.timeSpec() == Qt::TimeZone && t.timeZone() == QTimeZone::utc())
        || (t.timeSpec() == Qt::OffsetFromUTC && t.offsetFromUtc() == 0);
}

inline void checkEvents(const NormalizeResult &result, const QByteArray &body)
{
    using FuzzSupport::show;
    FUZZ_CHECK(result.error.isEmpty() || result.events.isEmpty(),
        QStringLiteral("events returned with an error: ") + result.error);
    for (const DonationEvent &e : result.events) {
        FUZZ_CHECK(e.kind == u"donation" || e.kind == u"schedule" || e.kind == u"pledge",
            e.kind + u' ' + show(body));
        FUZZ_CHECK(!e.externalId.isEmpty(), show(body));
        FUZZ_CHECK(!e.dedupeKey.isEmpty(), show(body));
        if (e.amount) {
            const QString code = e.amount->currency;
            FUZZ_CHECK(!code.isEmpty() && Currency::normalize(code) == code,
                QStringLiteral("currency \"%1\" in %2").arg(code, show(body)));
            // What is stored and shown must read back as the same units.
            const QString shown = e.amount->toString();
            // (Units of 39 digits are shown but are more than Decimal reads back.)
            const auto back = Decimal::parse(shown);
            const qsizetype digits = int128ToString(e.amount->units).remove(u'-').size();
            FUZZ_CHECK(back || digits > 38, shown);
            if (back) {
                const auto units = back->toUnits(Currency::scale(code));
                FUZZ_CHECK(units && *units == e.amount->units, shown);
            }
        }
        if (e.delayReportBy)
            FUZZ_CHECK(*e.delayReportBy >= 0 && *e.delayReportBy <= 90, show(body));
        for (const QDateTime &t : {e.donatedAt, e.statusAt, e.paidAt}) {
            FUZZ_CHECK(isUtc(t), t.toString(Qt::ISODateWithMs) + u' ' + show(body));
            if (t.isValid())
                (void)Timestamps::toIsoUtc(t);
        }
    }
}

inline int run(const char *providerId, const uint8_t *data, size_t size)
{
    static const bool initialised = (FuzzSupport::init(), true);
    Q_UNUSED(initialised);

    const ProviderAdapter *adapter = Providers::find(QString::fromLatin1(providerId));
    if (!adapter)
        qFatal("no adapter %s", providerId);
    const QString provider = adapter->id();
    constexpr size_t SettingsSize = 4;
    quint8 settings[SettingsSize] = {};
    size_t bodySize = size;
    if (size >= SettingsSize) {
        bodySize = size - SettingsSize;
        std::memcpy(settings, data + bodySize, SettingsSize);
    }
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(bodySize));
    const quint8 s0 = settings[0];
    const quint8 s1 = settings[1];
    const quint16 headerChoices = quint16(settings[2] | (settings[3] << 8));

    EndpointConfig endpoint;
    endpoint.id = 1;
    endpoint.name = QStringLiteral("fuzz");
    endpoint.provider = provider;
    endpoint.token = "0123456789abcdef";
    if (provider == u"nationbuilder")
        endpoint.secret = (s0 & 1) ? QByteArray("fuzz-token") : QByteArray();
    else if (adapter->acceptsSecret() && (adapter->requiresSecret() || (s0 & 1)))
        endpoint.secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static const char *currencies[] = {"", "USD", "EUR", "JPY", "KWD", "BTC", "ETH", "usd"};
    endpoint.currency = QLatin1String(currencies[(s0 >> 1) & 7]);
    static const char *zones[] = {
        "", "America/New_York", "Eastern Standard Time", "Pacific/Chatham"};
    endpoint.timezone = QLatin1String(zones[(s0 >> 4) & 3]);
    const QStringList events = adapter->events();
    const int eventChoice = s1 & 7;
    if (eventChoice && !events.isEmpty())
        endpoint.event = events.at((eventChoice - 1) % events.size());
    const int valueChoice = s1 >> 3;

    const QDateTime now(QDate(2024, 12, 1), QTime(12, 0), QTimeZone::utc());
    const SignedRequest signedRequest =
        adapter->sign(body, endpoint, now, QByteArrayLiteral("msg_fuzz"));

    WebhookRequest request;
    request.target = "/hooks/0123...";
    request.headers = signedRequest.headers;
    request.body = body; // as sent: signing must not have been needed to make it acceptable
    request.receivedAt = now;
    request.peer = QStringLiteral("127.0.0.1:40000");

    // Two bits per header the adapter reads: keep as signed, drop, a known value, or bytes of
    // the input.
    const QList<HeaderSlot> readHeaders = headerSlots(provider);
    for (qsizetype i = 0; i < readHeaders.size(); ++i) {
        const HeaderSlot &slot = readHeaders.at(i);
        const int how = (headerChoices >> (2 * i)) & 3;
        const QByteArray &name = slot.name;
        if (how == 1) {
            setHeader(request.headers, name, nullptr);
        } else if (how == 2) {
            const QByteArray value = slot.choices.at(valueChoice % slot.choices.size());
            setHeader(request.headers, name, &value);
        } else if (how == 3) {
            const qsizetype from = body.isEmpty() ? 0 : valueChoice * 8 % body.size();
            const QByteArray value = body.mid(from, 24);
            setHeader(request.headers, name, &value);
        } else if (name == "X-Givecloud-Delivery") {
            // sign() makes a random id: keep runs reproducible.
            const QByteArray value("3f2b1c5e-0000-4000-8000-000000000001");
            setHeader(request.headers, name, &value);
        }
    }

    const Verdict verdict = adapter->verify(request, endpoint, now);
    FUZZ_CHECK(verdict.accepted() || !verdict.reason.isEmpty(), FuzzSupport::show(body));
    const int status = verdict.httpStatus();
    FUZZ_CHECK(status == 200 || status == 400 || status == 401, QString::number(status));

    // The processor reads stored requests: headers as the inbox keeps them. It normalizes
    // accepted requests, and re-processes them after the endpoint's settings have changed, so
    // every body is read here whatever the verdict.
    WebhookRequest stored = request;
    stored.headers = HeaderBlock::parse(HeaderBlock::serialize(request.headers));
    const NormalizeResult result = adapter->normalize(stored, endpoint);
    checkEvents(result, body);
    return 0;
}

} // namespace AdapterFuzz
