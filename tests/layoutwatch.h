#pragma once

#include <QApplication>
#include <QEvent>
#include <QStringList>
#include <QWidget>

// Names the widgets of a window asked to lay out again while it watches (each as the chain of
// its classes up to the window).
class LayoutWatch : public QObject
{
public:
    explicit LayoutWatch(QWidget *window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }
    ~LayoutWatch() override { qApp->removeEventFilter(this); }
    QStringList asked() const { return m_asked; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::LayoutRequest && widget && widget->window() == m_window) {
            QStringList chain;
            for (QObject *object = watched; object && object != m_window; object = object->parent())
                chain << QString::fromLatin1(object->metaObject()->className());
            m_asked << chain.join(QLatin1String(" < "));
        }
        return false;
    }

private:
    QWidget *m_window;
    QStringList m_asked;
};
