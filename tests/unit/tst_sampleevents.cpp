#include "testing/sampleevents.h"

#include "domain/donationmerge.h"
#include "money/currency.h"
#include "providers/provideradapter.h"
#include "json/jsonfields.h"

#include <QtTest>

#include <QSet>

using SampleEvents::Built;
using SampleEvents::Overrides;
using SampleEvents::Sample;

namespace {

const QDateTime Now(QDate(2024, 11, 26), QTime(14, 30, 15, 250), QTimeZone::utc());
constexpr quint64 Variants = 25;

// What each sample must read as: the first event's status and kind, and how many events.
struct Expectation
{
    const char *id;
    DonationStatus status;
    const char *kind;
    int events; // 0: none (a valid request without a donation); -1: two or more (a batch)
};

const Expectation expectations[] = {
    {"changeup.completed", DonationStatus::Paid, "donation", 1},
    {"changeup.completed_delayed", DonationStatus::Paid, "donation", 1},
    {"changeup.pending", DonationStatus::Pending, "donation", 1},
    {"changeup.failed", DonationStatus::Failed, "donation", 1},
    {"changeup.cancelled", DonationStatus::Canceled, "donation", 1},
    {"changeup.refunded", DonationStatus::Refunded, "donation", 1},
    {"changeup.partially_refunded", DonationStatus::PartiallyRefunded, "donation", 1},
    {"changeup.batch", DonationStatus::Paid, "donation", -1},
    {"inqud.new", DonationStatus::Pending, "donation", 1},
    {"inqud.waiting_payment", DonationStatus::Pending, "donation", 1},
    {"inqud.partially_paid", DonationStatus::PartiallyPaid, "donation", 1},
    {"inqud.completed", DonationStatus::Paid, "donation", 1},
    {"inqud.overpaid", DonationStatus::Paid, "donation", 1},
    {"inqud.expired", DonationStatus::Expired, "donation", 1},
    {"inqud.cancelled", DonationStatus::Canceled, "donation", 1},
    {"inqud.failed", DonationStatus::Failed, "donation", 1},
    {"inqud.conflict", DonationStatus::Unknown, "donation", 1},
    {"givecloud.contribution_paid", DonationStatus::Paid, "donation", 1},
    {"givecloud.contribution_refunded", DonationStatus::Refunded, "donation", 1},
    {"givecloud.contribution_refunded_partial", DonationStatus::PartiallyRefunded, "donation", 1},
    {"givecloud.contributions_paid", DonationStatus::Paid, "donation", -1},
    {"givecloud.order_completed", DonationStatus::Paid, "donation", 1},
    {"givecloud.supporter_updated", DonationStatus::Unknown, "", 0},
    {"nationbuilder.donation_succeeded", DonationStatus::Paid, "donation", 1},
    {"nationbuilder.donation_changed", DonationStatus::Paid, "donation", 1},
    {"nationbuilder.donation_canceled", DonationStatus::Canceled, "donation", 1},
    {"nationbuilder.donation_failed", DonationStatus::Failed, "donation", 1},
    {"nationbuilder.donation_succeeded_legacy", DonationStatus::Paid, "donation", 1},
    {"donary.schedule", DonationStatus::Scheduled, "schedule", 2},
    {"donary.schedule_without_first_payment", DonationStatus::Scheduled, "schedule", 1},
    {"donary.charge", DonationStatus::Paid, "donation", 1},
    {"donary.charge_declined", DonationStatus::Failed, "donation", 1},
    {"donary.void", DonationStatus::Voided, "donation", 1},
    {"donary.pledge", DonationStatus::Pledged, "pledge", 1},
    {"standard.donation.completed", DonationStatus::Paid, "donation", 1},
    {"standard.donation.pending", DonationStatus::Pending, "donation", 1},
    {"standard.donation.failed", DonationStatus::Failed, "donation", 1},
    {"standard.donation.refunded", DonationStatus::Refunded, "donation", 1},
    {"standard.donation.updated", DonationStatus::PartiallyRefunded, "donation", 1},
    {"standard.donation.canceled", DonationStatus::Canceled, "donation", 1},
    {"standard.schedule.created", DonationStatus::Scheduled, "schedule", 1},
    {"standard.schedule.canceled", DonationStatus::Canceled, "schedule", 1},
    {"standard.pledge.created", DonationStatus::Pledged, "pledge", 1},
};

const Expectation *expectationFor(const QString &id)
{
    for (const Expectation &e : expectations) {
        if (id == QLatin1String(e.id))
            return &e;
    }
    return nullptr;
}

// Which overrides a sample can carry.
bool carriesAmount(const QString &id)
{
    return id != u"givecloud.supporter_updated";
}
bool readsAmount(const QString &id) // the normalized event has it
{
    return carriesAmount(id) && id != u"donary.void";
}
bool carriesDonor(const QString &id)
{
    return id != u"donary.void";
}
bool takesCrypto(const QString &provider)
{
    return provider == u"changeup" || provider == u"standard" || provider == u"inqud";
}
bool hasStatusField(const Sample &s)
{
    return s.provider == u"changeup" || s.provider == u"inqud"
        || s.id == u"standard.donation.updated" || s.id == u"donary.schedule"
        || s.id == u"donary.charge" || s.id == u"donary.charge_declined" || s.id == u"donary.void";
}
QString statusWordFor(const Sample &s)
{
    if (s.provider == u"inqud")
        return QStringLiteral("EXPIRED");
    if (s.provider == u"donary")
        return QStringLiteral("Declined");
    return QStringLiteral("refunded");
}

// An endpoint set up as the provider needs: its secret, NationBuilder's currency, the event.
EndpointConfig endpointFor(const Sample &s, const QString &currency = {})
{
    EndpointConfig e;
    e.id = 7;
    e.name = QStringLiteral("Samples");
    e.provider = s.provider;
    e.token = "sample-token";
    if (s.provider == u"changeup" || s.provider == u"standard")
        e.secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    else if (s.provider == u"inqud" || s.provider == u"givecloud")
        e.secret = "sample-signing-secret";
    else if (s.provider == u"nationbuilder")
        e.secret = "nation-shared-token";
    if (s.provider == u"nationbuilder")
        e.currency = currency.isEmpty() ? QStringLiteral("USD") : currency;
    e.event = s.endpointEvent;
    return e;
}

struct Delivery
{
    WebhookRequest request;
    Verdict verdict;
    NormalizeResult result;
};

// Signs the body with the provider's adapter and reads it back as the listener would.
Delivery deliver(const Sample &s, const Built &built, const EndpointConfig &endpoint)
{
    // Standard Webhooks' idempotency key is the sender's: one per message.
    const QByteArray messageId =
        "msg_" + QCryptographicHash::hash(built.body, QCryptographicHash::Sha1).toHex().left(24);
    const ProviderAdapter *adapter = Providers::find(s.provider);
    const SignedRequest signedRequest = adapter->sign(built.body, endpoint, Now, messageId);
    Delivery d;
    d.request.target = "/hooks/***";
    d.request.headers = built.headers;
    for (const auto &header : signedRequest.headers) {
        if (!d.request.hasHeader(header.first))
            d.request.headers << header;
    }
    d.request.body = signedRequest.body;
    d.request.receivedAt = Now;
    d.request.peer = QStringLiteral("203.0.113.9:50000");
    d.verdict = adapter->verify(d.request, endpoint, Now);
    d.result = adapter->normalize(d.request, endpoint);
    return d;
}

Built build(const QString &id, quint64 variant, const Overrides &overrides = {})
{
    const std::optional<Sample> s = SampleEvents::find(id);
    if (!s)
        qFatal("no sample %s", qPrintable(id));
    return SampleEvents::build(*s, variant, overrides, Now);
}

Delivery buildAndDeliver(
    const QString &id, quint64 variant, const Overrides &overrides = {}, Built *builtOut = nullptr)
{
    const Sample s = *SampleEvents::find(id);
    const Built b = SampleEvents::build(s, variant, overrides, Now);
    if (builtOut)
        *builtOut = b;
    return deliver(s, b, endpointFor(s, Currency::normalize(overrides.currency)));
}

QString describe(const std::optional<Money> &m)
{
    return m ? m->toString() + u' ' + m->currency : QStringLiteral("(none)");
}

// The body's top-level object (a batch's first), read losslessly, keys lower-cased.
QJsonObject bodyObject(const QByteArray &body)
{
    QString why;
    const QJsonDocument doc = JsonFields::parseLossless(body, &why);
    const QJsonValue top = doc.isArray() ? doc.array().first() : QJsonValue(doc.object());
    return JsonFields::lowerKeys(top).toObject();
}

} // namespace

class SampleEventsTest : public QObject
{
    Q_OBJECT

private slots:
    void catalogue();
    void everyVariantReads_data();
    void everyVariantReads();
    void variantsDiffer_data();
    void variantsDiffer();
    void variety();
    void storiesTellOneGift_data();
    void storiesTellOneGift();
    void providerShapes();
    void overridesLand_data();
    void overridesLand();
    void currencyOverrides_data();
    void currencyOverrides();
    void setEdits();
    void badOverrides_data();
    void badOverrides();
    void deterministic();
};

void SampleEventsTest::catalogue()
{
    const QList<Sample> samples = SampleEvents::all();
    QVERIFY(samples.size() >= int(std::size(expectations)));
    const QStringList providers = Providers::ids();
    QSet<QString> ids;
    qsizetype lastProvider = 0;
    QSet<QString> seenProviders;
    for (const Sample &s : samples) {
        QVERIFY2(!ids.contains(s.id), qPrintable(s.id));
        ids.insert(s.id);
        QVERIFY2(s.id.startsWith(s.provider + u'.'), qPrintable(s.id));
        const qsizetype p = providers.indexOf(s.provider);
        QVERIFY2(p >= 0, qPrintable(s.provider));
        QVERIFY2(p >= lastProvider, "samples are grouped by provider in Providers::ids() order");
        lastProvider = p;
        seenProviders.insert(s.provider);
        QVERIFY(!s.event.isEmpty());
        QVERIFY(!s.title.isEmpty());
        QVERIFY2(s.description.endsWith(u'.'), qPrintable(s.description));
        QVERIFY2(expectationFor(s.id), qPrintable(s.id + QStringLiteral(": no expectation")));

        // The endpoint setting is one the adapter takes, and set exactly where it is needed.
        const ProviderAdapter *adapter = Providers::find(s.provider);
        const bool needsEvent = s.provider == u"nationbuilder" || s.provider == u"donary";
        QCOMPARE(!s.endpointEvent.isEmpty(), needsEvent);
        if (needsEvent)
            QVERIFY2(adapter->events().contains(s.endpointEvent), qPrintable(s.id));

        const std::optional<Sample> found = SampleEvents::find(s.id);
        QVERIFY(found);
        QCOMPARE(found->title, s.title);
        QCOMPARE(found->endpointEvent, s.endpointEvent);
    }
    QCOMPARE(seenProviders.size(), providers.size());
    for (const Expectation &e : expectations)
        QVERIFY2(ids.contains(QLatin1String(e.id)), e.id);

    for (const QString &provider : providers) {
        const QList<Sample> mine = SampleEvents::forProvider(provider);
        QVERIFY(!mine.isEmpty());
        qsizetype count = 0;
        for (const Sample &s : samples)
            count += s.provider == provider ? 1 : 0;
        QCOMPARE(mine.size(), count);
        for (const Sample &s : mine)
            QCOMPARE(s.provider, provider);
    }
    QVERIFY(SampleEvents::forProvider(u"nosuch").isEmpty());
    QVERIFY(!SampleEvents::find(u"changeup.nosuch"));
}

void SampleEventsTest::everyVariantReads_data()
{
    QTest::addColumn<QString>("id");
    for (const Sample &s : SampleEvents::all())
        QTest::newRow(qPrintable(s.id)) << s.id;
}

// Every variant of every sample, signed, passes verify() and normalize() and reads as the
// sample says.
void SampleEventsTest::everyVariantReads()
{
    QFETCH(QString, id);
    const Sample s = *SampleEvents::find(id);
    const Expectation &expected = *expectationFor(id);
    const EndpointConfig endpoint = endpointFor(s);
    for (quint64 v = 0; v < Variants; ++v) {
        const QString where = QStringLiteral("%1 variant %2").arg(id).arg(v);
        const Built built = SampleEvents::build(s, v, {}, Now);
        QVERIFY2(built.error.isEmpty(), qPrintable(where + u": " + built.error));
        QVERIFY(!built.body.isEmpty());

        // Unsigned: no signature header, no NationBuilder token; a Content-Type.
        bool contentType = false;
        for (const auto &[name, value] : built.headers) {
            const QByteArray lower = name.toLower();
            QVERIFY2(lower != "webhook-signature" && lower != "x-givecloud-signature"
                    && lower != "x-payload-digest",
                name.constData());
            contentType = contentType || lower == "content-type";
            if (lower == "x-givecloud-event")
                QCOMPARE(QString::fromLatin1(value), s.event);
        }
        QVERIFY(contentType);
        if (s.provider == u"nationbuilder")
            QVERIFY(!built.body.contains("\"token\""));

        const Delivery d = deliver(s, built, endpoint);
        QVERIFY2(d.verdict.accepted(), qPrintable(where + u": " + d.verdict.reason));
        QVERIFY2(d.result.error.isEmpty(),
            qPrintable(where + u": " + d.result.error + u'\n' + QString::fromUtf8(built.body)));
        if (expected.events == 0) {
            QVERIFY(d.result.events.isEmpty());
            QVERIFY(!d.result.ignored.isEmpty());
            continue;
        }
        if (expected.events < 0)
            QVERIFY2(d.result.events.size() >= 2, qPrintable(where));
        else
            QCOMPARE(d.result.events.size(), qsizetype(expected.events));
        const DonationEvent &e = d.result.events.first();
        QVERIFY2(e.status == expected.status,
            qPrintable(
                where + u": " + Status::toString(e.status) + u" (" + e.providerStatus + u')'));
        QCOMPARE(e.kind, QLatin1String(expected.kind));
        if (expected.events > 0) // a batch's events note that they are one of several
            QVERIFY2(e.note.isEmpty(), qPrintable(where + u": " + e.note));
        if (expected.events < 0) {
            for (const DonationEvent &other : d.result.events)
                QCOMPARE(other.status, expected.status);
        }
        for (const DonationEvent &event : d.result.events) {
            QVERIFY(!event.externalId.isEmpty());
            QVERIFY(!event.dedupeKey.isEmpty());
            QVERIFY2(event.donatedAt.isValid() || id == u"donary.void", qPrintable(where));
            if (readsAmount(id)) {
                QVERIFY2(event.amount, qPrintable(where));
                QVERIFY(event.amount->units > 0);
                QCOMPARE(Currency::normalize(event.amount->currency), event.amount->currency);
            }
            if (carriesDonor(id) && s.provider != u"inqud") // crypto donors may stay anonymous
                QVERIFY2(!event.donorName.isEmpty(), qPrintable(where));
        }
        if (id == u"donary.schedule") {
            const DonationEvent &payment = d.result.events.at(1);
            QCOMPARE(payment.status, DonationStatus::Paid);
            QCOMPARE(payment.parentKind, QStringLiteral("schedule"));
            QCOMPARE(payment.parentExternalId, e.externalId);
            QCOMPARE(payment.amount->currency, e.amount->currency);
            QVERIFY(e.amount->units % payment.amount->units == 0);
        }
        if (id == u"changeup.completed_delayed")
            QVERIFY(e.delayReportBy);
        if (id.contains(u"partially_refunded") || id.contains(u"refunded_partial")
            || id == u"standard.donation.updated") { // a part, never the whole
            QVERIFY(e.refundedUnits && *e.refundedUnits > 0 && *e.refundedUnits < e.amount->units);
        }

        // An endpoint without a secret (where the provider allows one) takes the sample too.
        if (s.provider != u"standard" && s.provider != u"donary") {
            EndpointConfig open = endpoint;
            open.secret.clear();
            const Delivery unsigned_ = deliver(s, built, open);
            QVERIFY2(unsigned_.verdict.accepted() && unsigned_.result.error.isEmpty(),
                qPrintable(where + u": " + unsigned_.verdict.reason + unsigned_.result.error));
            QCOMPARE(unsigned_.result.events.size(), d.result.events.size());
        }

        // The same request reads the same with the endpoint's event left to inference.
        if (!s.endpointEvent.isEmpty()) {
            EndpointConfig inferred = endpoint;
            inferred.event.clear();
            const NormalizeResult r = Providers::find(s.provider)->normalize(d.request, inferred);
            QVERIFY2(r.error.isEmpty(), qPrintable(where + u": " + r.error));
            QCOMPARE(r.events.size(), d.result.events.size());
            QCOMPARE(r.events.first().status, e.status);
        }
    }
}

void SampleEventsTest::variantsDiffer_data()
{
    everyVariantReads_data();
}

// Two variants are never one event: ids and dedupe keys differ.
void SampleEventsTest::variantsDiffer()
{
    QFETCH(QString, id);
    QSet<QString> keys;
    QSet<QString> externalIds;
    QSet<QByteArray> bodies;
    for (quint64 v = 0; v < Variants; ++v) {
        Built built;
        const Delivery d = buildAndDeliver(id, v, {}, &built);
        QVERIFY(!bodies.contains(built.body));
        bodies.insert(built.body);
        if (d.result.events.isEmpty()) {
            const QString bodyId = JsonFields::text(bodyObject(built.body).value(u"id"));
            QVERIFY2(!externalIds.contains(bodyId), qPrintable(bodyId));
            externalIds.insert(bodyId);
            continue;
        }
        const QString first = d.result.events.first().externalId;
        QVERIFY2(!externalIds.contains(first), qPrintable(first));
        externalIds.insert(first);
        for (const DonationEvent &e : d.result.events) {
            QVERIFY2(!keys.contains(e.dedupeKey), qPrintable(e.dedupeKey));
            keys.insert(e.dedupeKey);
        }
    }
    // Far variants too: ids stay unique beyond any fixed width.
    for (const quint64 v : {quint64(1'000'000), quint64(1) << 40, quint64(1) << 53,
             quint64(1) << 61, quint64(1) << 63, ~quint64(0)}) {
        Built built;
        const Delivery d = buildAndDeliver(id, v, {}, &built);
        QVERIFY2(built.error.isEmpty() && d.verdict.accepted() && d.result.error.isEmpty(),
            qPrintable(built.error + d.verdict.reason + d.result.error));
        if (d.result.events.isEmpty())
            continue;
        for (const DonationEvent &e : d.result.events) {
            QVERIFY2(!keys.contains(e.dedupeKey), qPrintable(e.dedupeKey));
            keys.insert(e.dedupeKey);
        }
    }
}

// Across the samples: donors in many scripts, many currencies, amounts from cents to large
// gifts, crypto at its real precision.
void SampleEventsTest::variety()
{
    QSet<int> scripts;
    bool accentedLatin = false;
    QHash<QString, QSet<QString>> currencies; // per provider
    bool small = false;
    bool large = false;
    QSet<QString> cryptoSeen;
    for (const Sample &s : SampleEvents::all()) {
        for (quint64 v = 0; v < Variants; ++v) {
            const Delivery d = buildAndDeliver(s.id, v);
            for (const DonationEvent &e : d.result.events) {
                for (const QChar ch : e.donorName) {
                    if (!ch.isLetter())
                        continue;
                    scripts.insert(int(ch.script()));
                    accentedLatin = accentedLatin
                        || (ch.script() == QChar::Script_Latin && ch.unicode() > 0x7f);
                }
                if (!e.amount)
                    continue;
                const QString &code = e.amount->currency;
                currencies[s.provider].insert(code);
                const Int128 one = [&] {
                    Int128 p = 1;
                    for (int i = 0; i < Currency::scale(code); ++i)
                        p *= 10;
                    return p;
                }();
                small = small || e.amount->units < one;
                large = large || e.amount->units >= one * 10'000;
                // A crypto amount read from the checkout is written at the token's precision.
                if (s.provider == u"inqud" && Currency::isCrypto(code)) {
                    const qsizetype dot = e.amountText.indexOf(u'.');
                    QVERIFY2(dot > 0, qPrintable(e.amountText));
                    QCOMPARE(int(e.amountText.size() - dot - 1), Currency::scale(code));
                    cryptoSeen.insert(code);
                }
            }
        }
    }
    for (const QChar::Script script : {QChar::Script_Latin, QChar::Script_Cyrillic,
             QChar::Script_Greek, QChar::Script_Arabic, QChar::Script_Hebrew, QChar::Script_Han,
             QChar::Script_Devanagari, QChar::Script_Hangul})
        QVERIFY2(scripts.contains(int(script)), qPrintable(QString::number(int(script))));
    QVERIFY(accentedLatin);
    QVERIFY(small);
    QVERIFY(large);
    for (const QString &provider : Providers::ids()) {
        const int minimum = provider == u"nationbuilder" ? 2 : 4;
        QVERIFY2(currencies.value(provider).size() >= minimum, qPrintable(provider));
    }
    for (const char *code : {"BTC", "ETH", "USDT", "USDC"})
        QVERIFY2(cryptoSeen.contains(QLatin1String(code)), code);
    bool fiatPriced = false;
    for (const QString &code : currencies.value(QStringLiteral("inqud")))
        fiatPriced = fiatPriced || !Currency::isCrypto(code);
    QVERIFY(fiatPriced);
}

void SampleEventsTest::storiesTellOneGift_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<DonationStatus>("final");
    QTest::newRow("changeup") << QStringList {QStringLiteral("changeup.pending"),
        QStringLiteral("changeup.completed"), QStringLiteral("changeup.partially_refunded"),
        QStringLiteral("changeup.refunded")}
                              << DonationStatus::Refunded;
    QTest::newRow("inqud") << QStringList {QStringLiteral("inqud.new"),
        QStringLiteral("inqud.waiting_payment"), QStringLiteral("inqud.partially_paid"),
        QStringLiteral("inqud.completed")}
                           << DonationStatus::Paid;
    QTest::newRow("givecloud") << QStringList {QStringLiteral("givecloud.contribution_paid"),
        QStringLiteral("givecloud.contribution_refunded_partial"),
        QStringLiteral("givecloud.contribution_refunded")}
                               << DonationStatus::Refunded;
    QTest::newRow("nationbuilder")
        << QStringList {QStringLiteral("nationbuilder.donation_succeeded"),
               QStringLiteral("nationbuilder.donation_changed"),
               QStringLiteral("nationbuilder.donation_canceled")}
        << DonationStatus::Canceled;
    QTest::newRow("donary charge and void") << QStringList {QStringLiteral("donary.charge"),
        QStringLiteral("donary.void")} << DonationStatus::Voided;
    QTest::newRow("donary void first")
        << QStringList {QStringLiteral("donary.void"), QStringLiteral("donary.charge")}
        << DonationStatus::Voided;
    QTest::newRow("standard") << QStringList {QStringLiteral("standard.donation.pending"),
        QStringLiteral("standard.donation.completed"), QStringLiteral("standard.donation.updated"),
        QStringLiteral("standard.donation.refunded")}
                              << DonationStatus::Refunded;
    QTest::newRow("standard schedule") << QStringList {QStringLiteral("standard.schedule.created"),
        QStringLiteral("standard.schedule.canceled")}
                                       << DonationStatus::Canceled;
}

// The samples of one story, for one variant, are events of one gift: sent in turn they make one
// donation with the story's last status, its amount and donor unchanged.
void SampleEventsTest::storiesTellOneGift()
{
    QFETCH(QStringList, ids);
    QFETCH(DonationStatus, final);
    for (quint64 v = 0; v < Variants; ++v) {
        DonationRecord record;
        bool isNew = true;
        std::optional<Money> amount;
        QString donor;
        for (const QString &id : ids) {
            const Delivery d = buildAndDeliver(id, v);
            QVERIFY2(d.result.error.isEmpty(), qPrintable(d.result.error));
            const DonationEvent &e = d.result.events.first();
            if (!isNew)
                QCOMPARE(e.externalId, record.externalId);
            if (e.amount && !amount)
                amount = e.amount;
            // A partially paid crypto checkout's amount is what was paid; the others agree.
            if (e.amount && e.status != DonationStatus::PartiallyPaid)
                QCOMPARE(describe(e.amount), describe(amount));
            if (!e.donorName.isEmpty() && donor.isEmpty())
                donor = e.donorName;
            if (!e.donorName.isEmpty())
                QCOMPARE(e.donorName, donor);
            record.externalId = e.externalId;
            DonationMerge::apply(record, isNew, e, endpointFor(*SampleEvents::find(id)), Now);
            isNew = false;
        }
        QVERIFY2(record.status == final,
            qPrintable(
                QStringLiteral("variant %1: %2").arg(v).arg(Status::toString(record.status))));
        QVERIFY(record.amountUnits);
    }
}

// Amounts, numbers and text are written as each provider writes them.
void SampleEventsTest::providerShapes()
{
    // Raw text: the JSON's own types, never read through a double.
    auto matches = [](const QByteArray &body, const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern))
            .match(QString::fromUtf8(body))
            .hasMatch();
    };
    bool givecloudNumber = false;
    bool pascalCase = false;
    for (quint64 v = 0; v < Variants; ++v) {
        // Givecloud: PHP's encoder, so pure ASCII with "\/"; amounts as JSON numbers (or
        // four-decimal strings).
        const Built gc = build(QStringLiteral("givecloud.contribution_paid"), v);
        for (const char ch : gc.body)
            QVERIFY(uchar(ch) < 0x80);
        QVERIFY(gc.body.contains("https:\\/\\/"));
        QVERIFY2(
            matches(gc.body, R"("total_amount":(\d+(\.\d+)?|"\d+\.\d{4}"),)"), gc.body.constData());
        givecloudNumber = givecloudNumber || matches(gc.body, R"("total_amount":\d)");

        // NationBuilder: amount_in_cents an integer, the formatted amount beside it; the legacy
        // payload's US-style times, written by Rails with "\/".
        Built nb;
        const Delivery d =
            buildAndDeliver(QStringLiteral("nationbuilder.donation_succeeded"), v, {}, &nb);
        QVERIFY(nb.body.contains(QByteArray("\"amount_in_cents\":"
            + int128ToString(d.result.events.first().amount->units).toLatin1() + ',')));
        QVERIFY(matches(nb.body, R"("amount":"\$[0-9,]+\.\d\d")"));
        const Built legacy = build(QStringLiteral("nationbuilder.donation_succeeded_legacy"), v);
        QVERIFY(matches(legacy.body, R"("succeeded_at":"\d\d\\/\d\d\\/\d{4} [ 1]\d:\d\d [AP]M")"));

        // Inqud: amounts as strings.
        const Built inqud = build(QStringLiteral("inqud.completed"), v);
        QVERIFY(matches(inqud.body, R"("requestAmount":"\d+(\.\d+)?")"));
        QVERIFY(matches(inqud.body, R"("paidAmount":"\d+(\.\d+)?")"));

        const Built donary = build(QStringLiteral("donary.charge"), v);
        pascalCase = pascalCase || donary.body.contains("\"PaymentNumber\"");
    }
    QVERIFY(givecloudNumber);
    QVERIFY(pascalCase);
}

void SampleEventsTest::overridesLand_data()
{
    everyVariantReads_data();
}

// Amount, currency, donor, email, status and id asked for are what normalize() reads.
void SampleEventsTest::overridesLand()
{
    QFETCH(QString, id);
    const Sample s = *SampleEvents::find(id);
    for (const quint64 v : {quint64(0), quint64(7), quint64(19)}) {
        const QString where = QStringLiteral("%1 variant %2").arg(id).arg(v);

        // Amount and currency.
        Overrides amount;
        amount.amount = QStringLiteral("1234.56");
        amount.currency = QStringLiteral("eur");
        Built built;
        Delivery d = buildAndDeliver(id, v, amount, &built);
        if (!carriesAmount(id)) {
            QVERIFY(!built.error.isEmpty());
            QVERIFY(built.body.isEmpty());
        } else {
            QVERIFY2(built.error.isEmpty(), qPrintable(where + u": " + built.error));
            QVERIFY2(d.verdict.accepted() && d.result.error.isEmpty(),
                qPrintable(where + u": " + d.verdict.reason + d.result.error));
            if (readsAmount(id)) {
                const std::optional<Money> &m = d.result.events.first().amount;
                QVERIFY2(m && m->currency == u"EUR" && m->units == 123456,
                    qPrintable(where + u": " + describe(m)));
            } else { // a void repeats the payment's amount
                const QJsonObject o = bodyObject(built.body);
                QCOMPARE(JsonFields::decimal(o.value(u"amount"))->toUnits(2), Int128(123456));
                QCOMPARE(JsonFields::text(o.value(u"currency")).toUpper(), QStringLiteral("EUR"));
            }
        }

        // Donor and email, in several scripts.
        Overrides donor;
        donor.donorName = QStringLiteral("Мария José 山田-Ἀθηνᾶ");
        donor.donorEmail = QStringLiteral("maria.override@example.org");
        d = buildAndDeliver(id, v, donor, &built);
        if (!carriesDonor(id)) {
            QVERIFY(!built.error.isEmpty());
        } else {
            QVERIFY2(built.error.isEmpty() && d.result.error.isEmpty(),
                qPrintable(where + u": " + built.error + d.result.error));
            if (d.result.events.isEmpty()) { // supporter_updated: in the body
                const QJsonObject o = bodyObject(built.body);
                QCOMPARE(JsonFields::text(o.value(u"display_name")), donor.donorName);
                QCOMPARE(JsonFields::text(o.value(u"email")), donor.donorEmail);
            } else {
                const qsizetype n = id == u"donary.schedule" ? 2 : 1;
                for (qsizetype i = 0; i < n; ++i) {
                    QCOMPARE(d.result.events.at(i).donorName, donor.donorName);
                    QCOMPARE(d.result.events.at(i).donorEmail, donor.donorEmail);
                }
            }
        }

        // The provider's id, numeric and not.
        for (const QString &externalId : {QStringLiteral("ext-42"), QStringLiteral("9876543")}) {
            Overrides ext;
            ext.externalId = externalId;
            d = buildAndDeliver(id, v, ext, &built);
            QVERIFY2(built.error.isEmpty() && d.result.error.isEmpty(),
                qPrintable(where + u": " + built.error + d.result.error));
            if (d.result.events.isEmpty())
                QCOMPARE(JsonFields::text(bodyObject(built.body).value(u"id")), externalId);
            else
                QCOMPARE(d.result.events.first().externalId, externalId);
        }

        // The provider's status word, where the sample has a status field.
        Overrides status;
        status.status = statusWordFor(s);
        d = buildAndDeliver(id, v, status, &built);
        if (!hasStatusField(s)) {
            QVERIFY2(!built.error.isEmpty(), qPrintable(where));
        } else {
            QVERIFY2(built.error.isEmpty() && d.result.error.isEmpty(),
                qPrintable(where + u": " + built.error + d.result.error));
            bool landed = false;
            for (const DonationEvent &e : d.result.events)
                landed = landed || e.providerStatus == status.status;
            QVERIFY2(landed, qPrintable(where));
        }

        // All at once.
        if (carriesAmount(id) && carriesDonor(id)) {
            Overrides everything = amount;
            everything.donorName = donor.donorName;
            everything.donorEmail = donor.donorEmail;
            everything.externalId = QStringLiteral("all-1");
            if (hasStatusField(s))
                everything.status = status.status;
            d = buildAndDeliver(id, v, everything, &built);
            QVERIFY2(built.error.isEmpty() && d.verdict.accepted() && d.result.error.isEmpty(),
                qPrintable(where + u": " + built.error + d.verdict.reason + d.result.error));
            const DonationEvent &e = d.result.events.first();
            QCOMPARE(e.externalId, everything.externalId);
            QCOMPARE(e.donorName, everything.donorName);
            QCOMPARE(describe(e.amount), QStringLiteral("1234.56 EUR"));
        }
    }
}

void SampleEventsTest::currencyOverrides_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("fits");
    for (const Sample &s : SampleEvents::all()) {
        if (!readsAmount(s.id))
            continue;
        const QByteArray row = s.id.toLatin1();
        QTest::newRow(QByteArray(row + " JPY").constData())
            << s.id << QStringLiteral("JPY") << QString() << true;
        QTest::newRow(QByteArray(row + " KWD").constData())
            << s.id << QStringLiteral("KWD") << QStringLiteral("1.234") << true;
        const bool crypto = takesCrypto(s.provider);
        QTest::newRow(QByteArray(row + " BTC").constData())
            << s.id << QStringLiteral("BTC") << QStringLiteral("0.00012345") << crypto;
        QTest::newRow(QByteArray(row + " ETH").constData())
            << s.id << QStringLiteral("ETH") << QStringLiteral("0.123456789012345678") << crypto;
        QTest::newRow(QByteArray(row + " USDT").constData())
            << s.id << QStringLiteral("USDT") << QString() << crypto;
    }
}

// Currencies with other precisions, and crypto where the provider carries it.
void SampleEventsTest::currencyOverrides()
{
    QFETCH(QString, id);
    QFETCH(QString, currency);
    QFETCH(QString, amount);
    QFETCH(bool, fits);
    Overrides o;
    o.currency = currency;
    o.amount = amount;
    for (const quint64 v : {quint64(2), quint64(11)}) {
        Built built;
        const Delivery d = buildAndDeliver(id, v, o, &built);
        if (!fits) {
            QVERIFY(!built.error.isEmpty());
            QVERIFY(built.body.isEmpty());
            continue;
        }
        QVERIFY2(built.error.isEmpty(), qPrintable(built.error));
        QVERIFY2(d.verdict.accepted() && d.result.error.isEmpty(),
            qPrintable(d.verdict.reason + d.result.error + u'\n' + QString::fromUtf8(built.body)));
        const std::optional<Money> &m = d.result.events.first().amount;
        QVERIFY(m);
        QCOMPARE(m->currency, currency);
        if (!amount.isEmpty())
            QCOMPARE(m->toString(), amount);
    }
}

void SampleEventsTest::setEdits()
{
    // New keys, strings, numbers kept as written, objects, booleans.
    Overrides o;
    o.set = {{QStringLiteral("campaign"), QStringLiteral("Summer appeal")},
        {QStringLiteral("delayReportBy"), QStringLiteral("30")},
        {QStringLiteral("amount"), QStringLiteral("\"7.50\"")},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("recurring"), QStringLiteral("true")},
        {QStringLiteral("metadata"),
            QStringLiteral("{\"a\": [1, 2.50, {\"b\": null}], \"c\": \"caf\\u00e9 \\\"x\\\"\"}")}};
    Built built;
    Delivery d = buildAndDeliver(QStringLiteral("changeup.completed"), 3, o, &built);
    QVERIFY2(built.error.isEmpty() && d.result.error.isEmpty(), qPrintable(built.error));
    DonationEvent e = d.result.events.first();
    QCOMPARE(e.campaign, QStringLiteral("Summer appeal"));
    QCOMPARE(e.delayReportBy, std::optional<int>(30));
    QCOMPARE(describe(e.amount), QStringLiteral("7.50 USD"));
    QCOMPARE(e.amountText, QStringLiteral("7.50"));
    QCOMPARE(e.recurring, std::optional<bool>(true));
    QVERIFY(
        built.body.contains("\"metadata\":{\"a\":[1,2.50,{\"b\":null}],\"c\":\"café \\\"x\\\"\"}"));
    QVERIFY(e.details.value(u"metadata").isObject());

    // A number stays a number, written as given.
    o.set = {{QStringLiteral("amount"), QStringLiteral("12.50")}};
    built = build(QStringLiteral("changeup.completed"), 0, o);
    QVERIFY(built.body.contains("\"amount\":12.50,"));

    // Array indexes, in a batch too.
    o.set = {{QStringLiteral("1.currency"), QStringLiteral("USD")},
        {QStringLiteral("1.amount"), QStringLiteral("3.25")}};
    d = buildAndDeliver(QStringLiteral("changeup.batch"), 4, o, &built);
    QVERIFY2(d.result.error.isEmpty(), qPrintable(built.error + d.result.error));
    QCOMPARE(describe(d.result.events.at(1).amount), QStringLiteral("3.25 USD"));

    o.set = {{QStringLiteral("payments.0.gateway"), QStringLiteral("paypal")},
        {QStringLiteral("supporter.display_name"), QStringLiteral("Ada")},
        {QStringLiteral("line_items.0.is_recurring"), QStringLiteral("true")}};
    d = buildAndDeliver(QStringLiteral("givecloud.contribution_paid"), 5, o, &built);
    QVERIFY2(d.verdict.accepted() && d.result.error.isEmpty(), qPrintable(built.error));
    e = d.result.events.first();
    QCOMPARE(e.details.value(u"gateway").toString(), QStringLiteral("paypal"));
    QCOMPARE(e.donorName, QStringLiteral("Ada"));
    QCOMPARE(e.recurring, std::optional<bool>(true));

    o.set = {{QStringLiteral("payload.donation.amount_in_cents"), QStringLiteral("4242")}};
    d = buildAndDeliver(QStringLiteral("nationbuilder.donation_succeeded"), 6, o, &built);
    QVERIFY2(d.verdict.accepted() && d.result.error.isEmpty(), qPrintable(d.result.error));
    QCOMPARE(describe(d.result.events.first().amount), QStringLiteral("42.42 USD"));

    // null
    o.set = {{QStringLiteral("customerEmail"), QStringLiteral("null")}};
    d = buildAndDeliver(QStringLiteral("inqud.completed"), 8, o, &built);
    QVERIFY(built.body.contains("\"customerEmail\":null"));
    QVERIFY(d.result.events.first().donorEmail.isEmpty());

    // Donary's keys match without regard to case, as the adapter reads them.
    for (quint64 v = 0; v < 10; ++v) {
        o.set = {{QStringLiteral("AMOUNT"), QStringLiteral("5")},
            {QStringLiteral("paymentstatus"), QStringLiteral("Declined")}};
        d = buildAndDeliver(QStringLiteral("donary.charge"), v, o, &built);
        QVERIFY2(d.result.error.isEmpty(), qPrintable(d.result.error));
        QVERIFY(!built.body.contains("\"AMOUNT\""));
        const Money &m = *d.result.events.first().amount;
        QCOMPARE(m.units, Money::fromDecimal(Decimal(5, 0), m.currency)->units);
        QCOMPARE(d.result.events.first().status, DonationStatus::Failed);
    }
}

void SampleEventsTest::badOverrides_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("currency");

    const QString completed = QStringLiteral("changeup.completed");
    QTest::newRow("amount not a number") << completed << "amount"
                                         << "abc"
                                         << "";
    QTest::newRow("amount negative") << completed << "amount"
                                     << "-5"
                                     << "";
    QTest::newRow("amount zero") << completed << "amount"
                                 << "0"
                                 << "";
    QTest::newRow("amount with separators") << completed << "amount"
                                            << "25,000.00"
                                            << "";
    QTest::newRow("amount too precise") << completed << "amount"
                                        << "0.001"
                                        << "USD";
    QTest::newRow("amount too precise for yen") << completed << "amount"
                                                << "1.5"
                                                << "JPY";
    QTest::newRow("amount too large") << completed << "amount"
                                      << "1e15"
                                      << "";
    QTest::newRow("currency a name") << completed << "currency"
                                     << "US Dollar"
                                     << "";
    QTest::newRow("givecloud crypto") << "givecloud.contribution_paid"
                                      << "currency"
                                      << "BTC"
                                      << "";
    QTest::newRow("nationbuilder crypto") << "nationbuilder.donation_succeeded"
                                          << "currency"
                                          << "ETH"
                                          << "";
    QTest::newRow("donary crypto") << "donary.charge"
                                   << "currency"
                                   << "USDT"
                                   << "";
    QTest::newRow("inqud unknown code") << "inqud.completed"
                                        << "currency"
                                        << "XYZ"
                                        << "";
    QTest::newRow("nationbuilder over 2^53 cents") << "nationbuilder.donation_succeeded"
                                                   << "amount"
                                                   << "100000000000000"
                                                   << "";
    QTest::newRow("no part to refund") << "changeup.partially_refunded"
                                       << "amount"
                                       << "0.01"
                                       << "USD";
    QTest::newRow("no part to overpay") << "inqud.overpaid"
                                        << "amount"
                                        << "0.00000001"
                                        << "BTC";
    QTest::newRow("supporter amount") << "givecloud.supporter_updated"
                                      << "amount"
                                      << "10"
                                      << "";
    QTest::newRow("supporter currency") << "givecloud.supporter_updated"
                                        << "currency"
                                        << "USD"
                                        << "";
    QTest::newRow("givecloud status") << "givecloud.contribution_paid"
                                      << "status"
                                      << "paid"
                                      << "";
    QTest::newRow("nationbuilder status") << "nationbuilder.donation_failed"
                                          << "status"
                                          << "failed"
                                          << "";
    QTest::newRow("standard status") << "standard.donation.completed"
                                     << "status"
                                     << "completed"
                                     << "";
    QTest::newRow("pledge status") << "donary.pledge"
                                   << "status"
                                   << "open"
                                   << "";
    QTest::newRow("void donor") << "donary.void"
                                << "donorName"
                                << "Ada Lovelace"
                                << "";
    QTest::newRow("void email") << "donary.void"
                                << "donorEmail"
                                << "ada@example.org"
                                << "";
    QTest::newRow("set into a string") << completed << "set"
                                       << "transactionId.x=1"
                                       << "";
    QTest::newRow("set into a number") << "nationbuilder.donation_succeeded"
                                       << "set"
                                       << "payload.donation.amount_in_cents.x=1"
                                       << "";
    QTest::newRow("set unknown path") << completed << "set"
                                      << "nosuch.key=1"
                                      << "";
    QTest::newRow("set empty path") << completed << "set"
                                    << "=1"
                                    << "";
    QTest::newRow("set empty step") << completed << "set"
                                    << "metadata..x=1"
                                    << "";
    QTest::newRow("set index out of range") << "givecloud.contribution_paid"
                                            << "set"
                                            << "payments.9.amount=1"
                                            << "";
    QTest::newRow("set not an index") << "givecloud.contribution_paid"
                                      << "set"
                                      << "payments.first.amount=1"
                                      << "";
    QTest::newRow("set deeper than exists") << "givecloud.contribution_paid"
                                            << "set"
                                            << "payments.0.nosuch.deeper=1"
                                            << "";
}

void SampleEventsTest::badOverrides()
{
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, currency);
    Overrides o;
    o.currency = currency;
    if (field == u"amount") {
        o.amount = value;
    } else if (field == u"currency") {
        o.currency = value;
    } else if (field == u"status") {
        o.status = value;
    } else if (field == u"donorName") {
        o.donorName = value;
    } else if (field == u"donorEmail") {
        o.donorEmail = value;
    } else {
        const qsizetype eq = value.indexOf(u'=');
        o.set << qMakePair(value.left(eq), value.mid(eq + 1));
    }
    for (const quint64 v : {quint64(0), quint64(1), quint64(2)}) {
        const Built built = build(id, v, o);
        QVERIFY2(!built.error.isEmpty(), qPrintable(QString::fromUtf8(built.body)));
        QVERIFY(built.body.isEmpty());
        QVERIFY(built.headers.isEmpty());
    }
}

void SampleEventsTest::deterministic()
{
    for (const Sample &s : SampleEvents::all()) {
        const Built a = SampleEvents::build(s, 9, {}, Now);
        const Built b = SampleEvents::build(s, 9, {}, Now);
        QCOMPARE(a.body, b.body);
        QCOMPARE(a.headers, b.headers);
        // `now` sets the times.
        const Built later = SampleEvents::build(s, 9, {}, Now.addDays(3));
        QVERIFY2(later.body != a.body, qPrintable(s.id));
    }
    Sample unknown;
    unknown.id = QStringLiteral("changeup.nosuch");
    QVERIFY(!SampleEvents::build(unknown, 0, {}, Now).error.isEmpty());
}

QTEST_GUILESS_MAIN(SampleEventsTest)
#include "tst_sampleevents.moc"
