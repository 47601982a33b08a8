// conviz: the window.
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Conviz"));
    QApplication::setOrganizationName(QStringLiteral("Conviz"));
    QApplication::setApplicationVersion(QStringLiteral(CONVIZ_VERSION));
    MainWindow window;
    window.show();
    return app.exec();
}
