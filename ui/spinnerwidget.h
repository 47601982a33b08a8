#pragma once

#include "framegapmeter.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class TickerLabel;

// The book's `\|/-` spinner, turned by the GUI event loop at 10 fps for as long as the
// widget lives, with the longest gap between two frames since restartMeasurement(): when
// anything blocks the event loop the spinner stops and the gap grows.
class SpinnerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SpinnerWidget(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const;
    void restartMeasurement();
    double longestGapMs() const { return m_meter.longestGapMs(); }
    int frames() const { return m_frame; }
    QChar currentFrame() const;

Q_SIGNALS:
    void frameDrawn(double gapMs);

protected:
    // Hidden, it measures nothing: another page's freeze is not this page's gap.
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void advance();
    void showGap();

    QTimer m_timer;
    FrameGapMeter m_meter;
    QLabel *m_glyph;
    QLabel *m_message;
    TickerLabel *m_gap;
    int m_frame = 0;
    bool m_resumeOnPaint = false; // shown, its glyph not yet painted
};
