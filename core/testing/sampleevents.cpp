#include "sampleevents.h"

#include "samplejson.h"

#include "demo/demovocabulary.h"
#include "money/currency.h"
#include "money/decimal.h"
#include "providers/provideradapter.h"
#include "time/timestamps.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace SampleEvents {

namespace {

using Json::Node;

QString tr(const char *text)
{
    return QCoreApplication::translate("SampleEvents", text);
}

// ---- deterministic choices -------------------------------------------------------------------

// SplitMix64's finalizer: a bijection, so distinct inputs always give distinct outputs.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a: stable across runs (qHash is seeded per process).
quint64 stableHash(const char *s)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (; *s; ++s)
        h = (h ^ uchar(*s)) * 0x100000001b3ULL;
    return h;
}

// Crockford base 32, 13 characters: all 64 bits, so distinct values give distinct text.
QString crockford(quint64 v)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString s(13, u'0');
    for (int i = 12; i >= 0; --i) {
        s[i] = QLatin1Char(alphabet[v & 31]);
        v >>= 5;
    }
    return s;
}

QString hexText(quint64 v, int chars)
{
    return QString::number(v, 16).rightJustified(16, u'0').right(chars);
}

QString uuid(quint64 a, quint64 b, bool upper = false)
{
    const QString h = hexText(a, 16) + hexText(b, 16);
    const QString s = h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4)
        + u'-' + h.mid(20);
    return upper ? s.toUpper() : s;
}

QString alnum(quint64 seed, int chars)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString s;
    quint64 v = 0;
    for (int i = 0; i < chars; ++i) {
        if (i % 10 == 0)
            v = mix(seed + quint64(i));
        s += QLatin1Char(alphabet[v % 62]);
        v /= 62;
    }
    return s;
}

// Givecloud's 8-character ids: an affine map modulo 36^8 whose factor is prime to 36, so
// distinct `n` below 36^8 give distinct ids; beyond, the quotient is appended.
QString givecloudId(Int128 n, quint64 salt)
{
    constexpr Int128 space = 2821109907456LL; // 36^8
    constexpr Int128 factor = 1'743'564'413'459LL; // about 0.618 * 36^8: odd, not a multiple of 3
    quint64 v = quint64(((n % space) * factor + Int128(mix(salt)) % space) % space);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString s(8, u'A');
    for (int i = 7; i >= 0; --i) {
        s[i] = QLatin1Char(alphabet[v % 36]);
        v /= 36;
    }
    if (n >= space)
        s += u'-' + int128ToString(n / space);
    return s;
}

Int128 pow10(int n)
{
    Int128 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// ---- donors, currencies, amounts -------------------------------------------------------------

struct Donor
{
    QString given;
    QString family;
    QString name; // as the donor writes it
    QString email; // empty: none given
    int number = 0; // index in the pool, for provider-side donor ids
};

struct DonorText
{
    const char *given;
    const char *family;
    const char *separator; // null: given name first, with a space
    const char *email;
};

// Scripts alternate, so that any few consecutive variants show several of them.
// clang-format off
const DonorText donorTexts[] = {
    {"Ada", "Lovelace", nullptr, "ada.lovelace@example.org"},
    {"Анна", "Каренина", nullptr, "anna.karenina@example.ru"},
    {"José", "García", nullptr, "jose.garcia@example.es"},
    {"فاطمة", "الهاشمي", nullptr, "fatima.alhashimi@example.ae"},
    {"花子", "山田", " ", "hanako.yamada@example.jp"},
    {"שרה", "כהן", nullptr, "sarah.cohen@example.co.il"},
    {"प्रिया", "शर्मा", nullptr, "priya.sharma@example.in"},
    {"Γιώργος", "Παπαδόπουλος", nullptr, "giorgos.papadopoulos@example.gr"},
    {"Renée", "Faÿ", nullptr, "renee.fay@example.fr"},
    {"小明", "王", "", "wang.xiaoming@example.cn"},
    {"Jürgen", "Müller", nullptr, "juergen.mueller@example.de"},
    {"Олена", "Шевченко", nullptr, "olena.shevchenko@example.com.ua"},
    {"محمد", "الأحمد", nullptr, ""},
    {"민준", "김", "", "minjun.kim@example.kr"},
    {"Søren", "Kierkegaard", nullptr, "soren.kierkegaard@example.dk"},
    {"אַבְרָהָם", "לוי", nullptr, "avraham.levi@example.org.il"},
    {"Thị Mai", "Nguyễn", " ", "mai.nguyen@example.vn"},
    {"राहुल", "वर्मा", nullptr, "rahul.verma@example.co.in"},
    {"Ελένη", "Γεωργίου", nullptr, "eleni.georgiou@example.com.cy"},
    {"Adébáyọ̀", "Ògúnlẹ̀sì", nullptr, "adebayo.ogunlesi@example.ng"},
    {"太郎", "佐藤", " ", "taro.sato@example.co.jp"},
    {"Małgorzata", "Wójcik", nullptr, "malgorzata.wojcik@example.pl"},
    {"Zoë \U0001F33B", "Okafor", nullptr, "Zoe.Okafor@example.ca"},
    {"Ayşe", "Yılmaz", nullptr, ""},
    {"Mary", "O'Brien", nullptr, "mary.obrien@example.ie"},
};
// clang-format on

constexpr int DonorCount = int(sizeof donorTexts / sizeof donorTexts[0]);

Donor donorAt(quint64 index)
{
    const int i = int(index % DonorCount);
    const DonorText &t = donorTexts[i];
    Donor d;
    d.given = QString::fromUtf8(t.given);
    d.family = QString::fromUtf8(t.family);
    if (t.separator)
        d.name = d.family + QString::fromUtf8(t.separator) + d.given;
    else
        d.name = d.given + u' ' + d.family;
    d.email = QString::fromUtf8(t.email);
    d.number = i;
    return d;
}

QString joinName(const QString &first, const QString &last)
{
    return QStringList {first, last}.join(u' ').trimmed();
}

// Whether "first last" gives the name as written (not so for 山田 花子 or 王小明).
bool givenFirst(const Donor &d)
{
    return joinName(d.given, d.family) == d.name;
}

// Major units with two decimals: times 10^(scale-2) for other fiat scales (¥2500 for "25.00").
// clang-format off
const char *const fiatAmounts[] = {
    "25.00", "0.50", "100.00", "18.00", "250.00", "1000.00", "5.00", "36.00", "2500.00", "50.00",
    "12.34", "25000.00", "180.00", "75.50", "10.00", "500.00", "1.99", "360.00", "42.42",
    "5000.00", "7.77", "150.00", "99.99", "20.20", "613.00"};
const char *const btcAmounts[] = {
    "0.00012345", "0.0025", "0.05", "0.5", "1.25", "0.0005", "0.01", "0.00000546", "0.3"};
const char *const ethAmounts[] = {
    "0.05", "0.123456789012345678", "1.5", "0.01", "2.5", "0.000315", "10", "0.333"};
const char *const stableAmounts[] = {
    "25", "100.5", "1000", "12.345678", "5000", "0.5", "250", "18"};
const char *const otherCryptoAmounts[] = {"1", "0.5", "25", "0.01", "3.75"};
// clang-format on

template<size_t N> const char *pickText(const char *const (&list)[N], quint64 i)
{
    return list[i % N];
}

Money variantAmount(const QString &currency, quint64 index)
{
    const int scale = Currency::scale(currency);
    const char *text = nullptr;
    if (currency == u"BTC" || currency == u"WBTC")
        text = pickText(btcAmounts, index);
    else if (currency == u"ETH")
        text = pickText(ethAmounts, index);
    else if (currency == u"USDT" || currency == u"USDC")
        text = pickText(stableAmounts, index);
    else if (Currency::isCrypto(currency))
        text = pickText(otherCryptoAmounts, index);
    if (text) {
        const auto d = Decimal::parse(QString::fromLatin1(text));
        return Money {currency, d ? d->toUnits(scale).value_or(1) : 1};
    }
    const Int128 cents =
        Decimal::parse(QString::fromLatin1(pickText(fiatAmounts, index)))->toUnits(2).value_or(100);
    return Money {currency, scale >= 2 ? cents * pow10(scale - 2) : cents};
}

QString symbolOf(const QString &currency)
{
    if (currency == u"USD" || currency == u"CAD" || currency == u"AUD" || currency == u"NZD"
        || currency == u"MXN")
        return QStringLiteral("$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"GBP")
        return QStringLiteral("£");
    if (currency == u"JPY")
        return QStringLiteral("¥");
    if (currency == u"ILS")
        return QStringLiteral("₪");
    if (currency == u"INR")
        return QStringLiteral("₹");
    return currency + u' ';
}

// "$1,234.50"
QString formatted(const Money &m)
{
    QString whole = m.toString();
    const qsizetype dot = whole.indexOf(u'.');
    const QString fraction = dot < 0 ? QString() : whole.mid(dot);
    if (dot >= 0)
        whole.truncate(dot);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return symbolOf(m.currency) + whole + fraction;
}

// The shortest exact text: "25", "12.5", "0.00012345".
QString shortText(const Money &m)
{
    return Decimal(m.units, Currency::scale(m.currency)).toString();
}

QString unitsText(Int128 units, const QString &currency)
{
    return formatUnits(units, Currency::scale(currency));
}

// ---- times -----------------------------------------------------------------------------------

// "2024-05-25T10:00:00Z", with 3, 6 or 9 fractional digits; `sub` fills those below the ms.
QString isoUtc(const QDateTime &t, int fraction = 0, quint64 sub = 0)
{
    const QDateTime u = t.toUTC();
    QString s = u.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    if (fraction > 0) {
        s += QLatin1Char('.');
        s += QString::number(u.time().msec()).rightJustified(3, u'0');
        if (fraction > 3)
            s += QString::number(sub % quint64(pow10(fraction - 3)))
                     .rightJustified(fraction - 3, u'0');
    }
    s += QLatin1Char('Z');
    return s;
}

int offsetAt(const QTimeZone &zone, const QDateTime &t)
{
    return zone.isValid() ? zone.offsetFromUtc(t) : 0;
}

// The local time in `zone`, as if it were UTC: for formatting only.
QDateTime shifted(const QDateTime &t, const QTimeZone &zone)
{
    return t.toUTC().addSecs(offsetAt(zone, t));
}

// "2014-02-11T10:21:43-05:00"
QString isoOffset(const QDateTime &t, const QTimeZone &zone)
{
    QString s = shifted(t, zone).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    const int offset = offsetAt(zone, t);
    const int minutes = std::abs(offset) / 60;
    s += QLatin1Char(offset < 0 ? '-' : '+');
    s += QString::number(minutes / 60).rightJustified(2, u'0');
    s += QLatin1Char(':');
    s += QString::number(minutes % 60).rightJustified(2, u'0');
    return s;
}

// "2024-05-25 00:00:00", UTC
QString spaced(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "2024-11-25T21:01:09.827", local
QString localT(const QDateTime &t, const QTimeZone &zone)
{
    return shifted(t, zone).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"));
}

// "05/28/2013  3:37 PM": NationBuilder's legacy form (a space pads one-digit hours), UTC.
QString usLegacy(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    const int hour = u.time().hour();
    const int h12 = hour % 12 == 0 ? 12 : hour % 12;
    return u.toString(QStringLiteral("MM/dd/yyyy ")) + (h12 < 10 ? QStringLiteral(" ") : QString())
        + QString::number(h12) + u.toString(QStringLiteral(":mm "))
        + (hour < 12 ? QStringLiteral("AM") : QStringLiteral("PM"));
}

const QTimeZone &easternZone()
{
    // The Windows name, as Donary writes it; the adapter reads it through the same lookup.
    static const QTimeZone zone = Timestamps::zoneFromName(u"Eastern Standard Time");
    return zone;
}

constexpr qint64 Day = 24 * 3600;

// ---- the samples -----------------------------------------------------------------------------

enum class Kind {
    NativeCompleted,
    NativeDelayed,
    NativePending,
    NativeFailed,
    NativeCancelled,
    NativeRefunded,
    NativePartiallyRefunded,
    NativeBatch,
    InqudNew,
    InqudWaiting,
    InqudPartiallyPaid,
    InqudCompleted,
    InqudOverpaid,
    InqudExpired,
    InqudCancelled,
    InqudFailed,
    InqudConflict,
    GivecloudPaid,
    GivecloudRefunded,
    GivecloudPartialRefund,
    GivecloudBatch,
    GivecloudOrder,
    GivecloudSupporter,
    NbSucceeded,
    NbChanged,
    NbCanceled,
    NbFailed,
    NbLegacy,
    DonarySchedule,
    DonaryScheduleLater,
    DonaryCharge,
    DonaryDeclined,
    DonaryVoid,
    DonaryPledge,
    StandardCompleted,
    StandardPending,
    StandardFailed,
    StandardRefunded,
    StandardUpdated,
    StandardCanceled,
    StandardScheduleCreated,
    StandardScheduleCanceled,
    StandardPledgeCreated,
};

struct Definition
{
    const char *id; // "<provider>.<name>"
    const char *event;
    const char *endpointEvent;
    // Samples of one story describe the same gift at different moments: for one variant they
    // share ids, donor, amount and currency.
    const char *story;
    Kind kind;
    const char *title;
    const char *description;
};


// clang-format off
const Definition definitions[] = {
    {"changeup.completed", "donation.completed", "", "gift", Kind::NativeCompleted,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation completed"),
        QT_TRANSLATE_NOOP("SampleEvents", "A completed donation from a checkout widget in the native format; recorded as paid, "
             "with its record date from the endpoint's record policy.")},
    {"changeup.completed_delayed", "donation.completed", "", "delayed", Kind::NativeDelayed,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation completed, own record delay"),
        QT_TRANSLATE_NOOP("SampleEvents", "A completed donation carrying delayReportBy (days), which sets its record date in "
             "place of the endpoint's record policy.")},
    {"changeup.pending", "donation.pending", "", "gift", Kind::NativePending,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation pending"),
        QT_TRANSLATE_NOOP("SampleEvents", "A donation still being processed; recorded as pending and counted nowhere until a "
             "later event completes it.")},
    {"changeup.failed", "donation.failed", "", "gift", Kind::NativeFailed,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation failed"),
        QT_TRANSLATE_NOOP("SampleEvents", "A donation whose payment failed; recorded as failed and never counted.")},
    {"changeup.cancelled", "donation.cancelled", "", "gift", Kind::NativeCancelled,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation cancelled"),
        QT_TRANSLATE_NOOP("SampleEvents", "A donation cancelled after it completed; it becomes canceled, reversed if that "
             "happens before its record date.")},
    {"changeup.refunded", "donation.refunded", "", "gift", Kind::NativeRefunded,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation refunded"),
        QT_TRANSLATE_NOOP("SampleEvents", "A donation refunded in full; it becomes refunded, a reversal before its record date "
             "and an adjustment after it.")},
    {"changeup.partially_refunded", "donation.partially_refunded", "", "gift",
        Kind::NativePartiallyRefunded,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation partially refunded"),
        QT_TRANSLATE_NOOP("SampleEvents", "A donation of which a part (refundedAmount) was given back; it becomes partially "
             "refunded, the rest still counted.")},
    {"changeup.batch", "donation.completed", "", "batch", Kind::NativeBatch,
        QT_TRANSLATE_NOOP("SampleEvents", "Batch of donations"),
        QT_TRANSLATE_NOOP("SampleEvents", "Several completed donations in one request (a JSON array); each becomes a paid "
             "donation of its own.")},

    {"inqud.new", "checkout.NEW", "", "checkout", Kind::InqudNew,
        QT_TRANSLATE_NOOP("SampleEvents", "Checkout created"),
        QT_TRANSLATE_NOOP("SampleEvents", "A crypto checkout just opened, nothing paid yet; recorded as pending.")},
    {"inqud.waiting_payment", "checkout.WAITING_PAYMENT", "", "checkout", Kind::InqudWaiting,
        QT_TRANSLATE_NOOP("SampleEvents", "Checkout waiting for payment"),
        QT_TRANSLATE_NOOP("SampleEvents", "A checkout waiting for the donor's transfer to arrive; recorded as pending.")},
    {"inqud.partially_paid", "checkout.PARTIALLY_PAID", "", "checkout",
        Kind::InqudPartiallyPaid,
        QT_TRANSLATE_NOOP("SampleEvents", "Checkout partially paid"),
        QT_TRANSLATE_NOOP("SampleEvents", "A checkout whose transfer fell short of the amount asked; recorded as partially "
             "paid, for what was paid when the checkout has no fiat price.")},
    {"inqud.completed", "checkout.COMPLETED", "", "checkout", Kind::InqudCompleted,
        QT_TRANSLATE_NOOP("SampleEvents", "Checkout completed"),
        QT_TRANSLATE_NOOP("SampleEvents", "A checkout paid in full; recorded as paid, in its fiat price when it has one and "
             "otherwise in the crypto paid.")},
    {"inqud.overpaid", "checkout.OVERPAID", "", "checkout", Kind::InqudOverpaid,
        QT_TRANSLATE_NOOP("SampleEvents", "Checkout overpaid"),
        QT_TRANSLATE_NOOP("SampleEvents", "A checkout paid more than was asked; recorded as paid.")},
    {"inqud.expired", "checkout.EXPIRED", "", "checkout", Kind::InqudExpired,
        QT_TRANSLATE_NOOP("SampleEvents", "Checkout expired"),
        QT_TRANSLATE_NOOP("SampleEvents", "A checkout that expired before anything was paid; recorded as expired.")},
    {"inqud.cancelled", "checkout.CANCELLED", "", "checkout", Kind::InqudCancelled,
        QT_TRANSLATE_NOOP("SampleEvents", "Checkout cancelled"),
        QT_TRANSLATE_NOOP("SampleEvents", "A checkout cancelled before payment; recorded as canceled.")},
    {"inqud.failed", "checkout.FAILED", "", "checkout", Kind::InqudFailed,
        QT_TRANSLATE_NOOP("SampleEvents", "Checkout failed"),
        QT_TRANSLATE_NOOP("SampleEvents", "A checkout whose payment failed; recorded as failed.")},
    {"inqud.conflict", "checkout.CONFLICT", "", "checkout", Kind::InqudConflict,
        QT_TRANSLATE_NOOP("SampleEvents", "Checkout in conflict"),
        QT_TRANSLATE_NOOP("SampleEvents", "A checkout Inqud flags as in conflict (a payment that does not match it); kept with "
             "status unknown and Inqud's status verbatim, for a person to look at.")},

    {"givecloud.contribution_paid", "contribution_paid", "", "contribution", Kind::GivecloudPaid,
        QT_TRANSLATE_NOOP("SampleEvents", "Contribution paid"),
        QT_TRANSLATE_NOOP("SampleEvents", "A paid contribution (X-Givecloud-Event: contribution_paid); recorded as a paid "
             "donation.")},
    {"givecloud.contribution_refunded", "contribution_refunded", "", "contribution",
        Kind::GivecloudRefunded,
        QT_TRANSLATE_NOOP("SampleEvents", "Contribution refunded"),
        QT_TRANSLATE_NOOP("SampleEvents", "A contribution refunded in full; the donation becomes refunded.")},
    {"givecloud.contribution_refunded_partial", "contribution_refunded", "", "contribution",
        Kind::GivecloudPartialRefund,
        QT_TRANSLATE_NOOP("SampleEvents", "Contribution partially refunded"),
        QT_TRANSLATE_NOOP("SampleEvents", "A contribution of which a part was refunded (refunded_amount below total_amount); "
             "the donation becomes partially refunded.")},
    {"givecloud.contributions_paid", "contributions_paid", "", "batch", Kind::GivecloudBatch,
        QT_TRANSLATE_NOOP("SampleEvents", "Recurring contributions paid"),
        QT_TRANSLATE_NOOP("SampleEvents", "A batch of recurring contributions charged together (a JSON array); each becomes a "
             "paid, recurring donation.")},
    {"givecloud.order_completed", "order_completed", "", "contribution", Kind::GivecloudOrder,
        QT_TRANSLATE_NOOP("SampleEvents", "Order completed (legacy event)"),
        QT_TRANSLATE_NOOP("SampleEvents", "Givecloud's older order_completed event for a paid contribution; recorded as paid, "
             "like contribution_paid.")},
    {"givecloud.supporter_updated", "supporter_updated", "", "supporter",
        Kind::GivecloudSupporter,
        QT_TRANSLATE_NOOP("SampleEvents", "Supporter updated"),
        QT_TRANSLATE_NOOP("SampleEvents", "A supporter's details changed; the request is stored for the inspector but carries "
             "no donation.")},

    {"nationbuilder.donation_succeeded", "donation_succeeded", "succeeded", "donation",
        Kind::NbSucceeded,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation succeeded"),
        QT_TRANSLATE_NOOP("SampleEvents", "A donation that succeeded, in the current payload; recorded as paid, in the "
             "endpoint's currency as NationBuilder names none.")},
    {"nationbuilder.donation_changed", "donation_changed", "changed", "donation", Kind::NbChanged,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation changed"),
        QT_TRANSLATE_NOOP("SampleEvents", "An earlier donation edited in NationBuilder; its status is read from its times, "
             "here succeeded, so paid.")},
    {"nationbuilder.donation_canceled", "donation_canceled", "canceled", "donation",
        Kind::NbCanceled,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation canceled"),
        QT_TRANSLATE_NOOP("SampleEvents", "A donation canceled after it succeeded; the donation becomes canceled.")},
    {"nationbuilder.donation_failed", "donation_failed", "failed", "failed", Kind::NbFailed,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation failed"),
        QT_TRANSLATE_NOOP("SampleEvents", "A donation whose payment failed; recorded as failed.")},
    {"nationbuilder.donation_succeeded_legacy", "donation_succeeded", "succeeded", "legacy",
        Kind::NbLegacy,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation succeeded (legacy payload)"),
        QT_TRANSLATE_NOOP("SampleEvents", "A succeeded donation in the legacy (v2) payload, with the donor in signup and "
             "US-style times read in the endpoint's time zone; recorded as paid.")},

    {"donary.schedule", "schedule_created", "schedule", "schedule", Kind::DonarySchedule,
        QT_TRANSLATE_NOOP("SampleEvents", "Schedule with first payment"),
        QT_TRANSLATE_NOOP("SampleEvents", "A payment schedule whose first installment was charged at once; becomes a "
             "scheduled commitment of the total and a paid donation linked to it.")},
    {"donary.schedule_without_first_payment", "schedule_created", "schedule", "later",
        Kind::DonaryScheduleLater,
        QT_TRANSLATE_NOOP("SampleEvents", "Schedule starting later"),
        QT_TRANSLATE_NOOP("SampleEvents", "A payment schedule that starts on a later date, with no first payment; becomes a "
             "scheduled commitment only.")},
    {"donary.charge", "payment", "charge", "charge", Kind::DonaryCharge,
        QT_TRANSLATE_NOOP("SampleEvents", "Payment"),
        QT_TRANSLATE_NOOP("SampleEvents", "A card, bank or donor-fund payment; recorded as a paid donation.")},
    {"donary.charge_declined", "payment", "charge", "charge", Kind::DonaryDeclined,
        QT_TRANSLATE_NOOP("SampleEvents", "Payment declined"),
        QT_TRANSLATE_NOOP("SampleEvents", "A payment the processor declined; recorded as failed.")},
    {"donary.void", "payment_status", "void", "charge", Kind::DonaryVoid,
        QT_TRANSLATE_NOOP("SampleEvents", "Payment voided"),
        QT_TRANSLATE_NOOP("SampleEvents", "A payment status update voiding the payment of the same variant; the donation "
             "becomes voided, even if the void arrives first.")},
    {"donary.pledge", "pledge", "pledge", "pledge", Kind::DonaryPledge,
        QT_TRANSLATE_NOOP("SampleEvents", "Pledge"),
        QT_TRANSLATE_NOOP("SampleEvents", "A promise to give later; recorded as a pledged commitment, not as money "
             "received.")},

    {"standard.donation.completed", "donation.completed", "", "gift", Kind::StandardCompleted,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation completed"),
        QT_TRANSLATE_NOOP("SampleEvents", "A signed donation.completed event; recorded as paid.")},
    {"standard.donation.pending", "donation.pending", "", "gift", Kind::StandardPending,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation pending"),
        QT_TRANSLATE_NOOP("SampleEvents", "A signed donation.pending event; recorded as pending until a later event.")},
    {"standard.donation.failed", "donation.failed", "", "gift", Kind::StandardFailed,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation failed"),
        QT_TRANSLATE_NOOP("SampleEvents", "A signed donation.failed event; recorded as failed.")},
    {"standard.donation.refunded", "donation.refunded", "", "gift", Kind::StandardRefunded,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation refunded"),
        QT_TRANSLATE_NOOP("SampleEvents", "A signed donation.refunded event; the donation becomes refunded in full.")},
    {"standard.donation.updated", "donation.updated", "", "gift", Kind::StandardUpdated,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation updated (partial refund)"),
        QT_TRANSLATE_NOOP("SampleEvents", "A signed donation.updated event, whose status comes from data.status: here "
             "partially_refunded, with the refunded amount.")},
    {"standard.donation.canceled", "donation.canceled", "", "gift", Kind::StandardCanceled,
        QT_TRANSLATE_NOOP("SampleEvents", "Donation canceled"),
        QT_TRANSLATE_NOOP("SampleEvents", "A signed donation.canceled event; the donation becomes canceled.")},
    {"standard.schedule.created", "schedule.created", "", "schedule",
        Kind::StandardScheduleCreated,
        QT_TRANSLATE_NOOP("SampleEvents", "Schedule created"),
        QT_TRANSLATE_NOOP("SampleEvents", "A recurring schedule set up; recorded as a scheduled commitment, not as money "
             "received.")},
    {"standard.schedule.canceled", "schedule.canceled", "", "schedule",
        Kind::StandardScheduleCanceled,
        QT_TRANSLATE_NOOP("SampleEvents", "Schedule canceled"),
        QT_TRANSLATE_NOOP("SampleEvents", "A recurring schedule stopped; the commitment becomes canceled.")},
    {"standard.pledge.created", "pledge.created", "", "pledge", Kind::StandardPledgeCreated,
        QT_TRANSLATE_NOOP("SampleEvents", "Pledge created"),
        QT_TRANSLATE_NOOP("SampleEvents", "A pledge made; recorded as a pledged commitment, not as money received.")},
};
// clang-format on


QString providerOf(const Definition &d)
{
    return QString::fromLatin1(d.id).section(u'.', 0, 0);
}

const Definition *definition(QStringView id)
{
    for (const Definition &d : definitions) {
        if (id == QLatin1String(d.id))
            return &d;
    }
    return nullptr;
}

Sample sampleOf(const Definition &d)
{
    return Sample {QString::fromLatin1(d.id), providerOf(d), QString::fromLatin1(d.event),
        tr(d.title), tr(d.description), QString::fromLatin1(d.endpointEvent)};
}

bool carriesAmount(Kind k)
{
    return k != Kind::GivecloudSupporter;
}

bool carriesDonor(Kind k)
{
    return k != Kind::DonaryVoid;
}

bool hasStatusField(const QString &provider, Kind k)
{
    if (provider == u"changeup" || provider == u"inqud")
        return true;
    return k == Kind::StandardUpdated || k == Kind::DonarySchedule || k == Kind::DonaryCharge
        || k == Kind::DonaryDeclined || k == Kind::DonaryVoid;
}

// The currencies each provider's variants cycle through.
QString variantCurrency(const QString &provider, Kind kind, quint64 variant)
{
    static const char *const changeup[] = {
        "USD", "EUR", "GBP", "CAD", "JPY", "ILS", "AUD", "USD", "KWD", "INR", "USDC", "CHF", "BRL"};
    static const char *const standard[] = {
        "USD", "EUR", "CAD", "GBP", "MXN", "JPY", "NZD", "ETH", "CHF"};
    static const char *const inqud[] = {
        "USDT", "BTC", "USD", "ETH", "EUR", "USDC", "BTC", "GBP", "USDT", "ETH"};
    static const char *const givecloud[] = {
        "USD", "CAD", "USD", "GBP", "AUD", "EUR", "NZD", "USD", "JPY"};
    static const char *const legacy[] = {"USD", "CAD", "GBP", "AUD"};
    static const char *const donary[] = {"USD", "USD", "CAD", "ILS", "GBP", "USD", "EUR", "AUD"};
    const char *code = "USD"; // NationBuilder's current payload: the nation's currency
    if (provider == u"changeup")
        code = pickText(changeup, variant);
    else if (provider == u"standard")
        code = pickText(standard, variant);
    else if (provider == u"inqud")
        code = pickText(inqud, variant);
    else if (provider == u"givecloud")
        code = pickText(givecloud, variant);
    else if (provider == u"donary")
        code = pickText(donary, variant);
    else if (kind == Kind::NbLegacy)
        code = pickText(legacy, variant);
    return QString::fromLatin1(code);
}

// An empty string when `provider` can carry `currency`, else why not.
QString currencyFits(const QString &provider, const QString &currency)
{
    if (provider == u"changeup" || provider == u"standard")
        return {}; // any ISO 4217 code or crypto ticker
    if (provider == u"inqud") {
        if (Currency::isKnown(currency))
            return {};
        return tr("Inqud prices checkouts in a known fiat currency and is paid in known crypto "
                  "tokens; %1 is neither")
            .arg(currency);
    }
    if (Currency::isCrypto(currency) || !Currency::isKnown(currency)) {
        const ProviderAdapter *adapter = Providers::find(provider);
        return tr("%1 takes ISO 4217 currencies only, not %2")
            .arg(adapter ? adapter->displayName() : provider, currency);
    }
    return {};
}

// ---- one build -------------------------------------------------------------------------------

struct Context
{
    Context(const Definition &definition, const QString &providerId)
        : def(definition)
        , provider(providerId)
    { }

    const Definition &def;
    QString provider;
    quint64 variant = 0;
    QDateTime now;
    quint64 story = 0; // the story's salt
    quint64 bits = 0; // random-looking bits of (story, variant)
    Money money;
    Donor donor;
    QString campaign;
    bool amountGiven = false; // by the overrides
    bool currencyGiven = false;
    bool donorGiven = false;
    bool emailGiven = false;
    QString status; // override; empty: the sample's
    QString externalId; // override; empty: the variant's

    // A choice that depends on the variant (and story) only.
    quint64 pick(quint64 salt) const { return mix(bits ^ mix(salt)); }
    // Bits of another item of the same variant (batch members).
    quint64 itemBits(int item) const { return mix(bits ^ mix(quint64(item) + 0xba7c4)); }
    Kind kind() const { return def.kind; }
    bool is(Kind k) const { return def.kind == k; }
    QDateTime ago(qint64 seconds) const { return now.addSecs(-seconds); }
};

// The other donors of a batch.
Donor otherDonor(const Context &c, int item)
{
    return donorAt(quint64(c.donor.number) + quint64(item) * 7);
}

// ---- native (changeup, standard data) --------------------------------------------------------

struct Native
{
    QString id;
    Money money;
    Donor donor;
    QString campaign;
    QDateTime donatedAt;
    QString status; // written when not empty
    std::optional<Int128> refunded;
    QString whenKey; // refundedAt, cancelledAt, updatedAt...
    QDateTime when;
    std::optional<bool> recurring;
    std::optional<int> delayReportBy;
    bool version = false;
    quint64 style = 0;
    QList<QPair<QString, Node>> extra;
};

Node nativeNode(const Native &n)
{
    Node o = Json::object();
    if (n.version)
        o.add("version", Json::number(1));
    o.add("transactionId", Json::str(n.id));
    o.add("amount",
        n.style % 4 == 1 ? Json::number(shortText(n.money)) : Json::str(n.money.toString()));
    o.add("currency", Json::str(n.money.currency));
    o.add("transactionOrderDate", Json::str(isoUtc(n.donatedAt, n.style % 2 ? 3 : 0)));
    if (!n.status.isEmpty())
        o.add("status", Json::str(n.status));
    if (n.refunded)
        o.add("refundedAmount", Json::str(unitsText(*n.refunded, n.money.currency)));
    if (!n.whenKey.isEmpty())
        o.add(n.whenKey, Json::str(isoUtc(n.when, 3)));
    const Donor &d = n.donor;
    switch (n.style / 4 % 3) {
    case 1: {
        Node donor = Json::object();
        if (givenFirst(d))
            donor.add("firstName", Json::str(d.given)).add("lastName", Json::str(d.family));
        else
            donor.add("name", Json::str(d.name));
        if (!d.email.isEmpty())
            donor.add("email", Json::str(d.email));
        o.add("donor", donor);
        break;
    }
    case 2:
        if (givenFirst(d))
            o.add("firstName", Json::str(d.given)).add("lastName", Json::str(d.family));
        else
            o.add("donorName", Json::str(d.name));
        if (!d.email.isEmpty())
            o.add("email", Json::str(d.email));
        break;
    default:
        o.add("donorName", Json::str(d.name));
        if (!d.email.isEmpty())
            o.add("donorEmail", Json::str(d.email));
        break;
    }
    if (!n.campaign.isEmpty())
        o.add("campaign", Json::str(n.campaign));
    if (n.recurring)
        o.add("recurring", Json::boolean(*n.recurring));
    if (n.delayReportBy)
        o.add("delayReportBy", Json::number(*n.delayReportBy));
    for (const auto &[key, value] : n.extra)
        o.add(key, value);
    if (n.style / 12 % 2 == 0) {
        static const char *const widgets[] = {"footer", "sidebar", "popup", "inline"};
        static const char *const sources[] = {"newsletter", "facebook", "instagram", "direct"};
        o.add("metadata",
            Json::object()
                .add("widget", Json::str(QLatin1String(pickText(widgets, n.style / 24))))
                .add("utm",
                    Json::array()
                        .push(Json::str(QLatin1String(pickText(sources, n.style / 96))))
                        .push(Json::str(QStringLiteral("donate")))));
    }
    return o;
}

// A part of `units` for a partial refund (20 to 80 per cent); none when there is no such part.
std::optional<Int128> partOf(Int128 units, quint64 pick)
{
    if (units < 2)
        return std::nullopt;
    Int128 part = units * Int128(20 + pick % 61) / 100;
    if (part < 1)
        part = 1;
    if (part >= units)
        part = units - 1;
    return part;
}

QString tooSmallForPart(const Money &m)
{
    return tr("amount %1 %2 is too small to refund a part of").arg(m.toString(), m.currency);
}

Native baseNative(const Context &c, const char *idPrefix)
{
    Native n;
    n.id = c.externalId.isEmpty() ? QLatin1String(idPrefix) + crockford(c.bits) : c.externalId;
    n.money = c.money;
    n.donor = c.donor;
    n.campaign = c.campaign;
    n.style = c.pick(10);
    n.recurring = c.pick(11) % 5 == 0 ? std::optional<bool>(true)
        : c.pick(11) % 5 < 3          ? std::optional<bool>(false)
                                      : std::nullopt;
    return n;
}

QString buildChangeUp(const Context &c, Node &body)
{
    Native n = baseNative(c, "txn_");
    n.version = c.pick(12) % 3 != 0;
    const qint64 seconds = qint64(2 + c.pick(13) % 58);
    const qint64 days = qint64(1 + c.pick(14) % 30) * Day + qint64(c.pick(15) % Day);
    n.donatedAt = c.ago(seconds);
    switch (c.kind()) {
    case Kind::NativeDelayed: {
        static const int delays[] = {14, 30, 7, 0, 45, 90, 60, 21, 1};
        n.delayReportBy = delays[c.variant % (sizeof delays / sizeof delays[0])];
        n.status = QStringLiteral("completed");
        break;
    }
    case Kind::NativePending:
        n.status = QStringLiteral("pending");
        break;
    case Kind::NativeFailed:
        n.status = QStringLiteral("failed");
        n.whenKey = QStringLiteral("updatedAt");
        n.when = c.now;
        break;
    case Kind::NativeCancelled:
        n.status = QStringLiteral("cancelled");
        n.donatedAt = c.ago(days);
        n.whenKey = QStringLiteral("cancelledAt");
        n.when = c.now;
        break;
    case Kind::NativeRefunded:
        n.status = QStringLiteral("refunded");
        n.donatedAt = c.ago(days);
        if (c.pick(16) % 2)
            n.refunded = n.money.units; // else absent: refunded in full all the same
        n.whenKey = QStringLiteral("refundedAt");
        n.when = c.now;
        break;
    case Kind::NativePartiallyRefunded:
        n.status = QStringLiteral("partially_refunded");
        n.donatedAt = c.ago(days);
        n.refunded = partOf(n.money.units, c.pick(17));
        if (!n.refunded)
            return tooSmallForPart(n.money);
        n.whenKey = QStringLiteral("refundedAt");
        n.when = c.now;
        break;
    default:
        n.status = QStringLiteral("completed");
        break;
    }
    if (!c.status.isEmpty())
        n.status = c.status;
    if (!c.is(Kind::NativeBatch)) {
        body = nativeNode(n);
        return {};
    }

    // A batch: the overrides apply to the first donation, the others are the variant's.
    const int count = 2 + int(c.pick(18) % 3);
    body = Json::array();
    if (c.externalId.isEmpty())
        n.id = QStringLiteral("txn_") + crockford(c.bits) + u'1';
    n.donatedAt = c.ago(qint64(count) * 60);
    body.push(nativeNode(n));
    for (int i = 1; i < count; ++i) {
        Native m = n;
        const quint64 bits = c.itemBits(i);
        m.id = QStringLiteral("txn_") + crockford(c.bits) + QString::number(i + 1);
        m.donor = otherDonor(c, i);
        m.money = variantAmount(variantCurrency(c.provider, c.kind(), c.variant + quint64(i)),
            c.variant + quint64(i) * 5);
        m.donatedAt = c.ago(qint64(count - i) * 60);
        m.status = QStringLiteral("completed");
        m.style = mix(bits);
        m.version = n.version;
        body.push(nativeNode(m));
    }
    return {};
}

QString buildStandard(const Context &c, Node &body)
{
    const char *prefix = c.is(Kind::StandardScheduleCreated) || c.is(Kind::StandardScheduleCanceled)
        ? "sub_"
        : c.is(Kind::StandardPledgeCreated) ? "plg_"
                                            : "don_";
    Native n = baseNative(c, prefix);
    const qint64 seconds = qint64(2 + c.pick(13) % 58);
    const qint64 days = qint64(1 + c.pick(14) % 30) * Day + qint64(c.pick(15) % Day);
    n.donatedAt = c.ago(seconds);
    const char *type = "donation.completed";
    switch (c.kind()) {
    case Kind::StandardPending:
        type = "donation.pending";
        break;
    case Kind::StandardFailed:
        type = "donation.failed";
        n.whenKey = QStringLiteral("updatedAt");
        n.when = c.now;
        break;
    case Kind::StandardRefunded:
        type = "donation.refunded";
        n.donatedAt = c.ago(days);
        n.whenKey = QStringLiteral("refundedAt");
        n.when = c.now;
        break;
    case Kind::StandardUpdated:
        type = "donation.updated";
        n.donatedAt = c.ago(days);
        n.status = c.status.isEmpty() ? QStringLiteral("partially_refunded") : c.status;
        n.refunded = partOf(n.money.units, c.pick(17));
        if (!n.refunded)
            return tooSmallForPart(n.money);
        n.whenKey = QStringLiteral("refundedAt");
        n.when = c.now;
        break;
    case Kind::StandardCanceled:
        type = "donation.canceled";
        n.donatedAt = c.ago(days);
        n.whenKey = QStringLiteral("canceledAt");
        n.when = c.now;
        break;
    case Kind::StandardScheduleCreated:
    case Kind::StandardScheduleCanceled: {
        type = c.is(Kind::StandardScheduleCreated) ? "schedule.created" : "schedule.canceled";
        n.recurring = true;
        static const char *const intervals[] = {"month", "month", "week", "year", "quarter"};
        n.extra << qMakePair(
            QStringLiteral("interval"), Json::str(QLatin1String(pickText(intervals, c.pick(19)))));
        if (c.is(Kind::StandardScheduleCanceled)) {
            n.donatedAt = c.ago(qint64(1 + c.pick(20) % 11) * 30 * Day);
            n.whenKey = QStringLiteral("canceledAt");
            n.when = c.now;
        }
        break;
    }
    case Kind::StandardPledgeCreated:
        type = "pledge.created";
        n.extra << qMakePair(QStringLiteral("dueDate"),
            Json::str(c.now.addDays(qint64(30 + c.pick(21) % 300))
                          .toString(QStringLiteral("yyyy-MM-dd"))));
        break;
    default:
        break;
    }
    body = Json::object()
               .add("type", Json::str(QLatin1String(type)))
               .add("timestamp", Json::str(isoUtc(c.now, 3)))
               .add("data", nativeNode(n));
    return {};
}

// ---- Inqud -----------------------------------------------------------------------------------

// Micro-dollars per unit of a fiat currency: how many stablecoins a fiat price asks for.
Int128 microDollars(const QString &fiat)
{
    if (fiat == u"EUR")
        return 1'085'000;
    if (fiat == u"GBP")
        return 1'270'000;
    if (fiat == u"CHF")
        return 1'130'000;
    if (fiat == u"CAD")
        return 735'000;
    if (fiat == u"AUD")
        return 660'000;
    if (fiat == u"JPY")
        return 6'700;
    if (fiat == u"ILS")
        return 270'000;
    return 1'000'000;
}

Int128 ceilDiv(Int128 a, Int128 b)
{
    return (a + b - 1) / b;
}

QString buildInqud(const Context &c, Node &body)
{
    enum class Paid { Absent, Zero, Part, Full, Over, Conflict };
    const char *status = "NEW";
    Paid paidKind = Paid::Absent;
    switch (c.kind()) {
    case Kind::InqudWaiting:
        status = "WAITING_PAYMENT";
        paidKind = Paid::Zero;
        break;
    case Kind::InqudPartiallyPaid:
        status = "PARTIALLY_PAID";
        paidKind = Paid::Part;
        break;
    case Kind::InqudCompleted:
        status = "COMPLETED";
        paidKind = Paid::Full;
        break;
    case Kind::InqudOverpaid:
        status = "OVERPAID";
        paidKind = Paid::Over;
        break;
    case Kind::InqudExpired:
        status = "EXPIRED";
        paidKind = Paid::Zero;
        break;
    case Kind::InqudCancelled:
        status = "CANCELLED";
        paidKind = Paid::Zero;
        break;
    case Kind::InqudFailed:
        status = "FAILED";
        paidKind = Paid::Zero;
        break;
    case Kind::InqudConflict:
        status = "CONFLICT";
        paidKind = Paid::Conflict;
        break;
    default:
        break;
    }

    // A fiat amount is the checkout's price, paid in a stablecoin; a crypto amount is what is
    // asked. The donation's amount is the price, else what was paid, else what was asked: so an
    // amount asked for in crypto is what was paid, and the request follows from it.
    const bool priced = !Currency::isCrypto(c.money.currency);
    const bool paidGiven = !priced && c.amountGiven;
    const QString pay = priced ? (c.pick(30) % 2 ? QStringLiteral("USDC") : QStringLiteral("USDT"))
                               : c.money.currency;
    const int pct = 40 + int(c.pick(31) % 50); // of the request, for a partial payment
    const int over = 1 + int(c.pick(32) % 5); // per cent paid too much
    Int128 request = 0;
    Int128 paid = 0;
    if (!paidGiven) {
        request = c.money.units;
        if (priced) {
            const int fiatScale = Currency::scale(c.money.currency);
            request = c.money.units * microDollars(c.money.currency) * pow10(Currency::scale(pay))
                / (pow10(fiatScale) * 1'000'000);
        }
        if (request < 1)
            request = 1;
        switch (paidKind) {
        case Paid::Part:
            paid = std::max<Int128>(1, request * pct / 100);
            break;
        case Paid::Full:
            paid = request;
            break;
        case Paid::Over:
            paid = request + std::max<Int128>(1, request * over / 100);
            break;
        case Paid::Conflict:
            paid = std::max<Int128>(1, request * 97 / 100);
            break;
        default:
            break;
        }
    } else {
        const Int128 a = c.money.units;
        switch (paidKind) {
        case Paid::Part:
            paid = a;
            request = std::max(a + 1, ceilDiv(a * 100, pct));
            break;
        case Paid::Full:
            paid = request = a;
            break;
        case Paid::Over:
            if (a < 2)
                return tr("amount %1 %2 is too small for an overpaid checkout")
                    .arg(c.money.toString(), c.money.currency);
            paid = a;
            request = std::min(a - 1, a * 100 / (100 + over));
            break;
        case Paid::Conflict:
            paid = a;
            request = std::max(a + 1, ceilDiv(a * 100, 97));
            break;
        default:
            request = a;
            break;
        }
    }

    const QString blockchain = pay == u"BTC" ? QStringLiteral("BITCOIN")
        : pay == u"LTC"                      ? QStringLiteral("LITECOIN")
        : pay == u"TRX"                      ? QStringLiteral("TRON")
        : pay == u"SOL"                      ? QStringLiteral("SOLANA")
        : pay == u"USDT" && c.pick(33) % 3   ? QStringLiteral("TRON")
                                             : QStringLiteral("ETHEREUM");
    const QDateTime created = c.is(Kind::InqudNew) ? c.now
        : c.is(Kind::InqudExpired)                 ? c.ago(3600 + qint64(c.pick(34) % 1800))
                                                   : c.ago(60 * qint64(3 + c.pick(34) % 40));
    const quint64 nanos = c.pick(35);

    Node o = Json::object();
    o.add("id",
        Json::str(c.externalId.isEmpty() ? QStringLiteral("CCO-") + uuid(c.bits, mix(c.bits))
                                         : c.externalId));
    o.add("projectId", Json::str(QStringLiteral("PRJ-000") + QString::number(1 + c.variant % 4)));
    o.add("projectName", Json::str(c.campaign));
    if (priced)
        o.add("clientOrderId",
            Json::str(QStringLiteral("order-")
                + c.now.toUTC().toString(QStringLiteral("yyyy-MM-dd")) + u'-'
                + QString::number(1000 + c.variant % 9000)));
    o.add("status", Json::str(c.status.isEmpty() ? QLatin1String(status) : c.status));
    o.add("name", Json::str(QStringLiteral("Donation")));
    o.add("type",
        Json::str(
            priced ? QStringLiteral("FIXED_PRICE") : QStringLiteral("SUGGESTED_FIXED_PRICE")));
    if (priced)
        o.add("fixedAmount",
            Json::object()
                .add("amount",
                    c.pick(36) % 3 == 0 ? Json::number(shortText(c.money))
                                        : Json::str(c.money.toString()))
                .add("currency", Json::str(c.money.currency)));
    o.add("createdAt", Json::str(isoUtc(created, 9, nanos)));
    o.add("expiresAt", Json::str(isoUtc(created.addSecs(3600), 9, nanos)));
    o.add("currency", Json::str(pay));
    o.add("blockchain", Json::str(blockchain));
    o.add("requestAmount", Json::str(unitsText(request, pay)));
    if (paid > 0 || priced)
        o.add("payAmount", Json::str(unitsText(request, pay)));
    if (paidKind != Paid::Absent)
        o.add("paidAmount",
            paid > 0 ? Json::str(unitsText(paid, pay)) : Json::str(QStringLiteral("0")));
    if (paid > 0) {
        o.add("overpaid", Json::boolean(paidKind == Paid::Over));
        const QString hash = hexText(mix(c.bits ^ 1), 16) + hexText(mix(c.bits ^ 2), 16)
            + hexText(mix(c.bits ^ 3), 16) + hexText(mix(c.bits ^ 4), 16);
        o.add("txHash", Json::str(blockchain == u"ETHEREUM" ? QStringLiteral("0x") + hash : hash));
    }
    if (!c.is(Kind::InqudNew))
        o.add("lastUpdatedAt", Json::str(isoUtc(c.now, 9, mix(nanos))));
    const quint64 who = c.pick(37) % 3; // crypto donors often leave no name
    if ((who > 0 || c.emailGiven) && !c.donor.email.isEmpty())
        o.add("customerEmail", Json::str(c.donor.email));
    if (who > 1 || c.donorGiven)
        o.add("customerName", Json::str(c.donor.name));
    body = o;
    return {};
}

// ---- Givecloud -------------------------------------------------------------------------------

// "2021-03-29T23:12:35.000000Z"
QString givecloudTime(const QDateTime &t)
{
    return isoUtc(t, 6, 0);
}

struct Contribution
{
    QString id;
    Money money;
    Donor donor;
    QDateTime ordered;
    std::optional<Int128> refunded;
    QDateTime refundedAt;
    bool recurring = false;
    quint64 bits = 0;
};

Node givecloudAmount(const Money &m, Int128 units, bool asText)
{
    const int scale = Currency::scale(m.currency);
    if (asText && scale <= 4) // "250.0000", as some Givecloud versions write amounts
        return Json::str(formatUnits(units * pow10(4 - scale), 4));
    return Json::number(Decimal(units, scale).toString());
}

Node supporterNode(const Donor &d, quint64 bits)
{
    return Json::object()
        .add("id", Json::str(givecloudId(quint64(d.number), 777 + bits % 1000)))
        .add("display_name", Json::str(d.name))
        .add("first_name", Json::str(d.given))
        .add("last_name", Json::str(d.family))
        .add("email", Json::strOrNull(d.email));
}

Node contributionNode(const Context &c, const Contribution &k)
{
    const quint64 style = mix(k.bits ^ 0x6c0d);
    const bool textAmounts = style % 4 == 3;
    const QString &code = k.money.currency;
    const Int128 refunded = k.refunded.value_or(0);
    static const char *const sources[][2] = {{"newsletter", "email"}, {"facebook", "social"},
        {"google", "cpc"}, {"direct", "none"}, {"instagram", "social"}};
    const auto *source = sources[style / 4 % 5];
    static const char *const gateways[] = {"stripe", "stripe", "paypal", "authorizenet", "nmi"};

    Node o = Json::object();
    o.add("id", Json::str(k.id));
    o.add("contribution_number", Json::str(hexText(mix(k.bits ^ 0xc0), 10).toUpper()));
    if (style / 32 % 3 == 2)
        o.add("currency",
            Json::object()
                .add("iso_code", Json::str(code))
                .add("symbol", Json::str(symbolOf(code).trimmed())));
    else
        o.add("currency", Json::str(code));
    o.add("is_paid", Json::boolean(true));
    o.add("ordered_at", Json::str(givecloudTime(k.ordered)));
    o.add("created_at", Json::str(givecloudTime(k.ordered.addSecs(-2))));
    o.add("recurring_item_count", Json::number(k.recurring ? 1 : 0));
    o.add("subtotal_amount", givecloudAmount(k.money, k.money.units, textAmounts));
    o.add("total_amount", givecloudAmount(k.money, k.money.units, textAmounts));
    o.add("refunded_amount",
        k.refunded ? givecloudAmount(k.money, refunded, textAmounts) : Json::null());
    o.add("refunded_at", k.refunded ? Json::str(givecloudTime(k.refundedAt)) : Json::null());
    o.add("balance_amount", givecloudAmount(k.money, k.money.units - refunded, textAmounts));
    o.add("http_referer",
        Json::str(QStringLiteral("https://hopefoundation.givecloud.co/donate/")
            + (k.recurring ? QStringLiteral("monthly") : QStringLiteral("give"))
            + QStringLiteral("?utm_source=") + QLatin1String(source[0])));
    o.add("tracking_source", Json::str(QLatin1String(source[0])));
    o.add("tracking_medium", Json::str(QLatin1String(source[1])));
    o.add("tracking_campaign", Json::strOrNull(c.campaign));
    o.add("supporter", supporterNode(k.donor, 0));
    o.add("line_items",
        Json::array().push(
            Json::object()
                .add("id", Json::str(givecloudId(mix(k.bits ^ 0x11e), 4242)))
                .add("is_recurring", Json::boolean(k.recurring))
                .add("payment_string",
                    Json::str(formatted(k.money) + u' ' + code
                        + (k.recurring ? QStringLiteral(" monthly") : QStringLiteral(" one-time"))))
                .add("recurring_description",
                    k.recurring ? Json::str(QStringLiteral("Monthly")) : Json::null())
                .add("total", givecloudAmount(k.money, k.money.units, false))));
    o.add("payments",
        Json::array().push(
            Json::object()
                .add("id", Json::str(givecloudId(mix(k.bits ^ 0x9a7), 9191)))
                .add("type", Json::str(QStringLiteral("card")))
                .add("status",
                    Json::str(k.refunded && refunded >= k.money.units
                            ? QStringLiteral("refunded")
                            : QStringLiteral("succeeded")))
                .add("amount", givecloudAmount(k.money, k.money.units, false))
                .add("amount_refunded", givecloudAmount(k.money, refunded, false))
                .add("currency",
                    Json::object()
                        .add("iso_code", Json::str(code))
                        .add("symbol", Json::str(symbolOf(code).trimmed())))
                .add("captured_at", Json::str(givecloudTime(k.ordered.addSecs(3))))
                .add("gateway", Json::str(QLatin1String(pickText(gateways, style / 96))))));
    o.add("email", Json::strOrNull(k.donor.email));
    return o;
}

QString buildGivecloud(const Context &c, Node &body)
{
    const quint64 storyId = c.story % 1'000'000;
    if (c.is(Kind::GivecloudSupporter)) {
        const Money lifetime = variantAmount(QStringLiteral("USD"), c.variant * 3);
        const QString id = c.externalId.isEmpty() ? givecloudId(c.variant, storyId) : c.externalId;
        body = Json::object()
                   .add("id", Json::str(id))
                   .add("display_name", Json::str(c.donor.name))
                   .add("first_name", Json::str(c.donor.given))
                   .add("last_name", Json::str(c.donor.family))
                   .add("email", Json::strOrNull(c.donor.email))
                   .add("created_at",
                       Json::str(givecloudTime(c.ago(qint64(30 + c.pick(40) % 700) * Day))))
                   .add("updated_at", Json::str(givecloudTime(c.now)))
                   .add("lifetime_donation_amount", Json::str(formatUnits(lifetime.units * 100, 4)))
                   .add("lifetime_donation_count", Json::number(qint64(1 + c.pick(41) % 12)));
        return {};
    }

    Contribution k;
    k.id = c.externalId.isEmpty() ? givecloudId(c.variant, storyId) : c.externalId;
    k.money = c.money;
    k.donor = c.donor;
    k.bits = c.bits;
    k.ordered = c.ago(qint64(3 + c.pick(42) % 50));
    k.recurring = c.pick(43) % 4 == 0;
    if (c.is(Kind::GivecloudRefunded) || c.is(Kind::GivecloudPartialRefund)) {
        k.ordered = c.ago(qint64(1 + c.pick(44) % 40) * Day + qint64(c.pick(45) % Day));
        k.refundedAt = c.now;
        k.refunded = c.is(Kind::GivecloudRefunded) ? std::optional<Int128>(k.money.units)
                                                   : partOf(k.money.units, c.pick(46));
        if (!k.refunded)
            return tooSmallForPart(k.money);
    }
    if (!c.is(Kind::GivecloudBatch)) {
        body = contributionNode(c, k);
        return {};
    }
    // A recurring batch: the overrides apply to the first contribution.
    const int count = 2 + int(c.pick(47) % 3);
    body = Json::array();
    if (c.externalId.isEmpty())
        k.id = givecloudId(Int128(c.variant) * 8, storyId);
    k.recurring = true;
    k.bits = c.itemBits(0);
    k.ordered = c.ago(qint64(count) * 60 + 5);
    body.push(contributionNode(c, k));
    for (int i = 1; i < count; ++i) {
        Contribution m = k;
        m.bits = c.itemBits(i);
        m.id = givecloudId(Int128(c.variant) * 8 + i, storyId);
        m.donor = otherDonor(c, i);
        m.money = variantAmount(c.money.currency, c.variant + quint64(i) * 3);
        m.ordered = c.ago(qint64(count - i) * 60 + 5);
        body.push(contributionNode(c, m));
    }
    return {};
}

// ---- NationBuilder ---------------------------------------------------------------------------

Node numericId(const QString &id)
{
    bool digitsOnly = !id.isEmpty() && id.size() <= 15 && id.at(0) != u'0';
    for (const QChar ch : id)
        digitsOnly = digitsOnly && ch >= u'0' && ch <= u'9';
    return digitsOnly ? Json::number(id) : Json::str(id);
}

QString buildNationBuilder(const Context &c, Node &body)
{
    // NationBuilder's sign() reads the body through a double: keep integers exact there.
    if (c.money.units >= (Int128(1) << 53))
        return tr("amount %1 %2 is too large for NationBuilder's amount_in_cents")
            .arg(c.money.toString(), c.money.currency);
    const bool legacy = c.is(Kind::NbLegacy);
    const int storyIndex = legacy ? 2 : c.is(Kind::NbFailed) ? 1 : 0;
    const QString id = c.externalId.isEmpty()
        ? int128ToString(10'000 + Int128(c.variant) * 4 + storyIndex)
        : c.externalId;
    static const char *const paymentTypes[] = {
        "Credit Card", "Credit Card", "Credit Card", "Check", "Cash", "ACH"};
    const QString paymentType = QLatin1String(pickText(paymentTypes, c.pick(50)));
    const qint64 earlier = qint64(1 + c.pick(51) % 20) * Day + qint64(c.pick(52) % Day);

    QDateTime created = c.ago(5 + qint64(c.pick(53) % 30));
    QDateTime succeeded = c.now;
    QDateTime failed;
    QDateTime canceled;
    if (c.is(Kind::NbChanged) || c.is(Kind::NbCanceled)) {
        succeeded = c.ago(earlier);
        created = succeeded.addSecs(-5);
        if (c.is(Kind::NbCanceled))
            canceled = c.now;
    } else if (c.is(Kind::NbFailed)) {
        succeeded = QDateTime();
        failed = c.now;
    } else if (legacy) {
        created = c.ago(120);
    }
    const Donor &d = c.donor;

    if (legacy) {
        auto time = [](const QDateTime &t) {
            return t.isValid() ? Json::str(usLegacy(t)) : Json::null();
        };
        Node donation = Json::object();
        donation.add("donation_nationbuilder_id", numericId(id));
        donation.add("amount", Json::str(formatted(c.money)));
        donation.add("amount_in_cents", Json::number(int128ToString(c.money.units)));
        donation.add("currency", Json::str(c.money.currency));
        donation.add("succeeded_at", time(succeeded));
        donation.add("failed_at", time(failed));
        donation.add("canceled_at", time(canceled));
        donation.add("created_at", time(created));
        donation.add("page_slug", Json::null());
        donation.add("tracking_code_slug", Json::str(c.campaign));
        donation.add("payment_type_name", Json::str(paymentType));
        donation.add("check_number",
            paymentType == u"Check" ? Json::str(QString::number(1000 + c.variant % 9000))
                                    : Json::null());
        donation.add("signup",
            Json::object()
                .add("nationbuilder_id", Json::number(75'000 + d.number))
                .add("first_name", Json::str(d.given))
                .add("last_name", Json::str(d.family))
                .add("full_name", c.donorGiven || c.pick(54) % 2 ? Json::str(d.name) : Json::null())
                .add("email1", Json::strOrNull(d.email))
                .add("email2", Json::null()));
        body = Json::object().add("payload", Json::object().add("donation", donation));
        return {};
    }

    const QTimeZone &zone = easternZone();
    auto time = [&](const QDateTime &t) {
        return t.isValid() ? Json::str(isoOffset(t, zone)) : Json::null();
    };
    Node donation = Json::object();
    donation.add("id", numericId(id));
    donation.add("amount", Json::str(formatted(c.money)));
    donation.add("amount_in_cents", Json::number(int128ToString(c.money.units)));
    donation.add("created_at", time(created));
    donation.add("updated_at", Json::str(isoOffset(c.now, zone)));
    donation.add("succeeded_at", time(succeeded));
    donation.add("failed_at", time(failed));
    donation.add("canceled_at", time(canceled));
    donation.add("donor",
        Json::object()
            .add("id", Json::number(75'000 + d.number))
            .add("first_name", Json::str(d.given))
            .add("last_name", Json::str(d.family))
            .add("email", Json::strOrNull(d.email)));
    donation.add("email", Json::strOrNull(d.email));
    donation.add("first_name", Json::str(d.given));
    donation.add("last_name", Json::str(d.family));
    donation.add("page_slug", Json::str(c.campaign));
    donation.add("tracking_code_slug",
        c.pick(55) % 3 == 0 ? Json::str(QStringLiteral("email-blast")) : Json::null());
    donation.add("recurring_donation_id",
        c.pick(56) % 4 == 0 ? Json::number(qint64(500 + c.pick(57) % 500)) : Json::null());
    donation.add("pledge_id", Json::null());
    donation.add("payment_type_name", Json::str(paymentType));
    donation.add("is_private", Json::boolean(c.pick(58) % 20 == 0));
    body = Json::object()
               .add("nation_slug", Json::str(QStringLiteral("hopefoundation")))
               .add("payload", Json::object().add("donation", donation))
               .add("version", Json::number(4));
    return {};
}

// ---- Donary ----------------------------------------------------------------------------------

QString buildDonary(const Context &c, Node &body)
{
    const quint64 style = c.pick(60);
    // .NET serializers differ between Donary's webhooks: camelCase, PascalCase, OrgGUID.
    const int casing = style % 10 == 7 ? 2 : style % 5 == 2 ? 1 : 0;
    auto key = [casing](const char *name) {
        QString k = QString::fromLatin1(name);
        if (casing > 0)
            k[0] = k.at(0).toUpper();
        if (casing == 2 && k == u"OrgGuid")
            k = QStringLiteral("OrgGUID");
        return k;
    };
    const bool localTimes = style / 10 % 2 == 1 && easternZone().isValid();
    const bool numberAmounts = style / 20 % 2 == 1;
    const bool arrays = style / 40 % 2 == 1;
    auto time = [&](Node &o, const char *name, const QDateTime &t) {
        if (localTimes)
            o.add(key(name), Json::str(localT(t, easternZone())))
                .add(key("timezone"), Json::str(QStringLiteral("Eastern Standard Time")));
        else
            o.add(key(name), Json::str(spaced(t)));
    };
    auto amount = [&](const Money &m) {
        return numberAmounts ? Json::number(shortText(m)) : Json::str(m.toString());
    };
    auto info = [&](const char *numberKey, qint64 number, const char *nameKey,
                    const QString &value) {
        const Node o = Json::object()
                           .add(key(numberKey), Json::number(number))
                           .add(key(nameKey), Json::str(value));
        return arrays ? Json::array().push(o) : o;
    };
    auto donorInfo = [&](bool asNew) {
        Node person = Json::object()
                          .add(key("firstName"), Json::str(c.donor.given))
                          .add(key("lastName"), Json::str(c.donor.family));
        if (!c.donor.email.isEmpty())
            person.add(key("email"), Json::str(c.donor.email));
        Node o = Json::object().add(key("donorNumber"), Json::number(1'000'000 + c.donor.number));
        if (asNew)
            return o.add(key("newDonor"), person);
        for (qsizetype i = 0; i < person.keys.size(); ++i)
            o.add(person.keys.at(i), person.items.at(i));
        return o;
    };
    auto donorNumberAndEmail = [&]() {
        Node o = Json::object().add(key("donorNumber"), Json::number(1'000'000 + c.donor.number));
        if (!c.donor.email.isEmpty())
            o.add(key("email"), Json::str(c.donor.email));
        return o;
    };
    const QString currency =
        style / 80 % 7 == 3 ? c.money.currency.toLower() : c.money.currency; // "usd" happens
    static const char *const reasons[] = {
        "General", "Gold Reason", "Building fund", "Yahrzeit", "Simcha"};
    const QString reason = QLatin1String(pickText(reasons, style / 560));
    const qint64 campaignNumber = 1000 + qint64(c.variant % 6);
    const QString org = uuid(0x0a6f00d5eed00001ULL, 0x9e3779b97f4a7c15ULL, true);
    auto paymentNumber = [&](int storyIndex) {
        return int128ToString(100'000 + Int128(c.variant) * 4 + storyIndex);
    };

    Node o = Json::object();
    o.add(key("orgGuid"), Json::str(org));
    switch (c.kind()) {
    case Kind::DonaryVoid: {
        const QString number = c.externalId.isEmpty() ? paymentNumber(0) : c.externalId;
        o.add(key("paymentNumber"), style % 3 == 0 ? numericId(number) : Json::str(number));
        o.add(key("paymentStatus"),
            Json::str(c.status.isEmpty() ? QStringLiteral("Voided") : c.status));
        time(o, "statusDateTime", c.now);
        // The status update may repeat the payment's amount.
        if (style / 3 % 2 == 1 || c.amountGiven || c.currencyGiven) {
            o.add(key("amount"), amount(c.money));
            o.add(key("currency"), Json::str(currency));
        }
        break;
    }
    case Kind::DonaryPledge:
        o.add(key("pledgeNumber"),
            numericId(c.externalId.isEmpty() ? int128ToString(300 + Int128(c.variant) * 4)
                                             : c.externalId));
        o.add(key("pledgeAmount"), amount(c.money));
        o.add(key("currency"), Json::str(currency));
        time(o, "pledgeDate", c.now);
        o.add(key("donorInfo"), donorInfo(true));
        o.add(key("reasonInfo"), Json::object().add(key("reasonName"), Json::str(reason)));
        o.add(key("campaignInfo"),
            info("campaignNumber", campaignNumber, "campaignName", c.campaign));
        break;
    case Kind::DonarySchedule:
    case Kind::DonaryScheduleLater: {
        // The amount is the schedule's total, in installments that divide it exactly.
        static const int counts[] = {12, 10, 18, 6, 4, 24, 3, 2, 36, 5};
        int count = 1;
        for (size_t i = 0; i < sizeof counts / sizeof counts[0]; ++i) {
            const int n = counts[(c.variant + i) % (sizeof counts / sizeof counts[0])];
            if (c.money.units % n == 0) {
                count = n;
                break;
            }
        }
        const Money installment {c.money.currency, c.money.units / count};
        static const char *const frequencies[] = {
            "Monthly", "Monthly", "Monthly_Hebrew", "Weekly", "Annually"};
        const bool later = c.is(Kind::DonaryScheduleLater);
        const QDateTime start = later ? c.now.addDays(qint64(1 + c.pick(61) % 60)) : c.now;
        o.add(key("scheduleUniqueID"),
            Json::str(c.externalId.isEmpty() ? uuid(c.bits, mix(c.bits ^ 9), style % 2 == 0)
                                             : c.externalId));
        o.add(key("totalScheduleAmount"), amount(c.money));
        o.add(key("countOfSchedules"),
            style / 7 % 2 ? Json::number(count) : Json::str(QString::number(count)));
        o.add(key("frequency"), Json::str(QLatin1String(pickText(frequencies, style / 14))));
        o.add(key("scheduleStartDate"),
            Json::str(start.toUTC().toString(QStringLiteral("yyyy-MM-dd 00:00:00"))));
        o.add(key("currency"), Json::str(currency));
        time(o, "deviceDateTime", c.now);
        o.add(key("donorInfo"), donorInfo(true));
        o.add(key("campaignInfo"),
            info("campaignNumber", campaignNumber, "campaignName", c.campaign));
        o.add(key("reasonInfo"),
            info("reasonNumber", 1001 + qint64(c.variant % 5), "reasonName", reason));
        o.add(key("collectorInfo"),
            info("collectorNumber", 1234568, "collectorName", QStringLiteral("Front desk")));
        if (later) {
            if (style / 3 % 2 == 0)
                o.add(key("firstPayment"), Json::null());
            break;
        }
        Node first = Json::object();
        time(first, "processedDateTime", c.ago(5));
        first.add(key("amount"), amount(installment));
        first.add(key("paymentNumber"), Json::str(paymentNumber(1)));
        first.add(key("paymentStatus"),
            Json::str(c.status.isEmpty() ? QStringLiteral("Success") : c.status));
        first.add(key("gatewayRefNum"), Json::str(QStringLiteral("ch_") + alnum(c.bits ^ 11, 24)));
        first.add(key("paymentMethod"), Json::str(QStringLiteral("Matbia")));
        first.add(key("gatewayName"), Json::str(QStringLiteral("Matbia")));
        first.add(key("brand"), Json::str(QStringLiteral("Matbia")));
        first.add(key("last4Digits"), Json::str(QString::number(1000 + c.variant % 9000)));
        first.add(key("deviceName"), Json::str(QStringLiteral("Kiosk 2")));
        o.add(key("firstPayment"), arrays ? Json::array().push(first) : first);
        break;
    }
    default: {
        // A payment (charge), accepted or declined.
        static const char *const methods[] = {
            "Credit_Card", "Credit_Card", "ACH", "OJC", "Matbia", "Donors_Fund", "Pledger"};
        const QString number = c.externalId.isEmpty() ? paymentNumber(0) : c.externalId;
        o.add(key("paymentNumber"), style % 3 == 0 ? numericId(number) : Json::str(number));
        o.add(key("amount"), amount(c.money));
        o.add(key("currency"), Json::str(currency));
        o.add(key("gatewayRefNum"), Json::str(QStringLiteral("pi_") + alnum(c.bits ^ 12, 24)));
        o.add(key("paymentMethod"), Json::str(QLatin1String(pickText(methods, style / 6))));
        QString status = c.status;
        if (status.isEmpty() && c.is(Kind::DonaryDeclined))
            status = style / 6 % 5 == 0 ? QStringLiteral("Error") : QStringLiteral("Declined");
        if (status.isEmpty() && style / 42 % 5 < 3)
            status = QStringLiteral("Success"); // else absent: a success all the same
        if (!status.isEmpty())
            o.add(key("paymentStatus"), Json::str(status));
        time(o, "processedDateTime", c.ago(qint64(2 + c.pick(62) % 30)));
        o.add(key("cardHolderName"), Json::str(c.donor.name));
        o.add(key("isAnonymousDonation"), Json::boolean(false));
        o.add(key("campaignInfo"),
            info("campaignNumber", campaignNumber, "campaignName", c.campaign));
        o.add(key("reasonInfo"), Json::object().add(key("reasonName"), Json::str(reason)));
        // The donor's name is in donorInfo or only on the card.
        o.add(key("donorInfo"), style / 210 % 2 ? donorInfo(false) : donorNumberAndEmail());
        break;
    }
    }
    body = o;
    return {};
}

// ---- dispatch --------------------------------------------------------------------------------

HeaderList headersFor(const Context &c)
{
    HeaderList h;
    if (c.provider == u"donary") {
        h << qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8"));
        return h;
    }
    h << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    if (c.provider == u"changeup")
        h << qMakePair(QByteArray("User-Agent"), QByteArray("ChangeUp-DMS/2.4 (+webhooks)"));
    else if (c.provider == u"standard")
        h << qMakePair(QByteArray("User-Agent"), QByteArray("PartnerPay-Webhooks/1.8"));
    else if (c.provider == u"inqud")
        h << qMakePair(QByteArray("User-Agent"), QByteArray("Inqud-Webhooks/1.0"));
    else if (c.provider == u"nationbuilder")
        h << qMakePair(QByteArray("User-Agent"), QByteArray("NationBuilder-Webhooks"))
          << qMakePair(QByteArray("Accept"), QByteArray("*/*"));
    else if (c.provider == u"givecloud") // sign() adds User-Agent, X-Givecloud-Delivery and -Domain
        h << qMakePair(QByteArray("X-Givecloud-Event"), QByteArray(c.def.event));
    return h;
}

// The campaign of a provider's variant, from the demo data's vocabulary (index of a demo
// endpoint of the same kind).
int campaignEndpoint(const Context &c)
{
    if (c.provider == u"changeup")
        return c.variant % 2 ? 1 : 0;
    if (c.provider == u"inqud")
        return 3;
    if (c.provider == u"givecloud")
        return c.is(Kind::GivecloudBatch) ? 5 : 4;
    if (c.provider == u"nationbuilder")
        return c.is(Kind::NbLegacy) ? 7 : 6;
    if (c.provider == u"donary")
        return 8;
    return c.variant % 3 ? 9 : 2;
}

Built failure(const QString &why)
{
    Built b;
    b.error = why;
    return b;
}

} // namespace

QList<Sample> all()
{
    QList<Sample> out;
    for (const QString &provider : Providers::ids()) {
        for (const Definition &d : definitions) {
            if (providerOf(d) == provider)
                out << sampleOf(d);
        }
    }
    return out;
}

QList<Sample> forProvider(QStringView provider)
{
    QList<Sample> out;
    for (const Definition &d : definitions) {
        if (providerOf(d) == provider)
            out << sampleOf(d);
    }
    return out;
}

std::optional<Sample> find(QStringView id)
{
    if (const Definition *d = definition(id))
        return sampleOf(*d);
    return std::nullopt;
}

Built build(const Sample &sample, quint64 variant, const Overrides &overrides, const QDateTime &now)
{
    const Definition *def = definition(sample.id);
    if (!def)
        return failure(tr("unknown sample \"%1\"").arg(sample.id));
    Context c(*def, providerOf(*def));
    c.variant = variant;
    c.now = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toUTC();
    c.story = mix(stableHash(c.provider.toLatin1().constData()) ^ stableHash(def->story));
    c.bits = mix(variant ^ c.story);
    const quint64 providerOffset = stableHash(c.provider.toLatin1().constData()) % 101;

    // Currency and amount.
    const QString currencyText = overrides.currency.trimmed();
    const QString amountText = overrides.amount.trimmed();
    if ((!currencyText.isEmpty() || !amountText.isEmpty()) && !carriesAmount(def->kind))
        return failure(tr("%1 carries no amount or currency").arg(sample.id));
    QString currency = variantCurrency(c.provider, def->kind, variant);
    if (!currencyText.isEmpty()) {
        currency = Currency::normalize(currencyText);
        if (currency.isEmpty())
            return failure(tr("currency \"%1\" is not a currency code").arg(currencyText));
    }
    if (QString why = currencyFits(c.provider, currency); !why.isEmpty())
        return failure(why);
    c.money = variantAmount(currency, variant + providerOffset);
    if (!amountText.isEmpty()) {
        QString why;
        const auto amount = Decimal::parse(amountText, &why);
        if (!amount)
            return failure(tr("amount \"%1\": %2").arg(amountText, why));
        if (amount->isNegative() || amount->isZero())
            return failure(tr("amount \"%1\": must be more than zero").arg(amountText));
        const auto money = Money::fromDecimal(*amount, currency, &why);
        if (!money)
            return failure(tr("amount \"%1\": %2").arg(amountText, why));
        if (money->units >= Int128(1'000'000'000'000'000) * pow10(Currency::scale(currency)))
            return failure(tr("amount \"%1\": too large for a sample").arg(amountText));
        c.money = *money;
    }
    c.amountGiven = !amountText.isEmpty();
    c.currencyGiven = !currencyText.isEmpty();

    // Donor.
    c.donor = donorAt(variant + providerOffset);
    const QString name = overrides.donorName.trimmed();
    const QString email = overrides.donorEmail.trimmed();
    if ((!name.isEmpty() || !email.isEmpty()) && !carriesDonor(def->kind))
        return failure(tr("%1 names no donor").arg(sample.id));
    if (!name.isEmpty()) {
        // Split where "first last" gives the name back exactly.
        const qsizetype space = name.indexOf(u' ');
        c.donor.given = space < 0 ? name : name.left(space);
        c.donor.family = space < 0 ? QString() : name.mid(space + 1);
        c.donor.name = name;
        c.donorGiven = true;
    }
    if (!email.isEmpty()) {
        c.donor.email = email;
        c.emailGiven = true;
    }

    c.status = overrides.status.trimmed();
    if (!c.status.isEmpty() && !hasStatusField(c.provider, def->kind))
        return failure(
            tr("%1 has no status field: its status follows from the event").arg(sample.id));
    c.externalId = overrides.externalId.trimmed();
    c.campaign = DemoData::campaignName(
        campaignEndpoint(c), int(mix(c.bits ^ 0xca) % 1000), c.now.toMSecsSinceEpoch());

    Node body;
    QString why;
    Json::Escaping escaping = Json::Escaping::Utf8;
    if (c.provider == u"changeup") {
        why = buildChangeUp(c, body);
    } else if (c.provider == u"standard") {
        why = buildStandard(c, body);
    } else if (c.provider == u"inqud") {
        why = buildInqud(c, body);
    } else if (c.provider == u"givecloud") {
        why = buildGivecloud(c, body);
        escaping = Json::Escaping::Php;
    } else if (c.provider == u"nationbuilder") {
        why = buildNationBuilder(c, body);
        if (c.is(Kind::NbLegacy))
            escaping = Json::Escaping::Slashes;
    } else {
        why = buildDonary(c, body);
    }
    if (!why.isEmpty())
        return failure(why);

    for (const auto &[path, value] : overrides.set) {
        if (QString error = Json::applyEdit(body, path, value, c.provider == u"donary");
            !error.isEmpty())
            return failure(error);
    }

    Built out;
    out.body = Json::write(body, escaping);
    out.headers = headersFor(c);
    return out;
}

} // namespace SampleEvents
