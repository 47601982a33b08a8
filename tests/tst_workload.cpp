#include "millerrabin.h"
#include "trialdivision.h"
#include "workload.h"

#include <QTest>

class TestWorkload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bookPreset();
    void largePreset();
    void generated_data();
    void generated();
    void generatedIsReproducible();
    void generatedStopsWhenAsked();
    void presets_data();
    void presets();
    void largestNumber_data();
    void largestNumber();
};

void TestWorkload::bookPreset()
{
    const Workload book = Workload::book();
    QCOMPARE(book.name, QStringLiteral("book"));
    QCOMPARE(book.size(), 20);
    QCOMPARE(book.expectedPrime.size(), 20);
    QCOMPARE(book.numbers.first(), quint64(2));
    QCOMPARE(book.numbers.last(), quint64(9999999999999999ull));
    QCOMPARE(int(std::count(book.expectedPrime.cbegin(), book.expectedPrime.cend(), true)), 9);
    for (qsizetype i = 0; i < book.size(); ++i)
        QCOMPARE(MillerRabin::isPrime(book.numbers.at(i)), book.expectedPrime.at(i));
}

void TestWorkload::largePreset()
{
    const Workload large = Workload::large();
    QVERIFY(large.size() >= 6);
    for (qsizetype i = 0; i < large.size(); ++i) {
        const quint64 n = large.numbers.at(i);
        QCOMPARE(MillerRabin::isPrime(n), large.expectedPrime.at(i));
        QVERIFY(n > (quint64(1) << 59));
        // Heavy by construction: no small factor lets trial division stop early.
        QVERIFY(TrialDivision::divisionsFor(n) > 500'000'000);
        for (quint64 d = 3; d < 100000; d += 2)
            QVERIFY(n % d != 0);
    }
}

void TestWorkload::generated_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("digits");
    QTest::addColumn<double>("share");
    QTest::newRow("1 digit, all prime") << 50 << 1 << 1.0;
    QTest::newRow("1 digit, none prime") << 50 << 1 << 0.0;
    QTest::newRow("6 digits, half") << 2000 << 6 << 0.5;
    QTest::newRow("12 digits, a fifth") << 500 << 12 << 0.2;
    QTest::newRow("19 digits") << 50 << 19 << 0.5;
}

void TestWorkload::generated()
{
    QFETCH(int, count);
    QFETCH(int, digits);
    QFETCH(double, share);
    const Workload w = Workload::generated(count, digits, share, 42);
    QCOMPARE(w.size(), count);
    QCOMPARE(w.expectedPrime.size(), count);
    int primes = 0;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const quint64 n = w.numbers.at(i);
        QCOMPARE(MillerRabin::isPrime(n), w.expectedPrime.at(i));
        QCOMPARE(QString::number(n).size() <= digits, true);
        if (digits > 1)
            QCOMPARE(QString::number(n).size(), digits);
        primes += w.expectedPrime.at(i);
    }
    if (share == 0.0 || share == 1.0)
        QCOMPARE(primes, int(count * share));
    else
        QVERIFY(qAbs(primes - count * share) < count * 0.1);
}

void TestWorkload::generatedIsReproducible()
{
    QCOMPARE(Workload::generated(100, 9, 0.5, 7).numbers, Workload::generated(100, 9, 0.5, 7).numbers);
    QVERIFY(Workload::generated(100, 9, 0.5, 7).numbers != Workload::generated(100, 9, 0.5, 8).numbers);
}

void TestWorkload::generatedStopsWhenAsked()
{
    const std::atomic<bool> stop { true };
    QCOMPARE(Workload::generated(1000, 12, 0.3, 1, &stop).size(), 0);
    const std::atomic<bool> goOn { false };
    QCOMPARE(Workload::generated(1000, 12, 0.3, 1, &goOn).numbers,
             Workload::generated(1000, 12, 0.3, 1).numbers);
}

void TestWorkload::presets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::newRow("book") << QStringLiteral("book") << true;
    QTest::newRow("large") << QStringLiteral("large") << true;
    QTest::newRow("unknown") << QStringLiteral("huge") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWorkload::presets()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    const std::optional<Workload> preset = Workload::preset(name);
    QCOMPARE(preset.has_value(), known);
    if (known) {
        QCOMPARE(preset->name, name);
        QVERIFY(Workload::presetNames().contains(name));
    }
}

void TestWorkload::largestNumber_data()
{
    QTest::addColumn<QList<quint64>>("numbers");
    QTest::addColumn<quint64>("largest");
    QTest::newRow("none") << QList<quint64>() << quint64(0);
    QTest::newRow("one") << QList<quint64> { 7 } << quint64(7);
    QTest::newRow("largest first") << QList<quint64> { 9, 2, 5 } << quint64(9);
    QTest::newRow("largest last") << QList<quint64> { 1, 2, 18446744073709551615ull }
                                  << quint64(18446744073709551615ull);
    QTest::newRow("the book's") << Workload::book().numbers << quint64(9999999999999999);
}

void TestWorkload::largestNumber()
{
    QFETCH(QList<quint64>, numbers);
    QFETCH(quint64, largest);
    QCOMPARE(Workload::largestOf(numbers), largest);
    QCOMPARE(Workload::fromNumbers(QStringLiteral("test"), numbers).largestNumber(), largest);
}

QTEST_GUILESS_MAIN(TestWorkload)
#include "tst_workload.moc"
