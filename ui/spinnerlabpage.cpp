#include "spinnerlabpage.h"

#include "statuscolors.h"

#include "copyabletableview.h"
#include "coroutinesupervisor.h"
#include "cpusampler.h"
#include "divisionrate.h"
#include "napsweeppanel.h"
#include "processsupervisor.h"
#include "spinnerwidget.h"
#include "threadsupervisor.h"
#include "trialdivision.h"
#include "yieldlessonmodel.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr double freezeSeconds = 2.0; // long enough to notice, short enough to forgive
} // namespace

SpinnerLabPage::SpinnerLabPage(QWidget *parent)
    : QWidget(parent)
    , m_spinner(new SpinnerWidget(this))
    , m_sleep(new QRadioButton(tr("sleep for 3 s, the book's time.sleep(3)"), this))
    , m_prime(new QRadioButton(tr("is_prime(n), CPU-bound:"), this))
    , m_number(new QLineEdit(this))
    , m_numberError(new QLabel(this))
    , m_cpu(new CpuSampler(this))
{
    m_lanes[int(Unit::Thread)].supervisor = std::make_unique<ThreadSupervisor>();
    m_lanes[int(Unit::Process)].supervisor = std::make_unique<ProcessSupervisor>();
    m_lanes[int(Unit::Coroutine)].supervisor = std::make_unique<CoroutineSupervisor>();

    auto *intro = new QLabel(
        tr("<b>Section 19.2, the spinner.</b> The spinner is turned by the window's event loop at "
           "10 frames a second. Each supervisor starts <code>slow()</code> in a unit of its model and "
           "waits for the answer. If the spinner stops, the event loop was blocked: the longest gap "
           "between two frames tells for how long."),
        this);
    intro->setWordWrap(true);

    auto *spinnerFrame = new QGroupBox(tr("The spinner, turned by the event loop"), this);
    auto *spinnerLayout = new QHBoxLayout(spinnerFrame);
    spinnerLayout->addWidget(m_spinner);

    auto *slowBox = new QGroupBox(tr("slow()"), this);
    auto *slowLayout = new QGridLayout(slowBox);
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_sleep);
    choice->addButton(m_prime);
    m_sleep->setChecked(true);
    m_sleep->setToolTip(tr("slow() waits without computing: the unit holds no core"));
    m_prime->setToolTip(tr("slow() checks the number by trial division: the unit keeps a core busy"));
    m_number->setPlaceholderText(tr("timing this machine…"));
    m_number->setMinimumWidth(
        m_number->fontMetrics().horizontalAdvance(QStringLiteral("18446744073709551615")) + 16);
    m_number->setToolTip(tr("A whole number from 0 to 18446744073709551615. The default is a prime whose "
                            "check takes about 3 s on this machine."));
    QPalette errorPalette = m_numberError->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColors::error(errorPalette));
    m_numberError->setPalette(errorPalette);
    m_numberError->setWordWrap(true);
    slowLayout->addWidget(m_sleep, 0, 0, 1, 3);
    slowLayout->addWidget(m_prime, 1, 0);
    slowLayout->addWidget(m_number, 1, 1);
    slowLayout->addWidget(m_numberError, 2, 0, 1, 3);
    slowLayout->setColumnStretch(2, 1);
    connect(m_number, &QLineEdit::textChanged, this, &SpinnerLabPage::updateInput);
    connect(m_prime, &QRadioButton::toggled, this, &SpinnerLabPage::updateInput);

    auto *top = new QHBoxLayout;
    top->addWidget(spinnerFrame, 1);
    top->addWidget(slowBox, 1);

    auto *lanes = new QHBoxLayout;
    lanes->addWidget(buildLane(Unit::Thread, tr("Thread"), QStringLiteral("spinner_thread.py")));
    lanes->addWidget(buildLane(Unit::Process, tr("Process"), QStringLiteral("spinner_proc.py")));
    lanes->addWidget(buildLane(Unit::Coroutine, tr("Coroutine"), QStringLiteral("spinner_async.py")));

    auto *note = new QLabel(
        tr("<b>Compare with the book.</b> In CPython a CPU-bound <code>is_prime</code> in a thread "
           "still lets the spinner turn: the interpreter makes the computing thread give up the GIL "
           "every 5 ms and the spinner needs little, but two threads never compute at once. A process "
           "has its own interpreter and GIL. In C++ there is no GIL: <code>slow()</code> in a thread "
           "or a process computes on another core and the spinner never misses a frame. The coroutine "
           "shares the event loop's only thread, as in asyncio: it keeps the spinner alive only "
           "because it yields between slices, as the lesson below measures."),
        this);
    note->setWordWrap(true);

    // The page scrolls rather than cut its text when the window is small.
    auto *content = new QWidget;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addLayout(lanes);
    layout->addWidget(note);
    m_lessonTabs = new QTabWidget(content);
    m_lessonTabs->addTab(buildLesson(), tr("Nap lesson"));
    m_sweep = new NapSweepPanel(m_lessonTabs);
    m_lessonTabs->addTab(m_sweep, tr("Nap sweep"));
    layout->addWidget(m_lessonTabs, 1);
    scroll->setWidget(content);
    connect(m_sweep, &NapSweepPanel::runningChanged, this, [this](bool running) {
        if (running)
            m_spinner->restartMeasurement(); // the sweep's waits, not an earlier freeze
        updateInput();
    });

    m_pulse.setTimerType(Qt::PreciseTimer);
    m_pulse.setInterval(YieldLesson::pulseMs);
    connect(&m_pulse, &QTimer::timeout, this, [this] { m_loopGap.frame(); });
    connect(m_spinner, &SpinnerWidget::frameDrawn, this, [this] {
        for (int unit = 0; unit < 3; ++unit) {
            if (m_lanes[unit].supervisor->isRunning()) {
                m_lanes[unit].gap.frame();
                showLog(Unit(unit));
            }
        }
        if (isLessonRunning()) {
            m_lessonGap.frame();
            showLessonProgress();
        }
    });
    // Esc here stops the lesson; the shortcut lives only while this page is shown.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    escape->setWhatsThis(tr("Stop the napping coroutine of the lesson, or the nap sweep"));
    connect(escape, &QShortcut::activated, this, [this] {
        if (!stopLesson())
            m_sweep->stop();
    });
    updateInput();
}

void SpinnerLabPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_rateTimed)
        return;
    // Timing this machine's division rate keeps a core busy for tens of milliseconds: when
    // the page is first shown and beside its first frames, not while the window starts (a
    // run started from the command line would share its cores with it, and read it low).
    // Whatever the user typed meanwhile stays.
    m_rateTimed = true;
    auto *rate = new QFutureWatcher<double>(this);
    connect(rate, &QFutureWatcherBase::finished, this, [this, rate] {
        if (m_number->text().isEmpty())
            m_number->setText(QString::number(DivisionRate::primeTaking(m_sleepMs / 1000.0)));
        updateSliceHint();
        if (!m_sweep->isRunning())
            m_sweep->showEstimate();
        rate->deleteLater();
    });
    rate->setFuture(DivisionRate::timed());
}

SpinnerLabPage::~SpinnerLabPage() = default;

QWidget *SpinnerLabPage::buildLane(Unit unit, const QString &title, const QString &book)
{
    Lane &lane = m_lanes[int(unit)];
    auto *box = new QGroupBox(tr("%1 (as in %2)").arg(title, book), this);
    auto *layout = new QVBoxLayout(box);
    lane.start = new QPushButton(tr("Start slow() in a %1").arg(title.toLower()), box);
    lane.start->setToolTip(tr("Call slow() in a new %1 while the spinner turns; the box below logs what "
                              "the supervisor does")
                               .arg(title.toLower()));
    // Looks like the terminal the book's program prints to.
    lane.log = new QLabel(box);
    lane.log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    lane.log->setFrameShape(QFrame::StyledPanel);
    lane.log->setBackgroundRole(QPalette::Base);
    lane.log->setAutoFillBackground(true);
    lane.log->setWordWrap(true);
    lane.log->setMargin(4);
    lane.log->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    lane.log->setTextFormat(Qt::PlainText);
    lane.log->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lane.log->setMinimumHeight(lane.log->fontMetrics().lineSpacing() * 6 + 10);
    lane.log->setText(tr("Start it: the supervisor's steps appear here as the book prints them."));
    layout->addWidget(lane.start);
    layout->addWidget(lane.log, 1);
    connect(lane.start, &QPushButton::clicked, this, [this, unit] { supervise(unit); });
    Supervisor *supervisor = lane.supervisor.get();
    connect(supervisor, &Supervisor::unitStarted, this,
            [this, unit](const QString &what) { appendLog(unit, tr("slow() runs in %1").arg(what)); });
    connect(supervisor, &Supervisor::finished, this, [this, unit](int answer, double seconds) {
        Lane &lane = m_lanes[int(unit)];
        lane.gap.frame();
        appendLog(unit, tr("Answer: %1").arg(answer));
        appendLog(unit,
                  tr("after %1 s; longest frame gap %2 ms")
                      .arg(seconds, 0, 'f', 2)
                      .arg(qRound(lane.gap.longestGapMs())));
        updateInput();
        Q_EMIT superviseFinished(unit, answer);
    });
    connect(supervisor, &Supervisor::failed, this, [this, unit](const QString &message) {
        appendLog(unit, tr("failed: %1").arg(message));
        updateInput();
        Q_EMIT superviseFinished(unit, 0);
    });
    return box;
}

QWidget *SpinnerLabPage::buildLesson()
{
    auto *box = new QGroupBox(tr("A coroutine that never yields (spinner_prime_async_broken.py) and the fix "
                                 "(spinner_prime_async_nap.py)"),
                              this);
    auto *warning
        = new QLabel(tr("⚠ <b>Freeze</b> runs <code>is_prime</code> on the window's own thread without ever "
                        "yielding: the whole window, spinner included, stops responding for about %1 s, then "
                        "comes back with the measured freeze. <b>Nap</b> runs the same check yielding to the "
                        "event loop every K divisions.")
                         .arg(freezeSeconds),
                     box);
    warning->setWordWrap(true);
    m_freeze = new QPushButton(tr("Freeze the window for ~%1 s…").arg(freezeSeconds), box);
    m_nap = new QPushButton(tr("Nap every K divisions"), box);
    m_stopLesson = new QPushButton(tr("Stop (Esc)"), box);
    m_freeze->setToolTip(tr("Check a prime on the window's own thread without yielding: the window "
                            "freezes (you are asked first)"));
    m_nap->setToolTip(tr("The same check, yielding to the event loop every K divisions; Esc stops it"));
    m_stopLesson->setEnabled(false);
    m_stopLesson->setToolTip(tr("Stop the napping coroutine at its next yield"));
    m_napExponent = new QSpinBox(box);
    // Up to slices of a few hundred ms: larger ones would be a freeze without the warning.
    m_napExponent->setRange(6, 26);
    m_napExponent->setValue(16);
    m_napExponent->setPrefix(tr("K = 2^"));
    m_napExponent->setToolTip(tr("K: divisions between two yields to the event loop. A small K keeps the "
                                 "window live and costs more yields; a large K leaves longer gaps."));
    m_sliceHint = new QLabel(box);
    m_sliceHint->setWordWrap(true);
    m_lessonResult = new QLabel(tr("Nothing measured yet."), box);
    m_lessonResult->setWordWrap(true);
    m_lessonResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lessons = new YieldLessonModel(this);
    m_measurements = new CopyableTableView(box);
    m_measurements->setModel(m_lessons);
    m_measurements->horizontalHeader()->setSectionResizeMode(YieldLessonModel::Coroutine,
                                                             QHeaderView::Stretch);
    m_measurements->fitColumnsToContents();
    m_measurements->setMinimumHeight(m_measurements->fontMetrics().lineSpacing() * 6);
    m_measurements->setAccessibleName(tr("Lesson runs"));
    connect(m_lessons, &QAbstractItemModel::rowsInserted, m_measurements,
            [this](const QModelIndex &, int row) {
                m_measurements->fitColumnsToContents();
                m_measurements->scrollTo(m_lessons->index(row, 0));
            });

    auto *controls = new QGridLayout;
    controls->addWidget(warning, 0, 0, 1, 3);
    controls->addWidget(m_freeze, 1, 0);
    controls->addWidget(m_nap, 2, 0);
    controls->addWidget(m_napExponent, 2, 1);
    controls->addWidget(m_sliceHint, 2, 2);
    controls->addWidget(m_stopLesson, 1, 1);
    controls->addWidget(m_lessonResult, 3, 0, 1, 3);
    controls->setColumnStretch(2, 1);
    controls->setRowStretch(4, 1);

    auto *layout = new QHBoxLayout(box);
    layout->addLayout(controls, 1);
    layout->addWidget(m_measurements, 1);

    connect(m_freeze, &QPushButton::clicked, this, &SpinnerLabPage::confirmFreeze);
    connect(m_nap, &QPushButton::clicked, this,
            [this] { runLesson(DivisionRate::primeTaking(freezeSeconds), napEvery()); });
    connect(m_stopLesson, &QPushButton::clicked, this, &SpinnerLabPage::stopLesson);
    connect(m_napExponent, &QSpinBox::valueChanged, this, &SpinnerLabPage::updateSliceHint);
    updateSliceHint();
    return box;
}

void SpinnerLabPage::confirmFreeze()
{
    QMessageBox ask(QMessageBox::Warning, tr("Freeze the window?"),
                    tr("A coroutine will check a prime on the window's thread without ever yielding. "
                       "For about %1 s the window will not redraw or respond to anything; it comes "
                       "back by itself.")
                        .arg(freezeSeconds),
                    QMessageBox::Cancel, this);
    QPushButton *go = ask.addButton(tr("Freeze for ~%1 s").arg(freezeSeconds), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() == go)
        runLesson(DivisionRate::primeTaking(freezeSeconds), 0);
}

void SpinnerLabPage::updateSliceHint()
{
    const quint64 divisions = napEvery();
    if (!DivisionRate::isKnown()) {
        // Asking now would wait for the timing on the window's thread; the hint follows it.
        m_sliceHint->setText(tr("= %L1 divisions; timing this machine…").arg(divisions));
        return;
    }
    m_sliceHint->setText(tr("= %L1 divisions, ≈ %2 ms a slice; %3")
                             .arg(divisions)
                             .arg(DivisionRate::secondsFor(divisions) * 1e3, 0, 'g', 2)
                             .arg(napEstimate()));
}

QString SpinnerLabPage::napEstimate() const
{
    const NapEstimate estimate { DivisionRate::primeTaking(freezeSeconds), napEvery(), m_yieldSeconds };
    return tr("the lesson takes ≈ %1 s (%L2 yields at %3 µs each, %4)")
        .arg(estimate.seconds(), 0, 'f', 1)
        .arg(estimate.yields())
        .arg(m_yieldSeconds * 1e6, 0, 'g', 2)
        .arg(m_yieldMeasured ? tr("measured by the last nap") : tr("assumed until a nap measures it"));
}

quint64 SpinnerLabPage::napEvery() const
{
    return quint64(1) << m_napExponent->value();
}

std::optional<SlowCall> SpinnerLabPage::slowCall() const
{
    if (m_sleep->isChecked())
        return SlowCall { SlowCall::Kind::Sleep, m_sleepMs, SlowCall::defaultNumber };
    QString error;
    return SlowCall::fromText(QStringLiteral("prime"), m_number->text().trimmed(), &error);
}

void SpinnerLabPage::setSleep(int ms)
{
    m_sleep->setChecked(true);
    m_sleepMs = ms;
}

void SpinnerLabPage::setPrime(quint64 number)
{
    m_number->setText(QString::number(number));
    m_prime->setChecked(true);
}

void SpinnerLabPage::updateInput()
{
    QString error;
    const bool ok = !m_prime->isChecked()
        || SlowCall::fromText(QStringLiteral("prime"), m_number->text().trimmed(), &error);
    m_numberError->setText(ok ? QString() : error.section(QLatin1String(": "), 1));
    m_number->setEnabled(m_prime->isChecked());
    for (Lane &lane : m_lanes)
        lane.start->setEnabled(ok && !lane.supervisor->isRunning() && !m_sweep->isRunning());
    updateLessonButtons();
}

void SpinnerLabPage::updateLessonButtons()
{
    bool lanesBusy = false;
    for (const Lane &lane : m_lanes)
        lanesBusy = lanesBusy || lane.supervisor->isRunning();
    const bool lessonFree = !isLessonRunning() && !m_sweep->isRunning();
    m_freeze->setEnabled(lessonFree);
    m_nap->setEnabled(lessonFree);
    m_stopLesson->setEnabled(isLessonRunning()
                             && m_lesson->yieldEvery() > 0); // a frozen window takes no click
    m_sweep->setStartable(!isLessonRunning() && !lanesBusy);
}

void SpinnerLabPage::showNapSweep()
{
    m_lessonTabs->setCurrentWidget(m_sweep);
}

bool SpinnerLabPage::supervise(Unit unit)
{
    Lane &lane = m_lanes[int(unit)];
    const std::optional<SlowCall> call = slowCall();
    if (!call || lane.supervisor->isRunning() || m_sweep->isRunning())
        return false;
    lane.lines.clear();
    lane.gap.restart();
    lane.gap.frame();
    m_spinner->restartMeasurement();
    lane.start->setEnabled(false);
    appendLog(unit, tr("supervisor: calling %1").arg(call->describe()));
    lane.supervisor->start(*call);
    showLog(unit);
    updateLessonButtons();
    return true;
}

bool SpinnerLabPage::runLesson(quint64 number, quint64 yieldEvery)
{
    if (isLessonRunning() || m_sweep->isRunning())
        return false;
    m_spinner->restartMeasurement();
    auto supervisor = std::make_unique<CoroutineSupervisor>();
    supervisor->setYieldEvery(yieldEvery);
    connect(supervisor.get(), &Supervisor::finished, this,
            [this, yieldEvery, number](int, double seconds) { finishLesson(number, yieldEvery, seconds); });
    m_lesson = std::move(supervisor);
    m_lessonResult->setText(yieldEvery == 0 ? tr("Frozen…") : tr("Napping…"));
    m_lessonResult->repaint(); // the last paint before a freeze
    m_lessonGap.restart();
    m_lessonGap.frame();
    m_loopGap.restart();
    m_loopGap.frame();
    m_pulse.start();
    m_lessonClock.start();
    m_cpu->sampleNow();
    m_lesson->start({ SlowCall::Kind::Prime, 0, number });
    updateLessonButtons();
    return true;
}

void SpinnerLabPage::finishLesson(quint64 number, quint64 yieldEvery, double seconds)
{
    m_pulse.stop();
    m_lessonGap.frame();
    m_loopGap.frame();
    YieldLesson run;
    run.number = number;
    run.yieldEvery = yieldEvery;
    run.seconds = seconds;
    run.sliceMs = DivisionRate::secondsFor(yieldEvery) * 1e3;
    run.loopGapMs = m_loopGap.longestGapMs();
    run.frameGapMs = m_lessonGap.longestGapMs();
    if (m_cpu->sampleNow())
        run.otherCores = m_cpu->usage().otherCores();
    const YieldLesson &lesson
        = m_lessons->add(run, DivisionRate::secondsFor(TrialDivision::divisionsFor(number)));
    const double gap = lesson.loopGapMs;
    if (!lesson.neverYields()) {
        const NapEstimate estimate { number, yieldEvery };
        if (const double measured
            = NapEstimate::measuredYieldSeconds(estimate.yields(), seconds, lesson.plainSeconds);
            measured > 0) {
            m_yieldSeconds = measured;
            m_yieldMeasured = true;
            m_sweep->setYieldSeconds(measured, true);
            updateSliceHint();
        }
    }
    if (lesson.neverYields()) {
        m_lessonResult->setText(tr("Blocked: is_prime(%1) took %2 s and the window froze for %3 ms: no "
                                   "frame, no click, no repaint in between.")
                                    .arg(number)
                                    .arg(seconds, 0, 'f', 2)
                                    .arg(qRound(gap)));
        if (const QString why = YieldLessonModel::doubt(lesson); !why.isEmpty())
            m_lessonResult->setText(m_lessonResult->text() + QLatin1Char(' ') + tr("⚠ %1").arg(why));
    } else {
        m_lessonResult->setText(
            tr("Napping every %L1 divisions (≈ %2 ms a slice): is_prime(%3) took %4 s, ×%5 the time "
               "without naps (%6); the event loop never waited more than %7 ms.")
                .arg(yieldEvery)
                .arg(lesson.sliceMs, 0, 'g', 2)
                .arg(number)
                .arg(seconds, 0, 'f', 2)
                .arg(lesson.slowdown(), 0, 'f', 3)
                .arg(lesson.plainMeasured ? tr("measured by Freeze") : tr("estimated; Freeze measures it"))
                .arg(qRound(gap)));
    }
    updateLessonButtons();
    Q_EMIT lessonFinished(seconds, gap);
}

bool SpinnerLabPage::stopLesson()
{
    if (!isLessonRunning() || m_lesson->yieldEvery() == 0)
        return false;
    m_lesson->stop();
    m_pulse.stop();
    m_lessonResult->setText(tr("Stopped at %1% after %2 s: nothing measured, no row added.")
                                .arg(qRound(m_lesson->progress() * 100))
                                .arg(m_lessonClock.nsecsElapsed() / 1e9, 0, 'f', 1));
    updateLessonButtons();
    return true;
}

void SpinnerLabPage::showLessonProgress()
{
    if (m_lesson->yieldEvery() == 0)
        return;
    const double done = m_lesson->progress();
    const double elapsed = m_lessonClock.nsecsElapsed() / 1e9;
    const QString left = NapEstimate::timeLeft(elapsed, done);
    m_lessonResult->setText(tr("Napping… %1% after %2 s, %3. Esc stops it.")
                                .arg(qRound(done * 100))
                                .arg(elapsed, 0, 'f', 1)
                                .arg(left));
}

bool SpinnerLabPage::isLessonRunning() const
{
    return m_lesson && m_lesson->isRunning();
}

double SpinnerLabPage::lessonProgress() const
{
    return m_lesson ? m_lesson->progress() : 0;
}

QAbstractItemModel *SpinnerLabPage::measurements() const
{
    return m_lessons;
}

bool SpinnerLabPage::isBusy() const
{
    for (const Lane &lane : m_lanes) {
        if (lane.supervisor->isRunning())
            return true;
    }
    return isLessonRunning() || m_sweep->isRunning();
}

QString SpinnerLabPage::log(Unit unit) const
{
    return m_lanes[int(unit)].lines.join(QLatin1Char('\n'));
}

QString SpinnerLabPage::lessonResult() const
{
    return m_lessonResult->text();
}

void SpinnerLabPage::appendLog(Unit unit, const QString &line)
{
    m_lanes[int(unit)].lines.append(line);
    showLog(unit);
}

void SpinnerLabPage::showLog(Unit unit)
{
    Lane &lane = m_lanes[int(unit)];
    QStringList shown = lane.lines;
    // While slow() runs, the spinner's line as the terminal would show it.
    if (lane.supervisor->isRunning())
        shown.append(m_spinner->currentFrame() + QLatin1Char(' ') + m_spinner->message());
    lane.log->setText(shown.join(QLatin1Char('\n')));
}
