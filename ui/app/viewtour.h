#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

class QQuickWindow;

// Shows each view of the main window in turn, waits until it has its data, and hands it to a
// visitor: the self-test checks it loaded cleanly, the screenshot mode saves a PNG of it.
class ViewTour : public QObject
{
    Q_OBJECT
public:
    using Visitor = std::function<void(const QString &view)>;

    ViewTour(QQuickWindow *window, Visitor visitor, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void done(const QStringList &visited, const QStringList &timedOut);

private:
    void next();
    void poll();

    QQuickWindow *m_window;
    Visitor m_visitor;
    QStringList m_views;
    QStringList m_visited;
    QStringList m_timedOut;
    QTimer m_poll{this};
    int m_waitedMs = 0;
};
