#include "selectiontext.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QSet>
#include <QStringList>

QString SelectionText::fromIndexes(const QAbstractItemModel *model, const QModelIndexList &indexes)
{
    if (!model || indexes.isEmpty())
        return {};
    QMap<int, QMap<int, QString>> cells; // row -> column -> text, both sorted
    QSet<int> columnSet;
    for (const QModelIndex &index : indexes) {
        if (index.model() != model)
            continue;
        cells[index.row()][index.column()] = index.data().toString();
        columnSet.insert(index.column());
    }
    QList<int> columns = columnSet.values();
    std::sort(columns.begin(), columns.end());
    QStringList lines;
    QStringList header;
    for (int column : std::as_const(columns))
        header << model->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (auto row = cells.cbegin(); row != cells.cend(); ++row) {
        QStringList line;
        for (int column : std::as_const(columns))
            line << row->value(column);
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
