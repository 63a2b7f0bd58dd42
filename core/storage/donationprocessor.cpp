#include "donationprocessor.h"

#include "domain/donationmerge.h"
#include "endpointstore.h"
#include "providers/provideradapter.h"
#include "storagelog.h"
#include "time/timestamps.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DonationProcessor", text);
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Empty, never NULL: the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime timeOrNull(const QVariant &v)
{
    return v.isNull() ? QDateTime() : Timestamps::fromMs(v.toLongLong());
}

// Keeps the batch's rows durable-enough: processed results can always be derived again from
// the inbox, which is committed with synchronous=FULL before any request is answered. A lost
// processing transaction leaves its rows pending, and they run again at start-up.
class RelaxedSync
{
public:
    explicit RelaxedSync(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    ~RelaxedSync() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = FULL")); }

private:
    QSqlDatabase &m_db;
};

} // namespace

namespace {

enum StatementKind {
    MarkRow,
    FindEventKey,
    InsertEventKey,
    LoadDonation,
    InsertDonation,
    UpdateDonation,
    UpsertEvent,
    StatementCount
};

const char *const statementSql[StatementCount] = {
    "UPDATE inbox SET state = ?, error = ?, processed_at = ?, attempts = attempts + 1 WHERE id = ?",
    "SELECT inbox_id FROM event_keys WHERE endpoint_id = ? AND dedupe_key = ?",
    "INSERT INTO event_keys (endpoint_id, dedupe_key, inbox_id) VALUES (?, ?, ?)",
    "SELECT id, provider, status, provider_status, currency, amount_units, amount_text, "
    "refunded_units, donor_name, donor_email, campaign, recurring, parent_id, donated_at, "
    "record_rule, record_date, paid_at, reversed_at, status_at, details, is_test, created_at, "
    "updated_at FROM donations WHERE endpoint_id = ? AND kind = ? AND external_id = ?",
    "INSERT INTO donations (status, provider_status, currency, amount_units, amount_text, "
    "refunded_units, donor_name, donor_email, campaign, recurring, parent_id, donated_at, "
    "record_rule, record_date, paid_at, reversed_at, status_at, details, is_test, updated_at, "
    "endpoint_id, provider, kind, external_id, created_at) VALUES "
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "UPDATE donations SET status = ?, provider_status = ?, currency = ?, amount_units = ?, "
    "amount_text = ?, refunded_units = ?, donor_name = ?, donor_email = ?, campaign = ?, "
    "recurring = ?, parent_id = ?, donated_at = ?, record_rule = ?, record_date = ?, "
    "paid_at = ?, reversed_at = ?, status_at = ?, details = ?, is_test = ?, updated_at = ? "
    "WHERE id = ?",
    "INSERT INTO donation_events (donation_id, inbox_id, dedupe_key, event, status_before, "
    "status_after, provider_status, duplicate, applied_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?) ON CONFLICT (donation_id, inbox_id, dedupe_key) DO UPDATE SET "
    "status_before = excluded.status_before, status_after = excluded.status_after, "
    "applied_at = excluded.applied_at, note = excluded.note",
};

// Binds `values` to the positional placeholders of a prepared statement and runs it.
bool execute(QSqlQuery &q, std::initializer_list<QVariant> values, QString *error)
{
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

struct DonationProcessor::Statements
{
    std::array<std::optional<QSqlQuery>, StatementCount> queries;
};

DonationProcessor::DonationProcessor(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(std::make_unique<Statements>())
{ }

DonationProcessor::~DonationProcessor() = default;

QSqlQuery &DonationProcessor::statement(int which)
{
    auto &slot = m_statements->queries[size_t(which)];
    if (!slot) {
        slot.emplace(m_db);
        slot->prepare(QLatin1String(statementSql[which]));
    }
    return *slot;
}

qint64 DonationProcessor::pendingCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM inbox WHERE state = 'pending'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

DonationProcessor::Summary DonationProcessor::processPending(int limit)
{
    return run(QStringLiteral("state = 'pending'"), {}, limit, 0, nullptr);
}

DonationProcessor::Summary DonationProcessor::reprocess(const Selection &selection)
{
    QString where = selection.scope == Scope::DeadLetters ? QStringLiteral("state = 'dead'")
                                                          : QStringLiteral("1 = 1");
    QVariantList binds;
    if (selection.endpointId) {
        where += QStringLiteral(" AND endpoint_id = ?");
        binds << *selection.endpointId;
    }
    if (selection.inboxId) {
        where += QStringLiteral(" AND id = ?");
        binds << *selection.inboxId;
    }
    if (selection.receivedFrom.isValid()) {
        where += QStringLiteral(" AND received_at >= ?");
        binds << selection.receivedFrom.toMSecsSinceEpoch();
    }
    if (selection.receivedTo.isValid()) {
        where += QStringLiteral(" AND received_at < ?");
        binds << selection.receivedTo.toMSecsSinceEpoch();
    }
    Summary total;
    {
        // What the selection holds but must not run: rows whose raw bytes were erased.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT count(*) FROM inbox WHERE %1 AND erased_at IS NOT NULL")
                      .arg(where));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (q.exec() && q.next())
            total.erasedSkipped = q.value(0).toInt();
    }
    where += QStringLiteral(" AND erased_at IS NULL");
    qint64 lastId = 0;
    for (;;) {
        qint64 batchLast = lastId;
        Summary s = run(where, binds, 500, lastId, &batchLast);
        total.rows += s.rows;
        total.processed += s.processed;
        total.ignored += s.ignored;
        total.dead += s.dead;
        total.changes += s.changes;
        total.outcomes += s.outcomes;
        if (!s.error.isEmpty()) {
            total.error = s.error;
            break;
        }
        if (s.rows == 0 || batchLast == lastId)
            break;
        lastId = batchLast;
    }
    return total;
}

DonationProcessor::Summary DonationProcessor::run(
    const QString &where, const QVariantList &binds, int limit, qint64 afterId, qint64 *lastId)
{
    Summary summary;
    QString error;
    RelaxedSync relaxed(m_db);
    // IMMEDIATE: take the write lock up front. A deferred transaction that reads first and
    // writes later fails at once (SQLITE_BUSY_SNAPSHOT) if another connection wrote meanwhile.
    auto exec = [this](const char *sql) {
        return QSqlQuery(m_db).exec(QLatin1String(sql));
    };
    if (!exec("BEGIN IMMEDIATE")) {
        summary.error = m_db.lastError().text();
        return summary;
    }
    if (!loadEndpoints(&error)) {
        exec("ROLLBACK");
        summary.error = error;
        return summary;
    }

    QList<Row> rows;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, endpoint_id, received_at, peer, method, target, "
                                 "headers, body, erased_at IS NOT NULL FROM inbox "
                                 "WHERE %1 AND id > ? ORDER BY id LIMIT ?")
                      .arg(where));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        q.addBindValue(afterId);
        q.addBindValue(limit);
        if (!q.exec()) {
            exec("ROLLBACK");
            summary.error = q.lastError().text();
            return summary;
        }
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            r.endpointId = q.value(1).toLongLong();
            r.request.receivedAt = Timestamps::fromMs(q.value(2).toLongLong());
            r.request.peer = q.value(3).toString();
            r.request.method = q.value(4).toByteArray();
            r.request.target = q.value(5).toByteArray();
            r.request.headers = HeaderBlock::parse(q.value(6).toByteArray());
            r.request.body = q.value(7).toByteArray();
            r.erased = q.value(8).toBool();
            rows << r;
        }
    }

    for (const Row &row : rows) {
        if (!processRow(row, summary, &error)) {
            exec("ROLLBACK");
            qCWarning(lcStorage) << "processing rolled back at inbox row" << row.id << error;
            Summary failed;
            failed.error = error;
            return failed;
        }
        if (lastId)
            *lastId = row.id;
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        summary = Summary();
        summary.error = commit.lastError().text();
        exec("ROLLBACK");
    }
    return summary;
}

bool DonationProcessor::loadEndpoints(QString *error)
{
    m_endpoints.clear();
    QString why;
    const QList<EndpointConfig> all = EndpointStore(m_db).listIncludingRemoved(&why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    for (const EndpointConfig &e : all)
        m_endpoints.insert(e.id, e);
    return true;
}

bool DonationProcessor::processRow(const Row &row, Summary &summary, QString *error)
{
    ++summary.rows;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto markRow = [&](const QString &state, const QString &message) {
        if (!execute(statement(MarkRow),
                {state,
                    message.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(message),
                    now, row.id},
                error))
            return false;
        summary.outcomes << ProcessedRow {row.id, row.endpointId, state, message};
        return true;
    };

    if (row.erased) {
        // Erased (a donor's request) before it was processed: nothing left to read, and not a
        // dead letter, which would ask for a fix that cannot exist.
        ++summary.ignored;
        return markRow(QStringLiteral("ignored"), tr("erased before it was processed"));
    }

    const auto endpointIt = m_endpoints.constFind(row.endpointId);
    const ProviderAdapter *adapter =
        endpointIt == m_endpoints.constEnd() ? nullptr : Providers::find(endpointIt->provider);
    if (!adapter) {
        ++summary.dead;
        return markRow(QStringLiteral("dead"),
            tr("endpoint %1 or its provider no longer exists").arg(row.endpointId));
    }
    const EndpointConfig &endpoint = *endpointIt;
    const NormalizeResult result = adapter->normalize(row.request, endpoint);
    if (!result.error.isEmpty()) {
        ++summary.dead;
        return markRow(QStringLiteral("dead"), result.error);
    }
    if (result.events.isEmpty()) {
        ++summary.ignored;
        return markRow(QStringLiteral("ignored"), result.ignored);
    }

    for (const DonationEvent &event : result.events) {
        // Dedupe: the first row to deliver a key owns it; running that same row again is a
        // re-application (harmless), any other row is a redelivery.
        qint64 owner = 0;
        {
            QSqlQuery &q = statement(FindEventKey);
            if (!execute(q, {row.endpointId, event.dedupeKey}, error))
                return false;
            if (q.next())
                owner = q.value(0).toLongLong();
            q.finish();
        }
        if (owner == 0
            && !execute(
                statement(InsertEventKey), {row.endpointId, event.dedupeKey, row.id}, error))
            return false;
        const bool duplicate = owner != 0 && owner != row.id;

        std::optional<DonationRecord> stored =
            loadDonation(row.endpointId, event.kind, event.externalId, error);
        if (!error->isEmpty())
            return false;
        const bool isNew = !stored;
        DonationRecord record = stored.value_or(DonationRecord());
        DonationMerge::Outcome outcome;
        outcome.before = record.status;
        bool linked = false;
        if (!duplicate) {
            if (!event.parentExternalId.isEmpty() && record.parentId == 0) {
                if (auto parent = loadDonation(
                        row.endpointId, event.parentKind, event.parentExternalId, error))
                    record.parentId = parent->id;
                if (!error->isEmpty())
                    return false;
            }
            outcome = DonationMerge::apply(record, isNew, event, endpoint, row.request.receivedAt);
            // Donation Desk's own test events (the test sender marks them) stay out of reports
            // unless asked for; a donation first seen in a real request never becomes one.
            if (isNew)
                record.isTest = !row.request.header(TestEventHeader).isEmpty();
            if (!saveDonation(record, isNew, error))
                return false;
        } else if (isNew) {
            continue; // a redelivery of an event whose donation is gone: nothing to note it on
        } else if (!event.parentExternalId.isEmpty() && record.parentId == 0) {
            // The payment was first reported on its own (Donary's charge webhook); now its
            // schedule names it as the first payment. Nothing new about the payment itself, but
            // it belongs to the schedule: link it and fill in what only this view of it says.
            const auto parent =
                loadDonation(row.endpointId, event.parentKind, event.parentExternalId, error);
            if (parent) {
                record.parentId = parent->id;
                record.recurring = record.recurring || event.recurring.value_or(false);
                for (auto it = event.details.begin(); it != event.details.end(); ++it) {
                    if (!record.details.contains(it.key()))
                        record.details.insert(it.key(), it.value());
                }
                if (!saveDonation(record, false, error))
                    return false;
                linked = true;
            }
            if (!error->isEmpty())
                return false;
        }

        if (!execute(statement(UpsertEvent),
                {record.id, row.id, event.dedupeKey, text(event.eventName),
                    outcome.created ? QVariant(QMetaType(QMetaType::QString))
                                    : QVariant(Status::toString(outcome.before)),
                    Status::toString(record.status), text(event.providerStatus), duplicate ? 1 : 0,
                    now,
                    duplicate ? tr("redelivery of an event already applied") : text(event.note)},
                error))
            return false;
        if (!duplicate || linked) {
            summary.changes << DonationChange {record.id, record.endpointId, row.id,
                outcome.created, outcome.statusChanged, Status::toString(record.status), record,
                endpoint.name};
        }
    }
    ++summary.processed;
    return markRow(QStringLiteral("processed"), QString());
}

std::optional<DonationRecord> DonationProcessor::loadDonation(
    qint64 endpointId, const QString &kind, const QString &externalId, QString *error)
{
    error->clear();
    QSqlQuery &q = statement(LoadDonation);
    if (!execute(q, {endpointId, kind, externalId}, error))
        return std::nullopt;
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    DonationRecord r;
    r.id = q.value(0).toLongLong();
    r.endpointId = endpointId;
    r.kind = kind;
    r.externalId = externalId;
    r.provider = q.value(1).toString();
    r.status = Status::fromString(q.value(2).toString()).value_or(DonationStatus::Unknown);
    r.providerStatus = q.value(3).toString();
    r.currency = q.value(4).toString();
    r.amountUnits = unitsFromSql(q.value(5));
    r.amountText = q.value(6).toString();
    r.refundedUnits = unitsFromSql(q.value(7)).value_or(0);
    r.donorName = q.value(8).toString();
    r.donorEmail = q.value(9).toString();
    r.campaign = q.value(10).toString();
    r.recurring = q.value(11).toBool();
    r.parentId = q.value(12).toLongLong();
    r.donatedAt = timeOrNull(q.value(13));
    r.recordRule = q.value(14).toString();
    r.recordDate = timeOrNull(q.value(15));
    r.paidAt = timeOrNull(q.value(16));
    r.reversedAt = timeOrNull(q.value(17));
    r.statusAt = timeOrNull(q.value(18));
    r.details = QJsonDocument::fromJson(q.value(19).toByteArray()).object();
    r.isTest = q.value(20).toBool();
    r.createdAt = timeOrNull(q.value(21));
    r.updatedAt = timeOrNull(q.value(22));
    q.finish();
    return r;
}

bool DonationProcessor::saveDonation(DonationRecord &r, bool isNew, QString *error)
{
    // The columns both statements share come first, in the same order.
    const QVariantList common {Status::toString(r.status), text(r.providerStatus), text(r.currency),
        r.amountUnits ? unitsToSql(*r.amountUnits) : QVariant(QMetaType(QMetaType::LongLong)),
        text(r.amountText), unitsToSql(r.refundedUnits), text(r.donorName), text(r.donorEmail),
        text(r.campaign), r.recurring ? 1 : 0,
        r.parentId ? QVariant(r.parentId) : QVariant(QMetaType(QMetaType::LongLong)),
        msOrNull(r.donatedAt), text(r.recordRule), msOrNull(r.recordDate), msOrNull(r.paidAt),
        msOrNull(r.reversedAt), msOrNull(r.statusAt),
        QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)),
        r.isTest ? 1 : 0, msOrNull(r.updatedAt)};
    QSqlQuery &q = statement(isNew ? InsertDonation : UpdateDonation);
    int i = 0;
    for (const QVariant &v : common)
        q.bindValue(i++, v);
    if (isNew) {
        for (const QVariant &v : {QVariant(r.endpointId), QVariant(r.provider), QVariant(r.kind),
                 QVariant(r.externalId), msOrNull(r.createdAt)})
            q.bindValue(i++, v);
    } else {
        q.bindValue(i++, r.id);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (isNew)
        r.id = q.lastInsertId().toLongLong();
    return true;
}
