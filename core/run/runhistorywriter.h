#pragma once

#include "runhistory.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

// Writes the run history's file on a thread of its own. A save ends by syncing the file to
// the disk, and right after a large export that sync alone takes a tenth of a second or
// more: on the window's thread it would stop the spinner at the end of every run.
// Saves land in the order they were made; one made while another is being written replaces
// any that still waits, as it holds every run the waiting one held.
class RunHistoryWriter : public QObject
{
    Q_OBJECT
public:
    // How long the destructor waits for what is left to write.
    static constexpr int finishMs = 5000;

    explicit RunHistoryWriter(QObject *parent = nullptr);
    // Writes what is left, waiting at most finishMs: a disk that hangs longer does not keep the
    // program from ending (a warning says the history may not be saved).
    ~RunHistoryWriter() override;

    // firstRun: the number of runs.first(), kept in the file (RunHistoryFile::serialize()).
    void save(const QString &path, const QList<RunSummary> &runs, qint64 firstRun = 1);
    // Waits until every save made so far has been written or has failed; false if msecs
    // passed first.
    bool waitForWritten(int msecs);

Q_SIGNALS:
    // A save failed: message names the file and why. Said on this object's thread.
    void failed(const QString &message);

private:
    struct Queue;
    std::shared_ptr<Queue> m_queue; // shared with the writing thread, which may outlive this
};
