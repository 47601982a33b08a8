#include "exportformat.h"
#include "outputtarget.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t fileType(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & S_IFMT) : 0;
}
} // namespace

class TestOutputTarget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data();
    void kinds();
    void fifoIsWrittenInto();
    void failedWriteKeepsTheOldFile();
    void fullDevice();
    void checkBeforeRun_data();
    void checkBeforeRun();
};

void TestOutputTarget::kinds_data()
{
    QTest::addColumn<QString>("path"); // relative to a temporary folder unless absolute
    QTest::addColumn<bool>("atomic");
    QTest::addColumn<bool>("ok");
    QTest::newRow("new file") << QStringLiteral("out.csv") << true << true;
    QTest::newRow("existing file") << QStringLiteral("existing.csv") << true << true;
    QTest::newRow("link to a file") << QStringLiteral("link.csv") << true << true;
    // /dev/zero takes writes and throws them away, like /dev/null.
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << false << true;
    QTest::newRow("link to /dev/zero") << QStringLiteral("zero-link") << false << true;
    QTest::newRow("missing folder") << QStringLiteral("no/such/out.csv") << true << false;
    QTest::newRow("a folder") << QStringLiteral(".") << true << false;
}

void TestOutputTarget::kinds()
{
    QFETCH(QString, path);
    QFETCH(bool, atomic);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("existing.csv"));
    QVERIFY(TestFiles::write(existing, "old\n"));
    QVERIFY(QFile::link(existing, dir.filePath(QStringLiteral("link.csv"))));
    if (!atomic && fileType(QStringLiteral("/dev/zero")) != S_IFCHR)
        QSKIP("/dev/zero is not a device here");
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("zero-link"))));
    const QString full = QFileInfo(path).isAbsolute() ? path : dir.filePath(path);
    const mode_t typeBefore = fileType(full);

    OutputTarget target(full);
    QCOMPARE(target.isAtomic(), atomic);
    QString error;
    QCOMPARE(ExportFiles::write(full, "new\n", &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok) {
        QVERIFY2(error.contains(full), qPrintable(error));
        return;
    }
    if (atomic) {
        QCOMPARE(contents(full), QByteArray("new\n"));
    } else {
        // Written into, never replaced: a device stays a device.
        QCOMPARE(fileType(full), typeBefore);
        QCOMPARE(fileType(full), mode_t(S_IFCHR));
    }
    if (path == QLatin1String("link.csv")) // the link still points at the file it named
        QVERIFY(QFileInfo(full).isSymLink());
}

void TestOutputTarget::fifoIsWrittenInto()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    // A reader on the other end (non-blocking open, so the writer's open does not wait forever).
    const int reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    OutputTarget target(path);
    QVERIFY(!target.isAtomic());
    QString error;
    QVERIFY2(ExportFiles::write(path, "through the pipe\n", &error), qPrintable(error));
    char buffer[64] = {};
    const ssize_t got = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    QCOMPARE(QByteArray(buffer, int(got)), QByteArray("through the pipe\n"));
    QCOMPARE(fileType(path), mode_t(S_IFIFO));
}

void TestOutputTarget::failedWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(ExportFiles::write(path, "complete\n", nullptr));
    QString error;
    const bool ok = ExportFiles::write(
        path,
        [](QIODevice &device) {
            device.write("half of it");
            return false; // the producer hit a failed write
        },
        &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("complete\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("results.csv") });
}

void TestOutputTarget::fullDevice()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    QString error;
    QVERIFY(!ExportFiles::write(QStringLiteral("/dev/full"), QByteArray(100'000, 'x'), &error));
    QVERIFY2(error.contains(QLatin1String("/dev/full")), qPrintable(error));
    QCOMPARE(fileType(QStringLiteral("/dev/full")), mode_t(S_IFCHR));
}

void TestOutputTarget::checkBeforeRun_data()
{
    // DIR stands for a scratch folder, and what is in it: a file, a subfolder, a link.
    QTest::addColumn<QStringList>("paths"); // --a, --b, --c in that order
    QTest::addColumn<QString>("error"); // empty: usable; DIR stands for the folder
    QTest::newRow("nothing asked") << QStringList { QString(), QString() } << QString();
    QTest::newRow("new file") << QStringList { QStringLiteral("DIR/new.csv") } << QString();
    QTest::newRow("existing file") << QStringList { QStringLiteral("DIR/old.csv") } << QString();
    QTest::newRow("standard output") << QStringList { QStringLiteral("-") } << QString();
    QTest::newRow("a device") << QStringList { QStringLiteral("/dev/null") } << QString();
    QTest::newRow("two files") << QStringList { QStringLiteral("DIR/a.csv"), QStringLiteral("DIR/b.json") }
                               << QString();
    QTest::newRow("folder missing") << QStringList {
        QStringLiteral("DIR/no/new.csv")
    } << QStringLiteral("--a: cannot write DIR/no/new.csv: the folder DIR/no does not exist");
    QTest::newRow("a folder") << QStringList { QStringLiteral("DIR/sub") }
                              << QStringLiteral("--a: cannot write DIR/sub: it is a folder");
    QTest::newRow("under a file") << QStringList { QStringLiteral("DIR/old.csv/x.csv") }
                                  << QStringLiteral(
                                         "--a: cannot write DIR/old.csv/x.csv: DIR/old.csv is not a folder");
    QTest::newRow("the second one") << QStringList { QStringLiteral("DIR/a.csv"),
                                                     QStringLiteral("DIR/no/b.csv") }
                                    << QStringLiteral("--b: cannot write DIR/no/b.csv");
    QTest::newRow("the same file twice")
        << QStringList { QStringLiteral("DIR/a.json"), QString(), QStringLiteral("DIR/sub/../a.json") }
        << QStringLiteral("--a and --c would both write DIR/sub/../a.json: give them different files");
    QTest::newRow("through a link") << QStringList { QStringLiteral("DIR/old.csv"),
                                                     QStringLiteral("DIR/link.csv") }
                                    << QStringLiteral("--a and --b would both write DIR/link.csv");
    QTest::newRow("standard output twice") << QStringList { QStringLiteral("-"), QStringLiteral("-") }
                                           << QStringLiteral("--a and --b would both write standard output");
}

// What a command line names as its outputs is checked before a run, not after it.
void TestOutputTarget::checkBeforeRun()
{
    QFETCH(QStringList, paths);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("old.csv")), "1\n"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("old.csv")), dir.filePath(QStringLiteral("link.csv"))));
    QList<OutputTarget::Named> outputs;
    const QStringList options { QStringLiteral("--a"), QStringLiteral("--b"), QStringLiteral("--c") };
    for (qsizetype i = 0; i < paths.size(); ++i)
        outputs.append({ options.at(i), QString(paths.at(i)).replace(QLatin1String("DIR"), dir.path()) });
    const QString why = OutputTarget::checkBeforeRun(outputs);
    if (error.isEmpty())
        QCOMPARE(why, QString());
    else
        QVERIFY2(why.startsWith(QString(error).replace(QLatin1String("DIR"), dir.path())), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestOutputTarget)
#include "tst_outputtarget.moc"
