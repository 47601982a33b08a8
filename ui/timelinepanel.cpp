#include "timelinepanel.h"

#include "runcontroller.h"
#include "runmonitor.h"
#include "runreport.h"
#include "tickerlabel.h"
#include "timelineview.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
qint64 toNs(double seconds)
{
    return qint64(seconds * 1e9);
}
} // namespace

TimelinePanel::TimelinePanel(RunController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_view(new TimelineView(this))
    , m_summary(new TickerLabel(this))
    , m_exportAction(new QAction(tr("Export &timeline…"), this))
{
    auto *workers = new QToolButton(this);
    workers->setText(tr("Workers"));
    workers->setToolTip(tr("One lane per worker: when each number ran and how it ended"));
    workers->setCheckable(true);
    workers->setChecked(true);
    auto *cores = new QToolButton(this);
    cores->setText(tr("Cores"));
    cores->setToolTip(tr("One lane per CPU: which worker ran on it when"));
    cores->setCheckable(true);
    auto *group = new QButtonGroup(this);
    group->addButton(workers);
    group->addButton(cores);
    connect(cores, &QToolButton::toggled, this, [this](bool on) {
        m_view->setView(on ? TimelineView::View::Cores : TimelineView::View::Workers);
    });
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole run (Home, or double-click)"));
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    m_summary->setElidable(true);
    auto *hint = new QLabel(tr("wheel: zoom · drag: pan · click: select"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(workers);
    bar->addWidget(cores);
    bar->addWidget(fit);
    bar->addSpacing(8);
    bar->addWidget(m_summary, 1);
    bar->addWidget(hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(controller, &RunController::started, this, &TimelinePanel::showStarted);
    connect(controller, &RunController::updated, this, [this] {
        if (m_view->lanes().store() != m_controller->monitor()->store())
            m_view->reset(m_controller->monitor()->store());
        m_view->refresh(toNs(m_controller->elapsedSeconds()));
        updateSummary();
    });
    connect(controller, &RunController::ended, this, [this](const RunReport &report) {
        m_view->finish(toNs(report.wallSeconds));
        updateSummary();
    });
    connect(m_view, &TimelineView::viewChanged, this, &TimelinePanel::updateSummary);
    connect(m_view, &TimelineView::caughtUp, this, &TimelinePanel::updateSummary);
    m_exportAction->setEnabled(false);
    m_exportAction->setToolTip(tr("Save the timeline as a PNG picture or an SVG drawing"));
    connect(m_exportAction, &QAction::triggered, this, &TimelinePanel::chooseAndExport);
    if (controller->isRunning())
        showStarted(); // started before the window was built
}

void TimelinePanel::linkTable(QAbstractItemView *table, QAbstractProxyModel *proxy)
{
    connect(m_view, &TimelineView::jobClicked, table, [table, proxy](int index) {
        const QModelIndex row = proxy->mapFromSource(proxy->sourceModel()->index(index, 0));
        if (!row.isValid())
            return;
        table->selectionModel()->setCurrentIndex(
            row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->scrollTo(row);
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_view,
            [this, proxy](const QModelIndex &current) {
                m_view->setSelectedJob(current.isValid() ? proxy->mapToSource(current).row() : -1);
            });
}

void TimelinePanel::showStarted()
{
    m_view->reset(m_controller->monitor()->store());
    m_exportAction->setEnabled(true);
    updateSummary();
}

void TimelinePanel::updateSummary()
{
    const TimelineLanes &lanes = m_view->lanes();
    if (!lanes.store()) {
        m_summary->setText({});
        return;
    }
    if (m_view->view() == TimelineView::View::Cores) {
        int migrations = 0;
        for (int l = 0; l < lanes.laneCount(); ++l)
            migrations += lanes.lane(l).migrations;
        const auto used = [&lanes](int migrations) {
            return tr("%n core(s) used", nullptr, lanes.coreCount()) + QStringLiteral(" · ")
                + tr("%n migration(s) between cores", nullptr, migrations);
        };
        m_summary->reserve(used(9999));
        m_summary->setText(used(migrations));
        return;
    }
    const auto drawn = [&lanes](qsizetype jobs) {
        return tr("%n lane(s)", nullptr, lanes.laneCount()) + QStringLiteral(" · ")
            + tr("%L1 of %L2 jobs drawn").arg(jobs).arg(lanes.store()->size());
    };
    // As wide as it will be: the count grows at every tick, the layout stays.
    m_summary->reserve(drawn(lanes.store()->size()));
    m_summary->setText(drawn(lanes.jobCount()));
}

bool TimelinePanel::exportTo(const QString &path, QString *error)
{
    if (!m_view->lanes().store()) {
        *error = tr("There is no run to draw yet.");
        return false;
    }
    return m_view->exportTo(path, error);
}

void TimelinePanel::chooseAndExport()
{
    QString filter;
    const QString png = tr("PNG picture (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export timeline"), QStringLiteral("timeline.png"),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Cannot export the timeline"), error);
}
