#pragma once

#include "workerstate.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class TickerLabel;

// One progress bar per worker: which unit it is (thread, pid, coroutine), the number it is
// checking, its percentage, and how many numbers it has done.
class WorkerBoard : public QWidget
{
    Q_OBJECT
public:
    explicit WorkerBoard(QWidget *parent = nullptr);

    void show(const QList<WorkerState> &workers);
    int barCount() const { return int(m_rows.size()); }
    // The text a bar shows now (for tests and accessibility).
    QString barText(int worker) const;
    int barValue(int worker) const;

private:
    struct Row
    {
        QLabel *name;
        QProgressBar *bar;
        TickerLabel *done;
        TickerLabel *number;
    };
    void resize(int count);
    // Under the bar of a worker without a job.
    static QString waitingText();
    static QString finishedText();
    static QString stoppedText();

    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<Row> m_rows;
};
