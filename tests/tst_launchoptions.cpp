// The window's command line: `conviz [--mode M] [--workers N] [--preset P | --numbers F] [--run] [--export
// F]`.
#include "launchoptions.h"
#include "runchoice.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestLaunchOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void workerProgram();
    void helpNamesEveryMode();
    void joinThousands();
    void noErrorAsked();
    void runChoiceForLaunch_data();
    void runChoiceForLaunch();
};

void TestLaunchOptions::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("workers");
    QTest::addColumn<bool>("run");
    QTest::newRow("nothing") << QStringList {} << QString() << QString() << 0 << false;
    QTest::newRow("everything") << QStringList { "--mode", "processes", "--workers", "4",    "--preset",
                                                 "large",  "--run",     "--export",  "a.csv" }
                                << QString() << "processes" << 4 << true;
    QTest::newRow("numbers file") << QStringList { "--numbers", "n.txt", "--run" } << QString() << QString()
                                  << 0 << true;
    QTest::newRow("GIL mode") << QStringList { "--mode", "threads-gil" } << QString() << "threads-gil" << 0
                              << false;
    QTest::newRow("unknown mode")
        << QStringList { "--mode", "fibers" }
        << "--mode: unknown mode 'fibers' (sequential, threads, threads-gil, processes, coroutines, "
           "coroutines-pool)"
        << QString() << 0 << false;
    QTest::newRow("workers zero") << QStringList { "--workers", "0" }
                                  << "--workers: '0' is not a whole number" << QString() << 0 << false;
    QTest::newRow("workers text") << QStringList { "--workers", "two" } << "--workers: 'two'" << QString()
                                  << 0 << false;
    QTest::newRow("unknown preset") << QStringList { "--preset", "huge" } << "--preset: unknown preset 'huge'"
                                    << QString() << 0 << false;
    QTest::newRow("preset and numbers")
        << QStringList { "--preset", "book", "--numbers", "n.txt" }
        << "--preset and --numbers cannot be used together" << QString() << 0 << false;
    QTest::newRow("export without run")
        << QStringList { "--export", "a.csv" } << "--export needs --run" << QString() << 0 << false;
    QTest::newRow("export folder missing")
        << QStringList { "--run", "--export", "/no/such/dir/a.csv" }
        << "--export: cannot write /no/such/dir/a.csv: the folder /no/such/dir does not exist" << QString()
        << 0 << false;
    QTest::newRow("timeline folder missing")
        << QStringList { "--run", "--export-timeline", "/no/such/dir/t.png" }
        << "--export-timeline: cannot write /no/such/dir/t.png" << QString() << 0 << false;
    QTest::newRow("trace over the export")
        << QStringList { "--run", "--export", "a.json", "--trace", "a.json" }
        << "--export and --trace would both write a.json" << QString() << 0 << false;
    QTest::newRow("export format") << QStringList { "--run", "--export", "a.xlsx" }
                                   << "--export: cannot tell the format of 'a.xlsx'" << QString() << 0
                                   << false;
    QTest::newRow("timeline as PNG") << QStringList { "--run", "--export-timeline", "t.png" } << QString()
                                     << QString() << 0 << true;
    QTest::newRow("timeline as SVG") << QStringList { "--run", "--export-timeline", "T.SVG" } << QString()
                                     << QString() << 0 << true;
    QTest::newRow("timeline without run") << QStringList { "--export-timeline", "t.png" }
                                          << "--export-timeline needs --run" << QString() << 0 << false;
    QTest::newRow("timeline format") << QStringList { "--run", "--export-timeline", "t.pdf" }
                                     << "--export-timeline: cannot tell the format of 't.pdf'" << QString()
                                     << 0 << false;
    QTest::newRow("trace") << QStringList { "--run", "--trace", "run.json" } << QString() << QString() << 0
                           << true;
    QTest::newRow("trace without run")
        << QStringList { "--trace", "run.json" } << "--trace needs --run" << QString() << 0 << false;
    QTest::newRow("unknown option") << QStringList { "--fast" } << "Unknown option 'fast'." << QString() << 0
                                    << false;
    QTest::newRow("stray argument") << QStringList { "book" } << "unexpected argument 'book'" << QString()
                                    << 0 << false;
}

void TestLaunchOptions::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QFETCH(QString, mode);
    QFETCH(int, workers);
    QFETCH(bool, run);
    arguments.prepend(QStringLiteral("conviz"));
    QString why;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(arguments, &why);
    if (!error.isEmpty()) {
        QVERIFY(!options);
        QVERIFY2(why.startsWith(error), qPrintable(why));
        return;
    }
    QVERIFY2(options, qPrintable(why));
    QCOMPARE(options->mode ? Modes::name(*options->mode) : QString(), mode);
    QCOMPARE(options->workers.value_or(0), workers);
    QCOMPARE(options->run, run);
}

void TestLaunchOptions::workerProgram()
{
    QString why;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--worker-program"), QStringLiteral("/opt/fake-worker") },
        &why);
    QVERIFY2(options, qPrintable(why));
    QCOMPARE(options->workerProgram, QStringLiteral("/opt/fake-worker"));
    QCOMPARE(LaunchOptions::parse({ QStringLiteral("conviz") }, &why)->workerProgram, QString());
}

// The help names every mode of the table, threads-gil too (it once listed five by hand).
void TestLaunchOptions::helpNamesEveryMode()
{
    QString help;
    bool helpShown = false;
    QVERIFY(!LaunchOptions::parse({ QStringLiteral("conviz"), QStringLiteral("--help") }, &help, &helpShown));
    QVERIFY(helpShown);
    QVERIFY2(
        help.simplified().contains(QStringLiteral(
            "Execution model: sequential, threads, threads-gil, processes, coroutines, coroutines-pool.")),
        qPrintable(help));
}

void TestLaunchOptions::joinThousands()
{
    QString why;
    const std::optional<LaunchOptions> joined
        = LaunchOptions::parse({ QStringLiteral("conviz"), QStringLiteral("--numbers"),
                                 QStringLiteral("n.txt"), QStringLiteral("--join-thousands") },
                               &why);
    QVERIFY2(joined, qPrintable(why));
    QVERIFY(joined->joinThousands);
    QVERIFY(!LaunchOptions::parse({ QStringLiteral("conviz") }, &why)->joinThousands);
}

// The benchmarks parse arguments they know are right and ask for no message: good or bad,
// the arguments are read without one.
void TestLaunchOptions::noErrorAsked()
{
    QVERIFY(
        LaunchOptions::parse({ QStringLiteral("conviz"), QStringLiteral("--run"), QStringLiteral("--export"),
                               QDir::temp().filePath(QStringLiteral("results.csv")) },
                             nullptr));
    QVERIFY(!LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--workers"), QStringLiteral("0") }, nullptr));
    QVERIFY(!LaunchOptions::parse({ QStringLiteral("conviz"), QStringLiteral("--run"),
                                    QStringLiteral("--export"), QStringLiteral("/no/dir/a.csv") },
                                  nullptr));
}

void TestLaunchOptions::runChoiceForLaunch_data()
{
    QTest::addColumn<QVariant>("savedMode"); // invalid: none saved
    QTest::addColumn<QVariant>("savedWorkers");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("workers");
    const int cores = RunChoice::defaultWorkers();
    const QVariant none;
    QTest::newRow("first launch") << none << none << QStringList() << Mode::Threads << cores;
    QTest::newRow("the last session's")
        << QVariant(QStringLiteral("sequential")) << QVariant(3) << QStringList() << Mode::Sequential << 3;
    QTest::newRow("the command line's over it")
        << QVariant(QStringLiteral("sequential")) << QVariant(3)
        << QStringList { QStringLiteral("--mode"), QStringLiteral("processes"), QStringLiteral("--workers"),
                         QStringLiteral("5") }
        << Mode::Processes << 5;
    QTest::newRow("a mode only") << QVariant(QStringLiteral("threads")) << QVariant(7)
                                 << QStringList { QStringLiteral("--mode"), QStringLiteral("coroutines") }
                                 << Mode::Coroutines << 7;
    QTest::newRow("a saved mode no longer known")
        << QVariant(QStringLiteral("fibers")) << none << QStringList() << Mode::Threads << cores;
    QTest::newRow("saved workers out of range")
        << none << QVariant(100000) << QStringList() << Mode::Threads << RunChoice::maxWorkers;
    QTest::newRow("saved workers not a number")
        << none << QVariant(QStringLiteral("many")) << QStringList() << Mode::Threads << cores;
}

// What the window's controls show and a --run launch runs before they exist: one choice.
void TestLaunchOptions::runChoiceForLaunch()
{
    QFETCH(QVariant, savedMode);
    QFETCH(QVariant, savedWorkers);
    QFETCH(QStringList, arguments);
    QFETCH(Mode, mode);
    QFETCH(int, workers);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Conviz"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_launchoptions"));
    {
        QSettings settings;
        settings.clear();
        if (savedMode.isValid())
            settings.setValue(QStringLiteral("run/mode"), savedMode);
        if (savedWorkers.isValid())
            settings.setValue(QStringLiteral("run/workers"), savedWorkers);
    }
    QString error;
    const std::optional<LaunchOptions> options
        = LaunchOptions::parse(QStringList { QStringLiteral("conviz") } + arguments, &error);
    QVERIFY2(options, qPrintable(error));
    const RunChoice choice = RunChoice::forLaunch(*options);
    QCOMPARE(choice.mode, mode);
    QCOMPARE(choice.workers, workers);
    // Saved, it comes back as it was.
    choice.save();
    const RunChoice again = RunChoice::saved();
    QCOMPARE(again.mode, mode);
    QCOMPARE(again.workers, workers);
    QSettings().clear();
}

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
