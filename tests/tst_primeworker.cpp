// The worker's side of the protocol: what it reads, what it answers, and what it refuses.
#include "millerrabin.h"
#include "primeworker.h"
#include "workerprotocol.h"

#include <QTest>

#include <cstdio>
#include <cstdlib>

namespace {
struct WorkerRun
{
    int exitCode = -1;
    QList<QByteArray> out; // lines
    QByteArray err;
};

// Runs the worker loop on input held in memory, capturing both streams.
WorkerRun runWorker(const QByteArray &input, PrimeWorker::Fault fault = {})
{
    QByteArray in = input;
    std::FILE *inFile = fmemopen(in.data(), size_t(in.size()), "r");
    char *outText = nullptr, *errText = nullptr;
    size_t outSize = 0, errSize = 0;
    std::FILE *outFile = open_memstream(&outText, &outSize);
    std::FILE *errFile = open_memstream(&errText, &errSize);
    WorkerRun run;
    run.exitCode = PrimeWorker(inFile, outFile, 1 << 16, fault, errFile).run();
    std::fclose(inFile);
    std::fclose(outFile);
    std::fclose(errFile);
    run.out = QByteArray(outText, qsizetype(outSize)).split('\n');
    run.out.removeAll(QByteArray());
    run.err = QByteArray(errText, qsizetype(errSize));
    std::free(outText);
    std::free(errText);
    return run;
}

// What it answered, without the times a check took (they vary): RESULT without its elapsed
// time, ANSWERS with its first index and p or c each, START as it is. HELLO and PROGRESS are
// left out.
QList<QByteArray> results(const QList<QByteArray> &lines)
{
    QList<QByteArray> found;
    for (const QByteArray &line : lines) {
        QList<QByteArray> fields = line.split(' ');
        if (fields.first() == "RESULT") {
            found.append(fields.mid(0, 4).join(' '));
        } else if (fields.first() == "ANSWERS") {
            for (qsizetype i = 2; i < fields.size(); ++i)
                fields[i].truncate(1);
            found.append(fields.join(' '));
        } else if (fields.first() == "START") {
            found.append(line);
        }
    }
    return found;
}
} // namespace

class TestPrimeWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void input_data();
    void input();
    void checksWithoutADivisionAreNotTimed();
};

void TestPrimeWorker::input_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QList<QByteArray>>("answers"); // see results()
    QTest::addColumn<QByteArray>("message"); // part of what it says on stderr
    const QByteArray longLine = "JOB 1 " + QByteArray(WorkerProtocol::maxLineLength, '7') + '\n';
    QTest::newRow("a batch, then QUIT") << QByteArray("JOBS 0:2 1:4 2:97\nQUIT\n") << 0
                                        << QList<QByteArray> { "ANSWERS 0 p c p" } << QByteArray();
    QTest::newRow("end of input") << QByteArray("JOB 5 9\n") << 0 << QList<QByteArray> { "ANSWERS 5 c" }
                                  << QByteArray();
    // A long check (more divisions than a slice) says START with the answers before it, and
    // answers by name; the tiny checks after it answer together at the end of the batch.
    // More tiny jobs than an ANSWERS line may answer: the answers come in two lines.
    QByteArray many = "JOBS";
    QByteArray firstAnswers = "ANSWERS 0", restAnswers;
    const int count = WorkerProtocol::maxJobsPerLine + 476;
    for (int i = 0; i < count; ++i) {
        many += ' ' + QByteArray::number(i) + ':' + QByteArray::number(1'000'000 + i);
        QByteArray &line = i < WorkerProtocol::maxJobsPerLine ? firstAnswers : restAnswers;
        if (i == WorkerProtocol::maxJobsPerLine)
            line = "ANSWERS " + QByteArray::number(i);
        line += MillerRabin::isPrime(quint64(1'000'000 + i)) ? " p" : " c";
    }
    QTest::newRow("more jobs than a line answers")
        << many + '\n'
        << 0 << QList<QByteArray> { firstAnswers, restAnswers } << QByteArray();
    QTest::newRow("a long check in a batch")
        << QByteArray("JOBS 0:2 1:3 2:99999999977 3:4 4:9\nJOBS 5:7\n") << 0
        << QList<QByteArray> { "ANSWERS 0 p p", "START 2", "RESULT 2 99999999977 1", "ANSWERS 3 c c",
                               "ANSWERS 5 p" }
        << QByteArray();
    // A NUL must not cut the line and join "3" to it: that would check 53, which nobody sent.
    QTest::newRow("NUL byte") << QByteArray("JOB 1 5\0x\n3\n", 12) << 2 << QList<QByteArray> {}
                              << QByteArray("binary data in line");
    QTest::newRow("line over the limit")
        << longLine << 2 << QList<QByteArray> {}
        << "longer than " + QByteArray::number(WorkerProtocol::maxLineLength) + " bytes";
    QTest::newRow("a worker's message")
        << QByteArray("RESULT 0 2 1 5\n") << 2 << QList<QByteArray> {}
        << QByteArray("rejected a line from the supervisor: a worker's message");
}

void TestPrimeWorker::input()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QList<QByteArray>, answers);
    QFETCH(QByteArray, message);
    const WorkerRun run = runWorker(input);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.out.isEmpty());
    QVERIFY(run.out.first().startsWith("HELLO conviz-worker "));
    QCOMPARE(results(run.out), answers);
    if (message.isEmpty())
        QCOMPARE(run.err, QByteArray());
    else
        QVERIFY2(run.err.contains(message), run.err.constData());
}

// An even number or one below 9 is answered without a division; its check is not timed (a
// clock read costs more than the check), the others are.
void TestPrimeWorker::checksWithoutADivisionAreNotTimed()
{
    // The last two take some 50,000 divisions each: tens of microseconds on any clock.
    const WorkerRun run = runWorker("JOBS 0:2 1:1000000 2:7 3:9999999967 4:9998000099\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(results(run.out), QList<QByteArray> { "ANSWERS 0 p c p p c" });
    const QList<QByteArray> fields = run.out.last().split(' ');
    QCOMPARE(fields.size(), 7);
    QCOMPARE(fields.at(2), QByteArray("p0"));
    QCOMPARE(fields.at(3), QByteArray("c0"));
    QCOMPARE(fields.at(4), QByteArray("p0"));
    QVERIFY2(fields.at(5).mid(1).toULongLong() > 0, fields.at(5).constData());
    QVERIFY2(fields.at(6).mid(1).toULongLong() > 0, fields.at(6).constData());
}

QTEST_GUILESS_MAIN(TestPrimeWorker)
#include "tst_primeworker.moc"
