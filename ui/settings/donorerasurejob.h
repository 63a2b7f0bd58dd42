#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class BackgroundDatabase;

// Erasing a donor's personal data from the desktop, in two steps: preview(email) shows what
// would be erased (how many donations, stored and refused requests), erase() erases exactly
// that address then. Both run off the UI thread (the search reads every stored request). When
// done, the views read the database again and the live feed forgets the donor's name.
class DonorErasureJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
    // The address of the preview or erasure shown, as searched.
    Q_PROPERTY(QString email READ email NOTIFY changed)
    // A preview is shown and erase() would erase it.
    Q_PROPERTY(bool previewed READ isPreviewed NOTIFY changed)
    Q_PROPERTY(bool erased READ isErased NOTIFY changed)
    Q_PROPERTY(int donations READ donations NOTIFY changed)
    Q_PROPERTY(int requests READ requests NOTIFY changed)
    Q_PROPERTY(int refusals READ refusals NOTIFY changed)
    // Nothing holds the address.
    Q_PROPERTY(bool nothingFound READ nothingFound NOTIFY changed)
    // The preview or the result in words, or why it failed (`error`).
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit DonorErasureJob(QObject *parent = nullptr);

    void setDatabase(BackgroundDatabase *database);

    bool isBusy() const { return m_busy; }
    QString email() const { return m_email; }
    bool isPreviewed() const { return m_previewed; }
    bool isErased() const { return m_erased; }
    int donations() const { return int(m_donationIds.size()); }
    int requests() const { return m_requests; }
    int refusals() const { return m_refusals; }
    bool nothingFound() const;
    QString summary() const;
    QString error() const { return m_error; }

    // Empty when `email` can be searched for; else what is wrong with it.
    Q_INVOKABLE static QString checkEmail(const QString &email);
    Q_INVOKABLE void preview(const QString &email);
    // Erases the previewed address; nothing without a preview.
    Q_INVOKABLE void erase();
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void changed();
    void finished();

private:
    BackgroundDatabase *database() const;

    QPointer<BackgroundDatabase> m_database;
    quint64 m_generation = 0;
    bool m_busy = false;
    QString m_email;
    bool m_previewed = false;
    bool m_erased = false;
    QList<qint64> m_donationIds;
    int m_requests = 0;
    int m_refusals = 0;
    QString m_error;
};
