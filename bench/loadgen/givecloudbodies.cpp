#include "givecloudbodies.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>
#include <thread>

namespace GivecloudBodies {

namespace {

// splitmix64: cheap, well mixed, and the same on every machine.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QByteArray base36(quint64 v, int width)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray s;
    while (v > 0 || s.size() < width) {
        s.prepend(alphabet[v % 36]);
        v /= 36;
    }
    return s;
}

QByteArray hex(quint64 v, int digits)
{
    return QByteArray::number(v, 16).rightJustified(digits, '0').right(digits);
}

QByteArray givecloudTime(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + ".000000+00:00";
}

QByteArray amountText(qint64 cents)
{
    return QByteArray::number(cents / 100) + '.'
        + QByteArray::number(cents % 100).rightJustified(2, '0');
}

const char *const givenNames[] = {"Amina", "Bruno", "Chloé", "Dmitri", "Elena", "Farid", "Grace",
    "Hiroshi", "Ines", "Jonas", "Keira", "Luis", "Maren", "Nadia", "Oskar", "Priya"};
const char *const familyNames[] = {"Okafor", "Lindqvist", "Moreau", "Petrov", "García", "Haddad",
    "O'Neill", "Tanaka", "Costa", "Weber", "Nakamura", "Fernández", "Brandt", "Rahman", "Kowalski",
    "Iyer"};
const char *const currencies[] = {"USD", "USD", "USD", "CAD", "EUR", "GBP"};
const char *const sources[][2] = {{"newsletter", "email"}, {"facebook", "social"},
    {"google", "cpc"}, {"direct", "none"}, {"instagram", "social"}};
const char *const campaigns[] = {"spring-appeal", "giving-tuesday", "year-end", "monthly-circle"};
const char *const products[][2] = {{"GEN-FUND", "General fund"},
    {"SCHOOL-MEALS", "School meals programme"}, {"CLEAN-WATER", "Clean water wells"},
    {"EMERGENCY", "Emergency relief"}};

void add(QByteArray &o, const char *key, const QByteArray &jsonValue)
{
    if (o.size() > 1)
        o += ',';
    o += '"';
    o += key;
    o += "\":";
    o += jsonValue;
}

QByteArray str(const QByteArray &s)
{
    return '"' + s + '"';
}

} // namespace

QByteArray body(const Options &options, quint64 index)
{
    const quint64 r = mix(options.seed * 0x100000001b3ULL ^ index);
    const QByteArray given = givenNames[r % 16];
    const QByteArray family = familyNames[(r >> 4) % 16];
    const QByteArray currency = currencies[(r >> 8) % 6];
    const QByteArray symbol = currency == "EUR" ? "€" : currency == "GBP" ? "£" : "$";
    const auto *source = sources[(r >> 12) % 5];
    const QByteArray campaign = campaigns[(r >> 16) % 4];
    const bool recurring = (r >> 20) % 4 == 0;
    const qint64 cents = 500 + qint64((r >> 24) % 50'000);
    // Spread over the last 30 days, one second apart at most per index.
    const qint64 ordered = options.now - qint64((r >> 40) % (30LL * 86400)) * 1000;
    // Unique across seeds and indexes: the seed in the high digits, the index below.
    const QByteArray id = base36(options.seed, 3) + base36(index, 7);
    const QByteArray email =
        given.toLower() + '.' + family.toLower() + QByteArray::number(index) + "@example.org";
    const QByteArray name = given + ' ' + family;

    QByteArray o;
    o.reserve(options.bodyBytes + 64);
    o += '{';
    add(o, "id", str(id));
    add(o, "contribution_number", str(hex(mix(r ^ 0xc0), 10).toUpper()));
    add(o, "currency", "{\"iso_code\":" + str(currency) + ",\"symbol\":" + str(symbol) + '}');
    add(o, "is_paid", "true");
    add(o, "ordered_at", str(givecloudTime(ordered)));
    add(o, "created_at", str(givecloudTime(ordered - 2000)));
    add(o, "recurring_item_count", recurring ? "1" : "0");
    add(o, "subtotal_amount", amountText(cents));
    add(o, "total_amount", amountText(cents));
    add(o, "refunded_amount", "null");
    add(o, "refunded_at", "null");
    add(o, "balance_amount", amountText(cents));
    add(o, "http_referer",
        str(QByteArray("https://hopefoundation.givecloud.co/donate/")
            + (recurring ? "monthly" : "give") + "?utm_source=" + source[0]));
    add(o, "tracking_source", str(source[0]));
    add(o, "tracking_medium", str(source[1]));
    add(o, "tracking_campaign", str(campaign));
    add(o, "tracking_term", "null");
    add(o, "tracking_content", "null");
    add(o, "email", str(email));
    add(o, "supporter",
        "{\"id\":" + str(base36(mix(r ^ 0x5a), 8)) + ",\"display_name\":" + str(name)
            + ",\"first_name\":" + str(given) + ",\"last_name\":" + str(family)
            + ",\"email\":" + str(email) + ",\"phone\":\"+1 555 01" + hex(r % 256, 2)
            + "\",\"email_opt_in\":" + ((r >> 5) % 2 ? "true" : "false") + '}');
    const QByteArray address = "{\"first_name\":" + str(given) + ",\"last_name\":" + str(family)
        + ",\"company\":null,\"address1\":\"" + QByteArray::number(10 + (r >> 33) % 900)
        + " Harbour Street\",\"address2\":null,\"city\":\"Halifax\",\"state\":\"NS\","
          "\"zip\":\"B3H 1A1\",\"country\":\"CA\",\"email\":"
        + str(email) + '}';
    add(o, "billing_address", address);
    add(o, "shipping_address", address);

    // Line items: a real contribution often has a few, with product text.
    QByteArray items = "[";
    const int itemCount = 3;
    qint64 left = cents;
    for (int i = 0; i < itemCount; ++i) {
        const auto *product = products[(r >> (44 + i * 2)) % 4];
        const qint64 part = i == itemCount - 1 ? left : left / 2;
        left -= part;
        if (i > 0)
            items += ',';
        items += "{\"id\":" + str(base36(mix(r ^ quint64(0x11e + i)), 8)) + ",\"sku\":"
            + str(product[0]) + ",\"name\":" + str(product[1]) + ",\"description\":\"" + product[1]
            + ": your gift goes where the need is greatest this season, reported back to you "
              "in our quarterly impact letter.\",\"is_recurring\":"
            + (recurring ? "true" : "false") + ",\"payment_string\":\"" + amountText(part) + ' '
            + currency + (recurring ? " monthly" : " one-time")
            + "\",\"recurring_description\":" + (recurring ? "\"Monthly\"" : "null")
            + ",\"price\":" + amountText(part) + ",\"qty\":1,\"total\":" + amountText(part)
            + ",\"fair_market_value\":\"0.00\",\"is_tax_receiptable\":true,"
              "\"metadata\":{\"dedication\":null,\"fund_code\":\""
            + product[0] + "-" + QByteArray::number(2024 + i) + "\"}}";
    }
    items += ']';
    add(o, "line_items", items);
    add(o, "payments",
        "[{\"id\":" + str(base36(mix(r ^ 0x9a7), 8))
            + ",\"type\":\"card\",\"status\":\"succeeded\",\"amount\":" + amountText(cents)
            + ",\"amount_refunded\":\"0.00\",\"currency\":{\"iso_code\":" + str(currency)
            + ",\"symbol\":" + str(symbol)
            + "},\"captured_at\":" + str(givecloudTime(ordered + 3000))
            + ",\"gateway\":\"stripe\",\"card_brand\":\"visa\",\"card_last4\":\""
            + QByteArray::number(1000 + (r >> 50) % 9000) + "\",\"reference\":\"ch_"
            + hex(mix(r ^ 0x77), 16) + hex(mix(r ^ 0x78), 8) + "\"}]");
    // Padding to the exact size, as free text a donor might leave.
    const qsizetype room =
        options.bodyBytes - o.size() - qsizetype(sizeof(",\"comments\":\"\"}") - 1);
    QByteArray comments;
    static const QByteArray words = "Thank you for the work you do in our community. ";
    while (comments.size() < room)
        comments += words;
    comments.truncate(std::max<qsizetype>(0, room));
    add(o, "comments", str(comments));
    o += '}';
    return o;
}

std::vector<std::string> requests(const Options &options, size_t count)
{
    std::vector<std::string> out(count);
    auto build = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            const QByteArray b = body(options, i);
            QByteArray head = "POST " + options.path + " HTTP/1.1\r\nHost: " + options.host
                + "\r\nUser-Agent: Givecloud-Hookshot/1.0\r\nContent-Type: application/json\r\n"
                  "Accept: */*\r\nX-Givecloud-Event: contribution_paid\r\n"
                  "X-Givecloud-Domain: hopefoundation.givecloud.co\r\nX-Givecloud-Delivery: ";
            const quint64 d = mix(options.seed ^ (quint64(i) << 20) ^ 0xde11);
            head += hex(d, 8) + '-' + hex(d >> 32, 4) + "-4" + hex(d >> 48, 3) + '-'
                + hex(0x8000 | (mix(d) & 0x3fff), 4) + '-' + hex(quint64(i), 12);
            if (!options.secret.isEmpty())
                head += "\r\nX-Givecloud-Signature: "
                    + QMessageAuthenticationCode::hash(b, options.secret, QCryptographicHash::Sha1)
                          .toHex();
            head += "\r\nContent-Length: " + QByteArray::number(b.size()) + "\r\n\r\n";
            std::string &s = out[i];
            s.reserve(size_t(head.size() + b.size()));
            s.append(head.constData(), size_t(head.size()));
            s.append(b.constData(), size_t(b.size()));
        }
    };
    const size_t threads =
        std::clamp<size_t>(std::thread::hardware_concurrency(), 1, std::max<size_t>(1, count / 64));
    std::vector<std::thread> workers;
    for (size_t t = 0; t < threads; ++t)
        workers.emplace_back(build, count * t / threads, count * (t + 1) / threads);
    for (std::thread &w : workers)
        w.join();
    return out;
}

} // namespace GivecloudBodies
