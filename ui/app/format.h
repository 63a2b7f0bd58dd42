#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

// How the desktop shows money and time: in the user's locale and time zone, never through a
// double. (Exports stay locale-independent: see DonationExport.)
class Format : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // "1234.5" (canonical, as Money::toString writes it) -> "1,234.50" in en_US, "1.234,50" in
    // de_DE, with the currency's digits.
    Q_INVOKABLE static QString amount(const QString &canonical, const QString &currency);
    // amount() followed by the currency code: "1,234.50 USD".
    Q_INVOKABLE static QString money(const QString &canonical, const QString &currency);
    Q_INVOKABLE static QString dateTime(const QDateTime &t);
    Q_INVOKABLE static QString date(const QDateTime &t);
    Q_INVOKABLE static QString time(const QDateTime &t);
    // "just now", "5 min ago", else the time or date.
    Q_INVOKABLE static QString relative(const QDateTime &t);
    // A status or record state as stored ("partially_refunded", "pre-record") in the user's
    // language; an unknown code as it is.
    Q_INVOKABLE static QString statusLabel(const QString &status);
    Q_INVOKABLE static QString recordStateLabel(const QString &state);
};
