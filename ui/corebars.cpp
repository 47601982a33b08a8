#include "corebars.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

CoreBars::CoreBars(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_note(new QLabel(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_note->hide();
    m_grid->addWidget(m_note, 0, 0, 1, 2);
}

void CoreBars::setLoads(const QList<double> &loads)
{
    m_note->hide();
    while (m_bars.size() > loads.size()) {
        delete m_bars.takeLast();
        delete m_labels.takeLast();
    }
    while (m_bars.size() < loads.size()) {
        const int core = int(m_bars.size());
        auto *label = new QLabel(tr("CPU %1").arg(core + 1), this);
        auto *bar = new QProgressBar(this);
        bar->setRange(0, 100);
        bar->setFormat(tr("%p%"));
        bar->setAccessibleName(tr("CPU %1 load").arg(core + 1));
        m_grid->addWidget(label, core + 1, 0);
        m_grid->addWidget(bar, core + 1, 1);
        m_labels.append(label);
        m_bars.append(bar);
    }
    for (qsizetype i = 0; i < loads.size(); ++i)
        m_bars.at(i)->setValue(qRound(std::clamp(loads.at(i), 0.0, 1.0) * 100));
}

void CoreBars::setUnavailable(const QString &why)
{
    setLoads({});
    m_note->setText(why);
    m_note->show();
}

int CoreBars::barValue(int core) const
{
    return core >= 0 && core < m_bars.size() ? m_bars.at(core)->value() : -1;
}
