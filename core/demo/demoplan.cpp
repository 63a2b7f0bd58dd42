#include "demoplan.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace DemoData {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// About thirteen months of history before `now`.
constexpr int PeriodDays = 395;

quint64 splitmix(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

// ---- stories ---------------------------------------------------------------------------------
// Each provider's stories, in the order of their weights below. The showcase (the first gifts
// of every run) forces the rare ones, so that even a small run shows every status, record state
// and kind of dead letter.

enum NativeStory {
    NCompleted,
    NPendingThenCompleted,
    NPendingOnly,
    NRefunded,
    NPartialRefund,
    NCancelled,
    NFailed,
    NVoided,
    NExpired,
    NOnHold,
    NBatch,
    NSchedule,
    NScheduleCanceled,
    NPledge,
    NativeStoryCount
};
constexpr std::array<int, NativeStoryCount> ChangeUpWeights {
    760, 40, 6, 30, 20, 15, 30, 7, 8, 4, 12, 0, 0, 0};
constexpr std::array<int, NativeStoryCount> StandardWeights {
    690, 50, 6, 30, 20, 15, 30, 8, 8, 4, 0, 45, 15, 40};

enum InqudStory {
    IPaid, // NEW -> PENDING_PAYMENT -> COMPLETED
    IWaitingPaid,
    IExpired,
    ICancelled,
    IPartialStays,
    IPartialThenPaid,
    IOverpaid,
    IConflict,
    IFailed,
    ICompletedOnly,
    InqudStoryCount
};
constexpr std::array<int, InqudStoryCount> InqudWeights {560, 140, 100, 50, 30, 30, 20, 20, 20, 30};

enum GivecloudStory {
    GPaid,
    GRefunded,
    GPartialRefund,
    GPartialThenRest,
    GOrderCompleted,
    GBatch,
    GRecurringPaid,
    GRecurringRefunded,
    GivecloudStoryCount
};
constexpr std::array<int, GivecloudStoryCount> OnlineWeights {850, 35, 25, 10, 20, 0, 0, 0};
constexpr std::array<int, GivecloudStoryCount> MonthlyWeights {0, 0, 0, 0, 0, 650, 310, 40};

enum NationBuilderStory {
    BSucceeded,
    BCanceled,
    BFailed,
    BPendingThenSucceeded,
    BPendingOnly,
    NationBuilderStoryCount
};
constexpr std::array<int, NationBuilderStoryCount> GalaWeights {830, 50, 60, 45, 15};
constexpr std::array<int, NationBuilderStoryCount> LegacyWeights {860, 70, 70, 0, 0};

enum DonaryStory {
    DCharge,
    DDeclined,
    DDeclinedThenPaid,
    DVoid,
    DVoidBeforeCharge,
    DSchedule,
    DScheduleFuture,
    DPledge,
    DonaryStoryCount
};
constexpr std::array<int, DonaryStoryCount> DonaryWeights {520, 30, 15, 40, 5, 150, 50, 100};

struct Showcase
{
    int endpoint; // index into endpointSpecs()
    int story;
    DeadLetter dead = DeadLetter::None;
    bool redeliver = false;
};

// Endpoint indices, as listed by endpointSpecs().
enum { Spring, PeerToPeer, YearEnd, Crypto, Online, Monthly, Gala, Chapter, Synagogue, Partner };

const Showcase showcase[] = {
    {Spring, NCompleted, DeadLetter::CurrencyName},
    {PeerToPeer, NCompleted, DeadLetter::NewerVersion},
    {Chapter, BSucceeded, DeadLetter::CurrencyName},
    {Gala, BSucceeded, DeadLetter::AmbiguousAmount},
    {Online, GPaid, DeadLetter::CurrencyName},
    {Crypto, ICompletedOnly, DeadLetter::TooManyDecimals},
    {Synagogue, DCharge, DeadLetter::CurrencyName},
    {Spring, NCompleted, DeadLetter::None, true},
    {Spring, NRefunded},
    {Spring, NPartialRefund},
    {PeerToPeer, NCancelled},
    {YearEnd, NVoided},
    {Spring, NExpired},
    {PeerToPeer, NOnHold},
    {Spring, NBatch},
    {Spring, NPendingOnly},
    {YearEnd, NFailed},
    {Crypto, IPaid, DeadLetter::None, true},
    {Crypto, IExpired},
    {Crypto, ICancelled},
    {Crypto, IPartialStays},
    {Crypto, IConflict},
    {Crypto, IFailed},
    {Crypto, IOverpaid},
    {Online, GRefunded},
    {Online, GPartialThenRest},
    {Online, GOrderCompleted},
    {Monthly, GBatch},
    {Gala, BCanceled},
    {Gala, BFailed},
    {Gala, BPendingOnly},
    {Chapter, BCanceled},
    {Chapter, BFailed},
    {Synagogue, DVoid},
    {Synagogue, DVoidBeforeCharge},
    {Synagogue, DSchedule},
    {Synagogue, DScheduleFuture},
    {Synagogue, DPledge},
    {Synagogue, DDeclinedThenPaid},
    {Partner, NScheduleCanceled},
    {Partner, NPledge},
    {Partner, NRefunded},
};
constexpr int ShowcaseCount = int(std::size(showcase));

// ---- amounts ---------------------------------------------------------------------------------

struct Ask
{
    int dollars;
    int weight;
};
// What donation forms suggest, and what donors pick (18 and its multiples: chai).
constexpr Ask Asks[] = {{5, 30}, {10, 80}, {18, 60}, {20, 90}, {25, 120}, {36, 40}, {50, 120},
    {54, 10}, {72, 10}, {100, 120}, {118, 10}, {150, 30}, {180, 30}, {200, 40}, {250, 40},
    {360, 10}, {500, 40}, {1000, 30}, {1800, 10}, {2500, 10}, {5000, 6}, {10000, 3}, {25000, 1}};
constexpr Ask MonthlyAsks[] = {{5, 40}, {10, 120}, {15, 60}, {18, 50}, {20, 100}, {25, 90},
    {30, 30}, {36, 30}, {50, 50}, {100, 25}};
constexpr Ask GalaAsks[] = {{150, 300}, {300, 200}, {600, 60}, {1500, 80}, {2500, 60}, {5000, 30},
    {10000, 12}, {25000, 4}, {100, 100}, {250, 80}};
constexpr int YenAsks[] = {500, 1000, 2000, 3000, 5000, 10000, 10000, 20000, 30000, 50000, 100000};

template<size_t N> int pickAsk(Rng &rng, const Ask (&asks)[N])
{
    std::array<int, N> w {};
    for (size_t i = 0; i < N; ++i)
        w[i] = asks[i].weight;
    return asks[rng.weighted(w)].dollars;
}

double normal(Rng &rng)
{
    // Box-Muller; uniform() < 1, so 1 - u is never 0.
    const double u = 1.0 - rng.uniform();
    const double v = rng.uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
}

// A donation in US cents with a realistic skew: mostly the amounts forms suggest, then free
// amounts (often with a fee covered: 51.80), round-ups, and a thin tail of major gifts.
qint64 usdCents(Rng &rng, bool *round)
{
    const double r = rng.uniform();
    *round = false;
    if (r < 0.60) {
        *round = true;
        return qint64(pickAsk(rng, Asks)) * 100;
    }
    if (r < 0.90) {
        const double dollars = std::exp(std::log(35.0) + 1.0 * normal(rng));
        return std::clamp<qint64>(qint64(std::llround(dollars * 100)), 100, 500'000);
    }
    if (r < 0.95)
        return rng.range(100, 999);
    if (r < 0.985) {
        *round = true;
        return rng.range(20, 100) * 5000;
    }
    *round = true;
    return rng.chance(0.1) ? 2'500'000 : rng.range(10, 50) * 50'000;
}

Int128 pow10(int n)
{
    Int128 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

// `cents` US cents as an amount of `c`: round asks stay round in the donor's currency (people
// give 50 EUR, not 46.12), free amounts are converted.
Int128 toCurrency(Rng &rng, qint64 cents, bool round, Cur c)
{
    const CurrencyInfo &info = currencyInfo(c);
    if (c == Cur::JPY) {
        if (round && cents <= 10'000'00)
            return YenAsks[rng.below(std::size(YenAsks))];
        const qint64 yen = qint64(double(cents) / 100.0 * info.perUsd);
        return std::max<qint64>(100, round ? yen / 1000 * 1000 : yen);
    }
    if (round || c == Cur::USD)
        return cents;
    const qint64 converted = std::llround(double(cents) * info.perUsd);
    return std::clamp<qint64>(converted, 100, 2'500'000);
}

// A crypto amount worth about `cents` US cents, with the long tails of decimals real payments
// have.
Int128 cryptoUnits(Rng &rng, qint64 cents, Cur c)
{
    const CurrencyInfo &info = currencyInfo(c);
    const double jitter = 1.0 + (rng.uniform() - 0.5) * 0.01;
    if (c == Cur::USDT) {
        const qint64 micro = cents * 10'000;
        return rng.chance(0.4) ? micro : qint64(double(micro) * jitter);
    }
    // Whole amount at 10^-8 precision from the rate, then random digits below it.
    const qint64 e8 = std::llround(double(cents) / 100.0 * info.perUsd * 1e8 * jitter);
    Int128 units = Int128(std::max<qint64>(e8, 1)) * pow10(info.scale - 8);
    if (info.scale > 8)
        units += Int128(rng.next() % quint64(1'000'000'000'000LL));
    return units;
}

Int128 partOf(Rng &rng, Int128 units, int scale)
{
    static constexpr int percents[] = {10, 20, 25, 30, 40, 50, 60, 75};
    const Int128 step = scale >= 2 ? pow10(scale - 2) : 1; // whole cents, or whole yen
    Int128 part = units * percents[rng.below(std::size(percents))] / 100 / step * step;
    if (part <= 0)
        part = step;
    if (part >= units)
        part = units / 2;
    return part;
}

// Within the first day; the rest before the refund window of most policies closes; a tail
// well after it, when the refund is an adjustment against an actualised donation.
qint64 refundDelay(Rng &rng)
{
    const double r = rng.uniform();
    if (r < 0.6)
        return rng.range(Hour, 10 * Day);
    if (r < 0.9)
        return rng.range(10 * Day, 40 * Day);
    return rng.range(40 * Day, 120 * Day);
}

QDate dateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

qint64 msOf(QDate d, int hour = 0, int minute = 0)
{
    return QDateTime(d, QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

// The Tuesday after the fourth Thursday of November.
QDate givingTuesday(int year)
{
    QDate d(year, 11, 1);
    while (d.dayOfWeek() != Qt::Thursday)
        d = d.addDays(1);
    return d.addDays(21 + 5);
}

void add(Gift &g, Rng &rng, qint64 now, Msg msg, qint64 at, int aux = 0)
{
    Event e;
    e.msg = msg;
    e.aux = quint8(aux);
    e.at = at;
    e.received = at + rng.range(150, 2500);
    // What has not happened yet is not sent: a refund planned for next week, a checkout that
    // completes in ten minutes. The story stays at its state as of now.
    if (e.received <= now)
        g.events.append(e);
}

} // namespace

// ---- Rng -------------------------------------------------------------------------------------

Rng::Rng(quint64 seed)
{
    quint64 x = seed;
    for (quint64 &s : m_s)
        s = splitmix(x);
}

quint64 Rng::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

int Rng::weighted(const int *weights, int size)
{
    int total = 0;
    for (int i = 0; i < size; ++i)
        total += weights[i];
    int r = int(below(quint32(total)));
    for (int i = 0; i < size; ++i) {
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return size - 1;
}

quint64 mix(quint64 a, quint64 b)
{
    quint64 x = a * 0x9e3779b97f4a7c15ULL ^ rotl(b, 23);
    return splitmix(x);
}

QString providerId(Provider p)
{
    switch (p) {
    case Provider::ChangeUp:
        return QStringLiteral("changeup");
    case Provider::Standard:
        return QStringLiteral("standard");
    case Provider::Inqud:
        return QStringLiteral("inqud");
    case Provider::Givecloud:
        return QStringLiteral("givecloud");
    case Provider::NationBuilder:
        return QStringLiteral("nationbuilder");
    case Provider::Donary:
        return QStringLiteral("donary");
    }
    return {};
}

const CurrencyInfo &currencyInfo(Cur c)
{
    // Rates are rough on purpose: they only keep a gift's size plausible in each currency.
    static const CurrencyInfo table[] = {
        {"USD", 2, 1.0, "$"},
        {"EUR", 2, 0.92, "\u20ac"},
        {"GBP", 2, 0.79, "\u00a3"},
        {"CAD", 2, 1.36, "$"},
        {"AUD", 2, 1.52, "$"},
        {"JPY", 0, 150.0, "\u00a5"},
        {"CHF", 2, 0.88, "CHF "},
        {"ILS", 2, 3.7, "\u20aa"},
        {"BTC", 8, 1.0 / 65000.0, ""},
        {"ETH", 18, 1.0 / 3200.0, ""},
        {"USDT", 6, 1.0, ""},
    };
    return table[int(c)];
}

const char *inqudStatusName(InqudStatus s)
{
    static const char *names[] = {"NEW", "WAITING_PAYMENT", "PENDING_PAYMENT", "PARTIALLY_PAID",
        "COMPLETED", "OVERPAID", "EXPIRED", "CANCELLED", "CONFLICT", "FAILED"};
    return names[int(s)];
}

QList<EndpointSpec> endpointSpecs(const QDateTime &now)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("DemoData", text);
    };
    const QDate today = now.toUTC().date();
    // The gala is on the first Saturday of the month four months ahead; tickets count once it
    // has taken place, so they stay pre-record until then.
    QDate gala = QDate(today.year(), today.month(), 1).addMonths(4);
    while (gala.dayOfWeek() != Qt::Saturday)
        gala = gala.addDays(1);

    QList<EndpointSpec> specs;
    auto spec = [&](const QString &name, Provider provider, const RecordPolicy &policy,
                    int weight) -> EndpointSpec & {
        EndpointSpec s;
        s.name = name;
        s.provider = provider;
        s.policy = policy;
        s.weight = weight;
        specs << s;
        return specs.last();
    };
    spec(tr("Spring appeal widget"), Provider::ChangeUp, RecordPolicy::delay(14), 140);
    spec(tr("Peer-to-peer events"), Provider::ChangeUp, RecordPolicy::delay(30), 90).flavor =
        EndpointSpec::Flavor::Signed;
    spec(tr("Year-end giving page"), Provider::ChangeUp,
        RecordPolicy::fixed(QDate(today.year(), 1, 1)), 80);
    spec(tr("Crypto checkout"), Provider::Inqud, RecordPolicy::delay(0), 80);
    spec(tr("Online donations"), Provider::Givecloud, RecordPolicy::delay(7), 120);
    spec(tr("Monthly givers"), Provider::Givecloud, RecordPolicy::delay(30), 30).flavor =
        EndpointSpec::Flavor::Monthly;
    {
        EndpointSpec &s = spec(tr("Gala %1 tickets").arg(gala.year()), Provider::NationBuilder,
            RecordPolicy::fixed(gala), 80);
        s.currency = QStringLiteral("USD");
        s.timezone = QStringLiteral("America/New_York");
        s.maxAgeDays = 150;
    }
    {
        EndpointSpec &s =
            spec(tr("Chapter renewals"), Provider::NationBuilder, RecordPolicy::delay(0), 50);
        s.currency = QStringLiteral("CAD");
        s.timezone = QStringLiteral("America/Toronto");
        s.flavor = EndpointSpec::Flavor::Legacy;
    }
    {
        EndpointSpec &s =
            spec(tr("Synagogue campaigns"), Provider::Donary, RecordPolicy::delay(0), 150);
        s.currency = QStringLiteral("USD");
        s.allowFrom = QStringList {QStringLiteral("203.0.113.64/27")};
    }
    spec(tr("Partner payroll giving"), Provider::Standard, RecordPolicy::delay(7), 100);
    return specs;
}

QString unitsText(Int128 units, int scale)
{
    return formatUnits(units, scale);
}

QString trimmedUnitsText(Int128 units, int scale)
{
    QString s = formatUnits(units, scale);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

// ---- Planner ---------------------------------------------------------------------------------

Planner::Planner(quint32 seed, const QDateTime &now, const QList<EndpointSpec> &specs, qint64 count)
    : m_seed(seed)
    , m_now(now.toMSecsSinceEpoch())
    , m_specs(specs)
    // Enough donors that most give a few times a year, as a real file looks.
    , m_donorPool(int(std::clamp<qint64>(count / 3, 300, 2'000'000)))
{
    // Denser towards now (a growing organisation), with a weekly rhythm and the giving season:
    // Giving Tuesday, December, the last day of the year.
    const QDate today = dateOf(m_now);
    const double todayElapsed = double(m_now - msOf(today)) / double(Day);
    double total = 0;
    for (int age = 0; age <= PeriodDays; ++age) {
        const QDate d = today.addDays(-age);
        static constexpr double weekday[] = {1.05, 1.1, 1.0, 1.0, 0.9, 0.75, 0.95};
        double w = (1.0 + 1.2 * (1.0 - double(age) / PeriodDays)) * weekday[d.dayOfWeek() - 1];
        if (d.month() == 12)
            w *= 1.8;
        else if (d.month() == 11)
            w *= 1.2;
        else if (d.month() == 3 || d.month() == 4)
            w *= 1.15;
        else if (d.month() == 7 || d.month() == 8)
            w *= 0.85;
        if (d.month() == 12 && d.day() == 31)
            w *= 3.0;
        if (d == givingTuesday(d.year()))
            w *= 4.0;
        if (age == 0)
            w *= todayElapsed;
        total += w;
        m_dayCumulative << total;
    }
    // Hours in UTC: donors' evenings in the Americas and Europe.
    static constexpr double hours[24] = {1.3, 1.2, 1.0, 0.7, 0.45, 0.3, 0.25, 0.25, 0.3, 0.4, 0.55,
        0.7, 0.85, 1.0, 1.1, 1.15, 1.2, 1.2, 1.2, 1.25, 1.3, 1.35, 1.4, 1.4};
    double h = 0;
    for (int i = 0; i < 24; ++i) {
        h += hours[i];
        m_hourCumulative[size_t(i)] = h;
    }
}

qint64 Planner::sampleTime(Rng &rng, int maxAgeDays) const
{
    const int maxAge = maxAgeDays > 0 ? std::min(maxAgeDays, PeriodDays) : PeriodDays;
    // A steady trickle today and in the last hour, so the live views have something fresh.
    if (rng.chance(0.004))
        return m_now - rng.range(15 * Second, Hour);
    if (rng.chance(0.015))
        return m_now - rng.range(15 * Second, Day);
    const QDate today = dateOf(m_now);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const double u = rng.uniform() * m_dayCumulative.at(maxAge);
        const int age = int(std::upper_bound(m_dayCumulative.cbegin(), m_dayCumulative.cend(), u)
            - m_dayCumulative.cbegin());
        const double hu = rng.uniform() * m_hourCumulative[23];
        const int hour =
            int(std::upper_bound(m_hourCumulative.cbegin(), m_hourCumulative.cend(), hu)
                - m_hourCumulative.cbegin());
        const qint64 t = msOf(today.addDays(-std::min(age, maxAge)), std::min(hour, 23))
            + rng.range(0, Hour - 1);
        // Far enough back that a story's first webhook (a batch goes out a few seconds after
        // its last donation) has arrived by now.
        if (t <= m_now - 15 * Second)
            return t;
    }
    return m_now - rng.range(15 * Second, Hour);
}

int Planner::pickDonor(Rng &rng) const
{
    // Squaring the uniform favours low ids: some donors give again and again.
    const double u = rng.uniform();
    return int(u * u * m_donorPool);
}

void Planner::pickAmount(Rng &rng, Gift &g, const EndpointSpec &spec) const
{
    std::array<int, 11> w {}; // weights by Cur
    auto set = [&](std::initializer_list<std::pair<Cur, int>> list) {
        for (const auto &[c, weight] : list)
            w[size_t(c)] = weight;
    };
    switch (spec.provider) {
    case Provider::ChangeUp:
        if (spec.flavor == EndpointSpec::Flavor::Signed)
            set({{Cur::USD, 60}, {Cur::EUR, 12}, {Cur::GBP, 10}, {Cur::JPY, 6}, {Cur::CHF, 5},
                {Cur::AUD, 4}, {Cur::CAD, 3}});
        else
            set({{Cur::USD, 82}, {Cur::CAD, 6}, {Cur::GBP, 5}, {Cur::EUR, 4}, {Cur::AUD, 3}});
        break;
    case Provider::Standard:
        set({{Cur::USD, 70}, {Cur::EUR, 12}, {Cur::CHF, 8}, {Cur::GBP, 6}, {Cur::JPY, 4}});
        break;
    case Provider::Givecloud:
        set({{Cur::USD, 70}, {Cur::CAD, 10}, {Cur::GBP, 8}, {Cur::AUD, 7}, {Cur::EUR, 5}});
        break;
    case Provider::NationBuilder:
        set({{spec.currency == u"CAD" ? Cur::CAD : Cur::USD, 1}});
        break;
    case Provider::Donary:
        set({{Cur::USD, 88}, {Cur::ILS, 6}, {Cur::CAD, 3}, {Cur::GBP, 3}});
        break;
    case Provider::Inqud:
        set({{Cur::USD, 70}, {Cur::EUR, 20}, {Cur::GBP, 10}});
        break;
    }
    g.currency = Cur(rng.weighted(w));

    bool round = false;
    qint64 cents = 0;
    if (spec.flavor == EndpointSpec::Flavor::Monthly) {
        round = true;
        cents = qint64(pickAsk(rng, MonthlyAsks)) * 100;
    } else if (spec.provider == Provider::NationBuilder && spec.maxAgeDays > 0) {
        round = true;
        cents = qint64(pickAsk(rng, GalaAsks)) * 100;
    } else {
        cents = usdCents(rng, &round);
    }

    if (spec.provider == Provider::Inqud) {
        // A fiat price paid in crypto, or a crypto amount of the donor's choosing.
        static constexpr std::array<int, 3> pay {60, 25, 15};
        g.payCurrency = std::array {Cur::USDT, Cur::BTC, Cur::ETH}[size_t(rng.weighted(pay))];
        g.payUnits = cryptoUnits(rng, cents, g.payCurrency);
        g.fixedPrice = rng.chance(0.6);
        if (g.fixedPrice) {
            g.units = toCurrency(rng, cents, round, g.currency);
        } else {
            g.currency = g.payCurrency;
            g.units = g.payUnits;
        }
        return;
    }
    g.units = toCurrency(rng, cents, round, g.currency);
}

Gift Planner::plan(qint64 index) const
{
    Rng rng(mix(m_seed, quint64(index)));
    Gift g;
    g.index = index;
    g.salt = rng.next();

    const Showcase *shown = index < ShowcaseCount ? &showcase[index] : nullptr;
    if (shown) {
        g.endpoint = std::min<int>(shown->endpoint, int(m_specs.size()) - 1);
    } else {
        QVarLengthArray<int, 16> weights;
        for (const EndpointSpec &s : m_specs)
            weights << s.weight;
        g.endpoint = rng.weighted(weights.constData(), int(weights.size()));
    }
    const EndpointSpec &spec = m_specs.at(g.endpoint);
    g.provider = spec.provider;

    if (shown) {
        // Old enough for every step of the story to have happened.
        const int maxAge = spec.maxAgeDays > 0 ? spec.maxAgeDays : PeriodDays;
        const double lo = m_dayCumulative.at(std::min(60, maxAge - 1));
        const double u = lo + rng.uniform() * (m_dayCumulative.at(maxAge) - lo);
        const int age = int(std::upper_bound(m_dayCumulative.cbegin(), m_dayCumulative.cend(), u)
            - m_dayCumulative.cbegin());
        g.donatedAt = msOf(dateOf(m_now).addDays(-std::min(age, maxAge)), int(rng.range(12, 23)))
            + rng.range(0, Hour - 1);
        g.dead = shown->dead;
    } else {
        g.donatedAt = sampleTime(rng, spec.maxAgeDays);
        if (rng.chance(0.0008)) {
            switch (g.provider) {
            case Provider::ChangeUp:
                g.dead = rng.chance(0.5) ? DeadLetter::CurrencyName : DeadLetter::NewerVersion;
                break;
            case Provider::NationBuilder:
                g.dead = spec.flavor == EndpointSpec::Flavor::Legacy ? DeadLetter::CurrencyName
                                                                     : DeadLetter::AmbiguousAmount;
                break;
            case Provider::Inqud:
                g.dead = DeadLetter::TooManyDecimals;
                break;
            default:
                g.dead = DeadLetter::CurrencyName;
                break;
            }
        }
    }

    g.donor = rng.chance(0.05) ? -1 : pickDonor(rng);
    g.campaign = int(rng.below(1000));
    pickAmount(rng, g, spec);
    if (g.provider == Provider::ChangeUp && rng.chance(0.05))
        g.delayReportBy = rng.chance(0.06) ? 120 : int(rng.range(0, 90));

    const int forced = shown ? shown->story : -1;
    switch (g.provider) {
    case Provider::ChangeUp:
    case Provider::Standard:
        nativeStory(rng, g, forced);
        break;
    case Provider::Inqud:
        inqudStory(rng, g, forced);
        break;
    case Provider::Givecloud:
        givecloudStory(rng, g, spec, forced);
        break;
    case Provider::NationBuilder:
        nationBuilderStory(rng, g, spec, forced);
        break;
    case Provider::Donary:
        donaryStory(rng, g, forced);
        break;
    }
    if (shown && shown->redeliver && !g.events.isEmpty()) {
        Event copy = g.events.first();
        copy.redelivery = true;
        copy.received += 45 * Second;
        g.events << copy;
    }
    finish(rng, g);
    return g;
}

Member Planner::member(const Gift &gift, int i) const
{
    if (i == 0)
        return {gift.donor, gift.units};
    Rng rng(mix(gift.salt, quint64(i)));
    Member m;
    m.donor = pickDonor(rng);
    bool round = true;
    const qint64 cents = gift.provider == Provider::Givecloud
        ? qint64(pickAsk(rng, MonthlyAsks)) * 100
        : usdCents(rng, &round);
    m.units = toCurrency(rng, cents, round, gift.currency);
    return m;
}

void Planner::nativeStory(Rng &rng, Gift &g, int forced) const
{
    const bool standard = g.provider == Provider::Standard;
    int story = forced;
    if (story < 0)
        story = rng.weighted(standard ? StandardWeights : ChangeUpWeights);
    if (g.dead != DeadLetter::None)
        story = NCompleted;
    const qint64 t = g.donatedAt;
    const qint64 now = m_now;
    g.donations = 1;
    g.recurring = rng.chance(0.12);
    switch (story) {
    case NCompleted:
        add(g, rng, now, Msg::Completed, t);
        break;
    case NPendingThenCompleted:
        add(g, rng, now, Msg::Pending, t);
        add(g, rng, now, Msg::Completed, t + rng.range(Day, 4 * Day));
        break;
    case NPendingOnly:
        add(g, rng, now, Msg::Pending, t);
        break;
    case NRefunded:
        add(g, rng, now, Msg::Completed, t);
        add(g, rng, now, Msg::Refunded,
            t + (forced >= 0 ? rng.range(Hour, 5 * Day) : refundDelay(rng)));
        break;
    case NPartialRefund:
        g.refunded = partOf(rng, g.units, currencyInfo(g.currency).scale);
        add(g, rng, now, Msg::Completed, t);
        add(g, rng, now, Msg::PartiallyRefunded, t + refundDelay(rng));
        break;
    case NCancelled:
        add(g, rng, now, Msg::Completed, t);
        add(g, rng, now, Msg::Cancelled, t + rng.range(Day, 30 * Day));
        break;
    case NFailed:
        add(g, rng, now, Msg::Failed, t);
        break;
    case NVoided:
        add(g, rng, now, Msg::Completed, t);
        add(g, rng, now, Msg::Voided, t + rng.range(10 * Minute, 6 * Hour));
        break;
    case NExpired:
        add(g, rng, now, Msg::Pending, t);
        add(g, rng, now, Msg::Expired, t + rng.range(Day, 7 * Day));
        break;
    case NOnHold:
        add(g, rng, now, Msg::OnHold, t);
        break;
    case NBatch:
        // A checkout server that sends what it completed in the last minute as one array.
        g.batch = int(rng.range(2, 4));
        g.donations = g.batch;
        add(g, rng, now, Msg::Completed, t + g.batch * Second);
        break;
    case NSchedule:
    case NScheduleCanceled:
        g.recurring = true;
        g.scheduleCount = 12;
        g.units *= 12;
        add(g, rng, now, Msg::ScheduleCreated, t);
        if (story == NScheduleCanceled || rng.chance(0.3))
            add(g, rng, now, Msg::ScheduleCanceled, t + rng.range(7 * Day, 120 * Day));
        break;
    case NPledge:
        g.units = g.units * 10;
        add(g, rng, now, Msg::PledgeCreated, t);
        break;
    }
    if (g.dead != DeadLetter::None)
        g.donations = 0;
}

void Planner::inqudStory(Rng &rng, Gift &g, int forced) const
{
    int story = forced >= 0 ? forced : rng.weighted(InqudWeights);
    if (g.dead != DeadLetter::None) {
        story = ICompletedOnly;
        g.fixedPrice = true;
        g.currency = Cur::USD;
    }
    const qint64 now = m_now;
    qint64 t = g.donatedAt;
    auto status = [&](InqudStatus s, qint64 at) {
        add(g, rng, now, Msg::InqudCheckout, at, int(s));
    };
    g.donations = g.dead == DeadLetter::None ? 1 : 0;
    switch (story) {
    case IPaid:
    case IOverpaid:
    case IConflict:
    case IFailed:
    case IPartialStays:
    case IPartialThenPaid:
        status(InqudStatus::New, t);
        t += rng.range(20 * Second, 4 * Minute);
        status(InqudStatus::PendingPayment, t);
        t += rng.range(3 * Minute, 40 * Minute); // block confirmations
        if (story == IPaid)
            status(InqudStatus::Completed, t);
        else if (story == IOverpaid)
            status(InqudStatus::Overpaid, t);
        else if (story == IConflict)
            status(InqudStatus::Conflict, t);
        else if (story == IFailed)
            status(InqudStatus::Failed, t);
        else {
            status(InqudStatus::PartiallyPaid, t);
            if (story == IPartialThenPaid)
                status(InqudStatus::Completed, t + rng.range(Hour, Day));
        }
        break;
    case IWaitingPaid:
        status(InqudStatus::Waiting, t);
        status(InqudStatus::Completed, t + rng.range(5 * Minute, 30 * Minute));
        break;
    case IExpired:
        status(InqudStatus::New, t);
        status(InqudStatus::Expired, t + Hour);
        break;
    case ICancelled:
        status(InqudStatus::New, t);
        status(InqudStatus::Cancelled, t + rng.range(Minute, 15 * Minute));
        break;
    case ICompletedOnly:
        status(InqudStatus::Completed, t);
        break;
    }
}

void Planner::givecloudStory(Rng &rng, Gift &g, const EndpointSpec &spec, int forced) const
{
    const bool monthly = spec.flavor == EndpointSpec::Flavor::Monthly;
    int story = forced >= 0 ? forced : rng.weighted(monthly ? MonthlyWeights : OnlineWeights);
    if (g.dead != DeadLetter::None)
        story = GPaid;
    const qint64 now = m_now;
    qint64 t = g.donatedAt;
    g.donations = 1;
    g.recurring = story >= GBatch;
    // A first-time donor's supporter record is created just before the contribution.
    if (story != GBatch && rng.chance(0.06))
        add(g, rng, now, Msg::SupporterCreated, t - rng.range(2 * Second, Minute));
    switch (story) {
    case GPaid:
    case GRecurringPaid:
        add(g, rng, now, Msg::ContributionPaid, t);
        break;
    case GRefunded:
    case GRecurringRefunded:
        add(g, rng, now, Msg::ContributionPaid, t);
        add(g, rng, now, Msg::ContributionRefunded, t + refundDelay(rng));
        break;
    case GPartialRefund:
    case GPartialThenRest: {
        g.refunded = partOf(rng, g.units, currencyInfo(g.currency).scale);
        add(g, rng, now, Msg::ContributionPaid, t);
        const qint64 first = t + refundDelay(rng);
        add(g, rng, now, Msg::ContributionRefunded, first, 1);
        if (story == GPartialThenRest)
            add(g, rng, now, Msg::ContributionRefunded, first + rng.range(Day, 20 * Day), 2);
        break;
    }
    case GOrderCompleted:
        add(g, rng, now, Msg::OrderCompleted, t);
        break;
    case GBatch: {
        // Givecloud charges recurring profiles in a morning run on the 1st and the 15th.
        QDate d = dateOf(t);
        d = QDate(d.year(), d.month(), d.day() >= 15 ? 15 : 1);
        t = msOf(d, 6) + rng.range(0, 30 * Minute);
        if (t > now - Minute) {
            d = d.day() == 15 ? QDate(d.year(), d.month(), 1) : d.addMonths(-1).addDays(14);
            t = msOf(d, 6) + rng.range(0, 30 * Minute);
        }
        g.donatedAt = t;
        g.batch = int(rng.range(2, 8));
        g.donations = g.batch;
        // Sent when the run has charged them all, a second apart.
        add(g, rng, now, Msg::ContributionsPaid, t + g.batch * Second);
        break;
    }
    }
    if (g.dead != DeadLetter::None)
        g.donations = 0;
}

void Planner::nationBuilderStory(Rng &rng, Gift &g, const EndpointSpec &spec, int forced) const
{
    const bool legacy = spec.flavor == EndpointSpec::Flavor::Legacy;
    int story = forced >= 0 ? forced : rng.weighted(legacy ? LegacyWeights : GalaWeights);
    if (g.dead != DeadLetter::None)
        story = BSucceeded;
    const qint64 now = m_now;
    const qint64 t = g.donatedAt;
    g.donations = g.dead == DeadLetter::None ? 1 : 0;
    g.recurring = legacy && rng.chance(0.3);
    switch (story) {
    case BSucceeded:
        add(g, rng, now, Msg::NbSucceeded, t);
        break;
    case BCanceled:
        add(g, rng, now, Msg::NbSucceeded, t);
        add(g, rng, now, Msg::NbCanceled, t + rng.range(Day, 20 * Day));
        break;
    case BFailed:
        add(g, rng, now, Msg::NbFailed, t);
        break;
    case BPendingThenSucceeded:
        add(g, rng, now, Msg::NbPending, t);
        add(g, rng, now, Msg::NbSucceeded, t + rng.range(Day, 3 * Day));
        break;
    case BPendingOnly:
        add(g, rng, now, Msg::NbPending, t);
        break;
    }
}

void Planner::donaryStory(Rng &rng, Gift &g, int forced) const
{
    int story = forced >= 0 ? forced : rng.weighted(DonaryWeights);
    if (g.dead != DeadLetter::None)
        story = DCharge;
    const qint64 now = m_now;
    const qint64 t = g.donatedAt;
    g.donations = 1;
    switch (story) {
    case DCharge:
        add(g, rng, now, Msg::DonaryCharge, t);
        break;
    case DDeclined:
        add(g, rng, now, Msg::DonaryDeclined, t);
        break;
    case DDeclinedThenPaid:
        // The same payment number, tried again with another card.
        add(g, rng, now, Msg::DonaryDeclined, t);
        add(g, rng, now, Msg::DonaryCharge, t + rng.range(2 * Minute, 30 * Minute));
        break;
    case DVoid:
        add(g, rng, now, Msg::DonaryCharge, t);
        add(g, rng, now, Msg::DonaryVoid, t + rng.range(2 * Hour, 48 * Hour));
        break;
    case DVoidBeforeCharge: {
        // The payment webhook was retried and arrived after the void that followed it.
        const qint64 voidAt = t + rng.range(3 * Minute, 20 * Minute);
        add(g, rng, now, Msg::DonaryVoid, voidAt);
        Event charge;
        charge.msg = Msg::DonaryCharge;
        charge.at = t;
        charge.received = voidAt + rng.range(Minute, 10 * Minute);
        if (charge.received <= now)
            g.events << charge;
        break;
    }
    case DSchedule: {
        static constexpr int counts[] = {10, 12, 12, 18, 24, 36};
        g.recurring = true;
        g.firstPayment = true;
        g.scheduleCount = counts[rng.below(std::size(counts))];
        const Int128 installment = g.units;
        g.units = installment * g.scheduleCount;
        g.donations = 2;
        // Donary also sends the first payment's own payment webhook, just before or after.
        const int separate = int(rng.below(3)); // 0: none, 1: before, 2: after
        if (separate == 1)
            add(g, rng, now, Msg::DonaryCharge, t - rng.range(Second, 3 * Second));
        add(g, rng, now, Msg::DonarySchedule, t);
        if (separate == 2)
            add(g, rng, now, Msg::DonaryCharge, t + rng.range(Second, 5 * Second));
        // Later installments arrive as plain payments, monthly.
        for (int k = 1; k <= 3; ++k) {
            const qsizetype before = g.events.size();
            add(g, rng, now, Msg::DonaryCharge, t + k * 30 * Day + rng.range(0, Hour), k);
            if (g.events.size() > before)
                ++g.donations;
        }
        break;
    }
    case DScheduleFuture:
        g.recurring = true;
        g.scheduleCount = 12;
        g.units *= 12;
        add(g, rng, now, Msg::DonarySchedule, t);
        break;
    case DPledge:
        g.units *= 5;
        add(g, rng, now, Msg::DonaryPledge, t);
        break;
    }
    if (g.dead != DeadLetter::None)
        g.donations = 0;
}

void Planner::finish(Rng &rng, Gift &g) const
{
    // Redeliveries: the provider did not see our answer in time and sent the same webhook
    // again. Inqud retries more eagerly than most.
    const double p = g.provider == Provider::Inqud ? 0.03 : 0.012;
    const qsizetype originals = g.events.size();
    for (qsizetype i = 0; i < originals; ++i) {
        if (g.events.at(i).redelivery || !rng.chance(p))
            continue;
        Event copy = g.events.at(i);
        copy.redelivery = true;
        copy.received +=
            rng.chance(0.7) ? rng.range(20 * Second, 5 * Minute) : rng.range(5 * Minute, 3 * Hour);
        if (copy.received <= m_now)
            g.events << copy;
    }
    // A story whose webhooks all lie after `now` (a void that follows its charge by minutes,
    // planned in the last minutes) has not reached us: no donation yet.
    if (g.events.isEmpty())
        g.donations = 0;
}

} // namespace DemoData
