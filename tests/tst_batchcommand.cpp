// conviz-cli compare and sweep, driven in-process: one row per mode or worker count,
// speedups against the same invocation's sequential row, exports that parse back.
#include "batchcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {
struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Small numbers keep every run short: the point is the rows, not the timings.
QStringList smallWorkload()
{
    return { QStringLiteral("--generate"), QStringLiteral("40"),     QStringLiteral("--digits"),
             QStringLiteral("13"),         QStringLiteral("--seed"), QStringLiteral("3") };
}

Outcome run(BatchCommand::Kind kind, const QStringList &arguments, int checkMs = 0)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    BatchCommand command(kind, out, err);
    command.setCheckMs(checkMs);
    QSignalSpy finished(&command, &BatchCommand::finished);
    const std::optional<int> code = command.start(QStringList { QStringLiteral("conviz-cli") } + arguments);
    if (code) {
        outcome.exitCode = *code;
    } else if (finished.wait(120000)) {
        outcome.exitCode = finished.at(0).at(0).toInt();
    }
    out.flush();
    err.flush();
    return outcome;
}

QList<QStringList> csv(const QString &text)
{
    QList<QStringList> rows;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows << line.split(QLatin1Char(','));
    return rows;
}
} // namespace

class TestBatchCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compareCsv();
    void compareJsonToFile();
    void compareTable();
    void sweepRows_data();
    void sweepRows();
    void machineSampledFirst();
    void usageErrors_data();
    void usageErrors();
};

void TestBatchCommand::compareCsv()
{
    const Outcome outcome
        = run(BatchCommand::Compare,
              QStringList { QStringLiteral("--modes"), QStringLiteral("threads,coroutines"),
                            QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--repeat"),
                            QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("csv") }
                  + smallWorkload());
    QCOMPARE(outcome.exitCode, 0);
    const QList<QStringList> rows = csv(outcome.out);
    // The baseline comes first even when not asked for: speedups need it.
    QCOMPARE(rows.size(), 4);
    QCOMPARE(
        rows.at(0).join(QLatin1Char(',')),
        QStringLiteral("mode,workers,runs,wall_median_s,wall_min_s,wall_max_s,cpu_s,speedup,efficiency"));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("sequential"));
    QCOMPARE(rows.at(2).at(0), QStringLiteral("threads"));
    QCOMPARE(rows.at(3).at(0), QStringLiteral("coroutines"));
    QCOMPARE(rows.at(1).at(1), QStringLiteral("1"));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("2"));
    const double baseline = rows.at(1).at(3).toDouble();
    QVERIFY(baseline > 0);
    QCOMPARE(rows.at(1).at(7), QStringLiteral("1.000"));
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), 9);
        QCOMPARE(rows.at(i).at(2), QStringLiteral("2")); // runs
        const double median = rows.at(i).at(3).toDouble();
        QVERIFY(rows.at(i).at(4).toDouble() <= median && median <= rows.at(i).at(5).toDouble());
        // The speedup is this invocation's sequential median over this median.
        QVERIFY2(qAbs(rows.at(i).at(7).toDouble() - baseline / median) < 0.002,
                 qPrintable(rows.at(i).join(',')));
    }
    QCOMPARE(rows.at(3).at(8), QString()); // one-thread coroutines: no efficiency
    QVERIFY(!rows.at(2).at(8).isEmpty());
    // Progress goes to standard error, one line per run.
    QCOMPARE(outcome.err.count(QStringLiteral("worker")), 6);
}

void TestBatchCommand::compareJsonToFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("compare.json"));
    const Outcome outcome
        = run(BatchCommand::Compare,
              QStringList { QStringLiteral("--modes"), QStringLiteral("sequential,threads"),
                            QStringLiteral("--repeat"), QStringLiteral("1"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--output"), path }
                  + smallWorkload());
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(outcome.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(!document.isNull(), qPrintable(error.errorString()));
    const QJsonArray rows = document.object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("sequential"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("speedup")).toDouble(), 1.0);
    QVERIFY(rows.at(1).toObject().value(QStringLiteral("cpu_s")).toDouble() > 0);
}

void TestBatchCommand::compareTable()
{
    const Outcome outcome = run(BatchCommand::Compare,
                                QStringList { QStringLiteral("--modes"), QStringLiteral("sequential,threads"),
                                              QStringLiteral("--repeat"), QStringLiteral("1") }
                                    + smallWorkload());
    QCOMPARE(outcome.exitCode, 0);
    const QStringList lines = outcome.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // title, header, two modes
    QCOMPARE(lines.at(0), QStringLiteral("Compare on generated (40 numbers), 1 run each:"));
    QVERIFY(lines.at(1).endsWith(QLatin1String("relative")));
    QVERIFY(lines.at(2).startsWith(QLatin1String("sequential")));
    QVERIFY(lines.at(3).startsWith(QLatin1String("threads")));
    QVERIFY(lines.at(2).endsWith(QLatin1String("1.00")) || lines.at(3).endsWith(QLatin1String("1.00")));
}

void TestBatchCommand::sweepRows_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("maxWorkers");
    QTest::newRow("threads up to 3") << "threads" << 3;
    QTest::newRow("coroutines-pool up to 2") << "coroutines-pool" << 2;
}

void TestBatchCommand::sweepRows()
{
    QFETCH(QString, mode);
    QFETCH(int, maxWorkers);
    const Outcome outcome
        = run(BatchCommand::Sweep,
              QStringList { QStringLiteral("--mode"), mode, QStringLiteral("--workers-max"),
                            QString::number(maxWorkers), QStringLiteral("--repeat"), QStringLiteral("1"),
                            QStringLiteral("--format"), QStringLiteral("csv") }
                  + smallWorkload());
    QCOMPARE(outcome.exitCode, 0);
    const QList<QStringList> rows = csv(outcome.out);
    QCOMPARE(rows.size(), maxWorkers + 1);
    QCOMPARE(rows.at(0).join(QLatin1Char(',')),
             QStringLiteral("workers,wall_median_s,speedup,ideal,bound,efficiency"));
    for (int workers = 1; workers <= maxWorkers; ++workers) {
        const QStringList &row = rows.at(workers);
        QCOMPARE(row.at(0).toInt(), workers);
        QCOMPARE(row.at(3).toDouble(), double(workers));
        // The bound never exceeds the ideal, and is at least one.
        QVERIFY(row.at(4).toDouble() <= workers + 1e-9 && row.at(4).toDouble() >= 1 - 1e-9);
        QVERIFY(qAbs(row.at(5).toDouble() - row.at(2).toDouble() / workers) < 0.002);
    }
    // One baseline and the mode at each worker count, a line each, the count in words.
    QStringList expected { QStringLiteral("[1/%1] sequential, 1 worker…").arg(maxWorkers + 1) };
    for (int workers = 1; workers <= maxWorkers; ++workers)
        expected.append(QStringLiteral("[%1/%2] %3, %4 %5…")
                            .arg(workers + 1)
                            .arg(maxWorkers + 1)
                            .arg(mode)
                            .arg(workers)
                            .arg(workers == 1 ? QStringLiteral("worker") : QStringLiteral("workers")));
    QStringList progress = outcome.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    progress.removeIf([](const QString &line) { return !line.startsWith(QLatin1Char('[')); });
    QCOMPARE(progress, expected);
}

void TestBatchCommand::machineSampledFirst()
{
    // With the moment of sampling, the table comes out all the same; a warning, if any, goes
    // to standard error and names the busy core.
    const Outcome outcome = run(BatchCommand::Compare,
                                QStringList { QStringLiteral("--modes"), QStringLiteral("sequential"),
                                              QStringLiteral("--repeat"), QStringLiteral("1"),
                                              QStringLiteral("--format"), QStringLiteral("csv") }
                                    + smallWorkload(),
                                100);
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(csv(outcome.out).size(), 2);
    if (outcome.err.contains(QLatin1String("warning:")))
        QVERIFY(outcome.err.contains(QLatin1String("Other programs kept cores busy")));
}

void TestBatchCommand::usageErrors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown mode in the list")
        << int(BatchCommand::Compare)
        << QStringList { QStringLiteral("--modes"), QStringLiteral("threads,fibers") }
        << "--modes: unknown mode 'fibers'";
    QTest::newRow("repeat zero") << int(BatchCommand::Compare)
                                 << QStringList { QStringLiteral("--repeat"), QStringLiteral("0") }
                                 << "--repeat takes a whole number from 1 to 1000, not '0'";
    QTest::newRow("sweep without a mode")
        << int(BatchCommand::Sweep) << QStringList {} << "--mode is required";
    QTest::newRow("sweep workers-max") << int(BatchCommand::Sweep)
                                       << QStringList { QStringLiteral("--mode"), QStringLiteral("threads"),
                                                        QStringLiteral("--workers-max"), QStringLiteral("x") }
                                       << "--workers-max takes a whole number from 1 to 256, not 'x'";
    QTest::newRow("bad format") << int(BatchCommand::Compare)
                                << QStringList { QStringLiteral("--format"), QStringLiteral("xml") }
                                << "unknown format 'xml'";
}

void TestBatchCommand::usageErrors()
{
    QFETCH(int, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = run(BatchCommand::Kind(kind), arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QVERIFY(outcome.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestBatchCommand)
#include "tst_batchcommand.moc"
