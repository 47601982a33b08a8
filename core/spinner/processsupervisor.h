#pragma once

#include "supervisor.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>

// slow() in a child process (the book's spinner_proc.py): `conviz-worker --slow` runs it
// and prints the answer; the supervisor only waits for the line.
class ProcessSupervisor : public Supervisor
{
    Q_OBJECT
public:
    explicit ProcessSupervisor(QObject *parent = nullptr, const QString &workerProgram = {});
    ~ProcessSupervisor() override;

    void start(const SlowCall &call) override;
    void stop() override;
    bool isRunning() const override { return m_process != nullptr; }
    qint64 pid() const;

private:
    QString m_program;
    QPointer<QProcess> m_process;
    QElapsedTimer m_clock;
};
