// conviz: the window.
#include "language.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "scriptedrun.h"

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
    // A numbers file is read while the window is built: at a million lines, as long again.
    std::unique_ptr<WorkloadLoader> loading
        = options->numbersFile.isEmpty() ? nullptr : WorkloadLoader::started(options->numbersFile);
    MainWindow window;
    window.show();
    // --run with --export or --screenshot-dir: the script's side, connected before the run starts.
    ScriptedRun script(&window, *options);
    QObject::connect(&window, &MainWindow::launchFailed, &app, [&options](const QString &message) {
        std::fprintf(stderr, "conviz: %s\n", qPrintable(message));
        if (options->run)
            QCoreApplication::exit(2); // a demo that cannot start must say so to its script
    });
    if (!script.prepare(&error) || !window.apply(*options, &error, std::move(loading))) {
        loading.reset(); // not taken over: nothing waits for the file any more
        std::fprintf(stderr, "conviz: %s\n", qPrintable(error));
        if (options->run)
            return 2; // a demo that cannot start must say so to its script
    }
    return app.exec();
}
