#include "workloadgenerator.h"

#include "threadhandoff.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

WorkloadGenerator::WorkloadGenerator(QObject *parent)
    : QObject(parent)
{ }

WorkloadGenerator::~WorkloadGenerator()
{
    // The thread holds its own share of the flag and stops at its next number.
    cancel();
}

void WorkloadGenerator::generate(const Request &request)
{
    cancel();
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stop = stop;
    m_request = request;
    auto *watcher = new QFutureWatcher<Workload>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, stop, request] {
        // The list crosses through the future's lock, which ThreadSanitizer cannot see.
        ThreadHandOff::takeOver(stop.get());
        watcher->deleteLater();
        if (stop != m_stop)
            return; // canceled, or replaced by a newer request
        m_stop.reset();
        Q_EMIT generated(request, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([request, stop] {
        Workload workload = Workload::generated(request.count, request.digits, request.primePercent / 100.0,
                                                seed, stop.get());
        ThreadHandOff::handOff(stop.get());
        return workload;
    }));
}

void WorkloadGenerator::cancel()
{
    if (!m_stop)
        return;
    *m_stop = true;
    m_stop.reset();
}
