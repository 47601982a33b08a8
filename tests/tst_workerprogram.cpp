#include "testfiles.h"
#include "workerprogram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A tree with bin/ and, when asked, a worker in some of the places WorkerProgram looks.
struct Layout
{
    QTemporaryDir root;
    QString bin() const { return root.filePath(QStringLiteral("bin")); }
    QString path() const { return root.filePath(QStringLiteral("path")); }

    bool put(const QString &file, bool executable = true) const
    {
        if (!TestFiles::write(file, "#!/bin/sh\n"))
            return false;
        const QFile::Permissions read = QFile::ReadOwner | QFile::ReadUser;
        return QFile::setPermissions(file, executable ? read | QFile::ExeOwner | QFile::ExeUser : read);
    }
};
} // namespace

class TestWorkerProgram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void locate_data();
    void locate();
    void installedPathIsUnderLibexec();

private:
    QByteArray m_path;
};

void TestWorkerProgram::init()
{
    m_path = qgetenv("PATH");
}

void TestWorkerProgram::cleanup()
{
    qputenv("PATH", m_path);
}

void TestWorkerProgram::locate_data()
{
    QTest::addColumn<QStringList>("present"); // beside, installed, path
    QTest::addColumn<bool>("executable");
    QTest::addColumn<QString>("expected");

    QTest::newRow("build tree: next to the program") << QStringList { "beside" } << true << "beside";
    QTest::newRow("installed: libexec") << QStringList { "installed" } << true << "installed";
    QTest::newRow("only on PATH") << QStringList { "path" } << true << "path";
    QTest::newRow("next to it wins over libexec")
        << QStringList { "beside", "installed", "path" } << true << "beside";
    QTest::newRow("libexec wins over PATH") << QStringList { "installed", "path" } << true << "installed";
    QTest::newRow("nowhere: the expected place, for the error") << QStringList {} << true << "beside";
    QTest::newRow("not executable is not a worker")
        << QStringList { "beside", "installed" } << false << "beside";
}

void TestWorkerProgram::locate()
{
    QFETCH(QStringList, present);
    QFETCH(bool, executable);
    QFETCH(QString, expected);

    Layout layout;
    QVERIFY(layout.root.isValid());
    QVERIFY(QDir().mkpath(layout.bin()));
    QVERIFY(QDir().mkpath(layout.path()));
    const QString name = QLatin1String(WorkerProgram::fileName);
    const QHash<QString, QString> places {
        { QStringLiteral("beside"), QDir(layout.bin()).filePath(name) },
        { QStringLiteral("installed"), WorkerProgram::installedPath(layout.bin()) },
        { QStringLiteral("path"), QDir(layout.path()).filePath(name) },
    };
    for (const QString &place : present)
        QVERIFY(layout.put(places.value(place), executable));
    qputenv("PATH", QFile::encodeName(layout.path()));

    QCOMPARE(WorkerProgram::locate(layout.bin()), places.value(expected));
}

void TestWorkerProgram::installedPathIsUnderLibexec()
{
    // GNUInstallDirs' default layout: prefix/bin and prefix/libexec/conviz.
    const QString installed = WorkerProgram::installedPath(QStringLiteral("/opt/conviz/bin"));
    QVERIFY2(installed.startsWith(QStringLiteral("/opt/conviz/")), qPrintable(installed));
    QVERIFY2(installed.endsWith(QStringLiteral("/conviz/conviz-worker")), qPrintable(installed));
    QVERIFY2(!installed.contains(QStringLiteral("/bin/")), qPrintable(installed));
}

QTEST_GUILESS_MAIN(TestWorkerProgram)
#include "tst_workerprogram.moc"
