#pragma once

#include "reports/donationfilter.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <optional>

// The SQL behind the Donations table: pages of donations in any column's order by keyset
// pagination, rows again by id, counts. Runs on worker threads (BackgroundDatabase); nothing
// here touches the UI.
//
// Keyset pagination: a page is "the next N rows after the last row shown", found by comparing
// the sort key (sort values, then id) with the last row's key, never by OFFSET, so page 5,000
// costs what page 1 costs. Every order is one an index delivers, so a page reads about as many
// index entries as it shows rows (plus those a filter skips), and never sorts the table:
//   time                 donated_at, id                     donations_time
//   donor, campaign      the column (ignoring case), id     donations_donor, donations_campaign
//   email                donor_email (ignoring case), id    donations_email
//   amount               per currency: amount, id           donations_currency_amount
//   currency, status     per value: donated_at, id          donations_time
//   endpoint, provider   per endpoint (by name, or by provider and name): donated_at, id
//                                                           donations_endpoint_time
//   record state         per state (by name): donated_at, id    donations_time; the state
//                                                           depends on "now": no index holds it
// "Per value" orders are walked as segments: a fixed extra condition each (currency = 'EUR'),
// one after the other; the key then also holds the segment's position. A segment that the
// filter leaves empty is never walked.
namespace DonationPages {

// The table's columns, in display order.
enum Column {
    Time,
    Endpoint,
    Provider,
    Donor,
    Email,
    Amount,
    Currency,
    Status,
    RecordState,
    Campaign,
    ColumnCount
};

struct Row
{
    qint64 id = 0;
    qint64 endpointId = 0;
    QString endpointName;
    QString provider;
    QString kind;
    QString externalId;
    QString status;
    QString providerStatus;
    QString currency;
    QString amount; // canonical major units ("25.00"), empty when not known
    QString refunded; // likewise
    QString donorName;
    QString donorEmail;
    QString campaign;
    bool recurring = false;
    bool isTest = false;
    QDateTime donatedAt; // UTC
    QDateTime recordDate;
    QString recordState; // as of the query's moment
};

// A fixed condition that splits an order into consecutive groups (e.g. one endpoint).
struct Segment
{
    QString sql;
    QVariantList binds;
};

// Where the last page ended.
struct Key
{
    int segment = 0;
    QVariantList values; // the sort values of the last row
    qint64 id = 0;
};

struct Request
{
    DonationFilter filter;
    QDateTime asOf; // record states as of this moment
    int column = Time;
    bool descending = true;
    qint64 maxId = -1; // snapshot: only donations with id <= maxId; -1: take max(id) now
    std::optional<Key> after; // none: the first page
    QList<Segment> segments; // the first page computes them; later pages pass them back
    int limit = 200;
};

struct Page
{
    QList<Row> rows;
    Key last; // key of the last row (unchanged when no rows)
    bool atEnd = false;
    QList<Segment> segments;
    qint64 maxId = 0;
    QString error;
};

// One page of the order `request` describes.
Page fetchPage(QSqlDatabase &db, const Request &request);

// The rows with these ids (any order; ids that no longer exist are missing).
QList<Row> fetchRows(
    QSqlDatabase &db, const QList<qint64> &ids, const QDateTime &asOf, QString *error);

// How many donations match, among ids in (afterId, maxId] (maxId < 0: no upper bound).
qint64 count(QSqlDatabase &db, const DonationFilter &filter, const QDateTime &asOf, qint64 afterId,
    qint64 maxId, QString *error);

// Currency codes that occur, in order.
QStringList currencies(QSqlDatabase &db);

} // namespace DonationPages
