#pragma once

#include "donationfilter.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class QIODevice;

// CSV export, the same for the command line and the desktop app:
// RFC 4180 (CRLF, UTF-8), one fixed header row, exact amounts with the currency's digits,
// ISO 8601 UTC times, and text cells that a spreadsheet would run as a formula neutralised
// with a leading apostrophe. Rows stream from a forward-only query: memory stays flat.
namespace DonationExport {

QStringList columns();

// Writes the header and every matching donation (oldest first), with record states as of
// `asOf`. `progress` (optional) gets the rows written so far and may return false to cancel.
// Returns the number of rows, or -1 with `error` set.
qint64 writeCsv(QSqlDatabase db, const DonationFilter &filter, const QDateTime &asOf,
    QIODevice *out, QString *error, const std::function<bool(qint64)> &progress = {});

// One CSV field, quoted when needed; `text` cells get formula neutralisation.
QByteArray csvField(const QString &value, bool text);

} // namespace DonationExport
