#include "chartpicture.h"

#include "pictureexport.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace {
constexpr QSize pictureSize(1000, 600);
} // namespace

bool ChartPicture::write(QChart *chart, const QString &path, QString *error)
{
    QGraphicsScene scene; // owns the chart from here on
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->resize(pictureSize);
    chart->layout()->activate();
    const QString title = chart->title();
    return PictureExport::write(
        path, pictureSize, title,
        [&](QPainter &painter) {
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(QPointF(), pictureSize), chart->geometry());
        },
        error);
}
