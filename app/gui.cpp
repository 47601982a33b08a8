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
    // Again for the window's application: the first one's translators went with it.
    Language::install(Language::effective());
}

// Whether the command line holds options QGuiApplication or QApplication take out of it
// themselves (-platform offscreen, -style Fusion…).
bool hasQtOptions(const QStringList &arguments)
{
    static const QStringList names {
        QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),
        QStringLiteral("reverse"),
        QStringLiteral("session"),
        QStringLiteral("style"),
        QStringLiteral("stylesheet"),
        QStringLiteral("widgetcount"),
        QStringLiteral("display"),
        QStringLiteral("geometry"),
        QStringLiteral("name"),
        QStringLiteral("title"),
        QStringLiteral("visual"),
        QStringLiteral("nograb"),
        QStringLiteral("dograb"),
        QStringLiteral("sync"),
    };
    for (const QString &argument : arguments.sliced(1)) {
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1Char('-'))
            && names.contains(argument.sliced(argument.startsWith(QLatin1String("--")) ? 2 : 1)
                                  .section(QLatin1Char('='), 0, 0)))
            return true;
    }
    return false;
}

// The options, or nothing once help, the version or a usage error is printed (exitCode
// says which) or, with quietOnError, left unsaid.
std::optional<LaunchOptions> readOptions(int *exitCode, bool quietOnError)
{
    QString error;
    bool helpShown = false;
    std::optional<LaunchOptions> options
        = LaunchOptions::parse(QCoreApplication::arguments(), &error, &helpShown);
    if (!options && (helpShown || !quietOnError)) {
        std::fputs(qPrintable(helpShown ? error : QStringLiteral("conviz: %1\n").arg(error)),
                   helpShown ? stdout : stderr);
        *exitCode = helpShown ? 0 : 2;
    }
    return options;
}
} // namespace

int main(int argc, char *argv[])
{
    // The command line is read before the window system is opened: help, the version and a
    // usage error print where there is no display to open (over ssh, in a script). One that
    // holds Qt's own options and does not read is read again once Qt has taken them out.
    int exitCode = -1;
    std::optional<LaunchOptions> options;
    {
        const QCoreApplication core(argc, argv);
        nameTheApplication();
        options = readOptions(&exitCode, hasQtOptions(QCoreApplication::arguments()));
    }
    if (!options && exitCode >= 0)
        return exitCode;
    QApplication app(argc, argv);
    nameTheApplication();
    if (!options) {
        options = readOptions(&exitCode, false);
        if (!options)
            return exitCode;
    }
    QApplication::setDesktopFileName(QStringLiteral("org.conviz.Conviz"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/conviz/conviz.svg")));
    WindowLaunch launch(*options, QStringLiteral("conviz"));
    if (!launch.start() && options->run)
        return 2; // a demo that cannot start must say so to its script
    return app.exec();
}
