#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Sql {

// Prepares `sql` on `q` (forward only: results are read once), binds `binds` in order and runs
// it. On failure puts the driver's message in *error and returns false.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error);

} // namespace Sql
