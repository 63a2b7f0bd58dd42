#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Schema {
bool checkAndMigrate(QSqlDatabase &db, const QString &path, bool migrate, QString *error);
}
