#include "millerrabin.h"
#include "trialdivision.h"
#include "workload.h"

#include <QRandomGenerator64>
#include <QTest>

#include <limits>

class TestTrialDivision : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isqrtExact_data();
    void isqrtExact();
    void bookFixture_data();
    void bookFixture();
    void edgeCases_data();
    void edgeCases();
    void slicedAgreesWithPlainLoop_data();
    void slicedAgreesWithPlainLoop();
    void progressIsMonotonic();
    void agreesWithMillerRabin();
};

void TestTrialDivision::isqrtExact_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint64>("root");
    QTest::newRow("0") << quint64(0) << quint64(0);
    QTest::newRow("1") << quint64(1) << quint64(1);
    QTest::newRow("3") << quint64(3) << quint64(1);
    QTest::newRow("4") << quint64(4) << quint64(2);
    QTest::newRow("99") << quint64(99) << quint64(9);
    QTest::newRow("10^16") << quint64(10000000000000000ull) << quint64(100000000);
    QTest::newRow("10^16 - 1") << quint64(9999999999999999ull) << quint64(99999999);
    // Where a double rounds up: 4294967291^2 and its neighbours.
    QTest::newRow("4294967291^2") << quint64(18446744030759878681ull) << quint64(4294967291ull);
    QTest::newRow("4294967291^2 - 1") << quint64(18446744030759878680ull) << quint64(4294967290ull);
    QTest::newRow("(2^32-1)^2") << quint64(18446744065119617025ull) << quint64(4294967295ull);
    QTest::newRow("(2^32-1)^2 - 1") << quint64(18446744065119617024ull) << quint64(4294967294ull);
    QTest::newRow("2^64 - 1") << std::numeric_limits<quint64>::max() << quint64(4294967295ull);
    QTest::newRow("2^53 + 1") << quint64(9007199254740993ull) << quint64(94906265);
}

void TestTrialDivision::isqrtExact()
{
    QFETCH(quint64, n);
    QFETCH(quint64, root);
    QCOMPARE(TrialDivision::isqrt(n), root);
}

void TestTrialDivision::bookFixture_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<bool>("prime");
    const Workload book = Workload::book();
    QCOMPARE(book.size(), 20);
    for (qsizetype i = 0; i < book.size(); ++i)
        QTest::newRow(QByteArray::number(book.numbers.at(i)).constData())
            << book.numbers.at(i) << book.expectedPrime.at(i);
}

void TestTrialDivision::bookFixture()
{
    QFETCH(quint64, n);
    QFETCH(bool, prime);
    QCOMPARE(TrialDivision::isPrime(n), prime);
    QCOMPARE(MillerRabin::isPrime(n), prime);
    TrialDivision sliced(n);
    while (!sliced.advance(1 << 20)) { }
    QCOMPARE(sliced.isPrime(), prime);
}

void TestTrialDivision::edgeCases_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<bool>("prime");
    QTest::newRow("0") << quint64(0) << false;
    QTest::newRow("1") << quint64(1) << false;
    QTest::newRow("2") << quint64(2) << true;
    QTest::newRow("3") << quint64(3) << true;
    QTest::newRow("4") << quint64(4) << false;
    QTest::newRow("5") << quint64(5) << true;
    QTest::newRow("9") << quint64(9) << false;
    QTest::newRow("25") << quint64(25) << false;
    QTest::newRow("49") << quint64(49) << false;
    QTest::newRow("10007^2") << quint64(100140049) << false;
    QTest::newRow("99991^2") << quint64(9998200081ull) << false;
    QTest::newRow("2147483647^2") << quint64(4611686014132420609ull) << false;
    QTest::newRow("2^61-1") << quint64(2305843009213693951ull) << true;
    QTest::newRow("2^64-1") << std::numeric_limits<quint64>::max() << false;
    QTest::newRow("4294967291^2") << quint64(18446744030759878681ull) << false;
    QTest::newRow("largest 64-bit prime") << quint64(18446744073709551557ull) << true;
}

void TestTrialDivision::edgeCases()
{
    QFETCH(quint64, n);
    QFETCH(bool, prime);
    QCOMPARE(MillerRabin::isPrime(n), prime);
    // A full trial division of the largest primes takes seconds: the plain loop only where cheap.
    if (TrialDivision::divisionsFor(n) < 100'000'000)
        QCOMPARE(TrialDivision::isPrime(n), prime);
}

void TestTrialDivision::slicedAgreesWithPlainLoop_data()
{
    QTest::addColumn<quint64>("slice");
    QTest::newRow("1") << quint64(1);
    QTest::newRow("2") << quint64(2);
    QTest::newRow("7") << quint64(7);
    QTest::newRow("1000") << quint64(1000);
    QTest::newRow("huge") << std::numeric_limits<quint64>::max();
}

void TestTrialDivision::slicedAgreesWithPlainLoop()
{
    QFETCH(quint64, slice);
    for (quint64 n = 0; n < 3000; ++n) {
        TrialDivision check(n);
        int guard = 0;
        while (!check.advance(slice))
            QVERIFY(++guard < 100000);
        QVERIFY2(check.isPrime() == TrialDivision::isPrime(n), QByteArray::number(n).constData());
        QCOMPARE(check.progress(), 1.0);
    }
    for (quint64 n : { quint64(1000003) * 1000033, quint64(999999000001ull), quint64(10000000019ull) }) {
        TrialDivision check(n);
        while (!check.advance(slice == 1 ? 997 : slice)) { }
        QCOMPARE(check.isPrime(), TrialDivision::isPrime(n));
    }
}

void TestTrialDivision::progressIsMonotonic()
{
    TrialDivision check(999999000001ull); // prime: runs every divisor
    QVERIFY(check.divisionsTotal() > 0);
    double last = 0;
    while (!check.advance(check.divisionsTotal() / 10 + 1)) {
        QVERIFY(check.progress() > last);
        QVERIFY(check.progress() < 1.0);
        QVERIFY(check.divisionsDone() <= check.divisionsTotal());
        last = check.progress();
    }
    QVERIFY(check.isPrime());
    QCOMPARE(check.progress(), 1.0);
    QCOMPARE(check.divisionsDone(), check.divisionsTotal());
}

void TestTrialDivision::agreesWithMillerRabin()
{
    QRandomGenerator64 random(20261124);
    int primes = 0;
    for (int i = 0; i < 5000; ++i) {
        const quint64 n = random.bounded(quint64(1'000'000'000'000ull));
        const bool prime = TrialDivision::isPrime(n);
        QVERIFY2(prime == MillerRabin::isPrime(n), QByteArray::number(n).constData());
        primes += prime;
    }
    QVERIFY(primes > 50); // about 1 in 27 numbers below 10^12 is prime
}

QTEST_GUILESS_MAIN(TestTrialDivision)
#include "tst_trialdivision.moc"
