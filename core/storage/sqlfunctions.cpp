#include "sqlfunctions.h"

#include "domain/recordpolicy.h"
#include "money/decimal.h"
#include "time/timestamps.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>
#include <limits>

namespace {

// SQLite hands out aggregate state aligned for 8 bytes only: the 128-bit total is kept as
// bytes and copied in and out, never accessed in place.
struct SumState
{
    unsigned char total[sizeof(Int128)];
    bool overflow;
    bool any;

    Int128 get() const
    {
        Int128 v;
        memcpy(&v, total, sizeof v);
        return v;
    }
    void set(Int128 v) { memcpy(total, &v, sizeof v); }
};

const Int128 Int128Max = (Int128(0x7fffffffffffffffLL) << 64) | Int128(0xffffffffffffffffULL);

bool addChecked(Int128 &total, Int128 value)
{
    if ((value > 0 && total > Int128Max - value) || (value < 0 && total < -Int128Max - value))
        return false;
    total += value;
    return true;
}

void sumStep(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *state = static_cast<SumState *>(sqlite3_aggregate_context(ctx, sizeof(SumState)));
    if (!state)
        return;
    switch (sqlite3_value_type(argv[0])) {
    case SQLITE_INTEGER: {
        state->any = true;
        Int128 total = state->get();
        if (!addChecked(total, sqlite3_value_int64(argv[0])))
            state->overflow = true;
        state->set(total);
        break;
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        const auto value = int128FromString(QString::fromLatin1(text));
        state->any = true;
        Int128 total = state->get();
        if (!value || !addChecked(total, *value))
            state->overflow = true;
        state->set(total);
        break;
    }
    default:
        break; // NULL: an amount not known yet
    }
}

void sumFinal(sqlite3_context *ctx)
{
    auto *state = static_cast<SumState *>(sqlite3_aggregate_context(ctx, 0));
    if (!state || !state->any) {
        sqlite3_result_int64(ctx, 0);
        return;
    }
    if (state->overflow) {
        sqlite3_result_error(ctx, "dd_sum: total out of range", -1);
        return;
    }
    const Int128 total = state->get();
    if (total <= std::numeric_limits<qint64>::max() && total >= std::numeric_limits<qint64>::min()) {
        sqlite3_result_int64(ctx, sqlite3_int64(total));
        return;
    }
    const QByteArray text = int128ToString(total).toLatin1();
    sqlite3_result_text(ctx, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

QDateTime timeArg(sqlite3_value *v)
{
    if (sqlite3_value_type(v) == SQLITE_NULL)
        return {};
    return Timestamps::fromMs(sqlite3_value_int64(v));
}

void recordState(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *statusText = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto status = Status::fromString(QString::fromLatin1(statusText ? statusText : ""));
    const Record::Facts facts{status.value_or(DonationStatus::Unknown), timeArg(argv[1]),
                              timeArg(argv[2]), timeArg(argv[3]), timeArg(argv[4])};
    static const QByteArray names[] = {
        Record::toString(RecordState::None).toLatin1(),
        Record::toString(RecordState::PreRecord).toLatin1(),
        Record::toString(RecordState::PostRecord).toLatin1(),
        Record::toString(RecordState::Reversed).toLatin1(),
    };
    const QByteArray &name = names[int(Record::stateAsOf(facts, timeArg(argv[5])))];
    sqlite3_result_text(ctx, name.constData(), int(name.size()), SQLITE_STATIC);
}

// Case-insensitive substring match with Unicode case folding ("MÜLLER" finds "Müller",
// "ЗОЯ" finds "Зоя"); SQLite's LIKE folds ASCII only.
void contains(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *hay = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *needle = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    if (!hay || !needle) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const QString h = QString::fromUtf8(hay, sqlite3_value_bytes(argv[0]));
    const QString n = QString::fromUtf8(needle, sqlite3_value_bytes(argv[1]));
    sqlite3_result_int(ctx, h.contains(n, Qt::CaseInsensitive) ? 1 : 0);
}

} // namespace

namespace SqlFunctions {

bool install(QSqlDatabase &db, QString *error)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(sqlite, "dd_sum", 1, flags, nullptr, nullptr, sumStep, sumFinal, nullptr) != SQLITE_OK
        || sqlite3_create_function_v2(sqlite, "dd_record_state", 6, flags, nullptr, recordState, nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_create_function_v2(sqlite, "dd_contains", 2, flags, nullptr, contains, nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
        return false;
    }
    return true;
}

} // namespace SqlFunctions
