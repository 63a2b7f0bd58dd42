#pragma once

#include "reconciliationmodels.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

class BackgroundDatabase;
class DonationFilterObject;

// The Reconciliation view's state and data: which endpoint, which period (local days), as of
// when; the figures per currency, the pre-record schedule, and the rows behind a figure. Every
// query runs on the database's read lane; results arrive through the event loop, and a result
// overtaken by a newer request is dropped. Reloads when its settings change and, debounced,
// when the app's data changes.
class ReconciliationReport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // 0: all endpoints.
    Q_PROPERTY(qint64 endpointId READ endpointId WRITE setEndpointId NOTIFY settingsChanged)
    // thisMonth, lastMonth, custom (fromDate..toDate, inclusive local days, ISO text).
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY settingsChanged)
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY settingsChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY settingsChanged)
    // As of now (the moment of each load), or as of `asOf`.
    Q_PROPERTY(bool asOfNow READ asOfNow WRITE setAsOfNow NOTIFY settingsChanged)
    Q_PROPERTY(QDateTime asOf READ asOf WRITE setAsOf NOTIFY settingsChanged)
    // The period resolved: [periodStart, periodEnd), local; invalid with periodError set.
    Q_PROPERTY(QDateTime periodStart READ periodStart NOTIFY settingsChanged)
    Q_PROPERTY(QDateTime periodEnd READ periodEnd NOTIFY settingsChanged)
    Q_PROPERTY(QString periodError READ periodError NOTIFY settingsChanged)
    // The moment the figures shown are as of.
    Q_PROPERTY(QDateTime computedAsOf READ computedAsOf NOTIFY loaded)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    // True once figures have been shown (and stays true while they refresh).
    Q_PROPERTY(bool ready READ isReady NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)
    Q_PROPERTY(ReconciliationFiguresModel *figures READ figures CONSTANT)
    Q_PROPERTY(ReconciliationScheduleModel *schedule READ schedule CONSTANT)
    Q_PROPERTY(ReconciliationRowsModel *rows READ rows CONSTANT)
    // The donations behind the figures (endpoint, period, donations in a record state), for
    // the CSV export: pass it to ExportJob with computedAsOf.
    Q_PROPERTY(DonationFilterObject *exportFilter READ exportFilter CONSTANT)
    // The figure whose rows are listed: pre-record, post-record, reversed, adjustments, or
    // net (the post-record rows); with selectedDay, a day of the schedule.
    Q_PROPERTY(QString selectedFigure READ selectedFigure NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedCurrency READ selectedCurrency NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedDay READ selectedDay NOTIFY selectionChanged)
    Q_PROPERTY(bool rowsLoading READ isRowsLoading NOTIFY rowsChanged)
    Q_PROPERTY(qint64 rowsTotal READ rowsTotal NOTIFY rowsChanged)

public:
    static constexpr int RowLimit = 1000;

    explicit ReconciliationReport(QObject *parent = nullptr);
    ~ReconciliationReport() override;

    // Tests: a database other than the app's.
    void setDatabase(BackgroundDatabase *database);

    qint64 endpointId() const { return m_endpointId; }
    void setEndpointId(qint64 id);
    QString period() const { return m_period; }
    void setPeriod(const QString &period);
    QString fromDate() const { return m_fromDate; }
    void setFromDate(const QString &date);
    QString toDate() const { return m_toDate; }
    void setToDate(const QString &date);
    bool asOfNow() const { return m_asOfNow; }
    void setAsOfNow(bool now);
    QDateTime asOf() const { return m_asOf; }
    void setAsOf(const QDateTime &t);

    QDateTime periodStart() const;
    QDateTime periodEnd() const;
    QString periodError() const;
    QDateTime computedAsOf() const { return m_computedAsOf; }
    bool isLoading() const { return m_loading; }
    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }
    ReconciliationFiguresModel *figures() const { return m_figures; }
    ReconciliationScheduleModel *schedule() const { return m_schedule; }
    ReconciliationRowsModel *rows() const { return m_rows; }
    DonationFilterObject *exportFilter() const { return m_exportFilter; }
    QString selectedFigure() const { return m_selectedFigure; }
    QString selectedCurrency() const { return m_selectedCurrency; }
    QString selectedDay() const { return m_selectedDay; }
    bool isRowsLoading() const { return m_rowsLoading; }
    qint64 rowsTotal() const { return m_rowsTotal; }

    // The local dates of the period, inclusive; invalid when it cannot be resolved.
    std::pair<QDate, QDate> periodDates(const QDate &today = QDate::currentDate()) const;
    // The query of the next load (as of now when asOfNow).
    Reconciliation::Query query() const;

    // "2024-05-31" and "23:59" (local) -> asOf, not now. False (nothing changed) when invalid.
    Q_INVOKABLE bool setAsOfLocal(const QString &date, const QString &time);
    Q_INVOKABLE static bool isDate(const QString &text);
    // A file for the export in the documents folder, named after the endpoint and period.
    Q_INVOKABLE QUrl suggestedFile(const QString &endpointName) const;
    Q_INVOKABLE void reload();
    // Lists the rows behind a figure: see selectedFigure.
    Q_INVOKABLE void showRows(
        const QString &figure, const QString &currency, const QString &day = {});
    Q_INVOKABLE void clearSelection();

Q_SIGNALS:
    void settingsChanged();
    void loadingChanged();
    void loaded();
    void selectionChanged();
    void rowsChanged();

private:
    void settingsEdited();
    void updateExportFilter();
    void loadRows();
    BackgroundDatabase *database() const;

    QPointer<BackgroundDatabase> m_database;
    qint64 m_endpointId = 0;
    QString m_period = QStringLiteral("thisMonth");
    QString m_fromDate;
    QString m_toDate;
    bool m_asOfNow = true;
    QDateTime m_asOf;
    QDateTime m_computedAsOf;
    bool m_loading = false;
    bool m_ready = false;
    QString m_error;
    // One load at a time (the read lane's two workers are shared by every view): requests
    // meanwhile make one more load when it is done; a change of settings (a new generation)
    // drops the result in flight.
    bool m_inFlight = false;
    bool m_again = false;
    quint64 m_generation = 0;
    qint64 m_lastLoadMs = 0;
    quint64 m_rowsGeneration = 0;
    ReconciliationFiguresModel *m_figures;
    ReconciliationScheduleModel *m_schedule;
    ReconciliationRowsModel *m_rows;
    DonationFilterObject *m_exportFilter;
    QString m_selectedFigure;
    QString m_selectedCurrency;
    QString m_selectedDay;
    bool m_rowsLoading = false;
    qint64 m_rowsTotal = 0;
    QTimer m_reloadTimer {this};
};
