#include "controlpanel.h"

#include "corebars.h"
#include "runchoice.h"
#include "runoptions.h"
#include "utilizationstrip.h"
#include "workerboard.h"
#include "workloadpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

ControlPanel::ControlPanel(QAction *run, QAction *stop, QWidget *parent)
    : QWidget(parent)
{
    // The panel scrolls when the window is too short for it (or the machine has many cores),
    // rather than squeeze its text.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *workloadBox = new QGroupBox(tr("Numbers"), this);
    auto *workloadLayout = new QVBoxLayout(workloadBox);
    m_workload = new WorkloadPanel(workloadBox);
    workloadLayout->addWidget(m_workload);

    auto *modeBox = new QGroupBox(tr("Execution model"), this);
    m_modeForm = new QFormLayout(modeBox);
    QFormLayout *modeForm = m_modeForm;
    m_mode = new QComboBox(modeBox);
    for (Mode mode : Modes::all())
        m_mode->addItem(Modes::title(mode), QVariant::fromValue(mode));
    m_mode->setAccessibleName(tr("Execution model"));
    m_mode->setToolTip(tr("How the numbers are checked: each model is one of the chapter's programs, "
                          "explained below"));
    m_modeExplanation = new QLabel(modeBox);
    m_modeExplanation->setWordWrap(true);
    m_modeExplanation->setMinimumHeight(m_modeExplanation->fontMetrics().lineSpacing() * 3);
    m_modeExplanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_workers = new QSpinBox(modeBox);
    m_workers->setRange(1, RunChoice::maxWorkers);
    m_workers->setValue(RunChoice::defaultWorkers());
    m_workers->setToolTip(
        tr("How many threads, worker processes or coroutines (default: one per core, %1 here)")
            .arg(QThread::idealThreadCount()));
    m_switchInterval = new QDoubleSpinBox(modeBox);
    m_switchInterval->setRange(0.1, 1000);
    m_switchInterval->setDecimals(1);
    m_switchInterval->setSingleStep(0.5);
    m_switchInterval->setSuffix(tr(" ms"));
    m_switchInterval->setValue(RunOptions {}.switchIntervalUs / 1000.0);
    m_switchInterval->setToolTip(
        tr("CPython's sys.setswitchinterval(): how long a thread may keep the GIL while another waits "
           "for it (5 ms by default). Shorter: the threads take turns more often, at the cost of more "
           "hand-overs; longer: fewer, longer turns. The total time stays that of one core."));
    m_switchInterval->setAccessibleName(tr("Switch interval"));
    modeForm->addRow(tr("Model:"), m_mode);
    modeForm->addRow(m_modeExplanation);
    modeForm->addRow(tr("Workers:"), m_workers);
    modeForm->addRow(tr("Switch interval:"), m_switchInterval);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateModeExplanation();
        Q_EMIT modeChanged();
    });

    m_runButton = new QPushButton(run->icon(), run->iconText(), this);
    m_stopButton = new QPushButton(stop->icon(), stop->iconText(), this);
    m_runButton->setDefault(true);
    m_runButton->setToolTip(run->toolTip());
    m_stopButton->setToolTip(stop->toolTip());
    connect(m_runButton, &QPushButton::clicked, run, &QAction::trigger);
    connect(m_stopButton, &QPushButton::clicked, stop, &QAction::trigger);
    // The buttons follow their actions, whoever enables them.
    connect(run, &QAction::enabledChanged, m_runButton, &QWidget::setEnabled);
    connect(stop, &QAction::enabledChanged, m_stopButton, &QWidget::setEnabled);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);

    auto *workersBox = new QGroupBox(tr("Workers"), this);
    auto *workersLayout = new QVBoxLayout(workersBox);
    m_workerBoard = new WorkerBoard(workersBox);
    auto *workersScroll = new QScrollArea(workersBox);
    workersScroll->setWidget(m_workerBoard);
    workersScroll->setWidgetResizable(true);
    workersScroll->setFrameShape(QFrame::NoFrame);
    workersLayout->addWidget(workersScroll);

    auto *coresBox = new QGroupBox(tr("CPU cores"), this);
    auto *coresLayout = new QVBoxLayout(coresBox);
    m_coreBars = new CoreBars(coresBox);
    coresLayout->addWidget(m_coreBars);
    m_utilization = new UtilizationStrip(coresBox);
    coresLayout->addWidget(m_utilization);

    layout->addWidget(workloadBox);
    layout->addWidget(modeBox);
    layout->addLayout(buttons);
    layout->addWidget(workersBox, 1);
    layout->addWidget(coresBox);
    // The editor for the user's own numbers deserves room; a preset's note does not.
    connect(m_workload, &WorkloadPanel::changed, layout, [this, layout, workloadBox] {
        layout->setStretchFactor(workloadBox, m_workload->source() == WorkloadPanel::Source::Custom ? 2 : 0);
    });
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll);
    setMinimumWidth(330);
    setMaximumWidth(520);
    updateModeExplanation();
}

void ControlPanel::showUsage(const CpuUsage &usage)
{
    m_coreBars->setUsage(usage);
    m_utilization->addSample(usage);
}

Mode ControlPanel::mode() const
{
    return m_mode->currentData().value<Mode>();
}

void ControlPanel::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(QVariant::fromValue(mode)));
}

int ControlPanel::workers() const
{
    return m_workers->value();
}

void ControlPanel::setWorkers(int workers)
{
    m_workers->setValue(workers);
}

int ControlPanel::switchIntervalUs() const
{
    return std::max(1, qRound(m_switchInterval->value() * 1000));
}

void ControlPanel::setSwitchIntervalUs(int us)
{
    m_switchInterval->setValue(us / 1000.0);
}

void ControlPanel::setRunning(bool running)
{
    m_running = running;
    m_workload->setEnabled(!running);
    m_mode->setEnabled(!running);
    updateModeExplanation();
}

void ControlPanel::updateModeExplanation()
{
    m_modeExplanation->setText(Modes::explanation(mode()));
    m_workers->setEnabled(!m_running && !Modes::info(mode()).oneWorker);
    // Only the GIL has a switch interval: the row is there when it means something.
    m_modeForm->setRowVisible(m_switchInterval, mode() == Mode::ThreadsGil);
    m_switchInterval->setEnabled(!m_running);
}
