#include "comparepage.h"

#include "comparisonchart.h"
#include "comparisonexport.h"
#include "comparisonmodel.h"
#include "copyabletableview.h"
#include "exportformat.h"
#include "machinecheck.h"
#include "spinnerwidget.h"
#include "statuscolors.h"
#include "sweepchart.h"
#include "sweepmodel.h"
#include "workloadpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace {
// A chart has three fifths of the height above its table, which has two.
constexpr int chartStretch = 3;
constexpr int tableStretch = 2;

int cores()
{
    return std::max(1, QThread::idealThreadCount());
}

QString chartFilter(bool svg)
{
    return svg ? QCoreApplication::translate("ComparePage", "SVG drawing (*.svg)")
               : QCoreApplication::translate("ComparePage", "PNG picture (*.png)");
}

} // namespace

ComparePage::ComparePage(WorkloadPanel *workload, QWidget *parent)
    : QWidget(parent)
    , m_workload(workload)
    , m_comparison(new ComparisonModel(this))
    , m_sweep(new SweepModel(this))
{
    m_batch.setCheckMs(MachineCheck::sampleMs);
    m_chooseSaveFile = [this](const QString &title, const QString &suggested, const QStringList &filters) {
        ExportActions::SaveTarget target;
        target.path = QFileDialog::getSaveFileName(this, title, suggested, filters.join(QLatin1String(";;")),
                                                   &target.filter);
        return target;
    };

    m_spinner = new SpinnerWidget(this);
    m_spinner->setMessage(tr("idle — press Compare or Sweep"));
    auto *spinnerFrame = new QFrame(this);
    spinnerFrame->setFrameShape(QFrame::StyledPanel);
    auto *spinnerLayout = new QHBoxLayout(spinnerFrame);
    spinnerLayout->setContentsMargins(10, 4, 10, 4);
    spinnerLayout->addWidget(m_spinner);

    m_comparisonView = new CopyableTableView(this);
    m_comparisonView->setModel(m_comparison);
    m_comparisonView->setAccessibleName(tr("Comparison"));
    m_sweepView = new CopyableTableView(this);
    m_sweepView->setModel(m_sweep);
    m_sweepView->setAccessibleName(tr("Sweep"));
    buildExportActions();
    m_views = new QTabWidget(this);
    m_views->addTab(buildView(m_comparisonView, m_saveComparisonChart, m_saveComparisonTable),
                    tr("Comparison"));
    m_views->addTab(buildView(m_sweepView, m_saveSweepChart, m_saveSweepTable), tr("Scaling sweep"));

    auto *body = new QHBoxLayout;
    body->addWidget(buildControls());
    body->addWidget(m_views, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(spinnerFrame);
    layout->addLayout(body, 1);

    connect(&m_batch, &BatchRun::machineChecked, this,
            [this](const CpuUsage &, const QString &warning) { showMachine(warning); });
    connect(&m_batch, &BatchRun::runStarted, this, &ComparePage::onRunStarted);
    connect(&m_batch, &BatchRun::sampleTaken, this, &ComparePage::onSample);
    connect(&m_batch, &BatchRun::finished, this, &ComparePage::onFinished);
    connect(&m_batch, &BatchRun::failed, this, &ComparePage::onFailed);
    connect(m_workload, &WorkloadPanel::changed, this, &ComparePage::updateWorkload);
    // Esc here stops the batch; the shortcut lives only while this page is shown.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setWhatsThis(tr("Stop the comparison or the sweep at the next slice of its run"));
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &ComparePage::stop);
    updateWorkload();
}

void ComparePage::showEvent(QShowEvent *event)
{
    buildCharts();
    QWidget::showEvent(event);
}

void ComparePage::buildCharts()
{
    if (m_comparisonChart)
        return;
    m_comparisonChart = new ComparisonChart(this);
    m_comparisonChart->setRows(m_comparison->rows());
    m_sweepChart = new SweepChart(this);
    m_sweepChart->setRows(m_sweep->rows(), Modes::title(m_sweptMode), m_sweptMax);
    // Each chart goes in its place above its table.
    for (const auto &[table, chart] :
         { std::pair<QWidget *, QWidget *> { m_comparisonView, m_comparisonChart },
           std::pair<QWidget *, QWidget *> { m_sweepView, m_sweepChart } }) {
        auto *splitter = static_cast<QSplitter *>(table->parentWidget());
        splitter->widget(0)->layout()->addWidget(chart);
        // The splitter shared its height out while the chart's place was empty, and gave the
        // table all it asked for: the chart takes its three fifths now.
        const QList<int> sizes = splitter->sizes();
        const int height = sizes.value(0) + sizes.value(1);
        const int chartHeight = height * chartStretch / (chartStretch + tableStretch);
        if (height > 0)
            splitter->setSizes({ chartHeight, height - chartHeight });
    }
}

ComparePage::~ComparePage()
{
    // The batch outlives this page's body for a moment: the run it deletes must not call
    // back into a page half gone. Deleting the run stops its threads and kills its processes.
    m_batch.disconnect(this);
}

QWidget *ComparePage::buildControls()
{
    auto *controls = new QWidget(this);
    auto *layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *numbersBox = new QGroupBox(tr("Numbers"), controls);
    auto *numbersLayout = new QFormLayout(numbersBox);
    m_workloadLabel = new QLabel(numbersBox);
    m_workloadLabel->setWordWrap(true);
    m_repeat = new QSpinBox(numbersBox);
    m_repeat->setRange(1, 1000);
    m_repeat->setValue(3);
    m_repeat->setToolTip(tr("Each run is repeated this often, in rounds (every run once, then again), so "
                            "a slow moment of the machine does not fall on one mode alone"));
    numbersLayout->addRow(m_workloadLabel);
    numbersLayout->addRow(tr("Runs of each:"), m_repeat);

    auto *compareBox = new QGroupBox(tr("Compare all modes"), controls);
    auto *compareLayout = new QGridLayout(compareBox);
    int row = 0;
    for (Mode mode : Modes::all()) {
        auto *box = new QCheckBox(Modes::title(mode), compareBox);
        box->setChecked(true);
        box->setToolTip(Modes::explanation(mode));
        // The speedups need the baseline: it always runs.
        if (mode == Mode::Sequential) {
            box->setEnabled(false);
            box->setToolTip(tr("Always runs: the speedups are measured against it"));
        }
        compareLayout->addWidget(box, row / 2, row % 2);
        ++row;
        m_modeBoxes.append({ mode, box });
        connect(box, &QCheckBox::toggled, this, &ComparePage::updateButtons);
    }
    m_workers = new QSpinBox(compareBox);
    m_workers->setRange(1, 256);
    m_workers->setValue(cores());
    m_workers->setToolTip(
        tr("Workers of every mode but sequential (default: one per core, %1 here)").arg(cores()));
    auto *workersRow = new QFormLayout;
    workersRow->addRow(tr("Workers:"), m_workers);
    compareLayout->addLayout(workersRow, (row + 1) / 2, 0, 1, 2);
    m_compareButton = new QPushButton(tr("&Compare"), compareBox);
    m_compareButton->setToolTip(tr("Run every chosen mode on the same numbers, one after another"));
    compareLayout->addWidget(m_compareButton, (row + 1) / 2 + 1, 0, 1, 2);
    connect(m_compareButton, &QPushButton::clicked, this, &ComparePage::compare);

    auto *sweepBox = new QGroupBox(tr("Scaling sweep"), controls);
    auto *sweepLayout = new QFormLayout(sweepBox);
    m_sweepMode = new QComboBox(sweepBox);
    for (Mode mode : Modes::all()) {
        if (mode != Mode::Sequential)
            m_sweepMode->addItem(Modes::title(mode), QVariant::fromValue(mode));
    }
    m_sweepMode->setToolTip(tr("The mode to run with 1, 2, … workers, after the sequential baseline"));
    m_sweepMax = new QSpinBox(sweepBox);
    m_sweepMax->setRange(1, 256);
    m_sweepMax->setValue(2 * cores());
    m_sweepMax->setToolTip(tr("The sweep runs sequential, then the mode with 1, 2, … up to this many workers "
                              "(default: twice the cores, %1 here)")
                               .arg(2 * cores()));
    m_sweepButton = new QPushButton(tr("S&weep"), sweepBox);
    m_sweepButton->setToolTip(tr("Run the mode with more and more workers and plot the speedup"));
    sweepLayout->addRow(tr("Mode:"), m_sweepMode);
    sweepLayout->addRow(tr("Up to workers:"), m_sweepMax);
    sweepLayout->addRow(m_sweepButton);
    connect(m_sweepButton, &QPushButton::clicked, this, &ComparePage::sweep);

    m_stopButton = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")),
                                   tr("&Stop the runs"), controls);
    m_stopButton->setToolTip(tr("Stop the run under way at its next slice; the finished runs stay (Esc)"));
    connect(m_stopButton, &QPushButton::clicked, this, &ComparePage::stop);
    m_progress = new QProgressBar(controls);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressLabel = new QLabel(tr("Ready"), controls);
    m_progressLabel->setWordWrap(true);
    m_machineLabel = new QLabel(controls);
    m_machineLabel->setWordWrap(true);
    m_machineLabel->setFrameShape(QFrame::StyledPanel);
    m_machineLabel->setMargin(6);
    m_machineLabel->setVisible(false);

    layout->addWidget(numbersBox);
    layout->addWidget(compareBox);
    layout->addWidget(sweepBox);
    layout->addWidget(m_stopButton);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_machineLabel);
    layout->addStretch(1);
    // A short window scrolls the controls rather than squash them.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedWidth(std::min(360, controls->sizeHint().width())
                          + scroll->verticalScrollBar()->sizeHint().width());
    return scroll;
}

void ComparePage::buildExportActions()
{
    const auto action
        = [this](const QString &text, const QString &tip, void (ComparePage::*save)(Kind), Kind kind) {
              auto *saveAction = new QAction(text, this);
              saveAction->setToolTip(tip);
              connect(saveAction, &QAction::triggered, this, [this, save, kind] { (this->*save)(kind); });
              return saveAction;
          };
    const QString chartTip = tr("As a PNG picture or an SVG drawing");
    const QString tableTip = tr("As CSV, JSON or Markdown, the same as conviz-cli writes");
    m_saveComparisonChart
        = action(tr("Save the comparison chart…"), chartTip, &ComparePage::saveChart, Kind::Compare);
    m_saveComparisonTable
        = action(tr("Save the comparison table…"), tableTip, &ComparePage::saveTable, Kind::Compare);
    m_saveSweepChart = action(tr("Save the sweep chart…"), chartTip, &ComparePage::saveChart, Kind::Sweep);
    m_saveSweepTable = action(tr("Save the sweep table…"), tableTip, &ComparePage::saveTable, Kind::Sweep);
    // Something to save once a run of it has ended: an empty table is not worth a file.
    for (QAbstractItemModel *model :
         { static_cast<QAbstractItemModel *>(m_comparison), static_cast<QAbstractItemModel *>(m_sweep) }) {
        connect(model, &QAbstractItemModel::modelReset, this, &ComparePage::updateExportActions);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ComparePage::updateExportActions);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ComparePage::updateExportActions);
    }
    updateExportActions();
}

void ComparePage::updateExportActions()
{
    const bool comparison = m_comparison->rowCount() > 0;
    const bool sweep = m_sweep->rowCount() > 0;
    m_saveComparisonChart->setEnabled(comparison);
    m_saveComparisonTable->setEnabled(comparison);
    m_saveSweepChart->setEnabled(sweep);
    m_saveSweepTable->setEnabled(sweep);
}

QList<QAction *> ComparePage::exportActions() const
{
    return { m_saveComparisonChart, m_saveComparisonTable, m_saveSweepChart, m_saveSweepTable };
}

QWidget *ComparePage::buildView(CopyableTableView *table, QAction *saveChart, QAction *saveTable)
{
    auto *view = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, view);
    auto *chartPlace = new QWidget(splitter); // empty until buildCharts()
    (new QVBoxLayout(chartPlace))->setContentsMargins(0, 0, 0, 0);
    splitter->addWidget(chartPlace);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, chartStretch);
    splitter->setStretchFactor(1, tableStretch);
    splitter->setChildrenCollapsible(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->verticalHeader()->setVisible(false);
    // The buttons are the File menu's actions, shorter said: they sit under what they save.
    const auto button = [view](const QString &text, QAction *action) {
        auto *pushButton = new QPushButton(text, view);
        pushButton->setToolTip(action->toolTip());
        pushButton->setEnabled(action->isEnabled());
        connect(pushButton, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, pushButton,
                [pushButton, action] { pushButton->setEnabled(action->isEnabled()); });
        return pushButton;
    };
    QPushButton *chartButton = button(tr("Save chart…"), saveChart);
    QPushButton *tableButton = button(tr("Save table…"), saveTable);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(chartButton);
    buttons->addWidget(tableButton);
    auto *layout = new QVBoxLayout(view);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    return view;
}

void ComparePage::setModes(const QList<Mode> &modes)
{
    for (const auto &[mode, box] : std::as_const(m_modeBoxes))
        box->setChecked(mode == Mode::Sequential || modes.contains(mode));
}

QList<Mode> ComparePage::modes() const
{
    QList<Mode> chosen;
    for (const auto &[mode, box] : m_modeBoxes) {
        if (box->isChecked())
            chosen.append(mode);
    }
    return chosen;
}

void ComparePage::setWorkers(int workers)
{
    m_workers->setValue(workers);
}

void ComparePage::setRepeat(int repeat)
{
    m_repeat->setValue(repeat);
}

void ComparePage::setSweep(Mode mode, int maxWorkers)
{
    const int index = m_sweepMode->findData(QVariant::fromValue(mode));
    if (index >= 0)
        m_sweepMode->setCurrentIndex(index);
    m_sweepMax->setValue(maxWorkers);
}

void ComparePage::setBlocked(const QString &reason)
{
    if (m_blocked == reason)
        return;
    m_blocked = reason;
    if (!isRunning())
        m_progressLabel->setText(reason.isEmpty() ? tr("Ready") : reason);
    updateButtons();
}

bool ComparePage::compare()
{
    return start(Kind::Compare);
}

bool ComparePage::sweep()
{
    return start(Kind::Sweep);
}

bool ComparePage::start(Kind kind)
{
    if (isRunning() || !m_blocked.isEmpty())
        return false;
    const std::optional<Workload> workload = m_workload->workload();
    if (!workload) {
        m_progressLabel->setText(m_workload->problem());
        return false;
    }
    RunOptions options;
    options.workerProgram = m_workerProgram;
    QList<PlannedRun> plan;
    if (kind == Kind::Compare) {
        plan = BatchRun::comparePlan(modes(), m_workers->value());
    } else {
        m_sweptMode = m_sweepMode->currentData().value<Mode>();
        m_sweptMax = m_sweepMax->value();
        plan = BatchRun::sweepPlan(m_sweptMode, m_sweptMax);
    }
    if (!m_batch.start(*workload, plan, m_repeat->value(), options))
        return false;
    m_kind = kind;
    if (kind == Kind::Compare) {
        m_comparison->setRows({});
        if (m_comparisonChart)
            m_comparisonChart->setRows({});
    } else {
        m_sweep->setRows({});
        if (m_sweepChart)
            m_sweepChart->setRows({}, Modes::title(m_sweptMode), m_sweptMax);
    }
    m_views->setCurrentIndex(kind == Kind::Compare ? 0 : 1);
    m_clock.start();
    m_progress->setRange(0, m_batch.total());
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Watching the machine for a moment…"));
    m_machineLabel->setVisible(false);
    m_spinner->restartMeasurement();
    m_spinner->setMessage(kind == Kind::Compare ? tr("comparing…") : tr("sweeping…"));
    updateButtons();
    Q_EMIT runningChanged(true);
    return true;
}

void ComparePage::stop()
{
    if (!isRunning())
        return;
    m_progressLabel->setText(tr("Stopping…"));
    m_batch.stop();
    updateButtons();
}

void ComparePage::onRunStarted(int index, int total, Mode mode, int workers)
{
    m_progress->setValue(index);
    m_progressLabel->setText(tr("Run %1 of %2: %3, %4")
                                 .arg(index + 1)
                                 .arg(total)
                                 .arg(Modes::title(mode), tr("%n worker(s)", nullptr, workers)));
}

void ComparePage::onSample()
{
    m_progress->setValue(m_batch.done());
    const QList<RunSample> &samples = m_batch.samples();
    if (m_kind == Kind::Compare) {
        const QList<ComparisonRow> rows = Comparison::rows(samples);
        m_comparison->setRows(rows);
        if (m_comparisonChart)
            m_comparisonChart->setRows(rows);
        m_comparisonView->fitColumnsToContents();
    } else {
        const QList<SweepRow> rows = Sweep::rows(samples, Modes::name(m_sweptMode));
        m_sweep->setRows(rows);
        if (m_sweepChart)
            m_sweepChart->setRows(rows, Modes::title(m_sweptMode), m_sweptMax);
        m_sweepView->fitColumnsToContents();
    }
}

void ComparePage::onFinished(bool stopped)
{
    const double seconds = m_clock.elapsed() / 1000.0;
    m_progress->setValue(m_batch.done());
    m_progressLabel->setText(
        stopped ? tr("Stopped: %1 of %2 runs done").arg(m_batch.done()).arg(m_batch.total())
                : tr("Done: %n run(s) in %1 s", nullptr, m_batch.total()).arg(seconds, 0, 'f', 1));
    m_spinner->setMessage(stopped ? tr("stopped") : tr("done"));
    updateButtons();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(m_kind, stopped);
}

void ComparePage::onFailed(const QString &message)
{
    m_progressLabel->setText(tr("The run failed: %1").arg(message));
    m_spinner->setMessage(tr("failed"));
    updateButtons();
    Q_EMIT runningChanged(false);
    Q_EMIT failed(message);
    showError(tr("The run failed"), message);
}

void ComparePage::showError(const QString &title, const QString &message)
{
    // Window-modal and non-blocking: the event loop and the spinner keep going.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ComparePage::showMachine(const QString &warning)
{
    if (warning.isEmpty()) {
        m_machineLabel->setText(tr("The machine was quiet before the first run: no other program kept a "
                                   "core busy."));
        m_machineLabel->setStyleSheet(QString());
    } else {
        m_machineLabel->setText(tr("⚠ %1").arg(warning));
        // Amber, from the palette: the figures below are in doubt.
        const QPalette palette = m_machineLabel->palette();
        m_machineLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; }")
                                          .arg(StatusColors::warningBackground(palette).name(QColor::HexArgb),
                                               StatusColors::retried(palette).name()));
    }
    m_machineLabel->setVisible(true);
}

QString ComparePage::progressText() const
{
    return m_progressLabel->text();
}

QString ComparePage::machineWarning() const
{
    return m_machineLabel->isVisible() && !m_machineLabel->styleSheet().isEmpty() ? m_machineLabel->text()
                                                                                  : QString();
}

void ComparePage::updateWorkload()
{
    const std::optional<Workload> workload = m_workload->workload();
    m_workloadLabel->setText(
        workload ? tr("%1: %Ln number(s), chosen on the Prime checker page", nullptr, int(workload->size()))
                       .arg(workload->name)
                 : tr("No numbers to run: %1").arg(m_workload->problem()));
    updateButtons();
}

void ComparePage::updateButtons()
{
    const bool running = isRunning();
    const bool ready = !running && m_blocked.isEmpty() && m_workload->workload().has_value();
    m_compareButton->setEnabled(ready);
    m_sweepButton->setEnabled(ready);
    m_stopButton->setEnabled(running);
    for (const auto &[mode, box] : std::as_const(m_modeBoxes))
        box->setEnabled(!running && mode != Mode::Sequential);
    m_workers->setEnabled(!running);
    m_repeat->setEnabled(!running);
    m_sweepMode->setEnabled(!running);
    m_sweepMax->setEnabled(!running);
}

bool ComparePage::finishExport(bool ok, const QString &error)
{
    m_lastError = ok ? QString() : error;
    return ok;
}

bool ComparePage::exportComparison(const QString &path)
{
    return exportTable(path, [this](ExportFormat format) {
        return ComparisonExport::comparison(format, m_comparison->rows());
    });
}

bool ComparePage::exportSweep(const QString &path)
{
    return exportTable(
        path, [this](ExportFormat format) { return ComparisonExport::sweep(format, m_sweep->rows()); });
}

bool ComparePage::exportTable(const QString &path, const std::function<QByteArray(ExportFormat)> &bytes)
{
    const std::optional<ExportFormat> format = ExportFiles::formatForPath(path);
    if (!format)
        return finishExport(false, tr("%1: a table is written as .csv, .json or .md").arg(path));
    QString error;
    const bool ok = ExportFiles::write(path, bytes(*format), &error);
    return finishExport(ok, error);
}

bool ComparePage::exportComparisonChart(const QString &path)
{
    QString error;
    buildCharts();
    const bool ok = m_comparisonChart->exportTo(path, &error);
    return finishExport(ok, error);
}

bool ComparePage::exportSweepChart(const QString &path)
{
    QString error;
    buildCharts();
    const bool ok = m_sweepChart->exportTo(path, &error);
    return finishExport(ok, error);
}

void ComparePage::saveChart(Kind kind)
{
    const bool compare = kind == Kind::Compare;
    save(compare ? tr("Save the comparison chart") : tr("Save the sweep chart"),
         compare ? QStringLiteral("conviz-compare.png") : QStringLiteral("conviz-sweep.png"),
         { chartFilter(false), chartFilter(true) }, [this, compare](const QString &path) {
             return compare ? exportComparisonChart(path) : exportSweepChart(path);
         });
}

void ComparePage::saveTable(Kind kind)
{
    const bool compare = kind == Kind::Compare;
    save(compare ? tr("Save the comparison table") : tr("Save the sweep table"),
         compare ? QStringLiteral("conviz-compare.csv") : QStringLiteral("conviz-sweep.csv"),
         ExportActions::tableFilters(), [this, compare](const QString &path) {
             return compare ? exportComparison(path) : exportSweep(path);
         });
}

void ComparePage::save(const QString &title, const QString &name, const QStringList &filters,
                       const std::function<bool(const QString &)> &write)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const ExportActions::SaveTarget target
        = m_chooseSaveFile(title, folder + QLatin1Char('/') + name, filters);
    if (target.path.isEmpty())
        return;
    const QString path = ExportActions::withFilterExtension(target.path, target.filter);
    if (write(path)) {
        const QString wrote = tr("Wrote %1").arg(QDir::toNativeSeparators(path));
        m_progressLabel->setText(wrote);
        Q_EMIT saved(wrote);
    } else {
        showError(title, m_lastError);
    }
}
