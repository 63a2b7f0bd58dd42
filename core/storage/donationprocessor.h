#pragma once

#include "domain/donationrecord.h"
#include "providers/webhookrequest.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

#include <optional>

// What processing changed, for live views.
struct DonationChange
{
    qint64 donationId = 0;
    qint64 endpointId = 0;
    qint64 inboxId = 0;
    bool created = false;
    bool statusChanged = false;
    QString status;
    DonationRecord record; // as stored after this change: views need no further read
    QString endpointName;
};

// What became of one stored request.
struct ProcessedRow
{
    qint64 inboxId = 0;
    qint64 endpointId = 0;
    QString state; // processed, ignored, dead
    QString error; // the dead letter's reason, or why nothing came of it
};

// Turns committed inbox rows into donations: one row at a time, each row's work atomic with
// marking it processed, so a crash between the two is impossible and a restart simply picks up
// the rows still pending. Idempotent: a delivery of an event already seen adds only a line to
// the donation's history, and running a row again changes nothing.
class DonationProcessor
{
public:
    explicit DonationProcessor(QSqlDatabase db);
    ~DonationProcessor();

    struct Summary
    {
        int rows = 0;
        int processed = 0;
        int ignored = 0;
        int dead = 0;
        // Selected to run again but left alone: their raw bytes were erased (retention, a
        // donor's request), so running them could only turn them into dead letters.
        int erasedSkipped = 0;
        QList<DonationChange> changes;
        QList<ProcessedRow> outcomes;
        QString error; // a database failure; the batch was rolled back
    };

    // Processes up to `limit` pending rows, oldest first, in one transaction.
    Summary processPending(int limit = 256);

    enum class Scope { DeadLetters, AllRows };
    // Which stored requests to run again: dead letters or every row, narrowed to one
    // endpoint, one request, and requests received in [receivedFrom, receivedTo).
    struct Selection
    {
        Scope scope = Scope::DeadLetters;
        std::optional<qint64> endpointId;
        std::optional<qint64> inboxId;
        QDateTime receivedFrom; // invalid: open
        QDateTime receivedTo;
    };
    // Runs the selected rows through the processor again, in batches. Idempotent: events
    // already applied add nothing but a line of history. Erased rows are skipped (counted).
    Summary reprocess(const Selection &selection);
    Summary reprocess(Scope scope, std::optional<qint64> endpointId = std::nullopt)
    {
        return reprocess(Selection {scope, endpointId, std::nullopt, {}, {}});
    }

    qint64 pendingCount() const;

private:
    struct Row
    {
        qint64 id = 0;
        qint64 endpointId = 0;
        bool erased = false;
        WebhookRequest request;
    };

    Summary run(
        const QString &where, const QVariantList &binds, int limit, qint64 afterId, qint64 *lastId);
    bool processRow(const Row &row, Summary &summary, QString *error);
    bool loadEndpoints(QString *error);
    std::optional<DonationRecord> loadDonation(
        qint64 endpointId, const QString &kind, const QString &externalId, QString *error);
    bool saveDonation(DonationRecord &record, bool isNew, QString *error);

    // Statements prepared once per processor: parsing SQL for every event was most of the
    // processing time.
    struct Statements;
    QSqlQuery &statement(int which);

    QSqlDatabase m_db;
    QHash<qint64, EndpointConfig> m_endpoints;
    std::unique_ptr<Statements> m_statements;
};
