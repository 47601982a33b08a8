#include "texttable.h"

#include <algorithm>

namespace {
QString csvCell(QString cell)
{
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')))
        cell = QLatin1Char('"') + cell.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return cell;
}

QString markdownCell(QString cell)
{
    return cell.replace(QLatin1Char('|'), QLatin1String("\\|"));
}
} // namespace

QByteArray TextTable::toCsv() const
{
    QString out;
    for (const QStringList &line : QList<QStringList> { header } + rows) {
        QStringList cells;
        std::transform(line.cbegin(), line.cend(), std::back_inserter(cells), csvCell);
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray TextTable::toMarkdown() const
{
    QString out;
    const auto line = [](const QStringList &cells) {
        QStringList escaped;
        std::transform(cells.cbegin(), cells.cend(), std::back_inserter(escaped), markdownCell);
        return QStringLiteral("| %1 |\n").arg(escaped.join(QStringLiteral(" | ")));
    };
    out += line(header);
    QStringList rule;
    for (qsizetype c = 0; c < header.size(); ++c)
        rule << (rightAligned.value(c) ? QStringLiteral("---:") : QStringLiteral("---"));
    out += QStringLiteral("|%1|\n").arg(rule.join(QLatin1Char('|')));
    for (const QStringList &row : rows)
        out += line(row);
    return out.toUtf8();
}

QByteArray TextTable::toAligned() const
{
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : QList<QStringList> { header } + rows) {
        for (qsizetype c = 0; c < line.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths.at(c), line.at(c).size());
    }
    QString out;
    for (const QStringList &line : QList<QStringList> { header } + rows) {
        QStringList cells;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = line.value(c);
            cells << (rightAligned.value(c) ? cell.rightJustified(widths.at(c))
                                            : cell.leftJustified(widths.at(c)));
        }
        QString text = cells.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    }
    return out.toUtf8();
}
