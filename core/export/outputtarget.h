#pragma once

#include <QList>
#include <QString>

#include <memory>

class QFileDevice;
class QIODevice;

// Where an export goes. A regular file or a new path is written atomically (QSaveFile: the
// old file stays whole until the new one is complete); a device, FIFO or socket is written
// straight into and never replaced (renaming over /dev/null as root would turn it into a
// file); "-" is standard output.
class OutputTarget
{
public:
    explicit OutputTarget(const QString &path);
    ~OutputTarget();
    OutputTarget(const OutputTarget &) = delete;
    OutputTarget &operator=(const OutputTarget &) = delete;

    static bool isStandardOutput(const QString &path) { return path == QLatin1String("-"); }

    // An output a command line names: "--output", "out.csv".
    struct Named
    {
        QString option;
        QString path; // empty: not asked for
    };
    // Checked before a run, so that a long run is not wasted on an output that cannot take
    // it: the first output that cannot be written (a missing or read-only folder, a folder
    // given as the file), or two that would write the same file. Empty when all can.
    static QString checkBeforeRun(const QList<Named> &outputs);
    // Why path cannot be written, or nothing: "the folder /x does not exist".
    static QString whyNotWritable(const QString &path);
    // Whether both write the same file (or both standard output).
    static bool isSameTarget(const QString &a, const QString &b);
    // Whether open() writes a temporary file and renames it into place.
    bool isAtomic() const { return m_atomic; }

    bool open();
    QIODevice *device() const;
    // Flushes and, for a regular file, puts the new file in place. Nothing is left half
    // written: after a failure the old file (if any) is untouched.
    bool commit();
    // Drops what was written (for a regular file; bytes already sent to a device are gone).
    void cancel();
    // "Cannot write out.csv: No space left on device"
    QString errorString() const { return m_error; }
    // Ends the output as failed after a write the device refused; errorString() says why.
    void failure();

private:
    bool fail();

    QString m_path;
    bool m_atomic = false;
    std::unique_ptr<QFileDevice> m_file;
    QString m_error;
};
