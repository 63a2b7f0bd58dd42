#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <atomic>
#include <memory>

class BackgroundDatabase;

// How a stored request's bytes are shown: exactly, and safely whatever they are.
namespace RequestText {

enum class Kind { Empty, Json, Text, Binary };

struct Shown
{
    Kind kind = Kind::Empty;
    QString text; // for the eye: JSON indented, text as is, binary escaped
    QString exact; // for copying: the bytes as text (UTF-8), or escaped when not UTF-8
    bool truncated = false; // `text` stops at the display limit; `exact` is complete
};

// JSON is validated with QJsonDocument but indented from its own text: a round trip through
// QJsonDocument would sort the keys and pass numbers through a double ("20.20" -> 20.2,
// 12345678901234567890 rounded), and the inspector must show what was sent.
Shown body(const QByteArray &bytes, qsizetype displayLimit = 256 * 1024);
// Header lines ("Name: value" CRLF-separated) as text, one per line.
QString headers(const QByteArray &bytes);
// Valid JSON text, indented by four spaces; every token byte for byte.
QString indentJson(QStringView json);
// Printable ASCII and line breaks as they are, every other byte as \xNN.
QString escapeBytes(const QByteArray &bytes);
QString kindName(Kind kind); // empty, json, text, binary

} // namespace RequestText

// One donation in full for the detail panel: its normalized fields, its history (every event
// applied to it, each with the request that carried it) and, for the event chosen, that raw
// request. Loaded off the UI thread; a result for a donation no longer shown is dropped.
class DonationDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 donationId READ donationId WRITE setDonationId NOTIFY donationIdChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool found READ isFound NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)
    // Values by name: id, endpointId, endpointName, provider, providerName, kind, externalId,
    // status, providerStatus, amount, currency, refunded, amountText, donorName, donorEmail,
    // campaign, recurring, parentId, donatedAt, recordRule, recordDate, recordState, paidAt,
    // reversedAt, statusAt, createdAt, updatedAt, isTest, details (indented JSON).
    Q_PROPERTY(QVariantMap donation READ donation NOTIFY loaded)
    // The same for display: [{key, label, value}], value as text in the user's locale.
    Q_PROPERTY(QVariantList fields READ fields NOTIFY loaded)
    // The history, oldest first: [{eventId, inboxId, event, statusBefore, statusAfter,
    // providerStatus, duplicate, note, dedupeKey, appliedAt, receivedAt, peer, method, target,
    // requestState, requestError}].
    Q_PROPERTY(QVariantList events READ events NOTIFY loaded)
    // Which event's request `request` holds (the latest by default).
    Q_PROPERTY(
        int selectedEvent READ selectedEvent WRITE setSelectedEvent NOTIFY selectedEventChanged)
    // {inboxId, receivedAt, peer, method, target, headers, body, bodyExact, bodyKind,
    // bodySize, truncated, state, error}; empty while loading or when there is none.
    Q_PROPERTY(QVariantMap request READ request NOTIFY requestChanged)
    Q_PROPERTY(bool requestLoading READ isRequestLoading NOTIFY requestChanged)
    // Bind to App.dataRevision: the donation shown is read again when stored data changes.
    Q_PROPERTY(int dataRevision READ dataRevision WRITE setDataRevision NOTIFY dataRevisionChanged)

public:
    explicit DonationDetail(QObject *parent = nullptr);
    ~DonationDetail() override;

    // The database to read; without one, the app's.
    void setDatabase(BackgroundDatabase *database);

    qint64 donationId() const { return m_donationId; }
    void setDonationId(qint64 id);
    bool isLoading() const { return m_loading; }
    bool isFound() const { return m_found; }
    QString error() const { return m_error; }
    QVariantMap donation() const { return m_donation; }
    QVariantList fields() const { return m_fields; }
    QVariantList events() const { return m_events; }
    int selectedEvent() const { return m_selectedEvent; }
    void setSelectedEvent(int index);
    QVariantMap request() const { return m_request; }
    bool isRequestLoading() const { return m_requestLoading; }
    int dataRevision() const { return m_dataRevision; }
    void setDataRevision(int revision);

    Q_INVOKABLE void reload();
    // Everything about the donation as text, for the clipboard.
    Q_INVOKABLE QString fieldsText() const;

    struct Loaded
    {
        bool found = false;
        QString error;
        QVariantMap donation;
        QVariantList events;
    };
    struct Request
    {
        QVariantMap request;
        QString error;
    };

Q_SIGNALS:
    void donationIdChanged();
    void loadingChanged();
    void loaded();
    void selectedEventChanged();
    void requestChanged();
    void dataRevisionChanged();

private:
    BackgroundDatabase *database() const;
    void apply(const Loaded &result, bool keepSelection);
    void loadRequest();
    void setLoading(bool loading);
    void buildFields();

    QPointer<BackgroundDatabase> m_database;
    qint64 m_donationId = 0;
    quint64 m_generation = 0;
    quint64 m_requestGeneration = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_loading = false;
    bool m_found = false;
    QString m_error;
    QVariantMap m_donation;
    QVariantList m_fields;
    QVariantList m_events;
    int m_selectedEvent = -1;
    QVariantMap m_request;
    bool m_requestLoading = false;
    qint64 m_requestInboxId = 0;
    int m_dataRevision = 0;
};
