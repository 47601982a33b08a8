#include "processrunner.h"

#include "answercheck.h"
#include "trialdivision.h"
#include "workerprogram.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <limits>

namespace {
constexpr int maxBatch = WorkerProtocol::maxJobsPerLine;
// A child that keeps dying before its handshake means the program itself is broken.
constexpr int maxFailedStarts = 5;
constexpr int heartbeatCheckMs = 250;
} // namespace

ProcessRunner::ProcessRunner(QObject *parent)
    : Runner(parent)
{
    m_heartbeatTimer.setInterval(heartbeatCheckMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ProcessRunner::checkHeartbeats);
}

ProcessRunner::~ProcessRunner()
{
    killAll();
}

QList<qint64> ProcessRunner::childPids() const
{
    QList<qint64> pids;
    for (const Child &child : m_children) {
        if (child.process && child.process->state() != QProcess::NotRunning)
            pids.append(child.process->processId());
    }
    return pids;
}

QString ProcessRunner::programPath() const
{
    if (!options().workerProgram.isEmpty())
        return options().workerProgram;
    if (const QString program = qEnvironmentVariable("CONVIZ_WORKER_PROGRAM"); !program.isEmpty())
        return program;
    return WorkerProgram::path();
}

void ProcessRunner::startWorkers()
{
    killAll();
    const int count = options().workerCount();
    m_queue.reset(int(workload().size()));
    m_travel.clear();
    m_children = QList<Child>(count);
    m_alive = 0;
    m_failedStarts = 0;
    m_quitting = false;
    if (!QFileInfo(programPath()).isExecutable()) {
        fail(tr("Cannot start the worker program %1: it is missing or not executable.").arg(programPath()));
        return;
    }
    if (workload().numbers.isEmpty()) {
        // Nothing to check: no child to start, but the run still ends from the event loop
        // like any other.
        m_children.clear();
        QMetaObject::invokeMethod(this, &ProcessRunner::endIfDone, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < count; ++i) {
        addWorker({ i, tr("process %1").arg(i + 1), 0 });
        spawn(i);
    }
    // The workers take some milliseconds to start: time to build what checks their answers.
    store()->prepareVerification();
    m_heartbeatTimer.start();
}

void ProcessRunner::spawn(int worker)
{
    Child &child = m_children[worker];
    child = Child {};
    auto *process = new QProcess(this);
    child.process = process;
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, worker, process] {
        if (m_children.value(worker).process == process)
            readLines(worker);
    });
    connect(process, &QProcess::finished, this, [this, worker, process] {
        process->deleteLater();
        if (m_children.value(worker).process == process)
            childExited(worker);
    });
    connect(process, &QProcess::errorOccurred, this, [this, worker, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_children.value(worker).process != process)
            return;
        process->deleteLater();
        m_children[worker].process = nullptr;
        --m_alive;
        killAll();
        m_heartbeatTimer.stop();
        fail(tr("Cannot start the worker program %1: %2").arg(programPath(), process->errorString()));
    });
    ++m_alive;
    child.lastMovedNs = nsSinceStart(); // the handshake is due within the timeout too
    // The worker checks it is still our child against our pid: getppid() == 1 would mistake
    // a supervisor that is itself PID 1 (in a container) for a dead one.
    const QStringList arguments { QStringLiteral("--slice"), QString::number(options().sliceDivisions),
                                  QStringLiteral("--supervisor"),
                                  QString::number(QCoreApplication::applicationPid()) };
    process->start(programPath(), arguments);
}

void ProcessRunner::readLines(int worker)
{
    QProcess *process = m_children[worker].process;
    const bool condemnedBefore = m_children[worker].condemned;
    m_readNs = nsSinceStart();
    // A line longer than the protocol allows is read cut short and rejected by decode().
    m_line.resize(WorkerProtocol::maxLineLength + 2);
    while (process && !m_children[worker].condemned && process->canReadLine()) {
        const qint64 size = process->readLine(m_line.data(), m_line.size());
        if (size <= 0)
            break;
        handleLine(worker, QByteArrayView(m_line.constData(), size));
        process = m_children[worker].process;
    }
    if (process && !m_children[worker].condemned && process->bytesAvailable() > WorkerProtocol::maxLineLength)
        replace(worker, tr("a line longer than %1 bytes").arg(WorkerProtocol::maxLineLength));
    Child &child = m_children[worker];
    if (child.condemned && !condemnedBefore && child.culprit < 0) {
        // Condemned over what it said: everything before that line was read, and it says
        // everything in order, so it was on the first job it had not answered.
        child.culprit = child.inFlight.value(0, -1);
    }
    if (process && child.condemned)
        process->readAll(); // what a condemned worker says is dropped unread
    else if (process)
        feed(worker);
}

void ProcessRunner::handleLine(int worker, QByteArrayView line)
{
    using Message = WorkerProtocol::Message;
    Child &child = m_children[worker];
    if (child.condemned)
        return;
    QString why;
    const std::optional<Message> message = WorkerProtocol::decode(line, &why);
    if (!message) {
        replace(worker, why);
        return;
    }
    if (!child.ready && message->kind != Message::Hello) {
        replace(worker, tr("no handshake"));
        return;
    }
    // A worker may only speak of jobs it was given.
    const bool known = child.inFlight.contains(message->index);
    switch (message->kind) {
    case Message::Hello:
        if (child.ready) {
            replace(worker, tr("a second handshake"));
            return;
        }
        child.ready = true;
        child.pid = message->pid;
        child.lastMovedNs = m_readNs;
        m_failedStarts = 0;
        updateWorker({ worker, tr("process %1").arg(worker + 1), message->pid });
        feed(worker);
        return;
    case Message::Start:
        if (!known)
            return replace(worker, tr("START for a job it does not have"));
        child.started = message->index;
        child.startedNs = m_readNs;
        child.permyriad = 0;
        child.lastMovedNs = m_readNs;
        reportJobStarted(message->index, worker);
        return;
    case Message::Progress:
        if (!known)
            return replace(worker, tr("PROGRESS for a job it does not have"));
        // Only progress that moves keeps a worker alive: PROGRESS forever at one value is a hang.
        if (message->permyriad > child.permyriad) {
            child.permyriad = message->permyriad;
            child.lastMovedNs = m_readNs;
        }
        reportProgress(message->index, worker, message->permyriad / 10000.0);
        return;
    case Message::Result: {
        if (!known) {
            if (isRepeat(worker, *message))
                return; // the first answer stands; an exact repeat changes nothing
            return replace(worker, tr("RESULT for a job it does not have"));
        }
        if (message->number != workload().numbers.at(message->index))
            return replace(worker, tr("RESULT for the wrong number"), message->index);
        const bool accepted = accept(worker, message->index, message->prime, message->elapsedNs);
        publishResults(m_held);
        if (accepted)
            endIfDone();
        return;
    }
    case Message::Answers: {
        // They answer the oldest jobs of the batch being checked, in order, and no more.
        if (child.batches.isEmpty() || message->index != child.inFlight.first())
            return replace(worker, tr("ANSWERS from a job that is not the next one it owes"));
        if (message->answers.size() > child.batches.first().unanswered)
            return replace(worker, tr("ANSWERS for more jobs than its batch has left"));
        // They were checked one after another and had all ended when the line was read: the
        // first started no later than their times add up to before that, nor before the check
        // ahead of it ended (accept() keeps it after the batch was sent).
        quint64 took = 0;
        for (const WorkerProtocol::Answer &answer : message->answers)
            took = std::min(took + std::min(answer.elapsedNs, quint64(m_readNs)), quint64(m_readNs));
        child.doneNs = std::max(child.doneNs, m_readNs - qint64(took));
        for (const WorkerProtocol::Answer &answer : message->answers) {
            if (!accept(worker, child.inFlight.first(), answer.prime, answer.elapsedNs))
                return publishResults(m_held); // the answers before it stand
        }
        publishResults(m_held);
        endIfDone();
        return;
    }
    case Message::Error:
        if (!known)
            return replace(worker, tr("ERROR for a job it does not have"));
        // A worker that cannot check a number is in no state to go on; another one tries.
        return replace(worker, tr("it could not check the number: %1").arg(message->reason), message->index);
    case Message::Jobs:
    case Message::Quit:
        return replace(worker, tr("a supervisor's message from a worker"));
    }
}

bool ProcessRunner::accept(int worker, int index, bool prime, quint64 elapsedNs)
{
    Child &child = m_children[worker];
    if (elapsedNs > quint64(m_readNs)) {
        replace(worker, tr("a check time longer than the run"), index);
        return false;
    }
    const qsizetype position = child.inFlight.indexOf(index);
    const qsizetype batch = position < child.batches.first().unanswered ? 0 : 1;
    // A batch sent behind another starts when that one ends, and never before it was sent.
    if (!child.batches.at(batch).begun) {
        child.batches[batch].begun = true;
        child.doneNs = std::max(child.doneNs, child.batches.at(batch).sentNs);
    }
    JobResult result;
    result.index = index;
    result.number = workload().numbers.at(index);
    result.prime = prime;
    result.elapsed = double(elapsedNs) / 1e9;
    result.worker = worker;
    if (child.started == index) {
        // It began after its START was written and took the time the worker measured. A busy
        // supervisor may read START and RESULT together: then it began that long before the
        // RESULT was read, not when START was read. Never before the check ahead of it ended.
        const qint64 beganNs
            = std::max(child.doneNs, std::min(child.startedNs, m_readNs - qint64(elapsedNs)));
        const qint64 endNs = std::min(m_readNs, beganNs + qint64(elapsedNs));
        result.start = double(beganNs) / 1e9;
        result.end = double(endNs) / 1e9;
        child.doneNs = endNs;
    } else {
        // A check without START ran right after the one before it (or after the batch was
        // sent), for the time the worker measured; its answer came with the batch's.
        const qint64 endNs = std::min(m_readNs, child.doneNs + qint64(elapsedNs));
        result.start = double(child.doneNs) / 1e9;
        result.end = double(endNs) / 1e9;
        child.doneNs = endNs;
    }
    result.attempts = attempts(index);
    // A wrong answer is a worker fault like a crash: replaced, and the job tried again.
    if (reportResult(result, RunStore::OnWrong::Refuse, &m_held) == RunStore::Answer::Wrong) {
        replace(worker, AnswerCheck::wrong(result).error, index);
        return false;
    }
    child.inFlight.remove(position);
    if (--child.batches[batch].unanswered == 0)
        child.batches.remove(batch);
    child.lastMovedNs = m_readNs;
    return true;
}

int ProcessRunner::attempts(int job) const
{
    return 1 + (m_travel.isEmpty() ? 0 : m_travel.value(job).charged);
}

int ProcessRunner::pieceLimit(int job) const
{
    if (m_travel.isEmpty())
        return maxBatch;
    const auto it = m_travel.constFind(job);
    return it == m_travel.cend() || it->pieceLimit == 0 ? maxBatch : it->pieceLimit;
}

void ProcessRunner::feed(int worker)
{
    Child &child = m_children[worker];
    const quint64 budget = options().sliceDivisions * 4;
    const Workload &work = workload();
    // The next batch waits in the pipe while the worker checks this one, so it never idles
    // for a round trip between batches of tiny checks: up to two batches, sent until that
    // holds (after a long check, or two answered at once, two go). Not behind a long check
    // (another worker may be free for the next job sooner), and not for a piece of a dead
    // worker's batch, which travels on its own so its death can be charged.
    while (child.ready && !child.condemned && !isCanceling() && !m_quitting && child.batches.size() < 2) {
        const std::optional<int> next = m_queue.peek();
        if (!next)
            return; // idle: a retry may still come back to the queue
        if (!child.batches.isEmpty()
            && (child.batches.first().divisions > budget || pieceLimit(*next) < maxBatch))
            return;
        // A job suspected of killing its worker travels alone; the rest of a dead worker's
        // batch in pieces of at most half its size, whatever comes after them in the queue.
        quint64 divisions = 0;
        const QList<int> jobs
            = m_queue.takeBatch([&work](int job) { return TrialDivision::jobCost(work.numbers.at(job)); },
                                budget, maxBatch, &divisions, [this](int job) { return pieceLimit(job); });
        QList<WorkerProtocol::Job> batch;
        batch.reserve(jobs.size());
        for (int job : jobs) {
            batch.append({ job, work.numbers.at(job) });
        }
        const qint64 now = nsSinceStart();
        if (child.inFlight.isEmpty()) {
            // Its clock starts now; a batch sent behind another starts when that one ends.
            child.lastMovedNs = now;
            child.doneNs = now;
        }
        child.inFlight.append(jobs);
        child.batches.append({ int(jobs.size()), divisions, now });
        child.process->write(WorkerProtocol::jobs(batch) + '\n');
    }
}

bool ProcessRunner::isRepeat(int worker, const WorkerProtocol::Message &message) const
{
    if (message.index >= workload().size() || !isFinished(message.index))
        return false;
    const JobRecord &record = sharedStore()->record(message.index);
    return sharedStore()->status(message.index) == JobStatus::Done && record.worker == worker
        && sharedStore()->number(message.index) == message.number
        && bool(record.flags & JobRecord::Prime) == message.prime
        && quint64(record.elapsedNs) == message.elapsedNs;
}

void ProcessRunner::replace(int worker, const QString &why, int culprit)
{
    Child &child = m_children[worker];
    if (child.condemned)
        return;
    child.condemned = true;
    child.culprit = culprit;
    child.replacedBecause = tr("was replaced: %1").arg(why);
    qWarning("conviz: replacing worker process %d (pid %lld): %s", worker + 1, child.pid, qPrintable(why));
    // Not believed: kill it; childExited() requeues its jobs and starts a new one.
    if (child.process)
        child.process->kill();
}

void ProcessRunner::childExited(int worker)
{
    Child &child = m_children[worker];
    const bool handshook = child.ready;
    const QString why = !child.replacedBecause.isEmpty()                      ? child.replacedBecause
        : child.process && child.process->exitStatus() == QProcess::CrashExit ? tr("crashed")
                                                                              : tr("exited");
    --m_alive;
    // A worker checks its batch in order and sends its answers at the end of the batch, or
    // with the START of a long check. The death is charged to the job it was on when that is
    // known: the one it was condemned over, the long check it had said START for (sent with
    // every answer before it), or a job alone in its batch. Otherwise (it died or hung with
    // answers unsent) nobody pays. Every job of that batch not charged goes back in smaller
    // pieces, so a number that kills its worker soon travels alone, and only a number that
    // kills every worker ends as an error. A batch still waiting in the pipe never started:
    // it goes back as it was.
    const qsizetype current = child.batches.isEmpty() ? 0 : child.batches.first().unanswered;
    const int first = child.inFlight.value(0, -1);
    const bool onLongCheck = first >= 0 && child.started == first
        && TrialDivision::divisionsFor(workload().numbers.at(first)) > options().sliceDivisions;
    // The job it was condemned over is charged wherever it was (a worker that names a job of
    // the batch still in its pipe is charged for that one, never its neighbour).
    const int charged = child.inFlight.contains(child.culprit) ? child.culprit
        : current == 1 || onLongCheck                          ? first
                                                               : -1;
    const int piece = std::max(1, int(current - 1) / 2);
    for (qsizetype i = child.inFlight.size() - 1; i >= 0; --i) {
        const int job = child.inFlight.at(i);
        if (job != charged) {
            // A batch still waiting in the pipe never started: it goes back as it was.
            if (i < current) {
                const int limit = std::min(pieceLimit(job), piece);
                m_travel[job].pieceLimit = limit;
            }
            m_queue.putBack(job);
        } else if (attempts(job) >= options().maxAttempts) {
            JobResult result;
            result.index = job;
            result.number = workload().numbers.at(job);
            result.worker = worker;
            result.attempts = attempts(job);
            result.error
                = tr("gave up after %1 tries; the last worker process %2").arg(attempts(job)).arg(why);
            reportResult(result);
        } else {
            JobTravel &travel = m_travel[job];
            ++travel.charged;
            travel.pieceLimit = 1;
            m_queue.putBack(job);
        }
    }
    child.inFlight.clear();
    child.batches.clear();
    child.process = nullptr;
    child.ready = false;
    if (!handshook && !m_quitting && !isCanceling() && ++m_failedStarts > maxFailedStarts) {
        killAll();
        m_heartbeatTimer.stop();
        fail(tr("The worker program %1 keeps exiting before it can take a job.").arg(programPath()));
        return;
    }
    if (!isCanceling() && !m_quitting && !hasAllResults()) {
        spawn(worker);
        // Jobs put back may be waiting for any idle worker, not only the new one.
        for (int i = 0; i < m_children.size(); ++i)
            feed(i);
    }
    endIfDone();
}

void ProcessRunner::checkHeartbeats()
{
    if (m_quitting) {
        // Every shutdown has a deadline: stdin closed, then SIGTERM, then SIGKILL.
        const qint64 waited = m_quitClock.elapsed();
        for (Child &child : m_children) {
            if (!child.process)
                continue;
            if (waited > 2 * qint64(options().quitTimeoutMs)) {
                child.process->kill();
            } else if (waited > options().quitTimeoutMs && !child.terminated) {
                child.terminated = true;
                child.process->terminate();
            }
        }
        return;
    }
    for (int i = 0; i < m_children.size(); ++i) {
        const Child &child = m_children.at(i);
        // An idle worker has nothing to say; a busy or starting one must move.
        const bool expectedToMove = !child.ready || !child.inFlight.isEmpty();
        if (child.process && !child.condemned && expectedToMove && child.lastMovedNs >= 0
            && (nsSinceStart() - child.lastMovedNs) / 1'000'000 > options().workerTimeoutMs)
            replace(i, tr("no progress for %1 s").arg(options().workerTimeoutMs / 1000.0));
    }
}

void ProcessRunner::endIfDone()
{
    if (!isRunning())
        return;
    if ((hasAllResults() || isCanceling()) && !m_quitting) {
        m_quitting = true;
        m_quitClock.start();
        // The book's poison pill, as a word: each worker finishes and exits.
        for (int i = 0; i < m_children.size(); ++i) {
            Child &child = m_children[i];
            if (!child.process)
                continue;
            if (isCanceling()) {
                child.process->kill();
            } else {
                child.process->write(WorkerProtocol::quit() + '\n');
                child.process->closeWriteChannel();
            }
        }
    }
    if (m_quitting && m_alive == 0) {
        m_heartbeatTimer.stop();
        for (int i = 0; i < m_children.size(); ++i)
            reportWorkerFinished(i);
        finish();
    }
}

void ProcessRunner::stopWorkers()
{
    // Cancel always kills, a shutdown already under way included.
    for (Child &child : m_children) {
        if (child.process)
            child.process->kill();
    }
    endIfDone();
}

void ProcessRunner::killAll()
{
    for (Child &child : m_children) {
        if (!child.process)
            continue;
        QProcess *process = child.process;
        child.process = nullptr;
        process->disconnect(this);
        process->kill();
        process->waitForFinished(2000);
        delete process;
        --m_alive;
    }
}
