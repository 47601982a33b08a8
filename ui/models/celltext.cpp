#include "celltext.h"

#include "workload.h"

#include <QCoreApplication>

QString CellText::seconds(double value)
{
    return QCoreApplication::translate("CellText", "%1 s").arg(value, 0, 'f', 3);
}

QString CellText::times(std::optional<double> value)
{
    return value ? QCoreApplication::translate("CellText", "%1×").arg(*value, 0, 'f', 2) : QString();
}

QString CellText::percent(std::optional<double> value)
{
    return value ? QCoreApplication::translate("CellText", "%1%").arg(qRound(*value * 100)) : QString();
}

QString CellText::workload(const QString &name)
{
    if (name == Workload::bookName)
        return QCoreApplication::translate("CellText", "Book fixture");
    if (name == Workload::largeName)
        return QCoreApplication::translate("CellText", "Large numbers");
    return name;
}
