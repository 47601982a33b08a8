#include "workerboard.h"

#include "tickerlabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

WorkerBoard::WorkerBoard(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(tr("The workers appear here when a run starts."), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addStretch(1); // the bars stay together at the top however tall the box is
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(2);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_grid->addWidget(m_empty, 0, 0, 1, 3);
}

void WorkerBoard::resize(int count)
{
    while (m_rows.size() > count) {
        const Row row = m_rows.takeLast();
        delete row.name;
        delete row.bar;
        delete row.done;
        delete row.number;
    }
    while (m_rows.size() < count) {
        // Two lines a worker: name, bar and count; under the bar, the number it checks.
        const int line = int(m_rows.size()) * 2 + 1;
        // The count and the number tick: they repaint alone (TickerLabel).
        Row row { new QLabel(this), new QProgressBar(this), new TickerLabel(this), new TickerLabel(this) };
        row.bar->setRange(0, 1000);
        row.bar->setTextVisible(true);
        row.done->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.done->reserve(tr("%L1 done").arg(999999));
        QFont small = row.number->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        row.number->setFont(small);
        row.number->setEnabled(false);
        row.number->setElidable(true);
        row.number->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        for (const QString &state : { waitingText(), finishedText(), stoppedText() })
            row.number->reserve(state);
        row.number->setContentsMargins(0, 0, 0, 6);
        m_grid->addWidget(row.name, line, 0, 2, 1, Qt::AlignTop);
        m_grid->addWidget(row.bar, line, 1);
        m_grid->addWidget(row.done, line, 2);
        m_grid->addWidget(row.number, line + 1, 1, 1, 2);
        m_rows.append(row);
    }
    m_empty->setVisible(count == 0);
}

void WorkerBoard::show(const QList<WorkerState> &workers)
{
    resize(int(workers.size()));
    for (qsizetype i = 0; i < workers.size(); ++i) {
        const WorkerState &worker = workers.at(i);
        const Row &row = m_rows.at(i);
        const QString name = worker.info.pid > 0
            ? tr("%1\npid %2").arg(worker.info.label).arg(worker.info.pid)
            : worker.info.label;
        if (row.name->text() != name)
            row.name->setText(name);
        if (worker.job >= 0) {
            row.bar->setValue(int(worker.fraction * 1000));
            row.bar->setFormat(tr("%1%").arg(int(worker.fraction * 100)));
            row.bar->setEnabled(true);
            row.number->setText(tr("checking %1").arg(worker.number));
        } else {
            row.bar->setValue(0);
            // The chapter keeps the two apart: the poison pill ends a worker for lack of
            // work, a stop ends it with work left.
            row.bar->setFormat(worker.stopped        ? tr("stopped")
                                   : worker.finished ? tr("finished")
                                                     : tr("idle"));
            row.bar->setEnabled(!worker.finished);
            row.number->setText(worker.stopped        ? stoppedText()
                                    : worker.finished ? finishedText()
                                                      : waitingText());
        }
        row.done->setText(tr("%L1 done").arg(worker.done));
        const QString barName = tr("%1 progress").arg(worker.info.label);
        if (row.bar->accessibleName() != barName)
            row.bar->setAccessibleName(barName);
    }
}

QString WorkerBoard::waitingText()
{
    return tr("waiting for a job");
}

QString WorkerBoard::finishedText()
{
    return tr("sent its end-of-work signal");
}

QString WorkerBoard::stoppedText()
{
    return tr("stopped with work left");
}

QString WorkerBoard::barText(int worker) const
{
    if (worker < 0 || worker >= m_rows.size())
        return {};
    return m_rows.at(worker).bar->text() + QLatin1Char(' ') + m_rows.at(worker).number->text();
}

int WorkerBoard::barValue(int worker) const
{
    return worker >= 0 && worker < m_rows.size() ? m_rows.at(worker).bar->value() : -1;
}
