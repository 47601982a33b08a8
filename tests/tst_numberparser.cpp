#include "numberparser.h"

#include <QTest>

using Numbers = QList<quint64>;
using Errors = QList<NumberError>;

class TestNumberParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void errorText();
};

void TestNumberParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Numbers>("numbers");
    QTest::addColumn<Errors>("errors");

    const QString notWhole = QStringLiteral("not a whole number");
    const QString negative = QStringLiteral("negative numbers cannot be checked");
    const QString tooLarge = QStringLiteral("larger than 18446744073709551615 (2^64 - 1)");

    QTest::newRow("empty") << QString() << Numbers {} << Errors {};
    QTest::newRow("blank lines") << QStringLiteral("\n\n  \n") << Numbers {} << Errors {};
    QTest::newRow("one") << QStringLiteral("7") << Numbers { 7 } << Errors {};
    QTest::newRow("one per line") << QStringLiteral("2\n3\n5\n") << Numbers { 2, 3, 5 } << Errors {};
    QTest::newRow("spaces and commas")
        << QStringLiteral("2, 3,5\t7  11") << Numbers { 2, 3, 5, 7, 11 } << Errors {};
    QTest::newRow("windows line ends") << QStringLiteral("2\r\n3\r\n") << Numbers { 2, 3 } << Errors {};
    QTest::newRow("comment line") << QStringLiteral("# the book\n2\n") << Numbers { 2 } << Errors {};
    QTest::newRow("trailing comment")
        << QStringLiteral("2 3 # primes\n4") << Numbers { 2, 3, 4 } << Errors {};
    QTest::newRow("comment hides bad text") << QStringLiteral("5 #x y -1") << Numbers { 5 } << Errors {};
    QTest::newRow("zero and max") << QStringLiteral("0 18446744073709551615")
                                  << Numbers { 0, 18446744073709551615ull } << Errors {};
    QTest::newRow("leading zeros") << QStringLiteral("007") << Numbers { 7 } << Errors {};
    QTest::newRow("max + 1") << QStringLiteral("18446744073709551616") << Numbers {}
                             << Errors { { 1, 1, QStringLiteral("18446744073709551616"), tooLarge } };
    QTest::newRow("far too large") << QStringLiteral("1 99999999999999999999999") << Numbers { 1 }
                                   << Errors { { 1, 3, QStringLiteral("99999999999999999999999"),
                                                 tooLarge } };
    QTest::newRow("negative") << QStringLiteral("3\n  -5") << Numbers { 3 }
                              << Errors { { 2, 3, QStringLiteral("-5"), negative } };
    QTest::newRow("lone minus") << QStringLiteral("-") << Numbers {}
                                << Errors { { 1, 1, QStringLiteral("-"), notWhole } };
    QTest::newRow("decimal") << QStringLiteral("2.5") << Numbers {}
                             << Errors { { 1, 1, QStringLiteral("2.5"), notWhole } };
    QTest::newRow("exponent") << QStringLiteral("1e6") << Numbers {}
                              << Errors { { 1, 1, QStringLiteral("1e6"), notWhole } };
    QTest::newRow("plus sign") << QStringLiteral("+5") << Numbers {}
                               << Errors { { 1, 1, QStringLiteral("+5"), notWhole } };
    QTest::newRow("hex") << QStringLiteral("0x1F") << Numbers {}
                         << Errors { { 1, 1, QStringLiteral("0x1F"), notWhole } };
    QTest::newRow("semicolon is not a separator")
        << QStringLiteral("2;3") << Numbers {} << Errors { { 1, 1, QStringLiteral("2;3"), notWhole } };
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << Numbers {}
                                         << Errors { { 1, 1, QStringLiteral("\u0661\u0662"), notWhole } };
    QTest::newRow("every error at once")
        << QStringLiteral("12 abc\n-5, 99999999999999999999\n# c\n7 x") << Numbers { 12, 7 }
        << Errors { { 1, 4, QStringLiteral("abc"), notWhole },
                    { 2, 1, QStringLiteral("-5"), negative },
                    { 2, 5, QStringLiteral("99999999999999999999"), tooLarge },
                    { 4, 3, QStringLiteral("x"), notWhole } };
}

void TestNumberParser::parse()
{
    QFETCH(QString, text);
    QFETCH(Numbers, numbers);
    QFETCH(Errors, errors);
    const ParsedNumbers parsed = NumberParser::parse(text);
    QCOMPARE(parsed.numbers, numbers);
    QCOMPARE(parsed.errors.size(), errors.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        QCOMPARE(parsed.errors.at(i).line, errors.at(i).line);
        QCOMPARE(parsed.errors.at(i).column, errors.at(i).column);
        QCOMPARE(parsed.errors.at(i).token, errors.at(i).token);
        QCOMPARE(parsed.errors.at(i).reason, errors.at(i).reason);
    }
    QCOMPARE(parsed.isValid(), errors.isEmpty());
}

void TestNumberParser::errorText()
{
    const NumberError error { 3, 7, QStringLiteral("12x"), QStringLiteral("not a whole number") };
    QCOMPARE(error.toString(QStringLiteral("numbers.txt")),
             QStringLiteral("numbers.txt:3:7: error: '12x': not a whole number"));
}

QTEST_GUILESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"
