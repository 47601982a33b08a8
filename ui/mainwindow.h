#pragma once

#include "exportactions.h"
#include "launchoptions.h"
#include "mode.h"
#include "runhistory.h"
#include "runreport.h"
#include "workloadloader.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class ComparePage;
class ControlPanel;
class CoreBars;
class CpuSampler;
class PageTabs;
class QAction;
class QLabel;
class QMenu;
class SortedRowsProxy;
class QSplitter;
class QTimer;
class CopyableTableView;
class ResultsModel;
class ResultsView;
class RunController;
class RunHistoryModel;
class SpinnerLabPage;
class SpinnerWidget;
class TickerLabel;
class TimelinePanel;
class WorkerBoard;
class WorkloadPanel;

// The program the user opens: choose numbers and a model, press Run, and watch the spinner
// keep turning while the workers, the cores and the results table light up. It presents a
// RunController (the run itself), a ControlPanel and the ExportActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using SaveTarget = ExportActions::SaveTarget;
    using SaveFileChooser = ExportActions::SaveFileChooser;

    // running: a controller whose run a launch started before the window was built (see
    // WindowLaunch), taken over with its run; otherwise the window makes its own.
    explicit MainWindow(RunController *running = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The command line: preselects, and with run starts at once (ScriptedRun does the rest).
    // started: the loader already reading options.numbersFile, if the caller began early.
    bool apply(const LaunchOptions &options, QString *error,
               std::unique_ptr<WorkloadLoader> started = nullptr);
    RunController *controller() const { return m_controller; }

    Mode mode() const;
    void setMode(Mode mode);
    int workers() const;
    void setWorkers(int workers);
    bool startRun();
    void stopRun();
    bool isRunning() const;
    // The latest run (finished, stopped, or under way).
    RunReport lastReport() const;

    // The exports, also behind the File menu; false with lastError() set on failure.
    bool exportResults(const QString &path);
    bool exportHistory(const QString &path);
    bool exportTrace(const QString &path);
    bool exportTimeline(const QString &path);
    QString lastError() const;
    // Tests replace the file dialog with this seam.
    void setSaveFileChooser(SaveFileChooser chooser) { m_exports->setSaveFileChooser(std::move(chooser)); }

    ResultsModel *resultsModel() const;
    RunHistoryModel *historyModel() const;
    WorkloadPanel *workloadPanel() const;
    SpinnerWidget *spinner() const { return m_spinner; }
    // Built on first use.
    SpinnerLabPage *spinnerLab();
    void showSpinnerLab();
    void showPrimeChecker();
    ComparePage *comparePage() const { return m_comparePage; }
    void showComparePage();
    WorkerBoard *workerBoard() const;
    CoreBars *coreBars() const;
    ResultsView *resultsView() const { return m_resultsView; }
    TimelinePanel *timeline() const { return m_timeline; }
    QAction *runAction() const { return m_runAction; }
    QAction *stopAction() const { return m_stopAction; }

Q_SIGNALS:
    // A run ended: finished, stopped, or failed (then report.canceled is set).
    void runEnded(const RunReport &report);
    // What apply() started could not be finished: the numbers file could not be read, has
    // errors, or the run could not start. A script exits 2 on it.
    void launchFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    QWidget *buildTables();
    void readSettings();
    void writeSettings() const;
    void onRunFinished(const RunReport &report, const RunSummary &summary);
    void onRunFailed(const QString &message);
    void updateActions();
    void showPendingNumbers();
    void updateStatus();
    // What the window says of a run the controller has just started.
    void showRunStarted();
    void openNumbers();
    // Calls then(ok, message) once, when the numbers file being read is in (or is not).
    void whenLoaded(const std::function<void(bool, const QString &)> &then);
    bool runApplied(const LaunchOptions &options, QString *error);
    void showError(const QString &title, const QString &message);

    QString m_shownProblem;
    RunController *m_controller;
    // The launch's run was started before the window was built: runApplied() starts no other.
    bool m_startedBeforeBuild = false;
    ExportActions *m_exports;
    CpuSampler *m_cpu;
    SortedRowsProxy *m_resultsProxy;
    QTimer *m_pendingPreview;

    SpinnerWidget *m_spinner = nullptr;
    QWidget *m_labPage = nullptr; // the lab's tab, empty until it is first shown
    SpinnerLabPage *m_spinnerLab = nullptr;
    ComparePage *m_comparePage = nullptr;
    QWidget *m_checkerPage = nullptr;
    PageTabs *m_tabs = nullptr;
    ControlPanel *m_controls = nullptr;
    ResultsView *m_resultsView = nullptr;
    TimelinePanel *m_timeline = nullptr;
    CopyableTableView *m_historyView = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_tableSplitter = nullptr;
    QLabel *m_stateLabel = nullptr;
    TickerLabel *m_elapsedLabel = nullptr;
    TickerLabel *m_countLabel = nullptr;
    QLabel *m_speedupLabel = nullptr;

    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitSeparator = nullptr;
    QAction *m_quitAction = nullptr;
    QString m_lastError;
    QString m_workerProgram; // from --worker-program; empty: the default
};
