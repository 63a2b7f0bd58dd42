// The database every QML test starts from: a small set of donations whose figures the tests
// know by heart. Dates are relative to today (local), so date presets find them.

#include "testsupport.h"

#include "storage/database.h"
#include "storage/donationprocessor.h"
#include "storage/endpointstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Delivery
{
    const char *endpoint;
    int daysAgo;
    const char *id;
    const char *amount;
    const char *currency;
    const char *donor;
    const char *email;
    const char *status;
};

// Widget "Spring appeal" (record delay 14 days), "Gala" (post-record at once), "Crypto"
// (record delay 7 days). All native-format donations.
const Delivery deliveries[] = {
    {"Spring appeal", 0, "SP-1", "25.00", "USD", "Ada Lovelace", "ada@example.org", "completed"},
    {"Spring appeal", 0, "SP-2", "100.00", "USD", "Grace Hopper", "grace@example.org", "completed"},
    {"Spring appeal", 2, "SP-3", "40.00", "EUR", "Émilie du Châtelet", "emilie@example.fr", "completed"},
    {"Spring appeal", 3, "SP-4", "60.00", "USD", "Иван Петров", "ivan@example.ru", "completed"},
    {"Spring appeal", 3, "SP-4", "60.00", "USD", "Иван Петров", "ivan@example.ru", "refunded"},
    {"Spring appeal", 20, "SP-5", "500.00", "USD", "山田 太郎", "taro@example.jp", "completed"},
    {"Spring appeal", 20, "SP-6", "75.00", "USD", "Fatima Zahra", "fatima@example.org", "completed"},
    {"Gala", 1, "GA-1", "1000.00", "USD", "Katherine Johnson", "kj@example.org", "completed"},
    {"Gala", 5, "GA-2", "250.00", "GBP", "Dorothy Vaughan", "dv@example.co.uk", "completed"},
    {"Gala", 40, "GA-3", "5000", "JPY", "佐藤 花子", "hanako@example.jp", "completed"},
    {"Gala", 40, "GA-4", "30.00", "USD", "Mary Jackson", "mj@example.org", "pending"},
    {"Crypto", 0, "CR-1", "0.00120000", "BTC", "Satoshi", "", "completed"},
    {"Crypto", 10, "CR-2", "1.5", "ETH", "Vitalik", "", "completed"},
};

} // namespace

QVariantMap seedTestDatabase(const QString &path, QString *error)
{
    DbConnection db(path);
    if (!db.open(error))
        return {};
    EndpointStore store(db.db());
    QVariantMap ids;
    const std::pair<const char *, int> endpoints[] = {{"Spring appeal", 14}, {"Gala", 0}, {"Crypto", 7}};
    for (const auto &[name, delay] : endpoints) {
        EndpointConfig e;
        e.name = QLatin1String(name);
        e.provider = QStringLiteral("changeup");
        e.recordPolicy = RecordPolicy::delay(delay);
        if (!store.add(e, error))
            return {};
        ids.insert(e.name, e.id);
    }
    QSqlQuery insert(db.db());
    insert.prepare(QStringLiteral("INSERT INTO inbox (endpoint_id, received_at, peer, method, target, headers, body) "
                                  "VALUES (?, ?, '127.0.0.1:1', 'POST', '/hooks/test...', ?, ?)"));
    const QDate today = QDate::currentDate();
    int minute = 0;
    for (const Delivery &d : deliveries) {
        // Mid-morning local time, a minute apart: every preset boundary is clear of them.
        const QDateTime at = QDateTime(today.addDays(-d.daysAgo), QTime(10, minute++));
        const QString body = QStringLiteral(R"({"transactionId":"%1","amount":"%2","currency":"%3",)"
                                            R"("transactionOrderDate":"%4","donorName":"%5","donorEmail":"%6",)"
                                            R"("status":"%7","campaign":"%8"})")
                                 .arg(QLatin1String(d.id), QLatin1String(d.amount), QLatin1String(d.currency),
                                     at.toUTC().toString(Qt::ISODate), QString::fromUtf8(d.donor),
                                     QLatin1String(d.email), QLatin1String(d.status), QLatin1String(d.endpoint));
        insert.addBindValue(ids.value(QLatin1String(d.endpoint)).toLongLong());
        insert.addBindValue(at.toMSecsSinceEpoch());
        insert.addBindValue(QByteArray("Content-Type: application/json\r\n"));
        insert.addBindValue(body.toUtf8());
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return {};
        }
    }
    const auto summary = DonationProcessor(db.db()).processPending(1000);
    if (!summary.error.isEmpty() || summary.dead > 0) {
        *error = summary.error.isEmpty() ? QStringLiteral("seed requests became dead letters") : summary.error;
        return {};
    }
    return ids;
}
