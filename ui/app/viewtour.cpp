#include "viewtour.h"

#include <QQuickWindow>

namespace {
constexpr int PollMs = 50;
constexpr int SettleMs = 250;  // after the data arrives, let layouts and charts settle
constexpr int TimeoutMs = 15000;
} // namespace

ViewTour::ViewTour(QQuickWindow *window, Visitor visitor, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_visitor(std::move(visitor))
{
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &ViewTour::poll);
}

void ViewTour::start()
{
    m_views = m_window->property("viewNames").toStringList();
    next();
}

void ViewTour::next()
{
    if (m_visited.size() + m_timedOut.size() >= m_views.size()) {
        emit done(m_visited, m_timedOut);
        return;
    }
    const QString view = m_views.at(m_visited.size() + m_timedOut.size());
    QMetaObject::invokeMethod(m_window, "showView", Q_ARG(QVariant, view));
    m_waitedMs = 0;
    m_poll.start();
}

void ViewTour::poll()
{
    m_waitedMs += PollMs;
    const bool busy = m_window->property("currentViewBusy").toBool();
    if (busy && m_waitedMs < TimeoutMs)
        return;
    m_poll.stop();
    const QString view = m_views.at(m_visited.size() + m_timedOut.size());
    QTimer::singleShot(SettleMs, this, [this, view, busy] {
        m_visitor(view);
        (busy ? m_timedOut : m_visited) << view;
        next();
    });
}
