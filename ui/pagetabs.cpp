#include "pagetabs.h"

#include <QEvent>
#include <QTabBar>

PageTabs::PageTabs(QWidget *parent)
    : QTabWidget(parent)
{ }

PageTabs::Hints PageTabs::hints() const
{
    return { sizeHint(), minimumSizeHint(), tabBar()->sizeHint() };
}

bool PageTabs::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest) {
        const Hints now = hints();
        if (now == m_laidOutFor)
            return true;
        m_laidOutFor = now;
        ++m_layoutsTaken;
    }
    return QTabWidget::event(event);
}

void PageTabs::resizeEvent(QResizeEvent *event)
{
    QTabWidget::resizeEvent(event);
    m_laidOutFor = {};
}

void PageTabs::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    m_laidOutFor = {};
}

void PageTabs::changeEvent(QEvent *event)
{
    QTabWidget::changeEvent(event);
    m_laidOutFor = {};
}
