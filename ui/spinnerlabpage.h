#pragma once

#include "framegapmeter.h"
#include "napestimate.h"
#include "slowcall.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class CopyableTableView;
class CpuSampler;
class CoroutineSupervisor;
class NapSweepPanel;
class SpinnerWidget;
class Supervisor;
class YieldLessonModel;

// The chapter's "Hello World" of concurrency: one spinner, slow() supervised three ways,
// then what a coroutine that never yields does to the event loop, and the fix.
class SpinnerLabPage : public QWidget
{
    Q_OBJECT
public:
    enum class Unit { Thread, Process, Coroutine };

    explicit SpinnerLabPage(QWidget *parent = nullptr);
    ~SpinnerLabPage() override;

    // What slow() is now, or nothing while the number field is wrong.
    std::optional<SlowCall> slowCall() const;
    void setSleep(int ms);
    void setPrime(quint64 number);

    // Starts slow() under one supervisor; false while that one or the nap sweep is busy, or the
    // input is bad.
    bool supervise(Unit unit);
    // The blocking lesson: is_prime(number) in a coroutine that never yields (0) or naps
    // every yieldEvery divisions. No confirmation is asked here (the Freeze button asks).
    // Returns false while another lesson runs.
    bool runLesson(quint64 number, quint64 yieldEvery);
    // Stops a napping lesson at its next yield (Stop, or Esc on this page); no row is added.
    // False when none runs.
    bool stopLesson();
    bool isBusy() const;
    bool isLessonRunning() const;
    // The running lesson's progress, 0..1 (of the last one when none runs).
    double lessonProgress() const;
    // What the nap lesson with the chosen K is expected to take, shown before it starts.
    QString napEstimate() const;

    // The lines a supervisor printed for its last call, as in the book's terminal.
    QString log(Unit unit) const;
    QString lessonResult() const;
    // One row per lesson run: coroutine, slice, time, time against no naps, longest gap of
    // the event loop, longest gap between spinner frames.
    QAbstractItemModel *measurements() const;
    SpinnerWidget *spinner() const { return m_spinner; }
    // The nap sweep (K from 2^6 to 2^26 against the event loop's longest wait), on its tab.
    NapSweepPanel *napSweep() const { return m_sweep; }
    void showNapSweep();

Q_SIGNALS:
    void superviseFinished(SpinnerLabPage::Unit unit, int answer);
    // loopGapMs: the longest time the event loop went without handling its 5 ms pulse, the
    // finer measure of a freeze than the spinner's 100 ms frames.
    void lessonFinished(double seconds, double loopGapMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Lane
    {
        std::unique_ptr<Supervisor> supervisor;
        QPushButton *start = nullptr;
        QLabel *log = nullptr;
        FrameGapMeter gap;
        QStringList lines;
    };
    QWidget *buildLane(Unit unit, const QString &title, const QString &book);
    QWidget *buildLesson();
    void confirmFreeze();
    void finishLesson(quint64 number, quint64 yieldEvery, double seconds);
    void showLessonProgress();
    void appendLog(Unit unit, const QString &line);
    void showLog(Unit unit);
    void updateInput();
    void updateSliceHint();
    // The lesson, the sweep and the supervisors each disturb the others' timings: one at a time.
    void updateLessonButtons();
    // K, the divisions between two yields chosen for Nap.
    quint64 napEvery() const;

    SpinnerWidget *m_spinner;
    QRadioButton *m_sleep;
    QRadioButton *m_prime;
    QLineEdit *m_number;
    QLabel *m_numberError;
    Lane m_lanes[3];
    std::unique_ptr<CoroutineSupervisor> m_lesson;
    FrameGapMeter m_lessonGap;
    FrameGapMeter m_loopGap;
    QTimer m_pulse;
    QElapsedTimer m_lessonClock;
    CpuSampler *m_cpu; // how busy the machine was during a lesson
    QPushButton *m_freeze = nullptr;
    QPushButton *m_nap = nullptr;
    QPushButton *m_stopLesson = nullptr;
    QSpinBox *m_napExponent = nullptr;
    QLabel *m_sliceHint = nullptr;
    QLabel *m_lessonResult = nullptr;
    YieldLessonModel *m_lessons = nullptr;
    QTabWidget *m_lessonTabs = nullptr;
    NapSweepPanel *m_sweep = nullptr;
    CopyableTableView *m_measurements = nullptr;
    double m_yieldSeconds = NapEstimate::assumedYieldSeconds; // measured by the last nap
    bool m_yieldMeasured = false;
    bool m_rateTimed = false; // the division rate's timing was started
    int m_sleepMs = SlowCall().sleepMs; // the book's time.sleep(3); shorter in tests
};
