// conviz: the window.
#include "language.h"
#include "launchoptions.h"
#include "windowlaunch.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Conviz"));
    QApplication::setOrganizationName(QStringLiteral("Conviz"));
    QApplication::setApplicationVersion(QStringLiteral(CONVIZ_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.conviz.Conviz"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/conviz/conviz.svg")));
    Language::install(Language::effective());

    QString error;
    bool helpShown = false;
    const std::optional<LaunchOptions> options
        = LaunchOptions::parse(QApplication::arguments(), &error, &helpShown);
    if (!options) {
        std::fputs(qPrintable(helpShown ? error : QStringLiteral("conviz: %1\n").arg(error)),
                   helpShown ? stdout : stderr);
        return helpShown ? 0 : 2;
    }
    WindowLaunch launch(*options, QStringLiteral("conviz"));
    if (!launch.start() && options->run)
        return 2; // a demo that cannot start must say so to its script
    return app.exec();
}
