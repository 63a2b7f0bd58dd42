#include "donorerasurejob.h"

#include "appcontroller.h"
#include "storage/backgrounddatabase.h"
#include "storage/donorerasure.h"

DonorErasureJob::DonorErasureJob(QObject *parent)
    : QObject(parent)
{ }

void DonorErasureJob::setDatabase(BackgroundDatabase *database)
{
    m_database = database;
}

BackgroundDatabase *DonorErasureJob::database() const
{
    return AppController::databaseOr(m_database);
}

QString DonorErasureJob::checkEmail(const QString &email)
{
    const QString why = DonorErasure::checkEmail(email);
    if (why.isEmpty())
        return {};
    // The core's message starts in lower case for the command line's "--email: ...".
    return why.left(1).toUpper() + why.mid(1) + u'.';
}

bool DonorErasureJob::nothingFound() const
{
    return (m_previewed || m_erased) && m_donationIds.isEmpty() && m_requests == 0
        && m_refusals == 0;
}

QString DonorErasureJob::summary() const
{
    if (!m_error.isEmpty() || (!m_previewed && !m_erased))
        return {};
    if (nothingFound())
        return m_erased ? tr("Nothing more holds %1: nothing was erased.").arg(m_email)
                        : tr("No donation and no stored or refused request holds %1.").arg(m_email);
    const QString counts = tr("%n donation(s)", "", donations()) + QStringLiteral(", ")
        + tr("%n stored request(s)", "", m_requests) + QStringLiteral(", ")
        + tr("%n refused request(s)", "", m_refusals);
    return m_erased ? tr("Erased the personal data of %1: %2.").arg(m_email, counts)
                    : tr("%1 is held by %2.").arg(m_email, counts);
}

void DonorErasureJob::reset()
{
    ++m_generation;
    m_busy = false;
    m_email.clear();
    m_previewed = false;
    m_erased = false;
    m_donationIds.clear();
    m_requests = 0;
    m_refusals = 0;
    m_error.clear();
    emit changed();
}

void DonorErasureJob::preview(const QString &email)
{
    BackgroundDatabase *db = database();
    const QString address = email.trimmed();
    reset();
    m_email = address;
    if (const QString why = checkEmail(address); !why.isEmpty() || !db) {
        m_error = why.isEmpty() ? tr("No database is open.") : why;
        emit changed();
        return;
    }
    m_busy = true;
    emit changed();
    const quint64 generation = m_generation;
    // The long lane: searching every stored request's bytes must not hold up the views.
    db->longRead<DonorErasure::Result>(
        this, [address](QSqlDatabase &sql) { return DonorErasure::preview(sql, address); },
        [this, generation](DonorErasure::Result r) {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_error = r.error;
            m_previewed = r.error.isEmpty();
            m_donationIds = r.donationIds;
            m_requests = int(r.requestIds.size());
            m_refusals = int(r.refusalIds.size());
            emit changed();
            emit finished();
        });
}

void DonorErasureJob::erase()
{
    BackgroundDatabase *db = database();
    if (!db || m_busy || !m_previewed)
        return;
    const QString address = m_email;
    m_busy = true;
    emit changed();
    const quint64 generation = m_generation;
    db->write<DonorErasure::Result>(
        this,
        [address](QSqlDatabase &sql) {
            return DonorErasure::erase(sql, address, QDateTime::currentDateTimeUtc());
        },
        [this, generation](DonorErasure::Result r) {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_previewed = false;
            m_error = r.error.isEmpty() ? QString() : tr("Nothing was erased: %1").arg(r.error);
            m_erased = r.error.isEmpty();
            m_donationIds = r.donationIds;
            m_requests = int(r.requestIds.size());
            m_refusals = int(r.refusalIds.size());
            emit changed();
            emit finished();
            if (r.erased) {
                if (AppController *app = AppController::instance())
                    app->forgetDonors(r.donationIds);
            }
        });
}
