#include "mainwindow.h"

#include "copyabletableview.h"
#include "corebars.h"
#include "cpusampler.h"
#include "exportformat.h"
#include "resultsexport.h"
#include "resultsmodel.h"
#include "resultsview.h"
#include "runhistorymodel.h"
#include "runmonitor.h"
#include "runner.h"
#include "runnerfactory.h"
#include "spinnerlabpage.h"
#include "spinnerwidget.h"
#include "wording.h"
#include "workerboard.h"
#include "workloadpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace {
constexpr int cpuSampleMs = 250;

QString filterFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QCoreApplication::translate("MainWindow", "CSV (*.csv)");
    case ExportFormat::Json:
        return QCoreApplication::translate("MainWindow", "JSON (*.json)");
    case ExportFormat::Markdown:
        return QCoreApplication::translate("MainWindow", "Markdown (*.md)");
    }
    return {};
}

QString seconds(double value)
{
    return QCoreApplication::translate("MainWindow", "%1 s").arg(value, 0, 'f', value < 10 ? 2 : 1);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_results(new ResultsModel(this))
    , m_history(new RunHistoryModel(this))
    , m_monitor(new RunMonitor(m_results, this))
    , m_cpu(new CpuSampler(this))
    , m_resultsProxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Conviz — concurrency models, live"));
    m_chooseSaveFile = [this](const QString &title, const QString &suggested, const QStringList &filters) {
        SaveTarget target;
        target.path = QFileDialog::getSaveFileName(this, title, suggested, filters.join(QLatin1String(";;")),
                                                   &target.filter);
        return target;
    };

    // Sorting on demand only: re-sorting 100,000 rows on every batch would stall the spinner.
    m_resultsProxy->setSourceModel(m_results);
    m_resultsProxy->setSortRole(ResultsModel::SortRole);
    m_resultsProxy->setDynamicSortFilter(false);

    buildActions();
    buildMenus();

    m_spinner = new SpinnerWidget(this);
    m_spinner->setMessage(tr("idle — press Run"));
    connect(m_spinner, &SpinnerWidget::frameDrawn, this, [this] {
        if (isRunning())
            updateStatus();
    });

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(buildControls());
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

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(checker, tr("Prime checker"));
    m_spinnerLab = new SpinnerLabPage(m_tabs);
    m_tabs->addTab(m_spinnerLab, tr("Spinner lab"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_stateLabel = new QLabel(tr("Ready"), this);
    m_elapsedLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_speedupLabel = new QLabel(this);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_elapsedLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_speedupLabel);

    connect(m_monitor, &RunMonitor::updated, this, [this] {
        m_workerBoard->show(m_monitor->workers());
        updateStatus();
        // The mid-run picture: some rows done, some running, the rest pending.
        if (!m_screenshotDir.isEmpty() && !m_tookRunningShot && isRunning()
            && m_monitor->done() * 2 >= m_monitor->total() && m_results->runningCount() > 0) {
            m_tookRunningShot = true;
            takeScreenshot(QStringLiteral("running"));
        }
    });
    connect(m_cpu, &CpuSampler::sampled, m_coreBars, &CoreBars::setLoads);
    connect(m_cpu, &CpuSampler::failed, m_coreBars, [this](const QString &why) {
        m_coreBars->setUnavailable(tr("No CPU load to show: %1").arg(why));
    });
    m_cpu->start(cpuSampleMs);

    readSettings();
    updateModeExplanation();
    updateActions();
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
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openNumbers);

    m_exportResultsAction = new QAction(tr("&Export results…"), this);
    m_exportResultsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportResultsAction, &QAction::triggered, this, [this] {
        chooseAndExport(tr("Export results"), QStringLiteral("conviz-%1-results").arg(lastReport().mode),
                        true, [this](const QString &path) { return exportResults(path); });
    });

    m_exportHistoryAction = new QAction(tr("Export run &history…"), this);
    connect(m_exportHistoryAction, &QAction::triggered, this, [this] {
        chooseAndExport(tr("Export run history"), QStringLiteral("conviz-runs"), true,
                        [this](const QString &path) { return exportHistory(path); });
    });

    m_exportTraceAction = new QAction(tr("Export &trace…"), this);
    m_exportTraceAction->setToolTip(tr("Chrome Trace Event JSON: open it in Perfetto or chrome://tracing"));
    connect(m_exportTraceAction, &QAction::triggered, this, [this] {
        chooseAndExport(tr("Export trace"), QStringLiteral("conviz-%1-trace").arg(lastReport().mode), false,
                        [this](const QString &path) { return exportTrace(path); });
    });

    m_copyMarkdownAction = new QAction(tr("Copy results as &Markdown"), this);
    m_copyMarkdownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyMarkdownAction, &QAction::triggered, this, &MainWindow::copyAsMarkdown);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_exportResultsAction);
    file->addAction(m_exportHistoryAction);
    file->addAction(m_exportTraceAction);
    file->addAction(m_copyMarkdownAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runAction);
    run->addAction(m_stopAction);
    run->addSeparator();
    run->addAction(tr("Clear run &history"), this, [this] { m_history->clear(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Conviz"), this, [this] {
        QMessageBox::about(
            this, tr("About Conviz"),
            tr("<h3>Conviz %1</h3><p>Chapter 19 of <i>Fluent Python</i> made visible: the same "
               "prime checker run sequentially, by threads, by worker processes and by "
               "coroutines, with a spinner that must never freeze.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

QWidget *MainWindow::buildControls()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);

    auto *workloadBox = new QGroupBox(tr("Numbers"), panel);
    auto *workloadLayout = new QVBoxLayout(workloadBox);
    m_workload = new WorkloadPanel(workloadBox);
    workloadLayout->addWidget(m_workload);
    connect(m_workload, &WorkloadPanel::changed, this, &MainWindow::updateActions);
    connect(m_workload, &WorkloadPanel::openFileRequested, this, &MainWindow::openNumbers);

    auto *modeBox = new QGroupBox(tr("Execution model"), panel);
    auto *modeForm = new QFormLayout(modeBox);
    m_mode = new QComboBox(modeBox);
    for (Mode mode : Modes::all())
        m_mode->addItem(Modes::title(mode), QVariant::fromValue(mode));
    m_mode->setAccessibleName(tr("Execution model"));
    m_modeExplanation = new QLabel(modeBox);
    m_modeExplanation->setWordWrap(true);
    m_modeExplanation->setMinimumHeight(m_modeExplanation->fontMetrics().lineSpacing() * 3);
    m_modeExplanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_workers = new QSpinBox(modeBox);
    m_workers->setRange(1, 256);
    m_workers->setValue(std::max(1, QThread::idealThreadCount()));
    m_workers->setToolTip(
        tr("How many threads, worker processes or coroutines (default: one per core, %1 here)")
            .arg(QThread::idealThreadCount()));
    modeForm->addRow(tr("Model:"), m_mode);
    modeForm->addRow(m_modeExplanation);
    modeForm->addRow(tr("Workers:"), m_workers);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &MainWindow::updateModeExplanation);

    m_runButton = new QPushButton(m_runAction->icon(), m_runAction->iconText(), panel);
    m_stopButton = new QPushButton(m_stopAction->icon(), m_stopAction->iconText(), panel);
    m_runButton->setDefault(true);
    m_runButton->setToolTip(m_runAction->toolTip());
    m_stopButton->setToolTip(m_stopAction->toolTip());
    connect(m_runButton, &QPushButton::clicked, m_runAction, &QAction::trigger);
    connect(m_stopButton, &QPushButton::clicked, m_stopAction, &QAction::trigger);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);

    auto *workersBox = new QGroupBox(tr("Workers"), panel);
    auto *workersLayout = new QVBoxLayout(workersBox);
    m_workerBoard = new WorkerBoard(workersBox);
    auto *workersScroll = new QScrollArea(workersBox);
    workersScroll->setWidget(m_workerBoard);
    workersScroll->setWidgetResizable(true);
    workersScroll->setFrameShape(QFrame::NoFrame);
    workersLayout->addWidget(workersScroll);

    auto *coresBox = new QGroupBox(tr("CPU cores"), panel);
    auto *coresLayout = new QVBoxLayout(coresBox);
    m_coreBars = new CoreBars(coresBox);
    coresLayout->addWidget(m_coreBars);

    layout->addWidget(workloadBox);
    layout->addWidget(modeBox);
    layout->addLayout(buttons);
    layout->addWidget(workersBox, 1);
    layout->addWidget(coresBox);
    // The editor for the user's own numbers deserves room; a preset's note does not.
    connect(m_workload, &WorkloadPanel::changed, layout, [this, layout, workloadBox] {
        layout->setStretchFactor(workloadBox, m_workload->source() == WorkloadPanel::Source::Custom ? 2 : 0);
    });
    panel->setMinimumWidth(330);
    panel->setMaximumWidth(520);
    return panel;
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
    // Input order needs no sorting: the proxy passes rows through, and 100,000 rows never
    // stall the spinner for a sort nobody asked for.
    m_resultsProxy->sort(-1);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (column == ResultsModel::Index && order == Qt::AscendingOrder)
            m_resultsProxy->sort(-1);
    });
    const QFontMetrics metrics = m_resultsView->fontMetrics();
    const auto widthFor
        = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 14; };
    header->resizeSection(ResultsModel::Index, widthFor(QStringLiteral("10000")));
    header->resizeSection(ResultsModel::Number, widthFor(QStringLiteral("18446744073709551615")));
    header->resizeSection(ResultsModel::Prime, widthFor(QStringLiteral("stopped")));
    header->resizeSection(ResultsModel::Elapsed, widthFor(QStringLiteral("Elapsed (s)")));
    header->resizeSection(ResultsModel::Worker, widthFor(QStringLiteral("process 2 (pid 99999)")));
    header->resizeSection(ResultsModel::Start, widthFor(QStringLiteral("Start (s)")));
    header->resizeSection(ResultsModel::End, widthFor(QStringLiteral("End (s)")));
    header->resizeSection(ResultsModel::Attempts, widthFor(QStringLiteral("Attempts")));
    resultsLayout->addWidget(m_resultsView);

    auto *historyBox = new QGroupBox(tr("Run history"), m_tableSplitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    auto *historyProxy = new QSortFilterProxyModel(this);
    historyProxy->setSourceModel(m_history);
    historyProxy->setSortRole(RunHistoryModel::SortRole);
    m_historyView = new CopyableTableView(historyBox);
    m_historyView->setModel(historyProxy);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(RunHistoryModel::Run, Qt::AscendingOrder);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setSectionResizeMode(RunHistoryModel::Workload, QHeaderView::Stretch);
    m_historyView->setAccessibleName(tr("Run history"));
    historyLayout->addWidget(m_historyView);

    m_tableSplitter->addWidget(resultsBox);
    m_tableSplitter->addWidget(historyBox);
    m_tableSplitter->setStretchFactor(0, 3);
    m_tableSplitter->setStretchFactor(1, 1);
    return m_tableSplitter;
}

bool MainWindow::apply(const LaunchOptions &options, QString *error)
{
    if (options.mode)
        setMode(*options.mode);
    if (options.workers)
        setWorkers(*options.workers);
    if (!options.preset.isEmpty())
        m_workload->setSource(options.preset == QLatin1String("large") ? WorkloadPanel::Source::Large
                                                                       : WorkloadPanel::Source::Book);
    if (!options.numbersFile.isEmpty() && !m_workload->loadFile(options.numbersFile, error))
        return false;
    if (options.spinnerLab)
        showSpinnerLab();
    if (!options.run)
        return true;
    if (!m_workload->workload()) {
        QStringList lines { m_workload->problem() };
        for (const NumberError &e : m_workload->errors())
            lines << e.toString(options.numbersFile);
        *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    m_exportOnEnd = options.exportPath;
    m_screenshotDir = options.screenshotDir;
    if (!m_screenshotDir.isEmpty() && !QDir().mkpath(m_screenshotDir)) {
        *error = tr("--screenshot-dir: cannot create %1").arg(m_screenshotDir);
        return false;
    }
    return startRun();
}

Mode MainWindow::mode() const
{
    return m_mode->currentData().value<Mode>();
}

void MainWindow::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(QVariant::fromValue(mode)));
}

int MainWindow::workers() const
{
    return m_workers->value();
}

void MainWindow::setWorkers(int workers)
{
    m_workers->setValue(workers);
}

bool MainWindow::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

RunReport MainWindow::lastReport() const
{
    return m_runner ? m_runner->report() : RunReport {};
}

bool MainWindow::startRun()
{
    if (isRunning())
        return false;
    const std::optional<Workload> workload = m_workload->workload();
    if (!workload) {
        m_stateLabel->setText(m_workload->problem());
        return false;
    }
    // The previous runner ended; its report now lives in the history and the exports.
    m_runner = RunnerFactory::create(mode());
    // The monitor first: it flushes the last batch into the table before the window reacts.
    m_monitor->watch(m_runner.get(), workload->numbers);
    connect(m_runner.get(), &Runner::runFinished, this, &MainWindow::onRunFinished);
    connect(m_runner.get(), &Runner::runFailed, this, &MainWindow::onRunFailed);
    m_workloadKey = RunHistory::keyFor(workload->numbers);
    m_hasReport = true;
    RunOptions options;
    options.workers = mode() == Mode::Sequential ? 1 : workers();
    m_spinner->restartMeasurement();
    m_spinner->setMessage(
        Wording::count(workload->size(), tr("checking 1 number…"), tr("checking %L1 numbers…")));
    m_stateLabel->setText(tr("Running: %1, %2, on %3")
                              .arg(Modes::title(mode()),
                                   Wording::count(options.workerCount(), tr("1 worker"), tr("%1 workers")),
                                   workload->name));
    m_runner->start(*workload, options);
    updateActions();
    updateStatus();
    return true;
}

void MainWindow::stopRun()
{
    if (!isRunning())
        return;
    m_stateLabel->setText(tr("Stopping…"));
    m_runner->cancel();
    updateActions();
}

void MainWindow::onRunFinished(const RunReport &report)
{
    const RunSummary &summary = m_history->add(report, m_workloadKey);
    m_historyView->scrollToBottom();
    if (m_resultsProxy->sortColumn() >= 0)
        m_resultsProxy->invalidate(); // re-sort now that the answers are in
    QString state = report.canceled
        ? tr("Stopped after %1: %2 of %3 checked")
              .arg(seconds(report.wallSeconds))
              .arg(report.checkedCount())
              .arg(report.size())
        : tr("Done: %1, %2, in %3")
              .arg(Modes::title(mode()), Wording::count(report.workerCount, tr("1 worker"), tr("%1 workers")),
                   seconds(report.wallSeconds));
    if (report.failedCount() > 0)
        state += tr(" — not checked: %1").arg(report.failedCount());
    m_stateLabel->setText(state);
    m_spinner->setMessage(report.canceled ? tr("stopped") : tr("done — press Run again"));
    if (summary.speedup)
        m_speedupLabel->setText(tr("speedup %1x").arg(*summary.speedup, 0, 'f', 2));
    updateActions();
    updateStatus();
    Q_EMIT runEnded(report);
    quitAfterExport(report);
}

void MainWindow::onRunFailed(const QString &message)
{
    m_stateLabel->setText(tr("The run failed: %1").arg(message));
    m_spinner->setMessage(tr("failed"));
    updateActions();
    updateStatus();
    showError(tr("The run failed"), message);
    const RunReport report = lastReport();
    Q_EMIT runEnded(report);
    if (!m_exportOnEnd.isEmpty()) {
        std::fprintf(stderr, "conviz: the run failed: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    }
}

void MainWindow::quitAfterExport(const RunReport &report)
{
    if (m_exportOnEnd.isEmpty() && m_screenshotDir.isEmpty())
        return;
    bool written = true;
    if (!m_screenshotDir.isEmpty()) {
        // Let the last batch paint before the picture is taken.
        QCoreApplication::processEvents();
        takeScreenshot(QStringLiteral("done"));
        m_screenshotDir.clear();
    }
    if (const QString path = std::exchange(m_exportOnEnd, QString()); !path.isEmpty()) {
        written = exportResults(path);
        if (!written)
            std::fprintf(stderr, "conviz: %s\n", qPrintable(m_lastError));
    }
    QCoreApplication::exit(written && !report.canceled ? 0 : 1);
}

void MainWindow::takeScreenshot(const QString &state)
{
    const QString path
        = QDir(m_screenshotDir).filePath(QStringLiteral("%1-%2.png").arg(Modes::name(mode()), state));
    if (!grab().save(path))
        std::fprintf(stderr, "conviz: cannot write %s\n", qPrintable(path));
}

void MainWindow::updateActions()
{
    const bool running = isRunning();
    const bool canRun = !running && m_workload->problem().isEmpty();
    const bool haveResults = m_hasReport && !running;
    m_runAction->setEnabled(canRun);
    m_runButton->setEnabled(canRun);
    m_stopAction->setEnabled(running && !m_runner->isCanceling());
    m_stopButton->setEnabled(m_stopAction->isEnabled());
    m_exportResultsAction->setEnabled(haveResults);
    m_exportTraceAction->setEnabled(haveResults);
    m_copyMarkdownAction->setEnabled(haveResults);
    m_exportHistoryAction->setEnabled(m_history->rowCount() > 0 && !running);
    m_workload->setEnabled(!running);
    m_mode->setEnabled(!running);
    m_workers->setEnabled(!running && mode() != Mode::Sequential);
    if (!running && !m_workload->problem().isEmpty())
        m_stateLabel->setText(m_workload->problem());
}

void MainWindow::updateStatus()
{
    const double elapsed
        = m_runner ? (isRunning() ? m_runner->secondsSinceStart() : m_runner->report().wallSeconds) : 0.0;
    m_elapsedLabel->setText(tr("elapsed %1").arg(seconds(elapsed)));
    m_countLabel->setText(tr("%L1 / %L2 done").arg(m_monitor->done()).arg(m_monitor->total()));
    if (isRunning() || !m_runner) {
        const std::optional<double> baseline = m_history->history().baselineSeconds(m_workloadKey);
        m_speedupLabel->setText(baseline ? tr("sequential took %1").arg(seconds(*baseline))
                                         : tr("no sequential baseline yet"));
        m_speedupLabel->setToolTip(tr("Run the sequential mode on the same numbers to measure speedups"));
    } else if (!m_history->history().runs().isEmpty() && !m_history->history().runs().constLast().speedup) {
        m_speedupLabel->setText(tr("no sequential baseline yet"));
    }
}

void MainWindow::updateModeExplanation()
{
    m_modeExplanation->setText(Modes::explanation(mode()));
    m_workers->setEnabled(!isRunning() && mode() != Mode::Sequential);
}

void MainWindow::openNumbers()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open numbers"), QString(),
                                                      tr("Text files (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_workload->loadFile(path, &error))
        showError(tr("Cannot open the numbers"), error);
}

void MainWindow::chooseAndExport(const QString &title, const QString &suggestedName, bool withFormats,
                                 const std::function<bool(const QString &)> &write)
{
    QStringList filters;
    if (withFormats) {
        for (ExportFormat format : { ExportFormat::Csv, ExportFormat::Json, ExportFormat::Markdown })
            filters << filterFor(format);
    } else {
        filters << filterFor(ExportFormat::Json);
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    SaveTarget target = m_chooseSaveFile(title,
                                         folder + QLatin1Char('/') + suggestedName + QStringLiteral(".")
                                             + (withFormats ? QStringLiteral("csv") : QStringLiteral("json")),
                                         filters);
    if (target.path.isEmpty())
        return;
    // No extension typed: the chosen filter decides, and the name gets its extension.
    if (QFileInfo(target.path).suffix().isEmpty()) {
        for (ExportFormat format : { ExportFormat::Csv, ExportFormat::Json, ExportFormat::Markdown }) {
            if (target.filter == filterFor(format))
                target.path += QLatin1Char('.') + ExportFiles::extension(format);
        }
    }
    if (!write(target.path))
        showError(title, m_lastError);
    else
        m_stateLabel->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(target.path)));
}

bool MainWindow::writeFile(const QString &path, const QByteArray &data)
{
    QString error;
    if (!ExportFiles::write(path, data, &error)) {
        m_lastError = error;
        return false;
    }
    m_lastError.clear();
    return true;
}

bool MainWindow::exportResults(const QString &path)
{
    const std::optional<ExportFormat> format = ExportFiles::formatForPath(path);
    if (!format) {
        m_lastError = tr("%1: cannot tell the format from the name; use .csv, .json or .md").arg(path);
        return false;
    }
    return writeFile(path, ResultsExport::to(*format, lastReport()));
}

bool MainWindow::exportHistory(const QString &path)
{
    const std::optional<ExportFormat> format = ExportFiles::formatForPath(path);
    if (!format) {
        m_lastError = tr("%1: cannot tell the format from the name; use .csv, .json or .md").arg(path);
        return false;
    }
    return writeFile(path, RunHistory::to(*format, m_history->history().runs()));
}

bool MainWindow::exportTrace(const QString &path)
{
    return writeFile(path, ResultsExport::toChromeTrace(lastReport()));
}

void MainWindow::copyAsMarkdown()
{
    QApplication::clipboard()->setText(QString::fromUtf8(ResultsExport::toMarkdown(lastReport())));
    m_stateLabel->setText(tr("Copied the results as a Markdown table"));
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
    QSettings settings;
    if (const std::optional<Mode> mode
        = Modes::fromName(settings.value(QStringLiteral("run/mode")).toString()))
        setMode(*mode);
    const int savedWorkers = settings.value(QStringLiteral("run/workers"), 0).toInt();
    if (savedWorkers > 0)
        setWorkers(savedWorkers);
    m_workload->setGenerated(settings.value(QStringLiteral("workload/count"), 1000).toInt(),
                             settings.value(QStringLiteral("workload/digits"), 12).toInt(),
                             settings.value(QStringLiteral("workload/primePercent"), 30).toInt());
    m_workload->setCustomText(settings.value(QStringLiteral("workload/text")).toString());
    if (const auto source
        = WorkloadPanel::sourceFromName(settings.value(QStringLiteral("workload/source")).toString()))
        m_workload->setSource(*source);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_tableSplitter->restoreState(settings.value(QStringLiteral("window/tableSplitter")).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("run/mode"), Modes::name(mode()));
    settings.setValue(QStringLiteral("run/workers"), workers());
    settings.setValue(QStringLiteral("workload/source"), WorkloadPanel::sourceName(m_workload->source()));
    settings.setValue(QStringLiteral("workload/count"), m_workload->generatedCount());
    settings.setValue(QStringLiteral("workload/digits"), m_workload->generatedDigits());
    settings.setValue(QStringLiteral("workload/primePercent"), m_workload->generatedPrimePercent());
    // The user's own numbers survive a restart, within reason.
    const QString text = m_workload->customText();
    settings.setValue(QStringLiteral("workload/text"), text.size() <= 1024 * 1024 ? text : QString());
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/tableSplitter"), m_tableSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    if (isRunning()) {
        // Deleting the runner stops its threads and kills its worker processes, now.
        disconnect(m_runner.get(), nullptr, this, nullptr);
        m_runner.reset();
    }
    m_cpu->stop();
    event->accept();
}

void MainWindow::showSpinnerLab()
{
    m_tabs->setCurrentWidget(m_spinnerLab);
}
