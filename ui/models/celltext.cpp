#include "celltext.h"

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
    if (name == QLatin1String("book"))
        return QCoreApplication::translate("CellText", "Book fixture");
    if (name == QLatin1String("large"))
        return QCoreApplication::translate("CellText", "Large numbers");
    return name;
}
