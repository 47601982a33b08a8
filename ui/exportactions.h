#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <functional>

class QAction;
class QWidget;
class RunController;

// File → Export results / run history / trace, Copy results as Markdown: the actions, the
// save dialog (a seam tests replace), and the extension the chosen filter implies.
class ExportActions : public QObject
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

    ExportActions(RunController *controller, QWidget *dialogParent);

    // "CSV (*.csv)", "JSON (*.json)", "Markdown (*.md)": the table formats' dialog filters.
    static QStringList tableFilters();
    // A path typed without an extension gets the one of the filter chosen ("(*.svg)").
    static QString withFilterExtension(const QString &path, const QString &filter);

    QAction *exportResults() const { return m_exportResults; }
    QAction *exportHistory() const { return m_exportHistory; }
    QAction *exportTrace() const { return m_exportTrace; }
    QAction *copyMarkdown() const { return m_copyMarkdown; }
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }
    // Enables what there is something to export for.
    void update();

Q_SIGNALS:
    void done(const QString &message);
    void failed(const QString &title, const QString &message);

private:
    // Asks where to save (empty: canceled), with the extension of the filter chosen.
    QString choosePath(const QString &title, const QString &suggestedName, bool withFormats);
    void chooseAndExport(const QString &title, const QString &suggestedName, bool withFormats,
                         const std::function<bool(const QString &)> &write);
    // The same, for an export start() begins on a worker thread: its end is said when it comes.
    void exportInBackground(const QString &title, const QString &suggestedName, bool withFormats,
                            const std::function<bool(const QString &)> &start);

    RunController *m_controller;
    QAction *m_exportResults;
    QAction *m_exportHistory;
    QAction *m_exportTrace;
    QAction *m_copyMarkdown;
    QFutureWatcher<QString> *m_markdownCopy; // the table being written for the clipboard
    SaveFileChooser m_chooseSaveFile;
    QString m_exportTitle; // of the background export this menu started, until it ends
};
