// The window as a user drives it: Run in each mode, Stop, exports, closing mid-run.
#include "comparepage.h"
#include "comparisonmodel.h"
#include "copyabletableview.h"
#include "corebars.h"
#include "divisionrate.h"
#include "language.h"
#include "layoutwatch.h"
#include "mainwindow.h"
#include "poolsettled.h"
#include "resultsmodel.h"
#include "resultsview.h"
#include "runchoice.h"
#include "runcontroller.h"
#include "runhistoryfile.h"
#include "runhistorymodel.h"
#include "runnertesting.h"
#include "spinnerlabpage.h"
#include "spinnerwidget.h"
#include "testfiles.h"
#include "testpaths.h"
#include "timelinepanel.h"
#include "windowlaunch.h"
#include "workerboard.h"
#include "workloadpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

using RunnerTesting::childProcesses;

namespace {
QPushButton *button(const MainWindow &window, const QString &text)
{
    for (QPushButton *b : window.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

RunReport waitForEnd(QSignalSpy &ended, int timeoutMs = 60000)
{
    if (ended.isEmpty() && !ended.wait(timeoutMs))
        return {};
    return ended.takeFirst().at(0).value<RunReport>();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void runInEachMode_data();
    void runInEachMode();
    void speedupAgainstSequential();
    void speedupFarBelowTheIdealSaysWhy();
    void stopInTheMiddle_data();
    void stopInTheMiddle();
    void ticksRepaintWithoutLayingOut();
    void closeDuringRun();
    void badNumbersBlockTheRun();
    void staleProblemClears();
    void exports_data();
    void exports();
    void exportFailureIsAMessage();
    void copySelectionAndMarkdown();
    // Before launchWithExport: its scripted run calls QCoreApplication::exit(), which ends the
    // next event loop a test waits in.
    void gilSwitchIntervalReachesTheRun();
    void shortcutsActOnTheShownPage();
    void eachPageHasItsOwnFrameGap();
    void compareRunsAloneOnItsPage();
    void historyColumnsHoldWhileScrolling();
    void launchWithWorkerProgram();
    void launchRunsBeforeTheWindowIsBuilt_data();
    void launchRunsBeforeTheWindowIsBuilt();
    void launchDoesNotWaitForAPipe();
    void launchThatFailsAtStartSaysSo();
    void launchWithoutItsPictureFolderRunsNothing();
    void launchRunsTheGeneratedListOnceMade();
    void launchWithExport();
    void launchWithTrace();
    void launchWithScreenshots();
    void launchWithNumbersFile_data();
    void launchWithNumbersFile();
    void launchWithUnusableNumbersFile_data();
    void launchWithUnusableNumbersFile();
    void settingsSurvive();
    void historySurvivesAndStopKeepsTheBaseline();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Conviz"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // As the program does: English plural forms come from conviz_en.qm.
    QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    qRegisterMetaType<RunReport>();
}

void TestMainWindow::init()
{
    QSettings().clear();
    QFile::remove(RunHistoryFile::defaultPath());
}

void TestMainWindow::runInEachMode_data()
{
    RunnerTesting::addModeRows();
}

void TestMainWindow::runInEachMode()
{
    QFETCH(Mode, mode);
    MainWindow window;
    window.show();
    QAbstractItemModelTester results(window.resultsModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester history(window.historyModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    window.setMode(mode);
    window.setWorkers(2);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    const int framesBefore = window.spinner()->frames();
    // When the window says the run ended, the table already shows every answer.
    int doneWhenEnded = -1;
    connect(&window, &MainWindow::runEnded, this,
            [&] { doneWhenEnded = window.resultsModel()->doneCount(); });

    QPushButton *run = button(window, QStringLiteral("Run"));
    QVERIFY(run && run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(window.isRunning());
    QVERIFY(!run->isEnabled());
    QVERIFY(button(window, QStringLiteral("Stop"))->isEnabled());

    const RunReport report = waitForEnd(ended);
    QVERIFY(RunnerTesting::verifyReport(report, Workload::book()));
    const Workload book = Workload::book();
    ResultsModel *model = window.resultsModel();
    QCOMPARE(model->rowCount(), 20);
    for (int row = 0; row < 20; ++row) {
        QCOMPARE(model->state(row), ResultsModel::State::Done);
        QCOMPARE(model->result(row).prime, book.expectedPrime.at(row));
    }
    QCOMPARE(doneWhenEnded, 20);
    QCOMPARE(window.historyModel()->rowCount(), 1);
    QCOMPARE(window.workerBoard()->barCount(), mode == Mode::Sequential ? 1 : 2);
    QVERIFY(window.spinner()->frames() > framesBefore); // the spinner turned during the run
    QVERIFY(run->isEnabled());
    QVERIFY(childProcesses().isEmpty());
}

void TestMainWindow::speedupAgainstSequential()
{
    MainWindow window;
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    for (Mode mode : { Mode::Sequential, Mode::Threads }) {
        window.setMode(mode);
        QVERIFY(window.startRun());
        QVERIFY(!waitForEnd(ended).canceled);
    }
    const QList<RunSummary> &runs = window.historyModel()->history().runs();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).speedup.value_or(0), 1.0);
    QVERIFY(runs.at(1).speedup.has_value());
    QVERIFY(*runs.at(1).speedup > 0);
}

void TestMainWindow::speedupFarBelowTheIdealSaysWhy()
{
    // An earlier sequential run of the book's numbers that no parallel run can come near.
    RunHistory earlier;
    RunReport baseline = RunReport::fromResults(Workload::book().numbers, {}, 1);
    baseline.mode = QStringLiteral("sequential");
    baseline.workerCount = 1;
    baseline.workload = Workload::book().name;
    baseline.wallSeconds = 1e-6;
    earlier.add(baseline, RunHistory::keyFor(Workload::book().numbers));
    QString error;
    QVERIFY2(RunHistoryFile::save(RunHistoryFile::defaultPath(), earlier.runs(), &error), qPrintable(error));
    MainWindow window;
    window.show();
    window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    window.setMode(Mode::Threads);
    window.setWorkers(2);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    auto *speedup = window.findChild<QLabel *>(QStringLiteral("speedupLabel"));
    auto *state = window.findChild<QLabel *>(QStringLiteral("stateLabel"));
    QVERIFY(speedup && state);
    // The preset by its name, not its id.
    QCOMPARE(state->text(), QStringLiteral("Running: Threads, 2 workers, on Book fixture"));
    QVERIFY(!waitForEnd(ended).canceled);
    QVERIFY2(speedup->text().startsWith(QLatin1String("speedup 0.00")), qPrintable(speedup->text()));
    QVERIFY2(speedup->text().endsWith(QStringLiteral(" ⚠")), qPrintable(speedup->text()));
    // Why, next to the figure and in full on it: busy cores, the jobs' sizes or the mode's costs.
    QVERIFY2(speedup->toolTip().startsWith(QLatin1String("far below the ideal 2x")),
             qPrintable(speedup->toolTip()));
    QVERIFY2(state->text().contains(QStringLiteral(" — ⚠ speedup far below the ideal 2x")),
             qPrintable(state->text()));
}

void TestMainWindow::stopInTheMiddle_data()
{
    runInEachMode_data();
}

void TestMainWindow::stopInTheMiddle()
{
    QFETCH(Mode, mode);
    MainWindow window;
    window.show();
    window.workloadPanel()->setSource(WorkloadPanel::Source::Large);
    window.setMode(mode);
    window.setWorkers(2);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    QTRY_VERIFY_WITH_TIMEOUT(window.resultsModel()->runningCount() > 0, 10000);
    QTest::mouseClick(button(window, QStringLiteral("Stop")), Qt::LeftButton);
    const RunReport report = waitForEnd(ended, 20000);
    QVERIFY(report.canceled);
    QVERIFY(!window.isRunning());
    QVERIFY(window.runAction()->isEnabled());
    QVERIFY(!window.stopAction()->isEnabled());
    QCOMPARE(window.resultsModel()->runningCount(), 0);
    QVERIFY(childProcesses().isEmpty());
    // The chapter keeps them apart: a stopped worker never says it got its end-of-work signal.
    for (int worker = 0; worker < window.workerBoard()->barCount(); ++worker) {
        const QString text = window.workerBoard()->barText(worker);
        QVERIFY2(text.contains(QStringLiteral("stopped")) && !text.contains(QStringLiteral("end-of-work")),
                 qPrintable(text));
    }
}

void TestMainWindow::ticksRepaintWithoutLayingOut()
{
    // The counters, the workers' lines, the timeline's summary and the spinner change at every
    // tick; were they to lay the window out each time, the window would take a core's time
    // from the workers on a small machine.
    MainWindow window;
    window.resize(1100, 750);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.workloadPanel()->setSource(WorkloadPanel::Source::Large);
    window.setMode(Mode::Threads);
    window.setWorkers(2);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QSignalSpy updated(window.controller(), &RunController::updated);
    QVERIFY(window.startRun());
    // The workers' bars come in, the columns fit the run, the first CPU sample tells how many
    // cores to draw: layouts on purpose, once each.
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 3 && window.coreBars()->barCount() > 0, 10000);
    QTest::qWait(100);
    const int spinnerFrames = window.spinner()->frames();
    const qsizetype ticks = updated.size();
    {
        LayoutWatch watch(&window);
        // Five ticks and three spinner frames, however long a loaded machine takes to give them.
        QTRY_VERIFY_WITH_TIMEOUT(
            updated.size() >= ticks + 5 && window.spinner()->frames() >= spinnerFrames + 3, 20000);
        QVERIFY2(window.isRunning(), "the large workload ended too soon to watch");
        QVERIFY2(watch.asked().isEmpty(), qPrintable(watch.asked().join(QLatin1Char('\n'))));
    }
    window.stopRun();
    waitForEnd(ended, 20000);
}

void TestMainWindow::closeDuringRun()
{
    auto *window = new MainWindow;
    window->show();
    window->workloadPanel()->setSource(WorkloadPanel::Source::Large);
    window->setMode(Mode::Processes);
    window->setWorkers(2);
    QVERIFY(window->startRun());
    QTRY_VERIFY_WITH_TIMEOUT(window->resultsModel()->runningCount() > 0, 10000);
    QVERIFY(!childProcesses().isEmpty());
    QVERIFY(window->close());
    QVERIFY(childProcesses().isEmpty());
    delete window;
}

void TestMainWindow::staleProblemClears()
{
    MainWindow window;
    WorkloadPanel *panel = window.workloadPanel();
    panel->setSource(WorkloadPanel::Source::Custom);
    panel->setCustomText(QStringLiteral("1 x y z 5"));
    auto shown = [&window] {
        QStringList texts;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    };
    QVERIFY2(shown().contains(QLatin1String("3 bad tokens")), qPrintable(shown()));
    panel->setSource(WorkloadPanel::Source::Book);
    QVERIFY2(!shown().contains(QLatin1String("bad token")), qPrintable(shown()));
    QVERIFY(window.runAction()->isEnabled());
}

void TestMainWindow::badNumbersBlockTheRun()
{
    MainWindow window;
    WorkloadPanel *panel = window.workloadPanel();
    const QString text = QStringLiteral("7 11 13\n12x, -5\n# fine\n99999999999999999999\n");
    panel->setCustomText(text);
    panel->setSource(WorkloadPanel::Source::Custom);
    QVERIFY(!panel->workload());
    QCOMPARE(panel->errors().size(), 3);
    QCOMPARE(panel->errors().at(0).line, 2);
    QCOMPARE(panel->errors().at(0).column, 1);
    QCOMPARE(panel->errors().at(1).column, 6);
    QCOMPARE(panel->errors().at(2).line, 4);
    QVERIFY(!window.runAction()->isEnabled());
    QVERIFY(!window.startRun());
    QCOMPARE(panel->customText(), text); // the user's text is kept as typed
    panel->setCustomText(QStringLiteral("7 11 13\n12, 5\n"));
    QVERIFY(panel->workload());
    QCOMPARE(panel->workload()->numbers, (QList<quint64> { 7, 11, 13, 12, 5 }));
    QVERIFY(window.runAction()->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("numbers.txt"));
    QVERIFY(TestFiles::write(path, "# from a file\n2 3 5\n"));
    QSignalSpy loaded(panel, &WorkloadPanel::loadEnded);
    panel->loadFile(path);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.takeFirst().at(0).toBool(), true);
    QCOMPARE(panel->workload()->numbers, (QList<quint64> { 2, 3, 5 }));
    panel->loadFile(dir.filePath(QStringLiteral("missing.txt")));
    QVERIFY(loaded.wait(30000));
    const QList<QVariant> failed = loaded.takeFirst();
    QCOMPARE(failed.at(0).toBool(), false);
    QVERIFY(failed.at(1).toString().contains(QLatin1String("missing.txt")));
    QCOMPARE(panel->workload()->numbers, (QList<quint64> { 2, 3, 5 })); // nothing lost
}

void TestMainWindow::exports_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("typedName");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("writtenName");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("results csv") << "Export results…"
                                 << "r.csv"
                                 << "CSV (*.csv)"
                                 << "r.csv" << QByteArray("mode,workers,index");
    QTest::newRow("results by filter") << "Export results…"
                                       << "r"
                                       << "JSON (*.json)"
                                       << "r.json" << QByteArray("{");
    QTest::newRow("results markdown") << "Export results…"
                                      << "r.md"
                                      << "CSV (*.csv)"
                                      << "r.md" << QByteArray("**threads**");
    QTest::newRow("history csv") << "Export run history…"
                                 << "h.csv"
                                 << "CSV (*.csv)"
                                 << "h.csv" << QByteArray("run,mode");
    QTest::newRow("trace") << "Export trace…"
                           << "t"
                           << "JSON (*.json)"
                           << "t.json" << QByteArray("{");
}

void TestMainWindow::exports()
{
    QFETCH(QString, action);
    QFETCH(QString, typedName);
    QFETCH(QString, filter);
    QFETCH(QString, writtenName);
    QFETCH(QByteArray, starts);
    QTemporaryDir dir;
    MainWindow window;
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    window.setMode(Mode::Threads);
    QVERIFY(window.startRun());
    waitForEnd(ended);
    window.setSaveFileChooser([&](const QString &, const QString &suggested, const QStringList &filters) {
        [&] {
            QVERIFY(filters.contains(filter));
            QVERIFY(!suggested.isEmpty());
        }();
        return MainWindow::SaveTarget { dir.filePath(typedName), filter };
    });
    QAction *trigger = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text().remove(QLatin1Char('&')) == action)
            trigger = a;
    }
    QVERIFY(trigger && trigger->isEnabled());
    trigger->trigger();
    // The results are written on a worker thread: the file appears, whole, when it is done.
    QFile written(dir.filePath(writtenName));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isExporting(), 60000);
    QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(window.lastError()));
    QVERIFY(written.readAll().startsWith(starts));
}

void TestMainWindow::exportFailureIsAMessage()
{
    MainWindow window;
    window.show();
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    QVERIFY(window.startRun());
    waitForEnd(ended);
    QVERIFY(!window.exportResults(QStringLiteral("/no/such/dir/r.csv")));
    QVERIFY(window.lastError().contains(QLatin1String("/no/such/dir")));
    QVERIFY(!window.exportResults(QStringLiteral("/tmp/r.xlsx")));
    QVERIFY(window.lastError().contains(QLatin1String(".csv")));
    // Through the menu the failure becomes a message box, not a crash.
    window.setSaveFileChooser([](const QString &, const QString &, const QStringList &) {
        return MainWindow::SaveTarget { QStringLiteral("/no/such/dir/r.csv"), QString() };
    });
    window.findChild<QAction *>();
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
            a->trigger();
    }
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox *>(), 60000); // written on a worker thread
    QMessageBox *box = window.findChild<QMessageBox *>();
    QVERIFY(box->text().contains(QLatin1String("/no/such/dir")));
    box->close();
}

void TestMainWindow::copySelectionAndMarkdown()
{
    MainWindow window;
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    window.setMode(Mode::Sequential);
    QVERIFY(window.startRun());
    waitForEnd(ended);
    ResultsView *view = window.resultsView();
    view->selectRow(1);
    const QStringList lines = view->selectionAsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QLatin1String("#\tNumber\tPrime")));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("2\t142702110479723\tP\t")), qPrintable(lines.at(1)));
    QTest::keySequence(view, QKeySequence::Copy);
    QVERIFY(QApplication::clipboard()->text().startsWith(lines.at(0)));
    // English plural forms, from conviz_en.qm.
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
             QStringLiteral("Copied 1 row"));
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text().contains(QLatin1String("Markdown")))
            a->trigger();
    }
    // Written on a worker thread, then put on the clipboard.
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().contains(QLatin1String("| # | number |")),
                             10000);
}

// What `conviz --mode threads --workers 2 --preset book --run OUTPUT FILE` does, OUTPUT being
// --export or --trace: the run starts at once and FILE is written when it ends.
static void launchAndWrite(const QString &output, const QString &path)
{
    QString error;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--mode"), QStringLiteral("threads"),
          QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--preset"),
          QStringLiteral("book"), QStringLiteral("--run"), output, path },
        &error);
    QVERIFY2(options, qPrintable(error));
    WindowLaunch launch(*options, QStringLiteral("tst_mainwindow"));
    MainWindow &window = launch.window();
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(launch.script().isActive());
    QVERIFY(launch.start());
    QCOMPARE(window.mode(), Mode::Threads);
    QCOMPARE(window.workers(), 2);
    QVERIFY(window.isRunning());
    waitForEnd(ended);
    // A deadline, not a target: a loaded machine writes late.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 60000);
}

void TestMainWindow::launchWithExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.md"));
    launchAndWrite(QStringLiteral("--export"), path);
    if (QTest::currentTestFailed())
        return;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 24); // title, blank line, header, rule, 20 rows
}

// `conviz --preset book --run --screenshot-dir DIR`: the picture of the ended run is the
// window, whole.
void TestMainWindow::launchWithScreenshots()
{
    QTemporaryDir dir;
    const QString shots = dir.filePath(QStringLiteral("shots"));
    QString error;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--mode"), QStringLiteral("threads"),
          QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--preset"),
          QStringLiteral("book"), QStringLiteral("--run"), QStringLiteral("--screenshot-dir"), shots },
        &error);
    QVERIFY2(options, qPrintable(error));
    WindowLaunch launch(*options, QStringLiteral("tst_mainwindow"));
    QVERIFY(launch.start());
    const QString done = QDir(shots).filePath(QStringLiteral("threads-done.png"));
    // Polled: an earlier test's script mode asked the application to quit.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(done), 60000);
    const QImage picture(done);
    QVERIFY(!picture.isNull());
    QCOMPARE(picture.size(), launch.window().grab().size());
}

void TestMainWindow::launchWithNumbersFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("exported"); // the numbers, in input order
    QTest::newRow("plain") << QByteArray("2\n97\n1000003\n999999937\n") << QStringList()
                           << QStringList { "2", "97", "1000003", "999999937" };
    QTest::newRow("thousands joined")
        << QByteArray("1,000,003\n97\n") << QStringList { QStringLiteral("--join-thousands") }
        << QStringList { "1000003", "97" };
    QTest::newRow("thousands apart") << QByteArray("1,000,003\n97\n") << QStringList()
                                     << QStringList { "1", "0", "3", "97" };
}

// `conviz --numbers FILE [--join-thousands] --run --export OUT.csv`: the file, read while the
// window is built, is taken over by the window and run; every number of it is in the export.
void TestMainWindow::launchWithNumbersFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, exported);
    QTemporaryDir dir;
    const QString numbers = dir.filePath(QStringLiteral("numbers.txt"));
    QVERIFY(TestFiles::write(numbers, bytes));
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    const std::optional<LaunchOptions> options
        = LaunchOptions::parse(QStringList { QStringLiteral("conviz"), QStringLiteral("--mode"),
                                             QStringLiteral("threads"), QStringLiteral("--numbers"), numbers,
                                             QStringLiteral("--run"), QStringLiteral("--export"), path }
                                   + extra,
                               &error);
    QVERIFY2(options, qPrintable(error));
    WindowLaunch launch(*options, QStringLiteral("tst_mainwindow"));
    QSignalSpy ended(&launch.window(), &MainWindow::runEnded);
    QVERIFY(launch.start());
    QVERIFY(launch.window().workloadPanel()->isLoading());
    waitForEnd(ended);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 60000);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().trimmed().split('\n');
    QStringList numbersWritten;
    for (const QByteArray &line : lines.mid(1))
        numbersWritten << QString::fromLatin1(line.split(',').value(3)); // mode,workers,index,number,...
    QCOMPARE(numbersWritten, exported);
}

void TestMainWindow::launchWithUnusableNumbersFile_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: no file at all
    QTest::addColumn<QStringList>("expected"); // in the message; FILE stands for the path
    QTest::newRow("empty") << QByteArray("\n")
                           << QStringList { QStringLiteral("FILE: error: no numbers to check") };
    QTest::newRow("comments only") << QByteArray("# nothing here yet\n")
                                   << QStringList { QStringLiteral("FILE: error: no numbers to check") };
    QTest::newRow("a bad token") << QByteArray("7 x\n")
                                 << QStringList { QStringLiteral("1 bad token in your numbers"),
                                                  QStringLiteral(
                                                      "FILE:1:3: error: 'x': not a whole number") };
    QTest::newRow("missing") << QByteArray() << QStringList { QStringLiteral("FILE") };
}

// `conviz --numbers FILE --run` on a file it cannot run: the message a script gets says which
// file and why, as conviz-cli does, and nothing was started before the window was built.
void TestMainWindow::launchWithUnusableNumbersFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString numbers = dir.filePath(QStringLiteral("numbers.txt"));
    if (!bytes.isEmpty())
        QVERIFY(TestFiles::write(numbers, bytes));
    QString error;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--numbers"), numbers, QStringLiteral("--run") }, &error);
    QVERIFY2(options, qPrintable(error));
    WindowLaunch launch(*options, QStringLiteral("tst_mainwindow"));
    MainWindow &window = launch.window();
    QVERIFY(!launch.startedBeforeBuild());
    QVERIFY(!window.isRunning());
    QSignalSpy failed(&window, &MainWindow::launchFailed);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(launch.start()); // the file is taken over; what is wrong with it is said once it is in
    // Polled: an earlier test's script mode asked the application to quit, and from then on a
    // nested event loop (QSignalSpy::wait) returns at once.
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    const QString message = failed.first().first().toString();
    for (QString part : expected)
        QVERIFY2(message.contains(part.replace(QStringLiteral("FILE"), numbers)), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("Type, paste")));
    QVERIFY(!window.isRunning());
    QCOMPARE(ended.size(), 0);
}

void TestMainWindow::launchWithTrace()
{
    // The jobs of both lanes, each lane named.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.trace.json"));
    launchAndWrite(QStringLiteral("--trace"), path);
    if (QTest::currentTestFailed())
        return;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    int jobs = 0;
    QSet<qint64> lanes, namedLanes;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("traceEvents")).toArray()) {
        const QJsonObject event = value.toObject();
        const QString phase = event.value(QStringLiteral("ph")).toString();
        const qint64 tid = event.value(QStringLiteral("tid")).toInteger();
        if (phase == QLatin1String("X") && event.value(QStringLiteral("cat")) != QLatin1String("slice")) {
            ++jobs;
            lanes.insert(tid);
        } else if (phase == QLatin1String("M")
                   && event.value(QStringLiteral("name")) == QLatin1String("thread_name")) {
            namedLanes.insert(tid);
        }
    }
    QCOMPARE(jobs, 20);
    QVERIFY(lanes.subtract(namedLanes).isEmpty());
}

void TestMainWindow::launchRunsTheGeneratedListOnceMade()
{
    // `conviz --run` with a generated list chosen in the last session: the run waits for it.
    MainWindow window;
    WorkloadPanel *panel = window.workloadPanel();
    panel->setGenerated(400, 7, 40);
    panel->setSource(WorkloadPanel::Source::Generated);
    QVERIFY(panel->isGenerating());
    QString error;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--mode"), QStringLiteral("threads"),
          QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--run") },
        &error);
    QVERIFY2(options, qPrintable(error));
    QSignalSpy failed(&window, &MainWindow::launchFailed);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY2(window.apply(*options, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000); // polled: see launchWithUnusableNumbersFile
    const RunReport report = ended.first().first().value<RunReport>();
    QVERIFY(failed.isEmpty());
    QCOMPARE(report.size(), 400);
    QCOMPARE(report.checkedCount(), 400);
}

void TestMainWindow::launchWithWorkerProgram()
{
    // `conviz --worker-program FAKE`: the window's processes runs use it; its lie is caught.
    qputenv("CONVIZ_FAKE_WORKER", "lie-on:2");
    QString error;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--mode"), QStringLiteral("processes"),
          QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--preset"),
          QStringLiteral("book"), QStringLiteral("--worker-program"),
          TestPaths::program(QStringLiteral("conviz-fakeworker")), QStringLiteral("--run") },
        &error);
    QVERIFY2(options, qPrintable(error));
    MainWindow window;
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY2(window.apply(*options, &error), qPrintable(error));
    const RunReport report = waitForEnd(ended);
    qunsetenv("CONVIZ_FAKE_WORKER");
    QCOMPARE(report.size(), 20);
    QCOMPARE(report.failedCount(), 1);
    QCOMPARE(report.result(0).number, 2ull);
    QVERIFY2(report.result(0).error.contains(QLatin1String("Miller-Rabin")),
             qPrintable(report.result(0).error));
    QTRY_VERIFY(childProcesses().isEmpty());
}

void TestMainWindow::launchRunsBeforeTheWindowIsBuilt_data()
{
    QTest::addColumn<QStringList>("arguments"); // BIG: 30,000 numbers, too many for the editor
    QTest::addColumn<QString>("savedMode"); // empty: none saved
    QTest::addColumn<int>("savedWorkers"); // 0: none saved
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("workers");
    QTest::addColumn<bool>("early");
    QTest::addColumn<int>("jobs");
    QTest::newRow("a preset") << QStringList { QStringLiteral("--mode"),    QStringLiteral("threads"),
                                               QStringLiteral("--workers"), QStringLiteral("2"),
                                               QStringLiteral("--preset"),  QStringLiteral("book") }
                              << QString() << 0 << Mode::Threads << 2 << true << 20;
    QTest::newRow("a big numbers file")
        << QStringList { QStringLiteral("--mode"),    QStringLiteral("coroutines-pool"),
                         QStringLiteral("--workers"), QStringLiteral("3"),
                         QStringLiteral("--numbers"), QStringLiteral("BIG") }
        << QString() << 0 << Mode::CoroutinesPool << 3 << true << 30000;
    QTest::newRow("the last session's mode")
        << QStringList { QStringLiteral("--numbers"), QStringLiteral("BIG") } << QStringLiteral("sequential")
        << 3 << Mode::Sequential << 3 << true << 30000;
    // Read again from the editor's text, which is what runs: started by the window, as before.
    QTest::newRow("a file for the editor")
        << QStringList { QStringLiteral("--mode"), QStringLiteral("threads"), QStringLiteral("--numbers"),
                         QStringLiteral("SMALL") }
        << QString() << 0 << Mode::Threads << RunChoice::defaultWorkers() << false << 4;
}

// `conviz … --run` whose numbers are known before the window is (a preset, a big file read at
// once): the run starts first and the window is built beside it, presenting it as one it
// started itself; the launch then starts no second run, and the run is the one the window
// would have started.
void TestMainWindow::launchRunsBeforeTheWindowIsBuilt()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, savedMode);
    QFETCH(int, savedWorkers);
    QFETCH(Mode, mode);
    QFETCH(int, workers);
    QFETCH(bool, early);
    QFETCH(int, jobs);
    if (!savedMode.isEmpty())
        QSettings().setValue(QStringLiteral("run/mode"), savedMode);
    if (savedWorkers > 0)
        QSettings().setValue(QStringLiteral("run/workers"), savedWorkers);
    QTemporaryDir dir;
    QByteArray big;
    for (quint64 n = 1'000'000'000; n < 1'000'030'000; ++n)
        big += QByteArray::number(n) + '\n';
    QVERIFY(big.size() > WorkloadLoader::editorLimitBytes);
    const QString bigFile = dir.filePath(QStringLiteral("big.txt"));
    const QString smallFile = dir.filePath(QStringLiteral("small.txt"));
    QVERIFY(TestFiles::write(bigFile, big));
    QVERIFY(TestFiles::write(smallFile, "2\n97\n1000003\n999999937\n"));
    arguments.replaceInStrings(QStringLiteral("BIG"), bigFile);
    arguments.replaceInStrings(QStringLiteral("SMALL"), smallFile);
    QString error;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        QStringList { QStringLiteral("conviz") } + arguments + QStringList { QStringLiteral("--run") },
        &error);
    QVERIFY2(options, qPrintable(error));
    // A pool left busy by an earlier test would read the file late; and a loaded machine gets
    // a deadline of its own.
    QVERIFY(poolSettled());
    WindowLaunch launch(*options, QStringLiteral("tst_mainwindow"), 60000);
    MainWindow &window = launch.window();
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QSignalSpy failed(&window, &MainWindow::launchFailed);
    QCOMPARE(launch.startedBeforeBuild(), early);
    // Before start() and before any event: the window shows the run as under way.
    QCOMPARE(window.isRunning(), early);
    if (early) {
        QVERIFY(!window.runAction()->isEnabled());
        QVERIFY(window.stopAction()->isEnabled());
        QVERIFY(!window.workloadPanel()->isEnabled());
        QVERIFY(window.timeline()->exportAction()->isEnabled());
        const QString state = window.findChild<QLabel *>(QStringLiteral("stateLabel"))->text();
        QVERIFY2(state.startsWith(QLatin1String("Running: ")), qPrintable(state));
    }
    QVERIFY(launch.start());
    QCOMPARE(window.mode(), mode);
    QCOMPARE(window.workers(), workers);
    const RunReport report = waitForEnd(ended);
    QCOMPARE(report.mode, Modes::name(mode));
    QCOMPARE(report.workerCount, Modes::workersFor(mode, workers));
    QCOMPARE(report.size(), jobs);
    QCOMPARE(report.checkedCount(), jobs);
    // What ran is what the panel holds: its numbers, in its order, under its name.
    const std::optional<Workload> shown = window.workloadPanel()->workload();
    QVERIFY(shown);
    QCOMPARE(report.workload, shown->name);
    QCOMPARE(shown->numbers.size(), jobs);
    for (int i : { 0, jobs / 2, jobs - 1 })
        QCOMPARE(report.result(i).number, shown->numbers.at(i));
    QVERIFY(!window.isRunning());
    QCOMPARE(window.historyModel()->rowCount(), 1);
    QCOMPARE(failed.size(), 0);
}

// A numbers file whose size is not known (a pipe) is not waited for: the window is built,
// and the run starts once the file is in, as before.
void TestMainWindow::launchDoesNotWaitForAPipe()
{
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("numbers"));
    QVERIFY(TestFiles::makePipe(pipe));
    QString error;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--mode"), QStringLiteral("threads"),
          QStringLiteral("--numbers"), pipe, QStringLiteral("--run") },
        &error);
    QVERIFY2(options, qPrintable(error));
    WindowLaunch launch(*options, QStringLiteral("tst_mainwindow"), 60000);
    QSignalSpy ended(&launch.window(), &MainWindow::runEnded);
    const bool early = launch.startedBeforeBuild();
    const bool runningAtOnce = launch.window().isRunning();
    const bool started = launch.start();
    // Whatever happened above, the reader waiting in open() is let in.
    QVERIFY(TestFiles::writeToPipe(pipe, "2\n97\n"));
    QVERIFY(!early);
    QVERIFY(!runningAtOnce);
    QVERIFY(started);
    const RunReport report = waitForEnd(ended);
    QCOMPARE(report.size(), 2);
    QCOMPARE(report.checkedCount(), 2);
}

// A run that fails as it starts (a worker program that is not there) says so, whoever
// started it: the launch tried first, the window again, and the failure is what shows.
void TestMainWindow::launchThatFailsAtStartSaysSo()
{
    QString error;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--mode"), QStringLiteral("processes"),
          QStringLiteral("--preset"), QStringLiteral("book"), QStringLiteral("--worker-program"),
          QStringLiteral("/nonexistent/conviz-worker"), QStringLiteral("--run") },
        &error);
    QVERIFY2(options, qPrintable(error));
    WindowLaunch launch(*options, QStringLiteral("tst_mainwindow"));
    MainWindow &window = launch.window();
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(!launch.startedBeforeBuild());
    QVERIFY(launch.start());
    QCOMPARE(ended.size(), 1);
    QVERIFY(!window.isRunning());
    QVERIFY(window.runAction()->isEnabled());
    const QString state = window.findChild<QLabel *>(QStringLiteral("stateLabel"))->text();
    QVERIFY2(state.startsWith(QLatin1String("The run failed: ")), qPrintable(state));
    QVERIFY2(state.contains(QLatin1String("/nonexistent/conviz-worker")), qPrintable(state));
    QCOMPARE(window.spinner()->message(), QStringLiteral("failed"));
    for (QMessageBox *box : window.findChildren<QMessageBox *>())
        box->close();
}

// A script whose pictures have nowhere to go runs nothing, not even before the window.
void TestMainWindow::launchWithoutItsPictureFolderRunsNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    QVERIFY(TestFiles::write(file, "not a folder\n"));
    QString error;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(
        { QStringLiteral("conviz"), QStringLiteral("--preset"), QStringLiteral("book"),
          QStringLiteral("--run"), QStringLiteral("--screenshot-dir"), file + QStringLiteral("/shots") },
        &error);
    QVERIFY2(options, qPrintable(error));
    WindowLaunch launch(*options, QStringLiteral("tst_mainwindow"));
    QVERIFY(!launch.startedBeforeBuild());
    QVERIFY(!launch.window().isRunning());
    QVERIFY(!launch.start());
    QVERIFY(!launch.window().isRunning());
    QVERIFY(!launch.window().controller()->hasReport());
}

void TestMainWindow::settingsSurvive()
{
    {
        MainWindow window;
        window.setMode(Mode::Coroutines);
        window.setWorkers(3);
        window.workloadPanel()->setCustomText(QStringLiteral("1 2 3 oops"));
        window.workloadPanel()->setSource(WorkloadPanel::Source::Custom);
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.mode(), Mode::Coroutines);
    QCOMPARE(again.workers(), 3);
    QCOMPARE(again.workloadPanel()->source(), WorkloadPanel::Source::Custom);
    QCOMPARE(again.workloadPanel()->customText(), QStringLiteral("1 2 3 oops"));
}

void TestMainWindow::gilSwitchIntervalReachesTheRun()
{
    MainWindow window;
    window.show();
    window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    window.setMode(Mode::ThreadsGil);
    window.setWorkers(2);
    QDoubleSpinBox *interval = nullptr;
    for (auto *box : window.findChildren<QDoubleSpinBox *>()) {
        if (box->accessibleName() == QLatin1String("Switch interval"))
            interval = box;
    }
    QVERIFY(interval && interval->isVisible());
    interval->setValue(1.5);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    QVERIFY(!interval->isEnabled()); // the run's lock is set: no change mid-run
    QCOMPARE(window.controller()->lastOptions().switchIntervalUs, 1500);
    QVERIFY(RunnerTesting::verifyReport(waitForEnd(ended), Workload::book()));
    QVERIFY(interval->isEnabled());
    window.setMode(Mode::Threads);
    QVERIFY(!interval->isVisible());
}

void TestMainWindow::shortcutsActOnTheShownPage()
{
    MainWindow window;
    window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showSpinnerLab();
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(!window.isRunning()); // Ctrl+R on the lab runs nothing behind it
    QVERIFY(window.runAction()->shortcut().isEmpty());

    // On the checker, Ctrl+R runs and Esc stops.
    window.showPrimeChecker();
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(window.isRunning());
    QSignalSpy ended(&window, &MainWindow::runEnded);
    // Esc on the lab while the checker runs: the lab's to use, the run goes on.
    window.showSpinnerLab();
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.controller()->isCanceling());
    window.showPrimeChecker();
    if (window.isRunning()) {
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(window.controller()->isCanceling() || !window.isRunning());
    }
    waitForEnd(ended);
}

void TestMainWindow::eachPageHasItsOwnFrameGap()
{
    MainWindow window;
    window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    waitForEnd(ended);
    const double checkerGap = window.spinner()->longestGapMs();
    // The lab's freeze is the lab's: the checker's readout, hidden meanwhile, does not change.
    window.showSpinnerLab();
    QSignalSpy lesson(window.spinnerLab(), &SpinnerLabPage::lessonFinished);
    QVERIFY(window.spinnerLab()->runLesson(DivisionRate::primeTaking(0.4), 0));
    QVERIFY(!lesson.isEmpty() || lesson.wait(5000));
    // Both spinners ticked after the freeze: the lab's counted it, the hidden one did not.
    const double freeze = lesson.constLast().at(1).toDouble(); // the event loop's own wait
    QTRY_VERIFY_WITH_TIMEOUT(window.spinnerLab()->spinner()->longestGapMs() >= freeze * 0.9, 2000);
    QCOMPARE(window.spinner()->longestGapMs(), checkerGap);
    // A new run resets the checker's readout.
    window.showPrimeChecker();
    QVERIFY(window.startRun());
    QCOMPARE(window.spinner()->longestGapMs(), 0.0);
    waitForEnd(ended);
}

void TestMainWindow::historySurvivesAndStopKeepsTheBaseline()
{
    // An earlier session ran the large preset sequentially in 9.5 s.
    RunHistory earlier;
    RunReport baseline = RunReport::fromResults(Workload::large().numbers, {}, 1);
    baseline.mode = QStringLiteral("sequential");
    baseline.workerCount = 1;
    baseline.workload = Workload::large().name;
    baseline.wallSeconds = 9.5;
    earlier.add(baseline, RunHistory::keyFor(Workload::large().numbers));
    QString error;
    QVERIFY2(RunHistoryFile::save(RunHistoryFile::defaultPath(), earlier.runs(), &error), qPrintable(error));
    {
        MainWindow window;
        window.show();
        QCOMPARE(window.historyModel()->rowCount(), 1);
        window.workloadPanel()->setSource(WorkloadPanel::Source::Large);
        window.setMode(Mode::Threads);
        window.setWorkers(2);
        QSignalSpy ended(&window, &MainWindow::runEnded);
        QVERIFY(window.startRun());
        auto *speedup = window.findChild<QLabel *>(QStringLiteral("speedupLabel"));
        QVERIFY(speedup);
        QCOMPARE(speedup->text(), QStringLiteral("sequential took 9.50 s"));
        QTRY_VERIFY_WITH_TIMEOUT(window.resultsModel()->runningCount() > 0, 10000);
        window.stopRun();
        // QTRY, not QSignalSpy::wait: a scripted run earlier in this process called
        // QCoreApplication::exit(), which ends the spy's own event loops at once.
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 20000);
        QVERIFY(ended.takeFirst().at(0).value<RunReport>().canceled);
        QCOMPARE(speedup->text(), QStringLiteral("stopped: no speedup (sequential took 9.50 s)"));
        QVERIFY(window.close());
    }
    MainWindow next;
    QCOMPARE(next.historyModel()->rowCount(), 2);
    QVERIFY(next.historyModel()->history().runs().at(1).canceled);
    next.historyModel()->clear();
    QVERIFY(next.historyModel()->waitForStored(10000));
    const std::optional<QList<RunSummary>> kept = RunHistoryFile::load(RunHistoryFile::defaultPath(), &error);
    QVERIFY2(kept && kept->isEmpty(), qPrintable(error));
}

void TestMainWindow::compareRunsAloneOnItsPage()
{
    MainWindow window;
    window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ComparePage *page = window.comparePage();
    page->setCheckMs(50);
    page->setModes({ Mode::Threads });
    page->setRepeat(1);
    page->setWorkers(2);
    auto *speedup = window.findChild<QLabel *>(QStringLiteral("speedupLabel"));
    QVERIFY(speedup->isVisible());
    window.showComparePage();
    QVERIFY(!speedup->isVisible()); // the status bar's counters are the checker's
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(!window.isRunning()); // Ctrl+R is the checker's
    QSignalSpy finished(page, &ComparePage::finished);
    QVERIFY(page->compare());
    // No prime run beside a comparison: they would steal each other's cores.
    QVERIFY(!window.runAction()->isEnabled());
    QVERIFY(!window.startRun());
    // Nor new numbers: a list generated or a file read meanwhile would take a core too.
    QVERIFY(!window.workloadPanel()->isEnabled());
    QVERIFY(finished.wait(120000));
    QVERIFY(window.runAction()->isEnabled());
    QVERIFY(window.workloadPanel()->isEnabled());
    QCOMPARE(page->comparison()->rowCount(), 2); // sequential and threads, on the book's numbers
    QCOMPARE(page->comparison()->rows().at(1).workers, 2);
    // Its saves are in the File menu, on once there is a comparison, off while no sweep ran.
    QMenu *file = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == QLatin1String("&File"))
            file = menu->menu();
    }
    QVERIFY(file);
    QVERIFY(file->actions().contains(page->exportActions().at(1)));
    QVERIFY(page->exportActions().at(1)->isEnabled());
    QVERIFY(!page->exportActions().at(3)->isEnabled());

    // A prime run blocks the page, and Esc on the page leaves the run alone.
    window.showPrimeChecker();
    QVERIFY(speedup->isVisible());
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    QVERIFY(!page->compare());
    window.showComparePage();
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.controller()->isCanceling());
    window.stopRun();
    waitForEnd(ended);
    QVERIFY(page->compare());
    QSignalSpy stopped(page, &ComparePage::finished);
    QTest::keyClick(&window, Qt::Key_Escape); // Esc on the page stops the batch
    QVERIFY(!stopped.isEmpty() || stopped.wait(120000));
    QCOMPARE(stopped.at(0).at(1).toBool(), true);
}

void TestMainWindow::historyColumnsHoldWhileScrolling()
{
    MainWindow window;
    window.historyModel()->clear();
    // Many short runs, and the one with the longest mode title last, out of view.
    for (int i = 0; i < 60; ++i) {
        RunReport run = RunReport::fromResults(Workload::book().numbers, {}, 1);
        run.mode = i == 59 ? QStringLiteral("coroutines-pool") : QStringLiteral("sequential");
        run.workerCount = 1;
        run.workload = Workload::book().name;
        run.wallSeconds = 0.5;
        window.historyModel()->add(run, QStringLiteral("k"));
    }
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CopyableTableView *history = nullptr;
    for (auto *view : window.findChildren<CopyableTableView *>()) {
        if (view->accessibleName() == QLatin1String("Run history"))
            history = view;
    }
    QVERIFY(history);
    const auto widths = [history] {
        QList<int> out;
        for (int column = 0; column < history->model()->columnCount(); ++column)
            out.append(history->columnWidth(column));
        return out;
    };
    history->scrollToTop();
    QCoreApplication::processEvents();
    const QList<int> top = widths();
    QVERIFY(top.at(RunHistoryModel::Mode)
            > history->fontMetrics().horizontalAdvance(QStringLiteral("Coroutines + thread pool")));
    history->scrollToBottom();
    QCoreApplication::processEvents();
    QCOMPARE(widths(), top);
    window.historyModel()->clear();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
