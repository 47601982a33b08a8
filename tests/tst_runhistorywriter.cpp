#include "runhistoryfile.h"
#include "runhistorywriter.h"
#include "testfiles.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestRunHistoryWriter : public QObject
{
    Q_OBJECT

private:
    // count runs, the i-th taking i seconds.
    static QList<RunSummary> runs(int count)
    {
        QList<RunSummary> list(count);
        for (int i = 0; i < count; ++i) {
            list[i].mode = QStringLiteral("threads");
            list[i].workers = 2;
            list[i].wallSeconds = double(i);
            list[i].finishedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5));
        }
        return list;
    }

private Q_SLOTS:
    void theLastSaveIsKept_data();
    void theLastSaveIsKept();
    void whatIsLeftIsWrittenAtTheEnd();
    void aFailureIsSaid();
    void theCallerDoesNotWaitForTheDisk();
};

void TestRunHistoryWriter::theLastSaveIsKept_data()
{
    QTest::addColumn<int>("saves");
    QTest::newRow("one") << 1;
    QTest::newRow("two") << 2;
    // Made faster than the disk takes them: the waiting ones are replaced, never reordered.
    QTest::newRow("fifty at once") << 50;
}

void TestRunHistoryWriter::theLastSaveIsKept()
{
    QFETCH(int, saves);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/history.json"));
    RunHistoryWriter writer;
    QSignalSpy failed(&writer, &RunHistoryWriter::failed);
    for (int i = 1; i <= saves; ++i)
        writer.save(path, runs(i));
    QVERIFY(writer.waitForWritten(10000));
    QString error;
    const std::optional<QList<RunSummary>> kept = RunHistoryFile::load(path, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->size(), saves);
    QCOMPARE(kept->constLast().wallSeconds, double(saves - 1));
    QVERIFY(failed.isEmpty());
}

void TestRunHistoryWriter::whatIsLeftIsWrittenAtTheEnd()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    {
        RunHistoryWriter writer;
        writer.save(path, runs(1));
        writer.save(path, runs(3));
    }
    QString error;
    const std::optional<QList<RunSummary>> kept = RunHistoryFile::load(path, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->size(), 3);
}

void TestRunHistoryWriter::aFailureIsSaid()
{
    QTemporaryDir dir;
    // Its folder would have to be where a file is.
    const QString blocker = dir.filePath(QStringLiteral("a file"));
    QVERIFY(TestFiles::write(blocker, "not a folder"));
    const QString path = blocker + QStringLiteral("/history.json");
    RunHistoryWriter writer;
    QSignalSpy failed(&writer, &RunHistoryWriter::failed);
    writer.save(path, runs(1));
    QVERIFY(writer.waitForWritten(10000));
    // Said on the writer's thread, through its event loop.
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().startsWith(path), qPrintable(failed.at(0).at(0).toString()));
    // The next save is tried again, and said again.
    writer.save(path, runs(2));
    QVERIFY(writer.waitForWritten(10000));
    QTRY_COMPARE(failed.size(), 2);
}

void TestRunHistoryWriter::theCallerDoesNotWaitForTheDisk()
{
    // A pipe with no reader stands for a disk that does not answer: writing to it blocks
    // until someone reads.
    QTemporaryDir dir;
    const QString stalled = dir.filePath(QStringLiteral("stalled.json"));
    QVERIFY(::mkfifo(QFile::encodeName(stalled).constData(), 0600) == 0);
    RunHistoryWriter writer;
    writer.save(stalled, runs(2)); // returns: the save waits on its own thread
    QVERIFY(!writer.waitForWritten(50));
    // Made while the first is stuck: it waits its turn and is not lost.
    const QString next = dir.filePath(QStringLiteral("next.json"));
    writer.save(next, runs(5));
    QVERIFY(!writer.waitForWritten(50));
    QFile reader(stalled);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<QList<RunSummary>> first = RunHistoryFile::parse(reader.readAll(), &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->size(), 2);
    QVERIFY(writer.waitForWritten(10000));
    const std::optional<QList<RunSummary>> second = RunHistoryFile::load(next, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->size(), 5);
}

QTEST_GUILESS_MAIN(TestRunHistoryWriter)
#include "tst_runhistorywriter.moc"
