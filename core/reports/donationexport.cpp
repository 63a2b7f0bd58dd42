#include "donationexport.h"

#include "domain/donationrecord.h"
#include "money/currency.h"
#include "time/timestamps.h"

#include <QIODevice>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace DonationExport {

QStringList columns()
{
    return {QStringLiteral("donation_id"), QStringLiteral("endpoint"), QStringLiteral("provider"),
        QStringLiteral("external_id"), QStringLiteral("status"), QStringLiteral("provider_status"),
        QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("refunded_amount"),
        QStringLiteral("donor_name"), QStringLiteral("donor_email"), QStringLiteral("campaign"),
        QStringLiteral("recurring"), QStringLiteral("donated_at"), QStringLiteral("record_date"),
        QStringLiteral("record_state")};
}

namespace {

// One CSV cell from UTF-8 bytes, as SQLite holds them. A text cell starting with one of these
// is a formula to Excel, LibreOffice and Sheets: it gets a leading quote. A cell holding a
// separator, a quote or a line break is quoted, its quotes doubled.
void appendCsvField(QByteArray &out, QByteArrayView utf8, bool text)
{
    const char first = utf8.isEmpty() ? '\0' : utf8.front();
    const bool formula = text
        && (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
            || first == '\r');
    bool quote = false;
    for (qsizetype i = 0; i < utf8.size() && !quote; ++i)
        quote = utf8[i] == ',' || utf8[i] == '"' || utf8[i] == '\n' || utf8[i] == '\r';
    if (!quote) {
        if (formula)
            out += '\'';
        out += utf8;
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

class Statement
{
public:
    explicit Statement(sqlite3_stmt *s)
        : m_s(s)
    { }
    ~Statement() { sqlite3_finalize(m_s); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_s; }

private:
    sqlite3_stmt *m_s;
};

} // namespace

QByteArray csvField(const QString &value, bool text)
{
    QByteArray out;
    appendCsvField(out, value.toUtf8(), text);
    return out;
}

qint64 writeCsv(QSqlDatabase db, const DonationFilter &filter, const QDateTime &asOf,
    QIODevice *out, QString *error, const std::function<bool(qint64)> &progress)
{
    const DonationQuery::Where where = DonationQuery::where(filter, asOf);
    // SQLite's own interface: its UTF-8 goes to the file as it is, where QSqlQuery would make a
    // QVariant and a UTF-16 QString of every cell (half the time of an export).
    const QVariant handle = db.driver()->handle();
    sqlite3 *sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.data())
        : nullptr;
    if (!sqlite) {
        *error = QStringLiteral("not an open SQLite database");
        return -1;
    }
    const QByteArray sql = QStringLiteral(
        "SELECT d.id, e.name, d.provider, d.external_id, d.status, d.provider_status, "
        "d.amount_units, d.currency, d.refunded_units, d.donor_name, d.donor_email, "
        "d.campaign, d.recurring, d.donated_at, d.record_date, d.paid_at, d.reversed_at "
        "FROM donations d JOIN endpoints e ON e.id = d.endpoint_id WHERE %1 "
        "ORDER BY d.donated_at, d.id")
                               .arg(where.sql)
                               .toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(sqlite, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
        sqlite3_finalize(raw);
        return -1;
    }
    const Statement statement(raw);
    for (qsizetype i = 0; i < where.binds.size(); ++i) {
        const QVariant &b = where.binds.at(i);
        const int index = int(i) + 1;
        int rc = SQLITE_OK;
        if (b.isNull()) {
            rc = sqlite3_bind_null(raw, index);
        } else if (b.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::Int
            || b.typeId() == QMetaType::Bool) {
            rc = sqlite3_bind_int64(raw, index, b.toLongLong());
        } else {
            const QByteArray text = b.toString().toUtf8();
            rc =
                sqlite3_bind_text(raw, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
            return -1;
        }
    }

    auto text = [raw](int column) {
        return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(raw, column)),
            sqlite3_column_bytes(raw, column));
    };
    auto units = [&](int column) -> std::optional<Int128> {
        switch (sqlite3_column_type(raw, column)) {
        case SQLITE_NULL:
            return std::nullopt;
        case SQLITE_INTEGER:
            return Int128(sqlite3_column_int64(raw, column));
        default:
            return int128FromString(QString::fromUtf8(text(column)));
        }
    };
    auto time = [raw](int column) {
        return sqlite3_column_type(raw, column) == SQLITE_NULL
            ? std::optional<qint64>()
            : std::optional<qint64>(sqlite3_column_int64(raw, column));
    };
    auto dateTime = [](const std::optional<qint64> &ms) {
        return ms ? Timestamps::fromMs(*ms) : QDateTime();
    };

    QByteArray buffer = columns().join(u',').toUtf8() + "\r\n";
    buffer.reserve(80 * 1024);
    qint64 rows = 0;
    auto flush = [&]() {
        if (out->write(buffer) != buffer.size()) {
            *error = out->errorString();
            return false;
        }
        buffer.clear();
        return true;
    };
    auto textField = [&](int column) {
        appendCsvField(buffer, text(column), true);
        buffer += ',';
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const QByteArrayView currencyBytes = text(7);
        const QString currency = QString::fromLatin1(currencyBytes);
        const int scale = Currency::scale(currency);
        const auto amount = units(6);
        const auto refunded = units(8).value_or(0);
        const QByteArrayView statusBytes = text(4);
        const auto status =
            Status::fromString(QString::fromLatin1(statusBytes)).value_or(DonationStatus::Unknown);
        const std::optional<qint64> donatedAt = time(13);
        const std::optional<qint64> recordDate = time(14);
        const Record::Facts facts {status, dateTime(donatedAt), dateTime(recordDate),
            dateTime(time(15)), dateTime(time(16))};

        buffer += text(0);
        buffer += ',';
        textField(1);
        textField(2);
        textField(3);
        buffer += statusBytes;
        buffer += ',';
        textField(5);
        if (amount)
            buffer += formatUnits(*amount, scale).toUtf8();
        buffer += ',';
        appendCsvField(buffer, currencyBytes, true);
        buffer += ',';
        if (!currency.isEmpty())
            buffer += formatUnits(refunded, scale).toUtf8();
        buffer += ',';
        textField(9);
        textField(10);
        textField(11);
        buffer += sqlite3_column_int64(raw, 12) ? "true," : "false,";
        if (donatedAt)
            Timestamps::appendIsoUtc(buffer, *donatedAt);
        buffer += ',';
        if (recordDate)
            Timestamps::appendIsoUtc(buffer, *recordDate);
        buffer += ',';
        buffer += Record::toString(Record::stateAsOf(facts, asOf)).toLatin1();
        buffer += "\r\n";
        ++rows;
        if (buffer.size() > 64 * 1024 && !flush())
            return -1;
        if (progress && rows % 1000 == 0 && !progress(rows)) {
            *error = QStringLiteral("canceled");
            return -1;
        }
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
        return -1;
    }
    if (!flush())
        return -1;
    if (progress)
        progress(rows);
    return rows;
}

} // namespace DonationExport
