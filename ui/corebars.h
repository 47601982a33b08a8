#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

// One bar per CPU core with its real load, so the user sees threads and processes light
// up every core while one-thread coroutines light up one.
class CoreBars : public QWidget
{
    Q_OBJECT
public:
    explicit CoreBars(QWidget *parent = nullptr);

    // Loads from 0 to 1, one per core.
    void setLoads(const QList<double> &loads);
    void setUnavailable(const QString &why);
    int barCount() const { return int(m_bars.size()); }
    int barValue(int core) const;

private:
    QGridLayout *m_grid;
    QLabel *m_note;
    QList<QProgressBar *> m_bars;
    QList<QLabel *> m_labels;
};
