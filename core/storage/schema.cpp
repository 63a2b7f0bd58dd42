#include "database.h"
#include "storagelog.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// Migration steps: index i upgrades schema version i to i + 1. Never edit a released step;
// add a new one.
const QStringList &migrationSteps()
{
    static const QStringList steps {
        // 0 -> 1: the first schema.
        QStringLiteral(R"sql(
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('endpoints_revision', '0');

CREATE TABLE endpoints (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    provider TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    secret TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    event TEXT NOT NULL DEFAULT '',
    timezone TEXT NOT NULL DEFAULT '',
    record_rule TEXT NOT NULL DEFAULT 'delay:0',
    allow_from TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    removed_at INTEGER
);
CREATE UNIQUE INDEX endpoints_live_name ON endpoints (name) WHERE removed_at IS NULL;
CREATE TRIGGER endpoints_revision_insert AFTER INSERT ON endpoints BEGIN
    UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'endpoints_revision';
END;
CREATE TRIGGER endpoints_revision_update AFTER UPDATE ON endpoints BEGIN
    UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'endpoints_revision';
END;
CREATE TRIGGER endpoints_revision_delete AFTER DELETE ON endpoints BEGIN
    UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'endpoints_revision';
END;

CREATE TABLE inbox (
    id INTEGER PRIMARY KEY,
    endpoint_id INTEGER NOT NULL REFERENCES endpoints (id),
    received_at INTEGER NOT NULL,
    peer TEXT NOT NULL,
    method TEXT NOT NULL,
    target TEXT NOT NULL,
    headers BLOB NOT NULL,
    body BLOB NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'processed', 'ignored', 'dead')),
    error TEXT,
    processed_at INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inbox_pending ON inbox (id) WHERE state = 'pending';
CREATE INDEX inbox_dead ON inbox (id) WHERE state = 'dead';
CREATE INDEX inbox_endpoint_time ON inbox (endpoint_id, received_at);

CREATE TABLE request_log (
    id INTEGER PRIMARY KEY,
    received_at INTEGER NOT NULL,
    peer TEXT NOT NULL,
    endpoint_id INTEGER REFERENCES endpoints (id),
    method TEXT NOT NULL,
    target TEXT NOT NULL,
    http_status INTEGER NOT NULL,
    category TEXT NOT NULL,
    reason TEXT NOT NULL,
    headers BLOB,
    body BLOB,
    body_size INTEGER NOT NULL DEFAULT 0,
    suppressed_before INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX request_log_time ON request_log (received_at);

CREATE TABLE donations (
    id INTEGER PRIMARY KEY,
    endpoint_id INTEGER NOT NULL REFERENCES endpoints (id),
    provider TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('donation', 'schedule', 'pledge')),
    external_id TEXT NOT NULL,
    status TEXT NOT NULL,
    provider_status TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    -- No declared type, so no affinity: 64-bit INTEGER, or TEXT digits beyond 64 bits.
    amount_units,
    amount_text TEXT NOT NULL DEFAULT '',
    refunded_units NOT NULL DEFAULT 0,
    donor_name TEXT NOT NULL DEFAULT '',
    donor_email TEXT NOT NULL DEFAULT '',
    campaign TEXT NOT NULL DEFAULT '',
    recurring INTEGER NOT NULL DEFAULT 0,
    parent_id INTEGER REFERENCES donations (id),
    donated_at INTEGER NOT NULL,
    record_rule TEXT NOT NULL,
    record_date INTEGER NOT NULL,
    paid_at INTEGER,
    reversed_at INTEGER,
    status_at INTEGER NOT NULL,
    details TEXT NOT NULL DEFAULT '{}',
    is_test INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (endpoint_id, kind, external_id)
);
CREATE INDEX donations_time ON donations (donated_at, id);
CREATE INDEX donations_endpoint_time ON donations (endpoint_id, donated_at, id);
CREATE INDEX donations_email ON donations (donor_email COLLATE NOCASE);

CREATE TABLE donation_events (
    id INTEGER PRIMARY KEY,
    donation_id INTEGER NOT NULL REFERENCES donations (id),
    inbox_id INTEGER NOT NULL REFERENCES inbox (id),
    dedupe_key TEXT NOT NULL,
    event TEXT NOT NULL,
    status_before TEXT,
    status_after TEXT NOT NULL,
    provider_status TEXT NOT NULL DEFAULT '',
    duplicate INTEGER NOT NULL DEFAULT 0,
    applied_at INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (donation_id, inbox_id, dedupe_key)
);
CREATE INDEX donation_events_donation ON donation_events (donation_id, id);
CREATE INDEX donation_events_inbox ON donation_events (inbox_id);

CREATE TABLE event_keys (
    endpoint_id INTEGER NOT NULL,
    dedupe_key TEXT NOT NULL,
    inbox_id INTEGER NOT NULL,
    PRIMARY KEY (endpoint_id, dedupe_key)
) WITHOUT ROWID;
)sql"),
        // 1 -> 2: indexes for the Donations view's sort orders, so that each page of a million
        // donations sorted by donor, campaign or amount reads only the rows it shows (keyset
        // pagination). The amount expression is the view's sort value: amounts beyond 64 bits
        // (stored as digit text) in order of size too, unknown amounts first.
        QStringLiteral(R"sql(
CREATE INDEX donations_donor ON donations (donor_name COLLATE NOCASE);
CREATE INDEX donations_campaign ON donations (campaign COLLATE NOCASE);
CREATE INDEX donations_currency_amount ON donations (currency, ifnull(CAST(amount_units AS REAL), -1.0));
)sql"),
        // 2 -> 3: silence alarms per endpoint (off while alarm_quiet_minutes and
        // alarm_signature_failures are 0; alarm_window "HH:MM-HH:MM" in the endpoint's time zone,
        // empty: all day); raw requests kept for raw_retention_days (0: for ever) and erased on
        // request, their rows staying for the books (erased_at, erased_why); the requests' time
        // order for the inspector and for retention.
        QStringLiteral(R"sql(
ALTER TABLE endpoints ADD COLUMN alarm_quiet_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE endpoints ADD COLUMN alarm_window TEXT NOT NULL DEFAULT '';
ALTER TABLE endpoints ADD COLUMN alarm_signature_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE inbox ADD COLUMN erased_at INTEGER;
ALTER TABLE inbox ADD COLUMN erased_why TEXT;
ALTER TABLE request_log ADD COLUMN erased_at INTEGER;
ALTER TABLE request_log ADD COLUMN erased_why TEXT;
INSERT OR IGNORE INTO settings (key, value) VALUES ('raw_retention_days', '0');
CREATE INDEX inbox_time ON inbox (received_at, id);
)sql"),
    };
    return steps;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

// QSqlQuery runs one statement at a time; split a step on the semicolons that end statements
// (trigger bodies contain semicolons of their own, closed by "END;").
QStringList splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString &line : script.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        current += line + u'\n';
        if (t.startsWith(QLatin1String("CREATE TRIGGER")))
            inTrigger = true;
        if (inTrigger ? t == u"END;" : t.endsWith(u';')) {
            out << current;
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current;
    return out;
}

} // namespace

namespace Schema {

bool checkFileHeader(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    // The 100-byte database header and the start of page 1, the schema table's b-tree page.
    const QByteArray header = f.read(108);
    if (header.size() < 108 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = tr("%1 is not a Donation Desk database (not an SQLite file); it was left "
                    "untouched. Choose another file with --db.")
                     .arg(path);
        return false;
    }
    const quint32 userVersion = qFromBigEndian<quint32>(header.constData() + 60);
    const quint32 appId = qFromBigEndian<quint32>(header.constData() + 68);
    // No application id but tables: another program's database. Told from the schema page
    // here, before SQLite opens the file: opening a WAL-mode file, even read-only, leaves -wal
    // and -shm files beside it.
    const auto schemaPageType = quint8(header.at(100));
    const quint16 schemaEntries = qFromBigEndian<quint16>(header.constData() + 103);
    const bool hasTables = schemaPageType == 0x05 || schemaEntries > 0;
    if ((appId != 0 && appId != ApplicationId) || (appId == 0 && hasTables)) {
        *error = tr("%1 is an SQLite database of another application; it was left untouched. "
                    "Choose another file with --db.")
                     .arg(path);
        return false;
    }
    if (appId == ApplicationId && userVersion > quint32(CurrentVersion)) {
        *error = tr("%1 was written by a newer Donation Desk (schema %2; this version reads up "
                    "to %3). It was left untouched: upgrade Donation Desk to open it.")
                     .arg(path)
                     .arg(userVersion)
                     .arg(CurrentVersion);
        return false;
    }
    return true;
}

// Declared in storagelog.h for DbConnection: checks what SQLite itself reports (a WAL may hold
// a newer header than the file) and migrates.
bool checkAndMigrate(QSqlDatabase &db, const QString &path, bool migrate, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        *error = tr("%1 is not a Donation Desk database (%2); it was left untouched.")
                     .arg(path, q.lastError().text());
        return false;
    }
    const quint32 appId = quint32(q.value(0).toLongLong());
    q.exec(QStringLiteral("PRAGMA user_version"));
    q.next();
    const int version = q.value(0).toInt();
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    q.next();
    const int objects = q.value(0).toInt();
    q.finish();

    if (appId == 0 && objects > 0) {
        *error = tr("%1 is an SQLite database of another application; it was left untouched. "
                    "Choose another file with --db.")
                     .arg(path);
        return false;
    }
    if (appId != 0 && appId != ApplicationId) {
        *error =
            tr("%1 is an SQLite database of another application; it was left untouched.").arg(path);
        return false;
    }
    if (version > CurrentVersion) {
        *error = tr("%1 was written by a newer Donation Desk (schema %2; this version reads up "
                    "to %3). It was left untouched: upgrade Donation Desk to open it.")
                     .arg(path)
                     .arg(version)
                     .arg(CurrentVersion);
        return false;
    }
    if (version == CurrentVersion || !migrate)
        return version == CurrentVersion || !migrate;

    for (int v = version; v < CurrentVersion; ++v) {
        if (!db.transaction()) {
            *error = tr("cannot migrate %1: %2").arg(path, db.lastError().text());
            return false;
        }
        QString why;
        bool ok = true;
        for (const QString &statement : splitStatements(migrationSteps().at(v))) {
            if (!exec(db, statement, &why)) {
                ok = false;
                break;
            }
        }
        if (ok && v == 0)
            ok = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &why);
        if (ok)
            ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), &why);
        if (!ok || !db.commit()) {
            db.rollback();
            *error = tr("migration of %1 to schema %2 failed: %3").arg(path).arg(v + 1).arg(why);
            return false;
        }
        qCInfo(lcStorage) << "migrated" << path << "to schema" << v + 1;
    }
    return true;
}

} // namespace Schema
