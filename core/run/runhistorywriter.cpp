#include "runhistorywriter.h"

#include "runhistoryfile.h"

#include <QMetaObject>
#include <QtDebug>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

struct RunHistoryWriter::Queue
{
    struct Save
    {
        QString path;
        QList<RunSummary> runs;
    };

    std::mutex mutex;
    std::condition_variable idle;
    std::optional<Save> waiting;
    bool writing = false;
    // Told of failures; cleared by the writer's destructor, under the mutex, so the writing
    // thread never speaks to a writer that is gone.
    RunHistoryWriter *owner = nullptr;

    // The writing thread: takes the newest save until none waits.
    void writeAll()
    {
        std::unique_lock lock(mutex);
        while (waiting) {
            const Save save = *std::exchange(waiting, std::nullopt);
            lock.unlock();
            QString error;
            const bool ok = RunHistoryFile::save(save.path, save.runs, &error);
            lock.lock();
            if (!ok && owner)
                QMetaObject::invokeMethod(
                    owner, [owner = owner, error] { Q_EMIT owner->failed(error); }, Qt::QueuedConnection);
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
    if (!waitForWritten(finishMs))
        qWarning("The run history is still being written after %d ms; it may not be saved.", finishMs);
    const std::lock_guard lock(m_queue->mutex);
    m_queue->owner = nullptr;
}

void RunHistoryWriter::save(const QString &path, const QList<RunSummary> &runs)
{
    const std::lock_guard lock(m_queue->mutex);
    m_queue->waiting = Queue::Save { path, runs };
    if (m_queue->writing)
        return; // the thread under way takes it next
    m_queue->writing = true;
    // Detached: a disk that never answers must not hold the program at its end.
    std::thread([queue = m_queue] { queue->writeAll(); }).detach();
}

bool RunHistoryWriter::waitForWritten(int msecs)
{
    std::unique_lock lock(m_queue->mutex);
    return m_queue->idle.wait_for(lock, std::chrono::milliseconds(msecs),
                                  [this] { return !m_queue->writing; });
}
