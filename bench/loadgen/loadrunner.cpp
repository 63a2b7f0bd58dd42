#include "loadrunner.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>

namespace {

int64_t nowNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return s(u.ru_utime) + s(u.ru_stime);
}

bool startsWithNoCase(std::string_view line, std::string_view prefix)
{
    if (line.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(line[i])) != prefix[i])
            return false;
    }
    return true;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

struct LoadRunner::Connection
{
    int index = 0;
    int fd = -1;
    uint32_t generation = 0; // of its socket: events of a closed socket are recognised
    bool connecting = false;
    bool dead = false; // could not reconnect: no longer used
    bool busy = false; // a request is on it, its answer awaited
    bool idle = false; // in m_idle
    bool wantWrite = false;
    size_t request = 0;
    size_t written = 0;
    int64_t originNs = 0; // latency counts from here: sent (closed) or due (open)
    std::string in;
};

LoadRunner::LoadRunner(const Config &config, const std::vector<std::string> &requests)
    : m_config(config)
    , m_requests(requests)
{ }

LoadRunner::~LoadRunner() = default;

bool LoadRunner::openSocket(Connection &c)
{
    c.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    ++c.generation;
    if (c.fd < 0)
        return false;
    const int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    const uint32_t target = ntohl(m_config.target.sin_addr.s_addr);
    if (m_config.maxPerSource > 0 && (target >> 24) == 127) {
        sockaddr_in local {};
        local.sin_family = AF_INET;
        local.sin_addr.s_addr = htonl(0x7f000001u + uint32_t(c.index / m_config.maxPerSource));
        setsockopt(c.fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        if (bind(c.fd, reinterpret_cast<const sockaddr *>(&local), sizeof local) != 0) {
            ::close(c.fd);
            c.fd = -1;
            return false;
        }
    }
    const int rc = ::connect(
        c.fd, reinterpret_cast<const sockaddr *>(&m_config.target), sizeof m_config.target);
    if (rc != 0 && errno != EINPROGRESS) {
        ::close(c.fd);
        c.fd = -1;
        return false;
    }
    c.connecting = true;
    c.wantWrite = true;
    c.in.clear();
    epoll_event ev {};
    ev.events = EPOLLIN | EPOLLOUT;
    ev.data.u64 = eventKey(c);
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
    return true;
}

// Epoll's key for a connection's current socket: its index + 1 and the socket's generation.
uint64_t LoadRunner::eventKey(const Connection &c) const
{
    return (uint64_t(c.index) + 1) << 32 | c.generation;
}

// The connection an event is for; null when it was for a socket closed since.
LoadRunner::Connection *LoadRunner::connectionOf(uint64_t key)
{
    const uint64_t index = key >> 32;
    if (index == 0 || index > m_connections.size())
        return nullptr;
    Connection &c = m_connections[size_t(index - 1)];
    return uint32_t(key) == c.generation ? &c : nullptr;
}

void LoadRunner::closeSocket(Connection &c)
{
    if (c.fd >= 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
        ::close(c.fd);
    }
    c.fd = -1;
    c.connecting = false;
    c.busy = false;
    c.wantWrite = false;
    c.in.clear();
}

void LoadRunner::setWriteInterest(Connection &c, bool on)
{
    if (c.wantWrite == on || c.fd < 0)
        return;
    c.wantWrite = on;
    epoll_event ev {};
    ev.events = EPOLLIN | (on ? EPOLLOUT : 0u);
    ev.data.u64 = eventKey(c);
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

bool LoadRunner::connectAll(Result &result)
{
    const int64_t deadline = nowNs() + int64_t(m_config.connectSeconds * 1e9);
    size_t opened = 0;
    size_t done = 0;
    int inFlight = 0;
    std::vector<epoll_event> events(256);
    while (done < m_connections.size()) {
        // A few dozen handshakes at a time: a burst of 256 overflows small listen backlogs,
        // and a dropped SYN costs a second.
        while (opened < m_connections.size() && inFlight < 32) {
            Connection &c = m_connections[opened++];
            if (!openSocket(c)) {
                result.error = std::string("cannot open a connection: ") + std::strerror(errno);
                return false;
            }
            ++inFlight;
        }
        const int64_t left = deadline - nowNs();
        if (left <= 0) {
            result.error = "timed out connecting (" + std::to_string(done) + " of "
                + std::to_string(m_connections.size()) + " connected)";
            return false;
        }
        const int n =
            epoll_wait(m_epoll, events.data(), int(events.size()), int(left / 1'000'000) + 1);
        for (int i = 0; i < n; ++i) {
            Connection *c = connectionOf(events[size_t(i)].data.u64);
            if (!c || !c->connecting)
                continue;
            int err = 0;
            socklen_t len = sizeof err;
            getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
            if (err != 0) {
                result.error = std::string("connection refused or failed: ") + std::strerror(err);
                return false;
            }
            c->connecting = false;
            setWriteInterest(*c, false);
            --inFlight;
            ++done;
        }
    }
    return true;
}

void LoadRunner::send(Connection &c, size_t request, int64_t originNs)
{
    c.busy = true;
    c.request = request;
    c.written = 0;
    c.originNs = originNs;
    writeSome(c);
}

void LoadRunner::writeSome(Connection &c)
{
    const std::string &r = m_requests[c.request];
    while (c.written < r.size()) {
        const ssize_t n = ::send(c.fd, r.data() + c.written, r.size() - c.written, MSG_NOSIGNAL);
        if (n > 0) {
            c.written += size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            setWriteInterest(c, true);
            return;
        }
        return; // the error shows on the next read
    }
    setWriteInterest(c, false);
}

void LoadRunner::issue(Connection &c, Result &result)
{
    if (c.dead || c.connecting || c.busy)
        return;
    const int64_t now = nowNs();
    if (m_config.mode == Mode::Closed) {
        if (!m_sending)
            return;
        if (m_next >= m_requests.size() && m_config.cycle) {
            m_next = 0;
            result.cycled = true;
        }
        if (m_next >= m_requests.size()) {
            result.poolExhausted = true;
            m_sending = false;
            return;
        }
        ++result.sent;
        send(c, m_next++, now);
        return;
    }
    if (m_dueHead < m_due.size()) {
        const auto [request, due] = m_due[m_dueHead++];
        result.maxSendLagMs = std::max(result.maxSendLagMs, double(now - due) / 1e6);
        ++result.sent;
        send(c, request, due);
        return;
    }
    if (!c.idle) {
        c.idle = true;
        m_idle.push_back(&c);
    }
}

void LoadRunner::completed(Connection &c, int status, bool closeAfter, Result &result)
{
    const int64_t now = nowNs();
    const bool good = status >= 200 && status < 300;
    ++result.statuses[status];
    if (good)
        ++result.ok;
    else
        ++result.notOk;
    const bool inWindow = c.originNs >= m_windowStart && c.originNs < m_windowEnd;
    if (inWindow)
        result.latenciesNs.push_back(now - c.originNs);
    if (m_config.mode == Mode::Closed) {
        // Throughput: answers that arrived in the window.
        if (now >= m_windowStart && now <= m_windowEnd) {
            if (good)
                ++result.windowOk;
            else
                ++result.windowNotOk;
        }
    } else if (inWindow) {
        if (good)
            ++result.windowOk;
        else
            ++result.windowNotOk;
    }
    const bool unfinished = c.written < m_requests[c.request].size();
    c.busy = false;
    if (closeAfter || unfinished) {
        closeSocket(c);
        ++result.reconnects;
        if (!openSocket(c))
            c.dead = true;
        return;
    }
    issue(c, result);
}

void LoadRunner::lost(Connection &c, Result &result)
{
    if (c.busy) {
        ++result.errors;
        if (c.originNs >= m_windowStart && c.originNs < m_windowEnd)
            ++result.windowErrors;
    }
    closeSocket(c);
    ++result.reconnects;
    if (!openSocket(c))
        c.dead = true;
}

void LoadRunner::readSome(Connection &c, Result &result)
{
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(c.fd, buffer, sizeof buffer);
        if (n > 0) {
            c.in.append(buffer, size_t(n));
            if (size_t(n) < sizeof buffer)
                break;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        lost(c, result); // end of stream or reset
        return;
    }
    // Complete answers in the buffer (one, normally).
    while (!c.in.empty()) {
        const size_t headEnd = c.in.find("\r\n\r\n");
        if (headEnd == std::string::npos)
            return;
        const std::string_view head(c.in.data(), headEnd);
        int status = 0;
        if (head.size() > 12 && head.substr(0, 5) == "HTTP/")
            status = std::atoi(c.in.c_str() + head.find(' ') + 1);
        int64_t contentLength = 0;
        bool chunked = false;
        bool closeAfter = head.substr(0, 8) == "HTTP/1.0";
        size_t pos = head.find("\r\n");
        while (pos != std::string::npos && pos < head.size()) {
            const size_t next = head.find("\r\n", pos + 2);
            const std::string_view line =
                head.substr(pos + 2, (next == std::string::npos ? head.size() : next) - pos - 2);
            if (startsWithNoCase(line, "content-length:"))
                contentLength = std::atoll(std::string(trimmed(line.substr(15))).c_str());
            else if (startsWithNoCase(line, "transfer-encoding:"))
                chunked = trimmed(line.substr(18)).find("chunked") != std::string_view::npos;
            else if (startsWithNoCase(line, "connection:"))
                closeAfter = startsWithNoCase(trimmed(line.substr(11)), "close");
            pos = next;
        }
        size_t end = headEnd + 4 + size_t(contentLength);
        if (chunked) {
            const size_t last = c.in.find("0\r\n\r\n", headEnd + 4);
            if (last == std::string::npos)
                return;
            end = last + 5;
        }
        if (c.in.size() < end)
            return;
        c.in.erase(0, end);
        if (!c.busy) {
            // An answer nobody asked for (an idle timeout's 408): start afresh.
            closeSocket(c);
            ++result.reconnects;
            if (!openSocket(c))
                c.dead = true;
            return;
        }
        completed(c, status, closeAfter, result);
        if (c.fd < 0 || c.connecting)
            return;
    }
}

LoadRunner::Result LoadRunner::run()
{
    Result result;
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    {
        epoll_event ev {};
        ev.events = EPOLLIN;
        ev.data.u64 = 0; // the timer
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_timer, &ev);
    }
    m_connections.resize(size_t(std::max(1, m_config.connections)));
    for (size_t i = 0; i < m_connections.size(); ++i)
        m_connections[i].index = int(i);

    auto finish = [&] {
        for (Connection &c : m_connections)
            closeSocket(c);
        ::close(m_timer);
        ::close(m_epoll);
    };
    if (!connectAll(result)) {
        finish();
        return result;
    }

    m_start = nowNs();
    m_windowStart = m_start + int64_t(m_config.warmupSeconds * 1e9);
    m_windowEnd = m_windowStart + int64_t(m_config.durationSeconds * 1e9);
    const int64_t drainEnd = m_windowEnd + int64_t(m_config.drainSeconds * 1e9);
    const double cpuAtStart = cpuSeconds();
    bool cpuTaken = false;

    // Open loop: the timeline.
    const double interval = m_config.rate > 0 ? 1e9 / m_config.rate : 0;
    size_t scheduled = 0;
    auto dueAt = [&](size_t k) {
        return m_start + int64_t(std::llround(double(k) * interval));
    };

    // Closed loop: every connection sends at once. Open loop: all start idle.
    for (Connection &c : m_connections)
        issue(c, result);

    int64_t armed = -1;
    auto arm = [&](int64_t at) {
        if (at == armed)
            return;
        armed = at;
        itimerspec spec {};
        spec.it_value.tv_sec = time_t(at / 1'000'000'000);
        spec.it_value.tv_nsec = long(at % 1'000'000'000);
        timerfd_settime(m_timer, TFD_TIMER_ABSTIME, &spec, nullptr);
    };

    std::vector<epoll_event> events(512);
    int64_t lastAnswer = 0;
    for (;;) {
        const int64_t now = nowNs();
        if (m_sending && now >= m_windowEnd)
            m_sending = false;
        if (!m_sending && !cpuTaken) {
            result.cpuSeconds = cpuSeconds() - cpuAtStart;
            cpuTaken = true;
        }
        // Due requests join the queue and go out on idle connections.
        if (m_config.mode == Mode::Open && m_sending) {
            while (dueAt(scheduled) <= now && dueAt(scheduled) < m_windowEnd) {
                if (scheduled >= m_requests.size() && !m_config.cycle) {
                    result.poolExhausted = true;
                    m_sending = false;
                    break;
                }
                result.cycled = result.cycled || scheduled >= m_requests.size();
                m_due.emplace_back(scheduled % m_requests.size(), dueAt(scheduled));
                ++scheduled;
            }
            while (!m_idle.empty() && m_dueHead < m_due.size()) {
                Connection *c = m_idle.back();
                m_idle.pop_back();
                c->idle = false;
                issue(*c, result);
            }
        }
        bool busy = m_dueHead < m_due.size();
        for (const Connection &c : m_connections)
            busy = busy || (c.busy && !c.dead);
        if (!m_sending && !busy)
            break;
        if (!m_sending && now >= drainEnd)
            break;
        int64_t wake = m_sending ? m_windowEnd : drainEnd;
        if (m_config.mode == Mode::Open && m_sending)
            wake = std::min(wake, dueAt(scheduled));
        arm(wake);
        const int n = epoll_wait(m_epoll, events.data(), int(events.size()), 1000);
        for (int i = 0; i < n; ++i) {
            const epoll_event &ev = events[size_t(i)];
            Connection *c = connectionOf(ev.data.u64);
            if (ev.data.u64 == 0) {
                uint64_t expirations = 0;
                [[maybe_unused]] const ssize_t r =
                    ::read(m_timer, &expirations, sizeof expirations);
                armed = -1;
                continue;
            }
            if (!c || c->fd < 0)
                continue;
            if (c->connecting) {
                if (!(ev.events & (EPOLLOUT | EPOLLERR | EPOLLHUP)))
                    continue;
                int err = 0;
                socklen_t len = sizeof err;
                getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
                if (err != 0) {
                    closeSocket(*c);
                    c->dead = true;
                    continue;
                }
                c->connecting = false;
                setWriteInterest(*c, false);
                issue(*c, result);
                continue;
            }
            const int64_t okBefore = result.ok + result.notOk;
            if (ev.events & (EPOLLIN | EPOLLERR | EPOLLHUP))
                readSome(*c, result);
            if (result.ok + result.notOk != okBefore)
                lastAnswer = nowNs();
            if (c->fd >= 0 && !c->connecting && c->busy && (ev.events & EPOLLOUT))
                writeSome(*c);
        }
    }
    if (!cpuTaken)
        result.cpuSeconds = cpuSeconds() - cpuAtStart;

    for (const Connection &c : m_connections) {
        if (c.busy)
            ++result.unanswered;
    }
    result.unanswered += int64_t(m_due.size() - m_dueHead);
    if (m_config.mode == Mode::Closed && result.poolExhausted && lastAnswer > m_windowStart)
        m_windowEnd = std::min(m_windowEnd, lastAnswer);
    result.windowSeconds = double(m_windowEnd - m_windowStart) / 1e9;
    finish();
    return result;
}
