#pragma once

#include "framegapmeter.h"
#include "slowcall.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class SpinnerWidget;
class Supervisor;

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

    // Starts slow() under one supervisor; false while that one is busy or the input is bad.
    bool supervise(Unit unit);
    // The blocking lesson: is_prime(number) in a coroutine that never yields (0) or naps
    // every yieldEvery divisions. Returns false while another lesson runs.
    bool runLesson(quint64 number, quint64 yieldEvery);
    bool isBusy() const;

    // The number whose check takes about this long here (measured once, then computed).
    static quint64 primeTaking(double seconds);

    QString log(Unit unit) const;
    QString lessonResult() const;
    double lastFreezeMs() const { return m_lastFreezeMs; }
    SpinnerWidget *spinner() const { return m_spinner; }

Q_SIGNALS:
    void superviseFinished(Unit unit, int answer);
    void lessonFinished(double seconds, double longestGapMs);

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
    void appendLog(Unit unit, const QString &line);
    void updateInput();

    SpinnerWidget *m_spinner;
    QRadioButton *m_sleep;
    QRadioButton *m_prime;
    QLineEdit *m_number;
    QLabel *m_numberError;
    Lane m_lanes[3];
    std::unique_ptr<Supervisor> m_lesson;
    FrameGapMeter m_lessonGap;
    QPushButton *m_freeze = nullptr;
    QPushButton *m_nap = nullptr;
    QSpinBox *m_napExponent = nullptr;
    QLabel *m_lessonResult = nullptr;
    double m_lastFreezeMs = 0;
    double m_plainSeconds = 0;
};
