#include "exportactions.h"

#include "exportformat.h"
#include "resultsexport.h"
#include "runcontroller.h"
#include "runhistorymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {
QString filterFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QCoreApplication::translate("ExportActions", "CSV (*.csv)");
    case ExportFormat::Json:
        return QCoreApplication::translate("ExportActions", "JSON (*.json)");
    case ExportFormat::Markdown:
        return QCoreApplication::translate("ExportActions", "Markdown (*.md)");
    }
    return {};
}

constexpr ExportFormat tableFormats[] = { ExportFormat::Csv, ExportFormat::Json, ExportFormat::Markdown };
} // namespace

ExportActions::ExportActions(RunController *controller, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_controller(controller)
{
    m_chooseSaveFile
        = [dialogParent](const QString &title, const QString &suggested, const QStringList &filters) {
              SaveTarget target;
              target.path = QFileDialog::getSaveFileName(dialogParent, title, suggested,
                                                         filters.join(QLatin1String(";;")), &target.filter);
              return target;
          };

    m_exportResults = new QAction(tr("&Export results…"), this);
    m_exportResults->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportResults->setToolTip(tr("Save the results table as CSV, JSON or Markdown"));
    connect(m_exportResults, &QAction::triggered, this, [this] {
        exportInBackground(tr("Export results"),
                           QStringLiteral("conviz-%1-results").arg(m_controller->lastReport().mode), true,
                           [this](const QString &path) { return m_controller->startResultsExport(path); });
    });
    connect(m_controller, &RunController::exportFinished, this, [this](const QString &path, bool ok) {
        if (m_exportTitle.isEmpty())
            return; // not one this menu started: whoever started it reports it
        const QString title = std::exchange(m_exportTitle, QString());
        update();
        if (ok)
            Q_EMIT done(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT failed(title, m_controller->lastError());
    });

    m_exportHistory = new QAction(tr("Export run &history…"), this);
    m_exportHistory->setToolTip(tr("Save the run history, with speedups, as CSV, JSON or Markdown"));
    connect(m_exportHistory, &QAction::triggered, this, [this] {
        chooseAndExport(tr("Export run history"), QStringLiteral("conviz-runs"), true,
                        [this](const QString &path) { return m_controller->exportHistory(path); });
    });

    m_exportTrace = new QAction(tr("Export &trace…"), this);
    m_exportTrace->setToolTip(tr("Chrome Trace Event JSON: open it in Perfetto or chrome://tracing"));
    connect(m_exportTrace, &QAction::triggered, this, [this] {
        exportInBackground(tr("Export trace"),
                           QStringLiteral("conviz-%1-trace").arg(m_controller->lastReport().mode), false,
                           [this](const QString &path) { return m_controller->startTraceExport(path); });
    });

    m_copyMarkdown = new QAction(tr("Copy results as &Markdown"), this);
    m_copyMarkdown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyMarkdown->setToolTip(tr("Put the results table on the clipboard as a Markdown table"));
    // A table of a million rows takes a while to write: on a worker thread, then onto the
    // clipboard from the window's thread.
    m_markdownCopy = new QFutureWatcher<QString>(this);
    connect(m_copyMarkdown, &QAction::triggered, this, [this] {
        if (m_markdownCopy->isRunning())
            return;
        m_markdownCopy->setFuture(QtConcurrent::run([report = m_controller->lastReport()] {
            return QString::fromUtf8(ResultsExport::toMarkdown(report));
        }));
        update();
    });
    connect(m_markdownCopy, &QFutureWatcherBase::finished, this, [this] {
        update();
        // A task that threw (out of memory for a huge table) has no result to take.
        if (m_markdownCopy->future().resultCount() == 0) {
            Q_EMIT failed(tr("Copy results as Markdown"), tr("The table could not be made."));
            return;
        }
        QApplication::clipboard()->setText(m_markdownCopy->result());
        Q_EMIT done(tr("Copied the results as a Markdown table"));
    });
}

QStringList ExportActions::tableFilters()
{
    QStringList filters;
    for (ExportFormat format : tableFormats)
        filters << filterFor(format);
    return filters;
}

QString ExportActions::withFilterExtension(const QString &path, const QString &filter)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    static const QRegularExpression pattern(QStringLiteral("\\(\\*\\.(\\w+)"));
    const QRegularExpressionMatch match = pattern.match(filter);
    return match.hasMatch() ? path + QLatin1Char('.') + match.captured(1) : path;
}

void ExportActions::update()
{
    const bool running = m_controller->isRunning();
    const bool haveResults = m_controller->hasReport() && !running;
    m_exportResults->setEnabled(haveResults && !m_controller->isExporting());
    m_exportTrace->setEnabled(haveResults && !m_controller->isExporting());
    m_copyMarkdown->setEnabled(haveResults && !m_markdownCopy->isRunning());
    m_exportHistory->setEnabled(m_controller->history()->rowCount() > 0 && !running);
}

// A results table or a trace of a million jobs takes a while to write: it is written on a worker
// thread while the window shows how far it got.
void ExportActions::exportInBackground(const QString &title, const QString &suggestedName, bool withFormats,
                                       const std::function<bool(const QString &)> &start)
{
    const QString path = choosePath(title, suggestedName, withFormats);
    if (path.isEmpty())
        return;
    if (!start(path)) {
        Q_EMIT failed(title, m_controller->lastError());
        return;
    }
    m_exportTitle = title;
    update();
}

void ExportActions::chooseAndExport(const QString &title, const QString &suggestedName, bool withFormats,
                                    const std::function<bool(const QString &)> &write)
{
    const QString path = choosePath(title, suggestedName, withFormats);
    if (path.isEmpty())
        return;
    if (!write(path))
        Q_EMIT failed(title, m_controller->lastError());
    else
        Q_EMIT done(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

QString ExportActions::choosePath(const QString &title, const QString &suggestedName, bool withFormats)
{
    QStringList filters;
    if (withFormats) {
        filters = tableFilters();
    } else {
        filters << filterFor(ExportFormat::Json);
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    SaveTarget target = m_chooseSaveFile(title,
                                         folder + QLatin1Char('/') + suggestedName + QStringLiteral(".")
                                             + (withFormats ? QStringLiteral("csv") : QStringLiteral("json")),
                                         filters);
    if (target.path.isEmpty())
        return {};
    return withFilterExtension(target.path, target.filter);
}
