#pragma once

#include "timelinelanes.h"
#include "timescale.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QPainter;

// The run drawn against time, painted with QPainter: one lane per worker with its jobs as
// bars coloured by how they ended, the slices each worker really ran drawn solid inside them
// (paler where a coroutine waited for its turn), the running jobs growing live, a time axis
// and a legend. The Cores view shows the same slices per CPU instead. Wheel zooms around the
// cursor, drag pans, double-click fits; a click on a job selects it.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    enum class View { Workers, Cores };

    explicit TimelineView(QWidget *parent = nullptr);

    // A new run (or none): its store is followed from now on.
    void reset(std::shared_ptr<const RunStore> store);
    // Finished jobs taken in one turn of the event loop (a few milliseconds), so the spinner
    // never waits for the timeline: at most this many a refresh tick while the run goes on
    // (about 800,000 jobs a second), and a backlog left at its end over the turns after it.
    static constexpr qsizetype jobsPerTurn = 32768;

    // The refresh tick: takes what changed in the store; nowNs is the run's clock.
    void refresh(qint64 nowNs);
    // The run ended at nowNs: the last of it is taken (over the next turns when there is a lot
    // of it, then caughtUp()) and the whole run is shown.
    void finish(qint64 nowNs);
    // Takes every finished job now, whatever it costs: for a picture of the whole run.
    void catchUp();
    bool isCatchingUp() const { return m_lanes.backlog() > 0 || m_ending; }

    const TimelineLanes &lanes() const { return m_lanes; }
    View view() const { return m_view; }
    void setView(View view);
    const TimeScale &scale() const { return m_scale; }
    // Shows the whole run, and keeps showing it as it grows until the user zooms or pans.
    void fitAll();
    bool isFollowing() const { return m_follow; }
    void zoomAt(double factor, double x);
    void panBy(double dx);

    int selectedJob() const { return m_selected; }
    void setSelectedJob(int index);
    // The job under a point of the widget: its index, or -1.
    int jobAt(const QPoint &pos) const;
    // What the tooltip says at a point (empty over nothing).
    QString describeAt(const QPoint &pos) const;

    // Draws the whole picture at this size (the widget's own look: for export and benchmarks).
    void render(QPainter &painter, const QSize &size) const;
    // Writes the picture as PNG or SVG (by the extension); false with error set on failure.
    bool exportTo(const QString &path, QString *error);

Q_SIGNALS:
    void jobClicked(int index);
    void viewChanged(View view);
    // The last of an ended run was taken (finish()).
    void caughtUp();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry;
    Geometry geometryFor(const QSize &size) const;
    TimeScale scaleFor(const Geometry &g) const;
    // Paints a lane's background and label and leaves the painter in the plot, clipped to the
    // lane (restore() it after): returns the bars' top and height.
    std::pair<double, double> beginLane(QPainter &p, const Geometry &g, int lane) const;
    void paintWorkers(QPainter &p, const Geometry &g, const TimeScale &scale) const;
    void paintCores(QPainter &p, const Geometry &g, const TimeScale &scale) const;
    void paintAxis(QPainter &p, const Geometry &g, const TimeScale &scale) const;
    void paintLegend(QPainter &p, const Geometry &g) const;
    QColor colorOf(TimelineLanes::Kind kind) const;
    QColor workerColor(int worker) const;
    QString laneLabel(int lane) const;
    QString workerLabel(int lane) const;
    int laneAt(const Geometry &g, int y) const;
    void keepInRun();
    // Takes up to maxJobs finished jobs, then goes on in the next turn or ends the run.
    void take(qsizetype maxJobs);

    TimelineLanes m_lanes;
    QTimer m_takeMore;
    qint64 m_nowNs = 0;
    bool m_ending = false;
    TimeScale m_scale;
    View m_view = View::Workers;
    bool m_follow = true;
    int m_selected = -1;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
};
