#include "interruptwatcher.h"

#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int s_fds[2] = { -1, -1 };
std::atomic<int> s_count = 0;
std::atomic<bool> s_exitOnRepeat = false;
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<bool>::is_always_lock_free,
              "used from a signal handler");

void onSignal(int number)
{
    const int savedErrno = errno;
    if (s_count.fetch_add(1) > 0 && s_exitOnRepeat)
        ::_exit(128 + number);
    // Non-blocking: with the pipe full (nobody reading), the byte is dropped, never waited for.
    const unsigned char byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const auto written = ::write(s_fds[0], &byte, 1);
    errno = savedErrno;
}
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent, Repeat repeat)
    : QObject(parent)
{
    if (s_fds[0] < 0) {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s_fds) != 0)
            return;
    }
    // Bytes left by an earlier watcher are not this one's signals.
    unsigned char stale[256];
    while (::read(s_fds[1], stale, sizeof stale) > 0) { }
    s_count = 0;
    s_exitOnRepeat = repeat == ExitOnRepeat;
    m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::readSignal);
    m_previous = InterruptSignals::install(onSignal);
}

InterruptWatcher::~InterruptWatcher()
{
    if (m_notifier)
        InterruptSignals::restore(m_previous);
    s_exitOnRepeat = false;
}

void InterruptWatcher::readSignal()
{
    unsigned char bytes[256];
    const auto count = ::read(s_fds[1], bytes, sizeof bytes);
    if (count > 0) {
        m_signal = bytes[count - 1];
        Q_EMIT interrupted(m_signal);
    }
}
