#include "numberparser.h"

#include <QCoreApplication>

#include <limits>

namespace {
bool isSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

QString tr(const char *text)
{
    return QCoreApplication::translate("NumberParser", text);
}

// Returns the reason a token is not a number in 0..2^64-1, or an empty string.
QString checkToken(QStringView token, quint64 *value)
{
    if (token.startsWith(QLatin1Char('-'))) {
        bool digits = token.size() > 1;
        for (QChar c : token.mid(1))
            digits = digits && c.isDigit() && c.unicode() < 128;
        return digits ? tr("negative numbers cannot be checked") : tr("not a whole number");
    }
    for (QChar c : token) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return tr("not a whole number");
    }
    quint64 n = 0;
    constexpr quint64 max = std::numeric_limits<quint64>::max();
    for (QChar c : token) {
        const quint64 digit = c.unicode() - '0';
        if (n > (max - digit) / 10)
            return tr("larger than 18446744073709551615 (2^64 - 1)");
        n = n * 10 + digit;
    }
    *value = n;
    return {};
}
} // namespace

QString NumberError::toString(const QString &source) const
{
    return QStringLiteral("%1:%2:%3: error: '%4': %5").arg(source).arg(line).arg(column).arg(token, reason);
}

ParsedNumbers NumberParser::parse(QStringView text)
{
    ParsedNumbers result;
    int lineNumber = 0;
    for (QStringView line : text.tokenize(QLatin1Char('\n'))) {
        ++lineNumber;
        const qsizetype comment = line.indexOf(QLatin1Char('#'));
        if (comment >= 0)
            line = line.left(comment);
        qsizetype pos = 0;
        while (pos < line.size()) {
            while (pos < line.size() && isSeparator(line.at(pos)))
                ++pos;
            const qsizetype start = pos;
            while (pos < line.size() && !isSeparator(line.at(pos)))
                ++pos;
            if (pos == start)
                continue;
            const QStringView token = line.mid(start, pos - start);
            quint64 value = 0;
            const QString reason = checkToken(token, &value);
            if (reason.isEmpty())
                result.numbers.append(value);
            else
                result.errors.append({ lineNumber, int(start) + 1, token.toString(), reason });
        }
    }
    return result;
}
