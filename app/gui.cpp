// conviz: the window.
#include "language.h"
#include "launchoptions.h"
#include "windowlaunch.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

namespace {
void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Conviz"));
    QCoreApplication::setOrganizationName(QStringLiteral("Conviz"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVIZ_VERSION));
    Language::install(Language::effective());
}

// The command line is read before the window system is opened: help, the version and a
// usage error print where there is no display to open (over ssh, in a script).
std::optional<LaunchOptions> readOptions(int argc, char *argv[], int *exitCode)
{
    const QCoreApplication app(argc, argv);
    nameTheApplication();
    QString error;
    bool helpShown = false;
    std::optional<LaunchOptions> options
        = LaunchOptions::parse(QCoreApplication::arguments(), &error, &helpShown);
    if (!options) {
        std::fputs(qPrintable(helpShown ? error : QStringLiteral("conviz: %1\n").arg(error)),
                   helpShown ? stdout : stderr);
        *exitCode = helpShown ? 0 : 2;
    }
    return options;
}
} // namespace

int main(int argc, char *argv[])
{
    int exitCode = 0;
    const std::optional<LaunchOptions> options = readOptions(argc, argv, &exitCode);
    if (!options)
        return exitCode;
    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.conviz.Conviz"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/conviz/conviz.svg")));
    WindowLaunch launch(*options, QStringLiteral("conviz"));
    if (!launch.start() && options->run)
        return 2; // a demo that cannot start must say so to its script
    return app.exec();
}
