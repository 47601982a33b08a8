#include "exportformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

std::optional<ExportFormat> ExportFiles::formatForName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (lower == QLatin1String("json"))
        return ExportFormat::Json;
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    return std::nullopt;
}

std::optional<ExportFormat> ExportFiles::formatForPath(const QString &path)
{
    return formatForName(QFileInfo(path).suffix());
}

QString ExportFiles::extension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

bool ExportFiles::write(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("ExportFiles", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ExportFiles", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}
