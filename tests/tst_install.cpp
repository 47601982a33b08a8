// `cmake --install` into a temporary prefix, then what a desktop and a user see of it.
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int deadlineMs = 120000;

struct Outcome
{
    int exitCode = -1;
    QString output;
};

Outcome run(const QString &program, const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(deadlineMs) || !process.waitForFinished(deadlineMs)) {
        process.kill();
        process.waitForFinished(deadlineMs);
        return { -1, process.errorString() };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAll()) };
}
} // namespace

class TestInstall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void files_data();
    void files();
    void workerOnlyInLibexec();
    void noRunPath_data();
    void noRunPath();
    void installedCliFindsItsWorker_data();
    void installedCliFindsItsWorker();
    void desktopFileValidates();
    void metainfoValidates();

private:
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Outcome install = run(
        QStringLiteral(CONVIZ_CMAKE),
        { QStringLiteral("--install"), TestPaths::buildDir(), QStringLiteral("--prefix"), m_prefix.path() });
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
}

void TestInstall::files_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("executable");

    QTest::newRow("window") << CONVIZ_INSTALL_BINDIR "/conviz" << true;
    QTest::newRow("command line") << CONVIZ_INSTALL_BINDIR "/conviz-cli" << true;
    QTest::newRow("worker") << CONVIZ_INSTALL_LIBEXECDIR "/conviz/conviz-worker" << true;
    QTest::newRow("desktop entry") << CONVIZ_INSTALL_DATADIR "/applications/org.conviz.Conviz.desktop"
                                   << false;
    QTest::newRow("icon") << CONVIZ_INSTALL_DATADIR "/icons/hicolor/scalable/apps/org.conviz.Conviz.svg"
                          << false;
    QTest::newRow("metainfo") << CONVIZ_INSTALL_DATADIR "/metainfo/org.conviz.Conviz.metainfo.xml" << false;
    QTest::newRow("Chinese") << CONVIZ_INSTALL_DATADIR "/conviz/translations/conviz_zh_CN.qm" << false;
    QTest::newRow("English plurals") << CONVIZ_INSTALL_DATADIR "/conviz/translations/conviz_en.qm" << false;
}

void TestInstall::files()
{
    QFETCH(QString, path);
    QFETCH(bool, executable);
    const QFileInfo info(installed(path));
    QVERIFY2(info.isFile(), qPrintable(info.filePath()));
    QCOMPARE(info.isExecutable(), executable);
}

void TestInstall::workerOnlyInLibexec()
{
    // It is no command of its own.
    QVERIFY(!QFileInfo::exists(installed(QStringLiteral(CONVIZ_INSTALL_BINDIR "/conviz-worker"))));
}

void TestInstall::noRunPath_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("window, installed") << installed(QStringLiteral(CONVIZ_INSTALL_BINDIR "/conviz"));
    QTest::newRow("worker, installed")
        << installed(QStringLiteral(CONVIZ_INSTALL_LIBEXECDIR "/conviz/conviz-worker"));
    QTest::newRow("window, built") << TestPaths::buildDir() + QStringLiteral("/bin/conviz");
    QTest::newRow("command line, built") << TestPaths::buildDir() + QStringLiteral("/bin/conviz-cli");
}

// Qt's libraries come from the system's folders, ours are linked in: a run path could only
// send the loader elsewhere (an empty entry is the folder the program was started from).
void TestInstall::noRunPath()
{
    QFETCH(QString, program);
    const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
    if (readelf.isEmpty())
        QSKIP("readelf (binutils) is not installed");
    const Outcome dynamic = run(readelf, { QStringLiteral("-d"), program });
    QVERIFY2(dynamic.exitCode == 0, qPrintable(dynamic.output));
    QVERIFY2(dynamic.output.contains(QLatin1String("NEEDED")), qPrintable(dynamic.output));
    QVERIFY2(!dynamic.output.contains(QLatin1String("RUNPATH"))
                 && !dynamic.output.contains(QLatin1String("RPATH")),
             qPrintable(dynamic.output));
}

void TestInstall::installedCliFindsItsWorker_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("processes mode") << QStringList { "primes", "--mode", "processes", "--workers", "2" }
                                    << "20 checks in";
    QTest::newRow("spinner in a process")
        << QStringList { "spinner", "--mode", "process", "--seconds", "0.2" } << "Answer: 42";
}

void TestInstall::installedCliFindsItsWorker()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    // Nothing of the build tree on PATH: the worker must come from the installed libexec.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    const Outcome cli
        = run(installed(QStringLiteral(CONVIZ_INSTALL_BINDIR "/conviz-cli")), arguments, environment);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.output));
    QVERIFY2(cli.output.contains(expected), qPrintable(cli.output));
}

void TestInstall::desktopFileValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (desktop-file-utils)");
    const Outcome check = run(
        validator,
        { installed(QStringLiteral(CONVIZ_INSTALL_DATADIR "/applications/org.conviz.Conviz.desktop")) });
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    // Hints are not errors, but a clean file says nothing at all.
    QVERIFY2(check.output.trimmed().isEmpty(), qPrintable(check.output));
}

void TestInstall::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (appstream)");
    const Outcome check = run(
        validator,
        { QStringLiteral("validate"), QStringLiteral("--no-net"),
          installed(QStringLiteral(CONVIZ_INSTALL_DATADIR "/metainfo/org.conviz.Conviz.metainfo.xml")) });
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
