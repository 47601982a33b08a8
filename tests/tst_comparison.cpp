// Compare and sweep tables from run samples: one row per mode or worker count, speedups
// against the same invocation's sequential row, exports that parse back.
#include "comparison.h"
#include "comparisonexport.h"
#include "sweep.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
RunSample sample(const QString &mode, int workers, double wall, double cpu = 0, double work = 0,
                 double largest = 0)
{
    RunSample s;
    s.mode = mode;
    s.workers = workers;
    s.wallSeconds = wall;
    s.cpuSeconds = cpu;
    s.workSeconds = work;
    s.largestJobSeconds = largest;
    return s;
}

QList<RunSample> compareSamples()
{
    // Two rounds of three modes, as BatchRun runs them.
    return {
        sample(QStringLiteral("sequential"), 1, 4.0, 4.0), sample(QStringLiteral("threads"), 2, 2.0, 4.1),
        sample(QStringLiteral("coroutines"), 2, 4.4, 4.4), sample(QStringLiteral("sequential"), 1, 4.2, 4.1),
        sample(QStringLiteral("threads"), 2, 2.2, 4.3),    sample(QStringLiteral("coroutines"), 2, 4.2, 4.2),
        sample(QStringLiteral("threads"), 2, 2.1, 4.2)
    };
}

QStringList csvLines(const QByteArray &csv)
{
    return QString::fromUtf8(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void median_data();
    void median();
    void compareRows();
    void noBaseline();
    void bound_data();
    void bound();
    void sweepRows();
    void compareExportsParseBack_data();
    void compareExportsParseBack();
    void sweepExportsParseBack();
    void terminalTableHasRelativeColumn();
};

void TestComparison::median_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("expected");
    QTest::newRow("none") << QList<double> {} << 0.0;
    QTest::newRow("one") << QList<double> { 3.0 } << 3.0;
    QTest::newRow("odd, unsorted") << QList<double> { 5.0, 1.0, 3.0 } << 3.0;
    QTest::newRow("even") << QList<double> { 4.0, 1.0, 2.0, 3.0 } << 2.5;
}

void TestComparison::median()
{
    QFETCH(QList<double>, values);
    QFETCH(double, expected);
    QCOMPARE(Comparison::median(values), expected);
}

void TestComparison::compareRows()
{
    const QList<ComparisonRow> rows = Comparison::rows(compareSamples());
    QCOMPARE(rows.size(), 3); // one per mode, in the order they first ran
    QCOMPARE(rows.at(0).mode, QStringLiteral("sequential"));
    QCOMPARE(rows.at(1).mode, QStringLiteral("threads"));
    QCOMPARE(rows.at(2).mode, QStringLiteral("coroutines"));
    QCOMPARE(rows.at(0).runs, 2);
    QCOMPARE(rows.at(1).runs, 3);
    QCOMPARE(rows.at(0).wallMedian, 4.1);
    QCOMPARE(rows.at(1).wallMedian, 2.1);
    QCOMPARE(rows.at(1).wallMin, 2.0);
    QCOMPARE(rows.at(1).wallMax, 2.2);
    QCOMPARE(rows.at(1).cpuMedian, 4.2);
    // Against this invocation's sequential median, 4.1 s.
    QCOMPARE(*rows.at(0).speedup, 1.0);
    QVERIFY(qAbs(*rows.at(1).speedup - 4.1 / 2.1) < 1e-12);
    QVERIFY(qAbs(*rows.at(1).efficiency - 4.1 / 2.1 / 2) < 1e-12);
    QCOMPARE(*rows.at(0).efficiency, 1.0);
    // One thread for all coroutines: a speedup, but no efficiency per worker.
    QVERIFY(qAbs(*rows.at(2).speedup - 4.1 / 4.3) < 1e-12);
    QVERIFY(!rows.at(2).efficiency);
}

void TestComparison::noBaseline()
{
    const QList<ComparisonRow> rows = Comparison::rows({ sample(QStringLiteral("threads"), 2, 1.0) });
    QCOMPARE(rows.size(), 1);
    QVERIFY(!rows.at(0).speedup);
    QVERIFY(!rows.at(0).efficiency);
    QVERIFY(Comparison::rows({}).isEmpty());
}

void TestComparison::bound_data()
{
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("largest");
    QTest::addColumn<int>("workers");
    QTest::addColumn<double>("expected");
    QTest::newRow("many small jobs: linear") << 10.0 << 0.1 << 4 << 4.0;
    QTest::newRow("one job is half the work") << 10.0 << 5.0 << 4 << 2.0;
    QTest::newRow("one worker") << 10.0 << 1.0 << 1 << 1.0;
    QTest::newRow("one job is all the work") << 3.0 << 3.0 << 8 << 1.0;
}

void TestComparison::bound()
{
    QFETCH(double, total);
    QFETCH(double, largest);
    QFETCH(int, workers);
    QFETCH(double, expected);
    QCOMPARE(*Sweep::bound(total, largest, workers), expected);
    QVERIFY(!Sweep::bound(0, 0, workers));
}

void TestComparison::sweepRows()
{
    // The work: 8 s in all, the longest job 2 s, so no more than 4x whatever the workers.
    const QList<RunSample> samples { sample(QStringLiteral("sequential"), 1, 8.0, 8, 8.0, 2.0),
                                     sample(QStringLiteral("processes"), 1, 8.4, 8, 8.0, 2.0),
                                     sample(QStringLiteral("processes"), 2, 4.2, 8, 8.0, 2.0),
                                     sample(QStringLiteral("processes"), 3, 4.0, 8, 8.0, 2.0),
                                     sample(QStringLiteral("processes"), 6, 4.0, 8, 8.0, 2.0) };
    const QList<SweepRow> rows = Sweep::rows(samples, QStringLiteral("processes"));
    QCOMPARE(rows.size(), 4); // one per worker count; the baseline is not a row
    const QList<int> workers { 1, 2, 3, 6 };
    const QList<double> bounds { 1.0, 2.0, 8.0 / std::max(2.0, 8.0 / 3), 4.0 };
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).workers, workers.at(i));
        QCOMPARE(rows.at(i).ideal, double(workers.at(i)));
        QVERIFY(qAbs(*rows.at(i).bound - bounds.at(i)) < 1e-12);
        QVERIFY(qAbs(*rows.at(i).speedup - 8.0 / rows.at(i).wallMedian) < 1e-12);
        QVERIFY(qAbs(*rows.at(i).efficiency - *rows.at(i).speedup / workers.at(i)) < 1e-12);
    }
}

void TestComparison::compareExportsParseBack_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(ExportFormat::Csv);
    QTest::newRow("json") << int(ExportFormat::Json);
    QTest::newRow("markdown") << int(ExportFormat::Markdown);
}

void TestComparison::compareExportsParseBack()
{
    QFETCH(int, format);
    const QList<ComparisonRow> rows = Comparison::rows(compareSamples());
    const QByteArray data = ComparisonExport::comparison(ExportFormat(format), rows);
    switch (ExportFormat(format)) {
    case ExportFormat::Csv: {
        const QStringList lines = csvLines(data);
        QCOMPARE(lines.size(), rows.size() + 1);
        QCOMPARE(
            lines.at(0),
            QStringLiteral("mode,workers,runs,wall_median_s,wall_min_s,wall_max_s,cpu_s,speedup,efficiency"));
        for (int i = 0; i < rows.size(); ++i) {
            const QStringList cells = lines.at(i + 1).split(QLatin1Char(','));
            QCOMPARE(cells.size(), 9);
            QCOMPARE(cells.at(0), rows.at(i).mode);
            QCOMPARE(cells.at(1).toInt(), rows.at(i).workers);
            QCOMPARE(cells.at(2).toInt(), rows.at(i).runs);
            QVERIFY(qAbs(cells.at(3).toDouble() - rows.at(i).wallMedian) < 1e-6);
            QVERIFY(qAbs(cells.at(7).toDouble() - *rows.at(i).speedup) < 1e-3);
        }
        QCOMPARE(lines.at(3).split(QLatin1Char(',')).at(8), QString()); // coroutines: no efficiency
        break;
    }
    case ExportFormat::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        QVERIFY2(!document.isNull(), qPrintable(error.errorString()));
        const QJsonArray array = document.object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(array.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = array.at(i).toObject();
            QCOMPARE(row.value(QStringLiteral("mode")).toString(), rows.at(i).mode);
            QCOMPARE(row.value(QStringLiteral("runs")).toInt(), rows.at(i).runs);
            QCOMPARE(row.value(QStringLiteral("wall_median_s")).toDouble(), rows.at(i).wallMedian);
            QCOMPARE(row.value(QStringLiteral("speedup")).toDouble(), *rows.at(i).speedup);
        }
        QVERIFY(array.at(2).toObject().value(QStringLiteral("efficiency")).isNull());
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("relative")).toDouble(), 1.0);
        break;
    }
    case ExportFormat::Markdown: {
        const QStringList lines = csvLines(data);
        QCOMPARE(lines.size(), rows.size() + 2);
        QVERIFY(lines.at(0).endsWith(QLatin1String("| relative |")));
        for (const QString &line : lines)
            QCOMPARE(line.count(QLatin1Char('|')), 10);
        QVERIFY(lines.at(2).startsWith(QLatin1String("| sequential | 1 | 2 | 4.100 s |")));
        break;
    }
    }
}

void TestComparison::sweepExportsParseBack()
{
    const QList<RunSample> samples { sample(QStringLiteral("sequential"), 1, 2.0, 2, 2.0, 0.5),
                                     sample(QStringLiteral("threads"), 1, 2.0, 2, 2.0, 0.5),
                                     sample(QStringLiteral("threads"), 2, 1.0, 2, 2.0, 0.5) };
    const QList<SweepRow> rows = Sweep::rows(samples, QStringLiteral("threads"));
    const QStringList lines = csvLines(ComparisonExport::sweep(ExportFormat::Csv, rows));
    QCOMPARE(lines,
             (QStringList { QStringLiteral("workers,wall_median_s,speedup,ideal,bound,efficiency"),
                            QStringLiteral("1,2.000000,1.000,1.000,1.000,1.000"),
                            QStringLiteral("2,1.000000,2.000,2.000,2.000,1.000") }));
    const QJsonDocument document = QJsonDocument::fromJson(ComparisonExport::sweep(ExportFormat::Json, rows));
    const QJsonArray array = document.object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("workers")).toInt(), 2);
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("bound")).toDouble(), 2.0);
}

void TestComparison::terminalTableHasRelativeColumn()
{
    const QStringList lines = csvLines(ComparisonExport::comparisonText(Comparison::rows(compareSamples())));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QLatin1String("mode")));
    QVERIFY(lines.at(0).endsWith(QLatin1String("relative")));
    // threads is the fastest: 1.00; sequential 4.1 / 2.1.
    QVERIFY(lines.at(2).endsWith(QLatin1String("1.00")));
    QVERIFY(lines.at(1).endsWith(QString::number(4.1 / 2.1, 'f', 2)));
    QVERIFY(lines.at(3).contains(QStringLiteral("–"))); // coroutines: no efficiency
    // Columns line up: every line is as long as the header or shorter only by trailing blanks.
    QCOMPARE(lines.at(1).size(), lines.at(0).size());
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
