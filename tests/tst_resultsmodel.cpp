// The results table: one row per number, pending -> running -> done, in batches.
#include "millerrabin.h"
#include "resultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using State = ResultsModel::State;

class TestResultsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFromTheStart();
    void sameNumbersAreNotListedAgain();
    void lifecycle_data();
    void lifecycle();
    void oneSignalPerBatch();
    void verifiedAgainstMillerRabin_data();
    void verifiedAgainstMillerRabin();
    void stoppedRunMarksTheRest();
    void outOfRangeIsIgnored();
    void sortKeys();
    void widthSamples_data();
    void widthSamples();
    void workersChangedOnlyOnAChange();

private:
    static JobResult result(int index, quint64 number, int worker = 0)
    {
        JobResult r;
        r.index = index;
        r.number = number;
        r.prime = MillerRabin::isPrime(number);
        r.elapsed = 0.25;
        r.worker = worker;
        r.start = 1.0;
        r.end = 1.25;
        return r;
    }
    // A run's store behind the model, as RunMonitor sets it up.
    static std::shared_ptr<RunStore> runOn(ResultsModel &model, const QList<quint64> &numbers)
    {
        auto store = std::make_shared<RunStore>(numbers, 2);
        model.reset(store);
        return store;
    }
    static ResultsBatch running(int index, int worker, double fraction)
    {
        ResultsBatch batch;
        batch.running.insert(index, { worker, fraction });
        batch.runningChanged = true;
        return batch;
    }
    static QString text(const ResultsModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }
};

void TestResultsModel::rowsFromTheStart()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({ 2, 4, 7 });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ResultsModel::ColumnCount));
    QCOMPARE(text(model, 0, ResultsModel::Index), QStringLiteral("1"));
    QCOMPARE(text(model, 2, ResultsModel::Number), QStringLiteral("7"));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.state(row), State::Pending);
    QCOMPARE(model.headerData(ResultsModel::Prime, Qt::Horizontal).toString(), QStringLiteral("Prime"));
}

void TestResultsModel::lifecycle_data()
{
    QTest::addColumn<quint64>("number");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("runningText");
    QTest::addColumn<QString>("doneText");
    QTest::newRow("prime") << quint64(7) << 0.42 << QStringLiteral("42%") << QStringLiteral("P");
    QTest::newRow("composite") << quint64(9) << 0.999 << QStringLiteral("99%") << QStringLiteral("–");
}

void TestResultsModel::lifecycle()
{
    QFETCH(quint64, number);
    QFETCH(double, fraction);
    QFETCH(QString, runningText);
    QFETCH(QString, doneText);
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto store = runOn(model, { number });
    model.setWorkers({ { 0, QStringLiteral("process 1"), 4242 } });

    const ResultsBatch started = running(0, 0, fraction);
    model.apply(started);
    QCOMPARE(model.state(0), State::Running);
    QCOMPARE(text(model, 0, ResultsModel::Prime), runningText);
    QCOMPARE(text(model, 0, ResultsModel::Worker), QStringLiteral("process 1 (pid 4242)"));
    QCOMPARE(model.index(0, 0).data(ResultsModel::FractionRole).toDouble(), fraction);
    QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid()); // running rows stand out
    QCOMPARE(model.runningCount(), 1);

    store->finish(result(0, number));
    ResultsBatch finished;
    finished.finished.append(0);
    finished.runningChanged = true; // the worker went idle
    model.apply(finished);
    QCOMPARE(model.state(0), State::Done);
    QCOMPARE(text(model, 0, ResultsModel::Prime), doneText);
    QCOMPARE(text(model, 0, ResultsModel::Elapsed), QStringLiteral("0.250000"));
    QCOMPARE(text(model, 0, ResultsModel::Start), QStringLiteral("1.000"));
    QCOMPARE(text(model, 0, ResultsModel::End), QStringLiteral("1.250"));
    QCOMPARE(text(model, 0, ResultsModel::Attempts), QStringLiteral("1"));
    QCOMPARE(text(model, 0, ResultsModel::Verified), QStringLiteral("✓"));
    QCOMPARE(model.doneCount(), 1);
    QCOMPARE(model.runningCount(), 0);

    // A late progress report for a finished job does not bring it back to life.
    model.apply(started);
    QCOMPARE(model.state(0), State::Done);
    QCOMPARE(model.doneCount(), 1);
}

void TestResultsModel::oneSignalPerBatch()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<quint64> numbers;
    for (quint64 n = 0; n < 1000; ++n)
        numbers.append(n);
    const auto store = runOn(model, numbers);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ResultsBatch batch;
    for (int i = 10; i < 500; ++i) {
        store->finish(result(i, numbers.at(i)));
        batch.finished.append(i);
    }
    model.apply(batch);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 10);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 499);
    QCOMPARE(model.doneCount(), 490);
    model.apply({});
    QCOMPARE(changed.size(), 1); // nothing to say, nothing emitted
}

void TestResultsModel::verifiedAgainstMillerRabin_data()
{
    QTest::addColumn<bool>("claimPrime");
    QTest::addColumn<QString>("verified");
    QTest::newRow("right") << true << QStringLiteral("✓");
    QTest::newRow("wrong") << false << QStringLiteral("✗ wrong");
}

void TestResultsModel::verifiedAgainstMillerRabin()
{
    QFETCH(bool, claimPrime);
    QFETCH(QString, verified);
    ResultsModel model;
    const auto store = runOn(model, { 18446744073709551557ull });
    JobResult r = result(0, 18446744073709551557ull);
    r.prime = claimPrime;
    store->finish(r);
    ResultsBatch batch;
    batch.finished.append(0);
    model.apply(batch);
    QCOMPARE(text(model, 0, ResultsModel::Verified), verified);
    QCOMPARE(model.index(0, 0).data(Qt::ForegroundRole).isValid(), !claimPrime);
}

void TestResultsModel::stoppedRunMarksTheRest()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto store = runOn(model, { 3, 5, 7 });
    ResultsBatch batch = running(1, 0, 0.5);
    store->finish(result(0, 3));
    batch.finished.append(0);
    JobResult failed = result(2, 7);
    failed.error = QStringLiteral("gave up after 3 tries");
    failed.attempts = 3;
    store->finish(failed);
    batch.finished.append(2);
    model.apply(batch);
    QCOMPARE(model.state(1), State::Running);
    model.finishRun();
    QCOMPARE(model.state(0), State::Done);
    QCOMPARE(model.state(1), State::Unchecked);
    QCOMPARE(text(model, 1, ResultsModel::Prime), QStringLiteral("stopped"));
    QCOMPARE(model.state(2), State::Failed);
    QCOMPARE(text(model, 2, ResultsModel::Prime), QStringLiteral("error"));
    QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(), failed.error);
    QCOMPARE(text(model, 2, ResultsModel::Attempts), QStringLiteral("3"));
}

void TestResultsModel::outOfRangeIsIgnored()
{
    ResultsModel model;
    const auto store = runOn(model, { 3 });
    ResultsBatch batch = running(5, 0, 0.5);
    batch.running.insert(-1, { 0, 0.5 });
    batch.finished.append(7);
    batch.finished.append(0); // named, but not finished in the store: not believed
    model.apply(batch);
    QCOMPARE(model.state(0), State::Pending);
    QCOMPARE(model.doneCount(), 0);
    QCOMPARE(model.runningCount(), 0);
}

void TestResultsModel::sortKeys()
{
    ResultsModel model;
    const auto store = runOn(model, { 9, 7, 1000 });
    ResultsBatch batch = running(2, 1, 0.5);
    store->finish(result(0, 9));
    store->finish(result(1, 7));
    batch.finished = { 0, 1 };
    model.apply(batch);
    const auto key = [&](int row) {
        return model.index(row, ResultsModel::Prime).data(ResultsModel::SortRole).toDouble();
    };
    QVERIFY(key(1) > key(0)); // primes first when sorted descending
    QVERIFY(key(0) > key(2)); // then composites, then running
    QCOMPARE(model.index(2, ResultsModel::Number).data(ResultsModel::SortRole).toULongLong(), 1000ull);
}

// The window lists the pending numbers on every change of its controls: the same numbers
// again rebuild nothing, nor does a run of them starting; other numbers do, and so does
// listing numbers over a run's store.
void TestResultsModel::sameNumbersAreNotListedAgain()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.reset(QList<quint64> { 7, 9, 11 });
    model.reset(QList<quint64> { 7, 9, 11 });
    QCOMPARE(resets.size(), 1);
    model.reset(QList<quint64> { 7, 9, 13 });
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 3);
    // The run of the listed numbers: the rows stay, and they follow the run's store.
    auto store = std::make_shared<RunStore>(QList<quint64> { 7, 9, 13 }, 1);
    model.reset(store);
    QCOMPARE(resets.size(), 2);
    store->finish(result(1, 9));
    ResultsBatch batch;
    batch.finished.append(1);
    model.apply(batch);
    QCOMPARE(model.state(1), ResultsModel::State::Done);
    QCOMPARE(model.doneCount(), 1);
    // A run of other numbers replaces the rows.
    model.reset(std::make_shared<RunStore>(QList<quint64> { 7, 9 }, 1));
    QCOMPARE(resets.size(), 3);
    QCOMPARE(model.rowCount(), 2);
    model.reset(QList<quint64> { 7, 9 });
    QCOMPARE(resets.size(), 4);
}

void TestResultsModel::widthSamples_data()
{
    QTest::addColumn<QList<quint64>>("numbers");
    QTest::addColumn<QString>("index");
    QTest::addColumn<QString>("number");
    QTest::newRow("none") << QList<quint64> {} << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("the largest last")
        << QList<quint64> { 2, 3, 1000003 } << QStringLiteral("3") << QStringLiteral("1000003");
    QTest::newRow("the largest first, of twelve")
        << QList<quint64> { 18446744073709551615ULL, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 999 }
        << QStringLiteral("12") << QStringLiteral("18446744073709551615");
}

// What the view sizes its columns by: the row count, the largest number of the list, the
// workers' names as the Worker column writes them.
void TestResultsModel::widthSamples()
{
    QFETCH(QList<quint64>, numbers);
    QFETCH(QString, index);
    QFETCH(QString, number);
    ResultsModel model;
    model.reset(numbers);
    QCOMPARE(model.widthSamples(ResultsModel::Index), QStringList { index });
    QCOMPARE(model.widthSamples(ResultsModel::Number), QStringList { number });
    QVERIFY(model.widthSamples(ResultsModel::Worker).isEmpty());
    QVERIFY(model.widthSamples(ResultsModel::Prime).contains(QStringLiteral("stopped")));

    const auto store = runOn(model, numbers);
    model.setWorkers({ { 0, QStringLiteral("process 1"), 4242 }, { 1, QStringLiteral("process 2"), 0 } });
    QStringList workers = model.widthSamples(ResultsModel::Worker);
    workers.sort();
    QCOMPARE(workers, (QStringList { QStringLiteral("process 1 (pid 4242)"), QStringLiteral("process 2") }));
}

void TestResultsModel::workersChangedOnlyOnAChange()
{
    ResultsModel model;
    const auto store = runOn(model, { 2, 3 });
    QSignalSpy changed(&model, &ResultsModel::workersChanged);
    model.setWorkers({ { 0, QStringLiteral("process 1"), 0 } });
    QCOMPARE(changed.count(), 1);
    model.setWorkers({ { 0, QStringLiteral("process 1"), 0 } });
    QCOMPARE(changed.count(), 1);
    model.setWorkers({ { 0, QStringLiteral("process 1"), 77 } }); // the handshake's pid
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.widthSamples(ResultsModel::Worker), QStringList { QStringLiteral("process 1 (pid 77)") });
}

QTEST_MAIN(TestResultsModel)
#include "tst_resultsmodel.moc"
