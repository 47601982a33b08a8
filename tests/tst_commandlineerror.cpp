#include "commandlineerror.h"

#include <QCommandLineParser>
#include <QTest>

class TestCommandLineError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closest_data();
    void closest();
    void describe_data();
    void describe();
    void longOptionNames();
};

void TestCommandLineError::closest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("meant"); // empty: none
    QTest::newRow("a prefix of one") << "mod"
                                     << "mode";
    QTest::newRow("a prefix of one, longer") << "work"
                                             << "workers";
    QTest::newRow("a prefix of two: no guess") << "numb"
                                               << "";
    QTest::newRow("a letter dropped") << "wokers"
                                      << "workers";
    QTest::newRow("two letters swapped") << "ouptut"
                                         << "output";
    QTest::newRow("two letters swapped, short") << "mdoe"
                                                << "mode";
    QTest::newRow("a letter changed, short") << "mide"
                                             << "mode";
    QTest::newRow("two letters wrong, short") << "mxdx"
                                              << "";
    QTest::newRow("nothing like it") << "fast"
                                     << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCommandLineError::closest()
{
    QFETCH(QString, name);
    QFETCH(QString, meant);
    const QStringList known { QStringLiteral("mode"),   QStringLiteral("workers"), QStringLiteral("numbers"),
                              QStringLiteral("number"), QStringLiteral("output"),  QStringLiteral("slice") };
    QCOMPARE(CommandLineError::closest(name, known), meant);
}

void TestCommandLineError::describe_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("a mistyped option") << QStringList { QStringLiteral("--wrokers"), QStringLiteral("2") }
                                       << "Unknown option 'wrokers'. Did you mean --workers?";
    QTest::newRow("an unknown option")
        << QStringList { QStringLiteral("--fast") } << "Unknown option 'fast'.";
    QTest::newRow("not a short option of its own: -v is not suggested")
        << QStringList { QStringLiteral("-x") } << "Unknown option 'x'.";
    QTest::newRow("a missing value") << QStringList { QStringLiteral("--workers") }
                                     << "Missing value after '--workers'.";
}

void TestCommandLineError::describe()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("workers"), QStringLiteral("How many."), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("mode"), QStringLiteral("Which."), QStringLiteral("mode") });
    QVERIFY(!parser.parse(QStringList { QStringLiteral("program") } + arguments));
    QCOMPARE(CommandLineError::describe(parser), message);
}

// Every long option of a parser, whatever its description says.
void TestCommandLineError::longOptionNames()
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringList { QStringLiteral("o"), QStringLiteral("output") },
          QStringLiteral("Where to write; see also --format. A long description that wraps onto a "
                         "second line and names --not-an-option there."),
          QStringLiteral("file") });
    parser.addOption({ QStringLiteral("join-thousands"), QStringLiteral("Read 1,000 as one number.") });
    QCOMPARE(CommandLineError::longOptionNames(parser.helpText()),
             (QStringList { QStringLiteral("help"), QStringLiteral("help-all"), QStringLiteral("output"),
                            QStringLiteral("join-thousands") }));
}

QTEST_APPLESS_MAIN(TestCommandLineError)
#include "tst_commandlineerror.moc"
