#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest>

// Shared helpers for the suites: test data lives in tests/data, never in ../shared.
namespace TestData {

inline QString path(const QString &relative)
{
    return QStringLiteral(DD_TEST_DATA "/") + relative;
}

inline QByteArray read(const QString &relative)
{
    QFile f(path(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace TestData
