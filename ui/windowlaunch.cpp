#include "windowlaunch.h"

#include <QCoreApplication>

#include <cstdio>

WindowLaunch::WindowLaunch(const LaunchOptions &options, const QString &program)
    : m_options(options)
    , m_program(program)
    , m_loading(options.numbersFile.isEmpty()
                    ? nullptr
                    : WorkloadLoader::started(options.numbersFile, options.joinThousands))
    , m_script(&m_window, m_options)
{
    m_window.show();
    QObject::connect(&m_window, &MainWindow::launchFailed, &m_window, [this](const QString &message) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(m_program), qPrintable(message));
        if (m_options.run)
            QCoreApplication::exit(2); // a demo that cannot start must say so to its script
    });
}

bool WindowLaunch::start()
{
    QString error;
    if (m_script.prepare(&error) && m_window.apply(m_options, &error, std::move(m_loading)))
        return true;
    m_loading.reset(); // not taken over: nothing waits for the file any more
    std::fprintf(stderr, "%s: %s\n", qPrintable(m_program), qPrintable(error));
    return false;
}
