#include "spinnerlabpage.h"

#include "coroutinesupervisor.h"
#include "millerrabin.h"
#include "processsupervisor.h"
#include "spinnerwidget.h"
#include "threadsupervisor.h"
#include "trialdivision.h"

#include <QButtonGroup>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr double freezeSeconds = 2.0; // long enough to notice, short enough to forgive

double divisionsPerSecond()
{
    static const double rate = [] {
        // A prime's check runs to the end: time a slice of known size.
        TrialDivision check(SlowCall::defaultNumber);
        QElapsedTimer timer;
        timer.start();
        const quint64 divisions = quint64(1) << 24;
        check.advance(divisions);
        return divisions / std::max(1e-6, timer.nsecsElapsed() / 1e9);
    }();
    return rate;
}
} // namespace

SpinnerLabPage::SpinnerLabPage(QWidget *parent)
    : QWidget(parent)
    , m_spinner(new SpinnerWidget(this))
    , m_sleep(new QRadioButton(tr("sleep for 3 seconds (the book's time.sleep(3))"), this))
    , m_prime(new QRadioButton(tr("check a big prime:"), this))
    , m_number(new QLineEdit(this))
    , m_numberError(new QLabel(this))
{
    m_lanes[0].supervisor = std::make_unique<ThreadSupervisor>();
    m_lanes[1].supervisor = std::make_unique<ProcessSupervisor>();
    m_lanes[2].supervisor = std::make_unique<CoroutineSupervisor>();

    auto *intro = new QLabel(
        tr("<b>Section 19.2: the spinner.</b> The spinner above is turned by the window's event "
           "loop at 10 frames a second. Each supervisor below starts <code>slow()</code> in a "
           "unit of its model and waits for its answer; if the spinner stops, the event loop was "
           "blocked. The longest gap between two frames tells by how much."),
        this);
    intro->setWordWrap(true);

    auto *spinnerFrame = new QFrame(this);
    spinnerFrame->setFrameShape(QFrame::StyledPanel);
    auto *spinnerLayout = new QHBoxLayout(spinnerFrame);
    spinnerLayout->addWidget(m_spinner);

    auto *slowBox = new QGroupBox(tr("slow()"), this);
    auto *slowLayout = new QGridLayout(slowBox);
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_sleep);
    choice->addButton(m_prime);
    m_sleep->setChecked(true);
    m_number->setText(QString::number(primeTaking(3.0)));
    m_number->setMinimumWidth(
        m_number->fontMetrics().horizontalAdvance(QStringLiteral("18446744073709551615")) + 16);
    m_number->setToolTip(
        tr("A whole number from 0 to 18446744073709551615; the default takes about 3 s here"));
    m_numberError->setStyleSheet(QStringLiteral("color: #c01c28;"));
    slowLayout->addWidget(m_sleep, 0, 0, 1, 3);
    slowLayout->addWidget(m_prime, 1, 0);
    slowLayout->addWidget(m_number, 1, 1);
    slowLayout->addWidget(m_numberError, 1, 2);
    slowLayout->setColumnStretch(2, 1);
    connect(m_number, &QLineEdit::textChanged, this, &SpinnerLabPage::updateInput);
    connect(m_prime, &QRadioButton::toggled, this, &SpinnerLabPage::updateInput);

    auto *lanes = new QHBoxLayout;
    lanes->addWidget(buildLane(Unit::Thread, tr("Thread"), QStringLiteral("spinner_thread.py")));
    lanes->addWidget(buildLane(Unit::Process, tr("Process"), QStringLiteral("spinner_proc.py")));
    lanes->addWidget(buildLane(Unit::Coroutine, tr("Coroutine"), QStringLiteral("spinner_async.py")));

    auto *note = new QLabel(
        tr("<b>Compare with the book.</b> In CPython a CPU-bound <code>is_prime</code> in a "
           "thread holds the GIL, so the spinner thread only runs when the interpreter switches "
           "(every 5 ms) and the work does not speed up; a process has its own interpreter. In "
           "C++ there is no GIL: the thread and the process both leave the spinner turning. The "
           "coroutine shares the window's only thread: it keeps the spinner alive only because it "
           "yields between slices."),
        this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(spinnerFrame);
    layout->addWidget(slowBox);
    layout->addLayout(lanes, 1);
    layout->addWidget(note);
    layout->addWidget(buildLesson());

    connect(m_spinner, &SpinnerWidget::frameDrawn, this, [this] {
        for (Lane &lane : m_lanes) {
            if (lane.supervisor->isRunning())
                lane.gap.frame();
        }
        if (m_lesson && m_lesson->isRunning())
            m_lessonGap.frame();
    });
    updateInput();
}

SpinnerLabPage::~SpinnerLabPage() = default;

QWidget *SpinnerLabPage::buildLane(Unit unit, const QString &title, const QString &book)
{
    Lane &lane = m_lanes[int(unit)];
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    auto *source = new QLabel(tr("as in %1").arg(book), box);
    source->setEnabled(false);
    lane.start = new QPushButton(tr("Start slow() in a %1").arg(title.toLower()), box);
    lane.log = new QLabel(box);
    lane.log->setWordWrap(true);
    lane.log->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    lane.log->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lane.log->setMinimumHeight(lane.log->fontMetrics().lineSpacing() * 5);
    layout->addWidget(source);
    layout->addWidget(lane.start);
    layout->addWidget(lane.log, 1);
    connect(lane.start, &QPushButton::clicked, this, [this, unit] { supervise(unit); });
    Supervisor *supervisor = lane.supervisor.get();
    connect(supervisor, &Supervisor::unitStarted, this, [this, unit](const QString &what) {
        appendLog(unit, tr("spinner object: the window's spinner; slow() runs in %1").arg(what));
        appendLog(unit, tr("spinning…"));
    });
    connect(supervisor, &Supervisor::finished, this, [this, unit](int answer, double seconds) {
        Lane &lane = m_lanes[int(unit)];
        lane.gap.frame();
        appendLog(unit,
                  tr("Answer: %1 (after %2 s; longest frame gap %3 ms)")
                      .arg(answer)
                      .arg(seconds, 0, 'f', 2)
                      .arg(qRound(lane.gap.longestGapMs())));
        lane.start->setEnabled(true);
        Q_EMIT superviseFinished(unit, answer);
    });
    connect(supervisor, &Supervisor::failed, this, [this, unit](const QString &message) {
        appendLog(unit, tr("failed: %1").arg(message));
        m_lanes[int(unit)].start->setEnabled(true);
        Q_EMIT superviseFinished(unit, 0);
    });
    return box;
}

QWidget *SpinnerLabPage::buildLesson()
{
    auto *box = new QGroupBox(tr("A coroutine that never yields (spinner_prime_async_broken.py) and the fix "
                                 "(spinner_prime_async_nap.py)"),
                              this);
    auto *layout = new QGridLayout(box);
    auto *warning
        = new QLabel(tr("⚠ <b>Freeze</b> runs is_prime on the window's own thread without ever yielding: "
                        "the whole window, this spinner included, stops for about %1 seconds, then comes "
                        "back and shows the measured freeze.")
                         .arg(freezeSeconds),
                     box);
    warning->setWordWrap(true);
    m_freeze = new QPushButton(tr("Freeze the window for ~%1 s").arg(freezeSeconds), box);
    m_nap = new QPushButton(tr("Same check, napping"), box);
    m_napExponent = new QSpinBox(box);
    m_napExponent->setRange(8, 30);
    m_napExponent->setValue(16);
    m_napExponent->setPrefix(tr("yield every 2^"));
    m_napExponent->setSuffix(tr(" divisions"));
    m_napExponent->setToolTip(
        tr("K: divisions between two yields to the event loop. Small K: a live window and "
           "more overhead; large K: long freezes."));
    m_lessonResult = new QLabel(tr("Nothing measured yet."), box);
    m_lessonResult->setWordWrap(true);
    m_lessonResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(warning, 0, 0, 1, 4);
    layout->addWidget(m_freeze, 1, 0);
    layout->addWidget(m_nap, 1, 1);
    layout->addWidget(m_napExponent, 1, 2);
    layout->addWidget(m_lessonResult, 2, 0, 1, 4);
    layout->setColumnStretch(3, 1);
    connect(m_freeze, &QPushButton::clicked, this, [this] { runLesson(primeTaking(freezeSeconds), 0); });
    connect(m_nap, &QPushButton::clicked, this,
            [this] { runLesson(primeTaking(freezeSeconds), quint64(1) << m_napExponent->value()); });
    return box;
}

std::optional<SlowCall> SpinnerLabPage::slowCall() const
{
    if (m_sleep->isChecked())
        return SlowCall { SlowCall::Kind::Sleep, 3000, SlowCall::defaultNumber };
    QString error;
    return SlowCall::fromText(QStringLiteral("prime"), m_number->text().trimmed(), &error);
}

void SpinnerLabPage::setSleep(int ms)
{
    m_sleep->setChecked(true);
    m_sleep->setProperty("sleepMs", ms);
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
        lane.start->setEnabled(ok && !lane.supervisor->isRunning());
}

bool SpinnerLabPage::supervise(Unit unit)
{
    Lane &lane = m_lanes[int(unit)];
    std::optional<SlowCall> call = slowCall();
    if (!call || lane.supervisor->isRunning())
        return false;
    if (const int ms = m_sleep->property("sleepMs").toInt(); ms > 0 && call->kind == SlowCall::Kind::Sleep)
        call->sleepMs = ms;
    lane.lines.clear();
    lane.gap.restart();
    lane.gap.frame();
    lane.start->setEnabled(false);
    appendLog(unit, tr("supervisor: calling %1").arg(call->describe()));
    lane.supervisor->start(*call);
    return true;
}

bool SpinnerLabPage::runLesson(quint64 number, quint64 yieldEvery)
{
    if (m_lesson && m_lesson->isRunning())
        return false;
    auto supervisor = std::make_unique<CoroutineSupervisor>();
    supervisor->setYieldEvery(yieldEvery);
    connect(supervisor.get(), &Supervisor::finished, this, [this, yieldEvery, number](int, double seconds) {
        m_lessonGap.frame();
        const double gap = m_lessonGap.longestGapMs();
        const double plain = TrialDivision::divisionsFor(number) / divisionsPerSecond();
        if (yieldEvery == 0) {
            m_lastFreezeMs = gap;
            m_lessonResult->setText(
                tr("Blocked: is_prime(%1) took %2 s and the window froze for %3 ms — no frame, "
                   "no click, no repaint in between.")
                    .arg(number)
                    .arg(seconds, 0, 'f', 2)
                    .arg(qRound(gap)));
        } else {
            m_lessonResult->setText(
                tr("Napping every %1 divisions: is_prime(%2) took %3 s, %4% slower than without "
                   "naps, and the longest frame gap was %5 ms.")
                    .arg(yieldEvery)
                    .arg(number)
                    .arg(seconds, 0, 'f', 2)
                    .arg(std::max(0.0, (seconds / plain - 1) * 100), 0, 'f', 1)
                    .arg(qRound(gap)));
        }
        m_freeze->setEnabled(true);
        m_nap->setEnabled(true);
        Q_EMIT lessonFinished(seconds, gap);
    });
    m_lesson = std::move(supervisor);
    m_freeze->setEnabled(false);
    m_nap->setEnabled(false);
    m_lessonResult->setText(yieldEvery == 0 ? tr("Frozen…") : tr("Napping…"));
    m_lessonResult->repaint(); // the last paint before a freeze
    m_lessonGap.restart();
    m_lessonGap.frame();
    m_lesson->start({ SlowCall::Kind::Prime, 0, number });
    return true;
}

bool SpinnerLabPage::isBusy() const
{
    for (const Lane &lane : m_lanes) {
        if (lane.supervisor->isRunning())
            return true;
    }
    return m_lesson && m_lesson->isRunning();
}

quint64 SpinnerLabPage::primeTaking(double seconds)
{
    // Trial division of a prime n costs about sqrt(n)/2 divisions.
    const double root = 2.0 * seconds * divisionsPerSecond();
    const double n = root * root;
    if (n >= 1.8e19)
        return SlowCall::defaultNumber;
    // A prime, so the check runs the whole way; Miller-Rabin finds it at once.
    quint64 candidate = std::max<quint64>(3, quint64(n) | 1);
    while (!MillerRabin::isPrime(candidate))
        candidate += 2;
    return candidate;
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
    Lane &lane = m_lanes[int(unit)];
    lane.lines.append(line);
    lane.log->setText(lane.lines.join(QLatin1Char('\n')));
}
