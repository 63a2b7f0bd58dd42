#pragma once

#include "reports/donationfilter.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

// The filter a person sets in the desktop app: which endpoints, providers, statuses, record
// states and currencies, a date range (presets in local time), and free text. The Donations
// table, the charts and the export all read the same object, so the export is exactly what
// the view shows.
class DonationFilterObject : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(DonationFilter)
    Q_PROPERTY(QVariantList endpointIds READ endpointIds WRITE setEndpointIds NOTIFY changed)
    Q_PROPERTY(QStringList providers READ providers WRITE setProviders NOTIFY changed)
    Q_PROPERTY(QStringList statuses READ statuses WRITE setStatuses NOTIFY changed)
    Q_PROPERTY(QStringList recordStates READ recordStates WRITE setRecordStates NOTIFY changed)
    Q_PROPERTY(QStringList currencies READ currencies WRITE setCurrencies NOTIFY changed)
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY changed)
    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY changed)
    Q_PROPERTY(QDate fromDate READ fromDate WRITE setFromDate NOTIFY changed)
    Q_PROPERTY(QDate toDate READ toDate WRITE setToDate NOTIFY changed)
    // The custom range's days as "yyyy-MM-dd" ("" = open), for text fields: a QDate reaches
    // QML as a JavaScript Date, a moment, which can show as the day before or after.
    Q_PROPERTY(QString fromDateText READ fromDateText WRITE setFromDateText NOTIFY changed)
    Q_PROPERTY(QString toDateText READ toDateText WRITE setToDateText NOTIFY changed)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY changed)
    Q_PROPERTY(bool includeTests READ includeTests WRITE setIncludeTests NOTIFY changed)
    Q_PROPERTY(bool active READ isActive NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)

public:
    // Date range presets, in the user's time zone: all, today, last7 (today and the six days
    // before), thisMonth, lastMonth, custom (fromDate..toDate, inclusive).
    static QStringList ranges();

    explicit DonationFilterObject(QObject *parent = nullptr);

    QVariantList endpointIds() const;
    void setEndpointIds(const QVariantList &ids);
    QStringList providers() const { return m_providers; }
    void setProviders(const QStringList &v);
    QStringList statuses() const { return m_statuses; }
    void setStatuses(const QStringList &v);
    QStringList recordStates() const { return m_recordStates; }
    void setRecordStates(const QStringList &v);
    QStringList currencies() const { return m_currencies; }
    void setCurrencies(const QStringList &v);
    QStringList kinds() const { return m_kinds; }
    void setKinds(const QStringList &v);
    QString range() const { return m_range; }
    void setRange(const QString &v);
    QDate fromDate() const { return m_from; }
    void setFromDate(const QDate &d);
    QDate toDate() const { return m_to; }
    void setToDate(const QDate &d);
    QString fromDateText() const { return m_from.toString(Qt::ISODate); }
    void setFromDateText(const QString &text);
    QString toDateText() const { return m_to.toString(Qt::ISODate); }
    void setToDateText(const QString &text);
    // Whether text is a day setFromDateText()/setToDateText() accept ("" included).
    Q_INVOKABLE static bool isDateText(const QString &text);
    QString search() const { return m_search; }
    void setSearch(const QString &v);
    bool includeTests() const { return m_includeTests; }
    void setIncludeTests(bool v);

    bool isActive() const;
    QString description() const;

    // The filter for queries; date presets resolve against `today` (local).
    DonationFilter filter(const QDate &today = QDate::currentDate()) const;
    // The [start, end) of the date range in local time; invalid for "all".
    std::pair<QDateTime, QDateTime> interval(const QDate &today = QDate::currentDate()) const;

    Q_INVOKABLE void clear();
    Q_INVOKABLE QVariantMap toMap() const;
    Q_INVOKABLE void fromMap(const QVariantMap &map);
    Q_INVOKABLE void copyFrom(DonationFilterObject *other);

Q_SIGNALS:
    void changed();

private:
    template<typename T>
    void assign(T &field, const T &value);

    QList<qint64> m_endpointIds;
    QStringList m_providers;
    QStringList m_statuses;
    QStringList m_recordStates;
    QStringList m_currencies;
    QStringList m_kinds;
    QString m_range = QStringLiteral("all");
    QDate m_from;
    QDate m_to;
    QString m_search;
    bool m_includeTests = false;
};
