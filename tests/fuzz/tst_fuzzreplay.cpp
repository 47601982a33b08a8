// The fuzz targets in every build: the corpus, then seeded mutations of it. A failure names
// the seed and the round, so it can be replayed exactly (and the input is printed).
#include "fuzztargets.h"
#include "testpaths.h"
#include "workerprotocol.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

namespace {
using Target = std::function<QString(QByteArrayView)>;

Target target(const QString &name)
{
    if (name == QLatin1String("numberparser"))
        return FuzzTargets::numberParser;
    if (name == QLatin1String("runhistory"))
        return FuzzTargets::runHistory;
    return FuzzTargets::workerProtocol;
}

QList<QByteArray> corpus(const QString &name)
{
    QList<QByteArray> inputs;
    const QDir dir(TestPaths::fuzzCorpus(name));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            inputs << f.readAll();
    }
    return inputs;
}

// Pieces the inputs are made of, so mutations reach the interesting paths quickly.
const QList<QByteArray> &pieces()
{
    static const QList<QByteArray> list {
        ",",
        " ",
        "\n",
        "\r",
        "#",
        QByteArray(1, '\0'),
        "-",
        "0",
        "9",
        "000",
        "1,000",
        "18446744073709551615",
        "18446744073709551616",
        "\xe2\x80\xae",
        "\xf0\x9f\x98\x80",
        "\xc3",
        "\x1b[",
        "HELLO conviz-worker 1 ",
        "START ",
        "PROGRESS ",
        "RESULT ",
        "ERROR ",
        "JOB ",
        "JOBS ",
        "QUIT",
        ":",
        "2147483647",
        "\"workers\":",
        "\"numbers\":",
        "1e300",
        "2.5",
        "null",
        "true",
        "\"2026-01-02T03:04:05.000+05:00\"",
        "{}",
        "[]",
    };
    return list;
}

QByteArray mutate(QByteArray input, QRandomGenerator &random)
{
    const int steps = int(random.bounded(1, 9));
    for (int s = 0; s < steps; ++s) {
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(random.bounded(quint32(input.size() + 1)));
        switch (random.bounded(5)) {
        case 0: // flip a byte
            if (!input.isEmpty())
                input[std::min(at, input.size() - 1)] = char(random.bounded(256));
            break;
        case 1: // insert a known piece
            input.insert(at, pieces().at(random.bounded(int(pieces().size()))));
            break;
        case 2: // delete a stretch
            input.remove(at, qsizetype(random.bounded(8)));
            break;
        case 3: // repeat a stretch
            input.insert(at,
                         input.mid(at, qsizetype(random.bounded(16))).repeated(int(random.bounded(1, 20))));
            break;
        default: // a random byte
            input.insert(at, char(random.bounded(256)));
            break;
        }
    }
    // Now and then a stretch repeated past the longest line the protocol takes, so the
    // "line too long" paths are reached too.
    if (random.bounded(64) == 0 && !input.isEmpty()) {
        // One line: a line break in the stretch would cut it into short ones.
        QByteArray stretch = input.mid(qsizetype(random.bounded(quint32(input.size()))), 16);
        stretch.replace('\n', '7').replace('\r', '7');
        input.append(stretch.repeated(WorkerProtocol::maxLineLength / stretch.size() + 1));
    }
    return input.left(WorkerProtocol::maxLineLength + 4096);
}
} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusReplays_data();
    void corpusReplays();
    void seededMutations_data();
    void seededMutations();
};

void TestFuzzReplay::corpusReplays_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("number parser") << QStringLiteral("numberparser");
    QTest::newRow("worker protocol") << QStringLiteral("workerprotocol");
    QTest::newRow("run history") << QStringLiteral("runhistory");
}

void TestFuzzReplay::corpusReplays()
{
    QFETCH(QString, name);
    const QList<QByteArray> inputs = corpus(name);
    QVERIFY2(inputs.size() >= 2, "the corpus is in tests/fuzz/corpus");
    for (const QByteArray &input : inputs) {
        const QString broken = target(name)(input);
        QVERIFY2(broken.isEmpty(),
                 qPrintable(broken + QLatin1String(": ") + QString::fromLatin1(input.toHex())));
    }
}

void TestFuzzReplay::seededMutations_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 1u, 20261130u }) {
        QTest::addRow("number parser, seed %u", seed) << QStringLiteral("numberparser") << seed;
        QTest::addRow("worker protocol, seed %u", seed) << QStringLiteral("workerprotocol") << seed;
        QTest::addRow("run history, seed %u", seed) << QStringLiteral("runhistory") << seed;
    }
}

void TestFuzzReplay::seededMutations()
{
    QFETCH(QString, name);
    QFETCH(quint32, seed);
    const QList<QByteArray> inputs = corpus(name);
    QVERIFY(!inputs.isEmpty());
    QRandomGenerator random(seed);
    const Target run = target(name);
    for (int round = 0; round < 3000; ++round) {
        const QByteArray input = mutate(inputs.at(random.bounded(int(inputs.size()))), random);
        const QString broken = run(input);
        QVERIFY2(broken.isEmpty(),
                 qPrintable(QStringLiteral("seed %1, round %2: %3: %4")
                                .arg(seed)
                                .arg(round)
                                .arg(broken, QString::fromLatin1(input.toHex()))));
    }
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
