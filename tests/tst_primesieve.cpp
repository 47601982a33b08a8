#include "millerrabin.h"
#include "primesieve.h"
#include "workload.h"

#include <QTest>

class TestPrimeSieve : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithMillerRabin_data();
    void agreesWithMillerRabin();
    void largestLimit();
    void worthBuildingFor_data();
    void worthBuildingFor();
};

void TestPrimeSieve::agreesWithMillerRabin_data()
{
    QTest::addColumn<quint64>("limit");
    // Limits on and either side of a word of bits, and of a square of a prime.
    for (quint64 limit : { 1, 2, 3, 9, 25, 127, 128, 129, 130, 1000, 65536, 1 << 20 })
        QTest::addRow("%llu", static_cast<unsigned long long>(limit)) << limit;
}

void TestPrimeSieve::agreesWithMillerRabin()
{
    QFETCH(quint64, limit);
    const PrimeSieve sieve(limit);
    QCOMPARE(sieve.limit(), limit);
    QVERIFY(sieve.covers(0));
    QVERIFY(sieve.covers(limit));
    QVERIFY(!sieve.covers(limit + 1));
    for (quint64 n = 0; n <= limit; ++n) {
        if (sieve.isPrime(n) != MillerRabin::isPrime(n))
            QFAIL(qPrintable(QStringLiteral("%1: the sieve says %2").arg(n).arg(sieve.isPrime(n))));
    }
}

void TestPrimeSieve::largestLimit()
{
    const PrimeSieve sieve(quint64(1) << 40); // asked for more: sieves no further than the largest limit
    QCOMPARE(sieve.limit(), PrimeSieve::largestLimit);
    QVERIFY(!sieve.covers(PrimeSieve::largestLimit + 1));
    // The primes and composites just below 2^24, and squares of the largest primes sieved.
    QVERIFY(sieve.isPrime(16777213)); // the largest prime below 2^24
    QVERIFY(!sieve.isPrime(16777215)); // 3 * 5 * 17 * 257
    QVERIFY(!sieve.isPrime(4093ull * 4093)); // 4093 is the largest prime below 2^12
    QVERIFY(!sieve.isPrime(4091ull * 4093));
    for (quint64 n = PrimeSieve::largestLimit - 100000; n <= PrimeSieve::largestLimit; ++n) {
        if (sieve.isPrime(n) != MillerRabin::isPrime(n))
            QFAIL(qPrintable(QString::number(n)));
    }
}

void TestPrimeSieve::worthBuildingFor_data()
{
    QTest::addColumn<QList<quint64>>("numbers");
    QTest::addColumn<quint64>("limit"); // 0: no sieve
    QList<quint64> thousand;
    for (quint64 n = 1000; n < 2000; ++n)
        thousand.append(n);
    QTest::newRow("none") << QList<quint64>() << quint64(0);
    QTest::newRow("a thousand small numbers") << thousand << quint64(1999);
    QTest::newRow("three small numbers") << QList<quint64> { 2, 15, 97 } << quint64(0);
    QTest::newRow("the book's numbers")
        << QList<quint64> { 2, 142702110479723, 299593572317531 } << quint64(0);
    QTest::newRow("one number too large")
        << (thousand + QList<quint64> { PrimeSieve::largestLimit + 1 }) << quint64(0);
}

void TestPrimeSieve::worthBuildingFor()
{
    QFETCH(QList<quint64>, numbers);
    QFETCH(quint64, limit);
    const PrimeSieve sieve = PrimeSieve::worthBuildingFor(Workload::largestOf(numbers), numbers.size());
    if (limit == 0) {
        QVERIFY(!sieve.covers(0));
        return;
    }
    QCOMPARE(sieve.limit(), limit);
    for (quint64 n : numbers)
        QCOMPARE(sieve.isPrime(n), MillerRabin::isPrime(n));
}

QTEST_APPLESS_MAIN(TestPrimeSieve)
#include "tst_primesieve.moc"
