#pragma once

#include "mode.h"

#include <QWidget>

class CoreBars;
struct CpuUsage;
class QAction;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class UtilizationStrip;
class WorkerBoard;
class WorkloadPanel;

// The prime checker's left side: the numbers, the execution model and its worker count, Run
// and Stop, one bar per worker and one per CPU core.
class ControlPanel : public QWidget
{
    Q_OBJECT
public:
    ControlPanel(QAction *run, QAction *stop, QWidget *parent = nullptr);

    WorkloadPanel *workload() const { return m_workload; }
    WorkerBoard *workerBoard() const { return m_workerBoard; }
    CoreBars *coreBars() const { return m_coreBars; }
    UtilizationStrip *utilization() const { return m_utilization; }
    // A CPU sample for the core bars and the strip.
    void showUsage(const CpuUsage &usage);
    Mode mode() const;
    void setMode(Mode mode);
    int workers() const;
    void setWorkers(int workers);
    // Threads (GIL) only: how long a thread keeps the lock while another waits for it.
    int switchIntervalUs() const;
    void setSwitchIntervalUs(int us);
    // While a run is under way nothing that defines it can change.
    void setRunning(bool running);

Q_SIGNALS:
    void modeChanged();

private:
    void updateModeExplanation();

    WorkloadPanel *m_workload;
    QComboBox *m_mode;
    QLabel *m_modeExplanation;
    QSpinBox *m_workers;
    QFormLayout *m_modeForm;
    QDoubleSpinBox *m_switchInterval;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    WorkerBoard *m_workerBoard;
    CoreBars *m_coreBars;
    UtilizationStrip *m_utilization;
    bool m_running = false;
};
