#include "helpdialog.h"

#include "napsweep.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
QString section(const QString &title, const QString &text)
{
    return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), text);
}

QString keysOf(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts << key.toString(QKeySequence::NativeText).toHtmlEscaped();
    }
    return texts.join(QStringLiteral(", "));
}

QString row(const QString &keys, const QString &what)
{
    return QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(keys, what);
}

// A menu item's words as a sentence: no mnemonic, no "…".
QString actionName(const QAction *action)
{
    QString text = action->text();
    // "导出结果(&E)…": a translation puts its mnemonic in brackets after the words.
    text.remove(QRegularExpression(QStringLiteral("\\(&[^&]\\)")));
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QChar(0x2026));
    return text.trimmed();
}
} // namespace

HelpDialog::HelpDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Conviz help"));
    const QString titles[] = { tr("How to read this window"), tr("Keyboard shortcuts"), tr("Vocabulary") };
    for (int i = 0; i < 3; ++i) {
        m_pages[i] = new QTextBrowser(this);
        m_pages[i]->setOpenExternalLinks(true);
        m_tabs->addTab(m_pages[i], titles[i]);
    }
    m_pages[int(Topic::Reading)]->setHtml(readingHtml());
    m_pages[int(Topic::Vocabulary)]->setHtml(vocabularyHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().lineSpacing() * 40);
}

void HelpDialog::showTopic(Topic topic)
{
    // Listed now: the shortcuts change with the page shown.
    m_pages[int(Topic::Shortcuts)]->setHtml(shortcutsHtml());
    m_tabs->setCurrentIndex(int(topic));
    show();
    raise();
    activateWindow();
}

HelpDialog::Topic HelpDialog::topic() const
{
    return Topic(m_tabs->currentIndex());
}

QString HelpDialog::plainText(Topic topic) const
{
    return m_pages[int(topic)]->toPlainText();
}

QString HelpDialog::shortcutRows(const QWidget *window)
{
    QString rows;
    if (!window)
        return rows;
    for (const QAction *action : window->findChildren<QAction *>()) {
        const QString keys = keysOf(action->shortcuts());
        if (keys.isEmpty())
            continue;
        QString what = actionName(action).toHtmlEscaped();
        // A tooltip that names its own key says it once, in the key column.
        QString tip = action->toolTip();
        tip.remove(QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText)));
        tip.remove(QStringLiteral("（%1）").arg(action->shortcut().toString(QKeySequence::NativeText)));
        if (!tip.isEmpty() && tip != actionName(action))
            what += QStringLiteral(": ") + tip.toHtmlEscaped();
        rows += row(keys, what);
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        const QString keys = keysOf(shortcut->keys());
        // A page's own shortcut acts only while its page is shown.
        const auto *owner = qobject_cast<const QWidget *>(shortcut->parent());
        if (!keys.isEmpty() && shortcut->isEnabled() && (!owner || owner->isVisibleTo(window)))
            rows += row(keys, shortcut->whatsThis().toHtmlEscaped());
    }
    return rows;
}

QString HelpDialog::readingHtml() const
{
    return tr("<p>The window runs the chapter's prime checker with one model at a time and shows, "
              "live, what each model does with the cores and with the window's event loop.</p>")
        + section(tr("Numbers and execution model"),
                  tr("Choose the numbers to check (a preset, a generated list or your own) and the "
                     "model: sequential, threads, threads under a simulated GIL, processes or "
                     "coroutines. <b>Run</b> (Ctrl+R) starts it and <b>Stop</b> (Esc) stops every "
                     "worker at its next slice."))
        + section(tr("The spinner"),
                  tr("The book's <code>\\|/-</code>, turned by the window's event loop ten times a "
                     "second. If it stops, the event loop was blocked: the longest frame gap beside "
                     "it says for how long."))
        + section(tr("Workers"),
                  tr("One bar per worker: the number it checks, how far its trial division has got "
                     "and how many numbers it has done. <i>finished</i> means it got its end-of-work "
                     "signal (the poison pill); <i>stopped</i> means Stop ended it with work left."))
        + section(tr("CPU cores and the utilization strip"),
                  tr("One bar per core: the load of Conviz (its window and its workers) in the "
                     "accent colour, other programs' in grey. The strip below shows how many cores were busy "
                     "over the last minute: "
                     "parallel models fill it, the GIL and coroutines keep it near one."))
        + section(tr("Results"),
                  tr("One row per number, from pending (grey) to being checked (a bar) to done: "
                     "<b>P</b> for a prime, <b>–</b> for a composite, red for an error or an answer "
                     "Miller-Rabin disagrees with. The legend under the table names the colours, "
                     "and a cell's tooltip says its state; Attempts above 1 means a worker process "
                     "died and the number was retried."))
        + section(tr("Timeline"),
                  tr("<b>Workers</b> shows one lane per worker and one box per number, coloured by "
                     "how it ended; <b>Cores</b> shows which worker ran on which CPU and when it "
                     "moved. The wheel zooms, a drag pans, Home fits the whole run, and a click "
                     "selects the number in the results table."))
        + section(tr("Run history"),
                  tr("One row per run: model, workers, numbers, wall time and CPU time, kept "
                     "between sessions (Run → Clear run history empties it). Speedup divides the "
                     "last sequential time on the same numbers by the run's own; efficiency is "
                     "speedup per worker."))
        + section(tr("Status bar"),
                  tr("What the window is doing now, the elapsed time and how many numbers are "
                     "done. On the right, the speedup of the last run, or the sequential baseline "
                     "it will be measured against."))
        + section(tr("Spinner lab"),
                  tr("Section 19.2: <code>slow()</code> supervised by a thread, a process and a "
                     "coroutine while the spinner shows whether the event loop kept turning. Below, "
                     "a coroutine that never yields freezes the window and napping every K divisions "
                     "cures it at a cost the table measures; the Nap sweep tries K from 2^%1 to 2^%2 "
                     "and plots that cost against the longest wait of the event loop.")
                      .arg(NapSweep::firstExponent)
                      .arg(NapSweep::lastExponent))
        + section(tr("Compare modes"),
                  tr("<b>Compare</b> runs every chosen model on the checker's numbers, one after "
                     "another and a few times each, and charts their times and speedups side by "
                     "side. <b>Sweep</b> runs one model with 1, 2, … workers and plots how its "
                     "speedup grows against the ideal."));
}

QString HelpDialog::shortcutsHtml() const
{
    return tr("<p>Shortcuts act on the page that is shown; these are the ones that act now.</p>")
        + QStringLiteral("<table>") + shortcutRows(m_window) + QStringLiteral("</table>")
        + section(tr("In tables and the timeline"),
                  tr("In a table the arrow keys move between cells and Ctrl+C copies the selected "
                     "rows; Tab and Shift+Tab leave the table for the next control. In the "
                     "timeline + and − zoom, the arrow keys pan and Home shows the whole run."));
}

QString HelpDialog::vocabularyHtml() const
{
    struct Word
    {
        QString term;
        QString meaning;
        QString where;
    };
    const QList<Word> words {
        { tr("Thread"),
          tr("A unit of execution inside a process, sharing the process's memory with its other "
             "threads."),
          tr("the Threads and Threads (GIL) models, the worker bars, the lab's Thread lane") },
        { tr("Process"),
          tr("A running program with its own memory; in Python also its own interpreter and GIL, so "
             "processes compute in parallel."),
          tr("the Processes model (each worker with its pid in the Worker column), the lab's "
             "Process lane") },
        { tr("Coroutine"),
          tr("A function that suspends itself at each <code>await</code> and is resumed by the event "
             "loop: many take turns on one thread."),
          tr("the Coroutines models, the lab's Coroutine lane and its nap lesson") },
        { tr("Event loop"),
          tr("The loop that handles one event at a time on one thread: here the window's own, which "
             "paints, answers clicks and turns the spinner."),
          tr("the spinner and its longest frame gap; the lab's longest wait of the event loop") },
        { tr("Poison pill"),
          tr("A special item put in the job queue that tells a worker there is no more work, so it "
             "ends. It is not a cancellation: Stop ends workers with work left."),
          tr("the worker bars: <i>finished</i> after the pill, <i>stopped</i> after Stop") },
        { tr("GIL"),
          tr("CPython's global interpreter lock: only the thread holding it runs Python code, so "
             "threads take turns instead of computing at once."),
          tr("the Threads (GIL) model: one core busy at a time, lanes taking turns in the "
             "timeline, no speedup in the history") },
        { tr("Yield"),
          tr("Giving control back: a coroutine yields to the event loop at an <code>await</code>; a "
             "Python thread gives up the GIL at the switch interval."),
          tr("the lab's Nap lesson (K divisions between two yields), the Coroutines model") },
        { tr("Switch interval"),
          tr("How long CPython lets a thread keep the GIL while another waits for it "
             "(<code>sys.setswitchinterval</code>, 5 ms by default)."),
          tr("the Switch interval box, shown with the Threads (GIL) model") },
        { tr("Speedup"),
          tr("The sequential run's time on the same numbers divided by a run's time: 2x means twice "
             "as fast."),
          tr("the Speedup column of the run history and the status bar") },
        { tr("Efficiency"),
          tr("Speedup divided by the number of workers: 100% means every worker's time became "
             "speed."),
          tr("the Efficiency column of the run history") },
    };
    QString html;
    for (const Word &word : words)
        html += section(word.term,
                        word.meaning + QStringLiteral("<br><i>") + tr("In the window:")
                            + QStringLiteral("</i> ") + word.where);
    return html;
}
