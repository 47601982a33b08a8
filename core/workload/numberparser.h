#pragma once

#include <QList>
#include <QString>

// One bad token in the user's text; line and column count from 1, columns in characters.
struct NumberError
{
    int line = 0;
    int column = 0;
    QString token;
    QString reason;

    // "numbers.txt:3:7: error: '12x' is not a whole number"
    QString toString(const QString &source) const;
    bool operator==(const NumberError &) const = default;
};

struct ParsedNumbers
{
    QList<quint64> numbers;
    QList<NumberError> errors;

    bool isValid() const { return errors.isEmpty(); }
};

// Reads numbers typed or pasted by a user: any number of them per line, separated by
// spaces, tabs or commas; '#' starts a comment; blank lines are fine. Every bad token is
// reported, not just the first.
namespace NumberParser {
ParsedNumbers parse(QStringView text);
}
