// Numbers files read off the GUI thread: small ones as text, big ones as a summary; the
// event loop keeps turning meanwhile; a canceled or replaced load never lands.
#include "loopticker.h"
#include "poolsettled.h"
#include "testfiles.h"
#include "workloadloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestWorkloadLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void smallFileAsText_data();
    void smallFileAsText();
    void millionLinesKeepTheLoopTurning();
    void cancelDropsTheResult();
    void newerLoadWins();
    void missingFile();
    void waitForReadGivesTheFileAsRead();
    void waitForReadHasADeadline();

private:
    QTemporaryDir m_dir;
    QString m_million;
};

void TestWorkloadLoader::initTestCase()
{
    qRegisterMetaType<LoadedNumbers>();
    QVERIFY(m_dir.isValid());
    m_million = TestFiles::writeMillion(m_dir);
    QVERIFY(!m_million.isEmpty());
}

void TestWorkloadLoader::smallFileAsText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("join");
    QTest::addColumn<QList<quint64>>("numbers");
    QTest::addColumn<qint64>("errors");
    QTest::newRow("plain") << QByteArray("2 3\n5\n") << false << QList<quint64> { 2, 3, 5 } << qint64(0);
    QTest::newRow("errors") << QByteArray("2 x\n-5\n") << false << QList<quint64> { 2 } << qint64(2);
    QTest::newRow("joined") << QByteArray("1,000,003\n") << true << QList<quint64> { 1000003 } << qint64(0);
}

void TestWorkloadLoader::smallFileAsText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, join);
    QFETCH(QList<quint64>, numbers);
    QFETCH(qint64, errors);
    const QString path = m_dir.filePath(QStringLiteral("small.txt"));
    QVERIFY(TestFiles::write(path, bytes));
    WorkloadLoader loader;
    QSignalSpy loaded(&loader, &WorkloadLoader::loaded);
    loader.load(path, join);
    QVERIFY(loader.isLoading());
    QVERIFY(loaded.wait(60000));
    QVERIFY(!loader.isLoading());
    const LoadedNumbers result = loaded.first().first().value<LoadedNumbers>();
    QVERIFY(result.fitsEditor);
    QCOMPARE(result.text, QString::fromUtf8(bytes));
    QCOMPARE(result.parsed.numbers, numbers);
    QCOMPARE(result.parsed.errorCount, errors);
}

void TestWorkloadLoader::millionLinesKeepTheLoopTurning()
{
    WorkloadLoader loader;
    QSignalSpy loaded(&loader, &WorkloadLoader::loaded);
    QSignalSpy progress(&loader, &WorkloadLoader::progressChanged);
    LoopTicker ticker;
    loader.load(m_million);
    const int ticksAtStart = ticker.ticks();
    QVERIFY(loaded.wait(120000));
    ticker.stop();
    QVERIFY2(ticker.ticks() > ticksAtStart, "the event loop did not turn while the file was read");
    QVERIFY(progress.size() >= 1);
    const LoadedNumbers result = loaded.first().first().value<LoadedNumbers>();
    QCOMPARE(result.parsed.numbers.size(), 1'000'000);
    QCOMPARE(result.parsed.numbers.first(), quint64(1'000'000));
    QCOMPARE(result.parsed.numbers.last(), quint64(1'999'999));
    QVERIFY(result.parsed.isValid());
    QVERIFY(!result.fitsEditor);
    QVERIFY(result.text.isEmpty());
    QCOMPARE(result.firstLines.size(), WorkloadLoader::shownLines);
    QCOMPARE(result.firstLines.first(), QStringLiteral("1000000"));
    QCOMPARE(result.bytes, QFileInfo(m_million).size());
}

void TestWorkloadLoader::cancelDropsTheResult()
{
    WorkloadLoader loader;
    QSignalSpy loaded(&loader, &WorkloadLoader::loaded);
    QSignalSpy canceled(&loader, &WorkloadLoader::canceled);
    loader.load(m_million);
    loader.cancel();
    QCOMPARE(canceled.size(), 1);
    QVERIFY(!loader.isLoading());
    // A later load finishes after the canceled one's thread is done: only it lands.
    const QString small = m_dir.filePath(QStringLiteral("after.txt"));
    QVERIFY(TestFiles::write(small, "7\n"));
    loader.load(small);
    QVERIFY(loaded.wait(120000));
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().value<LoadedNumbers>().path, small);
    QCOMPARE(canceled.size(), 1);
}

void TestWorkloadLoader::newerLoadWins()
{
    WorkloadLoader loader;
    QSignalSpy loaded(&loader, &WorkloadLoader::loaded);
    const QString small = m_dir.filePath(QStringLiteral("newer.txt"));
    QVERIFY(TestFiles::write(small, "11 13\n"));
    loader.load(m_million);
    loader.load(small);
    QVERIFY(loaded.wait(120000));
    QVERIFY(poolSettled());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().value<LoadedNumbers>().parsed.numbers, (QList<quint64> { 11, 13 }));
}

void TestWorkloadLoader::missingFile()
{
    WorkloadLoader loader;
    QSignalSpy failed(&loader, &WorkloadLoader::failed);
    loader.load(m_dir.filePath(QStringLiteral("missing.txt")));
    QVERIFY(failed.wait(60000));
    QVERIFY(failed.first().first().toString().contains(QLatin1String("missing.txt")));
}

void TestWorkloadLoader::waitForReadGivesTheFileAsRead()
{
    WorkloadLoader loader;
    QVERIFY(!loader.waitForRead(0)); // nothing being read
    QSignalSpy loaded(&loader, &WorkloadLoader::loaded);
    const QString path = m_dir.filePath(QStringLiteral("waited.txt"));
    QVERIFY(TestFiles::write(path, "7 11\n13 x\n"));
    loader.load(path);
    const std::optional<LoadedNumbers> read = loader.waitForRead(60000);
    QVERIFY(read);
    QCOMPARE(read->path, path);
    QCOMPARE(read->parsed.numbers, (QList<quint64> { 7, 11, 13 }));
    QCOMPARE(read->parsed.errorCount, qint64(1));
    // The load still ends as every load does, from the event loop, once.
    QVERIFY(loader.isLoading());
    QVERIFY(loaded.wait(60000));
    QVERIFY(poolSettled());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().value<LoadedNumbers>().parsed.numbers, read->parsed.numbers);
}

// A file that takes long to read (a pipe nobody writes to yet): the wait ends at its deadline
// with nothing, and the read goes on.
void TestWorkloadLoader::waitForReadHasADeadline()
{
    const QString path = m_dir.filePath(QStringLiteral("pipe"));
    QVERIFY(TestFiles::makePipe(path));
    WorkloadLoader loader;
    QSignalSpy loaded(&loader, &WorkloadLoader::loaded);
    loader.load(path);
    QElapsedTimer waited;
    waited.start();
    const bool nothingYet = !loader.waitForRead(50);
    const qint64 waitedMs = waited.elapsed();
    // The reader waits in open() for a writer: one comes before any check can end the test.
    const bool written = TestFiles::writeToPipe(path, "17\n19\n");
    QVERIFY(nothingYet);
    QVERIFY2(waitedMs >= 49, qPrintable(QString::number(waitedMs)));
    QVERIFY(written);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.first().first().value<LoadedNumbers>().parsed.numbers, (QList<quint64> { 17, 19 }));
    QCOMPARE(loader.waitForRead(0).has_value(), false); // the load is over
}

QTEST_GUILESS_MAIN(TestWorkloadLoader)
#include "tst_workloadloader.moc"
