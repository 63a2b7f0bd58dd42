#pragma once

#include "reports/chartqueries.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QtCharts/QAbstractSeries>

class BackgroundDatabase;
class DonationFilterObject;

// The currencies the charts have money in, most donations first, with their totals
// (canonical decimal text, exact).
class ChartCurrencyModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by DonationCharts")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        CurrencyRole = Qt::UserRole + 1,
        CountRole,
        KeptRole,
        ReturnedRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSeries(const QList<ChartQueries::CurrencySeries> &series);
    Q_INVOKABLE int indexOf(const QString &currency) const;
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Entry
    {
        QString currency;
        ChartQueries::BucketTotals total;
        bool operator==(const Entry &) const = default;
    };
    QList<Entry> m_entries;
};

// The Charts view's data: aggregates of the donations a filter (the Donations view's) selects,
// loaded on the database's read lane whenever the filter or the data changes (debounced).
// Series are pushed into QtCharts series by the fill functions, a few hundred to a few
// thousand points each; amounts are exact until they are turned into chart coordinates.
class DonationCharts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DonationFilterObject *filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)
    Q_PROPERTY(qint64 count READ count NOTIFY loaded)
    Q_PROPERTY(QString bucket READ bucket NOTIFY loaded) // hour, day, month
    Q_PROPERTY(int bucketCount READ bucketCount NOTIFY loaded)
    Q_PROPERTY(QDateTime rangeStart READ rangeStart NOTIFY loaded)
    Q_PROPERTY(QDateTime rangeEnd READ rangeEnd NOTIFY loaded)
    Q_PROPERTY(QDateTime computedAt READ computedAt NOTIFY loaded)
    Q_PROPERTY(ChartCurrencyModel *currencies READ currencies CONSTANT)
    // The currency of the money charts; the first (most donations) unless one was chosen.
    Q_PROPERTY(QString currency READ currency WRITE setCurrency NOTIFY currencyChanged)
    // Tops of the value axes of the money charts, in major units (drawing only).
    Q_PROPERTY(double totalsMax READ totalsMax NOTIFY currencyChanged)
    Q_PROPERTY(double statesMax READ statesMax NOTIFY currencyChanged)
    Q_PROPERTY(QStringList providerLabels READ providerLabels NOTIFY loaded)
    Q_PROPERTY(QVariantList providerCounts READ providerCounts NOTIFY loaded)
    Q_PROPERTY(QStringList endpointLabels READ endpointLabels NOTIFY loaded)
    Q_PROPERTY(QVariantList endpointCounts READ endpointCounts NOTIFY loaded)
    Q_PROPERTY(QStringList statusKeys READ statusKeys NOTIFY loaded)
    Q_PROPERTY(QVariantList statusCounts READ statusCounts NOTIFY loaded)
    // The largest provider or endpoint count (at least 1): the bars' common scale.
    Q_PROPERTY(double countMax READ countMax NOTIFY loaded)

public:
    static constexpr int MaxSlices = 10;

    explicit DonationCharts(QObject *parent = nullptr);
    ~DonationCharts() override;

    // Tests: a database other than the app's.
    void setDatabase(BackgroundDatabase *database);

    DonationFilterObject *filter() const { return m_filter; }
    void setFilter(DonationFilterObject *filter);
    bool isLoading() const { return m_loading; }
    bool isReady() const { return m_ready; }
    QString error() const { return m_data.error; }
    qint64 count() const { return m_data.count; }
    QString bucket() const { return ChartQueries::bucketName(m_data.bucket); }
    int bucketCount() const { return qMax(0, int(m_data.bounds.size()) - 1); }
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;
    QDateTime computedAt() const { return m_computedAt; }
    ChartCurrencyModel *currencies() const { return m_currencies; }
    QString currency() const { return m_currency; }
    void setCurrency(const QString &currency);
    double totalsMax() const;
    double statesMax() const;
    QStringList providerLabels() const;
    QVariantList providerCounts() const;
    QStringList endpointLabels() const;
    QVariantList endpointCounts() const;
    QStringList statusKeys() const;
    QVariantList statusCounts() const;
    double countMax() const;

    const ChartQueries::Charts &data() const { return m_data; }

    // The selected currency's money per bucket as bars: `kept` from zero, `returned` stacked
    // on it (its lower edge in `returnedBase`, its upper edge in `returnedTop`). QXYSeries.
    Q_INVOKABLE void fillTotals(
        QAbstractSeries *kept, QAbstractSeries *returnedBase, QAbstractSeries *returnedTop) const;
    // The selected currency's pre- and post-record amounts over time. QXYSeries.
    Q_INVOKABLE void fillRecordStates(
        QAbstractSeries *preRecord, QAbstractSeries *postRecord) const;
    // One slice per status (QPieSeries), most donations first; labels are the status names.
    Q_INVOKABLE void fillStatuses(QAbstractSeries *pie) const;
    // The bucket at a chart x (ms since the epoch) for tooltips: start, end, count, kept,
    // returned (canonical), currency; empty outside the range.
    Q_INVOKABLE QVariantMap bucketAt(double ms) const;
    // A provider, endpoint or status slice ("providers", "endpoints", "statuses"): label,
    // count, kept (a list of {amount, currency}).
    Q_INVOKABLE QVariantMap sliceAt(const QString &group, int index) const;
    Q_INVOKABLE void reload();

    // Rounds up to 1, 2, 2.5 or 5 times a power of ten, for axis tops.
    static double niceCeiling(double value);

Q_SIGNALS:
    void filterChanged();
    void loadingChanged();
    void loaded();
    void currencyChanged();

private:
    BackgroundDatabase *database() const;
    void scheduleReload(int delayMs);
    void settingsChanged();
    const ChartQueries::CurrencySeries *selectedSeries() const;
    const ChartQueries::CurrencyStates *selectedStates() const;
    const QList<ChartQueries::Slice> *group(const QString &name) const;

    QPointer<BackgroundDatabase> m_database;
    QPointer<DonationFilterObject> m_filter;
    ChartQueries::Charts m_data;
    QDateTime m_computedAt;
    ChartCurrencyModel *m_currencies;
    QString m_currency;
    QString m_chosenCurrency; // what the person picked, kept across reloads while it exists
    bool m_loading = false;
    bool m_ready = false;
    // One load at a time: the read lane has two workers shared by every view, and a load over
    // a large history takes a while. Requests meanwhile make one more load when it is done;
    // a change of filter or database (a new generation) drops the result in flight.
    bool m_inFlight = false;
    bool m_again = false;
    quint64 m_generation = 0;
    qint64 m_lastLoadMs = 0;
    QTimer m_reloadTimer {this};
};
