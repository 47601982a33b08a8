#include "mainwindow.h"

#include "celltext.h"
#include "comparepage.h"
#include "controlpanel.h"
#include "copyabletableview.h"
#include "corebars.h"
#include "cpusampler.h"
#include "elidedlabel.h"
#include "helpmenu.h"
#include "languagemenu.h"
#include "pagetabs.h"
#include "resultslegend.h"
#include "resultsmodel.h"
#include "resultsview.h"
#include "runchoice.h"
#include "runcontroller.h"
#include "runhistoryfile.h"
#include "runhistorymodel.h"
#include "runmonitor.h"
#include "sortedrowsproxy.h"
#include "spinnerlabpage.h"
#include "spinnerwidget.h"
#include "tickerlabel.h"
#include "timelinepanel.h"
#include "workerboard.h"
#include "workloadpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int cpuSampleMs = 250;

QString seconds(double value)
{
    return QCoreApplication::translate("MainWindow", "%1 s").arg(value, 0, 'f', value < 10 ? 2 : 1);
}
} // namespace

MainWindow::MainWindow(RunController *running, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(running ? running : new RunController(this))
    , m_exports(new ExportActions(m_controller, this))
    , m_cpu(new CpuSampler(this))
    , m_resultsProxy(new SortedRowsProxy(this))
{
    setWindowTitle(tr("Conviz — concurrency models, live"));
    m_controller->setParent(this);
    m_startedBeforeBuild = m_controller->isRunning();

    // Sorting on demand only: re-sorting 100,000 rows on every batch would stall the spinner.
    m_resultsProxy->setSourceModel(m_controller->results());
    m_resultsProxy->setSortRole(ResultsModel::SortRole);
    m_resultsProxy->setSourceOrderColumn(ResultsModel::Index);
    m_pendingPreview = new QTimer(this);
    m_pendingPreview->setSingleShot(true);
    m_pendingPreview->setInterval(0);
    connect(m_pendingPreview, &QTimer::timeout, this, &MainWindow::showPendingNumbers);
    m_timeline = new TimelinePanel(m_controller, this);

    buildActions();
    buildMenus();

    m_spinner = new SpinnerWidget(this);
    m_spinner->setMessage(tr("idle — press Run"));
    connect(m_spinner, &SpinnerWidget::frameDrawn, this, [this] {
        if (isRunning())
            updateStatus();
    });

    m_controls = new ControlPanel(m_runAction, m_stopAction, this);
    connect(m_controls, &ControlPanel::modeChanged, this, &MainWindow::updateActions);
    connect(m_controls->workload(), &WorkloadPanel::changed, this, &MainWindow::updateActions);
    connect(m_controls->workload(), &WorkloadPanel::openFileRequested, this, &MainWindow::openNumbers);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_controls);
    m_mainSplitter->addWidget(buildTables());
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);

    // Each page has one spinner, turned by the same event loop: this one for the prime
    // checker, the lab's own for the lab.
    auto *checker = new QWidget(this);
    auto *checkerLayout = new QVBoxLayout(checker);
    checkerLayout->setContentsMargins(0, 6, 0, 0);
    auto *spinnerFrame = new QFrame(checker);
    spinnerFrame->setFrameShape(QFrame::StyledPanel);
    auto *spinnerLayout = new QHBoxLayout(spinnerFrame);
    spinnerLayout->setContentsMargins(10, 4, 10, 4);
    spinnerLayout->addWidget(m_spinner);
    checkerLayout->addWidget(spinnerFrame);
    checkerLayout->addWidget(m_mainSplitter, 1);

    m_stateLabel = new ElidedLabel(tr("Ready"), this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    // The counters tick: they keep the room of the widest text they had or will have, are
    // never cut, and a new figure repaints them alone.
    m_elapsedLabel = new TickerLabel(this);
    m_countLabel = new TickerLabel(this);
    m_speedupLabel = new QLabel(this);
    m_speedupLabel->setObjectName(QStringLiteral("speedupLabel"));
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_elapsedLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_speedupLabel);

    m_checkerPage = checker;
    m_tabs = new PageTabs(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(checker, tr("Prime checker"));
    // The lab is built when it is first shown: most runs never open it, and it is a fifth of
    // the window's start.
    m_labPage = new QWidget(m_tabs);
    new QVBoxLayout(m_labPage);
    m_labPage->layout()->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_labPage, tr("Spinner lab"));
    // Compare and sweep run on the numbers chosen on the checker page.
    m_comparePage = new ComparePage(m_controls->workload(), m_tabs);
    m_tabs->addTab(m_comparePage, tr("Compare modes"));
    connect(m_comparePage, &ComparePage::runningChanged, this, &MainWindow::updateActions);
    // Its charts and tables are saved from the File menu too, beside the checker's exports.
    const QList<QAction *> compareExports = m_comparePage->exportActions();
    m_fileMenu->insertActions(m_quitSeparator, compareExports);
    m_fileMenu->insertSeparator(compareExports.first());
    // Saved from the File menu, perhaps on another page: said where it is always seen.
    connect(m_comparePage, &ComparePage::saved, m_stateLabel, &QLabel::setText);
    // Shortcuts act on the page shown: Ctrl+R on the lab must not start a prime run behind it,
    // and Esc there stops the lab's lesson (on the compare page, the batch), not the checker's run.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_labPage)
            spinnerLab();
        const bool checker = m_tabs->currentWidget() == m_checkerPage;
        m_runAction->setShortcut(checker ? QKeySequence(Qt::CTRL | Qt::Key_R) : QKeySequence());
        m_stopAction->setShortcut(checker ? QKeySequence(Qt::Key_Escape) : QKeySequence());
        // The counters are the prime checker's run: beside a comparison they would mislead.
        for (QWidget *counter :
             std::initializer_list<QWidget *> { m_elapsedLabel, m_countLabel, m_speedupLabel })
            counter->setVisible(checker);
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    connect(m_controller, &RunController::updated, this, [this] {
        m_controls->workerBoard()->show(m_controller->monitor()->workers());
        // Worker processes' CPU time counts as this run's, not as other programs'.
        m_cpu->setProcesses(m_controller->lastReport().workerPids());
        updateStatus();
    });
    connect(m_controller, &RunController::finished, this, &MainWindow::onRunFinished);
    // Said when it starts, before a failure at once can say otherwise.
    connect(m_controller, &RunController::started, this, &MainWindow::showRunStarted);
    connect(m_controller, &RunController::failed, this, &MainWindow::onRunFailed);
    connect(m_exports, &ExportActions::done, m_stateLabel, &QLabel::setText);
    connect(m_controller, &RunController::exportProgress, m_stateLabel, [this](qint64 rows, qint64 total) {
        // One arg() call: a file name holding "%2" must not take the percentage's place.
        m_stateLabel->setText(tr("Writing %1… %2%")
                                  .arg(QFileInfo(m_controller->exportingPath()).fileName(),
                                       QString::number(total > 0 ? rows * 100 / total : 0)));
    });
    connect(m_exports, &ExportActions::failed, this, &MainWindow::showError);
    connect(m_cpu, &CpuSampler::usageSampled, m_controls, &ControlPanel::showUsage);
    connect(m_cpu, &CpuSampler::usageSampled, m_controller, &RunController::recordUsage);
    connect(m_cpu, &CpuSampler::failed, coreBars(), [this](const QString &why) {
        coreBars()->setUnavailable(tr("No CPU load to show: %1").arg(why));
    });
    m_cpu->start(cpuSampleMs);

    QString historyError;
    if (!historyModel()->keepIn(RunHistoryFile::defaultPath(), &historyError))
        m_stateLabel->setText(tr("The run history of earlier sessions cannot be read: %1").arg(historyError));
    connect(historyModel(), &RunHistoryModel::storageFailed, m_stateLabel, [this](const QString &why) {
        m_stateLabel->setText(tr("The run history cannot be kept: %1").arg(why));
    });

    readSettings();
    // Started before this window could hear of it. The controls show the settings just read;
    // apply() puts the launch's options over them, as RunChoice::forLaunch did for the run.
    if (m_startedBeforeBuild)
        showRunStarted();
    updateActions();
    showPendingNumbers();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_runAction = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Run"), this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setToolTip(tr("Check the numbers with the chosen model (Ctrl+R)"));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::startRun);

    m_stopAction = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("&Stop"), this);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setToolTip(tr("Stop every worker at its next slice (Esc)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopRun);

    m_openAction = new QAction(tr("&Open numbers…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Check the numbers of a text file: several per line, # starts a comment"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openNumbers);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setToolTip(tr("Stop the run, keep the settings and the history, and close"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_exports->exportResults());
    file->addAction(m_exports->exportHistory());
    file->addAction(m_exports->exportTrace());
    file->addAction(m_timeline->exportAction());
    file->addAction(m_exports->copyMarkdown());
    m_fileMenu = file;
    m_quitSeparator = file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runAction);
    run->addAction(m_stopAction);
    run->addSeparator();
    run->addAction(tr("Clear run &history"), this, [this] { historyModel()->clear(); })
        ->setToolTip(tr("Forget every run of the history, kept between sessions until now"));
    for (QMenu *menu : { file, run })
        menu->setToolTipsVisible(true);

    auto *language = new LanguageMenu(this);
    menuBar()->addMenu(language);
    connect(language, &LanguageMenu::restartRequested, this, [this] {
        // A new window in the new language, once this one has stopped its run and saved.
        if (close())
            QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    QCoreApplication::arguments().mid(1));
    });

    menuBar()->addMenu(new HelpMenu(this));
}

QWidget *MainWindow::buildTables()
{
    m_tableSplitter = new QSplitter(Qt::Vertical, this);

    auto *resultsBox = new QGroupBox(tr("Results"), m_tableSplitter);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    m_resultsView = new ResultsView(resultsBox);
    m_resultsView->setModel(m_resultsProxy);
    m_resultsView->sortByColumn(ResultsModel::Index, Qt::AscendingOrder);
    QHeaderView *header = m_resultsView->horizontalHeader();
    // A new list of numbers comes in input order: the arrow says so.
    connect(m_resultsProxy, &SortedRowsProxy::sortDropped, header,
            [header] { header->setSortIndicator(ResultsModel::Index, Qt::AscendingOrder); });
    const ResultsModel *results = m_controller->results();
    const auto fitColumns = [this, results] { m_resultsView->fitColumns(*results); };
    fitColumns();
    connect(results, &QAbstractItemModel::modelReset, m_resultsView, fitColumns);
    connect(results, &ResultsModel::workersChanged, m_resultsView, fitColumns);
    m_resultsView->setMinimumRows(3);
    connect(m_resultsView, &CopyableTableView::copied, this, [this](qsizetype rows, qsizetype leftOut) {
        m_stateLabel->setText(
            leftOut == 0
                ? tr("Copied %Ln row(s)", nullptr, rows)
                : tr("Copied the first %L1 of %L2 selected rows: File → Export results writes them all")
                      .arg(rows)
                      .arg(rows + leftOut));
    });
    resultsLayout->addWidget(m_resultsView);
    resultsLayout->addWidget(new ResultsLegend(resultsBox));

    auto *historyBox = new QGroupBox(tr("Run history"), m_tableSplitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    auto *historyProxy = new QSortFilterProxyModel(this);
    historyProxy->setSourceModel(historyModel());
    historyProxy->setSortRole(RunHistoryModel::SortRole);
    m_historyView = new CopyableTableView(historyBox);
    m_historyView->setModel(historyProxy);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(RunHistoryModel::Run, Qt::AscendingOrder);
    // The columns fit every run when runs come or go, not the rows in view (widths that moved
    // as the table scrolled), nor every row at each layout of the window (which measured up to
    // 1,000 rows of every column through the delegate, and slowed each start). A run added
    // widens them if it must, the oldest taken off leave them as they are; only the history
    // loaded or cleared is measured whole.
    m_historyView->setSpareWidthColumn(RunHistoryModel::Workload);
    connect(historyProxy, &QAbstractItemModel::rowsInserted, m_historyView,
            [view = m_historyView](const QModelIndex &, int first, int last) {
                view->widenColumnsToRows(first, last);
            });
    connect(historyProxy, &QAbstractItemModel::modelReset, m_historyView,
            &CopyableTableView::fitColumnsToAllRows);
    m_historyView->fitColumnsToAllRows();
    m_historyView->setMinimumRows(3);
    m_historyView->setAccessibleName(tr("Run history"));
    historyLayout->addWidget(m_historyView);

    auto *timelineBox = new QGroupBox(tr("Timeline"), m_tableSplitter);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);
    m_timeline->linkTable(m_resultsView, m_resultsProxy);

    m_tableSplitter->addWidget(timelineBox);
    m_tableSplitter->addWidget(resultsBox);
    m_tableSplitter->addWidget(historyBox);
    m_tableSplitter->setStretchFactor(0, 3);
    m_tableSplitter->setStretchFactor(1, 4);
    m_tableSplitter->setStretchFactor(2, 1);
    return m_tableSplitter;
}

bool MainWindow::apply(const LaunchOptions &options, QString *error, std::unique_ptr<WorkloadLoader> started)
{
    if (options.mode)
        setMode(*options.mode);
    if (options.workers)
        setWorkers(*options.workers);
    m_workerProgram = options.workerProgram;
    m_comparePage->setWorkerProgram(m_workerProgram);
    WorkloadPanel *workload = workloadPanel();
    if (!options.preset.isEmpty())
        workload->setSource(options.preset == QLatin1String("large") ? WorkloadPanel::Source::Large
                                                                     : WorkloadPanel::Source::Book);
    if (options.spinnerLab)
        showSpinnerLab();
    // Before the file is read: the read started beside the window's building asked the same.
    if (options.joinThousands)
        workload->setJoinThousands(true);
    if (options.numbersFile.isEmpty() && options.run && workload->isGenerating()) {
        // The generated list of the last session is being made: the run starts once it is, or
        // on what the user chose instead meanwhile.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(workload, &WorkloadPanel::changed, this, [this, options, workload, connection] {
            if (workload->isGenerating())
                return;
            QObject::disconnect(*connection);
            if (isRunning())
                return; // started by hand meanwhile: that run is the one
            QString failure;
            if (!runApplied(options, &failure))
                Q_EMIT launchFailed(failure);
        });
        return true;
    }
    if (options.numbersFile.isEmpty())
        return !options.run || runApplied(options, error);
    // The file is read in the background; the run, if asked for, starts once it is in.
    whenLoaded([this, options](bool ok, const QString &message) {
        QString failure = message;
        if (!ok && failure.isEmpty())
            failure = tr("reading %1 was canceled").arg(options.numbersFile);
        if (ok && (!options.run || runApplied(options, &failure)))
            return;
        Q_EMIT launchFailed(failure);
    });
    workload->loadFile(options.numbersFile, std::move(started));
    return true;
}

bool MainWindow::runApplied(const LaunchOptions &options, QString *error)
{
    if (std::exchange(m_startedBeforeBuild, false))
        return true;
    WorkloadPanel *workload = workloadPanel();
    if (!workload->workload()) {
        const ParsedNumbers &parsed = workload->parsed();
        // A file with nothing to check in it: said of the file, as conviz-cli says it (the
        // panel's "type, paste or load" is for a person at the window, not for a script).
        if (!options.numbersFile.isEmpty() && parsed.isValid() && parsed.numbers.isEmpty()) {
            *error = ParsedNumbers::nothingToCheck(options.numbersFile);
            return false;
        }
        QStringList lines { workload->problem() };
        lines << parsed.messages(options.numbersFile);
        *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    return startRun();
}

void MainWindow::whenLoaded(const std::function<void(bool, const QString &)> &then)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(workloadPanel(), &WorkloadPanel::loadEnded, this,
                          [connection, then](bool ok, const QString &message) {
                              QObject::disconnect(*connection);
                              then(ok, message);
                          });
}

Mode MainWindow::mode() const
{
    return m_controls->mode();
}

void MainWindow::setMode(Mode mode)
{
    m_controls->setMode(mode);
}

int MainWindow::workers() const
{
    return m_controls->workers();
}

void MainWindow::setWorkers(int workers)
{
    m_controls->setWorkers(workers);
}

bool MainWindow::isRunning() const
{
    return m_controller->isRunning();
}

RunReport MainWindow::lastReport() const
{
    return m_controller->lastReport();
}

ResultsModel *MainWindow::resultsModel() const
{
    return m_controller->results();
}

RunHistoryModel *MainWindow::historyModel() const
{
    return m_controller->history();
}

WorkloadPanel *MainWindow::workloadPanel() const
{
    return m_controls->workload();
}

WorkerBoard *MainWindow::workerBoard() const
{
    return m_controls->workerBoard();
}

CoreBars *MainWindow::coreBars() const
{
    return m_controls->coreBars();
}

bool MainWindow::startRun()
{
    if (isRunning())
        return false;
    if (m_comparePage->isRunning()) {
        m_stateLabel->setText(tr("A comparison is under way on the Compare modes page."));
        return false;
    }
    const std::optional<Workload> workload = workloadPanel()->workload();
    if (!workload) {
        m_stateLabel->setText(workloadPanel()->problem());
        return false;
    }
    const RunChoice choice { mode(), workers() };
    if (!m_controller->start(*workload, choice.mode,
                             choice.runOptions(m_controls->switchIntervalUs(), m_workerProgram)))
        return false;
    updateActions();
    updateStatus();
    return true;
}

void MainWindow::showRunStarted()
{
    const RunReport run = m_controller->lastReport();
    m_spinner->restartMeasurement();
    m_spinner->setMessage(tr("checking %Ln number(s)…", nullptr, int(run.size())));
    m_stateLabel->setText(tr("Running: %1, %2, on %3")
                              .arg(Modes::title(m_controller->lastMode()),
                                   tr("%n worker(s)", nullptr, m_controller->lastOptions().workerCount()),
                                   CellText::workload(run.workload)));
}

void MainWindow::stopRun()
{
    if (!isRunning())
        return;
    m_stateLabel->setText(tr("Stopping…"));
    m_controller->stop();
    updateActions();
}

void MainWindow::onRunFinished(const RunReport &report, const RunSummary &summary)
{
    m_historyView->scrollToBottom();
    if (m_resultsProxy->isSorted())
        m_resultsProxy->resort(); // now that the answers are in
    QString state = report.canceled
        ? tr("Stopped after %1: %2 of %3 checked")
              .arg(seconds(report.wallSeconds))
              .arg(report.checkedCount())
              .arg(report.size())
        : tr("Done: %1, %2, in %3")
              .arg(Modes::title(mode()), tr("%n worker(s)", nullptr, report.workerCount),
                   seconds(report.wallSeconds));
    if (report.failedCount() > 0)
        state += tr(" — not checked: %1").arg(report.failedCount());
    // A speedup far below the ideal says why, next to the figure.
    if (const QString note = m_controller->speedupNote(); !note.isEmpty())
        state += tr(" — ⚠ speedup %1").arg(note);
    m_stateLabel->setText(state);
    m_spinner->setMessage(report.canceled ? tr("stopped") : tr("done — press Run again"));
    if (summary.speedup)
        m_speedupLabel->setText(tr("speedup %1x").arg(*summary.speedup, 0, 'f', 2)
                                + (m_controller->speedupNote().isEmpty() ? QString() : tr(" ⚠")));
    updateActions();
    updateStatus();
    Q_EMIT runEnded(report);
}

void MainWindow::onRunFailed(const QString &message)
{
    m_stateLabel->setText(tr("The run failed: %1").arg(message));
    m_spinner->setMessage(tr("failed"));
    updateActions();
    updateStatus();
    showError(tr("The run failed"), message);
    Q_EMIT runEnded(lastReport());
}

void MainWindow::updateActions()
{
    const bool running = isRunning();
    const QString problem = workloadPanel()->problem();
    // One measurement at a time: a prime run and a comparison would steal each other's cores.
    const bool comparing = m_comparePage && m_comparePage->isRunning();
    m_runAction->setEnabled(!running && problem.isEmpty() && !comparing);
    if (m_comparePage)
        m_comparePage->setBlocked(running ? tr("A run is under way on the Prime checker page.") : QString());
    m_stopAction->setEnabled(running && !m_controller->isCanceling());
    m_exports->update();
    m_controls->setRunning(running);
    // Numbers changed during a comparison (a list generated, a file read) would take a core
    // from its measured runs.
    if (comparing)
        workloadPanel()->setEnabled(false);
    // A problem shown here goes away with the problem (a valid preset chosen, the text fixed).
    if (!running && !problem.isEmpty())
        m_stateLabel->setText(problem);
    else if (!running && !m_shownProblem.isEmpty() && m_stateLabel->text() == m_shownProblem)
        m_stateLabel->setText(tr("Ready"));
    m_shownProblem = running ? QString() : problem;
    // Before a run the table lists the numbers it will check, every one pending: once the
    // changes of this turn of the event loop are in, so a file loaded and run at once (a
    // million rows) is put in the table once, by its run.
    if (!running && !m_controller->hasReport())
        m_pendingPreview->start();
}

void MainWindow::showPendingNumbers()
{
    if (isRunning() || m_controller->hasReport())
        return;
    const std::optional<Workload> workload = workloadPanel()->workload();
    m_controller->results()->reset(workload ? workload->numbers : QList<quint64> {});
}

void MainWindow::updateStatus()
{
    const QString elapsed = tr("elapsed %1").arg(seconds(m_controller->elapsedSeconds()));
    m_elapsedLabel->setText(elapsed);
    const RunMonitor *monitor = m_controller->monitor();
    const auto done = [monitor](int count) { return tr("%L1 / %L2 done").arg(count).arg(monitor->total()); };
    m_countLabel->reserve(done(monitor->total()));
    m_countLabel->setText(done(monitor->done()));
    const RunHistory &history = historyModel()->history();
    const std::optional<double> baseline = m_controller->baselineSeconds();
    const QString baselineText
        = baseline ? tr("sequential took %1").arg(seconds(*baseline)) : tr("no sequential baseline yet");
    const QString note = isRunning() ? QString() : m_controller->speedupNote();
    m_speedupLabel->setToolTip(
        note.isEmpty() ? tr("Run the sequential mode on the same numbers to measure speedups") : note);
    if (isRunning() || !m_controller->hasReport()) {
        m_speedupLabel->setText(baselineText);
    } else if (lastReport().canceled) {
        // A stopped run did less work: it claims no speedup, and the baseline stays in view.
        m_speedupLabel->setText(
            baseline ? tr("stopped: no speedup (sequential took %1)").arg(seconds(*baseline)) : baselineText);
    } else if (!history.runs().isEmpty() && !history.runs().constLast().speedup) {
        m_speedupLabel->setText(baselineText);
    }
}

void MainWindow::openNumbers()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open numbers"), QString(),
                                                      tr("Text files (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    whenLoaded([this](bool ok, const QString &message) {
        if (!ok && !message.isEmpty())
            showError(tr("Cannot open the numbers"), message);
    });
    workloadPanel()->loadFile(path);
}

bool MainWindow::exportResults(const QString &path)
{
    return m_controller->exportResults(path);
}

bool MainWindow::exportHistory(const QString &path)
{
    return m_controller->exportHistory(path);
}

bool MainWindow::exportTrace(const QString &path)
{
    return m_controller->exportTrace(path);
}

bool MainWindow::exportTimeline(const QString &path)
{
    m_lastError.clear();
    return m_timeline->exportTo(path, &m_lastError);
}

QString MainWindow::lastError() const
{
    return m_lastError.isEmpty() ? m_controller->lastError() : m_lastError;
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    // Window-modal and non-blocking: a run's signals keep flowing while it is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::readSettings()
{
    const RunChoice choice = RunChoice::saved();
    setMode(choice.mode);
    setWorkers(choice.workers);
    QSettings settings;
    WorkloadPanel *workload = workloadPanel();
    workload->setGenerated(settings.value(QStringLiteral("workload/count"), 1000).toInt(),
                           settings.value(QStringLiteral("workload/digits"), 12).toInt(),
                           settings.value(QStringLiteral("workload/primePercent"), 30).toInt());
    workload->setCustomText(settings.value(QStringLiteral("workload/text")).toString());
    workload->setSource(
        WorkloadPanel::sourceFromName(settings.value(QStringLiteral("workload/source")).toString())
            .value_or(WorkloadPanel::Source::Large));
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_tableSplitter->restoreState(settings.value(QStringLiteral("window/tableSplitter")).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    RunChoice { mode(), workers() }.save();
    const WorkloadPanel *workload = workloadPanel();
    settings.setValue(QStringLiteral("workload/source"), WorkloadPanel::sourceName(workload->source()));
    settings.setValue(QStringLiteral("workload/count"), workload->generatedCount());
    settings.setValue(QStringLiteral("workload/digits"), workload->generatedDigits());
    settings.setValue(QStringLiteral("workload/primePercent"), workload->generatedPrimePercent());
    // The user's own numbers survive a restart, within reason.
    const QString text = workload->customText();
    settings.setValue(QStringLiteral("workload/text"), text.size() <= 1024 * 1024 ? text : QString());
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/tableSplitter"), m_tableSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    m_controller->abandon();
    m_comparePage->stop();
    m_cpu->stop();
    event->accept();
}

SpinnerLabPage *MainWindow::spinnerLab()
{
    if (!m_spinnerLab) {
        m_spinnerLab = new SpinnerLabPage(m_labPage);
        m_labPage->layout()->addWidget(m_spinnerLab);
        m_spinnerLab->show(); // a layout shows a child added to a shown page only later
    }
    return m_spinnerLab;
}

void MainWindow::showSpinnerLab()
{
    m_tabs->setCurrentWidget(m_labPage);
}

void MainWindow::showPrimeChecker()
{
    m_tabs->setCurrentIndex(0);
}

void MainWindow::showComparePage()
{
    m_tabs->setCurrentWidget(m_comparePage);
}
