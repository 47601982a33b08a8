// The window from 1000x650 up to 4K: nothing cut at the smallest size, no width wasted on a
// one-character column at the largest, on every page.
#include "comparepage.h"
#include "controlpanel.h"
#include "copyabletableview.h"
#include "divisionrate.h"
#include "language.h"
#include "mainwindow.h"
#include "resultsmodel.h"
#include "resultsview.h"
#include "runhistoryfile.h"
#include "workerboard.h"
#include "workloadpanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
// Nothing cut, nothing wasted; with CONVIZ_SCREENSHOT_DIR set, a picture of it there as name.png.
void checkLayout(MainWindow &window, const QSize &size, const QString &name)
{
    const QString dir = qEnvironmentVariable("CONVIZ_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(window.grab().save(QStringLiteral("%1/%2.png").arg(dir, name)));
    }

    QCOMPARE(window.size(), size);

    // Word-wrapped text is shown whole (a scroll bar appears rather than a cut sentence).
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1 of %2 px cut to %3: %4")
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->width())
                                .arg(label->height())
                                .arg(label->text().left(60))));
    }
    for (CopyableTableView *table : window.findChildren<CopyableTableView *>()) {
        if (!table->isVisible())
            continue;
        const QHeaderView *header = table->horizontalHeader();
        // Three rows at least, under whole titles...
        QVERIFY2(
            table->viewport()->height() >= 3 * table->verticalHeader()->defaultSectionSize(),
            qPrintable(
                QStringLiteral("%1: %2 px").arg(table->accessibleName()).arg(table->viewport()->height())));
        for (int column = 0; column < header->count(); ++column) {
            if (table->isColumnHidden(column))
                continue;
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title),
                     qPrintable(QStringLiteral("%1: %2").arg(table->accessibleName(), title)));
        }
        // ... and the spare width goes to a column with something to show, not to the last one.
        const int last = header->logicalIndex(header->count() - 1);
        QVERIFY2(header->sectionSize(last) <= 2
                         * std::max({ header->sectionSizeHint(last),
                                      static_cast<QAbstractItemView *>(table)->sizeHintForColumn(last), 60 }),
                 qPrintable(QStringLiteral("%1: the last column is %2 px wide")
                                .arg(table->accessibleName())
                                .arg(header->sectionSize(last))));
    }
}

// Runs mode with two workers on numbers (empty: the book's) in a shown window, to its end.
bool runToItsEnd(MainWindow &window, Mode mode, const QString &numbers = {})
{
    if (numbers.isEmpty()) {
        window.workloadPanel()->setSource(WorkloadPanel::Source::Book);
    } else {
        window.workloadPanel()->setSource(WorkloadPanel::Source::Custom);
        window.workloadPanel()->setCustomText(numbers);
    }
    window.setMode(mode);
    window.setWorkers(2);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    if (!window.startRun() || !ended.wait(60000))
        return false;
    QCoreApplication::processEvents();
    return true;
}
} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void layoutFits_data();
    void layoutFits();
    void afterARun();
    void resultsShowEveryColumn_data();
    void resultsShowEveryColumn();
    void resultsKeepTheUsersWidths();
    void controlsFitEveryMode_data();
    void controlsFitEveryMode();
    void comparePageFits_data();
    void comparePageFits();
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Conviz"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowlayout"));
    QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    qRegisterMetaType<RunReport>();
    // The lab's hints change once the division rate is timed, beside the first frames: timed
    // here first, so each picture is of the texts as they settle, not of a turn in between.
    DivisionRate::perSecond();
}

void TestWindowLayout::init()
{
    QSettings().clear();
    QFile::remove(RunHistoryFile::defaultPath());
}

void TestWindowLayout::layoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("page");
    for (const QSize size : { QSize(1000, 650), QSize(1920, 1080), QSize(3840, 2160) }) {
        for (const char *page : { "checker", "lab", "compare" }) {
            const QString name
                = QStringLiteral("%1-%2x%3").arg(QLatin1String(page)).arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(name)) << size << QString::fromLatin1(page);
        }
    }
}

// Nothing cut at the smallest size the window is made for, no room wasted at the largest.
// With CONVIZ_SCREENSHOT_DIR set, each case also leaves a picture there to look at.
void TestWindowLayout::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(QString, page);
    MainWindow window;
    window.show();
    window.resize(size);
    if (page == QLatin1String("lab"))
        window.showSpinnerLab();
    else if (page == QLatin1String("compare"))
        window.showComparePage();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    checkLayout(window, size, QString::fromLatin1(QTest::currentDataTag()));
}

void TestWindowLayout::afterARun()
{
    // A run fills the tables, the worker board and the history: still nothing cut.
    const QSize size(1000, 650);
    MainWindow window;
    window.show();
    window.resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(runToItsEnd(window, Mode::Threads));
    checkLayout(window, size, QStringLiteral("window-1000x650"));
}

void TestWindowLayout::resultsShowEveryColumn_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("numbers"); // empty: the book's
    QTest::newRow("threads, the book's numbers") << Mode::Threads << QString();
    // Longer names: "process 1 (pid 12345)".
    QTest::newRow("processes, the book's numbers") << Mode::Processes << QString();
    // The longest mode title in the run history.
    QTest::newRow("coroutines on a thread pool, the book's numbers") << Mode::CoroutinesPool << QString();
    QTest::newRow("threads, the largest 64-bit number")
        << Mode::Threads << QStringLiteral("7 18446744073709551615 1000003");
}

// At the window's first size every column of the results is in view after a run, each wide
// enough for what it shows: the Verified column at the right edge too.
void TestWindowLayout::resultsShowEveryColumn()
{
    QFETCH(Mode, mode);
    QFETCH(QString, numbers);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(runToItsEnd(window, mode, numbers));
    QCOMPARE(window.size(), QSize(1200, 800));

    // The run history too, whatever the mode's title.
    for (const QTableView *view : window.findChildren<CopyableTableView *>()) {
        if (!view->isVisible())
            continue;
        const QHeaderView *header = view->horizontalHeader();
        const int last = header->logicalIndex(header->count() - 1);
        QVERIFY2(header->sectionViewportPosition(last) + header->sectionSize(last)
                     <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1: the last column ends at %2 px of %3")
                                .arg(view->accessibleName())
                                .arg(header->sectionViewportPosition(last) + header->sectionSize(last))
                                .arg(view->viewport()->width())));
    }
    const QTableView *table = window.findChild<ResultsView *>();
    QVERIFY(table);
    const QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < ResultsModel::ColumnCount; ++column) {
            const QString text = model->index(row, column).data().toString();
            QVERIFY2(metrics.horizontalAdvance(text) < header->sectionSize(column),
                     qPrintable(QStringLiteral("row %1: '%2' in %3 px")
                                    .arg(row + 1)
                                    .arg(text)
                                    .arg(header->sectionSize(column))));
        }
    }
}

// A column the user widened keeps its width when the same numbers run again; a list with
// longer numbers widens the Number column to fit them.
void TestWindowLayout::resultsKeepTheUsersWidths()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.workloadPanel()->setSource(WorkloadPanel::Source::Custom);
    window.workloadPanel()->setCustomText(QStringLiteral("2 3 5"));
    window.setMode(Mode::Sequential);
    QTableView *table = window.findChild<ResultsView *>();
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 3); // listed pending
    QHeaderView *header = table->horizontalHeader();
    const int fitted = header->sectionSize(ResultsModel::Number);
    header->resizeSection(ResultsModel::Number, fitted + 50);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    QVERIFY(ended.wait(60000));
    QCOMPARE(header->sectionSize(ResultsModel::Number), fitted + 50);

    window.workloadPanel()->setCustomText(QStringLiteral("2 3 18446744073709551615"));
    QVERIFY(window.startRun());
    QVERIFY(ended.wait(60000));
    QCOMPARE(table->model()->index(2, ResultsModel::Number).data().toString(),
             QStringLiteral("18446744073709551615"));
    QVERIFY(header->sectionSize(ResultsModel::Number)
            > table->fontMetrics().horizontalAdvance(QStringLiteral("18446744073709551615")));
}

void TestWindowLayout::controlsFitEveryMode_data()
{
    QTest::addColumn<Mode>("mode");
    for (const Mode mode : Modes::all())
        QTest::newRow(qPrintable(Modes::name(mode))) << mode;
}

// At the window's first size the controls of every mode are in view without scrolling, its
// explanation and the GIL's switch interval included, and so are two workers' bars.
void TestWindowLayout::controlsFitEveryMode()
{
    QFETCH(Mode, mode);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(runToItsEnd(window, mode));
    QCOMPARE(window.size(), QSize(1200, 800));

    const auto *panel = window.findChild<ControlPanel *>();
    QVERIFY(panel);
    const auto *board = panel->findChild<WorkerBoard *>();
    QVERIFY(board);
    QCOMPARE(board->barCount(), mode == Mode::Sequential ? 1 : 2);
    for (const QScrollArea *scroll : panel->findChildren<QScrollArea *>()) {
        const bool ofWorkers = scroll->widget() == board;
        QVERIFY2(
            !scroll->verticalScrollBar()->isVisible(),
            qPrintable(QStringLiteral("%1 scroll: %2 px of content in %3 px")
                           .arg(ofWorkers ? QStringLiteral("the workers'") : QStringLiteral("the controls'"))
                           .arg(scroll->widget()->sizeHint().height())
                           .arg(scroll->viewport()->height())));
    }
}

void TestWindowLayout::comparePageFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("sweep");
    for (const QSize size : { QSize(1000, 650), QSize(1920, 1080) }) {
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QTest::newRow(qPrintable(name + QStringLiteral(" comparison"))) << size << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" sweep"))) << size << true;
    }
}

// The compare page after a comparison (every mode) or a sweep: its tables and the machine's
// warning still whole.
void TestWindowLayout::comparePageFits()
{
    QFETCH(QSize, size);
    QFETCH(bool, sweep);
    MainWindow window;
    window.show();
    window.resize(size);
    window.showComparePage();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.workloadPanel()->setCustomText(QStringLiteral("2 97 1000003 999999937"));
    window.workloadPanel()->setSource(WorkloadPanel::Source::Custom);
    ComparePage *page = window.comparePage();
    page->setCheckMs(50);
    page->setRepeat(1);
    page->setSweep(Mode::Threads, 4);
    QSignalSpy finished(page, &ComparePage::finished);
    QVERIFY(sweep ? page->sweep() : page->compare());
    QVERIFY(finished.wait(60000));
    QCoreApplication::processEvents();
    // No control squashed below the height it needs (the controls scroll instead).
    for (QWidget *control : page->findChildren<QWidget *>()) {
        if (control->isVisible()
            && (qobject_cast<QAbstractButton *>(control) || qobject_cast<QAbstractSpinBox *>(control)))
            QVERIFY2(control->height() >= control->minimumSizeHint().height(),
                     qPrintable(QStringLiteral("%1: %2 of %3 px")
                                    .arg(control->metaObject()->className())
                                    .arg(control->height())
                                    .arg(control->minimumSizeHint().height())));
    }
    checkLayout(window, size,
                QStringLiteral("%1-%2x%3")
                    .arg(sweep ? QStringLiteral("sweep") : QStringLiteral("compare"))
                    .arg(size.width())
                    .arg(size.height()));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
