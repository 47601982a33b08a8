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

QTEST_GUILESS_MAIN(TestOutputTarget)
#include "tst_outputtarget.moc"
