#include "runhistorywriter.h"

#include "runhistoryfile.h"

#include <QMetaObject>
#include <QtDebug>

#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

struct RunHistoryWriter::Queue
{
    struct Save
    {
        QString path;
        QList<RunSummary> runs;
        qint64 firstRun = 1;
    };

    std::mutex mutex;
    std::condition_variable idle;
    std::optional<Save> waiting;
    bool writing = false;
    // The writing thread, joined once it has written everything (by the next save or the
    // writer's end); left to finish alone only when the writer's end cannot wait for it.
    std::thread thread;
    // Told of failures; cleared by the writer's destructor, under the mutex, so the writing
    // thread never speaks to a writer that is gone.
    RunHistoryWriter *owner = nullptr;

    // Writes save; says so to the owner when it failed. Called without the mutex held.
    void write(const Save &save)
    {
        QString error;
        if (RunHistoryFile::save(save.path, save.runs, &error, save.firstRun))
            return;
        const std::lock_guard lock(mutex);
        if (owner)
            QMetaObject::invokeMethod(
                owner, [owner = owner, error] { Q_EMIT owner->failed(error); }, Qt::QueuedConnection);
    }

    // The writing thread: takes the newest save until none waits.
    void writeAll()
    {
        std::unique_lock lock(mutex);
        while (waiting) {
            const Save save = *std::exchange(waiting, std::nullopt);
            lock.unlock();
            write(save);
            lock.lock();
        }
        writing = false;
        idle.notify_all();
    }
};

RunHistoryWriter::RunHistoryWriter(QObject *parent)
    : QObject(parent)
    , m_queue(std::make_shared<Queue>())
{
    m_queue->owner = this;
}

RunHistoryWriter::~RunHistoryWriter()
{
    const bool written = waitForWritten(finishMs);
    const std::lock_guard lock(m_queue->mutex);
    m_queue->owner = nullptr;
    if (!m_queue->thread.joinable())
        return;
    if (written) {
        m_queue->thread.join(); // past its last use of the mutex: it only has to end
    } else {
        qWarning("The run history is still being written after %d ms; it may not be saved.", finishMs);
        m_queue->thread.detach(); // a disk that never answers must not hold the program at its end
    }
}

void RunHistoryWriter::save(const QString &path, const QList<RunSummary> &runs, qint64 firstRun)
{
    std::unique_lock lock(m_queue->mutex);
    m_queue->waiting = Queue::Save { path, runs, firstRun };
    if (m_queue->writing)
        return; // the thread under way takes it next
    if (m_queue->thread.joinable())
        m_queue->thread.join(); // the last one, done writing: it only has to end
    try {
        m_queue->thread = std::thread([queue = m_queue] { queue->writeAll(); });
        m_queue->writing = true;
    } catch (const std::exception &) { // std::system_error, or no memory for the thread
        // No thread to be had: written here rather than lost.
        const Queue::Save save = *std::exchange(m_queue->waiting, std::nullopt);
        lock.unlock();
        m_queue->write(save);
    }
}

bool RunHistoryWriter::waitForWritten(int msecs)
{
    std::unique_lock lock(m_queue->mutex);
    return m_queue->idle.wait_for(lock, std::chrono::milliseconds(msecs),
                                  [this] { return !m_queue->writing; });
}
