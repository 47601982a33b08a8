#include "picturefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {
QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}
} // namespace

bool PictureFile::isPicture(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg");
}

bool PictureFile::write(const QString &path, QSize size, int dpi, const QString &title,
                        const std::function<void(QPainter &)> &draw, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error
            = QCoreApplication::translate("PictureFile", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (suffixOf(path) == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(dpi);
        svg.setTitle(title);
        QPainter painter(&svg);
        draw(painter);
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        draw(painter);
        painter.end();
        if (!image.save(&file, "PNG")) {
            *error = QCoreApplication::translate("PictureFile", "Cannot write %1 as PNG").arg(path);
            return false;
        }
    }
    if (!file.commit()) {
        *error
            = QCoreApplication::translate("PictureFile", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
