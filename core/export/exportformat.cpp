#include "exportformat.h"

#include "outputtarget.h"

#include <QFileInfo>
#include <QIODevice>
#include <QThreadPool>

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

QThreadPool *ExportFiles::pool()
{
    static QThreadPool *const pool = new QThreadPool;
    return pool;
}

bool ExportFiles::write(const QString &path, const QByteArray &data, QString *error)
{
    return write(
        path, [&data](QIODevice &device) { return device.write(data) == data.size(); }, error);
}

bool ExportFiles::write(const QString &path, const std::function<bool(QIODevice &)> &produce, QString *error)
{
    OutputTarget target(path);
    bool ok = target.open();
    if (ok && !produce(*target.device())) {
        target.failure();
        ok = false;
    }
    ok = ok && target.commit();
    if (!ok && error)
        *error = target.errorString();
    return ok;
}
