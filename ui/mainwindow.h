#pragma once

#include "launchoptions.h"
#include "mode.h"
#include "runreport.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class CoreBars;
class CpuSampler;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class CopyableTableView;
class ResultsModel;
class ResultsView;
class RunHistoryModel;
class RunMonitor;
class Runner;
class SpinnerLabPage;
class SpinnerWidget;
class WorkerBoard;
class WorkloadPanel;

// The program the user opens: choose numbers and a model, press Run, and watch the spinner
// keep turning while the workers, the cores and the results table light up.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Asks where to save: returns the path (empty: canceled) and the filter the user chose.
    struct SaveTarget
    {
        QString path;
        QString filter;
    };
    using SaveFileChooser = std::function<SaveTarget(const QString &title, const QString &suggested,
                                                     const QStringList &filters)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The command line: preselects, and with run starts at once (and with export quits).
    bool apply(const LaunchOptions &options, QString *error);

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
    QString lastError() const { return m_lastError; }
    // Tests replace the file dialog with this seam.
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }

    ResultsModel *resultsModel() const { return m_results; }
    RunHistoryModel *historyModel() const { return m_history; }
    WorkloadPanel *workloadPanel() const { return m_workload; }
    SpinnerWidget *spinner() const { return m_spinner; }
    SpinnerLabPage *spinnerLab() const { return m_spinnerLab; }
    void showSpinnerLab();
    WorkerBoard *workerBoard() const { return m_workerBoard; }
    CoreBars *coreBars() const { return m_coreBars; }
    ResultsView *resultsView() const { return m_resultsView; }
    QAction *runAction() const { return m_runAction; }
    QAction *stopAction() const { return m_stopAction; }

Q_SIGNALS:
    // A run ended: finished, stopped, or failed (then report.canceled is set).
    void runEnded(const RunReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    QWidget *buildControls();
    QWidget *buildTables();
    void readSettings();
    void writeSettings() const;
    void onRunFinished(const RunReport &report);
    void onRunFailed(const QString &message);
    void updateActions();
    void updateStatus();
    void updateModeExplanation();
    void openNumbers();
    void chooseAndExport(const QString &title, const QString &suggestedName, bool withFormats,
                         const std::function<bool(const QString &)> &write);
    void copyAsMarkdown();
    void showError(const QString &title, const QString &message);
    bool writeFile(const QString &path, const QByteArray &data);
    void quitAfterExport(const RunReport &report);
    void takeScreenshot(const QString &state);

    std::unique_ptr<Runner> m_runner;
    ResultsModel *m_results;
    RunHistoryModel *m_history;
    RunMonitor *m_monitor;
    CpuSampler *m_cpu;
    QSortFilterProxyModel *m_resultsProxy;

    SpinnerWidget *m_spinner = nullptr;
    SpinnerLabPage *m_spinnerLab = nullptr;
    QTabWidget *m_tabs = nullptr;
    WorkloadPanel *m_workload = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_modeExplanation = nullptr;
    QSpinBox *m_workers = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    WorkerBoard *m_workerBoard = nullptr;
    CoreBars *m_coreBars = nullptr;
    ResultsView *m_resultsView = nullptr;
    CopyableTableView *m_historyView = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_tableSplitter = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_speedupLabel = nullptr;

    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportResultsAction = nullptr;
    QAction *m_exportHistoryAction = nullptr;
    QAction *m_exportTraceAction = nullptr;
    QAction *m_copyMarkdownAction = nullptr;
    QAction *m_quitAction = nullptr;

    SaveFileChooser m_chooseSaveFile;
    QString m_lastError;
    QString m_workloadKey;
    QString m_exportOnEnd;
    QString m_screenshotDir;
    bool m_tookRunningShot = false;
    bool m_hasReport = false;
};
