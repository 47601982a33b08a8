// Generated lists made off the GUI thread: the list asked for, once; a newer request or a
// cancel leaves nothing of the older; a generator destroyed mid-list leaves its thread to end.
#include "poolsettled.h"
#include "workloadgenerator.h"

#include <QSignalSpy>
#include <QTest>

using Request = WorkloadGenerator::Request;
Q_DECLARE_METATYPE(Request)

class TestWorkloadGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void makesTheListAsked_data();
    void makesTheListAsked();
    void aNewerRequestReplacesTheOlder();
    void cancelDropsTheList();
    void destroyedWhileMakingAList();
};

void TestWorkloadGenerator::makesTheListAsked_data()
{
    QTest::addColumn<Request>("request");
    QTest::newRow("one number") << Request { 1, 6, 50 };
    QTest::newRow("1,000 of 12 digits") << Request { 1000, 12, 30 };
    QTest::newRow("no primes") << Request { 500, 9, 0 };
    QTest::newRow("all primes, 19 digits") << Request { 200, 19, 100 };
}

void TestWorkloadGenerator::makesTheListAsked()
{
    QFETCH(Request, request);
    WorkloadGenerator generator;
    QSignalSpy generated(&generator, &WorkloadGenerator::generated);
    generator.generate(request);
    QVERIFY(generator.isGenerating());
    QVERIFY(generator.request() == request);
    QVERIFY(generated.wait(60000));
    QVERIFY(!generator.isGenerating());
    QCOMPARE(generated.size(), 1);
    QVERIFY(generated.first().at(0).value<Request>() == request);
    const Workload workload = generated.first().at(1).value<Workload>();
    const Workload expected = Workload::generated(request.count, request.digits, request.primePercent / 100.0,
                                                  WorkloadGenerator::seed);
    QCOMPARE(workload.numbers, expected.numbers);
    QCOMPARE(workload.expectedPrime, expected.expectedPrime);
}

void TestWorkloadGenerator::aNewerRequestReplacesTheOlder()
{
    WorkloadGenerator generator;
    QSignalSpy generated(&generator, &WorkloadGenerator::generated);
    generator.generate({ 100000, 12, 30 });
    const Request newer { 50, 6, 50 };
    generator.generate(newer);
    QVERIFY(generator.request() == newer);
    QVERIFY(poolSettled());
    QCOMPARE(generated.size(), 1);
    QVERIFY(generated.first().at(0).value<Request>() == newer);
    QCOMPARE(generated.first().at(1).value<Workload>().size(), 50);
}

void TestWorkloadGenerator::cancelDropsTheList()
{
    WorkloadGenerator generator;
    QSignalSpy generated(&generator, &WorkloadGenerator::generated);
    generator.generate({ 100000, 12, 30 });
    generator.cancel();
    QVERIFY(!generator.isGenerating());
    QVERIFY(poolSettled());
    QCOMPARE(generated.size(), 0);
    generator.cancel(); // nothing under way: nothing to do
    QVERIFY(!generator.isGenerating());
}

void TestWorkloadGenerator::destroyedWhileMakingAList()
{
    // The pool thread keeps its own share of the stop flag; the sanitizer builds check that
    // nothing of the generator is touched after it is gone.
    auto generator = std::make_unique<WorkloadGenerator>();
    generator->generate({ 100000, 12, 30 });
    generator.reset();
    QVERIFY(poolSettled());
}

QTEST_MAIN(TestWorkloadGenerator)
#include "tst_workloadgenerator.moc"
