#include "fuzztargets.h"

#include "numberparser.h"
#include "runhistoryfile.h"
#include "workerprotocol.h"

namespace {
QString compare(const ParsedNumbers &whole, const ParsedNumbers &pieces)
{
    if (whole.numbers != pieces.numbers)
        return QStringLiteral("numbers differ when fed in pieces");
    if (whole.errors != pieces.errors || whole.errorCount != pieces.errorCount)
        return QStringLiteral("errors differ when fed in pieces");
    if (whole.thousandsCount != pieces.thousandsCount)
        return QStringLiteral("thousands groups differ when fed in pieces");
    if (whole.stop.has_value() != pieces.stop.has_value() || (whole.stop && !(*whole.stop == *pieces.stop)))
        return QStringLiteral("the stop differs when fed in pieces");
    return {};
}

QString checkBounds(const ParsedNumbers &parsed, const NumberParseOptions &options)
{
    const NumberLimits &limits = options.limits;
    if (parsed.errors.size() > limits.maxErrors || parsed.errorCount < parsed.errors.size())
        return QStringLiteral("error count out of bounds");
    if (parsed.thousands.size() > limits.maxErrors || parsed.thousandsCount < parsed.thousands.size())
        return QStringLiteral("thousands count out of bounds");
    if (parsed.numbers.size() > limits.maxNumbers)
        return QStringLiteral("more numbers than the limit");
    for (const NumberError &e : parsed.errors) {
        if (e.line < 1 || e.column < 1 || e.length < 1)
            return QStringLiteral("error without a place");
        // Each shown character escapes to at most six ("\u202e"), plus the ellipsis.
        if (e.token.size() > limits.shownTokenLength * 6 + 1)
            return QStringLiteral("token shown too long");
        for (QChar c : e.token) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                return QStringLiteral("control character shown raw");
        }
    }
    return {};
}
} // namespace

QString FuzzTargets::numberParser(QByteArrayView data)
{
    if (data.isEmpty())
        return {};
    const uchar mode = uchar(data.front());
    const QByteArrayView text = data.sliced(1);
    NumberParseOptions options;
    options.joinThousands = mode & 1;
    if (mode & 2) { // tiny limits, so the fuzzer reaches them
        options.limits.maxErrors = 3;
        options.limits.maxLineBytes = 64;
        options.limits.maxNumbers = 20;
        options.limits.shownTokenLength = 5;
    }
    NumberParser whole(options);
    whole.feed(text);
    const ParsedNumbers all = whole.finish();
    if (QString broken = checkBounds(all, options); !broken.isEmpty())
        return broken;

    NumberParser pieces(options);
    const qsizetype step = (mode >> 2) % 7 + 1;
    for (qsizetype at = 0; at < text.size(); at += step)
        pieces.feed(text.sliced(at, std::min(step, text.size() - at)));
    return compare(all, pieces.finish());
}

QString FuzzTargets::workerProtocol(QByteArrayView data)
{
    using namespace WorkerProtocol;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = start;
        while (end < data.size() && data[end] != '\n')
            ++end;
        const QByteArrayView line = data.sliced(start, end - start);
        start = end + 1;
        QString why;
        const std::optional<Message> message = decode(line, &why);
        if (!message) {
            if (why.isEmpty())
                return QStringLiteral("a rejected line without a reason");
            continue;
        }
        QByteArray again;
        switch (message->kind) {
        case Message::Hello:
            again = hello(message->pid);
            break;
        case Message::Start:
            again = WorkerProtocol::start(message->index);
            break;
        case Message::Progress:
            if (message->permyriad < 0 || message->permyriad > 10000)
                return QStringLiteral("progress out of range");
            again = progress(message->index, message->permyriad);
            break;
        case Message::Result:
            again = result(message->index, message->number, message->prime, message->elapsedNs);
            break;
        case Message::Answers:
            if (message->answers.isEmpty())
                return QStringLiteral("an answers message without answers");
            again = answers(message->index, message->answers);
            break;
        case Message::Error:
            again = error(message->index, message->reason);
            break;
        case Message::Jobs:
            if (message->jobs.isEmpty())
                return QStringLiteral("a job message without jobs");
            again = jobs(message->jobs);
            break;
        case Message::Quit:
            again = quit();
            break;
        }
        const std::optional<Message> decoded = decode(again, &why);
        if (!decoded)
            return QStringLiteral("'%1' does not decode: %2").arg(QString::fromLatin1(again), why);
        if (decoded->kind != message->kind || decoded->index != message->index
            || decoded->number != message->number || decoded->prime != message->prime
            || decoded->elapsedNs != message->elapsedNs || decoded->permyriad != message->permyriad
            || decoded->pid != message->pid || decoded->jobs != message->jobs
            || decoded->answers != message->answers || decoded->reason != message->reason.left(200))
            return QStringLiteral("'%1' decodes to another message").arg(QString::fromLatin1(again));
    }
    return {};
}

QString FuzzTargets::runHistory(QByteArrayView data)
{
    QString why;
    qint64 firstRun = 0;
    const std::optional<QList<RunSummary>> runs = RunHistoryFile::parse(data.toByteArray(), &why, &firstRun);
    if (!runs)
        return why.isEmpty() ? QStringLiteral("a rejected history without a reason") : QString();
    for (const RunSummary &run : *runs) {
        if (run.workers < 1 || run.numbers < 0 || run.checked < 0 || run.wallSeconds < 0
            || !run.finishedAt.isValid() || (run.speedup && !(*run.speedup > 0)))
            return QStringLiteral("a run read with a value out of range");
    }
    if (firstRun < 1)
        return QStringLiteral("a history read with a first run number below 1");
    qint64 firstAgain = 0;
    const std::optional<QList<RunSummary>> again
        = RunHistoryFile::parse(RunHistoryFile::serialize(*runs, firstRun), &why, &firstAgain);
    if (!again)
        return QStringLiteral("a history written out is not read back: ") + why;
    const qsizetype leftOut = std::max<qsizetype>(0, runs->size() - RunHistoryFile::maxRuns);
    if (firstAgain != std::min(firstRun + leftOut, RunHistory::maxRunNumber))
        return QStringLiteral("a history written out is read back with other run numbers");
    const QList<RunSummary> kept = runs->mid(leftOut);
    if (again->size() != kept.size())
        return QStringLiteral("a history written out is read back with another number of runs");
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const RunSummary &a = kept.at(i);
        const RunSummary &b = again->at(i);
        if (a.mode != b.mode || a.workers != b.workers || a.workload != b.workload
            || a.workloadKey != b.workloadKey || a.numbers != b.numbers || a.checked != b.checked
            || a.wallSeconds != b.wallSeconds || a.cpuSeconds != b.cpuSeconds || a.speedup != b.speedup
            || a.canceled != b.canceled || a.finishedAt != b.finishedAt)
            return QStringLiteral("run %1 is read back changed").arg(i + 1);
    }
    return {};
}
