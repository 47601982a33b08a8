#include "controlpanel.h"

#include "corebars.h"
#include "utilizationstrip.h"
#include "workerboard.h"
#include "workloadpanel.h"

#include <QAction>
#include <QComboBox>
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
    auto *layout = new QVBoxLayout(this);

    auto *workloadBox = new QGroupBox(tr("Numbers"), this);
    auto *workloadLayout = new QVBoxLayout(workloadBox);
    m_workload = new WorkloadPanel(workloadBox);
    workloadLayout->addWidget(m_workload);

    auto *modeBox = new QGroupBox(tr("Execution model"), this);
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

void ControlPanel::setRunning(bool running)
{
    m_running = running;
    m_workload->setEnabled(!running);
    m_mode->setEnabled(!running);
    m_workers->setEnabled(!running && mode() != Mode::Sequential);
}

void ControlPanel::updateModeExplanation()
{
    m_modeExplanation->setText(Modes::explanation(mode()));
    m_workers->setEnabled(!m_running && mode() != Mode::Sequential);
}
