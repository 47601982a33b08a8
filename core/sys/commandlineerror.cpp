#include "commandlineerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace {
// The letters to add, drop or change, or neighbours to swap, to turn a into b (the optimal
// string alignment distance): "slwo" is one swap from "slow".
qsizetype editDistance(const QString &a, const QString &b)
{
    const qsizetype columns = b.size() + 1;
    std::vector<qsizetype> d(size_t((a.size() + 1) * columns));
    const auto at
        = [&d, columns](qsizetype i, qsizetype j) -> qsizetype & { return d[size_t(i * columns + j)]; };
    for (qsizetype i = 0; i <= a.size(); ++i)
        at(i, 0) = i;
    for (qsizetype j = 0; j <= b.size(); ++j)
        at(0, j) = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype change = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            at(i, j) = std::min({ at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + change });
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(a.size(), b.size());
}
} // namespace

// QCommandLineParser does not list the options it was given; its help text does, one option a
// line: two spaces, then its names ("  -h, --help", "  --mode <mode>"), then its description.
// A description's own lines are indented further, so a "--" inside one is never taken.
QStringList CommandLineError::longOptionNames(const QString &helpText)
{
    QStringList names;
    for (const QStringView line : QStringView(helpText).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("  -")))
            continue;
        const qsizetype end = line.indexOf(QLatin1String("  "), 2);
        for (const QStringView name :
             line.sliced(2, (end < 0 ? line.size() : end) - 2).split(QLatin1Char(' '))) {
            QStringView word = name;
            if (word.endsWith(QLatin1Char(',')))
                word.chop(1);
            if (word.startsWith(QLatin1String("--")) && word.size() > 2)
                names.append(word.sliced(2).toString());
        }
    }
    return names;
}

QString CommandLineError::closest(const QString &name, const QStringList &known)
{
    if (name.isEmpty())
        return {};
    // A prefix names the option it starts, when it starts only one.
    QStringList starting;
    for (const QString &candidate : known) {
        if (candidate.startsWith(name))
            starting.append(candidate);
    }
    if (starting.size() == 1)
        return starting.constFirst();
    // Otherwise a typo: at most one letter wrong in a short name, two in a longer one.
    const qsizetype allowed = name.size() <= 4 ? 1 : 2;
    QString best;
    qsizetype bestDistance = allowed + 1;
    for (const QString &candidate : known) {
        const qsizetype distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QString CommandLineError::describe(const QCommandLineParser &parser)
{
    QString message = parser.errorText();
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return message;
    const QString meant = closest(unknown.constFirst(), longOptionNames(parser.helpText()));
    if (!meant.isEmpty())
        message += QLatin1Char(' ')
            + QCoreApplication::translate("CommandLineError", "Did you mean --%1?").arg(meant);
    return message;
}
