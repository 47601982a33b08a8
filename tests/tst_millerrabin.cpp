#include "millerrabin.h"
#include "trialdivision.h"

#include <QTest>

#include <limits>

class TestMillerRabin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownNumbers_data();
    void knownNumbers();
    void agreesWithSieveBelowOneMillion();
    void agreesWithTrialDivision_data();
    void agreesWithTrialDivision();
};

void TestMillerRabin::knownNumbers_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<bool>("prime");
    QTest::newRow("0") << quint64(0) << false;
    QTest::newRow("1") << quint64(1) << false;
    QTest::newRow("2") << quint64(2) << true;
    QTest::newRow("37") << quint64(37) << true;
    QTest::newRow("41") << quint64(41) << true;
    QTest::newRow("561 Carmichael") << quint64(561) << false;
    QTest::newRow("1373653 strong pseudoprime to 2,3") << quint64(1373653) << false;
    QTest::newRow("25326001 strong pseudoprime to 2,3,5") << quint64(25326001) << false;
    QTest::newRow("largest 32-bit prime") << quint64(4294967291ull) << true;
    QTest::newRow("2^32-1") << quint64(4294967295ull) << false;
    QTest::newRow("65521^2") << quint64(65521ull * 65521ull) << false;
    QTest::newRow("4759123141 strong pseudoprime to 2,7,61") << quint64(4759123141ull) << false;
    QTest::newRow("3215031751 strong pseudoprime to 2,3,5,7") << quint64(3215031751ull) << false;
    QTest::newRow("3825123056546413051 strong pseudoprime to 2..23")
        << quint64(3825123056546413051ull) << false;
    QTest::newRow("2^61-1") << quint64(2305843009213693951ull) << true;
    QTest::newRow("largest 64-bit prime") << quint64(18446744073709551557ull) << true;
    QTest::newRow("2^64-1") << std::numeric_limits<quint64>::max() << false;
    QTest::newRow("4294967291^2") << quint64(18446744030759878681ull) << false;
    QTest::newRow("4294967291 * 4294967279") << quint64(4294967291ull) * 4294967279ull << false;
}

void TestMillerRabin::knownNumbers()
{
    QFETCH(quint64, n);
    QFETCH(bool, prime);
    QCOMPARE(MillerRabin::isPrime(n), prime);
}

void TestMillerRabin::agreesWithSieveBelowOneMillion()
{
    constexpr int limit = 1'000'000;
    std::vector<bool> composite(limit, false);
    composite[0] = composite[1] = true;
    for (int i = 2; i * i < limit; ++i) {
        if (!composite[i]) {
            for (int j = i * i; j < limit; j += i)
                composite[j] = true;
        }
    }
    for (int n = 0; n < limit; ++n) {
        if (MillerRabin::isPrime(quint64(n)) == composite[n])
            QFAIL(qPrintable(QStringLiteral("disagrees with the sieve at %1").arg(n)));
    }
}

// Below 2^32 the check runs in Montgomery form: compared, number by number, with the
// plain algorithm where the modulus is largest and near the switch to 64-bit arithmetic.
void TestMillerRabin::agreesWithTrialDivision_data()
{
    QTest::addColumn<quint64>("first");
    QTest::addColumn<int>("count");
    QTest::newRow("1e6..") << quint64(1'000'000) << 100000;
    QTest::newRow("1e9..") << quint64(1'000'000'000) << 20000;
    QTest::newRow("below 2^31") << (quint64(1) << 31) - 10000 << 20000;
    QTest::newRow("across 2^32") << (quint64(1) << 32) - 10000 << 20000;
}

void TestMillerRabin::agreesWithTrialDivision()
{
    QFETCH(quint64, first);
    QFETCH(int, count);
    for (quint64 n = first; n < first + quint64(count); ++n) {
        if (MillerRabin::isPrime(n) != TrialDivision::isPrime(n))
            QFAIL(qPrintable(QStringLiteral("disagrees with trial division at %1").arg(n)));
    }
}

QTEST_GUILESS_MAIN(TestMillerRabin)
#include "tst_millerrabin.moc"
