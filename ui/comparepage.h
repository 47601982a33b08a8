#pragma once

#include "batchrun.h"
#include "exportactions.h"
#include "exportformat.h"
#include "mode.h"

#include <QElapsedTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class ComparisonChart;
class ComparisonModel;
class CopyableTableView;
class SpinnerWidget;
class SweepChart;
class SweepModel;
class WorkloadPanel;

// "Compare modes": every chosen mode on the numbers chosen on the prime checker page, one
// run after another and in rounds (BatchRun), as a chart and a table with hyperfine's
// relative column; and a scaling sweep of one mode, speedup against workers with the ideal
// and the bound. The machine is watched for a moment first and a busy one is said so on
// the page. Everything runs on the event loop's terms: the page's spinner keeps turning.
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Compare, Sweep };
    Q_ENUM(Kind)

    explicit ComparePage(WorkloadPanel *workload, QWidget *parent = nullptr);
    ~ComparePage() override;

    void setModes(const QList<Mode> &modes);
    QList<Mode> modes() const;
    void setWorkers(int workers);
    void setRepeat(int repeat);
    void setSweep(Mode mode, int maxWorkers);
    // --worker-program, for the processes mode; empty: the default.
    void setWorkerProgram(const QString &path) { m_workerProgram = path; }
    // How long the machine is watched before the first run (tests shorten it).
    void setCheckMs(int ms) { m_batch.setCheckMs(ms); }
    // Why nothing can start now (a run under way on the prime checker page); empty: free.
    void setBlocked(const QString &reason);

    // Start on the workload panel's numbers; false while busy, blocked or the numbers are bad.
    bool compare();
    bool sweep();
    // Stops after the run under way has stopped (Stop, or Esc on this page).
    void stop();
    bool isRunning() const { return m_batch.isRunning(); }

    ComparisonModel *comparison() const { return m_comparison; }
    SweepModel *sweepTable() const { return m_sweep; }
    SpinnerWidget *spinner() const { return m_spinner; }
    QString progressText() const;
    // The machine check's warning shown on the page; empty when the machine was quiet.
    QString machineWarning() const;

    // Tables as CSV, JSON or Markdown (the command line's bytes), charts as PNG or SVG, by the
    // extension; false with lastError() set.
    bool exportComparison(const QString &path);
    bool exportSweep(const QString &path);
    bool exportComparisonChart(const QString &path);
    bool exportSweepChart(const QString &path);
    QString lastError() const { return m_lastError; }
    // Save the comparison chart, its table, the sweep chart, its table: for the File menu;
    // each enabled once there is something to save.
    QList<QAction *> exportActions() const;
    void setSaveFileChooser(ExportActions::SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }

Q_SIGNALS:
    void runningChanged(bool running);
    // Every run done, or stopped (then the tables hold the runs that finished).
    void finished(ComparePage::Kind kind, bool stopped);
    void failed(const QString &message);
    // A chart or table saved from the page's buttons or the File menu: "Wrote PATH".
    void saved(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildView(CopyableTableView *table, QAction *saveChart, QAction *saveTable);
    // The charts are built when the page is first shown or a chart is saved: most windows
    // never open the page, and two charts are a noticeable part of the window's start.
    void buildCharts();
    void buildExportActions();
    void updateExportActions();
    bool start(Kind kind);
    void onRunStarted(int index, int total, Mode mode, int workers);
    void onSample();
    void onFinished(bool stopped);
    void onFailed(const QString &message);
    void showMachine(const QString &warning);
    void showError(const QString &title, const QString &message);
    void updateWorkload();
    void updateButtons();
    void saveChart(Kind kind);
    void saveTable(Kind kind);
    bool finishExport(bool ok, const QString &error);
    bool exportTable(const QString &path, const std::function<QByteArray(ExportFormat)> &bytes);
    // Asks where (the dialog seam), adds the chosen filter's extension, writes, says how it went.
    void save(const QString &title, const QString &name, const QStringList &filters,
              const std::function<bool(const QString &)> &write);

    WorkloadPanel *m_workload;
    BatchRun m_batch;
    Kind m_kind = Kind::Compare;
    Mode m_sweptMode = Mode::Threads;
    int m_sweptMax = 1;
    QString m_workerProgram;
    QString m_blocked;
    QString m_lastError;
    QElapsedTimer m_clock;
    ExportActions::SaveFileChooser m_chooseSaveFile;

    QList<QPair<Mode, QCheckBox *>> m_modeBoxes;
    QSpinBox *m_workers = nullptr;
    QSpinBox *m_repeat = nullptr;
    QComboBox *m_sweepMode = nullptr;
    QSpinBox *m_sweepMax = nullptr;
    QAction *m_saveComparisonChart = nullptr;
    QAction *m_saveComparisonTable = nullptr;
    QAction *m_saveSweepChart = nullptr;
    QAction *m_saveSweepTable = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_sweepButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_workloadLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_machineLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    SpinnerWidget *m_spinner = nullptr;
    QTabWidget *m_views = nullptr;
    ComparisonModel *m_comparison = nullptr;
    SweepModel *m_sweep = nullptr;
    ComparisonChart *m_comparisonChart = nullptr;
    SweepChart *m_sweepChart = nullptr;
    CopyableTableView *m_comparisonView = nullptr;
    CopyableTableView *m_sweepView = nullptr;
};
