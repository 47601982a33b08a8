#include "millerrabin.h"

#include <QTest>

#include <limits>

class TestMillerRabin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownNumbers_data();
    void knownNumbers();
    void agreesWithSieveBelowOneMillion();
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

QTEST_GUILESS_MAIN(TestMillerRabin)
#include "tst_millerrabin.moc"
