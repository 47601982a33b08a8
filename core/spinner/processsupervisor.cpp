#include "processsupervisor.h"

#include "workerprogram.h"

ProcessSupervisor::ProcessSupervisor(QObject *parent, const QString &workerProgram)
    : Supervisor(parent)
    , m_program(workerProgram.isEmpty() ? WorkerProgram::path() : workerProgram)
{ }

ProcessSupervisor::~ProcessSupervisor()
{
    stop();
}

qint64 ProcessSupervisor::pid() const
{
    return m_process ? m_process->processId() : 0;
}

void ProcessSupervisor::start(const SlowCall &call)
{
    if (m_process)
        return;
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(process, &QProcess::started, this,
            [this, process] { Q_EMIT unitStarted(tr("process %1 (its pid)").arg(process->processId())); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_process != process)
            return;
        m_process = nullptr;
        process->deleteLater();
        Q_EMIT failed(tr("Cannot start %1: %2").arg(m_program, process->errorString()));
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (m_process != process)
            return;
        m_process = nullptr;
        process->deleteLater();
        bool ok = false;
        const int answer = process->readAllStandardOutput().trimmed().toInt(&ok);
        if (status != QProcess::NormalExit || exitCode != 0 || !ok)
            Q_EMIT failed(tr("The child process ended without an answer (exit code %1).").arg(exitCode));
        else
            Q_EMIT finished(answer, m_clock.nsecsElapsed() / 1e9);
    });
    const QString kind
        = call.kind == SlowCall::Kind::Sleep ? QStringLiteral("sleep") : QStringLiteral("prime");
    m_clock.start();
    process->start(m_program,
                   { QStringLiteral("--slow"), kind, QStringLiteral("--number"), QString::number(call.number),
                     QStringLiteral("--sleep-ms"), QString::number(call.sleepMs) });
}

void ProcessSupervisor::stop()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    process->kill();
    process->waitForFinished(2000);
    delete process;
}
