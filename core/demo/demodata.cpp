#include "demodata.h"

#include "demopayloads.h"
#include "providers/provideradapter.h"
#include "providers/signatures.h"
#include "storage/donationprocessor.h"
#include "storage/endpointstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <vector>

namespace DemoData {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoData", text);
}

// Requests stored per transaction, and inbox rows per processing batch: large enough that
// commits and the processor's per-batch set-up (endpoints, pragmas) are negligible.
constexpr int InsertChunk = 20000;
constexpr int ProcessBatch = 5000;

// One webhook in the timeline: the gift it belongs to and which of its events.
struct Slot
{
    qint64 received;
    quint32 gift;
    quint8 event;
    bool first; // the first of its gift to be stored
};

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

// Demo data can always be made again: while generating, this connection skips fsync and keeps
// a large page cache (the random-order indexes of a million donations fit in it). Restores
// both, whatever happens.
class FastConnection
{
public:
    explicit FastConnection(QSqlDatabase &db)
        : m_db(db)
    {
        m_synchronous = scalar(m_db, QStringLiteral("PRAGMA synchronous")).toInt();
        m_cacheSize = scalar(m_db, QStringLiteral("PRAGMA cache_size")).toLongLong();
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
        relax();
    }
    ~FastConnection()
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = %1").arg(m_synchronous));
    }
    // The processor sets its own level per batch and FULL after it: relax again before ours.
    void relax() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = OFF")); }

private:
    QSqlDatabase &m_db;
    int m_synchronous = 2;
    qint64 m_cacheSize = -2000;
};

QByteArray secretFor(const EndpointSpec &spec)
{
    const ProviderAdapter *adapter = Providers::find(providerId(spec.provider));
    switch (spec.provider) {
    case Provider::ChangeUp:
        // A ChangeUp-style widget may sign with a Standard Webhooks secret; the others rely on
        // their secret URL.
        return spec.flavor == EndpointSpec::Flavor::Signed
            ? Signatures::StandardWebhooks::newSecret()
            : QByteArray();
    case Provider::NationBuilder:
        // NationBuilder chooses the token; any random text stands in for it.
        return Providers::find(u"givecloud")->generateSecret().left(32);
    case Provider::Donary:
        return {};
    default:
        return adapter ? adapter->generateSecret() : QByteArray();
    }
}

// The demo organisation's endpoints: those of the same names are reused (their settings as
// the user left them), the others created.
bool setUpEndpoints(QSqlDatabase &db, const QList<EndpointSpec> &specs, QList<LiveEndpoint> *live,
    Summary *summary, QString *error)
{
    EndpointStore store(db);
    for (const EndpointSpec &spec : specs) {
        const QString provider = providerId(spec.provider);
        QString name = spec.name;
        std::optional<EndpointConfig> existing = store.find(name);
        if (existing && existing->provider != provider) {
            // The name is taken by another provider's endpoint: keep it, use our own.
            name = tr("%1 (demo)").arg(spec.name);
            existing = store.find(name);
            if (existing && existing->provider != provider) {
                *error = tr("endpoint \"%1\" exists with provider %2; rename it to add demo data")
                             .arg(name, existing->provider);
                return false;
            }
        }
        LiveEndpoint e;
        e.spec = spec;
        if (existing) {
            e.config = *existing;
            ++summary->endpointsReused;
        } else {
            e.config.name = name;
            e.config.provider = provider;
            e.config.secret = secretFor(spec);
            e.config.currency = spec.currency;
            e.config.timezone = spec.timezone;
            e.config.allowFrom = spec.allowFrom;
            e.config.recordPolicy = spec.policy;
            QString why;
            if (!store.add(e.config, &why)) {
                *error = tr("cannot create endpoint \"%1\": %2").arg(name, why);
                return false;
            }
            ++summary->endpointsCreated;
        }
        if (spec.provider == Provider::Standard || spec.provider == Provider::ChangeUp)
            e.signingKey = Signatures::StandardWebhooks::keyFromSecret(e.config.secret);
        *live << e;
    }
    return true;
}

bool writeRefusals(QSqlDatabase &db, const QList<RefusalItem> &refusals, QString *error)
{
    if (!QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery log(db);
    log.prepare(QStringLiteral(
        "INSERT INTO request_log (received_at, peer, endpoint_id, method, target, http_status, "
        "category, reason, headers, body, body_size, suppressed_before) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
    for (const RefusalItem &r : refusals) {
        log.addBindValue(r.request.receivedAt.toMSecsSinceEpoch());
        log.addBindValue(r.request.peer);
        log.addBindValue(
            r.endpointId ? QVariant(r.endpointId) : QVariant(QMetaType(QMetaType::LongLong)));
        log.addBindValue(QString::fromLatin1(r.request.method));
        log.addBindValue(QString::fromUtf8(r.request.target));
        log.addBindValue(r.httpStatus);
        log.addBindValue(r.category);
        log.addBindValue(r.reason);
        log.addBindValue(HeaderBlock::serialize(r.request.headers));
        log.addBindValue(r.request.body);
        log.addBindValue(r.bodySize);
        if (!log.exec()) {
            *error = log.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
        *error = db.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace

QStringList endpointNames(const QDateTime &now)
{
    QStringList names;
    for (const EndpointSpec &s : endpointSpecs(now))
        names << s.name;
    return names;
}

bool generate(QSqlDatabase db, const Options &options, QString *error, const Progress &progress,
    Summary *summaryOut)
{
    QString ignored;
    if (!error)
        error = &ignored;
    Summary summary;
    if (options.count < 1 || options.count > MaxCount) {
        *error = tr("count must be between 1 and %1, not %2").arg(MaxCount).arg(options.count);
        return false;
    }
    if (!options.now.isValid()) {
        *error = tr("no time given to generate data up to");
        return false;
    }
    if (!db.isOpen()) {
        *error = tr("the database is not open");
        return false;
    }
    const QDateTime now = options.now.toUTC();
    FastConnection fast(db);

    const QList<EndpointSpec> specs = endpointSpecs(now);
    QList<LiveEndpoint> endpoints;
    if (!setUpEndpoints(db, specs, &endpoints, &summary, error))
        return false;
    // Ids of this run follow those of earlier runs (see PayloadBuilder::build): every stored
    // gift adds at least one inbox row, so the next free row id is past every serial used.
    const quint64 serialBase =
        scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM inbox")).toULongLong();
    const qint64 donationsBefore =
        scalar(db, QStringLiteral("SELECT count(*) FROM donations")).toLongLong();

    // Plan every gift, keep only its webhooks' times, and put them in the order they arrive.
    const Planner planner(options.seed, now, specs, options.count);
    std::vector<Slot> timeline;
    std::vector<quint8> donationsOf;
    timeline.reserve(size_t(options.count) * 3 / 2);
    donationsOf.reserve(size_t(options.count));
    qint64 planned = 0;
    const qint64 maxGifts = qint64(options.count) * 2 + 1000;
    for (qint64 index = 0; planned < options.count && index < maxGifts; ++index) {
        const Gift g = planner.plan(index);
        for (qsizetype i = 0; i < g.events.size(); ++i)
            timeline.push_back({g.events.at(i).received, quint32(index), quint8(i), false});
        donationsOf.push_back(quint8(g.donations));
        planned += g.donations;
    }
    std::sort(timeline.begin(), timeline.end(), [](const Slot &a, const Slot &b) {
        if (a.received != b.received)
            return a.received < b.received;
        if (a.gift != b.gift)
            return a.gift < b.gift;
        return a.event < b.event;
    });
    // Serials in order of first arrival, so that a run stopped early has used a prefix of them.
    std::vector<quint32> serialOf(donationsOf.size(), std::numeric_limits<quint32>::max());
    quint32 nextSerial = 0;
    for (Slot &s : timeline) {
        if (serialOf[s.gift] == std::numeric_limits<quint32>::max()) {
            serialOf[s.gift] = nextSerial++;
            s.first = true;
        }
    }

    const PayloadBuilder builder(planner, endpoints);
    DonationProcessor processor(db);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO inbox (endpoint_id, received_at, peer, method, target, headers, body, state) "
        "VALUES (?, ?, ?, 'POST', ?, ?, ?, 'pending')"));
    qint64 done = 0;
    bool stopped = false;
    // At least twenty chunks, so that progress is reported about every 5%.
    const size_t chunk = std::clamp<size_t>(timeline.size() / 20, 500, InsertChunk);
    for (size_t start = 0; start < timeline.size() && !stopped; start += chunk) {
        const size_t end = std::min(timeline.size(), start + chunk);
        fast.relax();
        if (!QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = db.lastError().text();
            return false;
        }
        for (size_t i = start; i < end; ++i) {
            const Slot &s = timeline[i];
            const Gift g = planner.plan(s.gift);
            const Event &e = g.events.at(s.event);
            const BuiltRequest r = builder.build(g, e, serialBase + serialOf[s.gift]);
            insert.addBindValue(endpoints.at(g.endpoint).config.id);
            insert.addBindValue(e.received);
            insert.addBindValue(r.peer);
            insert.addBindValue(QString::fromLatin1(r.target));
            insert.addBindValue(HeaderBlock::serialize(r.headers));
            insert.addBindValue(r.body);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return false;
            }
            if (s.first)
                done += donationsOf[s.gift];
        }
        if (!QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
            *error = db.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        summary.requests += qint64(end - start);

        // Through the real pipeline: the same processor the listener's storage thread runs.
        for (;;) {
            const DonationProcessor::Summary s = processor.processPending(ProcessBatch);
            if (!s.error.isEmpty()) {
                *error = tr("processing failed: %1").arg(s.error);
                return false;
            }
            summary.processed += s.processed;
            summary.ignored += s.ignored;
            summary.deadLetters += s.dead;
            if (s.rows < ProcessBatch)
                break;
        }
        if (progress && !progress(std::min(done, planned), planned))
            stopped = true;
    }

    const int refusalCount = int(std::clamp<qint64>(6 + options.count / 20000, 8, 60));
    const QList<RefusalItem> refusals = buildRefusals(
        planner, builder, endpoints, stopped ? 0 : refusalCount, qint64(donationsOf.size()));
    fast.relax();
    if (!refusals.isEmpty() && !writeRefusals(db, refusals, error))
        return false;
    summary.refusals = refusals.size();

    summary.donations =
        scalar(db, QStringLiteral("SELECT count(*) FROM donations")).toLongLong() - donationsBefore;
    // Leave a compact file rather than a WAL as large as the data.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (summaryOut)
        *summaryOut = summary;
    return true;
}

} // namespace DemoData
