#pragma once

#include "numberparser.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

// A numbers file as it was read: its numbers and errors, what to show of it, and the whole
// text when it is small enough for the editor.
struct LoadedNumbers
{
    QString path;
    qint64 bytes = 0;
    ParsedNumbers parsed;
    QStringList firstLines; // the first few lines, each cut short, for the summary
    QString text; // the file as text when it fits the editor, else empty
    bool fitsEditor = false;
    bool joinThousands = false;
    QString openError;
};

Q_DECLARE_METATYPE(LoadedNumbers)

// Reads and parses a numbers file off the GUI thread, one file at a time, reporting progress
// on a timer (one throttle, whatever the file's size). cancel() or a newer load() makes the
// older load harmless: its result is dropped when it arrives.
class WorkloadLoader : public QObject
{
    Q_OBJECT
public:
    // Files up to this size go into the editor; bigger ones are shown as a summary.
    static constexpr qint64 editorLimitBytes = 256 * 1024;
    static constexpr int shownLines = 5;

    explicit WorkloadLoader(QObject *parent = nullptr);
    ~WorkloadLoader() override;
    // A loader already reading path: a file named on the command line is read while the
    // window is built, and the window takes the load over (WorkloadPanel::loadFile()).
    static std::unique_ptr<WorkloadLoader> started(const QString &path, bool joinThousands = false);

    void load(const QString &path, bool joinThousands = false);
    void cancel();
    bool isLoading() const { return bool(m_job); }
    QString path() const { return m_path; }
    bool joinsThousands() const { return m_joinThousands; }
    // The size of the file being read; 0 when it is not known (a pipe).
    qint64 totalBytes() const { return m_totalBytes; }
    // progressChanged() now, with what has been read so far (for a new listener).
    void reportProgress();
    // The file as read, once the read is done, waiting at most msecs for it; nothing when no
    // read is under way or it takes longer. The signals still follow, from the event loop:
    // this only lets a launch start its run before the window is built. It blocks the thread
    // that calls it: the GUI thread, before there is a window to freeze.
    std::optional<LoadedNumbers> waitForRead(int msecs) const;

    // What the worker thread does; public so tests can run it without a thread.
    struct Job;
    static LoadedNumbers read(const QString &path, bool joinThousands, const std::shared_ptr<Job> &job);

Q_SIGNALS:
    // totalBytes is 0 when the size is not known (a pipe).
    void progressChanged(qint64 bytesRead, qint64 totalBytes);
    void loaded(const LoadedNumbers &numbers);
    void failed(const QString &message);
    void canceled();

private:
    std::shared_ptr<Job> m_job;
    QString m_path;
    bool m_joinThousands = false;
    qint64 m_totalBytes = 0;
    QTimer m_progressTimer;
};
