#include "reports/donationexport.h"
#include "storage/donationprocessor.h"
#include "storagetest.h"

#include <QBuffer>
#include <QtTest>

using StorageTest::at;
using StorageTest::scalar;

namespace {

const QByteArray Header =
    "donation_id,endpoint,provider,external_id,status,provider_status,amount,currency,"
    "refunded_amount,donor_name,donor_email,campaign,recurring,donated_at,record_date,"
    "record_state\r\n";

// A donation row as the processor stores it; tests set only what they are about.
struct Stored
{
    QString endpoint = QStringLiteral("Widget A");
    QString provider = QStringLiteral("changeup");
    QString kind = QStringLiteral("donation");
    QString externalId;
    QString status = QStringLiteral("paid");
    QString providerStatus = QStringLiteral("completed");
    QString currency = QStringLiteral("USD");
    QVariant amountUnits = qlonglong(2020); // qlonglong, digits as text, or null
    QVariant refundedUnits = qlonglong(0);
    QString donorName;
    QString donorEmail;
    QString campaign;
    bool recurring = false;
    QString donatedAt = QStringLiteral("2024-05-25T00:00:00Z");
    QString recordDate; // default: donatedAt
    QString paidAt; // default: donatedAt when the status holds money or reverses a payment
    bool neverPaid = false;
    QString reversedAt;
    bool isTest = false;
};

// Writes to nowhere, counting the pieces: shows that rows leave in chunks as they are read.
class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(QIODevice::WriteOnly); }
    qint64 bytes = 0;
    qint64 writes = 0;
    qint64 largestWrite = 0;
    QByteArray head; // the first bytes, for a look at the start
    QByteArray tail; // the last bytes

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        ++writes;
        bytes += size;
        largestWrite = qMax(largestWrite, size);
        if (head.size() < 4096)
            head += QByteArray(data, int(qMin<qint64>(size, 4096)));
        tail = QByteArray(data + qMax<qint64>(0, size - 4096), int(qMin<qint64>(size, 4096)));
        return size;
    }
};

// A disk that is full from the start.
class FullDevice : public QIODevice
{
public:
    FullDevice()
    {
        open(QIODevice::WriteOnly);
        setErrorString(QStringLiteral("No space left on device"));
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

} // namespace

class DonationExportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columns();
    void emptyExportIsTheHeader();
    void completeOutput();
    void amountsUseTheCurrencysDigits_data();
    void amountsUseTheCurrencysDigits();
    void timesAreIsoUtc();
    void filters_data();
    void filters();
    void recordStateAsOf_data();
    void recordStateAsOf();
    void csvField_data();
    void csvField();
    void formulaInjectionNeutralised();
    void removedEndpointKeepsItsName();
    void processedDonationsExport();
    void streamsManyRows();
    void progressCanCancel();
    void writeFailureReported();

private:
    void insert(const Stored &row);
    QByteArray exportCsv(const DonationFilter &filter = {},
        const QDateTime &asOf = at("2024-06-10T00:00:00Z"), qint64 *rows = nullptr);
    qint64 endpointId(const QString &name);

    std::unique_ptr<StorageTest::TempDatabase> m_db;
    QHash<QString, qint64> m_endpoints;
};

void DonationExportTest::init()
{
    m_db = std::make_unique<StorageTest::TempDatabase>();
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_endpoints.clear();
}

void DonationExportTest::cleanup()
{
    m_db.reset();
}

qint64 DonationExportTest::endpointId(const QString &name)
{
    if (!m_endpoints.contains(name)) {
        EndpointConfig e = StorageTest::endpoint(name, QStringLiteral("changeup"));
        m_endpoints.insert(name, StorageTest::addEndpoint(m_db->db(), e));
    }
    return m_endpoints.value(name);
}

void DonationExportTest::insert(const Stored &row)
{
    auto ms = [](const QString &iso) {
        return iso.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                             : QVariant(at(iso.toLatin1().constData()).toMSecsSinceEpoch());
    };
    const auto status = Status::fromString(row.status);
    QVERIFY(status);
    const bool paid =
        !row.neverPaid && (Status::holdsMoney(*status) || Status::isReversal(*status));
    const QString paidAt = !row.paidAt.isEmpty() ? row.paidAt : paid ? row.donatedAt : QString();
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral(
        "INSERT INTO donations (endpoint_id, provider, kind, external_id, status, provider_status, "
        "currency, amount_units, amount_text, refunded_units, donor_name, donor_email, campaign, "
        "recurring, donated_at, record_rule, record_date, paid_at, reversed_at, status_at, "
        "details, "
        "is_test, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, "
        "'delay:0', ?, ?, ?, ?, '{}', ?, 0, 0)"));
    q.addBindValue(endpointId(row.endpoint));
    q.addBindValue(row.provider);
    q.addBindValue(row.kind);
    q.addBindValue(row.externalId);
    q.addBindValue(row.status);
    q.addBindValue(row.providerStatus);
    q.addBindValue(row.currency);
    q.addBindValue(row.amountUnits);
    q.addBindValue(row.refundedUnits);
    q.addBindValue(row.donorName.isNull() ? QStringLiteral("") : row.donorName);
    q.addBindValue(row.donorEmail.isNull() ? QStringLiteral("") : row.donorEmail);
    q.addBindValue(row.campaign.isNull() ? QStringLiteral("") : row.campaign);
    q.addBindValue(row.recurring ? 1 : 0);
    q.addBindValue(ms(row.donatedAt));
    q.addBindValue(ms(row.recordDate.isEmpty() ? row.donatedAt : row.recordDate));
    q.addBindValue(ms(paidAt));
    q.addBindValue(ms(row.reversedAt));
    q.addBindValue(ms(row.donatedAt));
    q.addBindValue(row.isTest ? 1 : 0);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QByteArray DonationExportTest::exportCsv(
    const DonationFilter &filter, const QDateTime &asOf, qint64 *rows)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const qint64 n = DonationExport::writeCsv(m_db->db(), filter, asOf, &buffer, &error);
    if (n < 0)
        qWarning("export failed: %s", qPrintable(error));
    if (rows)
        *rows = n;
    return out;
}

void DonationExportTest::columns()
{
    QCOMPARE(DonationExport::columns().join(u',').toUtf8() + "\r\n", Header);
}

void DonationExportTest::emptyExportIsTheHeader()
{
    qint64 rows = -2;
    QCOMPARE(exportCsv({}, at("2024-06-10T00:00:00Z"), &rows), Header);
    QCOMPARE(rows, 0);
}

void DonationExportTest::completeOutput()
{
    // One of each kind of cell a reconciliation sheet meets; the expected file is the whole
    // answer, byte for byte (CRLF, UTF-8 without BOM, RFC 4180 quoting).
    Stored a;
    a.externalId = QStringLiteral("txn-1");
    a.donorName = QStringLiteral("Ada Lovelace");
    a.donorEmail = QStringLiteral("ada@example.org");
    a.campaign = QStringLiteral("Analytical engines");
    a.recordDate = QStringLiteral("2024-06-08T00:00:00Z");
    insert(a);

    Stored b;
    b.externalId = QStringLiteral("txn-2");
    b.status = QStringLiteral("refunded");
    b.providerStatus = QStringLiteral("refunded");
    b.refundedUnits = qlonglong(2020);
    b.donorName = QStringLiteral("Lovelace, Ada");
    b.donatedAt = QStringLiteral("2024-05-26T10:30:00.250Z");
    b.recordDate = QStringLiteral("2024-06-09T10:30:00.250Z");
    b.reversedAt = QStringLiteral("2024-05-28T00:00:00Z");
    insert(b);

    Stored c;
    c.endpoint = QStringLiteral("Inqud, crypto");
    c.provider = QStringLiteral("inqud");
    c.externalId = QStringLiteral("CCO-1");
    c.providerStatus = QStringLiteral("COMPLETED");
    c.currency = QStringLiteral("BTC");
    c.amountUnits = qlonglong(12345);
    c.donorName = QStringLiteral("Zoë \"Z\" Ångström");
    c.campaign = QStringLiteral("Winter\nshelter");
    c.donatedAt = QStringLiteral("2024-06-01T12:00:00Z");
    insert(c);

    Stored d;
    d.endpoint = QStringLiteral("Inqud, crypto");
    d.provider = QStringLiteral("inqud");
    d.externalId = QStringLiteral("CCO-2");
    d.status = QStringLiteral("pending");
    d.providerStatus = QStringLiteral("NEW");
    d.currency = QStringLiteral("ETH");
    d.amountUnits = QStringLiteral("12345678901123456789012345678");
    d.donorName = QStringLiteral("=HYPERLINK(\"http://x.example\",\"click\")");
    d.donatedAt = QStringLiteral("2024-06-02T08:00:00Z");
    insert(d);

    Stored e;
    e.endpoint = QStringLiteral("Givecloud");
    e.provider = QStringLiteral("givecloud");
    e.externalId = QStringLiteral("JP5000YN");
    e.status = QStringLiteral("partially_refunded");
    e.providerStatus = QStringLiteral("contribution_refunded");
    e.currency = QStringLiteral("JPY");
    e.amountUnits = qlonglong(500);
    e.refundedUnits = qlonglong(100);
    e.donorName = QStringLiteral("+1");
    e.donorEmail = QStringLiteral("@x");
    e.campaign = QStringLiteral("-2");
    e.recurring = true;
    e.donatedAt = QStringLiteral("2024-06-05T00:00:00Z");
    e.recordDate = QStringLiteral("2024-06-12T00:00:00Z");
    insert(e);

    // A void that overtook its charge: no amount known yet.
    Stored f;
    f.endpoint = QStringLiteral("Donary");
    f.provider = QStringLiteral("donary");
    f.externalId = QStringLiteral("98765");
    f.status = QStringLiteral("voided");
    f.providerStatus = QStringLiteral("Voided");
    f.currency = QStringLiteral("");
    f.amountUnits = QVariant(QMetaType(QMetaType::LongLong));
    f.donatedAt = QStringLiteral("2024-06-06T10:00:00Z");
    f.neverPaid = true;
    f.reversedAt = f.donatedAt;
    insert(f);

    // Test events sent from the app stay out of the books.
    Stored t;
    t.externalId = QStringLiteral("test-1");
    t.isTest = true;
    insert(t);

    qint64 rows = 0;
    const QByteArray csv = exportCsv({}, at("2024-06-10T00:00:00Z"), &rows);
    QCOMPARE(rows, 6);
    const QByteArray expected = TestData::read(QStringLiteral("storage/export-complete.csv"));
    if (csv != expected) {
        qWarning("got:\n%s", csv.constData());
        QCOMPARE(csv, expected);
    }
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    // Every record ends in CRLF; the only bare LF is inside the quoted campaign.
    QCOMPARE(csv.count("\r\n"), 7);
    QCOMPARE(csv.count('\n'), 8);

    DonationFilter withTests;
    withTests.includeTests = true;
    QCOMPARE(exportCsv(withTests, at("2024-06-10T00:00:00Z"), &rows).count("test-1"), 1);
    QCOMPARE(rows, 7);
}

void DonationExportTest::amountsUseTheCurrencysDigits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QVariant>("units");
    QTest::addColumn<QVariant>("refunded");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("refundedAmount");
    QTest::newRow("USD") << "USD" << QVariant(qlonglong(2020)) << QVariant(qlonglong(0)) << "20.20"
                         << "0.00";
    QTest::newRow("USD whole") << "USD" << QVariant(qlonglong(500)) << QVariant(qlonglong(500))
                               << "5.00"
                               << "5.00";
    QTest::newRow("JPY") << "JPY" << QVariant(qlonglong(500)) << QVariant(qlonglong(0)) << "500"
                         << "0";
    QTest::newRow("KWD") << "KWD" << QVariant(qlonglong(12345)) << QVariant(qlonglong(5))
                         << "12.345"
                         << "0.005";
    QTest::newRow("BTC") << "BTC" << QVariant(qlonglong(12345)) << QVariant(qlonglong(0))
                         << "0.00012345"
                         << "0.00000000";
    QTest::newRow("USDT") << "USDT" << QVariant(qlonglong(54120000)) << QVariant(qlonglong(0))
                          << "54.120000"
                          << "0.000000";
    QTest::newRow("ETH beyond 64 bits")
        << "ETH" << QVariant(QStringLiteral("12345678901123456789012345678"))
        << QVariant(QStringLiteral("10000000000000000000")) << "12345678901.123456789012345678"
        << "10.000000000000000000";
    QTest::newRow("ETH one wei") << "ETH" << QVariant(qlonglong(1)) << QVariant(qlonglong(0))
                                 << "0.000000000000000001"
                                 << "0.000000000000000000";
    QTest::newRow("unknown code") << "ZZTOP" << QVariant(qlonglong(150000000))
                                  << QVariant(qlonglong(0)) << "1.50000000"
                                  << "0.00000000";
    QTest::newRow("no amount yet")
        << "" << QVariant(QMetaType(QMetaType::LongLong)) << QVariant(qlonglong(0)) << ""
        << "";
}

void DonationExportTest::amountsUseTheCurrencysDigits()
{
    QFETCH(QString, currency);
    QFETCH(QVariant, units);
    QFETCH(QVariant, refunded);
    QFETCH(QString, amount);
    QFETCH(QString, refundedAmount);
    Stored s;
    s.externalId = QStringLiteral("x");
    s.currency = currency;
    s.amountUnits = units;
    s.refundedUnits = refunded;
    insert(s);
    const QList<QByteArray> lines = exportCsv().split('\n');
    QCOMPARE(lines.size(), 3);
    const QList<QByteArray> cells = lines.at(1).chopped(1).split(',');
    QCOMPARE(cells.size(), 16);
    QCOMPARE(QString::fromUtf8(cells.at(6)), amount);
    QCOMPARE(QString::fromUtf8(cells.at(7)), currency);
    QCOMPARE(QString::fromUtf8(cells.at(8)), refundedAmount);
}

void DonationExportTest::timesAreIsoUtc()
{
    Stored s;
    s.externalId = QStringLiteral("t");
    s.donatedAt = QStringLiteral("2024-05-24T22:00:00-02:00"); // stored as UTC milliseconds
    s.recordDate = QStringLiteral("2024-06-01T00:00:00.007Z");
    insert(s);
    const QList<QByteArray> cells = exportCsv().split('\n').at(1).chopped(1).split(',');
    QCOMPARE(cells.at(13), QByteArray("2024-05-25T00:00:00Z"));
    QCOMPARE(cells.at(14), QByteArray("2024-06-01T00:00:00.007Z"));
}

void DonationExportTest::filters_data()
{
    QTest::addColumn<QStringList>("endpoints");
    QTest::addColumn<QStringList>("providers");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");

    const QStringList all {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1"),
        QStringLiteral("b2"), QStringLiteral("c1")};
    const QStringList none;
    QTest::newRow("no filter") << none << none << none << QDate() << QDate() << all;
    QTest::newRow("one endpoint") << QStringList {QStringLiteral("Widget A")} << none << none
                                  << QDate() << QDate()
                                  << QStringList {QStringLiteral("a1"), QStringLiteral("a2")};
    QTest::newRow("two endpoints")
        << QStringList {QStringLiteral("Widget A"), QStringLiteral("Inqud")} << none << none
        << QDate() << QDate()
        << QStringList {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("c1")};
    QTest::newRow("unknown endpoint")
        << QStringList {QStringLiteral("nope")} << none << none << QDate() << QDate() << none;
    QTest::newRow("provider") << none << QStringList {QStringLiteral("inqud")} << none << QDate()
                              << QDate() << QStringList {QStringLiteral("c1")};
    QTest::newRow("status") << none << none << QStringList {QStringLiteral("refunded")} << QDate()
                            << QDate() << QStringList {QStringLiteral("a2")};
    QTest::newRow("status list") << none << none
                                 << QStringList {QStringLiteral("refunded"),
                                        QStringLiteral("pending")}
                                 << QDate() << QDate()
                                 << QStringList {QStringLiteral("a2"), QStringLiteral("b2")};
    // Days are whole UTC days, both ends included.
    QTest::newRow("from") << none << none << none << QDate(2024, 5, 25) << QDate()
                          << QStringList {QStringLiteral("a2"), QStringLiteral("b1"),
                                 QStringLiteral("b2"), QStringLiteral("c1")};
    QTest::newRow("to") << none << none << none << QDate() << QDate(2024, 5, 31)
                        << QStringList {
                               QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1")};
    QTest::newRow("from to") << none << none << none << QDate(2024, 5, 25) << QDate(2024, 5, 31)
                             << QStringList {QStringLiteral("a2"), QStringLiteral("b1")};
    QTest::newRow("one day") << none << none << none << QDate(2024, 6, 1) << QDate(2024, 6, 1)
                             << QStringList {QStringLiteral("b2"), QStringLiteral("c1")};
    QTest::newRow("everything") << QStringList {QStringLiteral("Widget B")}
                                << QStringList {QStringLiteral("changeup")}
                                << QStringList {QStringLiteral("paid")} << QDate(2024, 5, 1)
                                << QDate(2024, 5, 31) << QStringList {QStringLiteral("b1")};
}

void DonationExportTest::filters()
{
    QFETCH(QStringList, endpoints);
    QFETCH(QStringList, providers);
    QFETCH(QStringList, statuses);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);

    auto add = [&](const char *endpoint, const char *provider, const char *id, const char *status,
                   const char *when) {
        Stored s;
        s.endpoint = QString::fromLatin1(endpoint);
        s.provider = QString::fromLatin1(provider);
        s.externalId = QString::fromLatin1(id);
        s.status = QString::fromLatin1(status);
        s.donatedAt = QString::fromLatin1(when);
        insert(s);
    };
    // On both sides of each day boundary.
    add("Widget A", "changeup", "a1", "paid", "2024-05-24T23:59:59.999Z");
    add("Widget A", "changeup", "a2", "refunded", "2024-05-25T00:00:00Z");
    add("Widget B", "changeup", "b1", "paid", "2024-05-31T23:59:59.999Z");
    add("Widget B", "changeup", "b2", "pending", "2024-06-01T00:00:00Z");
    add("Inqud", "inqud", "c1", "paid", "2024-06-01T23:59:59.999Z");

    DonationFilter filter;
    filter.endpointNames = endpoints;
    filter.providers = providers;
    for (const QString &s : statuses)
        filter.statuses << *Status::fromString(s);
    filter.from = from;
    filter.to = to;
    QStringList ids;
    const QList<QByteArray> lines = exportCsv(filter).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            ids << QString::fromUtf8(lines.at(i).split(',').at(3));
    }
    QCOMPARE(ids, expected);
}

void DonationExportTest::recordStateAsOf_data()
{
    QTest::addColumn<QDateTime>("asOf");
    QTest::addColumn<QString>("paid");
    QTest::addColumn<QString>("earlyRefund");
    QTest::addColumn<QString>("lateRefund");
    QTest::addColumn<QString>("pending");
    // All donated 2024-05-01, record date 2024-05-08; refunds on 05-04 and 05-20.
    QTest::newRow("before donation") << at("2024-04-30T00:00:00Z") << "none"
                                     << "none"
                                     << "none"
                                     << "none";
    QTest::newRow("before refunds") << at("2024-05-02T00:00:00Z") << "pre-record"
                                    << "pre-record"
                                    << "pre-record"
                                    << "none";
    QTest::newRow("after early refund") << at("2024-05-05T00:00:00Z") << "pre-record"
                                        << "reversed"
                                        << "pre-record"
                                        << "none";
    QTest::newRow("at record date") << at("2024-05-08T00:00:00Z") << "post-record"
                                    << "reversed"
                                    << "post-record"
                                    << "none";
    QTest::newRow("after late refund") << at("2024-06-01T00:00:00Z") << "post-record"
                                       << "reversed"
                                       << "post-record"
                                       << "none";
}

void DonationExportTest::recordStateAsOf()
{
    QFETCH(QDateTime, asOf);
    QFETCH(QString, paid);
    QFETCH(QString, earlyRefund);
    QFETCH(QString, lateRefund);
    QFETCH(QString, pending);
    const QString donated = QStringLiteral("2024-05-01T00:00:00Z");
    const QString record = QStringLiteral("2024-05-08T00:00:00Z");
    auto add = [&](const char *id, const char *status, const char *reversed) {
        Stored s;
        s.externalId = QString::fromLatin1(id);
        s.status = QString::fromLatin1(status);
        s.donatedAt = donated;
        s.recordDate = record;
        s.reversedAt = QString::fromLatin1(reversed);
        insert(s);
    };
    add("paid", "paid", "");
    add("early", "refunded", "2024-05-04T00:00:00Z");
    add("late", "refunded", "2024-05-20T00:00:00Z");
    add("pending", "pending", "");

    QStringList states;
    const QList<QByteArray> lines = exportCsv({}, asOf).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            states << QString::fromUtf8(lines.at(i).chopped(1).split(',').last());
    }
    QCOMPARE(states, (QStringList {paid, earlyRefund, lateRefund, pending}));
}

void DonationExportTest::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << "Ada" << true << QByteArray("Ada");
    QTest::newRow("empty") << "" << true << QByteArray("");
    QTest::newRow("comma") << "Lovelace, Ada" << true << QByteArray("\"Lovelace, Ada\"");
    QTest::newRow("quote") << "Ada \"the Countess\"" << true
                           << QByteArray("\"Ada \"\"the Countess\"\"\"");
    QTest::newRow("only a quote") << "\"" << true << QByteArray("\"\"\"\"");
    QTest::newRow("newline") << "line1\nline2" << true << QByteArray("\"line1\nline2\"");
    QTest::newRow("crlf") << "line1\r\nline2" << true << QByteArray("\"line1\r\nline2\"");
    QTest::newRow("unicode") << "Zoë Ångström 李雷 שָׁלוֹם" << true
                             << QString::fromUtf8("Zoë Ångström 李雷 שָׁלוֹם").toUtf8();
    // Spreadsheets run cells starting with these as formulas (or DDE): neutralised.
    QTest::newRow("equals") << "=1+1" << true << QByteArray("'=1+1");
    QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x.example\",\"click\")" << true
                               << QByteArray(
                                      "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\"");
    QTest::newRow("plus") << "+1" << true << QByteArray("'+1");
    QTest::newRow("minus") << "-2" << true << QByteArray("'-2");
    QTest::newRow("at") << "@x" << true << QByteArray("'@x");
    QTest::newRow("at sum") << "@SUM(A1:A9)" << true << QByteArray("'@SUM(A1:A9)");
    QTest::newRow("tab") << "\tx" << true << QByteArray("'\tx");
    QTest::newRow("carriage return") << "\rx" << true << QByteArray("\"'\rx\"");
    QTest::newRow("dde with comma")
        << "=cmd|' /C calc'!A0,x" << true << QByteArray("\"'=cmd|' /C calc'!A0,x\"");
    // Only the first character matters.
    QTest::newRow("inner equals") << "a=b" << true << QByteArray("a=b");
    QTest::newRow("email") << "a@example.org" << true << QByteArray("a@example.org");
    // Numbers are not text: a negative amount stays a number.
    QTest::newRow("negative number") << "-5.00" << false << QByteArray("-5.00");
    QTest::newRow("number with comma") << "1,5" << false << QByteArray("\"1,5\"");
}

void DonationExportTest::csvField()
{
    QFETCH(QString, value);
    QFETCH(bool, text);
    QFETCH(QByteArray, field);
    QCOMPARE(DonationExport::csvField(value, text), field);
}

void DonationExportTest::formulaInjectionNeutralised()
{
    // Every text column a donor or a provider controls.
    Stored s;
    s.endpoint = QStringLiteral("=endpoint");
    s.provider = QStringLiteral("changeup");
    s.externalId = QStringLiteral("-1+2");
    s.providerStatus = QStringLiteral("@status");
    s.donorName = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
    s.donorEmail = QStringLiteral("+1@example.org");
    s.campaign = QStringLiteral("\t=1");
    insert(s);
    const QByteArray line = exportCsv().split('\n').at(1);
    QCOMPARE(line,
        QByteArray("1,'=endpoint,changeup,'-1+2,paid,'@status,20.20,USD,0.00,"
                   "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+1@example.org,'\t=1,"
                   "false,2024-05-25T00:00:00Z,2024-05-25T00:00:00Z,post-record\r"));
}

void DonationExportTest::removedEndpointKeepsItsName()
{
    Stored s;
    s.endpoint = QStringLiteral("Gala 2023");
    s.externalId = QStringLiteral("g-1");
    insert(s);
    QString error;
    QVERIFY(EndpointStore(m_db->db()).remove(endpointId(QStringLiteral("Gala 2023")), &error));
    DonationFilter filter;
    filter.endpointNames = {QStringLiteral("Gala 2023")};
    const QList<QByteArray> lines = exportCsv(filter).split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).startsWith("1,Gala 2023,changeup,g-1,"));
}

void DonationExportTest::processedDonationsExport()
{
    // From raw webhooks to the sheet: what the processor stores, the export reads back.
    QString error;
    EndpointConfig givecloud = StorageTest::endpoint(
        QStringLiteral("Givecloud"), QStringLiteral("givecloud"), {}, RecordPolicy::delay(7));
    EndpointConfig inqud = StorageTest::endpoint(QStringLiteral("Inqud"), QStringLiteral("inqud"));
    EndpointConfig nation =
        StorageTest::endpoint(QStringLiteral("Nation"), QStringLiteral("nationbuilder"),
            QStringLiteral("USD"), RecordPolicy::fixed(QDate(2014, 3, 1)));
    EndpointConfig donary = StorageTest::endpoint(
        QStringLiteral("Donary"), QStringLiteral("donary"), {}, RecordPolicy::delay(3));
    for (EndpointConfig *e : {&givecloud, &inqud, &nation, &donary})
        StorageTest::addEndpoint(m_db->db(), *e);
    QDateTime received = at("2024-12-01T12:00:00Z");
    auto post = [&](qint64 endpoint, const char *fixture, const QByteArray &event = {}) {
        HeaderList headers;
        if (!event.isEmpty())
            headers << qMakePair(QByteArray("X-Givecloud-Event"), event);
        received = received.addSecs(60);
        StorageTest::insertInbox(m_db->db(), endpoint,
            TestData::read(QStringLiteral("storage/") + QLatin1String(fixture)), headers, received);
    };
    post(givecloud.id, "givecloud-paid.json", "contribution_paid");
    post(givecloud.id, "givecloud-refunded-partial.json", "contribution_refunded");
    post(inqud.id, "inqud-completed.json");
    post(inqud.id, "inqud-eth-huge.json");
    post(nation.id, "nationbuilder-succeeded.json");
    post(donary.id, "donary-schedule.json");
    post(donary.id, "donary-void.json");
    const DonationProcessor::Summary s = DonationProcessor(m_db->db()).processPending();
    QCOMPARE(s.error, QString());
    QCOMPARE(s.processed, 7);

    // As of a day when the Donary payment has been voided before its record date.
    const QByteArray csv = exportCsv({}, at("2024-05-27T00:00:00Z"));
    const QByteArray expected = TestData::read(QStringLiteral("storage/export-processed.csv"));
    if (csv != expected) {
        qWarning("got:\n%s", csv.constData());
        QCOMPARE(csv, expected);
    }
}

void DonationExportTest::streamsManyRows()
{
    // 50,000 donations: written in chunks as they are read, never held whole.
    const int count = 50000;
    QVERIFY(m_db->db().transaction());
    {
        const qint64 endpoint = endpointId(QStringLiteral("Bulk"));
        QSqlQuery q(m_db->db());
        q.prepare(QStringLiteral("INSERT INTO donations (endpoint_id, provider, kind, external_id, "
                                 "status, currency, amount_units, "
                                 "donor_name, donated_at, record_rule, record_date, paid_at, "
                                 "status_at, created_at, updated_at) "
                                 "VALUES (?, 'changeup', 'donation', ?, 'paid', 'USD', ?, ?, ?, "
                                 "'delay:0', ?, ?, ?, 0, 0)"));
        const qint64 start = at("2024-01-01T00:00:00Z").toMSecsSinceEpoch();
        for (int i = 0; i < count; ++i) {
            const qint64 when = start + qint64(i) * 60000;
            q.addBindValue(endpoint);
            q.addBindValue(QStringLiteral("bulk-%1").arg(i, 5, 10, QLatin1Char('0')));
            q.addBindValue(qlonglong(100 + i));
            q.addBindValue(QStringLiteral("Donor %1, the %2th").arg(i).arg(i));
            q.addBindValue(when);
            q.addBindValue(when);
            q.addBindValue(when);
            q.addBindValue(when);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    QVERIFY(m_db->db().commit());

    CountingDevice device;
    QList<qint64> progress;
    QString error;
    const qint64 rows = DonationExport::writeCsv(
        m_db->db(), {}, at("2025-01-01T00:00:00Z"), &device, &error, [&](qint64 n) {
            progress << n;
            return true;
        });
    QCOMPARE(error, QString());
    QCOMPARE(rows, count);
    // Progress every thousand rows, and once at the end.
    QCOMPARE(progress.size(), count / 1000 + 1);
    for (int i = 0; i < count / 1000; ++i)
        QCOMPARE(progress.at(i), qint64(i + 1) * 1000);
    QCOMPARE(progress.last(), count);
    // Many bounded writes rather than one of the whole file.
    QVERIFY2(device.writes > 10, qPrintable(QString::number(device.writes)));
    QVERIFY2(device.largestWrite < 128 * 1024, qPrintable(QString::number(device.largestWrite)));
    QVERIFY(device.head.startsWith(QByteArray(
        Header + "1,Bulk,changeup,bulk-00000,paid,,1.00,USD,0.00,\"Donor 0, the 0th\",")));
    QVERIFY(device.tail.endsWith(
        "50000,Bulk,changeup,bulk-49999,paid,,500.99,USD,0.00,\"Donor 49999, the 49999th\",,,"
        "false,2024-02-04T17:19:00Z,2024-02-04T17:19:00Z,post-record\r\n"));
}

void DonationExportTest::progressCanCancel()
{
    QVERIFY(m_db->db().transaction());
    for (int i = 0; i < 5000; ++i) {
        Stored s;
        s.externalId = QStringLiteral("c-%1").arg(i);
        insert(s);
    }
    QVERIFY(m_db->db().commit());

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QList<qint64> calls;
    QString error;
    const qint64 rows = DonationExport::writeCsv(
        m_db->db(), {}, at("2024-06-10T00:00:00Z"), &buffer, &error, [&](qint64 n) {
            calls << n;
            return n < 2000; // the user presses Cancel
        });
    QCOMPARE(rows, -1);
    QCOMPARE(error, QStringLiteral("canceled"));
    // Asked no further after the answer was no.
    QCOMPARE(calls, (QList<qint64> {1000, 2000}));
    QVERIFY(out.count("\r\n") <= 2001);
}

void DonationExportTest::writeFailureReported()
{
    Stored s;
    s.externalId = QStringLiteral("w");
    insert(s);
    FullDevice device;
    QString error;
    QCOMPARE(
        DonationExport::writeCsv(m_db->db(), {}, at("2024-06-10T00:00:00Z"), &device, &error), -1);
    QCOMPARE(error, QStringLiteral("No space left on device"));
}

QTEST_GUILESS_MAIN(DonationExportTest)
#include "tst_donationexport.moc"
