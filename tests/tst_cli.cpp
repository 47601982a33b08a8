#include "runnertesting.h"
#include "testfiles.h"
#include "testpaths.h"
#include "workload.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, const QString &stdoutFile = {},
              const QString &program = TestPaths::program(QStringLiteral("conviz-cli")),
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}
bool isAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    return !text.mid(text.lastIndexOf(')') + 2).startsWith('Z');
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bookTable_data();
    void bookTable();
    void bookTableOnOtherNumbers_data();
    void bookTableOnOtherNumbers();
    void fileWorkloadIsNamedByTheFile();
    void exportFormats_data();
    void exportFormats();
    void outputFile();
    void formatFromExtension_data();
    void formatFromExtension();
    void badInput_data();
    void badInput();
    void endlessInput();
    void outputs_data();
    void outputs();
    void failedNumbersExitOne_data();
    void failedNumbersExitOne();
    void thousandsSeparators_data();
    void thousandsSeparators();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void windowPrintsWithoutADisplay_data();
    void windowPrintsWithoutADisplay();
    void interruptExits130_data();
    void interruptExits130();
    void secondInterruptExitsAtOnce();
    void untrustedWorkerProgram_data();
    void untrustedWorkerProgram();
    void supervisorAsPid1();
    void spinnerPiped_data();
    void spinnerPiped();
    void spinnerOnTerminal_data();
    void spinnerOnTerminal();
    void spinnerInterrupted_data();
    void spinnerInterrupted();
    void spinnerUsage();
};

void TestCli::bookTable_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("footerPattern");
    QTest::newRow("sequential") << QStringLiteral("sequential")
                                << QStringLiteral("Checking 20 numbers sequentially:")
                                << QStringLiteral("^Total time: \\d+\\.\\d\\ds$");
    QTest::newRow("threads") << QStringLiteral("threads")
                             << QStringLiteral("Checking 20 numbers with 2 threads:")
                             << QStringLiteral("^20 checks in \\d+\\.\\d\\ds$");
}

void TestCli::bookTable()
{
    QFETCH(QString, mode);
    QFETCH(QString, header);
    QFETCH(QString, footerPattern);
    const CliRun run = runCli({ QStringLiteral("primes"), QStringLiteral("--mode"), mode,
                                QStringLiteral("--workers"), QStringLiteral("2") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 22);
    QCOMPARE(lines.first(), header);
    QVERIFY2(QRegularExpression(footerPattern).match(lines.last()).hasMatch(), qPrintable(lines.last()));

    // "3333333333333301  P  1.342821s": 16 columns right-aligned, then P or a space, then %9.6f.
    const QRegularExpression row(QStringLiteral("^( {0,15}\\d{1,16})  ([P ]) ( {0,2}\\d+\\.\\d{6})s$"));
    const Workload book = Workload::book();
    QMap<quint64, bool> seen;
    for (const QString &line : lines.mid(1, 20)) {
        const QRegularExpressionMatch match = row.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QCOMPARE(match.captured(1).size(), 16);
        QCOMPARE(match.captured(3).size(), 9);
        seen.insert(match.captured(1).trimmed().toULongLong(), match.captured(2) == QLatin1String("P"));
    }
    QCOMPARE(seen.size(), 20);
    for (qsizetype i = 0; i < book.size(); ++i)
        QCOMPARE(seen.value(book.numbers.at(i)), book.expectedPrime.at(i));
    if (mode == QLatin1String("sequential")) {
        // The baseline checks in input order.
        QVERIFY(lines.at(1).endsWith(QLatin1String("s"))
                && lines.at(1).trimmed().startsWith(QLatin1String("2 ")));
    }
}

void TestCli::bookTableOnOtherNumbers_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("lines"); // the table, without its footer
    QTest::addColumn<QString>("footer"); // its start
    QTest::newRow("one number, one process")
        << QStringList { QStringLiteral("--mode"), QStringLiteral("processes"), QStringLiteral("--workers"),
                         QStringLiteral("1") }
        << QByteArray("7\n") << QStringList { QStringLiteral("Checking 1 number with 1 process:") }
        << QStringLiteral("1 check in ");
    QTest::newRow("one thread under a GIL")
        << QStringList { QStringLiteral("--mode"), QStringLiteral("threads-gil"), QStringLiteral("--workers"),
                         QStringLiteral("1") }
        << QByteArray("4 9\n")
        << QStringList { QStringLiteral("Checking 2 numbers with 1 thread holding one GIL:") }
        << QStringLiteral("2 checks in ");
    // Wider than the book's 16 columns: every number still right-aligned with the others.
    QTest::newRow("a 20-digit number") << QStringList {} << QByteArray("97 18446744073709551615\n")
                                       << QStringList { QStringLiteral("Checking 2 numbers sequentially:"),
                                                        QStringLiteral("                  97  P "),
                                                        QStringLiteral("18446744073709551615    ") }
                                       << QStringLiteral("Total time: ");
}

void TestCli::bookTableOnOtherNumbers()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, lines);
    QFETCH(QString, footer);
    const CliRun run
        = runCli(QStringList { QStringLiteral("primes"), QStringLiteral("--numbers"), QStringLiteral("-") }
                     + arguments,
                 input);
    QCOMPARE(run.exitCode, 0);
    const QStringList printed = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(printed.size() >= lines.size() + 1, qPrintable(run.out));
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(printed.at(i).startsWith(lines.at(i)), qPrintable(printed.at(i)));
    QVERIFY2(printed.last().startsWith(footer), qPrintable(printed.last()));
}

// As the window names it: a file's numbers are named by the file in the exports' headers.
void TestCli::fileWorkloadIsNamedByTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my-primes.txt"));
    QVERIFY(TestFiles::write(path, "7 11\n"));
    CliRun run = runCli({ QStringLiteral("primes"), QStringLiteral("--numbers"), path,
                          QStringLiteral("--format"), QStringLiteral("markdown") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("**sequential**, 1 worker, my-primes.txt workload")),
             qPrintable(run.out));
    run = runCli({ QStringLiteral("primes"), QStringLiteral("--numbers"), QStringLiteral("-"),
                   QStringLiteral("--format"), QStringLiteral("json") },
                 "7\n");
    QVERIFY2(run.out.contains(QLatin1String("\"workload\": \"stdin\"")), qPrintable(run.out));
}

void TestCli::exportFormats_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<int>("lines");
    QTest::newRow("csv") << QStringLiteral("threads") << QStringLiteral("csv")
                         << QStringLiteral(
                                "mode,workers,index,number,prime,elapsed_s,worker,start_s,end_s,attempts")
                         << 21;
    QTest::newRow("markdown") << QStringLiteral("threads") << QStringLiteral("markdown")
                              << QStringLiteral("**threads**, 2 workers, book workload") << 23;
    QTest::newRow("json") << QStringLiteral("threads") << QStringLiteral("json") << QStringLiteral("{") << -1;
    // One worker, whatever --workers says, and said so.
    QTest::newRow("sequential, csv") << QStringLiteral("sequential") << QStringLiteral("csv")
                                     << QStringLiteral("mode,workers,") << 21;
    QTest::newRow("sequential, markdown") << QStringLiteral("sequential") << QStringLiteral("markdown")
                                          << QStringLiteral("**sequential**, 1 worker, book workload") << 23;
}

void TestCli::exportFormats()
{
    QFETCH(QString, mode);
    QFETCH(QString, format);
    QFETCH(QString, firstLine);
    QFETCH(int, lines);
    const CliRun run
        = runCli({ QStringLiteral("primes"), QStringLiteral("--mode"), mode, QStringLiteral("--workers"),
                   QStringLiteral("2"), QStringLiteral("--format"), format });
    QCOMPARE(run.exitCode, 0);
    const QStringList all = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(all.first().startsWith(firstLine), qPrintable(all.first()));
    if (lines > 0)
        QCOMPARE(all.size(), lines);
    if (mode == QLatin1String("sequential") && format == QLatin1String("csv"))
        QVERIFY2(all.at(1).startsWith(QLatin1String("sequential,1,1,2,true,")), qPrintable(all.at(1)));
    else if (format == QLatin1String("csv")) {
        // Input order, whatever order the threads finished in.
        QVERIFY(all.at(1).startsWith(QLatin1String("threads,2,1,2,true,")));
        QVERIFY(all.at(20).startsWith(QLatin1String("threads,2,20,9999999999999999,false,")));
    }
}

void TestCli::outputFile()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("run.csv"));
    const QString trace = dir.filePath(QStringLiteral("run.trace.json"));
    CliRun run = runCli({ QStringLiteral("primes"), QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--output"), csv, QStringLiteral("--trace"), trace });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QVERIFY(QFileInfo(csv).size() > 100);
    QVERIFY(QFileInfo(trace).size() > 100);
    // The trace carries the CPU counters sampled during the run, next to the jobs.
    QFile traceFile(trace);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    const QByteArray traceText = traceFile.readAll();
    QVERIFY(traceText.contains(R"("ph":"X")"));
    QVERIFY(traceText.contains(R"("ph":"C")"));
    QVERIFY(traceText.contains(R"("name":"thread_name")"));

    run = runCli({ QStringLiteral("primes"), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("--output"), dir.filePath(QStringLiteral("missing/run.csv")) });
    // Said before the run, as a usage error; a write that fails once the run is over (a full
    // disk, /dev/full) exits 1 (outputs).
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
}

void TestCli::formatFromExtension_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("format");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("csv") << QStringLiteral("run.csv") << QStringList()
                         << QStringLiteral("mode,workers,index,");
    QTest::newRow("json") << QStringLiteral("run.json") << QStringList() << QStringLiteral("{");
    QTest::newRow("md") << QStringLiteral("run.md") << QStringList()
                        << QStringLiteral("**threads**, 2 workers");
    QTest::newRow("markdown") << QStringLiteral("run.markdown") << QStringList()
                              << QStringLiteral("**threads**, 2 workers");
    QTest::newRow("other extension: the book's table")
        << QStringLiteral("run.txt") << QStringList()
        << QStringLiteral("Checking 20 numbers with 2 threads:");
    QTest::newRow("--format wins") << QStringLiteral("run.csv")
                                   << QStringList { QStringLiteral("--format"), QStringLiteral("table") }
                                   << QStringLiteral("Checking 20 numbers with 2 threads:");
}

void TestCli::formatFromExtension()
{
    QFETCH(QString, file);
    QFETCH(QStringList, format);
    QFETCH(QString, firstLine);
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    const CliRun run = runCli(QStringList { QStringLiteral("primes"), QStringLiteral("--mode"),
                                            QStringLiteral("threads"), QStringLiteral("--workers"),
                                            QStringLiteral("2"), QStringLiteral("--output"), path }
                              + format);
    QCOMPARE(run.exitCode, 0);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines
        = QString::fromUtf8(written.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).startsWith(firstLine), qPrintable(lines.value(0)));
    if (firstLine.startsWith(QLatin1String("Checking"))) {
        // Header, the twenty numbers in input order, the total.
        QCOMPARE(lines.size(), 22);
        QVERIFY2(lines.at(1).endsWith(QLatin1String("s")) && lines.at(1).contains(QLatin1String(" 2 ")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(21).startsWith(QLatin1String("20 checks in ")), qPrintable(lines.at(21)));
    }
}

void TestCli::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("word") << QByteArray("12 abc\n")
                          << QStringList { QStringLiteral("<stdin>:1:4: error: 'abc': not a whole number"),
                                           QStringLiteral("Nothing was checked: 1 bad token.\n") };
    QTest::newRow("several")
        << QByteArray("7\n-5, 99999999999999999999\n")
        << QStringList { QStringLiteral("<stdin>:2:1: error: '-5': negative numbers cannot be checked"),
                         QStringLiteral("<stdin>:2:5: error: '99999999999999999999': larger than"),
                         QStringLiteral("Nothing was checked: 2 bad tokens.") };
    QTest::newRow("escape codes") << QByteArray(
        "\x1b[2J\n") << QStringList { QStringLiteral("<stdin>:1:1: error: '\\x1b[2J': not a whole number") };
    QTest::newRow("many") << QByteArray("x ").repeated(1000)
                          << QStringList { QStringLiteral("<stdin>:1:199: error: 'x'"),
                                           QStringLiteral("… and 900 more bad tokens"),
                                           QStringLiteral("Nothing was checked: 1000 bad tokens.") };
    QTest::newRow("nothing") << QByteArray("# only a comment\n")
                             << QStringList { QStringLiteral("<stdin>: error: no numbers to check") };
}

void TestCli::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, errors);
    const CliRun run
        = runCli({ QStringLiteral("primes"), QStringLiteral("--numbers"), QStringLiteral("-") }, input);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    for (const QString &error : errors)
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
}

void TestCli::endlessInput()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
        QSKIP("no /dev/zero here");
    const CliRun run
        = runCli({ QStringLiteral("primes"), QStringLiteral("--numbers"), QStringLiteral("/dev/zero") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(
                 QLatin1String("/dev/zero:1:1: error: binary data (a NUL byte): not a list of numbers")),
             qPrintable(run.err));
}

void TestCli::outputs_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("stdoutFile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on stderr
    const QStringList csv { QStringLiteral("--format"), QStringLiteral("csv") };
    QTest::newRow("- is standard output")
        << csv + QStringList { QStringLiteral("--output"), QStringLiteral("-") } << QString() << 0
        << QString();
    QTest::newRow("a device is written into")
        << csv + QStringList { QStringLiteral("--output"), QStringLiteral("/dev/zero") } << QString() << 0
        << QString();
    QTest::newRow("csv to a full disk")
        << csv << QStringLiteral("/dev/full") << 1
        << QStringLiteral("Cannot write standard output: No space left on device");
    QTest::newRow("- to a full disk")
        << csv + QStringList { QStringLiteral("--output"), QStringLiteral("-") }
        << QStringLiteral("/dev/full") << 1
        << QStringLiteral("Cannot write standard output: No space left on device");
    QTest::newRow("table to a full disk") << QStringList {} << QStringLiteral("/dev/full") << 1
                                          << QStringLiteral("Cannot write standard output");
    QTest::newRow("trace to a full disk")
        << QStringList { QStringLiteral("--trace"), QStringLiteral("/dev/full") } << QString() << 1
        << QStringLiteral("Cannot write /dev/full");
}

void TestCli::outputs()
{
    QFETCH(QStringList, options);
    QFETCH(QString, stdoutFile);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (const QString &device : { QStringLiteral("/dev/zero"), QStringLiteral("/dev/full") }) {
        if ((options.contains(device) || stdoutFile == device) && !QFileInfo(device).exists())
            QSKIP("no such device here");
    }
    // Twenty small numbers: the output is what is tested, not the checking.
    const CliRun run
        = runCli(QStringList { QStringLiteral("primes"), QStringLiteral("--generate"), QStringLiteral("20"),
                               QStringLiteral("--digits"), QStringLiteral("6") }
                     + options,
                 {}, stdoutFile);
    QCOMPARE(run.exitCode, exitCode);
    if (!message.isEmpty())
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (options.contains(QStringLiteral("-")) && stdoutFile.isEmpty())
        QCOMPARE(run.out.count(QLatin1Char('\n')), 21);
    if (options.contains(QStringLiteral("/dev/zero"))) {
        QCOMPARE(run.out, QString());
        QVERIFY(!QFileInfo(QStringLiteral("/dev/zero")).isFile()); // never replaced by a file
    }
}

void TestCli::failedNumbersExitOne_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("conviz-cli") << TestPaths::program(QStringLiteral("conviz-cli"));
    QTest::newRow("the window") << TestPaths::program(QStringLiteral("conviz"));
}

void TestCli::failedNumbersExitOne()
{
    // A number that crashes every worker ends as an error: the export says why, stderr names
    // it, and both programs exit 1.
    QFETCH(QString, program);
    QTemporaryDir dir;
    const QString numbers = dir.filePath(QStringLiteral("numbers.txt"));
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(TestFiles::write(numbers, "97\n"));
    const bool window = program.endsWith(QLatin1String("/conviz"));
    const QStringList arguments = window ? QStringList { QStringLiteral("--mode"),
                                                         QStringLiteral("processes"),
                                                         QStringLiteral("--numbers"),
                                                         numbers,
                                                         QStringLiteral("--run"),
                                                         QStringLiteral("--export"),
                                                         csv }
                                         : QStringList { QStringLiteral("primes"),
                                                         QStringLiteral("--mode"),
                                                         QStringLiteral("processes"),
                                                         QStringLiteral("--numbers"),
                                                         numbers,
                                                         QStringLiteral("--format"),
                                                         QStringLiteral("csv"),
                                                         QStringLiteral("--output"),
                                                         csv };
    qputenv("CONVIZ_WORKER_FAULT", "crash-on:97");
    const CliRun run = runCli(arguments, {}, {}, program);
    qunsetenv("CONVIZ_WORKER_FAULT");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("error: #1 97: ")), qPrintable(run.err));
    QFile out(csv);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().split('\n');
    QVERIFY(lines.at(0).endsWith(",attempts,error,verified"));
    // No answer: an error says why, and verified, the last field, stays empty.
    QVERIFY2(lines.at(1).startsWith("processes,") && lines.at(1).contains(",97,,,")
                 && lines.at(1).endsWith(',') && !lines.at(1).endsWith(",,"),
             lines.at(1).constData());
}

void TestCli::thousandsSeparators_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<int>("rows");
    QTest::newRow("kept apart") << QStringList {}
                                << QStringLiteral("<stdin>:1:3: warning: '1,000,003' looks like one number")
                                << 4;
    QTest::newRow("joined") << QStringList { QStringLiteral("--join-thousands") }
                            << QStringLiteral(
                                   "<stdin>:1:3: warning: '1,000,003' read as the one number 1000003")
                            << 2;
}

void TestCli::thousandsSeparators()
{
    QFETCH(QStringList, options);
    QFETCH(QString, warning);
    QFETCH(int, rows);
    const CliRun run
        = runCli(QStringList { QStringLiteral("primes"), QStringLiteral("--numbers"), QStringLiteral("-"),
                               QStringLiteral("--format"), QStringLiteral("csv") }
                     + options,
                 "7 1,000,003\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(warning), qPrintable(run.err));
    QCOMPARE(run.out.count(QLatin1Char('\n')), rows + 1);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << QStringLiteral("Usage: conviz-cli");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("prime") }
                                     << QStringLiteral("unknown command 'prime'");
    QTest::newRow("unknown mode") << QStringList { QStringLiteral("primes"), QStringLiteral("--mode"),
                                                   QStringLiteral("fibers") }
                                  << QStringLiteral("unknown mode 'fibers'");
    QTest::newRow("bad workers") << QStringList { QStringLiteral("primes"), QStringLiteral("--workers"),
                                                  QStringLiteral("0") }
                                 << QStringLiteral("--workers takes a whole number from 1 to 256, not '0'");
    QTest::newRow("bad worker timeout")
        << QStringList { QStringLiteral("primes"), QStringLiteral("--worker-timeout"), QStringLiteral("5") }
        << QStringLiteral("--worker-timeout takes milliseconds from 100 to 3600000, not '5'");
    QTest::newRow("unknown preset") << QStringList { QStringLiteral("primes"), QStringLiteral("--preset"),
                                                     QStringLiteral("huge") }
                                    << QStringLiteral("unknown preset 'huge'");
    QTest::newRow("two sources") << QStringList { QStringLiteral("primes"), QStringLiteral("--preset"),
                                                  QStringLiteral("book"), QStringLiteral("--generate"),
                                                  QStringLiteral("5") }
                                 << QStringLiteral("choose one of --preset, --numbers and --generate");
    QTest::newRow("unknown format") << QStringList { QStringLiteral("primes"), QStringLiteral("--format"),
                                                     QStringLiteral("xml") }
                                    << QStringLiteral("unknown format 'xml'");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("primes"), QStringLiteral("--fast") }
                                    << QStringLiteral("Unknown option 'fast'");
    QTest::newRow("an option cut short")
        << QStringList { QStringLiteral("primes"), QStringLiteral("--mod"), QStringLiteral("threads") }
        << QStringLiteral("Unknown option 'mod'. Did you mean --mode?");
    QTest::newRow("a mistyped option")
        << QStringList { QStringLiteral("compare"), QStringLiteral("--wokers"), QStringLiteral("2") }
        << QStringLiteral("Unknown option 'wokers'. Did you mean --workers?");
    QTest::newRow("a mistyped spinner option")
        << QStringList { QStringLiteral("spinner"), QStringLiteral("--slwo"), QStringLiteral("prime") }
        << QStringLiteral("Unknown option 'slwo'. Did you mean --slow?");
    QTest::newRow("missing file") << QStringList { QStringLiteral("primes"), QStringLiteral("--numbers"),
                                                   QStringLiteral("/no/such/file") }
                                  << QStringLiteral("/no/such/file: error: cannot read");
    QTest::newRow("--number without a prime to check")
        << QStringList { QStringLiteral("spinner"), QStringLiteral("--number"), QStringLiteral("4") }
        << QStringLiteral("--number goes with --slow prime");
    QTest::newRow("--seconds with a prime to check")
        << QStringList { QStringLiteral("spinner"), QStringLiteral("--slow"), QStringLiteral("prime"),
                         QStringLiteral("--seconds"), QStringLiteral("1") }
        << QStringLiteral("--seconds goes with --slow sleep");
    // Outputs are checked before the run, which may be long.
    QTest::newRow("output folder missing") << QStringList {
        QStringLiteral("primes"), QStringLiteral("--output"), QStringLiteral("/no/such/dir/r.csv")
    } << QStringLiteral("--output: cannot write /no/such/dir/r.csv: the folder /no/such/dir does not exist");
    QTest::newRow("output is a folder")
        << QStringList { QStringLiteral("primes"), QStringLiteral("--output"), QDir::tempPath() }
        << QStringLiteral("it is a folder");
    QTest::newRow("trace and results on standard output")
        << QStringList { QStringLiteral("primes"), QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--trace"), QStringLiteral("-") }
        << QStringLiteral("--output and --trace would both write standard output");
    QTest::newRow("trace over the results")
        << QStringList { QStringLiteral("primes"), QStringLiteral("--output"), QStringLiteral("r.json"),
                         QStringLiteral("--trace"), QStringLiteral("./r.json") }
        << QStringLiteral("--output and --trace would both write ./r.json");
    QTest::newRow("compare's output folder missing")
        << QStringList { QStringLiteral("compare"), QStringLiteral("--output"),
                         QStringLiteral("/no/such/dir/c.csv") }
        << QStringLiteral("--output: cannot write /no/such/dir/c.csv");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2((run.err + run.out).contains(message), qPrintable(run.err + run.out));
}

void TestCli::helpAndVersion()
{
    CliRun run = runCli({ QStringLiteral("primes"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("--mode")));
    QVERIFY(run.out.contains(QLatin1String("conviz-cli primes")));
    run = runCli({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QLatin1String("conviz-cli ")));
    // After a command too, as the command's help lists it.
    const QString version = run.out;
    for (const char *command : { "primes", "compare", "sweep", "spinner" }) {
        run = runCli({ QString::fromLatin1(command), QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, version);
        run = runCli({ QString::fromLatin1(command), QStringLiteral("--help") });
        QVERIFY2(run.out.contains(QLatin1String("--version")), command);
    }
}

void TestCli::windowPrintsWithoutADisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said"); // on stdout, or stderr for a usage error

    QTest::newRow("version") << QStringList { QStringLiteral("--version") } << 0 << QStringLiteral("Conviz ");
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0
                          << QStringLiteral("--numbers <file>");
    QTest::newRow("bad value") << QStringList { QStringLiteral("--workers"), QStringLiteral("0") } << 2
                               << QStringLiteral("conviz: --workers");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") } << 2
                                    << QStringLiteral("conviz: Unknown option 'bogus'");
    // Qt's own options are Qt's to take: read once they are gone (here Qt needs no display).
    QTest::newRow("version, with Qt's -platform")
        << QStringList { QStringLiteral("-platform"), QStringLiteral("offscreen"),
                         QStringLiteral("--version") }
        << 0 << QStringLiteral("Conviz ");
    QTest::newRow("bad value, with Qt's -platform")
        << QStringList { QStringLiteral("--workers"), QStringLiteral("0"), QStringLiteral("-platform"),
                         QStringLiteral("offscreen") }
        << 2 << QStringLiteral("conviz: --workers");
}

// Over ssh or in a script there is no display to open: what only prints must still print.
void TestCli::windowPrintsWithoutADisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // the messages in English
    const CliRun run = runCli(arguments, {}, {}, TestPaths::program(QStringLiteral("conviz")), environment);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((exitCode == 0 ? run.out : run.err).contains(said), qPrintable(run.out + run.err));
}

void TestCli::interruptExits130_data()
{
    QTest::addColumn<QString>("mode");
    for (const Mode mode : RunnerTesting::testableModes()) {
        if (mode != Mode::Sequential)
            QTest::newRow(qPrintable(Modes::name(mode))) << Modes::name(mode);
    }
}

void TestCli::interruptExits130()
{
    QFETCH(QString, mode);
    QProcess process;
    process.start(TestPaths::program(QStringLiteral("conviz-cli")),
                  { QStringLiteral("primes"), QStringLiteral("--preset"), QStringLiteral("large"),
                    QStringLiteral("--mode"), mode, QStringLiteral("--workers"), QStringLiteral("2") });
    QVERIFY(process.waitForStarted());
    // Wait for the header: the handler is installed and the run is under way.
    QTRY_VERIFY_WITH_TIMEOUT(process.waitForReadyRead(100) || process.bytesAvailable() > 0, 20000);
    QList<qint64> workers;
    if (mode == QLatin1String("processes")) {
        QTRY_VERIFY_WITH_TIMEOUT((workers = RunnerTesting::childProcesses(process.processId())).size() == 2,
                                 10000);
    }
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("Interrupted")));
    // No worker process outlives its supervisor.
    for (qint64 pid : std::as_const(workers))
        QTRY_VERIFY(!isAlive(pid));
}

void TestCli::secondInterruptExitsAtOnce()
{
    // The largest 64-bit prime in one slice: the first Ctrl-C cannot stop it for many seconds.
    QProcess process;
    process.start(TestPaths::program(QStringLiteral("conviz-cli")),
                  { QStringLiteral("primes"), QStringLiteral("--numbers"), QStringLiteral("-"),
                    QStringLiteral("--slice"), QStringLiteral("100000000000") });
    QVERIFY(process.waitForStarted());
    process.write("18446744073709551557\n");
    process.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(process.waitForReadyRead(100) || process.bytesAvailable() > 0, 20000);
    ::kill(pid_t(process.processId()), SIGINT);
    QTest::qWait(200);
    QCOMPARE(process.state(), QProcess::Running); // the first one waits for the check
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY2(process.waitForFinished(3000), "the second Ctrl-C did not end the run at once");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
}

void TestCli::untrustedWorkerProgram_data()
{
    QTest::addColumn<bool>("byOption");
    QTest::newRow("--worker-program") << true;
    QTest::newRow("CONVIZ_WORKER_PROGRAM") << false;
}

void TestCli::untrustedWorkerProgram()
{
    // A worker that lies about 97: the number ends as an error, the others are right, exit 1.
    QFETCH(bool, byOption);
    const QString fake = TestPaths::program(QStringLiteral("conviz-fakeworker"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONVIZ_FAKE_WORKER"), QStringLiteral("lie-on:97"));
    QStringList arguments { QStringLiteral("primes"),    QStringLiteral("--mode"),
                            QStringLiteral("processes"), QStringLiteral("--workers"),
                            QStringLiteral("2"),         QStringLiteral("--numbers"),
                            QStringLiteral("-") };
    if (byOption)
        arguments << QStringLiteral("--worker-program") << fake;
    else
        environment.insert(QStringLiteral("CONVIZ_WORKER_PROGRAM"), fake);
    const CliRun run = runCli(arguments, "2 3 4 97 100 1000003\n", {},
                              TestPaths::program(QStringLiteral("conviz-cli")), environment);
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8); // header, six rows, footer
    QSet<quint64> seen;
    for (const QString &line : lines.mid(1, 6)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        const quint64 number = fields.value(0).toULongLong();
        seen.insert(number);
        if (number == 97) {
            QVERIFY2(line.contains(QLatin1String("error:")) && line.contains(QLatin1String("Miller-Rabin")),
                     qPrintable(line));
        } else {
            QVERIFY2(!line.contains(QLatin1String("error")), qPrintable(line));
            QCOMPARE(fields.value(1) == QLatin1String("P"), MillerRabin::isPrime(number));
        }
    }
    QCOMPARE(seen, (QSet<quint64> { 2, 3, 4, 97, 100, 1000003 }));
}

void TestCli::supervisorAsPid1()
{
    // In a new PID namespace conviz-cli is PID 1: its workers' parent is 1 and must still count.
    QStringList arguments { QStringLiteral("-fp"),
                            QStringLiteral("--kill-child"),
                            QStringLiteral("--mount-proc"),
                            TestPaths::program(QStringLiteral("conviz-cli")),
                            QStringLiteral("primes"),
                            QStringLiteral("--mode"),
                            QStringLiteral("processes"),
                            QStringLiteral("--workers"),
                            QStringLiteral("2") };
    // Without root, in a user namespace of its own, where it is root.
    if (::geteuid() != 0)
        arguments.prepend(QStringLiteral("--map-root-user"));
    QProcess process;
    process.start(QStringLiteral("unshare"), arguments);
    if (!process.waitForStarted())
        QSKIP("unshare is not installed");
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() != 0
        && (err.contains(QLatin1String("unshare failed")) || err.contains(QLatin1String("not permitted"))))
        QSKIP(qPrintable(QStringLiteral("not permitted to create a PID namespace here: ") + err.trimmed()));
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("20 checks in")));
}

void TestCli::spinnerPiped_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("unit");
    QTest::newRow("thread sleep") << QStringList { "--mode", "thread", "--seconds", "0.3" }
                                  << "<std::jthread tid=";
    QTest::newRow("process sleep") << QStringList { "--mode", "process", "--seconds", "0.3" }
                                   << "<QProcess pid=";
    QTest::newRow("coroutine sleep") << QStringList { "--mode", "coroutine", "--seconds", "0.3" }
                                     << "<QCoro::Task spin()";
    QTest::newRow("thread prime") << QStringList { "--mode", "thread",   "--slow",
                                                   "prime",  "--number", "1000000000039" }
                                  << "<std::jthread tid=";
    QTest::newRow("process prime") << QStringList { "--mode", "process",  "--slow",
                                                    "prime",  "--number", "1000000000039" }
                                   << "<QProcess pid=";
    QTest::newRow("coroutine nap") << QStringList { "--mode",   "coroutine",     "--slow",        "prime",
                                                    "--number", "1000000000039", "--yield-every", "4096" }
                                   << "<QCoro::Task spin()";
    QTest::newRow("coroutine blocked") << QStringList { "--mode",   "coroutine",     "--slow",        "prime",
                                                        "--number", "1000000000039", "--yield-every", "0" }
                                       << "<QCoro::Task spin()";
}

void TestCli::spinnerPiped()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, unit);
    arguments.prepend(QStringLiteral("spinner"));
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    // Not a terminal: the book's two lines and not a single control character.
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("spinner object: ") + unit), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("Answer: 42"));
    QVERIFY(lines.at(2).isEmpty());
    QVERIFY(!run.out.contains(QLatin1Char('\r')));
    QVERIFY(run.err.isEmpty());
}

void TestCli::spinnerOnTerminal_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("thread") << "thread";
    QTest::newRow("process") << "process";
    QTest::newRow("coroutine") << "coroutine";
}

void TestCli::spinnerOnTerminal()
{
    QFETCH(QString, mode);
    // A pseudo-terminal as the CLI's standard output.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    QProcess process;
    process.setStandardOutputFile(slave);
    process.start(TestPaths::program(QStringLiteral("conviz-cli")),
                  { QStringLiteral("spinner"), QStringLiteral("--mode"), mode, QStringLiteral("--seconds"),
                    QStringLiteral("0.45") });
    QByteArray out;
    char buffer[4096];
    // Read while it runs (a full pty would block the writer), until the answer is in.
    QElapsedTimer clock;
    clock.start();
    while (!out.contains("Answer: 42") && clock.elapsed() < 10000) {
        pollfd fd { master, POLLIN, 0 };
        if (::poll(&fd, 1, 100) > 0) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n > 0)
                out.append(buffer, n);
        }
    }
    process.waitForFinished(5000);
    ::close(master);
    QCOMPARE(process.exitCode(), 0);
    // The book's shape: the spinner object, frames drawn with \r at 10 fps, the line blanked
    // (len(status) blanks, the \r included), then the answer. The pty turns \n into \r\n.
    const QByteArray shown = QByteArray(out).replace("\r", "<CR>");
    QVERIFY2(out.startsWith("spinner object: <"), shown.constData());
    QVERIFY2(out.contains(">\r\n\r\\ thinking!\r| thinking!"), shown.constData());
    QVERIFY2(out.endsWith(" thinking!\r            \rAnswer: 42\r\n"), shown.constData());
    QVERIFY(out.count("thinking!") >= 3);
}

void TestCli::spinnerInterrupted_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("thread") << "thread";
    QTest::newRow("process") << "process";
    QTest::newRow("coroutine") << "coroutine";
}

void TestCli::spinnerInterrupted()
{
    QFETCH(QString, mode);
    QProcess process;
    process.start(TestPaths::program(QStringLiteral("conviz-cli")),
                  { QStringLiteral("spinner"), QStringLiteral("--mode"), mode, QStringLiteral("--slow"),
                    QStringLiteral("prime") });
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QTRY_VERIFY((out += process.readAllStandardOutput()).contains('\n'));
    const qint64 supervisor = process.processId();
    const QList<qint64> children = RunnerTesting::childProcesses(supervisor);
    QCOMPARE(children.size(), mode == QLatin1String("process") ? 1 : 0);
    ::kill(pid_t(supervisor), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    out += process.readAllStandardOutput();
    QVERIFY2(!out.contains("Answer"), out.constData());
    QVERIFY(process.readAllStandardError().contains("Interrupted"));
    for (qint64 pid : children)
        QTRY_VERIFY(!isAlive(pid));
}

void TestCli::spinnerUsage()
{
    CliRun run = runCli({ QStringLiteral("spinner"), QStringLiteral("--mode"), QStringLiteral("fiber") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--mode: 'fiber' is not thread, process or coroutine")));
    run = runCli({ QStringLiteral("spinner"), QStringLiteral("--slow"), QStringLiteral("prime"),
                   QStringLiteral("--number"), QStringLiteral("-3") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--number: '-3'")));
    run = runCli({ QStringLiteral("spinner"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Usage: conviz-cli spinner [options]")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
