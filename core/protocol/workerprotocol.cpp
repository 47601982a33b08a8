#include "workerprotocol.h"

#include "appendnumber.h"

#include <QCoreApplication>

#include <limits>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WorkerProtocol", text);
}

std::optional<quint64> parseUnsigned(QByteArrayView field, quint64 max)
{
    if (field.isEmpty() || field.size() > 20)
        return std::nullopt;
    quint64 value = 0;
    for (char c : field) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const quint64 digit = quint64(c - '0');
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    if (value > max)
        return std::nullopt;
    return value;
}

constexpr quint64 maxIndex = quint64(std::numeric_limits<int>::max());
constexpr quint64 maxNumber = std::numeric_limits<quint64>::max();

// The next field of a line split on single spaces, from *at on; *at moves past its space.
// Past the last field (*at beyond the line) there is none: an empty field, never a view
// outside the line.
QByteArrayView nextField(QByteArrayView line, qsizetype *at)
{
    if (*at > line.size())
        return {};
    const qsizetype space = line.indexOf(' ', *at);
    const qsizetype end = space < 0 ? line.size() : space;
    const QByteArrayView field = line.sliced(*at, end - *at);
    *at = space < 0 ? line.size() + 1 : space + 1;
    return field;
}

std::optional<WorkerProtocol::Job> parseJob(QByteArrayView index, QByteArrayView number)
{
    const auto i = parseUnsigned(index, maxIndex);
    const auto n = parseUnsigned(number, maxNumber);
    if (!i || !n)
        return std::nullopt;
    return WorkerProtocol::Job { int(*i), *n };
}

std::optional<WorkerProtocol::Job> parseJob(QByteArrayView field)
{
    const qsizetype colon = field.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return parseJob(field.first(colon), field.sliced(colon + 1));
}

std::optional<WorkerProtocol::Answer> parseAnswer(QByteArrayView field)
{
    if (field.isEmpty() || (field.front() != 'p' && field.front() != 'c'))
        return std::nullopt;
    const auto elapsed = parseUnsigned(field.sliced(1), maxNumber);
    if (!elapsed)
        return std::nullopt;
    return WorkerProtocol::Answer { field.front() == 'p', *elapsed };
}

// The messages a run is mostly made of, START, RESULT, ANSWERS and JOBS, decoded in place
// without an allocation a field. Only a line the general decoder would accept as it is comes
// out of here; any other line (a doubled space, a bad field, a field too many) gives nothing
// and goes to the general decoder, which says why it is rejected.
std::optional<WorkerProtocol::Message> decodeCommon(QByteArrayView line)
{
    using Message = WorkerProtocol::Message;
    qsizetype at = 0;
    const QByteArrayView verb = nextField(line, &at);
    Message message;
    if (verb == "ANSWERS" || verb == "JOBS") {
        const bool answers = verb == "ANSWERS";
        message.kind = answers ? Message::Answers : Message::Jobs;
        if (at > line.size() || line.size() > WorkerProtocol::maxLineLength)
            return std::nullopt;
        if (answers) {
            const auto first = parseUnsigned(nextField(line, &at), maxIndex);
            if (!first || at > line.size())
                return std::nullopt;
            message.index = int(*first);
        }
        do {
            const QByteArrayView field = nextField(line, &at);
            if (answers) {
                const auto answer = parseAnswer(field);
                if (!answer)
                    return std::nullopt;
                message.answers.append(*answer);
            } else {
                const auto job = parseJob(field);
                if (!job)
                    return std::nullopt;
                message.jobs.append(*job);
            }
        } while (at <= line.size());
        return message;
    }
    if (verb == "START") {
        const auto index = parseUnsigned(nextField(line, &at), maxIndex);
        if (!index || at <= line.size())
            return std::nullopt;
        message.kind = Message::Start;
        message.index = int(*index);
        return message;
    }
    if (verb != "RESULT")
        return std::nullopt;
    const auto index = parseUnsigned(nextField(line, &at), maxIndex);
    const auto number = parseUnsigned(nextField(line, &at), maxNumber);
    const QByteArrayView flag = nextField(line, &at);
    const auto elapsed = parseUnsigned(nextField(line, &at), maxNumber);
    if (!index || !number || (flag != "0" && flag != "1") || !elapsed || at <= line.size())
        return std::nullopt;
    message.kind = Message::Result;
    message.index = int(*index);
    message.number = *number;
    message.prime = flag == "1";
    message.elapsedNs = *elapsed;
    return message;
}

} // namespace

QByteArray WorkerProtocol::hello(qint64 pid)
{
    return "HELLO conviz-worker " + QByteArray::number(version) + ' ' + QByteArray::number(pid);
}

QByteArray WorkerProtocol::start(int index)
{
    return "START " + QByteArray::number(index);
}

QByteArray WorkerProtocol::progress(int index, int permyriad)
{
    return "PROGRESS " + QByteArray::number(index) + ' ' + QByteArray::number(permyriad);
}

QByteArray WorkerProtocol::result(int index, quint64 number, bool prime, quint64 elapsedNs)
{
    // One of these a number: appended in place, not built from temporaries.
    QByteArray line;
    line.reserve(64);
    line += "RESULT ";
    appendNumber(line, index);
    line += ' ';
    appendNumber(line, number);
    line += prime ? " 1 " : " 0 ";
    appendNumber(line, elapsedNs);
    return line;
}

QByteArray WorkerProtocol::answers(int firstIndex, const QList<Answer> &answers)
{
    QByteArray line = "ANSWERS ";
    appendNumber(line, firstIndex);
    appendInPlace(line, answers.size() * 26, [&answers](char *at) {
        for (const Answer &answer : answers) {
            *at++ = ' ';
            *at++ = answer.prime ? 'p' : 'c';
            at = writeNumber(at, answer.elapsedNs);
        }
        return at;
    });
    return line;
}

QByteArray WorkerProtocol::error(int index, const QString &reason)
{
    // One line, printable ASCII: the reason must not be able to forge another message.
    QByteArray text = reason.toLatin1();
    for (char &c : text) {
        if (c < 0x20 || c > 0x7e)
            c = '?';
    }
    return "ERROR " + QByteArray::number(index) + ' ' + text.left(200);
}

QByteArray WorkerProtocol::jobs(const QList<Job> &jobs)
{
    if (jobs.size() == 1)
        return "JOB " + QByteArray::number(jobs.first().index) + ' '
            + QByteArray::number(jobs.first().number);
    QByteArray line = "JOBS";
    appendInPlace(line, jobs.size() * 48, [&jobs](char *at) {
        for (const Job &job : jobs) {
            *at++ = ' ';
            at = writeNumber(at, job.index);
            *at++ = ':';
            at = writeNumber(at, job.number);
        }
        return at;
    });
    return line;
}

QByteArray WorkerProtocol::quit()
{
    return "QUIT";
}

std::optional<WorkerProtocol::Message> WorkerProtocol::decode(QByteArrayView line, QString *why)
{
    auto reject = [why](const QString &reason) -> std::optional<Message> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (std::optional<Message> common = decodeCommon(line))
        return common;
    if (line.isEmpty())
        return reject(tr("empty line"));
    if (line.size() > maxLineLength)
        return reject(tr("line longer than %1 bytes").arg(maxLineLength));
    for (char c : line) {
        if (c < 0x20 || c > 0x7e)
            return reject(tr("binary data in line"));
    }
    const QList<QByteArray> fields = line.toByteArray().split(' ');
    const QByteArray verb = fields.first();
    auto wantFields = [&](qsizetype count) { return fields.size() == count; };
    auto badField = [&](const char *name) {
        return reject(tr("%1: bad %2").arg(QString::fromLatin1(verb), QLatin1String(name)));
    };
    auto fieldCount = [&](qsizetype count) {
        return reject(tr("%1: expected %2 fields, got %3")
                          .arg(QString::fromLatin1(verb))
                          .arg(count)
                          .arg(fields.size()));
    };
    // Empty fields mean doubled spaces: not a line this protocol writes.
    for (const QByteArray &field : fields) {
        if (field.isEmpty() && verb != "ERROR")
            return reject(tr("empty field (doubled space)"));
    }

    Message message;
    if (verb == "HELLO") {
        if (!wantFields(4))
            return fieldCount(4);
        if (fields.at(1) != "conviz-worker")
            return badField("program name");
        const auto v = parseUnsigned(fields.at(2), 1000000);
        if (!v)
            return badField("version");
        if (*v != quint64(version))
            return reject(tr("HELLO: protocol version %1, expected %2").arg(*v).arg(version));
        const auto pid = parseUnsigned(fields.at(3), std::numeric_limits<qint64>::max());
        if (!pid || *pid == 0)
            return badField("pid");
        message.kind = Message::Hello;
        message.version = int(*v);
        message.pid = qint64(*pid);
    } else if (verb == "START") {
        if (!wantFields(2))
            return fieldCount(2);
        const auto index = parseUnsigned(fields.at(1), maxIndex);
        if (!index)
            return badField("index");
        message.kind = Message::Start;
        message.index = int(*index);
    } else if (verb == "PROGRESS") {
        if (!wantFields(3))
            return fieldCount(3);
        const auto index = parseUnsigned(fields.at(1), maxIndex);
        const auto permyriad = parseUnsigned(fields.at(2), 10000);
        if (!index)
            return badField("index");
        if (!permyriad)
            return badField("progress");
        message.kind = Message::Progress;
        message.index = int(*index);
        message.permyriad = int(*permyriad);
    } else if (verb == "RESULT") {
        if (!wantFields(5))
            return fieldCount(5);
        const auto index = parseUnsigned(fields.at(1), maxIndex);
        const auto number = parseUnsigned(fields.at(2), maxNumber);
        const auto elapsed = parseUnsigned(fields.at(4), maxNumber);
        if (!index)
            return badField("index");
        if (!number)
            return badField("number");
        if (fields.at(3) != "0" && fields.at(3) != "1")
            return badField("prime flag");
        if (!elapsed)
            return badField("elapsed time");
        message.kind = Message::Result;
        message.index = int(*index);
        message.number = *number;
        message.prime = fields.at(3) == "1";
        message.elapsedNs = *elapsed;
    } else if (verb == "ERROR") {
        if (fields.size() < 3)
            return fieldCount(3);
        const auto index = parseUnsigned(fields.at(1), maxIndex);
        if (!index)
            return badField("index");
        message.kind = Message::Error;
        message.index = int(*index);
        const qsizetype reasonStart = fields.at(0).size() + fields.at(1).size() + 2;
        message.reason = QString::fromLatin1(line.sliced(reasonStart).toByteArray());
    } else if (verb == "JOB") {
        if (!wantFields(3))
            return fieldCount(3);
        const auto job = parseJob(fields.at(1), fields.at(2));
        if (!job)
            return badField("job");
        message.kind = Message::Jobs;
        message.jobs = { *job };
    } else if (verb == "JOBS") {
        if (fields.size() < 2)
            return fieldCount(2);
        message.kind = Message::Jobs;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const auto job = parseJob(fields.at(i));
            if (!job)
                return badField("job");
            message.jobs.append(*job);
        }
    } else if (verb == "ANSWERS") {
        if (fields.size() < 3)
            return fieldCount(3);
        const auto first = parseUnsigned(fields.at(1), maxIndex);
        if (!first)
            return badField("index");
        message.kind = Message::Answers;
        message.index = int(*first);
        for (qsizetype i = 2; i < fields.size(); ++i) {
            const auto answer = parseAnswer(fields.at(i));
            if (!answer)
                return badField("answer");
            message.answers.append(*answer);
        }
    } else if (verb == "QUIT") {
        if (!wantFields(1))
            return fieldCount(1);
        message.kind = Message::Quit;
    } else {
        return reject(tr("unknown message '%1'").arg(QString::fromLatin1(verb.left(32))));
    }
    return message;
}
