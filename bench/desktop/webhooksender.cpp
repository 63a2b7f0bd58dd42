#include "webhooksender.h"

#include <fcntl.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>

namespace {

// Status of a complete answer at the start of `in`, and its length; 0 while incomplete.
size_t parseAnswer(const std::string &in, int *status, bool *closeAfter)
{
    const size_t headEnd = in.find("\r\n\r\n");
    if (headEnd == std::string::npos)
        return 0;
    size_t contentLength = 0;
    *closeAfter = false;
    *status = 0;
    if (in.size() > 12 && in.compare(0, 5, "HTTP/") == 0)
        *status = std::atoi(in.c_str() + in.find(' ') + 1);
    // Header names in any case, as HTTP allows.
    std::string head = in.substr(0, headEnd);
    std::transform(head.begin(), head.end(), head.begin(),
        [](char ch) { return char(std::tolower(static_cast<unsigned char>(ch))); });
    const size_t cl = head.find("\r\ncontent-length:");
    if (cl != std::string::npos)
        contentLength = size_t(std::atoll(head.c_str() + cl + 17));
    *closeAfter = head.find("\r\nconnection: close") != std::string::npos;
    const size_t total = headEnd + 4 + contentLength;
    return in.size() >= total ? total : 0;
}

} // namespace

WebhookSender::WebhookSender(const Config &config, const std::vector<std::string> &requests)
    : m_config(config)
    , m_requests(requests)
{ }

WebhookSender::~WebhookSender()
{
    join();
    for (Connection &c : m_connections)
        closeSocket(c);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

int64_t WebhookSender::nowNs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

void WebhookSender::start()
{
    m_result.requests.assign(m_config.count, Request {});
    m_thread = std::thread([this] {
        run();
        m_done = true;
    });
}

void WebhookSender::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool WebhookSender::openSocket(Connection &c)
{
    c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (c.fd < 0)
        return false;
    const int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    // Connect blocking (loopback: immediate), then send and receive without blocking.
    if (::connect(
            c.fd, reinterpret_cast<const sockaddr *>(&m_config.target), sizeof m_config.target)
        != 0) {
        ::close(c.fd);
        c.fd = -1;
        return false;
    }
    fcntl(c.fd, F_SETFL, fcntl(c.fd, F_GETFL) | O_NONBLOCK);
    epoll_event ev {};
    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.u64 = uint64_t(&c - m_connections.data());
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
    c.busy = false;
    c.in.clear();
    return true;
}

void WebhookSender::closeSocket(Connection &c)
{
    if (c.fd < 0)
        return;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
    ::close(c.fd);
    c.fd = -1;
}

void WebhookSender::issue(Connection &c, size_t k)
{
    c.busy = true;
    c.request = k;
    c.written = 0;
    m_result.requests[k].sentNs = nowNs();
    writeSome(c);
}

void WebhookSender::writeSome(Connection &c)
{
    const std::string &r = m_requests[m_config.first + c.request];
    while (c.written < r.size()) {
        const ssize_t n = ::send(c.fd, r.data() + c.written, r.size() - c.written, MSG_NOSIGNAL);
        if (n > 0) {
            c.written += size_t(n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        lost(c);
        return;
    }
    epoll_event ev {};
    ev.events = EPOLLIN | EPOLLRDHUP | (c.written < r.size() ? EPOLLOUT : 0u);
    ev.data.u64 = uint64_t(&c - m_connections.data());
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

void WebhookSender::readSome(Connection &c)
{
    char buffer[16384];
    bool closed = false;
    for (;;) {
        const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            c.in.append(buffer, size_t(n));
            continue;
        }
        closed = n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
        break;
    }
    const int64_t now = nowNs();
    int status = 0;
    bool closeAfter = false;
    const size_t length = c.busy ? parseAnswer(c.in, &status, &closeAfter) : 0;
    if (length > 0) {
        c.in.erase(0, length);
        Request &r = m_result.requests[c.request];
        r.answeredNs = now;
        r.status = status;
        c.busy = false;
        ++m_answered;
    }
    if (closed || closeAfter) {
        lost(c); // an error only when a request was still waiting for its answer
        return;
    }
    if (length > 0)
        m_idle.push_back(size_t(&c - m_connections.data()));
}

void WebhookSender::lost(Connection &c)
{
    if (c.busy) {
        ++m_result.errors;
        ++m_answered; // no answer will come: do not wait for it
    }
    closeSocket(c);
    ++m_result.reconnects;
    if (openSocket(c))
        m_idle.push_back(size_t(&c - m_connections.data()));
}

void WebhookSender::run()
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_connections.resize(size_t(std::max(1, m_config.connections)));
    for (Connection &c : m_connections) {
        if (!openSocket(c)) {
            m_result.error = std::string("cannot connect: ") + std::strerror(errno);
            return;
        }
        m_idle.push_back(size_t(&c - m_connections.data()));
    }
    const double intervalNs = 1e9 / m_config.rate;
    const int64_t start = nowNs();
    m_result.startNs = start;
    for (size_t k = 0; k < m_config.count; ++k)
        m_result.requests[k].dueNs = start + int64_t(double(k) * intervalNs);

    size_t next = 0;
    int64_t drainUntil = 0;
    epoll_event events[64];
    while (m_answered < m_config.count) {
        int64_t now = nowNs();
        while (next < m_config.count && m_result.requests[next].dueNs <= now && !m_idle.empty()) {
            const size_t c = m_idle.back();
            m_idle.pop_back();
            issue(m_connections[c], next++);
        }
        if (next == m_config.count && drainUntil == 0)
            drainUntil = now + int64_t(m_config.drainSeconds * 1e9);
        if (drainUntil && now > drainUntil)
            break;
        // Sleep until the next request is due (rounded up to the millisecond: a request may go
        // out up to 1 ms late, which the offered rate absorbs) or an answer comes.
        int timeoutMs = 100;
        if (next < m_config.count && !m_idle.empty())
            timeoutMs = int(
                std::max<int64_t>(0, (m_result.requests[next].dueNs - now + 999'999) / 1'000'000));
        const int n = epoll_wait(m_epoll, events, 64, timeoutMs);
        for (int i = 0; i < n; ++i) {
            Connection &c = m_connections[size_t(events[i].data.u64)];
            if (c.fd < 0)
                continue;
            if (events[i].events & EPOLLOUT)
                writeSome(c);
            if (c.fd >= 0 && (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLERR | EPOLLHUP)))
                readSome(c);
        }
    }
}
