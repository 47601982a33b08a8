#include "workloadloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace {
constexpr int progressIntervalMs = 100;
constexpr qint64 shownLineBytes = 200;
} // namespace

struct WorkloadLoader::Job
{
    std::atomic<bool> stop { false };
    std::atomic<qint64> bytesRead { 0 };
    std::mutex mutex;
    std::condition_variable done;
    std::optional<LoadedNumbers> result; // under mutex, once read
};

WorkloadLoader::WorkloadLoader(QObject *parent)
    : QObject(parent)
{
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &WorkloadLoader::reportProgress);
}

WorkloadLoader::~WorkloadLoader()
{
    // The thread holds its own share of the job and stops at its next block.
    if (m_job)
        m_job->stop = true;
}

std::unique_ptr<WorkloadLoader> WorkloadLoader::started(const QString &path, bool joinThousands)
{
    auto loader = std::make_unique<WorkloadLoader>();
    loader->load(path, joinThousands);
    return loader;
}

void WorkloadLoader::load(const QString &path, bool joinThousands)
{
    if (m_job) {
        m_job->stop = true;
        m_job.reset();
    }
    auto job = std::make_shared<Job>();
    m_job = job;
    m_path = path;
    m_joinThousands = joinThousands;
    m_totalBytes = QFileInfo(path).isFile() ? QFileInfo(path).size() : 0;
    auto *watcher = new QFutureWatcher<LoadedNumbers>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job != m_job)
            return; // canceled, or replaced by a newer load
        m_job.reset();
        m_progressTimer.stop();
        const LoadedNumbers result = watcher->result();
        if (!result.openError.isEmpty())
            Q_EMIT failed(result.openError);
        else if (result.parsed.canceled)
            Q_EMIT canceled();
        else
            Q_EMIT loaded(result);
    });
    watcher->setFuture(QtConcurrent::run([path, joinThousands, job] {
        LoadedNumbers numbers = read(path, joinThousands, job);
        {
            const std::lock_guard lock(job->mutex);
            job->result = numbers; // shares its lists
        }
        job->done.notify_all();
        return numbers;
    }));
    m_progressTimer.start();
    Q_EMIT progressChanged(0, m_totalBytes);
}

void WorkloadLoader::cancel()
{
    if (!m_job)
        return;
    m_job->stop = true;
    m_job.reset();
    m_progressTimer.stop();
    Q_EMIT canceled();
}

void WorkloadLoader::reportProgress()
{
    if (m_job)
        Q_EMIT progressChanged(m_job->bytesRead.load(std::memory_order_relaxed), m_totalBytes);
}

std::optional<LoadedNumbers> WorkloadLoader::waitForRead(int msecs) const
{
    if (!m_job)
        return std::nullopt;
    const std::shared_ptr<Job> job = m_job;
    std::unique_lock lock(job->mutex);
    job->done.wait_for(lock, std::chrono::milliseconds(msecs), [&job] { return job->result.has_value(); });
    return job->result;
}

LoadedNumbers WorkloadLoader::read(const QString &path, bool joinThousands, const std::shared_ptr<Job> &job)
{
    LoadedNumbers result;
    result.path = path;
    result.joinThousands = joinThousands;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.openError = QCoreApplication::translate("WorkloadLoader", "Cannot open %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    NumberParseOptions options;
    options.joinThousands = joinThousands;
    result.parsed = NumberParser::parse(file, options, [&job](qint64 bytes) {
        job->bytesRead.store(bytes, std::memory_order_relaxed);
        return !job->stop.load(std::memory_order_relaxed);
    });
    result.bytes = job->bytesRead.load();
    if (result.parsed.canceled || file.isSequential() || !file.seek(0))
        return result;
    result.bytes = file.size();
    result.fitsEditor = file.size() <= editorLimitBytes && !result.parsed.stop;
    if (result.fitsEditor) {
        result.text = QString::fromUtf8(file.readAll());
        return result;
    }
    while (result.firstLines.size() < shownLines && !file.atEnd()) {
        const QByteArray line = file.readLine(shownLineBytes);
        bool cut = false;
        for (QByteArray rest = line; !rest.endsWith('\n') && !file.atEnd(); cut = true)
            rest = file.readLine(64 * 1024); // the rest of a long line, skipped
        QString text = QString::fromUtf8(line).trimmed();
        for (QChar &c : text) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = QChar(0xfffd);
        }
        result.firstLines << (cut ? text + QChar(0x2026) : text);
    }
    return result;
}
