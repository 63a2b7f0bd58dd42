#pragma once

#include "domain/recordpolicy.h"
#include "money/decimal.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <array>

// The plan behind the demo data: which endpoint a gift goes to, its amount, donor and time, and
// the webhooks that tell its story. Every gift is a pure function of (seed, now, its index), so
// the generator can plan a million gifts, sort their webhooks by time and build each body only
// when it is stored, without holding the gifts in memory.
namespace DemoData {

// A fixed algorithm (xoshiro256**, seeded through splitmix64), not std:: distributions, whose
// results differ between standard libraries: a seed must mean the same data everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed);

    quint64 next();
    // 0 <= r < n (n > 0).
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    // lo <= r <= hi.
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    // An index into `weights`, with probability proportional to its weight.
    int weighted(const int *weights, int size);
    template<size_t N> int weighted(const std::array<int, N> &w) { return weighted(w.data(), N); }

private:
    quint64 m_s[4];
};

// Combines two values into a well-mixed 64-bit hash (splitmix64 finaliser).
quint64 mix(quint64 a, quint64 b);

enum class Provider : quint8 { ChangeUp, Standard, Inqud, Givecloud, NationBuilder, Donary };
QString providerId(Provider p);

// Currencies the demo uses, with a rough rate so that a gift's size stays plausible in each.
enum class Cur : quint8 { USD, EUR, GBP, CAD, AUD, JPY, CHF, ILS, BTC, ETH, USDT };
struct CurrencyInfo
{
    const char *code;
    int scale;
    double perUsd;
    const char *symbol;
};
const CurrencyInfo &currencyInfo(Cur c);

// One endpoint of the demo organisation.
struct EndpointSpec
{
    enum class Flavor : quint8 { Plain, Signed, Monthly, Legacy };

    QString name;
    Provider provider = Provider::ChangeUp;
    Flavor flavor = Flavor::Plain;
    RecordPolicy policy;
    QString currency; // the endpoint's --currency
    QString timezone;
    QStringList allowFrom;
    int weight = 0; // share of gifts, per mille
    int maxAgeDays = 0; // 0: the whole period; otherwise gifts only this far back
};

// The endpoints for `now` (the gala's name and record date follow the calendar).
QList<EndpointSpec> endpointSpecs(const QDateTime &now);

// What one webhook says. Native statuses serve ChangeUp bodies and Standard `data` alike.
enum class Msg : quint8 {
    // ChangeUp / Standard
    Completed,
    Pending,
    Refunded,
    PartiallyRefunded,
    Cancelled,
    Failed,
    Voided,
    Expired,
    OnHold, // a status the format does not know: kept verbatim as unknown
    ScheduleCreated,
    ScheduleCanceled,
    PledgeCreated,
    // Inqud: aux is the checkout status (InqudStatus)
    InqudCheckout,
    // Givecloud
    SupporterCreated,
    ContributionPaid,
    ContributionsPaid, // a recurring batch: an array body
    OrderCompleted,
    ContributionRefunded, // aux: 1 partial, 2 the rest after a partial one
    // NationBuilder
    NbPending,
    NbSucceeded,
    NbCanceled,
    NbFailed,
    // Donary: aux is the installment (0: the first payment)
    DonaryCharge,
    DonaryDeclined,
    DonaryVoid,
    DonarySchedule,
    DonaryPledge,
};

enum class InqudStatus : quint8 {
    New,
    Waiting,
    PendingPayment,
    PartiallyPaid,
    Completed,
    Overpaid,
    Expired,
    Cancelled,
    Conflict,
    Failed,
};
const char *inqudStatusName(InqudStatus s);

// A request that cannot be read into a donation, kept as a dead letter.
enum class DeadLetter : quint8 {
    None,
    CurrencyName, // "US Dollar" where a code belongs
    NewerVersion, // ChangeUp format version 2
    AmbiguousAmount, // NationBuilder "$1,500" without amount_in_cents
    TooManyDecimals, // "10.005" USD
};

struct Event
{
    Msg msg = Msg::Completed;
    quint8 aux = 0;
    bool redelivery = false;
    qint64 at = 0; // when it happened, ms UTC (the payload's own times)
    qint64 received = 0; // when it reached us, ms UTC
};

// One donation's story (or a batch's, a schedule's, a pledge's).
struct Gift
{
    qint64 index = 0;
    int endpoint = 0;
    Provider provider = Provider::ChangeUp;
    DeadLetter dead = DeadLetter::None;
    quint64 salt = 0; // further choices the payload builders make
    qint64 donatedAt = 0; // ms UTC
    Cur currency = Cur::USD;
    Int128 units = 0;
    Int128 refunded = 0; // a partial refund
    int donor = -1; // index into the donor pool; -1: anonymous
    int campaign = 0;
    bool recurring = false;
    int delayReportBy = -1;
    int batch = 1; // donations in one body (Givecloud recurring batch, ChangeUp array)
    bool fixedPrice = false; // Inqud: a fiat price paid in crypto
    Cur payCurrency = Cur::USDT; // Inqud: the crypto the checkout asks for
    Int128 payUnits = 0; // Inqud: in payCurrency
    int scheduleCount = 0; // Donary / Standard schedules: installments
    bool firstPayment = false; // Donary schedule with a first payment
    QVarLengthArray<Event, 8> events;
    int donations = 0; // rows it adds to `donations`
};

// A contribution of a batch: the gift itself for i = 0.
struct Member
{
    int donor = -1;
    Int128 units = 0;
};

class Planner
{
public:
    Planner(quint32 seed, const QDateTime &now, const QList<EndpointSpec> &specs, qint64 count);

    Gift plan(qint64 index) const;
    Member member(const Gift &gift, int i) const;
    // A moment in the period, with the same rhythm as the gifts.
    qint64 randomTime(Rng &rng) const { return sampleTime(rng, 0); }

    qint64 nowMs() const { return m_now; }
    quint32 seed() const { return m_seed; }
    const QList<EndpointSpec> &specs() const { return m_specs; }
    int donorPool() const { return m_donorPool; }

private:
    qint64 sampleTime(Rng &rng, int maxAgeDays) const;
    int pickDonor(Rng &rng) const;
    void pickAmount(Rng &rng, Gift &g, const EndpointSpec &spec) const;
    void nativeStory(Rng &rng, Gift &g, int forced) const;
    void inqudStory(Rng &rng, Gift &g, int forced) const;
    void givecloudStory(Rng &rng, Gift &g, const EndpointSpec &spec, int forced) const;
    void nationBuilderStory(Rng &rng, Gift &g, const EndpointSpec &spec, int forced) const;
    void donaryStory(Rng &rng, Gift &g, int forced) const;
    void finish(Rng &rng, Gift &g) const;

    quint32 m_seed;
    qint64 m_now;
    QList<EndpointSpec> m_specs;
    int m_donorPool;
    QList<double> m_dayCumulative; // by age in days, 0 = today
    std::array<double, 24> m_hourCumulative {};
};

// Amount helpers shared by the payload builders.
QString unitsText(Int128 units, int scale); // "20.20"
QString trimmedUnitsText(Int128 units, int scale); // "20.2", "20" (as PHP prints a float)

} // namespace DemoData
