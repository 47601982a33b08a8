#include "workerprotocol.h"

#include <QTest>

#include <limits>

using Message = WorkerProtocol::Message;

class TestWorkerProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void jobsRoundTrip_data();
    void jobsRoundTrip();
    void answersRoundTrip_data();
    void answersRoundTrip();
    void rejected_data();
    void rejected();
    void errorReasonCannotForgeLines();
};

void TestWorkerProtocol::roundTrip()
{
    QString why;
    auto decode = [&why](const QByteArray &line) { return WorkerProtocol::decode(line, &why); };

    auto hello = decode(WorkerProtocol::hello(4242));
    QVERIFY(hello);
    QCOMPARE(hello->kind, Message::Hello);
    QCOMPARE(hello->pid, 4242);
    QCOMPARE(hello->version, WorkerProtocol::version);

    auto start = decode(WorkerProtocol::start(7));
    QVERIFY(start);
    QCOMPARE(start->kind, Message::Start);
    QCOMPARE(start->index, 7);

    auto progress = decode(WorkerProtocol::progress(7, 10000));
    QVERIFY(progress);
    QCOMPARE(progress->permyriad, 10000);

    const quint64 max = std::numeric_limits<quint64>::max();
    QCOMPARE(WorkerProtocol::result(19, max, true, 123456789),
             QByteArray("RESULT 19 18446744073709551615 1 123456789"));
    QCOMPARE(WorkerProtocol::result(0, 4, false, 0), QByteArray("RESULT 0 4 0 0"));
    auto result = decode(WorkerProtocol::result(19, max, true, 123456789) + "\n");
    QVERIFY(result);
    QCOMPARE(result->kind, Message::Result);
    QCOMPARE(result->index, 19);
    QCOMPARE(result->number, max);
    QCOMPARE(result->prime, true);
    QCOMPARE(result->elapsedNs, quint64(123456789));

    auto error = decode(WorkerProtocol::error(3, QStringLiteral("out of memory")));
    QVERIFY(error);
    QCOMPARE(error->kind, Message::Error);
    QCOMPARE(error->reason, QStringLiteral("out of memory"));

    auto quit = decode(WorkerProtocol::quit() + "\r\n");
    QVERIFY(quit);
    QCOMPARE(quit->kind, Message::Quit);
}

void TestWorkerProtocol::jobsRoundTrip_data()
{
    QTest::addColumn<QList<WorkerProtocol::Job>>("jobs");
    QTest::newRow("one") << QList<WorkerProtocol::Job> { { 0, 2 } };
    QTest::newRow("largest") << QList<WorkerProtocol::Job> { { std::numeric_limits<int>::max(),
                                                               std::numeric_limits<quint64>::max() } };
    QList<WorkerProtocol::Job> many;
    for (int i = 0; i < 256; ++i)
        many.append({ i, quint64(1000003) * quint64(i + 1) });
    QTest::newRow("a batch of 256") << many;
    const QList<WorkerProtocol::Job> longest(
        WorkerProtocol::maxJobsPerLine,
        { std::numeric_limits<int>::max(), std::numeric_limits<quint64>::max() });
    QTest::newRow("the longest line") << longest;
}

void TestWorkerProtocol::jobsRoundTrip()
{
    QFETCH(QList<WorkerProtocol::Job>, jobs);
    const QByteArray line = WorkerProtocol::jobs(jobs);
    QByteArray expected = jobs.size() == 1 ? "JOB" : "JOBS";
    for (const WorkerProtocol::Job &job : jobs)
        expected += ' ' + QByteArray::number(job.index) + (jobs.size() == 1 ? ' ' : ':')
            + QByteArray::number(job.number);
    QCOMPARE(line, expected);
    QVERIFY(line.size() < WorkerProtocol::maxLineLength);
    QString why;
    const auto message = WorkerProtocol::decode(line, &why);
    QVERIFY2(message, qPrintable(why));
    QCOMPARE(message->kind, Message::Jobs);
    QCOMPARE(message->jobs, jobs);
}

void TestWorkerProtocol::answersRoundTrip_data()
{
    using Answers = QList<WorkerProtocol::Answer>;
    QTest::addColumn<int>("first");
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("one prime") << 0 << Answers { { true, 1200 } } << QByteArray("ANSWERS 0 p1200");
    QTest::newRow("composite, no time") << 7 << Answers { { false, 0 } } << QByteArray("ANSWERS 7 c0");
    QTest::newRow("longest time") << std::numeric_limits<int>::max()
                                  << Answers { { false, std::numeric_limits<quint64>::max() } }
                                  << QByteArray("ANSWERS 2147483647 c18446744073709551615");
    Answers many;
    QByteArray manyLine = "ANSWERS 4096";
    for (int i = 0; i < 1024; ++i) {
        many.append({ i % 3 == 0, quint64(i) * 997 });
        manyLine += (i % 3 == 0 ? " p" : " c") + QByteArray::number(i * 997);
    }
    QTest::newRow("a batch of 1024") << 4096 << many << manyLine;
    const Answers longest(WorkerProtocol::maxJobsPerLine, { false, std::numeric_limits<quint64>::max() });
    QByteArray longestLine = "ANSWERS 2147483647";
    for (int i = 0; i < WorkerProtocol::maxJobsPerLine; ++i)
        longestLine += " c18446744073709551615";
    QTest::newRow("the longest line") << std::numeric_limits<int>::max() << longest << longestLine;
}

void TestWorkerProtocol::answersRoundTrip()
{
    QFETCH(int, first);
    QFETCH(QList<WorkerProtocol::Answer>, answers);
    QFETCH(QByteArray, line);
    QCOMPARE(WorkerProtocol::answers(first, answers), line);
    QVERIFY(line.size() < WorkerProtocol::maxLineLength);
    QString why;
    const auto message = WorkerProtocol::decode(line + '\n', &why);
    QVERIFY2(message, qPrintable(why));
    QCOMPARE(message->kind, Message::Answers);
    QCOMPARE(message->index, first);
    QCOMPARE(message->answers, answers);
}

void TestWorkerProtocol::rejected_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty line");
    QTest::newRow("only a newline") << QByteArray("\n") << QStringLiteral("empty line");
    QTest::newRow("unknown verb") << QByteArray("HELO x") << QStringLiteral("unknown message 'HELO'");
    QTest::newRow("lower case") << QByteArray("result 1 2 1 3") << QStringLiteral("unknown message 'result'");
    QTest::newRow("truncated result")
        << QByteArray("RESULT 1 2 1") << QStringLiteral("RESULT: expected 5 fields, got 4");
    QTest::newRow("extra field") << QByteArray("RESULT 1 2 1 3 4")
                                 << QStringLiteral("RESULT: expected 5 fields, got 6");
    QTest::newRow("start without index")
        << QByteArray("START") << QStringLiteral("START: expected 2 fields, got 1");
    QTest::newRow("negative index") << QByteArray("START -1") << QStringLiteral("START: bad index");
    QTest::newRow("index too large") << QByteArray("START 2147483648") << QStringLiteral("START: bad index");
    QTest::newRow("number above 2^64-1")
        << QByteArray("RESULT 1 18446744073709551616 0 5") << QStringLiteral("RESULT: bad number");
    QTest::newRow("huge number") << QByteArray("RESULT 1 999999999999999999999999999999 0 5")
                                 << QStringLiteral("RESULT: bad number");
    QTest::newRow("prime flag 2") << QByteArray("RESULT 1 7 2 5") << QStringLiteral("RESULT: bad prime flag");
    QTest::newRow("number with sign")
        << QByteArray("RESULT 1 +7 1 5") << QStringLiteral("RESULT: bad number");
    QTest::newRow("progress over 100%")
        << QByteArray("PROGRESS 1 10001") << QStringLiteral("PROGRESS: bad progress");
    QTest::newRow("doubled space") << QByteArray("START  1") << QStringLiteral("empty field (doubled space)");
    QTest::newRow("trailing space") << QByteArray("QUIT ") << QStringLiteral("empty field (doubled space)");
    // START and RESULT are decoded in place first: their near misses still get the reason.
    QTest::newRow("start, trailing space")
        << QByteArray("START 5 ") << QStringLiteral("empty field (doubled space)");
    QTest::newRow("result, trailing space")
        << QByteArray("RESULT 1 7 1 5 ") << QStringLiteral("empty field (doubled space)");
    QTest::newRow("result, empty elapsed")
        << QByteArray("RESULT 1 7 1 ") << QStringLiteral("empty field (doubled space)");
    QTest::newRow("binary garbage") << QByteArray("RES\x01\xff\x00LT", 9)
                                    << QStringLiteral("binary data in line");
    QTest::newRow("utf-8") << QByteArray("START \xc2\xb9") << QStringLiteral("binary data in line");
    QTest::newRow("too long")
        << QByteArray("START ") + QByteArray(WorkerProtocol::maxLineLength, '1')
        << QStringLiteral("line longer than %1 bytes").arg(WorkerProtocol::maxLineLength);
    QTest::newRow("wrong program") << QByteArray("HELLO python 1 42")
                                   << QStringLiteral("HELLO: bad program name");
    QTest::newRow("older version") << QByteArray("HELLO conviz-worker 2 42")
                                   << QStringLiteral("HELLO: protocol version 2, expected 3");
    QTest::newRow("pid zero") << QByteArray("HELLO conviz-worker 3 0") << QStringLiteral("HELLO: bad pid");
    QTest::newRow("job without colon") << QByteArray("JOBS 1:2 3") << QStringLiteral("JOBS: bad job");
    QTest::newRow("job with bad number") << QByteArray("JOB 1 x") << QStringLiteral("JOB: bad job");
    // ANSWERS and JOBS are decoded in place first too.
    QTest::newRow("answers without answers")
        << QByteArray("ANSWERS 3") << QStringLiteral("ANSWERS: expected 3 fields, got 2");
    QTest::newRow("answers without an index")
        << QByteArray("ANSWERS p1 c2") << QStringLiteral("ANSWERS: bad index");
    QTest::newRow("answers, trailing space")
        << QByteArray("ANSWERS 3 p1 ") << QStringLiteral("empty field (doubled space)");
    QTest::newRow("answer without time")
        << QByteArray("ANSWERS 3 p1 c") << QStringLiteral("ANSWERS: bad answer");
    QTest::newRow("answer neither p nor c")
        << QByteArray("ANSWERS 3 p1 x2") << QStringLiteral("ANSWERS: bad answer");
    QTest::newRow("answer time too big")
        << QByteArray("ANSWERS 3 c18446744073709551616") << QStringLiteral("ANSWERS: bad answer");
    QTest::newRow("answer time signed")
        << QByteArray("ANSWERS 3 p-1") << QStringLiteral("ANSWERS: bad answer");
    QTest::newRow("jobs, trailing space")
        << QByteArray("JOBS 1:2 ") << QStringLiteral("empty field (doubled space)");
    QTest::newRow("error without reason")
        << QByteArray("ERROR 1") << QStringLiteral("ERROR: expected 3 fields, got 2");
}

void TestWorkerProtocol::rejected()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!WorkerProtocol::decode(line, &why));
    QCOMPARE(why, reason);
}

void TestWorkerProtocol::errorReasonCannotForgeLines()
{
    const QByteArray line = WorkerProtocol::error(1, QStringLiteral("bad\nRESULT 1 7 1 5"));
    QVERIFY(!line.contains('\n'));
    QString why;
    const auto message = WorkerProtocol::decode(line, &why);
    QVERIFY2(message, qPrintable(why));
    QCOMPARE(message->kind, Message::Error);
}

QTEST_GUILESS_MAIN(TestWorkerProtocol)
#include "tst_workerprotocol.moc"
