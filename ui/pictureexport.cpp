#include "pictureexport.h"

#include "exportformat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace {
QString suffix(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}
} // namespace

bool PictureExport::isPicture(const QString &path)
{
    const QString ending = suffix(path);
    return ending == QLatin1String("png") || ending == QLatin1String("svg");
}

bool PictureExport::write(const QString &path, QSize size, const QString &title,
                          const std::function<void(QPainter &)> &draw, QString *error)
{
    if (!isPicture(path)) {
        *error = QCoreApplication::translate("PictureExport", "%1: a picture is written as .png or .svg")
                     .arg(path);
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (suffix(path) == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        // Its width and height in millimetres at the web's 96 dpi: a browser shows it at size.
        svg.setResolution(96);
        QPainter painter(&svg);
        draw(painter);
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        draw(painter);
        painter.end();
        image.save(&buffer, "PNG");
    }
    return ExportFiles::write(path, buffer.data(), error);
}
