// The "Compare modes" page: a tiny comparison and a sweep run on the page's own event loop,
// one row per mode or worker count, and every export parses back (tables in the command
// line's bytes, charts as PNG and SVG).
#include "comparepage.h"
#include "comparisonchart.h"
#include "comparisonexport.h"
#include "comparisonmodel.h"
#include "divisionrate.h"
#include "language.h"
#include "runnertesting.h"
#include "spinnerwidget.h"
#include "sweepchart.h"
#include "sweepmodel.h"
#include "testpaths.h"
#include "workloadpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int deadlineMs = 120000;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A few numbers, quick in every mode, with one that takes a little work.
void chooseTinyNumbers(WorkloadPanel &panel)
{
    panel.setCustomText(QStringLiteral("2 15 97 1000003 999999937 1000000007 4"));
    panel.setSource(WorkloadPanel::Source::Custom);
}

struct Fixture
{
    WorkloadPanel panel;
    ComparePage page { &panel };
    Fixture()
    {
        chooseTinyNumbers(panel);
        page.setWorkerProgram(TestPaths::program(QStringLiteral("conviz-worker")));
        page.setCheckMs(50);
        page.resize(1100, 700);
        page.show();
    }
};
} // namespace

class TestComparePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void compareGivesOneRowPerMode_data();
    void compareGivesOneRowPerMode();
    void sweepGivesOneRowPerWorkerCount();
    void exportsParseBack_data();
    void exportsParseBack();
    void escapeStopsAndKeepsFinishedRuns();
    void refusesWhileBlockedOrBusy();
    void badExportPathsSayWhy();
    void saveButtonsTakeTheChosenFilter();
    void closingMidRunLeavesNoWorker();
    void chartsTakeTheirShareWhenFirstShown_data();
    void chartsTakeTheirShareWhenFirstShown();
};

void TestComparePage::initTestCase()
{
    // English through conviz_en.qm, as the program speaks it (plural forms).
    QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TestComparePage::compareGivesOneRowPerMode_data()
{
    QTest::addColumn<QList<Mode>>("modes");
    QTest::addColumn<int>("repeat");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("every mode") << Modes::all() << 1 << QStringList { QStringLiteral("sequential"),
                                                                      QStringLiteral("threads"),
                                                                      QStringLiteral("threads-gil"),
                                                                      QStringLiteral("processes"),
                                                                      QStringLiteral("coroutines"),
                                                                      QStringLiteral("coroutines-pool") };
    QTest::newRow("two modes, twice: sequential added")
        << QList<Mode> { Mode::Threads, Mode::Coroutines } << 2
        << QStringList { QStringLiteral("sequential"), QStringLiteral("threads"),
                         QStringLiteral("coroutines") };
}

void TestComparePage::compareGivesOneRowPerMode()
{
    QFETCH(QList<Mode>, modes);
    QFETCH(int, repeat);
    QFETCH(QStringList, rows);
    Fixture f;
    QAbstractItemModelTester tester(f.page.comparison(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.page.setModes(modes);
    f.page.setWorkers(2);
    f.page.setRepeat(repeat);
    QSignalSpy finished(&f.page, &ComparePage::finished);
    QStringList progress;
    connect(f.page.comparison(), &QAbstractItemModel::modelReset, this,
            [&] { progress << f.page.progressText(); });
    QVERIFY(f.page.compare());
    QVERIFY(f.page.isRunning());
    QVERIFY(!f.page.compare()); // one batch at a time
    QVERIFY(finished.wait(deadlineMs));
    QCOMPARE(finished.at(0).at(0).value<ComparePage::Kind>(), ComparePage::Kind::Compare);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(!f.page.isRunning());

    const QList<ComparisonRow> &result = f.page.comparison()->rows();
    QStringList names;
    for (const ComparisonRow &row : result) {
        names << row.mode;
        QCOMPARE(row.runs, repeat);
        QCOMPARE(row.workers, row.mode == QLatin1String("sequential") ? 1 : 2);
        QVERIFY(row.speedup.has_value()); // against this comparison's own sequential row
        // None where two workers compute one at a time: one-thread coroutines, threads under a GIL.
        QCOMPARE(row.efficiency.has_value(),
                 row.mode != QLatin1String("coroutines") && row.mode != QLatin1String("threads-gil"));
    }
    QCOMPARE(names, rows);
    QVERIFY2(progress.contains(QStringLiteral("Run 1 of %1: Sequential, 1 worker").arg(rows.size() * repeat)),
             qPrintable(progress.join(QLatin1Char('|'))));
    QVERIFY(f.page.progressText().startsWith(QStringLiteral("Done:")));
    QCOMPARE(f.page.spinner()->message(), QStringLiteral("done"));
}

void TestComparePage::sweepGivesOneRowPerWorkerCount()
{
    Fixture f;
    QAbstractItemModelTester tester(f.page.sweepTable(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.page.setSweep(Mode::Threads, 3);
    f.page.setRepeat(1);
    QSignalSpy finished(&f.page, &ComparePage::finished);
    QVERIFY(f.page.sweep());
    QVERIFY(finished.wait(deadlineMs));
    QCOMPARE(finished.at(0).at(0).value<ComparePage::Kind>(), ComparePage::Kind::Sweep);
    const QList<SweepRow> &rows = f.page.sweepTable()->rows();
    QCOMPARE(rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rows.at(i).workers, i + 1);
        QCOMPARE(rows.at(i).ideal, double(i + 1));
        QVERIFY(rows.at(i).speedup.has_value());
        QVERIFY(rows.at(i).bound.has_value());
        QVERIFY(*rows.at(i).bound <= rows.at(i).workers + 1e-9);
    }
    // The comparison is left as it was.
    QCOMPARE(f.page.comparison()->rowCount(), 0);
}

void TestComparePage::exportsParseBack_data()
{
    QTest::addColumn<ComparePage::Kind>("kind");
    QTest::newRow("comparison") << ComparePage::Kind::Compare;
    QTest::newRow("sweep") << ComparePage::Kind::Sweep;
}

void TestComparePage::exportsParseBack()
{
    QFETCH(ComparePage::Kind, kind);
    const bool compare = kind == ComparePage::Kind::Compare;
    Fixture f;
    f.page.setModes({ Mode::Threads, Mode::CoroutinesPool });
    f.page.setSweep(Mode::Processes, 2);
    f.page.setRepeat(1);
    QSignalSpy finished(&f.page, &ComparePage::finished);
    QVERIFY(compare ? f.page.compare() : f.page.sweep());
    QVERIFY(finished.wait(deadlineMs));
    const int rows = compare ? f.page.comparison()->rowCount() : f.page.sweepTable()->rowCount();
    QCOMPARE(rows, compare ? 3 : 2);

    QTemporaryDir dir;
    const auto table = [&](const QString &name) {
        const QString path = dir.filePath(name);
        const bool ok = compare ? f.page.exportComparison(path) : f.page.exportSweep(path);
        return ok ? contents(path) : QByteArray();
    };
    const QByteArray csv = table(QStringLiteral("t.csv"));
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), rows + 1);
    QCOMPARE(
        lines.at(0).trimmed(),
        compare ? QByteArray("mode,workers,runs,wall_median_s,wall_min_s,wall_max_s,cpu_s,speedup,efficiency")
                : QByteArray("workers,wall_median_s,speedup,ideal,bound,efficiency"));
    // The command line's bytes, from the same rows.
    QCOMPARE(csv,
             compare ? ComparisonExport::comparison(ExportFormat::Csv, f.page.comparison()->rows())
                     : ComparisonExport::sweep(ExportFormat::Csv, f.page.sweepTable()->rows()));

    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(table(QStringLiteral("t.json")), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = json.object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(array.size(), rows);
    QCOMPARE(array.at(0)
                 .toObject()
                 .value(compare ? QStringLiteral("mode") : QStringLiteral("workers"))
                 .toVariant(),
             compare ? QVariant(QStringLiteral("sequential")) : QVariant(1));

    const QList<QByteArray> markdown = table(QStringLiteral("t.md")).trimmed().split('\n');
    QCOMPARE(markdown.size(), rows + 2); // header, rule, rows
    QVERIFY(markdown.at(1).startsWith("|"));

    const auto picture = [&](const QString &name) {
        const QString path = dir.filePath(name);
        const bool ok = compare ? f.page.exportComparisonChart(path) : f.page.exportSweepChart(path);
        return ok ? path : QString();
    };
    const QImage png(picture(QStringLiteral("c.png")));
    QCOMPARE(png.size(), QSize(1000, 600));
    // Drawn, not blank: the chart's lines and labels leave dark pixels.
    int dark = 0;
    for (int y = 0; y < png.height(); y += 3) {
        for (int x = 0; x < png.width(); x += 3)
            dark += qGray(png.pixel(x, y)) < 100;
    }
    QVERIFY2(dark > 50, qPrintable(QString::number(dark)));
    const QByteArray svg = contents(picture(QStringLiteral("c.svg")));
    const QSvgRenderer drawing(svg);
    QVERIFY(drawing.isValid());
    QCOMPARE(drawing.viewBoxF().size(), QSizeF(1000, 600));
}

void TestComparePage::escapeStopsAndKeepsFinishedRuns()
{
    Fixture f;
    f.page.setModes(Modes::all());
    f.page.setRepeat(3);
    f.page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.page));
    QSignalSpy finished(&f.page, &ComparePage::finished);
    QSignalSpy reset(f.page.comparison(), &QAbstractItemModel::modelReset);
    QVERIFY(f.page.compare());
    // Stop once the first run is in.
    QVERIFY(reset.wait(deadlineMs));
    QTest::keyClick(&f.page, Qt::Key_Escape);
    QVERIFY(!finished.isEmpty() || finished.wait(deadlineMs));
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QVERIFY(f.page.progressText().startsWith(QStringLiteral("Stopped:")));
    const int rows = f.page.comparison()->rowCount();
    QVERIFY(rows >= 1);
    QVERIFY(rows < 6 || f.page.comparison()->rows().constLast().runs < 3);
}

void TestComparePage::refusesWhileBlockedOrBusy()
{
    Fixture f;
    f.page.setBlocked(QStringLiteral("A run is under way elsewhere."));
    QVERIFY(!f.page.compare());
    QVERIFY(!f.page.sweep());
    QCOMPARE(f.page.progressText(), QStringLiteral("A run is under way elsewhere."));
    f.page.setBlocked(QString());
    f.panel.setCustomText(QStringLiteral("12 x3"));
    QVERIFY(!f.page.compare()); // the numbers have an error
    QVERIFY(!f.page.isRunning());
}

void TestComparePage::badExportPathsSayWhy()
{
    Fixture f;
    QTemporaryDir dir;
    QVERIFY(!f.page.exportComparison(dir.filePath(QStringLiteral("t.txt"))));
    QVERIFY(f.page.lastError().contains(QStringLiteral("t.txt")));
    QVERIFY(!f.page.exportSweepChart(dir.filePath(QStringLiteral("c.gif"))));
    QVERIFY(f.page.lastError().contains(QStringLiteral("c.gif")));
    QVERIFY(!f.page.exportComparison(dir.filePath(QStringLiteral("missing/t.csv"))));
    QVERIFY(f.page.lastError().contains(QStringLiteral("t.csv")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t.txt"))));
}

void TestComparePage::saveButtonsTakeTheChosenFilter()
{
    Fixture f;
    QTemporaryDir dir;
    QString chosenFilter;
    f.page.setSaveFileChooser([&](const QString &, const QString &, const QStringList &filters) {
        ExportActions::SaveTarget target;
        target.path = dir.filePath(QStringLiteral("saved"));
        for (const QString &filter : filters) {
            if (filter.contains(chosenFilter))
                target.filter = filter;
        }
        return target;
    });
    const auto click = [&](const QString &text) {
        for (QPushButton *button : f.page.findChildren<QPushButton *>()) {
            if (button->text() == text && button->isVisible() && button->isEnabled()) {
                button->click();
                return true;
            }
        }
        return false;
    };
    // Nothing to save before a run: the buttons and the File menu's entries are off.
    const QList<QAction *> actions = f.page.exportActions();
    QCOMPARE(actions.size(), 4);
    for (QAction *action : actions) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(!action->toolTip().isEmpty());
    }
    QVERIFY(!click(QStringLiteral("Save table…")));
    QVERIFY(QDir(dir.path()).isEmpty());
    ComparisonRow row;
    row.mode = QStringLiteral("threads");
    row.workers = 2;
    row.runs = 1;
    row.wallMedian = row.wallMin = row.wallMax = 0.5;
    f.page.comparison()->setRows({ row });
    QVERIFY(actions.at(0)->isEnabled() && actions.at(1)->isEnabled());
    QVERIFY(!actions.at(2)->isEnabled() && !actions.at(3)->isEnabled()); // no sweep yet
    QSignalSpy saved(&f.page, &ComparePage::saved);
    chosenFilter = QStringLiteral("*.json");
    QVERIFY(click(QStringLiteral("Save table…")));
    QCOMPARE(saved.size(), 1);
    QVERIFY(saved.at(0).at(0).toString().endsWith(QStringLiteral("saved.json")));
    QVERIFY(QJsonDocument::fromJson(contents(dir.filePath(QStringLiteral("saved.json")))).isObject());
    chosenFilter = QStringLiteral("*.svg");
    QVERIFY(click(QStringLiteral("Save chart…")));
    QVERIFY(contents(dir.filePath(QStringLiteral("saved.svg"))).contains("<svg"));
    QVERIFY(f.page.progressText().contains(QStringLiteral("saved.svg")));
    // The File menu's entry does what the button does.
    chosenFilter = QStringLiteral("*.csv");
    actions.at(1)->trigger();
    QVERIFY(contents(dir.filePath(QStringLiteral("saved.csv"))).startsWith("mode,workers,runs,"));
}

void TestComparePage::closingMidRunLeavesNoWorker()
{
    // Numbers of about 50 ms each: the sequential baseline is quick, the processes run next.
    WorkloadPanel panel;
    panel.setCustomText(
        QStringList(20, QString::number(DivisionRate::primeTaking(0.05))).join(QLatin1Char(' ')));
    panel.setSource(WorkloadPanel::Source::Custom);
    auto *page = new ComparePage(&panel);
    page->setWorkerProgram(TestPaths::program(QStringLiteral("conviz-worker")));
    page->setCheckMs(0);
    page->setModes({ Mode::Processes });
    page->setRepeat(3);
    page->show();
    QVERIFY(page->compare());
    QTRY_VERIFY_WITH_TIMEOUT(page->progressText().contains(QStringLiteral("Processes")), deadlineMs);
    QVERIFY(page->isRunning());
    delete page; // mid-run, as when the window closes
    QTRY_VERIFY_WITH_TIMEOUT(RunnerTesting::childProcesses().isEmpty(), 10000);
}

void TestComparePage::chartsTakeTheirShareWhenFirstShown_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1000x650") << QSize(1000, 650);
    QTest::newRow("1200x800") << QSize(1200, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// As in the window: the page waits behind another tab, laid out with its charts not built
// yet, and builds them when first shown. Each chart then has three fifths of its splitter, as
// the table below has two (it had what was left beside the table's own wish: a strip whose
// mode names were cut to "...").
void TestComparePage::chartsTakeTheirShareWhenFirstShown()
{
    QFETCH(QSize, size);
    WorkloadPanel panel;
    QTabWidget tabs;
    tabs.addTab(new QWidget(&tabs), QStringLiteral("first"));
    auto *page = new ComparePage(&panel, &tabs);
    tabs.addTab(page, QStringLiteral("compare"));
    tabs.resize(size);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QVERIFY(page->findChildren<ComparisonChart *>().isEmpty()); // built on first show
    tabs.setCurrentWidget(page);
    QCoreApplication::processEvents();
    for (QWidget *chart : { static_cast<QWidget *>(page->findChild<ComparisonChart *>()),
                            static_cast<QWidget *>(page->findChild<SweepChart *>()) }) {
        QVERIFY(chart);
        auto *splitter = qobject_cast<QSplitter *>(chart->parentWidget()->parentWidget());
        QVERIFY(splitter);
        // Each chart's own tab: the sweep's is shown for the first time here.
        auto *views = page->findChild<QTabWidget *>();
        QVERIFY(views);
        views->setCurrentWidget(splitter->parentWidget());
        QCOMPARE(views->currentWidget(), splitter->parentWidget());
        QCoreApplication::processEvents();
        const QList<int> sizes = splitter->sizes();
        QCOMPARE(sizes.size(), 2);
        const double share = double(sizes.at(0)) / (sizes.at(0) + sizes.at(1));
        QVERIFY2(share > 0.55 && share < 0.65,
                 qPrintable(QStringLiteral("%1: the chart has %2 of %3 px")
                                .arg(chart->metaObject()->className())
                                .arg(sizes.at(0))
                                .arg(sizes.at(0) + sizes.at(1))));
    }
}

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
