#pragma once

#include "providers/webhookrequest.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Every request the listener saw, for the request inspector: the accepted ones (the inbox,
// with what processing made of them) and the refused ones (the request log), newest first,
// in one list. Keyset-paged: a page is the rows after the last one shown, so the millionth
// request costs what the first does.
namespace RequestLog {

// What became of a request.
//   accepted   stored and processed into donations (or waiting to be: pending)
//   duplicate  stored; every event in it had been delivered before
//   ignored    stored; a valid event that carries no donation (supporter_updated)
//   dead       stored; could not be read into a donation (a dead letter; reprocess retries)
//   refused    answered 4xx/5xx and not stored; `category` says why
enum class Result { Accepted, Duplicate, Ignored, Dead, Refused, Pending };
QString resultName(Result r); // "accepted", ...

// The inspector's result filter: the results above, with refusals split by cause.
//   refused-signature (signature, token in the body), refused-token (unknown URL token),
//   refused-size (body or headers over the limits), refused-malformed (not the provider's
//   JSON, broken HTTP, wrong method), refused-other (timeouts, capacity, storage)
QStringList filterNames();
// The refusal categories behind a refused-* filter name.
QStringList categoriesOf(const QString &filterName);

struct Filter
{
    QList<qint64> endpointIds; // empty: all (and requests that reached no endpoint)
    QStringList results; // filterNames(); empty: all
    QString search; // in headers and body, ignoring case
    bool operator==(const Filter &) const = default;
};

struct Entry
{
    bool refused = false; // from the request log, else from the inbox
    qint64 id = 0; // inbox id or request_log id
    QDateTime receivedAt;
    QString peer;
    qint64 endpointId = 0; // 0: no endpoint (an unknown token)
    QString endpointName;
    QString provider;
    QString method;
    QString target; // masked: "/hooks/3q2Y..."
    qint64 size = 0; // body bytes
    int httpStatus = 200; // the answer we gave
    Result result = Result::Accepted;
    QString category; // refusals
    QString reason; // the refusal's reason or the dead letter's error
    int donations = 0; // donations the request created or changed
    // When and why its raw bytes (headers, body) were erased: invalid / empty while kept.
    // `size` of an erased stored request is 0; a refusal keeps its original size.
    QDateTime erasedAt;
    QString erasedWhy; // "retention" or "donor erasure"
    bool isErased() const { return erasedAt.isValid(); }
};

// Where a page starts: after this row (the last of the previous page).
struct Cursor
{
    qint64 receivedAtMs = 0;
    bool refused = false;
    qint64 id = 0;
    static Cursor after(const Entry &e);
};

struct Page
{
    QList<Entry> entries;
    bool more = false; // rows after these
    QString error;
};

Page page(QSqlDatabase db, const Filter &filter, const std::optional<Cursor> &after, int limit);

// One request in full, for the detail pane.
struct Touched
{
    qint64 donationId = 0;
    QString externalId;
    QString kind;
    QString statusBefore;
    QString statusAfter;
    bool duplicate = false;
    QString amount; // amount_text
    QString currency;
    QString donorName;
};

struct Detail
{
    Entry entry;
    HeaderList headers;
    QByteArray body; // as received (a refusal keeps its first 16 KiB)
    bool bodyCut = false; // the request log kept only part of it
    int suppressedBefore = 0; // refusals not logged just before this one (rate limit)
    QList<Touched> touched;
    QString error; // the query failed, or the request is gone
};

Detail detail(QSqlDatabase db, bool refused, qint64 id);

// A shell command that sends the same bytes and headers again: curl to `baseUrl` (the local
// listener, "http://127.0.0.1:8787") plus the request's target. The token in a stored target
// is masked, so the endpoint's real path is given by the caller (empty: the masked target,
// which the listener will refuse as an unknown token). Empty for an erased request: its bytes
// are gone.
QString curlCommand(const Detail &detail, const QString &baseUrl, const QByteArray &path);

} // namespace RequestLog
