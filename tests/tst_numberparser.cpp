#include "numberparser.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
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
    void columnsCountCharacters_data();
    void columnsCountCharacters();
    void controlCharactersEscaped();
    void strayBytesHaveAPlace();
    void longTokenCut();
    void errorsBounded();
    void limits_data();
    void limits();
    void devZeroStops();
    void thousands_data();
    void thousands();
    void streamInPieces();
    void byteOrderMark_data();
    void byteOrderMark();
    void cancel();
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
    // Both programs say it so of a file that holds no number.
    QCOMPARE(ParsedNumbers::nothingToCheck(QStringLiteral("numbers.txt")),
             QStringLiteral("numbers.txt: error: no numbers to check"));
}

void TestNumberParser::columnsCountCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::newRow("ascii") << QStringLiteral("ab x") << 4;
    QTest::newRow("two-byte") << QStringLiteral("\u00e9\u00e9 x") << 4;
    QTest::newRow("outside the BMP") << QStringLiteral("\U0001F600 x") << 3;
    QTest::newRow("bad token outside the BMP") << QStringLiteral("1 \U0001F600\U0001F600") << 3;
}

void TestNumberParser::columnsCountCharacters()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    const ParsedNumbers parsed = NumberParser::parse(text);
    QVERIFY(!parsed.errors.isEmpty());
    QCOMPARE(parsed.errors.last().column, column);
}

void TestNumberParser::controlCharactersEscaped()
{
    const ParsedNumbers parsed = NumberParser::parse(QStringLiteral("\x1b[31m7 1\u202e2"));
    QCOMPARE(parsed.errors.size(), 2);
    QCOMPARE(parsed.errors.at(0).token, QStringLiteral("\\x1b[31m7"));
    QCOMPARE(parsed.errors.at(1).token, QStringLiteral("1\\u202e2"));
    for (const QString &line : parsed.messages(QStringLiteral("f"))) {
        for (QChar c : line)
            QVERIFY(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format);
    }
}

void TestNumberParser::strayBytesHaveAPlace()
{
    // Broken UTF-8: a continuation byte no lead byte announced is a character of its own.
    NumberParser parser;
    parser.feed("\x9d 7 \xc3\xa9\xa9 x");
    const ParsedNumbers parsed = parser.finish();
    QCOMPARE(parsed.numbers, Numbers { 7 });
    QCOMPARE(parsed.errors.size(), 3);
    QCOMPARE(parsed.errors.at(0).column, 1);
    QCOMPARE(parsed.errors.at(0).length, 1);
    QCOMPARE(parsed.errors.at(1).column, 5);
    QCOMPARE(parsed.errors.at(1).length, 2);
    QCOMPARE(parsed.errors.at(2).column, 8);
}

void TestNumberParser::longTokenCut()
{
    const QByteArray token(1'000'000, 'a');
    NumberParser::Options options;
    options.limits.maxLineBytes = 200'000'000;
    NumberParser parser(options);
    parser.feed("5 ");
    for (int i = 0; i < 100; ++i)
        parser.feed(token);
    const ParsedNumbers parsed = parser.finish();
    QCOMPARE(parsed.numbers, Numbers { 5 });
    QCOMPARE(parsed.errors.size(), 1);
    const NumberError &error = parsed.errors.first();
    QCOMPARE(error.length, 100'000'000);
    QCOMPARE(error.token, QString(40, QLatin1Char('a')) + QChar(0x2026));
    QCOMPARE(error.toString(QStringLiteral("big.txt")),
             QStringLiteral("big.txt:1:3: error: '%1…' (100000000 characters): not a whole number")
                 .arg(QString(40, QLatin1Char('a'))));
}

void TestNumberParser::errorsBounded()
{
    QByteArray text;
    for (int i = 0; i < 250'000; ++i)
        text += "x ";
    const ParsedNumbers parsed = NumberParser::parse(QString::fromLatin1(text));
    QCOMPARE(parsed.errors.size(), 100);
    QCOMPARE(parsed.errorCount, 250'000);
    const QStringList messages = parsed.messages(QStringLiteral("f"));
    QCOMPARE(messages.size(), 101);
    QCOMPARE(messages.last(), QStringLiteral("… and 249900 more bad token(s)"));
}

void TestNumberParser::limits_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("maxLineBytes");
    QTest::addColumn<qint64>("maxNumbers");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("line too long") << QByteArray("1\n") + QByteArray(200, '7') << qint64(100) << qint64(1000)
                                   << qint64(2) << 101 << QStringLiteral("line longer than 100 bytes");
    QTest::newRow("too many numbers") << QByteArray("1 2 3\n4 5 6 7") << qint64(100) << qint64(5) << qint64(2)
                                      << 5 << QStringLiteral("more than 5 numbers");
    QTest::newRow("too many numbers, one a line") << QByteArray("1\n2\n3\n4\n") << qint64(100) << qint64(2)
                                                  << qint64(3) << 1 << QStringLiteral("more than 2 numbers");
    QTest::newRow("too many numbers, one a line with CR LF")
        << QByteArray("1\r\n2\r\n3\r\n") << qint64(100) << qint64(1) << qint64(2) << 1
        << QStringLiteral("more than 1 numbers");
    QTest::newRow("line of digits too long") << QByteArray("12345\n123456\n") << qint64(5) << qint64(1000)
                                             << qint64(2) << 6 << QStringLiteral("line longer than 5 bytes");
    QTest::newRow("line of digits too long with its CR")
        << QByteArray("12345\r\n") << qint64(5) << qint64(1000) << qint64(1) << 6
        << QStringLiteral("line longer than 5 bytes");
    QTest::newRow("binary") << QByteArray("1 2\n3\0 4", 9) << qint64(100) << qint64(100) << qint64(2) << 2
                            << QStringLiteral("binary data");
}

void TestNumberParser::limits()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, maxLineBytes);
    QFETCH(qint64, maxNumbers);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, reason);
    NumberParser::Options options;
    options.limits.maxLineBytes = maxLineBytes;
    options.limits.maxNumbers = maxNumbers;
    NumberParser parser(options);
    QVERIFY(!parser.feed(text));
    QVERIFY(!parser.feed("8 9\n"));
    // Byte by byte (whole lines are read another way) the reading stops at the same byte.
    NumberParser bytewise(options);
    for (qsizetype i = 0; i < text.size() && bytewise.feed(text.sliced(i, 1)); ++i) { }
    QCOMPARE(parser.bytesRead(), bytewise.bytesRead());
    QCOMPARE(bytewise.finish().stop, parser.finish().stop);
    NumberParser again(options);
    again.feed(text);
    const ParsedNumbers parsed = again.finish();
    QVERIFY(parsed.stop);
    QVERIFY(!parsed.isValid());
    QCOMPARE(parsed.stop->line, line);
    QCOMPARE(parsed.stop->column, column);
    QVERIFY2(parsed.stop->reason.startsWith(reason), qPrintable(parsed.stop->reason));
    QVERIFY(parsed.numbers.size() <= maxNumbers);
}

void TestNumberParser::devZeroStops()
{
    QFile zero(QStringLiteral("/dev/zero"));
    if (!zero.open(QIODevice::ReadOnly))
        QSKIP("no /dev/zero here");
    const ParsedNumbers parsed = NumberParser::parse(zero);
    QVERIFY(parsed.stop);
    QCOMPARE(parsed.stop->toString(QStringLiteral("/dev/zero")),
             QStringLiteral("/dev/zero:1:1: error: binary data (a NUL byte): not a list of numbers"));
}

void TestNumberParser::thousands_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("join");
    QTest::addColumn<Numbers>("numbers");
    QTest::addColumn<QString>("warning"); // empty: none
    QTest::addColumn<int>("errors");
    const QString one = QStringLiteral("f:1:3: warning: '1,000,003' looks like one number with thousands "
                                       "separators; read as 3 separate numbers");
    QTest::newRow("kept apart") << QStringLiteral("7 1,000,003") << false << Numbers { 7, 1, 0, 3 } << one
                                << 0;
    QTest::newRow("joined") << QStringLiteral("7 1,000,003") << true << Numbers { 7, 1000003 }
                            << QStringLiteral("f:1:3: warning: '1,000,003' read as the one number 1000003 "
                                              "(commas as thousands separators)")
                            << 0;
    QTest::newRow("a plain list") << QStringLiteral("2,3,5, 7") << true << Numbers { 2, 3, 5, 7 } << QString()
                                  << 0;
    QTest::newRow("space after the comma")
        << QStringLiteral("1, 000") << true << Numbers { 1, 0 } << QString() << 0;
    QTest::newRow("trailing comma") << QStringLiteral("1,000,") << true << Numbers { 1, 0 } << QString() << 0;
    QTest::newRow("leading comma") << QStringLiteral(",1,000") << true << Numbers { 1, 0 } << QString() << 0;
    QTest::newRow("four digits first")
        << QStringLiteral("1000,000") << true << Numbers { 1000, 0 } << QString() << 0;
    QTest::newRow("two digits later") << QStringLiteral("1,00") << true << Numbers { 1, 0 } << QString() << 0;
    QTest::newRow("double comma") << QStringLiteral("1,,000") << true << Numbers { 1, 0 } << QString() << 0;
    QTest::newRow("too large joined")
        << QStringLiteral("18,446,744,073,709,551,616") << true << Numbers {}
        << QStringLiteral("f:1:1: warning: '18,446,744,073,709,551,616' looks like one number with thousands "
                          "separators; read as 7 separate numbers")
        << 1;
    QTest::newRow("max joined") << QStringLiteral("18,446,744,073,709,551,615") << true
                                << Numbers { 18446744073709551615ull }
                                << QStringLiteral(
                                       "f:1:1: warning: '18,446,744,073,709,551,615' read as the one "
                                       "number 18446744073709551615 (commas as thousands separators)")
                                << 0;
}

void TestNumberParser::thousands()
{
    QFETCH(QString, text);
    QFETCH(bool, join);
    QFETCH(Numbers, numbers);
    QFETCH(QString, warning);
    QFETCH(int, errors);
    NumberParser::Options options;
    options.joinThousands = join;
    const ParsedNumbers parsed = NumberParser::parse(text, options);
    QCOMPARE(parsed.numbers, numbers);
    QCOMPARE(parsed.errorCount, errors);
    QCOMPARE(parsed.thousandsCount, warning.isEmpty() ? 0 : 1);
    if (!warning.isEmpty())
        QCOMPARE(parsed.thousands.first().toString(QStringLiteral("f"), join), warning);
}

void TestNumberParser::streamInPieces()
{
    // The same text cut anywhere, even inside a character, gives the same result.
    const QByteArray text
        = QStringLiteral("12 \u00e9x 1,000 -5\n# c \U0001F600\n99999999999999999999 7\t8,9\n"
                         "2\n1000003\r\n\n1234567890123456789\n18446744073709551615\n18446744073709551616\n"
                         "3\r\r\n5 \n7x\n11")
              .toUtf8();
    const ParsedNumbers whole = NumberParser::parse(QString::fromUtf8(text));
    QCOMPARE(whole.numbers,
             (Numbers { 12, 1, 0, 7, 8, 9, 2, 1000003, 1234567890123456789ull, 18446744073709551615ull, 3, 5,
                        11 }));
    QCOMPARE(whole.errors.size(), 5);
    QCOMPARE(whole.errors.at(3).line, 9);
    QCOMPARE(whole.errors.at(3).column, 1);
    QCOMPARE(whole.errors.at(4).line, 12);
    QCOMPARE(whole.errors.at(4).token, QStringLiteral("7x"));
    QRandomGenerator random(20261130);
    for (int round = 0; round < 200; ++round) {
        NumberParser parser;
        qsizetype at = 0;
        while (at < text.size()) {
            const qsizetype size = qMin<qsizetype>(text.size() - at, random.bounded(1, 8));
            parser.feed(QByteArrayView(text.constData() + at, size));
            at += size;
        }
        const ParsedNumbers pieces = parser.finish();
        QCOMPARE(pieces.numbers, whole.numbers);
        QCOMPARE(pieces.errors, whole.errors);
        QCOMPARE(pieces.thousandsCount, whole.thousandsCount);
        QCOMPARE(pieces.errorCount, whole.errorCount);
        QCOMPARE(pieces.thousands, whole.thousands);
        QCOMPARE(pieces.stop, whole.stop);
    }
}

void TestNumberParser::byteOrderMark_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Numbers>("numbers");
    QTest::addColumn<QString>("error"); // "line:column token", empty for none
    QTest::newRow("a mark first") << QByteArray("\xEF\xBB\xBF"
                                                "97\t101\n")
                                  << Numbers { 97, 101 } << QString();
    QTest::newRow("a mark alone") << QByteArray("\xEF\xBB\xBF") << Numbers {} << QString();
    // Anywhere else it is a character like another: not part of a number.
    QTest::newRow("a mark inside") << QByteArray("97 \xEF\xBB\xBF"
                                                 "101")
                                   << Numbers { 97 } << QStringLiteral("1:4 \\ufeff101");
    QTest::newRow("two marks") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                             "5")
                               << Numbers {} << QStringLiteral("1:1 \\ufeff5");
    QTest::newRow("half a mark, then a number") << QByteArray("\xEF\xBB"
                                                              "7 8")
                                                << Numbers { 8 } << QStringLiteral("1:1 ");
    QTest::newRow("half a mark alone") << QByteArray("\xEF") << Numbers {} << QStringLiteral("1:1 ");
}

// A UTF-8 byte order mark opening the text (Windows editors write one) is skipped, whole or
// in pieces, and is a bad character anywhere else.
void TestNumberParser::byteOrderMark()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Numbers, numbers);
    QFETCH(QString, error);
    for (const qsizetype piece : { bytes.size(), qsizetype(1), qsizetype(2) }) {
        NumberParser parser;
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            parser.feed(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
        const ParsedNumbers parsed = parser.finish();
        QCOMPARE(parsed.numbers, numbers);
        QCOMPARE(parsed.errors.size(), error.isEmpty() ? 0 : 1);
        if (!error.isEmpty()) {
            const NumberError &e = parsed.errors.first();
            QVERIFY2(QStringLiteral("%1:%2 %3").arg(e.line).arg(e.column).arg(e.token).startsWith(error),
                     qPrintable(e.toString(QStringLiteral("bytes"))));
        }
    }
}

void TestNumberParser::cancel()
{
    QByteArray text;
    for (int i = 0; i < 300'000; ++i)
        text += "1234567\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    int calls = 0;
    const ParsedNumbers parsed = NumberParser::parse(buffer, {}, [&calls](qint64) { return ++calls < 2; });
    QVERIFY(parsed.canceled);
    QVERIFY(!parsed.isValid());
    QCOMPARE(calls, 2);
}

QTEST_GUILESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"
